"""The unit table (tests/unit/data/unit_phrases.tsv) as a test: every row must be read as written there.

Rows whose unit is "count" need the counted noun, rows with unit "-" (no quantity) the filters that read the
parse, and rows of the families "age", "index-level", "from-range" and "scale-reading" the words around the figure, so
they run through the model (the session fixture);
all others are read by the string layer alone: the lexer, the candidate finder and the filters.
"""
from __future__ import annotations

import math
from pathlib import Path

import pytest

from extractor.lang.profile import english
from extractor.quantities.candidates import combine, read_mentions
from extractor.quantities.extract import extract_quantities
from extractor.quantities.filters import rejection
from extractor.quantities.lexer import lex
from extractor.quantities.units import unit_context

TABLE = Path(__file__).parent / "data" / "unit_phrases.tsv"
FIELDS = ("family", "phrase", "surface", "value", "low", "high", "unit", "counted", "per")


def _rows() -> list[dict]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        assert len(cells) == len(FIELDS), f"{TABLE.name}: {line!r} has {len(cells)} cells, not {len(FIELDS)}"
        row = {k: (v if v != "" else None) for k, v in zip(FIELDS, cells)}
        for k in ("value", "low", "high"):
            row[k] = float(row[k]) if row[k] is not None else None
        rows.append(row)
    return rows


ROWS = _rows()


def _same(a: float | None, b: float | None) -> bool:
    return a is None and b is None or a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)


def _string_layer(phrase: str) -> list[dict]:
    lx = lex(phrase, 0, len(phrase), profile=english())
    ms = combine(lx, [m for m in read_mentions(lx, unit_context(phrase, profile=english()), profile=english()) if rejection(phrase, lx, m, profile=english()) is None], profile=english())
    return [dict(text=phrase[m.start:m.end], value=m.value, low=m.low, high=m.high, unit=m.unit or "1",
                 counted=None, per=m.per) for m in ms]


def _pipeline(nlp, phrase: str) -> list[dict]:
    return [dict(text=q.text, value=q.value, low=q.low, high=q.high, unit=q.unit, counted=q.counted, per=q.per)
            for q in extract_quantities(nlp(phrase), profile=english())]


def test_the_table_is_broad():
    assert len(ROWS) >= 350
    assert len({r["family"] for r in ROWS}) >= 30


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['family']}: {r['phrase']} [{r['surface']}]" for r in ROWS])
def test_phrase(row, request):
    # Counts, non-quantities, ages (the name before "Maria Lopez, 29,"), index levels (the move beside them),
    # "from X to Y" (a range or a move's two levels) and readings on a scale need the parse and the unit rules.
    parsed = row["unit"] in ("count", "-") or row["family"] in ("age", "index-level", "from-range", "scale-reading")
    got = _pipeline(request.getfixturevalue("nlp"), row["phrase"]) if parsed else _string_layer(row["phrase"])
    found = [q for q in got if q["text"] == row["surface"]]
    if row["unit"] == "-":
        assert not found, f"{row['surface']!r} is no quantity; read: {found}"
        return
    assert len(found) == 1, f"{row['surface']!r} not read as one figure; read: {got}"
    q = found[0]
    for k in ("value", "low", "high"):
        assert _same(q[k], row[k]), f"{k}: {q[k]} != {row[k]} ({q})"
    assert q["unit"] == row["unit"], q
    assert q["per"] == row["per"], q
    if row["counted"] is not None:
        assert q["counted"] == row["counted"], q
