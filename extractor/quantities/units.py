"""Canonical unit codes (see GUIDELINES.md, field ``unit``).

A unit is recognised from the lower-cased words that follow (or, for
currency signs, precede) a numeral.  Each entry gives the code and a factor
that converts the written unit into the canonical one (weeks are written in
days, decades in years).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnitSpec:
    """A canonical unit and the factor from the written unit to it."""

    code: str
    factor: float = 1.0


#: Signs written before the number.
CURRENCY_SIGNS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP", "us$": "USD", "usd": "USD",
                                  "rmb": "CNY", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "¥": "CNY"}

#: Word sequences written after the number (longest match wins).  Plural and
#: singular forms are both listed so that lookup is a plain dictionary access.
_UNIT_WORDS: dict[tuple[str, ...], UnitSpec] = {}


def _add(code: str, factor: float, *forms: str) -> None:
    for form in forms:
        _UNIT_WORDS[tuple(form.split())] = UnitSpec(code, factor)


_add("%", 1, "percent", "per cent", "%", "pct", "per-cent")
_add("pp", 1, "percentage point", "percentage points", "percent point", "percent points",
     "percentage-point", "pct point", "pct points")
_add("bp", 1, "basis point", "basis points", "basis-point", "bp", "bps", "bps.")
_add("CNY", 1, "yuan", "rmb", "renminbi", "yuan rmb")
_add("USD", 1, "dollars", "dollar", "us dollars", "u.s. dollars")
_add("EUR", 1, "euros", "euro")
_add("JPY", 1, "yen")
_add("GBP", 1, "pounds sterling", "sterling")
_add("t", 1, "metric tons", "metric ton", "tons", "ton", "tonnes", "tonne", "metric tonnes")
_add("h", 1, "hours", "hour", "hrs")
_add("d", 1, "days", "day")
_add("d", 7, "weeks", "week")
_add("mo", 1, "months", "month")
_add("yr", 1, "years", "year")
_add("yr", 10, "decades", "decade")
_add("min", 1, "minutes", "minute")
_add("s", 1, "seconds")
_add("km", 1, "kilometers", "kilometres", "kilometer", "kilometre", "km")
_add("m", 1, "meters", "metres")
_add("m3", 1, "cubic meters", "cubic metres")
_add("kWh", 1, "kilowatt-hours", "kilowatt hours", "kwh")
_add("times", 1, "times", "fold", "-fold")

#: Units that only make sense as a time span; used by filters and context.
TIME_UNITS = frozenset({"h", "d", "mo", "yr", "min", "s"})
CURRENCY_CODES = frozenset(set(CURRENCY_SIGNS.values()) | {"USD", "EUR", "JPY", "GBP", "CNY"})
MAX_UNIT_WORDS = max(3, max(len(k) for k in _UNIT_WORDS))  # quantulum3 names have up to three words


def unit_for_words(words: tuple[str, ...]) -> UnitSpec | None:
    """Return the unit written by exactly these lower-cased words, if any.

    Args:
        words: e.g. ("percentage", "points") or ("yuan",).

    Returns:
        The unit spec, or None.
    """
    key = tuple(w.lower() for w in words)
    spec = _UNIT_WORDS.get(key)
    if spec is None:
        from .lexicon import lexicon_unit

        code = lexicon_unit(key)
        spec = UnitSpec(code) if code else None
    return spec


def currency_for_sign(sign: str) -> str | None:
    """ISO 4217 code for a currency sign or code written before a number ("$", "RMB")."""
    return CURRENCY_SIGNS.get(sign.lower())
