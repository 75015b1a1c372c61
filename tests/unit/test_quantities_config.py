"""The quantity rules' thresholds are settings of the ``transcript_quantities`` component's config."""
from __future__ import annotations

import datetime

import pytest
import spacy

from extractor.lang.profile import english
from extractor.pipeline.components.quantities import QuantitiesComponent
from extractor.pipeline.extensions import QUANTITIES
from extractor.quantities.config import (
    ApproxConfig,
    ConceptConfig,
    EntityConfig,
    KindConfig,
    PeriodConfig,
    QuantitiesConfig,
    RejectionConfig,
    RespectivelyConfig,
    UnitConfig,
)
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


def _read(component: QuantitiesComponent, parsed) -> list[tuple[str, str, str | None]]:
    doc = component(parsed.copy())
    return [(s.text, s._.quantity.kind, s._.quantity.concept) for s in doc.spans[QUANTITIES]]


def test_the_largest_percent_of_a_whole_is_a_kinds_setting(nlp):
    parsed = nlp("MAYOR ALVES: Cyclists were 60% of the city's commuters in the spring survey.\n")
    assert KindConfig().whole_percent >= 60
    assert [kind for _, kind, _ in _read(QuantitiesComponent(), parsed)] == ["share"]
    smaller = QuantitiesConfig(kinds=KindConfig(whole_percent=50))
    assert [kind for _, kind, _ in _read(QuantitiesComponent(config=smaller), parsed)] == ["level"]


def test_the_longest_concept_is_a_concepts_setting(nlp):
    parsed = nlp("MAYOR ALVES: The council approved 120 new homes for teachers and nurses in the riverside "
                 "district near the old mill.\n")
    assert ConceptConfig().max_content_words >= 4
    assert [concept for _, _, concept in _read(QuantitiesComponent(), parsed)] == ["new homes for teachers and nurses"]
    shorter = QuantitiesConfig(concepts=ConceptConfig(max_content_words=2))
    assert [concept for _, _, concept in _read(QuantitiesComponent(config=shorter), parsed)] == ["new homes"]


def test_the_component_reads_the_kinds_and_concepts_sections():
    component = spacy.blank("en").add_pipe("transcript_quantities", config={"kinds": {"whole_percent": 50},
                                                                            "concepts": {"max_content_words": 3}})
    assert component.config.kinds.whole_percent == 50
    assert component.config.kinds.words_before == KindConfig().words_before
    assert component.config.concepts.max_content_words == 3
    with pytest.raises(ValueError, match="concepts section is not ConceptConfig's"):
        spacy.blank("en").add_pipe("transcript_quantities", config={"concepts": {"max_words": 3}})


def test_how_far_apart_the_items_of_a_list_are_is_a_kinds_setting(nlp):
    parsed = nlp("MAYOR ALVES: We project harbour traffic growth of 2.1 per cent in 2025, 1.9 per cent in 2026 and "
                 "2.3 per cent in 2027.\n")
    assert KindConfig().list_gap >= 3  # "in 2025 ," between two items
    assert _read(QuantitiesComponent(), parsed)[1:] == [("1.9 per cent", "change", "traffic growth"),
                                                        ("2.3 per cent", "change", "traffic growth")]
    apart = QuantitiesConfig(kinds=KindConfig(list_gap=1))
    assert _read(QuantitiesComponent(config=apart), parsed)[1:] == [("1.9 per cent", "level", None),
                                                                    ("2.3 per cent", "level", None)]


def _facts(component: QuantitiesComponent, parsed, *fields: str) -> list[tuple]:
    doc = component(parsed.copy())
    return [(s.text, *(getattr(s._.quantity, f) for f in fields)) for s in doc.spans[QUANTITIES]]


def test_how_far_back_a_negation_reaches_is_an_approx_setting(nlp):
    parsed = nlp("MINISTER OKAFOR: The ministry will not ask schools to pay more than $40 for each permit.\n")
    assert ApproxConfig().negation_reach >= 5  # "not ask schools to pay" before "more than"
    assert _facts(QuantitiesComponent(), parsed, "approx") == [("$40", "under")]
    nearer = QuantitiesConfig(approx=ApproxConfig(negation_reach=2))
    assert _facts(QuantitiesComponent(config=nearer), parsed, "approx") == [("$40", "over")]


def test_the_shortest_respectively_list_is_a_respectively_setting(nlp):
    parsed = nlp("CHAIR LINDQVIST: Exports to Chile, Peru and Mexico rose 2%, 4% and 7%, respectively.\n")
    assert RespectivelyConfig().min_list <= 3
    assert _facts(QuantitiesComponent(), parsed, "entity") == [("2%", "Chile"), ("4%", "Peru"), ("7%", "Mexico")]
    longer = QuantitiesConfig(respectively=RespectivelyConfig(min_list=4))
    assert [e for _, e in _facts(QuantitiesComponent(config=longer), parsed, "entity")] != ["Chile", "Peru", "Mexico"]


def test_how_far_a_counted_phrase_runs_is_a_units_setting(nlp):
    parsed = nlp("MAYOR ALVES: The port hired 40 crane operators and dock workers this spring.\n")
    assert UnitConfig().counted_phrase_reach >= 5
    assert _facts(QuantitiesComponent(), parsed, "counted") == [("40", "crane operators and dock workers")]
    shorter = QuantitiesConfig(units=UnitConfig(counted_phrase_reach=1))
    assert _facts(QuantitiesComponent(config=shorter), parsed, "counted") == [("40", "crane operators")]


def test_how_long_an_interjection_is_is_a_rejections_setting(nlp):
    parsed = nlp("COACH BRENNAN: Just give me one second.\n")
    assert RejectionConfig().interjection_words >= 5
    assert _facts(QuantitiesComponent(), parsed, "unit") == []
    shorter = QuantitiesConfig(rejections=RejectionConfig(interjection_words=3))
    assert _facts(QuantitiesComponent(config=shorter), parsed, "unit") == [("one second", "s")]


def test_the_component_reads_the_approx_and_respectively_sections():
    component = spacy.blank("en").add_pipe("transcript_quantities", config={"approx": {"look_back": 4},
                                                                            "respectively": {"min_list": 3}})
    assert component.config.approx.look_back == 4
    assert component.config.approx.words_before == ApproxConfig().words_before
    assert component.config.respectively.min_list == 3
    with pytest.raises(ValueError, match="approx section is not ApproxConfig's"):
        spacy.blank("en").add_pipe("transcript_quantities", config={"approx": {"reach": 3}})


def test_how_many_counted_words_stand_before_a_rate_is_a_units_setting(nlp):
    parsed = nlp("DIRECTOR SATO: The city clinics gave 300 flu shots per day in October.\n")
    assert UnitConfig().rate_counted_words >= 2  # "flu shots" before "per day"
    assert _facts(QuantitiesComponent(), parsed, "per") == [("300", "day")]
    fewer = QuantitiesConfig(units=UnitConfig(rate_counted_words=1))
    assert _facts(QuantitiesComponent(config=fewer), parsed, "per") == [("300", None)]


def test_the_steps_a_policy_rate_moves_by_are_a_units_setting(nlp):
    parsed = nlp("GOVERNOR MBEKI: The reserve bank raised its repo rate by 50 basis points in May. Could it be 75 "
                 "in July?\n")
    assert 75 in UnitConfig().policy_steps
    assert _facts(QuantitiesComponent(), parsed, "unit")[-1] == ("75", "bp")
    smaller = QuantitiesConfig(units=UnitConfig(policy_steps=[25, 50]))
    assert smaller.units.policy_steps == (25, 50)
    assert _facts(QuantitiesComponent(config=smaller), parsed, "unit")[-1] != ("75", "bp")


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
