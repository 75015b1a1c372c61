"""The custom attributes the pipeline sets on ``Doc`` and ``Span`` objects.

Registration is explicit and idempotent (``register_extensions()`` is called by
the components' factories), never a side effect of importing this module.

The facts (``span._.quantity``, ``span._.turn``, ``doc._.structure``, ...) are the
record types of :mod:`extractor.records.models` (and the structure that holds them,
:class:`extractor.structure.types.Structure`), but what the ``Doc`` keeps in ``doc.user_data`` is
their plain form (dicts, lists, strings, numbers; :func:`to_plain`), under the keys
spaCy itself uses for extensions (``("._.", name, start_char, end_char)``). So a
processed ``Doc`` round-trips through ``DocBin(store_user_data=True)``, ``Doc.to_bytes``
and ``nlp.pipe(..., n_process=2)`` (which sends Docs between processes as bytes).
Reading an attribute rebuilds the value from its plain form (unchecked, as the pipeline made
it: records are validated when the output is assembled) once per ``Doc`` and then
returns the same object each time (a cache held by the attribute's getter, keyed by a weak
reference to the ``Doc``: it is never written out and goes with the ``Doc``).
"""
from __future__ import annotations

import dataclasses
import types
import typing
import weakref
from functools import cache
from importlib import import_module
from typing import Any, cast

from pydantic import BaseModel
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

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
#: ``doc._`` and ``span._`` attributes that hold a value type, kept in its plain form; the type is
#: named, not imported, so that registering the extensions imports none of the rule packages.
_DOC_TYPED = {"structure": "extractor.structure.types:Structure"}
_SPAN_TYPED = {
    "turn": "extractor.records.models:Turn",
    "exchange": "extractor.records.models:Exchange",
    "statement": "extractor.records.models:Statement",
    "debris": "extractor.records.models:Debris",
    "quantity": "extractor.records.models:Quantity",
    "topic": "extractor.records.models:Topic",
}

_TEXT_KEY = ("extractor", "text")


class _Stored:
    """Getter and setter of one typed attribute (a class, not a closure, so that it pickles)."""

    def __init__(self, name: str, type_path: str) -> None:
        self.name = name
        self.type_path = type_path
        # Per Doc: stored key -> (the plain data, the value built from it). Not in ``doc.user_hooks``,
        # whose content makes ``Doc.to_bytes`` warn that hooks are lost.
        self._views: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def __getstate__(self) -> dict:  # the cache stays in its process
        return {"name": self.name, "type_path": self.type_path}

    def __setstate__(self, state: dict) -> None:
        _Stored.__init__(self, state["name"], state["type_path"])

    def _cache(self, doc: Doc) -> dict:
        views = self._views.get(doc)
        if views is None:
            views = self._views[doc] = {}
        return views

    def key(self, obj) -> tuple:
        if isinstance(obj, Doc):
            return ("._.", self.name, None, None)
        if obj.id:
            # Two records may widen to the same tokens ("13" and "3" of "13(3)" are one token): a span
            # laid with its record's id (``span_id``) keeps its own record.
            return ("._.", self.name, obj.start_char, obj.end_char, obj.id_)
        return ("._.", self.name, obj.start_char, obj.end_char)

    def get(self, obj):
        doc = obj if isinstance(obj, Doc) else obj.doc
        key = self.key(obj)
        plain = _user_data(doc).get(key)
        if plain is None:
            return None
        views = self._cache(doc)
        cached = views.get(key)
        if cached is not None and cached[0] is plain:  # the stored data has not been replaced since
            return cached[1]
        value = from_plain(_resolve(self.type_path), plain)
        views[key] = (plain, value)
        return value

    def set(self, obj, value) -> None:
        doc = obj if isinstance(obj, Doc) else obj.doc
        key = self.key(obj)
        views = self._cache(doc)
        if value is None:
            _user_data(doc).pop(key, None)
            views.pop(key, None)
            return
        plain = to_plain(value)
        _user_data(doc)[key] = plain
        views[key] = (plain, value)


def register_extensions() -> None:
    """Register the ``doc._`` and ``span._`` attributes if they are not there yet."""
    for name in _DOC_PLAIN:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for cls, typed in ((Doc, _DOC_TYPED), (Span, _SPAN_TYPED)):
        for name, type_path in typed.items():
            current = cls.get_extension(name)
            getter = current[2] if current else None
            if getattr(getter, "__self__", None).__class__ is not _Stored:
                stored = _Stored(name, type_path)
                cls.set_extension(name, getter=stored.get, setter=stored.set, force=True)


def to_plain(value):
    """``value`` as data msgpack and JSON can hold: records and dataclasses as dicts, tuples as lists."""
    if isinstance(value, BaseModel):
        return {name: to_plain(getattr(value, name)) for name in type(value).model_fields}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} on a Doc: only records, dataclasses and plain data")


def from_plain(tp, data):
    """Rebuild a value of type ``tp`` (as annotated on a record's or dataclass's field) from :func:`to_plain`'s
    output. A record is rebuilt unchecked, as the pipeline made it (``model_construct``)."""
    if data is None:
        return None
    if _is_record(tp):
        fields = tp.model_fields
        missing = [name for name, f in fields.items() if f.is_required() and name not in data]
        if missing:
            # A Doc saved by another version of the extractor: a record without its id is no record.
            raise ValueError(f"cannot rebuild a {tp.__name__} from the Doc's data: it has no {', '.join(missing)} "
                             "(was the Doc saved by another version of extractor?)")
        return tp.model_construct(**{name: from_plain(fields[name].annotation, value)
                                     for name, value in data.items() if name in fields})
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _field_types(tp)
        return tp(**{f.name: from_plain(hints[f.name], data[f.name])
                     for f in dataclasses.fields(tp) if f.init and f.name in data})
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        # A field typed ``SomeRecord | None`` (or a dataclass) holds a dict; any other union holds plain data.
        typed = [a for a in inner
                 if dataclasses.is_dataclass(a) or _is_record(a) or typing.get_origin(a) in (tuple, list)]
        return from_plain(typed[0], data) if len(typed) == 1 else data
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in data)
        return tuple(from_plain(a, v) for a, v in zip(args, data)) if args else tuple(data)
    if origin is list:
        return [from_plain(args[0] if args else typing.Any, v) for v in data]
    if origin is dict or tp is dict:
        return dict(data)
    if origin is frozenset or tp is frozenset:
        return frozenset(data)
    return data


def _user_data(doc: Doc) -> dict[Any, Any]:
    """``doc.user_data``, whose keys spaCy's stub types as strings although spaCy keys its own extensions
    by tuples, as this module does."""
    return cast("dict[Any, Any]", doc.user_data)


def _is_record(tp) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


@cache
def _field_types(tp) -> dict:
    return typing.get_type_hints(tp)


@cache
def _resolve(type_path: str):
    module, _, name = type_path.partition(":")
    return getattr(import_module(module), name)


def _text_length(doc: Doc) -> int:
    """The length of ``doc.text``, read from its last token (spaCy's tokenizer keeps every character)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the string ``doc`` was made from, as its :func:`doc_text` (saves building it again).

    The text must be the Doc's own (spaCy's tokenizer keeps every character); one of another length is refused.
    """
    size = _text_length(doc)
    if len(text) != size:
        raise ValueError(f"the text has {len(text):,} characters, the Doc {size:,}")
    _user_data(doc)[_TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``.

    spaCy rebuilds ``doc.text`` from every token on each access; the components read it several
    times per transcript. The kept copy is checked against the Doc's length, so a Doc whose tokens
    changed gets its text rebuilt.
    """
    text = _user_data(doc).get(_TEXT_KEY)
    size = _text_length(doc)
    if text is None or len(text) != size:
        # From the token arrays: ``doc.text`` makes a Token object for every word.
        strings = doc.vocab.strings
        text = "".join([strings[orth] + " " if space else strings[orth]
                        for orth, space in doc.to_array([ORTH, SPACY]).tolist()])
        _user_data(doc)[_TEXT_KEY] = text
    return text
