"""From a processed Doc to a record: ids, placement of quantities, and dropping inconsistent ones."""
from __future__ import annotations

import spacy
import pytest

from extractor.assemble import transcript_record
from extractor.components.spans import lay_spans
from extractor.extensions import EXCHANGES, QUANTITIES, TOPICS, TURNS, register_extensions
from extractor.quantities.types import QuantityFacts
from extractor.structure.types import Exchange, Header, Structure, Turn
from extractor.topics.types import TopicSegment

TEXT = "Daily News:\n\nHow did exports do?\n\nLi Ming:\n\nExports rose 7.1% to 25 trillion yuan.\n"


@pytest.fixture
def doc():
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    q_turn = Turn(start=0, end=TEXT.index("?") + 1, content_start=13, speaker="Daily News", role="media")
    a_start = TEXT.index("Li Ming")
    a_turn = Turn(start=a_start, end=len(TEXT) - 1, content_start=a_start + 10, speaker="Li Ming", role="official")
    doc._.structure = Structure(
        header=Header(date="2025-01-13", date_source="option"),
        turns=(q_turn, a_turn),
        exchanges=(Exchange(start=0, end=len(TEXT) - 1, asked_by="Daily News", question_turns=(0,), answer_turns=(1,)),),
    )
    # As the structure component lays them: the record reads turns and exchanges from the Doc's spans.
    lay_spans(doc, TURNS, "turn", doc._.structure.turns)
    lay_spans(doc, EXCHANGES, "exchange", doc._.structure.exchanges)
    topic = doc.char_span(0, len(TEXT) - 1, alignment_mode="expand")
    topic._.topic = TopicSegment(start=0, end=len(TEXT), label="exports", keywords=("exports",))
    doc.spans[TOPICS] = [topic]
    return doc


def add_quantities(doc, *facts):
    spans = []
    for f in facts:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        span._.quantity = f
        spans.append(span)
    doc.spans[QUANTITIES] = spans


def facts(text, **fields):
    start = TEXT.index(text)
    return QuantityFacts(start=start, end=start + len(text), text=text, **fields)


def test_quantities_are_placed_in_their_turn_exchange_topic_and_sentence(doc):
    add_quantities(doc, facts("7.1%", unit="%", kind="change", value=7.1, direction="up"))
    record = transcript_record(doc, source="x.txt")
    [q] = record.quantities
    assert (q.id, q.turn, q.exchange, q.topic, q.speaker, q.role) == ("q1", "t2", "e1", "k1", "Li Ming", "official")
    assert q.sentence.text.endswith("Exports rose 7.1% to 25 trillion yuan.")
    assert TEXT[q.sentence.start : q.sentence.end] == q.sentence.text
    assert record.exchanges[0].question_turns == ["t1"] and record.exchanges[0].answer_turns == ["t2"]
    assert [t.exchange for t in record.turns] == ["e1", "e1"]


def test_an_inconsistent_quantity_is_dropped_with_a_warning_not_the_transcript(doc):
    add_quantities(
        doc,
        facts("7.1%", unit="%", kind="change", value=7.1, direction="up"),
        facts("25 trillion yuan", unit="CNY", kind="level", low=3.0, high=0.25),
    )
    record = transcript_record(doc, source="x.txt")
    assert [q.text for q in record.quantities] == ["7.1%"]
    assert len(record.warnings) == 1
    assert "x.txt" in record.warnings[0] and "'25 trillion yuan'" in record.warnings[0] and "low 3.0 is above high 0.25" in record.warnings[0]


def test_a_conversion_links_to_the_id_of_the_figure_it_converts(doc):
    add_quantities(
        doc,
        facts("7.1%", unit="%", kind="change", value=7.1, direction="up"),
        facts("25 trillion yuan", unit="CNY", kind="level", value=25e12, converts=0),
    )
    record = transcript_record(doc, source="x.txt")
    assert record.quantities[1].converts == "q1"


def test_a_figure_in_the_header_takes_the_first_topic(doc):
    text = doc.text
    topic = doc.char_span(text.index("Li Ming"), len(text) - 1, alignment_mode="expand")
    topic._.topic = TopicSegment(start=text.index("Li Ming"), end=len(text), label="exports")
    doc.spans[TOPICS] = [topic]
    # "exports do" stands in for a figure written before the first topic starts (in the header).
    add_quantities(doc, facts("exports do", unit="count", kind="level", value=1.0))
    [q] = transcript_record(doc, source="x.txt").quantities
    assert q.start < topic.start_char and q.topic == "k1"


def test_conversions_are_resolved_in_the_order_the_component_gave(doc):
    # Laid out of text order: the conversion (index 0) converts the figure at index 1.
    add_quantities(
        doc,
        facts("25 trillion yuan", unit="CNY", kind="level", value=25e12, converts=1),
        facts("7.1%", unit="%", kind="change", value=7.1, direction="up"),
    )
    record = transcript_record(doc, source="x.txt")
    by_text = {q.text: q for q in record.quantities}
    assert by_text["25 trillion yuan"].converts == by_text["7.1%"].id == "q1"


def test_a_doc_read_back_from_a_docbin_gives_the_same_record(doc):
    from spacy.tokens import DocBin

    add_quantities(doc, facts("7.1%", unit="%", kind="change", value=7.1, direction="up"))
    back = next(DocBin(store_user_data=True, docs=[doc]).from_bytes(
        DocBin(store_user_data=True, docs=[doc]).to_bytes()).get_docs(doc.vocab))
    assert transcript_record(back, source="x.txt") == transcript_record(doc, source="x.txt")


def test_turns_and_exchanges_come_from_the_spans_laid_on_the_doc(doc):
    # A Doc whose exchange spans were taken off (as a user may filter span groups) has no exchanges.
    doc.spans[EXCHANGES] = []
    record = transcript_record(doc, source="x.txt")
    assert [t.id for t in record.turns] == ["t1", "t2"] and record.exchanges == []
    assert [t.exchange for t in record.turns] == [None, None]


def test_a_span_outside_the_text_fails_the_record_with_its_place(doc):
    from pydantic import ValidationError

    turn = doc._.structure.turns[1]
    span = doc.spans[TURNS][1]
    span._.turn = Turn(start=turn.start, end=len(TEXT) + 5, content_start=turn.content_start,
                       speaker=turn.speaker, role=turn.role)
    with pytest.raises(ValidationError, match=r"turns\.1[\s\S]*past the end of the text"):
        transcript_record(doc, source="x.txt")
