"""Labels: a phrase said once in an aside, beside what the question asks and the answer takes up, and a piece
cut from a longer noun phrase.

The examples are written for these tests: a central bank's press conference, a port authority's briefing, a
football club's, a city hall's.
"""
from __future__ import annotations

from extractor.lang.profile import english
from extractor.topics.label_config import LabelConfig
from extractor.topics.label_fitness import _cut_phrases, _fit
from extractor.topics.label_heading import heading
from extractor.topics.label_ranking import _said_aside

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def _lowered(text: str) -> str:
    return " ".join(text.lower().split())


def _fitness(*, passing=frozenset(), cut=frozenset(), spread=frozenset()):
    profile = english()
    return lambda phrase: _fit(phrase, frozenset(), frozenset(), set(spread), [], frozenset(), passing=passing,
                               cut=cut, profile=profile)


# A central bank: the question asks about the reserve requirement; the answer takes it up and, in passing, names
# the bank's museum reopening as one of the week's events.
BANK = ("Q  Will you change the reserve requirement for smaller lenders? "
        "GOVERNOR:  The reserve requirement stays where it is for now. Smaller lenders told us at the museum "
        "reopening that the reserve requirement weighs on them, and we listen; the reserve requirement is "
        "reviewed each spring.")


def test_a_phrase_said_once_beside_what_the_question_asks_and_the_answer_takes_up_is_an_aside():
    fit = _fitness(spread={"smaller lenders"})
    centrality = {"reserve requirement": 9.0, "museum reopening": 0.8, "smaller lenders": 2.0}
    aside, returned = _said_aside(centrality, ["reserve requirement", "smaller lenders"], _lowered(BANK), fit)
    assert aside == {"museum reopening"} and returned == {"reserve requirement", "smaller lenders"}
    # Ranked as a name said in passing: below any phrase that names the subject, above a lone common noun.
    assert _fitness(passing=aside)("museum reopening") == 2 and fit("museum reopening") == 0


def test_no_aside_where_the_question_names_nothing_the_segment_says_again():
    # A port authority's opening remarks: no question; each phrase said once may be all the segment has.
    text = "The dredging contract was signed on Monday, and the harbour pilots return next week."
    centrality = {"dredging contract": 1.0, "harbour pilots": 0.5}
    assert _said_aside(centrality, [], _lowered(text), _fitness()) == (frozenset(), frozenset())
    # A question whose phrase is said once, and never again, names nothing the segment returns to either.
    text = "Q  Any news on the ferry timetable? A  The dredging contract was signed; the pilots return."
    assert _said_aside(centrality, ["ferry timetable"], _lowered(text), _fitness()) == (frozenset(), frozenset())


def test_a_phrase_said_once_the_segment_comes_back_to_more_than_to_the_question_is_no_aside():
    # A football club: the question asks about the stadium lease, said again; the answer's "ticket prices" is said
    # once, but its words are what the answer keeps coming back to ("prices", "tickets"): it is no aside.
    text = ("Q  Is the stadium lease settled? A  The stadium lease is settled. Ticket prices will rise; prices for "
            "season tickets rise most, and tickets for children less.")
    centrality = {"stadium lease": 3.0, "ticket prices": 6.0}
    assert _said_aside(centrality, ["stadium lease"], _lowered(text), _fitness())[0] == frozenset()


def test_the_heading_is_what_the_question_asks_not_the_phrase_said_once_in_passing():
    centrality = {"reserve requirement": 9.0, "museum reopening": 0.8}
    # A phrase of the question the event says all through ranks 2; the aside, left at 0, would head the segment.
    fit_before = _fitness(spread={"reserve requirement"})
    assert heading(["museum reopening", "reserve requirement"], BANK, set(), asked=["reserve requirement"],
                   fit=fit_before, centrality=centrality, profile=english()) == "Museum reopening"
    aside, _ = _said_aside(centrality, ["reserve requirement"], _lowered(BANK), fit_before)
    fit_after = _fitness(spread={"reserve requirement"}, passing=aside)
    assert heading(["museum reopening", "reserve requirement"], BANK, set(), asked=["reserve requirement"],
                   fit=fit_after, centrality=centrality, profile=english()) == "Reserve requirement"


def test_a_piece_cut_from_a_longer_noun_phrase_heads_nothing(model):
    # A city hall: "senior council" is said only as the front of "senior council staff"; "the water board" is
    # said alone once, so it is whole though it also fronts "water board meetings".
    doc = model("Senior council staff met on Monday. The water board meetings resume in May, and the water board "
                "will publish its plan.")
    text = doc.text
    starts = [t.idx for t in doc]
    phrases = [(text.index("Senior council"), "senior council", "senior council"),
               (text.index("water board meetings"), "water board", "water board"),
               (text.rindex("water board"), "water board", "water board")]
    cut = _cut_phrases(doc, phrases, starts, profile=english())
    assert cut == {"senior council"}
    fit = _fitness(cut=cut)
    assert fit("senior council") > UNFIT and fit("water board") == 0


def test_a_persons_name_described_by_words_before_it_names_the_person():
    # A football club: "the quintessential Dana Lind" is said of its coach, a slogan; "Lind" names her in the
    # document. The club's "youth academy" is a subject, and a name with a noun after it is none of hers.
    profile = english()
    fit = lambda phrase: _fit(phrase, frozenset({"dana", "lind"}), frozenset(), set(), [], frozenset(),  # noqa: E731
                              profile=profile)
    assert fit("quintessential Dana Lind") == UNFIT + 1 and fit("embattled Coach Lind") == UNFIT + 1
    assert fit("youth academy") == 0 and fit("Lind academy") == 0


def test_a_phrase_before_a_noun_of_which_share_or_when_is_not_cut(model):
    # A city hall: "the parking fees part of this" says which share of the parking fees; the phrase is whole.
    doc = model("Let us look at the parking fees part of this plan before the vote.")
    phrases = [(doc.text.index("parking fees"), "parking fee", "parking fees")]
    assert _cut_phrases(doc, phrases, [t.idx for t in doc], profile=english()) == frozenset()
