"""Deciding that a numeral mention is NOT a quantity (GUIDELINES.md, "What counts").

Each rule looks only at the characters and lexemes around the mention, so the rules hold for any
transcript: years and dates used as time references, clock times, ordinals, numbers inside names ("G20",
"3D", "24/7", "14th Five-Year Plan", "B.1.1.7", "13(3)", "two-plus-two"), fiscal-year shorthand ("`25"),
rates quoted per unit of time ("$3,500 a year": the "a year" is no quantity of its own), numbers that point
rather than count ("the two sides", "one area ... another area", "this is one part"; read from the parse) and
rhetoric ("not one single time", "100 percent sure"). Every rule proposes a reason or nothing; a
mention is rejected when any rule proposes a reason, and the reason reported is that of the first such
rule in :data:`REJECTIONS`. The rules on names, codes and addresses are in :mod:`name_filters`, those read from
the parse for numbers that point and rhetoric in :mod:`pointing`; the rules of time, clocks, dates and rates
are here, and this module lists them all in their order.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..lang.profile import Profile, per_profile
from ..unit_codes import is_time
from . import approx, multiplier_verbs, name_filters, pointing
from .candidates import Mention
from .config import RejectionConfig
from .lexer import Lexeme, is_article
from .numbers import number_words
from .rules import RuleSet
from .seen import Seen

_FALSE_START = re.compile(r"\.?-\s*[—–]")
#: The dash by which a transcript marks speech broken off (an en dash between numbers is a range: "5–6").
_BREAK = "—"
#: Bare numbers above this are no hours of a clock ("five or six, seven o'clock").
HOURS_IN_DAY = 24


@per_profile
def _clock_after(profile: Profile) -> re.Pattern[str]:
    """A time of day's marker after a number ("10 a.m.", "10 a. m.", "seven o'clock", "9:30")."""
    markers = "|".join(re.escape(w).replace(r"\.", r"\.\s?") + r"\b"
                       for w in sorted(profile.words("clock_markers"), key=lambda w: (-len(w), w)))
    return re.compile(rf"\s*(?:{markers}|:\d\d)", re.I)


def _clock(s: Seen) -> str | None:
    """ "10 a.m.", "seven o'clock", "9:30": a time of day."""
    if _clock_after(s.profile).match(s.text, s.num_end) or s.before == ":" and s.num.is_digit:
        return "clock"
    return None


def _span_that_dates(s: Seen) -> str | None:
    """ "in the first 11 months", "over the past two years": a span that dates another figure."""
    if is_time(s.m.unit, profile=s.profile) and s.low(s.m.first - 1) in s.profile.words("span_openers"):
        return "dating-span"
    return None


def dating_range(lx: list[Lexeme], m: Mention, *, profile: Profile) -> bool:
    """ "over the next two to three years": a range of durations after a span opener dates another figure as
    a single duration does (:func:`_span_that_dates`); the rules see the ends one at a time, before they are
    joined into a range (the lower end has no unit yet, the upper one follows "to"), so this is asked of the
    range."""
    if m.low is None or not is_time(m.unit, profile=profile) or m.first == 0 or (
            lx[m.first - 1].low not in profile.words("span_openers")):
        return False
    # "shortened to two days from the previous five to seven days": after a preposition of a level (vocabulary
    # ``level_preps``) the span is the other end of a comparison, a fact of its own
    k = m.first - 2
    while k >= 0 and lx[k].low in profile.words("articles"):
        k -= 1
    return k < 0 or lx[k].low not in profile.words("level_preps")


def _point_in_time(s: Seen) -> str | None:
    """ "a year earlier", "a month ago", "six months from now", "ten days or so ago", "it is two weeks away", "a
    week out from the vote": a duration naming a point in time (the distance from now to an event it dates)."""
    if not is_time(s.m.unit, profile=s.profile):
        return None
    k = s.m.last + 1
    if (s.low(k), s.low(k + 1), s.low(k + 2)) == ("and", "a", "half"):
        k += 3  # "a year and a half ago"
    for words, _ in approx.after_phrases(s.profile):
        if tuple(s.low(k + j) for j in range(len(words))) == words:
            k += len(words)  # "ten days or so ago": a qualifier between the span and its dating word
            break
    nxt = (s.low(k), s.low(k + 1))
    if nxt[0] in s.profile.words("dating_after") or nxt == ("from", "now"):
        return "dating-span"
    # "a week out from the vote": a word that dates only with the event it counts toward said after it in the
    # sentence (vocabulary ``dating_toward``: the word, then the preposition of the event); "six weeks out with
    # an injury" is a length of time
    toward = s.profile.table("dating_toward").get(nxt[0])
    if toward is not None and any(x.low == toward for x in s.lx[k + 1:]):
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
    """ "$7.- — $7.266 trillion", "close to $1- — in the first year": a figure broken off. "between 4.3 — 4 and
    5 percent", "some 900 — 90, sorry": a plain number broken off by a spaced dash and at once said again as
    another number is corrected; a number said again ("the 60 — 60 votes") is the same figure restarted and
    stays, and so does a range ("from 4 to 36 — 35 percent": its lower end still holds)."""
    if (s.m.unit is None or s.m.currency_sign) and not s.m.scaled and _FALSE_START.match(s.text, s.num_end):
        return "false-start"
    k, lx = s.m.last + 1, s.lx
    if s.bare and not _range_end(s) and k + 1 < len(lx) and lx[k].text == _BREAK and lx[k].start > lx[k - 1].end and (
            lx[k + 1].is_digit or lx[k + 1].low in number_words(s.profile) and not is_article(
            lx[k + 1].low, profile=s.profile)) and lx[k + 1].low != s.num.low:
        return "false-start"
    return None


def _range_end(s: Seen) -> bool:
    """Whether the mention is a range or the upper end of one, seen before its ends are joined ("from 4 to 36")."""
    i, lx = s.m.num_first, s.lx
    return s.m.low is not None or i >= 2 and lx[i - 1].low in s.profile.words("range_join_words") and (
        lx[i - 2].is_digit or lx[i - 2].low in number_words(s.profile))


def _pronoun_one(s: Seen) -> str | None:
    """ "any one market", "the one example": "one" as a pronoun or determiner."""
    if s.num.is_word and s.m.unit is None and s.num.low == "one" and s.low(
            s.m.num_first - 1) in s.profile.words("pronoun_determiners"):
        return "pronoun"
    return None


def _word_compound(s: Seen) -> str | None:
    """ "one-off", "two-way", "one-time", "a year-on-year increase": a number word inside a compound."""
    lx, nxt = s.lx, s.m.last + 1
    if not s.num.is_word:
        return None
    if nxt + 1 < len(lx) and lx[nxt].text == "-" and lx[nxt + 1].low in s.profile.words("non_count_compounds"):
        return "compound"
    if s.m.unit is not None and is_article(s.num.low, profile=s.profile) and nxt < len(lx) and lx[nxt].text == "-":
        return "compound"
    return None


def _year(s: Seen) -> str | None:
    """A bare four-digit number from 1800 to 2199: a year used as a time reference."""
    if s.num.is_digit and s.bare and re.fullmatch(r"(1[89]|20|21)\d\d", s.num.text) and s.m.low is None:
        return "year"
    return None


def _date(s: Seen) -> str | None:
    """ "Jan. 13", "13 March": a bare number beside a month name is a day of the month."""
    months = s.profile.words("months")
    if s.num.is_digit and s.bare and (s.low(s.m.num_first - 1) in months or s.low(s.m.num_first - 1) == "." and s.low(
            s.m.num_first - 2) in months or s.low(s.m.last + 1) in months):
        return "date"
    return None


def _denominator(s: Seen) -> str | None:
    """ "$3,500 a year", "twice a month", "24 hours a day", "payments a month": a rate's denominator."""
    m, lx = s.m, s.lx
    if not (s.num.is_word and is_article(s.num.low, profile=s.profile) and m.unit is not None):
        return None
    prev = s.low(m.num_first - 1)
    if prev in s.profile.words("rate_leads") or (m.num_first > 0 and (
            lx[m.num_first - 1].is_digit or prev in s.profile.words("denominator_leads"))):
        return "per-unit"
    if is_time(m.unit, profile=s.profile) and _counted_before(lx, m.num_first, profile=s.profile):
        return "per-unit"  # "1,000 deaths a day", "40 million packages a day"
    before = s.token(lx[m.num_first - 1]) if m.num_first > 0 else None
    if is_time(m.unit, profile=s.profile) and before is not None and before.tag_ == "NNS":
        return "per-unit"  # "$6 billion in payments a month", "a couple of days a week"
    if is_time(m.unit, profile=s.profile) and _objects_figure_of_its_verb(s):
        return "per-unit"  # "shipping 2 million tonnes of grain a day", "a plan that costs $10 or less a month"
    return None


def _objects_figure_of_its_verb(s: Seen) -> bool:
    """True when the parse hangs "a day" on a figure before it, on the noun such a figure counts, or on a verb
    whose object before it holds a figure: the figure is an amount per day ("shipping 2 million tonnes of
    grain a day", "a plan that costs $10 or less a month"), however long the noun phrase between them."""
    unit_tok = s.token(s.lx[s.m.last])
    if unit_tok is None or unit_tok.dep_ != "npadvmod" or unit_tok.head.i > unit_tok.i:
        return False
    head = unit_tok.head
    if head.pos_ in ("VERB", "AUX"):
        held = [c for c in head.children if c.dep_ in ("dobj", "attr") and c.i < unit_tok.i]
    else:
        held = [head]
    figures = [x for c in held for x in c.subtree if x.like_num and x.i < unit_tok.i and x.ent_type_ != "DATE"]
    if not figures and head.pos_ in ("VERB", "AUX"):
        # "only so many ships can pass the lock a day": an amount said without a number in the verb's subject
        # or object (vocabulary ``vague_quantifiers``) is divided by the day as a figure is
        figures = [x for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < unit_tok.i
                   for x in c.children if x.dep_ == "amod" and x.lower_ in s.profile.words("vague_quantifiers")]
    # "taken 336 days — almost a year —": a duration set off by a mark restates the figure, it divides nothing
    return bool(figures) and not any(t.is_punct and t.text != "-" for t in unit_tok.doc[figures[-1].i:unit_tok.i])


def _clock_list(s: Seen) -> str | None:
    """ "five or six, seven o'clock", "six in the morning": bare numbers listed before a time of day."""
    m, lx = s.m, s.lx
    value = m.value if m.value is not None else m.high
    if not s.bare or value is None or value > HOURS_IN_DAY:
        return None
    j = m.last + 1
    while j < len(lx) and (lx[j].text in s.profile.words("figure_list_joins") or lx[j].is_digit
                           or lx[j].low in number_words(s.profile)):
        j += 1
    if j < len(lx) and _clock_after(s.profile).match(s.text, lx[j].start):
        return "clock"
    nxt = [t.low for t in lx[j:j + 3]]
    if nxt[:2] == ["in", "the"] and nxt[2:] and nxt[2] in s.profile.words("day_parts") or nxt[:2] == ["at", "night"]:
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


#: The rejection rules; a mention is no quantity when any proposes a reason (the first one's is reported).
REJECTIONS: RuleSet[Seen, str] = RuleSet(
    "rejection", _clock, _span_that_dates, _point_in_time, _disfluency, _false_start, _pronoun_one, _word_compound,
    name_filters.code, name_filters.glued_to_letters, name_filters.listed_after_code, _year, _date,
    name_filters.after_capitalised,
    name_filters.street_number, name_filters.capitalised_number_word, name_filters.model_name, _denominator,
    _clock_list, _rank, pointing.label_after_noun, pointing.multiplier_adjective, multiplier_verbs.not_multiplying,
    pointing.window_compound,
    pointing.enumeration, pointing.set_a_change_applies_to, pointing.small_set_pointed_at, pointing.one_of_several,
    pointing.emphatic_one, pointing.indefinite_day, pointing.degree_percent, pointing.percent_of_a_predicate_noun,
    pointing.announced_item, name_filters.dotted_code,
    name_filters.bracketed_subsection, name_filters.numeral_chain, pointing.moment_named, pointing.idiom,
    pointing.verdict_percent, pointing.hypothetical_one, pointing.interjection)


def rejection(text: str, lx: list[Lexeme], m: Mention, doc: Doc | None = None, *, profile: Profile,
              config: RejectionConfig | None = None) -> str | None:
    """Say why a mention is not a quantity, or None when it may be one.

    Args:
        text: the whole document text.
        lx: the sentence's lexemes.
        m: the mention.
        doc: the parsed document, for the rules that read the parse (without it they propose nothing).
        profile: the language profile whose word lists it reads.
        config: the thresholds the rules read (the package's by default).

    Returns:
        A short reason ("year", "date", "clock", "name", "ordinal", ...) or None.
    """
    decided = REJECTIONS.decide(Seen(text, lx, m, profile, doc, config or RejectionConfig()))
    return decided[1] if decided else None


def _counted_before(lx: list[Lexeme], i: int, *, profile: Profile) -> bool:
    """True when a numeral and the noun it counts stand right before lexeme ``i`` ("1,000 deaths | a day")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        t = lx[k]
        if t.is_digit or t.low in number_words(profile):
            return k < i - 1  # "1,000 deaths a day"; a numeral right before is handled by the caller
        if not t.is_word and t.text != "-" or t.low in profile.words("counted_noun_enders"):
            return False
    return False


