"""The quantity rules' thresholds are settings of the ``transcript_quantities`` component's config."""
from __future__ import annotations

import datetime

import pytest
import spacy

from extractor.lang.profile import english
from extractor.pipeline.components.quantities import QuantitiesComponent
from extractor.pipeline.extensions import QUANTITIES
from extractor.quantities.config import PeriodConfig, QuantitiesConfig, RejectionConfig, UnitConfig
from extractor.quantities.periods import find_time_refs

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


def test_how_far_ahead_a_month_looks_is_a_periods_setting():
    # Said in December: "will open in May" is the coming May when the reader looks six months ahead, last May
    # when it looks only three.
    text = "The sports club will open its new stand in May."
    when = datetime.date(2024, 12, 5)
    shipped = find_time_refs(text, 0, len(text), when, profile=english())
    nearer = find_time_refs(text, 0, len(text), when, profile=english(), config=PeriodConfig(months_ahead=3))
    assert [r.period for r in shipped] == ["2025-05"]
    assert [r.period for r in nearer] == ["2024-05"]


def test_the_component_reads_the_periods_section():
    component = spacy.blank("en").add_pipe("transcript_quantities", config={"periods": {"months_ahead": 3}})
    assert component.config.periods == PeriodConfig(months_ahead=3)
    with pytest.raises(ValueError, match="periods section is not PeriodConfig's"):
        spacy.blank("en").add_pipe("transcript_quantities", config={"periods": {"month_ahead": 3}})
