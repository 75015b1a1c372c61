"""Candidate key phrases: the noun chunks (and, where the model did not tag, runs of guessed words), trimmed of
determiners, pronouns, numbers, units and generic modifiers, and the rules that keep a chunk from being a key phrase.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_STOP, LOWER, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, MorphAnalysis, Span, Token

from ..lang.profile import Profile
from ..pipeline.parsed import doc_text, noun_chunks
from ..rules import RuleSet
from .features import WordClasses, endings, filler, min_content_letters
from .label_config import LabelConfig, Ranges, inside
from .label_debris import _inside_a_name, is_address, is_cut, is_fragment, is_source
from .label_words import (
    _EDGE_POS,
    _PARTICLE_DEPS,
    _SUBJECT_ENTS,
    _acronym,
    _dates,
    _generic,
    _heading_word,
    _not_a_head,
    _units,
    _when,
)


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


def _first_offsets(phrases: Iterable[tuple[int, str, str]]) -> dict[str, int]:
    """Where each phrase (as written) is first said."""
    first_at: dict[str, int] = {}
    for offset, _, phrase in phrases:
        first_at.setdefault(phrase, offset)
    return first_at


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
