"""Writing results: formats, flat CSV rows, atomic and repeatable files."""
from __future__ import annotations

import csv
import io
import json

import pytest

from extractor.output.atomic import write_atomic
from extractor.output.writers import CSV_COLUMNS, render
from extractor.records.models import (
    Exchange,
    FactsDocument,
    Generator,
    Participant,
    Quantity,
    Topic,
    TranscriptRecord,
    Turn,
)


@pytest.fixture
def document():
    q = Quantity(
        id="q1", text="5%", start=20, end=22, value=5, unit="%", kind="change", direction="up",
        concept="exports", speaker="Lyu Daliang", role="official", turn="t2", exchange="e1", topic="k1",
    )
    record = TranscriptRecord(
        source="a.txt", encoding="utf-8", date="2025-01-13",
        participants=[Participant(id="p1", name="Lyu Daliang", kind="official")],
        turns=[
            Turn(id="t1", start=0, end=10, content_start=5, speaker="CGTN", participant=None, role="media"),
            Turn(id="t2", start=10, end=30, content_start=15, speaker="Lyu Daliang", participant="p1", role="official"),
        ],
        exchanges=[Exchange(id="e1", start=0, end=30, asked_by="CGTN", question_turns=["t1"], answer_turns=["t2"])],
        topics=[Topic(id="k1", start=0, end=30, label="export growth", keywords=["exports"])],
        quantities=[q],
    )
    return FactsDocument(generator=Generator(name="extractor", version="0"), transcripts=[record, record])


def test_json_is_one_document(document):
    data = json.loads(render(document, "json"))
    assert data["schema_version"] == "1.0"
    assert len(data["transcripts"]) == 2


def test_jsonl_is_one_transcript_per_line(document):
    lines = render(document, "jsonl").splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["source"] == "a.txt"


def test_csv_has_one_flat_row_per_quantity_with_context(document):
    rows = list(csv.DictReader(io.StringIO(render(document, "csv"))))
    assert len(rows) == 2
    assert tuple(rows[0]) == CSV_COLUMNS
    row = rows[0]
    assert (row["speaker"], row["asked_by"], row["topic_label"], row["value"], row["unit"]) == (
        "Lyu Daliang", "CGTN", "export growth", "5.0", "%",
    )
    assert row["low"] == ""  # empty, not "None"
    assert (row["transcript"], row["quantity"], row["turn"], row["report"]) == ("a.txt", "q1", "t2", "a.html#quantity-q1")
    # The same source twice gets the report's second page name.
    assert rows[1]["report"] == "a-2.html#quantity-q1"


def test_csv_cells_hold_no_line_break_and_name_who_answered():
    from .facts_fixture import city_document

    text = render(city_document("briefings/housing.txt"), "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(text.splitlines()) == len(rows) + 1  # no record spans two lines
    assert rows[0]["sentence_text"] == "Permits for new homes rose 12% in 2024."
    assert rows[0]["title"] == "Housing update" and rows[0]["transcript"] == "briefings/housing.txt"
    assert [r["answered_by_names"] for r in rows] == ["", "", "MAYOR DIAZ", "MAYOR DIAZ"]


def test_every_registered_format_writes_a_file(tmp_path):
    from extractor.output.writers import FORMATS, OUTPUT_FORMATS, format_for_path, write_file

    from .facts_fixture import city_document

    assert set(FORMATS) == {"json", "jsonl", "csv", "sqlite", "parquet"}
    for fmt, spec in OUTPUT_FORMATS.items():
        target = tmp_path / f"out{spec.suffixes[0]}"
        assert format_for_path(target) == fmt
        write_file(city_document(), target, fmt)
        assert target.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"out{s.suffixes[0]}" for s in OUTPUT_FORMATS.values())


def test_an_unknown_format_is_a_clear_error():
    from extractor.errors import ExtractorError
    from extractor.output.writers import open_writer

    with pytest.raises(ExtractorError, match="unknown output format 'xlsx'"):
        open_writer("f.xlsx", "xlsx", Generator(name="extractor", version="0"))


def test_rendering_is_repeatable(document):
    assert render(document, "json") == render(document.model_copy(deep=True), "json")


def test_write_atomic_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out" / "facts.json"
    write_atomic(target, "first")
    write_atomic(target, "second")
    assert target.read_text() == "second"
    assert [p.name for p in target.parent.iterdir()] == ["facts.json"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "facts.json"
    write_atomic(target, "good")


    with pytest.raises(TypeError):
        write_atomic(target, 12345)  # not text: the write fails half-way
    assert target.read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.json"]


def test_write_atomic_gives_the_usual_file_mode(tmp_path):
    import os
    import stat

    target = tmp_path / "facts.json"
    write_atomic(target, "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


@pytest.mark.parametrize("n_transcripts", [0, 1, 2])
@pytest.mark.parametrize("n_failures", [0, 2])
def test_streamed_json_is_exactly_the_whole_document_dumped(document, n_transcripts, n_failures):
    from extractor.records.models import Failure

    doc = document.model_copy(update={
        "transcripts": document.transcripts[:n_transcripts],
        "failures": [Failure(source=f"bad{i}.txt", error=f"bad{i}.txt: the file is empty") for i in range(n_failures)],
    })
    expected = json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert render(doc, "json") == expected


def test_atomic_stream_leaves_the_old_file_when_the_block_fails(tmp_path):
    from extractor.output.atomic import atomic_stream

    target = tmp_path / "facts.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_stream(target) as f:
        f.write("half a docu")
        raise RuntimeError("crash mid-way")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.json"]


@pytest.mark.parametrize("per_write", [1, 5, 4096])
def test_streamed_json_is_the_same_whatever_the_pieces_per_write(document, monkeypatch, per_write):
    from extractor.output import writers

    monkeypatch.setattr(writers, "_PIECES_PER_WRITE", per_write)
    expected = json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert render(document, "json") == expected
