"""Header facts: title, date, time, place, organiser, participants, translators.

The header is everything before the first speaker turn. Its facts are read
with small anchored patterns on trimmed lines; speaker lists are read from
blocks headed "Speakers" / "Chairperson" ("Name, title of Organisation").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..lang.profile import Profile, per_profile
from .config import HeaderConfig
from .lines import WS, Line, iter_lines, list_heads
from .participants import honorific, slug
from .types import DateSource, Debris, Header, Participant


@per_profile
def _list_head(profile: Profile) -> re.Pattern[str]:
    return re.compile(r"(?P<head>" + list_heads(profile) + r")" + WS + r"*:?")


@per_profile
def _dates_with_month(profile: Profile) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Jan. 13, 2025", "March 19, 2025"; "12 December 2024": a capitalised month name (vocabulary
    ``months``), longest first, or one in capitals as all-capital headers write it ("APRIL 16 2025")."""
    names = sorted(profile.month_numbers(), key=lambda w: (-len(w), w))
    month = (r"(?P<mon>" + "|".join(re.escape(w.capitalize()) + "|" + re.escape(w.upper()) for w in names)
             + r")\.?")
    mdy = re.compile(r"\b" + month + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b")
    dmy = re.compile(r"\b(?P<day>\d{1,2})\s+" + month + r",?\s+(?P<year>(?:19|20)\d\d)\b")
    return mdy, dmy

_DATE_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?!\d)")
#: "10 a.m.", "6:57 P.M. JST".
_TIME = re.compile(r"\b\d{1,2}(?::\d\d)?" + WS + r"*(?:[ap]\.m\.|[AP]\.M\.)(?:" + WS + r"+[A-Z]{1,3}T\b)?")
#: "The State Council Information Office (SCIO) held a press conference".
_ORGANISER = re.compile(r"(?P<org>(?:The )?[A-Z][^.\n]{2,150}?) (?:held|hosted|holds|hosts|organi[sz]ed) an? "
                        r"(?:press conference|news conference|briefing|press briefing)")
_CREDITS = re.compile(r"(?m)^" + WS + r"*(?:Translated and edited|Translated|Edited) by"
                      + WS + r"+(?P<names>[^\n]+?)" + WS + r"*$")


def parse_date(s: str, *, profile: Profile) -> str | None:
    """Return the first date in ``s`` as ISO 8601, or None.

    Args:
        s: Any text ("Beijing | 10 a.m. Jan. 13, 2025", "12 December 2024").
        profile: The language profile whose word lists it reads.
    """
    best = None
    for pat in (*_dates_with_month(profile), _DATE_ISO):
        m = pat.search(s)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    mon = best.group("mon")
    month = int(mon) if mon.isdigit() else profile.month_numbers()[mon.lower()]
    day, year = int(best.group("day")), int(best.group("year"))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # "Feb. 30": not a date a reader could mean
        return None


def filename_date(file_name: str | None, *, profile: Profile) -> str | None:
    """Return the ISO date written in a file name ("2025-01-13_x.txt"), or None."""
    if not file_name:
        return None
    m = _DATE_ISO.search(file_name)
    return parse_date(m.group(0), profile=profile) if m else None


def parse_header(text: str, end: int, debris: list[Debris] | tuple[Debris, ...] = (), *,
                 file_name: str | None = None, date: str | None = None, profile: Profile,
                 config: HeaderConfig | None = None) -> Header:
    """Read the header facts from ``text[:end]``.

    Args:
        text: The original transcript text.
        end: Start of the first turn (or of the body).
        debris: Debris spans; debris lines carry no header facts, except that
            a duplicated speaker list still lends its honorifics.
        file_name: The file's base name, a fallback source for the date.
        date: An ISO date given by the user, the last fallback.
        profile: The language profile whose word lists it reads.
        config: How the lines are read (the package's by default).

    Returns:
        The header. ``translators`` is read from credits anywhere in the text.
    """
    config = config or HeaderConfig()
    lines = [ln for ln in iter_lines(text)
             if ln.end <= end and ln.start != ln.end and ln.text.strip(" \u00a0\u2060\r\t")]
    clean = [ln for ln in lines if not _covered(ln, debris)]
    title = _title(clean, config, profile=profile)
    found_date = None
    time = place = None
    for ln in clean:
        if found_date is None:
            found_date = parse_date(ln.text, profile=profile)
            if found_date and place is None and not (title and ln.start <= title.start < ln.end):
                place = _place_from_dateline(ln.text, config, profile=profile)
        if time is None:
            t = _TIME.search(ln.text)
            if t:
                time = t.group(0)
    if place is None:
        place = _place_before_time(clean, title, config, profile=profile)
    iso, source = _date_with_source(found_date, file_name, date, profile=profile)
    org = next((m.group("org") for ln in clean if (m := _ORGANISER.search(ln.text))), None)
    return Header.model_construct(
        title=title.text if title else None,
        date=iso,
        date_source=source,
        time=time,
        place=place,
        organiser=org,
        participants=tuple(_participants(lines, config, profile=profile)),
        translators=tuple(translators(text)),
    )


def translators(text: str) -> list[str]:
    """Return the names credited in "Translated and edited by A, B and C" lines."""
    out: list[str] = []
    for m in _CREDITS.finditer(text):
        # The credits may run on into a notice ("... David Ball. In case of ..."): stop at the sentence end.
        names = re.split(r"\.\s", m.group("names"), maxsplit=1)[0].rstrip(". ")
        names = re.split(r",\s*|\s+and\s+", names)
        out.extend(n.strip() for n in names if n.strip())
    return out


def _covered(line: Line, debris) -> bool:
    return any(d.start <= line.start and line.end <= d.end for d in debris)


def _date_with_source(found: str | None, file_name: str | None,
                      option: str | None, *, profile: Profile) -> tuple[str | None, DateSource | None]:
    """Apply the date precedence: header, then file name, then the user's option."""
    if found:
        return found, "header"
    from_name = filename_date(file_name, profile=profile)
    if from_name:
        return from_name, "filename"
    from_option = parse_date(option, profile=profile) if option else None
    if from_option:
        return from_option, "option"
    return None, None


def _is_dateline(s: str, share: float, *, profile: Profile) -> bool:
    """Tell whether a line is mostly a place/date/time stamp rather than a title: what is left past its dates
    and times is less than ``share`` of it, or it is a title bar's ("... | ...")."""
    rest = s
    for pat in (*_dates_with_month(profile), _DATE_ISO, _TIME):
        rest = pat.sub("", rest)
    return len(rest.strip(" ,|()\u00a0")) < len(s) * share or "|" in s


#: A Markdown heading's marks: "## " before its words, and the optional closing "##" after them.
_HEADING_OPEN = re.compile(r"#{1,6}[ \t\u00a0]+")
_HEADING_CLOSE = re.compile(r"[ \t\u00a0]+#+[ \t\u00a0]*$")


def _heading_words(ln: Line) -> Line:
    """The line without its Markdown heading marks ("# Remarks by the Mayor" -> "Remarks by the Mayor"), its
    span moved past them so that it still indexes the text; any other line as it is."""
    opened = _HEADING_OPEN.match(ln.text)
    if opened is None:
        return ln
    words = ln.text[opened.end():]
    words = words[:closed.start()] if (closed := _HEADING_CLOSE.search(words)) else words
    return Line(ln.start + opened.end(), ln.start + opened.end() + len(words), words) if words.strip() else ln


def _title(lines: list[Line], config: HeaderConfig, *, profile: Profile) -> Line | None:
    """The title is the first header line that is neither a stamp nor a list item (without its Markdown
    heading marks)."""
    least = config.title_words
    for ln in map(_heading_words, lines[:config.title_lines]):
        if _list_head(profile).fullmatch(ln.text):
            continue
        if _is_dateline(ln.text, config.dateline_share, profile=profile):
            # A web page's title bar: "Remarks by the Mayor on Housing | Springfield, IL" (the bar's first
            # part is the title; a dateline's is a place or a date: "Beijing | 10 a.m. Jan. 13, 2025").
            head = ln.text.split("|", 1)[0].rstrip(" \u00a0")
            if ("|" in ln.text and len(head.split()) >= least
                    and not _is_dateline(head, config.dateline_share, profile=profile)):
                return Line(ln.start, ln.start + len(head), head)
            continue
        if (len(ln.text.split()) >= least and not _ends_sentence(ln.text)
                or ln.text.startswith(("Transcript", "Remarks"))):
            return ln
    return None


def _ends_sentence(line: str) -> bool:
    """Whether a line ends like a sentence or a field ("... today.", "Speakers:"), not on an abbreviation
    that happens to end a title ("... at the Economic Club of Washington, D.C.")."""
    line = line.rstrip()
    last = line.split()[-1] if line.split() else ""
    return line.endswith(":") or (line.endswith(".") and "." not in last[:-1])


def _place_from_dateline(s: str, config: HeaderConfig, *, profile: Profile) -> str | None:
    """Read the place before a date or time: "Beijing | 10 a.m. ...", "Frankfurt am Main, 12 December 2024"."""
    if "|" in s:
        head = s.split("|", 1)[0].strip(" \u00a0")
        return head or None
    mdy, dmy = _dates_with_month(profile)
    m = dmy.search(s) or mdy.search(s)
    if m and m.start() > 0:
        head = _without_weekday(s[:m.start()].strip(" ,(\u00a0–—-"), profile=profile)
        # "Date: January 9, 2025": a field's name is no place.
        if (head and head[0].isalpha() and not head.endswith(":") and not _TIME.search(head)
                and len(head.split()) <= config.place_words):
            return head
    return None


def _without_weekday(head: str, *, profile: Profile) -> str:
    """The place without the weekday written with the date ("Monday, March 3" names no place; "Oslo, Tuesday"
    is Oslo), written whole or shortened ("Thu, Apr 10")."""
    days = profile.words("weekdays")

    def weekday(part: str) -> bool:
        key = part.lower().rstrip(".")
        return key in days or (len(key) >= 3 and any(d.startswith(key) for d in days))

    return ", ".join(p for p in (p.strip(" \u00a0") for p in head.split(",")) if p and not weekday(p))


def _place_before_time(lines: list[Line], title: Line | None, config: HeaderConfig, *,
                       profile: Profile) -> str | None:
    """Read place lines between the title and the time stamp (White House layout)."""
    parts: list[str] = []
    for ln in lines:
        if title and ln.start <= title.start:
            continue
        if _TIME.fullmatch(ln.text.strip(" \u00a0")) or _TIME.match(ln.text.strip(" \u00a0")):
            return ", ".join(parts) or None
        if parse_date(ln.text, profile=profile) or len(ln.text.split()) > config.place_line_words:
            continue
        parts.append(ln.text.strip(" \u00a0"))
    return None


@dataclass
class _Entry:
    name: str
    kind: str
    honorific: str | None
    title: str | None
    organisation: str | None


def _participants(lines: list[Line], config: HeaderConfig, *, profile: Profile) -> list[Participant]:
    """Read "Speakers" / "Chairperson" blocks; a second copy adds honorifics only."""
    entries: dict[str, _Entry] = {}
    kind = None
    for ln in lines:
        head = _list_head(profile).fullmatch(ln.text.strip(" \u00a0\r"))
        if head:
            kind = profile.table("list_heads")[head.group("head").lower()]
            continue
        if kind is None:
            continue
        if "," not in ln.text or len(ln.text.split(",", 1)[0].split()) > config.entry_name_words:
            kind = None if not parse_date(ln.text, profile=profile) else kind
            continue
        name, desc = (p.strip() for p in ln.text.split(",", 1))
        hon = None
        m = re.match(r"(?P<hon>" + honorific(profile=profile) + r")\.?" + WS + r"+", name)
        if m:
            hon = m.group("hon") + "."
            name = name[m.end():].strip()
        key = name.lower()
        if key in entries:
            entries[key].honorific = entries[key].honorific or hon
            continue
        title, org = _split_title(desc)
        entries[key] = _Entry(name, kind, hon, title, org)
    return [
        Participant.model_construct(id=slug(e.name), name=e.name, kind=e.kind, honorific=e.honorific,
                                    title=e.title, organisation=e.organisation)
        for e in entries.values()
    ]


def _split_title(desc: str) -> tuple[str | None, str | None]:
    """Split "vice minister of the General Administration of Customs (GACC)" into title and organisation."""
    first = re.split(r"\s+and\s+(?=[a-z])", desc, maxsplit=1)[0]
    m = re.match(r"(?P<title>[^,]*?)\s+of\s+(?:the\s+)?(?P<org>.+)", first)
    if not m:
        return desc.strip() or None, None
    return m.group("title").strip() or None, m.group("org").strip() or None
