"""Topics read from the shape of the event: who answers, what no one asked, what is said all through.

The passages are written for these tests: a port authority's joint briefing (a harbour master and a
fire chief answering one reporter's two-part question), a city hall's briefing where the mayor makes
announcements of her own after a reporter's thanks, and a transport board whose own name is said as
often in several parts of its briefing.
"""
from __future__ import annotations

import pytest

from extractor.lang.profile import english
from extractor.topics import Passage, SegmenterConfig, segment_topics
from extractor.topics.features import WordClasses
from extractor.topics.label_candidates import _phrases
from extractor.topics.labels import label_segments


@pytest.fixture
def nlp_sm(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


CARGO = ("Container traffic through the terminal doubled this spring. Cranes on the north quay now load "
         "larger vessels. Dock workers handled record tonnage of grain. Shipping lines added weekly "
         "calls to the port. ")
FIRES = ("Brush fires burned along the ridge above the suburbs. Firefighters cut breaks through dry scrub. "
         "Smoke forced the closure of two schools. Evacuation orders for the hillside remain in place. ")
PARKS = ("The botanical garden reopens its glasshouses on Saturday. Volunteers planted oak saplings along "
         "the riverside path. Playgrounds in the old town get new swings. ")
BUDGET = ("The council approved a leaner budget for next year. Property levies stay frozen for homeowners. "
          "Borrowing for the sewer works falls by a third. Auditors praised the treasurer's accounts. ")


def _segment(nlp, text, passages, **config):
    return segment_topics(nlp(text), passages, body_start=0, config=SegmenterConfig(**config), profile=english())


# --- another official answers another part of the question ----------------------------------------


def test_a_second_official_answering_another_part_of_the_question_opens_a_topic(nlp_sm):
    q = "Harbour master, how busy is the port, and chief, how are the fires?\n\n"
    first, second = CARGO * 3, FIRES * 3
    text = q + first + second
    passages = [Passage(0, len(q), "question", "block", speaker="REPORTER"),
                Passage(len(q), len(q) + len(first), "answer", speaker="HARBOUR MASTER"),
                Passage(len(q) + len(first), len(text), "answer", speaker="FIRE CHIEF")]
    segments = _segment(nlp_sm, text, passages, min_words=40)
    assert [s.start for s in segments] == [0, len(q) + len(first)]


def test_the_same_official_going_on_in_a_second_turn_is_no_new_topic(nlp_sm):
    q = "Harbour master, how busy is the port, and how are the fires?\n\n"
    first, second = CARGO * 3, FIRES * 3
    text = q + first + second
    passages = [Passage(0, len(q), "question", "block", speaker="REPORTER"),
                Passage(len(q), len(q) + len(first), "answer", speaker="HARBOUR MASTER"),
                Passage(len(q) + len(first), len(text), "answer", speaker="HARBOUR MASTER")]
    assert len(_segment(nlp_sm, text, passages, min_words=40)) == 1


def test_a_second_official_adding_to_the_same_subject_is_no_new_topic(nlp_sm):
    q = "How busy is the port this spring?\n\n"
    first, second = CARGO * 3, CARGO * 3
    text = q + first + second
    passages = [Passage(0, len(q), "question", "block", speaker="REPORTER"),
                Passage(len(q), len(q) + len(first), "answer", speaker="HARBOUR MASTER"),
                Passage(len(q) + len(first), len(text), "answer", speaker="PORT DIRECTOR")]
    assert len(_segment(nlp_sm, text, passages, min_words=40)) == 1


# --- talk that no question asked -------------------------------------------------------------------


def test_announcements_after_a_reporters_thanks_are_cut_as_a_statement(nlp_sm):
    thanks = "Q    Thank you.\n\n"
    opening = "MAYOR:  You are welcome. A few things at the top.\n\n" + PARKS * 3 + "\n\n"
    talk = opening + BUDGET * 3 + "\n\n"
    ask = "Q    Will the fire brigade on the ridge get more engines for the summer season?\n\n"
    answer = "MAYOR:  " + FIRES * 2
    text = thanks + talk + ask + answer
    a, b, c = len(thanks), len(thanks) + len(talk), len(thanks) + len(talk) + len(ask)
    passages = [Passage(0, a, "question", "question", content_start=5, speaker="Q"),
                Passage(a, b, "other", content_start=a + 7, speaker="MAYOR"),
                Passage(b, c, "question", "question", content_start=b + 5, speaker="Q"),
                Passage(c, len(text), "answer", content_start=c + 7, speaker="MAYOR")]
    starts = [s.start for s in _segment(nlp_sm, text, passages, target_words=80, min_words=30)]
    # The talk is cut where the parks give way to the budget, and the question asked after it
    # starts its own topic (the thanks before the talk no longer holds its cut).
    assert [x for x in starts if a < x < b] == [a + len(opening)]
    assert b in starts


# --- a phrase said all through the event names no segment's subject --------------------------------


def test_the_hosts_name_said_as_often_in_several_parts_names_none_of_them(nlp_sm):
    subjects = ["the tram extension", "the night bus timetable", "the bicycle lane network",
                "the ferry ticket price", "the station lift repairs", "the parking meter fees",
                "the taxi rank rules", "the cable car cabins"]
    parts = []
    for k, subject in enumerate(subjects):
        # The board's name, in three of the eight parts (under half), as often in each.
        host = " The Transit Board met. The Transit Board agreed. The Transit Board voted." if k in (0, 2, 4) else ""
        parts.append(f"Riders asked about {subject}.{host}\n\n")
    text = "".join(parts)
    edges, at = [], 0
    for part in parts:
        edges.append((at, at + len(part)))
        at += len(part)
    labels = [t.label for t in label_segments(nlp_sm(text), edges, profile=english())]
    assert labels[:5] == ["Tram extension", "Night bus timetable", "Bicycle lane network", "Ferry ticket price",
                          "Station lift repairs"]


# --- words that grade rather than name -------------------------------------------------------------


def test_a_comparative_or_superlative_opens_no_key_phrase_but_a_compound_term_does(nlp_sm):
    doc = nlp_sm("The largest harbour crane arrived. A cheaper ferry ticket helps. The longer-term lease was signed.")
    shown = {surface for _, _, surface in _phrases(doc, WordClasses.of(doc, profile=english()), profile=english())}
    assert "harbour crane" in shown and "largest harbour crane" not in shown
    assert "ferry ticket" in shown and "cheaper ferry ticket" not in shown
    assert any(s.startswith("longer") for s in shown)


# --- words that say when -----------------------------------------------------------------------------


def test_a_day_or_a_stretch_of_time_names_no_subject(nlp_sm):
    doc = nlp_sm("The stadium vote yesterday surprised fans. Season tickets go on sale in a couple of months. "
                 "Tomorrow the club meets.")
    shown = {surface for _, _, surface in _phrases(doc, WordClasses.of(doc, profile=english()), profile=english())}
    assert "stadium vote" in shown and "season tickets" in shown
    assert not shown & {"stadium vote yesterday", "months", "tomorrow"}
