"""The flat tables behind CSV, --tables, SQLite and Parquet: names, ids, one-line text, report anchors."""
from __future__ import annotations

import csv

import pytest

from extractor.output.tables import QUANTITY_COLUMNS, TABLES, PageNames, one_line, quantity_rows, table_rows
from extractor.output.writers import format_for_path, write_tables
from extractor.records.people import answerer_names, participant_labels
from extractor.report import page_names

from .facts_fixture import city_record


def test_people_are_named_by_the_label_the_transcript_uses_not_by_id():
    record = city_record()
    labels = participant_labels(record)
    assert answerer_names(record.exchanges[0], labels) == ["MAYOR DIAZ"]


def test_a_participant_who_never_speaks_is_named_by_their_name_and_an_unknown_id_stays():
    record = city_record()
    record = record.model_copy(update={"turns": [t.model_copy(update={"participant": None}) for t in record.turns]})
    exchange = record.exchanges[0].model_copy(update={"answered_by": ["diaz", "nobody"]})
    assert answerer_names(exchange, participant_labels(record)) == ["Ana Diaz", "nobody"]


def test_one_line_joins_every_whitespace_run():
    assert one_line("Permits\nrose  12%\r\n\tin 2024. ") == "Permits rose 12% in 2024."
    assert one_line(None) is None


def test_quantity_rows_carry_ids_names_and_the_report_anchor():
    record = city_record("briefings/city/2025-05-02_housing.txt")
    rows = list(quantity_rows(record, "2025-05-02_housing.html"))
    assert [tuple(r) for r in rows] == [QUANTITY_COLUMNS] * 4
    first, answer = rows[0], rows[2]
    assert first["transcript"] == "briefings/city/2025-05-02_housing.txt"  # as given: relative stays relative
    assert (first["title"], first["quantity"], first["turn"], first["topic_label"]) == ("Housing update", "q1", "t1",
                                                                                         "Housing permits")
    assert first["sentence_text"] == "Permits for new homes rose 12% in 2024."
    assert first["report"] == "2025-05-02_housing.html#quantity-q1"
    assert (first["exchange"], first["asked_by"], first["answered_by_names"]) == (None, None, None)
    assert (answer["exchange"], answer["asked_by"], answer["answered_by_names"]) == ("e1", "RIVERSIDE GAZETTE",
                                                                                "MAYOR DIAZ")


def test_every_text_cell_is_on_one_line_but_paths_stay_as_given():
    record = city_record("my briefings/2025-05-02  housing.txt")
    q = record.quantities[3].model_copy(update={"entity": "the port\nauthority", "concept": "exports\r\nof goods"})
    record = record.model_copy(update={"quantities": [q], "title": "Housing\nupdate"})
    row = next(quantity_rows(record, "p.html"))
    assert (row["entity"], row["concept"], row["title"]) == ("the port authority", "exports of goods", "Housing update")
    assert row["transcript"] == "my briefings/2025-05-02  housing.txt"
    cells = [v for _, r in table_rows(record, 1, "p.html") for v in r if isinstance(v, str)]
    assert not any("\n" in c or "\r" in c for c in cells)
    assert "my briefings/2025-05-02  housing.txt" in cells


def test_table_rows_fit_their_tables_and_come_after_what_they_refer_to():
    record = city_record()
    rows = list(table_rows(record, 7, "p.html"))
    widths = {t.name: len(t.columns) for t in TABLES}
    assert all(len(row) == widths[name] for name, row in rows)
    counts = {name: sum(n == name for n, _ in rows) for name in widths}
    assert counts == {"transcripts": 1, "participants": 1, "topics": 2, "exchanges": 1, "turns": 3, "quantities": 4,
                      "statements": 0, "debris": 0}
    order = [name for name, _ in rows]
    for table in TABLES:
        for column in table.columns:
            if column.refers_to and column.refers_to != table.name and table.name in order:
                assert order.index(column.refers_to) < order.index(table.name), (table.name, column.name)
    assert all(row[0] == 7 for _, row in rows)


def test_page_names_follow_the_report_in_order():
    sources = ["a/briefing.txt", "b/Briefing.md", "c/briefing.txt", "index.txt"]
    namer = PageNames()
    assert [namer.next(s) for s in sources] == page_names(sources)


def test_tables_dir_has_one_csv_per_table_with_no_line_break_in_a_cell(tmp_path):
    records = [city_record("a/housing.txt"), city_record("b/housing.txt")]
    paths = write_tables(records, tmp_path / "tables")
    assert [p.name for p in paths] == [f"{t.name}.csv" for t in TABLES]
    for table, path in zip(TABLES, paths):
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert tuple(rows[0]) == table.names
        assert all("\n" not in cell for row in rows for cell in row if table.name == "quantities")
    quantities = list(csv.DictReader((tmp_path / "tables" / "quantities.csv").open(encoding="utf-8")))
    assert [(r["transcript"], r["id"]) for r in quantities][3:5] == [("1", "q4"), ("2", "q1")]
    assert quantities[4]["report"] == "housing-2.html#quantity-q1"
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == sorted(p.name for p in paths)


@pytest.mark.parametrize("name, fmt", [("facts.json", "json"), ("F.JSONL", "jsonl"), ("q.csv", "csv"),
                                       ("facts.sqlite", "sqlite"), ("facts.db", "sqlite"), ("q.parquet", "parquet"),
                                       ("facts.xlsx", None), ("facts", None)])
def test_the_format_follows_the_suffix(name, fmt):
    assert format_for_path(name) == fmt


def test_tables_csvs_neutralise_cells_that_start_like_a_formula(tmp_path):
    record = city_record("=cmd.txt")
    q = record.quantities[3].model_copy(update={"entity": "=HYPERLINK(\"http://x\")", "concept": "+exports"})
    record = record.model_copy(update={"quantities": [q], "title": "@Housing"})
    write_tables([record], tmp_path)
    transcripts = next(csv.DictReader((tmp_path / "transcripts.csv").open(encoding="utf-8")))
    quantity = next(csv.DictReader((tmp_path / "quantities.csv").open(encoding="utf-8")))
    assert (transcripts["source"], transcripts["title"]) == ("'=cmd.txt", "'@Housing")
    assert (quantity["entity"], quantity["concept"]) == ("'=HYPERLINK(\"http://x\")", "'+exports")
    assert quantity["value"] == "5.0"  # numbers stay numbers


def test_no_two_columns_of_a_table_share_a_name():
    """A field added to a record under a derived column's name (a turn's `text`) must be noticed here."""
    for table in TABLES:
        assert len(set(table.names)) == len(table.names), table.name
    assert len(set(QUANTITY_COLUMNS)) == len(QUANTITY_COLUMNS)
