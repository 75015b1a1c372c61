"""Hand-off phrases: an official giving the floor to someone ("I would like to invite Mr. Lyu to answer")."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .. import vocabulary
from .participants import honorific

# The patterns are built when asked, from the vocabularies in force; ``re`` caches them compiled.


def _honorific() -> str:
    """A courtesy title before a name ("Mr.", "Dr"), from the ``honorifics`` vocabulary."""
    return honorific() + r"\.?"


def _handoff() -> re.Pattern[str]:
    """An official giving the floor to someone: "invite Mr. Lyu", "turn it over to Dr. Fauci", "ask our
    finance director, Omar Reyes, to ..." (the office before the name, set off by a comma)."""
    return re.compile(
        r"\b(?P<verb>invite|give (?:the floor|it|this one) to|offer the floor to"
        r"|hand (?:it |this |that )?(?:over |off )?to"
        r"|turn (?:it |this |that )?(?:over |back )?to|pass (?:it |this |that )?(?:on |over )?to|defer to|ask|let)\s+"
        r"(?P<who>(?:my (?:colleagues?|friend)s?,?\s+|(?:my|our) (?:[a-z]+ ){0,2}[a-z]+,\s+)?(?:" + _honorific()
        + r"\s+)?"
        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
        r"|my (?:colleague|[A-Z][\w'’-]*))"
    )


def call_by_name() -> re.Pattern[str]:
    """A turn ending with a name, as an official gives the floor: "Dr. Fauci." / "Over to you, Ms. Lee."."""
    return re.compile(r"(?P<who>" + _honorific() + r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)[.?!]?[\s\u00a0]*$")


def _answer_verb() -> re.Pattern[str]:
    """"ask"/"let" only hand off when an answering verb follows ("ask Mr. Lin to respond")."""
    # A name set off by commas ("ask our director, Omar Reyes, to answer") has one after it too.
    return re.compile(r",?\s*(?:to\s+)?(?:" + vocabulary.alternation("answer_verbs") + r")\b")


def handoffs_in(text: str, start: int, end: int) -> Iterator[re.Match]:
    """Phrases in ``text[start:end]`` that give the floor to someone named (group ``who``), in order."""
    answer_verb = _answer_verb()
    for m in _handoff().finditer(text, start, end):
        if m.group("verb") in ("ask", "let") and not answer_verb.match(text, m.end()):
            continue
        yield m
