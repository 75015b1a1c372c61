"""Topic tuning as config and topic wording as the language profile's: the settings reach the segmenter and
the labels, the heading ranks come from named rules, and headings, signposts and acknowledgements are read
from the profile (a harbour authority's and a ferry company's wording)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy

from extractor.lang.profile import english
from extractor.topics import LabelConfig, Passage, SegmenterConfig
from extractor.topics.config import MarkerConfig, QuestionConfig
from extractor.topics.features import WordClasses, content_lemmas, min_content_letters, word_lemma
from extractor.topics.label_fitness import HEADING_FIT, _Candidate
from extractor.topics.label_heading import heading
from extractor.topics.markers import changes_subject, marker_strength
from extractor.topics.passages import generic_askers
from extractor.topics.questions import ends_with_handoff, opens_with_continuation, question_form
from extractor.topics.segment import _names_someone, _opening_questions, _passage_text

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def test_segmenter_and_label_settings_are_set_from_the_component_config():
    pipe = spacy.blank("en").add_pipe("transcript_topics",
                                      config={"greeting_words": 2, "labels": {"opening_weight": 5}})
    assert pipe.config.greeting_words == 2
    assert pipe.config.labels.opening_weight == 5
    # The section's other settings keep their defaults.
    assert pipe.config.labels.max_keywords == LabelConfig().max_keywords
    assert pipe.config.target_words == SegmenterConfig().target_words


def test_an_unknown_label_setting_is_a_clear_error():
    with pytest.raises(ValueError, match="labels section"):
        spacy.blank("en").add_pipe("transcript_topics", config={"labels": {"opening_wieght": 5}})


def test_how_many_words_a_greeting_has_is_a_setting():
    text = "Q: Mooring fees, why? A: The harbour board raised them for the new pontoons this spring."
    question, answer = text.index("Mooring"), text.index("The harbour")
    passages = [Passage(0, answer - 1, "question", content_start=question),
                Passage(answer - 3, len(text), "answer", content_start=answer)]
    edges = [(0, len(text))]
    # Three words are a greeting by default: the segment's opening question is none of its passages.
    assert _opening_questions(text, edges, passages, SegmenterConfig()) == []
    assert _opening_questions(text, edges, passages, SegmenterConfig(greeting_words=2)) == [(0, answer - 1)]


def _candidate(phrase: str, *, people=frozenset(), spread=frozenset(), single=()) -> _Candidate:
    return _Candidate(phrase, phrase.split(), frozenset(people), frozenset({"harbour board"}), set(spread),
                      list(single), frozenset(), english())


def test_each_heading_rank_is_given_by_a_named_rule():
    assert HEADING_FIT.decide(_candidate("postpone", single=["postpone"])) == ("made_up_word", UNFIT + 2)
    assert HEADING_FIT.decide(_candidate("thousands")) == ("says_how_many", UNFIT + 1)
    assert HEADING_FIT.decide(_candidate("Lee Park", people={"park"})) == ("names_a_person", UNFIT + 1)
    assert HEADING_FIT.decide(_candidate("ferry fares", spread={"ferry fares"})) == ("said_throughout", 2)
    assert HEADING_FIT.decide(_candidate("ferry fares")) == ("names_subject", 0)
    assert HEADING_FIT.decide(_candidate("Harbour Board")) == ("names_subject", 0)
    assert HEADING_FIT.decide(_candidate("pontoon")) == ("names_subject", UNFIT)


def test_headings_are_written_with_the_words_of_the_profile():
    assert heading([], "", set(), profile=english()) == "Remarks"
    assert heading(["ferries", "tolls"], "on ferries and tolls", set(), profile=english()) == "Ferries and tolls"
    overridden = english().overriding({"heading_words": {"coordinator": "og", "no_subject": "Innlegg"}})
    assert heading([], "", set(), profile=overridden) == "Innlegg"
    assert heading(["ferjer", "bompenger"], "om ferjer og bompenger", set(), profile=overridden) == "Ferjer og bompenger"


def test_signposts_are_patterns_of_the_language_profile():
    # Matched whatever the case, the blanks of the verbose pattern ignored and its escaped ones kept.
    assert english().pattern("signposts_medium").match("AS FOR the harbour levy")
    assert not english().pattern("signposts_medium").match("Asfor the harbour levy")
    assert marker_strength("Turning now to the ferry timetable, sailings resume in May.", profile=english()) == MarkerConfig().strong_signpost
    assert marker_strength("With regard to the ferry timetable, sailings resume in May.", profile=english()) == MarkerConfig().medium_signpost
    assert marker_strength("The ferry timetable changes in May.", profile=english()) == 0.0


def test_a_reporter_s_acknowledgement_is_a_word_list_of_the_profile():
    assert opens_with_continuation("Okay. But what about the ferry fares?", profile=english())
    overridden = english().overriding({"acknowledgements": ["greit"]})
    assert opens_with_continuation("Greit. But what about the ferry fares?", profile=overridden)
    assert not opens_with_continuation("Okay. But what about the ferry fares?", profile=overridden)


def test_the_guesses_of_untagged_words_read_the_endings_of_the_profile():
    classes = WordClasses(profile=english())
    assert word_lemma("ferries", profile=english()) == "ferry" and word_lemma("taxes", profile=english()) == "tax" and word_lemma("bonus", profile=english()) == "bonus"
    assert classes.guess_form("rerouted", "rerouted", False)[0] == "VERB"
    overridden = english().overriding({"plural_endings": {"ene": "e"}, "plural_markers": ["er"], "past_endings": ["et"],
                                       "not_plural_endings": []})
    classes = WordClasses(profile=overridden)
    assert word_lemma("fergene", profile=overridden) == "ferge"  # Norwegian: the ferries
    assert word_lemma("ferger", profile=overridden) == "ferg"
    assert word_lemma("ferries", profile=overridden) == "ferries"
    assert classes.guess_form("omdirigert", "omdirigert", False)[0] != "VERB"
    assert classes.guess_form("stoppet", "stoppet", False)[0] == "VERB"


def test_the_fewest_letters_of_a_content_word_and_a_plural_are_the_profile_s_word_shapes():
    shapes = dict(english().table("word_shapes"))
    doc = spacy.blank("en")("Fog and ice closed the bay to ferries and tugs")
    assert min_content_letters(english()) == 3
    assert content_lemmas(doc, profile=english()) == ["fog", "ice", "bay", "ferry", "tug"]
    longer = english().overriding({"word_shapes": {**shapes, "content_word": "4", "plural": "5"}})
    assert content_lemmas(doc, profile=longer) == ["ferry", "tugs"]
    assert word_lemma("tugs", profile=longer) == "tugs" and word_lemma("ferries", profile=longer) == "ferry"
    shorter = english().overriding({"word_shapes": {**shapes, "long_plural": "4"}})
    assert word_lemma("axes", profile=english()) == "axe" and word_lemma("axes", profile=shorter) == "ax"


def _topics_config(**settings):
    return spacy.blank("en").add_pipe("transcript_topics", config=settings).config


def test_where_signposts_and_cues_are_sought_is_a_markers_setting():
    late = "Before we get to the budget, let me thank the crews. I have a different question, on the ferry fares."
    assert MarkerConfig().cue_chars > late.index("a different question")
    assert changes_subject(late, profile=english(), config=_topics_config().markers)
    config = _topics_config(markers={"cue_chars": 40})
    assert config.markers.signpost_chars == MarkerConfig().signpost_chars
    assert not changes_subject(late, profile=english(), config=config.markers)
    weaker = _topics_config(markers={"strong_signpost": 0.8}).markers
    assert marker_strength("Turning now to the ferry timetable, it changes in May.", profile=english(),
                           config=weaker) == 0.8


def test_how_long_banter_and_a_hand_off_are_is_a_questions_setting():
    assert QuestionConfig().banter_words >= 4 and QuestionConfig().called_name_words >= 2
    assert question_form("Thank you so much, Mayor.", 0, config=_topics_config().questions) == "banter"
    brief = _topics_config(questions={"banter_words": 3, "called_name_words": 1}).questions
    assert question_form("Thank you so much, Mayor.", 0, config=brief) == "question"
    said = "The pontoons reopen in April. Mary Lou."
    assert ends_with_handoff(said, profile=english(), config=_topics_config().questions)
    assert not ends_with_handoff(said, profile=english(), config=brief)


def test_when_an_askers_label_is_shared_is_a_questions_setting():
    askers = ("Q", "Q", "Q", "DANA ROE", "LEE PARK", "SAM OKAFOR", "IDA BERG", "TOM HALE")
    structure = SimpleNamespace(exchanges=[SimpleNamespace(asked_by=a) for a in askers])
    assert generic_askers(structure, _topics_config().questions) == {"Q"}
    assert generic_askers(structure, _topics_config(questions={"shared_label_share": 2}).questions) == frozenset()


def test_introductions_and_further_questions_are_read_as_the_segmenter_settings_say():
    config = _topics_config(introduction_name_words=3, further_question_sentences=1)
    assert SegmenterConfig().introduction_name_words >= 6
    introduction = "Dana Roe from the Harbour Gazette."
    assert _names_someone(introduction, SegmenterConfig().introduction_name_words)
    assert not _names_someone(introduction, config.introduction_name_words)
    units = [SimpleNamespace(head="Thanks."), SimpleNamespace(head="On the ferries, a different question.")]
    assert _passage_text(units, [0, 0], 0, 2, SegmenterConfig().further_question_sentences).endswith("question.")
    assert _passage_text(units, [0, 0], 0, 2, config.further_question_sentences) == "Thanks."
