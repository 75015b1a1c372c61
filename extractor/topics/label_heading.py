"""Phrase shaping: the heading of a segment from its ranked keywords, completed, joined, qualified, owned or
unowned, unique and capitalised.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import NamedTuple

from ..lang.profile import Profile
from .features import endings, filler, word_lemma
from .label_config import LabelConfig
from .label_words import _adjective_like, _dates, _heading_word, _times_said, _when, _written_as_name


class Heading(NamedTuple):
    """A segment's heading (:func:`heading`) and its subject: the heading without the qualifier that tells it
    from an earlier segment's ("Student loans" of "Student loans: repayment") and without a number that does
    ("Student loans (2)")."""

    label: str
    subject: str


def heading(keywords: list[str], segment_text: str, used: set[str], *, asked: Sequence[str] = (),
            fit: Callable[[str], int] | None = None, config: LabelConfig | None = None,
            centrality: Mapping[str, float] | None = None, about: Callable[[str], str | None] | None = None,
            asked_about: Collection[str] = frozenset(), own: Collection[str] | None = None,
            profile: Profile) -> str:
    """The label of :func:`headed`."""
    return headed(keywords, segment_text, used, asked=asked, fit=fit, config=config, centrality=centrality,
                  about=about, asked_about=asked_about, own=own, profile=profile).label


def headed(keywords: list[str], segment_text: str, used: set[str], *, asked: Sequence[str] = (),
           fit: Callable[[str], int] | None = None, config: LabelConfig | None = None,
           centrality: Mapping[str, float] | None = None, about: Callable[[str], str | None] | None = None,
           asked_about: Collection[str] = frozenset(), own: Collection[str] | None = None,
           profile: Profile) -> Heading:
    """A heading as a newspaper subhead would put it: the segment's leading key phrase, with its subject.

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
        none = _heading_word("no_subject", profile=profile)
        return Heading(_unique(none, used), none)
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
    label = subject = _capitalise(_unowned(label, profile=profile, said=said))
    if label.lower() in used:
        qualifier = _qualifier([k for k in dict.fromkeys([*pool, *keywords])
                                if _unowned(k, profile=profile, said=said).lower() not in label.lower()],
                               fit, config, profile=profile)
        if qualifier is not None:
            label = f"{label}: {_unowned(qualifier, profile=profile, said=said)}"
    return Heading(_unique(label, used), subject)


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


def _unique(label: str, used: set[str]) -> str:
    if label.lower() not in used:
        return label
    n = 2
    while f"{label} ({n})".lower() in used:
        n += 1
    return f"{label} ({n})"


def _capitalise(label: str) -> str:
    return label[:1].upper() + label[1:]
