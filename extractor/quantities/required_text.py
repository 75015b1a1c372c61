"""What text a regular expression cannot match without: a quick test before running many patterns.

The time patterns of :mod:`periods` are searched in every sentence of a transcript, and seven sentences
in eight match none of them; Python's ``re`` tries every alternative of a case-insensitive pattern at
every position, so the patterns cost more than anything else the quantities read. But every match of
them holds some literal text of its pattern ("quarter", "now", a month's name) or a digit. This module
reads that from the pattern itself (its parsed form), so the test stays right whatever the patterns
become: :class:`PatternSieve` says which patterns may match a text, those whose every required piece (a
word, one of some words, a digit) the text holds, and only those are searched.

A pattern some match of which needs no literal text (``\\w+``, say) has no such test: the sieve then keeps it
for every text, which is slower and never wrong.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# The parser behind ``re.compile`` (here since Python 3.11): private modules, which typeshed does not list.
from re import _constants as _sre, _parser as _sre_parse  # type: ignore[attr-defined]

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


def required_clauses(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Pieces of text every match of ``pattern`` holds, as clauses: a match holds a piece of each clause (the
    pieces as :func:`required_pieces` gives them; no clause when nothing is certain)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001  a pattern this parser cannot read: no test
        return ()
    return tuple(_options(list(parsed)))


def _options(items: list) -> list[frozenset[str]]:
    """Of a sequence, every element must match: each element that needs some text gives one option."""
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
    return options


def _sequence(items: list) -> frozenset[str] | None:
    """Of a sequence, every element must match: any one element's pieces will do; the longest are kept."""
    options = _options(items)
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


class PatternSieve:
    """Which of some named patterns may match a text, each tested by every clause of its own required text
    (:func:`required_clauses`: "between" and a month's name, not either).

    The pieces are looked up in the text lower-cased. That agrees with the patterns' case rules when every
    letter of the text that is not ASCII has no case (a curly quote, a dash, a Chinese character): then a
    letter matches a pattern's letter, ignoring case, exactly when its lower case is that letter, and every
    character keeps its place. A text with another letter ("İ", "ſ", "K", "é") is not sieved: every pattern
    may match it. A piece of letters and digits can only be inside a run of them: the pieces each run holds
    are worked out once per run ("months", "2024"), as the same words come back sentence after sentence.
    """

    def __init__(self, patterns: Iterable[tuple[str, re.Pattern[str]]]) -> None:
        self.patterns = tuple(patterns)
        self._clauses = [required_clauses(p.pattern, p.flags) for _, p in self.patterns]
        pieces = {piece for clauses in self._clauses for clause in clauses for piece in clause} - {DIGIT}
        self._in_runs = sorted(p for p in pieces if _RUN.fullmatch(p))
        self._others = sorted(pieces - set(self._in_runs))
        self._held_in = lru_cache(maxsize=1 << 16)(self._pieces_in)
        self._sieved = lru_cache(maxsize=1 << 12)(self._sieve)

    def candidates(self, text: str, start: int = 0, end: int | None = None) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The patterns, in order, that may match in ``text[start:end]`` (the others cannot)."""
        span = text[start:end]
        if not span.isascii() and any(c.lower() != c or c.upper() != c for c in _NOT_ASCII.findall(span)):
            return self.patterns
        low = span.lower()
        held = {piece for run in set(_RUN.findall(low)) for piece in self._held_in(run)}
        held.update(piece for piece in self._others if piece in low)
        if _DIGIT.search(span):
            held.add(DIGIT)
        return self._sieved(frozenset(held))

    def _pieces_in(self, run: str) -> tuple[str, ...]:
        return tuple(piece for piece in self._in_runs if piece in run)

    def _sieve(self, held: frozenset[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple(named for named, clauses in zip(self.patterns, self._clauses)
                     if all(not held.isdisjoint(clause) for clause in clauses))


_DIGIT = re.compile(r"\d")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
#: A run of lower-case ASCII letters and digits.
_RUN = re.compile(r"[a-z0-9]+")

__all__ = ["DIGIT", "PatternSieve", "required_clauses", "required_pieces"]
