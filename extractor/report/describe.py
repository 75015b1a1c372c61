"""Short human-readable descriptions of records, for headings and hover text."""
from __future__ import annotations

import json
from collections.abc import Mapping

from ..records.models import CONTEXT_FIELDS, Exchange, Quantity, Statement
from ..records.people import answerer_names
from .config import ReportConfig

#: The quantity kinds, in legend order, with what each one means.
KINDS: tuple[tuple[str, str], ...] = (
    ("level", "a level or amount"),
    ("change", "a change (growth, fall)"),
    ("share", "a share of a whole"),
    ("multiple", "a multiple (times, -fold)"),
)


def number(value: float) -> str:
    """A value with thousands separators and without a spurious ``.0``."""
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def amount(q: Quantity) -> str:
    """The quantity's value or range, with its approximation and direction."""
    core = number(q.value) if q.value is not None else f"{number(q.low or 0.0)} – {number(q.high or 0.0)}"
    parts = [q.approx, core] if q.approx else [core]
    if q.direction:
        parts.append("↑" if q.direction == "up" else "↓")
    return " ".join(parts)


def quantity_facts(q: Quantity) -> list[tuple[str, str]]:
    """The facts shown when hovering a quantity, as (name, value) pairs, empty ones left out."""
    unit = q.unit if q.counted is None else f"{q.unit} ({q.counted})"
    facts = [
        ("kind", q.kind),
        ("value", amount(q)),
        ("unit", unit),
        ("concept", q.concept),
        ("entity", q.entity),
        ("period", q.period),
        ("speaker", q.speaker),
    ]
    return [(name, value) for name, value in facts if value]


def unsure_fields(q: Quantity, below: float = ReportConfig.unsure_below) -> list[str]:
    """The context fields of ``q`` whose confidence is below ``below`` (the report's
    :attr:`~.config.ReportConfig.unsure_below`), in record order."""
    if q.confidence is None:
        return []
    return [name for name in CONTEXT_FIELDS if getattr(q.confidence, name) < below]


def lowest_confidence(q: Quantity) -> tuple[float, str] | None:
    """The lowest confidence of ``q``'s context fields and that field's name; None without confidences."""
    if q.confidence is None:
        return None
    return min((getattr(q.confidence, name), name) for name in CONTEXT_FIELDS)


def field_note(q: Quantity, name: str) -> str:
    """How sure field ``name`` of ``q`` is and why: ``confidence 0.42, by possessor from “the ministry”``."""
    if q.confidence is None or q.evidence is None:
        return ""
    clue = getattr(q.evidence, name)
    source = f" from “{clue.text}”" if clue.text else ""
    return f"confidence {getattr(q.confidence, name):.2f}, by {clue.mechanism}{source}"


def evidence_spans(q: Quantity) -> str:
    """The spans of text that supplied ``q``'s fields, as JSON ``[[field, start, end], ...]`` for the page's
    script to highlight (none: ``[]``)."""
    if q.evidence is None:
        return "[]"
    spans = [[name, clue.start, clue.end] for name in CONTEXT_FIELDS
             if (clue := getattr(q.evidence, name)).start is not None]
    return json.dumps(spans)


def hover_text(q: Quantity, unsure_below: float = ReportConfig.unsure_below) -> str:
    """The quantity's facts as lines of plain text (the template escapes it), then how sure each context field
    is, a field to check (confidence below ``unsure_below``) marked ``⚠``."""
    lines = [f"{name}: {value}" for name, value in quantity_facts(q)]
    unsure = unsure_fields(q, unsure_below)
    for name in CONTEXT_FIELDS if q.confidence is not None and q.evidence is not None else ():
        lines.append(f"{'⚠ ' if name in unsure else ''}{name} {field_note(q, name)}")
    return "\n".join(lines)


def exchange_heading(exchange: Exchange, labels: Mapping[str, str] | None = None) -> str:
    """``asker → answerers``, each named as the transcript names them, with placeholders where the record has none.

    Args:
        exchange: The exchange.
        labels: Participant id -> the label the transcript uses (``people.participant_labels``).
    """
    asked = exchange.asked_by or "unnamed reporter"
    answered = ", ".join(answerer_names(exchange, dict(labels or {}))) or "no answer recorded"
    return f"{asked} → {answered}"


def statement_heading(statement: Statement) -> str:
    """``Opening statement`` or ``Closing remarks``."""
    return "Opening statement" if statement.kind == "opening" else "Closing remarks"
