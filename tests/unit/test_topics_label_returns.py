"""Issue 28, labels: clauses taken for phrases, short acronyms, words of when and of counting, parts of
names, and names of who talks.

The examples are written for these tests: a city council's briefing, a football club's press conference.
"""
from __future__ import annotations

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_candidates import _key_phrases, _phrases
from extractor.topics.label_config import LabelConfig, Ranges
from extractor.topics.label_debris import _inside_a_name, _talkers
from extractor.topics.label_fitness import _fit
from extractor.topics.label_questions import _heard
from extractor.topics.label_ranking import _Tally

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def test_a_clause_taken_for_a_phrase_hides_no_phrase_that_shares_its_words():
    # A city council is asked "you don't tax parking permits?"; the answer says "the parking permits" once:
    # the clause, read as a phrase and ranked first as the question's, would hide the noun phrase inside it.
    phrases = [(0, "tax parking permit", "tax parking permits"), (40, "parking permit", "parking permits"),
               (120, "bus lane", "bus lanes")]
    opening = Ranges([(0, 30)])
    tally = _Tally.of(phrases, [(0, 200)], LabelConfig(), opening, opening)
    before = tally.choice(0, frozenset(), LabelConfig())
    assert "parking permits" not in before.keywords
    after = tally.choice(0, frozenset(), LabelConfig(), dropped=frozenset({"tax parking permits"}))
    assert "parking permits" in after.keywords and "tax parking permits" not in after.keywords


def test_a_two_letter_acronym_is_a_key_phrase_and_a_short_lower_case_word_is_not(nlp):
    # A football club's press conference: "VR" (the video referee) is what the question is about.
    doc = nlp("The club wants the league to drop VR next season. We asked the league about VR and it said no.")
    profile = english()
    keys = {key for _, key, _ in _phrases(doc, WordClasses.of(doc, profile=profile), profile=profile)}
    assert "vr" in keys
    assert not any(len(k) < 3 and k != "vr" for k in keys)


def test_a_word_of_when_alone_is_no_key_phrase_but_a_phrase_it_modifies_is(model):
    # A city council's briefing: the days and months say when; "the budget vote" says what about.
    doc = model("On Friday morning the council met again. In March the budget vote failed, and on Tuesday "
                "the mayor spoke about the budget vote.")
    profile = english()
    keys = {key for _, key, _ in _key_phrases(doc, WordClasses.of(doc, profile=profile), set(), Ranges([]),
                                              frozenset(), LabelConfig(), profile=profile)}
    assert "budget vote" in keys
    assert not keys & {"friday", "friday morning", "morning", "march", "tuesday"}


def test_a_noun_that_counts_what_its_of_names_is_no_key_phrase(model):
    # A football club: "a handful of" counts the injuries; "a review of the kit deal" is about the review.
    doc = model("The coach has a handful of injuries. The board ordered a review of the kit deal.")
    profile = english()
    keys = {key for _, key, _ in _phrases(doc, WordClasses.of(doc, profile=profile), profile=profile)}
    assert "injury" in keys and "handful" not in keys
    assert "review" in keys


def test_an_acronym_of_two_letters_ranks_as_a_lone_common_noun():
    profile = english()
    # A company's results call: "TV" (its advertising) is a common thing; "EU" a body, though the recogniser
    # (which calls "TV" an organisation too) cannot be trusted to tell them apart.
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset({"eu", "tv"}), set(), [], {"EU", "TV", "FDA"},  # noqa: E731
                              profile=profile)
    assert fit("EU") == UNFIT and fit("TV") == UNFIT
    # An acronym of three letters or more is a body's name as before.
    assert fit("FDA") == 0


def test_a_part_of_a_name_joined_by_of_is_no_key_phrase_alone():
    profile = english()
    # A city council: "the Chief of Staff" and "the Port of Bergen" name an office and a body, not "Chief" or
    # "Port"; what follows "of" ("Bergen") may name a subject by itself.
    text = "The mayor's Chief of Staff spoke. The Port of Bergen will dredge. After the flooding of Bergen, we " \
           "rebuilt. Most of Bergen has power."

    def inside(phrase, nth=0):
        at = -1
        for _ in range(nth + 1):
            at = text.index(phrase, at + 1)
        return _inside_a_name(text, at, phrase, profile=profile)
    assert inside("Chief") and inside("Port")
    assert not inside("Staff") and not any(inside("Bergen", n) for n in range(3))


def test_a_name_that_owns_a_question_or_a_comment_is_who_talks_and_heads_no_segment():
    profile = english()
    # A football club's press conference: "following up on Dana's question" names a reporter; "Riverside's
    # stadium" is a club's ground, a subject.
    text = ("Following up on Dana’s question, when does the Riverside's stadium lease end? And the Harbour "
            "Board's point?")
    phrases = [(text.index("Dana"), "dana", "Dana"), (text.index("Riverside"), "riverside", "Riverside"),
               (text.index("Harbour Board"), "harbour board", "Harbour Board"),
               (text.index("stadium lease"), "stadium lease", "stadium lease")]
    assert _talkers(text, phrases, profile=profile) == {"Dana", "Harbour Board"}
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], {"Dana"},  # noqa: E731
                              actors=_talkers(text, phrases, profile=profile), profile=profile)
    assert fit("Dana") > UNFIT
    assert fit("Harbour Board") == 2 and fit("stadium lease") == 0


def test_words_heard_outside_the_opening_question():
    text = "Q Will the stadium reopen? A The stadium reopens in May, said the groundskeeper."
    question = (text.index("Will"), text.index("?") + 1)
    heard = _heard(text, 0, len(text), Ranges([question]))
    assert "reopens" in heard and "groundskeeper" in heard and "will" not in heard
    # A word the question's end cuts is the question's: its tail after the cut is not heard.
    cut = (0, text.index("groundskeeper") + 6)
    assert _heard(text, 0, len(text), Ranges([cut])) == frozenset()


def test_ranges_outside_gives_the_uncovered_stretches_in_order():
    assert Ranges([(5, 10), (8, 12), (20, 25)]).outside(0, 30) == [(0, 5), (12, 20), (25, 30)]
    assert Ranges([(0, 40)]).outside(3, 30) == []
