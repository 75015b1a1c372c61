"""Period classes of issue 22 (item 7) on unseen wording: a rolling year dates a rate, not a total; a figure
pointed back at takes the time it was said with; readings of a series chained by "to" are the next periods;
a rate over a run of months ending at the latest data is dated by the month before the briefing."""
from __future__ import annotations

import datetime

import pytest

from extractor.lang.profile import english
from extractor.quantities import extract_quantities
from extractor.quantities.periods import _root, find_time_refs, next_period

DATE = datetime.date(2025, 3, 20)


@pytest.fixture
def parse(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


def dated(parse, text, span, nth=0):
    qs = [q for q in extract_quantities(parse(text), doc_date=DATE, profile=english()) if q.text == span]
    return qs[nth].period, qs[nth].evidence.period.mechanism


# A rolling year: a 12-month rate by its last month, a total or a count of the year by nothing.
def test_a_total_over_the_past_year_is_not_dated_by_one_month(parse):
    text = "The housing agency has handed out $48 million in repair grants over the past year."
    assert dated(parse, text, "$48 million") == (None, "rolling-year-total")


def test_a_count_in_the_last_year_is_not_dated_by_one_month(parse):
    text = "The fire brigade answered 1,200 calls in the last year."
    assert dated(parse, text, "1,200")[0] is None


def test_a_rate_over_the_past_year_keeps_its_last_month(parse):
    text = "Bus fares are up 4.2 percent over the past year."
    assert dated(parse, text, "4.2 percent")[0] == "2025-02"


# A figure a definite or demonstrative determiner points back at.
def test_the_figure_pointed_back_at_takes_the_time_it_was_said_with(parse):
    # "this year" is still running: no later sentence inherits it, but the figure pointed back at is the same.
    text = ("The port authority has cut its debt by $900 million this year. Rating agencies have welcomed the "
            "news. Critics say the $900 million came mostly from selling land.")
    assert dated(parse, text, "$900 million", nth=1) == ("2025", "restated-figure")


def test_an_indefinite_figure_of_the_same_size_is_another(parse):
    text = ("The port authority has cut its debt by $900 million this year. Rating agencies have welcomed the "
            "news. A buyer offered $900 million for the terminal.")
    assert dated(parse, text, "$900 million", nth=1)[0] is None


def test_a_projection_is_not_lent_to_a_later_mention(parse):
    text = ("The league expects ticket sales of $30 million a year over the next five years. "
            "Owners doubt the $30 million is realistic.")
    assert dated(parse, text, "$30 million", nth=1)[0] is None


def test_a_question_pointing_back_at_the_decided_move_takes_its_day(parse):
    text = ("Today we decided to raise our policy rate by 50 basis points. "
            "What argued for that 50 basis point hike?")
    assert dated(parse, text, "50 basis point") == ("2025-03", "restated-move")


def test_a_question_weighing_another_move_stays_undated(parse):
    text = ("Today we decided to raise our policy rate by 50 basis points. "
            "Could members have chosen 50 basis points more?")
    assert dated(parse, text, "50 basis points", nth=1)[0] is None


# Readings of a series chained by "to".
def test_readings_chained_after_a_month_are_the_next_months(parse):
    text = "The regional jobless rate went from 6.1% in October to 5.8% and then to 5.6%."
    assert dated(parse, text, "6.1%")[0] == "2024-10"
    assert dated(parse, text, "5.8%") == ("2024-11", "series-step")
    assert dated(parse, text, "5.6%") == ("2024-12", "series-step")


def test_the_end_of_a_change_from_a_dated_reading_is_not_the_next_month(parse):
    # Two readings name a change's ends; its end is the latest reading, not the month after the start.
    text = "The harbour's vacancy rate rose from 3.5% in January to 4.2%."
    assert dated(parse, text, "3.5%")[0] == "2025-01"
    assert dated(parse, text, "4.2%") == (None, "start-of-change-time")


def test_next_period_steps_months_and_quarters_only():
    assert next_period("2024-12") == "2025-01"
    assert next_period("2024-Q4") == "2025-Q1"
    assert next_period("2024") is None
    assert next_period("2024-01..2024-03") is None


# A rate over a run of months ending at the latest data.
def test_a_year_over_year_rate_said_as_now_is_the_month_before(parse):
    text = "Rents in the capital are now 3.4 percent higher year over year, the statistics office said."
    assert dated(parse, text, "3.4 percent") == ("2025-02", "latest-reading")


def test_an_annualized_run_with_no_time_is_the_month_before(parse):
    text = "Core prices show a three-month annualized rate of 2.7 percent."
    assert dated(parse, text, "2.7 percent")[0] == "2025-02"


def test_a_run_in_another_clause_does_not_date_the_figure(parse):
    text = "Fuel costs have fallen 12 percent, while wages are growing on a year-over-year basis."
    assert dated(parse, text, "12 percent")[0] != "2025-02"


def test_a_planned_rate_is_not_the_latest_reading(parse):
    text = "The bank expects inflation to settle at 2.5 percent year over year."
    assert dated(parse, text, "2.5 percent")[0] != "2025-02"


# Baselines: a time a figure is compared with does not date it.
def test_a_month_read_with_the_full_stop_is_headed_by_the_month(parse):
    # "than it was in November.": the month pattern takes an abbreviation's dot; the parse of the phrase (a
    # baseline under "than") must be read from the month, not from the full stop hung on the sentence's root.
    text = "Ferry riders pay a fare that is almost three times higher than it was in November."
    doc = parse(text)
    (ref,) = [r for r in find_time_refs(text, 0, len(text), DATE, profile=english()) if r.period]
    assert text[ref.start:ref.end] == "November."
    assert _root(doc, ref.start, ref.end).text == "November"


def test_a_false_start_between_from_and_the_time_keeps_it_a_baseline(parse):
    text = "Wait times at the clinic are up 40 percent from a mon- — last November."
    assert dated(parse, text, "40 percent")[0] != "2024-11"


def test_a_gerund_the_verb_reports_is_dated_by_its_time(parse):
    text = "Nearly 4,000 tenants reported being behind on rent in the first half of February."
    assert dated(parse, text, "4,000")[0] == "2025-02"


def test_a_span_of_months_in_a_sentence_that_looks_ahead_is_the_coming_one():
    # Said in March 2025: the ministry will raise quotas for April and May of this year, not of last year.
    text = "The ministry will raise fishing quotas for April and May by 10 percent."
    refs = [r for r in find_time_refs(text, 0, len(text), DATE, profile=english()) if r.period]
    assert [r.period for r in refs] == ["2025-04..2025-05"]



def test_no_later_than_is_a_deadline_not_a_baseline(parse):
    text = "The water board will connect 30,000 homes no later than mid-September, the mayor said."
    assert dated(parse, text, "30,000")[0] == "2025-09"


def test_a_rate_pointed_back_at_is_not_restated(parse):
    text = ("Turnout reached 60 percent in 2024. Parties hope to do better. "
            "Is the 60 percent a realistic benchmark?")
    assert dated(parse, text, "60 percent", nth=1)[0] is None


# A count or a fractional rate said again in the same words (issue 22, per12).
def turns(parse, *parts):
    """The figures of a text of several speakers' turns (a period carries within a turn only)."""
    text = " ".join(parts)
    starts, at = [], 0
    for part in parts:
        starts.append(at)
        at += len(part) + 1
    return extract_quantities(parse(text), doc_date=DATE, boundaries=starts[1:], profile=english())


def nth_dated(qs, span, nth):
    q = [q for q in qs if q.text == span][nth]
    return q.period, q.evidence.period.mechanism


SIGNED = "Last month the football club signed 14 youth players from the academy."


def test_a_count_said_again_with_its_noun_takes_the_time_it_was_said_with(parse):
    qs = turns(parse, SIGNED, "How many came through?", "So, yes, 14 players came through.")
    assert nth_dated(qs, "14", 1) == ("2025-02", "restated-count")


def test_a_count_of_another_noun_is_another_figure(parse):
    qs = turns(parse, SIGNED, "And the fans?", "Season-ticket holders sent 14 letters of complaint.")
    assert nth_dated(qs, "14", 1)[0] is None


def test_a_small_count_said_again_far_away_is_not_taken_for_the_same(parse):
    # Nearby (the next turn) a small count is restated; several turns on, the same words tell another thing.
    first = "In January the city hall hired three wardens for the old town."
    qs = turns(parse, first, "And the harbour?", "Yes, three wardens patrol the harbour at night.")
    assert nth_dated(qs, "three", 1) == ("2025-01", "restated-count")
    qs = turns(parse, first, "And the parks?", "The parks are calm.", "And the harbour?", "It is busy.",
               "What does a night shift take?", "Frankly, three wardens patrol the harbour at night.")
    assert nth_dated(qs, "three", 0)[0] == "2025-01"
    assert nth_dated(qs, "three", 1)[1] != "restated-count"
    # A count said back as a bare noun phrase can only repeat, however far.
    qs = turns(parse, first, "And the parks?", "The parks are calm.", "And the harbour?", "It is busy.",
               "How many wardens again?", "Well, three wardens, I believe.")
    assert nth_dated(qs, "three", 1) == ("2025-01", "restated-count")


def test_a_count_a_need_or_a_plan_asks_for_is_not_the_one_said_before(parse):
    qs = turns(parse, "In 2021 the county shut 25 libraries.", "What now?",
               "Our strategy calls for 25 libraries, and the county needs 25 libraries.")
    assert nth_dated(qs, "25", 0)[0] == "2021"
    assert nth_dated(qs, "25", 1)[1] != "restated-count"
    assert nth_dated(qs, "25", 2)[1] != "restated-count"


def test_a_planned_count_is_not_the_one_said_before(parse):
    qs = turns(parse, SIGNED, "And next year?", "Next spring the club will sign 14 players again.")
    assert nth_dated(qs, "14", 1)[1] != "restated-count"


def test_a_count_said_again_refines_the_year_its_turn_carries(parse):
    # The answer's year frames its later sentences; the same count said before with its month is narrower.
    qs = turns(parse, "In December the ministry of health closed 17 clinics for breaches.", "Why?",
               "In 2024 the ministry inspected 930 clinics. Inspectors found that 17 clinics broke the rules.")
    assert nth_dated(qs, "930", 0)[0] == "2024"
    assert nth_dated(qs, "17", 1) == ("2024-12", "restated-count")


def test_a_fractional_rate_of_the_same_measure_takes_its_reading_time(parse):
    qs = turns(parse, "The statistics bureau said joblessness in the province fell to 5.3 percent in January.",
               "Is that enough?", "Of course 5.3 percent joblessness is still too high for the north.")
    assert nth_dated(qs, "5.3 percent", 1) == ("2025-01", "restated-reading")


@pytest.mark.parametrize("later", [
    # A round rate is mostly a benchmark or a target.
    "Of course 5 percent joblessness is what the ministry aims for.",
    # A rate of another measure.
    "Mortgage arrears stood at 5.3 percent.",
])
def test_a_round_rate_or_another_measure_is_not_restated(parse, later):
    first = "5 percent" if later.startswith("Of course 5 ") else "5.3 percent"
    qs = turns(parse, f"The statistics bureau said joblessness in the province fell to {first} in January.",
               "Is that enough?", later)
    assert nth_dated(qs, first, 1)[1] != "restated-reading"


# A target reached at a time a plan or a projection states (issue 22, per12).
@pytest.mark.parametrize("text,span,period", [
    ("On the board's central path, prices should settle at our 2% goal during 2026.", "2%", "2026"),
    ("The ministry says the deficit should return to its 3 percent goal by the end of 2027.", "3 percent",
     "2027-Q4"),
])
def test_a_target_reached_at_a_stated_time_takes_that_time(parse, text, span, period):
    assert dated(parse, text, span) == (period, "target-reached-at-time")


@pytest.mark.parametrize("text,span", [
    # The time dates an act on the target, or the target is what is acted on.
    ("The football league adopted its 3 percent spending target in 2019.", "3 percent"),
    ("The ministry will review its 3 percent deficit target in 2026.", "3 percent"),
    # Not a plan: what was.
    ("Inflation was back at the central bank's 2 percent target in 2019.", "2 percent"),
    # No time of its own.
    ("City hall will get to its 40 percent goal.", "40 percent"),
    # A question or a condition weighs reaching it.
    ("Will the club be at its 5 percent wage-bill goal in 2026?", "5 percent"),
    ("If the council were at its 25 percent recycling goal in 2027, the levy would fall.", "25 percent"),
])
def test_a_target_with_no_reaching_at_a_stated_time_keeps_no_period(parse, text, span):
    assert dated(parse, text, span) == (None, "timeless-measure")


def test_a_total_since_a_start_lends_no_period_to_its_restatement(parse):
    # "now" marks the present, but a total since a start is an open span, which has no period.
    qs = turns(parse, "As of now, since taking office, the mayor has committed $48 million to the parks.",
               "And the parks?", "The $48 million we have committed is being spent on playgrounds.")
    assert nth_dated(qs, "$48 million", 1)[0] is None


# A figure a copula equates with another (issue 22, per12).
def test_a_figure_equated_with_a_dated_one_takes_its_period(parse):
    qs = turns(parse, "The water board has saved $40 million this year.", "What does that mean for households?",
               "The $40 million is $400 per resident.")
    assert nth_dated(qs, "$40 million", 1) == ("2025", "restated-figure")
    assert nth_dated(qs, "$400", 0) == ("2025", "equated-with-figure")


def test_a_doubled_that_before_a_figure_points_back(parse):
    # Standard English, not a slip: the complementizer "that" then the demonstrative "that", which the parser
    # reads as two conjunctions.
    qs = turns(parse, "The water board has saved $40 million this year.", "Critics will reply that that "
               "$40 million is small next to the cost of the new reservoir.")
    assert nth_dated(qs, "$40 million", 1) == ("2025", "restated-figure")


def test_a_figure_the_subject_is_compared_with_is_not_equated(parse):
    qs = turns(parse, "The water board has saved $40 million this year.", "And the harbour?",
               "The harbour board's budget is bigger than the $40 million.")
    assert nth_dated(qs, "$40 million", 1)[1] != "equated-with-figure"


def test_a_count_of_another_noun_pointed_back_at_is_another_set(parse):
    qs = turns(parse, "Today the 12 regional directors of the health ministry met in Oslo.", "And the regions?",
               "Each of the 12 regions runs its own hospitals.")
    assert nth_dated(qs, "12", 0)[0] == "2025-03"
    assert nth_dated(qs, "12", 1)[0] is None


def test_a_rate_beside_a_year_is_not_restated_as_a_reading(parse):
    qs = turns(parse, "The statistics bureau said joblessness in the province fell to 5.3 percent in 2024.",
               "Is that enough?", "Of course 5.3 percent joblessness is still too high for the north.")
    assert nth_dated(qs, "5.3 percent", 0)[0] == "2024"
    assert nth_dated(qs, "5.3 percent", 1)[1] != "restated-reading"


def test_a_fractional_rate_said_again_far_away_is_not_its_reading(parse):
    # Several turns on, the same rate is mostly a statement in general ("a 3.7 percent rise is too fast").
    qs = turns(parse, "Bus fares in the region climbed 3.7 percent in the second quarter.", "And trams?",
               "Trams are cheaper.", "And ferries?", "Ferries too.", "Is that sustainable?",
               "A climb in bus fares of 3.7 percent is not in line with our goal.")
    assert nth_dated(qs, "3.7 percent", 0)[0] == "2024-Q2"
    assert nth_dated(qs, "3.7 percent", 1)[1] != "restated-reading"
