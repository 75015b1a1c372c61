"""Writing facts documents: JSON, JSON Lines, CSV, SQLite and Parquet, atomically.

Every format is in one registry, ``OUTPUT_FORMATS`` (name -> ``OutputFormat``):
``format_for_path`` picks one from a file name's suffix, and ``open_writer``
opens a writer for any of them (``add`` each record, ``fail`` each failure).
The text formats are byte-for-byte repeatable.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, TextIO

from ..errors import ExtractorError
from ..records.models import SCHEMA_VERSION, FactsDocument, Failure, Generator, TranscriptRecord
from .atomic import atomic_stream
from .database import open_database
from .parquet import open_parquet
from .tables import QUANTITY_COLUMNS, TABLES, PageNames, quantity_rows, table_rows

#: The text formats (``FactsWriter``, ``render``); every format is in ``OUTPUT_FORMATS`` below.
Format = Literal["json", "jsonl", "csv"]

#: The flat columns of the CSV output (one row per quantity): every field of the quantity record, nested
#: objects flattened (``tables.QUANTITY_VIEW``).
CSV_COLUMNS = QUANTITY_COLUMNS
#: Per context field, its confidence and its evidence (mechanism, span, text): a subset of ``CSV_COLUMNS``.
EVIDENCE_COLUMNS: tuple[str, ...] = tuple(c for c in QUANTITY_COLUMNS if c.startswith(("confidence_", "evidence_")))


#: How many of the JSON encoder's pieces (a key, a value, a bracket) are written at once.
_PIECES_PER_WRITE = 4096


class FactsWriter:
    """Write a facts document to a text stream one transcript at a time.

    Memory stays bounded whatever the number of transcripts: each record is
    written as it comes. The JSON format is byte-for-byte what
    ``json.dumps(document.model_dump(mode="json"), indent=2)`` gives for the
    whole document; failures, which are few, are kept and written last.
    """

    def __init__(self, stream: TextIO, fmt: Format, generator: Generator) -> None:
        self.stream = stream
        self.fmt = fmt
        self.generator = generator
        self.failures: list[Failure] = []
        self.count = 0
        self._csv = None
        self._pages = PageNames()
        self._closed = False
        if fmt == "json":
            head = {"schema_version": SCHEMA_VERSION, "generator": generator.model_dump(mode="json")}
            stream.write(_dumps(head)[:-2] + ',\n  "transcripts": [')
        elif fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
            self._csv.writeheader()

    def add(self, record: TranscriptRecord, text: str | None = None) -> None:
        """Write one transcript record (``text``, the transcript's text, is for the tabular formats)."""
        data = record.model_dump(mode="json")
        if self.fmt == "json":
            self.stream.write(("," if self.count else "") + "\n    ")
            # In pieces, indented as they come: the whole record as one string (and its indented copy) took
            # memory for twice its text, some 100 MB for a transcript of 50,000 figures. The encoder's pieces
            # are a few characters each: they are written some thousands at a time.
            pieces: list[str] = []
            for piece in _ENCODER.iterencode(data):
                pieces.append(piece)
                if len(pieces) == _PIECES_PER_WRITE:
                    self.stream.write("".join(pieces).replace("\n", "\n    "))
                    pieces.clear()
            self.stream.write("".join(pieces).replace("\n", "\n    "))
        elif self.fmt == "jsonl":
            self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            assert self._csv is not None  # made in __init__ for the csv format
            for row in quantity_rows(record, self._pages.next(record.source)):
                self._csv.writerow({k: "" if v is None else csv_cell(v) for k, v in row.items()})
        self.count += 1

    def fail(self, failure: Failure) -> None:
        """Record a file that could not be processed (written with the JSON document's end)."""
        self.failures.append(failure)

    def close(self) -> None:
        """Write what ends the document (once; closing again does nothing)."""
        if self._closed:
            return
        self._closed = True
        if self.fmt == "json":
            failures = [f.model_dump(mode="json") for f in self.failures]
            self.stream.write(("\n  ]" if self.count else "]") + ',\n  "failures": '
                              + _indent(_dumps(failures), "  ")[2:] + "\n}\n")


#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell that a spreadsheet shows as text: a string starting like a formula gets a leading ``'``.

    Numbers stay numbers (a negative value is not a formula); only text, which comes from transcripts
    and file names, is neutralised, as OWASP advises.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _indent(text: str, prefix: str) -> str:
    """``prefix`` before each line of ``text``, lines cut at ``\n`` only.

    ``textwrap.indent`` cuts at every line boundary ``str.splitlines`` knows, U+2028, U+2029 and
    U+0085 included, which ``json.dumps`` leaves unescaped inside strings: it would put spaces into
    the transcript's text.
    """
    return "\n".join(prefix + line if line.strip() else line for line in text.split("\n"))


#: The JSON output's encoder. A JSON string holds no raw newline (it is escaped), so every ``\n`` in what
#: it writes ends a line of the layout.
_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=2)


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def write_document(document: FactsDocument, stream: TextIO, fmt: Format = "json") -> None:
    """Write a whole document to ``stream`` in the given format."""
    writer = FactsWriter(stream, fmt, document.generator)
    for record in document.transcripts:
        writer.add(record)
    for failure in document.failures:
        writer.fail(failure)
    writer.close()


def render(document: FactsDocument, fmt: Format = "json") -> str:
    """The document in the given format, as text."""
    buffer = io.StringIO()
    write_document(document, buffer, fmt)
    return buffer.getvalue()


def to_json(document: FactsDocument) -> str:
    """The whole document as indented JSON (stable key order, no timestamps)."""
    return render(document, "json")


# --- the format registry -------------------------------------------------------------------------


class Writer(Protocol):
    """What every format's writer does: take records and failures as they come."""

    def add(self, record: TranscriptRecord, text: str | None = None) -> None: ...

    def fail(self, failure: Failure) -> None: ...


@dataclass(frozen=True)
class OutputFormat:
    """One output format.

    Attributes:
        name: What ``--format`` takes.
        suffixes: File name endings that choose it (lowercase, with the dot).
        description: One line for help texts.
        open: ``open(out, generator)``: a context manager giving a ``Writer``
            whose output replaces ``out`` (None: standard output) when the
            block ends without error, and is finished (closed) by then.
        streams: Whether it can be written to standard output.
    """

    name: str
    suffixes: tuple[str, ...]
    description: str
    open: Callable[[str | Path | None, Generator], AbstractContextManager[Writer]]
    streams: bool = True


def _text_opener(fmt: Format) -> Callable[[str | Path | None, Generator], AbstractContextManager[Writer]]:
    @contextmanager
    def open_text(out: str | Path | None, generator: Generator) -> Iterator[Writer]:
        with (atomic_stream(out) if out is not None else nullcontext(sys.stdout)) as stream:
            writer = FactsWriter(stream, fmt, generator)
            yield writer
            writer.close()

    return open_text


def _open_sqlite(out: str | Path | None, generator: Generator) -> AbstractContextManager[Writer]:
    if out is None:  # open_writer refuses it first
        raise ExtractorError("the sqlite format needs an output file (--out FILE)")
    return open_database(out, generator)


def _open_parquet(out: str | Path | None, generator: Generator) -> AbstractContextManager[Writer]:
    if out is None:  # open_writer refuses it first
        raise ExtractorError("the parquet format needs an output file (--out FILE)")
    return open_parquet(out, generator)


OUTPUT_FORMATS: Mapping[str, OutputFormat] = {
    f.name: f for f in (
        OutputFormat("json", (".json",), "one JSON document (the default)", _text_opener("json")),
        OutputFormat("jsonl", (".jsonl", ".ndjson"), "JSON Lines: one transcript per line", _text_opener("jsonl")),
        OutputFormat("csv", (".csv",), "one row per quantity", _text_opener("csv")),
        OutputFormat("sqlite", (".sqlite", ".sqlite3", ".db"), "a SQLite database: transcripts, participants, "
                     "turns, exchanges, topics, quantities", _open_sqlite, streams=False),
        OutputFormat("parquet", (".parquet",), "one row per quantity, as Parquet (needs pyarrow: the [parquet] "
                     "extra)", _open_parquet, streams=False),
    )
}
#: Every format name, for ``--format`` choices.
FORMATS: tuple[str, ...] = tuple(OUTPUT_FORMATS)


def format_for_path(path: str | Path) -> str | None:
    """The format a file name's suffix chooses, or None when no format has that suffix."""
    suffix = Path(path).suffix.lower()
    return next((f.name for f in OUTPUT_FORMATS.values() if suffix in f.suffixes), None)


def open_writer(out: str | Path | None, fmt: str, generator: Generator) -> AbstractContextManager[Writer]:
    """A writer for ``fmt`` whose output replaces ``out`` (None: standard output) when the block ends.

    Raises:
        ExtractorError: The format is unknown, or cannot go to standard output.
    """
    spec = OUTPUT_FORMATS.get(fmt)
    if spec is None:
        raise ExtractorError(f"unknown output format {fmt!r} (known: {', '.join(FORMATS)})")
    if out is None and not spec.streams:
        raise ExtractorError(f"the {fmt} format needs an output file (--out FILE)")
    return spec.open(out, generator)


def write_file(document: FactsDocument, out: str | Path | None, fmt: str = "json") -> None:
    """Write a whole document to ``out`` (None: standard output) in any registered format."""
    with open_writer(out, fmt, document.generator) as writer:
        for record in document.transcripts:
            writer.add(record)
        for failure in document.failures:
            writer.fail(failure)


def write_tables(records: Iterable[TranscriptRecord], out_dir: str | Path,
                 texts: Mapping[str, str] | None = None) -> list[Path]:
    """Write one CSV per database table (``transcripts.csv``, ``turns.csv``, ...) into ``out_dir``.

    ``texts`` maps a record's source to its transcript's text, for the turns' ``text`` column. Text
    cells that start like a formula are neutralised as in the CSV output (``csv_cell``). Each file is
    written atomically. Returns the paths written, in table order.
    """
    folder = Path(out_dir)
    paths = [folder / f"{t.name}.csv" for t in TABLES]
    with ExitStack() as stack:
        writers = {}
        for table, path in zip(TABLES, paths):
            writers[table.name] = csv.writer(stack.enter_context(atomic_stream(path)), lineterminator="\n")
            writers[table.name].writerow(table.names)
        pages = PageNames()
        for number, record in enumerate(records, 1):
            text = (texts or {}).get(record.source)
            for name, row in table_rows(record, number, pages.next(record.source), text):
                writers[name].writerow(["" if v is None else csv_cell(v) for v in row])
    return paths
