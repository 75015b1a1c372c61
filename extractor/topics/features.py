"""Sentence units and their bags of content lemmas, computed once per document."""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

#: Parts of speech whose lemmas carry a passage's subject.
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ"})

#: Frequent words of spoken answers that say nothing about the subject.
FILLER = frozenset("""
thing things way lot kind sort bit question questions answer point time times year years day days today
good great important big little many much different same other certain new last next whole able sure
thank thanks mr ms mrs dr chair chairman president vice madam sir ladies gentlemen colleague colleagues
people course fact term terms part end case view number side place something everything anything nothing
""".split())


@dataclass
class Unit:
    """One sentence (never crossing a passage start): where it is, how long, what it is about."""

    start: int
    end: int
    words: int
    bag: Counter = field(default_factory=Counter)
    paragraph: bool = False  # starts a paragraph (or a turn)
    head: str = ""  # the first words, for discourse markers


def content_lemmas(tokens: Iterable) -> list[str]:
    """Lower-cased lemmas of the content words among ``tokens`` (nouns, proper nouns, adjectives).

    An untagged word (the fast pipeline tags only sentences that may hold a figure) counts by its
    form: any word that is not a stop word, with a plural's ending taken off.
    """
    out = []
    for t in tokens:
        if t.is_stop or not t.is_alpha or len(t.text) < 3:
            continue
        if t.pos:
            if t.pos_ not in CONTENT_POS:
                continue
            lemma = t.lemma_.lower()
        else:
            lemma = word_lemma(t.lower_)
        if lemma not in FILLER:
            out.append(lemma)
    return out


def word_lemma(word: str) -> str:
    """A lower-case word without its plural ending ("tariffs" -> "tariff", "economies" -> "economy")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


def sentence_units(doc: Doc, cuts: Iterable[int] = ()) -> list[Unit]:
    """The document's sentences as units, split again at every offset in ``cuts``.

    Sentence boundaries come from the parser (or the senter); a document
    without them is one unit per line.
    """
    cut_set = sorted(set(cuts))
    text = doc.text
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
                units.append(_unit(current, text))
                current = []
            current.append(tok)
        if current:
            units.append(_unit(current, text))
    return [u for u in units if u.words > 0 or u.bag]


def _crossed(prev_tok, cut: int) -> bool:
    return prev_tok.idx < cut


def _unit(tokens: list, text: str) -> Unit:
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    words = sum(1 for t in tokens if not (t.is_punct or t.is_space))
    before = text[max(0, start - 4):start]
    return Unit(start=start, end=end, words=words, bag=Counter(content_lemmas(tokens)),
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
