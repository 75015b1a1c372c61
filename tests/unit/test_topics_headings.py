"""Issue 28: where the floor is given, what may head a topic, and how statements are cut.

The examples are written for these tests: a port authority's briefing, a football club's press
conference, a regional parliament's two speakers.
"""
from __future__ import annotations

from collections import Counter

import spacy

from extractor.lang.profile import english
from extractor.pipeline.components.topics import _tagger
from extractor.topics import Passage, SegmenterConfig
from extractor.topics.features import Unit
from extractor.topics.label_config import LabelConfig
from extractor.topics.label_fitness import _fit, _not_noun_phrases, _recognised
from extractor.topics.label_heading import heading
from extractor.topics.markers import changes_subject, is_follow_up
from extractor.topics.questions import question_cues, question_form
from extractor.topics.segment import (
    _floor_given,
    _mid_sentence,
    _names_someone,
    _speakers_statements,
    _statement_target,
)

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def _units(spans):
    """Units laid one after another: ``spans`` are ``(text, words)``; returns the text and the units."""
    text, units = "", []
    for piece, words in spans:
        units.append(Unit(start=len(text), end=len(text) + len(piece), words=words, bag=Counter(), head=piece))
        text += piece + " "
    return text, units


# --- class 1: the floor is given before the question ---------------------------------------------


def test_a_moderators_short_turn_before_a_question_gives_the_floor():
    text, units = _units([("The dredging of the outer basin ends in May.", 9),
                          ("Next, we will take Priya Raman at the Harbour Gazette.", 10),
                          ("Will the ferry terminal close during the works?", 8)])
    passages = [Passage(units[0].start, units[0].end, "answer"), Passage(units[1].start, units[1].end, "other"),
                Passage(units[2].start, units[2].end, "question", "block")]
    owner = [0, 1, 2]
    assert _floor_given(text, units, owner, passages, 2, units[2].start, SegmenterConfig(), profile=english()) == units[1].start


def test_an_answer_that_ends_by_handing_over_gives_the_floor_in_its_last_sentence():
    text, units = _units([("The dredging of the outer basin ends in May, on budget and on time.", 30),
                          ("Go ahead, Tomas.", 3),
                          ("Will the ferry terminal close during the works?", 8)])
    passages = [Passage(units[0].start, units[1].end, "answer"), Passage(units[2].start, units[2].end, "question")]
    owner = [0, 0, 1]
    assert _floor_given(text, units, owner, passages, 2, units[2].start, SegmenterConfig(), profile=english()) == units[1].start
    # A plain answer gives nothing: the topic's talk starts at the question.
    text, units = _units([("The dredging ends in May.", 30), ("The basin reopens in June.", 20), ("Will it close?", 3)])
    assert _floor_given(text, units, owner, passages, 2, units[2].start, SegmenterConfig(), profile=english()) == units[2].start


# --- class 2: a heading names a subject -----------------------------------------------------------


def _fitting(people=frozenset(), subjects=frozenset(), spread=(), single=(), leading=()):
    return lambda phrase: _fit(phrase, frozenset(people), frozenset(subjects), set(spread), list(single), set(leading), profile=english())


def test_a_lone_common_noun_or_a_verb_never_heads_a_topic_while_a_phrase_can():
    fit = _fitting(single=["postpone"])
    assert heading(["week", "season ticket prices", "fans"], "", set(), fit=fit, profile=english()) == "Season ticket prices"
    assert heading(["postpone", "stadium lease"], "", set(), fit=fit, profile=english()) == "Stadium lease"
    assert fit("postpone") > fit("week") >= UNFIT


def test_a_persons_name_never_heads_a_topic():
    fit = _fitting(people={"ortega"})
    assert heading(["Luisa Ortega", "youth academy funding"], "", set(), fit=fit, profile=english()) == "Youth academy funding"
    assert heading(["Mr. Halvorsen", "pitch renovation"], "", set(), fit=_fitting(), profile=english()) == "Pitch renovation"


def test_a_bodys_name_or_an_acronym_heads_a_topic_when_it_leads():
    fit = _fitting(subjects={"uefa"}, leading={"UEFA"})
    assert heading(["UEFA", "licensing rules"], "", set(), fit=fit, profile=english()) == "UEFA"
    # Said all through the event, it sets nothing apart: a phrase of the segment's own comes first.
    fit = _fitting(subjects={"uefa"}, leading={"UEFA"}, spread={"UEFA"})
    assert heading(["UEFA", "licensing rules"], "", set(), fit=fit, profile=english()) == "Licensing rules"


# --- class 3: statements are cut where a speaker's statement or the subject changes ----------------


def test_two_long_statements_by_two_speakers_are_two_topics_but_an_introduction_is_not():
    _, units = _units([("Speaker one opens.", 400), ("Speaker two replies.", 420)])
    assert _speakers_statements(units, 0, 2, [1], 380) == [(0, 1), (1, 2)]
    # A host's few words before the guest's statement belong to it.
    _, units = _units([("The host introduces the minister.", 60), ("The minister's statement.", 700)])
    assert _speakers_statements(units, 0, 2, [1], 380) == [(0, 2)]


def test_a_statement_topic_is_as_long_as_the_events_question_topics():
    _, units = _units([("Opening.", 2000)] + [(f"Exchange {k}.", 900) for k in range(5)])
    config = SegmenterConfig(target_words=380)
    assert _statement_target(units, [1, 2, 3, 4, 5], [(0, 1)], config) == 900
    # Quick questions never make statement topics shorter than the default.
    _, units = _units([("Opening.", 2000)] + [(f"Exchange {k}.", 120) for k in range(5)])
    assert _statement_target(units, [1, 2, 3, 4, 5], [(0, 1)], config) == 380
    # Too few exchanges to judge by: the default.
    assert _statement_target(units, [1], [(0, 1)], config) == 380


def test_a_name_in_an_untagged_sentence_is_read_by_the_recogniser():
    nlp = spacy.blank("en")  # no model: no sentence is tagged
    nlp.add_pipe("sentencizer")
    text = "The board met today. Dana Whitfield spoke on the Harbour Board levy."
    doc = nlp(text)
    asked = []

    def recognise(sentences):
        asked.extend(sentences)
        return [[("Dana Whitfield", "PERSON"), ("Harbour Board", "ORG")] for _ in sentences]

    first_at = {"Dana Whitfield": text.index("Dana"), "Harbour Board": text.index("Harbour"), "levy": text.index("levy")}
    people, subjects = _recognised(doc, recognise, ["Dana Whitfield", "Harbour Board", "levy"], first_at,
                                   frozenset(), frozenset(), profile=english())
    assert {"dana", "whitfield"} <= people and "harbour board" in subjects
    second = "Dana Whitfield spoke on the Harbour Board levy."
    assert asked == [second, second]  # only phrases written as names are looked up
    fit = lambda phrase: _fit(phrase, people, subjects, set(), [], set(), profile=english())  # noqa: E731
    assert heading(["Dana Whitfield", "levy rates"], "", set(), fit=fit, profile=english()) == "Levy rates"


# --- class 4: questions judged by what they say ---------------------------------------------------


def test_a_new_asker_following_up_on_a_named_subject_does_not_just_carry_on():
    assert not is_follow_up("Hi, I want to follow up on the transfer budget issue you raised earlier.", profile=english())
    assert is_follow_up("Just to follow up on that, coach.", profile=english()) and is_follow_up("I'd like to follow up on the last question.", profile=english())
    # Getting back to a level is no return to an earlier subject; going back to a subject is.
    assert not changes_subject("Do you expect ticket sales to get back to 30,000 a match?", profile=english())
    assert changes_subject("Going back to the stadium lease, when does it expire?", profile=english())


def test_a_question_taken_up_after_an_official_breaks_in_carries_on():
    turns = [("question", "Q    Will the club sell its training ground to pay the stadium debt?"),
             ("answer", "COACH:  Well —"),
             ("question", "Q    And how soon would the sale go through?"),
             ("answer", "COACH:  Not before the summer window closes, as the board has said all along."),
             ("question", "Q    Thanks, coach."),
             ("answer", "COACH:  I think —"),
             ("question", "Q    Who will captain the side against Rovers on Saturday?")]
    text, passages = "", []
    for role, body in turns:
        passages.append(Passage(len(text), len(text) + len(body), role, "question" if role == "question" else "none",
                                content_start=len(text) + 5 if role == "question" else len(text) + 7))
        text += body + "\n\n"
    # Each turn's content words, as the units would hold them.
    bags = [Counter(words.split()) for words in ("club training ground stadium debt", "", "sale", "summer window board",
                                                 "", "", "side captain rovers saturday")]
    units = [Unit(p.start, p.end, len(body.split()), bag) for p, (_, body), bag in zip(passages, turns, bags)]
    cues = question_cues(text, units, list(range(len(units))), passages, profile=english())
    assert cues[2].form == "fragment"  # the asker goes on after "Well —"
    assert cues[6].form == "question"  # what the coach broke into was a greeting: a new question starts


def test_no_topic_starts_inside_a_sentence_broken_by_a_page_break():
    text, units = _units([("The ministry approved 40 new schools and expects to open them in the", 13),
                          ("Page 3 of 12", 0),
                          ("Education Ministry Briefing 2031 autumn term.", 6),
                          ("Teacher hiring is the next subject.", 6),
                          ("and the unions agree.", 4)])
    assert _mid_sentence(text, units, [0] * 5) == {1, 2, 4}
    # A new passage starts whatever the last one said.
    assert _mid_sentence(text, units, [0, 0, 1, 1, 1]) == {1, 4}


def test_a_reporter_naming_themselves_and_their_outlet_is_no_subject():
    assert _names_someone("Dana Roe from the Harbour Gazette.")
    assert _names_someone("Hi, Lee Park, City Radio.")
    assert not _names_someone("Will the Harbour Board raise mooring fees?")
    assert not _names_someone("The port raised its fees today by a lot.")


def test_a_number_in_words_never_heads_a_topic():
    fit = _fitting()
    assert heading(["tens of thousands", "mooring fees"], "", set(), fit=fit, profile=english()) == "Mooring fees"


def test_a_heading_is_never_cut_short_of_a_phrase_the_segment_says_in_full():
    fit = _fitting()
    assert heading(["mooring fees", "harbour dues"], "", set(), asked=["mooring"], fit=fit, profile=english()) == "Mooring fees"
    assert heading(["harbour", "harbour dredging works"], "", set(), asked=["harbour dredging"],
                   fit=fit, profile=english()) == "Harbour dredging works"


# --- class 5: speech-to-text ---------------------------------------------------------------------


def test_where_no_turn_starts_with_a_capital_a_lower_case_question_is_still_a_question():
    assert question_form("will the club sell the training ground to pay the stadium debt", 4, cased=False) == "question"
    assert question_form("will the club sell the training ground to pay the stadium debt", 4) == "fragment"
    turns = ["q    will the club sell its training ground to pay off the stadium debt this year",
             "coach:  the board decides that and it has not met yet on the stadium debt",
             "q    who will captain the side against rovers on saturday if the striker is injured",
             "coach:  we will see on friday after training"]
    text, passages = "", []
    for k, body in enumerate(turns):
        role = "question" if k % 2 == 0 else "answer"
        passages.append(Passage(len(text), len(text) + len(body), role, "question" if role == "question" else "none",
                                content_start=len(text) + (5 if role == "question" else 7)))
        text += body + "\n\n"
    bags = [Counter(w for w in body.split()[1:] if len(w) > 5) for body in turns]
    units = [Unit(p.start, p.end, len(body.split()), bag) for p, body, bag in zip(passages, turns, bags)]
    cues = question_cues(text, units, list(range(len(units))), passages, profile=english())
    assert cues[2].form == "question"


def test_a_verb_and_its_object_in_an_untagged_sentence_heads_no_topic(model):
    # The port authority's sentence was never tagged: guessed word classes took "expand" for a noun.
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "The harbour was busy. We will expand cargo inspections at the eastern terminal."
    doc = nlp(text)
    phrases = ["expand cargo inspections", "eastern terminal"]
    first_at = {p: text.index(p) for p in phrases}
    not_nouns = _not_noun_phrases(doc, _tagger(model), phrases, first_at)
    assert not_nouns == {"expand cargo inspections"}
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], set(), not_nouns, profile=english())  # noqa: E731
    assert heading(["expand cargo inspections", "eastern terminal"], "", set(), fit=fit, profile=english()) == "Eastern terminal"


def test_a_title_of_office_heads_no_topic():
    # A regional parliament: the minister and the mayor are who speaks of the subject, not the subject.
    people = frozenset({"ana", "ruiz"})
    fit = lambda phrase: _fit(phrase, people, frozenset(), set(), [], set(), profile=english())  # noqa: E731
    assert heading(["Deputy Transport Minister", "ferry fares"], "", set(), fit=fit, profile=english()) == "Ferry fares"
    assert heading(["Mayor Ana Ruiz", "ferry fares"], "", set(), fit=fit, profile=english()) == "Ferry fares"
    # An office inside a subject's name is no title: "Minister" is not its last word, nor a name after it.
    assert _fit("Ministers Conference Agenda", people, frozenset(), set(), [], profile=english()) < UNFIT
