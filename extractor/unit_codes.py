"""The canonical unit codes a quantity record may carry (see the gold guidelines)."""
from __future__ import annotations

from functools import cache
from importlib import resources

#: Codes that are not currencies: percent, percentage points, basis points, physical
#: and time units by SI symbol, counted things, multiples, and bare numbers ("1").
NON_CURRENCY_UNITS: frozenset[str] = frozenset(
    {
        "%", "pp", "bp", "count", "times", "1",
        "t", "kt", "Mt", "Gt", "kg", "g", "h", "d", "min", "s", "yr", "mo",
        "m", "km", "cm", "mm", "mi", "km2", "m2", "mi2", "m3", "l", "ha", "acre", "gal", "bbl",
        "kWh", "MWh", "GWh", "TWh", "J", "kJ", "W", "kW", "MW", "GW", "TW", "TEU", "°C", "°F",
    }
)


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes, read once from the package data."""
    lines = resources.files("extractor.data").joinpath("iso4217.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_known_unit(code: str) -> bool:
    """Whether ``code`` is one of the canonical unit codes."""
    return code in NON_CURRENCY_UNITS or code in currency_codes()
