"""The ``extract`` command: parse options, call ``extract()``, write the result.

Exit status: 0 when every file was processed, 1 when some failed or none was
found (their errors are listed and every other file's records are still
written), 2 for usage errors and output that cannot be written, 130 when
interrupted (Ctrl-C) and 143 when terminated.

The subcommands (``schema``, ``merge``, ``ray``) are argparse subparsers; the
main command (extracting from PATHs) is the one taken when the first word names
none of them. Which command runs depends on the words typed only, never on the
files present: ``extract ./schema`` reads a file named ``schema``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import signal
import sys
import time
from contextlib import nullcontext
from pathlib import Path

from . import __version__
from .errors import ExtractorError, printable

# Lazy imports: the other layers are imported inside the functions that use them, for start-up speed:
# `extract --help`, `extract schema` and a usage error answer without loading spaCy or the models.

USAGE = """\
extract [options] PATH [PATH ...]
       extract {schema,merge,ray} ...   (extract SUBCOMMAND --help for each)"""

EPILOG = """\
subcommands:
  schema                      print the JSON Schema of the output
  merge DIR --out FILE        merge the JSON Lines shards of `extract ray`
  ray PATH ... --shards DIR   extract on a Ray cluster (the [ray] extra)

examples:
  extract corpus/ --out facts.json             every .txt/.md/.html under corpus/, one JSON document
  extract a.txt b.txt --format jsonl --out facts.jsonl
  extract corpus/ --format csv --out quantities.csv   one row per quantity
  extract corpus/ --out facts.sqlite            a SQLite database (tables: --tables DIR; Parquet: .parquet)
  extract corpus/ --glob '*.txt' --exclude 'drafts/*' --out facts.json
  extract notes.txt --date 2025-01-13 --out facts.json   date for a file that names none
  extract corpus/ --jobs 2 --out facts.json     two worker processes
  extract corpus/ --out facts.json --html report/   and an HTML review report
  extract schema                               print the JSON Schema of the output
  extract ray corpus/ --shards out/            run on a Ray cluster (the [ray] extra) ...
  extract merge out/ --out facts.json          ... and merge its JSON Lines shards

exit status: 0 every file processed; 1 some file failed, or none was found; 2 usage error or
output that cannot be written; 130 interrupted; 143 terminated.
"""

#: The subcommand taken when the first word names none (hidden from the usage line).
MAIN = "run"

# ---------------------------------------------------------------------------------------------
# Option types


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return n


def _confidence(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        n = -1.0
    if not 0 <= n <= 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a confidence from 0 to 1")
    return n


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        n = -1.0
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds (0 for no limit)")
    return n


def _megabytes(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        n = -1.0
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of megabytes (0 for no limit)")
    return n


def _path(value: str) -> str:
    # An empty word (an unset shell variable) is Path("."), the current folder: never take it as meant.
    if not value:
        raise argparse.ArgumentTypeError("an empty path names no file or folder")
    return value


# ---------------------------------------------------------------------------------------------
# The one option builder: each subcommand asks for the groups it takes.


def add_options(parser: argparse.ArgumentParser, *groups: str, suppress: bool = False) -> None:
    """Add the named groups of options to ``parser``.

    Groups: ``inputs`` (what to read), ``pipeline`` (what to extract), ``output`` (where to write),
    ``run`` (processes, report), ``verbosity``. With ``suppress`` an option left out leaves no
    default, so that the same option given before the subcommand's words is kept.
    """

    def default(value):
        return argparse.SUPPRESS if suppress else value

    add = {"inputs": _add_inputs, "pipeline": _add_pipeline, "output": _add_output, "run": _add_run,
           "verbosity": _add_verbosity}
    for name in groups:
        add[name](parser.add_argument_group(f"{name} options"), default)


def _add_inputs(g, default) -> None:
    from .reading.decode import DEFAULT_MAX_BYTES

    g.add_argument("--glob", action="append", metavar="PATTERN", default=default([]),
                   help="in folders, read the files whose name (or path below the folder) matches PATTERN "
                        "instead of *.txt, *.md, *.html; repeatable")
    g.add_argument("--exclude", action="append", metavar="PATTERN", default=default([]),
                   help="leave out files whose name or path below the folder matches PATTERN; repeatable")
    g.add_argument("--max-bytes", type=_positive, default=default(DEFAULT_MAX_BYTES), metavar="N",
                   help=f"refuse files larger than N bytes (default: {DEFAULT_MAX_BYTES:,})")
    g.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", default=default(None),
                   help="briefing date for transcripts whose header and file name give none")


def _add_pipeline(g, default) -> None:
    from .bounds import DEFAULT_MAX_MEMORY, DEFAULT_MAX_SECONDS

    g.add_argument("--model", metavar="NAME", default=default(None),
                   help="spaCy pipeline package or directory (default: an installed en_core_web_sm)")
    g.add_argument("--parse-all", action="store_true", default=default(False),
                   help="run the tagger, parser and entity recogniser on every sentence, not only where "
                        "a figure may be: half as fast, topics slightly better (see the README)")
    g.add_argument("--no-quantities", action="store_true", default=default(False),
                   help="structure only: skip quantity extraction")
    g.add_argument("--no-topics", action="store_true", default=default(False), help="skip topic segmentation")
    g.add_argument("--max-seconds", type=_seconds, default=default(DEFAULT_MAX_SECONDS), metavar="S",
                   help=f"stop a file that takes longer than S seconds and report it "
                        f"(default: {DEFAULT_MAX_SECONDS:g}; 0 for no limit)")
    g.add_argument("--max-memory", type=_megabytes, default=default(DEFAULT_MAX_MEMORY), metavar="MB",
                   help=f"stop a file whose extraction adds more than MB megabytes to its process's memory "
                        f"and report it (default: {DEFAULT_MAX_MEMORY:,.0f}; 0 for no limit)")


def _add_output(g, default) -> None:
    from .output.writers import FORMATS

    g.add_argument("-o", "--out", metavar="FILE", type=_path, default=default(None),
                   help="output file (default: standard output); its suffix picks the format")
    g.add_argument("-f", "--format", choices=FORMATS, default=default(None),
                   help=f"output format: {', '.join(FORMATS)} (default: from the --out suffix, else json)")


def _add_run(g, default) -> None:
    g.add_argument("-j", "--jobs", type=_positive, default=default(1), metavar="N",
                   help="worker processes (default: 1)")
    g.add_argument("--html", metavar="DIR", type=_path, default=default(None),
                   help="also write an HTML review report (index.html and a page per transcript) to DIR")
    _add_unsure_below(g, default)
    g.add_argument("--tables", metavar="DIR", type=_path, default=default(None),
                   help="also write one CSV per database table (transcripts, participants, turns, "
                        "exchanges, topics, quantities) to DIR")
    g.add_argument("--blas-threads", type=_positive, default=default(1), metavar="N",
                   help="BLAS threads per process (default: 1; 2 is about 5%% faster for one process "
                        "on two cores)")


def _add_verbosity(group, default) -> None:
    verbosity = group.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true", default=default(False), help="print only errors")
    verbosity.add_argument("-v", "--verbose", action="store_true", default=default(False),
                           help="print each file as it is done (and, for ray, Ray's own log lines)")


_RUN_GROUPS = ("inputs", "pipeline", "output", "run", "verbosity")


class _Subcommands(argparse._SubParsersAction):
    """Subparsers that take the main command when the first word names no subcommand."""

    def __call__(self, parser, namespace, values, option_string=None):
        if values and values[0] not in self._name_parser_map:
            values = [MAIN, *values]
        super().__call__(parser, namespace, values, option_string)


class _Parser(argparse.ArgumentParser):
    def _check_value(self, action, value):
        # A first word that names no subcommand is a PATH of the main command, not an invalid choice.
        if isinstance(action, _Subcommands):
            return
        super()._check_value(action, value)


def build_parser() -> argparse.ArgumentParser:
    """The ``extract`` parser: the main command's options, and the subcommands as subparsers."""
    parser = _Parser(
        prog="extract",
        usage=USAGE,
        description="Extract speaker turns, question-and-answer exchanges, topics and every quantity "
        "from press-conference transcripts into validated JSON.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.register("action", "parsers", _Subcommands)
    # The main command's options are taken before its PATHs too (`extract -v corpus/`).
    add_options(parser, *_RUN_GROUPS)
    parser.add_argument("--version", action="version", version=f"extractor {__version__}",
                        help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="PATH | {schema,merge,ray}", required=True,
                                     parser_class=argparse.ArgumentParser)
    _add_main_command(commands)
    _add_schema_command(commands)
    _add_merge_command(commands)
    _add_ray_command(commands)
    return parser


def _add_main_command(commands) -> None:
    # No help= for the main command: argparse lists every subparser given one, even as SUPPRESS
    # (printing "==SUPPRESS==" in --help).
    run = commands.add_parser(MAIN, prog="extract", usage="extract [options] PATH [PATH ...]",
                              epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("paths", nargs="+", metavar="PATH", type=_path,
                     help="transcript files or folders (searched recursively)")
    add_options(run, *_RUN_GROUPS, suppress=True)
    run.set_defaults(handler=_run, name="extract")


def _add_schema_command(commands) -> None:
    schema = commands.add_parser("schema", prog="extract schema", help="print the JSON Schema of the output",
                                 description="Print the JSON Schema of the output.")
    schema.add_argument("--transcript", action="store_true",
                        help="the schema of one transcript record (a JSON Lines line)")
    schema.set_defaults(handler=_schema, name="extract schema")


def _add_unsure_below(g, default) -> None:
    from .report.config import ReportConfig

    below = ReportConfig.unsure_below
    g.add_argument("--unsure-below", type=_confidence, default=default(below), metavar="P",
                   help=f"in the --html report, mark a figure's field whose confidence is below P for checking "
                        f"(default: {below})")


def _add_merge_command(commands) -> None:
    merge = commands.add_parser("merge", prog="extract merge", help="merge the JSON Lines shards of `extract ray`",
                                description="Merge the JSON Lines shards of `extract ray` into one output.")
    merge.add_argument("shards", metavar="DIR", help="the folder of shards `extract ray` wrote")
    add_options(merge, "output", "verbosity", suppress=False)
    merge_extra = merge.add_argument_group("report options")
    merge_extra.add_argument("--html", metavar="DIR", type=_path, help="also write the HTML review report to DIR")
    _add_unsure_below(merge_extra, lambda value: value)
    merge_extra.add_argument("--tables", metavar="DIR", type=_path,
                             help="also write one CSV per database table to DIR")
    merge.set_defaults(handler=_merge, name="extract merge")


def _add_ray_command(commands) -> None:
    ray = commands.add_parser("ray", prog="extract ray", help="extract on a Ray cluster into JSON Lines shards",
                              description="Extract on a Ray cluster (pip install 'transcript-facts[ray]') "
                                          "into JSON Lines "
                              "shards; then `extract merge SHARDS --out facts.json`.")
    ray.add_argument("paths", nargs="+", metavar="PATH", type=_path,
                     help="transcript files or folders (searched recursively)")
    ray.add_argument("--shards", required=True, metavar="DIR", help="a new or empty folder for the JSON Lines shards")
    ray.add_argument("--address", metavar="ADDR", help="Ray cluster address (default: a local cluster)")
    ray.add_argument("--actors", type=_positive, default=2, metavar="N",
                     help="actors, one pipeline each (default: 2)")
    add_options(ray, "inputs", "pipeline", "verbosity")
    ray.set_defaults(handler=_ray, name="extract ray")


# ---------------------------------------------------------------------------------------------
# Running


def extract_cli(argv: list[str] | None = None) -> int:
    """Run the ``extract`` command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(argv)
    except KeyboardInterrupt:
        print("extract: interrupted", file=sys.stderr)
        return 130


def _dispatch(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 for --help
        return int(exc.code or 0)
    quiet, verbose = getattr(args, "quiet", False), getattr(args, "verbose", False)
    logging.basicConfig(level=logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING,
                        format="%(message)s", stream=sys.stderr)
    previous = _on_sigterm()
    try:
        return args.handler(args)
    except ExtractorError as exc:  # a usage error found by a handler before any work (an --out suffix)
        _err(f"{args.name}: {exc}")
        return 2
    except _Terminated:
        print("extract: terminated", file=sys.stderr)
        return 143
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _Terminated(BaseException):
    """SIGTERM, raised where the program is, so that temporary files and workers are cleaned up."""


def _on_sigterm():
    """Turn SIGTERM into ``_Terminated`` (main thread only); returns the previous handler to restore."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum, frame):
        raise _Terminated

    return signal.signal(signal.SIGTERM, handler)


def _err(message: str) -> None:
    print(printable(message), file=sys.stderr)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s" if not word.endswith("y") else f"{n:,} {word[:-1]}ies"


def _schema(args) -> int:
    from .records.models import FactsDocument, TranscriptRecord
    from .records.schema import schema_text

    sys.stdout.write(schema_text(TranscriptRecord if args.transcript else FactsDocument))
    return 0


def _format_for(out: str | None, fmt: str | None) -> str:
    """The output format: the one asked for, else the --out suffix's, else json.

    Raises:
        ExtractorError: ``out`` has a suffix no writer takes.
    """
    from .output.writers import FORMATS, format_for_path

    if fmt:
        return fmt
    suffix = Path(out).suffix.lower().lstrip(".") if out else ""
    if not out or not suffix:
        return "json"
    # The registry of writers (output.OUTPUT_FORMATS) says which suffixes each takes.
    found = format_for_path(out)
    if found:
        return found
    raise ExtractorError(f"{out}: cannot write a {suffix!r} file; the formats are {', '.join(FORMATS)} "
                         "(name one with --format)")


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # it is read (and the problem reported by name) later
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _check_destinations(args, inputs) -> str | None:
    """Why --out or --html would destroy an input or cannot be written, checked before any work; else None."""
    try:
        return _destination_problem(args, inputs)
    except OSError as exc:  # a name too long, a folder without search permission on the way
        return f"{printable(str(exc.filename or args.out or args.html))}: {exc.strerror or exc}"


def _destination_problem(args, inputs) -> str | None:
    given = [Path(p) for p in args.paths]
    files = inputs.files + [p for p in given if _is_file(p)]
    if args.out:
        out = Path(args.out)
        if out.is_dir():
            return f"{args.out}: --out names a folder; give a file name"
        if any(_same_file(out, f) for f in files):
            return f"{args.out}: --out is one of the inputs; it would be overwritten. Give another file name"
    if args.html:
        from .reading.decode import source_name
        from .report import check_folder, page_names

        html = Path(args.html)
        # A folder that cannot be written (a file in its place) is reported after the facts are written.
        if any(_same_file(html, p) for p in given) or (args.out and Path(args.out).resolve() == html.resolve()):
            return f"{args.html}: --html is one of the inputs (or --out); give another folder"
        inside = [f for f in files if f.resolve().is_relative_to(html.resolve())]
        if inside:
            return (f"{args.html}: --html holds inputs ({source_name(inside[0])}); the report would mix with them. "
                    "Give a folder of its own")
        # The pages' names once every file succeeds; the report checks the exact ones again before writing.
        return check_folder(html, [*page_names(source_name(f) for f in inputs.files), "index.html"])
    return None


def _options(args):
    from .api import Options
    from .pipeline.build import PipelineConfig

    return Options(
        pipeline=PipelineConfig(model=args.model, quantities=not args.no_quantities, topics=not args.no_topics,
                                parse_all=args.parse_all),
        date=args.date,
        max_bytes=args.max_bytes,
        jobs=getattr(args, "jobs", 1),
        blas_threads=getattr(args, "blas_threads", 1),
        max_seconds=args.max_seconds or None,
        max_memory=args.max_memory or None,
        glob=tuple(args.glob),
        exclude=tuple(args.exclude),
    )


def _note_skipped(inputs, quiet: bool) -> None:
    if quiet or not inputs.skipped:
        return
    names = ", ".join(p.name for p, _ in inputs.skipped[:5]) + (", ..." if len(inputs.skipped) > 5 else "")
    _err(f"note: skipped {names}: named like a folder's notes (README*, SOURCES*, LICENSE*, CHANGELOG*) "
         "or a page of this tool's report, not briefings; name a file to read it")


def _run(args) -> int:
    from .api import extract_to

    fmt = _format_for(args.out, args.format)
    options = _options(args)
    started = time.perf_counter()
    inputs = options.inputs(args.paths)
    problem = _check_destinations(args, inputs)
    if problem:
        _err(f"extract: {problem}")
        return 2
    _note_skipped(inputs, args.quiet)
    reporter = _Reporter(quiet=args.quiet, verbose=args.verbose, files=inputs.files)
    # The report and the tables need every record; without them, records are written as they come.
    kept: list = []
    # The text each record's offsets index, as it was extracted: the report lays it out.
    texts: dict[str, str] = {}

    def done(outcome) -> None:
        reporter.done(outcome)
        if (args.html or args.tables) and outcome.record is not None:
            kept.append(outcome.record)
            if outcome.text is not None:  # the report and the tables show the text that was extracted
                texts[outcome.record.source] = outcome.text

    try:
        summary = extract_to(inputs, args.out, fmt, options, on_outcome=done)
    except ExtractorError as exc:
        _err(f"extract: {exc}")
        return 2
    except BrokenPipeError:
        # The reader of standard output went away (`extract ... | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        _err(f"extract: cannot write {args.out}: {exc.strerror or exc}")
        return 2
    finally:
        reporter.close()
    if args.tables:
        status = _tables(args, kept, texts)
        if status:
            return status
    if args.html:
        status = _report(args, summary, kept, texts)
        if status:
            return status
    return _finish(args, summary, started)


def _tables(args, kept, texts=None) -> int:
    from .output.writers import write_tables

    try:
        write_tables(kept, args.tables, texts)
    except OSError as exc:
        _err(f"extract: cannot write the tables to {args.tables}: {exc.strerror or exc}")
        return 2
    return 0


def _report(args, summary, kept, texts) -> int:
    from .records.models import FactsDocument
    from .report import ReportConfig, write_report

    document = FactsDocument(generator=summary.generator, transcripts=kept, failures=summary.failures)
    try:
        index = write_report(document, texts, args.html, ReportConfig(unsure_below=args.unsure_below))
    except (OSError, ExtractorError) as exc:
        _err(f"extract: cannot write the report to {args.html}: {getattr(exc, 'strerror', None) or exc}")
        return 2
    if not args.quiet:
        _err(f"report: {index}")
    return 0


def _finish(args, summary, started: float) -> int:
    for failure in summary.failures:
        _err(f"error: {failure.error}")
    if not args.quiet:
        _err(f"{_plural(summary.files, 'file')}, {_plural(summary.turns, 'turn')}, "
             f"{_plural(summary.quantities, 'quantity')}, {_plural(summary.warnings, 'warning')}, "
             f"{_plural(len(summary.failures), 'failure')}, {time.perf_counter() - started:.1f} s")
    if not summary.files:
        _err("extract: no transcript files found (.txt, .md or .html)")
        return 1
    return 1 if summary.failures else 0


def _write_report(document, out_dir: str, texts: dict[str, str], unsure_below: float) -> Path:
    from .report import ReportConfig, write_report

    # The text each record was extracted from, as its shard holds it (``_texts_missing`` refused a merge
    # without it): the inputs are never read again, they may have changed or be elsewhere.
    return write_report(document, {t.source: texts.get(t.source, "") for t in document.transcripts}, out_dir,
                        ReportConfig(unsure_below=unsure_below))


def _texts_missing(document, texts: dict[str, str]) -> list[str]:
    """The transcripts with turns whose shard row holds no text: the report and tables cannot lay them out."""
    return [t.source for t in document.transcripts if not texts.get(t.source) and (t.turns or t.debris)]


#: How many transcripts without text a refused merge names before "and N more".
_SHOWN_MISSING = 5


def _merge(args) -> int:
    from .distributed import read_shards

    fmt = _format_for(args.out, args.format)
    if not Path(args.shards).is_dir():
        _err(f"extract merge: {args.shards}: no such folder")
        return 2
    try:
        document, texts = read_shards(args.shards)
    except ExtractorError as exc:
        _err(f"extract merge: {exc}")
        return 2
    if (args.html or args.tables) and (missing := _texts_missing(document, texts)):
        # All or nothing, as the rest of the merge: nothing is written rather than a report without them.
        shown = ", ".join(missing[:_SHOWN_MISSING]) + (f" and {len(missing) - _SHOWN_MISSING} more"
                                                       if len(missing) > _SHOWN_MISSING else "")
        _err(f"extract merge: {args.shards}: not merged: --html and --tables lay out the text each shard row "
             f"holds, and the rows of {_plural(len(missing), 'transcript')} hold none: {shown}")
        return 2
    status = _write_merged(args, fmt, document, texts) or _merged_extras(args, document, texts)
    if status:
        return status
    for failure in document.failures:
        _err(f"error: {failure.error}")
    if not args.quiet:
        _err(f"merged {_plural(len(document.transcripts), 'transcript')}, "
             f"{_plural(len(document.failures), 'failure')}")
    return 1 if document.failures else 0


def _write_merged(args, fmt: str, document, texts: dict[str, str]) -> int:
    """Write the merged document to ``--out``; the exit status of a failure, else 0."""
    from .output.writers import open_writer

    try:
        with open_writer(args.out, fmt, document.generator) as writer:
            for record in document.transcripts:
                writer.add(record, texts.get(record.source))
            for failure in document.failures:
                writer.fail(failure)
    except ExtractorError as exc:
        _err(f"extract merge: {exc}")
        return 2
    except OSError as exc:
        _err(f"extract merge: cannot write {args.out}: {exc.strerror or exc}")
        return 2
    return 0


def _merged_extras(args, document, texts: dict[str, str]) -> int:
    """Write the merge's ``--tables`` and ``--html`` report; the exit status of a failure, else 0."""
    if args.tables and (status := _tables(args, document.transcripts, texts)):
        return status
    if args.html:
        try:
            index = _write_report(document, args.html, texts, args.unsure_below)
        except (OSError, ExtractorError) as exc:
            _err(f"extract merge: cannot write the report to {args.html}: {getattr(exc, 'strerror', None) or exc}")
            return 2
        if not args.quiet:
            _err(f"report: {index}")
    return 0


def _ray(args) -> int:
    try:
        import ray
    except ImportError:
        _err("extract ray: Ray is not installed; pip install 'transcript-facts[ray]'")
        return 2
    from .distributed import drop_core_false_alarms, extract_with_ray, quiet_ray

    shards = Path(args.shards)
    if shards.exists() and (not shards.is_dir() or any(shards.iterdir())):
        _err(f"extract ray: {shards}: the shard folder is not empty; give a new or empty folder")
        return 2
    options = _options(args)
    inputs = options.inputs(args.paths)
    _note_skipped(inputs, args.quiet)
    with quiet_ray(verbose=args.verbose):
        ray.init(address=args.address, log_to_driver=args.verbose, include_dashboard=False,
                 logging_level=logging.INFO if args.verbose else logging.ERROR)
        try:
            with nullcontext() if args.verbose else drop_core_false_alarms():
                extract_with_ray(inputs, shards, options, actors=args.actors)
        except ExtractorError as exc:
            _err(f"extract ray: {exc}")
            return 2
        finally:
            ray.shutdown()
    if not args.quiet:
        _err(f"shards written to {args.shards}; merge them with: extract merge {args.shards} --out facts.json")
    return 0


class _Reporter:
    """Progress on stderr: a bar counting bytes on a terminal, a line per file with --verbose."""

    #: Characters of the file name shown beside the bar: a fixed width keeps the bar still.
    NAME_WIDTH = 28

    def __init__(self, *, quiet: bool, verbose: bool, files=()) -> None:
        from .reading.decode import source_name

        self.verbose = verbose and not quiet
        self._progress = None
        self._task = None
        self._sizes = {source_name(f): _size(f) for f in files}
        if not quiet and sys.stderr.isatty():
            from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
            from rich.table import Column

            self._progress = Progress(
                TextColumn("{task.description}", table_column=Column(width=self.NAME_WIDTH, no_wrap=True,
                                                                     overflow="ellipsis")),
                BarColumn(bar_width=30), DownloadColumn(), TimeRemainingColumn(),
                transient=True, console=None,
            )
            self._progress.start()
            self._task = self._progress.add_task("extracting", total=sum(self._sizes.values()) or None)

    def done(self, outcome) -> None:
        for warning in outcome.record.warnings if outcome.record else ():
            logging.getLogger("extractor").warning("%s", printable(f"warning: {warning}"))
        if self._progress is not None and self._task is not None:
            name = printable(Path(outcome.source).name)
            self._progress.update(self._task, advance=self._sizes.get(outcome.source, 0),
                                  description=name[: self.NAME_WIDTH])
        if self.verbose:
            status = "ok" if outcome.record else "FAILED"
            _err(f"{status} {outcome.source} ({outcome.seconds:.1f} s)")

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def main() -> None:
    """Console-script entry point."""
    sys.exit(extract_cli())
