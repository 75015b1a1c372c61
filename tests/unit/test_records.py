"""The output models: strict shapes, spans checked against the text, quantity consistency."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor.records.models import FactsDocument, Generator, Quantity, TranscriptRecord

TEXT = "Q  Exports rose 7.1% to 25.45 trillion yuan."


def quantity(**overrides):
    data = dict(id="q1", text="7.1%", start=16, end=20, value=7.1, unit="%", kind="change", direction="up")
    data.update(overrides)
    return data


def test_a_quantity_that_matches_its_source_validates():
    q = Quantity.model_validate(quantity(), context={"text": TEXT})
    assert TEXT[q.start : q.end] == q.text == "7.1%"


def test_a_quantity_whose_text_differs_from_the_source_is_rejected():
    with pytest.raises(ValidationError, match="does not match the source"):
        Quantity.model_validate(quantity(start=15, end=19, text="7.1%"), context={"text": TEXT})


def test_offsets_past_the_text_are_rejected():
    with pytest.raises(ValidationError, match="past the end"):
        Quantity.model_validate(quantity(start=40, end=60, text=TEXT[40:60]), context={"text": TEXT})


def test_without_context_only_consistency_is_checked():
    assert Quantity.model_validate(quantity(start=0, end=4)).text == "7.1%"


@pytest.mark.parametrize(
    "overrides, message",
    [
        (dict(value=None, low=5, high=3), "low 5.0 is above high 3.0"),
        (dict(value=7, low=5, high=8), "no value"),
        (dict(value=None, low=5), "both low and high"),
        (dict(value=None), "a value or a low/high range"),
        (dict(kind="level"), "only for changes"),
        (dict(unit="percent"), "not a canonical unit"),
        (dict(kind="sideways", direction=None), "kind"),
        (dict(counted="forms"), "only for unit 'count'"),
        (dict(colour="red"), "Extra inputs are not permitted"),
    ],
)
def test_inconsistent_quantities_are_rejected(overrides, message):
    with pytest.raises(ValidationError, match=message):
        Quantity.model_validate(quantity(**overrides))


@pytest.mark.parametrize("unit", ["CNY", "USD", "EUR", "pp", "bp", "t", "h", "count", "times", "1"])
def test_canonical_units_are_accepted(unit):
    extra = {"counted": "forms"} if unit == "count" else {}
    assert Quantity.model_validate(quantity(unit=unit, **extra)).unit == unit


def test_a_transcript_rejects_references_to_unknown_turns():
    with pytest.raises(ValidationError, match="unknown turn t9"):
        TranscriptRecord.model_validate(
            {"source": "x.txt", "encoding": "utf-8", "quantities": [quantity(turn="t9")]}
        )


def _turn(ident, **overrides):
    data = dict(id=ident, start=0, end=2, content_start=0, speaker="Q", participant=None, role="media")
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    "fields, message",
    [
        (dict(turns=[_turn("t1", exchange="e4")]), "turn t1 names unknown exchange e4"),
        (dict(turns=[_turn("t1", participant="mayor")]), "turn t1 names unknown participant mayor"),
        (dict(turns=[_turn("t1", topic="k2")]), "turn t1 names unknown topic k2"),
        (dict(statements=[dict(id="s1", kind="opening", start=0, end=2, turns=["t3"])]),
         "statement s1 names unknown turn t3"),
        (dict(quantities=[quantity(), quantity(id="q2", converts="q7")]), "quantity q2 converts unknown quantity q7"),
        (dict(turns=[_turn("t1"), _turn("t1", start=2, end=4)]), "two records of kind turn have the same id"),
    ],
)
def test_every_id_a_record_names_is_a_record_of_the_transcript(fields, message):
    with pytest.raises(ValidationError, match=message):
        TranscriptRecord.model_validate({"source": "x.txt", "encoding": "utf-8", **fields})


def test_records_are_not_changed_in_place():
    q = Quantity(**quantity())
    with pytest.raises(ValidationError, match="frozen"):
        q.value = 8.0
    assert q.model_copy(update={"value": 8.0}).value == 8.0 and q.value == 7.1


def test_a_transcript_date_must_be_iso():
    with pytest.raises(ValidationError):
        TranscriptRecord.model_validate({"source": "x.txt", "encoding": "utf-8", "date": "Jan. 13, 2025"})


def test_facts_document_round_trips_through_json():
    doc = FactsDocument(
        generator=Generator(name="extractor", version="1"),
        transcripts=[TranscriptRecord(source="x.txt", encoding="utf-8", quantities=[Quantity(**quantity())])],
    )
    again = FactsDocument.model_validate_json(doc.model_dump_json())
    assert again == doc
    assert again.schema_version == "1.0"
