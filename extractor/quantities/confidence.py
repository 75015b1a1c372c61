"""How sure a quantity's context fields are: calibrated precisions, learned from the gold and shipped as data.

Each context field (concept, entity, period, kind, unit) of a quantity carries the mechanism that decided it
(:attr:`Draft.evidence <extractor.quantities.draft.Draft.evidence>`). Its confidence is the precision that the
same mechanism had on the hand-gold transcripts, for the same state of the field (empty; for kind, the kind;
for unit, the unit's class; otherwise set): of the gold figures whose field was decided that way, the share
whose field was right. Precisions are smoothed towards the precision of the field's state, itself smoothed
towards the field's overall precision, so that a mechanism seen a few times is not trusted on those few.

The table is ``extractor/data/confidence.tsv``, written by ``benchmarks/calibration.py --write`` (which also
measures, by leave-one-file-out, that the confidences mean what they say). Everything here is pure but
:func:`confidence`, which reads the shipped table once.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from ..records.models import CONTEXT_FIELDS
from ..unit_codes import COUNT, is_currency, is_relative, unit_class

__all__ = [
    "ANY",
    "EMPTY",
    "FIELDS",
    "PRIOR_STRENGTH",
    "UNNOTED",
    "build",
    "confidence",
    "dump",
    "lookup",
    "parse",
    "state",
]

#: The context fields that carry evidence and a confidence, in the order records list them.
FIELDS = CONTEXT_FIELDS
#: The mechanism of a field that holds a value no rule accounted for.
UNNOTED = "unnoted"
#: The mechanism of a field left empty without a rule deciding so.
EMPTY = "empty"
#: The wildcard of the table's rows that pool every mechanism (or every state) of a field.
ANY = "*"
#: Weight, in gold figures, of the prior a precision is smoothed towards: a mechanism seen five times is
#: trusted half on its own record and half on its field's; one seen fifty times almost wholly on its own.
PRIOR_STRENGTH = 5.0

#: (field, mechanism, state) -> (confidence, right, seen).
Table = Mapping[tuple[str, str, str], tuple[float, int, int]]


def state(field: str, value: object) -> str:
    """The state of a field's value the table distinguishes besides its mechanism: ``empty``; for kind the
    kind itself; for unit ``currency``, a relative unit, ``count`` or ``other``; else ``set``."""
    if value is None or value == "":
        return "empty"
    if field == "kind":
        return str(value)
    if field == "unit":
        # The relative units and the count keep their own state; the currencies pool as one.
        code = str(value)
        if is_currency(code):
            return "currency"
        return code if is_relative(code) or unit_class(code) == COUNT else "other"
    return "set"


#: The table's confidences stay this far from 0 and 1: no count of gold figures makes a field certain.
_MARGIN = 1e-4


def _smoothed(right: int, seen: int, prior: float) -> float:
    value = (right + PRIOR_STRENGTH * prior) / (seen + PRIOR_STRENGTH)
    return min(max(value, _MARGIN), 1 - _MARGIN)


def build(observations: Iterable[tuple[str, str, str, bool]]) -> dict[tuple[str, str, str], tuple[float, int, int]]:
    """The table learned from ``(field, mechanism, state, right)`` observations: one row per field
    (``*``, ``*``), per field and state (``*``, state) and per field, mechanism and state."""
    counts: dict[tuple[str, str, str], list[int]] = {}
    for field, mechanism, st, was_right in observations:
        for key in ((field, ANY, ANY), (field, ANY, st), (field, mechanism, st)):
            c = counts.setdefault(key, [0, 0])
            c[0] += bool(was_right)
            c[1] += 1
    rows: dict[tuple[str, str, str], tuple[float, int, int]] = {}
    for (field, mechanism, st), (right, seen) in sorted(counts.items(), key=lambda kv: (kv[0][1] != ANY,
                                                                                        kv[0][2] != ANY, kv[0])):
        if mechanism == ANY and st == ANY:
            prior = 0.5
        elif mechanism == ANY:
            prior = rows[(field, ANY, ANY)][0]
        else:
            prior = rows[(field, ANY, st)][0]
        rows[(field, mechanism, st)] = (_smoothed(right, seen, prior), right, seen)
    return rows


def lookup(table: Table, field: str, mechanism: str, value: object) -> float:
    """The confidence of ``field`` holding ``value`` decided by ``mechanism``: the row of that mechanism and
    state, else of the state, else of the field, else one half."""
    st = state(field, value)
    for key in ((field, mechanism, st), (field, ANY, st), (field, ANY, ANY)):
        if key in table:
            return table[key][0]
    return 0.5


def parse(text: str) -> Table:
    """The table from its TSV text (``field, mechanism, state, confidence, right, seen``; ``#`` comments)."""
    rows = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        field, mechanism, st, conf, right, seen = line.split("\t")
        rows[(field, mechanism, st)] = (float(conf), int(right), int(seen))
    return MappingProxyType(rows)


def dump(table: Table, header: str = "") -> str:
    """The table as TSV text, :func:`parse`'s input."""
    lines = [f"# {line}" for line in header.splitlines()]
    lines.append("# field\tmechanism\tstate\tconfidence\tright\tseen")
    for (field, mechanism, st), (conf, right, seen) in sorted(
            table.items(), key=lambda kv: (FIELDS.index(kv[0][0]) if kv[0][0] in FIELDS else 99, kv[0])):
        lines.append(f"{field}\t{mechanism}\t{st}\t{conf:.4f}\t{right}\t{seen}")
    return "\n".join(lines) + "\n"


@cache
def _shipped() -> Table:
    return parse(resources.files("extractor.data").joinpath("confidence.tsv").read_text(encoding="utf-8"))


def confidence(field: str, mechanism: str, value: object) -> float:
    """The shipped table's confidence for ``field`` holding ``value``, decided by ``mechanism``."""
    return lookup(_shipped(), field, mechanism, value)
