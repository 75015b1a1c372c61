"""The ``transcript_structure`` component: header, debris, turns, exchanges as spans."""
from __future__ import annotations

import re
from dataclasses import asdict

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ...structure import segment
from ...structure.config import (
    ExchangeConfig,
    FloorConfig,
    HeaderConfig,
    IntroductionConfig,
    NoticeConfig,
    RoleConfig,
    SpeakerLabelConfig,
    StructureConfig,
    UnlabelledConfig,
)
from ..extensions import DEBRIS, EXCHANGES, STATEMENTS, TURNS, register_extensions
from ..parsed import doc_text
from .sections import config_section
from .spans import char_span, lay_spans
from .vocabularies import Vocabularies, WithVocabularies

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
#: The sections of the component's config, each the fields of its dataclass (:mod:`extractor.structure.config`).
_SECTIONS = {"roles": RoleConfig, "unlabelled": UnlabelledConfig, "labels": SpeakerLabelConfig,
             "header": HeaderConfig, "exchanges": ExchangeConfig, "floor": FloorConfig,
             "introductions": IntroductionConfig, "notices": NoticeConfig}


@Language.factory(
    "transcript_structure",
    assigns=["doc._.structure", "doc.spans", "token.is_sent_start"],
    requires=[],
    default_config={"mark_sentences": True, **{name: asdict(kind()) for name, kind in _SECTIONS.items()},
                    "vocabularies": {}},
)
def make_structure(nlp: Language, name: str, *, mark_sentences: bool, roles: dict, unlabelled: dict, labels: dict,
                   header: dict, exchanges: dict, floor: dict, introductions: dict, notices: dict,
                   vocabularies: dict) -> StructureComponent:
    """Segment each transcript into header, debris, turns and exchanges.

    Args:
        mark_sentences: Start a sentence at every turn and paragraph, so that
            the parser, which respects boundaries set before it, never runs a
            sentence across two speakers.
        roles: the thresholds that read who is the press, the chair or an official, the fields of
            :class:`~extractor.structure.config.RoleConfig`.
        unlabelled: the thresholds that read a text without labels, the fields of
            :class:`~extractor.structure.config.UnlabelledConfig`.
        labels: when names alone on their lines, headings, stamps and caption voices are speaker labels, the
            fields of :class:`~extractor.structure.config.SpeakerLabelConfig`.
        header: how the header's lines are read for the title, the place and the participants, the fields of
            :class:`~extractor.structure.config.HeaderConfig`.
        exchanges: how many words make a reporter's turn a question and an official's an answer, the fields
            of :class:`~extractor.structure.config.ExchangeConfig`.
        floor: how the floor is given (the chair's turns, a hand-off), the fields of
            :class:`~extractor.structure.config.FloorConfig`.
        introductions: where a call or an introduction naming the asker is read, the fields of
            :class:`~extractor.structure.config.IntroductionConfig`.
        notices: when the structure warns, the fields of :class:`~extractor.structure.config.NoticeConfig`.
        vocabularies: word lists that replace the package's while it runs (:mod:`.vocabularies`).
    """
    register_extensions()
    given = locals()  # every section by its name, as spaCy passed it
    config = StructureConfig(**{name: config_section("transcript_structure", kind, name, given[name])
                                for name, kind in _SECTIONS.items()})
    return StructureComponent(mark_sentences=mark_sentences, config=config, vocabularies=Vocabularies(vocabularies))



class StructureComponent(WithVocabularies):
    def __init__(self, *, mark_sentences: bool, config: StructureConfig | None = None,
                 vocabularies: Vocabularies | None = None) -> None:
        self.mark_sentences = mark_sentences
        self.config = config or StructureConfig()
        self.vocabularies = vocabularies or Vocabularies()

    def __call__(self, doc: Doc) -> Doc:
        structure = segment(doc_text(doc), file_name=doc._.file_name, date=doc._.date_option, config=self.config,
                            profile=self.vocabularies.profile)
        doc._.structure = structure
        # Span labels: a turn's role, a statement's and a debris' kind (displaCy shows them).
        lay_spans(doc, TURNS, "turn", structure.turns, label=lambda t: t.role)
        lay_spans(doc, EXCHANGES, "exchange", structure.exchanges)
        lay_spans(doc, STATEMENTS, "statement", structure.statements, label=lambda s: s.kind)
        lay_spans(doc, DEBRIS, "debris", structure.debris, label=lambda d: d.kind)
        if self.mark_sentences and not doc.has_annotation("SENT_START"):
            # Set as one array: Token.is_sent_start rescans the whole document on every assignment.
            starts = doc.to_array([SENT_START]).reshape(-1).astype("int64")
            for start in _sentence_starts(doc_text(doc), structure):
                span = char_span(doc, start, start + 1)
                if span is not None and span.start > 0:
                    starts[span.start] = 1
            # spaCy's stub asks for thinc's Ints2d; spaCy reads any numpy array of integers.
            doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc


def _sentence_starts(text: str, structure) -> list[int]:
    """Offsets that must start a sentence: turn labels, turn contents, paragraphs, debris edges."""
    starts = set()
    for turn in structure.turns:
        starts.add(turn.start)
        starts.add(_skip_space(text, turn.content_start))
    for item in structure.debris:
        starts.add(_skip_space(text, item.start))
        starts.add(_skip_space(text, item.end))
    for blank_line in _BLANK_LINE.finditer(text):
        starts.add(blank_line.end())
    return sorted(s for s in starts if 0 < s < len(text))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
