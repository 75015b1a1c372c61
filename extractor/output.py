"""Writing facts documents: JSON, JSON Lines and CSV, atomically and byte-for-byte repeatable."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from .records import FactsDocument, TranscriptRecord

Format = Literal["json", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("json", "jsonl", "csv")

#: The flat columns of the CSV output: one row per quantity.
CSV_COLUMNS = (
    "transcript", "date", "speaker", "role", "exchange", "asked_by", "topic", "text", "start", "end",
    "value", "low", "high", "unit", "counted", "kind", "direction", "approx", "concept", "entity", "period", "sentence",
)


def to_json(document: FactsDocument) -> str:
    """The whole document as indented JSON (stable key order, no timestamps)."""
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def to_jsonl(document: FactsDocument) -> str:
    """One transcript record per line."""
    return "".join(
        json.dumps(t.model_dump(mode="json"), ensure_ascii=False) + "\n" for t in document.transcripts
    )


def _csv_rows(transcripts: Iterable[TranscriptRecord]) -> Iterable[dict]:
    for t in transcripts:
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


def to_csv(document: FactsDocument) -> str:
    """One row per quantity, with flat columns a spreadsheet opens directly."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in _csv_rows(document.transcripts):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()


def render(document: FactsDocument, fmt: Format = "json") -> str:
    """The document in the given format."""
    return {"json": to_json, "jsonl": to_jsonl, "csv": to_csv}[fmt](document)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, content: str) -> None:
    """Write ``content`` to ``path`` so that a crash never leaves a truncated file.

    The text goes to a temporary file in the same folder, which then replaces
    the target in one rename.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
