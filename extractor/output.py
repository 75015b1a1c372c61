"""Writing facts documents: JSON, JSON Lines and CSV, atomically and byte-for-byte repeatable."""
from __future__ import annotations

import csv
import io
import json
import os
import secrets
import textwrap
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, TextIO

from .records import SCHEMA_VERSION, FactsDocument, Failure, Generator, TranscriptRecord

Format = Literal["json", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("json", "jsonl", "csv")

#: The flat columns of the CSV output: one row per quantity.
CSV_COLUMNS = (
    "transcript", "date", "speaker", "role", "exchange", "asked_by", "topic", "text", "start", "end",
    "value", "low", "high", "unit", "counted", "kind", "direction", "approx", "concept", "entity", "period", "sentence",
)


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
        if fmt == "json":
            head = {"schema_version": SCHEMA_VERSION, "generator": generator.model_dump(mode="json")}
            stream.write(_dumps(head)[:-2] + ',\n  "transcripts": [')
        elif fmt == "csv":
            self._csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
            self._csv.writeheader()

    def add(self, record: TranscriptRecord) -> None:
        """Write one transcript record."""
        data = record.model_dump(mode="json")
        if self.fmt == "json":
            self.stream.write(("," if self.count else "") + "\n" + textwrap.indent(_dumps(data), "    "))
        elif self.fmt == "jsonl":
            self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            for row in _csv_rows(record):
                self._csv.writerow({k: "" if v is None else csv_cell(v) for k, v in row.items()})
        self.count += 1

    def fail(self, failure: Failure) -> None:
        """Record a file that could not be processed (written with the JSON document's end)."""
        self.failures.append(failure)

    def close(self) -> None:
        """Write what ends the document."""
        if self.fmt == "json":
            failures = [f.model_dump(mode="json") for f in self.failures]
            self.stream.write(("\n  ]" if self.count else "]") + ',\n  "failures": '
                              + textwrap.indent(_dumps(failures), "  ")[2:] + "\n}\n")


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


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _csv_rows(t: TranscriptRecord) -> Iterable[dict]:
    asked_by = {e.id: e.asked_by for e in t.exchanges}
    topic_label = {k.id: k.label for k in t.topics}
    for q in t.quantities:
        yield {
            "transcript": t.source, "date": t.date, "speaker": q.speaker, "role": q.role,
            "exchange": q.exchange, "asked_by": asked_by.get(q.exchange) if q.exchange else None,
            "topic": topic_label.get(q.topic) if q.topic else None, "text": q.text, "start": q.start,
            "end": q.end, "value": q.value, "low": q.low, "high": q.high, "unit": q.unit,
            "counted": q.counted, "kind": q.kind, "direction": q.direction, "approx": q.approx,
            "concept": q.concept, "entity": q.entity, "period": q.period,
            "sentence": q.sentence.text if q.sentence else None,
        }


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


@contextmanager
def atomic_stream(path: str | Path) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without error.

    The text goes to a temporary file in the same folder, which then replaces
    the target in one rename, so a crash never leaves a truncated file.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
    # Created like a plain open() would (mode 0666 less the umask), but never over an existing file.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, content: str) -> None:
    """Write ``content`` to ``path`` atomically (see ``atomic_stream``)."""
    with atomic_stream(path) as f:
        f.write(content)
