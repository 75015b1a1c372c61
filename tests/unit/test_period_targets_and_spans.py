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
    assert dated(nlp, "This covers 80 percent of the patients who registered in February.", "80 percent")[0] is None
    # a participle on the whole: the share of what was done by then.
    assert dated(nlp, "About 8 percent of the loans approved in February went to farmers.",
                 "8 percent")[0] == "2025-02"


def test_a_year_end_figure_is_of_the_fourth_quarter_not_of_the_forecast(nlp):
    text = "In January the mayor's office projected a year-end 2025 cash balance of $80 million."
    assert dated(nlp, text, "$80 million")[0] == "2025-Q4"


@pytest.mark.parametrize("text,span,period", [
    ("The company expects sales to rise about 3 percent this year and next.", "3 percent", "2025..2026"),
    ("Hotel bookings climbed 9 percent in November 2024 through January of 2025.", "9 percent",
     "2024-11..2025-01"),
    ("Through March of this year, 2,300 vehicles were towed by the parking office.", "2,300", "2025"),
])
def test_spans_of_years_and_months(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


def test_years_written_short(nlp):
    assert dated(nlp, "Tuition rises 4 percent for ’26.", "4 percent")[0] == "2026"
    assert dated(nlp, "Our budget adds 2,000 teachers in 2025 and ’26.", "2,000")[0] == "2025..2026"


def test_a_month_broken_off_gives_way_to_the_one_said_after(nlp):
    assert dated(nlp, "In Oct- — sorry, in September, the shelter took in 85 dogs.", "85")[0] == "2024-09"


def test_a_ceiling_is_dated_by_the_year_it_is_for_and_a_sum_committed_is_no_target(nlp):
    assert dated(nlp, "Our enrolment ceiling of 4,800 is for the 2026 school year.", "4,800") == (
        "2026", "target-own-time")
    assert dated(nlp, "The province today unveils a $22 million commitment for rural clinics.",
                 "$22 million")[0] == "2025-03"


def test_the_years_after_a_dated_event(nlp):
    text = "At its 2022 congress, the ministry pledged to spend $40 million over the following three years."
    assert dated(nlp, text, "$40 million")[0] == "2023..2025"


def test_a_past_relative_clause_is_not_dated_by_now(nlp):
    text = "The levy that the council adopted at 3 percent is now being reviewed."
    assert dated(nlp, text, "3 percent")[0] is None
    # a participle the tagger may read as a past is no such clause.
    text = "Today there are 52 charging hubs scattered across 9 counties."
    assert dated(nlp, text, "52")[0] == "2025-03"


def test_a_month_span_across_the_new_year_counts_both_years_for_the_main_year(nlp):
    """A span from December into the briefing's year names that year as much as the one before: the year
    named in passing before it does not become the transcript's main year and is not carried into an open
    span ("since the mayor took office")."""
    import datetime

    from extractor.lang.profile import english
    from extractor.quantities import extract_quantities

    text = ("The zoo had its busiest year in 2024, the most since 1998. Then from November 2024 through January "
            "2025 it drew 40,000 visitors, a winter record.\n\nSince the director took office, we have cut "
            "prices for 3,000 pupils.")
    qs = {q.text: q.period for q in extract_quantities(nlp(text), doc_date=datetime.date(2025, 4, 4),
                                                       profile=english())}
    assert qs["40,000"] == "2024-11..2025-01"
    assert qs["3,000"] is None


def test_an_aside_said_again_dates_nothing(nlp):
    text = "As I noted in June—as the board noted in June, the club wants attendance back at 20,000."
    assert dated(nlp, text, "20,000")[0] is None


def test_a_time_of_what_a_stretch_runs_between_is_not_its_period(nlp):
    text = "Between the close of the 2024 season and now, the club has sold 8,000 season tickets."
    assert dated(nlp, text, "8,000")[0] is None
    assert dated(nlp, "Between 2020 and 2022 the club added 4,000 members.", "4,000")[0] == "2020..2022"
    # a time noun between the two is still a span: "between fiscal year of 2023 and 2024".
    text = "Spending on ferries reached $8 million between fiscal year of 2021 and 2022."
    assert dated(nlp, text, "$8 million")[0] == "2021..2022"


def test_an_aside_said_again_across_a_line_break_dates_nothing(nlp):
    text = "As we stated in August—the council stated in August, the club\nwants attendance back at 20,000."
    assert dated(nlp, text, "20,000")[0] is None
