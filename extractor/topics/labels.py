"""Labels and keywords for topic segments, built from each segment's own key phrases.

Key phrases are the segment's noun chunks, trimmed of determiners, pronouns,
numbers and filler words, and scored by tf-idf against the other segments of
the same transcript, so that a label names what sets the segment apart
("customs clearance facilitation") rather than what the whole event is about.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from .features import _FILLER
from .types import TopicSegment

MIN_KEYWORDS = 3
MAX_KEYWORDS = 6

_EDGE_POS = frozenset({"DET", "PRON", "PART", "CCONJ", "ADP", "PUNCT", "NUM", "SYM", "SPACE", "AUX", "ADV", "X", "INTJ"})
_KEEP_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def label_segments(doc: Doc, edges: Sequence[tuple[int, int]]) -> list[TopicSegment]:
    """A ``TopicSegment`` for each ``(start, end)`` in ``edges``, with distinct labels."""
    phrases = _phrases(doc)
    starts = [s for s, _ in edges]
    per_segment: list[Counter] = [Counter() for _ in edges]
    surface: dict[str, Counter] = defaultdict(Counter)
    j = 0
    for offset, key, text in phrases:
        while j + 1 < len(edges) and offset >= starts[j + 1]:
            j += 1
        if edges[j][0] <= offset < edges[j][1]:
            per_segment[j][key] += 1
            surface[key][text] += 1
    n = len(edges)
    df: Counter = Counter()
    for counts in per_segment:
        df.update(counts.keys())
    segments, used = [], set()
    for (start, end), counts in zip(edges, per_segment):
        ranked = _rank(counts, df, n)
        keywords = _distinct_phrases(ranked, {k: surface[k].most_common(1)[0][0] for k in counts})
        label = _label(keywords, used)
        used.add(label.lower())
        segments.append(TopicSegment(start=start, end=end, label=label, keywords=tuple(keywords[:MAX_KEYWORDS])))
    return segments


def _phrases(doc: Doc) -> list[tuple[int, str, str]]:
    """``(offset, key, surface)`` of every key phrase; key is the lower-cased lemma form."""
    out = []
    if not doc.has_annotation("DEP"):
        for t in doc:
            if t.is_alpha and not t.is_stop and len(t.text) > 2 and t.lower_ not in _FILLER:
                out.append((t.idx, t.lower_, t.lower_))
        return out
    for chunk in doc.noun_chunks:
        words = _trim(chunk)
        if not words:
            continue
        key = " ".join(t.lemma_.lower() for t in words)
        if len(key) < 3 or all(t.lower_ in _FILLER for t in words):
            continue
        out.append((words[0].idx, key, _surface(words)))
    return out


def _trim(chunk: Span) -> list:
    words = [t for t in chunk if not t.is_space]
    while words and (words[0].pos_ in _EDGE_POS or words[0].is_stop or words[0].lower_ in _FILLER
                     or not any(c.isalpha() for c in words[0].text)):
        words = words[1:]
    while words and (words[-1].pos_ in _EDGE_POS or words[-1].is_stop or not any(c.isalpha() for c in words[-1].text)):
        words = words[:-1]
    if not words or words[-1].pos_ not in ("NOUN", "PROPN"):
        return []
    if any(t.is_punct and t.text not in "-–" for t in words) or len(words) > 5:
        return []
    if any(t.pos_ == "PRON" for t in words):
        return []
    return words


def _surface(words) -> str:
    parts = []
    for t in words:
        if t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 1):
            parts.append(t.text)
        elif t is words[-1] and t.tag_ in ("NNS",):
            parts.append(t.lemma_.lower() if t.lemma_.lower() != t.lower_ and _keep_plural(t) is False else t.lower_)
        else:
            parts.append(t.lower_)
    text = " ".join(parts)
    return text.replace(" - ", "-").replace(" – ", "–")


def _keep_plural(t) -> bool:
    return True


def _rank(counts: Counter, df: Counter, n: int) -> list[str]:
    def score(key: str) -> float:
        idf = math.log((n + 1) / (df[key] + 0.5)) if n > 1 else 1.0
        length = len(key.split())
        return counts[key] * (0.5 + idf) * (1.0 + 0.35 * (min(length, 3) - 1))

    return sorted(counts, key=lambda k: (-score(k), k))


def _distinct_phrases(ranked: list[str], surface: dict[str, str]) -> list[str]:
    """Top phrases, skipping any that another chosen phrase contains (or is contained in)."""
    chosen: list[str] = []
    keys: list[str] = []
    for key in ranked:
        if any(key in k or k in key for k in keys):
            continue
        keys.append(key)
        chosen.append(surface[key])
        if len(chosen) == MAX_KEYWORDS:
            break
    return chosen


def _label(keywords: list[str], used: set[str]) -> str:
    if not keywords:
        base = "remarks"
    elif len(keywords) == 1:
        base = keywords[0]
    else:
        base = f"{keywords[0]} and {keywords[1]}"
    candidates = [base]
    if len(keywords) > 2:
        candidates += [f"{keywords[0]} and {keywords[2]}", f"{keywords[1]} and {keywords[2]}"]
    for c in candidates:
        if c.lower() not in used:
            return _capitalise(c)
    n = 2
    while f"{base} ({n})".lower() in used:
        n += 1
    return _capitalise(f"{base} ({n})")


def _capitalise(label: str) -> str:
    return label[:1].upper() + label[1:]
