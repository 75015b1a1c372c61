"""The project's word lists, each written once, as data.

Every vocabulary a rule reads lives in a text file of the language profile,
``extractor/lang/en/vocabulary/`` (``<name>.txt``: one entry per line; ``<name>.tsv``: a key and a value per
line, tab-separated; ``#`` starts a comment; and a few patterns, ``<name>.re``, see :func:`pattern`). Rules
ask for a list by name and never write one of their own, so a list can be reviewed, extended or
replaced (through a component's config) without touching code.

Files are read through :mod:`importlib.resources` (:func:`extractor.lang.files`) on first use and cached:
the cache holds immutable values only (frozensets, mapping proxies).

Overrides: inside ``with vocabulary.overriding({"honorifics": [...]})`` the
functions below return the given entries instead of the package's for the
names given (a context variable, so threads and other code are not touched).
The pipeline's components take such overrides in their config
(``nlp.add_pipe("transcript_structure", config={"vocabularies": {...}})``) and
save them with ``to_disk`` (:mod:`extractor.pipeline.components.vocabularies`). A rule
sees an override only when it asks for the list at run time (the call is a
cached look-up); a list copied into a module constant at import keeps the
package's entries. A value a rule builds from vocabularies (a dict of numbers, a regex) is built once
per set of overrides in force with :func:`cached`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from types import MappingProxyType
from typing import TypeVar

from .. import lang

__all__ = ["alternation", "cached", "is_table", "month_numbers", "names", "normalised", "overriding", "parse",
           "pattern", "table", "words"]

T = TypeVar("T")

#: The overrides in force (name -> frozenset or read-only mapping); empty outside ``overriding``.
_OVERRIDES: ContextVar[Mapping[str, frozenset[str] | Mapping[str, str]]] = ContextVar(
    "extractor_vocabulary_overrides", default=MappingProxyType({}))
#: A hashable key of the overrides in force (empty outside ``overriding``), for :func:`cached`.
_SIGNATURE: ContextVar[frozenset] = ContextVar("extractor_vocabulary_signature", default=frozenset())


def _folder():
    """The folder of the language profile's word lists (``extractor/lang/en/vocabulary``)."""
    return lang.files("vocabulary")


def _lines(filename: str) -> list[str]:
    return parse(_folder().joinpath(filename).read_text(encoding="utf-8"))


def parse(text: str) -> list[str]:
    """The entries of a vocabulary file's text: its lines without comments and blank lines."""
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line.strip())
    return out


def words(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` (lower-cased), or the keys of ``<name>.tsv``."""
    override = _OVERRIDES.get().get(name)
    if override is not None:
        return override if isinstance(override, frozenset) else frozenset(override)
    return _package_words(name)


def table(name: str) -> Mapping[str, str]:
    """The key-value pairs of ``<name>.tsv`` (keys lower-cased), read-only."""
    override = _OVERRIDES.get().get(name)
    if override is not None:
        if isinstance(override, frozenset):
            raise ValueError(f"the vocabulary {name!r} is a list, not a table")
        return override
    return _package_table(name)


def alternation(name: str) -> str:
    """A regex alternation of a list's entries, longest first, for use inside a pattern."""
    return alternation_of(words(name))


def pattern(name: str) -> re.Pattern[str]:
    """The regular expression ``<name>.re`` of the profile, for wording whose words follow the language's
    grammar too closely for a word list (signposts such as "On your second question", "Turning now to").

    The file is a pattern in verbose mode (blanks are ignored, ``\\ `` is a space, ``#`` starts a comment),
    matched case-insensitively; it is compiled once. Patterns are the package's: they take no overrides.
    """
    return _package_pattern(name)


def is_table(name: str) -> bool:
    """Whether the package's vocabulary ``name`` is a table (``.tsv``) rather than a list (``.txt``)."""
    if _folder().joinpath(f"{name}.tsv").is_file():
        return True
    if _folder().joinpath(f"{name}.txt").is_file():
        return False
    raise ValueError(f"no vocabulary {name!r}; the package has {', '.join(names())}")


@contextmanager
def overriding(overrides: Mapping[str, Iterable[str] | Mapping[str, str]]) -> Iterator[None]:
    """Within the block, the named vocabularies have the given entries (a list's lower-cased, a table's
    keys lower-cased) instead of the package's. Names must be the package's; nested blocks add up."""
    checked = {name: normalised(name, entries) for name, entries in overrides.items()}
    merged = {**_OVERRIDES.get(), **checked}
    token = _OVERRIDES.set(MappingProxyType(merged))
    signature = _SIGNATURE.set(frozenset(
        (name, entries if isinstance(entries, frozenset) else frozenset(entries.items()))
        for name, entries in merged.items()))
    try:
        yield
    finally:
        _SIGNATURE.reset(signature)
        _OVERRIDES.reset(token)


def cached(build: Callable[[], T]) -> Callable[[], T]:
    """Decorator for an accessor of a value built from vocabularies ("number words as a dict of ints",
    "a pattern of month names"): built on first use and again only under other overrides, so a rule may
    call it where it runs and still sees a component's override (the key is the overrides in force)."""
    built: dict[frozenset, T] = {}  # a plain dict: rules call accessors for every word they read

    @wraps(build)
    def accessor() -> T:
        signature = _SIGNATURE.get()
        try:
            return built[signature]
        except KeyError:
            if len(built) >= 16:  # a few component configs at a time; never grows without bound
                built.clear()
            value = built[signature] = build()
            return value

    return accessor


@cached
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations with their number (vocabulary ``months``): what dates in a header and
    periods in a figure's sentence both read."""
    return {k: int(v) for k, v in table("months").items()}


def normalised(name: str, entries: Iterable[str] | Mapping[str, str]) -> frozenset[str] | Mapping[str, str]:
    """Entries to replace the vocabulary ``name`` with, as the package's are kept; a clear error for an
    unknown name or the wrong kind (a list for a table, a table for a list)."""
    if is_table(name):
        if not isinstance(entries, Mapping):
            raise ValueError(f"the vocabulary {name!r} is a table: give it as a mapping of key to value")
        return MappingProxyType({str(k).strip().lower(): str(v).strip() for k, v in entries.items()})
    if isinstance(entries, (str, Mapping)):
        raise ValueError(f"the vocabulary {name!r} is a list: give it as a list of entries")
    return frozenset(str(e).strip().lower() for e in entries)


@cache
def _package_words(name: str) -> frozenset[str]:
    if _folder().joinpath(f"{name}.txt").is_file():
        return frozenset(line.lower() for line in _lines(f"{name}.txt"))
    return frozenset(_package_table(name))


@cache
def _package_table(name: str) -> Mapping[str, str]:
    pairs: dict[str, str] = {}
    for line in _lines(f"{name}.tsv"):
        key, _, value = line.partition("\t")
        pairs[key.strip().lower()] = value.strip()
    return MappingProxyType(pairs)


@cache
def _package_pattern(name: str) -> re.Pattern[str]:
    return re.compile(_folder().joinpath(f"{name}.re").read_text(encoding="utf-8"), re.IGNORECASE | re.VERBOSE)


@cache
def alternation_of(entries: frozenset[str]) -> str:
    """A regex alternation of ``entries`` (escaped), longest first, so that a longer entry wins over its prefix
    (built once per set of entries)."""
    return "|".join(re.escape(w) for w in sorted(entries, key=lambda w: (-len(w), w)))


def names() -> list[str]:
    """Every vocabulary shipped with the package (file stems)."""
    return sorted(
        entry.name.rsplit(".", 1)[0]
        for entry in _folder().iterdir()
        if entry.name.endswith((".txt", ".tsv"))
    )
