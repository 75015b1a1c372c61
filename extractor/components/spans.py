"""Laying character ranges onto a ``Doc`` as spans."""
from __future__ import annotations

from spacy.tokens import Doc, Span


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """The span covering ``doc.text[start:end]``, widened to whole tokens.

    Returns None for an empty or whitespace-only range, which no token covers.
    """
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")
