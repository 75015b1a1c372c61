"""The indexed attribute ruler gives exactly what spaCy's AttributeRuler gives, on short strings."""
from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from extractor.pipeline.components.indexed_attribute_ruler import IndexedAttributeRuler, index_attribute_ruler

WORDS = ["It", "is", "n't", "that", "he", "'s", "tired", "nothin'", "y'", "know", " ", "Yes", "."]
TAGS = ["PRP", "VBZ", "RB", "IN", "PRP", "VBZ", "JJ", "NN", "PRP", "VBP", "_SP", "UH", "."]
DEPS = ["nsubj", "ROOT", "neg", "mark", "nsubj", "aux", "acomp", "dobj", "nsubj", "ccomp", "", "intj", "punct"]
HEADS = [1, 1, 1, 6, 6, 6, 1, 6, 9, 6, 9, 11, 11]

PATTERNS = [
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"POS": "PART", "LEMMA": "not"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "y'"}, {"LOWER": "know"}]], "attrs": {"LEMMA": "you"}, "index": 0},
    {"patterns": [[{"LOWER": "y'"}, {"LOWER": "know"}]], "attrs": {"POS": "VERB"}, "index": -1},
    {"patterns": [[{"TAG": {"NOT_IN": ["IN", ""]}, "DEP": {"IN": ["nsubj"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
    # A later rule overrides an earlier one on the same token.
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"MORPH": "Number=Sing|Person=3"}},
    {"patterns": [[{"ORTH": "Yes"}], [{"ORTH": "."}]], "attrs": {"LEMMA": "yes!"}},
]


def _doc(nlp):
    return Doc(nlp.vocab, words=WORDS, spaces=[True] * len(WORDS), tags=TAGS, deps=DEPS, heads=HEADS)


def _annotations(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def _both(patterns):
    nlp = spacy.blank("en")
    spacy_ruler, indexed = AttributeRuler(nlp.vocab), IndexedAttributeRuler(nlp.vocab)
    spacy_ruler.add_patterns(patterns)
    indexed.add_patterns(patterns)
    return nlp, spacy_ruler, indexed


def test_same_annotations_as_spacy():
    nlp, spacy_ruler, indexed = _both(PATTERNS)
    expected, got = spacy_ruler(_doc(nlp)), indexed(_doc(nlp))
    assert _annotations(got) == _annotations(expected)
    # The rules did apply (the comparison is not between two untouched documents).
    assert got[1].lemma_ == "be" and got[1].pos_ == "AUX" and str(got[1].morph) == "Number=Sing|Person=3"
    assert got[2].lemma_ == "not" and got[8].lemma_ == "you" and got[9].pos_ == "VERB"


def test_matches_equal_spacy_matches():
    nlp, spacy_ruler, indexed = _both(PATTERNS)
    doc = _doc(nlp)
    assert indexed.match(doc) == spacy_ruler.match(doc)


def test_pattern_the_tables_cannot_express_falls_back_to_the_matcher():
    patterns = [*PATTERNS, {"patterns": [[{"LENGTH": {">=": 5}}]], "attrs": {"LEMMA": "long"}}]
    nlp, spacy_ruler, indexed = _both(patterns)
    assert _annotations(indexed(_doc(nlp))) == _annotations(spacy_ruler(_doc(nlp)))
    assert indexed(_doc(nlp))[7].lemma_ == "long"


def test_patterns_added_later_are_used():
    nlp, spacy_ruler, indexed = _both(PATTERNS[:1])
    indexed(_doc(nlp))  # builds the tables
    for ruler in (spacy_ruler, indexed):
        ruler.add_patterns(PATTERNS[1:])
    assert _annotations(indexed(_doc(nlp))) == _annotations(spacy_ruler(_doc(nlp)))


def test_index_attribute_ruler_replaces_the_component_with_its_patterns():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(PATTERNS)
    index_attribute_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    assert len(ruler.patterns) == len(PATTERNS)
    assert ruler(_doc(nlp))[1].lemma_ == "be"
    index_attribute_ruler(nlp)  # a second call changes nothing
    assert nlp.pipe_names == ["attribute_ruler"]


def test_an_empty_document_has_no_matches():
    nlp, spacy_ruler, indexed = _both(PATTERNS)
    assert indexed.match(nlp.make_doc("")) == spacy_ruler.match(nlp.make_doc("")) == []
    assert len(indexed(nlp.make_doc(""))) == 0


def test_remembered_rows_are_forgotten_past_the_component_setting():
    nlp = spacy.blank("en")
    for bound, kept in ((2, False), (10_000, True)):
        indexed = nlp.add_pipe("indexed_attribute_ruler", name=f"ruler{bound}", config={"max_cached": bound})
        indexed.add_patterns(PATTERNS)
        indexed(_doc(nlp))
        indexed._tables.satisfied[("a row of an earlier document",)] = frozenset()
        spacy_ruler = AttributeRuler(nlp.vocab)
        spacy_ruler.add_patterns(PATTERNS)
        assert _annotations(indexed(_doc(nlp))) == _annotations(spacy_ruler(_doc(nlp)))
        assert (("a row of an earlier document",) in indexed._tables.satisfied) is kept


def _arrays_ruler(patterns, array_from=0):
    """spaCy's ruler and an indexed one that writes every document's attributes as arrays."""
    nlp, spacy_ruler, _ = _both(patterns)
    indexed = IndexedAttributeRuler(nlp.vocab, array_from=array_from)
    indexed.add_patterns(patterns)
    return nlp, spacy_ruler, indexed


def test_attributes_written_as_arrays_equal_spacys():
    nlp, spacy_ruler, indexed = _arrays_ruler(PATTERNS)
    got = indexed(_doc(nlp))
    assert _annotations(got) == _annotations(spacy_ruler(_doc(nlp)))
    assert got[1].lemma_ == "be" and str(got[1].morph) == "Number=Sing|Person=3" and got[9].pos_ == "VERB"


def test_a_batch_written_as_arrays_equals_spacy_document_by_document():
    nlp, spacy_ruler, indexed = _arrays_ruler(PATTERNS)
    # The second document ends with the first word of a two-word pattern and the third starts with its second:
    # a pattern never runs from one document into the next.
    words = [WORDS, ["Say", "y'"], ["know", "it", "is", "."], WORDS[::-1]]
    docs = [Doc(nlp.vocab, words=w, tags=["VBZ" if x == "is" else "NN" for x in w]) for w in words]
    expected = [_annotations(spacy_ruler(Doc(nlp.vocab).from_bytes(d.to_bytes()))) for d in docs]
    assert [_annotations(d) for d in indexed.pipe(docs, batch_size=3)] == expected
    assert docs[1][1].lemma_ != "you" and docs[2][0].pos_ != "VERB"


def test_short_documents_keep_the_match_list_and_agree():
    nlp, spacy_ruler, indexed = _arrays_ruler(PATTERNS, array_from=1_000)
    assert _annotations(indexed(_doc(nlp))) == _annotations(spacy_ruler(_doc(nlp)))
    assert [_annotations(d) for d in indexed.pipe([_doc(nlp), _doc(nlp)])] == [_annotations(spacy_ruler(_doc(nlp)))] * 2


def test_a_target_outside_the_pattern_raises_spacys_error_by_arrays_too():
    bad = [{"patterns": [[{"TAG": "VBZ"}]], "attrs": {"LEMMA": "x"}, "index": 2}]
    nlp, spacy_ruler, indexed = _arrays_ruler(bad)
    with pytest.raises(ValueError) as expected:
        spacy_ruler(_doc(nlp))
    with pytest.raises(ValueError) as got:
        indexed(_doc(nlp))
    assert str(got.value) == str(expected.value)


def test_a_rule_setting_another_attribute_is_applied_match_by_match():
    patterns = [*PATTERNS, {"patterns": [[{"ORTH": "Yes"}]], "attrs": {"NORM": "yes"}}]
    nlp, spacy_ruler, indexed = _arrays_ruler(patterns)
    got = indexed(_doc(nlp))
    assert _annotations(got) == _annotations(spacy_ruler(_doc(nlp)))
    assert got[11].norm_ == "yes" and indexed._tables.effects is None
