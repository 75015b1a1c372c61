"""Subjects that present or hand over a figure, and partner phrases that name an event: when they still own it."""
from __future__ import annotations

import datetime

from extractor.lang.profile import english
from extractor.quantities import extract_quantities

DATE = datetime.date(2025, 3, 20)


def _owner(nlp, text, span):
    qs = [q for q in extract_quantities(nlp(text), doc_date=DATE, profile=english()) if q.text == span]
    assert len(qs) == 1, [q.text for q in extract_quantities(nlp(text), doc_date=DATE, profile=english())]
    return qs[0].entity, qs[0].evidence.entity.mechanism


def test_a_body_presenting_its_own_plan_owns_it(nlp):
    text = ("Good morning. Before questions, a word on Porto. The Porto city council explained that the metro "
            "budget would rise to 2 billion euros.")
    got, _ = _owner(nlp, text, "2 billion euros")
    assert got is not None and "city council" in got


def test_a_body_presenting_what_another_named_owner_does_is_its_source(nlp):
    text = "The transport ministry outlined how Metrolink's new timetable would remove 45 trains a day."
    assert _owner(nlp, text, "45") == (None, "source-of-figure")


def test_a_giver_owns_what_goes_to_recipients_its_pronoun_points_back_to(nlp):
    got, _ = _owner(nlp, "Siemens will deliver turbines to its 8 factories in Bavaria.", "8")
    assert got is not None and "Siemens" in got
    got, _ = _owner(nlp, "Toyota will give bonuses to its 3,000 dealers.", "3,000")
    assert got is not None and "Toyota" in got


def test_a_body_whose_name_only_begins_with_an_event_word_is_a_partner(nlp):
    got, _ = _owner(nlp, "The ministry granted $3 million to Wildfire Recovery Canada.", "$3 million")
    assert got is not None and "Wildfire Recovery Canada" in got
    # A name of another kind that begins with one is still the event.
    assert _owner(nlp, "The club raised $70,000 for Hurricane Milton.", "$70,000")[0] is None


def test_a_body_joined_by_its_own_officer_is_no_shared_owner(nlp):
    text = "Reporters say Carrefour and Alexandre Bompard, its chief executive, closed 40 stores."
    assert _owner(nlp, text, "40") == (None, "coordinated-subject")


def test_what_the_host_only_sees_shares_or_sends_to_a_named_party_is_not_its_own_by_the_relative_clause(nlp):
    for text, span in [("The 25 percent levy that we face in Canada hurts our farmers.", "25 percent"),
                       ("The 600 jobs that we have watched vanish at Fiat matter.", "600"),
                       ("The 4 billion kroner fund that we and Norway set up is growing.", "4 billion"),
                       ("The 300 firefighters that we flew to Greece came home.", "300")]:
        assert _owner(nlp, text, span)[1] != "host-in-relative-clause", text
    assert _owner(nlp, "The 300 teachers that we hired last year are in class.", "300") == (
        None, "host-in-relative-clause")


def test_a_partner_that_is_only_different_ones_says_no_party(nlp):
    # "different" says no more which than "various" or "other" (vocabulary vague_modifiers).
    assert _owner(nlp, "The ministry sent 70 doctors to different hospitals.", "70")[0] is None
