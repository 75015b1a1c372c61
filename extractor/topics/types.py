"""Plain value type for a topic segment."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TopicSegment:
    """A contiguous stretch of the transcript body about one subject."""

    start: int
    end: int
    label: str
    keywords: tuple[str, ...] = ()
