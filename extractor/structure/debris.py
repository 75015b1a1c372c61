"""Detection of page debris: text that came with the page but is never content.

Debris is found line by line with anchored, linear-time patterns, plus one
structural rule: a line that repeats many times (a running page header or
footer, possibly glued to a "Page N of M" marker) is page furniture.
"""
from __future__ import annotations

import re
from collections import Counter

from ..lang.profile import Profile, per_profile
from .lines import BLANK, WS, Line, iter_lines, list_heads
from .participants import honorific
from .types import Debris

# Each pattern must match a whole trimmed line.
_LINE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("video-player", r"Video Player is loading\.?"),
        ("video-player", r"Loaded:" + WS + r"*\d+(?:\.\d+)?" + WS + r"*%"),
        ("video-player", r"Stream Type" + WS + r"+\w+"),
        ("video-player", r"\d+(?:\.\d+)?x"),
        ("video-player", r"(?:\d+:)?\d+:\d\d" + WS + r"*/" + WS + r"*(?:--:--|(?:\d+:)?\d+:\d\d)"),
        ("video-player", r"(?:Current Time|Duration|Remaining Time|Playback Rate|This is a modal window\.?"
                         r"|Beginning of dialog window\..*|End of dialog window\.|Chapters|Captions|Fullscreen"
                         r"|Mute|Unmute|Play|Pause|Seek to live, currently playing live|LIVE)"),
        ("link", r"Read in (?:Chinese|English|French|German|Spanish)"),
        ("separator", r"(?:\*" + WS + r"*){3,}|(?:-" + WS + r"*){3,}"),
        ("boilerplate", r"Disclaimer.*"),
        ("boilerplate", r"Reproduction is permitted provided that the source is acknowledged\.?"),
        ("boilerplate", r"(?:Copyright|©).{0,200}"),
        ("timestamp", r"END" + WS + r"+\d{1,2}:\d\d" + WS + r"*[AP]\.?M\.?(?:" + WS + r"+[A-Z]{2,4})?"),
        # A caption cue's timing ("00:01:05.000 --> 00:01:09.500 align:start") and a WebVTT file's first line.
        ("timestamp", r"(?:\d{1,2}:)?\d{1,2}:\d\d[.,]\d{3}" + WS + r"*-->" + WS
                      + r"*(?:\d{1,2}:)?\d{1,2}:\d\d[.,]\d{3}(?:" + WS + r".*)?"),
        ("boilerplate", r"WEBVTT(?:" + WS + r".*)?"),
        ("credits", r"(?:Translated|Edited|Translated and edited|Transcribed) by\b.*"),
    )
)

#: An image carousel's counter and caption: "1/5   Ann Lee". Which such lines are debris is
#: decided in ``_carousel``: the counter alone does not tell a caption from "9/11 families met ...".
_CAROUSEL = re.compile(r"(?P<n>\d{1,2})/(?P<of>\d{1,2})" + WS + r"+(?P<caption>\S.{0,60})")
#: "Page 3 of 28", possibly glued to the running header that follows it.
_PAGE_MARK = re.compile(r"Page \d+ of \d+")
#: A time alone on a line ("7:36 P.M. JST"): the end-of-event stamp when it closes the text.
_TIME_LINE = re.compile(r"\d{1,2}:\d\d" + WS + r"*[AP]\.?M\.?(?:" + WS + r"+[A-Z]{2,4})?")
#: A line with nothing but blank characters.
_BLANKISH = re.compile(WS + r"+")


def detect_debris(text: str, *, profile: Profile) -> list[Debris]:
    """Find page debris in a transcript.

    Args:
        text: The original transcript text.
        profile: The language profile whose word lists it reads.

    Returns:
        Debris spans in text order; each span covers a trimmed line or a
        part of one (a page marker glued to prose).
    """
    lines = iter_lines(text)
    found: list[Debris] = []
    running = _running_headers(lines)
    for line in lines:
        if line.start == line.end:
            continue
        kind = _line_kind(line)
        if kind:
            found.append(_debris(line.start, line.end, kind))
            continue
        if line.text in running:
            found.append(_debris(line.start, line.end, "page-header"))
            continue
        mark = _PAGE_MARK.match(line.text)
        if mark:
            # The running header is glued to the marker: "Page 1 of 28March 19, ...".
            rest = line.text[mark.end():]
            if not rest.strip() or rest.strip() in running:
                found.append(_debris(line.start, line.end, "page-header"))
            else:
                found.append(_debris(line.start, line.start + mark.end(), "page-header"))
    found.extend(_carousel(lines))
    found.extend(_closing_time(lines, found))
    found.extend(_duplicate_lists(text, lines, profile=profile))
    found.sort(key=lambda d: (d.start, d.end))
    return _dedupe(found)


def _line_kind(line: Line) -> str | None:
    """Classify one trimmed line by the fixed debris patterns."""
    if _BLANKISH.fullmatch(line.text):
        return None
    for kind, pattern in _LINE_PATTERNS:
        if pattern.fullmatch(line.text):
            return kind
    return None


def _carousel(lines: list[Line]) -> list[Debris]:
    """Mark image-carousel lines: a counter "n/N" (n at most N) and a caption.

    A caption is a label, not a sentence; where the page shows several slides, their counters
    share one N. A line that opens with a date or a number and goes on as a sentence ("9/11
    families met the President today.") is speech and stays.
    """
    cands = []
    for line in lines:
        m = _CAROUSEL.fullmatch(line.text)
        if m and 1 <= int(m.group("n")) <= int(m.group("of")):
            cands.append((line, m))
    slides: Counter[str] = Counter(m.group("of") for _, m in cands)
    out = []
    for line, m in cands:
        sentence = m.group("caption").rstrip(BLANK)[-1:] in ".?!…\"”"
        if not sentence or slides[m.group("of")] >= 2:
            out.append(_debris(line.start, line.end, "carousel"))
    return out


def _running_headers(lines: list[Line]) -> set[str]:
    """Return lines that recur as running page headers.

    A running header is glued after "Page N of M" markers; the same text
    standing alone on a line (the first page's header) is debris too.
    """
    glued: Counter[str] = Counter()
    for line in lines:
        mark = _PAGE_MARK.match(line.text)
        if mark and line.text[mark.end():].strip():
            glued[line.text[mark.end():].strip()] += 1
    return {t for t, n in glued.items() if n >= 2}


def _closing_time(lines: list[Line], found: list[Debris]) -> list[Debris]:
    """Mark the end-of-event time stamp near the end of the text, and the trailer after it.

    White House pages close with the time the event ended ("7:36 P.M. JST"),
    sometimes followed by a pointer to slides; neither is speech.
    """
    covered = {d.start for d in found}
    tail = [ln for ln in lines if ln.start != ln.end and not _BLANKISH.fullmatch(ln.text)][-4:]
    for i, line in enumerate(tail):
        if line.start not in covered and _TIME_LINE.fullmatch(line.text):
            out = [_debris(line.start, line.end, "timestamp")]
            out += [_debris(ln.start, ln.end, "trailer") for ln in tail[i + 1:] if ln.start not in covered]
            return out
    return []


@per_profile
def _list_head_patterns(profile: Profile) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line that is only a list's head (its word a group), and a head as a line's whole text."""
    heads = list_heads(profile)
    return (re.compile(r"(?m)^" + WS + r"*(" + heads + r")" + WS + r"*:?" + WS + r"*\r?$"),
            re.compile(heads + WS + r"*:?"))


def _duplicate_lists(text: str, lines: list[Line], *, profile: Profile) -> list[Debris]:
    """Mark the second copy of a header's speaker list.

    Pages such as SCIO's print the Speakers/Chairperson list twice, the second
    time with honorifics. The copy is debris; its honorifics are still read by
    the header parser.
    """
    heads = list(_list_head_patterns(profile)[0].finditer(text))
    if len(heads) < 2:
        return []
    first_kind = heads[0].group(1).rstrip("s").lower()
    for m in heads[1:]:
        if m.group(1).rstrip("s").lower() == first_kind:
            end = _list_end(text, lines, m.start(), profile=profile)
            if end <= m.end(1) + 1:
                # A head with no list under it is a label ("Moderator" alone on its line, speech below).
                continue
            return [_debris(m.start(1), end, "duplicate-speaker-list")]
    return []


def _list_end(text: str, lines: list[Line], start: int, *, profile: Profile) -> int:
    """Find where a speaker list starting at ``start`` ends (last list line)."""
    end = start
    for line in lines:
        if line.start < start or line.start == line.end:
            continue
        if (_list_head_patterns(profile)[1].fullmatch(line.text)
                or re.match(honorific(profile=profile) + r"\.?" + WS, line.text)):
            end = line.end
            continue
        break
    return end


def _dedupe(found: list[Debris]) -> list[Debris]:
    """Drop spans nested in an earlier span."""
    out: list[Debris] = []
    for d in found:
        if out and d.start >= out[-1].start and d.end <= out[-1].end:
            continue
        out.append(d)
    return out


def _debris(start: int, end: int, kind: str) -> Debris:
    return Debris.model_construct(start=start, end=end, kind=kind)
