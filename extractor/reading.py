"""Turn a file's bytes into the text every offset indexes.

The decoded text is kept exactly as written: line endings (CRLF stays two
characters), no-break spaces and word joiners are not normalised, because
offsets in the output must index what a reviewer sees when opening the file.
Only a byte-order mark is dropped, since it is not text.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

#: Suffixes of files read as HTML: their markup is stripped.
HTML_SUFFIXES = (".html", ".htm")

#: Files larger than this (and texts longer than this many characters) are refused unless the
#: caller raises the limit: 2 MB is some 330,000 words, forty times the longest briefing seen,
#: and keeps the parser's memory bounded.
DEFAULT_MAX_BYTES = 2_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    """A decoded transcript and how it was decoded."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = field(default=())


def decode_bytes(data: bytes, *, name: str = "<bytes>") -> DecodedText:
    """Decode a transcript's bytes.

    UTF-8 (with or without BOM) and UTF-16/32 with BOM are decoded directly;
    anything else is detected with charset-normalizer and a warning says so.

    Args:
        data: The raw file content.
        name: What to call the input in messages (usually its path).

    Returns:
        The decoded text with the encoding used and any warnings.

    Raises:
        InputError: The input is empty, binary, or in no detectable text encoding.
    """
    if not data.strip():
        raise InputError(name, "the file is empty")
    for bom, encoding in _BOMS:
        # UTF-32-LE's BOM starts with UTF-16-LE's, so the longer BOMs are tried first.
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(name, f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc}") from None
            text = text.lstrip("\ufeff")
            return DecodedText(_check_text(text, name), encoding.replace("-sig", ""))
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return DecodedText(_check_text(data.decode(utf16), name), utf16,
                               (f"{name}: no byte-order mark; decoded as {utf16.upper()} (detected)",))
        raise InputError(name, "looks binary (it contains NUL bytes), not a text transcript")
    try:
        return DecodedText(_check_text(data.decode("utf-8"), name), "utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data, name)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when the bytes look like mostly-Latin UTF-16 text, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    # Latin text in UTF-16 has a NUL in (nearly) every other byte, on the high side of each unit.
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0) >= 0.9 * half:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _detect(data: bytes, name: str) -> DecodedText:
    from charset_normalizer import from_bytes  # imported here: only needed for unusual files

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(name, "is not text in any encoding that could be detected")
    encoding = best.encoding
    # Single-byte Latin code pages are often indistinguishable; English transcripts that are
    # not UTF-8 are mostly Windows-1252, so prefer it whenever the detector says it fits.
    if any("cp1252" in m.could_be_from_charset for m in matches if m.chaos <= best.chaos):
        encoding = "cp1252"
    text = data.decode(encoding) if encoding == "cp1252" else str(best)
    return DecodedText(
        _check_text(text, name),
        encoding,
        (f"{name}: not UTF-8; decoded as {encoding} (detected)",),
    )


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(name, "contains only whitespace")
    # Control characters other than tab/newline/carriage return/form feed mark binary data.
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(name, "looks binary (too many control characters), not a text transcript")
    return text


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read and decode a transcript file.

    Args:
        path: The file to read.
        max_bytes: Refuse files larger than this many bytes.

    Raises:
        InputError: The file cannot be read, is too large, empty or binary.
    """
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(
                name,
                f"is {size:,} bytes, over the limit of {max_bytes:,} bytes (raise it with --max-bytes)",
            )
        data = p.read_bytes()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
    decoded = decode_bytes(data, name=name)
    if p.suffix.lower() in HTML_SUFFIXES:
        from .html_text import html_to_text

        # Offsets of an HTML transcript index the text it shows, not its markup.
        shown = _check_text(html_to_text(decoded.text), name)
        return DecodedText(shown, decoded.encoding, (*decoded.warnings, f"{name}: HTML markup stripped; offsets index the shown text"))
    return decoded
