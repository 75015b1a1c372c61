"""Turns: the stretch of text each speaker label opens.

A turn runs from its label to the next label. Its end is pulled back over
trailing blanks and debris (credits, boilerplate, end time stamps), so
``text[start:end]`` is exactly what the speaker said, label included.
"""
from __future__ import annotations

import re

from ..lang.profile import Profile
from .config import RoleConfig, UnlabelledConfig
from .label_kinds import is_asker_label, is_outlet_label
from .labels import Label
from .lines import BLANK, paragraphs, trim
from .participants import core_tokens
from .roles import ends_on_question
from .types import Debris, Turn

#: The tag that closes a WebVTT caption's voice span.
_VOICE_CLOSE = "</v>"
#: A sentence's end at a paragraph's end: prose, not a title or a field.
_PROSE_END = re.compile(r"[.?!:]\W*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
#: A paragraph that opens on a header field's name and colon: "Present: ...", "Participants: ...".
_FIELD = re.compile(r"[ \t\u00a0]*([A-Za-z]+)[ \t\u00a0]*:")


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


def reported_opening(text: str, labels: list[Label], debris: list[Debris] | tuple[Debris, ...],
                     config: UnlabelledConfig, *, profile: Profile, roles: RoleConfig | None = None) -> Turn | None:
    """The opening that no label opens, before the first label: the podium's announcements ("At the invitation
    of ..., the minister will visit ..."), or the transcript's report of them ("Spokesperson Ann Lee opened
    the briefing with an announcement: ...").

    It is prose (sentences of some length) after the title, and either it names the speaker of one of the
    labels that follow, or the first label is the press asking (the press never opens a press conference:
    what comes before its first question is the podium's). A header's prose ("The Council held a press
    conference on ...") before a labelled official's opening is neither. ``roles``: how a question is read
    (the package's by default).

    Returns:
        An unlabelled official's turn (id ``t0``) over those paragraphs, or None.
    """
    if not labels:
        return None
    names = [set(core_tokens(lab.name, profile=profile)) for lab in labels]
    paras = [p for p in paragraphs(text, 0, labels[0].start)[1:]
             if not any(d.start <= p.start and p.end <= d.end for d in debris)]
    press_first = _asks_first(text, labels, roles or RoleConfig(), profile=profile)
    for p in paras:
        said = text[p.start:p.end]
        words = {w.lower() for w in _WORD.findall(said)}
        field = _FIELD.match(said)
        if field and field.group(1).lower() in profile.words("field_words"):
            # "Present: Mayor Ann Lee (Chair); ...": a header's field names the speakers but says nothing.
            continue
        if (_PROSE_END.search(said) and len(said.split()) >= config.speech_words
                and (press_first or any(core and core <= words for core in names))):
            end = paras[-1].end
            return Turn.model_construct(id="t0", start=p.start, end=end, content_start=p.start, speaker=None,
                                        role="official", participant=None)
    return None


def _asks_first(text: str, labels: list[Label], roles: RoleConfig, *, profile: Profile) -> bool:
    """Whether the first label is the press (an asker's or an outlet's label) putting a question."""
    first = labels[0]
    stop = labels[1].start if len(labels) > 1 else len(text)
    return ((is_asker_label(first.name, profile=profile) or is_outlet_label(first.name, profile=profile))
            and ends_on_question(text[first.end:stop], profile=profile, config=roles))
