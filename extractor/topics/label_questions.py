"""The questions that open segments: their sentences, the nouns they ask about, and the words heard in them.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterable, Sequence

from spacy.attrs import IDX
from spacy.tokens import Doc

from ..lang.profile import Profile
from ..pipeline.parsed import doc_text
from .label_config import Ranges, Tagger

_WORD = re.compile(r"\w+")


def _heard(text: str, start: int, end: int, opened: Ranges) -> frozenset[str]:
    """The words (lower-cased) a segment says outside the question that opens it: those that start outside
    it (a word the question's end cuts is the question's)."""
    words = set()
    for a, b in opened.outside(start, end):
        for m in _WORD.finditer(text, a, end):
            if m.start() >= b:
                break
            if m.start() == a > start and _WORD.match(text[a - 1]) is not None:
                continue  # the tail of a word that started inside the question
            words.add(m.group().lower())
    return frozenset(words)


def _said_in(word: str, heard: Collection[str]) -> bool:
    """Whether a key's word (a lemma: "territory") is among ``heard`` in some form ("territories")."""
    stem = word[:max(4, len(word) - 2)]
    return word in heard or any(h.startswith(stem) for h in heard)


#: How far before a phrase the preposition that makes it what a question asks about is sought (a preposition, an
#: article and a modifier: "about the updated harbour levy").
_ABOUT_REACH = 40


def _asked_about(text: str, phrases: Iterable[tuple[int, str, str]], opened: Ranges, *,
                 profile: Profile) -> frozenset[str]:
    """The phrases (as shown) the question that opens a segment says it asks about: said right after a preposition
    of topic (vocabulary ``topic_prepositions``: "I wanted to ask you about the updated harbour levy"), at most two
    words between (an article, a modifier), on the same line. What a question announces as its subject is its
    subject, whatever else its preface names. A number right after the preposition makes it one of estimate
    ("about 40 new depots", "about twenty members"; vocabularies ``number_units``, ``number_tens``): no topic."""
    about = "|".join(map(re.escape, profile.words("topic_prepositions")))
    numbers = "|".join(map(re.escape, profile.words("number_units") | profile.words("number_tens")))
    lead = re.compile(rf"(?<![\w-])(?:{about})[ \t]+(?!\d|(?:{numbers})(?![\w-]))(?:[\w-]+[ \t]+){{0,2}}$",
                      re.IGNORECASE)
    return frozenset(surface for offset, _, surface in phrases
                     if offset in opened and lead.search(text, max(0, offset - _ABOUT_REACH), offset) is not None)


def _asked_words(doc: Doc, tag: Tagger | None, openings: Sequence[tuple[int, int]]
                 ) -> tuple[dict[tuple[int, int], list[tuple[int, str, str]]], frozenset[tuple[int, int]]]:
    """The words of the sentences that ask in each question that opens a segment (see :func:`_asking_sentences`),
    as ``(offset, text, POS)``: as the model tagged them where it ran, else as ``tag`` reads them (all such
    sentences in one batch; none without ``tag``). Also which questions ``tag`` read."""
    text = doc_text(doc)
    starts = doc.to_array(IDX).tolist()
    out: dict[tuple[int, int], list[tuple[int, str, str]]] = {}
    untagged: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for a, b in openings:
        if b <= a or not len(doc):
            continue
        first = min(bisect.bisect_left(starts, a), len(doc) - 1)
        parts = _asking_sentences(doc, starts, a, b)
        if doc[first].pos:
            out[(a, b)] = [(t.idx, t.text, t.pos_) for lo, hi in parts
                           for t in doc[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
                           if not t.is_space]
        elif tag is not None:
            untagged.append(((a, b), parts))
    asked = [part for _, parts in untagged for part in parts]
    tagged = iter(tag([text[lo:hi] for lo, hi in asked], None) if asked and tag is not None else [])
    for key, parts in untagged:
        words = out[key] = []
        for lo, hi in parts:
            tokens = next(tagged)
            words += [(lo + offset, word, pos) for (offset, pos), word in zip(tokens, _token_texts(text[lo:hi], tokens))
                      if word.strip()]
    return out, frozenset(key for key, _ in untagged)


def _preface_words(doc: Doc, opening: tuple[int, int], said: str
                   ) -> list[tuple[int, int]]:
    """The sentences of the question at ``opening`` that do not ask (its preface: "The plan relies on the Treasury
    to buy back the bonds.") and say ``said`` (lower-cased), where it sets out what is at issue."""
    starts = doc.to_array(IDX).tolist()
    text = doc_text(doc)
    a, b = opening
    asking = set(_asking_sentences(doc, starts, a, b))
    return [(lo, hi) for lo, hi in _sentences(doc, starts, a, b)
            if (lo, hi) not in asking and said in " ".join(text[lo:hi].lower().split())]


def _words_of(doc: Doc, tag: Tagger | None, spans: Sequence[tuple[int, int]]) -> list[list[tuple[int, str, str]]]:
    """The words of each span, as ``(offset, text, POS)``: as the model tagged them where it ran, else as ``tag``
    reads them (all such spans in one batch; none without ``tag``)."""
    text = doc_text(doc)
    starts = doc.to_array(IDX).tolist()
    out: list[list[tuple[int, str, str]]] = [[] for _ in spans]
    untagged = []
    for n, (lo, hi) in enumerate(spans):
        span = doc[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
        if len(span) and span[0].pos:
            out[n] = [(t.idx, t.text, t.pos_) for t in span if not t.is_space]
        elif tag is not None:
            untagged.append(n)
    if untagged and tag is not None:
        for n, tokens in zip(untagged, tag([text[spans[n][0]:spans[n][1]] for n in untagged], None)):
            lo, hi = spans[n]
            out[n] = [(lo + offset, word, pos) for (offset, pos), word in zip(tokens, _token_texts(text[lo:hi], tokens))
                      if word.strip()]
    return out


def _asked_nouns(doc: Doc, tag: Tagger, openings: Sequence[tuple[int, int]],
                 words: tuple[dict[tuple[int, int], list[tuple[int, str, str]]], frozenset[tuple[int, int]]]
                 | None = None) -> frozenset[str]:
    """The lower-cased words the tagger reads as common nouns in the questions that open segments, where the
    model did not run: a question names its subject ("the levy on cruise ships"), and a word the tagger
    read nowhere else ("stablecoins", "disinformation") would otherwise end no guessed phrase, in the
    question or in the answer that takes it up. ``words``, when given, are :func:`_asked_words` of them."""
    read, untagged = words if words is not None else _asked_words(doc, tag, openings)
    return frozenset(word.lower() for key in untagged for _, word, pos in read[key] if pos == "NOUN")


def _asking_sentences(doc: Doc, starts: Sequence[int], a: int, b: int) -> list[tuple[int, int]]:
    """The sentences of the question at ``a``..``b`` that ask (end in a question mark), where its subject is
    named; the preface before them sets the scene. The whole range when none asks."""
    text = doc_text(doc)
    return [(lo, hi) for lo, hi in _sentences(doc, starts, a, b) if text[lo:hi].rstrip().endswith("?")] or [(a, b)]


def _sentences(doc: Doc, starts: Sequence[int], a: int, b: int) -> list[tuple[int, int]]:
    """The sentences of the document at ``a``..``b``, cut to the range."""
    sent, out = doc[min(bisect.bisect_left(starts, a), len(doc) - 1)].sent, []
    while sent.start_char < b:
        out.append((max(a, sent.start_char), min(b, sent.end_char)))
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
    return out


def _asking_parts(doc: Doc, starts: Sequence[int], a: int, b: int) -> list[tuple[int, int]]:
    """The parts of the question at ``a``..``b`` that ask: its sentences (see :func:`_sentences`) cut
    also after each question mark and at each blank line, where the sentences of a transcript the model
    did not parse run on ("Hi, Ana.  Congratulations on the final.\n\nAny news on the lease?"); the parts
    that end in a question mark. The whole range when none does."""
    text = doc_text(doc)
    cuts = {m.end() for m in re.finditer(r"\?\s+|\n\s*\n", text[a:b])}
    out = []
    for lo, hi in _sentences(doc, starts, a, b):
        edges = sorted({0, *(c + a - lo for c in cuts if lo < c + a < hi), hi - lo})
        out += [(lo + x, lo + y) for x, y in itertools.pairwise(edges) if text[lo + x:lo + y].rstrip().endswith("?")]
    return out or [(a, b)]


def _token_texts(text: str, tokens: Sequence[tuple[int, str]]) -> list[str]:
    """Each token's text, from the offsets of ``tokens`` in ``text`` (a token runs to the next one's start,
    without trailing blanks)."""
    offsets = [offset for offset, _ in tokens]
    return [text[a:b].rstrip() for a, b in zip(offsets, [*offsets[1:], len(text)])]


def _opening_questions(edges: Sequence[tuple[int, int]], questions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each segment, the first question range that starts inside it (when any)."""
    out = []
    starts = [a for a, _ in questions]
    for start, end in edges:
        k = bisect.bisect_left(starts, start)
        if k < len(questions) and questions[k][0] < end:
            out.append((questions[k][0], min(questions[k][1], end)))
    return out
