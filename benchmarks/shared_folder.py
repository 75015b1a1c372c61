"""Finding ``../shared`` (corpus, gold, scorers) for the benchmark scripts."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def find_shared(given: str | None, required: Sequence[str]) -> Path | None:
    """The shared folder: the one given, else ``../shared`` from the working folder, else beside the project.

    Args:
        given: A folder named on the command line, or None.
        required: Paths (relative to the folder) that must exist in it, e.g. ``("gold", "tools/score_quantities.py")``.
    """
    candidates = ([Path(given)] if given
                  else [Path.cwd() / ".." / "shared", Path.cwd() / "shared", PROJECT.parent / "shared"])
    for c in candidates:
        if all((c / r).exists() for r in required):
            return c.resolve()
    return None


def missing_message(given: str | None, required: Sequence[str]) -> str:
    """What to tell the user when ``find_shared`` found nothing."""
    where = given or f"{Path.cwd() / '..' / 'shared'} or {PROJECT.parent / 'shared'}"
    return f"error: the shared folder is missing: no {', '.join(required)} at {where}; pass --shared PATH"


def require_shared(given: str | None, required: Sequence[str]) -> Path | None:
    """``find_shared``, saying on standard error what is missing when it finds nothing."""
    shared = find_shared(given, required)
    if shared is None:
        print(missing_message(given, required), file=sys.stderr)
    return shared
