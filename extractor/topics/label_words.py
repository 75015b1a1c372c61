"""The words a label is built from and kept clear of, read from the vocabularies (``lang/en/vocabulary``), and the
shapes of single words (a name, an acronym, an adjective).
"""
from __future__ import annotations

import re

from ..lang.profile import Profile, per_profile
from .features import endings, filler

_EDGE_POS = frozenset({"DET", "PRON", "PART", "CCONJ", "ADP", "PUNCT", "NUM", "SYM", "SPACE", "AUX", "ADV", "X",
                       "INTJ"})


def _units(*, profile: Profile) -> frozenset[str]:
    """Words that measure rather than name a subject (vocabulary ``measure_words``)."""
    return profile.words("measure_words")


@per_profile
def _not_a_head(profile: Profile) -> frozenset[str]:
    """Words no key phrase ends in: measures, words of talk, and words of time that say when, not what
    about ("a couple of months", "the vote yesterday") (read once, asked per word)."""
    return _units(profile=profile) | filler(profile=profile) | _when(profile=profile)


@per_profile
def _dates(profile: Profile) -> frozenset[str]:
    """Words that alone say when, not what about: words of calendar time (:func:`_when`), parts of the day,
    months and days of the week (vocabularies ``day_parts``, ``months``, ``weekdays``): "Friday", "the
    morning" are no subject (read once, asked per phrase)."""
    return (_when(profile=profile) | profile.words("day_parts") | profile.words("months")
            | profile.words("weekdays"))


def _when(*, profile: Profile) -> frozenset[str]:
    """Words of calendar time and days named from the day of speaking (vocabularies ``time_nouns``,
    ``day_words``), with the plurals of the nouns."""
    nouns = profile.words("time_nouns")
    return nouns | {f"{w}s" for w in nouns} | profile.words("day_words")


def _generic(*, profile: Profile) -> frozenset[str]:
    """Modifiers too generic to open a heading (vocabulary ``generic_modifiers``)."""
    return profile.words("generic_modifiers")


#: Entities whose name, alone, says what a segment is about ("Venezuela", "NATO", "Medicare").
_SUBJECT_ENTS = frozenset({"GPE", "LOC", "ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


#: The dependencies of a verb's particle (English labels and Universal Dependencies').
_PARTICLE_DEPS = frozenset({"prt", "compound:prt"})


@per_profile
def _vague_heads(profile: Profile) -> frozenset[str]:
    """Nouns (lemmas and forms) that, tied to a name or modified by it, say which share of it, what news of it, or
    when, and nothing of what is said of it ("the rest of the county", "the morning in Northgate", "a follow-up on
    Northgate"; vocabularies ``partitive_heads``, ``generic_count_nouns``, ``day_parts``, ``discourse_nouns``, and
    the words no key phrase ends in). A name's own people
    ("Northgate officials", "the club's members", "members of the club"; vocabulary ``people_heads``) say nothing of
    it either, but a group a preposition ties to it, said with what sets it apart, is a subject ("foreign residents
    in Northgate")."""
    return (profile.words("partitive_heads") | profile.words("generic_count_nouns")
            | profile.words("day_parts") | profile.words("discourse_nouns") | _not_a_head(profile))


#: Parts of speech of a word that opens a clause, not a noun phrase ("saw strong growth", "facilitate trade").
_CLAUSE_OPENERS = frozenset({"VERB", "AUX"})


def _written_as_name(phrase: str) -> bool:
    """Whether each word of a phrase of several words is capitalised ("Harbour Board")."""
    words = phrase.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _two_letters(word: str) -> bool:
    """Whether a word has two letters: an acronym of two letters is as often a common thing ("TV", "an EO") as
    a place or body ("UK", "EU"), and the recogniser does not tell them apart."""
    return len(word) == 2


def _adjective_like(word: str, *, profile: Profile) -> bool:
    """Whether a lower-case word read without a parse is an adjective that says how or which, not of what kind
    (vocabulary ``generic_modifiers``: "latest", "strong"), or one with an adjective's ending (``adjective_endings``:
    "useful"). One of a kind ("foreign trade") makes a term with its noun."""
    return word in profile.words("generic_modifiers") or word.endswith(endings(profile).adjective)


def _heading_word(name: str, *, profile: Profile) -> str:
    """A word headings are written with (vocabulary ``heading_words``): ``coordinator`` joins two
    phrases, ``no_subject`` heads a segment with no key phrase."""
    return profile.table("heading_words")[name]


def _times_said(phrase: str, lowered: str) -> int:
    """How many times the segment's text (``lowered``: as one line, lower-cased) says a phrase, as a whole word run."""
    return len(re.findall(rf"(?<![\w-]){re.escape(phrase.lower())}(?![\w-])", lowered))
