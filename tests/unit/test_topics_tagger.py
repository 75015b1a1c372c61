"""The tagger that topic labels run on untagged sentences reads, for the word asked about, only the tokens its
embedding sees around it, and gives that word the part of speech the whole sentence gives it."""
from __future__ import annotations

from extractor.pipeline.components.topics import _recogniser, _tagger, _tagger_reach


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


def _counting_make_doc(model, monkeypatch) -> list[str]:
    made: list[str] = []
    make_doc = model.make_doc

    def counting(text):
        made.append(text)
        return make_doc(text)

    monkeypatch.setattr(model, "make_doc", counting)
    return made


def test_the_recogniser_reads_each_distinct_sentence_once(model, monkeypatch):
    first = "The Port Authority of Valmora thanked Mayor Ines Castell for the new ferry terminal."
    second = "Ines Castell opened the terminal in Valmora on Monday."
    alone = {s: _recogniser(model)([s])[0] for s in (first, second)}
    made = _counting_make_doc(model, monkeypatch)
    found = _recogniser(model)([first, second, first, first])
    assert found == [alone[first], alone[second], alone[first], alone[first]]
    assert ("The Port Authority of Valmora", "ORG") in alone[first]
    assert sorted(made) == sorted([first, second])
    found[0].append(("changed", "ORG"))  # each answer is a list of its own
    assert found[2] == alone[first]


def test_the_tagger_tokenizes_each_distinct_sentence_once_for_the_words_asked_about(model, monkeypatch):
    sentence = ("The football club said the new stand would open before the derby, and the board will "
                "publish the ticket prices next week.")
    words = ("stand", "derby", "publish", "ticket")
    alone = [_tagger(model)([sentence], [sentence.index(w)])[0] for w in words]
    made = _counting_make_doc(model, monkeypatch)
    together = _tagger(model)([sentence] * len(words), [sentence.index(w) for w in words])
    assert together == alone
    assert made == [sentence]
    assert dict(alone[2])[sentence.index("publish")] == "VERB"
