"""Topic segments from the transcript's structure and its key phrases.

A first, structural segmentation: each opening statement, closing remark and
question-and-answer exchange is a segment; the body of a transcript without
them is one segment. Labels and keywords come from the segment's own most
frequent noun phrases.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .types import TopicSegment

_MAX_KEYWORDS = 5


def segment_topics(doc: Doc, blocks: list[tuple[int, int]], body_start: int) -> list[TopicSegment]:
    """Segment ``doc`` into topics.

    Args:
        doc: A parsed transcript (noun chunks are used for labels).
        blocks: ``(start, end)`` of the structural units (statements, exchanges) in order.
        body_start: Where the body begins (the first speaker turn).

    Returns:
        Contiguous segments covering the body, in text order.
    """
    bounds = sorted({max(start, body_start) for start, _ in blocks} | {body_start})
    bounds = [b for b in bounds if b < len(doc.text)]
    if not bounds:
        return []
    edges = [*bounds, len(doc.text)]
    phrases = _phrases_by_offset(doc)
    segments = []
    used_labels: set[str] = set()
    for start, end in zip(edges, edges[1:]):
        counts = Counter(p for offset, p in phrases if start <= offset < end)
        keywords = tuple(p for p, _ in counts.most_common(_MAX_KEYWORDS))
        label = _distinct_label(keywords, used_labels)
        used_labels.add(label)
        segments.append(TopicSegment(start=start, end=end, label=label, keywords=keywords))
    return segments


def _phrases_by_offset(doc: Doc) -> list[tuple[int, str]]:
    out = []
    if not doc.has_annotation("DEP"):
        return out
    for chunk in doc.noun_chunks:
        words = [t for t in chunk if not (t.is_stop or t.is_punct or t.like_num or t.pos_ in ("PRON", "DET"))]
        if not words:
            continue
        phrase = " ".join(t.lemma_.lower() if t is words[-1] else t.text.lower() for t in words)
        if len(phrase) > 2:
            out.append((chunk.start_char, phrase))
    return out


def _distinct_label(keywords: tuple[str, ...], used: set[str]) -> str:
    label = " and ".join(keywords[:2]) if keywords else "remarks"
    candidate, n = label, 2
    while candidate in used:
        candidate = f"{label} ({n})"
        n += 1
    return candidate
