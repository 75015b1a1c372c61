"""Role assignment for speaker labels, from evidence in the transcript.

Evidence, strongest first: the header lists ("Speakers" -> official,
"Chairperson" -> moderator); function words in the label ("MODERATOR",
"OPERATOR", "INTERPRETER", the bare "Q" of an unnamed reporter); then how a
label behaves: who asks (turns with "?"), who answers (turns right after a
question, most words spoken), who chairs (short turns that hand the floor
to a reporter and answer nothing).
"""
from __future__ import annotations

import re
from collections import defaultdict

from .handoffs import handoffs_in
from .participants import core_tokens, resolve
from .types import Participant, Role, Turn

_OTHER_WORDS = re.compile(r"\b(?:OPERATOR|INTERPRETER|TRANSLATOR|ANNOUNCER)\b", re.IGNORECASE)
_MODERATOR_WORDS = re.compile(r"\b(?:MODERATOR|CHAIRPERSON|HOST|MC)\b", re.IGNORECASE)
#: Phrases that mark a turn as a question even without "?".
QUESTION_CUES = re.compile(
    r"\?|\b(?:I (?:wanted|want|would like|'d like|’d like) to ask|my (?:first |second |last )?question|"
    r"I(?:'m| am|’m) (?:wondering|curious)|I was wondering|could you|can you|would you)\b",
    re.IGNORECASE,
)


def is_question(content: str) -> bool:
    """Tell whether a turn's content asks something."""
    return bool(QUESTION_CUES.search(content))


def assign_roles(text: str, turns: list[Turn], header: tuple[Participant, ...]) -> dict[str, Role]:
    """Decide the role of every distinct label.

    Args:
        text: The original transcript text.
        turns: Turns in order (their ``role`` is ignored).
        header: Participants listed in the header.

    Returns:
        A map from label to role.
    """
    labels = list(dict.fromkeys(t.speaker for t in turns if t.speaker))
    content = [text[t.content_start:t.end] for t in turns]
    roles: dict[str, Role] = {}
    for label in labels:
        pid = resolve(label, header)
        if pid is not None:
            roles[label] = next(p.kind for p in header if p.id == pid)
        elif label == "Q":
            roles[label] = "media"
        elif _OTHER_WORDS.search(label):
            roles[label] = "other"
        elif _MODERATOR_WORDS.search(label):
            roles[label] = "moderator"
    stats = _stats(turns, content)
    undecided = [lab for lab in labels if lab not in roles]
    if undecided and "official" not in roles.values():
        # The one who speaks most and asks least is the one answering.
        main = max(undecided, key=lambda lab: stats[lab]["chars"] * (1 - stats[lab]["q_ratio"]))
        roles[main] = "official"
        undecided.remove(main)
    for lab in undecided:
        if _invited_by_an_official(text, lab, turns, roles):
            roles[lab] = "official"
    undecided = [lab for lab in undecided if lab not in roles]
    if header:
        # A header that lists the podium names everyone else as the press.
        for lab in undecided:
            roles[lab] = "media"
        return roles
    for lab in undecided:
        if stats[lab]["q_ratio"] >= 0.5:
            roles[lab] = "media"
    undecided = [lab for lab in undecided if lab not in roles]
    # Chairs first: their short turns hand the floor to the press.
    for lab in undecided:
        n = _neighbours(lab, turns, roles)
        if stats[lab]["median"] < 300 and n["before_media"] >= 0.5 and n["after_media"] < 0.5:
            roles[lab] = "moderator"
    for lab in undecided:
        if lab in roles:
            continue
        n = _neighbours(lab, turns, roles)
        # Called on by the chair and answered by an official: a reporter, even one
        # whose later turns are short replies without "?".
        first = next(i for i, t in enumerate(turns) if t.speaker == lab)
        called_on = first > 0 and roles.get(turns[first - 1].speaker or "") == "moderator"
        asks_first = is_question(content[first])
        media = (n["after_moderator"] >= 0.5 and n["before_official"] >= 0.5) or (called_on and asks_first)
        roles[lab] = "media" if media else "official"
    return roles


def _invited_by_an_official(text: str, label: str, turns: list[Turn], roles: dict[str, Role]) -> bool:
    """Whether an official's turn right before ``label`` first speaks hands it the floor by name."""
    first = next(i for i, t in enumerate(turns) if t.speaker == label)
    if first == 0 or roles.get(turns[first - 1].speaker or "") != "official":
        return False
    prev = turns[first - 1]
    names = set(core_tokens(label))
    return any(names & set(core_tokens(m.group("who"))) for m in handoffs_in(text, prev.content_start, prev.end))


def _stats(turns: list[Turn], content: list[str]) -> dict[str, dict[str, float]]:
    """Per label: number of turns, characters spoken, share of turns that ask, median length."""
    by: dict[str, list[str]] = defaultdict(list)
    for t, c in zip(turns, content):
        if t.speaker:
            by[t.speaker].append(c)
    out = {}
    for lab, cs in by.items():
        lengths = sorted(len(c) for c in cs)
        out[lab] = {
            "turns": len(cs),
            "chars": sum(lengths),
            "q_ratio": sum(is_question(c) for c in cs) / len(cs),
            "median": lengths[len(lengths) // 2],
        }
    return out


def _neighbours(label: str, turns: list[Turn], roles: dict[str, Role]) -> dict[str, float]:
    """Shares of a label's turns that follow or precede turns of each role.

    A label not decided yet right after a label's turn counts as the press: a
    chair's turn is usually followed by a reporter nobody has classified.
    """
    counts = defaultdict(int)
    n = 0
    for i, t in enumerate(turns):
        if t.speaker != label:
            continue
        n += 1
        prev = roles.get(turns[i - 1].speaker or "") if i else None
        has_next = i + 1 < len(turns)
        nxt = roles.get(turns[i + 1].speaker or "") if has_next else None
        counts["after_media"] += prev == "media"
        counts["after_moderator"] += prev == "moderator"
        counts["before_media"] += nxt == "media" or (has_next and nxt is None and turns[i + 1].speaker != label)
        counts["before_official"] += nxt == "official"
    return {k: v / max(n, 1) for k, v in counts.items()} | {k: 0.0 for k in ("after_media", "after_moderator", "before_media", "before_official") if k not in counts}
