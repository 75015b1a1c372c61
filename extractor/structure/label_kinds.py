"""What a speaker label's own words say about its speaker, when they name no one.

"Q", "QUESTION", "Male Reporter", "Speaker 3" or "UNIDENTIFIED" say the
speaker asks from the floor; "OPERATOR" that they run the line; "MODERATOR"
that they chair. The lists are data (``extractor/lang/en/vocabulary``); a label is
compared lower-case, without its outlet in parentheses or its terminator,
with every number read as "<n>" (the lists cannot hold "#", which starts a comment).
"""
from __future__ import annotations

import re

from ..lang.profile import Profile

_OUTLET = re.compile(r"\s*\([^()]*\)\s*$")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"[\s\u00a0]+")
#: One word of two to four capitals: an outlet's acronym ("AFP", "CNBC"); "Q" is too short, a surname ("SMITH")
#: too long.
_ACRONYM = re.compile(r"[A-Z]{2,4}")


def generic_key(label: str) -> str:
    """The label as compared with the lists: "Reporter 2 (CNBC):" -> "reporter <n>"."""
    bare = _OUTLET.sub("", label).strip().rstrip(".:").strip()
    return _DIGITS.sub("<n>", _SPACE.sub(" ", bare).lower())


def is_asker_label(label: str, *, profile: Profile) -> bool:
    """Whether the label says only that someone in the room asks ("Q", "AUDIENCE MEMBER")."""
    return generic_key(label) in profile.words("asker_labels")


def is_answer_label(label: str, *, profile: Profile) -> bool:
    """Whether the label says only that the podium answers ("Answer", "Response")."""
    return generic_key(label) in profile.words("answer_labels")


def is_numbered_label(label: str, *, profile: Profile) -> bool:
    """Whether the label says only that someone speaks, by number ("Speaker 3", "Participant 2")."""
    return "<n>" in generic_key(label) and is_asker_label(label, profile=profile)


def _has_word(label: str, vocab: str, *, profile: Profile) -> bool:
    words = set(re.findall(r"[a-z]+", generic_key(label)))
    return bool(words & profile.words(vocab))


def is_support_label(label: str, *, profile: Profile) -> bool:
    """Whether the label names a function that speaks for no one ("OPERATOR", "INTERPRETER")."""
    return _has_word(label, "support_labels", profile=profile)


def is_interpreter_label(label: str, *, profile: Profile) -> bool:
    """Whether the label names one who translates another's words ("INTERPRETER", "Translator")."""
    return _has_word(label, "interpreter_labels", profile=profile)


def is_chair_label(label: str, *, profile: Profile) -> bool:
    """Whether the label names the chair ("MODERATOR", "Host")."""
    return _has_word(label, "chair_labels", profile=profile)


def is_outlet_label(label: str, *, profile: Profile) -> bool:
    """Whether the label names a news outlet rather than a person: it holds a word of the ``outlet_words``
    vocabulary ("Coastal Radio", "The Daily Courier"), or is one short acronym ("AFP", "NHK")."""
    bare = _OUTLET.sub("", label).strip().rstrip(".:").strip()
    if _ACRONYM.fullmatch(bare):
        return True
    return _has_word(bare, "outlet_words", profile=profile)
