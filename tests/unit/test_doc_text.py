"""The Doc's text, kept once: built from the token arrays, or kept from the string the Doc was made from."""
from __future__ import annotations

import pytest
import spacy

from extractor.bounds import make_doc
from extractor.pipeline.parsed import doc_text, keep_text

TEXTS = ["", "   ", "The mayor said:\n\n  fares fall 5%\u00a0next week.  ", "Q4 revenue: " + "x" * 600 + " end\n"]


@pytest.mark.parametrize("text", TEXTS, ids=["empty", "spaces", "layout", "long-run"])
def test_doc_text_is_the_docs_text(text):
    nlp = spacy.blank("en")
    assert doc_text(nlp.make_doc(text)) == text  # built from the arrays
    made = make_doc(nlp, text)  # kept from the string
    assert doc_text(made) == made.text == text


def test_keep_text_refuses_another_text():
    doc = spacy.blank("en").make_doc("Budgets rose.")
    with pytest.raises(ValueError, match="characters"):
        keep_text(doc, "Budgets rose")
    assert doc_text(keep_text(doc, "Budgets rose.")) == "Budgets rose."


def test_a_changed_doc_gets_its_text_again():
    nlp = spacy.blank("en")
    doc = make_doc(nlp, "Fares fell.")
    doc_text(doc)
    with doc.retokenize() as retokenizer:  # same length: the kept copy is still the text
        retokenizer.merge(doc[0:2])
    assert doc_text(doc) == "Fares fell."
    other = nlp.make_doc("Fares fell sharply.")
    other.user_data.update(doc.user_data)  # a copy of another Doc's text, of another length
    assert doc_text(other) == "Fares fell sharply."
