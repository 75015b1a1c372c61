"""Elliptical figures: a bare decimal that repeats the unit and scale of a figure said just before.

"The levy raised $2.4 billion last year; will it be 2.1 now?", "The rate was 3.5 percent in May. It was 3.2 in
June": the speaker leaves out the unit (and the scale word) of the figure just spoken of, and a reader supplies
them: 2.1 is $2.1 billion, 3.2 is 3.2 percent. A mention the unit rules (:mod:`stage_unit`) gave no unit takes
the unit and scale of the figure it repeats when all of these hold (no answer is better than a wrong one):

- it is a decimal written in digits, alone (no unit, no scale word, no noun it counts, no range): a page, a
  vote count, an age or a version is a whole number or is rejected as a name before this;
- the figure it repeats (the lender) was said before it in the same sentence or in one of the
  ``UnitConfig.elliptical_sentences`` sentences before, within the same paragraph of the same turn; it is the
  nearest figure before, durations aside (they date, they do not measure); its unit is money or a rate (%, pp,
  bp) written with it; an elliptical figure lends in turn ("It was 1.4 this year, 1.7 next year");
- the two numbers are of one order of magnitude (within a factor ``UnitConfig.elliptical_ratio``);
- the bare number is the figure of its clause, standing for a noun phrase of its own: the complement of
  a verb ("it becomes 2.1", "it was 3.2"), the object of a preposition ("down to 3.2") or an item listed with
  another figure, never the modifier of a noun ("2.1 points");
- its clause is not said of a person ("I turned 61.5", "Maria ran 10.4"): the subject of the verb it hangs
  under is no pronoun for people (vocabulary ``people_pronouns``) and no person's name.

The unit's evidence is ``unit-of-previous-figure``, its span the lender.
"""
from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..lang.profile import Profile
from ..unit_codes import is_currency, is_relative, is_time
from .config import UnitConfig
from .draft import Draft
from .lexer import Lexeme
from .mention import Mention
from .stage_unit import draft
from .syntax import governing_verb

#: The dependency relations of a number that stands for a noun phrase of its own in its clause.
_OWN_PHRASE = frozenset({"attr", "dobj", "pobj", "oprd", "conj", "appos", "npadvmod", "nsubj", "ROOT", "acomp"})
#: The mechanism its unit's evidence names (extractor/quantities/mechanisms.tsv).
MECHANISM = "unit-of-previous-figure"


def recent(drafts: Sequence[Draft], sent: Span, stretches: Sequence[int], *, config: UnitConfig) -> list[Draft]:
    """The figures of the ``config.elliptical_sentences`` sentences before ``sent`` that are in its stretch
    (paragraph within a turn; ``stretches`` the offsets where one starts), in text order."""
    start = sent.start_char
    opened = stretches[bisect.bisect_right(stretches, start) - 1] if stretches and stretches[0] <= start else 0
    # Sentences are counted whether or not they hold a figure: "$2.4 billion ... [four sentences] ... 2.1" is
    # no repetition.
    earliest, back = start, sent
    for _ in range(config.elliptical_sentences):
        if back.start == 0:
            break
        back = sent.doc[back.start - 1].sent
        earliest = back.start_char
    out: list[Draft] = []
    for d in reversed(drafts):
        if d.sent.start_char >= start:
            continue
        if d.m.start < max(opened, earliest):
            break
        out.append(d)
    return out[::-1]


def elliptical_drafts(doc: Doc, sent: Span, lx: list[Lexeme], mentions: list[Mention], drafted: Sequence[Draft],
                      before: Sequence[Draft], prev_lx: list[Lexeme], *, profile: Profile,
                      config: UnitConfig) -> list[Draft]:
    """Drafts for the mentions of a sentence the unit rules left without a unit (none of ``drafted``) that repeat
    the unit of a figure said before (``before``: the figures of the sentences before, :func:`recent`)."""
    done = {id(d.m) for d in drafted}
    out: list[Draft] = []
    for m in mentions:
        if id(m) in done or not _bare_decimal(lx, m):
            continue
        pool = sorted([*before, *(d for d in (*drafted, *out) if d.m.start < m.start)], key=lambda d: d.m.start)
        lender = _lender(pool, m, profile=profile, config=config)
        if lender is None:
            continue
        number = _number_token(doc, lx, m)
        if number is None or not _own_phrase(number) or _said_of_a_person(number, profile=profile):
            continue
        assert m.value is not None  # a bare decimal has a value
        scale = lender.m.scale
        repeated = dataclasses.replace(m, value=m.value * scale, unit=lender.unit, scaled=lender.m.scaled,
                                       scale=scale)
        d = draft(doc, sent, lx, repeated, mentions, prev_lx, profile=profile, config=config)
        if d is not None:
            d.note("unit", MECHANISM, lender.m.start, lender.m.end)
            out.append(d)
    return out


def _bare_decimal(lx: list[Lexeme], m: Mention) -> bool:
    """A single number with a decimal fraction written in digits, and nothing else: no unit, sign, scale, range."""
    return (m.unit is None and not m.scaled and not m.currency_sign and m.low is None and m.value is not None
            and not float(m.value).is_integer() and m.value > 0 and not m.negative and not m.ratio and not m.share
            and not m.multiple and not m.from_to and m.per is None and m.num_first == m.num_last
            and lx[m.num_first].is_digit)


def _lender(pool: Sequence[Draft], m: Mention, *, profile: Profile, config: UnitConfig) -> Draft | None:
    """The figure whose unit ``m`` repeats: the nearest before it, durations aside, if it is money or a rate
    written with its figure and of the same order of magnitude; else None."""
    for d in reversed(pool):
        if is_time(d.unit, profile=profile):
            continue  # "$1.7 trillion in the first two years ... It's 1.7": a duration dates, it is not repeated
        measured = is_currency(d.unit, profile=profile) or is_relative(d.unit, profile=profile)
        if not measured or d.m.unit_source is not None:
            return None
        if d.m.value is None or not d.m.value or d.m.low is not None:
            return None
        written = abs(d.m.value) / d.m.scale
        assert m.value is not None
        return d if 1 / config.elliptical_ratio < m.value / written < config.elliptical_ratio else None
    return None


def _number_token(doc: Doc, lx: list[Lexeme], m: Mention) -> Token | None:
    """The token of the mention's number in the parse (None where the parse has none)."""
    span = doc.char_span(lx[m.num_first].start, lx[m.num_last].end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _own_phrase(tok: Token) -> bool:
    """True when the number stands for a noun phrase of its own ("it was 1.4", "becomes 1.5", "to 0.17"), not
    the modifier of a noun after it ("1.5 points", "a 2.5 rating")."""
    if tok.dep_ == "nummod" and tok.head.i > tok.i:
        return False
    return tok.dep_ in _OWN_PHRASE


def _said_of_a_person(number: Token, *, profile: Profile) -> bool:
    """True when the subject of the clause the number hangs under names a person: an age, a time or a score
    said of someone ("I turned 61.5 this year") repeats no figure."""
    # The clause's verb, or the sentence's root where no verb governs the number (a verbless answer).
    verb = governing_verb(number) or number.sent.root
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and (
                    c.lower_ in profile.words("people_pronouns") or c.ent_type_ == "PERSON"):
                return True
    return False
