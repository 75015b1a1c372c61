"""Reading a numeral at a lexeme: digits ("4¼", "5-1/4", ".500"), number words ("twenty-five", "one hundred and
six", "two thirds", "a half"), "a year" (an article that quantifies a unit), multiples ("twice", "fivefold")
and the scale words after a numeral ("3.2 billion", "£2.5m", "$1.7 billion [trillion]").
"""
from __future__ import annotations

from ..lang.profile import Profile, per_profile
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


@per_profile
def multiple_words(profile: Profile) -> dict[str, float]:
    """Words written instead of "two times": they are multiples by themselves ("twice", "double", and the verbs'
    inflected forms, "tripled": :mod:`multiplier_verbs` keeps only those the parse reads as verbs)."""
    both = (*profile.table("multiple_words").items(), *profile.table("multiple_verbs").items())
    return {k: float(v) for k, v in both}


def fold_multiple(word: str, *, profile: Profile) -> float | None:
    """ "fivefold" -> 5.0, "tenfold" -> 10.0; None for other words."""
    if not word.endswith("fold"):
        return None
    stem = word[:-4].rstrip("-")
    value = units_words(profile).get(stem, tens_words(profile).get(stem))
    if stem == "hundred":
        value = 100
    return float(value) if value else None


#: Words that are a fraction of one by themselves ("half of the budget", "a quarter of the seats").
_PART_WORDS = frozenset({"half", "quarter"})


@per_profile
def _openers(profile: Profile) -> frozenset[str]:
    """Every word (lower-cased) that :func:`read_numeral` or a multiple may start with, "-fold" words aside."""
    return (frozenset(multiple_words(profile)) | profile.words("indefinite_articles") | _PART_WORDS
            | frozenset(units_words(profile)) | frozenset(tens_words(profile)))


def may_open_mention(t: Lexeme, *, profile: Profile) -> bool:
    """Whether a numeral or a multiple may start at lexeme ``t``: a quick test before reading one, as nine
    lexemes in ten start none."""
    return t.is_digit or t.low in _openers(profile) or t.low.endswith("fold")


def read_numeral(lx: list[Lexeme], i: int, *, profile: Profile) -> tuple[float, int, bool] | None:
    """Read the numeral starting at lexeme ``i``.

    Args:
        lx: the lexemes of a sentence.
        i: index of the first lexeme.
        profile: the language profile whose word lists it reads.

    Returns:
        (value, index after the numeral, spelled?) or None when no numeral starts here.
    """
    t = lx[i]
    if t.is_digit:
        return _read_digits(lx, i, profile=profile)
    w = t.low
    if w in multiple_words(profile):
        return None  # handled by the caller: a multiple, not a number
    if is_article(w, profile=profile):
        nxt = _low(lx, i + 1)
        if not (nxt in scales(profile) or nxt in fraction_words(profile)):
            return _article_unit(lx, i, profile=profile)
        words, j = ["a"], i + 1
    elif w in _PART_WORDS:
        return _half_or_quarter(lx, i, profile=profile)
    elif w not in units_words(profile) and w not in tens_words(profile):
        return None
    else:
        words, j = [], i
    j = _number_words(lx, j, words, profile=profile)
    # Scale words written after digits are read by the caller, so drop a trailing
    # scale only when it has no number before it ("a" already counted as one).
    value = words_to_number(words, profile=profile)
    if value is None:
        return None
    # "and a half" adds to a whole number only: "between a quarter and a half" is two ends.
    add, j = _and_fraction(lx, j, profile=profile) if value == int(value) else (0.0, j)
    if not add:
        value, j = _spoken_decimal(lx, j, value, profile=profile)
    return value + add, j, True


def _read_digits(lx: list[Lexeme], i: int, *, profile: Profile) -> tuple[float, int, bool] | None:
    """A numeral written in digits at ``i``, with a glued fraction ("5-1/4") or "and a half" after it."""
    t = lx[i]
    value = parse_digits(t.text, profile=profile)
    if value is None:
        return None
    # "10^6": a power written with a caret, all glued together; the figure is the power, not the exponent.
    if (i + 2 < len(lx) and lx[i + 1].text == "^" and lx[i + 2].is_digit
            and adjacent(lx[i], lx[i + 1]) and adjacent(lx[i + 1], lx[i + 2])):
        exponent = parse_digits(lx[i + 2].text, profile=profile)
        if exponent is not None:
            return power(value, exponent), i + 3, False
    # "5-1/4": a whole number, a hyphen and a fraction, all glued together.
    if (i + 4 < len(lx) and lx[i + 1].text == "-" and lx[i + 2].is_digit and lx[i + 3].text == "/"
            and lx[i + 4].is_digit and all(adjacent(lx[k], lx[k + 1]) for k in range(i, i + 4))):
        frac = parse_digits(f"{t.text}-{lx[i + 2].text}/{lx[i + 4].text}", profile=profile)
        if frac is not None:
            return frac, i + 5, False
    add, j = _and_fraction(lx, i + 1, profile=profile)
    if not add and t.text.isdigit():
        value, j = _spoken_decimal(lx, j, value, profile=profile)
    return value + add, j, False


def _article_unit(lx: list[Lexeme], i: int, *, profile: Profile) -> tuple[float, int, bool] | None:
    """ "a year", "a percentage point": an article that quantifies a unit on its own is one of it."""
    spec, _ = read_unit(lx, i + 1, profile=profile)
    if spec is not None and spec.code in profile.words("article_unit_codes"):
        return 1.0, i + 1, True
    return None


def _half_or_quarter(lx: list[Lexeme], i: int, *, profile: Profile) -> tuple[float, int, bool] | None:
    """ "half a percentage point", "half a million", "quarter-point"; a bare "half" is vague."""
    w = lx[i].low
    nxt = _low(lx, i + 1)
    if is_article(nxt, profile=profile) and (
            _low(lx, i + 2) in scales(profile) or read_unit(lx, i + 2, profile=profile)[0] is not None):
        return fraction_words(profile)[w], i + 2, True
    spec, _ = read_unit(lx, i + 1, profile=profile)
    if spec is not None and is_relative(spec.code, profile=profile) or _low(lx, i + 1 + (nxt == "-")) == "point":
        return fraction_words(profile)[w], i + 1, True
    return None


def _number_words(lx: list[Lexeme], j: int, words: list[str], *, profile: Profile) -> int:
    """Collect the number words from ``j`` into ``words`` ("twenty-five", "two thirds", "one hundred and
    six", "three-tenths"); the index after the last one read."""
    while j < len(lx):
        cur = lx[j].low
        if cur in number_words(profile) or (cur in fraction_words(profile) and words
                                            and is_article(words[-1], profile=profile)):
            words.append(cur)
            j += 1
            # "a half a point": the second article belongs to the fraction.
            if cur in fraction_words(profile) and is_article(_low(lx, j), profile=profile):
                j += 1
            continue
        prev = words[-1] if words else ""
        nxt = _low(lx, j + 1)
        if _spaced_fraction(prev, cur, profile=profile) or _fraction_of_a_point(lx, j, prev, profile=profile):
            words.append(cur)  # "two thirds", "one fifth": a fraction written in two words
            return j + 1
        if cur == "and" and (prev == "hundred" or prev in scales(profile)) and (
                nxt in units_words(profile) or nxt in tens_words(profile)):
            j += 1
            continue
        if not _hyphen_in_numeral(lx, j, prev, nxt, profile=profile):
            return j
        # "twenty-five", "three-tenths", "three-quarter"
        if nxt in denominator_words(profile) or nxt in fraction_words(profile):
            words.append(nxt)
            return j + 2
        j += 1
    return j


def _spaced_fraction(prev: str, cur: str, *, profile: Profile) -> bool:
    """ "two thirds", "one fifth": a number word and a denominator written apart (plural after all but one)."""
    spaced = _spaced_denominators(profile)
    return prev in units_words(profile) and (cur in spaced and cur.endswith("s") or prev == "one" and cur in spaced)


def _fraction_of_a_point(lx: list[Lexeme], j: int, prev: str, *, profile: Profile) -> bool:
    """ "three quarters of a point", "three quarters of a percentage point": a denominator that is also a noun of
    calendar time is a fraction where "of a" and a relative unit (or "point") follow it."""
    cur = lx[j].low
    if prev not in units_words(profile) or cur not in denominator_words(profile) or _low(lx, j + 1) != "of" or (
            not is_article(_low(lx, j + 2), profile=profile)):
        return False
    spec, _ = read_unit(lx, j + 3, profile=profile)
    return spec is not None and is_relative(spec.code, profile=profile) or _low(lx, j + 3) == "point"


@per_profile
def _spaced_denominators(profile: Profile) -> frozenset[str]:
    """Denominators that may follow a number word after a space ("two thirds"): not one that is also a
    noun of calendar time ("two quarters" is a time span)."""
    time = profile.words("time_nouns")
    return frozenset(w for w in denominator_words(profile) if w not in time and w.removesuffix("s") not in time)


def _hyphen_in_numeral(lx: list[Lexeme], j: int, prev: str, nxt: str, *, profile: Profile) -> bool:
    """Whether the glued hyphen at ``j`` joins two parts of one numeral ("twenty-five", "three-tenths")."""
    return (lx[j].low == "-" and j + 1 < len(lx) and adjacent(lx[j - 1], lx[j]) and adjacent(lx[j], lx[j + 1])
            and (prev in tens_words(profile) and nxt in units_words(profile) or nxt in denominator_words(profile)
                 or prev in units_words(profile) and nxt in fraction_words(profile)))


def _and_fraction(lx: list[Lexeme], j: int, *, profile: Profile) -> tuple[float, int]:
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
    if (len(words) == 3 and words[0] == "and" and is_article(words[1], profile=profile)
            and words[2] in fraction_words(profile)):
        return fraction_words(profile)[words[2]], k
    if (len(words) == 3 and words[0] == "and" and words[1] in units_words(profile)
            and words[2] in denominator_words(profile)
            and units_words(profile)[words[1]] < denominator_words(profile)[words[2]]):
        return units_words(profile)[words[1]] / denominator_words(profile)[words[2]], k  # "and three quarters"
    return 0.0, j


def _spoken_decimal(lx: list[Lexeme], j: int, value: float, *, profile: Profile) -> tuple[float, int]:
    """ "7 point 4", "three point five", "two point one five": a whole number, the spoken decimal point and its
    decimals (digits, or number words of one digit each): (the value with its decimals, index after).

    Returns (value, j) unchanged when no spoken decimal follows ("7 points", "a 10-point plan").
    """
    if j + 1 >= len(lx) or lx[j].low not in profile.words("decimal_point_words") or value != int(value):
        return value, j
    nxt = lx[j + 1]
    if nxt.is_digit:
        if not nxt.text.isdigit():
            return value, j
        return value + float("0." + nxt.text), j + 2
    digits: list[str] = []
    k = j + 1
    while k < len(lx) and lx[k].low in units_words(profile) and units_words(profile)[lx[k].low] < 10:
        digits.append(str(int(units_words(profile)[lx[k].low])))
        k += 1
    if not digits:
        return value, j
    return value + float("0." + "".join(digits)), k


def read_scales(lx: list[Lexeme], j: int, value: float, money: bool = False, *, profile: Profile) -> tuple[float, int,
                                                                                                           bool]:
    """Apply scale words after a numeral, including a bracketed correction.

    Args:
        money: the number has a currency sign, so "m", "k" and "b" glued to it are scales ("£2.5m").
        profile: the language profile whose word lists it reads.

    Returns:
        (value, index after the scales, scaled?)
    """
    scaled = False
    while j < len(lx):
        w = lx[j].low
        glued = adjacent(lx[j - 1], lx[j])
        if glued and money and w in currency_scale_abbreviations(profile) and not (
                j + 1 < len(lx) and adjacent(lx[j], lx[j + 1]) and lx[j + 1].is_word):
            value = apply_scale(value, w, profile=profile)
            scaled = True
            j += 1
            continue
        if w in scales(profile) or w in scale_abbreviations(profile):
            value = apply_scale(value, w, profile=profile)
            scaled = True
            j += 1
            # "$1.7 billion [trillion]": the bracketed word is the official correction.
            if (j + 2 < len(lx) and lx[j].text == "[" and lx[j + 1].low in scales(profile) and lx[j + 2].text == "]"):
                value = apply_scale(value / scales(profile).get(w, scale_abbreviations(profile).get(w, 1.0)),
                                    lx[j + 1].low, profile=profile)
                j += 3
            continue
        break
    return value, j, scaled
