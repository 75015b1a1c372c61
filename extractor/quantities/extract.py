"""The entry point: every quantity in a parsed transcript, with its facts."""
from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_text
from .approx import qualifier
from .candidates import Mention, combine, read_mentions
from .concept import concept_phrase
from .counted import counted_noun, subject_counted
from .entity import entity_candidates, host_names
from .kind import kind_and_direction
from .filters import rejection
from .lexer import Lexeme, lex
from .periods import TimeRef, find_time_refs
from .respectively import conjunct_list, is_entity_like, item_text
from .syntax import anchor_token
from .types import QuantityFacts

#: A cheap test that a sentence may hold a numeral: only such sentences are read closely.
_NUMERAL_HINT = re.compile(
    r"\d|[¼½¾⅓⅔⅛]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|billion|trillion|half|quarter|twice|double|triple|zero|tenths|\w+fold)\b"
    r"|\ban?\s+(?:year|week|month|day|hour|decade|percentage|basis)\b",
    re.I)


def may_hold_figure(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` may hold a figure (a digit, a number word, "a year"...): a cheap test, so
    that only such sentences are read closely (and, by default, parsed: ``numeral_focus``)."""
    return _NUMERAL_HINT.search(text, start, len(text) if end is None else end) is not None


#: A blank line: what a figure's owner, concept and period never carry across (nor a new turn).
PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\r?\n")

_RATE_CUES = frozenset({"basis", "rate", "rates", "hike", "hikes", "point", "points", "increase", "increases",
                        "cut", "cuts", "bp", "bps"})
_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "quarter", "half", "year", "month", "first", "second",
                          "third", "fourth", "last", "this", "next"})
_RATE_WORDS = frozenset({"rate", "rates", "inflation", "yield", "yields"})
_POLICY_STEPS = frozenset({25.0, 50.0, 75.0, 100.0})


@dataclass
class _Draft:
    """A quantity being built; becomes a QuantityFacts at the end."""

    m: Mention
    sent: Span
    lx: list[Lexeme]
    unit: str
    counted: str | None = None
    kind: str = "level"
    direction: str | None = None
    direction_guessed: bool = False
    cued: bool = True
    approx: str | None = None
    concept: str | None = None
    entity: str | None = None
    period: str | None = None
    converts: int | None = None


def extract_quantities(doc: Doc, *, doc_date: datetime.date | None = None,
                       exclude: Sequence[tuple[int, int]] = (),
                       boundaries: Sequence[int] = ()) -> list[QuantityFacts]:
    """Find every quantity in a parsed transcript (see shared/gold/GUIDELINES.md).

    Args:
        doc: the transcript parsed by the full English pipeline; ``doc.text`` is the original text.
        doc_date: the briefing's date, against which "last year" or "in October" are resolved.
        exclude: character ranges of page debris (headers, video-player lines) to skip.
        boundaries: character offsets where a new speaker's turn starts; the entity, period and concept
            carried from sentence to sentence never cross one (nor a blank line).

    Returns:
        One record per quantity, in text order.
    """
    text = doc_text(doc)
    exclude = sorted(exclude)
    host = host_names(doc)
    paragraphs = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    # Whose figure it is and what it measures carry within a paragraph and never into another speaker's turn;
    # the period carries over the whole paragraph (an answer keeps the month a question named).
    stretches = sorted(set(paragraphs) | set(boundaries))
    default_year = _default_year(text, doc_date)
    # Entities and noun chunks are read once for the whole document and sliced per sentence.
    all_ents = list(doc.ents)
    all_chunks = list(doc.noun_chunks)
    ent_starts = [e.start for e in all_ents]
    chunk_starts = [c.start for c in all_chunks]

    def sentence_chunks(sent: Span) -> list[Span]:
        return all_chunks[bisect.bisect_left(chunk_starts, sent.start):bisect.bisect_left(chunk_starts, sent.end)]

    def sentence_entities(sent: Span) -> list[tuple[int, int, str]]:
        es = all_ents[bisect.bisect_left(ent_starts, sent.start):bisect.bisect_left(ent_starts, sent.end)]
        return entity_candidates(sent, host, es, sentence_chunks(sent), text)
    drafts: list[_Draft] = []
    prev_lx: list[Lexeme] = []
    period_by_para: dict[int, str | None] = {}
    about_by_stretch: dict[int, tuple[str | None, str | None]] = {}
    for sent in doc.sents:
        if _inside(sent.start_char, sent.end_char, exclude):
            continue
        if not may_hold_figure(text, sent.start_char, sent.end_char):
            # No figure here, but a place named here is what the next figures in the paragraph are about.
            stretch = bisect.bisect_right(stretches, sent.start_char)
            ents = sentence_entities(sent)
            if ents and not _self_introduction(sent):
                about_by_stretch[stretch] = (ents[0][2], about_by_stretch.get(stretch, (None, None))[1])
            continue
        lx = lex(text, sent.start_char, sent.end_char, exclude)
        para = bisect.bisect_right(paragraphs, sent.start_char)
        stretch = bisect.bisect_right(stretches, sent.start_char)
        refs = find_time_refs(text, sent.start_char, sent.end_char, doc_date)
        mentions = combine(lx, [m for m in read_mentions(lx) if rejection(text, lx, m) is None])
        sent_drafts: list[_Draft] = []
        chunks = sentence_chunks(sent)
        for m in mentions:
            d = _build(doc, sent, lx, m, mentions, prev_lx, chunks)
            if d is None:
                continue
            sent_drafts.append(d)
        _link_conversions(sent_drafts)
        _share_list_kind(sent_drafts)
        ents = sentence_entities(sent)
        _apply_respectively(text, sent, sent_drafts, ents)
        carry_period = period_by_para.get(para)
        carry_entity, carry_concept = about_by_stretch.get(stretch, (None, None))
        for d in sent_drafts:
            if d.period is None:
                d.period = _period_for(d, sent_drafts, refs) or carry_period or default_year
            if d.entity is None:
                d.entity = _entity_for(d, ents) or carry_entity
            if d.concept is None:
                d.concept = carry_concept
        if sent_drafts:
            explicit = [r.period for r in refs if r.period]
            period_by_para[para] = explicit[-1] if explicit else carry_period
            about_by_stretch[stretch] = (next((d.entity for d in reversed(sent_drafts) if d.entity), carry_entity),
                                         next((d.concept for d in reversed(sent_drafts) if d.concept), carry_concept))
        for d in sent_drafts:
            if d.converts is not None:
                src = sent_drafts[d.converts]
                d.kind, d.direction, d.period, d.entity = src.kind, src.direction, src.period, src.entity
                d.concept, d.approx = src.concept, d.approx or src.approx
                d.converts = len(drafts) + d.converts
        drafts += sent_drafts
        prev_lx = lx
    _settle_policy_directions(drafts)
    return [_facts(text, d) for d in drafts]


def _self_introduction(sent: Span) -> bool:
    """True for a fragment with no verb that names a person ("Steve Liesman, CNBC.", "Howard Schneider with
    Reuters."): a reporter introducing themselves, whose outlet owns none of the figures that follow."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    return any(t.ent_type_ == "PERSON" for t in sent) or sent[0].pos_ == "PROPN" and any(
        t.text == "," for t in sent)


def _inside(start: int, end: int, exclude: Sequence[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in exclude)


def _build(doc: Doc, sent: Span, lx: list[Lexeme], m: Mention, mentions: list[Mention],
           prev_lx: list[Lexeme], chunks: Sequence[Span]) -> _Draft | None:
    """Decide the unit (and counted noun) of a mention and read its context."""
    unit = m.unit
    counted = None
    head = None
    if m.multiple and unit == "times" and not _is_multiple_times(lx, m):
        unit, counted = "count", "times"
    if unit is None and not m.ratio and _is_age(lx, m):
        unit = "yr"  # "adults 65 and older", "those ages 30 and above", "children 5 to 12"
    if unit is None and not m.ratio:
        counted, head = counted_noun(doc, m, lx)
        if counted is not None:
            unit = "count"
        else:
            unit = _unspoken_unit(lx, m, mentions, prev_lx)
            if unit is None and _substantial(lx, m):
                # "reduced from 11 to eight", "reached 6,338": the thing counted is the clause's subject.
                unit = "count"
                counted, head = subject_counted(doc, m)
            if unit is None:
                return None
    d = _Draft(m, sent, lx, unit or "1", counted=counted)
    d.approx = qualifier(lx, m)
    anchor = anchor_token(doc, m, head)
    d.kind, d.direction, d.cued = kind_and_direction(doc, m, lx, anchor, d.unit)
    if m.negative and d.kind == "change":
        _signed_change(d)
    if d.kind == "change" and d.direction is None:
        d.direction, d.direction_guessed = "up", True
    d.concept = concept_phrase(doc, m, anchor, head, chunks)
    return d


def _signed_change(d: _Draft) -> None:
    """ "GDP grew -0.5 percent": a change written with a minus is the fall's size, its direction "down".

    A negative level ("a real rate of -1 percent") keeps its sign; a range across zero is left as written.
    """
    m = d.m
    if m.value is not None and m.value < 0:
        m.value = -m.value
    elif m.low is not None and m.high is not None and m.low < 0 and m.high <= 0:
        m.low, m.high = -m.high, -m.low
    else:
        return
    d.direction, d.direction_guessed = "down", False


def _is_multiple_times(lx: list[Lexeme], m: Mention) -> bool:
    """ "1.2 times", "twice the rate", "by a factor of 1.5" are multiples; "cut four times" counts occurrences."""
    if lx[m.num_first].low in ("twice", "double", "triple", "thrice", "quadruple") or lx[m.first].low == "factor":
        return True
    if m.value is not None and not float(m.value).is_integer():
        return True
    prev = lx[m.first - 1].low if m.first > 0 else ""
    nxt = lx[m.last + 1].low if m.last + 1 < len(lx) else ""
    return prev == "by" or nxt in ("as", "the", "that", "what", "higher", "larger", "more", "greater", "bigger",
                                   "faster", "its", "their", "our", "of")


#: Nouns for people, after which a bare number is an age ("adults 30 and older", "children 5 to 12").
_PERSON_NOUNS = frozenset({"adults", "adult", "children", "child", "kids", "kid", "people", "persons", "individuals",
                           "americans", "seniors", "youth", "youths", "teens", "teenagers", "those", "women", "men",
                           "boys", "girls", "students", "patients", "residents", "citizens", "workers", "ages",
                           "age", "aged"})
_AGE_AFTER = frozenset({"older", "younger", "over", "above", "up", "under", "below"})


def _is_age(lx: list[Lexeme], m: Mention) -> bool:
    """A bare number that gives people's age: "65 and older", "ages 30 and above", "people over 30", "aged 14"."""
    if m.scaled or m.currency_sign or m.negative or (m.value is not None and m.value >= 130) or (m.high or 0) >= 130:
        return False
    nxt = [t.low for t in lx[m.last + 1:m.last + 3]]
    if len(nxt) == 2 and nxt[0] in ("and", "or") and nxt[1] in _AGE_AFTER:
        return True
    prev = lx[m.first - 1].low if m.first >= 1 else ""
    prev2 = lx[m.first - 2].low if m.first >= 2 else ""
    if prev in _PERSON_NOUNS and prev not in ("those", "people", "workers", "students", "patients", "residents",
                                              "citizens"):
        return True  # "children 5 to 12", "those ages 30"; but "people 1,000" is not said
    return prev in ("over", "under") and prev2 in _PERSON_NOUNS


def _substantial(lx: list[Lexeme], m: Mention) -> bool:
    """A bare figure that is clearly a count even without a noun: a scaled, large, paired or ranged number."""
    value = m.value if m.value is not None else m.high
    return m.from_to or m.scaled or m.low is not None or (
        value is not None and value >= 100 and lx[m.num_first].is_digit)


def _unspoken_unit(lx: list[Lexeme], m: Mention, mentions: list[Mention], prev_lx: list[Lexeme]) -> str | None:
    """A bare number's unit when the speaker left it out ("a 50" about rates; "from 4 to 3.9" among percents)."""
    if m.value in _POLICY_STEPS and not lx[m.num_first].is_word and any(
            t.low in _RATE_CUES for t in list(prev_lx) + lx):
        return "bp"
    # "the neutral rate ... from 1.75 to 2.5", "services inflation edged down from 4 to 3.9": a decimal below 20
    # among words for rates, or the other end of a from-to pair with one.
    pair = [m] + [o for o in mentions if o is not m and o.from_to and m.from_to and _parallel(lx, m, o)]
    values = [v for o in pair for v in (o.value, o.low) if v is not None]
    if values and any(not float(v).is_integer() for v in values) and all(v < 20 for v in values) and any(
            t.low in _RATE_WORDS for t in lx):
        return "%"
    others = [o for o in mentions if o is not m and o.unit in ("%", "pp", "bp")]
    value = m.value if m.value is not None else m.low
    if others and value is not None and value < 100 and not lx[m.num_first].is_word:
        # Only a figure in a parallel construction lends its unit: "1.2, to 2.7, to 9.9, and ... 20.6 percent",
        # "between 50 and more than 70 percent"; not "100 percent of firms ... and 50 of them".
        parallel = [o for o in others if _parallel(lx, m, o)]
        if parallel:
            return min(parallel, key=lambda o: abs(o.start - m.start)).unit
        chain = _bare_chain(lx, m, mentions)
        lender = [o for o in others if any(_parallel(lx, c, o) for c in chain)]
        if lender:
            return min(lender, key=lambda o: abs(o.start - m.start)).unit
    return None


#: Words that join the items of a list, a range or a from-to pair of figures.
_LIST_JOINS = frozenset({",", ";", "and", "or", "to", "-", "\u2013", "versus", "vs", "then", "from", "between"})
_NUMERAL_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                            "hundred", "thousand", "million", "billion", "trillion"})


def _parallel(lx: list[Lexeme], m: Mention, o: Mention) -> bool:
    """True when two figures of a sentence stand in a list, a range, a from-to pair or a parallel comparison.

    The words between them must begin with a joining word (",", "and", "to", ...), be few and hold no other
    numeral; or both figures follow "than" ("greater than 70 percent; ... less than 50").
    """
    a, b = (m, o) if m.start < o.start else (o, m)
    if a.first > 0 and lx[a.first - 1].low == lx[b.first - 1].low == "than":
        return True
    gap = lx[a.last + 1:b.first]
    if any(t.is_digit or t.low in _NUMERAL_WORDS for t in gap):
        return False
    return not gap or len(gap) <= 10 and gap[0].low in _LIST_JOINS


def _bare_chain(lx: list[Lexeme], m: Mention, mentions: list[Mention]) -> list[Mention]:
    """The bare figures listed together with ``m`` ("1.2, to 2.7, to 9.9"), itself included."""
    k = mentions.index(m)
    chain = [m]
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(mentions) and mentions[j + step].unit is None and _parallel(
                lx, mentions[j], mentions[j + step]):
            j += step
            chain.append(mentions[j])
    return chain


def _link_conversions(ds: list[_Draft]) -> None:
    """ "42 trillion yuan ($5.74 trillion)": the bracketed figure converts the one before it."""
    for k in range(1, len(ds)):
        a, b = ds[k - 1], ds[k]
        lx = b.lx
        if (b.m.first >= 1 and lx[b.m.first - 1].text == "(" and b.m.first - 2 == a.m.last
                and b.m.last + 1 < len(lx) and lx[b.m.last + 1].text == ")" and a.unit != b.unit):
            b.converts = k - 1
    # "surpassed the 42 trillion yuan ($5.74 trillion) and 43 trillion yuan thresholds": a qualifier
    # covers the coordination.
    for k in range(1, len(ds)):
        a, b = ds[k - 1], ds[k]
        between = [t.low for t in b.lx[a.m.last + 1:b.m.first]]
        a_approx = a.approx or (ds[a.converts].approx if a.converts is not None else None)
        if b.approx is None and a_approx is not None and between in (["and"], [")", "and"]):
            b.approx = a_approx


#: Words that may stand between the items of a list of figures ("0.7 per cent in 2024, 1.1 per cent in 2025").
_LIST_GAP_WORDS = frozenset({",", "and", "in", "for", "the", "while", "with", "respectively", "including",
                             "of", "which", "to", "by", ";"})


def _share_list_kind(ds: list[_Draft]) -> None:
    """Items of a list whose own words decide nothing take the kind of the list's first item."""
    for k in range(1, len(ds)):
        a, b = ds[k - 1], ds[k]
        if a.unit != b.unit:
            continue
        gap = b.lx[a.m.last + 1:b.m.first]
        if len(gap) <= 8 and all(t.low in _LIST_GAP_WORDS or t.low in _MONTH_WORDS or t.is_digit for t in gap):
            if not b.cued:
                b.kind, b.direction, b.cued = a.kind, a.direction, a.cued
            if b.concept is None or any(ch.isdigit() for ch in b.concept):
                b.concept = a.concept  # the later items' parse hangs off the first item


def _apply_respectively(text: str, sent: Span, ds: list[_Draft], ents: list[tuple[int, int, str]]) -> None:
    """Give each figure of a "respectively" list its own conjunct as entity (or concept)."""
    pos = text.lower().find("respectively", sent.start_char, sent.end_char)
    if pos < 0:
        return
    run = [d for d in ds if d.m.end <= pos]
    # The figures must be a plain list just before "respectively".
    tail: list[_Draft] = []
    for d in reversed(run):
        if tail:
            gap = [t.low for t in d.lx[d.m.last + 1:tail[0].m.first]]
            if gap not in ([","], ["and"], [",", "and"]):
                break
        tail.insert(0, d)
    if len(tail) < 2:
        return
    # Named places listed just before the figures, one for each ("France, Spain and Hungary ... 2%, 4.5% and 12.9%").
    named = [e for e in ents if e[1] <= tail[0].m.start]
    if len(named) >= len(tail):
        listed = named[-len(tail):]
        gaps = [text[a[1]:b[0]] for a, b in zip(listed, listed[1:])]
        if all(len(g) < 40 and re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?[\w\s]*?(?:of\s+)?", g) for g in gaps):
            for d, e in zip(tail, listed):
                d.entity = e[2]
            return
    items = conjunct_list(sent, tail[0].m.start, len(tail))
    if items is None:
        return
    for d, item in zip(tail, items):
        if is_entity_like(item):
            d.entity = item_text(item)
        else:
            d.concept = item_text(item) + ("; " + d.concept if d.concept else "")


def _period_for(d: _Draft, ds: list[_Draft], refs: list[TimeRef]) -> str | None:
    """The time reference closest to a figure in its sentence, preferring one right after it."""
    starts = [o.m.start for o in ds if o is not d]
    after = [r for r in refs if r.start >= d.m.end and not any(d.m.end <= s < r.start for s in starts)]
    if after and after[0].start - d.m.end < 80 and after[0].period:
        return after[0].period
    before = [r for r in refs if r.end <= d.m.start and r.period]
    if before:
        return before[-1].period
    later = [r for r in refs if r.start >= d.m.end and r.period]
    return later[0].period if later else None


def _entity_for(d: _Draft, ents: list[tuple[int, int, str]]) -> str | None:
    """The place or group a figure belongs to: one named in its clause, else the nearest before it."""
    if not ents:
        return None
    # "growth of 9.6% to BRI countries": a prepositional object right after the figure.
    follow = d.lx[d.m.last + 1:d.m.last + 3]
    if follow and follow[0].low in ("to", "in", "from", "for") and len(follow) > 1:
        for a, b, t in ents:
            if a <= follow[1].start < b or a == follow[1].start:
                return t
            if follow[1].low == "the" and d.m.last + 3 < len(d.lx) and a <= d.lx[d.m.last + 3].start < b:
                return t
    before = [e for e in ents if e[1] <= d.m.start]
    if before:
        return before[-1][2]
    return None


def _settle_policy_directions(ds: list[_Draft]) -> None:
    """A rate move whose direction the sentence does not show follows the briefing's other rate moves."""
    votes = Counter(d.direction for d in ds if d.kind == "change" and d.unit in ("bp", "pp")
                    and not d.direction_guessed and d.direction)
    if not votes:
        return
    majority = votes.most_common(1)[0][0]
    for d in ds:
        if d.kind == "change" and d.direction_guessed and d.unit in ("bp", "pp"):
            d.direction = majority


def _default_year(text: str, when: datetime.date | None) -> str | None:
    """The year most figures of the briefing refer to: the most frequent year reference."""
    refs = find_time_refs(text, 0, len(text), when)
    years = Counter(r.period for r in refs if r.period and re.fullmatch(r"\d{4}", r.period))
    if not years:
        return None
    year, n = years.most_common(1)[0]
    return year if n >= 3 and n >= 0.4 * sum(years.values()) else None


def _facts(text: str, d: _Draft) -> QuantityFacts:
    m = d.m
    return QuantityFacts(
        start=m.start, end=m.end, text=text[m.start:m.end], unit=d.unit, kind=d.kind,  # type: ignore[arg-type]
        value=m.value, low=m.low, high=m.high, counted=d.counted,
        direction=d.direction if d.kind == "change" else None,  # type: ignore[arg-type]
        approx=d.approx, concept=d.concept, entity=d.entity, period=d.period, converts=d.converts)  # type: ignore[arg-type]
