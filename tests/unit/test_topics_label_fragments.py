"""Issue 28, labels: no key phrase is a fragment cut out of a phrase or a name.

The examples are written for these tests: a sports club's briefing and a city hall's.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.labels import LabelConfig, _guessed_phrases, _trim


def test_words_before_a_determiner_qualify_the_clause_not_the_noun():
    # "as tough a fight": "tough" is said of the fight, in the clause; the noun phrase opens at "a".
    words = ["as", "tough", "a", "fight"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["ADV", "ADJ", "DET", "NOUN"])
    assert [t.text for t in _trim(doc[:], LabelConfig(), profile=english())] == ["fight"]
    words = ["the", "stadium", "budget"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["DET", "NOUN", "NOUN"])
    assert [t.text for t in _trim(doc[:], LabelConfig(), profile=english())] == ["stadium", "budget"]


def test_a_guessed_phrase_is_not_cut_inside_a_name():
    # The first sentence is tagged (the model ran there); the second is not, and its phrases are guessed.
    tagged = [("Those", "DET"), ("times", "NOUN"), ("the", "DET"), ("roof", "NOUN"), ("leaked", "VERB"), (".", "PUNCT")]
    untagged = "The club told the Riverside Sports Times about the stadium roof .".split()
    words = [w for w, _ in tagged] + untagged
    doc = Doc(spacy.blank("en").vocab, words=words, pos=[p for _, p in tagged] + [""] * len(untagged),
              sent_starts=[True] + [False] * 5 + [True] + [False] * (len(untagged) - 1))
    phrases = [surface for _, _, surface in _guessed_phrases(doc, WordClasses.of(doc, profile=english()),
                                                             profile=english())]
    # "Times" says when elsewhere, but here it ends the newspaper's name: "Riverside Sports" is a fragment.
    assert phrases == ["stadium roof"]
