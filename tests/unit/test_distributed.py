"""Merging Ray shards: order, failures, and clear errors (no Ray needed)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from extractor.cli import extract_cli
from extractor.distributed import merge_shards
from extractor.errors import ExtractorError
from extractor.records.models import TranscriptRecord


def write_shard(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_shards_merge_in_source_order_with_failures(tmp_path):
    b = TranscriptRecord(source="b.txt", encoding="utf-8").model_dump_json()
    a = TranscriptRecord(source="a.txt", encoding="utf-8").model_dump_json()
    write_shard(tmp_path / "1.json", [{"source": "b.txt", "record": b, "error": "", "model": "en_sm==3.8.0"}])
    write_shard(tmp_path / "2.json", [{"source": "a.txt", "record": a, "error": "", "model": "en_sm==3.8.0"},
                                      {"source": "c.txt", "record": "", "error": "c.txt: the file is empty", "model": ""}])
    doc = merge_shards(tmp_path)
    assert [t.source for t in doc.transcripts] == ["a.txt", "b.txt"]
    assert [f.error for f in doc.failures] == ["c.txt: the file is empty"]
    assert doc.generator.model == "en_sm==3.8.0"


def test_a_broken_shard_line_is_named(tmp_path):
    (tmp_path / "1.json").write_text('{"source": "a.txt", "record": "{not json"}\n', encoding="utf-8")
    with pytest.raises(ExtractorError, match=r"1\.json:1: not a shard row"):
        merge_shards(tmp_path)


def test_merge_cli_reports_a_broken_shard_without_a_traceback(tmp_path, capsys):
    (tmp_path / "1.json").write_text("garbage\n", encoding="utf-8")
    assert extract_cli(["merge", str(tmp_path), "-o", str(tmp_path / "f.json")]) == 2
    err = capsys.readouterr().err
    assert "not a shard row" in err and "Traceback" not in err


def test_ray_refuses_a_shard_folder_that_is_not_empty(tmp_path, capsys):
    pytest.importorskip("ray")
    (tmp_path / "old.json").write_text("{}\n")
    assert extract_cli(["ray", str(tmp_path), "--shards", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err


# --- every bad shard line named, the merge refused as a whole (issue 16 item 7) ---------------------


def _good_row(source="a.txt"):
    return {"source": source, "record": TranscriptRecord(source=source, encoding="utf-8").model_dump_json(),
            "error": "", "model": "m"}


@pytest.mark.parametrize(
    "line, problem",
    [
        (b"[1, 2]\n", "a JSON list, not an object"),
        (b'"text"\n', "a JSON str, not an object"),
        (b'{"record": "", "error": "x"}\n', "no source"),
        (b'{"source": "b.txt", "record": "", "error": ""}\n', "neither a record nor an error"),
        (b'{"source": "b.txt", "record": "{\\"source\\": 5}"}\n', "does not validate"),
        (b"\xff\xfe{}\n", "not UTF-8"),
    ],
)
def test_each_bad_shard_line_is_named_by_file_and_line(tmp_path, line, problem):
    (tmp_path / "1.json").write_bytes((json.dumps(_good_row()) + "\n").encode() + line)
    with pytest.raises(ExtractorError, match="not merged") as caught:
        merge_shards(tmp_path)
    assert "1.json:2: " in str(caught.value) and problem in str(caught.value)


def test_every_problem_is_listed_not_only_the_first(tmp_path):
    (tmp_path / "1.json").write_text("garbage\n[]\n" + json.dumps(_good_row()) + "\n", encoding="utf-8")
    with pytest.raises(ExtractorError, match="2 problems") as caught:
        merge_shards(tmp_path)
    assert "1.json:1:" in str(caught.value) and "1.json:2:" in str(caught.value)


def test_a_duplicate_transcript_is_refused(tmp_path):
    write_shard(tmp_path / "1.json", [_good_row("a.txt")])
    write_shard(tmp_path / "2.json", [_good_row("a.txt")])
    with pytest.raises(ExtractorError, match=r"2\.json:1: 'a.txt' was already read at .*1\.json:1"):
        merge_shards(tmp_path)


def test_a_folder_named_like_a_shard_and_a_broken_link_are_named(tmp_path):
    write_shard(tmp_path / "1.json", [_good_row()])
    (tmp_path / "dir.json").mkdir()
    (tmp_path / "gone.json").symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(ExtractorError) as caught:
        merge_shards(tmp_path)
    assert "dir.json: is a folder" in str(caught.value) and "gone.json: is a broken link, not a shard" in str(caught.value)


def test_an_empty_folder_is_not_a_merge(tmp_path, capsys):
    assert extract_cli(["merge", str(tmp_path), "-o", str(tmp_path / "f.json")]) == 2
    assert "no shards" in capsys.readouterr().err and not (tmp_path / "f.json").exists()


def test_rays_own_log_lines_are_quiet_unless_verbose():
    ray = pytest.importorskip("ray")
    import logging

    from extractor.distributed import quiet_ray

    context = ray.data.DataContext.get_current()
    before = (logging.getLogger("ray").level, context.enable_progress_bars)
    with quiet_ray(verbose=False):
        assert logging.getLogger("ray").getEffectiveLevel() == logging.ERROR
        assert context.enable_progress_bars is False
    assert (logging.getLogger("ray").level, context.enable_progress_bars) == before
    with quiet_ray(verbose=True):
        assert logging.getLogger("ray").level == before[0]


def test_merge_writes_the_report_and_the_tables_from_the_shards_own_text(tmp_path, capsys):
    import csv

    from .facts_fixture import TEXT, city_record

    shards = tmp_path / "shards"
    shards.mkdir()
    # The source no longer exists where the merge runs: the shard's text is what is laid out.
    record = city_record(str(tmp_path / "gone" / "housing.txt"))
    write_shard(shards / "1.json", [{"source": record.source, "record": record.model_dump_json(), "error": "",
                                     "model": "en_sm==3.8.0", "text": TEXT}])
    assert extract_cli(["merge", str(shards), "-o", str(tmp_path / "f.sqlite"), "--html", str(tmp_path / "report"),
                        "--tables", str(tmp_path / "tables"), "-q"]) == 0
    said = sqlite3.connect(tmp_path / "f.sqlite").execute("SELECT text FROM turns WHERE id = 't2'").fetchone()
    assert said == ("How many homes will be built?",)
    assert (tmp_path / "report" / "index.html").is_file() and (tmp_path / "report" / "housing.html").is_file()
    turns = list(csv.DictReader((tmp_path / "tables" / "turns.csv").open(encoding="utf-8")))
    assert turns[1]["text"] == "How many homes will be built?"


def test_a_shard_text_that_does_not_match_its_record_is_refused(tmp_path):
    from .facts_fixture import TEXT, city_record

    record = city_record("housing.txt")
    write_shard(tmp_path / "1.json", [{"source": "housing.txt", "record": record.model_dump_json(), "error": "",
                                       "text": TEXT.replace("Permits", "Licences")}])
    with pytest.raises(ExtractorError, match="does not validate"):
        merge_shards(tmp_path)


def test_merge_refuses_a_report_for_a_shard_row_without_text_and_never_reads_the_input(tmp_path, capsys):
    from .facts_fixture import city_record

    shards = tmp_path / "shards"
    shards.mkdir()
    # The input is still there, but changed since the run: laying it out would misplace every offset.
    source = tmp_path / "council-housing.txt"
    source.write_text("The council changed this file after the run.\n", encoding="utf-8")
    record = city_record(str(source))
    write_shard(shards / "1.json", [{"source": record.source, "record": record.model_dump_json(), "error": "",
                                     "model": "en_sm==3.8.0", "text": ""}])
    assert extract_cli(["merge", str(shards), "-o", str(tmp_path / "f.json"), "--html", str(tmp_path / "report"),
                        "-q"]) == 2
    err = capsys.readouterr().err
    assert "council-housing.txt" in err and "no" in err and "Traceback" not in err
    assert not (tmp_path / "report").exists() and not (tmp_path / "f.json").exists()
    # Without a report or tables the text is not needed: the merge goes through.
    assert extract_cli(["merge", str(shards), "-o", str(tmp_path / "f.json"), "-q"]) == 0


@pytest.mark.parametrize("option", ["--html", "--tables"])
def test_merge_refuses_an_empty_report_or_tables_folder(tmp_path, capsys, option):
    assert extract_cli(["merge", str(tmp_path), "-o", str(tmp_path / "f.json"), option, ""]) == 2
    assert "an empty path names no file or folder" in capsys.readouterr().err


def test_ray_items_carry_a_name_that_is_not_utf8_to_the_actor(tmp_path):
    import os

    pa = pytest.importorskip("pyarrow")
    from extractor.api import Options
    from extractor.distributed import _items, _path_of

    # A ministry's briefing saved under a Latin-1 name: Arrow takes no lone surrogate, so the name travels as bytes.
    name = tmp_path / os.fsdecode(b"minist\xe8re-briefing.txt")
    name.write_text("MINISTER:  Good morning.\n", encoding="utf-8")
    items = _items(Options().inputs([tmp_path]))
    column = pa.array([item["path"] for item in items])
    assert [_path_of(p) for p in column.to_numpy(zero_copy_only=False)] == [name]


def test_the_core_false_alarm_is_dropped_from_stderr_and_other_lines_pass(capfd):
    import os

    from extractor.distributed import drop_core_false_alarms

    # Written to the descriptor itself, as a C++ library does, not through sys.stderr.
    with drop_core_false_alarms():
        os.write(2, b"[E core_worker.cc:1] Actor with class name: 'MapWorker(X)' has constructor arguments in "
                    b"the object store and max_restarts > 0. See the issue.\n")
        os.write(2, b"the worker on node 7 ran out of memory\n")
    err = capfd.readouterr().err
    assert "ran out of memory" in err
    assert "constructor arguments" not in err
    # Outside the block nothing is filtered.
    os.write(2, b"has constructor arguments in the object store and max_restarts > 0\n")
    assert "constructor arguments" in capfd.readouterr().err
