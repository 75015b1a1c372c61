"""Period (issue 22): a statistic a release of a day tells is of the month before that day; a figure told as
current is the briefing's month even where an earlier sentence set a past year."""
from __future__ import annotations

import datetime

import pytest

from extractor.lang.profile import english
from extractor.quantities import extract_quantities
from extractor.records.models import mechanisms

DATE = datetime.date(2025, 3, 20)


@pytest.fixture
def nlp(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


def dated(nlp, text, span):
    """The period and its mechanism of the one figure ``span`` of ``text``."""
    qs = [q for q in extract_quantities(nlp(text), doc_date=DATE, profile=english()) if q.text == span]
    assert len(qs) == 1
    return qs[0].period, qs[0].evidence.period.mechanism


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
