"""Errors the extractor reports to users: each names the input and the problem."""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class for errors shown to users without a traceback."""


class InputError(ExtractorError):
    """An input file cannot be processed (unreadable, empty, binary, too large, too slow)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


class ModelNotFoundError(ExtractorError):
    """No spaCy pipeline with the requested name is installed."""


def printable(text: str) -> str:
    """``text`` with control characters (and lone surrogates) escaped, safe to print on a terminal.

    File names and messages may hold escape sequences that would move the cursor or recolour the
    terminal; they are shown as ``\\x1b``-style escapes instead. Tabs stay as they are.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if (code < 32 and ch != "\t") or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)
