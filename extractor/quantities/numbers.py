"""Reading numerals: digits, number words, scale words and fractions.

Everything here works on plain strings, so it can be tested without a spaCy
model.  The candidate finder decides *where* a numeral is; this module only
decides *what number* a written numeral denotes.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable

from .. import vocabulary

# Each table is read where a rule runs (cached per set of vocabulary overrides in force), so a
# component's override of a number vocabulary reaches every rule that reads numerals.


def _number_table(name: str, kind: type, doc: str) -> Callable[[], dict]:
    """An accessor of the vocabulary ``name`` with its values as numbers."""
    def read() -> dict:
        return {k: kind(v) for k, v in vocabulary.table(name).items()}

    read.__doc__ = doc
    read.__name__ = read.__qualname__ = name
    return vocabulary.cached(read)


unicode_fractions = _number_table("unicode_fractions", float, "Vulgar fractions printed as one character (\"½\").")
units_words = _number_table("number_units", int, "Number words up to nineteen with their values.")
tens_words = _number_table("number_tens", int, "\"twenty\" .. \"ninety\" with their values.")
scales = _number_table("number_scales", float, "Scale words multiply what precedes them (\"million\").")
scale_abbreviations = _number_table("scale_abbreviations", float, "Abbreviated scales glued to digits (\"5bn\").")
currency_scale_abbreviations = _number_table("currency_scale_abbreviations", float,
                                             "\"m\", \"k\": scales only after a currency sign (\"£2.5m\").")
fraction_words = _number_table("fraction_words", float, "Fraction words: \"half a point\", \"a quarter\".")
denominator_words = _number_table("denominator_words", float, "Denominators: \"four-tenths\", \"two thirds\".")


@vocabulary.cached
def number_words() -> frozenset[str]:
    """Every word of a spelled whole number: units, tens and scales."""
    return frozenset(units_words()) | frozenset(tens_words()) | frozenset(scales())


@vocabulary.cached
def _digits_re() -> re.Pattern[str]:
    return re.compile(
        r"^(?P<int>\d{1,3}(?:, ?\d{3})+|\d+)?(?P<dec>\.\d+)?(?P<frac>[" + "".join(unicode_fractions()) + r"])?$")


_SLASH_FRACTION_RE = re.compile(r"^(?P<whole>\d+)[-\s](?P<num>\d)/(?P<den>\d{1,2})$")


def parse_digits(text: str) -> float | None:
    """Read a numeral written with digits.

    Handles thousands separators, decimals, a trailing unicode fraction and
    the "5-1/4" way of writing a mixed fraction.

    Args:
        text: the numeral as written, e.g. "43.85", "700,000", "4¼", "½", "5-1/4".

    Returns:
        The value, or None when the text is not a digit numeral.
    """
    text = text.strip()
    m = _SLASH_FRACTION_RE.match(text)
    if m:
        den = int(m["den"])
        return int(m["whole"]) + int(m["num"]) / den if den else None
    m = _digits_re().match(text)
    if not m or not (m["int"] or m["dec"] or m["frac"]):
        return None
    value = float((m["int"] or "0").replace(",", "").replace(" ", "") + (m["dec"] or ""))
    if m["frac"]:
        value += unicode_fractions()[m["frac"]]
    return value


def power(base: float, exponent: float) -> float:
    """``base`` to the power ``exponent`` ("10^6"); infinity past the range of floats ("10^400"), which the
    record's checks drop with a warning, as any number the output cannot hold."""
    try:
        return base**exponent
    except OverflowError:
        return math.inf


def words_to_number(words: list[str]) -> float | None:
    """Read a spelled-out numeral such as "a hundred and sixty" or "twenty-five".

    Hyphens should already be split off as separate items or removed; "and"
    and the article "a"/"an" (as "one") are accepted.  Scale words multiply
    the running group the way English does ("two hundred thousand").

    Args:
        words: the words of the numeral, any case.

    Returns:
        The value, or None if a word is not part of a numeral.
    """
    units, tens, scale, fractions, denominators = (units_words(), tens_words(), scales(), fraction_words(),
                                                  denominator_words())
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


def apply_scale(value: float, scale_word: str) -> float:
    """Multiply a value by a scale word ("million") or its abbreviation ("bn").

    Args:
        value: the number before the scale word.
        scale_word: "hundred", "thousand", "million", "billion", "trillion", "bn", ...

    Returns:
        The scaled value; unknown words leave it unchanged.
    """
    w = scale_word.lower()
    return value * scales().get(w, scale_abbreviations().get(w, currency_scale_abbreviations().get(w, 1.0)))
