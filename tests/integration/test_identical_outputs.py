"""Outputs are byte-identical across runs, ``--jobs`` settings and hash seeds, the report and the tables
included (issue 25): three short real transcripts, run as the command in fresh processes."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Three of the shortest transcripts of the shared corpus, from two institutions.
TRANSCRIPTS = ["ecb/2026-03-19_monetary-policy-press-conference.txt",
               "whitehouse/2022-01-14_background-press-call-free-covid-tests.txt",
               "whitehouse/2024-12-09_background-press-call-syria.txt"]


def _run(work: Path, name: str, jobs: int, seed: str) -> dict[str, bytes]:
    """Every file one run writes (facts, tables, report), by its path below the run's folder."""
    out = work / name
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
    proc = subprocess.run([sys.executable, "-m", "extractor", "in", "--out", f"{name}/facts.json", "--tables",
                           f"{name}/tables", "--html", f"{name}/report", "--jobs", str(jobs), "-q"],
                          cwd=work, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_outputs_are_byte_identical_across_jobs_and_hash_seeds(shared, tmp_path):
    for name in TRANSCRIPTS:
        target = tmp_path / "in" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shared / "corpus" / name, target)
    first = _run(tmp_path, "one-job", 1, "0")
    assert "facts.json" in first and "report/index.html" in first and any(k.startswith("tables/") for k in first)
    for name, jobs, seed in [("one-job-other-seed", 1, "4242"), ("two-jobs", 2, "977")]:
        other = _run(tmp_path, name, jobs, seed)
        assert sorted(other) == sorted(first), name
        differ = [k for k in first if other[k] != first[k]]
        assert differ == [], f"{name}: {differ}"
