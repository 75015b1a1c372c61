"""Units from quantulum3's unit tables, mapped to the guidelines' codes; the document decides shared signs."""
from __future__ import annotations

import pytest

from extractor.lang.profile import english
from extractor.quantities.lexer import lex
from extractor.quantities.lexicon import lexicon_units, symbol_units
from extractor.quantities.quantulum_fallback import sentence_text
from extractor.quantities.units import (
    DEFAULT_CONTEXT,
    currency_for_sign,
    unit_choices,
    unit_context,
    unit_for_symbol,
    unit_for_words,
)
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
        (("feet",), "ft"),
        (("gigabytes",), "GB"),
        (("miles", "per", "hour"), "mph"),
        (("hectares",), "ha"),
    ],
)
def test_lexicon_units_map_to_canonical_codes(words, code):
    assert [c for c, _ in lexicon_units(words)] == [code]
    assert is_known_unit(code, profile=english())


@pytest.mark.parametrize("words", [("measures",), ("countries",), ("cups",), ("quarter",), ("real",), ("set",)])
def test_ordinary_words_are_not_units(words):
    assert unit_for_words(words, profile=english()) is None


def test_a_word_for_two_units_is_kept_with_both_and_read_as_neither():
    assert {c for c, _ in lexicon_units(("pounds",))} == {"GBP", "lb"}
    assert unit_for_words(("pounds",), profile=english()) is None
    assert len(unit_choices(("pounds",), profile=english())) == 2


def test_cents_are_in_the_documents_currency():
    euro = unit_context("The council spent 40 million euros; a euro coin is worth 100 of them. Euros again.", profile=english())
    assert unit_for_words(("cents",), euro, profile=english()).code == "EUR" and unit_for_words(("cents",), euro, profile=english()).factor == 0.01
    assert unit_for_words(("cents",), DEFAULT_CONTEXT, profile=english()).code == "USD"


def test_the_shared_yen_and_yuan_sign_follows_the_document():
    tokyo = unit_context("The Bank of Japan met in Tokyo; the yen was weak.", profile=english())
    beijing = unit_context("The ministry in Beijing said China's exports grew.", profile=english())
    assert currency_for_sign("¥", tokyo, profile=english()) == "JPY"
    assert currency_for_sign("¥", beijing, profile=english()) == "CNY"


def test_symbols_keep_their_case_and_english_words_need_a_glued_number():
    assert [c for c, _ in symbol_units("MB")] == ["MB"]
    assert unit_for_symbol("in", glued=True, profile=english()).code == "in"
    assert unit_for_symbol("in", glued=False, profile=english()) is None
    assert unit_for_symbol("mph", glued=False, profile=english()).code == "mph"


def test_the_own_table_comes_first():
    assert unit_for_words(("percentage", "points"), profile=english()).code == "pp"
    assert unit_for_words(("weeks",), profile=english()).factor == 7
    assert unit_for_words(("points",), profile=english()).code == "points"


def test_the_sentence_for_quantulum3_keeps_every_offset():
    text = "Then:\n the parcel weighed  8 pounds."
    lx = lex(text, 6, len(text), profile=english())
    rebuilt = sentence_text(lx)
    for t in lx:
        assert rebuilt[t.start - lx[0].start:t.end - lx[0].start] == t.text


def test_the_shipped_lookups_are_the_ones_quantulum3_gives():
    from extractor import lang
    from extractor.quantities.lexicon import build_dimensions, build_letters, build_tables, dimensions_text, table_text

    names, symbols = build_tables(profile=english())
    data = lang.files("units")
    assert data.joinpath("unit_lexicon.tsv").read_text(encoding="utf-8") == table_text(names, "surface"), (
        "rebuild them: python -m extractor.quantities.lexicon extractor/lang/en/units")
    assert data.joinpath("unit_symbols.tsv").read_text(encoding="utf-8") == table_text(symbols, "symbol")
    assert data.joinpath("unit_dimensions.tsv").read_text(encoding="utf-8") == dimensions_text(build_dimensions(profile=english()))
    assert data.joinpath("unit_letters.tsv").read_text(encoding="utf-8") == table_text(build_letters(profile=english()), "letter")
