"""Word lists through component config: overrides while the component runs, saved and restored with it."""
from __future__ import annotations

import pytest
import spacy

from extractor.lang.profile import Profile, english, per_profile
from extractor.pipeline.components import structure as structure_component
from extractor.pipeline.components.vocabularies import Vocabularies


def test_a_profile_with_an_override_replaces_that_list_only():
    package = english().words("honorifics")
    profile = english().overriding({"honorifics": ["Sheriff", "Judge"]})
    assert profile.words("honorifics") == {"sheriff", "judge"}
    assert profile.alternation("honorifics") == "sheriff|judge"
    assert profile.words("months") == english().words("months")  # the others stay the package's
    assert english().words("honorifics") == package


def test_overriding_a_table_and_adding_overrides():
    months = english().overriding({"months": {"Brumaire": "11"}})
    both = months.overriding({"honorifics": ["dame"]})
    assert dict(both.table("months")) == {"brumaire": "11"}
    assert both.words("honorifics") == {"dame"}
    assert "dame" not in months.words("honorifics")
    assert english().table("months")["march"] == "3"


@pytest.mark.parametrize("overrides, message", [
    ({"honourifics": ["dame"]}, "no vocabulary 'honourifics'"),
    ({"months": ["brumaire"]}, "is a table"),
    ({"honorifics": "dame"}, "is a list"),
])
def test_bad_overrides_are_named(overrides, message):
    with pytest.raises(ValueError, match=message):
        Vocabularies(overrides)


def _pipeline(config=None):
    nlp = spacy.blank("en")
    nlp.add_pipe("transcript_structure", config=config or {})
    return nlp


def test_component_runs_its_rules_with_the_overrides(monkeypatch):
    seen = []
    real = structure_component.segment

    def segment(*args, **kwargs):
        seen.append(kwargs["profile"].words("honorifics"))
        return real(*args, **kwargs)

    monkeypatch.setattr(structure_component, "segment", segment)
    _pipeline({"vocabularies": {"honorifics": ["alderman"]}})("ALDERMAN REED: The ward gets 3 new parks.\n")
    _pipeline()("ALDERMAN REED: The ward gets 3 new parks.\n")
    assert seen == [{"alderman"}, english().words("honorifics")]
    assert "alderman" not in english().words("honorifics")


def test_overrides_are_saved_and_restored_with_the_pipeline(tmp_path):
    nlp = _pipeline({"vocabularies": {"honorifics": ["alderman", "reeve"]}})
    # Set after creation, as a ruler's patterns are added: saved too.
    nlp.get_pipe("transcript_structure").vocabularies.set("months", {"Brumaire": "11"})
    nlp.to_disk(tmp_path / "p")
    assert (tmp_path / "p" / "transcript_structure" / "vocabularies" / "honorifics.txt").read_text() == "alderman\nreeve\n"
    loaded = spacy.load(tmp_path / "p")
    assert loaded.get_pipe("transcript_structure").vocabularies.overrides == {
        "honorifics": ["alderman", "reeve"], "months": {"brumaire": "11"}}
    again = _pipeline().get_pipe("transcript_structure").vocabularies.from_bytes(
        nlp.get_pipe("transcript_structure").to_bytes())
    assert again.overrides == loaded.get_pipe("transcript_structure").vocabularies.overrides


def test_default_is_the_package_data(tmp_path):
    nlp = _pipeline()
    assert nlp.config["components"]["transcript_structure"]["vocabularies"] == {}
    nlp.to_disk(tmp_path / "p")
    assert list((tmp_path / "p" / "transcript_structure" / "vocabularies").iterdir()) == []


def test_an_override_in_the_component_config_changes_what_a_rule_decides():
    """The quantities component's ``fold_before`` override decides whether "N-fold" after a verb is a
    multiple: the candidate rule reads the list where it runs, not a copy taken at import."""
    from extractor.pipeline.build import PipelineConfig, build_pipeline
    from extractor.pipeline.extensions import QUANTITIES

    text = ("CHAIR OKAFOR: Since the harbour ferry opened, commuter trips on the east shore soared fivefold.\n"
            "DEPUTY LINDQVIST: Fares stay at two euros.\n")
    nlp = build_pipeline(PipelineConfig(topics=False))

    def figures(vocabularies):
        nlp.replace_pipe("transcript_quantities", "transcript_quantities", config={"vocabularies": vocabularies})
        doc = nlp(text)
        return [(s.text, s._.quantity.value) for s in doc.spans[QUANTITIES]]

    assert "soared" not in english().words("fold_before")
    assert figures({}) == [("two euros", 2.0)]
    assert figures({"fold_before": [*english().words("fold_before"), "soared"]}) == [
        ("fivefold", 5.0), ("two euros", 2.0)]
    assert figures({}) == [("two euros", 2.0)]  # the override ended with the component that holds it


def test_a_value_built_from_a_vocabulary_is_rebuilt_under_an_override():
    from extractor.quantities.numbers import words_to_number

    assert words_to_number(["eleventy", "one"], profile=english()) is None
    profile = english().overriding({"number_tens": {**english().table("number_tens"), "eleventy": "110"}})
    assert words_to_number(["eleventy", "one"], profile=profile) == 111
    assert words_to_number(["eleventy", "one"], profile=english()) is None


def test_a_value_built_from_a_profile_is_built_once_per_profile():
    calls = []

    @per_profile
    def month_numbers(profile: Profile) -> dict[str, int]:
        calls.append(1)
        return {k: int(v) for k, v in profile.table("months").items()}

    english_profile = english()
    assert month_numbers(english_profile)["march"] == 3
    assert month_numbers(english_profile) is month_numbers(english_profile)
    brumaire = english_profile.overriding({"months": {"Brumaire": "2"}})
    assert month_numbers(brumaire) == {"brumaire": 2}
    month_numbers(brumaire)
    assert month_numbers(english_profile)["march"] == 3
    assert len(calls) == 2
