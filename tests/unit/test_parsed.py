"""Noun chunks read from the tagged stretches only are the ones spaCy reads from the whole document."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import POS as POS_ID
from spacy.tokens import Doc, Span

from extractor.pipeline.parsed import noun_chunks, tagged_stretches, tokens_with_lemma, tokens_with_lower

# A company's results call, parsed by hand where a model would have run (words 0-7 and 14-20), with a
# flat, untagged sentence between them (words 8-13), as ``numeral_focus`` leaves it.
WORDS = ["Our", "new", "plant", "shipped", "4,000", "electric", "vans", ".",
         "Thank", "you", "all", "for", "coming", ".",
         "Margins", "and", "cash", "flow", "rose", "sharply", "."]
POS = ["PRON", "ADJ", "NOUN", "VERB", "NUM", "ADJ", "NOUN", "PUNCT",
       "", "", "", "", "", "",
       "NOUN", "CCONJ", "NOUN", "NOUN", "VERB", "ADV", "PUNCT"]
HEADS = [2, 2, 3, 3, 6, 6, 3, 3,
         8, 8, 8, 8, 8, 8,
         18, 14, 17, 14, 18, 18, 18]
DEPS = ["poss", "amod", "nsubj", "ROOT", "nummod", "amod", "dobj", "punct",
        "ROOT", "dep", "dep", "dep", "dep", "dep",
        "nsubj", "cc", "compound", "conj", "ROOT", "advmod", "punct"]


def _doc(pos=POS) -> Doc:
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=WORDS, pos=[p or "X" for p in pos], heads=HEADS, deps=DEPS)
    values = doc.to_array([POS_ID])
    values[[i for i, p in enumerate(pos) if not p]] = 0  # no part of speech, as where no model ran
    doc.from_array([POS_ID], values)
    return doc


def _bounds(spans):
    return [(s.start, s.end, s.label_) for s in spans]


def test_tagged_stretches():
    assert tagged_stretches(_doc()) == [(0, 8), (14, 21)]
    assert tagged_stretches(_doc([p or "X" for p in POS])) == [(0, 21)]
    assert tagged_stretches(Doc(spacy.blank("en").vocab, words=[])) == []


@pytest.mark.parametrize("pos", [POS, [p or "X" for p in POS]], ids=["partly-tagged", "all-tagged"])
def test_same_chunks_as_spacy(pos):
    doc = _doc(pos)
    got = noun_chunks(doc)
    assert _bounds(got) == _bounds(doc.noun_chunks)
    assert [s.text for s in got][:4] == ["Our new plant", "4,000 electric vans", "Margins", "cash flow"]


def test_chunks_are_read_once_per_parse():
    doc = _doc()
    read = []
    iterator = doc.noun_chunks_iterator

    def counting(span):
        if isinstance(span, Span):  # doc.noun_chunks, called below to compare, reads the whole Doc
            read.append((span.start, span.end))
        return iterator(span)

    doc.noun_chunks_iterator = counting
    first = noun_chunks(doc)
    assert read == [(0, 8), (14, 21)]
    again = noun_chunks(doc)
    assert _bounds(again) == _bounds(first) and read == [(0, 8), (14, 21)]  # kept, not read again
    again.clear()  # the caller's list is its own
    assert _bounds(noun_chunks(doc)) == _bounds(first)
    # A parse that changed (the results call's margins now modify the cash flow) is read again.
    values = doc.to_array([POS_ID])
    values[15] = doc.vocab.strings["ADJ"]
    doc.from_array([POS_ID], values)
    assert _bounds(noun_chunks(doc)) == _bounds(doc.noun_chunks)
    assert len(read) == 4
    # The chunks travel with the Doc (user data) and are the same after a round trip.
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert _bounds(noun_chunks(copy)) == _bounds(doc.noun_chunks)


def test_errors_are_spacys():
    with pytest.raises(ValueError):  # no parse at all
        noun_chunks(spacy.blank("en")("Forty new buses."))


def test_entity_at_agrees_with_doc_ents():
    from extractor.pipeline.parsed import entity_at

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["The", "Harbour", "Board", "met", "Acme", "."],
              ents=["O", "B-ORG", "I-ORG", "O", "B-ORG", "O"])
    assert [(e.start, e.end, e.label_) for e in (entity_at(doc[1]), entity_at(doc[2]), entity_at(doc[4]))] == \
        [(e.start, e.end, e.label_) for e in (doc.ents[0], doc.ents[0], doc.ents[1])]
    assert entity_at(doc[0]) is None and entity_at(doc[3]) is None
    doc[3].ent_type_ = "ORG"  # a type without an entity tag: no entity of doc.ents holds it
    assert entity_at(doc[3]) is None and len(doc.ents) == 2


def test_other_languages_get_spacys_own_chunks():
    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=["Die", "Bank", "senkt", "den", "Zins"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
              heads=[1, 2, 2, 4, 2], deps=["nk", "sb", "ROOT", "nk", "oa"])
    assert _bounds(noun_chunks(doc)) == _bounds(doc.noun_chunks)


def test_tokens_with_lemma_are_those_a_walk_finds(model):
    doc = model("The Board met. The boards of the Ministry and two ministries said the board would meet again.")
    wanted = frozenset({"board", "ministry"})
    assert tokens_with_lemma(doc, wanted) == [t for t in doc if t.lemma_.lower() in wanted]
    assert [t.text for t in tokens_with_lemma(doc, wanted)][:2] == ["Board", "boards"]
    assert tokens_with_lemma(doc, frozenset()) == []


def test_tokens_with_lower_are_those_a_walk_finds():
    doc = spacy.blank("en")("Our Council met. Does the council expect OUR fares to rise? our")
    wanted = frozenset({"our", "does"})
    assert tokens_with_lower(doc, wanted) == [t for t in doc if t.lower_ in wanted]
    assert [t.i for t in tokens_with_lower(doc, wanted)] == [0, 4, 8, 13]
