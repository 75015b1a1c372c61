"""A figure told as current: the briefing's month for a state or a count the speaker gives as it stands now.

GUIDELINES.md: "a figure stated as current ... takes the briefing's month". The time patterns read the
markers that name the present ("now", "currently", "this week": :mod:`.periods`); this module reads what the
parse of the figure's own clause tells of it when no time is named (:func:`told_as_current`):

1. an adverb or a phrase of the present that hangs on the clause, told in the present ("the league *already*
   sells 40,000 tickets a week", "the city is *still* 3,000 homes short", "*as we speak* 300 crews are out",
   "as of Monday"; vocabularies ``current_markers``, ``current_as_of``);
2. a milestone passed, in the present perfect ("deliveries *have crossed* one million"; ``milestone_verbs``);
3. what is observed now, in the present progressive ("we*'re seeing* 2,000 arrivals a day", "prices *are
   running* at 3 percent"; ``observation_verbs``);
4. the shares of a new poll or survey, or one of the briefing's day or week ("a *new* poll shows 60 percent
   back the plan", "this week's survey"; ``survey_nouns``, ``fresh_words``), whatever the tense it is told in;
5. a value marked as the one in force now ("we will raise *the current* $7.25 minimum wage";
   ``current_adjectives``), whatever its clause plans for it;
6. a pace per day, week or month (``current_pace_units``) that a subject pointing at a thing in hand runs in
   the present ("*these* purchases *total* $80 billion a month", "*that* comes to 300 permits a week", "*we*'re
   buying 40 buses a month"): a demonstrative, one a relative clause hangs on, or the first person plural,
   not a noun in general ("a nurse earns $5,000 a month": a habit).

Never for a plan, a condition or a question (:func:`periods.hypothetical`, a clause a conditional word opens),
nor for an amount weighed against a need ("five miles is still too far"),
nor for a clause in the past, nor for a total of acts in the present perfect or a count from a start it names
("we have already cut rates four times", "up 24 percent since May": open spans, which have no period), nor for
a simple present with none of the above ("a teacher earns $40,000", "households under $125,000 qualify"): a
rule, a definition or a habit has no month. A target or a long-run
value never reaches here (``timeless-measure`` decides it first).
"""
from __future__ import annotations

import datetime
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..lang.profile import Profile, per_profile
from .config import DEFAULT_PERIODS, PeriodConfig
from .periods import Dated, TimeRef, hypothetical, period_months

#: The mechanism recorded for a figure told as current (extractor/quantities/mechanisms.tsv).
MECHANISM = "told-as-current"
#: The mechanism recorded for a figure told in the present against a past time it is compared with
#: (:func:`against_a_past_time`).
AGAINST_PAST = "current-against-past-time"
#: The period mechanisms of a figure no rule dated, which a figure told as current overrides: none stated.
UNDATED = frozenset({"no-time-stated"})
#: The period mechanisms of a figure dated only by a period carried from an earlier sentence (through the
#: turn, or to a sentence that restates the one before), which a figure told as current in the present
#: overrides ("In 2023 the club had 500 members. ... We're seeing 2,000 visitors a day", "Last year we built
#: 300 homes. It is still 4,000 homes short"): the speaker has moved from that time to now. A
#: milestone in the present perfect does not (``perfect=False`` of :func:`told_as_current`): a report on a year
#: tells that year's outcome in the present perfect too ("In 2024 ... exports of vehicles have exceeded 2
#: million units").
CARRIED = frozenset({"carried-from-turn", "carried-to-restatement"})

#: Dependency labels of an adverbial on a clause: an adverb, a phrase, a noun used as an adverb, a clause.
_ADVERBIALS = frozenset({"advmod", "prep", "npadvmod", "advcl"})
#: Tags of a verb in the present tense.
_PRESENT = frozenset({"VBZ", "VBP"})


@per_profile
def _as_of_days(profile: Profile) -> frozenset[str]:
    """The days an "as of" phrase may name to tell a count as current: the days of the week and the days named
    from the day of speaking."""
    return profile.words("weekdays") | profile.words("day_words")


def told_as_current(doc: Doc, start: int, end: int, refs: Sequence[TimeRef] = (), *, profile: Profile,
                    config: PeriodConfig = DEFAULT_PERIODS, perfect: bool = True,
                    per: str | None = None) -> tuple[int, int] | None:
    """The characters of what tells the figure at ``start``..``end`` as current (the marker, the verb with its
    auxiliary, or the poll's words), or None when nothing does (see the module's docstring).

    Args:
        doc: the parsed document.
        start: the figure's first character.
        end: its end.
        refs: the sentence's time references (a deictic one on a poll's noun: "this week's poll").
        profile: the language profile whose word lists it reads.
        config: the period reader's thresholds (how far up a clause is looked for).
        perfect: whether a milestone passed in the present perfect tells it ("have crossed one million").
        per: what the figure is counted per, if anything ("month" for "$80 billion a month").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    anchor = span.root
    current = _current_noun(anchor, span.start, profile=profile)
    if current is not None:
        return current
    clause = clause_verb(anchor, config.head_depth)
    if clause is None:
        return None
    told = None
    if not _not_present(clause):
        # A total of acts in the present perfect ("we have already cut rates four times", "the fund has
        # mobilized $30 billion to date") runs from a start it does not say: an open span, which has no period
        # (GUIDELINES); only a milestone passed says where the count stands now.
        if _perfect(clause, profile=profile):
            told = _milestone(anchor, clause, profile=profile) if perfect else None
        else:
            told = _marker(clause, profile=profile, config=config) or _observed(clause, profile=profile) or (
                _running_pace(clause, per, profile=profile))
    if told is None:
        told = _fresh_survey(anchor, clause, refs, profile=profile, config=config)
    # What rules a figure out is asked last: most figures have no sign of the present to rule out.
    if told is None or _ruled_out(anchor, clause, profile=profile, config=config):
        return None
    return told


def _current_noun(anchor: Token, first: int, *, profile: Profile) -> tuple[int, int] | None:
    """An adjective of the value in force now on the figure or on the noun it is the number of, said before
    the figure ("we will raise *the current* $7.25 minimum wage", "maintain the current 0 to 1/4 percent
    target range"; vocabulary ``current_adjectives``): the figure is what stands now, whatever its clause
    plans for it."""
    words = profile.words("current_adjectives")
    t = anchor
    for _ in range(_NOUN_PHRASE_DEPTH):
        for c in t.children:
            if c.dep_ == "amod" and c.i < first and c.lower_ in words:
                return _chars(c, c)
        if t.dep_ not in _IN_NOUN_PHRASE or t.head.i == t.i:
            return None
        t = t.head
    return None


#: The links from a figure's number up to the noun it is the number of ("$7.25" -> "wage").
_IN_NOUN_PHRASE = frozenset({"nummod", "compound", "nmod", "quantmod"})
#: How many links up a figure's noun is looked for.
_NOUN_PHRASE_DEPTH = 3


def _ruled_out(anchor: Token, clause: Token, *, profile: Profile, config: PeriodConfig) -> bool:
    """Whether the figure is none that a clause can tell as current: a plan, a condition or a question; a
    count from a start it names; a figure compared with; a word that describes a group, not what the clause
    tells of."""
    return (hypothetical(anchor, config) or _conditional(clause, profile=profile, config=config)
            or _open_span(clause, profile=profile, config=config) or _compared_with(anchor, clause, profile=profile)
            or not _told_of(anchor, clause) or _judged(anchor, clause, profile=profile))


def _judged(anchor: Token, clause: Token, *, profile: Profile) -> bool:
    """Whether the figure is an amount weighed against a need: the subject of a copula whose complement says
    a degree of it ("five miles is still *too* far", "300 seats are still not *enough*"; vocabulary
    ``judgement_degrees``), not a state told as it stands ("300 seats are still empty")."""
    degrees = profile.words("judgement_degrees")
    subject = anchor if anchor.dep_ in ("nsubj", "nsubjpass") else anchor.head
    if subject.head != clause or subject.dep_ not in ("nsubj", "nsubjpass") or clause.pos_ != "AUX":
        return False
    # The complement is an adjective or, as the parser may read "far", an adverb.
    return any(c.dep_ in ("acomp", "advmod") and (c.lower_ in degrees or any(
        g.dep_ == "advmod" and g.lower_ in degrees for g in c.children)) for c in clause.children)


def date_told_as_current(doc: Doc, start: int, end: int, refs: Sequence[TimeRef], when: datetime.date | None,
                         *, profile: Profile, config: PeriodConfig = DEFAULT_PERIODS,
                         perfect: bool = True, per: str | None = None, undated: bool = True) -> Dated | None:
    """The briefing's month (``when``) for a figure told as current (:func:`told_as_current`, ``perfect`` as
    there), with the span that tells it; for a figure no period was carried to (``undated``), also one told
    in the present against a past time (:func:`against_a_past_time`). None without the briefing's date or
    when the figure is not told as current."""
    if when is None:
        return None
    month = f"{when.year}-{when.month:02d}"
    told = told_as_current(doc, start, end, refs, profile=profile, config=config, perfect=perfect, per=per)
    if told is not None:
        return Dated(month, MECHANISM, told[0], told[1])
    against = against_a_past_time(doc, start, end, refs, when, profile=profile, config=config) if undated else None
    return Dated(month, AGAINST_PAST, against[0], against[1]) if against is not None else None


def against_a_past_time(doc: Doc, start: int, end: int, refs: Sequence[TimeRef], when: datetime.date, *,
                        profile: Profile, config: PeriodConfig = DEFAULT_PERIODS) -> tuple[int, int] | None:
    """The characters from the baseline word to the end of the time it names when the figure's clause is told
    in the simple present against that time and names no other ("fares are down 20 cents *compared with a
    year ago*", "the club's gate is 8 percent higher *than last season*"): the figure is where the thing
    stands now, the time is only what it is measured against (GUIDELINES: a figure stated as current takes
    the briefing's month). Not a time that starts an open span ("up 8 percent since March": no period), not
    a present perfect (a total of acts), and none of what :func:`told_as_current` rules out (a plan, a
    condition, a question, a figure compared with, one that describes a group); and only against a time over
    before the briefing's month (:func:`_over_before`): "rises 4 percent *from 2026*", "falls to 2 percent *from
    the third quarter*" tell when a change starts, "20 percent lower *than in 2030*" a target."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not refs:
        return None
    anchor = span.root
    clause = clause_verb(anchor, config.head_depth)
    if clause is None or _not_present(clause) or _perfect(clause, profile=profile):
        return None
    words = profile.words("comparison_baselines")
    found = None
    for r in refs:
        if r.deictic or not _over_before(r, when):
            return None  # a marker of the present, or a time not yet over: not this rule's
        # "a year ago", "a year earlier" name no period of their own: only what they are said against.
        word = _baseline_word_above(doc, r, clause, words, config=config)
        if word is None or not _sets_the_figure_against(anchor, word, clause):
            return None  # a time that is not the figure's baseline dates the figure itself, or another
        if any(t.tag_ == "CD" and t.idx < r.start for t in doc[word.i + 1:anchor.sent.end]):
            return None  # "up from $1.6 billion last year": the time of the figure compared with, not this rule's
        found = found or (word.idx, r.end)
    if found is None:
        return None
    # "down 30 cents relative to a year ago", "$40 billion lower versus last year": the parser may hang the
    # figure on the baseline word as the measure of the gap; that figure is the one told, not the compared one,
    # and it is what the clause tells of however many phrases the parser puts above ("down something like 30
    # cents relative to ...").
    gap = anchor.dep_ == "npadvmod" and anchor.head.lower_ in words
    if hypothetical(anchor, config) or _conditional(clause, profile=profile, config=config) or _open_span(
            clause, profile=profile, config=config) or not gap and (
            _compared_with(anchor, clause, profile=profile) or not _told_of(anchor, clause)) or _judged(
            anchor, clause, profile=profile):
        return None
    return found


#: Time patterns (periods.py) that count back from the briefing by their nature ("a year earlier"): said
#: against a figure told in the present with no time before them, they name a time before it.
_COUNTING_BACK = frozenset({"year_earlier", "units_ago"})


def _over_before(ref: TimeRef, when: datetime.date) -> bool:
    """Whether a time a figure is compared with ended before the briefing's month: the period it names
    (:attr:`.TimeRef.compared` for a baseline) ends in an earlier month ("than in 2019", "compared with a
    year ago", "than last month"); not one still running or ahead ("from 2026", "than this year"), nor one
    whose year depends on which way the speaker looks ("from September", "from the third quarter")."""
    period = ref.period or ref.compared
    if period is None:
        return ref.name in _COUNTING_BACK and ref.period is None and ref.compared is None
    bounds = period_months(period)
    return bounds is not None and bounds[1] < (when.year, when.month)


def _sets_the_figure_against(anchor: Token, word: Token, clause: Token) -> bool:
    """Whether a baseline word compares the figure itself: said after it, on a word the figure hangs under on
    its way to the clause ("94 percent *decrease* from the peak", "4,000 more *members* than in 2019",
    "$40 billion *lower* versus last year"); not on another word ("one from China, which was published in
    January, in 1,700 patients"), nor before the figure ("higher than last month, with 6.2": the figure
    compared with)."""
    if word.i < anchor.i:
        return False
    t = anchor
    while True:
        if t == word.head:
            return True
        if t == clause or t.head.i == t.i:
            return False
        t = t.head


def _baseline_word_above(doc: Doc, ref: TimeRef, clause: Token, words: frozenset[str] | set[str], *,
                         config: PeriodConfig) -> Token | None:
    """The baseline word a time hangs under on its way up to the figure's clause ("relative to *a year ago*",
    "compared with *last year*", "than *in 2019*"), with no clause between them, when that word belongs to the
    figure's clause: on its verb or on a word of it, or a participle ("compared") whose head does."""
    ref_span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if ref_span is None:
        return None
    t = ref_span.root
    for _ in range(config.baseline_depth):
        if t == clause or t.head.i == t.i:
            return None
        t = t.head
        if t.lower_ in words:
            on = t.head if t.head.i != t.i else t
            return t if clause_verb(on, config.head_depth) == clause else None
        if t.pos_ in ("VERB", "AUX"):
            # "than the contraction Russia faced after it defaulted in 1998": the time dates an event told in a
            # clause of its own, not what the figure is set against.
            return None
    return None


def clause_verb(tok: Token, depth: int) -> Token | None:
    """The verb that heads a token's clause (None for a fragment), looked for at most ``depth`` heads up; an
    auxiliary is no clause of its own."""
    t = tok
    for _ in range(depth):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _present(verb: Token) -> bool:
    """Whether a clause is told in the present: its verb, or the first of its auxiliaries, in the present tense
    ("has", "is", "are seeing", "have crossed")."""
    auxiliaries = _auxiliaries(verb)
    return (auxiliaries[0].tag_ if auxiliaries else verb.tag_) in _PRESENT


def _not_present(verb: Token) -> bool:
    """Whether a clause is told in another tense than the present (past, future, a bare infinitive or
    participle): a state told as current is said in the present."""
    return not _present(verb) or any(c.tag_ == "MD" for c in verb.children)


def _told_of(anchor: Token, clause: Token) -> bool:
    """Whether the figure is what its clause tells of, not a word that describes a group in it: at most one
    preposition lies between it and the clause's verb ("300 crews are out", "a coalition *of* 20 nations";
    not "70 percent of adults *with* at least *one* shot", "wages rise most *for* people *in* the bottom 40
    percent")."""
    preps = 0
    t = anchor
    while t != clause and t.head.i != t.i:
        preps += t.dep_ == "prep"
        t = t.head
    return preps <= 1


def _perfect(verb: Token, *, profile: Profile) -> bool:
    """Whether a clause is in the present perfect ("have crossed", "has been paid", "we’ve seen", and the
    spoken "you’ve already have"): a verb with an auxiliary of the perfect in the present (vocabulary
    ``perfect_auxiliaries``)."""
    words = profile.words("perfect_auxiliaries")
    return verb.tag_ in ("VBN", "VB") and any(a.dep_ == "aux" and a.tag_ in _PRESENT and a.lower_ in words
                                              for a in _auxiliaries(verb))


def _compared_with(anchor: Token, clause: Token, *, profile: Profile) -> bool:
    """Whether the figure is what another is compared with, under a baseline word on the way up to its clause
    ("more grants than any of *his five* predecessors", "up from *3 percent*"; vocabulary ``baseline_words``):
    the clause's present tells of the other figure."""
    words = profile.words("baseline_words")
    t = anchor
    while t != clause and t.head.i != t.i:
        if t.lower_ in words:
            return True
        t = t.head
    return False


def counted_from_a_start(anchor: Token, *, profile: Profile, config: PeriodConfig = DEFAULT_PERIODS) -> bool:
    """Whether the clause of the figure whose head is ``anchor`` counts from a start it names ("has committed
    $1.2 billion since taking office"): a total over an open span, which has no period (:func:`_open_span`)."""
    clause = clause_verb(anchor, config.head_depth)
    return clause is not None and _open_span(clause, profile=profile, config=config)


def _open_span(clause: Token, *, profile: Profile, config: PeriodConfig) -> bool:
    """Whether the figure's clause counts from a start it names ("prices are up 24 percent *since* the mayor
    took office", "we're seeing 40 percent more riders since March"): a total or a change over an open span,
    which has no period (GUIDELINES; vocabulary ``open_span_starts``)."""
    starts = profile.words("open_span_starts")
    for t in clause.subtree:
        if t.lower_ not in starts or t.dep_ not in ("prep", "mark"):
            continue
        on = t.head.head if t.dep_ == "mark" and t.head.i != t.head.head.i else t.head
        if clause_verb(on, config.head_depth) == clause:
            return True
    return False


def _conditional(clause: Token, *, profile: Profile, config: PeriodConfig) -> bool:
    """Whether the figure's clause is an adverbial clause a conjunction or a wh-adverb opens ("when you still
    have 4 percent inflation, you must be careful": a case, not a report), or it or one it hangs under is opened by a
    conditional word ("we act if the city still has 3,000 empty homes"; vocabulary ``conditional_marks``)."""
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children):
        return True
    marks = profile.words("conditional_marks")
    t: Token | None = clause
    for _ in range(config.clauses_up):
        if t is None:
            return False
        if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        t = clause_verb(t.head, config.head_depth) if t.head.i != t.i else None
    return False


def _chars(first: Token, last: Token) -> tuple[int, int]:
    return first.idx, last.idx + len(last.text)


def _marker(clause: Token, *, profile: Profile, config: PeriodConfig) -> tuple[int, int] | None:
    """An adverbial of the present that hangs on the figure's own clause (on its verb, or on a word of the
    clause: "is *still* 3,000 homes short"), not on a clause under it (vocabularies ``current_markers`` and
    ``current_as_of``)."""
    markers = profile.words("current_markers")
    leads = profile.words("current_as_of")
    days = _as_of_days(profile)
    for t in clause.subtree:
        if t.dep_ not in _ADVERBIALS or clause_verb(t.head, config.head_depth) != clause:
            continue
        words = " ".join(w.lower_ for w in t.subtree if not w.is_space)
        lead = next((a for a in leads if words.startswith(a + " ")), None)
        if words in markers or lead is not None and words[len(lead) + 1:] in days:
            return _chars(t.left_edge, t.right_edge)
    return None


def _milestone(anchor: Token, clause: Token, *, profile: Profile) -> tuple[int, int] | None:
    """A verb of a milestone passed in the present perfect, the figure its object ("have crossed one
    million"); not its subject ("19 states have passed laws": a total of acts), nor a milestone not passed
    ("nations that haven't reached 2 percent": a threshold)."""
    if not _perfect(clause, profile=profile) or clause.lemma_.lower() not in profile.words("milestone_verbs") or any(
            c.dep_ == "neg" for c in clause.children):
        return None
    t = anchor
    while t.head != clause and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("dobj", "attr") and not (t.dep_ == "prep" and t.head == clause):
        return None
    return _chars(_auxiliaries(clause)[0], clause)


def _observed(clause: Token, *, profile: Profile) -> tuple[int, int] | None:
    """A verb of what is observed or runs now in the present progressive ("are seeing", "is running"); not one
    that an infinitive completes, which tells what is to come ("75 percent are going to apply")."""
    auxiliaries = _auxiliaries(clause)
    if clause.tag_ != "VBG" or clause.lemma_.lower() not in profile.words("observation_verbs") or not any(
            a.tag_ in _PRESENT for a in auxiliaries) or any(
            c.dep_ == "xcomp" for c in clause.children):
        return None
    return _chars(auxiliaries[0], clause)


def _running_pace(clause: Token, per: str | None, *, profile: Profile) -> tuple[int, int] | None:
    """A pace per day, week or month (vocabulary ``current_pace_units``) in a clause in the present whose subject
    points at a thing in hand: a demonstrative or a noun it determines ("*that* amounts to $80 billion a
    month", "*these* purchases total ..."), the noun a relative clause on it hangs on when that noun is so
    determined ("these purchases, *which* total ..."), or the first person plural in the progressive ("*we*
    are buying 40 buses a week"; "we buy 40 buses a week" may tell a habit); not a clause an infinitive
    completes, which tells what is to come ("we're going to buy ...")."""
    if per is None or per.lower() not in profile.words("current_pace_units") or any(
            c.dep_ == "xcomp" for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    pointing = profile.words("demonstratives") | profile.words("plural_demonstratives")
    if clause.dep_ == "relcl" and subject.tag_ in ("WDT", "WP"):
        subject = clause.head
    elif subject.tag_ == "DT" and subject.lower_ in pointing or subject.lower_ in profile.words(
            "first_person_plural") and (clause.lemma_ == "be" or clause.tag_ == "VBG" and any(
                c.dep_ == "aux" for c in clause.children)):
        # "we are buying 40 buses a week", "we are at 40 buses a week": the pace now; "we buy 40 buses a week
        # (in a normal year)" may be a habit of any time.
        return _chars(clause, clause)
    if any(c.dep_ == "det" and c.lower_ in pointing for c in subject.children):
        return _chars(clause, clause)
    return None


def _fresh_survey(anchor: Token, clause: Token, refs: Sequence[TimeRef], *, profile: Profile,
                  config: PeriodConfig) -> tuple[int, int] | None:
    """A poll or a survey marked as just out ("a *new* poll", "the *latest* survey", "this week's poll") that
    belongs to the figure's clause or to one the figure's clause hangs under ("a new poll shows [60 percent
    back the plan]", "in the latest survey, 40 percent said ...")."""
    nouns = profile.words("survey_nouns")
    fresh = profile.words("fresh_words")
    above: list[Token] = []
    t: Token | None = clause
    for _ in range(config.clauses_up):
        if t is None:
            break
        above.append(t)
        t = clause_verb(t.head, config.head_depth) if t.head.i != t.i else None
    for noun in anchor.sent:
        if noun.lemma_.lower() not in nouns or clause_verb(noun, config.head_depth) not in above:
            continue
        for c in noun.children:
            if c.dep_ == "amod" and c.lower_ in fresh or c.dep_ in ("poss", "compound", "nmod") and any(
                    r.deictic and r.start <= c.idx < r.end for r in refs):
                return _chars(c.left_edge, noun) if c.i < noun.i else _chars(noun, c.right_edge)
    return None
