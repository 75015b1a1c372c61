"""Atomic output files: the target is replaced whole or not at all, keeping its mode.

The text goes to a temporary file beside the target, which then replaces it in one
rename, so a crash never leaves a truncated file. A temporary file carries the id of
the process that wrote it, so the next run to write the same target removes those
left by killed runs (and only theirs: a run still alive keeps its own).

Only a regular file is ever replaced. A symbolic link is followed: the file it names is
replaced and the link stays. A target that exists and is not a regular file (a device such
as ``/dev/null``, a FIFO, ``/dev/stdout``) is written through, as ``open()`` would, by the
text writers, and refused by the writers that need a file (SQLite, Parquet).
"""
from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ..errors import ExtractorError
from ..reading.decode import not_regular


def _temp_name(target: Path) -> Path:
    return target.parent / f".{target.name}.{os.getpid()}-{secrets.token_hex(6)}.tmp"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_temporaries(target: str | Path) -> list[Path]:
    """Remove the temporary files that runs since killed left beside ``target``; returns them."""
    target = Path(target)
    pattern = re.compile(r"\." + re.escape(target.name) + r"\.(\d+)-[0-9a-f]{12}\.tmp")
    removed: list[Path] = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        m = pattern.fullmatch(name)
        if m and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1))):
            try:
                (target.parent / name).unlink()
                removed.append(target.parent / name)
            except OSError:
                pass
    return removed


def _special(path: Path) -> str | None:
    """What ``path`` is when it exists and is not a regular file (``"a character device"``), else None.

    A link is followed (``/dev/stdout`` is a link to a pipe or a terminal).
    """
    try:
        return not_regular(os.stat(path).st_mode)
    except OSError:
        return None


def _target(path: str | Path) -> Path:
    """The regular file to replace for ``path``: the file a symbolic link names, else ``path`` itself."""
    target = Path(path)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


@contextmanager
def atomic_stream(path: str | Path) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without error.

    A new file is created like a plain ``open()`` would (mode 0666 less the umask); an existing
    one keeps its mode. A link's file is replaced, the link kept; a device or a FIFO is written to
    directly (a stream cannot be replaced whole, and must never become a regular file).

    Raises:
        ExtractorError: ``path`` is a folder.
    """
    kind = _special(Path(path))
    if kind == "a directory":
        raise ExtractorError(f"{path}: is a directory; give a file name")
    if kind:
        with open(path, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    target = _target(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    tmp = _temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with contextlib.suppress(FileNotFoundError):
            os.fchmod(fd, stat.S_IMODE(os.stat(target).st_mode))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that opens files by name (SQLite, Parquet): synced,
    given the target's mode and renamed over ``path`` when the block ends without error (the block closes
    what it opened), removed when it fails. A link's file is replaced, the link kept.

    Raises:
        ExtractorError: ``path`` exists and is not a regular file (a device, a FIFO, a folder).
    """
    kind = _special(Path(path))
    if kind:
        raise ExtractorError(f"{path}: is {kind}, not a regular file; this format needs a file name")
    target = _target(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    tmp = _temp_name(target)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            with contextlib.suppress(FileNotFoundError):
                os.fchmod(f.fileno(), stat.S_IMODE(os.stat(target).st_mode))
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, content: str) -> None:
    """Write ``content`` to ``path`` atomically (see ``atomic_stream``)."""
    with atomic_stream(path) as f:
        f.write(content)
