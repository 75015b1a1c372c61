"""The rows of the report's table of figures: one per quantity, with what a reader sorts and filters by."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

from ..records.models import CONTEXT_FIELDS, Exchange, Quantity, TranscriptRecord, Turn
from .config import ReportConfig
from .describe import amount, field_note, lowest_confidence, unsure_fields

#: The table's columns: (key, heading, whether its filter offers the values to choose from).
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("figure", "Figure", False),
    ("value", "Value", False),
    ("unit", "Unit", True),
    ("kind", "Kind", True),
    ("concept", "Concept", False),
    ("entity", "Entity", False),
    ("period", "Period", False),
    ("speaker", "Speaker", True),
    ("asked_by", "Asked by", True),
    ("topic", "Topic", True),
    ("confidence", "Confidence", False),
    ("sentence", "Sentence", False),
)
#: The confidence column's filter: (value, shown); a value is a comparison with the row's lowest confidence.
CONFIDENCE_FILTERS: tuple[tuple[str, str], ...] = (
    ("<0.5", "below 0.5"), ("<0.7", "below 0.7"), ("<0.8", "below 0.8"), (">=0.8", "0.8 and above"))
#: The index's table also says which transcript each figure is from.
INDEX_COLUMNS = (("transcript", "Transcript", True), *COLUMNS)


@dataclass(frozen=True)
class FigureRow:
    """One quantity as a row: the shown cells, and what links, sorts and filters it.

    Attributes:
        quantity: The quantity's id (``q7``); the row's own anchor is ``figure-q7``.
        href: The figure's place in the text: ``#quantity-q7`` on its page, ``PAGE#quantity-q7`` elsewhere.
        cells: The shown value of each column, by key (empty string when the record has none).
        value_key: The number the value column sorts by (a range sorts by its low end).
        start: Where the figure is in the text (the table's first order).
        topic_id: The topic's id, for the page's topic filter.
        confidence: The lowest confidence of the figure's context fields (what the confidence column sorts
            and filters by), -1 when the record has none.
        notes: For each context field's cell, how sure it is and why (the cell's hover text).
        unsure: The context fields whose confidence is low (their cells are marked).
    """

    quantity: str
    href: str
    cells: dict[str, str]
    value_key: float
    start: int
    topic_id: str
    confidence: float = -1.0
    notes: dict[str, str] | None = None
    unsure: tuple[str, ...] = ()


def transcript_name(record: TranscriptRecord) -> str:
    """What to call a transcript: its title, or its file name when it has none."""
    return record.title or record.source.replace("\\", "/").rsplit("/", 1)[-1]


def figure_rows(record: TranscriptRecord, page: str = "", config: ReportConfig | None = None) -> list[FigureRow]:
    """The table's rows for one transcript, in text order; ``page`` prefixes each link (none on its own page);
    ``config`` says which cells are marked (the report's default)."""
    # Short enough for a table cell and a filter's choices; the page's own title says the rest.
    name = textwrap.shorten(transcript_name(record), 44, placeholder=" …")
    context = _RowContext(
        transcript=f"{record.date or ''} {name}".strip(),
        exchanges={e.id: e for e in record.exchanges},
        topics={k.id: k.label for k in record.topics},
        turns={t.id: t for t in record.turns},
        unsure_below=(config or ReportConfig()).unsure_below,
    )
    return [_figure_row(q, context, page) for q in sorted(record.quantities, key=lambda q: (q.start, q.end))]


@dataclass(frozen=True)
class _RowContext:
    """What every row of one transcript reads besides its own quantity: the transcript's name as a
    cell shows it, and its exchanges, topic labels and turns by id."""

    transcript: str
    exchanges: dict[str, Exchange]
    topics: dict[str, str]
    turns: dict[str, Turn]
    #: Below this confidence a context field's cell is marked (``ReportConfig.unsure_below``).
    unsure_below: float


def _figure_row(q: Quantity, context: _RowContext, page: str) -> FigureRow:
    """One quantity's row: its cells, link, sort keys and the notes of its context fields."""
    turn = context.turns.get(q.turn or "")
    # The topic and speaker the page's filters give the figure's mark and turn.
    topic = q.topic or (turn.topic if turn else None) or ""
    cells = _cells(q, context, turn, topic)
    lowest = lowest_confidence(q)
    cells["confidence"] = f"{lowest[0]:.2f} {lowest[1]}" if lowest else ""
    notes = {name: field_note(q, name) for name in CONTEXT_FIELDS}
    value = q.value if q.value is not None else q.low
    return FigureRow(q.id, f"{page}#quantity-{q.id}", cells, value or 0.0, q.start, topic,
                     lowest[0] if lowest else -1.0, notes, tuple(unsure_fields(q, context.unsure_below)))


def _cells(q: Quantity, context: _RowContext, turn: Turn | None, topic: str) -> dict[str, str]:
    """The shown value of each column but the confidence, by key (empty where the record has none)."""
    exchange = context.exchanges.get(q.exchange) if q.exchange else None
    return {
        "transcript": context.transcript,
        "figure": q.text, "value": amount(q), "unit": q.unit if q.counted is None else f"{q.unit} ({q.counted})",
        "kind": q.kind, "concept": q.concept or "", "entity": q.entity or "", "period": q.period or "",
        "speaker": (turn.speaker if turn else None) or q.speaker or "",
        "asked_by": (exchange.asked_by or "") if exchange else "",
        "topic": context.topics.get(topic, ""), "sentence": " ".join(q.sentence.text.split()) if q.sentence else "",
    }


def choices(rows: list[FigureRow], columns) -> dict[str, list[str]]:
    """The values a choice column's filter offers: each one its rows hold, sorted, blanks left out."""
    # Values equal but for case are ordered by their own text: a set's order follows the hash seed.
    return {key: sorted({r.cells[key] for r in rows} - {""}, key=lambda v: (v.lower(), v))
            for key, _, choice in columns if choice}
