"""Choosing the files to read: folders searched, patterns applied, every unreadable entry named.

Only regular files are read: a FIFO would block the run forever, a device would stream
without end. A folder that cannot be listed, an entry that cannot be examined and a broken
link are each reported by name, so that nothing is lost silently.
"""
from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..lang.profile import Profile, english
from .decode import HTML_SUFFIXES, is_report_page, not_regular, source_name

#: File name endings taken when a folder is given.
TRANSCRIPT_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class Problem:
    """An input that cannot be read, found while choosing the files: its name and why."""

    source: str
    error: str


@dataclass
class Inputs:
    """What a search found, in a stable order.

    Attributes:
        entries: The files to read and the problems met, in the order they are processed: each is a
            ``Path`` or a ``Problem``.
        skipped: Files left out by default, with why (``"README.md", "a folder's notes"``).
    """

    entries: list[Path | Problem] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        return [e for e in self.entries if isinstance(e, Path)]

    @property
    def problems(self) -> list[Problem]:
        return [e for e in self.entries if isinstance(e, Problem)]


def _matches(path: Path, root: Path, patterns: Sequence[str]) -> bool:
    """Whether a pattern matches the file's name or its path below ``root`` (``*`` crosses folders)."""
    name = path.name.lower()
    rel = path.relative_to(root).as_posix().lower() if path.is_relative_to(root) else path.as_posix().lower()
    return any(fnmatch.fnmatchcase(name, p.lower()) or fnmatch.fnmatchcase(rel, p.lower()) for p in patterns)


def _is_folder_document(path: Path, *, profile: Profile) -> bool:
    return any(fnmatch.fnmatchcase(path.name.lower(), p) for p in sorted(profile.words("folder_documents")))


def find_inputs(
    paths: Iterable[str | os.PathLike[str]], *, glob: Sequence[str] = (), exclude: Sequence[str] = (),
    skip_notes: bool = True, profile: Profile | None = None) -> Inputs:
    """Expand files and folders (recursively) into the files to read, in a stable order.

    Args:
        paths: Files and folders. A file named here is always read (unless ``exclude`` matches it); a
            path that does not exist is kept, so that it is reported as a failure.
        glob: In folders, take the files whose name (or path below the folder) matches one of these
            patterns instead of the transcript suffixes.
        exclude: Leave out files whose name or path below the folder matches one of these patterns.
        skip_notes: In folders, skip files named like ``README*``, ``SOURCES*``, ``LICENSE*`` and
            ``CHANGELOG*`` (a folder's notes), and the pages of this tool's own HTML report.
        profile: The language profile whose ``folder_documents`` name a folder's notes (the package's
            English one by default).
    """
    profile = profile or english()
    found = Inputs()
    for given in paths:
        p = Path(given)
        if given == "":
            # Path("") is the current folder: an empty word (an unset variable) must not read it.
            found.entries.append(Problem("''", "an empty path names no file; not processed"))
        elif _is_dir(p):
            entries: list[Path | Problem] = []
            _walk(p, p, glob, exclude, skip_notes, entries, found.skipped, set(), profile=profile)
            found.entries.extend(sorted(entries, key=lambda e: e if isinstance(e, Path) else Path(e.source)))
        elif not (exclude and _matches(p, p.parent, exclude)):
            found.entries.append(p)
    return found


def _is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder; False when it cannot be examined (a name too long, a folder without
    search permission above it), so that reading it reports why by name."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _walk(folder: Path, root: Path, glob: Sequence[str], exclude: Sequence[str], skip_notes: bool,
          out: list[Path | Problem], skipped: list[tuple[Path, str]], seen: set[tuple[int, int]], *,
          profile: Profile) -> None:
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:  # a link back up the tree
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(folder) as listing:
            children = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        out.append(Problem(source_name(folder),
                           f"the folder cannot be read: {exc.strerror or exc}; its files are not processed"))
        return
    for child in children:
        path = Path(child.path)
        try:
            is_folder = child.is_dir()
        except OSError:
            is_folder = False
        if is_folder:
            _walk(path, root, glob, exclude, skip_notes, out, skipped, seen, profile=profile)
            continue
        wanted = _matches(path, root, glob) if glob else path.suffix.lower() in TRANSCRIPT_SUFFIXES
        if not wanted or (exclude and _matches(path, root, exclude)):
            continue
        entry = _examine(path)
        if isinstance(entry, Problem):
            out.append(entry)
        elif skip_notes and _is_folder_document(path, profile=profile):
            skipped.append((path, "a folder's notes"))
        elif skip_notes and path.suffix.lower() in HTML_SUFFIXES and is_report_page(path):
            skipped.append((path, "a page of this tool's report"))
        else:
            out.append(path)


def _examine(path: Path) -> Path | Problem:
    """The path when it is a regular file, else the problem that stops it being read."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return Problem(source_name(path), "cannot be read: it is a broken link")
    except OSError as exc:
        return Problem(source_name(path), f"cannot be read: {exc.strerror or exc}")
    kind = not_regular(mode)
    return Problem(source_name(path), f"is {kind}, not a regular file; only regular files are read") if kind else path


def find_transcripts(paths: Iterable[str | Path], *, profile: Profile | None = None) -> list[Path]:
    """The files ``find_inputs`` would read, and the path of each problem (so that it is reported when read)."""
    return [e if isinstance(e, Path) else Path(e.source) for e in find_inputs(paths, profile=profile).entries]
