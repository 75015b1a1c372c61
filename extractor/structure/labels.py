"""Speaker-label detection: one mechanism for every transcript format.

A speaker label is a short name-like phrase at a turn boundary, closed by a
terminator: ``Name:`` alone on its line, ``NAME:`` opening a line, ``Q``
followed by a run of spaces, or ``NAME NAME.`` in capitals after a sentence
end. All candidates are gathered with anchored, linear-time patterns; then
the document's own evidence decides: the terminator family (colon or period)
with most candidates wins, and the other family is kept only for names the
winner also uses. Words that head header fields ("Speakers:", "Date:") are
never labels.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .lines import BLANK, WS, is_line_start
from .participants import OFFICES
from .types import Debris

#: Upper-case letters, accented Latin ones included ("MÜLLER", "NÚÑEZ", "Øvergaard").
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
#: One word of a name: "Xing", "21st", "JEAN-PIERRE", "O’Brien".
_WORD = r"[" + _UP + r"0-9][\w'’&-]*\.?"
#: Small words allowed inside an outlet or person name ("Herald of the ...").
_CONNECTOR = r"(?:of|and|the|for|de|du|la|le|van|von|der|del|da|di|y|on|at|in|&)"
_NAME = _WORD + r"(?: (?:" + _WORD + "|" + _CONNECTOR + r")){0,7}"
_CAPS_WORD = r"[" + _UP + r"][" + _UP + r"'’-]*\.?"

#: ``Name:`` alone on a line (SCIO).
_ALONE = re.compile(r"(?m)^" + WS + r"*(?P<name>" + _NAME + r")" + WS + r"*:" + WS + r"*$")
#: ``NAME:`` in capitals at line start, speech following (White House).
_CAPS_COLON = re.compile(r"(?m)^" + WS + r"*(?P<name>" + _CAPS_WORD + r"(?: " + _CAPS_WORD + r"){0,5}):(?=[" + BLANK + r"\n]|$)")
#: ``Q`` followed by a run of spaces or NBSPs (unnamed reporter).
_Q = re.compile(r"(?m)^" + WS + r"*(?P<name>Q)(?=[ \t]{2,}|\u00a0|" + WS + r"*\(|" + WS + r"*$)")
#: ``NAME NAME.`` in capitals, two words or more (Fed); the boundary is checked in code.
_CAPS_PERIOD = re.compile(
    r"(?<![\w.'’-])(?P<name>[" + _UP + r"][" + _UP + r"'’-]+(?: [" + _UP + r"][" + _UP + r"'’-]+){1,4})\.(?=\s|$)")
#: ``Title: speech`` at a paragraph start, mixed case ("Vice-President: If you look ...").
_MIXED_COLON = re.compile(
    r"(?m)^" + WS + r"*(?P<name>[" + _UP + r"][\w'’-]*(?: [" + _UP + r"][\w'’-]*){0,3}"
    r"(?P<outlet> \([^()\n]{1,40}\))?):" + r"[ \u00a0]")

#: ``**Name:**`` or ``**Name**:`` opening a line: the bold label of a Markdown transcript.
_MD_BOLD = re.compile(r"(?m)^" + WS + r"*(?:\*\*|__)(?P<name>" + _NAME + r")(?::(?:\*\*|__)|(?:\*\*|__):)")

#: Words that head header fields, never speakers.
_FIELD_WORDS = frozenset({
    "speaker", "speakers", "chairperson", "chairpersons", "chair", "date", "time", "venue", "location",
    "place", "participants", "participant", "host", "hosts", "guests", "attendees", "note", "notes",
    "source", "photo", "video", "moderators", "topic", "topics", "subject", "title", "translator",
    "translators", "editor", "editors",
})
#: Office words that let a mixed-case ``Title:`` count as a label without other evidence.
_OFFICE_WORDS = OFFICES | frozenset({"moderator", "interpreter", "operator"})
#: Characters after which a capitalised phrase starts a new sentence.
_SENTENCE_END = set(".?!\"”’)]—–-:…")


@dataclass(frozen=True)
class Label:
    """A speaker label found in the text.

    Attributes:
        start: Offset of the label's first character.
        end: Offset just after the terminator (":" or ".", or after "Q").
        name: The label as written, without terminator ("CHAIR POWELL", "Q").
        family: "colon" or "period": the terminator family, used to pick the
            document's label style.
    """

    start: int
    end: int
    name: str
    family: str


def find_labels(text: str, debris: list[Debris] | tuple[Debris, ...] = (), known_names: tuple[str, ...] = ()) -> list[Label]:
    """Find the speaker labels of a transcript.

    Args:
        text: The original transcript text.
        debris: Debris spans; labels inside them are ignored.
        known_names: Names already known (header participants); a mixed-case
            ``Name:`` at a paragraph start counts when it matches one.

    Returns:
        Labels in text order, at most one per position.
    """
    cands: list[Label] = []
    for m in _ALONE.finditer(text):
        cands.append(Label(m.start("name"), m.end(), m.group("name"), "colon"))
    for m in _CAPS_COLON.finditer(text):
        cands.append(Label(m.start("name"), m.end(), m.group("name"), "colon"))
    for m in _MD_BOLD.finditer(text):
        # The label starts at its opening "**", so no turn ends on a stray half of the markup.
        cands.append(Label(m.start("name") - 2, m.end(), m.group("name"), "colon"))
    for m in _Q.finditer(text):
        cands.append(Label(m.start("name"), m.end("name"), "Q", "colon"))
    for m in _CAPS_PERIOD.finditer(text):
        if _after_sentence_end(text, m.start()):
            cands.append(Label(m.start("name"), m.end(), m.group("name"), "period"))
    known = {n.lower() for n in known_names}
    mixed = [m for m in _MIXED_COLON.finditer(text) if _paragraph_start(text, m.start("name"))]
    # A full name ("Andrew Bailey") that opens two paragraphs or more is a speaker; where a
    # transcript labels its speakers so, any full name opening a paragraph the same way is one too,
    # with or without its outlet ("Chris Giles (Financial Times)").
    recurring = Counter(m.group("name") for m in mixed if _full_name(m.group("name")))
    speakers = {n for n, k in recurring.items() if k >= 2}
    for m in mixed:
        name = m.group("name")
        words = {w.lower() for w in name.split()}
        bare = name[:m.start("outlet") - m.start("name")] if m.group("outlet") else name
        if words & _OFFICE_WORDS or name.lower() in known or (speakers and _full_name(bare)):
            cands.append(Label(m.start("name"), m.end(), name, "colon"))
    cands = [c for c in cands if _plausible(c) and not _in_debris(c, debris)]
    if not any(c.name == "Q" for c in cands):
        cands = [c for c in cands if c.name != "A"]  # "A:" is an answer label only in a Q-and-A transcript
    return _choose_style(cands)


def _full_name(name: str) -> bool:
    """Two to four capitalised words: a person's name rather than a heading ("Background")."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        w.lower().rstrip(".") in _FIELD_WORDS for w in words)


def _plausible(label: Label) -> bool:
    """Reject header field words and phrases too long or too odd to be a name."""
    name = label.name.strip()
    if name.rstrip(".").lower() in _FIELD_WORDS or len(name) > 60:
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
    out = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if c.start in seen or (c.family != family and c.name not in names):
            continue
        if out and c.start < out[-1].end:
            continue
        seen.add(c.start)
        out.append(c)
    return out
