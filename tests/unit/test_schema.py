"""The published JSON Schema is the one the models generate, and it accepts what they produce."""
from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from extractor.records.models import FactsDocument, Generator, Quantity, TranscriptRecord
from extractor.records.schema import SCHEMA_FILES, json_schema, schema_text

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_published_schema_matches_the_models(name):
    published = (SCHEMAS / name).read_text(encoding="utf-8")
    assert published == schema_text(SCHEMA_FILES[name]), (
        f"schemas/{name} is out of date: regenerate it with "
        f"`extract schema > schemas/facts.schema.json` and `extract schema --transcript > schemas/transcript.schema.json`"
    )


def test_schema_validates_a_document_and_rejects_a_bad_one():
    doc = FactsDocument(
        generator=Generator(name="extractor", version="1"),
        transcripts=[
            TranscriptRecord(
                source="x.txt",
                encoding="utf-8",
                quantities=[Quantity(id="q1", text="5%", start=0, end=2, value=5, unit="%", kind="level")],
            )
        ],
    ).model_dump(mode="json")
    validator = jsonschema.Draft202012Validator(json_schema())
    assert not list(validator.iter_errors(doc))
    doc["transcripts"][0]["quantities"][0]["kind"] = "sideways"
    assert list(validator.iter_errors(doc))
