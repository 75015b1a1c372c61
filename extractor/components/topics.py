"""The ``transcript_topics`` component: topic segments as spans."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import TOPICS, register_extensions
from ..topics import segment_topics
from .spans import char_span


@Language.factory(
    "transcript_topics",
    assigns=["doc.spans"],
    requires=["doc._.structure", "doc.spans"],
)
def make_topics(nlp: Language, name: str) -> "TopicsComponent":
    """Segment the body of each transcript into labelled topics (``span._.topic``)."""
    register_extensions()
    return TopicsComponent()


class TopicsComponent:
    def __call__(self, doc: Doc) -> Doc:
        structure = doc._.structure
        blocks = []
        body_start = 0
        if structure is not None:
            blocks = sorted((b.start, b.end) for b in (*structure.statements, *structure.exchanges))
            body_start = structure.turns[0].start if structure.turns else structure.header.end
        spans = []
        for segment in segment_topics(doc, blocks, body_start):
            span = char_span(doc, segment.start, segment.end)
            if span is not None:
                span._.topic = segment
                spans.append(span)
        doc.spans[TOPICS] = spans
        return doc
