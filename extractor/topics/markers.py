"""Discourse markers that announce a change of subject inside one speaker's talk.

Only the opening words of a sentence are matched. Markers are general signposts of the language
("On your second question", "Turning to", "As for"), never the wording of any one transcript; they are
patterns of the language profile (``signposts_strong``, ``signposts_medium``, ``enumeration_steps``,
``follow_up_cues``, ``new_subject_cues``: :meth:`extractor.lang.profile.Profile.pattern`).
"""
from __future__ import annotations

from ..lang.profile import Profile

#: How many characters of a sentence's opening a signpost is sought in.
SIGNPOST_CHARS = 120
#: How many characters of a question's opening its cues (a follow-up, a change of subject) are sought in.
CUE_CHARS = 400
#: The strength (see :func:`marker_strength`) of a signpost of a further question or of moving on.
STRONG_SIGNPOST = 1.0
#: The strength of a signpost that often, not always, opens a new subject.
MEDIUM_SIGNPOST = 0.5
#: The strength of an enumeration's step.
ENUMERATION_STEP = 0.15


def marker_strength(sentence: str, *, profile: Profile) -> float:
    """How strongly the start of ``sentence`` announces a new subject: 0 (not at all) to 1."""
    head = sentence[:SIGNPOST_CHARS].lstrip(" \t\r\n\"'“‘—-")
    if profile.pattern("signposts_strong").match(head):
        return STRONG_SIGNPOST
    if profile.pattern("signposts_medium").match(head):
        return MEDIUM_SIGNPOST
    if profile.pattern("enumeration_steps").match(head):
        return ENUMERATION_STEP
    return 0.0


def is_follow_up(question: str, *, profile: Profile) -> bool:
    """True when a question says it follows up on what was just said."""
    return bool(profile.pattern("follow_up_cues").search(question[:CUE_CHARS]))


def changes_subject(question: str, *, profile: Profile) -> bool:
    """True when a question announces a new subject ("a different question", "switching gears")."""
    return bool(profile.pattern("new_subject_cues").search(question[:CUE_CHARS]))
