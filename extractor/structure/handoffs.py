"""Hand-off phrases: an official giving the floor to someone ("I would like to invite Mr. Lyu to answer")."""
from __future__ import annotations

import re
from collections.abc import Iterator

#: An official giving the floor to someone: "invite Mr. Lyu", "turn it over to Dr. Fauci".
_HANDOFF = re.compile(
    r"\b(?P<verb>invite|give (?:the floor|it|this one) to|offer the floor to|hand (?:it |this |that )?(?:over |off )?to"
    r"|turn (?:it |this |that )?(?:over |back )?to|pass (?:it |this |that )?(?:on |over )?to|defer to|ask|let)\s+"
    r"(?P<who>(?:my (?:colleagues?|friend)s?,?\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|my (?:colleague|[A-Z][\w'’-]*))"
)
#: A turn ending with a name, as an official gives the floor: "Dr. Fauci." / "Over to you, Ms. Lee."
CALL_BY_NAME = re.compile(r"(?P<who>(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)[.?!]?[\s\u00a0]*$")
#: "ask"/"let" only hand off when an answering verb follows ("ask Mr. Lin to respond").
_ANSWER_VERB = re.compile(r"\s*(?:to\s+)?(?:answer|respond|address|take|speak|comment|add|talk)\b")


def handoffs_in(text: str, start: int, end: int) -> Iterator[re.Match]:
    """Phrases in ``text[start:end]`` that give the floor to someone named (group ``who``), in order."""
    for m in _HANDOFF.finditer(text, start, end):
        if m.group("verb") in ("ask", "let") and not _ANSWER_VERB.match(text, m.end()):
            continue
        yield m
