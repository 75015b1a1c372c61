"""An HTML report of a facts document, for reviewing what was extracted.

    >>> from extractor.report import write_report
    >>> texts = {r.source: text_of(r.source) for r in document.transcripts}  # doctest: +SKIP
    >>> index = write_report(document, texts, "report/")  # doctest: +SKIP

The pages are self-contained (inline CSS and JavaScript, no network) and open
from ``file://``. Each shows the transcript by turn, grouped by exchange and
statement, with every quantity highlighted by kind and its facts on hover.

The report writes only files it owns: the pages it names, listed in a manifest
(``MANIFEST``) beside them. A later report into the same folder removes the pages
of the earlier one that it does not write again, and never replaces a file that is
neither in the manifest nor a page of this tool's report (a user's own
``index.html``, an input).
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..errors import ExtractorError
from ..output.atomic import write_atomic
from ..output.naming import page_names
from ..reading.decode import is_report_page
from ..records.models import FactsDocument
from .config import ReportConfig
from .layout import PageLayout, layout_transcript, reassemble
from .render import render_index, render_transcript

__all__ = [
    "MANIFEST",
    "PageLayout",
    "ReportConfig",
    "check_folder",
    "layout_transcript",
    "page_names",
    "reassemble",
    "write_report",
]

#: The file listing what the last report wrote into its folder, one name a line.
MANIFEST = ".extractor-report"

#: What a name in the manifest may be: a page this tool names (``naming.slug``), never a path elsewhere.
_OWNED_NAME = re.compile(r"[a-z0-9_-]+\.html")


def _owned(folder: Path) -> set[str]:
    """The names the folder's manifest lists (none when it has no manifest)."""
    try:
        lines = (folder / MANIFEST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    return {line for line in lines if _OWNED_NAME.fullmatch(line)}


def check_folder(out_dir: str | Path, names: Iterable[str]) -> str | None:
    """Why writing ``names`` into ``out_dir`` would replace a file the report does not own, else None.

    A file is the report's when the manifest lists it or it is a regular file holding the report's mark
    (a report of a version before the manifest).
    """
    folder = Path(out_dir)
    owned = _owned(folder)
    for name in names:
        path = folder / name
        if not os.path.lexists(path) or name in owned:
            continue
        if path.is_symlink() or not path.is_file() or not is_report_page(path):
            return (f"{path} exists and is not a page of this tool's report; it is not replaced. Give an empty "
                    "folder or one that holds only an earlier report")
    return None


def write_report(document: FactsDocument, texts: Mapping[str, str], out_dir: str | Path,
                 config: ReportConfig | None = None) -> Path:
    """Write ``index.html`` and one page per transcript into ``out_dir``.

    Args:
        document: The facts to show.
        texts: Each transcript's full text, keyed by its record's ``source``;
            the records' offsets index these texts.
        out_dir: Folder to write to (created if missing). Existing pages of
            the same names are replaced.
        config: What the pages mark for the reader to check (:class:`ReportConfig`; its defaults when
            not given).

    Returns:
        The path of ``index.html``.

    Raises:
        KeyError: A transcript's text is missing from ``texts`` (checked
            before anything is written).
        ExtractorError: A file the report would write is there and not the
            report's own (see ``check_folder``; checked before anything is written).
    """
    missing = [r.source for r in document.transcripts if r.source not in texts]
    if missing:
        raise KeyError(f"no text given for {', '.join(map(repr, missing))}")
    out = Path(out_dir)
    pages = page_names(r.source for r in document.transcripts)
    names = [*pages, "index.html"]
    problem = check_folder(out, names)
    if problem:
        raise ExtractorError(problem)
    old = _owned(out)
    # Listed before they are written, so that a run stopped half-way leaves no page the next cannot remove.
    write_atomic(out / MANIFEST, "".join(f"{n}\n" for n in sorted(old | set(names))))
    for stale in sorted(old - set(names)):
        if (out / stale).is_file() and not (out / stale).is_symlink():
            (out / stale).unlink()
    for record, page in zip(document.transcripts, pages, strict=True):
        text = texts[record.source]
        write_atomic(out / page, render_transcript(record, layout_transcript(record, text), config))
    index = out / "index.html"
    write_atomic(index, render_index(document, pages, config))
    write_atomic(out / MANIFEST, "".join(f"{n}\n" for n in sorted(names)))
    return index
