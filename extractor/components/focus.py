"""The ``numeral_focus`` component: the statistical models run only on sentences that may hold a figure.

In the fast pipeline (``PipelineConfig(fast=True)``, ``extract --fast``) the model's tagger, parser,
lemmatizer and entity recogniser run on the sentences where a numeral may be (a third of a
briefing's words) instead of on the whole transcript, batched with ``nlp.pipe``; their annotations
are copied back into the transcript's ``Doc`` at the same token positions. The other sentences keep
the sentence boundaries the ``senter`` gave them and a flat tree (every word attached to the first),
and no parts of speech or entities: quantities never need them there, and topics then read those
sentences by their word forms (:func:`extractor.topics.features.content_lemmas`).
"""
from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from ..quantities import may_hold_figure

#: ``to_array(SENT_START)`` values as ``Doc(sent_starts=...)`` takes them: a start, not a start, unknown.
_SENT_START_VALUES = {1: True, -1: False, 0: None}
_BLANK_LINE = re.compile(r"\n[ \t\xa0]*\r?\n")

#: What the models set, copied from each parsed sentence into the transcript.
_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


@Language.factory(
    "numeral_focus",
    assigns=["token.tag", "token.pos", "token.lemma", "token.dep", "token.head", "doc.ents"],
    requires=["token.is_sent_start"],
    default_config={"components": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"],
                    "context": 1, "batch_size": 64},
)
def make_numeral_focus(nlp: Language, name: str, *, components: list[str], context: int,
                       batch_size: int) -> "NumeralFocus":
    """Run the named (disabled) model components on the sentences that may hold a figure.

    Args:
        components: the model components to run, in order.
        context: how many sentences before each such sentence are parsed too.
        batch_size: sentences per batch.
    """
    return NumeralFocus(nlp, components, context=context, batch_size=batch_size)


class NumeralFocus:
    def __init__(self, nlp: Language, components: list[str], *, context: int = 1, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.components = list(components)
        self.context = context
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        sentences, figures = [], []
        for s in doc.sents:
            sentences.append((s.start, s.end))
            figures.append(may_hold_figure(text, s.start_char, s.end_char))
        # A figure's owner is often named a sentence or two before it ("Exports to ASEAN grew. They
        # reached 6.98 trillion yuan"), so those sentences are parsed too.
        keep = list(figures)
        structure = doc._.structure
        turn_starts = sorted(t.start for t in structure.turns) if structure is not None else []
        for i in range(len(sentences)):
            if figures[i]:
                # ...within the same stretch: a figure's owner carries over neither a blank line nor a new turn.
                j = i - 1
                while j >= max(0, i - self.context) and _same_stretch(
                        text, doc[sentences[j][0]].idx, doc[sentences[i][0]].idx, turn_starts):
                    keep[j] = True
                    j -= 1
        chosen = [sentences[i] for i in range(len(sentences)) if keep[i]]
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        starts = doc.to_array(SENT_START).astype("int64")
        # New Docs rather than Span.as_doc, which copies the whole document's arrays for every sentence.
        parsed = [Doc(doc.vocab, words=words[a:b], spaces=spaces[a:b],
                      sent_starts=[_SENT_START_VALUES[v] for v in starts[a:b]]) for a, b in chosen]
        for name in self.components:
            parsed = list(self.nlp.get_pipe(name).pipe(parsed, batch_size=self.batch_size))
        # Every sentence starts as a flat tree, which keeps its boundaries: the first word is its root,
        # the others hang on it.
        values = numpy.zeros((len(doc), len(_ATTRS)), dtype="uint64")
        first = numpy.repeat([a for a, _ in sentences], [b - a for a, b in sentences]).astype("int64")
        values[:, _ATTRS.index(HEAD)] = (first - numpy.arange(len(doc), dtype="int64")).astype("uint64")
        dep_col = _ATTRS.index(DEP)
        values[:, dep_col] = doc.vocab.strings.add("dep")
        values[[a for a, _ in sentences], dep_col] = doc.vocab.strings.add("ROOT")
        for (a, b), sub in zip(chosen, parsed):
            values[a:b] = sub.to_array(_ATTRS)
        doc.from_array(_ATTRS, values)
        return doc


def _same_stretch(text: str, start: int, end: int, turn_starts: list[int]) -> bool:
    """Whether ``text[start:end]`` crosses no blank line and no turn start."""
    if _BLANK_LINE.search(text, start, end):
        return False
    k = bisect.bisect_right(turn_starts, start)
    return k >= len(turn_starts) or turn_starts[k] >= end


__all__ = ["NumeralFocus"]
