"""Stage 1, mention: the numerals of a sentence that may be quantities.

Rules, in order: (1) :func:`may_hold_figure`, a cheap test that a sentence holds a numeral at all (only
such sentences are read, and by default parsed: ``numeral_focus``); (2) the numeral grammar of
:mod:`candidates` reads every mention; (3) the rejection rules of :mod:`filters` drop years, dates,
clock times and numbers inside names; (4) :func:`candidates.combine` joins what is left into ranges,
ratios and from-to pairs.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from ..lang.profile import Profile, alternation_of, per_profile
from .candidates import Mention, combine, read_mentions
from .config import RejectionConfig, UnitConfig
from .filters import dating_range, rejection
from .lexer import Lexeme
from .numbers import fraction_words, number_words, unicode_fractions
from .numerals import multiple_words
from .units import DEFAULT_CONTEXT, UnitContext


@per_profile
def _numeral_sign(profile: Profile) -> re.Pattern[str]:
    """A digit or a fraction sign ("½")."""
    return re.compile(r"\d|[" + "".join(unicode_fractions(profile)) + "]")


@per_profile
def _hint_words(profile: Profile) -> frozenset[str]:
    """Words that are or may be numerals: number and fraction words, multiples, figure hints ("dozen")."""
    return (number_words(profile) | frozenset(fraction_words(profile)) | frozenset(multiple_words(profile))
            | profile.words("figure_hint_words"))


_WORD = re.compile(r"\w+")


@per_profile
def _numeral_hint(profile: Profile) -> re.Pattern[str]:
    """The whole test as one pattern: for text or word lists the word look-up cannot read exactly."""
    return re.compile(_numeral_sign(profile).pattern + r"|\b(?:" + alternation_of(_hint_words(profile)) + r"|\w+fold)\b"
                      r"|\ban?\s+(?:" + profile.alternation("article_units") + r")\b", re.I)


@functools.lru_cache(maxsize=1)
def _case_oddities() -> re.Pattern[str]:
    """The characters outside ASCII that ``re.I`` matches to an ASCII letter while ``str.lower`` does not
    give that letter (read from ``re`` itself, once: "İ", "ı", "ſ" in Python 3.11)."""
    letter = re.compile("[a-z]", re.I)
    odd = [chr(c) for c in range(128, 0x10000)
           if letter.fullmatch(chr(c)) and not (len(chr(c).lower()) == 1 and chr(c).lower().isascii())]
    return re.compile("[" + "".join(map(re.escape, odd)) + "]" if odd else "(?!)")


@per_profile
def _plain_words(profile: Profile) -> bool:
    """Whether every hint and unit word is one ASCII word, which the word look-up reads exactly."""
    return all(w.isascii() and _WORD.fullmatch(w) for w in _hint_words(profile) | profile.words("article_units"))


def may_hold_figure(text: str, start: int = 0, end: int | None = None, *, profile: Profile) -> bool:
    """Whether ``text[start:end]`` may hold a figure (a digit, a number word, "a year"...): a cheap test, so
    that only such sentences are read closely (and, by default, parsed: ``numeral_focus``).

    It holds a digit or fraction sign, a word of :func:`_hint_words` or one ending in "fold" ("tenfold"),
    or "a" or "an" and, after nothing but space, a unit noun (``article_units``: "a year"). In ASCII text the
    words are looked up in sets, not searched for as one pattern of alternatives, which was eight times slower.
    """
    end = len(text) if end is None else end
    if _numeral_sign(profile).search(text, start, end) is not None:
        return True
    # Letters a case-insensitive pattern reads as ASCII though ``lower`` does not ("İ", "ı", "ſ") and words of
    # several parts (a vocabulary override) need the single pattern.
    if not _plain_words(profile) or _case_oddities().search(text, start, end) is not None:
        return _numeral_hint(profile).search(text, start, end) is not None
    hints, units, articles = _hint_words(profile), profile.words("article_units"), profile.words("indefinite_articles")
    article_end = -1  # where the last "a" or "an" ends, when it was the word before
    for m in _WORD.finditer(text, start, end):
        word = m.group().lower()
        if word in hints or (len(word) > 4 and word.endswith("fold")):
            return True
        if article_end >= 0 and word in units and text[article_end:m.start()].isspace():
            return True
        article_end = m.end() if word in articles else -1
    return False


def sentence_mentions(text: str, lx: list[Lexeme], doc: Doc | None = None,
                      units: UnitContext = DEFAULT_CONTEXT, *, profile: Profile,
                      config: RejectionConfig | None = None, unit_config: UnitConfig | None = None) -> list[Mention]:
    """The mentions of one sentence's lexemes that no rejection rule drops (``config``), joined into ranges and
    pairs (``doc``, the parsed document, lets the rules that read the parse take part; ``units`` says which
    currency "¥" and "cents" are in, read once from the whole text by :func:`units.unit_context`;
    ``unit_config`` how far a rate's denominator is read)."""
    kept = [m for m in read_mentions(lx, units, profile=profile)
            if rejection(text, lx, m, doc, profile=profile, config=config) is None]
    return [m for m in combine(lx, kept, doc, profile=profile, config=unit_config)
            if not dating_range(lx, m, profile=profile)]
