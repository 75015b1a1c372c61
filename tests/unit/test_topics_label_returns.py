"""Issue 28, labels: what the answer keeps coming back to, and clauses taken for phrases.

The examples are written for these tests: a central bank's press conference, an airline's results call,
a city council's briefing.
"""
from __future__ import annotations

from extractor.lang.profile import english
from extractor.topics.labels import LabelConfig, Mentions, Ranges, _Tally, heading

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def _fit(phrase: str) -> int:
    """Phrases of several words name a subject; a lone common noun heads a segment only when nothing else can."""
    return 0 if " " in phrase else UNFIT


def test_a_lone_noun_the_answer_keeps_coming_back_to_heads_a_segment_whose_phrases_are_each_said_once():
    # A central bank is asked about mortgages; the answer names "household survey data" once and keeps
    # coming back to mortgages.
    keywords = ["household survey data", "mortgages", "bank"]
    mentions = Mentions(said={"household survey data": 1, "mortgages": 5, "bank": 1},
                        returned={"mortgages": 4, "bank": 1})
    assert heading(keywords, "", set(), asked=["mortgages"], fit=_fit, mentions=mentions,
                   profile=english()) == "Mortgages"
    # Without the mentions, the phrase of several words heads it, as before.
    assert heading(keywords, "", set(), asked=["mortgages"], fit=_fit, profile=english()) == "Household survey data"


def test_a_phrase_said_twice_or_a_noun_the_answer_seldom_says_leaves_the_heading_to_the_phrase():
    keywords = ["household survey data", "mortgages"]
    twice = Mentions(said={"household survey data": 2, "mortgages": 5}, returned={"mortgages": 4})
    seldom = Mentions(said={"household survey data": 1, "mortgages": 2}, returned={"mortgages": 2})
    for mentions in (twice, seldom):
        assert heading(keywords, "", set(), fit=_fit, mentions=mentions, profile=english()) == "Household survey data"


def test_the_lone_nouns_counted_are_those_the_question_asks_about_and_the_answer_says():
    # An airline's results call: the question asks about fares and the fleet plan; the answer says
    # "fares" three times (once in "lower fares") and names a survey once.
    phrases = [(5, "fare", "fares"), (20, "fleet plan", "fleet plan"),
               (100, "fare", "fares"), (150, "fare", "fare"), (200, "low fare", "lower fares"),
               (250, "passenger survey", "passenger survey"), (270, "weather", "weather"), (280, "weather", "weather")]
    edges = [(0, 300), (300, 400)]
    opening = Ranges([(0, 50)])
    tally = _Tally.of(phrases, edges, LabelConfig(), opening, opening)
    mentions = tally.choice(0, frozenset(), LabelConfig()).mentions(tally, 0)
    assert mentions.said["fares"] == 3 and mentions.said["passenger survey"] == 1
    # "weather", said twice, is never asked about: no subject the answer takes up.
    assert mentions.returned == {"fares": 3}


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
