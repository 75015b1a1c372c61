"""Time references in a sentence, resolved against the briefing's date.

Output strings follow GUIDELINES.md exactly: "2024", "2024-12", "2024-Q4",
"2024-Q1..2024-Q3", "2024-01..2024-11", "2026..2027".  Baselines ("compared
with 2020", "since 2023") are recognised so that they are *not* taken as the
figure's period.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "final": 4, "last": 4}
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}

_YEAR = r"(?:19|20)\d\d"
_REL_YEAR = r"(?:last|this|next|the\s+previous|the\s+past|the\s+current|the\s+coming)\s+year"
_YEAR_REF = rf"(?:{_YEAR}|{_REL_YEAR})"
_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p, re.I)) for name, p in [
    ("months_span", rf"\bfirst\s+(?P<n>\d+|{'|'.join(_COUNT)})\s+months(?:\s+of\s+(?P<y>{_YEAR_REF}))?"),
    ("quarters_span", rf"\bfirst\s+(?P<n>two|three|2|3)\s+quarters(?:\s+of\s+(?P<y>{_YEAR_REF}))?"),
    ("half", rf"\b(?P<o>first|second)\s+half(?:\s+of\s+(?:the\s+)?(?P<y>{_YEAR_REF}))?"),
    ("quarter", rf"\b(?P<o>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:the\s+)?(?P<y>{_YEAR_REF}))?"),
    ("last_quarter", r"\b(?P<w>last|this|previous|past)\s+quarter\b"),
    ("q", rf"\b(?:(?P<y0>{_YEAR})\s*)?Q(?P<o>[1-4])(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?"),  # "Q4 2020", "2020 Q4"
    ("ending", rf"\b12\s+months\s+(?:ending|ended|through|to)\s+(?:in\s+)?(?P<m>{_MONTH_NAME})(?:\s+(?P<y>{_YEAR}))?"),
    ("end_of", rf"\b(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<y>{_YEAR_REF})"),
    ("year_pair", rf"\b(?P<a>{_YEAR})\s+and\s+(?P<b>{_YEAR})\b"),
    ("month", rf"\b(?P<m>{_MONTH_NAME})(?:\s+\d{{1,2}},?)?(?:\s+(?:of\s+)?(?P<y>{_YEAR_REF}))?(?![a-z])"),
    ("month_rel", r"\b(?P<w>last|this|next)\s+month\b"),
    ("year", rf"\b(?P<y>{_YEAR_REF})\b"),
    ("today", r"\b(?:today|this\s+meeting|at\s+this\s+meeting)\b"),
]]
#: Words before a time reference that make it a baseline or an open span, not the figure's period.
_BASELINE_BEFORE = re.compile(
    r"(?:compared\s+(?:to|with)|than(?:\s+in|\s+that\s+of)?|since|from|relative\s+to|versus|vs\.?|"
    r"before|after|until|till|ago|as\s+of\s+the\s+end\s+of|the\s+end\s+of\s+the)\s+(?:the\s+)?(?:same\s+period\s+of\s+)?$",
    re.I)


@dataclass(frozen=True)
class TimeRef:
    """A time reference found in a sentence."""

    start: int
    end: int
    period: str | None  # None for a baseline or an open span
    explicit_year: bool


def _year(y: str | None, when: datetime.date, default: int) -> int:
    if not y:
        return default
    y = y.lower()
    if y[:2].isdigit():
        return int(y)
    if "last" in y or "previous" in y or "past" in y:
        return when.year - 1
    if "next" in y or "coming" in y:
        return when.year + 1
    return when.year


def _quarter_year(q: int, when: datetime.date) -> int:
    """The year of the most recent such quarter that has begun by the briefing."""
    return when.year if (q - 1) * 3 + 1 <= when.month else when.year - 1


def _month_year(m: int, when: datetime.date) -> int:
    return when.year if m <= when.month else when.year - 1


#: A sentence about the future: a month or quarter it names without a year is the coming one.
_FUTURE_AUX = re.compile(r"\b(?:will|shall|going\s+to|gonna|expects?|expected|plans?|planned|projects?|projected|"
                         r"scheduled|on\s+track)\b|[’']ll\b", re.I)
#: A preposition of deadline or purpose right before the month ("by July 4th", "a cut for January").
_FUTURE_PREP = re.compile(r"\b(?:by|for|until|till|through)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$",
                          re.I)


def _coming_month_year(m: int, when: datetime.date) -> int:
    """The year of the month when the speaker looks ahead: the next such month, up to six months on."""
    ahead = (m - when.month) % 12
    if ahead == 0 or ahead > 6:
        return _month_year(m, when)
    return when.year if m > when.month else when.year + 1


def _coming_quarter_year(q: int, when: datetime.date) -> int:
    """The year of the quarter when the speaker looks ahead: a quarter of this year yet to come, or next Q1 in Q4."""
    cur = (when.month - 1) // 3 + 1
    if q > cur:
        return when.year
    return when.year + 1 if (q, cur) == (1, 4) else _quarter_year(q, when)


def find_time_refs(text: str, start: int, end: int, when: datetime.date | None) -> list[TimeRef]:
    """Find and resolve time references in ``text[start:end]``.

    Args:
        text: the document text.
        start: sentence start.
        end: sentence end.
        when: the briefing's date; without it only explicit years resolve.

    Returns:
        Non-overlapping references in text order.
    """
    refs: list[TimeRef] = []
    taken: list[tuple[int, int]] = []
    future_sentence = _FUTURE_AUX.search(text, start, end) is not None
    for name, pat in _PATTERNS:
        for m in pat.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            ahead = future_sentence or _FUTURE_PREP.search(text[max(start, m.start() - 30):m.start()]) is not None
            period = _resolve(name, m, when, ahead)
            if name == "month" and m.group("m").lower().rstrip(".") == "may" and not m.group("y"):
                continue  # the modal verb
            if name == "month" and len(m.group("m").rstrip(".")) == 3 and m.group("m")[0].islower():
                continue  # "mar", "dec" in running lower-case text are words, not months
            if _BASELINE_BEFORE.search(text[max(start, m.start() - 40):m.start()]):
                period = None
            taken.append((m.start(), m.end()))
            explicit = bool(re.search(_YEAR, m.group()))
            refs.append(TimeRef(m.start(), m.end(), period, explicit))
    return sorted(refs, key=lambda r: r.start)


def _resolve(name: str, m: re.Match[str], when: datetime.date | None, ahead: bool = False) -> str | None:
    g = m.groupdict()
    if when is None:
        when_ = None
        y = g.get("y")
        if y and y[:2].isdigit() and name == "year":
            return y
        if name == "year_pair":
            return f"{g['a']}..{g['b']}"
        return None
    when_ = when
    if name == "months_span":
        n = int(g["n"]) if g["n"].isdigit() else _COUNT[g["n"].lower()]
        y = _year(g["y"], when_, when_.year if n < when_.month else when_.year - 1)
        if n == 3:
            return f"{y}-Q1"
        if n == 6:
            return f"{y}-Q1..{y}-Q2"
        if n == 9:
            return f"{y}-Q1..{y}-Q3"
        return f"{y}-01..{y}-{n:02d}"
    if name == "quarters_span":
        n = {"two": 2, "three": 3}.get(g["n"].lower(), None) or int(g["n"])
        y = _year(g["y"], when_, when_.year if n * 3 < when_.month else when_.year - 1)
        return f"{y}-Q1..{y}-Q{n}"
    if name == "half":
        first = g["o"].lower() == "first"
        y = _year(g["y"], when_, when_.year if (first and when_.month > 6) else when_.year - 1)
        return f"{y}-Q1..{y}-Q2" if first else f"{y}-Q3..{y}-Q4"
    if name in ("quarter", "q"):
        q = _ORD.get(g["o"].lower(), None) if name == "quarter" else int(g["o"])
        if g.get("y0") and not g.get("y"):
            g["y"] = g["y0"]
        y = _year(g["y"], when_, (_coming_quarter_year if ahead else _quarter_year)(q, when_))
        return f"{y}-Q{q}"
    if name == "last_quarter":
        cur = (when_.month - 1) // 3 + 1
        if g["w"].lower() == "this":
            return f"{when_.year}-Q{cur}"
        return f"{when_.year}-Q{cur - 1}" if cur > 1 else f"{when_.year - 1}-Q4"
    if name == "ending":
        mo = _MONTHS[g["m"].lower().rstrip(".")]
        y = _year(g["y"], when_, _month_year(mo, when_))
        return f"{y}-{mo:02d}"
    if name == "end_of":
        return f"{_year(g['y'], when_, when_.year)}-Q4"
    if name == "year_pair":
        return f"{g['a']}..{g['b']}"
    if name == "month":
        mo = _MONTHS[g["m"].lower().rstrip(".")]
        y = _year(g["y"], when_, (_coming_month_year if ahead else _month_year)(mo, when_))
        return f"{y}-{mo:02d}"
    if name == "month_rel":
        w = g["w"].lower()
        mo, y = when_.month, when_.year
        if w == "last":
            mo, y = (mo - 1, y) if mo > 1 else (12, y - 1)
        elif w == "next":
            mo, y = (mo + 1, y) if mo < 12 else (1, y + 1)
        return f"{y}-{mo:02d}"
    if name == "year":
        return str(_year(g["y"], when_, when_.year))
    if name == "today":
        return f"{when_.year}-{when_.month:02d}"
    return None
