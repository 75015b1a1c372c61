"""Period: a reporter's follow-up after the official's yes or no asks of the time its question named
(``carried-to-follow-up``); after a longer answer, or a turn that asked nothing, nothing is carried."""
from __future__ import annotations

import pytest

from extractor.api import extract_text
from extractor.records.models import mechanisms

MECHANISM = "carried-to-follow-up"

HEAD = "Press briefing by the city hall, March 20, 2025\n\nMAYOR REYES: Good afternoon. The council met today.\n\n"


def periods(nlp, body):
    record = extract_text(HEAD + body, nlp=nlp)
    return {q.text: (q.period, q.evidence.period.mechanism) for q in record.quantities}


def test_the_mechanism_is_documented():
    assert MECHANISM in {name for name, _, _ in mechanisms()}


CLUB = ("Media day at Riverside Rowing Club, March 20, 2025\n\nCHAIR OKONJO: Morning, everyone. Over to you.\n\n")


def test_a_follow_up_after_a_yes_asks_of_the_questions_time(nlp):
    body = ("Q So members pay more again next year, do they?\n\nCHAIR OKONJO: Yep, they do.\n\n"
            "Q By 15 euros a head?\n\nCHAIR OKONJO: Thereabouts.\n")
    record = extract_text(CLUB + body, nlp=nlp)
    assert {q.text: (q.period, q.evidence.period.mechanism) for q in record.quantities}["15 euros"] == (
        "2026", MECHANISM)


def test_a_follow_up_asking_of_a_plan_for_the_questions_coming_year_takes_it(nlp):
    body = ("Q Does the club plan a new boathouse next year?\n\nCHAIR OKONJO: Sure.\n\n"
            "Q Will it cost 2 million euros?\n\nCHAIR OKONJO: Less, we hope.\n")
    record = extract_text(CLUB + body, nlp=nlp)
    assert {q.text: q.period for q in record.quantities}["2 million euros"] == "2026"


@pytest.mark.parametrize("reply", ["I can't say.", "Not at all.", "No comment.", "Let me check.", "Good question."])
def test_nothing_is_carried_after_a_reply_that_does_not_say_yes(nlp, reply):
    body = (f"Q Did the transit agency overspend last year?\n\nMAYOR REYES: {reply}\n\n"
            "Q Is its reserve fund 12 million dollars?\n\nMAYOR REYES: Roughly.\n")
    assert periods(nlp, body)["12 million dollars"] == (None, "no-time-stated")


def test_a_time_is_not_handed_on_through_a_chain_of_short_exchanges(nlp):
    body = ("Q Did the library service get new money last year?\n\nMAYOR REYES: Yes.\n\n"
            "Q From the state?\n\nMAYOR REYES: Right.\n\nQ And are 30 branches open?\n\nMAYOR REYES: Yes.\n")
    assert periods(nlp, body)["30"][1] != MECHANISM
    assert periods(nlp, body)["30"][0] != "2024"


def test_a_past_time_is_not_carried_into_a_plan_the_follow_up_asks_of(nlp):
    body = ("Q Did the water utility raise its rates last year?\n\nMAYOR REYES: Yes.\n\n"
            "Q Is it going to raise them by 5 percent again?\n\nMAYOR REYES: Maybe.\n")
    assert periods(nlp, body)["5 percent"] == (None, "no-carry-into-plan")


def test_a_follow_up_with_a_time_of_its_own_keeps_it(nlp):
    body = ("Q What will the sports club's new stand cost next year?\n\nMAYOR REYES: Sure.\n\n"
            "Q Was it $9 million in 2023?\n\nMAYOR REYES: I believe so.\n")
    assert periods(nlp, body)["$9 million"][0] == "2023"


def test_nothing_is_carried_after_a_longer_answer(nlp):
    body = ("Q Does the city have an estimate of what the new buses will cost next year?\n\n"
            "MAYOR REYES: We do, and the council will publish it in the spring.\n\nQ Is it $40 million?\n\n"
            "MAYOR REYES: I won't get ahead of the council.\n")
    assert periods(nlp, body)["$40 million"][1] != MECHANISM


def test_nothing_is_carried_from_a_turn_that_asked_nothing(nlp):
    body = ("Q The central bank said inflation will ease next year.\n\nMAYOR REYES: Yes.\n\n"
            "Q Is the city's deficit $40 million?\n\nMAYOR REYES: Roughly.\n")
    assert periods(nlp, body)["$40 million"][1] != MECHANISM


def test_nothing_is_carried_into_a_long_new_question(nlp):
    body = ("Q Can I ask about the ministry's budget for next year?\n\nMAYOR REYES: Sure.\n\n"
            "Q The port authority says its cranes are old and that it will need to replace many of them soon, "
            "at a cost that the council has not yet agreed to. Is it $40 million?\n\nMAYOR REYES: I don't know.\n")
    assert periods(nlp, body)["$40 million"][1] != MECHANISM


def test_a_follow_up_that_asks_of_another_thing_takes_no_time(nlp):
    body = ("Q Will the library service open new branches next year?\n\nMAYOR REYES: Yes.\n\n"
            "Q Is the city's pension reserve 70 million dollars?\n\nMAYOR REYES: Roughly.\n")
    assert periods(nlp, body)["70 million dollars"] == (None, "no-time-stated")
