"""Each component factory's keyword parameters are exactly the sections and settings its config is built from.

The factories read their sections from their own parameters by name (``locals()``), so a parameter renamed
without its section, or a config field added without its parameter, would otherwise surface as a bare
``KeyError`` (or a setting spaCy rejects) only when a pipeline is built; this names the mismatch at once.
"""
from __future__ import annotations

import inspect

import pytest

from extractor.pipeline.components import quantities, structure, topics

#: Parameters a factory takes beside its config sections and settings.
_OTHER = {"quantities": {"vocabularies"}, "structure": {"vocabularies", "mark_sentences"},
          "topics": {"vocabularies"}}


def _keywords(factory) -> set[str]:
    return {p.name for p in inspect.signature(factory).parameters.values() if p.kind is p.KEYWORD_ONLY}


@pytest.mark.parametrize("module, factory, expected", [
    ("quantities", quantities.make_quantities, set(quantities._SECTIONS)),
    ("structure", structure.make_structure, set(structure._SECTIONS)),
    ("topics", topics.make_topics, set(topics._SECTIONS) | set(topics._SETTINGS)),
], ids=["quantities", "structure", "topics"])
def test_factory_parameters_are_its_config_sections(module, factory, expected):
    expected = expected | _OTHER[module]
    got = _keywords(factory)
    assert got == expected, (f"{module}: parameters without a section {sorted(got - expected)}, "
                             f"sections without a parameter {sorted(expected - got)}")
