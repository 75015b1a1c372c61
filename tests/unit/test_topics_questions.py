"""Question turns of unnamed askers: their form, their cues, and how they cut a briefing into topics.

The briefing below is a city hall's, written for these tests: a mayor's opening on road repairs and
parks, then reporters labelled only "Q" who greet, are handed the floor, follow up, finish an
interrupted question and change the subject.
"""
from __future__ import annotations

import pytest

from extractor.lang.profile import english
from extractor.structure.types import Exchange, Header, Structure, Turn
from extractor.topics import Passage, passages_from_structure, segment_topics
from extractor.topics.label_debris import is_address, is_fragment
from extractor.topics.label_heading import heading
from extractor.topics.markers import changes_subject, marker_strength
from extractor.topics.passages import generic_askers
from extractor.topics.questions import (
    addressed_names,
    ends_with_handoff,
    opens_with_continuation,
    opens_with_courtesy,
    question_form,
)


@pytest.fixture
def nlp_sm(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


# --- the form of a question turn -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["— by next spring?", "…and the seniors?", "or the night buses?"])
def test_a_turn_that_finishes_an_interrupted_question_is_a_fragment(text):
    assert question_form(text, 2) == "fragment"


@pytest.mark.parametrize("text,content", [("Thank you.", 0), ("Me?", 0), ("Luis, thanks for doing this.", 1)])
def test_a_short_turn_without_a_subject_is_banter(text, content):
    assert question_form(text, content) == "banter"


def test_a_turn_that_names_a_subject_is_a_question():
    assert question_form("Will the bus fares rise for commuters next year?", 3) == "question"
    # Long talk is a question even with few subject words: it says something.
    assert question_form("So I wanted to ask you, and I hope you do not mind, whether you think that it "
                         "will all be done by the time that you said it would be?", 1) == "question"


def test_courtesies_mark_a_new_asker_and_conjunctions_a_continuation():
    assert opens_with_courtesy("Thanks, Mayor. On the water main break downtown:", profile=english())
    assert opens_with_courtesy("Dana, thank you for taking this.", profile=english())
    assert opens_with_courtesy("Good morning. Two questions on the levy.", profile=english())
    assert not opens_with_courtesy("Thanksgiving traffic will be heavy, won't it?", profile=english())
    assert opens_with_continuation("And would the fares rise for seniors too?", profile=english())
    assert opens_with_continuation("Okay. But is the depot ready?", profile=english())
    assert not opens_with_continuation("Andover residents say the depot is late.", profile=english())


@pytest.mark.parametrize("text,handed", [
    ("We will fix every one of them by June. Go ahead, Luis.", True),
    ("That is the plan.\n\nMaria.", True),
    ("Next question.", True),
    ("Sure.", False),  # a reply, not a hand-off
    ("We will publish the full list of streets in the council papers on Monday.", False),
])
def test_an_official_hands_over_the_floor(text, handed):
    assert ends_with_handoff(text, profile=english()) is handed


def test_the_names_people_are_called_by_come_from_hand_offs_and_addresses():
    turns = [("answer", "They are open until nine. Go ahead, Luis."), ("question", "Thanks, Mayor. On parks:"),
             ("answer", "Yes."), ("question", "Priya, thanks for this. What about trams?"),
             ("question", "Okay. And the buses?")]
    # A title said in address ("Thanks, Mayor.") is a way of calling someone too.
    assert addressed_names(turns, profile=english()) == {"luis", "priya", "mayor"}


# --- signposts of a reporter ------------------------------------------------------------------------


def test_a_reporter_announces_a_new_or_earlier_subject():
    assert changes_subject("And then real briefly on the stadium lease.", profile=english())
    assert changes_subject("Okay. Just quickly on the other side of town, what about the ferry?", profile=english())
    assert changes_subject("I want to go back to the fare freeze for a second.", profile=english())
    assert not changes_subject("And would the fares rise for seniors too?", profile=english())


def test_an_official_signposts_the_next_subject():
    assert marker_strength("With that, I also want to address the library closures.", profile=english()) == 1.0
    assert marker_strength("On the other topic you raised, the ferry runs on time.", profile=english()) == 1.0


# --- which askers the structure knows ---------------------------------------------------------------


def _exchange(number, start, end, asker, questions, answers):
    return Exchange(id=f"e{number}", start=start, end=end, asked_by=asker,
                    question_turns=tuple(f"t{i + 1}" for i in questions),
                    answer_turns=tuple(f"t{i + 1}" for i in answers))


def _exchanges(*askers):
    return tuple(_exchange(i + 1, i * 10, i * 10 + 10, a, (2 * i,), (2 * i + 1,)) for i, a in enumerate(askers))


def test_a_label_shared_by_a_third_of_the_exchanges_names_no_one():
    shared = Structure(Header(), exchanges=_exchanges("Q", "Q", "Q", "Q", "Q"))
    own = Structure(Header(), exchanges=_exchanges("ANA DIAS", "LEE WU", "ANA DIAS", "TOM HALE", "JO KIM", "MAX RO"))
    assert generic_askers(shared) == {"Q"}
    assert generic_askers(own) == frozenset()


def test_questions_of_an_unnamed_asker_are_each_judged():
    turns = tuple(Turn(id=f"t{i + 1}", start=i * 10, end=i * 10 + 10, content_start=i * 10 + 2,
                       speaker="Q" if i % 2 else "MAYOR", role="media" if i % 2 else "official", participant=None)
                  for i in range(8))
    s = Structure(Header(), turns=turns, exchanges=(_exchange(1, 10, 40, "Q", (1, 3), (2,)),
                                                   _exchange(2, 40, 60, "Q", (5,), (6,)),
                                                   _exchange(3, 60, 80, "Q", (7,), ())))
    opens = {i: p.opens for i, p in enumerate(passages_from_structure(s)) if p.role == "question"}
    assert opens == {1: "question", 3: "question", 5: "question", 7: "question"}


# --- a city hall briefing, end to end ---------------------------------------------------------------

ROADS = ("Crews repaired potholes on the main avenues this month. The road repair budget pays for new asphalt "
         "and for crews on night shifts. Potholes on side streets come next, and the asphalt plant runs late. ")
BUSES = ("Bus fares stay frozen this year. The transit board reviews bus fares each spring, and the depot "
         "needs new electric buses before fares can change. Commuters ride the buses more than before. ")
WATER = ("The water main break flooded two blocks downtown. Engineers replaced the broken pipe and the "
         "water utility inspects every old main under the district. Flooded basements get a grant. ")


def _briefing():
    """(text, passages) of a briefing with a greeting, a hand-off, a follow-up, a fragment and a new subject."""
    parts = [
        ("MAYOR ALVAREZ:  ", "Good morning, everyone. " + ROADS * 3, "statement", "block"),
        ("Q    ", "Good morning.", "question", "question"),
        ("MAYOR ALVAREZ:  ", "Go ahead, Luis.", "answer", "none"),
        ("Q    ", "Thanks, Mayor. Will bus fares rise for commuters when the new electric buses arrive?",
         "question", "question"),
        ("MAYOR ALVAREZ:  ", BUSES * 2, "answer", "none"),
        ("Q    ", "And would bus fares rise for seniors too?", "question", "question"),
        ("MAYOR ALVAREZ:  ", "No. " + BUSES, "answer", "none"),
        ("Q    ", "— by next spring?", "question", "question"),
        ("MAYOR ALVAREZ:  ", "Not by spring. " + BUSES, "answer", "none"),
        ("MAYOR ALVAREZ:  ", "Maria.", "answer", "none"),
        ("Q    ", "Thanks, Mayor. On the water main break downtown, who pays for the flooded basements?",
         "question", "question"),
        ("MAYOR ALVAREZ:  ", WATER * 3, "answer", "none"),
    ]
    text, passages = "", []
    for label, body, role, opens in parts:
        start = len(text)
        text += label + body + "\n\n"
        passages.append(Passage(start, len(text) - 2, role, opens, content_start=start + len(label),
                                speaker=label.strip().rstrip(":")))
    return text, passages


def test_a_briefing_splits_at_new_subjects_and_keeps_follow_ups_greetings_and_hand_offs(nlp_sm):
    text, passages = _briefing()
    segments = segment_topics(nlp_sm(text), passages, body_start=0, profile=english())
    starts = [s.start for s in segments]
    greeting = passages[1].start  # the greeting opens the topic of the question it introduces
    water = passages[10].start
    assert starts == [0, greeting, water]
    labels = [s.label.lower() for s in segments]
    assert "bus" in labels[1] and "water" in labels[2] or "basement" in labels[2], labels
    assert all("luis" not in s.label.lower() and "maria" not in s.label.lower() for s in segments)
    assert all(3 <= len(s.keywords) <= 6 for s in segments)


# --- headings -----------------------------------------------------------------------------------------


def test_a_heading_is_one_phrase_unless_the_text_coordinates_two():
    text = "the ferry and the tram lines both run late, says the ferry operator"
    assert heading(["ferry", "tram lines", "operator"], "nothing joins them here", set(), profile=english()) == "Tram lines"
    assert heading(["ferry", "operator"], "the ferry operator", set(), profile=english()) == "Ferry"
    assert heading(["Angola", "Kenya", "elections"], "elections in Angola and Kenya", set(), profile=english()) == "Angola and Kenya"
    assert " and " not in heading(["ferry", "tram lines"], text.replace(" and ", " or "), set(), profile=english())


def test_a_heading_says_the_subject_of_the_opening_question_first():
    assert heading(["budget", "stadium lease"], "", set(), asked=["library hours"], profile=english()) == "Library hours"


def test_a_repeated_heading_is_told_apart_by_the_next_phrase():
    assert heading(["bus fares", "seniors"], "", {"bus fares"}, profile=english()) == "Bus fares: seniors"


def test_fragments_and_forms_of_address_are_not_key_phrases():
    text = "the pres- the president visited Mar-a-Lago (Laughter.) today"
    assert is_fragment(text, text.index("pres-"), "pres-")
    assert is_fragment(text, text.index("Lago"), "Lago")
    assert is_fragment(text, text.index("Laughter"), "Laughter")
    assert not is_fragment(text, text.index("president"), "president")
    assert is_fragment("", -1, "right—two percent unemployment")
    assert is_address("Mr. Chairman", profile=english()) and is_address("Madam President", profile=english())
    assert not is_address("Mr. Hale's budget", profile=english()) and not is_address("chairman", profile=english())


def test_a_phrase_headed_by_a_word_of_talk_or_opened_by_a_verb_is_no_key_phrase(nlp_sm):
    from extractor.topics.features import WordClasses
    from extractor.topics.label_candidates import _phrases

    doc = nlp_sm("She had two technical questions about the harbour levy. We want to raise parking charges.")
    keys = {key for _, key, _ in _phrases(doc, WordClasses.of(doc, profile=english()), profile=english())}
    assert "harbour levy" in keys
    assert not any(k.endswith("question") for k in keys)
    assert not any(k.startswith("raise") for k in keys)
