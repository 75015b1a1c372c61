"""A transcript's structure, as the structure component finds it and keeps it on the ``Doc``.

The records it is made of (participants, turns, exchanges, hand-offs, statements, debris,
the header's facts) are the record types of :mod:`extractor.records.models`, defined there once;
:class:`Structure` holds them together with the transcript-wide facts the output copies into
the transcript's record (``unlabelled``, ``participants``, ``warnings``) and what only the
other components need to know of the text's shape (``body_start``). Every offset
is a character index into the decoded original text (end exclusive), so ``text[start:end]``
always gives the words a reviewer reads. Nothing here holds a spaCy object: the structure
is computed by pure functions on strings and only then laid onto the ``Doc`` as spans.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records.models import DateSource, Debris, Exchange, Handoff, Header, Participant, Role, Statement, Turn

__all__ = ["DateSource", "Debris", "Exchange", "Handoff", "Header", "Participant", "Role", "Statement", "Structure",
           "Turn"]


@dataclass(frozen=True)
class Structure:
    """The header's facts, the turns in text order, the exchanges and statements they form, and the debris."""

    header: Header
    turns: tuple[Turn, ...] = ()
    exchanges: tuple[Exchange, ...] = ()
    statements: tuple[Statement, ...] = ()
    debris: tuple[Debris, ...] = ()
    #: True when the transcript had no speaker labels and turns were inferred from paragraphs.
    unlabelled: bool = False
    #: Everyone on the podium: header participants plus officials and moderators known only by
    #: their speaker labels ("CHAIR POWELL"); ``Turn.participant`` ids refer to these.
    participants: tuple[Participant, ...] = ()
    #: Why the structure may not be what the text holds ("no speaker labels found ...").
    warnings: tuple[str, ...] = ()
    #: Where the header ends and the body begins: the start of the first speaker turn (or of the
    #: first paragraph of speech when the transcript has no labels).
    body_start: int = 0

    def turn(self, ident: str) -> Turn:
        """The turn whose id is ``ident`` (as exchanges, statements and hand-offs name them)."""
        found = next((t for t in self.turns if t.id == ident), None)
        if found is None:
            raise KeyError(f"no turn {ident!r}")
        return found
