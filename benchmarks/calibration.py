#!/usr/bin/env python3
"""Are the quantities' confidences honest? Calibration of each context field, by leave-one-file-out.

Extracts the hand-gold transcripts (or reads a facts file already made from them), pairs each predicted
quantity with its gold item by the shared scorer's own matching (``tools/score_quantities.py``, imported from
its path), and records for each context field (concept, entity, period, kind with direction, unit) its
features (:func:`extractor.quantities.confidence.figure_features`, read from the record and the
transcript's text: its mechanism and state, the class of the figure's unit, whether its sentence asks, where
the span that supplied it lies, the rule that decided the kind, the value's substance...) and whether it is
right. Then, for each
gold transcript in turn, fits the confidence model on the other transcripts only
(:func:`extractor.quantities.confidence.build`) and gives that transcript's fields their confidence from it.
Printed per field: the expected calibration error (10 equal-width bins), the precision and coverage of
the fields given at least 0.8, and how well the confidences of the set fields order right above wrong (the
area under the ROC curve, and the mean confidence of the right and of the wrong ones); a reliability diagram
is drawn as a PNG. The same figures follow by
leave-one-institution-out (each of the gold's folders, ``ecb``, ``whitehouse``..., scored with the model fitted
on the others): a harsher measure of what carries to another kind of briefing.

The model is the weights fitted on the gold and, per field and state group, a map learned across
institutions (:func:`across_institutions`: the weights fitted with each institution left out give its fields
their logits; :func:`extractor.quantities.confidence.recalibration` fits the map from them). Every measure
refits both without what it holds out (by leave-one-file-out, the map is learned across the institutions of
the twelve other files), so the map is measured as honestly as the weights. The settings of the fit (the fields of
:class:`extractor.quantities.confidence.FitConfig`: the L2 penalty, how a transcript's figures weigh, ...) are
options of the command line (``--regularisation 3``, ``--file-weight-power 1``...), their defaults the
dataclass's; ``--write`` writes them into the table with the weights.

A field is right as the scorer judges it; an empty field is right when the gold has none (for concept too,
which the scorer never counts right when empty). Predictions the scorer pairs with no gold item, or with an
optional one, are left out: their fields have nothing to be right about.

Usage:
    python benchmarks/calibration.py --gold ../shared/gold [--facts FACTS] [--plot reliability.png] [--write]
        [--regularisation R] [--file-weight-power P] [--state-weight-power P]
        [--state-weight-fields F,G] [--recalibrated-fields F,G] [--recalibration-max-slope S]
        [--recalibration-max-raise R] [--institution-weight-power P] [--institution-pooling P]
        [--pooled-fields F,G] [--nearby N] [--margin M] [--steps S]
        [--converged C] [--readings DIR... --readings-facts FACTS...]

``--readings`` scores the model fitted on every gold transcript (the one ``--write`` would write, with the
command line's settings) against blind readings of transcripts the gold does not hold: each folder holds, per
field, ``ent.key.json`` (the judged figures: source, offsets, the value the reader saw) and ``ent.judged.md``
(a line ``N R|W|? note`` per figure), ``per.*`` for period...; ``--readings-facts`` are facts files extracted
from those transcripts. A figure whose value has changed since it was read is left out. This is how a change
to the model is measured on text nobody wrote rules for, without fitting anything to it.

``--write`` writes the model fitted on every gold transcript to ``extractor/data/confidence.tsv``, the one
the package ships (the only way that table is made).
"""
from __future__ import annotations

import argparse
import bisect
import datetime
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import fields
from pathlib import Path

from shared_folder import PROJECT

sys.path.insert(0, str(PROJECT))

from extractor.lang.profile import english
from extractor.quantities.confidence import (
    CLAUSE,
    FIELDS,
    OFFSET,
    RAISE,
    SLOPE,
    Figure,
    FitConfig,
    build,
    dump,
    figure_features,
    group,
    logit,
    lookup,
    recalibration,
    state,
    with_clause,
)
from extractor.reading.decode import read_text

TABLE = PROJECT / "extractor" / "data" / "confidence.tsv"
BINS = 10
SURE = 0.8
#: The settings of the fit when the command line changes none.
DEFAULTS = FitConfig()


def apply_errata(golds: list[dict], path: Path) -> int:
    """Correct the gold in place from an errata table (doc, start, end, text, field, gold, corrected, reason; ``#``
    lines are comments): gold items a careful reader found to contradict the guidelines, proposed to the team. A
    row naming no gold item is an error, so a table never silently stops applying. Returns the rows applied."""
    by_doc = {g["doc"]: g for g in golds}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    applied = 0
    for row in rows[1:]:
        doc, start, end, text, field, _, corrected = row[:7]
        items = [q for q in by_doc.get(doc, {}).get("quantities", [])
                 if q["start"] == int(start) and q["end"] == int(end)]
        if len(items) != 1:
            raise SystemExit(f"{path}: no single gold item {text!r} at {start}-{end} in {doc}")
        items[0][field] = None if corrected == "null" else corrected
        applied += 1
    return applied


def load_scorer(path: Path):
    """The shared scorer as a module, imported from its path (it is no package)."""
    spec = importlib.util.spec_from_file_location("score_quantities", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_right(scorer, field: str, g: dict, p: dict) -> bool:
    """Whether the prediction's ``field`` is right against the gold item, an empty field right when the gold
    has none."""
    if field == "kind":
        return scorer.field_ok("kind", g, p) and scorer.field_ok("direction", g, p)
    if field == "unit":
        return scorer.field_ok("unit", g, p)
    if not p.get(field):
        return not g.get(field)
    return bool(g.get(field)) and scorer.field_ok(field, g, p)


#: One field of one paired figure: (field, features, state, right).
Observation = tuple[str, tuple[str, ...], str, bool]


def observations(scorer, facts: list[dict], golds: list[dict], corpus: Path,
                 config: FitConfig = DEFAULTS) -> dict[str, list[Observation]]:
    """Per gold transcript: ``(field, features, state, right)`` of every field of every paired figure, the
    features read from the record and the transcript's text (in ``corpus``) as the pipeline read them (with
    ``config``'s settings)."""
    out: dict[str, list[Observation]] = {}
    for gdoc in golds:
        tr = next((t for t in facts if str(t.get("source", "")).replace("\\", "/").endswith(gdoc["doc"])), None)
        pred = tr.get("quantities", []) if tr else []
        gold = gdoc["quantities"]
        text = read_text(corpus / gdoc["doc"]).text if pred else ""
        rows = []
        for gi, pi in scorer.match(gold, pred):
            g, p = gold[gi], pred[pi]
            if g.get("optional"):
                continue
            feats = figure_features(Figure.of_record(p), text, profile=english(), config=config)
            for field in FIELDS:
                rows.append((field, feats[field], state(field, p.get(field), profile=english()),
                             is_right(scorer, field, g, p)))
        out[gdoc["doc"]] = rows
    return out


def weights(obs: dict[str, list[Observation]], power: float) -> dict[str, float]:
    """Each transcript's weight per figure: (the mean number of figures per transcript / its number) to the
    ``power`` (0: every figure alike; 1: every transcript alike), scaled so that the weights still add up to
    the number of figures."""
    sizes = {doc: len(rows) for doc, rows in obs.items() if rows}
    if not sizes:
        return dict.fromkeys(obs, 0.0)
    mean = sum(sizes.values()) / len(sizes)
    raw = {doc: (mean / n) ** power for doc, n in sizes.items()}
    scale = sum(sizes.values()) / sum(raw[doc] * n for doc, n in sizes.items())
    return {doc: raw[doc] * scale if doc in raw else 0.0 for doc in obs}


def state_weights(obs: dict[str, list[Observation]], power: float,
                  names: Sequence[str]) -> dict[tuple[str, str, str], float]:
    """For each field of ``names``, each transcript's weight per value of each state group (set, empty):
    (the mean number of such values per transcript that has any / its number) to the ``power``, scaled so
    that the group's weights still add up to its number of values. Keyed ``(transcript, field, group)``."""
    out = {}
    for field in names:
        for grp in ("set", "empty"):
            sizes = {doc: n for doc, rows in obs.items()
                     if (n := sum(1 for f, _, s, _ in rows if f == field and group(s) == grp))}
            if not sizes:
                continue
            mean = sum(sizes.values()) / len(sizes)
            raw = {doc: (mean / n) ** power for doc, n in sizes.items()}
            scale = sum(sizes.values()) / sum(raw[doc] * n for doc, n in sizes.items())
            out.update({(doc, field, grp): raw[doc] * scale for doc in sizes})
    return out


def institution(doc: str) -> str:
    """The institution of a gold transcript: the gold's folder it lies in (``ecb``, ``whitehouse``...)."""
    return doc.replace("\\", "/").split("/")[0]


def _names(setting: str, option: str) -> list[str]:
    """The field names of a comma-separated setting, an unknown one an error naming the ``option``."""
    names = [name.strip() for name in setting.split(",") if name.strip()]
    unknown = set(names) - set(FIELDS)
    if unknown:
        raise SystemExit(f"{option}: no field named {', '.join(sorted(unknown))} (fields: {', '.join(FIELDS)})")
    return names


def with_clauses(table, rows: list[Observation], config: FitConfig) -> list[Observation]:
    """One transcript's observations (a figure's fields one after the other, in :data:`FIELDS` order, as
    :func:`observations` lists them) with, for the fields of ``config.clause_fields``, how well each figure's
    clause was read by ``table``'s weights (:func:`extractor.quantities.confidence.with_clause`)."""
    _names(config.clause_fields, "--clause-fields")
    if not config.clause_fields.strip():
        return rows
    present = {f for f, _, _, _ in rows}
    if CLAUSE not in present or not present & set(_names(config.clause_fields, "--clause-fields")):
        return rows  # no concept to read a clause from, or no field that reads it
    out: list[Observation] = []
    for i in range(0, len(rows), len(FIELDS)):
        figure = rows[i:i + len(FIELDS)]
        if [f for f, _, _, _ in figure] != list(FIELDS):
            # The pipeline reads each figure's clause; a benchmark that silently did not would fit another model.
            raise ValueError(f"observations {i}..{i + len(figure) - 1} are not one figure's fields in order "
                             f"{list(FIELDS)}: {[f for f, _, _, _ in figure]}")
        feats = with_clause(table, {f: feats for f, feats, _, _ in figure}, config)
        out += [(f, feats[f], s, r) for f, _, s, r in figure]
    return out


def fit_weights(obs: dict[str, list[Observation]], config: FitConfig):
    """The weights fitted on every observation of ``obs`` (no map across institutions): a field of
    ``config.state_weight_fields`` weighed per transcript and state (:func:`state_weights`), any other per
    figure (:func:`weights`), each observation with its transcript's institution (for
    ``config.institution_pooling``). The fields of ``config.clause_fields`` are fitted after the others, reading how
    well each figure's clause was read by the concept's weights just fitted (:func:`with_clauses`)."""
    w = weights(obs, config.file_weight_power)
    sw = state_weights(obs, config.state_weight_power, _names(config.state_weight_fields, "--state-weight-fields"))
    clause = set(_names(config.clause_fields, "--clause-fields"))
    first = build(((f, feats, r, sw.get((doc, f, group(s)), w[doc]), institution(doc))
                   for doc, rows in obs.items() for f, feats, s, r in rows if f not in clause), config)
    if not clause:
        return first
    # Where the concept's logit stands on the gold's set concepts, each counted alike: the clause fields' own
    # weights stand there, a figure read better or worse moving them.
    read = [logit(first, CLAUSE, feats) for rows in obs.values() for f, feats, s, _ in rows
            if f == CLAUSE and group(s) == "set"]
    centre = sum(read) / len(read) if read else 0.0
    then = build(((f, feats, r, sw.get((doc, f, group(s)), w[doc]), institution(doc))
                  for doc, rows in obs.items() for f, feats, s, r in with_clauses(first, rows, config)
                  if f in clause), config, dict.fromkeys(clause, centre))
    return {**first, **then}


def across_institutions(obs: dict[str, list[Observation]],
                        config: FitConfig) -> dict[tuple[str, str], list[tuple[float, bool, float]]]:
    """Per field of ``config.recalibrated_fields`` and state group: ``(logit, right, weight)`` of every
    observation, the logit given by the weights fitted without its institution (stacking), the weight
    (values of that group per institution on average / its institution's) to
    ``config.institution_weight_power``, rescaled to keep the group's total. Empty with fewer than two
    institutions."""
    names = _names(config.recalibrated_fields, "--recalibrated-fields")
    held_out = sorted({institution(doc) for doc, rows in obs.items() if rows})
    if not names or len(held_out) < 2:
        return {}
    points: dict[tuple[str, str], dict[str, list[tuple[float, bool]]]] = {}
    for held in held_out:
        table = fit_weights({doc: rs for doc, rs in obs.items() if institution(doc) != held}, config)
        for doc, rows in obs.items():
            if institution(doc) == held:
                for f, feats, s, r in with_clauses(table, rows, config):
                    if f in names:
                        points.setdefault((f, group(s)), {}).setdefault(held, []).append((logit(table, f, feats), r))
    out = {}
    for key, by_institution in points.items():
        sizes = {inst: len(ps) for inst, ps in by_institution.items()}
        mean = sum(sizes.values()) / len(sizes)
        raw = {inst: (mean / n) ** config.institution_weight_power for inst, n in sizes.items()}
        scale = sum(sizes.values()) / sum(raw[inst] * n for inst, n in sizes.items())
        out[key] = [(z, r, raw[inst] * scale) for inst, ps in by_institution.items() for z, r in ps]
    return out


def fit(obs: dict[str, list[Observation]], config: FitConfig):
    """The model fitted on every observation of ``obs``: the weights (:func:`fit_weights`), and for each field
    of ``config.recalibrated_fields`` and state group the map that makes them honest for an institution the
    weights never saw (:func:`extractor.quantities.confidence.recalibration`, learned from
    :func:`across_institutions`), as two rows of the table."""
    table = dict(fit_weights(obs, config))
    for (field, grp), points in across_institutions(obs, config).items():
        slope, offset, right, seen = recalibration(points, config)
        table[(field, f"{SLOPE}/{grp}")] = (slope, right, seen)
        table[(field, f"{OFFSET}/{grp}")] = (offset, right, seen)
        table[(field, f"{RAISE}/{grp}")] = (config.recalibration_max_raise, right, seen)
    return table


def leave_one_out(obs: dict[str, list[Observation]], config: FitConfig,
                  by: Callable[[str], str] = str) -> list[tuple[str, str, bool, float]]:
    """Every observation as ``(field, state, right, confidence)``, the confidence given by the model fitted
    without its own transcript (or, with ``by``, without every transcript of its group: ``institution``
    leaves a whole institution out, a harsher measure of what carries to another kind of briefing)."""
    scored = []
    for held in sorted({by(doc) for doc in obs}):
        table = fit({doc: rs for doc, rs in obs.items() if by(doc) != held}, config)
        scored += [(f, s, r, lookup(table, f, feats, config.margin))
                   for doc, rows in obs.items() if by(doc) == held
                   for f, feats, s, r in with_clauses(table, rows, config)]
    return scored


def ece(pairs: list[tuple[float, bool]]) -> tuple[float, list[tuple[float, float, int]]]:
    """Expected calibration error over ``BINS`` equal-width bins, and each bin's (mean confidence, accuracy, n)."""
    bins: list[list[tuple[float, bool]]] = [[] for _ in range(BINS)]
    for c, r in pairs:
        bins[min(int(c * BINS), BINS - 1)].append((c, r))
    error, table = 0.0, []
    for b in bins:
        if not b:
            table.append((float("nan"), float("nan"), 0))
            continue
        conf = sum(c for c, _ in b) / len(b)
        acc = sum(r for _, r in b) / len(b)
        error += len(b) / len(pairs) * abs(acc - conf)
        table.append((conf, acc, len(b)))
    return error, table


def ranking(pairs: list[tuple[float, bool]]) -> tuple[float | None, float | None, float | None]:
    """How well confidences order right fields above wrong ones: the area under the ROC curve (the chance that
    a right field has the higher confidence of a right and a wrong one, a tie counting half; 0.5 is chance),
    and the mean confidence of the right and of the wrong fields (``None`` where there are none)."""
    right = sorted(c for c, r in pairs if r)
    wrong = sorted(c for c, r in pairs if not r)
    mean_right = sum(right) / len(right) if right else None
    mean_wrong = sum(wrong) / len(wrong) if wrong else None
    if not right or not wrong:
        return None, mean_right, mean_wrong
    above = ties = 0.0
    for c in right:
        below = bisect.bisect_left(wrong, c)
        above += below
        ties += bisect.bisect_right(wrong, c) - below
    return (above + ties / 2) / (len(right) * len(wrong)), mean_right, mean_wrong


def report(scored: list) -> dict[str, dict]:
    """Per field: n, accuracy, ECE, bins, precision/coverage of the fields at or above ``SURE``, and how the
    confidences order right and wrong fields (:func:`ranking`; of the non-empty fields, the ones a reader
    checks)."""
    figures = {}
    for field in FIELDS:
        rows = [(c, r, s) for f, s, r, c in scored if f == field]
        pairs = [(c, r) for c, r, _ in rows]
        error, bins = ece(pairs)
        sure = [r for c, r, _ in rows if c >= SURE]
        filled = [(c, r) for c, r, s in rows if s != "empty"]
        sure_filled = [r for c, r in filled if c >= SURE]
        figures[field] = {
            "n": len(rows), "accuracy": sum(r for _, r in pairs) / len(pairs) if pairs else None, "ece": error,
            "bins": bins, "sure_n": len(sure), "sure_precision": sum(sure) / len(sure) if sure else None,
            "filled_n": len(filled), "sure_filled_n": len(sure_filled),
            "sure_filled_precision": sum(sure_filled) / len(sure_filled) if sure_filled else None,
            "coverage": len(sure_filled) / len(filled) if filled else None,
        }
        figures[field]["auc"], figures[field]["right_mean"], figures[field]["wrong_mean"] = ranking(filled)
    return figures


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def show(figures: dict[str, dict]) -> None:
    """Print :func:`report`'s figures, a line per field."""
    for field, f in figures.items():
        sp, cov = f["sure_filled_precision"], f["coverage"]
        print(f"{field:8} n={f['n']:4} accuracy={f['accuracy']:.3f} ECE={f['ece']:.3f} "
              f"precision(all>={SURE})=" + ("n/a" if f["sure_precision"] is None else f"{f['sure_precision']:.3f}")
              + f" [{f['sure_n']}]  non-empty: precision(>={SURE})=" + ("n/a" if sp is None else f"{sp:.3f}")
              + f" [{f['sure_filled_n']}] coverage=" + ("n/a" if cov is None else f"{cov:.3f}")
              + f" of {f['filled_n']} AUC={_figure(f['auc'])} (right {_figure(f['right_mean'])},"
              + f" wrong {_figure(f['wrong_mean'])})")


#: A verdict line of a blind reading's judged file: the item's number, then ``R`` (right), ``W`` (wrong) or
#: ``?`` (undecided), then the reader's note.
_VERDICT = re.compile(r"(\d+)\s+([RW?])\b")


def reading(folder: Path, field: str) -> list[tuple[dict, bool]]:
    """The items a blind reader judged right or wrong for ``field``, from ``folder``'s ``KEY.key.json`` (a
    list of ``{"n", "source", "start", "end", "value"}``: the figure's transcript as the extraction named it,
    its offsets and the field's value the reader saw) and ``KEY.judged.md`` (a line ``N R|W|? note`` per
    item), ``KEY`` the field's first three letters (``ent``, ``per``...): ``(key, right)`` of each item
    judged ``R`` or ``W``. No such files: no items."""
    key, judged = folder / f"{field[:3]}.key.json", folder / f"{field[:3]}.judged.md"
    if not key.is_file() or not judged.is_file():
        return []
    keys = {int(k["n"]): k for k in json.loads(key.read_text(encoding="utf-8"))}
    out = []
    for line in judged.read_text(encoding="utf-8").splitlines():
        m = _VERDICT.match(line)
        if m and m.group(2) in "RW" and int(m.group(1)) in keys:
            out.append((keys[int(m.group(1))], m.group(2) == "R"))
    return out


def readings(table, config: FitConfig, folders: Sequence[Path], facts: list[dict],
             texts: Callable[[str], str]) -> dict[tuple[str, str], list[tuple[float, bool]]]:
    """``(confidence, right)`` of every judged item of the blind readings in ``folders`` whose figure (source,
    start, end) ``facts`` still holds with the value the reader saw (a changed or emptied value is left out:
    the verdict was of another value), per ``(folder name, field)``; the confidence given by ``table`` to the
    record's features (read with ``config`` from the record and ``texts(source)``, the transcript's text)."""
    records = {(str(t.get("source")), int(q["start"]), int(q["end"])): q
               for t in facts for q in t.get("quantities", [])}
    out: dict[tuple[str, str], list[tuple[float, bool]]] = {}
    for folder in folders:
        for field in FIELDS:
            for key, right in reading(folder, field):
                source = str(key["source"])
                q = records.get((source, int(key["start"]), int(key["end"])))
                if q is None or q.get(field) != key.get("value"):
                    continue
                feats = with_clause(table, figure_features(Figure.of_record(q), texts(source), profile=english(),
                                                           config=config), config)[field]
                out.setdefault((folder.name, field), []).append((lookup(table, field, feats, config.margin), right))
    return out


def show_readings(scored: dict[tuple[str, str], list[tuple[float, bool]]]) -> None:
    """Print :func:`readings`' figures, a line per reading and field and one per field for them all."""
    lines = sorted(scored.items(), key=lambda kv: (FIELDS.index(kv[0][1]), kv[0][0]))
    pooled: dict[str, list[tuple[float, bool]]] = {}
    for (_, field), pairs in lines:
        pooled.setdefault(field, []).extend(pairs)
    lines += [(("all", field), pairs) for field, pairs in pooled.items()]
    for (name, field), pairs in lines:
        error, _ = ece(pairs)
        auc, right, wrong = ranking(pairs)
        sure = [r for c, r in pairs if c >= SURE]
        print(f"{field:8} {name:10} n={len(pairs):4} accuracy={sum(r for _, r in pairs) / len(pairs):.3f} "
              f"mean confidence={sum(c for c, _ in pairs) / len(pairs):.3f} ECE={error:.3f} AUC={_figure(auc)} "
              f"(right {_figure(right)}, wrong {_figure(wrong)}) precision(>={SURE})="
              + (f"{sum(sure) / len(sure):.3f} [{len(sure)}]" if sure else "n/a"))


def plot(figures: dict[str, dict], path: Path) -> None:
    """A reliability diagram per field: accuracy against mean confidence per bin, bar widths to scale."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(FIELDS), figsize=(4 * len(FIELDS), 4.4), sharey=True)
    for ax, field in zip(axes, FIELDS):
        f = figures[field]
        centres = [(i + 0.5) / BINS for i in range(BINS)]
        accs = [acc if n else 0 for _, acc, n in f["bins"]]
        ns = [n for _, _, n in f["bins"]]
        ax.bar(centres, accs, width=1 / BINS, edgecolor="black", alpha=0.6, label="accuracy")
        confs = [(c, a) for c, a, n in f["bins"] if n]
        ax.plot([c for c, _ in confs], [a for _, a in confs], "o", color="crimson", label="(mean conf., acc.)")
        ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect")
        for x, n in zip(centres, ns):
            if n:
                ax.text(x, 0.02, str(n), ha="center", fontsize=7, rotation=90)
        ax.set_title(f"{field}: ECE {f['ece']:.3f}, n={f['n']}", fontsize=10)
        ax.set_xlabel("confidence (leave-one-file-out)")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
    axes[0].set_ylabel("share right")
    axes[0].legend(loc="upper left", fontsize=7)
    fig.suptitle("Reliability of the quantities' field confidences on the gold, leave-one-file-out")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def extract(golds: list[dict], corpus: Path, out: Path) -> None:
    docs = [str(corpus / g["doc"]) for g in golds]
    subprocess.run([sys.executable, "-m", "extractor", *docs, "--out", str(out), "-q"], check=True,
                   env={**os.environ, "PYTHONPATH": str(PROJECT)})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, required=True, help="the gold folder (../shared/gold)")
    ap.add_argument("--corpus", type=Path, help="the transcripts the gold names (default: GOLD/../corpus)")
    ap.add_argument("--scorer", type=Path, help="score_quantities.py (default: GOLD/../tools/score_quantities.py)")
    ap.add_argument("--facts", type=Path, help="a facts file already extracted from the gold transcripts")
    ap.add_argument("--keep", type=Path, help="where to keep the facts extracted (default: a temporary file)")
    ap.add_argument("--plot", type=Path, default=Path("reliability.png"), help="the reliability diagram (PNG)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--write", action="store_true", help=f"write the model fitted on every gold file to {TABLE}")
    ap.add_argument("--errata", type=Path, nargs="+", default=[],
                    help="tables of gold corrections (benchmarks/gold_errata/*.tsv) applied before fitting, scoring")
    ap.add_argument("--readings", type=Path, nargs="+", default=[],
                    help="folders of blind readings (ent.key.json + ent.judged.md, per.*...) to score the model "
                         "fitted on every gold file against (the one --write would write)")
    ap.add_argument("--readings-facts", type=Path, nargs="+", default=[],
                    help="facts files extracted from the transcripts the readings name (their sources as the "
                         "readings give them, read from the project's folder)")
    for setting in fields(FitConfig):
        ap.add_argument("--" + setting.name.replace("_", "-"), type=type(setting.default), default=setting.default,
                        help=f"{setting.metadata['help']} (default: %(default)s)")
    a = ap.parse_args(argv)
    config = FitConfig(**{setting.name: getattr(a, setting.name) for setting in fields(FitConfig)})
    scorer = load_scorer(a.scorer or a.gold.parent / "tools" / "score_quantities.py")
    golds = scorer.load_gold([a.gold])
    for path in a.errata:
        print(f"{path}: {apply_errata(golds, path)} gold items corrected", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        facts_path = a.facts
        if facts_path is None:
            facts_path = a.keep or Path(tmp) / "facts.json"
            extract(golds, a.corpus or a.gold.parent / "corpus", facts_path)
        facts = scorer.load_facts(facts_path)
    obs = observations(scorer, facts, golds, a.corpus or a.gold.parent / "corpus", config)
    figures = report(leave_one_out(obs, config))
    if a.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"leave-one-file-out over {len(obs)} gold transcripts; confidence >= {SURE}:")
        show(figures)
        held = sorted({institution(doc) for doc in obs})
        print(f"leave-one-institution-out over {len(held)} ({', '.join(held)}), harsher; confidence >= {SURE}:")
        show(report(leave_one_out(obs, config, institution)))
    if a.readings:
        if not a.readings_facts:
            raise SystemExit("--readings needs --readings-facts: the facts extracted from the transcripts they name")
        facts_read = [t for path in a.readings_facts for t in scorer.load_facts(path)]
        cache: dict[str, str] = {}

        def text_of(source: str) -> str:
            # The readings name transcripts as the extraction was given them (../shared/...), from the project.
            if source not in cache:
                cache[source] = read_text(PROJECT / source).text
            return cache[source]

        print(f"blind readings ({', '.join(str(f) for f in a.readings)}), the model fitted on every gold file:")
        show_readings(readings(fit(obs, config), config, a.readings, facts_read, text_of))
    plot(figures, a.plot)
    print(f"reliability diagram: {a.plot}", file=sys.stderr)
    if a.write:
        table = fit(obs, config)
        n = sum(len(rows) for rows in obs.values()) // len(FIELDS)
        lofo = "; ".join(f"{field} ECE {f['ece']:.3f}, precision at >= {SURE} "
                         + ("n/a" if f["sure_filled_precision"] is None else f"{f['sure_filled_precision']:.3f}")
                         + " on " + ("n/a" if f["coverage"] is None else f"{f['coverage']:.2f}") + " of set fields"
                         for field, f in figures.items())
        header = (f"Confidence model of each context field: logistic weights per feature, fitted on {len(obs)} "
                  f"gold transcripts ({n} paired figures), "
                  f"{datetime.date.today().isoformat()}.\n"
                  f"Leave-one-file-out: {lofo}.\n"
                  "Written by `python benchmarks/calibration.py --gold ../shared/gold --write"
                  + "".join(f" --errata {path.as_posix()}" for path in a.errata) + "`; do not edit.\n"
                  + ("The errata correct gold items a blind reader found against the guidelines (see their "
                     "comments).\n" if a.errata else "") +
                  "A confidence is the logistic of the sum of the weights of its features, passed through its "
                  "field's map across institutions\n(the recalibration-* rows; extractor/quantities/confidence.py); "
                  "right and seen count the gold fields with the feature (each weighted as in the fit;\nfor a map, "
                  "its state group's fields as weighed in it); the `#=` lines are the settings of the fit "
                  "(FitConfig).")
        TABLE.write_text(dump(table, header, config), encoding="utf-8")
        print(f"wrote {TABLE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
