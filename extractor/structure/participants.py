"""Resolving speaker labels and mentions to participants.

"Mr. Lyu", "Lyu Daliang" and "LYU DALIANG" are one person: a label resolves
to a participant when the words left after dropping honorifics and office
words all belong to exactly one participant's name. Labels of officials and
moderators that match no header entry become participants of their own
("CHAIR POWELL" -> Powell, title "Chair").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.profile import Profile, per_profile
from .label_kinds import is_numbered_label
from .types import Participant, Role


def honorifics(*, profile: Profile) -> frozenset[str]:
    """Courtesy words dropped before comparing names ("mr", "dr"), read when asked so that an override
    is in force."""
    return profile.words("honorifics")


def honorific(*, profile: Profile) -> str:
    """A regex for a courtesy title before a name ("Mr.", "Dr", "MS."), from the ``honorifics``
    vocabulary in force, without the full stop."""
    return r"(?i:" + profile.alternation("honorifics") + r")"


def offices(*, profile: Profile) -> frozenset[str]:
    """Titles of office ("chair", "governor"), read when asked so that an override is in force."""
    return profile.words("offices")


def office_words(*, profile: Profile) -> frozenset[str]:
    """Words that may precede a name in a label or a hand-off ("CHAIR POWELL", "SURGEON GENERAL
    MURTHY", "my colleague Lin"): the titles and the words that qualify them."""
    return _union(profile.words("offices"), profile.words("office_qualifiers"))


@lru_cache(maxsize=8)
@per_profile
def _name_word_bounds(profile: Profile) -> tuple[int, int]:
    table = profile.table("name_words")
    return int(table["fewest"]), int(table["most"])


def name_length_fits(words: int, *, profile: Profile) -> bool:
    """Whether a run of ``words`` words may be a person's name written in full (vocabulary ``name_words``:
    two to four in English)."""
    fewest, most = _name_word_bounds(profile)
    return fewest <= words <= most


def name_not_too_long(words: int, *, profile: Profile) -> bool:
    """Whether a run of ``words`` words is no longer than a person's name written in full (``name_words``)."""
    return words <= _name_word_bounds(profile)[1]


def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return a | b

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def name_tokens(s: str, *, profile: Profile) -> list[str]:
    """Lower-cased words of ``s``, without honorifics."""
    courtesy = honorifics(profile=profile)
    return [w for w in (t.lower() for t in _TOKEN.findall(s)) if w not in courtesy]


def core_tokens(s: str, *, profile: Profile) -> list[str]:
    """Words that identify a person: ``s`` without honorifics and office words."""
    dropped = office_words(profile=profile)
    return [w for w in name_tokens(s, profile=profile) if w not in dropped]


def resolve(mention: str, participants: tuple[Participant, ...] | list[Participant], *, profile: Profile) -> str | None:
    """Return the id of the one participant ``mention`` names, or None.

    Args:
        mention: A label or a phrase such as "Mr. Lyu" or "my Vice-President".
        participants: Known participants.
        profile: The language profile whose word lists it reads.
    """
    low = mention.strip().lower()
    for p in participants:
        if low == p.name.lower() or low in (a.lower() for a in p.aliases):
            return p.id
    if is_numbered_label(mention, profile=profile):
        # "Speaker 2" is not "Speaker 1": a numbered label names its own speaker only.
        return None
    core = set(core_tokens(mention, profile=profile))
    if not core:
        # Only office words ("the Vice-President"): match a participant whose title says the same.
        words = set(name_tokens(mention, profile=profile)) - profile.words("office_mention_fillers")
        hits = [p for p in participants if words
                and words <= set(name_tokens(p.name, profile=profile) + name_tokens(p.title or "", profile=profile))]
        return hits[0].id if len(hits) == 1 else None
    hits = [p for p in participants if core <= set(name_tokens(p.name, profile=profile))]
    return hits[0].id if len(hits) == 1 else None


def participant_from_label(label: str, kind: str, *, profile: Profile) -> Participant:
    """Make a participant out of a label such as "CHAIR POWELL" or "MS. JEAN-PIERRE"."""
    words = label.split()
    hon = None
    if words and words[0].rstrip(".").lower() in honorifics(profile=profile):
        hon = words[0].rstrip(".").capitalize() + "."
        words = words[1:]
    title_words = []
    qualifiers = office_words(profile=profile)
    if any(w.lower() not in qualifiers for w in words):
        # Office words before a name make the title ("CHAIR POWELL"); a label made
        # only of office words ("SENIOR ADMINISTRATION OFFICIAL") is the name itself.
        while len(words) > 1 and words[0].lower() in qualifiers:
            title_words.append(words.pop(0))
    name = " ".join(words) or label
    if name.isupper():
        # Every word and every part of a hyphenated or elided name capitalised:
        # "MICHELLE SMITH" -> "Michelle Smith", "JEAN-PIERRE" -> "Jean-Pierre", "O’BRIEN" -> "O’Brien".
        name = name.title()
    title = " ".join(title_words).capitalize() if title_words else None
    if title and title.lower() == "the":
        title = None
    return Participant.model_construct(id=slug(name), name=name, kind=kind, honorific=hon, title=title,
                                       aliases=(label,))


def attach(labels_roles: dict[str, Role],
           header: tuple[Participant, ...], *, profile: Profile) -> tuple[tuple[Participant, ...], dict[str, str]]:
    """Resolve every official or moderator label to a participant.

    Args:
        labels_roles: Each distinct label with its role.
        header: Participants named in the header.
        profile: The language profile whose word lists it reads.

    Returns:
        All participants (header ones with the labels added as aliases, then
        those made from labels) and a map from label to participant id.
    """
    people = {p.id: p for p in header}
    ids: dict[str, str] = {}
    for label, role in labels_roles.items():
        if role not in ("official", "moderator"):
            # Reporters and operators speak for no one on the podium.
            continue
        pid = resolve(label, tuple(people.values()), profile=profile)
        if pid is None:
            made = participant_from_label(label, role, profile=profile)
            pid = made.id
            while pid in people and label not in people[pid].aliases:
                pid += "-2"
            people.setdefault(pid, made.model_copy(update={"id": pid}))
        ids[label] = pid
        p = people[pid]
        if label not in p.aliases and label != p.name:
            people[pid] = p.model_copy(update={"aliases": (*p.aliases, label)})
    return tuple(people.values()), ids


def slug(name: str) -> str:
    """A stable id made of lower-case words joined by hyphens ("Mr. Müller" -> "mr-müller")."""
    return re.sub(r"[\W_]+", "-", name.lower()).strip("-")
