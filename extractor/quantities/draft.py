"""A quantity being read: what each stage has decided about one mention so far."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .candidates import Mention
from .lexer import Lexeme
from .types import QuantityFacts


@dataclass
class Draft:
    """One mention on its way through the stages (unit, kind, context, carry-over); becomes a QuantityFacts."""

    m: Mention
    sent: Span
    lx: list[Lexeme]
    unit: str
    counted: str | None = None
    #: The counted noun's token, when the unit stage found one; the anchor stands for the figure in the parse.
    head: Token | None = None
    anchor: Token | None = None
    kind: str = "level"
    direction: str | None = None
    direction_guessed: bool = False
    cued: bool = True
    approx: str | None = None
    concept: str | None = None
    entity: str | None = None
    period: str | None = None
    converts: int | None = None

    def facts(self, text: str) -> QuantityFacts:
        """The finished record (a direction only for a change)."""
        m = self.m
        return QuantityFacts(
            start=m.start, end=m.end, text=text[m.start:m.end], unit=self.unit,
            kind=self.kind,  # type: ignore[arg-type]
            value=m.value, low=m.low, high=m.high, counted=self.counted, per=m.per,
            direction=self.direction if self.kind == "change" else None,  # type: ignore[arg-type]
            approx=self.approx, concept=self.concept, entity=self.entity,  # type: ignore[arg-type]
            period=self.period, converts=self.converts)
