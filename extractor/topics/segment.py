"""Topic segments from the transcript's structure, lexical cohesion and discourse markers.

The body is cut in three steps, each linear in the length of the text:

1. Structure: every new exchange (a new asker's question) and every statement
   starts a new segment, except a question that says it follows up on the
   previous one and shares its vocabulary. Where the askers are unnamed (a
   "Q" label shared by all reporters), each question turn is judged on its
   own: a fragment ("— by next spring?") carries on, banter ("Thank you.")
   joins the question it introduces, and a question starts a topic when the
   vocabulary changes, moved by its cues (a new asker, "And ...", a stated
   follow-up or change of subject; see ``questions``).
2. Statements (opening remarks, long monologues) are cut last: first where
   another speaker's statement begins (two leaders, each speaking at length;
   not a host's few words of introduction), then into pieces as long as the
   topics of the event's own questions and answers (at least ``target_words``),
   at the sentence or paragraph starts where the vocabulary changes clearly more
   than elsewhere in the same statement (one on a single subject stays whole)
   (TextTiling-style cohesion of content lemmas) and where a signpost
   ("Turning to", "With regard to") opens a sentence. No topic starts inside a
   sentence (after words that end none, or at a PDF page break).
3. Answers are cut only where the evidence is strong: a signpost of a further
   question ("On your second question"), or a weaker signpost ("In terms of",
   "In addition") between two long parts whose vocabularies differ clearly.
   A further question by the same asker stays in its segment unless it
   announces a new subject ("a different question").

Labels and keywords come from each segment's own key phrases (see ``labels``).
"""
from __future__ import annotations

import itertools
import statistics
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..lang.profile import Profile
from ..pipeline.parsed import doc_text
from ..records.models import Topic
from .config import MarkerConfig, QuestionConfig
from .features import Unit, WordClasses, cosine, idf_weights, sentence_units, weighted
from .label_config import inside
from .labels import LabelConfig, Recogniser, Tagger, label_segments
from .markers import changes_subject, is_follow_up, marker_strength
from .questions import QuestionCues, addressed_names, ends_with_handoff, question_cues
from .types import Passage


@dataclass(frozen=True)
class SegmenterConfig:
    """Tuning of the segmenter (defaults fitted on press conferences of several institutions).

    Attributes:
        target_words: Shortest typical length of one topic inside a statement (the event's own
            questions and answers may set it longer), and how long each of two speakers' statements
            must be to be two topics.
        window_words: Words on each side of a candidate boundary compared for cohesion.
        min_words: Shortest piece an answer or statement is cut into.
        answer_split_cost: Evidence an answer needs before it is cut.
        follow_up_similarity: A follow-up question more similar than this to what precedes stays in its segment.
        min_segment_words: A segment shorter than this (a greeting, "Next question", an exchange of
            courtesies, a question broken off) joins its neighbour: too brief to hold a subject.
        question_split: Evidence (change of vocabulary plus cues) a question by an unknown asker needs
            to start a topic; with no cue, about 0.9 means under a tenth of the vocabulary is shared.
        new_asker_weight: What a new asker, an announced change of subject, or (against) a stated
            follow-up adds to that evidence.
        carry_on_weight: What a turn opening with "And" or "But" takes from it.
        statement_split_targets: A statement shorter than this many target lengths stays one topic.
        signpost_weight: What a signpost opening a sentence of a statement ("Turning to") adds to the
            evidence for a cut there, times its strength (see ``markers.marker_strength``).
        paragraph_weight: What a sentence of a statement opening a paragraph adds to it.
        strong_signpost_discount: Taken from the evidence for cutting an answer at a strong signpost ("On
            your second question") before the change of vocabulary there is added.
        new_subject_costs: Evidence, in answer-split costs, of a further question that announces a new subject.
        weak_signpost_near: Least change of vocabulary, in a window on each side, at a weak signpost ("In
            terms of") where an answer is cut.
        weak_signpost_whole: Least change of vocabulary between the two whole parts of the answer there.
        weak_signpost_bonus: Evidence, past an answer-split cost, of a cut at a weak signpost that passes both.
        max_piece_targets: The longest piece of a statement, in target lengths.
        statement_depth: How many standard deviations past the mean of a statement's own candidate cuts
            the evidence for a cut must be (as TextTiling's cutoff, from the statement's own): a statement
            whose vocabulary never changes clearly stays one topic, however long.
        length_weight: Cost of a statement's piece per squared relative distance from the target length.
        piece_cost: Cost of each piece a statement is cut into (fewer pieces, each about a topic).
        least_judged_segments: Fewest segments of questions and answers that set the statements' target length.
        introduction_sentences: How many first sentences of a question may introduce the asker.
        introduction_words: The most words a sentence that introduces the asker has.
        greeting_words: The most words of a passage that says nothing of the subject (a greeting, a
            hand-off): a segment's opening question comes past such passages.
        introduction_name_words: The most words of a sentence made of names that introduces the asker
            ("Dana Roe from the Harbour Gazette.").
        further_question_sentences: How many of a further question's first sentences are read for its cues
            (a change of subject, a follow-up).
        markers: Where discourse markers are sought and how strong each is (:class:`MarkerConfig`).
        questions: How long the parts of a question turn are (:class:`QuestionConfig`).
        labels: How the segments are labelled (:class:`LabelConfig`).
    """

    target_words: int = 380
    window_words: int = 150
    min_words: int = 90
    answer_split_cost: float = 1.2
    follow_up_similarity: float = 0.12
    min_segment_words: int = 60
    question_split: float = 0.9
    new_asker_weight: float = 0.25
    carry_on_weight: float = 0.1
    statement_split_targets: float = 1.5
    signpost_weight: float = 0.6
    paragraph_weight: float = 0.15
    strong_signpost_discount: float = 0.5
    new_subject_costs: float = 2.0
    weak_signpost_near: float = 0.9
    weak_signpost_whole: float = 0.85
    weak_signpost_bonus: float = 0.3
    max_piece_targets: int = 3
    statement_depth: float = 1.75
    length_weight: float = 1.2
    piece_cost: float = 0.4
    least_judged_segments: int = 3
    introduction_sentences: int = 4
    introduction_words: int = 15
    greeting_words: int = 6
    introduction_name_words: int = 10
    further_question_sentences: int = 6
    markers: MarkerConfig = field(default_factory=MarkerConfig)
    questions: QuestionConfig = field(default_factory=QuestionConfig)
    labels: LabelConfig = field(default_factory=LabelConfig)


def segment_topics(doc: Doc, passages: Sequence[Passage], *, body_start: int = 0, body_end: int | None = None,
                   ignore: Sequence[tuple[int, int]] = (), names: frozenset[str] = frozenset(),
                   config: SegmenterConfig | None = None, recognise: Recogniser | None = None,
                   tag: Tagger | None = None, profile: Profile) -> list[Topic]:
    """Segment the body of ``doc`` into contiguous, labelled topics.

    Args:
        doc: The transcript, parsed (sentences, lemmas, parts of speech, noun chunks).
        passages: The body's passages in text order (see ``passages_from_structure``);
            empty for a text without structure, which is then cut as one statement.
        body_start: Where the body begins (the first speaker turn); segments start here.
        body_end: Where the last segment ends (default: the end of the text).
        ignore: Ranges never used for labels or cohesion (debris such as credits and page furniture).
        names: Lower-cased speaker names, kept out of labels and keywords.
        config: Tuning; the defaults suit press conferences.
        recognise: The entity recogniser, for the sentences of the phrases that may head a segment
            where the model did not run (see ``labels.label_segments``).
        tag: The tagger, for the same sentences: a phrase it reads as opening with a verb heads no segment.
        profile: The language profile whose word lists it reads.

    Returns:
        Segments in text order, contiguous from ``body_start`` to ``body_end``.
    """
    config = config or SegmenterConfig()
    text = doc_text(doc)
    end = len(text) if body_end is None else body_end
    if body_start >= end:
        return []
    passages = _body_passages(passages, body_start, end)
    classes = WordClasses.of(doc, profile=profile)  # untagged words' classes, for the units and the labels
    units = _body_units(doc, passages, body_start, end, ignore, classes, config.markers, profile=profile)
    if not units:
        return label_segments(doc, [(body_start, end)], ignore=ignore, names=names, classes=classes,
                              recognise=recognise, tag=tag, config=config.labels, profile=profile)
    starts = [p.start for p in passages]
    owner = [max(0, bisect_right(starts, u.start) - 1) for u in units]
    edges = _edges(text, units, owner, passages, (body_start, end), config, profile=profile)
    emphasis = [(p.start, p.end) for p in passages if p.role == "question"]
    return label_segments(doc, edges,
                          ignore=_not_for_labels(doc, units, owner, passages, ignore, config, profile=profile),
                          emphasis=emphasis, names=names | _addressed(text, passages, config, profile=profile),
                          classes=classes,
                          recognise=recognise, tag=tag, openings=_opening_questions(text, edges, passages, config),
                          config=config.labels, profile=profile)


def _body_passages(passages: Sequence[Passage], start: int, end: int) -> list[Passage]:
    """The passages of the body ``[start, end)`` in text order; one statement for a text without any."""
    inside_body = sorted((p for p in passages if p.end > start and p.start < end), key=lambda p: p.start)
    return inside_body or [Passage(start, end, "statement", "block")]


def _body_units(doc: Doc, passages: Sequence[Passage], start: int, end: int, ignore: Sequence[tuple[int, int]],
                classes: WordClasses, markers: MarkerConfig, *, profile: Profile) -> list[Unit]:
    """The sentence units of the body ``[start, end)``, split at passage starts and content starts; a
    unit in an ignored range keeps its place but has neither words nor vocabulary."""
    cuts_at = [x for p in passages for x in (p.start, p.content_start) if x is not None]
    units = [u for u in sentence_units(doc, cuts_at, classes, profile=profile, head_chars=markers.head_chars)
             if start <= u.start < end]
    for u in units:
        if inside(u.start, ignore):
            u.bag.clear()
            u.words = 0
    return units


def _edges(text: str, units: Sequence[Unit], owner: Sequence[int], passages: Sequence[Passage],
           body: tuple[int, int], config: SegmenterConfig, *, profile: Profile) -> list[tuple[int, int]]:
    """The segments' ``(start, end)`` offsets, contiguous over the ``body``."""
    body_start, end = body
    questions = question_cues(text, units, owner, passages, profile=profile, config=config.questions,
                              markers=config.markers)
    cuts = choose_boundaries(units, owner, passages, config, questions,
                             mid_sentence=_mid_sentence(text, units, owner), profile=profile)
    # A cut at a passage's first unit starts at the passage itself (its speaker label, its leading blanks).
    first = {i for i in range(len(units)) if i == 0 or owner[i] != owner[i - 1]}
    at = [max(passages[owner[i]].start, units[i - 1].end if i else 0) if i in first else units[i].start for i in cuts]
    bounds = [body_start, *sorted({x for x in at if body_start < x < end})]
    bounds = _merge_short(bounds, end, units, config.min_segment_words)
    return list(zip(bounds, [*bounds[1:], end]))


def _not_for_labels(doc: Doc, units: Sequence[Unit], owner: Sequence[int], passages: Sequence[Passage],
                    ignore: Sequence[tuple[int, int]], config: SegmenterConfig, *,
                    profile: Profile) -> list[tuple[int, int]]:
    """Ranges whose phrases never make a label: ``ignore``, the askers' introductions, and the talk
    that gives the floor, which names the asker, never the subject."""
    text = doc_text(doc)
    floors = [(_floor_given(text, units, owner, passages, i, units[i].start, config, profile=profile), units[i].start)
              for i in range(1, len(units)) if owner[i] != owner[i - 1]]
    return [*ignore, *_introductions(doc, units, owner, passages, config), *((a, b) for a, b in floors if a < b)]


def _addressed(text: str, passages: Sequence[Passage], config: SegmenterConfig, *,
               profile: Profile) -> frozenset[str]:
    """The names people are called by in the passages (see ``questions.addressed_names``)."""
    return addressed_names(
        [(p.role, text[p.content_start if p.content_start is not None else p.start:p.end]) for p in passages],
        profile=profile, config=config.questions)


def _floor_given(text: str, units, owner, passages: Sequence[Passage], i: int, at: int,
                 config: SegmenterConfig, *, profile: Profile) -> int:
    """Where the talk that gives the floor to the question at unit ``i`` begins (``at`` when there is
    none). That is a short turn of its own just before the question (a moderator's "Next, we'll
    go to Anne at ABC", a host's "Go ahead"), or the last sentence of an answer when it hands over
    ("... That's where we are. Go ahead, Selina.")."""
    if i == 0 or passages[owner[i]].role != "question" or owner[i - 1] == owner[i]:
        return at
    before = passages[owner[i - 1]]
    if before.role == "question":
        return at
    lo = i - 1
    while lo > 0 and owner[lo - 1] == owner[i - 1]:
        lo -= 1
    words = sum(u.words for u in units[lo:i])
    if words <= config.min_segment_words and lo > 0:
        return before.start
    last = units[i - 1]
    if ends_with_handoff(text[last.start:last.end], profile=profile, config=config.questions) and last.words < words:
        return last.start
    return at


def _opening_questions(text: str, edges, passages: Sequence[Passage],
                       config: SegmenterConfig) -> list[tuple[int, int]]:
    """The question that opens each segment, when one does: the first question passage with something
    to say (past greetings and hand-offs) before any other talk. A segment that opens mid-statement
    or mid-answer has none: a later question names a later part of it."""
    out = []
    k = 0
    for start, end in edges:
        while k < len(passages) and passages[k].start < start:
            k += 1
        j = k
        while j < len(passages) and passages[j].start < end:
            p = passages[j]
            words = len(text[p.content_start if p.content_start is not None else p.start:p.end].split())
            if p.role == "question" and words > config.greeting_words:
                out.append((p.start, p.end))
                break
            if words > config.greeting_words:
                break  # other talk comes first
            j += 1
    return out


def _mid_sentence(text: str, units: Sequence[Unit], owner: Sequence[int]) -> frozenset[int]:
    """Units that go on with a sentence broken off before them, where no topic may start: inside one
    passage, a unit after one whose last word ends no sentence, or that opens in lower case, and page
    furniture in between (a PDF page break: "jobs have been added to the / Page 1 of 26 / economy,
    and ...")."""
    out = set()
    last = None  # the last unit with words, in the same passage
    for i, u in enumerate(units):
        if i and owner[i] != owner[i - 1]:
            last = None
        if last is not None:
            tail = text[units[last].start:units[last].end].rstrip(" \t\r\n\u00a0\"'”’)]")
            first = u.head.lstrip(" \t\r\n\u00a0\"'“‘([")[:1]
            if (tail and tail[-1] not in ".?!:;…—–-") or first.islower():
                out.add(i)
        if u.words:
            last = i
    return frozenset(out)


def _merge_short(bounds: list[int], end: int, units: Sequence[Unit], min_words: int) -> list[int]:
    """Drop boundaries so that no segment has fewer than ``min_words`` words (a lone greeting).

    A short segment joins the one after it; the last one joins the one before.
    """
    bounds = list(bounds)
    i = 0
    while len(bounds) > 1 and i < len(bounds):
        seg_end = bounds[i + 1] if i + 1 < len(bounds) else end
        words = sum(u.words for u in units if bounds[i] <= u.start < seg_end)
        if words >= min_words:
            i += 1
        elif i + 1 < len(bounds):
            del bounds[i + 1]  # the next segment now starts here
        else:
            del bounds[i]  # the last segment joins the one before
    return bounds


def _introductions(doc: Doc, units, owner, passages, config: SegmenterConfig) -> list[tuple[int, int]]:
    """Speaker labels and the short opening sentences of questions that name the asker or their outlet."""
    out = [(p.start, p.content_start) for p in passages if p.content_start is not None and p.content_start > p.start]
    named = _Named(doc)
    seen: dict[int, int] = {}
    for i, u in enumerate(units):
        p = passages[owner[i]]
        if p.role != "question":
            continue
        k = seen.get(owner[i], 0)
        seen[owner[i]] = k + 1
        if (k < config.introduction_sentences and u.words <= config.introduction_words
                and _introduces(u, p, named, config)):
            out.append((u.start, u.end))
    return out


def _introduces(u: Unit, p: Passage, named: _Named, config: SegmenterConfig) -> bool:
    """Whether a short sentence of a question introduces the asker: it gives the speaker's own name
    ("Jane Roe, Daily Courier."), is made of names, or holds a person's or organisation's name whole."""
    own = {w.lower() for w in (p.speaker or "").replace(".", " ").split() if len(w) > 2}
    if own & {w.strip(".,:;").lower() for w in u.head.split()}:
        return True
    return _names_someone(u.head[:u.end - u.start], config.introduction_name_words) or named.holds_one(u.start, u.end)


class _Named:
    """The document's names of people and organisations, read once (``Span.ents`` rescans the whole
    document), asked whether a stretch of text holds one."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._named = [e for e in doc.ents if e.label_ in ("PERSON", "ORG")]
        self._starts = [e.start for e in self._named]

    def holds_one(self, start: int, end: int) -> bool:
        """Whether the first name from ``start`` on ends within ``[start, end)`` (its tokens widened)."""
        span = self._doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        k = bisect_left(self._starts, span.start)
        return k < len(self._named) and self._named[k].end <= span.end


def _names_someone(sentence: str, most_words: int = SegmenterConfig.introduction_name_words) -> bool:
    """Whether a short sentence (``most_words`` at most) that opens a question is made of names ("Dana Roe
    from the Harbour Gazette.", "Hi, Lee Park, City Radio."): no question, most words capitalised past the
    first."""
    words = sentence.strip().split()
    if not 2 <= len(words) <= most_words or sentence.rstrip().endswith("?"):
        return False
    capitalised = sum(w[:1].isupper() for w in words[1:])
    return 2 * capitalised >= len(words) - 1 and capitalised >= 2


def choose_boundaries(
    units: Sequence[Unit], owner: Sequence[int], passages: Sequence[Passage], config: SegmenterConfig,
    questions: dict[int, QuestionCues] | None = None, mid_sentence: frozenset[int] = frozenset(),
 *, profile: Profile) -> list[int]:
    """Indices of the units that start a new topic (the first unit is implied).

    ``questions`` holds the cues of the question turns whose asker the structure does not know
    (``question_cues``); each of them is judged by :func:`_question_opens_topic`.
    """
    questions = questions or {}
    chooser = _Chooser(units, owner, passages, config, idf_weights(u.bag for u in units), mid_sentence, profile=profile)
    for a, b in _blocks(units, owner, passages):
        chooser.read((a, b), questions.get(owner[a]))
    # Statements are cut last, to pieces as long as the topics of this event's questions and answers.
    return sorted(set(chooser.cuts + chooser.statement_cuts()))


@dataclass
class _Chooser:
    """The cuts of :func:`choose_boundaries`, chosen block by block in text order.

    Attributes:
        cuts: The units chosen so far to start a topic.
        statements: The statements' unit ranges (one speaker's or several speakers' in a row), cut last.
        handovers: Where another speaker takes over a statement.
        inner: The cuts inside exchanges (a further question, another answerer's subject).
        previous: The block read last.
        pending: Where a run of banter began, waiting for the question it introduces.
    """

    units: Sequence[Unit]
    owner: Sequence[int]
    passages: Sequence[Passage]
    config: SegmenterConfig
    idf: dict[str, float]
    mid_sentence: frozenset[int]
    cuts: list[int] = field(default_factory=list)
    statements: list[tuple[int, int]] = field(default_factory=list)
    handovers: list[int] = field(default_factory=list)
    inner: list[int] = field(default_factory=list)
    previous: tuple[int, int] | None = None
    pending: int | None = None
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)

    def read(self, block: tuple[int, int], cue: QuestionCues | None) -> None:
        """Cut before the block where it starts a topic, then keep it as a statement or cut inside it."""
        self._open(block, cue)
        if cue is None and self.previous is not None and self._short(block) and self._cut_at(block[0]):
            self.cuts.pop()  # a short closing remark or a passing exchange ("Thank you, guys") ends the last topic
        unasked = self._unasked(block, cue)
        if unasked is not None:
            self.cuts.append(block[0] if self.pending is None else self.pending)
            self.pending = None
            self.statements.append((unasked, block[1]))
        else:
            self._place(block)
        self.previous = block

    def _unasked(self, block: tuple[int, int], cue: QuestionCues | None) -> int | None:
        """Where an official's talk at length that no question asked begins in the block: after banter
        ("Thank you.") the official goes on to announcements of their own, a statement (cut as the
        statements are), not an answer. None when the block holds no such talk."""
        if cue is None or cue.form != "banter":
            return None
        a, b = block
        # The structure may leave such talk without a role ("other"): it answers no question.
        first = next((i for i in range(a, b) if self.passages[self.owner[i]].role in ("answer", "other")), None)
        if first is None or any(self.passages[self.owner[i]].role == "question" for i in range(first, b)):
            return None
        return first if sum(u.words for u in self.units[first:b]) >= self.config.target_words else None

    def _open(self, block: tuple[int, int], cue: QuestionCues | None) -> None:
        """Cut before the block when it starts a topic: the first block past the body's first unit, a
        question whose asker is unknown that its evidence says opens one (from the banter that
        introduces it), any other block that does not follow up on the one before."""
        a = block[0]
        if self.previous is None:
            if a > 0:
                self.cuts.append(a)
        elif cue is not None:
            self._open_question(a, cue)
        elif not _continues(self.units, self.idf, self.previous, block, self.passages, self.owner, self.config,
                            profile=self.profile):
            self.cuts.append(a)

    def _open_question(self, a: int, cue: QuestionCues) -> None:
        """A question turn by an asker the structure does not know (see :func:`_question_opens_topic`)."""
        if cue.form == "banter":
            self.pending = a if self.pending is None else self.pending
            return
        if cue.form == "question" and _question_opens_topic(self.units, self.idf, a, cue, self.config):
            self.cuts.append(a if self.pending is None else self.pending)
        self.pending = None

    def _short(self, block: tuple[int, int]) -> bool:
        """Whether a block is too short to be a topic of its own (half as long for talk other than a statement)."""
        a, b = block
        least = self.config.min_words
        if self.passages[self.owner[a]].role != "statement":
            least //= 2
        return sum(u.words for u in self.units[a:b]) < least

    def _cut_at(self, a: int) -> bool:
        """Whether the last cut chosen is at unit ``a``."""
        return bool(self.cuts) and self.cuts[-1] == a

    def _place(self, block: tuple[int, int]) -> None:
        """A statement goes on the statements (joined to the one just before it, where another speaker
        takes it over: whether that starts a topic is judged with the statements); an exchange is cut
        where its own signposts say."""
        a, b = block
        if self.passages[self.owner[a]].role != "statement":
            inner = _split_exchange(self.units, self.owner, self.passages, self.idf, a, b, self.config,
                                    self.mid_sentence, profile=self.profile)
            self.cuts += inner
            self.inner += inner
        elif self._takes_over(a) and self.statements and self.previous == (self.statements[-1][0], a):
            if self._cut_at(a):
                self.cuts.pop()
            self.statements[-1] = (self.statements[-1][0], b)
            self.handovers.append(a)
        else:
            self.statements.append((a, b))

    def _takes_over(self, a: int) -> bool:
        """Whether unit ``a`` opens a passage of another named speaker than the one before it."""
        if a == 0:
            return False
        speaker, before = self.passages[self.owner[a]].speaker, self.passages[self.owner[a - 1]].speaker
        return None not in (speaker, before) and speaker != before

    def statement_cuts(self) -> list[int]:
        """Cuts inside the statements: where another speaker's statement begins, and into pieces as long
        as the topics of this event's questions and answers (its exchanges, whole: a cut inside
        one is a part of a topic)."""
        inner = set(self.inner)
        target = _statement_target(self.units, [c for c in self.cuts if c not in inner], self.statements,
                                   self.config)
        tuned = replace(self.config, target_words=target)
        out: list[int] = []
        for a, b in self.statements:
            for lo, hi in _speakers_statements(self.units, a, b, self.handovers, self.config.target_words):
                if lo > a:
                    out.append(lo)
                out += _split_statement(self.units, self.idf, lo, hi, tuned, self.mid_sentence, profile=self.profile)
        return out


def _speakers_statements(units, a: int, b: int, handovers: Sequence[int], words: int) -> list[tuple[int, int]]:
    """The parts of a statement that are each one speaker's statement: a handover starts one only where
    what comes before it and after it are each at least ``words`` long (two leaders' remarks), not
    where a host says a few words to introduce the speaker or a guest thanks the host."""
    prefix = [0]
    for u in units[a:b]:
        prefix.append(prefix[-1] + u.words)

    def length(i, j):
        return prefix[j - a] - prefix[i - a]

    points = [h for h in handovers if a < h < b]
    out, lo = [], a
    for k, h in enumerate(points):
        nxt = next((p for p in points[k + 1:] if length(h, p) >= words), b)
        if length(lo, h) >= words and length(h, nxt) >= words:
            out.append((lo, h))
            lo = h
    out.append((lo, b))
    return out


def _statement_target(units, cuts: Sequence[int], statements: Sequence[tuple[int, int]],
                      config: SegmenterConfig) -> int:
    """How long a topic of this event's statements is: as long as a topic of its questions and answers.

    The median length in words of the segments cut outside the statements sets it: an event whose
    reporters ask long, many-sided questions has statements that dwell as long on each subject, a
    briefing of quick questions has statements that move on as quickly. The default
    ``target_words`` is the shortest it can be, and stays where there are fewer than three such
    segments to judge by.
    """
    inside = {i for a, b in statements for i in range(a, b)}
    bounds = sorted({0, *cuts, *(a for a, _ in statements), *(b for _, b in statements), len(units)})
    lengths = sorted(sum(u.words for u in units[a:b]) for a, b in itertools.pairwise(bounds)
                     if b > a and a not in inside)
    if len(lengths) < config.least_judged_segments:
        return config.target_words
    return max(config.target_words, lengths[len(lengths) // 2])


def _question_opens_topic(units, idf, i: int, cue: QuestionCues, config: SegmenterConfig) -> bool:
    """Whether a question turn by an asker the structure does not know starts a new topic.

    The evidence is the change of vocabulary between the talk before the question and the talk it
    opens (1 - cosine of ``window_words`` on each side), moved by what the turn says of itself: a new
    asker or an announced change of subject count for a new topic, "And ..." or a follow-up against.
    """
    evidence = _window_dissimilarity(units, idf, i, 0, len(units), config.window_words)
    evidence += config.new_asker_weight if cue.new_asker else 0.0
    evidence += config.new_asker_weight if cue.new_subject else 0.0
    evidence -= config.carry_on_weight if cue.carries_on else 0.0
    evidence -= config.new_asker_weight if cue.follow_up else 0.0
    return evidence >= config.question_split


def _blocks(units, owner, passages) -> list[tuple[int, int]]:
    """Unit ranges that each open with a passage marked ``opens="block"`` (or ``"question"``)."""
    heads = [0]
    for i in range(1, len(units)):
        if owner[i] != owner[i - 1] and passages[owner[i]].opens in ("block", "question"):
            heads.append(i)
    return list(zip(heads, [*heads[1:], len(units)]))


def _continues(units, idf, prev, block, passages, owner, config, *, profile: Profile) -> bool:
    """True when ``block`` opens with a question that follows up on the previous block.

    A reporter other than the one who asked before who says they follow up ("Just to follow up on
    that question") is judged as a question by an unknown asker is judged: the new asker and the stated
    follow-up weigh against each other, and the change of vocabulary decides.
    """
    a, b = block
    p = passages[owner[a]]
    if p.role != "question":
        return False
    question = [i for i in range(a, b) if owner[i] == owner[a]]
    if not _says_follow_up(units, question, config.markers, profile=profile):
        return False
    if _another_asker(passages, owner, prev, p):
        return not _question_opens_topic(units, idf, a, QuestionCues("question", new_asker=True, follow_up=True),
                                         config)
    return _similar(units, idf, prev, (a, b)) > config.follow_up_similarity


def _another_asker(passages, owner, prev: tuple[int, int], p: Passage) -> bool:
    """Whether the structure names the asker of ``p`` and of the last question in ``prev``, and they differ."""
    seen = {owner[i] for i in range(prev[0], prev[1])}
    before = next((passages[o].asker for o in sorted(seen, reverse=True) if passages[o].role == "question"), None)
    return None not in (p.asker, before) and p.asker != before


def _says_follow_up(units, question, markers: MarkerConfig, *, profile: Profile) -> bool:
    return any(is_follow_up(units[i].head, profile=profile, config=markers) for i in question)


def _similar(units, idf, left: tuple[int, int], right: tuple[int, int]) -> float:
    return cosine(weighted((u.bag for u in units[left[0]:left[1]]), idf),
                  weighted((u.bag for u in units[right[0]:right[1]]), idf))


def _window_dissimilarity(units, idf, i: int, lo: int, hi: int, words: int) -> float:
    """1 - cosine of the ``words`` words before unit ``i`` and after it, within ``[lo, hi)``."""
    left, n, j = [], 0, i
    while j > lo and n < words:
        j -= 1
        left.append(units[j].bag)
        n += units[j].words
    right, n, j = [], 0, i
    while j < hi and n < words:
        right.append(units[j].bag)
        n += units[j].words
        j += 1
    return 1.0 - cosine(weighted(left, idf), weighted(right, idf))


def _split_statement(units, idf, a: int, b: int, config: SegmenterConfig,
                     mid_sentence: frozenset[int] = frozenset(), *, profile: Profile) -> list[int]:
    """Cut a statement into pieces of about ``target_words`` at its least cohesive sentence starts."""
    total = sum(u.words for u in units[a:b])
    if total < config.statement_split_targets * config.target_words:
        return []
    gains = {i: _statement_gain(units, idf, i, a, b, config, profile=profile)
             for i in range(a + 1, b) if i not in mid_sentence}
    return _dynamic_cuts(units, a, b, _deep(gains, config.statement_depth), config, length_prior=True)


def _deep(gains: dict[int, float], depth: float) -> dict[int, float]:
    """The candidate cuts whose gain stands out of the statement's own: at least ``depth`` standard
    deviations past the mean. A statement that stays on one subject has no such change of vocabulary
    and stays whole, whatever its length."""
    if len(gains) < 2:
        return gains
    values = list(gains.values())
    mean = statistics.fmean(values)
    spread = statistics.pstdev(values, mean)
    return {i: g for i, g in gains.items() if spread and g >= mean + depth * spread}


def _statement_gain(units, idf, i, a, b, config, *, profile: Profile) -> float:
    u = units[i]
    gain = _window_dissimilarity(units, idf, i, a, b, config.window_words)
    gain += config.signpost_weight * marker_strength(u.head, profile=profile, config=config.markers)
    gain += config.paragraph_weight if u.paragraph else 0.0
    return gain


def _split_exchange(units, owner, passages, idf, a: int, b: int, config: SegmenterConfig,
                    mid_sentence: frozenset[int] = frozenset(), *, profile: Profile) -> list[int]:
    """Cut an exchange where a further question or a signposted answer to another question opens a new subject.

    A further question by the same asker stays in the segment unless it
    announces a new subject. Inside an answer, a strong signpost ("On your
    second question") is enough; a weaker one ("In terms of", "In addition")
    must coincide with a clear change of vocabulary between two long parts.
    """
    total = sum(u.words for u in units[a:b])
    if total < 2 * config.min_words:
        return []
    gains: dict[int, float] = {}
    for i in range(a + 1, b):
        gain = _exchange_cut_gain(units, owner, passages, idf, a, b, i, config, profile=profile)
        if gain is not None:
            gains[i] = gain
    gains = {i: g for i, g in gains.items() if g > 0 and i not in mid_sentence}
    if not gains:
        return []
    return _dynamic_cuts(units, a, b, gains, config, length_prior=False)


def _exchange_cut_gain(units, owner, passages, idf, a: int, b: int, i: int, config: SegmenterConfig, *,
                       profile: Profile) -> float | None:
    """The gain of cutting exchange ``[a, b)`` at unit ``i`` (None: no reason to cut there)."""
    p = passages[owner[i]]
    new_passage = owner[i] != owner[i - 1]
    if p.role == "question" and new_passage and p.opens == "follow-up":
        question = _passage_text(units, owner, i, b, config.further_question_sentences)
        if (changes_subject(question, profile=profile, config=config.markers)
                and not is_follow_up(question, profile=profile, config=config.markers)):
            return config.new_subject_costs * config.answer_split_cost
        return None
    if p.role == "answer" and new_passage:
        # Another official answers (two leaders at a joint conference, a guest and the host): a
        # weak signpost, since the second often answers another part of a question of many parts.
        lo = _answers_since_question(owner, passages, a, i)
        return _medium_gain(units, idf, lo, i, _passage_end(owner, i, b), config) if lo is not None else None
    if p.role not in ("answer", "question") or new_passage or _is_label(units, passages, owner, i - 1):
        return None
    m = marker_strength(units[i].head, profile=profile, config=config.markers)
    if p.role == "question" and m < config.markers.strong_signpost:
        return None  # inside a question only an explicit further question ("My second question is") cuts
    if m >= config.markers.strong_signpost:
        return (config.answer_split_cost + _window_dissimilarity(units, idf, i, a, b, config.window_words)
                - config.strong_signpost_discount)
    if m >= config.markers.medium_signpost:
        return _medium_gain(units, idf, _passage_start(owner, i), i, _passage_end(owner, i, len(units)), config)
    return None


def _medium_gain(units, idf, lo: int, i: int, hi: int, config: SegmenterConfig) -> float:
    """Gain of cutting an answer at a weak signpost at unit ``i``, between the talk ``[lo, i)`` and
    ``[i, hi)``: only between two long, lexically distinct parts."""
    left = sum(u.words for u in units[lo:i])
    right = sum(u.words for u in units[i:hi])
    if min(left, right) < 2 * config.min_words:
        return 0.0
    near = _window_dissimilarity(units, idf, i, lo, hi, config.window_words)
    whole = _window_dissimilarity(units, idf, i, lo, hi, max(left, right))
    if near >= config.weak_signpost_near and whole >= config.weak_signpost_whole:
        return config.answer_split_cost + config.weak_signpost_bonus
    return 0.0


def _passage_start(owner, i: int) -> int:
    """The first unit of unit ``i``'s passage."""
    while i > 0 and owner[i - 1] == owner[i]:
        i -= 1
    return i


def _passage_end(owner, i: int, stop: int) -> int:
    """The unit past the last of unit ``i``'s passage (at most ``stop``)."""
    j = i
    while j < stop and owner[j] == owner[i]:
        j += 1
    return j


def _answers_since_question(owner, passages: Sequence[Passage], a: int, i: int) -> int | None:
    """Where the answers before unit ``i`` (which opens an answer passage) begin, since the last
    question in ``[a, i)``, when the answer just before is another named speaker's; None otherwise."""
    before, here = passages[owner[i - 1]], passages[owner[i]]
    if before.role != "answer" or None in (before.speaker, here.speaker) or before.speaker == here.speaker:
        return None
    lo = i
    while lo > a and passages[owner[lo - 1]].role == "answer":
        lo -= 1
    return lo


def _passage_text(units, owner, i: int, stop: int, sentences: int) -> str:
    """The first ``sentences`` sentences of unit ``i``'s passage (up to ``stop``)."""
    parts: list[str] = []
    j = i
    while j < stop and owner[j] == owner[i] and len(parts) < sentences:
        parts.append(units[j].head)
        j += 1
    return " ".join(parts)


def _is_label(units, passages, owner, i: int) -> bool:
    """True when unit ``i`` is only the speaker label of its passage."""
    p = passages[owner[i]]
    return p.content_start is not None and units[i].start < p.content_start


def _dynamic_cuts(units, a, b, gains: dict[int, float], config: SegmenterConfig, *, length_prior: bool) -> list[int]:
    """Best set of cuts in ``[a, b)``: most gain, fewest pieces, pieces near the target length.

    Dynamic programming over the candidate cuts; a piece may not exceed a few
    target lengths, so the work grows linearly with the number of candidates.
    """
    cands = [a, *sorted(gains), b]
    prefix = [0]
    for u in units[a:b]:
        prefix.append(prefix[-1] + u.words)

    def words(i, j):
        return prefix[j - a] - prefix[i - a]

    target = config.target_words
    best = {a: (0.0, None)}
    for jx in range(1, len(cands)):
        j = cands[jx]
        best_j = None
        for ix in range(jx - 1, -1, -1):
            i = cands[ix]
            if i not in best:
                continue
            w = words(i, j)
            if length_prior and w > config.max_piece_targets * target:
                break
            if w < config.min_words and not (i == a and j == b):
                continue
            piece = (config.length_weight * ((w - target) / target) ** 2 + config.piece_cost if length_prior
                     else config.answer_split_cost)
            gain = gains.get(i, 0.0) if i != a else 0.0
            cost = best[i][0] + piece - gain
            if best_j is None or cost < best_j[0]:
                best_j = (cost, i)
        if best_j is not None:
            best[j] = best_j
    if b not in best:
        return []
    out: list[int] = []
    j = best[b][1]
    while j is not None and j != a:
        out.append(j)
        j = best[j][1]
    return sorted(out)
