"""Turn a file's bytes into the text every offset indexes.

The decoded text is kept exactly as written: line endings (CRLF stays two
characters), no-break spaces and word joiners are not normalised, because
offsets in the output must index what a reviewer sees when opening the file.
Only a byte-order mark is dropped, since it is not text.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .html_text import html_to_text

#: Suffixes of files read as HTML: their markup is stripped.
HTML_SUFFIXES = (".html", ".htm")

#: Files larger than this (and texts longer than this many characters) are refused unless the
#: caller raises the limit: 2 MB is some 330,000 words, forty times the longest briefing seen,
#: and keeps the parser's memory bounded.
DEFAULT_MAX_BYTES = 2_000_000

#: Invalid UTF-8 sequences per 1,000 bytes up to which a file is still read as UTF-8 with them replaced
#: (one at least, in any file): a few strays say nothing of a code page (see ``_utf8_with_strays``).
STRAY_BYTES_PER_KB = 1

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
                raise InputError(name, f"starts with a {encoding} byte-order mark but is not valid "
                                       f"{encoding}: {exc}") from None
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
    mended = _utf8_with_strays(data, name)
    return mended if mended is not None else _detect(data, name)


def _utf8_with_strays(data: bytes, name: str) -> DecodedText | None:
    """UTF-8 with its few invalid bytes replaced by U+FFFD, when the file is otherwise UTF-8; else None.

    A stray byte in a UTF-8 file makes a code-page detector pick some legacy code page and
    garble every other non-ASCII character (and the units they spell), or, guessing from one
    byte, a multi-byte code page that eats the letter after it (cp932: "Ex}orts"). The file
    counts as UTF-8 when it holds valid multi-byte sequences, at least as many as the invalid
    bytes, or when the invalid bytes are few (``STRAY_BYTES_PER_KB``): too few to tell a code
    page, which a file written in one shows on every accented letter and curly quote.
    """
    pieces: list[str] = []
    bad: list[tuple[int, int]] = []  # (byte offset, character offset) of each replaced stretch
    chars = pos = 0
    while True:
        try:
            pieces.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            good = data[pos : pos + exc.start].decode("utf-8")
            pieces.append(good)
            chars += len(good)
            bad.append((pos + exc.start, chars))
            pieces.append("\ufffd")
            chars += 1
            pos += exc.end
            if len(bad) > 1000:  # far from "a stray byte": leave it to the detector
                return None
    text = "".join(pieces)
    valid = sum(1 for ch in text if ord(ch) > 127) - len(bad)
    few = len(bad) <= max(1, len(data) * STRAY_BYTES_PER_KB // 1000)
    if valid < max(1, len(bad)) and not few:
        return None
    shown = ", ".join(f"{b}" for b, _ in bad[:10]) + (", ..." if len(bad) > 10 else "")
    at = ", ".join(f"{c}" for _, c in bad[:10]) + (", ..." if len(bad) > 10 else "")
    warning = (f"{name}: {len(bad)} invalid UTF-8 byte sequence{'s' if len(bad) != 1 else ''} at byte "
               f"offset{'s' if len(bad) != 1 else ''} {shown}, replaced by U+FFFD (character {at}); "
               "the rest is UTF-8")
    return DecodedText(_check_text(text, name), "utf-8", (warning,))


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


#: How many characters of a text are looked at for control characters.
_CHECKED_CHARS = 65536
#: The control characters (below U+0020) other than tab, newline, form feed and carriage return.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(name, "contains only whitespace")
    # Control characters other than tab/newline/carriage return/form feed mark binary data.
    controls = len(_CONTROLS.findall(text, 0, _CHECKED_CHARS))
    if controls > max(8, len(text[:_CHECKED_CHARS]) // 100):
        raise InputError(name, "looks binary (too many control characters), not a text transcript")
    return text


#: What a file that is not a regular one is called in messages, by its ``stat`` type.
_FILE_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def not_regular(mode: int) -> str | None:
    """What a file of this ``st_mode`` is when it is not a regular file (``"a FIFO (named pipe)"``), else None."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _FILE_KINDS if test(mode)), "not a regular file")


def source_name(path: str | Path) -> str:
    """What to call a file in records and messages: its path, with bytes that are not UTF-8 escaped.

    A name holding such bytes reaches Python with them as lone surrogates (``\\udcff``), which no
    UTF-8 output can hold: they are written ``\\xff`` instead, so the file is still processed and
    named. Any other name is ``str(path)`` unchanged.
    """
    name = os.fspath(path)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") \
            if _only_escapes(name) else name.encode("utf-8", "backslashreplace").decode("utf-8")


def _only_escapes(name: str) -> bool:
    """Whether every surrogate in ``name`` is one ``surrogateescape`` made (a byte 0x80-0xFF)."""
    return all(0xDC80 <= ord(ch) <= 0xDCFF for ch in name if 0xD800 <= ord(ch) < 0xE000)


def name_warnings(path: str | Path) -> tuple[str, ...]:
    """A warning when the file's name is not UTF-8 (see ``source_name``), else nothing."""
    name = source_name(path)
    if name == os.fsdecode(path):
        return ()
    return (f"{name}: the file name is not valid UTF-8; the bytes that are not are written as \\xNN",)


def read_bytes(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A regular file's bytes, refusing anything else before reading from it.

    The file is opened without blocking (a FIFO would otherwise wait for a writer forever) and
    checked on the open descriptor, so a file swapped for a FIFO between a scan and the read is
    refused too.

    Raises:
        InputError: The file cannot be read, is not a regular file, or is too large.
    """
    name = source_name(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        kind = not_regular(info.st_mode)
        if kind == "a directory":
            raise InputError(name, "is a directory, not a file")
        if kind:
            raise InputError(name, f"is {kind}, not a regular file; only regular files are read")
        if info.st_size > max_bytes:
            raise InputError(
                name, f"is {info.st_size:,} bytes, over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
            )
        with os.fdopen(os.dup(fd), "rb") as f:
            data = _read_at_most(f, max_bytes + 1)  # a byte over the limit tells a file that grew
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # the file grew after the size check
        raise InputError(name, f"is over the limit of {max_bytes:,} bytes (raise it with --max-bytes)")
    return data


def _read_at_most(f, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``f``, read in pieces: one read of ``limit`` bytes would allocate them all
    at once (and fail outright for a limit such as ``--max-bytes 1e25``)."""
    pieces = []
    left = limit
    while left > 0:
        piece = f.read(min(left, 1 << 20))
        if not piece:
            break
        pieces.append(piece)
        left -= len(piece)
    return b"".join(pieces)


#: The mark the HTML report puts in each page's head (see ``report/templates/base.html.j2``).
REPORT_MARK = b'<meta name="generator" content="extractor report'


def is_report_page(path: str | Path) -> bool:
    """Whether an HTML file is a page of this tool's own review report (never a transcript)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            return REPORT_MARK in f.read(4096)
        except OSError:
            return False


def read_text(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read and decode a transcript file.

    Args:
        path: The file to read.
        max_bytes: Refuse files larger than this many bytes.

    Raises:
        InputError: The file cannot be read, is not a regular file, is too large, empty or binary.
    """
    p = Path(path)
    name = source_name(path)
    data = read_bytes(p, max_bytes=max_bytes)
    decoded = decode_bytes(data, name=name)
    if name_warnings(path):
        decoded = DecodedText(decoded.text, decoded.encoding, (*name_warnings(path), *decoded.warnings))
    if p.suffix.lower() in HTML_SUFFIXES:
        # Offsets of an HTML transcript index the text it shows, not its markup.
        shown = _check_text(html_to_text(decoded.text), name)
        return DecodedText(shown, decoded.encoding,
                           (*decoded.warnings, f"{name}: HTML markup stripped; offsets index the shown text"))
    return decoded
