"""The facts as flat tables: one definition of the rows behind SQLite, CSV, ``--tables DIR`` and Parquet.

Six tables, keyed by ids: ``transcripts`` (an integer ``id``, 1, 2, ... in
output order) and ``participants``, ``turns``, ``exchanges``, ``topics``,
``quantities``, each keyed by ``(transcript, id)`` with the record's own ids
(``t3``, ``e2``, ``q17``), so that every reference a record holds is a foreign
key. Lists (aliases, keywords, turn ids) are JSON arrays in one cell, which
SQLite's ``json_each`` reads. Every other text cell (a sentence, a quantity's
words, an entity) is put on one line: each run of whitespace, line breaks
included, becomes one space (``start``/``end`` still index the original text);
only the source path and the report link are kept exactly as they are.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from .people import answerer_names, participant_labels
from .records import TranscriptRecord


@dataclass(frozen=True)
class Column:
    """A column: its name, SQLite type, and the table it refers to within the same transcript."""

    name: str
    type: str = "TEXT"
    refers_to: str | None = None


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ("transcript", "id")
    #: Column groups to index, beyond the key: the usual look-ups.
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _cols(spec: str, **refs: str) -> tuple[Column, ...]:
    """``"name:TYPE name ..."`` (TEXT when no type) -> columns; ``refs`` name referenced tables."""
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        out.append(Column(name, kind or "TEXT", refs.get(name)))
    return tuple(out)


_TRANSCRIPT = Column("transcript", "INTEGER", "transcripts")
_LOCATED = "start:INTEGER end:INTEGER"

TABLES: tuple[Table, ...] = (
    Table("transcripts", _cols("id:INTEGER source title date time place organiser encoding date_source "
                               "unlabelled:INTEGER translators warnings report"), key=("id",),
          indexes=(("date",), ("source",))),
    Table("participants", (_TRANSCRIPT, *_cols("id name kind honorific title organisation aliases")),
          indexes=(("name",),)),
    Table("topics", (_TRANSCRIPT, *_cols(f"id label keywords {_LOCATED}")), indexes=(("label",),)),
    Table("exchanges", (_TRANSCRIPT, *_cols(f"id asked_by answered_by answerers question_turns answer_turns "
                                            f"handoffs topic {_LOCATED}", topic="topics")),
          indexes=(("transcript", "topic"), ("asked_by",))),
    Table("turns", (_TRANSCRIPT, *_cols("id speaker participant role exchange topic start:INTEGER "
                                        "content_start:INTEGER end:INTEGER",
                                        participant="participants", exchange="exchanges", topic="topics")),
          indexes=(("transcript", "exchange"), ("transcript", "topic"), ("speaker",))),
    Table("quantities", (_TRANSCRIPT, *_cols(
        f"id text {_LOCATED} value:REAL low:REAL high:REAL unit counted kind direction approx concept entity "
        "period converts sentence speaker role turn exchange topic report",
        converts="quantities", turn="turns", exchange="exchanges", topic="topics")),
        indexes=(("transcript", "turn"), ("transcript", "exchange"), ("transcript", "topic"), ("speaker",),
                 ("unit",), ("kind", "concept"))),
)
TABLE_NAMES: tuple[str, ...] = tuple(t.name for t in TABLES)

#: The CSV (and Parquet) of quantities: one row per quantity with its transcript's and exchange's context.
QUANTITY_COLUMNS: tuple[str, ...] = (
    "transcript", "title", "date", "quantity", "turn", "speaker", "role", "exchange", "asked_by", "answered_by",
    "topic", "text", "start", "end", "value", "low", "high", "unit", "counted", "per", "kind", "direction",
    "approx", "concept", "entity", "period", "sentence", "report",
)
#: Columns of the quantity rows that are numbers (the rest are text).
QUANTITY_NUMBERS = {"start": "INTEGER", "end": "INTEGER", "value": "REAL", "low": "REAL", "high": "REAL"}


#: Columns kept exactly as they are: paths and links, and JSON (whose strings escape their line breaks).
VERBATIM = frozenset({"source", "transcript", "report", "translators", "warnings", "aliases", "keywords",
                      "answerers", "question_turns", "answer_turns", "handoffs"})
_NAMES = {t.name: t.names for t in TABLES}


def _flat(names, values) -> tuple:
    """The values with every text cell not in ``VERBATIM`` on one line."""
    return tuple(one_line(v) if isinstance(v, str) and n not in VERBATIM else v for n, v in zip(names, values))


def one_line(text: str | None) -> str | None:
    """The text with every run of whitespace (line breaks included) as one space."""
    return " ".join(text.split()) if text is not None else None


def _json(items) -> str:
    return json.dumps(list(items), ensure_ascii=False)


class PageNames:
    """The report's page name for each transcript, given in output order (as the report names them)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def next(self, source: str) -> str:
        # Imported here: the report package imports the output module, which imports this one.
        from .report.naming import unique_page_name

        return unique_page_name(source, self._taken)


def anchor(page: str, quantity_id: str) -> str:
    """The link to a quantity's place in the report, relative to the report folder."""
    return f"{page}#quantity-{quantity_id}"


def table_rows(record: TranscriptRecord, number: int, page: str) -> Iterator[tuple[str, tuple]]:
    """Every row of one transcript as ``(table name, values in the table's column order)``, text on one line.

    Rows come in an order that satisfies the foreign keys (a row after those it refers to).
    """
    for name, row in _raw_rows(record, number, page):
        yield name, _flat(_NAMES[name], row)


def _raw_rows(record: TranscriptRecord, number: int, page: str) -> Iterator[tuple[str, tuple]]:
    t = record
    yield "transcripts", (number, t.source, t.title, t.date, t.time, t.place, t.organiser, t.encoding,
                          t.date_source, int(t.unlabelled), _json(t.translators), _json(t.warnings), page)
    for p in t.participants:
        yield "participants", (number, p.id, p.name, p.kind, p.honorific, p.title, p.organisation, _json(p.aliases))
    for k in t.topics:
        yield "topics", (number, k.id, k.label, _json(k.keywords), k.start, k.end)
    labels = participant_labels(t)
    for e in t.exchanges:
        handoffs = [h.model_dump(mode="json") for h in e.handoffs]
        yield "exchanges", (number, e.id, e.asked_by, "; ".join(answerer_names(e, labels)) or None,
                            _json(e.answered_by), _json(e.question_turns), _json(e.answer_turns), _json(handoffs),
                            e.topic, e.start, e.end)
    for u in t.turns:
        yield "turns", (number, u.id, u.speaker, u.participant, u.role, u.exchange, u.topic, u.start,
                        u.content_start, u.end)
    for q in t.quantities:
        yield "quantities", (number, q.id, q.text, q.start, q.end, q.value, q.low, q.high, q.unit,
                             q.counted, q.kind, q.direction, q.approx, q.concept, q.entity, q.period, q.converts,
                             q.sentence.text if q.sentence else None, q.speaker, q.role, q.turn,
                             q.exchange, q.topic, anchor(page, q.id))


def quantity_rows(record: TranscriptRecord, page: str) -> Iterator[dict]:
    """One flat row per quantity (``QUANTITY_COLUMNS``), with the names a reader needs beside the ids, text on one line."""
    t = record
    exchanges = {e.id: e for e in t.exchanges}
    topic_label = {k.id: k.label for k in t.topics}
    labels = participant_labels(t)
    for q in t.quantities:
        e = exchanges.get(q.exchange) if q.exchange else None
        row = {
            "transcript": t.source, "title": t.title, "date": t.date, "quantity": q.id, "turn": q.turn,
            "speaker": q.speaker, "role": q.role, "exchange": q.exchange, "asked_by": e.asked_by if e else None,
            "answered_by": ("; ".join(answerer_names(e, labels)) or None) if e else None,
            "topic": topic_label.get(q.topic) if q.topic else None, "text": q.text, "start": q.start,
            "end": q.end, "value": q.value, "low": q.low, "high": q.high, "unit": q.unit, "counted": q.counted, "per": q.per,
            "kind": q.kind, "direction": q.direction, "approx": q.approx, "concept": q.concept,
            "entity": q.entity, "period": q.period,
            "sentence": q.sentence.text if q.sentence else None, "report": anchor(page, q.id),
        }
        yield dict(zip(row, _flat(row, row.values())))
