"""The ``extract`` command: parse options, call ``extract()``, write the result.

Exit status: 0 when every file was processed, 1 when some failed (their
errors are listed and every other file's records are still written), 2 for
usage errors.
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import time
from pathlib import Path

from . import __version__
from .errors import ExtractorError

EPILOG = """\
examples:
  extract corpus/ --out facts.json             every .txt/.md/.html under corpus/, one JSON document
  extract a.txt b.txt --format jsonl --out facts.jsonl
  extract corpus/ --format csv --out quantities.csv   one row per quantity
  extract corpus/ --out facts.sqlite            a SQLite database (tables: --tables DIR; Parquet: .parquet)
  extract notes.txt --date 2025-01-13 --out facts.json   date for a file that names none
  extract corpus/ --jobs 2 --out facts.json     two worker processes
  extract corpus/ --out facts.json --html report/   and an HTML review report
  extract schema                               print the JSON Schema of the output
  extract ray corpus/ --shards out/            run on a Ray cluster (the [ray] extra) ...
  extract merge out/ --out facts.json          ... and merge its JSON Lines shards
"""


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


def build_parser() -> argparse.ArgumentParser:
    from .output import FORMATS
    from .reading import DEFAULT_MAX_BYTES

    parser = argparse.ArgumentParser(
        prog="extract",
        description="Extract speaker turns, question-and-answer exchanges, topics and every quantity "
        "from press-conference transcripts into validated JSON.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="transcript files or folders (searched recursively)")
    parser.add_argument("-o", "--out", metavar="FILE", help="output file (default: standard output)")
    parser.add_argument("-f", "--format", choices=FORMATS, default=None,
                        help="output format (default: from the --out suffix, else json)")
    parser.add_argument("--model", metavar="NAME", help="spaCy pipeline package or directory (default: an installed en_core_web_sm)")
    parser.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                        help="briefing date for transcripts whose header and file name give none")
    parser.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N", help="worker processes (default: 1)")
    parser.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"refuse files larger than N bytes (default: {DEFAULT_MAX_BYTES:,})")
    parser.add_argument("--html", metavar="DIR", help="also write an HTML review report (index.html and a page per transcript) to DIR")
    parser.add_argument("--tables", metavar="DIR", help="also write one CSV per database table (transcripts, participants, "
                        "turns, exchanges, topics, quantities) to DIR")
    parser.add_argument("--no-quantities", action="store_true", help="structure only: skip quantity extraction")
    parser.add_argument("--no-topics", action="store_true", help="skip topic segmentation")
    parser.add_argument("--blas-threads", type=_positive, default=1, metavar="N",
                        help="BLAS threads per process (default: 1; 2 is about 5%% faster for one process on two cores)")
    parser.add_argument("--parse-all", action="store_true",
                        help="run the tagger, parser and entity recogniser on every sentence, not only where a figure "
                             "may be: half as fast, topics slightly better (see the README)")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    verbosity.add_argument("-v", "--verbose", action="store_true", help="print each file as it is done")
    parser.add_argument("--version", action="version", version=f"extractor {__version__}")
    return parser


def _format_for(out: str | None, fmt: str | None) -> str:
    from .output import format_for_path

    return fmt or (format_for_path(out) if out else None) or "json"


def schema_cli(argv: list[str]) -> int:
    from .records import FactsDocument, TranscriptRecord
    from .schema import schema_text

    parser = argparse.ArgumentParser(prog="extract schema", description="Print the JSON Schema of the output.")
    parser.add_argument("--transcript", action="store_true", help="the schema of one transcript record (a JSON Lines line)")
    args = parser.parse_args(argv)
    sys.stdout.write(schema_text(TranscriptRecord if args.transcript else FactsDocument))
    return 0


def ray_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="extract ray",
        description="Extract on a Ray cluster (pip install 'extractor[ray]') into JSON Lines shards; "
        "then `extract merge SHARDS --out facts.json`.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--shards", required=True, metavar="DIR", help="folder for the JSON Lines shards")
    parser.add_argument("--address", metavar="ADDR", help="Ray cluster address (default: a local cluster)")
    parser.add_argument("--actors", type=_positive, default=2, metavar="N", help="actors, one pipeline each (default: 2)")
    parser.add_argument("--parse-all", action="store_true", help="run the models on every sentence (see extract --help)")
    parser.add_argument("--model", metavar="NAME")
    parser.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD")
    args = parser.parse_args(argv)
    try:
        import ray
    except ImportError:
        print("extract ray: Ray is not installed; pip install 'extractor[ray]'", file=sys.stderr)
        return 2
    from .api import Options
    from .distributed import extract_with_ray
    from .pipeline import PipelineConfig

    shards = Path(args.shards)
    if shards.exists() and any(shards.iterdir()):
        print(f"extract ray: {shards}: the shard folder is not empty; give a new or empty folder", file=sys.stderr)
        return 2
    ray.init(address=args.address, log_to_driver=False, include_dashboard=False)
    try:
        options = Options(pipeline=PipelineConfig(model=args.model, parse_all=args.parse_all), date=args.date)
        extract_with_ray(args.paths, shards, options,
                         actors=args.actors)
    finally:
        ray.shutdown()
    print(f"shards written to {args.shards}; merge them with: extract merge {args.shards} --out facts.json", file=sys.stderr)
    return 0


def merge_cli(argv: list[str]) -> int:
    from .distributed import merge_shards
    from .output import FORMATS, write_file

    parser = argparse.ArgumentParser(prog="extract merge", description="Merge JSON Lines shards of `extract ray` into one output.")
    parser.add_argument("shards", metavar="DIR")
    parser.add_argument("-o", "--out", metavar="FILE")
    parser.add_argument("-f", "--format", choices=FORMATS, default=None)
    args = parser.parse_args(argv)
    if not Path(args.shards).is_dir():
        print(f"extract merge: {args.shards}: no such folder", file=sys.stderr)
        return 2
    try:
        document = merge_shards(args.shards)
    except ExtractorError as exc:
        print(f"extract merge: {exc}", file=sys.stderr)
        return 2
    try:
        write_file(document, args.out, _format_for(args.out, args.format))
    except ExtractorError as exc:
        print(f"extract merge: {exc}", file=sys.stderr)
        return 2
    for failure in document.failures:
        print(f"error: {failure.error}", file=sys.stderr)
    return 1 if document.failures else 0


_SUBCOMMANDS = {"schema": schema_cli, "ray": ray_cli, "merge": merge_cli}


def extract_cli(argv: list[str] | None = None) -> int:
    """Run the ``extract`` command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] and argv[0] in _SUBCOMMANDS and not Path(argv[0]).exists():
        try:
            return _SUBCOMMANDS[argv[0]](argv[1:])
        except SystemExit as exc:
            return int(exc.code or 0)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 for --help
        return int(exc.code or 0)

    logging.basicConfig(
        level=logging.ERROR if args.quiet else logging.INFO if args.verbose else logging.WARNING,
        format="%(message)s",
        stream=sys.stderr,
    )
    from .api import Options, extract_to, find_transcripts
    from .pipeline import PipelineConfig

    options = Options(
        pipeline=PipelineConfig(model=args.model, quantities=not args.no_quantities, topics=not args.no_topics,
                                parse_all=args.parse_all),
        date=args.date,
        max_bytes=args.max_bytes,
        jobs=args.jobs,
        blas_threads=args.blas_threads,
    )
    started = time.perf_counter()
    files = find_transcripts(args.paths)
    reporter = _Reporter(quiet=args.quiet, verbose=args.verbose, total=len(files))
    # The report needs every record; without it, records are written as they come and not kept.
    kept: list = []

    def done(outcome) -> None:
        reporter.done(outcome)
        if (args.html or args.tables) and outcome.record is not None:
            kept.append(outcome.record)

    try:
        summary = extract_to(files, args.out, _format_for(args.out, args.format), options, on_outcome=done)
    except ExtractorError as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of standard output went away (`extract ... | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        print(f"extract: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        reporter.close()
    if args.tables:
        from .output import write_tables

        try:
            write_tables(kept, args.tables)
        except OSError as exc:
            print(f"extract: cannot write the tables to {args.tables}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    if args.html:
        from .records import FactsDocument

        document = FactsDocument(generator=summary.generator, transcripts=kept, failures=summary.failures)
        try:
            index = _write_report(document, args.html, args.max_bytes)
        except (OSError, ExtractorError) as exc:
            print(f"extract: cannot write the report to {args.html}: {getattr(exc, 'strerror', None) or exc}",
                  file=sys.stderr)
            return 2
        if not args.quiet:
            print(f"report: {index}", file=sys.stderr)
    for failure in summary.failures:
        print(f"error: {failure.error}", file=sys.stderr)
    if not args.quiet:
        print(
            f"{summary.files} files, {summary.turns} turns, {summary.quantities} quantities, "
            f"{summary.warnings} warnings, {len(summary.failures)} failures, "
            f"{time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    if not summary.files:
        print("extract: no transcript files found (.txt, .md or .html)", file=sys.stderr)
        return 1
    return 1 if summary.failures else 0


def _write_report(document, out_dir: str, max_bytes: int) -> Path:
    from .reading import read_text
    from .report import write_report

    # The records hold offsets, not text: read each transcript again to lay it out.
    texts = {t.source: read_text(t.source, max_bytes=max_bytes).text for t in document.transcripts}
    return write_report(document, texts, out_dir)


class _Reporter:
    """Progress on stderr: a rich progress bar on a terminal, a line per file with --verbose."""

    def __init__(self, *, quiet: bool, verbose: bool, total: int | None = None) -> None:
        self.verbose = verbose and not quiet
        self._progress = None
        self._task = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import Progress

            self._progress = Progress(transient=True)
            self._progress.start()
            self._task = self._progress.add_task("extracting", total=total)

    def done(self, outcome) -> None:
        for warning in outcome.record.warnings if outcome.record else ():
            logging.getLogger("extractor").warning("warning: %s", warning)
        if self._progress is not None:
            self._progress.update(self._task, advance=1, description=Path(outcome.source).name)
        if self.verbose:
            status = "ok" if outcome.record else "FAILED"
            print(f"{status} {outcome.source} ({outcome.seconds:.1f} s)", file=sys.stderr)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


def main() -> None:
    """Console-script entry point."""
    sys.exit(extract_cli())
