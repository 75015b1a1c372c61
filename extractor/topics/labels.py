"""Labels and keywords for topic segments, built from each segment's own key phrases.

Key phrases are the segment's noun chunks, trimmed of determiners, pronouns,
numbers, units and generic modifiers, and scored by tf-idf against the other
segments of the same transcript, so that a label names what sets the segment
apart ("customs clearance", "neutral rate") rather than what the whole event is
about. Phrases the question also uses weigh more: the question sets the subject.
Speaker labels, reporters' self-introductions and debris are never counted.
"""
from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import numpy
from spacy.attrs import IS_ALPHA, IS_STOP, POS, SENT_START, SPACY
from spacy.tokens import Doc, Span

from .. import vocabulary
from .features import WordClasses, filler
from .types import TopicSegment

MIN_KEYWORDS = 3
MAX_KEYWORDS = 6

_EDGE_POS = frozenset({"DET", "PRON", "PART", "CCONJ", "ADP", "PUNCT", "NUM", "SYM", "SPACE", "AUX", "ADV", "X", "INTJ"})
#: Entities that introduce the asker rather than the subject.
_ASKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def label_segments(
    doc: Doc,
    edges: Sequence[tuple[int, int]],
    *,
    ignore: Sequence[tuple[int, int]] = (),
    emphasis: Sequence[tuple[int, int]] = (),
    names: frozenset[str] = frozenset(),
    classes: WordClasses | None = None,
) -> list[TopicSegment]:
    """A ``TopicSegment`` for each ``(start, end)`` in ``edges``, with distinct labels.

    Args:
        doc: The parsed transcript.
        edges: Segment ``(start, end)`` offsets in text order.
        ignore: Ranges whose phrases are not counted (speaker labels, debris, self-introductions).
        emphasis: Ranges whose phrases count double (questions, which name the subject).
        names: Lower-cased words (speakers' names) that no key phrase may contain.
        classes: The document's word classes, for untagged words (computed when not given).
    """
    classes = classes if classes is not None else WordClasses.of(doc)
    ignore, emphasis = Ranges(ignore), Ranges(emphasis)
    phrases = [p for p in _phrases(doc, classes) if not inside(p[0], ignore) and not (set(p[1].split()) & names)]
    starts = [s for s, _ in edges]
    per_segment: list[Counter] = [Counter() for _ in edges]
    surface: dict[str, Counter] = defaultdict(Counter)
    j = 0
    for offset, key, text in phrases:
        while j + 1 < len(edges) and offset >= starts[j + 1]:
            j += 1
        if edges[j][0] <= offset < edges[j][1]:
            per_segment[j][key] += 2 if inside(offset, emphasis) else 1
            surface[key][text] += 1
    n = len(edges)
    df: Counter = Counter()
    for counts in per_segment:
        df.update(counts.keys())
    segments, used = [], set()
    for (start, end), counts in zip(edges, per_segment):
        ranked = _rank(counts, df, n)
        keywords = _distinct_phrases(ranked, {k: surface[k].most_common(1)[0][0] for k in counts})
        if len(keywords) < MIN_KEYWORDS:
            keywords += _single_words(doc, start, end, ignore, names, keywords, classes)
        label = _label(keywords, counts, used)
        used.add(label.lower())
        segments.append(TopicSegment(start=start, end=end, label=label, keywords=tuple(keywords[:MAX_KEYWORDS])))
    return segments


def _single_words(doc: Doc, start: int, end: int, ignore, names, have: list[str],
                  classes: WordClasses) -> list[str]:
    """Frequent content words of a short segment, to make up at least ``MIN_KEYWORDS`` keywords."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    taken = {w for k in have for w in k.lower().split()}
    counts: Counter = Counter()
    for t in span:
        # An untagged word (see WordClasses) takes the part of speech its form has elsewhere.
        pos, lemma = classes.read(t)
        if (pos in ("NOUN", "PROPN", "VERB", "ADJ") and t.is_alpha and not t.is_stop and len(t.text) > 2
                and lemma not in filler() and lemma not in names and lemma not in taken and not inside(t.idx, ignore)):
            counts[t.text if pos == "PROPN" else lemma] += 2 if pos in ("NOUN", "PROPN") else 1
    return [w for w, _ in counts.most_common(MIN_KEYWORDS - len(have))]


class Ranges:
    """A set of ``(start, end)`` character ranges, asked many times whether it holds an offset."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [a for a, _ in ordered]
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))  # furthest end so far

    def __contains__(self, offset: int) -> bool:
        k = bisect.bisect_right(self._starts, offset)
        return k > 0 and self._reach[k - 1] > offset


def inside(offset: int, ranges: "Ranges | Sequence[tuple[int, int]]") -> bool:
    """Whether ``offset`` falls in any of the ``(start, end)`` ranges."""
    if isinstance(ranges, Ranges):
        return offset in ranges
    return any(a <= offset < b for a, b in ranges)


def _phrases(doc: Doc, classes: WordClasses) -> list[tuple[int, str, str]]:
    """``(offset, key, surface)`` of every key phrase; key is the lower-cased lemma form."""
    out = []
    if not doc.has_annotation("DEP"):
        for t in doc:
            if t.is_alpha and not t.is_stop and len(t.text) > 2 and t.lower_ not in filler():
                out.append((t.idx, t.lower_, t.lower_))
        return out
    for chunk in doc.noun_chunks:
        words = _trim(chunk)
        if not words:
            continue
        key = " ".join(t.lemma_.lower() for t in words)
        if len(key) < 3 or all(t.lower_ in filler() for t in words):
            continue
        out.append((words[0].idx, key, _surface(words)))
    out += _guessed_phrases(doc, classes)
    return sorted(out)


def _guessed_phrases(doc: Doc, classes: WordClasses) -> list[tuple[int, str, str]]:
    """Noun phrases of the sentences the model left untagged (``numeral_focus``): runs of words whose guessed part
    of speech (:class:`WordClasses`) is an adjective or noun, ending in a noun."""
    if classes.complete:
        return []
    # Only untagged, alphabetic, non-stop words can be in such a phrase: read them from arrays.
    values = doc.to_array([POS, IS_ALPHA, IS_STOP, SPACY, SENT_START]).astype("int64")
    candidates = numpy.flatnonzero((values[:, 0] == 0) & (values[:, 1] != 0) & (values[:, 2] == 0)).tolist()
    out = []
    measures = vocabulary.words("label_measure_words")
    closing_stops = measures | filler()  # words a heading neither opens nor closes on
    opening_stops = closing_stops | vocabulary.words("generic_modifiers")  # nor opens on
    run: list[tuple] = []  # (token, guessed part of speech, lemma)
    for i in [*candidates, None]:
        t = doc[i] if i is not None else None
        guess = classes.guess_form(t.text, t.lower_, values[i, 4] == 1) if t is not None else None
        wanted = guess is not None and guess[0] in ("ADJ", "NOUN", "PROPN")
        # The run goes on across one space between neighbouring words.
        if wanted and run and run[-1][0].i == i - 1 and values[i - 1, 3]:
            run.append((t, *guess))
            continue
        while run and run[0][0].lower_ in opening_stops:
            run = run[1:]
        # A phrase ends in a noun the tagger saw as one elsewhere in the document, or a proper name.
        while run and not (run[-1][1] == "PROPN" or classes.pos.get(run[-1][0].lower_) in ("NOUN", "PROPN")) or (
                run and run[-1][0].lower_ in closing_stops):
            run = run[:-1]
        if run and len(run) <= 4 and len(" ".join(r[2] for r in run)) >= 3:
            out.append((run[0][0].idx, " ".join(r[2] for r in run), _surface([r[0] for r in run], [r[1] for r in run])))
        run = [(t, *guess)] if wanted else []
    return out


def _trim(chunk: Span) -> list:
    words = [t for t in chunk if not t.is_space]
    measures = vocabulary.words("label_measure_words")
    if any(t.like_num or t.lower_ in measures for t in words) and words and words[-1].lower_ in measures:
        return []
    opening_stops = filler() | vocabulary.words("generic_modifiers") | measures
    while words and (words[0].pos_ in _EDGE_POS or words[0].is_stop or words[0].lower_ in opening_stops
                     or words[0].like_num or not any(c.isalpha() for c in words[0].text)):
        words = words[1:]
    while words and (words[-1].pos_ in _EDGE_POS or words[-1].is_stop or not any(c.isalpha() for c in words[-1].text)):
        words = words[:-1]
    if not words or words[-1].pos_ not in ("NOUN", "PROPN") or words[-1].lower_ in measures:
        return []
    if len(words) > 4 or any(t.pos_ == "PRON" or t.like_num or (t.is_punct and t.text not in "-–") for t in words):
        return []
    if any(t.ent_type_ in _ASKER_ENTS and t.ent_type_ == "PERSON" for t in words):
        return []
    return words


def _surface(words, tags: Sequence[str] | None = None) -> str:
    """The phrase as a heading shows it: proper nouns and acronyms as written, the rest in lower case.

    ``tags`` are the words' parts of speech where they are guessed rather than the tagger's.
    """
    parts = []
    tags = tags or [t.pos_ for t in words]
    for t, tag, nxt in zip(words, tags, [*words[1:], None]):
        word = t.text if tag == "PROPN" or (t.text.isupper() and len(t.text) > 1) else t.lower_
        # Words are joined by a space wherever the text has one, a line break included
        # ("Head Start\nproviders"), and glued only where they touch ("low-income").
        parts.append(word + (" " if nxt is not None and nxt.idx > t.idx + len(t.text) else ""))
    return "".join(parts)


def _rank(counts: Counter, df: Counter, n: int) -> list[str]:
    def score(key: str) -> float:
        idf = math.log((n + 1) / (df[key] + 0.5)) if n > 1 else 1.0
        length = min(len(key.split()), 3)
        return counts[key] * (0.5 + idf) * (1.0 + 0.4 * (length - 1))

    return sorted(counts, key=lambda k: (-score(k), k))


def _distinct_phrases(ranked: list[str], surface: dict[str, str]) -> list[str]:
    """Top phrases, skipping any that shares a word with a better one."""
    chosen: list[str] = []
    seen: list[set[str]] = []
    for key in ranked:
        words = set(key.split())
        if any(words <= s or s <= words for s in seen):
            continue
        seen.append(words)
        chosen.append(surface[key])
        if len(chosen) == MAX_KEYWORDS:
            break
    return chosen


def _label(keywords: list[str], counts: Counter, used: set[str]) -> str:
    """A heading: the leading phrase, joined by the second when the first alone says too little."""
    if not keywords:
        return _unique("Remarks", used)
    first = keywords[0]
    candidates = []
    if len(keywords) > 1:
        pair = f"{first} and {keywords[1]}"
        if len(first.split()) >= 2:
            candidates.append(first)
        candidates.append(pair)
        if len(keywords) > 2:
            candidates.append(f"{first} and {keywords[2]}")
    else:
        candidates.append(first)
    for c in candidates:
        c = _capitalise(c)
        if c.lower() not in used:
            return c
    return _unique(_capitalise(candidates[0]), used)


def _unique(label: str, used: set[str]) -> str:
    if label.lower() not in used:
        return label
    n = 2
    while f"{label} ({n})".lower() in used:
        n += 1
    return f"{label} ({n})"


def _capitalise(label: str) -> str:
    return label[:1].upper() + label[1:]
