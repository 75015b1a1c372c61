"""A tiny word lexer with character offsets.

spaCy's tokenizer splits "4¼", "50-basis-point" and "$1.7" in ways that vary
with layout; the numeral grammar is easier to state over a lexer of our own
that treats every line break as plain whitespace (so a PDF-layout file and a
one-line file give the same lexemes).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lang.profile import Profile, per_profile
from .numbers import unicode_fractions


@per_profile
def _fracs(profile: Profile) -> str:
    return "".join(unicode_fractions(profile))


@per_profile
def _lex_re(profile: Profile) -> re.Pattern[str]:
    fracs = _fracs(profile)
    return re.compile(
        # Caption text ("91, 000", "1, 350individuals"): a thousands group after a comma and a space, when it
        # cannot be a number of its own (a leading zero) or is glued to the word after it.
        r"(?<![\d.,])\d{1,3}(?:, 0\d\d)+(?:, \d{3}(?=[A-Za-z]))?(?![\d])"
        r"|(?<![\d.,])\d{1,3}(?:, 0\d\d)*, \d{3}(?=[A-Za-z])"
        r"|\d+(?:,\d{3})*(?:\.\d+)?[" + fracs + r"]?"  # digits, with separators, decimals, a fraction
        r"|(?<![\w.])\.\d+(?![\d.])"  # ".500": a decimal written without its zero
        r"|[" + fracs + r"]"
        r"|[A-Za-z]+"
        r"|\S"
    )


@dataclass(frozen=True, slots=True)
class Lexeme:
    """One word, numeral or punctuation mark and where it is in the document."""

    text: str
    start: int
    end: int
    #: A numeral written with digits (or a lone unicode fraction of the profile), as :func:`lex` reads it.
    is_digit: bool = False

    @property
    def low(self) -> str:
        """The lower-cased text."""
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        """True for an alphabetic word."""
        return self.text[0].isalpha()


def lex(text: str, start: int, end: int, exclude: Sequence[tuple[int, int]] = (), *, profile: Profile) -> list[Lexeme]:
    """Split ``text[start:end]`` into lexemes, skipping excluded character ranges.

    Args:
        text: the whole document text.
        start: where to begin (a sentence start).
        end: where to stop (exclusive).
        exclude: (start, end) ranges whose lexemes are dropped (page debris).
        profile: the language profile whose word lists it reads.

    Returns:
        Lexemes with document offsets.
    """
    exclude = [(a, b) for a, b in exclude if a < end and b > start]  # the ranges this stretch meets
    out, fracs = [], _fracs(profile)
    for m in _lex_re(profile).finditer(text, start, end):
        if exclude and any(a <= m.start() < b for a, b in exclude):
            continue
        text = m.group()
        digit = text[0].isdigit() or text[0] in fracs or text[0] == "." and len(text) > 1
        out.append(Lexeme(text, m.start(), m.end(), digit))
    return out


def low_at(lx: Sequence[Lexeme], i: int) -> str:
    """The lower-cased text of lexeme ``i``, or "" when ``i`` is outside the list."""
    return lx[i].low if 0 <= i < len(lx) else ""


def adjacent(a: Lexeme, b: Lexeme) -> bool:
    """True when ``b`` follows ``a`` with no character in between."""
    return a.end == b.start


def is_article(word: str, *, profile: Profile) -> bool:
    """Whether a lower-cased word is an indefinite article ("a", "an": ``indefinite_articles``)."""
    return word in profile.words("indefinite_articles")
