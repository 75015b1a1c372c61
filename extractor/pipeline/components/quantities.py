"""The ``transcript_quantities`` component: every quantity as a span with its facts."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

from ...lang.profile import Profile
from ...quantities import extract_quantities
from ...quantities.config import (
    ApproxConfig,
    ConceptConfig,
    EntityConfig,
    KindConfig,
    PeriodConfig,
    QuantitiesConfig,
    RejectionConfig,
    RespectivelyConfig,
    UnitConfig,
)
from ..extensions import DEBRIS, QUANTITIES, register_extensions
from .sections import config_section
from .spans import lay_spans
from .vocabularies import Vocabularies, WithVocabularies

#: The sections of the component's config, each the fields of its dataclass (:mod:`extractor.quantities.config`).
_SECTIONS = {"units": UnitConfig, "rejections": RejectionConfig, "kinds": KindConfig, "concepts": ConceptConfig,
             "approx": ApproxConfig, "respectively": RespectivelyConfig, "entities": EntityConfig,
             "periods": PeriodConfig}


@Language.factory(
    "transcript_quantities",
    assigns=["doc.spans"],
    requires=["doc.sents", "token.dep", "token.lemma", "doc.ents", "doc._.structure"],
    default_config={**{name: asdict(kind()) for name, kind in _SECTIONS.items()}, "vocabularies": {}},
)
def make_quantities(nlp: Language, name: str, *, units: dict, rejections: dict, kinds: dict, concepts: dict,
                    approx: dict, respectively: dict, entities: dict, periods: dict,
                    vocabularies: dict) -> QuantitiesComponent:
    """Find every quantity (see the gold guidelines) and attach its facts as ``span._.quantity``.

    Args:
        units: the thresholds by which a number without a unit takes one, the fields of
            :class:`~extractor.quantities.config.UnitConfig`.
        rejections: the thresholds by which a number is a name, a label or a pointer rather than a quantity,
            the fields of :class:`~extractor.quantities.config.RejectionConfig`.
        kinds: the windows over which a figure's kind is read, the fields of
            :class:`~extractor.quantities.config.KindConfig`.
        concepts: how long the phrase naming what a figure measures may be, the fields of
            :class:`~extractor.quantities.config.ConceptConfig`.
        approx: how far before a figure its qualifier is read, the fields of
            :class:`~extractor.quantities.config.ApproxConfig`.
        respectively: when a "respectively" hands each figure of a list its own name, the fields of
            :class:`~extractor.quantities.config.RespectivelyConfig`.
        entities: how far the reader of a figure's owner looks and what it takes for the host's names, the
            fields of :class:`~extractor.quantities.config.EntityConfig`.
        periods: how far the period reader looks for a time and what dates a figure, the fields of
            :class:`~extractor.quantities.config.PeriodConfig`.
        vocabularies: word lists that replace the package's while it runs (:mod:`.vocabularies`).
    """
    register_extensions()
    given = locals()  # every section by its name, as spaCy passed it
    config = QuantitiesConfig(**{name: config_section("transcript_quantities", kind, name, given[name])
                                 for name, kind in _SECTIONS.items()})
    return QuantitiesComponent(Vocabularies(vocabularies), config=config)



class QuantitiesComponent(WithVocabularies):
    def __init__(self, vocabularies: Vocabularies | None = None, *, config: QuantitiesConfig | None = None) -> None:
        self.vocabularies = vocabularies or Vocabularies()
        self.config = config or QuantitiesConfig()

    def _annotate(self, doc: Doc, *, profile: Profile) -> Doc:
        structure = doc._.structure
        doc_date = None
        if structure is not None and structure.header.date:
            doc_date = dt.date.fromisoformat(structure.header.date)
        exclude = [(s.start_char, s.end_char) for s in doc.spans.get(DEBRIS, [])]
        # What a speaker said never carries into the next speaker's figures.
        boundaries = [t.start for t in structure.turns] if structure is not None else []
        lay_spans(doc, QUANTITIES, "quantity", extract_quantities(doc, doc_date=doc_date, exclude=exclude,
                                                                  boundaries=boundaries, profile=profile,
                                                                  config=self.config),
                  label=lambda q: q.kind)
        return doc
