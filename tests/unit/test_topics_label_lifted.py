"""Issue 28, labels (class 2): an adjective and a noun the document says nowhere else ("a busy week", "a warm
welcome") is a phrase lifted from what is said, not a subject; an adjective with a noun's content ("municipal
parking", "the average fee") makes a term with its noun. A name after "a report in" is where it was published.

The examples are written for these tests: a city hall's briefing, a sports club's.
"""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor.lang.profile import english
from extractor.topics.features import WordClasses
from extractor.topics.label_config import LabelConfig
from extractor.topics.label_debris import is_source
from extractor.topics.label_fitness import _fit, _lifted_phrases


def _doc() -> Doc:
    # "After a busy week the mayor gave municipal parking a warm welcome . Parking fees rise and parking spaces
    #  grow . The average fee is low , above average ."
    words = ["After", "a", "busy", "week", "the", "mayor", "gave", "municipal", "parking", "a", "warm", "welcome", ".",
             "Parking", "fees", "rise", "and", "parking", "spaces", "grow", ".", "The", "average", "fee", "is", "low",
             ",", "above", "average", "."]
    pos = ["ADP", "DET", "ADJ", "NOUN", "DET", "NOUN", "VERB", "ADJ", "NOUN", "DET", "ADJ", "NOUN", "PUNCT",
           "NOUN", "NOUN", "VERB", "CCONJ", "NOUN", "NOUN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "AUX", "ADJ",
           "PUNCT", "ADP", "NOUN", "PUNCT"]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words])


def test_an_adjective_before_a_noun_said_once_is_lifted_unless_the_adjective_has_a_nouns_content():
    profile, doc = english(), _doc()
    phrases = [(doc[2].idx, "busy week", "busy week"), (doc[7].idx, "municipal parking", "municipal parking"),
               (doc[10].idx, "warm welcome", "warm welcome"), (doc[22].idx, "average fee", "average fee"),
               (doc[17].idx, "parking spaces", "parking spaces")]
    lifted = _lifted_phrases(doc, phrases, WordClasses.of(doc, profile=profile), profile=profile)
    # "municipal" relates parking to the city, "average" is also said as a noun ("above average"), and two nouns
    # make a compound: only the week and the welcome, said once, are lifted.
    assert lifted == {"busy week", "warm welcome"}


def test_a_noun_the_document_says_again_keeps_its_phrase_a_subject():
    profile = english()
    # "The low fee rose . A low fee ." / "The low fee rose . Fees fell ."
    once = Doc(spacy.blank("en").vocab, words=["The", "low", "fee", "rose", ".", "Parking", "fell", "."],
               pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"])
    again = Doc(spacy.blank("en").vocab, words=["The", "low", "fee", "rose", ".", "Fees", "fell", "."],
                pos=["DET", "ADJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT"], lemmas=[
                    "the", "low", "fee", "rise", ".", "fee", "fall", "."])
    for doc, expected in ((once, {"low fee"}), (again, set())):
        phrases = [(doc[1].idx, "low fee", "low fee")]
        assert _lifted_phrases(doc, phrases, WordClasses.of(doc, profile=profile), profile=profile) == expected


def test_a_lifted_phrase_ranks_below_a_phrase_that_names_a_subject_above_a_lone_noun():
    profile = english()
    fit = dict(people=frozenset(), subjects=frozenset(), spread=set(), single=[], profile=profile,
               generic=frozenset({"busy week"}))
    assert _fit("municipal parking", **fit) == 0
    assert 0 < _fit("busy week", **fit) < _fit("parking", **fit) == LabelConfig.unfit


def test_a_name_after_a_report_in_is_where_it_was_published_not_the_subject():
    profile = english()
    text = ("Q There is a story in Harbourside that the sports club will sell its ground, and an article in the "
            "Valley Courier says the same. Is a report on Harbourside's stadium due?")
    assert is_source(text, text.index("Harbourside"), profile=profile)
    assert is_source(text, text.index("Valley Courier"), profile=profile)
    # A report on a thing names what is reported on.
    assert not is_source(text, text.index("Harbourside's"), profile=profile)
    # Where something was reported is where it happened, not a paper.
    text = "Q The ministry counts 40 flu cases reported in Tallinn this week. Are the schools closing?"
    assert not is_source(text, text.index("Tallinn"), profile=profile)


def test_an_adjective_of_whether_or_when_or_a_participle_leaves_the_noun_the_subject():
    profile = english()
    # "The ministry weighs a possible merger , a stark choice and a continued review ."
    words = ["The", "ministry", "weighs", "a", "possible", "merger", ",", "a", "stark", "choice", "and", "a",
             "continued", "review", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "CCONJ", "DET", "ADJ", "NOUN",
           "PUNCT"]
    tags = ["DT", "NN", "VBZ", "DT", "JJ", "NN", ",", "DT", "JJ", "NN", "CC", "DT", "VBN", "NN", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags, lemmas=[w.lower() for w in words])
    phrases = [(doc[4].idx, "possible merger", "possible merger"), (doc[8].idx, "stark choice", "stark choice"),
               (doc[12].idx, "continued review", "continued review")]
    # Each noun is said once; only the stark choice evaluates.
    assert _lifted_phrases(doc, phrases, WordClasses.of(doc, profile=profile), profile=profile) == {"stark choice"}
    # A participle the tagger reads as a plain adjective is known by its past form's ending.
    tags[12] = "JJ"
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags, lemmas=[w.lower() for w in words])
    assert _lifted_phrases(doc, phrases, WordClasses.of(doc, profile=profile), profile=profile) == {"stark choice"}
