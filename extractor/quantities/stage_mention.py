"""Stage 1, mention: the numerals of a sentence that may be quantities.

Rules, in order: (1) :func:`may_hold_figure`, a cheap test that a sentence holds a numeral at all (only
such sentences are read, and by default parsed: ``numeral_focus``); (2) the numeral grammar of
:mod:`candidates` reads every mention; (3) the rejection rules of :mod:`filters` drop years, dates,
clock times and numbers inside names; (4) :func:`candidates.combine` joins what is left into ranges,
ratios and from-to pairs.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import vocabulary
from .candidates import Mention, combine, read_mentions
from .filters import rejection
from .lexer import Lexeme
from .numbers import fraction_words, number_words, unicode_fractions
from .units import DEFAULT_CONTEXT, UnitContext


@vocabulary.cached
def _numeral_hint() -> re.Pattern[str]:
    """A numeral: a digit, a fraction sign, a number word or "-fold", or "a"/"an" before a unit noun."""
    hints = number_words() | frozenset(fraction_words()) | vocabulary.words("multiple_words") | vocabulary.words(
        "figure_hint_words")
    words = "|".join(sorted(hints, key=lambda w: (-len(w), w)))
    return re.compile(r"\d|[" + "".join(unicode_fractions()) + r"]|\b(?:" + words + r"|\w+fold)\b"
                      r"|\ban?\s+(?:" + vocabulary.alternation("article_units") + r")\b", re.I)


def may_hold_figure(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` may hold a figure (a digit, a number word, "a year"...): a cheap test, so
    that only such sentences are read closely (and, by default, parsed: ``numeral_focus``)."""
    return _numeral_hint().search(text, start, len(text) if end is None else end) is not None


def sentence_mentions(text: str, lx: list[Lexeme], doc: Doc | None = None,
                      units: UnitContext = DEFAULT_CONTEXT) -> list[Mention]:
    """The mentions of one sentence's lexemes that no rejection rule drops, joined into ranges and pairs
    (``doc``, the parsed document, lets the rules that read the parse take part; ``units`` says which
    currency "¥" and "cents" are in, read once from the whole text by :func:`units.unit_context`)."""
    return combine(lx, [m for m in read_mentions(lx, units) if rejection(text, lx, m, doc) is None])
