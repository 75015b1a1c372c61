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
