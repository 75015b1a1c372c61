"""Issue 28, labels: a heading says what is discussed, not who acts, and a name the segment says nothing of gives
way to the question's lone noun said in full.

The examples are written for these tests: a city hall's briefing, a ministry's, a sports club's.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_config import LabelConfig
from extractor.topics.label_fitness import HEADING_FIT, _body_phrases, _Candidate, _fit
from extractor.topics.label_heading import _asked_instead, heading

UNFIT = LabelConfig().unfit


# --- a city hall's briefing: a body that acts is who, not what ---------------------------------------------

def _tagged(words: list[str], pos: list[str]) -> tuple[Doc, WordClasses]:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    return doc, WordClasses.of(doc, profile=english())


def test_one_body_named_by_an_adjective_or_a_name_is_who_acts():
    profile = english()
    words = ["Will", "the", "municipal", "government", "fund", "the", "Eastside", "office", "and", "the", "tram",
             "depot", "or", "the", "permit", "authority", "?"]
    pos = ["AUX", "DET", "ADJ", "NOUN", "VERB", "DET", "PROPN", "NOUN", "CCONJ", "DET", "NOUN", "NOUN", "CCONJ",
           "DET", "NOUN", "NOUN", "PUNCT"]
    doc, classes = _tagged(words, pos)
    phrases = [(doc[2].idx, "municipal government", "municipal government"),
               (doc[6].idx, "eastside office", "Eastside office"),
               (doc[10].idx, "tram depot", "tram depot"),
               (doc[14].idx, "permit authority", "permit authority")]
    bodies = _body_phrases(doc, phrases, classes, profile=profile)
    # An adjective or a name before a noun for a body: who acts. A noun before it makes a compound that names a
    # power or a thing ("permit authority"), and a depot is no body.
    assert bodies == {"municipal government", "Eastside office"}

    def fit(phrase: str) -> int:
        return _fit(phrase, frozenset(), frozenset(), set(), [], set(), bodies=bodies, profile=profile)

    assert fit("municipal government") == 2 and fit("tram depot") == 0 and fit("permit authority") == 0
    # What is discussed heads the segment, though the body is said first and most.
    central = {"municipal government": 3.0, "tram depot": 1.0}
    assert heading(["municipal government", "tram depot"], "", set(), fit=fit, centrality=central,
                   profile=profile) == "Tram depot"
    # Still above a lone common noun.
    assert heading(["municipal government", "depot"], "", set(), fit=fit, profile=profile) == "Municipal government"


def test_bodies_in_the_plural_or_a_name_written_as_one_are_left_to_other_rules():
    profile = english()
    words = ["Have", "regional", "governments", "or", "the", "City", "Council", "replied", "?"]
    pos = ["AUX", "ADJ", "NOUN", "CCONJ", "DET", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc, classes = _tagged(words, pos)
    phrases = [(doc[1].idx, "regional government", "regional governments"),
               (doc[5].idx, "city council", "City Council")]
    assert not _body_phrases(doc, phrases, classes, profile=profile)


def test_the_rule_that_ranks_a_body_is_named():
    candidate = _Candidate("municipal government", ["municipal", "government"], frozenset(), frozenset(), set(),
                           [], frozenset(), english(), bodies=frozenset({"municipal government"}))
    assert HEADING_FIT.decide(candidate) == ("of_a_body", 2)


# --- a ministry's briefing: the question's lone noun, said in full, in place of a name ----------------------

MINISTRY = ("Q: The Fisheries Council met on Monday. Is there a deadline for the quota on cod? "
            "A: The deadline is Friday; the quota itself will not change.")


def _rank(phrase: str) -> int:
    """Several words, or a capitalised word, first; a lone common noun last."""
    return 0 if " " in phrase or phrase[:1].isupper() else UNFIT


def test_a_lone_noun_of_the_question_said_in_full_replaces_a_name_where_its_noun_is_said_twice():
    lowered = " ".join(MINISTRY.lower().split())
    nouns = {"quota on cod": "quota"}
    asked = ["Fisheries Council", "quota on cod"]
    assert _asked_instead("Fisheries Council", asked, frozenset(), lowered, _rank, LabelConfig(),
                          profile=english(), nouns=nouns) == "quota on cod"
    # Without knowing the phrase was said in full, it is said once only: its noun is not looked at.
    assert _asked_instead("Fisheries Council", asked, frozenset(), lowered, _rank, LabelConfig(),
                          profile=english()) is None
    # Its noun said once (the answer never takes it up) is the question's preface: the name stays.
    once = lowered.replace("the quota itself", "the catch itself")
    assert _asked_instead("Fisheries Council", asked, frozenset(), once, _rank, LabelConfig(),
                          profile=english(), nouns=nouns) is None


def test_the_heading_of_a_segment_takes_the_question_noun_in_full_over_a_name_it_says_nothing_of():
    # A sports club's press conference: the question names the league, and asks about the ban on away fans.
    text = ("Q: The Northern League wrote to us. How long will the ban on away fans last? "
            "A: The ban runs to March, and we have appealed it.")

    def never(name: str) -> str | None:
        return None  # nothing the segment says is tied to the name

    central = {"Northern League": 3.0, "ban": 2.0, "away fans": 1.0}
    keywords = ["Northern League", "ban", "away fans"]
    asked = ["Northern League", "ban", "away fans"]
    own = {"Northern League", "ban", "away fans"}
    assert heading(keywords, text, set(), asked=asked, fit=_rank, centrality=central, about=never, own=own,
                   profile=english()) == "Ban on away fans"
    # Where the noun is not the segment's own (other segments say it too), the name stays.
    assert heading(keywords, text, set(), asked=asked, fit=_rank, centrality=central, about=never,
                   own={"Northern League", "away fans"}, profile=english()) == "Northern League"


def test_a_name_the_segment_takes_up_by_its_noun_stays():
    # A city hall's briefing: the answer comes back to the library itself ("the library", twice) as often as to
    # the reading programme the question asks about.
    text = ("Q: The Riverside Library is in the news. Will the reading programme survive the cuts? "
            "A: The library stays open, the library's hours too, and the reading programme moves to Saturdays.")
    said = " ".join(text.split())
    lowered = said.lower()
    asked = ["Riverside Library", "reading programme"]
    assert _asked_instead("Riverside Library", asked, frozenset(), lowered, _rank, LabelConfig(),
                          profile=english(), said=said) is None
    # Where the answer takes the library up less often than the programme, the question's phrase heads it.
    other = said.replace("The library stays open", "Nothing changes")
    assert _asked_instead("Riverside Library", asked, frozenset(), other.lower(), _rank, LabelConfig(),
                          profile=english(), said=other) == "reading programme"
    # Another name that ends in the same word ("the Eastside Library") is no common noun: it is not taken up.
    named = said.replace("The library stays open", "The Eastside Library stays open").replace("the library's", "its")
    assert _asked_instead("Riverside Library", asked, frozenset(), named.lower(), _rank, LabelConfig(),
                          profile=english(), said=named) == "reading programme"
    # The name's last word said as a verb, with no article before it, does not take the name up.
    text = ("Q: Harbour Watch wrote again. Will the ferry timetable change? "
            "A: We watch the ferry timetable closely, and we watch costs.")
    said = " ".join(text.split())
    assert _asked_instead("Harbour Watch", ["Harbour Watch", "ferry timetable"], frozenset(), said.lower(), _rank,
                          LabelConfig(), profile=english(), said=said) == "ferry timetable"
    later = said + " The watch on the quay says so; that watch is kept daily."
    assert _asked_instead("Harbour Watch", ["Harbour Watch", "ferry timetable"], frozenset(), later.lower(), _rank,
                          LabelConfig(), profile=english(), said=later) is None
