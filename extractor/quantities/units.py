"""Canonical unit codes (see GUIDELINES.md, field ``unit``).

A unit is recognised from the lower-cased words that follow (or, for
currency signs, precede) a numeral.  Each entry gives the code and a factor
that converts the written unit into the canonical one (weeks are written in
days, decades in years).
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class UnitSpec:
    """A canonical unit and the factor from the written unit to it."""

    code: str
    factor: float = 1.0


#: Signs written before the number.
CURRENCY_SIGNS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP", "us$": "USD", "usd": "USD",
                                  "rmb": "CNY", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "¥": "CNY"}

#: Each canonical unit, the factor from the written unit to it, and the word sequences that write it.
_UNIT_FORMS: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("%", 1, ("percent", "per cent", "%", "pct", "per-cent")),
    ("pp", 1, ("percentage point", "percentage points", "percent point", "percent points", "percentage-point",
               "pct point", "pct points")),
    ("bp", 1, ("basis point", "basis points", "basis-point", "bp", "bps", "bps.")),
    ("CNY", 1, ("yuan", "rmb", "renminbi", "yuan rmb")),
    ("USD", 1, ("dollars", "dollar", "us dollars", "u.s. dollars")),
    ("EUR", 1, ("euros", "euro")),
    ("JPY", 1, ("yen",)),
    ("GBP", 1, ("pounds sterling", "sterling")),
    ("t", 1, ("metric tons", "metric ton", "tons", "ton", "tonnes", "tonne", "metric tonnes")),
    ("h", 1, ("hours", "hour", "hrs")),
    ("d", 1, ("days", "day")),
    ("d", 7, ("weeks", "week")),
    ("mo", 1, ("months", "month")),
    ("yr", 1, ("years", "year")),
    ("yr", 10, ("decades", "decade")),
    ("min", 1, ("minutes", "minute")),
    ("s", 1, ("seconds",)),
    ("km", 1, ("kilometers", "kilometres", "kilometer", "kilometre", "km")),
    ("m", 1, ("meters", "metres")),
    ("m3", 1, ("cubic meters", "cubic metres")),
    ("kWh", 1, ("kilowatt-hours", "kilowatt hours", "kwh")),
    ("times", 1, ("times", "fold", "-fold")),
)


def _build_unit_words() -> Mapping[tuple[str, ...], UnitSpec]:
    """Word sequences written after the number (longest match wins), as a read-only mapping.

    Plural and singular forms are both listed so that lookup is a plain dictionary access.
    """
    table = {tuple(form.split()): UnitSpec(code, factor) for code, factor, forms in _UNIT_FORMS for form in forms}
    return MappingProxyType(table)


_UNIT_WORDS = _build_unit_words()

#: Units that only make sense as a time span; used by filters and kind.
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
