"""Time references in a sentence, resolved against the briefing's date.

Output strings follow GUIDELINES.md exactly: "2024", "2024-12", "2024-Q4",
"2024-Q1..2024-Q3", "2024-01..2024-11", "2026..2027".  Baselines ("compared
with 2020", "since 2023") are recognised so that they are *not* taken as the
figure's period.
"""
from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..lang.profile import Profile, per_profile
from ..pipeline.parsed import doc_text
from .config import DEFAULT_PERIODS, PeriodConfig
from .required_text import PatternSieve
from .rules import RuleSet


@per_profile
def _counts(profile: Profile) -> dict[str, int]:
    """Number words one to twelve, for "the first three months" (vocabulary ``number_units``)."""
    return {k: int(v) for k, v in profile.table("number_units").items() if 1 <= int(v) <= 12}


@per_profile
def _quarter_ordinals(profile: Profile) -> dict[str, int]:
    return {k: int(v) for k, v in profile.table("quarter_ordinals").items()}


#: A year written in digits (the {year} of the time patterns).
_YEAR = r"(?:19|20)\d\d"
#: A placeholder in a time pattern (vocabulary ``time_patterns``).
_PLACEHOLDER = re.compile(r"\{(month|count|year|year_ref|weekday)\}")


@per_profile
def _cues(profile: Profile) -> Mapping[str, re.Pattern[str]]:
    """The patterns of the words around a time reference, by name (vocabulary ``period_cues``)."""
    return MappingProxyType({name: re.compile(p, re.I) for name, p in profile.table("period_cues").items()})


@per_profile
def _patterns(profile: Profile) -> list[tuple[str, re.Pattern[str]]]:
    """The time patterns, most specific first (vocabulary ``time_patterns``, its placeholders filled in from
    the vocabularies; built once)."""
    fill = {"month": rf"(?:{profile.alternation('months')})\.?", "count": "|".join(_counts(profile)), "year": _YEAR,
            "weekday": profile.alternation("weekdays"),
            "year_ref": rf"(?:{_YEAR}|{profile.table('period_cues')['relative_year']})"}
    return [(name, re.compile(_PLACEHOLDER.sub(lambda k: fill[k.group(1)], source), re.I))
            for name, source in profile.table("time_patterns").items()]


@per_profile
def _time_sieve(profile: Profile) -> PatternSieve:
    """Which time patterns may match a sentence, read from the text each needs ("between" and a month's name;
    a digit): seven sentences in eight hold no time reference, and a pattern searched where it cannot match
    costs as much as one that matches (Python's ``re`` tries it at every position)."""
    return PatternSieve(_patterns(profile))


#: Markers of the briefing's day, week or meeting, which also date what the rest of their paragraph says was
#: done ("Today the council approved the plan. It hired 40 nurses."); a state marked as current ("now",
#: "currently") lends nothing.
DAY_OF_BRIEFING = frozenset({"today", "meeting"})
#: Kinds of reference that mark the present, not a stated time: they date a figure of their own clause (see
#: ``figure_period``).
DEICTIC = DAY_OF_BRIEFING | {"current"}
#: Stated times counted back from the briefing ("two years ago", "yesterday", "on Tuesday"), which date what
#: their own clause tells, not a figure it reports ("yesterday I announced [we will give $250 million]"), and
#: are not carried to later sentences.
COUNTED_BACK = frozenset({"units_ago", "yesterday", "weekday"})
#: Runs of time that end at the briefing ("over the past three months", "in the last year"): they date an
#: average or a total of their own sentence, and do not take over the month a paragraph reports on.
ROLLING = frozenset({"past_months", "past_days", "past_month", "past_year"})


@dataclass(frozen=True)
class TimeRef:
    """A time reference found in a sentence."""

    start: int
    end: int
    period: str | None  # None for a baseline or an open span
    explicit_year: bool
    #: The pattern's name: "current", "today" and "meeting" mark the present, not a stated time.
    name: str = ""
    #: For a baseline (``period`` None: "compared with last year", "than in 2019"), the period it names when
    #: it names one whichever way the speaker looks, back or ahead (not a bare "the third quarter", which may
    #: be the last one or the next): what the figure is compared with, never the figure's period.
    compared: str | None = None
    #: For "the following three years" (pattern ``following_years``), how many years it counts on from the
    #: year said before it (:func:`following_years`).
    years: int = 0
    #: For a bare "year-end" (pattern ``year_end`` without a year of its own), whose year the sentence decides
    #: (:func:`_year_ends`).
    open_year: bool = False

    @property
    def deictic(self) -> bool:
        return self.name in DEICTIC


class Dated(NamedTuple):
    """A figure's period and how it was decided: the mechanism's stable name (extractor/quantities/
    mechanisms.tsv) and the characters of the time phrase that supplied it (None when none did)."""

    period: str | None
    mechanism: str
    start: int | None = None
    end: int | None = None


def _year(y: str | None, when: datetime.date, default: int, *, profile: Profile) -> int:
    if not y:
        return default
    y = y.lower()
    if y[:2].isdigit():
        return int(y)
    shift = next((int(n) for w, n in profile.table("relative_year_words").items() if w in y), 0)
    return when.year + shift


def _quarter_year(q: int, when: datetime.date) -> int:
    """The year of the most recent such quarter that has begun by the briefing."""
    return when.year if (q - 1) * 3 + 1 <= when.month else when.year - 1


def _month_year(m: int, when: datetime.date) -> int:
    return when.year if m <= when.month else when.year - 1


def _coming_month_year(m: int, when: datetime.date, config: PeriodConfig) -> int:
    """The year of the month when the speaker looks ahead: the next such month, up to
    ``config.months_ahead`` months on."""
    ahead = (m - when.month) % 12
    if ahead == 0 or ahead > config.months_ahead:
        return _month_year(m, when)
    return when.year if m > when.month else when.year + 1


def _coming_quarter_year(q: int, when: datetime.date) -> int:
    """The year of the quarter when the speaker looks ahead: a quarter of this year yet to come, or next Q1 in Q4."""
    cur = (when.month - 1) // 3 + 1
    if q > cur:
        return when.year
    return when.year + 1 if (q, cur) == (1, 4) else _quarter_year(q, when)


def find_time_refs(text: str, start: int, end: int, when: datetime.date | None, *, profile: Profile,
                   config: PeriodConfig = DEFAULT_PERIODS, actors: Sequence[tuple[int, int]] = (),
                   doc: Doc | None = None) -> list[TimeRef]:
    """Find and resolve time references in ``text[start:end]``.

    Args:
        text: the document text.
        start: sentence start.
        end: sentence end.
        when: the briefing's date; without it only explicit years resolve.
        profile: the language profile whose word lists it reads.
        config: the period reader's thresholds.
        actors: the character spans of the people and bodies the entity recogniser found in the sentence
            (:func:`recognised_actors`): a day of the week right after one is said of it, not part of a name.
        doc: the parsed document ``text`` is, when parsed: the tense that dates a bare "year-end"
            (:func:`_year_ends`).

    Returns:
        Non-overlapping references in text order.
    """
    refs: list[TimeRef] = []
    # "in the spring of 2020 [2021].": the parser may end the sentence before a transcriber's bracket that
    # corrects its last time; the bracket is read with it (:func:`_corrected`).
    after = _CORRECTION_AFTER.match(text, end)
    end = after.end() if after is not None else end
    patterns = _time_sieve(profile).candidates(text, start, end)
    if not patterns:
        return refs
    taken: list[tuple[int, int]] = []
    future_sentence = _cues(profile)["future_sentence"].search(text, start, end) is not None
    for name, pat in patterns:
        for m in pat.finditer(text, start, end):
            if (any(a < m.end() and m.start() < b for a, b in taken)
                    or _not_a_month(text, start, name, m, profile=profile) or _named_day(text, start, name, m, actors)
                    or _CUT_OFF.match(text, m.end()) is not None):
                continue
            taken.append((m.start(), m.end()))
            if name == "current" and _discourse_now(text, start, m, profile=profile, config=config):
                continue
            refs.append(_time_ref(text, start, name, m, when, future_sentence, profile=profile, config=config))
    refs = _elided_quarters(sorted(refs, key=lambda r: r.start), text, profile=profile)
    if when is not None and any(r.open_year for r in refs):
        refs = _year_ends(refs, when, doc, config)
    return following_years(_shift_year_earlier(_corrected(refs, text), text, profile=profile, config=config))


#: A word the speaker broke off and took back, as transcribed: a hyphen, then a dash ("in Feb- — in January",
#: "in Feb- -- in January"): the time said after it is the one meant. Not a double hyphen typed for a dash
#: right after a word ("in March-- and in April": March is said whole).
_CUT_OFF = re.compile(r"-(?:\s*[—–]|\s+--?(?![\w-]))")


def _year_ends(refs: list[TimeRef], when: datetime.date, doc: Doc | None, config: PeriodConfig) -> list[TimeRef]:
    """The references with each bare "year-end" dated: the end of the year the sentence names besides ("In 2024
    we closed 40 branches; at year-end we had 300 left", "in January the board forecast a year-end rate": the
    nearest time before it, else after it, with a period); else, told in the past tense, the end of the year
    just ended ("At year-end, reserves stood at $40 billion."); else none ("the bank expects inflation of 3
    percent at year-end": which year's end the sentence does not say)."""
    out = []
    for r in refs:
        if r.open_year:
            before = [o for o in refs if o.end <= r.start and o.period and not o.deictic]
            after = [o for o in refs if o.start >= r.end and o.period and not o.deictic]
            other = before[-1] if before else after[0] if after else None
            year = int(other.period[:4]) if other is not None and other.period else None
            if year is None and doc is not None and _told_in_past(
                    _clause(_root(doc, r.start, r.end), config.head_depth)):
                year = when.year - 1
            r = TimeRef(r.start, r.end, f"{year}-Q4" if year is not None else None, r.explicit_year, r.name)
        out.append(r)
    return out


def _corrected(refs: list[TimeRef], text: str) -> list[TimeRef]:
    """The references without those a bracket right after them corrects ("in the spring of 2020 [2021]": the
    transcriber's bracket gives the time meant, the spoken one is a slip)."""
    out = []
    for r, nxt in zip(refs, [*refs[1:], None]):
        opening = _CORRECTION_OPEN.match(text, r.end)
        if opening is not None and nxt is not None and nxt.start == opening.end() and _CORRECTION_CLOSE.match(
                text, nxt.end):
            continue
        out.append(r)
    return out


#: A transcriber's bracket of a few characters at a sentence's end ("[2021]").
_CORRECTION_AFTER = re.compile(r"\s*\[[^\]\n]{1,12}\]")
#: A transcriber's bracket right after a time, and its end: "2020 [2021]".
_CORRECTION_OPEN = re.compile(r"\s*\[\s*")
_CORRECTION_CLOSE = re.compile(r"\s*\]")


def _time_ref(text: str, start: int, name: str, m: re.Match[str], when: datetime.date | None,
              future_sentence: bool, *, profile: Profile, config: PeriodConfig) -> TimeRef:
    """The reference a pattern's match names in the sentence starting at ``start``; its period None for a
    baseline ("compared with 2020") or a gloss of a name (:func:`_gloss`)."""
    ahead = future_sentence or _cues(profile)["future_preposition"].search(
        text[max(start, m.start() - config.future_prep_reach):m.start()]) is not None
    period = _resolve(name, m, when, ahead, profile=profile, config=config)
    compared = None
    # "at year-end": a year-end without a year of its own, dated by its sentence (:func:`_year_ends`).
    open_year = name == YEAR_END and when is not None and not any(m.groupdict().get(k) for k in ("w", "y", "y0"))
    if _baseline_before(text, start, m.start(), profile=profile, config=config):
        other_way = _resolve(name, m, when, not ahead, profile=profile, config=config)
        compared, period, open_year = (period if other_way == period else None), None, False
    elif _gloss(text, start, m):
        period, open_year = None, False
    years = _count_number(m.group("n"), profile=profile) if name == FOLLOWING_YEARS else 0
    return TimeRef(m.start(), m.end(), period, bool(re.search(_YEAR, m.group())), name, compared, years,
                   open_year)


def _baseline_before(text: str, start: int, at: int, *, profile: Profile, config: PeriodConfig) -> bool:
    """Whether the words right before ``at`` (not before ``start``) make a time there a baseline or an open
    span ("compared with", "since"), not the figure's period."""
    return _cues(profile)["baseline_before"].search(text[max(start, at - config.baseline_reach):at]) is not None


def _not_a_month(text: str, start: int, name: str, m: re.Match[str], *, profile: Profile) -> bool:
    """A month name the month pattern matched that is a word: the modal verb ("we may", "May we ask"; "in
    May" is the month), a three-letter abbreviation in running lower-case text ("mar", "dec")."""
    if name != "month":
        return False
    word = m.group("m")
    if word.lower().rstrip(".") in profile.words("modal_month_names") and not m.group("y") and (
            word[0].islower() or not text[start:m.start()].strip()):
        return True
    if len(word.rstrip(".")) == 3 and word[0].islower():
        return True
    # "any single SEP": a three-letter name in capitals with no day or year is an acronym, in a sentence that
    # is not all capitals.
    return word.isupper() and len(word) == 3 and not any(c.isdigit() for c in m.group()) and any(
        c.islower() for c in text[start:m.start()])


def _named_day(text: str, start: int, name: str, m: re.Match[str], actors: Sequence[tuple[int, int]]) -> bool:
    """A day of the week that is part of a name ("Black Friday", "Super Tuesday"): a capitalised word right
    before it that does not open the sentence, unless the recogniser ends a person or a body there ("Mayor
    Lee Tuesday signed": the day is when Lee signed)."""
    if name != "weekday":
        return False
    before = text[start:m.start()].split()
    if len(before) <= 1 or not before[-1][:1].isupper():
        return False
    return not any(a >= start and b <= m.start() and not text[b:m.start()].strip() for a, b in actors)


def recognised_actors(sent: Span, ents: Sequence[Span]) -> list[tuple[int, int]]:
    """The character spans of the people among the recogniser's entities ``ents`` of ``sent`` (read once per
    document and sliced: ``Span.ents`` rescans the whole document), and of the bodies whose next word but one
    is a verb ("the Bundesbank Monday cut"): the ``actors`` of :func:`find_time_refs`. A body's name with a day
    and no verb after it is often a name of its own ("Fox News Sunday", a show)."""
    doc = sent.doc
    return [(e.start_char, e.end_char) for e in ents
            if e.label_ == "PERSON" or e.label_ == "ORG" and e.end + 1 < sent.end
            and doc[e.end + 1].pos_ in ("VERB", "AUX")]


def _shift_year_earlier(refs: list[TimeRef], text: str, *, profile: Profile, config: PeriodConfig) -> list[TimeRef]:
    """ "fell to 3.9 percent in January, down from 4.4 percent a year earlier": "a year earlier" is the time
    stated before it in the sentence (January) a year back; without one it dates nothing."""
    out: list[TimeRef] = []
    for r in refs:
        if r.name == "year_earlier" and not text[r.start:r.end].lower().endswith("ago") and r.period is None:
            before = [o.period for o in out if o.period and not o.deictic]
            if before and not _baseline_before(text, 0, r.start, profile=profile, config=config):
                r = TimeRef(r.start, r.end, _year_back(before[-1]), r.explicit_year, r.name)
        out.append(r)
    return out


def following_years(refs: Sequence[TimeRef], base: TimeRef | None = None) -> list[TimeRef]:
    """ "In 2024 the club sold 500 tickets and the following year 800": "the following year" (pattern
    ``following_year``) is the year after the last time stated before it in the sentence, or, with none, after
    ``base`` (the time the speaker's turn carries: :meth:`PeriodCarry.resolve_following`); with neither it
    dates nothing."""
    out: list[TimeRef] = []
    for r in refs:
        if r.name in (FOLLOWING_YEAR, FOLLOWING_YEARS) and r.period is None and r.compared is None:
            before = [o for o in out if o.period and not o.deictic]
            year = _last_year(before[-1] if before else base)
            if year is not None:
                # "pledged at the 2022 summit to invest $55 billion over the following three years": 2023..2025.
                period = str(year + 1) if r.name == FOLLOWING_YEAR or r.years < 2 else f"{year + 1}..{year + r.years}"
                r = TimeRef(r.start, r.end, period, r.explicit_year, r.name, years=r.years)
        out.append(r)
    return out


def _last_year(ref: TimeRef | None) -> int | None:
    """The last year a time's period reaches ("2024-Q3" -> 2024, "2024..2025" -> 2025)."""
    bounds = period_months(ref.period) if ref is not None and ref.period else None
    return bounds[1][0] if bounds is not None else None


#: The kind of time named by the year before it: "the following year" (:func:`following_years`).
FOLLOWING_YEAR = "following_year"
#: The years after the one said before: "over the subsequent three years" (:func:`following_years`).
FOLLOWING_YEARS = "following_years"
#: The end of a year: "at year-end 2024", "at last year-end", a bare "year-end" (:func:`_year_ends`).
YEAR_END = "year_end"


#: The patterns that name one quarter of a year: what an ordinal whose noun is left out continues.
_QUARTER_NAMES = frozenset({"quarter", "q", "month_quarter"})


def _elided_quarters(refs: list[TimeRef], text: str, *, profile: Profile) -> list[TimeRef]:
    """ "moderated to 4.4 per cent in the third quarter from 4.7 per cent in the second": an ordinal whose
    noun is left out ("in the second") is a quarter counted from the one the sentence named before it. As a
    point of comparison (``comparison_between``) it is the latest such quarter before the named one ("in the
    first quarter of 2025 from 0.4 per cent in the fourth": 2024-Q4); otherwise the next such quarter from
    the named one on, as a list of quarters runs forwards ("fell in the fourth quarter of 2024 and rose 5
    percent in the first": 2025-Q1). With no quarter named before it, it dates nothing."""
    out: list[TimeRef] = []
    for r in refs:
        if r.name == "elided_quarter":
            named = [o for o in out if o.name in _QUARTER_NAMES and o.period and _QUARTER.fullmatch(o.period)]
            m = _ORDINAL_AT_END.search(text, r.start, r.end)
            q = _entry(_quarter_ordinals(profile), m.group(1)) if m else None
            period = _counted_quarter(named[-1], r, int(q), text, profile=profile) if named and q else None
            if period:
                r = TimeRef(r.start, r.end, period, r.explicit_year, "quarter")
        out.append(r)
    return out


def _counted_quarter(named: TimeRef, r: TimeRef, q: int, text: str, *, profile: Profile) -> str:
    """The quarter ``q`` that an elided ordinal at ``r`` names, counted from the quarter named before it."""
    year, named_q = int(named.period[:4]), int(named.period[-1])  # type: ignore[index]
    if _cues(profile)["comparison_between"].search(text, named.end, r.start):
        return f"{year if q < named_q else year - 1}-Q{q}"
    return f"{year if q >= named_q else year + 1}-Q{q}"


#: A period that is one quarter: "2024-Q3".
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
#: The last word of a match: the ordinal of "in the second".
_ORDINAL_AT_END = re.compile(r"(\w+)$")


def _year_back(period: str) -> str | None:
    """The same period a year before: "2025-01" -> "2024-01", "2024-Q3" -> "2023-Q3", "2024" -> "2023"."""
    m = re.fullmatch(r"(\d{4})(-(?:\d\d|Q\d))?", period)
    return f"{int(m.group(1)) - 1}{m.group(2) or ''}" if m else None


def _gloss(text: str, start: int, m: re.Match[str]) -> bool:
    """ "the 13th Five-Year Plan (2016-2020)": a time in brackets right after a name dates the name, not a
    figure."""
    before = _GLOSS_OPEN.search(text[start:m.start()])
    if before is None or not _GLOSS_CLOSE.match(text, m.end()):
        return False
    word = text[start:start + before.start()].rstrip().rsplit(None, 1)
    return bool(word) and word[-1][:1].isupper()


_GLOSS_OPEN = re.compile(rf"\(\s*(?:{_YEAR}\s*[-–—]\s*)?$")
_GLOSS_CLOSE = re.compile(rf"\s*(?:[-–—]\s*{_YEAR}\s*)?\)")


def _discourse_now(text: str, start: int, m: re.Match[str], *, profile: Profile, config: PeriodConfig) -> bool:
    """ "Now, let me turn to...", "now that": a "now" that orders the talk, not a time (the words after it are
    read up to ``config.discourse_now_reach`` characters on)."""
    if m.group().lower() != "now":
        return False
    before = text[start:m.start()].strip(" \t\n\"“(—-")
    after = text[m.end():m.end() + config.discourse_now_reach].lower()
    # "Now, let me turn to...", "And now, ...": set off at the head of a clause; "Now we're buying $120 billion
    # a month", "now they're 900,000" say when.
    head = not before or before.endswith(_CLAUSE_HEAD_MARKS + _discourse_openers(profile))
    return head and after.startswith(",") or _cues(profile)["discourse_now_after"].match(after) is not None


#: Marks after which a word stands at the head of a clause.
_CLAUSE_HEAD_MARKS = (",", ";", ":", ".", "?")


@per_profile
def _discourse_openers(profile: Profile) -> tuple[str, ...]:
    """The conjunctions of ``discourse_now_openers`` as written in lower case and capitalised, for
    ``str.endswith``."""
    words = sorted(profile.words("discourse_now_openers"))
    return tuple(words + [w.capitalize() for w in words])


def _resolve(name: str, m: re.Match[str], when: datetime.date | None, ahead: bool = False, *,
             profile: Profile, config: PeriodConfig) -> str | None:
    """The period a time pattern's match names, resolved against the briefing's date ``when``; with
    ``ahead``, a month or quarter without a year is the coming one."""
    g = m.groupdict()
    if when is None:
        y = g.get("y")
        if y and y[:2].isdigit() and name == "year":
            return y
        if name == "year_pair":
            return f"{g['a']}..{g['b']}"
        return None
    if name in DEICTIC:
        return f"{when.year}-{when.month:02d}"
    resolver = _RESOLVERS.get(name)
    return resolver(g, when, ahead, profile, config) if resolver is not None else None


def _entry(table: Mapping, word: str):
    """``table[word]`` as the patterns matched it: ignoring case, with ``re``'s rules ("İ" is an "i"), so a
    word a pattern matched always has its entry (None for one that has not)."""
    found = table.get(word.lower())
    if found is None:
        found = next((v for k, v in table.items() if _is(word, k)), None)
    return found


def _is(word: str, value: str) -> bool:
    """Whether ``word`` is ``value`` as the patterns match it (ignoring case, with ``re``'s rules)."""
    return re.fullmatch(re.escape(value), word, re.I) is not None


def _month_number(word: str, *, profile: Profile) -> int:
    return _entry(profile.month_numbers(), word.rstrip("."))


def _count_number(word: str, *, profile: Profile) -> int:
    return int(word) if word.isdigit() else _entry(_counts(profile), word)


def _r_month_pair(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "between February and April", "for July and August": the span of months, its end the coming such month
    when the speaker looks ahead, as a single month is (:func:`_r_month`)."""
    a, b = _month_number(g["m1"], profile=profile), _month_number(g["m2"], profile=profile)
    yb = _year(g["y"], when, _coming_month_year(b, when, config) if ahead else _month_year(b, when), profile=profile)
    ya = int(g["y1"]) if g.get("y1") else (yb if a <= b else yb - 1)
    return _month_span(ya, a, yb, b)


def _r_month(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "in October", "the second half of April": the month, the coming one when the speaker looks ahead."""
    mo = _month_number(g["m"], profile=profile)
    y = _year(g["y"], when, _coming_month_year(mo, when, config) if ahead else _month_year(mo, when), profile=profile)
    return f"{y}-{mo:02d}"


def _r_past_months(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    n = _count_number(g["n"], profile=profile)
    end_y, end_m = (when.year, when.month - 1) if when.month > 1 else (when.year - 1, 12)
    k = end_y * 12 + end_m - 1 - (n - 1)
    return _month_span(k // 12, k % 12 + 1, end_y, end_m)


def _r_months_span(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    n = _count_number(g["n"], profile=profile)
    y = _year(g["y"], when, when.year if n < when.month else when.year - 1, profile=profile)
    quarters = {3: f"{y}-Q1", 6: f"{y}-Q1..{y}-Q2", 9: f"{y}-Q1..{y}-Q3"}
    return quarters.get(n, f"{y}-01..{y}-{n:02d}")


def _r_quarters_span(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    n = _count_number(g["n"], profile=profile)
    y = _year(g["y"], when, when.year if n * 3 < when.month else when.year - 1, profile=profile)
    return f"{y}-Q1..{y}-Q{n}"


def _r_half(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    first = _is(g["o"], "first")
    y = _year(g["y"], when, when.year if (first and when.month > 6) else when.year - 1, profile=profile)
    return f"{y}-Q1..{y}-Q2" if first else f"{y}-Q3..{y}-Q4"


def _r_quarter(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "the third quarter", "Q4 2020", "2020 Q4"."""
    q = _entry(_quarter_ordinals(profile), g["o"]) if "y0" not in g else int(g["o"])
    if g.get("y0") and not g.get("y"):
        g["y"] = g["y0"]
    y = _year(g["y"], when, (_coming_quarter_year if ahead else _quarter_year)(q, when), profile=profile)
    return f"{y}-Q{q}"


def _r_last_quarter(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    cur = (when.month - 1) // 3 + 1
    if _is(g["w"], "this"):
        return f"{when.year}-Q{cur}"
    return f"{when.year}-Q{cur - 1}" if cur > 1 else f"{when.year - 1}-Q4"


def _r_ending(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    mo = _month_number(g["m"], profile=profile)
    return f"{_year(g['y'], when, _month_year(mo, when), profile=profile)}-{mo:02d}"


def _r_month_rel(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    mo, y = when.month, when.year
    if _is(g["w"], "last"):
        mo, y = (mo - 1, y) if mo > 1 else (12, y - 1)
    elif _is(g["w"], "next"):
        mo, y = (mo + 1, y) if mo < 12 else (1, y + 1)
    return f"{y}-{mo:02d}"


def _r_month_quarter(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "the September quarter": the calendar quarter that month ends (Australian and British usage)."""
    q = (_month_number(g["m"], profile=profile) - 1) // 3 + 1
    y = int(g["y"]) if g.get("y") else (_coming_quarter_year if ahead else _quarter_year)(q, when)
    return f"{y}-Q{q}"


def _short_year_pair(g: dict, when: datetime.date, config: PeriodConfig) -> str | None:
    """ "’24 and ’25": the years of the briefing's century, when within ``config.short_year_reach`` years of it
    (else not years)."""
    a, b = (when.year // 100 * 100 + int(g[k]) for k in ("a", "b"))
    near = abs(a - when.year) <= config.short_year_reach and abs(b - when.year) <= config.short_year_reach
    return f"{a}..{b}" if near and a < b else None


def _r_year_short_pair(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str | None:
    """ "in 2025 and ’26": the year and the next one of its century written short, when it comes after it."""
    a = int(g["a"])
    b = a // 100 * 100 + int(g["b"])
    return f"{a}..{b}" if a < b <= a + config.short_year_reach else None


def _r_short_year(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str | None:
    """ "in ’24": the year of the briefing's century, when within ``config.short_year_reach`` years of it (else
    not a year: "in ’68" said in 2025)."""
    y = when.year // 100 * 100 + int(g["y"])
    return str(y) if abs(y - when.year) <= config.short_year_reach else None


def _r_year_and_next(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str | None:
    """ "this year and next": the briefing's year and the one after; "last year and this": the one before and
    the briefing's (any other pairing names no span)."""
    first = {"this": when.year, "last": when.year - 1}[g["w"].lower()]
    second = {"next": when.year + 1, "this": when.year}[g["x"].lower()]
    return f"{first}..{second}" if second == first + 1 else None


def _r_year_earlier(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str | None:
    """ "a year ago": the briefing's month a year before; "a year earlier" is resolved against the sentence's
    other times by ``_shift_year_earlier`` (None here)."""
    return f"{when.year - 1}-{when.month:02d}" if _is(g["w"], "ago") else None


def _r_units_ago(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "two years ago", "three months ago", "six weeks ago": the briefing's month that long before, as "a
    year ago" is."""
    unit = g["u"].lower().rstrip("s")
    n = 1 if g["n"].lower() in profile.words("indefinite_articles") else _count_number(g["n"], profile=profile)
    if unit == "week":
        day = when - datetime.timedelta(weeks=n)
        return f"{day.year}-{day.month:02d}"
    months = when.year * 12 + when.month - 1 - (n * 12 if unit == "year" else n)
    return f"{months // 12}-{months % 12 + 1:02d}"


def _r_past_days(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "in the past week", "last week", "over the last ten days": the days before the briefing's. Up to
    ``config.days_in_one_month`` of them are dated by the month of the last, as a rate over the 12 months to
    March is dated by March and "this week" by the briefing's month (GUIDELINES.md); a longer run by the span
    of months it covers ("over the past 10 weeks"), as "the past three months" is."""
    n = 1 if g.get("w") else _count_number(g["n"], profile=profile)
    days = n * 7 if (g.get("u") or "week").lower().startswith("week") else n
    first, last = when - datetime.timedelta(days=days), when - datetime.timedelta(days=1)
    if days <= config.days_in_one_month:
        first = last
    return _month_span(first.year, first.month, last.year, last.month)


def _r_past_month(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "in the last month", "over the past month": the thirty days before the briefing's, not the calendar
    month before ("last month"); dated by the month that holds most of them (that of their middle day: said on
    4 June, they are mostly May's)."""
    middle = when - datetime.timedelta(days=_DAYS_IN_A_MONTH // 2)
    return f"{middle.year}-{middle.month:02d}"


#: The days a month counts for a run of days ("the past month" is the past thirty days).
_DAYS_IN_A_MONTH = 30


def _r_next_month_name(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "by next September": the first such month after the briefing's, the one a year on when the briefing is
    in that month ("next September" said in September is not this September)."""
    mo = _month_number(g["m"], profile=profile)
    return f"{when.year if mo > when.month else when.year + 1}-{mo:02d}"


def _r_weekday(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "on Tuesday", "last Friday": the month of the latest such day before the briefing's, or of the next one
    after it when the speaker looks ahead ("on Monday the mayor will open ...", "next Tuesday")."""
    wanted = int(_entry(profile.table("weekdays"), g["w"]))
    if ahead or g.get("x"):
        day = when + datetime.timedelta(days=(wanted - when.weekday() - 1) % 7 + 1)
    else:
        day = when - datetime.timedelta(days=(when.weekday() - wanted - 1) % 7 + 1)
    return f"{day.year}-{day.month:02d}"


def _r_yesterday(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    day = when - datetime.timedelta(days=1)
    return f"{day.year}-{day.month:02d}"


def _r_next_years(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "over the next three years": the years after the briefing's; "the next decade" is ten of them."""
    n = _YEARS_IN_DECADE if g.get("d") else _count_number(g["n"], profile=profile)
    return f"{when.year + 1}..{when.year + n}" if n > 1 else str(when.year + 1)


#: The years of a decade ("over the next decade").
_YEARS_IN_DECADE = 10

def _r_through_month_this_year(g: dict, when: datetime.date, ahead: bool, profile: Profile,
                               config: PeriodConfig) -> str | None:
    """ "through March of this year": a total to date, the year, when the month has begun by the briefing;
    to a month still to come ("runs through June of this year") it is an end date, no total to date: none."""
    return str(when.year) if _month_number(g["m"], profile=profile) <= when.month else None


def _r_year_end(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str | None:
    """ "at year-end 2024": that year's fourth quarter; "at last year-end", "the previous year-end": the year
    before the briefing's; a bare "year-end" is dated by its sentence (:func:`_year_ends`, None here)."""
    if g.get("y") or g.get("y0"):
        return f"{_year(g.get('y') or g.get('y0'), when, when.year, profile=profile)}-Q4"
    return f"{when.year - 1}-Q4" if g.get("w") else None


def _r_end_of(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "the end of 2024", "the end of the year": the year's fourth quarter."""
    return f"{_year(g['y'], when, when.year, profile=profile)}-Q4"


def _r_year_part(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "late 2024": its fourth quarter; "early 2025": its first."""
    return f"{_year(g['y'], when, when.year, profile=profile)}-Q{4 if g['w'].lower() == 'late' else 1}"


def _r_year_pair(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "2022 and 2023": the span of the two years."""
    return f"{g['a']}..{g['b']}"


def _r_short_year_pair_of(g: dict, when: datetime.date, ahead: bool, profile: Profile,
                          config: PeriodConfig) -> str | None:
    """ "for ’24 and ’25": the span of the two years (:func:`_short_year_pair`)."""
    return _short_year_pair(g, when, config)


def _r_past_year(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "over the past year": the twelve months to the briefing, dated by their last month as "last month" is."""
    return _r_month_rel({"w": "last"}, when, ahead, profile, config)


def _r_time_last_year(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "this time last year": the briefing's month a year before."""
    return f"{when.year - 1}-{when.month:02d}"


def _r_this_year(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "so far this year", "year to date": the briefing's year."""
    return str(when.year)


def _r_year(g: dict, when: datetime.date, ahead: bool, profile: Profile, config: PeriodConfig) -> str:
    """ "in 2024", "last year": the year."""
    return str(_year(g["y"], when, when.year, profile=profile))


#: One resolver per time pattern (by its name in the vocabulary ``time_patterns``).
_RESOLVERS = {
    "units_ago": _r_units_ago,
    "yesterday": _r_yesterday,
    "past_days": _r_past_days,
    "past_month": _r_past_month,
    "next_month_name": _r_next_month_name,
    "weekday": _r_weekday,
    "month_pair": _r_month_pair,
    "month_and": _r_month_pair,
    "month_through": _r_month_pair,
    "month_year_through": _r_month_pair,
    "through_month_this_year": _r_through_month_this_year,
    "year_and_next": _r_year_and_next,
    "year_short_pair": _r_year_short_pair,
    "short_year": _r_short_year,
    YEAR_END: _r_year_end,
    "month_part": _r_month,
    "past_months": _r_past_months,
    "months_span": _r_months_span,
    "quarters_span": _r_quarters_span,
    "half": _r_half,
    "quarter": _r_quarter,
    "q": _r_quarter,
    "last_quarter": _r_last_quarter,
    "ending": _r_ending,
    "end_of": _r_end_of,
    "year_part": _r_year_part,
    "year_pair": _r_year_pair,
    "month": _r_month,
    "month_rel": _r_month_rel,
    "month_quarter": _r_month_quarter,
    "short_year_pair": _r_short_year_pair_of,
    "past_year": _r_past_year,
    "time_last_year": _r_time_last_year,
    "year_earlier": _r_year_earlier,
    "next_years": _r_next_years,
    "year_to_date": _r_this_year,
    "year": _r_year,
}


def series_step(text: str, after: int, start: int, *, profile: Profile) -> bool:
    """Whether the words between ``after`` and a figure at ``start`` chain it to the reading before as the
    next of a series ("from 3.2% in September *to* 3.4% *to* 3.5%"; vocabulary ``period_cues``,
    ``series_step``)."""
    return _cues(profile)["series_step"].fullmatch(text, after, start) is not None


def series_start(text: str, start: int, *, profile: Profile) -> bool:
    """Whether the words right before a figure at ``start`` open a series of readings ("went *from* 3.2% in
    September to ..."; vocabulary ``period_cues``, ``series_start``)."""
    return _cues(profile)["series_start"].search(text[max(0, start - _SERIES_START_REACH):start]) is not None


#: How many characters before a series' first reading its opening word is looked for.
_SERIES_START_REACH = 12


def next_period(period: str) -> str | None:
    """The period one step after a month or a quarter: "2025-09" -> "2025-10", "2025-Q4" -> "2026-Q1"; None for
    a year or a span (a series of yearly readings "from 2% in 2023 to 3%" often ends at the present, not the
    next year)."""
    m = re.fullmatch(r"(\d{4})-(?:(\d\d)|Q([1-4]))", period)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        return f"{year}-{month + 1:02d}" if month < 12 else f"{year + 1}-01"
    q = int(m.group(3))
    return f"{year}-Q{q + 1}" if q < 4 else f"{year + 1}-Q1"


def _month_span(ya: int, a: int, yb: int, b: int) -> str:
    """A span of months, written as a quarter when it is exactly one (GUIDELINES.md)."""
    if (ya, a) == (yb, b):
        return f"{ya}-{a:02d}"
    if ya == yb and b - a == 2 and a % 3 == 1:
        return f"{ya}-Q{(a - 1) // 3 + 1}"
    return f"{ya}-{a:02d}..{yb}-{b:02d}"


def misread_year(doc: Doc, ref: TimeRef, *, profile: Profile) -> bool:
    """True for a four-digit number the year pattern read that is no time: a count ("a field hospital with
    2000 beds", "1950 new teachers": the number modifies a plural noun that is not a time nor a forecast) or
    part of a name ("the
    Harbour 1908 Fire Memorial", "the 2030 Agenda"); and for a year named from the briefing's that is
    someone's ("the mayor's last year in office"): a year of a term, not the calendar year before or after the
    briefing's. Such a reading dates neither its figure nor those after."""
    if ref.name != "year":
        return False
    if not ref.explicit_year:
        return _year_of_a_term(doc, ref)
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.ent_type_ and tok.ent_type_ not in ("DATE", "CARDINAL"):
        return True  # inside a name: an event, a law, a work, a place
    head = tok.head
    # A count takes a plural noun ("2000 beds"); a year names which one of a singular noun ("the 2026 budget")
    # or of a forecast's ("members' 2026 projections": the year they project).
    if tok.dep_ == "nummod" and head.pos_ == "NOUN" and head.lemma_.lower() not in profile.words("time_nouns") and (
            head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() not in profile.words("projection_nouns")):
        return True
    # "the Springfield 1908 Race Riot": a number between capitalised words of one name.
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return prev is not None and nxt is not None and prev.pos_ == "PROPN" and nxt.pos_ == "PROPN" and (
        nxt.text[:1].isupper())


def _year_of_a_term(doc: Doc, ref: TimeRef) -> bool:
    """Whether a year named from the briefing's ("last year") is a possessive's ("his last year in office"):
    a possessive right before it (the parser does not always hang it on the year)."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.tag_ in ("POS", "PRP$") or any(c.dep_ == "poss" for c in span.root.children)


@dataclass
class _Figure:
    """What the period rules (:data:`PERIOD_RULES`) see of one figure: where it is, its sentence's other
    figures and time references, the time its speaker's turn hands on, and the parse around it (read once,
    when a rule first asks)."""

    doc: Doc
    start: int
    end: int
    others: Sequence[int]
    #: The sentence's time references, without the four-digit counts the year pattern misread.
    refs: Sequence[TimeRef]
    carried: TimeRef | None
    duration: bool
    profile: Profile
    config: PeriodConfig
    #: Whether the figure is a rate or a rate's move (a percentage, points): what a rolling year dates.
    rate: bool = True
    #: Whether ``carried`` comes from the question the figure's turn follows up (:meth:`PeriodCarry.follows_up`).
    follow_up: bool = False
    #: The briefing's date, if known.
    when: datetime.date | None = None

    @cached_property
    def anchor(self) -> Token | None:
        """The figure's head token."""
        return _root(self.doc, self.start, self.end)

    @cached_property
    def clause(self) -> Token | None:
        """The verb that heads the figure's clause (None for a fragment)."""
        return _clause(self.anchor, self.config.head_depth) if self.anchor is not None else None

    @cached_property
    def compared_with(self) -> Token | None:
        """The baseline word the figure is the object of ("from", "than"), if one (:func:`_compared_with`)."""
        return _compared_with(self.doc, self.anchor, self.clause, self.start, profile=self.profile,
                              config=self.config)

    @cached_property
    def stated(self) -> list[TimeRef]:
        """The sentence's stated times that may date the figure (:func:`_states_time`); for a figure compared
        with, only those said after its baseline word."""
        # "the following year" dates what is said after it: a figure before it is of the time it counts from.
        stated = [r for r in self.refs if _states_time(self.doc, r, self.clause, self.anchor, self.end, self.others,
                                                       profile=self.profile, config=self.config)
                  and not (r.name == FOLLOWING_YEAR and r.start >= self.end)]
        if self.compared_with is not None:
            # "moderated to 4.4 per cent in the third quarter from 4.7 per cent in the second": the figure
            # compared with takes only a time said after its "from", never the time of the figure it is
            # compared to.
            stated = [r for r in stated if r.start > self.compared_with.idx]
        return stated

    @cached_property
    def own(self) -> list[TimeRef]:
        """The stated times of the figure's own clause (by the parse)."""
        depth = self.config.head_depth
        return [r for r in self.stated
                if self.clause is not None and _clause(_root(self.doc, r.start, r.end), depth) == self.clause]

    def nearest(self, refs: Sequence[TimeRef]) -> TimeRef | None:
        """The one of ``refs`` that dates the figure (:func:`_nearest`)."""
        return _nearest(refs, self.start, self.end, self.others, self.config.near_after)

    @property
    def carried_period(self) -> str | None:
        """The period the turn hands on, if one."""
        return self.carried.period if self.carried is not None else None


def _stated(ref: TimeRef | None, mechanism: str) -> Dated | None:
    return Dated(ref.period, mechanism, ref.start, ref.end) if ref is not None else None


def _target_reached_at_time(f: _Figure) -> Dated | None:
    """A target that a plan or a projection says is reached at a time of the figure's own clause ("we will be
    at our 2 percent target in the course of 2026", "inflation should return to the 2% goal by the end of
    2027"): that time. The target itself has none (``timeless-measure``), but being at it is dated. Only for a
    target that is the object of a preposition of arrival on the clause's verb (vocabulary
    ``arrival_prepositions``), in a clause said as a plan (a modal, an infinitive that completes a verb): not
    "we adopted our 2 percent target in 2012" (the time dates an act on the target), nor "we will review our 2
    percent target in 2026" (the target is what is acted on); nor a question or a condition."""
    anchor = f.anchor
    if anchor is None or not _timeless(anchor, profile=f.profile, rate=f.rate):
        return None
    noun = anchor.head if anchor.dep_ in _TARGET_MODIFIER and anchor.head.i != anchor.i else anchor
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in f.profile.words("arrival_prepositions") or (
            prep.head != f.clause):
        return None
    ref = f.nearest(f.own)
    if ref is None or not ref.period or ref.deictic or not _hypothetical(anchor, f.config, planned=True):
        return None
    # "Will you be at the 3 percent target in 2026?", "if we were at the target in 2026, ...": a question or a
    # condition (``conditional_marks``) weighs reaching it, no plan says it is reached then.
    marks = f.profile.words("conditional_marks")
    if anchor.sent.text.rstrip().endswith("?") or any(
            c.dep_ == "mark" and c.lower_ in marks for t in (prep.head, *prep.head.ancestors) for c in t.children):
        return None
    return _stated(ref, "target-reached-at-time")


def _target_own_time(f: _Figure) -> Dated | None:
    """The time a target is for, said in its own phrase ("the 2030 target of 45 percent", "a goal of 40 percent
    by 2030", "the target for 2027 of 3 percent") or by a preposition of the time it is for on the verb that
    takes it as its object or subject ("the club set a target of 30 percent for 2027", "the cap of 500 is for
    2026"; vocabulary
    ``target_time_prepositions``). No other time of the sentence dates a target: not when it was set,
    restated or missed (``timeless-measure``)."""
    anchor = f.anchor
    if anchor is None:
        return None
    noun = _target_noun(anchor, profile=f.profile, rate=f.rate)
    if noun is None:
        return None
    preps = f.profile.words("target_time_prepositions")

    def own(ref: TimeRef) -> bool:
        tok = _root(f.doc, ref.start, ref.end)
        if tok is None or tok == noun:
            return False
        if tok.head == noun and tok.dep_ in ("nummod", "compound", "amod", "nmod"):
            return True  # "the 2030 target"
        while tok.dep_ in ("nummod", "compound", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head != noun:
            tok = tok.head  # "for fiscal year 2026": the phrase the year names
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in preps:
            return False
        holder = tok.head.head
        # "a goal of 40 percent by 2030": on the target noun or on the figure it holds; "set a target ... for
        # 2027": on the verb whose object the target is.
        # "the ceiling of 125,000 is for fiscal year 2022": on the verb whose subject it is.
        return holder in (noun, anchor, anchor.head) or noun.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            holder == noun.head)

    refs = [r for r in f.refs if r.period and not r.deictic and own(r)]
    return _stated(refs[0], "target-own-time") if refs else None


#: Dependencies of a figure on the target noun it is the value of ("2% target", "the 2 percent goal").
_TARGET_MODIFIER = frozenset({"compound", "nummod", "amod", "nmod", "npadvmod", "quantmod"})


def _timeless_measure(f: _Figure) -> Dated | None:
    """Empty on purpose: a target or a long-run value ("our 2 percent target", "the longer-run growth rate of
    1.8 percent") has no period, whatever its sentence states."""
    return Dated(None, "timeless-measure") if f.anchor is not None and _timeless(
        f.anchor, profile=f.profile, rate=f.rate) else None


def _streak(f: _Figure) -> Dated | None:
    """Empty on purpose: a streak ("six times in a row", "the fifth straight month") is a run of periods,
    dated by none of them (GUIDELINES: null for streaks)."""
    return Dated(None, "streak") if f.anchor is not None and _in_a_streak(f.anchor, profile=f.profile) else None


def _time_phrase_in_clause(f: _Figure) -> Dated | None:
    """A stated time of the figure's own clause, the nearest (one right after the figure first): "exports
    rose 4 percent *in March*". It dates a span of time too ("for two years *in the 1990s*"). A time of a
    participle on the figure's own noun comes first: it dates what the figure counts, where the clause's time
    dates the telling ("we saw last week [375,000 jobs created *in May*]")."""
    # Not for a span of time, whose noun's participle tells where it ends ("45 days left until 10 January").
    on_noun = [] if f.duration else [r for r in f.stated if _on_figure_noun(f.doc, r, f.anchor, f.config.head_depth)]
    # A span of time is dated by the time its clause states ("the strike lasted two weeks in 2023", "met for
    # five hours yesterday"), unless it is the window of a superlative ("the longest run in three decades, in
    # 2024") or a span still to come ("1.7 next year, and up to 2 in 10 years"), which the year or quarter
    # beside it does not date; a day or a month still does.
    own = [r for r in f.own if _ONE_MONTH.fullmatch(r.period or "")] if f.duration and (
        _superlative_window(f.anchor) or not _told_in_past(f.clause)) else f.own
    return _rolling_year_total(f, f.nearest(on_noun) or f.nearest(own)) or _stated(
        f.nearest(on_noun) or f.nearest(own), "time-phrase-in-clause")


def _rolling_year_total(f: _Figure, ref: TimeRef | None) -> Dated | None:
    """Empty on purpose: "over the past year" dates a 12-month rate by its last month ("prices are up 2.9
    percent over the past year", GUIDELINES.md), but a total or a count of the twelve months ("we have
    provided $106 million in aid in the past year", "visited a dozen times over the last year") is a sum over
    a run of months that ends at the briefing, which one month does not date."""
    if ref is not None and ref.name == "past_year" and not f.rate:
        return Dated(None, "rolling-year-total")
    return None


#: A period that is one month: "2024-03".
_ONE_MONTH = re.compile(r"\d{4}-\d\d")


def _told_in_past(clause: Token | None) -> bool:
    """Whether a clause is told in the past tense ("lasted", "was closed", "had waited")."""
    return clause is not None and (clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children))


def _superlative_window(anchor: Token | None) -> bool:
    """Whether a span of time is the window a superlative is counted over ("the longest run *in three
    decades*", "the lowest level *in 40 years*"): the object of a preposition on a noun a superlative
    modifies."""
    if anchor is None:
        return False
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    return any(c.tag_ == "JJS" for c in noun.head.head.children)


def _counted_since(f: _Figure) -> Dated | None:
    """Empty on purpose: the figure's clause counts from a time said before it by an adverb of an open span
    ("last year the council adopted a plan that has *since* created 4,000 jobs"; vocabulary
    ``open_span_starts``): a total over an open span has no period (GUIDELINES), and the earlier time is its
    start, not its period."""
    clause = f.clause
    if clause is None or f.duration:
        return None
    starts = f.profile.words("open_span_starts")
    if any(c.dep_ == "advmod" and c.lower_ in starts and not any(True for _ in c.children) for c in clause.children):
        return Dated(None, "counted-since")
    return None


def _time_phrase_in_sentence(f: _Figure) -> Dated | None:
    """A stated time elsewhere in the figure's sentence that frames it, the nearest: one that opens the
    sentence ("Over the year to March, prices rose 6.6 percent; wages, 5 percent"), or one in a clause that
    holds no other figure. A time in another figure's clause dates that figure ("40 percent worry ..., and 12
    million lack confidence they can meet next month's rent"), a time that is the possessive of a noun of
    another clause dates that noun ("next month's rent", "last year's budget"; but "the May jobs report"
    tells the month of what it reports), and a time counted back from the briefing
    ("yesterday", "two weeks ago", "on Tuesday") dates only its own clause (and a participle on the figure's
    noun: :func:`_time_phrase_in_clause`). Not for a span of time: "wages below 3% at the
    end of 2026, set by agreements that run for two or three years" does not date the agreements' span."""
    if f.duration:
        return None
    depth = f.config.head_depth
    free = [r for r in f.stated if r in f.own or r.name not in COUNTED_BACK and not _possessive(f.doc, r) and (
        not _describes_later_noun(f, r)) and (
        _opening(f.doc, r, [*f.others, f.start], f.config)
        or not _claimed(f.doc, r, f.start, f.others, depth) and not _past_beside_present(f, r))]
    described = _thing_described(f)
    if described is not None:
        # "The clean-air act, which cut 100 million tons of emissions, was passed in 2020": a relative clause
        # on a noun that is no figure tells what that thing is or did, not what happened at the main clause's
        # time ("we opened 12 clinics in 2024, which served 40,000 patients" tells of the year's clinics). A
        # time of the noun's own phrase is still the noun's ("monthly inflation for July, which came in at 0.2
        # percent").
        noun, clause = described
        # A time whose phrase opens the sentence frames the whole of it, comma or not ("in March we opened a
        # shelter that served 300 families": the same event's outcome).
        free = [r for r in free if r in f.own or noun.left_edge.idx <= r.start < clause.left_edge.idx
                or _opening(f.doc, r, [*f.others, f.start], f.config) or _in_figure_phrase(f, r)
                or (root := _root(f.doc, r.start, r.end)) is not None and _opens_sentence(root)]
    return _rolling_year_total(f, f.nearest(free)) or _stated(f.nearest(free), "time-phrase-in-sentence")


def _gives_level(verb: Token, *, profile: Profile) -> bool:
    """Whether a clause gives the level of its subject: a copula or a verb of measure ("is", "remains at",
    "stands at"; vocabulary ``measure_verbs``)."""
    return verb.pos_ == "AUX" or verb.lemma_.lower() in profile.words("measure_verbs")


def _in_figure_phrase(f: _Figure, ref: TimeRef) -> bool:
    """Whether a time lies in the figure's own noun phrase ("the 100 million doses, which are due by the end
    of June")."""
    anchor, tok = f.anchor, _root(f.doc, ref.start, ref.end)
    if anchor is None or tok is None:
        return False
    phrase = anchor.head if anchor.dep_ in ("nummod", "compound", "quantmod", "amod") else anchor
    return phrase.left_edge.i <= tok.i <= phrase.right_edge.i


def _thing_described(f: _Figure) -> tuple[Token, Token] | None:
    """The noun and the relative clause on it that the figure's clause is, when that noun counts nothing (no
    number on it) and the clause tells what it does, not its level ("the policy, which is 1.5 points of
    growth this year"); else None."""
    clause = f.clause
    if clause is None or clause.dep_ != "relcl" or _gives_level(clause, profile=f.profile):
        return None
    if clause.tag_ not in _FINITE and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE | {"MD"}
                                              for c in clause.children):
        return None  # "food aid to feed 125,000 people": an infinitive of purpose, not what the aid is
    noun = clause.head
    if noun.like_num or any(c.like_num or c.dep_ == "nummod" for c in noun.children):
        return None
    return noun, clause


def _past_beside_present(f: _Figure, ref: TimeRef) -> bool:
    """Whether a time belongs to a clause in the past tense while the figure's clause is in the present
    ("more residents voted in May than in April, but 80,000 are still not registered"): the figure is a state
    now, not one of that past time. Not for a relative clause, which tells of a noun of the clause it hangs on
    ("exports rose in 2024 to 25 trillion, which is 7 percent more")."""
    verb = _clause(_root(f.doc, ref.start, ref.end), f.config.head_depth)
    clause, anchor = f.clause, f.anchor
    past = _told_in_past(verb)  # "were vaccinated in May" too
    # The figure's clause in the present, a passive or progressive one too ("80,000 are still not registered").
    present = clause is not None and (clause.tag_ in ("VBZ", "VBP") or clause.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in clause.children))
    if clause is None or verb is None or anchor is None or not past or not present or clause.dep_ == "relcl":
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False  # "the rate ticked up in August but remains at 3.8 percent": one subject, the same time
    # "that includes $60 million in aid [we announced in September]": a clause on the figure's own noun tells
    # when what it counts was done.
    # "the rate [we reached in 2029] is 3.7": nor one on the clause's subject, which says which thing is meant.
    phrase = anchor.head if anchor.dep_ in ("nummod", "compound", "quantmod", "amod") else anchor
    if f.rate and _on_whole_of_share(verb, phrase, profile=f.profile):
        return True
    return not (verb.dep_ in ("relcl", "acl") and (phrase.left_edge.i <= verb.head.i <= phrase.right_edge.i or (
        verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head == clause)))


def _on_whole_of_share(verb: Token, phrase: Token, *, profile: Profile) -> bool:
    """Whether a clause is a relative clause in the simple past, with a subject of its own, on the whole a
    share is of ("90 percent of the members [who joined in March]"): it tells when those members joined, not
    when the share holds; not a participle ("13 percent of the doses [delivered by June]": the share of what
    was done by then)."""
    noun = verb.head
    return verb.dep_ == "relcl" and verb.tag_ == "VBD" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and noun.dep_ == "pobj" and (
        noun.head.lower_ in profile.words("counted_of_prepositions") and noun.head.head == phrase)


def _describes_later_noun(f: _Figure, ref: TimeRef) -> bool:
    """Whether a time belongs to a clause that describes a noun outside the figure's own noun phrase: a noun
    said after the figure ("exports rose by 20 percent, beating the forecast [the ministry made in March]"), or
    one said before it that is not what the figure's clause measures ("the mayor backed an approach [that was
    adopted last year] to protect 30 percent of the parks", "the central bank, [which was founded in 1998],
    holds 40 percent of the bonds"): it dates that noun. A noun of the figure's own phrase is what the figure
    measures ("13 percent of the doses [delivered by June]", "the $2 billion in grants [announced last
    week]"), and the subject of the figure's clause, said before it, says which thing is measured ("the loans
    [issued in 2024] reached $5 billion", "the rate [we reached in 2029] is 3.7"), unless set off by commas
    from a clause that does not give its level, and a noun of a phrase that frames the figure's clause ("on
    the trips [he made last week], he visited six states"): their time is the figure's."""
    verb = _clause(_root(f.doc, ref.start, ref.end), f.config.head_depth)
    anchor = f.anchor
    if verb is None or anchor is None or verb.dep_ not in ("relcl", "acl"):
        return False
    if verb.left_edge.i <= anchor.i <= verb.right_edge.i:
        return False  # the figure is of the described clause itself
    phrase = anchor.head if anchor.dep_ in ("nummod", "compound", "quantmod", "amod") else anchor
    noun = verb.head
    if phrase.left_edge.i <= noun.i <= phrase.right_edge.i:
        return False
    if noun.i > anchor.i:
        return True
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False  # a clause the parser hung on a number or a pronoun ("each one of you that ...") tells of no noun
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == f.clause:
        return False  # "on the trips he made last week, he visited six states": a frame of the figure's clause
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head != f.clause:
        return True
    # The subject: what a copula or a verb of measure gives the level of ("the club's record crowd, which it
    # drew in 2019, is 40,000 fans"), or a subject not set off by a comma, which says which thing is meant.
    aside = verb.left_edge.i > 0 and f.doc[verb.left_edge.i - 1].text == ","
    return aside and not _gives_level(f.clause, profile=f.profile)


def _on_figure_noun(doc: Doc, ref: TimeRef, anchor: Token | None, depth: int) -> bool:
    """Whether a time belongs to a participle on the figure's own noun ("614 deaths *reported on Tuesday*",
    "the 40 buses *bought last week*"): it dates what the figure counts."""
    verb = _clause(_root(doc, ref.start, ref.end), depth)
    return anchor is not None and verb is not None and verb.dep_ == "acl" and verb.head in (anchor, anchor.head)


def _span_between_times(f: _Figure) -> Dated | None:
    """Empty on purpose: a span of time that measures how far one time lies from another ("a month after the
    vote", "less than a week away", "two months into the school year", "a month before the deadline") is the
    distance between them, dated by neither (vocabulary ``span_offsets``: the span's head word, or a
    preposition or an adverb on its noun)."""
    anchor = f.anchor
    if not f.duration or anchor is None:
        return None
    offsets = f.profile.words("span_offsets")
    if anchor.dep_ == "npadvmod" and anchor.head.lower_ in offsets or any(
            c.dep_ in ("prep", "advmod") and c.lower_ in offsets for c in anchor.children):
        return Dated(None, "span-between-times")
    return None


def _duration_undated(f: _Figure) -> Dated | None:
    """Empty on purpose: a span of time ("a pause in place now for over two years", "17 months now") is dated
    by no marker of the present nor by a period carried from before, only by a day or a month its own clause
    states (:func:`_time_phrase_in_clause`)."""
    return Dated(None, "duration-undated") if f.duration else None


def _no_carry_into_baseline(f: _Figure) -> Dated | None:
    """Empty on purpose: the figure is what another is compared with ("That compares with about $75 at the
    start of the year"); it is not what the paragraph reports on, so no period is carried to it."""
    if f.carried_period and f.anchor is not None and f.compared_with is not None:
        return Dated(None, "no-carry-into-baseline")
    return None


def _present_marker(f: _Figure) -> Dated | None:
    """A marker of the present that governs the figure's clause: the briefing's month ("At this meeting we
    decided to lower rates by 25 basis points", "inflation is now 2.1 percent"). Not across a report ("At
    this meeting, the mayor said 40 new buses would be bought"), nor a marker that qualifies a noun, which
    dates that noun ("today's jobs report", "this week's figures"), nor across a relative clause from the
    day's act ("today we toured a port that handles 40 percent of the trade"), nor from another clause into a
    plan ("we have hired 40 nurses so far, and we plan to hire 60 more"): what is planned is not yet done."""
    plan = f.anchor is not None and _hypothetical(f.anchor, f.config, planned=True)
    # "The board made no change today in the rate, which remains at 4 percent": a relative clause that gives
    # the level of the thing acted on (a copula or a verb of measure) is dated by the day like its act.
    level = f.clause is not None and f.clause.dep_ == "relcl" and _gives_level(f.clause, profile=f.profile)
    present = [r for r in f.refs if r.deictic and r.period and not _qualifies_noun(f.doc, r) and (
        f.anchor is None or _governs(_root(f.doc, r.start, r.end), f.anchor, f.config,
                                     r.name in DAY_OF_BRIEFING and not level))
        and not (plan and _clause(_root(f.doc, r.start, r.end), f.config.head_depth) != f.clause)]
    return _stated(present[0], "present-marker") if present else None


def _no_carry_over_own_time(f: _Figure) -> Dated | None:
    """Empty on purpose: the figure's clause names a time of its own that no time pattern resolves, a time
    told by an event ("60,000 jobs a month *during the final three months of the last administration*", "in
    the first weeks of the strike"), so the period of an earlier sentence is not carried over it."""
    if not f.carried_period or f.clause is None:
        return None
    return Dated(None, "no-carry-over-own-time") if _unresolved_time(f) is not None else None


def _unresolved_time(f: _Figure) -> Token | None:
    """A date (by the recogniser) told by what it is part of (a time noun with a phrase of its own: "the first
    weeks *of the strike*") that is the object of a phrase of the figure's clause, not a baseline ("since the
    start of the crisis") and not one of the sentence's time references. A bare time noun ("for the year",
    "year on year") points at the period already stated."""
    words = f.profile.words("time_nouns")
    baseline = f.profile.words("baseline_words")
    for tok in f.clause.subtree if f.clause is not None else ():
        if tok.dep_ != "pobj" or tok.ent_type_ != "DATE" or tok.lemma_.lower() not in words or not any(
                c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children):
            continue
        if tok.head.lower_ in baseline or any(r.start <= tok.idx < r.end for r in f.refs):
            continue
        if _clause(tok, f.config.head_depth) == f.clause:
            return tok
    return None


def _present_carried_to_past_act(f: _Figure) -> Dated | None:
    """A marker of the briefing's day said earlier in the paragraph dates what the figure's clause says was
    done ("Today the council approved the plan. It hired 40 nurses and opened 3 clinics."); not a plan, and
    not in a sentence that states a time of its own ("A year ago we learned [we had lost 20,000 jobs]")."""
    carried = f.carried
    if carried is None or not carried.period or not carried.deictic:
        return None
    if not f.refs and f.anchor is not None and (_past_act(f.anchor, f.config) or _aside_on_an_act(f)) and (
            not _hypothetical(f.anchor, f.config)) and _time_pointed_back_at(f) is None:
        return _stated(carried, "present-carried-to-past-act")
    return None


def _aside_on_an_act(f: _Figure) -> bool:
    """Whether the figure is the object of the speaker's aside on a clause said before it that tells what was
    done ("We struck the depot — I think 30 targets in all —"): the parser makes the act the complement of
    the aside's verb, whose first-person subject does not do what the figure counts."""
    verb, anchor = f.clause, f.anchor
    if verb is None or anchor is None:
        return False
    noun = anchor if anchor.dep_ == "dobj" else anchor.head
    if noun.dep_ != "dobj" or noun.head != verb:
        return False
    first = f.profile.words("first_person_subjects")
    return any(c.dep_ == "nsubj" and c.lower_ in first for c in verb.children) and any(
        c.dep_ == "ccomp" and c.i < anchor.i and _past_act(c, f.config) for c in verb.children)


def _time_pointed_back_at(f: _Figure) -> Token | None:
    """A time noun under the figure's clause that a distal demonstrative marks ("the 13 crew members who were
    lost *on that day*", "in those weeks"): a time said before, never the briefing's day."""
    nouns = f.profile.words("time_nouns")
    distal = f.profile.words("distal_demonstratives")
    for tok in f.clause.subtree if f.clause is not None else ():
        if tok.lemma_.lower() in nouns and any(c.dep_ == "det" and c.lower_ in distal for c in tok.children):
            return tok
    return None


def _no_carry_of_present_to_state(f: _Figure) -> Dated | None:
    """Empty: a marker of the briefing's day carried from before dates no state ("The city has 40 parks"), no
    plan, nothing in a sentence that states a time of its own, and nothing under a time said before ("on that
    day": :func:`_time_pointed_back_at`) (mechanism ``no-time-stated``)."""
    return Dated(None, "no-time-stated") if f.carried_period and f.carried is not None and f.carried.deictic else None


def _carried_to_follow_up(f: _Figure) -> Dated | None:
    """The period the reporter's question named, for a figure of the follow-up after the official's yes
    ("Is there an estimate for next year?" "Yes." "Is it $30 billion?"): the follow-up asks of the same time,
    even one still running or ahead, and even as a question (:class:`PeriodCarry`); not a marker of the
    briefing's day, which dates no state (``no-time-stated``). Not into a plan the follow-up asks of ("Is the
    rate going to stay at 4 percent?") unless the question's time is not over by the briefing's month, the
    time a plan may be for (``no-carry-into-plan`` otherwise). Not when the follow-up names a thing of its own
    before the figure ("Is the pension fund worth 900 million?"): it asks of
    something else, perhaps of another time (the parse of a short question is too loose to tell its subject);
    "Is it 2 percent?", "Are 30 branches open?", "Was it a 5 percent rise?" ask on (``no-time-stated``)."""
    if not f.follow_up or f.carried is None or not f.carried.period or f.carried.deictic:
        return None
    if f.anchor is not None and any(t.pos_ in ("NOUN", "PROPN") and t.idx < f.start for t in f.anchor.sent):
        return Dated(None, "no-time-stated")
    if f.anchor is not None and _hypothetical(f.anchor, f.config, planned=True):
        bounds = period_months(f.carried.period)
        if f.when is None or bounds is None or bounds[1] < (f.when.year, f.when.month):
            return None
    return _stated(f.carried, "carried-to-follow-up")


def _no_carry_into_plan(f: _Figure) -> Dated | None:
    """Empty on purpose: a plan, a condition or a question ("we will hire 250 teachers", "it would cost $300
    million", "would you allow 3 percent?") takes no period from an earlier sentence's "last year"."""
    if f.carried_period and f.anchor is not None and _hypothetical(f.anchor, f.config):
        return Dated(None, "no-carry-into-plan")
    return None


def _carried_to_restatement(f: _Figure) -> Dated | None:
    """The period of the sentence right before, for a figure of a sentence whose subject is a pronoun standing
    for what that sentence said ("Ridership rises again next year. It is 40 million." "We are on track to
    save $2 million this year. That means 30 more buses."): the sentence says more of the same thing, so its
    time is the same, even one still running or ahead, which no later sentence takes otherwise
    (``no-carry-of-open-period``). Not into a plan (``no-carry-into-plan`` comes first)."""
    if not f.carried_period or f.carried is None or f.clause is None or _possessive(f.doc, f.carried):
        return None  # "last year's storm. That cost $140 million": the possessive dates its noun only
    if f.anchor is not None and _through_a_phrase(f.anchor, f.clause):
        return None  # "This is in addition to the 40 buses we ordered": what the pronoun is set beside
    sent = f.clause.sent
    if sent.start == 0 or not sent.start_char > f.carried.start >= f.doc[sent.start - 1].sent.start_char:
        return None
    # The pronoun is the subject of the figure's own clause ("It is 40 million"), or of the verb that clause
    # completes, said before it ("That means [30 more buses are running]"); not of another clause of the
    # sentence ("We bought 20 buses; that is a record", where the parser may make the first clause complete
    # the second).
    pronouns = f.profile.words("thing_pronouns")
    completes = f.clause.dep_ in ("ccomp", "conj", "xcomp") and f.clause.head.i < f.clause.i
    verbs = [f.clause] + ([f.clause.head] if completes else [])
    # A plural pronoun stands for things named before ("they have fallen"), not for what was said; a personal
    # one ("it") does so only as the subject of a copula or of a verb in a running tense ("It is 40 million",
    # "It's running 4.5 percent"): with a simple verb it stands for a thing ("The terminal opens next year.
    # It cost 300 million"). A demonstrative ("That means ...") points at what was said.
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in pronouns and "Plur" not in c.morph.get("Number", [])
           and (c.tag_ == "DT" or _copula_or_running(v)) for v in verbs for c in v.children):
        return _stated(f.carried, "carried-to-restatement")
    return None


def _copula_or_running(verb: Token) -> bool:
    """Whether a verb is a copula (tagged so, or with a complement of a copula: the tagger reads a curly "’s"
    as a verb) or has an auxiliary of tense, not of mood ("is running", "has risen"; not "will cost")."""
    return verb.pos_ == "AUX" or any(c.dep_ in ("attr", "acomp") or c.dep_ == "aux" and c.tag_ != "MD"
                                     for c in verb.children)


def _through_a_phrase(tok: Token, clause: Token) -> bool:
    """Whether a token hangs under its clause's verb through a preposition ("in addition to *the 40 buses*")."""
    t = tok
    while t != clause and t.head.i != t.i:
        if t.dep_ == "pobj":
            return True
        t = t.head
    return False


def _carried_from_turn(f: _Figure) -> Dated | None:
    """The period stated earlier in the speaker's turn (:class:`PeriodCarry`: a year frames the turn, a finer
    period its paragraph)."""
    return _stated(f.carried, "carried-from-turn") if f.carried_period else None


def _no_time_stated(f: _Figure) -> Dated | None:
    """Empty: no time phrase in the sentence dates the figure, and none is carried."""
    return Dated(None, "no-time-stated")


#: The period rules in precedence order: the first that proposes decides. Each rule's name is the mechanism
#: it records (extractor/quantities/mechanisms.tsv, with "-" for "_"), but for
#: ``no_carry_of_present_to_state``, which records ``no-time-stated``.
PERIOD_RULES: RuleSet[_Figure, Dated] = RuleSet(
    "period", _target_reached_at_time, _target_own_time, _timeless_measure, _streak, _span_between_times,
    _time_phrase_in_clause, _counted_since, _time_phrase_in_sentence,
    _duration_undated,
    _no_carry_into_baseline, _present_marker, _no_carry_over_own_time, _present_carried_to_past_act,
    _no_carry_of_present_to_state, _carried_to_follow_up, _no_carry_into_plan, _carried_to_restatement,
    _carried_from_turn, _no_time_stated)


def figure_period(doc: Doc, start: int, end: int, others: Sequence[int], refs: Sequence[TimeRef],
                  carried: TimeRef | None = None, duration: bool = False, *, profile: Profile,
                  config: PeriodConfig = DEFAULT_PERIODS, rate: bool = True, follow_up: bool = False,
                  when: datetime.date | None = None) -> Dated:
    """The period of the figure at ``start``..``end``, decided by the first rule of :data:`PERIOD_RULES`
    that proposes one.

    In order: none for a target, a long-run value or a streak; a stated time in the figure's own clause (by
    the parse); a stated time elsewhere in its sentence (the nearest, preferring one right after the figure
    with no other figure between); none for a span of time or a figure compared with; a marker of the present
    in its clause ("now", "this week", "at this meeting"); and last the period carried from the sentence
    before (``carried``), not into a plan.

    Args:
        doc: the parsed document.
        start: the figure's first character.
        end: its end.
        others: the start characters of the sentence's other figures.
        refs: the sentence's time references (``find_time_refs``).
        carried: the time the turn hands on (:meth:`PeriodCarry.get_ref`), when the caller carries one.
        duration: whether the figure is a span of time.
        profile: the language profile whose word lists it reads.
        config: the period reader's thresholds.
        rate: whether the figure is a rate or a rate's move (a percentage, points), which a rolling year
            ("over the past year") dates by its last month; a total or a count it leaves undated.
        follow_up: whether ``carried`` comes from the question the figure's turn follows up.
        when: the briefing's date (a follow-up's plan takes only a question's time not over by then).

    Returns:
        The period with the mechanism that decided it and the time phrase that supplied it.
    """
    refs = [r for r in refs if not misread_year(doc, r, profile=profile)]
    decided = PERIOD_RULES.decide(_Figure(doc, start, end, others, refs, carried, duration, profile, config, rate,
                                          follow_up, when))
    return decided[1] if decided is not None else Dated(None, "no-time-stated")


def host_act_of_the_day(doc: Doc, start: int, end: int, refs: Sequence[TimeRef], dated: Dated,
                        day: TimeRef | None, *, config: PeriodConfig = DEFAULT_PERIODS) -> Dated | None:
    """The briefing's month for what the host institution did, told in the simple past in a turn that
    reported the day's acts ("Earlier today, the board decided to raise the rate. ... The board also approved
    a quarter-point rise in the discount rate"): the caller has read that the figure's clause has the host
    as its subject; a meeting reports its own decisions. Only where the figure's sentence states no time and
    nothing finer than a year still running was carried (``dated``, as :func:`figure_period` decided it);
    never for a plan or a question.
    """
    if day is None or not day.period or refs or dated.mechanism not in _NO_TIME_OF_ITS_OWN:
        return None
    if dated.period is not None and not (dated.start is not None and YEARS_ONLY.fullmatch(dated.period)
                                         and period_within(day.period, dated.period)):
        return None
    anchor = _root(doc, start, end)
    if anchor is None or not _past_act(anchor, config) or _hypothetical(anchor, config):
        return None
    verb = _clause(anchor, config.head_depth)
    # "When the board raised rates by 75 basis points, markets fell": a clause a conjunction opens tells an
    # occasion, a time of its own, not the day's act.
    if verb is None or verb.dep_ == "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return None
    return Dated(day.period, "host-act-of-the-day", day.start, day.end)


def latest_reading(doc: Doc, start: int, end: int, dated: Dated, when: datetime.date | None, *,
                   profile: Profile, config: PeriodConfig = DEFAULT_PERIODS) -> Dated | None:
    """The month before the briefing's for a rate over a run of months that ends at the latest data ("prices
    are up 1 percent year over year", "a six-month annualized rate of 2.5 percent", "the 12-month rate fell
    below 3 percent"; vocabulary ``period_cues``, ``rolling_rate``) said as it stands now ("this morning",
    "now") or with no time at all: such a rate is dated by its last month (GUIDELINES.md: "over the 12 months
    ending in March" is March), and the latest month whose data are out at a briefing is the one before.
    Only for a rate or a rate's move (the caller checks the unit), whose clause states the run; never for a
    plan, a condition or a question, nor for a figure a time of its own or a carried one dated.
    """
    if when is None or dated.mechanism not in _NOW_OR_NOTHING:
        return None
    anchor = _root(doc, start, end)
    if anchor is None or _hypothetical(anchor, config):
        return None
    clause = _clause(anchor, config.head_depth)
    sent = anchor.sent
    # The run named in the figure's own clause ("it was 1 percent year over year"), not in another clause of
    # its sentence ("inflation has come down 6 points, and wages are up on a year-over-year basis").
    cue = next((m for m in _cues(profile)["rolling_rate"].finditer(doc_text(doc), sent.start_char, sent.end_char)
                if _clause(_root(doc, m.start(), m.end()), config.head_depth) == clause), None)
    if cue is None:
        return None
    year, month = (when.year, when.month - 1) if when.month > 1 else (when.year - 1, 12)
    return Dated(f"{year}-{month:02d}", "latest-reading", cue.start(), cue.end())


#: The mechanisms of a figure dated as now or not at all (:func:`latest_reading`).
_NOW_OR_NOTHING = frozenset({"present-marker", "no-time-stated"})


def released_reading(doc: Doc, start: int, end: int, refs: Sequence[TimeRef], dated: Dated, *,
                     profile: Profile, config: PeriodConfig = DEFAULT_PERIODS) -> Dated | None:
    """The month before the day a release came out, for a figure of a statistic it tells ("this morning's
    report showed prices rose 0.2 percent", "today we learned the economy added 180,000 jobs", "two years ago
    we learned the city had lost 4,000 jobs in a month"): a monthly statistic out on a day tells of the month
    before it, not of the day, which dates only the release. The day is a marker of the briefing's day or a
    day counted back from it ("yesterday", "on Tuesday", "a year ago") on the verb of the release or of
    learning (vocabulary ``release_verbs``), on its subject ("this morning's report") or on a participle on
    that subject ("data released today"); the figure is that verb's object or in the clause it reports. Only
    where the figure's sentence states no other time for it (``dated`` is the present, a carried period or
    nothing); never for a plan, a condition or a question. The caller checks that the figure is a statistic
    (a rate or a change).
    """
    if dated.mechanism not in _RELEASE_OVERRIDES:
        return None
    anchor = _root(doc, start, end)
    if anchor is None or _hypothetical(anchor, config):
        return None
    verbs = profile.words("release_verbs")
    verb = _clause(anchor, config.head_depth)
    for _ in range(config.clauses_up):
        if verb is None or verb.lemma_.lower() in verbs:
            break
        # Up only through a reported clause ("we learned [prices rose 0.2 percent]").
        verb = _clause(verb.head, config.head_depth) if verb.dep_ == "ccomp" and verb.head.i != verb.i else None
    if verb is None or verb.lemma_.lower() not in verbs:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in profile.words("survey_nouns")
           for c in verb.children):
        return None  # "yesterday's poll showed 40 percent back the plan": a poll's shares are of its own days
    for ref in refs:
        if ref.name not in _RELEASE_DAYS or not ref.period or not _ONE_MONTH.fullmatch(ref.period) or (
                ref.name == "year_earlier" and not doc_text(doc)[ref.start:ref.end].lower().endswith("ago")):
            continue
        if _dates_release(_root(doc, ref.start, ref.end), verb, config):
            year, month = int(ref.period[:4]), int(ref.period[5:])
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            return Dated(f"{year}-{month:02d}", "released-reading", ref.start, ref.end)
    return None


def _dates_release(tok: Token | None, verb: Token, config: PeriodConfig) -> bool:
    """Whether a time dates the release ``verb`` tells: it hangs on the verb's clause ("Today, we learned"),
    is the possessive or a modifier of the verb's subject ("this morning's report showed"), or hangs on a
    participle on that subject ("data released today show")."""
    if tok is None:
        return False
    clause = _clause(tok, config.head_depth)
    if clause == verb:
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(tok.head == s and tok.dep_ in ("poss", "compound", "nmod") for s in subjects) or (
        clause is not None and clause.dep_ == "acl" and clause.head in subjects)


#: The mechanisms of a figure that a release's day may date instead (:func:`released_reading`): the present,
#: a period carried from an earlier sentence, or none.
_RELEASE_OVERRIDES = frozenset({"present-marker", "no-time-stated", "carried-from-turn", "present-carried-to-past-act"})
#: The kinds of time that name a day: the briefing's ("today", "this morning") or one counted back from it.
_RELEASE_DAYS = frozenset({"today", "year_earlier"}) | COUNTED_BACK


#: The mechanisms of a figure whose sentence gives it no time (:func:`host_act_of_the_day`).
_NO_TIME_OF_ITS_OWN = frozenset({"carried-from-turn", "no-time-stated"})


def period_within(inner: str | None, outer: str | None) -> bool:
    """Whether the period ``inner`` lies within ``outer`` ("2024-12" within "2024"; a period within itself)."""
    a = period_months(inner) if inner else None
    b = period_months(outer) if outer else None
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1]


def _in_a_streak(anchor: Token, *, profile: Profile) -> bool:
    """Whether a figure is a streak ("six times in a row", "eight consecutive years", "the fifth straight
    month")."""
    streak = profile.words("streak_words")
    for tok in (anchor, anchor.head):
        for c in tok.children:
            if c.dep_ in ("amod", "advmod") and c.lower_ in streak:
                return True
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in streak for g in c.children):
                return True
    return False


def _states_time(doc: Doc, ref: TimeRef, clause: Token | None, anchor: Token | None, end: int,
                 others: Sequence[int], *, profile: Profile, config: PeriodConfig) -> bool:
    """Whether ``ref`` is a stated time that may date the figure ending at ``end``: no marker of the present, no
    baseline or comparison, not the time of a figure the change starts from, nor of a report's date."""
    return (not ref.deictic and not _baseline(doc, ref, clause, anchor, profile=profile, config=config)
            and not _compared(doc, ref, profile=profile)
            and not _of_baseline_figure(doc, ref, end, others, profile=profile)
            and not _reported(doc, ref, clause, config)
            and not _telling_aside(doc, ref, clause, config, profile=profile))


def _past_act(anchor: Token, config: PeriodConfig) -> bool:
    """Whether a figure's clause tells what was done: a verb of action in the simple past ("approved",
    "hired"), or a past passive ("were dropped"); not a state ("was 12 percent")."""
    verb = _clause(anchor, config.head_depth)
    return verb is not None and verb.pos_ == "VERB" and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def _qualifies_noun(doc: Doc, ref: TimeRef) -> bool:
    """Whether a time phrase is a possessive or a modifier of a noun ("see *today's* report as a reason"); not
    of a frame's noun, which dates its clause ("at *today's* meeting, the board raised rates")."""
    tok = _root(doc, ref.start, ref.end)
    return tok is not None and tok.dep_ in ("poss", "compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and (
        tok.head.dep_ != "pobj")


def _possessive(doc: Doc, ref: TimeRef) -> bool:
    """Whether a time phrase is the possessive of a noun ("can meet *next month's* rent")."""
    tok = _root(doc, ref.start, ref.end)
    return tok is not None and tok.dep_ == "poss" and tok.head.pos_ in ("NOUN", "PROPN")


def _hypothetical(anchor: Token, config: PeriodConfig, *, planned: bool = False) -> bool:
    """Whether a figure's clause, or one it hangs under, is a plan, a condition or a question: a modal
    auxiliary (tag ``MD``: will, would, could, should, may), an infinitive of intention ("plans to spend"),
    or a sentence that asks; not an infinitive under a past verb ("decided to cut rates by 25 basis points").
    With ``planned``, only a plan said as one: a modal, or an infinitive that completes a verb ("we plan to
    hire"), not an adjective ("have been able to cover 600 sites"), a purpose ("we are using our powers to
    sanction 21 officials") or a noun ("a moment to go through the 15 actions"); nor a question."""
    if not planned and anchor.sent.text.rstrip().endswith("?"):
        return True
    t = _clause(anchor, config.head_depth)
    for _ in range(config.clauses_up):
        if t is None:
            return False
        # "plans to spend", "to reach 2 percent": an infinitive looks ahead, unless what governs it is done
        # ("decided to cut rates by 25 basis points").
        if any(c.tag_ == "MD" for c in t.children) or any(c.tag_ == "TO" and c.dep_ == "aux" for c in t.children) and (
                t.head.tag_ not in ("VBD", "VBN")) and not (planned and not _completes_verb(t)):
            return True
        if t.head.i == t.i:
            return False
        t = _clause(t.head, config.head_depth)
    return False


def hypothetical(anchor: Token, config: PeriodConfig) -> bool:
    """Whether a figure's clause, or one it hangs under, is a plan, a condition or a question (see
    :func:`_hypothetical`)."""
    return _hypothetical(anchor, config)


def _completes_verb(t: Token) -> bool:
    """Whether an infinitive completes a verb that says what is meant ("we plan to hire"), not one whose
    object it tells the purpose of ("we are using our powers to fine 21 companies")."""
    return t.dep_ == "xcomp" and t.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in t.head.children)


def _of_baseline_figure(doc: Doc, ref: TimeRef, end: int, others: Sequence[int], *, profile: Profile) -> bool:
    """True when ``ref`` dates another figure the one ending at ``end`` is compared with: a baseline word
    after this figure, then that figure, then the time ("was 2.4 percent, after 2.5 percent in October";
    "grew 2.8 percent from 2.6 percent in September"). "rose 5 percent from a year earlier in May" has no
    figure in between: May is the figure's own."""
    text = doc_text(doc)
    if end > ref.start or ";" in text[end:ref.start]:
        return False
    words = profile.words("baseline_words")
    for w in re.finditer(r"[A-Za-z]+", text[end:ref.start]):
        if w.group().lower() in words and any(end + w.end() <= o < ref.start for o in others):
            return True
    return False


def _reported(doc: Doc, ref: TimeRef, clause: Token | None, config: PeriodConfig) -> bool:
    """True for a time in a clause reported under the figure's ("40 percent worry [they could be evicted in
    the next two months]", "20 percent expect [prices to rise next year]"): it dates what is worried
    about or expected, not the figure."""
    if clause is None:
        return False
    t = _clause(_root(doc, ref.start, ref.end), config.head_depth)
    reported = False
    for _ in range(config.report_depth):
        if t is None or t == clause or t.head.i == t.i:
            return reported and t == clause
        # Reported content follows its verb ("worry that ..."); a clause before it is no report of it. A
        # gerund that completes the verb tells the state reported, at its time ("40,000 tenants reported
        # being behind on rent in April"), not something expected.
        reported = reported or (t.dep_ == "ccomp" or t.dep_ == "xcomp" and t.tag_ != "VBG") and t.i > clause.i and (
            t.head == clause or t.dep_ == "ccomp")
        t = _clause(t.head, config.head_depth)
    return False


def _telling_aside(doc: Doc, ref: TimeRef, clause: Token | None, config: PeriodConfig, *, profile: Profile) -> bool:
    """True for a time in an aside that points to when something was said ("*as* the governor said *in
    January*, the bank wants inflation back at 2 percent", "as we announced last week"): a clause on another
    that a conjunction of comparison opens (vocabulary ``aside_marks``) and whose verb tells (vocabulary
    ``aside_telling_verbs``); it dates the telling, not what the sentence says. Not for a figure of that
    clause itself, nor for "as" of time or cause ("as prices fell in May, ...", whose verb tells nothing)."""
    verb = _clause(_root(doc, ref.start, ref.end), config.head_depth)
    if verb is None or verb == clause or verb.dep_ not in ("advcl", "ccomp"):
        return False
    marks = profile.words("aside_marks")
    # "As I said in May -- the board said in May, ...": a speaker who starts the aside again leaves its
    # conjunction on the first try, which the parser hangs under the second (then read as an adverbial clause
    # or as the complement of the main verb).
    tries = [*([verb] if verb.dep_ == "advcl" else []),
             *(c for c in verb.children if c.dep_ == "advcl" and c.lemma_ == verb.lemma_)]
    return verb.lemma_.lower() in profile.words("aside_telling_verbs") and any(
        c.dep_ == "mark" and c.lower_ in marks for t in tries for c in t.children)


def _opening(doc: Doc, ref: TimeRef, figures: Sequence[int], config: PeriodConfig) -> bool:
    """True for a time that opens its sentence before every other figure, set off by a comma ("In 2024, ...")
    within ``config.opening_comma_reach`` characters. The phrase it stands in must be the sentence's first:
    "growth slowed in September, and unemployment is at 4 percent" has a comma after its time too."""
    text = doc_text(doc)
    outside = [f for f in figures if not ref.start <= f < ref.end]  # "the 12 months ending in March"
    root = _root(doc, ref.start, ref.end)
    return bool(outside) and ref.end <= min(outside) and text[ref.end:ref.end + config.opening_comma_reach].lstrip(
        " ").startswith(",") and root is not None and _opens_sentence(root)


def _opens_sentence(tok: Token) -> bool:
    """Whether the phrase a time stands in opens its sentence: climbing from the time through the words of
    its phrase ("January" -> "in" -> "ending" -> "months" -> "Over"), never through a verb of a clause, the
    phrase's first word is the sentence's first word (white space, punctuation and a joining conjunction
    before it aside)."""
    t = tok
    while t.head.i != t.i and t.dep_ in _PHRASE_LINKS and t.head.pos_ not in ("VERB", "AUX"):
        t = t.head
    first = t.sent.start
    while first < t.i and (t.doc[first].is_space or t.doc[first].is_punct or t.doc[first].dep_ == "cc"):
        first += 1
    return t.left_edge.i <= first


#: The links a time climbs within the phrase it stands in (:func:`_opens_sentence`).
_PHRASE_LINKS = frozenset({"pobj", "prep", "pcomp", "acl", "amod", "compound", "npadvmod", "nmod", "nummod",
                           "appos", "quantmod", "advmod", "det", "poss"})


def _claimed(doc: Doc, ref: TimeRef, start: int, others: Sequence[int], depth: int) -> bool:
    """True when the clause of ``ref`` holds another figure but not the one at ``start``."""
    verb = _clause(_root(doc, ref.start, ref.end), depth)
    if verb is None:
        return False
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return not lo <= start < hi and any(lo <= s < hi for s in others)


def _nearest(refs: Sequence[TimeRef], start: int, end: int, others: Sequence[int], near: int) -> TimeRef | None:
    """The reference right after the figure (no other figure between, within ``near`` characters), else the
    last before it, else the first after it. A time that another figure follows at once opens that figure's
    clause, its verb left out ("we hired 60 nurses over the past two weeks, and over the last 12 weeks 300
    teachers"): it is not the one right after the first figure."""
    after = [r for r in refs if r.start >= end and not any(end <= s < r.start for s in others)
             and not any(0 <= s - r.end <= 1 for s in others)]
    if after and after[0].start - end < near and after[0].period:
        return after[0]
    before = [r for r in refs if r.end <= start and r.period]
    if before:
        return before[-1]
    later = [r for r in refs if r.start >= end and r.period]
    return later[0] if later else None


def _root(doc: Doc, start: int, end: int) -> Token | None:
    """The head token of the characters ``start``..``end``, without a full stop at the end: a month the
    pattern read with an abbreviation's dot ("in December." at a sentence's end) is headed by the month, not
    by the full stop the parser hangs on the sentence's root."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if len(span) > 1 and span[-1].tag_ == ".":
        span = span[:-1]
    return span.root


def _clause(tok: Token | None, depth: int) -> Token | None:
    """The verb that heads a token's clause (None for a fragment), looked for at most ``depth`` heads up."""
    t = tok
    for _ in range(depth):
        if t is None:
            return None
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" and t.dep_ != "auxpass":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _governs(head: Token | None, tok: Token | None, config: PeriodConfig, act: bool = False) -> bool:
    """True when ``tok``'s clause lies under the clause of ``head`` without a reported-speech boundary; for
    ``act``, the time of a day's act ("today", "at this meeting"), without a relative clause between."""
    if head is None or tok is None:
        return False
    top = _clause(head, config.head_depth)
    t = _clause(tok, config.head_depth)
    if top is not None and t is not None and top.dep_ == "advcl" and top.head == t and any(
            c.dep_ == "mark" for c in top.children):
        # "the fare, as I checked this morning, was 2 euros": a time clause on the figure's clause dates it.
        return True
    for _ in range(config.report_depth):
        if t is None or t == top:
            return t == top
        if t.dep_ in ("ccomp", "parataxis"):
            return False  # "the mayor said [40 buses would be bought]": said's time is not the buses'
        if t.dep_ in ("relcl", "acl") and _told_in_past(t) and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                  for c in t.children):
            # "the plan [the mayor proposed at $40 million] now looks to be cut": a relative clause in the past,
            # with a subject of its own, tells what its noun was, not what stands now (not a participle the
            # tagger read as a past: "zones spread across 31 provinces").
            return False
        if act and t.dep_ == "relcl":
            # "today we toured a port [that handles 40 percent of the trade]": a relative clause tells what its
            # noun is, not what was done on the day ("now we work with a club [that has 300 members]": a state
            # now, like the main clause's).
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
            # "rates stay where they are now [until inflation reaches 2 percent]": a condition or a time of its
            # own, introduced by a conjunction, is not dated by the main clause's "now".
            return False
        t = _clause(t.head, config.head_depth) if t.head.i != t.i else None
    return False


def _baseline(doc: Doc, ref: TimeRef, clause: Token | None, anchor: Token | None, *, profile: Profile,
              config: PeriodConfig) -> bool:
    """True for a time the figure is compared with: under "from", "than", "since" on the way to the figure's
    clause ("8.2 million jobs below where we were in February"), unless the figure is under that word too
    ("rose to 2.3 percent in November from 2.0 percent in October": October is 2.0 percent's own time); and
    for a time in a clause that "since" or "than" opens ("since the mayor took office in January", "higher
    than they were in 2019"; vocabulary ``baseline_conjunctions``); and for a time of a thing a stretch runs
    between ("between the close of the 2024 season and now")."""
    tok = _root(doc, ref.start, ref.end)
    conjunctions = profile.words("baseline_conjunctions")
    for _ in range(config.baseline_depth):
        if tok is None or tok.head.i == tok.i or tok == clause:
            return False
        below, tok = tok, tok.head
        if tok.head.lower_ in profile.words("deadline_comparatives"):
            return False  # "no later than mid-July": a deadline, the figure's own time
        # "between the close of the 2024 season and now": a time of one of the two things a stretch or a gap
        # runs between (vocabulary ``between_words``) is its start or end, not the figure's period; not when
        # both carry a year (:func:`_between_untimed_end`).
        between = tok.lower_ in profile.words("between_words") and (
            below.lemma_.lower() not in profile.words("time_nouns")  # "between fiscal year of 2019 and 2021"
        ) and _between_untimed_end(tok, ref, profile=profile)
        if between or tok.lower_ in profile.words("baseline_words") or any(
                c.dep_ == "mark" and c.lower_ in conjunctions for c in tok.children):
            return anchor is None or not tok.left_edge.i <= anchor.i <= tok.right_edge.i
        if anchor is not None and anchor.head == tok and anchor.dep_ == "npadvmod" and tok.dep_ == "prep":
            # "half a point below its peak a year earlier", "20 percent above the level of 2019": the figure
            # measures how far from a compared value; that value's time is not the figure's.
            return True
    return False


#: The apostrophes that write a year short ("’23").
_SHORT_YEAR_MARKS = frozenset({"’", "‘", "'"})


def _between_untimed_end(prep: Token, ref: TimeRef, *, profile: Profile) -> bool:
    """Whether one of the two things "between" joins carries no time ("between the end of the 2024 season and
    now", "the gap between the 2020 budget and this one"): the other's time is where the stretch starts, a
    baseline. Not when both carry a year or a month ("between the 2019 and 2023 elections", "between September
    ’21 and September ’22"): the stretch is the span between them, its ends the figure's period; nor when the
    time is a span itself ("between 2020 and 2022")."""
    if ".." in (ref.period or ""):
        return False
    # "between September ’21 and September ’22": the parser may hang the second under a word of the first.
    ends = [e for o in prep.children if o.dep_ == "pobj" for e in (o, *(t for t in o.subtree if t.dep_ == "conj"))]
    months = profile.month_numbers()

    def timed(t: Token) -> bool:
        # a year, a month, or a year written short ("’23", which the tokeniser splits from its apostrophe).
        return bool(re.fullmatch(_YEAR, t.text) or t.lower_.rstrip(".") in months or (
            len(t.text) == 2 and t.text.isdigit() and t.i > 0 and t.nbor(-1).text in _SHORT_YEAR_MARKS))

    def dated(end: Token) -> bool:
        others = [c for c in end.subtree if c.dep_ == "conj" and c != end]
        return any(timed(t) for t in end.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in others))

    return len(ends) < 2 or not all(dated(e) for e in ends)


def _compared_with(doc: Doc, anchor: Token | None, clause: Token | None, start: int, *, profile: Profile,
                   config: PeriodConfig) -> Token | None:
    """The baseline word a figure starting at ``start`` is the object of (:func:`_baseline_word_over`); not
    in "lowered from $25 billion to $5 billion", parsed as one phrase under "from", for the figure after "to"."""
    word = _baseline_word_over(anchor, clause, profile=profile, config=config)
    if word is None or anchor is None or any(t.tag_ == "TO" and t.idx < start
                                             for t in doc[word.i + 1:anchor.sent.end]):
        return None
    return word


def _baseline_word_over(anchor: Token | None, clause: Token | None, *, profile: Profile,
                        config: PeriodConfig) -> Token | None:
    """The baseline word ("from", "after", "than") a figure hangs under on the way to its clause, if one
    ("rose to 2.3 percent from *2.0 percent*")."""
    tok = anchor
    for _ in range(config.baseline_depth):
        if tok is None or tok.head.i == tok.i or tok == clause:
            return None
        tok = tok.head
        if tok.lower_ in profile.words("baseline_words"):
            return tok
    return None


def _compared(doc: Doc, ref: TimeRef, *, profile: Profile) -> bool:
    """True for a time that names the value compared with ("surpassing *the 2020 figure* by 1 trillion",
    "back to its 2019 level"): it modifies a noun of ``baseline_nouns`` that is a verb's or a preposition's
    object. "The 2024 figure was 5 percent" is dated by it: the noun is the subject."""
    tok = _root(doc, ref.start, ref.end)
    if tok is None or tok.head.i == tok.i:
        return False
    noun = tok.head
    return tok.dep_ in ("compound", "nmod", "amod", "nummod", "poss") and noun.dep_ in ("dobj", "pobj") and (
        noun.lemma_.lower() in profile.words("baseline_nouns"))


def _timeless(anchor: Token, *, profile: Profile, rate: bool = True) -> bool:
    """A target or a long-run value ("our 2 percent target", "the longer-run growth rate of 1.8 percent")."""
    return _target_noun(anchor, profile=profile, rate=rate) is not None


def _target_noun(anchor: Token, *, profile: Profile, rate: bool = True) -> Token | None:
    """The noun that makes a figure a target, a commitment, a threshold or a long-run value (vocabulary
    ``timeless_measures``): the figure's noun or the noun it modifies ("our 2 percent target", "the 40 percent
    recycling threshold"), the noun it is the value of ("a target of 2 percent"), or a bare noun the figure
    names the measure of ("the 3 percent of budget commitment", parsed as "3 percent" of "budget commitment":
    a compound with no article, not "80 percent of the target", a share of one); None for any other figure.
    A noun of ``rate_only_measures`` makes only a rate one ("their 2 percent spending commitment"): an amount
    committed ("a $13 million commitment") is a sum given at a time, no standing value."""
    if anchor.dep_ == "nummod" and anchor.head.tag_ in ("NNS", "NNPS"):
        return None  # "75 targets were struck": the number counts the things, it is no target's value
    nouns = [anchor]
    t = anchor
    if t.dep_ in ("compound", "nummod", "amod", "nmod", "npadvmod", "quantmod", "appos"):
        nouns.append(t.head)
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        nouns.append(t.head.head)
    timeless = profile.words("timeless_measures") | (profile.words("rate_only_measures") if rate else frozenset())
    # "our 2% target medium-term": the parser may hang the target word under the noun as its "nmod". A
    # target word that is a noun modifying another noun names a setting, not a goal ("the current 0 to 1/4
    # percent target range": the range the rate is held in now).
    for n in nouns:
        if n.lemma_.lower() in timeless:
            return None if _level_come_to(n, profile=profile) else n
        if any(c.lower_ in timeless for c in n.children if c.dep_ in ("amod", "advmod", "nmod") or (
                c.dep_ == "compound" and c.pos_ != "NOUN")):
            return n
    # "our target for 2027 was set in 2022 at 40 percent": the value a target is set at, on the verb whose
    # subject or object the target is (vocabulary ``setting_prepositions``).
    prep = anchor.head
    if anchor.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in profile.words("setting_prepositions"):
        held = next((c for c in prep.head.children if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in timeless
                     and not _level_come_to(c, profile=profile)), None)
        if held is not None:
            return held
    of = profile.words("counted_of_prepositions")
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in of):
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in timeless and any(
                    c.dep_ == "compound" for c in noun.children) and not any(
                    c.dep_ in ("det", "poss") for c in noun.children):
                return noun
    return None


def _level_come_to(noun: Token, *, profile: Profile) -> bool:
    """Whether a noun of a level (vocabulary ``level_measures``: "ceiling", "floor") is one a quantity came to:
    the object of a verb of passing a mark ("the club reached its ceiling of 25 players", "the debt ceiling of
    $31 trillion was reached"; ``milestone_verbs``), or where a verb of change goes ("prices fell to a floor of
    $60"; ``change_verbs`` with an ``arrival_prepositions`` preposition). Such a level is where the quantity
    stood, dated as any level is; a level set or kept ("the league set a ceiling of 25 players") stays timeless."""
    if noun.lemma_.lower() not in profile.words("level_measures"):
        return False
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in profile.words("milestone_verbs"):
        return True
    return noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in profile.words("arrival_prepositions") and (
        head.head.lemma_.lower() in profile.words("change_verbs"))


class PeriodCarry:
    """The period a speaker's turn hands on to its later figures that state none.

    A year (or a span of years) stated in a turn frames the rest of the turn ("In 2024, ... Exports rose
    7%. ... Imports ..."); a finer period (a month, a quarter) dates the rest of its paragraph, until a
    sentence states another ("Inflation was 2.2 percent in November. Services inflation was 3.9 percent.
    Goods inflation went up to 0.7 percent."): a paragraph of a statement reports on one month, the next
    paragraph may move on. Sentences without a figure count too ("Last year, trade did well. ... exceeded
    50%"). Nothing crosses into another turn, and nothing is carried across the whole transcript. In an
    answer to a question (``answer_starts``) only a year frames what follows: a month or a quarter named in
    speech is an aside more often than the frame of the figures after it ("claims were 6 million in March
    and April ... we say unemployment is 8.4 percent"). A reporter's turn that follows up a question after
    the official's yes or no (``follow_up_starts``: "Is there an estimate for next year?" "Yes." "Is it $30
    billion?") continues that question's turn, the short reply with it: the follow-up asks of the time the
    question named, unless it names its own.
    """

    def __init__(self, doc: Doc, turn_starts: Sequence[int], paragraph_starts: Sequence[int] = (),
                 answer_starts: Sequence[int] = (), follow_up_starts: Sequence[int] = (), *, profile: Profile,
                 config: PeriodConfig = DEFAULT_PERIODS) -> None:
        self.profile = profile
        self.config = config
        self._doc = doc
        self._starts = sorted(turn_starts)
        # The turn each turn's sentences count as (by the index bisect gives): a follow-up and the short reply
        # before it count as the question's turn, only a question's own: a follow-up's follow-up starts afresh,
        # so that a time is not handed on through a chain of short exchanges.
        self._group = list(range(len(self._starts) + 1))
        follow_ups = frozenset(follow_up_starts)
        for i, start in enumerate(self._starts):
            if start in follow_ups and i >= 2 and self._group[i - 1] == i - 1:
                self._group[i] = self._group[i + 1] = i - 1
        self._answers = frozenset(answer_starts)
        self._paragraphs = sorted(set(paragraph_starts) | set(turn_starts))
        self._turn = -1
        self._paragraph = -1
        self._frame: TimeRef | None = None
        self._recent: TimeRef | None = None
        #: The paragraph's last marker of the briefing's day ("today", "this morning", "at this meeting").
        self._present: TimeRef | None = None
        #: The turn's first marker of the briefing's day that tells what was done ("Earlier today, the board
        #: decided ..."): the day whose acts the host reports through the turn (:func:`host_act_of_the_day`).
        self._day: TimeRef | None = None
        #: How many of the transcript's stated times (not markers of the present) start in each year (see
        #: :attr:`stated_years`).
        self._stated_years: Counter[int] = Counter()
        #: Sentences whose references were not read yet (:meth:`defer`), and those of them whose references only
        #: count towards the stated years (said in a turn no later figure was read in).
        self._deferred: list[tuple[int, Callable[[], Sequence[TimeRef]]]] = []
        self._uncounted: list[tuple[int, Callable[[], Sequence[TimeRef]]]] = []

        #: The turn's latest stated time that is not itself counted from another ("next year", not "the
        #: following year"): what a later "the following year" counts from (:meth:`resolve_following`).
        self._base: TimeRef | None = None

    def _turn_at(self, pos: int) -> int:
        """The turn the character ``pos`` counts as in (a follow-up and the reply before it count as the
        question's turn)."""
        return self._group[bisect.bisect_right(self._starts, pos)]

    @property
    def stated_years(self) -> Counter[int]:
        """How many of the transcript's stated times (not markers of the present) start in each year; asked for
        once the transcript is read (it updates the carry with the sentences not read yet)."""
        # Asked for once the transcript is read: the sentences not read yet are updated in the text's order, as
        # when each was read as it came, so that "the following year" counts from what its own turn said.
        # Taken off the lists first: reading one may resolve "the following year", which catches up.
        pending = sorted([*self._uncounted, *self._deferred], key=lambda item: item[0])
        self._uncounted, self._deferred = [], []
        for at, read in pending:
            self._update(at, read())
        return self._stated_years

    def defer(self, pos: int, read: Callable[[], Sequence[TimeRef]]) -> None:
        """:meth:`update` for the sentence at ``pos`` with the references ``read`` returns, read only when
        something asks what its turn carries (a figure later in the turn) or the stated years.

        Why: seven sentences in eight hold no figure, and half of those are in turns with no figure after them,
        where what they state is forgotten at the next turn; reading their times was a tenth of the
        quantities' time. The answers are those of updating sentence by sentence.
        """
        self._deferred.append((pos, read))

    def _catch_up(self, pos: int) -> None:
        """Update for the deferred sentences before ``pos``, in order: those of its turn and those of the turn
        last updated (the tail of that turn, whose "the following year" counts from what it said before) fully;
        the others (turns no figure entered, whose turn is over and with it what they carry) when the stated
        years are asked for."""
        if not self._deferred:
            return
        turn = self._turn_at(pos)
        deferred, self._deferred = self._deferred, []
        for at, read in deferred:
            if self._turn_at(at) in (turn, self._turn):
                self._update(at, read())
            else:
                self._uncounted.append((at, read))

    def get(self, pos: int) -> str | None:
        """The period carried to a sentence starting at character ``pos``."""
        ref = self.get_ref(pos)
        return ref.period if ref is not None else None

    def get_ref(self, pos: int, follows: bool = False) -> TimeRef | None:
        """The time phrase whose period is carried to a sentence starting at character ``pos``; ``follows``
        for a sentence that points back at the one before ("This signifies an increase of 0.3 points"), which
        takes its period even in an answer."""
        self._catch_up(pos)
        if self._turn_at(pos) != self._turn:
            return None
        if bisect.bisect_right(self._paragraphs, pos) != self._paragraph:
            return self._frame
        answer = self._turn > 0 and self._starts[self._turn - 1] in self._answers
        stated = self._frame if answer and not follows else self._recent or self._frame
        # "Today the council approved the plan. It hired 40 nurses.": a marker of the briefing's day said in
        # the paragraph after the stated period, or within a stated period still running ("this year"), is
        # the paragraph's latest time (:func:`figure_period` lets it date only what was done).
        present = self._present
        if present is not None and (stated is None or present.start > stated.start
                                    or period_within(present.period, stated.period)):
            return present
        return stated

    def resolve_following(self, pos: int, refs: Sequence[TimeRef]) -> list[TimeRef]:
        """The time references of the sentence at ``pos`` with "the following year" resolved against the
        turn's latest stated time where the sentence states none before it ("Next year no one pays more than
        $3,500. The following year, no one pays more than $2,000"). It counts from a time said as such, not
        from another "following year": a speaker who starts the phrase again ("The following year -- this is
        law now. The following year, ...") names the same year."""
        if not any(r.name == FOLLOWING_YEAR and r.period is None for r in refs):
            return list(refs)
        self._catch_up(pos)  # the turn's times said before it, read now if they were deferred
        same_turn = self._turn_at(pos) == self._turn
        return following_years(refs, self._base if same_turn else None)

    def follows_up(self, pos: int, ref: TimeRef | None) -> bool:
        """Whether ``ref``, carried to the sentence at ``pos``, was said in the question that the turn of ``pos``
        follows up right after the official's short yes (``follow_up_starts``), or in that yes."""
        if ref is None:
            return False
        turn, said = bisect.bisect_right(self._starts, pos), bisect.bisect_right(self._starts, ref.start)
        return turn - 2 <= said < turn and self._group[turn] == self._group[said]

    def day_of_turn(self, pos: int) -> TimeRef | None:
        """The marker of the briefing's day that the speaker's turn told an act of before the sentence at
        ``pos`` ("Earlier today, the committee decided ..."), if one."""
        self._catch_up(pos)
        return self._day if self._turn_at(pos) == self._turn else None

    def update(self, pos: int, refs: Sequence[TimeRef]) -> None:
        """Record the period the sentence at ``pos`` states for its main clause, if one; a sentence that
        names several periods and none for its main clause ends the finer one."""
        self._catch_up(pos)
        self._update(pos, refs)

    def _update(self, pos: int, refs: Sequence[TimeRef]) -> None:
        self._enter(pos)
        refs = self._carried_refs(refs)
        present = [r for r in refs if r.name in DAY_OF_BRIEFING and r.period and self._tells_done(r)]
        if present:
            self._present = present[-1]
            self._day = self._day or present[0]
        if not any(r.period and not r.deictic for r in refs):
            return
        stated = self._main_period(refs)
        if stated is not None and stated.name in ROLLING and self._recent is not None and (
                self._recent.name not in ROLLING):
            # "The 266,000 jobs added in April ... We've added 500,000 a month over the past three months. And
            # we saw 331,000 jobs in hospitality": the run dates its own average; the paragraph stays on April.
            return
        self._recent = stated
        if stated is not None and stated.period is not None and YEARS_ONLY.fullmatch(stated.period):
            self._frame = stated
        if stated is not None and stated.period is not None and stated.name != FOLLOWING_YEAR:
            self._base = stated

    def _carried_refs(self, refs: Sequence[TimeRef]) -> list[TimeRef]:
        """The references of a sentence that may be carried on (the years it states are noted first)."""
        refs = [r for r in refs if not misread_year(self._doc, r, profile=self.profile)]
        named = [(r, bounds) for r in refs if r.period and not r.deictic and (bounds := period_months(r.period))]
        self._stated_years.update(first[0] for _, (first, _) in named)
        # "December 2021 through February of 2022": a span of months across the new year names both years, as
        # its two months said apart would.
        self._stated_years.update(last[0] for r, (first, last) in named
                                  if last[0] != first[0] and not YEARS_ONLY.fullmatch(r.period or ""))
        # "yesterday", "two weeks ago": counted back from the briefing, like "today" they date their own clause.
        # "Energy prices fell, after a larger decline in October": a time under "after", "from" or "than"
        # dates what the sentence compares with; the period the paragraph reports on stays.
        return [r for r in refs if r.name not in COUNTED_BACK and not self._of_baseline(r)]

    def _enter(self, pos: int) -> None:
        """Forget what the sentence at ``pos`` may not inherit: a new turn starts with nothing carried, a new
        paragraph keeps only the turn's year."""
        turn = self._turn_at(pos)
        if turn != self._turn:
            self._turn, self._frame, self._recent, self._present, self._day = turn, None, None, None, None
            self._base = None
        paragraph = bisect.bisect_right(self._paragraphs, pos)
        if paragraph != self._paragraph:
            self._paragraph, self._recent, self._present = paragraph, None, None

    def _tells_done(self, ref: TimeRef) -> bool:
        """Whether a marker of the briefing's day dates what was done: it heads no noun ("today's report") and
        its clause is a statement, its verb finite ("Today the board approved ...", "Today is ...") or none
        ("Today, the strike."); not a plan ("we will decide today"), a present perfect that tells what the
        speaker has done so far ("as I have said today"), nor a participle's frame ("Going back to tonight's
        speech, ...")."""
        tok = _root(self._doc, ref.start, ref.end)
        if tok is None or _qualifies_noun(self._doc, ref):
            return False
        verb = _clause(tok, self.config.head_depth)
        return verb is None or verb.tag_ in _FINITE and not _hypothetical(tok, self.config)

    def _of_baseline(self, ref: TimeRef) -> bool:
        """Whether a stated time hangs under a baseline word on its way to its sentence's root."""
        tok = _root(self._doc, ref.start, ref.end)
        return ref.period is not None and not ref.deictic and tok is not None and _baseline(
            self._doc, ref, tok.sent.root, None, profile=self.profile, config=self.config)

    def _main_period(self, refs: Sequence[TimeRef]) -> TimeRef | None:
        """The one period a sentence states for its main clause ("Inflation rose to 2.3 percent in November,
        from 2.0 percent in October" -> November: October is the baseline's); None for a sentence that lists
        several ("1.1 percent in 2025, 1.4 percent in 2026"), whose items each carry their own."""
        stated = [r for r in refs if r.period and not r.deictic and not _compared(self._doc, r, profile=self.profile)]
        if len({r.period for r in stated}) > 1:
            main = []
            for r in stated:
                tok = _root(self._doc, r.start, r.end)
                top = tok.sent.root if tok is not None else None
                if (tok is not None and _clause(tok, self.config.head_depth) == top
                        and not _baseline(self._doc, r, top, None, profile=self.profile, config=self.config)):
                    main.append(r)
            stated = main
        return stated[-1] if len({r.period for r in stated}) == 1 else None




#: The tags of a finite verb (past, present third person, present other).
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


#: A period of whole years: "2024", "2026..2027".
YEARS_ONLY = re.compile(r"\d{4}(?:\.\.\d{4})?")

#: A period as records write it, or one end of a span: ``2024``, ``2024-03``, ``2024-Q3``.
_PERIOD_POINT = re.compile(r"(\d{4})(?:-(?:(\d{2})|Q([1-4])))?")


def period_months(period: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (year, month) a period covers ("2024" -> (2024, 1), (2024, 12); "2024-Q1..2024-Q2"
    -> (2024, 1), (2024, 6)); None for a text that is no period of the records' forms."""
    ends = []
    for point in period.split(".."):
        m = _PERIOD_POINT.fullmatch(point)
        if m is None:
            return None
        year, month, quarter = int(m.group(1)), m.group(2), m.group(3)
        if month:
            ends.append(((year, int(month)), (year, int(month))))
        elif quarter:
            ends.append(((year, 3 * int(quarter) - 2), (year, 3 * int(quarter))))
        else:
            ends.append(((year, 1), (year, 12)))
    return ends[0][0], ends[-1][1]
