"""Plain value types for a transcript's structure.

Every offset is a character index into the decoded original text (end
exclusive), so ``text[start:end]`` always gives the words a reviewer reads.
These types carry no spaCy objects: the structure is computed by pure
functions on strings and only then laid onto the ``Doc`` as spans.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["official", "moderator", "media", "other"]
ParticipantKind = Literal["official", "moderator"]
DateSource = Literal["header", "filename", "option"]
StatementKind = Literal["opening", "closing"]


@dataclass(frozen=True)
class Participant:
    """A person named in the header (or by a speaker label) who speaks for the organisers."""

    id: str
    name: str
    kind: ParticipantKind
    honorific: str | None = None
    title: str | None = None
    organisation: str | None = None
    #: Other ways the transcript refers to this person ("Mr. Lyu", "CHAIR POWELL").
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Header:
    """Facts stated before the first speaker turn."""

    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    date: str | None = None  # ISO 8601, e.g. "2025-01-13"
    date_source: DateSource | None = None
    time: str | None = None  # as written, e.g. "10 a.m."
    place: str | None = None
    organiser: str | None = None
    participants: tuple[Participant, ...] = ()
    #: Why the structure may not be what the text holds ("no speaker labels found ...").
    warnings: tuple[str, ...] = ()
    translators: tuple[str, ...] = ()
    #: Where the header ends: the start of the first speaker turn (or of the body).
    end: int = 0


@dataclass(frozen=True)
class Debris:
    """Page furniture that is never content: video-player lines, page headers, boilerplate."""

    start: int
    end: int
    kind: str  # "video-player", "page-header", "duplicate-speaker-list", "boilerplate", "timestamp", ...


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted stretch of speech, label included."""

    start: int  # start of the label (or of the first paragraph when unlabelled)
    end: int  # end of the last content character of the turn
    content_start: int  # first character after the label
    speaker: str | None  # the label as written, e.g. "CHAIR POWELL", "Q"; None when unlabelled
    role: Role
    participant: str | None = None  # Participant.id this label resolves to
    outlet: str | None = None  # the outlet written with the label ("Chris Giles (Financial Times):")


@dataclass(frozen=True)
class Handoff:
    """An official passing a question to someone else ("I would like to invite Mr. Lyu to answer")."""

    start: int
    end: int
    from_turn: int
    to_participant: str | None


@dataclass(frozen=True)
class Exchange:
    """A question and every answer to it."""

    start: int
    end: int
    asked_by: str | None  # outlet or reporter label as written; "Q" for unnamed reporters
    question_turns: tuple[int, ...]  # indices into Structure.turns
    answer_turns: tuple[int, ...]
    answered_by: tuple[str, ...] = ()  # participant ids (or labels) of those who actually answered
    handoffs: tuple[Handoff, ...] = ()
    #: The asker's outlet where the transcript gives it: with the label ("(Financial Times)")
    #: or in the question ("Ann Lee with Reuters", "Steve Liesman, CNBC").
    outlet: str | None = None


@dataclass(frozen=True)
class Statement:
    """An opening statement or closing remarks: a segment that answers no question."""

    kind: StatementKind
    start: int
    end: int
    turns: tuple[int, ...]


@dataclass(frozen=True)
class Structure:
    header: Header
    turns: tuple[Turn, ...] = ()
    exchanges: tuple[Exchange, ...] = ()
    statements: tuple[Statement, ...] = ()
    debris: tuple[Debris, ...] = field(default_factory=tuple)
    #: True when the transcript had no speaker labels and turns were inferred from paragraphs.
    unlabelled: bool = False
    #: Everyone on the podium: header participants plus officials and moderators known only by
    #: their speaker labels ("CHAIR POWELL"); ``Turn.participant`` ids refer to these.
    participants: tuple[Participant, ...] = ()
    #: Why the structure may not be what the text holds ("no speaker labels found ...").
    warnings: tuple[str, ...] = ()
