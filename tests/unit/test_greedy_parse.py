"""The parser and the entity recogniser run with Python's lock held give spaCy's own moves, bit for bit."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START

from extractor.pipeline.components import greedy_parse

# A ministry, a city hall, a sports club and a central bank, of different lengths (the batches are sorted
# by length), one empty, and one that names no entity at all.
TEXTS = [
    "The Ministry of Transport said on Tuesday that rail fares in Wales would rise by 4.2 percent in March.",
    "Mayor Ana Ruiz told the Riverton City Council that the new library cost $12 million, "
    "two million less than planned, and will open on June 3rd.",
    "",
    "Thanks.",
    "Halvorsen FC sold 18,500 season tickets this summer; the club's chairman, Mr. Lind, expects more in Oslo.",
    "The Bank of Eastland held its rate at 3.75%. Governor Okafor said inflation fell to 2.9% in the third "
    "quarter and that the board in Lagos and Abuja would meet again in December. Some members wanted a cut.",
    "we will see how it goes",
]

ATTRS = {"parser": [HEAD, DEP, SENT_START], "ner": [ENT_IOB, ENT_TYPE]}


@pytest.mark.parametrize("name", ["parser", "ner"])
@pytest.mark.parametrize("batch_size", [2, 256])
def test_same_annotations_as_spacy(model, name, batch_size):
    component = model.get_pipe(name)
    assert greedy_parse.held(component)
    before = [n for n in model.pipe_names if model.pipe_names.index(n) < model.pipe_names.index(name)]

    def prepared():
        docs = [model.make_doc(t) for t in TEXTS * 3]
        for earlier in before:
            docs = list(model.get_pipe(earlier).pipe(docs))
        return docs

    theirs = list(component.pipe(prepared(), batch_size=batch_size))
    ours = list(greedy_parse.pipe(component, prepared(), batch_size=batch_size))
    assert [d.text for d in ours] == [d.text for d in theirs]  # same documents, in the order given
    for mine, spacys in zip(ours, theirs):
        assert mine.to_array(ATTRS[name]).tolist() == spacys.to_array(ATTRS[name]).tolist()
    if name == "ner":
        found = {(e.text, e.label_) for d in ours for e in d.ents}
        assert ("Riverton City Council", "ORG") in found or ("the Riverton City Council", "ORG") in found
        assert any(label == "GPE" for _, label in found)


def test_other_components_run_as_spacy_runs_them(model):
    tagger = model.get_pipe("tagger")
    assert not greedy_parse.held(tagger)
    docs = list(model.get_pipe("tok2vec").pipe(model.make_doc(t) for t in TEXTS[:2]))
    tagged = list(greedy_parse.pipe(tagger, docs, batch_size=8))
    assert [t.tag_ for t in tagged[0]][:2] == ["DT", "NNP"]


def test_beam_search_runs_as_spacy_runs_it(model):
    component = model.get_pipe("ner")
    width = component.cfg["beam_width"]
    component.cfg["beam_width"] = 4
    try:
        assert not greedy_parse.held(component)
    finally:
        component.cfg["beam_width"] = width
    assert greedy_parse.held(component)


def test_the_steps_are_taken_here_not_by_spacy(model, monkeypatch):
    """The held path is the one taken for the English model's recogniser: each sorted sub-batch of a batch (a
    quarter of it) goes through ``_parse``, and the states it returns are what the documents are annotated from."""
    calls = []
    parse = greedy_parse._parse

    def spy(component, docs):
        calls.append(len(docs))
        return parse(component, docs)

    monkeypatch.setattr(greedy_parse, "_parse", spy)
    ner = model.get_pipe("ner")
    docs = [model.make_doc(t) for t in TEXTS]
    for earlier in ("tok2vec",):
        docs = list(model.get_pipe(earlier).pipe(docs))
    out = list(greedy_parse.pipe(ner, docs, batch_size=8))
    assert calls == [2, 2, 2, 1]
    assert any(e.label_ == "ORG" for d in out for e in d.ents)
