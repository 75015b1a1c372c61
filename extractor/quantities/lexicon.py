"""Units from quantulum3's unit and entity tables, in the guidelines' codes.

quantulum3's parser is slow on long text and gets much wrong in transcripts
(see ``benchmarks/quantities_vs_quantulum.py``), but its tables of units are
broad: currencies ("won", "rupees", "Swiss francs"), physical units
("megawatts", "square kilometres", "barrels", "gigabytes", "mph") and their
symbols ("GB", "kWh", "ft"). This module turns those tables into two lookups:
the names a unit is written with (lower-cased words) and its symbols (as
written, case kept: "MB" is a megabyte, "mb" a millibar), each mapped to the
guidelines' code. A unit's code is, in order: the one the vocabulary
``quantulum_unit_codes`` gives it (time units, temperatures, cents...), its
ISO 4217 code for a currency, else quantulum3's first symbol ("sq ft" becomes
``ft2``, "cu m" ``m3``). A surface that names units with different codes
("pounds": sterling or weight) is kept with all of them, so the reader can
tell that it is a unit and ask quantulum3's parser which one is meant.

Reading quantulum3's tables takes seconds (it inflects every unit name), so
the lookups are built once, shipped as ``extractor/lang/en/units/unit_lexicon.tsv`` and
``extractor/lang/en/units/unit_symbols.tsv`` (with ``unit_dimensions.tsv``: each code's quantulum3
entity, read by :mod:`extractor.unit_codes`), and read from there; a test rebuilds them
from quantulum3 and fails when they differ. Rebuild them from the repository's
root with::

    python -m extractor.quantities.lexicon extractor/lang/en/units
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from .. import lang
from ..lang.profile import Profile, english
from ..unit_codes import currency_codes

#: The code a reader gives "the document's currency" (cents of whichever currency is spoken of).
CONTEXT_CURRENCY = "¤"
_LEXICON = "unit_lexicon.tsv"
_SYMBOLS = "unit_symbols.tsv"
_DIMENSIONS = "unit_dimensions.tsv"
_LETTERS = "unit_letters.tsv"


def parse_code(value: str) -> tuple[str, float]:
    """ "d 7" -> ("d", 7.0); "km" -> ("km", 1.0)."""
    code, _, factor = value.partition(" ")
    return code, float(factor) if factor.strip() else 1.0


def _symbol_code(symbol: str) -> str | None:
    """quantulum3's symbol as a code: "sq ft" -> "ft2", "cu m" -> "m3"; None for symbols with spaces or marks."""
    for prefix, power in (("sq ", "2"), ("cu ", "3")):
        if symbol.startswith(prefix) and symbol[len(prefix):].isalpha():
            return symbol[len(prefix):] + power
    return symbol if symbol.isascii() and symbol.replace("/", "").isalnum() else None


def unit_code(unit, *, profile: Profile) -> tuple[str, float] | None:
    """The guidelines' code (and factor) of one quantulum3 unit, or None when it is not read from the table.

    Used both to build the shipped lookups and to map the parser's answers (``quantulum_fallback``).
    """
    overrides = profile.table("quantulum_unit_codes")
    name = unit.name.lower()
    if name in overrides:
        return None if overrides[name] == "-" else parse_code(overrides[name])
    if unit.entity.name in profile.words("quantulum_skipped_entities"):
        return None
    if unit.entity.name == "currency":
        code = getattr(unit, "currency_code", None)
        return (code, 1.0) if code in currency_codes() else None
    for symbol in unit.symbols:
        code = _symbol_code(symbol)
        if code:
            return code, 1.0
    return None


def _merge(table: dict[str, set[tuple[str, float]]], key: str, units: Iterable, *, profile: Profile) -> None:
    for unit in units:
        got = unit_code(unit, profile=profile)
        if got is not None:
            table.setdefault(key, set()).add(got)


def build_tables(*, profile: Profile) -> tuple[dict[str, set[tuple[str, float]]], dict[str, set[tuple[str, float]]]]:
    """(names, symbols): each surface's codes, from quantulum3's tables."""
    from quantulum3 import load

    units = load.units("en_US")
    skip = profile.words("unit_surfaces_not_units")
    names: dict[str, set[tuple[str, float]]] = {}
    written: dict[str, set] = {}
    for surface, found in units.surfaces_lower.items():
        written.setdefault(surface, set()).update(found)
    for unit in units.names.values():
        # A unit's own name is not always among its surfaces ("hectare"), and quantulum3's plurals can be
        # odd ("pesoes"): the name and a plain "-s" plural of every surface are added.
        written.setdefault(unit.name.lower(), set()).add(unit)
    for surface, found in list(written.items()):
        if surface[-1:].isalpha() and not surface.endswith("s"):
            written.setdefault(surface + "s", set()).update(found)
    for surface, found in written.items():
        key = " ".join(surface.replace("-", " ").split())
        if key and key not in skip:
            _merge(names, key, found, profile=profile)
    symbols: dict[str, set[tuple[str, float]]] = {}
    for symbol, found in units.symbols.items():
        # A sign ("$", "€", "¥", "¢") is kept; a single letter ("m", "R") is too ambiguous to read as a unit.
        sign = any(u.entity.name == "currency" for u in found) and not (len(symbol) == 1 and symbol.isalpha())
        word = len(symbol) >= 2 and symbol.replace(" ", "").replace("/", "").replace("$", "").replace("°", "").isalnum()
        if (sign or word) and symbol.lower() not in skip:
            _merge(symbols, symbol, found, profile=profile)
    return names, symbols


def build_letters(*, profile: Profile) -> dict[str, set[tuple[str, float]]]:
    """Single-letter symbols of one non-currency unit ("A", "h", "m"), read only inside a compound ("A/cm2",
    "km/h"): alone, a letter after a number is too ambiguous to be a unit."""
    from quantulum3 import load

    letters: dict[str, set[tuple[str, float]]] = {}
    for symbol, found in load.units("en_US").symbols.items():
        if len(symbol) == 1 and symbol.isascii() and symbol.isalpha():
            codes = {unit_code(u, profile=profile) for u in found}
            if len(codes) == 1 and None not in codes and not any(u.entity.name == "currency" for u in found):
                letters[symbol] = {c for c in codes if c is not None}
    return letters


def build_dimensions(*, profile: Profile) -> dict[str, str]:
    """code -> quantulum3's entity ("km" -> "length"), for every non-currency code its table gives.

    A code several units share takes the entity most of them have (ties: the first by name).
    """
    from collections import Counter

    from quantulum3 import load

    votes: dict[str, Counter[str]] = {}
    for unit in load.units("en_US").names.values():
        got = unit_code(unit, profile=profile)
        if got is not None and unit.entity.name != "currency":
            votes.setdefault(got[0], Counter())[unit.entity.name] += 1
    return {code: min(c, key=lambda e: (-c[e], e)) for code, c in votes.items()}


def dimensions_text(dimensions: dict[str, str]) -> str:
    """The code-to-entity lookup as the shipped TSV, sorted."""
    head = "# code<TAB>quantulum3 entity, from its unit table (python -m extractor.quantities.lexicon)\n"
    return head + "\n".join(f"{code}\t{entity}" for code, entity in sorted(dimensions.items())) + "\n"


def _code_text(codes: set[tuple[str, float]]) -> str:
    return "|".join(sorted(c if f == 1.0 else f"{c} {f:g}" for c, f in codes))


def table_text(table: dict[str, set[tuple[str, float]]], what: str) -> str:
    """A lookup as the shipped TSV: one surface and its codes ("|" between several) a line, sorted."""
    lines = sorted(f"{surface}\t{_code_text(codes)}" for surface, codes in table.items())
    head = f"# {what}<TAB>code(s), from quantulum3's unit table (python -m extractor.quantities.lexicon)\n"
    return head + "\n".join(lines) + "\n"


def _read(filename: str) -> dict[str, tuple[tuple[str, float], ...]]:
    text = lang.files("units").joinpath(filename).read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            surface, codes = line.split("\t")
            out[surface] = tuple(parse_code(c) for c in codes.split("|"))
    return out


@cache
def _names() -> dict[str, tuple[tuple[str, float], ...]]:
    return _read(_LEXICON)


@cache
def _symbols() -> dict[str, tuple[tuple[str, float], ...]]:
    return _read(_SYMBOLS)


@cache
def longest_lexicon_name() -> int:
    """How many words the longest unit name of quantulum3's table has ("pounds force per square inch")."""
    return max((len(surface.split()) for surface in _names()), default=1)


def lexicon_units(words: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    """Every (code, factor) quantulum3's table gives the unit written by these lower-cased words."""
    return _names().get(" ".join(words), ())


@cache
def _letters() -> dict[str, tuple[tuple[str, float], ...]]:
    return _read(_LETTERS)


def letter_units(letter: str) -> tuple[tuple[str, float], ...]:
    """The (code, factor) of a single-letter symbol ("A", "h"), for compounds ("A/cm2") only."""
    return _letters().get(letter, ())


def all_symbols() -> dict[str, tuple[tuple[str, float], ...]]:
    """Every symbol of quantulum3's table, as written, with its (code, factor)s."""
    return _symbols()


def symbol_units(symbol: str) -> tuple[tuple[str, float], ...]:
    """Every (code, factor) quantulum3's table gives this symbol, as written ("GB", "kWh", "mph")."""
    return _symbols().get(symbol, ())


def main(argv: list[str] | None = None) -> int:
    """Write the lookups built from quantulum3's tables into the folder given on the command line (the
    English profile's words, ``extractor/lang/en``)."""
    import argparse
    from pathlib import Path

    ap = argparse.ArgumentParser(description="Rebuild the unit lookups from quantulum3.")
    ap.add_argument("out", type=Path, help="the folder to write them into, e.g. extractor/lang/en/units")
    out = ap.parse_args(argv).out
    profile = english()
    names, symbols = build_tables(profile=profile)
    (out / _LEXICON).write_text(table_text(names, "surface"), encoding="utf-8")
    (out / _SYMBOLS).write_text(table_text(symbols, "symbol"), encoding="utf-8")
    (out / _DIMENSIONS).write_text(dimensions_text(build_dimensions(profile=profile)), encoding="utf-8")
    (out / _LETTERS).write_text(table_text(build_letters(profile=profile), "letter"), encoding="utf-8")
    print(f"wrote {out / _LEXICON}, {out / _SYMBOLS}, {out / _DIMENSIONS} and {out / _LETTERS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
