"""The quick test read from a pattern's own parse: a text without any piece its matches need cannot match."""
from __future__ import annotations

import re

import pytest

from extractor.quantities.required_text import DIGIT, PatternSieve, required_clauses, required_pieces


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


def test_required_clauses_keep_every_element_that_needs_text():
    clauses = required_clauses(r"\bbetween\s+(?:march|april)\s+and\s+(?:may|june)\b", re.I)
    assert [set(c) for c in clauses] == [{"between"}, {"march", "april"}, {"and"}, {"may", "june"}]
    assert required_clauses(r"\b\w+\b", re.I) == ()


SIEVED = [("span", re.compile(r"\bbetween\s+(?:march|april)\s+and\s+(?:may|june)\b", re.I)),
          ("quarter", re.compile(r"\bQ[1-4]\b", re.I)),
          ("term", re.compile(r"\bthis\s+term\b", re.I)),
          ("any", re.compile(r"\b[A-Z]{2,}\b"))]


def test_the_sieve_keeps_only_patterns_whose_every_clause_is_held():
    sieve = PatternSieve(SIEVED)
    names = [name for name, _ in sieve.candidates("The harbour board met between meetings and adjourned.")]
    assert names == ["any"]  # "between" and "and" but no month: the span cannot match; a pattern needing nothing stays
    names = [name for name, _ in sieve.candidates("Tolls rose BETWEEN March and June, and in Q2 this TERM.")]
    assert names == ["span", "quarter", "term", "any"]


@pytest.mark.parametrize("text", [
    "Tolls rose BETWEEN March and June.", "Fees fell in q3.", "The council sat thiS TeRm.", "Rates rose in Q4.",
    "The ſchool term: this ſemester.", "Between Mar and May ſpending fell.", "THİS TERM the rink closes.",
    "Between April and June” – the ‘season’ – fares rose.", "Nothing dated here.",
])
def test_the_sieve_never_drops_a_pattern_that_matches(text):
    kept = {name for name, _ in PatternSieve(SIEVED).candidates(text)}
    for name, pattern in SIEVED:
        assert not pattern.search(text) or name in kept
    words = "Nothing here. Fees fell in Q3."
    assert [n for n, _ in PatternSieve(SIEVED).candidates(words, 0, 13)] == ["any"]
