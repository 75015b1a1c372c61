#!/usr/bin/env python3
"""Topic segmentation against the gold topics, side by side with NLTK's TextTiling.

Runs the pipeline (without quantities) on every transcript that has a gold
topic file, writes the facts to a temporary file and runs the shared scorer
``tools/score_topics.py --textiling`` on it.

Usage:
    python benchmarks/topics_vs_texttiling.py [--shared PATH] [--keep FACTS.json] [--show]

``--shared`` is the shared folder holding ``corpus/``, ``gold-topics/`` and
``tools/`` (default: ``../shared`` relative to the current directory, then
beside the project). TextTiling needs ``nltk`` and ``numpy``.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared_folder import PROJECT, require_shared

REQUIRED = ("gold-topics", "tools/score_topics.py")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", help="the shared folder (corpus/, gold-topics/, tools/)")
    ap.add_argument("--keep", type=Path, help="also write the facts JSON here")
    ap.add_argument("--show", action="store_true", help="print each predicted segment")
    a = ap.parse_args(argv)
    shared = require_shared(a.shared, REQUIRED)
    if shared is None:
        return 2
    sys.path.insert(0, str(PROJECT))
    from extractor.api import Options, extract
    from extractor.output.writers import to_json
    from extractor.pipeline.build import PipelineConfig

    golds = sorted((shared / "gold-topics").rglob("*.json"))
    docs = [json.loads(g.read_text(encoding="utf-8"))["doc"] for g in golds]
    paths = [shared / "corpus" / d for d in docs]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"error: transcripts missing from {shared / 'corpus'}: {', '.join(missing)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    facts = extract(paths, Options(pipeline=PipelineConfig(quantities=False)))
    elapsed = time.perf_counter() - started
    for failure in facts.failures:
        print(f"failed: {failure.source}: {failure.error}", file=sys.stderr)
    if a.show:
        for tr in facts.transcripts:
            with Path(tr.source).open(encoding="utf-8", errors="replace", newline="") as f:
                text = f.read()
            print(f"== {tr.source}")
            for t in tr.topics:
                print(f"  {t.start:6d} {t.label!r:55} {t.keywords} | {text[t.start:t.start + 50]!r}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.json"
        out.write_text(to_json(facts), encoding="utf-8")
        if a.keep:
            a.keep.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
        print(f"pipeline: {len(facts.transcripts)} transcripts in {elapsed:.1f}s; scoring (ours, then TextTiling):")
        cmd = [sys.executable, str(shared / "tools" / "score_topics.py"), str(out), *map(str, golds),
               "--corpus", str(shared / "corpus"), "--textiling"]
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
