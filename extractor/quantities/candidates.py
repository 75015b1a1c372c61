"""Finding numeral mentions in a stretch of text with our own rules.

The finder works on :mod:`lexer` lexemes of one sentence.  It reads a
numeral (digits or words), its scale words, a bracketed correction
("$1.7 billion [trillion]"), a currency sign and the unit words after it,
then joins neighbouring mentions into ranges ("150-200 hours", "4¼ to 4½
percent"), ratios ("two to one") and "from X to Y" pairs.  The numeral is read
by :mod:`numerals`, the unit and the currency by :mod:`unit_reading`, the joins
by :mod:`ranges`; this module puts one mention together.  Deciding whether
a mention is a quantity at all is left to :mod:`filters`; linguistic context
(counted noun, kind, concept, entity) to :mod:`counted`, :mod:`kind`, :mod:`concept` and :mod:`entity`.
"""
from __future__ import annotations

from ..lang.profile import Profile
from ..unit_codes import is_currency
from . import quantulum_fallback
from .currency_signs import currency_before
from .length_marks import marked_length
from .lexer import Lexeme, adjacent, low_at as _low
from .mention import Mention
from .numbers import scales
from .numerals import fold_multiple, may_open_mention, multiple_words, read_numeral, read_scales
from .ranges import combine, denominator
from .unit_reading import ambiguous_unit, fraction_unit, read_unit, unit_after
from .units import DEFAULT_CONTEXT, UnitContext, UnitSpec

__all__ = ["Mention", "ambiguous_unit", "combine", "denominator", "read_mentions", "read_numeral", "read_unit"]


def read_mentions(lx: list[Lexeme], ctx: UnitContext = DEFAULT_CONTEXT, *, profile: Profile) -> list[Mention]:
    """Read every single numeral mention in a sentence's lexemes (no ranges yet).

    Args:
        lx: lexemes of one sentence.
        ctx: the document's readings of shared currency signs and of "cents" (``units.unit_context``).
        profile: the language profile whose word lists it reads.

    Returns:
        Mentions in text order.
    """
    out: list[Mention] = []
    i = 0
    while i < len(lx):
        m = _read_mention(lx, i, ctx, profile=profile) if may_open_mention(lx[i], profile=profile) else None
        if m is None:
            i += 1
            continue
        if m.ask_quantulum:
            _ask_quantulum(lx, m, ctx, profile=profile)
        out.append(m)
        i = m.last + 1
    return out


def _ask_quantulum(lx: list[Lexeme], m: Mention, ctx: UnitContext, *, profile: Profile) -> None:
    """A word after the number names several units ("pounds"): take quantulum3's reading of the sentence."""
    # By module: tests replace it.
    got = quantulum_fallback.quantulum_unit(lx, m.num_first, m.num_last, ctx, profile=profile)
    if got is not None and m.value is not None:
        spec, last = got
        m.unit, m.value, m.last, m.end = spec.code, m.value * spec.factor, last, lx[last].end


def _read_mention(lx: list[Lexeme], i: int, ctx: UnitContext = DEFAULT_CONTEXT, *, profile: Profile) -> Mention | None:
    """The mention whose numeral starts at lexeme ``i`` (with its currency, sign, scales and unit), or None."""
    multiple = _multiple_mention(lx, i, profile=profile)
    if multiple is not None:
        return multiple
    got = read_numeral(lx, i, profile=profile)
    if got is None:
        return None
    value, j, spelled = got
    before = currency_before(lx, i, ctx, profile=profile)  # a currency sign (or code) written before the number
    value, j, scaled, scale = _scaled(lx, j, value, spelled, money=before is not None, profile=profile)
    unit, first = before if before is not None else (None, i)
    sign = before is not None
    sign_at = _sign_before(lx, first, profile=profile)
    negative = sign_at is not None
    if sign_at is not None:
        first, value = sign_at, -value
    spec, value, after_unit, ask = _unit_of(lx, i, j, value, spelled, scaled, sign, ctx, profile=profile)
    unit, value, last, unit_source = _with_unit(lx, i, j, value, spelled, unit, spec, after_unit, sign, profile=profile)
    is_multiple = spec is not None and spec.code == "times"
    if i >= 2 and lx[i - 1].low == "of" and lx[i - 2].low == "factor":
        first, unit, is_multiple = i - 2, "times", True  # "a factor of 1.5": the phrase is the multiple
    return Mention(lx[first].start, lx[last].end, value, first, last, i, j - 1, unit=unit, spelled=spelled,
                   scaled=scaled, scale=scale, currency_sign=sign, multiple=is_multiple, negative=negative,
                   unit_source=unit_source, truncated=_broken_off(lx, last), ask_quantulum=ask and unit is None)


def _scaled(lx: list[Lexeme], j: int, value: float, spelled: bool,
            money: bool, *, profile: Profile) -> tuple[float, int, bool, float]:
    """The scale words after the numeral that ends before ``j``: (value, index after them, scaled?, the factor
    they multiplied it by)."""
    unscaled = value
    value, j, scaled = read_scales(lx, j, value, money=money, profile=profile)
    scale = value / unscaled if scaled and unscaled else 1.0
    if not scaled and spelled and _low(lx, j - 1) in scales(profile):
        scaled, scale = True, scales(profile)[_low(lx, j - 1)]  # "five thousand" is scaled as "5 thousand" is
    return value, j, scaled, scale


def _unit_of(lx: list[Lexeme], i: int, j: int, value: float, spelled: bool, scaled: bool, sign: bool,
             ctx: UnitContext, *, profile: Profile) -> tuple[UnitSpec | None, float, int, bool]:
    """The unit after the numeral (its words, or marks of feet and inches after bare digits): (unit, value,
    index after it, whether quantulum3 must decide)."""
    spec, after_unit, ask = unit_after(lx, i, j, value, spelled, ctx, scaled, profile=profile)
    if spec is None and not sign and not spelled and not scaled:
        marked = marked_length(lx, j, value, profile=profile)
        if marked is not None:
            spec, value, after_unit = marked
    return spec, value, after_unit, ask


def _with_unit(lx: list[Lexeme], i: int, j: int, value: float, spelled: bool, unit: str | None,
               spec: UnitSpec | None, after_unit: int, sign: bool, *, profile: Profile) -> tuple[str | None, float,
                                                                                                 int, str | None]:
    """The mention's unit, value, last lexeme and unit source once the unit after it is read: a currency sign
    keeps its currency ("$5 billion dollars": the word only repeats the sign); a spelled fraction gives its own
    unit."""
    if spec is not None and sign:
        return unit, value, after_unit - 1 if is_currency(spec.code, profile=profile) else j - 1, None
    if spec is not None:
        return spec.code, value * spec.factor, after_unit - 1, spec.source
    if spelled and value < 1:
        return fraction_unit(lx, i, j, profile=profile) or unit, value, j - 1, None
    return unit, value, j - 1, None


def _broken_off(lx: list[Lexeme], last: int) -> bool:
    """ "$30- or $40,000": a hyphen glued after the mention and a space after it, the word broken off."""
    return (last + 2 < len(lx) and lx[last + 1].text == "-" and adjacent(lx[last], lx[last + 1])
            and not adjacent(lx[last + 1], lx[last + 2]))


def _multiple_mention(lx: list[Lexeme], i: int, *, profile: Profile) -> Mention | None:
    """ "twice", "double"; "a tenfold increase", "rose fourfold" (not "the focus is fourfold"): a multiple."""
    t = lx[i]
    if t.low in multiple_words(profile):
        return Mention(t.start, t.end, multiple_words(profile)[t.low], i, i, i, i, unit="times", spelled=True,
                       multiple=True)
    fold = fold_multiple(t.low, profile=profile)
    if fold is not None and (_low(lx, i + 1) in profile.words("fold_after")
                             or _low(lx, i - 1) in profile.words("fold_before")):
        return Mention(t.start, t.end, fold, i, i, i, i, unit="times", spelled=True, multiple=True)
    return None


_MINUS_SIGNS = frozenset({"-", "\u2212"})


_OPENERS = frozenset({"(", "[", "{", "\"", "\u201c", ":"})


def _sign_before(lx: list[Lexeme], first: int, *, profile: Profile) -> int | None:
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
    if t.low in profile.words("minus_words") and not (_low(lx, k - 1) == "or" and _low(lx, k - 2) == "plus"):
        return k
    return None
