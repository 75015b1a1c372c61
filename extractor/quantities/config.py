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
class EntityConfig:
    """How far the reader of a figure's owner looks, and what it takes for the host's own names
    (:mod:`.entity`)."""

    #: Without speaker labels, the host names itself in this many opening sentences of the body ("Today the
    #: Monetary Board decided ...").
    opening_sentences: int = 10
    #: A one-word host name this long or longer is taken for an acronym whose spelt-out name is the host too
    #: ("FOMC" and "Federal Open Market Committee").
    min_acronym: int = 3
    #: The officials name their own body by a bare capitalised noun ("the Board") at least this often.
    bare_institution_mentions: int = 2
    #: A short form of the host's name (its initials, its head word) has at least this many letters.
    min_short_form: int = 3
    #: The owner is looked for in the figure's clause and this many clauses in all up from it.
    clauses_up: int = 4
    #: A clause's subject owns a figure at most this many prepositional phrases below its verb ("raised fares
    #: *by* 5%"; not "evaluating doses *for* people *over* age 18").
    subject_phrases: int = 1
    #: A "he" or "she" is resolved to a person named up to this many sentences back.
    antecedent_sentences: int = 3
    #: A noun conjoined this many words after the owner's noun, or fewer, is part of its name ("leisure and
    #: hospitality").
    conj_reach: int = 3
    #: A name broken off by a dash is a false start when said again within this many words ("the Harbour —
    #: to the Harbour Renewal Plan").
    repair_reach: int = 4


@dataclass(frozen=True)
class QuantitiesConfig:
    """The quantity reader's settings: the ``units``, ``rejections`` and ``entities`` sections of the
    ``transcript_quantities`` component."""

    units: UnitConfig = field(default_factory=UnitConfig)
    rejections: RejectionConfig = field(default_factory=RejectionConfig)
    entities: EntityConfig = field(default_factory=EntityConfig)
