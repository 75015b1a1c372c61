"""Thresholds of the quantity reader, as named and documented settings (the ``transcript_quantities``
component's config, a section each)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class UnitConfig:
    """Where a number written without a unit takes one from the words around it (:mod:`.stage_unit`)."""

    #: Ages are whole years below this ("adults 65 and older"); a larger number is no age.
    max_age: float = 130
    #: An index level a move reached is at least this ("fell 0.4 per cent to 13,176"); smaller is a price or a
    #: rate.
    min_index_level: float = 100
    #: A bare decimal among words for rates is a percent only below this ("the rate fell from 4.5 to 4.1").
    max_bare_rate: float = 20
    #: A bare number borrows a rate's unit from a parallel figure only below this ("1.2, 2.7 and 9.9 percent").
    max_borrowed_unit: float = 100
    #: A bare number in digits this large or more is a count even with no counted noun ("reached 6,338").
    min_bare_count: float = 100


@dataclass(frozen=True)
class RejectionConfig:
    """When a number is not a quantity but a name, a label or a pointer (:mod:`.name_filters`,
    :mod:`.pointing`)."""

    #: A house number's street name is read over at most this many words ("9 E 71st St", "49 Zorro Ranch Road").
    max_street_words: int = 5
    #: A lower-case run of this many letters or more glued after digits is a word of caption text
    #: ("350individuals").
    caption_glued_word: int = 5
    #: "the two reports", "those three leaders": a set this small or smaller named with a definite determiner
    #: is pointed at, not counted (the span of sets seen at a glance); a larger one usually informs ("the 16
    #: measures").
    small_set: int = 4


@dataclass(frozen=True)
class PeriodConfig:
    """How far the period reader looks for a time and what dates a figure (:mod:`.periods`, the period part of
    :mod:`.stage_carry`)."""

    #: A month named without a year in a sentence that looks ahead is the coming one when at most this many
    #: months on ("we will decide in March", said in December); a later one is the last such month.
    months_ahead: int = 6
    #: How many characters before a month a preposition of deadline or purpose is looked for ("by July").
    future_prep_reach: int = 30
    #: How many characters before a time the words that make it a baseline are looked for ("compared with").
    baseline_reach: int = 40
    #: How many years from the briefing's a year written with an apostrophe ("’24") may be.
    short_year_reach: int = 10
    #: How many clauses up from a figure a plan, a condition or a question is looked for.
    clauses_up: int = 4
    #: How many clauses up from a time the figure's clause (or a report boundary) is looked for.
    report_depth: int = 6
    #: How many characters after a figure a time right after it may start ("rose 5 percent in May").
    near_after: int = 80
    #: How many heads up the verb of a clause is looked for (a guard against a parse without one).
    head_depth: int = 12
    #: How many heads above a time a baseline word ("from", "since") is looked for.
    baseline_depth: int = 8
    #: A year is the transcript's main year (the only one a period carried from an earlier sentence may fall
    #: in) when more than this share of the figures dated by their own sentence fall in it.
    main_year_share: float = 0.5


@dataclass(frozen=True)
class QuantitiesConfig:
    """The quantity reader's settings: the ``units``, ``rejections`` and ``periods`` sections of the
    ``transcript_quantities`` component."""

    units: UnitConfig = field(default_factory=UnitConfig)
    rejections: RejectionConfig = field(default_factory=RejectionConfig)
    periods: PeriodConfig = field(default_factory=PeriodConfig)


#: The period reader's thresholds as shipped, the default of the functions that read them.
DEFAULT_PERIODS = PeriodConfig()
