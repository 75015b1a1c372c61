"""The ``transcript_topics`` component: topic segments as spans."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...topics import (
    Passage,
    SegmenterConfig,
    body_start,
    ignored_ranges,
    passages_from_structure,
    segment_topics,
    speaker_names,
)
from ..extensions import TOPICS, register_extensions
from .spans import lay_spans
from .vocabularies import Vocabularies, WithVocabularies

_DEFAULTS = SegmenterConfig()


@Language.factory(
    "transcript_topics",
    assigns=["doc.spans"],
    requires=["doc._.structure", "doc.spans"],
    default_config={
        "target_words": _DEFAULTS.target_words,
        "window_words": _DEFAULTS.window_words,
        "min_words": _DEFAULTS.min_words,
        "answer_split_cost": _DEFAULTS.answer_split_cost,
        "follow_up_similarity": _DEFAULTS.follow_up_similarity,
        "min_segment_words": _DEFAULTS.min_segment_words,
        "question_split": _DEFAULTS.question_split,
        "new_asker_weight": _DEFAULTS.new_asker_weight,
        "carry_on_weight": _DEFAULTS.carry_on_weight,
        "vocabularies": {},
    },
)
def make_topics(
    nlp: Language,
    name: str,
    *,
    target_words: int,
    window_words: int,
    min_words: int,
    answer_split_cost: float,
    follow_up_similarity: float,
    min_segment_words: int,
    question_split: float,
    new_asker_weight: float,
    carry_on_weight: float,
    vocabularies: dict,
) -> TopicsComponent:
    """Segment the body of each transcript into labelled topics (``span._.topic``).

    ``vocabularies``: word lists that replace the package's while it runs (:mod:`.vocabularies`).
    """
    register_extensions()
    return TopicsComponent(SegmenterConfig(
        target_words=target_words, window_words=window_words, min_words=min_words,
        answer_split_cost=answer_split_cost, follow_up_similarity=follow_up_similarity,
        min_segment_words=min_segment_words, question_split=question_split,
        new_asker_weight=new_asker_weight, carry_on_weight=carry_on_weight,
    ), Vocabularies(vocabularies), recogniser=_recogniser(nlp))


def _recogniser(nlp: Language):
    """The model's entity recogniser (with the transformer it listens to, if any), run on sentences of
    their own: it reads the sentences of would-be headings where the models did not run. None
    without one."""
    if "ner" not in nlp.component_names:
        return None
    components = [nlp.get_pipe(name) for name in ("transformer", "ner") if name in nlp.component_names]

    def recognise(sentences: list[str]) -> list[list[tuple[str, str]]]:
        docs = [nlp.make_doc(s) for s in sentences]
        for component in components:
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
        return [[(e.text, e.label_) for e in d.ents] for d in docs]

    return recognise


class TopicsComponent(WithVocabularies):
    def __init__(self, config: SegmenterConfig | None = None, vocabularies: Vocabularies | None = None,
                 recogniser=None) -> None:
        self.config = config or SegmenterConfig()
        self.vocabularies = vocabularies or Vocabularies()
        self.recogniser = recogniser

    def _annotate(self, doc: Doc) -> Doc:
        structure = doc._.structure
        passages: list[Passage] = []
        ignore: list[tuple[int, int]] = []
        start, names = 0, frozenset[str]()
        if structure is not None:
            passages = passages_from_structure(structure)
            start = body_start(structure)
            ignore = ignored_ranges(structure)
            names = speaker_names(structure)
        segments = segment_topics(doc, passages, body_start=start, ignore=ignore, names=names, config=self.config,
                                  recognise=self.recogniser)
        lay_spans(doc, TOPICS, "topic", segments, label=lambda t: t.label)
        return doc
