"""A name as a label: the phrase of the segment that holds the name with what is at issue ("the harbour board's
dredging plan") rather than the bare name.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Doc, Token

from ..lang.profile import Profile
from .features import WordClasses
from .label_config import LabelConfig, Ranges
from .label_words import _generic, _vague_heads


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
    generic = None  # a generic modifier between the owner and its nouns, left out ("Northgate's current plan")
    if j < len(words) and words[j].text in ("'s", "’s"):
        j += 1
        # An adjective between the owner and its nouns describes them ("Northgate's new ferry plan").
        if (j + 1 < len(words) and words[j].is_alpha and words[j].text.islower() and noun(words[j + 1])
                and (classes.read(words[j])[0] == "ADJ" or words[j].lower_ in _generic(profile=profile))):
            generic = words[j] if words[j].lower_ in _generic(profile=profile) else None
            j += 1
    run: list[Token] = []
    while j < len(words) and noun(words[j]) and len(run) < _HEAD_RUN:
        run.append(words[j])
        j += 1
    if (run and not (j < len(words) and (noun(words[j]) or classes.read(words[j])[0] == "PROPN"))
            and sound(run, vague | profile.words("people_heads"))):
        found = " ".join(text[at:run[-1].idx + len(run[-1])].split())
        if generic is not None:
            found = " ".join((text[at:generic.idx] + text[run[0].idx:run[-1].idx + len(run[-1])]).split())
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
