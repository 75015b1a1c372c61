"""Turn a processed ``Doc`` into a validated ``TranscriptRecord``.

The components made their facts as the records of :mod:`extractor.records.models`, with their ids and
cross-references (``t1``, ``e1``, ``s1``, ``k1``, ``q1``), and laid them on the Doc: turns,
exchanges, topics and quantities on the span groups (``doc.spans``), the header, statements and
debris in ``doc._.structure``. Assembling only completes what no single component could know:
the topic a turn or an exchange falls in, and where each quantity was said (its sentence, speaker
and role, turn, exchange and topic, found by offset). The record holds what the Doc holds: a
reference to a turn or an exchange whose span was taken off the Doc (span groups can be filtered),
or to a quantity that was dropped, is left out. Each record is validated once, here, against the
text: a quantity on its own (an inconsistent one is dropped with a warning, it must not cost the
transcript), everything else with the whole record.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from spacy.tokens import Doc, Span

from ..pipeline.extensions import EXCHANGES, QUANTITIES, TOPICS, TURNS
from ..pipeline.parsed import doc_text
from ..structure.types import Structure
from . import models as r


class _Locator:
    """Find which of a sorted list of non-overlapping ranges contains an offset."""

    def __init__(self, ranges: Sequence[tuple[int, int, Any]]) -> None:
        self._ranges = sorted(ranges, key=lambda item: (item[0], item[1]))
        self._starts = [start for start, _, _ in self._ranges]

    def find(self, offset: int) -> Any | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0:
            start, end, found = self._ranges[i]
            if start <= offset < end:
                return found
        return None


class _Laid:
    """What the components laid on the Doc, and where each record is by offset."""

    def __init__(self, doc: Doc) -> None:
        self.turns: list[r.Turn] = [span._.turn for span in doc.spans.get(TURNS, [])]
        self.turn_ids = {t.id for t in self.turns}
        self.exchanges: list[r.Exchange] = [span._.exchange for span in doc.spans.get(EXCHANGES, [])]
        self.topics: list[r.Topic] = [span._.topic for span in doc.spans.get(TOPICS, [])]
        self.turn_at = _Locator([(t.start, t.end, t) for t in self.turns])
        self.exchange_ids = {e.id for e in self.exchanges}
        self.exchange_at = _Locator([(e.start, e.end, e.id) for e in self.exchanges])
        self.topic_at = _Locator([(t.start, t.end, t.id) for t in self.topics])

    def laid_turns(self, ids: Sequence[str]) -> list[str]:
        """Those of ``ids`` whose turns are on the Doc."""
        return [i for i in ids if i in self.turn_ids]

    def topic_of(self, offset: int) -> str | None:
        """The topic at ``offset``; a figure in the header (the title) announces the briefing's first one."""
        found = self.topic_at.find(offset)
        if found is None and self.topics and offset < self.topics[0].start:
            return self.topics[0].id
        return found


def transcript_record(
    doc: Doc, *, source: str, encoding: str = "utf-8", warnings: Sequence[str] = ()
) -> r.TranscriptRecord:
    """Build and validate the record of one transcript from its processed ``Doc``."""
    structure: Structure = doc._.structure
    text = doc_text(doc)
    laid = _Laid(doc)
    notes = list(warnings) + [f"{source}: {w}" for w in structure.warnings]
    quantities = _quantities(doc, laid, text, source, notes)
    header = structure.header
    if structure.participants:
        header = header.model_copy(update={"participants": structure.participants})
    data = dict(
        source=source,
        encoding=encoding,
        warnings=notes,
        **_fields(header),
        unlabelled=structure.unlabelled,
        debris=[_fields(d) for d in structure.debris],
        turns=[_fields(t, exchange=t.exchange if t.exchange in laid.exchange_ids else None,
                       topic=laid.topic_at.find(t.content_start)) for t in laid.turns],
        statements=[_fields(s, turns=laid.laid_turns(s.turns)) for s in structure.statements],
        exchanges=[_exchange(e, laid) for e in laid.exchanges],
        topics=[_fields(t) for t in laid.topics],
        quantities=quantities,
    )
    # The quantities are validated already, one by one; the rest is validated here, once, with the
    # text as context: every span is checked against its source, every reference against the ids.
    return r.TranscriptRecord.model_validate(data, context={"text": text})


def _fields(record: r.Record, **completed: Any) -> dict[str, Any]:
    """A record made in the pipeline, as the data to validate, with the fields assembling completes."""
    return {**record.model_dump(), **completed}


def _exchange(e: r.Exchange, laid: _Laid) -> dict[str, Any]:
    return _fields(e, question_turns=laid.laid_turns(e.question_turns), answer_turns=laid.laid_turns(e.answer_turns),
                   handoffs=[h.model_dump() for h in e.handoffs if h.from_turn in laid.turn_ids],
                   topic=laid.topic_at.find(e.start))


def _quantities(doc: Doc, laid: _Laid, text: str, source: str, notes: list[str]) -> list[r.Quantity]:
    """The quantity records in text order, each placed and validated; one that fails validation is left out
    and a note says why."""
    spans = sorted(doc.spans.get(QUANTITIES, []), key=lambda s: (s._.quantity.start, s._.quantity.end))
    with_sentences = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    out = []
    seen: set[str] = set()
    for span in spans:
        q = span._.quantity
        if q.id in seen:
            # Ids are unique by construction; should a component still repeat one, the repeat goes, not the
            # transcript.
            notes.append(f"{source}: quantity {q.text!r} at {q.start}:{q.end} dropped: its id {q.id} repeats")
            continue
        seen.add(q.id)
        candidate = _fields(q, sentence=_sentence(span) if with_sentences else None, **_placement(laid, q.start))
        record = _quantity_record(candidate, text, source, notes)
        if record is not None:
            out.append(record)
    kept = {q.id for q in out}
    for k, q in enumerate(out):
        if q.converts is not None and q.converts not in kept:
            # The figure it converts was dropped (or its span taken off the Doc): the link goes, the figure stays.
            notes.append(f"{source}: quantity {q.text!r} at {q.start}:{q.end} converts a figure that was left out")
            out[k] = q.model_copy(update={"converts": None})
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
    return {"start": sent.start_char, "end": sent.end_char, "text": sent.text}


def _placement(laid: _Laid, offset: int) -> dict[str, Any]:
    """Where a figure at ``offset`` was said: its speaker and role, turn, exchange and topic."""
    turn = laid.turn_at.find(offset)
    return {
        "speaker": turn.speaker if turn else None,
        "role": turn.role if turn else None,
        "turn": turn.id if turn else None,
        "exchange": laid.exchange_at.find(offset),
        "topic": laid.topic_of(offset),
    }
