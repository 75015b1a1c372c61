"""Errors the extractor reports to users: each names the input and the problem."""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class for errors shown to users without a traceback."""


class InputError(ExtractorError):
    """An input file cannot be processed (unreadable, empty, binary, too large)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


class ModelNotFoundError(ExtractorError):
    """No spaCy pipeline with the requested name is installed."""
