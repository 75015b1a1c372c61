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
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc, Span

from .. import vocabulary
from ..pipeline.parsed import doc_text, noun_chunks
from ..records.models import Topic
from .features import WordClasses, filler

MIN_KEYWORDS = 3
MAX_KEYWORDS = 6

_EDGE_POS = frozenset({"DET", "PRON", "PART", "CCONJ", "ADP", "PUNCT", "NUM", "SYM", "SPACE", "AUX", "ADV", "X",
                       "INTJ"})
def _units() -> frozenset[str]:
    """Words that measure rather than name a subject (vocabulary ``measure_words``)."""
    return vocabulary.words("measure_words")


@vocabulary.cached
def _not_a_head() -> frozenset[str]:
    """Words no key phrase ends in: measures and words of talk (read once, asked per word)."""
    return _units() | filler()


def _generic() -> frozenset[str]:
    """Modifiers too generic to open a heading (vocabulary ``generic_modifiers``)."""
    return vocabulary.words("generic_modifiers")


#: The rank (see :func:`heading`) of a phrase that never heads a segment while anything else can.
UNFIT = 3
#: Entities whose name, alone, says what a segment is about ("Venezuela", "NATO", "Medicare").
_SUBJECT_ENTS = frozenset({"GPE", "LOC", "ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})

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
    openings: Sequence[tuple[int, int]] | None = None,
    recognise: Recogniser | None = None,
) -> list[Topic]:
    """A topic record (ids ``k1``, ``k2``... in order) for each ``(start, end)`` in ``edges``, with distinct labels.

    Args:
        doc: The parsed transcript.
        edges: Segment ``(start, end)`` offsets in text order.
        ignore: Ranges whose phrases are not counted (speaker labels, debris, self-introductions).
        emphasis: Ranges whose phrases count double (questions, which name the subject).
        names: Lower-cased words (speakers' names) that no key phrase may contain.
        classes: The document's word classes, for untagged words (computed when not given).
        openings: The question that opens each segment that opens with one (by default, the first
            ``emphasis`` range inside each segment); its phrases weigh most and name the subject.
        recognise: Entities (``(text, label)``) of each of a list of sentences. A phrase written as a
            name ("Dana Whitfield", "Harbour Board") that may head a segment, in a sentence the model
            did not tag, is looked up in its sentence: a person's name never heads a segment.
    """
    classes = classes if classes is not None else WordClasses.of(doc)
    ignored = Ranges(ignore)
    text = doc_text(doc)
    emphasis_ranges = sorted(emphasis)
    opening = Ranges(_opening_questions(edges, emphasis_ranges) if openings is None else openings)
    emphasised = Ranges(emphasis_ranges)
    guessed: set[str] = set()
    phrases = [p for p in _phrases(doc, classes, guessed)
               if not inside(p[0], ignored) and not (set(p[1].split()) & names)
               and not is_fragment(text, p[0], p[2]) and not is_address(p[2])]
    starts = [s for s, _ in edges]
    per_segment: list[Counter] = [Counter() for _ in edges]
    surface: dict[str, Counter] = defaultdict(Counter)
    j = 0
    asked: list[set[str]] = [set() for _ in edges]  # the key phrases of each segment's opening question
    for offset, key, phrase in phrases:
        while j + 1 < len(edges) and offset >= starts[j + 1]:
            j += 1
        if edges[j][0] <= offset < edges[j][1]:
            if offset in opening:
                asked[j].add(key)
            # The question that opens a segment names its subject; later questions weigh less.
            per_segment[j][key] += 3 if offset in opening else 2 if offset in emphasised else 1
            surface[key][phrase] += 1
    n = len(edges)
    df: Counter = Counter()
    for counts in per_segment:
        df.update(counts.keys())
    people, subjects = _named(doc, names)
    chosen = []
    for counts, keys_asked in zip(per_segment, asked):
        ranked = _rank(counts, df, n, guessed)
        shown = {k: surface[k].most_common(1)[0][0] for k in counts}
        chosen.append((counts, shown, _distinct_phrases(ranked, shown),
                       _distinct_phrases([k for k in ranked if k in keys_asked], shown)))
    if recognise is not None:
        first_at: dict[str, int] = {}
        for offset, _, phrase in phrases:
            first_at.setdefault(phrase, offset)
        looked = [p for _, _, keywords, subject in chosen for p in [*subject[:3], *keywords[:3]]]
        people, subjects = _recognised(doc, recognise, looked, first_at, people, subjects)
    segments: list[Topic] = []
    used: set[str] = set()
    for (start, end), (counts, shown, keywords, subject) in zip(edges, chosen):
        spread = {shown[k] for k in counts if n >= 4 and 2 * df[k] > n}
        words_added: list[str] = []
        if len(keywords) < MIN_KEYWORDS:
            words_added = [w for w in _single_words(doc, start, end, ignored, names, keywords, classes)
                           if not is_fragment(text, -1, w)]
            keywords += words_added

        leading = {ks[0] for ks in (subject, keywords) if ks}

        def fit(phrase: str) -> int:
            return _fit(phrase, people, subjects, spread, words_added, leading)  # noqa: B023  called only within this iteration

        label = heading(keywords, text[start:end], used, asked=subject, fit=fit)
        used.add(label.lower())
        segments.append(Topic.model_construct(id=f"k{len(segments) + 1}", start=start, end=end, label=label,
                                              keywords=tuple(keywords[:MAX_KEYWORDS])))
    return segments


#: Entities (``(text, label)``) of each of a list of sentences.
Recogniser = Callable[[list[str]], list[list[tuple[str, str]]]]


def _recognised(doc: Doc, recognise: Recogniser, phrases: Iterable[str], first_at: dict[str, int],
                people: frozenset[str], subjects: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """``people`` and ``subjects`` (see :func:`_named`) with what the recogniser says of the phrases
    written as names (each word capitalised, not an acronym) that nothing says yet, read in the
    first sentence that holds each, where that sentence was not tagged."""
    asked: dict[str, str] = {}
    for phrase in dict.fromkeys(phrases):
        words = phrase.split()
        if (len(words) < 2 or not all(w[:1].isupper() for w in words) or phrase.lower() in subjects
                or _names_person(words, people) or phrase not in first_at):
            continue
        token = doc.char_span(first_at[phrase], first_at[phrase] + 1, alignment_mode="expand")
        if token is None or token[0].ent_type or token[0].pos:
            continue  # the model ran here: what it found is known already
        asked[phrase] = token[0].sent.text
    if not asked:
        return people, subjects
    found = recognise(list(asked.values()))
    more_people, more_subjects = set(people), set(subjects)
    for phrase, entities in zip(asked, found):
        for text, label in entities:
            if text in phrase or phrase in text:
                if label == "PERSON":
                    more_people.update(w.lower() for w in text.split())
                elif label in _SUBJECT_ENTS:
                    more_subjects.add(phrase.lower())
    return frozenset(more_people), frozenset(more_subjects)


def _named(doc: Doc, names: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """What the entity recogniser (where it ran) says of the document's names: the lower-cased words
    of people's names (with ``names``, the speakers'), and the lower-cased names of places,
    organisations, laws and events, which alone may say what a segment is about."""
    people: set[str] = set()
    subjects: set[str] = set()
    for e in doc.ents:
        if e.label_ == "PERSON":
            people.update(w.lower_ for w in e if w.is_alpha)
        elif e.label_ in _SUBJECT_ENTS:
            subjects.add(e.text.lower())
    # A word that also names a place or a body ("Washington") is not only a person's.
    return frozenset((people - subjects) | names), frozenset(subjects)


def _fit(phrase: str, people: frozenset[str], subjects: frozenset[str], spread: set[str],
         single: Sequence[str], leading: Collection[str] = frozenset()) -> int:
    """How well a key phrase heads a segment, 0 best (see :func:`heading`).

    A phrase of several words that names a subject comes first, with a one-word name of a place or a
    body (an acronym too) that leads the segment's or its question's key phrases; then such a name
    further down; then a phrase said all through the event ("the economy" at an economic
    briefing), which sets nothing apart; then a lone common noun; never a person's name, nor a word
    of another class (a verb) taken only to make up the keywords.
    """
    words = phrase.split()
    if phrase in single and not (phrase.lower() in subjects or _acronym(phrase)):
        return UNFIT + 2
    if _counts(words):
        return UNFIT + 1  # "tens of thousands" says how many, not of what
    if _names_person(words, people):
        return UNFIT + 1
    several = len(words) > 1
    named = phrase.lower() in subjects or _acronym(phrase)
    if phrase in spread:
        return 2 if several or named else UNFIT + 1
    return 0 if several or (named and phrase in leading) else 1 if named else UNFIT


def _counts(words: Sequence[str]) -> bool:
    """Whether a phrase is a number in words ("tens of thousands", "millions"): its last word is a scale."""
    last = words[-1].lower() if words else ""
    scales = vocabulary.table("number_scales")
    return last in scales or (last.endswith("s") and last[:-1] in scales)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _names_person(words: Sequence[str], people: frozenset[str]) -> bool:
    """Whether a phrase is a person's name: written as a name (each word capitalised) with a word that
    names a person in the document, or led by a courtesy title ("Mr. Lee")."""
    if not words:
        return False
    if words[0].rstrip(".").lower() in vocabulary.words("honorifics") and len(words) > 1:
        return True
    capitalised = all(w[:1].isupper() for w in words)
    return capitalised and any(w.lower().strip(".,'’s") in people or w.lower() in people for w in words)


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


def inside(offset: int, ranges: Ranges | Sequence[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls in any of the ``(start, end)`` ranges."""
    if isinstance(ranges, Ranges):
        return offset in ranges
    return any(a <= offset < b for a, b in ranges)


def _phrases(doc: Doc, classes: WordClasses, guessed: set[str] | None = None) -> list[tuple[int, str, str]]:
    """``(offset, key, surface)`` of every key phrase; key is the lower-cased lemma form.

    ``guessed``, when given, receives the keys found only in untagged sentences (by guessed classes).
    """
    out = []
    if not doc.has_annotation("DEP"):
        for t in doc:
            if t.is_alpha and not t.is_stop and len(t.text) > 2 and t.lower_ not in filler():
                out.append((t.idx, t.lower_, t.lower_))
        return out
    for chunk in noun_chunks(doc):
        words = _trim(chunk)
        if not words:
            continue
        key = " ".join(t.lemma_.lower() for t in words)
        if len(key) < 3 or all(t.lower_ in filler() for t in words):
            continue
        out.append((words[0].idx, key, _surface(words)))
    parsed = {key for _, key, _ in out}
    guessed_phrases = _guessed_phrases(doc, classes)
    if guessed is not None:
        guessed.update(key for _, key, _ in guessed_phrases if key not in parsed)
    out += guessed_phrases
    return sorted(out)


class _Word(NamedTuple):
    """An untagged word as :func:`_surface` and :func:`_verb_like` read it, without a ``Token`` object."""

    i: int
    text: str
    lower_: str
    idx: int


def _guessed_phrases(doc: Doc, classes: WordClasses) -> list[tuple[int, str, str]]:
    """Noun phrases of the sentences the model left untagged (``numeral_focus``): runs of words whose guessed part
    of speech (:class:`WordClasses`) is an adjective or noun, ending in a noun."""
    if classes.complete:
        return []
    # Only untagged, alphabetic, non-stop words can be in such a phrase: read them from arrays.
    values = doc.to_array([POS, IS_ALPHA, IS_STOP, SPACY, SENT_START]).astype("int64")
    candidates = numpy.flatnonzero((values[:, 0] == 0) & (values[:, 1] != 0) & (values[:, 2] == 0))
    strings = doc.vocab.strings
    words = [_Word(i, strings[orth], strings[lower], idx) for i, (orth, lower, idx)
             in zip(candidates.tolist(), doc.to_array([ORTH, LOWER, IDX])[candidates].tolist())]
    starts = (values[candidates, 4] == 1).tolist()
    spaced = values[numpy.maximum(candidates - 1, 0), 3].tolist()  # a space after the word before
    fill, generic, units, not_a_head = filler(), _generic(), _units(), _not_a_head()
    out = []
    run: list[tuple] = []  # (word, guessed part of speech, lemma)
    for k in range(len(words) + 1):
        t = words[k] if k < len(words) else None
        guess = classes.guess_form(t.text, t.lower_, starts[k]) if t is not None else None
        wanted = (t, *guess) if t is not None and guess is not None and guess[0] in ("ADJ", "NOUN", "PROPN") else None
        # The run goes on across one space between neighbouring words.
        if wanted is not None and run and run[-1][0].i == wanted[0].i - 1 and spaced[k]:
            run.append(wanted)
            continue
        while run and (run[0][0].lower_ in fill or run[0][0].lower_ in generic or run[0][0].lower_ in units
                       or _verb_like(doc, run[0][0], classes)):
            run = run[1:]
        # A phrase ends in a noun the tagger saw as one elsewhere in the document, or a proper name.
        while run and not (run[-1][1] == "PROPN" or classes.pos.get(run[-1][0].lower_) in ("NOUN", "PROPN")) or (
                run and run[-1][0].lower_ in not_a_head):
            run = run[:-1]
        if run and len(run) <= 4 and len(" ".join(r[2] for r in run)) >= 3:
            out.append((run[0][0].idx, " ".join(r[2] for r in run), _surface([r[0] for r in run], [r[1] for r in run])))
        run = [wanted] if wanted is not None else []
    return out


def _verb_like(doc: Doc, token, classes: WordClasses) -> bool:
    """Whether an untagged word that would open a guessed phrase is rather a verb: the tagger never
    called its form a noun or adjective, and it follows "to", a pronoun or a modal ("to raise prices")
    or ends in -ing ("boosting demand")."""
    if classes.pos.get(token.lower_) in ("NOUN", "PROPN", "ADJ"):
        return False
    before = doc[token.i - 1].lower_ if token.i else ""
    return before in vocabulary.words("verb_openers") or token.lower_.endswith("ing")


def _trim(chunk: Span) -> list:
    words = [t for t in chunk if not t.is_space]
    if any(t.like_num or t.lower_ in _units() for t in words) and words and words[-1].lower_ in _units():
        return []
    # A verb the parser left inside a chunk ("facilitate customs clearance") does not open a heading.
    while words and (words[0].pos_ in _EDGE_POS or words[0].pos_ == "VERB" or words[0].is_stop
                     or words[0].lower_ in filler() or words[0].lower_ in _generic() or words[0].lower_ in _units()
                     or words[0].like_num
                     or not any(c.isalpha() for c in words[0].text)):
        words = words[1:]
    while words and (words[-1].pos_ in _EDGE_POS or words[-1].is_stop or not any(c.isalpha() for c in words[-1].text)):
        words = words[:-1]
    # A phrase whose head is a word of talk names no subject ("technical questions", "fair way").
    if not words or words[-1].pos_ not in ("NOUN", "PROPN") or words[-1].lower_ in _not_a_head():
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
    # A capitalised word next to a proper noun is part of the name ("United States"), even where
    # the tagger (or the guess) took it for an adjective.
    named = any(tag == "PROPN" for tag in tags)
    for t, tag, nxt in zip(words, tags, [*words[1:], None]):
        keep = tag == "PROPN" or (t.text.isupper() and len(t.text) > 1) or (named and t.text[:1].isupper())
        word = t.text if keep else t.lower_
        # Words are joined by a space wherever the text has one, a line break included
        # ("Head Start\nproviders"), and glued only where they touch ("low-income").
        parts.append(word + (" " if nxt is not None and nxt.idx > t.idx + len(t.text) else ""))
    return "".join(parts)


def _rank(counts: Counter, df: Counter, n: int, guessed: Collection[str] = frozenset()) -> list[str]:
    """Key phrases best first: frequent in the segment, rare in the others, long, and made of words the
    segment keeps coming back to (a phrase said once whose words recur, "monetary policy", beats one
    said once whose words do not). Only a phrase the parser found earns that last credit: one read by
    guessed word classes (``guessed``) may hold a verb taken for a noun ("allow colleges")."""
    support: Counter = Counter()
    for key, c in counts.items():
        for w in set(key.split()):
            support[w] += c

    def score(key: str) -> float:
        idf = math.log((n + 1) / (df[key] + 0.5)) if n > 1 else 1.0
        words = key.split()
        length = min(len(words), 3)
        # Mentions of its words in other phrases.
        recurring = 0 if key in guessed else max(support[w] for w in words) - counts[key]
        return (counts[key] + 0.25 * recurring) * (0.5 + idf) * (1.0 + 0.4 * (length - 1))

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


def heading(keywords: list[str], segment_text: str, used: set[str], *, asked: Sequence[str] = (),
            fit: Callable[[str], int] | None = None) -> str:
    """A heading as a newspaper subhead would put it: the segment's leading key phrase.

    The subject is sought first among the phrases of the question that opens the segment
    (``asked``, best first), then among all its ``keywords``. A phrase of several words says more
    than one word, so the best of them among the first three wins. Two phrases are joined by "and"
    only where the segment itself coordinates them ("Angola and Kenya"); a heading already used by
    an earlier segment is told apart by the next key phrase ("Student loans: repayment").

    ``fit``, when given, ranks what may head the segment (0 best, :data:`UNFIT` never when anything
    else can): the phrases of the best rank are sought, asked ones first, before any of a worse rank.
    """
    pool = list(asked) or keywords
    if fit is not None and (asked or keywords):
        # The best-ranked phrases only, asked ones first, each list in its own order of importance.
        candidates = list(dict.fromkeys([*asked, *keywords]))
        rank = min(fit(k) for k in candidates)
        pool = [k for k in candidates if fit(k) == rank]
    if not pool:
        return _unique("Remarks", used)
    lowered = segment_text.lower()
    label = None
    for a, b in itertools.combinations(pool[:4], 2):
        for pair in (f"{a} and {b}", f"{b} and {a}"):
            if pair.lower() in lowered:
                label = pair
                break
        if label:
            break
    if label is None:
        longer = [k for k in pool[:3] if len(k.split()) >= 2]
        # Ranked by ``fit``, a phrase of the pool names a subject whatever its length: the first wins.
        label = longer[0] if longer and fit is None else pool[0]
        if fit is not None:
            # A phrase the segment also says in full heads it in full ("Chinese spy" -> "Chinese spy balloon").
            label = next((k for k in [*asked, *keywords] if k.lower().startswith(label.lower() + " ")
                          and fit(k) <= fit(label)), label)
    label = _capitalise(label)
    if label.lower() in used:
        rest = [k for k in [*pool, *keywords] if k.lower() not in label.lower()]
        if rest:
            label = f"{label}: {rest[0]}"
    return _unique(label, used)


def is_fragment(text: str, offset: int, phrase: str) -> bool:
    """True for a piece of a word or an aside rather than a phrase: a word broken off at a hyphen
    ("pres-"), a part of a hyphenated name ("Lago" of "Mar-a-Lago"), a stage direction ("(Laughter.)")."""
    # A dash at a word's edge breaks it off; an em dash inside glues two words of a broken sentence.
    if any(w.startswith(("-", "–")) or w.endswith(("-", "–")) or "—" in w for w in phrase.split()):
        return True
    if offset < 0:
        return False
    before = text[offset - 1:offset] if offset else ""
    end = offset + len(phrase)
    after = text[end:end + 1] if text[offset:end] == phrase else ""
    return before in ("-", "–", "(") or after in ("-", "–") or text[end:end + 2] in (".)", ")")


def is_address(phrase: str) -> bool:
    """True for a way of addressing someone rather than a subject: a courtesy title and nothing
    but a title or generic word after it ("Mr. Chairman", "Madam President")."""
    words = phrase.replace(".", " ").lower().split()
    return len(words) >= 2 and words[0] in vocabulary.words("honorifics") and all(w in filler() for w in words[1:])


def _opening_questions(edges: Sequence[tuple[int, int]], questions: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each segment, the first question range that starts inside it (when any)."""
    out = []
    starts = [a for a, _ in questions]
    for start, end in edges:
        k = bisect.bisect_left(starts, start)
        if k < len(questions) and questions[k][0] < end:
            out.append((questions[k][0], min(questions[k][1], end)))
    return out


def _unique(label: str, used: set[str]) -> str:
    if label.lower() not in used:
        return label
    n = 2
    while f"{label} ({n})".lower() in used:
        n += 1
    return f"{label} ({n})"


def _capitalise(label: str) -> str:
    return label[:1].upper() + label[1:]
