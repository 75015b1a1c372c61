"""One definition per record type: the facts the components make are the records the output writes.

The structure, topics and quantities are made as the records of ``extractor.records.models``, ids and
references included; assembling only adds what no single component knows and validates.
"""
from __future__ import annotations

import pytest
import spacy

from extractor.lang.profile import english
from extractor.pipeline.extensions import EXCHANGES, TURNS
from extractor.quantities.candidates import Mention
from extractor.quantities.draft import Draft
from extractor.quantities.extract import _records
from extractor.records import models as r
from extractor.records.assemble import transcript_record
from extractor.structure import segment

# A water utility's board meeting, in the style of a city's minutes.
MINUTES = (
    "Riverside Water Board, public session\n\n"
    "CHAIR OKAFOR:  Good evening. The board's budget for the year is set out in the packet.\n\n"
    "Q  Will rates go up for households this summer?\n\n"
    "CHAIR OKAFOR:  The rate stays where it is. I will ask Director Lund to add a word.\n\n"
    "DIRECTOR LUND:  Thank you. Repairs are paid from reserves.\n\n"
    "Q  And the new reservoir?\n\n"
    "DIRECTOR LUND:  It opens next spring.\n\n"
    "CHAIR OKAFOR:  That concludes the session.\n"
)


def test_the_structure_is_made_of_the_output_records_numbered_where_they_are_made():
    s = segment(MINUTES, profile=english())
    assert all(isinstance(t, r.Turn) for t in s.turns) and isinstance(s.header, r.Header)
    assert [t.id for t in s.turns] == [f"t{i + 1}" for i in range(len(s.turns))]
    assert [e.id for e in s.exchanges] == ["e1", "e2"]
    assert [(st.id, st.kind, st.turns) for st in s.statements][:1] == [("s1", "opening", ("t1",))]
    # References are ids: each exchange names its turns, and each of those turns names the exchange.
    for e in s.exchanges:
        assert {s.turn(t).exchange for t in (*e.question_turns, *e.answer_turns)} == {e.id}
    first = s.exchanges[0]
    assert [s.turn(t).speaker for t in first.answer_turns] == ["CHAIR OKAFOR", "DIRECTOR LUND"]
    [handoff] = first.handoffs
    assert s.turn(handoff.from_turn).speaker == "CHAIR OKAFOR"
    assert MINUTES[handoff.start:handoff.end] == handoff.text
    with pytest.raises(KeyError, match="no turn 't99'"):
        s.turn("t99")


def test_the_record_of_a_turn_is_the_turn_the_doc_holds_with_its_topic_added():
    nlp = spacy.blank("en")
    nlp.add_pipe("transcript_structure")
    doc = nlp(MINUTES)
    record = transcript_record(doc, source="minutes.txt")
    on_doc = [span._.turn for span in doc.spans[TURNS]]
    assert [t.model_dump(exclude={"topic"}) for t in record.turns] == [t.model_dump(exclude={"topic"}) for t in on_doc]
    assert [e.model_dump(exclude={"topic"}) for e in record.exchanges] == [
        span._.exchange.model_dump(exclude={"topic"}) for span in doc.spans[EXCHANGES]]
    assert record.statements == doc._.structure.statements


def _draft(start: int, end: int, converts: int | None = None) -> Draft:
    text = TEXT[start:end]
    mention = Mention(start=start, end=end, value=float(text.strip("$%").split()[0]), first=0, last=0,
                      num_first=0, num_last=0)
    return Draft(m=mention, sent=None, lx=[], unit="%", converts=converts)


TEXT = "Fares rose 3% and 5% since May."


def test_quantity_ids_follow_text_order_and_a_conversion_names_its_figure_by_id():
    # The stages may hand their drafts over out of text order; a conversion names its figure by place.
    later, earlier = _draft(18, 20, converts=1), _draft(11, 13)
    quantities = _records([later, earlier], TEXT, profile=english())
    assert [(q.id, q.text) for q in quantities] == [("q1", "3%"), ("q2", "5%")]
    assert quantities[1].converts == "q1" and quantities[0].converts is None
    assert all(isinstance(q, r.Quantity) for q in quantities)
