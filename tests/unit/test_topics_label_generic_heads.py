"""Issue 28, labels: an adjective before a noun of a kind ("a sizeable impact", "in stable circumstances") names no
subject, in the singular or the plural.

The example is written for this test: a central bank's press conference.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_fitness import _generic_phrases


def test_an_adjective_before_an_impact_a_view_or_circumstances_says_of_what_kind():
    profile = english()
    # "The bank saw a sizeable impact on mortgage lending, gave no firm view, and in stable circumstances waits."
    words = ["The", "bank", "saw", "a", "sizeable", "impact", "on", "mortgage", "lending", ",", "gave", "no", "firm",
             "view", ",", "and", "in", "stable", "circumstances", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT", "VERB", "DET", "ADJ",
           "NOUN", "PUNCT", "CCONJ", "ADP", "ADJ", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[18] = "circumstance"
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=lemmas)
    phrases = [(doc[4].idx, "sizeable impact", "sizeable impact"), (doc[7].idx, "mortgage lending", "mortgage lending"),
               (doc[12].idx, "firm view", "firm view"), (doc[17].idx, "stable circumstances", "stable circumstances")]
    generic = _generic_phrases(doc, phrases, WordClasses.of(doc, profile=profile), profile=profile)
    # What the impact is on ("mortgage lending") names the subject; the kinds of impact, view and circumstances do
    # not (the plural is read by its lemma).
    assert generic == {"sizeable impact", "firm view", "stable circumstances"}
