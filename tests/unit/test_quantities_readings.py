"""Issue 22, classes 1, 4 and 5, on sentences of our own (a city hall, a sports club, a central bank, a
ministry), and issue 23's evidence for kind and concept: every decision names a listed mechanism and a span
of the original text."""
from __future__ import annotations

import datetime

import pytest

from extractor.quantities import extract, extract_quantities
from extractor.quantities.concept import gerund
from extractor.quantities.kind import KIND_RULES
from extractor.records import mechanisms

DATE = datetime.date(2025, 3, 20)


def figures(nlp, text):
    return {q.text: q for q in extract_quantities(nlp(text), doc_date=DATE)}


# Class 1: numbers that point, rhetoric and names with digits are no figures; the counts beside them stay.
@pytest.mark.parametrize("text,gone,kept", [
    ("The two clubs agreed that our two leagues should merge, and signed 14 players.", ["two"], ["14"]),
    ("Funds moved from one ward to another ward, and 300 homes were rebuilt.", ["one"], ["300"]),
    ("Not one single bus was late, and 40 routes ran.", ["one"], ["40"]),
    ("The pool never closed, not even a day, and 40 lanes stayed open.", ["a day"], ["40"]),
    ("The mayor is 100 percent sure that 12 percent of roads need repair.", ["100 percent"], ["12 percent"]),
    ("Clinics tracked the B.2.3 strain in 18 towns.", ["2.3", "2"], ["18"]),
    ("The city joined the G5+2 forum and sent 30 delegates.", ["2"], ["30"]),
    ("Those are two clubs that have played each other 90 times.", ["two"], ["90 times"]),
])
def test_not_figures(nlp, text, gone, kept):
    found = figures(nlp, text)
    assert not any(g in found for g in gone), list(found)
    assert all(k in found for k in kept), list(found)


def test_a_qualified_whole_percent_is_measured(nlp):
    assert "100 percent" in figures(nlp, "The new filters are nearly 100 percent effective against lead.")


def test_a_counted_one_with_a_focus_word_stays(nlp):
    assert "one" in figures(nlp, "The council opened just one new library this year.")


# Class 4: the guidelines' growth rule and levels of counts.
@pytest.mark.parametrize("text,span,expected", [
    ("The board's projection for regional output growth is 1.8 percent this year.", "1.8 percent", ("change", "up")),
    ("Last quarter the harbour saw a cargo growth rate that was 3.2 percent.", "3.2 percent", ("change", "up")),
    ("In May, consumer inflation rose 2.6 percent, the bank said.", "2.6 percent", ("level", None)),
    ("About 60 flares were dropped on the old airfield during the drill.", "60", ("level", None)),
    ("The institute published four new surveys last week.", "four", ("level", None)),
    ("Across the season, ticket sales rose 9 percent.", "9 percent", ("change", "up")),
    ("Exports rose 4% last year, creating a record $3 billion surplus.", "$3 billion", ("level", None)),
    ("The bank lifted its deposit rate and opened operations at an offering rate of 2 percent.", "2 percent",
     ("level", None)),
    ("The new zoning rule takes up about 30 pages of the city code.", "30", ("level", None)),
    ("The mayor is encouraged by 70 percent of residents who back the plan.", "70 percent", ("share", None)),
])
def test_kind_and_direction(nlp, text, span, expected):
    q = figures(nlp, text)[span]
    assert (q.kind, q.direction) == expected


# Class 5: a concept is never a bare verb, names a spending with what it buys, and stays off page debris.
def test_spending_is_named_with_what_it_buys(nlp):
    q = figures(nlp, "The water board will spend $65 million on new reservoirs.")["$65 million"]
    assert q.concept == "spending on new reservoirs"


def test_no_bare_verb(nlp):
    for q in figures(nlp, "The coach said the club would probably hit 40 points, and began 3 new drills.").values():
        assert q.concept is None or " " in q.concept or not q.concept.endswith(("hit", "began")), q.concept


def test_an_act_without_a_thing_takes_its_noun(nlp):
    q = figures(nlp, "With the new tender, we save $80 million.")["$80 million"]
    assert q.concept == "savings"


def test_an_act_in_a_relative_clause_takes_its_noun(nlp):
    q = figures(nlp, "The grant goes to a bakery chain that is investing $7 million this year.")["$7 million"]
    assert q.concept == "investment"


def test_a_concept_never_runs_into_page_debris(nlp):
    text = "Ticket sales for the Page 3 of 9 winter season rose 12 percent."  # a header the layout left inline
    start, end = text.index("Page 3"), text.index("winter")
    (q,) = extract_quantities(nlp(text), doc_date=DATE, exclude=[(start, end)])
    assert q.concept == "Ticket sales"


def test_gerund_spelling():
    assert [gerund(w) for w in ("spend", "make", "cut", "die", "see", "pay")] == [
        "spending", "making", "cutting", "dying", "seeing", "paying"]


# Issue 23: evidence for kind and concept.
def _mechanisms() -> set[tuple[str, str]]:
    return {(name, field) for name, field, _ in mechanisms()}


def test_every_kind_rule_is_listed():
    listed = _mechanisms()
    assert all((r.name.replace("_", "-"), "kind") in listed for r in KIND_RULES)


def test_kind_and_concept_evidence_is_listed_and_indexes_the_text(nlp, monkeypatch):
    text = ("The city will spend $40 million on new pipes. Bus fares rose by 3 percent in April and 4 percent in "
            "May. The deficit fell to $2 billion, a cut of $500 million. That saves $9 million. Exports to the "
            "north grew 5% while 20,000 jobs were added.")
    drafts = []
    monkeypatch.setattr(extract, "_records", lambda ds, _text: drafts.extend(ds) or [])
    extract_quantities(nlp(text), doc_date=DATE)
    listed = _mechanisms()
    assert drafts
    for d in drafts:
        for field in ("kind", "concept"):
            mechanism, start, end = d.evidence[field]
            assert (mechanism, field) in listed, (field, mechanism)
            if start is not None:
                assert 0 <= start < end <= len(text)
                if field == "concept" and mechanism not in ("act-of-verb-on-phrase", "verb-and-object",
                                                            "noun-of-verb", "first-item-of-list"):
                    assert text[start:end].replace("\n", " ") == d.concept, (mechanism, text[start:end])
