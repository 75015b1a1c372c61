"""Stage 5, carry-over: what earlier sentences lend a figure, and what a conversion takes from its source.

Rules, in order, per sentence:

1. :meth:`Carry.note_names`: a sentence without a figure that names a place makes that place what the
   next figures of its stretch are about (not a reporter introducing themselves);
2. :meth:`Carry.carried_period`: the period the speaker's turn hands on (:class:`periods.PeriodCarry`: a
   stated year frames the rest of the turn, a finer period the rest of its paragraph; a sentence without a
   figure states one too); the context stage uses it as a figure's last resort, so that a target or a
   long-run value still gets none;
3. :meth:`Carry.fill`: a figure with no owner or concept takes the stretch's last ones. A stretch ends at a
   blank line or a new speaker's turn: whose figure it is never carries into another speaker's turn;
4. :meth:`Carry.remember`: the sentence's period, last owner and last concept are carried on;
5. :func:`copy_converted`: "42 trillion yuan ($5.74 trillion)": the conversion takes its source's facts.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Doc, Span

from .draft import Draft
from .periods import PeriodCarry, TimeRef

#: A blank line: what a figure's owner, concept and period never carry across (nor a new turn).
PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\r?\n")

About = tuple["str | None", "str | None"]


def self_introduction(sent: Span) -> bool:
    """True for a fragment with no verb that names a person ("Steve Liesman, CNBC.", "Howard Schneider with
    Reuters."): a reporter introducing themselves, whose outlet owns none of the figures that follow."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    return any(t.ent_type_ == "PERSON" for t in sent) or sent[0].pos_ == "PROPN" and any(
        t.text == "," for t in sent)


@dataclass
class Carry:
    """The period carried within each turn, and the owner and concept carried over each stretch."""

    stretches: list[int]
    periods: PeriodCarry
    about_by_stretch: dict[int, About] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, text: str, boundaries: Sequence[int]) -> "Carry":
        # Whose figure it is and what it measures carry within a paragraph and never into another speaker's
        # turn; the period carries within a turn only.
        paragraphs = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
        return cls(sorted(set(paragraphs) | set(boundaries)), PeriodCarry(doc, boundaries, paragraphs))

    def _stretch(self, sent: Span) -> int:
        return bisect.bisect_right(self.stretches, sent.start_char)

    def note_names(self, sent: Span, ents: list[tuple[int, int, str]], refs: Sequence[TimeRef] = ()) -> None:
        """Rule 1, for a sentence without a figure; the period it states is carried on too ("Last year,
        trade did well. ... The share of partners exceeded 50%")."""
        self.periods.update(sent.start_char, refs)
        stretch = self._stretch(sent)
        if ents and not self_introduction(sent):
            self.about_by_stretch[stretch] = (ents[0][2], self.about_by_stretch.get(stretch, (None, None))[1])

    def carried_period(self, sent: Span) -> str | None:
        """Rule 2."""
        return self.periods.get(sent.start_char)

    def fill(self, sent: Span, ds: list[Draft]) -> None:
        """Rule 3."""
        carry_entity, carry_concept = self.about_by_stretch.get(self._stretch(sent), (None, None))
        for d in ds:
            if d.entity is None:
                d.entity = carry_entity
            if d.concept is None and carry_concept is not None:
                d.concept = carry_concept
                d.note("concept", "carried-from-stretch")

    def remember(self, sent: Span, ds: list[Draft], refs: list[TimeRef]) -> None:
        """Rule 4, for a sentence that may hold a figure (its period is remembered even when it holds none)."""
        self.periods.update(sent.start_char, refs)
        if not ds:
            return
        stretch = self._stretch(sent)
        carry_entity, carry_concept = self.about_by_stretch.get(stretch, (None, None))
        self.about_by_stretch[stretch] = (next((d.entity for d in reversed(ds) if d.entity), carry_entity),
                                          next((d.concept for d in reversed(ds) if d.concept), carry_concept))


def copy_converted(ds: list[Draft], offset: int) -> None:
    """Rule 5: a conversion takes its source's kind, direction, period, owner and concept (and qualifier,
    when it has none); ``converts`` becomes an index into the whole list (``offset`` figures before)."""
    for d in ds:
        if d.converts is not None:
            src = ds[d.converts]
            d.kind, d.direction, d.period, d.entity = src.kind, src.direction, src.period, src.entity
            d.concept, d.approx = src.concept, d.approx or src.approx
            for name in ("kind", "concept"):  # the source's evidence, as its fields are
                if name in src.evidence:
                    d.note(name, *src.evidence[name])
            d.converts = offset + d.converts
