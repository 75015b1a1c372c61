"""Deciding that a numeral mention is NOT a quantity (GUIDELINES.md, "What counts").

Each rule looks only at the characters and lexemes around the mention, so
the rules hold for any transcript: years and dates used as time references,
clock times, ordinals, numbers inside names ("G20", "3D", "24/7",
"14th Five-Year Plan"), fiscal-year shorthand ("`25") and rates quoted per
unit of time ("$3,500 a year": the "a year" is no quantity of its own).
"""
from __future__ import annotations

import re

from .candidates import Mention
from .lexer import Lexeme
from .lexer import low_at as _low
from .units import TIME_UNITS

MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
_FALSE_START = re.compile(r"\.?-\s*[—–]")
_CLOCK_AFTER = re.compile(r"\s*(?:a\.\s?m\b|p\.\s?m\b|am\b|pm\b|o['’]clock|:\d\d)", re.I)
#: Letters that may be glued to digits as a unit or scale ("5bn", "10bp", "5%").
_SPAN_OPENERS = frozenset({"first", "last", "past", "previous", "next", "coming", "recent", "following"})
#: Words after a duration that turn it into a point in time ("a year ago", "three months later").
_DATING_AFTER = frozenset({"ago", "earlier", "later", "prior", "hence"})
_PRONOUN_DETERMINERS = frozenset({"the", "any", "no", "every", "each", "this", "that", "which", "only", "single"})
_NON_COUNT_COMPOUNDS = frozenset({"off", "time", "way", "sided", "stop", "size", "on", "liner", "shot", "man"})
_GLUED_UNITS = frozenset({"bn", "tn", "trn", "bp", "bps", "pct", "km", "kwh", "m", "k"})


def rejection(text: str, lx: list[Lexeme], m: Mention) -> str | None:
    """Say why a mention is not a quantity, or None when it may be one.

    Args:
        text: the whole document text.
        lx: the sentence's lexemes.
        m: the mention.

    Returns:
        A short reason ("year", "date", "clock", "name", "ordinal", ...) or None.
    """
    num = lx[m.num_first]
    bare = m.unit is None and not m.scaled
    # Invisible joiners ("COVID-\u206019") and soft hyphens are not characters a reader sees.
    lead = text[max(0, num.start - 8):num.start].replace("\u2060", "").replace("\u00ad", "").replace("\u200b", "")
    before = lead[-1] if lead else " "
    before2 = lead[-2] if len(lead) > 1 else " "
    after = text[lx[m.num_last].end] if lx[m.num_last].end < len(text) else " "
    if _CLOCK_AFTER.match(text, lx[m.num_last].end) or before == ":" and num.is_digit:
        return "clock"
    if m.unit in TIME_UNITS and _low(lx, m.first - 1) in _SPAN_OPENERS:
        return "dating-span"  # "in the first 11 months", "over the past two years": dates another figure
    if m.unit in TIME_UNITS and (_low(lx, m.last + 1) in _DATING_AFTER or (
            _low(lx, m.last + 1), _low(lx, m.last + 2)) == ("from", "now")):
        return "dating-span"  # "a year earlier", "a month ago", "six months from now": a point in time
    nxt = m.last + 1
    if (nxt + 2 < len(lx) and lx[nxt].text == "-" and lx[nxt + 1].is_word and lx[nxt + 2].text == "-"
            and lx[nxt + 2].end < len(text) and not text[lx[nxt + 2].end].isalnum()):
        return "disfluency"  # "12-point- — I think it's —": a word broken off
    if (m.unit is None or m.currency_sign) and not m.scaled and _FALSE_START.match(text, lx[m.num_last].end):
        return "false-start"  # "$7.- — $7.266 trillion", "close to $1- — in the first year": broken off
    if num.is_word and m.unit is None and _low(lx, m.num_first - 1) in _PRONOUN_DETERMINERS and num.low == "one":
        return "pronoun"  # "any one market", "the one example"
    if num.is_word and nxt + 1 < len(lx) and lx[nxt].text == "-" and lx[nxt + 1].low in _NON_COUNT_COMPOUNDS:
        return "compound"  # "one-off", "two-way", "one-time"
    if num.is_word and m.unit is not None and num.low in ("a", "an") and nxt < len(lx) and lx[nxt].text == "-":
        return "compound"  # "a year-on-year increase"
    if num.is_digit:
        if re.match(r"0\d", num.text):
            return "name"  # "05-04", "007": codes and dates, never amounts
        if before.isalpha() or (before == "-" and before2.isalpha()):
            return "name"  # G20, COVID-19, F-16
        if before in "`'’‘" or before == "#":
            return "name"  # fiscal-year shorthand `25, '26; "#1"
        if after.isalpha() and not (m.unit is not None and m.last > m.num_last):  # "256GB", "5km": a unit read
            glued = re.match(r"[^\W\d_]+", text[lx[m.num_last].end:lx[m.num_last].end + 6]).group().lower()
            if glued not in _GLUED_UNITS:
                return "ordinal" if glued in ("st", "nd", "rd", "th") else "name"  # 13th, 3D, 1990s
        if after == "/" or before == "/":
            return "name"  # 24/7, 1/5
        if bare and re.fullmatch(r"(1[89]|20|21)\d\d", num.text) and m.low is None:
            return "year"
        if bare and (_low(lx, m.num_first - 1) in MONTHS or _low(lx, m.num_first - 1) == "." and _low(
                lx, m.num_first - 2) in MONTHS or _low(lx, m.last + 1) in MONTHS):
            return "date"
        if bare and m.num_first - 1 >= 1 and _capitalised_word(lx[m.num_first - 1]) and (
                _low(lx, m.num_first - 1) not in ("i",)):
            return "name"  # "Type 1", "Article 5", "Section 232"
    else:
        if num.text[0].isupper() and m.num_first > 0 and m.num_last + 1 < len(lx) and (
                _capitalised_word(lx[m.num_last + 1]) or lx[m.num_last + 1].text == "-"
                and m.num_last + 2 < len(lx) and _capitalised_word(lx[m.num_last + 2])):
            return "name"  # "the 14th Five-Year Plan", "Group of Seven"
        if num.low in ("a", "an") and m.unit is not None:
            # "$3,500 a year", "twice a month", "per a year": a rate's denominator, not a figure.
            prev = _low(lx, m.num_first - 1)
            if prev in ("per", "once", "twice", "times") or (m.num_first > 0 and (
                    lx[m.num_first - 1].is_digit or prev in ("million", "billion", "trillion", "thousand",
                                                             "dollars", "yuan", "euros", "percent", "%"))):
                return "per-unit"
            if m.unit in TIME_UNITS and _counted_before(lx, m.num_first):
                return "per-unit"  # "24 hours a day", "1,000 deaths a day", "40 million packages a day"
    return None


#: Words that end the noun a figure counts: after them, "a day" is no longer that figure's denominator.
_NOT_IN_COUNTED = frozenset({"and", "or", "plus", "than", "for", "in", "of", "to", "is", "was", "be", "been",
                             "almost", "nearly", "about", "over", "under", "only", "just", "with", "by", "at",
                             "i", "we", "you", "they", "it", "he", "she", "ago"})
_NUMBER_LOWS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
                          "billion", "trillion"})


def _counted_before(lx: list[Lexeme], i: int) -> bool:
    """True when a numeral and the noun it counts stand right before lexeme ``i`` ("1,000 deaths | a day")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = lx[k]
        if t.is_digit or t.low in _NUMBER_LOWS:
            return k < i - 1  # "1,000 deaths a day"; a numeral right before is handled by the caller
        if not t.is_word and t.text != "-" or t.low in _NOT_IN_COUNTED:
            return False
    return False


def _capitalised_word(t: Lexeme) -> bool:
    return t.is_word and any(ch.isupper() for ch in t.text) and t.low not in MONTHS  # "Section", "iPhone"
