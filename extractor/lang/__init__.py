"""Language profiles: everything a language contributes, in one folder per language.

A profile (``extractor/lang/<code>/``) holds the language's data: ``vocabulary/`` (the word lists and
tables the rules read through a :class:`~extractor.lang.profile.Profile`) and ``units/`` (the unit words and symbols
derived from quantulum3's tables, :mod:`extractor.quantities.lexicon`). What is not language-specific
(ISO 4217 codes, the unit classes) stays in :mod:`extractor.data`. Adding a language is adding a folder.
"""
from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["DEFAULT", "files"]

#: The profile the pipeline reads unless told otherwise.
DEFAULT = "en"


def files(part: str, language: str = DEFAULT) -> Traversable:
    """The folder ``part`` (``"vocabulary"``, ``"units"``) of the language profile ``language``."""
    return resources.files(f"{__name__}.{language}.{part}")
