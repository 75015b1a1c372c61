"""Who holds the briefing: the host's names (the place its officials name most, its institutions, the bodies
named after its leader) and the press's, read from the document's shape (who opens, who speaks, the header)."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..lang.profile import Profile, per_profile
from ..pipeline.parsed import doc_text, tokens_with_lemma, tokens_with_lower
from .config import EntityConfig
from .names import is_place_noun, norm_name
from .syntax import word_after

if TYPE_CHECKING:
    from ..structure.types import Structure


def host_names(doc: Doc, *, profile: Profile, config: EntityConfig) -> frozenset[str]:
    """The host's names: the place its officials name most often, with its usual variants, and the
    institution holding the briefing (:func:`host_institutions`)."""
    groups = _country_groups(profile)
    counts: dict[frozenset[str], int] = {}
    spoken = _officials_spans(doc)
    for e in doc.ents:
        # The host's country is the one its officials speak of: reporters ask about other places (a war,
        # a partner's election) as often as about the host's own.
        if e.label_ in ("GPE", "LOC", "NORP") and (not spoken or any(a <= e.start_char < b for a, b in spoken)):
            k = norm_name(e.text)
            g = next((g for g in groups if k in g), None)
            if g is None and e.label_ == "NORP":
                continue  # a party or a faith ("Republicans") is no country; a people counts only for its own
            g = g or frozenset({k})
            counts[g] = counts.get(g, 0) + 1
    country: frozenset[str] = max(counts, key=lambda g: counts[g]) if counts else frozenset()
    if country and country not in groups:
        # A briefing on a war or a crisis abroad names the place it is about more often than its own country:
        # a country that holds briefings (``host_country_names``), named by the officials, is theirs too (both
        # are the host then: no entity is better than a wrong one).
        own = max((g for g in counts if g in groups), key=lambda g: counts[g], default=frozenset())
        country = country | own
    return country | host_institutions(doc, profile=profile, config=config) | press_names(doc)


@per_profile
def _country_groups(profile: Profile) -> tuple[frozenset[str], ...]:
    """The names of each country a host may be, one set per country (``host_country_names``)."""
    table = profile.table("host_country_names")
    keys = list(dict.fromkeys(table.values()))
    return tuple(frozenset(n for n, k in table.items() if k == key) for key in keys)


def _officials_spans(doc: Doc) -> list[tuple[int, int]]:
    """The characters of the turns of those who answer or chair (none when the structure was not read or
    names no such turn)."""
    structure = doc._.structure if doc.has_extension("structure") else None
    if structure is None:
        return []
    return [(t.content_start, t.end) for t in structure.turns if t.role in ("official", "moderator")]


def press_names(doc: Doc) -> frozenset[str]:
    """The outlets whose reporters ask (the structure's exchanges): the press reports figures, it owns none
    ("the broadcaster is reporting that exports rose 7%")."""
    structure = doc._.structure if doc.has_extension("structure") else None
    if structure is None:
        return frozenset()
    named = [e.outlet for e in structure.exchanges] + [e.asked_by for e in structure.exchanges]
    return frozenset(norm_name(n) for n in named if n and n not in ("Q", "unlabelled"))


def host_institutions(doc: Doc, *, profile: Profile, config: EntityConfig) -> frozenset[str]:
    """The institution holding the briefing and its organs, read from the document's shape, never from a
    list of names: the organisations its header names (the organiser, the officials' own bodies, a title's
    "Chair of the Council of Economic Advisers"), and those the opening turn names as the one acting or
    speaking ("Today the Monetary Board decided ...", "At the Bank, we ..."). Each with its short forms: its
    initials ("MPC"), its head word ("the Board", "the Council"), a clipped first word ("the Fed").

    Returns:
        Normalised names (see ``norm_name``); figures of these are the host's own and have no entity.
    """
    structure = doc._.structure if doc.has_extension("structure") else None
    opening = _opening_sentences(doc, structure, config=config)
    names = _header_institutions(structure) | _opening_institutions(doc, structure, opening, profile=profile)
    bare = _bare_institutions(doc, structure, profile=profile, config=config)
    names |= bare | _named_in_full(doc, opening, bare)
    pointed = _pointed_institutions(doc, structure, profile=profile) | _addressed_institution(
        doc, structure, profile=profile, config=config)
    names |= pointed
    names.discard("")
    names |= _spelt_out(doc, names, profile=profile, config=config)
    # The leader's body is named after the leader, never by a short form of its own ("the government").
    leaders = _leader_bodies(doc, structure, pointed, profile=profile, config=config)
    leaders |= _leader(doc, structure, profile=profile, config=config)
    if not leaders:
        leaders = _sole_leader_body(doc, structure, pointed, profile=profile)
    return frozenset(names | leaders | {a for n in names for a in _short_forms(n, profile=profile, config=config)})


def _header_institutions(structure: Structure | None) -> set[str]:
    """The organisations the header names: the organiser and the participants' own bodies, each part of a
    name with its initials in brackets on its own ("Monetary Policy Committee (MPC)")."""
    names: set[str] = set()
    if structure is None:
        return names
    for org in [structure.header.organiser] + [p.organisation for p in structure.participants]:
        if org:
            names |= {norm_name(n) for n in re.split(r"\s*[()]\s*", org) if n.strip()}
    return names


def _opening_institutions(doc: Doc, structure: Structure | None, opening: Sequence[Span], *,
                          profile: Profile) -> set[str]:
    """The organisations named before the body (a title, a header) or acting in the ``opening`` sentences
    (:func:`_opening_sentences`, :func:`_acting_in`)."""
    body = structure.body_start if structure is not None else 0
    return {norm_name(e.text) for e in doc.ents if e.label_ == "ORG" and (
        e.end_char <= body or any(s.start <= e.start < s.end and _acting_in(e, s, profile=profile) for s in opening))}


def _named_in_full(doc: Doc, opening: Sequence[Span], bare: set[str]) -> set[str]:
    """The full name of a body the officials call by its bare noun (``bare``: "the Committee"), as the
    ``opening`` sentences name it ("the Federal Open Market Committee's projections"): an organisation of the
    opening whose last word is that noun."""
    if not bare:
        return set()
    return {name for e in doc.ents if e.label_ == "ORG" and any(s.start <= e.start < s.end for s in opening)
            and (name := norm_name(e.text)) and name.split()[-1] in bare and " " in name}


def _spelt_out(doc: Doc, names: set[str], *, profile: Profile, config: EntityConfig) -> set[str]:
    """ "the FOMC" named in the opening, "the Federal Open Market Committee" later: the organisations named in
    the document whose initials are one of ``names``."""
    acronyms = {n for n in names if " " not in n and len(n) >= config.min_acronym}
    return {norm_name(e.text) for e in doc.ents if e.label_ == "ORG"
            and _initials(norm_name(e.text), profile=profile) in acronyms}


def _bare_institutions(doc: Doc, structure: Structure | None, *, profile: Profile, config: EntityConfig) -> set[str]:
    """ "the Committee", "the Board", "the Ministry": a body the officials name, twice or more, by a
    capitalised common noun alone, as one names one's own institution (another's would need its name)."""
    if structure is None:
        return set()
    spans = [(t.content_start, t.end) for t in structure.turns if t.role == "official"]
    counts: dict[str, int] = {}
    for tok in tokens_with_lemma(doc, profile.words("institution_nouns")):
        if not tok.text[:1].isupper() or tok.is_sent_start:
            continue
        if not any(a <= tok.idx < b for a, b in spans):
            continue
        kids = [c.dep_ for c in tok.children]
        if "det" in kids and not any(k in ("amod", "compound", "poss", "nmod") for k in kids) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            counts[tok.lower_] = counts.get(tok.lower_, 0) + 1
    return {w for w, n in counts.items() if n >= config.bare_institution_mentions}


def _pointed_institutions(doc: Doc, structure: Structure | None, *, profile: Profile) -> set[str]:
    """The body those at the briefing point at as the one present, from their own words, never from a list
    of names: an official's "here at the Riverton City Hall", an official's "our ministry" or "this council",
    a reporter's "this agency" or "your bank" (a body noun after the determiner of the one speaking, of the one
    spoken to, or of the one present).

    Read from the word forms, with the parse only where there is one: the models parse only the passages
    near figures (:mod:`extractor.pipeline.components.focus`), and a briefing points at itself anywhere.
    """
    if structure is None:
        return set()
    turns = [t for t in structure.turns if t.end > t.content_start]
    starts = [t.content_start for t in turns]

    def role(k: int) -> str | None:
        """The role of the one saying the character ``k`` (None outside any turn)."""
        j = bisect.bisect_right(starts, k) - 1
        return turns[j].role if j >= 0 and k < turns[j].end else None

    present = profile.words("present_determiners")
    yours = profile.words("addressee_possessives")
    mine = profile.words("speaker_possessives") - yours | present
    bodies = profile.words("institution_nouns")
    places = profile.words("speaker_place_phrases")
    openers = frozenset(p.split()[0] for p in places if p.split()) | mine | present | yours
    names: set[str] = set()
    for tok in tokens_with_lower(doc, openers):  # only where a pointer may start
        said = role(tok.idx) if tok.i + 1 < len(doc) else None
        if said is None:
            continue
        by_official = said in ("official", "moderator")
        if by_official:
            names |= _speaking_from(tok, places, profile=profile)
        if tok.lower_ in (mine if by_official else present | yours):
            run = _capitalised_run(doc, tok.i + 1)
            body = doc[tok.i + 1]
            if run is not None and run[-1].lower_ in bodies:
                names.add(norm_name(run.text))  # "our Ministry", "this City Council"
            elif body.lower_ in bodies and not is_place_noun(body.lower_, profile=profile) and (
                    body.dep_ != "compound"):
                names.add(body.lower_)  # "this administration", "our ministry" (not "our agency partners")
    return names


def _speaking_from(tok: Token, places: frozenset[str], *, profile: Profile) -> set[str]:
    """ "here at the Ministry, we ...": the body an official's place phrase (``speaker_place_phrases``,
    starting at ``tok``) names as where the official speaks from; none when no such phrase starts there."""
    doc = tok.doc
    if f"{tok.lower_} {doc[tok.i + 1].lower_}" not in places:
        return set()
    first = tok.i + 2 + (tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in profile.words("definite_determiners"))
    run = _capitalised_run(doc, first)
    return {norm_name(run.text)} if run is not None else set()


def _addressed_institution(doc: Doc, structure: Structure | None, *, profile: Profile,
                           config: EntityConfig) -> set[str]:
    """The body the reporters address in the third person: the name they put after a question's opening
    auxiliary most often ("Does the Ministry expect ...?", "How will the Ministry pay ...?"), often enough
    (``addressed_mentions``) and more often than any other (a tie names none). Read from the word forms,
    as :func:`_pointed_institutions`."""
    if structure is None:
        return set()
    counts: dict[str, int] = {}
    spans = [span for turn in structure.turns if turn.role == "media"
             and (span := doc.char_span(turn.content_start, turn.end, alignment_mode="contract")) is not None]
    starts = [span.start for span in spans]
    for tok in tokens_with_lower(doc, profile.words("inverted_auxiliaries")):  # where a question may open
        j = bisect.bisect_right(starts, tok.i) - 1
        if j < 0 or tok.i >= spans[j].end - 2 or doc[tok.i + 1].lower_ not in profile.words("definite_determiners"):
            continue
        run = _capitalised_run(doc, tok.i + 2)
        if run is None or run.end >= len(doc):
            continue
        after = doc[run.end]
        # The subject, then its verb ("Does the Ministry expect"), not a name inside a longer one.
        # A person addressed by title ("Does the President think") is asked as a person, not a body.
        if after.is_alpha and after.text.islower() and run[-1].lower_ not in profile.words("offices"):
            name = norm_name(run.text)
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < config.addressed_mentions or len(ranked) > 1 and ranked[1] == ranked[0]:
        return set()
    return {max(counts, key=lambda k: counts[k])}


def _leader_bodies(doc: Doc, structure: Structure | None, pointed: set[str], *, profile: Profile,
                   config: EntityConfig) -> set[str]:
    """The host's body named after its leader ("the Lindqvist government" when the officials call it "our
    government" and speak of Minister Lindqvist): of the names before a body noun the host points at itself
    by (``pointed``, :func:`_pointed_institutions`), the one whose person the officials title most often,
    often enough (``leader_mentions``) and more often than any other such name (a tie names none). Another's
    ("the Berg government") is not the host's, nor a foreign leader's the officials title often but whose
    body they never name."""
    if structure is None:
        return set()
    bodies = frozenset(n for n in pointed if " " not in n)
    runs: dict[str, set[str]] = {}
    for tok in tokens_with_lower(doc, bodies):
        if tok.i > 0 and tok.dep_ != "compound":
            run = _capitalised_run(doc, tok.i - 1, back=True)
            if run is not None:
                runs.setdefault(norm_name(doc[run.start:tok.i + 1].text), set()).update(t.text for t in run)
    if not runs:
        return set()
    official = [(t.content_start, t.end) for t in structure.turns if t.role in ("official", "moderator")]
    titled = _titled_names(doc, official, profile=profile)
    score = {name: max(titled.get(w, 0) for w in words) for name, words in runs.items()}
    best = max(score.values())
    leaders = {name for name, n in score.items() if n == best}
    # Variants of one leader's body ("the Lindqvist government", "the Lindqvist-Aho government") share the name.
    if best < config.leader_mentions or len({max(runs[n], key=lambda w: titled.get(w, 0)) for n in leaders}) > 1:
        return set()
    return leaders


def _sole_leader_body(doc: Doc, structure: Structure | None, pointed: set[str], *, profile: Profile) -> set[str]:
    """When no leader is known (a spokesperson's briefing: no title in the labels, the leader called by the
    bare title), the host's body named after a person ("the Arden-Lee government" when the officials call it
    "this government"): the one name the text puts before a body noun the host points at itself by
    (``pointed``), said by the officials, when the officials title that person at least once ("President
    Arden") and never with a word of the one before (``predecessor_words``: "the previous Arden government").
    Two such names (the leader's and a predecessor's) name none: no entity is better than a wrong one; nor
    does one whose person is another country's ("Chile's President Arce"), or whose title the officials
    never say bare ("the President"): a foreign or a former leader's body."""
    if structure is None:
        return set()
    bodies = frozenset(n for n in pointed if " " not in n)
    official = [(t.content_start, t.end) for t in structure.turns if t.role in ("official", "moderator")]
    before = profile.words("predecessor_words") - profile.words("definite_determiners")
    runs: dict[str, set[str]] = {}
    for tok in tokens_with_lower(doc, bodies):
        if tok.i == 0 or tok.dep_ == "compound" or not any(a <= tok.idx < b for a, b in official):
            continue
        run = _capitalised_run(doc, tok.i - 1, back=True)
        # A name, not a determiner opening the sentence ("This government").
        names = [t for t in run if t.pos_ == "PROPN" or t.ent_type_] if run is not None else []
        if run is None or not names:
            continue
        if any(doc[k].lower_ in before for k in range(max(run.start - 1, 0), names[0].i)):
            return set()
        runs.setdefault(norm_name(doc[names[0].i:tok.i + 1].text), set()).update(t.text for t in names if t.is_alpha)
    if len(runs) != 1:
        return set()
    (name, words), = runs.items()
    offices = profile.words("offices")
    bare: set[str] = set()  # the titles said bare ("the President said")
    mine: set[str] = set()  # the titles this body's person holds
    for tok in tokens_with_lower(doc, offices):
        if not (tok.text[:1].isupper() and any(a <= tok.idx < b for a, b in official)) or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        if not (nxt.is_alpha and nxt.text[:1].isupper() and nxt.lower_ not in offices):
            if nxt.pos_ != "ADP":  # "the President of Chile" is another's
                bare.add(tok.lower_)
            continue
        run = _capitalised_run(doc, tok.i + 1)
        person = (run[-1] if run is not None else nxt).text
        if person in words:
            if tok.i > 0 and (doc[tok.i - 1].tag_ == "POS" or doc[tok.i - 1].ent_type_ in ("GPE", "NORP", "LOC")):
                return set()  # another country's ("Argentina's President Arce"): not the host's leader
            mine.add(tok.lower_)
    # The person is the one the officials serve: they also say the title bare ("the President"). How often
    # they title others is no sign: a spokesperson titles foreign leaders more often than their own.
    return {name} if mine & bare else set()


def _leader(doc: Doc, structure: Structure | None, *, profile: Profile, config: EntityConfig) -> set[str]:
    """The host's leader, read from the document's shape, never from a list of names: the title of office in
    an official's speaker label ("GOVERNOR HALE:", "THE PRESIDENT:", a title of two words first, "VICE
    PRESIDENT HARRIS:") and the name after it; the title the officials say bare ("the Governor", as a
    spokesperson speaks of the one they serve) most often, often enough (``leader_mentions``) and more often
    than any other, when the header names that office too (a title said often is no leader by count alone:
    a chairman speaks of "the President" often); and the name the officials put after such a title most often,
    likewise ("Governor Hale"). The leader and the bodies named after the leader ("the Hale administration",
    "the Governor's office": :func:`_is_host`) are the host; a title with a name of its own ("the Governor of
    Texas", "President Arden" when another is the leader) is another person. When the labels name two leaders
    (a joint conference), neither is the host unless the header names only one of them."""
    if structure is None:
        return set()
    offices = profile.words("offices")
    header = {w.lower() for w in _words(" ".join(filter(None, [structure.header.title, structure.header.organiser])))}
    labelled: dict[str, set[str]] = {}
    for turn in structure.turns:
        if turn.role not in ("official", "moderator") or not turn.speaker:
            continue
        words = _words(turn.speaker)
        found = _office_in(words, offices)
        if found is None:
            continue
        title, at = found
        names = labelled.setdefault(title, set())
        if at + 1 < len(words) and words[-1].lower() not in offices:
            names.add(words[-1].lower())  # "GOVERNOR HALE": the surname the officials use
    if len(labelled) > 1 or any(len(n) > 1 for n in labelled.values()):
        # A joint conference: the one the header names alone is the host, or none.
        named = {t: n for t, n in labelled.items() if n & header or not n and t.split("-")[-1] in header}
        labelled = named if len(named) == 1 and all(len(n) <= 1 for n in named.values()) else {}
        if not labelled:
            return set()
    titles = set(labelled)
    names = {n for ns in labelled.values() for n in ns}
    spans = [(t.content_start, t.end) for t in structure.turns if t.role in ("official", "moderator")]
    the = profile.words("articles") - profile.words("indefinite_articles")
    bare: dict[str, int] = {}
    for tok in tokens_with_lower(doc, offices):
        if not tok.text[:1].isupper() or tok.i == 0 or doc[tok.i - 1].lower_ not in the or not any(
                a <= tok.idx < b for a, b in spans):
            continue
        nxt = doc[word_after(doc, tok.i)] if word_after(doc, tok.i) < len(doc) else None
        # "the Governor of Texas", "the President Elect": a title with more to its name is another's.
        if nxt is not None and (nxt.text[:1].isupper() and nxt.is_alpha or nxt.lower_ in profile.words(
                "name_of_prepositions")):
            continue
        bare[tok.lower_] = bare.get(tok.lower_, 0) + 1
    ranked = sorted(bare.items(), key=lambda kv: -kv[1])
    if not titles and ranked and ranked[0][1] >= config.leader_mentions and (
            len(ranked) == 1 or ranked[1][1] < ranked[0][1]) and ranked[0][0] in header:
        titles.add(ranked[0][0])
    if titles:
        titled = _titled_names(doc, spans, profile=profile, titles=frozenset(titles))
        top = sorted(titled.items(), key=lambda kv: -kv[1])
        if top and top[0][1] >= config.leader_mentions and (len(top) == 1 or top[1][1] < top[0][1]):
            names.add(top[0][0].lower())
    return titles | {LEADER_MARK + n for n in names}


def _words(text: str) -> list[str]:
    """The words of a speaker label or a header line, without digits or punctuation."""
    return re.findall(r"[^\W\d_][\w’'-]*", text)


def _office_in(words: list[str], offices: frozenset[str]) -> tuple[str, int] | None:
    """The first title of office among a label's words and the place of its last word, a title of two words
    before one ("VICE PRESIDENT" is the vice-president, not the president)."""
    for k, w in enumerate(words):
        if k + 1 < len(words) and f"{w}-{words[k + 1]}".lower() in offices:
            return f"{w}-{words[k + 1]}".lower(), k + 1
        if w.lower() in offices:
            return w.lower(), k
    return None


#: How the leader's name is kept among the host's names (:func:`_leader`): marked, so that the name alone (a
#: person, whose years of service are theirs) is not the host, only the bodies named after it (:func:`_leaders`).
LEADER_MARK = "leader:"


def _titled_names(doc: Doc, spans: list[tuple[int, int]], *, profile: Profile,
                  titles: frozenset[str] | None = None) -> dict[str, int]:
    """How often the officials put each name after a capitalised title of office ("Minister Lindqvist"); with
    ``titles``, after one of those titles only, each name counted by its last word ("President Jo Arden": Arden)."""
    counts: dict[str, int] = {}
    for tok in tokens_with_lower(doc, titles or profile.words("offices")):
        if tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        if (tok.text[:1].isupper() and nxt.text[:1].isupper()
                and nxt.is_alpha and nxt.lower_ not in profile.words("offices")
                and any(a <= tok.idx < b for a, b in spans)):
            if titles is not None:
                run = _capitalised_run(doc, tok.i + 1)
                nxt = run[-1] if run is not None else nxt
            counts[nxt.text] = counts.get(nxt.text, 0) + 1
    return counts


def _capitalised_run(doc: Doc, i: int, back: bool = False) -> Span | None:
    """The capitalised words (joined by hyphens, "Lindqvist-Aho", or a line break) from token ``i`` on
    (``back``: up to it), not one that modifies a following noun where there is a parse ("the NATO summit");
    None when token ``i`` is not capitalised."""
    def word(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha

    def joins(k: int) -> bool:  # a hyphen, or a line break inside a name ("the White\nHouse")
        return 0 < k < len(doc) - 1 and (doc[k].text == "-" and not doc[k].whitespace_ or doc[k].is_space) and (
            word(k - 1) and word(k + 1))

    if not word(i):
        return None
    step = -1 if back else 1
    j = i
    while word(j + step) or joins(j + step) and word(j + 2 * step):
        j += step if word(j + step) else 2 * step
    start, end = min(i, j), max(i, j) + 1
    if not back and doc[end - 1].dep_ == "compound":
        return None
    return doc[start:end]


def _initials(name: str, *, profile: Profile) -> str:
    words = [w for w in re.findall(r"[\w’'-]+", name) if w not in profile.words("initials_skipped_words")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _opening_sentences(doc: Doc, structure: Structure | None, *, config: EntityConfig) -> list[Span]:
    """The sentences of the first turn by an official or a moderator, the whole turn ("Specifically, the
    Board of Governors raised ..." may come well into a prepared statement); the body's first sentences when
    the transcript has no labels; none when the structure was not read."""
    if structure is None:
        return []  # no shape read: no opening to speak of
    first = next((t for t in structure.turns if t.role in ("official", "moderator")), None)
    start, end = (first.content_start, first.end) if first is not None else (structure.body_start, len(doc_text(doc)))
    most = len(doc) if first is not None else config.opening_sentences
    out: list[Span] = []
    for sent in doc.sents:
        if sent.start_char >= end or len(out) == most:
            break
        if sent.end_char > start:
            out.append(sent)
    return out


def _acting_in(e: Span, sent: Span, *, profile: Profile) -> bool:
    """Whether an organisation named in the opening is the one acting or speaking: the subject of the
    sentence's main clause ("Today the Board decided ..."), a frame of a main clause whose subject is "we"
    ("At the Bank, we ..."), or named in a subject the speaker is part of ("my colleagues on the Board
    and I"). Not one named elsewhere ("the goals that Parliament has given us")."""
    root, head = sent.root, e.root
    if head.dep_ in ("nsubj", "nsubjpass") and head.head == root and _acts(root):
        return True
    subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
    if any(t.lower_ == "we" for t in subjects) and head.dep_ == "pobj" and head.head.head == root and (
            head.head.i < root.i):
        return True
    first = profile.words("first_person_subjects")
    return any(s.left_edge.i <= head.i <= s.right_edge.i and any(t.lower_ in first for t in s.subtree)
               for s in subjects)


def _acts(verb: Token) -> bool:
    """Whether a main verb tells what its subject did or does as the one holding the briefing ("decided",
    "raised", "has stated", "sees"): not a plan or a forecast of another's ("the airport will receive $20
    million"), an act under way that the host reports ("the agency is announcing"), nor a state ("the
    House and Senate, it's up to them")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # Two subjects: the name is a topic set before the clause ("the House and Senate, it's up to them").
    return verb.tag_ != "VBG" and verb.lemma_.lower() != "be" and len(subjects) < 2 and not any(
        c.tag_ == "MD" for c in verb.children)


def _short_forms(name: str, *, profile: Profile, config: EntityConfig) -> set[str]:
    """ "federal open market committee" -> {"fomc", "committee"}; "federal reserve" -> {"fed", "reserve"}:
    the ways a briefing refers to its own institution after naming it once."""
    words = [w for w in re.findall(r"[\w’'-]+", name) if w not in profile.words("initials_skipped_words")]
    out: set[str] = set()
    if len(words) >= 2:
        out.add(_initials(name, profile=profile))
        # "the Bank", "the Council": a head word that names a body; never "the zone", nor the building of
        # "the White House" ("the House" is another body).
        if words[-1] in profile.words("institution_nouns") and not is_place_noun(words[-1], profile=profile):
            out.add(words[-1])
        out.add(words[0][:3])
    return {o for o in out if len(o) >= config.min_short_form}
