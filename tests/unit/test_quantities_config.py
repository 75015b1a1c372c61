"""The quantity rules' thresholds are settings of the ``transcript_quantities`` component's config."""
from __future__ import annotations

import pytest
import spacy

from extractor.pipeline.components.quantities import QuantitiesComponent
from extractor.pipeline.extensions import QUANTITIES
from extractor.quantities.config import EntityConfig, QuantitiesConfig, RejectionConfig, UnitConfig

TEXT = "CHAIR NAKAMURA: Attendance at the football club's home games reached 6,338 last season.\n"


def _figures(component: QuantitiesComponent, parsed) -> list[tuple[str, str]]:
    doc = component(parsed.copy())
    return [(s.text, s._.quantity.unit) for s in doc.spans[QUANTITIES]]


def test_the_least_bare_count_is_a_units_setting(nlp):
    parsed = nlp(TEXT)
    assert UnitConfig().min_bare_count <= 6338
    assert _figures(QuantitiesComponent(), parsed) == [("6,338", "count")]
    larger = QuantitiesConfig(units=UnitConfig(min_bare_count=10_000))
    assert _figures(QuantitiesComponent(config=larger), parsed) == []


def test_the_component_reads_the_units_section():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("transcript_quantities", config={"units": {"min_bare_count": 10_000}})
    assert component.config.units.min_bare_count == 10_000
    assert component.config.units.max_age == UnitConfig().max_age
    with pytest.raises(ValueError, match="units section is not UnitConfig's"):
        spacy.blank("en").add_pipe("transcript_quantities", config={"units": {"min_bare_counts": 1}})


def test_the_largest_set_pointed_at_is_a_rejections_setting(nlp):
    parsed = nlp("CHAIR NAKAMURA: The three ferry operators met the harbour board and agreed on 12 new sailings.\n")
    assert RejectionConfig().small_set >= 3
    assert _figures(QuantitiesComponent(), parsed) == [("12", "count")]  # "the three operators" points
    smaller = QuantitiesConfig(rejections=RejectionConfig(small_set=2))
    assert _figures(QuantitiesComponent(config=smaller), parsed) == [("three", "count"), ("12", "count")]


def _owners(component: QuantitiesComponent, parsed) -> list[tuple[str, str | None]]:
    doc = component(parsed.copy())
    return [(s.text, s._.quantity.entity) for s in doc.spans[QUANTITIES]]


def test_how_deep_a_subject_owns_a_figure_is_an_entities_setting(nlp):
    parsed = nlp("GOVERNOR ABARA: Good morning.\n\nGOVERNOR ABARA: The national statistics office published a "
                 "report with a fall in lending of 2.7 percent among small firms.\n")
    assert EntityConfig().subject_phrases < 2
    assert _owners(QuantitiesComponent(), parsed) == [("2.7 percent", None)]
    deeper = QuantitiesConfig(entities=EntityConfig(subject_phrases=2))
    got = _owners(QuantitiesComponent(config=deeper), parsed)
    assert got[0][0] == "2.7 percent" and "statistics office" in (got[0][1] or "")


def test_the_component_reads_the_entities_section():
    component = spacy.blank("en").add_pipe("transcript_quantities", config={"entities": {"clauses_up": 2}})
    assert component.config.entities.clauses_up == 2
    assert component.config.entities.subject_phrases == EntityConfig().subject_phrases
