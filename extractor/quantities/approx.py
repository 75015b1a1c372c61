"""Qualifiers such as "nearly", "over", "about" (GUIDELINES.md, field ``approx``).

The qualifier is read from the words just before the mention (or "or so",
"or more", "-plus" just after) and reported as one canonical word; it is
never part of the span.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from ..lang.profile import Profile, per_profile
from ..unit_codes import is_time
from .candidates import Mention
from .config import ApproxConfig
from .lexer import Lexeme
from .numbers import number_words
from .rules import RuleSet
from .units import unit_for_words


@per_profile
def before_phrases(profile: Profile) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The qualifier phrases as word tuples with their canonical word, longest first."""
    table = profile.table("qualifier_phrases")
    return tuple(sorted(((tuple(p.split()), c) for p, c in table.items()), key=lambda pc: -len(pc[0])))


@per_profile
def after_phrases(profile: Profile) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The qualifier phrases after a figure ("or so", "-plus") as word tuples with their canonical word."""
    return tuple((tuple(p.split()), c) for p, c in profile.table("qualifier_after").items())


@per_profile
def _checks(profile: Profile) -> Mapping[tuple[str, ...], frozenset[str]]:
    """The checks each conditional qualifier phrase is subject to (vocabulary ``qualifier_checks``)."""
    return MappingProxyType({tuple(p.split()): frozenset(c.strip() for c in checks.split(","))
                             for p, checks in profile.table("qualifier_checks").items()})


def qualifier(lx: list[Lexeme], m: Mention, *, profile: Profile, config: ApproxConfig | None = None) -> str | None:
    """Return the canonical qualifier of a mention, or None.

    Args:
        lx: the sentence's lexemes.
        m: the mention.
        profile: the language profile whose word lists it reads.
        config: how far before the mention it reads (the package's by default).

    Returns:
        "about", "nearly", "over", "under" or None.
    """
    config = config or ApproxConfig()
    words = _words_before(lx, m, config, profile=profile)
    found = _before_article(words, profile=profile)
    if found is not None:
        return found
    for phrase, canon in before_phrases(profile):
        if tuple(words[-len(phrase):]) == phrase:
            return _checked(_Before(lx, m, words, phrase, profile, config), canon, profile=profile)
    after = [t.low for t in lx[m.last + 1:m.last + 3]]
    return next((canon for phrase, canon in after_phrases(profile) if tuple(after[:len(phrase)]) == phrase), None)


def _before_article(words: list[str], *, profile: Profile) -> str | None:
    """ "surpassed the 42 trillion yuan", "at around our two per cent target": a verb qualifier, or one of
    estimate, with an article before the number."""
    if not (words and words[-1] in profile.words("figure_determiners") and len(words) > 1):
        return None
    if words[-2] in profile.words("qualifier_verbs"):
        return "over"
    if words[-2] in profile.words("about_before_article") and not _asking_about(words[:-1], profile=profile):
        return "about"
    return None


class _Before(NamedTuple):
    """A qualifier phrase right before a mention, as its checks see it."""

    lx: list[Lexeme]
    m: Mention
    #: The words before the mention (:func:`_words_before`).
    words: list[str]
    phrase: tuple[str, ...]
    #: The vocabularies the checks read.
    profile: Profile
    #: How far back the checks read.
    config: ApproxConfig


def _checked(b: _Before, canon: str, *, profile: Profile) -> str | None:
    """The qualifier a phrase before the mention gives, after the checks it is subject to (vocabulary
    ``qualifier_checks``; :data:`_CHECKS`, in their order): the first check that answers decides ("" for
    no qualifier)."""
    checks = _checks(b.profile).get(b.phrase, frozenset())
    for rule in _CHECKS:
        if rule.name in checks:
            answer = rule.propose(b)
            if answer is not None:
                return answer or None
    return canon


def _negated_floor(b: _Before) -> str | None:
    """ "can't charge more than $35", "won't have to pay more than": a negated floor is a ceiling."""
    return "under" if _negated_before(b.lx, b.m.first - len(b.phrase), b.config.negation_reach,
                                     profile=b.profile) else None


def _digits_only(b: _Before) -> str | None:
    """ "some 300 firms" is about 300; "some three" is no estimate."""
    return "" if not b.lx[b.m.num_first].is_digit else None


def _not_asking(b: _Before) -> str | None:
    """ "what about the $1.2 trillion deficit": a topic, not an estimate."""
    return "" if _asking_about(b.words, profile=b.profile) else None


def _not_particle(b: _Before) -> str | None:
    """ "inflation went up to 0.7 per cent": the particle of a verb of movement, no ceiling."""
    return "" if _particle_up(b.lx, b.m.first - len(b.phrase), b.config.particle_reach,
                                profile=b.profile) else None


def _not_span(b: _Before) -> str | None:
    """ "$240 billion over 10 years": the span of another figure, no floor."""
    return "" if _span_over(b.lx, b.m, profile=b.profile) else None


#: The checks of a conditional qualifier phrase, in the order they run: each answers with the qualifier to
#: report instead ("" for none) or None to go on.
_CHECKS: RuleSet[_Before, str] = RuleSet(
    "qualifier-checks", _negated_floor, _digits_only, _not_asking, _not_particle, _not_span)


def _words_before(lx: list[Lexeme], m: Mention, config: ApproxConfig, *, profile: Profile) -> list[str]:
    """The words before a mention (``config.words_before``, of the last ``config.look_back`` lexemes),
    lower-cased; a transparent "an average of" / "a total of" right before it is skipped ("about an average of
    500,000 jobs" is about 500,000 jobs)."""
    words = [t.low for t in lx[max(0, m.first - config.look_back):m.first]]
    if len(words) >= 3 and words[-1] == "of" and words[-2] in profile.words("transparent_of_heads") and words[
            -3] in profile.words("articles"):
        words = words[:-3]
    return words[-config.words_before:]


def _span_over(lx: list[Lexeme], m: Mention, *, profile: Profile) -> bool:
    """True when "over" before a duration is the span of another figure ("$240 billion over 10 years", "cost
    ... 100 percent, over 10 years"): right after a number, a unit or a comma, not after a verb or a
    preposition ("for over two years", "lasted over an hour" keep their qualifier)."""
    i = m.first - 2  # the lexeme before "over"
    if not is_time(m.unit, profile=profile) or i < 0:
        return False
    prev = lx[i]
    return (prev.is_digit or prev.text == "," or prev.low in number_words(profile)
            or unit_for_words((prev.low,), profile=profile) is not None)


def _asking_about(words: list[str], *, profile: Profile) -> bool:
    """True when the last word, "about", follows "what" or "how" ("what about the $1.2 trillion deficit"):
    a preposition naming a topic, not an estimate."""
    return len(words) >= 2 and words[-1] == "about" and words[-2] in profile.words("topic_question_words")


def _particle_up(lx: list[Lexeme], i: int, reach: int, *, profile: Profile) -> bool:
    """True when the "up" at lexeme ``i`` is the particle of a verb of movement, so "up to" is no ceiling.

    "inflation went up to 0.7 per cent", "get the funds rate up to 2 percent" (an object between verb and
    particle, the verb fewer than ``reach`` lexemes before the "up"); but "you can get up to four tests" keeps
    its ceiling.
    """
    prev = lx[i - 1].low if i >= 1 else ""
    if prev in profile.words("motion_up_verbs") and prev not in profile.words("ceiling_when_adjacent"):
        return True
    # "get the funds rate up to": a verb of movement, then its object (words only), then the particle.
    for k in range(i - 2, max(-1, i - reach), -1):
        if not lx[k + 1].is_word:
            return False
        if lx[k].low in profile.words("motion_up_verbs"):
            return True
    return False


def _negated_before(lx: list[Lexeme], i: int, reach: int, *, profile: Profile) -> bool:
    """True when one of the ``reach`` words before lexeme ``i`` negates the clause ("won't have to pay")."""
    window = [t.low for t in lx[max(0, i - reach):i]]
    return any(w in profile.words("negations") for w in window)
