"""Issue 28, labels: a heading says what is discussed, in a noun phrase of its own.

A noun takes the phrase a preposition ties to it where that names something ("the flood barrier on Millbrook
Quay"); an owner's literal "'s" never stays in a heading; an unread word before a noun of a kind is an
adjective, and the pair names no subject.

The examples are written for these tests: a city council's briefing, a football club's press conference, a
company's results call.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_config import LabelConfig, Ranges
from extractor.topics.label_fitness import _fit, _generic_phrases
from extractor.topics.label_heading import heading
from extractor.topics.label_questions import _asked_about

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def _rank(phrase: str) -> int:
    """Several words first, a capitalised word next (a name), a lone common noun last; a coach is a person."""
    if phrase.startswith("Coach"):
        return UNFIT + 1
    return 0 if " " in phrase else 1 if phrase[:1].isupper() else UNFIT


def _head(keywords: list[str], text: str) -> str:
    return heading(keywords, text, set(), fit=_rank, profile=english())


# --- a city council's briefing: a noun with what a preposition ties to it ---------------------------------

COUNCIL = ("Q: Is the flood barrier on Millbrook Quay going to be finished before winter? "
           "A: The contractor tells us the barrier will be done by November, and the pumps too.")


def test_a_noun_takes_the_name_a_preposition_ties_to_it():
    assert _head(["flood barrier", "Millbrook Quay", "contractor"], COUNCIL) == "Flood barrier on Millbrook Quay"


def test_a_lone_common_noun_after_in_or_for_is_an_idiom_not_a_complement():
    text = ("Q: Will the council offer a rent freeze in exchange for the new parking levy? "
            "A: A rent freeze is on the table, in exchange for nothing.")
    # "exchange" is a lone common noun: the freeze is not "in exchange".
    assert _head(["rent freeze", "exchange", "parking levy"], text) == "Rent freeze"
    # "Of" takes one: it says of what ("the cost of repairs").
    assert _head(["cost", "repairs"], "Q: What is the cost of the repairs? A: The cost of repairs is high.") \
        == "Cost of repairs"


def test_from_and_into_say_where_a_change_goes_not_what_about():
    text = ("Q: Why shift the budget from road repairs into cycle lanes? "
            "A: The budget for road repairs stays; only new money moves.")
    assert _head(["budget", "road repairs", "cycle lanes"], text) in ("Road repairs", "Budget for road repairs")
    assert not _head(["budget", "road repairs", "cycle lanes"], text).startswith("Budget from")


def test_a_person_is_no_complement_but_after_of():
    text = "Q: Has the contract extension for Coach Varga been signed? A: The contract extension is agreed."
    assert _head(["contract extension", "Coach Varga"], text) == "Contract extension"


# --- a football club's press conference: no literal "'s" ------------------------------------------------

CLUB = ("Q: Is Mendes's transfer to Porto Athletic done, and what about Eastfield's stadium lease? "
        "A: His transfer to Porto Athletic is signed. Eastfield and the club agree the stadium lease runs to 2031.")


def test_an_owner_written_as_a_name_modifies_what_it_owns():
    assert _head(["Eastfield's stadium lease", "Porto Athletic"], CLUB) == "Eastfield stadium lease"


def test_an_owned_noun_takes_its_complement_before_its_owner():
    # "Mendes's transfer" is completed as the segment says it: the transfer to Porto Athletic.
    assert _head(["Mendes's transfer", "Porto Athletic", "stadium lease"], CLUB) == "Transfer to Porto Athletic"


def test_a_common_owner_stays_with_a_lone_noun_and_a_day_goes():
    # "Armband of the captain" reads as no heading: a lone noun keeps its common owner, "'s" and all.
    assert _head(["captain's armband"], "Q: Who gets the captain's armband? A: We decide on Friday.") \
        == "Captain's armband"
    assert _head(["yesterday's draw"], "Q: Were you happy with yesterday's draw? A: Not really.") == "Draw"
    assert _head(["the board's stadium plan"], "") == "Stadium plan"


# --- a company's results call: an unread adjective before a noun of a kind ------------------------------

def test_an_unread_word_before_a_noun_of_a_kind_is_an_adjective():
    profile = english()
    # Only the first sentence was tagged ("The freight rose."); in the second, "imminent" is read nowhere, and
    # "freight" is a noun the tagger read: "imminent plans" names no subject, "freight plans" does.
    words = ["The", "freight", "rose", ".", "Any", "imminent", "plans", "and", "the", "freight", "plans", "?"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "", "", "", "", "", "", "", ""]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    classes = WordClasses.of(doc, profile=profile)
    phrases = [(doc[5].idx, "imminent plan", "imminent plans"), (doc[9].idx, "freight plan", "freight plans")]
    generic = _generic_phrases(doc, phrases, classes, profile=profile)
    assert generic == {"imminent plans"}
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], set(), generic=generic,  # noqa: E731
                              profile=profile)
    assert heading(["imminent plans", "freight plans"], "", set(), fit=fit, profile=profile) == "Freight plans"
    # A capitalised word opening the pair may be a name's ("Northline plans"): not read as an adjective.
    caps = Doc(spacy.blank("en").vocab, words=["Any", "Northline", "plans", "?"], pos=["", "", "", ""])
    assert not _generic_phrases(caps, [(caps[1].idx, "northline plan", "Northline plans")],
                                WordClasses.of(caps, profile=profile), profile=profile)


# --- a company's results call: who is talked of is no subject -------------------------------------------

def test_a_phrase_ending_in_people_says_who_not_what():
    profile = english()
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], set(), profile=profile)  # noqa: E731
    # "Are the franchise owners happy with the new royalty scheme?": the owners are who is asked about.
    assert fit("franchise owners") == 2 and fit("royalty scheme") == 0
    assert heading(["franchise owners", "royalty scheme"], "", set(), fit=fit, profile=profile) == "Royalty scheme"
    # Still above a lone common noun; a singular counts, and a name of a group ("Board Members") too.
    assert heading(["franchise owners", "royalties"], "", set(), fit=fit, profile=profile) == "Franchise owners"
    assert fit("Board Member") == 2 and fit("Board Members") == 2
    # A head that only ends like one is no person ("ownership" is what is discussed).
    assert fit("franchise ownership") == 0


def test_with_and_about_tie_no_complement():
    text = ("Q: Will the working group with Northgate Council report soon? "
            "A: The working group meets again next week.")
    assert _head(["working group", "Northgate Council"], text) == "Working group"


# --- a central bank's press conference: what a question asks about, in full ------------------------------

def _central(keywords: list[str], asked: list[str], text: str, centrality: dict[str, float]) -> str:
    return heading(keywords, text, set(), asked=asked, fit=_rank, centrality=centrality, profile=english())


def test_a_lone_noun_the_question_asks_about_is_said_with_its_complement():
    text = ("Q: Do you expect the pace of the recovery to slow without more public investment? "
            "A: Card payment data show spending holding up, and card payment data are timely.")
    centrality = {"pace": 9.0, "public investment": 4.0, "card payment data": 5.0, "recovery": 3.0}
    # "pace" alone ranks below any phrase of several words; "pace of recovery" is what is asked.
    assert _central(["card payment data", "pace", "public investment"], ["pace", "public investment"], text,
                    centrality) == "Pace of recovery"


def test_an_idiom_or_a_noun_of_a_kind_is_not_completed():
    text = ("Q: In light of the strike, will the bank change its forecast? And what efforts of the board help? "
            "A: The staff forecast is done and the staff forecast stands.")
    centrality = {"light": 9.0, "efforts": 8.0, "staff forecast": 5.0, "strike": 2.0, "board": 1.0}
    assert _central(["staff forecast", "light", "efforts"], ["light", "efforts"], text, centrality) \
        == "Staff forecast"
    text = ("Q: How many members are taking advantage of the scheme? A: The staff forecast says half, "
            "and the staff forecast is prudent.")
    assert _central(["staff forecast", "advantage"], ["advantage"], text,
                    {"advantage": 9.0, "scheme": 3.0, "staff forecast": 5.0}) == "Staff forecast"
    # A complement joined to another by "and" is the first of two: the heading would cut the phrase.
    text = "Q: Will the pace of Treasury and agency purchases change? A: Purchases of bonds go on."
    assert _central(["bond market", "pace"], ["pace"], text, {"pace": 9.0, "Treasury": 2.0, "bond market": 1.0}) \
        == "Bond market"


def test_what_a_question_says_it_asks_about_comes_first():
    # A company's results call: the preface names the dividend policy; the question asks about the warehouse plan.
    text = ("Q: Since the dividend policy changed in spring, I wanted to ask you about the revised warehouse "
            "plan. Is it funded? A: The dividend policy is separate; the warehouse plan is funded.")
    opened = Ranges([(0, text.index("A:"))])
    phrases = [(text.index(p), p, p) for p in ("dividend policy", "warehouse plan")]
    asked = _asked_about(text, phrases, opened, profile=english())
    assert asked == {"warehouse plan"}
    centrality = {"dividend policy": 6.0, "warehouse plan": 5.0}
    assert heading(["dividend policy", "warehouse plan"], text, set(), asked=["dividend policy", "warehouse plan"],
                   fit=_rank, centrality=centrality, asked_about=asked, profile=english()) == "Warehouse plan"
    # Without it, the more central phrase heads the segment.
    assert heading(["dividend policy", "warehouse plan"], text, set(), asked=["dividend policy", "warehouse plan"],
                   fit=_rank, centrality=centrality, profile=english()) == "Dividend policy"
    # "About" before a number is an estimate ("new staff" is one word on), and a phrase three words on is no
    # longer what it names.
    text = "Q: With about 300 new staff, and what about the three new regional depots? A: Fine."
    phrases = [(text.index(p), p, p) for p in ("new staff", "regional depots")]
    assert not _asked_about(text, phrases, Ranges([(0, text.index("A:"))]), profile=english())


def test_a_noun_the_segment_also_says_with_a_modifier_is_not_completed():
    # A city council: "the law in Eastport" is the immigration law, which the question names.
    text = ("Q: Will the immigration law stand, now the law in Eastport is in court? A: The immigration law "
            "was passed in May.")
    assert _central(["immigration law", "law"], ["law", "immigration law"], text, {"law": 9.0, "immigration law": 5.0,
                                                                   "Eastport": 1.0}) == "Immigration law"


def test_a_guessed_plural_number_word_heads_no_phrase():
    # A club's press conference: "Two other quick ones" announces questions. The tagger read "ones" as a noun
    # elsewhere and left it as its own lemma: the plural of a number word still stands for a noun said before.
    from extractor.topics.label_candidates import _guessed_phrases
    tagged = [("The", "DET"), ("ones", "NOUN"), ("and", "CCONJ"), ("covers", "NOUN"), ("are", "AUX"),
              ("wet", "ADJ"), (".", "PUNCT")]
    untagged = "Two other quick ones on the pitch covers .".split()
    words = [w for w, _ in tagged] + untagged
    lemmas = [w.lower() for w, _ in tagged] + [""] * len(untagged)
    doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * len(untagged),
              lemmas=lemmas, sent_starts=[True] + [False] * (len(tagged) - 1) + [True]
              + [False] * (len(untagged) - 1))
    phrases = [surface for _, _, surface in _guessed_phrases(doc, WordClasses.of(doc, profile=english()),
                                                             profile=english())]
    assert "quick ones" not in phrases and "pitch covers" in phrases


def test_a_common_noun_complement_coordinated_with_a_noun_phrase_is_whole():
    text = ("Q: How will the latest round of closures and its effect on shops weigh on the budget? "
            "A: The latest round of closures is short.")
    assert _head(["latest round", "closures"], text) == "Latest round of closures"
