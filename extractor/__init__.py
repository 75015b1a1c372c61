"""Press-conference transcripts in, validated facts out.

The facts of each transcript (who speaks, the questions and their answers, the
topics, every figure with its unit, kind, concept, owner and period) come as a
validated :class:`TranscriptRecord`, the same data ``facts.json`` holds::

    >>> import extractor
    >>> record = extractor.extract_text(text, source="briefing.txt")   # doctest: +SKIP
    >>> document = extractor.extract("corpus/")                         # doctest: +SKIP
    >>> for q in document.transcripts[0].quantities: print(q.text, q.unit, q.concept)   # doctest: +SKIP

The public API (``extractor.__all__``):

- ``extract(paths)``: every transcript under files and folders (one ``str`` or
  ``Path`` is one path) into a :class:`FactsDocument`; ``extract_path(path)``
  for one file, ``extract_text(text)`` for a string; ``iter_outcomes`` file
  by file; ``find_transcripts`` lists what would be read; ``Options`` sets
  how (processes, limits, model).
- ``build_pipeline()`` / ``default_pipeline()``: the spaCy pipeline (the
  library keeps one default pipeline, built on first use); run it yourself
  (``nlp.pipe``, a ``DocBin``) and turn each ``Doc`` into a record with
  ``record_from_doc(doc)``.
- ``FactsDocument``, ``TranscriptRecord``, ``Quantity``: the record types
  (Pydantic models, with field descriptions); ``json_schema()`` their JSON Schema.
- ``render(document, fmt)`` the document as JSON, JSON Lines or CSV text;
  ``write_file(document, path, fmt)`` in any format (SQLite and Parquet too);
  ``write_atomic``; ``read_text`` / ``decode_bytes`` read transcripts as the
  command does.
- ``ExtractorError``, ``InputError``: what the calls raise for bad input (a
  ``TypeError`` names an argument of the wrong type).

Importing the package loads no model and sets up no logging: the pipeline is
built on the first call (or explicitly with ``build_pipeline``).
"""

from importlib import import_module

#: ``typing.TYPE_CHECKING`` without importing ``typing``: the command's start is as short as it can be, as
#: Ctrl-C there is the interpreter's to report, not the command's (type checkers read the name as true).
TYPE_CHECKING = False

#: The distribution's name on PyPI (``pip install transcript-facts``); the package is ``extractor``.
_DISTRIBUTION = "transcript-facts"

# Public names and the module each lives in; imported on first use so that
# `import extractor` stays light (spaCy is imported only when needed).
_EXPORTS = {
    "extract": "api",
    "extract_text": "api",
    "extract_path": "api",
    "record_from_doc": "api",
    "default_pipeline": "api",
    "iter_outcomes": "api",
    "find_transcripts": "api",
    "Options": "api",
    "build_pipeline": "pipeline.build",
    "PipelineConfig": "pipeline.build",
    "read_text": "reading.decode",
    "decode_bytes": "reading.decode",
    "FactsDocument": "records.models",
    "TranscriptRecord": "records.models",
    "Quantity": "records.models",
    "json_schema": "records.schema",
    "render": "output.writers",
    "write_file": "output.writers",
    "write_atomic": "output.atomic",
    "ExtractorError": "errors",
    "InputError": "errors",
}

__all__ = ["__version__", *_EXPORTS]  # noqa: PLE0604  the lazy exports: their names are the keys of _EXPORTS

if TYPE_CHECKING:  # pragma: no cover
    from .api import (
        Options as Options,
        default_pipeline as default_pipeline,
        extract as extract,
        extract_path as extract_path,
        extract_text as extract_text,
        find_transcripts as find_transcripts,
        iter_outcomes as iter_outcomes,
        record_from_doc as record_from_doc,
    )
    from .errors import ExtractorError as ExtractorError, InputError as InputError
    from .output.atomic import write_atomic as write_atomic
    from .output.writers import render as render, write_file as write_file
    from .pipeline.build import PipelineConfig as PipelineConfig, build_pipeline as build_pipeline
    from .reading.decode import decode_bytes as decode_bytes, read_text as read_text
    from .records.models import (
        FactsDocument as FactsDocument,
        Quantity as Quantity,
        TranscriptRecord as TranscriptRecord,
    )
    from .records.schema import json_schema as json_schema


def __dir__() -> list[str]:
    # The public names are loaded on first use (``__getattr__``): list them for dir() and help().
    return sorted({*globals(), *__all__})


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
        return version(_DISTRIBUTION)
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"
