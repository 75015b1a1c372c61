"""Stage 2, unit: what a mention measures (a written unit, a counted noun, an age, an unspoken unit).

Each rule proposes ``(unit, counted noun text, counted noun token)`` or nothing; :data:`UNIT_RULES` lists
them in precedence order and the first proposal decides. A mention no rule gives a unit to is no
quantity ("the two of us"). What is written beside the number outranks what is inferred: a written unit,
then the noun the number counts, then a unit the speaker left out (read from a parallel figure), and last
a bare figure large or shaped enough to be a count of the clause's subject.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..lang.profile import Profile
from ..unit_codes import is_currency, is_relative
from .candidates import Mention
from .config import UnitConfig
from .counted import counted_noun, subject_counted
from .draft import Draft
from .lexer import Lexeme
from .numbers import number_words
from .numerals import multiple_words
from .rules import RuleSet
from .syntax import anchor_token, governing_verb
from .units import DEFAULT_CONTEXT, UnitContext

#: What a unit rule proposes: the unit code, the counted noun (text) and its token.
Unit = tuple[str, "str | None", "Token | None"]


@dataclass
class Bare:
    """A mention as the unit rules see it: its sentence's lexemes, the other mentions, the sentence before."""

    doc: Doc
    lx: list[Lexeme]
    m: Mention
    mentions: list[Mention]
    prev_lx: list[Lexeme]
    #: The vocabularies the rules read.
    profile: Profile
    #: The thresholds the rules read.
    config: UnitConfig
    #: What the document decides about units (the money it writes).
    units: UnitContext = DEFAULT_CONTEXT

    @cached_property
    def numeral(self) -> Span | None:
        """The tokens of the numeral (None where they cannot be aligned with the parse)."""
        span = self.doc.char_span(self.lx[self.m.num_first].start, self.lx[self.m.num_last].end,
                                  alignment_mode="expand")
        return span if span is not None and len(span) else None

    @property
    def unitless(self) -> bool:
        """No unit written and not a ratio: the unit must come from the words around it."""
        return self.m.unit is None and not self.m.ratio


def is_multiple_times(lx: list[Lexeme], m: Mention, *, profile: Profile) -> bool:
    """ "1.2 times", "twice the rate", "by a factor of 1.5" are multiples; "cut four times" counts occurrences."""
    if lx[m.num_first].low in multiple_words(profile) or lx[m.first].low == "factor":
        return True
    if m.value is not None and not float(m.value).is_integer():
        return True
    prev = lx[m.first - 1].low if m.first > 0 else ""
    nxt = lx[m.last + 1].low if m.last + 1 < len(lx) else ""
    return prev == "by" or nxt in profile.words("multiple_followers")


def _occurrences(b: Bare) -> Unit | None:
    """ "cut four times": "times" after a whole number counts occasions ("count" of "times")."""
    if b.m.multiple and b.m.unit == "times" and not is_multiple_times(b.lx, b.m, profile=b.profile):
        return "count", "times", None
    return None


def _written_unit(b: Bare) -> Unit | None:
    """ "5 percent", "$3 billion", "two years", "two to one" (a ratio: "1"): the unit the candidate reader found."""
    return (b.m.unit, None, None) if b.m.unit is not None else None


def _age(b: Bare) -> Unit | None:
    """ "adults 65 and older", "those ages 30 and above", "children 5 to 12", "aged 14": years of age."""
    m, lx = b.m, b.lx
    if (not b.unitless or m.scaled or m.currency_sign or m.negative
            or (m.value is not None and m.value >= b.config.max_age) or (
            m.high or 0) >= b.config.max_age):
        return None
    nxt = [t.low for t in lx[m.last + 1:m.last + 3]]
    prev = lx[m.first - 1].low if m.first >= 1 else ""
    prev2 = lx[m.first - 2].low if m.first >= 2 else ""
    ages = b.profile.words("age_nouns")
    if (len(nxt) == 2 and nxt[0] in b.profile.words("age_joins") and nxt[1] in b.profile.words("age_after")
            or prev in ages  # but "people 1,000" is not said
            or prev in b.profile.words("age_bounds") and prev2 in b.profile.words("person_nouns") | ages):
        return "yr", None, None
    return _appositive_age(b, profile=b.profile)


def _appositive_age(b: Bare, *, profile: Profile) -> Unit | None:
    """ "Maria Lopez, 52, said", "the mayor, 61, said": a whole number set off by commas right after a person's
    name or a title of office is an age."""
    m, lx = b.m, b.lx
    if not (m.value is not None and float(m.value).is_integer() and 0 < m.value < b.config.max_age
            and lx[m.num_first].is_digit
            and m.first >= 2 and lx[m.first - 1].text == "," and lx[m.first - 2].is_word):
        return None
    if m.last + 1 < len(lx) and lx[m.last + 1].text not in (",", ".", ";", ")"):
        return None
    name = b.doc.char_span(lx[m.first - 2].start, lx[m.first - 2].end, alignment_mode="expand")
    # A person's name by the NER, or a title of office ("The mayor, 61, said"); a proper noun the NER does not
    # tag may be a place ("York, 3,").
    if name is not None and len(name) and (name[-1].ent_type_ == "PERSON" or name[-1].tag_ == "NN" and (
            name[-1].lemma_.lower() in profile.words("offices"))):
        return "yr", None, None
    return None


def _zeroless_decimal(b: Bare) -> Unit | None:
    """ "a .500 record", "a .333 average": a decimal written without its zero is a ratio, not a count."""
    return ("1", None, None) if b.unitless and b.lx[b.m.num_first].text.startswith(".") else None


def _index_level(b: Bare) -> Unit | None:
    """ "the index fell 0.4 per cent to 13,176", "the benchmark closed at 7,412, down 1.2%": a bare level that
    a move of an index (``index_nouns``) reached, in a sentence that gives the move in percent or points, is
    in index points."""
    m, lx = b.m, b.lx
    if (not b.unitless or m.scaled or m.value is None or m.value < b.config.min_index_level
            or not lx[m.num_first].is_digit):
        return None
    if m.first == 0 or lx[m.first - 1].low not in b.profile.words("index_level_preps"):
        return None
    moves = [o for o in b.mentions if o is not m and (is_relative(o.unit, profile=b.profile) or o.unit == "points")]
    if moves and any(t.low in b.profile.words("index_nouns") for t in lx[:m.first]):
        return "points", None, None
    return None


def _reading_on_a_scale(b: Bare) -> Unit | None:
    """ "a 5.6 magnitude earthquake", "a magnitude 6.1 quake", "a 4.8 rating": a number with a decimal fraction
    and no scale word before a singular noun counts no things (2.5 of a thing is no count; "2.5 children" is
    an average and stays one); it is a reading on a scale, a bare number."""
    m = b.m
    if not b.unitless or m.scaled or m.value is None or float(m.value).is_integer() or m.negative:
        return None
    if not b.lx[m.num_first].is_digit:
        return None
    _, head = counted_noun(b.doc, m, b.lx, profile=b.profile, config=b.config)
    return ("1", None, None) if head is not None and head.tag_ in ("NN", "NNP") else None


def _counted_noun(b: Bare) -> Unit | None:
    """ "nearly 700,000 business entities": the noun the number counts (see :mod:`counted`)."""
    if not b.unitless:
        return None
    counted, head = counted_noun(b.doc, b.m, b.lx, profile=b.profile, config=b.config)
    return ("count", counted, head) if counted is not None else None


def _stands_alone(b: Bare) -> bool:
    """True when the number is a noun phrase of its own ("a 50", "larger than 50", "75 or a point"), not the
    numeral of a noun after it ("25 points", "50 staff")."""
    if b.numeral is None:
        return False
    tok = b.numeral[-1]
    return not (tok.dep_ == "nummod" and tok.head.i > tok.i)


def _policy_step(b: Bare) -> Unit | None:
    """A bare 25, 50, 75 or 100 (``UnitConfig.policy_steps``) standing alone where basis-point moves are being
    discussed ("a 50-basis-point hike ... something larger than 50?", "is 75 possible?") is basis points: the
    speaker leaves out the unit of the rate moves just spoken of, written in this sentence or the one before ("50
    basis points", "a percentage point"). Not "our team scored 25 points", nor "they hired 50, a cut" (no
    basis-point figure near)."""
    lx, m = b.lx, b.m
    values = [v for v in (m.value, m.low, m.high) if v is not None]
    if not (b.unitless and values and all(v in b.config.policy_steps for v in values) and lx[m.num_first].is_digit):
        return None
    near = list(b.prev_lx) + lx
    if _stands_alone(b) and (any(t.low in b.profile.words("basis_point_words") for t in near) or any(
            a.low == "percentage" and c.low in b.profile.words("point_words") for a, c in itertools.pairwise(near))):
        return "bp", None, None
    return None


def _rate_decimal(b: Bare) -> Unit | None:
    """ "the neutral rate ... from 1.75 to 2.5", "inflation edged down from 4 to 3.9": a decimal below 20 among
    words for rates, or the other end of a from-to pair with one, is a percent."""
    if not b.unitless:
        return None
    m, lx = b.m, b.lx
    pair = [m] + [o for o in b.mentions
                  if o is not m and o.from_to and m.from_to and parallel(lx, m, o, profile=b.profile, config=b.config)]
    values = [v for o in pair for v in (o.value, o.low) if v is not None]
    if (values and any(not float(v).is_integer() for v in values) and all(v < b.config.max_bare_rate for v in values)
            and any(
            t.low in b.profile.words("rate_words") for t in lx)):
        return "%", None, None
    return None


def _lenders(b: Bare, *, profile: Profile) -> list[Mention]:
    """The sentence's rate figures that may lend their unit to a bare number below 100 written in digits."""
    m = b.m
    value = m.value if m.value is not None else m.low
    if not b.unitless or value is None or value >= b.config.max_borrowed_unit or b.lx[m.num_first].is_word:
        return []
    return [o for o in b.mentions if o is not m and is_relative(o.unit, profile=profile)]


def _parallel_unit(b: Bare) -> Unit | None:
    """ "1.2, 2.7 and 9.9 percent", "between 50 and more than 70 percent": a figure in a parallel construction
    lends its unit (the nearest one); not "100 percent of firms ... and 50 of them"."""
    parallel_ = [o for o in _lenders(b, profile=b.profile)
                 if parallel(b.lx, b.m, o, profile=b.profile, config=b.config)]
    unit = min(parallel_, key=lambda o: abs(o.start - b.m.start)).unit if parallel_ else None
    return (unit, None, None) if unit is not None else None


def _chain_unit(b: Bare) -> Unit | None:
    """ "1.2, to 2.7, to 9.9, and ... 20.6 percent": a list of bare figures takes the unit of a figure
    parallel to any of its items."""
    others = _lenders(b, profile=b.profile)
    if not others:
        return None
    chain = bare_chain(b.lx, b.m, b.mentions, profile=b.profile, config=b.config)
    lender = [o for o in others if any(parallel(b.lx, c, o, profile=b.profile, config=b.config) for c in chain)]
    unit = min(lender, key=lambda o: abs(o.start - b.m.start)).unit if lender else None
    return (unit, None, None) if unit is not None else None


def _rate_per_unit(b: Bare) -> Unit | None:
    """ "the clinic sees 20 per week", "planted 15 an hour": a bare number over a rate's denominator written
    after it counts what the clause speaks of, per that unit; no counted noun is written, so none is given."""
    m = b.m
    if b.unitless and m.per is not None and not m.multiple and not m.share and b.lx[m.num_first].low not in (
            "a", "an"):
        return "count", None, None
    return None


def _substantial_count(b: Bare) -> Unit | None:
    """ "reduced from 11 to eight", "reached 6,338": a scaled, large, paired or ranged bare figure is a count,
    of the clause's subject when it is a noun."""
    m = b.m
    value = m.value if m.value is not None else m.high
    if b.unitless and (m.from_to or m.scaled or m.low is not None or (
            value is not None and value >= b.config.min_bare_count and b.lx[m.num_first].is_digit)):
        counted, head = subject_counted(b.doc, m, profile=b.profile, config=b.config)
        return "count", counted, head
    return None


def _currency_carried(b: Bare) -> Unit | None:
    """ "$41.2 million for roads, 17 million for parks", "we had 15 million dollars of benefit and expect 8 million
    in Q4": a scaled bare figure with no noun counted, said after a money figure of its sentence that the parse
    puts in the same list (a conjunct) or in the same or a coordinated clause, is in that money; not a clause's
    subject ("$5 million was spent and 3 million were vaccinated") and not past another figure with a unit."""
    m = b.m
    if not (b.unitless and m.scaled and not m.from_to) or b.numeral is None:
        return None
    mine = anchor_token(b.doc, m, None)
    if mine is None or mine.dep_ in ("nsubj", "nsubjpass"):
        return None
    for o in reversed([o for o in b.mentions if o.end <= m.start]):
        if o.unit is None:
            continue
        if not is_currency(o.unit, profile=b.profile) or o.multiple or o.ratio:
            return None
        theirs = anchor_token(b.doc, o, None)
        if theirs is not None and _same_list_or_clause(mine, theirs):
            return o.unit, None, None
        return None
    return None


def _price_of_verb(b: Bare) -> Unit | None:
    """ "the teachers cost about 210 million a year", "sold its striker for a reported 12 million", "what does the
    11.5 million buy": a scaled bare figure with no noun counted that a verb of price or payment (vocabulary
    ``price_verbs``) takes as its object, or a verb of sale (``sale_verbs``) as its "for" or as what buys, is a
    sum of money, in the money the document writes (none when it writes none; "paid for 11 million" names what
    is paid for)."""
    m = b.m
    if not (b.unitless and m.scaled and not m.from_to and b.units.minor_written) or b.numeral is None:
        return None
    mine = anchor_token(b.doc, m, None)
    verb = governing_verb(mine) if mine is not None else None
    if mine is None or verb is None or verb.lemma_.lower() not in b.profile.words("price_verbs"):
        return None
    sale = verb.lemma_.lower() in b.profile.words("sale_verbs")
    role = mine.dep_ in ("dobj", "npadvmod", "attr") and mine.head.i == verb.i or sale and (
        mine.dep_ == "pobj" and mine.head.lower_ == "for" and mine.head.head.i == verb.i
        or mine.dep_ == "nsubj" and mine.head.i == verb.i)
    return (b.units.minor, None, None) if role else None


def _money_noun(b: Bare) -> Unit | None:
    """ "revenue of 8 million", "the cost is about 12 million": a scaled bare figure with no noun counted that is
    the "of" phrase of a noun of money (vocabulary ``money_nouns``) or what the copula says such a noun is, is a
    sum of money, in the money the document writes (none when it writes none)."""
    m = b.m
    if not (b.unitless and m.scaled and not m.from_to and b.units.minor_written) or b.numeral is None:
        return None
    mine = anchor_token(b.doc, m, None)
    if mine is None:
        return None
    nouns = b.profile.words("money_nouns")
    if mine.dep_ == "pobj" and mine.head.lower_ == "of" and mine.head.head.lower_ in nouns:
        return b.units.minor, None, None
    if mine.dep_ == "attr" and mine.head.lemma_ == "be":
        subject = next((c for c in mine.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in nouns:
            return b.units.minor, None, None
    return None


def _same_list_or_clause(mine: Token, theirs: Token) -> bool:
    """Whether two figures' tokens are conjuncts of one list, or belong to one clause or to coordinated ones."""
    if _conjuncts(mine, theirs):
        return True
    v, w = governing_verb(mine), governing_verb(theirs)
    return v is not None and w is not None and (v.i == w.i or _conjuncts(v, w))


def _conjuncts(a: Token, b: Token) -> bool:
    """Whether ``a`` and ``b`` are joined by a chain of "conj" links (either way)."""
    def chain(t: Token) -> set[int]:
        seen = {t.i}
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            seen.add(t.i)
        return seen
    return bool(chain(a) & chain(b))


def _partitive_count(b: Bare) -> Unit | None:
    """ "86 patients, 12 of them in intensive care", "40 players, nine of whom are new": a bare number before "of"
    and a pronoun counts part of the things an earlier figure of the sentence counted: the same noun ("one of
    them" points at one of the things; it counts nothing)."""
    m, lx = b.m, b.lx
    if not b.unitless or m.value is None or m.value < 2 or m.last + 2 >= len(lx) or lx[m.last + 1].low != "of" or (
            lx[m.last + 2].low not in b.profile.words("partitive_pronouns")):
        return None
    span = b.numeral
    if span is None:
        return None
    sent = span[0].sent
    for t in reversed(b.doc[sent.start:span[0].i]):
        if t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.i < t.head.i < span[0].i:
            return "count", t.head.text, t.head
    return None


#: The unit rules in precedence order.
UNIT_RULES: RuleSet[Bare, Unit] = RuleSet(
    "unit", _occurrences, _written_unit, _age, _zeroless_decimal, _reading_on_a_scale, _counted_noun, _index_level,
    _policy_step, _rate_decimal, _parallel_unit, _chain_unit, _currency_carried, _price_of_verb, _money_noun,
    _substantial_count, _rate_per_unit, _partitive_count)


def draft(doc: Doc, sent: Span, lx: list[Lexeme], m: Mention, mentions: list[Mention],
          prev_lx: list[Lexeme], *, profile: Profile, config: UnitConfig,
          units: UnitContext = DEFAULT_CONTEXT) -> Draft | None:
    """A draft with the mention's unit, counted noun and anchor, or None when no rule gives it a unit (the rules
    read the vocabularies of ``profile`` and the thresholds of ``config``)."""
    decided = UNIT_RULES.decide(Bare(doc, lx, m, mentions, prev_lx, profile, config, units))
    if decided is None:
        return None
    unit, counted, head = decided[1]
    d = Draft(m, sent, lx, unit, counted=counted, head=head, anchor=anchor_token(doc, m, head))
    if m.unit_source is not None and unit == m.unit:
        # The document, not the figure's own words, chose the unit ("14 billion pounds", "118.5p", "cents").
        d.note("unit", m.unit_source, *_unit_span(lx, m, head))
        return d
    d.note("unit", decided[0].replace("_", "-"), *_unit_span(lx, m, head))
    return d


def _unit_span(lx: list[Lexeme], m: Mention, head: Token | None) -> tuple[int | None, int | None]:
    """The text that gave the unit: the counted noun, else the currency sign before the numeral, else the
    words after it inside the figure ("percent", "billion dollars"); nothing for a unit inferred."""
    if head is not None:
        return head.idx, head.idx + len(head)
    if m.unit is None:
        return None, None
    if m.currency_sign and m.first < m.num_first:
        return lx[m.first].start, lx[m.num_first - 1].end
    if m.last > m.num_last:
        k = m.num_last + 1
        # "four-month": the unit word without the hyphen that joins it to the numeral.
        while k < m.last and lx[k].text == "-":
            k += 1
        return lx[k].start + (lx[k].text[:1] == "-" and len(lx[k].text) > 1), lx[m.last].end
    return None, None


def parallel(lx: list[Lexeme], m: Mention, o: Mention, *, profile: Profile, config: UnitConfig | None = None) -> bool:
    """True when two figures of a sentence stand in a list, a range, a from-to pair or a parallel comparison.

    The words between them must begin with a joining word (",", "and", "to", ...), be few (at most
    ``config.parallel_gap``) and hold no other numeral; or both figures follow "than" ("greater than 70 percent;
    ... less than 50").
    """
    a, b = (m, o) if m.start < o.start else (o, m)
    if a.first > 0 and lx[a.first - 1].low == lx[b.first - 1].low == "than":
        return True
    gap = lx[a.last + 1:b.first]
    if any(t.is_digit or t.low in number_words(profile) for t in gap):
        return False
    return not gap or len(gap) <= (config or UnitConfig()).parallel_gap and gap[0].low in profile.words("list_joins")


def bare_chain(lx: list[Lexeme], m: Mention, mentions: list[Mention], *, profile: Profile,
               config: UnitConfig | None = None) -> list[Mention]:
    """The bare figures listed together with ``m`` ("1.2, to 2.7, to 9.9"), itself included."""
    k = mentions.index(m)
    chain = [m]
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(mentions) and mentions[j + step].unit is None and parallel(
                lx, mentions[j], mentions[j + step], profile=profile, config=config):
            j += step
            chain.append(mentions[j])
    return chain
