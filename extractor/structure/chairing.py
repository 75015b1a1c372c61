"""The chair's turns of an official: giving the floor while another official answers.

A press secretary opens a briefing, hands over to a guest and, while the
guest takes questions, calls on reporters ("Go ahead, Ann."). Those turns
answer nothing: they are the chair's, so the turn's role is ``moderator``
though the label's is ``official``. Her "Yeah." between two parts of a reporter's
question gives no one the floor: it is hers as official, and once the guest has
gone and she takes the questions herself, her own. So is her short last word after the guest's
answer ("That concludes the session."): it closes the briefing. The same short
turn in the secretary's own part of the briefing, where she also answers, stays
hers as official.
"""
from __future__ import annotations

import re

from ..lang.profile import Profile, per_profile
from .config import FloorConfig, RoleConfig, StructureConfig
from .handoffs import DocumentNames, document_names, gives_floor, handoffs_in, mentions_floor
from .label_kinds import is_numbered_label
from .participants import core_tokens, offices
from .roles import ends_on_question
from .types import Turn

#: Dashes that mark speech cut off or resumed.
_DASHES = ("—", "–", "-", "…")
_BLANK = " \t\r\n\u00a0"


def chair_turns(text: str, turns: list[Turn], names: DocumentNames | None = None, *, profile: Profile,
                config: StructureConfig | None = None) -> list[Turn]:
    """Give the ``moderator`` role to official turns that only chair.

    Args:
        text: The original transcript text.
        turns: Turns with their labels' roles.
        names: The document's casing of its words (:func:`.handoffs.document_names`), if read already.
        profile: The language profile whose word lists it reads.
        config: How short a turn that only chairs is (its ``floor`` section) and how a question is read (its
            ``roles``); the package's by default.

    Returns:
        The turns, an official's turn made ``moderator`` where it is short, answers no
        question (the turn before it, by someone else, is no question, nor an official's hand-off to it)
        and the last official to speak before it was someone else.
    """
    config = config or StructureConfig()
    floor_words, roles = config.floor.chair_words, config.roles
    out = list(turns)
    # Labels that answer somewhere: right after a question, or at length.
    answering = {t.speaker for i, t in enumerate(turns) if t.role == "official" and (
        _answers(text, turns, i, roles, profile=profile) or len(text[t.content_start:t.end].split()) >= floor_words)}
    floor: Turn | None = None  # the last official turn that was not the chair's
    spoke: set[str | None] = set()
    names = names or document_names(text)
    for i, t in enumerate(turns):
        first = t.speaker not in spoke
        spoke.add(t.speaker)
        if t.role != "official":
            continue
        short = len(text[t.content_start:t.end].split()) < floor_words
        # The chair's turn gives the floor to the press, or closes it (the last word of the briefing), or
        # comes from a label that never answers.
        chairs = (i + 1 == len(turns) or turns[i + 1].role == "media") or t.speaker not in answering
        if short and _backchannel(text, turns, i, names, config.floor, profile=profile):
            # An acknowledgement neither chairs nor takes the floor from whoever is answering.
            continue
        if (floor is not None and floor.speaker != t.speaker and short and chairs
                and not _answers(text, turns, i, roles, profile=profile)
                and not _handed_to(text, turns[i - 1], t, first, config.floor, profile=profile)
                and not _adds_to_answer(text, turns, out, i, names, config.floor, profile=profile)):
            out[i] = t.model_copy(update={"role": "moderator"})
            continue
        floor = t
    return out


def _backchannel(text: str, turns: list[Turn], i: int, names: DocumentNames, config: FloorConfig, *,
                 profile: Profile) -> bool:
    """Whether turn ``i`` only acknowledges a reporter who goes on ("Yeah." between two parts of one
    question): it sits between two press turns, says nothing of the floor ("Andrea.", "Oh, go ahead." do),
    and is a word or two, or breaks into a question cut off on a dash ("... the president —" "Well, so —"
    "— and Congress?"). A longer remark to the room ("We're running out of time.") is still the chair's."""
    if not (0 < i < len(turns) - 1 and turns[i - 1].role == "media" and turns[i + 1].role == "media"):
        return False
    said = text[turns[i].content_start:turns[i].end]
    before = text[turns[i - 1].content_start:turns[i - 1].end].rstrip(_BLANK)
    after = text[turns[i + 1].content_start:turns[i + 1].end].lstrip(_BLANK)
    cut = before[-1:] in _DASHES or after[:1] in _DASHES
    return ((len(said.split()) <= config.backchannel_words or cut) and not mentions_floor(said, profile=profile)
            and not gives_floor(said, names, anywhere=True, profile=profile, config=config))


def _adds_to_answer(text: str, turns: list[Turn], out: list[Turn], i: int, names: DocumentNames,
                    config: FloorConfig, *, profile: Profile) -> bool:
    """Whether turn ``i`` adds to another official's answer to the press ("If I can add one thing, arrears are
    low."): it follows that answer, the question right before it; its speaker is not the one who opened the
    event (the host's short word there chairs, "Okay, last question."); it says nothing of the floor, asks
    nothing, is not cut off nor the last word of the event, and says more than courtesies ("Thank you,
    Governor." chairs)."""
    if not (2 <= i < len(turns) - 1 and out[i - 1].role == "official" and turns[i - 2].role == "media"
            and turns[i - 1].speaker != turns[i].speaker):
        return False
    opener = next((t.speaker for t in turns if t.speaker and t.role in ("official", "moderator")), None)
    said = text[turns[i].content_start:turns[i].end].rstrip(_BLANK)
    if (turns[i].speaker == opener or said[-1:] in (*_DASHES, "?") or mentions_floor(said, profile=profile)
            or gives_floor(said, names, anywhere=True, profile=profile, config=config)):
        return False
    return len(_courtesy(profile).sub(" ", said).split()) >= config.addition_words


@per_profile
def _courtesy(profile: Profile) -> re.Pattern[str]:
    """Courtesies and acknowledgements ("Thank you,", "Okay."), as whole words with their punctuation."""
    words = profile.alternation("courtesies") + "|" + profile.alternation("acknowledgements")
    return re.compile(r"(?i)\b(?:" + words.replace("\\ ", r"[\s\u00a0]+") + r")\b[\s,.!;:\u2014-]*")


def _answers(text: str, turns: list[Turn], i: int, roles: RoleConfig, *, profile: Profile) -> bool:
    """Whether turn ``i`` follows someone else's question: a press turn that ends on one, or another
    official's turn whose last word is a question (a committee chair asking the minister)."""
    prev = turns[i - 1] if i else None
    if prev is None or prev.speaker == turns[i].speaker:
        return False
    said = text[prev.content_start:prev.end]
    if prev.role == "media":
        return ends_on_question(said, profile=profile, config=roles)
    return said.rstrip(" \t\r\n\u00a0\"”’)").endswith("?")


def _handed_to(text: str, prev: Turn, t: Turn, first: bool, config: FloorConfig, *, profile: Profile) -> bool:
    """Whether the official just before handed the floor to this speaker by name ("I'll ask Paul to
    add"), or, for the speaker's first turn, named them ("Secretary Lee is here to ...")."""
    if prev.role != "official" or prev.speaker == t.speaker:
        return False
    # The speaker's label, or the name of the participant it stands for ("Health Commissioner" is Grace
    # Okafor where the text says so).
    names = [set(core_tokens(t.speaker or "", profile=profile)),
             set(core_tokens((t.participant or "").replace("-", " "), profile=profile))]
    names = [own for own in names if own]
    if (first and is_numbered_label(t.speaker or "", profile=profile)
            and any(handoffs_in(text, prev.content_start, prev.end, profile=profile))):
        # "Speaker 2" names no one: the first to speak right after a hand-off by name is the one handed to.
        return True
    if any(own & set(core_tokens(m.group("who"), profile=profile))
           for own in names for m in handoffs_in(text, prev.content_start, prev.end, profile=profile)):
        return True
    said = set(core_tokens(text[prev.content_start:prev.end], profile=profile))
    if first and any(own <= said for own in names):
        return True
    return _office_handed_to(text, prev, t, names, config.handoff_tail, profile=profile)


def _office_handed_to(text: str, prev: Turn, t: Turn, names: list[set[str]], reach: int, *,
                      profile: Profile) -> bool:
    """ "I will ask the Deputy Governor to answer": the hand-off names the speaker's office, not their name (in
    the last ``reach`` characters of the turn before)."""
    title = [w for w in (t.speaker or "").split() if w.lower().strip(".") not in names[0]] if names else []
    if not {w.lower() for w in title} & offices(profile=profile):
        return False
    phrase = r"[\s\u00a0]+".join(re.escape(w) for w in title)
    tail = text[max(prev.content_start, prev.end - reach):prev.end]
    return re.search(r"(?i)\b" + phrase + r"\b", tail) is not None
