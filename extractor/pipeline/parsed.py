"""What the models left on a ``Doc``, read without walking the words they did not see.

With ``numeral_focus`` the models tag and parse a transcript's passages only (about two words in
five); the rest have no part of speech and a flat tree. ``doc.noun_chunks`` still creates a
``Token`` for every word of the document to test it, a third of the quantities' time on a
briefing. :func:`noun_chunks` runs the English noun-chunk iterator over the tagged stretches
only, which gives the same chunks: a chunk lies inside one sentence, a stretch is made of whole
sentences, and the model gives every word it tags a part of speech. Other languages get
``doc.noun_chunks`` itself. :func:`doc_text` is ``doc.text`` built once per ``Doc``.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any, cast

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SPACY
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
    iterator = doc.noun_chunks_iterator  # type: ignore[attr-defined]  # in spaCy's Doc, not in its stub
    # The English iterator reads nothing outside the span it is given; others (German, Finnish) compare
    # positions in the span with positions in the document, so they get the whole document.
    if iterator is None or not doc.has_annotation("DEP") or doc.lang_ != "en":
        return list(doc.noun_chunks)  # spaCy's own chunks, or its own error
    # Kept in ``doc.user_data`` with a digest of the annotations they were read from (quantities and topics both
    # ask, and the iterator makes a Token for every tagged word): a Doc whose parse changed since gets its chunks
    # read again.
    parse = hashlib.blake2b(doc.to_array([POS, DEP, HEAD]).tobytes(), digest_size=16).digest()
    kept = _user_data(doc).get(_CHUNKS_KEY)
    if kept is None or kept[0] != parse:
        chunks = [(start, end, label) for a, b in tagged_stretches(doc) for start, end, label in iterator(doc[a:b])]
        kept = _user_data(doc)[_CHUNKS_KEY] = (parse, chunks)
    return [Span(doc, start, end, label=label) for start, end, label in kept[1]]


_CHUNKS_KEY = ("extractor", "noun_chunks")


def tokens_with_lemma(doc: Doc, lemmas: frozenset[str]) -> list[Token]:
    """The tokens whose lemma, lower-cased, is one of ``lemmas``, in order: read from the lemma array, so that
    a ``Token`` is made for them only, not for every word of the document."""
    return _tokens_where(doc, LEMMA, lambda lemma: lemma.lower() in lemmas)


def tokens_with_lower(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-cased form is one of ``words``, in order, read as :func:`tokens_with_lemma` reads
    lemmas (the lemma array is empty outside the passages the models parsed)."""
    return _tokens_where(doc, LOWER, words.__contains__)


def _tokens_where(doc: Doc, attr: int, wanted: Callable[[str], bool]) -> list[Token]:
    """The tokens whose string for ``attr`` is ``wanted``: each distinct string is asked once, and a ``Token``
    is made only for the tokens found."""
    hashes = doc.to_array(attr)
    strings = doc.vocab.strings
    found = numpy.isin(hashes, numpy.array([h for h in set(hashes.tolist()) if wanted(strings[h])], dtype="uint64"))
    return [doc[i] for i in numpy.flatnonzero(found).tolist()]


def entity_at(token: Token) -> Span | None:
    """The named entity ``token`` is part of (the one of ``doc.ents`` holding it), or None.

    Read from the entity tags around the token: ``doc.ents`` builds every entity of the document.
    """
    if not token.ent_type or token.ent_iob not in (1, 3):  # only "B" and "I" tokens are in an entity
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob == 1:  # "I": inside, the entity began before
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob == 1:
        end += 1
    first = doc[start]
    if first.ent_iob != 3 or not first.ent_type:  # no "B" opens it: ``doc.ents`` has no such entity
        return None
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)


_TEXT_KEY = ("extractor", "text")


def _user_data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, whose keys spaCy's stub types as strings although spaCy keys its own extensions
    by tuples, as this module does."""
    return cast("dict[Any, Any]", doc.user_data)


def _text_length(doc: Doc) -> int:
    """The length of ``doc.text``, read from its last token (spaCy's tokenizer keeps every character)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the string ``doc`` was made from, as its :func:`doc_text` (saves building it again).

    The text must be the Doc's own (spaCy's tokenizer keeps every character); one of another length is refused.
    """
    size = _text_length(doc)
    if len(text) != size:
        raise ValueError(f"the text has {len(text):,} characters, the Doc {size:,}")
    _user_data(doc)[_TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``.

    spaCy rebuilds ``doc.text`` from every token on each access; the components read it several
    times per transcript. The kept copy is checked against the Doc's length, so a Doc whose tokens
    changed gets its text rebuilt.
    """
    text = _user_data(doc).get(_TEXT_KEY)
    size = _text_length(doc)
    if text is None or len(text) != size:
        # From the token arrays: ``doc.text`` makes a Token object for every word.
        strings = doc.vocab.strings
        text = "".join([strings[orth] + " " if space else strings[orth]
                        for orth, space in doc.to_array([ORTH, SPACY]).tolist()])
        _user_data(doc)[_TEXT_KEY] = text
    return text


__all__ = ["doc_text", "entity_at", "keep_text", "noun_chunks", "tagged_stretches"]
