"""Period (issue 22): a statistic a release of a day tells is of the month before that day; a figure told as
current is the briefing's month even where an earlier sentence set a past year."""
from __future__ import annotations

import pytest

from extractor.records.models import mechanisms

from .period_probe import dated


@pytest.fixture
def nlp(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


def test_the_mechanisms_are_documented():
    assert "released-reading" in {name for name, _, _ in mechanisms()}


@pytest.mark.parametrize("text,span,period", [
    # The day of the briefing: the data are of the month before.
    ("Today, we learned consumer prices in the province rose 0.2 percent.", "0.2 percent", "2025-02"),
    ("This morning's report from the statistics office showed employers added 180,000 jobs.", "180,000",
     "2025-02"),
    # A day counted back: the month before that day.
    ("Two years ago, we learned the city had lost 4,000 jobs in a single month.", "4,000", "2023-02"),
    # A past year an earlier sentence set does not date what the day's release tells.
    ("In 2024, the club sold 500 season tickets. Today, we learned the club's revenue rose 12 percent.",
     "12 percent", "2025-02"),
])
def test_a_release_of_a_day_tells_of_the_month_before(nlp, text, span, period):
    assert dated(nlp, text, span) == (period, "released-reading")


@pytest.mark.parametrize("text,span", [
    # A plan to learn is no release.
    ("Today the ministry will learn whether prices rose 0.3 percent.", "0.3 percent"),
    # A poll's shares are of its own days, not of a month before.
    ("Yesterday's survey by the ministry showed that 40 percent of firms plan to hire.", "40 percent"),
    # A month the sentence states for the figure stays its own.
    ("Today we learned the central bank's index rose 0.4 percent in January.", "0.4 percent"),
])
def test_no_release_month_where_none_is_told(nlp, text, span):
    assert dated(nlp, text, span)[1] != "released-reading"


@pytest.mark.parametrize("text,span,period,mechanism", [
    # A past year an earlier sentence set does not date what is told as standing now.
    ("In 2023 the supporters' club had 500 members. The stadium was rebuilt. We're seeing 2,000 visitors a day.",
     "2,000", "2025-03", "told-as-current"),
    ("Last year the housing ministry built 300 homes. It still has 4,000 families on the waiting list.", "4,000",
     "2025-03", "told-as-current"),
    ("Last year the city hall hired 200 drivers. As we speak, 40 snow crews are out on the roads.", "40",
     "2025-03", "told-as-current"),
    # Nor does the time of the sentence a pronoun restates.
    ("Last year the ministry built 300 homes. That is still 4,000 homes short of its pledge.", "4,000",
     "2025-03", "told-as-current"),
    # A milestone in the present perfect may tell the outcome of the year reported on: the year stays.
    ("In 2024, the carmaker's exports grew 7 percent. Its exports of vans have exceeded 2 million units.",
     "2 million", "2024", "carried-from-turn"),
    # A bare present tells no time of its own: the year stays.
    ("Last year the city hall hired 200 teachers. The city employs 5,000 teachers.", "5,000", "2024",
     "carried-from-turn"),
])
def test_a_figure_told_as_current_is_not_dated_by_a_carried_year(nlp, text, span, period, mechanism):
    assert dated(nlp, text, span) == (period, mechanism)


@pytest.mark.parametrize("text,span,expected", [
    # A time of a clause that describes another noun dates that noun's event, not the figure.
    ("The mayor backed a plan that was adopted last year, which aims to protect 30 percent of the city's parks.",
     "30 percent", (None, "no-time-stated")),
    ("The sports club, which was founded in 1998, owns 40 percent of the stadium company.", "40 percent",
     (None, "no-time-stated")),
    ("The sports club, which was founded in 1998, now owns 40 percent of the stadium company.", "40 percent",
     ("2025-03", "present-marker")),
    # "since": the earlier time is where an open span starts, not its period.
    ("Last year the ministry launched a scheme that has since housed 3,000 families.", "3,000",
     (None, "counted-since")),
])
def test_a_neighbouring_events_time_does_not_date_the_figure(nlp, text, span, expected):
    assert dated(nlp, text, span) == expected


@pytest.mark.parametrize("text,span,period", [
    # The subject a clause measures says which thing is meant: its time is the figure's.
    ("The loans the city issued in 2024 reached $5 million.", "$5 million", "2024"),
    # A time that opens the sentence frames the event the relative clause tells the outcome of.
    ("Last year the city opened a clinic that served 300 patients.", "300", "2024"),
    # A phrase that frames the figure's clause frames it with its time.
    ("On the trips the mayor made last week, she visited six towns.", "six", "2025-03"),
])
def test_a_time_that_frames_the_figure_still_dates_it(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


@pytest.mark.parametrize("text,span,period", [
    # The year a forecast projects dates what it projects, not the meeting or month it was made at.
    ("By the time of the December meeting, the board moved to a median in members' 2026 projections of three "
     "rate cuts.", "three", "2026"),
    ("In March the ministry's 2026 forecast showed growth of 1.8 percent.", "1.8 percent", "2026"),
    # A year on a singular noun names which one ("the 2024 budget"), not a count.
    ("The city's 2024 budget set aside $40 million for roads.", "$40 million", "2024"),
])
def test_a_year_on_a_forecast_or_a_singular_noun_is_a_year(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


def test_a_year_on_a_plural_noun_is_still_a_count(nlp):
    # "2000 beds": a count, which dates nothing.
    assert dated(nlp, "The ministry built a field hospital with 2000 beds and hired 300 nurses.", "300")[0] is None


@pytest.mark.parametrize("text,span,expected", [
    # An amount weighed against a need is no state told as it stands now.
    ("For many residents, five miles is still too far to walk to a clinic.", "five miles", None),
    ("For the club, 300 seats are still not enough.", "300", None),
    # A state told as it stands now is.
    ("For the club, 300 seats are still empty.", "300", "2025-03"),
])
def test_an_amount_weighed_against_a_need_is_not_told_as_current(nlp, text, span, expected):
    assert dated(nlp, text, span)[0] == expected


@pytest.mark.parametrize("text,span,period", [
    # "the following year" counts from the time said before it in the sentence ...
    ("In 2023 the club sold 500 season tickets, and the following year it sold 800.", "800", "2024"),
    ("In 2023 the club sold 500 season tickets, and the following year it sold 800.", "500", "2023"),
    # ... or from the time the speaker's turn carries, even across a restarted phrase.
    ("Next year, no pensioner will pay more than $3,500 for medicines. The following year -- this is already "
     "law. The following year, they will pay no more than $2,000.", "$2,000", "2027"),
    # With nothing before it, it dates nothing.
    ("The following year, the ministry spent $40 million.", "$40 million", None),
])
def test_the_following_year_counts_from_the_year_before(nlp, text, span, period):
    assert dated(nlp, text, span)[0] == period


@pytest.mark.parametrize("text,span,expected", [
    # A value marked as the one in force now is current, whatever the clause plans for it.
    ("The council will raise the current $7.25 minimum wage to $15.", "$7.25", "2025-03"),
    ("We expect it will be appropriate to maintain the current 0 to ¼ percent target range for the policy rate.",
     "0 to ¼ percent", "2025-03"),
    # The value planned is not.
    ("The council will raise the current $7.25 minimum wage to $15.", "$15", None),
    # A target as such stays timeless.
    ("The central bank's 2 percent inflation target is unchanged.", "2 percent", None),
])
def test_a_value_in_force_now_is_current(nlp, text, span, expected):
    assert dated(nlp, text, span)[0] == expected
