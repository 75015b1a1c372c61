"""How a question turn relates to the talk before it, read from its own words and the turn before.

Where the structure cannot say who asks (an unnamed "Q", an unlabelled transcript), each question
turn is judged by its form: a *fragment* finishes an interrupted question ("— before the deadline?")
and never starts a topic; *banter* (a greeting, "Me?", "Thank you.") carries no subject and joins the
question it introduces; any other turn is a *question*, whose subject decides. Courtesies at its start
("Thanks, Karine.") and a hand-off just before it ("Go ahead, Nancy.") say that a new asker has the
floor; a turn that opens with "And" or "But" carries on. The word lists are data of the language
profile (:mod:`extractor.lang.profile`: ``courtesies``, ``continuations``, ``handoffs``, ``acknowledgements``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from spacy.util import get_lang_class

from .. import lang
from ..lang.profile import Profile, per_profile
from .config import MarkerConfig, QuestionConfig
from .features import Unit
from .markers import changes_subject, is_follow_up
from .types import Passage

QuestionForm = Literal["fragment", "banter", "question"]

#: Dashes and ellipses that open a turn finishing an interrupted sentence.
_DASHES = ("—", "–", "-", "…", "...")
#: Leading quotes, blanks and no-break spaces of a turn's text.
_LEAD = " \t\r\n\u00a0\"'“‘"

@cache
def _starts(name: str, *, profile: Profile) -> re.Pattern:
    return re.compile(rf"^(?:{profile.alternation(name)})\b", re.IGNORECASE)


@per_profile
def _acknowledgement(profile: Profile) -> re.Pattern:
    """A short acknowledgement ("Okay.", "Yeah,") a reporter says before the real start of a turn, with the
    punctuation and blanks after it (vocabulary ``acknowledgements``)."""
    return re.compile(rf"^(?:{profile.alternation('acknowledgements')})\b[.,!]?\s*", re.IGNORECASE)


def _head(text: str) -> str:
    return text.lstrip(_LEAD)


def question_form(text: str, content_words: int, cased: bool = True,
                  config: QuestionConfig | None = None) -> QuestionForm:
    """What a question turn is, given its text and how many content words (subject nouns) it holds.

    ``cased``: whether the transcript starts its turns with a capital (speech-to-text often does
    not); only then does a turn in lower case finish an interrupted sentence. ``config``: how long
    banter is (the package's by default).
    """
    head = _head(text)
    if not head or head.startswith(_DASHES) or (cased and head[0].islower()):
        return "fragment"
    if len(head.split()) <= (config or QuestionConfig()).banter_words and content_words <= 1:
        return "banter"
    return "question"


def opens_with_courtesy(text: str, *, profile: Profile) -> bool:
    """True when a turn opens by thanking or greeting ("Thanks, Karine.", "Good morning."), possibly
    after the speaker's name ("Bharat, thanks for doing this.")."""
    head = _head(text)
    named = re.match(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,\s*", head)
    return bool(_starts("courtesies", profile=profile).match(head)
                or (named and _starts("courtesies", profile=profile).match(head[named.end():])))


def opens_with_continuation(text: str, *, profile: Profile) -> bool:
    """True when a turn opens by carrying on ("And what about ...", "Okay. But is it ...")."""
    head = _acknowledgement(profile).sub("", _head(text), count=1)
    return bool(_starts("continuations", profile=profile).match(head))


def ends_with_handoff(text: str, *, profile: Profile, config: QuestionConfig | None = None) -> bool:
    """True when an official's turn ends by giving the floor: a last line or sentence of a few words
    that is a hand-off ("Go ahead.", "Yes, please.") or a name alone ("Justin.", "Go ahead, April."); how
    few are ``config``'s (the package's by default)."""
    config = config or QuestionConfig()
    tail = _last_sentence(text)
    words = tail.rstrip(".!?").replace(",", " ").split()
    if not words or len(words) > config.handoff_words:
        return False
    if _starts("handoffs", profile=profile).match(tail):
        return True
    return len(words) <= config.called_name_words and all(w[:1].isupper() and _may_be_name(w, profile=profile)
                                                          for w in words)


def _may_be_name(word: str, *, profile: Profile) -> bool:
    """Whether a capitalised word may be a name: not a function word, a reply ("Sure.") or a courtesy."""
    return (word.lower() not in _stop_words() and not _acknowledgement(profile).match(word)
            and not _starts("handoffs", profile=profile).match(word)
            and not _starts("courtesies", profile=profile).match(word))


@cache
def _stop_words() -> frozenset[str]:
    """The function words of the profile's language, as spaCy lists them."""
    return frozenset(get_lang_class(lang.DEFAULT).Defaults.stop_words)


def _last_sentence(text: str) -> str:
    return re.split(r"(?<=[.?!])\s+|\n", text.strip(_LEAD))[-1].strip(_LEAD)


def addressed_names(turns: list[tuple[str, str]], *, profile: Profile,
                    config: QuestionConfig | None = None) -> frozenset[str]:
    """Lower-cased names people are called by, read from the talk itself: the names in an official's
    hand-off ("Go ahead, April.", "Justin.") and a reporter's address ("Thanks, Karine.",
    "Bharat, thanks for doing this."). ``turns`` are ``(role, text)`` pairs in order. These words
    name who speaks, never what about, so they are kept out of topic labels. ``config``: how few words
    a hand-off has (the package's by default).
    """
    found = []
    courtesy = profile.alternation("courtesies")
    for role, text in turns:
        if role == "question":
            head = _head(text)
            m = (re.match(rf"^(?:{courtesy})\s*,\s*([A-Z][a-z'-]+)\s*[.!]", head, re.IGNORECASE)
                 or re.match(rf"^([A-Z][a-z'-]+)\s*,\s*(?:{courtesy}|[a-z])", head))
            if m:
                found.append(m.group(1))
        elif ends_with_handoff(text, profile=profile, config=config):
            found += re.findall(r"\b[A-Z][a-z'-]+\b", _last_sentence(text))
    return frozenset(w.lower() for w in found if w[:1].isupper() and _may_be_name(w, profile=profile))


@dataclass(frozen=True)
class QuestionCues:
    """What a question turn's own words and the turn before it say (see ``questions``)."""

    form: str  # "fragment", "banter" or "question"
    new_asker: bool = False  # opens with a courtesy, or the official just handed over the floor
    carries_on: bool = False  # opens with "And", "But", ...
    follow_up: bool = False  # says it follows up
    new_subject: bool = False  # says it changes or returns to another subject


def _content(text: str, p: Passage) -> str:
    return text[p.content_start if p.content_start is not None else p.start:p.end].strip(_LEAD)


def _resumes(text: str, passages: Sequence[Passage], k: int, content: dict[int, int],
             config: QuestionConfig) -> bool:
    """Whether the question turn ``k`` takes up a question an official cut into: the turn before is a
    few words of an official's that break off ("So —", "Yeah —") after a question with a subject:
    the asker goes on."""
    if k < 2 or passages[k - 1].role == "question" or passages[k - 2].role != "question":
        return False
    if question_form(_content(text, passages[k - 2]), content.get(k - 2, 0), config=config) != "question":
        return False  # what was cut into was a greeting: the question starts now
    aside = _content(text, passages[k - 1])
    if len(aside.split()) > config.interjection_words:
        return False
    return aside.endswith(_DASHES)


def question_cues(text: str, units: Sequence[Unit], owner: Sequence[int],
                  passages: Sequence[Passage], *, profile: Profile, config: QuestionConfig | None = None,
                  markers: MarkerConfig | None = None) -> dict[int, QuestionCues]:
    """Cues of every passage marked ``opens="question"`` (an asker the structure does not know); ``config``
    and ``markers`` the thresholds of the questions' forms and cues (the package's by default)."""
    config, markers = config or QuestionConfig(), markers or MarkerConfig()
    content: dict[int, int] = {}
    for u, o in zip(units, owner):
        content[o] = content.get(o, 0) + sum(u.bag.values())
    # Whether turns start with a capital, as the transcript's own turns show.
    heads = [_content(text, p)[:1] for p in passages]
    heads = [h for h in heads if h.isalpha()]
    cased = 2 * sum(h.islower() for h in heads) < len(heads)
    out = {}
    for k, p in enumerate(passages):
        if p.opens != "question":
            continue
        body = text[p.content_start if p.content_start is not None else p.start:p.end]
        before = passages[k - 1] if k else None
        handed = before is not None and before.role != "question" and ends_with_handoff(
            text[before.content_start if before.content_start is not None else before.start:before.end],
            profile=profile, config=config)
        head = body[:markers.cue_chars]
        resumes = _resumes(text, passages, k, content, config)
        out[k] = QuestionCues(
            form="fragment" if resumes else question_form(body, content.get(k, 0), cased, config),
            new_asker=handed or opens_with_courtesy(body, profile=profile),
            carries_on=opens_with_continuation(body, profile=profile),
            follow_up=is_follow_up(head, profile=profile, config=markers),
            new_subject=changes_subject(head, profile=profile, config=markers),
        )
    return out
