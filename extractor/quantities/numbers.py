"""Reading numerals: digits, number words, scale words and fractions.

Everything here works on plain strings, so it can be tested without a spaCy
model.  The candidate finder decides *where* a numeral is; this module only
decides *what number* a written numeral denotes.
"""
from __future__ import annotations

import re

from .. import vocabulary

#: Vulgar fractions that transcripts print as one character ("4¼", "½").
UNICODE_FRACTIONS: dict[str, float] = {k: float(v) for k, v in vocabulary.table("unicode_fractions").items()}

UNITS_WORDS: dict[str, int] = {k: int(v) for k, v in vocabulary.table("number_units").items()}
TENS_WORDS: dict[str, int] = {k: int(v) for k, v in vocabulary.table("number_tens").items()}
#: Scale words multiply what precedes them.
SCALES: dict[str, float] = {k: float(v) for k, v in vocabulary.table("number_scales").items()}
#: Abbreviated scales glued to digits ("5bn"); "m" and "k" only after a currency sign ("£2.5m", "$50k").
SCALE_ABBREVIATIONS: dict[str, float] = {k: float(v) for k, v in vocabulary.table("scale_abbreviations").items()}
CURRENCY_SCALE_ABBREVIATIONS: dict[str, float] = {
    k: float(v) for k, v in vocabulary.table("currency_scale_abbreviations").items()}
#: Fraction words: "half a point", "a quarter", "four-tenths".
FRACTION_WORDS: dict[str, float] = {k: float(v) for k, v in vocabulary.table("fraction_words").items()}
DENOMINATOR_WORDS: dict[str, float] = {k: float(v) for k, v in vocabulary.table("denominator_words").items()}

NUMBER_WORDS = frozenset(UNITS_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALES)

_DIGITS_RE = re.compile(
    r"^(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?P<dec>\.\d+)?(?P<frac>[" + "".join(UNICODE_FRACTIONS) + r"])?$"
)
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
    m = _DIGITS_RE.match(text)
    if not m or not (m["int"] or m["dec"] or m["frac"]):
        return None
    value = float((m["int"] or "0").replace(",", "") + (m["dec"] or ""))
    if m["frac"]:
        value += UNICODE_FRACTIONS[m["frac"]]
    return value


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
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("and", "-", ""):
            continue
        if w in ("a", "an"):
            current += 1
        elif w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w in TENS_WORDS:
            current += TENS_WORDS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        elif w in FRACTION_WORDS:
            current = (current or 1) * FRACTION_WORDS[w]
        elif w in DENOMINATOR_WORDS:
            current = (current or 1) / DENOMINATOR_WORDS[w]
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
    return value * SCALES.get(w, SCALE_ABBREVIATIONS.get(w, CURRENCY_SCALE_ABBREVIATIONS.get(w, 1.0)))
