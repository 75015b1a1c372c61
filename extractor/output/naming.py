"""Safe, unique file names for transcript pages, derived from their sources."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePath, PureWindowsPath

#: Longest stem kept, so that names stay well under every file system's limit.
MAX_STEM = 80

#: Stems that cannot be used: the index page, and device names Windows refuses.
RESERVED = frozenset(
    {"index", "con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


def slug(source: str) -> str:
    """A lowercase ASCII stem from a source path: letters, digits, ``-`` and ``_`` only.

    Only the file's own name is used (its folders and suffix are dropped), so
    no name can climb out of the report folder.
    """
    # Either separator may appear whatever the platform the facts were made on.
    name = PurePath(PureWindowsPath(source).name).stem or "transcript"
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^a-z0-9_]+", "-", ascii_name.lower()).strip("-_")[:MAX_STEM].strip("-_")
    if not stem or stem in RESERVED:
        stem = f"transcript-{stem}" if stem else "transcript"
    return stem


def unique_page_name(source: str, taken: set[str]) -> str:
    """The ``.html`` name for ``source`` not yet in ``taken`` (which it is added to).

    Names are compared case-insensitively (case-insensitive file systems would
    merge them); a repeated stem gets ``-2``, ``-3`` and so on.
    """
    stem = slug(source)
    candidate, n = stem, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}"
    taken.add(candidate)
    return f"{candidate}.html"


def page_names(sources: Iterable[str]) -> list[str]:
    """One ``.html`` file name per source, in order, all different (see ``unique_page_name``)."""
    taken: set[str] = set()
    return [unique_page_name(source, taken) for source in sources]
