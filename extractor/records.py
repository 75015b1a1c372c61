"""The record types: the one definition of every fact the extractor reports.

Each record type (a participant, a turn, an exchange and its hand-offs, a statement, a
topic, a piece of debris, a quantity, the header's facts) is defined here once, and the
same class serves the whole way: the pipeline makes its facts as these records (their
ids given when they are made, cross-references as ids), keeps them on the ``Doc`` as
span extensions, and the output validates and writes them. Inside the pipeline a record
is made with ``model_construct`` (no checks: the pipeline's own values, often made and
replaced many times); it is validated once, when the transcript's record is assembled
(:mod:`extractor.assemble`), against the text.

Every model is strict about its shape (unknown fields are rejected) and immutable
(``model_copy(update=...)`` makes a changed copy). Records that carry offsets are
checked against the transcript's text when it is passed as validation context, the
way instructor validates answers against their source::

    TranscriptRecord.model_validate(data, context={"text": text})

Without that context only the records' own consistency is checked (a reader
of ``facts.json`` does not have the text at hand).
"""
from __future__ import annotations

from importlib import resources
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from .unit_codes import dimension as unit_dimension
from .unit_codes import is_known_unit

SCHEMA_VERSION = "1.0"

Role = Literal["official", "moderator", "media", "other"]
Kind = Literal["level", "change", "share", "multiple"]
Direction = Literal["up", "down"]
Approx = Literal["about", "nearly", "over", "under"]
DateSource = Literal["header", "filename", "option"]
Offset = Annotated[int, Field(ge=0)]
#: The context fields of a quantity that carry evidence and a confidence, in the order records list them.
CONTEXT_FIELDS = ("concept", "entity", "period", "kind", "unit")


class Record(BaseModel):
    """Base of every record: unknown fields are an error, not silently kept; a record is never changed in place."""

    model_config = ConfigDict(extra="forbid", frozen=True)


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
    """Someone who speaks for the organisers: named in the header, or known by a speaker label ("CHAIR POWELL")."""

    id: str
    name: str
    kind: Literal["official", "moderator"]
    honorific: str | None = None
    title: str | None = None
    organisation: str | None = None
    aliases: tuple[str, ...] = Field(default=(), description="Other ways the transcript refers to this person "
                                     "(\"Mr. Lyu\", \"CHAIR POWELL\").")


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

    from_turn: str = Field(description="Id of the turn that passes the question on.")
    to_participant: str | None


class Exchange(Located):
    """A question and every answer to it, hand-offs included."""

    id: str
    asked_by: str | None = Field(description="Outlet or reporter label as written; 'Q' for unnamed reporters.")
    question_turns: tuple[str, ...]
    answer_turns: tuple[str, ...]
    answered_by: tuple[str, ...] = ()
    handoffs: tuple[Handoff, ...] = ()
    outlet: str | None = Field(default=None, description="The asker's outlet where the transcript gives it: "
                               "with the label ('Ann Lee (Daily Post):') or in the question ('Ann Lee with Reuters').")
    topic: str | None = None


class Statement(Located):
    """Opening statement or closing remarks."""

    id: str
    kind: Literal["opening", "closing"]
    turns: tuple[str, ...]


class Topic(Located):
    """A contiguous stretch of the transcript's body about one subject."""

    id: str
    label: str
    keywords: tuple[str, ...] = ()


class Debris(Located):
    """Page furniture that is never content: video-player lines, page headers, boilerplate."""

    kind: str = Field(description="\"video-player\", \"page-header\", \"carousel\", \"timestamp\", \"boilerplate\", ...")


def mechanisms() -> list[tuple[str, str, str]]:
    """The mechanism names a quantity's evidence may give, as ``(name, field, meaning)``: the rows of
    ``extractor/quantities/mechanisms.tsv`` (``*`` as field: any field)."""
    text = resources.files("extractor").joinpath("quantities", "mechanisms.tsv").read_text(encoding="utf-8")
    return [tuple(line.split("\t", 2)) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _document_mechanisms(schema: dict[str, Any]) -> None:
    """Lists every mechanism name with its meaning in the schema (read when the schema is made, not at import)."""
    names = "".join(f"\n- `{name}` ({field}): {meaning}" for name, field, meaning in mechanisms())
    schema["description"] = f"{schema['description']} The names, with the field they decide (* for any):{names}"


class Clue(Record):
    """How one context field of a quantity was decided: the mechanism, and the span of the text that supplied
    the value where one did (the entity phrase, the time expression, the unit word)."""

    mechanism: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", json_schema_extra=_document_mechanisms,
                           description="A short stable name of the rule that decided the field.")
    start: Offset | None = None
    end: Offset | None = None
    text: str | None = Field(default=None, description="The span's text, ``text[start:end]`` of the transcript.")

    @model_validator(mode="after")
    def _check_span(self, info: ValidationInfo) -> "Clue":
        if (self.start is None) != (self.end is None) or (self.start is None) != (self.text is None):
            raise ValueError("a clue's start, end and text are given together or not at all")
        if self.start is not None and self.end is not None:
            if self.end < self.start:
                raise ValueError(f"the clue's end {self.end} is before its start {self.start}")
            source = _source_text(info)
            if source is not None and source[self.start:self.end] != self.text:
                raise ValueError(f"clue {self.text!r} does not match the source at {self.start}:{self.end} "
                                 f"({source[self.start:self.end]!r})")
        return self


class Evidence(Record):
    """How each context field of a quantity was decided (issue 23)."""

    concept: Clue
    entity: Clue
    period: Clue
    kind: Clue = Field(description="How the kind and the direction were decided.")
    unit: Clue


Probability = Annotated[float, Field(ge=0.0, le=1.0)]


class Confidence(Record):
    """How sure each context field of a quantity is: the precision its mechanism (and the field's state:
    empty or not, the kind, the unit's class) had on the hand-gold transcripts, smoothed. Calibrated: of the
    fields given 0.8, about eight in ten are right (``benchmarks/calibration.py`` measures it)."""

    concept: Probability
    entity: Probability
    period: Probability
    kind: Probability = Field(description="Of the kind and the direction together.")
    unit: Probability


class Quantity(Quoted):
    """One quantity, with its meaning and where it was said (see the gold guidelines)."""

    id: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str
    dimension: str | None = Field(default=None, description=(
        "What the unit measures, from the unit's class: \"currency\" for money, \"percent\" for %, "
        "percentage and basis points, \"count\", \"duration\", \"index points\", \"multiple\", \"number\", "
        "or a physical dimension as quantulum3's entity names it (\"length\", \"mass\", \"energy\", "
        "\"volume\", ...). Derived from ``unit`` (filled in when not given); find every money figure with "
        "dimension = \"currency\"."))
    counted: str | None = None
    per: str | None = Field(default=None, description="A rate's denominator as written: \"day\" in \"1,000 deaths a day\", \"hour\" in \"$15 an hour\", \"capita\" in \"$60,000 per capita\"; the value and unit are the figure's own.")
    kind: Kind
    direction: Direction | None = None
    approx: Approx | None = None
    concept: str | None = None
    entity: str | None = None
    period: str | None = None
    converts: str | None = Field(default=None, description="Id of the quantity this one converts (a figure in parentheses).")
    evidence: Evidence | None = Field(default=None, description="How each context field was decided; always given "
                                      "by the extractor.")
    confidence: Confidence | None = Field(default=None, description="How sure each context field is, in [0, 1]; "
                                          "always given by the extractor.")
    sentence: Quoted | None = None
    speaker: str | None = None
    role: Role | None = None
    turn: str | None = None
    exchange: str | None = None
    topic: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _fill_dimension(cls, data):
        if isinstance(data, dict) and data.get("dimension") is None and isinstance(data.get("unit"), str):
            data = {**data, "dimension": unit_dimension(data["unit"])}
        return data

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
        if self.dimension != unit_dimension(self.unit):
            raise ValueError(f"dimension {self.dimension!r} is not that of unit {self.unit!r}")
        if self.counted is not None and self.unit != "count":
            raise ValueError("counted is only for unit 'count'")
        return self


class _Provenance(Record):
    """Where a transcript's record comes from, and what the reader should know about it."""

    source: str = Field(description="The path as given.")
    encoding: str
    warnings: tuple[str, ...] = ()


class Header(Record):
    """The facts stated before the first speaker turn: title, date, time, place, organiser, who is on the podium."""

    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    date_source: DateSource | None = None
    time: str | None = None
    place: str | None = None
    organiser: str | None = None
    participants: tuple[Participant, ...] = ()
    translators: tuple[str, ...] = ()


class TranscriptRecord(Header, _Provenance):
    """Everything extracted from one transcript: its provenance, its header's facts, and the records below."""

    unlabelled: bool = Field(default=False, description="True when turns were inferred: the transcript has no speaker labels.")
    debris: tuple[Debris, ...] = ()
    turns: tuple[Turn, ...] = ()
    statements: tuple[Statement, ...] = ()
    exchanges: tuple[Exchange, ...] = ()
    topics: tuple[Topic, ...] = ()
    quantities: tuple[Quantity, ...] = ()

    @model_validator(mode="after")
    def _check_references(self) -> "TranscriptRecord":
        """Every id a record names is the id of a record of this transcript; no id is given twice.

        Checked: the turns an exchange, a hand-off or a statement names; a turn's participant, exchange and
        topic; an exchange's topic; the participant a hand-off goes to; a quantity's turn, exchange, topic
        and the figure it converts. Not checked: ``answered_by``, which names a participant or, for someone
        not on the podium, the label as written.
        """
        ids = {}
        for kind, items in (("participant", self.participants), ("turn", self.turns), ("exchange", self.exchanges),
                            ("statement", self.statements), ("topic", self.topics), ("quantity", self.quantities)):
            ids[kind] = {item.id for item in items}
            if len(ids[kind]) < len(items):
                raise ValueError(f"two records of kind {kind} have the same id")

        def check(owner: str, kind: str, ref: str | None, verb: str = "names") -> None:
            if ref is not None and ref not in ids[kind]:
                raise ValueError(f"{owner} {verb} unknown {kind} {ref}")

        for t in self.turns:
            for kind, ref in (("participant", t.participant), ("exchange", t.exchange), ("topic", t.topic)):
                check(f"turn {t.id}", kind, ref)
        for e in self.exchanges:
            for ref in [*e.question_turns, *e.answer_turns, *(h.from_turn for h in e.handoffs)]:
                check(f"exchange {e.id}", "turn", ref)
            for h in e.handoffs:
                check(f"a hand-off in exchange {e.id}", "participant", h.to_participant, verb="goes to")
            check(f"exchange {e.id}", "topic", e.topic)
        for s in self.statements:
            for ref in s.turns:
                check(f"statement {s.id}", "turn", ref)
        for q in self.quantities:
            for kind, ref in (("turn", q.turn), ("exchange", q.exchange), ("topic", q.topic)):
                check(f"quantity {q.id}", kind, ref)
            check(f"quantity {q.id}", "quantity", q.converts, verb="converts")
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
