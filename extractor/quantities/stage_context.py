"""Stage 4, context: a figure's qualifier, concept, entity and period, read from its own sentence.

Rules, in order (each fills a field the ones before left empty, or links figures):

1. per figure, :func:`approx.qualifier` ("nearly", "over") and :func:`concept.concept_phrase`;
2. per sentence, :func:`link_conversions`: "42 trillion yuan ($5.74 trillion)": the bracketed figure
   converts the one before it;
3. per sentence, :func:`spread_approx`: a qualifier covers a coordination of figures;
4. per sentence, :func:`share_list_concept`: later items of a list take the first item's concept;
5. per sentence, :func:`apply_respectively`: each figure of a "respectively" list gets its own conjunct;
6. per figure, :func:`periods.figure_period` and :func:`entity.figure_owner`: the period from the figure's
   own clause and sentence first, the period carried within the speaker's turn last (``carried``, from
   :class:`periods.PeriodCarry`), none for a target; the owner read from the parse (what is not found here
   may be carried over from earlier sentences: :mod:`stage_carry`).
"""
from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..lang.profile import Profile, per_profile
from ..pipeline.parsed import noun_chunks
from .approx import qualifier
from .concept import concept_reading
from .config import (
    DEFAULT_PERIODS,
    ApproxConfig,
    ConceptConfig,
    KindConfig,
    PeriodConfig,
    QuantitiesConfig,
    RespectivelyConfig,
)
from .current_state import CARRIED, UNDATED, date_told_as_current
from .draft import Draft
from .entity import entity_candidates, figure_owner
from .host import host_names
from .periods import (
    TimeRef,
    figure_period,
    host_act_of_the_day,
    latest_reading,
    next_period,
    released_reading,
    series_start,
    series_step,
)
from .respectively import conjunct_list, is_entity_like, item_text
from .stage_kind import in_one_list
from .units import DEFAULT_CONTEXT, UnitContext, unit_context

Entity = tuple[int, int, str]
#: Units of a span of time (GUIDELINES.md): such a figure is dated only by a time its own sentence states.
DURATION_UNITS = frozenset({"yr", "mo", "d", "h", "min", "s"})


@dataclass
class DocumentReading:
    """What the stages read once per document: its text, host country, entities, noun chunks, which
    currency its "¥" and "cents" are in (:func:`units.unit_context`), and the tokens of its page debris."""

    doc: Doc
    text: str
    units: UnitContext = DEFAULT_CONTEXT
    host: frozenset[str] = frozenset()
    ents: list[Span] = field(default_factory=list)
    chunks: list[Span] = field(default_factory=list)
    ent_starts: list[int] = field(default_factory=list)
    chunk_starts: list[int] = field(default_factory=list)
    #: Indices of the tokens of page debris (a PDF page's header inside a sentence): no concept runs into them.
    debris: frozenset[int] = frozenset()
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)
    #: The thresholds its rules read (the component's config).
    config: QuantitiesConfig = field(default_factory=QuantitiesConfig, kw_only=True, repr=False, compare=False)

    @classmethod
    def of(cls, doc: Doc, text: str, exclude: Sequence[tuple[int, int]] = (), *, profile: Profile,
           config: QuantitiesConfig | None = None) -> DocumentReading:
        """The reading of ``doc``; ``exclude`` the character ranges of its page debris; ``config`` the thresholds
        (the package's by default)."""
        # Entities and noun chunks are read once for the whole document and sliced per sentence
        # (``Span.ents`` rescans the whole document).
        ents, chunks = list(doc.ents), noun_chunks(doc)
        config = config or QuantitiesConfig()
        host = host_names(doc, profile=profile, config=config.entities)
        return cls(doc, text, unit_context(text, profile=profile), host, ents, chunks, [e.start for e in ents],
                   [c.start for c in chunks], _debris_tokens(doc, exclude), profile=profile, config=config)

    def sentence_chunks(self, sent: Span) -> list[Span]:
        starts = self.chunk_starts
        return self.chunks[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)]

    def sentence_ents(self, sent: Span) -> list[Span]:
        """The recogniser's entities that start in ``sent`` (sliced from the document's, read once)."""
        starts = self.ent_starts
        return self.ents[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)]

    def sentence_entities(self, sent: Span) -> list[Entity]:
        return entity_candidates(sent, self.host, self.sentence_ents(sent), self.sentence_chunks(sent), self.text,
                                 profile=self.profile, config=self.config.entities)


def _debris_tokens(doc: Doc, exclude: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The tokens inside the character ranges of page debris."""
    out: set[int] = set()
    for a, b in exclude:
        span = doc.char_span(a, b, alignment_mode="contract")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


def read_figure(doc: Doc, d: Draft, chunks: list[Span], debris: frozenset[int] = frozenset(), *,
                profile: Profile, config: ConceptConfig | None = None, approx: ApproxConfig | None = None) -> None:
    """Rule 1: the figure's qualifier and concept (``config``: how long a concept may be; ``approx``: how far
    before the figure its qualifier is read)."""
    d.approx = qualifier(d.lx, d.m, profile=profile, config=approx)
    found = concept_reading(doc, d.m, d.anchor, d.head, chunks, debris, profile=profile, config=config)
    if found is None:
        d.concept = None
        d.note("concept", "no-concept-found")
    else:
        d.concept = found.text
        d.note("concept", found.mechanism, found.start, found.end)


def link_conversions(ds: list[Draft]) -> None:
    """ "42 trillion yuan ($5.74 trillion)": the bracketed figure converts the one before it."""
    for k in range(1, len(ds)):
        a, b = ds[k - 1], ds[k]
        lx = b.lx
        if (b.m.first >= 1 and lx[b.m.first - 1].text == "(" and b.m.first - 2 == a.m.last
                and b.m.last + 1 < len(lx) and lx[b.m.last + 1].text == ")" and a.unit != b.unit):
            b.converts = k - 1


def spread_approx(ds: list[Draft]) -> None:
    """ "surpassed the 42 trillion yuan ($5.74 trillion) and 43 trillion yuan thresholds": a qualifier
    covers the coordination."""
    for a, b in itertools.pairwise(ds):
        between = [t.low for t in b.lx[a.m.last + 1:b.m.first]]
        a_approx = a.approx or (ds[a.converts].approx if a.converts is not None else None)
        if b.approx is None and a_approx is not None and between in (["and"], [")", "and"]):
            b.approx = a_approx


def share_list_concept(ds: list[Draft], *, profile: Profile, config: KindConfig | None = None) -> None:
    """Later items of a list of figures take the first item's concept: their parse hangs off the first item
    (``config``: how far apart the items of a list are)."""
    for a, b in itertools.pairwise(ds):
        if in_one_list(a, b, profile=profile, config=config) and (b.concept is None
                                                                 or any(ch.isdigit() for ch in b.concept)):
            b.concept = a.concept
            _, start, end = a.evidence.get("concept", (None, None, None))
            b.note("concept", "first-item-of-list", start, end)


@per_profile
def _distributive(profile: Profile) -> re.Pattern[str]:
    """The words that distribute a list of figures ("respectively"; vocabulary ``distributive_words``)."""
    return re.compile(profile.alternation("distributive_words"), re.I)


@per_profile
def _list_gaps(profile: Profile) -> frozenset[tuple[str, ...]]:
    """What may stand between two figures of a distributed list (vocabulary ``distributed_list_gaps``)."""
    return frozenset(tuple(g.split()) for g in profile.words("distributed_list_gaps"))


@per_profile
def _name_gap(profile: Profile) -> re.Pattern[str]:
    """What may stand between two names a distributed list is given to (vocabulary ``distributed_name_gap``)."""
    return re.compile(profile.table("distributed_name_gap")["gap"], re.I)


def _respectively_run(text: str, sent: Span, ds: list[Draft], *, profile: Profile,
                      config: RespectivelyConfig) -> list[Draft]:
    """The figures that form a plain list just before "respectively" (none when there is no such list, or one
    shorter than ``config.min_list``)."""
    # Searched in the sentence only, ignoring case; lower-casing the text first cost a third of a second per
    # corpus and could shift offsets ("İ" lower-cases to two characters).
    found = _distributive(profile).search(text, sent.start_char, sent.end_char)
    if found is None:
        return []
    pos = found.start()
    tail: list[Draft] = []
    for d in reversed([d for d in ds if d.m.end <= pos]):
        if tail:
            gap = [t.low for t in d.lx[d.m.last + 1:tail[0].m.first]]
            if tuple(gap) not in _list_gaps(profile):
                break
        tail.insert(0, d)
    return tail if len(tail) >= config.min_list else []


def apply_respectively(text: str, sent: Span, ds: list[Draft], ents: list[Entity], *, profile: Profile,
                       config: RespectivelyConfig | None = None) -> None:
    """Give each figure of a "respectively" list its own conjunct as entity (or concept); ``config``: how long
    the list is and how close its names stand (the package's by default)."""
    config = config or RespectivelyConfig()
    tail = _respectively_run(text, sent, ds, profile=profile, config=config)
    if not tail:
        return
    # Named places listed just before the figures, one for each ("France, Spain and Hungary ... 2%, 4.5% and 12.9%").
    named = [e for e in ents if e[1] <= tail[0].m.start]
    if len(named) >= len(tail):
        listed = named[-len(tail):]
        gaps = [text[a[1]:b[0]] for a, b in itertools.pairwise(listed)]
        if all(len(g) < config.name_gap_chars and _name_gap(profile).fullmatch(g) for g in gaps):
            for d, e in zip(tail, listed):
                d.entity = e[2]
                d.note("entity", "respectively-list", e[0], e[1])
            return
    items = conjunct_list(sent, tail[0].m.start, len(tail))
    if items is None:
        return
    for d, item in zip(tail, items):
        if is_entity_like(item):
            d.entity = item_text(item)
            at = _located(text, d.entity, sent, item.idx)
            d.note("entity", "respectively-list", at, None if at is None else at + len(d.entity))
        else:
            d.concept = item_text(item)
            d.note("concept", "respectively-conjunct", item.idx, item.idx + len(item.text))


def _located(text: str, words: str, sent: Span, near: int) -> int | None:
    """Where in the sentence ``words`` (read from the parse around the character ``near``) start."""
    found = [m.start() for m in re.finditer(re.escape(words), text[sent.start_char:sent.end_char])]
    return min((sent.start_char + f for f in found), key=lambda f: abs(f - near), default=None)


#: The units of a rate and of its moves: what a meeting decides ("raised the rate by 25 basis points, to 4
#: percent"); an amount a body handed out or a law set is dated by its own time.
RATE_UNITS = frozenset({"%", "pp", "bp"})


def read_sentence(reading: DocumentReading, sent: Span, ds: list[Draft], refs: list[TimeRef],
                  ents: list[Entity], carried: TimeRef | None = None, *, profile: Profile,
                  periods: PeriodConfig = DEFAULT_PERIODS, day: TimeRef | None = None,
                  when: datetime.date | None = None, follow_up: bool = False) -> None:
    """Rules 1-6 for one sentence's figures; ``carried`` is the time phrase whose period the speaker's turn
    hands on (``follow_up`` when it comes from the question the turn follows up), ``day`` the marker of the
    briefing's day whose acts the turn reports, ``periods`` the period reader's thresholds, ``when`` the
    briefing's date (the month of a figure told as current)."""
    chunks = reading.sentence_chunks(sent)
    for d in ds:
        read_figure(reading.doc, d, chunks, reading.debris, profile=profile, config=reading.config.concepts,
                    approx=reading.config.approx)
    link_conversions(ds)
    spread_approx(ds)
    share_list_concept(ds, profile=profile, config=reading.config.kinds)
    apply_respectively(reading.text, sent, ds, ents, profile=profile, config=reading.config.respectively)
    for d in ds:
        others = [o.m.start for o in ds if o is not d]
        dated = figure_period(reading.doc, d.m.start, d.m.end, others, refs, carried,
                              duration=d.unit in DURATION_UNITS, profile=profile, config=periods,
                              rate=d.unit in RATE_UNITS, follow_up=follow_up, when=when)
        d.period = dated.period
        d.note("period", dated.mechanism, dated.start, dated.end)
        if d.entity is None:
            owner = figure_owner(reading.doc, d.m.start, d.m.end, ents, reading.host, multiple=d.unit == "times",
                                 unit=d.unit, profile=profile, config=reading.config.entities)
            d.entity = owner.name
            d.note("entity", owner.mechanism, owner.start, owner.end)
        if d.mechanism("entity") == "host-own-figure" and d.unit in RATE_UNITS:
            # "The board also approved a quarter-point rise": the host's own act, in a turn that reported the
            # day's decisions, is the day's.
            acted = host_act_of_the_day(reading.doc, d.m.start, d.m.end, refs, dated, day, config=periods)
            if acted is not None:
                d.period = acted.period
                d.note("period", acted.mechanism, acted.start, acted.end)
        if (d.unit in RATE_UNITS or d.kind == "change") and d.mechanism("period") == dated.mechanism:
            # "Today we learned prices rose 0.2 percent": a statistic a release of the day tells is of the
            # month before (not over what a rule above decided: the host's act of the day).
            released = released_reading(reading.doc, d.m.start, d.m.end, refs, dated, profile=profile,
                                        config=periods)
            if released is not None:
                d.period = released.period
                d.note("period", released.mechanism, released.start, released.end)
        if d.unit in RATE_UNITS and d.mechanism("period") == dated.mechanism:
            # Not over what a rule above decided (the host's act of the day).
            latest = latest_reading(reading.doc, d.m.start, d.m.end, dated, when, profile=profile, config=periods)
            if latest is not None:
                d.period = latest.period
                d.note("period", latest.mechanism, latest.start, latest.end)
        carried_only = d.mechanism("period") in CARRIED
        if (d.mechanism("period") in UNDATED or carried_only) and d.unit not in DURATION_UNITS:
            # "We already have 600 crews on the ground": a state or a count told as current, where no time
            # of the sentence dated it, is the briefing's month (:mod:`.current_state`); over a period carried
            # from before only when told in the present, not as a milestone in the present perfect.
            current = date_told_as_current(reading.doc, d.m.start, d.m.end, refs, when, profile=profile,
                                           config=periods, perfect=not carried_only, per=d.m.per,
                                           undated=not carried_only)
            if current is not None:
                d.period = current.period
                d.note("period", current.mechanism, current.start, current.end)
    _step_series(reading.text, ds, profile=profile)


def _step_series(text: str, ds: list[Draft], *, profile: Profile) -> None:
    """ "It went from 3.2% in September to 3.4% to 3.5%": readings of a series chained by "to" after one the
    time right after it dates are the next periods, one step each (October, November); the time phrase names
    only the first, so a later reading it dated, or one nothing dated, takes its step."""
    chain: Draft | None = None
    steps: dict[int, list[tuple[Draft, str, int, int]]] = {}
    stepped_to: dict[int, str] = {}  # the period each reading of a chain would step to, before it is kept
    for prev, d in itertools.pairwise(sorted(ds, key=lambda x: x.m.start)):
        mech, start, _ = d.evidence.get("period", ("", None, None))
        first = chain if chain is not None else prev
        fmech, fstart, fend = first.evidence.get("period", ("", None, None))
        undated = mech == "no-time-stated" and d.period is None
        before = stepped_to.get(id(prev), prev.period)
        if (fmech not in _STATED_TIME or fstart is None or fend is None or first.m.end > fstart
                or not (undated or mech in _STATED_TIME and start == fstart) or before is None):
            chain = None
            continue
        gap_from = max(prev.m.end, fend) if prev is first else prev.m.end
        stepped = next_period(before) if series_step(text, gap_from, d.m.start, profile=profile) else None
        if stepped is None or chain is None and not series_start(text, first.m.start, profile=profile):
            chain = None
            continue
        chain = first
        stepped_to[id(d)] = stepped
        steps.setdefault(id(first), []).append((d, stepped, fstart, fend))
    # Only a series of three readings or more: "rose from 3.5% in January to 4.2%" names a change's ends, and
    # its end is the latest reading, not the month after the start.
    for chained in steps.values():
        if len(chained) >= 2:
            for d, stepped, fstart, fend in chained:
                d.period = stepped
                d.note("period", "series-step", fstart, fend)
            continue
        d, _, fstart, fend = chained[0]
        if d.mechanism("period") in _STATED_TIME and d.evidence["period"][1] == fstart:
            # "rose from 3.5% in January to 4.2%": the time names the change's start, which the end is compared
            # with; it does not date the end.
            d.period = None
            d.note("period", "start-of-change-time", fstart, fend)


#: Period mechanisms of a time phrase of the figure's own sentence.
_STATED_TIME = frozenset({"time-phrase-in-clause", "time-phrase-in-sentence"})
