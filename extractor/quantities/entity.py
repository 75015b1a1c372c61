"""Whose figure it is: places, organisations and groups named around it, other than the host country."""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Doc, Span, Token

from ..lang.profile import Profile, per_profile
from ..pipeline.parsed import doc_text, entity_at
from .config import EntityConfig
from .host import LEADER_MARK
from .names import is_place_noun, norm_name
from .rules import RuleSet
from .syntax import word_after, word_before

if TYPE_CHECKING:
    pass

ENTITY_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


class Owner(NamedTuple):
    """Whose figure it is and how that was decided: the owner's name (None when the figure is decided to
    have none, e.g. the host's own), the mechanism's stable name (extractor/quantities/mechanisms.tsv) and
    the characters of the text that supplied the decision (None when no span did)."""

    name: str | None
    mechanism: str
    start: int | None = None
    end: int | None = None


#: A name found in the text with its characters.
Found = tuple[str, int, int]
#: Labels of named owners: a person too ("Secretary Yellen has almost 50 years of experience").
OWNER_LABELS = ENTITY_LABELS | {"PERSON"}


def entity_candidates(sent: Span, host: frozenset[str], ents: Sequence[Span],
                      chunks: Sequence[Span], text: str | None = None, *,
                      profile: Profile, config: EntityConfig) -> list[tuple[int, int, str]]:
    """Places, organisations and groups named in a sentence, other than the host country.

    Named entities are widened over a leading "X and" ("Belt and Road", "Central and Eastern
    Europe"); noun phrases headed by a word for a region, zone, group of countries or of people
    ("the eastern region", "developing countries", "corporations") count too.

    Args:
        sent: the sentence.
        host: the host country's names (lower case), which are never an entity.
        ents: the sentence's named entities (``Span.ents`` rescans the whole document, so the caller
            slices ``doc.ents`` once).
        chunks: the sentence's noun chunks, likewise.
        text: the document's text (``doc.text`` rebuilds the string from every token on each call,
            so the caller passes it once).
        profile: the language profile whose word lists it reads.

    Returns:
        (start char, end char, text) triples in text order.
    """
    doc = sent.doc
    text = doc_text(doc) if text is None else text
    out: list[tuple[int, int, str]] = []
    for e in ents:
        if e.label_ not in ENTITY_LABELS:
            continue
        start = e.start
        # "Belt and Road", "Central and Eastern Europe": a capitalised word and "and" before the name.
        # Not over the last word of another name of several words ("the European Union and the United States").
        if start - 2 >= sent.start and doc[start - 1].lower_ == "and" and doc[start - 2].text[:1].isupper() and (
                doc[start - 2].pos_ == "PROPN") and doc[start - 2].ent_iob_ != "I":
            start -= 2
        whole = _whole_name(e, profile=profile)
        if whole is None:
            continue
        start, end = min(start, whole.start), whole.end
        name = doc[start:end].text
        if (norm_name(name) in host or _not_an_owner(text, e, profile=profile, config=config)
                or _according_to(e.root, config=config) or _instrument(e.root, profile=profile)
                or _any_of_class(e.root, profile=profile) or (
                e.root.dep_ in ("amod", "compound", "nmod") and _any_of_class(e.root.head, profile=profile)) or (
                any(_numeral(t.text) for t in e)) or not _has_word(e) or _name_piece(e, profile=profile)
                or not any(c.isupper() for c in e.text) and _capitalises_names(doc)):
            # A figure the model took for a name ("¼ percent" read as a place) is no owner, nor a clitic or a
            # letter it tagged ("let's say": "'s"), nor a common noun in lower case ("the price of chile").
            continue
        out = [o for o in out if o[1] <= doc[start].idx]
        out.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), name))
    out += _group_candidates(doc, chunks, host, out, profile=profile)
    return sorted(out)


#: The recogniser's labels of a name that completes a body's name: the possessor before it or its "of" phrase.
_NAME_COMPLETERS = frozenset({"GPE", "ORG", "NORP", "LOC"})


def _whole_name(e: Span, *, profile: Profile) -> Span | None:
    """A body's name as said, where the recogniser cut it: with the place or body named as its possessor just
    before it ("Ruritania's Central Bank") and its "of" phrase when that is a name ("the Central Bank of
    Ruritania", "the Department of Fisheries"), the characters of the text as they stand. A body named by its
    bare noun alone ("the Department", "the Ministry"; vocabulary ``institution_nouns``) that is not the host
    (the caller tests the host) is some body the text named earlier in full, or not at all: no name (None),
    rather than a word that names no one."""
    doc = e.doc
    start, end = e.start, e.end
    if e.label_ != "ORG":
        return e
    if start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].ent_type_ in _NAME_COMPLETERS and (
            doc[start - 2].ent_iob_ != "O"):
        before = entity_at(doc[start - 2])
        if before is not None and before.end == start - 1:
            start = before.start
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == e.root.i:
        obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ in _NAME_COMPLETERS:
            after = entity_at(obj)
            if after is not None and after.start <= end + 2:
                end = after.end
    whole = doc[start:end]
    words = [t for t in whole if not t.is_punct and t.pos_ != "DET"]
    if len(words) == 1 and words[0].text[:1].isupper() and words[0].lower_ in profile.words("institution_nouns"):
        return None
    return whole


def _name_piece(e: Span, *, profile: Profile) -> bool:
    """Whether a named place or people is a piece of a longer name the recogniser cut: a capitalised word
    follows it, bound to it by the parse ("the Lakeside Four", "the Harbour Nine", "the Nordic Taoiseach"), a
    name or a title of which it is the first word; nobody's figure is the place's then. A place or people
    before a title of office (``offices``) whose phrase is its clause's subject says whose office acts ("the
    French President pledged 3 billion euros": France's), no piece of a name; said of another ("spoke with the
    Danish Premier about ...") it stays one."""
    doc = e.doc
    if e.label_ not in ("GPE", "LOC", "NORP") or e.end >= len(doc):
        return False
    nxt, root = doc[e.end], e.root
    if not (nxt.text[:1].isupper() and nxt.is_alpha and nxt.ent_type_ in ("", "CARDINAL")):
        return False
    bound = (root.head.i == nxt.i and root.dep_ in ("compound", "amod", "nmod")) or (
        nxt.head.i == root.i and nxt.dep_ in ("appos", "compound", "nummod"))
    if bound and root.dep_ in ("compound", "amod", "nmod"):
        head = root.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "the Canadian Prime Minister": the title's last word
        if head.lower_ in profile.words("offices") and head.dep_ in ("nsubj", "nsubjpass"):
            return False
    return bound


def _has_word(span: Span) -> bool:
    """Whether a name holds a word of two letters or digits at least ("EU", "U.S.", not "'s" or "Q")."""
    return any(sum(c.isalnum() for c in t.text) >= 2 for t in span)


def _numeral(word: str) -> bool:
    """A word written with digits or fraction signs alone ("25", "1,000", "¼"), not a name with a digit ("G7")."""
    return bool(word) and all(unicodedata.numeric(c, None) is not None or c in ".,/" for c in word)


def _group_candidates(doc: Doc, chunks: Sequence[Span], host: frozenset[str],
                      named: list[tuple[int, int, str]], *, profile: Profile) -> list[tuple[int, int, str]]:
    """Noun phrases headed by a word for a region, zone or group with a modifier that says which ("the
    eastern region", "developing countries"), outside the named entities already found."""
    out: list[tuple[int, int, str]] = []
    for c in chunks:
        if not is_place_noun(c.root.lower_, profile=profile) or any(a <= c.root.idx < b for a, b, _ in named) or (
                _any_of_class(c.root, profile=profile)):
            continue
        # A determiner-like adjective ("other", "many", "such") or a numeral does not say which.
        mods = [t for t in c if t.i < c.root.i and t.pos_ in ("ADJ", "PROPN", "NOUN")
                and t.lower_ not in profile.words("vague_modifiers")]
        plain = [t for t in mods if t.dep_ != "poss"]
        if any(t.like_num for t in c) or not mods or _kind_of_activity(c.root, plain or mods, profile=profile) or (
                _speakers_own(list(c.root.children), profile=profile)):
            continue  # nor "our humanitarian partners": the host's own side
        name = doc[mods[0].i:c.root.i + 1].text
        if norm_name(name) not in host and not _host_place(c.root, host, profile=profile):
            out.append((mods[0].idx, c.end_char, name))
    return out


#: A speaker label at the start of a line ("MR. ZIENTS:", "DR. FAUCI:", "Q:").
_LABEL_RE = re.compile(r"[ \t\xa0]*[A-Z][A-Z.\-'’ \t\xa0]*:")
_PERIOD_CODE_RE = re.compile(r"[QH][1-4]|FY\s?\d{2,4}")


def _capitalises_names(doc: Doc) -> bool:
    """Whether the document writes names with a capital (some name the recogniser found opens with one and
    is not all capitals, as a speaker label is): only then is a name in lower case a common noun the
    recogniser misread ("the price of chile"); a transcript written all in lower case (speech to text) says
    "france" for France. Read once per document."""
    key = "entity.capitalises_names"
    if key not in doc.user_data:
        doc.user_data[key] = any(e.text[:1].isupper() and not e.text.isupper() for e in doc.ents)
    return bool(doc.user_data[key])


def _not_an_owner(text: str, e: Span, *, profile: Profile, config: EntityConfig) -> bool:
    """True for a named entity that owns no figure: a speaker label, an honorific, a quarter code ("Q4")."""
    name = e.text.strip().rstrip(".")
    if name.lower() in profile.words("honorifics") | profile.words("title_abbreviations") or (
            _PERIOD_CODE_RE.fullmatch(name)):
        return True
    if _false_start(e, config=config):
        return True
    if name.upper() != name:
        return False
    line_start = text.rfind("\n", 0, e.start_char) + 1
    label = _LABEL_RE.match(text, line_start)
    return label is not None and label.end() >= e.end_char


def _false_start(e: Span, *, config: EntityConfig) -> bool:
    """A name broken off by a dash and said again in full just after ("the Harbour — to the Harbour Renewal
    Plan"): the speaker's false start, the fragment of another name, not a name of its own."""
    doc = e.doc
    words = [t.lower_ for t in e if t.pos_ != "DET"]
    if not words or e.end >= len(doc) or not doc[e.end].is_punct:
        return False
    after = [t for t in doc[e.end + 1:e.end + 1 + config.repair_reach + len(words) + 2] if not t.is_space]
    for k in range(min(config.repair_reach, len(after) - len(words))):
        if [t.lower_ for t in after[k:k + len(words)]] == words and after[k + len(words)].pos_ == "PROPN":
            return True
    return False


#: Units of a span of time: the only figures a person owns ("she has 30 years of experience").
_DURATION_UNITS = frozenset({"yr", "mo", "d", "h", "min"})


def figure_owner(doc: Doc, start: int, end: int, candidates: Sequence[tuple[int, int, str]],
                 host: frozenset[str], multiple: bool = False, unit: str | None = None, *, profile: Profile,
                 config: EntityConfig) -> Owner:
    """Whose figure it is (:func:`_owner_of`); a person owns only a span of time, their years of service or
    their age ("Director Lopez has 30 years of experience"): what a person proposes, cuts or says ("the
    senator proposed $10 billion") is not theirs."""
    found = _owner_of(doc, start, end, candidates, host, multiple, profile=profile, config=config)
    if unit in _DURATION_UNITS and (_counted_from_event(doc, start, end, offsets=profile.words("span_offsets"))
                                    or _horizon(doc, start, end, profile=profile)
                                    or _superlative_frame(doc, start, end)):
        # "two years after their first report", "ten years ago", "people retiring in 10 years", "the biggest
        # harvest in 30 years": a span that dates an event or sets a horizon from now measures nobody's figure,
        # whoever acts in the clause, and none is carried to it from the sentences before.
        return Owner(None, "span-dates-event")
    if found.name is None or found.start is None or found.end is None:
        return found
    if found.mechanism == "estimate-author" and unit == "count":
        # "the charity estimates [the flood has displaced 40,000 people]": a count it reports is of the world,
        # whose source it is (``estimating_verbs``), not its own estimate's figure.
        return Owner(None, "source-of-figure", found.start, found.end)
    if found.mechanism in ("projection-author", "estimate-author", "tenure-of-another",
                           "recipient-of-host-act") and unit in _DURATION_UNITS:
        # "the forecast says it costs $5 billion over 10 years": its horizon; "the four-year-long closure under
        # the previous government": how long a thing lasted within the tenure, not the office-holder's figure;
        # "we will give 30 days to firms in Peru to comply": a time the host allows is a deadline, not a grant
        return Owner(None, "no-owner-found")  # "the forecast says it costs $5 billion over 10 years": its horizon
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    # "he", "she" are resolved to people only.
    person = found.mechanism == "pronoun-antecedent" or span is not None and span.root.ent_type_ == "PERSON"
    # A span dating the subject's act is not the subject's ("two weeks after the vote, the governor has yet
    # to ..."); a span a partner phrase names a person for is ("18 months in office for the mayor").
    subject = found.mechanism in ("subject-of-clause", "pronoun-antecedent")
    timed = subject and unit in _DURATION_UNITS
    counted = timed and _counted_from_event(doc, start, end)
    # A person a phrase of company names ("worked with the chief for eight months") shares the act, whose
    # figure is not theirs, whatever the unit; "a 12-year sentence for the chief" is the chief's.
    partner = found.mechanism == "partner-phrase" and span is not None and span.root.dep_ == "pobj" and (
        span.root.head.lower_ in profile.words("company_prepositions"))
    if person and (unit not in _DURATION_UNITS or partner or counted or _names_a_thing(doc, start, end, profile=profile)
                   or timed and _dating_span(doc, start, end, profile=profile)):
        return Owner(None, "person-not-owner", found.start, found.end)
    if counted:
        # Nor a body's or a place's: "the club was a year out of its move", "two weeks after the vote, the
        # council has yet to ...": a span counted back or on from an event dates it; it is nobody's.
        return Owner(None, "no-owner-found")
    return found


def _superlative_frame(doc: Doc, start: int, end: int) -> bool:
    """Whether a span of time is the "in" frame of a first or a superlative ("the first visit of a mayor to
    Leeds in nearly a decade", "the club's biggest win in 30 years"): it says since when nothing like it
    happened, nobody's figure."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    head = prep.head
    nouns = [head] + [c for c in head.children if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")]
    return any(m.tag_ == "JJS" or m.ent_type_ == "ORDINAL" for n in nouns for m in n.children
               if m.dep_ == "amod" and m.i < n.i)


def _names_a_thing(doc: Doc, start: int, end: int, *, profile: Profile) -> bool:
    """Whether a span of time says how long a thing lasts, as its modifier ("she proposed a *five-year*
    extension", "a *12-week* leave"): the thing's length, not the person's service or age."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    # A possessed noun is the possessor's own ("his four-year term", "the chief's 12-week leave").
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" and root.head.i not in range(
        span.start, span.end) and not _timely(root.head, profile=profile) and not any(
        c.dep_ == "poss" for c in root.head.children)


def _counted_from_event(doc: Doc, start: int, end: int, offsets: frozenset[str] | None = None) -> bool:
    """Whether a span of time counts back or on from an event ("two weeks *after* the vote", "a year *out
    of* the election", "ten years *ago*", "two weeks *since* the mayor was here"): the span modifies a
    preposition or an adverb (with ``offsets``, one of those words only: "three years *longer* than" is a
    gap between two figures, no event), or a clause opened by a conjunction hangs on it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ != "npadvmod":
        return False
    root = span.root
    return root.head.pos_ in ("ADP", "ADV", "SCONJ") and (offsets is None or root.head.lower_ in offsets) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) for c in root.children)


def _horizon(doc: Doc, start: int, end: int, *, profile: Profile) -> bool:
    """Whether a span of time is a horizon counted from now ("the fund will run out *in 10 years*", "for
    people retiring *within five years*"): the object of a ``horizon_prepositions`` word on a verb that
    speaks of the future, with a modal ("will", "would") or in the progressive ("are retiring"), and takes no
    object. A span an act on an object lasts ("built it in two years", "could take the city in two days") is
    not one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in profile.words("horizon_prepositions"):
        return False
    verb = prep.head
    # "could take the city in two days": an act done on an object within the span is timed by it, not dated.
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return verb.tag_ == "VBG" or any(c.tag_ == "MD" for c in verb.children)


def _dating_span(doc: Doc, start: int, end: int, *, profile: Profile) -> bool:
    """Whether a span of time dates an event rather than measuring a person's service or age: it counts
    back or on from an event ("two weeks after the vote", "ten years ago") or frames a superlative "in"
    ("the largest budget in almost 30 years"); "served for 12 years", "has 30 years of experience", "is 64
    years old" are the person's own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ == "npadvmod" and root.head.pos_ in ("ADP", "ADV"):
        return True
    return root.dep_ == "pobj" and root.head.lower_ not in profile.words("person_span_prepositions")


def _owner_of(doc: Doc, start: int, end: int, candidates: Sequence[tuple[int, int, str]],
              host: frozenset[str], multiple: bool = False, *, profile: Profile, config: EntityConfig) -> Owner:
    """Whose figure it is, read from the parse, when narrower than the host; with how it was decided.

    In order: a partner or beneficiary phrase of the figure's own noun phrase ("a $30 billion tax break
    *for the oil industry*", "exports *to the EU*"), its possessor ("*the company's* revenue"); then, clause
    by clause up from the figure, the subject when it acts rather than being what is measured ("*the
    prior administration* created 60,000 jobs", "*lower-wage workers* got a 4 percent raise"; "exports rose"
    names no owner but its "to/from" phrase may), a pronoun resolved to the subject of the sentence before
    ("*He* served for 36 years"), an indirect object ("costing *its residents* $1 million"); last, a named
    place or group of the figure's own clause. A first-person subject ("we added 500,000 jobs") or the host
    institution as subject ("the Board raised the rate by 25 basis points") is the host's own figure: no
    owner. No owner is better than a wrong one: a noun that is neither named, nor a place, body or group
    that says which, nor a group of people, owns nothing.

    Args:
        doc: the parsed document.
        start: the figure's first character (``end``: its end).
        candidates: the sentence's named places and groups (``entity_candidates``).
        host: the host's names (country and institution).
        multiple: the figure is a multiple ("twice the rate for white workers"): the noun it multiplies is
            the baseline, whose partner phrase is not the owner.
        profile: the language profile whose word lists it reads.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return Owner(None, "no-owner-found")
    anchor = span.root
    figure = _Figure(span, anchor, set(range(span.start, span.end)),
                     [anchor] if multiple else _figure_nouns(anchor, profile=profile), candidates, host,
                     profile=profile, config=config)
    decided = _FIGURE_RULES.decide(figure)
    return decided[1] if decided is not None else Owner(None, "no-owner-found")


@dataclass(frozen=True)
class _Figure:
    """A figure as the owner rules of :data:`_FIGURE_RULES` see it."""

    span: Span
    #: The token that stands for the figure in the parse (the span's root).
    anchor: Token
    #: The figure's own tokens, which never name its owner.
    own: set[int]
    #: The figure's own noun and the nouns its phrase hangs on (:func:`_figure_nouns`); the anchor alone for
    #: a multiple, whose noun is the baseline.
    nouns: list[Token]
    candidates: Sequence[tuple[int, int, str]]
    host: frozenset[str]
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)
    #: The thresholds its rules read.
    config: EntityConfig = field(kw_only=True, repr=False, compare=False)

    @cached_property
    def walk(self) -> tuple[Owner | None, tuple[int, int] | None]:
        """What the clauses up from the figure say (:func:`_walk_clauses`), read once for the rules that ask."""
        return _walk_clauses(self.anchor, self.own, self.host, profile=self.profile, config=self.config)


def _company_of_subject(f: _Figure) -> Owner | None:
    """ "The league and the city, together with more than 30 sponsors, have pledged ...": a figure in a phrase
    of company on a clause's subject, set off by commas and marked as company (vocabulary
    ``accompaniment_words``: "together with", "along with", "alongside"), counts those who keep the subject
    company; neither the subject, nor what the clause names, nor a place of its sentence owns it. A bare
    "with" ("the port, with 3,000 workers, is ...") says what the subject has, and is read as before."""
    t = f.anchor
    marks = f.profile.words("accompaniment_words")
    for _ in range(f.config.head_depth):
        if t.head.i == t.i:
            return None
        if t.dep_ == "prep" and (t.lower_ in marks or any(
                c.dep_ == "advmod" and c.lower_ in marks for c in t.children)) and (
                t.head.dep_ in ("nsubj", "nsubjpass")) and _between_commas(t):
            return Owner(None, "company-of-subject", t.head.idx, t.head.idx + len(t.head))
        t = t.head
    return None


def _between_commas(phrase: Token) -> bool:
    """Whether the phrase a token heads (its whole subtree, "together with 30 sponsors") stands between
    punctuation, an aside; "households with one child in Oslo" says which households."""
    doc = phrase.doc
    before, after = word_before(doc, phrase.left_edge.i), word_after(doc, phrase.right_edge.i)
    return before >= 0 and doc[before].is_punct and (after >= len(doc) or doc[after].is_punct)


def _age_of_noun(f: _Figure) -> Owner | None:
    """ "the 40-year-old Harbour Bridge", "12-year-old pupils", "a 70-year-old footbridge": an age written as a
    modifier is the age of the noun it describes, named with its modifiers. A common noun owns its age as a
    name does (GUIDELINES: the entity is whose the figure is; the gold names "bridge" for a bridge's age)."""
    t = f.anchor
    ages = f.profile.words("age_adjectives")
    if t.lower_ not in ages and t.head.lower_ in ages:
        t = t.head
    noun = t.head
    # Not a form in -ing the parser took for a noun ("a 25-year-old living alone": the person, unnamed).
    if t.lower_ not in ages or t.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN") or noun.i in f.own or (
            noun.lower_.endswith(tuple(f.profile.words("progressive_endings")))):
        return None
    if noun.tag_ == "NN" and noun.ent_type_ not in OWNER_LABELS and (
            _people(noun, profile=f.profile) or noun.lemma_.lower() in f.profile.words("people_heads")
            or _one_by_form(noun, profile=f.profile)):
        # "a 13-year-old girl", "the 40-year-old teacher": the age of one unnamed person, who is no party.
        return Owner(None, "unnamed-individual", noun.idx, noun.idx + len(noun))
    named = _owner_text(t.head, f.own | set(range(t.left_edge.i, t.i + 1)), f.host, profile=f.profile,
                        config=f.config)
    return Owner(named[0], "age-of-noun", named[1], named[2]) if named else None


def _one_by_form(noun: Token, *, profile: Profile) -> bool:
    """Whether a singular common noun an age describes is one person by its form, an English ending of one
    who is someone (vocabulary ``person_endings``: "fisherman", "woman", "cyclist"; not "-er" or "-or", which end
    machines and firms as often as people), with
    no possessor (one's "nine-year-old daughter" is that one's relation, read as before) and not a body, an
    enterprise, a place, a measure or a time ("the 50-year-old center", "quarter")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma.endswith(tuple(profile.words("person_endings"))) and not any(
        c.dep_ == "poss" for c in noun.children) and not (
        _agentive(noun, profile=profile) or lemma in profile.words("measure_nouns")
        or _timely(noun, profile=profile))


def _noun_partner(f: _Figure) -> Owner | None:
    """ "a $30 billion tax break *for the oil industry*", "exports *to the EU*", "*the company's* revenue": a
    partner or beneficiary phrase, or a possessor, of the figure's own noun phrase (:func:`_partner`)."""
    return next((found for noun in f.nouns
                 if (found := _partner(noun, f.own, f.host, profile=f.profile, config=f.config)) is not None), None)


def _host_in_relative_clause(f: _Figure) -> Owner | None:
    """ "the $4 billion that we requested", "the three aims that I set out", "the $2 million you asked for": the
    figure's noun carries a relative clause whose subject is the speaker or the one addressed; the figure is
    the host's own, whoever else the sentence names (a partner of the noun was read before). Not a verb of
    perceiving or bearing (``perception_verbs``: "the job cuts that we have seen at the plant", "the tariff that
    we face"), a subject with others joined to it ("the fund that we and Norway set up"), nor a clause with a
    named recipient of its own ("the 14 tanks that we sent to Poland": read from the clause)."""
    speakers, telling = f.profile.words("speaker_pronouns"), verbs_of_telling(f.profile)
    unowned = telling | f.profile.words("perception_verbs")
    anchor = f.anchor
    nouns = [anchor] + ([anchor.head] if anchor.dep_ in ("nummod", "compound", "quantmod", "amod") else [])
    for noun in nouns:
        for rel in (c for c in noun.children if c.dep_ == "relcl"):
            subj = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # The noun is what the clause acts on: no object of its own after the verb, no "where"/"when", no
            # "that" the parse could not place as the object ("attacks that we helped defend"), not one the
            # speaker tells of ("$900 million, which we think is too high": another's figure judged).
            if subj is None or subj.lower_ not in speakers or rel.lemma_.lower() in unowned or subj.conjuncts:
                continue
            if not any(c.tag_ == "WRB" or c.dep_ == "mark" or (c.dep_ in ("dobj", "ccomp") and c.i > rel.i)
                       or _names_recipient(c, profile=f.profile) for c in rel.children):
                return Owner(None, "host-in-relative-clause", subj.idx, subj.idx + len(subj))
    return None


def _names_recipient(prep: Token, *, profile: Profile) -> bool:
    """Whether a verb's child is a recipient phrase ("to"/"for", vocabulary ``recipient_prepositions``) whose
    object is a name the recogniser gives a party ("sent to Poland")."""
    return prep.dep_ in ("prep", "dative") and prep.lower_ in profile.words("recipient_prepositions") and any(
        o.dep_ == "pobj" and o.ent_type_ in OWNER_LABELS for o in prep.children)


def _possessed_by_speaker(f: _Figure) -> Owner | None:
    """ "our 2 percent target", "your mandate of 2 percent" (a reporter to the official): the host's own figure."""
    return _speaker_possessive(f.nouns, profile=f.profile)


def _tenure_of_another(f: _Figure) -> Owner | None:
    """ "60,000 jobs a month during the final three months of the Lakeside administration", "under the
    previous government, fares rose 40 percent": a "during"/"under" phrase (``tenure_prepositions``) of the
    figure's nouns or of its verb that names another's time in office (``tenure_nouns``, reached through
    "of": "the last months of ...") makes the figure that office-holder's record, when a name or a word of
    the one before (``predecessor_words``) says whose; "under this administration", "the Arden government"
    of the host's own leader, "his term" name no other."""
    verb = _verb_above(f.anchor, config=f.config)
    if _acted(f, verb) or f.anchor.lower_ in f.profile.words("multiple_words") or (
            f.profile.table("unit_words").get(f.anchor.lower_) == "times"):
        # "the company received a $3 million loan under the last administration", "they raised it three times
        # during the Lakeside administration": the actor's figure, the tenure only dates it.
        return None
    # A name says another's tenure only where the host's leader is known ("the Arden administration" in
    # Arden's own briefing is the host's).
    leader_known = any(h.startswith(LEADER_MARK) for h in f.host)
    heads = [*f.nouns, *([verb] if verb is not None else [])]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in f.profile.words("tenure_prepositions") or any(
                    t.i in f.own for t in prep.subtree):
                continue  # "during the final three months of ...": the span itself dates, nobody's
            noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
            for _ in range(f.config.head_depth):
                if noun is None or _tenure_noun(noun, profile=f.profile):
                    break
                of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                noun = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            if noun is None or not _tenure_noun(noun, profile=f.profile) or noun.i in f.own:
                continue
            if _is_host(noun, f.host) or not any(
                    m.dep_ in ("poss", "compound") and m.pos_ == "PROPN" and m.ent_type_ in OWNER_LABELS
                    and leader_known or m.dep_ == "amod" and m.lower_ in f.profile.words("predecessor_words")
                    for m in noun.children):
                return None
            named = _owner_text(noun, f.own, f.host, profile=f.profile, config=f.config)
            return Owner(named[0], "tenure-of-another", named[1], named[2]) if named else None
    return None


def _tenure_noun(noun: Token, *, profile: Profile) -> bool:
    """Whether a noun names a time in office: an office's (``tenure_nouns``: "administration", "government"), or
    a span in any role (``tenure_span_nouns``: "term", "watch") an office-holder possesses ("Mayor Reyes's term",
    "the previous mayor's watch"); "the last term of the contract", "during the previous term" are not."""
    lemma = noun.lemma_.lower()
    return lemma in profile.words("tenure_nouns") or lemma in profile.words("tenure_span_nouns") and any(
        c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lemma_.lower() in profile.words("offices"))
        for c in noun.children)


def _acted(f: _Figure, verb: Token | None) -> bool:
    """Whether the figure's clause names one who acts: an active subject outside the figure (of the verb, of
    the verb an infinitive completes, or the antecedent of a relative clause's "who"/"that") that is neither a
    thing pointed back to ("that", "it") nor what a verb of measure moves ("fares rose 40 percent")."""
    if verb is None:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or any(t.i in f.own for t in subj.subtree):
        return False
    if subj.pos_ == "PRON" and not (verb.dep_ == "relcl" and subj.lower_ in f.profile.words("relative_pronouns")):
        return subj.lower_ not in f.profile.words("thing_pronouns") - f.profile.words("group_pronouns")
    return verb.lemma_.lower() not in f.profile.words("measure_verbs")


def _named_by_clause(f: _Figure) -> Owner | None:
    """The owner a clause up from the figure names (:func:`_walk_clauses`, :data:`_CLAUSE_RULES`): its acting
    subject, a resolved pronoun, an indirect object."""
    found = f.walk[0]
    return found if found is not None and found.name is not None else None


def _sector_of_figure(f: _Figure) -> Owner | None:
    """ "We saw 331,000 jobs *in leisure and hospitality*": the "in" phrase of the figure's nouns or of its
    verb naming a place, a body or the sector of a count, even when the host speaks (``_partner``'s ``weak``)."""
    verb = _verb_above(f.anchor, config=f.config)
    counts = _is_count(f.anchor, f.own)
    people = _counted_nationals(f) if counts else None
    found = next((got for noun in f.nouns if (got := _partner(noun, f.own, f.host, weak=True, counts=counts,
                                                              profile=f.profile, config=f.config)) is not None), None)
    if people is not None and not _named_org(f.anchor.doc, found):
        return people
    if found is None and counts:
        # "50 amendments that have been filed in the Senate": where the counted things were made, named by the
        # "in" phrase of a relative clause on them (a named place or body only, never a field of activity).
        found = next((got for c in f.anchor.head.children if c.dep_ == "relcl" and (
            got := _partner(c, f.own, f.host, weak=True, profile=f.profile, config=f.config)) is not None), None)
    if found is not None or verb is None:
        return found
    # "55 firms paid nothing in tax": a bare noun of the verb's phrase says how the counted ones act, not their
    # sector; a named place still says where ("200 people died in the capital").
    acting = _counts_subject(verb, f.own)
    return _partner(verb, f.own, f.host, weak=True, counts=counts and not acting, profile=f.profile,
                    config=f.config)


def _named_org(doc: Doc, found: Owner | None) -> bool:
    """Whether an owner found is a body the recogniser names (``ORG``: "the Senate"), not a place."""
    if found is None or found.start is None or found.end is None:
        return False
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ == "ORG"


def _counted_nationals(f: _Figure) -> Owner | None:
    """ "six Lithuanians still held in the port", "a Chilean detained in Peru": a count of people named by
    their nationality or their people (the recogniser's ``NORP``) are of that people, not of the place where
    they are; its "in" phrase says where, and no place of the clause owns them. Empty on purpose. A body they
    sit in ("40 Greens in the Senate") is read as before (:func:`_sector_of_figure`)."""
    noun = f.anchor.head if f.anchor.dep_ == "nummod" else f.anchor
    if noun.ent_type_ != "NORP" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return Owner(None, "nationals-counted", noun.idx, noun.idx + len(noun))


def _clause_without_owner(f: _Figure) -> Owner | None:
    """The host speaks or acts in a clause up from the figure, or a "he" there is not resolved: the walk's
    answer without a name stands, and no named place of the clause is taken."""
    return f.walk[0]


def _named_in_clause(f: _Figure) -> Owner | None:
    """A named place or group before the figure in its clause or a clause it hangs under
    (:func:`_named_in_reach`)."""
    return _named_in_reach(f.span, f.walk[1], f.candidates, profile=f.profile)


def _they_of_clause(f: _Figure) -> Owner | None:
    """ "They pay a levy of 6 percent": when nothing else names the owner, the group a "they" subject of the
    figure's own clause (or of the clause its infinitive completes, "they want to add $3 billion") stands
    for (:func:`_group_antecedent`). Not for a figure that says what they are ("they were the only two
    speakers"): that counts them; nor for one in a phrase on another noun ("they expect much from the two
    mayors' meeting"): that describes the noun, not their figure."""
    verb = _verb_above(f.anchor, config=f.config)
    if verb is None or verb.lemma_.lower() in f.profile.words("measure_verbs"):
        return None  # "they rose 15 percent": the thing measured rose, whatever the group before
    acts = _group_act(f.anchor, verb, profile=f.profile)
    if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    if any(n.dep_ == "attr" for n in [f.anchor, *f.nouns]) or _on_another_noun(f.anchor, verb):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in f.profile.words("group_pronouns"):
        return None
    return _group_antecedent(subj, f.host, acts, profile=f.profile, config=f.config)


def _group_act(anchor: Token, verb: Token, *, profile: Profile) -> bool:
    """Whether the figure counts what a group does: it is in its verb's object ("they pay 8 percent in tax",
    "they lost 300 jobs", "they pay a levy of 6 percent"), and that object is no change ("they expect a 10
    percent rise": a rise of something else; vocabulary ``change_nouns``)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i <= anchor.i <= c.right_edge.i),
               None)
    if obj is None:
        return False
    changes = profile.words("change_nouns")
    return obj.lemma_.lower() not in changes and not any(
        t.lemma_.lower() in changes for t in anchor.ancestors if obj.left_edge.i <= t.i <= obj.right_edge.i)


def _on_another_noun(anchor: Token, verb: Token) -> bool:
    """Whether the way up from the figure to its clause's verb passes a phrase on a noun ("expectations *from*
    the two mayors' meeting"); "of" gives a noun its content ("cuts *of* 2,000 posts") and does not count."""
    t = anchor
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ != "of" and t.head.pos_ in ("NOUN", "PROPN"):
            return True
        t = t.head
    return False


def _counted_nouns(f: _Figure) -> list[Token]:
    """The nouns a figure counts or takes a share of: the noun a bare number counts ("12 Coast Guard *cutters*"),
    and the noun of a share's "of" phrase ("80 percent of the Red Cross *beds*"); never a noun with a possessor
    (whose it is the possessor says, read by :func:`_noun_partner` or :func:`_possessed_by_speaker`), a
    measure or a time, nor one a verb acts on ("the police detained 40 Ajax fans": the act is its subject's,
    :func:`_target_of_act`)."""
    t = f.anchor
    nouns = [t.head] if _is_count(t, f.own) else []
    share = t.head if t.dep_ == "nummod" and t.head.i in f.own else t
    nouns += [o for c in share.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.i not in f.own]
    return [n for n in nouns if not (
        any(c.dep_ == "poss" for c in n.children) or _timely(n, profile=f.profile)
        or _target_of_act(n) and not _held_or_listed(n, profile=f.profile)
        or n.lemma_.lower() in f.profile.words("measure_nouns") or _any_of_class(n, profile=f.profile))]


def _held_or_listed(noun: Token, *, profile: Profile) -> bool:
    """Whether the verb a counted noun is the object of only has or lists it, no one acting on it: a light verb
    (vocabulary ``light_verbs``: "you have 13,000 Oxfam staff there") or a verb whose subject is a thing pointed
    back to ("this includes 15 members of the Lisbon council"). The counted ones stay their body's; "the
    police detained 40 Ajax fans" is the police's act."""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head if verb.head.pos_ in ("VERB", "AUX") else verb.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    things = profile.words("thing_pronouns") - profile.words("group_pronouns")
    # Not a relative "that", which stands for an actor ("the drone that flew over three NATO states").
    return verb.lemma_.lower() in profile.words("light_verbs") or verb.dep_ != "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in things for c in verb.children)


def _body_named_on_count(f: _Figure) -> Owner | None:
    """ "8,000 Coast Guard staff", "60 percent of the Red Cross volunteers", "the 40 Ajax players": a body the
    recogniser names (``ORG``) as the modifier of the noun for people or bodies a figure counts is whose the
    counted ones are, as a named place or people is (:func:`_owning_modifier`); the name must end right before
    the noun and not run into it.
    Not what a verb acts on (:func:`_counted_nouns`: "the airline ordered 300 Boeing jets" is the airline's
    order, read from its clause), nor the host, an instrument or a source (:func:`_owner_text`)."""
    modifiers = ("compound", "nmod", "amod")
    for noun in _counted_nouns(f):
        if noun.ent_type_ or not _member_or_body(noun, profile=f.profile):
            # "12 Fed Governors" as one name: the noun is part of it. A body's name on things counted says
            # their maker or their programme as often as whose they are ("60 million AstraZeneca doses", "a
            # $3 million PPP loan", "40 Navy containers", "600 Amazon customers"): only its members or bodies
            # counted are the body's.
            continue
        # The name on the noun, or on a common noun that says which of them ("27 EU member states").
        mods = [c for c in noun.lefts if c.dep_ in modifiers]
        mods += [k for c in mods if c.pos_ == "NOUN" and not c.ent_type_ for k in c.lefts if k.dep_ in modifiers]
        for c in mods:
            if c.ent_type_ != "ORG" or c.i in f.own:
                continue
            ent = entity_at(c)
            # Not a name the recogniser ran into the figure ("the 7 Board members": "7 Board"), nor an event's
            # ("1,000 World Cup volunteers": whose they are the event does not say).
            if ent is None or ent.end > noun.i or any(t.i in f.own for t in ent) or any(
                    t.dep_ != "compound" or t.pos_ != "NOUN" or t.ent_type_ for t in f.anchor.doc[ent.end:noun.i]
            ) or _names_event(c, profile=f.profile):
                continue
            found = _owner_text(c, f.own, f.host, profile=f.profile, config=f.config)
            if found:
                return Owner(found[0], "named-modifier", found[1], found[2])
    return None


def _group_of_members(f: _Figure) -> Owner | None:
    """ "five members of the G7", "40 officers of the city police", "twelve of the 27 EU member states": people
    or bodies a figure counts, said to be of a named place, body or people, or of one a modifier says which,
    belong to that group. The counted noun is one of people or of bodies (a copy or a page "of the Times" is
    a product's); a number standing alone before "of" ("twelve of the ...") takes the noun after it and the
    name that modifies it. Not what a verb acts on (:func:`_counted_nouns`)."""
    counted = [n for n in _counted_nouns(f) if n.head.lower_ != "of"]
    partitive = f.anchor.pos_ == "NUM" and f.anchor.dep_ != "nummod" and not _target_of_act(f.anchor)
    members = [n for n in counted if _member_or_body(n, profile=f.profile)]
    if partitive:
        members.append(f.anchor)
    for noun in members:
        for c in noun.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for o in c.children:
                if o.dep_ != "pobj" or o.i in f.own or _timely(o, profile=f.profile) or any(
                        k.dep_ == "poss" and k.pos_ == "PRON" for k in o.children):
                    continue
                group: Token | None = o
                if noun.i == f.anchor.i and o.ent_type_ == "NORP":
                    continue  # "2 million of the 6 million Venezuelans": the people counted, no group they are of
                if noun.i == f.anchor.i and o.ent_type_ not in ENTITY_LABELS:
                    # "twelve of the 27 EU member states": the name on the noun the number picks from.
                    group = next((k for k in o.children if k.dep_ in ("compound", "amod", "nmod")
                                  and k.ent_type_ in ("ORG", "GPE", "NORP") and k.i not in f.own), None)
                elif not (o.ent_type_ in ENTITY_LABELS or _specific_group(o, f.host, profile=f.profile)):
                    continue
                if group is None:
                    continue
                if _listed_with_others(group, noun, profile=f.profile):
                    return None  # "15 leaders of the port authority, the police and the fire service": of which, unsaid
                found = _owner_text(group, f.own, f.host, profile=f.profile, config=f.config)
                if found:
                    return Owner(found[0], "group-of-members", found[1], found[2])
    return None


def _listed_with_others(group: Token, counted: Token, *, profile: Profile) -> bool:
    """Whether a group the counted ones are "of", or the head of its name, is one of a list of bodies ("leaders
    of the port authority, the police and the fire service"; the parser may hang the later ones on the counted
    noun): a group named so does not say which of them the ones counted are of. Not another count of its own
    ("15 leaders of the council and 20 members of the board")."""
    ent = entity_at(group) if group.ent_type_ else None
    head = ent.root if ent is not None else group
    return bool(head.conjuncts) or any(
        k.dep_ == "conj" and k.i > head.i and (k.ent_type_ in ENTITY_LABELS or _agentive(k, profile=profile))
        and not any(n.dep_ == "nummod" for n in k.children) for k in counted.children)


#: Whose a figure is, strongest first: none when it counts a subject's company, the noun an age describes, its
#: own noun phrase's partner or possessor, a relative clause of the host on its noun, the speaker's possessive,
#: another office-holder's tenure it is set in, what the clauses up from it name, the sector its "in" phrase
#: names, the host acting in those clauses, a named place of its clause, last the group a "they" of its clause
#: stands for. No rule answering: no owner found.
_FIGURE_RULES: RuleSet[_Figure, Owner] = RuleSet(
    "figure-owner", _company_of_subject, _age_of_noun, _noun_partner, _host_in_relative_clause,
    _body_named_on_count, _group_of_members, _possessed_by_speaker, _tenure_of_another,
    _named_by_clause,
    _sector_of_figure, _clause_without_owner, _named_in_clause, _they_of_clause)


def _speaker_possessive(nouns: list[Token], *, profile: Profile) -> Owner | None:
    """ "our 2 percent target", "your mandate of 2 percent" (a reporter to the official): the host's own figure."""
    mine = next((c for n in nouns for c in n.children
                 if c.dep_ == "poss" and c.lower_ in profile.words("speaker_possessives")), None)
    return Owner(None, "host-speaking", mine.idx, mine.idx + len(mine)) if mine is not None else None


def _walk_clauses(anchor: Token, own: set[int], host: frozenset[str], *, profile: Profile,
                  config: EntityConfig) -> tuple[Owner | None, tuple[int, int] | None]:
    """The owner named by the figure's clause or a clause it hangs under (up to four), or an ``Owner``
    without a name when the walk stops there (the host speaking or acting); and the characters of the
    highest clause reached not through "and" (a sibling clause is another statement)."""
    # A figure that is itself a verb ("the share has nearly doubled") is read from its own clause first.
    verb = anchor if anchor.pos_ == "VERB" else _verb_above(anchor, config=config)
    direct = verb is not None and verb.i != anchor.i and _object_of(anchor, verb, profile=profile)
    restarted = _restarted_object(anchor, config=config)
    if restarted is not None:
        verb, direct = restarted
    reach, sibling, reported = verb, False, False
    said = False
    found = None
    for _ in range(config.clauses_up):
        if verb is None:
            break
        found = _clause_owner(verb, own, host, direct, people=not reported, said=said, profile=profile,
                              config=config)
        if found is not None:
            break
        direct = False
        completed = _completed_noun(verb)
        if completed is not None:
            # "the court will rule on the council's plan [to spend $40 million]": the plan's owner, not the court.
            found = _infinitive_owner(completed, own, host, profile=profile, config=config)
            break
        if _walk_ends_at(verb, profile=profile) or _counted_in_subordinate(verb, own):
            break
        nxt = _verb_above(verb, config=config) if verb.dep_ in _CLAUSE_LINKS else None
        said = said or verb.dep_ in ("ccomp", "parataxis")
        sibling = sibling or verb.dep_ == "conj"
        if nxt is not None and not sibling:
            reach = nxt
        verb = nxt
    if reach is None:
        return found, None
    return found, (reach.left_edge.idx, reach.right_edge.idx + len(reach.right_edge))


def _restarted_object(anchor: Token, *, config: EntityConfig) -> tuple[Token, bool] | None:
    """ "the 40 clubs that earned thirty- — $300 million — pay no tax", "the mayors that asked for fif- — 15
    percent — more": a speaker who breaks off a word of a relative clause (a word cut off at a hyphen, its
    hyphen a token of its own or not) and says the figure right after a dash restarts that word, whatever
    the parser made of the pieces (it often hangs the figure on the clause's antecedent as an appositive);
    so does a figure said as an alternative to, or again after, such a figure ("— or $25 million —": the
    parser's conjunct or appositive of a head that is a number or is counted by one). The clause is the one
    whose verb is the nearest before the cut word (:func:`_clause_of_cut`). The clause's verb and whether the
    figure is its object (not when the cut word was the object of a preposition), when the figure is such a
    restart; else None. A figure not right after the dash ("ten- — sorry, the insurers lost $10 million")
    restarts nothing."""
    doc = anchor.doc
    t = anchor
    for step in range(config.head_depth):
        cut = _cut_before(doc, t.left_edge.i if step else min(t.left_edge.i, anchor.i))
        if cut is not None:
            verb = _clause_of_cut(cut)
            return (verb, cut.dep_ != "pobj") if verb is not None else None
        if t.dep_ not in ("appos", "conj") or t.head.i == t.i or not (t.head.like_num or any(
                c.like_num and c.dep_ in ("nummod", "compound") for c in t.head.children)):
            return None
        t = t.head
    return None


def _dash(tok: Token) -> bool:
    """Whether a token is a dash (any run of hyphens or en or em dashes)."""
    return tok.is_punct and set(tok.text) <= {"-", "\u2013", "\u2014"}


def _cut_before(doc: Doc, start: int) -> Token | None:
    """The word cut off at a hyphen ("twenty-", or "twenty" and a "-" token of its own) before the dash
    right before token ``start``, or None."""
    dash = word_before(doc, start)
    if dash < 0 or not _dash(doc[dash]):
        return None
    k = word_before(doc, dash)
    if k < 0:
        return None
    tok = doc[k]
    if len(tok) > 1 and tok.text.endswith("-") and any(c.isalpha() for c in tok.text):
        return tok
    if tok.text == "-" and k > 0 and doc[k - 1].is_alpha:
        # A hyphen of its own and then a dash: two dashes in a row, the word before them broken off.
        return doc[k - 1]
    return None


def _clause_of_cut(cut: Token) -> Token | None:
    """The verb of the relative clause a cut-off word belongs to: the nearest verb before it in its sentence,
    when that verb heads a relative clause ("the firms that paid seven- —", "the mayors that asked for fif-
    —"). Read from the order of the words, not the parse, which may hang the pieces of a broken-off phrase
    anywhere; another verb between ("who is renowned ... what we have been seeing for the last 22 mon- —")
    puts the cut word in that verb's clause: no restart."""
    for k in range(cut.i - 1, cut.sent.start - 1, -1):
        tok = cut.doc[k]
        if tok.pos_ in ("VERB", "AUX"):
            return tok if tok.dep_ == "relcl" else None
    return None


def _infinitive_owner(noun: Token, own: set[int], host: frozenset[str], *, profile: Profile,
                      config: EntityConfig) -> Owner:
    """The owner of the noun an infinitive completes (:func:`_completed_noun`), or none named."""
    found = _partner(noun, own, host, of=True, profile=profile, config=config)
    return Owner(None, "infinitive-of-noun") if found is None else Owner(
        found.name, "infinitive-of-noun", found.start, found.end)


def _walk_ends_at(verb: Token, *, profile: Profile) -> bool:
    """Whether the walk up the clauses stops at ``verb``'s clause. A subordinate clause of existence ("if there
    is a two-year freeze"), whose figure the main clause's subject does not own. A reported fact: "The institute says
    [nearly 100 more bills are pending]": who reports a fact of another subject is its source, not its owner.
    A conjoined clause with a subject of its own: "the state did too little, and the value of the grant fell
    to 33 percent" is another statement, whose subject the other clause's does not replace; unless both are
    reported ("the forecast says [A will cost $5 million, and B $9 million]")."""
    if verb.dep_ in ("ccomp", "parataxis") and not _self_report(verb, profile=profile) and not _estimate(verb) and (
            not _estimated(verb, profile=profile)):
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "expl" for c in verb.children):
        return True  # "will the tenants lose out if there is only a one-year freeze?": what exists is nobody's
    return verb.dep_ == "conj" and verb.head.dep_ != "ccomp" and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _counted_in_subordinate(verb: Token, own: set[int]) -> bool:
    """ "when 2,000 of the club's fans found seats in the stand, the mayor ...": a clause opened by a
    subordinator ("when", "because", "if") whose subject holds the figure counts the ones acting there; the
    main clause's subject is another statement's actor and owns none of it."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(t.i in own for t in c.subtree) for c in verb.children)


def _completed_noun(verb: Token) -> Token | None:
    """The noun an infinitive completes ("the council's plan *to spend* $40 million", "a pledge of the
    league *to build* ten pitches"), which the parser often hangs on the verb above (``xcomp``, ``advcl``):
    the noun right before "to" when it is a preposition's object or has an owner of its own (a possessor,
    an "of" phrase, climbed to its head). Not a bare object or subject, who the infinitive's act is asked of
    ("urged airlines to cut fares"); None when there is no such noun."""
    to = next((c for c in verb.children if c.tag_ == "TO" and c.dep_ == "aux"), None)
    if to is None or verb.dep_ not in ("xcomp", "advcl", "acl") or to.i == 0:
        return None
    noun = verb.doc[to.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i != noun.head.i and noun.head.i > noun.i:
        return None
    first = noun
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    # A noun with an owner of its own ("the mayor's plan", "the pledge of the council") takes the
    # infinitive even as a verb's object; a bare object is whom the act is asked of.
    owned = noun is not first or any(c.dep_ == "poss" for c in noun.children)
    return noun if owned or noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None


def _self_report(verb: Token, *, profile: Profile) -> bool:
    """ "The ministry said [they spent 40 million euros]": a reported clause whose subject is a "they" or
    "it" is most often the reporter speaking of itself, so the reporter may own its figure."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in profile.words("self_report_pronouns")


def _estimated(verb: Token, *, profile: Profile) -> bool:
    """ "The institute estimates [the line costs $900 million]", "the institute's estimate is [that the line
    costs $900 million]": a clause reported under a verb of estimating (``estimating_verbs``), or said to be
    what a forecast or an estimate noun is (``projection_nouns``), is that estimate, with or without a modal;
    not one of existence ("estimated [there were 6,000 residents abroad]"), which counts the world."""
    if verb.dep_ != "ccomp" or any(c.dep_ == "expl" or c.tag_ == "TO" for c in verb.children):
        # Nor an infinitive whose subject the verb raised as its object ("the council projects [the economy to
        # grow 2 percent]"): a forecast of that subject's figure, not a clause the estimator owns.
        return False
    head = verb.head
    return head.lemma_.lower() in profile.words("estimating_verbs") or head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in profile.words("projection_nouns") for c in head.children)


def _estimate(verb: Token) -> bool:
    """ "The institute says [the line would cost $900 million]": a reported clause with a modal (tag ``MD``)
    is the reporter's own estimate or forecast, which it may own; a reported fact ("exports rose") is not."""
    return any(c.tag_ == "MD" for c in verb.children)


def _named_in_reach(span: Span, reach: tuple[int, int] | None,
                    candidates: Sequence[tuple[int, int, str]], *, profile: Profile) -> Owner | None:
    """A named place or group before the figure in its clause or a clause it hangs under ("In the eastern
    region, ship exports rose 60.8%"); never one of another clause of the sentence."""
    lo, hi = reach if reach is not None else (span.sent.start_char, span.sent.end_char)
    lo = max(lo, _line_start(span))
    candidates = [c for c in candidates if not _example_at(span, c[0], c[1], profile=profile)]
    # "Since the Greens took office, they have tabled three bills": a "they" of the figure's clause may stand
    # for a group named in another clause of the sentence, which is then the owner.
    they = _group_pronoun_subject(span, profile=profile)
    # Only a place or a grouping: a body named in the clause is its source or actor ("the agency's report
    # showed 13 million unemployed"), which the parse would have found as the owner if it were one.
    doc = span.doc
    inside = [c for c in candidates if c[1] <= span.start_char and lo <= c[0] and c[1] <= hi
              and (named := doc.char_span(c[0], c[1], alignment_mode="expand")) is not None
              and is_place_group(named.root, profile=profile) and not _outside_figures_branch(named.root, span)
              and (they or not (_in_other_clause(named.root, span) or _in_time_frame(named.root, span,
                                                                                     profile=profile)))]
    if not inside:
        return None
    a, b, name = inside[-1]
    return Owner(name, "named-in-clause", a, b)


def _group_pronoun_subject(figure: Span, *, profile: Profile) -> bool:
    """Whether the subject of the nearest clause above the figure that has one, other than what the figure
    counts ("they're seeing something like 80 patients treated an hour": "they"), is a "they"."""
    for verb in figure.root.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and not any(c.left_edge.i <= figure.root.i <= c.right_edge.i for c in subjects):
            return subjects[0].lower_ in profile.words("group_pronouns")
    return False


def _outside_figures_branch(tok: Token, figure: Span) -> bool:
    """Whether a name lies off the figure's own way up, in a phrase that is another's: the subject of a
    clause above the figure that reports it ("the Mexican minister said [it would be 8.5 million doses]"); in
    a subject that holds the figure, the company it keeps ("the UK and the US, together with 50 partners,
    have ..."); or a phrase with a figure of its own ("among them, 64 percent of Hispanic adults and 55
    percent of Black adults have ..."). A name in the subject of the figure's clause that the figure
    measures ("imports from the eastern region totalled 9 billion") is not such a name."""
    path = [figure.root, *figure.root.ancestors]
    index = {p.i: k for k, p in enumerate(path)}
    if tok.i != figure.root.head.i and _holds_other_figure(tok, figure):
        return True  # "backed by the five Greens and the four Liberals": the Greens are the other figure's count
    t = tok
    while t.head.i != t.i and t.i not in index:
        if t is not tok and _holds_other_figure(t, figure) and not _subject_on(t, index) or _aside(t):
            return True
        if t.dep_ in ("nsubj", "nsubjpass", "csubj") and t.head.i in index:
            k = index[t.head.i]
            # The figure reached through a reported clause (the subject is its sayer), or from inside the subject.
            return k > 0 and path[k - 1].dep_ in ("ccomp", "parataxis", "nsubj", "nsubjpass")
        t = t.head
    # Joined to the figure's way up at another figure ("64 percent of Scottish clubs and 41 percent ..."):
    # the name is that figure's.
    return t is not tok and t.i in index and _holds_other_figure(t, figure)


def _in_other_clause(tok: Token, figure: Span) -> bool:
    """Whether a name belongs to another clause than the figure's: the object of a verb off the figure's way
    up ("we urge the province to fund 40 more beds"), or a word of a clause with a subject of its own that
    the figure's way up does not pass ("as the debate plays out in the capital, a 12-year-old won the prize").
    A verb without a subject of its own on the way ("what is happening in the port with the 40 stranded
    crews") is part of the figure's clause."""
    path = {p.i for p in (figure.root, *figure.root.ancestors)}
    if tok.dep_ == "dobj" and tok.head.i not in path:
        return True
    t = tok.head
    while t.i not in path:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _in_time_frame(tok: Token, figure: Span, *, profile: Profile) -> bool:
    """Whether a name lies in a phrase of time that frames the figure's clause ("since the start of the
    Norway talks", "after the vote in Leeds"; ``frame_prepositions``): it names the event that dates the
    statement, not where or whose the figure is."""
    path = {p.i for p in (figure.root, *figure.root.ancestors)}
    t = tok
    while t.head.i != t.i and t.i not in path:
        if t.dep_ == "prep" and t.lower_ in profile.words("frame_prepositions"):
            return True
        t = t.head
    return False


def _aside(tok: Token) -> bool:
    """Whether a token is the object of a phrase set off by punctuation that hangs on a verb or an adjective, a
    remark of its own ("is it, from the point of view of the league, fair to fine a club $2 million?"); a frame put
    before its clause ("In the eastern region, exports rose", "you know, in Leeds, they have sold") is not one."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == prep.sent.start or not _set_off(prep, tok):
        return False
    if prep.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False  # "some states — like Leeds, like York — ...": examples of a noun, not a remark
    # A frame: the clause it hangs on starts after it, with its subject.
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.right_edge.i for c in prep.head.children)


def _subject_on(tok: Token, index: dict[int, int]) -> bool:
    """Whether a token is the subject of a verb on the figure's way up ("this $2.5 billion investment in Leeds
    will create 2,500 jobs": the subject's place is the figure's too)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in index


def _holds_other_figure(tok: Token, figure: Span) -> bool:
    """Whether a token is, or is counted by, a figure other than ``figure`` ("*64 percent* of Hispanic
    adults")."""
    def other(t: Token) -> bool:
        return not (figure.start <= t.i < figure.end) and (t.like_num or t.ent_type_ in ("PERCENT", "MONEY")) and (
            t.ent_type_ not in ("DATE", "TIME", "ORDINAL"))
    return other(tok) or any(c.dep_ == "nummod" and other(c) for c in tok.children)


#: Links by which a clause hangs under another whose subject may own the figure ("The eastern region led,
#: [with ship exports increasing by 60.8%]").
#: Not "acl": a clause that modifies a noun ("the plan's action [to forgive $10,000]") belongs to that noun,
#: whose own verb's subject ("the court will rule on the action") owns nothing of it.
_CLAUSE_LINKS = frozenset({"advcl", "conj", "xcomp", "pcomp", "ccomp", "pobj", "prep"})


def _figure_nouns(anchor: Token, *, profile: Profile) -> list[Token]:
    """The figure's own noun and the nouns its phrase hangs on ("a $30 billion tax *break*", "*growth* of 5%")."""
    nouns = [anchor]
    t = anchor
    if t.dep_ in ("compound", "nummod", "amod", "nmod", "npadvmod", "quantmod") and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
        nouns.append(t)
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(t.head.head)
    # "$200 billion in excess payments for drug makers": the noun of the figure's "in/of" phrase too, or of
    # the noun the figure modifies ("a 7% increase in exports to the EU").
    for head in dict.fromkeys((anchor, nouns[1] if len(nouns) > 1 else anchor)):
        if head.lemma_.lower() in profile.words("holding_nouns"):
            continue  # "a 12 percent stake in a Danish brewery": what is held, not whose the stake is
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in profile.words("figure_phrase_prepositions"):
                nouns += [o for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    return nouns


def _partner(noun: Token, own: set[int], host: frozenset[str], weak: bool = False,
             of: bool = False, counts: bool = False, verb: bool = False, *, profile: Profile,
             config: EntityConfig) -> Owner | None:
    """A noun's partner or beneficiary phrase ("to the EU", "for lower-wage workers"), its possessor, or a
    named modifier ("*Afghan* lives"); with ``weak``, its "in" phrase instead ("jobs *in construction*").

    An "in" phrase owns a figure only when it names a place or body, or when the noun is what the figure
    counts ("12,000 jobs in leisure and hospitality"; not "$200 billion in payments", which is the concept).
    With ``of``, a named "of" phrase counts too ("the construction *of the Hainan port*", said of a clause's
    subject). A phrase that holds the figure itself ("with imports reaching $2 billion") is no partner, nor
    a bare plural that names no place, body or group of people ("for firms", "in a row", "among arguments").
    """
    counts = counts or noun.i not in own and any(c.i in own and c.dep_ == "nummod" for c in noun.children)
    if counts and noun.lemma_.lower() in profile.words("change_nouns"):
        counts = False  # "an almost $1 increase in gas": the number says by how much; it counts no increases
    if weak:
        return _in_phrase_owner(noun, own, host, counts, profile=profile, config=config)
    found = _partner_phrase(noun, own, host, of, verb, counts, profile=profile, config=config)
    # A possessor or a named modifier, after the partner ("LNG exports *to Europe*").
    return found if found is not None else _possessor(noun, own, host, profile=profile, config=config)


def _partner_phrase(noun: Token, own: set[int], host: frozenset[str], of: bool, verb: bool, counts: bool = False, *,
                    profile: Profile, config: EntityConfig) -> Owner | None:
    """The owner a noun's partner phrase names ("exports *to the EU*"; with ``of``, "*of the Hainan port*").
    Of a noun the figure counts, a phrase of company ("12 meetings *with the mayors*", "40 calls *with the
    governors*") says with whom the counted acts were done, not whose they are. A noun another possesses ("the
    firm's pledge *to the city*", "its deliveries *to the ministry*", "its imports *from the mainland*") is the
    possessor's: its partner phrase names a recipient or a source, not the owner; the host's or the speaker's
    possessive ("China's exports *to the EU*") leaves it open."""
    preps = profile.words("partner_prepositions") - (profile.words("company_prepositions") if counts else set())
    # A verb's recipient is read the same way when its object is possessed ("meet its pledges to the city").
    objects = [noun] + ([c for c in noun.children if c.dep_ == "dobj"] if verb else [])
    if any(_possessed_by_another(o, own, host, profile=profile) for o in objects):
        # "its imports from the mainland": the possessor's, whatever the phrase names.
        return None
    for c in noun.children:
        # The parser marks the "to" of a verb of giving as its dative ("give $40 million *to* the board").
        if (c.dep_ == "prep" or verb and c.dep_ == "dative") and (c.lower_ in preps or of and c.lower_ == "of"):
            for o in c.children:
                found = _partner_object(c, o, own, host, verb, profile=profile, config=config)
                if found is not None:
                    return found
    return None


def _possessed_by_another(noun: Token, own: set[int], host: frozenset[str], *, profile: Profile) -> bool:
    """Whether a noun has a possessor outside the figure that is neither the host nor the speaker ("the firm's
    pledge", "its deliveries"; not "China's exports" in China's briefing, nor "our exports")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and owner.i not in own and not _is_host(owner, host) and (
        owner.lower_ not in profile.words("speaker_possessives"))


def _partner_object(prep: Token, o: Token, own: set[int], host: frozenset[str], verb: bool, *,
                    profile: Profile, config: EntityConfig) -> Owner | None:
    """The owner the object ``o`` of a partner preposition names, if it names one."""
    # A verb's "with" or "from" names company or a source ("stood with the workers") unless it is a named
    # partner ("kept trading with Norway"); its "to" and "for" name a recipient.
    if verb and prep.lower_ not in profile.words("recipient_prepositions") and o.ent_type_ not in OWNER_LABELS:
        return None
    # A noun's phrase of company names a partner by name or by a modifier that says which ("trade with
    # Norway", "with the partner countries of the pact"); a bare noun says what the noun has ("families with
    # children", "firms with staff"), not whose figure it is.
    if prep.lower_ in profile.words("company_prepositions") and not (
            o.ent_type_ in OWNER_LABELS or _specific_group(o, host, profile=profile)):
        return None
    if (o.dep_ != "pobj" or o.i in own or _timely(o, profile=profile)
            or any(o.left_edge.i <= i <= o.right_edge.i for i in own)):
        return None
    if _no_party_phrase(prep, o, profile=profile):
        return None
    if any(c.dep_ == "nummod" and c.like_num and c.i not in own for c in o.children) and _counts_word(o, own):
        return None  # "from 40 clubs to 52 clubs": the same noun counted again is the other end, no partner
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children):
        return None  # "lent $30 million to its dealers": whose dealers only the pronoun says, no owner a reader can use
    if _denominator(prep, o, profile=profile) or _any_of_class(o, profile=profile):
        return None  # "1.9 vacancies for every job seeker": a ratio's denominator, not whose figure it is
    back = _demonstrative_antecedent(o, host, profile=profile, config=config)
    if back is not None:
        return back  # "imports from these countries": the countries named before
    group = _defined_group(prep, o, own, profile=profile)
    if group is not None:
        return group
    if not _partner_names(prep, o, host, profile=profile):
        return None
    found = _owner_text(o, own, host, profile=profile, config=config)
    return Owner(found[0], "partner-phrase", found[1], found[2]) if found else None


def _no_party_phrase(prep: Token, o: Token, *, profile: Profile) -> bool:
    """Whether a partner preposition's phrase names no party whatever its object: an event ("two grants for the
    Cedar Fire", "funds for the flood": :func:`_names_event`); an end of a run of examples
    (:func:`_end_of_examples`); or the other term of a comparison ("a 3-to-1 ratio to applicants":
    ``comparison_nouns``)."""
    comparison = prep.head.lemma_.lower() in profile.words("comparison_nouns") and (
        prep.lower_ in profile.words("reach_prepositions"))
    return comparison or _names_event(o, profile=profile) or _end_of_examples(prep, profile=profile)


def _end_of_examples(prep: Token, *, profile: Profile) -> bool:
    """Whether a "from" or a "to" phrase (vocabularies ``path_start_prepositions``, ``reach_prepositions``) is an
    end of a run of examples set off from the noun by punctuation ("200 clubs, from schools to charities, signed
    up", "90 charities — from food banks, to youth clubs — joined"), not a path ("exports from Norway to
    Germany")."""
    doc, head, word = prep.doc, prep.head, prep.lower_
    starts, reach = profile.words("path_start_prepositions"), profile.words("reach_prepositions")
    if word in starts:
        return prep.i > 0 and doc[prep.i - 1].is_punct and any(
            c.dep_ == "prep" and c.lower_ in reach for t in prep.subtree for c in t.children)
    if word not in reach:
        return False
    opener = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in starts and c.i < prep.i), None)
    if opener is None and head.dep_ == "pobj" and head.head.lower_ in starts:
        opener = head.head
    return opener is not None and opener.i > 0 and doc[opener.i - 1].is_punct


def _names_event(o: Token, *, profile: Profile) -> bool:
    """Whether a noun, or the name it is part of, names an event (vocabulary ``event_nouns``): a common noun by
    itself ("the flood"); a name the recogniser gives a body or a place by its head word only, and not a name
    of one word ("the Cedar Fire", "the FIFA World Cup"; but "War Child", "Fire Rescue Victoria", a charity
    called "Crisis" are bodies); any other name by its head word or its first ("Hurricane Ian")."""
    events = profile.words("event_nouns")
    ent = entity_at(o) if o.ent_type_ else None
    if ent is None:
        heads = [o]
    elif ent.label_ in ("ORG", "GPE"):
        heads = [ent.root] if len(ent) > 1 else []
    else:
        heads = [ent.root] + [t for t in ent if t.dep_ == "compound" and t.i == ent.start]
    return any(t.lemma_.lower() in events or t.lower_ in events for t in heads)


def _counts_word(o: Token, own: set[int]) -> bool:
    """Whether the figure counts the word ``o`` is, at another place: the word right after the figure, or
    the noun a number of the figure modifies, is ``o``'s word ("from 40 clubs to 52 clubs"; the parser
    may take the first "clubs" for a verb)."""
    doc = o.doc
    after = max(own) + 1
    nouns = [doc[after]] if after < len(doc) else []
    nouns += [doc[i].head for i in own if doc[i].dep_ == "nummod"]
    return any(n.i != o.i and n.lower_ == o.lower_ for n in nouns)


def _defined_group(prep: Token, o: Token, own: set[int], *, profile: Profile) -> Owner | None:
    """ "a rebate of $300 *for those with* season tickets": a recipient "those" with a "with" phrase that says
    which ones is that group, named by the whole phrase; a phrase with a figure of its own ("those with more
    than two cars") or a time ("those with us today") is not read."""
    if prep.lower_ not in profile.words("recipient_prepositions") or o.pos_ != "PRON" or (
            o.lower_ not in profile.words("plural_demonstratives")):
        return None
    with_ = next((c for c in o.children if c.dep_ == "prep" and c.lower_ in profile.words("company_prepositions")),
                 None)
    obj = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or _timely(obj, profile=profile) or any(
            t.i in own or t.like_num or t.ent_type_ in _FIGURE_LABELS for t in o.subtree):
        return None
    last = o.right_edge
    return Owner(o.doc[o.i:last.i + 1].text.replace("\n", " "), "partner-phrase", o.idx, last.idx + len(last))


def _denominator(prep: Token, o: Token, *, profile: Profile) -> bool:
    """Whether a prepositional object is a ratio's denominator: "per" one, or "for every/each" one."""
    return prep.lower_ in profile.words("rate_markers") or any(
        c.dep_ == "det" and c.lower_ in profile.words("ratio_determiners") for c in o.children)


def _partner_names(prep: Token, o: Token, host: frozenset[str], *, profile: Profile) -> bool:
    """Whether a partner phrase's object names a beneficiary or recipient that says which ("for lower-wage
    workers", "to the EU", "for the oil industry"; not "to growth"); an "of" phrase only a named one."""
    named = o.ent_type_ in OWNER_LABELS or _specific_group(o, host, profile=profile)
    if prep.lower_ == "of" and not named:
        return False
    recipient = prep.lower_ in profile.words("recipient_prepositions")
    named = named or _people(o, profile=profile) or (
        (prep.lower_ == "to" and o.tag_ == "NNS" or recipient and _agentive(o, profile=profile))
        and _which(o, profile=profile))
    return named and o.lemma_.lower() not in profile.words("measure_nouns")


def _possessor(noun: Token, own: set[int], host: frozenset[str], *, profile: Profile,
               config: EntityConfig) -> Owner | None:
    """A noun's possessor or named modifier that owns its figure ("*the company's* revenue", "*Afghan* lives");
    not the modifier of a noun that stands for any of a class ("the best year of *any* European economy": a
    comparison), nor a modifier that says which places a figure counts ("eight African nations": the places
    counted, not whose they are)."""
    if _any_of_class(noun, profile=profile):
        return None
    counted = any(c.i in own and c.dep_ == "nummod" for c in noun.children)
    counted_places = counted and is_place_noun(noun.lower_, profile=profile)
    targets = counted and _target_of_act(noun)
    for c in noun.children:
        if (counted_places or targets) and c.dep_ != "poss":
            continue
        if _owning_modifier(c, own, host, persons=any(k.i in own for k in noun.children), profile=profile):
            found = _owner_text(c, own, host, profile=profile, config=config)
            if found:
                return Owner(found[0], "possessor" if c.dep_ == "poss" else "named-modifier", found[1], found[2])
    return None


def _target_of_act(noun: Token) -> bool:
    """Whether a counted noun is what a verb acts on: its object ("the ministry listed 40 Moldovan officials")
    or the object of a phrase on its object ("imposed bans on 70 Norwegian fans"). The people a named
    modifier says are counted are the act's targets, not its owner: the act is its subject's. A count said
    again as an appositive ("expelled 12 envoys — 12 Freedonian envoys") is read where the first one stands."""
    while noun.dep_ == "appos" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj":
        return head.pos_ in ("VERB", "AUX")
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.pos_ != "ADP":
        return False  # "aid for Chad, including 600,000 Sudanese refugees": a participle lists, it does not act
    above = head.head
    return above.pos_ == "VERB" or above.dep_ == "dobj" and above.head.pos_ in ("VERB", "AUX")


def _any_of_class(noun: Token, *, profile: Profile) -> bool:
    """ "of any European economy", "than any other club": a noun for whichever member of a class, the set a
    figure is compared with, which owns nothing."""
    return any(c.dep_ == "det" and c.lower_ in profile.words("comparison_determiners") for c in noun.children)


def _owning_modifier(c: Token, own: set[int], host: frozenset[str], persons: bool = False, *,
                     profile: Profile) -> bool:
    """A named body as a plain modifier names a source or a product ("the agency's data", "the survey
    figures"), not an owner: only its possessive does, or a place or a people ("*Afghan* lives"); or a
    possessive place, body or group that says which (even one inside the figure)."""
    if c.dep_ in ("poss", "amod", "compound") and c.i not in own and c.ent_type_ in ("NORP", "GPE"):
        return True
    # With ``persons``, a person's possessive on the figure's own noun too ("the skipper's 40-metre yacht"):
    # the figure is theirs, no place of the clause owns it (a person owns only a span of time:
    # :func:`figure_owner` leaves other figures empty); not a noun the figure is "of" ("the last three months
    # of the mayor's term": a time, not the mayor's figure).
    owners = ("ORG", "PERSON") if persons else ("ORG",)
    return c.dep_ == "poss" and (c.i not in own and c.ent_type_ in owners or c.pos_ != "PRON" and (
        _specific_group(c, host, profile=profile)))


def _demonstrative_antecedent(tok: Token, host: frozenset[str], *, profile: Profile,
                              config: EntityConfig) -> Owner | None:
    """ "zero tariffs for the least developed countries ... imports from *these countries* rose 18%": a place
    or group noun under "these" or "those" stands for the same noun named before with a modifier that says
    which, in its own sentence or the one before; None when there is no such noun."""
    these = profile.words("plural_demonstratives")
    if (not is_place_noun(tok.lower_, profile=profile)
            or not any(c.dep_ == "det" and c.lower_ in these for c in tok.children)):
        return None
    doc = tok.doc
    sent = tok.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[lo:tok.i]):
        if t.lemma_.lower() == tok.lemma_.lower() and _specific_group(t, host, profile=profile):
            found = _owner_text(t, set(), host, profile=profile, config=config)
            return Owner(found[0], "demonstrative-antecedent", found[1], found[2]) if found else None
    return None


def _in_phrase_owner(noun: Token, own: set[int], host: frozenset[str], counts: bool, *,
                     profile: Profile, config: EntityConfig) -> Owner | None:
    """The owner a noun's "in" phrase names after the figure ("were added last month *in construction*"; not
    "that is in stark contrast to 60,000 jobs"): a place or body, or the sector of what the figure counts."""
    if noun.lemma_.lower() in profile.words("holding_nouns"):
        return None  # "a 9 percent stake in the club": the club is what is held
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "in" or noun.i in own or c.i < min(own):
            continue
        for o in c.children:
            # A named or specific place, body or group, or the sector of what the figure counts.
            if o.dep_ == "pobj" and o.i not in own and not _timely(o, profile=profile) and not _set_off(c, o) and (
                    o.ent_type_ in OWNER_LABELS or _specific_group(o, host, profile=profile) or counts
                    and _sector(o, profile=profile)):
                found = _owner_text(o, own, host, profile=profile, config=config)
                if found:
                    return Owner(found[0], "sector-of-count", found[1], found[2])
    return None


def _set_off(prep: Token, obj: Token) -> bool:
    """Whether a prepositional phrase is set off by punctuation on both sides, a remark of its own ("on more
    than one occasion — in fact, just recently"), not a modifier of the words before it."""
    doc = prep.doc
    # A line break of a wrapped transcript between the punctuation and the phrase changes nothing.
    before, after = word_before(doc, prep.i), word_after(doc, obj.right_edge.i)
    # "still in — in Gaza": the preposition said again after a break is the same phrase, not a remark.
    repeated = before > 0 and doc[before - 1].lower_ == prep.lower_
    return before >= 0 and doc[before].is_punct and not repeated and (after >= len(doc) or doc[after].is_punct)


def _sector(tok: Token, *, profile: Profile) -> bool:
    """A bare mass noun, a field of activity ("jobs in *construction*", "in *leisure and hospitality*"); not
    a noun with a determiner, a modifier, a phrase or a clause of its own ("in a row", "in the survey", "in order
    to", "in large
    part", "in terms of"), nor a measure."""
    if tok.lower_ in profile.words("adverbial_in_nouns"):
        return False  # "1,600 jobs in net added", "40 doses in total": an adverb, no field
    return tok.tag_ in ("NN", "VBG") and tok.pos_ == "NOUN" and not _anyone(tok, profile=profile) and not any(
        c.dep_ in ("det", "amod", "poss", "prep", "nummod", "compound", "acl", "relcl") for c in tok.children) and (
        tok.lemma_.lower() not in profile.words("measure_nouns"))


def _object_of(anchor: Token, verb: Token, *, profile: Profile) -> bool:
    """Whether the figure is its verb's object ("made $200 billion"), also through a qualifier the parser
    reads as a preposition ("costing them over a million dollars")."""
    if anchor.head == verb:
        return anchor.dep_ in ("dobj", "attr", "oprd")
    prep = anchor.head
    return anchor.dep_ == "pobj" and prep.head == verb and prep.lower_ in profile.table("qualifier_phrases")


def _may_be_charged(tok: Token, *, profile: Profile) -> bool:
    """Whether a noun object can be who is charged or granted ("his own constituents", "the county's
    taxpayers"), not the measure the figure is a level of ("keep inflation around 2 percent")."""
    if tok.lemma_.lower() in profile.words("measure_nouns") or _timely(tok, profile=profile):
        return False
    return tok.ent_type_ in OWNER_LABELS or _people(tok, profile=profile) or _specific_group(tok, profile=profile)


def _is_count(anchor: Token, own: set[int]) -> bool:
    """Whether the figure is a bare number that counts a noun outside it ("300,000 workers")."""
    return anchor.dep_ == "nummod" and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.i not in own


def _timely(tok: Token, *, profile: Profile) -> bool:
    """A time or a figure, which owns nothing ("in April", "to 5 percent")."""
    return tok.ent_type_ in _FIGURE_LABELS or tok.like_num or (
        tok.lemma_.lower() in profile.words("time_nouns"))


def _is_host(tok: Token, host: frozenset[str]) -> bool:
    """Whether a noun names the host: its country or its institution ("the Committee", "the Bank").

    The host's bare body noun ("department", from an official's "our department") names the host only said
    bare: a body named by a name of its own ("the Justice Department", "the Department of State", "the Bank
    of Canada") is that body, whichever body holds the briefing; its full name must be the host's."""
    ent = entity_at(tok) if tok.ent_type_ else None
    if ent is not None and norm_name(ent.text) in host:
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ in ("", "PERSON") and (
            c.pos_ in ("PROPN", "NOUN")) and _leaders(c, host) for c in tok.children):
        # "the Arden administration", "the Governor's office", "the Governor's budget": what the host's leader
        # (:func:`_leader`) or its bare body has is the host's own; a country's possessive is read as before
        # ("China's exports to the EU": the partner may still own it). The leader as a person is read as a
        # person (their years of service are theirs).
        return True
    # The tagger may read a body's initials before a noun as an adjective ("FOMC participants").
    if not (tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.text[:1].isupper()):
        return _host_common_noun(tok, host)
    word = norm_name(tok.text)
    before = norm_name(tok.doc[tok.left_edge.i:tok.i + 1].text)  # "the Federal Reserve": a name ending in the noun
    if before != word and before in host:
        return True
    return word in host and not _named_body(tok, ent) and not _qualified_by_another(tok, host)


def _host_common_noun(tok: Token, host: frozenset[str]) -> bool:
    """ "the administration has sent $40 million", "administration officials": the body noun the host points
    at itself by ("this administration", :func:`_pointed_institutions`), written in lower case, is the host
    said bare, with "the" alone or as the modifier of a noun; "a new administration", "the next
    administration" are any body of the kind, and "the bank of Lagos" names another."""
    if tok.pos_ != "NOUN" or tok.lower_ not in host or " " in tok.lower_:
        return False
    kids = [c for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod")]
    if any(c.dep_ == "prep" and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_) for o in c.children)
           for c in tok.children):
        return False  # another body or place named after it: "the bank of Lagos", "the administration in Kyiv"
    if tok.dep_ == "compound" and not kids:
        return True
    # A definite or demonstrative determiner, by the tagger's features ("the", "this"; not "a", "any").
    return len(kids) == 1 and kids[0].dep_ == "det" and (
        "Def" in kids[0].morph.get("Definite", []) or "Dem" in kids[0].morph.get("PronType", []))


def _qualified_by_another(tok: Token, host: frozenset[str]) -> bool:
    """Whether a bare body or title word is another's by what stands before it: a possessor or a modifier
    naming a place, organisation, people or person that is not the host ("Oregon's Governor", "the Bank of
    Japan's Governor", "Rival Tesla's Chairman", "the Swedish Governor"); "the Governor", "our Board" stand
    bare."""
    for c in tok.children:
        if c.dep_ == "appos" and _qualified_by_another(c, host):
            return True  # the parse may hang the named one on an address before it ("Governor, Oregon's Governor")
        if c.dep_ not in ("poss", "compound", "nmod", "amod"):
            continue
        if c.dep_ == "poss" and c.pos_ == "PRON":
            continue
        if (c.ent_type_ in ENTITY_LABELS or c.ent_type_ == "PERSON" or c.pos_ == "PROPN") and not _leaders(c, host):
            return True
    return False


def _leaders(tok: Token, host: frozenset[str]) -> bool:
    """Whether a modifier names the host's leader (its surname, "Jo Arden" when the leader is President
    Arden, or its bare title, "the Governor's") or the host itself."""
    ent = entity_at(tok) if tok.ent_type_ == "PERSON" else None
    if ent is not None and norm_name(ent.text).split()[-1:] and LEADER_MARK + norm_name(ent.text).split()[-1] in host:
        return True
    return _is_host(tok, host)


def _named_body(tok: Token, ent: Span | None) -> bool:
    """Whether a body noun carries a name of its own: it is a word of a longer named entity ("the Justice
    Department"), or a proper noun modifies it ("the Treasury Department") or its "of" phrase names one ("the
    Department of State")."""
    if ent is not None and sum(t.pos_ != "DET" for t in ent) > 1:
        return True
    if any(c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" for c in tok.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) for c in tok.children)


@dataclass(frozen=True)
class _Clause:
    """A clause above a figure, as the owner rules see it."""

    verb: Token
    #: The clause's subject, or for a relative clause the noun it hangs on; None when there is none, or it
    #: holds the figure ("4 million women left the workforce" counts women) or is part of it.
    subj: Token | None
    own: set[int]
    host: frozenset[str]
    #: The figure is the object of the clause's verb ("made $200 billion").
    direct: bool
    #: A group of people as subject owns the figure (the clause is not one reported under another's).
    people: bool
    #: The figure's clause is reported under this one ("did he mean [it would be four weeks]"): its subject
    #: says the figure, and a person who says a figure does not own it.
    said: bool
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)
    #: The thresholds its rules read.
    config: EntityConfig = field(kw_only=True, repr=False, compare=False)


#: An answer of the clause rules meaning "this clause names no owner, and its other parts are not asked".
_SILENT = Owner(None, "")


def _clause_owner(verb: Token, own: set[int], host: frozenset[str], direct: bool,
                  people: bool = False, said: bool = False, *, profile: Profile,
                  config: EntityConfig) -> Owner | None:
    """The owner a clause names (its acting subject, a resolved pronoun, an indirect object), or an
    ``Owner`` without a name when the host speaks or acts (a first-person subject, the host institution):
    look no further (:data:`_CLAUSE_RULES`, first that answers).

    A subject owns the figure when it is a named entity, a place, body or group with a modifier that says
    which ("the eastern region", "the prior administration"), or, when the figure is the object of its verb
    and the verb of a relative clause is not one of measure, its antecedent ("the oil industry, which made
    $200 billion"; but "exports, which *rose* 7%").
    """
    decided = _CLAUSE_RULES.decide(_Clause(verb, _clause_subject(verb, own, profile=profile), own, host, direct, people,
                                           said, profile=profile, config=config))
    return None if decided is None or decided[1] is _SILENT else decided[1]


def _clause_subject(verb: Token, own: set[int], *, profile: Profile) -> Token | None:
    """The clause's subject that may own its figure (see :attr:`_Clause.subj`)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and (
            _completed_noun(verb) is None and not any(c.dep_ == "dobj" for c in verb.head.children)):
        # "the city hopes to send one more grant to the league": the verb's doer is the subject of the verb it
        # completes, who acts before any recipient of the act is asked (the host's act is the host's figure).
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ not in profile.words("speaker_pronouns"):
            subj = None  # "they are looking to add $3 trillion": whoever "they" are is read above, as before
    if subj is not None and subj.i == subj.sent.start and subj.lower_ in profile.words("offices") and (
            subj.i + 1 < len(subj.doc) and subj.doc[subj.i + 1].text == ","):
        # "Governor, the harbour workers were paid $40 million": the one addressed, set off at the sentence's
        # start, is no subject; the parser's appositive after it is.
        subj = next((c for c in subj.children if c.dep_ == "appos"), None)
    # A subject that holds the figure ("4 million women left the workforce") is what it counts.
    if subj is None or any(t.i in own for t in subj.subtree) or _new_line_between(subj, verb):
        return None
    if verb.dep_ == "relcl" and (subj.lower_ in profile.words("relative_pronouns") or any(
            c.dep_ == "poss" and c.lower_ in profile.words("relative_possessives") for c in subj.children)):
        # "the oil industry, which made $200 billion", "parents whose children are under 6": the antecedent
        subj = verb.head
    return None if subj.i in own else subj


def _line_start(span: Span) -> int:
    """Where the figure's line starts when a line that starts with a capital breaks its sentence (the items of
    a list without full stops); else the sentence's start."""
    doc = span.doc
    return next((doc[i + 1].idx for i in range(span.start - 1, span.sent.start - 1, -1)
                 if _line_break(doc, i)), span.sent.start_char)


def _line_break(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a line break followed by a capitalised word that is no name ("Keep", not the
    "Harbour" of a wrapped "the \n Harbour Garden", nor "I")."""
    if not (doc[i].is_space and "\n" in doc[i].text and i + 1 < len(doc)):
        return False
    nxt = doc[i + 1]
    # A line that ends on a word that needs what follows ("exports of \n European cars") is wrapped, not an
    # item; nor is a line that opens with a name the recogniser found ("European").
    if i > 0 and doc[i - 1].pos_ in _WANTS_MORE or nxt.ent_iob_ == "B":
        return False
    return nxt.text[:1].isupper() and nxt.pos_ not in ("PROPN", "PRON")


#: The word classes of a word that cannot end a line of a list: what it introduces comes on the next line.
_WANTS_MORE = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"})


def _new_line_between(subj: Token, verb: Token) -> bool:
    """Whether a line that starts with a capital comes between a subject and its verb ("Keep the parks'
    funding \n Protect the 400 jobs we created"): the items of a list without full stops, which the parser
    may read as one sentence; the line before is not the subject of the next."""
    lo, hi = sorted((subj.right_edge.i, verb.i))
    doc = subj.doc
    return any(_line_break(doc, i) for i in range(lo + 1, hi))


def _speaker_subject(c: _Clause) -> Owner | None:
    """ "we added 500,000 jobs", "our pensioners pay $900 a year": the host speaking of its own figure, or of
    its own side's (:func:`_speakers_own`)."""
    subj = c.subj
    if subj is None:
        return None
    if subj.lower_ not in c.profile.words("speaker_pronouns"):
        # "the mayor and I were there for two hours": a subject joined to the speaker is the speaker's side.
        mine = next((t for t in subj.children if _speakers_own([t], profile=c.profile, relations=False)
                     or t.dep_ == "conj" and t.lower_ in c.profile.words("speaker_pronouns")), None)
        if mine is None:
            return None
        return _host_act_recipient(c) or Owner(None, "host-speaking", mine.idx, mine.idx + len(mine))
    return _host_act_recipient(c) or Owner(None, "host-speaking", subj.idx, subj.idx + len(subj))


def _host_act_recipient(c: _Clause) -> Owner | None:
    """ "For the harbour board, the Governor is requesting $40 million", "we will give $3 million to rural
    clinics": an amount the host grants or asks for, its verb's object, goes to the recipient its verb's
    "to"/"for" phrase names, as a grant for another is that one's (:func:`_verb_partner`); the host's own act
    on a count ("we hosted six briefings for the council") is not read so."""
    if _asked_or_supposed(c.verb, profile=c.profile):
        return None
    found = _verb_partner(c) if c.direct else None
    if found is None or found.name is None:
        found = _recipient_place(c)
    return None if found is None or found.name is None else Owner(found.name, "recipient-of-host-act", found.start,
                                                                   found.end)


def _recipient_place(c: _Clause) -> Owner | None:
    """ "we are sending 40 million doses *to Korea*", "the ministry announced $16 million *for programs in
    Zambia*": what the host gives, sends or spends (vocabulary ``transfer_verbs``), as an amount or as a count
    of what it hands over, goes to the country or city the recogniser tags (GPE) that its "to"/"for" phrase
    names, or that the "in" phrase of that phrase's common noun names (the recipients are there). A place
    met another way ("we sent 300 officers to help the firms in Texas": where others are) is no recipient,
    nor one where people or a force the host sends are deployed ("sending 300 troops to the island")."""
    verb = c.verb
    root = next((t for t in verb.doc[min(c.own):max(c.own) + 1] if t.head.i not in c.own), None)
    if root is None:
        return None
    # What the act hands over: the figure as the verb's object, or the object the figure counts.
    handed = root if c.direct else root.head if root.dep_ == "nummod" and root.head.dep_ == "dobj" and (
        root.head.head.i == verb.i) else None
    # "sending weapons worth $2 billion to Ukraine", "announced aid to Ukraine worth $20 million": the figure
    # measures, through an adjective, the object handed over (the parser may hang it on the recipient).
    worth = root.head if root.dep_ == "npadvmod" and root.head.dep_ in ("amod", "prep", "advmod") and (
        root.head.pos_ in ("ADJ", "ADP", "ADV")) else None
    valued = None if worth is None else worth.head if worth.head.pos_ in ("NOUN", "PROPN") else next(
        (o for o in worth.head.children if o.dep_ == "dobj") if worth.head.i == verb.i else iter(()), None)
    recipient = None
    if valued is not None and valued.ent_type_ == "GPE" and valued.dep_ == "pobj" and (
            valued.head.lower_ in c.profile.words("recipient_prepositions")) and valued.head.head.dep_ == "dobj":
        recipient, valued = valued, valued.head.head
    if handed is None and valued is not None and valued.dep_ == "dobj" and valued.head.i == verb.i:
        handed = valued
    if handed is None or _possessed_by_another(handed, c.own, c.host, profile=c.profile) or _people(
            handed, profile=c.profile) or {handed.lower_, handed.lemma_.lower()} & c.profile.words("acting_body_nouns"):
        # People or a force sent somewhere ("sending 300 troops to the island") are deployed there, not given.
        return None
    # An amount that is itself for someone ("announced $16 million for programs in Zambia") is theirs, whatever
    # the verb; a count of things, or the verb's own phrase, only when the verb hands them over.
    if recipient is not None:
        ent = entity_at(recipient)
        return None if ent is None else Owner(ent.text.replace("\n", " "), "recipient-of-host-act", ent.start_char,
                                              ent.end_char)
    holders = [handed] if handed.i in c.own or handed is valued else []
    if verb.lemma_.lower() in c.profile.words("transfer_verbs"):
        holders = [handed, verb]
    if worth is not None and handed is valued:
        holders.append(worth)  # "weapons worth $2 billion to Ukraine": the parser hangs it on "worth"
    # "$450 million in security assistance to Ukraine": the phrase that says what the amount is holds it.
    holders += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in c.profile.words(
        "figure_phrase_prepositions") for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    preps = c.profile.words("recipient_prepositions")
    for holder in holders:
        for p in holder.children:
            if p.dep_ not in ("prep", "dative") or p.lower_ not in preps:
                continue
            for o in p.children:
                if o.dep_ != "pobj" or any(o.left_edge.i <= i <= o.right_edge.i for i in c.own):
                    continue
                place = o if o.ent_type_ == "GPE" else _place_in(o, profile=c.profile)
                if place is not None:
                    ent = entity_at(place)
                    if ent is not None:
                        return Owner(ent.text.replace("\n", " "), "recipient-of-host-act", ent.start_char,
                                     ent.end_char)
    return None


def _place_in(o: Token, *, profile: Profile) -> Token | None:
    """The GPE an "in" phrase of a bare common noun names ("programs *in Zambia*", "clinics *in Lyon*"); not
    of a noun someone possesses ("their offices in Oslo") or a person's name."""
    if o.pos_ != "NOUN" or any(ch.dep_ == "poss" for ch in o.children) or _people(o, profile=profile):
        return None  # "for the ambassador in Paris": a person is the recipient, read by the partner rules
    return next((g for p in o.children if p.dep_ == "prep" and p.lower_ in profile.words("location_prepositions")
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)


def _asked_or_supposed(verb: Token, *, profile: Profile) -> bool:
    """Whether a verb's clause is a question or a supposition: its sentence ends with a question mark, or a
    conditional word (vocabulary ``conditional_marks``) opens it, a clause above it ("what if we sent ...",
    "if we give ...") or a clause under it ("if the council agrees, we will send ...")."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text == "?":
        return True
    marks = profile.words("conditional_marks")
    t = verb
    for _ in range(4):
        if any(ch.dep_ == "mark" and ch.lower_ in marks for ch in t.children):
            return True
        # A condition said as a clause of its own under the verb ("If the council agrees, we will send ...").
        if any(ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in ch.children)
               for ch in t.children):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _host_subject(c: _Clause) -> Owner | None:
    """ "the Board raised the rate by 25 basis points": the host institution acting, its own figure."""
    subj = c.subj
    if subj is None or not (_is_host(subj, c.host) or _national_government(subj, c.host, profile=c.profile)):
        return None
    if subj.ent_type_ == "PERSON":
        return None  # the leader by name is a person, read as one ("Governor Hale has served 20 years")
    return _host_act_recipient(c) or Owner(None, "host-own-figure", subj.left_edge.idx, subj.idx + len(subj))


def _national_government(tok: Token, host: frozenset[str], *, profile: Profile) -> bool:
    """ "the federal government is funding 1,200 nurses": a government named by its level alone
    (``national_government``) is the host's own when the host is a country that holds briefings (a nation's
    briefing); in a province's or a city's it is another body, an owner like any other."""
    levels = profile.table("national_government").get(tok.lemma_.lower())
    if levels is None or tok.ent_type_ or any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in tok.children):
        return False  # "Canada's federal government", "the Ottawa federal government": a named one
    if not any(c.dep_ == "amod" and c.lower_ in levels.split(",") for c in tok.children):
        return False
    return any(name in host for name in profile.table("host_country_names"))


def _pronoun_subject(c: _Clause) -> Owner | None:
    """A pronoun subject: what it stands for (:func:`_antecedent`). A "they" or "it" whose referent is not
    found does not end the walk: the clause above may name the owner ("They say [it costs about $70
    billion]" -> whoever "they" are); "he" or "she" does (whoever he is owns "He was in the Senate for 36
    years", not the Senate). Either way the clause's other parts are not asked."""
    subj = c.subj
    if subj is None or subj.pos_ != "PRON":
        return None
    if c.said and subj.lower_ in c.profile.words("person_subject_pronouns"):
        # "Did she say [the program would run four weeks]?": whoever she is, she says the figure, not owns it.
        return Owner(None, "unresolved-pronoun", subj.idx, subj.idx + len(subj))
    found = _antecedent(subj, c.host, profile=c.profile, config=c.config)
    if found is not None:
        return found
    if subj.lower_ in c.profile.words("person_subject_pronouns"):
        return Owner(None, "unresolved-pronoun", subj.idx, subj.idx + len(subj))
    return _SILENT


def _estimate_author(c: _Clause) -> Owner | None:
    """ "The Harbour Institute estimates the plan would cost $4 billion": the subject of a verb of estimating
    (``estimating_verbs``) owns the figure of the clause it reports, its own estimate, when it is a named body
    or place; a person, a body's member ("the median participant") or a common noun does not. A count it tells as its
    object ("estimated 6,000 residents abroad") is read by :func:`_reporting_subject`, as a source's."""
    subj = c.subj
    if subj is None or not c.said or subj.pos_ == "PRON" or subj.ent_type_ == "PERSON" or (
            c.verb.lemma_.lower() not in c.profile.words("estimating_verbs")):
        return None
    if subj.ent_type_ not in ENTITY_LABELS:
        return None  # "the median participant projects ...": a member of a body, or the body's projection itself
    t = c.verb.doc[min(c.own)]
    while t.i != c.verb.i and t.head.i != t.i:
        if t.dep_ in ("nsubj", "nsubjpass", "expl", "conj") and t.i not in c.own:
            # "the party estimates [700,000 families will lose the benefit]": a count of those acting in the
            # reported clause counts the world, whose source the estimator is; a clause joined to the
            # reported one ("..., and that includes 2,500 who ...") is a further statement, not the estimate.
            return None
        t = t.head
    named = _owner_text(subj, c.own, c.host, profile=c.profile, config=c.config)
    return Owner(named[0], "estimate-author", named[1], named[2]) if named else None


def _reporting_subject(c: _Clause) -> Owner | None:
    """ "The health agency reported 9,000 new cases", "the statistics office estimated there were 6,000
    residents abroad": the subject of a verb of reporting or estimating (``report_verbs``) is the figure's
    source, not its owner; the clause names none (the "of"/"in" phrases of the figure may)."""
    subj = c.subj
    if subj is None or subj.pos_ == "PRON":
        return None
    verb = c.verb.lemma_.lower()
    # "the central bank recorded 120 complaints": a body that records counts others; "the region recorded
    # growth of 5 percent" is the place's own figure (vocabulary ``record_verbs``).
    if verb not in c.profile.words("report_verbs") and not (
            verb in c.profile.words("record_verbs") and not _place_subject(subj, profile=c.profile)):
        return None
    if _own_result(c):
        # "the carmaker reported a profit of $4 billion": a body telling its own results owns them.
        named = _owner_text(subj, c.own, c.host, profile=c.profile, config=c.config) if _reporting_body(c) else None
        return Owner(named[0], "own-result-of-subject", named[1], named[2]) if named else _SILENT
    # "forecasters predict 20 percent inflation for Norway": the verb's partner still names the owner.
    return _verb_partner(c) or Owner(None, "source-of-figure", subj.left_edge.idx, subj.idx + len(subj))


def _place_subject(subj: Token, *, profile: Profile) -> bool:
    """Whether a subject names a place: a place or grouping itself ("the eastern region", "Ontario"), or a
    common noun, no body's (``institution_nouns``), whose "of" phrase gives its name ("the town *of Port
    Ellis*", "the county *of Marren*"; the recogniser often misses such names, a proper noun is enough). "The
    government of Canada", "the Bank of Canada" are bodies, which count others."""
    if is_place_group(subj, profile=profile):
        return True
    if subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in profile.words("institution_nouns"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in profile.words("name_of_prepositions") and any(
        o.dep_ == "pobj" and (o.pos_ == "PROPN" or is_place_group(o, profile=profile)) for o in c.children)
        for c in subj.children)


def _own_result(c: _Clause) -> bool:
    """Whether the figure a verb of reporting has as its object is the subject's own result, not a count of
    others: its noun is one of what a body earns, spends or owes (vocabulary ``own_result_nouns``: "reported a
    *profit* of $4 billion", "recorded *sales* of 2 million cars") or carries a possessive pronoun ("reported
    *its* spending of 40 million euros"); "reported 9,300 cases", "recorded 120 complaints" count others."""
    anchor = next((t for t in c.verb.doc[min(c.own):max(c.own) + 1] if t.head.i not in c.own or t.head.i == t.i),
                  None)
    if anchor is None:
        return False
    others = c.profile.words("speaker_possessives") | c.profile.words("addressee_possessives")
    nouns = [n for n in _figure_nouns(anchor, profile=c.profile) if n.i not in c.own or n is anchor]
    # Only the verb's own object ("reported a profit of ..."), not a noun of a phrase further off.
    nouns = [n for n in nouns if n.head.i == c.verb.i or n.head.head.i == c.verb.i]
    results = c.profile.words("own_result_nouns")
    return any(n.lemma_.lower() in results or n.lower_ in results or any(
        ch.dep_ == "poss" and ch.pos_ == "PRON" and ch.lower_ not in others for ch in n.children) for n in nouns)


def _reporting_body(c: _Clause) -> bool:
    """Whether the subject telling its own result names a body: a named organisation or place, a place, body or
    group with a modifier that says which, or a common noun named by "the" alone ("the carmaker", "the club");
    not a person nor people (who tell the results of a body)."""
    subj = c.subj
    if subj is None or subj.ent_type_ == "PERSON":
        return False
    if subj.ent_type_ in ENTITY_LABELS or _specific_group(subj, c.host, profile=c.profile):
        return True
    # "the carmaker", "the club": a common noun named by "the" alone, not a person or people in general.
    definite = c.profile.words("articles") - c.profile.words("indefinite_articles")
    return subj.pos_ == "NOUN" and not _people(subj, profile=c.profile) and not _timely(subj, profile=c.profile) and (
        subj.lemma_.lower() not in c.profile.words("measure_nouns")) and any(
        ch.dep_ == "det" and ch.lower_ in definite for ch in subj.children)


def _teller_or_giver(c: _Clause) -> Owner | None:
    """A subject that would own the figure but only presents it (:func:`_presenter_of_another`) or hands it
    over (:func:`_giver_of_recipient`). No owner: the clause names none."""
    subj = c.subj
    if subj is None or not c.own:
        return None
    first = min(c.own)
    part = next((ch for ch in c.verb.children if ch.left_edge.i <= first <= ch.right_edge.i), None)
    if part is None or not (_presenter_of_another(c, subj, part) or _giver_of_recipient(c, part)):
        return None
    how = "source-of-figure" if part.dep_ in ("ccomp", "advcl") else "giver-subject"
    return Owner(None, how, subj.left_edge.idx, subj.idx + len(subj))


def _presenter_of_another(c: _Clause, subj: Token, part: Token) -> bool:
    """Whether the subject presents (``presenting_verbs``) a complement clause ``part`` that holds the figure
    and whose subject names another owner (:func:`_names_another`: "the ministry shared how the union's plan
    would cut 600 posts": the source, not the owner); "the club showed it would pay $2 million", "the bank
    explained that the rate would stay at 2 percent" are the presenter's own, and a verb of telling one's own
    reckoning ("the institute says the tunnel would cost $2 billion") leaves the estimate its author's."""
    return c.said and c.verb.lemma_.lower() in c.profile.words("presenting_verbs") and part.dep_ in (
        "ccomp", "advcl") and any(ch.dep_ in ("nsubj", "nsubjpass") and not any(t.i in c.own for t in ch.subtree)
                                  and _names_another(ch, subj, c) for ch in part.children)


def _giver_of_recipient(c: _Clause, part: Token) -> bool:
    """Whether the subject gives (``transfer_verbs``) to a recipient phrase ``part`` that holds the figure ("the
    council awarded prizes to the 12 finalists": the awarder, not whose finalists); not one the giver's pronoun
    points back to ("ship engines to its 12 plants": the giver's own)."""
    return c.verb.lemma_.lower() in c.profile.words("transfer_verbs") and _in_recipient_phrase(c) and not any(
        k.dep_ == "poss" and k.pos_ == "PRON" for t in part.subtree if t.i not in c.own and t.dep_ in (
            "pobj", "dative") for k in t.children)


def _names_another(noun: Token, subj: Token, c: _Clause) -> bool:
    """Whether a complement's subject names an owner other than the presenting subject ``subj``: a name the
    recogniser gives ("that Fjord Rail would cut 40 trains") or a possessor that is a name or a noun ("the
    union's plan"), not the presenter's own ("the Riksbank explained that the Riksbank's rate ...") nor a
    pronoun ("its plan", "it").
    """
    others = [noun] if noun.ent_type_ in OWNER_LABELS else []
    others += [k for k in noun.children if k.dep_ == "poss" and k.pos_ != "PRON"]
    own = norm_name(subj.text)
    ent = entity_at(subj) if subj.ent_type_ else None
    if ent is not None:
        own = norm_name(ent.text)
    for o in others:
        named = entity_at(o) if o.ent_type_ else None
        text = norm_name(named.text if named is not None else o.text)
        if text and text != own and not _is_host(o, c.host):
            return True
    return False


def _acting_subject(c: _Clause) -> Owner | None:
    """A subject that owns the figure: a named one, a place, body or group that says which, the antecedent
    of a relative clause that did something (:func:`_acting_antecedent`), or a listed group of people
    ("no senior will have to pay more than $3,500") when the figure's clause is theirs, not one reported
    under it ("people think [inflation is 3%]"). A group of people by its agent suffix alone
    ("forecasters", "appropriators") says what they do, not whose figure it is, unless the figure counts
    what they do themselves (:func:`_agents_act`: "pensioners will pay $500"); a listed one that happens to
    end like an agent ("seniors", "teenagers": :func:`_listed_people`) is a group like any other."""
    subj = c.subj
    if subj is None or _phrases_between(c) > c.config.subject_phrases or _fronted(c):
        return None
    if not (subj.ent_type_ in OWNER_LABELS or _specific_group(subj, c.host, profile=c.profile)
            or _acting_antecedent(c, profile=c.profile) or c.people and (
            _people(subj, profile=c.profile) and not (
                _agent_noun(subj, profile=c.profile) and not _listed_people(subj, profile=c.profile)
                and not _agents_act(c)))):
        return None
    if _one_in_general(subj, c.verb, profile=c.profile):
        return Owner(None, "unnamed-individual", subj.left_edge.idx, subj.idx + len(subj))
    named = _owner_text(subj, c.own, c.host, profile=c.profile, config=c.config)
    if named and (only := _teller_or_giver(c)) is not None:
        return only
    if named and (others := [t for t in subj.conjuncts if t.i > subj.i]):
        return _coordinated_subject(c, subj, others, named)
    return Owner(named[0], "subject-of-clause", named[1], named[2]) if named else None


def _coordinated_subject(c: _Clause, subj: Token, others: list[Token], named: Found) -> Owner:
    """ "Leeds and York account for a fifth of the region's output": a subject of several conjuncts owns the
    figure together; the whole coordination when every other conjunct is a party too (a name the recogniser
    gives, a place, body or group that says which, a group of people, but not a person: its characters from the
    first to the last), never the first conjunct alone: no owner otherwise ("the club and others", "the club and
    Ana Silva, its coach")."""
    last = _owner_text(others[-1], c.own, c.host, profile=c.profile, config=c.config)
    # A person joined to a body ("the bank and its chief executive") acts for it; no party of their own.
    if last is None or not all(t.ent_type_ != "PERSON" and (
            t.ent_type_ in OWNER_LABELS or _specific_group(t, c.host, profile=c.profile)
            or _people(t, profile=c.profile)) for t in others):
        return Owner(None, "coordinated-subject", subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
    text = subj.doc.text[named[1]:last[2]]
    return Owner(text.replace("\n", " "), "subject-of-clause", named[1], last[2])


def _one_in_general(subj: Token, verb: Token, *, profile: Profile) -> bool:
    """ "A household pays $40 a month", "an apprentice spends 20 hours a week in class": a singular common noun
    with an indefinite article as subject of a verb in the simple present (what such a one does, in general or
    as an example) is anyone of its kind; it names no party (the figure's population belongs to its concept).
    A subject the recogniser names stays a name; so does one with a named modifier ("a Danish firm") or a body
    or firm by its head noun (``institution_nouns``, ``enterprise_nouns``: "a regional government"), and one
    said of a single event ("a household paid", "has paid", "will pay"): a particular party, left unnamed."""
    lemma = subj.lemma_.lower()
    while verb.dep_ == "xcomp" and verb.head is not verb:  # "tends to lift": the tense is the head's
        verb = verb.head
    return subj.tag_ == "NN" and subj.ent_type_ not in OWNER_LABELS and any(
        d.dep_ == "det" and d.lower_ in profile.words("indefinite_articles") for d in subj.children) and (
        verb.tag_ in ("VBZ", "VBP") and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)) and (
        lemma not in profile.words("institution_nouns") | profile.words("enterprise_nouns")) and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and (c.ent_type_ or c.pos_ == "PROPN") for c in subj.children)


def _agents_act(c: _Clause) -> bool:
    """ "Pensioners will pay $500 a year", "renters in the county pay 40 percent of their income": whether the
    figure is in the object a group named by its agent noun acts on, and that object is no change
    (:func:`_group_act`); not with a verb that reports, estimates or finds a figure ("forecasters predict 2
    percent", "researchers found 40 cases": the figure is what they tell, not theirs), a light verb ("voters
    have 40 percent"), one of measure, or a passive; nor for a span of time. The group is one in general (a
    bare plural, "borrowers owe $1.6 trillion") or one a modifier says which ("the county's renters"); "the
    inspectors" alone is a role the text has in view, which may be the host's own. A named place the verb
    has in a phrase ("in Ostland, 40,000 renters spend ...") is the owner the place rules read."""
    verb, profile = c.verb, c.profile
    told = (profile.words("report_verbs") | profile.words("release_verbs") | profile.words("light_verbs")
            | profile.words("measure_verbs"))
    anchor = next((t for t in verb.doc[min(c.own):max(c.own) + 1] if t.head.i not in c.own or t.head.i == t.i),
                  None)
    if anchor is None or verb.pos_ != "VERB" or verb.lemma_.lower() in told or any(
            ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children):
        return False
    if c.subj is not None and any(ch.dep_ == "det" for ch in c.subj.children) and not _which(
            c.subj, profile=profile):
        return False  # "the appropriators will use $23 billion": a role the text has in view, maybe the host's
    if any(ch.dep_ == "prep" and any(g.ent_type_ in ("GPE", "LOC") for g in ch.children) for ch in verb.children):
        return False  # "in the valley, 40,000 renters spend 30 percent": the group is the place's, named there
    # Not what the act lasted ("borrowers waited two years").
    return anchor.ent_type_ not in ("DATE", "TIME") and anchor.lemma_.lower() not in profile.words(
        "time_nouns") and _group_act(
        anchor, verb, profile=profile)


def _phrases_between(c: _Clause) -> int:
    """How many prepositions the parse passes through from the figure up to the verb of its own clause (a
    clause above is reached through its verb: "led the marine economy, [with exports increasing *by* 60%]");
    not "of", which gives a noun its value or its content ("an average *of* 60,000 jobs", "the minimum
    level *of* 2 percent") rather than another noun's description."""
    t = next((t for t in c.verb.doc[min(c.own):max(c.own) + 1] if t.head.i not in c.own or t.head.i == t.i),
             None)
    n = 0
    for _ in range(c.config.head_depth):
        if t is None or t.head.i == t.i or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            break
        n += t.dep_ == "prep" and t.lower_ != "of"
        t = t.head
    return n


def _fronted(c: _Clause) -> bool:
    """Whether the figure is in a phrase of time put before the clause's subject, which frames the statement
    ("After three rounds of talks, is the ministry frustrated?", "Within two weeks, the club had sold ..."),
    not in what the subject did; a span the subject's act lasts is its own ("For 75 years, the league has
    ...")."""
    if c.subj is None:
        return False
    t = next((t for t in c.verb.doc[min(c.own):max(c.own) + 1] if t.head.i not in c.own or t.head.i == t.i),
             None)
    for _ in range(c.config.head_depth):
        if t is None or t.head.i == t.i:
            return False
        if t.head.i == c.verb.i:
            return (t.dep_ == "prep" and t.lower_ in c.profile.words("frame_prepositions") and t.i < c.subj.i
                    and t.i < c.verb.i)
        t = t.head
    return False


def _acting_antecedent(c: _Clause, *, profile: Profile) -> bool:
    """ "the oil industry, which made $200 billion": a relative clause whose verb is not one of measure and
    whose object is the figure says what its antecedent did, when that is a group of people, a place, body
    or group that says which, or a body or enterprise."""
    subj = c.subj
    if subj is None or not c.direct or c.verb.dep_ != "relcl" or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if c.verb.lemma_.lower() in profile.words("measure_verbs") or (
            subj.lemma_.lower() in profile.words("measure_nouns")) or _anyone(subj, profile=profile):
        return False
    return (_people(subj, profile=profile) or _specific_group(subj, c.host, profile=profile)
            or _agentive(subj, profile=profile) and not is_place_noun(subj.lower_, profile=profile))


def _projection_author(c: _Clause) -> Owner | None:
    """ "The IMF forecast says growth will slow to 2 percent", "the Lakeside Institute estimate, which says
    the line would cost $900 million": a forecast or an estimate as subject is its author's, a body or
    place named as its modifier (a possessor is read by the partner rules)."""
    subj = c.subj
    if subj is None or subj.lemma_.lower() not in c.profile.words("projection_nouns"):
        return None
    for m in subj.children:
        if m.dep_ in ("compound", "nmod") and m.ent_type_ in ENTITY_LABELS and m.i not in c.own:
            named = _owner_text(m, c.own, c.host, profile=c.profile, config=c.config)
            if named:
                return Owner(named[0], "projection-author", named[1], named[2])
    return _estimate_possessor(c, subj)


def _estimate_possessor(c: _Clause, subj: Token) -> Owner | None:
    """ "The institute's estimate is that the line costs $900 million", "their estimate is that it costs
    about $70 billion" (a reply to a question that names the body): the possessor of a forecast or an
    estimate noun that is its clause's subject is its author, a named body or place, a body or group that
    says which (named), or a "their"/"its" standing for the body the question names (:func:`_asked_about`). The
    speaker's own ("our estimate") is the host's figure; a person's estimate says nothing of whose figure it
    is."""
    poss = next((m for m in subj.children if m.dep_ == "poss" and m.i not in c.own), None)
    if poss is None or poss.ent_type_ == "PERSON":
        return None
    if poss.lower_ in c.profile.words("speaker_possessives"):
        return Owner(None, "host-speaking", poss.idx, poss.idx + len(poss))
    if poss.pos_ == "PRON":
        if poss.lower_ not in c.profile.words("relative_possessives") and (
                found := _asked_about(poss, c.host, profile=c.profile)) is not None:
            return Owner(found.name, "estimate-author", found.start, found.end)
        return None
    if _is_host(poss, c.host):
        return Owner(None, "host-own-figure", poss.idx, poss.idx + len(poss))
    if poss.ent_type_ not in ENTITY_LABELS:
        return None
    named = _owner_text(poss, c.own, c.host, profile=c.profile, config=c.config)
    return Owner(named[0], "estimate-author", named[1], named[2]) if named else None


def _host_possessor(c: _Clause) -> Owner | None:
    """ "China's share of the world's export markets reached 14.5%" in China's briefing (or "the China share
    of ..."): the host's own figure, whose "of" phrase names the whole it is a share of; a partner still names
    another ("China's exports to the EU rose 7%")."""
    if c.subj is None or c.subj.ent_type_ == "PERSON":
        return None  # "Secretary Yellen": a person under the host's title is read as a person
    poss = next((ch for ch in c.subj.children if ch.dep_ in ("poss", "compound", "nmod") and _is_host(ch, c.host)),
                None)
    if poss is None:
        return None
    return (_partner(c.subj, c.own, c.host, profile=c.profile, config=c.config)
            or Owner(None, "host-own-figure", poss.idx, poss.idx + len(poss)))


def _subject_partner(c: _Clause) -> Owner | None:
    """ "exports to the EU rose 7.1%": the subject's partner or named "of" phrase; not the "of" phrase of a
    title ("the Minister of Transport has frozen fares for 2 million riders": the office's department)."""
    if c.subj is None or c.subj.lemma_.lower() in c.profile.words("offices"):
        return None
    return _partner(c.subj, c.own, c.host, of=True, profile=c.profile, config=c.config)


def _indirect_object(c: _Clause) -> Owner | None:
    """ "costing its residents $1 million", "costing his own voters over a million dollars": the one charged
    or granted, an indirect object or (as the parser often reads it) a noun object before the figure. The
    first such object decides: when it names no owner, the clause names none."""
    for ch in c.verb.children:
        if ch.pos_ in ("NOUN", "PROPN") and ch.i not in c.own and (ch.dep_ == "dative" or (
                c.direct and ch.dep_ == "dobj" and ch.i < min(c.own) and _may_be_charged(ch, profile=c.profile))):
            named = _owner_text(ch, c.own, c.host, profile=c.profile, config=c.config)
            return Owner(named[0], "indirect-object", named[1], named[2]) if named else _SILENT
    return None


def _verb_partner(c: _Clause) -> Owner | None:
    """ "grants of $40 million went to rural hospitals": the verb's own partner phrase, a recipient only
    ("stood with the workers" names company, not an owner). Not when the figure counts the verb's subject
    ("70,000 members voted for the merger", "300 fans travelled to Leeds"): those counted are the ones
    acting, the phrase names whom or where they act for, not whose count it is. Nor when the figure is in a
    recipient phrase of the verb itself and the other is counted by a figure of its own ("gave medals to 40
    volunteers for nine charities": the charities are a party of their own, not the volunteers')."""
    if _counts_subject(c.verb, c.own):
        return None
    found = _partner(c.verb, c.own, c.host, verb=True, profile=c.profile, config=c.config)
    if found is not None and found.start is not None and found.end is not None and _in_recipient_phrase(c):
        # "to 40 volunteers for nine charities": the other recipient, counted by a figure of its own, is a
        # party of its own ("go to the agency for a 30-day permit" still names who grants it).
        other = c.verb.doc.char_span(found.start, found.end, alignment_mode="expand")
        if other is not None and any(ch.dep_ == "nummod" and ch.i not in c.own for t in other for ch in t.children):
            return None
    return found


def _in_recipient_phrase(c: _Clause) -> bool:
    """Whether the figure is in a recipient phrase of the clause's verb (its dative, or its "to"/"for"), one
    that names no time or span ("worked with her for seven months")."""
    if not c.own:
        return False
    first = min(c.own)
    recipients = c.profile.words("recipient_prepositions")
    return any(ch.left_edge.i <= first <= ch.right_edge.i and (
        ch.dep_ == "dative" or (ch.dep_ == "prep" and ch.lower_ in recipients and not any(
            o.dep_ == "pobj" and _timely(o, profile=c.profile) for o in ch.children))) for ch in c.verb.children)


def _counts_subject(verb: Token, own: set[int]) -> bool:
    """Whether the figure counts the ones acting, the active subject of the verb ("*55 firms* paid nothing");
    not what is acted on ("5 million barrels were shipped to Europe") nor a share ("60 percent went to
    schools")."""
    return any(s.dep_ == "nsubj" and s.i not in own and any(n.dep_ == "nummod" and n.i in own for n in s.children)
               for s in verb.children)


def _counts_the_act(c: _Clause) -> bool:
    """Whether the figure counts what the clause's verb acted on or how often it acted: a number on its direct
    object ("built *300* schools", "lost *two* players"), the object itself ("will spend *$40 million*"), a
    frequency on the verb ("ruled *twice*", "raised the levy *three times*") or the span within which it acted
    on its object ("took the port *in two days*"). Not a time or a measure as object ("spent two weeks",
    "gained 40 points": what the act lasted or moved), nor a verb of measure ("the index rose three times") or
    one too general to say the subject acted on what is counted ("saw 40 offers"; it may still say how often),
    nor a passive (the counted ones are acted on by someone the clause does not name)."""
    verb = c.verb
    # An act with an indirect object ("awarded the tenants 40 flats") is read for whom it grants or charges.
    if verb.pos_ != "VERB" or verb.lemma_.lower() in c.profile.words("measure_verbs") or any(
            ch.dep_ in ("nsubjpass", "auxpass", "dative") for ch in verb.children):
        return False
    anchor = next((t for t in verb.doc[min(c.own):max(c.own) + 1] if t.head.i not in c.own or t.head.i == t.i),
                  None)
    if anchor is None:
        return False
    if anchor.head.i == verb.i and anchor.dep_ in ("advmod", "npadvmod"):
        # "twice", "three times": a word the unit table reads as a multiple, said of the act.
        return anchor.lower_ in c.profile.words("multiple_words") or (
            c.profile.table("unit_words").get(anchor.lower_) == "times" and any(
                ch.dep_ == "nummod" and ch.i in c.own for ch in anchor.children))
    if verb.lemma_.lower() in c.profile.words("light_verbs"):
        return False  # "the league saw 40 offers", "the club has 300 members": no act of the subject's on them
    if c.direct and anchor.dep_ == "dobj" and anchor.head.i == verb.i:
        # "will spend $40 million", "paid $90 million for the striker": the figure is the act's object itself;
        # not when another object comes first ("fined the club $2 million": the one charged is read after),
        # nor a span of time ("spent two weeks in camp").
        # Nor when the act names to or for whom the amount goes ("will refund $150 for those with season
        # tickets", "will give $40 million to the hospitals"): the recipient rules read that phrase.
        return anchor.ent_type_ not in ("DATE", "TIME") and anchor.lemma_.lower() not in c.profile.words(
            "time_nouns") and not any(ch.dep_ in ("dative", "dobj") and ch.i < min(c.own) for ch in verb.children
                                      ) and not any(ch.dep_ == "prep" and ch.lower_ in c.profile.words(
                                          "recipient_prepositions") for ch in verb.children)
    prep = anchor.head
    if anchor.dep_ == "pobj" and prep.lower_ in c.profile.words("horizon_prepositions") and prep.head.i == verb.i:
        # "captured three towns in a week": the span within which the act on its object was done.
        return anchor.lemma_.lower() in c.profile.words("time_nouns") and any(
            ch.dep_ == "dobj" for ch in verb.children)
    obj = anchor.head
    return (anchor.dep_ == "nummod" and obj.i not in c.own and obj.dep_ == "dobj" and obj.head.i == verb.i
            and not _timely(obj, profile=c.profile) and obj.lemma_.lower() not in c.profile.words("measure_nouns"))


def _acting_body(tok: Token, host: frozenset[str], *, profile: Profile) -> bool:
    """Whether a subject is a body, a side or a unit that acts as one (vocabulary ``acting_body_nouns``), named
    by a definite article or a demonstrative alone ("the tribunal", "the visiting club", "the province") or
    by a name before it ("a Danish navy frigate", "Norway's air force"); not one that any ("a club"), every
    or no body could be, nor a word of the host's own name ("the bank" at a central bank's briefing, "the
    city" at a city hall's: the host itself)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "nsubj":
        return False
    words = profile.words("acting_body_nouns")
    if tok.lower_ not in words and tok.lemma_.lower() not in words:
        return False
    definite = (profile.words("articles") - profile.words("indefinite_articles")) | profile.words("demonstratives")
    if not (any(ch.dep_ == "det" and ch.lower_ in definite for ch in tok.children) or _name_before(tok)):
        return False
    return not any(w in (tok.lower_, tok.lemma_.lower()) for name in host for w in name.split())


def _name_before(tok: Token) -> bool:
    """Whether a name qualifies a noun, or the noun's own modifier ("*Norway's* air force", "a *Danish* navy
    frigate")."""
    mods = [m for ch in tok.lefts if ch.dep_ in ("poss", "compound", "amod", "nmod") for m in ch.subtree]
    return any(m.pos_ == "PROPN" or m.ent_type_ in ENTITY_LABELS for m in mods)


def _body_named_before(tok: Token, host: frozenset[str], *, profile: Profile, config: EntityConfig) -> Owner | None:
    """ "In the eastern region, ... The region alone imported 85%", "the Harbour Tribunal heard the case ... the
    tribunal ruled twice": the body "the" points back to, the nearest mention of the same noun before it, in
    its own sentence or up to ``antecedent_sentences`` before, that says which (a name, a place or body with a
    modifier that says which); the host's own (no owner) when that mention is the host; None when there is
    none."""
    lemma = tok.lemma_.lower()
    before = [tok.doc[tok.sent.start:tok.i], *_sentences_before(tok.sent, config.antecedent_sentences)]
    for t in (t for sent in before for t in reversed(list(sent))):
        if t.lemma_.lower() != lemma or not (t.ent_type_ in ENTITY_LABELS or _name_before(t) or _specific_group(
                t, host, profile=profile)):
            continue
        if _is_host(t, host):
            return Owner(None, "host-own-figure", t.idx, t.idx + len(t))
        found = _owner_text(t, set(), host, profile=profile, config=config)
        return Owner(found[0], "acting-body", found[1], found[2]) if found else None
    return None


def _body_acting(c: _Clause) -> Owner | None:
    """ "The tribunal ruled twice", "the visiting club lost two players", "the province has built 300 schools":
    a body, a side or a unit named by "the" alone (:func:`_acting_body`) owns the count of its own acts
    (:func:`_counts_the_act`), though it says no more of which it is than the sentences around it do. Said
    of anything else ("the survey found 40 cases", "people bought 40 million tickets") the subject is a
    source or nobody in particular."""
    subj = c.subj
    if subj is None or _fronted(c) or not _acting_body(subj, c.host, profile=c.profile) or not _counts_the_act(c):
        return None
    if not _name_before(subj):
        # "the region", "the tribunal": the one named before, when the text names it (:func:`_body_named_before`).
        back = _body_named_before(subj, c.host, profile=c.profile, config=c.config)
        if back is not None:
            return back
        if not any(ch.dep_ in ("amod", "compound", "nmod", "poss") for ch in subj.children):
            return None  # a bare "the board", "the company" that nothing before names may be the host itself
    named = _owner_text(subj, c.own, c.host, profile=c.profile, config=c.config)
    return Owner(named[0], "acting-body", named[1], named[2]) if named else None


def _body_they_acting(c: _Clause) -> Owner | None:
    """ "The council met on Monday. They did it three times with the last mayor": a "they" subject whose
    clause counts its own acts (:func:`_counts_the_act`) stands for the body the sentence before has as its
    subject, when that is a named organisation or a body named by "the" alone (:func:`_acting_body`) and
    neither that sentence nor its own before the pronoun names a plural ("the council met the tenants. They
    ..." leaves "they" open). A sentence on the way whose subject is the same pronoun speaks of the same body
    ("Congress has failed to act. They just have. They voted twice"). The host as that subject makes it the
    host's own figure."""
    subj = c.subj
    if subj is None or subj.lower_ not in c.profile.words("group_pronouns") or not _counts_the_act(c):
        return None
    if any(t.tag_ in ("NNS", "NNPS") for t in subj.doc[subj.sent.start:subj.i]):
        return None
    body = None
    for before in _sentences_before(subj.sent, c.config.antecedent_sentences):
        if any(t.tag_ in ("NNS", "NNPS") and not t.like_num for t in before):
            return None
        body = next((t for t in before if t.dep_ == "nsubj" and t.head.i == before.root.i), None)
        if body is None or body.lower_ != subj.lower_:
            break
    if body is None or body.pos_ == "PRON":
        return None
    if _is_host(body, c.host):
        return Owner(None, "host-own-figure", body.idx, body.idx + len(body))
    if not (body.ent_type_ == "ORG" and body.pos_ == "PROPN" or _acting_body(body, c.host, profile=c.profile)):
        return None
    named = _owner_text(body, set(), c.host, profile=c.profile, config=c.config)
    return Owner(named[0], "body-antecedent", named[1], named[2]) if named else None


def _passive_agent(c: _Clause) -> Owner | None:
    """ "the plan was rejected by the Greens twice", "the fares were raised by the Harbour Board three times":
    how often a passive verb's act was done is the count of its agent's acts (the "by" phrase), when that
    names an owner (a name, or a place, body or group that says which); whatever the subject is, it was
    acted on."""
    verb = c.verb
    agent = next((o for ch in verb.children if ch.dep_ == "agent" for o in ch.children if o.dep_ == "pobj"), None)
    if agent is None or not _frequency_of_act(c):
        return None
    if _is_host(agent, c.host):
        return Owner(None, "host-own-figure", agent.idx, agent.idx + len(agent))
    if not (agent.ent_type_ in OWNER_LABELS - {"PERSON"} or _specific_group(agent, c.host, profile=c.profile)):
        return None
    named = _owner_text(agent, c.own, c.host, profile=c.profile, config=c.config)
    return Owner(named[0], "agent-of-passive", named[1], named[2]) if named else None


def _frequency_of_act(c: _Clause) -> bool:
    """Whether the figure says how often the clause's verb acted ("twice", "three times"), a word on the verb
    that the unit table reads as a multiple (as :func:`_counts_the_act` reads it)."""
    anchor = next((t for t in c.verb.doc[min(c.own):max(c.own) + 1] if t.head.i not in c.own or t.head.i == t.i),
                  None)
    if anchor is None or anchor.head.i != c.verb.i or anchor.dep_ not in ("advmod", "npadvmod"):
        return False
    return anchor.lower_ in c.profile.words("multiple_words") or (
        c.profile.table("unit_words").get(anchor.lower_) == "times" and any(
            ch.dep_ == "nummod" and ch.i in c.own for ch in anchor.children))


#: What a clause says of its figure's owner, strongest first: its subject, then its objects.
_CLAUSE_RULES: RuleSet[_Clause, Owner] = RuleSet(
    "clause-owner", _speaker_subject, _host_subject, _passive_agent, _body_they_acting, _pronoun_subject,
    _estimate_author, _reporting_subject,
    _acting_subject, _body_acting, _projection_author,
    _host_possessor,
    _subject_partner, _indirect_object, _verb_partner)


def _antecedent(pron: Token, host: frozenset[str], *, profile: Profile, config: EntityConfig) -> Owner | None:
    """What a third-person pronoun stands for: for "he", "she", the nearest subject or possessor before it,
    in up to three sentences back, that is a person or a proper noun ("The Secretary's plan ... She has 30
    years of experience"). Pronouns on the way are skipped: they stand for the same referent ("He also
    said ... He was in the Senate for 36 years"). "they" stands for too many things to be read from the
    sentences before ("they" the families, the lawmakers, the reporters): here only the body a question names
    is taken (:func:`_asked_about`; the group the sentence before names is the last resort of the figure's
    rules, :func:`_they_of_clause`); "it", "that" is a thing, not an owner."""
    if pron.lower_ not in profile.words("person_pronouns"):
        return _asked_about(pron, host, profile=profile) if pron.lower_ in profile.words("group_pronouns") else None
    for sent in _sentences_before(pron.sent, config.antecedent_sentences):
        fits = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass", "poss") and t.pos_ != "PRON" and (
            t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON"))]
        if _other_person(sent, fits[0] if fits else None):
            # "The mayor knows Chief Okafor. He has led the force for six years": two people the "he" may
            # stand for, or one named nearer than any subject ("His name is Tom Ode."): no owner is better
            # than a guess.
            return None
        if fits:
            if _is_host(fits[0], host):
                return Owner(None, "host-own-figure", fits[0].idx, fits[0].idx + len(fits[0]))
            found = _owner_text(fits[0], set(), host, profile=profile, config=config)
            return Owner(found[0], "pronoun-antecedent", found[1], found[2]) if found else None
    return None


def _other_person(sent: Span, chosen: Token | None) -> bool:
    """Whether a sentence names a person (a ``PERSON`` entity) other than the ``chosen`` subject or possessor
    (with its name's words: "President Lindqvist")."""
    if chosen is None:
        words: set[int] = set()
    else:
        ent = entity_at(chosen) if chosen.ent_type_ else None
        words = set(range(ent.start, ent.end)) if ent is not None else set()
        words |= {t.i for t in chosen.subtree if t.dep_ in ("compound", "flat", "appos") or t.i == chosen.i}
    return any(t.ent_type_ == "PERSON" and t.i not in words for t in sent)


def _group_antecedent(pron: Token, host: frozenset[str], acts: bool, *, profile: Profile,
                      config: EntityConfig) -> Owner | None:
    """ "The city now has 1,200 Polish students. They pay a levy of 6 percent": a "they" stands for the group
    the sentence just before names, when that is the one plural noun it names (whatever its role there): a
    sentence naming several plurals ("landlords and tenants", "fares and riders") leaves "they" open, and so
    does one before it in its own sentence. The group must say which (a named people or body, a place or
    body with a modifier, people with one: "rural states", "Afghan students"); "the two men" or "dissenters"
    are too vague to own a figure. A group the host's possessive names is the host's public ("our farmers"). With
    several plurals named, the sentence's subject only when the "they" clause ``acts`` (:func:`_group_act`)."""
    sent = pron.sent
    if any(t.tag_ in ("NNS", "NNPS") for t in pron.doc[sent.start:pron.i]):
        return None
    before = next(_sentences_before(sent, 1), None)
    if before is None or not _same_turn(before, pron):
        return None  # a "they" in an answer may mean anyone the question named: no owner is better than a guess
    plurals = [t for t in before if t.tag_ in ("NNS", "NNPS") and not t.like_num and t.dep_ != "compound"]
    lemmas = {t.lemma_.lower() for t in plurals}
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == before.root.i
                    and t.tag_ in ("NNS", "NNPS")), None)
    group: Token | None = None
    if len(lemmas) == 1:
        group = plurals[-1]
    elif acts and subject is not None and not any(
            _actor_like(t, profile=profile) for t in plurals if t.lemma_.lower() != subject.lemma_.lower()):
        # "Dairy farmers across the province are worried about prices. They pay ...": the sentence's subject
        # when no other plural it names could act ("prices" cannot pay), and the "they" clause is an act a
        # group does (``acts``, :func:`_group_act`; "they expect a 10 percent rise" may be the prices').
        group = subject
    if group is None or not _group_that_says_which(group, host, profile=profile):
        if acts and not any(_actor_like(t, profile=profile) for t in plurals):
            # "No student will pay more than $500 next year. That is the law now. They will pay $400": a
            # sentence before that names no group leaves the group subject of an earlier sentence of the turn.
            return _group_subject_before(pron, host, profile=profile, config=config)
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in group.children) or _is_host(group, host):
        return None
    found = _owner_text(group, set(), host, profile=profile, config=config)
    return Owner(found[0], "group-antecedent", found[1], found[2]) if found else None


def _group_subject_before(pron: Token, host: frozenset[str], *, profile: Profile,
                          config: EntityConfig) -> Owner | None:
    """A "they" acting stands for the group that is the subject of a clause of an earlier sentence of the same
    turn, up to ``antecedent_sentences`` back ("No student will pay more than $500 next year. The year after,
    the law caps it. They will pay $400"). The nearest sentence that names a plural that could act
    (:func:`_actor_like`) decides, and one on the way whose subject is a plural of any kind ("prices rose")
    leaves "they" open. There the group must be the one such plural, or a singular listed noun for people
    quantified as a whole ("no senior", "every student": vocabulary ``group_quantifiers``); a subject; and
    a group that could own its own clause's figure (one that says which: :func:`_group_that_says_which`, or a
    listed group of people: :func:`_listed_people`). A sentence naming only things ("drug costs") is passed
    over; another pronoun ("they") on the way is the same group; the host is never it."""
    quantifiers = profile.words("group_quantifiers")
    for sent in _sentences_before(pron.sent, config.antecedent_sentences):
        if not _same_turn(sent, pron):
            return None
        groups = [t for t in sent if t.pos_ != "PRON" and not t.like_num and t.dep_ != "compound" and (
            _actor_like(t, profile=profile) if t.tag_ in ("NNS", "NNPS") else t.dep_ in ("nsubj", "nsubjpass")
            and _listed_people(t, profile=profile) and any(c.dep_ == "det" and c.lower_ in quantifiers
                                                            for c in t.children))]
        if not groups:
            if any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") for t in sent):
                return None  # "Prices rose in May": a plural subject between may be what "they" stands for
            continue
        if len({t.lemma_.lower() for t in groups}) > 1:
            return None
        group = groups[-1]
        if group.dep_ not in ("nsubj", "nsubjpass") or _is_host(group, host) or any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in group.children):
            return None
        if not (_group_that_says_which(group, host, profile=profile) or _listed_people(group, profile=profile)):
            return None
        found = _owner_text(group, set(), host, profile=profile, config=config)
        return Owner(found[0], "group-antecedent", found[1], found[2]) if found else None
    return None


def _group_that_says_which(group: Token, host: frozenset[str], *, profile: Profile) -> bool:
    """Whether a plural names a group that can own a figure: a named people or body, a place or body with a
    modifier that says which, people (or a household, a school: vocabulary ``collective_nouns``) with one
    ("rural states", "Afghan students", "wealthy households") or with a phrase that places them ("renters in
    the county": :func:`_placed`); "the two men" or "dissenters" are too vague."""
    collective = group.lemma_.lower() in profile.words("collective_nouns") or (
        group.lower_ in profile.words("collective_nouns"))
    return group.ent_type_ in ("NORP", "ORG") or _specific_group(group, host, profile=profile) or (
        (_people(group, profile=profile) or collective) and (_which(group, profile=profile) or _placed(
            group, profile=profile)))


def _placed(group: Token, *, profile: Profile) -> bool:
    """Whether a group has a phrase that says where it is, naming a place ("renters *in the county*", "farmers
    *across Ontario*"; vocabulary ``location_prepositions``): that says which group it is."""
    return any(p.dep_ == "prep" and p.lower_ in profile.words("location_prepositions") and any(
        o.dep_ == "pobj" and is_place_group(o, profile=profile) for o in p.children) for p in group.children)


def _actor_like(tok: Token, *, profile: Profile) -> bool:
    """Whether a plural could be what a "they" acting stands for: a named people or body, people, a place, a
    body or an enterprise, a household or a school (not "prices", "rates")."""
    return tok.ent_type_ in ("NORP", "ORG", "GPE") or _people(tok, profile=profile) or _agentive(
        tok, profile=profile) or tok.lemma_.lower() in profile.words("collective_nouns")


def _same_turn(sent: Span, tok: Token) -> bool:
    """Whether a sentence and a token are said in the same speaker turn (always, when the structure was not
    read)."""
    structure = getattr(tok.doc._, "structure", None) if tok.doc.has_extension("structure") else None
    if structure is None:
        return True
    starts = [t.start for t in structure.turns]
    return bisect.bisect_right(starts, sent.start_char) == bisect.bisect_right(starts, tok.idx)


def _sentences_before(sent: Span, most: int) -> Iterator[Span]:
    """Up to ``most`` sentences before ``sent``, nearest first."""
    doc = sent.doc
    for _ in range(most):
        if sent.start == 0:
            return
        sent = doc[sent.start - 1].sent
        yield sent


def _asked_about(pron: Token, host: frozenset[str], *, profile: Profile) -> Owner | None:
    """ "Q: ... the new Harbour Authority forecast ... — A: They expect ...": a "they" in a reply whose referent
    its own sentences do not name stands for the body the turn before names last (an organisation). A plural
    subject before it in its own sentence is its referent ("Fares rose last year; now they are $3"): no body."""
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") for t in pron.doc[pron.sent.start:pron.i]):
        return None
    structure = getattr(pron.doc._, "structure", None)
    ordered = sorted(structure.turns, key=lambda t: t.start) if structure is not None else []
    turns = [t.start for t in ordered]
    k = bisect.bisect_right(turns, pron.idx) - 1
    # Only an answer: an official's turn right after a reporter's. A "they" in a question, or in an official's
    # turn after another official's, points at whatever the speaker was saying, not at the body just named.
    if k < 1 or ordered[k].role != "official" or ordered[k - 1].role != "media":
        return None
    lo, hi = turns[k - 1], turns[k]
    named = [e for e in pron.doc.ents
             if lo <= e.start_char < hi and e.label_ == "ORG" and norm_name(e.text) not in host]
    if not named:
        return None
    e = named[-1]
    # The answer's words, after its speaker label (a label the recogniser tags is no party named).
    if not _told_from_question(pron, max(hi, ordered[k].content_start), e, profile=profile):
        return None
    return Owner(e.text.replace("\n", " "), "named-in-question", e.start_char, e.end_char)


@per_profile
def verbs_of_telling(profile: Profile) -> frozenset[str]:
    """Verbs by which a party tells a figure rather than acts on it ("they say", "reported that", "we
    estimate", "they believe"): vocabularies ``telling_verbs``, ``report_verbs`` (which holds the verbs of
    estimating) and ``hedge_verbs``."""
    return profile.words("telling_verbs") | profile.words("report_verbs") | profile.words("hedge_verbs")


def _told_from_question(pron: Token, answer: int, asked: Span, *, profile: Profile) -> bool:
    """Whether a "they"/"their" in an answer may stand for the body the question names (``asked``): the answer
    names no other party (a body, a people, or a place as subject or possessor) before it (the nearer
    referent: "the chief of Vaxo said they will deliver 40 million doses"; only where the text was parsed);
    and either it names the asked body itself
    ("Harbour Rail's staff ... They still have four weeks"), or the pronoun tells that body's reckoning, the
    subject of a verb of telling, reporting, estimating or believing (:func:`verbs_of_telling`: "they say it
    costs $70 billion") or the
    possessor of its estimate ("their estimate is"). A "they" that acts ("they provided 90 tons", "they have
    spoken a dozen times") with nothing in the answer pointing back stands for whoever the answer speaks of: no
    owner is better than the question's."""
    doc = pron.doc
    # A body or a people may be what "they" stands for; a place only as a subject or a possessor: one that is
    # only the setting ("in Oslo, they said") is none.
    before = [norm_name(e.text) for e in doc.ents if answer <= e.start_char < pron.idx and e.label_ in ENTITY_LABELS
              and (e.label_ not in ("GPE", "LOC", "FAC") or e.root.dep_ in ("nsubj", "nsubjpass", "poss"))]
    if any(n != norm_name(asked.text) for n in before):
        return False
    if before or pron.dep_ == "poss":
        return True
    return pron.dep_ == "nsubj" and pron.head.lemma_.lower() in verbs_of_telling(profile)


def _people(tok: Token, *, profile: Profile) -> bool:
    """A noun for a group of people ("seniors", "no senior", "students"), from ``person_nouns`` and
    ``age_nouns``; a noun for people in general (``generic_people``) only with a modifier."""
    nouns = profile.words("person_nouns") | profile.words("age_nouns")
    w = tok.lemma_.lower()
    if not (tok.lower_ in nouns or w in nouns or w + "s" in nouns or _agent_noun(tok, profile=profile)):
        return False
    # "people" in general is the host's public; "young people" is a group.
    generic = tok.lower_ in profile.words("generic_people") or w in profile.words("generic_people")
    return not generic or any(c.dep_ in ("amod", "compound") for c in tok.children)


def _member_or_body(noun: Token, *, profile: Profile) -> bool:
    """Whether a counted noun is one for people who serve in or belong to a body (vocabulary ``member_nouns``:
    "staff", "volunteers", "officers") or one for a body or a place (:func:`_agentive`): the ones a name on
    them or an "of" phrase after them can own. Not a body's clients ("customers", "borrowers", "viewers"),
    nor a noun that only ends like an agent ("launchers", "tankers", "containers")."""
    members = profile.words("member_nouns")
    return noun.lemma_.lower() in members or noun.lower_ in members or _agentive(noun, profile=profile)


def _listed_people(tok: Token, *, profile: Profile) -> bool:
    """Whether a noun is one of the listed nouns for people (``person_nouns``, ``age_nouns``: "seniors",
    "teenagers", or the singular of one: "no senior"), not people by its agent suffix alone ("forecasters")
    nor people in general (``generic_people``)."""
    nouns = profile.words("person_nouns") | profile.words("age_nouns")
    generic = profile.words("generic_people")
    return (tok.lower_ in nouns or tok.lemma_.lower() in nouns or tok.lower_ + "s" in nouns) and not (
        tok.lower_ in generic or tok.lemma_.lower() in generic)


@per_profile
def _shortest_agent(profile: Profile) -> int:
    """The fewest letters of a lemma the agent suffix makes a doer (vocabulary ``word_shapes``,
    ``agent_lemma``): "users", "ores" are no agents."""
    return int(profile.table("word_shapes")["agent_lemma"])


def _anyone(tok: Token, *, profile: Profile) -> bool:
    """A noun for people in general (``generic_people``: "people", "person") with no modifier that says which
    ("12 people who run ...", "people who are 50 or older", "in person"): nobody in particular owns a figure;
    "rural people" would."""
    generic = profile.words("generic_people")
    return (tok.lower_ in generic or tok.lemma_.lower() in generic) and not _which(tok, profile=profile)


def _agent_noun(tok: Token, *, profile: Profile) -> bool:
    """A plural noun for those who do something, by its English agent suffix ("renters", "taxpayers",
    "borrowers", "economists"): people, unless the word measures or dates ("orders", "quarters")."""
    w = tok.lemma_.lower()
    return (tok.tag_ == "NNS" and tok.lower_.endswith(_agent_suffixes(profile)) and len(w) >= _shortest_agent(profile)
            and not (w in profile.words("measure_nouns") or _timely(tok, profile=profile)))


@per_profile
def _agent_suffixes(profile: Profile) -> tuple[str, ...]:
    """The endings of agent nouns (vocabulary ``agent_suffixes``), for ``str.endswith``."""
    return tuple(sorted(profile.words("agent_suffixes")))


def _which(tok: Token, *, profile: Profile) -> bool:
    """Whether a noun has a modifier that says which ("*rural* hospitals", "the *oil* industry"), not one
    that only quantifies or vaguely qualifies ("other firms", "many hospitals")."""
    return any(m.dep_ in ("compound", "amod") and m.pos_ in ("ADJ", "NOUN", "PROPN") and not m.like_num
               and m.lower_ not in profile.words("vague_modifiers") for m in tok.children)


def _agentive(tok: Token, *, profile: Profile) -> bool:
    """A noun for a place, a body or an enterprise: what can own a figure when a modifier says which."""
    lemma = tok.lemma_.lower()
    return is_place_noun(tok.lower_, profile=profile) or lemma in profile.words("institution_nouns") or (
        lemma in profile.words("enterprise_nouns"))


def is_place_group(tok: Token, *, profile: Profile) -> bool:
    """Whether a token names a place or a grouping that a stretch of figures can be about: a named place or
    people, or a place noun that is not a field of activity ("the eastern region", not "the labour market")."""
    if tok.ent_type_ in ("GPE", "LOC", "NORP"):
        return True
    if tok.ent_type_ or not is_place_noun(tok.lower_, profile=profile):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.pos_ != "PRON"
            and c.lower_ not in profile.words("vague_modifiers")]
    return not (mods and _kind_of_activity(tok, mods, profile=profile))


def _instrument(tok: Token, *, profile: Profile) -> bool:
    """Whether a named entity is an instrument or a document ("the Rescue Plan", "the Jobs Report")."""
    ent = entity_at(tok) if tok.ent_type_ else None
    head = ent.root if ent is not None else tok
    return head.lemma_.lower() in profile.words("instrument_nouns") or (
        head.lower_ in profile.words("instrument_nouns")) or _spelt_out_as_measure(ent or tok, profile=profile)


def _spelt_out_as_measure(name: Span | Token, *, profile: Profile) -> bool:
    """ "the MLR [minimum lending rate]": a short name the text spells out in brackets right after it as a
    measure is that measure, not a body ("the NHF [National Housing Fund]" is one)."""
    doc = name.doc
    end = name.i + 1 if isinstance(name, Token) else name.end
    if end + 2 >= len(doc) or doc[end].text not in ("[", "("):
        return False
    close = next((i for i in range(end + 1, min(len(doc), end + 8)) if doc[i].text in ("]", ")")), None)
    if close is None or close == end + 1:
        return False
    last = doc[close - 1]
    words = profile.words("measure_nouns")
    return last.lower_ in words or last.lemma_.lower() in words


def _specific_group(tok: Token, host: frozenset[str] = frozenset(), *, profile: Profile) -> bool:
    """A place, body or group with a modifier that says which ("the eastern region", "the prior
    administration", "developing countries"); a bare "the country" is the host."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON"
            and c.lower_ not in profile.words("vague_modifiers")]
    if (not _agentive(tok, profile=profile) or not mods
            or _kind_of_activity(tok, [m for m in mods if m.dep_ != "poss"] or mods, profile=profile)):
        return False
    # "China's customs departments", "the nation's consumer market" in China's or the nation's own briefing:
    # what the host's possessive names is the host's own.
    return not any(m.dep_ == "poss" and norm_name(m.text) in host for m in mods)


def _kind_of_activity(noun: Token, mods: Sequence[Token], *, profile: Profile) -> bool:
    """ "the labor market", "the housing market": one place noun named by common nouns only is a field of
    activity, not a place or a group ("emerging markets", "the eastern region", "the Hainan port" are). A
    body named so says which body it is ("the water authority", "the transport ministry"). An adjective before
    the common noun only qualifies the field ("a strong job market", "the tight labour market")."""
    nearest = max(mods, key=lambda m: m.i, default=None)
    if nearest is not None and nearest.pos_ == "NOUN" and nearest.dep_ == "compound":
        mods = [m for m in mods if not (m.pos_ == "ADJ" and m.i < nearest.i and m.ent_type_ == "")]
    return noun.tag_ == "NN" and is_place_noun(noun.lower_, profile=profile) and all(
        m.pos_ == "NOUN" and m.dep_ in ("compound", "amod") for m in mods)


def _according_to(tok: Token, *, config: EntityConfig) -> bool:
    """Whether a noun is in an "according to" phrase (at most ``source_depth`` heads up): the source of a
    figure, not its owner."""
    t = tok
    for _ in range(config.source_depth):
        if t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            return True
        t = t.head
    return False


#: Entity labels of times and figures, which own nothing.
_FIGURE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
def _owner_text(tok: Token, own: set[int], host: frozenset[str], *, profile: Profile,
                config: EntityConfig) -> Found | None:
    """The owner's name and characters: a named entity whole, else the noun with its modifiers; never the
    host, a source or an instrument."""
    # Before the named entity: a plan or a fund is named like a body ("the Harbour Renewal Plan included
    # $39 million"), and is still a thing the figure is part of, not whose figure it is.
    if _according_to(tok, config=config) or _instrument(tok, profile=profile) or _example(tok, profile=profile):
        return None
    if tok.ent_type_ in OWNER_LABELS:
        ent = entity_at(tok)
        if ent is not None:
            if norm_name(ent.text) in host or _false_start(ent, config=config) or _name_piece(ent, profile=profile) or (
                    not any(c.isupper() for c in ent.text) and _capitalises_names(tok.doc)):
                # Nor a common noun in lower case the recogniser took for a name ("the price of chile").
                return None
            whole = _whole_name(ent, profile=profile)
            if whole is None or norm_name(whole.text) in host:
                return None
            return whole.text, whole.start_char, whole.end_char
    if tok.ent_type_ in _FIGURE_LABELS or tok.like_num:
        return None
    toks = _owner_tokens(tok, own, host, profile=profile, config=config)
    if not toks or _speakers_own(toks, profile=profile):
        return None
    name = "".join(t.text_with_ws for t in toks).replace("\n", " ").strip()
    if not name or norm_name(name) in host or _host_place(tok, host, profile=profile) or _false_start(
            tok.doc[toks[0].i:toks[-1].i + 1], config=config):
        return None
    return name, toks[0].idx, toks[-1].idx + len(toks[-1])


def _speakers_own(toks: Sequence[Token], *, profile: Profile, relations: bool = True) -> bool:
    """Whether an owner's words carry the speaker's own possessive ("our water utilities", "my staff"): no
    owner of the other side; not the addressee's "your", which from an official names the other side. Without
    ``relations``, not on a noun that names another party by its relation to the speaker (vocabulary
    ``relation_nouns``: "our competitors in Chile"), which is no owner either but not the host's own side."""
    mine = profile.words("speaker_possessives") - profile.words("addressee_possessives")
    others = frozenset() if relations else profile.words("relation_nouns")
    return any(t.dep_ == "poss" and t.lower_ in mine and t.head.lemma_.lower() not in others for t in toks)


def _example(tok: Token, *, profile: Profile) -> bool:
    """Whether a name is given as an example of a group ("people from 33 countries — for instance, Norway";
    "some clubs — like Leeds, like York —"; "partners such as Chile"): one member named for the whole, which
    owns none of the group's figures. Read from the preposition that governs it (or the first of a list it
    is part of): one of ``example_markers``, with the word before it ("such as"), or a preposition whose
    other object is such a word ("for instance")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.i == t.i:
        return False
    markers = profile.words("example_markers")
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return prep.lower_ in markers or f"{before} {prep.lower_}" in markers or any(
        c.dep_ == "pobj" and c.i != t.i and c.lower_ in markers for c in prep.children)


def _example_at(figure: Span, start: int, end: int, *, profile: Profile) -> bool:
    """Whether the name at ``start``..``end`` is given as an example of a group (:func:`_example`) whose figure
    ``figure`` is; an example's own figures are its own ("for instance, Chile, at 40 percent")."""
    named = figure.doc.char_span(start, end, alignment_mode="expand")
    if named is None or not _example(named.root, profile=profile):
        return False
    return not any(t.i == named.root.i for t in figure.root.ancestors)


def _owner_tokens(tok: Token, own: set[int], host: frozenset[str], *, profile: Profile,
                  config: EntityConfig) -> list[Token]:
    """The words of an owner's name: the noun with its modifiers and a conjoined noun close after it, outside
    the figure; none when the host qualifies a noun that is not a place ("the Board's staff", "FOMC
    participants": the host's own people and tools)."""
    left = [t for t in tok.lefts if t.i not in own and t.dep_ in ("amod", "compound", "poss", "nmod")
            and not any(x.like_num for x in t.subtree)]
    if (not is_place_noun(tok.lower_, profile=profile)
            and any(t.dep_ in ("compound", "poss", "amod") and _is_host(t, host)
                                             for t in left)):
        return []
    first = min([tok.i] + [t.left_edge.i for t in left])
    toks = [t for t in tok.doc[first:tok.i + 1] if t.i not in own]
    # A conjoined noun is part of the owner's name ("leisure and hospitality").
    conj = [c for c in tok.children if c.dep_ == "conj" and c.i not in own]
    last = conj[-1].i if conj and conj[-1].i - tok.i <= config.conj_reach else tok.i
    return toks + [t for t in tok.doc[tok.i + 1:last + 1] if t.i not in own]


def _host_place(tok: Token, host: frozenset[str], *, profile: Profile) -> bool:
    """ "the U.S. economy", "the expansive Chinese market" in a U.S. or a Chinese briefing: a place noun
    that a name of the host's country qualifies is the host itself; in the plural it is a part of it
    ("major U.S. cities")."""
    if tok.tag_ != "NN" or not is_place_noun(tok.lower_, profile=profile):
        return False
    for m in tok.children:
        if m.dep_ in ("amod", "compound", "nmod") and m.ent_type_ in ("GPE", "NORP", "LOC"):
            ent = entity_at(m)
            if ent is not None and norm_name(" ".join(ent.text.split())) in host:
                return True
    return False


def _verb_above(tok: Token, *, config: EntityConfig) -> Token | None:
    """The verb of the clause above a token (not the token itself), at most ``head_depth`` heads up."""
    t = tok
    for _ in range(config.head_depth):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
    return None
