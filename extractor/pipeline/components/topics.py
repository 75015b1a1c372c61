"""The ``transcript_topics`` component: topic segments as spans."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields
from typing import Any, cast

import numpy
from spacy import parts_of_speech
from spacy.attrs import IDX, NORM, ORTH, POS, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from ...lang.profile import Profile
from ...topics import (
    LabelConfig,
    Passage,
    SegmenterConfig,
    body_start,
    ignored_ranges,
    passages_from_structure,
    segment_topics,
    speaker_names,
)
from ...topics.config import MarkerConfig, QuestionConfig
from ..extensions import TOPICS, register_extensions
from . import greedy_parse
from .sections import config_section
from .spans import lay_spans
from .vocabularies import Vocabularies, WithVocabularies

_DEFAULTS = SegmenterConfig()
#: The segmenter's settings, each a key of the component's config (the markers', the questions' and the labels'
#: are sections of their own).
_SECTIONS = {"markers": MarkerConfig, "questions": QuestionConfig, "labels": LabelConfig}
_SETTINGS = tuple(f.name for f in fields(SegmenterConfig) if f.name not in _SECTIONS)


@Language.factory(
    "transcript_topics",
    assigns=["doc.spans"],
    requires=["doc._.structure", "doc.spans"],
    default_config={
        **{name: getattr(_DEFAULTS, name) for name in _SETTINGS},
        **{name: asdict(getattr(_DEFAULTS, name)) for name in _SECTIONS},
        "vocabularies": {},
    },
)
def make_topics(
    nlp: Language, name: str, *, target_words: int, window_words: int, min_words: int, answer_split_cost: float,
    follow_up_similarity: float, min_segment_words: int, question_split: float, new_asker_weight: float,
    carry_on_weight: float, statement_split_targets: float, signpost_weight: float, paragraph_weight: float,
    strong_signpost_discount: float, new_subject_costs: float, weak_signpost_near: float,
    weak_signpost_whole: float, weak_signpost_bonus: float, max_piece_targets: int, statement_depth: float,
    length_weight: float,
    piece_cost: float, least_judged_segments: int, introduction_sentences: int, introduction_words: int,
    greeting_words: int, introduction_name_words: int, further_question_sentences: int, markers: dict,
    questions: dict, labels: dict, vocabularies: dict,
) -> TopicsComponent:
    """Segment the body of each transcript into labelled topics (``span._.topic``).

    The settings are the fields of :class:`SegmenterConfig`; ``markers`` those of :class:`MarkerConfig`,
    ``questions`` those of :class:`QuestionConfig` and ``labels`` those of :class:`LabelConfig` (sections of
    their own). ``vocabularies``: word lists that replace the package's while it runs (:mod:`.vocabularies`).
    """
    register_extensions()
    given = locals()  # every setting by its field's name, as spaCy passed it
    sections: dict[str, Any] = {name: config_section("transcript_topics", kind, name, given[name])
                                 for name, kind in _SECTIONS.items()}
    config = SegmenterConfig(**{key: given[key] for key in _SETTINGS}, **sections)
    return TopicsComponent(config, Vocabularies(vocabularies), recogniser=_recogniser(nlp), tagger=_tagger(nlp))



def _recogniser(nlp: Language):
    """The model's entity recogniser (with the transformer it listens to, if any), run on sentences of
    their own: it reads the sentences of would-be headings where the models did not run. None
    without one."""
    if "ner" not in nlp.component_names:
        return None
    components = [nlp.get_pipe(name) for name in ("transformer", "ner") if name in nlp.component_names]

    def recognise(sentences: list[str]) -> list[list[tuple[str, str]]]:
        # Each distinct sentence once: several phrases of a transcript are often first said in one sentence,
        # and a sentence's entities do not depend on the others read with it.
        distinct = list(dict.fromkeys(sentences))
        docs = [nlp.make_doc(s) for s in distinct]
        for component in components:
            # The entity recogniser with Python's lock held (same entities, about half the time).
            docs = (list(greedy_parse.pipe(component, docs)) if hasattr(component, "pipe")
                    else [component(d) for d in docs])
        found = {s: [(e.text, e.label_) for e in d.ents] for s, d in zip(distinct, docs)}
        return [list(found[s]) for s in sentences]

    return recognise


def _tagger(nlp: Language):
    """The model's tagger (with what it listens to, and the rules that map tags to parts of speech), run on
    sentences of their own: it reads the sentences of would-be headings where the model did not run.
    None without one."""
    if "tagger" not in nlp.component_names:
        return None
    names = [n for n in ("transformer", "tok2vec", "tagger", "attribute_ruler") if n in nlp.component_names]
    components = [nlp.get_pipe(name) for name in names]
    reach = _tagger_reach(nlp, names)

    def tag(sentences: list[str], at: Sequence[int] | None = None) -> list[list[tuple[int, str]]]:
        """``(offset, POS)`` of each token of each sentence; given ``at`` (an offset in each sentence), of the
        tokens around the first token starting there or after, as far as the tagger reads for that token."""
        if at is not None and reach is not None:
            # Each distinct sentence tokenized once (phrases asked about are often first said in one sentence);
            # each phrase gets a Doc of its own, the tokens around it.
            made = {s: nlp.make_doc(s) for s in dict.fromkeys(sentences)}
            around = [_around(made[s], a, reach) for s, a in zip(sentences, at)]
            docs, shifts = [d for d, _ in around], [shift for _, shift in around]
        else:
            docs, shifts = [nlp.make_doc(s) for s in sentences], [0] * len(sentences)
        for component in components:
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
        # Read from the arrays: a Token object for every word of every sentence cost more than the tagging.
        out = []
        for d, shift in zip(docs, shifts):
            offsets, parts = cast(list[list[int]], d.to_array([IDX, POS]).reshape(-1, 2).T.tolist())
            out.append([(offset + shift, parts_of_speech.NAMES[part]) for offset, part in zip(offsets, parts)])
        return out

    return tag


#: Layers of the English models' tagger and its embedding that read one token only (the windows of
#: ``expand_window`` are counted: how far each side the tagger reads for one token).
_OWN_TOKEN_LAYERS = frozenset({"tok2vec-listener", "softmax", "extract_features", "list2ragged", "ints-getitem",
                               "hashembed", "maxout", "layernorm", "dropout", "ragged2list"})


def _tagger_reach(nlp: Language, names: Sequence[str]) -> int | None:
    """How many tokens each side of a token the tagger's part of speech for it reads: the windows of its
    embedding's convolutions (four in the English models), the attribute ruler's two-token patterns one more.
    None when some layer may read farther (a transformer reads the whole sentence)."""
    if list(names) != ["tok2vec", "tagger", "attribute_ruler"]:
        return None
    reach = 0
    models = [getattr(nlp.get_pipe(name), "model", None) for name in ("tok2vec", "tagger")]
    for layer in [layer for model in models if model is not None for layer in model.walk()]:
        if layer.layers:
            continue  # a combinator: its leaves are counted
        if layer.name == "expand_window":
            reach += int(layer.attrs["window_size"])
        elif layer.name not in _OWN_TOKEN_LAYERS:
            return None
    return reach + 1


def _around(doc: Doc, at: int, reach: int) -> tuple[Doc, int]:
    """The tokens of ``doc`` within ``reach`` of the first one starting at ``at`` or after, as a new Doc of their
    own (norms and spaces kept; ``doc`` itself is left as it is, to be read again), and the offset in ``doc``
    where it starts."""
    if not len(doc):
        return Doc(doc.vocab, words=[]), 0
    starts = doc.to_array(IDX).reshape(-1)
    first = int(numpy.searchsorted(starts, at, side="left"))
    a, b = max(0, first - reach), min(len(doc), first + reach + 1)
    # A new Doc from the token arrays, as numeral_focus builds its passages: Span.as_doc also works out the
    # span's vector, a look-up for every word, which the tagger never reads.
    strings = doc.vocab.strings
    orths, spaces = doc.to_array([ORTH, SPACY]).reshape(-1, 2)[a:b].T.tolist()
    sub = Doc(doc.vocab, words=[strings[h] for h in orths], spaces=[bool(x) for x in spaces])
    # The tokenizer's special cases give some tokens their own norm ("n't" -> "not"), which the tagger reads.
    # spaCy's stub asks for thinc's Ints2d; spaCy reads any numpy array of integers.
    sub.from_array([NORM], doc.to_array([NORM])[a:b])  # type: ignore[arg-type]
    return sub, int(starts[a])


class TopicsComponent(WithVocabularies):
    def __init__(self, config: SegmenterConfig | None = None, vocabularies: Vocabularies | None = None,
                 recogniser=None, tagger=None) -> None:
        self.config = config or SegmenterConfig()
        self.vocabularies = vocabularies or Vocabularies()
        self.recogniser = recogniser
        self.tagger = tagger

    def _annotate(self, doc: Doc, *, profile: Profile) -> Doc:
        structure = doc._.structure
        passages: list[Passage] = []
        ignore: list[tuple[int, int]] = []
        start, names = 0, frozenset[str]()
        if structure is not None:
            passages = passages_from_structure(structure, self.config.questions)
            start = body_start(structure)
            ignore = ignored_ranges(structure)
            names = speaker_names(structure)
        segments = segment_topics(doc, passages, body_start=start, ignore=ignore, names=names, config=self.config,
                                  recognise=self.recogniser, tag=self.tagger, profile=profile)
        lay_spans(doc, TOPICS, "topic", segments, label=lambda t: t.label)
        return doc
