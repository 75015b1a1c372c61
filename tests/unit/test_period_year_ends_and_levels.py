"""Period: the end of a year said without its year, dashes typed after a word, the two ends of "between", levels
a quantity came to, the value a target is set at, spans "from ... to" a month, end dates still to come and years
written short (wording of our own: savings banks, ports, federations, zoos; briefing 2025-03-20)."""
from __future__ import annotations

import pytest

from .period_probe import dated


@pytest.fixture
def nlp(model):
    return model


@pytest.mark.parametrize("text,span,period", [
    # "prior", "previous", "last" year-end: the year before the briefing's, not the briefing's own.
    ("The club's cash reserve was €12 million at the prior year-end.", "€12 million", "2024-Q4"),
    # the sentence's other year dates a bare year-end.
    ("During 2023 the port handled 4 million containers, and at year-end its staff numbered 2,100.", "2,100",
     "2023-Q4"),
    # so does a month of the sentence.
    ("In February the treasury forecast a year-end deficit of 3 percent.", "3 percent", "2025-Q4"),
    # alone, in the past tense: the end of the year just ended.
    ("At year-end, the savings bank held deposits of $7 billion.", "$7 billion", "2024-Q4"),
])
def test_a_year_end_takes_its_year_from_its_words_or_its_sentence(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


@pytest.mark.parametrize("text,span", [
    # a fiscal year need not end with the calendar year.
    ("Our debt fell to $900 million by fiscal year-end.", "$900 million"),
    # a bare year-end looked to, with no year in its sentence: which year's end is not said.
    ("The council projects a deficit of $5 million at year-end.", "$5 million"),
])
def test_a_year_end_whose_year_is_not_said_dates_nothing(nlp, text, span):
    assert dated(nlp, text, span)[0] is None


@pytest.mark.parametrize("text,span,period", [
    ("The hospital admitted 600 patients in January-- a record for the ward.", "600", "2025-01"),
    ("The league drew 2 million fans in 2023-- its best season.", "2 million", "2023"),
])
def test_a_double_hyphen_typed_after_a_time_is_a_dash_not_a_word_broken_off(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


@pytest.mark.parametrize("text,span,period", [
    ("Membership grew by 900 between the 2020 and 2024 seasons.", "900", "2020..2024"),
    ("Between the 2022 and 2024 tournaments, the federation's budget rose to €6 million.", "€6 million",
     "2022..2024"),
])
def test_between_two_things_each_with_a_year_is_the_span_of_those_years(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


def test_between_a_dated_thing_and_now_leaves_the_date_a_baseline(nlp):
    text = "Between the start of the 2023 school year and now, the district has hired 140 teachers."
    assert dated(nlp, text, "140")[0] is None


@pytest.mark.parametrize("text,span,period", [
    ("Wheat prices dropped to a floor of $180 a tonne in February.", "$180", "2025-02"),
    ("The club hit its wage ceiling of €40 million in 2024.", "€40 million", "2024"),
])
def test_a_floor_or_ceiling_a_quantity_came_to_is_dated(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


def test_a_target_set_at_a_value_is_dated_by_the_year_it_is_for(nlp):
    text = "The ministry's goal for 2030 was fixed in 2021 at 55 percent."
    assert dated(nlp, text, "55 percent") == ("2030", "target-own-time")


def test_from_one_month_to_another_of_this_year_is_the_span_of_months(nlp):
    assert dated(nlp, "Visits rose 6 percent from January to February of this year.", "6 percent")[0] == (
        "2025-01..2025-02")


def test_through_a_month_still_to_come_is_no_total_to_date(nlp):
    assert dated(nlp, "The parking discount of $5 lasts through October of this year.", "$5")[0] is None
    # to a month already begun it is one: the year.
    assert dated(nlp, "The zoo sold 12,000 passes through February of this year.", "12,000")[0] == "2025"


def test_a_year_written_short_after_of_is_no_time(nlp):
    assert dated(nlp, "The graduating class of '23 numbered 450 students.", "450")[0] is None


def test_between_two_months_is_no_baseline_even_when_the_parser_nests_the_second(nlp):
    # "October ’23 and October ’24": the parser hangs the second month under the first's short year; both ends
    # carry a time, so neither is a baseline that would leave "this year" to date the count.
    text = "In a report out this year, the agency found 3,000 tenants had left between October ‘23 and October ‘24."
    assert dated(nlp, text, "3,000")[0] != "2025"
