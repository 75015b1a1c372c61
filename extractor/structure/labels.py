"""Speaker-label detection: one mechanism for every transcript format.

A speaker label is a short name-like phrase at a turn boundary, closed by a
terminator: ``Name:`` alone on its line (with a Rev.com time stamp
``Name: (18:28)`` or ``Name (18:28):``, or not), ``NAME:`` opening a line, ``Name (Outlet):`` or
``**Name:**`` (Markdown), a name with a recording's clock reading (``Name  0:02``
alone on its line, ``[00:01:05] Name:``), a caption's voice tag (``<v Name>``), ``Q`` followed by blank
space, or ``NAME NAME.`` in
capitals after a sentence end (``QUESTION.`` too). All candidates are
gathered with anchored, linear-time patterns; then the document's own
evidence decides: the terminator family (colon or period) with most
candidates wins, and the other family is kept only for names the winner also
uses. Words that head header fields ("Speakers:", "Date:") are labels only
where they keep opening lines of speech (a committee's "Chair:").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from ..lang.profile import Profile
from .config import SpeakerLabelConfig
from .label_kinds import (
    generic_key,
    is_answer_label,
    is_asker_label,
    is_chair_label,
    is_outlet_label,
    is_support_label,
)
from .lines import BLANK, WS, is_line_start
from .participants import name_length_fits, name_not_too_long, offices
from .types import Debris

#: Upper-case letters, accented Latin ones included ("MÜLLER", "NÚÑEZ", "Øvergaard").
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
#: Between the words of a label: spaces, or NBSPs where a page padded it ("MS.\u00a0 LEE").
_SP = r"[ \u00a0]+"
#: One word of a name: "Xing", "21st", "JEAN-PIERRE", "O’Brien".
_WORD = r"[" + _UP + r"0-9][\w'’&-]*\.?"
_CAPS_WORD = r"[" + _UP + r"][" + _UP + r"0-9'’-]*\.?"
#: A recording's clock reading: "0:02", "1:05:33", "00:01:05.120".
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?"
#: A reporter's outlet written with the label: "Chris Giles (Financial Times):"; a clock in brackets is no outlet
#: but the label's time stamp: "Joe Biden (00:02):" (Rev.com's later style), read by ``_STAMP_IN``.
_OUTLET = r"(?:" + WS + r"*\((?!" + _CLOCK + r"\))(?P<outlet>[^()\n]{1,60})\))?"
#: A time stamp in brackets between the label and its colon: "Joe Biden (00:02):".
_STAMP_IN = r"(?:" + WS + r"*\(" + _CLOCK + r"\))?"
#: A Rev.com time stamp after a label alone on its line: "Donald Trump: (18:28)".
_STAMP = r"(?:" + WS + r"*\(\d{1,2}:\d\d(?::\d\d)?\))?"

#: A time stamp that opens the line before a label, as transcription services write it: "[00:01:04] Ann Lee:",
#: "00:01:04 Ann Lee", "(1:04) ANN LEE:".
_LEAD_STAMP = r"(?:(?P<lead>[\[(]?\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?[\])]?)" + WS + r"+)?"

#: ``NAME:`` in capitals at line start, speech following (White House).
_CAPS_COLON = re.compile(r"(?m)^" + WS + r"*" + _LEAD_STAMP + r"(?P<name>" + _CAPS_WORD
                         + r"(?:" + _SP + r"(?:" + _CAPS_WORD + r"|\d+)){0,5})"
                         + _OUTLET + _STAMP_IN + r":(?=[" + BLANK + r"\n]|$)")
#: ``Q`` (or ``Q:``, ``Q.``) then blank space: the unnamed reporter. Not "Q and A".
_Q = re.compile(r"(?m)^" + WS + r"*(?P<name>Q)(?:[:.](?=[" + BLANK + r"\n])|(?=[" + BLANK + r"]|\n|$))(?!" + WS
                + r"*(?:and|&)" + WS + r"+A\b)")
#: ``NAME NAME.`` in capitals (Fed), or one word that names an asker ("QUESTION."); the boundary is checked in code.
_CAPS_PERIOD = re.compile(
    r"(?<![\w.'’-])(?P<name>[" + _UP + r"][" + _UP + r"'’-]+(?: [" + _UP + r"][" + _UP + r"'’-]+){0,4})\.(?=\s|$)")
#: ``Title: speech`` at a line start, mixed case ("Vice-President: If you look ...").
_MIXED_COLON = re.compile(
    r"(?m)^" + WS + r"*" + _LEAD_STAMP
    + r"(?P<name>[" + _UP + r"][\w'’-]*\.?(?:" + _SP + r"(?:[" + _UP + r"][\w'’-]*\.?|\d+)){0,3})"
    + _OUTLET + _STAMP_IN + r":[ \u00a0]+(?=\S)")
#: Characters after which a capitalised phrase starts a new sentence.
_SENTENCE_END = set(".?!\"”’)]—–-:…")
_SPACES = re.compile(r"[ \u00a0]+")
_BLANK_LINE = re.compile(r"\n" + WS + r"*\n")


def _name_patterns(*, profile: Profile) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``Name:`` alone on a line (SCIO, Rev.com) and ``**Name:**``, ``**Name**:`` or
    ``__Name (Outlet):__`` opening a line (Markdown): the patterns of a name that may hold
    small connecting words ("Herald of the North"), read from the vocabulary when asked."""
    connector = r"(?:" + profile.alternation("name_connectors") + r")"
    name = _WORD + r"(?:" + _SP + r"(?:" + _WORD + "|" + connector + r")){0,7}"
    # ``re`` caches the compiled patterns.
    alone = re.compile(r"(?m)^" + WS + r"*(?P<name>" + name + r")" + _OUTLET + _STAMP_IN + WS + r"*:" + _STAMP + WS
                       + r"*$")
    bold = re.compile(r"(?m)^" + WS + r"*(?P<open>\*\*|__)(?P<name>" + name + r")" + _OUTLET
                      + r"(?::(?:\*\*|__)|(?:\*\*|__):)")
    return alone, bold


def _heading_pattern(*, profile: Profile) -> re.Pattern[str]:
    """A name alone on its line as a Markdown heading or in bold, without a colon: "### Governor Jane
    Doe", "**Ann Poe (Radio North)**"; the turn's paragraphs follow below it."""
    connector = r"(?:" + profile.alternation("name_connectors") + r")"
    name = _WORD + r"(?:" + _SP + r"(?:" + _WORD + "|" + connector + r")){0,7}"
    return re.compile(r"(?m)^" + WS + r"*(?P<open>#{1,6}" + WS + r"+|\*\*|__)(?P<name>" + name + r")" + _OUTLET
                      + WS + r"*(?P<close>\*\*|__)?" + WS + r"*$")


def _stamped_patterns(*, profile: Profile) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Labels with a recording's clock reading, as speech-to-text and meeting recorders export them: a name
    and the time alone on a line, the speech below ("Lena Ortiz  0:02", Otter), or the time before a
    ``Name:`` that opens the line ("[00:01:05] Lena Ortiz: ...", "00:01:05 Speaker 2: ...")."""
    connector = r"(?:" + profile.alternation("name_connectors") + r")"
    name = _WORD + r"(?:" + _SP + r"(?:" + _WORD + "|" + connector + r")){0,7}"
    after = re.compile(r"(?m)^" + WS + r"*(?P<name>" + name + r")" + _OUTLET + r"[ \t\u00a0]+" + _CLOCK
                       + WS + r"*$")
    before = re.compile(r"(?m)^" + WS + r"*(?P<stamp>[\[(]?" + _CLOCK + r"[\])]?)[ \t\u00a0]+(?:[-–|][ \t\u00a0]+)?"
                        r"(?P<name>" + name + r")" + _OUTLET + r"[ \u00a0]*:(?=[" + BLANK + r"\n]|$)")
    return after, before


def _voice_pattern(*, profile: Profile) -> re.Pattern[str]:
    """A WebVTT caption's voice tag opening a line: "<v Lena Ortiz>Good morning." (class and all)."""
    connector = r"(?:" + profile.alternation("name_connectors") + r")"
    name = _WORD + r"(?:" + _SP + r"(?:" + _WORD + "|" + connector + r")){0,7}"
    return re.compile(r"(?m)^" + WS + r"*(?P<open><v(?:\.[\w.-]+)*[ \t]+)(?P<name>" + name + r")" + _OUTLET + r">")


def _speakers(found: list, names: Counter, config: SpeakerLabelConfig) -> bool:
    """Whether a document labels its speakers as ``found`` (names counted in ``names``): there are several
    such labels (``config.least_labels``, three) and a name recurs (``config.least_repeats``, a speaker who
    speaks again)."""
    return len(found) >= config.least_labels and max(names.values(), default=0) >= config.least_repeats


def _voice_labels(text: str, config: SpeakerLabelConfig, *, profile: Profile) -> list[Label]:
    """Voice tags of caption files, kept as stamped labels are: three or more, one name on two of them."""
    found = [_label(m, "colon", start=m.start("open")) for m in _voice_pattern(profile=profile).finditer(text)]
    return found if _speakers(found, Counter(lab.name for lab in found), config) else []


def _stamped_labels(text: str, config: SpeakerLabelConfig, *, profile: Profile) -> list[Label]:
    """Labels with a clock reading, kept where the document shows they are speakers (as headings are):
    three or more, one name on two of them. A stamp before the name belongs to the label, so that no
    turn ends on the next one's time."""
    after, before = _stamped_patterns(profile=profile)
    found = [_label(m, "colon") for m in after.finditer(text)]
    found += [_label(m, "colon", start=m.start("stamp")) for m in before.finditer(text)]
    return found if _speakers(found, Counter(lab.name for lab in found), config) else []


def _heading_labels(text: str, config: SpeakerLabelConfig, *, profile: Profile) -> list[Label]:
    """Names written as headings, kept where the document shows they are speakers: three headings or
    more, one name heading two of them (a speaker who speaks again). A bold name must close its bold."""
    found = [m for m in _heading_pattern(profile=profile).finditer(text)
             if (m.group("open").startswith("#")) == (m.group("close") is None)]
    if not _speakers(found, Counter(_SPACES.sub(" ", m.group("name")) for m in found), config):
        return []
    return [_label(m, "colon", start=m.start("open")) for m in found]


#: A time stamp after a name alone on its line, as speech-to-text services write it: "Speaker 1  0:02",
#: "Dana Cole 1:02:15", "Jen Wu (01:02)".
_LINE_STAMP = r"(?:" + WS + r"+(?P<stamp>\(?\d{1,2}:\d\d(?::\d\d)?\)?))?"


#: What parts a name alone on its line from its title or firm: a comma ("Tom Berg, Senior Economist") or a
#: dash between spaces, as earnings-call transcripts write it ("Ann Lee -- Chief Executive Officer",
#: "Raj Das -- Northbrook Capital -- Analyst").
_TITLE_SEP = r"(?:,|" + _SP + r"(?:--|[–—]))" + _SP
_TITLE_SPLIT = re.compile(_TITLE_SEP)


def _line_pattern(*, profile: Profile) -> re.Pattern[str]:
    """A name alone on its line, without markup or colon, the turn's paragraphs below it: "Helen Marsh",
    "Priya Shah (Financial Post)", "Tom Berg, Senior Economist", "Speaker 2  0:21"."""
    connector = r"(?:" + profile.alternation("name_connectors") + r")"
    name = _WORD + r"(?:" + _SP + r"(?:" + _WORD + "|" + connector + r")){0,5}"
    part = _WORD + r"(?:" + _SP + r"(?:" + _WORD + "|" + connector + r")){0,6}"
    title = r"(?:" + _TITLE_SEP + r"(?P<title>" + part + r"(?:" + _TITLE_SEP + part + r"){0,2}))?"
    return re.compile(r"(?m)^" + WS + r"*" + _LEAD_STAMP + r"(?P<name>" + name + r")" + _OUTLET + title + _LINE_STAMP
                      + WS + r"*$")


def _line_labels(text: str, config: SpeakerLabelConfig, *, profile: Profile) -> list[Label]:
    """Names alone on their lines, kept where the document's shape shows they are speakers.

    Such a line opens a paragraph (or the text), is a person's name (or says what the speaker is:
    "Moderator", "Speaker 3"), or carries a speech-to-text time stamp, and speech follows it; the
    document labels its speakers so when there are several such lines and a name recurs (a speaker
    who speaks again). A list of names in a header fails the test: the line after each is another name.
    """
    found = [m for m in _line_pattern(profile=profile).finditer(text) if _paragraph_start(text, _at(m))]
    kept = [m for m in found if _line_name(m, profile=profile)
            and _speech_below(text, m.end(), config.speech_words, profile=profile)]
    if not _speakers(kept, Counter(_SPACES.sub(" ", m.group("name")) for m in kept), config):
        return []
    out = []
    for m in kept:
        # As written: the name with its outlet or title ("Tom Berg, Senior Economist"), without the time stamp.
        stop = max(m.end("name"), m.end("outlet") + 1 if m.group("outlet") else 0,
                   m.end("title") if m.group("title") else 0)
        outlet = m.group("outlet").strip() if m.group("outlet") else None
        if outlet is None and m.group("title"):
            # "Lucy Wong, Capital Markets Weekly": what follows a reporter's name is the outlet, not a title; of
            # several parts ("Raj Das -- Coast Radio -- Reporter"), the one that names an outlet.
            outlet = next((_SPACES.sub(" ", part) for part in _TITLE_SPLIT.split(m.group("title"))
                           if is_outlet_label(part, profile=profile)), None)
        out.append(Label(_at(m), m.end(), _SPACES.sub(" ", m.group("name")), "line",
                         m.string[m.start("name"):stop], outlet))
    return out


def _line_name(m: re.Match[str], *, profile: Profile) -> bool:
    """Whether a line alone reads as a speaker's label: a full name, a word that says what the speaker is,
    or any short name with a time stamp."""
    name = _SPACES.sub(" ", m.group("name"))
    if m.group("stamp") or m.group("lead"):
        return name_not_too_long(len(name.split()), profile=profile) and name.split()[0].lower() not in STOP_WORDS
    return _full_name(name, profile=profile) or _label_by_itself(name, profile=profile)


def _speech_below(text: str, pos: int, least_words: int, *, profile: Profile) -> bool:
    """Whether the next line that is not blank is speech: a sentence (or ``least_words`` words at least), not
    another name or heading."""
    m = re.compile(r"[^\n]*\S[^\n]*").search(text, pos)
    if m is None:
        return False
    line = m.group().strip(BLANK)
    if _line_pattern(profile=profile).fullmatch(line):
        # Another name alone on its line: a list of names, or a title above the first label.
        return False
    return len(line.split()) >= least_words or line[-1:] in ".?!…"


@dataclass(frozen=True)
class Label:
    """A speaker label found in the text.

    Attributes:
        start: Offset of the label's first character.
        end: Offset just after the terminator (":" or ".", or after "Q").
        name: The label with its blank runs made single spaces ("CHAIR POWELL", "Q"), without
            terminator or outlet: the key that tells one speaker's labels from another's.
        family: "colon" or "period": the terminator family, used to pick the
            document's label style.
        written: The label exactly as written (NBSPs and outlet included), for the turn's ``speaker``.
        outlet: The outlet in parentheses after the name ("Financial Times"), if any.
    """

    start: int
    end: int
    name: str
    family: str
    written: str = ""
    outlet: str | None = None


def _at(m: re.Match[str]) -> int:
    """Where a label found by ``m`` starts: at the time stamp that opens its line, if any, else at its name."""
    return m.start("lead") if "lead" in m.re.groupindex and m.group("lead") else m.start("name")


def _label(m: re.Match, family: str, start: int | None = None, end: int | None = None) -> Label:
    outlet = m.group("outlet") if "outlet" in m.re.groupindex else None
    # As written: the name and, where given, its outlet ("Tom Hale (Daily Post)").
    written = m.string[m.start("name"):m.end("outlet") + 1] if outlet else m.group("name")
    return Label(_at(m) if start is None else start, m.end() if end is None else end,
                 _SPACES.sub(" ", m.group("name")), family, written, outlet.strip() if outlet else None)


def find_labels(text: str, debris: list[Debris] | tuple[Debris, ...] = (),
                known_names: tuple[str, ...] = (), *, profile: Profile,
                config: SpeakerLabelConfig | None = None) -> list[Label]:
    """Find the speaker labels of a transcript.

    Args:
        text: The original transcript text.
        debris: Debris spans; labels inside them are ignored.
        known_names: Names already known (header participants); a mixed-case
            ``Name:`` at a line start counts when it matches one.
        profile: The language profile whose word lists it reads.
        config: When names alone, headings, stamps and voices are labels, and how long a name is (the
            package's by default).

    Returns:
        Labels in text order, at most one per position.
    """
    config = config or SpeakerLabelConfig()
    cands = _candidate_labels(text, config, profile=profile)
    cands += _mixed_labels(text, known_names, has_q=any(c.name == "Q" for c in cands), profile=profile)
    # A line another pattern reads already ("Q" alone on its line) keeps that reading.
    taken = {c.start for c in cands}
    cands += [c for c in _line_labels(text, config, profile=profile) if c.start not in taken]
    cands = [c for c in cands if not _in_debris(c, debris)]
    cands = _drop_field_words(text, cands, config.speech_words, profile=profile)
    cands = [c for c in cands if _plausible(c, config.longest_name)]
    if not any(c.name == "Q" for c in cands):
        cands = [c for c in cands if c.name != "A"]  # "A:" is an answer label only in a Q-and-A transcript
    return _choose_style(cands)


def _candidate_labels(text: str, config: SpeakerLabelConfig, *, profile: Profile) -> list[Label]:
    """The labels every pattern but the mixed-case and line ones reads (those depend on what these find)."""
    alone, bold = _name_patterns(profile=profile)
    cands: list[Label] = [_label(m, "colon") for m in alone.finditer(text)]
    cands += [_label(m, "colon") for m in _CAPS_COLON.finditer(text)]
    # The bold label starts at its opening "**", so no turn ends on a stray half of the markup.
    cands += [_label(m, "colon", start=m.start("open")) for m in bold.finditer(text)]
    cands += _heading_labels(text, config, profile=profile)
    cands += _stamped_labels(text, config, profile=profile)
    cands += _voice_labels(text, config, profile=profile)
    cands += [Label(m.start("name"), m.end(), "Q", "colon", "Q") for m in _Q.finditer(text)]
    for m in _CAPS_PERIOD.finditer(text):
        name = m.group("name")
        if (" " in name or is_asker_label(name, profile=profile)) and _after_sentence_end(text, m.start()):
            cands.append(_label(m, "period"))
    return cands


def _mixed_labels(text: str, known_names: tuple[str, ...], has_q: bool = False, *, profile: Profile) -> list[Label]:
    """Mixed-case ``Name:`` labels at line starts, kept where the document shows they are labels.

    A full name ("Andrew Bailey") that opens two lines or more is a speaker; where a transcript
    labels its speakers so, any full name opening a line the same way is one too, with or without
    its outlet ("Chris Giles (Financial Times)"). Office, chair and asker words are labels by
    themselves ("Vice-President:", "Question (Sky News):"), but not one written once where reporters are
    labelled "Q". A paragraph start is required unless the document puts such labels on consecutive lines.
    """
    known = {n.lower() for n in known_names}
    mixed = list(_MIXED_COLON.finditer(text))
    speakers = _recurring_names(mixed, profile=profile)
    consecutive = any(_SPACES.sub(" ", m.group("name")) in speakers and not _paragraph_start(text, _at(m))
                      for m in mixed)
    out, askers = [], []
    asker_words = Counter(_SPACES.sub(" ", m.group("name")) for m in mixed
                          if is_asker_label(m.group("name"), profile=profile))
    for m in mixed:
        if (has_q and asker_words[_SPACES.sub(" ", m.group("name"))] < 2
                and is_asker_label(m.group("name"), profile=profile)):
            # Where reporters are "Q", a lone "Question: Have you ...?" is a reporter's own word, inside their turn.
            continue
        if not consecutive and not _paragraph_start(text, _at(m)):
            continue
        name = _SPACES.sub(" ", m.group("name"))
        if (_label_by_itself(name, profile=profile) or name.lower() in known
                or (speakers and _full_name(name, profile=profile))):
            out.append(_label(m, "colon"))
        elif _outlet_asking(text, m, name):
            askers.append(_label(m, "colon"))
    # Where such labels take turns, a name that opens a paragraph to ask is an asker ("Reuters:").
    return sorted(out + askers, key=lambda c: c.start) if len(out) >= 2 else out


def _recurring_names(mixed: list[re.Match[str]], *, profile: Profile) -> set[str]:
    """Full names in mixed case that open two lines or more: the document labels its speakers so.

    The evidence must be mixed-case: capitals-only labels ("CHAIR OKAFOR:") are a style of their own, and
    do not make "Riverside Water Board:" a speaker.
    """
    recurring = Counter(_SPACES.sub(" ", m.group("name")) for m in mixed
                        if _full_name(m.group("name"), profile=profile) and not m.group("name").isupper())
    return {n for n, k in recurring.items() if k >= 2}


def _label_by_itself(name: str, *, profile: Profile) -> bool:
    """Whether a label's words make it a label by themselves: an office, an asker, a chair or support word."""
    words = {w.lower().rstrip(".") for w in name.split()}
    return (bool(words & offices(profile=profile)) or is_asker_label(name, profile=profile)
            or is_answer_label(name, profile=profile) or is_chair_label(name, profile=profile)
            or is_support_label(name, profile=profile))


def _outlet_asking(text: str, m: re.Match[str], name: str) -> bool:
    """Whether a name that opens a paragraph asks in it ("Reuters: Will the bank ...?"), a sentence's first
    function word aside ("But: ...")."""
    return (_paragraph_start(text, _at(m)) and _asks_in_paragraph(text, m.end())
            and name.split()[0].lower() not in STOP_WORDS)


def _asks_in_paragraph(text: str, pos: int) -> bool:
    """Whether the paragraph from ``pos`` ends on a question mark."""
    m = _BLANK_LINE.search(text, pos)
    para = text[pos:m.start() if m else len(text)].rstrip(BLANK + "\n")
    return para.endswith("?")


def _full_name(name: str, *, profile: Profile) -> bool:
    """Capitalised words as many as a person's name has (two to four in English, vocabulary ``name_words``): a
    person's name rather than a heading or a phrase ("On Iran")."""
    words = _SPACES.sub(" ", name).split()
    return (name_length_fits(len(words), profile=profile) and all(w[:1].isupper() for w in words)
            and words[0].lower() not in STOP_WORDS
            and not any(w.lower().rstrip(".") in profile.words("field_words") for w in words))


def _drop_field_words(text: str, cands: list[Label], speech_words: int, *, profile: Profile) -> list[Label]:
    """Drop header field words ("Date:", "Chair:") unless they open lines of speech (``speech_words`` words or
    more) twice or more.

    A header field is written once and holds a value ("Chair: Ann Lee"); a committee's
    "Chair:" label recurs, each time followed by what the chair says.
    """
    fields = profile.words("field_words")

    def field(c: Label) -> bool:
        return c.name.rstrip(".").lower() in fields

    def speech(c: Label) -> bool:
        line_end = text.find("\n", c.end)
        rest = text[c.end:line_end if line_end >= 0 else len(text)]
        return len(rest.split()) >= speech_words

    speaking = Counter(c.name.lower() for c in cands if field(c) and speech(c))
    return [c for c in cands if not field(c) or (speaking[c.name.lower()] >= 2 and speech(c))]


def _plausible(label: Label, longest: int) -> bool:
    """Reject phrases too long (past ``longest`` characters) or too odd to be a name."""
    name = label.name.strip()
    if len(name) > longest:
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    # A one-letter label other than Q and A is an enumeration ("B:"), not a speaker; "A" is
    # kept only where "Q" labels are there too (see find_labels).
    return len(letters) > 1 or name in ("Q", "A")


def _after_sentence_end(text: str, pos: int) -> bool:
    """Tell whether ``pos`` starts a sentence: text start, line start, or after closing punctuation."""
    if is_line_start(text, pos):
        return True
    i = pos - 1
    while i >= 0 and text[i] in BLANK:
        i -= 1
    return i >= 0 and text[i] in _SENTENCE_END


def _paragraph_start(text: str, pos: int) -> bool:
    """Tell whether ``pos`` opens a paragraph (text start or after a blank line)."""
    if not is_line_start(text, pos):
        return False
    i = text.rfind("\n", 0, pos)
    if i < 0:
        return True
    j = text.rfind("\n", 0, i)
    return not text[j + 1:i].strip(BLANK)


def _in_debris(label: Label, debris) -> bool:
    return any(d.start <= label.start < d.end for d in debris)


def _choose_style(cands: list[Label]) -> list[Label]:
    """Keep the dominant terminator family, plus other-family labels with a dominant name.

    Prose holds stray matches of either family ("U.S. GDP." or a line ending
    with a colon); the family a transcript really uses has many more.
    """
    if not cands:
        return []
    by_family = Counter(c.family for c in cands)
    family = by_family.most_common(1)[0][0]
    names = {c.name for c in cands if c.family == family}
    seen: set[int] = set()
    out: list[Label] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if c.start in seen or (c.family != family and c.name not in names):
            continue
        if out and c.start < out[-1].end:
            continue
        seen.add(c.start)
        out.append(c)
    return out


__all__ = ["Label", "find_labels", "generic_key"]
