"""TRANSITIONAL: the word lists read through the profile in force, for rules not yet given a profile.

Rules receive a :class:`extractor.lang.profile.Profile` as a parameter (see that module); this module
serves the rules that do not yet: inside ``with vocabulary.using(profile)`` (a component's ``__call__``) or
``with vocabulary.overriding({...})``, the functions below read that profile, elsewhere the package's
English one (a context variable, so threads and other code are not touched). It goes once every rule
takes its profile.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

from ..lang.profile import Profile, alternation_of, english, is_table, names, normalised, parse

__all__ = ["alternation", "alternation_of", "cached", "current", "is_table", "month_numbers", "names",
           "normalised", "overriding", "parse", "pattern", "table", "using", "words"]

T = TypeVar("T")

#: The profile in force for rules not yet given one; None: the package's English profile.
_CURRENT: ContextVar[Profile | None] = ContextVar("extractor_vocabulary_profile", default=None)


def current() -> Profile:
    """The profile in force (the package's English one outside ``using``/``overriding``)."""
    return _CURRENT.get() or english()


@contextmanager
def using(profile: Profile) -> Iterator[None]:
    """Within the block, rules not yet given a profile read ``profile``."""
    token = _CURRENT.set(profile)
    try:
        yield
    finally:
        _CURRENT.reset(token)


@contextmanager
def overriding(overrides: Mapping[str, Iterable[str] | Mapping[str, str]]) -> Iterator[None]:
    """Within the block, the named vocabularies have the given entries instead of those in force."""
    with using(current().overriding(overrides)):
        yield


def words(name: str) -> frozenset[str]:
    return current().words(name)


def table(name: str) -> Mapping[str, str]:
    return current().table(name)


def alternation(name: str) -> str:
    return current().alternation(name)


def pattern(name: str):
    return current().pattern(name)


def month_numbers() -> dict[str, int]:
    return current().month_numbers()


def cached(build: Callable[[], T]) -> Callable[[], T]:
    """Decorator for an accessor of a value built from vocabularies, built once per profile in force."""

    def per(profile: Profile) -> T:
        with using(profile):
            return build()

    @wraps(build)
    def accessor() -> T:
        return current().built(per)

    return accessor
