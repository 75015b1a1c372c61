"""Period: from the figure's own clause and sentence first, then markers of the present; never carried
across speakers; none for targets."""
from __future__ import annotations

import datetime

import pytest

from extractor.lang.profile import english
from extractor.quantities import extract_quantities
from extractor.quantities.config import PeriodConfig
from extractor.quantities.periods import PERIOD_RULES, find_time_refs
from extractor.quantities.stage_carry import CARRY_REFUSALS, _carry_refused
from extractor.records.models import mechanisms

DATE = datetime.date(2025, 3, 20)


@pytest.fixture
def nlp(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


def period(nlp, text, span, **kw):
    qs = [q for q in extract_quantities(nlp(text), doc_date=DATE, profile=english(), **kw) if q.text == span]
    assert len(qs) == 1
    return qs[0].period


@pytest.mark.parametrize("phrase,expected", [
    ("between October and December of 2024", "2024-Q4"),
    ("between January and February", "2025-01..2025-02"),
    ("in the first half of February", "2025-02"),
    ("over the past three months", "2024-12..2025-02"),
    ("during the last two months", "2025-01..2025-02"),
    ("this fiscal year", "2025"),
])
def test_new_time_phrases_resolve(phrase, expected):
    refs = [r for r in find_time_refs(phrase, 0, len(phrase), DATE, profile=english()) if r.period]
    assert [r.period for r in refs] == [expected]


def test_own_clause_wins_over_another_clause(nlp):
    text = "Permits rose 8 percent in January, while fees fell 3 percent in February."
    assert period(nlp, text, "8 percent") == "2025-01"
    assert period(nlp, text, "3 percent") == "2025-02"


def test_a_baseline_does_not_date_the_figure(nlp):
    text = "Staffing is still down 300 officers from where we were in June of 2019."
    assert period(nlp, text, "300") != "2019-06"


def test_present_marker_gives_the_briefing_month(nlp):
    assert period(nlp, "The jobless rate is now 5.1 percent.", "5.1 percent") == "2025-03"


def test_a_target_has_no_period(nlp):
    text = "Inflation was 2.6 percent in February, above our 2 percent target."
    assert period(nlp, text, "2.6 percent") == "2025-02"
    assert period(nlp, text, "2 percent") is None


def test_this_meeting_does_not_date_a_reported_figure(nlp):
    text = "At this meeting, the mayor said 40 new buses would be bought."
    assert period(nlp, text, "40") is None
    assert period(nlp, "At this meeting we decided to cut the levy by 25 basis points.", "25 basis points") \
        == "2025-03"


def test_a_period_is_not_carried_into_another_speakers_turn(nlp):
    text = "Sales rose 4 percent in 2023.\nThe plant employs 900 people."
    second = text.index("The plant")
    assert period(nlp, text, "900", boundaries=[second]) is None
    assert period(nlp, text, "900") == "2023"  # within one turn the stated year carries


def test_course_of_months_is_the_months_before_the_briefing():
    phrase = "across the course of three months"
    assert [r.period for r in find_time_refs(phrase, 0, len(phrase), DATE, profile=english()) if r.period] == ["2024-12..2025-02"]


def test_a_year_frames_the_turn_but_a_month_dates_only_the_rest_of_its_paragraph(nlp):
    text = ("In 2024 the port handled 3 million containers. Rail freight rose 4 percent in May. "
            "Truck traffic fell 2 percent. Barge traffic grew 6 percent.\n\nFerry trips were up 9 percent.")
    assert period(nlp, text, "4 percent") == "2024-05"
    assert period(nlp, text, "2 percent") == "2024-05"
    assert period(nlp, text, "6 percent") == "2024-05"
    assert period(nlp, text, "9 percent") == "2024"


def test_a_sentence_without_a_figure_states_the_period_too(nlp):
    text = ("Last year, the ministry's programmes went well across the board. "
            "Enrolment in the apprenticeship scheme exceeded 40 percent for the first time.")
    assert period(nlp, text, "40 percent") == "2024"
    text = ("The city's bus ridership recovered strongly in January. But at 81 percent of its old level, it "
            "remains low.")
    assert period(nlp, text, "81 percent") == "2025-01"


def test_the_time_of_a_baseline_figure_does_not_date_the_figure(nlp):
    text = ("Household lending grew by 1.9 per cent in February. Corporate lending was 3.1 per cent, "
            "after 2.7 per cent in January.")
    assert period(nlp, text, "2.7 per cent") == "2025-01"
    assert period(nlp, text, "3.1 per cent") == "2025-02"


def test_a_compared_value_and_a_bracketed_gloss_do_not_date_the_figure(nlp):
    text = ("In 2024, the company's online sales reached 4.1 billion euros, beating the 2021 figure by "
            "900 million euros.")
    assert period(nlp, text, "900 million euros") == "2024"
    text = ("Last year the city built 2,400 homes, twice as many as during the Second Housing Plan "
            "(2011-2015).")
    assert period(nlp, text, "2,400") == "2024"


def test_an_opening_time_frames_every_clause_of_the_sentence(nlp):
    text = ("Over the 12 months ending in January, rents rose 5.1 percent; excluding utilities, "
            "core rents rose 4.2 percent.")
    assert period(nlp, text, "4.2 percent") == "2025-01"


def test_a_time_in_a_reported_clause_dates_what_is_reported(nlp):
    text = ("In February, the survey found that 35 percent of small firms fear they could close "
            "sometime next month.")
    assert period(nlp, text, "35 percent") == "2025-02"


def test_the_end_of_the_year_is_the_fourth_quarter(nlp):
    refs = [r for r in find_time_refs("by the end of the year", 0, 22, DATE, profile=english()) if r.period]
    assert [r.period for r in refs] == ["2025-Q4"]


def test_the_baseline_of_a_sentence_is_not_handed_on(nlp):
    text = "Prices rose 2.3 percent in November, from 2.0 percent in October. Rents went up 0.4 percent."
    assert period(nlp, text, "2.0 percent") == "2024-10"
    assert period(nlp, text, "0.4 percent") == "2024-11"


def test_a_list_of_years_hands_no_period_on(nlp):
    text = "The company expects sales to grow 3 percent in 2025 and 5 percent in 2026. Margins are 12 percent."
    assert period(nlp, text, "5 percent") == "2026"
    assert period(nlp, text, "12 percent") is None


@pytest.mark.parametrize("text,period", [
    ("Fares were frozen at THIS MEETİNG.", "2021-05"),  # "İ" is an "i" to the patterns: the gate lets it through
    ("Ridership fell in the FİRST QUARTER.", "2021-Q1"),  # its ordinal found though "İ" lower-cases to two characters
    ("The levy rose in APRİL.", "2021-04"),
    ("Turnout grew over the past SİX months.", "2020-11..2021-04"),
    ("Permits doubled THİS quarter.", "2021-Q2"),
    ("Rents rose LAST MONTH.", "2021-04"),
])
def test_time_words_with_unicode_case_resolve(text, period):
    refs = find_time_refs(text, 0, len(text), datetime.date(2021, 5, 7), profile=english())
    assert [r.period for r in refs] == [period]


def mechanism(nlp, text, span):
    qs = [q for q in extract_quantities(nlp(text), doc_date=DATE, profile=english()) if q.text == span]
    assert len(qs) == 1
    return qs[0].evidence.period.mechanism


def test_a_finished_year_frames_the_later_figures_but_a_running_one_does_not(nlp):
    done = "Last year the club signed 12 new players. Season tickets sold out at 300 euros."
    assert period(nlp, done, "300 euros") == "2024"
    running = "This year the club has signed 12 new players. Season tickets cost 300 euros."
    assert period(nlp, running, "12") == "2025"
    assert period(nlp, running, "300 euros") is None
    assert mechanism(nlp, running, "300 euros") == "no-carry-of-open-period"
    ahead = "Next year the club will move to a new ground. A season ticket is 300 euros."
    assert period(nlp, ahead, "300 euros") is None


def test_a_year_named_in_passing_frames_nothing_in_a_briefing_about_another(nlp):
    text = ("In 2024 the harbour spent 8 million euros on its quays and hired 120 pilots in 2024.\n\n"
            "Back in 2019, dredging the channel cost 5 million euros. A new tug cost 2 million euros.")
    assert period(nlp, text, "5 million euros") == "2019"
    assert period(nlp, text, "2 million euros") is None
    assert mechanism(nlp, text, "2 million euros") == "no-carry-outside-main-year"
    # The same sentences in a briefing about 2019 keep the frame.
    about_2019 = ("Back in 2019, dredging the channel cost 5 million euros. A new tug cost 2 million euros. "
                  "Pilots earned 90,000 euros in 2019.")
    assert period(nlp, about_2019, "2 million euros") == "2019"


def test_a_streak_has_no_period(nlp):
    text = "The club's forecasts for 2026 have been raised five times in a row."
    assert period(nlp, text, "five times") is None


def test_a_span_of_time_takes_only_its_own_clauses_time(nlp):
    text = ("The ministry expects wages near 3% at the end of 2026, and that rests on contracts which run for "
            "two or three years.")
    assert period(nlp, text, "two or three years") is None


def test_a_present_marker_that_qualifies_a_noun_does_not_date_the_clause(nlp):
    text = "Council members cite today's budget report as a reason to reject the extra $40 million for parks."
    assert period(nlp, text, "$40 million") is None


def test_a_present_marker_in_a_frame_still_dates_the_clause(nlp):
    text = "At today's meeting, the city council raised the parking fee by 50 cents."
    assert period(nlp, text, "50 cents") == "2025-03"


@pytest.mark.parametrize("phrase,expected", [
    ("two years ago", "2023-03"),
    ("a month ago", "2025-02"),
    ("six weeks ago", "2025-02"),
    ("yesterday", "2025-03"),
])
def test_times_counted_back_from_the_briefing_resolve(phrase, expected):
    refs = [r for r in find_time_refs(phrase, 0, len(phrase), DATE, profile=english()) if r.period]
    assert [r.period for r in refs] == [expected]


def test_a_time_counted_back_dates_its_own_clause_only(nlp):
    assert period(nlp, "Two years ago, the jobless rate in the province was 10 percent.", "10 percent") == "2023-03"
    text = "Yesterday the mayor announced that the city plans to spend $40 million on parks."
    assert period(nlp, text, "$40 million") is None


def test_a_condition_under_a_conjunction_is_not_dated_by_the_main_clauses_now(nlp):
    text = "The transit board keeps the fare where it is now until ridership reaches 2 million."
    assert period(nlp, text, "2 million") is None


@pytest.mark.parametrize("phrase", ["since last July", "compared to last March"])
def test_a_month_after_since_last_is_an_open_span_or_baseline(phrase):
    assert [r.period for r in find_time_refs(phrase, 0, len(phrase), DATE, profile=english())] == [None]


@pytest.fixture(scope="module")
def pipeline():
    from extractor.pipeline.build import build_pipeline

    return build_pipeline()


def _transcript_period(pipeline, text, span):
    from extractor.api import extract_text

    record = extract_text(text, date="2025-03-20", nlp=pipeline)
    qs = [q for q in record.quantities if q.text == span]
    assert len(qs) == 1, [q.text for q in record.quantities]
    return qs[0].period


def test_a_month_named_in_an_answer_frames_no_later_figure(pipeline):
    text = ("GOVERNOR ABARA:  Good afternoon. The Monetary Board kept rates unchanged today.\n\n"
            "Q    How bad is the labour market?\n\n"
            "GOVERNOR ABARA:  Layoffs were 20,000 in January. Unemployment is now at 7 percent. Youth "
            "unemployment was 12 percent, I think.\n")
    assert _transcript_period(pipeline, text, "12 percent") is None


def test_a_time_counted_back_is_not_carried_to_later_sentences(nlp):
    text = "A month ago, the mayor toured the flooded port. The city sent 40 trucks of sandbags."
    assert period(nlp, text, "40") is None


def test_a_baseline_time_does_not_replace_the_paragraphs_period(nlp):
    # April dates the 2,900 the passes are compared with; the merchandise income is still May's.
    text = ("Ticket sales at the sports club reached 12,000 in May. Season passes were 3,100, after 2,900 in "
            "April. Merchandise income was 40,000 euros.")
    assert period(nlp, text, "40,000 euros") == "2024-05"


def test_a_number_counting_targets_is_no_target_value(nlp):
    text = "The water board met 12 targets in January."
    assert period(nlp, text, "12") == "2025-01"
    assert period(nlp, "The water board kept its 2 percent target in January.", "2 percent") is None


def test_today_dates_what_the_paragraph_says_was_done(nlp):
    done = "Today the ministry approved the flood plan. It hired 40 engineers and bought 12 pumps."
    assert period(nlp, done, "40") == "2025-03"
    assert mechanism(nlp, done, "40") == "present-carried-to-past-act"
    state = "Today the ministry approved the flood plan. The region has 40 reservoirs."
    assert period(nlp, state, "40") is None
    plan = "Today the ministry approved the flood plan. It will hire 40 engineers."
    assert period(nlp, plan, "40") is None
    another = "Today the ministry approved the flood plan.\n\nIt hired 40 engineers."
    assert period(nlp, another, "40") is None  # a new paragraph
    said = "We have said today that the flood plan matters. The ministry hired 40 engineers."
    assert period(nlp, said, "40") is None  # "today" dates the saying, not an act
    frame = "Going back to tonight's session, the minister spoke at length. The ministry hired 40 engineers."
    assert period(nlp, frame, "40") is None  # a participle's frame states nothing done today
    noun = "Today's session of the ministry was long. It hired 40 engineers."
    assert period(nlp, noun, "40") is None  # "today's" qualifies its noun
    own = "Today the ministry approved the flood plan. Two years ago we learned that floods had destroyed 40 homes."
    assert period(nlp, own, "40") is None  # its sentence states a time of its own


def test_the_most_recent_months_are_the_months_before_the_briefing(nlp):
    text = "Over the most recent three months, the central bank bought 9 billion euros of bonds."
    assert period(nlp, text, "9 billion euros") == "2024-12..2025-02"


def test_a_sentence_pointing_back_takes_the_period_before_it_even_in_an_answer(pipeline):
    text = ("MINISTER OKAFOR:  Good afternoon. The ministry published its trade figures today.\n\n"
            "Q    How did the ports do?\n\n"
            "MINISTER OKAFOR:  Port traffic grew 6 percent in the first three quarters of last year. This "
            "signifies an increase of 40,000 containers. Rail freight is 2 million tonnes.\n")
    assert _transcript_period(pipeline, text, "40,000") == "2024-Q1..2024-Q3"
    assert _transcript_period(pipeline, text, "2 million tonnes") != "2024-Q1..2024-Q3"


def test_the_figure_compared_with_takes_no_time_said_before_its_from(nlp):
    text = "The central bank's reserves fell to 41 billion euros in the second quarter from 44 billion euros."
    assert period(nlp, text, "41 billion euros") == "2024-Q2"
    assert period(nlp, text, "44 billion euros") is None
    carried = "Tram fares rose 3 percent in 2024. Bus fares were 2.10 euros, compared with 1.90 euros before."
    assert period(nlp, carried, "2.10 euros") == "2024"
    assert period(nlp, carried, "1.90 euros") is None
    cap = "Beginning in June, the monthly cap on grant payments will be lowered from $25 million to $5 million."
    assert period(nlp, cap, "$5 million") == "2025-06"


def test_a_time_clause_on_the_figures_clause_dates_it(nlp):
    text = "The club's season ticket, as I checked this morning, was 240 euros."
    assert period(nlp, text, "240 euros") == "2025-03"


def test_the_period_rules_are_named_after_the_mechanisms_they_record(nlp):
    """Each period decision is a named rule whose name is the evidence mechanism it records, and the rule that
    decided a figure is the one the record names."""
    period_mechanisms = {name for name, field, _ in mechanisms() if field == "period"}
    names = {r.name.replace("_", "-") for rules in (PERIOD_RULES, CARRY_REFUSALS) for r in rules}
    assert names - period_mechanisms == {"no-carry-of-present-to-state"}
    assert all(r.doc for r in PERIOD_RULES)
    qs = extract_quantities(nlp("The water board set a 3 percent target. It spent $40 million in 2023."),
                            doc_date=DATE, profile=english())
    assert [(q.period, q.evidence.period.mechanism) for q in qs] == [
        (None, "timeless-measure"), ("2023", "time-phrase-in-clause")]


def test_a_carried_period_still_running_or_outside_the_main_year_is_refused():
    assert _carry_refused("2025", {2025}, (2025, 3)) == "no-carry-of-open-period"
    assert _carry_refused("2023", {2024}, (2025, 3)) == "no-carry-outside-main-year"
    assert _carry_refused("2024-Q2", {2024}, (2025, 3)) is None


def test_how_far_after_now_its_discourse_use_is_read_is_a_setting():
    text = "Now that the depot is open, buses run every 8 minutes."
    assert not [r for r in find_time_refs(text, 0, len(text), DATE, profile=english()) if r.deictic]
    blind = PeriodConfig(discourse_now_reach=0)
    assert [r.name for r in find_time_refs(text, 0, len(text), DATE, profile=english(), config=blind)] == ["current"]


@pytest.mark.parametrize("phrase,when,expected", [
    ("in the past week", datetime.date(2025, 3, 20), "2025-03"),
    ("last week", datetime.date(2025, 3, 20), "2025-03"),
    ("over the last ten days", datetime.date(2025, 3, 20), "2025-03"),
    # A run of days is dated by its last day's month, as a trailing rate is; the week before 1 March is
    # February's.
    ("in the past week", datetime.date(2025, 3, 2), "2025-03"),
    ("in the past week", datetime.date(2025, 3, 1), "2025-02"),
    ("over the past 20-plus days", datetime.date(2025, 3, 25), "2025-03"),
    ("over the next decade", datetime.date(2025, 3, 25), "2026..2035"),
    ("over the past 10 weeks", datetime.date(2025, 3, 2), "2024-12..2025-03"),
])
def test_runs_of_days_before_and_of_years_after_the_briefing_are_dated(phrase, when, expected):
    refs = find_time_refs(phrase, 0, len(phrase), when, profile=english())
    assert [r.period for r in refs] == [expected]


@pytest.mark.parametrize("phrase", ["the last week of the season", "the last two weeks of the tender",
                                    "in the last days of the strike"])
def test_the_last_weeks_of_something_else_are_not_the_days_before_the_briefing(phrase):
    assert not find_time_refs(phrase, 0, len(phrase), DATE, profile=english())


def test_a_week_before_the_briefing_dates_the_figures_it_frames(nlp):
    text = "In the past week, the clinics gave 12,000 flu shots and the hotline took 3,400 calls."
    assert period(nlp, text, "12,000") == "2025-03"
    assert period(nlp, text, "3,400") == "2025-03"
    assert period(nlp, "The port handled 40,000 containers last week.", "40,000") == "2025-03"


@pytest.mark.parametrize("phrase,expected", [
    # DATE is Thursday 20 March 2025.
    ("on Tuesday", "2025-03"),
    ("last Friday", "2025-03"),
    ("on Monday", "2025-03"),
])
def test_a_day_of_the_week_is_the_latest_such_day(phrase, expected):
    refs = find_time_refs(phrase, 0, len(phrase), DATE, profile=english())
    assert [r.period for r in refs] == [expected]


def test_a_day_of_the_week_across_a_months_end():
    saturday = datetime.date(2025, 3, 1)
    text = "On Thursday the board met. Next Thursday the board meets again."
    first, second = find_time_refs(text, 0, text.index(".") + 1, saturday, profile=english()), find_time_refs(
        text, text.index(".") + 2, len(text), saturday, profile=english())
    assert [r.period for r in first] == ["2025-02"]  # the Thursday before
    assert [r.period for r in second] == ["2025-03"]  # the Thursday to come


@pytest.mark.parametrize("phrase", ["every Monday", "on a Sunday", "open Monday through Friday", "on Mondays",
                                    "the Black Friday sales"])
def test_a_day_of_the_week_as_a_habit_or_a_name_is_no_time(phrase):
    assert not find_time_refs(phrase, 0, len(phrase), DATE, profile=english())


def test_a_day_of_the_week_after_a_recognised_person_or_body_is_said_of_it(nlp):
    # The recogniser ends the name before the day: the day is when the act happened, not part of a name.
    assert period(nlp, "Commissioner Okafor Wednesday approved 120 new buses.", "120") == "2025-03"
    assert period(nlp, "The Bundesbank Monday cut its forecast to 0.3 percent.", "0.3 percent") == "2025-03"
    # A capitalised word the recogniser does not end a name with still makes the day part of a name, and so
    # does a body's name with a day and no verb after it (a show's name).
    assert period(nlp, "Shoppers spent $9 billion on Cyber Monday deals.", "$9 billion") is None
    assert period(nlp, "The mayor has been on Channel Nine Sunday three times.", "three times") is None


def test_a_day_of_the_week_dates_its_clause_and_a_participle_on_the_figures_noun(nlp):
    assert period(nlp, "On Tuesday, the ministry fined 14 airlines.", "14") == "2025-03"
    assert period(nlp, "The agency counted 210 complaints filed on Monday.", "210") == "2025-03"
    assert period(nlp, "The league logged 35 injuries reported yesterday.", "35") == "2025-03"
    # Counted back from the briefing, it dates the announcing, not the plan announced, and is not carried on.
    assert period(nlp, "On Monday, the mayor announced that the city will spend $40 million on pipes.",
                  "$40 million") is None


def test_a_time_on_the_figures_own_noun_comes_before_the_clauses(nlp):
    text = "In March the club counted 1,200 season tickets sold in February."
    assert period(nlp, text, "1,200") == "2025-02"


def test_a_time_told_by_an_event_stops_the_carried_period(nlp):
    text = ("Ticket sales rose 9 percent in 2024. That compares with 300 tickets a day during the first weeks "
            "of the old stadium's closure.")
    assert period(nlp, text, "300") is None


def test_a_time_that_qualifies_another_clauses_noun_does_not_date_the_figure(nlp):
    text = ("A quarter of shop owners expect higher costs, and nearly 2,500 firms lack confidence that they will "
            "cover next month's payroll.")
    assert period(nlp, text, "2,500") is None


def test_how_long_a_run_of_days_is_dated_by_one_month_is_a_setting():
    phrase, when = "in the past week", datetime.date(2025, 3, 2)
    spans = PeriodConfig(days_in_one_month=0)
    assert [r.period for r in find_time_refs(phrase, 0, len(phrase), when, profile=english(), config=spans)] == [
        "2025-02..2025-03"]


def test_a_span_of_time_is_not_dated_by_where_its_participle_says_it_ends(nlp):
    assert period(nlp, "The club has 45 days left before the transfer window closes in June.", "45 days") is None


def test_a_time_that_opens_the_next_figures_clause_is_not_the_first_figures(nlp):
    # The second clause leaves out its verb ("and over the last 12 weeks [we hired] 300 teachers"): the parser
    # may hang its time on the first verb, but a time another figure follows at once is that figure's.
    text = "Over the past two weeks we hired 60 nurses, and over the last 12 weeks 300 teachers."
    assert period(nlp, text, "60") == "2025-03"
    assert period(nlp, text, "300") == "2024-12..2025-03"


def test_a_gap_measured_against_a_compared_value_takes_not_that_values_time(nlp):
    # The gap is how far the rate of January stands from last year's peak: the peak's "a year earlier" dates
    # the peak, not the gap.
    text = ("The harbour's berth fee was 3.4 percent in February, about 2 percentage points "
            "under its high a year earlier.")
    assert period(nlp, text, "3.4 percent") == "2025-02"
    assert period(nlp, text, "2 percentage points") == "2025-02"


def test_a_target_hung_under_its_noun_has_no_period(nlp):
    text = "The bank says prices are currently on track to reach its 3% target medium-term."
    assert period(nlp, text, "3%") is None


def test_an_ordinal_whose_noun_is_left_out_is_the_quarter_named_before_it(nlp):
    text = "Retail sales at the port grew 3.1 per cent in the fourth quarter of 2024 from 2.4 per cent in the third."
    assert period(nlp, text, "3.1 per cent") == "2024-Q4"
    assert period(nlp, text, "2.4 per cent") == "2024-Q3"
    alone = "The team finished in the second."
    assert [r.period for r in find_time_refs(alone, 0, len(alone), DATE, profile=english())] == [None]


def test_a_time_said_before_stops_the_briefings_day_from_dating_what_was_done(nlp):
    text = ("Today the mayor laid a wreath at the harbour. She named the 11 fishermen who were lost on that day. "
            "The council approved 40 grants.")
    assert period(nlp, text, "11") is None
    assert period(nlp, text, "40") == "2025-03"


def test_a_month_abbreviation_in_capitals_without_a_day_is_an_acronym(nlp):
    text = "Nobody on the board should treat any single SEP as fixed for 90 days."
    assert [r.period for r in find_time_refs(text, 0, len(text), DATE, profile=english())] == []
    text = "Sales rose 4 percent in SEP 2024."
    assert period(nlp, text, "4 percent") == "2024-09"


def test_a_time_describing_a_noun_after_the_figure_dates_that_noun(nlp):
    text = "Ferry traffic has grown by 12 percent, well above the forecast that the port authority published in May."
    assert period(nlp, text, "12 percent") is None
    text = "The 30 buses that the city bought in May cost $9 million."
    assert period(nlp, text, "$9 million") == "2024-05"
    text = "These 40 ferries carry 12 percent of the passengers counted by the port in January."
    assert period(nlp, text, "12 percent") == "2025-01"


def test_a_sentence_whose_pronoun_subject_restates_the_one_before_takes_its_running_period(nlp):
    text = "The stadium's debt rises again next year. It is 14 million euros. Season tickets cost 300 euros."
    assert period(nlp, text, "14 million euros") == "2026"
    assert mechanism(nlp, text, "14 million euros") == "carried-to-restatement"
    # Only the sentence right after: a running period frames nothing further on.
    assert period(nlp, text, "300 euros") is None
    # What the pronoun is set beside is not restated.
    beside = "The stadium's debt rises again next year. This is in addition to the 9 million euros owed to the city."
    assert period(nlp, beside, "9 million euros") is None
    # A plural pronoun stands for things named before, not for what the sentence said.
    assert period(nlp, "The stadium's debt rises again next year. They have cut 40 jobs.", "40") is None


def test_a_year_that_is_someones_is_no_calendar_year(nlp):
    text = "Burglaries fell 30 percent during the mayor’s last year in office."
    assert period(nlp, text, "30 percent") is None
    text = "In her last year as coach, the club won 21 matches."
    assert period(nlp, text, "21") is None
    assert period(nlp, "Last year the club won 21 matches.", "21") == "2024"


def test_a_figure_in_the_speakers_aside_on_what_was_done_is_dated_by_the_day(nlp):
    text = ("This morning the fire service finished its sweep. Crews checked the old warehouses — I think 40 "
            "buildings in all — and sealed 12 of them.")
    assert period(nlp, text, "40") == "2025-03"
    assert mechanism(nlp, text, "40") == "present-carried-to-past-act"
    # An aside on no act ("I think 30 mines") takes nothing.
    assert period(nlp, "Today the coast guard met. I think 30 mines.", "30") is None


def test_a_run_of_months_to_the_briefing_does_not_take_over_the_month_a_paragraph_reports_on(nlp):
    text = ("The city issued 900 permits in January. The 1,200 permits issued in February mark steady progress. We "
            "have issued an average of 1,000 permits a month over the past three months. And we saw 300 permits "
            "for new homes.")
    assert period(nlp, text, "1,000") == "2024-12..2025-02"
    assert period(nlp, text, "300") == "2025-02"


def test_it_before_another_verb_than_a_copula_stands_for_a_thing_not_what_was_said(nlp):
    # "It" restates the sentence before only as a copula's subject; otherwise it is the thing named there.
    assert period(nlp, "The new ferry enters service next year. It cost 90 million pounds.",
                  "90 million pounds") is None
    assert period(nlp, "Attendance climbs again next year. It is 12,000 a game.", "12,000") == "2026"


def test_an_elided_quarter_counts_back_as_a_comparison_and_forwards_in_a_list(nlp):
    text = "Output grew 0.3 per cent in the first quarter of 2025 after 0.6 per cent in the fourth."
    assert period(nlp, text, "0.6 per cent") == "2024-Q4"  # the quarter before, not one still to come
    text = "Fare revenue fell 4 percent in the fourth quarter of 2024 and rose 6 percent in the first."
    assert period(nlp, text, "6 percent") == "2025-Q1"


@pytest.mark.parametrize("text,span", [
    # ("under a week away", the distance from now to an event, is no figure at all: test_quantities_noise)
    ("The club's cup final is next Sunday, six days after the semi-final.", "six days"),
    ("The council is halfway through May and three months into its new term.", "three months"),
    ("The port still has about a month before its licence vote on April 30th.", "a month"),
])
def test_a_span_between_two_times_is_dated_by_neither(nlp, text, span):
    assert period(nlp, text, span) is None


def test_a_span_of_time_is_dated_by_a_day_or_a_month_not_by_the_year_it_is_counted_in(nlp):
    assert period(nlp, "The council debated the budget for five hours yesterday.", "five hours") == "2025-03"
    assert period(nlp, "In 2024 the central bank held its rate steady for the longest run in three decades.",
                  "three decades") is None


def test_the_days_act_does_not_date_a_relative_clause_but_a_state_now_does(nlp):
    assert period(nlp, "Today the mayor toured a port that handles 40 percent of the region's trade.",
                  "40 percent") is None
    assert period(nlp, "Right now we are working with a club that has 300 members.", "300") == "2025-03"


def test_a_marker_of_the_present_in_another_clause_does_not_date_a_plan(nlp):
    text = "The depot has refitted 600 trams so far, and the city hopes to refit another 900."
    assert period(nlp, text, "600") == "2025-03"
    assert period(nlp, text, "900") is None
    assert period(nlp, "Today we plan to hire 250 teachers.", "250") is None


@pytest.mark.parametrize("text,span", [
    ("Since the mayor took office in January, burglaries are down 20 percent.", "20 percent"),
    ("Bus fares are five times higher than they were in 2019.", "five times"),
    ("Ten clubs are at their lowest attendance since the league began in 1976.", "Ten"),
])
def test_a_time_in_a_clause_opened_by_since_or_than_does_not_date_the_figure(nlp, text, span):
    assert period(nlp, text, span) is None


def test_only_a_plan_said_as_one_loses_the_present_marker_of_another_clause(nlp):
    assert period(nlp, "To date, the crews have been able to repair more than 630 bridges.", "630") == "2025-03"
    assert period(nlp, "Today the league is using its rule book to dock points from 21 clubs.", "21") == "2025-03"
    assert period(nlp, "Today we are using our licensing powers to withdraw permits from 21 ferry operators.",
                  "21") == "2025-03"


def test_a_run_of_months_from_one_month_through_another_is_the_span(nlp):
    text = "From last June through October, city hall trimmed the parking fee by 40 cents."
    assert period(nlp, text, "40 cents") == "2024-06..2024-10"
    assert period(nlp, "The club sold 40,000 tickets from June until August.", "40,000") == "2024-06..2024-08"


def test_a_past_time_of_another_clause_does_not_date_a_state_told_in_the_present(nlp):
    # Not May's: "still" tells the state as current, the briefing's month (current_state.py).
    text = "More residents voted in May than in April, but there are still 80,000 people who are not registered."
    assert period(nlp, text, "80,000") == "2025-03"
    text = "More residents were registered in May than in April, but there are still 80,000 people who are not."
    assert period(nlp, text, "80,000") == "2025-03"
    assert period(nlp, "Exports rose in 2024 to 25 trillion yuan, which is 7 percent more.", "7 percent") == "2024"


def test_a_relative_clause_on_a_thing_is_not_dated_by_the_main_clauses_time(nlp):
    assert period(nlp, "The clean-air act, which cut over 100 million tons of emissions, was passed in 2020.",
                  "100 million tons") is None
    assert period(nlp, "We opened 12 clinics in 2024, which served 40,000 patients.", "40,000") == "2024"


def test_a_past_clause_on_the_figures_own_noun_still_dates_a_present_one(nlp):
    text = "The total covers 45 million euros in grants that the ministry announced at the trade fair in September."
    assert period(nlp, text, "45 million euros") == "2024-09"


def test_a_relative_clause_that_gives_a_level_is_dated_like_its_noun(nlp):
    assert period(nlp, "The council voted today on the tourist tax, which remains at 3 percent.",
                  "3 percent") == "2025-03"
    text = ("The main drag on growth this year is the new budget rule, which the treasury estimates is about 1"
            " percentage point of growth.")
    assert period(nlp, text, "1 percentage point") == "2025"
    text = "In February we provided 40 million euros in aid, including food aid to feed 125,000 people."
    assert period(nlp, text, "125,000") == "2025-02"


def test_a_second_predicate_of_the_same_subject_keeps_the_first_ones_time(nlp):
    text = "The harbour's vacancy rate edged up in August but remains modest at 2.6 percent."
    assert period(nlp, text, "2.6 percent") == "2024-08"


def test_a_relative_clause_on_a_thing_keeps_an_opening_time_and_one_of_the_figures_own_phrase(nlp):
    text = ("On May 4, 1971, the harbour master sent a crew that freed a ferry which had been hemmed in by nearly 100"
            " fishing boats.")
    assert period(nlp, text, "100") == "1971-05"
    text = ("The ministry is pressing the contractor to hurry the rate at which it hands over the 2,000 laptops,"
            " which are owed by the end of June.")
    assert period(nlp, text, "2,000") == "2025-06"


def test_a_time_of_a_clause_that_holds_the_figure_still_dates_it(nlp):
    text = "The museum, which got a state loan in 2016 to restore two old ferries, reopens today."
    assert period(nlp, text, "two") == "2016"


def test_a_past_clause_on_the_subject_still_dates_a_present_one(nlp):
    assert period(nlp, "The club's record crowd, which it drew in 2019, is 40,000 fans.", "40,000") == "2019"


def test_a_past_time_does_not_date_a_present_passive_state(nlp):
    text = "More fans bought tickets in May than in April, but 9,000 seats are still not sold."
    assert period(nlp, text, "9,000") is None


def test_a_comma_after_a_time_inside_the_sentence_makes_it_no_opening(nlp):
    # Only a time whose phrase opens the sentence frames every clause; a comma after a later one changes nothing.
    assert period(nlp, "Ferry traffic fell in October, and the fare is at 4 euros.", "4 euros") is None
    assert period(nlp, "In October, ferry traffic fell and the fare is at 4 euros.", "4 euros") == "2024-10"


def test_a_relative_clause_on_an_object_tells_of_the_same_event(nlp):
    # "opened a depot that served 300 buses": what the depot did is dated by when it was opened.
    assert period(nlp, "In June the city opened a depot that served 300 buses.", "300") == "2024-06"


def test_a_span_of_time_is_dated_by_the_year_its_clause_states(nlp):
    assert period(nlp, "The dock strike lasted three weeks in 2023.", "three weeks") == "2023"


@pytest.mark.parametrize("phrase,when,expected", [
    # "the past month" is the thirty days before the briefing, dated by the month that holds most of them,
    # not the calendar month before.
    ("ridership is up 4 percent in the last month", datetime.date(2025, 3, 20), "2025-03"),
    ("over the past month the harbour took 900 ships", datetime.date(2025, 3, 20), "2025-03"),
    ("over the past month", datetime.date(2025, 3, 1), "2025-02"),
    ("over the past month", datetime.date(2025, 3, 6), "2025-02"),
    # Without the article it is still the calendar month before.
    ("the league sold 9,000 tickets last month", datetime.date(2025, 3, 20), "2025-02"),
    ("fares rose this last month", datetime.date(2025, 3, 20), "2025-02"),
])
def test_the_past_month_is_the_thirty_days_before_the_briefing(phrase, when, expected):
    refs = [r for r in find_time_refs(phrase, 0, len(phrase), when, profile=english()) if r.period]
    assert [r.period for r in refs] == [expected]


def test_the_last_month_of_a_stretch_is_no_run_before_the_briefing():
    phrase = "in the last month of the season"
    assert [r.name for r in find_time_refs(phrase, 0, len(phrase), DATE, profile=english())] != ["past_month"]


@pytest.mark.parametrize("phrase,when,expected", [
    # "next" names the coming such month: said in that very month, it is the one a year on.
    ("the ministry aims to vaccinate 60 percent by next March", datetime.date(2025, 3, 20), "2026-03"),
    ("the club opens its new stand next August", datetime.date(2025, 3, 20), "2025-08"),
    ("the board meets again next January", datetime.date(2025, 3, 20), "2026-01"),
])
def test_next_and_a_month_name_is_the_first_such_month_after_the_briefing(phrase, when, expected):
    refs = [r for r in find_time_refs(phrase, 0, len(phrase), when, profile=english()) if r.period]
    assert [r.period for r in refs] == [expected]


def test_a_bracketed_correction_replaces_the_spoken_year(nlp):
    text = "The council agreed to plant 20,000 trees in the autumn of 2023 [2024]."
    assert [r.period for r in find_time_refs(text, 0, len(text), DATE, profile=english()) if r.period] == ["2024"]
    assert period(nlp, text, "20,000") == "2024"
    # Two times in brackets that are no correction of the one before stay.
    text = "Fares rose 3 percent in 2023 and [in] 2024."
    assert [r.period for r in find_time_refs(text, 0, len(text), DATE, profile=english()) if r.period] == [
        "2023", "2024"]
