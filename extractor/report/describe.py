"""Short human-readable descriptions of records, for headings and hover text."""
from __future__ import annotations

from collections.abc import Mapping

from ..people import answerer_names
from ..records import Exchange, Quantity, Statement

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


def hover_text(q: Quantity) -> str:
    """The quantity's facts as lines of plain text (the template escapes it)."""
    return "\n".join(f"{name}: {value}" for name, value in quantity_facts(q))


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
