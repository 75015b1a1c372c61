"""What text a regular expression cannot match without: a quick test before running many patterns.

The time patterns of :mod:`periods` are searched in every sentence of a transcript, and seven sentences
in eight match none of them; Python's ``re`` tries every alternative of a case-insensitive pattern at
every position, so the patterns cost more than anything else the quantities read. But every match of
them holds some literal text of its pattern ("quarter", "now", a month's name) or a digit. This module
reads that from the pattern itself (its parsed form), so the test stays right whatever the patterns
become: :class:`RequiredText` says a text may match only if it holds one of those pieces.

A pattern some match of which needs no literal text (``\\w+``, say) has no such test: the gate then lets
every text through, which is slower and never wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# The parser behind ``re.compile`` (here since Python 3.11): private modules, which typeshed does not list.
from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]

from ..lang.profile import alternation_of

#: Stands for "a digit" among the pieces a match needs.
DIGIT = "\\d"

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}


def required_pieces(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Pieces of text one of which every match of ``pattern`` holds (lower-cased, and to be looked for with
    the pattern's own case rules; :data:`DIGIT` for a digit), or None when some match may hold none."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001  a pattern this parser cannot read: no test
        return None
    return _sequence(list(parsed))


def _sequence(items: list) -> frozenset[str] | None:
    """Of a sequence, every element must match: any one element's pieces will do; the longest are kept."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run = []
        found = _element(op, av)
        if found is not None:
            options.append(found)
    if run:
        options.append(frozenset({"".join(run).lower()}))
    if not options:
        return None
    # The most telling option (any is right; a rarer one lets fewer texts through): the one whose weakest
    # piece is longest, digits counting more than letters, then the one of fewer pieces, then the later one
    # (in "this week", "last quarter" the head noun is rarer than its modifier).
    return max(enumerate(options), key=lambda io: (min(map(_weight, io[1])), -len(io[1]), io[0]))[1]


def _weight(piece: str) -> int:
    """How telling a piece is: its length, and three more for digits (rarer in speech than any letters)."""
    if piece == DIGIT:
        return 3
    return len(piece) + (3 if any(c.isdigit() for c in piece) else 0)


def _element(op, av) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _sre.BRANCH:
        alternatives = [_sequence(list(b)) for b in av[1]]
        found = [a for a in alternatives if a is not None]
        return frozenset().union(*found) if len(found) == len(alternatives) else None
    if op in _REPEATS:
        low, _, item = av
        return _sequence(list(item)) if low >= 1 else None
    if op is _sre.IN and _only_digits(av):
        return frozenset({DIGIT})
    return None  # a class, an assertion, a back-reference: nothing certain


def _only_digits(members) -> bool:
    """Whether a character class holds digits only (``\\d``, ``[0-9]``, ``[1-4]``)."""
    for op, av in members:
        if op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            continue
        if op is _sre.RANGE and chr(av[0]).isdigit() and chr(av[1]).isdigit():
            continue
        if op is _sre.LITERAL and chr(av).isdigit():
            continue
        return False
    return bool(members)


class RequiredText:
    """A quick test that a text may match one of some patterns: it holds a piece one of them needs."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        patterns = list(patterns)
        pieces: set[str] = set()
        for p in patterns:
            found = required_pieces(p.pattern, p.flags)
            if found is None:  # this pattern may match anything: no test
                self._words, self._digit, self.always = None, False, True
                return
            pieces |= found
        self.always = False
        self._digit = DIGIT in pieces
        words = frozenset(pieces - {DIGIT})
        # Looked for with the patterns' own case rules (``re.I`` takes "İ" for "i", which case-folding does not).
        flags = re.I if any(p.flags & re.I for p in patterns) else 0
        self._words = re.compile(alternation_of(words), flags) if words else None

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` holds a piece some pattern needs (if not, no pattern matches there)."""
        if self.always:
            return True
        end = len(text) if end is None else end
        if self._digit and _DIGIT.search(text, start, end):
            return True
        return self._words is not None and self._words.search(text, start, end) is not None


_DIGIT = re.compile(r"\d")

__all__ = ["DIGIT", "RequiredText", "required_pieces"]
