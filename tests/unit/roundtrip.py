"""Check that every field of every record of a facts document is in a tabular output, value for value.

The expected cells are worked out here from the record models and the JSON, independently of
``extractor.output.tables``: each field of a record is a column of the same name; a field holding one
nested object is one column per field of that object, named ``object_field`` (however deep); a
field holding a list of records is a table of its own, named as the field; any other list or
mapping is JSON text. A field added to a record is checked without changing this module.
"""
from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any, Union

from pydantic import BaseModel

from extractor.records.models import TranscriptRecord


def _bare(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (Union, types.UnionType):
        rest = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return annotation


def _model(annotation: Any) -> type[BaseModel] | None:
    bare = _bare(annotation)
    return bare if isinstance(bare, type) and issubclass(bare, BaseModel) else None


def record_lists(model: type[BaseModel] = TranscriptRecord) -> dict[str, type[BaseModel]]:
    """The fields of ``model`` that hold a list of records -> the record type (each one table)."""
    out = {}
    for name, field in model.model_fields.items():
        if typing.get_origin(field.annotation) in (tuple, list):
            args = [a for a in typing.get_args(field.annotation) if a is not Ellipsis]
            if len(args) == 1 and _model(args[0]):
                out[name] = args[0]
    return out


def column_names(model: type[BaseModel], skip: Iterable[str] = (), prefix: str = "") -> set[str]:
    """Every column the fields of ``model`` must give, nested objects flattened."""
    names = set()
    for name, field in model.model_fields.items():
        if name in skip:
            continue
        nested = _model(field.annotation)
        names |= column_names(nested, prefix=f"{prefix}{name}_") if nested else {prefix + name}
    return names


def expected_cells(model: type[BaseModel], data: Mapping[str, Any] | None, skip: Iterable[str] = (),
                   prefix: str = "") -> dict[str, tuple[Any, bool]]:
    """Column -> (the JSON value, whether the cell is JSON text) for one record's JSON ``data``."""
    out: dict[str, tuple[Any, bool]] = {}
    for name, field in model.model_fields.items():
        if name in skip:
            continue
        value = None if data is None else data.get(name)
        nested = _model(field.annotation)
        if nested:
            out.update(expected_cells(nested, value, prefix=f"{prefix}{name}_"))
        else:
            out[prefix + name] = (value, isinstance(value, (list, dict)))
    return out


def _same(cell: Any, expected: Any, is_json: bool, verbatim: bool, from_csv: bool) -> bool:
    if expected is None:
        return cell in (None, "")
    if is_json:
        return json.loads(cell) == expected
    if isinstance(expected, bool):
        expected = int(expected)
    if isinstance(expected, str):
        text = expected if verbatim else " ".join(expected.split())
        if from_csv and text.startswith(("=", "+", "-", "@", "\t", "\r")):
            text = "'" + text
        return cell == text
    if from_csv:
        return float(cell) == float(expected)
    return cell == expected


def check(facts: dict, rows: Mapping[str, list[dict]], *, from_csv: bool, renames: Mapping[str, str] = {}) -> int:
    """Assert every field of every record in ``facts`` is in ``rows`` (table -> rows as dicts, in order).

    ``rows`` holds a ``transcripts`` table and one table per list of records (or any subset of those);
    a child table's rows carry the transcript's number in ``transcript``. Returns the cells compared.
    """
    children = record_lists()
    compared = 0
    for table, table_rows in rows.items():
        model = TranscriptRecord if table == "transcripts" else children[table]
        skip = set(children) if table == "transcripts" else set()
        wanted = {renames.get(n, n) for n in column_names(model, skip)}
        assert table_rows is not None
        if table_rows:
            missing = wanted - set(table_rows[0])
            assert not missing, f"{table}: no column for the fields {sorted(missing)}"
        items = facts["transcripts"] if table == "transcripts" else [
            item for t in facts["transcripts"] for item in t[table]]
        assert len(table_rows) == len(items), table
        for row, item in zip(table_rows, items):
            for column, (value, is_json) in expected_cells(model, item, skip).items():
                column = renames.get(column, column)
                assert _same(row[column], value, is_json, column == "source", from_csv), (
                    f"{table}.{column}: {row[column]!r} in the table, {value!r} in the JSON")
                compared += 1
    return compared
