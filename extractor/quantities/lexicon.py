"""Units beyond the project's own table, read from quantulum3's unit lexicon.

quantulum3's parser is slow on long text and gets much wrong in transcripts
(see ``benchmarks/quantities_vs_quantulum.py``), but its lexicon of unit names
is broad: foreign currencies ("won", "rupees", "Swiss francs") and physical
units ("megawatts", "square kilometres", "barrels"). Where the project's own
table knows no unit, this lookup asks the lexicon, and keeps only the units
that map to a canonical code.
"""
from __future__ import annotations

from functools import cache

#: quantulum3 unit names of physical units, and the code each is recorded in (SI symbols).
PHYSICAL_CODES: dict[str, str] = {
    "kilogram": "kg", "gram": "g", "tonne": "t", "kiloton": "kt", "megaton": "Mt", "gigaton": "Gt",
    "metre": "m", "kilometre": "km", "centimetre": "cm", "millimetre": "mm", "mile": "mi",
    "square metre": "m2", "square kilometre": "km2", "hectare": "ha", "acre": "acre", "square mile": "mi2",
    "litre": "l", "cubic metre": "m3", "barrel": "bbl", "gallon": "gal",
    "watt": "W", "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW", "terawatt": "TW",
    "kilowatt hour": "kWh", "joule": "J", "kilojoule": "kJ",
    "degree Celsius": "°C", "degree fahrenheit": "°F",
}

#: Minor currency units and words that are mostly ordinary English after a number.
_SKIP_NAMES = frozenset({"cent", "penny", "dime", "mill", "mil", "rappen", "nickel", "quarter"})
_SKIP_SURFACES = frozenset({"real", "reals", "pound", "pounds", "drop", "drops", "span", "spans", "cup", "cups",
                            "quad", "quads", "barn", "barns", "league", "leagues", "ell", "ells", "peck", "pecks",
                            "mark", "marks", "ton", "tons"})


@cache
def _table() -> dict[tuple[str, ...], str]:
    # Loaded on first use: reading quantulum3's lexicon takes a moment and most texts never need it.
    from quantulum3 import load

    from ..unit_codes import currency_codes

    table: dict[tuple[str, ...], str] = {}
    for surface, units in load.units("en_US").surfaces_lower.items():
        if surface in _SKIP_SURFACES:
            continue
        codes = set()
        for unit in units:
            if unit.entity.name == "currency":
                code = getattr(unit, "currency_code", None)
                if code in currency_codes() and unit.name not in _SKIP_NAMES:
                    codes.add(code)
            elif unit.name in PHYSICAL_CODES:
                codes.add(PHYSICAL_CODES[unit.name])
        if len(codes) == 1:  # an ambiguous surface ("dollar": which country?) is left to the own table
            table[tuple(surface.replace("-", " ").split())] = codes.pop()
    return table


def lexicon_unit(words: tuple[str, ...]) -> str | None:
    """The canonical code of the unit written by these lower-cased words, per quantulum3's lexicon."""
    return _table().get(words)
