"""Value, unit and range of figures in formats the corpus lacks (captions, council minutes, campaign halls,
earnings calls): spoken decimals, money said once and implied, ranges of fractions, tallies, clock times."""
from __future__ import annotations

from extractor.lang.profile import english
from extractor.quantities.extract import extract_quantities


def _read(nlp, text: str) -> dict[str, tuple]:
    return {q.text: (q.value, q.low, q.high, q.unit, q.kind, q.direction)
            for q in extract_quantities(nlp(text), profile=english())}


def test_a_spoken_decimal_point_joins_the_whole_number_and_its_decimals(nlp):
    text = "THE LAKE STOOD AT 3 POINT 6 METRES, AND FARES ROSE TWO POINT FIVE PERCENT."
    got = _read(nlp, text)
    assert got["3 POINT 6 METRES"][0] == 3.6 and got["3 POINT 6 METRES"][3] == "m"
    assert got["TWO POINT FIVE PERCENT"][0] == 2.5 and got["TWO POINT FIVE PERCENT"][3] == "%"
    q = next(q for q in extract_quantities(nlp(text), profile=english()) if q.value == 3.6)
    assert text[q.start:q.end] == "3 POINT 6 METRES"


def test_points_that_no_decimal_follows_stay_points(nlp):
    got = _read(nlp, "The club lost by 2 points in the final.")
    assert got["2 points"][0] == 2 and got["2 points"][3] == "points"
