"""Kind and direction on whole sentences of our own (issue 11, item 4): growth rates, cuts, shares, gaps."""
from __future__ import annotations

import datetime

import pytest

from extractor.lang.profile import english
from extractor.pipeline.model_loading import load_model
from extractor.quantities import extract_quantities


@pytest.fixture(scope="module")
def parser():
    return load_model()


def facts(parser, text, span):
    qs = [q for q in extract_quantities(parser(text), doc_date=datetime.date(2025, 6, 20), profile=english()) if q.text == span]
    assert len(qs) == 1, [q.text for q in extract_quantities(parser(text), profile=english())]
    return qs[0].kind, qs[0].direction


@pytest.mark.parametrize("text,span,expected", [
    # growth rates of named amounts are changes; the level of a rate is a level
    ("Household spending grew 2.5 percent in the spring.", "2.5 percent", ("change", "up")),
    ("Wages were rising at an annual pace of 3.1 per cent.", "3.1 per cent", ("change", "up")),
    ("The jobless rate stood at 5.2 percent in May.", "5.2 percent", ("level", None)),
    # cuts and reductions are changes down
    ("The board announced a 50 basis point cut on Thursday.", "50 basis point", ("change", "down")),
    ("The council passed $3 billion in spending cuts.", "$3 billion", ("change", "down")),
    ("The bill delivers $900 million in deficit reduction.", "$900 million", ("change", "down")),
    ("We will lower the two main policy rates by 25 basis points.", "25 basis points", ("change", "down")),
    # a count the clause adds or removes
    ("Across the quarter, an average of 12,000 jobs were created each month.", "12,000", ("change", "up")),
    ("Between March and May of 2024, 30,000 nurses dropped out of the workforce.", "30,000", ("change", "down")),
    ("Compared with last year, 2 million more passengers used the line.", "2 million", ("change", "up")),
    ("Would one more hike by December be enough?", "one", ("level", None)),
    ("Two differences are worth noting here.", "Two", ("level", None)),
    # a gap with no comparative word
    ("The difference between the two bids is $40 million.", "$40 million", ("change", "up")),
    ("The difference between the 12 bids and the target is large.", "12", ("level", None)),
    # shares
    ("Some 70 percent of adults in the county have had a booster.", "70 percent", ("share", None)),
    ("The share of renewables in the grid has now reached 41%.", "41%", ("share", None)),
    ("The new levy only touches the top 2 percent of earners.", "2 percent", ("share", None)),
])
def test_kind_and_direction(parser, text, span, expected):
    assert facts(parser, text, span) == expected


def test_a_list_after_a_level_preposition_stays_level(parser):
    text = "Bus fares rose to 3.1 per cent in April and 3.4 per cent in May."
    assert facts(parser, text, "3.4 per cent") == ("level", None)


def test_a_list_of_changes_stays_a_change(parser):
    text = "Bus fares rose by 3.1 per cent in April and 3.4 per cent in May."
    assert facts(parser, text, "3.4 per cent") == ("change", "up")


def test_lowering_three_rates_is_one_quantity(parser):
    text = "The board decided to lower the three key interest rates by 25 basis points."
    qs = extract_quantities(parser(text), profile=english())
    assert [(q.text, q.kind, q.direction) for q in qs] == [("25 basis points", "change", "down")]


@pytest.mark.parametrize("text,span,approx", [
    ("The scheme costs $240 billion over 10 years.", "10 years", None),
    ("The freeze has been in place for over two years.", "two years", "over"),
    ("So, roughly speaking, $2 billion a month comes back.", "$2 billion", "about"),
    ("We added about an average of 9,000 jobs a month.", "9,000", "about"),
])
def test_qualifier(parser, text, span, approx):
    qs = [q for q in extract_quantities(parser(text), profile=english()) if q.text == span]
    assert [q.approx for q in qs] == [approx]


def test_net_is_transparent(parser):
    assert facts(parser, "We are still down net 3 million jobs.", "3 million") == ("change", "down")


@pytest.mark.parametrize("text,span,expected", [
    # a qualifier between "by" and its amount belongs to the amount: the figure is still the size of the move
    ("Water bills in the city have come down by close to 40 cents a month.", "40 cents", ("change", "down")),
    ("The ministry will raise the pension fund's reserves by up to $60 billion.", "$60 billion", ("change", "up")),
    ("The club increased its wage bill by a record $30 million.", "$30 million", ("change", "up")),
    ("The reform extends the life of the harbour trust by at least 30 years.", "30 years", ("change", "up")),
    # an agent after "by" stays what it was, qualifier or not
    ("The charter was signed by more than 40 towns.", "40", ("level", None)),
])
def test_a_qualifier_after_by_keeps_the_change(parser, text, span, expected):
    assert facts(parser, text, span) == expected


def test_a_figure_in_an_apposition_after_by_is_no_amount(parser):
    text = ("So, today, the mayor dropped by the first-ever Harbour Trade Fair — a gathering of 100 shipping firms "
            "and port workers to discuss tariffs.")
    assert facts(parser, text, "100") == ("level", None)


@pytest.mark.parametrize("text,span,expected", [
    # city hall: "fewer than" qualifies the level a count fell to, as "less than" does; it is no comparative
    ("The number of empty shop fronts has fallen to fewer than 300.", "300", ("level", None)),
    # sports club: a comparative after the count still makes it a difference
    ("The club now has 400 fewer members than a year ago.", "400", ("change", "down")),
])
def test_fewer_than_before_a_count_is_a_qualifier(parser, text, span, expected):
    assert facts(parser, text, span) == expected


@pytest.mark.parametrize("text,span,expected", [
    # A qualifier phrase between the verb of change and the figure hides neither (sports club, city hall).
    ("Season ticket prices at the club rose as much as 12 percent this year.", "12 percent", ("change", "up")),
    ("Tram fares could fall as much as 8 percent next spring.", "8 percent", ("change", "down")),
    ("Flood water in the lower town could rise something like 3 feet by 2030.", "3 feet", ("change", "up")),
    # "up to" / "close to" after a verb still read as the level it reaches (company).
    ("The firm will raise the cap up to $40 per share.", "$40", ("level", None)),
])
def test_a_qualifier_phrase_does_not_hide_the_verb_of_change(parser, text, span, expected):
    assert facts(parser, text, span) == expected


@pytest.mark.parametrize("text,span,expected", [
    # The pace a word of growth goes "at" is a growth rate (GUIDELINES.md, Rates), qualified or not (ministry).
    ("The province's economy grew at 3 percent last year.", "3 percent", ("change", "up")),
    ("Ridership on the new tram line keeps growing at something like 12 percent a month.", "12 percent",
     ("change", "up")),
    # A level held "at" stays a level (central bank).
    ("The bank held its deposit rate at 4 percent.", "4 percent", ("level", None)),
])
def test_a_pace_of_growth_after_at_is_a_change(parser, text, span, expected):
    assert facts(parser, text, span) == expected


@pytest.mark.parametrize("text,span,expected", [
    # a verb of rising or falling that passes a figure crosses a level (GUIDELINES: "go above 2 percent" is one)
    ("The club's cash reserves could fall below $40 million next season.", "$40 million", ("level", None)),
    ("Season ticket holders climbed above 30,000 for the first time.", "30,000", ("level", None)),
    # "over" a change is its size, qualified: the move stays a change
    ("Bus fares fell over 5 percent in the spring.", "5 percent", ("change", "down")),
])
def test_a_level_crossed_by_a_move_is_a_level(parser, text, span, expected):
    assert facts(parser, text, span) == expected


@pytest.mark.parametrize("text,span,expected", [
    # a verb of change done to counted things counts them; their number does not move
    ("Nearly 40,000 pensioners have been boosted this winter, the ministry said.", "40,000", ("level", None)),
    ("Twelve tariffs were raised on Monday.", "Twelve", ("level", None)),
    # a verb that brings the things in or takes them away moves their number
    ("About 9,000 posts have been added at the port since spring.", "9,000", ("change", "up")),
    ("Some 300 branch jobs were cut last year.", "300", ("change", "down")),
    # a rise that stays below a figure is qualified, not a level crossed
    ("The board expects output to rise a bit below 2 percent next year.", "2 percent", ("change", "up")),
])
def test_a_count_of_things_a_change_was_done_to_is_a_level(parser, text, span, expected):
    assert facts(parser, text, span) == expected
