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
    #: The steps a policy rate moves by, in basis points: a bare one of these standing alone where basis-point
    #: moves are discussed ("is 75 possible?") is basis points (:func:`~.stage_unit._policy_step`).
    policy_steps: tuple[float, ...] = (25, 50, 75, 100)
    #: After a bare number, the noun it counts may stand before a rate's denominator in at most this many words
    #: ("2 to 3 million doses per day"; :func:`~.ranges.denominator`).
    rate_counted_words: int = 3
    #: The most words between two figures that stand in a list or a range ("1.2, to 2.7, to 9.9"), whose bare
    #: one borrows the other's unit (:func:`~.stage_unit.parallel`).
    parallel_gap: int = 10
    #: How many tokens after a bare numeral its head may be and still be the noun it counts
    #: (:func:`~.counted.counted_noun`).
    counted_head_reach: int = 6
    #: How many tokens after a numeral the parser left unattached a noun it counts is looked for (line breaks,
    #: an adverb or two between: "three or four really strong readings").
    counted_noun_after: int = 4
    #: How many tokens past its first (the one right after the numeral) the counted phrase may run ("countries
    #: and regions", "types of devices").
    counted_phrase_reach: int = 8
    #: The most words of a clause's subject read as what a bare figure counts ("the main procedures were cut
    #: from 11 to 8").
    counted_subject_words: int = 8
    #: A bare decimal repeats the unit of a figure said at most this many sentences before it, in its paragraph
    #: ("$1.7 trillion ... It's 1.7. It was 1.4 this year"; :mod:`~.elliptical`).
    elliptical_sentences: int = 2
    #: ... and of the same order of magnitude: the two numbers within this factor of each other.
    elliptical_ratio: float = 10

    def __post_init__(self) -> None:
        # A config file gives the steps as a list: kept as a tuple, so the section stays immutable.
        object.__setattr__(self, "policy_steps", tuple(self.policy_steps))


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
    #: A percent this large or more of an adjective said of a person is rhetoric ("100 percent sure"), no
    #: measure.
    rhetoric_percent: float = 100
    #: The most words a sentence may have and still be a stock phrase of holding the floor ("Just one second.",
    #: "Give me a minute."); a longer one says something about the time.
    interjection_words: int = 5


@dataclass(frozen=True)
class KindConfig:
    """How far around a figure the kind rules read (:mod:`.kind`, :mod:`.stage_kind`): windows of words and of
    heads in the parse."""

    #: How many lexemes before a figure its clause's words are read from (``Figure.before``).
    words_before: int = 14
    #: How many words after a figure are read (``Figure.after``).
    words_after: int = 4
    #: How many heads above the figure its path to the clause's verb runs at most (``Figure.path``).
    path_depth: int = 6
    #: How many words after a measured figure a noun of change may be ("a 5% rate increase").
    change_noun_after: int = 3
    #: How many words before the "of" of a figure a noun of change governing it may be ("an increase in fares
    #: of").
    change_noun_before: int = 4
    #: How many heads above the figure a verb of sharing is looked for ("accounted for 62.5%").
    share_verb_depth: int = 3
    #: How many words before the figure a noun of share makes it a share ("a share ... at 35%").
    share_noun_before: int = 10
    #: The largest percent that is a part of a whole ("70% of the city's total").
    whole_percent: float = 100
    #: How many words before "to" a word of growth makes a percent reached a growth rate.
    growth_word_before: int = 6
    #: How many heads above a percent a word of growth makes it a growth rate.
    growth_path_depth: int = 4
    #: How many heads above the figure a noun of pace is looked for ("at an annual rate of 4%").
    pace_path_depth: int = 2
    #: The most words between two figures of one list ("0.7 per cent in 2024, 1.1 per cent in 2025"), whose
    #: later items take the first one's kind and concept (:func:`~.stage_kind.in_one_list`).
    list_gap: int = 8


@dataclass(frozen=True)
class ConceptConfig:
    """How long the phrase read as what a figure measures may be (:mod:`.concept`)."""

    #: The most content words of a concept (``count_content_words``: function words and the words of a
    #: column head do not count); a longer phrase is cut at a whole phrase within it.
    max_content_words: int = 6


@dataclass(frozen=True)
class ApproxConfig:
    """How far before a figure its qualifier ("nearly", "more than", "up to") and what undoes one are read
    (:mod:`.approx`)."""

    #: How many lexemes before a figure are read for its qualifier (a transparent "an average of" among them).
    look_back: int = 8
    #: How many words before a figure a qualifier phrase may take (the longest phrase's length or more).
    words_before: int = 5
    #: How many words before a floor ("more than") a negation makes it a ceiling ("won't have to pay more
    #: than").
    negation_reach: int = 6
    #: How far before "up to" a verb of movement with its object between ("get the funds rate up to") makes it
    #: a particle, no ceiling.
    particle_reach: int = 6


@dataclass(frozen=True)
class RespectivelyConfig:
    """When a "respectively" hands each figure of a list its own name (:func:`~.stage_context.apply_respectively`)."""

    #: The most characters between two names a distributed list of figures is given to ("France, Spain and
    #: Hungary").
    name_gap_chars: int = 40
    #: The fewest figures a distributed list has.
    min_list: int = 2


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
    #: The titled person the officials name at least this often, and most, leads the host ("the Lindqvist
    #: government").
    leader_mentions: int = 3
    #: Reporters address the host in the third person ("Does the Ministry expect ...?") at least this often.
    addressed_mentions: int = 3
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
    #: Parse-walk guard: how many heads up from a token the verb of its clause (or the figure's way up to it)
    #: is looked for; a parse without a root (a cycle left by a broken sentence) stops there. Shared by the
    #: clause readers of :mod:`.syntax`.
    head_depth: int = 12
    #: Parse-walk guard: how many heads above a noun an "according to" that makes it a figure's source, not
    #: its owner, is looked for ("according to [the survey of [the region's [firms]]]").
    source_depth: int = 6
    #: How many clauses up (through conjoined and subordinate clauses) :func:`.syntax.subject_of` looks for a
    #: clause's subject.
    subject_climb: int = 4
    #: The most words :func:`.syntax.phrase` reads from a subtree; a longer one keeps the head with the words
    #: before it and the start of what follows.
    phrase_words: int = 14


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
    #: Words within which an official's reply between two press turns, opening with a yes ("Yeah.", "Sure,
    #: yes."; vocabulary ``affirmative_replies``), only says yes, as the structure's ``backchannel_words``: the
    #: reporter's next turn follows up the question it answered, and takes that question's period
    #: (:class:`.periods.PeriodCarry`).
    reply_words: int = 3
    #: Words within which that next turn is a short follow-up ("Is it $30 billion?"); a longer one, as the
    #: structure's ``challenge_words``, puts a question of its own, often on another subject.
    follow_up_words: int = 20
    #: A year is the transcript's main year (the only one a period carried from an earlier sentence may fall
    #: in) when more than this share of the figures dated by their own sentence fall in it.
    main_year_share: float = 0.5
    #: How many characters after a time that opens a sentence its comma may end ("In 2024, ..."; "In 2024 ,").
    opening_comma_reach: int = 2
    #: How many characters after a "now" the words that make it an order of the talk are read ("now that",
    #: "Now, let me turn to").
    discourse_now_reach: int = 6
    #: A run of days before the briefing ("the past week", "the last 25 days") at most this long is dated by
    #: the month of its last day (as a rate over the 12 months to March is by March); a longer one by the span
    #: of months it covers.
    days_in_one_month: int = 31
    #: A count or a reading said again in the same words (``restated-count``, ``restated-reading``) restates
    #: the earlier one only nearby, where the listener still has it in mind: in the same exchange, or at most
    #: ``restated_turns`` turns on (the same turn, the reply, the speaker's own next turn after a question);
    #: in a text without turns, within ``restated_sentences`` sentences of it.
    restated_turns: int = 2
    restated_sentences: int = 5
    #: Farther than that, the least count said again in the same words with the same noun that is taken for
    #: the count said before (``restated-count``): a small count recurs by chance ("the five working groups",
    #: "at least one shot"); a larger one is rarely said of two things in one briefing (on the stress set,
    #: such repeats 10 to 150 turns apart were the same figure).
    restated_count_min: int = 10


@dataclass(frozen=True)
class QuantitiesConfig:
    """The quantity reader's settings: the ``units``, ``rejections``, ``kinds``, ``concepts``, ``approx``,
    ``respectively``, ``entities`` and ``periods`` sections of the ``transcript_quantities`` component."""

    units: UnitConfig = field(default_factory=UnitConfig)
    rejections: RejectionConfig = field(default_factory=RejectionConfig)
    kinds: KindConfig = field(default_factory=KindConfig)
    concepts: ConceptConfig = field(default_factory=ConceptConfig)
    approx: ApproxConfig = field(default_factory=ApproxConfig)
    respectively: RespectivelyConfig = field(default_factory=RespectivelyConfig)
    entities: EntityConfig = field(default_factory=EntityConfig)
    periods: PeriodConfig = field(default_factory=PeriodConfig)


#: The period reader's thresholds as shipped, the default of the functions that read them.
DEFAULT_PERIODS = PeriodConfig()
