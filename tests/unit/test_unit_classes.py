"""The one table of unit classes: rules ask it, and a new unit or class is added in one place."""
from __future__ import annotations

from types import MappingProxyType

import pytest

from extractor import unit_codes
from extractor.lang.profile import Profile, english
from extractor.quantities.candidates import read_mentions
from extractor.quantities.lexer import lex
from extractor.quantities.units import unit_context
from extractor.unit_codes import dimension, is_currency, is_known_unit, is_relative, is_time, unit_class


def _read(phrase: str, profile: Profile | None = None) -> list[tuple[str, float, str | None]]:
    profile = profile or english()
    lx = lex(phrase, 0, len(phrase), profile=profile)
    return [(phrase[m.start:m.end], m.value, m.unit) for m in read_mentions(lx, unit_context(phrase, profile=english()), profile=profile)]


def _with_glorbs() -> Profile:
    """The English profile with one made-up unit word added to its words table."""
    return english().overriding({"unit_words": {**english().table("unit_words"), "glorbs": "glb"}})


@pytest.mark.parametrize("code, cls, dim", [
    ("%", "relative", "percent"), ("pp", "relative", "percent"), ("bp", "relative", "percent"),
    ("yr", "time", "duration"), ("d", "time", "duration"), ("count", "count", "count"),
    ("NOK", "currency", "currency"), ("km", "physical", "length"), ("t", "physical", "mass"),
    ("GWh", "physical", "energy"), ("points", "index", "index points"), ("times", "multiple", "multiple"),
])
def test_every_code_has_its_class_and_dimension(code, cls, dim):
    assert unit_class(code, profile=english()) == cls and dimension(code, profile=english()) == dim


def test_unknown_codes_have_no_class():
    assert unit_class("sprockets", profile=english()) is None and dimension(None, profile=english()) is None and not is_relative(None, profile=english())


def test_a_made_up_unit_is_one_row_of_the_words_table():
    phrase = "The harbour board moved 40 glorbs of sand."
    assert ("40", 40.0, None) in _read(phrase)
    glorbs = _with_glorbs()
    assert ("40 glorbs", 40.0, "glb") in _read(phrase, glorbs)
    assert is_known_unit("glb", profile=glorbs) and unit_class("glb", profile=glorbs) == "physical"
    assert not is_known_unit("glb", profile=english())


def test_a_unit_of_a_new_class_is_one_more_row_of_the_class_table(monkeypatch):
    phrase = "The league has won titles for eight consecutive glorbs."
    table = MappingProxyType({**unit_codes.class_table(), "glb": ("time", "duration")})
    glorbs = _with_glorbs()
    assert ("eight", 8.0, None) in _read(phrase, glorbs)  # a physical unit is not read past "consecutive"
    monkeypatch.setattr(unit_codes, "class_table", lambda: table)
    assert (is_time("glb", profile=glorbs) and not is_currency("glb", profile=glorbs)
            and dimension("glb", profile=glorbs) == "duration")
    assert ("eight consecutive glorbs", 8.0, "glb") in _read(phrase, glorbs)


def test_every_code_the_unit_tables_give_has_a_class_and_a_dimension():
    codes = unit_codes.table_units(english()) | unit_codes.class_table().keys()
    assert not sorted(c for c in codes if c != "¤" and (unit_class(c, profile=english()) is None or dimension(c, profile=english()) is None))


def test_a_quantity_carries_the_dimension_of_its_unit():
    from pydantic import ValidationError

    from extractor.records.models import Quantity

    q = Quantity(id="q1", text="12 km", start=0, end=5, value=12, unit="km", kind="level")
    assert q.dimension == "length"
    assert Quantity(id="q2", text="$4", start=0, end=2, value=4, unit="NZD", kind="level").dimension == "currency"
    with pytest.raises(ValidationError, match="dimension"):
        Quantity(id="q3", text="12 km", start=0, end=5, value=12, unit="km", kind="level", dimension="mass")


def test_extracted_figures_carry_their_dimension(nlp):
    from extractor.quantities.extract import extract_quantities

    doc = nlp("The water board will spend $40 million on 12 kilometres of new pipes over three years.")
    got = {q.text: q.dimension for q in extract_quantities(doc, profile=english())}
    assert got.get("$40 million") == "currency" and got.get("12 kilometres") == "length"
