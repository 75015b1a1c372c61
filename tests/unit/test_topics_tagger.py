"""The tagger that topic labels run on untagged sentences reads, for the word asked about, only the tokens its
embedding sees around it, and gives that word the part of speech the whole sentence gives it."""
from __future__ import annotations

from extractor.pipeline.components.topics import _tagger, _tagger_reach


def test_the_tagger_reads_only_as_far_as_its_windows_reach(model):
    reach = _tagger_reach(model, ["tok2vec", "tagger", "attribute_ruler"])
    assert reach == 5  # four windows of one token each side, and the attribute ruler's two-token patterns
    assert _tagger_reach(model, ["transformer", "tagger", "attribute_ruler"]) is None


def test_a_word_gets_the_same_part_of_speech_from_its_neighbourhood(model):
    tag = _tagger(model)
    sentence = ("The city council said on Tuesday that it won't widen the ring road before the bus depot "
                "reopens, and the mayor's office gonna publish the tender in spring.")
    whole = dict(tag([sentence])[0])
    for word in ("widen", "ring", "won't", "depot", "reopens", "gonna", "tender", "The", "spring"):
        at = sentence.index(word)
        around = tag([sentence], [at])[0]
        assert len(around) < len(whole)
        first = next(offset for offset, _ in around if offset >= at)
        assert first == at and dict(around)[first] == whole[first]
