"""The project's word lists, each written once, as data.

Every vocabulary a rule reads lives in a text file beside this module
(``<name>.txt``: one entry per line; ``<name>.tsv``: a key and a value per
line, tab-separated; ``#`` starts a comment). Rules ask for a list by name
and never write one of their own, so a list can be reviewed, extended or
replaced (through a component's config) without touching code.

Files are read through :mod:`importlib.resources` on first use and cached:
the cache holds immutable values only (frozensets, mapping proxies).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

__all__ = ["words", "table", "alternation", "names"]


def _lines(filename: str) -> list[str]:
    text = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line.strip())
    return out


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The entries of ``<name>.txt`` (lower-cased), or the keys of ``<name>.tsv``."""
    if resources.files(__name__).joinpath(f"{name}.txt").is_file():
        return frozenset(line.lower() for line in _lines(f"{name}.txt"))
    return frozenset(table(name))


@lru_cache(maxsize=None)
def table(name: str) -> Mapping[str, str]:
    """The key-value pairs of ``<name>.tsv`` (keys lower-cased), read-only."""
    pairs: dict[str, str] = {}
    for line in _lines(f"{name}.tsv"):
        key, _, value = line.partition("\t")
        pairs[key.strip().lower()] = value.strip()
    return MappingProxyType(pairs)


@lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """A regex alternation of a list's entries, longest first, for use inside a pattern."""
    return "|".join(re.escape(w) for w in sorted(words(name), key=lambda w: (-len(w), w)))


def names() -> list[str]:
    """Every vocabulary shipped with the package (file stems)."""
    return sorted(
        entry.name.rsplit(".", 1)[0]
        for entry in resources.files(__name__).iterdir()
        if entry.name.endswith((".txt", ".tsv"))
    )
