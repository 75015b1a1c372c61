"""Warnings for a user when the structure of a transcript is doubtful.

A text read as one turn, without speaker labels, or without exchanges
though it asks questions, is probably in a format the segmentation does not
know; one whose questions far outnumber its exchanges, whose question-and-answer
part forms a single exchange, whose answers had to be found without labels
(captions), whose text is speech-to-text output (numbers split after the
thousands comma, words run together), or where a label that names an asker was
read as an official's, has turns or exchanges that may be wrong. The facts are still extracted, but who
said what may be wrong: each warning names what looks wrong, so that a user can
list the transcripts whose structure is doubtful.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import add

from spacy.lang.en.stop_words import STOP_WORDS

from ..lang.profile import Profile
from .config import NoticeConfig
from .label_kinds import is_asker_label, is_numbered_label
from .labels import Label
from .types import Exchange, Turn

_BLANK = " \t\r\n\u00a0\"”’)"
#: A number whose thousands are cut off by a space after the comma ("91, 000"), as speech-to-text writes it.
_SPLIT_THOUSANDS = re.compile(r"(?<![\d,])\d{1,3}, \d{3}(?![\d,])")
#: A word as speech-to-text writes it: letters, with an inner apostrophe ("president's" is one word).
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")


def structure_warnings(text: str, labels: list[Label], turns: list[Turn], exchanges: list[Exchange],
                       body_start: int, *, captions: bool = False, marks: int = 0, profile: Profile,
                       config: NoticeConfig | None = None) -> tuple[str, ...]:
    """Say what of the structure was not found or looks doubtful.

    Args:
        text: The original transcript text.
        labels: The speaker labels found.
        turns: The turns, with their roles.
        exchanges: The exchanges.
        body_start: Where the header ends.
        captions: Whether only the askers were labelled and the answers found as paragraphs.
        marks: How many ">>" marks opened the turns of a caption file that names no one (0: none did).
        profile: The language profile whose word lists it reads.
        config: When a check warns (the package's by default).

    Returns:
        Plain-language warnings, none when labels, turns and exchanges were all found and agree.
    """
    seen = _Seen(text, tuple(labels), tuple(turns), tuple(exchanges), body_start, captions,
                 text.count("?", body_start), marks, profile=profile, config=config or NoticeConfig())
    return tuple(warning for check in _CHECKS for warning in check(seen))


@dataclass(frozen=True)
class _Seen:
    """What the checks read: the text, what was found in it, and its question marks after the header."""

    text: str
    labels: tuple[Label, ...]
    turns: tuple[Turn, ...]
    exchanges: tuple[Exchange, ...]
    body_start: int
    captions: bool
    marks: int
    #: ">>" marks that opened the turns (0 where labels or paragraphs did).
    changes: int = 0
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)
    #: When a check warns.
    config: NoticeConfig = field(kw_only=True, repr=False, compare=False)


def _no_labels(seen: _Seen) -> list[str]:
    if seen.labels or seen.changes:
        return []
    return ["no speaker labels found: turns were inferred from paragraphs and no speaker is named"]


def _answers_without_labels(seen: _Seen) -> list[str]:
    if not seen.captions:
        return []
    return ["caption-like transcript: only the askers are labelled; the answers were taken from the "
            "paragraphs below each question and their speakers are not named"]


def _marked_changes(seen: _Seen) -> list[str]:
    if not seen.changes:
        return []
    return [f"caption-like transcript: {seen.changes} '>>' marks open the turns and no speaker is named; "
            "roles were read from who opens, asks and answers"]


def _split_numbers(seen: _Seen) -> list[str]:
    split = _SPLIT_THOUSANDS.findall(seen.text, seen.body_start)
    if len(split) < seen.config.split_numbers:
        return []
    return [f"caption-like text: {len(split)} numbers are written with a space after the thousands comma "
            f"({split[0]!r}), as speech-to-text writes them; figures and words run together may be misread"]


def _run_together(seen: _Seen) -> list[str]:
    glued = glued_words(seen.text, seen.body_start, seen.config)
    if not glued:
        return []
    return [f"caption-like text: {len(glued)} words run together ({glued[0]!r}), as speech-to-text "
            "writes them; turns, figures and topics may be misread"]


def _one_turn(seen: _Seen) -> list[str]:
    turns = seen.turns
    # One labelled turn without questions is a statement (a monologue), not a format gone unread.
    if len(turns) > 1 or (turns and turns[0].speaker is not None and seen.marks < seen.config.questions_for_exchanges):
        return []
    return [f"the text was read as {len(turns)} speaker turn{'s' if len(turns) != 1 else ''}: "
            "its speaker labels may be in a format that is not recognised"]


def _no_exchanges(seen: _Seen) -> list[str]:
    if seen.exchanges or seen.marks < seen.config.questions_for_exchanges:
        return []
    return [f"no question-and-answer exchange found although the text holds {seen.marks} question marks"]


def _merged_questions(seen: _Seen) -> list[str]:
    # Turns by those who do not answer that end on a question mark.
    asked = [t for t in seen.turns if t.role in ("media", "other")
             and seen.text[t.content_start:t.end].rstrip(_BLANK).endswith("?")]
    exchanges = seen.exchanges
    if len(exchanges) == 1 and len(asked) >= seen.config.questions_for_exchanges:
        return [f"the question-and-answer part forms a single exchange although {len(asked)} questions are "
                "asked in it: questions by unnamed askers may have been merged"]
    if exchanges and len(asked) > seen.config.questions_per_exchange * len(exchanges):
        return [f"{len(asked)} questions but only {len(exchanges)} exchanges: some exchanges may hold "
                "several questions"]
    return []


def _numbered_speakers(seen: _Seen) -> list[str]:
    names = {lab.name for lab in seen.labels}
    if len(names) < 2 or not all(is_numbered_label(name, profile=seen.profile) for name in names):
        return []
    return [f"no speaker is named: every label numbers a speaker ({seen.labels[0].name!r}), as speech-to-text "
            "writes them; roles were read from who opens, asks and answers"]


def _askers_as_officials(seen: _Seen) -> list[str]:
    wrong = sorted({t.speaker for t in seen.turns if t.speaker and t.role in ("official", "moderator")
                    and (is_asker_label(t.speaker, profile=seen.profile) or _has_outlet(t.speaker))})
    return [f"the label {speaker!r} names an asker or an outlet but was read as an official's: roles may be wrong"
            for speaker in wrong]


#: The checks, in the order their warnings are given.
_CHECKS: tuple[Callable[[_Seen], list[str]], ...] = (
    _no_labels, _answers_without_labels, _marked_changes, _split_numbers, _run_together, _one_turn, _no_exchanges,
    _merged_questions, _numbered_speakers, _askers_as_officials)


def _has_outlet(label: str) -> bool:
    """Whether a label carries an outlet in brackets ("Ann Lee (Daily Post)")."""
    return label.rstrip().endswith(")") and "(" in label


def glued_words(text: str, start: int = 0, config: NoticeConfig | None = None) -> list[str]:
    """Words run together as speech-to-text writes them ("yourquestions", "thankyouall"), where there are
    so many that the text is caption-like; none otherwise.

    The document is its own dictionary: a lower-case word is run together when it reads as two or three
    words that the same text also writes apart ("your questions", "thank you all"). A function word
    (spaCy's stop words: "anyone", "whatever") is never one, and the count must be both several words
    and a share of the text's vocabulary, since edited transcripts write a few compounds both ways.

    Args:
        text: The original transcript text.
        start: Where the body starts (the header is not read).
        config: How long such words are and how many make a text caption-like (the package's by default).

    Returns:
        The run-together words in alphabetical order, or an empty list.
    """
    config = config or NoticeConfig()
    written = _WORD.findall(text, start)
    # A word too short to be a part stands as a mark that is in no word, so that no part spans it.
    words = [w.lower() if len(w) >= config.glued_part_letters else "\0" for w in written]
    # Two or three words in a row written as one (joined at C speed: this runs on every transcript).
    pairs = list(map(add, words, words[1:]))
    apart = set(pairs)
    apart.update(map(add, pairs, words[2:]))
    lower = {w for w in set(written) if w.islower()}
    glued = sorted(w for w in lower if len(w) >= config.glued_min_letters and w not in STOP_WORDS and w in apart)
    if len(glued) < config.glued_words or len(glued) < config.glued_share * len(lower):
        return []
    return glued
