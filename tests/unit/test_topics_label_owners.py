"""Issue 28, labels: an owner's "'s", a complement's reach and case, an estimate's "about", people and dates.

A heading keeps an owner's "'s" where taking it away mangles a name or a phrase; a complement ends where its noun
phrase ends and is written as the transcript writes it; "about" before a number is an estimate, no topic.

The examples are written for these tests: a city council's briefing, a football club's press conference, a
company's results call.
"""
from __future__ import annotations

from dataclasses import replace

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_candidates import _key_phrases
from extractor.topics.label_config import LabelConfig, Ranges
from extractor.topics.label_fitness import _fit
from extractor.topics.label_heading import heading
from extractor.topics.label_questions import _asked_about

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def _rank(phrase: str) -> int:
    """Several words first, a capitalised word next (a name), a lone common noun last."""
    return 0 if " " in phrase else 1 if phrase[:1].isupper() else UNFIT


def _head(keywords: list[str], text: str, **kwargs) -> str:
    return heading(keywords, text, set(), fit=_rank, profile=english(), **kwargs)


# --- a football club's press conference: an owner's "'s" -----------------------------------------------

def test_a_name_never_said_without_its_s_keeps_it():
    # "Brennan's" is the sponsor's name (a bakery chain): "Brennan contract" is no name at all.
    text = "Q: Is Brennan's contract with the club renewed? A: Brennan's contract runs to June."
    assert _head(["Brennan's contract"], text) == "Brennan's contract"
    # A name the segment also says alone is an owner: it modifies what it owns, as a headline writes it.
    text = "Q: Will Northgate's strike end? A: Northgate says the strike ends when the stewards are paid."
    assert _head(["Northgate's strike"], text) == "Northgate strike"


def test_a_name_of_its_own_keeps_its_s():
    # The cup and the fair are names: neither "Cup final" nor "St. Brigid Day fair".
    text = "Q: Is the Founder's Cup final sold out? A: It is, and so is the St. Brigid's Day fair."
    assert _head(["the Founder's Cup final"], text) == "The Founder's Cup final"
    assert _head(["St. Brigid's Day fair"], text) == "St. Brigid's Day fair"


def test_an_owned_phrase_that_opens_with_an_adjective_keeps_its_owner():
    text = "Q: Will you take Northgate's latest offer? A: Northgate knows the offer is too low."
    assert _head(["Northgate's latest offer"], text) == "Northgate's latest offer"
    assert _head(["the chairman's strong leadership"], "") == "The chairman's strong leadership"


def test_a_common_owner_stays_where_its_noun_is_alone_and_a_day_goes():
    assert _head(["captain's armband"], "Q: Who gets the captain's armband? A: We decide on Friday.") \
        == "Captain's armband"
    assert _head(["yesterday's draw"], "Q: Were you happy with yesterday's draw? A: Not really.") == "Draw"
    # What is owned says enough alone, past one word: the owner goes.
    assert _head(["the league's salary cap"], "") == "Salary cap"


# --- a city council's briefing: where a complement ends, and how it is written --------------------------

def _central(keywords: list[str], asked: list[str], text: str, centrality: dict[str, float]) -> str:
    return heading(keywords, text, set(), asked=asked, fit=_rank, centrality=centrality, profile=english())


def test_a_complement_ends_where_its_noun_phrase_ends():
    # "the Northgate Sound" is the name: "in the Northgate" cuts it.
    text = ("Q: Is the ferry dispute in the Northgate Sound settled? A: The ferry dispute in the Northgate Sound "
            "goes to arbitration.")
    assert _head(["ferry dispute", "Northgate"], text) == "Ferry dispute"
    # "a Harbour Board member" is a person, as the segment's phrase "Harbour Board members" says: the attack was
    # not on the board.
    text = ("Q: Was the cyberattack on a Harbour Board member reported? A: The cyberattack on a Harbour Board "
            "member was reported on Monday; Harbour Board members were told.")
    assert _head(["cyberattack", "Harbour Board", "Harbour Board members"], text, asked=["cyberattack"],
                 centrality={"cyberattack": 9.0, "Harbour Board": 1.0, "Harbour Board members": 0.5}) \
        == "Harbour Board members"
    # Where it ends, it completes the heading: before a verb, a mark, a dash, a negation or a preposition of time.
    text = "Q: Is the flood barrier on Millbrook Quay finished? A: The barrier is done."
    assert _head(["flood barrier", "Millbrook Quay"], text) == "Flood barrier on Millbrook Quay"
    for after in ("— the one by the pier", "not finished yet", "after the storm"):
        text = f"Q: Is the flood barrier on Millbrook Quay {after}? A: The barrier is done."
        assert _head(["flood barrier", "Millbrook Quay"], text) == "Flood barrier on Millbrook Quay", after


def test_a_complement_is_written_as_the_transcript_writes_it():
    text = "Q: Will the levy on Danish imports rise? A: The council sets the levy on Danish imports in May."
    assert _central(["danish imports", "levy"], ["levy"], text, {"levy": 9.0, "danish imports": 3.0}) \
        == "Levy on Danish imports"


def test_a_heading_that_starts_a_path_takes_no_complement():
    # The freight goes from the harbour towns to Eastport: the towns are not "to Eastport".
    text = ("Q: Is freight shipping from harbour towns to Eastport rising? A: Shipping from harbour towns to "
            "Eastport doubled.")
    assert _head(["harbour towns", "Eastport"], text) == "Harbour towns"
    # After another preposition, the complement is the heading's: the arrears are in Eastport.
    text = "Q: Will you ask about rent arrears in Eastport? A: Rent arrears in Eastport are falling."
    assert _head(["rent arrears", "Eastport"], text) == "Rent arrears in Eastport"


def test_a_time_is_no_complement():
    text = ("Q: Will there be hearings in the near future on the bus depot? A: We expect hearings in the near "
            "future, yes.")
    label = _central(["near future", "hearings"], ["hearings"], text, {"hearings": 9.0, "near future": 2.0})
    assert "future" not in label.lower().replace("near future", "") and label != "Hearings in near future"


def test_the_rank_of_a_lone_noun_is_the_one_the_heading_is_given():
    # Under settings where a capitalised lone word ranks as low as a lone common noun, it still completes.
    config = replace(LabelConfig(), unfit=UNFIT + 2)
    text = "Q: Is the flood barrier on Eastport finished? A: The barrier is done."
    label = heading(["flood barrier", "Eastport"], text, set(), config=config,
                    fit=lambda p: 0 if " " in p else UNFIT + 2, profile=english())
    assert label == "Flood barrier on Eastport"


# --- a company's results call: "about" before a number ---------------------------------------------------

def test_about_before_a_number_is_an_estimate_not_a_topic():
    text = "Q: We heard about 40 new depots. What about the ferry subsidy? A: The subsidy stays."
    opened = Ranges([(0, text.index("A:"))])
    phrases = [(text.index(p), p, p) for p in ("new depots", "ferry subsidy")]
    assert _asked_about(text, phrases, opened, profile=english()) == {"ferry subsidy"}
    text = "Q: You spoke with about twenty franchise owners? A: Yes."
    phrases = [(text.index("franchise owners"), "franchise owners", "franchise owners")]
    assert not _asked_about(text, phrases, Ranges([(0, text.index("A:"))]), profile=english())


# --- who is talked of, and when ---------------------------------------------------------------------------

def test_people_heads_in_ies_count_and_a_drug_candidate_is_no_person():
    profile = english()
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], set(), profile=profile)  # noqa: E731
    assert fit("coalition allies") == 2 and fit("Coalition Allies") == 2
    assert fit("lead drug candidate") == 0


def test_a_name_made_with_a_weekday_is_a_key_phrase_a_date_is_not(model):
    doc = model("The council met on Super Tuesday. Late July is when the Harvest Monday fair opens, and next "
                "Tuesday the council meets. The levy goes up in the near future.")
    profile = english()
    keys = {key for _, key, _ in _key_phrases(doc, WordClasses.of(doc, profile=profile), set(), Ranges([]),
                                              frozenset(), LabelConfig(), profile=profile)}
    assert "super tuesday" in keys
    assert not keys & {"late july", "next tuesday", "july", "tuesday", "near future"}
