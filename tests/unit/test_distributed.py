"""Merging Ray shards: order, failures, and clear errors (no Ray needed)."""
from __future__ import annotations

import json

import pytest

from extractor.cli import extract_cli
from extractor.distributed import merge_shards
from extractor.errors import ExtractorError
from extractor.records import TranscriptRecord


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
