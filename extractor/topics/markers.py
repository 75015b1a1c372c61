"""Discourse markers that announce a change of subject inside one speaker's talk.

Only the opening words of a sentence are matched. Markers are general signposts of the language
("On your second question", "Turning to", "As for"), never the wording of any one transcript; they are
patterns of the language profile (``signposts_strong``, ``signposts_medium``, ``enumeration_steps``,
``follow_up_cues``, ``new_subject_cues``: :meth:`extractor.lang.profile.Profile.pattern`).
"""
from __future__ import annotations

from ..lang.profile import Profile
from .config import MarkerConfig


def marker_strength(sentence: str, *, profile: Profile, config: MarkerConfig | None = None) -> float:
    """How strongly the start of ``sentence`` announces a new subject: 0 (not at all) to 1 (the strengths and
    how much of the sentence is read are ``config``'s, the package's by default)."""
    config = config or MarkerConfig()
    head = sentence[:config.signpost_chars].lstrip(" \t\r\n\"'“‘—-")
    if profile.pattern("signposts_strong").match(head):
        return config.strong_signpost
    if profile.pattern("signposts_medium").match(head):
        return config.medium_signpost
    if profile.pattern("enumeration_steps").match(head):
        return config.enumeration_step
    return 0.0


def is_follow_up(question: str, *, profile: Profile, config: MarkerConfig | None = None) -> bool:
    """True when a question says it follows up on what was just said (in its first ``config.cue_chars``)."""
    return bool(profile.pattern("follow_up_cues").search(question[:(config or MarkerConfig()).cue_chars]))


def changes_subject(question: str, *, profile: Profile, config: MarkerConfig | None = None) -> bool:
    """True when a question announces a new subject ("a different question", "switching gears")."""
    return bool(profile.pattern("new_subject_cues").search(question[:(config or MarkerConfig()).cue_chars]))
