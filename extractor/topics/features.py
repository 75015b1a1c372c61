"""Sentence units and their bags of content lemmas, computed once per document."""
from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from ..lang.profile import Profile, per_profile
from ..pipeline.parsed import doc_text
from .config import MarkerConfig

#: Parts of speech whose lemmas carry a passage's subject.
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})


@per_profile
def min_content_letters(profile: Profile) -> int:
    """The fewest letters of a content word or key phrase (vocabulary ``word_shapes``, ``content_word``):
    shorter words are mostly function words and debris."""
    return int(profile.table("word_shapes")["content_word"])

def filler(*, profile: Profile) -> frozenset[str]:
    """Frequent words of spoken talk that say nothing about the subject (vocabulary ``topic_filler``)."""
    return profile.words("topic_filler")


@dataclass
class Unit:
    """One sentence (never crossing a passage start): where it is, how long, what it is about."""

    start: int
    end: int
    words: int
    bag: Counter = field(default_factory=Counter)
    paragraph: bool = False  # starts a paragraph (or a turn)
    head: str = ""  # the first words, for discourse markers


def content_lemmas(tokens: Iterable, classes: WordClasses | None = None, *, profile: Profile) -> list[str]:
    """Lower-cased lemmas of the content words among ``tokens`` (nouns, proper nouns, adjectives), all of one Doc.

    An untagged word (by default the model tags only the passages that may hold a figure) takes the
    part of speech and lemma ``classes`` guess for it (by default, the Doc's own :class:`WordClasses`).
    The same reading as the topic units' (:func:`_content_lemmas`).
    """
    least = min_content_letters(profile)
    words = [t for t in tokens if not t.is_stop and t.is_alpha and len(t.text) >= least]
    if not words:
        return []
    doc = words[0].doc
    classes = classes if classes is not None else WordClasses.of(doc, profile=profile)
    indices = numpy.asarray([t.i for t in words], dtype="int64")
    return [w for w in _content_lemmas(doc, indices, classes, profile=profile) if w is not None]


@dataclass
class WordClasses:
    """Part of speech and lemma of each word form, as the tagger labelled it elsewhere in the document.

    By default the model tags only about 43% of a transcript (``numeral_focus``); the other sentences'
    words take the part of speech their form was most often given in the tagged ones, and a guess
    from the ending otherwise.
    """

    pos: dict[str, str] = field(default_factory=dict)
    lemma: dict[str, str] = field(default_factory=dict)
    complete: bool = True  # every word of the document is tagged: nothing to guess
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)
    #: Each guess by the word and whether a capital there names (:meth:`guess_form`): asked of every
    #: untagged word, a transcript's words come back again and again.
    _guesses: dict[tuple[str, bool], tuple[str, str]] = field(default_factory=dict, init=False, repr=False,
                                                             compare=False)

    @classmethod
    def of(cls, doc: Doc, *, profile: Profile) -> WordClasses:
        values = doc.to_array([POS, IS_ALPHA, LOWER, LEMMA])
        if (values[:, 0] != 0).all():
            return cls(profile=profile)
        strings = doc.vocab.strings
        tagged = values[(values[:, 0] != 0) & (values[:, 1] != 0)]
        pos, lower, lemma = tagged[:, 0], tagged[:, 2], tagged[:, 3]
        # Each form's lemma where it is first seen; its part of speech the one it is given most often
        # (of equals, the first seen): computed on the arrays, the tagged words are tens of thousands.
        forms, first = numpy.unique(lower, return_index=True)
        pairs, pair_first, pair_count = numpy.unique(numpy.stack([lower, pos], axis=1), axis=0,
                                                     return_index=True, return_counts=True)
        order = numpy.lexsort((pair_first, -pair_count.astype("int64"), pairs[:, 0]))
        ranked = pairs[order]
        best = (numpy.concatenate(([True], ranked[1:, 0] != ranked[:-1, 0])) if len(ranked)
                else numpy.zeros(0, dtype=bool))
        return cls({strings[w]: POS_NAMES[p] for w, p in ranked[best].tolist()},
                   {strings[w]: strings[x].lower() for w, x in zip(forms.tolist(), lemma[first].tolist())},
                   complete=False, profile=profile)

    def read(self, token) -> tuple[str, str]:
        """``(part of speech, lemma)`` of a token: the tagger's when it tagged it, else the guess."""
        return (token.pos_, token.lemma_.lower()) if token.pos else self.guess(token)

    def guess(self, token) -> tuple[str, str]:
        """``(part of speech, lemma)`` of an untagged token."""
        return self.guess_form(token.text, token.lower_, bool(token.is_sent_start))

    def guess_form(self, text: str, word: str, sent_start: bool) -> tuple[str, str]:
        """``(part of speech, lemma)`` of an untagged word: as written, lower-cased, and whether it starts
        its sentence (a capital there says nothing)."""
        key = (word, text[:1].isupper() and not sent_start)
        guessed = self._guesses.get(key)
        if guessed is None:
            guessed = self._guesses[key] = self._guess_form(*key)
        return guessed

    def _guess_form(self, word: str, named: bool) -> tuple[str, str]:
        pos = self.pos.get(word)
        if pos is None:
            ends = endings(self.profile)
            if named:
                pos = "PROPN"
            elif word.endswith(ends.adverb) and word not in self.profile.words("ly_nouns"):
                pos = "ADV"
            elif word.endswith(ends.past) and not word.endswith(ends.not_past):
                pos = "VERB"
            elif word.endswith(ends.adjective):
                pos = "ADJ"
            else:
                pos = "NOUN"
        lemma = self.lemma.get(word) or (word_lemma(word, profile=self.profile) if pos == "NOUN" else word)
        return pos, lemma


@dataclass(frozen=True)
class Endings:
    """The word endings the guesses of untagged words read, from the language profile (as tuples, for
    ``str.endswith``).

    Attributes:
        adverb: An adverb's (vocabulary ``adverb_endings``; ``ly_nouns`` are nouns all the same).
        past: A verb's past form (``past_endings``), unless it ends in one of ``not_past`` (``not_past_endings``).
        adjective: An adjective's (``adjective_endings``).
        progressive: A verb's form in -ing (``progressive_endings``), read where a word would open a phrase.
        plural: Plural endings of longer words and what each becomes in the singular (``plural_endings``),
            longest first.
        plural_markers: The plural ending of shorter words and of the others (``plural_markers``), unless the
            word ends in one of ``not_plural`` (``not_plural_endings``).
        long_plural_letters: The fewest letters of a word whose plural ending is one of ``plural``
            (vocabulary ``word_shapes``, ``long_plural``).
        plural_letters: The fewest letters of a word whose plural ending is one of ``plural_markers``
            (``word_shapes``, ``plural``).
    """

    adverb: tuple[str, ...]
    past: tuple[str, ...]
    not_past: tuple[str, ...]
    adjective: tuple[str, ...]
    progressive: tuple[str, ...]
    plural: tuple[tuple[str, str], ...]
    plural_markers: tuple[str, ...]
    not_plural: tuple[str, ...]
    long_plural_letters: int
    plural_letters: int


@per_profile
def endings(profile: Profile) -> Endings:
    """The profile's word endings (see :class:`Endings`), read once per set of overrides."""
    def listed(name: str) -> tuple[str, ...]:
        return tuple(sorted(profile.words(name)))

    plural = sorted(profile.table("plural_endings").items(), key=lambda row: (-len(row[0]), row[0]))
    shapes = profile.table("word_shapes")
    return Endings(listed("adverb_endings"), listed("past_endings"), listed("not_past_endings"),
                   listed("adjective_endings"), listed("progressive_endings"), tuple(plural),
                   listed("plural_markers"), listed("not_plural_endings"), int(shapes["long_plural"]),
                   int(shapes["plural"]))


def word_lemma(word: str, *, profile: Profile) -> str:
    """A lower-case word without its plural ending ("tariffs" -> "tariff", "economies" -> "economy"), as the
    profile's endings say (see :class:`Endings`)."""
    ends = endings(profile)
    if len(word) >= ends.long_plural_letters:
        for plural, singular in ends.plural:
            if word.endswith(plural):
                return word[:len(word) - len(plural)] + singular
    if len(word) >= ends.plural_letters and not word.endswith(ends.not_plural):
        for marker in ends.plural_markers:
            if word.endswith(marker):
                return word[:len(word) - len(marker)]
    return word


#: What :func:`sentence_units` reads of each token, as arrays (Token objects for every word of a
#: transcript were most of the topics' time).
_UNIT_ATTRS = [IDX, LENGTH, IS_PUNCT, IS_SPACE, IS_STOP, IS_ALPHA]
_WORD_ATTRS = [POS, LEMMA, LOWER, ORTH, SENT_START]


def sentence_units(doc: Doc, cuts: Iterable[int] = (), classes: WordClasses | None = None, *,
                   profile: Profile, head_chars: int = MarkerConfig.head_chars) -> list[Unit]:
    """The document's sentences as units, split again before every token that starts at an offset in ``cuts``.

    Sentence boundaries come from the parser (or the senter); a document
    without them is one unit. ``classes`` (computed when not given)
    guess the classes of untagged words. Each unit keeps its first ``head_chars`` characters
    (``Unit.head``), where its discourse markers are read.
    """
    text = doc_text(doc)
    classes = classes if classes is not None else WordClasses.of(doc, profile=profile)
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        sentences = [(s.start, s.end) for s in doc.sents]
    else:
        sentences = [(0, len(doc))]
    values = doc.to_array(_UNIT_ATTRS).astype("int64")
    idx, length = values[:, 0], values[:, 1]
    # Words (not punctuation or space) before each token, and the tokens that may be content words.
    words_before = numpy.concatenate(([0], numpy.cumsum((values[:, 2] == 0) & (values[:, 3] == 0)))).tolist()
    least = min_content_letters(profile)
    candidates = numpy.flatnonzero((values[:, 4] == 0) & (values[:, 5] != 0) & (length >= least))
    lemmas = _content_lemmas(doc, candidates, classes, profile=profile)
    positions = candidates.tolist()
    cut_tokens = numpy.flatnonzero(numpy.isin(idx, list(set(cuts)))).tolist() if cuts else []
    ends = (idx + length).tolist()
    idx = idx.tolist()
    units: list[Unit] = []
    for s_start, s_end in sentences:
        a, b = bisect.bisect_right(cut_tokens, s_start), bisect.bisect_left(cut_tokens, s_end)
        bounds = [s_start, *cut_tokens[a:b], s_end]
        for first, last in itertools.pairwise(bounds):
            if last <= first:
                continue
            lo, hi = bisect.bisect_left(positions, first), bisect.bisect_left(positions, last)
            bag = Counter(w for w in lemmas[lo:hi] if w is not None)
            start, end = idx[first], ends[last - 1]
            before = text[max(0, start - 4):start]
            unit = Unit(start=start, end=end, words=words_before[last] - words_before[first], bag=bag,
                        paragraph=start == 0 or "\n" in before, head=text[start:min(end, start + head_chars)])
            if unit.words > 0 or unit.bag:
                units.append(unit)
    return units


def _content_lemmas(doc: Doc, tokens: numpy.ndarray, classes: WordClasses, *, profile: Profile) -> list[str | None]:
    """:func:`content_lemmas` of each of ``tokens`` (indices of alphabetic non-stop words of three letters or
    more), None for one that is not a content word."""
    strings = doc.vocab.strings
    skip = filler(profile=profile)
    out: list[str | None] = []
    known: dict[tuple[int, ...], str | None] = {}  # each distinct row read once: words recur through a transcript
    for row in map(tuple, doc.to_array(_WORD_ATTRS)[tokens].tolist()):
        if row not in known:
            pos, lemma, lower, orth, sent_start = row
            if pos:
                pos_name, lemma_text = POS_NAMES[pos], strings[lemma].lower()
            else:
                pos_name, lemma_text = classes.guess_form(strings[orth], strings[lower], sent_start == 1)
            known[row] = lemma_text if pos_name in CONTENT_POS and lemma_text not in skip else None
        out.append(known[row])
    return out


def idf_weights(bags: Iterable[Counter]) -> dict[str, float]:
    """Inverse document frequency of each lemma over ``bags`` (each bag one "document")."""
    df: Counter = Counter()
    n = 0
    for bag in bags:
        df.update(bag.keys())
        n += 1
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def weighted(bags: Iterable[Counter], idf: dict[str, float]) -> dict[str, float]:
    """Sum of ``bags`` with each lemma weighted by its idf (a tf-idf vector)."""
    out: dict[str, float] = {}
    for bag in bags:
        for w, c in bag.items():
            out[w] = out.get(w, 0.0) + c * idf.get(w, 1.0)
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine similarity of two sparse vectors (0 when either is empty)."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(w, 0.0) for w, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0
