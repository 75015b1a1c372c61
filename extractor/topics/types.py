"""The topic segmenter's own value types (a topic itself is a record: :class:`extractor.records.models.Topic`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

#: What a passage is: a question, an answer, part of an opening or closing statement, or other talk.
PassageRole = Literal["question", "answer", "statement", "other"]
#: Whether a passage opens a new structural block: a new exchange or statement ("block"),
#: a further question by the same asker ("follow-up"), a question by an asker the structure does not
#: know ("question": an unnamed "Q", an unlabelled transcript), or nothing ("none").
PassageOpens = Literal["block", "follow-up", "question", "none"]


@dataclass(frozen=True)
class Passage:
    """A stretch of one speaker's talk, as the segmenter sees it (offsets into the text)."""

    start: int
    end: int
    role: PassageRole
    opens: PassageOpens = "none"
    content_start: int | None = None  # after the speaker label, when there is one
    speaker: str | None = None  # the speaker label as written ("NICK TIMIRAOS", "Q"), when there is one
    asker: str | None = None  # who asks a question passage, as the structure names them (a moderator's "Next, Ann Lee")
