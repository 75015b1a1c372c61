"""Values, units and ranges of general news text (issue 29): ranges after "from", scores, readings on a scale,
model names, pence, bare rates and ages after a title, read through the whole pipeline (the session model)."""
from __future__ import annotations

import pytest

from extractor.lang.profile import english
from extractor.quantities.candidates import combine, read_mentions
from extractor.quantities.extract import extract_quantities
from extractor.quantities.filters import rejection
from extractor.quantities.lexer import lex
from extractor.quantities.units import unit_context


def _read(nlp, text: str) -> dict[str, tuple]:
    return {q.text: (q.value, q.low, q.high, q.unit, q.counted, q.per) for q in extract_quantities(nlp(text), profile=english())}


def _strings(text: str) -> dict[str, tuple]:
    lx = lex(text, 0, len(text), profile=english())
    ms = combine(lx, [m for m in read_mentions(lx, unit_context(text, profile=english()), profile=english()) if rejection(text, lx, m, profile=english()) is None], profile=english())
    return {text[m.start:m.end]: (m.value, m.unit) for m in ms}


@pytest.mark.parametrize("text,surface,low,high,unit", [
    ("Valves from 13.5 to 14.0 mm failed the city's test.", "13.5 to 14.0 mm", 13.5, 14.0, "mm"),
    ("The harbour's new slips measure from 30 to 45 metres.", "30 to 45 metres", 30.0, 45.0, "m"),
    ("Concert seats cost from $40 to $95 this year.", "$40 to $95", 40.0, 95.0, "USD"),
    ("Limits from 0 to 60 km/h apply near the school.", "0 to 60 km/h", 0.0, 60.0, "km/h"),
])
def test_from_to_is_one_range_unless_a_move(nlp, text, surface, low, high, unit):
    got = _read(nlp, text)
    assert surface in got, got
    assert got[surface][1:4] == (low, high, unit)


@pytest.mark.parametrize("text,first,second", [
    ("The central bank lowered its rate from 4.5 to 4 percent.", "4.5", "4 percent"),
    ("Bus fares rose from $2 to $2.40 in March.", "$2", "$2.40"),
    ("The water board approved an increase from 3 to 5 percent.", "3", "5 percent"),
])
def test_from_to_after_a_move_stays_two_levels(nlp, text, first, second):
    got = _read(nlp, text)
    assert first in got and second in got, got
    assert got[first][1] is None and got[second][1] is None


@pytest.mark.parametrize("text", ["The netball side ended the season on a 31-12 record.",
                                  "The cup tie finished in a 1-1 draw."])
def test_neither_end_of_a_score_is_a_count(nlp, text):
    assert _read(nlp, text) == {}


def test_a_range_of_seats_a_hall_holds(nlp):
    got = _read(nlp, "The concert hall holds from 1,800 to 2,100 seats.")
    assert got["1,800 to 2,100"][1:5] == (1800.0, 2100.0, "count", "seats"), got


@pytest.mark.parametrize("text,score", [
    ("The rugby club won 24-17 on Saturday.", "24-17"),
    ("The hockey team beat the visitors 3-1.", "3-1"),
    ("The county board voted 6-1 to approve the levy.", "6-1"),
])
def test_a_score_or_a_tally_is_no_ratio_or_range(nlp, text, score):
    got = _read(nlp, text)
    assert score not in got, got
    assert all(v[3] != "1" for v in got.values()), got


@pytest.mark.parametrize("text,surface,value", [
    ("A 5.8 magnitude earthquake hit the valley overnight.", "5.8", 5.8),
    ("A magnitude 6.3 quake struck off the coast.", "6.3", 6.3),
    ("The 4.7-magnitude tremor rattled the capital.", "4.7", 4.7),
])
def test_a_reading_on_a_scale_is_no_count(nlp, text, surface, value):
    got = _read(nlp, text)
    assert got[surface][0] == value and got[surface][3] == "1" and got[surface][4] is None, got


def test_a_fractional_average_of_a_plural_stays_a_count(nlp):
    got = _read(nlp, "The average farm keeps 3.5 tractors.")
    assert got["3.5"][3:5] == ("count", "tractors"), got


@pytest.mark.parametrize("text,numeral", [
    ("Orders for the 737 MAX slowed this quarter.", "737"),
    ("The airline retired its last 747 Jumbo.", "747"),
    ("Sales of the 911 Carrera rose in the spring.", "911"),
])
def test_a_model_name_is_no_count(nlp, text, numeral):
    assert numeral not in _read(nlp, text)


@pytest.mark.parametrize("text,surface,counted", [
    ("The borough has 20 Democrats on its council.", "20", "Democrats"),
    ("The lab hired 300 Apple engineers.", "300", "Apple engineers"),
    ("The port added 40 Korea-built cranes.", "40", "Korea-built cranes"),
])
def test_counts_of_proper_nouns_stay(nlp, text, surface, counted):
    got = _read(nlp, text)
    assert got[surface][3:5] == ("count", counted), got


@pytest.mark.parametrize("text,surface,value", [
    ("The brewer's stock closed at 245.5p.", "245.5p", 2.455),
    ("The grocer's shares slipped 4p before noon.", "4p", 0.04),
    ("The insurer's shares jumped 9p to 214p.", "214p", 2.14),
])
def test_pence_where_the_number_reads_as_a_price(text, surface, value):
    got = _strings(text)
    assert got[surface][1] == "GBP" and got[surface][0] == pytest.approx(value), got


def test_a_resolution_is_no_pence():
    assert all(unit != "GBP" for _, unit in _strings("The camera records 1080p video.").values())


@pytest.mark.parametrize("text,surface,per", [
    ("The food bank serves 40 per day.", "40", "day"),
    ("The crew repaired 12 per week.", "12", "week"),
])
def test_a_bare_number_over_a_denominator_is_a_rate(nlp, text, surface, per):
    got = _read(nlp, text)
    assert got[surface][3] == "count" and got[surface][5] == per and got[surface][4] is None, got


def test_an_age_after_a_title_of_office(nlp):
    got = _read(nlp, "The governor, 63, signed the bill on Friday.")
    assert got["63"][3] == "yr", got
