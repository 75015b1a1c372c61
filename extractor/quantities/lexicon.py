"""Units beyond the project's own table, read from quantulum3's unit lexicon.

quantulum3's parser is slow on long text and gets much wrong in transcripts
(see ``benchmarks/quantities_vs_quantulum.py``), but its lexicon of unit names
is broad: foreign currencies ("won", "rupees", "Swiss francs") and physical
units ("megawatts", "square kilometres", "barrels"). Where the project's own
table knows no unit, this lookup asks the lexicon, and keeps only the units
that map to a canonical code.

Reading quantulum3's lexicon takes seconds (it inflects every unit name), so
the mapping is built once, shipped as ``extractor/data/unit_lexicon.tsv``, and
read from there; a test rebuilds it from quantulum3 and fails when the two
differ. Rebuild it from the repository's root with::

    python -m extractor.quantities.lexicon extractor/data/unit_lexicon.tsv
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


def build_table() -> dict[tuple[str, ...], str]:
    """Map unit surfaces (lower-cased word tuples) to canonical codes, from quantulum3's lexicon."""
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


def table_text(table: dict[tuple[str, ...], str]) -> str:
    """The table as the shipped TSV: one surface and its code a line, sorted."""
    lines = sorted(f"{' '.join(words)}\t{code}" for words, code in table.items())
    return "# surface<TAB>code, from quantulum3's unit lexicon (python -m extractor.quantities.lexicon)\n" + "\n".join(lines) + "\n"


@cache
def _table() -> dict[tuple[str, ...], str]:
    from importlib import resources

    text = resources.files("extractor.data").joinpath("unit_lexicon.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            surface, code = line.split("\t")
            table[tuple(surface.split())] = code
    return table


def lexicon_unit(words: tuple[str, ...]) -> str | None:
    """The canonical code of the unit written by these lower-cased words, per quantulum3's lexicon."""
    return _table().get(words)


def main(argv: list[str] | None = None) -> int:
    """Write the table built from quantulum3's lexicon to the path given on the command line."""
    import argparse
    from pathlib import Path

    ap = argparse.ArgumentParser(description="Rebuild the unit lexicon table from quantulum3.")
    ap.add_argument("out", type=Path, help="where to write it, e.g. extractor/data/unit_lexicon.tsv")
    out = ap.parse_args(argv).out
    out.write_text(table_text(build_table()), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
