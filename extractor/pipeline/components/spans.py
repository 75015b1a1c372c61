"""Laying character ranges onto a ``Doc`` as spans."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Span


class _Located(Protocol):
    """Anything with a character range: a record, a structure item."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_Item = TypeVar("_Item", bound=_Located)


def char_span(doc: Doc, start: int, end: int, label: str = "", span_id: str = "") -> Span | None:
    """The span covering ``doc.text[start:end]``, widened to whole tokens, with the id ``span_id``.

    Returns None for an empty or whitespace-only range, which no token covers.
    """
    if end <= start:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand", span_id=span_id or 0)


def lay_spans(doc: Doc, group: str, attr: str, items: Iterable[_Item],
              label: Callable[[_Item], str] | None = None) -> None:
    """Put each item (anything with ``start``/``end``) on ``doc.spans[group]``, as ``span._.<attr>``.

    ``label(item)`` names the span's ``label_`` (what displaCy shows and span categorisers read); by
    default the group's name in the singular. A span's id (``span.id_``) is its item's ``id`` where it has
    one, so that two items widened to the same tokens keep their own facts.
    """
    spans = []
    for item in items:
        span = char_span(doc, item.start, item.end, label=(label(item) if label else attr) or attr,
                         span_id=getattr(item, "id", None) or "")
        if span is not None:
            span._.set(attr, item)
            spans.append(span)
    doc.spans[group] = spans
