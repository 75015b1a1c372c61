"""The chair's turns of an official: giving the floor while another official answers.

A press secretary opens a briefing, hands over to a guest and, while the
guest takes questions, calls on reporters ("Go ahead, Ann."). Those turns
answer nothing: they are the chair's, so the turn's role is ``moderator``
though the label's is ``official``. The same short turn in the secretary's
own part of the briefing, where she also answers, stays hers as official.
"""
from __future__ import annotations

from dataclasses import replace

from .handoffs import handoffs_in
from .roles import ends_on_question
from .types import Turn

#: Words within which a turn only gives the floor ("Okay. We'll take a few. Go ahead, Ann."):
#: an answer, even a curt one, that would be this short follows a question (checked apart).
_FLOOR_WORDS = 40


def chair_turns(text: str, turns: list[Turn]) -> list[Turn]:
    """Give the ``moderator`` role to official turns that only chair.

    Args:
        text: The original transcript text.
        turns: Turns with their labels' roles.

    Returns:
        The turns, an official's turn made ``moderator`` where it is short, answers no
        question (the turn before it is no press question, nor an official's hand-off to it)
        and the last official to speak before it was someone else.
    """
    out = list(turns)
    floor: Turn | None = None  # the last official turn that was not the chair's
    for i, t in enumerate(turns):
        if t.role != "official":
            continue
        content = text[t.content_start:t.end]
        prev = turns[i - 1] if i else None
        answers = prev is not None and prev.role == "media" and ends_on_question(text[prev.content_start:prev.end])
        # "I'll ask Paul to add to that": the official handed the question on, so the next one answers.
        handed = floor is not None and prev is floor and next(handoffs_in(text, floor.content_start, floor.end), None)
        if (floor is not None and floor.speaker != t.speaker and not answers and not handed
                and len(content.split()) < _FLOOR_WORDS):
            out[i] = replace(t, role="moderator")
            continue
        floor = t
    return out
