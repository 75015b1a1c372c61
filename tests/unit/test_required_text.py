"""The quick test read from a pattern's own parse: a text without any piece its matches need cannot match."""
from __future__ import annotations

import re

import pytest

from extractor.quantities.required_text import DIGIT, RequiredText, required_pieces


@pytest.mark.parametrize("pattern,pieces", [
    (r"\bthis\s+week\b", {"week"}),  # of a sequence, the head noun
    (r"\b(?:today|right\s+now|at\s+present)\b", {"today", "right", "present"}),  # every alternative gives one
    (r"\bQ[1-4]\b", {DIGIT}),  # a digit is rarer than one letter
    (r"\b(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b", {"19", "20"}),
    (r"(?:first|second)?\s*half\b", {"half"}),  # an optional part is never required
    (r"\bweeks?\b", {"week"}),
    (r"\b\w+fold\b", {"fold"}),
    (r"\b\w+\b", None),  # a match may hold no literal text at all
    (r"(?:now|\w+ly)", {"now", "ly"}),
    (r"(?:now|\w+)", None),  # one alternative needs none
])
def test_required_pieces(pattern, pieces):
    found = required_pieces(pattern, re.I)
    assert (set(found) if found is not None else None) == pieces


PATTERNS = [re.compile(p, re.I) for p in (r"\bthis\s+week\b", r"\bQ[1-4]\b", r"\b(?:first|second)\s+half\b",
                                           r"\bat\s+the\s+(?:start|end)\s+of\s+term\b")]
TEXTS = ["The council meets this WEEK.", "Sales in Q3 were flat.", "In the second half, fares rose.",
         "At the end of term, the school closes.", "The mayor thanked the volunteers.", "Quite a weekly event.",
         "The ſecond half was calmer."]


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_never_refuses_a_text_a_pattern_matches(text):
    gate = RequiredText(PATTERNS)
    matched = any(p.search(text) for p in PATTERNS)
    assert not matched or gate.may_match(text)


def test_the_gate_refuses_texts_without_any_piece():
    gate = RequiredText(PATTERNS)
    assert not gate.always
    assert not gate.may_match("The mayor thanked the volunteers.")
    assert gate.may_match("Budgets for 2025 were set.")  # a digit: Q[1-4] needs one
    words = "Fares rose this week. Nothing else."
    assert gate.may_match(words, 0, 22) and not gate.may_match(words, 22)


def test_a_pattern_without_required_text_lets_everything_through():
    gate = RequiredText([re.compile(r"\b[A-Z]\w+\b"), *PATTERNS])
    assert gate.always and gate.may_match("The mayor thanked the volunteers.")


def test_the_gate_follows_the_patterns_case_rules():
    gate = RequiredText(PATTERNS)
    text = "Tickets sold out THİS WEEK."  # "İ" is an "i" to re.I; case-folding makes it two characters
    assert PATTERNS[0].search(text) and gate.may_match(text)
