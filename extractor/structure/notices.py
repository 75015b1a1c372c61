"""Warnings for a user when the structure of a transcript was not found.

A text read as one turn, without speaker labels, or without exchanges
though it asks questions, is probably in a format the segmentation does not
know; the facts are still extracted, but who said what may be wrong.
"""
from __future__ import annotations

from .labels import Label
from .types import Exchange, Turn

#: Question marks from which a text without exchanges is taken to hold a question-and-answer part.
_QUESTIONS_FOR_EXCHANGES = 3


def structure_warnings(text: str, labels: list[Label], turns: list[Turn], exchanges: list[Exchange],
                       body_start: int) -> tuple[str, ...]:
    """Say what of the structure was not found.

    Args:
        text: The original transcript text.
        labels: The speaker labels found.
        turns: The turns.
        exchanges: The exchanges.
        body_start: Where the header ends.

    Returns:
        Plain-language warnings, none when labels, turns and exchanges were all found.
    """
    out = []
    if not labels:
        out.append("no speaker labels found: turns were inferred from paragraphs and no speaker is named")
    if len(turns) <= 1:
        out.append(f"the text was read as {len(turns)} speaker turn{'s' if len(turns) != 1 else ''}: "
                   "its speaker labels may be in a format that is not recognised")
    marks = text.count("?", body_start)
    if not exchanges and marks >= _QUESTIONS_FOR_EXCHANGES:
        out.append(f"no question-and-answer exchange found although the text holds {marks} question marks")
    return tuple(out)
