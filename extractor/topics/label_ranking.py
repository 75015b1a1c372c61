"""The ranking of each segment's key phrases: tf-idf against the other segments, the weight of the questions, the
centrality of each phrase, and the choice of keywords and of the phrases a segment's question asks about.
"""
from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc

from .features import WordClasses
from .label_candidates import _SingleWords
from .label_config import LabelConfig, Ranges
from .label_debris import is_fragment
from .label_questions import _said_in
from .label_words import _CLAUSE_OPENERS, _times_said, _written_as_name


def _in_passing(centrality: Mapping[str, float], choice: _Choice) -> frozenset[str]:
    """The names (as shown: each word capitalised) a segment says in passing: outside the question that opens
    it, once, in words it never comes back to (a central weight of nothing, see :meth:`_Tally.centrality`),
    where it comes back to some other phrase's words ("the Harbour Museum" named among the places a
    minister visited, in an answer on ferry fares)."""
    if not any(v > 0 for v in centrality.values()):
        return frozenset()
    asked = set(choice.subject)
    return frozenset(k for k, v in centrality.items()
                     if v <= 0 and k not in asked and all(w[:1].isupper() for w in k.split()))


def _said_aside(centrality: Mapping[str, float], asked: Sequence[str], lowered: str, fit: Callable[[str], int], *,
                most: int = 2) -> tuple[frozenset[str], frozenset[str]]:
    """The phrases of several words and the names (as shown) a segment says once, outside the question that opens
    it (``asked``, its phrases), in words it comes back to less (``centrality``, see :meth:`_Tally.centrality`)
    than to a phrase of the question it says again (``lowered``: the segment's text as one line, lower-cased)
    that heads the segment no worse than ``most`` (see :func:`_fit`); and those phrases of the question, what the
    segment returns to. Said once beside what the question asks and the answer takes up, in an answer's list or
    aside ("the ferry terminal" named among a minister's stops, in an answer on the fare rise the question asked
    about), a phrase sets the segment apart no more than a name said in passing (see :func:`_in_passing`). None
    where the question names nothing the segment says again: then a phrase said once may be all it has."""
    returned = {k: centrality.get(k, 0.0) for k in asked if fit(k) <= most and _times_said(k, lowered) > 1}
    if not returned:
        return frozenset(), frozenset()
    most_central, asked_set = max(returned.values()), set(asked)
    return frozenset(k for k, v in centrality.items() if v < most_central and k not in asked_set
                     and (" " in k or k[:1].isupper()) and _times_said(k, lowered) == 1), frozenset(returned)


def _actors(doc: Doc, phrases: Sequence[tuple[int, str, str]], tally: _Tally, classes: WordClasses,
            config: LabelConfig) -> frozenset[str]:
    """The names (as written) of who acts all through the event rather than what it is about: a name
    said in several segments that, most times it is said, opens a clause, the word after it a verb
    ("the city council has voted", "the Harbour Board will publish"): the host, a party the
    questions keep asking about. A subject is mostly talked about, not talking."""
    starts = doc.to_array(IDX).tolist()
    opens: Counter = Counter()
    said: Counter = Counter()
    for offset, key, phrase in phrases:
        if tally.df[key] < config.dispersed_segments or not all(w[:1].isupper() for w in phrase.split()):
            continue
        said[key] += 1
        k = bisect.bisect_left(starts, offset + len(phrase))
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k < len(doc) and classes.read(doc[k])[0] in _CLAUSE_OPENERS:
            opens[key] += 1
    return frozenset(phrase for key, n in said.items() if 2 * opens[key] >= n > 0
                     for phrase in tally.surface[key])


@dataclass
class _Tally:
    """The key phrases of each segment, counted by weight, and how each key is written.

    Attributes:
        counts: Each segment's weighted count of each key.
        asked: The keys of the question that opens each segment.
        surface: How often each key is written each way.
        df: In how many segments each key is said.
        total: Each key's weighted count in all the segments.
        word_df: In how many segments each word of a key is said.
        answered: The words of the key phrases each segment says outside the question that opens it.
        posed: The keys of the question that opens each segment said in its sentences that ask (all of
            them where no sentence asks).
        asked_times: How many times the question that opens each segment says each of its keys.
    """

    counts: list[Counter]
    asked: list[set[str]]
    surface: dict[str, Counter]
    df: Counter
    total: Counter
    word_df: Counter = field(default_factory=Counter)
    answered: list[set[str]] = field(default_factory=list)
    posed: list[set[str]] = field(default_factory=list)
    asked_times: list[Counter] = field(default_factory=list)

    @classmethod
    def of(cls, phrases: Iterable[tuple[int, str, str]], edges: Sequence[tuple[int, int]], config: LabelConfig,
           opening: Ranges, emphasised: Ranges, *, asking: Ranges | None = None) -> _Tally:
        """Counts of ``phrases`` (in text order) in the segments ``edges``; a phrase of the question that
        opens a segment names its subject, and those of later questions weigh less; a phrase counts less
        the later in its segment it is said. ``asking``: the sentences of the opening questions that ask
        (see :func:`_asking_sentences`; by default, the whole questions)."""
        counts: list[Counter] = [Counter() for _ in edges]
        asked: list[set[str]] = [set() for _ in edges]
        posed: list[set[str]] = [set() for _ in edges]
        asked_times: list[Counter] = [Counter() for _ in edges]
        answered: list[set[str]] = [set() for _ in edges]
        surface: dict[str, Counter] = defaultdict(Counter)
        starts = [s for s, _ in edges]
        j = 0
        for offset, key, phrase in phrases:
            while j + 1 < len(edges) and offset >= starts[j + 1]:
                j += 1
            if not edges[j][0] <= offset < edges[j][1]:
                continue
            if offset in opening:
                asked[j].add(key)
                asked_times[j][key] += 1
                if asking is None or offset in asking:
                    posed[j].add(key)
            else:
                answered[j].update(key.split())
            start, end = edges[j]
            late = config.position_decay * (offset - start) / max(1, end - start)
            weight = (config.opening_weight if offset in opening
                      else config.question_weight if offset in emphasised else 1)
            counts[j][key] += (1.0 - late) * weight  # type: ignore[assignment]  # weights are fractional
            surface[key][phrase] += 1
        df: Counter = Counter()
        total: Counter = Counter()
        word_df: Counter = Counter()
        for c in counts:
            df.update(c.keys())
            total.update(c)
            word_df.update({w for k in c for w in k.split()})
        return cls(counts, asked, surface, df, total, word_df, answered, posed, asked_times)

    def word_weights(self, j: int) -> dict[str, float]:
        """How characteristic of segment ``j`` each word of its key phrases is: its weighted count in the
        segment's phrases (a word the question and the answer keep coming back to) by its rarity in the
        other segments."""
        n = len(self.counts)
        weights: dict[str, float] = defaultdict(float)
        for key, c in self.counts[j].items():
            for w in set(key.split()):
                weights[w] += c
        for w in weights:
            # What a word is said beyond once: a word said once in passing is not come back to.
            weights[w] = max(0.0, weights[w] - 1.0) * (math.log((n + 1) / (self.word_df[w] + 0.5)) if n > 1 else 1.0)
        return weights

    def centrality(self, j: int, choice: _Choice) -> dict[str, float]:
        """How central to segment ``j`` each of its phrases (as shown) is: the weight of its most
        characteristic word (see :meth:`word_weights`)."""
        weights = self.word_weights(j)
        return {choice.shown[k]: max(weights[w] for w in k.split()) for k in self.counts[j]}

    def choice(self, j: int, guessed: Collection[str], config: LabelConfig,
               dropped: Collection[str] = frozenset()) -> _Choice:
        """Segment ``j``'s keywords and its opening question's, best first, each as most often written; none
        of ``dropped`` (phrases as shown), which then hides no phrase that shares its words."""
        counts = self.counts[j]
        shown = {k: self.surface[k].most_common(1)[0][0] for k in counts}
        ranked = [k for k in _rank(counts, self.df, len(self.counts), guessed, config) if shown[k] not in dropped]
        return _Choice(counts, shown, _distinct_phrases(ranked, shown, config.max_keywords),
                       _distinct_phrases([k for k in ranked if k in self.asked[j]], shown, config.max_keywords))


@dataclass
class _Choice:
    """What one segment's label is chosen from.

    Attributes:
        counts: The segment's weighted count of each key.
        shown: Each key as the segment most often writes it.
        keywords: The segment's distinct key phrases, best first (made up with single words when few).
        subject: The distinct key phrases of the question that opens it, best first.
    """

    counts: Counter
    shown: dict[str, str]
    keywords: list[str]
    subject: list[str]

    def spread(self, tally: _Tally, config: LabelConfig) -> set[str]:
        """The segment's phrases said all through the event, when it has enough segments to tell: in more
        than half its segments, or in several and no more here than in any other that says them (the
        host institution, the leader a reporter addresses: a phrase that names this segment's subject
        is said here more than elsewhere)."""
        n = len(tally.counts)
        if n < config.spread_segments:
            return set()
        least = max(config.dispersed_segments, config.dispersed_share * n)
        return {self.shown[k] for k, c in self.counts.items()
                if 2 * tally.df[k] > n or (tally.df[k] >= least
                                           and (c * tally.df[k] < config.concentration * tally.total[k]
                                                or _written_as_name(self.shown[k])))}

    def make_up(self, words: _SingleWords, text: str, start: int, end: int) -> list[str]:
        """Add the segment's frequent single words to too few keywords; the words added."""
        added: list[str] = []
        if len(self.keywords) < words.wanted:
            added = [w for w in words.of(start, end, self.keywords) if not is_fragment(text, -1, w)]
            self.keywords += added
        return added

    def looked(self, centrality: Mapping[str, float], config: LabelConfig) -> list[str]:
        """The phrases whose sentence is looked up where the model did not run: the best of the
        question's and of the segment's (``looked_up`` of each), and the most central
        (``looked_up_central``; see :func:`heading`), phrases of several words first (they head a
        segment before a lone word)."""
        most = config.looked_up
        pool = list(dict.fromkeys([*self.subject, *self.keywords]))
        central = sorted(pool, key=lambda k: (" " not in k, -centrality.get(k, 0.0)))[:config.looked_up_central]
        return list(dict.fromkeys([*self.subject[:most], *self.keywords[:most], *central]))

    def leading(self) -> set[str]:
        """The best phrase of the segment and of its opening question."""
        return {ks[0] for ks in (self.subject, self.keywords) if ks}

    def unanswered(self, tally: _Tally, j: int, heard: Collection[str] | None = None,
                   named: Callable[[str], bool] | None = None) -> set[str]:
        """The phrases (as shown) of the question that opens segment ``j`` that the rest of the segment
        never comes back to, in none of their words, where it comes back to another phrase of several words
        of the question: the question's preface ("any better insight on", "an extra concern"), or the half
        of a two-part question answered elsewhere. None where the answer takes up no such phrase (it may
        speak of the subject in other words). Also those said only in the sentences before the question
        asks (a greeting, thanks, an aside: "congratulations on the cup final"), where the answer comes
        back to a phrase of a sentence that asks, of one word too: what a question asks is in the
        sentence that asks it, and a scene-setter the answer never mentions is not its subject; unless the
        phrases the answer takes up from those sentences are lone common nouns ("does the club still keep
        that commitment?" points back at the preface, which holds the subject) or people's names (``named``
        tells them), and only what the preface says once (a place it comes back to sets its scene twice). ``heard``,
        when given, are the words the rest of the segment says (lower-cased): a preface word said there in
        any phrase or form ("restrictive" of "a restrictive stance", asked as "do you agree with that?")
        is taken up."""
        said = tally.answered[j] if j < len(tally.answered) else set()
        shown = [k for k in tally.asked[j] if k in self.shown]
        out = set()
        if any(" " in k and set(k.split()) & said for k in shown):
            out = {self.shown[k] for k in shown if not set(k.split()) & said}
        posed = tally.posed[j] if j < len(tally.posed) else set(shown)
        # What the asking sentences name and the answer takes up: a phrase of several words or a name.
        if any(set(k.split()) & said and (" " in k or self.shown[k][:1].isupper())
               and not (named is not None and named(self.shown[k])) for k in posed if k in self.shown):
            times = tally.asked_times[j] if j < len(tally.asked_times) else Counter()
            out |= {self.shown[k] for k in shown if k not in posed and not set(k.split()) & said and times[k] <= 1
                    and not (heard is not None and any(_said_in(w, heard) for w in k.split()))}
        return out


def _rank(counts: Counter, df: Counter, n: int, guessed: Collection[str] = frozenset(),
          config: LabelConfig | None = None) -> list[str]:
    """Key phrases best first: frequent in the segment, rare in the others, long, and made of words the
    segment keeps coming back to (a phrase said once whose words recur, "monetary policy", beats one
    said once whose words do not). Only a phrase the parser found earns that last credit: one read by
    guessed word classes (``guessed``) may hold a verb taken for a noun ("allow colleges")."""
    config = config or LabelConfig()
    support: Counter = Counter()
    for key, c in counts.items():
        for w in set(key.split()):
            support[w] += c

    def score(key: str) -> float:
        idf = math.log((n + 1) / (df[key] + 0.5)) if n > 1 else 1.0
        words = key.split()
        length = min(len(words), config.longest_counted)
        # Mentions of its words in other phrases.
        recurring = 0 if key in guessed else max(support[w] for w in words) - counts[key]
        return ((counts[key] + config.recurring_weight * recurring) * (config.base_weight + idf)
                * (1.0 + config.length_bonus * (length - 1)))

    return sorted(counts, key=lambda k: (-score(k), k))


def _distinct_phrases(ranked: list[str], surface: dict[str, str], most: int = LabelConfig.max_keywords) -> list[str]:
    """Top phrases, skipping any that shares a word with a better one."""
    chosen: list[str] = []
    seen: list[set[str]] = []
    for key in ranked:
        words = set(key.split())
        if any(words <= s or s <= words for s in seen):
            continue
        seen.append(words)
        chosen.append(surface[key])
        if len(chosen) == most:
            break
    return chosen
