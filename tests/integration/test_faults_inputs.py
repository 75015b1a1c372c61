"""Hostile inputs and faults on the command line: each reported by name, none costing the others
(issue 16 items 1, 2, 4, 6, 8). Runs that could hang are subprocesses with a timeout."""
from __future__ import annotations

import csv
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractor.api import extract_text
from extractor.cli import extract_cli
from extractor.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
GOOD = "MS DIAZ: The port handled 12 million tonnes, up 4 percent on 2023.\n"


def run(args, cwd, timeout=180, **kw):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "extractor", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, **kw)


def test_a_fifo_in_a_folder_is_named_and_does_not_hang(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "stuck.txt")
    done = run([str(tmp_path), "--out", str(tmp_path / "f.json")], tmp_path, timeout=120)
    assert done.returncode == 1
    assert "stuck.txt: is a FIFO" in done.stderr and "Traceback" not in done.stderr
    facts = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert [Path(t["source"]).name for t in facts["transcripts"]] == ["good.txt"]


def test_a_folder_that_cannot_be_listed_is_named_and_the_rest_written(tmp_path, monkeypatch, capsys):
    """A folder without the r or x bit: its files are reported, never silently lost, and no traceback.

    Root reads any folder whatever its bits, so there the refusal is simulated where the listing is made.
    """
    from extractor.reading import inputs

    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "locked" / "hidden.txt").write_text(GOOD, encoding="utf-8")
    if os.geteuid() == 0:
        real = os.scandir

        def scandir(path):
            if Path(path).name == "locked":
                raise PermissionError(13, "Permission denied")
            return real(path)

        monkeypatch.setattr(inputs.os, "scandir", scandir)
    else:
        (tmp_path / "in" / "locked").chmod(0o311)
    try:
        status = extract_cli([str(tmp_path / "in"), "--out", str(tmp_path / "f.json")])
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    err = capsys.readouterr().err
    assert status == 1 and "locked: the folder cannot be read: Permission denied" in err and "Traceback" not in err
    facts = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert [Path(t["source"]).name for t in facts["transcripts"]] == ["good.txt"]
    assert [Path(f["source"]).name for f in facts["failures"]] == ["locked"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode bits")
def test_a_folder_without_the_search_bit_names_each_file(tmp_path, capsys):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "locked" / "hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "locked").chmod(0o644)
    try:
        status = extract_cli([str(tmp_path / "in"), "--out", str(tmp_path / "f.json")])
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert status == 1 and "hidden.txt: cannot be read" in capsys.readouterr().err


def test_numbers_beyond_float_range_are_dropped_with_a_warning(nlp):
    nines = "9" * 320
    record = extract_text(f"MR OKAFOR: Debt reached {nines} dollars, or 5 percent more.\n"
                          f"MR OKAFOR: It grew {nines} times.\n", nlp=nlp)
    assert [q.text for q in record.quantities] == ["5 percent"]
    dropped = [w for w in record.warnings if "beyond the range" in w]
    assert len(dropped) == 2
    assert "Infinity" not in record.model_dump_json()


def test_a_file_of_huge_numbers_gives_valid_json_that_merges(tmp_path):
    (tmp_path / "a.txt").write_text(f"MR OKAFOR: Debt reached {'9' * 400} dollars.\n", encoding="utf-8")
    assert extract_cli([str(tmp_path / "a.txt"), "-q", "--format", "jsonl", "--out", str(tmp_path / "f.jsonl")]) == 0
    json.loads((tmp_path / "f.jsonl").read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(c))


@pytest.mark.parametrize("digits", [250, 300, 308])
def test_a_long_number_before_trillion_dollars_is_money_or_dropped_never_a_count(nlp, digits):
    record = extract_text(f"MS ADEYEMI: The central bank printed {'9' * digits} trillion dollars.\n", nlp=nlp)
    assert all(q.unit == "USD" for q in record.quantities)
    # 10^250 trillion is a float; 10^300 trillion is not: dropped with a warning, never the bare number.
    assert len(record.quantities) == (digits == 250)
    assert sum("beyond the range" in w for w in record.warnings) == (digits != 250)


def test_a_power_of_ten_is_read_whole_or_dropped_never_as_its_exponent(nlp):
    record = extract_text("MS ADEYEMI: The fund holds 10^6 yuan.\nMS ADEYEMI: Not 10^400 yuan.\n", nlp=nlp)
    assert [(q.text, q.value, q.unit) for q in record.quantities] == [("10^6 yuan", 1e6, "CNY")]
    assert any("'10^400 yuan'" in w and "beyond the range" in w for w in record.warnings)


def test_a_lone_surrogate_is_a_clear_input_error(nlp):
    with pytest.raises(InputError, match=r"memo: holds a lone surrogate \(U\+D800\) at character 8"):
        extract_text("MR ROE: \ud800 rents rose 3 percent.", source="memo", nlp=nlp)


def test_csv_cells_that_start_like_formulas_are_neutralised(tmp_path):
    from extractor.output.writers import csv_cell

    assert [csv_cell(v) for v in ("=SUM(A1)", "+1", "-2 percent", "@cmd", "plain", -2.0, 3)] == [
        "'=SUM(A1)", "'+1", "'-2 percent", "'@cmd", "plain", -2.0, 3]
    src = tmp_path / "=HYPERLINK(x).txt"
    src.write_text(GOOD, encoding="utf-8")
    assert extract_cli([str(src), "-q", "--out", str(tmp_path / "q.csv")]) == 0
    rows = list(csv.DictReader((tmp_path / "q.csv").open(encoding="utf-8")))
    assert rows and all(not v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())


def test_ctrl_c_prints_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD * 3000, encoding="utf-8")  # some 200 KB: tens of seconds of work
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "a.txt", "--out", "f.json"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(6)  # inside the model's loading or the extraction
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    if proc.returncode == 0:
        pytest.skip("the run ended before the signal")
    assert proc.returncode == 130 and err.strip().splitlines() == ["extract: interrupted"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_temporaries_of_a_killed_run_are_removed_and_the_mode_is_kept(tmp_path):
    from extractor.output.atomic import write_atomic

    out = tmp_path / "f.json"
    out.write_text("{}")
    out.chmod(0o640)
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".f.json.{dead.pid}-0123456789ab.tmp"
    stale.write_text("half a run")
    mine = tmp_path / f".f.json.{os.getpid()}-0123456789ab.tmp"  # a live run's own file is left alone
    mine.write_text("running")
    write_atomic(out, "[]")
    assert out.read_text() == "[]" and stat.S_IMODE(out.stat().st_mode) == 0o640
    assert not stale.exists() and mine.exists()


def test_a_stray_byte_keeps_the_rest_utf8_on_the_command_line(tmp_path):
    (tmp_path / "a.txt").write_bytes("MS DIAZ: Fares rose 4 % to 2.50 € — ".encode() * 3 + b"\x92 and 5 m\xc2\xb2.\n")
    assert extract_cli([str(tmp_path / "a.txt"), "-q", "--out", str(tmp_path / "f.json")]) == 0
    record = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["transcripts"][0]
    assert record["encoding"] == "utf-8" and any("U+FFFD" in w for w in record["warnings"])
    from extractor.reading.decode import read_text

    text = read_text(tmp_path / "a.txt").text
    assert text.count("€") == 3 and "m²" in text and text.count("\ufffd") == 1
