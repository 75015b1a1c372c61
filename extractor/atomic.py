"""Atomic output files: the target is replaced whole or not at all, keeping its mode.

The text goes to a temporary file beside the target, which then replaces it in one
rename, so a crash never leaves a truncated file. A temporary file carries the id of
the process that wrote it, so the next run to write the same target removes those
left by killed runs (and only theirs: a run still alive keeps its own).
"""
from __future__ import annotations

import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


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
    removed = []
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


@contextmanager
def atomic_stream(path: str | Path) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` only when the block ends without error.

    A new file is created like a plain ``open()`` would (mode 0666 less the umask); an existing
    one keeps its mode.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    tmp = _temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        try:
            os.fchmod(fd, stat.S_IMODE(os.stat(target).st_mode))
        except FileNotFoundError:
            pass
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
    what it opened), removed when it fails."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    tmp = _temp_name(target)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            try:
                os.fchmod(f.fileno(), stat.S_IMODE(os.stat(target).st_mode))
            except FileNotFoundError:
                pass
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, content: str) -> None:
    """Write ``content`` to ``path`` atomically (see ``atomic_stream``)."""
    with atomic_stream(path) as f:
        f.write(content)
