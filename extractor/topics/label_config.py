"""The labels' settings, and the shapes their parts share: ranges of the text, the recogniser's and the tagger's calls.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..spans import subtract


@dataclass(frozen=True)
class LabelConfig:
    """Tuning of the labels and keywords (defaults fitted on press conferences of several institutions).

    Attributes:
        min_keywords: Fewest keywords a segment has: a short segment's frequent content words make them up.
        max_keywords: Most keywords a segment has (distinct key phrases, best first).
        opening_weight: What a phrase of the question that opens a segment counts for (it names the subject).
        question_weight: What a phrase of any other question counts for.
        recurring_weight: What each mention of a phrase's words in the segment's other phrases adds to its count.
        base_weight: A phrase's weight before its rarity in the other segments (its idf) is added.
        length_bonus: What each word past the first adds to a phrase's weight, as a share.
        longest_counted: The most words whose length counts.
        max_phrase_words: The most words of a key phrase.
        spread_segments: Fewest segments an event has before a phrase said in more than half of them is
            said all through it (and sets no segment apart).
        dispersed_segments: Fewest segments a phrase is said in before it may be said all through the
            event though in fewer than half its segments (the host, "the city council" at a city hall).
        dispersed_share: The least share of the event's segments such a phrase is said in (a subject
            that comes back in two or three of fifty segments is still theirs).
        concentration: How many times its mean count in the segments that say it a phrase said in
            several segments must be said in one for it to set that segment apart.
        looked_up: How many of a segment's best phrases, and of its question's, are looked up by the
            entity recogniser and the tagger where the model did not run: as many as the keywords, as the
            place or body a question asks about often comes after words of its preface ("faith",
            "ability"), and unread it is a lone common noun that the host's name outranks.
        looked_up_central: How many of a segment's most central phrases are looked up besides.
        joined_phrases: How many of the best phrases may be joined ("Angola and Kenya").
        leading_phrases: How many of the best phrases a phrase of several words is sought among.
        position_decay: How much less a phrase said at the end of a segment counts than one said at its
            start, as a share: a long answer drifts, its subject is set early.
        unfit: The rank (see :func:`heading`, 0 best) of a lone common noun, which heads a segment only
            when no phrase of a better rank can: a phrase of several words or a name that leads the
            segment's phrases is 0, a name further down 1, a phrase said all through the event 2. The
            rules rank a person's name, a title, a count or a clause above it: they never head a
            segment. At 2 or below, a lone noun the segment keeps coming back to competes with the
            phrases of those ranks (by centrality); the higher, the later it is taken.
    """

    min_keywords: int = 3
    max_keywords: int = 6
    opening_weight: int = 3
    question_weight: int = 2
    recurring_weight: float = 0.25
    base_weight: float = 0.5
    length_bonus: float = 0.4
    longest_counted: int = 3
    max_phrase_words: int = 4
    spread_segments: int = 4
    dispersed_segments: int = 3
    dispersed_share: float = 0.125
    concentration: float = 2.0
    looked_up: int = 6
    looked_up_central: int = 1
    joined_phrases: int = 4
    leading_phrases: int = 3
    position_decay: float = 0.25
    unfit: int = 3


#: Entities (``(text, label)``) of each of a list of sentences.
Recogniser = Callable[[list[str]], list[list[tuple[str, str]]]]


#: The ``(offset, part of speech)`` of each token of each of a list of sentences; given the offset in each
#: sentence of the word asked about, only the tokens around it may be given (None: all the tokens).
Tagger = Callable[[list[str], list[int] | None], list[list[tuple[int, str]]]]


class Ranges:
    """A set of ``(start, end)`` character ranges, asked many times whether it holds an offset."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._ordered = ordered
        self._starts = [a for a, _ in ordered]
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))  # furthest end so far

    def outside(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of ``[start, end)`` that no range holds, in order."""
        return subtract([(start, end)], self._ordered)

    def __contains__(self, offset: int) -> bool:
        k = bisect.bisect_right(self._starts, offset)
        return k > 0 and self._reach[k - 1] > offset


def inside(offset: int, ranges: Ranges | Sequence[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls in any of the ``(start, end)`` ranges."""
    if isinstance(ranges, Ranges):
        return offset in ranges
    return any(a <= offset < b for a, b in ranges)
