"""Issue 28, labels: a bare name heads a segment as what the segment says of it; a phrase of a kind heads none.

The examples are written for these tests: a port authority's briefing, a city hall's press conference.
"""
from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_config import LabelConfig, Ranges
from extractor.topics.label_fitness import _fit, _generic_phrases
from extractor.topics.label_heading import heading
from extractor.topics.label_names import _about_the_name

#: The rank of a lone common noun, as the defaults set it.
UNFIT = LabelConfig().unfit


def _rank(phrase: str) -> int:
    """Several words first, a capitalised word next (a name), a lone common noun last; "Mayor Lind" is a person."""
    if phrase.startswith("Mayor"):
        return UNFIT + 1
    return 0 if " " in phrase else 1 if phrase[:1].isupper() else UNFIT


def _phrases(text: str, *surfaces: str) -> list[tuple[int, str, str]]:
    """``(offset, key, surface)`` of every time each of ``surfaces`` is said in ``text``, in text order."""
    return sorted((m.start(), s.lower(), s) for s in surfaces for m in re.finditer(re.escape(s), text))


def _about(name: str, text: str, phrases, opened: Ranges | None = None) -> str | None:
    return _about_the_name(name, phrases=phrases, text=text, span=(0, len(text)), opened=opened or Ranges([]), fit=_rank,
                           config=LabelConfig(), profile=english())


PORT = ("Q: Will the strike at Northgate end before the ferries resume? "
        "A: The strike at Northgate is in its third day. We expect the strike at "
        "Northgate to end once the crane operators vote.")


def test_a_bare_name_takes_the_phrase_the_segment_ties_to_it():
    phrases = _phrases(PORT, "strike", "Northgate", "ferries", "crane operators")
    opened = Ranges([(0, PORT.index("A:"))])
    assert _about("Northgate", PORT, phrases, opened) == "strike at Northgate"
    # Through heading: the bare name is replaced, and capitalised as a heading.
    about = lambda name: _about(name, PORT, phrases, opened)  # noqa: E731
    assert heading(["Northgate", "ferries"], PORT, set(), fit=_rank, about=about,
                   profile=english()) == "Strike at Northgate"


def test_a_name_that_opens_a_longer_phrase_is_said_in_full():
    text = ("Q: Has the Harbour Board budget been cut? A: The Harbour Board budget is the same as last year, "
            "and the Harbour Board budget for dredging too.")
    phrases = _phrases(text, "Harbour Board budget", "dredging")
    assert _about("Harbour Board", text, phrases) == "Harbour Board budget"


def test_a_name_the_segment_says_nothing_of_twice_stays_bare():
    # "the parade in Riverside" is said once, in the answer: no more than a passing mention.
    text = ("Q: What about Riverside? A: Riverside will get two new bus lines, and the mayor will "
            "attend the parade in Riverside.")
    phrases = _phrases(text, "bus lines", "parade", "mayor")
    assert _about("Riverside", text, phrases) is None


def test_no_person_no_common_noun_is_tied_to():
    text = ("Q: Did Mayor Lind speak to Riverside? A: Mayor Lind spoke to Riverside twice; "
            "Mayor Lind of Riverside, I mean.")
    phrases = _phrases(text, "Mayor Lind")
    assert _about("Riverside", text, phrases) is None
    # A heading not written as a name ("tariffs") is no name: nothing is sought.
    assert _about("tariffs", "tariffs on steel, tariffs on steel", _phrases("tariffs on steel", "tariffs")) is None


def test_a_second_name_or_an_idiom_is_not_what_is_said_of_a_name():
    # "Westhaven to Northgate" ties two places: neither says what is said of the other. "In person at
    # Northgate" is an idiom: the person is not the subject.
    text = ("Q: Will the ferry run Westhaven to Northgate? A: Westhaven to Northgate, yes. The minister will be "
            "in person at Northgate, in person at Northgate on Friday.")
    phrases = _phrases(text, "Westhaven", "person", "ferry")
    assert _about("Northgate", text, phrases) is None
    # A noun in an inflected form after a preposition names what is said: "the sale of cranes to Northgate".
    text = "Q: Is the sale of cranes to Northgate approved? A: The sale of cranes to Northgate is approved."
    phrases = [(m.start(), "crane", "cranes") for m in re.finditer("cranes", text)]
    assert _about("Northgate", text, phrases) == "cranes to Northgate"


def test_a_phrase_the_name_owns_is_what_is_said_of_it():
    # Read where the model did not run: "Northgate's" and "strike" are two phrases, not one.
    text = "Q: Is Northgate's strike over? A: Northgate's strike ends today."
    phrases = [(m.start(), "strike", "strike") for m in re.finditer("strike", text)]
    assert _about("Northgate", text, phrases) == "Northgate's strike"


def test_an_adjective_and_a_noun_of_a_kind_name_no_subject():
    profile = english()
    # A city hall "sent a written response on the tram depot": of what kind the response is says nothing of
    # the subject; a noun before the same noun ("a budget response") is not an adjective.
    words = ["City", "hall", "sent", "a", "written", "response", "on", "the", "tram", "depot", "and", "a",
             "budget", "response", "."]
    pos = ["PROPN", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "NOUN", "CCONJ", "DET",
           "NOUN", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    phrases = [(doc[4].idx, "written response", "written response"), (doc[8].idx, "tram depot", "tram depot"),
               (doc[12].idx, "budget response", "budget response")]
    generic = _generic_phrases(doc, phrases, WordClasses.of(doc, profile=profile), profile=profile)
    assert generic == {"written response"}
    fit = lambda phrase: _fit(phrase, frozenset(), frozenset(), set(), [], set(), generic=generic,  # noqa: E731
                              profile=profile)
    assert fit("written response") == 2 and fit("tram depot") == 0
    assert heading(["written response", "tram depot"], "", set(), fit=fit, profile=profile) == "Tram depot"
    # Still above a lone common noun.
    assert heading(["written response", "tram"], "", set(), fit=fit, profile=profile) == "Written response"


def test_a_name_is_not_the_first_word_of_a_longer_one():
    # A football club's press day: "Eastfield" alone is a town, "Eastfield Rovers" the club; the lease is the
    # club's, and says nothing tied to the town.
    text = ("Q: Is the stadium lease of Eastfield Rovers signed? A: The lease of Eastfield Rovers runs to 2030, "
            "and the lease of Eastfield Rovers covers the training ground.")
    phrases = _phrases(text, "stadium lease", "lease", "training ground")
    assert _about("Eastfield", text, phrases) is None
    assert _about("Eastfield Rovers", text, phrases) == "lease of Eastfield Rovers"


def test_a_tied_phrase_keeps_the_article_the_transcript_writes():
    # A central bank's briefing: the label is the transcript's own words, "the" included.
    text = ("Q: When does the audit of the Reserve Bank finish? A: The audit of the Reserve Bank finishes in "
            "March; the audit of the Reserve Bank is routine.")
    phrases = _phrases(text, "audit", "March")
    assert _about("Reserve Bank", text, phrases) == "audit of the Reserve Bank"


def test_a_share_of_a_name_or_news_of_it_says_nothing_of_it():
    # A county council: "the rest of Lakeshire", "news from Lakeshire", "people of Lakeshire" name which part of
    # the county, or that something is heard of it, not a subject.
    for said in ("rest of", "news from", "people of"):
        head = said.split()[0]
        text = (f"Q: What about the {said} Lakeshire? A: The {said} Lakeshire is fine. "
                f"I spoke of the {said} Lakeshire yesterday.")
        assert _about("Lakeshire", text, _phrases(text, head)) is None, said
    # A head that names a subject is still tied: "the flooding in Lakeshire".
    text = "Q: Is the flooding in Lakeshire over? A: The flooding in Lakeshire is receding."
    assert _about("Lakeshire", text, _phrases(text, "flooding")) == "flooding in Lakeshire"


def test_a_phrase_that_opens_with_the_first_word_of_a_longer_name_is_still_said_in_full():
    text = ("Q: Is the Eastfield Rovers lease signed? A: The Eastfield Rovers lease is signed; "
            "the Eastfield Rovers lease runs to 2030.")
    assert _about("Eastfield", text, _phrases(text, "Eastfield Rovers lease")) == "Eastfield Rovers lease"


def test_a_person_the_name_opens_is_not_what_is_said_of_it():
    # "Northgate Harbourmaster Lind" is a person, titled by the name of the port: no heading.
    text = ("Q: Do you trust Northgate Harbourmaster Lind? A: Northgate Harbourmaster Lind has our trust; "
            "Northgate Harbourmaster Lind stays.")
    person = lambda phrase: UNFIT + 1 if phrase.endswith("Lind") else _rank(phrase)  # noqa: E731
    assert _about_the_name("Northgate", phrases=_phrases(text, "Northgate Harbourmaster Lind"), text=text,
                           span=(0, len(text)), opened=Ranges([]), fit=person, config=LabelConfig(),
                           profile=english()) is None
