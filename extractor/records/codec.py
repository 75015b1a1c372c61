"""How records travel on a ``Doc``: srsly's msgpack encoders and decoders, as spacy-layout keeps its layouts.

A ``Doc`` holds its records (``span._.quantity``, ``doc._.structure``, ...) as the objects themselves, in
``doc.user_data``. spaCy writes ``user_data`` with srsly's msgpack (``Doc.to_bytes``, ``DocBin``, and
``nlp.pipe(..., n_process=2)``, which sends Docs between processes as bytes), and srsly asks the encoders
registered in ``srsly.msgpack_encoders`` for each object msgpack cannot pack itself, the decoders in
``srsly.msgpack_decoders`` for each map it reads back. :class:`RecordCodec` is such a pair: a record (or a
dataclass such as the structure) goes out as a map of its fields plus a tag naming its class, nested records
each by the same rule; a tagged map comes back as the record, as the pipeline made it (``model_construct``:
no checks; a record is validated once, when the transcript's record is assembled).

msgpack has one kind of array, so a field comes back as a list where it was a tuple: every sequence a record
or the structure holds is a tuple (``tests/unit/test_codec.py`` checks the annotations), and the decoder
makes every array of a field a tuple again.

Registering is explicit (:meth:`RecordCodec.register`, called by
:func:`extractor.pipeline.extensions.register_extensions`), never a side effect of importing this module.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel
from srsly import msgpack_decoders, msgpack_encoders

from . import models

#: The key of the tag that names a record's class in its msgpack map.
TYPE_KEY = "__extractor__"
#: The name the codec is registered under in srsly's registries.
REGISTERED_AS = "extractor_records"

#: Every record type of :mod:`extractor.records.models` (a quantity's ``sentence`` is a plain ``Quoted``).
RECORD_TYPES: tuple[type[models.Record], ...] = tuple(
    v for v in vars(models).values() if isinstance(v, type) and issubclass(v, models.Record)
)


class RecordCodec:
    """Packs and unpacks the records and dataclasses of the given types, each known by its class name."""

    def __init__(self, types: Iterable[type]) -> None:
        self.types: dict[str, type] = {}
        for cls in types:
            if not (issubclass(cls, BaseModel) or dataclasses.is_dataclass(cls)):
                raise TypeError(f"{cls.__name__} is neither a record nor a dataclass")
            if self.types.setdefault(cls.__name__, cls) is not cls:
                raise ValueError(f"two types are named {cls.__name__}")

    def knows(self, value: Any) -> bool:
        """Whether ``value`` is of one of the codec's types (exactly: a subclass is another type)."""
        return self.types.get(type(value).__name__) is type(value)

    def encode(self, obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
        """An encoder for ``srsly.msgpack_encoders``: a known object as a tagged map of its fields."""
        if self.knows(obj):
            names = type(obj).model_fields if isinstance(obj, BaseModel) else [f.name for f in dataclasses.fields(obj)]
            return {TYPE_KEY: type(obj).__name__, **{name: getattr(obj, name) for name in names}}
        return obj if chain is None else chain(obj)

    def decode(self, obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
        """A decoder for ``srsly.msgpack_decoders``: a tagged map (whose nested maps are decoded already) as its
        object."""
        if isinstance(obj, dict) and obj.get(TYPE_KEY) in self.types:
            cls = self.types[obj[TYPE_KEY]]
            fields = {name: _tuples(value) for name, value in obj.items() if name != TYPE_KEY}
            if not issubclass(cls, BaseModel):
                return cls(**fields)
            missing = [name for name, f in cls.model_fields.items() if f.is_required() and name not in fields]
            if missing:
                # A Doc saved by another version of the extractor: a record without its id is no record.
                raise ValueError(f"cannot rebuild a {cls.__name__} from the Doc's data: it has no "
                                 f"{', '.join(missing)} (was the Doc saved by another version of extractor?)")
            return cls.model_construct(**fields)
        return obj if chain is None else chain(obj)

    def revive(self, data: Any) -> Any:
        """``data`` with every tagged map in it decoded, innermost first: for a ``Doc`` read back before the
        codec was registered (its records still maps)."""
        if isinstance(data, dict):
            return self.decode({key: self.revive(value) for key, value in data.items()})
        if isinstance(data, (list, tuple)):
            return type(data)(self.revive(value) for value in data)
        return data

    def register(self) -> None:
        """Register the pair with srsly (again: the same name replaces the entry, so it is idempotent)."""
        msgpack_encoders.register(REGISTERED_AS, func=self.encode)
        msgpack_decoders.register(REGISTERED_AS, func=self.decode)


def _tuples(value: Any) -> Any:
    """Every array in a field's value as a tuple (msgpack gives lists, or tuples with ``use_list=False``)."""
    if isinstance(value, (list, tuple)):
        return tuple(_tuples(v) for v in value)
    return value


__all__ = ["RECORD_TYPES", "REGISTERED_AS", "TYPE_KEY", "RecordCodec"]
