"""A SQLite database of the facts: the tables of ``extractor.tables`` with keys, foreign keys and indexes.

Written with the standard ``sqlite3`` module, one transcript at a time, into
a temporary file beside the target that replaces it in one rename when the
run ends (so a reader never sees half a database, and a failed run leaves
the old one). Besides the six fact tables it holds ``failures`` (files that
could not be processed) and ``meta`` (schema version, generator).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .output import atomic_path
from .records import SCHEMA_VERSION, Failure, Generator, TranscriptRecord
from .tables import TABLES, PageNames, Table, table_rows


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_sql(table: Table) -> str:
    """``CREATE TABLE`` for one table: its key and a composite foreign key per reference."""
    lines = [f"{_quote(c.name)} {c.type}" + (" NOT NULL" if c.name in table.key else "") for c in table.columns]
    lines.append(f"PRIMARY KEY ({', '.join(map(_quote, table.key))})")
    for c in table.columns:
        if c.refers_to == "transcripts":
            lines.append(f"FOREIGN KEY ({_quote(c.name)}) REFERENCES transcripts (id)")
        elif c.refers_to:
            # Ids are unique within a transcript: the reference is (transcript, id).
            lines.append(f"FOREIGN KEY (transcript, {_quote(c.name)}) REFERENCES {_quote(c.refers_to)} (transcript, id)")
    return f"CREATE TABLE {_quote(table.name)} (\n  " + ",\n  ".join(lines) + "\n)"


def index_sql(table: Table) -> list[str]:
    return [
        f"CREATE INDEX {_quote(table.name + '_' + '_'.join(cols))} ON {_quote(table.name)} ({', '.join(map(_quote, cols))})"
        for cols in table.indexes
    ]


class DatabaseWriter:
    """Add transcript records and failures to an open SQLite connection; ``close`` commits and indexes."""

    def __init__(self, connection: sqlite3.Connection, generator: Generator) -> None:
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
        meta = {"schema_version": SCHEMA_VERSION, **{f"generator_{k}": v for k, v in generator.model_dump().items()}}
        self.db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())

    def add(self, record: TranscriptRecord) -> None:
        self.count += 1
        for table, row in table_rows(record, self.count, self._pages.next(record.source)):
            self.db.execute(self._insert[table], row)

    def fail(self, failure: Failure) -> None:
        self.db.execute("INSERT INTO failures VALUES (?, ?)", (failure.source, failure.error))

    def close(self) -> None:
        # Indexes built once at the end are cheaper than kept up to date row by row.
        for table in TABLES:
            for sql in index_sql(table):
                self.db.execute(sql)
        self.db.commit()


@contextmanager
def open_database(path: str | Path, generator: Generator) -> Iterator[DatabaseWriter]:
    """A writer whose database replaces ``path`` only when the block ends without error."""
    with atomic_path(path) as tmp:
        db = sqlite3.connect(tmp)
        try:
            # A private temporary file: no journal needed; it is synced once, before the rename.
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            writer = DatabaseWriter(db, generator)
            yield writer
            writer.close()
        finally:
            db.close()
