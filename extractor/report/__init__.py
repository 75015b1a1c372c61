"""An HTML report of a facts document, for reviewing what was extracted.

    >>> from extractor.report import write_report
    >>> index = write_report(document, {r.source: text_of(r.source) for r in document.transcripts}, "report/")  # doctest: +SKIP

The pages are self-contained (inline CSS and JavaScript, no network) and open
from ``file://``. Each shows the transcript by turn, grouped by exchange and
statement, with every quantity highlighted by kind and its facts on hover.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..output import write_atomic
from ..records import FactsDocument
from .layout import PageLayout, layout_transcript, reassemble
from .naming import page_names
from .render import render_index, render_transcript

__all__ = ["write_report", "layout_transcript", "reassemble", "page_names", "PageLayout"]


def write_report(document: FactsDocument, texts: Mapping[str, str], out_dir: str | Path) -> Path:
    """Write ``index.html`` and one page per transcript into ``out_dir``.

    Args:
        document: The facts to show.
        texts: Each transcript's full text, keyed by its record's ``source``;
            the records' offsets index these texts.
        out_dir: Folder to write to (created if missing). Existing pages of
            the same names are replaced.

    Returns:
        The path of ``index.html``.

    Raises:
        KeyError: A transcript's text is missing from ``texts`` (checked
            before anything is written).
    """
    missing = [r.source for r in document.transcripts if r.source not in texts]
    if missing:
        raise KeyError(f"no text given for {', '.join(map(repr, missing))}")
    out = Path(out_dir)
    pages = page_names(r.source for r in document.transcripts)
    for record, page in zip(document.transcripts, pages, strict=True):
        text = texts[record.source]
        write_atomic(out / page, render_transcript(record, layout_transcript(record, text)))
    index = out / "index.html"
    write_atomic(index, render_index(document, pages))
    return index
