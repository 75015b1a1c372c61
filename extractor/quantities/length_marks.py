"""Marks of feet and inches written after a number: "30'", "6' 2\"", "a 12\" pipe", "12″" (primes are never quotes;
a straight or curly mark counts only when no quotation it could close is open)."""
from __future__ import annotations

from ..lang.profile import Profile
from .lexer import Lexeme, adjacent
from .numbers import parse_digits
from .units import UnitSpec

#: Inches in a foot: "6' 2\"" is 6 + 2/12 feet, and an inch count of 12 or more is no inch part.
INCHES_PER_FOOT = 12


#: Marks written for feet and inches after a number ("30'", "6' 2\"", "12″"): the primes are never quotes.
_FOOT_MARKS = frozenset({"'", "\u2019", "\u2032"})
_INCH_MARKS = frozenset({'"', "\u201d", "\u2033"})
_PRIMES = frozenset({"\u2032", "\u2033"})


def marked_length(lx: list[Lexeme], j: int, value: float, *, profile: Profile) -> tuple[UnitSpec, float, int] | None:
    """ "6' 2\"" (feet and inches: 6.1667 ft), "30' wall" (30 ft), "a 12\" pipe" (12 in): marks glued to the
    number. A straight or curly mark counts only when no quotation it could close is open in the sentence."""
    if j >= len(lx) or not adjacent(lx[j - 1], lx[j]) or lx[j].text not in _FOOT_MARKS | _INCH_MARKS:
        return None
    mark = lx[j].text
    if mark not in _PRIMES and _quote_open(lx, j, mark):
        return None
    k = j + 1
    if k < len(lx) and lx[k].is_word and adjacent(lx[j], lx[k]):
        return None  # "the 1990's", "12\"x": a mark glued to a word is no unit
    if mark in _INCH_MARKS:
        return UnitSpec("in"), value, k
    if k + 1 < len(lx) and lx[k].is_digit and lx[k + 1].text in _INCH_MARKS and adjacent(lx[k], lx[k + 1]):
        inches = parse_digits(lx[k].text, profile=profile)
        if inches is not None and inches < INCHES_PER_FOOT:
            return UnitSpec("ft"), value + inches / INCHES_PER_FOOT, k + 2
    if k < len(lx) and (lx[k].is_word or lx[k].text in ",.;)") or k == len(lx):
        return UnitSpec("ft"), value, k
    return None


def _quote_open(lx: list[Lexeme], j: int, mark: str) -> bool:
    """Whether a quotation that ``mark`` at ``j`` could close is open before it (an odd number of straight
    marks not inside a word, or an opening curly mark)."""
    opening = {"'": "'", "\u2019": "\u2018", '"': '"', "\u201d": "\u201c"}[mark]
    inside_word = [k for k in range(j) if lx[k].text == opening and 0 < k < len(lx) - 1
                   and lx[k - 1].is_word and lx[k + 1].is_word and adjacent(lx[k - 1], lx[k])
                   and adjacent(lx[k], lx[k + 1])]  # "don't"
    count = sum(1 for k in range(j) if lx[k].text == opening) - len(inside_word)
    return count % 2 == 1 if opening == mark else count > 0
