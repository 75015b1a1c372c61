"""Bad input never costs the other files' results, and never shows a traceback."""
from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extractor.api import extract_text
from extractor.cli import extract_cli

GOOD = """Briefing on exports
Beijing | 10 a.m. Jan. 13, 2025

Li Ming:

Exports rose 7.1% to 25.45 trillion yuan last year.

Daily News:

What about imports?

Li Ming:

Imports grew by 2.3%.
"""


@pytest.fixture
def messy_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "latin1.txt").write_bytes(GOOD.replace("Li Ming", "Zoë Müller").encode("cp1252"))
    (folder / "nolabels.txt").write_text("Exports rose 5% in 2024. Imports fell 2%.\n", encoding="utf-8")
    (folder / "random.txt").write_text("\u2060\u00a0\U0001f600 ¼½ \u202e١٢٣ 3.5% \x0b", encoding="utf-8")
    os.symlink(folder / "missing-target.txt", folder / "dangling.txt")
    (folder / "ignored.csv").write_text("not a transcript")
    return folder


def test_a_folder_of_bad_files_keeps_every_good_result(messy_folder, tmp_path, capsys):
    out = tmp_path / "facts.json"
    status = extract_cli([str(messy_folder), "--out", str(out), "--date", "2025-01-13"])
    err = capsys.readouterr().err
    assert status == 1  # some files failed
    assert "Traceback" not in err
    facts = json.loads(out.read_text(encoding="utf-8"))
    done = {os.path.basename(t["source"]) for t in facts["transcripts"]}
    failed = {os.path.basename(f["source"]): f["error"] for f in facts["failures"]}
    assert done == {"good.txt", "latin1.txt", "nolabels.txt", "random.txt"}
    assert set(failed) == {"empty.txt", "binary.txt", "dangling.txt"}
    assert "empty" in failed["empty.txt"] and "binary" in failed["binary.txt"]
    for name in failed:
        assert name in err  # each failure is named on stderr
    latin1 = next(t for t in facts["transcripts"] if t["source"].endswith("latin1.txt"))
    assert latin1["encoding"] == "cp1252" and latin1["warnings"]
    good = next(t for t in facts["transcripts"] if t["source"].endswith("good.txt"))
    assert [t["speaker"] for t in good["turns"]] == ["Li Ming", "Daily News", "Li Ming"]


def test_two_runs_give_identical_bytes(messy_folder, tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    extract_cli([str(messy_folder / "good.txt"), str(messy_folder / "nolabels.txt"), "-q", "--out", str(a)])
    extract_cli([str(messy_folder / "good.txt"), str(messy_folder / "nolabels.txt"), "-q", "--out", str(b)])
    assert a.read_bytes() == b.read_bytes()


def test_a_file_over_the_size_limit_is_refused_naming_the_limit_and_option(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"The economy grew 2% last year. " * 1_700_000)  # about 53 MB
    status = extract_cli([str(big), "--out", str(tmp_path / "f.json")])
    err = capsys.readouterr().err
    assert status == 1
    assert "big.txt" in err and "over the limit" in err and "--max-bytes" in err


def test_formats_jsonl_and_csv(messy_folder, tmp_path):
    good = str(messy_folder / "good.txt")
    assert extract_cli([good, "-q", "--out", str(tmp_path / "f.jsonl")]) == 0
    lines = (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"] == good
    assert extract_cli([good, "-q", "--format", "csv", "--out", str(tmp_path / "q.txt")]) == 0
    header = (tmp_path / "q.txt").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("transcript,title,date,quantity,start,end,text,value")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=400))
def test_arbitrary_text_never_crashes_and_every_span_indexes_it(nlp, text):
    record = extract_text(text, nlp=nlp)
    for item in [*record.turns, *record.exchanges, *record.statements, *record.topics, *record.debris]:
        assert 0 <= item.start <= item.end <= len(text)
    for q in record.quantities:
        assert text[q.start : q.end] == q.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.lists(
        st.sampled_from(["Q  ", "MS. SMITH:  ", "Li Ming:\n\n", "up 5% ", "$1.7 billion [trillion] ", "\r\n", "\u00a0",
                         "nearly 700,000 ", "from 11 to eight ", "Jan. 13, 2025 ", "What? ", "4¼ to 4½ percent. "]),
        min_size=1, max_size=30,
    ).map("".join)
)
def test_transcript_like_text_never_crashes(nlp, text):
    record = extract_text(text, nlp=nlp)
    for q in record.quantities:
        assert text[q.start : q.end] == q.text


def test_html_report_from_the_command_line(messy_folder, tmp_path):
    report = tmp_path / "report"
    assert extract_cli([str(messy_folder / "good.txt"), "-q", "--out", str(tmp_path / "f.json"), "--html", str(report)]) == 0
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "good.txt" in index
    [page] = [p for p in report.glob("*.html") if p.name != "index.html"]
    html = page.read_text(encoding="utf-8")
    assert html.count('class="q q-') >= 3  # the quantities are highlighted


def test_a_report_folder_that_cannot_be_written_is_a_clear_error(messy_folder, tmp_path, capsys):
    blocker = tmp_path / "report"
    blocker.write_text("a file, not a folder")
    status = extract_cli([str(messy_folder / "good.txt"), "-q", "--out", str(tmp_path / "f.json"), "--html", str(blocker)])
    err = capsys.readouterr().err
    assert status == 2 and "cannot write the report" in err and "Traceback" not in err
    assert (tmp_path / "f.json").exists()  # the facts were still written
