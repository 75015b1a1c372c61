"""Which sentences the focused pipeline parses, on short strings (no model)."""
from __future__ import annotations

import spacy

from extractor.lang.profile import english
from extractor.pipeline.components.focus import FocusLimits, _passages, choose_sentences
from extractor.pipeline.extensions import register_extensions


def _sentences(text: str):
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    return doc, [(s.start, s.end) for s in doc.sents]


def _chosen(text: str, context: int = 8) -> list[str]:
    doc, sentences = _sentences(text)
    keep = choose_sentences(doc, sentences, context, profile=english())
    return [doc[a:b].text.strip() for (a, b), k in zip(sentences, keep) if k]


def test_a_sentence_with_a_figure_and_the_one_before_it_are_parsed():
    chosen = _chosen("We met. It went well. The weather was fine. Exports rose 7.1% last year. Thank you.")
    assert chosen == ["The weather was fine.", "Exports rose 7.1% last year."]


def test_earlier_sentences_are_parsed_when_they_may_name_an_owner():
    text = "Let me turn to ASEAN. It is good. It matters. Trade with it rose 5%."
    assert _chosen(text) == ["Let me turn to ASEAN.", "It matters.", "Trade with it rose 5%."]
    assert _chosen("Developing countries did well. It is good. It matters. Trade rose 5%.")[0] == \
        "Developing countries did well."


def test_context_stops_at_a_blank_line():
    text = "Let me turn to ASEAN.\n\nIt matters. Trade rose 5%."
    assert _chosen(text) == ["It matters.", "Trade rose 5%."]


def test_context_is_limited():
    text = "Let me turn to ASEAN. It is good. It matters. Trade rose 5%."
    assert _chosen(text, context=1) == ["It matters.", "Trade rose 5%."]


def test_a_sentence_that_only_continues_a_chosen_one_is_parsed_with_it():
    doc, sentences = _sentences("It was $1.7 billion. [trillion] was meant. Then we left. And so on.")
    keep = choose_sentences(doc, sentences, profile=english())
    assert keep == [True, True, False, False]


def test_consecutive_chosen_sentences_form_one_passage():
    doc, sentences = _sentences("One. Two. Three. Four.")
    assert _passages(doc, sentences, [True, True, False, True], FocusLimits()) == [
        (sentences[0][0], sentences[1][1]), sentences[3]]
    assert _passages(doc, sentences, [False] * 4, FocusLimits()) == []


def test_no_sentence_without_figures_is_chosen():
    assert _chosen("Thank you for coming. We are glad. Good bye.") == []
