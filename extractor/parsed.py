"""What the models left on a ``Doc``, read without walking the words they did not see.

With ``numeral_focus`` the models tag and parse a transcript's passages only (about two words in
five); the rest have no part of speech and a flat tree. ``doc.noun_chunks`` still creates a
``Token`` for every word of the document to test it, a third of the quantities' time on a
briefing. :func:`noun_chunks` runs the language's own noun-chunk iterator over the tagged
stretches only, which gives the same chunks: a chunk lies inside one sentence, and a stretch is
made of whole sentences.
"""
from __future__ import annotations

import numpy
from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token


def tagged_stretches(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the runs of words that have a part of speech, in order."""
    if not len(doc):
        return []
    tagged = numpy.concatenate(([0], (doc.to_array([POS]).reshape(-1) != 0).astype("int8"), [0]))
    edges = numpy.flatnonzero(numpy.diff(tagged)).tolist()
    return list(zip(edges[::2], edges[1::2]))


def noun_chunks(doc: Doc) -> list[Span]:
    """``list(doc.noun_chunks)``, read only from the tagged stretches (see the module's docstring).

    Raises what ``doc.noun_chunks`` raises: ``NotImplementedError`` for a language without an
    iterator, ``ValueError`` for a document without a parse.
    """
    iterator = doc.noun_chunks_iterator
    if iterator is None or not doc.has_annotation("DEP"):
        return list(doc.noun_chunks)  # spaCy's own error
    return [Span(doc, start, end, label=label)
            for a, b in tagged_stretches(doc) for start, end, label in iterator(doc[a:b])]


def entity_at(token: Token) -> Span | None:
    """The named entity ``token`` is part of (the one of ``doc.ents`` holding it), or None.

    Read from the entity tags around the token: ``doc.ents`` builds every entity of the document.
    """
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob == 1:  # "I": inside, the entity began before
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob == 1:
        end += 1
    first = doc[start]
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id) \
        if first.ent_type else None


__all__ = ["entity_at", "noun_chunks", "tagged_stretches"]
