"""A figure's kind (level, change, share, multiple) and direction, per the guidelines' rules on rates.

These rules read the dependency parse, the part-of-speech tags and a few vocabularies of general English
(words of rising and falling, nouns of change and share: ``extractor/lang/en/vocabulary``). Nothing here is
specific to one transcript or institution. Each rule proposes ``(kind, direction, cued)`` or nothing;
:data:`KIND_RULES` lists them in precedence order (the first proposal decides): what is written on the
number itself ("by 5%", "up 5%", "5 points higher", "a 5% increase") outranks what the clause around it
says (its subject, its verb), and ``unmarked`` ends the list.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token

from ..lang.profile import Profile, per_profile
from ..unit_codes import COUNT, dimension, is_relative, is_time, unit_class
from .approx import before_phrases
from .candidates import Mention
from .config import KindConfig
from .lexer import Lexeme
from .rules import RuleSet
from .syntax import governing_verb, subject_of

#: What a kind rule proposes: the kind, the direction (None unless a change), and whether anything in
#: the sentence decided it (False only for the default "level").
Decision = tuple[str, "str | None", bool]
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "(", ")"})
#: How a figure's tokens hang on the noun it quantifies ("a record $8 trillion": "trillion" on "record").
_FIGURE_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod"})


def _strip_qualifiers(words: list[str], *, profile: Profile) -> None:
    """Drop the qualifiers that end ``words``: single qualifier words ("nearly", "more than") and the qualifier
    phrases of the approx table ("as much as", "in the order of"), so that the word before them decides
    ("rose as much as 12 percent" is a rise)."""
    qualifiers, meaningful = profile.words("qualifier_words"), profile.words("meaningful_prepositions")
    phrases = _qualifier_phrases(profile)
    while words:
        if words[-1] in qualifiers and words[-1] not in meaningful:
            words.pop()
            continue
        n = next((len(p) for p in phrases if tuple(words[-len(p):]) == p), 0)
        if not n:
            return
        del words[-n:]


@per_profile
def _qualifier_phrases(profile: Profile) -> tuple[tuple[str, ...], ...]:
    """The qualifier phrases of two words or more (:func:`~.approx.before_phrases`) that hide the word before
    them; not those ending in a preposition of reach (vocabulary ``reach_prepositions``: "up to", "close to"):
    after a verb they read as the level it reaches."""
    reach = profile.words("reach_prepositions")
    return tuple(p for p, _ in before_phrases(profile) if len(p) > 1 and p[-1] not in reach)


def direction_from(words: list[str], *, profile: Profile) -> str | None:
    """The direction of the first word of rising or falling in ``words`` (a falling word wins a tie)."""
    for w in words:
        if w in profile.words("fall_words"):
            return "down"
        if w in profile.words("rise_words"):
            return "up"
    return None


def is_change_noun(w: str, *, profile: Profile) -> bool:
    """ "increase", "cuts", "hikes": a noun (or its plural) that names a change."""
    nouns = profile.words("change_nouns")
    return w in nouns or w.endswith("s") and w[:-1] in nouns


@dataclass
class Figure:
    """A figure as the kind rules see it: the mention, its sentence's lexemes, its anchor in the parse."""

    doc: Doc
    m: Mention
    lx: list[Lexeme]
    anchor: Token | None
    unit: str
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)
    #: The windows its rules read over (the ``kinds`` section of the component's config).
    config: KindConfig = field(default_factory=KindConfig, kw_only=True, repr=False, compare=False)

    @cached_property
    def before(self) -> list[str]:
        """Lower-cased words before the mention in its clause, nearest last: a clause mark ("," ";" "—")
        ends them; qualifiers are stripped, and so is a transparent "an average of" / "a total of", but
        prepositions that carry meaning ("up 5%", "share of 5%", "at 3%") stay although they can be qualifiers."""
        m, lx = self.m, self.lx
        words: list[str] = []
        for t in lx[max(0, m.first - self.config.words_before):m.first]:
            if t.text in _CLAUSE_MARKS:
                words = []
            elif t.is_word or t.text in ("%", "-"):
                words.append(t.low)
        _strip_qualifiers(words, profile=self.profile)
        while words and words[-1] in self.profile.words("transparent_words"):
            words.pop()  # "down net 40,000 posts"
        if len(words) >= 2 and words[-1] == "of" and words[-2] in self.profile.words("transparent_of_heads"):
            del words[-2:]
            _strip_qualifiers(words, profile=self.profile)
        return words

    @property
    def pre(self) -> str:
        return self.before[-1] if self.before else ""

    @cached_property
    def by_words(self) -> list[str] | None:
        """The words before the figure up to a "by" whose object it is, "by" last: :attr:`before` when "by" stands
        right before it, else the words up to a "by" whose object's phrase begins right after it and holds the
        figure, so that the words between are the figure's own ("by close to 30 cents", "by up to $40 million",
        "by a record $8 trillion"); None when no "by" governs the figure."""
        if self.pre == "by":
            return self.before
        by = self._governing_by()
        if by is None:
            return None
        words: list[str] = []
        for t in self.lx[max(0, self.m.first - self.config.words_before):self.m.first]:
            if t.start > by.idx:
                break
            if t.text in _CLAUSE_MARKS:
                words = []
            elif t.is_word:
                words.append(t.low)
        return words if words and words[-1] == "by" else None

    def _governing_by(self) -> Token | None:
        """The "by" whose object's phrase starts right after it and holds the figure as a modifier of the object
        (or the object itself), found up the figure's heads: a figure in an apposition or a clause inside that
        object ("by the conference — a meeting of 100 firms") is no amount of the "by"."""
        t = self.anchor
        for _ in range(self.config.path_depth):
            if t is None or t.head.i == t.i:
                return None
            if t.dep_ == "pobj" and t.head.lower_ == "by" and t.left_edge.i == t.head.i + 1 and (
                    t.head.idx < self.m.start <= t.right_edge.idx):
                return t.head
            if t.dep_ not in _FIGURE_MODIFIER_DEPS:
                return None
            t = t.head
        return None

    @property
    def pre2(self) -> str:
        return self.before[-2] if len(self.before) > 1 else ""

    @cached_property
    def after(self) -> list[str]:
        return [t.low for t in self.lx[self.m.last + 1:self.m.last + 1 + self.config.words_after]]

    @cached_property
    def path(self) -> list[Token]:
        """The anchor's heads up to its clause's verb."""
        out, t = [], self.anchor
        for _ in range(self.config.path_depth):
            if t is None or t.head.i == t.i:
                break
            t = t.head
            out.append(t)
            if t.pos_ == "VERB" and t.dep_ not in ("xcomp", "conj"):
                break
        return out

    @cached_property
    def path_lemmas(self) -> list[str]:
        """Lemmas of the anchor's heads up to its clause's verb."""
        return [t.lemma_.lower() for t in self.path]

    @property
    def path_verbs(self) -> list[str]:
        """The lemmas of the verbs on that path (without its nouns and adjectives: "by $3 trillion more" hangs
        on "more", but "reduce" moves it)."""
        return [t.lemma_.lower() for t in self.path if t.pos_ == "VERB"]

    @cached_property
    def verb_lemma(self) -> str:
        verb = governing_verb(self.anchor) if self.anchor is not None else None
        return verb.lemma_.lower() if verb is not None else ""

    @cached_property
    def subject(self) -> Token | None:
        """The subject of the figure's clause."""
        verb = governing_verb(self.anchor) if self.anchor is not None else None
        return subject_of(verb) if verb is not None else None

    @cached_property
    def change_subject(self) -> bool:
        """True when the clause's subject is itself a change ("the rise in ticket prices eased to 3.1%",
        "the gap between the two bids is $6 million")."""
        subj = self.subject
        if subj is None or self.anchor is not None and self.anchor.i != subj.i and (
                subj.left_edge.i <= self.anchor.i < subj.head.i) and subj.head.i > subj.i:
            return False  # "the difference between the two budgets is": a figure inside the subject is no part of it
        if any(c.dep_ == "nummod" and self.m.start <= c.idx < self.m.end for c in subj.children):
            return False  # "one difference is worth noting": the figure counts the subject's items
        if (subj.lower_ in self.profile.words("thing_relative_pronouns") and subj.head.dep_ == "relcl"
                and self.anchor is not None
                and self.anchor.head.i == subj.head.i):
            subj = subj.head.head  # "a rise in fares that was 3.6 percent": the relative's antecedent
        if subj.lemma_.lower() in self.profile.words("projection_nouns"):
            # "the board's forecast for harbour traffic growth is 1.7 percent": what is forecast
            preps = self.profile.words("projection_preps")
            subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ in preps
                         for o in p.children if o.dep_ == "pobj"), subj)
        return _names_change(subj, profile=self.profile)

    @cached_property
    def rate_subject(self) -> bool:
        """True when the clause's subject is a rate itself ("inflation", "the jobless rate"), not the growth
        rate of an amount: a percent it "rose" or "fell" is the rate's new level (GUIDELINES.md, Rates)."""
        subj = self.subject
        if subj is not None and subj.lower_ in self.profile.words("thing_relative_pronouns") and (
                subj.head.dep_ == "relcl"):
            subj = subj.head.head  # "inflation, which is up 3.1 percent"
        if subj is None or _names_change(subj, profile=self.profile):
            return False
        return (subj.lemma_.lower() in self.profile.words("rate_words")
                or subj.lower_ in self.profile.words("rate_words"))

    @property
    def rate_subject_lemma(self) -> str:
        """The lemma of the clause's subject, or of a relative pronoun's antecedent ("inflation, which is up")."""
        subj = self.subject
        if subj is not None and subj.lower_ in self.profile.words("thing_relative_pronouns") and (
                subj.head.dep_ == "relcl"):
            subj = subj.head.head
        return subj.lemma_.lower() if subj is not None else ""


def _names_change(subj: Token, *, profile: Profile) -> bool:
    """ "growth", "job gains", "the growth rate": a noun that names a change."""
    lem = subj.lemma_.lower()
    if lem in profile.words("change_subject_lemmas"):
        return True
    return lem == "rate" and any(c.lemma_.lower() == "growth" and c.dep_ == "compound" for c in subj.children)


def _multiple(f: Figure) -> Decision | None:
    """ "1.5 times", "twice the fee": a multiple."""
    return ("multiple", None, True) if f.m.multiple and f.unit == "times" else None


def _share_of_whole(f: Figure) -> Decision | None:
    """ "two out of three", "one in five": the reader wrote a share as a fraction of a whole."""
    return ("share", None, True) if f.m.share else None


def _ratio_or_occurrences(f: Figure) -> Decision | None:
    """ "two to one", "cut four times": a ratio or a count of occurrences is a level."""
    if f.m.ratio or f.unit == "count" and f.lx[f.m.last].low == "times":
        return "level", None, True
    return None


def _level_crossed(f: Figure) -> Decision | None:
    """ "if reserves fall below $4 billion", "sales climbed above 1 million": a verb of rising or falling that
    passes a figure (vocabulary ``crossing_preps``, right before it) crosses a level, as "go above 2 percent"
    reaches one; a change is said "over" or "under" an amount ("fell over 5 percent": by more than 5)."""
    k = f.m.first - 1
    if k < 1 or f.lx[k].low not in f.profile.words("crossing_preps") or f.verb_lemma not in f.profile.words(
            "change_verbs"):
        return None
    falls = f.profile.words("fall_words")
    if (f.lx[k].low in falls) != (f.verb_lemma in falls):
        return None  # "to rise a bit below 2 percent": a level is crossed going its way; this qualifies the rise
    if f.unit == "%" and f.subject is not None and f.subject.pos_ in ("NOUN", "PROPN") and not f.rate_subject:
        return None  # "GDP is set to rise above 2 percent": the growth of an amount, by more than 2 percent
    return "level", None, True


def _from_to_end(f: Figure) -> Decision | None:
    """ "from 12 to nine": each end of a from-to pair is a level, unless the subject is a change."""
    return ("level", None, True) if f.m.from_to and not f.change_subject else None


def _distance_from_place(f: Figure) -> Decision | None:
    """ "grew up twenty miles from here", "a rig 5 km off the coast": a length the parse makes the measure of a
    preposition (or adverb) of place, that preposition (vocabulary ``distance_prepositions``) being its head or
    written right after it, says how far, a level; a move of a length is the measure of its verb ("the river
    rose 2 metres")."""
    a = f.anchor
    if (a is None or a.dep_ != "npadvmod" or a.head.pos_ not in ("ADP", "ADV")
            or dimension(f.unit, profile=f.profile) != "length"):
        return None
    places = f.profile.words("distance_prepositions")
    return ("level", None, True) if a.head.lower_ in places or f.after[:1] and f.after[0] in places else None


def _margin(f: Figure) -> Decision | None:
    """ "missed it by 3 points", "won by 12 points", "the bill failed by two votes": the "by" of a verb of winning,
    losing or missing (vocabulary ``margin_verbs``) gives a margin, a level without a direction."""
    if f.by_words is None or not f.path_verbs or f.path_verbs[0] not in f.profile.words("margin_verbs"):
        return None
    return "level", None, True


def _by_amount(f: Figure) -> Decision | None:
    """ "rose by 5%", "cut by half": the amount after "by" is a change; "owned by one person" is a level."""
    words = f.by_words
    if words is None or len(words) > 1 and words[-2] in f.profile.words("agent_by_verbs"):
        return None
    # The verb "by" hangs on says which way ("could reduce growth by 1 point": down, whatever noun stands
    # between); the words before decide only when the parse reaches no verb of rising or falling.
    direction = (direction_from(f.path_verbs, profile=f.profile)
                 or direction_from(list(reversed(words[:-1])), profile=f.profile)
                 or direction_from(f.path_lemmas, profile=f.profile))
    if direction is None and f.unit == "count" and not f.m.scaled:
        return "level", None, True  # a passive's agent, not the amount of a change
    if direction is None and f.unit == "%" and f.after[:1] == ["of"]:
        return None  # "backed by 70 percent of members": a passive's agent, a part of a whole
    return "change", direction or "up", True


def _rate_reached(f: Figure) -> Decision | None:
    """ "the jobless rate slipped below 5%", "consumer inflation rose 3.1 percent": a percent that is the
    reading of a rate itself, not its move (GUIDELINES.md, Rates). A rate read against a threshold ("fell
    below", "rose above") is at its level; so is a growth rate of prices ("inflation") a move verb puts in
    percent, since the rise of prices it states is the inflation rate's reading. Any other rate moved by a
    verb without "to" ("the unemployment rate fell 0.2 percent") moves by the figure: a change, decided below."""
    if f.unit != "%" or f.pre == "by" or not f.rate_subject or not (
            f.verb_lemma in f.profile.words("change_verbs") or f.pre in f.profile.words("move_words_before")):
        return None
    if _threshold_before(f, profile=f.profile) or f.rate_subject_lemma in f.profile.words("price_growth_nouns"):
        return "level", None, True
    return None


def _threshold_before(f: Figure, *, profile: Profile) -> bool:
    """True when a word of a threshold ("below", "above", "under", "over") stands right before the figure."""
    k = f.m.first - 1
    return k >= 0 and f.lx[k].low in profile.words("threshold_words")


def _placed_on_target(f: Figure) -> Decision | None:
    """ "40 sandbags were dropped on the levee", "the crew dropped 12 crates onto the pier": a count of
    things a verb of placing puts on a target (a place, not a day) is the count of a physical act, not the
    change of a total; "300 jobs were cut on Monday" stays a change."""
    if f.unit != "count" or f.anchor is None:
        return None
    verbs = [c for c in f.anchor.children if c.dep_ in ("relcl", "acl")]
    if f.anchor.dep_ in ("nsubjpass", "nsubj", "dobj"):
        verbs.append(f.anchor.head)
    for v in verbs:
        if v.lemma_.lower() in f.profile.words("placing_verbs") and any(
                c.dep_ == "prep" and c.i > f.anchor.i and c.lower_ in f.profile.words("target_preps")
                and _a_place(c, profile=f.profile)
                for c in v.children):  # the target after the thing put on it ("dropped 30 crates onto the barge")
            return "level", None, True
    return None


def _a_place(prep: Token, *, profile: Profile) -> bool:
    """True for a preposition whose object is a place: one the NER names (a country, a city, a site), or a
    determined noun or a name that is no date or time ("on that pier", "onto the levee"), not a manner ("on
    average") nor a day ("on Monday", "on the first day")."""
    for o in prep.children:
        if o.dep_ != "pobj":
            continue
        if o.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if o.ent_type_ not in ("DATE", "TIME") and o.lemma_.lower() not in profile.words("time_nouns") and (
                o.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in o.children)):
            return True
    return False


def _duration(f: Figure) -> Decision | None:
    """A duration is a level unless it is the amount of a change ("by 15 hours", above)."""
    return ("level", None, True) if is_time(f.unit, profile=f.profile) else None


def _up_or_down_before(f: Figure) -> Decision | None:
    """ "up 5%", "down 2 points": a change; but not a particle ("picked up 5%", "made up 40%")."""
    moves = f.profile.table("move_words_before")
    if f.pre in moves and f.pre2 not in f.profile.words("particle_verbs"):
        return "change", moves[f.pre], True
    return None


def _comparative_after(f: Figure) -> Decision | None:
    """ "5 points higher", "2% lower", "10 more than", "3 million more jobs": a comparative after the figure
    makes it a difference."""
    after = f.after
    if not (after[:1] and after[0] in f.profile.words("comparatives")):
        return None
    if is_relative(f.unit, profile=f.profile) or after[1:2] and after[1] in f.profile.words("comparison_words") or (
            f.unit != "count" and after[0] in f.profile.words("falling_comparatives")) or (
            after[0] in f.profile.words("count_comparatives") and (f.m.scaled or f.lx[f.m.num_first].is_digit)):
        return "change", f.profile.table("comparatives")[after[0]], True
    return None


def _change_noun_after(f: Figure) -> Decision | None:
    """ "a 5% increase", "a 75-basis-point rate hike", "$2 billion in deficit reduction", "$5 million in fee
    cuts": a noun of change within three words after a measured figure (not a count), before the phrase ends."""
    if f.unit == "count":
        return None
    stops = f.profile.words("clause_stops")
    for k, w in enumerate(f.after[:f.config.change_noun_after]):
        if is_change_noun(w, profile=f.profile) and not (k > 0 and f.after[0] in stops and f.after[0] != "in"):
            return ("change", direction_from([w], profile=f.profile) or direction_from(f.path_lemmas, profile=f.profile)
                    or "up", True)
        if w in stops and not (w == "in" and k == 0):
            break
    return None


def _year_on_year(f: Figure) -> Decision | None:
    """ "4% year on year", "3% annually": a percent over a year is a growth rate."""
    if f.unit == "%" and any(tuple(f.after[:len(p)]) == p for p in _annual_rate_after(f.profile)):
        return "change", direction_from(list(reversed(f.before)), profile=f.profile) or "up", True
    return None


@per_profile
def _annual_rate_after(profile: Profile) -> tuple[tuple[str, ...], ...]:
    """The words after a percent that make it a growth rate over a year, as word tuples (``annual_rate_after``)."""
    return tuple(tuple(p.split()) for p in sorted(profile.words("annual_rate_after")))


def _change_noun_of(f: Figure) -> Decision | None:
    """ "an increase of 612", "growth of 3.3%", "cuts in spending of $40 million": a noun of change governs it."""
    near = f.before[-1 - f.config.change_noun_before:-1]
    if f.pre == "of" and any(is_change_noun(w, profile=f.profile) for w in near):
        return ("change", direction_from(list(reversed(near)), profile=f.profile) or "up", True)
    return None


def _share(f: Figure) -> Decision | None:
    """ "accounting for 62.5%", "making up 41.2%", "a share of 35.8%", "70% of the city's total": a share."""
    if f.unit not in ("%", "pp", "1"):
        return None
    pre, pre2, before = f.pre, f.pre2, f.before
    nouns = f.profile.words("share_nouns")
    phrase = f.profile.table("share_phrases").get(pre)
    if (phrase is not None and pre2.startswith(phrase)
            or pre == "of" and pre2 in nouns
            or any(lem in f.profile.words("share_verbs") for lem in f.path_lemmas[:f.config.share_verb_depth]) and (
                pre not in f.profile.words("share_blocking_preps"))
            or f.unit == "%" and f.after[:1] == ["of"] and (f.m.value or 0) <= f.config.whole_percent
            or (pre == "" or pre in f.profile.words("share_level_words")) and any(
                w in nouns for w in before[-f.config.share_noun_before:])):
        return "share", None, True
    return None


def _share_subject(f: Figure) -> Decision | None:
    """ "the share of trams in city trips reached 25%": a percent the clause says of a share is a share
    (unless the clause's verb is one of change: "the share rose 5%")."""
    if f.unit != "%" or f.verb_lemma in f.profile.words("change_verbs"):
        return None
    subj = f.subject
    nouns = f.profile.words("share_nouns")
    if subj is not None and (subj.lemma_.lower() in nouns or any(
            c.dep_ == "compound" and c.lemma_.lower() in nouns for c in subj.children)):
        return "share", None, True
    return None


def _extreme_part(f: Figure) -> Decision | None:
    """ "the top 1 percent", "the bottom 40 percent": a percent of a population ranked by something is a share."""
    if f.unit == "%" and f.pre in f.profile.words("extreme_parts"):
        return "share", None, True
    return None


def _rate_of_change(f: Figure) -> Decision | None:
    """ "pay rose at an annual rate of 4%", "growing at a pace of 2%": the rate of a change is a change."""
    path = f.path_lemmas
    if f.pre != "of" or not any(w in f.profile.words("pace_nouns") for w in path[:f.config.pace_path_depth]):
        return None
    pace = f.anchor.head.head if f.anchor is not None and f.anchor.dep_ == "pobj" else None
    if pace is not None and (pace.dep_ != "pobj" or pace.head.head.lemma_.lower() not in f.profile.words(
            "change_verbs")):
        return None  # "began auctions at a tender rate of 2 percent": a rate set, not a change's pace
    verbs = [w for w in path if w in f.profile.words("change_verbs")]
    if verbs:
        return "change", "down" if verbs[0] in f.profile.words("fall_words") else "up", True
    return None


def _counted_by_change_clause(f: Figure) -> Decision | None:
    """ "30,000 posts that were created", "the 20,000 homes added in May": a relative clause or participle on
    the counted noun, with a verb of change, makes the count a change."""
    if f.unit != "count" or f.anchor is None:
        return None
    for c in f.anchor.children:
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in f.profile.words("change_verbs"):
            return "change", "down" if c.lemma_.lower() in f.profile.words("fall_words") else "up", True
    return None


def _basis_points(f: Figure) -> Decision | None:
    """Basis points are a change ("a 25 basis point move") unless a level is read "at" them."""
    if f.unit == "bp" and f.pre != "at":
        return ("change", direction_from(list(reversed(f.before)), profile=f.profile)
                or direction_from(f.path_lemmas, profile=f.profile), True)
    return None


def _growth_rising_to(f: Figure) -> Decision | None:
    """ "with the growth rate rising to 5.7%": a growth rate reached is still a change."""
    if f.pre == "to" and f.unit == "%" and "growth" in f.before[-f.config.growth_word_before:] and not f.change_subject:
        return "change", "up", True
    return None


def _level_preposition(f: Figure) -> Decision | None:
    """ "to 5%", "at 3%", "from 4%", "of 2%": a level reached or held, unless the subject is a change, or the
    percent is the pace a word of growth goes at (vocabulary ``pace_prepositions``: "wages growing at 4%": a
    growth rate, GUIDELINES.md Rates;
    left to :func:`_growth_in_path`) and not a rate's own reading."""
    if f.pre not in f.profile.words("level_preps") or f.change_subject:
        return None
    growth = f.profile.words("growth_words")
    if (f.unit == "%" and f.pre in f.profile.words("pace_prepositions") and not f.rate_subject
            and any(w in growth for w in f.path_lemmas[:f.config.growth_path_depth])):
        return None
    return "level", None, True


def _change_subject(f: Figure) -> Decision | None:
    """ "the rise in ticket prices eased to 3.1%": the subject is a change, so the figure is too."""
    return ("change", direction_from(f.path_lemmas, profile=f.profile) or "up", True) if f.change_subject else None


def _percentage_points(f: Figure) -> Decision | None:
    """Percentage points are a difference between two rates: a change."""
    if f.unit == "pp":
        if f.pre == "by":  # "reduce growth by a point": the verb "by" hangs on, as for any amount after "by"
            return ("change", direction_from(f.path_verbs, profile=f.profile)
                    or direction_from(list(reversed(f.before)), profile=f.profile) or (
                direction_from(f.path_lemmas, profile=f.profile)), True)
        return ("change", direction_from(list(reversed(f.before)), profile=f.profile)
                or direction_from(f.path_lemmas, profile=f.profile), True)
    return None


def _count_the_act_touched(f: Figure) -> Decision | None:
    """ "100 million residents have been boosted", "twenty fees were raised", "the 40 routes extended": a count
    of the things a verb of change was done to (its passive subject, or the noun its participle describes)
    counts them, a level, unless the verb brings such things in or takes them away (vocabulary
    ``count_changing_verbs``: "2 million jobs have been added", "500 posts were cut"): only then does their
    number move."""
    a = f.anchor
    if f.unit != "count" or a is None:
        return None
    # a bare participle may be parsed as its noun's verb ("100 million people boosted, the ministry said")
    participle = a.dep_ == "nsubj" and a.head.tag_ == "VBN" and not any(c.dep_ == "aux" for c in a.head.children)
    verb = a.head if a.dep_ == "nsubjpass" or participle else next(
        (c for c in a.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > a.i), None)
    if verb is None or verb.lemma_.lower() not in f.profile.words("change_verbs"):
        return None
    return None if verb.lemma_.lower() in f.profile.words("count_changing_verbs") else ("level", None, True)


def _object_of_change_verb(f: Figure) -> Decision | None:
    """ "rose 6.4%", "cutting 300 posts": the direct object of a verb of rising or falling."""
    v = f.verb_lemma
    a = f.anchor
    if (a is not None and unit_class(f.unit, profile=f.profile) != COUNT and not is_relative(f.unit, profile=f.profile)
            and a.dep_ in (
            "compound", "nmod", "amod", "nummod") and a.head.pos_ == "NOUN" and a.head.i > a.i and not is_change_noun(
            a.head.lower_, profile=f.profile)):
        return None  # "creating a record $90 million surplus": the amount measures the surplus the verb creates
    if a is not None and _in_subject(a):
        return None  # "a 25% tariff could reduce growth": the figure measures what acts, not what the verb moves
    if v in f.profile.words("change_verbs") and f.pre not in f.profile.words("object_blocking_preps"):
        return "change", "down" if v in f.profile.words("fall_words") else "up", True
    return None


def _in_subject(a: Token) -> bool:
    """True when the figure stands in the subject of a verb that acts on an object of its own ("a 25% tariff
    could reduce growth"): the figure measures the actor, the verb moves the object. A figure in the subject of
    a verb without an object ("4 million workers dropped out") is what moves."""
    t, subject = a, False
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):  # spaCy makes a new Token on each access: compare i
        subject = subject or t.dep_ in ("nsubj", "csubj")
        t = t.head
    return subject and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and _follows_its_verb(c) for c in t.children)


def _follows_its_verb(obj: Token) -> bool:
    """True when a direct object stands after its verb with no preposition between: an object the parser hangs
    past a preposition ("jobs cut across the — the entire country") is a misreading, not what the verb moves."""
    verb = obj.head
    return verb.i < obj.left_edge.i and not any(x.tag_ == "IN" for x in obj.doc[verb.i + 1:obj.left_edge.i])


def _growth_in_path(f: Figure) -> Decision | None:
    """ "the economy grew at 2%"-like clauses: a percent under a word of growth is a growth rate."""
    if f.unit == "%" and any(w in f.profile.words("growth_words") for w in f.path_lemmas[:f.config.growth_path_depth]):
        return "change", "up", True
    return None


def _unmarked(f: Figure) -> Decision | None:
    """Nothing decided: a level, by default (``cued`` False, so a list's first item may lend its kind)."""
    return "level", None, False


#: Rules cued by a word before the figure (``Figure.pre``), by a word after it, by the clause's subject, by
#: its verb; the other rules read the figure's own form (its unit, a range, "times"), or nothing (``unmarked``).
_CUED_BEFORE = frozenset({"by_amount", "margin", "up_or_down_before", "change_noun_of", "share", "extreme_part",
                          "rate_of_change", "growth_rising_to", "level_preposition", "rate_reached"})
_CUED_AFTER = frozenset({"comparative_after", "change_noun_after", "year_on_year"})
_CUED_BY_SUBJECT = frozenset({"change_subject", "share_subject", "rate_reached"})
_CUED_BY_VERB = frozenset({"object_of_change_verb", "growth_in_path", "placed_on_target"})


def cue(f: Figure, rule: str) -> tuple[int | None, int | None]:
    """The characters of the words that cued ``rule``'s decision on ``f`` (the evidence's span): the word
    before or after the figure, the clause's subject or verb, the figure itself for its own form; none for
    ``unmarked``."""
    m, lx = f.m, f.lx
    # "by close to 30 cents": the "by", not the qualifier's "to"
    word = "by" if rule in ("by_amount", "margin") else f.pre
    if rule in _CUED_BEFORE and word:
        for t in reversed(lx[max(0, m.first - f.config.words_before):m.first]):
            if t.low == word:
                return t.start, t.end
    if rule in _CUED_AFTER and m.last + 1 < len(lx):
        t = lx[m.last + 1]
        return t.start, t.end
    if rule in _CUED_BY_SUBJECT and f.subject is not None:
        return f.subject.idx, f.subject.idx + len(f.subject.text)
    verb = governing_verb(f.anchor) if f.anchor is not None else None
    if rule == "counted_by_change_clause" and f.anchor is not None:
        verb = next((c for c in f.anchor.children if c.dep_ in ("relcl", "acl")), verb)
    if rule in _CUED_BY_VERB | {"counted_by_change_clause"} and verb is not None:
        return verb.idx, verb.idx + len(verb.text)
    if rule == "unmarked":
        return None, None
    return m.start, m.end


#: Rules that read the figure's clause (its subject, its verb) rather than the words on the figure itself:
#: an item of a list of figures decided only by these takes the kind of the list's first item.
CLAUSE_RULES = frozenset({"change_subject", "object_of_change_verb", "growth_in_path", "unmarked"})

#: The kind rules in precedence order.
KIND_RULES: RuleSet[Figure, Decision] = RuleSet(
    "kind", _multiple, _share_of_whole, _ratio_or_occurrences, _from_to_end, _distance_from_place, _margin,
    _by_amount, _duration, _rate_reached,
    _level_crossed,
    _up_or_down_before, _comparative_after, _change_noun_after, _year_on_year, _change_noun_of, _placed_on_target,
    _count_the_act_touched, _counted_by_change_clause, _share,
    _share_subject, _extreme_part, _basis_points, _rate_of_change, _growth_rising_to, _level_preposition,
    _change_subject, _percentage_points, _object_of_change_verb, _growth_in_path, _unmarked)
