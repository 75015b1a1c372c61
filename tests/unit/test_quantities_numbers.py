"""Numeral, unit and candidate rules of extractor.quantities that need no spaCy model."""
from __future__ import annotations

import datetime

import pytest

from extractor.lang.profile import english
from extractor.quantities.approx import qualifier
from extractor.quantities.candidates import combine, read_mentions
from extractor.quantities.filters import rejection
from extractor.quantities.lexer import lex
from extractor.quantities.numbers import parse_digits, power, words_to_number
from extractor.quantities.periods import find_time_refs
from extractor.quantities.units import unit_for_words


def mentions(text: str):
    """Mentions in a one-sentence text, filtered and joined as the extractor does."""
    lx = lex(text, 0, len(text), profile=english())
    return combine(lx, [m for m in read_mentions(lx, profile=english()) if rejection(text, lx, m, profile=english()) is None], profile=english()), lx


@pytest.mark.parametrize("text,value", [
    ("1,000", 1000), ("43.85", 43.85), ("4¼", 4.25), ("½", 0.5), ("5-1/4", 5.25), ("700,000", 700000),
])
def test_parse_digits(text, value):
    assert parse_digits(text, profile=english()) == pytest.approx(value)


def test_a_power_past_float_range_is_infinite_not_an_error():
    assert power(10.0, 6.0) == 1e6 and power(10.0, 400.0) == float("inf") and power(0.0, 400.0) == 0.0


@pytest.mark.parametrize("text,value,unit", [("the fund holds 10^6 yuan", 1e6, "CNY"),
                                             ("the cache holds 2^10 bytes", 1024, "B")])
def test_a_power_written_with_a_caret_is_one_figure(text, value, unit):
    ms, _ = mentions(text)
    assert [(m.value, m.unit) for m in ms] == [(value, unit)]
    assert text[ms[0].start:].startswith(text.split()[3])  # from the base, not the exponent


@pytest.mark.parametrize("words,value", [
    ("a hundred and sixty", 160), ("twenty - five", 25), ("eight", 8), ("two hundred thousand", 200000),
    ("a half", 0.5), ("four tenths", 0.4),
])
def test_words_to_number(words, value):
    assert words_to_number(words.split(), profile=english()) == pytest.approx(value)


@pytest.mark.parametrize("words,code,factor", [
    ("per cent", "%", 1), ("percentage points", "pp", 1), ("basis points", "bp", 1), ("metric tons", "t", 1),
    ("weeks", "d", 7), ("decades", "yr", 10), ("yuan", "CNY", 1), ("hours", "h", 1),
])
def test_unit_words(words, code, factor):
    spec = unit_for_words(tuple(words.split()), profile=english())
    assert spec is not None and (spec.code, spec.factor) == (code, factor)


@pytest.mark.parametrize("text,value,unit", [
    ("a value of 43.85 trillion yuan last year", 43.85e12, "CNY"),
    ("we passed $5.74 trillion in trade", 5.74e12, "USD"),
    ("up by 0.9 percentage point in the year", 0.9, "pp"),
    ("a cut of half a percentage point", 0.5, "pp"),
    ("a 50-basis-point increase", 50, "bp"),
    ("a hundred and sixty billion dollars less", 160e9, "USD"),
    ("for eight consecutive years", 8, "yr"),
    ("within two weeks", 14, "d"),
    ("the stock fell 5%", 5, "%"),
])
def test_value_and_unit(text, value, unit):
    ms, _ = mentions(text)
    assert len(ms) == 1
    assert ms[0].value == pytest.approx(value) and ms[0].unit == unit


def test_bracketed_correction_wins_and_span_covers_both_words():
    text = "we reduced the deficit by $1.7 billion [trillion] in two years"
    ms, _ = mentions(text)
    assert ms[0].value == pytest.approx(1.7e12)
    assert text[ms[0].start:ms[0].end] == "$1.7 billion [trillion]"


def test_hyphen_range_is_low_high_not_midpoint():
    ms, _ = mentions("it took 150-200 hours to clear")
    assert (ms[0].value, ms[0].low, ms[0].high, ms[0].unit) == (None, 150, 200, "h")


def test_fraction_range():
    ms, _ = mentions("a target range of 4¼ to 4½ percent")
    assert (ms[0].value, ms[0].low, ms[0].high, ms[0].unit) == (None, 4.25, 4.5, "%")


def test_from_to_gives_two_levels():
    ms, _ = mentions("procedures were reduced from 11 to eight")
    assert [(m.value, m.from_to) for m in ms] == [(11, True), (8, True)]


def test_ratio_two_to_one():
    ms, _ = mentions("vacancies to unemployed are almost two to one")
    assert (ms[0].value, ms[0].unit, ms[0].ratio) == (2, "1", True)


def test_parenthesised_conversion_is_not_negative():
    ms, _ = mentions("42 trillion yuan ($5.74 trillion) in total")
    assert [(m.value, m.unit) for m in ms] == [(42e12, "CNY"), (5.74e12, "USD")]


@pytest.mark.parametrize("text", [
    "In 2024, trade grew.", "Beijing, Jan. 13, 2025", "the press conference at 10 a.m. today",
    "on Dec. 31 the office closed", "the 13th meeting", "during the 14th Five-Year Plan", "service 24/7",
    "the G20 leaders", "3D printers sold well", "a key question", "hundreds of firms", "thousands of workers",
    "in the first 11 months", "patients with Type 1 diabetes",
])
def test_not_quantities(text):
    ms, _ = mentions(text)
    assert ms == []


@pytest.mark.parametrize("text,approx", [
    ("nearly 700,000 business entities", "nearly"), ("more than 150 countries", "over"),
    ("about 2 per cent", "about"), ("less than 30 hours", "under"), ("surpassed the 42 trillion yuan mark", "over"),
    ("you can't charge more than $35 for it", "under"), ("an estimated 5 million people", None),
    ("Goods inflation went up to 0.7 per cent", None), ("get the funds rate up to 2 percent", None),
    ("you can order up to 500 million tests", "under"), ("households can get up to four tests", "under"),
])
def test_qualifier_is_canonical_and_outside_span(text, approx):
    ms, lx = mentions(text)
    assert qualifier(lx, ms[0], profile=english()) == approx
    assert not text[ms[0].start:ms[0].end].lower().startswith(("nearly", "more", "about", "less"))


@pytest.mark.parametrize("phrase,period", [
    ("last year", "2024"), ("in the first 11 months", "2024-01..2024-11"),
    ("in the first three quarters of last year", "2024-Q1..2024-Q3"), ("in December", "2024-12"),
    ("by the end of 2026", "2026-Q4"), ("in the second half of last year", "2024-Q3..2024-Q4"),
    ("in the fourth quarter", "2024-Q4"), ("this year", "2025"), ("in 2026 and 2027", "2026..2027"),
    ("a peak of 7 percent in 2020 Q4", "2020-Q4"), ("in Q3 2023", "2023-Q3"),
])
def test_periods_resolve_against_briefing_date(phrase, period):
    refs = find_time_refs(phrase, 0, len(phrase), datetime.date(2025, 1, 13), profile=english())
    assert [r.period for r in refs] == [period]


def test_baseline_is_not_a_period():
    text = "an increase compared to 2020"
    assert [r.period for r in find_time_refs(text, 0, len(text), datetime.date(2025, 1, 13), profile=english())] == [None]


@pytest.mark.parametrize("text,when,period", [
    ("we will hit 160 million by July 4th", datetime.date(2021, 6, 22), "2021-07"),
    ("the market is pricing a cut for January", datetime.date(2024, 12, 12), "2025-01"),
    ("exports rose in July", datetime.date(2021, 6, 22), "2020-07"),
    ("inflation for October will be revised", datetime.date(2024, 12, 12), "2024-10"),
    ("growth will pick up in the fourth quarter", datetime.date(2025, 3, 19), "2025-Q4"),
])
def test_a_month_ahead_in_a_sentence_about_the_future_is_the_coming_one(text, when, period):
    refs = find_time_refs(text, 0, len(text), when, profile=english())
    assert [r.period for r in refs] == [period]
