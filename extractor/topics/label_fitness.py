"""Which phrases may head a segment, and how well: people, offices, outlets, bodies, generic and lifted phrases, the
entity recogniser's and the tagger's reading, and the ranks of :data:`HEADING_FIT`.
"""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, LOWER
from spacy.tokens import Doc, Token

from ..lang.profile import Profile
from ..pipeline.parsed import doc_text
from ..rules import RuleSet
from .features import WordClasses, endings, word_lemma
from .label_candidates import _first_offsets
from .label_config import LabelConfig, Recogniser, Tagger
from .label_words import _CLAUSE_OPENERS, _SUBJECT_ENTS, _acronym, _two_letters, _vague_heads, _written_as_name


def _generic_phrases(doc: Doc, phrases: Iterable[tuple[int, str, str]], classes: WordClasses, *,
                     profile: Profile) -> frozenset[str]:
    """The phrases (as shown) of two words, an adjective and a noun that says what kind of thing is talked of
    (vocabulary ``generic_heads``: "a written response", "the broader conversation", "possible steps"): they
    say of what kind, not which, and name no subject."""
    heads = profile.words("generic_heads")
    starts = doc.to_array(IDX).tolist()
    out = set()
    for offset, key, surface in phrases:
        words = key.split()
        if len(words) != 2 or (words[1] not in heads and word_lemma(words[1], profile=profile) not in heads):
            continue
        k = bisect.bisect_left(starts, offset)
        if k < len(doc) and starts[k] == offset and _modifies_as_adjective(doc[k], classes):
            out.add(surface)
    return frozenset(out)


def _lifted_phrases(doc: Doc, phrases: Iterable[tuple[int, str, str]], classes: WordClasses, *,
                    profile: Profile) -> frozenset[str]:
    """The phrases (as shown) of two words, an adjective and a noun the document says nowhere else: an evaluative
    or idiomatic phrase lifted from what is said ("a broad desire", "a light schedule", "a far cry"), which names
    no subject the event talks about: ranked as a phrase of a kind (see :func:`_of_a_kind`). Not a name, nor an
    adjective written with a capital ("Iranian sources"), nor a compound of two nouns ("ferry plans"), which names
    a thing; nor an adjective with a noun's content, which makes a term with its noun: one with the ending of one
    that relates its noun to a field or a thing (vocabulary ``relational_adjective_endings``: "artificial
    intelligence", "procedural standpoint"), or one the document also says as a noun ("the average rate"). Nor an
    adjective that says whether or when the thing is (vocabulary ``modal_adjectives``: "a possible release", "the
    ongoing crackdown"), nor a participle, in a past form's ending (vocabulary ``past_endings``: "a continued
    battle") or as the tagger reads it ("frozen assets"), or a comparison ("a larger share"): only a plain
    adjective, JJ, evaluates: the noun after one is the subject."""
    relational = tuple(profile.words("relational_adjective_endings"))
    modal, ends = profile.words("modal_adjectives"), endings(profile)
    text = doc_text(doc)
    starts = doc.to_array(IDX).tolist()
    said: Counter[str] | None = None  # how often the document says each form, counted when first asked
    out = set()
    for offset, key, surface in phrases:
        words = key.split()
        if (len(words) != 2 or not text[offset:offset + 1].islower() or words[0].endswith(relational)
                or words[0] in modal or classes.pos.get(words[0]) in ("NOUN", "PROPN")
                or words[0].endswith(ends.past) and not words[0].endswith(ends.not_past)):
            continue
        k = bisect.bisect_left(starts, offset)
        if not (k < len(doc) and starts[k] == offset and classes.read(doc[k])[0] == "ADJ"
                and doc[k].tag_ in ("JJ", "")):
            continue
        if said is None:
            said = Counter(doc.vocab.strings[w] for w in doc.to_array(LOWER).tolist())
        noun = word_lemma(words[1], profile=profile)
        if sum(said[form] for form in {noun, f"{noun}s", f"{noun}es", words[1]}) <= 1:
            out.add(surface)
    return frozenset(out)


def _body_phrases(doc: Doc, phrases: Iterable[tuple[int, str, str]], classes: WordClasses, *,
                  profile: Profile) -> frozenset[str]:
    """The phrases (as shown) that name one body that acts: a common noun for a body in the singular (vocabulary
    ``institution_nouns``: "government", "ministry", "office") right after a name or an adjective ("the regional
    government", "the Lisbon ministry"; tagged, or guessed where the model did not run): who acts, as a person's
    name says, not what is discussed. Not a name written as one ("Harbour Board"), nor bodies in the plural
    ("other central banks": a kind of body, as often the subject itself), nor the noun after another noun, a
    compound that names a thing or a power ("waiver authority", "the club's board")."""
    bodies = profile.words("institution_nouns")
    starts = doc.to_array(IDX).tolist()
    out = set()
    for offset, _, surface in phrases:
        words = surface.split()
        if len(words) < 2 or _written_as_name(surface) or words[-1] not in bodies or words[-1].endswith("s"):
            continue
        before = words[-2]
        if before[:1].isupper():
            out.add(surface)
            continue
        at = offset + len(" ".join(words[:-2])) + (1 if len(words) > 2 else 0)
        k = bisect.bisect_left(starts, at)
        if k < len(doc) and starts[k] == at and doc[k].lower_ == before.lower() and classes.read(doc[k])[0] == "ADJ":
            out.add(surface)
    return frozenset(out)


def _cut_phrases(doc: Doc, phrases: Iterable[tuple[int, str, str]], starts: Sequence[int], *,
                 profile: Profile) -> frozenset[str]:
    """The phrases of several words (as shown) cut from a longer noun phrase wherever they are said: their last word
    modifies a noun after them, by the parse ("senior board" of "senior board members", "the water supply" of "the
    water supply contract"), a head left behind. A piece of a phrase is no subject; said once alone, it is whole.
    A head that says which share, news or when of it (see :func:`_vague_heads`: "the parking fees part of this",
    "Harbour Week") leaves nothing behind. Only where the parser ran (a word with no dependency is never read as
    cut)."""
    vague = _vague_heads(profile)
    seen: dict[str, bool] = {}
    for offset, _, surface in phrases:
        if " " not in surface or seen.get(surface) is False:
            continue
        k = bisect.bisect_right(starts, offset + len(surface) - 1) - 1
        t = doc[k] if 0 <= k < len(doc) else None
        seen[surface] = (t is not None and t.dep_ in _MODIFIER_DEPS and t.head.i > t.i
                         and t.head.idx >= offset + len(surface) and t.head.pos_ in ("NOUN", "PROPN")
                         and t.head.lower_ not in vague and t.head.lemma_.lower() not in vague)
    return frozenset(k for k, cut in seen.items() if cut)


#: The dependencies of a word that modifies the noun it goes with (English labels and Universal Dependencies').
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _modifies_as_adjective(token: Token, classes: WordClasses) -> bool:
    """Whether the first of two words modifies the second as an adjective: tagged so, or, where the model did
    not run, its form is no noun, name or verb the document tags elsewhere ("imminent", read nowhere, before
    "plans"); a noun before a noun makes a compound that names a thing ("ferry plans")."""
    pos = classes.read(token)[0]
    return pos == "ADJ" or (not token.pos and not token.text[:1].isupper()
                            and classes.pos.get(token.lower_) not in ("NOUN", "PROPN", "VERB"))


def _not_nouns(doc: Doc, tag: Tagger | None, looked: Sequence[str], phrases: Iterable[tuple[int, str, str]], *,
               profile: Profile) -> frozenset[str]:
    """The phrases looked at that the tagger reads as no noun phrase (:func:`_not_noun_phrases`); none
    without a tagger."""
    if tag is None:
        return frozenset()
    return _not_noun_phrases(doc, tag, looked, _first_offsets(phrases), profile.words("articles"))


def _people_subjects_titles(doc: Doc, names: frozenset[str], recognise: Recogniser | None, looked: Sequence[str],
                            phrases: Sequence[tuple[int, str, str]], *,
                            profile: Profile) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The phrases that name people (a title before a name says so, whatever the recogniser thought), those
    that name a subject, and the document's titles (see :func:`_people_and_subjects`, :func:`_titles`)."""
    people, subjects = _people_and_subjects(doc, names, recognise, looked, phrases, profile=profile)
    titles = _titles(doc)
    return frozenset(people | _titled(doc, titles, profile=profile)), frozenset(subjects), frozenset(titles)


def _people_and_subjects(doc: Doc, names: frozenset[str], recognise: Recogniser | None, looked: Sequence[str],
                         phrases: Sequence[tuple[int, str, str]], *,
                         profile: Profile) -> tuple[frozenset[str], frozenset[str]]:
    """The words of people's names and the names of subjects (see :func:`_named`), with what the
    recogniser says of the segments' best phrases where the model did not run (see :func:`_recognised`)."""
    people, subjects = _named(doc, names)
    if recognise is None:
        return people, subjects
    return _recognised(doc, recognise, looked, _first_offsets(phrases), people, subjects, profile=profile)


def _recognised(doc: Doc, recognise: Recogniser, phrases: Iterable[str], first_at: dict[str, int],
                people: frozenset[str], subjects: frozenset[str], *, profile: Profile) -> tuple[frozenset[str],
                                                                                                frozenset[str]]:
    """``people`` and ``subjects`` (see :func:`_named`) with what the recogniser says of the phrases
    written as names (each word capitalised, not an acronym) that nothing says yet, read in the
    first sentence that holds each, where that sentence was not tagged: a lone name too ("Steven"
    is someone, "Mexico" somewhere)."""
    asked: dict[str, str] = {}
    for phrase in dict.fromkeys(phrases):
        words = phrase.split()
        if (not all(w[:1].isupper() for w in words) or _acronym(phrase) or phrase.lower() in subjects
                or _names_person(words, people, profile=profile) or phrase not in first_at):
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
        for written, label in entities:
            text = " ".join(written.split())  # a name broken across lines ("Donald\nTrump") as the phrase shows it
            if text in phrase or phrase in text:
                if label == "PERSON":
                    more_people.update(w.lower() for w in text.split())
                elif label in _SUBJECT_ENTS and _whole_name(phrase, text):
                    more_subjects.add(phrase.lower())
    return frozenset(more_people), frozenset(more_subjects)


def _whole_name(phrase: str, entity: str) -> bool:
    """Whether ``phrase`` holds every capitalised word of the entity the recogniser found around it: a piece
    of a name ("United" of "United States") names nothing by itself; "Harbour Board" of "the Harbour Board"
    is the name."""
    held = set(phrase.split())
    return all(w in held for w in entity.split() if w[:1].isupper())


def _not_noun_phrases(doc: Doc, tag: Tagger, phrases: Iterable[str], first_at: dict[str, int],
                      articles: Collection[str] = frozenset()) -> frozenset[str]:
    """The phrases, among ``phrases`` first said in a sentence the model did not tag, that the tagger,
    run on that sentence, reads as opening with a verb ("saw substantial growth", "facilitate
    trade"; not right after one of ``articles``, "the rising tide") or holding one before their last
    word ("Harbour Board approved dredging"): a clause, not a noun phrase. (The last word is not read:
    a tagger that sees a sentence alone errs more often on a phrase's head, "the ceasefire deal" as a
    verb.)"""
    asked: dict[str, tuple[str, int]] = {}  # each phrase's sentence, and where in it the phrase begins
    for phrase in dict.fromkeys(phrases):
        if phrase not in first_at:
            continue
        token = doc.char_span(first_at[phrase], first_at[phrase] + 1, alignment_mode="expand")
        if token is None or token[0].pos:
            continue  # the model ran here: the phrase is a noun chunk of its parse
        sent = token[0].sent
        asked[phrase] = (sent.text, first_at[phrase] - sent.start_char)
    if not asked:
        return frozenset()
    tagged = tag([sentence for sentence, _ in asked.values()], [at for _, at in asked.values()])
    out = set()
    for (phrase, (sentence, at)), tokens in zip(asked.items(), tagged):
        inside_phrase = [pos for offset, pos in tokens if at <= offset < at + len(phrase)]
        before = [sentence[offset:at].strip().lower() for offset, _ in tokens if offset < at][-1:]
        # A verb inside, before the last word, makes a clause of it ("Harbour Board approved
        # dredging"); the last word, the head, is left to the parse the phrase came from. A verb's form
        # that opens the phrase right after an article modifies its noun ("the rising tide"); after
        # another determiner it may be a verb ("that makes sense").
        opens_clause = (bool(inside_phrase) and inside_phrase[0] in _CLAUSE_OPENERS
                        and not (before and before[0] in articles))
        if inside_phrase and (opens_clause or "VERB" in inside_phrase[1:-1]):
            out.add(phrase)
    return frozenset(out)


def _named(doc: Doc, names: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """What the entity recogniser (where it ran) says of the document's names: the lower-cased words
    of people's names (with ``names``, the speakers'), and the lower-cased names of places,
    organisations, laws and events, which alone may say what a segment is about."""
    people: set[str] = set()
    subjects: set[str] = set()
    for e in doc.ents:
        if e.label_ == "PERSON" and not (len(e) == 1 and _acronym(e.text)):
            # A lone acronym the recogniser calls a person ("HTS", "SDF") names a body far more often
            # than someone: people are written by name; a speaker's name in capitals is in ``names``.
            people.update(w.lower_ for w in e if w.is_alpha)
        elif e.label_ in _SUBJECT_ENTS:
            subjects.add(e.text.lower())
    # A word that also names a place or a body ("Washington") is not only a person's.
    return frozenset((people - subjects) | names), frozenset(subjects)


def _fit(phrase: str, people: frozenset[str], subjects: frozenset[str], spread: set[str],
         single: Sequence[str], leading: Collection[str] = frozenset(),
         not_nouns: Collection[str] = frozenset(), titles: Collection[str] = frozenset(),
         actors: Collection[str] = frozenset(), *, unfit: int = LabelConfig.unfit,
         unanswered: Collection[str] = frozenset(), passing: Collection[str] = frozenset(),
         generic: Collection[str] = frozenset(), bodies: Collection[str] = frozenset(),
         cut: Collection[str] = frozenset(), profile: Profile) -> int:
    """How well a key phrase heads a segment, 0 best (see :func:`heading`): the rank the first rule of
    :data:`HEADING_FIT` that has one gives it.

    A phrase of several words that names a subject comes first, with a one-word name of a place or a
    body (an acronym too) that leads the segment's or its question's key phrases; then such a name
    further down; then a phrase said all through the event ("the economy" at an economic
    briefing) or names who acts all through it (``actors``: the host), which sets nothing apart; then a
    lone common noun; never a person's name, a news outlet's or a title (``titles``: words the document puts before a
    person's name), nor a word of another class (a verb) taken only to make up the keywords.
    """
    decided = HEADING_FIT.decide(_Candidate(phrase, phrase.split(), people, subjects, spread, single, leading,
                                            profile=profile, not_nouns=not_nouns, titles=titles,
                                            actors=actors, unfit=unfit, unanswered=unanswered, passing=passing,
                                            generic=generic, bodies=bodies, cut=cut))
    return decided[1] if decided is not None else unfit


class _Candidate(NamedTuple):
    """A key phrase that may head a segment, with what the rules of :data:`HEADING_FIT` read.

    Attributes:
        phrase: The phrase as shown.
        words: Its words.
        people: The lower-cased words of people's names (see :func:`_named`).
        subjects: The lower-cased names that alone say what a segment is about.
        spread: The segment's phrases said all through the event.
        single: The words taken only to make up the segment's keywords.
        leading: The best phrase of the segment and of its opening question.
        not_nouns: The phrases the tagger, run on their sentence, reads as opening with a verb.
        titles: The lower-cased words the document writes before a person's name ("Speaker", "Senator").
        actors: The names of who acts all through the event (see :func:`_actors`).
        unfit: The rank of a lone common noun (:attr:`LabelConfig.unfit`).
        unanswered: The phrases of the opening question the rest of the segment never comes back to.
        passing: The names the segment says in passing (see :func:`_in_passing`).
        generic: The phrases that say of what kind, not which (see :func:`_generic_phrases`).
        bodies: The phrases that name a body that acts, who rather than what (see :func:`_body_phrases`).
        cut: The phrases cut from a longer noun phrase wherever said (see :func:`_cut_phrases`).
    """

    phrase: str
    words: list[str]
    people: frozenset[str]
    subjects: frozenset[str]
    spread: Collection[str]
    single: Sequence[str]
    leading: Collection[str]
    #: The vocabularies the rules read.
    profile: Profile
    not_nouns: Collection[str] = frozenset()
    titles: Collection[str] = frozenset()
    actors: Collection[str] = frozenset()
    unfit: int = LabelConfig.unfit
    unanswered: Collection[str] = frozenset()
    passing: Collection[str] = frozenset()
    generic: Collection[str] = frozenset()
    bodies: Collection[str] = frozenset()
    cut: Collection[str] = frozenset()

    @property
    def named(self) -> bool:
        """Whether the phrase is a name that alone says what a segment is about, or an acronym; not one of two
        letters, as often a common thing ("TV", "an EO") as a body, and as often misread by the recogniser."""
        return (self.phrase.lower() in self.subjects or _acronym(self.phrase)) and not _two_letters(self.phrase)

    @property
    def several(self) -> bool:
        return len(self.words) > 1


def _made_up_word(c: _Candidate) -> int | None:
    """A word of another class (a verb) taken only to make up the keywords heads nothing, unless it is a name."""
    return c.unfit + 2 if c.phrase in c.single and not c.named else None


def _no_noun_phrase(c: _Candidate) -> int | None:
    """A phrase the tagger reads as a verb's ("saw strong growth") or a modifier's heads nothing, as a made-up word."""
    return c.unfit + 2 if c.phrase in c.not_nouns and not c.named else None


def _cut_from_a_phrase(c: _Candidate) -> int | None:
    """A piece of a longer noun phrase ("senior board" of "senior board members") heads nothing, as a made-up word."""
    return c.unfit + 2 if c.phrase in c.cut else None


def _says_how_many(c: _Candidate) -> int | None:
    """A number in words ("tens of thousands") says how many, not of what."""
    return c.unfit + 1 if _counts(c.words, profile=c.profile) else None


def _names_a_person(c: _Candidate) -> int | None:
    """A person's name never heads a segment while anything else can."""
    return c.unfit + 1 if _names_person(c.words, c.people, profile=c.profile) else None


def _names_an_office(c: _Candidate) -> int | None:
    """A title of office written as one ("Homeland Security Secretary", "Prime Minister"), alone or
    before a name ("Governor Reyes"), names who holds the office, not what is discussed: as a
    person's name."""
    return c.unfit + 1 if _office_title(c.words, c.people, c.titles, profile=c.profile) else None


def _names_an_outlet(c: _Candidate) -> int | None:
    """A name with a word of a news outlet (vocabulary ``outlet_words``: "Riverside Herald", "Coastal Radio")
    names who reports, not what is reported: as a person's name."""
    outlets = c.profile.words("outlet_words")
    return (c.unfit + 1 if c.several and all(w[:1].isupper() for w in c.words)
            and any(w.lower() in outlets for w in c.words) else None)


def _named_in_passing(c: _Candidate) -> int | None:
    """A name said in passing (once, in words the segment never comes back to, outside its question: a place
    the speaker was at, a body listed among others) sets the segment apart no more than a phrase said all
    through the event: below any phrase that names its subject, above a lone common noun."""
    return 2 if c.phrase in c.passing and (c.several or c.named) else None


def _of_a_kind(c: _Candidate) -> int | None:
    """An adjective and a noun that says of what kind ("a written response", "possible steps") names no subject:
    as a phrase said all through the event, below any phrase that names one, above a lone common noun."""
    return 2 if c.phrase in c.generic else None


def _of_people(c: _Candidate) -> int | None:
    """A phrase of several words that ends in a noun for people in public life (vocabulary ``people_heads``, or
    people in general, ``generic_people``: "Democratic senators", "business owners", "House Republicans") says
    who is talked of, not what is discussed: as a phrase of a kind, below any phrase that names a subject, above
    a lone common noun."""
    if not c.several:
        return None
    last = c.words[-1].lower()
    heads = c.profile.words("people_heads")
    people = (last in heads or (last.endswith("s") and last[:-1] in heads)
              or word_lemma(last, profile=c.profile) in heads or last in c.profile.words("generic_people"))
    return 2 if people else None


def _of_a_body(c: _Candidate) -> int | None:
    """A phrase that names one body that acts by a common noun after a name or an adjective (see
    :func:`_body_phrases`: "the regional government", "the Lisbon ministry") says who acts, as a person's name
    does, not what is discussed: as a phrase of a kind, below any phrase that names a subject, above a lone common
    noun."""
    return 2 if c.phrase in c.bodies else None


def _said_throughout(c: _Candidate) -> int | None:
    """A phrase said all through the event, or a name of who acts all through it, sets nothing apart:
    below any other phrase of several words or name, and a lone common noun said throughout below
    anything fit."""
    if c.phrase not in c.spread and c.phrase not in c.actors:
        return None
    return 2 if c.several or c.named else c.unfit + 1


def _not_taken_up(c: _Candidate) -> int | None:
    """A phrase of the opening question that the answer never comes back to is the question's preface
    ("any better insight on the dam") or the other half of a two-part question: below any phrase of
    several words the answer takes up, with a name further down; a lone common noun stays where it is."""
    return 1 if c.phrase in c.unanswered and (c.several or c.named) else None


def _names_subject(c: _Candidate) -> int | None:
    """A phrase of several words, or a name that leads the segment's phrases, names the subject best;
    a name further down comes next; a lone common noun heads a segment only when nothing else can."""
    return 0 if c.several or (c.named and c.phrase in c.leading) else 1 if c.named else c.unfit


#: The rules that rank a key phrase as a segment's heading (see :func:`_fit`), strongest first.
HEADING_FIT: RuleSet[_Candidate, int] = RuleSet(
    "heading fit", _made_up_word, _no_noun_phrase, _cut_from_a_phrase, _says_how_many, _names_a_person,
    _names_an_office, _names_an_outlet, _named_in_passing, _of_a_kind, _of_people, _of_a_body, _said_throughout,
    _not_taken_up, _names_subject)


@dataclass(frozen=True)
class _Fitness:
    """:func:`_fit` of one segment's phrases, as :func:`heading` asks it."""

    people: frozenset[str]
    subjects: frozenset[str]
    spread: set[str]
    single: Sequence[str]
    leading: Collection[str]
    not_nouns: Collection[str] = frozenset()
    titles: Collection[str] = frozenset()
    actors: Collection[str] = frozenset()
    unfit: int = LabelConfig.unfit
    unanswered: Collection[str] = frozenset()
    passing: Collection[str] = frozenset()
    generic: Collection[str] = frozenset()
    bodies: Collection[str] = frozenset()
    cut: Collection[str] = frozenset()
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)

    def asking(self, asked: Sequence[str]) -> _Fitness:
        """This fitness with the question's leading name: the first of the question's phrases (``asked``, best
        first) that may head the segment better than a lone common noun, where it is a name and the question
        names no subject in several words ("Any news from Lisbon on the strike?" -> "Lisbon"). Phrases said
        all through the event, people's names, the question's preface and its lone common nouns are passed
        over: the question's first phrase, which leads, may be one of them ("the United States' view on
        Lisbon")."""
        if any(" " in phrase and self(phrase) == 0 for phrase in asked):
            return self  # the question names its subject in several words: a name it also says is a part of it
        for phrase in asked:
            rank = self(phrase)
            if rank == 0:
                return self  # a phrase of several words or a leading name: nothing is passed over
            if rank == 1 and phrase not in self.unanswered:
                return replace(self, leading=frozenset({*self.leading, phrase}))
        return self

    def __call__(self, phrase: str) -> int:
        return _fit(phrase, self.people, self.subjects, self.spread, self.single, self.leading, self.not_nouns,
                    self.titles, self.actors, unfit=self.unfit, unanswered=self.unanswered, passing=self.passing,
                    generic=self.generic, bodies=self.bodies, cut=self.cut, profile=self.profile)


def _person_named(phrase: str, *, people: frozenset[str], titles: Collection[str], profile: Profile) -> bool:
    """Whether a phrase names a person, or an office before a name (:func:`_names_person`, :func:`_office_title`)."""
    words = phrase.split()
    return _names_person(words, people, profile=profile) or _office_title(words, people, titles, profile=profile)


def _counts(words: Sequence[str], *, profile: Profile) -> bool:
    """Whether a phrase is a number in words ("tens of thousands", "millions"): its last word is a scale."""
    last = words[-1].lower() if words else ""
    scales = profile.table("number_scales")
    return last in scales or (last.endswith("s") and last[:-1] in scales)


def _office_title(words: Sequence[str], people: frozenset[str], titles: Collection[str] = frozenset(), *,
                  profile: Profile) -> bool:
    """Whether a phrase written as a name (each word capitalised) is a title of office, who holds an
    office rather than what is discussed: it holds an office (vocabulary ``offices``, or one of
    ``titles``, the words the document writes before a person's name), whatever follows it
    ("Secretary General", "Governor Reyes"); or offices in the plural followed by nothing but
    words that qualify an office (vocabulary ``office_qualifiers``) or of a person's name
    (``people``): "Ministers Conference Agenda" names a meeting."""
    if not words or not all(w[:1].isupper() for w in words):
        return False
    offices, qualifiers = profile.words("offices"), profile.words("office_qualifiers")
    lowered = [w.lower().rstrip(".,").removesuffix("'s").removesuffix("’s") for w in words]
    if any(w in offices or w in titles for w in lowered):
        return True  # one office, as a name, before a name: "Chancellor Brandt", "Harbour Master Ole Dahl"
    held = [w.endswith("s") and w[:-1] in offices for w in lowered]
    at = max((k for k, h in enumerate(held) if h), default=None)
    return at is not None and all(w in people or w in qualifiers for w in lowered[at + 1:])


def _titled(doc: Doc, titles: Collection[str], *, profile: Profile) -> frozenset[str]:
    """The lower-cased names the document writes after a title ("Brandt" of "Chancellor Brandt",
    "Ole Dahl" of "Harbour Master Ole Dahl"): a person's, even where no recogniser said so."""
    offices = profile.words("offices") | frozenset(titles)
    not_names = offices | profile.words("office_qualifiers")
    lower = doc.to_array(LOWER)
    strings = doc.vocab.strings
    at = numpy.flatnonzero(numpy.isin(lower, [strings.add(w) for w in offices])).tolist()
    out = set()
    for i in at:
        if not doc[i].is_title:
            continue
        k = i + 1
        while k < len(doc) and doc[k].is_title and doc[k].is_alpha and doc[k].lower_ not in not_names:
            out.add(doc[k].lower_)
            k += 1
    return frozenset(out)


def _titles(doc: Doc) -> frozenset[str]:
    """The lower-cased words the document writes as a title before a person's name, where the model
    ran ("Senator" of "Senator Ana Ruiz"): a capitalised word just before the name, not part of it."""
    out = set()
    for e in doc.ents:
        if e.label_ == "PERSON" and e.start > 0:
            before = doc[e.start - 1]
            if before.is_title and before.is_alpha and before.pos_ in ("PROPN", "NOUN") and not before.ent_type_:
                out.add(before.lower_)
    return frozenset(out)


def _names_person(words: Sequence[str], people: frozenset[str], *, profile: Profile) -> bool:
    """Whether a phrase is a person's name: written as a name (each word capitalised) with a word that
    names a person in the document, or led by a courtesy title ("Mr. Lee"); words in small letters before the name
    only describe the person ("the quintessential Dana Lind", "embattled Mayor Lind"): a slogan, not a subject."""
    words = words[next((k for k, w in enumerate(words) if w[:1].isupper()), 0):]
    if not words:
        return False
    if words[0].rstrip(".").lower() in profile.words("honorifics") and len(words) > 1:
        return True
    capitalised = all(w[:1].isupper() for w in words)
    return capitalised and any(w.lower().strip(".,'’s") in people or w.lower() in people for w in words)
