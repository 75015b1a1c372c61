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
import logging
import os
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .api import Options, _run_one
from .errors import ExtractorError
from .pipeline.build import build_pipeline, model_label, parsing_label
from .reading.inputs import Inputs
from .records.models import FactsDocument, Failure, Generator, TranscriptRecord


class _ExtractFiles:
    """A Ray Data actor: the pipeline is built once, in the constructor, and reused for each batch."""

    def __init__(self, options: Options) -> None:
        # Actors share their node's cores with each other: one BLAS thread each.
        self.options = dataclasses.replace(options, blas_threads=1)
        self.nlp = build_pipeline(options.pipeline)
        self.model = model_label(self.nlp)
        self.parsing = parsing_label(self.nlp)
        self._run_one = _run_one

    def __call__(self, batch: dict) -> dict:
        rows: dict[str, list[str | None]] = {
            "source": [], "record": [], "error": [], "model": [], "parsing": [], "text": []}
        for path in batch["path"]:
            outcome = self._run_one(self.nlp, _path_of(path), self.options)
            rows["source"].append(outcome.source)
            rows["record"].append(outcome.record.model_dump_json() if outcome.record else "")
            rows["error"].append(outcome.error or "")
            rows["model"].append(self.model)
            rows["parsing"].append(self.parsing)
            # The text the record's offsets index: the merge's tables and report show it without reading
            # the file again (which may have changed, or not be readable where the merge runs).
            rows["text"].append(outcome.text or "")
        return rows


@contextmanager
def quiet_ray(*, verbose: bool = False) -> Iterator[None]:
    """Keep Ray's own log lines and progress bars off the terminal unless ``verbose``.

    Ray logs through the ``ray`` logger (its start-up banner, Ray Data's plan and progress);
    they are lowered to errors for the block and restored after.
    """
    if verbose:
        yield
        return
    import ray

    context = ray.data.DataContext.get_current()
    saved_bars = context.enable_progress_bars
    loggers = [logging.getLogger(name) for name in ("ray", "ray.data", "ray._private", "ray.util")]
    levels = [lg.level for lg in loggers]
    # Read when Ray starts: Ray Data's bars in the workers. (RAY_BACKEND_LOG_LEVEL would quiet the C++
    # core's one warning about actor restarts, but announces itself in a line of its own.)
    env = {"RAY_DATA_DISABLE_PROGRESS_BARS": "1"}
    saved_env = {k: os.environ.get(k) for k in env}
    context.enable_progress_bars = False
    os.environ.update(env)
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        yield
    finally:
        context.enable_progress_bars = saved_bars
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


#: Lines Ray's C++ core writes straight to the driver's stderr that say nothing about this run. Ray Data
#: passes each map actor a reference to its own location tracker, so Ray's core warns, at error level,
#: that such an actor could not be restarted if that reference were lost (ray-project/ray#57733, a
#: false alarm for Ray Data's own actors; the restarts themselves are wanted: one crashed actor must not
#: stop the run). Python's logging cannot reach these lines, so ``drop_core_false_alarms`` filters the
#: file descriptor.
RAY_CORE_FALSE_ALARMS = re.compile(rb"has constructor arguments in the object store and max_restarts > 0")


@contextmanager
def drop_core_false_alarms(pattern: re.Pattern[bytes] = RAY_CORE_FALSE_ALARMS) -> Iterator[None]:
    """Pass everything written to file descriptor 2 during the block through, but lines matching ``pattern``.

    Enter it after ``ray.init``: processes started inside the block (Ray's daemons) would inherit the
    filtering pipe. Lines are passed on as they come, so the user's own errors are not delayed; with no
    usable descriptor 2 (closed, or not a file) the block runs unfiltered.
    """
    sys.stderr.flush()
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    read_end, write_end = os.pipe()
    os.dup2(write_end, 2)
    os.close(write_end)
    pump = threading.Thread(target=_pump_lines, args=(read_end, os.dup(saved), pattern), daemon=True)
    pump.start()
    try:
        yield
    finally:
        sys.stderr.flush()
        # Restoring descriptor 2 closes the pipe's last write end, so the pump sees the end and stops.
        os.dup2(saved, 2)
        os.close(saved)
        pump.join(timeout=10)


def _pump_lines(source: int, target: int, pattern: re.Pattern[bytes]) -> None:
    """Copy lines from descriptor ``source`` to ``target``, leaving out those ``pattern`` matches."""
    with os.fdopen(source, "rb") as src, os.fdopen(target, "wb", buffering=0) as dst:
        for line in src:
            if not pattern.search(line):
                dst.write(line)


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
    found = paths if isinstance(paths, Inputs) else options.inputs(paths)
    items = _items(found)
    if not items:
        raise ExtractorError("no transcript files found (.txt, .md or .html)")
    dataset = ray.data.from_items(items)
    results = dataset.map_batches(
        _ExtractFiles,
        fn_constructor_kwargs={"options": options},
        batch_size=1,
        # More actors than files would only start idle pipelines (and Ray Data warns about it).
        concurrency=max(1, min(actors, len(items))),
        num_cpus=1,
    )
    results.write_json(str(out))
    return out


def _items(found: Inputs) -> list[dict[str, bytes]]:
    """One Ray Data item per input, its path as the bytes of its name.

    Bytes, not ``str``: a name that is not UTF-8 reaches Python with lone surrogates, which Arrow (under
    Ray Data) refuses, and the whole run would fail; the actor decodes them back (``_path_of``). Inputs that
    cannot be read at all (a FIFO, a folder that cannot be listed) go to the actors too, whose reading
    reports each by name in its own row.
    """
    return [{"path": os.fsencode(e) if isinstance(e, Path) else e.source.encode("utf-8")} for e in found.entries]


def _path_of(item: bytes | str) -> Path:
    """The path an item of ``_items`` names."""
    return Path(os.fsdecode(item))


#: How many bad shard lines a refused merge lists before "and N more".
_SHOWN_PROBLEMS = 20


def merge_shards(shards: str | Path) -> FactsDocument:
    """Read the JSON Lines shards of ``extract_with_ray`` into one facts document, sorted by source.

    See ``read_shards``, which also gives each transcript's text.
    """
    return read_shards(shards)[0]


def read_shards(shards: str | Path) -> tuple[FactsDocument, dict[str, str]]:
    """Read the JSON Lines shards of ``extract_with_ray``: one facts document, sorted by source, and the
    text of each transcript whose shard row holds it (source -> text).

    The merge is all or nothing: a line that is not a shard row of ``extract ray`` (not JSON, not an
    object, no ``source``, a record that does not validate, bytes that are not UTF-8), a shard that
    cannot be read, a transcript that appears twice, or a folder without shards refuses it as a
    whole, with every problem named by file and line, so that a merged document is never silently
    short of (or doubled in) transcripts.

    Raises:
        ExtractorError: Listing each problem.
    """
    files = sorted(Path(shards).glob("*.json")) + sorted(Path(shards).glob("*.jsonl"))
    if not files:
        raise ExtractorError(f"{shards}: no shards (*.json, *.jsonl) in the folder")
    rows, problems = _read_rows(files)
    if problems:
        more = f"\n  ... and {len(problems) - _SHOWN_PROBLEMS} more" if len(problems) > _SHOWN_PROBLEMS else ""
        raise ExtractorError(f"{shards}: not merged: {_plural(len(problems))}:\n  "
                             + "\n  ".join(problems[:_SHOWN_PROBLEMS]) + more)
    return _merged(rows)


#: A shard row as read: where it was (file and line), its validated record (None for a failure), its error, and
#: the row itself.
_Row = tuple[str, TranscriptRecord | None, str, dict]


def _read_rows(files: list[Path]) -> tuple[dict[str, _Row], list[str]]:
    """The rows of every shard by source, and the problems found (each named by file and line)."""
    rows: dict[str, _Row] = {}
    problems: list[str] = []
    for shard in files:
        for where, row, problem in _shard_rows(shard):
            if problem:
                problems.append(f"{where}: {problem}")
            elif row["source"] in rows:
                problems.append(f"{where}: {row['source']!r} was already read at {rows[row['source']][0]}; "
                                "were two runs' shards put in one folder?")
            else:
                rows[row["source"]] = (where, row["record"], row["error"], row)
    return rows, problems


def _merged(rows: dict[str, _Row]) -> tuple[FactsDocument, dict[str, str]]:
    """The facts document of the rows, sorted by source, and the text of each transcript whose row holds it."""
    records = sorted((r for _, r, _, _ in rows.values() if r is not None), key=lambda r: r.source)
    failures = sorted((Failure(source=source, error=error or "unknown error")
                       for source, (_, r, error, _) in rows.items() if r is None), key=lambda f: f.source)
    models = {row.get("model") or "" for *_, row in rows.values()}
    parsings = {row.get("parsing") or "" for *_, row in rows.values()}
    texts = {source: row["text"] for source, (_, r, _, row) in rows.items() if r is not None and row.get("text")}
    return FactsDocument(
        generator=Generator(name="extractor", version=__version__,
                            model=",".join(sorted(m for m in models if m)) or None,
                            parsing=",".join(sorted(p for p in parsings if p)) or None),
        transcripts=records,
        failures=failures,
    ), texts


def _plural(n: int) -> str:
    return "1 problem" if n == 1 else f"{n} problems"


def _shard_rows(shard: Path):
    """``(where, row, problem)`` for each non-blank line of one shard; ``row["record"]`` is validated."""
    try:
        if not shard.is_file():
            kind = "a folder" if shard.is_dir() else "a broken link" if shard.is_symlink() else "not a regular file"
            yield str(shard), None, f"is {kind}, not a shard"
            return
        data = shard.read_bytes()
    except OSError as exc:
        broken = shard.is_symlink() and not shard.exists()
        yield str(shard), None, "is a broken link" if broken else f"cannot be read: {exc.strerror or exc}"
        return
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{shard}:{n}"
        try:
            yield where, _parse_row(line.decode("utf-8")), None
        except UnicodeDecodeError as exc:
            yield where, None, f"not UTF-8 (byte {exc.start} of the line)"
        except ValueError as exc:
            yield where, None, f"not a shard row of `extract ray`: {exc}"


def _parse_row(line: str) -> dict:
    """One shard line as a row, its record validated (None for a failure).

    Raises:
        ValueError: Saying what is wrong with the line.
    """
    from pydantic import ValidationError

    try:
        row = json.loads(line)
    except ValueError:
        raise ValueError("not JSON") from None
    if not isinstance(row, dict):
        raise ValueError(f"a JSON {type(row).__name__}, not an object")
    if not isinstance(row.get("source"), str) or not row["source"]:
        raise ValueError("no source")
    record = row.get("record")
    if record and not isinstance(record, str):
        raise ValueError("its record is not JSON text")
    if not record and not row.get("error"):
        raise ValueError("neither a record nor an error")
    if not isinstance(row.get("text", ""), str):
        raise ValueError("its text is not a string")
    try:
        # With its text, the record's offsets and quoted words are checked against it.
        parsed = TranscriptRecord.model_validate_json(record, context={"text": row["text"]} if row.get("text")
                                                      else None) if record else None
    except ValidationError as exc:
        raise ValueError(f"its record does not validate ({exc.error_count()} errors, first: "
                         f"{exc.errors()[0]['msg']})") from None
    return {**row, "record": parsed, "error": str(row.get("error") or "")}
