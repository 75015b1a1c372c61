"""Stage 5, carry-over: what earlier sentences lend a figure, and what a conversion takes from its source.

Rules, in order, per sentence:

1. :meth:`Carry.note_names`: a sentence without a figure that names a place makes that place what the
   next figures of its stretch are about (not a reporter introducing themselves);
2. :meth:`Carry.fill`: a figure whose own sentence named no period takes the paragraph's last period,
   else the briefing's main year; no owner or concept, the stretch's last ones. A stretch ends at a blank
   line or a new speaker's turn: whose figure it is never carries into another speaker's turn;
3. :meth:`Carry.remember`: the sentence's last period, owner and concept are carried on;
4. :func:`copy_converted`: "42 trillion yuan ($5.74 trillion)": the conversion takes its source's facts.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Span

from .draft import Draft
from .periods import TimeRef

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
    """The period carried over each paragraph, and the owner and concept carried over each stretch."""

    paragraphs: list[int]
    stretches: list[int]
    default_year: str | None
    period_by_para: dict[int, str | None] = field(default_factory=dict)
    about_by_stretch: dict[int, About] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str, boundaries: Sequence[int], default_year: str | None) -> "Carry":
        # The period carries over the whole paragraph (an answer keeps the month a question named); whose
        # figure it is and what it measures, within a paragraph and never into another speaker's turn.
        paragraphs = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
        return cls(paragraphs, sorted(set(paragraphs) | set(boundaries)), default_year)

    def _keys(self, sent: Span) -> tuple[int, int]:
        return (bisect.bisect_right(self.paragraphs, sent.start_char),
                bisect.bisect_right(self.stretches, sent.start_char))

    def note_names(self, sent: Span, ents: list[tuple[int, int, str]]) -> None:
        """Rule 1, for a sentence without a figure."""
        _, stretch = self._keys(sent)
        if ents and not self_introduction(sent):
            self.about_by_stretch[stretch] = (ents[0][2], self.about_by_stretch.get(stretch, (None, None))[1])

    def fill(self, sent: Span, ds: list[Draft]) -> None:
        """Rule 2."""
        para, stretch = self._keys(sent)
        carry_period = self.period_by_para.get(para)
        carry_entity, carry_concept = self.about_by_stretch.get(stretch, (None, None))
        for d in ds:
            if d.period is None:
                d.period = carry_period or self.default_year
            if d.entity is None:
                d.entity = carry_entity
            if d.concept is None:
                d.concept = carry_concept

    def remember(self, sent: Span, ds: list[Draft], refs: list[TimeRef]) -> None:
        """Rule 3, for a sentence with figures."""
        if not ds:
            return
        para, stretch = self._keys(sent)
        carry_period = self.period_by_para.get(para)
        carry_entity, carry_concept = self.about_by_stretch.get(stretch, (None, None))
        explicit = [r.period for r in refs if r.period]
        self.period_by_para[para] = explicit[-1] if explicit else carry_period
        self.about_by_stretch[stretch] = (next((d.entity for d in reversed(ds) if d.entity), carry_entity),
                                          next((d.concept for d in reversed(ds) if d.concept), carry_concept))


def copy_converted(ds: list[Draft], offset: int) -> None:
    """Rule 4: a conversion takes its source's kind, direction, period, owner and concept (and qualifier,
    when it has none); ``converts`` becomes an index into the whole list (``offset`` figures before)."""
    for d in ds:
        if d.converts is not None:
            src = ds[d.converts]
            d.kind, d.direction, d.period, d.entity = src.kind, src.direction, src.period, src.entity
            d.concept, d.approx = src.concept, d.approx or src.approx
            d.converts = offset + d.converts
