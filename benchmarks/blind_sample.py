#!/usr/bin/env python3
"""Draw figures for a blind reading: a seeded random sample of the entities and periods a tool named on
transcripts without gold, to be judged by a reader who sees only the context and the value.

For each facts file given and each field asked (entity, period...), draws ``--n`` of its quantities whose
field is set, at random with ``--seed``, and writes to ``--out``:

- ``KEY.key.json`` (``ent``, ``per``...: the field's first three letters): per figure its number, transcript
  (as the extraction named it), offsets and value, the format ``benchmarks/calibration.py --readings`` reads;
- ``KEY.sheet.md``: per figure its number, the transcript, its date, the speaker, the text before its
  sentence (``--before`` characters), the sentence with the figure in ``[[ ]]``, a little text after, and the
  field's value. No confidence and no mechanism: the reader judges the value alone.

The reader writes ``KEY.judged.md``, a line ``N R|W|? note`` per figure (``?`` for undecided, left out of the
scores); ``calibration.py --readings OUT --readings-facts FACTS...`` then scores the model's confidences on
them (AUC, mean confidence of the right and of the wrong, ECE). Sources are read from the project's folder
(``../shared/...`` as the extraction was given them from a checkout).

Usage:
    python benchmarks/blind_sample.py FACTS... --out DIR [--fields entity,period] [--n 20] [--seed 2311]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from shared_folder import PROJECT

sys.path.insert(0, str(PROJECT))

from extractor.reading.decode import read_text


def draw(transcripts: list[dict], field: str, n: int, rng: random.Random) -> list[tuple[dict, dict]]:
    """``n`` (transcript, quantity) pairs drawn at random among the quantities whose ``field`` is set (all of
    them when there are fewer), in the order drawn."""
    items = [(t, q) for t in transcripts for q in t.get("quantities", []) if q.get(field)]
    return rng.sample(items, min(n, len(items)))


def sheet_entry(number: int, t: dict, q: dict, field: str, text: str, before: int) -> str:
    """What the reader sees of one figure: its context and the field's value, nothing of how sure the tool
    was or which rule decided."""
    sent = q.get("sentence") or {"start": q["start"], "end": q["end"]}
    s_start, s_end = int(sent["start"]), int(sent["end"])
    marked = text[s_start:q["start"]] + "[[" + text[q["start"]:q["end"]] + "]]" + text[q["end"]:s_end]
    return (f"### {number}  {t.get('source')}  date={t.get('date')}  speaker={q.get('speaker')} ({q.get('role')})\n"
            f"...{text[max(0, s_start - before):s_start]}\n>>> {marked} <<<\n{text[s_end:s_end + 200]}...\n\n"
            f"FIGURE: {q['text']!r}   {field.upper()}: {q[field]!r}\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("facts", type=Path, nargs="+", help="facts files extracted from transcripts without gold")
    ap.add_argument("--out", type=Path, required=True, help="the folder of the reading")
    ap.add_argument("--fields", default="entity,period", help="the fields to draw, comma-separated")
    ap.add_argument("--n", type=int, default=20, help="figures drawn per facts file and field")
    ap.add_argument("--seed", type=int, default=2311, help="the seed of the draw")
    ap.add_argument("--before", type=int, default=1500, help="characters of text shown before the sentence")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    a.out.mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {}
    loaded = [json.loads(path.read_text(encoding="utf-8")) for path in a.facts]
    for field in [f.strip() for f in a.fields.split(",") if f.strip()]:
        keys, sheet = [], []
        for facts in loaded:
            transcripts = facts["transcripts"] if isinstance(facts, dict) else facts
            for t, q in draw(transcripts, field, a.n, rng):
                source = str(t["source"])
                if source not in texts:
                    texts[source] = read_text(PROJECT / source).text
                number = len(keys) + 1
                keys.append({"n": number, "source": source, "start": q["start"], "end": q["end"], "value": q[field]})
                sheet.append(sheet_entry(number, t, q, field, texts[source], a.before))
        (a.out / f"{field[:3]}.key.json").write_text(json.dumps(keys, indent=1, ensure_ascii=False), encoding="utf-8")
        (a.out / f"{field[:3]}.sheet.md").write_text("\n".join(sheet), encoding="utf-8")
        print(f"{field}: {len(keys)} figures drawn to {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
