"""The segmenter's view of a transcript's structure: passages in text order."""
from __future__ import annotations

from ..structure.types import Structure
from .config import QuestionConfig
from .types import Passage, PassageOpens, PassageRole


def passages_from_structure(structure: Structure, config: QuestionConfig | None = None) -> list[Passage]:
    """One passage per turn (its content), marked with its role and whether it opens a block.

    A turn opens a block when it starts an exchange or a statement, or when another speaker
    takes over within a statement (two leaders' opening remarks, one after the other); a further
    question by the asker of the previous exchange (a follow-up) is marked
    "follow-up" and left to the segmenter's judgement. Where the structure does
    not know who asks (an unnamed "Q", an unlabelled transcript), every question
    turn is marked "question": the exchanges' grouping of such turns is a guess,
    so the segmenter judges each turn by its own words. ``config``: when an askers' label is shared (the
    package's by default).
    """
    turns = structure.turns
    generic = generic_askers(structure, config)
    # The turn before each one, by id: a question right after another of the same exchange goes on with it.
    before = {t.id: turns[i - 1].id if i else None for i, t in enumerate(turns)}
    opens: dict[str, PassageOpens] = {}
    roles: dict[str, PassageRole] = {}
    speaker = {t.id: t.speaker for t in turns}
    askers: dict[str, str] = {}
    for st in structure.statements:
        for k, t in enumerate(st.turns):
            roles[t] = "statement"
            # Each speaker's remarks are their own block (a host's welcome, then the guest's statement).
            if k == 0 or (speaker.get(t) and speaker.get(t) != speaker.get(st.turns[k - 1])):
                opens[t] = "block"
    previous_asker = None
    for ex in structure.exchanges:
        anonymous = ex.asked_by in generic
        for k, t in enumerate(ex.question_turns):
            roles[t] = "question"
            if ex.asked_by is not None and not anonymous:
                askers[t] = ex.asked_by
            if anonymous:
                opens[t] = "question"
            elif k == 0:
                same = ex.asked_by is not None and ex.asked_by == previous_asker
                opens[t] = "follow-up" if same else "block"
            elif before.get(t) not in ex.question_turns:
                opens[t] = "follow-up"
        for t in ex.answer_turns:
            roles[t] = "answer"
        previous_asker = ex.asked_by
    out = []
    for turn in turns:
        out.append(Passage(start=turn.start, end=turn.end, role=roles.get(turn.id, "other"),
                           opens=opens.get(turn.id, "none"), content_start=turn.content_start, speaker=turn.speaker,
                           asker=askers.get(turn.id)))
    return out


def generic_askers(structure: Structure, config: QuestionConfig | None = None) -> frozenset[str]:
    """Askers' labels that name no one: "Q", "QUESTION", "REPORTER", as the document's own shape shows.

    A label that asks in more than a third of the exchanges (three at least; ``config.shared_label_share``
    and ``shared_label_least``) is shared by the reporters, not one reporter's: at a conference where each
    reporter has their own label, no one asks a third of the questions.
    """
    config = config or QuestionConfig()
    counts: dict[str, int] = {}
    for ex in structure.exchanges:
        if ex.asked_by is not None:
            counts[ex.asked_by] = counts.get(ex.asked_by, 0) + 1
    n = len(structure.exchanges)
    return frozenset(a for a, c in counts.items()
                     if c >= config.shared_label_least and config.shared_label_share * c > n)


def body_start(structure: Structure) -> int:
    """Where the body (the first speaker turn) begins."""
    if structure.turns:
        return structure.turns[0].start
    return structure.body_start


def speaker_names(structure: Structure) -> frozenset[str]:
    """Lower-cased surnames from the speaker labels (for keeping names out of topic labels)."""
    names = set()
    for turn in structure.turns:
        words = (turn.speaker or "").replace(".", " ").split()
        # A label of one word ("Q", "MODERATOR") is a role, not a name.
        if len(words) >= 2:
            names.add(words[-1].lower())
    return frozenset(names)


def ignored_ranges(structure: Structure) -> list[tuple[int, int]]:
    """Debris ranges: never part of a topic's cohesion or label."""
    return [(d.start, d.end) for d in structure.debris]
