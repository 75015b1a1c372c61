"""``may_hold_figure``, the cheap test that picks the sentences read (and parsed) for figures."""
from __future__ import annotations

import re

import pytest

from extractor.lang.profile import english
from extractor.quantities import may_hold_figure
from extractor.quantities.numbers import fraction_words, number_words, unicode_fractions


def _as_one_pattern() -> re.Pattern[str]:
    """The test as the single pattern of alternatives it replaces, the reference it must agree with."""
    profile = english()
    hints = number_words(profile) | frozenset(fraction_words(profile)) | profile.words("multiple_words") | profile.words(
        "figure_hint_words")
    words = "|".join(sorted(hints, key=lambda w: (-len(w), w)))
    return re.compile(r"\d|[" + "".join(unicode_fractions(profile)) + r"]|\b(?:" + words + r"|\w+fold)\b"
                      r"|\ban?\s+(?:" + profile.alternation("article_units") + r")\b", re.I)


CASES = [
    ("The council met on the harbour plan.", False),
    ("Ridership rose 4% after the fare freeze.", True),
    ("Turnout was around one-third of voters.", True),
    ("Profits grew TWENTY-ONE times over.", True),
    ("Costs grew tenfold; the manifold was replaced.", True),
    ("Fold the leaflet twice.", True),  # "twice" is a multiple
    ("Fold the leaflet.", False),
    ("Rates will be reviewed in a year.", True),
    ("We renew the lease an\n  hour before closing.", True),
    ("A, year-end review is due.", False),  # punctuation between the article and the unit
    ("It was a yearly review.", False),
    ("Half the stalls were empty.", True),
    ("½ of the stalls were empty.", True),
    ("The board_one committee met.", False),
    ("", False),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:30] or "empty" for c in CASES])
def test_may_hold_figure_agrees_with_the_one_pattern(text, expected):
    assert may_hold_figure(text, profile=english()) is expected
    assert may_hold_figure(text, profile=english()) == (_as_one_pattern().search(text) is not None)


def test_may_hold_figure_reads_only_the_range():
    text = "No numbers here. Sales rose 5 percent. Nothing else."
    start = text.index("Sales")
    assert may_hold_figure(text, start, text.index("Nothing"), profile=english())
    assert not may_hold_figure(text, 0, start, profile=english()) and not may_hold_figure(text, text.index("Nothing"), profile=english())
    assert may_hold_figure("a year", 0, 6, profile=english()) and not may_hold_figure("a year", 0, 4, profile=english())  # "a ye": no unit in range


@pytest.mark.parametrize("text", ["FİVE stalls stayed open.", "ſix buses ran late."])
def test_case_rules_beyond_ascii_are_the_patterns(text):
    # "İ" and "ſ" are an "i" and an "s" to a case-insensitive pattern, though not to ``str.lower``.
    assert may_hold_figure(text, profile=english()) and _as_one_pattern().search(text)


def test_an_override_of_several_words_is_read_whole():
    profile = english().overriding({"figure_hint_words": ["a couple"], "article_units": ["per cent"]})
    assert may_hold_figure("A couple of wards voted late.", profile=profile)
    assert may_hold_figure("Fees rose a per cent.", profile=profile)
    assert not may_hold_figure("The wards voted late.", profile=profile)
    assert not may_hold_figure("A couple of wards voted late.", profile=english())
