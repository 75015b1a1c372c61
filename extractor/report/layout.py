"""Pure layout of one transcript page: which stretch of the text goes where.

Nothing here renders HTML. The functions cut the transcript's text into
sections (exchanges, statements, other turns, text outside any turn), blocks
(one per turn) and pieces (plain text, a quantity, debris), so that the
template only has to print them in order. Every character of the text lands
in exactly one piece, label or tail, which :func:`reassemble` checks.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..records.models import Exchange, Quantity, Statement, Topic, TranscriptRecord, Turn
from ..spans import subtract

PieceKind = Literal["text", "quantity", "debris", "topic"]
SectionKind = Literal["exchange", "statement", "turns", "outside"]


@dataclass(frozen=True)
class Piece:
    """A slice ``text[start:end]`` of a block's body.

    Attributes:
        start: Offset of the first character in the transcript.
        end: Offset just past the last character.
        text: The slice itself.
        kind: ``quantity`` for a highlighted quantity, ``debris`` for text the
            extractor set aside (shown greyed), ``topic`` for the empty mark
            where a topic starts inside a turn (its heading), ``text`` otherwise.
        quantity: The quantity record when ``kind`` is ``quantity``.
        topic: The topic record when ``kind`` is ``topic``.
    """

    start: int
    end: int
    text: str
    kind: PieceKind = "text"
    quantity: Quantity | None = None
    topic: Topic | None = None


@dataclass(frozen=True)
class Block:
    """One speaker turn, or a stretch of text outside every turn.

    Attributes:
        start: Offset where the block starts (the turn's label included).
        end: Offset where it ends.
        turn: The turn, or None for text outside turns (headers, gaps).
        label: The label as written with the spacing after it,
            ``text[start:body_start]``; shown as a heading, not inline.
        pieces: The body, cut at quantities and debris.
        tail: Trailing whitespace of the block, kept out of the body so the
            page does not show blank lines.
        topics: Topics whose start falls in this block (margin headings).
    """

    start: int
    end: int
    turn: Turn | None
    label: str
    pieces: tuple[Piece, ...]
    tail: str
    topics: tuple[Topic, ...] = ()

    @property
    def blank(self) -> bool:
        """Whether the block holds only whitespace (a gap between turns)."""
        return not any(p.text.strip() for p in self.pieces)

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """The quantities highlighted in this block, in text order."""
        return tuple(p.quantity for p in self.pieces if p.quantity is not None)


@dataclass(frozen=True)
class Section:
    """Consecutive blocks that belong together: one exchange, one statement, or the rest.

    Attributes:
        kind: What groups the blocks.
        blocks: The blocks in text order.
        exchange: The exchange when ``kind`` is ``exchange``.
        statement: The statement when ``kind`` is ``statement``.
    """

    kind: SectionKind
    blocks: tuple[Block, ...]
    exchange: Exchange | None = None
    statement: Statement | None = None


@dataclass(frozen=True)
class PageLayout:
    """Everything a transcript page shows, in order.

    Attributes:
        sections: The text, grouped.
        skipped: Quantities that could not be placed: offsets outside the
            text, a surface that does not match it, an overlap with an
            earlier quantity, or a span that crosses a turn boundary.
        speakers: Speaker labels in order of first appearance, with their role.
    """

    sections: tuple[Section, ...]
    skipped: tuple[Quantity, ...] = ()
    speakers: tuple[tuple[str, str], ...] = field(default=())


def reassemble(layout: PageLayout) -> str:
    """The text the layout was cut from, put back together (labels and tails included)."""
    return "".join(
        block.label + "".join(p.text for p in block.pieces) + block.tail
        for section in layout.sections
        for block in section.blocks
    )


def place_quantities(quantities: Iterable[Quantity], text: str) -> tuple[list[Quantity], list[Quantity]]:
    """Split quantities into those that can be highlighted and those that cannot.

    A quantity is placeable when its span lies inside the text, the text there
    is the quantity's own surface (the record may come from another version of
    the file), and it does not overlap a quantity placed before it.

    Returns:
        The placeable quantities sorted by offset, and the rejected ones.
    """
    placed: list[Quantity] = []
    rejected: list[Quantity] = []
    cursor = 0
    for q in sorted(quantities, key=lambda q: (q.start, q.end)):
        if q.end <= q.start or q.end > len(text) or text[q.start : q.end] != q.text or q.start < cursor:
            rejected.append(q)
            continue
        placed.append(q)
        cursor = q.end
    return placed, rejected


def cut(text: str, start: int, end: int, quantities: Sequence[Quantity],
        debris: Sequence[tuple[int, int]]) -> list[Piece]:
    """Cut ``text[start:end]`` into pieces at the given quantity and debris spans.

    Args:
        text: The whole transcript.
        start: Where the stretch starts.
        end: Where it ends.
        quantities: Non-overlapping quantities inside the stretch, sorted.
        debris: ``(start, end)`` spans of debris, in any order; clipped to the
            stretch, and never cut into a quantity (the quantity wins).

    Returns:
        Pieces covering the stretch exactly, without empty ones.
    """
    marks: list[tuple[int, int, PieceKind, Quantity | None]] = [(q.start, q.end, "quantity", q) for q in quantities]
    for d_start, d_end in subtract(_clip(debris, start, end), [(q.start, q.end) for q in quantities]):
        marks.append((d_start, d_end, "debris", None))
    marks.sort(key=lambda m: m[0])
    pieces: list[Piece] = []
    cursor = start
    for m_start, m_end, kind, quantity in marks:
        if m_start > cursor:
            pieces.append(Piece(cursor, m_start, text[cursor:m_start]))
        pieces.append(Piece(m_start, m_end, text[m_start:m_end], kind, quantity))
        cursor = m_end
    if cursor < end:
        pieces.append(Piece(cursor, end, text[cursor:end]))
    return pieces


def _clip(spans: Iterable[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Spans cut to ``[start, end)`` and merged where they overlap, sorted."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted((max(s, start), min(e, end)) for s, e in spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _body_bounds(text: str, turn: Turn, start: int) -> tuple[int, int]:
    """Where a turn's visible body starts and ends: after its label, without outer whitespace."""
    body_start = min(max(turn.content_start, start), turn.end)
    body_end = turn.end
    while body_start < body_end and text[body_start].isspace():
        body_start += 1
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    return body_start, body_end


def _spans(text: str, record: TranscriptRecord) -> list[tuple[int, int, Turn | None]]:
    """The text cut into turns and the stretches between them, covering it exactly."""
    spans: list[tuple[int, int, Turn | None]] = []
    cursor = 0
    for turn in sorted(record.turns, key=lambda t: (t.start, t.end)):
        start, end = min(turn.start, len(text)), min(turn.end, len(text))
        if end <= cursor or end <= start:
            continue  # empty, or inside the previous turn: it would repeat text
        if start > cursor:
            spans.append((cursor, start, None))
        spans.append((max(start, cursor), end, turn))
        cursor = end
    if cursor < len(text) or not spans:
        spans.append((cursor, len(text), None))
    return spans


def _group_of(record: TranscriptRecord) -> dict[str, Exchange | Statement]:
    """The exchange or statement each turn belongs to, by turn id (statements first)."""
    exchanges = {e.id: e for e in record.exchanges}
    group: dict[str, Exchange | Statement] = {}
    for turn in record.turns:
        if turn.exchange in exchanges:
            group[turn.id] = exchanges[turn.exchange]
    for exchange in record.exchanges:
        for turn_id in [*exchange.question_turns, *exchange.answer_turns]:
            group[turn_id] = exchange
    for statement in record.statements:
        for turn_id in statement.turns:
            group[turn_id] = statement
    return group


def layout_transcript(record: TranscriptRecord, text: str) -> PageLayout:
    """Lay out one transcript's text with its records.

    Args:
        record: The extracted facts.
        text: The transcript's full text, which every offset of ``record`` indexes.

    Returns:
        The page's sections, blocks and pieces, and the quantities left out.
    """
    placed, skipped = place_quantities(record.quantities, text)
    debris = [(d.start, d.end) for d in record.debris]
    blocks: list[Block] = []
    pending = list(placed)
    for start, end, turn in _spans(text, record):
        body_start, body_end = _body_bounds(text, turn, start) if turn else (start, end)
        inside: list[Quantity] = []
        while pending and pending[0].start < end:
            q = pending.pop(0)
            # A quantity across a label or a turn boundary cannot be one mark.
            (inside if body_start <= q.start and q.end <= body_end else skipped).append(q)
        blocks.append(
            Block(
                start=start,
                end=end,
                turn=turn,
                label=text[start:body_start],
                pieces=tuple(cut(text, body_start, body_end, inside, debris)),
                tail=text[body_end:end],
            )
        )
    blocks = _attach_topics(blocks, record.topics)
    speakers: dict[str, str] = {}
    for block in blocks:
        if block.turn and block.turn.speaker is not None:
            speakers.setdefault(block.turn.speaker, block.turn.role)
    return PageLayout(
        sections=tuple(_sections(blocks, _group_of(record))),
        skipped=tuple(sorted(skipped, key=lambda q: (q.start, q.end))),
        speakers=tuple(speakers.items()),
    )


def _attach_topics(blocks: list[Block], topics: Iterable[Topic]) -> list[Block]:
    """Put each topic's heading where the topic starts.

    A topic that starts at a block's beginning (before its first words) heads the block in the
    margin; one that starts further inside a turn (a statement or an answer that changes subject)
    gets an empty ``topic`` piece at its offset, so that its heading stands in the text there.
    """
    starting: dict[int, list[Topic]] = {}
    inline: dict[int, list[Topic]] = {}
    for topic in sorted(topics, key=lambda t: (t.start, t.end)):
        index = next((i for i, b in enumerate(blocks) if b.end > topic.start and not b.blank), None)
        if index is None:
            index = len(blocks) - 1  # a topic past the text: still shown, at the end
        block = blocks[index]
        words = next((p.start + len(p.text) - len(p.text.lstrip()) for p in block.pieces if p.text.strip()), block.end)
        (inline if topic.start > words else starting).setdefault(index, []).append(topic)
    return [
        Block(b.start, b.end, b.turn, b.label, _with_marks(b.pieces, inline.get(i, ())), b.tail,
              tuple(starting.get(i, ())))
        for i, b in enumerate(blocks)
    ]


def _with_marks(pieces: tuple[Piece, ...], topics: Sequence[Topic]) -> tuple[Piece, ...]:
    """``pieces`` with an empty ``topic`` piece at each topic's start (a text piece is split there;
    a quantity or debris is never split: the mark goes just before it)."""
    out = list(pieces)
    for topic in topics:
        k = next((j for j, p in enumerate(out) if p.end > topic.start), len(out))
        if k < len(out) and out[k].kind == "text" and out[k].start < topic.start:
            p, at = out[k], topic.start - out[k].start
            out[k:k + 1] = [Piece(p.start, topic.start, p.text[:at]), Piece(topic.start, p.end, p.text[at:])]
            k += 1
        at = out[k].start if k < len(out) else (out[-1].end if out else topic.start)
        out.insert(k, Piece(at, at, "", "topic", topic=topic))
    return tuple(out)


def _sections(blocks: list[Block], group: dict[str, Exchange | Statement]) -> list[Section]:
    """Group consecutive blocks of the same exchange or statement.

    Blank gaps stay in the section they follow, so that the whitespace
    between two answers does not split their exchange.
    """
    sections: list[Section] = []
    current_key: object = None
    current: list[Block] = []
    current_owner: Exchange | Statement | None = None
    current_kind: SectionKind = "outside"

    def close() -> None:
        if current:
            sections.append(
                Section(
                    kind=current_kind,
                    blocks=tuple(current),
                    exchange=current_owner if isinstance(current_owner, Exchange) else None,
                    statement=current_owner if isinstance(current_owner, Statement) else None,
                )
            )

    for block in blocks:
        if block.turn is None and block.blank and current:
            current.append(block)
            continue
        owner = group.get(block.turn.id) if block.turn else None
        if block.turn is None:
            kind: SectionKind = "outside"
            key: object = ("outside", block.start)
        elif owner is None:
            kind, key = "turns", ("turns",)
        else:
            kind = "exchange" if isinstance(owner, Exchange) else "statement"
            key = (kind, owner.id)
        if key != current_key or kind == "outside":
            close()
            current, current_key, current_owner, current_kind = [], key, owner, kind
        current.append(block)
    close()
    return sections
