"""The records' msgpack codec (``extractor.records.codec``): what ``Doc.to_bytes`` and ``DocBin`` write of them."""
from __future__ import annotations

import dataclasses
import pickle
import typing

import catalogue
import pytest
import srsly
from spacy.tokens import Span

from extractor.pipeline.extensions import CODEC, register_extensions
from extractor.records.codec import RECORD_TYPES, REGISTERED_AS, TYPE_KEY, RecordCodec
from extractor.records.models import Clue, Confidence, Evidence, Exchange, Handoff, Header, Participant, Quantity, Turn
from extractor.structure.types import Structure


def _structure() -> Structure:
    mayor = Participant(id="p1", name="Ortiz", kind="official", title="Mayor", aliases=("MAYOR ORTIZ",))
    return Structure(
        header=Header(title="City Hall press conference", date="2025-03-04", date_source="header",
                      participants=(mayor,)),
        turns=(Turn(id="t1", start=30, end=90, content_start=43, speaker="MAYOR ORTIZ", role="official",
                    participant="p1"),),
        exchanges=(Exchange(id="e1", start=92, end=160, asked_by="Q", question_turns=("t2",), answer_turns=("t3",),
                            answered_by=("p1",), handoffs=(Handoff(start=95, end=99, text="Dana", from_turn="t3",
                                                                   to_participant=None),)),),
        participants=(mayor,),
        warnings=("two speakers share a label",),
        body_start=30,
    )


def _quantity() -> Quantity:
    clue = Clue.model_construct(mechanism="own-phrase", start=0, end=5, text="Rents")
    return Quantity.model_construct(
        id="q1", start=11, end=13, text="6%", value=6.0, unit="%", dimension="percent", kind="change",
        direction="up", concept="rents",
        evidence=Evidence.model_construct(concept=clue, entity=clue, period=clue, kind=clue, unit=clue),
        confidence=Confidence(concept=0.9, entity=0.5, period=0.7, kind=0.8, unit=1.0))


@pytest.mark.parametrize("value", [_structure(), _quantity()], ids=["structure", "quantity"])
@pytest.mark.parametrize("use_list", [True, False])
def test_a_value_comes_back_equal_with_its_tuples(value, use_list):
    register_extensions()
    back = srsly.msgpack_loads(srsly.msgpack_dumps({"kept": value}), use_list=use_list)["kept"]
    assert back == value and type(back) is type(value)
    if isinstance(value, Structure):
        assert isinstance(back.turns, tuple) and isinstance(back.exchanges[0].handoffs[0], Handoff)
        assert isinstance(back.exchanges[0].question_turns, tuple)


def test_a_record_comes_back_as_made_unchecked():
    # model_construct, as the pipeline made it: a record that would not validate (a unit no table knows) still
    # comes back; it is validated once, when the transcript's record is assembled.
    register_extensions()
    odd = Quantity.model_construct(id="q9", start=0, end=3, text="7 x", value=7.0, unit="no-such-unit",
                                   kind="level")
    assert srsly.msgpack_loads(srsly.msgpack_dumps(odd)) == odd


def test_a_record_without_its_id_is_refused_with_a_reason():
    # As a Doc saved by an extractor whose turns had no ids would hold them.
    packed = CODEC.encode(_structure().turns[0])
    del packed["id"]
    with pytest.raises(ValueError, match="cannot rebuild a Turn from the Doc's data: it has no id"):
        CODEC.decode(packed)


def test_the_packed_form_names_the_class_and_holds_the_fields():
    codec = RecordCodec([Participant])
    packed = codec.encode(Participant(id="p2", name="Lee", kind="moderator"))
    assert packed[TYPE_KEY] == "Participant" and packed["name"] == "Lee" and packed["aliases"] == ()
    assert codec.encode(3.5, chain=lambda v: ("chained", v)) == ("chained", 3.5)
    assert codec.decode({TYPE_KEY: "Unknown", "x": 1}) == {TYPE_KEY: "Unknown", "x": 1}


def test_a_codec_refuses_two_types_of_one_name_and_what_it_cannot_pack():
    @dataclasses.dataclass
    class Turn:
        id: str

    with pytest.raises(ValueError, match="two types are named Turn"):
        RecordCodec([RECORD_TYPES[0], Turn, *RECORD_TYPES])
    with pytest.raises(TypeError, match="neither a record nor a dataclass"):
        RecordCodec([int])


def _sequences(tp) -> list:
    """Every list/sequence annotation inside ``tp`` (a union's members, a tuple's items)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    found = [tp] if origin in (list, set, frozenset) or tp in (list, set, frozenset) else []
    for arg in args:
        if arg is not Ellipsis:
            found += _sequences(arg)
    return found


def test_every_sequence_the_doc_holds_is_a_tuple():
    # The decoder makes every array a tuple: a list (or set) field would come back as another type.
    on_the_doc = [t for t in CODEC.types.values() if t.__name__ not in ("FactsDocument", "TranscriptRecord")]
    for cls in on_the_doc:
        hints = typing.get_type_hints(cls)
        names = cls.model_fields if hasattr(cls, "model_fields") else [f.name for f in dataclasses.fields(cls)]
        assert [(cls.__name__, n) for n in names if _sequences(hints[n])] == []


def test_a_process_given_the_attributes_learns_the_codec():
    # nlp.pipe(n_process=2) sends spaCy's extension table to each process; one started afresh (spawn) has no
    # codec until an attribute's getter is unpickled there. Here: the codec taken away, then the getter
    # unpickled as a fresh process would.
    register_extensions()
    getter = Span.get_extension("quantity")[2]
    for registry in (srsly.msgpack_encoders, srsly.msgpack_decoders):
        catalogue._remove([*registry.namespace, REGISTERED_AS])
    assert not catalogue.check_exists(*srsly.msgpack_encoders.namespace, REGISTERED_AS)
    pickle.loads(pickle.dumps(getter))
    assert catalogue.check_exists(*srsly.msgpack_encoders.namespace, REGISTERED_AS)
    assert catalogue.check_exists(*srsly.msgpack_decoders.namespace, REGISTERED_AS)
