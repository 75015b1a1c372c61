"""The facts as flat tables: one definition of the rows behind SQLite, CSV, ``--tables DIR`` and Parquet.

The tables are derived from the record models (:mod:`extractor.records.models`), not
listed by hand, so that a field added to a record reaches every tabular output
without further code:

- ``transcripts`` holds the fields of a ``TranscriptRecord`` that are not lists
  of records, keyed by an integer ``id`` (1, 2, ... in output order);
- every field of a ``TranscriptRecord`` that is a list of records
  (``participants``, ``debris``, ``turns``, ``statements``, ``exchanges``,
  ``topics``, ``quantities``) is a table of its own, one row per record, with
  the number of its ``transcript``; a record with an ``id`` is keyed by
  ``(transcript, id)`` (the record's own ids: ``t3``, ``e2``, ``q17``), so that
  every reference a record holds is a foreign key.

A field is a column named as the field. A nested object (a quantity's
``sentence``) is flattened into one column per field, named with the object's
name as prefix (``sentence_start``, ``sentence_end``, ``sentence_text``), however
deep. Lists (aliases, keywords, turn ids, hand-offs) and any other value that is
not a number, a string or an object are JSON in one cell, which SQLite's
``json_each`` reads. Every other text cell (a sentence, a quantity's words, an
entity) is put on one line: each run of whitespace, line breaks included, becomes
one space (``start``/``end`` still index the original text); only the source
path, the report link and JSON cells are kept exactly as they are.

Beside the records' own fields, a few columns are derived for the reader
(``DERIVED``): the report page of a transcript and the report link of a figure,
the text a turn speaks (when the transcript's text is at hand), the names of
whoever answered an exchange, and for each reference a single-column key
(``turn_key``, ``3/t5``) that tools following only one-column foreign keys
(Datasette) can follow.
"""
from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel

from ..records.models import TranscriptRecord
from ..records.people import answerer_names, participant_labels
from .naming import unique_page_name

#: The SQLite type of a column holding values of a Python type (others are TEXT).
_SQL_TYPES = {int: "INTEGER", bool: "INTEGER", float: "REAL"}


@dataclass(frozen=True)
class Column:
    """A column: its name, SQLite type, and the table it refers to within the same transcript.

    ``path`` is where the value sits in the record's JSON (field names, nested objects
    flattened); None for a derived column. ``json`` tells that the cell is JSON text.
    """

    name: str
    type: str = "TEXT"
    refers_to: str | None = None
    path: tuple[str, ...] | None = None
    json: bool = False
    description: str | None = None
    #: The table whose one-column ``key`` this column holds (a single-column foreign key).
    follows: str | None = None


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ("transcript", "id")
    #: Column groups to index, beyond the key: the usual look-ups.
    indexes: tuple[tuple[str, ...], ...] = ()
    description: str | None = None
    #: The column Datasette shows for a row that another row refers to.
    label: str | None = None
    #: The record type a row holds (None for derived tables).
    model: type[BaseModel] | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


# --- columns from the models ----------------------------------------------------------------------


def _without_none(annotation: Any) -> Any:
    """``X | None`` -> ``X``; other annotations as they are."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        rest = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return annotation


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The record type of a field that holds one nested object, else None."""
    inner = _without_none(annotation)
    return inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None


def _record_list(annotation: Any) -> type[BaseModel] | None:
    """The record type of a field that holds a list of records (``tuple[Turn, ...]``), else None."""
    if typing.get_origin(annotation) in (tuple, list):
        args = [a for a in typing.get_args(annotation) if a is not Ellipsis]
        if len(args) == 1 and isinstance(args[0], type) and issubclass(args[0], BaseModel):
            return args[0]
    return None


def _sql_type(annotation: Any) -> tuple[str, bool]:
    """The SQLite type of a scalar field and whether the cell is JSON (lists, mappings, mixed unions)."""
    inner = _without_none(annotation)
    if typing.get_origin(inner) is Annotated:  # Offset, Probability: the type under the constraints
        inner = typing.get_args(inner)[0]
    if typing.get_origin(inner) is Literal:
        kinds = {type(a) for a in typing.get_args(inner)}
        return (_SQL_TYPES.get(kinds.pop(), "TEXT") if len(kinds) == 1 else "TEXT"), False
    if inner in _SQL_TYPES:
        return _SQL_TYPES[inner], False
    if inner is str:
        return "TEXT", False
    return "TEXT", True


def model_columns(model: type[BaseModel], prefix: tuple[str, ...] = (), skip: frozenset[str] = frozenset(),
                  refs: Mapping[str, str] | None = None) -> list[Column]:
    """One column per field of ``model``; a nested object's fields flattened with its name as prefix.

    ``skip`` names top-level fields left out (the lists of records that are tables of their own);
    ``refs`` maps a top-level field to the table its value is an id of.
    """
    columns = []
    # The id first, where a reader looks for it (inherited fields, such as offsets, come first otherwise).
    fields = sorted(model.model_fields.items(), key=lambda item: item[0] != "id")
    for name, field in fields:
        if name in skip:
            continue
        path = (*prefix, name)
        nested = _nested_model(field.annotation)
        if nested is not None:
            columns.extend(model_columns(nested, path))
            continue
        sql, is_json = _sql_type(field.annotation)
        columns.append(Column("_".join(path), sql, (refs or {}).get(name) if not prefix else None, path, is_json,
                              field.description))
    return columns


# --- the tables ---------------------------------------------------------------------------------

#: The child tables' fields that name a record of another table (ids are unique within a transcript).
REFERENCES: Mapping[str, Mapping[str, str]] = {
    "turns": {"participant": "participants", "exchange": "exchanges", "topic": "topics"},
    "exchanges": {"topic": "topics"},
    "quantities": {"converts": "quantities", "turn": "turns", "exchange": "exchanges", "topic": "topics"},
}

#: Columns that are not fields of the records, made for the reader (see the module docstring).
DERIVED: Mapping[str, tuple[Column, ...]] = {
    "transcripts": (Column("report", description="The transcript's page in the --html report, relative to the "
                                                 "report folder."),),
    "turns": (Column("text", description="What the speaker says: the turn's text after its label, on one line "
                                         "(empty when the text was not at hand, as in `extract merge`)."),),
    "exchanges": (Column("answered_by_names", description="Who answered, named as the transcript names them, "
                                                          "joined by '; '."),),
    "quantities": (Column("report", description="The figure's place in the --html report "
                                                "(PAGE.html#quantity-q7)."),),
}

#: Index column groups per table, beyond the key: the usual look-ups.
_INDEXES: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "transcripts": (("date",), ("source",)),
    "participants": (("name",),),
    "topics": (("label",),),
    "exchanges": (("transcript", "topic"), ("asked_by",), ("outlet",)),
    "turns": (("transcript", "exchange"), ("transcript", "topic"), ("speaker",)),
    "quantities": (("transcript", "turn"), ("transcript", "exchange"), ("transcript", "topic"), ("speaker",),
                   ("unit",), ("kind", "concept")),
}

#: The column Datasette shows for a row another row refers to.
_LABELS = {"transcripts": "title", "participants": "name", "topics": "label", "turns": "speaker",
           "exchanges": "asked_by", "statements": "kind", "quantities": "text"}

_TRANSCRIPT = Column("transcript", "INTEGER", "transcripts", description="The transcript's number (transcripts.id).")
_KEY = Column("key", description="The row's key in one column, 'TRANSCRIPT/ID' (3/t5), for tools that follow only "
                                 "single-column foreign keys.")


def _key_columns(table: str) -> list[Column]:
    return [Column(f"{field}_key", follows=target, description=f"The {field}'s key ({target}.key).")
            for field, target in REFERENCES.get(table, {}).items()]


def _doc(model: type[BaseModel]) -> str | None:
    return (model.__doc__ or "").strip().split("\n")[0] or None


def _build_tables() -> tuple[Table, ...]:
    lists = {name: _record_list(f.annotation) for name, f in TranscriptRecord.model_fields.items()}
    children = {name: model for name, model in lists.items() if model is not None}
    transcript_columns = [Column("id", "INTEGER", description="The transcript's number, 1, 2, ... in output order."),
                          *model_columns(TranscriptRecord, skip=frozenset(children)), *DERIVED["transcripts"]]
    tables = [Table("transcripts", tuple(transcript_columns), key=("id",), indexes=_INDEXES["transcripts"],
                    description=_doc(TranscriptRecord), label=_LABELS["transcripts"], model=TranscriptRecord)]
    for name, model in children.items():
        has_id = "id" in model.model_fields
        columns = [_TRANSCRIPT, *model_columns(model, refs=REFERENCES.get(name)), *DERIVED.get(name, ()),
                   *([_KEY] if has_id else []), *_key_columns(name)]
        tables.append(Table(name, tuple(columns), key=("transcript", "id") if has_id else (),
                            indexes=_INDEXES.get(name, ()), description=_doc(model), label=_LABELS.get(name),
                            model=model))
    # Referred tables first, so that rows come after those they refer to.
    order = ["transcripts", "participants", "topics", "exchanges", "turns", "statements"]
    return tuple(sorted(tables, key=lambda t: order.index(t.name) if t.name in order else len(order)))


TABLES: tuple[Table, ...] = _build_tables()
TABLE_NAMES: tuple[str, ...] = tuple(t.name for t in TABLES)
_BY_NAME = {t.name: t for t in TABLES}

#: The CSV (and Parquet) of quantities: one row per quantity with its transcript's and exchange's context:
#: the transcript's source, title and date, every column of the ``quantities`` table but the keys (the
#: quantity's ``id`` as ``quantity``), and the names a reader needs beside the ids.
_CONTEXT_BEFORE = (Column("transcript", description="The transcript's source path, as given."),
                   Column("title"), Column("date"))
_CONTEXT_AFTER = (Column("asked_by", description="Who asked the exchange's question."),
                  Column("outlet", description="The asker's outlet."),
                  Column("answered_by_names", description="Who answered the exchange, as the transcript names them."),
                  Column("topic_label", description="The label of the figure's topic."))
QUANTITY_VIEW: tuple[Column, ...] = (
    *_CONTEXT_BEFORE,
    *(Column("quantity", c.type, path=c.path, json=c.json, description=c.description) if c.name == "id" else c
      for c in _BY_NAME["quantities"].columns if c.name != "transcript" and c.name != "key"
      and not c.name.endswith("_key")),
    *_CONTEXT_AFTER,
)
QUANTITY_COLUMNS: tuple[str, ...] = tuple(c.name for c in QUANTITY_VIEW)
#: Columns of the quantity rows that are numbers (the rest are text).
QUANTITY_NUMBERS = {c.name: c.type for c in QUANTITY_VIEW if c.type != "TEXT"}


def one_line(text: str | None) -> str | None:
    """The text with every run of whitespace (line breaks included) as one space."""
    return " ".join(text.split()) if text is not None else None


#: Columns kept exactly as they are: paths and links (JSON cells too: their strings escape line breaks).
VERBATIM = frozenset({"source", "transcript", "report"})


def _cell(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.json:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and column.name not in VERBATIM:
        return one_line(value)
    return value


def _at(data: Mapping[str, Any] | None, path: tuple[str, ...]) -> Any:
    for step in path:
        if data is None:
            return None
        data = data.get(step)
    return data


class PageNames:
    """The report's page name for each transcript, given in output order (as the report names them)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def next(self, source: str) -> str:
        return unique_page_name(source, self._taken)


def anchor(page: str, quantity_id: str) -> str:
    """The link to a quantity's place in the report, relative to the report folder."""
    return f"{page}#quantity-{quantity_id}"


def table_rows(record: TranscriptRecord, number: int, page: str, text: str | None = None
               ) -> Iterator[tuple[str, tuple]]:
    """Every row of one transcript as ``(table name, values in the table's column order)``, text on one line.

    ``text`` is the transcript's text, for the turns' ``text`` column (left empty without it). Rows come
    in an order that satisfies the foreign keys (a row after those it refers to).
    """
    data = record.model_dump(mode="json")
    labels = participant_labels(record)
    exchanges = {e.id: e for e in record.exchanges}
    for table in TABLES:
        items = [data] if table.name == "transcripts" else data[table.name]
        for item in items:
            derived = _derived(table.name, item, number, page, text, labels, exchanges)
            yield table.name, tuple(_cell(c, derived[c.name] if c.path is None else _at(item, c.path))
                                    for c in table.columns)


def _derived(table: str, item: dict, number: int, page: str, text: str | None, labels: dict[str, str],
             exchanges: dict) -> dict[str, Any]:
    values: dict[str, Any] = {"transcript": number}
    if table == "transcripts":
        values.update(id=number, report=page)
    elif "id" in item:
        values["key"] = f"{number}/{item['id']}"
    for field in REFERENCES.get(table, {}):
        values[f"{field}_key"] = f"{number}/{item[field]}" if item.get(field) is not None else None
    if table == "turns":
        values["text"] = text[item["content_start"]:item["end"]] if text is not None else None
    elif table == "exchanges":
        values["answered_by_names"] = "; ".join(answerer_names(exchanges[item["id"]], labels)) or None
    elif table == "quantities":
        values["report"] = anchor(page, item["id"])
    return values


def quantity_rows(record: TranscriptRecord, page: str) -> Iterator[dict]:
    """One flat row per quantity (``QUANTITY_COLUMNS``), with the names a reader needs beside the ids, text on
    one line."""
    data = record.model_dump(mode="json")
    exchanges = {e["id"]: e for e in data["exchanges"]}
    topic_label = {k["id"]: k["label"] for k in data["topics"]}
    labels = participant_labels(record)
    answered = {e.id: "; ".join(answerer_names(e, labels)) or None for e in record.exchanges}
    for q in data["quantities"]:
        e = exchanges.get(q["exchange"]) or {}
        context = {"transcript": data["source"], "title": data["title"], "date": data["date"],
                   "report": anchor(page, q["id"]), "asked_by": e.get("asked_by"), "outlet": e.get("outlet"),
                   "answered_by_names": answered.get(q["exchange"]), "topic_label": topic_label.get(q["topic"])}
        yield {c.name: _cell(c, context[c.name] if c.path is None else _at(q, c.path)) for c in QUANTITY_VIEW}
