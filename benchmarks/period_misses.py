"""The gold's period misses of a facts file, grouped by the mechanism that decided the period.

Pairs each gold item with a prediction as the shared scorer does (``tools/score_quantities.py``, imported from
the shared folder) and, over matched non-optional items, lists in classes: MISS (the gold names a period, the
prediction none), WRONG (both name one, they differ) and FP (the prediction names one, the gold none: what
``period_p`` counts wrong); each class by mechanism, largest first, with the figure, both periods, the time
phrase the evidence quotes and the sentence.

Usage (from the project folder)::

    python benchmarks/period_misses.py FACTS [--shared ../shared] [--only MISS]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from calibration import load_scorer
from shared_folder import find_shared, missing_message

REQUIRED = ("gold", "corpus", "tools/score_quantities.py")


def misses(facts: list[dict], gold_dir: Path, scorer) -> dict[tuple[str, str], list[str]]:
    """The period misses by (class, mechanism), each as a line of text."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in sorted(gold_dir.glob("**/*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        transcript = next((t for t in facts if str(t.get("source", "")).replace("\\", "/").endswith(gold["doc"])),
                          None)
        pred = transcript["quantities"] if transcript else []
        for gi, pi in scorer.match(gold["quantities"], pred):
            g, p = gold["quantities"][gi], pred[pi]
            want, got = g.get("period") or None, p.get("period") or None
            if g.get("optional") or want == got:
                continue
            label = "MISS" if got is None else "FP" if want is None else "WRONG"
            evidence = (p.get("evidence") or {}).get("period") or {}
            sentence = ((p.get("sentence") or {}).get("text") or "").replace("\n", " ")
            found[(label, evidence.get("mechanism", "-"))].append(
                f"{gold['doc']} | {g['text']!r} gold={want} pred={got} phrase={evidence.get('text')!r}\n"
                f"      {sentence[:300]}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("facts", help="the facts file of the gold transcripts")
    parser.add_argument("--shared", help="the shared folder (default: ../shared)")
    parser.add_argument("--only", choices=("MISS", "WRONG", "FP"), help="list one class only")
    args = parser.parse_args(argv)
    shared = find_shared(args.shared, REQUIRED)
    if shared is None:
        print(missing_message(args.shared, REQUIRED), file=sys.stderr)
        return 2
    try:
        data = json.loads(Path(args.facts).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"error: {args.facts}: cannot read the facts: {e}", file=sys.stderr)
        return 2
    facts = data.get("transcripts", [data]) if isinstance(data, dict) else data
    found = misses(facts, shared / "gold", load_scorer(shared / "tools" / "score_quantities.py"))
    for key in sorted(found, key=lambda k: (k[0], -len(found[k]))):
        if args.only and key[0] != args.only:
            continue
        print(f"== {key[0]} {key[1]}: {len(found[key])}")
        for line in found[key]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
