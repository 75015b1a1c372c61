"""On a real transcript, the indexed attribute ruler sets what the model's own attribute ruler sets."""
from __future__ import annotations

from pathlib import Path

from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from extractor.pipeline.components.indexed_attribute_ruler import IndexedAttributeRuler

SAMPLE = sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))[0]


def test_same_annotations_as_the_models_attribute_ruler(nlp):
    indexed = nlp.get_pipe("attribute_ruler")
    assert isinstance(indexed, IndexedAttributeRuler)
    spacy_ruler = AttributeRuler(nlp.vocab)
    spacy_ruler.add_patterns(indexed.patterns)
    doc = nlp.make_doc(SAMPLE.read_text(encoding="utf-8"))
    for name in ("tok2vec", "tagger", "parser"):
        doc = nlp.get_pipe(name)(doc)
    data = doc.to_bytes()
    expected = spacy_ruler(Doc(nlp.vocab).from_bytes(data))
    got = indexed(Doc(nlp.vocab).from_bytes(data))
    assert len(got) > 5000
    assert [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in got] == \
        [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in expected]
    assert indexed._tables.patterns is not None  # it used its tables, not the Matcher
