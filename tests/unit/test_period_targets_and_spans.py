"""Period: standing targets and commitments, the time of another noun or of a telling, spans of years and
months, years written short and months the speaker broke off (wording of our own: ministries, clubs, banks)."""
from __future__ import annotations

import pytest

from .period_probe import dated


@pytest.fixture
def nlp(model):
    return model


@pytest.mark.parametrize("text,span", [
    ("Last year, half of the clubs failed to meet their 3 percent payroll commitment.", "3 percent"),
    ("The ministry missed the 40 percent recycling threshold in 2024.", "40 percent"),
    ("Several members still fall short of the 3 percent of budget commitment.", "3 percent"),
])
def test_a_commitment_or_threshold_is_not_dated_by_when_it_was_missed(nlp, text, span):
    assert dated(nlp, text, span) == (None, "timeless-measure")


@pytest.mark.parametrize("text,span,period", [
    ("The city hall set a target of 30 percent for 2027.", "30 percent", "2027"),
    ("The 2030 target of 45 percent was set by the ministry in 2021.", "45 percent", "2030"),
    ("The ministry set a goal of 40 percent by 2030.", "40 percent", "2030"),
])
def test_a_target_is_dated_by_the_time_it_is_for(nlp, text, span, period):
    assert dated(nlp, text, span) == (period, "target-own-time")


def test_a_target_missed_in_a_year_is_not_of_that_year(nlp):
    assert dated(nlp, "Exports fell 2 percent in 2024, below the 3 percent target.", "3 percent")[0] is None
    assert dated(nlp, "Exports fell 2 percent in 2024, below the 3 percent target.", "2 percent")[0] == "2024"


def test_an_aside_on_when_something_was_said_dates_nothing(nlp):
    text = "As the governor said in January, the bank wants inflation to return to 2 percent."
    assert dated(nlp, text, "2 percent")[0] is None
    # "as" of time, whose verb tells nothing, still dates its sentence.
    assert dated(nlp, "As prices fell in January, the club sold 4,000 tickets.", "4,000")[0] == "2025-01"


def test_a_share_of_those_who_did_something_then_is_not_of_that_time(nlp):
    assert dated(nlp, "That is 90 percent of the members who joined the club in March.", "90 percent")[0] is None
    # a participle on the whole: the share of what was done by then.
    assert dated(nlp, "The ministry says 13 percent of the permits issued in March are for schools.",
                 "13 percent")[0] == "2025-03"


def test_a_year_end_figure_is_of_the_fourth_quarter_not_of_the_forecast(nlp):
    assert dated(nlp, "In May the board forecast a year-end rate of 4 percent.", "4 percent")[0] == "2025-Q4"


@pytest.mark.parametrize("text,span,period", [
    ("The company expects sales to rise about 3 percent this year and next.", "3 percent", "2025..2026"),
    ("December 2024 through February of 2025 was the best three-month stretch for ticket sales.", "three-month",
     "2024-12..2025-02"),
    ("The city recorded 140 burglaries through March of this year.", "140", "2025"),
])
def test_spans_of_years_and_months(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


def test_years_written_short(nlp):
    text = "The bank sees inflation a little above 2 percent in 2025 and ’26, two-tenths in ’26."
    assert dated(nlp, text, "two-tenths")[0] == "2026"
    assert dated(nlp, text, "2 percent")[0] == "2025..2026"


def test_a_month_broken_off_gives_way_to_the_one_said_after(nlp):
    assert dated(nlp, "The company hired 300 workers in Feb- — in January.", "300")[0] == "2025-01"


def test_a_ceiling_is_dated_by_the_year_it_is_for_and_a_sum_committed_is_no_target(nlp):
    assert dated(nlp, "The ceiling of 125,000 is for fiscal year 2026.", "125,000") == ("2026", "target-own-time")
    assert dated(nlp, "Today, the foundation is announcing a $13.5 million commitment to the clubs.",
                 "$13.5 million")[0] == "2025-03"


def test_the_years_after_a_dated_event(nlp):
    text = "At its 2022 congress, the ministry pledged to spend $40 million over the following three years."
    assert dated(nlp, text, "$40 million")[0] == "2023..2025"


def test_a_past_relative_clause_is_not_dated_by_now(nlp):
    text = "The plan that the mayor proposed initially at roughly $40 million now looks to be cut in half."
    assert dated(nlp, text, "$40 million")[0] is None
    # a participle the tagger may read as a past is no such clause.
    text = "Currently, there are 167 bonded zones spread across 31 provinces."
    assert dated(nlp, text, "167")[0] == "2025-03"


def test_a_month_span_across_the_new_year_counts_both_years_for_the_main_year(nlp):
    """A span from December into the briefing's year names that year as much as the one before: the year
    named in passing before it does not become the transcript's main year and is not carried into an open
    span ("since the mayor took office")."""
    import datetime

    from extractor.lang.profile import english
    from extractor.quantities import extract_quantities

    text = ("2024 was the best year for the club since 1994. And December 2024 through February of 2025 was the "
            "best three-month stretch for ticket sales since the 1990s.\n\nSince the mayor took office, we lowered "
            "fees for 9,000 families.")
    qs = {q.text: q.period for q in extract_quantities(nlp(text), doc_date=datetime.date(2025, 4, 4),
                                                       profile=english())}
    assert qs["three-month"] == "2024-12..2025-02"
    assert qs["9,000"] is None


def test_an_aside_said_again_dates_nothing(nlp):
    text = "As I indicated in December—the board indicated in December, we want inflation to go back to 2 percent."
    assert dated(nlp, text, "2 percent")[0] is None


def test_a_time_of_what_a_stretch_runs_between_is_not_its_period(nlp):
    text = "Between the close of the 2024 season and now, the club has sold 8,000 season tickets."
    assert dated(nlp, text, "8,000")[0] is None
    assert dated(nlp, "Between 2020 and 2022 the club added 4,000 members.", "4,000")[0] == "2020..2022"
    # a time noun between the two is still a span: "between fiscal year of 2023 and 2024".
    text = "Between fiscal year of 2023 and 2024, the ministry spent $22 million on repairs."
    assert dated(nlp, text, "$22 million")[0] == "2023..2024"


def test_an_aside_said_again_across_a_line_break_dates_nothing(nlp):
    text = "As I noted in May—the ministry noted in May, we want\nthe fund to reach 3 percent."
    assert dated(nlp, text, "3 percent")[0] is None
