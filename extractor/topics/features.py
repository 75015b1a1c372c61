"""Sentence units and their bags of content lemmas, computed once per document."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import IS_ALPHA, LEMMA, LOWER, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from .. import vocabulary
from ..extensions import doc_text

#: Parts of speech whose lemmas carry a passage's subject.
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})

def filler() -> frozenset[str]:
    """Frequent words of spoken answers that say nothing about the subject (vocabulary ``filler_words``)."""
    return vocabulary.words("filler_words")


@dataclass
class Unit:
    """One sentence (never crossing a passage start): where it is, how long, what it is about."""

    start: int
    end: int
    words: int
    bag: Counter = field(default_factory=Counter)
    paragraph: bool = False  # starts a paragraph (or a turn)
    head: str = ""  # the first words, for discourse markers


def content_lemmas(tokens: Iterable, classes: "WordClasses | None" = None) -> list[str]:
    """Lower-cased lemmas of the content words among ``tokens`` (nouns, proper nouns, adjectives).

    An untagged word (by default the model tags only the passages that may hold a figure) takes the
    part of speech and lemma ``classes`` guess for it.
    """
    out = []
    for t in tokens:
        if t.is_stop or not t.is_alpha or len(t.text) < 3:
            continue
        if classes is not None:
            pos, lemma = classes.read(t)
        elif t.pos:
            pos, lemma = t.pos_, t.lemma_.lower()
        else:
            pos, lemma = "NOUN", word_lemma(t.lower_)
        if pos in CONTENT_POS and lemma not in filler():
            out.append(lemma)
    return out


@vocabulary.cached
def _adjective_endings() -> tuple[str, ...]:
    return tuple(sorted(vocabulary.words("adjective_endings")))


# A word the tagger never saw in the document is guessed from its ending: an adjective by the vocabulary
# ``adjective_endings``, an adverb by -ly (but the ``ly_nouns``), a verb by -ed; a noun otherwise
# ("housing", "government" included).


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

    @classmethod
    def of(cls, doc: Doc) -> "WordClasses":
        values = doc.to_array([POS, IS_ALPHA, LOWER, LEMMA])
        if (values[:, 0] != 0).all():
            return cls()
        strings = doc.vocab.strings
        seen: dict[int, Counter] = {}
        lemmas: dict[int, int] = {}
        for pos, _, lower, lemma in values[(values[:, 0] != 0) & (values[:, 1] != 0)].tolist():
            seen.setdefault(lower, Counter())[pos] += 1
            lemmas.setdefault(lower, lemma)
        return cls({strings[w]: POS_NAMES[c.most_common(1)[0][0]] for w, c in seen.items()},
                   {strings[w]: strings[lemma].lower() for w, lemma in lemmas.items()}, complete=False)

    def read(self, token) -> tuple[str, str]:
        """``(part of speech, lemma)`` of a token: the tagger's when it tagged it, else the guess."""
        return (token.pos_, token.lemma_.lower()) if token.pos else self.guess(token)

    def guess(self, token) -> tuple[str, str]:
        """``(part of speech, lemma)`` of an untagged token."""
        return self.guess_form(token.text, token.lower_, bool(token.is_sent_start))

    def guess_form(self, text: str, word: str, sent_start: bool) -> tuple[str, str]:
        """``(part of speech, lemma)`` of an untagged word: as written, lower-cased, and whether it starts
        its sentence (a capital there says nothing)."""
        pos = self.pos.get(word)
        if pos is None:
            if text[:1].isupper() and not sent_start:
                pos = "PROPN"
            elif word.endswith("ly") and word not in vocabulary.words("ly_nouns"):
                pos = "ADV"
            elif word.endswith("ed") and not word.endswith("eed"):
                pos = "VERB"
            elif word.endswith(_adjective_endings()):
                pos = "ADJ"
            else:
                pos = "NOUN"
        lemma = self.lemma.get(word) or (word_lemma(word) if pos == "NOUN" else word)
        return pos, lemma


def word_lemma(word: str) -> str:
    """A lower-case word without its plural ending ("tariffs" -> "tariff", "economies" -> "economy")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


def sentence_units(doc: Doc, cuts: Iterable[int] = (), classes: "WordClasses | None" = None) -> list[Unit]:
    """The document's sentences as units, split again at every offset in ``cuts``.

    Sentence boundaries come from the parser (or the senter); a document
    without them is one unit per line. ``classes`` (computed when not given)
    guess the classes of untagged words.
    """
    cut_set = sorted(set(cuts))
    text = doc_text(doc)
    classes = classes if classes is not None else WordClasses.of(doc)
    units: list[Unit] = []
    ci = 0
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        sentences = [(s.start, s.end) for s in doc.sents]
    else:
        sentences = [(0, len(doc))]
    for s_start, s_end in sentences:
        current: list = []
        for tok in doc[s_start:s_end]:
            while ci < len(cut_set) and cut_set[ci] < tok.idx:
                ci += 1
            if current and ci < len(cut_set) and cut_set[ci] <= tok.idx and _crossed(current[-1], cut_set[ci]):
                units.append(_unit(current, text, classes))
                current = []
            current.append(tok)
        if current:
            units.append(_unit(current, text, classes))
    return [u for u in units if u.words > 0 or u.bag]


def _crossed(prev_tok, cut: int) -> bool:
    return prev_tok.idx < cut


def _unit(tokens: list, text: str, classes: "WordClasses | None" = None) -> Unit:
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    words = sum(1 for t in tokens if not (t.is_punct or t.is_space))
    before = text[max(0, start - 4):start]
    return Unit(start=start, end=end, words=words, bag=Counter(content_lemmas(tokens, classes)),
                paragraph=start == 0 or "\n" in before, head=text[start:min(end, start + 160)])


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
