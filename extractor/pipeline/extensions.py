"""The custom attributes the pipeline sets on ``Doc`` and ``Span`` objects.

Registration is explicit and idempotent (``register_extensions()`` is called by
the components' factories), never a side effect of importing this module.

The facts (``span._.quantity``, ``span._.turn``, ``doc._.structure``, ...) are the
record types of :mod:`extractor.records.models` (and the structure that holds them,
:class:`extractor.structure.types.Structure`), kept as they are in ``doc.user_data``, under
the keys spaCy itself uses for extensions (``("._.", name, start_char, end_char)``). They
travel with the ``Doc`` through ``DocBin(store_user_data=True)``, ``Doc.to_bytes`` and
``nlp.pipe(..., n_process=2)`` (which sends Docs between processes as bytes) by srsly's
msgpack encoders (:mod:`extractor.records.codec`), which registering the extensions
registers too; a ``Doc`` read back holds the records again, as the pipeline made them
(records are validated when the output is assembled).
"""
from __future__ import annotations

from typing import Any, cast

from spacy.tokens import Doc, Span

from ..records.codec import RECORD_TYPES, RecordCodec
from ..records.models import Debris, Exchange, Quantity, Record, Statement, Topic, Turn
from ..structure.types import Structure

#: Names of the span groups the pipeline fills on ``doc.spans``.
TURNS = "turns"
EXCHANGES = "exchanges"
STATEMENTS = "statements"
DEBRIS = "debris"
QUANTITIES = "quantities"
TOPICS = "topics"

#: ``doc._`` attributes that hold plain strings (or None).
_DOC_PLAIN = (
    "file_name",  # base name of the source file, for a date in the name
    "date_option",  # ISO date given by the user as a fallback
)
#: ``doc._`` and ``span._`` attributes that hold a record (or the structure), and its type.
_DOC_TYPED: dict[str, type] = {"structure": Structure}
_SPAN_TYPED: dict[str, type[Record]] = {
    "turn": Turn,
    "exchange": Exchange,
    "statement": Statement,
    "debris": Debris,
    "quantity": Quantity,
    "topic": Topic,
}

#: What packs the records into msgpack and back: every record type, and the structure.
CODEC = RecordCodec((*RECORD_TYPES, Structure))


class _Stored:
    """Getter and setter of one typed attribute (a class, not a closure, so that it pickles)."""

    def __init__(self, name: str, type_: type) -> None:
        self.name = name
        self.type = type_

    def __setstate__(self, state: dict) -> None:
        # The extensions are sent to the processes of ``nlp.pipe(n_process=...)``; a process started afresh
        # (spawn) learns the codec here, to send its Docs back.
        self.__dict__.update(state)
        CODEC.register()

    def key(self, obj) -> tuple:
        if isinstance(obj, Doc):
            return ("._.", self.name, None, None)
        if obj.id:
            # Two records may widen to the same tokens ("13" and "3" of "13(3)" are one token): a span
            # laid with its record's id (``span_id``) keeps its own record.
            return ("._.", self.name, obj.start_char, obj.end_char, obj.id_)
        return ("._.", self.name, obj.start_char, obj.end_char)

    def get(self, obj):
        data = _user_data(obj if isinstance(obj, Doc) else obj.doc)
        key = self.key(obj)
        value = data.get(key)
        if isinstance(value, dict):  # read back before the codec was registered: still a map, decoded once
            value = data[key] = CODEC.revive(value)
        return value

    def set(self, obj, value) -> None:
        data = _user_data(obj if isinstance(obj, Doc) else obj.doc)
        if value is None:
            data.pop(self.key(obj), None)
            return
        if type(value) is not self.type:
            # Anything else would be kept, then fail (or be lost) when the Doc is written out.
            raise TypeError(f"{self.name} holds a {self.type.__name__}, not a {type(value).__name__}")
        data[self.key(obj)] = value


def register_extensions() -> None:
    """Register the ``doc._`` and ``span._`` attributes if they are not there yet, and the records' codec."""
    CODEC.register()
    for name in _DOC_PLAIN:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for cls, typed in ((Doc, _DOC_TYPED), (Span, _SPAN_TYPED)):
        for name, type_ in typed.items():
            current = cls.get_extension(name)
            getter = current[2] if current else None
            if getattr(getter, "__self__", None).__class__ is not _Stored:
                stored = _Stored(name, type_)
                cls.set_extension(name, getter=stored.get, setter=stored.set, force=True)


def _user_data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, whose keys spaCy's stub types as strings although spaCy keys its own extensions
    by tuples, as this module does."""
    return cast("dict[Any, Any]", doc.user_data)
