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


def test_and_a_half_adds_to_a_whole_number_only(nlp):
    got = _read(nlp, "The bank may lift rates by between a quarter and a half of a percentage point.")
    assert got["a quarter and a half of a percentage point"][:4] == (None, 0.25, 0.5, "pp")
    assert _read(nlp, "The ferry trip takes two and a half hours.")["two and a half hours"][0] == 2.5


def test_adding_to_a_rate_after_a_fall_is_no_move_down(nlp):
    got = _read(nlp, "A 5 per cent drop in the currency adds half a percentage point to inflation.")
    assert got["half a percentage point"][4:] == ("change", "up")


def test_a_bare_baseline_after_a_level_takes_its_unit_and_a_range_stays_a_range(nlp):
    got = _read(nlp, "The company now sees profit per share of 1.40 to 1.55 dollars, from 1.30 to 1.45 before.")
    assert got["1.30 to 1.45"][:4] == (None, 1.30, 1.45, "USD")
    got = _read(nlp, "The port's dues rose to 12 million euros, up from 9.5 million.")
    assert got["9.5 million"][3] == "EUR"
    assert _read(nlp, "The club cut its ticket to 30 euros, from 35.")["35"][3] == "EUR"


def test_money_said_once_carries_along_its_list_and_its_coordinated_clause(nlp):
    got = _read(nlp, "The ministry gave $12.5 million to ports, 8 million to rail and 3.2 million to ferries.")
    assert got["8 million"][3] == "USD" and got["3.2 million"][3] == "USD"
    got = _read(nlp, "The bank booked 20 million dollars of gains this year and it expects 14 million next year.")
    assert got["14 million"][3] == "USD"
    # A subject of its own clause is no part of the money ("3 million" people were reached).
    assert _read(nlp, "The agency spent $9 million and 3 million were reached.")["3 million"][3] == "count"


def test_a_verb_of_price_makes_a_bare_sum_money_where_the_document_writes_money(nlp):
    text = "The harbour board spent $80 million last year. The new cranes cost 45 million over two years."
    assert _read(nlp, text)["45 million"][3] == "USD"
    # No money written in the document: nothing to say which.
    assert _read(nlp, "The new cranes cost 45 million over two years.")["45 million"][3] == "count"
    # A count of people stays a count.
    assert _read(nlp, "The clinic spent $2 million. It reached 3 million last year.")["3 million"][3] == "count"


def test_what_is_paid_for_is_no_price(nlp):
    text = "The ministry ordered 30 million test kits for $90 million. It has paid for 12 million so far."
    assert _read(nlp, text)["12 million"][3] == "count"
    text = "The club keeps its accounts in euros. It sold its keeper for a reported 8 million."
    assert _read(nlp, text)["8 million"][3] == "EUR"


def test_three_quarters_of_a_point_is_a_fraction_though_quarters_are_also_time(nlp):
    got = _read(nlp, "The central bank sees rates between a half and three quarters of a point higher.")
    assert got["a half and three quarters of a point"][:4] == (None, 0.5, 0.75, "pp")


def test_the_of_phrase_of_a_noun_of_money_is_money_and_of_people_a_count(nlp):
    text = "The utility's earnings were $30 million. Turnover of 140 million was ahead of plan; a population of 2 million is served."
    got = _read(nlp, text)
    assert got["140 million"][3] == "USD" and got["2 million"][3] == "count"
