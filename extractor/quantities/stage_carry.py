"""Stage 5, carry-over: what earlier sentences lend a figure, and what a conversion takes from its source.

Rules, in order, per sentence:

1. :meth:`Carry.note_names`: a sentence without a figure that names a place makes that place what the
   next figures of its stretch are about (not a reporter introducing themselves);
2. :meth:`Carry.carried_period`: the period the speaker's turn hands on (:class:`periods.PeriodCarry`: a
   stated year frames the rest of the turn, a finer period the rest of its paragraph; a sentence without a
   figure states one too); the context stage uses it as a figure's last resort, so that a target or a
   long-run value still gets none;
3. :meth:`Carry.fill`: a figure with no owner or concept takes the stretch's last ones. A stretch ends at a
   blank line or a new speaker's turn: whose figure it is never carries into another speaker's turn;
4. :meth:`Carry.remember`: the sentence's period, last owner and last concept are carried on;
5. :func:`copy_converted`: "42 trillion yuan ($5.74 trillion)": the conversion takes its source's facts;
6. :func:`settle_carried_periods`, per document: a carried period stays only when it is over and in the
   transcript's main year;
7. :func:`settle_restated_moves`, per document: a later mention of the day's decided move takes its period;
8. :func:`settle_restated_figures`, per document: a figure that points back at one said before with its time
   ("the $40 million") takes that time;
9. :func:`settle_equated_figures`, per document: a figure a copula equates with another figure of its
   sentence ("that $1.7 trillion becomes 1.5") takes that figure's period;
10. :func:`settle_restated_owners`, per document: a figure that points back at one said before ("that $450
   million") with no owner of its own takes that one's owner.
"""
from __future__ import annotations

import bisect
import datetime
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from ..lang.profile import Profile
from ..pipeline.parsed import doc_text
from .config import DEFAULT_PERIODS, PeriodConfig
from .current_state import counted_from_a_start
from .draft import Draft
from .entity import ENTITY_LABELS, is_place_group, verbs_of_telling
from .periods import YEARS_ONLY, PeriodCarry, TimeRef, hypothetical, period_months, period_within
from .rules import RuleSet
from .stage_context import DURATION_UNITS, RATE_UNITS
from .syntax import governing_verb

#: A blank line: what a figure's owner, concept and period never carry across (nor a new turn).
PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\r?\n")

#: What a stretch is about: its owner (name, start, end) and concept.
#: Entity mechanisms that decide on purpose that a figure has no owner: nothing is carried to it.
_DECIDED_EMPTY = frozenset({"host-speaking", "host-own-figure", "unresolved-pronoun", "person-not-owner",
                            "span-dates-event", "company-of-subject", "source-of-figure", "nationals-counted",
                            "unnamed-individual"})

About = tuple["tuple[str, int, int] | None", "str | None"]


def self_introduction(sent: Span) -> bool:
    """True for a fragment with no verb that names a person ("Steve Liesman, CNBC.", "Howard Schneider with
    Reuters."): a reporter introducing themselves, whose outlet owns none of the figures that follow."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    return any(t.ent_type_ == "PERSON" for t in sent) or sent[0].pos_ == "PROPN" and any(
        t.text == "," for t in sent)


def points_back(sent: Span, *, profile: Profile) -> bool:
    """Whether a sentence's subject points at what the sentence before said ("This signifies an increase of
    0.3 points", "These figures show ..."): a demonstrative as the subject or its determiner."""
    words = profile.words("demonstratives") | profile.words("plural_demonstratives")
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in words or any(
        d.dep_ == "det" and d.lower_ in words for d in c.children)) for c in sent.root.children)


def _place(sent: Span, start: int, end: int, *, profile: Profile) -> bool:
    """Whether the name at ``start``..``end`` is a place or a grouping of places or people (a region, a
    country, a bloc, "developing countries", "Americans"): what a stretch of figures can be about. A body
    (an office, a committee, a survey) is named as a source or an actor, and owns only its own clause's
    figures."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    # "A stronger global economy tends to lift prices": a place said with "a"/"an" is any such place, said in
    # general, no party a stretch is about.
    # A name the recogniser tags as a place ("a stronger Ireland") is still that place.
    return span is not None and is_place_group(span.root, profile=profile) and (
        span.root.ent_type_ in ("GPE", "LOC") or not any(
            c.dep_ == "det" and c.lower_ in profile.words("indefinite_articles") for c in span.root.children))


def sentence_topic(sent: Span, ents: Sequence[tuple[int, int, str]], *, profile: Profile) -> tuple[int, int,
                                                                                                   str] | None:
    """The named place, body or group a sentence is about: the subject of its main clause ("The eastern
    region led the growth."), or a frame before that clause's verb ("In the northern provinces, ..."). One
    named elsewhere (a source, "according to the statistics office"; an object, "we met the governors of
    Ohio") is not what the next figures are about."""
    root = sent.root
    doc = sent.doc
    frames = profile.words("frame_prepositions")
    for a, b, name in ents:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.head == root and head.dep_ in ("nsubj", "nsubjpass"):
            return a, b, name
        if of_topic(head, root):
            return a, b, name
        # "In the northern provinces, ...": a place in a phrase that opens the sentence before its verb.
        if head.dep_ == "pobj" and head.head.head == root and head.head.dep_ == "prep" and (
                head.head.i < root.i and head.head.i == sent.start) and head.head.lower_ in frames:
            return a, b, name
    return None


def _named_topic(sent: Span, ents: Sequence[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """A body or site the entity recogniser names in the "of" phrase of the main clause's subject ("The
    expansion of the Baltic Free Port continued, with cargo reaching 40 million tonnes"): what the sentence's
    figures are about, though not a place a stretch is about (it is not carried on). A name of several words
    is read by its head ("the Rhine-Main-Danube canal": the name may stop before it)."""
    for a, b, name in ents:
        if not _recognised(sent, a, b):
            continue
        span = sent.doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        heads = [span.root] + [t.head for t in span if t.dep_ == "compound" and not span.start <= t.head.i < span.end]
        if any(of_topic(h, sent.root) for h in heads):
            return a, b, name
    return None


#: Entity labels of a subject that is the figure itself ("84 percent of farmers"), not a noun it counts.
_FIGURE_ENTS = frozenset({"PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def of_topic(head: Token, root: Token) -> bool:
    """ "The openness of the northern provinces improved": a place named by the "of" phrase of the main
    clause's subject, a property or an activity of that place ("the growth of", "the construction of"). Not
    when the subject is another's act ("Russia's invasion of Ukraine", "the siege of the city by the army"), nor
    when a numeral counts it ("40,000 doses of Vaxo were given"): the "of" phrase then names what is counted,
    a product or a content, not whose the count is ("84 percent of farmers", a share, is still of them)."""
    subj = head.head.head
    return head.dep_ == "pobj" and head.head.lower_ == "of" and subj.dep_ in ("nsubj", "nsubjpass") and (
        subj.head == root) and subj.pos_ == "NOUN" and not any(
        c.dep_ == "poss" or c.dep_ == "nummod" and subj.ent_type_ not in _FIGURE_ENTS
        or c.dep_ == "prep" and c.lower_ == "by" for c in subj.children)


def _root_of(sent: Span, found: tuple[int, int, str]) -> Token:
    span = sent.doc.char_span(found[0], found[1], alignment_mode="expand")
    return span.root if span is not None else sent.root


def _answer_starts(doc: Doc) -> list[int]:
    """Where the turns start that answer a question: an official's turn right after one of the press (none
    when the structure was not read)."""
    structure = doc._.structure if doc.has_extension("structure") else None
    if structure is None:
        return []
    turns = structure.turns
    return [t.start for prev, t in pairwise(turns) if t.role == "official" and prev.role == "media"]


def _follow_up_starts(doc: Doc, text: str, config: PeriodConfig, *, profile: Profile) -> list[int]:
    """Where the press turns start that follow up a question after the official's short yes to it (at most
    ``reply_words`` words, opening with a word of ``affirmative_replies``) with a short question of their own
    (at most ``follow_up_words`` words): "Is there an estimate for next year?" "Yeah." "Is it $30 billion?"
    (none when the structure was not read). A reply that says no, declines or stalls ("No comment.", "Let me
    check.") accepts nothing: the next question is a new one. A longer turn puts a new question, often on
    another subject ("Can I ask about the port?" "Sure." "...")."""
    structure = doc._.structure if doc.has_extension("structure") else None
    if structure is None:
        return []
    turns = structure.turns
    return [t.start for asked, reply, t in zip(turns, turns[1:], turns[2:])
            if asked.role == "media" and reply.role == "official" and t.role == "media"
            and text[asked.content_start:asked.end].rstrip().endswith("?")
            and _says_yes(text[reply.content_start:reply.end], config, profile=profile)
            and len(text[t.content_start:t.end].split()) <= config.follow_up_words]


#: What a reply's words are compared on: letters, digits, apostrophes and hyphens ("That’s right." -> "that's
#: right").
_REPLY_NOISE = re.compile(r"[^\w'\- ]+")


def _says_yes(reply: str, config: PeriodConfig, *, profile: Profile) -> bool:
    """Whether an official's reply is a short yes (at most ``reply_words`` words opening with an entry of
    ``affirmative_replies``: "Yeah.", "Sure, yes.", "That's right.")."""
    words = _REPLY_NOISE.sub(" ", reply.replace("\u2019", "'").lower()).split()
    if not words or len(reply.split()) > config.reply_words:
        return False
    return any(words[:len(w)] == w for w in (a.split() for a in profile.words("affirmative_replies")))


@dataclass
class Carry:
    """The period carried within each turn, and the owner and concept carried over each stretch."""

    stretches: list[int]
    periods: PeriodCarry
    about_by_stretch: dict[int, About] = field(default_factory=dict)
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)

    @classmethod
    def of(cls, doc: Doc, text: str, boundaries: Sequence[int], *, profile: Profile,
           config: PeriodConfig = DEFAULT_PERIODS) -> Carry:
        # Whose figure it is and what it measures carry within a paragraph and never into another speaker's
        # turn; the period carries within a turn only.
        paragraphs = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
        return cls(sorted(set(paragraphs) | set(boundaries)),
                   PeriodCarry(doc, boundaries, paragraphs, _answer_starts(doc),
                               _follow_up_starts(doc, text, config, profile=profile), profile=profile, config=config),
                   profile=profile)

    def _stretch(self, sent: Span) -> int:
        return bisect.bisect_right(self.stretches, sent.start_char)

    def note_names(self, sent: Span, ents: list[tuple[int, int, str]],
                   refs: Sequence[TimeRef] | Callable[[], Sequence[TimeRef]] = ()) -> None:
        """Rule 1, for a sentence without a figure; the period it states is carried on too ("Last year,
        trade did well. ... The share of partners exceeded 50%"). ``refs`` may be a function that reads them:
        then they are read only when needed (:meth:`PeriodCarry.defer`)."""
        if callable(refs):
            self.periods.defer(sent.start_char, refs)
        else:
            self.periods.update(sent.start_char, refs)
        stretch = self._stretch(sent)
        topic = sentence_topic(sent, [e for e in ents if _place(sent, e[0], e[1], profile=self.profile)],
                               profile=self.profile)
        if topic is not None and not self_introduction(sent):
            self.about_by_stretch[stretch] = ((topic[2], topic[0], topic[1]),
                                              self.about_by_stretch.get(stretch, (None, None))[1])

    def carried_period(self, sent: Span) -> str | None:
        """Rule 2."""
        return self.periods.get(sent.start_char)

    def carried_ref(self, sent: Span) -> TimeRef | None:
        """Rule 2, with the time phrase that stated the period carried."""
        return self.periods.get_ref(sent.start_char, follows=points_back(sent, profile=self.profile))

    def follows_up(self, sent: Span, ref: TimeRef | None) -> bool:
        """Whether ``ref`` (:meth:`carried_ref`) comes from the question the sentence's turn follows up."""
        return self.periods.follows_up(sent.start_char, ref)

    def day_ref(self, sent: Span) -> TimeRef | None:
        """The marker of the briefing's day whose acts the speaker's turn reports (:meth:`PeriodCarry.day_of_turn`)."""
        return self.periods.day_of_turn(sent.start_char)

    def fill(self, sent: Span, ds: list[Draft], ents: Sequence[tuple[int, int, str]] = ()) -> None:
        """Rule 3; a place the figure's own sentence is about (``sentence_topic`` of its named places,
        ``ents``; or a body or site named in its subject's "of" phrase, ``_named_topic``) comes before the
        stretch's ("The output of the northern provinces grew, with exports reaching 4 billion euros")."""
        carry_entity, carry_concept = self.about_by_stretch.get(self._stretch(sent), (None, None))
        # Only a place the subject's "of" phrase names: a subject that is itself a place or a group is the
        # parse's to judge (it may be what the figure counts, "7 million residents", or its source).
        topic = sentence_topic(sent, [e for e in ents if _place(sent, e[0], e[1], profile=self.profile)],
                               profile=self.profile) if ents else None
        if topic is not None and not of_topic(_root_of(sent, topic), sent.root):
            topic = None
        if topic is None and ents:
            topic = _named_topic(sent, ents)
        for d in ds:
            # A figure the host speaks of or acts on ("we", "the Board") takes no owner from before.
            decided = d.mechanism("entity") in _DECIDED_EMPTY
            if d.entity is None and topic is not None and not decided:
                d.entity = topic[2]
                d.note("entity", "sentence-topic", topic[0], topic[1])
            elif d.entity is None and carry_entity is not None and not decided:
                self._carry_entity(sent, d, carry_entity, ents, ds)
            if d.concept is None and carry_concept is not None:
                d.concept = carry_concept
                d.note("concept", "carried-from-stretch")

    def _carry_entity(self, sent: Span, d: Draft, carried: tuple[str, int, int],
                      ents: Sequence[tuple[int, int, str]], siblings: Sequence[Draft] = ()) -> None:
        """The stretch's owner for a figure that has none, unless the figure's own sentence names another place
        or group ("The east grew fast. ... Trade with the Nordic states rose 4%": not the east's), or the
        figure, or another of its sentence, counts the owner itself ("Free ports are special zones. There are
        12 free ports": no one's count). No owner is better than one from another sentence that the figure's own
        sentence contradicts."""
        other = next((e for e in ents if _recognised(sent, e[0], e[1]) and (
                      not _same_name(e[2], carried[0]) or _one_of_several(sent, e[2], carried))
                      and _on_the_figures_path(sent, e[0], e[1], d.anchor)
                      and not _where_an_act_goes(sent, e[0], e[1]) and (
                          _place(sent, e[0], e[1], profile=self.profile)
                          or _named_body(sent, e[0], e[1], d.anchor, profile=self.profile))),
                     None)
        if other is not None:
            d.note("entity", "other-place-in-sentence", other[0], other[1])
            return
        if any(_counts(o, carried) for o in siblings):
            # "Free ports are special zones. There are 12 free ports across 31 provinces": a sentence that counts
            # what its stretch is about lists it; none of its figures is the owner's.
            d.note("entity", "counts-the-carried-owner", carried[1], carried[2])
            return
        d.entity = carried[0]
        d.note("entity", "carried-from-stretch", carried[1], carried[2])

    def remember(self, sent: Span, ds: list[Draft], refs: list[TimeRef],
                 ents: Sequence[tuple[int, int, str]] = ()) -> None:
        """Rule 4, for a sentence that may hold a figure (its period is remembered even when it holds none).
        An owner is carried on only when it is one of the sentence's named places, bodies or groups
        (``ents``): a noun the parse made an owner ("firms", "the survey") is not what a stretch is about."""
        self.periods.update(sent.start_char, refs)
        if not ds:
            return
        stretch = self._stretch(sent)
        carry_entity, carry_concept = self.about_by_stretch.get(stretch, (None, None))
        for d in reversed(ds):
            how, a, b = d.evidence.get("entity", ("", None, None))
            # A possessive or a modifier qualifies its one noun phrase ("Ontario's deficit"), not the stretch.
            if d.entity and a is not None and b is not None and how not in ("possessor", "named-modifier") and any(
                    s < b and a < e for s, e, _ in ents) and _place(sent, a, b, profile=self.profile):
                carry_entity = (d.entity, a, b)
                break
        self.about_by_stretch[stretch] = (carry_entity,
                                          next((d.concept for d in reversed(ds) if d.concept), carry_concept))


def _counts(d: Draft, carried: tuple[str, int, int]) -> bool:
    """Whether a figure counts the owner carried ("12 free ports" after a sentence about free ports)."""
    return d.head is not None and d.head.tag_ in ("NNS", "NNPS") and (
        carried[0].lower().split()[-1:] == [d.head.lower_])


def _recognised(sent: Span, start: int, end: int) -> bool:
    """Whether the entity recogniser named a place or body at ``start``..``end`` (a noun phrase such as "the
    marine economy" or "autonomous regions" may be a grouping without being another owner)."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in ENTITY_LABELS for t in span)


def _on_the_figures_path(sent: Span, start: int, end: int, anchor: Token | None) -> bool:
    """Whether the place at ``start``..``end`` is said in the figure's clause, in a clause that governs it
    ("Denmark says [that 3 percent is too low]") or in one it governs ("grew 2%, with trade with Peru
    rising"), not in a clause joined to it on an equal footing ("sales rose 12%, and Danish buyers took most")."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or anchor is None:
        return False
    mine, theirs = governing_verb(anchor), governing_verb(span.root)
    if mine is None or theirs is None or mine.i == theirs.i or theirs.is_ancestor(mine):
        return True
    if not mine.is_ancestor(theirs):
        return False
    t = theirs
    while t.i != mine.i:  # a conjunct on the way up is a clause of its own
        if t.dep_ == "conj":
            return False
        t = t.head
    return True


def _where_an_act_goes(sent: Span, start: int, end: int) -> bool:
    """Whether the place at ``start``..``end`` is the object of a phrase on a verb inside the sentence ("had not
    travelled to the UK", "flew in from Oslo"): where an act goes or comes from, not whose the figures are. A
    phrase that opens the sentence is its frame ("In Ohio, ...") and a phrase on a noun ("trade with Peru")
    names a partner: both may own."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and prep.i != sent.start


def _named_body(sent: Span, start: int, end: int, anchor: Token | None, *, profile: Profile) -> bool:
    """Whether the name at ``start``..``end`` is a body the recogniser names (``ORG``) as a subject ("The
    Ruritanian Central Bank raised its rate to 20 percent"): another party that acts in the figure's sentence,
    between the stretch's topic and the figure, so that topic is not carried past it. A body that only tells
    the figure, the subject of a verb of telling or reporting whose clause holds it ("The Harbour Office
    reported that fares rose 4 percent": :func:`entity.verbs_of_telling`),
    is its source, not another party."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.ent_type_ != "ORG" or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    return not (anchor is not None and verb.lemma_.lower() in verbs_of_telling(profile) and any(
        c.dep_ == "ccomp" and c.is_ancestor(anchor) for c in verb.children))


def _one_of_several(sent: Span, name: str, carried: tuple[str, int, int]) -> bool:
    """Whether ``name`` is one conjunct of a carried owner that is a coordination ("Leeds and York" carried,
    "Leeds" named): a sentence about one of them is not about both."""
    if len(name) >= len(carried[0]):
        return False
    span = sent.doc.char_span(carried[1], carried[2], alignment_mode="expand")
    return span is not None and any(t.dep_ == "cc" for t in span)


def _same_name(a: str, b: str) -> bool:
    """Whether two names say the same place or group, one perhaps shorter ("the Nordic states", "Nordic
    states")."""
    a, b = a.lower(), b.lower()
    return a in b or b in a


def copy_converted(ds: list[Draft], offset: int) -> None:
    """Rule 5: a conversion takes its source's kind, direction, period, owner and concept (and qualifier,
    when it has none); ``converts`` becomes an index into the whole list (``offset`` figures before)."""
    for d in ds:
        if d.converts is not None:
            src = ds[d.converts]
            d.kind, d.direction, d.period, d.entity = src.kind, src.direction, src.period, src.entity
            for name in ("entity", "period"):
                if name in src.evidence:
                    d.note(name, "from-converted-figure", src.m.start, src.m.end)
            d.concept, d.approx = src.concept, d.approx or src.approx
            for name in ("kind", "concept"):  # the source's evidence, as its fields are
                if name in src.evidence:
                    d.note(name, *src.evidence[name])
            d.converts = offset + d.converts


#: Period mechanisms of a time the figure's own sentence states: what tells a transcript's main year.
_STATED_PERIOD = frozenset({"time-phrase-in-clause", "time-phrase-in-sentence"})


def settle_carried_periods(ds: list[Draft], doc_date: datetime.date | None,
                           stated_years: Callable[[], Counter[int]], config: PeriodConfig = DEFAULT_PERIODS) -> None:
    """Rule 6, once the whole transcript is read: a period carried from an earlier sentence
    (``carried-from-turn``) stays only when it is over by the briefing's date and falls in the transcript's
    main year.

    Why: a finished period a speaker set ("In 2024, exports grew ... Imports ...") frames a report of
    what happened in it, and a briefing that reports on a year states that year for most of its times; a
    period still running or ahead ("this year", "next year", "2026") is talked about in the present and
    the future, where a later figure is mostly about now or a plan, and a year named in passing in a
    briefing about other times is no frame. The main year is the one that more than half
    (``config.main_year_share``) of the figures dated by their own sentence fall in (what the briefing
    reports on, not every year it mentions); in a transcript where no figure states its time, the one more
    than half of its stated times fall in
    (``stated_years()``, counted by :class:`periods.PeriodCarry`, asked for only then); with none, nothing is
    carried. Without
    the briefing's date, whether a period is over cannot be told, and only the main year is asked for. A
    conversion then takes its source's period again.
    """
    main = _main_years(ds, stated_years, config.main_year_share)
    today = (doc_date.year, doc_date.month) if doc_date is not None else None
    for d in ds:
        if d.period and d.mechanism("period") == "carried-from-turn":
            refused = _carry_refused(d.period, main, today)
            if refused is not None:
                d.period = None
                d.note("period", refused)
    for d in ds:
        if d.converts is not None and d.mechanism("period") == "from-converted-figure":
            d.period = ds[d.converts].period


def settle_restated_moves(ds: list[Draft], config: PeriodConfig = DEFAULT_PERIODS) -> None:
    """Rule 7, once the whole transcript is read: a later mention of the move the host decided at the
    briefing's meeting ("Today the board raised the rate by 25 basis points." ... "It's only 25 basis points.",
    "a quarter point was the right decision"), the same size in basis points with no time of its own, is that
    move: it takes its period. Not a plan or a condition ("we could do 50 basis points"), nor a question but
    one that points back at the move ("why that 25 basis point cut?"), nor a figure said before the
    decision.

    Why: at a central bank's briefing the day's move is what the questions and answers go back to; a move of
    another time is said with its time ("in March we raised by 50").
    """
    decided: dict[float, Draft] = {}
    for d in ds:
        size = _move_size(d)
        if size is None:
            continue
        if d.period and d.mechanism("period") in _DAYS_MOVE and d.mechanism("entity") in _HOSTS_OWN:
            decided.setdefault(size, d)
            continue
        move = decided.get(size)
        if move is None or d.period or d.mechanism("period") not in _NO_TIME_OF_ITS_OWN or d.anchor is None:
            continue
        # "What argued for that 25 basis point cut?": a question that points back at the move asks about the
        # decided one; "could we do 25 basis points?" weighs another.
        if hypothetical(d.anchor, config) and not _pointed_back(d, modified=True) or _sizes_plural(d.anchor):
            continue
        d.period = move.period
        d.note("period", "restated-move", move.m.start, move.m.end)


def settle_restated_figures(ds: list[Draft], doc_date: datetime.date | None, boundaries: Sequence[int] = (), *,
                            profile: Profile, config: PeriodConfig = DEFAULT_PERIODS) -> None:
    """Rule 8, once the whole transcript is read: a figure that a definite or demonstrative determiner points
    back at ("the $40 million", "those 300 nurses"), with no time of its own, is the figure said in the same
    words and unit before with a time its own sentence stated ("the council set aside $40 million for roads
    this year" ... "is the $40 million enough?"): it takes that time, in a question too (a reporter quoting
    the official's figure). Not a rate: "the 70 percent" is mostly a benchmark or a target. Not a time wholly
    after the briefing's month (nor any without the briefing's date): a figure of a time to come is a
    projection, and a later mention of its amount is mostly the estimate talked about as such ("the $24
    billion number"), as a period still to come frames no later figure (:func:`settle_carried_periods`).

    Why: a determiner that points back names a figure already known to the listener, and in a briefing that is
    the one said earlier, often in another turn (a reporter's question quoting an official's figure), where
    no period is carried; an indefinite figure ("a $40 million grant") is a new one.
    """
    stated: dict[tuple[str, str], Draft] = {}
    text = doc_text(ds[0].sent.doc) if ds else ""
    for d in ds:
        # The figure as said (white space aside) and its unit: a restatement repeats the words ("the $1.7
        # trillion"); "¼ percent" and "the 0.25 percent rate" are not said of one figure.
        key = _said(text, d)
        if d.period and d.mechanism("period") in _DATED_BY_ITS_SENTENCE:
            bounds = period_months(d.period)
            if doc_date is not None and bounds is not None and bounds[0] <= (doc_date.year, doc_date.month):
                stated.setdefault(key, d)
            continue
        earlier = stated.get(key)
        if earlier is None or d.anchor is None or d.sent == earlier.sent:
            continue
        how = _restatement(d, earlier, boundaries, profile=profile, config=config)
        # "since taking office, the President has committed $1.2 billion ... now": a total over an open span
        # has no period (GUIDELINES), whatever marker of the present its sentence has; it lends none.
        if how is not None and not (earlier.anchor is not None and counted_from_a_start(
                earlier.anchor, profile=profile, config=config)):
            d.period = earlier.period
            d.note("period", how, earlier.m.start, earlier.m.end)


def _said(text: str, d: Draft) -> tuple[str, str]:
    """A figure as said (white space and case aside) with its unit: what a restatement repeats."""
    return " ".join(text[d.m.start:d.m.end].split()).lower(), d.unit


def _restatement(d: Draft, earlier: Draft, boundaries: Sequence[int], *, profile: Profile,
                 config: PeriodConfig) -> str | None:
    """How a later figure ``d`` of the same words and unit as ``earlier`` (dated by its own sentence) restates
    it, as the mechanism of its period; None when it does not (rule 8).

    Never a count of another noun ("the 12 Reserve Bank presidents" ... "one of the 12 Reserve Banks").

    - ``restated-figure``: a definite or demonstrative determiner points back at it ("the $40 million"); not a
      rate ("the 70 percent", "the 2 percent": mostly a benchmark or a target, whatever time its first mention
      had);
    - ``restated-count``: it counts the same noun ("the club signed 12 players this summer" ... "12 players
      is a lot"), told as a fact, not a plan, a condition, a question or a need ("every ward needs 20 nurses");
    - ``restated-reading``: a rate with a fraction ("4.3 percent", not a round benchmark such as "2 percent")
      of the same measure, a word of its concept shared ("the jobless rate fell to 4.3 percent in May" ...
      "4.3 percent joblessness is low"), told as a fact, the earlier one dated by a month or a quarter its
      sentence states.

    A reading only nearby (:func:`_near`): the same exchange, or within two turns; a count farther only when
    at least ``config.restated_count_min`` or said as a bare noun phrase, which can do nothing but repeat
    (:func:`_bare_repeat`).

    Only over no time of its own, or over a period carried through the turn that holds the earlier one's (a
    year framing the turn, the earlier mention naming its month): the same figure said with its own time is
    that time, and a carried frame is weaker than it.
    """
    mechanism = d.mechanism("period")
    if d.period and not (mechanism == "carried-from-turn" and _within(earlier.period, d.period)):
        return None
    if not d.period and mechanism not in _NO_TIME_OF_ITS_OWN:
        return None
    assert d.anchor is not None
    if d.unit == "count" and _counts_another(d, earlier):
        return None  # "the 12 Reserve Bank presidents" ... "one of the 12 Reserve Banks": another set
    if d.unit not in RATE_UNITS and _pointed_back(d):
        return "restated-figure"
    if hypothetical(d.anchor, config) or _required(d, profile=profile):
        return None
    # Far apart, a count is taken for the same only when large (a small one recurs by chance: "the five
    # working groups", "at least one shot") or said back bare; a reading never (it is mostly said in general).
    near = _near(d, earlier, boundaries, config)
    if not near and not (d.unit == "count" and (_bare_repeat(d, profile=profile) or d.m.value is not None and (
            d.m.value >= config.restated_count_min))):
        return None
    if d.unit == "count" and (d.head is not None and earlier.head is not None) and (
            d.head.lemma_.lower() == earlier.head.lemma_.lower()):
        return "restated-count"
    # A rate told as current ("still 4.2 percent") is the latest reading, whose month the present does not
    # say: only a reading said with its time is restated with that time, and only a month's or a quarter's (a
    # year beside a rate mostly frames a span it held over: "at 4.1 percent, has held steady for the past
    # year").
    if d.unit in RATE_UNITS and earlier.mechanism("period") in _STATED_PERIOD and _ONE_READING.fullmatch(
            earlier.period or "") and d.m.value is not None and (
            d.m.value != int(d.m.value)) and _shared_word(
            d.concept, earlier.concept, profile=profile):
        return "restated-reading"
    return None


def _near(d: Draft, earlier: Draft, boundaries: Sequence[int], config: PeriodConfig) -> bool:
    """Whether ``d`` is said near enough to ``earlier`` to restate it: at most ``config.restated_turns`` turns on
    (a reporter quoting the official's figure, the official saying it again after the question), or in the
    same exchange; in a text without turns,
    within ``config.restated_sentences`` sentences. Far apart, the same words mostly tell another thing ("we
    hired 20 nurses last year" ... twenty minutes later "a ward needs 20 nurses")."""
    if boundaries:
        i, j = bisect.bisect_right(boundaries, d.m.start), bisect.bisect_right(boundaries, earlier.m.start)
        if i - j <= config.restated_turns:
            return True
        doc = d.sent.doc
        structure = doc._.structure if doc.has_extension("structure") else None
        if structure is None:
            return False
        turns = list(structure.turns)
        starts = [t.start for t in turns]
        a, b = bisect.bisect_right(starts, d.m.start) - 1, bisect.bisect_right(starts, earlier.m.start) - 1
        if min(a, b) < 0:
            return False
        ids = {turns[a].id, turns[b].id}
        return any(ids <= {*e.question_turns, *e.answer_turns} for e in structure.exchanges)
    doc = d.sent.doc
    between = sum(1 for t in doc[earlier.sent.end:d.sent.start] if t.is_sent_start)
    return between < config.restated_sentences


def _bare_repeat(d: Draft, *, profile: Profile) -> bool:
    """ "So, yes, 75 targets.", "I think 140 munitions or so.": a count said as a sentence of its own, a bare noun
    phrase (or one an opinion verb hedges, ``hedge_verbs``), tells nothing new of the thing counted: it can
    only repeat a figure said before, however far back."""
    noun = d.head
    if d.unit != "count" or noun is None:
        return False
    return noun.dep_ == "ROOT" or noun.dep_ in ("dobj", "npadvmod", "dep") and noun.head.dep_ == "ROOT" and (
        noun.head.lemma_.lower() in profile.words("hedge_verbs"))


def _required(d: Draft, *, profile: Profile) -> bool:
    """ "Every ward needs 20 nurses", "our plan calls for 40 hospitals": a figure that is what a verb of need
    or demand (``requirement_verbs``; a phrasal one as "call for") asks for is wanted, not a fact said again."""
    t = d.anchor
    assert t is not None
    while t.dep_ in ("nummod", "compound", "quantmod") and t.head.i != t.i:
        t = t.head
    words = profile.words("requirement_verbs")
    if t.dep_ in ("dobj", "attr") and t.head.lemma_.lower() in words:
        return True
    prep = t.head if t.dep_ == "pobj" else None
    return prep is not None and prep.head.pos_ in ("VERB", "AUX") and (
        f"{prep.head.lemma_.lower()} {prep.lower_}" in words)


def _counts_another(d: Draft, earlier: Draft) -> bool:
    """Whether two counts count different things: both count a plural noun, and not the same one ("12 Reserve
    Bank presidents", "12 Reserve Banks"). A singular head is a word for a part or a whole of what is counted
    ("the balance of the 80 million", "the 80 million doses"), not another set."""
    a, b = d.head, earlier.head
    return a is not None and b is not None and a.tag_ in _PLURAL_NOUNS and b.tag_ in _PLURAL_NOUNS and (
        a.lemma_.lower() != b.lemma_.lower())


#: Tags of a plural noun.
_PLURAL_NOUNS = frozenset({"NNS", "NNPS"})


def _within(inner: str | None, outer: str | None) -> bool:
    """Whether period ``inner`` lies inside period ``outer`` and is narrower ("2024-12" in "2024")."""
    return period_within(inner, outer) and period_months(inner or "") != period_months(outer or "")


def _shared_word(a: str | None, b: str | None, *, profile: Profile) -> bool:
    """Whether two concepts share a word that says the measure ("unemployment" in "the unemployment rate" and
    "unemployment"): not a function word nor a word any rate has ("rate", "inflation" alone says a measure
    only with the rest; vocabularies ``function_words``, ``rate_words``)."""
    if not a or not b:
        return False
    skip = profile.words("function_words") | profile.words("rate_words")
    words = set(re.findall(r"[a-z]+", a.lower())) - skip
    return any(w in words for w in re.findall(r"[a-z]+", b.lower()))


def settle_restated_owners(ds: list[Draft]) -> None:
    """Rule 10, once the whole transcript is read: a figure that a definite or demonstrative determiner points
    back at ("that $450 million", "the 300 nurses"; :func:`_pointed_back`) with no owner of its own is the
    figure said last before in the same words and unit, in another sentence: it takes that one's owner ("the
    Harbour Institute puts the cost at $450 million" ... "you can leave that $450 million aside"). Not a rate
    ("the 2 percent": mostly a benchmark or a target that many own) nor a span of time ("at the end of that 10
    days": a deadline). Nothing when the earlier mention has no owner (the host's figure, or one nobody owns)
    or only one the stretch carried to it (no owner read in its own sentence).

    Why: the determiner names a figure the listener already knows, the one said before, and a figure is whose
    it was when first said, whoever speaks of it later (a reporter quoting it, the host dismissing it)."""
    last: dict[tuple[str, str], Draft] = {}
    text = doc_text(ds[0].sent.doc) if ds else ""
    for d in ds:
        key = _said(text, d)
        earlier = last.get(key)
        last[key] = d
        if earlier is None or d.entity is not None or not earlier.entity or d.unit in _NOT_RESTATED_OWNER or (
                earlier.mechanism("entity") in _CARRIED_OWNER or d.anchor is None or d.sent == earlier.sent
                or not _pointed_back(d)):
            continue
        _, start, end = earlier.evidence.get("entity", ("", None, None))
        d.entity = earlier.entity
        d.note("entity", "restated-owner", start, end)


#: Units whose restated figure takes no owner (rule 10): a rate ("the 2 percent") is mostly a benchmark or a
#: target, a span of time ("that 10 days") mostly a deadline or a time in office, not a thing someone has.
_NOT_RESTATED_OWNER = RATE_UNITS | DURATION_UNITS

#: An earlier owner that only the stretch lent (rule 3): no owner read in the figure's own sentence to lend.
_CARRIED_OWNER = frozenset({"carried-from-stretch", "counts-the-carried-owner"})


def settle_equated_figures(ds: list[Draft]) -> None:
    """Rule 9, once the whole transcript is read: a figure a copula or "become" equates with another figure of
    its sentence, its subject ("that $1.7 trillion becomes 1.5", "the $40 million is $400 per resident"), is
    that figure said in other terms or re-estimated: with no time of its own, it takes that figure's period.
    The complement is the parse's ``attr`` of the verb the subject figure hangs on."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in ds:
        by_sentence.setdefault(d.sent.start_char, []).append(d)
    for d in ds:
        if d.period or d.anchor is None or d.anchor.dep_ != "attr" or d.mechanism("period") not in (
                _NO_TIME_OF_ITS_OWN):
            continue
        subject = next((c for c in d.anchor.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        source = next((o for o in by_sentence[d.sent.start_char]
                       if o is not d and o.period and o.m.start <= subject.idx < o.m.end), None)
        if source is not None:
            d.period = source.period
            d.note("period", "equated-with-figure", source.m.start, source.m.end)


def _pointed_back(d: Draft, modified: bool = False) -> bool:
    """Whether a determiner that points back ("the", "that", "those": definite or demonstrative, by the
    parse's morphology) stands right before the figure's first word and belongs to the figure ("the $40
    million") or to the noun it counts ("those 300 nurses"), not to a noun the figure only modifies ("the
    0.25 percent rate era"); with ``modified``, to that noun too ("that 25 basis point cut": the noun is the
    move the figure sizes)."""
    doc = d.sent.doc
    span = doc.char_span(d.m.start, d.m.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    noun = d.anchor
    while modified and noun is not None and noun.dep_ in _MODIFIER_DEPS and noun.head.i != noun.i:
        noun = noun.head
    own = span.start <= before.head.i < span.end or d.head is not None and before.head == d.head or (
        modified and before.head == noun)
    return own and before.tag_ == "DT" and (
        "Def" in before.morph.get("Definite", []) or "Dem" in before.morph.get("PronType", [])) or (
        _doubled_demonstrative(doc, span.start))


def _doubled_demonstrative(doc: Doc, i: int) -> bool:
    """ "to say that that $1.7 trillion becomes ...": the figure right after a word said twice that the parse
    reads as two conjunctions opening one clause (``mark``): a clause has one, so the second is the figure's
    demonstrative determiner."""
    return i >= 2 and doc[i - 1].lower_ == doc[i - 2].lower_ and doc[i - 1].dep_ == doc[i - 2].dep_ == "mark"


#: The period of one reading of a rate: a month or a quarter ("2025-02", "2024-Q4").
_ONE_READING = re.compile(r"\d{4}-(?:\d\d|Q[1-4])")
#: Period mechanisms of a figure its own sentence dates: a time it states, or the briefing's day or present it
#: names ("today we struck 75 targets", "now 900,000 a week").
_DATED_BY_ITS_SENTENCE = _STATED_PERIOD | {"present-marker", "present-carried-to-past-act", "host-act-of-the-day",
                                           "told-as-current"}
#: Period mechanisms of a move the host decided at the briefing's meeting.
_DAYS_MOVE = frozenset({"present-marker", "host-act-of-the-day"})
#: Entity mechanisms of the host's own figure.
_HOSTS_OWN = frozenset({"host-own-figure", "host-speaking"})
#: Period mechanisms of a figure whose own sentence gives it no time and to which none was carried.
_NO_TIME_OF_ITS_OWN = frozenset({"no-time-stated", "no-carry-of-open-period", "no-carry-outside-main-year"})
#: Basis points in one unit of a rate move's unit.
_BASIS_POINTS = MappingProxyType({"bp": 1.0, "pp": 100.0})


def _sizes_plural(anchor: Token) -> bool:
    """Whether a figure modifies a plural noun ("50-basis-point hikes at the next meetings"): a size of move in
    general, not the one decided."""
    t = anchor
    while t.dep_ in _MODIFIER_DEPS and t.head.i != t.i:
        t = t.head
    return t is not anchor and t.tag_ in ("NNS", "NNPS")


#: Dependencies of a word that modifies the noun above it.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "nmod", "npadvmod"})


def _move_size(d: Draft) -> float | None:
    """The size in basis points of a figure in basis or percentage points (None for another unit)."""
    per = _BASIS_POINTS.get(d.unit)
    return round(d.m.value * per, 6) if per is not None and d.m.value is not None else None


def _main_years(ds: list[Draft], stated_years: Callable[[], Counter[int]], share: float) -> set[int]:
    """The year more than ``share`` of the figures dated by their own sentence start in (else of the
    transcript's stated times), as a set: empty when no year has so many."""
    stated = ((d.period, period_months(d.period)) for d in ds
              if d.period and d.mechanism("period") in _STATED_PERIOD)
    # A span of months across the new year ("December 2021 through February 2022") counts both years, as its
    # two months said apart would; a span of years counts its first.
    years = Counter(year for period, bounds in stated if bounds is not None for year in {
        bounds[0][0], bounds[0][0] if YEARS_ONLY.fullmatch(period) else bounds[1][0]}) or stated_years()
    return {year for year, n in years.items() if n > share * sum(years.values())}


@dataclass(frozen=True)
class _Carried:
    """What the carry rules (:data:`CARRY_REFUSALS`) see of a carried period: the months it covers (None for
    a text of no period form), the transcript's main years and the briefing's (year, month), if known."""

    bounds: tuple[tuple[int, int], tuple[int, int]] | None
    main: set[int]
    today: tuple[int, int] | None


def _no_carry_of_open_period(c: _Carried) -> str | None:
    """A period not over by the briefing's date ("this year", "next year") is talked about in the present and
    the future: it frames no later figure (nor does a text of no period form)."""
    if c.bounds is None or c.today is not None and c.bounds[1] >= c.today:
        return "no-carry-of-open-period"
    return None


def _no_carry_outside_main_year(c: _Carried) -> str | None:
    """A period outside the transcript's main year, or one over several years, was named in passing: it frames
    no later figure."""
    if c.bounds is None or c.bounds[0][0] != c.bounds[1][0] or c.bounds[0][0] not in c.main:
        return "no-carry-outside-main-year"
    return None


#: Why a carried period frames no later figure, in precedence order; each rule's name is the mechanism of the
#: emptied field (with "-" for "_").
CARRY_REFUSALS: RuleSet[_Carried, str] = RuleSet("carry refusals", _no_carry_of_open_period,
                                                 _no_carry_outside_main_year)


def _carry_refused(period: str, main: set[int], today: tuple[int, int] | None) -> str | None:
    """Why a carried ``period`` frames no later figure (the mechanism of the empty field), or None when it does."""
    decided = CARRY_REFUSALS.decide(_Carried(period_months(period), main, today))
    return decided[1] if decided is not None else None
