"""The library's entry points: one call on a text, a path, or many paths, or on a ``Doc`` already processed."""
from __future__ import annotations

import collections.abc
import gc
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

from . import __version__
from .bounds import DEFAULT_MAX_MEMORY, DEFAULT_MAX_SECONDS, WORKER_GRACE, make_doc, run_pipeline, time_budget
from .errors import ExtractorError, InputError
from .output.writers import open_writer
from .pipeline.build import PipelineConfig, build_pipeline, model_label, parsing_label, parsing_label_for
from .pipeline.extensions import register_extensions
from .pipeline.model_loading import resolve_model_name
from .pool import WorkerPool
from .reading.decode import DEFAULT_MAX_BYTES, DecodedText, read_text, source_name
from .reading.inputs import TRANSCRIPT_SUFFIXES, Inputs, Problem, find_inputs, find_transcripts  # noqa: F401  (re-exported)
from .records.assemble import transcript_record
from .records.models import FactsDocument, Failure, Generator, TranscriptRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    """How to run an extraction.

    Attributes:
        pipeline: What the spaCy pipeline does and which model it loads.
        date: ISO date used when neither the header nor the file name gives one.
        max_bytes: Files larger than this are refused.
        jobs: Worker processes (each loads the model once).
        blas_threads: BLAS threads per process while the models run. One by default: a second
            thread made a single process about 5% faster on two cores, but then ``jobs=2`` (one
            thread each) gains less over it, and workers must not oversubscribe the cores.
        max_seconds: A file whose extraction takes longer is stopped and reported (None: no limit).
        max_memory: A file whose extraction adds more megabytes than this to its process's resident
            memory is stopped and reported (None: no limit).
        glob: In folders, take files whose name matches one of these patterns (default: the
            transcript suffixes).
        exclude: Leave out files whose name or path below the folder matches one of these patterns.
        skip_notes: In folders, skip ``README*``, ``SOURCES*``, ``LICENSE*``, ``CHANGELOG*`` and this
            tool's own report pages.
    """

    pipeline: PipelineConfig = field(default_factory=PipelineConfig)
    date: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    jobs: int = 1
    blas_threads: int = 1
    max_seconds: float | None = DEFAULT_MAX_SECONDS
    max_memory: float | None = DEFAULT_MAX_MEMORY
    glob: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    skip_notes: bool = True

    def inputs(self, paths: Iterable[str | os.PathLike[str]]) -> Inputs:
        """The files (and problems) these options choose under ``paths`` (see ``inputs.find_inputs``)."""
        return find_inputs(paths, glob=self.glob, exclude=self.exclude, skip_notes=self.skip_notes)


def extract_text(
    text: str,
    *,
    source: str = "<text>",
    date: str | None = None,
    nlp: Language | None = None,
    max_chars: int = DEFAULT_MAX_BYTES,
) -> TranscriptRecord:
    """Extract the structure and facts of one transcript given as a string.

    Args:
        text: The transcript's text; every offset in the result indexes it.
        source: What to record as the transcript's source.
        date: ISO date used when the text and ``source`` name none.
        nlp: A pipeline from ``build_pipeline()``; when None, the default pipeline, built on the
            first call and kept for the next ones.
        max_chars: Refuse longer texts.

    Returns:
        The validated transcript record.

    Raises:
        TypeError: ``text`` is not a ``str`` (bytes must be decoded first: ``decode_bytes``), or
            ``source`` is not a ``str``.
        InputError: The text is longer than ``max_chars``.
    """
    _require(text, str, "text", "a str (decode bytes first, e.g. with extractor.decode_bytes)")
    _require(source, str, "source", "a str")
    return _process(nlp or default_pipeline(), DecodedText(text, "utf-8"), source, date, max_chars)


def _require(value, kind: type | tuple[type, ...], argument: str, what: str) -> None:
    if not isinstance(value, kind):
        raise TypeError(f"{argument} must be {what}, not {type(value).__name__}")


def _path_list(paths, argument: str = "paths") -> list[str | os.PathLike[str]] | Inputs:
    """The paths as a list: one ``str`` or ``Path`` is one path (not its characters)."""
    if isinstance(paths, (str, os.PathLike)):
        return [paths]
    if isinstance(paths, Inputs):
        return paths
    if isinstance(paths, (bytes, bytearray)) or not isinstance(paths, Iterable):
        raise TypeError(f"{argument} must be a path (str or Path) or an iterable of paths, "
                        f"not {type(paths).__name__}")
    items = list(paths)
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"{argument} must hold paths (str or Path), not {type(item).__name__} ({item!r:.40})")
    return items


def record_from_doc(doc: Doc, *, source: str = "<doc>", encoding: str = "utf-8") -> TranscriptRecord:
    """The validated record of a ``Doc`` the extractor's pipeline processed (``nlp.pipe``, a ``DocBin``).

    Args:
        doc: A ``Doc`` from ``build_pipeline()``'s pipeline (or one saved and loaded with its user data).
        source: What to record as the transcript's source.
        encoding: What to record as the text's encoding.

    Raises:
        TypeError: ``doc`` is not a spaCy ``Doc``.
        ValueError: The ``Doc`` was not processed by the extractor's pipeline (it has no structure).
    """
    _require(doc, Doc, "doc", "a spaCy Doc")
    _require(source, str, "source", "a str")
    register_extensions()
    if getattr(doc._, "structure", None) is None:
        raise ValueError("doc was not processed by the extractor's pipeline (build_pipeline()): it has no "
                         "transcript structure")
    return transcript_record(doc, source=source, encoding=encoding)


def extract_path(path: str | Path, *, nlp: Language | None = None, options: Options | None = None) -> TranscriptRecord:
    """Read one transcript file and extract its structure and facts.

    Raises:
        InputError: The file cannot be read or is not a text transcript.
    """
    return _extract_file(path, nlp, options or Options())[0]


def _extract_file(path: str | Path, nlp: Language | None, options: Options) -> tuple[TranscriptRecord, str]:
    """``extract_path``'s record, and the text its offsets index (the text that was extracted)."""
    _require(path, (str, os.PathLike), "path", "a path (str or Path)")
    decoded = read_text(path, max_bytes=options.max_bytes)
    record = _process(nlp or default_pipeline(options.pipeline), decoded, source_name(path), options.date,
                      options.max_bytes, options.blas_threads, options.max_seconds, options.max_memory)
    return record, decoded.text


def _process(nlp: Language, decoded: DecodedText, source: str, date: str | None, max_chars: int,
             threads: int = 1, max_seconds: float | None = None, max_memory: float | None = None) -> TranscriptRecord:
    if len(decoded.text) > max_chars:
        # An HTML file's shown text or a text given directly can be long though its bytes passed.
        raise InputError(source, f"is {len(decoded.text):,} characters, over the limit of {max_chars:,} "
                                 "(raise it with --max-bytes)")
    _check_encodable(decoded.text, source)
    if date is not None:
        _check_iso_date(date)
    register_extensions()
    with time_budget(max_seconds, source, max_memory) as deadline:
        doc = make_doc(nlp, decoded.text)
        doc._.file_name = Path(source).name
        doc._.date_option = date
        # A set number of BLAS threads (one unless asked): numpy's default, one per core, would
        # oversubscribe the cores when several workers run (benchmarks/throughput.py --notes). The limit
        # is process-wide: threads of one process that extract at once should all ask for the same.
        with threadpool_limits(limits=max(1, threads), user_api="blas"):
            doc = run_pipeline(nlp, doc, deadline)
        return transcript_record(doc, source=source, encoding=decoded.encoding, warnings=decoded.warnings)


def _check_encodable(text: str, source: str) -> None:
    """A lone surrogate (from a library caller's string) cannot be written as UTF-8: refuse it up front."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(source, f"holds a lone surrogate (U+{ord(text[exc.start]):04X}) at character {exc.start}, "
                                 "which is not text; decode the input with errors='replace'") from None


def _check_iso_date(date: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise ExtractorError(f"the date {date!r} is not an ISO date (YYYY-MM-DD)") from None


@dataclass
class Outcome:
    """The result of one file: a record or the error that stopped it, and how long it took.

    ``text`` is the text the record's offsets index, as it was read (a report lays it out, never the file
    as it is by then).
    """

    source: str
    record: TranscriptRecord | None = None
    error: str | None = None
    seconds: float = 0.0
    text: str | None = None


def _run_one(nlp: Language, path: Path, options: Options) -> Outcome:
    started = time.perf_counter()
    source = source_name(path)
    try:
        record, text = _extract_file(path, nlp, options)
        return Outcome(source, record=record, seconds=time.perf_counter() - started, text=text)
    except ExtractorError as exc:
        return Outcome(source, error=str(exc), seconds=time.perf_counter() - started)
    except MemoryError:  # the system's memory ran out before the limit per file was reached
        return Outcome(source, error=f"{source}: ran out of memory; stopped (run fewer --jobs, or lower --max-memory "
                                     "so that a file is stopped before the system runs out)",
                       seconds=time.perf_counter() - started)
    except Exception as exc:  # one file's bug must not cost the other files' results
        log.debug("unexpected failure on %s", source, exc_info=True)
        return Outcome(source, error=f"{source}: internal error ({type(exc).__name__}: {exc})",
                       seconds=time.perf_counter() - started)


def default_pipeline(config: PipelineConfig | None = None) -> Language:
    """The pipeline for ``config`` (the default configuration when None), built on the first call and the
    same one after.

    The library's calls use it when given no ``nlp``; each worker process builds its own once,
    at start-up, and reuses it for every file.
    """
    return _pipeline_for(config or PipelineConfig())


@cache
def _pipeline_for(config: PipelineConfig) -> Language:
    return build_pipeline(config)


#: Allocations between two passes of the garbage collector over its youngest objects while files are extracted
#: (Python's default is 700). A transcript's work makes millions of objects that live for a stage, and nearly all
#: of them are freed by reference counting, not by the collector: at 700 it passed some 700 times over the corpus
#: and found some 2,000 objects in all. At 7,000 it passes a tenth as often, so the older generations fill and
#: are walked a tenth as often too.
YOUNG_OBJECTS = 7_000


def _worker_start(config: PipelineConfig) -> None:
    """A worker's start: its pipeline built, then frozen for the garbage collector and the collector's first
    threshold raised (see ``_pipeline_frozen``) for the worker's life."""
    default_pipeline(config)
    gc.freeze()
    if 0 < gc.get_threshold()[0] < YOUNG_OBJECTS:
        gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])


@contextmanager
def _pipeline_frozen() -> Iterator[None]:
    """The objects alive now (the pipeline's: its models, vocabulary and rules, some 100,000 of them) left out of
    the garbage collector's passes while files are extracted, and the collector's first threshold raised to
    ``YOUNG_OBJECTS``; both put back at the end.

    The pipeline's objects live to the end of the run anyway, and each full pass walked every one of them: a fifth
    of a second of CPU a pass, 0.3 s of the 18 s run on the 22 transcripts. What the extraction makes is collected
    as before. Nothing is frozen when something already is (a caller's own ``gc.freeze`` stays as it was), and a
    higher threshold the caller set, or collection turned off, is kept. What is changed is put back when the run's
    generator is closed: one read in part and kept keeps the pipeline frozen until it is closed or collected.
    """
    thresholds = gc.get_threshold()
    # Raised only from a lower, non-zero threshold (0: the caller turned collection off), and put back only by
    # the run that raised it, so that runs that overlap (two generators, two threads) leave the caller's value.
    raise_it = 0 < thresholds[0] < YOUNG_OBJECTS
    if raise_it:
        gc.set_threshold(YOUNG_OBJECTS, *thresholds[1:])
    freeze = not gc.get_freeze_count()
    if freeze:
        gc.freeze()
    try:
        yield
    finally:
        if freeze:
            gc.unfreeze()
        if raise_it and gc.get_threshold()[0] == YOUNG_OBJECTS:
            gc.set_threshold(*thresholds)


def _run_in_turn(nlp: Language | None, files: list[Path],
                 options: Options) -> collections.abc.Generator[Outcome, None, None]:
    """``files`` extracted one after another with ``nlp`` (None when there are none), the pipeline frozen meanwhile
    (``_pipeline_frozen``)."""
    if nlp is None:
        return
    with _pipeline_frozen():
        for f in files:
            yield _run_one(nlp, f, options)


def _worker_run(task: tuple[Path, Options]) -> Outcome:
    path, options = task
    return _run_one(default_pipeline(options.pipeline), path, options)


def _lost_file(task: tuple[Path, Options], how: str) -> Outcome:
    # Named as a processed file is: a name that is not UTF-8 must not cost the run's output.
    source = source_name(task[0])
    return Outcome(source, error=f"{source}: the worker process extracting it died ({how}); not processed")


def iter_outcomes(
    paths: Iterable[str | os.PathLike[str]] | Inputs, options: Options | None = None, *, nlp: Language | None = None
) -> Iterator[Outcome]:
    """Process files one by one (or in ``options.jobs`` worker processes), in input order.

    Each file's failure is reported in its ``Outcome``; it never stops the others. So are the inputs
    that cannot be read at all (a folder that cannot be listed, a FIFO, a broken link), in their place.
    """
    options = options or Options()
    paths = _path_list(paths)
    entries = (paths if isinstance(paths, Inputs) else options.inputs(paths)).entries
    files = [e for e in entries if isinstance(e, Path)]
    if options.jobs > 1 and len(files) > 1:
        # The parent's backstop: a worker that cannot even stop itself at its time limit (SIGSTOP) is killed.
        pool = WorkerPool(options.jobs, _worker_run, _lost_file, initializer=_worker_start,
                          initargs=(options.pipeline,),
                          item_seconds=options.max_seconds + WORKER_GRACE if options.max_seconds else None)
        results = pool.map((f, options) for f in files)
    else:
        model = (nlp or default_pipeline(options.pipeline)) if files else None
        results = _run_in_turn(model, files, options)
    try:
        for entry in entries:
            yield Outcome(entry.source, error=f"{entry.source}: {entry.error}") if isinstance(entry, Problem) \
                else next(results)
    finally:
        results.close()


def extract(
    paths: Iterable[str | os.PathLike[str]] | Inputs,
    options: Options | None = None,
    *,
    nlp: Language | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> FactsDocument:
    """Extract every transcript under ``paths`` into one facts document.

    Args:
        paths: Files and folders (searched recursively for ``.txt``, ``.md`` and ``.html``); one ``str``
            or ``Path`` is one path.
        options: How to run; defaults to one process and the default model.
        nlp: A pipeline to reuse (single process only).
        on_outcome: Called after each file, e.g. to show progress.

    Returns:
        The document with one record per transcript and one failure per file
        that could not be processed.
    """
    options = options or Options()
    paths = _path_list(paths)
    nlp = nlp or (default_pipeline(options.pipeline) if options.jobs <= 1 else None)
    transcripts, failures = [], []
    for outcome in iter_outcomes(paths, options, nlp=nlp):
        if on_outcome is not None:
            on_outcome(outcome)
        if outcome.record is not None:
            transcripts.append(outcome.record)
        else:
            failures.append(Failure(source=outcome.source, error=outcome.error or "unknown error"))
    return FactsDocument(
        generator=_generator(nlp, options.pipeline),
        transcripts=transcripts,
        failures=failures,
    )


@dataclass
class RunSummary:
    """What a run did: counts for the closing line, and the files that failed."""

    transcripts: int = 0
    turns: int = 0
    quantities: int = 0
    warnings: int = 0
    failures: list[Failure] = field(default_factory=list)
    generator: Generator | None = None

    @property
    def files(self) -> int:
        return self.transcripts + len(self.failures)


def extract_to(
    paths: Iterable[str | os.PathLike[str]] | Inputs,
    out: str | Path | None,
    fmt: str = "json",
    options: Options | None = None,
    *,
    nlp: Language | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> RunSummary:
    """Extract every transcript under ``paths`` and write the facts to ``out`` as they come.

    Unlike ``extract``, no more than one transcript's records are held in
    memory, so this scales to any number of files. The file is written
    atomically: until the run ends, the previous ``out`` (if any) stays whole.

    Args:
        paths: Files and folders (searched recursively), or the ``Inputs`` that ``Options.inputs`` found.
        out: The output file; None writes to standard output.
        fmt: A name in ``output.OUTPUT_FORMATS``: ``json``, ``jsonl``, ``csv``, ``sqlite``, ``parquet``.
        options: How to run.
        nlp: A pipeline to reuse (single process only).
        on_outcome: Called after each file, e.g. to show progress.
    """
    options = options or Options()
    paths = _path_list(paths)
    nlp = nlp or (default_pipeline(options.pipeline) if options.jobs <= 1 else None)
    generator = _generator(nlp, options.pipeline)
    summary = RunSummary(generator=generator)
    with open_writer(out, fmt, generator) as writer:
        for outcome in iter_outcomes(paths, options, nlp=nlp):
            if on_outcome is not None:
                on_outcome(outcome)
            record = outcome.record
            if record is not None:
                writer.add(record, outcome.text)
                summary.transcripts += 1
                summary.turns += len(record.turns)
                summary.quantities += len(record.quantities)
                summary.warnings += len(record.warnings)
            else:
                failure = Failure(source=outcome.source, error=outcome.error or "unknown error")
                writer.fail(failure)
                summary.failures.append(failure)
    return summary


def _generator(nlp: Language | None, config: PipelineConfig) -> Generator:
    """The output's generator block: this program, the model, where the model ran."""
    if nlp is not None:
        return Generator(name="extractor", version=__version__, model=model_label(nlp), parsing=parsing_label(nlp))
    return Generator(name="extractor", version=__version__, model=_model_label_for(config),
                     parsing=parsing_label_for(config))


def _model_label_for(config: PipelineConfig) -> str:
    import spacy

    name = resolve_model_name(config.model)
    # info() of an installed pipeline is its meta dict (a string only when asked for markdown).
    meta = cast(dict, spacy.info(name)) if not Path(name).is_dir() else spacy.util.load_meta(Path(name) / "meta.json")
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}=={meta.get('version', '?')}"


__all__ = [
    "InputError", "Options", "Outcome", "RunSummary", "default_pipeline", "extract", "extract_path", "extract_text",
    "extract_to", "find_transcripts", "iter_outcomes", "record_from_doc",
]
