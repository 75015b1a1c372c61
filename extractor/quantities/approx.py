"""Qualifiers such as "nearly", "over", "about" (GUIDELINES.md, field ``approx``).

The qualifier is read from the words just before the mention (or "or so",
"or more", "-plus" just after) and reported as one canonical word; it is
never part of the span.
"""
from __future__ import annotations

from .. import vocabulary
from ..unit_codes import is_time
from .candidates import Mention
from .lexer import Lexeme
from .numbers import number_words
from .units import unit_for_words


@vocabulary.cached
def _before_phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The qualifier phrases as word tuples with their canonical word, longest first."""
    table = vocabulary.table("qualifier_phrases")
    return tuple(sorted(((tuple(p.split()), c) for p, c in table.items()), key=lambda pc: -len(pc[0])))


def qualifier(lx: list[Lexeme], m: Mention) -> str | None:
    """Return the canonical qualifier of a mention, or None.

    Args:
        lx: the sentence's lexemes.
        m: the mention.

    Returns:
        "about", "nearly", "over", "under" or None.
    """
    words = _words_before(lx, m)
    # "surpassed the 42 trillion yuan": a verb qualifier may have an article before the number.
    if words and words[-1] in vocabulary.words("figure_determiners") and len(words) > 1:
        if words[-2] in vocabulary.words("qualifier_verbs"):
            return "over"
        if words[-2] in ("around", "about", "roughly", "approximately") and not _asking_about(words[:-1]):
            return "about"  # "at around our two per cent target"
    for phrase, canon in _before_phrases():
        n = len(phrase)
        if tuple(words[-n:]) == phrase:
            # "can't charge more than $35", "won't have to pay more than": a negated floor is a ceiling.
            if phrase in (("more", "than"), ("over",)) and _negated_before(lx, m.first - n):
                return "under"
            if phrase == ("some",) and not lx[m.num_first].is_digit:
                return None
            if phrase == ("about",) and _asking_about(words):
                return None
            if phrase == ("up", "to") and _particle_up(lx, m.first - 2) or phrase == ("over",) and _span_over(lx, m):
                return None
            return canon
    after = [t.low for t in lx[m.last + 1:m.last + 3]]
    if after[:2] == ["or", "so"]:
        return "about"
    if after[:2] in (["or", "more"], ["or", "above"], ["plus"]) or (after[:1] == ["plus"]):
        return "over"
    if after[:1] == ["-"] and lx[m.last + 2].low == "plus" if m.last + 2 < len(lx) else False:
        return "over"
    return None


def _words_before(lx: list[Lexeme], m: Mention) -> list[str]:
    """The five words before a mention, lower-cased; a transparent "an average of" / "a total of" right before
    it is skipped ("about an average of 500,000 jobs" is about 500,000 jobs)."""
    words = [t.low for t in lx[max(0, m.first - 8):m.first]]
    if len(words) >= 3 and words[-1] == "of" and words[-2] in vocabulary.words("transparent_of_heads") and words[
            -3] in ("a", "an", "the"):
        words = words[:-3]
    return words[-5:]


def _span_over(lx: list[Lexeme], m: Mention) -> bool:
    """True when "over" before a duration is the span of another figure ("$240 billion over 10 years", "cost
    ... 100 percent, over 10 years"): right after a number, a unit or a comma, not after a verb or a
    preposition ("for over two years", "lasted over an hour" keep their qualifier)."""
    i = m.first - 2  # the lexeme before "over"
    if not is_time(m.unit) or i < 0:
        return False
    prev = lx[i]
    return prev.is_digit or prev.text == "," or prev.low in number_words() or unit_for_words((prev.low,)) is not None


def _asking_about(words: list[str]) -> bool:
    """True when the last word, "about", follows "what" or "how" ("what about the $1.2 trillion deficit"):
    a preposition naming a topic, not an estimate."""
    return len(words) >= 2 and words[-1] == "about" and words[-2] in ("what", "how")


def _particle_up(lx: list[Lexeme], i: int) -> bool:
    """True when the "up" at lexeme ``i`` is the particle of a verb of movement, so "up to" is no ceiling.

    "inflation went up to 0.7 per cent", "get the funds rate up to 2 percent" (an object between verb and
    particle); but "you can get up to four tests" keeps its ceiling.
    """
    prev = lx[i - 1].low if i >= 1 else ""
    if prev in vocabulary.words("motion_up_verbs") and prev not in vocabulary.words("ceiling_when_adjacent"):
        return True
    # "get the funds rate up to": a verb of movement, then its object (words only), then the particle.
    for k in range(i - 2, max(-1, i - 6), -1):
        if not lx[k + 1].is_word:
            return False
        if lx[k].low in vocabulary.words("motion_up_verbs"):
            return True
    return False


def _negated_before(lx: list[Lexeme], i: int) -> bool:
    """True when one of the six words before lexeme ``i`` negates the clause ("won't have to pay")."""
    window = [t.low for t in lx[max(0, i - 6):i]]
    return any(w in vocabulary.words("negations") for w in window)
