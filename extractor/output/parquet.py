"""Parquet output: the quantity rows of the CSV, typed, written a transcript at a time (needs pyarrow)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ExtractorError
from ..records.models import Failure, Generator, TranscriptRecord
from .atomic import atomic_path
from .tables import QUANTITY_COLUMNS, QUANTITY_NUMBERS, PageNames, quantity_rows


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ExtractorError("Parquet output needs pyarrow: pip install 'transcript-facts[parquet]'") from None
    return pyarrow


class ParquetWriter:
    """One row group per transcript, so memory holds one transcript's rows at a time."""

    def __init__(self, path: Path, generator: Generator) -> None:
        pa = self._pa = _pyarrow()
        types = {"INTEGER": pa.int64(), "REAL": pa.float64()}
        self.schema = pa.schema(
            [(name, types.get(QUANTITY_NUMBERS.get(name, ""), pa.string())) for name in QUANTITY_COLUMNS],
            metadata={"generator": generator.model_dump_json()},
        )
        self._file = pa.parquet.ParquetWriter(path, self.schema)
        self._pages = PageNames()
        self.failures: list[Failure] = []

    def add(self, record: TranscriptRecord, text: str | None = None) -> None:
        rows = list(quantity_rows(record, self._pages.next(record.source)))
        if rows:
            self._file.write_table(self._pa.Table.from_pylist(rows, schema=self.schema))

    def fail(self, failure: Failure) -> None:
        self.failures.append(failure)  # a table of quantities has no place for them; the run reports them

    def close(self) -> None:
        self._file.close()


@contextmanager
def open_parquet(path: str | Path, generator: Generator) -> Iterator[ParquetWriter]:
    """A writer whose file replaces ``path`` only when the block ends without error."""
    _pyarrow()  # fail before any work when pyarrow is missing
    with atomic_path(path) as tmp:
        writer = ParquetWriter(tmp, generator)
        try:
            yield writer
        finally:
            writer.close()
