"""Units the own table lacks come from quantulum3's unit lexicon, mapped to canonical codes."""
from __future__ import annotations

import pytest

from extractor.quantities.lexicon import lexicon_unit
from extractor.quantities.units import unit_for_words
from extractor.unit_codes import is_known_unit


@pytest.mark.parametrize(
    "words, code",
    [
        (("won",), "KRW"),
        (("rupees",), "INR"),
        (("swiss", "francs"), "CHF"),
        (("megawatts",), "MW"),
        (("square", "kilometres"), "km2"),
        (("barrels",), "bbl"),
        (("kilograms",), "kg"),
    ],
)
def test_lexicon_units_map_to_canonical_codes(words, code):
    assert lexicon_unit(words) == code
    assert is_known_unit(code)


@pytest.mark.parametrize("words", [("measures",), ("countries",), ("pounds",), ("cups",), ("cents",), ("quarter",)])
def test_ordinary_words_and_minor_currencies_are_not_units(words):
    assert lexicon_unit(words) is None


def test_the_own_table_comes_first():
    assert unit_for_words(("percentage", "points")).code == "pp"
    assert unit_for_words(("weeks",)).factor == 7


def test_the_shipped_lexicon_is_the_one_quantulum3_gives():
    from importlib import resources

    from extractor.quantities.lexicon import build_table, table_text

    shipped = resources.files("extractor.data").joinpath("unit_lexicon.tsv").read_text(encoding="utf-8")
    assert shipped == table_text(build_table()), (
        "rebuild it: python -m extractor.quantities.lexicon extractor/data/unit_lexicon.tsv")
