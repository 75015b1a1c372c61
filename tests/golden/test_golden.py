"""Golden tests: every listed transcript, its invariants first, then one reviewable regression file.

The transcripts are listed in ``tests/golden/cases.txt`` (paths under the project's ``corpus/``
and under ``../shared/``; the shared ones are skipped, saying so, where that folder is missing).
``test_case_list_matches_the_folders`` says when a folder holds a transcript the list does not
(or the list one the folders do not), and how to add it. A change in what is extracted shows as
a diff of the YAML file; accept it with ``--force-regen``.

Every item in a YAML file is keyed by its start offset in the transcript, never by its ordinal
(``t12``, ``q40``), so that one merged exchange or one new quantity is a local diff, not a
renumbering of every later line.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.api import extract_path

from ..conftest import ROOT, shared_dir
from ..integration.test_evidence import check_evidence

SHARED = shared_dir()
CASES_FILE = Path(__file__).with_name("cases.txt")
#: Where transcripts are looked for: the prefix a listed path starts with, the folder it names, the pattern.
FOLDERS = {"corpus": (ROOT / "corpus", "*.txt"), "shared/corpus": (SHARED / "corpus", "*/*.txt")}


def listed_cases() -> list[str]:
    """The paths in ``cases.txt`` (one per line, ``#`` comments), as written."""
    lines = (line.split("#", 1)[0].strip() for line in CASES_FILE.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def _resolve(case: str) -> Path:
    prefix = "shared/" if case.startswith("shared/") else ""
    return (SHARED / case[len(prefix):]) if prefix else ROOT / case


def _case_id(case: str) -> str:
    """The test id (and so the YAML file's name): ``corpus/<stem>`` or ``shared/<institution>/<stem>``."""
    path = Path(case)
    return f"corpus/{path.stem}" if case.startswith("corpus/") else f"shared/{path.parent.name}/{path.stem}"


def _cases() -> list:
    cases = []
    for case in listed_cases():
        marks = ()
        if case.startswith("shared/") and not (SHARED / "corpus").is_dir():
            marks = pytest.mark.skip(reason=f"no shared corpus at {SHARED / 'corpus'}")
        cases.append(pytest.param(case, id=_case_id(case), marks=marks))
    return cases


def test_case_list_matches_the_folders():
    listed = set(listed_cases())
    found = set()
    for prefix, (folder, pattern) in FOLDERS.items():
        if folder.is_dir():
            found |= {f"{prefix}/{p.relative_to(folder).as_posix()}" for p in folder.glob(pattern)}
        else:
            listed = {c for c in listed if not c.startswith(prefix + "/")}  # cannot be checked here
    new, gone = sorted(found - listed), sorted(listed - found)
    assert not new and not gone, (
        (f"transcripts not in {CASES_FILE.name}: {new}; add each line to {CASES_FILE} and record its golden "
         f"file with `pytest tests/golden -k <name> --force-regen` (review the new YAML before committing). "
         if new else "")
        + (f"listed in {CASES_FILE.name} but not found: {gone}; remove the lines and their YAML files." if gone else "")
    )


def _round(x):
    return None if x is None else float(f"{x:.6g}")


def _keyed(items, start, value) -> dict:
    """``{start offset: value}``; items that start at the same offset share a key, as a list."""
    out: dict = {}
    for item in items:
        key, entry = start(item), value(item)
        if key in out:
            out[key] = (out[key] if isinstance(out[key], list) else [out[key]]) + [entry]
        else:
            out[key] = entry
    return out


def summary(record, source: str | None = None) -> dict:
    """What a reviewer wants to see change: structure, topics, quantities and warnings, without paths or
    versions; every item keyed by where it starts, every cross-reference given as the offset of what it names."""
    at = {t.id: t.start for t in record.turns}
    at.update({q.id: q.start for q in record.quantities})
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
        "debris": _keyed(record.debris, lambda d: d.start, lambda d: f"to {d.end} {d.kind}"),
        "turns": _keyed(record.turns, lambda t: t.start, lambda t: f"{t.role}: {t.speaker}"),
        "statements": _keyed(record.statements, lambda s: s.start,
                             lambda s: f"{s.kind}, turns at {' '.join(str(at[t]) for t in s.turns)}"),
        "exchanges": _keyed(record.exchanges, lambda e: e.start, lambda e: (
            f"{e.asked_by} -> {', '.join(e.answered_by)}" + (f" (hand-offs: {len(e.handoffs)})" if e.handoffs else ""))),
        "topics": _keyed(record.topics, lambda t: t.start, lambda t: t.label),
        "quantities": _keyed(record.quantities, lambda q: q.start, lambda q: {
            "text": q.text,
            "value": _round(q.value) if q.value is not None else [_round(q.low), _round(q.high)],
            "unit": q.unit,
            "kind": q.kind,
            **{k: getattr(q, k) for k in ("counted", "direction", "approx", "concept", "entity", "period") if getattr(q, k)},
            **({"converts": at[q.converts]} if q.converts else {}),
        }),
        # Notes about the file (an encoding fallback, a dropped quantity), without the machine's path to it.
        "warnings": [w.replace(source, Path(source).name) if source else w for w in record.warnings],
    }


def check_invariants(record, text: str) -> None:
    """What must hold for any transcript, whatever the rules extract."""
    spans = [*record.turns, *record.exchanges, *record.statements, *record.topics, *record.debris, *record.quantities]
    for item in spans:
        assert 0 <= item.start <= item.end <= len(text), item
    check_evidence(record, text)
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
@pytest.mark.parametrize("case", _cases())
def test_transcript(case: str, nlp, data_regression):
    path = _resolve(case)
    record = extract_path(path, nlp=nlp)
    text = path.open(encoding="utf-8", newline="").read().lstrip("\ufeff")
    check_invariants(record, text)
    data_regression.check(summary(record, source=str(path)))
