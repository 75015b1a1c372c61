"""Turn a processed ``Doc`` into a validated ``TranscriptRecord``.

This is the one place where spans become records. The turns, exchanges, topics and quantities are
read back from the span groups the components laid on the Doc (``doc.spans``); the header,
statements and debris from ``doc._.structure``. Ids are given once, in :class:`_Laid` (``t1``,
``e1``, ``k1``; ``q1`` in text order), and every quantity is placed in its sentence, turn,
exchange and topic by offset. One builder per record type maps a fact to its record: the fields
the two share by name are copied, the references are turned into ids. Each record is validated
once against the text: a quantity on its own (an inconsistent one is dropped with a warning, it
must not cost the transcript), everything else with the whole record.
"""
from __future__ import annotations

import dataclasses
import math
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ValidationError
from spacy.tokens import Doc, Span

from . import records as r
from .extensions import EXCHANGES, QUANTITIES, TOPICS, TURNS, doc_text
from .structure.types import Structure


class _Locator:
    """Find which of a sorted list of non-overlapping ranges contains an offset."""

    def __init__(self, ranges: Sequence[tuple[int, int, Any]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [start for start, _, _ in self._ranges]

    def find(self, offset: int) -> Any | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0:
            start, end, ident = self._ranges[i]
            if start <= offset < end:
                return ident
        return None


def _shared(fact: object, record: type[BaseModel], *, skip: Sequence[str] = ()) -> dict[str, Any]:
    """The fields of a fact (a dataclass) that its record has under the same name (tuples as lists)."""
    out = {}
    for f in dataclasses.fields(fact):
        if f.name in record.model_fields and f.name not in skip:
            value = getattr(fact, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


class _Laid:
    """What the components laid on the Doc, numbered once: turns, exchanges, topics, with their ids."""

    def __init__(self, doc: Doc) -> None:
        self.turns = [span._.turn for span in doc.spans.get(TURNS, [])]
        self.exchanges = [span._.exchange for span in doc.spans.get(EXCHANGES, [])]
        self.topics = [span._.topic for span in doc.spans.get(TOPICS, [])]
        # Exchanges and statements name turns by their place in the list laid (the structure's order).
        self.turn_ids = [f"t{i + 1}" for i in range(len(self.turns))]
        self.exchange_ids = [f"e{i + 1}" for i in range(len(self.exchanges))]
        self.topic_ids = [f"k{i + 1}" for i in range(len(self.topics))]
        self.exchange_of_turn = {ti: eid for ex, eid in zip(self.exchanges, self.exchange_ids)
                                 for ti in (*ex.question_turns, *ex.answer_turns)}
        self.turn_at = _Locator([(t.start, t.end, i) for i, t in enumerate(self.turns)])
        self.exchange_at = _Locator([(e.start, e.end, eid) for e, eid in zip(self.exchanges, self.exchange_ids)])
        self.topic_at = _Locator([(t.start, t.end, tid) for t, tid in zip(self.topics, self.topic_ids)])

    def topic_of(self, offset: int) -> str | None:
        """The topic at ``offset``; a figure in the header (the title) announces the briefing's first one."""
        found = self.topic_at.find(offset)
        if found is None and self.topics and offset < self.topics[0].start:
            return self.topic_ids[0]
        return found


def transcript_record(
    doc: Doc, *, source: str, encoding: str = "utf-8", warnings: Sequence[str] = ()
) -> r.TranscriptRecord:
    """Build and validate the record of one transcript from its processed ``Doc``."""
    structure: Structure = doc._.structure
    text = doc_text(doc)
    laid = _Laid(doc)
    notes = list(warnings) + [f"{source}: {w}" for w in structure.warnings]
    data = dict(
        source=source,
        encoding=encoding,
        warnings=notes,
        **_header(structure),
        debris=[_shared(d, r.Debris) for d in structure.debris],
        turns=_turns(laid),
        statements=_statements(structure, laid),
        exchanges=_exchanges(laid, text),
        topics=_topics(laid),
        quantities=_quantities(doc, laid, text, source, notes),
    )
    # The quantities are records already (validated one by one); the rest is validated here, once,
    # with the text as context: every span is checked against its source.
    return r.TranscriptRecord.model_validate(data, context={"text": text})


def _header(structure: Structure) -> dict[str, Any]:
    """The header's facts (title, date, time, place, organiser, translators), participants, and whether
    the turns were inferred."""
    return dict(
        **_shared(structure.header, r.TranscriptRecord, skip=("participants", "warnings")),
        participants=[_shared(p, r.Participant) for p in (structure.participants or structure.header.participants)],
        unlabelled=structure.unlabelled,
    )


def _turns(laid: _Laid) -> list[dict[str, Any]]:
    return [
        dict(_shared(t, r.Turn), id=tid, exchange=laid.exchange_of_turn.get(i),
             topic=laid.topic_at.find(t.content_start))
        for i, (t, tid) in enumerate(zip(laid.turns, laid.turn_ids))
    ]


def _exchanges(laid: _Laid, text: str) -> list[dict[str, Any]]:
    ids = laid.turn_ids
    return [
        dict(
            _shared(e, r.Exchange),
            id=eid,
            question_turns=[ids[i] for i in e.question_turns],
            answer_turns=[ids[i] for i in e.answer_turns],
            handoffs=[dict(_shared(h, r.Handoff), text=text[h.start : h.end], from_turn=ids[h.from_turn])
                      for h in e.handoffs],
            topic=laid.topic_at.find(e.start),
        )
        for e, eid in zip(laid.exchanges, laid.exchange_ids)
    ]


def _statements(structure: Structure, laid: _Laid) -> list[dict[str, Any]]:
    return [
        dict(_shared(s, r.Statement), id=f"s{i + 1}", turns=[laid.turn_ids[j] for j in s.turns])
        for i, s in enumerate(structure.statements)
    ]


def _topics(laid: _Laid) -> list[dict[str, Any]]:
    return [dict(_shared(t, r.Topic), id=tid) for t, tid in zip(laid.topics, laid.topic_ids)]


def _quantities(doc: Doc, laid: _Laid, text: str, source: str, notes: list[str]) -> list[r.Quantity]:
    """The quantity records in text order (ids ``q1``...); one that fails validation is left out and a
    note says why."""
    spans = list(doc.spans.get(QUANTITIES, []))
    # ``converts`` indexes the list as the component laid it; ids follow text order.
    as_laid = [span._.quantity for span in spans]
    ordered = sorted(spans, key=lambda s: (s._.quantity.start, s._.quantity.end))
    ids = {id(span._.quantity): f"q{i + 1}" for i, span in enumerate(ordered)}
    with_sentences = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    out = []
    for span in ordered:
        q = span._.quantity
        converts = ids[id(as_laid[q.converts])] if q.converts is not None and 0 <= q.converts < len(as_laid) else None
        candidate = dict(_shared(q, r.Quantity, skip=("converts",)), id=ids[id(q)], converts=converts,
                         sentence=_sentence(span) if with_sentences else None, **_placement(laid, q.start))
        record = _quantity_record(candidate, text, source, notes)
        if record is not None:
            out.append(record)
    return out


def _quantity_record(candidate: dict[str, Any], text: str, source: str, notes: list[str]) -> r.Quantity | None:
    """One quantity validated against the text, or None (and a note) when it is inconsistent or its number
    is past float range (it reads as infinity, which JSON cannot hold)."""
    if any(v is not None and not math.isfinite(v) for v in (candidate.get(k) for k in ("value", "low", "high"))):
        shown = candidate["text"][:40] + ("..." if len(candidate["text"]) > 40 else "")
        notes.append(f"{source}: quantity {shown!r} at {candidate['start']}:{candidate['end']} "
                     "dropped: its number is beyond the range of numbers the output can hold")
        return None
    try:
        return r.Quantity.model_validate(candidate, context={"text": text})
    except ValidationError as exc:
        problems = "; ".join(e["msg"] for e in exc.errors())
        notes.append(f"{source}: quantity {candidate['text']!r} at {candidate['start']}:{candidate['end']} "
                     f"dropped: {problems}")
        return None


def _sentence(span: Span) -> dict[str, Any]:
    sent = span.sent
    return dict(start=sent.start_char, end=sent.end_char, text=sent.text)


def _placement(laid: _Laid, offset: int) -> dict[str, Any]:
    """Where a figure at ``offset`` was said: its speaker and role, turn, exchange and topic."""
    index = laid.turn_at.find(offset)
    turn = laid.turns[index] if index is not None else None
    return dict(
        speaker=turn.speaker if turn else None,
        role=turn.role if turn else None,
        turn=laid.turn_ids[index] if index is not None else None,
        exchange=laid.exchange_at.find(offset),
        topic=laid.topic_of(offset),
    )
