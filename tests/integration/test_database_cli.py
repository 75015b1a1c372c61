"""`extract corpus/ --out facts.sqlite --tables DIR` on a real transcript: the database and tables match facts.json."""
from __future__ import annotations

import csv
import json
import sqlite3

from extractor.api import extract
from extractor.cli import extract_cli
from extractor.output.tables import TABLES
from extractor.output.writers import to_json

from ..conftest import ROOT
from ..unit import roundtrip
from ..unit.test_database import JSON_LISTS, readme_queries, row_counts_match


def test_the_database_and_the_tables_hold_what_facts_json_holds(nlp, tmp_path, capsys):
    database, tables = tmp_path / "facts.sqlite", tmp_path / "tables"
    assert extract_cli([str(ROOT / "corpus"), "--out", str(database), "--tables", str(tables), "--quiet"]) == 0
    facts = json.loads(to_json(extract([ROOT / "corpus"], nlp=nlp)))
    assert facts["transcripts"] and facts["transcripts"][0]["quantities"]
    db = sqlite3.connect(database)
    row_counts_match(db, facts)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    answers = {title: db.execute(query).fetchall() for title, query in readme_queries().items()}
    # The corpus here is one trade briefing: no inflation, no Reuters; its figures are in yuan.
    assert answers["Every change in exports, by speaker"] and answers["Figures per topic"]
    assert answers["The largest money figure of each transcript, with no currency code listed"][0][4] == "CNY"
    for table in TABLES:
        with (tables / f"{table.name}.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        expected = len(facts["transcripts"]) if table.name == "transcripts" else sum(
            len(t[JSON_LISTS[table.name]]) for t in facts["transcripts"])
        assert len(rows) - 1 == expected, table.name
    # Every field of every record, value for value, in the database and in the CSVs.
    db.row_factory = sqlite3.Row
    in_db = {t.name: [dict(r) for r in db.execute(
        f"SELECT * FROM {t.name} ORDER BY {'id' if t.name == 'transcripts' else 'transcript, rowid'}")] for t in TABLES}
    assert roundtrip.check(facts, in_db, from_csv=False) > 1000
    in_csv = {t.name: list(csv.DictReader((tables / f"{t.name}.csv").open(encoding="utf-8", newline="")))
              for t in TABLES}
    assert roundtrip.check(facts, in_csv, from_csv=True) > 1000
    # What each turn says is there to read and to search.
    text = (ROOT / "corpus" / facts["transcripts"][0]["source"].split("corpus/")[-1]).read_text(encoding="utf-8")
    first = facts["transcripts"][0]["turns"][0]
    said = db.execute("SELECT text FROM turns WHERE transcript = 1 AND id = ?", (first["id"],)).fetchone()[0]
    assert said == " ".join(text[first["content_start"]:first["end"]].split())
    word = said.split()[-1].strip(".,?!")
    found = db.execute("SELECT count(*) FROM turns WHERE rowid IN "
                       "(SELECT rowid FROM turn_search WHERE turn_search MATCH ?)", (f'"{word}"',)).fetchone()[0]
    assert found >= 1


def test_a_database_to_standard_output_is_a_usage_error(tmp_path, capsys):
    assert extract_cli([str(ROOT / "corpus"), "--format", "sqlite", "--quiet"]) == 2
    assert "the sqlite format needs an output file (--out FILE)" in capsys.readouterr().err


def test_every_field_of_the_shared_corpus_is_in_every_table(shared, nlp, tmp_path):
    """The round trip on the 22 real transcripts: JSON, SQLite, the --tables CSVs and the CSV, from one run."""
    import io

    from extractor.api import iter_outcomes
    from extractor.output.writers import open_writer, render, write_tables
    from extractor.records.models import FactsDocument, Generator

    outcomes = list(iter_outcomes([shared / "corpus"], nlp=nlp))
    assert outcomes and all(o.record is not None for o in outcomes), [o.error for o in outcomes if o.error]
    document = FactsDocument(generator=Generator(name="extractor", version="0"),
                             transcripts=[o.record for o in outcomes])
    facts = json.loads(render(document, "json"))
    with open_writer(tmp_path / "f.sqlite", "sqlite", document.generator) as writer:
        for o in outcomes:
            writer.add(o.record, o.text)
    texts = {o.source: o.text for o in outcomes}
    write_tables(document.transcripts, tmp_path / "tables", texts)
    db = sqlite3.connect(tmp_path / "f.sqlite")
    db.row_factory = sqlite3.Row
    in_db = {t.name: [dict(r) for r in db.execute(
        f"SELECT * FROM {t.name} ORDER BY {'id' if t.name == 'transcripts' else 'transcript, rowid'}")] for t in TABLES}
    in_csv = {t.name: list(csv.DictReader((tmp_path / "tables" / f"{t.name}.csv").open(encoding="utf-8", newline="")))
              for t in TABLES}
    cells = roundtrip.check(facts, in_db, from_csv=False)
    assert roundtrip.check(facts, in_csv, from_csv=True) == cells > 10_000
    rows = list(csv.DictReader(io.StringIO(render(document, "csv"))))
    assert roundtrip.check(facts, {"quantities": rows}, from_csv=True, renames={"id": "quantity"})
    # What the issue asked for: the outlet of each exchange and the rate's denominator, in SQL.
    assert db.execute("SELECT count(*) FROM exchanges WHERE outlet IS NOT NULL").fetchone()[0] == sum(
        1 for t in facts["transcripts"] for e in t["exchanges"] if e["outlet"])
    assert db.execute("SELECT count(*) FROM quantities WHERE per IS NOT NULL").fetchone()[0] == sum(
        1 for t in facts["transcripts"] for q in t["quantities"] if q["per"])
    assert db.execute("SELECT count(*) FROM turns WHERE text IS NULL").fetchone()[0] == 0
