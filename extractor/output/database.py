"""A SQLite database of the facts: the tables of ``extractor.output.tables`` with keys, foreign keys and indexes.

Written with the standard ``sqlite3`` module, one transcript at a time, into
a temporary file beside the target that replaces it in one rename when the
run ends (so a reader never sees half a database, and a failed run leaves
the old one). Besides the six fact tables it holds ``failures`` (files that
could not be processed) and ``meta`` (schema version, generator).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ExtractorError
from ..records.models import SCHEMA_VERSION, Failure, Generator, TranscriptRecord
from ..unit_codes import currency_codes
from .atomic import atomic_path
from .tables import TABLES, PageNames, Table, table_rows

#: The full-text index of what is said in each turn (SQLite FTS5, reading ``turns.text``).
TURN_SEARCH = "turn_search"

#: Views for the questions an analyst asks most: (name, description, SQL).
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("questions", "Every question of every exchange, with who asked it, their outlet and what they said.",
     "SELECT e.transcript, tr.title, tr.date, e.id AS exchange, e.asked_by, e.outlet, u.id AS turn, u.start, "
     "u.text, e.answered_by_names, e.key AS exchange_key "
     "FROM exchanges AS e JOIN json_each(e.question_turns) AS j "
     "JOIN turns AS u ON u.transcript = e.transcript AND u.id = j.value "
     "JOIN transcripts AS tr ON tr.id = e.transcript"),
    ("money", "The figures whose unit is a currency, with their transcript's title and date.",
     "SELECT q.*, tr.title, tr.date FROM quantities AS q JOIN transcripts AS tr ON tr.id = q.transcript "
     "WHERE {is_money}"),
)

#: What makes a figure money: its dimension, where the quantities carry one; else its unit is an ISO 4217
#: code (the ``currencies`` table, from the package's ISO 4217 list).
_MONEY_BY_DIMENSION = "q.dimension = 'currency'"
_MONEY_BY_UNIT = "q.unit IN (SELECT code FROM currencies)"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_sql(table: Table) -> str:
    """``CREATE TABLE`` for one table: its key and a foreign key per reference.

    A reference within a transcript is a composite foreign key on ``(transcript, id)``; its one-column
    twin (``turn_key``) refers to the other table's unique ``key``.
    """
    lines = [f"{_quote(c.name)} {c.type}" + (" NOT NULL" if c.name in table.key else "")
             + (" NOT NULL" if c.name == "key" else "") for c in table.columns]
    if "key" in table.names:
        # The one-column key is the primary key (Datasette links rows by it); (transcript, id) stays unique,
        # for the composite foreign keys.
        lines.append(f"PRIMARY KEY (key), UNIQUE ({', '.join(map(_quote, table.key))})")
    elif table.key:
        lines.append(f"PRIMARY KEY ({', '.join(map(_quote, table.key))})")
    for c in table.columns:
        if c.refers_to == "transcripts":
            lines.append(f"FOREIGN KEY ({_quote(c.name)}) REFERENCES transcripts (id)")
        elif c.refers_to:
            # Ids are unique within a transcript: the reference is (transcript, id).
            lines.append(f"FOREIGN KEY (transcript, {_quote(c.name)}) "
                         f"REFERENCES {_quote(c.refers_to)} (transcript, id)")
        elif c.follows:
            lines.append(f"FOREIGN KEY ({_quote(c.name)}) REFERENCES {_quote(c.follows)} (key)")
    return f"CREATE TABLE {_quote(table.name)} (\n  " + ",\n  ".join(lines) + "\n)"


def index_sql(table: Table) -> list[str]:
    return [
        f"CREATE INDEX {_quote(table.name + '_' + '_'.join(cols))} "
        f"ON {_quote(table.name)} ({', '.join(map(_quote, cols))})"
        for cols in table.indexes
    ]


def datasette_metadata(database: str, title: str = "Press-conference facts") -> dict:
    """Datasette's metadata for the database named ``database`` (the file's stem): descriptions, label columns.

    Stored in the database's ``meta`` table (key ``datasette_metadata``, for the name the file was
    written under); serve with ``datasette facts.sqlite -m metadata.json`` after writing it out (see
    the README).
    """
    tables = {}
    for t in TABLES:
        entry: dict = {"description": t.description or "",
                       "columns": {c.name: c.description for c in t.columns if c.description}}
        if t.label:
            entry["label_column"] = t.label
        tables[t.name] = entry
    tables[TURN_SEARCH] = {"description": "Full-text index (FTS5) of turns.text: "
                                          "SELECT * FROM turns WHERE rowid IN (SELECT rowid FROM turn_search "
                                          "WHERE turn_search MATCH 'tariffs')", "hidden": False}
    for name, description, _ in VIEWS:
        tables[name] = {"description": description}
    tables["failures"] = {"description": "Files that could not be processed, and why."}
    tables["meta"] = {"description": "The schema version, the generator, and this metadata."}
    tables["currencies"] = {"description": "The ISO 4217 currency codes a quantity's unit may be."}
    return {"title": title, "databases": {database: {"tables": tables}}}


class DatabaseWriter:
    """Add transcript records and failures to an open SQLite connection; ``close`` commits and indexes."""

    def __init__(self, connection: sqlite3.Connection, generator: Generator, name: str = "facts") -> None:
        self.db = connection
        self.count = 0
        self._pages = PageNames()
        self._insert = {
            t.name: f"INSERT INTO {_quote(t.name)} VALUES ({', '.join('?' * len(t.columns))})" for t in TABLES
        }
        for table in TABLES:
            self.db.execute(table_sql(table))
        self.db.execute("CREATE TABLE failures (source TEXT NOT NULL, error TEXT NOT NULL)")
        self.db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        self.db.execute("CREATE TABLE currencies (code TEXT PRIMARY KEY)")
        self.db.executemany("INSERT INTO currencies VALUES (?)", [(c,) for c in sorted(currency_codes())])
        meta = {"schema_version": SCHEMA_VERSION, **{f"generator_{k}": v for k, v in generator.model_dump().items()},
                "datasette_metadata": json.dumps(datasette_metadata(name), indent=2)}
        self.db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())

    def add(self, record: TranscriptRecord, text: str | None = None) -> None:
        """Add one transcript's rows; ``text`` (the transcript's text) fills the turns' ``text``."""
        self.count += 1
        for table, row in table_rows(record, self.count, self._pages.next(record.source), text):
            self.db.execute(self._insert[table], row)

    def fail(self, failure: Failure) -> None:
        self.db.execute("INSERT INTO failures VALUES (?, ?)", (failure.source, failure.error))

    def close(self) -> None:
        # Indexes built once at the end are cheaper than kept up to date row by row.
        for table in TABLES:
            for sql in index_sql(table):
                self.db.execute(sql)
        # An external-content index: the words live once, in turns.text.
        self.db.execute(f"CREATE VIRTUAL TABLE {TURN_SEARCH} USING fts5(text, content='turns', content_rowid='rowid')")
        self.db.execute(f"INSERT INTO {TURN_SEARCH} ({TURN_SEARCH}) VALUES ('rebuild')")
        quantities = next(t for t in TABLES if t.name == "quantities")
        is_money = _MONEY_BY_DIMENSION if "dimension" in quantities.names else _MONEY_BY_UNIT
        for name, _, sql in VIEWS:
            self.db.execute(f"CREATE VIEW {_quote(name)} AS {sql.format(is_money=is_money)}")
        self.db.commit()


@contextmanager
def open_database(path: str | Path, generator: Generator) -> Iterator[DatabaseWriter]:
    """A writer whose database replaces ``path`` only when the block ends without error.

    Raises:
        ExtractorError: SQLite cannot write the database (a full disk, a folder it cannot write in);
            the old file is kept.
    """
    try:
        with atomic_path(path) as tmp:
            db = sqlite3.connect(tmp)
            try:
                # A private temporary file: no journal needed; it is synced once, before the rename.
                db.execute("PRAGMA journal_mode = OFF")
                db.execute("PRAGMA synchronous = OFF")
                writer = DatabaseWriter(db, generator, Path(path).stem)
                yield writer
                writer.close()
            finally:
                db.close()
    except sqlite3.Error as exc:
        raise ExtractorError(f"cannot write {path}: {exc}") from None
