"""The JSON Schema of the output, generated from the Pydantic models."""
from __future__ import annotations

import json

from .models import FactsDocument, TranscriptRecord

SCHEMA_FILES = {"facts.schema.json": FactsDocument, "transcript.schema.json": TranscriptRecord}


def json_schema(model=FactsDocument) -> dict:
    """The JSON Schema (draft 2020-12) of ``model``, as used for validation (inputs)."""
    schema = model.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def schema_text(model=FactsDocument) -> str:
    """The schema as the text stored in ``schemas/``."""
    return json.dumps(json_schema(model), indent=2, ensure_ascii=False) + "\n"
