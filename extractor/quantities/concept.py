"""What a figure measures, read from the parse around it (GUIDELINES.md, field ``concept``).

The concept is ONE noun phrase, the words a reader would put in a table's column head. The parse offers
several places it may be read from; they are tried in order and the first that names a thing wins (each a
named rule of :data:`CONCEPT_RULES`):

1. the noun the figure modifies ("the 2 per cent *target*", "a 50 basis point *cut*");
2. the noun the figure is a complement of ("an annual growth rate of 0.8%" -> "rate");
3. the counted noun with its own modifiers ("266,000 *jobs added in April*");
4. the figure's own "in/of/for/on" phrase ("8.6% *in fruit imports*");
5. the clause's subject when it is a thing, not an agent ("*exports to the EU* rose 7.1%");
6. the verb's object when the subject is an agent ("the committee raised *its policy rate*"; a copula's
   complement: "those are *loans*"; a gerund with its object, which reads as a noun: "*reducing the
   clearance time*"), never whom the act is done to ("told the minister"); or the verb's "for/on/in" phrase
   ("will spend $40 million *on new pipes*": the spending on new pipes) unless it says where or for whom
   ("in some districts"); never the verb alone ("give", "began") nor a verb phrase ("project a funds
   rate"): they name an act, not a thing;
7. for a fragment, the closest noun phrase before the figure.

A candidate made only of measure words ("an annual growth rate", "a record high") names no thing: it
is kept only when nothing else is found (the last rule, ``only_a_measure``). The winner is cut to at most
six content words (``ConceptConfig.max_content_words``) at a phrase boundary (a preposition, a relative
pronoun, a conjunction), so a subject with a long tail still reads as a column head. The phrase never
starts or ends inside a written word ("Five-Year", "low-cost"), a cut never keeps a word whose head it
drops (the modifiers of a noun cut off), and a hyphenated word counts once. (A cut may still drop a verb's
object: "the average increase posted [over ...]".)
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..lang.profile import Profile, per_profile
from .approx import before_phrases
from .candidates import Mention
from .config import ConceptConfig
from .rules import RuleSet
from .syntax import governing_verb, is_figure_token, subject_of, token_span, trimmed_span

#: Parts of speech of function words and marks: no thing a phrase names (``_only_measure_words``), and
#: free to hang on a word a cut drops (``_closed``).
_FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART", "AUX", "SPACE"})
#: Parts of speech that never end a phrase: a phrase ending on one was cut before what it joins or governs.
_DANGLING_AT_END = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE"})
#: Dependencies of what a verb needs to say anything (its object, complement, particle): a verb whose
#: complement is cut off is left unfinished; one whose adverbial phrase or clause is cut off is not.
_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "dative", "prt"})
#: A written word: letters and digits with the apostrophes, points and ASCII hyphens inside them (as the
#: guidelines' scorer reads words: "Five-Year" is one, "Five\u2010Year" with a Unicode hyphen two).
_WRITTEN_WORD = re.compile(r"[\w'’.-]+")
#: The mark spaCy splits off inside a written word ("Five-Year"); a dash, a comma or a quote ends one.
_INSIDE_WORD = frozenset({"-"})


class Phrase(NamedTuple):
    """A phrase the parse offers: its text, whether it names only a measure, and the characters it was read
    from (``start``/``end`` index the original text; the text may reword them: "spending on new pipes")."""

    text: str
    generic: bool
    start: int
    end: int


class Concept(NamedTuple):
    """The concept chosen and how: the mechanism that found it (a name listed in ``mechanisms.tsv``) and the
    characters of the text that supplied it."""

    text: str
    mechanism: str
    start: int
    end: int
    #: Whether it names only a measure ("an annual growth rate"): chosen only when nothing else is found.
    generic: bool = False


_NOTHING = Phrase("", True, 0, 0)


def concept_phrase(doc: Doc, m: Mention, anchor: Token | None, counted: Token | None,
                   chunks: Sequence[Span] | None = None, debris: Collection[int] = (), *,
                   profile: Profile, config: ConceptConfig | None = None) -> str | None:
    """What is measured: one phrase read from the parse around the figure (see :func:`concept_reading`)."""
    found = concept_reading(doc, m, anchor, counted, chunks, debris, profile=profile, config=config)
    return found.text if found is not None else None


def concept_reading(doc: Doc, m: Mention, anchor: Token | None, counted: Token | None,
                    chunks: Sequence[Span] | None = None, debris: Collection[int] = (), *,
                    profile: Profile, config: ConceptConfig | None = None) -> Concept | None:
    """What is measured: one phrase read from the parse around the figure (see the module's docstring),
    with the mechanism that found it and the characters it was read from.

    Args:
        doc: the parsed document.
        m: the mention.
        anchor: the token standing for the quantity.
        counted: the counted noun's head, when the quantity counts something.
        chunks: the noun chunks of the figure's sentence (``Span.noun_chunks`` checks the whole
            document's annotation on every call, so the caller slices ``doc.noun_chunks`` once).
        debris: indices of the tokens of page debris (a PDF page's header and footer inside a sentence):
            no phrase runs into them.
        profile: the language profile whose word lists it reads.
        config: how long the phrase may be (the package's by default).

    Returns:
        One phrase of at most ``config.max_content_words`` (six) content words, or None when the parse gives
        nothing.
    """
    if anchor is None:
        return None
    own = _own_tokens(doc, m, anchor, profile=profile)
    blocked = own | set(debris) | _idiom_tokens(anchor.sent, profile=profile)
    reading = _Reading(anchor, counted, own, chunks, blocked, (config or ConceptConfig()).max_content_words,
                       profile=profile)
    decided = CONCEPT_RULES.decide(reading)
    return decided[1] if decided is not None else None


def _own_tokens(doc: Doc, m: Mention, anchor: Token, *, profile: Profile) -> set[int]:
    """The figure's own tokens and its qualifier ("more than", "nearly"): no part of what is measured."""
    span = token_span(doc, m.start, m.end)
    own = set(range(span.start, span.end)) if span is not None and len(span) else {anchor.i}
    own |= {c.i for i in list(own) for c in doc[i].children
            if c.i < min(own) and (c.dep_ in ("quantmod", "advmod") or c.lower_ in profile.words("qualifier_words"))}
    return own | _qualifier_phrase_before(doc, min(own), profile=profile)


def _idiom_tokens(sent: Span, *, profile: Profile) -> set[int]:
    """The tokens of the sentence's fixed adverbial phrases ("by the way", "in some cases", vocabulary
    ``adverbial_idioms``): their nouns name no measured thing, so no phrase is read from them."""
    by_first = _adverbial_idioms(profile)
    words = [t.lower_ for t in sent]
    found: set[int] = set()
    for k, word in enumerate(words):
        for parts in by_first.get(word, ()):
            if tuple(words[k:k + len(parts)]) == parts:
                found |= set(range(sent.start + k, sent.start + k + len(parts)))
    return found


def _qualifier_phrase_before(doc: Doc, start: int, *, profile: Profile) -> set[int]:
    """The tokens of a qualifier phrase right before the figure ("in the order of", vocabulary
    ``qualifier_phrases``): they say how exact the figure is, and the noun inside them ("order") names no
    measured thing."""
    by_length = _qualifier_phrases(profile)
    longest = max(by_length, default=0)
    before = [t.lower_ for t in doc[max(0, start - longest):start]]
    for length in sorted(by_length, reverse=True):  # the longest phrase that ends at the figure
        if length <= len(before) and tuple(before[len(before) - length:]) in by_length[length]:
            return set(range(start - length, start))
    return set()


@per_profile
def _qualifier_phrases(profile: Profile) -> Mapping[int, frozenset[tuple[str, ...]]]:
    """The qualifier phrases (:func:`~.approx.before_phrases`) by their length in words."""
    out: dict[int, set[tuple[str, ...]]] = {}
    for words, _ in before_phrases(profile):
        out.setdefault(len(words), set()).add(words)
    return MappingProxyType({n: frozenset(ws) for n, ws in out.items()})


@per_profile
def _adverbial_idioms(profile: Profile) -> Mapping[str, tuple[tuple[str, ...], ...]]:
    """The fixed adverbial phrases (vocabulary ``adverbial_idioms``) as word tuples, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in profile.words("adverbial_idioms"):
        words = tuple(phrase.split())
        if words:
            out.setdefault(words[0], []).append(words)
    return MappingProxyType({w: tuple(ps) for w, ps in out.items()})


#: Dependencies by which a figure modifies a noun ("the 2 per cent *target*", "a 50 basis point *cut*").
_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "npadvmod", "quantmod"})


@per_profile
def _concept_preps(profile: Profile) -> Mapping[str, frozenset[str]]:
    """The prepositions whose phrase may name the concept, by where (``concept_prepositions``: "figure",
    "verb_after", "verb_before", "spending")."""
    out: dict[str, set[str]] = {}
    for prep, places in profile.table("concept_prepositions").items():
        for place in places.split(","):
            out.setdefault(place.strip(), set()).add(prep)
    return MappingProxyType({place: frozenset(preps) for place, preps in out.items()})


def _preps(place: str, *, profile: Profile) -> frozenset[str]:
    """The prepositions whose phrase at ``place`` may name the concept (:func:`_concept_preps`)."""
    return _concept_preps(profile).get(place, frozenset())


@dataclass
class _Reading:
    """A figure as the concept rules see it: its anchor in the parse, its counted noun, its own tokens
    (``own``), the tokens no phrase takes (``blocked``: those and the page debris), the noun chunks of its
    sentence, and the most content words of a phrase (``limit``). Each place of the module's docstring offers
    its phrases once (:meth:`offered`), most telling first, each with its mechanism's name."""

    anchor: Token
    counted: Token | None
    own: set[int]
    chunks: Sequence[Span] | None
    blocked: set[int]
    limit: int
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)
    #: The phrases read so far at each place, and the rest still to read (read as far as a rule needs).
    _read: dict[str, tuple[list[Concept], Iterator[Concept]]] = field(default_factory=dict, init=False, repr=False,
                                                                      compare=False)

    def offered(self, place: str) -> Iterator[Concept]:
        """The phrases that name something (a letter at least) offered at ``place``: "nouns" (steps 1 to 3),
        "own phrase" (4), "clause" (5 and 6) or "before" (7); each read once, and only as far as asked."""
        if place not in self._read:
            found = _PLACES[place](self)
            self._read[place] = ([], (Concept(p.text, mechanism, p.start, p.end, p.generic) for mechanism, p in found
                                      if p.text and any(ch.isalpha() for ch in p.text)))
        seen, rest = self._read[place]
        yield from list(seen)
        for c in rest:
            seen.append(c)
            yield c

    def named(self, place: str) -> Concept | None:
        """The first phrase at ``place`` that names a thing, not only a measure."""
        return next((c for c in self.offered(place) if not c.generic), None)


def _before(r: _Reading) -> Iterator[tuple[str, Phrase]]:
    """Step 7, for a fragment: the closest noun phrase before the figure in the sentence; none where the figure
    is a verb's act that names nothing we could read ("hit 2 percent"): no answer beats a stray phrase."""
    if _acts(r.anchor, r.own, profile=r.profile) or _persons_clause(r.anchor):
        return
    before = _chunk_before(r.anchor, r.own, r.chunks, r.blocked, profile=r.profile)
    if before is not None:
        yield "noun-phrase-before", _phrase(before.root, r.blocked, r.limit, profile=r.profile)


#: Where the parse offers phrases, in the order the module's docstring gives.
_PLACES: Mapping[str, Callable[[_Reading], Iterable[tuple[str, Phrase]]]] = MappingProxyType({
    "nouns": lambda r: _noun_candidates(r.anchor, r.counted, r.blocked, profile=r.profile, limit=r.limit),
    "own phrase": lambda r: _own_phrase_candidates(r.anchor.doc, r.anchor, r.own, r.blocked, profile=r.profile,
                                                   limit=r.limit),
    "clause": lambda r: _clause_candidates(r.anchor, r.blocked, profile=r.profile, limit=r.limit),
    "before": _before,
})


def _noun_of_the_figure(r: _Reading) -> Concept | None:
    """Steps 1 to 3: the noun the figure modifies ("the 2 per cent target"), the noun it completes ("a rate of
    4 percent"), the counted noun ("266,000 jobs added in April")."""
    return r.named("nouns")


def _own_phrase(r: _Reading) -> Concept | None:
    """Step 4: the figure's own "in/of/for/on" phrase ("8.6% in fruit imports")."""
    return r.named("own phrase")


def _clause(r: _Reading) -> Concept | None:
    """Steps 5 and 6: the clause's subject when it is a thing; else the verb's object or its phrase."""
    return r.named("clause")


def _noun_phrase_before(r: _Reading) -> Concept | None:
    """Step 7: for a fragment, the closest noun phrase before the figure."""
    return r.named("before")


def _only_a_measure(r: _Reading) -> Concept | None:
    """Nothing names a thing: the first phrase made only of measure words ("an annual growth rate")."""
    return next((c for place in _PLACES for c in r.offered(place)), None)


#: The concept rules in precedence order: the first place that names a thing decides.
CONCEPT_RULES: RuleSet[_Reading, Concept] = RuleSet(
    "concept", _noun_of_the_figure, _own_phrase, _clause, _noun_phrase_before, _only_a_measure)


def _noun_candidates(anchor: Token, counted: Token | None, blocked: set[int], *,
                     profile: Profile, limit: int) -> Iterator[tuple[str, Phrase]]:
    """Steps 1 to 3: the noun the figure modifies, the noun it completes, the counted noun."""
    t = anchor
    # 0. The subject of a gapped clause the figure ends: "sales rose to 12,000 and *season passes* to 3,400".
    gapped = _gapped_subject(anchor, blocked, profile=profile)
    if gapped is not None:
        # The phrase is the words between the conjunction and the preposition, whatever the arcs join to them.
        outside = {w.i for w in anchor.sent if not gapped[1] <= w.i < gapped[2]}
        yield "subject-of-gapped-clause", _phrase(gapped[0], blocked | outside, limit, profile=profile)
    # 1. The noun the figure modifies: "the 2 per cent target", "a 50 basis point cut".
    # A noun before the figure is no noun it modifies but one that qualifies it ("by a record $8 trillion"),
    # nor is a gapped clause's subject the parse hangs the figure on ("fell to 2.8 per cent and services
    # inflation to 3.9 per cent").
    if (t.dep_ in _MODIFIER_DEPS and _nominal(t.head) and t.head.i not in blocked and t.head.i > t.i
            and not _opens_gapped_clause(t, t.head, blocked)):
        yield "noun-the-figure-modifies", _phrase(t.head, blocked | {t.i}, limit, profile=profile)
        t = t.head
    # 2. The noun the figure is a complement of: "a rate of 4 percent", "an increase of 612".
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and _nominal(t.head.head) and t.head.head.i not in blocked:
        yield "noun-the-figure-completes", _phrase(t.head.head, blocked | {x.i for x in t.head.subtree},
                                                   limit, profile=profile)
    # 3. The counted noun: "266,000 jobs added in April"; a bare one with what its clause says of it.
    if counted is not None and counted.i not in blocked:
        said = _counted_and_predicate(counted, blocked, profile=profile, limit=limit)
        if said is not None:
            yield "counted-noun-and-predicate", said
        yield "counted-noun", _phrase(counted, blocked, limit, profile=profile)


def _gapped_subject(anchor: Token, blocked: set[int], *, profile: Profile) -> tuple[Token, int, int] | None:
    """The head of a gapped clause's subject when the figure completes that clause: "ticket sales rose to
    12,000 and *season passes* to 3,400" (the verb said once, its preposition said again). Read from the
    words' classes, not the arcs, which the parser often draws across the gap: right before the figure's
    preposition, a noun phrase (no verb) that a coordinating conjunction opens, and the same preposition
    earlier in the sentence on a verb. The subject's head, with the first index of its words and the index past
    them."""
    prep = anchor.head if anchor.dep_ == "pobj" else None
    if prep is None or prep.pos_ != "ADP" or prep.i >= anchor.i:
        return None
    k = _remnant_opening(prep, blocked)
    if k is None:
        return None
    nouns = [anchor.doc[j] for j in range(k + 1, prep.i) if anchor.doc[j].pos_ in ("NOUN", "PROPN")]
    sent = anchor.sent
    said = next((w for w in sent if w.i < k and w.lower_ == prep.lower_ and w.head.pos_ in ("VERB", "AUX")), None)
    if not nouns or said is None or not _takes_remnant(said, profile=profile):
        return None
    return nouns[-1], k + 1, prep.i


def _remnant_opening(prep: Token, blocked: set[int]) -> int | None:
    """The coordinating conjunction that opens the noun phrase right before ``prep`` (the words between them
    of a noun phrase's classes, the last a noun), or None."""
    doc, start = prep.doc, prep.sent.start
    k = prep.i - 1
    while k > start and doc[k].pos_ in _GAPPED_SUBJECT_POS and k not in blocked:
        k -= 1
    if k == prep.i - 1 or doc[k].pos_ != "CCONJ" or doc[prep.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return k


def _takes_remnant(said: Token, *, profile: Profile) -> bool:
    """Whether the verb of the preposition ``said`` first gives a gapped clause's remnant what it measures.
    With an object, the remnant is another object ("lent money to farmers at 3 percent and small firms at 5
    percent", "beat the visitors by 2 goals and the leaders by 3"), a measured one only where the verb brings
    its object to a level or moves it by an amount ("capping insulin at $35 and drug costs at $2,000")."""
    verb = said.head
    return not any(c.dep_ == "dobj" for c in verb.children) or (
        said.lower_ in profile.words("level_preps")
        or said.lower_ == "by" and verb.lemma_.lower() in profile.words("change_verbs"))


def _opens_gapped_clause(figure: Token, noun: Token, blocked: set[int]) -> bool:
    """Whether ``noun``, after ``figure`` past a coordinating conjunction, is the subject of a gapped clause: a
    preposition and a number follow it ("2.8 per cent and services inflation to 3.9 per cent"). A conjunction
    inside a noun phrase ("21 security and cabinet-level officials") opens none."""
    doc = figure.doc
    joined = any(doc[k].pos_ == "CCONJ" and k not in blocked for k in range(figure.i + 1, noun.i))
    return (joined and noun.i + 2 < len(doc) and doc[noun.i + 1].pos_ == "ADP" and doc[noun.i + 2].like_num)


#: The word classes of a gapped clause's subject ("the core services inflation").
_GAPPED_SUBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PART"})


def _own_phrase_candidates(doc: Doc, anchor: Token, own: set[int],
                           blocked: set[int], *, profile: Profile, limit: int) -> Iterator[tuple[str, Phrase]]:
    """Step 4: the figure's own "in/of/for/on" phrase, hanging off its head or, in a range or a list
    ("between $200 billion and $400 billion in tax revenue"), off another of its words."""
    preps = _preps("figure", profile=profile)
    for tok in sorted({anchor} | {doc[i] for i in own}, key=lambda x: x.i):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > anchor.i and c.i not in own and not _dated(c):
                objs = [o for o in c.children if o.dep_ == "pobj" and o.i not in blocked
                        and not _where(c, o, profile=profile)]
                if objs:
                    yield "figure-own-phrase", _phrase(objs[0], blocked, limit, profile=profile)


def _chunk_before(anchor: Token, own: set[int], chunks: Sequence[Span] | None, blocked: set[int], *,
                  profile: Profile) -> Span | None:
    """The closest noun phrase before the figure in its sentence that names a thing, not an agent or a figure."""
    start = min(own)
    sent = anchor.sent
    in_sentence = chunks if chunks is not None else sent.noun_chunks
    # A noun before the figure that the figure hangs on qualifies it ("announced a record $6 trillion").
    hosts = {anchor.doc[i].head.i for i in own if anchor.doc[i].dep_ in _MODIFIER_DEPS}
    before = [c for c in in_sentence if sent.start <= c.start and c.end <= start and c.root.pos_ != "PRON"
              and c.root.i not in hosts and not is_agent(c.root, profile=profile)
              and not any(is_figure_token(x) or x.i in blocked for x in c)]
    return before[-1] if before else None


def _clause_candidates(anchor: Token, own: set[int], *, profile: Profile,
                       limit: int) -> Iterator[tuple[str, Phrase]]:
    """The clause's subject when it is a thing; else the verb's object (with the verb only for a gerund) or its
    "for" phrase.

    A verb alone is never offered ("give", "began"), nor a verb phrase: they name an act, not what is measured.
    """
    verb = governing_verb(anchor)
    if verb is None:
        return
    subj, mechanism, skip = _concept_subject(verb, own, profile=profile)
    act = profile.table("act_nouns").get(verb.lemma_.lower())
    if mechanism == "antecedent-of-relative" and act is not None and anchor.head.i == verb.i:
        # "a chip maker that is investing $5 billion": the investment, not the maker with its clause
        yield "noun-of-verb", Phrase(act, False, verb.idx, verb.idx + len(verb.text))
    objs = _objects(verb, own)
    if objs and _nominal(objs[0]) and _moves_object(verb, anchor, profile=profile):
        # "the new levy will cut congestion by 20 percent": the figure is how far the object moved; the
        # subject is what moved it, whether an agent or a thing
        yield "object-of-verb", _phrase(objs[0], own, limit, profile=profile)
        return
    if subj is not None and _thing_subject(subj, own, profile=profile):
        yield mechanism, _phrase(subj, skip, limit, profile=profile)
        return
    if objs and _nominal(objs[0]):
        yield from _object_candidates(verb, objs[0], anchor, own, profile=profile, limit=limit)
    yield from _verb_prep_candidates(verb, anchor, own, profile=profile, limit=limit)
    if act is not None and not objs and verb.pos_ == "VERB":
        # "that saves $160 billion": the savings; never the bare verb ("saves"), which names no thing
        yield "noun-of-verb", Phrase(act, False, verb.idx, verb.idx + len(verb.text))


def _objects(verb: Token, own: set[int]) -> list[Token]:
    """A verb's objects and complements that are not the figure's own words nor hold them."""
    return [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") and c.i not in own
            and not any(x.i in own for x in c.subtree)]


def _thing_subject(subj: Token, own: set[int], *, profile: Profile) -> bool:
    """Whether a clause's subject names a thing the figure may measure: not the figure's, an agent or a
    pronoun."""
    return subj.i not in own and not is_agent(subj, profile=profile) and subj.pos_ != "PRON"


def _level_brought_to(anchor: Token, obj: Token, *, profile: Profile) -> bool:
    """Whether the figure is the level a verb brings its object to or keeps it at ("raising the wage to $15",
    "keeping rates at 5 percent"; vocabulary ``level_preps``), outside the object's own phrase: the figure
    measures the object, not the act."""
    prep = anchor.head
    return (anchor.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in profile.words("level_preps")
            and prep.i not in {x.i for x in obj.subtree})


def _moves_object(verb: Token, anchor: Token, *, profile: Profile) -> bool:
    """Whether the figure is the "by" amount of a verb of change that has an object ("cut congestion by 20
    percent", "raised fees by $5"): the amount the object moved."""
    prep = anchor.head
    return (anchor.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "by" and prep.head.i == verb.i
            and verb.pos_ == "VERB" and verb.tag_ != "VBG" and verb.lemma_.lower() in profile.words("change_verbs"))


def _object_candidates(verb: Token, obj: Token, anchor: Token, own: set[int], *, profile: Profile,
                       limit: int) -> Iterator[tuple[str, Phrase]]:
    """What a verb's nominal object offers as a concept (see :func:`_clause_candidates`)."""
    if verb.pos_ == "VERB" and verb.tag_ == "VBG" and not _level_brought_to(anchor, obj, profile=profile):
        # A gerund with its object reads as a noun ("reducing the clearance time")
        found = _verb_and_object(verb, obj, own, profile=profile, limit=limit)
        if found is not None:
            yield "verb-and-object", found
    elif is_agent(obj, profile=profile):
        return  # whom the act is done to ("told the minister") is not what is measured
    elif verb.pos_ == "VERB":
        # The object names the thing; a verb phrase is no column head ("project [a funds rate]"), nor a gerund
        # with the level it brings its object to ("bringing inflation back to 2 percent": inflation)
        yield "object-of-verb", _phrase(obj, own, limit, profile=profile)
    else:
        # A copula names no act: its complement alone ("those are loans of up to $10 million": loans)
        yield "complement-of-copula", _phrase(obj, own, limit, profile=profile)


def _concept_subject(verb: Token, own: set[int], *, profile: Profile) -> tuple[Token | None, str, set[int]]:
    """The clause's subject, the mechanism that reads it, and the tokens its phrase skips: the subject, the
    antecedent of a relative pronoun ("..., which represents an increase of 7.1%") or of a pronoun
    ("Domestic inflation eased. At 4.2%, it remains high.")."""
    subj = subject_of(verb)
    if (subj is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.head.i != verb.head.i
            and not _objects(verb, own) and any(verb.doc[i].dep_ == "dobj" and verb.doc[i].head.i == verb.i
                                                for i in own)):
        # "the waiting list is likely to reach 2,000": the verb completes an adjective of a copula, whose
        # subject is what reaches the figure, its object; a verb with an object of its own ("a rate high enough
        # to bring fares down to $2") says the figure of that object, and a figure in a phrase of the verb
        # ("hard to judge after 16 months") is not what the subject reaches
        subj = subject_of(verb.head.head)
    mechanism, skip = "subject-of-clause", own
    if subj is not None and subj.tag_ == "WP" and subj.head.dep_ == "relcl":
        return None, mechanism, skip  # a personal relative ("who") stands for a person: an agent
    if subj is not None and subj.lower_ in profile.words("relative_pronouns") and subj.head.dep_ == "relcl":
        subj, skip = _relative_antecedent(subj, own)
        mechanism = "antecedent-of-relative"
    if subj is not None and subj.lower_ in profile.words("thing_pronouns") and (
            subj.dep_ in ("nsubj", "nsubjpass")):
        return _antecedent(subj, profile=profile), "antecedent-of-pronoun", own
    return subj, mechanism, skip


def _relative_antecedent(rel: Token, own: set[int]) -> tuple[Token | None, set[int]]:
    """What a relative pronoun stands for, and the tokens its phrase skips ("a growth rate [that was] 2.8%":
    the antecedent alone); when the antecedent is itself a figure ("has reached 25.5%, which is 7.4 percentage
    points higher"), the subject of its clause, which names what both measure."""
    clause = rel.head
    skip = own | {x.i for x in clause.subtree} if clause.lemma_.lower() == "be" else own
    subj: Token | None = clause.head
    inner = governing_verb(clause.head)
    if (is_figure_token(clause.head) or any(c.dep_ == "nummod" for c in clause.head.children)) and inner is not None:
        subj = subject_of(inner)
    return subj, skip


#: Dependencies of what a verb says of its subject after it: its object, complement, particle, phrases.
_PREDICATE_DEPS = frozenset({"dobj", "acomp", "prep", "prt", "xcomp", "oprd", "agent", "dative", "neg"})
#: Marks that break off what a clause says (a false start, an aside).
_BREAK_MARKS = frozenset({"—", "–", "--", ";", "(", ")"})
#: Tags of a finite verb: a clause of its own, not a small clause under another verb.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _counted_and_predicate(counted: Token, blocked: set[int], *, profile: Profile, limit: int) -> Phrase | None:
    """ "188 million residents are fully vaccinated" -> "residents fully vaccinated", "40,000 fans voted for the
    new crest" -> "fans voted for the new crest": a counted noun with nothing of its own but the figure names
    whom it counts, not what is counted about them; as its clause's subject, the rest of the clause says that
    (not a copula's noun complement: "the 20 prisoners are a new commitment" says what they are, not which).
    None when the noun has modifiers of its own ("people in the survey"), when the verb moves the count itself
    ("300 jobs were added": the jobs are what is measured), or when the clause says nothing after its verb."""
    verb = _predicating_verb(counted, blocked, profile=profile)
    if verb is None:
        return None
    doc = counted.doc
    lo = _predicate_start(counted, verb, profile=profile)
    hi = _predicate_end(verb, blocked, profile=profile)
    if hi is None:
        return None
    hi = _nothing_hanging(doc, verb, hi)
    if hi < verb.i:
        return None
    copula = verb.lemma_.lower() == "be"
    room = limit - count_content_words(counted.text, profile=profile)
    if _content(doc, lo, hi, profile=profile) > room or not _closed(doc, verb.i, lo, hi + 1):
        hi = _cut_tail(doc, verb.i, lo, hi, room, profile=profile)
    if hi == verb.i and (copula or lo == verb.i and not any(c.dep_ == "auxpass" for c in verb.children)):
        return None  # a bare verb says little ("came", "have stated"); a passive says what was done ("were injured")
    said, _, end = trimmed_span(doc, lo, hi)
    if copula and lo == verb.i:
        said = said[len(verb.text):].strip()  # "500 members are eligible": the complement, not the copula
    if not said:
        return None
    return Phrase(f"{counted.text} {said}", False, counted.idx, end)


def _predicating_verb(counted: Token, blocked: set[int], *, profile: Profile) -> Token | None:
    """The verb of the clause a bare counted noun is the subject of, when that clause may say what is counted
    about it (see :func:`_counted_and_predicate`); None otherwise."""
    verb = counted.head
    if counted.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.i < counted.i:
        return None
    if verb.dep_ != "ROOT" and not (verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass")
                                                                      for c in verb.children)):
        return None  # a small clause ("get all 12 bills done", "hit 160 million residents vaccinated")
    if any(c.i not in blocked and c.dep_ not in ("det", "punct") for c in counted.children) or not any(
            c.i in blocked and c.i < counted.i for c in counted.children):
        return None  # modifiers of its own say which; or the figure is no number of this noun
    if verb.lemma_.lower() in profile.words("change_verbs") or not _closed(counted.doc, counted.i, counted.i,
                                                                         counted.i + 1):
        return None
    return verb


def _predicate_start(counted: Token, verb: Token, *, profile: Profile) -> int:
    """Where what the clause says of the counted noun starts: its verb, with a negation or an adverb of manner
    before it ("are *fully* vaccinated", "have *not* returned"), not an adverb of time."""
    doc, skip_adverbs = counted.doc, profile.words("time_adverbs")
    lo = verb.i
    while lo - 1 > counted.i and doc[lo - 1].head.i == verb.i and (
            doc[lo - 1].dep_ == "neg" or doc[lo - 1].dep_ == "advmod" and doc[lo - 1].lower_ not in skip_adverbs):
        lo -= 1
    return lo


def _predicate_end(verb: Token, blocked: set[int], *, profile: Profile) -> int | None:
    """The last token of what the verb says after it: its object, complement, particle and phrases, up to a
    time, a place, another clause or another figure, a break, or a clause of its own ("lack confidence [that
    they can ...]"). None for a verb that points back ("have done that"), which says nothing of its own."""
    doc = verb.doc
    hi = verb.i
    for c in sorted((c for c in verb.children if c.i > verb.i), key=lambda c: c.i):
        if _ends_predicate(c, blocked, profile=profile):
            break
        if c.dep_ == "dobj" and c.pos_ == "PRON":
            return None
        hi = c.right_edge.i
    return next((x.i - 1 for x in doc[verb.i + 1:hi + 1] if x.ent_type_ in ("DATE", "TIME") or x.text in _BREAK_MARKS
                 or x.dep_ == "mark" or x.tag_ in ("WDT", "WP", "WRB")), hi)


def _ends_predicate(c: Token, blocked: set[int], *, profile: Profile) -> bool:
    """Whether a dependent of the verb ends what it says of the counted noun: not a part of its predicate, a
    time, a place, or a phrase holding another figure."""
    if c.dep_ not in _PREDICATE_DEPS or c.ent_type_ in ("DATE", "TIME") or c.lower_ in profile.words("time_adverbs"):
        return True
    if c.dep_ == "prep" and (_dated(c) or any(_where(c, o, profile=profile) for o in c.children)):
        return True
    return any(x.i in blocked or is_figure_token(x) for x in c.subtree)


def _nothing_hanging(doc: Doc, verb: Token, hi: int) -> int:
    """``hi`` moved back over a word broken off ("made strong commit- — commitments": none of it) and over what
    a cut leaves hanging ("vaccinated no [later than mid-July]")."""
    while hi >= verb.i and (len(doc[hi].text) > 1 and doc[hi].text.endswith("-") or hi + 1 < len(doc)
                            and doc[hi + 1].text == "-" and not doc[hi].whitespace_):
        hi -= 1
    while hi > verb.i and doc[hi].pos_ in _FUNCTION_POS | {"ADV"}:
        hi -= 1
    return hi


def _verb_and_object(verb: Token, obj: Token, own: set[int], *, profile: Profile, limit: int) -> Phrase | None:
    """The verb with its object's phrase, which leaves room for the verb, so that the two hold at most ``limit``
    content words ("raised its policy rate")."""
    p = _phrase(obj, own, limit - count_content_words(verb.text, profile=profile), profile=profile)
    if not p.text:
        return None
    return Phrase(f"{verb.text} {p.text}", p.generic, min(verb.idx, p.start), max(verb.idx + len(verb.text), p.end))


def _verb_prep_candidates(verb: Token, anchor: Token, own: set[int], *,
                          profile: Profile, limit: int) -> Iterator[tuple[str, Phrase]]:
    """The verb's "for/in/on" phrase after the figure names the thing ("paying $700 a month for their
    insulin"), or its "for" phrase before it ("For services, staff project an average of 3 percent")."""
    after, before = _preps("verb_after", profile=profile), _preps("verb_before", profile=profile)
    for c in verb.children:
        if c.dep_ == "prep" and c.i not in own and not _dated(c) and (
                c.lower_ in after and c.i > anchor.i or c.lower_ in before and c.i < anchor.i):
            pobjs = [o for o in c.children if o.dep_ == "pobj" and not _where(c, o, profile=profile)]
            if pobjs:
                yield _verb_phrase(verb, c, pobjs[0], anchor, own, profile=profile, limit=limit)


def _verb_phrase(verb: Token, prep: Token, pobj: Token, anchor: Token, own: set[int], *, profile: Profile,
                 limit: int) -> tuple[str, Phrase]:
    """The verb's "for/on" phrase named with the verb's act when the figure is the amount the verb spends
    or pays ("will spend $40 million on new pipes": the spending on new pipes); else the phrase alone."""
    if (anchor.dep_ == "dobj" and anchor.head.i == verb.i and prep.lower_ in _preps("spending", profile=profile)
        and prep.i > anchor.i
            and verb.pos_ == "VERB" and verb.lemma_.lower() not in profile.words("light_verbs")
            and verb.lemma_.lower() not in profile.words("change_verbs")):
        p = _phrase(pobj, own, limit - 1, profile=profile)
        act = profile.table("act_nouns").get(verb.lemma_.lower()) or gerund(verb.lemma_.lower())
        if p.text and not p.generic:
            return "act-of-verb-on-phrase", Phrase(f"{act} {prep.lower_} {p.text}", False, verb.idx, p.end)
    return "verb-prepositional-phrase", _phrase(pobj, own, limit, profile=profile)


def gerund(lemma: str) -> str:
    """The "-ing" form of an English verb's lemma, by the spelling rules: "spend" -> "spending",
    "make" -> "making", "cut" -> "cutting", "die" -> "dying", "see" -> "seeing"."""
    vowels = "aeiou"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and len(lemma) > 2 and lemma[-2] not in "eoy":
        return lemma[:-1] + "ing"
    # One syllable ending consonant-vowel-consonant doubles its last letter ("cut", "put", "ship"), not w/x/y.
    if (len(lemma) >= 3 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels
            and sum(1 for k, ch in enumerate(lemma) if ch in vowels and (k == 0 or lemma[k - 1] not in vowels)) == 1):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def _acts(anchor: Token, own: set[int], *, profile: Profile) -> bool:
    """True when the figure's clause has a verb of its own that is not a light verb and has no object: what
    the figure measures is that act's, and a noun phrase elsewhere in the sentence would name another thing."""
    verb = governing_verb(anchor)
    if verb is None or verb.lemma_.lower() in profile.words("light_verbs") or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("dobj", "attr", "oprd") and c.i not in own for c in verb.children)


def _persons_clause(anchor: Token) -> bool:
    """True when the figure's clause is a personal relative clause ("..., who is 71 years old"): its figure is
    the person's (an age, a tenure), and a noun phrase before it belongs to another clause. (A "we" or "the
    bank" may still speak of a thing named before: "in domestic inflation, we are at 4.2%".)"""
    verb = governing_verb(anchor)
    subj = subject_of(verb) if verb is not None else None
    return subj is not None and subj.tag_ == "WP" and subj.head.dep_ == "relcl"


def _antecedent(pron: Token, *, profile: Profile) -> Token | None:
    """What "it" or "they" stands for: the first thing-subject of the sentence before."""
    sent = pron.sent
    if sent.start == 0:
        return None
    prev = pron.doc[sent.start - 1].sent
    return next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                 and not is_agent(t, profile=profile)), None)


def noun_phrase(tok: Token, skip: Collection[int] = frozenset(), *, profile: Profile,
                config: ConceptConfig | None = None) -> str:
    """The phrase a noun heads, without the figure's words, in at most ``config.max_content_words`` (six) content
    words (see ``_phrase``)."""
    return _phrase(tok, skip, (config or ConceptConfig()).max_content_words, profile=profile).text


def _phrase(tok: Token, skip: Collection[int], limit: int, *, profile: Profile) -> Phrase:
    """The phrase a noun heads, without the figure's words, cut to at most ``limit`` content words.

    The phrase is the stretch of the noun's subtree around it that holds neither a token of ``skip`` nor
    another figure ("the $1.2 trillion deficit" -> "deficit"). When it is too long, or a figure ends it
    inside a phrase, its tail is cut at the farthest phrase boundary (a preposition, a relative word, a
    participle; a conjunction only when there is no other) that leaves a whole phrase of at most ``limit``
    content words (:func:`_closed`, :func:`count_content_words`); then its front is cut, a written word at
    a time, while it is still too long.

    Returns:
        The phrase, whether it is made only of measure words and adjectives, and its characters.
    """
    doc = tok.doc
    sub = list(tok.subtree)
    first, last = sub[0].i, sub[-1].i

    def free(i: int) -> bool:
        return i not in skip and not is_figure_token(doc[i]) and doc[i].text not in (";", "—", "--", "(", ")")

    if tok.i in skip or tok.ent_type_ in ("DATE", "TIME") or tok.pos_ in ("PRON", "DET", "NUM"):
        return _NOTHING  # a time ("the year", "September") or a pronoun names no measured thing
    lo, hi = tok.i, tok.i
    while lo > first and free(lo - 1):
        lo -= 1
    while hi < last and free(hi + 1):
        hi += 1
    # The parse may start or end a subtree inside a written word ("Pass" of "Pass-through" left outside).
    while lo > 0 and _joined(doc, lo) and free(lo - 1):
        lo -= 1
    while hi + 1 < len(doc) and _joined(doc, hi + 1) and free(hi + 1):
        hi += 1
    hi = _set_off_dropped(doc, tok.i, hi, lambda i: i in skip)
    lo = _focus_dropped(doc, tok.i, lo)
    # Too long, or ended by a figure or a bracket inside a phrase ("the average increase posted over the
    # full [2015-2020] reform cycle"): cut back to a whole phrase.
    if _content(doc, lo, hi, profile=profile) > limit or not _closed(doc, tok.i, lo, hi + 1):
        hi = _cut_tail(doc, tok.i, lo, hi, limit, profile=profile)
    while _content(doc, lo, hi, profile=profile) > limit and lo < tok.i:
        lo += 1
        while lo < tok.i and _joined(doc, lo):  # the rest of a written word goes with it ("low-cost")
            lo += 1
    hi = _unfinished_clause_dropped(doc, tok.i, hi, skip, profile.words("light_verbs"))
    text, start, end = trimmed_span(doc, lo, hi)
    return Phrase(text, _only_measure_words(doc, lo, hi, profile=profile), start, end)


def _set_off_dropped(doc: Doc, head: int, hi: int, figure_at: Callable[[int], bool]) -> int:
    """``hi`` moved back before the first comma after the head that sets off what follows rather than listing
    more of the same ("the levy, which funds the parks", "new stands, including one for families", "the
    coach, Ms. Reyes": a relative clause, an example or an apposition says something of the thing, it is no
    part of its name); a comma between the items of a list ("buses, trams and ferries") or inside a place's
    name ("Leeds, England") stays, and so does a part set off that runs into the figure (``figure_at``, its own
    token after it): "the levy, which raised [$4 million]" is the figure's own clause, it says what it is."""
    into_figure = hi + 1 < len(doc) and figure_at(hi + 1)
    for k in range(head + 1, hi + 1):
        if doc[k].text != ",":
            continue
        nxt = k + 1
        while nxt <= hi and doc[nxt].is_space:
            nxt += 1
        if nxt <= hi and doc[k - 1].ent_type_ == doc[nxt].ent_type_ == "GPE":
            continue  # "Duluth, Minnesota": a place and the state or country it is in name one place
        if nxt > hi or not _continues_list(doc[nxt], k):
            if into_figure and not any(doc[j].text == "," for j in range(k + 1, hi + 1)):
                return hi
            return k - 1
    return hi


def _continues_list(t: Token, comma: int) -> bool:
    """Whether ``t``, right after the comma at ``comma``, goes on a list the words before the comma began: a
    conjunction, or a word inside a conjunct of a word before the comma."""
    if t.dep_ == "cc":
        return True
    while t.i > comma and t.head.i != t.i:
        if t.dep_ == "conj" and t.head.i < comma:
            return True
        t = t.head
    return False


def _focus_dropped(doc: Doc, head: int, lo: int) -> int:
    """``lo`` moved past adverbs that open the phrase and modify its noun or each other ("only the night buses",
    "not only the reserve fund"): they weigh the phrase in the speaker's sentence and are no part of a column
    head (an adverb of an adjective or a participle stays: "newly insured drivers")."""
    start, weighing = lo, ("NOUN", "PROPN", "DET", "ADV", "PART")
    while (lo < head and doc[lo].pos_ in ("ADV", "PART") and doc[lo].dep_ in ("advmod", "preconj", "neg")
           and start <= doc[lo].head.i <= head and doc[lo].head.pos_ in weighing and not _joined(doc, lo + 1)):
        lo += 1
    return lo


def _unfinished_clause_dropped(doc: Doc, head: int, hi: int, own: Collection[int],
                               light_verbs: Collection[str]) -> int:
    """``hi`` moved back over the words a stop inside the phrase left unfinished: a word hanging (through the
    phrase) on a word after the stop, a verb whose complement (object, complement, particle) is after it, and
    an auxiliary or a light verb (``light_verbs``) right before a break ("sites, which have [a figure]",
    "people who have — who have", "rules that have closed on comment and are —": "sites", "people", "rules
    that have closed on comment"). A clause broken off says nothing, and its relative word or auxiliary is no
    column head. A verb whose complement is the figure itself (``own``) stays: "an industry that made [$200
    billion]" says what the figure is."""
    broken = hi + 1 < len(doc) and doc[hi + 1].text in _BREAK_MARKS

    def hangs_on_cut(t: Token) -> bool:
        while t.i != head and t.head.i != t.i:  # up to the phrase's head: "in which [she continued]"
            t = t.head
            if t.i > hi:
                return True
        return False

    def unfinished(t: Token) -> bool:
        if t.pos_ in _DANGLING_AT_END or hangs_on_cut(t):
            return True
        if broken and (t.pos_ == "AUX" or t.lemma_.lower() in light_verbs):
            return True
        cut = [c for c in t.children if c.i > hi and c.dep_ in _COMPLEMENT_DEPS]
        return t.pos_ in ("VERB", "AUX") and bool(cut) and not any(x.i in own for c in cut for x in c.subtree)

    while hi > head and unfinished(doc[hi]):
        hi -= 1
    return hi


def _cut_tail(doc: Doc, head: int, lo: int, hi: int, limit: int, *, profile: Profile) -> int:
    """The last token to keep after ``head`` so that ``lo..`` holds at most ``limit`` content words and is a
    whole phrase (:func:`_closed`)."""
    # Never between a verb and its particle ("set | up") nor inside a name the NER marks ("the State | of the
    # Union Address"): what is left names another thing.
    places = [i for i in range(head + 1, hi + 1) if doc[i].dep_ != "prt" and doc[i].ent_iob_ != "I"]
    strong = [i for i in places
              if doc[i].pos_ in ("ADP", "SCONJ", "VERB", "PUNCT") or doc[i].tag_ in ("WDT", "WP", "WRB")]
    weak = [i for i in places if doc[i].pos_ == "CCONJ"]
    for cuts in (strong, weak):
        for i in reversed(cuts):
            if _content(doc, lo, i - 1, profile=profile) <= limit and _closed(doc, head, lo, i):
                return i - 1
    return _word_end(doc, head, hi + 1)  # no cut fits: the head alone, as a whole written word ("Pass-through")


def _closed(doc: Doc, head: int, lo: int, end: int) -> bool:
    """Whether tokens ``lo..end-1`` of the phrase of ``head`` are a whole phrase: they end between written
    words, and no written word of them but the head's hangs on a word at or after ``end`` (not "the full" of
    "the full reform cycle", nor "the council's" of "the council's aging blocks")."""
    if _joined(doc, end):
        return False
    k = lo
    while k < end:
        last = _word_end(doc, k, end)  # the written word k..last
        # Function words and marks left hanging ("legislation to [reduce]", "growth in the") are trimmed; a
        # piece hanging on another piece of its own word ("low" of "low-cost") hangs on nothing dropped.
        if not k <= head <= last and any(
                doc[j].pos_ not in _FUNCTION_POS and not k <= doc[j].head.i <= last and doc[j].head.i >= end
                for j in range(k, last + 1)):
            return False
        k = last + 1
    return True


def _word_end(doc: Doc, i: int, end: int) -> int:
    """The last token before ``end`` of the written word that token ``i`` is in or starts."""
    while i + 1 < end and _joined(doc, i + 1):
        i += 1
    return i


def _joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` continues the written word before it: no space between them, and it is a word
    ("cost" of "low-cost") or a hyphen inside one ("Five-Year"), not a mark that ends the word ("growth,"
    "month." before a line break or a quote, the dash of "discussion—the")."""
    if i == 0 or i >= len(doc) or doc[i - 1].whitespace_ or doc[i].is_space or doc[i - 1].is_space:
        return False
    if doc[i - 1].is_punct and doc[i - 1].text not in _INSIDE_WORD:
        return False  # a word after an opening bracket or quote starts a written word: "[the funds rate]"
    if doc[i].text[:1] in "'\u2019":
        return False  # a clitic is a word of its own for a cut: "inflation['s been]", "the council['s]"
    if not doc[i].is_punct:
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (doc[i].text in _INSIDE_WORD and not doc[i].whitespace_ and nxt is not None
            and not (nxt.is_punct or nxt.is_space))


def _content(doc: Doc, lo: int, hi: int, *, profile: Profile) -> int:
    """The content words of tokens ``lo..hi`` (:func:`count_content_words`)."""
    return count_content_words(doc[lo:hi + 1].text, profile=profile) if hi >= lo else 0


def count_content_words(text: str, *, profile: Profile) -> int:
    """The written words of ``text`` but the column head's function words (vocabulary
    ``column_head_function_words``): what the limit of six counts."""
    skip = profile.words("column_head_function_words")
    return sum(1 for w in _WRITTEN_WORD.findall(text.lower()) if w not in skip)


def _only_measure_words(doc: Doc, lo: int, hi: int, *, profile: Profile) -> bool:
    """True for a phrase that names a measure but no thing: "an annual growth rate", "a record high"."""
    content = [doc[i] for i in range(lo, hi + 1) if doc[i].pos_ not in _FUNCTION_POS and doc[i].pos_ != "PRON"]
    measure = profile.words("measure_nouns") | profile.words("time_nouns")
    # Adjectives and adverbs ("annual", "overall", "historical") add no thing either; a noun outside the list does.
    return bool(content) and all(t.pos_ in ("ADJ", "ADV", "NUM") or t.lemma_.lower() in measure
                                 or t.lower_ in measure for t in content)


def _nominal(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def _where(prep: Token, pobj: Token, *, profile: Profile) -> bool:
    """True for a phrase that says where or for whom, not what is measured: a place ("in some districts",
    "in other member economies", "in Ohio"), a person or an institution ("in the council") after a
    locative preposition (``concept_prepositions``: "locative")."""
    # Not every organisation the NER finds: it tags a rate's acronym as one ("3% for the DFR").
    places = profile.words("place_nouns") | profile.words("site_nouns") | profile.words("institution_nouns")
    return prep.lower_ in _preps("locative", profile=profile) and (
        pobj.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "PERSON") or pobj.lemma_.lower() in places
        or pobj.lower_ in places)


def _dated(prep: Token) -> bool:
    """True for a prepositional phrase that names a time ("in 2024", "for the year")."""
    return any(x.ent_type_ in ("DATE", "TIME") for x in prep.subtree)


def is_agent(tok: Token, *, profile: Profile) -> bool:
    """True when a subject is who acts (a person, an institution, a country), not what is measured: also the
    holder of an office ("the mayor") and a noun a personal pronoun stands beside ("you guys", "we taxpayers";
    not a possessive: "our exports")."""
    pronouns = profile.words("personal_pronouns")
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.lemma_.lower() in profile.words(
        "institution_nouns") | profile.words("offices") or tok.lower_ in pronouns or any(
        c.dep_ in ("nmod", "appos", "compound", "det") and c.lower_ in pronouns for c in tok.children)
