"""The ``transcript_quantities`` component: every quantity as a span with its facts."""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from ...lang.profile import Profile
from ...quantities import extract_quantities
from ..extensions import DEBRIS, QUANTITIES, register_extensions
from .spans import lay_spans
from .vocabularies import Vocabularies, WithVocabularies


@Language.factory(
    "transcript_quantities",
    assigns=["doc.spans"],
    requires=["doc.sents", "token.dep", "token.lemma", "doc.ents", "doc._.structure"],
    default_config={"vocabularies": {}},
)
def make_quantities(nlp: Language, name: str, *, vocabularies: dict) -> QuantitiesComponent:
    """Find every quantity (see the gold guidelines) and attach its facts as ``span._.quantity``.

    Args:
        vocabularies: word lists that replace the package's while it runs (:mod:`.vocabularies`).
    """
    register_extensions()
    return QuantitiesComponent(Vocabularies(vocabularies))


class QuantitiesComponent(WithVocabularies):
    def __init__(self, vocabularies: Vocabularies | None = None) -> None:
        self.vocabularies = vocabularies or Vocabularies()

    def _annotate(self, doc: Doc, *, profile: Profile) -> Doc:
        structure = doc._.structure
        doc_date = None
        if structure is not None and structure.header.date:
            doc_date = dt.date.fromisoformat(structure.header.date)
        exclude = [(s.start_char, s.end_char) for s in doc.spans.get(DEBRIS, [])]
        # What a speaker said never carries into the next speaker's figures.
        boundaries = [t.start for t in structure.turns] if structure is not None else []
        lay_spans(doc, QUANTITIES, "quantity", extract_quantities(doc, doc_date=doc_date, exclude=exclude,
                                                                  boundaries=boundaries, profile=profile),
                  label=lambda q: q.kind)
        return doc
