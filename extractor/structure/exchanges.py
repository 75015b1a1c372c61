"""Exchanges (a question and every answer to it), hand-offs and statements.

Turns are walked once. A press turn opens an exchange unless it continues
the current one; the current exchange closes when it has been answered and
a new question comes, or when the chair speaks. A press turn that asks
nothing ("Hi, Mr. President", "(Inaudible.)") never closes an answered
exchange: it is an interjection. Official turns before the first question
and after the last exchange are the opening statement and closing remarks.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .. import vocabulary
from .handoffs import call_by_name, handoffs_in
from .introductions import introduction
from .participants import resolve
from .roles import ends_on_question, is_question
from .types import Exchange, Handoff, Participant, Statement, Turn


#: Words from which a press turn without a question mark still puts a question (a challenge).
#: Asides such as "Hi, Mr. President" or "(Inaudible.)" are far shorter.
_CHALLENGE_WORDS = 20
#: Words within which an official's reply only acknowledges ("Sure.", "Yes, yes.").
_BACKCHANNEL_WORDS = 3
#: Dashes that mark speech cut off or resumed.
_DASHES = ("—", "–", "-", "…")
_BLANK = " \t\r\n\u00a0"


@dataclass
class _Open:
    questions: list[int] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)
    asked: bool = False
    answered: bool = False


def build_exchanges(text: str, turns: list[Turn] | tuple[Turn, ...], participants: tuple[Participant, ...] = (), *,
                    every_press_turn_asks: bool = False,
                    outlets: Mapping[int, str] | None = None) -> tuple[list[Exchange], list[Statement]]:
    """Group turns into exchanges and statements.

    Args:
        text: The original transcript text.
        turns: Turns with roles assigned.
        participants: Known participants, for resolving hand-off targets.
        every_press_turn_asks: Treat each press turn as a question (for
            inferred, unlabelled turns, which were chosen because they ask).
        outlets: The outlet written with a turn's label ("Chris Giles (Financial Times):"), by the
            turn's start.

    Returns:
        Exchanges in order (ids ``e1``, ``e2``...), and the opening/closing statements (``s1``, ``s2``);
        they name their turns by id.
    """
    groups: list[_Open] = []
    cur: _Open | None = None
    resumed = _resumed_questions(text, turns)
    for i, t in enumerate(turns):
        content = text[t.content_start:t.end]
        if t.role == "media":
            asks = every_press_turn_asks or i in resumed or _asks(text, turns, i, content)
            new_asker = (t.speaker != "Q" and cur is not None and cur.questions
                         and turns[cur.questions[0]].speaker not in (t.speaker, None))
            # "— and for how long?" goes on with a question that was cut off.
            goes_on = content.lstrip(_BLANK)[:1] in _DASHES
            if cur is None or (cur.answered and (asks or new_asker) and not goes_on):
                cur = _Open()
                groups.append(cur)
            cur.questions.append(i)
            cur.asked = cur.asked or asks
        elif t.role == "official":
            if cur is not None:
                cur.answers.append(i)
                cur.answered = cur.answered or (cur.asked and not _backchannel(text, turns, i))
        elif t.role == "moderator":
            # The chair's turn ends the exchange: the next reporter asks anew.
            cur = None
    exchanges = [_exchange(text, turns, g, participants, f"e{k + 1}", outlets or {}) for k, g in enumerate(groups)]
    return exchanges, _statements(turns, groups)


def _resumed_questions(text: str, turns) -> set[int]:
    """Press turns cut off on a dash whose question the next press turn resumes on a dash.

    "Do you have any comment on what the —" ... "— the neighbours have done?" is a question
    begun, though it holds no question mark; "Madam Secretary —" followed by a fresh question
    is only an attempt to get the floor.
    """
    out: set[int] = set()
    pending: int | None = None
    for i, t in enumerate(turns):
        if t.role != "media":
            continue
        content = text[t.content_start:t.end].strip(_BLANK)
        if pending is not None and content[:1] in _DASHES:
            out.add(pending)
        pending = i if content[-1:] in _DASHES else None
    return out


def _backchannel(text: str, turns, i: int) -> bool:
    """Whether official turn ``i`` only acknowledges, and answers nothing.

    "Sure." between "... can you get us to —" and "— that number?" (the question around it ends
    or resumes on a dash), "There's a —" (cut off itself), "Mm-hmm." after a reporter's preface
    and "Yes." to "Can I follow up?" all leave the question to come.
    """
    t = turns[i]
    own = text[t.content_start:t.end].rstrip(_BLANK)
    if len(own.split()) > _BACKCHANNEL_WORDS:
        return False
    before = text[turns[i - 1].content_start:turns[i - 1].end].rstrip(_BLANK) if i else ""
    after = text[turns[i + 1].content_start:turns[i + 1].end].lstrip(_BLANK) if i + 1 < len(turns) else ""
    if own[-1:] in _DASHES or before[-1:] in _DASHES or after[:1] in _DASHES:
        return True
    # "Mm-hmm." after a reporter's preface, "Yes." to "Can I follow up?": the question is still to come.
    return i > 0 and turns[i - 1].role == "media" and (
        not ends_on_question(before) or _permission().search(before) is not None)


def _permission() -> re.Pattern[str]:
    # Built when asked, so that a vocabulary override is in force; ``re`` caches the compiled pattern.
    return re.compile(r"\b(?:" + vocabulary.alternation("permission_cues") + r")\b", re.IGNORECASE)


def _asks(text: str, turns, i: int, content: str) -> bool:
    """Tell whether press turn ``i`` puts a question (rather than an aside or a reply).

    A question mark or a question phrase asks; so does a statement long enough
    to be a challenge put to the speaker. A turn that replies to an
    official's own question ("Your third question was?") asks nothing new.
    """
    if is_question(content):
        return True
    if i and turns[i - 1].role == "official" and text[turns[i - 1].content_start:turns[i - 1].end].rstrip().endswith("?"):
        return False
    return len(content.split()) >= _CHALLENGE_WORDS


def _exchange(text: str, turns, g: _Open, participants, ident: str, outlets: Mapping[int, str]) -> Exchange:
    members = sorted(g.questions + g.answers)
    asker = next((turns[i].speaker for i in g.questions if turns[i].speaker), None)
    outlet = next((outlets[turns[i].start] for i in g.questions if turns[i].start in outlets), None)
    if outlet is None:
        # The reporter's own words, or the chair's call just before: "Next, Ann Lee with Reuters."
        first = g.questions[0]
        caller = [first - 1] if first and turns[first - 1].role in ("moderator", "other") and turns[first].speaker else []
        said = (introduction(text[turns[i].content_start:turns[i].end], turns[first].speaker if i < first else turns[i].speaker)
                for i in caller + g.questions)
        outlet = next((found[1] for found in said if found), None)
    answered_by = []
    for i in g.answers:
        who = turns[i].participant or turns[i].speaker
        if who and who not in answered_by:
            answered_by.append(who)
    return Exchange.model_construct(
        id=ident,
        start=turns[members[0]].start,
        end=turns[members[-1]].end,
        asked_by=asker,
        question_turns=tuple(turns[i].id for i in g.questions),
        answer_turns=tuple(turns[i].id for i in g.answers),
        answered_by=tuple(answered_by),
        handoffs=tuple(_handoffs(text, turns, g.answers, participants)),
        outlet=outlet,
    )


def _handoffs(text: str, turns, answers: list[int], participants) -> list[Handoff]:
    """Find answer turns that pass the question on to the next answering turn."""
    out = []
    for k, i in enumerate(answers[:-1]):
        t = turns[i]
        nxt = turns[answers[k + 1]]
        for m in handoffs_in(text, t.content_start, t.end):
            target = resolve(m.group("who"), participants) or nxt.participant
            if target is not None and target == t.participant:
                continue
            out.append(_handoff(text, m.start(), m.end(), t, target))
            break
        else:
            # Calling the next answerer by name closes the turn ("... Dr. Fauci.").
            m = call_by_name().search(text, t.content_start, t.end)
            if m and nxt.participant and resolve(m.group("who"), participants) == nxt.participant != t.participant:
                out.append(_handoff(text, m.start("who"), m.end("who"), t, nxt.participant))
    return out


def _statements(turns, groups: list[_Open]) -> list[Statement]:
    """Official and chair turns before the first exchange and after the last one."""
    in_exchange = [i for g in groups for i in g.questions + g.answers]
    first = min(in_exchange) if in_exchange else len(turns)
    last = max(in_exchange) if in_exchange else len(turns)
    opening = [i for i in range(first) if turns[i].role in ("official", "moderator")]
    closing = [i for i in range(last + 1, len(turns)) if turns[i].role in ("official", "moderator")] if in_exchange else []
    parts = [(kind, members) for kind, members in (("opening", opening), ("closing", closing)) if members]
    return [Statement.model_construct(id=f"s{k + 1}", kind=kind, start=turns[members[0]].start,
                                      end=turns[members[-1]].end, turns=tuple(turns[i].id for i in members))
            for k, (kind, members) in enumerate(parts)]


def _handoff(text: str, start: int, end: int, turn: Turn, to: str | None) -> Handoff:
    return Handoff.model_construct(start=start, end=end, text=text[start:end], from_turn=turn.id, to_participant=to)
