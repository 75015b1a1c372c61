"""Turn a processed ``Doc`` into a validated ``TranscriptRecord``.

This is the one place where spans become records: ids are given here
(``t1``, ``e1``, ``s1``, ``k1``, ``q1``), and every quantity is placed in its
sentence, turn, exchange and topic by offset.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence

from pydantic import ValidationError
from spacy.tokens import Doc

from . import records as r
from .extensions import QUANTITIES, TOPICS, doc_text
from .structure.types import Structure


class _Locator:
    """Find which of a sorted list of non-overlapping ranges contains an offset."""

    def __init__(self, ranges: Sequence[tuple[int, int, str]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [start for start, _, _ in self._ranges]

    def find(self, offset: int) -> str | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0:
            start, end, ident = self._ranges[i]
            if start <= offset < end:
                return ident
        return None


def transcript_record(
    doc: Doc, *, source: str, encoding: str = "utf-8", warnings: Sequence[str] = ()
) -> r.TranscriptRecord:
    """Build and validate the record of one transcript from its processed ``Doc``."""
    structure: Structure = doc._.structure
    text = doc_text(doc)
    header = structure.header
    turn_ids = [f"t{i + 1}" for i in range(len(structure.turns))]
    exchange_ids = [f"e{i + 1}" for i in range(len(structure.exchanges))]

    topics = [span._.topic for span in doc.spans.get(TOPICS, [])]
    topic_ids = [f"k{i + 1}" for i in range(len(topics))]
    topic_at = _Locator([(t.start, t.end, tid) for t, tid in zip(topics, topic_ids)])
    first_topic = topic_ids[0] if topic_ids else None
    body_start = topics[0].start if topics else 0

    exchange_of_turn: dict[int, str] = {}
    for ex, eid in zip(structure.exchanges, exchange_ids):
        for ti in (*ex.question_turns, *ex.answer_turns):
            exchange_of_turn[ti] = eid
    turn_at = _Locator([(t.start, t.end, str(i)) for i, t in enumerate(structure.turns)])
    exchange_at = _Locator([(e.start, e.end, eid) for e, eid in zip(structure.exchanges, exchange_ids)])

    turns = [
        r.Turn(
            id=turn_ids[i],
            start=t.start,
            end=t.end,
            content_start=t.content_start,
            speaker=t.speaker,
            participant=t.participant,
            role=t.role,
            exchange=exchange_of_turn.get(i),
            topic=topic_at.find(t.content_start),
        )
        for i, t in enumerate(structure.turns)
    ]
    exchanges = [
        r.Exchange(
            id=eid,
            start=e.start,
            end=e.end,
            asked_by=e.asked_by,
            question_turns=[turn_ids[i] for i in e.question_turns],
            answer_turns=[turn_ids[i] for i in e.answer_turns],
            answered_by=list(e.answered_by),
            handoffs=[
                r.Handoff(
                    start=h.start,
                    end=h.end,
                    text=text[h.start : h.end],
                    from_turn=turn_ids[h.from_turn],
                    to_participant=h.to_participant,
                )
                for h in e.handoffs
            ],
            topic=topic_at.find(e.start),
        )
        for e, eid in zip(structure.exchanges, exchange_ids)
    ]
    statements = [
        r.Statement(id=f"s{i + 1}", kind=s.kind, start=s.start, end=s.end, turns=[turn_ids[j] for j in s.turns])
        for i, s in enumerate(structure.statements)
    ]

    # ``converts`` indexes the list as the component laid it; ids follow text order.
    laid = [span._.quantity for span in doc.spans.get(QUANTITIES, [])]
    quantity_spans = sorted(doc.spans.get(QUANTITIES, []), key=lambda s: (s._.quantity.start, s._.quantity.end))
    quantity_ids = {id(span._.quantity): f"q{i + 1}" for i, span in enumerate(quantity_spans)}
    quantities = []
    notes = list(warnings)
    for span in quantity_spans:
        q = span._.quantity
        turn_index = turn_at.find(q.start)
        turn = structure.turns[int(turn_index)] if turn_index is not None else None
        sent = span.sent if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else None
        converts = None
        if q.converts is not None and 0 <= q.converts < len(laid):
            converts = quantity_ids[id(laid[q.converts])]
        candidate = dict(
            id=quantity_ids[id(q)],
            text=q.text,
            start=q.start,
            end=q.end,
            value=q.value,
            low=q.low,
            high=q.high,
            unit=q.unit,
            counted=q.counted,
            kind=q.kind,
            direction=q.direction,
            approx=q.approx,
            concept=q.concept,
            entity=q.entity,
            period=q.period,
            converts=converts,
            sentence=dict(start=sent.start_char, end=sent.end_char, text=sent.text) if sent is not None else None,
            speaker=turn.speaker if turn else None,
            role=turn.role if turn else None,
            turn=turn_ids[int(turn_index)] if turn_index is not None else None,
            exchange=exchange_at.find(q.start),
            # A figure in the header (the title) announces the briefing's first subject.
            topic=topic_at.find(q.start) or (first_topic if q.start < body_start else None),
        )
        out_of_range = [v for v in (q.value, q.low, q.high) if v is not None and not math.isfinite(v)]
        if out_of_range:
            # Past float range a number reads as infinity, which JSON cannot hold.
            notes.append(f"{source}: quantity {q.text[:40]!r}{'...' if len(q.text) > 40 else ''} at {q.start}:{q.end} "
                         "dropped: its number is beyond the range of numbers the output can hold")
            continue
        try:
            quantities.append(r.Quantity.model_validate(candidate, context={"text": text}))
        except ValidationError as exc:
            # One inconsistent quantity must not cost the transcript: drop it and say so.
            problems = "; ".join(e["msg"] for e in exc.errors())
            notes.append(f"{source}: quantity {q.text!r} at {q.start}:{q.end} dropped: {problems}")

    data = dict(
        source=source,
        encoding=encoding,
        warnings=notes,
        title=header.title,
        date=header.date,
        date_source=header.date_source,
        time=header.time,
        place=header.place,
        organiser=header.organiser,
        participants=[
            r.Participant(
                id=p.id,
                name=p.name,
                kind=p.kind,
                honorific=p.honorific,
                title=p.title,
                organisation=p.organisation,
                aliases=list(p.aliases),
            )
            for p in (structure.participants or header.participants)
        ],
        translators=list(header.translators),
        unlabelled=structure.unlabelled,
        debris=[r.Debris(start=d.start, end=d.end, kind=d.kind) for d in structure.debris],
        turns=turns,
        statements=statements,
        exchanges=exchanges,
        topics=[
            r.Topic(id=tid, start=t.start, end=t.end, label=t.label, keywords=list(t.keywords))
            for t, tid in zip(topics, topic_ids)
        ],
        quantities=quantities,
    )
    # Re-validate from plain data with the text as context: every span is checked against its source.
    return r.TranscriptRecord.model_validate(
        r.TranscriptRecord.model_construct(**data).model_dump(), context={"text": text}
    )
