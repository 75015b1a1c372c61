"""Finding numeral mentions in a stretch of text with our own rules.

The finder works on :mod:`lexer` lexemes of one sentence.  It reads a
numeral (digits or words), its scale words, a bracketed correction
("$1.7 billion [trillion]"), a currency sign and the unit words after it,
then joins neighbouring mentions into ranges ("150-200 hours", "4¼ to 4½
percent"), ratios ("two to one") and "from X to Y" pairs.  Deciding whether
a mention is a quantity at all is left to :mod:`filters`; linguistic context
(counted noun, kind, concept, entity) to :mod:`counted`, :mod:`kind`, :mod:`concept` and :mod:`entity`.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .. import vocabulary
from ..unit_codes import is_currency, is_physical, is_rate, is_relative, is_time, table_units
from .lexer import Lexeme, adjacent, low_at as _low
from .lexicon import letter_units, symbol_units
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
from .units import (
    DEFAULT_CONTEXT,
    MAX_UNIT_WORDS,
    UnitContext,
    UnitSpec,
    currency_for_sign,
    document_currency,
    unit_choices,
    unit_for_symbol,
    unit_for_words,
)


@vocabulary.cached
def _multiple_words() -> dict[str, float]:
    """Words written instead of "two times": they are multiples by themselves ("twice", "double")."""
    return {k: float(v) for k, v in vocabulary.table("multiple_words").items()}


@dataclass
class Mention:
    """A numeral with what was read around it (mutable while the finder works)."""

    start: int
    end: int
    value: float | None
    first: int  # index of the first lexeme (currency sign or numeral)
    last: int  # index of the last lexeme read
    num_first: int  # index of the numeral's first lexeme
    num_last: int  # index of the numeral's last lexeme
    unit: str | None = None
    spelled: bool = False
    scaled: bool = False
    scale: float = 1.0  # what the scale words multiplied the number by ("40 million": 1e6)
    currency_sign: bool = False
    low: float | None = None
    high: float | None = None
    multiple: bool = False  # "twice", "a factor of 1.5", "1.2 times"
    share: bool = False  # "two out of three", "one in five": a part of a whole, unit "1"
    per: str | None = None  # a rate's denominator as written: "day" in "$15 a day", "capita"
    ratio: bool = False  # "two to one"
    from_to: bool = False  # one end of "from 11 to eight"
    negative: bool = False  # "-0.5 percent", "minus 2 percent", "-$3 billion": ``value`` (or ``low``) is below 0
    unit_source: str | None = None  # how the unit was decided when not by its own words ("currency-of-document")
    extra: dict = field(default_factory=dict)




def _fold_multiple(word: str) -> float | None:
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
    if w in _multiple_words():
        return None  # handled by the caller: a multiple, not a number
    if w in ("a", "an"):
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
    if nxt in ("a", "an") and (_low(lx, i + 2) in scales() or read_unit(lx, i + 2)[0] is not None):
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
        if cur in number_words() or cur in fraction_words() and words and words[-1] in ("a", "an"):
            words.append(cur)
            j += 1
            # "a half a point": the second article belongs to the fraction.
            if cur in fraction_words() and _low(lx, j) in ("a", "an"):
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
    if len(words) == 3 and words[0] == "and" and words[1] in ("a", "an") and words[2] in fraction_words():
        return fraction_words()[words[2]], k
    if (len(words) == 3 and words[0] == "and" and words[1] in units_words() and words[2] in denominator_words()
            and units_words()[words[1]] < denominator_words()[words[2]]):
        return units_words()[words[1]] / denominator_words()[words[2]], k  # "and three quarters"
    return 0.0, j


def read_unit(lx: list[Lexeme], i: int, ctx: UnitContext = DEFAULT_CONTEXT) -> tuple[UnitSpec | None, int]:
    """Read unit words starting at lexeme ``i`` ("per cent", "-basis-point", "[basis points]", "GB", "pound-feet").

    Hyphens that glue a unit into an adjective and a bracket that an editor
    put around an unspoken unit are accepted. Words are looked up longest
    first; a symbol is read as written ("256GB", "40 mph"); two units joined by
    a hyphen are one unit ("pound-feet" is ``lb-ft``).

    Args:
        lx: the lexemes of a sentence.
        i: index of the first lexeme after the numeral.
        ctx: the document's readings of shared signs and of "cents".

    Returns:
        (unit spec or None, index after the unit).
    """
    j = i
    bracket = False
    if j < len(lx) and lx[j].text == "-":
        j += 1
    if j < len(lx) and lx[j].text == "[":
        bracket = True
        j += 1
    words = _unit_words(lx, j)
    spec, end = _longest_unit(words, ctx)
    if spec is None and j < len(lx) and j == i and i > 0:
        spec, end = _symbol_unit(lx, j, ctx)
    if spec is None:
        return None, i
    if end < len(lx) and lx[end].text in ("2", "3") and adjacent(lx[end - 1], lx[end]) and (
            spec.code + lx[end].text in table_units()):
        spec, end = UnitSpec(spec.code + lx[end].text), end + 1  # "km2", "m3": an area, a volume
    spec, end = _per_symbol(lx, spec, end, ctx)
    if bracket:
        if end < len(lx) and lx[end].text == "]":
            end += 1
        else:
            return None, i
    return spec, end


def _unit_words(lx: list[Lexeme], j: int) -> list[tuple[str, int, bool]]:
    """Up to MAX_UNIT_WORDS words from ``j``: (lower-cased word, index, written after a hyphen?)."""
    words: list[tuple[str, int, bool]] = []
    k = j
    hyphen = False
    while k < len(lx) and len(words) < MAX_UNIT_WORDS:
        t = lx[k]
        if t.text == "-" and words:
            hyphen = True
            k += 1
            continue
        if not (t.is_word or t.text == "%"):
            break
        words.append((t.low, k, hyphen))
        hyphen = False
        k += 1
    return words


def _longest_unit(words: list[tuple[str, int, bool]], ctx: UnitContext) -> tuple[UnitSpec | None, int]:
    """The longest run of words that writes one unit, or two units joined by a hyphen ("pound-feet")."""
    for n in range(len(words), 0, -1):
        spec = unit_for_words(tuple(w for w, _, _ in words[:n]), ctx)
        if spec is not None:
            return spec, words[n - 1][1] + 1
        for cut in range(1, n):
            if not words[cut][2]:
                continue
            first = _physical(tuple(w for w, _, _ in words[:cut]), ctx)
            second = _physical(tuple(w for w, _, _ in words[cut:n]), ctx)
            if first and second:
                return UnitSpec(f"{first.code}-{second.code}"), words[n - 1][1] + 1
    return None, 0


def _physical(words: tuple[str, ...], ctx: UnitContext) -> UnitSpec | None:
    """The one physical (not money, not time) unit these words may write ("pound" is weight here)."""
    found = [u for u in unit_choices(words, ctx) if is_physical(u.code) and u.factor == 1.0]
    return found[0] if len(found) == 1 else None


def _symbol_unit(lx: list[Lexeme], j: int, ctx: UnitContext) -> tuple[UnitSpec | None, int]:
    """A unit symbol after the number ("256GB", "40 mph", "5 km2"), with a glued power ("m3")."""
    t = lx[j]
    if t.is_digit or t.text in "([{":
        return None, 0
    glued = adjacent(lx[j - 1], t)
    slash = _slash_unit(lx, j, ctx)
    if slash[0] is not None:
        return slash
    end = j + 1
    symbol = t.text
    if symbol == "°" and end < len(lx) and lx[end].is_word and adjacent(t, lx[end]):
        symbol, end = symbol + lx[end].text, end + 1  # "40°C", "100 °F"
    if end < len(lx) and lx[end].text in ("2", "3") and adjacent(t, lx[end]):
        # "m3", "km2": a length's symbol with a power is an area or a volume the tables name.
        powered = unit_for_symbol(symbol + lx[end].text, True, ctx) or (
            UnitSpec(symbol + lx[end].text) if symbol + lx[end].text in table_units() else None)
        if powered is not None:
            return powered, end + 1
    if t.is_word and end < len(lx) and lx[end].is_word and not adjacent(t, lx[end]):
        spaced = unit_for_symbol(f"{symbol} {lx[end].text}", True, ctx)  # "500 sq m", "300 sq ft"
        if spaced is not None:
            return spaced, end + 1
    spec = unit_for_symbol(symbol, glued, ctx)
    if spec is None and glued and len(symbol) == 1 and symbol.isupper() and (
            end >= len(lx) or not adjacent(t, lx[end]) or not (lx[end].is_word or lx[end].is_digit)):
        # "highs of 25C", "-5C overnight": only where the sentence speaks of temperature ("room 4C" is a label).
        letter = vocabulary.table("glued_letter_units").get(symbol.lower())
        cue = any(x.low in vocabulary.words("temperature_cues") for x in lx)
        spec = UnitSpec(letter) if letter and cue else None
    return (spec, end) if spec is not None else (None, 0)


def _document_currency_unit(lx: list[Lexeme], i: int, ctx: UnitContext) -> tuple[UnitSpec | None, int]:
    """The currency the document speaks of among the units the words at ``i`` may write ("pounds")."""
    words = _unit_words(lx, i)
    for n in range(len(words), 0, -1):
        choices = unit_choices(tuple(w for w, _, _ in words[:n]), ctx)
        if len(choices) > 1:
            spec = document_currency(choices, ctx)
            return (spec, words[n - 1][1] + 1) if spec is not None else (None, i)
    return None, i


def _per_symbol(lx: list[Lexeme], spec: UnitSpec, end: int, ctx: UnitContext) -> tuple[UnitSpec, int]:
    """ "80km/h", "1.3 A/cm2": a physical unit over a physical or time unit's symbol, glued by a slash."""
    if not (end + 1 < len(lx) and lx[end].text == "/" and adjacent(lx[end - 1], lx[end])
            and adjacent(lx[end], lx[end + 1]) and is_physical(spec.code) and spec.factor == 1.0):
        return spec, end
    below, after = _compound_side(lx, end + 1, ctx)
    if below is None or not (is_physical(below.code) or is_time(below.code)):
        return spec, end
    return UnitSpec(f"{spec.code}/{below.code}"), after


def _compound_side(lx: list[Lexeme], j: int, ctx: UnitContext) -> tuple[UnitSpec | None, int]:
    """One side of a slash compound ("A" or "cm2" in "A/cm2", "h" in "km/h"): a symbol, a single letter
    (read only here) or a unit word, with a glued power."""
    if j >= len(lx) or not lx[j].is_word:
        return None, j
    t = lx[j]
    power = lx[j + 1].text if j + 1 < len(lx) and lx[j + 1].text in ("2", "3") and adjacent(t, lx[j + 1]) else ""
    found = {c for c in symbol_units(t.text) + letter_units(t.text) if not is_currency(c[0]) and c[1] == 1.0}
    if not found:
        own = unit_for_words((t.low,), ctx)
        found = {(own.code, own.factor)} if own is not None and own.factor == 1.0 else set()
    if len(found) != 1:
        return None, j
    code = next(iter(found))[0]
    if power and is_physical(code + power):
        return UnitSpec(code + power), j + 2
    return (UnitSpec(code), j + 1) if not power else (None, j)


def _slash_unit(lx: list[Lexeme], j: int, ctx: UnitContext) -> tuple[UnitSpec | None, int]:
    """ "1.3 A/cm2", "9.8 m/s2": two symbols glued by a slash, a single letter allowed on either side."""
    top, end = _compound_side(lx, j, ctx)
    if top is None or not is_physical(top.code) or not (end + 1 < len(lx) and lx[end].text == "/"):
        return None, 0
    spec, after = _per_symbol(lx, top, end, ctx)
    return (spec, after) if after > end else (None, 0)


def ambiguous_unit(lx: list[Lexeme], i: int) -> bool:
    """Whether the words at ``i`` name several units ("pounds": sterling or weight), for quantulum3 to decide."""
    words = _unit_words(lx, i)
    return any(len(unit_choices(tuple(w for w, _, _ in words[:n]))) > 1 for n in range(len(words), 0, -1))


def _read_scales(lx: list[Lexeme], j: int, value: float, money: bool = False) -> tuple[float, int, bool]:
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


def read_mentions(lx: list[Lexeme], ctx: UnitContext = DEFAULT_CONTEXT) -> list[Mention]:
    """Read every single numeral mention in a sentence's lexemes (no ranges yet).

    Args:
        lx: lexemes of one sentence.
        ctx: the document's readings of shared currency signs and of "cents" (``units.unit_context``).

    Returns:
        Mentions in text order.
    """
    out: list[Mention] = []
    i = 0
    while i < len(lx):
        m = _read_mention(lx, i, ctx)
        if m is None:
            i += 1
            continue
        if m.extra.get("ask_quantulum"):
            _ask_quantulum(lx, m, ctx)
        out.append(m)
        i = m.last + 1
    return out


def _ask_quantulum(lx: list[Lexeme], m: Mention, ctx: UnitContext) -> None:
    """A word after the number names several units ("pounds"): take quantulum3's reading of the sentence."""
    from .quantulum_fallback import quantulum_unit

    got = quantulum_unit(lx, m.num_first, m.num_last, ctx)
    if got is not None and m.value is not None:
        spec, last = got
        m.unit, m.value, m.last, m.end = spec.code, m.value * spec.factor, last, lx[last].end


#: Marks written for feet and inches after a number ("30'", "6' 2\"", "12″"): the primes are never quotes.
_FOOT_MARKS = frozenset({"'", "\u2019", "\u2032"})
_INCH_MARKS = frozenset({'"', "\u201d", "\u2033"})
_PRIMES = frozenset({"\u2032", "\u2033"})


def _marked_length(lx: list[Lexeme], j: int, value: float) -> tuple[UnitSpec, float, int] | None:
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
        inches = parse_digits(lx[k].text)
        if inches is not None and inches < 12:
            return UnitSpec("ft"), value + inches / 12, k + 2
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


def _currency_before(lx: list[Lexeme], i: int, ctx: UnitContext) -> tuple[str, int] | None:
    """The currency written before the number at ``i`` ("$", "€", "RMB", "US$", "A$") and where it starts."""
    if i == 0:
        return None
    t = lx[i - 1]
    if i > 1 and not t.is_word and lx[i - 2].is_word and adjacent(lx[i - 2], t) and lx[i - 2].text.isupper():
        code = currency_for_sign(lx[i - 2].text + t.text, ctx)  # "US$", "A$", "HK$"
        if code:
            return code, i - 2
    if (i > 1 and t.is_word and t.text.isupper() and not lx[i - 2].is_word and adjacent(lx[i - 2], t)
            and adjacent(t, lx[i])):
        code = currency_for_sign(t.text + lx[i - 2].text, ctx)  # "$US55.9", "$A82": the country after the sign
        if code:
            return code, i - 2
    if i > 1 and t.text == "." and lx[i - 2].is_word and adjacent(lx[i - 2], t):
        code = vocabulary.table("currency_signs").get(lx[i - 2].low)
        if code and lx[i - 2].text[0].isupper():
            return code, i - 2  # "Rs. 40"
    code = currency_for_sign(t.text, ctx)
    # A capitalised word is a sign only when the table of signs lists it ("Rs 500"; not "Is 5", "As 3").
    if code and (not t.is_word or t.text.isupper() or t.text[0].isupper() and t.low in vocabulary.table(
            "currency_signs")):
        return code, i - 1
    return None


def _read_mention(lx: list[Lexeme], i: int, ctx: UnitContext = DEFAULT_CONTEXT) -> Mention | None:
    """The mention whose numeral starts at lexeme ``i`` (with its currency, sign, scales and unit), or None."""
    multiple = _multiple_mention(lx, i)
    if multiple is not None:
        return multiple
    got = read_numeral(lx, i)
    if got is None:
        return None
    value, j, spelled = got
    before = _currency_before(lx, i, ctx)  # a currency sign (or code) written before the number
    unscaled = value
    value, j, scaled = _read_scales(lx, j, value, money=before is not None)
    scale = value / unscaled if scaled and unscaled else 1.0
    if not scaled and spelled and _low(lx, j - 1) in scales():
        scaled, scale = True, scales()[_low(lx, j - 1)]  # "five thousand" is scaled as "5 thousand" is
    num_last = j - 1
    unit, first = before if before is not None else (None, i)
    sign = before is not None
    negative = False
    unit_source = None
    sign_at = _sign_before(lx, first)
    if sign_at is not None:
        first, value, negative = sign_at, -value, True
    spec, after_unit, ask = _unit_after(lx, i, j, value, spelled, ctx, scaled)
    if spec is None and not sign and not spelled and not scaled:
        marked = _marked_length(lx, j, value)
        if marked is not None:
            spec, value, after_unit = marked
    last = j - 1
    if spec is not None and sign:
        if is_currency(spec.code):
            last = after_unit - 1  # "$5 billion dollars": the word only repeats the sign
    elif spec is not None:
        unit, value, last = spec.code, value * spec.factor, after_unit - 1
        unit_source = spec.source
    elif spelled and value < 1:
        unit = _fraction_unit(lx, i, j) or unit
    # "a factor of 1.5": the phrase is the multiple.
    is_multiple = spec is not None and spec.code == "times"
    if i >= 2 and lx[i - 1].low == "of" and lx[i - 2].low == "factor":
        first, unit, is_multiple = i - 2, "times", True
    truncated = (last + 2 < len(lx) and lx[last + 1].text == "-" and adjacent(lx[last], lx[last + 1])
                 and not adjacent(lx[last + 1], lx[last + 2]))
    return Mention(lx[first].start, lx[last].end, value, first, last, i, num_last, unit=unit, spelled=spelled,
                   scaled=scaled, scale=scale, currency_sign=sign, multiple=is_multiple, negative=negative,
                   unit_source=unit_source,
                   extra={"truncated": truncated, "ask_quantulum": ask and unit is None})


def _multiple_mention(lx: list[Lexeme], i: int) -> Mention | None:
    """ "twice", "double"; "a tenfold increase", "rose fourfold" (not "the focus is fourfold"): a multiple."""
    t = lx[i]
    if t.low in _multiple_words():
        return Mention(t.start, t.end, _multiple_words()[t.low], i, i, i, i, unit="times", spelled=True,
                       multiple=True)
    fold = _fold_multiple(t.low)
    if fold is not None and (_low(lx, i + 1) in vocabulary.words("fold_after")
                             or _low(lx, i - 1) in vocabulary.words("fold_before")):
        return Mention(t.start, t.end, fold, i, i, i, i, unit="times", spelled=True, multiple=True)
    return None


def _unit_after(lx: list[Lexeme], i: int, j: int, value: float, spelled: bool,
                ctx: UnitContext, scaled: bool = False) -> tuple[UnitSpec | None, int, bool]:
    """The unit written after the numeral at ``i`` that ends before ``j``: (unit or None, index after it,
    whether the words there name several units for quantulum3 to decide)."""
    k = j
    # "a quarter of a percentage point", "four-tenths of a point".
    if spelled and value < 1 and _low(lx, k) == "of" and _low(lx, k + 1) in ("a", "an"):
        k += 2
    spec, end = read_unit(lx, k, ctx)
    if spec is not None and spec.code == "points" and spelled and _low(lx, i - 1) not in vocabulary.words(
            "point_moves"):
        spec = None  # "I have two points to make": remarks counted, not index points
    ask = spec is None and ambiguous_unit(lx, k)
    if ask and scaled:
        # "14 billion pounds" where the document speaks of Britain: a scaled amount in a word that is both a
        # currency and a weight is the currency the document speaks of.
        spec, end = _document_currency_unit(lx, k, ctx)
        ask = spec is None
    if spec is None and _low(lx, k) in vocabulary.words("duration_adjectives"):
        # "eight consecutive years": an adjective of duration may sit between number and unit.
        spec2, end2 = read_unit(lx, k + 1, ctx)
        if spec2 is not None and is_time(spec2.code):
            spec, end = spec2, end2
    if spec is None and spelled and value < 1 and _low(lx, k) == "point":
        spec, end = UnitSpec("pp"), k + 1
    elif spec is None and spelled and value < 1 and _low(lx, k) == "-" and _low(lx, k + 1) == "point":
        spec, end = UnitSpec("pp"), k + 2
    return spec, end, ask


def _fraction_unit(lx: list[Lexeme], i: int, j: int) -> str | None:
    """The unit a spelled fraction at ``i``..``j`` gives itself: "four-tenths" of a rate are points, "two
    thirds" a plain fraction."""
    if any(lx[n].low in ("tenth", "tenths", "hundredth", "hundredths") for n in range(i, j)):
        return "pp"
    if any(lx[n].low in denominator_words() for n in range(i, j)):
        return "1"
    return None


_MINUS_SIGNS = frozenset({"-", "\u2212"})
_OPENERS = frozenset({"(", "[", "{", "\"", "\u201c", ":"})


def _sign_before(lx: list[Lexeme], first: int) -> int | None:
    """The index of a minus written before a number ("-0.5", "-$3", "minus 2", "negative 1"), or None.

    A hyphen counts only when glued to the number and not to a word or number before it ("COVID-19", "18-
    to 26", "150-200" are no signs); "plus or minus 2" is a tolerance, not a negative number.
    """
    k = first - 1
    if k < 0:
        return None
    t = lx[k]
    if t.text in _MINUS_SIGNS:
        if not adjacent(t, lx[first]):
            return None
        if k > 0 and adjacent(lx[k - 1], t) and lx[k - 1].text not in _OPENERS:
            return None
        if k > 0 and (lx[k - 1].is_digit or lx[k - 1].text in ("\u2014", "\u2013", "-")):
            return None  # "150 -200": a range written loosely; "12-point- — -7 million": a word resumed
        return k
    if t.low in vocabulary.words("minus_words") and not (_low(lx, k - 1) == "or" and _low(lx, k - 2) == "plus"):
        return k
    return None


_RANGE_JOIN = re.compile(r"^\s*(?:-|–|to|-\s*to\s*-?)\s*$", re.I)  # "18- to 26-year-olds"
_OR_JOIN = re.compile(r"^-?\s*or\s*$", re.I)
_AND_JOIN = re.compile(r"^-?\s*and\s*$", re.I)


def _between(lx: list[Lexeme], a: Mention, b: Mention) -> str:
    return " ".join(x.text for x in lx[a.last + 1:b.first])


def combine(lx: list[Lexeme], ms: list[Mention]) -> list[Mention]:
    """Join neighbouring mentions into ranges, ratios and from-to pairs, and share units."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        pair = _pair(lx, ms, i) if i + 1 < len(ms) else None
        if pair is None:
            out.append(ms[i])
            i += 1
        else:
            out += pair
            i += 2
    _inherit_list_units(lx, out)
    _inherit_moved_units(lx, out)
    for m in out:
        m.per = m.per or denominator(lx, m)
    return out


def _pair(lx: list[Lexeme], ms: list[Mention], i: int) -> list[Mention] | None:
    """What mentions ``i`` and ``i + 1`` become when they belong together: one range, ratio or share, or a
    from-to pair; None when they stay apart."""
    a, b = ms[i], ms[i + 1]
    if a.multiple or b.multiple:
        return None
    gap = _between(lx, a, b)
    before = _low(lx, a.first - 1)
    joined = None
    if _RANGE_JOIN.match(gap):
        return _range_pair(lx, a, b, gap)
    if _OR_JOIN.match(gap) and (a.unit is None or a.extra.get("truncated") and a.unit == b.unit) and (
            lx[b.num_first].low not in ("a", "an")) and (a.spelled == b.spelled):
        joined = _join(a, b)  # "eight or nine euros", "$30- or $40,000"
    elif _AND_JOIN.match(gap) and (before == "between" or a.extra.get("truncated") and a.unit in (None, b.unit)):
        joined = _join(a, b)  # "between 5 and 7 percent", "50- and 60,000"
    elif gap.lower() in vocabulary.words("share_joins") and _is_share(a, b):
        joined = _share(a, b)
    elif gap == "," and a.unit is None and b.unit is not None and (
            i + 2 >= len(ms) or _between(lx, b, ms[i + 2]) not in (",", "and", ", and")) and (
            a.value is not None and b.value is not None and a.value < b.value):
        joined = _join(a, b)
    return [joined] if joined is not None else None


def _range_pair(lx: list[Lexeme], a: Mention, b: Mention, gap: str) -> list[Mention] | None:
    """Two mentions joined by "-" or "to": a from-to pair, a ratio or a range; None when they stay apart."""
    to = "to" in gap.lower()
    if _low(lx, a.first - 1) in vocabulary.words("level_moves") and to and a.unit and b.unit:
        return None  # "up 12 cents to $3.87": a change and the level it reached ("down 1 to 2 percent" is a range)
    if (_low(lx, a.first - 1) in vocabulary.words("move_verb_forms") and to and a.unit and a.unit == b.unit
            and not is_rate(a.unit) and a.value is not None and b.value is not None and a.value < b.value):
        return None  # "crude fell $1.20 to $78.40", "shares jumped 12p to 340p": a move and the level reached
    if _low(lx, a.first - 1) == "from" and _low(lx, a.first - 2) not in vocabulary.words("range_verbs"):
        # "from 11 to eight": two levels, the first borrowing the second's unit.
        for m in (a, b):
            m.from_to = True
        _share_unit(a, b)
        return [a, b]
    if b.value == 1 and a.unit is None and b.unit is None and a.value is not None and a.value > 1 or (
            a.value == 1 and b.value == 1 and a.unit is None and b.unit is None and to):
        return [_join(a, b, ratio=True)]  # "two to one"
    if a.unit is not None and b.unit is None and not a.currency_sign:
        return None  # "fell 0.4 per cent to 13,176": a unit on the first end only; a change and a level
    if (a.unit is None or a.unit == b.unit or b.unit is None) and (
            a.value is None or b.value is None or a.value < b.value or a.negative and b.negative):
        # A range ascends ("150-200"; "-1 to -2" is said either way); "05-04" or "three-quarter" are
        # something else.
        return [_join(a, b)]
    return None


def _is_share(a: Mention, b: Mention) -> bool:
    """ "two out of three", "one in five": two bare whole numbers, the part below the whole."""
    return (a.unit is None and b.unit is None and not a.scaled and not b.scaled and a.value is not None
            and b.value is not None and a.value == int(a.value) and b.value == int(b.value) and 0 < a.value < b.value)


def _share(a: Mention, b: Mention) -> Mention:
    assert a.value is not None and b.value is not None  # _is_share checked both
    return Mention(a.start, b.end, a.value / b.value, a.first, b.last, a.num_first, b.num_last, unit="1",
                   spelled=a.spelled, share=True)


def _inherit_moved_units(lx: list[Lexeme], ms: list[Mention]) -> None:
    """ "closed at 16,369.03, up 58.06 points": a bare level takes the unit of the move written after it.

    Only a unit of the same kind of amount passes (points, money, barrels); a percentage does not ("at
    16,369.03, up 0.4%" says nothing of the index's unit).
    """
    for a, b in itertools.pairwise(ms):
        gap = [t.low for t in lx[a.last + 1:b.first] if t.text != ","]
        if (a.unit is None and b.unit is not None and not is_rate(b.unit) and not b.multiple
                and len(gap) == 1 and gap[0] in vocabulary.words("level_moves") and a.low is None and b.low is None):
            a.unit = b.unit


def denominator(lx: list[Lexeme], m: Mention) -> str | None:
    """A rate's denominator written after a figure: "day" in "$15 a day", "1,000 deaths a day", "per capita".

    After a bare number the noun it counts may come first ("2 to 3 million doses per day"); after "a", "an",
    "each" or "every" the denominator must be a unit ("an hour", "a gallon"), after "per" any word.
    """
    k = m.last + 1
    if m.unit is None:
        skipped = 0
        while (k < len(lx) and skipped < 3 and lx[k].is_word and lx[k].low not in vocabulary.words("rate_markers")
               and lx[k].low not in vocabulary.words("function_words")):
            k += 1
            skipped += 1
    marker = _low(lx, k)
    if marker not in vocabulary.words("rate_markers") or k + 1 >= len(lx) or not lx[k + 1].is_word:
        return None
    word = lx[k + 1]
    if word.low in vocabulary.words("function_words") or word.low in number_words():
        return None
    if marker != "per" and unit_for_words((word.low,)) is None and not (
            is_currency(m.unit) and marker in ("a", "an") and _ends_phrase(lx, k + 2)):
        return None  # "$2 a share", "$10 a head": money per a noun that ends the phrase
    return word.low


def _ends_phrase(lx: list[Lexeme], k: int) -> bool:
    return k >= len(lx) or not lx[k].is_word or lx[k].low in vocabulary.words("function_words")


def _share_unit(a: Mention, b: Mention) -> None:
    """Give the first end of a pair the unit (and scale) written only on the second."""
    if a.unit is None and b.unit is not None:
        a.unit = b.unit
    if not a.scaled and b.scaled and a.value is not None and b.value is not None and 0 < a.value * b.scale <= b.value:
        # "26 to 40 million", "four to five thousand": the bare end counts in the other end's scale when that
        # keeps it below the other end ("from 900 to 1.2 million" stays 900).
        a.value *= b.scale


def _join(a: Mention, b: Mention, ratio: bool = False) -> Mention:
    if ratio:
        return Mention(a.start, b.end, a.value, a.first, b.last, a.num_first, b.num_last, unit="1",
                       spelled=a.spelled, ratio=True)
    _share_unit(a, b)
    if a.value is not None and b.value is not None and 0 < a.value < b.value / 10 and a.extra.get("truncated"):
        # "$4- and $700": the speaker broke off "four hundred"; the end takes the other end's magnitude.
        while a.value < b.value / 10:
            a.value *= 10
    unit = b.unit or a.unit
    low, high = a.value, b.value
    if low is not None and high is not None and low > high:
        low, high = high, low  # "-1 to -2 percent"
    return Mention(a.start, b.end, None, a.first, b.last, a.num_first, b.num_last, unit=unit, spelled=a.spelled,
                   scaled=a.scaled or b.scaled, currency_sign=a.currency_sign or b.currency_sign,
                   unit_source=b.unit_source or a.unit_source, low=low, high=high, negative=a.negative or b.negative)


def _inherit_list_units(lx: list[Lexeme], ms: list[Mention]) -> None:
    """In a list "5, 7, 10 years" the bare items take the unit written on the last one."""
    for k in range(len(ms) - 2, -1, -1):
        a, b = ms[k], ms[k + 1]
        if a.unit is None and b.unit is not None and not b.multiple and _between(lx, a, b) in (
                ",", "or", ", or", "and", ", and") and a.spelled == b.spelled and lx[a.num_first].low not in (
                "a", "an"):
            a.unit = b.unit
