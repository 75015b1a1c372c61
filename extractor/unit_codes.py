"""The canonical unit codes a quantity record may carry (see the gold guidelines), and their classes.

One table gives each code its class and dimension: ``extractor/data/unit_classes.tsv`` for the codes of
the guidelines (percent, points, counts, multiples, time...), ISO 4217 (``extractor/data/iso4217.txt``)
for currencies, and quantulum3's entity for the physical units read from its tables
(``extractor/lang/en/units/unit_dimensions.tsv``, rebuilt with :mod:`extractor.quantities.lexicon`).
Rules ask this module (:func:`unit_class`, :func:`is_relative`, :func:`is_time`, :func:`is_currency`)
and never spell codes, so a unit is added with one row of ``unit_words`` (and, for a code of a new class,
one row of ``unit_classes.tsv``).
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

from . import lang
from .lang.profile import Profile, per_profile

#: The class of a code of money (every ISO 4217 code).
CURRENCY = "currency"
#: The class of a share or a difference of shares (%, pp, bp).
RELATIVE = "relative"
#: The class of a span of time.
TIME = "time"
#: The class of counted things ("2,000 beds").
COUNT = "count"
#: The class of a physical unit (quantulum3's table, or a row of the class table).
PHYSICAL = "physical"
#: A length's code with a power is an area or a volume ("cm2", "km3").
_POWERS = MappingProxyType({"2": "area", "3": "volume"})
#: Classes of codes that are rates or pure numbers, which a level never borrows from a figure beside it.
RATE_CLASSES = frozenset({RELATIVE, "multiple", "number"})


def _rows(folder, name: str) -> list[list[str]]:
    text = folder.joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes, read once from the package data."""
    lines = resources.files("extractor.data").joinpath("iso4217.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def class_table() -> Mapping[str, tuple[str, str]]:
    """code -> (class, dimension), from ``extractor/data/unit_classes.tsv``."""
    rows = _rows(resources.files("extractor.data"), "unit_classes.tsv")
    return MappingProxyType({code: (cls, dim) for code, cls, dim in rows})


@cache
def quantulum_dimensions() -> Mapping[str, str]:
    """code -> quantulum3's entity name ("km" -> "length"), for the codes read from its tables."""
    return MappingProxyType(dict(_rows(lang.files("units"), "unit_dimensions.tsv")))


@per_profile
def table_units(profile: Profile) -> frozenset[str]:
    """Every code the unit tables give: the project's ``unit_words`` and quantulum3's shipped lookups."""
    codes = {value.split()[0] for value in profile.table("unit_words").values()}
    for name in ("unit_lexicon.tsv", "unit_symbols.tsv"):
        text = lang.files("units").joinpath(name).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                codes.update(c.split()[0] for c in line.split("\t")[1].split("|"))
    return frozenset(codes)


def unit_class(code: str | None, *, profile: Profile) -> str | None:
    """The class of a unit code ("currency", "relative", "index", "count", "multiple", "number", "time",
    "physical"), or None for no code or one no table knows.

    A compound of two physical units ("MW-h") is physical.
    """
    if not code:
        return None
    row = class_table().get(code)
    if row is not None:
        return row[0]
    if code in currency_codes():
        return CURRENCY
    if code in quantulum_dimensions() or code in table_units(profile) and code != "¤":
        return PHYSICAL
    first, dash, second = code.partition("-")
    if dash and unit_class(first, profile=profile) == PHYSICAL and unit_class(second, profile=profile) == PHYSICAL:
        return PHYSICAL
    above, slash, below = code.partition("/")
    if slash and unit_class(above, profile=profile) == PHYSICAL and unit_class(below, profile=profile) in (PHYSICAL,
                                                                                                           TIME):
        return PHYSICAL  # "A/cm2", "kg/h": a physical unit per another, or per time
    if code[-1:] in _POWERS and dimension(code[:-1], profile=profile) == "length":
        return PHYSICAL  # "cm2", "mi3": a length squared or cubed
    return None


def dimension(code: str | None, *, profile: Profile) -> str | None:
    """What a unit code measures: "currency", "percent", "count", "duration", "length", "mass", ... (the
    class table's, else quantulum3's entity for its units); None when unknown."""
    if not code:
        return None
    row = class_table().get(code)
    if row is not None:
        return row[1]
    if code in currency_codes():
        return CURRENCY
    own = quantulum_dimensions().get(code)
    if own is None and code[-1:] in _POWERS and dimension(code[:-1], profile=profile) == "length":
        return _POWERS[code[-1]]
    above, slash, below = code.partition("/")
    if own is None and slash and unit_class(code, profile=profile) == PHYSICAL:
        # "A/cm2": current per area
        return f"{dimension(above, profile=profile)} per {dimension(below, profile=profile)}"
    return own


def is_relative(code: str | None, *, profile: Profile) -> bool:
    """Whether the code is a share or a difference of shares (%, pp, bp)."""
    return unit_class(code, profile=profile) == RELATIVE


def is_time(code: str | None, *, profile: Profile) -> bool:
    """Whether the code is a span of time (h, d, mo, yr...)."""
    return unit_class(code, profile=profile) == TIME


def is_currency(code: str | None, *, profile: Profile) -> bool:
    """Whether the code is a currency (ISO 4217)."""
    return unit_class(code, profile=profile) == CURRENCY


def is_physical(code: str | None, *, profile: Profile) -> bool:
    """Whether the code is a physical unit (not money, time, a share, points, a count or a multiple)."""
    return unit_class(code, profile=profile) == PHYSICAL


def is_rate(code: str | None, *, profile: Profile) -> bool:
    """Whether the code is a rate or a pure number (%, pp, bp, times, 1), which a level never borrows."""
    return unit_class(code, profile=profile) in RATE_CLASSES


def is_known_unit(code: str, *, profile: Profile) -> bool:
    """Whether ``code`` is one of the canonical unit codes."""
    return (code in class_table() or code in currency_codes() or code in table_units(profile) and code != "¤"
            or unit_class(code, profile=profile) == PHYSICAL)
