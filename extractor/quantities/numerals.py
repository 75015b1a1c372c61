"""Reading a numeral at a lexeme: digits ("4¼", "5-1/4", ".500"), number words ("twenty-five", "one hundred and
six", "two thirds", "a half"), "a year" (an article that quantifies a unit), multiples ("twice", "fivefold")
and the scale words after a numeral ("3.2 billion", "£2.5m", "$1.7 billion [trillion]").
"""
from __future__ import annotations

from .. import vocabulary
from ..unit_codes import is_relative
from .lexer import Lexeme, adjacent, is_article, low_at as _low
from .numbers import (
    apply_scale,
    currency_scale_abbreviations,
    denominator_words,
    fraction_words,
    number_words,
    parse_digits,
    power,
    scale_abbreviations,
    scales,
    tens_words,
    units_words,
    words_to_number,
)
from .unit_reading import read_unit


@vocabulary.cached
def multiple_words() -> dict[str, float]:
    """Words written instead of "two times": they are multiples by themselves ("twice", "double")."""
    return {k: float(v) for k, v in vocabulary.table("multiple_words").items()}


def fold_multiple(word: str) -> float | None:
    """ "fivefold" -> 5.0, "tenfold" -> 10.0; None for other words."""
    if not word.endswith("fold"):
        return None
    stem = word[:-4].rstrip("-")
    value = units_words().get(stem, tens_words().get(stem))
    if stem == "hundred":
        value = 100
    return float(value) if value else None


def read_numeral(lx: list[Lexeme], i: int) -> tuple[float, int, bool] | None:
    """Read the numeral starting at lexeme ``i``.

    Args:
        lx: the lexemes of a sentence.
        i: index of the first lexeme.

    Returns:
        (value, index after the numeral, spelled?) or None when no numeral starts here.
    """
    t = lx[i]
    if t.is_digit:
        return _read_digits(lx, i)
    w = t.low
    if w in multiple_words():
        return None  # handled by the caller: a multiple, not a number
    if is_article(w):
        nxt = _low(lx, i + 1)
        if not (nxt in scales() or nxt in fraction_words()):
            return _article_unit(lx, i)
        words, j = ["a"], i + 1
    elif w == "half" or w == "quarter":
        return _half_or_quarter(lx, i)
    elif w not in units_words() and w not in tens_words():
        return None
    else:
        words, j = [], i
    j = _number_words(lx, j, words)
    # Scale words written after digits are read by the caller, so drop a trailing
    # scale only when it has no number before it ("a" already counted as one).
    value = words_to_number(words)
    if value is None:
        return None
    add, j = _and_fraction(lx, j)
    return value + add, j, True


def _read_digits(lx: list[Lexeme], i: int) -> tuple[float, int, bool] | None:
    """A numeral written in digits at ``i``, with a glued fraction ("5-1/4") or "and a half" after it."""
    t = lx[i]
    value = parse_digits(t.text)
    if value is None:
        return None
    # "10^6": a power written with a caret, all glued together; the figure is the power, not the exponent.
    if (i + 2 < len(lx) and lx[i + 1].text == "^" and lx[i + 2].is_digit
            and adjacent(lx[i], lx[i + 1]) and adjacent(lx[i + 1], lx[i + 2])):
        exponent = parse_digits(lx[i + 2].text)
        if exponent is not None:
            return power(value, exponent), i + 3, False
    # "5-1/4": a whole number, a hyphen and a fraction, all glued together.
    if (i + 4 < len(lx) and lx[i + 1].text == "-" and lx[i + 2].is_digit and lx[i + 3].text == "/"
            and lx[i + 4].is_digit and all(adjacent(lx[k], lx[k + 1]) for k in range(i, i + 4))):
        frac = parse_digits(f"{t.text}-{lx[i + 2].text}/{lx[i + 4].text}")
        if frac is not None:
            return frac, i + 5, False
    add, j = _and_fraction(lx, i + 1)
    return value + add, j, False


def _article_unit(lx: list[Lexeme], i: int) -> tuple[float, int, bool] | None:
    """ "a year", "a percentage point": an article that quantifies a unit on its own is one of it."""
    spec, _ = read_unit(lx, i + 1)
    if spec is not None and spec.code in vocabulary.words("article_unit_codes"):
        return 1.0, i + 1, True
    return None


def _half_or_quarter(lx: list[Lexeme], i: int) -> tuple[float, int, bool] | None:
    """ "half a percentage point", "half a million", "quarter-point"; a bare "half" is vague."""
    w = lx[i].low
    nxt = _low(lx, i + 1)
    if is_article(nxt) and (_low(lx, i + 2) in scales() or read_unit(lx, i + 2)[0] is not None):
        return fraction_words()[w], i + 2, True
    spec, _ = read_unit(lx, i + 1)
    if spec is not None and is_relative(spec.code) or _low(lx, i + 1 + (nxt == "-")) == "point":
        return fraction_words()[w], i + 1, True
    return None


def _number_words(lx: list[Lexeme], j: int, words: list[str]) -> int:
    """Collect the number words from ``j`` into ``words`` ("twenty-five", "two thirds", "one hundred and
    six", "three-tenths"); the index after the last one read."""
    while j < len(lx):
        cur = lx[j].low
        if cur in number_words() or cur in fraction_words() and words and is_article(words[-1]):
            words.append(cur)
            j += 1
            # "a half a point": the second article belongs to the fraction.
            if cur in fraction_words() and is_article(_low(lx, j)):
                j += 1
            continue
        prev = words[-1] if words else ""
        nxt = _low(lx, j + 1)
        if _spaced_fraction(prev, cur):
            words.append(cur)  # "two thirds", "one fifth": a fraction written in two words
            return j + 1
        if cur == "and" and (prev == "hundred" or prev in scales()) and (nxt in units_words() or nxt in tens_words()):
            j += 1
            continue
        if not _hyphen_in_numeral(lx, j, prev, nxt):
            return j
        # "twenty-five", "three-tenths", "three-quarter"
        if nxt in denominator_words() or nxt in fraction_words():
            words.append(nxt)
            return j + 2
        j += 1
    return j


def _spaced_fraction(prev: str, cur: str) -> bool:
    """ "two thirds", "one fifth": a number word and a denominator written apart (plural after all but one)."""
    spaced = _spaced_denominators()
    return prev in units_words() and (cur in spaced and cur.endswith("s") or prev == "one" and cur in spaced)


@vocabulary.cached
def _spaced_denominators() -> frozenset[str]:
    """Denominators that may follow a number word after a space ("two thirds"): not one that is also a
    noun of calendar time ("two quarters" is a time span)."""
    time = vocabulary.words("time_nouns")
    return frozenset(w for w in denominator_words() if w not in time and w.removesuffix("s") not in time)


def _hyphen_in_numeral(lx: list[Lexeme], j: int, prev: str, nxt: str) -> bool:
    """Whether the glued hyphen at ``j`` joins two parts of one numeral ("twenty-five", "three-tenths")."""
    return (lx[j].low == "-" and j + 1 < len(lx) and adjacent(lx[j - 1], lx[j]) and adjacent(lx[j], lx[j + 1])
            and (prev in tens_words() and nxt in units_words() or nxt in denominator_words()
                 or prev in units_words() and nxt in fraction_words()))


def _and_fraction(lx: list[Lexeme], j: int) -> tuple[float, int]:
    """ "and a half", "-and-a-quarter", "and three quarters" after a whole number: (what it adds, index after).

    Returns (0.0, j) when no such fraction follows.
    """
    words: list[str] = []
    k = j
    while k < len(lx) and len(words) < 3:
        if lx[k].text == "-" and k + 1 < len(lx) and adjacent(lx[k - 1], lx[k]) and adjacent(lx[k], lx[k + 1]):
            k += 1
            continue
        if not lx[k].is_word:
            break
        words.append(lx[k].low)
        k += 1
        if len(words) == 3:
            break
    if len(words) == 3 and words[0] == "and" and is_article(words[1]) and words[2] in fraction_words():
        return fraction_words()[words[2]], k
    if (len(words) == 3 and words[0] == "and" and words[1] in units_words() and words[2] in denominator_words()
            and units_words()[words[1]] < denominator_words()[words[2]]):
        return units_words()[words[1]] / denominator_words()[words[2]], k  # "and three quarters"
    return 0.0, j


def read_scales(lx: list[Lexeme], j: int, value: float, money: bool = False) -> tuple[float, int, bool]:
    """Apply scale words after a numeral, including a bracketed correction.

    Args:
        money: the number has a currency sign, so "m", "k" and "b" glued to it are scales ("£2.5m").

    Returns:
        (value, index after the scales, scaled?)
    """
    scaled = False
    while j < len(lx):
        w = lx[j].low
        glued = adjacent(lx[j - 1], lx[j])
        if glued and money and w in currency_scale_abbreviations() and not (
                j + 1 < len(lx) and adjacent(lx[j], lx[j + 1]) and lx[j + 1].is_word):
            value = apply_scale(value, w)
            scaled = True
            j += 1
            continue
        if w in scales() or w in scale_abbreviations():
            value = apply_scale(value, w)
            scaled = True
            j += 1
            # "$1.7 billion [trillion]": the bracketed word is the official correction.
            if (j + 2 < len(lx) and lx[j].text == "[" and lx[j + 1].low in scales() and lx[j + 2].text == "]"):
                value = apply_scale(value / scales().get(w, scale_abbreviations().get(w, 1.0)), lx[j + 1].low)
                j += 3
            continue
        break
    return value, j, scaled
