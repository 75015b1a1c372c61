"""The record types: the one definition of every fact the extractor reports.

Each record type (a participant, a turn, an exchange and its hand-offs, a statement, a
topic, a piece of debris, a quantity, the header's facts) is defined here once, and the
same class serves the whole way: the pipeline makes its facts as these records (their
ids given when they are made, cross-references as ids), keeps them on the ``Doc`` as
span extensions, and the output validates and writes them. Inside the pipeline a record
is made with ``model_construct`` (no checks: the pipeline's own values, often made and
replaced many times); it is validated once, when the transcript's record is assembled
(:mod:`extractor.records.assemble`), against the text.

Every model is strict about its shape (unknown fields are rejected) and immutable
(``model_copy(update=...)`` makes a changed copy). Records that carry offsets are
checked against the transcript's text when it is passed as validation context, the
way instructor validates answers against their source::

    TranscriptRecord.model_validate(data, context={"text": text})

Without that context only the records' own consistency is checked (a reader
of ``facts.json`` does not have the text at hand). A unit is checked against the unit tables of the
context's ``profile`` (a :class:`~extractor.lang.profile.Profile`), else the package's English ones.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from ..lang.profile import Profile, english
from ..unit_codes import dimension as unit_dimension, is_known_unit

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


def _profile(info: ValidationInfo | None) -> Profile:
    """The language profile whose unit tables the units are checked against: the context's ``profile``,
    else the package's English one."""
    given = (info.context or {}).get("profile") if info else None
    return given if isinstance(given, Profile) else english()


def _check_span_bounds(start: int, end: int, info: ValidationInfo) -> None:
    """The checks every span of the transcript passes: it does not end before it starts, nor past the text."""
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    text = _source_text(info)
    if text is not None and end > len(text):
        raise ValueError(f"end {end} is past the end of the text ({len(text)} characters)")


class Located(Record):
    """A stretch of the transcript, ``text[start:end]``."""

    start: Offset = Field(description="Offset of the first character in the transcript's text (Python str index).")
    end: Offset = Field(description="Offset just past the last character: the span is text[start:end].")

    @model_validator(mode="after")
    def _check_bounds(self, info: ValidationInfo) -> Located:
        _check_span_bounds(self.start, self.end, info)
        return self


class Quoted(Located):
    """A stretch whose words are repeated in ``text``, checked against the source."""

    text: str = Field(description="The words of the span as written: text[start:end] of the transcript.")

    @model_validator(mode="after")
    def _check_surface(self, info: ValidationInfo) -> Quoted:
        source = _source_text(info)
        if source is not None and source[self.start : self.end] != self.text:
            raise ValueError(
                f"text {self.text!r} does not match the source at {self.start}:{self.end} "
                f"({source[self.start:self.end]!r})"
            )
        return self


class Participant(Record):
    """Someone who speaks for the organisers: named in the header, or known by a speaker label ("CHAIR POWELL")."""

    id: str = Field(description="The participant's id within the transcript (\"powell\"): what turns and "
                                "exchanges name.")
    name: str = Field(description="The person's name as the header or label gives it.")
    kind: Literal["official", "moderator"] = Field(description="Whether the person speaks for the organisers or "
                                                               "chairs the session.")
    honorific: str | None = Field(default=None, description="\"Mr.\", \"Dr.\", ... as written.")
    title: str | None = Field(default=None, description="The person's office (\"Chair\", \"Spokesperson\").")
    organisation: str | None = Field(default=None, description="The body the person speaks for.")
    aliases: tuple[str, ...] = Field(default=(), description="Other ways the transcript refers to this person "
                                     "(\"Mr. Lyu\", \"CHAIR POWELL\").")


class Turn(Located):
    """One speaker's uninterrupted stretch of speech, its label included."""

    id: str = Field(description="The turn's id within the transcript (t1, t2, ...), in order.")
    speaker: str | None = Field(description="The speaker label as written; null when the transcript has none.")
    participant: str | None = Field(description="Id of the participant the label resolves to.")
    role: Role = Field(description="official, moderator, media (a reporter) or other.")
    content_start: Offset = Field(description="Offset where the speech starts, after the label.")
    exchange: str | None = Field(default=None, description="Id of the exchange (question and answers) the turn "
                                                           "belongs to.")
    topic: str | None = Field(default=None, description="Id of the topic the turn's speech starts in.")


class Handoff(Quoted):
    """An official passing the question to someone else."""

    from_turn: str = Field(description="Id of the turn that passes the question on.")
    to_participant: str | None = Field(description="Id of the participant the question goes to.")


class Exchange(Located):
    """A question and every answer to it, hand-offs included."""

    id: str = Field(description="The exchange's id within the transcript (e1, e2, ...).")
    asked_by: str | None = Field(description="Outlet or reporter label as written; 'Q' for unnamed reporters.")
    question_turns: tuple[str, ...] = Field(description="Ids of the turns that ask the question.")
    answer_turns: tuple[str, ...] = Field(description="Ids of the turns that answer it.")
    answered_by: tuple[str, ...] = Field(default=(), description="Who answered: participant ids, or the label as "
                                                                 "written for someone not on the podium.")
    handoffs: tuple[Handoff, ...] = Field(default=(), description="Where an official passes the question on.")
    outlet: str | None = Field(default=None, description="The asker's outlet where the transcript gives it: "
                               "with the label ('Ann Lee (Daily Post):') or in the question ('Ann Lee with Reuters').")
    topic: str | None = Field(default=None, description="Id of the topic the question is about.")


class Statement(Located):
    """Opening statement or closing remarks."""

    id: str = Field(description="The statement's id within the transcript.")
    kind: Literal["opening", "closing"] = Field(description="An opening statement or closing remarks.")
    turns: tuple[str, ...] = Field(description="Ids of the turns it is made of.")


class Topic(Located):
    """A contiguous stretch of the transcript's body about one subject."""

    id: str = Field(description="The topic's id within the transcript (k1, k2, ...).")
    label: str = Field(description="A short name for the subject, from the stretch's own words.")
    keywords: tuple[str, ...] = Field(default=(), description="The words that mark the stretch out from the rest.")


class Debris(Located):
    """Page furniture that is never content: video-player lines, page headers, boilerplate."""

    kind: str = Field(description="\"video-player\", \"page-header\", \"carousel\", \"timestamp\", "
                                  "\"boilerplate\", ...")


def mechanisms() -> list[tuple[str, str, str]]:
    """The mechanism names a quantity's evidence may give, as ``(name, field, meaning)``: the rows of
    ``extractor/quantities/mechanisms.tsv`` (``*`` as field: any field)."""
    text = resources.files("extractor").joinpath("quantities", "mechanisms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t", 2) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(name, field, meaning) for name, field, meaning in rows]


@cache
def _mechanism_fields() -> dict[str, frozenset[str]]:
    """Each mechanism name of the table with the fields it may decide (``*``: any), read once."""
    fields: dict[str, set[str]] = {}
    for name, field, _ in mechanisms():
        fields.setdefault(name, set()).add(field)
    return {name: frozenset(f) for name, f in fields.items()}


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
    def _check_span(self, info: ValidationInfo) -> Clue:
        if (self.start is None) != (self.end is None) or (self.start is None) != (self.text is None):
            raise ValueError("a clue's start, end and text are given together or not at all")
        if self.mechanism not in _mechanism_fields():
            raise ValueError(f"mechanism {self.mechanism!r} is not in extractor/quantities/mechanisms.tsv")
        if self.start is not None and self.end is not None:
            _check_span_bounds(self.start, self.end, info)
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

    @model_validator(mode="after")
    def _check_fields(self) -> Evidence:
        # A mechanism decides the fields its row names: a unit rule's name on the entity is a bug to catch.
        for field in type(self).model_fields:
            mechanism = getattr(self, field).mechanism
            allowed = _mechanism_fields().get(mechanism, frozenset())
            if field not in allowed and "*" not in allowed:
                raise ValueError(f"mechanism {mechanism!r} decides {', '.join(sorted(allowed))}, not the {field}")
        return self


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

    id: str = Field(description="The quantity's id within the transcript (q1, q2, ...).")
    value: float | None = Field(default=None, description="The number after scale words (\"43.85 trillion\" is "
                                                          "4.385e13, \"5%\" is 5); null for a range.")
    low: float | None = Field(default=None, description="A range's lower end (\"150-200 hours\": 150).")
    high: float | None = Field(default=None, description="A range's upper end (\"150-200 hours\": 200).")
    unit: str = Field(description="Canonical code: ISO 4217 for money (USD, CNY), % percent, pp percentage "
                                  "points, bp basis points, t h d min s yr mo, SI symbols, points, count, times, "
                                  "1 for a bare number.")
    dimension: str | None = Field(default=None, description=(
        "What the unit measures, from the unit's class: \"currency\" for money, \"percent\" for %, "
        "percentage and basis points, \"count\", \"duration\", \"index points\", \"multiple\", \"number\", "
        "or a physical dimension as quantulum3's entity names it (\"length\", \"mass\", \"energy\", "
        "\"volume\", ...). Derived from ``unit`` (filled in when not given); find every money figure with "
        "dimension = \"currency\"."))
    counted: str | None = Field(default=None, description="For unit count: the noun counted, as written.")
    per: str | None = Field(default=None, description="A rate's denominator as written: \"day\" in \"1,000 deaths a "
                                                      "day\", \"hour\" in \"$15 an hour\", \"capita\" in \"$60,000 "
                                                      "per capita\"; the value and unit are the figure's own.")
    kind: Kind = Field(description="level (an amount), change (a growth or increment), share (a part of a "
                                   "whole) or multiple (\"1.2 times\").")
    direction: Direction | None = Field(default=None, description="For a change: up or down.")
    approx: Approx | None = Field(default=None, description="The qualifier: about, nearly, over, under.")
    concept: str | None = Field(default=None, description="What is measured, as a column head would say it "
                                                          "(\"exports to the EU\").")
    entity: str | None = Field(default=None, description="Whose figure it is when narrower than, or other than, "
                                                         "the host as a whole (a region, a partner, an agency).")
    period: str | None = Field(default=None, description="The time the figure refers to, resolved against the "
                                                         "briefing's date: 2024, 2024-12, 2024-Q4, 2024-Q1..2024-Q3.")
    converts: str | None = Field(default=None,
                                 description="Id of the quantity this one converts (a figure in parentheses).")
    evidence: Evidence | None = Field(default=None, description="How each context field was decided; always given "
                                      "by the extractor.")
    confidence: Confidence | None = Field(default=None, description="How sure each context field is, in [0, 1]; "
                                          "always given by the extractor.")
    sentence: Quoted | None = Field(default=None, description="The sentence the figure is said in.")
    speaker: str | None = Field(default=None, description="The label of the turn it is said in.")
    role: Role | None = Field(default=None, description="The speaker's role.")
    turn: str | None = Field(default=None, description="Id of the turn it is said in.")
    exchange: str | None = Field(default=None, description="Id of the exchange it is said in.")
    topic: str | None = Field(default=None, description="Id of the topic it is said in.")

    @model_validator(mode="before")
    @classmethod
    def _fill_dimension(cls, data, info: ValidationInfo):
        if isinstance(data, dict) and data.get("dimension") is None and isinstance(data.get("unit"), str):
            data = {**data, "dimension": unit_dimension(data["unit"], profile=_profile(info))}
        return data

    @model_validator(mode="after")
    def _check_consistency(self, info: ValidationInfo) -> Quantity:
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
        profile = _profile(info)
        if not is_known_unit(self.unit, profile=profile):
            raise ValueError(f"unit {self.unit!r} is not a canonical unit code")
        if self.dimension != unit_dimension(self.unit, profile=profile):
            raise ValueError(f"dimension {self.dimension!r} is not that of unit {self.unit!r}")
        if self.counted is not None and self.unit != "count":
            raise ValueError("counted is only for unit 'count'")
        return self


class _Provenance(Record):
    """Where a transcript's record comes from, and what the reader should know about it."""

    source: str = Field(description="The path as given.")
    encoding: str = Field(description="How the file's bytes were decoded (utf-8, cp1252, ...).")
    warnings: tuple[str, ...] = Field(default=(), description="What a reader should know: bytes replaced, "
                                                              "labels not understood, ...")


class Header(Record):
    """The facts stated before the first speaker turn: title, date, time, place, organiser, who is on the podium."""

    title: str | None = Field(default=None, description="The transcript's title, from its header.")
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                             description="The briefing's date (ISO).")
    date_source: DateSource | None = Field(default=None, description="Where the date comes from: the header, the "
                                                                     "file name, or the --date option.")
    time: str | None = Field(default=None, description="The time of day, as the header gives it.")
    place: str | None = Field(default=None, description="Where the briefing was held, as the header gives it.")
    organiser: str | None = Field(default=None, description="The body that held the briefing.")
    participants: tuple[Participant, ...] = Field(default=(), description="Who speaks for the organisers.")
    translators: tuple[str, ...] = Field(default=(), description="Interpreters named in the transcript.")


class TranscriptRecord(Header, _Provenance):
    """Everything extracted from one transcript: its provenance, its header's facts, and the records below."""

    unlabelled: bool = Field(default=False,
                             description="True when turns were inferred: the transcript has no speaker labels.")
    debris: tuple[Debris, ...] = Field(default=(), description="Page furniture that is not content.")
    turns: tuple[Turn, ...] = Field(default=(), description="Every speaker turn, in order.")
    statements: tuple[Statement, ...] = Field(default=(), description="Opening statements and closing remarks.")
    exchanges: tuple[Exchange, ...] = Field(default=(), description="Every question with its answers.")
    topics: tuple[Topic, ...] = Field(default=(), description="The body's stretches, one subject each.")
    quantities: tuple[Quantity, ...] = Field(default=(), description="Every figure said.")

    @model_validator(mode="after")
    def _check_references(self) -> TranscriptRecord:
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
    """The program that wrote the facts."""

    name: str = Field(description="The program's name.")
    version: str = Field(description="The program's version.")
    model: str | None = Field(default=None, description="The spaCy pipeline used, as name==version.")
    parsing: str | None = Field(
        default=None,
        description="Where the model's tagger, parser and entity recogniser ran: 'focused' (the passages that "
                    "may hold a figure, the default) or 'all' (every sentence, extract --parse-all).")


class Failure(Record):
    """A file that could not be processed, and why."""

    source: str = Field(description="The path as given.")
    error: str = Field(description="Why it could not be processed.")


class FactsDocument(Record):
    """The whole output of one run: ``facts.json``."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="The version of this schema.")
    generator: Generator = Field(description="The program that wrote the facts.")
    transcripts: list[TranscriptRecord] = Field(default_factory=list, description="One record per transcript.")
    failures: list[Failure] = Field(default_factory=list, description="One entry per file that could not be "
                                                                      "processed.")
