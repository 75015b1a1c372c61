"""Every field of every record reaches every tabular output: SQLite, the --tables CSVs, the CSV and Parquet.

The expected columns are worked out from the record models (tests/unit/roundtrip.py), so a field added
to a record is checked here without a change to this module, and fails here until it reaches the tables.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from extractor.output.tables import TABLE_NAMES
from extractor.output.writers import render, write_file, write_tables
from extractor.records.models import Debris, FactsDocument, Generator, Handoff, Statement, TranscriptRecord

from . import roundtrip
from .facts_fixture import TEXT, city_record


def full_record(source: str) -> TranscriptRecord:
    """The city briefing with a value in every optional field a table could drop."""
    record = city_record(source)
    q2 = record.quantities[2].model_copy(update={"per": "household", "converts": "q1"})
    label = TEXT.index("MAYOR DIAZ", TEXT.index("RIVERSIDE"))
    exchange = record.exchanges[0].model_copy(update={
        "outlet": "Riverside Gazette",
        "handoffs": (Handoff(start=label, end=label + 10, text="MAYOR DIAZ", from_turn="t3", to_participant="diaz"),)})
    data = record.model_copy(update={
        "quantities": (*record.quantities[:2], q2, record.quantities[3]), "exchanges": (exchange,),
        "statements": (Statement(id="s1", kind="opening", turns=("t1",), start=record.turns[0].start,
                                 end=record.turns[0].end),),
        "debris": (Debris(start=0, end=7, kind="page-header"),),
        "time": "10:00", "place": "City Hall\nRoom 2", "organiser": "City of Riverside", "translators": ("Kim",),
        "warnings": ("-1 stray byte",), "unlabelled": True,
    }).model_dump()
    return TranscriptRecord.model_validate(data, context={"text": TEXT})


@pytest.fixture
def document() -> FactsDocument:
    return FactsDocument(generator=Generator(name="extractor", version="0"),
                         transcripts=[full_record("a/housing.txt"), full_record("=b.txt")])


def _facts(document) -> dict:
    return json.loads(render(document, "json"))


def _sqlite_rows(path) -> dict[str, list[dict]]:
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    order = {name: "id" if name == "transcripts" else "transcript, rowid" for name in TABLE_NAMES}
    return {name: [dict(r) for r in db.execute(f"SELECT * FROM {name} ORDER BY {order[name]}")]
            for name in TABLE_NAMES}


def test_every_list_of_records_is_a_table():
    assert set(roundtrip.record_lists()) | {"transcripts"} == set(TABLE_NAMES)


def test_every_field_is_in_the_database(tmp_path, document):
    write_file(document, tmp_path / "f.sqlite", "sqlite")
    rows = _sqlite_rows(tmp_path / "f.sqlite")
    assert roundtrip.check(_facts(document), rows, from_csv=False) > 200


def test_every_field_is_in_the_tables_csvs(tmp_path, document):
    paths = write_tables(document.transcripts, tmp_path / "tables")
    rows = {p.stem: list(csv.DictReader(p.open(encoding="utf-8", newline=""))) for p in paths}
    assert roundtrip.check(_facts(document), rows, from_csv=True) > 200


def test_every_quantity_field_is_in_the_csv_and_the_parquet(tmp_path, document):
    facts = _facts(document)
    rows = list(csv.DictReader(io.StringIO(render(document, "csv"))))
    assert roundtrip.check(facts, {"quantities": rows}, from_csv=True, renames={"id": "quantity"}) > 50
    pq = pytest.importorskip("pyarrow.parquet")
    write_file(document, tmp_path / "q.parquet", "parquet")
    rows = pq.read_table(tmp_path / "q.parquet").to_pylist()
    assert roundtrip.check(facts, {"quantities": rows}, from_csv=False, renames={"id": "quantity"}) > 50


def test_a_dropped_field_fails_the_check(tmp_path, document):
    write_file(document, tmp_path / "f.sqlite", "sqlite")
    rows = _sqlite_rows(tmp_path / "f.sqlite")
    for row in rows["quantities"]:
        del row["per"]
    with pytest.raises(AssertionError, match=r"per"):
        roundtrip.check(_facts(document), rows, from_csv=False)
    rows = _sqlite_rows(tmp_path / "f.sqlite")
    rows["exchanges"][0]["outlet"] = None
    with pytest.raises(AssertionError, match=r"exchanges\.outlet"):
        roundtrip.check(_facts(document), rows, from_csv=False)


def test_a_new_nested_field_is_flattened_into_prefixed_columns():
    """A field holding an object (as a quantity's confidence or evidence will) needs no code in the tables."""
    from pydantic import create_model

    from extractor.output.tables import model_columns
    from extractor.records.models import Record

    note = create_model("Note", __base__=Record, mechanism=(str, ...), start=(int | None, None))
    evidence = create_model("Evidence", __base__=Record, concept=(note | None, None), unit=(note | None, None))
    scores = create_model("Scores", __base__=Record, concept=(float, 0.0))
    model = create_model("Figure", __base__=Record, id=(str, ...), dimension=(str | None, None),
                         confidence=(scores | None, None), evidence=(evidence | None, None))
    columns = {c.name: c.type for c in model_columns(model)}
    assert columns == {"id": "TEXT", "dimension": "TEXT", "confidence_concept": "REAL",
                       "evidence_concept_mechanism": "TEXT", "evidence_concept_start": "INTEGER",
                       "evidence_unit_mechanism": "TEXT", "evidence_unit_start": "INTEGER"}
    assert set(columns) == roundtrip.column_names(model)
