"""The ``numeral_focus`` component: the statistical models run only where a figure may be.

By default (unless ``PipelineConfig(parse_all=True)``, ``extract --parse-all``) the model's tagger, parser,
lemmatizer and entity recogniser run on the passages that may hold a figure, with the sentences
before them that may name whose it is, instead of on the whole transcript (about 43% of a
briefing's words instead of all of them), batched with ``nlp.pipe``. Their annotations are copied
back into the transcript's ``Doc`` at the same token positions, so every span still indexes the
original text.

How it goes:

1. The model's light sentence splitter (``senter``) cuts the whole transcript into sentences,
   keeping the boundaries the structure component set at every turn and paragraph.
2. A sentence is chosen when it may hold a figure (:func:`extractor.quantities.may_hold_figure`),
   when it comes just before such a sentence in the same stretch (no blank line, no new turn
   between), or a few before it and may name an owner (a capitalised word, "region", "countries"),
   or when it only continues a chosen one (starts in lower case or with a bracket: "[trillion]").
3. Consecutive chosen sentences form one passage; each passage is parsed as a document of its own,
   where the parser, not the splitter, finds the sentence boundaries (as in the full pipeline).
4. The other sentences keep the splitter's boundaries and a flat tree (each word attached to the
   first), and no parts of speech or entities: quantities never need them there, and topics read
   them by their word forms (:class:`extractor.topics.features.WordClasses`).
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from ...lang.profile import Profile
from ...quantities import PARAGRAPH_BREAK, may_hold_figure
from ...quantities.names import is_place_noun
from ..parsed import doc_text
from . import greedy_parse
from .sections import config_section
from .vocabularies import Vocabularies, WithVocabularies

#: What the models set, copied from each parsed passage into the transcript.
_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


@Language.factory(
    "numeral_focus",
    assigns=["token.is_sent_start", "token.tag", "token.pos", "token.morph", "token.lemma", "token.dep", "token.head",
             "token.ent_iob", "token.ent_type", "doc.ents"],
    requires=["doc._.structure"],
    default_config={"splitter": "senter", "context": 8, "batch_size": 64, "limits": {}, "vocabularies": {}},
)
def make_numeral_focus(nlp: Language, name: str, *, splitter: str, components: list[str], context: int,
                       batch_size: int, limits: dict, vocabularies: dict) -> NumeralFocus:
    """Run the named (disabled) model components only on the passages that may hold a figure.

    Args:
        splitter: the (disabled) component that splits the whole transcript into sentences.
        components: the model components to run on the chosen passages, in order; they must be in the
            pipeline before this one (``build_pipeline`` names every component of the model, read from the
            pipeline itself, and disables them). No default: the list is the model's, not this component's.
        context: how many sentences before a figure's are looked at for its owner (the one just
            before is always parsed, the others when they may name one).
        batch_size: passages per batch.
        limits: how much text the models are given at once, the fields of :class:`FocusLimits` (those not
            given keep their defaults).
        vocabularies: word lists that replace the package's while it runs (:mod:`.vocabularies`).
    """
    missing = [n for n in [splitter, *components] if n not in nlp.component_names]
    if missing:
        raise ValueError(f"numeral_focus: no component {', '.join(map(repr, missing))} in the pipeline before it "
                         f"(it has {', '.join(nlp.component_names)})")
    # The component objects, not the pipeline: loading weights (from_disk) fills these same objects.
    bounds = config_section("numeral_focus", FocusLimits, "limits", limits)
    return NumeralFocus(nlp.get_pipe(splitter), [nlp.get_pipe(n) for n in components], context=context,
                        batch_size=batch_size, limits=bounds, vocabularies=Vocabularies(vocabularies))


class NumeralFocus(WithVocabularies):
    def __init__(self, splitter, components: Sequence, *, context: int = 8, batch_size: int = 64,
                 limits: FocusLimits | None = None, vocabularies: Vocabularies | None = None) -> None:
        self.splitter = splitter
        self.components = list(components)
        self.context = context
        self.batch_size = batch_size
        self.limits = limits or FocusLimits()
        self.vocabularies = vocabularies or Vocabularies()

    def _annotate(self, doc: Doc, *, profile: Profile) -> Doc:
        # The boundaries set so far (turns, paragraphs) bind the parser too; the splitter's do not.
        forced = doc.to_array(SENT_START).astype("int64") == 1
        doc = self._split(doc)
        sentences = [(s.start, s.end) for s in doc.sents]
        passages = _passages(doc, sentences, choose_sentences(doc, sentences, self.context, profile=profile),
                             self.limits)
        # New Docs rather than Span.as_doc, which copies the whole document's arrays for every span.
        strings = doc.vocab.strings
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
        forced_at = _bound_sentences(forced.tolist(), sentences, self.limits)
        norms = doc.to_array([NORM])
        values = _flat_trees(doc, sentences)
        # One group of passages at a time, each dropped once its annotations are copied: holding every
        # passage's Doc (and the models' tensors on it) to the end made memory grow by some 2 KB a token,
        # gigabytes for a file of many short lines, all of them passages.
        for group in _token_batches(passages, self.limits.batch_tokens, size=lambda ab: ab[1] - ab[0]):
            parsed = []
            for a, b in group:
                sub = Doc(doc.vocab, words=[strings[h] for h in orths[a:b]], spaces=[bool(x) for x in spaces[a:b]],
                          sent_starts=[True] + [True if f else None for f in forced_at[a + 1:b]])
                # The tokenizer's special cases give some tokens their own norm ("n't" -> "not", "gonna"),
                # which the models read: the passages keep them.
                # spaCy's stub asks for thinc's Ints2d; spaCy reads any numpy array of integers.
                sub.from_array([NORM], norms[a:b])  # type: ignore[arg-type]
                parsed.append(sub)
            for (a, b), sub in zip(group, self._run_models(parsed)):
                values[a:b] = sub.to_array(_ATTRS)
        # spaCy's stub asks for thinc's Ints2d; spaCy reads any numpy array of integers.
        doc.from_array(_ATTRS, values)  # type: ignore[arg-type]
        return doc

    def _split(self, doc: Doc) -> Doc:
        """The splitter's sentences, found in pieces of at most ``limits.split_tokens`` tokens in a longer document.

        The splitter reads its whole input at once, with memory for some 2 KB a token (a file of 200,000
        short lines took gigabytes). A piece ends at the last boundary set so far (a turn, a paragraph)
        before the bound, else at the bound; each piece starts with the boundaries its tokens had.
        """
        if len(doc) <= self.limits.split_tokens:
            return self.splitter(doc)
        starts = doc.to_array(SENT_START).astype("int64")
        strings = doc.vocab.strings
        orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
        norms = doc.to_array([NORM])
        preset = {1: True, -1: False}
        a = 0
        while a < len(doc):
            b = min(len(doc), a + self.limits.split_tokens)
            if b < len(doc):
                set_before = numpy.flatnonzero(starts[a + 1:b + 1] == 1)
                b = a + 1 + int(set_before[-1]) if len(set_before) else b
            sub = Doc(doc.vocab, words=[strings[h] for h in orths[a:b]], spaces=[bool(x) for x in spaces[a:b]],
                      sent_starts=[True] + [preset.get(int(x)) for x in starts[a + 1:b]])
            # spaCy's stub asks for thinc's Ints2d; spaCy reads any numpy array of integers.
            sub.from_array([NORM], norms[a:b])  # type: ignore[arg-type]
            starts[a:b] = self.splitter(sub).to_array(SENT_START).astype("int64")
            a = b
        # spaCy's stub asks for thinc's Ints2d; spaCy reads any numpy array of integers.
        doc.from_array([SENT_START], starts.astype("uint64"))  # type: ignore[arg-type]
        return doc

    def _run_models(self, batch: list[Doc]) -> list[Doc]:
        """The model's components over one batch of passages, in the model's order."""
        for component in self.components:
            # The parser and the entity recogniser with Python's lock held: the same moves, in half the time.
            batch = list(greedy_parse.pipe(component, batch, batch_size=self.batch_size))
        return batch


@dataclass(frozen=True)
class FocusLimits:
    """How much text the models are given at once: bounds on memory, not on what is read.

    Settable as the ``limits`` section of the component's config.
    """

    #: Passages are cut (at a sentence boundary) before they pass this many tokens, so that the models' memory
    #: stays bounded whatever the transcript (one passage of 380,000 tokens, a 1.9 MB file of figures, took
    #: gigabytes). No briefing seen comes near.
    max_passage_tokens: int = 5_000
    #: A document longer than this many tokens is given to the sentence splitter in pieces of at most this
    #: length (see ``NumeralFocus._split``), which bounds its memory (some 100 MB). Five times the longest
    #: briefing seen, so that every briefing is split whole, as before.
    split_tokens: int = 50_000
    #: The models are given passages in groups of at most this many tokens (a longer passage alone). Groups of
    #: 1,000-2,000 made the whole run about 2% faster than groups of 5,000 (three runs each, in turn), likely
    #: as the models' arrays then stay in the processor's cache; the output is the same.
    batch_tokens: int = 2_000
    #: A sentence of the splitter's longer than this many tokens is cut into pieces of this length for the
    #: parser (a "sentence" of 10,000 numbers in a row made the quantities' work grow with its square).
    #: Speech sentences are a tenth of it.
    max_sentence_tokens: int = 400

    def __post_init__(self) -> None:
        for f in fields(self):
            if getattr(self, f.name) < 1:
                raise ValueError(f"numeral_focus: limits.{f.name} must be at least 1, not {getattr(self, f.name)}")


def _bound_sentences(forced: list[bool], sentences: Sequence[tuple[int, int]], limits: FocusLimits) -> list[bool]:
    """``forced`` sentence starts, with one added every ``limits.max_sentence_tokens`` tokens inside longer
    sentences."""
    step = limits.max_sentence_tokens
    for a, b in sentences:
        for i in range(a + step, b, step):
            forced[i] = True
    return forced


def _token_batches(docs: Sequence, budget: int, size: Callable[[Any], int] = len) -> list[list]:
    """``docs`` in order, grouped so that no group but a single long passage holds more than ``budget`` tokens.

    ``size`` gives an item's tokens: ``len`` for Docs, or the length of a ``(start, end)`` token range.
    """
    batches: list[list] = [[]]
    total = 0
    for d in docs:
        if batches[-1] and total + size(d) > budget:
            batches.append([])
            total = 0
        batches[-1].append(d)
        total += size(d)
    return [b for b in batches if b]


def choose_sentences(doc: Doc, sentences: Sequence[tuple[int, int]], context: int = 8, *,
                     profile: Profile) -> list[bool]:
    """Which of ``sentences`` (token ranges) are parsed: see the module's docstring, step 2."""
    text = doc_text(doc)
    figures = [may_hold_figure(text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), profile=profile) for a,
               b in sentences]
    keep = list(figures)
    structure = doc._.structure
    turn_starts = sorted(t.start for t in structure.turns) if structure is not None else []
    for i, (a, _) in enumerate(sentences):
        if not figures[i]:
            continue
        j = i - 1
        while j >= max(0, i - context) and not figures[j] and _same_stretch(
                text, doc[sentences[j][0]].idx, doc[a].idx, turn_starts):
            keep[j] = keep[j] or j == i - 1 or _may_name_owner(doc[sentences[j][0]:sentences[j][1]], profile=profile)
            j -= 1
    for i in range(1, len(sentences)):
        if keep[i - 1] and not keep[i] and _continues(doc[sentences[i][0]]):
            keep[i] = True
    return keep


def _passages(doc: Doc, sentences: Sequence[tuple[int, int]], keep: Sequence[bool],
              limits: FocusLimits) -> list[tuple[int, int]]:
    """Runs of consecutive chosen sentences, as token ranges."""
    out: list[tuple[int, int]] = []
    for (start, end), chosen in zip(sentences, keep):
        if not chosen:
            continue
        for a, b in _sentence_pieces(start, end, limits):
            if out and out[-1][1] == a and b - out[-1][0] <= limits.max_passage_tokens:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


def _sentence_pieces(a: int, b: int, limits: FocusLimits) -> list[tuple[int, int]]:
    """A sentence as passage pieces: whole up to ``limits.max_passage_tokens`` tokens, else cut at the starts that
    ``_bound_sentences`` forces (lines without a full stop are one splitter "sentence": 50,000 tokens of them
    were one passage, and the models took a gigabyte over it)."""
    if b - a <= limits.max_passage_tokens:
        return [(a, b)]
    step = max(1, limits.max_passage_tokens // limits.max_sentence_tokens) * limits.max_sentence_tokens
    return [(i, min(b, i + step)) for i in range(a, b, step)]


def _flat_trees(doc: Doc, sentences: Sequence[tuple[int, int]]) -> numpy.ndarray:
    """``_ATTRS`` values that give every sentence a flat tree (which keeps its boundaries) and nothing else."""
    values = numpy.zeros((len(doc), len(_ATTRS)), dtype="uint64")
    starts = [a for a, _ in sentences]
    first = numpy.repeat(starts, [b - a for a, b in sentences]).astype("int64")
    values[:, _ATTRS.index(HEAD)] = (first - numpy.arange(len(doc), dtype="int64")).astype("uint64")
    dep = _ATTRS.index(DEP)
    values[:, dep] = doc.vocab.strings.add("dep")
    values[starts, dep] = doc.vocab.strings.add("ROOT")
    return values


def _may_name_owner(sentence: Span, *, profile: Profile) -> bool:
    """Whether a sentence may name whose a figure is: a capitalised word other than its first (a
    place, an organisation) or a word for a region or a group ("developing countries")."""
    return any((t.text[:1].isupper() and t.i > sentence.start and t.is_alpha and t.text != "I")
               or is_place_noun(t.lower_, profile=profile) for t in sentence)


def _continues(token) -> bool:
    """Whether a sentence starting with ``token`` only continues the one before ("[trillion] ...")."""
    return token.text[:1] in "[(])" or token.text[:1].islower()


def _same_stretch(text: str, start: int, end: int, turn_starts: list[int]) -> bool:
    """Whether ``text[start:end]`` crosses no blank line and no turn start (space at ``start`` aside)."""
    while start < end and text[start].isspace():
        start += 1
    # The stretches are the quantities' own: what their owner and concept carry over.
    if PARAGRAPH_BREAK.search(text, start, end):
        return False
    k = bisect.bisect_right(turn_starts, start)  # the first turn start after ``start``
    return k >= len(turn_starts) or turn_starts[k] > end


__all__ = ["NumeralFocus", "choose_sentences"]
