"""Issue 22, recall, in wording of our own: verbs of multiplication ("fares have tripled", "the club more than
doubled its budget") are multiples, their idioms are not ("doubled down", "doubles as", "a doubling time"); and
an elliptical figure, a bare decimal that repeats the unit and scale of the figure said just before ("the levy
raised $2.4 billion; will it be 2.1 this year?"), takes that unit and scale, with the figure as its evidence."""
from __future__ import annotations

import pytest

from extractor.api import extract_text

DATE = "2025-03-20"


def figures(nlp, text):
    return {q.text: q for q in extract_text(text, date=DATE, nlp=nlp).quantities}


@pytest.mark.parametrize("text,span,value,approx", [
    ("MAYOR OKAFOR: Bus fares in the city have nearly tripled since the depot was sold.", "tripled", 3, "nearly"),
    ("CHAIR VANCE: The club more than doubled its youth budget this season.", "doubled", 2, "over"),
    ("MINISTER HALE: Doubling the heating allowance is the first step of the plan.", "Doubling", 2, None),
    ("GOVERNOR ROSS: Lending to small firms quadrupled after the scheme opened.", "quadrupled", 4, None),
])
def test_a_verb_of_multiplication_is_a_multiple(nlp, text, span, value, approx):
    q = figures(nlp, text)[span]
    assert (q.value, q.unit, q.kind, q.approx) == (value, "times", "multiple", approx)


@pytest.mark.parametrize("text", [
    "MAYOR OKAFOR: The council has doubled down on its effort to clear the housing backlog.",
    "CHAIR VANCE: The old stand doubles as a polling station on election days.",
    "MINISTER HALE: The clinic said the outbreak had a doubling time that worried staff.",
    "CHAIR VANCE: Our players won the mixed doubles at the regional finals.",
    "GOVERNOR ROSS: The striker doubled over after the tackle and left the pitch.",
    "MAYOR OKAFOR: This year we will double down on street lighting in every ward.",
])
def test_an_idiom_or_a_noun_of_multiplication_is_no_figure(nlp, text):
    assert not figures(nlp, text)


def test_an_elliptical_figure_takes_the_unit_and_scale_of_the_figure_before(nlp):
    text = ("Q: The water levy raised $2.4 billion last year. Will it be 2.1 this year, or 2.6?\n\n"
            "TREASURER LIM: It will be close to the first.")
    got = figures(nlp, text)
    assert (got["2.1"].value, got["2.1"].unit) == (2.1e9, "USD")
    assert (got["2.6"].value, got["2.6"].unit) == (2.6e9, "USD")
    clue = got["2.1"].evidence.unit
    assert (clue.mechanism, clue.text) == ("unit-of-previous-figure", "$2.4 billion")


def test_a_rate_said_again_without_its_unit_is_a_percent(nlp):
    text = "GOVERNOR ROSS: Inflation came in at 3.5 percent in May. It was 3.2 in June and 3.1 in July."
    got = figures(nlp, text)
    assert [(got[s].value, got[s].unit) for s in ("3.2", "3.1")] == [(3.2, "%"), (3.1, "%")]


@pytest.mark.parametrize("text,bare", [
    # A different order of magnitude: no repetition of the figure.
    ("CHAIR VANCE: The club paid $41.5 million in wages. The pitch is 0.2 below standard.", "0.2"),
    # Another paragraph, or another speaker's turn: the figure is no longer the one just said.
    ("CHAIR VANCE: The club paid $41.5 million in wages.\n\nMAYOR OKAFOR: We rated it 38.2 at the review.", "38.2"),
    # A version is a name; a duration or a count lends no unit.
    ("MINISTER HALE: Grants rose 4.5 percent. Version 4.1 of the portal opens next week.", "4.1"),
    ("MINISTER HALE: The works took 3.5 years. Then it was 3.2 at the end.", "3.2"),
    # Too far back: sentences without figures count too.
    ("TREASURER LIM: The ferry levy raised $2.4 billion last year. We met the harbour board. We spoke to the "
     "crews. We heard the unions. Now the index is at 2.1.", "2.1"),
    # Said of a person: an age, a time, a score.
    ("GOVERNOR ROSS: The reserves stand at $12.4 billion. I turned 61.5 this year.", "61.5"),
    ("CHAIR VANCE: The club paid $41.5 million in wages. Maria Lopez ran 10.4 in the final.", "10.4"),
])
def test_a_bare_decimal_without_a_figure_to_repeat_takes_no_unit(nlp, text, bare):
    got = figures(nlp, text)
    assert bare not in got or got[bare].evidence.unit.mechanism != "unit-of-previous-figure"


@pytest.mark.parametrize("text,span,concept", [
    ("MAYOR OKAFOR: Bus fares rose 8 percent this year, while parking fines have tripled.", "tripled",
     "parking fines"),
    ("CHAIR VANCE: Ticket sales fell 3 percent, while the club's merchandise revenue has nearly doubled.", "doubled",
     "the club's merchandise revenue"),
])
def test_a_verb_of_multiplication_measures_its_own_clause(nlp, text, span, concept):
    """The verb heads the figure's clause: what it multiplies is its own subject or object, not the subject of
    the clause above it."""
    assert figures(nlp, text)[span].concept == concept
