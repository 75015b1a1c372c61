"""Units the document decides (issue 22, class 3) and figures in caption text (class 8)."""
from __future__ import annotations

from extractor.lang.profile import english
from extractor.quantities.candidates import read_mentions
from extractor.quantities.config import UnitConfig
from extractor.quantities.extract import extract_quantities
from extractor.quantities.lexer import lex
from extractor.quantities.numbers import parse_digits
from extractor.quantities.stage_unit import draft
from extractor.quantities.units import unit_context


def _units(text: str) -> dict[str, tuple[float | None, str | None, str | None]]:
    lx = lex(text, 0, len(text), profile=english())
    return {text[m.start:m.end]: (m.value, m.unit, m.unit_source) for m in read_mentions(lx, unit_context(text, profile=english()), profile=english())}


def test_a_scaled_pounds_is_sterling_where_the_document_speaks_of_britain():
    text = "The Scottish water board said the UK grant brings 3 billion pounds of work."
    assert _units(text)["3 billion pounds"] == (3e9, "GBP", "currency-of-document")


def test_pounds_stay_a_weight_where_the_document_speaks_of_no_sterling():
    assert _units("The co-op sold 3 million pounds of cherries.")["3 million pounds"][1] == "lb"


def test_glued_pence_need_a_document_that_speaks_of_sterling_or_a_price_shape():
    assert _units("In London the club's shares ended at 212.5p.")["212.5p"] == (2.125, "GBP", "currency-of-document")
    # A decimal is a price by its own shape (issue 29): no resolution or format is written "212.5p".
    assert _units("The club's shares ended at 212.5p.")["212.5p"] == (2.125, "GBP", None)
    assert "212p" not in _units("The club's shares ended at 212p.")


def test_the_rule_notes_where_the_unit_came_from(nlp):
    text = "A British lender said the UK scheme adds 6 billion pounds of loans."
    doc = nlp(text)
    lx = lex(text, 0, len(text), profile=english())
    m = next(m for m in read_mentions(lx, unit_context(text, profile=english()), profile=english()) if m.unit == "GBP")
    d = draft(doc, next(iter(doc.sents)), lx, m, [m], [], profile=english(), config=UnitConfig())
    assert d is not None and d.unit == "GBP"
    start = text.index("pounds")
    assert d.evidence["unit"] == ("currency-of-document", start, start + len("pounds"))


def test_a_thousands_group_after_a_comma_and_a_space_is_one_number():
    assert parse_digits("48, 000", profile=english()) == 48000
    assert _units("Gates counted 48, 000 visitors.")["48, 000"][0] == 48000
    assert _units("Some 2, 750volunteers helped.")["2, 750"][0] == 2750
    # A list of small numbers stays a list.
    assert set(_units("Rooms 4, 5 and 6 are shut.")) >= {"4", "5"}


def test_caption_text_keeps_a_counted_figure(nlp):
    got = {q.text: (q.value, q.unit, q.counted) for q in extract_quantities(nlp("The fair drew 23, 000 guests."), profile=english())}
    assert got["23, 000"] == (23000, "count", "guests")


def test_bare_cents_say_whether_the_document_or_the_default_chose_their_currency():
    assert _units("The levy adds 40 cents to each euro ticket; euros are the fare.")["40 cents"][1:] == (
        "EUR", "currency-of-document")
    assert _units("The levy adds 40 cents to each ticket.")["40 cents"][1:] == ("USD", "default-currency")
