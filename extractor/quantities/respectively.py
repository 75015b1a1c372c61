"""Distributing a coordinated list over "respectively" figures.

"France, Spain and Hungary increasing by 2%, 4.5% and 12.9%, respectively"
gives three figures, the i-th belonging to the i-th conjunct.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .entity import ENTITY_LABELS


def conjunct_list(sent: Span, before_char: int, n: int) -> list[Token] | None:
    """Find, before ``before_char``, a coordination of exactly ``n`` items (the last such one).

    Args:
        sent: the sentence.
        before_char: the list must end before this character (the first figure).
        n: how many items the figures need.

    Returns:
        The heads of the conjuncts in order, or None.
    """
    best = None
    for t in sent:
        if t.idx >= before_char or t.dep_ == "conj":
            continue
        items = [t] + [c for c in t.conjuncts if c.idx < before_char and c.i > t.i]
        if len(items) == n and all(c.pos_ in ("NOUN", "PROPN", "ADJ") for c in items):
            best = items
    return best


def is_entity_like(tok: Token) -> bool:
    """True when a conjunct names a place, organisation or group rather than a product."""
    return tok.ent_type_ in ENTITY_LABELS or tok.pos_ == "PROPN"


def item_text(tok: Token) -> str:
    """The words of one conjunct: its compound and adjective modifiers and itself."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i >= tok.i - 3]
    first = left[0].i if left else tok.i
    # Multi-token names ("Saudi Arabia", "the United States") come as entity spans.
    if tok.ent_type_ and tok.ent_iob_ != "O":
        for e in tok.doc.ents:
            if e.start <= tok.i < e.end:
                return e.text
    return tok.doc[first:tok.i + 1].text
