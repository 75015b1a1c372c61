"""Qualifiers such as "nearly", "over", "about" (GUIDELINES.md, field ``approx``).

The qualifier is read from the words just before the mention (or "or so",
"or more", "-plus" just after) and reported as one canonical word; it is
never part of the span.
"""
from __future__ import annotations

from .candidates import Mention
from .lexer import Lexeme

#: Word sequences before a number, longest first within each canonical word.
_BEFORE: list[tuple[tuple[str, ...], str]] = sorted(
    [(tuple(p.split()), c) for c, phrases in {
        "about": ["about", "around", "roughly", "approximately", "some", "circa", "approx", "sort of",
                  "in the order of", "on the order of", "something like", "in the neighborhood of",
                  "in the region of"],
        "nearly": ["nearly", "almost", "close to", "closer to", "near", "just shy of", "nearing"],
        "over": ["over", "more than", "above", "exceeding", "exceeded", "exceeds", "exceed", "surpassing",
                 "surpassed", "surpass", "surpasses", "at least", "upwards of", "a minimum of", "in excess of",
                 "greater than", "larger than", "bigger than", "topped", "topping", "beyond", "north of",
                 "well over", "well above", "higher than"],
        "under": ["less than", "fewer than", "below", "under", "within", "up to", "no more than", "as much as",
                  "at most", "a maximum of", "not more than", "no longer than", "lower than", "shy of",
                  "short of", "as many as", "as high as"],
    }.items() for p in phrases],
    key=lambda pc: -len(pc[0]),
)
_VERB_QUALIFIERS = frozenset({"exceeded", "exceeds", "exceed", "exceeding", "surpassed", "surpass",
                              "surpasses", "surpassing", "topped", "topping"})
_NEGATIONS = frozenset({"not", "n't", "t", "never", "no"})
#: Verbs of movement whose particle "up" makes "up to" a destination ("went up to 0.7 per cent",
#: "get the funds rate up to 2 percent"), not the ceiling "up to 500 million tests". All their forms are listed.
_MOTION_UP_VERBS = frozenset({
    "go", "goes", "going", "went", "gone", "move", "moves", "moving", "moved", "edge", "edges", "edging", "edged",
    "tick", "ticks", "ticking", "ticked", "creep", "creeps", "creeping", "crept", "come", "comes", "coming", "came",
    "rise", "rises", "rising", "rose", "risen", "climb", "climbs", "climbing", "climbed", "jump", "jumps",
    "jumping", "jumped", "inch", "inches", "inching", "inched", "shoot", "shoots", "shooting", "shot", "revise",
    "revises", "revising", "revised", "bring", "brings", "bringing", "brought", "get", "gets", "getting", "got",
    "push", "pushes", "pushing", "pushed", "drive", "drives", "driving", "drove", "driven", "ratchet", "ratchets",
    "ratcheting", "ratcheted", "step", "steps", "stepping", "stepped", "ramp", "ramps", "ramping", "ramped",
    "mark", "marks", "marking", "marked", "head", "heads", "heading", "headed", "trend", "trends", "trending",
    "trended", "pick", "picks", "picking", "picked",
})
#: Verbs after which a bare "up to" still means a ceiling ("you can get up to four tests").
_CEILING_WHEN_ADJACENT = frozenset({"get", "gets", "getting", "got", "pick", "picks", "picking", "picked"})


def qualifier(lx: list[Lexeme], m: Mention) -> str | None:
    """Return the canonical qualifier of a mention, or None.

    Args:
        lx: the sentence's lexemes.
        m: the mention.

    Returns:
        "about", "nearly", "over", "under" or None.
    """
    words = [t.low for t in lx[max(0, m.first - 5):m.first]]
    # "surpassed the 42 trillion yuan": a verb qualifier may have an article before the number.
    if words and words[-1] in ("the", "our", "its", "their", "your") and len(words) > 1:
        if words[-2] in _VERB_QUALIFIERS:
            return "over"
        if words[-2] in ("around", "about", "roughly", "approximately") and not _asking_about(words[:-1]):
            return "about"  # "at around our two per cent target"
    for phrase, canon in _BEFORE:
        n = len(phrase)
        if tuple(words[-n:]) == phrase:
            # "can't charge more than $35", "won't have to pay more than": a negated floor is a ceiling.
            if phrase in (("more", "than"), ("over",)) and _negated_before(lx, m.first - n):
                return "under"
            if phrase == ("some",) and not lx[m.num_first].is_digit:
                return None
            if phrase == ("about",) and _asking_about(words):
                return None
            if phrase == ("up", "to") and _particle_up(lx, m.first - 2):
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
    if prev in _MOTION_UP_VERBS and prev not in _CEILING_WHEN_ADJACENT:
        return True
    # "get the funds rate up to": a verb of movement, then its object (words only), then the particle.
    for k in range(i - 2, max(-1, i - 6), -1):
        if not lx[k + 1].is_word:
            return False
        if lx[k].low in _MOTION_UP_VERBS:
            return True
    return False


def _negated_before(lx: list[Lexeme], i: int) -> bool:
    """True when one of the six words before lexeme ``i`` negates the clause ("won't have to pay")."""
    window = [t.low for t in lx[max(0, i - 6):i]]
    return any(w in _NEGATIONS for w in window)
