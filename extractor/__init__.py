"""Press-conference transcripts in, validated facts out.

    >>> import extractor
    >>> record = extractor.extract_text(text, source="briefing.txt")   # doctest: +SKIP
    >>> document = extractor.extract(["corpus/"])                       # doctest: +SKIP

Importing the package loads no model and sets up no logging: the pipeline is
built on the first call (or explicitly with ``build_pipeline``).
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING


# Public names and the module each lives in; imported on first use so that
# `import extractor` stays light (spaCy is imported only when needed).
_EXPORTS = {
    "extract": "api",
    "extract_text": "api",
    "extract_path": "api",
    "iter_outcomes": "api",
    "find_transcripts": "api",
    "Options": "api",
    "build_pipeline": "pipeline",
    "PipelineConfig": "pipeline",
    "read_text": "reading",
    "decode_bytes": "reading",
    "FactsDocument": "records",
    "TranscriptRecord": "records",
    "Quantity": "records",
    "json_schema": "schema",
    "render": "output",
    "write_atomic": "output",
    "ExtractorError": "errors",
    "InputError": "errors",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # pragma: no cover
    from .api import Options, extract, extract_path, extract_text, find_transcripts, iter_outcomes
    from .errors import ExtractorError, InputError
    from .output import render, write_atomic
    from .pipeline import PipelineConfig, build_pipeline
    from .reading import decode_bytes, read_text
    from .records import FactsDocument, Quantity, TranscriptRecord
    from .schema import json_schema


def __getattr__(name: str):
    if name == "__version__":
        return _version()
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")


def _version() -> str:
    # Read on first use: importing importlib.metadata takes some 80 ms, in which Ctrl-C at the start of
    # `extract` could only end in a traceback (the command's own handler is not yet in place).
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("extractor")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"
