"""The command line's usage handling (no model needed)."""
from __future__ import annotations

import json

import pytest

from extractor.cli import extract_cli


def test_help_lists_examples(capsys):
    assert extract_cli(["--help"]) == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "--out" in out and "--jobs" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        ([], "PATH"),
        (["x.txt", "--format", "xml"], "invalid choice"),
        (["x.txt", "--jobs", "0"], "positive whole number"),
        (["x.txt", "--date", "13/01/2025"], "not an ISO date"),
    ],
)
def test_usage_errors_exit_2_with_a_message(argv, message, capsys):
    assert extract_cli(argv) == 2
    assert message in capsys.readouterr().err


def test_schema_subcommand_prints_the_json_schema(capsys):
    assert extract_cli(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "FactsDocument"
    assert "transcripts" in schema["properties"]


def test_unknown_model_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Q  Hello?\n")
    assert extract_cli([str(tmp_path), "--model", "no_such_model_xyz", "-o", str(tmp_path / "f.json")]) == 2
    assert "no_such_model_xyz" in capsys.readouterr().err
    assert not (tmp_path / "f.json").exists()
