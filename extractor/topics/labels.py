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
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LOWER, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from ..lang.profile import Profile, per_profile
from ..pipeline.parsed import doc_text, noun_chunks
from ..records.models import Topic
from ..rules import RuleSet
from ..spans import subtract
from .features import WordClasses, endings, filler, min_content_letters, word_lemma

_EDGE_POS = frozenset({"DET", "PRON", "PART", "CCONJ", "ADP", "PUNCT", "NUM", "SYM", "SPACE", "AUX", "ADV", "X",
                       "INTJ"})
def _units(*, profile: Profile) -> frozenset[str]:
    """Words that measure rather than name a subject (vocabulary ``measure_words``)."""
    return profile.words("measure_words")


@per_profile
def _not_a_head(profile: Profile) -> frozenset[str]:
    """Words no key phrase ends in: measures, words of talk, and words of time that say when, not what
    about ("a couple of months", "the vote yesterday") (read once, asked per word)."""
    return _units(profile=profile) | filler(profile=profile) | _when(profile=profile)


@per_profile
def _dates(profile: Profile) -> frozenset[str]:
    """Words that alone say when, not what about: words of calendar time (:func:`_when`), parts of the day,
    months and days of the week (vocabularies ``day_parts``, ``months``, ``weekdays``): "Friday", "the
    morning" are no subject (read once, asked per phrase)."""
    return (_when(profile=profile) | profile.words("day_parts") | profile.words("months")
            | profile.words("weekdays"))


def _when(*, profile: Profile) -> frozenset[str]:
    """Words of calendar time and days named from the day of speaking (vocabularies ``time_nouns``,
    ``day_words``), with the plurals of the nouns."""
    nouns = profile.words("time_nouns")
    return nouns | {f"{w}s" for w in nouns} | profile.words("day_words")


def _generic(*, profile: Profile) -> frozenset[str]:
    """Modifiers too generic to open a heading (vocabulary ``generic_modifiers``)."""
    return profile.words("generic_modifiers")


#: A stage direction of one word in brackets right after a phrase ("(inaudible)", "(Crosstalk.)").
_ASIDE = re.compile(r"[ \t]*\(\s*([A-Za-z]+)\.?\s*\)")
#: How many characters before a phrase a marker of its source is sought in (a marker and an article).
_SOURCE_REACH = 40


#: Entities whose name, alone, says what a segment is about ("Venezuela", "NATO", "Medicare").
_SUBJECT_ENTS = frozenset({"GPE", "LOC", "ORG", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
#: The dependencies of a verb's particle (English labels and Universal Dependencies').
_PARTICLE_DEPS = frozenset({"prt", "compound:prt"})


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


def label_segments(doc: Doc, edges: Sequence[tuple[int, int]], *, ignore: Sequence[tuple[int, int]] = (),
                   emphasis: Sequence[tuple[int, int]] = (), names: frozenset[str] = frozenset(),
                   classes: WordClasses | None = None, openings: Sequence[tuple[int, int]] | None = None,
                   recognise: Recogniser | None = None, tag: Tagger | None = None, config: LabelConfig | None = None,
                   profile: Profile) -> list[Topic]:
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
        tag: The parts of speech (``(offset, POS)`` of each token) of each of a list of sentences. A phrase
            that may head a segment, found where the model did not tag (by guessed word classes), is read in
            its sentence: one the tagger reads as opening with a verb ("saw strong growth") heads none.
        config: Tuning; the defaults suit press conferences.
        profile: The language profile whose word lists it reads.
    """
    config, text = config or LabelConfig(), doc_text(doc)
    classes = classes if classes is not None else WordClasses.of(doc, profile=profile)
    emphasis_ranges, guessed = sorted(emphasis), set[str]()
    openings = _opening_questions(edges, emphasis_ranges) if openings is None else openings
    nouns = _asked_nouns(doc, tag, openings) if tag is not None and not classes.complete else frozenset()
    phrases = _key_phrases(doc, classes, guessed, Ranges(ignore), names, config, nouns=nouns, profile=profile)
    starts = doc.to_array(IDX).tolist()
    asking = Ranges(part for a, b in openings if b > a for part in _asking_parts(doc, starts, a, b))
    opened = Ranges(openings)
    tally = _Tally.of(phrases, edges, config, opened, Ranges(emphasis_ranges), asking=asking)
    chosen = [tally.choice(j, guessed, config) for j in range(len(edges))]
    centrality = [tally.centrality(j, choice) for j, choice in enumerate(chosen)]
    looked = [p for c, central in zip(chosen, centrality) for p in c.looked(central, config)]
    not_nouns = _not_nouns(doc, tag, looked, phrases, profile=profile)
    if not_nouns:
        # A clause taken for a phrase ("don't target exchange rates") is no keyword, and hides none of the noun
        # phrases that share its words ("the exchange rate"): those segments' phrases are chosen again.
        for j, choice in enumerate(chosen):
            if not_nouns.intersection(choice.keywords, choice.subject):
                chosen[j] = tally.choice(j, guessed, config, dropped=not_nouns)
                centrality[j] = tally.centrality(j, chosen[j])
        seen = set(looked)
        more = [p for c, central in zip(chosen, centrality) for p in c.looked(central, config) if p not in seen]
        if more:
            not_nouns |= _not_nouns(doc, tag, more, phrases, profile=profile)
            looked += more
    people, subjects, titles = _people_subjects_titles(doc, names, recognise, looked, phrases, profile=profile)
    words = _SingleWords(doc, Ranges(ignore), names, classes, config.min_keywords, profile=profile)
    segments, used = list[Topic](), set[str]()  # used: labels already given, each segment's is distinct
    # Who acts all through the event, and whoever owns a question or a comment: a party that talks.
    actors = _actors(doc, phrases, tally, classes, config) | _talkers(text, phrases, profile=profile)
    person = partial(_person_named, people=people, titles=titles, profile=profile)
    offsets = [offset for offset, _, _ in phrases]
    generic = _generic_phrases(doc, phrases, classes, profile=profile) | _lifted_phrases(doc, phrases, classes,
                                                                                        profile=profile)
    bodies = _body_phrases(doc, phrases, classes, profile=profile)
    for j, ((start, end), choice, central) in enumerate(zip(edges, chosen, centrality)):
        segment_phrases = phrases[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)]
        fitness = _Fitness(people, subjects, choice.spread(tally, config), choice.make_up(words, text, start, end),
                           choice.leading(), not_nouns, titles=titles, actors=actors, unfit=config.unfit,
                           unanswered=frozenset(choice.unanswered(tally, j, _heard(text, start, end, opened),
                                                                  named=person)),
                           passing=_in_passing(central, choice), generic=generic, bodies=bodies,
                           profile=profile).asking(choice.subject)
        about = partial(_about_the_name, phrases=phrases[bisect.bisect_left(offsets, start):
                                                         bisect.bisect_left(offsets, end)],
                        text=text, span=(start, end), opened=opened, fit=fitness, config=config, profile=profile,
                        doc=doc, classes=classes)
        label = heading(choice.keywords, text[start:end], used, asked=choice.subject, fit=fitness, config=config,
                        centrality=central, about=about, asked_about=_asked_about(text, segment_phrases, opened,
                                                                                  profile=profile),
                        own=frozenset(choice.shown[k] for k in choice.counts if tally.df[k] == 1), profile=profile)
        used.add(label.lower())
        segments.append(Topic.model_construct(id=f"k{len(segments) + 1}", start=start, end=end, label=label,
                                              keywords=tuple(choice.keywords[:config.max_keywords])))
    return segments


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


def _modifies_as_adjective(token: Token, classes: WordClasses) -> bool:
    """Whether the first of two words modifies the second as an adjective: tagged so, or, where the model did
    not run, its form is no noun, name or verb the document tags elsewhere ("imminent", read nowhere, before
    "plans"); a noun before a noun makes a compound that names a thing ("ferry plans")."""
    pos = classes.read(token)[0]
    return pos == "ADJ" or (not token.pos and not token.text[:1].isupper()
                            and classes.pos.get(token.lower_) not in ("NOUN", "PROPN", "VERB"))


def _about_the_name(name: str, *, phrases: Sequence[tuple[int, str, str]], text: str, span: tuple[int, int],
                    opened: Ranges, fit: Callable[[str], int], config: LabelConfig, profile: Profile,
                    doc: Doc | None = None, classes: WordClasses | None = None) -> str | None:
    """What a segment says of a place or body whose bare name would head it: a name names what is talked
    about, not what is said of it ("Harbour Board" of a segment on its dredging plan). The segment's own
    phrase that holds the name as its first word ("Harbour Board's dredging plan"), that the name owns where the
    model did not run (a phrase after "Harbour Board's"), or ties a key phrase to it
    by a preposition (vocabulary ``name_relation_prepositions``, an article between: "dredging by the Harbour
    Board", "a strike at the Harbour Board"): the one said most, a time in the question that opens the
    segment counting as much as ``opening_weight`` times in the answer; said once in the answer only, or
    tying a phrase that may head no segment (a person, an office, a count) or whose head says which share of the
    name or news of it (vocabularies ``partitive_heads``, ``topic_filler``, ``generic_count_nouns``: "the rest of
    the county", "people of the county"), it is none. A tied phrase is shown as the transcript writes it, its
    article kept. The name is never the first word of a longer one ("Harbour" of "Harbour Board"). None for a heading
    not written as a name (as shown: "tariffs" is no name), and where no such phrase is said enough."""
    if not name[:1].isupper() or fit(name) > config.unfit:
        return None
    start, end = span
    at_name = {m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[:end])
               if m.start() >= start}
    if not at_name:
        return None
    # A phrase is tied to the whole name only, not to the first word of a longer one ("Northgate" of "Northgate
    # Council"): a capitalised word of more than one letter right after it, on the same line, goes on the name ("I"
    # is no part of one), on the same line or the next (a transcript wraps its lines: "the Northgate\nCouncil"). A
    # phrase that opens with the name says the longer one in full ("Northgate Council budget").
    whole = {at for at in at_name if re.match(r"[ \t]*\n?[ \t]*(?<=\s)[A-Z][\w-]*[a-z]", text[at + len(name):]) is None}
    prepositions = "|".join(sorted(map(re.escape, profile.words("name_relation_prepositions")), key=len, reverse=True))
    articles = "|".join(map(re.escape, profile.words("articles")))
    tie = re.compile(rf"\s+({prepositions})\s+(?:(?:{articles})\s+)?", re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?:{prepositions})\s+$", re.IGNORECASE)
    owned = re.compile(rf"{re.escape(name)}(['’]s)\s+$")
    vague, people = _vague_heads(profile), profile.words("people_heads")
    said: Counter = Counter()
    first: dict[str, str] = {}
    heard = set[int]()  # the mentions of the name a key phrase holds or is tied to
    for offset, key, surface in phrases:
        written = re.compile(r"\s+".join(map(re.escape, surface.split())), re.IGNORECASE).match(text, offset)
        if written is None:
            continue
        found = counted = None  # the label, as the transcript writes it; what its mentions are counted by
        if surface.startswith((f"{name} ", f"{name}'s ", f"{name}’s ")):
            # Not a person nor an office the name opens ("Northgate Mayor Lind"): it may head no segment.
            found = counted = (surface if offset in at_name and fit(surface) <= config.unfit
                               and key.rsplit(" ", 1)[-1] not in vague | people else None)
            heard.add(offset)
        elif (name not in surface and key.rsplit(" ", 1)[-1] not in vague and key not in people
              and _may_be_tied(surface, key, text, offset, fit, config.unfit, before=before)):
            # A head that says which share of the name, or news of it ("the rest of the county"), says nothing of it.
            tied = tie.match(text, written.end())
            owner = owned.search(text, max(0, offset - len(name) - 4), offset)
            if tied is not None and tied.end() in whole:
                # The transcript's own words, the article kept ("dredging by the Harbour Board"); counted with
                # and without it alike.
                found = " ".join(text[offset:tied.end() + len(name)].split())
                counted = f"{surface} {tied.group(1)} {name}"
                heard.add(tied.end())
            elif owner is not None and owner.start() in whole:
                # Read where the model did not run: "Northgate's strike".
                found = counted = f"{name}{owner.group(1)} {surface}"
                heard.add(owner.start())
        if found is not None and counted is not None and len(counted.split()) <= config.max_phrase_words + 2:
            key = counted.lower()
            first.setdefault(key, found)
            said[key] += config.opening_weight if offset in opened else 1
    if doc is not None and classes is not None:
        for at in sorted(whole):
            for key, found in _name_heads(doc, classes, at, name, fit=fit, config=config, profile=profile):
                if at not in heard:
                    first.setdefault(key, found)
                    said[key] += config.opening_weight if at in opened else 1
    best = max(said, key=lambda k: (said[k], -list(first).index(k)), default=None)
    return first[best] if best is not None and said[best] > 1 else None


@per_profile
def _vague_heads(profile: Profile) -> frozenset[str]:
    """Nouns (lemmas and forms) that, tied to a name or modified by it, say which share of it, what news of it, or
    when, and nothing of what is said of it ("the rest of the county", "the morning in Northgate", "a follow-up on
    Northgate"; vocabularies ``partitive_heads``, ``generic_count_nouns``, ``day_parts``, ``discourse_nouns``, and
    the words no key phrase ends in). A name's own people
    ("Northgate officials", "the club's members", "members of the club"; vocabulary ``people_heads``) say nothing of
    it either, but a group a preposition ties to it, said with what sets it apart, is a subject ("foreign residents
    in Northgate")."""
    return (profile.words("partitive_heads") | profile.words("generic_count_nouns")
            | profile.words("day_parts") | profile.words("discourse_nouns") | _not_a_head(profile))


#: The most words of a common noun run a name is read as modifying or as tied to (see :func:`_name_heads`).
_HEAD_RUN = 2


def _name_heads(doc: Doc, classes: WordClasses, at: int, name: str, *, fit: Callable[[str], int],
                config: LabelConfig, profile: Profile) -> list[tuple[str, str]]:
    """What one mention of a place or body (``name``, said at ``at``) is said of, read on the words around it, tagged
    or guessed (:class:`WordClasses`), where no key phrase of the segment holds it (questions the model did not
    run on): the common nouns it modifies ("the Northgate ferry plan" -> "Northgate ferry plan"; its owner's "'s"
    kept, see :func:`_unowned`), or the common nouns a preposition (vocabulary ``name_relation_prepositions``),
    an article between, ties to it ("fans of the club", "a levy on Northgate"), at most :data:`_HEAD_RUN` nouns and
    an adjective before them. ``(key, label)`` pairs: the key lower-cased without the article, the label as the
    transcript writes it. A noun that says which share, news, people or a kind of thing, or when, says nothing
    of the name (vocabularies ``partitive_heads``, ``topic_filler``, ``generic_count_nouns``, ``people_heads``); a
    lone noun in its bare form right after another preposition makes an idiom ("in touch with Northgate"); none
    that may not head a segment (a person, a title, a count)."""
    text = doc.text
    k = _token_at(doc, at)
    if k is None:
        return []
    end_char = at + len(name)
    e = k
    while e + 1 < len(doc) and doc[e + 1].idx < end_char:
        e += 1
    vague = _vague_heads(profile)

    def noun(t: Token) -> bool:
        # Tagged a noun here, or, untagged, a form the tagger reads as one elsewhere (no guess from its ending).
        return (t.is_alpha and t.text.islower()
                and (t.pos_ == "NOUN" if t.pos else classes.pos.get(t.lower_) == "NOUN"))

    def sound(run: Sequence[Token], heads: Collection[str] = vague) -> bool:
        return bool(run) and classes.read(run[-1])[1] not in heads and all(t.lower_ not in heads for t in run)

    words = [t for t in doc[max(0, k - 2 * _HEAD_RUN - 8):min(len(doc), e + _HEAD_RUN + 3)] if not t.is_space]
    first, last = words.index(doc[k]), words.index(doc[e])
    if last + 1 < len(words) and re.fullmatch(r"[A-Z][\w-]*[a-z][\w-]*", words[last + 1].text):
        return []  # the first words of a longer name, broken across lines ("the New York\nTimes")
    out: list[tuple[str, str]] = []
    # The nouns it modifies, its owner's "'s" between or not.
    j = last + 1
    if j < len(words) and words[j].text in ("'s", "’s"):
        j += 1
    run: list[Token] = []
    while j < len(words) and noun(words[j]) and len(run) < _HEAD_RUN:
        run.append(words[j])
        j += 1
    if (run and not (j < len(words) and (noun(words[j]) or classes.read(words[j])[0] == "PROPN"))
            and sound(run, vague | profile.words("people_heads"))):
        found = " ".join(text[at:run[-1].idx + len(run[-1])].split())
        if fit(found) <= config.unfit and len(found.split()) <= config.max_phrase_words:
            out.append((found.lower().replace("’", "'"), found))
    # The nouns a preposition ties to it, an article between; not where the name modifies a noun after it, which is
    # what the preposition ties ("hostages for Northgate prisoners").
    if last + 1 < len(words) and noun(words[last + 1]):
        return out
    j = first - 1
    articles, ties = profile.words("articles"), profile.words("name_relation_prepositions")
    if j >= 0 and words[j].lower_ in articles:
        j -= 1
    if j < 1 or words[j].lower_ not in ties:
        return out
    tie = words[j]
    run = []
    j -= 1
    while j >= 0 and noun(words[j]) and len(run) < _HEAD_RUN:
        run.insert(0, words[j])
        j -= 1
    if not sound(run):
        return out
    if j >= 0 and classes.read(words[j])[0] == "ADP" and len(run) == 1 and classes.read(run[0])[1] == run[0].lower_:
        return out  # an idiom's noun: "in touch with", "in person at"
    if j >= 0 and classes.read(words[j])[0] == "ADJ" and words[j].is_alpha and words[j].text.islower():
        run.insert(0, words[j])
        j -= 1
    while run and j >= 0 and words[j].idx + len(words[j]) == run[0].idx:
        run.insert(0, words[j])  # a word of hyphens ("anti-war") is whole
        j -= 1
    if text[run[0].idx:tie.idx].split()[-1].lower() in vague or (
            len(run) == 1 and classes.read(run[0])[1] in profile.words("people_heads")):
        return out  # "a follow-up on", "members of"
    found = " ".join(text[run[0].idx:end_char].split())
    if fit(found) <= config.unfit and len(found.split()) <= config.max_phrase_words + 2:
        key = f"{' '.join(t.lower_ for t in run)} {tie.lower_} {name.lower()}"
        out.append((key, found))
    return out


def _token_at(doc: Doc, offset: int) -> int | None:
    """The index of the token that starts at a character offset, None where none does."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(doc) and doc[lo].idx == offset else None


def _may_be_tied(surface: str, key: str, text: str, offset: int, fit: Callable[[str], int], unfit: int, *,
                 before: re.Pattern[str]) -> bool:
    """Whether a phrase (``key``: its lemmas) may be tied to a name as what is said of it (see
    :func:`_about_the_name`): one that may head a segment and is no name itself ("Harbour Board" of "the
    Harbour Board to Northgate" is a second subject, not what is said of the first), nor a lone noun in its
    bare form (its lemma) right after a preposition (``before``), no article between, which makes an idiom of
    it ("in person at", "with regard to"; "the sale of ferries to Northgate" names what is sold)."""
    rank = fit(surface)
    if " " in surface:
        return rank <= unfit and not all(w[:1].isupper() for w in surface.split())
    idiom = surface.lower() == key and before.search(text, max(0, offset - 20), offset) is not None
    return rank == unfit and not idiom


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


def _key_phrases(doc: Doc, classes: WordClasses, guessed: set[str], ignored: Ranges,
                 names: frozenset[str], config: LabelConfig, *, nouns: frozenset[str] = frozenset(),
                 profile: Profile) -> list[tuple[int, str, str]]:
    """The document's key phrases (see :func:`_phrases`) that may label a segment: none in an ignored
    range, none with a speaker's name, no fragment, no way of addressing someone, none made only of words
    of when (see :func:`_dates`) and no date: a month or a day of the week with only words of a point in the
    calendar, adverbs of time or numbers before it ("late July", "next Tuesday", "3 May"; vocabularies
    ``calendar_words``, ``time_adverbs``), where a name made with one is a subject ("the Harvest Monday fair"); none
    of a common modifier and a noun of a span of time (vocabulary ``time_span_nouns``: "the near future"), where a
    name's ("Ukraine's future") is one."""
    text = doc_text(doc)
    dates = _dates(profile)
    calendar = profile.words("months") | profile.words("weekdays")
    pointers = dates | profile.words("calendar_words") | profile.words("time_adverbs")
    spans = profile.words("time_span_nouns")  # "the near future", "the meantime"
    # A phrase whose head is a month or a day of the week ("late July", "next Tuesday") says when, too.
    return [p for p in _phrases(doc, classes, guessed, config, nouns=nouns, profile=profile)
            if not dates.issuperset(p[1].split())
            and not (p[1].split()[-1] in spans and len(p[1].split()) <= 2 and p[2].islower())
            and not (p[1].split()[-1] in calendar and all(w in pointers or w[:1].isdigit() for w in p[1].split()))
            and not inside(p[0], ignored) and not (set(p[1].split()) & names)
            and not is_fragment(text, p[0], p[2]) and not is_address(p[2], profile=profile)
            and not _inside_a_name(text, p[0], p[2], profile=profile)
            and not is_cut(text, p[0], p[2], profile=profile)
            and not is_source(text, p[0], profile=profile, phrase=p[2])]


def _people_and_subjects(doc: Doc, names: frozenset[str], recognise: Recogniser | None, looked: Sequence[str],
                         phrases: Sequence[tuple[int, str, str]], *,
                         profile: Profile) -> tuple[frozenset[str], frozenset[str]]:
    """The words of people's names and the names of subjects (see :func:`_named`), with what the
    recogniser says of the segments' best phrases where the model did not run (see :func:`_recognised`)."""
    people, subjects = _named(doc, names)
    if recognise is None:
        return people, subjects
    return _recognised(doc, recognise, looked, _first_offsets(phrases), people, subjects, profile=profile)


def _first_offsets(phrases: Iterable[tuple[int, str, str]]) -> dict[str, int]:
    """Where each phrase (as written) is first said."""
    first_at: dict[str, int] = {}
    for offset, _, phrase in phrases:
        first_at.setdefault(phrase, offset)
    return first_at


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


_WORD = re.compile(r"\w+")


def _heard(text: str, start: int, end: int, opened: Ranges) -> frozenset[str]:
    """The words (lower-cased) a segment says outside the question that opens it: those that start outside
    it (a word the question's end cuts is the question's)."""
    words = set()
    for a, b in opened.outside(start, end):
        for m in _WORD.finditer(text, a, end):
            if m.start() >= b:
                break
            if m.start() == a > start and _WORD.match(text[a - 1]) is not None:
                continue  # the tail of a word that started inside the question
            words.add(m.group().lower())
    return frozenset(words)


def _said_in(word: str, heard: Collection[str]) -> bool:
    """Whether a key's word (a lemma: "territory") is among ``heard`` in some form ("territories")."""
    stem = word[:max(4, len(word) - 2)]
    return word in heard or any(h.startswith(stem) for h in heard)


#: Entities (``(text, label)``) of each of a list of sentences.
Recogniser = Callable[[list[str]], list[list[tuple[str, str]]]]
#: The ``(offset, part of speech)`` of each token of each of a list of sentences; given the offset in each
#: sentence of the word asked about, only the tokens around it may be given (None: all the tokens).
Tagger = Callable[[list[str], list[int] | None], list[list[tuple[int, str]]]]


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


#: Parts of speech of a word that opens a clause, not a noun phrase ("saw strong growth", "facilitate trade").
_CLAUSE_OPENERS = frozenset({"VERB", "AUX"})


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
         generic: Collection[str] = frozenset(), bodies: Collection[str] = frozenset(), profile: Profile) -> int:
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
                                            generic=generic, bodies=bodies))
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
    "heading fit", _made_up_word, _no_noun_phrase, _says_how_many, _names_a_person, _names_an_office, _names_an_outlet,
    _named_in_passing, _of_a_kind, _of_people, _of_a_body, _said_throughout, _not_taken_up,
    _names_subject)


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
                    generic=self.generic, bodies=self.bodies, profile=self.profile)


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


def _written_as_name(phrase: str) -> bool:
    """Whether each word of a phrase of several words is capitalised ("Harbour Board")."""
    words = phrase.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _two_letters(word: str) -> bool:
    """Whether a word has two letters: an acronym of two letters is as often a common thing ("TV", "an EO") as
    a place or body ("UK", "EU"), and the recogniser does not tell them apart."""
    return len(word) == 2


def _names_person(words: Sequence[str], people: frozenset[str], *, profile: Profile) -> bool:
    """Whether a phrase is a person's name: written as a name (each word capitalised) with a word that
    names a person in the document, or led by a courtesy title ("Mr. Lee")."""
    if not words:
        return False
    if words[0].rstrip(".").lower() in profile.words("honorifics") and len(words) > 1:
        return True
    capitalised = all(w[:1].isupper() for w in words)
    return capitalised and any(w.lower().strip(".,'’s") in people or w.lower() in people for w in words)


def _single_words(doc: Doc, start: int, end: int, ignore, names, have: list[str],
                  classes: WordClasses, wanted: int = LabelConfig.min_keywords, *, profile: Profile) -> list[str]:
    """Frequent content words of a short segment, to make up at least ``wanted`` keywords: no name where it is
    the source of a report (see :func:`is_source`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    text = doc_text(doc)
    taken = {w for k in have for w in k.lower().split()}
    counts: Counter = Counter()
    for t in span:
        # An untagged word (see WordClasses) takes the part of speech its form has elsewhere.
        pos, lemma = classes.read(t)
        if (pos in ("NOUN", "PROPN", "VERB", "ADJ") and t.is_alpha and not t.is_stop
                and len(t.text) >= min_content_letters(profile) and lemma not in filler(profile=profile)
                and lemma not in names
                and lemma not in _not_a_head(profile)
                and lemma not in taken and not inside(t.idx, ignore)
                and not (pos == "PROPN" and is_source(text, t.idx, profile=profile, phrase=t.text))):
            counts[t.text if pos == "PROPN" else lemma] += 2 if pos in ("NOUN", "PROPN") else 1
    return [w for w, _ in counts.most_common(wanted - len(have))]


@dataclass(frozen=True)
class _SingleWords:
    """:func:`_single_words` of a document's segments."""

    doc: Doc
    ignore: Ranges
    names: frozenset[str]
    classes: WordClasses
    wanted: int
    #: The vocabularies its rules read.
    profile: Profile = field(kw_only=True, repr=False, compare=False)

    def of(self, start: int, end: int, have: list[str]) -> list[str]:
        return _single_words(self.doc, start, end, self.ignore, self.names, have, self.classes, self.wanted,
                             profile=self.profile)


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


def _phrases(doc: Doc, classes: WordClasses, guessed: set[str] | None = None,
             config: LabelConfig | None = None, *, nouns: frozenset[str] = frozenset(),
             profile: Profile) -> list[tuple[int, str, str]]:
    """``(offset, key, surface)`` of every key phrase; key is the lower-cased lemma form.

    ``guessed``, when given, receives the keys found only in untagged sentences (by guessed classes).
    ``nouns`` are lower-cased words read as nouns besides those the model tagged (see :func:`_asked_nouns`).
    """
    out = []
    if not doc.has_annotation("DEP"):
        for t in doc:
            if (t.is_alpha and not t.is_stop and len(t.text) >= min_content_letters(profile)
                    and t.lower_ not in filler(profile=profile)):
                out.append((t.idx, t.lower_, t.lower_))
        return out
    for chunk in noun_chunks(doc):
        words = _trim(chunk, config, profile=profile)
        if not words:
            continue
        key, surface = " ".join(t.lemma_.lower() for t in words), _surface(words)
        if _too_short(key, surface, profile=profile) or all(t.lower_ in filler(profile=profile) for t in words):
            continue
        out.append((words[0].idx, key, surface))
    parsed = {key for _, key, _ in out}
    guessed_phrases = _guessed_phrases(doc, classes, config, nouns=nouns, profile=profile)
    if guessed is not None:
        guessed.update(key for _, key, _ in guessed_phrases if key not in parsed)
    out += guessed_phrases
    return sorted(out)


def _too_short(key: str, surface: str, *, profile: Profile) -> bool:
    """Whether a key phrase is too short to say anything (debris, a function word): fewer letters than a
    content word has, unless it is written as an acronym ("AI", "EU"), a name however short."""
    return len(key) < min_content_letters(profile) and not (_acronym(surface) and key not in filler(profile=profile))


class _Word(NamedTuple):
    """An untagged word as :func:`_surface` and :func:`_verb_like` read it, without a ``Token`` object."""

    i: int
    text: str
    lower_: str
    idx: int


def _guessed_phrases(doc: Doc, classes: WordClasses, config: LabelConfig | None = None, *,
                     nouns: frozenset[str] = frozenset(), profile: Profile) -> list[tuple[int, str, str]]:
    """Noun phrases of the sentences the model left untagged (``numeral_focus``): runs of words whose guessed part
    of speech (:class:`WordClasses`) is an adjective or noun, ending in a noun (one the tagger read as one
    somewhere, or one of ``nouns``)."""
    if classes.complete:
        return []
    most = (config or LabelConfig()).max_phrase_words
    # Read once per document: asked for every run of words.
    no_opening = filler(profile=profile) | _generic(profile=profile) | _units(profile=profile) | _graded_forms(doc)
    not_a_head = _not_a_head(profile)
    words, starts, spaced = _untagged_words(doc)
    out = []
    run: list[tuple] = []  # (word, guessed part of speech, lemma)
    for k in range(len(words) + 1):
        wanted = _guessed_word(words[k], starts[k], classes) if k < len(words) else None
        # The run goes on across one space between neighbouring words, or one line break (a transcript
        # wrapped at a fixed width breaks lines inside names: "the White\nHouse").
        if wanted is not None and run and (run[-1][0].i == wanted[0].i - 1 and spaced[k]
                                           or run[-1][0].i == wanted[0].i - 2 and _line_break(doc[wanted[0].i - 1])):
            run.append(wanted)
            continue
        run = _trimmed_run(doc, run, classes, no_opening, not_a_head, nouns, profile=profile)
        key = " ".join(r[2] for r in run)
        surface = _surface([r[0] for r in run], [r[1] for r in run]) if run else ""
        if run and len(run) <= most and not _too_short(key, surface, profile=profile):
            out.append((run[0][0].idx, key, surface))
        run = [wanted] if wanted is not None else []
    return out


def _graded_forms(doc: Doc) -> frozenset[str]:
    """The lower-cased forms the model, where it ran, read as comparing or ranking ("better", "stronger",
    "worst": an adjective or adverb of degree Cmp or Sup): as :func:`_graded`, such a word opens no phrase
    guessed where the model did not run ("a better shape" is about the shape, if anything)."""
    values = doc.to_array([POS, MORPH, LOWER]).astype("uint64")
    strings = doc.vocab.strings
    kinds = [POS_IDS["ADJ"], POS_IDS["ADV"]]
    graded = [m for m in numpy.unique(values[:, 1]).tolist()
              if m and any(d in ("Cmp", "Sup") for d in MorphAnalysis(doc.vocab, strings[m]).get("Degree", []))]
    rows = numpy.isin(values[:, 0], kinds) & numpy.isin(values[:, 1], graded)
    return frozenset(strings[w] for w in numpy.unique(values[rows, 2]).tolist())


def _line_break(token: Token) -> bool:
    """Whether a token is one line break between two words (not a blank line: a paragraph ends there)."""
    return token.is_space and token.text.count("\n") == 1


def _untagged_words(doc: Doc) -> tuple[list[_Word], list[bool], list[bool]]:
    """The untagged, alphabetic, non-stop words (only they can be in a guessed phrase), read from arrays;
    whether each starts its sentence, and whether a space follows the token before it."""
    values = doc.to_array([POS, IS_ALPHA, IS_STOP, SPACY, SENT_START]).astype("int64")
    candidates = numpy.flatnonzero((values[:, 0] == 0) & (values[:, 1] != 0) & (values[:, 2] == 0))
    strings = doc.vocab.strings
    words = [_Word(i, strings[orth], strings[lower], idx) for i, (orth, lower, idx)
             in zip(candidates.tolist(), doc.to_array([ORTH, LOWER, IDX])[candidates].tolist())]
    starts = (values[candidates, 4] == 1).tolist()
    spaced = values[numpy.maximum(candidates - 1, 0), 3].tolist()  # a space after the word before
    return words, starts, spaced


def _guessed_word(word: _Word, sent_start: bool, classes: WordClasses) -> tuple | None:
    """``(word, guessed part of speech, lemma)`` of an untagged word that may be in a noun phrase (an
    adjective or a noun), None for another."""
    guess = classes.guess_form(word.text, word.lower_, sent_start)
    return (word, *guess) if guess is not None and guess[0] in ("ADJ", "NOUN", "PROPN") else None


def _trimmed_run(doc: Doc, run: list[tuple], classes: WordClasses, no_opening: frozenset[str],
                 not_a_head: frozenset[str], nouns: frozenset[str] = frozenset(), *,
                 profile: Profile) -> list[tuple]:
    """A run of guessed adjectives and nouns without the words no phrase opens with (``no_opening``: words
    of talk, generic modifiers, measures; and a verb taken for a noun), ending in a noun the tagger saw as
    one elsewhere in the document (or one of ``nouns``), or a proper name, that is not one of ``not_a_head``.
    A run whose end would be cut inside a name ("New York Times" without "Times"), or before a head that is
    a word of talk ("sticking point" without "point"), makes none: what is left modifies the word cut off.
    A word of when after the head, or a measure, goes ("the vote yesterday"). A run whose head is a number
    word standing for a noun said before ("clear ones") makes none."""
    while run and (run[0][0].lower_ in no_opening or _verb_like(doc, run[0][0], classes, profile=profile)):
        if _name_goes_on(doc, run, profile=profile):
            break  # a name's first word ("New" of "New Amsterdam", "First" of "First Harbour Bank")
        run = run[1:]
    cut = False
    while run and (not (run[-1][1] == "PROPN" or classes.pos.get(run[-1][0].lower_) in ("NOUN", "PROPN")
                        or run[-1][0].lower_ in nouns)
                   or run[-1][0].lower_ in not_a_head):
        if len(run) > 1 and run[-1][0].text[:1].isupper() and run[-2][0].text[:1].isupper():
            return []  # a name's last word after another ("York Times"): the rest is part of a name
        if len(run) > 1 and (run[-1][0].lower_ in filler(profile=profile) or run[-1][2] in filler(profile=profile)):
            return []  # the head is a word of talk ("sticking point"): the rest modifies it
        run, cut = run[:-1], True
    if run and any(doc.vocab[w].like_num for w in (run[-1][2], run[-1][0].lower_.removesuffix("s"))):
        return []  # the head is a number word standing for a noun said before ("the clear ones")
    if cut and run and run[-1][0].text[:1].isupper():
        # A name left at the end once the head is cut off modifies that head ("a senior Harbour Board
        # official"): the words before the name modified the head too, not the name.
        while len(run) > 1 and not run[0][0].text[:1].isupper():
            run = run[1:]
    return run


def _name_goes_on(doc: Doc, run: Sequence[tuple], *, profile: Profile) -> bool:
    """Whether a guessed run opens with a name of several words: its first two words are capitalised, the first
    not where its sentence starts (a capital there says nothing) nor a title (vocabulary ``offices``: "Mayor
    Lind" is a person, who is no subject)."""
    return (len(run) > 1 and run[0][0].text[:1].isupper() and run[1][0].text[:1].isupper()
            and not doc[run[0][0].i].is_sent_start and run[0][0].lower_ not in profile.words("offices"))


def _verb_like(doc: Doc, token, classes: WordClasses, *, profile: Profile) -> bool:
    """Whether an untagged word that would open a guessed phrase is rather a verb: the tagger never
    called its form a noun or adjective, and it follows "to", a pronoun or a modal ("to raise prices")
    or ends in -ing ("boosting demand")."""
    if classes.pos.get(token.lower_) in ("NOUN", "PROPN", "ADJ"):
        return False
    before = doc[token.i - 1].lower_ if token.i else ""
    return before in profile.words("verb_openers") or token.lower_.endswith(endings(profile).progressive)


def _trim(chunk: Span, config: LabelConfig | None = None, *, profile: Profile) -> list:
    """A noun chunk's words that make a key phrase (none when it names no subject): a verb the parser
    left inside it ("facilitate customs clearance"), words before a determiner ("tough a fight"), function
    words, numbers, measures and generic modifiers at its start, function words at its end, go; a measure
    ("ten miles") or a chunk that :data:`NOT_A_KEY_PHRASE` rejects makes none. A last word a verb's particle
    follows is the verb misread as a noun ("how the board's forecasts line up with its goals"): it goes."""
    words = [t for t in chunk if not t.is_space]
    if _a_measure(words, profile=profile):
        return []
    words = _from_last_determiner(words)
    while words and _opens_no_phrase(words[0], profile=profile) and not _opens_a_name(words[0]):
        words = words[1:]
    if words and _before_a_particle(words[-1]):
        words = words[:-1]
    while words and _closes_no_phrase(words, profile=profile):
        if len(words) > 1 and words[-1].ent_iob_ == "I" and words[-1].text[:1].isupper():
            return []  # a name's last word ("Times" of "the Harbour City Times"): the rest is part of the name
        words = words[:-1]
    most = (config or LabelConfig()).max_phrase_words
    # Words as written: a hyphenated name ("Mar-a-Lago") is one word of several tokens.
    written = sum(1 for t in words[:-1] if t.whitespace_) + 1
    if not words or written > most or NOT_A_KEY_PHRASE.decide(_Words(words, profile)) is not None:
        return []
    return words


def _before_a_particle(t: Token) -> bool:
    """Whether the parse puts a verb's particle ("up" of "line up", "out" of "set out") right after a word,
    as that word's: a noun takes none, the word is the verb. A particle after a verb's object is the verb's
    ("send the doses out")."""
    following = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return following is not None and following.dep_ in _PARTICLE_DEPS and following.head.i == t.i


def _a_measure(words: Sequence[Token], *, profile: Profile) -> bool:
    """Whether a chunk's words are a measure ("ten miles", "a few points"): they end in a unit and hold a number
    or another unit."""
    units = _units(profile=profile)
    return bool(words) and words[-1].lower_ in units and any(t.like_num or t.lower_ in units for t in words)


def _opens_a_name(t: Token) -> bool:
    """Whether a word is the first of a name the recogniser found that goes on after it ("First" of "First
    Harbour Bank", "New" of "New Amsterdam"): a part of the name, though alone it would be a number or a
    generic modifier, which open no phrase. Not a person's: a title before a name ("President") is no part
    of what a segment is about."""
    following = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (t.ent_iob_ == "B" and t.ent_type_ in _SUBJECT_ENTS and t.pos_ not in _EDGE_POS and t.text[:1].isupper()
            and following is not None and following.ent_iob_ == "I")


def _from_last_determiner(words: list[Token]) -> list[Token]:
    """A chunk's words after its last determiner: the determiner opens the noun phrase, and words before it
    qualify the clause, not the noun ("as tough a fight", "quite a saga"), and never open a phrase with it."""
    determiners = [k for k, t in enumerate(words) if t.pos_ == "DET"]
    return words[determiners[-1] + 1:] if determiners else words


def _closes_no_phrase(words: Sequence[Token], *, profile: Profile) -> bool:
    """Whether the last of a chunk's words ends no key phrase: a function word, no word at all, or a word of
    when after others ("the vote yesterday" is about the vote)."""
    last = words[-1]
    return (last.pos_ in _EDGE_POS or last.is_stop or not _has_letter(last)
            or (len(words) > 1 and last.lower_ in _when(profile=profile)))


def _opens_no_phrase(t: Token, *, profile: Profile) -> bool:
    """Whether a chunk's first word is no key phrase's: a function word or a verb, a word of talk, a
    generic modifier, a measure, a number, or no word at all."""
    return (t.pos_ in _EDGE_POS or t.pos_ == "VERB" or t.is_stop or t.lower_ in filler(profile=profile)
            or t.lower_ in _generic(profile=profile)
            or t.lower_ in _units(profile=profile) or t.like_num or not _has_letter(t) or _graded(t))


def _graded(t: Token) -> bool:
    """Whether a word compares or ranks ("weaker", "largest", "most"): it weighs the thing named
    against others, it does not say which thing (a comparative or superlative, as the morphology says),
    unless it is the first part of a compound term ("longer-run rate")."""
    compound = t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("-", "–") and not t.whitespace_
    return (t.pos_ in ("ADJ", "ADV") and any(d in ("Cmp", "Sup") for d in t.morph.get("Degree", []))
            and not compound)


def _has_letter(t: Token) -> bool:
    return any(c.isalpha() for c in t.text)


class _Words(NamedTuple):
    """The trimmed words of a noun chunk, as the rules of :data:`NOT_A_KEY_PHRASE` read them."""

    words: Sequence[Token]
    #: The vocabularies the rules read.
    profile: Profile


def _head_of_talk(phrase: _Words) -> str | None:
    """A phrase whose head is no noun, or a measure or a word of talk, names no subject ("technical
    questions", "fair way")."""
    words = phrase.words
    last = words[-1]
    return ("no subject head" if last.pos_ not in ("NOUN", "PROPN")
            or last.lower_ in _not_a_head(phrase.profile) else None)


def _pointing_or_counting(phrase: _Words) -> str | None:
    """A phrase with a pronoun, a number (but the first word of a name, "First Harbour Bank") or punctuation
    (but a hyphen) inside points or counts."""
    words = phrase.words
    if any(t.pos_ == "PRON" or (t.like_num and not _opens_a_name(t)) or (t.is_punct and t.text not in "-–")
           for t in words):
        return "pronoun, number or punctuation"
    return None


def _person(phrase: _Words) -> str | None:
    """A person's name introduces someone, not a subject."""
    words = phrase.words
    return "person" if any(t.ent_type_ == "PERSON" for t in words) else None


def _quantifier(phrase: _Words) -> str | None:
    """A lone singular noun after "a", whose "of" names a plural ("a couple of questions", "a handful of
    clubs"), says how many of what follows, not what about."""
    words = phrase.words
    if len(words) != 1:
        return None
    t, doc = words[0], words[0].doc
    before = doc[t.i - 1] if t.i else None
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if (before is None or after is None or before.pos_ != "DET" or "Ind" not in before.morph.get("Definite", [])
            or "Sing" not in t.morph.get("Number", []) or after.head.i != t.i
            or after.lower_ != _heading_word("complement", profile=phrase.profile)):
        return None
    plural = any("Plur" in c.morph.get("Number", []) for c in after.children if c.pos_ == "NOUN")
    return "quantifier" if plural else None


#: Why the trimmed words of a noun chunk make no key phrase (see :func:`_trim`), first reason first.
NOT_A_KEY_PHRASE: RuleSet[_Words, str] = RuleSet(
    "not a key phrase", _head_of_talk, _pointing_or_counting, _person, _quantifier)


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


def heading(keywords: list[str], segment_text: str, used: set[str], *, asked: Sequence[str] = (),
            fit: Callable[[str], int] | None = None, config: LabelConfig | None = None,
            centrality: Mapping[str, float] | None = None, about: Callable[[str], str | None] | None = None,
            asked_about: Collection[str] = frozenset(), own: Collection[str] | None = None,
            profile: Profile) -> str:
    """A heading as a newspaper subhead would put it: the segment's leading key phrase.

    The subject is sought first among the phrases of the question that opens the segment
    (``asked``, best first), then among all its ``keywords``. A phrase of several words says more
    than one word, so the best of them among the first three wins. Two phrases are joined by "and"
    only where the segment itself coordinates them ("Angola and Kenya"); a heading already used by
    an earlier segment is told apart by the next key phrase ("Student loans: repayment").

    ``fit``, when given, ranks what may head the segment (0 best, ``config.unfit`` never when anything
    else can, worse never): the phrases of the best rank are sought, asked ones first, before any of a
    worse rank.
    ``centrality``, when given, orders the phrases of that rank: the one whose words are most
    characteristic of the segment first (what it keeps coming back to, rather than a phrase said once
    in passing), the order above among equals.
    ``about``, when given, turns a heading that is a bare name ("Harbour Board") into what the segment says of
    it ("Dredging by the Harbour Board"; see :func:`_about_the_name`), None where it says nothing of it twice.
    ``asked_about``, when given, are the phrases the question that opens the segment says it asks about (see
    :func:`_asked_about`): of the best rank, they come first.
    ``own``, when given, are the segment's phrases no other segment says: one of the question's, in common words, may
    head the segment in place of a bare name the segment says nothing of (see :func:`_asked_instead`).
    """
    config = config or LabelConfig()
    # The text as one line: a phrase the transcript breaks across lines ("the emerging\nmarkets") is said.
    lowered = " ".join(segment_text.lower().split())
    # The same, as written: a complement keeps its case ("tariffs on Chinese imports"), at the same offsets.
    said = " ".join(segment_text.split())
    if len(said) != len(lowered):
        said = ""
    # What each of the question's phrases is said in full for (see :func:`_asked_in_full`): the lone noun it
    # completes, the segment's own phrase ("logjam" of "logjam on guns").
    nouns: dict[str, str] = {}
    if fit is not None:
        bare = list(asked)
        asked, fit, centrality = _asked_in_full(asked, list(centrality or keywords), lowered, fit,
                                                config, centrality, profile=profile, said=said)
        nouns = {k: b for k, b in zip(asked, bare) if k != b}
    pool = _pool(keywords, asked, fit)
    if fit is not None and pool and fit(pool[0]) > config.unfit:
        pool = []  # only names of people, titles, counts or clauses: no heading beats a wrong one
    if centrality or asked_about:
        pool = sorted(pool, key=lambda k: (k not in asked_about, -(centrality or {}).get(k, 0.0)))
    if not pool:
        return _unique(_heading_word("no_subject", profile=profile), used)
    label = _coordinated(pool[:config.joined_phrases], lowered, config.max_phrase_words + 1,
                         profile=profile)
    if label is None:
        label = _leading(pool, keywords, asked, fit, config)
        label = _completed(_owned(label, list(centrality or keywords), lowered, fit, config,
                                  profile=profile, said=said),
                           list(centrality or keywords), lowered, fit, config, profile=profile, said=said)
        if about is not None and (" " not in label or _written_as_name(label)):
            label = (about(label) or _asked_instead(label, [k for k in asked if own is not None
                                                            and nouns.get(k, k) in own],
                                                        asked_about, lowered, fit, config, profile=profile,
                                                        nouns=nouns, said=said) or label)
    label = _capitalise(_unowned(label, profile=profile, said=said))
    if label.lower() in used:
        qualifier = _qualifier([k for k in dict.fromkeys([*pool, *keywords])
                                if _unowned(k, profile=profile, said=said).lower() not in label.lower()],
                               fit, config, profile=profile)
        if qualifier is not None:
            label = f"{label}: {_unowned(qualifier, profile=profile, said=said)}"
    return _unique(label, used)


def _asked_instead(name: str, asked: Sequence[str], asked_about: Collection[str], lowered: str,
                   fit: Callable[[str], int] | None, config: LabelConfig, *, profile: Profile,
                   nouns: Mapping[str, str] | None = None, said: str = "") -> str | None:
    """What the question that opens a segment asks, said in common words, in place of a bare name that would head
    the segment and of which the segment says nothing twice (see :func:`_about_the_name`): a name says who or
    where, the question's phrase what ("Booster shots", not "Medicines Agency", where a question asks whether
    the agency will approve booster shots).

    ``asked`` are the question's phrases (best first) that no other segment of the event says: one said elsewhere
    too ("the federal government", "human rights") sets the segment apart less than the name. Of them, the first
    that the question says it asks about (``asked_about``), else the first, of several words, not all capitalised
    (itself a name), not ending in a noun for a body that acts (another who: "the regional government"), that the
    segment says twice or more as a whole (the question and its answer: a phrase of the question said once is its
    preface, or a fragment read where the model did not run) and that heads the segment as well as the name (see
    :func:`_fit`: a phrase the answer never takes up ranks below). None where the question says it asks about the
    name itself ("Any news on Lisbon?": the segment is about the place as a whole), where the heading is no name,
    or where no phrase of the question is such. Nor a phrase the segment says no more often than it takes the name
    up again by its last word, a common noun (see :func:`_taken_up_by_its_noun`: "the hospital" after "St Anne's
    Hospital", four times, against "more evidence" twice: the answer keeps coming back to the place).

    ``said`` is the segment's text as one line, as written (``lowered`` without its case), where known.
    ``nouns``, when given, are the lone nouns of the question said in full with what they are of or about (see
    :func:`_asked_in_full`: "logjam on gun laws" for "logjam"): such a phrase is the question's own where its noun
    is, and is said twice where its noun is (the answer takes the noun up alone: "the logjam")."""
    nouns = nouns or {}
    if fit is None or not name[:1].isupper() or name in asked_about:
        return None
    rank = fit(name)
    if rank > config.unfit:
        return None
    ordered = sorted(asked, key=lambda k: k not in asked_about)  # what it says it asks about first
    taken_up = _taken_up_by_its_noun(name, lowered, said, profile=profile)
    return next((k for k in ordered if " " in k and not _written_as_name(k) and k.lower() != name.lower()
                 and not _names_a_body(k, profile=profile) and fit(k) <= rank
                 and _times_said(nouns.get(k, k), lowered) > max(1, taken_up)),
                None)


def _taken_up_by_its_noun(name: str, lowered: str, said: str = "", *, profile: Profile) -> int:
    """How many times the segment says the last word of a name of several words again, in small letters, after
    an article or a demonstrative (vocabularies ``articles``, ``demonstratives``), outside the name ("the
    hospital", "that hospital" after "St Anne's Hospital"; "the board" after "the Harbour Board"): how often it
    comes back to what the name names; the word as a verb ("address" of "State of the Union Address") is not it.
    ``said`` is its text as one line, as written, where known: another name that ends in the word ("the Eastside
    Library" of "the Riverside Library") is no common noun; without it, the times in ``lowered`` (lower-cased)
    beyond the name's own."""
    words = name.split()
    if len(words) < 2 or not words[-1].isalpha():
        return 0
    determiners = "|".join(map(re.escape, profile.words("articles") | profile.words("demonstratives")))
    noun = rf"(?<![\w-])(?i:{determiners})\s+{re.escape(words[-1].lower())}(?![\w-])"
    if said:
        return len(re.findall(noun, said))
    return max(0, len(re.findall(noun, lowered)) - _times_said(name, lowered))


def _names_a_body(phrase: str, *, profile: Profile) -> bool:
    """Whether a phrase ends in a common noun for a body that acts (vocabulary ``institution_nouns``: "the regional
    government", "the club's board"): it says who, as a name does, not what."""
    last = phrase.split()[-1].lower()
    bodies = profile.words("institution_nouns")
    return last in bodies or word_lemma(last, profile=profile) in bodies


def _times_said(phrase: str, lowered: str) -> int:
    """How many times the segment's text (``lowered``: as one line, lower-cased) says a phrase, as a whole word run."""
    return len(re.findall(rf"(?<![\w-]){re.escape(phrase.lower())}(?![\w-])", lowered))


#: How far before a phrase the preposition that makes it what a question asks about is sought (a preposition, an
#: article and a modifier: "about the updated harbour levy").
_ABOUT_REACH = 40


def _asked_about(text: str, phrases: Iterable[tuple[int, str, str]], opened: Ranges, *,
                 profile: Profile) -> frozenset[str]:
    """The phrases (as shown) the question that opens a segment says it asks about: said right after a preposition
    of topic (vocabulary ``topic_prepositions``: "I wanted to ask you about the updated harbour levy"), at most two
    words between (an article, a modifier), on the same line. What a question announces as its subject is its
    subject, whatever else its preface names. A number right after the preposition makes it one of estimate
    ("about 40 new depots", "about twenty members"; vocabularies ``number_units``, ``number_tens``): no topic."""
    about = "|".join(map(re.escape, profile.words("topic_prepositions")))
    numbers = "|".join(map(re.escape, profile.words("number_units") | profile.words("number_tens")))
    lead = re.compile(rf"(?<![\w-])(?:{about})[ \t]+(?!\d|(?:{numbers})(?![\w-]))(?:[\w-]+[ \t]+){{0,2}}$",
                      re.IGNORECASE)
    return frozenset(surface for offset, _, surface in phrases
                     if offset in opened and lead.search(text, max(0, offset - _ABOUT_REACH), offset) is not None)


def _asked_in_full(asked: Sequence[str], phrases: Sequence[str], lowered: str, fit: Callable[[str], int],
                   config: LabelConfig, centrality: Mapping[str, float] | None, *, profile: Profile,
                   said: str = "") -> tuple[list[str], Callable[[str], int], Mapping[str, float] | None]:
    """The question's phrases with each lone common noun that the segment completes with what it is of or about
    (see :func:`_completed`: "the pace of the recovery") said in full, which then ranks as a phrase of several
    words, as central as the noun (not one the question also says with a modifier, "immigration law"): what the
    question asks about is the noun with its complement, not the noun alone, which would rank below any other
    phrase. A noun that says which share or how many, or a word of
    talk, of a kind or of people (vocabularies ``partitive_heads``, ``generic_count_nouns``, ``topic_filler``,
    ``generic_heads``, ``people_heads``: "the rest of the county", "efforts of the club", "members of the
    board"), or one after a preposition or a verb in -ing and before another, an idiom's ("in light of the
    vote", "taking advantage of the scheme"), is not completed."""
    vague = (profile.words("partitive_heads") | profile.words("generic_count_nouns") | filler(profile=profile)
             | profile.words("generic_heads") | profile.words("people_heads"))
    prepositions = "|".join(map(re.escape, profile.words("name_relation_prepositions")))
    progressive = "|".join(map(re.escape, endings(profile).progressive))
    full: dict[str, str] = {}
    for k in asked:
        if any(p.lower().endswith(" " + k) for p in asked):
            continue  # asked with a modifier too ("immigration law"): that phrase says which, as it is
        singular = k[:-1] if k.endswith("s") else k
        # A bare noun after a preposition or a verb's form in -ing, and before another, is an idiom's ("in light
        # of", "in exchange for", "taking advantage of").
        idiom = re.search(rf"(?<![\w-])(?:{prepositions}|\w+(?:{progressive}))\s+{re.escape(k)}\s+(?:{prepositions})\s",
                          lowered)
        if (" " not in k and k.islower() and not {k, singular} & vague and fit(k) == config.unfit
                and idiom is None):
            done = _completed(k, phrases, lowered, fit, config, profile=profile, said=said)
            if done != k:
                full[k] = done
    if not full:
        return list(asked), fit, centrality
    completed = set(full.values())

    def fit_in_full(phrase: str) -> int:
        return 0 if phrase in completed else fit(phrase)

    central = dict(centrality or {})
    for k, done in full.items():
        central[done] = central.get(k, 0.0)
    return [full.get(k, k) for k in asked], fit_in_full, (central if centrality is not None else None)


def _qualifier(rest: Sequence[str], fit: Callable[[str], int] | None, config: LabelConfig, *,
               profile: Profile) -> str | None:
    """The phrase that tells a heading an earlier segment already has apart (``rest``: the segment's other
    phrases, best first): the first that could head a segment (no person's name, no verb taken to make up
    the keywords, no count) and is no word of when alone (a part of the day too): "Ferry fares: harbour
    dues", never "Ferry fares: Dana Whitfield", "Ferry fares: said" nor "Ferry fares: afternoon"."""
    when = _when(profile=profile) | profile.words("day_parts")
    return next((k for k in rest if (fit is None or fit(k) <= config.unfit) and k.lower() not in when), None)


def _pool(keywords: list[str], asked: Sequence[str], fit: Callable[[str], int] | None) -> list[str]:
    """The phrases a heading is sought among: the asked ones, else the keywords; with ``fit``, the
    best-ranked phrases only, asked ones first, each list in its own order of importance."""
    if fit is None or not (asked or keywords):
        return list(asked) or keywords
    candidates = list(dict.fromkeys([*asked, *keywords]))
    rank = min(fit(k) for k in candidates)
    return [k for k in candidates if fit(k) == rank]


def _coordinated(pool: Sequence[str], lowered: str, most: int = 5, *, profile: Profile) -> str | None:
    """Two of ``pool`` joined by "and", where the segment's text (``lowered``) itself coordinates them,
    in at most ``most`` words with the "and" (a heading, not a list: "Ferries and tolls")."""
    joiner = _heading_word("coordinator", profile=profile)
    for a, b in itertools.combinations(pool, 2):
        if len(a.split()) + len(b.split()) >= most:
            continue
        for pair in (f"{a} {joiner} {b}", f"{b} {joiner} {a}"):
            if pair.lower() in lowered:
                return pair
    return None


def _leading(pool: list[str], keywords: list[str], asked: Sequence[str], fit: Callable[[str], int] | None,
             config: LabelConfig) -> str:
    """The phrase that heads the segment: without ``fit``, the first of several words among the first
    few of the pool; with it, the first of the pool (ranked by ``fit``, a phrase of the pool names a
    subject whatever its length), said in full where the segment also says a longer phrase it starts
    ("Chinese spy" -> "Chinese spy balloon"), or, a lone word, one it ends ("equity" -> "racial equity")."""
    if fit is None:
        longer = [k for k in pool[:config.leading_phrases] if len(k.split()) >= 2]
        return longer[0] if longer else pool[0]
    label = pool[0]
    lone = " " not in label
    return next((k for k in [*asked, *keywords] if (k.lower().startswith(label.lower() + " ")
                                                     or (lone and k.lower().endswith(" " + label.lower())))
                 and fit(k) <= fit(label)), label)


def _completed(label: str, phrases: Sequence[str], lowered: str, fit: Callable[[str], int] | None,
               config: LabelConfig, *, profile: Profile, said: str = "") -> str:
    """A heading whose last word is a common noun said with the key phrase of the segment it takes after "of"
    (vocabulary ``heading_words``, ``complement``), an article between, where the segment says so: "pace"
    -> "pace of recovery" ("the pace of the recovery"), "the port's freedom" -> "the port's freedom of
    navigation". The noun alone says what about, not about what. Where the segment says it with several,
    the first said; the phrase is one that may head a segment (no person), and the whole is no longer than
    a heading joined by "and" (see :func:`_coordinated`).

    After another preposition that ties what a noun is about to it (vocabulary ``complement_prepositions``: "the
    death toll in Eastport", "tariffs on steel imports") the phrase completes the heading only where it names
    something by itself: a name, or a phrase of several words that is not said all through the event (a rank
    of 1 or better, or a capitalised word no rule ranks below a lone common noun); a lone common noun after
    "in", "for" is as often an idiom ("in exchange", "for example") as a complement.

    The complement is taken as ``said`` writes it (the segment's text, spaces made single, at the offsets of
    ``lowered``), and only where its noun phrase ends with it (see :func:`_ends_a_noun_phrase`: not "the ferry
    dispute in the Northgate" of "in the Northgate Sound"); it is no time ("in the coming weeks"), and the
    heading's own words do not start a path (vocabulary ``path_start_prepositions``: "shipping from harbour towns
    to the islands": the islands are where the shipping goes, not the towns')."""
    words = label.split()
    said = said or lowered
    if not words[-1].islower():
        return label
    joiner, articles = _heading_word("complement", profile=profile), profile.words("articles")
    fitting = [k for k in sorted(phrases, key=len, reverse=True)
               if k.lower() not in label.lower() and len(words) + 1 + len(k.split()) <= config.max_phrase_words + 1
               and (fit is None or fit(k) <= config.unfit)]
    ties = profile.words("complement_prepositions") | {joiner}
    prepositions = "|".join(sorted(map(re.escape, ties), key=len, reverse=True))
    starts = profile.words("path_start_prepositions")
    when = _dates(profile) | profile.words("time_span_nouns")
    for m in re.finditer(rf"(?<![\w-]){re.escape(label.lower())} ({prepositions})\s+", lowered):
        preceding = lowered[max(0, m.start() - 20):m.start()].split()
        if m.group(1) != joiner and preceding and preceding[-1] in starts:
            continue  # the heading's words start a path: the preposition after them gives its end
        start = m.end()
        rest = lowered[start:start + 200]
        first = rest.split(maxsplit=1)
        article = ""
        if first and first[0] in articles:
            article = first[0] + " "
            start += len(rest) - len(rest[len(first[0]):].lstrip())
            rest = lowered[start:start + 200]
        tie = m.group(1)
        for k in fitting:
            after = rest[len(k):len(k) + 1]
            # "" (the phrase ends the text) is in every string: a word goes on only where a character follows.
            if (rest.startswith(k.lower()) and not (after.isalnum() or after != "" and after in "-'’")
                    and not (k[:1].isupper() and _coordinated_on(rest[len(k):], profile=profile))
                    and (tie == joiner or _names_by_itself(k, fit, config.unfit))
                    and not set(k.lower().split()) & when
                    and _ends_a_noun_phrase(said[start + len(k):start + len(k) + 40], k, phrases)):
                # A name keeps its article, as the transcript writes it ("projections of the Committee").
                written = said[start:start + len(k)]
                return f"{label} {tie} {article if written[:1].isupper() else ''}{written}"
    return label


def _ends_a_noun_phrase(following: str, phrase: str, phrases: Sequence[str]) -> bool:
    """Whether a complement's noun phrase (``phrase``) ends where the words ``following`` it (as written) begin:
    not before a capitalised word ("the Northgate Sound"), nor where the segment's phrases have a longer one that
    goes on with them ("a Harbour Board member", where "Harbour Board members" is one of them)."""
    if not following[:1].isspace():
        return True  # a mark, or the end
    word = following.split(maxsplit=1)[0] if following.strip() else ""
    word = word.rstrip(".,;:!?)\"”")
    if not any(c.isalnum() for c in word):
        return True  # a dash or a mark after a space
    if word[:1].isupper():
        return False
    longer = f"{phrase} {word}".lower()
    return not any(p.lower().startswith(longer) for p in phrases)


def _coordinated_on(following: str, *, profile: Profile) -> bool:
    """Whether the words after a name taken for a complement join another word to it (vocabulary
    ``heading_words``, ``coordinator``), no article or demonstrative after the joiner: "the pace of Treasury and
    mortgage purchases", where the name modifies what follows and the heading would cut the phrase. A common noun
    joined to a noun phrase ("the round of lockdowns and its zero-case policy", "of lockdowns and the closures")
    is whole, and a name is read so where an article follows ("of Northgate and the port")."""
    words = following.split(maxsplit=2)
    determiners = profile.words("articles") | profile.words("demonstratives")
    return (len(words) > 1 and words[0] == _heading_word("coordinator", profile=profile)
            and words[1] not in determiners)


def _names_by_itself(phrase: str, fit: Callable[[str], int] | None, unfit: int = LabelConfig.unfit) -> bool:
    """Whether a phrase tied to a heading by a preposition other than "of" names something by itself (see
    :func:`_completed`): a name or a phrase of several words that heads a segment before a lone common noun,
    or a capitalised word that ranks no lower than one ("Eastport", where the recogniser did not read it);
    ``unfit`` is the rank of a lone common noun, as the heading's settings have it."""
    if fit is None:
        return " " in phrase
    rank = fit(phrase)
    return rank <= 1 or (rank <= unfit and phrase[:1].isupper() and " " not in phrase)


#: An owner with its possessive "'s" opening a heading ("Northgate's strike"), and what it owns.
_OWNER = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<owned>\S.*)$")


def _owned(label: str, phrases: Sequence[str], lowered: str, fit: Callable[[str], int] | None,
           config: LabelConfig, *, profile: Profile, said: str = "") -> str:
    """What an owner's lone noun is completed with, where the segment completes it (see :func:`_completed`):
    "Northgate's trip" -> "trip to Lisbon", where the segment says "trip to Lisbon"; else the heading as it is
    (see :func:`_unowned`)."""
    m = _OWNER.match(label)
    if (m is None or " " in m.group("owned") or not m.group("owned").islower()
            or m.group("owned").rstrip("s") in filler(profile=profile) | profile.words("generic_count_nouns")):
        return label
    completed = _completed(m.group("owned"), phrases, lowered, fit, config, profile=profile, said=said)
    return completed if completed != m.group("owned") else label


def _unowned(label: str, *, profile: Profile, most: int = LabelConfig.max_phrase_words + 1, said: str = "") -> str:
    """A heading without a literal possessive where it reads as well without: a subhead names what is discussed,
    and an owner's "'s" reads as a cut sentence. An owner written as a name modifies what it owns, as a headline
    writes it ("Northgate's strike" -> "Northgate strike"), within ``most`` words; a common noun owner goes where
    what is owned says enough alone ("the port's freedom of navigation" -> "freedom of navigation").
    An owner that says when ("yesterday's vote") goes: the vote is the subject.
    Else the "'s" stays, a whole label rather than a mangled one: where what is owned is capitalised too (a name
    of its own: "the Anglers' Cup", "St. Brigid's Day fair"), opens with an adjective ("Northgate's latest
    offer", where "Northgate latest offer" and "latest offer" say less or wrongly), is a lone noun of a common
    owner ("the mayor's plan", "women's rights"), or where the owner is a name the segment's text (``said``,
    when given) never writes without its "'s" (a name that ends so: "Brennan's contract")."""
    m = _OWNER.match(label)
    if m is None:
        return label
    owner, owned = m.group("owner"), m.group("owned")
    if owner.lower().split()[-1] in _dates(profile):
        return owned
    first = owned.split()[0]
    if first[:1].isupper() or _adjective_like(first.lower(), profile=profile):
        return label
    if all(w[:1].isupper() for w in owner.split()):
        if said and re.search(rf"(?<![\w'’-]){re.escape(owner)}(?!\w|['’]s\b)", said) is None:
            return label  # the name is never said without its "'s": part of the name
        return f"{owner} {owned}" if len(owner.split()) + len(owned.split()) <= most else owned
    return owned if len(owned.split()) > 1 else label


def _adjective_like(word: str, *, profile: Profile) -> bool:
    """Whether a lower-case word read without a parse is an adjective that says how or which, not of what kind
    (vocabulary ``generic_modifiers``: "latest", "strong"), or one with an adjective's ending (``adjective_endings``:
    "useful"). One of a kind ("foreign trade") makes a term with its noun."""
    return word in profile.words("generic_modifiers") or word.endswith(endings(profile).adjective)


def _heading_word(name: str, *, profile: Profile) -> str:
    """A word headings are written with (vocabulary ``heading_words``): ``coordinator`` joins two
    phrases, ``no_subject`` heads a segment with no key phrase."""
    return profile.table("heading_words")[name]


def is_fragment(text: str, offset: int, phrase: str) -> bool:
    """True for a piece of a word or an aside rather than a phrase: a word broken off at a hyphen
    ("pres-"), a part of a hyphenated name ("Lago" of "Mar-a-Lago"), a stage direction ("(Laughter.)"),
    a word with a footnote's mark ("meeting[1")."""
    # A dash at a word's edge breaks it off; an em dash inside glues two words of a broken sentence;
    # a bracket glues a footnote's mark to a word ("meeting[1]").
    if any(w.startswith(("-", "–")) or w.endswith(("-", "–")) or "—" in w or "[" in w or "]" in w
           for w in phrase.split()):
        return True
    if offset < 0:
        return False
    before = text[offset - 1:offset] if offset else ""
    end = offset + len(phrase)
    after = text[end:end + 1] if text[offset:end] == phrase else ""
    return before in ("-", "–", "(") or after in ("-", "–") or text[end:end + 2] in (".)", ")")


def _talkers(text: str, phrases: Iterable[tuple[int, str, str]], *, profile: Profile) -> frozenset[str]:
    """The phrases (as written) that somewhere own a word of talk (see :func:`_owns_talk`): who asks or says,
    which, like who acts all through the event, sets no segment apart."""
    return frozenset(phrase for offset, _, phrase in phrases if _owns_talk(text, offset, phrase, profile=profile))


def _owns_talk(text: str, offset: int, phrase: str, *, profile: Profile) -> bool:
    """Whether a phrase written as a name owns a word of talk (vocabulary ``topic_filler``): "following up on
    Dana's question", "to the Harbour Board's point": the name is of whoever asked or said it, not what is
    asked about."""
    end = offset + len(phrase)
    if offset < 0 or text[offset:end] != phrase or not all(w[:1].isupper() for w in phrase.split()):
        return False
    owned = re.match(r"['’]s?\s+(\w+)", text[end:end + 30])
    return owned is not None and owned.group(1).lower() in filler(profile=profile)


def _inside_a_name(text: str, offset: int, phrase: str, *, profile: Profile) -> bool:
    """Whether a phrase written as a name is the first part of a longer name joined by "of" (vocabulary
    ``heading_words``, ``complement``) to a capitalised word: "U.S. Chamber" of "the U.S. Chamber of Commerce",
    "Chief" of "Chief of Staff" name neither the body nor the office. (What follows "of" often names a
    subject by itself: "Angola" of "the President of Angola".)"""
    written = text[offset:offset + len(phrase)]
    if offset < 0 or written != phrase or not all(w[:1].isupper() for w in phrase.split()) or _acronym(phrase):
        return False
    joiner = _heading_word("complement", profile=profile)
    return re.match(rf"\s+{joiner}\s+[A-Z]", text[offset + len(phrase):offset + len(phrase) + 12]) is not None


def is_cut(text: str, offset: int, phrase: str, *, profile: Profile) -> bool:
    """True for a phrase the transcript cuts off: a stage direction of talk follows it at once ("a prior
    contract (inaudible)", "the harbour (crosstalk)"), where the speaker's words were lost and the phrase
    may have gone on ("a prior contract dispute"); a name, which ends in a capitalised word, is whole."""
    end = offset + len(phrase)
    if offset < 0 or text[offset:end] != phrase or phrase.split()[-1][:1].isupper():
        return False  # a name ends where it is written ("the hostages at Chernobyl (inaudible)")
    aside = _ASIDE.match(text, end)
    return aside is not None and aside.group(1).lower() in filler(profile=profile)


def is_source(text: str, offset: int, *, profile: Profile, phrase: str = "") -> bool:
    """True for a phrase that says where a report comes from, not what it is about: it follows a marker of
    a source (vocabulary ``source_markers``: "according to the Harbour Gazette"), an article between; or,
    given the ``phrase`` (as shown) and written as a name that is no acronym, a word of report follows it
    (vocabulary ``source_followers``: "the Harbour Gazette reported", "a Riverside Herald poll"; an
    acronym before a report more often names what is reported on, "the GDP report")."""
    if phrase and _named_source(text, offset, phrase, profile=profile):
        return True
    words = text[max(0, offset - _SOURCE_REACH):offset].lower().split()
    if words and words[-1] in profile.words("articles"):
        words = words[:-1]
    said = " ".join(words)
    return any(said == m or said.endswith(" " + m) for m in profile.words("source_markers"))


def _named_source(text: str, offset: int, phrase: str, *, profile: Profile) -> bool:
    """Whether ``phrase``, at ``offset``, is a name (each word capitalised as written, not an acronym) that a
    word of report follows: a verb or "poll" (vocabulary ``source_followers``) after any name, a noun of report
    (``outlet_report_nouns``) after a name with a word of a news outlet (``outlet_words``)."""
    end = offset + len(phrase)
    written = text[offset:end]
    if (written.lower() != phrase.lower() or not all(w[:1].isupper() for w in written.split())
            or _acronym(written)):
        return False
    after = text[end:end + _SOURCE_REACH].split()
    word = after[0].lower().strip(".,;:!?") if after else ""
    outlet = any(w.lower() in profile.words("outlet_words") for w in written.split())
    return word in profile.words("source_followers") or outlet and word in profile.words("outlet_report_nouns")


def is_address(phrase: str, *, profile: Profile) -> bool:
    """True for a way of addressing someone rather than a subject: a courtesy title and nothing
    but a title or generic word after it ("Mr. Chairman", "Madam President")."""
    words = phrase.replace(".", " ").lower().split()
    return (len(words) >= 2 and words[0] in profile.words("honorifics")
            and all(w in filler(profile=profile) for w in words[1:]))


def _asked_nouns(doc: Doc, tag: Tagger, openings: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The lower-cased words the tagger reads as common nouns in the questions that open segments, where the
    model did not run: a question names its subject ("the levy on cruise ships"), and a word the tagger
    read nowhere else ("stablecoins", "disinformation") would otherwise end no guessed phrase, in the
    question or in the answer that takes it up."""
    text = doc_text(doc)
    starts = doc.to_array(IDX).tolist()
    untagged = [(a, b) for a, b in openings if b > a and not doc[min(bisect.bisect_left(starts, a), len(doc) - 1)].pos]
    if not untagged:
        return frozenset()
    asked = [part for a, b in untagged for part in _asking_sentences(doc, starts, a, b)]
    tagged = tag([text[a:b] for a, b in asked], None)
    return frozenset(text[a + offset:a + offset + len(word)].lower()
                     for (a, b), tokens in zip(asked, tagged)
                     for (offset, pos), word in zip(tokens, _token_texts(text[a:b], tokens)) if pos == "NOUN")


def _asking_sentences(doc: Doc, starts: Sequence[int], a: int, b: int) -> list[tuple[int, int]]:
    """The sentences of the question at ``a``..``b`` that ask (end in a question mark), where its subject is
    named; the preface before them sets the scene. The whole range when none asks."""
    text = doc_text(doc)
    return [(lo, hi) for lo, hi in _sentences(doc, starts, a, b) if text[lo:hi].rstrip().endswith("?")] or [(a, b)]


def _sentences(doc: Doc, starts: Sequence[int], a: int, b: int) -> list[tuple[int, int]]:
    """The sentences of the document at ``a``..``b``, cut to the range."""
    sent, out = doc[min(bisect.bisect_left(starts, a), len(doc) - 1)].sent, []
    while sent.start_char < b:
        out.append((max(a, sent.start_char), min(b, sent.end_char)))
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
    return out


def _asking_parts(doc: Doc, starts: Sequence[int], a: int, b: int) -> list[tuple[int, int]]:
    """The parts of the question at ``a``..``b`` that ask: its sentences (see :func:`_sentences`) cut
    also after each question mark and at each blank line, where the sentences of a transcript the model
    did not parse run on ("Hi, Ana.  Congratulations on the final.\n\nAny news on the lease?"); the parts
    that end in a question mark. The whole range when none does."""
    text = doc_text(doc)
    cuts = {m.end() for m in re.finditer(r"\?\s+|\n\s*\n", text[a:b])}
    out = []
    for lo, hi in _sentences(doc, starts, a, b):
        edges = sorted({0, *(c + a - lo for c in cuts if lo < c + a < hi), hi - lo})
        out += [(lo + x, lo + y) for x, y in itertools.pairwise(edges) if text[lo + x:lo + y].rstrip().endswith("?")]
    return out or [(a, b)]


def _token_texts(text: str, tokens: Sequence[tuple[int, str]]) -> list[str]:
    """Each token's text, from the offsets of ``tokens`` in ``text`` (a token runs to the next one's start,
    without trailing blanks)."""
    offsets = [offset for offset, _ in tokens]
    return [text[a:b].rstrip() for a, b in zip(offsets, [*offsets[1:], len(text)])]


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
