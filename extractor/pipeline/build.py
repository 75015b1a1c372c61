"""Assemble the spaCy pipeline: the model's components plus the transcript components."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.language import Language

# Importing a component module registers its factory with spaCy.
from .components import structure  # noqa: F401
from .components.cached_lemmatizer import cache_lemmatizer
from .components.indexed_attribute_ruler import index_attribute_ruler
from .extensions import register_extensions
from .model_loading import load_model, model_components, resolve_model_name


@dataclass(frozen=True)
class PipelineConfig:
    """What the pipeline does.

    Attributes:
        model: spaCy pipeline package or directory; None picks an installed English model.
        quantities: Extract quantities (needs the parser, tagger and NER).
        topics: Segment topics.
        parse_all: Run the tagger, parser and entity recogniser on every sentence. By default they
            run only on the passages that may hold a figure and the sentences that may name its
            owner (the ``numeral_focus`` component, about 43% of the words); elsewhere sentences come
            from the model's light ``senter`` and topics read words by their form. Parsing all is
            half as fast; the quantities are nearly the same and the topics a little better
            (figures in the README).
        matrix_library: What multiplies the models' matrices, ``"numpy"`` or ``"blis"`` (see
            :func:`extractor.pipeline.model_loading.load_model`); the results are the same.
    """

    model: str | None = None
    quantities: bool = True
    topics: bool = True
    matrix_library: str = "numpy"
    parse_all: bool = False


def build_pipeline(config: PipelineConfig | None = None, *, settings: Mapping[str, Mapping] | None = None) -> Language:
    """Load the model and add the transcript components to it, each with its config in ``settings`` (by name, as
    ``nlp.add_pipe`` takes it: ``{"transcript_structure": {"exchanges": {"challenge_words": 25}}}``).

    The structure component runs first, so that the parser respects the
    sentence boundaries it sets at every turn and paragraph.
    """
    config = config or PipelineConfig()
    model = resolve_model_name(config.model)  # fail fast, before any work, on a model that is not installed
    # The optional components are imported (their factories registered) only when the pipeline has them,
    # for start-up speed: a pipeline without quantities does not load quantulum3 and the quantity rules
    # (some 0.4 s), nor one without topics the topic rules.
    if config.quantities:
        from .components import quantities  # noqa: F401
    if config.topics:
        from .components import topics  # noqa: F401

    register_extensions()
    needs_parse = config.quantities or config.topics
    # Without quantities or topics only the tokenizer is needed: skip the costly components.
    exclude = () if needs_parse else model_components(model)
    nlp = load_model(model, exclude=exclude, matrix_library=config.matrix_library)
    # Same patterns and results as the model's attribute ruler, a third of its time.
    index_attribute_ruler(nlp)
    # Same lemmas as the model's lemmatizer, which works most of them out anew at every token.
    cache_lemmatizer(nlp)
    # The size limit users set (Options.max_bytes, --max-bytes) is checked before spaCy sees a text.
    nlp.max_length = 10**9
    nlp.add_pipe("transcript_structure", first=True, config=_settings(settings, "transcript_structure"))
    if _focused(config, nlp):
        _add_focus(nlp, settings)
    if config.quantities:
        nlp.add_pipe("transcript_quantities", last=True, config=_settings(settings, "transcript_quantities"))
    if config.topics:
        nlp.add_pipe("transcript_topics", last=True, config=_settings(settings, "transcript_topics"))
    return nlp


def _add_focus(nlp: Language, settings: Mapping[str, Mapping] | None) -> None:
    """Disable the model's components and add ``numeral_focus``, which runs them on the passages that need them."""
    # Imported only for a pipeline with quantities (see _focused), for start-up speed: it loads the quantity
    # rules, as build_pipeline's optional components do.
    from .components import focus  # noqa: F401

    # Every component of the model, in its own order (a transformer, a morphologizer, an entity
    # ruler too), runs on the passages.
    models = [name for name in nlp.pipe_names if name != "transcript_structure"]
    splitter = "senter"
    if splitter not in nlp.component_names:  # a model without one: split by punctuation
        splitter = "focus_sentencizer"
        nlp.add_pipe("sentencizer", name=splitter)
    # The focus component runs these itself, on the passages that need them.
    for name in [*models, splitter]:
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    nlp.add_pipe("numeral_focus", last=True,
                 config={**_settings(settings, "numeral_focus"), "splitter": splitter, "components": models})


def _settings(settings: Mapping[str, Mapping] | None, component: str) -> dict:
    """The config ``settings`` give ``component`` (its thresholds, its vocabularies), as ``nlp.add_pipe`` takes it."""
    return dict((settings or {}).get(component, {}))


def model_label(nlp: Language) -> str:
    """``name==version`` of the loaded spaCy pipeline, for the output's generator block."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}=={nlp.meta.get('version', '?')}"


def _focused(config: PipelineConfig, nlp: Language | None = None) -> bool:
    """Whether the models run only on the passages that may hold a figure.

    Only when quantities are extracted (topics alone gain nothing from it), parsing all is not asked
    for, and the model has a parser (which alone sets the passages' sentence boundaries).
    """
    if config.parse_all or not config.quantities:
        return False
    return nlp is None or "parser" in nlp.pipe_names


def parsing_label(nlp: Language) -> str | None:
    """Where the models ran, for the output's generator block: ``"focused"``, ``"all"``, or None (nowhere)."""
    if "numeral_focus" in nlp.pipe_names:
        return "focused"
    return "all" if any(name in nlp.pipe_names for name in ("tagger", "parser", "ner")) else None


def parsing_label_for(config: PipelineConfig) -> str | None:
    """:func:`parsing_label` of the pipeline ``config`` builds, without building it (for the English models)."""
    if not (config.quantities or config.topics):
        return None
    return "focused" if _focused(config) else "all"


__all__ = ["PipelineConfig", "build_pipeline", "model_label", "parsing_label", "parsing_label_for",
           "resolve_model_name"]
