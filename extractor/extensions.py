"""The custom attributes the pipeline sets on ``Doc`` and ``Span`` objects.

Registration is explicit and idempotent (``register_extensions()`` is called by
the components' factories), never a side effect of importing this module.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

#: Names of the span groups the pipeline fills on ``doc.spans``.
TURNS = "turns"
EXCHANGES = "exchanges"
STATEMENTS = "statements"
DEBRIS = "debris"
QUANTITIES = "quantities"
TOPICS = "topics"

_DOC_ATTRS = (
    "file_name",  # base name of the source file, for a date in the name
    "date_option",  # ISO date given by the user as a fallback
    "structure",  # extractor.structure.types.Structure
)
_SPAN_ATTRS = ("turn", "exchange", "statement", "debris", "quantity", "topic")


def register_extensions() -> None:
    """Register the ``doc._`` and ``span._`` attributes if they are not there yet."""
    for name in _DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


_TEXT_KEY = ("extractor", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``.

    spaCy rebuilds ``doc.text`` from every token on each access; the components read it several
    times per transcript. The kept copy is checked against the Doc's length, so a Doc whose tokens
    changed gets its text rebuilt.
    """
    text = doc.user_data.get(_TEXT_KEY)
    size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != size:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text
