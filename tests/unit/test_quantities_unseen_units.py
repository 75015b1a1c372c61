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


def test_a_tally_of_votes_joined_by_to_is_no_ratio(nlp):
    assert _read(nlp, "Any against? The motion is carried, 6 to 1.") == {}
    assert _read(nlp, "The club's members voted nine to two for the new stand.") == {}
    assert _read(nlp, "The tribunal gave a 5 to 4 ruling.") == {}
    # A ratio said alone stays one.
    assert _read(nlp, "Vacancies now outnumber applicants three to one.")["three to one"][:4] == (3, None, None, "1")


def test_a_time_of_day_in_captions_is_no_figure(nlp):
    assert _read(nlp, "THE MINISTRY WILL BRIEF AGAIN AT 4 OCLOCK.") == {}


def test_a_length_of_water_is_a_depth_and_mercury_stays_a_pressure(nlp):
    got = _read(nlp, "The port said 40 centimetres of water covered the quay.")
    assert got["40 centimetres"][3] == "cm"
    got = _read(nlp, "The clinic's target is 130 millimetres of mercury.")
    assert got["130 millimetres of mercury"][3] == "mmHg"


def test_a_distance_from_a_place_is_a_level_even_after_a_phrasal_verb(nlp):
    got = _read(nlp, "Our coach grew up 40 kilometres from this stadium.")
    assert got["40 kilometres"][3:] == ("km", "level", None)
    # A length a verb moves is still a change.
    assert _read(nlp, "The lake rose 3 metres overnight.")["3 metres"][4:] == ("change", "up")


def test_the_by_of_winning_or_missing_is_a_margin(nlp):
    assert _read(nlp, "The club missed promotion by 4 points.")["4 points"][4:] == ("level", None)
    assert _read(nlp, "The city council measure lost by 2 votes.")["2"][4:] == ("level", None)
    assert _read(nlp, "Ticket sales rose by 4 percent.")["4 percent"][4:] == ("change", "up")
