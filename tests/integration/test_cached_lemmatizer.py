"""With the real model, the cached lemmatizer sets what the model's own lemmatizer sets."""
from __future__ import annotations

from pathlib import Path

from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.tokens import Doc

from extractor.pipeline.components.cached_lemmatizer import CachedLemmatizer

SAMPLE = sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))[0]

OWN_WORDS = (
    "The Governing Council kept its policy rates unchanged, while the mayor's office said ridership had risen "
    "and fares were being cut. Shareholders were told that quarterly revenues grew, margins narrowed and the "
    "board is reviewing dividends. We're seeing fewer layoffs; wages are rising faster than prices."
)


def test_same_lemmas_as_the_models_lemmatizer(nlp):
    cached = nlp.get_pipe("lemmatizer")
    assert isinstance(cached, CachedLemmatizer)
    reference = EnglishLemmatizer(nlp.vocab, None, mode=cached.mode, overwrite=cached.overwrite)
    reference.lookups = cached.lookups
    seen = []
    for text in (OWN_WORDS, SAMPLE.read_text(encoding="utf-8")):
        doc = nlp.make_doc(text)
        for name in ("tok2vec", "tagger", "parser", "attribute_ruler"):
            doc = nlp.get_pipe(name)(doc)
        data = doc.to_bytes()
        expected = [t.lemma_ for t in reference(Doc(nlp.vocab).from_bytes(data))]
        assert [t.lemma_ for t in cached(Doc(nlp.vocab).from_bytes(data))] == expected
        assert [t.lemma_ for t in cached(Doc(nlp.vocab).from_bytes(data))] == expected  # from the cache
        seen.append(expected)
    assert {"rise", "grow", "narrow", "wage", "be", "review"} <= set(seen[0]) and len(seen[1]) > 5000
