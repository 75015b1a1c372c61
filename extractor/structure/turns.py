"""Turns: the stretch of text each speaker label opens.

A turn runs from its label to the next label. Its end is pulled back over
trailing blanks and debris (credits, boilerplate, end time stamps), so
``text[start:end]`` is exactly what the speaker said, label included.
"""
from __future__ import annotations

from .labels import Label
from .lines import BLANK, trim
from .types import Debris, Turn

#: The tag that closes a WebVTT caption's voice span.
_VOICE_CLOSE = "</v>"


def build_turns(text: str, labels: list[Label], debris: list[Debris] | tuple[Debris, ...] = ()) -> list[Turn]:
    """Cut the text into one turn per label.

    Args:
        text: The original transcript text.
        labels: Speaker labels in text order.
        debris: Debris spans, trimmed off the end of turns.

    Returns:
        Turns (ids ``t1``, ``t2``... in text order) with role "other" and no participant; roles are
        assigned later.
    """
    turns = []
    for i, lab in enumerate(labels):
        stop = labels[i + 1].start if i + 1 < len(labels) else len(text)
        content_start = _skip_blank(text, lab.end, stop)
        if content_start >= stop:  # a label with no speech ends where it does
            content_start = end = lab.end
        else:
            end = content_end(text, content_start, stop, debris)
        turns.append(Turn.model_construct(id=f"t{i + 1}", start=lab.start, end=max(end, lab.end),
                                          content_start=content_start, speaker=lab.name, role="other",
                                          participant=None))
    return turns


def content_end(text: str, start: int, stop: int, debris) -> int:
    """Return the end of the last content character in ``text[start:stop]``.

    Trailing blanks, a caption's closing voice tag and debris spans that reach the end of
    the range are excluded, repeatedly (a credits line may sit after a carousel line).
    """
    end = stop
    while True:
        _, end = trim(text, start, end)
        if text.endswith(_VOICE_CLOSE, start, end):
            # A caption cue closes its voice tag ("<v Ann Lee>Thank you.</v>"): markup, not speech.
            end -= len(_VOICE_CLOSE)
            continue
        tail = [d for d in debris if start <= d.start < end and d.end >= end]
        if not tail:
            return end
        end = min(d.start for d in tail)


def _skip_blank(text: str, pos: int, stop: int) -> int:
    """Skip blank characters and newlines after a label."""
    blank = BLANK + "\n"
    while pos < stop and text[pos] in blank:
        pos += 1
    return pos
