"""quantulum3's parser is asked only about a word that names several units, and only about its sentence."""
from __future__ import annotations

from extractor.lang.profile import english
from extractor.quantities import quantulum_fallback
from extractor.quantities.candidates import combine, read_mentions
from extractor.quantities.lexer import lex
from extractor.quantities.units import UnitSpec


def _read(text):
    lx = lex(text, 0, len(text), profile=english())
    return combine(lx, read_mentions(lx, profile=english()), profile=english())


def test_known_units_never_ask_quantulum3(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("quantulum3 was asked")

    monkeypatch.setattr(quantulum_fallback, "quantulum_unit", refuse)  # candidates looks it up by module
    got = [(m.value, m.unit) for m in _read("A 5 km walk, 3 feet of snow and 40 tonnes of grain.")]
    assert got == [(5.0, "km"), (3.0, "ft"), (40.0, "t")]


def test_a_word_for_several_units_asks_quantulum3_about_that_sentence(monkeypatch):
    asked = []

    def answer(lx, num_first, num_last, ctx, *, profile):
        asked.append(quantulum_fallback.sentence_text(lx))
        return UnitSpec("lb"), num_last + 1

    monkeypatch.setattr(quantulum_fallback, "quantulum_unit", answer)
    text = "The parcel weighed 12 pounds in all."
    (m,) = _read(text)
    assert asked == [text]
    assert (text[m.start:m.end], m.value, m.unit) == ("12 pounds", 12.0, "lb")


def test_quantulum3_answers_are_mapped_to_the_guidelines_codes():
    text = "The newborn weighed 7 pounds at birth."
    lx = lex(text, 0, len(text), profile=english())
    spec, last = quantulum_fallback.quantulum_unit(lx, 3, 3, profile=english())
    assert spec.code == "lb" and lx[last].text == "pounds"
