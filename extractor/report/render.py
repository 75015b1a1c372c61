"""The Jinja part: templates shipped in ``extractor/report/templates``, autoescaped."""
from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources

from jinja2 import Environment, FunctionLoader, StrictUndefined

from ..records import FactsDocument, TranscriptRecord
from . import describe
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
        hover_text=describe.hover_text,
        amount=describe.amount,
        exchange_heading=describe.exchange_heading,
        statement_heading=describe.statement_heading,
    )
    return env


def render_index(document: FactsDocument, pages: list[str]) -> str:
    """The index page: one row per transcript, linking to ``pages`` (same order)."""
    rows = list(zip(document.transcripts, pages, strict=True))
    return environment().get_template("index.html.j2").render(document=document, rows=rows)


def render_transcript(record: TranscriptRecord, layout: PageLayout) -> str:
    """One transcript's page from its record and its layout."""
    topics = sorted(record.topics, key=lambda t: (t.start, t.end))
    return environment().get_template("transcript.html.j2").render(record=record, layout=layout, topics=topics)
