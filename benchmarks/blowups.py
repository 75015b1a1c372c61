"""Time and peak memory of the command on inputs that used to blow up (issue 16, item 3).

Each case is one synthetic transcript inside the default 2 MB limit, run as
``python -m extractor FILE --out ...`` in a fresh process, so the figures are
the whole command's: wall time and peak resident memory (from the child's own
rusage). A run that passes ``--timeout`` or ``--max-rss`` is killed and shown as
such. ``--before DIR`` runs the same cases on another copy of the project (for
instance ``git archive <commit> | tar -x -C DIR``) and prints both side by side:

    python benchmarks/blowups.py --before /tmp/extractor-before

The cases are built here, not read from the corpus: they need no shared folder.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

PROJECT = Path(__file__).resolve().parents[1]


def cases() -> dict[str, str]:
    """The inputs, by name: each a short speaker label and a body that once grew out of bounds."""
    sentence = "The ministry said exports rose 4 percent to 12 billion dollars in the second quarter. "
    return {
        "20,000 colons": "MR LEE: The list follows " + ":" * 20_000 + " and ends.\n",
        "20,000 equals signs": "MR LEE: The rule reads " + "=" * 20_000 + " here.\n",
        "20,000 percent signs": "MR LEE: It rose " + "%" * 20_000 + " today.\n",
        '"1 2 3 ... 10000"': "MR LEE: " + " ".join(str(i) for i in range(1, 10_001)) + "\n",
        "1.9 MB on one line": "MR LEE: " + sentence * (1_900_000 // len(sentence)),
        "200,000 short lines": "MR LEE: Items follow.\n" + "".join(f"yes {i % 97}\n" for i in range(200_000)),
    }


def run_case(project: Path, text: str, timeout: float, max_rss: int, work: Path) -> tuple[str, str, str]:
    """(seconds, peak MB, exit status) of one run of the command on ``text``."""
    src = work / "case.txt"
    src.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(project)}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", str(src), "--out", str(work / "out.json"), "-q"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            cwd=work)  # not the project folder: `-m` would import the package found there first
    killed = ""
    watch = psutil.Process(proc.pid)
    while True:
        # wait4 (not Popen.poll, which would reap the child first) gives this child's own peak memory.
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        elapsed = time.perf_counter() - started
        try:
            rss = watch.memory_info().rss
        except psutil.Error:
            rss = 0
        if elapsed > timeout or rss > max_rss:
            killed = f"killed: over {timeout:.0f} s" if elapsed > timeout else f"killed: over {max_rss >> 20} MB"
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.2)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
    outcome = killed or f"exit {proc.returncode}" + (f" ({err[-1][:70]})" if err and proc.returncode else "")
    return f"{seconds:.1f}", f"{usage.ru_maxrss / 1024:.0f}", outcome  # ru_maxrss is in KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", metavar="DIR", help="another copy of the project to compare with")
    parser.add_argument("--only-before", action="store_true", help="run only the --before copy")
    parser.add_argument("--timeout", type=float, default=240, help="kill a run after this many seconds (default 240)")
    parser.add_argument("--max-rss", type=int, default=4096, help="kill a run over this many MB (default 4096)")
    parser.add_argument("--case", action="append", help="run only the cases whose name contains this")
    args = parser.parse_args(argv)
    projects = [("before", Path(args.before))] if args.before else []
    if not args.only_before:
        projects.append(("after", PROJECT))
    chosen = {k: v for k, v in cases().items() if not args.case or any(c in k for c in args.case)}
    print(f"{'case':24} {'copy':7} {'seconds':>8} {'peak MB':>8}  outcome")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in chosen.items():
            for label, project in projects:
                seconds, peak, outcome = run_case(project, text, args.timeout, args.max_rss << 20, Path(tmp))
                print(f"{name:24} {label:7} {seconds:>8} {peak:>8}  {outcome}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
