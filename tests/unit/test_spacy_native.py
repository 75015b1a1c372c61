"""spaCy citizenship without the model: records kept on the Doc and read back, span labels, factories found by
entry point."""
from __future__ import annotations

import tomllib

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span
from srsly import msgpack

from extractor.pipeline.extensions import QUANTITIES, TURNS, register_extensions
from extractor.records.models import Exchange, Handoff, Header, Participant, Quantity, Turn
from extractor.structure.types import Structure

from ..conftest import ROOT

TEXT = (
    "Harbour Authority briefing\n\n"
    "DIRECTOR VANCE: Cargo volumes grew 4% to 9 million tonnes.\n\n"
    "Q: What about the new quay?\n\n"
    "DIRECTOR VANCE: It opens in June.\n"
)


@pytest.fixture(scope="module")
def blank():
    from extractor.pipeline.components import structure  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("transcript_structure")
    return nlp


def _structure() -> Structure:
    vance = Participant(id="p1", name="Vance", kind="official", title="Director", aliases=("DIRECTOR VANCE",))
    return Structure(
        header=Header(title="Harbour Authority briefing", participants=(vance,)),
        turns=(Turn(id="t1", start=28, end=86, content_start=44, speaker="DIRECTOR VANCE", role="official",
                    participant="p1"),),
        exchanges=(Exchange(id="e1", start=88, end=150, asked_by="Q", question_turns=("t2",), answer_turns=("t3",),
                            answered_by=("p1",), handoffs=(Handoff(start=90, end=95, text="about", from_turn="t3",
                                                                   to_participant=None),)),),
        participants=(vance,),
        body_start=28,
    )


def _city_figure(doc: Doc) -> tuple[Span, Quantity]:
    facts = Quantity(id="q1", start=19, end=21, text="4%", value=4.0, unit="%", kind="change", direction="up",
                     concept="cargo volumes")
    return doc.char_span(19, 21, label="change"), facts


def test_doc_keeps_the_record_itself_and_returns_the_same_object_each_time():
    register_extensions()
    doc = spacy.blank("en")("Cargo volumes grew 4% this year.")
    span, facts = _city_figure(doc)
    span._.quantity = facts
    assert facts in doc.user_data.values()
    assert span._.quantity is facts and doc.char_span(19, 21)._.quantity is facts
    span._.quantity = None
    assert span._.quantity is None and not any(isinstance(v, Quantity) for v in doc.user_data.values())


def test_an_attribute_refuses_what_is_not_its_record():
    # Kept, it would fail only when the Doc is written out, far from the mistake.
    register_extensions()
    doc = spacy.blank("en")("Cargo volumes grew 4% this year.")
    span, facts = _city_figure(doc)
    with pytest.raises(TypeError, match="quantity holds a Quantity, not a dict"):
        span._.quantity = facts.model_dump()
    with pytest.raises(TypeError, match="turn holds a Turn, not a Quantity"):
        span._.turn = facts


def test_a_doc_read_back_before_the_codec_was_registered_gives_its_records():
    # Its records are still tagged maps (msgpack read without the decoders): the attribute decodes them.
    register_extensions()
    doc = spacy.blank("en")("Cargo volumes grew 4% this year.")
    span, facts = _city_figure(doc)
    span._.quantity = facts
    doc._.structure = _structure()
    raw = msgpack.loads(doc.to_bytes(), raw=False, object_pairs_hook=dict)
    values = msgpack.loads(raw["user_data_values"], raw=False, object_pairs_hook=dict)
    keys = msgpack.loads(raw["user_data_keys"], raw=False, use_list=False)
    back = spacy.blank("en")("Cargo volumes grew 4% this year.")
    back.user_data.update(zip(keys, values))
    assert isinstance(dict(zip(keys, values))[("._.", "structure", None, None)], dict)
    assert back.char_span(19, 21)._.quantity == facts
    assert back._.structure == doc._.structure


def test_docbin_round_trip_keeps_structure_spans_labels_and_facts(blank):
    doc = blank(TEXT)
    start = TEXT.index("4%")
    span = doc.char_span(start, start + 2, label="change")
    span._.quantity = Quantity(id="q1", start=start, end=start + 2, text="4%", value=4.0, unit="%", kind="change",
                               direction="up")
    doc.spans[QUANTITIES] = [span]
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(blank.vocab))
    assert back._.structure == doc._.structure
    assert [(s.label_, s._.turn) for s in back.spans[TURNS]] == [(s.label_, s._.turn) for s in doc.spans[TURNS]]
    assert back.spans[QUANTITIES][0]._.quantity == span._.quantity
    assert back.spans[QUANTITIES][0].label_ == "change"
    # Docs sent between processes travel as bytes too.
    assert Doc(blank.vocab).from_bytes(doc.to_bytes())._.structure == doc._.structure


def test_turn_spans_are_labelled_with_the_speakers_role(blank):
    doc = blank(TEXT)
    assert [s.label_ for s in doc.spans[TURNS]] == ["official", "media", "official"]
    assert [s._.turn.role for s in doc.spans[TURNS]] == ["official", "media", "official"]


def test_registering_again_keeps_the_getter_and_the_values():
    register_extensions()
    doc = spacy.blank("en")("Exports rose 3% in May.")
    facts = Quantity(id="q1", start=13, end=15, text="3%", value=3.0, unit="%", kind="change")
    doc.char_span(13, 15)._.quantity = facts
    getter = Span.get_extension("quantity")[2]
    register_extensions()  # idempotent
    assert Span.get_extension("quantity")[2] == getter
    assert doc.char_span(13, 15)._.quantity is facts


def _declared_factories() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return project["project"]["entry-points"]["spacy_factories"]


def test_every_factory_of_the_package_has_an_entry_point():
    import importlib
    import pkgutil

    import extractor.pipeline.components as components

    for module in pkgutil.iter_modules(components.__path__):
        importlib.import_module(f"{components.__name__}.{module.name}")
    ours = {name for name, func in spacy.registry.factories.get_all().items() if func.__module__.startswith("extractor.")}
    declared = _declared_factories()
    assert ours == set(declared), "add each factory to [project.entry-points.spacy_factories] in pyproject.toml"
    for name, target in declared.items():
        module, _, function = target.partition(":")
        assert getattr(importlib.import_module(module), function) is spacy.registry.factories.get(name), name


def test_numeral_focus_names_a_missing_component_clearly():
    from extractor.pipeline.components import focus  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="splitter")
    with pytest.raises(ValueError, match="no component 'tagger'"):
        nlp.add_pipe("numeral_focus", config={"splitter": "splitter", "components": ["tagger"]})


def test_numeral_focus_needs_its_components_named():
    from extractor.pipeline.components import focus  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="splitter")
    with pytest.raises(Exception, match="components"):
        nlp.add_pipe("numeral_focus", config={"splitter": "splitter"})


def test_numeral_focus_takes_its_limits_from_its_config():
    from extractor.pipeline.components import focus

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="splitter")
    component = nlp.add_pipe("numeral_focus", config={"splitter": "splitter", "components": [],
                                                      "limits": {"max_sentence_tokens": 7}})
    assert component.limits == focus.FocusLimits(max_sentence_tokens=7)
    with pytest.raises(ValueError, match="limits section"):
        nlp.add_pipe("numeral_focus", name="other", config={"splitter": "splitter", "components": [],
                                                             "limits": {"sentence_tokens": 7}})


def test_installed_metadata_declares_the_same_entry_points():
    """After ``pip install -e .`` the installed metadata must carry pyproject's entry points."""
    import importlib.metadata
    import json
    from pathlib import Path

    def of_this_checkout(dist) -> bool:
        # An editable install's dist-info names its source; the build's egg-info lies in the checkout.
        url = json.loads(dist.read_text("direct_url.json") or "{}").get("url", "")
        here = Path(url.removeprefix("file://")).resolve() == ROOT if url.startswith("file://") else False
        return here or ROOT in Path(str(dist.locate_file(""))).resolve().parents or \
            Path(getattr(dist, "_path", "")).resolve().parent == ROOT

    ours = [d for d in importlib.metadata.distributions(name="transcript-facts") if of_this_checkout(d)]
    if not ours:
        pytest.skip(f"the installed extractor is not an editable install of this checkout ({ROOT})")
    for dist in ours:
        installed = {ep.name: ep.value for ep in dist.entry_points if ep.group == "spacy_factories"}
        assert installed == _declared_factories(), f"{dist._path} is stale: run `pip install -e .` again"
