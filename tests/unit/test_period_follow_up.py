"""Period: a reporter's follow-up after the official's yes or no asks of the time its question named
(``carried-to-follow-up``); after a longer answer, or a turn that asked nothing, nothing is carried."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.records.models import mechanisms

MECHANISM = "carried-to-follow-up"

HEAD = "Press briefing by the city hall, March 20, 2025\n\nMAYOR REYES: Good afternoon. The council met today.\n\n"


def periods(nlp, body):
    record = extract_text(HEAD + body, nlp=nlp)
    return {q.text: (q.period, q.evidence.period.mechanism) for q in record.quantities}


def test_the_mechanism_is_documented():
    assert MECHANISM in {name for name, _, _ in mechanisms()}


def test_a_follow_up_after_a_yes_asks_of_the_questions_time(nlp):
    body = ("Q Does the city have an estimate of what the new buses will cost next year?\n\n"
            "MAYOR REYES: Yes.\n\nQ Is it $40 million?\n\nMAYOR REYES: It is close to that.\n")
    assert periods(nlp, body)["$40 million"] == ("2026", MECHANISM)


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
