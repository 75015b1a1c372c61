"""The context rules read their English from the language profile: a list or pattern given through the
vocabulary (as a component's config gives it) changes what they decide, with no change of code."""
from __future__ import annotations

import datetime

from extractor.lang.profile import Profile, english
from extractor.quantities import extract_quantities
from extractor.quantities.lexer import lex
from extractor.quantities.periods import find_time_refs
from extractor.quantities.unit_reading import read_unit
from extractor.quantities.units import longest_unit_name

DATE = datetime.date(2025, 3, 20)


def _periods(text: str, profile: Profile | None = None) -> list[str | None]:
    return [r.period for r in find_time_refs(text, 0, len(text), DATE, profile=profile or english())]


def test_a_baseline_word_from_the_profile_makes_a_year_a_baseline():
    text = "Ticket sales at the city zoo rose 4 percent against 2023."
    assert _periods(text) == ["2023"]
    cues = dict(english().table("period_cues"))
    cues["baseline_before"] = r"(?:against|compared\s+with)\s+$"
    assert _periods(text, english().overriding({"period_cues": cues})) == [None]


def test_a_time_pattern_from_the_profile_is_read():
    text = "The reservoirs of the water board are 80 percent full as we speak."
    assert _periods(text) == []
    patterns = dict(english().table("time_patterns"))
    patterns["current"] = r"\b(?:today|now|as\s+we\s+speak)\b"
    assert _periods(text, english().overriding({"time_patterns": patterns})) == ["2025-03"]


def test_a_qualifier_after_the_figure_from_the_profile_is_read(nlp):
    text = "The water board will spend $2 million or thereabouts on new pipes this summer."

    def approx(profile: Profile) -> str | None:
        return next(q.approx for q in extract_quantities(nlp(text), doc_date=DATE, profile=profile)
                    if q.text.startswith("$2"))

    assert approx(english()) is None
    after = dict(english().table("qualifier_after"))
    after["or thereabouts"] = "about"
    assert approx(english().overriding({"qualifier_after": after})) == "about"


def test_unit_words_are_read_as_far_as_the_longest_unit_name_of_the_profile():
    text = "3 standard cubic metres of gas per hour"
    words = dict(english().table("unit_words"))
    longer = english().overriding({"unit_words": {**words, "standard cubic metres of gas per hour": "m3/h"}})
    assert longest_unit_name(english()) < 7 <= longest_unit_name(longer)
    lx = lex(text, 0, len(text), profile=english())
    assert read_unit(lx, 1, profile=longer)[0].code == "m3/h"
    assert read_unit(lx, 1, profile=english())[0] is None or read_unit(lx, 1, profile=english())[0].code != "m3/h"
