"""The entry point: every quantity in a parsed transcript, with its facts.

The quantities are read in five explicit stages, each a list of named rules in a documented order:
mention (:mod:`stage_mention`) -> unit (:mod:`stage_unit`) -> kind (:mod:`stage_kind`) -> context
(:mod:`stage_context`) -> carry-over (:mod:`stage_carry`). This module only runs them, sentence by sentence.
"""
from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from functools import partial

from spacy.tokens import Doc, Span

from ..lang.profile import Profile
from ..pipeline.parsed import doc_text
from ..records.models import Quantity
from .config import QuantitiesConfig
from .draft import Draft
from .elliptical import elliptical_drafts, recent
from .lexer import Lexeme, lex
from .multiplier_verbs import anchor_on_multiplied
from .periods import TimeRef, find_time_refs, recognised_actors
from .stage_carry import (
    PARAGRAPH_BREAK,
    Carry,
    copy_converted,
    settle_carried_periods,
    settle_equated_figures,
    settle_restated_figures,
    settle_restated_moves,
    settle_restated_owners,
)
from .stage_context import DocumentReading, read_sentence
from .stage_kind import decide_sentence, settle_policy_directions
from .stage_mention import may_hold_figure, sentence_mentions
from .stage_unit import draft

__all__ = ["PARAGRAPH_BREAK", "extract_quantities", "may_hold_figure"]


def extract_quantities(doc: Doc, *, doc_date: datetime.date | None = None,
                       exclude: Sequence[tuple[int, int]] = (),
                       boundaries: Sequence[int] = (), profile: Profile,
                       config: QuantitiesConfig | None = None) -> list[Quantity]:
    """Find every quantity in a parsed transcript (see shared/gold/GUIDELINES.md).

    Args:
        doc: the transcript parsed by the full English pipeline; ``doc.text`` is the original text.
        doc_date: the briefing's date, against which "last year" or "in October" are resolved.
        exclude: character ranges of page debris (headers, video-player lines) to skip.
        boundaries: character offsets where a new speaker's turn starts; the entity, period and concept
            carried from sentence to sentence never cross one (nor a blank line).
        profile: the language profile whose vocabularies the rules read.
        config: the thresholds the rules read (the package's by default).

    Returns:
        One record per quantity, in text order, with its id (``q1``, ``q2``...) and ``converts`` naming
        the id of the figure it converts. Their placement (sentence, speaker, turn, exchange, topic) is
        left to the assembly of the transcript's record.
    """
    return _quantities(doc, doc_date, exclude, boundaries, profile, config or QuantitiesConfig())


def _quantities(doc: Doc, doc_date: datetime.date | None, exclude: Sequence[tuple[int, int]],
                boundaries: Sequence[int], profile: Profile, config: QuantitiesConfig) -> list[Quantity]:
    """The stages, sentence by sentence (see :func:`extract_quantities`)."""
    text = doc_text(doc)
    exclude = sorted(exclude)
    reading = DocumentReading.of(doc, text, exclude, profile=profile, config=config)
    carry = Carry.of(doc, text, boundaries, profile=profile, config=config.periods)
    drafts: list[Draft] = []
    prev_lx: list[Lexeme] = []
    for sent in doc.sents:
        if _inside(sent.start_char, sent.end_char, exclude):
            continue
        if not may_hold_figure(text, sent.start_char, sent.end_char, profile=profile):
            # Its times are read only if a later figure of the turn asks what the turn carries, "the
            # following year" resolved then against the turn's times read before it (the same order as reading
            # each sentence as it comes).
            carry.note_names(sent, reading.sentence_entities(sent), partial(
                _following_resolved, carry, sent.start_char,
                partial(_time_refs, reading, sent, doc_date, profile=profile, config=config)))
            continue
        lx = lex(text, sent.start_char, sent.end_char, exclude, profile=profile)
        before = recent(drafts, sent, carry.stretches, config=config.units)
        drafts += _read_sentence(reading, carry, sent, lx, prev_lx, doc_date, before, len(drafts), profile=profile,
                                 config=config)
        prev_lx = lx
    settle_policy_directions(drafts)
    settle_carried_periods(drafts, doc_date, lambda: carry.periods.stated_years, config.periods)
    settle_restated_moves(drafts, config.periods)
    settle_restated_figures(drafts, doc_date, sorted(boundaries), profile=profile, config=config.periods)
    settle_equated_figures(drafts)
    settle_restated_owners(drafts)
    return _records(drafts, text, profile=profile)


def _records(drafts: list[Draft], text: str, *, profile: Profile) -> list[Quantity]:
    """The drafts as records in text order, numbered once; a conversion names its figure by id. Should two
    mechanisms read the same characters, the first reading is the one kept."""
    order, seen = [], set()
    for i in sorted(range(len(drafts)), key=lambda i: (drafts[i].m.start, drafts[i].m.end, i)):
        if (drafts[i].m.start, drafts[i].m.end) not in seen:
            seen.add((drafts[i].m.start, drafts[i].m.end))
            order.append(i)
    ids = {i: f"q{k + 1}" for k, i in enumerate(order)}
    out = []
    for i in order:
        converts = drafts[i].converts
        converted = ids.get(converts) if converts is not None else None
        out.append(drafts[i].record(text, ids[i], converted, profile=profile))
    return out


def _read_sentence(reading: DocumentReading, carry: Carry, sent: Span, lx: list[Lexeme], prev_lx: list[Lexeme],
                   doc_date: datetime.date | None, before: list[Draft], offset: int, *, profile: Profile,
                   config: QuantitiesConfig) -> list[Draft]:
    """The stages for one sentence that may hold a figure; ``offset`` figures were read before it, ``before``
    those of the sentences just before in its stretch (an elliptical figure may repeat their unit)."""
    text, doc = reading.text, reading.doc
    mentions = sentence_mentions(text, lx, doc, reading.units, profile=profile, config=config.rejections,
                                 unit_config=config.units)  # stage 1
    ds = [d for m in mentions if (d := draft(doc, sent, lx, m, mentions, prev_lx, profile=profile,
                                             config=config.units, units=reading.units)) is not None]  # stage 2
    ds += elliptical_drafts(doc, sent, lx, mentions, ds, before, prev_lx, profile=profile, config=config.units)
    ds.sort(key=lambda d: d.m.start)
    anchor_on_multiplied(ds, profile=profile)
    decide_sentence(doc, ds, profile=profile, config=config.kinds)  # stage 3
    refs = carry.periods.resolve_following(sent.start_char,
                                           _time_refs(reading, sent, doc_date, profile=profile, config=config))
    ents = reading.sentence_entities(sent)
    carried = carry.carried_ref(sent)
    read_sentence(reading, sent, ds, refs, ents, carried, profile=profile, periods=config.periods,
                  day=carry.day_ref(sent), when=doc_date, follow_up=carry.follows_up(sent, carried))  # stage 4
    carry.fill(sent, ds, ents)  # stage 5
    carry.remember(sent, ds, refs, ents)
    copy_converted(ds, offset)
    return ds


def _time_refs(reading: DocumentReading, sent: Span, doc_date: datetime.date | None, *, profile: Profile,
               config: QuantitiesConfig) -> list[TimeRef]:
    """The time references of ``sent``, a day of the week read with the people and bodies the recogniser found
    in it (:func:`find_time_refs`)."""
    return find_time_refs(reading.text, sent.start_char, sent.end_char, doc_date, profile=profile,
                          config=config.periods, actors=recognised_actors(sent, reading.sentence_ents(sent)),
                          doc=sent.doc)


def _following_resolved(carry: Carry, pos: int, read: Callable[[], Sequence[TimeRef]]) -> list[TimeRef]:
    """The time references ``read`` gives for the sentence at ``pos``, "the following year" resolved against
    what the turn carries when they are read (:meth:`PeriodCarry.resolve_following`)."""
    return carry.periods.resolve_following(pos, read())


def _inside(start: int, end: int, exclude: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in exclude)
