"""A numeral mention: a number and what was read around it (its currency, scale, unit, range ends).

The readers of :mod:`numerals`, :mod:`unit_reading` and :mod:`candidates` fill it in; :mod:`ranges` joins two
into one; the later stages (unit, kind, context) read it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    """A numeral with what was read around it (mutable while the finder works)."""

    start: int
    end: int
    value: float | None
    first: int  # index of the first lexeme (currency sign or numeral)
    last: int  # index of the last lexeme read
    num_first: int  # index of the numeral's first lexeme
    num_last: int  # index of the numeral's last lexeme
    unit: str | None = None
    spelled: bool = False
    scaled: bool = False
    scale: float = 1.0  # what the scale words multiplied the number by ("40 million": 1e6)
    currency_sign: bool = False
    low: float | None = None
    high: float | None = None
    multiple: bool = False  # "twice", "a factor of 1.5", "1.2 times"
    share: bool = False  # "two out of three", "one in five": a part of a whole, unit "1"
    per: str | None = None  # a rate's denominator as written: "day" in "$15 a day", "capita"
    ratio: bool = False  # "two to one"
    from_to: bool = False  # one end of "from 11 to eight"
    negative: bool = False  # "-0.5 percent", "minus 2 percent", "-$3 billion": ``value`` (or ``low``) is below 0
    unit_source: str | None = None  # how the unit was decided when not by its own words ("currency-of-document")
    truncated: bool = False  # "$30- or $40,000": a hyphen after the last word and a space, the word broken off
    ask_quantulum: bool = False  # the words after the number name several units ("pounds"): quantulum3 decides
