"""Period: a figure its own clause tells as current (an adverb of the present, a milestone passed, what is
observed now, a new poll's shares) takes the briefing's month; a rule, a plan, a condition, a habit or a
bare present does not."""
from __future__ import annotations

import pytest

from extractor.lang.profile import english
from extractor.quantities import extract_quantities
from extractor.quantities.current_state import AGAINST_PAST, MECHANISM, told_as_current
from extractor.records.models import mechanisms

from .period_probe import DATE, dated

MONTH = "2025-03"


@pytest.fixture
def nlp(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


def evidence(nlp, text, span):
    q = next(q for q in extract_quantities(nlp(text), doc_date=DATE, profile=english()) if q.text == span)
    ev = q.evidence.period
    return text[ev.start:ev.end] if ev.start is not None else None


def test_the_mechanism_is_documented():
    assert MECHANISM in {name for name, _, _ in mechanisms()}


@pytest.mark.parametrize("text,span,marker", [
    ("The supporters' club already counts 12,000 paying members.", "12,000", "already"),
    ("The housing ministry is still 3,000 homes short of its pledge.", "3,000", "still"),
    ("At this point the central bank holds 14 percent of the bonds on issue.", "14 percent", "At this point"),
    ("As we speak, 300 city hall crews are clearing the roads.", "300", "As we speak"),
    ("By this point the company employs 4,500 engineers in Ohio.", "4,500", "By this point"),
])
def test_an_adverb_of_the_present_dates_the_state(nlp, text, span, marker):
    assert dated(nlp, text, span) == (MONTH, MECHANISM)
    assert evidence(nlp, text, span) == marker


def test_a_milestone_in_the_present_perfect_is_current(nlp):
    text = "Season-ticket sales for the club have passed 25,000."
    assert dated(nlp, text, "25,000") == (MONTH, MECHANISM)
    assert evidence(nlp, text, "25,000") == "have passed"


def test_what_is_observed_now_is_current(nlp):
    assert dated(nlp, "The ministry is seeing 1,800 applications a day.", "1,800") == (MONTH, MECHANISM)
    assert dated(nlp, "Core inflation is running at 2.7 percent, the central bank says.",
                 "2.7 percent")[0] == MONTH


def test_a_new_polls_shares_are_current(nlp):
    text = "A new poll by the city hall shows 58 percent of residents back the tram line."
    assert dated(nlp, text, "58 percent") == (MONTH, MECHANISM)
    assert evidence(nlp, text, "58 percent") == "new poll"


def test_a_stated_time_still_wins(nlp):
    # "this quarter" is the figure's own time; the milestone verb does not override it.
    assert dated(nlp, "Deliveries by the company have crossed one million this quarter.", "one million")[0] == "2025-Q1"


@pytest.mark.parametrize("text,span", [
    # A condition: what is supposed, not what is.
    ("If the club still has 2,000 unsold seats, prices will drop.", "2,000"),
    ("When you still have 4 percent inflation, a central bank must be careful.", "4 percent"),
    # A plan or a question.
    ("The ministry will already hire 250 inspectors.", "250"),
    ("Does the company still employ 900 people in Leeds?", "900"),
    # A clause in the past.
    ("The club had already sold 40,000 tickets when the season opened.", "40,000"),
    # A total of acts in the present perfect runs from a start it does not say: an open span.
    ("The central bank has already cut rates four times.", "four times"),
    ("At city hall we’ve already hired 300 wardens.", "300"),
    # A rule, a threshold, a habit, a bare present state: no marker, no month.
    ("Households earning under $90,000 qualify for the city hall's rebate.", "$90,000"),
    ("A junior player at the club earns $30,000.", "$30,000"),
    ("Bus fares are $2 in the city.", "$2"),
    # A change counted from a start it names: an open span.
    ("Fares on the city's buses are still up 24 percent since the mayor took office.", "24 percent"),
    # Progressive with an infinitive: what is to come.
    ("Ministry officials estimate 75 percent of farmers are going to apply.", "75 percent"),
])
def test_not_told_as_current(nlp, text, span):
    assert dated(nlp, text, span)[1] != MECHANISM


def test_a_target_keeps_no_period(nlp):
    assert dated(nlp, "The central bank's 2 percent target is still in place.", "2 percent") == (
        None, "timeless-measure")


def test_told_as_current_reads_the_parse_alone(nlp):
    text = "The league has 18 clubs and already sells 9,000 tickets a week."
    doc = nlp(text)
    start = text.index("9,000")
    told = told_as_current(doc, start, start + len("9,000"), profile=english())
    assert told is not None and text[told[0]:told[1]] == "already"


def test_a_figure_compared_with_is_not_the_one_told_as_current(nlp):
    text = "The club still sells more shirts than its 12 closest rivals."
    assert dated(nlp, text, "12")[1] != MECHANISM


def test_a_figure_that_describes_a_group_is_not_told_as_current(nlp):
    text = "Wages at the company are still rising fastest for workers in the bottom 30 percent of the pay scale."
    assert dated(nlp, text, "30 percent")[1] != MECHANISM
    assert dated(nlp, "Pay at the company is still rising 6 percent a year.", "6 percent") == (MONTH, MECHANISM)


def test_a_milestone_not_passed_or_told_of_its_subject_is_no_milestone(nlp):
    assert dated(nlp, "Ministries that haven't reached 2 percent of their budget are behind.", "2 percent")[1] != (
        MECHANISM)
    assert dated(nlp, "Nineteen city councils have passed bylaws on noise.", "Nineteen")[1] != MECHANISM


@pytest.mark.parametrize("text,span", [
    ("The transit authority says these bus orders total 40 vehicles a month.", "40"),
    ("That comes to about €3 million a week for the city's shelters.", "€3 million"),
    ("We're buying 400 buses a month for the city fleet.", "400"),
    ("We are at about 90 rescues a week.", "90"),
    ("The board audits these subsidies, which amount to €9 million a week, each autumn.", "€9 million"),
])
def test_a_pace_of_a_thing_in_hand_told_in_the_present_is_current(nlp, text, span):
    assert dated(nlp, text, span) == (MONTH, MECHANISM)


@pytest.mark.parametrize("text,span", [
    # A habit or a rule of anyone: a noun in general as the subject.
    ("A junior nurse at the city hospital earns $4,000 a month.", "$4,000"),
    # A pace per year in the bare present is mostly a habit or a budget line.
    ("We spend $40 million a year on road repairs.", "$40 million"),
    # What is to come, or what was.
    ("We're going to buy 400 buses a month.", "400"),
    ("That came to about €3 million a week last winter.", "€3 million"),
    ("If these orders total 40 vehicles a month, the depot will be full.", "40"),
    # "We" in the simple present: a habit, or a case that recurs, of no one time.
    ("In a busy winter we treat 500 patients a day.", "500"),
    ("We forgo roughly $3 million a week whenever the bridge is shut.", "$3 million"),
    ("Our club usually sells 6,000 scarves a month; in a good month we sell 8,000 scarves a month.", "8,000"),
])
def test_a_pace_told_otherwise_is_not_current(nlp, text, span):
    assert dated(nlp, text, span)[1] != MECHANISM


@pytest.mark.parametrize("text,span,phrase", [
    ("Bus fares in the city are down 20 cents compared with a year ago.", "20 cents", "compared with a year ago"),
    ("Ticket prices at the club are up 12 percent from a year earlier.", "12 percent", "from a year earlier"),
    ("The central bank's reserves are $40 billion lower versus last year.", "$40 billion", "versus last year"),
    ("The sports club has 4,000 more members than in 2019.", "4,000", "than in 2019"),
])
def test_a_present_figure_against_a_past_time_is_current(nlp, text, span, phrase):
    assert dated(nlp, text, span) == (MONTH, AGAINST_PAST)
    assert evidence(nlp, text, span) == phrase


@pytest.mark.parametrize("text,span", [
    ("Ticket prices at the club are up 12 percent since March.", "12 percent"),  # an open span
    ("Ticket prices at the club rose 12 percent from a year earlier.", "12 percent"),  # told in the past
    ("The ministry will cut spending by 3 percent compared with last year.", "3 percent"),  # a plan
    ("Are bus fares up 20 cents compared with a year ago?", "20 cents"),  # a question
    ("If fares are up 20 cents from a year ago, riders will complain.", "20 cents"),  # a condition
    ("The ministry's budget is $2 billion, up from $1.6 billion last year.", "$2 billion"),  # another's time
    ("The club's attendance is higher than last month, with 9,000.", "9,000"),  # the figure compared with
    ("The ministry has 20 more clinics before the end of this year.", "20"),  # a sequence, not a comparison
    ("Here is a study from the city hall, which was released on March 2nd, of 1,700 tenants.", "1,700"),
])
def test_not_current_against_a_past_time(nlp, text, span):
    assert dated(nlp, text, span)[1] != AGAINST_PAST


@pytest.mark.parametrize("text,span", [
    ("Harbour fees go up 6 percent from 2027.", "6 percent"),  # a start ahead
    ("The tram fare goes down to 2 euros from the fourth quarter.", "2 euros"),  # the last or the next quarter
    ("Parking permits cost 40 dollars more from July.", "40 dollars"),  # the last or the next July
    ("The council's goal is 15 percent fewer cars than in 2035.", "15 percent"),  # a target's year
    ("Ferry tickets are 9 percent dearer than this year.", "9 percent"),  # a time still running
])
def test_not_current_against_a_time_not_over(nlp, text, span):
    assert dated(nlp, text, span) == (None, "no-time-stated")


def test_a_carried_period_stays_over_a_comparison_with_a_year_ago(nlp):
    text = "Inflation at the central bank was 3 percent in May. Prices are up 20 cents from a year ago."
    assert dated(nlp, text, "20 cents") == ("2024-05", "carried-from-turn")


def test_the_comparison_mechanism_is_documented():
    assert AGAINST_PAST in {name for name, _, _ in mechanisms()}


def test_a_time_in_a_clause_under_the_comparison_dates_an_event_not_the_baseline(nlp):
    text = "The club's loss is three times larger than the loss it suffered after it was relegated in 2019."
    assert dated(nlp, text, "three times")[1] != AGAINST_PAST


def test_a_month_with_a_year_is_that_years_month(nlp):
    # "February 2019": the year is not read as a day ("February 20") of the briefing's year.
    assert dated(nlp, "The rowing club signed 4 coaches in February 2019.", "4")[0] == "2019-02"
