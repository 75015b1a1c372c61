"""Pydantic models of the output: what a user of ``facts.json`` can rely on.

Every model is strict about its shape (unknown fields are rejected). Records
that carry offsets are checked against the transcript's text when it is passed
as validation context, the way instructor validates answers against their
source::

    TranscriptRecord.model_validate(data, context={"text": text})

Without that context only the records' own consistency is checked (a reader
of ``facts.json`` does not have the text at hand).
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from .unit_codes import is_known_unit

SCHEMA_VERSION = "1.0"

Role = Literal["official", "moderator", "media", "other"]
Kind = Literal["level", "change", "share", "multiple"]
Direction = Literal["up", "down"]
Approx = Literal["about", "nearly", "over", "under"]
Offset = Annotated[int, Field(ge=0)]


class Record(BaseModel):
    """Base of every record: unknown fields are an error, not silently kept."""

    model_config = ConfigDict(extra="forbid")


def _source_text(info: ValidationInfo) -> str | None:
    return (info.context or {}).get("text") if info else None


class Located(Record):
    """A stretch of the transcript, ``text[start:end]``."""

    start: Offset
    end: Offset

    @model_validator(mode="after")
    def _check_bounds(self, info: ValidationInfo) -> "Located":
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        text = _source_text(info)
        if text is not None and self.end > len(text):
            raise ValueError(f"end {self.end} is past the end of the text ({len(text)} characters)")
        return self


class Quoted(Located):
    """A stretch whose words are repeated in ``text``, checked against the source."""

    text: str

    @model_validator(mode="after")
    def _check_surface(self, info: ValidationInfo) -> "Quoted":
        source = _source_text(info)
        if source is not None and source[self.start : self.end] != self.text:
            raise ValueError(
                f"text {self.text!r} does not match the source at {self.start}:{self.end} "
                f"({source[self.start:self.end]!r})"
            )
        return self


class Participant(Record):
    id: str
    name: str
    kind: Literal["official", "moderator"]
    honorific: str | None = None
    title: str | None = None
    organisation: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Turn(Located):
    """One speaker's uninterrupted stretch of speech, its label included."""

    id: str
    speaker: str | None = Field(description="The speaker label as written; null when the transcript has none.")
    participant: str | None = Field(description="Id of the participant the label resolves to.")
    role: Role
    content_start: Offset
    exchange: str | None = None
    topic: str | None = None


class Handoff(Quoted):
    """An official passing the question to someone else."""

    from_turn: str
    to_participant: str | None


class Exchange(Located):
    """A question and every answer to it, hand-offs included."""

    id: str
    asked_by: str | None = Field(description="Outlet or reporter label as written; 'Q' for unnamed reporters.")
    question_turns: list[str]
    answer_turns: list[str]
    answered_by: list[str] = Field(default_factory=list)
    handoffs: list[Handoff] = Field(default_factory=list)
    outlet: str | None = Field(default=None, description="The asker's outlet where the transcript gives it: "
                               "with the label ('Ann Lee (Daily Post):') or in the question ('Ann Lee with Reuters').")
    topic: str | None = None


class Statement(Located):
    """Opening statement or closing remarks."""

    id: str
    kind: Literal["opening", "closing"]
    turns: list[str]


class Topic(Located):
    id: str
    label: str
    keywords: list[str] = Field(default_factory=list)


class Debris(Located):
    kind: str


class Quantity(Quoted):
    """One quantity, with its meaning and where it was said (see the gold guidelines)."""

    id: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str
    counted: str | None = None
    per: str | None = Field(default=None, description="A rate's denominator as written: \"day\" in \"1,000 deaths a day\", \"hour\" in \"$15 an hour\", \"capita\" in \"$60,000 per capita\"; the value and unit are the figure's own.")
    kind: Kind
    direction: Direction | None = None
    approx: Approx | None = None
    concept: str | None = None
    entity: str | None = None
    period: str | None = None
    converts: str | None = Field(default=None, description="Id of the quantity this one converts (a figure in parentheses).")
    sentence: Quoted | None = None
    speaker: str | None = None
    role: Role | None = None
    turn: str | None = None
    exchange: str | None = None
    topic: str | None = None

    @model_validator(mode="after")
    def _check_consistency(self) -> "Quantity":
        is_range = self.low is not None or self.high is not None
        if is_range:
            if self.value is not None:
                raise ValueError("a range has low/high and no value")
            if self.low is None or self.high is None:
                raise ValueError("a range needs both low and high")
            if self.low > self.high:
                raise ValueError(f"low {self.low} is above high {self.high}")
        elif self.value is None:
            raise ValueError("a quantity needs a value or a low/high range")
        if self.direction is not None and self.kind != "change":
            raise ValueError(f"direction {self.direction!r} is only for changes, not {self.kind!r}")
        if not is_known_unit(self.unit):
            raise ValueError(f"unit {self.unit!r} is not a canonical unit code")
        if self.counted is not None and self.unit != "count":
            raise ValueError("counted is only for unit 'count'")
        return self


class TranscriptRecord(Record):
    """Everything extracted from one transcript."""

    source: str = Field(description="The path as given.")
    encoding: str
    warnings: list[str] = Field(default_factory=list)
    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    date_source: Literal["header", "filename", "option"] | None = None
    time: str | None = None
    place: str | None = None
    organiser: str | None = None
    participants: list[Participant] = Field(default_factory=list)
    translators: list[str] = Field(default_factory=list)
    unlabelled: bool = Field(default=False, description="True when turns were inferred: the transcript has no speaker labels.")
    debris: list[Debris] = Field(default_factory=list)
    turns: list[Turn] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    exchanges: list[Exchange] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_references(self) -> "TranscriptRecord":
        turn_ids = {t.id for t in self.turns}
        exchange_ids = {e.id for e in self.exchanges}
        topic_ids = {t.id for t in self.topics}
        for e in self.exchanges:
            for ref in [*e.question_turns, *e.answer_turns, *(h.from_turn for h in e.handoffs)]:
                if ref not in turn_ids:
                    raise ValueError(f"exchange {e.id} names unknown turn {ref}")
        for q in self.quantities:
            if q.turn is not None and q.turn not in turn_ids:
                raise ValueError(f"quantity {q.id} names unknown turn {q.turn}")
            if q.exchange is not None and q.exchange not in exchange_ids:
                raise ValueError(f"quantity {q.id} names unknown exchange {q.exchange}")
            if q.topic is not None and q.topic not in topic_ids:
                raise ValueError(f"quantity {q.id} names unknown topic {q.topic}")
        return self


class Generator(Record):
    name: str
    version: str
    model: str | None = Field(default=None, description="The spaCy pipeline used, as name==version.")
    parsing: str | None = Field(
        default=None,
        description="Where the model's tagger, parser and entity recogniser ran: 'focused' (the passages that "
                    "may hold a figure, the default) or 'all' (every sentence, extract --parse-all).")


class Failure(Record):
    """A file that could not be processed, and why."""

    source: str
    error: str


class FactsDocument(Record):
    """The whole output of one run: ``facts.json``."""

    schema_version: str = SCHEMA_VERSION
    generator: Generator
    transcripts: list[TranscriptRecord] = Field(default_factory=list)
    failures: list[Failure] = Field(default_factory=list)
