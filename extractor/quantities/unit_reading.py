"""Reading the unit of a numeral: the words after it ("per cent", "-basis-point", "pound-feet", "eight
consecutive years") and a symbol ("256GB", "40 mph", "1.3 A/cm2", "118.5p"). Marks of feet and inches ("6' 2\"")
are read by :mod:`length_marks`, the currency written before the number by :mod:`currency_signs`.
"""
from __future__ import annotations

from ..lang.profile import Profile
from ..unit_codes import dimension, is_currency, is_physical, is_time, table_units
from .lexer import Lexeme, adjacent, is_article, low_at as _low
from .lexicon import letter_units, symbol_units
from .numbers import denominator_words
from .units import (
    DEFAULT_CONTEXT,
    UnitContext,
    UnitSpec,
    document_currency,
    longest_unit_name,
    unit_choices,
    unit_for_symbol,
    unit_for_words,
)


def read_unit(lx: list[Lexeme], i: int, ctx: UnitContext = DEFAULT_CONTEXT, *,
              profile: Profile) -> tuple[UnitSpec | None, int]:
    """Read unit words starting at lexeme ``i`` ("per cent", "-basis-point", "[basis points]", "GB", "pound-feet").

    Hyphens that glue a unit into an adjective and a bracket that an editor
    put around an unspoken unit are accepted. Words are looked up longest
    first; a symbol is read as written ("256GB", "40 mph"); two units joined by
    a hyphen are one unit ("pound-feet" is ``lb-ft``).

    Args:
        lx: the lexemes of a sentence.
        i: index of the first lexeme after the numeral.
        ctx: the document's readings of shared signs and of "cents".
        profile: the language profile whose word lists it reads.

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
    words = _unit_words(lx, j, profile=profile)
    spec, end = _longest_unit(words, ctx, profile=profile)
    if spec is None and j < len(lx) and j == i and i > 0:
        spec, end = _symbol_unit(lx, j, ctx, profile=profile)
    if spec is None:
        return None, i
    if end < len(lx) and lx[end].text in ("2", "3") and adjacent(lx[end - 1], lx[end]) and (
            spec.code + lx[end].text in table_units(profile)):
        spec, end = UnitSpec(spec.code + lx[end].text), end + 1  # "km2", "m3": an area, a volume
    spec, end = _per_symbol(lx, spec, end, ctx, profile=profile)
    if bracket:
        if end < len(lx) and lx[end].text == "]":
            end += 1
        else:
            return None, i
    return spec, end


def _unit_words(lx: list[Lexeme], j: int, *, profile: Profile) -> list[tuple[str, int, bool]]:
    """As many words from ``j`` as the longest unit name has (:func:`~.units.longest_unit_name`): (lower-cased
    word, index, written after a hyphen?)."""
    words: list[tuple[str, int, bool]] = []
    k = j
    hyphen = False
    most = longest_unit_name(profile)
    while k < len(lx) and len(words) < most:
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


def _longest_unit(words: list[tuple[str, int, bool]], ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec | None,
                                                                                                      int]:
    """The longest run of words that writes one unit, or two units joined by a hyphen ("pound-feet")."""
    for n in range(len(words), 0, -1):
        spec = unit_for_words(tuple(w for w, _, _ in words[:n]), ctx, profile=profile)
        if spec is not None and not _column_of_liquid(words[:n], spec, ctx, profile=profile):
            return spec, words[n - 1][1] + 1
        for cut in range(1, n):
            if not words[cut][2]:
                continue
            first = _physical(tuple(w for w, _, _ in words[:cut]), ctx, profile=profile)
            second = _physical(tuple(w for w, _, _ in words[cut:n]), ctx, profile=profile)
            if first and second:
                return UnitSpec(f"{first.code}-{second.code}"), words[n - 1][1] + 1
    return None, 0


def _column_of_liquid(words: list[tuple[str, int, bool]], spec: UnitSpec, ctx: UnitContext, *,
                      profile: Profile) -> bool:
    """Whether quantulum3 reads a pressure in a length of a liquid ("30 centimetres of water") that is a depth: its
    first word alone is a length and the liquid is no manometer's (mercury's column is only ever a pressure)."""
    if len(words) < 2 or dimension(spec.code, profile=profile) != "pressure":
        return False
    if words[-1][0] in profile.words("manometer_liquids"):
        return False
    first = unit_for_words((words[0][0],), ctx, profile=profile)
    return first is not None and dimension(first.code, profile=profile) == "length"


def _physical(words: tuple[str, ...], ctx: UnitContext, *, profile: Profile) -> UnitSpec | None:
    """The one physical (not money, not time) unit these words may write ("pound" is weight here)."""
    found = [u for u in unit_choices(words, ctx, profile=profile)
             if is_physical(u.code, profile=profile) and u.factor == 1.0]
    return found[0] if len(found) == 1 else None


def _symbol_unit(lx: list[Lexeme], j: int, ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec | None, int]:
    """A unit symbol after the number ("256GB", "40 mph", "5 km2"), with a glued power ("m3")."""
    t = lx[j]
    if t.is_digit or t.text in "([{":
        return None, 0
    slash = _slash_unit(lx, j, ctx, profile=profile)
    if slash[0] is not None:
        return slash
    symbol, end = t.text, j + 1
    if symbol == "°" and end < len(lx) and lx[end].is_word and adjacent(t, lx[end]):
        symbol, end = symbol + lx[end].text, end + 1  # "40°C", "100 °F"
    for reader in (_powered_symbol, _spaced_symbol):
        spec, after = reader(lx, j, symbol, end, ctx, profile=profile)
        if spec is not None:
            return spec, after
    glued = adjacent(lx[j - 1], t)
    spec = unit_for_symbol(symbol, glued, ctx, priced=glued and _priced(lx, j, profile=profile), profile=profile)
    if spec is None and glued:
        spec = _glued_letter_unit(lx, j, symbol, end, profile=profile)
    return (spec, end) if spec is not None else (None, 0)


def _powered_symbol(lx: list[Lexeme], j: int, symbol: str, end: int,
                    ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec | None, int]:
    """ "m3", "km2": a length's symbol with a glued power is an area or a volume the tables name."""
    if not (end < len(lx) and lx[end].text in ("2", "3") and adjacent(lx[j], lx[end])):
        return None, end
    powered = symbol + lx[end].text
    spec = (unit_for_symbol(powered, True, ctx, profile=profile)
            or (UnitSpec(powered) if powered in table_units(profile) else None))
    return spec, end + 1


def _spaced_symbol(lx: list[Lexeme], j: int, symbol: str, end: int,
                   ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec | None, int]:
    """ "500 sq m", "300 sq ft": a symbol written in two words."""
    if not (lx[j].is_word and end < len(lx) and lx[end].is_word and not adjacent(lx[j], lx[end])):
        return None, end
    return unit_for_symbol(f"{symbol} {lx[end].text}", True, ctx, profile=profile), end + 1


def _glued_letter_unit(lx: list[Lexeme], j: int, symbol: str, end: int, *, profile: Profile) -> UnitSpec | None:
    """ "highs of 25C", "-5C overnight": a capital letter glued to the number and standing alone is a unit only
    where the sentence speaks of temperature ("room 4C" is a label)."""
    if not (len(symbol) == 1 and symbol.isupper()):
        return None
    if end < len(lx) and adjacent(lx[j], lx[end]) and (lx[end].is_word or lx[end].is_digit):
        return None
    letter = profile.table("glued_letter_units").get(symbol.lower())
    cue = any(x.low in profile.words("temperature_cues") for x in lx)
    return UnitSpec(letter) if letter and cue else None


def _priced(lx: list[Lexeme], j: int, *, profile: Profile) -> bool:
    """Whether the number before lexeme ``j`` reads as a price by itself: written with a decimal fraction
    ("118.5p"), as the amount of a move ("jumped 9p", "up 3p") or as the level such a move reached ("9p to
    214p")."""
    k = j - 1
    while k > 0 and adjacent(lx[k - 1], lx[k]) and (lx[k - 1].is_digit or lx[k - 1].text in ".,"):
        k -= 1  # back to the numeral's start
    moves = profile.words("move_verb_forms") | profile.words("level_moves")
    reached = _low(lx, k - 1) == "to" and k >= 3 and lx[k - 2].text == lx[j].text and lx[k - 3].is_digit and (
        adjacent(lx[k - 3], lx[k - 2])) and _priced(lx, k - 2, profile=profile)
    return "." in lx[j - 1].text or _low(lx, k - 1) in moves or reached


def _document_currency_unit(lx: list[Lexeme], i: int, ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec | None,
                                                                                                      int]:
    """The currency the document speaks of among the units the words at ``i`` may write ("pounds")."""
    words = _unit_words(lx, i, profile=profile)
    for n in range(len(words), 0, -1):
        choices = unit_choices(tuple(w for w, _, _ in words[:n]), ctx, profile=profile)
        if len(choices) > 1:
            spec = document_currency(choices, ctx, profile=profile)
            return (spec, words[n - 1][1] + 1) if spec is not None else (None, i)
    return None, i


def _per_symbol(lx: list[Lexeme], spec: UnitSpec, end: int, ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec,
                                                                                                            int]:
    """ "80km/h", "1.3 A/cm2": a physical unit over a physical or time unit's symbol, glued by a slash."""
    if not (end + 1 < len(lx) and lx[end].text == "/" and adjacent(lx[end - 1], lx[end])
            and adjacent(lx[end], lx[end + 1]) and is_physical(spec.code, profile=profile) and spec.factor == 1.0):
        return spec, end
    below, after = _compound_side(lx, end + 1, ctx, profile=profile)
    if below is None or not (is_physical(below.code, profile=profile) or is_time(below.code, profile=profile)):
        return spec, end
    return UnitSpec(f"{spec.code}/{below.code}"), after


def _compound_side(lx: list[Lexeme], j: int, ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec | None, int]:
    """One side of a slash compound ("A" or "cm2" in "A/cm2", "h" in "km/h"): a symbol, a single letter
    (read only here) or a unit word, with a glued power."""
    if j >= len(lx) or not lx[j].is_word:
        return None, j
    t = lx[j]
    power = lx[j + 1].text if j + 1 < len(lx) and lx[j + 1].text in ("2", "3") and adjacent(t, lx[j + 1]) else ""
    found = {c for c in symbol_units(t.text) + letter_units(t.text)
             if not is_currency(c[0], profile=profile) and c[1] == 1.0}
    if not found:
        own = unit_for_words((t.low,), ctx, profile=profile)
        found = {(own.code, own.factor)} if own is not None and own.factor == 1.0 else set()
    if len(found) != 1:
        return None, j
    code = next(iter(found))[0]
    if power and is_physical(code + power, profile=profile):
        return UnitSpec(code + power), j + 2
    return (UnitSpec(code), j + 1) if not power else (None, j)


def _slash_unit(lx: list[Lexeme], j: int, ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec | None, int]:
    """ "1.3 A/cm2", "9.8 m/s2": two symbols glued by a slash, a single letter allowed on either side."""
    top, end = _compound_side(lx, j, ctx, profile=profile)
    if top is None or not is_physical(top.code, profile=profile) or not (end + 1 < len(lx) and lx[end].text == "/"):
        return None, 0
    spec, after = _per_symbol(lx, top, end, ctx, profile=profile)
    return (spec, after) if after > end else (None, 0)


def ambiguous_unit(lx: list[Lexeme], i: int, *, profile: Profile) -> bool:
    """Whether the words at ``i`` name several units ("pounds": sterling or weight), for quantulum3 to decide."""
    words = _unit_words(lx, i, profile=profile)
    return any(len(unit_choices(tuple(w for w, _, _ in words[:n]), profile=profile)) > 1 for n in range(len(words), 0,
                                                                                                        -1))


def unit_after(lx: list[Lexeme], i: int, j: int, value: float, spelled: bool,
               ctx: UnitContext, scaled: bool = False, *, profile: Profile) -> tuple[UnitSpec | None, int, bool]:
    """The unit written after the numeral at ``i`` that ends before ``j``: (unit or None, index after it,
    whether the words there name several units for quantulum3 to decide)."""
    fraction = spelled and value < 1
    k = j
    # "a quarter of a percentage point", "four-tenths of a point".
    if fraction and _low(lx, k) == "of" and is_article(_low(lx, k + 1), profile=profile):
        k += 2
    spec, end = read_unit(lx, k, ctx, profile=profile)
    if spec is not None and spec.code == "points" and spelled and _low(lx, i - 1) not in profile.words(
            "point_moves"):
        spec = None  # "I have two points to make": remarks counted, not index points
    ask = spec is None and ambiguous_unit(lx, k, profile=profile)
    if ask and scaled:
        # "14 billion pounds" where the document speaks of Britain: a scaled amount in a word that is both a
        # currency and a weight is the currency the document speaks of.
        spec, end = _document_currency_unit(lx, k, ctx, profile=profile)
        ask = spec is None
    if spec is None:
        spec, end = _unit_after_adjective(lx, k, ctx, end, profile=profile)
    if spec is None and fraction:
        spec, end = _fraction_of_point(lx, k, end)
    return spec, end, ask


def _unit_after_adjective(lx: list[Lexeme], k: int, ctx: UnitContext, end: int, *,
                          profile: Profile) -> tuple[UnitSpec | None, int]:
    """ "eight consecutive years": an adjective of duration may sit between number and a unit of time."""
    if _low(lx, k) in profile.words("duration_adjectives"):
        spec, after = read_unit(lx, k + 1, ctx, profile=profile)
        if spec is not None and is_time(spec.code, profile=profile):
            return spec, after
    return None, end


def _fraction_of_point(lx: list[Lexeme], k: int, end: int) -> tuple[UnitSpec | None, int]:
    """ "a quarter point", "three-quarter-point": a spelled fraction of a "point" is percentage points."""
    if _low(lx, k) == "point":
        return UnitSpec("pp"), k + 1
    if _low(lx, k) == "-" and _low(lx, k + 1) == "point":
        return UnitSpec("pp"), k + 2
    return None, end


def fraction_unit(lx: list[Lexeme], i: int, j: int, *, profile: Profile) -> str | None:
    """The unit a spelled fraction at ``i``..``j`` gives itself: "four-tenths" of a rate are points, "two
    thirds" a plain fraction."""
    if any(lx[n].low in profile.words("point_fraction_words") for n in range(i, j)):
        return "pp"
    if any(lx[n].low in denominator_words(profile) for n in range(i, j)):
        return "1"
    return None


