"""Workers: one that dies costs only its own item; none outlives a killed parent (issue 16 item 5).

The pool is tested with plain functions (no model); the command is then killed for real, in a
subprocess, with every wait bounded.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from extractor.pool import WorkerPool

ROOT = Path(__file__).resolve().parents[2]


def _square_or_die(item):
    kind, n = item
    if kind == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if kind == "die-once" and not Path(n).exists():
        Path(n).write_text("died once")
        os.kill(os.getpid(), signal.SIGKILL)
    return ("ok", n if isinstance(n, str) else n * n)


def _lost(item, how):
    return ("lost", item[1], how)


def test_a_dead_worker_costs_only_its_item_and_the_order_is_kept(tmp_path):
    items = [("ok", 1), ("die", 2), ("ok", 3), ("die-once", str(tmp_path / "flag")), ("ok", 5)]
    results = list(WorkerPool(2, _square_or_die, _lost).map(items))
    assert results[0] == ("ok", 1) and results[2] == ("ok", 9) and results[4] == ("ok", 25)
    assert results[1] == ("lost", 2, "killed by SIGKILL, also when tried again")  # tried twice, then reported
    assert results[3] == ("ok", str(tmp_path / "flag"))  # died once, retried, done


def _fail_to_start():
    raise RuntimeError("no model here")


def test_a_worker_that_cannot_start_stops_the_run_with_its_reason():
    from extractor.errors import ExtractorError

    with pytest.raises(ExtractorError, match="no model here"):
        list(WorkerPool(2, _square_or_die, _lost, initializer=_fail_to_start).map([("ok", 1), ("ok", 2)]))


def _workers_of(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _start_run(tmp_path, n=4, lines=200):
    folder = tmp_path / "in"
    folder.mkdir()
    text = "MR ROE: The council said rents rose 3 percent and 400 new homes were built in 2024.\n" * lines
    for i in range(n):
        (folder / f"t{i}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "extractor", str(folder), "--jobs", "2", "-q",
                             "--out", str(tmp_path / "f.json")], env=env, cwd=tmp_path,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for_workers(proc, count=2, timeout=120):
    ends = time.monotonic() + timeout
    while time.monotonic() < ends and proc.poll() is None:
        workers = _workers_of(proc.pid)
        if len(workers) >= count:
            return workers
        time.sleep(0.2)
    pytest.fail("the workers did not start in time")


def _busy(worker: psutil.Process, cpu_seconds: float = 3.0, timeout: float = 120) -> psutil.Process:
    """``worker`` once it has worked ``cpu_seconds`` (the model is loaded: it is extracting a file), however
    fast the machine; a fixed sleep instead let a fast machine finish the run before the kill."""
    ends = time.monotonic() + timeout
    while time.monotonic() < ends:
        try:
            times = worker.cpu_times()
        except psutil.NoSuchProcess:
            pytest.fail("the worker ended before it had worked: give it more text")
        if times.user + times.system >= cpu_seconds:
            return worker
        time.sleep(0.05)
    pytest.fail("the worker did not get to work in time")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_their_parent(tmp_path, sig):
    proc = _start_run(tmp_path)
    try:
        workers = _wait_for_workers(proc)
        proc.send_signal(sig)
        proc.wait(timeout=60)
        _gone, alive = psutil.wait_procs(workers, timeout=30)
        assert alive == []
        if sig == signal.SIGKILL:
            # A killed run cannot clean up: the next run that writes the same output removes its temporary file.
            from extractor.output.atomic import write_atomic

            write_atomic(tmp_path / "f.json", "{}")
        assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
    finally:
        for p in _workers_of(proc.pid):
            p.kill()
        proc.kill()
        proc.wait(timeout=30)


def test_sigterm_prints_one_line_not_a_traceback(tmp_path):
    proc = _start_run(tmp_path)
    try:
        _wait_for_workers(proc)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 143
    assert "Traceback" not in err.decode() and err.decode().strip().splitlines()[-1] == "extract: terminated"


def test_a_worker_killed_mid_run_costs_no_file(tmp_path):
    """The killed worker's file is tried again on a fresh worker: every record is written, no traceback."""
    proc = _start_run(tmp_path, n=3, lines=2000)
    try:
        workers = _wait_for_workers(proc)
        _busy(workers[0]).kill()
        _, err = proc.communicate(timeout=600)
    finally:
        proc.kill()
    err = err.decode()
    assert "Traceback" not in err and "BrokenProcessPool" not in err
    assert proc.returncode == 0, err
    import json

    facts = json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))
    assert sorted(Path(t["source"]).name for t in facts["transcripts"]) == ["t0.txt", "t1.txt", "t2.txt"]
