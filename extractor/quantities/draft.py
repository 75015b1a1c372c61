"""A quantity being read: what each stage has decided about one mention so far."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..lang.profile import Profile
from ..records.models import Clue, Confidence, Evidence, Quantity
from ..unit_codes import dimension
from .candidates import Mention
from .confidence import EMPTY, FIELDS, UNNOTED, Figure, confidence
from .lexer import Lexeme


@dataclass
class Draft:
    """One mention on its way through the stages (unit, kind, context, carry-over); becomes a quantity record."""

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
    #: While the stages run, the place (in the transcript's list of drafts) of the figure this one converts.
    converts: int | None = None
    #: How each context field was decided (issue 23's evidence): field name ("concept", "entity", "period",
    #: "kind", "unit") -> (mechanism, start, end), the offsets those of the span of the text that supplied the
    #: value (None when no span did). Written with :meth:`note` by the rule that decides the field; the last
    #: note of a field wins, as the last rule to set the field does.
    evidence: dict[str, tuple[str, int | None, int | None]] = field(default_factory=dict)

    def note(self, name: str, mechanism: str, start: int | None = None, end: int | None = None) -> None:
        """Record that field ``name`` was decided by ``mechanism`` (a short stable name such as
        ``subject-of-clause``), from the text's ``[start, end)`` where a span supplied it."""
        self.evidence[name] = (mechanism, start, end)

    def mechanism(self, name: str) -> str:
        """The mechanism that decided the field ``name`` ("" when no rule noted one)."""
        return self.evidence.get(name, ("", None, None))[0]

    def record(self, text: str, ident: str, converts: str | None, *, profile: Profile) -> Quantity:
        """The finished record, ``ident`` its id and ``converts`` the id of the figure it converts (a direction
        only for a change). Made unchecked: it is validated when the transcript's record is assembled."""
        m = self.m
        values = {"concept": self.concept, "entity": self.entity, "period": self.period, "kind": self.kind,
                  "unit": self.unit}
        clues = {}
        for name in FIELDS:
            value = values[name]
            mechanism, start, end = self.evidence.get(name) or (UNNOTED if value else EMPTY, None, None)
            spanned = start is not None and end is not None
            clues[name] = Clue.model_construct(mechanism=mechanism, start=start if spanned else None,
                                               end=end if spanned else None,
                                               text=text[start:end] if spanned else None)
        sentence = (self.sent.start_char, self.sent.end_char) if self.sent is not None else None
        sure = confidence(Figure(start=m.start, end=m.end, unit=self.unit, values=values, evidence=self.evidence,
                                 sentence=sentence), text, profile=profile)
        return Quantity.model_construct(
            start=m.start, end=m.end, text=text[m.start:m.end], id=ident, unit=self.unit,
            dimension=dimension(self.unit, profile=profile), kind=self.kind,
            value=m.value, low=m.low, high=m.high, counted=self.counted, per=m.per,
            direction=self.direction if self.kind == "change" else None,
            approx=self.approx, concept=self.concept, entity=self.entity, period=self.period, converts=converts,
            # The first argument of model_construct is its set of fields given (None: all of these).
            evidence=Evidence.model_construct(None, **clues), confidence=Confidence.model_construct(None, **sure))
