"""Deciding that a numeral mention is NOT a quantity (GUIDELINES.md, "What counts").

Each rule looks only at the characters and lexemes around the mention, so the rules hold for any
transcript: years and dates used as time references, clock times, ordinals, numbers inside names ("G20",
"3D", "24/7", "14th Five-Year Plan", "B.1.1.7", "13(3)", "two-plus-two"), fiscal-year shorthand ("`25"),
rates quoted per unit of time ("$3,500 a year": the "a year" is no quantity of its own), numbers that point
rather than count ("the two sides", "one area ... another area", "this is one part"; read from the parse) and
rhetoric ("not one single time", "100 percent sure"). Every rule proposes a reason or nothing; a
mention is rejected when any rule proposes a reason, and the reason reported is that of the first such
rule in :data:`REJECTIONS`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from .. import vocabulary
from ..unit_codes import is_time
from .candidates import Mention
from .lexer import Lexeme, adjacent, is_article, low_at as _low
from .numbers import number_words, tens_words, units_words
from .rules import RuleSet

_FALSE_START = re.compile(r"\.?-\s*[—–]")
_INVISIBLE = ("\u2060", "\u00ad", "\u200b")
#: A house number's street name is read over at most this many words ("9 E 71st St", "49 Zorro Ranch Road").
MAX_STREET_WORDS = 5
#: Bare numbers above this are no hours of a clock ("five or six, seven o'clock").
HOURS_IN_DAY = 24
#: A percent this large or more of an adjective said of a person is rhetoric ("100 percent sure").
WHOLE_PERCENT = 100
#: A lower-case run of this many letters or more glued after digits is a word of caption text ("350individuals").
CAPTION_GLUED_WORD = 5


@vocabulary.cached
def _clock_after() -> re.Pattern[str]:
    """A time of day's marker after a number ("10 a.m.", "10 a. m.", "seven o'clock", "9:30")."""
    markers = "|".join(re.escape(w).replace(r"\.", r"\.\s?") + r"\b"
                       for w in sorted(vocabulary.words("clock_markers"), key=lambda w: (-len(w), w)))
    return re.compile(rf"\s*(?:{markers}|:\d\d)", re.I)


@dataclass
class Seen:
    """A mention with the characters and lexemes around it, as the rejection rules see it."""

    text: str
    lx: list[Lexeme]
    m: Mention
    #: The parsed document, for the rules that read the parse (they propose nothing without one).
    doc: Doc | None = None

    def token(self, lexeme: Lexeme) -> Token | None:
        """The (last) token covering a lexeme, when the document is parsed."""
        if self.doc is None:
            return None
        span = self.doc.char_span(lexeme.start, lexeme.end, alignment_mode="expand")
        return span[-1] if span is not None and len(span) and span[-1].dep_ else None

    @cached_property
    def num_token(self) -> Token | None:
        return self.token(self.lx[self.m.num_last])

    @cached_property
    def num(self) -> Lexeme:
        return self.lx[self.m.num_first]

    @property
    def bare(self) -> bool:
        """No unit and no scale word: a plain number."""
        return self.m.unit is None and not self.m.scaled

    @cached_property
    def lead(self) -> str:
        """Up to 8 characters before the numeral, invisible joiners ("COVID-\u206019") and soft hyphens dropped."""
        lead = self.text[max(0, self.num.start - 8):self.num.start]
        for ch in _INVISIBLE:
            lead = lead.replace(ch, "")
        return lead

    @property
    def before(self) -> str:
        return self.lead[-1] if self.lead else " "

    @property
    def before2(self) -> str:
        return self.lead[-2] if len(self.lead) > 1 else " "

    @property
    def num_end(self) -> int:
        return self.lx[self.m.num_last].end

    @property
    def after(self) -> str:
        return self.text[self.num_end] if self.num_end < len(self.text) else " "

    def low(self, i: int) -> str:
        return _low(self.lx, i)


def _clock(s: Seen) -> str | None:
    """ "10 a.m.", "seven o'clock", "9:30": a time of day."""
    if _clock_after().match(s.text, s.num_end) or s.before == ":" and s.num.is_digit:
        return "clock"
    return None


def _span_that_dates(s: Seen) -> str | None:
    """ "in the first 11 months", "over the past two years": a span that dates another figure."""
    if is_time(s.m.unit) and s.low(s.m.first - 1) in vocabulary.words("span_openers"):
        return "dating-span"
    return None


def _point_in_time(s: Seen) -> str | None:
    """ "a year earlier", "a month ago", "six months from now": a duration naming a point in time."""
    k = s.m.last + 1
    if (s.low(k), s.low(k + 1), s.low(k + 2)) == ("and", "a", "half"):
        k += 3  # "a year and a half ago"
    nxt = (s.low(k), s.low(k + 1))
    if is_time(s.m.unit) and (nxt[0] in vocabulary.words("dating_after") or nxt == ("from", "now")):
        return "dating-span"
    return None


def _disfluency(s: Seen) -> str | None:
    """ "12-point- — I think it's —": a word broken off after the number."""
    lx, nxt, text = s.lx, s.m.last + 1, s.text
    if (nxt + 2 < len(lx) and lx[nxt].text == "-" and lx[nxt + 1].is_word and lx[nxt + 2].text == "-"
            and lx[nxt + 2].end < len(text) and not text[lx[nxt + 2].end].isalnum()):
        return "disfluency"
    return None


def _false_start(s: Seen) -> str | None:
    """ "$7.- — $7.266 trillion", "close to $1- — in the first year": a figure broken off."""
    if (s.m.unit is None or s.m.currency_sign) and not s.m.scaled and _FALSE_START.match(s.text, s.num_end):
        return "false-start"
    return None


def _pronoun_one(s: Seen) -> str | None:
    """ "any one market", "the one example": "one" as a pronoun or determiner."""
    if s.num.is_word and s.m.unit is None and s.num.low == "one" and s.low(
            s.m.num_first - 1) in vocabulary.words("pronoun_determiners"):
        return "pronoun"
    return None


def _word_compound(s: Seen) -> str | None:
    """ "one-off", "two-way", "one-time", "a year-on-year increase": a number word inside a compound."""
    lx, nxt = s.lx, s.m.last + 1
    if not s.num.is_word:
        return None
    if nxt + 1 < len(lx) and lx[nxt].text == "-" and lx[nxt + 1].low in vocabulary.words("non_count_compounds"):
        return "compound"
    if s.m.unit is not None and is_article(s.num.low) and nxt < len(lx) and lx[nxt].text == "-":
        return "compound"
    return None


def _code(s: Seen) -> str | None:
    """ "05-04", "007": a number with a leading zero is a code or a date, never an amount."""
    return "name" if s.num.is_digit and re.match(r"0\d", s.num.text) else None


def _word_before(s: Seen) -> str:
    """The letters just before the numeral's hyphen ("sub" in "sub-500")."""
    letters = re.search(r"[^\W\d_]*$", s.text[max(0, s.num.start - 12):s.num.start - 1])
    return letters.group() if letters else ""


def _glued_to_letters(s: Seen) -> str | None:
    """ "G20", "COVID-19", "F-16", "P5+1", "`25", "#1", "13th", "3D", "1990s", "24/7": digits inside a name or an
    ordinal."""
    if not s.num.is_digit:
        return None
    if _letters_before(s):
        return "name"
    after = _letters_after(s)
    if after is not None:
        return after
    return "name" if s.after == "/" or s.before == "/" else None


def _letters_before(s: Seen) -> bool:
    """ "G20", "F-16", "P5+1", "`25", "#1": letters or a mark glued before the digits (not "$US55.9", whose
    letters are the currency's, nor a prefix of number words: "sub-500")."""
    sign_letters = s.m.currency_sign and s.m.first < s.m.num_first
    if s.before.isalpha():
        return not sign_letters
    if s.before == "-" and s.before2.isalpha():
        return _word_before(s).lower() not in vocabulary.words("number_prefixes")
    return s.before == "+" and s.before2.isalnum() or s.before in "`'’‘#"


def _letters_after(s: Seen) -> str | None:
    """ "13th" (an ordinal), "3D", "1990s" (a name): letters glued after the digits that are no unit read
    ("256GB", "5km") and no word glued on in caption text (a lower-case run of five letters or more:
    "350individuals")."""
    if not s.after.isalpha() or s.m.unit is not None and s.m.last > s.m.num_last:
        return None
    letters = re.match(r"[^\W\d_]+", s.text[s.num_end:s.num_end + 6])
    glued = letters.group().lower() if letters else ""
    if glued in vocabulary.words("glued_units") or len(glued) >= CAPTION_GLUED_WORD and glued.islower():
        return None
    return "ordinal" if glued in vocabulary.words("ordinal_suffixes") else "name"


def _year(s: Seen) -> str | None:
    """A bare four-digit number from 1800 to 2199: a year used as a time reference."""
    if s.num.is_digit and s.bare and re.fullmatch(r"(1[89]|20|21)\d\d", s.num.text) and s.m.low is None:
        return "year"
    return None


def _date(s: Seen) -> str | None:
    """ "Jan. 13", "13 March": a bare number beside a month name is a day of the month."""
    months = vocabulary.words("months")
    if s.num.is_digit and s.bare and (s.low(s.m.num_first - 1) in months or s.low(s.m.num_first - 1) == "." and s.low(
            s.m.num_first - 2) in months or s.low(s.m.last + 1) in months):
        return "date"
    return None


def _after_capitalised(s: Seen) -> str | None:
    """ "Type 1", "Article 5", "Section 232": a bare number after a capitalised word inside a sentence."""
    i = s.m.num_first - 1
    if s.num.is_digit and s.bare and i >= 1 and _capitalised_word(s.lx[i]) and s.low(i) != "i":
        return "name"
    return None


def _street_number(s: Seen) -> str | None:
    """ "49 Zorro Ranch Road", "9 E 71st St", "1600 Pennsylvania Avenue": a house number before a street's
    capitalised name that ends in a street word (``street_words``)."""
    lx, m = s.lx, s.m
    if not (s.num.is_digit and s.bare and m.num_last == m.num_first):
        return None
    k = m.num_last + 1
    for _ in range(MAX_STREET_WORDS):
        if k + 1 < len(lx) and lx[k].text in ("'", "\u2019") and lx[k + 1].low == "s" and adjacent(lx[k], lx[k + 1]):
            k += 2  # "King's Road"
        if k >= len(lx):
            return None
        ordinal = lx[k - 1].is_digit and k - 1 > m.num_last and lx[k].is_word and adjacent(lx[k - 1], lx[k])
        if not (_capitalised_word(lx[k]) or ordinal or lx[k].is_digit and k > m.num_last + 1):
            return None
        if k > m.num_last + 1 and lx[k].low.rstrip(".") in vocabulary.words("street_words") and lx[k].text[0].isupper():
            return "address"
        k += 1
    return None


def _capitalised_number_word(s: Seen) -> str | None:
    """ "the 14th Five-Year Plan", "Group of Seven": a capitalised number word inside a name."""
    lx, m = s.lx, s.m
    if s.num.is_word and s.num.text[0].isupper() and m.num_first > 0 and m.num_last + 1 < len(lx) and (
            _capitalised_word(lx[m.num_last + 1]) or lx[m.num_last + 1].text == "-"
            and m.num_last + 2 < len(lx) and _capitalised_word(lx[m.num_last + 2])):
        return "name"
    return None


def _model_name(s: Seen) -> str | None:
    """ "the 737 MAX", "orders for the 787 Dreamliner", "the 500 Club": digits right before a capitalised singular
    proper noun that ends the noun phrase name a model or a body; a count stands before a plural ("20 Democrats")
    or before the common noun it counts ("300 Apple engineers"). A number the NER puts inside a PRODUCT with a
    capitalised word is a model's name too."""
    t = s.num_token
    if t is None or not s.num.is_digit or not s.bare:
        return None
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    # The noun right after ends its phrase, attached to nothing after it ("25 Senate staff", "21 Maduro-aligned
    # officials" count); the parser may attach the number itself anywhere ("787 Dreamliner").
    if nxt is not None and nxt.tag_ == "NNP" and nxt.text[0].isupper() and nxt.lower_ not in vocabulary.words(
            "months") and nxt.head.i <= nxt.i:
        return "name"
    if t.ent_type_ == "PRODUCT":
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        if ent is not None and any(x.i != t.i and x.text[0].isupper() for x in ent):
            return "name"
    return None


def _denominator(s: Seen) -> str | None:
    """ "$3,500 a year", "twice a month", "24 hours a day", "payments a month": a rate's denominator."""
    m, lx = s.m, s.lx
    if not (s.num.is_word and is_article(s.num.low) and m.unit is not None):
        return None
    prev = s.low(m.num_first - 1)
    if prev in vocabulary.words("rate_leads") or (m.num_first > 0 and (
            lx[m.num_first - 1].is_digit or prev in vocabulary.words("denominator_leads"))):
        return "per-unit"
    if is_time(m.unit) and _counted_before(lx, m.num_first):
        return "per-unit"  # "1,000 deaths a day", "40 million packages a day"
    before = s.token(lx[m.num_first - 1]) if m.num_first > 0 else None
    if is_time(m.unit) and before is not None and before.tag_ == "NNS":
        return "per-unit"  # "$6 billion in payments a month", "a couple of days a week"
    return None


def _clock_list(s: Seen) -> str | None:
    """ "five or six, seven o'clock", "six in the morning": bare numbers listed before a time of day."""
    m, lx = s.m, s.lx
    value = m.value if m.value is not None else m.high
    if not s.bare or value is None or value > HOURS_IN_DAY:
        return None
    j = m.last + 1
    while j < len(lx) and (lx[j].text in (",", "or", "and", "to", "-", "–") or lx[j].is_digit
                           or lx[j].low in number_words()):
        j += 1
    if j < len(lx) and _clock_after().match(s.text, lx[j].start):
        return "clock"
    nxt = [t.low for t in lx[j:j + 3]]
    if nxt[:2] == ["in", "the"] and nxt[2:] and nxt[2] in vocabulary.words("day_parts") or nxt[:2] == ["at", "night"]:
        return "clock"
    return None


def _rank(s: Seen) -> str | None:
    """ "number one", "the number-one driver", "No. 1": a rank, not an amount."""
    i = s.m.num_first
    prev = s.low(i - 1)
    if prev == "number" or prev == "-" and s.low(i - 2) == "number" or prev == "." and s.low(
            i - 2) == "no" and s.num.is_digit and s.lx[i - 2].text[0] == "N":
        return "rank"
    return None


def _label_after_noun(s: Seen) -> str | None:
    """ "section 165", "route 66", "page 12": a whole number right after the singular noun it modifies labels
    it (a count stands before its noun); ages ("age 65") are left to the unit rules."""
    t = s.num_token
    if t is None or not s.bare or s.m.value is None or not float(s.m.value).is_integer() or s.m.low is not None:
        return None
    nxt, nxt2 = s.lx[s.m.num_last + 1:s.m.num_last + 2], s.lx[s.m.num_last + 2:s.m.num_last + 3]
    if nxt and nxt[0].text in (",", "or", "and", "-", "–", "to") and nxt2 and (
            nxt2[0].is_digit or nxt2[0].low in number_words()):
        return None  # "guidance 60, 90 days ahead": a list of figures whose unit comes last
    head = t.head
    if head.i == t.i - 1 and head.tag_ in ("NN", "NNP") and t.dep_ in ("nummod", "appos", "npadvmod") and (
            head.lower_ not in vocabulary.words("age_nouns")):
        return "name"
    return None


def _multiplier_adjective(s: Seen) -> str | None:
    """ "a double standard", "a triple threat": a multiplier word used as an adjective of a noun."""
    t = s.num_token
    if t is None or s.num.low not in vocabulary.words("multiple_words") or s.low(s.m.num_first - 1) == "to":
        return None  # "to double testing capacity" is a verb, even when the parser takes it for an adjective
    return "adjective" if t.dep_ == "amod" and t.pos_ == "ADJ" else None


def _window_compound(s: Seen) -> str | None:
    """ "a 10-year Treasury", "the five-year review", "a seven-day average": a hyphenated duration that names
    a kind of thing (a window noun or a proper name) rather than measuring how long something lasts."""
    m, lx = s.m, s.lx
    if not is_time(m.unit) or m.num_last + 1 >= len(lx) or lx[m.num_last + 1].text != "-" or m.low is not None:
        return None
    unit_tok = s.token(lx[m.last])
    if unit_tok is None:
        return None
    head = unit_tok.head
    if head.i > unit_tok.i and unit_tok.dep_ in ("amod", "compound", "nmod", "npadvmod", "nummod") and (
            head.lower_ in vocabulary.words("window_nouns") or head.pos_ == "PROPN" and head.text[0].isupper()):
        return "compound-name"
    return None


def _enumeration(s: Seen) -> str | None:
    """ "two questions", "three key factors", "one other issue": a spelled number that counts the speaker's
    own units of talk enumerates what follows; it measures nothing."""
    t = s.num_token
    if t is None or not s.num.is_word or not s.bare:
        return None
    head = t.head if t.dep_ == "nummod" else None
    if head is not None and head.i > t.i and head.lemma_.lower() in vocabulary.words("discourse_nouns"):
        return "enumeration"
    return None


def _set_a_change_applies_to(s: Seen) -> str | None:
    """ "lower the three key rates by 25 basis points": a spelled number naming the set of things a figure
    changes ("by" another figure) counts nothing of its own."""
    t = s.num_token
    if t is None or not s.num.is_word or not s.bare or t.dep_ != "nummod" or t.head.dep_ != "dobj":
        return None
    verb = t.head.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "by" and any(
                x.like_num and x.ent_type_ not in ("DATE", "TIME") for x in prep.subtree):
            return "enumeration"
    return None


#: The largest number of things a speaker points at as a set ("the two sides", "our three nations", "all four
#: leaders"): the span of sets seen at a glance (subitizing); a larger set named with "the" is usually a count
#: that informs ("the 16 measures", "the five big initiatives").
SMALL_SET = 4


def _small_set_pointed_at(s: Seen) -> str | None:
    """ "the two sides", "our two nations", "all four leaders": a spelled small number after a definite
    determiner names a set the listener already knows; it points rather than counts."""
    t = s.num_token
    if t is None or not s.num.is_word or not s.bare or s.m.value is None or not 2 <= s.m.value <= SMALL_SET:
        return None
    if t.dep_ != "nummod" or t.head.i <= t.i or t.head.pos_ not in ("NOUN", "PROPN"):
        return None
    definite = vocabulary.words("definite_determiners")
    if t.head.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in definite for c in t.head.head.children):
        return "pointing"  # "these are two leaders who ...": the set is pointed at by the subject
    # The determiner stands right before the number: "these new three exemptions" counts the new ones.
    if any(c.i == t.i - 1 or c.i == t.i - 2 and c.doc[c.i + 1].lower_ in ("'s", "’s") for c in t.head.children
           if c.dep_ == "poss" or c.dep_ in ("det", "predet") and c.lower_ in definite):
        return "pointing"
    return None


def _one_of_several(s: Seen) -> str | None:
    """ "one area ... another area", "one camp or the other", "this is one part", "one indication is", "a one
    step": a "one" set against another of its kind, naming one of several as a copula's subject or complement,
    or after an article, is an article itself; it counts nothing (an "only one" or "just one" does count)."""
    t = s.num_token
    if t is None or not s.num.is_word or s.num.low != "one" or not s.bare or t.dep_ != "nummod":
        return None
    if any(c.dep_ in ("advmod", "quantmod") for c in t.children) or s.low(s.m.num_last + 1) in vocabulary.words(
            "comparatives"):
        return None  # "only one", "just one", "at least one", "one more hike": the number is the point
    if is_article(s.low(s.m.num_first - 1)):
        return "pointing"  # "a one step": an article before it leaves "one" nothing to count
    noun = t.head
    contrast = vocabulary.words("contrast_words")
    if any(x.lower_ in contrast and (x.lower_ != "other" or x.i > 0 and x.doc[x.i - 1].pos_ == "DET")
           for x in t.doc[t.i + 1:t.sent.end]):
        return "pointing"
    if noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be":
        return "pointing"
    return None


def _emphatic_one(s: Seen) -> str | None:
    """ "not one single time", "not one dollar", "not even a day": a negated "one" (or "a") says none;
    rhetoric, no amount."""
    if not s.num.is_word or s.num.low not in vocabulary.words("emphatic_numerals"):
        return None
    negations, k = vocabulary.words("negations"), s.m.num_first - 1
    if s.num.low == "one" and s.bare and (s.low(k) in negations or s.low(s.m.num_last + 1) == "single"):
        return "emphasis"
    if s.low(k) == "even" and s.low(k - 1) in negations:
        return "emphasis"
    return None


def _degree_percent(s: Seen) -> str | None:
    """ "I am 100 percent sure", "she is 110% committed": a whole (or more) percent of an adjective said of a
    person is a degree of conviction, rhetoric; said of a thing ("the fund is 100 percent financed", "the tank
    is 100 percent full") it measures that thing."""
    t = s.num_token
    if t is None or s.m.unit != "%" or s.m.value is None or s.m.value < WHOLE_PERCENT:
        return None
    if s.low(s.m.first - 1) in vocabulary.words("qualifier_words"):
        return None  # "almost 100 percent efficient": a measured rate, qualified as measurements are
    unit = t.head if t.dep_ == "nummod" else t
    head = unit.head
    if unit.dep_ in ("npadvmod", "advmod") and head.tag_ in ("JJ", "VBN") and head.i > unit.i and _said_of_person(head):
        return "degree"
    return None


def _said_of_person(adjective: Token) -> bool:
    """True when the subject an adjective is predicated of is a person: a personal pronoun ("I", "we",
    "she"), a name the NER tags PERSON, or a title of office ("the mayor")."""
    verb = adjective.head if adjective.dep_ in ("acomp", "oprd", "advcl", "xcomp") else adjective
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    return (subj.tag_ == "PRP" and subj.lower_ in vocabulary.words("personal_pronouns") or subj.ent_type_ == "PERSON"
            or subj.lemma_.lower() in vocabulary.words("offices"))


def _dotted_code(s: Seen) -> str | None:
    """ "B.1.1.7", "the 10.1.1 rule", "version 2.4.1": digits joined by points into a code or a version."""
    if not s.num.is_digit:
        return None
    text, end, start = s.text, s.num_end, s.num.start
    after = text[end:end + 2]
    if len(after) == 2 and after[0] == "." and after[1].isdigit():
        return "name"
    if start >= 2 and text[start - 1] == "." and text[start - 2].isalnum():
        return "name"
    return None


def _bracketed_subsection(s: Seen) -> str | None:
    """ "13(3)", "section 4(b)": a number glued to a bracketed part is a clause of a law or a rule."""
    if not s.num.is_digit:
        return None
    text, end = s.text, s.num_end
    if re.match(r"\(\w{1,3}\)", text[end:end + 5]) or s.before == "(" and re.search(r"\w\($", text[:s.num.start]) \
            and text[end:end + 1] == ")":
        return "name"
    return None


def _numeral_chain(s: Seen) -> str | None:
    """ "two-plus-two", "one-on-one": two numbers joined by hyphens to a word between them name a format or a
    ratio's shape, not an amount; a compound number ("sixty-five") is one numeral, so "a sixty-five-acre park"
    and "a twenty-two-room wing" keep their figure."""
    text, a, b = s.text, s.num.start, s.num_end
    while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
        a -= 1
    while b < len(text) and (text[b].isalnum() or text[b] == "-"):
        b += 1
    parts = _joined_tens(text[a:b].lower().split("-"))
    numeral = [p.isdigit() or all(w in number_words() for w in p.split("-")) for p in parts]
    # "one-to-one", "one-in-five" are a ratio and a share (GUIDELINES.md); a time word makes a duration.
    for k in range(len(parts) - 2):
        join = parts[k + 1]
        if numeral[k] and not numeral[k + 1] and numeral[k + 2] and not (
                join in vocabulary.words("numeral_chain_joins") or join in vocabulary.words("time_nouns")):
            return "compound"
        if numeral[k] and numeral[k + 1] and numeral[k + 2]:
            return "compound"  # "3-2-1": three numbers in a row joined by hyphens are a code or a countdown
    return None


def _joined_tens(parts: list[str]) -> list[str]:
    """Hyphen-separated words with each tens word and the unit word after it joined into one numeral:
    ["sixty", "five", "acre"] -> ["sixty-five", "acre"] ("sixty-five-acre")."""
    out: list[str] = []
    for p in parts:
        if out and out[-1] in tens_words() and p in units_words() and units_words()[p] < 10:
            out[-1] = f"{out[-1]}-{p}"
        else:
            out.append(p)
    return out


def _moment_named(s: Seen) -> str | None:
    """ "this is a day for the city", "that was a week to remember": "a day" said of "this" names a moment,
    it measures no time."""
    t = s.token(s.lx[s.m.last]) if is_time(s.m.unit) and is_article(s.num.low) else None
    if t is None or t.dep_ != "attr" or t.head.lemma_ != "be":
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in vocabulary.words("demonstratives") for c in t.head.children):
        return "not-a-figure"
    return None


#: The rejection rules; a mention is no quantity when any proposes a reason (the first one's is reported).
REJECTIONS: RuleSet[Seen, str] = RuleSet(
    "rejection", _clock, _span_that_dates, _point_in_time, _disfluency, _false_start, _pronoun_one,
    _word_compound, _code, _glued_to_letters, _year, _date, _after_capitalised, _street_number,
    _capitalised_number_word, _model_name,
    _denominator, _clock_list, _rank, _label_after_noun, _multiplier_adjective, _window_compound, _enumeration,
    _set_a_change_applies_to, _small_set_pointed_at, _one_of_several, _emphatic_one, _degree_percent, _dotted_code,
    _bracketed_subsection, _numeral_chain, _moment_named)


def rejection(text: str, lx: list[Lexeme], m: Mention, doc: Doc | None = None) -> str | None:
    """Say why a mention is not a quantity, or None when it may be one.

    Args:
        text: the whole document text.
        lx: the sentence's lexemes.
        m: the mention.
        doc: the parsed document, for the rules that read the parse (without it they propose nothing).

    Returns:
        A short reason ("year", "date", "clock", "name", "ordinal", ...) or None.
    """
    decided = REJECTIONS.decide(Seen(text, lx, m, doc))
    return decided[1] if decided else None


def _counted_before(lx: list[Lexeme], i: int) -> bool:
    """True when a numeral and the noun it counts stand right before lexeme ``i`` ("1,000 deaths | a day")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = lx[k]
        if t.is_digit or t.low in number_words():
            return k < i - 1  # "1,000 deaths a day"; a numeral right before is handled by the caller
        if not t.is_word and t.text != "-" or t.low in vocabulary.words("counted_noun_enders"):
            return False
    return False


def _capitalised_word(t: Lexeme) -> bool:
    # "Section", "iPhone"
    return t.is_word and any(ch.isupper() for ch in t.text) and t.low not in vocabulary.words("months")
