"""Nothing lost (issue 25): one odd name, destination or byte never costs a transcript or a run.

The command line runs in process on the session's pipeline (``cli``), so each test costs
the extraction of a line or two, not the loading of the model.
"""
from __future__ import annotations

import json
import os
import signal
import stat
import threading
import time
from pathlib import Path

import pytest

from extractor import api
from extractor.cli import extract_cli

CITY = "MS OKAFOR: The city hall spent 4 million dollars on parks, up 3 percent.\n"


@pytest.fixture
def cli(nlp, monkeypatch):
    """``extract_cli`` on the session's pipeline."""
    monkeypatch.setattr(api, "build_pipeline", lambda config=None: nlp)
    return extract_cli


# --- item 2: a file name that is not UTF-8 ----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "sqlite"])
def test_a_name_that_is_not_utf8_is_escaped_and_its_file_processed(cli, tmp_path, fmt, capsys, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.fsencode(folder) + b"/budget-\xff.txt"
    with open(bad, "wb") as f:
        f.write(CITY.encode())
    out = tmp_path / f"facts.{fmt}"
    assert cli([str(folder), "--out", str(out)]) == 0
    err = capsys.readouterr().err + caplog.text
    assert "budget-\\xff.txt: the file name is not valid UTF-8" in err and "Traceback" not in err
    if fmt == "json":
        record = json.loads(out.read_text(encoding="utf-8"))["transcripts"][0]
        assert record["source"].endswith("budget-\\xff.txt") and record["quantities"]


def test_a_missing_file_with_such_a_name_is_a_failure_not_a_crash(cli, tmp_path, capsys):
    missing = os.fsdecode(os.fsencode(tmp_path) + b"/gone-\xfe.txt")
    assert cli([missing, "--out", str(tmp_path / "f.json")]) == 1
    facts = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert facts["failures"][0]["source"].endswith("gone-\\xfe.txt")


# --- item 3: --out onto what is not a regular file ---------------------------------------------------


def test_out_through_a_link_replaces_the_linked_file_and_keeps_the_link(cli, tmp_path):
    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    (tmp_path / "real.json").write_text("old", encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real.json")
    assert cli([str(tmp_path / "a.txt"), "-q", "--out", str(tmp_path / "link.json")]) == 0
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "real.json").read_text(encoding="utf-8"))["transcripts"]


def test_out_onto_a_fifo_writes_through_and_keeps_the_fifo(cli, tmp_path):
    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert cli([str(tmp_path / "a.txt"), "-q", "--out", str(fifo)]) == 0
    reader.join(30)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(got[0])["transcripts"]


def test_a_database_onto_a_fifo_is_refused(cli, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    os.mkfifo(tmp_path / "facts.sqlite")
    assert cli([str(tmp_path / "a.txt"), "-q", "--out", str(tmp_path / "facts.sqlite")]) == 2
    assert "is a FIFO (named pipe), not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.stat(tmp_path / "facts.sqlite").st_mode)


# --- item 5: line separators inside strings ------------------------------------------------------


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_json_keeps_strings_holding_unicode_line_separators(nlp, separator):
    from extractor.output.writers import render
    from extractor.records.models import FactsDocument, Generator

    text = f"MR DUBOIS: The ministry hired 40 nurses.{separator}It spent 2 million euros.\n"
    record = api.extract_text(text, nlp=nlp)
    document = FactsDocument(generator=Generator(name="t", version="0", model="m", parsing="p"), transcripts=[record])
    shown = render(document, "json")
    assert shown == json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    for q in json.loads(shown)["transcripts"][0]["quantities"]:
        assert q["text"] == text[q["start"]:q["end"]]
        assert q["sentence"]["text"] == text[q["sentence"]["start"]:q["sentence"]["end"]]


# --- item 4: the report folder holds only what the report wrote -----------------------------------------


def test_a_report_folder_that_holds_an_input_is_refused(cli, tmp_path, capsys):
    report = tmp_path / "report"
    report.mkdir()
    (report / "brief.html").write_text(f"<html><body><p>{CITY}</p></body></html>", encoding="utf-8")
    before = (report / "brief.html").read_bytes()
    assert cli([str(report / "brief.html"), "-q", "--out", str(tmp_path / "f.json"), "--html", str(report)]) == 2
    assert "--html holds inputs" in capsys.readouterr().err
    assert (report / "brief.html").read_bytes() == before and not (tmp_path / "f.json").exists()


def test_a_users_own_index_is_never_replaced(cli, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    report = tmp_path / "report"
    report.mkdir()
    (report / "index.html").write_text("<p>my notes</p>", encoding="utf-8")
    assert cli([str(tmp_path / "a.txt"), "-q", "--out", str(tmp_path / "f.json"), "--html", str(report)]) == 2
    assert "index.html exists and is not a page of this tool's report" in capsys.readouterr().err
    assert (report / "index.html").read_text(encoding="utf-8") == "<p>my notes</p>"


def test_a_second_report_removes_the_pages_of_the_first_it_does_not_write(cli, tmp_path):
    from extractor.report import MANIFEST

    for name in ("parks.txt", "roads.txt"):
        (tmp_path / name).write_text(CITY, encoding="utf-8")
    report = tmp_path / "report"
    assert cli([str(tmp_path / "parks.txt"), str(tmp_path / "roads.txt"), "-q", "--out", str(tmp_path / "f.json"),
                "--html", str(report)]) == 0
    (report / "mine.txt").write_text("kept", encoding="utf-8")
    assert cli([str(tmp_path / "roads.txt"), "-q", "--out", str(tmp_path / "f.json"), "--html", str(report)]) == 0
    assert sorted(p.name for p in report.iterdir()) == [MANIFEST, "index.html", "mine.txt", "roads.html"]
    assert (report / MANIFEST).read_text(encoding="utf-8") == "index.html\nroads.html\n"


# --- item 9: the report lays out the text that was extracted ------------------------------------------------


def test_the_report_lays_out_the_text_that_was_extracted(cli, tmp_path, monkeypatch):
    """An input deleted during the run still gets its page, laid out on the text its offsets index."""
    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    real = api.transcript_record

    def record_then_delete_the_input(doc, **kw):
        (tmp_path / "a.txt").unlink()
        return real(doc, **kw)

    monkeypatch.setattr(api, "transcript_record", record_then_delete_the_input)
    assert cli([str(tmp_path / "a.txt"), "-q", "--out", str(tmp_path / "f.json"), "--html",
                str(tmp_path / "report")]) == 0
    assert "4 million dollars" in (tmp_path / "report" / "a.html").read_text(encoding="utf-8")


# --- items 8 and 11: odd paths and bounds on the command line -----------------------------------------


def test_a_name_too_long_is_a_failure_naming_it_not_a_traceback(cli, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    long = str(tmp_path / ("n" * 300 + ".txt"))
    assert cli([long, str(tmp_path / "a.txt"), "--out", str(tmp_path / "f.json")]) == 1
    err = capsys.readouterr().err
    assert "File name too long" in err and "Traceback" not in err
    assert len(json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["transcripts"]) == 1
    assert cli([str(tmp_path / "a.txt"), "-q", "--out", str(tmp_path / ("o" * 300 + ".json"))]) == 2
    assert "File name too long" in capsys.readouterr().err


def test_a_path_that_cannot_be_examined_is_read_and_reported(cli, tmp_path, monkeypatch, capsys):
    """A file inside a folder without search permission: examining it is refused (simulated, as root reads all)."""
    locked = tmp_path / "locked" / "memo.txt"
    real = Path.is_dir

    def is_dir(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    assert cli([str(locked), "--out", str(tmp_path / "f.json")]) == 1
    err = capsys.readouterr().err
    assert "memo.txt: cannot be read" in err and "Traceback" not in err


@pytest.mark.parametrize("option", ["PATH", "--out", "--html", "--tables"])
def test_an_empty_path_is_a_usage_error(cli, tmp_path, option, capsys):
    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    argv = [""] if option == "PATH" else [str(tmp_path / "a.txt"), option, ""]
    assert cli(argv) == 2
    assert "an empty path names no file" in capsys.readouterr().err


@pytest.mark.parametrize("option, value", [("--max-seconds", "0.000001"), ("--max-seconds", "1e308"),
                                           ("--max-bytes", "9" * 30), ("--max-memory", "1e308")])
def test_extreme_limits_are_a_time_out_or_no_limit_never_an_internal_error(cli, tmp_path, option, value, capsys):
    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    status = cli([str(tmp_path / "a.txt"), option, value, "--out", str(tmp_path / "f.json")])
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err
    assert status == (1 if value == "0.000001" else 0)
    if status:
        assert "took more than 1e-06 s, the time limit per file" in err


def test_a_file_over_the_memory_limit_fails_alone(cli, tmp_path, capsys):
    # Many short lines of figures: the records and the models' work add far more than the limit.
    (tmp_path / "a-lines.txt").write_text("".join(f"item {i}\n{i % 7} units\n" for i in range(30_000)),
                                          encoding="utf-8")
    (tmp_path / "b-city.txt").write_text(CITY, encoding="utf-8")
    out = tmp_path / "f.json"
    assert cli([str(tmp_path), "--max-memory", "30", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [t["source"].rsplit("/", 1)[-1] for t in document["transcripts"]] == ["b-city.txt"]
    assert [f["error"].rsplit("/", 1)[-1] for f in document["failures"]] == [
        "a-lines.txt: used more than 30 MB of memory, the limit per file; stopped (raise it with --max-memory)"]
    assert "Traceback" not in err and "internal error" not in err


def test_a_file_that_exhausts_the_systems_memory_fails_alone_with_a_clear_error(cli, tmp_path, monkeypatch, capsys):
    real = api._extract_file

    def exhausted(path, nlp, options):
        if Path(path).name == "a-huge.txt":
            raise MemoryError
        return real(path, nlp, options)

    monkeypatch.setattr(api, "_extract_file", exhausted)
    for name in ("a-huge.txt", "b-city.txt"):
        (tmp_path / name).write_text(CITY, encoding="utf-8")
    assert cli([str(tmp_path), "--out", str(tmp_path / "f.json")]) == 1
    err = capsys.readouterr().err
    assert "a-huge.txt: ran out of memory; stopped" in err and "internal error" not in err
    assert len(json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["transcripts"]) == 1


def _answer_or_stop(item):
    if item == "stop":
        os.kill(os.getpid(), signal.SIGSTOP)
    return item.upper()


def test_a_stopped_worker_costs_its_item_not_the_run():
    from extractor.pool import WorkerPool

    pool = WorkerPool(2, _answer_or_stop, lambda item, how: f"lost {item}: {how}", item_seconds=2)
    started = time.monotonic()
    assert list(pool.map(["a", "stop", "b", "c"])) == ["A", "lost stop: no answer after 2 s, killed", "B", "C"]
    assert time.monotonic() - started < 60


# --- item 10: a few stray bytes leave a file UTF-8 -----------------------------------------------------


@pytest.mark.parametrize("stray", [b"\x81", b"\x8f", b"\xe9"])
def test_ascii_with_one_stray_byte_stays_utf8_whatever_the_detector_guesses(stray):
    from extractor.reading.decode import decode_bytes

    data = b"MS ROSSI: Ex" + stray + b"ports of the port authority rose 6 percent in May.\n"
    decoded = decode_bytes(data, name="port.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text == "MS ROSSI: Ex\ufffdports of the port authority rose 6 percent in May.\n"
    assert "replaced by U+FFFD" in decoded.warnings[0]


def test_a_file_written_in_a_code_page_is_still_detected():
    from extractor.reading.decode import decode_bytes

    data = "MS ROSSI: The caf\xe9s of the r\xe9gion paid 5 \u20ac more, na\xefvely. ".encode("cp1252") * 10
    decoded = decode_bytes(data, name="cafe.txt")
    assert decoded.encoding == "cp1252" and "caf\xe9s" in decoded.text


# --- item 12: smaller ones ----------------------------------------------------------------------------


def test_ctrl_c_while_the_command_is_imported_prints_one_line(monkeypatch, capsys):
    import sys
    import types

    from extractor import __main__ as entry

    class Interrupted(types.ModuleType):
        def __getattr__(self, name):
            if name == "extract_cli":  # what the entry point imports: Ctrl-C lands while it is imported
                raise KeyboardInterrupt
            raise AttributeError(name)

    monkeypatch.setitem(sys.modules, "extractor.cli", Interrupted("extractor.cli"))
    monkeypatch.setattr(entry._signal, "signal", lambda *args: None)  # the test's own Ctrl-C stays
    with pytest.raises(SystemExit) as stop:
        entry.main()
    assert stop.value.code == 130 and capsys.readouterr().err == "extract: interrupted\n"


def _compiled_import_broken_by(interrupt: bool, error: type[Exception] = ImportError):
    """A stand-in for a compiled module whose import Ctrl-C breaks: it reports an error of its own."""
    import os
    import time

    if interrupt:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
        except KeyboardInterrupt:
            pass
    raise error("the compiled core failed to import") from None


@pytest.mark.parametrize("error", [ImportError, TypeError])
@pytest.mark.parametrize("interrupt", [True, False])
def test_an_import_that_ctrl_c_breaks_is_an_interruption_and_a_broken_one_is_not(monkeypatch, capsys, interrupt,
                                                                                   error):
    import sys
    import types

    from extractor import __main__ as entry

    class Loading(types.ModuleType):
        def __getattr__(self, name):
            if name == "extract_cli":
                _compiled_import_broken_by(interrupt, error)
            raise AttributeError(name)

    monkeypatch.setitem(sys.modules, "extractor.cli", Loading("extractor.cli"))
    try:
        if interrupt:
            with pytest.raises(SystemExit) as stop:
                entry.main()
            assert stop.value.code == 130 and capsys.readouterr().err == "extract: interrupted\n"
        else:  # no Ctrl-C: a broken installation is not reported as one
            with pytest.raises(error, match="compiled core"):
                entry.main()
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def test_a_ctrl_c_python_cannot_raise_where_it_lands_still_ends_the_run(monkeypatch, capsys):
    """A Ctrl-C landing in a weakref callback (as in the import machinery's module locks) is "ignored" by Python,
    which prints a traceback and goes on: the entry point delivers it again, so the run ends as interrupted."""
    import os
    import sys
    import time
    import types
    import weakref

    from extractor import __main__ as entry

    class Thing:
        pass

    def interrupted_in_a_callback(_ref):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)  # the handler's KeyboardInterrupt is raised here, inside the callback

    class Loading(types.ModuleType):
        def __getattr__(self, name):
            if name == "extract_cli":
                thing = Thing()
                ref = weakref.ref(thing, interrupted_in_a_callback)
                del thing  # runs the callback
                for _ in range(200):  # the run goes on, until the Ctrl-C is delivered again
                    time.sleep(0.005)
                assert ref() is None
                return lambda: 0
            raise AttributeError(name)

    monkeypatch.setitem(sys.modules, "extractor.cli", Loading("extractor.cli"))
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)  # main() sets its own; restored after
    try:
        with pytest.raises(SystemExit) as stop:
            entry.main()
        assert stop.value.code == 130 and capsys.readouterr().err == "extract: interrupted\n"
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.mark.parametrize("delays", [range(0, 100, 10), range(100, 210, 10)])
def test_ctrl_c_at_any_moment_of_a_short_run_is_one_line_or_the_interpreters(tmp_path, delays):
    """Ctrl-C sent 0-200 ms after the start (the model is not loaded yet; the program imports): status 130 and
    one line, or, before the package's first line runs, the interpreter's own report; never a traceback
    through the program's code."""
    import subprocess
    import sys
    import sysconfig

    (tmp_path / "a.txt").write_text(CITY, encoding="utf-8")
    # As an installed command starts: without the editable install's import hook, which the interpreter runs
    # (for some 50 ms) before any line of the program.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]),
                                                        sysconfig.get_paths()["purelib"]])}
    for ms in delays:
        proc = subprocess.Popen([sys.executable, "-S", "-m", "extractor", "a.txt", "--out", "f.json", "-q"],
                                cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(ms / 1000)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
        # Our one line with status 130, or with death by the signal itself (which a shell shows as 130 too).
        if (proc.returncode, err) not in [(130, "extract: interrupted\n"), (-signal.SIGINT, "extract: interrupted\n"),
                                          (-signal.SIGINT, ""), (0, "")]:
            # Before the package's first line, the interpreter (and runpy, for -m) reports Ctrl-C its own way.
            assert f"{os.sep}extractor{os.sep}" not in err and "extract:" not in err, (ms, proc.returncode, err[-400:])
        assert sorted(p.name for p in tmp_path.iterdir()) in (["a.txt"], ["a.txt", "f.json"]), ms


def test_the_report_filter_choices_do_not_follow_the_hash_seed():
    import subprocess
    import sys

    code = ("from extractor.report.figures import FigureRow, choices\n"
            "rows = [FigureRow('q', '', {'unit': u}, 0.0, 0, '') for u in ('eur', 'EUR', 'Eur', 'usd', 'USD')]\n"
            "print(choices(rows, [('unit', 'Unit', True)])['unit'])")
    root = Path(__file__).resolve().parents[2]
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": str(seed)}).stdout
            for seed in range(8)}
    assert seen == {"['EUR', 'Eur', 'eur', 'USD', 'usd']\n"}


def test_a_numeric_reference_of_thousands_of_digits_is_a_replacement_character():
    from extractor.reading.html_text import html_to_text

    assert html_to_text(f"<p>The league paid &#{'9' * 4301}; 3 million pounds.</p>") == \
        "The league paid \ufffd 3 million pounds.\n"
    assert html_to_text("<p>&#00000065;&#x0000042;&#1114112;&#x110000;</p>") == "AB\ufffd\ufffd\n"


# --- item 11: memory bounded for a file of many short lines ---------------------------------------------


def test_the_sentence_splitter_reads_a_long_document_in_bounded_pieces(nlp, monkeypatch):
    """A long document reaches the splitter in pieces cut at turn starts; the figures found are the same."""
    from extractor.pipeline.components import focus

    text = "".join(f"MS LIND: Ward {i} got {i + 2} new benches.\nMR ABARA: And {i * 3} percent of the bins.\n"
                   for i in range(1, 40))
    whole = extract_text_figures(nlp, text)
    component = nlp.get_pipe("numeral_focus")
    seen: list[int] = []
    real = component.splitter

    def splitter(doc):
        seen.append(len(doc))
        return real(doc)

    monkeypatch.setattr(component, "splitter", splitter)
    monkeypatch.setattr(component, "limits", focus.FocusLimits(split_tokens=60))
    assert extract_text_figures(nlp, text) == whole
    assert len(seen) > 5 and max(seen) <= 60


def extract_text_figures(nlp, text):
    record = api.extract_text(text, nlp=nlp)
    return [(q.start, q.end, q.value, q.unit) for q in record.quantities], [(t.start, t.end) for t in record.turns]
