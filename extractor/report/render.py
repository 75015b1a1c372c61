"""The Jinja part: templates shipped in ``extractor/report/templates``, autoescaped."""
from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from importlib import resources

from jinja2 import Environment, FunctionLoader, StrictUndefined

from ..records.models import FactsDocument, TranscriptRecord
from ..records.people import participant_labels
from . import describe
from .config import ReportConfig
from .figures import COLUMNS, CONFIDENCE_FILTERS, INDEX_COLUMNS, choices, figure_rows, transcript_name
from .layout import PageLayout

TEMPLATES = "templates"


def _load(name: str) -> tuple[str, None, Callable[[], bool]] | None:
    """Read a template from the package data, so it works from a wheel or a zip too."""
    try:
        source = resources.files(__package__).joinpath(TEMPLATES).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None  # Jinja turns this into TemplateNotFound
    # Package data does not change while the program runs: never reload.
    return source, None, lambda: True


@cache
def environment() -> Environment:
    """The Jinja environment, built on first use (nothing happens at import)."""
    env = Environment(
        loader=FunctionLoader(_load),
        # Every value printed is escaped: transcript text is untrusted input.
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals.update(
        kinds=describe.KINDS,
        evidence_spans=describe.evidence_spans,
        confidence_filters=CONFIDENCE_FILTERS,
        amount=describe.amount,
        exchange_heading=describe.exchange_heading,
        statement_heading=describe.statement_heading,
        transcript_name=transcript_name,
    )
    return env


def render_index(document: FactsDocument, pages: list[str], config: ReportConfig | None = None) -> str:
    """The index page: the transcripts by date with their titles, linking to ``pages`` (same order as the
    document), and the table of every figure (``config``: which cells are marked; the report's default)."""
    rows = sorted(zip(document.transcripts, pages, strict=True),
                  key=lambda rp: (rp[0].date is None, rp[0].date or "", transcript_name(rp[0]).lower(), rp[1]))
    figures = [f for record, page in rows for f in figure_rows(record, page, config)]
    return environment().get_template("index.html.j2").render(
        document=document, rows=rows, figures=figures, columns=INDEX_COLUMNS, choices=choices(figures, INDEX_COLUMNS))


def render_transcript(record: TranscriptRecord, layout: PageLayout, config: ReportConfig | None = None) -> str:
    """One transcript's page from its record and its layout (``config``: which figures and cells are marked;
    the report's default)."""
    config = config or ReportConfig()
    topics = sorted(record.topics, key=lambda t: (t.start, t.end))
    figures = figure_rows(record, config=config)
    below = config.unsure_below
    return environment().get_template("transcript.html.j2").render(
        record=record, layout=layout, topics=topics, labels=participant_labels(record), figures=figures,
        columns=COLUMNS, choices=choices(figures, COLUMNS), unsure_below=below,
        unsure_fields=partial(describe.unsure_fields, below=below),
        hover_text=partial(describe.hover_text, unsure_below=below))
