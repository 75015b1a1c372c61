"""Golden tests: every real transcript, its invariants first, then one reviewable regression file.

The transcripts are the project's own ``corpus/`` and ``../shared/corpus/``
(skipped, saying so, where that folder is missing). A change in what is
extracted shows as a diff of the YAML file; accept it with ``--force-regen``.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.api import extract_path

from ..conftest import ROOT, shared_dir

SHARED_CORPUS = shared_dir() / "corpus"


def _cases() -> list:
    cases = [pytest.param(p, id=f"corpus/{p.stem}") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    if SHARED_CORPUS.is_dir():
        cases += [
            pytest.param(p, id=f"shared/{p.parent.name}/{p.stem}") for p in sorted(SHARED_CORPUS.glob("*/*.txt"))
        ]
    else:
        cases.append(
            pytest.param(None, id="shared", marks=pytest.mark.skip(reason=f"no shared corpus at {SHARED_CORPUS}"))
        )
    return cases


def _round(x):
    return None if x is None else float(f"{x:.6g}")


def summary(record) -> dict:
    """What a reviewer wants to see change: structure and quantities, without paths or versions."""
    return {
        "header": {
            "title": record.title,
            "date": record.date,
            "date_source": record.date_source,
            "time": record.time,
            "place": record.place,
            "organiser": record.organiser,
            "participants": [f"{p.kind}: {p.name} ({p.title or ''})" for p in record.participants],
            "translators": len(record.translators),
        },
        "debris": [f"{d.start}-{d.end} {d.kind}" for d in record.debris],
        "turns": [f"{t.id} {t.start} {t.role}: {t.speaker}" for t in record.turns],
        "statements": [f"{s.id} {s.kind} {' '.join(s.turns)}" for s in record.statements],
        "exchanges": [
            f"{e.id} {e.asked_by} -> {', '.join(e.answered_by)}"
            + (f" (hand-offs: {len(e.handoffs)})" if e.handoffs else "")
            for e in record.exchanges
        ],
        "topics": [f"{t.id} {t.start} {t.label}" for t in record.topics],
        "quantities": [
            {
                "text": q.text,
                "at": q.start,
                "value": _round(q.value) if q.value is not None else [_round(q.low), _round(q.high)],
                "unit": q.unit,
                "kind": q.kind,
                **{k: getattr(q, k) for k in ("counted", "direction", "approx", "concept", "entity", "period") if getattr(q, k)},
            }
            for q in record.quantities
        ],
    }


def check_invariants(record, text: str) -> None:
    """What must hold for any transcript, whatever the rules extract."""
    spans = [*record.turns, *record.exchanges, *record.statements, *record.topics, *record.debris, *record.quantities]
    for item in spans:
        assert 0 <= item.start <= item.end <= len(text), item
    for q in record.quantities:
        assert text[q.start : q.end] == q.text
        assert q.sentence is None or q.sentence.start <= q.start < q.sentence.end
    for a, b in zip(record.turns, record.turns[1:]):
        assert a.end <= b.start, f"turns {a.id} and {b.id} overlap"
    for t in record.turns:
        assert t.start <= t.content_start <= t.end
    for d in record.debris:
        assert not any(d.start <= q.start < d.end for q in record.quantities), "a quantity inside page debris"
    if record.turns:
        starts = [t.start for t in record.topics]
        assert starts == sorted(starts)
        assert all(q.topic for q in record.quantities if q.start >= record.turns[0].start)


@pytest.mark.golden
@pytest.mark.parametrize("path", _cases())
def test_transcript(path: Path, nlp, data_regression):
    record = extract_path(path, nlp=nlp)
    text = path.open(encoding="utf-8", newline="").read().lstrip("\ufeff")
    check_invariants(record, text)
    data_regression.check(summary(record))
