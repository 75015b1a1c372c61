"""Issue 28, labels: an adjective before a noun of a kind ("a sizeable impact", "worst-case scenarios") names no
subject, in the singular or the plural.

The example is written for this test: a central bank's press conference.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.labels import _generic_phrases


def test_an_adjective_before_an_impact_a_date_or_scenarios_says_of_what_kind():
    profile = english()
    # "The bank saw a sizeable impact on mortgage lending, gave no firm date, and ran gloomy scenarios."
    words = ["The", "bank", "saw", "a", "sizeable", "impact", "on", "mortgage", "lending", ",", "gave", "no", "firm",
             "date", ",", "and", "ran", "gloomy", "scenarios", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT", "VERB", "DET", "ADJ",
           "NOUN", "PUNCT", "CCONJ", "VERB", "ADJ", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[18] = "scenario"
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=lemmas)
    phrases = [(doc[4].idx, "sizeable impact", "sizeable impact"), (doc[7].idx, "mortgage lending", "mortgage lending"),
               (doc[12].idx, "firm date", "firm date"), (doc[17].idx, "gloomy scenarios", "gloomy scenarios")]
    generic = _generic_phrases(doc, phrases, WordClasses.of(doc, profile=profile), profile=profile)
    # What the impact is on ("mortgage lending") names the subject; the kinds of impact, date and scenario do not.
    assert generic == {"sizeable impact", "firm date", "gloomy scenarios"}
