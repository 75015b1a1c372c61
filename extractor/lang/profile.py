"""A language profile as the rules see it: the language's word lists, tables and patterns, with a
component's overrides.

Every vocabulary a rule reads lives in a text file of the language's folder,
``extractor/lang/<code>/vocabulary/`` (``<name>.txt``: one entry per line; ``<name>.tsv``: a key and a value per
line, tab-separated; ``#`` starts a comment; and a few patterns, ``<name>.re``, see :meth:`Profile.pattern`).
Rules ask a :class:`Profile` for a list by name and never write one of their own, so a list can be reviewed,
extended or replaced (through a component's config) without touching code.

A rule receives the profile as a parameter (``profile: Profile``), so its signature shows that it reads
vocabularies; a component builds its profile once from its config (``vocabularies``: the entries that replace
the package's, see :mod:`extractor.pipeline.components.vocabularies`) and hands it down. Two components with
different overrides therefore run side by side, in one thread or in several, without seeing each other's.

Files are read through :mod:`importlib.resources` (:func:`extractor.lang.files`) on first use and cached per
language: the cache holds immutable values only (frozensets, mapping proxies). A value a rule builds from
vocabularies (a dict of numbers, a regex) is built once per profile, by :func:`per_profile`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, wraps
from types import MappingProxyType
from typing import TypeVar

from . import DEFAULT, files

__all__ = ["Profile", "english", "per_profile"]

T = TypeVar("T")

#: Entries that replace a package vocabulary: a list's (a frozenset) or a table's (a read-only mapping).
Entries = frozenset[str] | Mapping[str, str]


class Profile:
    """A language's vocabularies with a component's overrides: what the rules read.

    Built once per component (or :func:`english` for the package's English data), never changed after;
    the values it builds from vocabularies are kept with it (:meth:`built`).
    """

    def __init__(self, language: str = DEFAULT,
                 overrides: Mapping[str, Iterable[str] | Mapping[str, str]] | None = None) -> None:
        self.language = language
        self.overrides: Mapping[str, Entries] = MappingProxyType(
            {name: normalised(name, entries, language) for name, entries in (overrides or {}).items()})
        # Values built from vocabularies, by the function that builds them. Two threads may both build one
        # the first time; they build the same value, and the dict's assignment is atomic.
        self._built: dict[Callable[[Profile], object], object] = {}
        # The lists by name, as :meth:`words` gives them: rules ask for them at every word.
        self._words: dict[str, frozenset[str]] = {}

    def __repr__(self) -> str:
        return f"Profile({self.language!r}, overriding {sorted(self.overrides)})"

    def __reduce__(self):
        # Sent to another process (spaCy's ``n_process`` started afresh pickles its pipeline): the language
        # and the overrides as plain lists and dicts; the values built from them are built again there.
        plain = {name: sorted(entries) if isinstance(entries, frozenset) else dict(entries)
                 for name, entries in self.overrides.items()}
        return Profile, (self.language, plain)

    def overriding(self, overrides: Mapping[str, Iterable[str] | Mapping[str, str]]) -> Profile:
        """This profile with more overrides (the given ones win)."""
        return Profile(self.language, {**self.overrides, **overrides})

    def words(self, name: str) -> frozenset[str]:
        """The entries of ``<name>.txt`` (lower-cased), or the keys of ``<name>.tsv``."""
        try:
            return self._words[name]
        except KeyError:
            override = self.overrides.get(name)
            if override is None:
                found = _package_words(self.language, name)
            else:
                found = override if isinstance(override, frozenset) else frozenset(override)
            self._words[name] = found
            return found

    def table(self, name: str) -> Mapping[str, str]:
        """The key-value pairs of ``<name>.tsv`` (keys lower-cased), read-only."""
        override = self.overrides.get(name)
        if override is not None:
            if isinstance(override, frozenset):
                raise ValueError(f"the vocabulary {name!r} is a list, not a table")
            return override
        return _package_table(self.language, name)

    def alternation(self, name: str) -> str:
        """A regex alternation of a list's entries, longest first, for use inside a pattern."""
        return alternation_of(self.words(name))

    def pattern(self, name: str) -> re.Pattern[str]:
        """The regular expression ``<name>.re`` of the language, for wording whose words follow the language's
        grammar too closely for a word list (signposts such as "On your second question", "Turning now to").

        The file is a pattern in verbose mode (blanks are ignored, ``\\ `` is a space, ``#`` starts a comment),
        matched case-insensitively; it is compiled once. Patterns are the package's: they take no overrides.
        """
        return _package_pattern(self.language, name)

    def month_numbers(self) -> dict[str, int]:
        """Month names and abbreviations with their number (vocabulary ``months``): what dates in a header and
        periods in a figure's sentence both read."""
        return self.built(_month_numbers)

    def built(self, build: Callable[[Profile], T]) -> T:
        """``build(self)``, built on first use and kept with this profile."""
        try:
            return self._built[build]  # type: ignore[return-value]
        except KeyError:
            value = self._built[build] = build(self)
            return value


def per_profile(build: Callable[[Profile], T]) -> Callable[[Profile], T]:
    """Decorator for a value built from a profile's vocabularies ("number words as a dict of ints", "a pattern
    of month names"): built once per profile, so a rule may ask for it wherever it runs."""

    @wraps(build)
    def accessor(profile: Profile) -> T:
        try:
            return profile._built[build]  # type: ignore[return-value]  # what ``built`` gives, without its call
        except KeyError:
            return profile.built(build)

    return accessor


@cache
def english() -> Profile:
    """The package's English profile, without overrides (what a pipeline built without ``vocabularies``
    reads)."""
    return Profile(DEFAULT)


def _month_numbers(profile: Profile) -> dict[str, int]:
    return {k: int(v) for k, v in profile.table("months").items()}


def parse(text: str) -> list[str]:
    """The entries of a vocabulary file's text: its lines without comments and blank lines."""
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line.strip())
    return out


def names(language: str = DEFAULT) -> list[str]:
    """Every vocabulary shipped with the package for ``language`` (file stems)."""
    return sorted(
        entry.name.rsplit(".", 1)[0]
        for entry in files("vocabulary", language).iterdir()
        if entry.name.endswith((".txt", ".tsv"))
    )


def is_table(name: str, language: str = DEFAULT) -> bool:
    """Whether the package's vocabulary ``name`` is a table (``.tsv``) rather than a list (``.txt``)."""
    folder = files("vocabulary", language)
    if folder.joinpath(f"{name}.tsv").is_file():
        return True
    if folder.joinpath(f"{name}.txt").is_file():
        return False
    raise ValueError(f"no vocabulary {name!r}; the package has {', '.join(names(language))}")


def normalised(name: str, entries: Iterable[str] | Mapping[str, str], language: str = DEFAULT) -> Entries:
    """Entries to replace the vocabulary ``name`` with, as the package's are kept; a clear error for an
    unknown name or the wrong kind (a list for a table, a table for a list)."""
    if is_table(name, language):
        if not isinstance(entries, Mapping):
            raise ValueError(f"the vocabulary {name!r} is a table: give it as a mapping of key to value")
        return MappingProxyType({str(k).strip().lower(): str(v).strip() for k, v in entries.items()})
    if isinstance(entries, (str, Mapping)):
        raise ValueError(f"the vocabulary {name!r} is a list: give it as a list of entries")
    return frozenset(str(e).strip().lower() for e in entries)


@cache
def alternation_of(entries: frozenset[str]) -> str:
    """A regex alternation of ``entries`` (escaped), longest first, so that a longer entry wins over its prefix
    (built once per set of entries)."""
    return "|".join(re.escape(w) for w in sorted(entries, key=lambda w: (-len(w), w)))


def _lines(language: str, filename: str) -> list[str]:
    return parse(files("vocabulary", language).joinpath(filename).read_text(encoding="utf-8"))


@cache
def _package_words(language: str, name: str) -> frozenset[str]:
    if files("vocabulary", language).joinpath(f"{name}.txt").is_file():
        return frozenset(line.lower() for line in _lines(language, f"{name}.txt"))
    return frozenset(_package_table(language, name))


@cache
def _package_table(language: str, name: str) -> Mapping[str, str]:
    pairs: dict[str, str] = {}
    for line in _lines(language, f"{name}.tsv"):
        key, _, value = line.partition("\t")
        pairs[key.strip().lower()] = value.strip()
    return MappingProxyType(pairs)


@cache
def _package_pattern(language: str, name: str) -> re.Pattern[str]:
    text = files("vocabulary", language).joinpath(f"{name}.re").read_text(encoding="utf-8")
    return re.compile(text, re.IGNORECASE | re.VERBOSE)
