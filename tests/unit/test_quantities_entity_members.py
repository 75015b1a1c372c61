"""Whose counted ones are when a body's name is on them or an "of" phrase follows them: only members or bodies
counted belong to it (vocabulary ``member_nouns``, and nouns for bodies), never things it makes nor its clients."""
from __future__ import annotations

import datetime

import pytest

from extractor.lang.profile import english
from extractor.quantities import extract_quantities

DATE = datetime.date(2025, 3, 20)


def _owner(nlp, text, span):
    qs = [q for q in extract_quantities(nlp(text), doc_date=DATE, profile=english()) if q.text == span]
    assert len(qs) == 1, [q.text for q in extract_quantities(nlp(text), doc_date=DATE, profile=english())]
    return qs[0].entity


@pytest.mark.parametrize("text, span", [
    # Things a maker's name is on, whose noun only ends like one who does something.
    ("Some 60 Nokia routers failed overnight.", "60"),
    ("There are 70 Bosch compressors in the plant.", "70"),
    # A body's clients are served by it, not of it.
    ("Some 4,000 Netflix subscribers cancelled in March.", "4,000"),
    ("Sixty customers of Lloyds Bank lost their savings.", "Sixty"),
    # An event's name says what they serve, not whose they are.
    ("About 800 Commonwealth Games volunteers signed up.", "800"),
])
def test_things_clients_or_an_event_a_name_is_on_are_not_its_members(nlp, text, span):
    assert _owner(nlp, text, span) is None


def test_members_of_a_listed_run_of_bodies_have_no_single_owner(nlp):
    text = ("Twelve officers of the Oslo Police District, the Norwegian Coast Guard and the Sea Rescue Society "
            "joined the search.")
    assert _owner(nlp, text, "Twelve") is None
    got = _owner(nlp, "Nine engineers of Network Rail inspected the tunnel.", "Nine")
    assert got is not None and "Network Rail" in got


@pytest.mark.parametrize("text, span, name", [
    ("Some 40 FBI agents searched the house.", "40", "FBI"),
    ("Around 900 Ryanair pilots went on strike.", "900", "Ryanair"),
])
def test_listed_members_a_name_is_on_are_its_own(nlp, text, span, name):
    got = _owner(nlp, text, span)
    assert got is not None and name in got
