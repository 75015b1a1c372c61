"""Reading numerals: digits, number words, scale words and fractions.

Everything here works on plain strings, so it can be tested without a spaCy
model.  The candidate finder decides *where* a numeral is; this module only
decides *what number* a written numeral denotes.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from types import MappingProxyType

from ..lang.profile import Profile, per_profile

# Each table is built once per profile (:func:`per_profile`), so a component's override of a number
# vocabulary reaches every rule that reads numerals.


def _numbers(profile: Profile, name: str, kind: type) -> Mapping[str, float]:
    """The vocabulary ``name`` with its values as numbers."""
    return MappingProxyType({k: kind(v) for k, v in profile.table(name).items()})


@per_profile
def unicode_fractions(profile: Profile) -> Mapping[str, float]:
    """Vulgar fractions printed as one character ("½")."""
    return _numbers(profile, "unicode_fractions", float)


@per_profile
def units_words(profile: Profile) -> Mapping[str, float]:
    """Number words up to nineteen with their values."""
    return _numbers(profile, "number_units", int)


@per_profile
def tens_words(profile: Profile) -> Mapping[str, float]:
    """ "twenty" .. "ninety" with their values."""
    return _numbers(profile, "number_tens", int)


@per_profile
def scales(profile: Profile) -> Mapping[str, float]:
    """Scale words multiply what precedes them ("million")."""
    return _numbers(profile, "number_scales", float)


@per_profile
def scale_abbreviations(profile: Profile) -> Mapping[str, float]:
    """Abbreviated scales glued to digits ("5bn")."""
    return _numbers(profile, "scale_abbreviations", float)


@per_profile
def currency_scale_abbreviations(profile: Profile) -> Mapping[str, float]:
    """ "m", "k": scales only after a currency sign ("£2.5m")."""
    return _numbers(profile, "currency_scale_abbreviations", float)


@per_profile
def fraction_words(profile: Profile) -> Mapping[str, float]:
    """Fraction words: "half a point", "a quarter"."""
    return _numbers(profile, "fraction_words", float)


@per_profile
def denominator_words(profile: Profile) -> Mapping[str, float]:
    """Denominators: "four-tenths", "two thirds"."""
    return _numbers(profile, "denominator_words", float)


@per_profile
def number_words(profile: Profile) -> frozenset[str]:
    """Every word of a spelled whole number: units, tens and scales."""
    return frozenset(units_words(profile)) | frozenset(tens_words(profile)) | frozenset(scales(profile))


@per_profile
def _digits_re(profile: Profile) -> re.Pattern[str]:
    return re.compile(
        r"^(?P<int>\d{1,3}(?:, ?\d{3})+|\d+)?(?P<dec>\.\d+)?(?P<frac>[" + "".join(unicode_fractions(profile)) + r"])?$")


_SLASH_FRACTION_RE = re.compile(r"^(?P<whole>\d+)[-\s](?P<num>\d)/(?P<den>\d{1,2})$")


def parse_digits(text: str, *, profile: Profile) -> float | None:
    """Read a numeral written with digits.

    Handles thousands separators, decimals, a trailing unicode fraction and
    the "5-1/4" way of writing a mixed fraction.

    Args:
        text: the numeral as written, e.g. "43.85", "700,000", "4¼", "½", "5-1/4".
        profile: the language profile whose word lists it reads.

    Returns:
        The value, or None when the text is not a digit numeral.
    """
    text = text.strip()
    m = _SLASH_FRACTION_RE.match(text)
    if m:
        den = int(m["den"])
        return int(m["whole"]) + int(m["num"]) / den if den else None
    m = _digits_re(profile).match(text)
    if not m or not (m["int"] or m["dec"] or m["frac"]):
        return None
    value = float((m["int"] or "0").replace(",", "").replace(" ", "") + (m["dec"] or ""))
    if m["frac"]:
        value += unicode_fractions(profile)[m["frac"]]
    return value


def power(base: float, exponent: float) -> float:
    """``base`` to the power ``exponent`` ("10^6"); infinity past the range of floats ("10^400"), which the
    record's checks drop with a warning, as any number the output cannot hold."""
    try:
        return base**exponent
    except OverflowError:
        return math.inf


def words_to_number(words: list[str], *, profile: Profile) -> float | None:
    """Read a spelled-out numeral such as "a hundred and sixty" or "twenty-five".

    Hyphens should already be split off as separate items or removed; "and"
    and the article "a"/"an" (as "one") are accepted.  Scale words multiply
    the running group the way English does ("two hundred thousand").

    Args:
        words: the words of the numeral, any case.
        profile: the language profile whose word lists it reads.

    Returns:
        The value, or None if a word is not part of a numeral.
    """
    units, tens, scale, fractions, denominators = (units_words(profile), tens_words(profile), scales(profile),
                                                   fraction_words(profile),
                                                  denominator_words(profile))
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("and", "-", ""):
            continue
        if w in ("a", "an"):
            current += 1
        elif w in units:
            current += units[w]
        elif w in tens:
            current += tens[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in scale:
            total += (current or 1) * scale[w]
            current = 0
        elif w in fractions:
            current = (current or 1) * fractions[w]
        elif w in denominators:
            current = (current or 1) / denominators[w]
        else:
            return None
        seen = True
    return total + current if seen else None


def apply_scale(value: float, scale_word: str, *, profile: Profile) -> float:
    """Multiply a value by a scale word ("million") or its abbreviation ("bn").

    Args:
        value: the number before the scale word.
        scale_word: "hundred", "thousand", "million", "billion", "trillion", "bn", ...
        profile: the language profile whose word lists it reads.

    Returns:
        The scaled value; unknown words leave it unchanged.
    """
    w = scale_word.lower()
    abbreviated = scale_abbreviations(profile).get(w, currency_scale_abbreviations(profile).get(w, 1.0))
    factor = scales(profile).get(w, abbreviated)
    return value * factor
