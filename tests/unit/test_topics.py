"""Topic segmentation on short synthetic transcripts: markers, passages, cohesion, labels, the component."""
from __future__ import annotations

import itertools

import pytest
import spacy

from extractor.lang.profile import english
from extractor.structure.types import Exchange, Header, Statement, Structure, Turn
from extractor.topics import Passage, SegmenterConfig, passages_from_structure, segment_topics, speaker_names
from extractor.topics.features import cosine, idf_weights, weighted
from extractor.topics.markers import changes_subject, is_follow_up, marker_strength


@pytest.fixture
def nlp_sm(model):
    """The session's model alone (conftest): these rules run on its parse."""
    return model


# --- discourse markers ------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "On your second question, we do not comment.",
    "Now you asked me a second question.",
    "And, secondly, on the exchange rate, we are watching.",
    "Turning to the labour market, employment grew.",
    "You know, on your latter question, I will give a speech.",
])
def test_strong_markers_announce_a_new_subject(sentence):
    assert marker_strength(sentence, profile=english()) == 1.0


@pytest.mark.parametrize("sentence", ["In terms of housing, prices fell.", "Regarding exports, they rose.",
                                      "In addition, bonded zones matter."])
def test_signposts_are_medium_evidence(sentence):
    assert marker_strength(sentence, profile=english()) == 0.5


def test_enumerations_are_weak_and_plain_sentences_carry_no_marker():
    assert 0 < marker_strength("First, the structure has improved.", profile=english()) < 0.5
    assert marker_strength("The economy grew by 0.4 per cent.", profile=english()) == 0.0
    assert marker_strength("So, you know, there are many channels.", profile=english()) == 0.0


def test_follow_up_and_change_of_subject_in_questions():
    assert is_follow_up("I want to follow up on that, because supply chains are tight.", profile=english())
    assert not is_follow_up("To follow up from your message from the very beginning, what about families?", profile=english())
    assert changes_subject("I have a different question, on housing.", profile=english())
    assert not changes_subject("Could you say more about housing?", profile=english())


# --- vectors ------------------------------------------------------------------------------------------


def test_idf_weights_favour_rare_words_and_cosine_is_bounded():
    from collections import Counter

    bags = [Counter(inflation=2, wage=1), Counter(inflation=1, tariff=2), Counter(inflation=1, tariff=1)]
    idf = idf_weights(bags)
    assert idf["wage"] > idf["tariff"] > idf["inflation"]
    a, b = weighted(bags[1:2], idf), weighted(bags[2:3], idf)
    assert 0.9 < cosine(a, b) <= 1.0
    assert cosine(weighted(bags[:1], idf), {}) == 0.0


# --- passages from a structure --------------------------------------------------------------------


def _turn(number, start, end, content_start, speaker, role):
    return Turn(id=f"t{number}", start=start, end=end, content_start=content_start, speaker=speaker, role=role,
                participant=None)


def _exchange(number, start, end, asker, questions, answers):
    return Exchange(id=f"e{number}", start=start, end=end, asked_by=asker, question_turns=questions,
                    answer_turns=answers)


def _structure():
    # opening statement (t1), exchange A (t2, t3), follow-up by the same asker (t4, t5), exchange B (t6, t7)
    turns = (
        _turn(1, 0, 10, 0, "CHAIR", "official"),
        _turn(2, 10, 20, 12, "JANE DOE", "media"),
        _turn(3, 20, 30, 22, "CHAIR", "official"),
        _turn(4, 30, 40, 32, "JANE DOE", "media"),
        _turn(5, 40, 50, 42, "CHAIR", "official"),
        _turn(6, 50, 60, 52, "JOHN ROE", "media"),
        _turn(7, 60, 70, 62, "CHAIR", "official"),
    )
    return Structure(
        header=Header(),
        turns=turns,
        statements=(Statement(id="s1", kind="opening", start=0, end=10, turns=("t1",)),),
        exchanges=(
            _exchange(1, 10, 30, "JANE DOE", ("t2",), ("t3",)),
            _exchange(2, 30, 50, "JANE DOE", ("t4",), ("t5",)),
            _exchange(3, 50, 70, "JOHN ROE", ("t6",), ("t7",)),
        ),
    )


def test_passages_mark_blocks_follow_ups_and_roles():
    passages = passages_from_structure(_structure())
    assert [p.role for p in passages] == ["statement", "question", "answer", "question", "answer", "question", "answer"]
    assert [p.opens for p in passages] == ["block", "block", "none", "follow-up", "none", "block", "none"]
    assert passages[1].content_start == 12


def test_speaker_names_are_surnames_of_multiword_labels():
    assert speaker_names(_structure()) == frozenset({"doe", "roe"})


# --- segmentation ---------------------------------------------------------------------------------

HOUSING = ("Housing prices rose in the capital. Mortgage rates for homebuyers stayed high. "
           "Rents for apartments climbed as housing supply lagged. Builders started fewer homes. ")
TRADE = ("Exports of machinery grew strongly. Tariffs on steel imports were raised by partners. "
         "The trade surplus widened as shipments to ports increased. Customs clearance became faster. ")
WEATHER = ("Storms flooded farms across the valley. Rainfall broke records in the north. "
           "Crops of wheat and maize were damaged by hail. Farmers expect a smaller harvest. ")


def _segment(nlp, text, passages, **config):
    doc = nlp(text)
    return segment_topics(doc, passages, body_start=0, config=SegmenterConfig(**config), profile=english())


def test_segments_are_contiguous_from_body_start_to_the_end(nlp_sm):
    text = "Intro words here. " + HOUSING * 3
    doc = nlp_sm(text)
    segments = segment_topics(doc, [Passage(18, len(text), "statement", "block")], body_start=18, profile=english())
    assert segments[0].start == 18 and segments[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(segments))


def test_each_new_question_starts_a_segment(nlp_sm):
    q1, a1 = "What about housing prices and rents?\n\n", HOUSING * 3
    q2, a2 = "\n\nAnd what about exports and tariffs?\n\n", TRADE * 3
    text = q1 + a1 + q2 + a2
    passages = [
        Passage(0, len(q1), "question", "block"),
        Passage(len(q1), len(q1) + len(a1), "answer"),
        Passage(len(q1) + len(a1), len(q1) + len(a1) + len(q2), "question", "block"),
        Passage(len(q1) + len(a1) + len(q2), len(text), "answer"),
    ]
    segments = _segment(nlp_sm, text, passages)
    assert [s.start for s in segments] == [0, len(q1) + len(a1)]
    assert "housing" in " ".join(segments[0].keywords).lower()
    assert any(w in " ".join(segments[1].keywords).lower() for w in ("export", "tariff", "trade", "customs"))


def test_a_follow_up_by_the_same_asker_stays_unless_it_changes_the_subject(nlp_sm):
    q1, a1 = "What about housing prices?\n\n", HOUSING * 3
    q2 = "\n\nAnd would mortgage rates for homebuyers fall soon?\n\n"
    a2 = HOUSING * 2
    text = q1 + a1 + q2 + a2
    cut = len(q1) + len(a1)
    passages = [Passage(0, len(q1), "question", "block"), Passage(len(q1), cut, "answer"),
                Passage(cut, cut + len(q2), "question", "follow-up"), Passage(cut + len(q2), len(text), "answer")]
    assert [s.start for s in _segment(nlp_sm, text, passages, min_words=40)] == [0]
    q2 = "\n\nI have a different question, on the weather and crops.\n\n"
    a2 = WEATHER * 3
    text = q1 + a1 + q2 + a2
    passages[2:] = [Passage(cut, cut + len(q2), "question", "follow-up"), Passage(cut + len(q2), len(text), "answer")]
    assert [s.start for s in _segment(nlp_sm, text, passages, min_words=40)] == [0, cut]


def test_another_reporter_who_says_they_follow_up_opens_a_topic(nlp_sm):
    # A city council briefing: the moderator names each reporter; the second one takes up the
    # first one's subject in a question of their own.
    q1, a1 = "How will the council pay for new housing?\n\n", HOUSING * 3
    q2 = "\n\nJust to follow up on that, will the storms hold up the new homes?\n\n"
    a2 = WEATHER * 2 + HOUSING * 2  # the new reporter's subject first, then back to the old one
    text = q1 + a1 + q2 + a2
    cut = len(q1) + len(a1)

    def passages(first, second):
        return [Passage(0, len(q1), "question", "block", asker=first), Passage(len(q1), cut, "answer"),
                Passage(cut, cut + len(q2), "question", "block", asker=second),
                Passage(cut + len(q2), len(text), "answer")]

    config = {"min_words": 40, "window_words": 50}
    assert [s.start for s in _segment(nlp_sm, text, passages("Ann Lee", "Raj Patel"), **config)] == [0, cut]
    # The same reporter, or askers the structure does not name: the stated follow-up keeps the subject.
    assert [s.start for s in _segment(nlp_sm, text, passages("Ann Lee", "Ann Lee"), **config)] == [0]
    assert [s.start for s in _segment(nlp_sm, text, passages(None, None), **config)] == [0]


def test_a_brief_exchange_without_a_subject_joins_the_next_topic(nlp_sm):
    # A sports club's press conference: between two real questions a reporter congratulates the coach
    # on the anniversary of the club and the coach thanks them; too brief to be a topic of its own.
    q1, a1 = "What about the new stadium and its rents?\n\n", HOUSING * 3
    q2 = "\n\nCoach, congratulations on the anniversary of the club from all of us in the press room today.\n\n"
    a2 = "Thank you very much, that is very kind of all of you, and we are grateful for the support.\n\n"
    q3, a3 = "What about the transfers of players and the fees?\n\n", TRADE * 3
    text = q1 + a1 + q2 + a2 + q3 + a3
    marks = list(itertools.accumulate([0, len(q1), len(a1), len(q2), len(a2), len(q3), len(a3)]))
    roles = ["question", "answer"] * 3
    passages = [Passage(a, b, r, "block" if r == "question" else "none")
                for a, b, r in zip(marks, marks[1:], roles)]
    assert [s.start for s in _segment(nlp_sm, text, passages, min_words=40)] == [0, marks[2]]


def test_an_answer_is_split_at_a_signpost_to_the_second_question(nlp_sm):
    q = "What about housing, and what about exports?\n\n"
    second = "On your second question, exports of machinery grew strongly. "
    answer = HOUSING * 3 + second + TRADE * 3
    text = q + answer
    passages = [Passage(0, len(q), "question", "block"), Passage(len(q), len(text), "answer")]
    segments = _segment(nlp_sm, text, passages, min_words=40)
    assert [s.start for s in segments] == [0, len(q) + len(HOUSING * 3)]


def test_an_answer_without_signposts_is_not_split(nlp_sm):
    q = "What about housing and exports?\n\n"
    answer = HOUSING * 3 + TRADE * 3
    text = q + answer
    passages = [Passage(0, len(q), "question", "block"), Passage(len(q), len(text), "answer")]
    assert len(_segment(nlp_sm, text, passages, min_words=40)) == 1


def test_a_long_statement_is_cut_where_the_vocabulary_changes(nlp_sm):
    parts = [HOUSING * 4, TRADE * 4, WEATHER * 4]
    text = "\n\n".join(parts)
    segments = _segment(nlp_sm, text, [Passage(0, len(text), "statement", "block")], target_words=120, min_words=40)
    expected = [0, len(parts[0]) + 2, len(parts[0]) + len(parts[1]) + 4]
    assert [s.start for s in segments] == expected


def test_a_long_statement_on_one_subject_stays_whole(nlp_sm):
    # A mayor's remarks on the parks, twice the target length: no change of vocabulary stands out
    # of the statement's own, so the length alone does not cut it.
    parks = ("The city will plant trees in every park this spring. Playgrounds in the parks get new swings. "
             "Park rangers will patrol the gardens at night. The lake in the central park will be cleaned. "
             "Benches along the park paths are being repaired. Volunteers help gardeners weed the flower beds. ")
    text = parks * 6
    segments = _segment(nlp_sm, text, [Passage(0, len(text), "statement", "block")], target_words=120, min_words=40)
    assert [s.start for s in segments] == [0]


def test_a_short_statement_is_not_cut(nlp_sm):
    text = HOUSING + TRADE
    segments = _segment(nlp_sm, text, [Passage(0, len(text), "statement", "block")])
    assert len(segments) == 1


def test_labels_are_distinct_and_keywords_number_three_to_six(nlp_sm):
    parts = [HOUSING * 4, TRADE * 4, WEATHER * 4, HOUSING * 4]
    text = "\n\n".join(parts)
    passages, pos = [], 0
    for p in parts:
        passages.append(Passage(pos, pos + len(p), "statement", "block"))
        pos += len(p) + 2
    segments = _segment(nlp_sm, text, passages, target_words=10_000)
    labels = [s.label.lower() for s in segments]
    assert len(segments) == 4 and len(set(labels)) == 4
    assert all(3 <= len(s.keywords) <= 6 for s in segments)
    assert all(s.label[0].isupper() for s in segments)


def test_speaker_names_never_appear_in_labels(nlp_sm):
    text = "JANE DOE. Jane Doe, Daily Planet. What about housing prices?\n\n" + HOUSING * 2
    passages = [Passage(0, 59, "question", "block", content_start=10), Passage(59, len(text), "answer")]
    doc = nlp_sm(text)
    (segment,) = segment_topics(doc, passages, names=frozenset({"doe"}), profile=english())
    assert "doe" not in segment.label.lower()
    assert not any("doe" in k.lower() for k in segment.keywords)


def test_without_a_parse_the_body_is_one_segment():
    nlp = spacy.blank("en")
    text = "Some words about housing. More words about rents."
    segments = segment_topics(nlp(text), [], body_start=5, profile=english())
    assert [(s.start, s.end) for s in segments] == [(5, len(text))]
    assert segments[0].label


def test_empty_body_gives_no_segments():
    nlp = spacy.blank("en")
    assert segment_topics(nlp("abc"), [], body_start=3, profile=english()) == []


# --- the component ------------------------------------------------------------------------------


def test_component_lays_segments_on_spans(nlp_sm):
    from extractor.pipeline.components.topics import TopicsComponent
    from extractor.pipeline.extensions import TOPICS, register_extensions

    register_extensions()
    q = "JANE DOE. What about housing?\n\n"
    a = "CHAIR. " + HOUSING * 2
    text = q + a
    structure = Structure(
        header=Header(),
        turns=(_turn(1, 0, len(q) - 2, 10, "JANE DOE", "media"),
               _turn(2, len(q), len(text), len(q) + 7, "CHAIR", "official")),
        exchanges=(_exchange(1, 0, len(text), "JANE DOE", ("t1",), ("t2",)),),
    )
    doc = nlp_sm(text)
    doc._.structure = structure
    doc = TopicsComponent()(doc)
    spans = doc.spans[TOPICS]
    assert len(spans) == 1 and spans[0]._.topic.start == 0 and spans[0]._.topic.end == len(text)


def test_a_segment_too_short_to_be_a_topic_joins_its_neighbour():
    from collections import Counter

    from extractor.topics.features import Unit
    from extractor.topics.segment import _merge_short

    def unit(start, words):
        return Unit(start=start, end=start + 5, bag=Counter(), words=words)

    units = [unit(0, 3), unit(10, 50), unit(100, 40), unit(200, 5)]
    # A greeting (3 words) joins the next segment; a short tail (5 words) joins the one before.
    assert _merge_short([0, 10, 100, 200], 300, units, 20) == [0, 100]
    assert _merge_short([0], 300, units, 20) == [0]


def test_label_phrases_keep_the_space_of_a_line_break(nlp_sm):
    from extractor.topics.label_candidates import _surface

    doc = nlp_sm("Funding for Head Start\nproviders was cut.")
    words = [t for t in doc if t.text in ("Head", "Start", "providers")]
    assert _surface(words) == "Head Start providers"


# --- untagged words (the focused pipeline tags only the passages that may hold a figure) -----------


def _partly_tagged():
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    words = ["Tariffs", "rose", "5", "%", ".", "New", "tariffs", "hurt", "steadily", "and", "Hengqin", "grows", "."]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "PUNCT"] + [""] * 8
    lemmas = ["tariff", "rise", "5", "%", "."] + [""] * 8
    starts = [True] + [False] * 4 + [True] + [False] * 7
    return Doc(nlp.vocab, words=words, pos=pos, lemmas=lemmas, sent_starts=starts)


def test_untagged_words_take_the_class_their_form_has_where_tagged():
    from extractor.topics.features import WordClasses

    doc = _partly_tagged()
    classes = WordClasses.of(doc, profile=english())
    assert not classes.complete
    assert classes.guess(doc[6]) == ("NOUN", "tariff")  # "tariffs": tagged as a noun in the first sentence
    assert classes.guess(doc[8])[0] == "ADV"  # "steadily": an unseen form, by its ending
    assert classes.guess(doc[10])[0] == "PROPN"  # "Hengqin": capitalised inside a sentence
    assert classes.guess(doc[5])[0] != "PROPN"  # "New": capitalised only because it starts the sentence


def test_content_lemmas_of_untagged_words_use_the_guess():
    from extractor.topics.features import WordClasses, content_lemmas

    doc = _partly_tagged()
    lemmas = content_lemmas(doc[5:], WordClasses.of(doc, profile=english()), profile=english())
    assert "tariff" in lemmas and "hengqin" in lemmas and "steadily" not in lemmas


def test_a_fully_tagged_document_needs_no_guesses(nlp_sm):
    from extractor.topics.features import WordClasses

    assert WordClasses.of(nlp_sm("Exports rose by 5 percent last year."), profile=english()).complete


def test_word_lemma_takes_off_plural_endings():
    from extractor.topics.features import word_lemma

    assert [word_lemma(w, profile=english()) for w in ["tariffs", "economies", "taxes", "business", "status", "gas"]] == [
        "tariff", "economy", "tax", "business", "status", "gas"]


def test_sentence_units_read_each_distinct_untagged_word_once():
    from extractor.topics.features import WordClasses, sentence_units

    nlp = spacy.blank("en")  # no model: every word is untagged and its class guessed
    nlp.add_pipe("sentencizer")
    doc = nlp("The ferry levy rises. The ferry levy falls. Harbour pilots welcome the ferry levy.")
    classes = WordClasses.of(doc, profile=english())
    guessed = []
    guess_form = classes.guess_form

    def counting(text, word, sent_start):
        guessed.append((text, sent_start))
        return guess_form(text, word, sent_start)

    classes.guess_form = counting  # type: ignore[method-assign]
    units = sentence_units(doc, classes=classes, profile=english())
    assert [dict(u.bag) for u in units][:2] == [{"ferry": 1, "levy": 1, "rise": 1}, {"ferry": 1, "levy": 1, "fall": 1}]
    assert units[2].bag["ferry"] == units[2].bag["levy"] == 1
    assert len(guessed) == len(set(guessed))  # "ferry" and "levy", said three times, are read once
