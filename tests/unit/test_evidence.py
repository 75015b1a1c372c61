"""Evidence and confidence of a quantity's context fields (issue 23): the records, the table, the outputs."""
from __future__ import annotations

import csv
import io
import re

import pytest
from pydantic import ValidationError

from extractor.api import extract_text
from extractor.lang.profile import english
from extractor.output.writers import CSV_COLUMNS, EVIDENCE_COLUMNS, render, write_file
from extractor.quantities.candidates import Mention
from extractor.quantities.draft import Draft
from extractor.records.models import (
    CONTEXT_FIELDS,
    Clue,
    Confidence,
    Evidence,
    FactsDocument,
    Generator,
    Quantity,
    TranscriptRecord,
    mechanisms,
)
from extractor.records.schema import json_schema

TEXT = "The harbour board said its fees rose 4 percent in spring."


def clue(mechanism: str, phrase: str | None = None) -> Clue:
    if phrase is None:
        return Clue(mechanism=mechanism)
    start = TEXT.index(phrase)
    return Clue(mechanism=mechanism, start=start, end=start + len(phrase), text=phrase)


def fee_rise(**update) -> dict:
    start = TEXT.index("4 percent")
    data = dict(id="q1", text="4 percent", start=start, end=start + 9, value=4, unit="%", kind="change",
                direction="up", concept="fees", entity="The harbour board", period="spring",
                evidence=Evidence(concept=clue("unnoted"), entity=clue("subject-of-clause", "The harbour board"),
                                  period=clue("time-phrase-in-clause", "spring"), kind=clue("unnoted"),
                                  unit=clue("written-unit", "percent")),
                confidence=Confidence(concept=0.7, entity=0.85, period=0.9, kind=0.95, unit=1.0))
    data.update(update)
    return data


def test_a_quantity_with_evidence_validates_against_the_text():
    q = Quantity.model_validate(fee_rise(), context={"text": TEXT})
    assert q.evidence.entity.text == "The harbour board" and q.confidence.period == 0.9


def test_an_evidence_span_that_does_not_quote_the_text_is_rejected():
    data = fee_rise(evidence=fee_rise()["evidence"].model_dump())  # as the assembly validates: plain data
    data["evidence"]["entity"]["text"] = "The port"
    with pytest.raises(ValidationError, match="does not match the source"):
        Quantity.model_validate(data, context={"text": TEXT})


@pytest.mark.parametrize("data", [
    {"mechanism": "subject-of-clause", "start": 4},  # a start without its end and text
    {"mechanism": "Subject Of Clause"},  # not a kebab-case name
    {"mechanism": "possessor", "start": 9, "end": 3, "text": ""},
])
def test_a_malformed_clue_is_rejected(data):
    with pytest.raises(ValidationError):
        Clue.model_validate(data, context={"text": TEXT})


def test_a_confidence_outside_zero_to_one_is_rejected():
    with pytest.raises(ValidationError):
        Confidence(concept=1.2, entity=0.5, period=0.5, kind=0.5, unit=0.5)


def test_the_draft_record_gives_every_field_evidence_and_a_confidence():
    start = TEXT.index("4 percent")
    d = Draft(Mention(start, start + 9, 4.0, 0, 1, 0, 0, unit="%"), None, [], "%", kind="change", direction="up",
              entity="The harbour board")
    d.note("unit", "written-unit", start + 2, start + 9)
    q = d.record(TEXT, "q1", None, profile=english())
    assert q.evidence.unit == Clue(mechanism="written-unit", start=start + 2, end=start + 9, text="percent")
    # Nothing noted: a set field is "unnoted", an empty one "empty"; no span either way.
    assert (q.evidence.entity.mechanism, q.evidence.concept.mechanism, q.evidence.kind.mechanism) == (
        "unnoted", "empty", "unnoted")
    assert q.evidence.entity.start is None and q.evidence.entity.text is None
    assert all(0 <= getattr(q.confidence, f) <= 1 for f in CONTEXT_FIELDS)
    Quantity.model_validate(q.model_dump(), context={"text": TEXT})


def test_the_mechanism_table_is_well_formed_and_documented_in_the_schema():
    rows = mechanisms()
    assert rows and all(len(r) == 3 and r[2].strip() for r in rows)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) for name, _, _ in rows)
    assert all(field in CONTEXT_FIELDS or field == "*" for _, field, _ in rows)
    assert len({(name, field) for name, field, _ in rows}) == len(rows)
    described = json_schema()["$defs"]["Clue"]["properties"]["mechanism"]["description"]
    assert all(f"`{name}` ({field})" in described for name, field, _ in rows)


def test_the_csv_has_a_confidence_and_evidence_column_per_field():
    q = Quantity.model_validate(fee_rise(), context={"text": TEXT})
    bare = Quantity(id="q2", text="4", start=q.start, end=q.start + 1, value=4, unit="1", kind="level")
    record = TranscriptRecord(source="harbour.txt", encoding="utf-8", quantities=[q, bare])
    doc = FactsDocument(generator=Generator(name="extractor", version="0"), transcripts=[record])
    rows = list(csv.DictReader(io.StringIO(render(doc, "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS and set(EVIDENCE_COLUMNS) <= set(CSV_COLUMNS)
    assert (rows[0]["confidence_entity"], rows[0]["evidence_entity_mechanism"],
            rows[0]["evidence_entity_text"]) == ("0.85", "subject-of-clause", "The harbour board")
    assert (rows[0]["evidence_concept_mechanism"], rows[0]["evidence_concept_text"]) == ("unnoted", "")
    assert rows[1]["confidence_entity"] == rows[1]["evidence_entity_mechanism"] == ""  # made without them


def test_the_unit_decision_is_noted_with_the_unit_word(nlp):
    text = "MAYOR LUND: The city hall hired 40 inspectors and raised parking fines by 12 percent this year.\n"
    record = extract_text(text, nlp=nlp)
    by_text = {q.text: q for q in record.quantities}
    fines = by_text["12 percent"].evidence.unit
    assert (fines.mechanism, fines.text) == ("written-unit", "percent")
    hired = next(q for q in record.quantities if q.text.startswith("40")).evidence.unit
    assert (hired.mechanism, hired.text) == ("counted-noun", "inspectors")


def test_parquet_has_the_confidences_as_numbers(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    q = Quantity.model_validate(fee_rise(), context={"text": TEXT})
    doc = FactsDocument(generator=Generator(name="extractor", version="0"),
                        transcripts=[TranscriptRecord(source="harbour.txt", encoding="utf-8", quantities=[q])])
    write_file(doc, tmp_path / "q.parquet", "parquet")
    table = pq.read_table(tmp_path / "q.parquet")
    assert table.column("confidence_period").to_pylist() == [0.9]
    assert table.column("evidence_period_text").to_pylist() == ["spring"]


def test_a_hyphenated_unit_word_is_quoted_without_its_hyphen(nlp):
    text = "MS. BERG: The museum will close for a six-month renovation.\n"
    q = next(q for q in extract_text(text, nlp=nlp).quantities if q.unit == "mo")
    assert (q.evidence.unit.mechanism, q.evidence.unit.text) == ("written-unit", "month")


def test_a_clue_outside_the_text_is_refused():
    # An empty clue at 100:100 on a three-character text indexes nothing of it.
    with pytest.raises(ValidationError, match="past the end of the text"):
        Clue.model_validate({"mechanism": "empty", "start": 100, "end": 100, "text": ""}, context={"text": "abc"})


def test_a_clue_names_a_mechanism_of_the_table_for_its_field():
    with pytest.raises(ValidationError, match=r"not in extractor/quantities/mechanisms\.tsv"):
        Clue(mechanism="nearest-noun-guess")
    # A name the table gives to the unit cannot decide the entity; "empty" (field *) decides any field.
    with pytest.raises(ValidationError, match="not the entity"):
        Evidence(concept=clue("empty"), entity=clue("written-unit", "The harbour board"), period=clue("empty"),
                 kind=clue("empty"), unit=clue("written-unit", "percent"))
    assert Evidence(concept=clue("empty"), entity=clue("empty"), period=clue("empty"), kind=clue("empty"),
                    unit=clue("written-unit", "percent")).unit.mechanism == "written-unit"


def test_the_mechanisms_table_names_each_mechanism_once_per_field():
    from collections import Counter

    from extractor.records.models import mechanisms

    repeated = [key for key, n in Counter((name, field) for name, field, _ in mechanisms()).items() if n > 1]
    assert not repeated, f"listed twice in mechanisms.tsv: {repeated}"
