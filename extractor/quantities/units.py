"""Canonical unit codes (see GUIDELINES.md, field ``unit``).

A unit is recognised from the lower-cased words that follow a numeral (the
project's own ``unit_words`` first, then quantulum3's table of unit names,
see :mod:`lexicon`), from a symbol glued to it or written after it ("256GB",
"40 mph"), or, for currencies, from a sign or code before it ("$", "€",
"RMB"). Each entry gives the code and a factor that converts the written unit
into the canonical one (weeks are written in days, decades in years, cents
in their currency).

A few readings depend on the document: a sign two currencies share ("¥" is
the yuan's and the yen's) and the currency of bare "cents". :func:`unit_context`
reads them once from the whole text, by which currency and country the
document names most.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from ..lang.profile import Profile, per_profile
from ..unit_codes import currency_codes, is_currency
from .lexicon import CONTEXT_CURRENCY, all_symbols, lexicon_units, longest_lexicon_name, parse_code, symbol_units


@dataclass(frozen=True)
class UnitSpec:
    """A canonical unit and the factor from the written unit to it."""

    code: str
    factor: float = 1.0
    #: How the unit was decided when not from the figure's own words alone: "currency-of-document" when
    #: the document chose it (bare "cents", "118.5p", "14 billion pounds"); None otherwise.
    source: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class UnitContext:
    """What the document decides about units: the currency of a shared sign, and of bare "cents"."""

    signs: Mapping[str, str] = field(default_factory=dict)  # "¥" -> "JPY"
    minor: str = "USD"  # the currency "cents" are in
    #: The currencies the document speaks of: written with a sign or a name, or named by their country.
    spoken: frozenset[str] = frozenset()
    #: Whether ``minor`` is the money the document writes (False: no money written, the default).
    minor_written: bool = False

    def speaks(self, code: str) -> bool:
        """Whether the document speaks of this currency (its sign, its name or its country)."""
        return code in self.spoken


DEFAULT_CONTEXT = UnitContext()


@per_profile
def _own_words(profile: Profile) -> Mapping[tuple[str, ...], UnitSpec]:
    table = {}
    for form, value in profile.table("unit_words").items():
        code, factor = parse_code(value)
        table[tuple(form.split())] = UnitSpec(code, factor)
    return MappingProxyType(table)


@per_profile
def longest_unit_name(profile: Profile) -> int:
    """How many words the longest unit name has, of the profile's ``unit_words`` and quantulum3's table: the
    words after a numeral are read as far as that for its unit ("pounds force per square inch")."""
    return max(max((len(form) for form in _own_words(profile)), default=1), longest_lexicon_name())


def _spec(code: str, factor: float, ctx: UnitContext) -> UnitSpec:
    if code == CONTEXT_CURRENCY:
        return UnitSpec(ctx.minor, factor, source="currency-of-document" if ctx.minor_written else "default-currency")
    return UnitSpec(code, factor)


def unit_choices(words: tuple[str, ...], ctx: UnitContext = DEFAULT_CONTEXT, *, profile: Profile) -> tuple[UnitSpec,
                                                                                                           ...]:
    """Every unit these lower-cased words may write: one for most, several for "pounds" (sterling, weight)."""
    key = tuple(w.lower() for w in words)
    own = _own_words(profile).get(key)
    if own is not None:
        return (own,)
    return tuple(_spec(c, f, ctx) for c, f in lexicon_units(key))


def unit_for_words(words: tuple[str, ...], ctx: UnitContext = DEFAULT_CONTEXT, *, profile: Profile) -> UnitSpec | None:
    """Return the unit written by exactly these lower-cased words, if they write one unit only.

    Args:
        words: e.g. ("percentage", "points") or ("yuan",).
        ctx: the document's readings of shared signs and of "cents".
        profile: the language profile whose word lists it reads.

    Returns:
        The unit spec, or None (also for words that write several units, such as "pounds").
    """
    choices = unit_choices(words, ctx, profile=profile)
    return choices[0] if len(choices) == 1 else None


def unit_for_symbol(symbol: str, glued: bool, ctx: UnitContext = DEFAULT_CONTEXT,
                    priced: bool = False, *, profile: Profile) -> UnitSpec | None:
    """The unit a symbol writes after a number ("GB", "kWh", "mph"), case kept.

    A symbol that is also an English word ("in", "am", "st") counts only when glued to the number. A glued
    symbol of a currency's minor unit ("118.5p") is read when the document speaks of that currency, or when
    ``priced``: the number reads as a price by itself (the caller says so for a decimal, "118.5p", or a move,
    "jumped 9p"), which a resolution or a format ("1080p") never is.
    """
    if not glued and (symbol.lower() in _stop_words() or symbol.lower() in profile.words("unit_symbols_glued_only")):
        return None
    found = ([c for c in symbol_units(symbol) if not is_currency(c[0], profile=profile)]
             or _recased_symbol(symbol, profile=profile))
    if found:
        return _spec(*found[0], ctx) if len(found) == 1 else None
    minor = profile.table("minor_currency_symbols").get(symbol.lower())
    return _minor_currency(minor, ctx, priced) if minor is not None and glued else None


def _recased_symbol(symbol: str, *, profile: Profile) -> list[tuple[str, float]]:
    """ "mmBTU", "MMBTU": the units of a symbol written in another case than the table's, when every casing of
    it there is one unit (not "MB"/"mb"; a lower-case or capitalised word is never read this way). "$" is read
    before the number, so no currency is."""
    if len(symbol) < 3 or not (symbol.isupper() and len(symbol) >= 4 or not symbol.islower()
                               and not symbol.isupper() and not symbol.istitle()):
        return []
    return list({c for c in _symbols_by_lower().get(symbol.lower(), ()) if not is_currency(c[0], profile=profile)})


def _minor_currency(minor: str, ctx: UnitContext, priced: bool) -> UnitSpec | None:
    """ "118.5p": a glued symbol of a currency's minor unit (``minor``, its table entry), read when the document
    speaks of that currency or the number reads as a price by itself (``priced``)."""
    code, factor = parse_code(minor)
    if ctx.speaks(code):
        return UnitSpec(code, factor, source="currency-of-document")
    return UnitSpec(code, factor) if priced else None


@cache
def _symbols_by_lower() -> Mapping[str, frozenset[tuple[str, float]]]:
    """quantulum3's symbols by their lower-cased form: every unit any casing of it writes."""
    out: dict[str, set[tuple[str, float]]] = {}
    for symbol, codes in all_symbols().items():
        out.setdefault(symbol.lower(), set()).update(codes)
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def currency_for_sign(sign: str, ctx: UnitContext = DEFAULT_CONTEXT, *, profile: Profile) -> str | None:
    """ISO 4217 code for a currency sign or code written before a number ("$", "RMB", "A$", "¥")."""
    own = profile.table("currency_signs").get(sign.lower())
    if own:
        return own
    codes = {c for c, _ in symbol_units(sign) or symbol_units(sign.upper())}
    if not codes or not codes <= currency_codes():
        return None
    if len(codes) == 1:
        return codes.pop()
    chosen = ctx.signs.get(sign)
    return chosen if chosen in codes else sorted(codes)[0]


_SIGN_RE = re.compile(r"[$€£¥₹₩₽]")


def unit_context(text: str, *, profile: Profile) -> UnitContext:
    """Read from a whole document which currency a shared sign and bare "cents" are in.

    A shared sign ("¥") takes the currency whose names and country the document names most (the
    yen and Japan, or the yuan and China); "cents" take the currency the document writes most.
    """
    words = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    cues = {code.upper(): sum(words[w] for w in value.split())
            for code, value in profile.table("currency_countries").items()}
    signs = {}
    for sign in ("¥",):
        codes = sorted(c for c, _ in symbol_units(sign))
        if codes:
            signs[sign] = max(codes, key=lambda c: (cues.get(c, 0), c == "CNY"))
    # "cents" follow the money the document writes: its signs and its currency names (not its countries:
    # a briefing in dollars may speak of Canada).
    money: Counter[str] = Counter()
    for sign in _SIGN_RE.findall(text):
        code = currency_for_sign(sign, UnitContext(signs), profile=profile)
        if code:
            money[code] += 1
    for form, spec in _own_words(profile).items():
        if len(form) == 1 and spec.factor == 1.0 and is_currency(spec.code, profile=profile):
            money[spec.code] += words[form[0]]
    minor = max(("USD", "EUR", "CAD", "AUD"), key=lambda c: (money[c], c == "USD"))
    spoken = frozenset(c for c, n in money.items() if n) | frozenset(c for c, n in cues.items() if n)
    return UnitContext(MappingProxyType(signs), minor, spoken, money[minor] > 0)


def document_currency(choices: tuple[UnitSpec, ...], ctx: UnitContext, *, profile: Profile) -> UnitSpec | None:
    """Of the units one word may write ("pounds": sterling or weight), the currency the document speaks of
    ("14 billion pounds" in a briefing about Britain), or None when it speaks of none of them."""
    money = [u for u in choices if is_currency(u.code, profile=profile) and ctx.speaks(u.code)]
    if len(money) != 1:
        return None
    return UnitSpec(money[0].code, money[0].factor, source="currency-of-document")
