"""What is not a quantity (issue 11, item 5): clock times, ranks, labels, compound names, enumerations.

Sentences of our own; each pairs a noise reading with a close sentence whose figure must stay.
"""
from __future__ import annotations

import datetime

import pytest

from extractor.lang.profile import english
from extractor.pipeline.model_loading import load_model
from extractor.quantities import extract_quantities


@pytest.fixture(scope="module")
def parser():
    return load_model()


def spans(parser, text):
    return [q.text for q in extract_quantities(parser(text), doc_date=datetime.date(2025, 6, 20), profile=english())]


@pytest.mark.parametrize("text,noise", [
    ("We land at around five or six, seven o'clock in the evening.", "five or six"),
    ("The crews start at six in the morning.", "six"),
    ("Housing is the number one worry for voters.", "one"),
    ("Fuel is the number-one driver of the deficit.", "one"),
    ("The waiver rests on section 165 of the statute.", "165"),
    ("The airline grounded every Boeing 737 it owns.", "737"),
    ("The yield on a 10-year Treasury rose again.", "10-year"),
    ("The bank is halfway through its five-year review of the framework.", "five-year"),
    ("The seven-day average of admissions fell to 310.", "seven-day"),
    ("I have two things to say about the budget.", "two"),
    ("There is one other issue I want to raise.", "one"),
    ("Let me take three quick questions from the floor.", "three"),
    ("The board will cut the two main lending rates by 25 basis points.", "two"),
    ("Why is there a double standard for small firms?", "double"),
    ("Riders pay $90 in fares a month on average.", "a month"),
])
def test_noise_is_no_quantity(parser, text, noise):
    assert noise not in spans(parser, text)


@pytest.mark.parametrize("text,figure", [
    ("The crews worked six hours in the morning.", "six hours"),
    ("The statute has 165 sections.", "165"),
    ("The airline bought 737 seats for the charter.", "737"),
    ("The bridge took five years to build.", "five years"),
    ("Admissions averaged 310 over seven days.", "seven days"),
    ("The city hired two inspectors this spring.", "two"),
    ("The plan has five big initiatives.", "five"),
    ("Staff work four days a week in the office.", "four days"),
    ("We give guidance 60, 90 days in advance.", "60, 90 days"),
    ("Residents age 65 and older ride free.", "65"),
    ("The grant will help the county to double testing capacity.", "double"),
])
def test_a_close_figure_stays(parser, text, figure):
    assert figure in spans(parser, text)


@pytest.mark.parametrize("text,noise", [
    # "one day" as an adverb says "some day"
    ("One day, the ministry will publish every contract online.", "One day"),
    ("The mayor hopes to open the new library one day soon.", "one day"),
    ("The club praises its coach one day and sacks him the next.", "one day"),
    ("Well, one day, the old harbour office will be a museum.", "one day"),
    ("We hope the minister can visit the depot with all of you one day soon.", "one day"),
    # a window noun right after the duration names the statistic the figure is ("seven-day average deaths")
    ("The health office says seven-day average daily admissions are about 200.", "seven-day"),
    ("The central bank's 12-month rolling average of reserves rose.", "12-month"),
])
def test_a_duration_that_measures_nothing(parser, text, noise):
    assert noise not in spans(parser, text)


@pytest.mark.parametrize("text,figure", [
    ("The dock strike lasted one day.", "one day"),
    ("The ministry's staff work from home one day a week.", "one day"),
    ("The council was in session for one day.", "one day"),
    ("The team trained for only one day before the final.", "one day"),
    ("The bank extended the seven-year period of the loan.", "seven-year"),
])
def test_a_duration_that_measures_stays(parser, text, figure):
    assert figure in spans(parser, text)


def test_one_year_said_as_an_adverb_stays_a_duration(parser):
    assert "one year" in spans(parser, "The striker played one year for the club's reserve team.")


@pytest.mark.parametrize("text,noise", [
    # a term of art and a fixed adverbial hold a numeral that counts nothing
    ("The ministry still backs a two-state solution for the island.", "two"),
    ("In one sense, the harbour board's vote changed nothing.", "one"),
    # a length that names which anniversary it is: an ordinal said as a duration
    ("The mayor will lay a wreath on the two-year anniversary of the flood.", "two-year"),
    # a whole percent before a copula's noun complement grades, it measures nothing
    ("The shortfall is 100 percent a result of the storm season.", "100 percent"),
    ("Frankly, it's 100% the right call for the league.", "100%"),
    # a verbless "One ..." that opens the sentence announces what the speaker says next
    ("One reminder that the session is on background.", "One"),
    ("One note: the minister leaves at noon.", "One"),
    # an amount said without a number is divided by "a day" as a figure is
    ("Only so many trucks can cross the bridge a day.", "a day"),
])
def test_a_numeral_that_names_or_grades_is_no_quantity(parser, text, noise):
    assert noise not in spans(parser, text)


@pytest.mark.parametrize("text,figure", [
    ("The ministry backs a two-stage plan for the island.", "two"),
    ("The mayor signed a two-year extension of the lease.", "two-year"),
    ("The club sold 100 percent of the tickets.", "100 percent"),
    ("Ticket revenue rose 100 percent the season before.", "100 percent"),
    ("One inspector was hurt at the depot.", "One"),
    ("Two new clinics: one in the north and one in the south.", "Two"),
    ("The dock crews waited a day for the tide.", "a day"),
])
def test_a_close_count_stays(parser, text, figure):
    assert figure in spans(parser, text)


@pytest.mark.parametrize("text,noise", [
    # a distance in time that dates an event (issue 22): a qualifier may stand before its dating word, and a
    # span may count toward the event instead of back from now
    ("The harbour board voted 10 days or so ago, after the storm.", "10 days"),
    ("The club's annual meeting is two weeks away.", "two weeks"),
    ("We are a week out, as you know, from the vote on the city budget.", "a week"),
    # a number broken off by a dash and corrected at once is a false start
    ("The club signed 90 — 900, sorry — new members this season.", "90"),
    ("Sales at the company grew between 4.3 — 4 and 5 percent last year.", "4.3"),
    # a speaker counting their own units of talk, a hyphenated noun in the plural
    ("Just two quick follow-ups on the transit budget.", "two"),
    # "one" as a copula's complement after "that’s" (the typographic apostrophe hides the copula's lemma)
    ("So that’s one answer that the club wanted to share with you.", "one"),
    # a "one" a few words after a negation, with no verb between, sets one against the whole: rhetoric
    ("The fight over the budget is not about one person, it is about the city.", "one"),
    ("This is not just about one leader at the club.", "one"),
    # a multiplier said before a noun it is compounded with intensifies, it multiplies nothing
    ("His answer is to double, triple, quadruple check, and that’s what the audit was.", "quadruple"),
])
def test_a_number_that_points_or_stresses_is_no_quantity(parser, text, noise):
    assert noise not in spans(parser, text)


@pytest.mark.parametrize("text,figure", [
    ("The striker will be six weeks out with a knee injury.", "six weeks"),
    ("The harbour board voted after 10 days or so of talks.", "10 days"),
    ("Turnout rose to between 5 – 6 percent of voters.", "5 – 6 percent"),
    ("The club's attendance varies by ground from 4 to 36 — 35 percent.", "4 to 36"),
    ("The city hall hired two quick-response teams.", "two"),
    ("There’s one nurse for the whole district.", "one"),
    ("The club did not speak with one member of the board, but with five.", "one"),
    ("The ministry did not approve the plan in one year.", "one year"),
    ("It is not just one or two members of the club who object.", "one or two"),
    ("The council will quadruple the fine for late payment.", "quadruple"),
])
def test_a_close_figure_of_issue_22_stays(parser, text, figure):
    assert figure in spans(parser, text)


def test_a_number_said_again_after_a_dash_is_restarted_not_corrected(parser):
    assert spans(parser, "The ministry needs the 60 — 60 votes in the chamber.").count("60") == 2
