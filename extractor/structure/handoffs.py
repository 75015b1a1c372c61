"""Hand-off phrases: an official giving the floor to someone ("I would like to invite Mr. Lyu to answer")."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..lang.profile import Profile, per_profile
from .config import FloorConfig
from .participants import honorific

# The patterns are built when asked, from the vocabularies in force; ``re`` caches them compiled.


def _honorific(*, profile: Profile) -> str:
    """A courtesy title before a name ("Mr.", "Dr"), from the ``honorifics`` vocabulary."""
    return honorific(profile=profile) + r"\.?"


def _handoff(*, profile: Profile) -> re.Pattern[str]:
    """An official giving the floor to someone: "invite Mr. Lyu", "turn it over to Dr. Fauci", "ask our
    finance director, Omar Reyes, to ..." (the office before the name, set off by a comma)."""
    return re.compile(
        r"\b(?P<verb>invite|give (?:the floor|it|this one) to|offer the floor to"
        r"|hand (?:it |this |that )?(?:over |off )?to"
        r"|turn (?:it |this |that )?(?:over |back )?to|pass (?:it |this |that )?(?:on |over )?to|defer to|ask|let)\s+"
        r"(?P<who>(?:my (?:colleagues?|friend)s?,?\s+|(?:my|our) (?:[a-z]+ ){0,2}[a-z]+,\s+)?(?:"
        + _honorific(profile=profile) + r"\s+)?"
        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
        r"|my (?:colleague|[A-Z][\w'’-]*))"
    )


def call_by_name(*, profile: Profile) -> re.Pattern[str]:
    """A turn ending with a name, as an official gives the floor: "Dr. Fauci." / "Over to you, Ms. Lee."."""
    name = r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    return re.compile(r"(?P<who>" + _honorific(profile=profile) + name + r")[.?!]?[\s\u00a0]*$")


def _answer_verb(*, profile: Profile) -> re.Pattern[str]:
    """"ask"/"let" only hand off when an answering verb follows ("ask Mr. Lin to respond")."""
    # A name set off by commas ("ask our director, Omar Reyes, to answer") has one after it too.
    return re.compile(r",?\s*(?:to\s+)?(?:" + profile.alternation("answer_verbs") + r")\b")


def handoffs_in(text: str, start: int, end: int, *, profile: Profile) -> Iterator[re.Match]:
    """Phrases in ``text[start:end]`` that give the floor to someone named (group ``who``), in order."""
    answer_verb = _answer_verb(profile=profile)
    for m in _handoff(profile=profile).finditer(text, start, end):
        if m.group("verb") in ("ask", "let") and not answer_verb.match(text, m.end()):
            continue
        yield m


#: A stage direction at a turn's end ("(Laughter.)"), read past when looking for its last sentence.
_STAGE_DIRECTION = re.compile(r"(?:[\s\u00a0]*\([^()]*\)[.]?)+[\s\u00a0]*$")
_LAST_SENTENCE = re.compile(r"(?<=[.?!])[\s\u00a0]+|\n[ \t\u00a0]*\r?\n")
_EDGE = " \t\r\n\u00a0\"“”'‘’—–-…,.:;!"
#: A word written in lower case (the tail of a contraction, "ll" of "we'll", is one too: it is never a name).
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*")
#: A capitalised word inside a sentence: after a word in lower case, a comma or a dash ("Thanks, Andrea").
_INSIDE = re.compile(r"(?<=[a-z0-9,;—–][ \u00a0])[A-Z][\w'’-]*")


@dataclass(frozen=True)
class DocumentNames:
    """What a document shows of its words' case: enough to tell a name said alone from a word."""

    #: Words it writes in lower case somewhere ("exactly"): capitalised, they are no name.
    lower_case: frozenset[str]
    #: Capitalised words it writes inside a sentence ("Thanks, Andrea.", "to Andrea") and never in lower case.
    inside: frozenset[str]


def document_names(text: str) -> DocumentNames:
    """Read ``text`` once for the words it writes in lower case and the names it writes inside sentences."""
    lower = frozenset(_LOWER_WORD.findall(text))
    inside = frozenset(w for w in _INSIDE.findall(text) if w.lower() not in lower and w != "I")
    return DocumentNames(lower, inside)


def gives_floor(said: str, names: DocumentNames, *, anywhere: bool = False, profile: Profile,
                config: FloorConfig | None = None) -> bool:
    """Whether a turn ends by giving the floor to the next asker (with ``anywhere``, gives it in any sentence).

    The sentence, past an acknowledgement ("Yeah, go ahead.", "Okay. Aurelia —"), is a few words that
    open with a hand-off ("Go ahead.", "Go ahead, Ann."), or a name and a hand-off ("Peter, go ahead."),
    or a name alone ("Justin.", "Kelly O."). Before a hand-off a capitalised word is a name where the
    document never writes it in lower case ("Exactly, go ahead" names no one); said alone it must also
    be written as a name inside a sentence elsewhere ("... Sorry." is no call; "... Andrea." is, where the
    text has "Go ahead, Andrea."), unless it is the whole turn ("Kaitlan."). Sentences end on a mark or a
    blank line, never on a wrapped line. How few words and how much of the turn's end are ``config``'s (the
    package's by default).
    """
    config = config or FloorConfig()
    # A last sentence of a few words lies in the turn's last characters: no need to read a long answer whole.
    body = _STAGE_DIRECTION.sub("", said if anywhere else said[-config.floor_tail:]).strip(_EDGE)
    pieces = [p.strip(_EDGE) for p in _LAST_SENTENCE.split(body)]
    pieces = [p for p in pieces if p]
    # A turn that is nothing but a name ("Kaitlan.") calls that person, even one the text names nowhere else.
    alone = len(pieces) == 1
    return any(_calls(p, names, alone, config, profile=profile) for p in (pieces if anywhere else pieces[-1:]))


def _calls(sentence: str, names: DocumentNames, alone: bool, config: FloorConfig, *, profile: Profile) -> bool:
    """Whether one sentence gives the floor: a hand-off, perhaps after the name it calls, or a name alone."""
    sentence = _acknowledged(profile).sub("", sentence).strip(_EDGE)
    words = [w.strip(_EDGE) for w in sentence.replace(",", " ").split()]
    if not words or len(words) > config.floor_sentence_words:
        return False
    handoff = _floor_cue(profile).search(sentence)
    if handoff is not None:
        # The hand-off opens the sentence, or follows the name it calls ("Peter, go ahead.") or a "No" that
        # yields the floor ("No, go ahead.").
        before = [w.strip(_EDGE) for w in sentence[:handoff.start()].replace(",", " ").split()]
        return all(_capitalised(w, names, profile=profile) or w.lower() in profile.words("negations") for w in before)
    return (len(words) <= config.floor_name_words and (words[0] in names.inside or alone)
            and all(_capitalised(w, names, profile=profile) for w in words))


def mentions_floor(said: str, *, profile: Profile) -> bool:
    """Whether a turn says anything of the floor ("Go -- oh, go ahead.", "Next question, please."): short, it
    is about who speaks, never a mere acknowledgement."""
    return _floor_cue(profile).search(said) is not None


def _capitalised(word: str, names: DocumentNames, *, profile: Profile) -> bool:
    """A capitalised word the document never writes in lower case, and no acknowledgement ("Yep")."""
    return (word[:1].isupper() and word != "I" and word.lower() not in names.lower_case
            and _acknowledged(profile).match(word) is None)


@per_profile
def _floor_cue(profile: Profile) -> re.Pattern[str]:
    """A hand-off of the ``handoffs`` vocabulary ("go ahead", "next question"), as whole words."""
    cues = profile.alternation("handoffs").replace("\\ ", r"[\s\u00a0]+")
    return re.compile(r"(?i)\b(?:" + cues + r")\b")


@per_profile
def _acknowledged(profile: Profile) -> re.Pattern[str]:
    """Acknowledgements ("Okay.", "Yeah,", "All right.") at a sentence's start, with what follows them."""
    acks = profile.alternation("acknowledgements").replace("\\ ", r"[\s\u00a0]+")
    return re.compile(r"(?i)^(?:(?:" + acks + r")\b[\s\u00a0.,!—–-]*)+")
