"""The default, focused pipeline against parsing every sentence, on the sample transcript."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extractor.api import extract_text
from extractor.pipeline.build import PipelineConfig, build_pipeline, parsing_label

SAMPLE = sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))[0]


@pytest.fixture(scope="module")
def parse_all():
    return build_pipeline(PipelineConfig(parse_all=True))


@pytest.fixture(scope="module")
def text():
    return SAMPLE.read_text(encoding="utf-8")


def test_the_default_pipeline_parses_only_where_figures_may_be(nlp, text):
    assert parsing_label(nlp) == "focused"
    doc = nlp(text)
    tagged = sum(1 for t in doc if t.pos)
    assert 0.2 * len(doc) < tagged < 0.8 * len(doc)
    # Every quantity lies in a tagged, parsed sentence...
    for span in doc.spans["quantities"]:
        assert all(t.pos for t in span.sent if not t.is_space)
    # ...and every turn still starts a sentence.
    for turn in doc.spans["turns"]:
        assert turn[0].is_sent_start


def test_focused_and_full_parsing_find_the_same_quantities(nlp, parse_all, text):
    focused = extract_text(text, nlp=nlp, source=SAMPLE.name)
    full = extract_text(text, nlp=parse_all, source=SAMPLE.name)

    def facts(record):
        return Counter((q.start, q.end, q.value, q.unit, q.kind, q.direction, q.period) for q in record.quantities)

    assert len(focused.quantities) == len(full.quantities) > 150
    same = sum((facts(focused) & facts(full)).values())
    assert same >= 0.98 * len(full.quantities)
    assert [t.speaker for t in focused.turns] == [t.speaker for t in full.turns]
    assert len(focused.topics) >= 10 and len({t.label for t in focused.topics}) == len(focused.topics)


def test_no_quantity_is_dropped_for_an_offset_that_misses_its_text(nlp, text):
    record = extract_text(text, nlp=nlp, source=SAMPLE.name)
    assert not [w for w in record.warnings if "dropped" in w]
    assert len(record.quantities) > 150


@pytest.mark.parametrize("given", ["", "Thank you.", "5", "Hello there.\n\nWe are glad.", "Q:\n\nA: 7 percent."])
def test_short_texts_and_texts_without_figures(nlp, given):
    doc = nlp(given)
    assert doc.text == given
    assert all(doc.text[s.start_char:s.end_char] == s.text for s in doc.spans["quantities"])


def test_the_output_says_where_the_models_ran(tmp_path):
    import extractor
    from extractor.api import extract

    (tmp_path / "a.txt").write_text("Li Ming:\n\nExports rose 7.1%.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Li Ming:\n\nImports fell 2%.\n", encoding="utf-8")
    for options, parsing in [
        (extractor.Options(jobs=2), "focused"),
        (extractor.Options(pipeline=PipelineConfig(parse_all=True)), "all"),
        (extractor.Options(jobs=2, pipeline=PipelineConfig(parse_all=True)), "all"),
        (extractor.Options(pipeline=PipelineConfig(quantities=False, topics=False)), None),
    ]:
        assert extract([tmp_path], options).generator.parsing == parsing
