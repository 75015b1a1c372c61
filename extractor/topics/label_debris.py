"""Phrases that are no subject where they stand: cut by a stage direction, a fragment, a source named before its
report, an address to a person, and who owns talk.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang.profile import Profile
from .features import filler
from .label_words import _acronym, _heading_word

#: A stage direction of one word in brackets right after a phrase ("(inaudible)", "(Crosstalk.)").
_ASIDE = re.compile(r"[ \t]*\(\s*([A-Za-z]+)\.?\s*\)")


#: How many characters before a phrase a marker of its source is sought in (a marker and an article).
_SOURCE_REACH = 40


def is_fragment(text: str, offset: int, phrase: str) -> bool:
    """True for a piece of a word or an aside rather than a phrase: a word broken off at a hyphen
    ("pres-"), a part of a hyphenated name ("Lago" of "Mar-a-Lago"), a stage direction ("(Laughter.)"),
    a word with a footnote's mark ("meeting[1")."""
    # A dash at a word's edge breaks it off; an em dash inside glues two words of a broken sentence;
    # a bracket glues a footnote's mark to a word ("meeting[1]").
    if any(w.startswith(("-", "–")) or w.endswith(("-", "–")) or "—" in w or "[" in w or "]" in w
           for w in phrase.split()):
        return True
    if offset < 0:
        return False
    before = text[offset - 1:offset] if offset else ""
    end = offset + len(phrase)
    after = text[end:end + 1] if text[offset:end] == phrase else ""
    return before in ("-", "–", "(") or after in ("-", "–") or text[end:end + 2] in (".)", ")")


def _talkers(text: str, phrases: Iterable[tuple[int, str, str]], *, profile: Profile) -> frozenset[str]:
    """The phrases (as written) that somewhere own a word of talk (see :func:`_owns_talk`): who asks or says,
    which, like who acts all through the event, sets no segment apart."""
    return frozenset(phrase for offset, _, phrase in phrases if _owns_talk(text, offset, phrase, profile=profile))


def _owns_talk(text: str, offset: int, phrase: str, *, profile: Profile) -> bool:
    """Whether a phrase written as a name owns a word of talk (vocabulary ``topic_filler``): "following up on
    Dana's question", "to the Harbour Board's point": the name is of whoever asked or said it, not what is
    asked about."""
    end = offset + len(phrase)
    if offset < 0 or text[offset:end] != phrase or not all(w[:1].isupper() for w in phrase.split()):
        return False
    owned = re.match(r"['’]s?\s+(\w+)", text[end:end + 30])
    return owned is not None and owned.group(1).lower() in filler(profile=profile)


def _inside_a_name(text: str, offset: int, phrase: str, *, profile: Profile) -> bool:
    """Whether a phrase written as a name is the first part of a longer name joined by "of" (vocabulary
    ``heading_words``, ``complement``) to a capitalised word: "U.S. Chamber" of "the U.S. Chamber of Commerce",
    "Chief" of "Chief of Staff" name neither the body nor the office. (What follows "of" often names a
    subject by itself: "Angola" of "the President of Angola".)"""
    written = text[offset:offset + len(phrase)]
    if offset < 0 or written != phrase or not all(w[:1].isupper() for w in phrase.split()) or _acronym(phrase):
        return False
    joiner = _heading_word("complement", profile=profile)
    return re.match(rf"\s+{joiner}\s+[A-Z]", text[offset + len(phrase):offset + len(phrase) + 12]) is not None


def is_cut(text: str, offset: int, phrase: str, *, profile: Profile) -> bool:
    """True for a phrase the transcript cuts off: a stage direction of talk follows it at once ("a prior
    contract (inaudible)", "the harbour (crosstalk)"), where the speaker's words were lost and the phrase
    may have gone on ("a prior contract dispute"); a name, which ends in a capitalised word, is whole."""
    end = offset + len(phrase)
    if offset < 0 or text[offset:end] != phrase or phrase.split()[-1][:1].isupper():
        return False  # a name ends where it is written ("the hostages at Chernobyl (inaudible)")
    aside = _ASIDE.match(text, end)
    return aside is not None and aside.group(1).lower() in filler(profile=profile)


def is_source(text: str, offset: int, *, profile: Profile, phrase: str = "") -> bool:
    """True for a phrase that says where a report comes from, not what it is about: it follows a marker of
    a source (vocabulary ``source_markers``: "according to the Harbour Gazette"), an article between; or,
    given the ``phrase`` (as shown) and written as a name that is no acronym, a word of report follows it
    (vocabulary ``source_followers``: "the Harbour Gazette reported", "a Riverside Herald poll"; an
    acronym before a report more often names what is reported on, "the GDP report")."""
    if phrase and _named_source(text, offset, phrase, profile=profile):
        return True
    words = text[max(0, offset - _SOURCE_REACH):offset].lower().split()
    if words and words[-1] in profile.words("articles"):
        words = words[:-1]
    said = " ".join(words)
    return any(said == m or said.endswith(" " + m) for m in profile.words("source_markers"))


def _named_source(text: str, offset: int, phrase: str, *, profile: Profile) -> bool:
    """Whether ``phrase``, at ``offset``, is a name (each word capitalised as written, not an acronym) that a
    word of report follows: a verb or "poll" (vocabulary ``source_followers``) after any name, a noun of report
    (``outlet_report_nouns``) after a name with a word of a news outlet (``outlet_words``)."""
    end = offset + len(phrase)
    written = text[offset:end]
    if (written.lower() != phrase.lower() or not all(w[:1].isupper() for w in written.split())
            or _acronym(written)):
        return False
    after = text[end:end + _SOURCE_REACH].split()
    word = after[0].lower().strip(".,;:!?") if after else ""
    outlet = any(w.lower() in profile.words("outlet_words") for w in written.split())
    return word in profile.words("source_followers") or outlet and word in profile.words("outlet_report_nouns")


def is_address(phrase: str, *, profile: Profile) -> bool:
    """True for a way of addressing someone rather than a subject: a courtesy title and nothing
    but a title or generic word after it ("Mr. Chairman", "Madam President")."""
    words = phrase.replace(".", " ").lower().split()
    return (len(words) >= 2 and words[0] in profile.words("honorifics")
            and all(w in filler(profile=profile) for w in words[1:]))
