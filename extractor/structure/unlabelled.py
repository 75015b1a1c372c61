"""Turns for transcripts without speaker labels (ECB style).

The body is an introductory statement, a marker ("We are now ready to take
your questions." and/or "* * *"), then questions and answers as paragraphs.
After a question, the next paragraph starts the answer; after an answer, a
paragraph starts a new question only if it reads like one (it asks, or
addresses the speaker: "You said ...", "I was wondering ..."), otherwise it
continues the answer. Speakers stay None: no names are invented. A few
paragraphs may still open with a label ("Vice-President: ..."); those start
a labelled answer turn.
"""
from __future__ import annotations

import re

from .labels import Label
from .lines import Paragraph, paragraphs
from .roles import is_question
from .types import Debris, Turn

#: The sentence that ends an introductory statement.
_QA_MARKER = re.compile(
    r"(?:ready|happy|pleased|glad) to (?:take|answer) (?:your |any )?questions|(?:open|turn) (?:the floor )?(?:up )?(?:for|to) (?:your )?questions",
    re.IGNORECASE,
)
#: A paragraph addressed to the speaker: a reporter's framing of a question.
_ADDRESS = re.compile(
    r"\b(?:you (?:said|mentioned|talked|spoke|referred|noted|have said|'ve said|’ve said)|you've said|you’ve said"
    r"|I (?:was|am|'m|’m) wondering|question|could you|can you|would you|do you|are you|have you)\b",
    re.IGNORECASE,
)
#: A header line: short, with no sentence-final punctuation.
_SENTENCE_END = re.compile(r"[.?!:]\W*$")


def header_end(text: str, paras: list[Paragraph]) -> int:
    """Return where the body starts: the first paragraph that reads like prose."""
    for p in paras:
        s = text[p.start:p.end]
        if _SENTENCE_END.search(s) and len(s.split()) >= 6:
            return p.start
    return paras[0].start if paras else 0


def question_score(s: str) -> int:
    """Score how much a paragraph that follows an answer reads like a new question."""
    score = 0
    if "?" in s:
        score += 2
    if s.rstrip().endswith("?"):
        score += 1
    if _ADDRESS.search(s):
        score += 2
    if len(s) > 1500:
        # Answers run long; questions rarely do.
        score -= 3
    if len(s) < 80 and "?" not in s:
        score -= 3
    return score


def unlabelled_turns(text: str, debris: list[Debris] | tuple[Debris, ...], labels: list[Label] = ()) -> tuple[int, list[Turn]]:
    """Infer the turns of a transcript that has no (or almost no) speaker labels.

    Args:
        text: The original transcript text.
        debris: Debris spans; paragraphs inside them are skipped.
        labels: The few labels found (e.g. "Vice-President:" in an answer).

    Returns:
        The header end and the inferred turns. Roles: the introduction and the
        answers are "official", the questions "media".
    """
    paras = [p for p in paragraphs(text) if not any(d.start <= p.start and p.end <= d.end for d in debris)]
    start = header_end(text, paras)
    paras = [p for p in paras if p.start >= start]
    if not paras:
        return start, []
    by_start = {lab.start: lab for lab in labels}
    marker = next((k for k, p in enumerate(paras) if _QA_MARKER.search(text, p.start, p.end)), None)
    if marker is None:
        marker = next((k - 1 for k, p in enumerate(paras) if k and "?" in text[p.start:p.end]), len(paras) - 1)
    turns = [Turn(paras[0].start, paras[marker].end, paras[0].start, None, "official")]
    prev_role = "official"
    for p in paras[marker + 1:]:
        s = text[p.start:p.end]
        lab = by_start.get(p.start)
        if lab is not None:
            content = lab.end
            while content < p.end and text[content] in " \t\u00a0":
                content += 1
            turns.append(Turn(p.start, p.end, content, lab.name, "official"))
            prev_role = "official"
        elif prev_role == "media" or (prev_role == "official" and len(turns) > 1 and question_score(s) < 2):
            if prev_role == "media":
                turns.append(Turn(p.start, p.end, p.start, None, "official"))
                prev_role = "official"
            else:
                last = turns[-1]
                turns[-1] = Turn(last.start, p.end, last.content_start, last.speaker, last.role, last.participant)
        else:
            turns.append(Turn(p.start, p.end, p.start, None, "media"))
            prev_role = "media"
    return start, turns


def looks_unlabelled(labels: list[Label], text: str) -> bool:
    """Tell whether a text must be read without labels.

    A labelled transcript's first label follows a short header. When the
    first label comes only after a third of the text and several paragraphs
    of speech (an answer that hands over to "Vice-President:"), most of the
    text has no labels at all.
    """
    if not labels:
        return True
    first = labels[0].start
    if first <= len(text) / 3:
        return False
    prose = [p for p in paragraphs(text, 0, first)
             if _SENTENCE_END.search(text[p.start:p.end]) and len(text[p.start:p.end].split()) >= 15]
    return len(prose) > 3
