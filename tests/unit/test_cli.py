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
        (["x.txt", "--html", "report", "--unsure-below", "70"], "not a confidence from 0 to 1"),
        (["merge", "shards", "--unsure-below", "high"], "not a confidence from 0 to 1"),
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


# --- subcommands, options, destinations (issues 14 and 15) ---------------------------------------


def test_a_file_named_like_a_subcommand_does_not_change_the_command(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schema").write_text("MR ROE: Rents rose 3 percent.\n", encoding="utf-8")
    assert extract_cli(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "FactsDocument"


def test_the_usage_line_lists_the_subcommands(capsys):
    assert extract_cli(["--help"]) == 0
    usage = capsys.readouterr().out.split("\n\n")[0]
    assert all(name in usage for name in ("schema", "merge", "ray", "PATH"))


def _actions(parser):
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _actions(sub)
        else:
            yield parser.prog, action


def test_every_option_of_every_subcommand_has_help():
    from extractor.cli import build_parser

    missing = [(prog, a.option_strings or a.dest) for prog, a in _actions(build_parser()) if not a.help]
    assert missing == []


def test_ray_takes_the_options_of_the_main_command():
    from extractor.cli import build_parser

    by_prog: dict[str, set[str]] = {}
    for prog, action in _actions(build_parser()):
        by_prog.setdefault(prog, set()).update(action.option_strings)
    shared = {"--glob", "--exclude", "--max-bytes", "--date", "--model", "--parse-all", "--no-quantities",
              "--no-topics", "--max-seconds", "--max-memory", "--quiet", "--verbose"}
    assert shared <= by_prog["extract ray"] and shared <= by_prog["extract"]


def test_options_before_the_paths_are_taken(tmp_path, capsys):
    assert extract_cli(["--format", "xml", str(tmp_path)]) == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", ["xlsx", "txt", "docx"])
def test_an_out_suffix_no_writer_takes_is_a_usage_error(tmp_path, suffix, capsys):
    (tmp_path / "a.txt").write_text("MR ROE: Rents rose 3 percent.\n", encoding="utf-8")
    out = tmp_path / f"facts.{suffix}"
    assert extract_cli([str(tmp_path / "a.txt"), "--out", str(out)]) == 2
    assert f"'{suffix}'" in capsys.readouterr().err and not out.exists()


def test_the_formats_follow_the_writers_table(monkeypatch):
    from extractor import cli
    from extractor.output import writers as output

    assert cli._format_for("facts.sqlite", None) == cli._format_for("facts.db", None) == "sqlite"
    assert cli._format_for("q.parquet", None) == "parquet"
    # A writer added to the registry is picked up by its suffix.
    import dataclasses

    yaml = dataclasses.replace(output.OUTPUT_FORMATS["json"], name="yaml", suffixes=(".yaml",))
    monkeypatch.setitem(output.OUTPUT_FORMATS, "yaml", yaml)
    assert cli._format_for("facts.yaml", None) == "yaml"
    assert cli._format_for("facts", None) == "json"
    assert cli._format_for("facts.bin", "csv") == "csv"


def test_out_that_is_an_input_is_refused_before_any_work(tmp_path, capsys):
    src = tmp_path / "a.json"
    src.write_text("MR ROE: Rents rose 3 percent.\n", encoding="utf-8")
    assert extract_cli([str(src), "--out", str(src)]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8").startswith("MR ROE")


def test_out_that_is_a_folder_or_html_that_is_an_input_is_refused(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("MR ROE: Rents rose 3 percent.\n", encoding="utf-8")
    assert extract_cli([str(src), "--out", str(tmp_path)]) == 2
    assert "names a folder" in capsys.readouterr().err
    assert extract_cli([str(tmp_path), "--out", str(tmp_path / "f.json"), "--html", str(tmp_path)]) == 2
    assert "--html is one of the inputs" in capsys.readouterr().err
    assert not (tmp_path / "f.json").exists()


def test_counts_are_singular_for_one():
    from extractor.cli import _plural

    assert [_plural(1, "file"), _plural(2, "file"), _plural(1, "quantity"), _plural(3, "quantity")] == [
        "1 file", "2 files", "1 quantity", "3 quantities"]


def test_progress_counts_bytes_in_a_steady_width(tmp_path, monkeypatch):
    from extractor.api import Outcome
    from extractor.cli import _Reporter

    files = [tmp_path / "short.txt", tmp_path / ("a-very-long-file-name-" * 4 + ".txt")]
    for f, size in zip(files, (100, 300)):
        f.write_bytes(b"x" * size)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    reporter = _Reporter(quiet=False, verbose=False, files=files)
    try:
        assert reporter._progress is not None
        task = reporter._progress.tasks[0]
        assert task.total == 400
        reporter.done(Outcome(str(files[1]), error="x"))
        assert task.completed == 300 and len(task.description) <= reporter.NAME_WIDTH
        column = reporter._progress.columns[0]
        assert column.get_table_column().width == reporter.NAME_WIDTH
    finally:
        reporter.close()


def test_control_characters_in_names_are_printed_escaped(tmp_path, capsys):
    bad = tmp_path / "evil\x1b[31mname.txt"
    assert extract_cli([str(bad), "-q", "--out", str(tmp_path / "f.json")]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[31m" in err


def test_help_has_no_stray_suppress_line(capsys):
    assert extract_cli(["--help"]) == 0
    out = capsys.readouterr().out
    assert "SUPPRESS" not in out
    assert not [line for line in out.splitlines() if line.split() == ["run"] or line.startswith("    run ")]
