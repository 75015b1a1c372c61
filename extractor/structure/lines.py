"""Line and paragraph iteration with offsets into the original text.

The transcripts mix LF and CRLF endings and pad lines with NBSPs and word
joiners, so every helper here treats those characters as blank space while
still reporting offsets into the untouched original string.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.profile import Profile, per_profile

#: Characters that count as blank inside a line (CR included, so CRLF files
#: behave like LF files; NBSP and word joiners pad White House lines).
BLANK = " \t\r\u00a0\u2060\u200b\ufeff"
#: Regex character class for BLANK.
WS = r"[ \t\r\u00a0\u2060\u200b\ufeff]"



@per_profile
def list_heads(profile: Profile) -> str:
    """A regex of the words that head a list of participants in a header ("Speakers:", "Chairperson"),
    capitalised as a header writes them (vocabulary ``list_heads``), longest first."""
    words = sorted(profile.table("list_heads"), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w.capitalize()) for w in words) + ")"


_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True)
class Line:
    """One line of the text; ``start``/``end`` exclude the newline and outer blanks."""

    start: int
    end: int
    text: str


def iter_lines(text: str) -> list[Line]:
    """Split ``text`` into lines with their blank padding trimmed.

    Args:
        text: The original transcript text.

    Returns:
        One ``Line`` per physical line; an all-blank line has ``start == end``.
    """
    lines = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl
        start, end = trim(text, pos, stop)
        lines.append(Line(start, end, text[start:end]))
        if nl < 0:
            break
        pos = nl + 1
    return lines


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with blank space or newlines.

    Args:
        text: The original text.
        start: Start offset.
        end: End offset (exclusive).

    Returns:
        The trimmed ``(start, end)``; ``start == end`` when the span is blank.
    """
    blank = BLANK + "\n"
    while start < end and text[start] in blank:
        start += 1
    while end > start and text[end - 1] in blank:
        end -= 1
    return start, end


@dataclass(frozen=True)
class Paragraph:
    """A run of non-blank lines; ``start``/``end`` are trimmed offsets."""

    start: int
    end: int


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Paragraph]:
    """Split ``text[start:end]`` into blank-line separated paragraphs.

    Args:
        text: The original text.
        start: Where to begin.
        end: Where to stop (default: end of text).

    Returns:
        Paragraphs in order, offsets into ``text``.
    """
    end = len(text) if end is None else end
    out: list[Paragraph] = []
    cur_start: int | None = None
    cur_end = 0
    for line in iter_lines(text):
        if line.start >= end:
            break
        if line.end <= start:
            continue
        if line.start == line.end:
            if cur_start is not None:
                out.append(Paragraph(cur_start, cur_end))
                cur_start = None
            continue
        if cur_start is None:
            cur_start = max(line.start, start)
        cur_end = min(line.end, end)
    if cur_start is not None:
        out.append(Paragraph(cur_start, cur_end))
    return out


def is_line_start(text: str, pos: int) -> bool:
    """Tell whether only blank space separates ``pos`` from the previous newline (or text start)."""
    i = pos - 1
    while i >= 0 and text[i] in BLANK:
        i -= 1
    return i < 0 or text[i] == "\n"
