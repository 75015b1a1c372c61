"""Quantity extraction on short parsed sentences: units, counted nouns, kind, direction, entity, period."""
from __future__ import annotations

import datetime

import pytest

from extractor.lang.profile import english
from extractor.quantities import extract_quantities

DATE = datetime.date(2025, 1, 13)


@pytest.fixture
def nlp(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


def run(nlp, text, **kw):
    return extract_quantities(nlp(text), doc_date=kw.pop("doc_date", DATE), profile=english(), **kw)


def one(nlp, text, span):
    """The record whose text is ``span``."""
    qs = [q for q in run(nlp, text) if q.text == span]
    assert len(qs) == 1, [q.text for q in run(nlp, text)]
    return qs[0]


def test_conversion_in_parentheses_is_linked_and_positive(nlp):
    qs = run(nlp, "We surpassed the 42 trillion yuan ($5.74 trillion) threshold.")
    yuan, usd = qs
    assert (yuan.unit, usd.unit, usd.value) == ("CNY", "USD", 5.74e12)
    assert usd.converts == yuan.id and usd.approx == yuan.approx == "over"
    assert (yuan.id, usd.id) == ("q1", "q2")


def test_percentage_point_is_not_percent(nlp):
    q = one(nlp, "Their share of total exports increased by 0.9 percentage point.", "0.9 percentage point")
    assert (q.unit, q.kind, q.direction) == ("pp", "change", "up")


def test_counted_noun_is_kept(nlp):
    q = one(nlp, "Lithium battery exports reached 3.91 billion units last year.", "3.91 billion")
    assert (q.unit, q.value, q.counted) == ("count", 3.91e9, "units")


def test_nearly_keeps_its_qualifier(nlp):
    q = one(nlp, "In 2024, nearly 700,000 business entities engaged in foreign trade.", "700,000")
    assert (q.approx, q.unit, q.counted, q.period) == ("nearly", "count", "business entities", "2024")


def test_clock_time_year_and_date_are_not_quantities(nlp):
    assert run(nlp, "The briefing began at 10 a.m. on Jan. 13, 2025, in Beijing.") == []


def test_a_key_is_not_a_quantity(nlp):
    assert run(nlp, "This is a key step for the country.") == []


def test_pronoun_one_is_not_a_quantity(nlp):
    assert run(nlp, "That is one of the reasons, and we do not focus on any one market.") == []


def test_from_to_gives_two_levels_with_the_subject_counted(nlp):
    qs = run(nlp, "The main import procedures have been reduced from 11 to eight.")
    assert [(q.value, q.kind, q.unit) for q in qs] == [(11, "level", "count"), (8, "level", "count")]
    assert all("procedures" in (q.counted or "") for q in qs)


def test_hyphen_range(nlp):
    q = run(nlp, "Clearance used to take 150-200 hours at the port.")[0]
    assert (q.value, q.low, q.high, q.unit, q.kind) == (None, 150, 200, "h", "level")


def test_fraction_range_of_a_policy_rate_is_a_level(nlp):
    q = run(nlp, "We kept the target range at 4¼ to 4½ percent.")[0]
    assert (q.low, q.high, q.unit, q.kind) == (4.25, 4.5, "%", "level")


@pytest.mark.parametrize("text,span,kind,direction", [
    ("Exports rose 7.1% to 25.5 trillion yuan last year.", "7.1%", "change", "up"),
    ("Exports rose 7.1% to 25.5 trillion yuan last year.", "25.5 trillion yuan", "level", None),
    ("Imports of crude oil dropped by 9% in the second half.", "9%", "change", "down"),
    ("The region's trade reached 34.95 trillion yuan, accounting for 79.7% of the national total.", "79.7%",
     "share", None),
    ("Offshore platform exports increased by 1.2 times.", "1.2 times", "multiple", None),
    ("The job vacancy rate declined to 2.5% in the third quarter.", "2.5%", "level", None),
    ("The Governing Council decided to lower the three key interest rates by 25 basis points.",
     "25 basis points", "change", "down"),
    ("The proposal cuts spending by more than a trillion dollars.", "a trillion dollars", "change", "down"),
    ("The number of certified companies rose by 612 compared to the end of 2023.", "612", "change", "up"),
    ("Processing trade was 7.4 percentage points higher than the national average.", "7.4 percentage points",
     "change", "up"),
])
def test_kind_and_direction(nlp, text, span, kind, direction):
    q = one(nlp, text, span)
    assert (q.kind, q.direction) == (kind, direction)


def test_counting_occurrences_is_a_count_of_times(nlp):
    q = one(nlp, "We have already cut interest rates four times, a total of 100 basis points.", "four times")
    assert (q.unit, q.counted, q.kind) == ("count", "times", "level")


def test_respectively_gives_each_country_its_figure(nlp):
    qs = run(nlp, "Bilateral trade grew, with trade with France, Spain and Hungary increasing by 2%, 4.5% and "
                  "12.9%, respectively.")
    assert [(q.value, q.entity) for q in qs] == [(2, "France"), (4.5, "Spain"), (12.9, "Hungary")]


def test_concept_contains_the_measured_thing(nlp):
    q = one(nlp, "Last year, the total value of imports and exports set a record high of 43.85 trillion yuan.",
            "43.85 trillion yuan")
    assert "imports and exports" in q.concept and q.period == "2024"


def test_period_of_first_months(nlp):
    q = one(nlp, "In the first 11 months, imports rose 2.3%.", "2.3%")
    assert q.period == "2024-01..2024-11"


def test_excluded_ranges_are_skipped(nlp):
    text = "Page 1 of 28 Inflation is 2.5 percent."
    assert [q.text for q in run(nlp, text, exclude=[(0, 12)])] == ["2.5 percent"]


def test_hyphenated_fraction_is_a_value_not_a_range(nlp):
    q = one(nlp, "They debated a three-quarter-point hike.", "three-quarter-point")
    assert (q.value, q.low, q.high, q.unit) == (0.75, None, None, "pp")


def test_descending_pairs_and_zero_padded_codes_are_not_ranges(nlp):
    assert run(nlp, "See the 05-04 meeting notes.") == []


def test_non_ascii_letters_glued_to_a_number_do_not_crash(nlp):
    assert run(nlp, "0À") == []


def test_a_number_after_an_invisible_word_joiner_is_part_of_a_name(nlp):
    assert run(nlp, "The COVID-\u206019 Response Team met.") == []


@pytest.mark.parametrize("text,kept", [
    ("Thousands of sites are open 24 hours a day.", ["24 hours"]),
    ("You will not see 1,000 deaths a day.", ["1,000"]),
    ("They ship about 26 to 40 million packages a day.", ["26 to 40 million"]),
    ("It would have taken 336 days, almost a year, to do it.", ["336 days", "a year"]),
])
def test_a_time_unit_after_a_counted_figure_is_its_denominator(nlp, text, kept):
    assert [q.text for q in run(nlp, text)] == kept


def test_a_bare_verb_concept_takes_its_for_phrase(nlp):
    q = one(nlp, "They were paying $700 a month for their insulin.", "$700")
    assert "insulin" in q.concept


def test_a_range_keeps_the_in_phrase_after_its_second_end(nlp):
    q = one(nlp, "We would generate between $200 billion and $400 billion in tax revenue.",
            "$200 billion and $400 billion")
    assert "tax revenue" in q.concept


def test_a_contracted_verb_is_no_concept(nlp):
    q = one(nlp, "For adults over 40, we’re at 75 percent.", "75 percent")
    assert q.concept is None or "’re" not in q.concept


def test_speaker_label_and_quarter_code_own_no_figure(nlp):
    qs = run(nlp, "DR. FAUCI:  So, the 70 percent is the first-dose benchmark.")
    assert qs and qs[0].entity is None
    q = one(nlp, "On an annual basis, looking Q4 over Q4, we expected real GDP to grow 2.6 percent last year.",
            "2.6 percent")
    assert q.entity is None


@pytest.mark.parametrize("text,span,value", [
    ("We have met the goal for all adults 30 and older.", "30", 30),
    ("For those ages 30 and above, 70 percent have at least one shot.", "30", 30),
    ("Positivity was higher among children 5 to 12.", "5 to 12", None),
    ("The work is not done among 18- to 29-year-olds.", "18- to 29-year", None),
])
def test_ages_are_in_years(nlp, text, span, value):
    q = one(nlp, text, span)
    assert (q.unit, q.kind, q.value) == ("yr", "level", value)


def test_fraction_in_two_words_is_a_plain_fraction(nlp):
    q = one(nlp, "Meanwhile inflation has fallen by two thirds.", "two thirds")
    assert (q.unit, q.kind, q.direction) == ("1", "change", "down")
    assert q.value == pytest.approx(2 / 3)


def test_fold_word_before_a_comparative_is_a_multiple(nlp):
    q = one(nlp, "They found a fivefold higher positivity among children.", "fivefold")
    assert (q.unit, q.kind, q.value) == ("times", "multiple", 5.0)
    assert run(nlp, "The focus of the trip is fourfold.") == []


@pytest.mark.parametrize("text,kept", [
    ("Is the topline number $7.- — $7.266 trillion?", ["$7.266 trillion"]),
    ("The rate in the budget year, which was ‘33, is 3.4 percent.", ["3.4 percent"]),
])
def test_false_starts_and_quoted_year_shorthand_are_not_quantities(nlp, text, kept):
    assert [q.text for q in run(nlp, text)] == kept


def test_by_a_count_without_any_change_word_is_an_agent(nlp):
    q = one(nlp, "What is your view on ownership of that company by one person?", "one")
    assert (q.kind, q.direction) == ("level", None)
    q = one(nlp, "The number of staff was reduced by 300 people.", "300")
    assert (q.kind, q.direction) == ("change", "down")


def test_entity_does_not_carry_across_a_turn_boundary(nlp):
    text = "The United States buys a lot. Canada is in a recession.\nCHAIR POWELL: Rates fell 50 basis points."
    carried = run(nlp, text)[0]
    reset = run(nlp, text, boundaries=[text.index("CHAIR")])[0]
    assert carried.entity == "Canada" and reset.entity is None


def test_a_place_the_figures_own_sentence_names_stops_the_carried_owner(nlp):
    # Sweden, said most, is the host country (never an owner); Denmark is the other place.
    text = ("Sweden's trade held up well in Sweden this year. The northern provinces had a strong season. "
            "Their exports rose 6 percent. Denmark is saying 3 percent is far too low.")
    carried, stopped = run(nlp, text)
    assert carried.entity == "northern provinces" and carried.evidence.entity.mechanism == "carried-from-stretch"
    assert stopped.entity is None and stopped.evidence.entity.mechanism == "other-place-in-sentence"
    assert text[stopped.evidence.entity.start:stopped.evidence.entity.end] == "Denmark"


def test_a_place_in_a_clause_of_its_own_does_not_stop_the_carried_owner(nlp):
    text = ("The northern provinces had a strong season. Their exports rose 6 percent. "
            "Their mills sold 12 percent more, and Danish buyers took most of it.")
    assert [q.entity for q in run(nlp, text)] == ["northern provinces", "northern provinces"]


def test_a_count_of_what_the_stretch_is_about_is_no_ones(nlp):
    text = ("Special economic zones are areas with lower tariffs and simpler customs. "
            "Today there are 14 special economic zones in the country.")
    q = one(nlp, text, "14")
    assert q.entity is None and q.evidence.entity.mechanism == "counts-the-carried-owner"


def test_a_reporters_self_introduction_owns_no_figure(nlp):
    for intro in ("Steve Liesman, CNBC.", "Howard Schneider with Reuters."):
        q = one(nlp, intro + " Might there be something larger than 50 basis points?", "50 basis points")
        assert q.entity is None


@pytest.mark.parametrize("text, span", [
    ("GDP grew -0.5 percent in the first quarter.", "-0.5 percent"),
    ("GDP growth was minus 0.5 percent last year.", "minus 0.5 percent"),
    ("Yields fell -0.5 basis points.", "-0.5 basis points"),
])
def test_a_signed_change_is_positive_with_direction_down(nlp, text, span):
    q = one(nlp, text, span)
    assert (q.value, q.kind, q.direction) == (0.5, "change", "down")


@pytest.mark.parametrize("text, span, value, unit", [
    ("The real rate of -1 percent is low.", "-1 percent", -1.0, "%"),
    ("Inflation was negative 1 percent in May.", "negative 1 percent", -1.0, "%"),
    ("Net exports were -$3 billion.", "-$3 billion", -3e9, "USD"),
])
def test_a_negative_level_keeps_its_sign(nlp, text, span, value, unit):
    q = one(nlp, text, span)
    assert (q.value, q.unit, q.kind, q.direction) == (value, unit, "level", None)


def test_a_range_of_negative_changes_is_a_fall(nlp):
    q = one(nlp, "GDP shrank -1 to -2 percent.", "-1 to -2 percent")
    assert (q.low, q.high, q.kind, q.direction) == (1.0, 2.0, "change", "down")


@pytest.mark.parametrize("text, span, value", [
    ("Prices rose by plus or minus 2 percent.", "2 percent", 2.0),
    ("COVID-19 cases rose 5 percent.", "5 percent", 5.0),
    ("We created 12-point- — I think — -7 million new jobs.", "7 million", 7e6),
])
def test_a_hyphen_that_is_no_minus(nlp, text, span, value):
    assert one(nlp, text, span).value == value


@pytest.mark.parametrize("text, span, concept", [
    ("Is the deficit of the $1.2 trillion deficit plan too big?", "$1.2 trillion", None),
    ("What about the $1.2 trillion deficit?", "$1.2 trillion", "deficit"),
    ("The proportion of processing trade has reached 25.5%, which is 7.4 percentage points higher than the "
     "national average.", "7.4 percentage points", "The proportion of processing trade"),
    ("We have a proposal that would cut a trillion dollars off the baseline.", "a trillion dollars",
     "a proposal that would cut"),
])
def test_the_concept_holds_no_figure(nlp, text, span, concept):
    q = one(nlp, text, span)
    assert not any(ch.isdigit() for ch in q.concept or "") and not (q.concept or "").endswith("?")
    if concept is not None:
        assert q.concept == concept


@pytest.mark.parametrize("text, span, counted", [
    ("Nearly 1,200 farms closed last year.", "1,200", "farms"),
    ("Four buses and six trains were cancelled.", "Four", "buses"),
])
def test_the_counted_noun_holds_no_other_figure(nlp, text, span, counted):
    assert one(nlp, text, span).counted == counted


def test_another_figures_unit_is_no_counted_noun(nlp):
    q = one(nlp, "Between them, 30 states are between 50 and more than 70 percent.", "50")
    assert (q.unit, q.counted) == ("%", None)


@pytest.mark.parametrize("text, span, approx", [
    ("What about the $1.2 trillion deficit?", "$1.2 trillion", None),
    ("And how about 50 basis points?", "50 basis points", None),
    ("The deficit is about $1.2 trillion.", "$1.2 trillion", "about"),
    ("Inflation is at around our 2 percent target.", "2 percent", "about"),
])
def test_about_after_what_or_how_is_no_qualifier(nlp, text, span, approx):
    assert one(nlp, text, span).approx == approx


def test_a_bare_number_outside_a_parallel_construction_borrows_no_unit(nlp):
    assert all(q.unit != "%" for q in run(nlp, "Nearly 100 percent of firms replied and 50 of them said yes.")
               if q.text == "50")


@pytest.mark.parametrize("text, span", [
    ("The share rose from 1.2, to 2.7, to 9.9, and as of a couple of days ago, 20.6 percent.", "2.7"),
    ("Between them, 30 states are between 50 and more than 70 percent.", "50"),
    ("Services inflation edged down from 4 to 3.9.", "4"),
    ("We vaccinated greater than 70 percent; 4 states vaccinated less than 50.", "50"),
])
def test_a_bare_number_in_a_list_range_or_parallel_comparison_borrows_the_unit(nlp, text, span):
    assert one(nlp, text, span).unit == "%"


@pytest.mark.parametrize("text", [
    "Lending increased by 1.2 per cent in October compared with a year earlier.",
    "Energy prices were 3.1 per cent lower than a year ago.",
    "Just three months later, look at where we are.",
    "We would have hit it six months from now.",
])
def test_a_duration_that_only_dates_another_figure_is_no_quantity(nlp, text):
    assert all(q.unit not in ("yr", "mo", "d") for q in run(nlp, text))


def test_a_duration_that_is_the_fact_stays(nlp):
    q = one(nlp, "The pause has been in place for two years.", "two years")
    assert (q.value, q.unit) == (2.0, "yr")
