"""The cached lemmatizer gives exactly what spaCy's English rule lemmatizer gives, on short strings."""
from __future__ import annotations

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups
from spacy.tokens import Doc

from extractor.pipeline.components.cached_lemmatizer import CachedLemmatizer, cache_lemmatizer

# A council's minutes, tagged by hand: plural nouns, past and present verbs, a base form, a proper
# noun, a number, punctuation and a space.
WORDS = ["The", "councillors", "approved", "budgets", "for", "Riverton", "'s", "libraries", "and", "voted",
         "12", "to", "3", ";", "buses", "are", "running", "  ", "cheaper", "fares", "."]
POS = ["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PART", "NOUN", "CCONJ", "VERB",
       "NUM", "ADP", "NUM", "PUNCT", "NOUN", "AUX", "VERB", "SPACE", "ADJ", "NOUN", "PUNCT"]
MORPHS = ["Definite=Def|PronType=Art", "Number=Plur", "Tense=Past|VerbForm=Fin", "Number=Plur", "",
          "Number=Sing", "", "Number=Plur", "ConjType=Cmp", "Tense=Past|VerbForm=Fin", "NumType=Card", "",
          "NumType=Card", "", "Number=Plur", "Mood=Ind|Tense=Pres|VerbForm=Fin", "Aspect=Prog|Tense=Pres|VerbForm=Part",
          "", "Degree=Cmp", "Number=Plur", "PunctType=Peri"]


def _lookups() -> Lookups:
    lookups = Lookups()
    lookups.add_table("lemma_index", {"noun": ["councillor", "budget", "library", "bus", "fare"],
                                      "verb": ["approve", "vote", "run"], "adj": ["cheap"]})
    lookups.add_table("lemma_exc", {"verb": {"running": ["run"]}, "adj": {"cheaper": ["cheap"]}})
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["ies", "y"], ["es", ""]],
                                      "verb": [["ed", "e"], ["ed", ""], ["ing", ""]], "adj": [["er", ""]]})
    return lookups


def _doc(nlp, lemmas=None) -> Doc:
    return Doc(nlp.vocab, words=WORDS, spaces=[True] * len(WORDS), pos=POS, morphs=MORPHS, lemmas=lemmas)


def _pair(overwrite: bool = False):
    nlp = spacy.blank("en")
    spacy_lemmatizer = EnglishLemmatizer(nlp.vocab, None, mode="rule", overwrite=overwrite)
    cached = CachedLemmatizer(nlp.vocab, None, mode="rule", overwrite=overwrite)
    spacy_lemmatizer.initialize(lookups=_lookups())
    cached.initialize(lookups=_lookups())
    return nlp, spacy_lemmatizer, cached


def test_same_lemmas_as_spacy_twice_over():
    nlp, spacy_lemmatizer, cached = _pair()
    expected = [t.lemma_ for t in spacy_lemmatizer(_doc(nlp))]
    first = [t.lemma_ for t in cached(_doc(nlp))]
    again = [t.lemma_ for t in cached(_doc(nlp))]  # every answer now from the cache
    assert first == expected and again == expected
    # The rules did apply: exceptions, suffix rules checked against known words, proper nouns kept.
    got = dict(zip(WORDS, first))
    assert got["libraries"] == "library" and got["approved"] == "approve" and got["running"] == "run"
    assert got["cheaper"] == "cheap" and got["Riverton"] == "Riverton" and got["The"] == "the"
    assert len(cached._lemmas) == len(set(zip(WORDS, POS, MORPHS)))


def test_lemmas_set_before_are_kept_unless_overwriting():
    before = ["the", "COUNCILLOR"] + [""] * (len(WORDS) - 2)
    for overwrite in (False, True):
        nlp, spacy_lemmatizer, cached = _pair(overwrite)
        expected = [t.lemma_ for t in spacy_lemmatizer(_doc(nlp, before))]
        assert [t.lemma_ for t in cached(_doc(nlp, before))] == expected
        assert (expected[1] == "COUNCILLOR") is (not overwrite)


def test_the_cache_is_bounded():
    nlp, spacy_lemmatizer, cached = _pair()
    cached.max_cached = 4
    assert [t.lemma_ for t in cached(_doc(nlp))] == [t.lemma_ for t in spacy_lemmatizer(_doc(nlp))]
    assert len(cached._lemmas) <= 4


def test_the_cache_bound_is_a_setting_of_the_component():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("cached_lemmatizer", config={"mode": "rule", "max_cached": 9})
    assert component.max_cached == 9


def test_cache_lemmatizer_replaces_the_english_lemmatizer_with_its_tables():
    nlp = spacy.blank("en")
    old = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    old.initialize(lookups=_lookups())
    cache_lemmatizer(nlp)
    new = nlp.get_pipe("lemmatizer")
    assert isinstance(new, CachedLemmatizer) and new.lookups is old.lookups
    assert [t.lemma_ for t in new(_doc(nlp))] == [t.lemma_ for t in old(_doc(nlp))]
    cache_lemmatizer(nlp)  # idempotent
    assert nlp.get_pipe("lemmatizer") is new


def test_other_lemmatizers_are_left_alone():
    nlp = spacy.blank("fr")
    old = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    cache_lemmatizer(nlp)
    assert nlp.get_pipe("lemmatizer") is old
    cache_lemmatizer(spacy.blank("en"))  # no lemmatizer: nothing to do


def test_a_doc_of_another_vocabulary_gets_its_lemmas():
    nlp, spacy_lemmatizer, cached = _pair()
    cached(_doc(nlp))  # remembered with the first vocabulary
    other = spacy.blank("en")
    doc = cached(_doc(other))  # the lemmas' strings are added to this Doc's own vocabulary
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in spacy_lemmatizer(_doc(nlp))]
