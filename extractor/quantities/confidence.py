"""How sure a quantity's context fields are: a small calibrated model, learned from the gold and shipped as data.

Each context field (concept, entity, period, kind, unit) of a quantity carries the mechanism that decided it
(:attr:`Draft.evidence <extractor.quantities.draft.Draft.evidence>`). Its confidence is read from that
mechanism, the state of the field (empty; for kind, the kind; for unit, the unit's class; otherwise set) and
a few signals of the figure that say nothing of which institution speaks, so that what the gold teaches
carries to transcripts it never saw:

- the class of the figure's unit (a share such as %, money, a count, a span of time, anything else): a
  period or a concept read for a percent is right more often than one read for a bare count or a sum of
  money, in every gold file;
- whether the figure's sentence asks (ends with a question mark): reporters' questions hold hypotheticals,
  quotations and half-remembered figures whose context is less often stated;
- for period, its granularity (a year, a quarter or half, a month or finer, a range): a stated year is
  seldom wrong, the briefing's own month given to a "now" often is.

The model is, per field, a logistic regression over those features, one weight each (an intercept, the
state, the mechanism within its state, each signal's value), its weights pulled towards zero by an L2
penalty of :data:`REGULARISATION` gold figures: a mechanism seen a few times is read as its state is, one
seen fifty times mostly on its own record. A mechanism the gold never showed has no weight and gets what its
state and signals say. Looking a confidence up is a sum of a few weights and a logistic, done once per field.

The weights are ``extractor/data/confidence.tsv``, written by ``benchmarks/calibration.py --write`` (which
also measures, by leave-one-file-out, that the confidences mean what they say). Everything here is pure but
:func:`confidence`, which reads the shipped table once.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from types import MappingProxyType

import numpy as np

from ..lang.profile import Profile
from ..records.models import CONTEXT_FIELDS
from ..unit_codes import COUNT, CURRENCY, RELATIVE, TIME, is_currency, is_relative, unit_class

__all__ = [
    "EMPTY",
    "FIELDS",
    "INTERCEPT",
    "REGULARISATION",
    "UNNOTED",
    "asks",
    "build",
    "confidence",
    "dump",
    "features",
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
#: The feature every figure has: the field's intercept.
INTERCEPT = "*"
#: Strength of the L2 penalty on every weight but the intercept, in gold figures: a feature seen on a few
#: figures moves the confidence little, one seen on dozens as much as its record says. Chosen a priori (as
#: the earlier table's prior of 5 was), not tuned to the leave-one-file-out figures.
REGULARISATION = 2.0
#: The confidences stay this far from 0 and 1: no count of gold figures makes a field certain.
_MARGIN = 1e-4
#: Newton steps of the fit, and the change of every weight below which it has converged.
_STEPS, _CONVERGED = 100, 1e-9

#: (field, feature) -> (weight, right, seen): the weight, and of the gold figures with that feature how
#: many had the field right and how many there were (to read the table by, not used to look up).
Table = Mapping[tuple[str, str], tuple[float, float, float]]


def state(field: str, value: object, *, profile: Profile) -> str:
    """The state of a field's value the model distinguishes besides its mechanism: ``empty``; for kind the
    kind itself; for unit ``currency``, a relative unit, ``count`` or ``other``; else ``set``."""
    if value is None or value == "":
        return "empty"
    if field == "kind":
        return str(value)
    if field == "unit":
        # The relative units and the count keep their own state; the currencies pool as one.
        code = str(value)
        if is_currency(code, profile=profile):
            return "currency"
        return code if is_relative(code, profile=profile) or unit_class(code, profile=profile) == COUNT else "other"
    return "set"


def _unit_signal(unit: str | None, *, profile: Profile) -> str:
    cls = unit_class(unit, profile=profile)
    return cls if cls in (RELATIVE, CURRENCY, COUNT, TIME) else "other"


#: A period value's granularity: a range (``2020-03..2020-04``), a year (``2024``), a part of a year
#: (``2024-Q3``, ``2024-H1``), a month or a day (``2024-10``, ``2024-10-05``).
_YEAR = re.compile(r"\d{4}")
_PART_OF_YEAR = re.compile(r"\d{4}-[QH]\d")


def _granularity(period: object) -> str:
    text = str(period or "")
    if not text:
        return "none"
    if ".." in text:
        return "range"
    if _YEAR.fullmatch(text):
        return "year"
    if _PART_OF_YEAR.fullmatch(text):
        return "part-of-year"
    return "month-or-finer"


#: What may close a question after its mark: quotes and brackets (never letters).
_CLOSERS = "\"'\u201d\u2019)]"


def asks(sentence: str | None) -> bool:
    """Whether a sentence asks: its last mark, past closing quotes and brackets, is a question mark."""
    return bool(sentence) and str(sentence).rstrip().rstrip(_CLOSERS).rstrip().endswith("?")


def features(field: str, mechanism: str, value: object, unit: str | None, asked: bool, *,
             profile: Profile) -> tuple[str, ...]:
    """The features of ``field`` holding ``value``, decided by ``mechanism``, for a figure in ``unit`` whose
    sentence ``asked`` or not: the intercept, the state, the mechanism in that state and the signals."""
    st = state(field, value, profile=profile)
    out = [INTERCEPT, f"state={st}", f"mechanism={mechanism}/{st}", f"unit-class={_unit_signal(unit, profile=profile)}",
           f"asked={'yes' if asked else 'no'}"]
    if field == "period":
        out.append(f"granularity={_granularity(value)}")
    return tuple(out)


def _fit(rows: Sequence[tuple[Sequence[str], bool, float]]) -> dict[str, tuple[float, float, float]]:
    """One field's weights by Newton's method on the L2-penalised, weighted logistic loss."""
    names = sorted({f for feats, _, _ in rows for f in feats})
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, (feats, _, _) in enumerate(rows):
        x[r, [index[f] for f in feats]] = 1.0
    y = np.array([float(right) for _, right, _ in rows])
    w = np.array([weight for _, _, weight in rows])
    penalty = np.full(len(names), REGULARISATION)
    penalty[index[INTERCEPT]] = 1e-6  # the intercept is free: it is the field's base rate
    beta = np.zeros(len(names))
    for _ in range(_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (w * (p - y)) + penalty * beta
        hessian = (x.T * (w * p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < _CONVERGED:
            break
    seen = x.T @ w
    right = x.T @ (w * y)
    return {name: (float(beta[i]), float(right[i]), float(seen[i])) for name, i in index.items()}


#: One gold field to learn from: (field, its features, whether it was right, its weight in the fit).
Observation = tuple[str, Sequence[str], bool, float]


def build(observations: Iterable[Observation]) -> dict[tuple[str, str], tuple[float, float, float]]:
    """The model learned from ``(field, features, right, weight)`` observations (``weight`` the figure's
    share in the fit, 1 for each figure counted alike): per field, each feature's weight, right and seen."""
    by_field: dict[str, list[tuple[Sequence[str], bool, float]]] = {}
    for field, feats, right, weight in observations:
        by_field.setdefault(field, []).append((feats, right, weight))
    table: dict[tuple[str, str], tuple[float, float, float]] = {}
    for field, rows in by_field.items():
        for name, row in _fit(rows).items():
            table[(field, name)] = row
    return table


def lookup(table: Table, field: str, feats: Iterable[str]) -> float:
    """The confidence of ``field`` with ``feats``: the logistic of the sum of their weights (a feature the
    table lacks weighs nothing; a field it lacks altogether gets one half)."""
    z = sum(table[(field, f)][0] for f in feats if (field, f) in table)
    # The logistic, written so that neither branch can overflow whatever the weights.
    value = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
    return min(max(value, _MARGIN), 1 - _MARGIN)


def parse(text: str) -> Table:
    """The table from its TSV text (``field, feature, weight, right, seen``; ``#`` comments)."""
    rows = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        field, feature, weight, right, seen = line.split("\t")
        rows[(field, feature)] = (float(weight), float(right), float(seen))
    return MappingProxyType(rows)


def dump(table: Table, header: str = "") -> str:
    """The table as TSV text, :func:`parse`'s input."""
    lines = [f"# {line}" for line in header.splitlines()]
    lines.append("# field\tfeature\tweight\tright\tseen")
    for (field, feature), (weight, right, seen) in sorted(
            table.items(), key=lambda kv: (FIELDS.index(kv[0][0]) if kv[0][0] in FIELDS else 99,
                                           kv[0][1] != INTERCEPT, kv[0][1])):
        lines.append(f"{field}\t{feature}\t{weight:.4f}\t{right:g}\t{seen:g}")
    return "\n".join(lines) + "\n"


@cache
def _shipped() -> Table:
    return parse(resources.files("extractor.data").joinpath("confidence.tsv").read_text(encoding="utf-8"))


def confidence(field: str, mechanism: str, value: object, unit: str | None = None, asked: bool = False, *,
               profile: Profile) -> float:
    """The shipped model's confidence for ``field`` holding ``value``, decided by ``mechanism``, for a figure
    in ``unit`` whose sentence ``asked`` or not, to four decimals (as the record shows it)."""
    return round(lookup(_shipped(), field, features(field, mechanism, value, unit, asked, profile=profile)), 4)
