"""Shapes the code keeps after review17a: a heading's subject as a value (not split off its label on ": "),
named period resolvers, one public name for whole-year periods, a settled-question pattern built once."""
from extractor.lang.profile import english
from extractor.quantities import periods
from extractor.structure import roles
from extractor.topics.label_heading import headed


def test_a_heading_gives_its_subject_apart_from_the_qualifier():
    text = ("The transit agency spoke of night buses. Night buses run late, and night buses need drivers. "
            "Drivers want more pay for night buses.")
    got = headed(["night buses", "drivers"], text, {"night buses"}, profile=english())
    assert got.label == "Night buses: drivers"
    assert got.subject == "Night buses"
    # a heading not yet used is its own subject.
    assert tuple(headed(["night buses"], text, set(), profile=english())) == ("Night buses", "Night buses")


def test_every_period_resolver_is_a_named_function():
    assert all(f.__name__ != "<lambda>" for f in periods._RESOLVERS.values())


def test_whole_years_have_one_public_name():
    assert periods.YEARS_ONLY.fullmatch("2024..2025") and not hasattr(periods, "_YEARS_ONLY")


def test_the_settled_question_pattern_is_built_once_per_profile():
    profile = english()
    assert roles._settled(profile) is roles._settled(profile)
