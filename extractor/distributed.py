"""Distributed runs on Ray Data (the optional ``[ray]`` extra).

The library's per-file function is mapped over a dataset of file paths by a
pool of actors, each of which builds the spaCy pipeline once. Every row of the
result holds one transcript record (or one failure) as JSON text, and Ray
writes the rows as JSON Lines shards; ``merge_shards`` reads them back into one
facts document, in a stable order, so the result does not depend on how the
work was split.

To use a real cluster, start Ray there (``ray start --head`` on one machine,
``ray start --address=HEAD:6379`` on the others) and pass its address, e.g.
``extract ray corpus/ --shards out/ --address ray://HEAD:10001``. The files
must be readable at the same paths on every node (a shared file system).
"""
from __future__ import annotations

import dataclasses

import json
from collections.abc import Iterable
from pathlib import Path

from .api import Options, find_transcripts
from .errors import ExtractorError
from .records import FactsDocument, Failure, Generator, TranscriptRecord


class _ExtractFiles:
    """A Ray Data actor: the pipeline is built once, in the constructor, and reused for each batch."""

    def __init__(self, options: Options) -> None:
        from .api import _run_one
        from .pipeline import build_pipeline, model_label, parsing_label

        # Actors share their node's cores with each other: one BLAS thread each.
        self.options = dataclasses.replace(options, blas_threads=1)
        self.nlp = build_pipeline(options.pipeline)
        self.model = model_label(self.nlp)
        self.parsing = parsing_label(self.nlp)
        self._run_one = _run_one

    def __call__(self, batch: dict) -> dict:
        rows = {"source": [], "record": [], "error": [], "model": [], "parsing": []}
        for path in batch["path"]:
            outcome = self._run_one(self.nlp, Path(path), self.options)
            rows["source"].append(outcome.source)
            rows["record"].append(outcome.record.model_dump_json() if outcome.record else "")
            rows["error"].append(outcome.error or "")
            rows["model"].append(self.model)
            rows["parsing"].append(self.parsing)
        return rows


def extract_with_ray(
    paths: Iterable[str | Path],
    shards: str | Path,
    options: Options | None = None,
    *,
    actors: int = 2,
) -> Path:
    """Extract every transcript under ``paths`` on the connected Ray cluster into JSON Lines shards.

    Call ``ray.init(...)`` first to choose the cluster; otherwise Ray starts a local one.

    Args:
        paths: Files and folders, as for ``extract``.
        shards: Folder to write the shards to (created; existing shards there are kept).
        options: How to run each file (``jobs`` is ignored, ``actors`` sets the parallelism; each actor uses
            one BLAS thread, whatever ``blas_threads`` says).
        actors: How many actors, each with its own pipeline.

    Returns:
        The shard folder.
    """
    import ray

    out = Path(shards)
    if out.exists() and any(out.iterdir()):
        # Merging reads every shard in the folder: old shards would duplicate transcripts.
        raise ExtractorError(f"{out}: the shard folder is not empty; give a new or empty folder")
    options = options or Options()
    files = [str(p) for p in find_transcripts(paths)]
    dataset = ray.data.from_items([{"path": f} for f in files])
    results = dataset.map_batches(
        _ExtractFiles,
        fn_constructor_kwargs={"options": options},
        batch_size=1,
        concurrency=actors,
        num_cpus=1,
    )
    results.write_json(str(out))
    return out


def merge_shards(shards: str | Path) -> FactsDocument:
    """Read the JSON Lines shards of ``extract_with_ray`` into one facts document, sorted by source."""
    from . import __version__

    records: list[TranscriptRecord] = []
    failures: list[Failure] = []
    models: set[str] = set()
    parsings: set[str] = set()
    files = sorted(Path(shards).glob("*.json")) + sorted(Path(shards).glob("*.jsonl"))
    for shard in files:
        for n, line in enumerate(shard.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                record = TranscriptRecord.model_validate_json(row["record"]) if row.get("record") else None
            except (ValueError, KeyError, TypeError) as exc:
                raise ExtractorError(f"{shard}:{n}: not a shard row of `extract ray` ({type(exc).__name__})") from None
            models.add(row.get("model") or "")
            parsings.add(row.get("parsing") or "")
            if record is not None:
                records.append(record)
            else:
                failures.append(Failure(source=row["source"], error=row.get("error") or "unknown error"))
    records.sort(key=lambda r: r.source)
    failures.sort(key=lambda f: f.source)
    return FactsDocument(
        generator=Generator(name="extractor", version=__version__, model=",".join(sorted(m for m in models if m)) or None,
                            parsing=",".join(sorted(p for p in parsings if p)) or None),
        transcripts=records,
        failures=failures,
    )
