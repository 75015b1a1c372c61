"""The canonical unit codes a quantity record may carry (see the gold guidelines)."""
from __future__ import annotations

from functools import cache
from importlib import resources

from . import lang, vocabulary

#: Codes that are not currencies and come from no table: percent, percentage points, basis points,
#: index points, counted things, multiples, bare numbers ("1"), and the time units.
NON_CURRENCY_UNITS: frozenset[str] = frozenset(
    {"%", "pp", "bp", "points", "count", "times", "1", "h", "d", "min", "s", "yr", "mo", "t"}
)


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes, read once from the package data."""
    lines = resources.files("extractor.data").joinpath("iso4217.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@vocabulary.cached
def table_units() -> frozenset[str]:
    """Every code the unit tables give: the project's ``unit_words`` and quantulum3's shipped lookups."""
    codes = {value.split()[0] for value in vocabulary.table("unit_words").values()}
    for name in ("unit_lexicon.tsv", "unit_symbols.tsv"):
        text = lang.files("units").joinpath(name).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                codes.update(c.split()[0] for c in line.split("\t")[1].split("|"))
    return frozenset(codes)


def is_known_unit(code: str) -> bool:
    """Whether ``code`` is one of the canonical unit codes."""
    return code in NON_CURRENCY_UNITS or code in currency_codes() or code in table_units() and code != "¤"
