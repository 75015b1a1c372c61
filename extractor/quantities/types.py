"""Plain value type for one extracted quantity (see ``shared/gold/GUIDELINES.md``)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["level", "change", "share", "multiple"]
Direction = Literal["up", "down"]
Approx = Literal["about", "nearly", "over", "under"]


@dataclass(frozen=True)
class QuantityFacts:
    """Everything the extractor knows about one quantity mention.

    ``start``/``end`` index the original text; ``text`` is ``text[start:end]``.
    A range has ``low``/``high`` and no ``value``.
    """

    start: int
    end: int
    text: str
    unit: str
    kind: Kind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    counted: str | None = None
    #: A rate's denominator as written ("day" in "1,000 deaths a day", "capita" in "$60,000 per capita").
    per: str | None = None
    direction: Direction | None = None
    approx: Approx | None = None
    concept: str | None = None
    entity: str | None = None
    period: str | None = None
    #: Index (into the same list) of the figure this one converts, for "42 trillion yuan ($5.74 trillion)".
    converts: int | None = None
