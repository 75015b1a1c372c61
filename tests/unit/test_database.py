"""The SQLite output: its tables match the JSON document, keys hold, the README's queries run."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest

from extractor.errors import ExtractorError
from extractor.output.tables import TABLE_NAMES
from extractor.output.writers import open_writer, render, write_file
from extractor.records.models import TranscriptRecord

from ..conftest import ROOT
from .facts_fixture import TEXT, city_document, city_record

#: Each database table and the list of the JSON records it holds one row per item of.
JSON_LISTS = {"participants": "participants", "turns": "turns", "exchanges": "exchanges", "topics": "topics",
              "quantities": "quantities", "statements": "statements", "debris": "debris"}


def build(tmp_path, document, name="facts.sqlite"):
    path = tmp_path / name
    write_file(document, path, "sqlite")
    return sqlite3.connect(path)


def row_counts_match(db: sqlite3.Connection, facts: dict) -> None:
    """Every table's row count is the JSON document's count of the same records."""
    assert db.execute("SELECT count(*) FROM transcripts").fetchone()[0] == len(facts["transcripts"])
    for table, key in JSON_LISTS.items():
        expected = sum(len(t[key]) for t in facts["transcripts"])
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected, table
        # ... and per transcript, in output order.
        per = dict(db.execute(f"SELECT transcript, count(*) FROM {table} GROUP BY transcript"))
        assert [per.get(i, 0) for i in range(1, len(facts["transcripts"]) + 1)] == [
            len(t[key]) for t in facts["transcripts"]], table
    assert db.execute("SELECT count(*) FROM failures").fetchone()[0] == len(facts["failures"])


def test_every_table_has_as_many_rows_as_the_json_document_has_records(tmp_path):
    document = city_document("a/housing.txt", "b/housing.txt", failures=1)
    db = build(tmp_path, document)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not r[0].startswith("turn_search_")}
    assert tables == {*TABLE_NAMES, "failures", "meta", "currencies", "turn_search"}
    row_counts_match(db, json.loads(render(document, "json")))


def test_every_reference_is_a_foreign_key_that_holds(tmp_path):
    db = build(tmp_path, city_document("a/housing.txt", "b/housing.txt"))
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    references = {(table, row[3], row[2]) for table in TABLE_NAMES
                  for row in db.execute(f"PRAGMA foreign_key_list({table})")}
    assert {("quantities", "turn", "turns"), ("quantities", "topic", "topics"), ("turns", "participant", "participants"),
            ("exchanges", "topic", "topics"), ("quantities", "converts", "quantities")} <= references
    # A dangling reference is caught by SQLite itself.
    db.execute("UPDATE quantities SET turn = 't99' WHERE transcript = 2 AND id = 'q1'")
    assert [(r[0], r[2]) for r in db.execute("PRAGMA foreign_key_check")] == [("quantities", "turns")]


def test_the_usual_look_ups_are_indexed(tmp_path):
    db = build(tmp_path, city_document())
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM quantities WHERE unit = '%'"))
    assert "USING INDEX" in plan
    indexed = {(table, row[2]) for table in TABLE_NAMES for name, in
               db.execute(f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}'")
               for row in db.execute(f"PRAGMA index_info('{name}')")}
    for wanted in [("quantities", "transcript"), ("quantities", "speaker"), ("quantities", "topic"),
                   ("quantities", "unit"), ("turns", "speaker"), ("exchanges", "topic")]:
        assert wanted in indexed


def test_names_and_text_are_ready_to_read(tmp_path):
    db = build(tmp_path, city_document())
    assert db.execute("SELECT asked_by, answered_by_names, answered_by FROM exchanges").fetchone() == (
        "RIVERSIDE GAZETTE", "MAYOR DIAZ", '["diaz"]')
    sentence, report = db.execute("SELECT sentence_text, report FROM quantities WHERE id = 'q1'").fetchone()
    assert sentence == "Permits for new homes rose 12% in 2024."
    assert report == "2025-05-02_housing.html#quantity-q1"
    aliases = db.execute("SELECT value FROM participants, json_each(participants.aliases)").fetchall()
    assert aliases == [("MAYOR DIAZ",)]


def readme_queries() -> dict[str, str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return {title.strip(): sql for title, sql in re.findall(r"\n([^\n]+):\n\n```sql\n(.*?)```", readme, re.S)}


def analyst_document():
    """Two briefings of the city: one on inflation and fares (in US dollars), with a named outlet."""
    def briefing(source: str, date: str, fare: float) -> TranscriptRecord:
        record = city_record(source)
        q1, q2, q3, q4 = record.quantities
        exchange = record.exchanges[0].model_copy(update={"outlet": "Riverside Gazette"})
        return record.model_copy(update={
            "date": date, "exchanges": (exchange,),
            "quantities": (q1.model_copy(update={"concept": "consumer price inflation"}),
                           q2.model_copy(update={"unit": "USD", "dimension": "currency", "value": fare, "kind": "level", "direction": None}),
                           q3, q4.model_copy(update={"unit": "USD", "dimension": "currency", "value": fare / 2, "kind": "level",
                                                     "direction": None}))})

    return city_document("a.txt").model_copy(update={"transcripts": [
        briefing("june.txt", "2025-06-02", 3.5), briefing("may.txt", "2025-05-02", 2.5)]})


def test_the_readme_queries_run_and_answer_their_question(tmp_path):
    queries = readme_queries()
    assert set(queries) == {"Every change in exports, by speaker", "Figures per topic", "Figures on inflation, by date",
                            "Every question a given outlet asked, with its text",
                            "The largest money figure of each transcript, with no currency code listed",
                            "Every answer that mentions tariffs (full-text search)"}
    db = build(tmp_path, city_document("a/housing.txt", "b/housing.txt"))
    changes = db.execute(queries["Every change in exports, by speaker"]).fetchall()
    assert [(r[0], r[2], r[6]) for r in changes] == [("MAYOR DIAZ", "5%", "exports")] * 2
    per_topic = db.execute(queries["Figures per topic"]).fetchall()
    assert per_topic == [("a/housing.txt", "Housing permits", 2), ("a/housing.txt", "New homes", 2),
                         ("b/housing.txt", "Housing permits", 2), ("b/housing.txt", "New homes", 2)]

    path = tmp_path / "analyst.sqlite"
    with open_writer(path, "sqlite", city_document().generator) as writer:
        for record in analyst_document().transcripts:
            writer.add(record, TEXT.replace("exports", "tariffs"))
    db = sqlite3.connect(path)
    inflation = db.execute(queries["Figures on inflation, by date"]).fetchall()
    assert [(r[0], r[3], r[10]) for r in inflation] == [("2025-05-02", "12%", "consumer price inflation"),
                                                        ("2025-06-02", "12%", "consumer price inflation")]
    asked = db.execute(queries["Every question a given outlet asked, with its text"].replace(
        "Reuters", "Gazette")).fetchall()
    assert asked == [("2025-05-02", "Housing update", "RIVERSIDE GAZETTE", "Riverside Gazette",
                      "How many homes will be built?"),
                     ("2025-06-02", "Housing update", "RIVERSIDE GAZETTE", "Riverside Gazette",
                      "How many homes will be built?")]
    largest = db.execute(next(q for t, q in queries.items() if t.startswith("The largest money"))).fetchall()
    assert [(r[1], r[2], r[3], r[4]) for r in largest] == [("2025-05-02", "3%", 2.5, "USD"),
                                                           ("2025-06-02", "3%", 3.5, "USD")]
    tariffs = db.execute(queries["Every answer that mentions tariffs (full-text search)"]).fetchall()
    assert [r[1] for r in tariffs] == ["MAYOR DIAZ", "MAYOR DIAZ"] and "tariffs of the port" in tariffs[0][2]


def test_a_rerun_replaces_the_database_and_a_failed_run_keeps_the_old_one(tmp_path):
    path = tmp_path / "facts.sqlite"
    write_file(city_document("a.txt", "b.txt"), path, "sqlite")
    write_file(city_document("c.txt"), path, "sqlite")
    assert sqlite3.connect(path).execute("SELECT source FROM transcripts").fetchall() == [("c.txt",)]
    with pytest.raises(RuntimeError), open_writer(path, "sqlite", city_document().generator) as writer:
        writer.add(city_record("d.txt"))
        raise RuntimeError("crash mid-way")
    assert sqlite3.connect(path).execute("SELECT source FROM transcripts").fetchall() == [("c.txt",)]
    assert [p.name for p in tmp_path.iterdir()] == ["facts.sqlite"]


def test_a_database_cannot_go_to_standard_output():
    with pytest.raises(ExtractorError, match="needs an output file"):
        write_file(city_document(), None, "sqlite")


def test_parquet_holds_the_csv_rows_typed(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    import csv
    import io

    document = city_document("a.txt", "b.txt")
    write_file(document, tmp_path / "q.parquet", "parquet")
    table = pq.read_table(tmp_path / "q.parquet")
    rows = list(csv.DictReader(io.StringIO(render(document, "csv"))))
    assert table.column_names == list(rows[0])
    assert table.num_rows == len(rows) == 8
    assert table.column("value").to_pylist()[:2] == [12.0, 3.0]
    assert table.column("report").to_pylist()[4] == "b.html#quantity-q1"


def test_a_full_disk_is_a_clear_error_and_the_old_database_stays(tmp_path, monkeypatch, capsys):
    from extractor.cli import extract_cli
    from extractor.output import database

    path = tmp_path / "facts.sqlite"
    write_file(city_document("old.txt"), path, "sqlite")

    def full(self, record, text=None):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database.DatabaseWriter, "add", full)
    with pytest.raises(ExtractorError, match=r"cannot write .*facts.sqlite: database or disk is full"):
        write_file(city_document("new.txt"), path, "sqlite")
    assert sqlite3.connect(path).execute("SELECT source FROM transcripts").fetchall() == [("old.txt",)]
    assert [p.name for p in tmp_path.iterdir()] == ["facts.sqlite"]
    (tmp_path / "a.txt").write_text("MAYOR: Fares rise 2% in May.\n", encoding="utf-8")
    monkeypatch.setattr("extractor.api.default_pipeline", lambda config=None: __import__("spacy").blank("en"))
    monkeypatch.setattr("extractor.api._process", lambda *a, **k: city_record("a.txt"))
    assert extract_cli([str(tmp_path / "a.txt"), "--out", str(path), "--quiet"]) == 2
    assert "database or disk is full" in capsys.readouterr().err


def test_a_folder_sqlite_cannot_write_in_is_a_clear_error(tmp_path, monkeypatch):
    # As root every folder is writable: SQLite's own refusal is what the writer must turn into a message.
    def refuse(path, *args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    with pytest.raises(ExtractorError, match=r"cannot write .*facts.sqlite: unable to open database file"):
        write_file(city_document(), tmp_path / "facts.sqlite", "sqlite")
    assert list(tmp_path.iterdir()) == []


def test_what_each_turn_says_is_searchable(tmp_path):
    from .facts_fixture import TEXT

    path = tmp_path / "facts.sqlite"
    with open_writer(path, "sqlite", city_document().generator) as writer:
        writer.add(city_record("a.txt"), TEXT)
        writer.add(city_record("b.txt"))  # no text at hand: the turns' text is empty
    db = sqlite3.connect(path)
    assert db.execute("SELECT text FROM turns WHERE transcript = 1 AND id = 't2'").fetchone() == (
        "How many homes will be built?",)
    assert db.execute("SELECT count(*) FROM turns WHERE text IS NULL").fetchone() == (3,)
    hits = db.execute("SELECT t.transcript, t.id FROM turn_search JOIN turns AS t ON t.rowid = turn_search.rowid "
                      "WHERE turn_search MATCH 'exports'").fetchall()
    assert hits == [(1, "t3")]
    questions = db.execute("SELECT transcript, asked_by, text FROM questions").fetchall()
    assert questions == [(1, "RIVERSIDE GAZETTE", "How many homes will be built?"), (2, "RIVERSIDE GAZETTE", None)]
