"""Verbs of multiplication: "costs have tripled", "the club more than doubled its budget", "doubling the grant".

The inflected forms of "double", "triple", "quadruple" (vocabulary ``multiple_verbs``) state a multiple by
themselves, as "twice" does: 2, 3 or 4 ``times``, kind ``multiple`` (GUIDELINES.md). :func:`numerals.multiple_words`
reads them with the base forms, so the mention reader finds them; the rejection rule here (listed in
:data:`filters.REJECTIONS`) keeps only those the parse reads as the verb of a multiplication, and drops the
idioms and the nouns: a phrasal verb ("the board doubled down on the plan", "doubled over"), a second role ("the
hall doubles as a polling station"), a noun ("mixed doubles", "a doubling of the levy") and a modifier inside a
noun phrase ("a doubling time"). Without a parse no form is read: the parse is the evidence.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..lang.profile import Profile, per_profile
from .draft import Draft
from .seen import Seen

#: The part-of-speech tags of a verb's inflected forms (past, participles, third person).
_INFLECTED_VERB_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ"})


@per_profile
def verb_forms(profile: Profile) -> dict[str, float]:
    """The inflected forms of the verbs of multiplication and the multiple each states ("tripled": 3)."""
    return {k: float(v) for k, v in profile.table("multiple_verbs").items()}


def not_multiplying(s: Seen) -> str | None:
    """ "doubled down", "doubles as", "mixed doubles", "a doubling time": an inflected form of a verb of
    multiplication that the parse does not read as the verb multiplying something is no multiple; nor is a
    multiplier word that the parse reads as a phrasal verb ("double down")."""
    t = s.num_token
    if t is not None and t.pos_ == "VERB" and s.num.low in s.profile.words("multiple_words") and any(
            c.dep_ == "prt" for c in t.children):
        return "phrasal-verb"  # the base form too: "we will double down on safety"
    if s.num.low not in verb_forms(s.profile):
        return None
    if t is None or t.pos_ != "VERB" or t.tag_ not in _INFLECTED_VERB_TAGS:
        return "not-a-verb"
    if any(c.dep_ == "prt" for c in t.children):
        return "phrasal-verb"
    if any(c.dep_ == "prep" and c.lower_ in s.profile.words("multiple_verb_roles") for c in t.children):
        return "role"
    if t.dep_ in ("amod", "compound") and _determined_before(t):
        return "modifier"
    return None


def _determined_before(t: Token) -> bool:
    """True when the noun ``t`` modifies has a determiner before ``t`` ("a doubling time"): ``t`` is inside a
    noun phrase. A verb the parser hangs on the noun after it without one ("more than doubled grants") is
    still the clause's verb."""
    return any(c.dep_ in ("det", "poss") and c.i < t.i for c in t.head.children)


def anchor_on_multiplied(ds: list[Draft], *, profile: Profile) -> None:
    """Anchor each figure that is a verb of multiplication on the thing it multiplies: its object ("doubled
    the grant"), else its subject ("costs have tripled", "the runway is doubled"), a noun, not a pronoun (which
    names nothing; the verb stays the anchor). The verb is the head of the
    figure's own clause, so the rules that read a figure's clause from its anchor up (concept, owner) would
    otherwise start from the clause above it ("exports rose 8 percent, while our share has tripled")."""
    for d in ds:
        verb = d.anchor
        if verb is None or verb.lower_ not in verb_forms(profile) or verb.pos_ != "VERB":
            continue
        for deps in (("dobj",), ("nsubjpass", "nsubj")):
            found = [c for c in verb.children if c.dep_ in deps]
            if found:
                if found[0].pos_ != "PRON":
                    d.anchor = found[0]
                break
