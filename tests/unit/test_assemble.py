"""From a processed Doc to a record: placement of quantities and topics, one validation, dropping inconsistent
quantities."""
from __future__ import annotations

import pytest
import spacy

from extractor.pipeline.components.spans import lay_spans
from extractor.pipeline.extensions import EXCHANGES, QUANTITIES, TOPICS, TURNS, register_extensions
from extractor.records.assemble import transcript_record
from extractor.records.models import Exchange, Header, Quantity, Topic, Turn
from extractor.structure.types import Structure

TEXT = "Daily News:\n\nHow did exports do?\n\nLi Ming:\n\nExports rose 7.1% to 25 trillion yuan.\n"


@pytest.fixture
def doc():
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    # Made as the pipeline makes them: unchecked (``model_construct``), with their ids and references.
    q_turn = Turn.model_construct(id="t1", start=0, end=TEXT.index("?") + 1, content_start=13, speaker="Daily News",
                                  participant=None, role="media", exchange="e1")
    a_start = TEXT.index("Li Ming")
    a_turn = Turn.model_construct(id="t2", start=a_start, end=len(TEXT) - 1, content_start=a_start + 10,
                                  speaker="Li Ming", participant=None, role="official", exchange="e1")
    doc._.structure = Structure(
        header=Header.model_construct(date="2025-01-13", date_source="option"),
        turns=(q_turn, a_turn),
        exchanges=(Exchange.model_construct(id="e1", start=0, end=len(TEXT) - 1, asked_by="Daily News",
                                            question_turns=("t1",), answer_turns=("t2",)),),
    )
    # As the structure component lays them: the record reads turns and exchanges from the Doc's spans.
    lay_spans(doc, TURNS, "turn", doc._.structure.turns)
    lay_spans(doc, EXCHANGES, "exchange", doc._.structure.exchanges)
    topic = doc.char_span(0, len(TEXT) - 1, alignment_mode="expand")
    topic._.topic = Topic.model_construct(id="k1", start=0, end=len(TEXT), label="exports", keywords=("exports",))
    doc.spans[TOPICS] = [topic]
    return doc


def add_quantities(doc, *facts):
    spans = []
    for f in facts:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        span._.quantity = f
        spans.append(span)
    doc.spans[QUANTITIES] = spans


def facts(text, ident="q1", **fields):
    start = TEXT.index(text)
    return Quantity.model_construct(id=ident, start=start, end=start + len(text), text=text, **fields)


def test_quantities_are_placed_in_their_turn_exchange_topic_and_sentence(doc):
    add_quantities(doc, facts("7.1%", unit="%", kind="change", value=7.1, direction="up"))
    record = transcript_record(doc, source="x.txt")
    [q] = record.quantities
    assert (q.id, q.turn, q.exchange, q.topic, q.speaker, q.role) == ("q1", "t2", "e1", "k1", "Li Ming", "official")
    assert q.sentence.text.endswith("Exports rose 7.1% to 25 trillion yuan.")
    assert TEXT[q.sentence.start : q.sentence.end] == q.sentence.text
    assert record.exchanges[0].question_turns == ("t1",) and record.exchanges[0].answer_turns == ("t2",)
    assert [t.exchange for t in record.turns] == ["e1", "e1"]
    assert [t.topic for t in record.turns] == ["k1", "k1"] and record.exchanges[0].topic == "k1"


def test_the_records_made_unchecked_are_validated_when_assembled(doc):
    from pydantic import ValidationError

    span = doc.spans[TURNS][0]
    span._.turn = span._.turn.model_copy(update={"role": "audience"})
    with pytest.raises(ValidationError, match=r"turns\.0\.role"):
        transcript_record(doc, source="x.txt")


def test_an_inconsistent_quantity_is_dropped_with_a_warning_not_the_transcript(doc):
    add_quantities(
        doc,
        facts("7.1%", unit="%", kind="change", value=7.1, direction="up"),
        facts("25 trillion yuan", "q2", unit="CNY", kind="level", low=3.0, high=0.25),
    )
    record = transcript_record(doc, source="x.txt")
    assert [q.text for q in record.quantities] == ["7.1%"]
    assert len(record.warnings) == 1
    assert "x.txt" in record.warnings[0] and "'25 trillion yuan'" in record.warnings[0] and "low 3.0 is above high 0.25" in record.warnings[0]


def test_a_conversion_names_a_quantity_of_the_transcript_or_nothing(doc):
    add_quantities(
        doc,
        facts("7.1%", unit="%", kind="change", value=7.1, direction="up"),
        facts("25 trillion yuan", "q2", unit="CNY", kind="level", value=25e12, converts="q1"),
    )
    assert transcript_record(doc, source="x.txt").quantities[1].converts == "q1"
    doc.spans[QUANTITIES][1]._.quantity = facts("25 trillion yuan", "q2", unit="CNY", kind="level", value=25e12,
                                                converts="q9")
    record = transcript_record(doc, source="x.txt")
    assert record.quantities[1].converts is None and "converts a figure that was left out" in record.warnings[-1]


def test_a_figure_in_the_header_takes_the_first_topic(doc):
    text = doc.text
    topic = doc.char_span(text.index("Li Ming"), len(text) - 1, alignment_mode="expand")
    topic._.topic = Topic.model_construct(id="k1", start=text.index("Li Ming"), end=len(text), label="exports")
    doc.spans[TOPICS] = [topic]
    # "exports do" stands in for a figure written before the first topic starts (in the header).
    add_quantities(doc, facts("exports do", unit="count", kind="level", value=1.0))
    [q] = transcript_record(doc, source="x.txt").quantities
    assert q.start < topic.start_char and q.topic == "k1"


def test_a_doc_read_back_from_a_docbin_gives_the_same_record(doc):
    from spacy.tokens import DocBin

    add_quantities(doc, facts("7.1%", unit="%", kind="change", value=7.1, direction="up"))
    back = next(DocBin(store_user_data=True, docs=[doc]).from_bytes(
        DocBin(store_user_data=True, docs=[doc]).to_bytes()).get_docs(doc.vocab))
    assert transcript_record(back, source="x.txt") == transcript_record(doc, source="x.txt")


def test_turns_and_exchanges_come_from_the_spans_laid_on_the_doc(doc):
    # A Doc whose exchange spans were taken off (as a user may filter span groups) has no exchanges,
    # and its turns name none.
    doc.spans[EXCHANGES] = []
    record = transcript_record(doc, source="x.txt")
    assert [t.id for t in record.turns] == ["t1", "t2"] and record.exchanges == ()
    assert [t.exchange for t in record.turns] == [None, None]


def test_a_span_outside_the_text_fails_the_record_with_its_place(doc):
    from pydantic import ValidationError

    turn = doc._.structure.turns[1]
    span = doc.spans[TURNS][1]
    span._.turn = turn.model_copy(update={"end": len(TEXT) + 5})
    with pytest.raises(ValidationError, match=r"turns\.1[\s\S]*past the end of the text"):
        transcript_record(doc, source="x.txt")


def test_a_conversion_of_a_dropped_figure_loses_its_link_not_the_transcript(doc):
    add_quantities(
        doc,
        facts("7.1%", unit="%", kind="change", value=None, low=9.0, high=1.0),  # inconsistent: dropped
        facts("25 trillion yuan", "q2", unit="CNY", kind="level", value=25e12, converts="q1"),
    )
    record = transcript_record(doc, source="x.txt")
    [q] = record.quantities
    assert (q.id, q.converts) == ("q2", None)
    assert any("converts a figure that was left out" in w for w in record.warnings)


def test_a_turn_taken_off_the_doc_is_taken_out_of_the_exchanges_that_name_it(doc):
    doc.spans[TURNS] = [doc.spans[TURNS][1]]
    record = transcript_record(doc, source="x.txt")
    assert [t.id for t in record.turns] == ["t2"]
    assert (record.exchanges[0].question_turns, record.exchanges[0].answer_turns) == ((), ("t2",))


def test_two_figures_inside_one_token_keep_their_own_records():
    """'7(2)' is one token: its two figures widen to the same span, and each keeps its own facts and id."""
    register_extensions()
    nlp = spacy.blank("en")
    text = "The council adopted clause 7(2) today."
    doc = nlp(text)
    assert [t.text for t in doc if "7" in t.text] == ["7(2"]  # the premise: one token holds both figures
    seven = Quantity.model_construct(id="q1", start=text.index("7"), end=text.index("7") + 1, text="7", value=7.0,
                                    unit=None, kind="level")
    two = Quantity.model_construct(id="q2", start=text.index("2"), end=text.index("2") + 1, text="2", value=2.0,
                                  unit=None, kind="level")
    lay_spans(doc, QUANTITIES, "quantity", [seven, two])
    assert [(s._.quantity.id, s._.quantity.value) for s in doc.spans[QUANTITIES]] == [("q1", 7.0), ("q2", 2.0)]


def test_a_repeated_quantity_id_costs_that_figure_not_the_transcript(doc):
    start = TEXT.index("25 trillion")
    add_quantities(doc, facts("7.1%", unit="%", kind="change", value=7.1, direction="up"),
                   Quantity.model_construct(id="q1", start=start, end=start + 2, text="25", value=25.0,
                                           unit=None, kind="level"))
    record = transcript_record(doc, source="x.txt")
    assert [q.text for q in record.quantities] == ["7.1%"]
    assert any("q1 repeats" in w for w in record.warnings)
