"""What a quantity is about: counted noun, kind, direction, concept and entity.

These rules read the dependency parse, the part-of-speech tags, the named
entities and a few lists of general English words (verbs of rising and
falling, nouns of change and share).  Nothing here is specific to one
transcript or institution.
"""
from __future__ import annotations

import re
from typing import Collection, Sequence

from spacy.tokens import Doc, Span, Token

from .candidates import Mention
from .lexer import Lexeme
from .units import TIME_UNITS, unit_for_words

UP_WORDS = frozenset({
    "rise", "increase", "grow", "growth", "climb", "surge", "jump", "expand", "expansion", "gain", "add",
    "create", "creation", "accelerate", "raise", "hike", "boost", "soar", "advance", "improve", "rebound",
    "up", "higher", "above", "more", "increment", "outpace", "exceed", "tighten", "tightening", "widen",
    "faster", "larger", "bigger", "pick", "double", "triple", "upward", "rose", "grew", "increased",
})
DOWN_WORDS = frozenset({
    "fall", "drop", "decline", "decrease", "reduce", "reduction", "cut", "lower", "shrink", "contract",
    "contraction", "dip", "slide", "plunge", "tumble", "narrow", "lose", "loss", "shed", "save", "saving",
    "savings", "trim", "slash", "remove", "eliminate", "shorten", "down", "below", "less", "ease", "downward",
    "slower", "smaller", "fell", "dropped", "declined", "decreased", "reduced", "lowered", "cutting", "cuts",
    "reductions", "declines", "decreases", "drops", "losses", "reducing", "lowering", "falling", "dropping",
})
CHANGE_NOUNS = frozenset({
    "increase", "growth", "rise", "gain", "jump", "surge", "expansion", "increment", "hike", "decline",
    "decrease", "drop", "fall", "cut", "reduction", "saving", "savings", "loss", "contraction", "creation",
    "acceleration", "addition", "uptick", "downturn", "tightening", "easing", "move", "change",
})
SHARE_NOUNS = frozenset({"share", "proportion", "contribution", "portion", "fraction", "percentage"})
SHARE_VERBS = frozenset({"account", "represent", "constitute", "comprise", "contribute", "make"})
_QUALIFIER_WORDS = frozenset({"previous", "original", "initial", "current", "more", "than", "less", "nearly", "almost", "about", "around", "roughly", "over",
                              "some", "approximately", "just", "only", "fully", "at", "least", "up", "close",
                              "a", "an", "the", "another", "additional", "further", "exceeding", "surpassing",
                              "somewhere", "sort", "of", "estimated", "well", "under", "below", "above"})
_PRONOUNS = frozenset({"it", "they", "this", "these", "that", "which", "those", "its", "their", "he", "she",
                       "we", "i", "you", "there", "what", "who"})
#: Nouns that name no measured thing by themselves: a counted noun must not be one of these.
GENERIC_COUNT_NOUNS = frozenset({"thing", "way", "other", "another", "kind", "sort", "bit", "lot", "one", "hand",
                                 "day", "point", "word", "time", "side"})


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens that cover characters ``start``..``end`` (expanded to token edges)."""
    return doc.char_span(start, end, alignment_mode="expand")


def counted_noun(doc: Doc, m: Mention, lx: list[Lexeme]) -> tuple[str | None, Token | None]:
    """Find the noun a bare number counts ("nearly 700,000 business entities" -> "business entities").

    The numeral's syntactic head is used when it is a noun to the right;
    conjoined nouns ("countries and regions") and an "of" phrase ("types of
    devices") are kept, a conjunct with its own number is not.

    Args:
        doc: the parsed document.
        m: the mention (no unit).
        lx: the sentence's lexemes.

    Returns:
        (counted text, head token) or (None, None).
    """
    span = token_span(doc, lx[m.num_first].start, lx[m.num_last].end)
    if span is None or len(span) == 0:
        return None, None
    tok = span[-1]
    # A numeral of several words: climb to its last numeric token.
    while tok.head is not tok and tok.head.i > tok.i and tok.head.like_num:
        tok = tok.head
    head = tok.head
    if head is tok or head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN") or head.i - tok.i > 6:
        # The parser sometimes leaves the numeral unattached: take the nouns right after it.
        nxt = span.end
        # Skip line breaks and an adverb or adjective or two ("three or four really strong readings").
        while nxt < min(len(doc), span.end + 4) and doc[nxt].pos_ in ("SPACE", "ADV", "ADJ", "PUNCT") and (
                doc[nxt].text not in (",", ".", ";", ":", "?", "!", "—")):
            nxt += 1
        if nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "PROPN") and doc[nxt].idx >= m.end:
            head = doc[nxt]
            while head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("NOUN",) and doc[head.i + 1].tag_ != "POS":
                head = doc[head.i + 1]
        else:
            return None, None
    if head.lemma_.lower() in GENERIC_COUNT_NOUNS or head.ent_type_ in ("DATE", "TIME"):
        return None, None
    first = span.end
    last = head.i
    for child in head.rights:
        if child.dep_ in ("conj", "cc") or child.dep_ == "prep" and child.lower_ == "of":
            if any(t.like_num and t.i > head.i for t in child.subtree) and child.dep_ != "cc":
                break
            if child.dep_ == "cc" and child.i + 1 < len(doc) and any(
                    t.like_num for t in doc[child.i + 1:child.i + 3]):
                break
            last = max(last, max(t.i for t in child.subtree))
    last = min(last, first + 8)
    if first > last:
        return None, None
    # Another figure bounds the counted noun: "two out of three adults" counts "adults"; in "50 and more
    # than 70 percent" the noun is the other figure's unit and 50 counts nothing.
    if head.i > last:
        return None, None
    lo, hi = head.i, head.i
    while lo > first and not is_figure_token(doc[lo - 1]):
        lo -= 1
    if lo > first and any(unit_for_words(tuple(t.lower_ for t in doc[k:head.i + 1])) for k in (lo, head.i)):
        return None, None
    while hi < last and not is_figure_token(doc[hi + 1]):
        hi += 1
    first, last = lo, hi
    text = doc[first:last + 1].text  # a span's text: doc.text would rebuild the whole document
    return text.strip(" ,-\n"), head


def subject_counted(doc: Doc, m: Mention) -> tuple[str | None, Token | None]:
    """The noun a bare figure counts when it is the clause's subject ("the main procedures were cut from 11 to 8").

    Returns:
        (counted text, its head token) or (None, None) when the subject is no noun.
    """
    span = token_span(doc, m.start, m.end)
    if span is None or len(span) == 0:
        return None, None
    verb = governing_verb(span[-1])
    subj = subject_of(verb) if verb is not None else None
    own = set(range(span.start, span.end))
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i in own:
        return None, None
    if subj.lemma_.lower() in ("number", "total", "count") and any(c.lower_ == "of" for c in subj.children):
        of = next(c for c in subj.children if c.lower_ == "of")
        objs = [c for c in of.children if c.dep_ == "pobj"]
        if objs:
            return phrase(objs[0], own, 8), objs[0]
    return phrase(subj, own, 8), subj


def anchor_token(doc: Doc, m: Mention, counted_head: Token | None) -> Token | None:
    """The token that stands for the whole quantity in the parse (its unit word or counted noun)."""
    if counted_head is not None:
        return counted_head
    span = token_span(doc, m.start, m.end)
    if span is None or len(span) == 0:
        return None
    # The syntactic head of the span is the token whose head lies outside it.
    for t in span:
        if not (span.start <= t.head.i < span.end) or t.head is t:
            return t
    return span[-1]


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above a token (the token's clause)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t is not tok:
            return t
        if t.head is t:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, looking up through conjoined and subordinate clauses."""
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return c
        if v.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl", "ccomp", "pcomp") and v.head is not v:
            if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            v = v.head
            continue
        break
    return None


def phrase(tok: Token, skip: Collection[int] = (), limit: int = 14) -> str:
    """The words of a token's subtree (at most ``limit``) around the token, stopping at a figure.

    The phrase is the stretch of the subtree around ``tok`` that holds neither a token of ``skip`` (the
    quantity's own words) nor another figure ("the $1.2 trillion deficit" -> "deficit"; "Nearly 1,200
    farms" -> "farms"); function words and punctuation left dangling at its ends are dropped.
    """
    toks = [t for t in tok.subtree if t.i not in skip]
    if not toks:
        return ""
    if len(toks) > limit:
        # Keep the head with what precedes it and the start of what follows ("the total value of imports").
        keep = [t for t in toks if t.i <= tok.i][-limit // 2:] + [t for t in toks if t.i > tok.i][:limit // 2]
        toks = keep
    doc = tok.doc
    first, last = toks[0].i, toks[-1].i

    def free(i: int) -> bool:
        return i not in skip and not is_figure_token(doc[i])

    lo, hi = tok.i, tok.i
    while lo > first and free(lo - 1):
        lo -= 1
    while hi < last and free(hi + 1):
        hi += 1
    pieces = [_trimmed(doc, lo, hi)]
    # The quantity's own words split the phrase ("a proposal that would cut [a trillion dollars] off the
    # baseline"): what follows them is a piece of its own.
    k = hi + 1
    if k <= last and k in skip:
        while k <= last and k in skip:
            k += 1
        end = k
        while end < last and free(end + 1):
            end += 1
        if k <= last and free(k) and any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(k, end + 1)):
            pieces.append(_trimmed(doc, k, end))
    return "; ".join(p for p in pieces if p)


def _trimmed(doc: Doc, lo: int, hi: int) -> str:
    """The text of tokens ``lo..hi`` without function words and punctuation dangling at either end."""
    while hi > lo and doc[hi].pos_ in _DANGLING:
        hi -= 1
    while lo < hi and doc[lo].pos_ in _DANGLING and doc[lo].pos_ != "DET":
        lo += 1
    return doc[lo:hi + 1].text.replace("\n", " ").replace("\r", "").strip(" ,;:—-?!.")


#: Parts of speech that do not end (or, but for an article, begin) a noun phrase: "moderated to", "and".
_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE"})
_CURRENCY_SIGNS = frozenset("$€£¥%")


def is_figure_token(t: Token) -> bool:
    """True for a token of a figure ("1.2", "trillion", "$", "%", "seven"), not of a date or a name."""
    if t.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return False
    return t.text in _CURRENCY_SIGNS or t.pos_ == "NUM" or t.like_num and any(ch.isdigit() for ch in t.text)


def _words_before(lx: list[Lexeme], m: Mention) -> list[str]:
    """Lower-cased lexemes before the mention, qualifiers stripped, nearest last."""
    words = [t.low for t in lx[max(0, m.first - 14):m.first] if t.is_word or t.text in ("%", "-")]
    # Prepositions that carry meaning ("up 5%", "share of 5%", "at 3%") stay even though they can be qualifiers.
    while words and words[-1] in _QUALIFIER_WORDS and words[-1] not in ("up", "of", "at", "below", "above", "under"):
        words.pop()
    return words


def _direction_from(words: list[str]) -> str | None:
    for w in words:
        if w in DOWN_WORDS:
            return "down"
        if w in UP_WORDS:
            return "up"
    return None


def kind_and_direction(doc: Doc, m: Mention, lx: list[Lexeme], anchor: Token | None,
                       unit: str) -> tuple[str, str | None, bool]:
    """Decide ``kind`` (level/change/share/multiple) and ``direction`` per the guidelines' rules on rates.

    Args:
        doc: the parsed document.
        m: the mention.
        lx: the sentence's lexemes.
        anchor: the token standing for the quantity.
        unit: the unit code decided so far.

    Returns:
        (kind, direction, cued): direction is None unless kind is "change"; ``cued`` is False when
        nothing in the sentence decided the kind and "level" is only the default.
    """
    if m.multiple and unit == "times":
        return "multiple", None, True
    if m.ratio or unit == "count" and lx[m.last].low == "times":
        return "level", None, True
    before = _words_before(lx, m)
    pre = before[-1] if before else ""
    pre2 = before[-2] if len(before) > 1 else ""
    after = [t.low for t in lx[m.last + 1:m.last + 5]]
    verb = governing_verb(anchor) if anchor is not None else None
    path_lemmas = _path_lemmas(anchor)
    change_subject = _change_subject(anchor)
    if m.from_to and not change_subject:
        return "level", None, True
    # Change written on the number itself: "by 5%", "up 5%", "5 points higher", "a 5% increase".
    if pre == "by" and pre2 not in ("accompanied", "driven", "supported", "led", "measured", "followed"):
        direction = _direction_from(list(reversed(before[:-1]))) or _direction_from(path_lemmas)
        if direction is None and unit == "count" and not m.scaled:
            # "ownership of that company by one person": a passive's agent, not the amount of a change.
            return "level", None, True
        return "change", direction or "up", True
    if unit in TIME_UNITS:
        return "level", None, True  # a duration is a level unless it is the amount of a change ("by 15 hours")
    if pre in ("up", "down") and pre2 not in ("pick", "picked", "revised", "revise", "go", "gone", "went", "come",
                                              "make", "making", "made", "makes", "add", "adds", "added", "adding"):
        return "change", pre, True
    if after[:1] and after[0] in _COMPARATIVES and (unit in ("pp", "%", "bp") or after[1:2] == ["than"]
                                                    or unit != "count" and after[0] in ("less", "lower", "fewer")):
        return "change", "up" if after[0] in ("higher", "above", "faster", "more", "greater") else "down", True
    if unit != "count":
        # "a 5% increase", "a 50-basis-point rate hike", "a $2 trillion tax cut", "$3 trillion in deficit reduction".
        for k, w in enumerate(after[:3]):
            if _is_change_noun(w) and not (k > 0 and after[0] in _STOP_AFTER):
                return "change", _direction_from([w]) or _direction_from(path_lemmas) or "up", True
            if w in _STOP_AFTER and not (w == "in" and k == 0):
                break
    if unit == "%" and (after[:3] in (["year", "on", "year"], ["year", "-", "on"]) or after[:1] == ["annually"]):
        return "change", _direction_from(list(reversed(before))) or "up", True
    # Nouns of change governing the number: "an increase of 612", "growth of 9.6%", "cuts in spending of $1 trillion".
    if pre == "of" and any(_is_change_noun(w) for w in before[-5:-1]):
        return "change", _direction_from(list(reversed(before[-5:-1]))) or "up", True
    # Share: "accounting for 79.7%", "making up 50.3%", "a share of 59.4%", "80% of the national total".
    if unit in ("%", "pp", "1") and (
            pre == "for" and pre2.startswith("account") or pre == "up" and pre2.startswith("mak")
            or pre == "of" and pre2 in SHARE_NOUNS
            or any(lem in SHARE_VERBS for lem in path_lemmas[:3]) and pre not in ("to", "by")
            or unit == "%" and after[:1] == ["of"] and (m.value or 0) <= 100
            or pre in ("to", "reached", "reach", "reaching", "at", "") and any(w in SHARE_NOUNS for w in before[-10:])):
        return "share", None, True
    if unit == "bp" and pre not in ("at",):
        return "change", _direction_from(list(reversed(before))) or _direction_from(path_lemmas), True
    if pre in ("to", "at", "from", "of", "within", "than") and not change_subject:
        if pre == "to" and unit == "%" and "growth" in before[-6:]:
            return "change", "up", True  # "with the growth rate rising to 6.8%"
        return "level", None, True
    if change_subject:
        return "change", _direction_from(path_lemmas) or "up", True
    if unit == "pp":
        return "change", _direction_from(list(reversed(before))) or _direction_from(path_lemmas), True
    # A figure that is the direct object of a verb of rising or falling: "rose 7.1%", "cutting 100,000 teachers".
    v = verb.lemma_.lower() if verb is not None else ""
    if v in _CHANGE_VERBS and pre not in ("for", "with", "than", "as", "over", "under", "about", "on", "per", "in"):
        return "change", "down" if v in DOWN_WORDS else "up", True
    if unit == "%" and (any(w in ("grow", "growth", "expand", "expansion") for w in path_lemmas[:4])):
        return "change", "up", True
    return "level", None, False


_COMPARATIVES = frozenset({"higher", "lower", "below", "above", "faster", "slower", "less", "more", "fewer",
                           "greater"})
_STOP_AFTER = frozenset({"the", "of", "to", "for", "and", "that", "which", "in", "on", "at", "with", "from", ",",
                         ".", "is", "was", "will", "a", "as", "by", "than", "or"})
#: Verbs whose object is the amount of a change; verbs of reaching or exceeding a threshold are not among them.
_CHANGE_VERBS = frozenset({
    "rise", "increase", "grow", "climb", "surge", "jump", "gain", "add", "create", "raise", "hike", "boost",
    "soar", "fall", "drop", "decline", "decrease", "reduce", "cut", "lower", "shrink", "dip", "slide", "plunge",
    "tumble", "lose", "shed", "save", "trim", "slash", "eliminate", "shorten",
})


def _is_change_noun(w: str) -> bool:
    return w in CHANGE_NOUNS or w.endswith("s") and w[:-1] in CHANGE_NOUNS or w in ("increases", "cuts", "hikes")


_RATE_NOUNS = frozenset({"inflation", "unemployment", "rate", "yield", "target", "goal", "ratio"})


def _change_subject(anchor: Token | None) -> bool:
    """True when the clause's subject is itself a change ("the increase in compensation moderated to 4.4%")."""
    if anchor is None:
        return False
    verb = governing_verb(anchor)
    if verb is None:
        return False
    subj = subject_of(verb)
    if subj is None:
        return False
    lem = subj.lemma_.lower()
    if lem in ("growth", "increase", "creation", "expansion", "rise", "gain", "gains"):
        return True
    return any(c.lemma_.lower() == "growth" and c.dep_ == "compound" for c in subj.children) and lem == "rate"


def _path_lemmas(anchor: Token | None) -> list[str]:
    out = []
    t = anchor
    for _ in range(6):
        if t is None or t.head is t:
            break
        t = t.head
        out.append(t.lemma_.lower())
        if t.pos_ in ("VERB",) and t.dep_ not in ("xcomp", "conj"):
            break
    return out


def concept_phrase(doc: Doc, m: Mention, anchor: Token | None, counted: Token | None) -> str | None:
    """What is measured, read from the parse around the figure.

    The pieces, in order: the noun the figure modifies ("the 2 per cent *target*"), the noun it is
    "of" ("an *annual growth rate* of 0.8%"), its own "in/of/for" phrase ("8.6% *in fruits*"), the
    counted noun, and the clause: its subject when that is a thing ("*exports* rose 7.1%"), or the
    verb and its object when the subject is an agent ("the FOMC *raised its policy interest rate*").

    Args:
        doc: the parsed document.
        m: the mention.
        anchor: the token standing for the quantity.
        counted: the counted noun's head, when the quantity counts something.

    Returns:
        The concept phrase (pieces joined by "; "), or None when the parse gives nothing.
    """
    if anchor is None:
        return None
    span = token_span(doc, m.start, m.end)
    own = set(range(span.start, span.end)) if span is not None else {anchor.i}
    # Its qualifier ("more than", "nearly") is no part of what is measured either.
    own |= {c.i for i in list(own) for c in doc[i].children
            if c.i < min(own) and (c.dep_ in ("quantmod", "advmod") or c.lower_ in _QUALIFIER_WORDS)}
    parts: list[str] = []

    def add(tok: Token | None, skip: set[int], limit: int = 12) -> None:
        if tok is not None and tok.i not in own and tok.pos_ not in ("PRON", "DET", "NUM"):
            parts.append(phrase(tok, skip, limit))

    t = anchor
    if t.dep_ in ("compound", "nummod", "amod", "nmod", "npadvmod", "quantmod") and t.head.pos_ in ("NOUN", "PROPN") \
            and t.head.i not in own:
        add(t.head, own | {t.i})
        t = t.head
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
        noun = t.head.head
        add(noun, own | {x.i for x in t.head.subtree}, 10)
    # The figure's own "in/of/for/on" phrase, hanging off its head or, in a range or a list ("between
    # $200 billion and $400 billion in tax revenue"), off another of its words.
    for tok in sorted({anchor} | ({doc[i] for i in own} if span is not None else set()), key=lambda x: x.i):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "for", "on") and c.i > anchor.i and c.i not in own \
                    and not any(x.ent_type_ == "DATE" for x in c.subtree):
                add(c, own, 8)
    if counted is not None:
        add(counted, own, 10)
    verb = governing_verb(anchor)
    subj = subject_of(verb) if verb is not None else None
    if subj is not None and subj.lower_ in ("which", "that", "who") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "..., which represents an increase of 7.1%": the antecedent
        if (is_figure_token(subj) or any(c.dep_ == "nummod" for c in subj.children)) and (
                governing_verb(subj) is not None):
            # "has reached 25.5%, which is 7.4 percentage points higher": the antecedent is itself a figure,
            # whose clause names what both measure.
            subj = subject_of(governing_verb(subj))
    if subj is not None and subj.i not in own and not _is_agent(subj) and subj.pos_ != "PRON":
        add(subj, own, 14)
    elif verb is not None:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd") and c.i not in own
                and not any(x.i in own for x in c.subtree)]
        if objs and objs[0].pos_ in ("NOUN", "PROPN"):
            parts.append(verb.text + " " + phrase(objs[0], own, 10))
        elif verb.lemma_.lower() not in _LIGHT_VERBS and _plain(verb.text) not in _CLITICS:
            parts.append(verb.text)
            # A bare verb says little: its "for/in/on" phrase after the figure names the thing ("paying
            # $700 a month for their insulin").
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "in", "on") and c.i > anchor.i and c.i not in own \
                        and not any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree):
                    add(c, own, 8)
    if not parts:
        # A fragment: take the closest noun phrase before the figure in the sentence.
        start = span.start if span is not None else anchor.i
        chunks = [c for c in anchor.sent.noun_chunks if c.end <= start and c.root.pos_ != "PRON"
                  and not any(is_figure_token(t) for t in c)]
        if chunks:
            add(chunks[-1].root, own, 10)
    parts = [p for p in dict.fromkeys(p for p in parts if p and any(ch.isalpha() for ch in p))]
    return "; ".join(parts) or None


_LIGHT_VERBS = frozenset({"be", "have", "do", "say", "think", "see", "get", "go", "make"})
#: Contracted verbs ("we're at 70 percent", "it's 5 percent"): the parser does not always lemmatise them.
_CLITICS = frozenset({"'re", "'s", "'m", "'ve", "'d", "'ll", "re", "s", "m", "ve"})


def _plain(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


_AGENT_LEMMAS = frozenset({"committee", "council", "board", "government", "administration", "staff", "bank",
                           "people", "participant", "official", "customs", "ministry", "department", "office",
                           "country", "nation", "i", "we", "you", "they", "he", "she"})


def _is_agent(tok: Token) -> bool:
    """True when a subject is who acts (a person, an institution, a country), not what is measured."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.lemma_.lower() in _AGENT_LEMMAS


_ENTITY_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})
_ENTITY_NOUNS = frozenset({"region", "regions", "zone", "zones", "area", "areas", "province", "provinces", "city",
                           "cities", "country", "countries", "economy", "economies", "bloc", "port", "ports",
                           "industry", "corporation", "corporations", "company", "companies", "state", "states",
                           "market", "markets", "partner", "partners", "member", "members", "senior", "seniors",
                           "worker", "workers", "billionaire", "billionaires", "household", "households"})


def entity_candidates(sent: Span, host: frozenset[str], ents: Sequence[Span],
                      chunks: Sequence[Span]) -> list[tuple[int, int, str]]:
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

    Returns:
        (start char, end char, text) triples in text order.
    """
    doc = sent.doc
    out: list[tuple[int, int, str]] = []
    for e in ents:
        if e.label_ not in _ENTITY_LABELS:
            continue
        start = e.start
        # "Belt and Road", "Central and Eastern Europe": a capitalised word and "and" before the name.
        if start - 2 >= sent.start and doc[start - 1].lower_ == "and" and doc[start - 2].text[:1].isupper() and (
                doc[start - 2].pos_ == "PROPN"):
            start -= 2
        text = doc[start:e.end].text
        if _norm(text) in host or _not_an_owner(doc, e):
            continue
        out = [o for o in out if o[1] <= doc[start].idx]
        out.append((doc[start].idx, e.end_char, text))
    for c in chunks:
        if c.root.lower_ not in _ENTITY_NOUNS or any(a <= c.root.idx < b for a, b, _ in out):
            continue
        mods = [t for t in c if t.i < c.root.i and t.pos_ in ("ADJ", "PROPN", "NOUN") and t.lower_ not in (
            "other", "many", "more", "such", "these", "those", "all", "total", "key", "major", "new", "same",
            "several", "various", "foreign", "trade", "trading", "our", "largest")]
        if any(t.like_num for t in c):
            continue
        if mods:
            text = doc[mods[0].i:c.root.i + 1].text
            if _norm(text) not in host:
                out.append((mods[0].idx, c.end_char, text))
        elif c.root.lower_ in _GROUP_NOUNS:
            out.append((c.root.idx, c.end_char, c.root.text))
    return sorted(out)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen"})
#: A speaker label at the start of a line ("MR. ZIENTS:", "DR. FAUCI:", "Q:").
_LABEL_RE = re.compile(r"[ \t\xa0]*[A-Z][A-Z.\-'’ \t\xa0]*:")
_PERIOD_CODE_RE = re.compile(r"[QH][1-4]|FY\s?\d{2,4}")


def _not_an_owner(doc: Doc, e: Span) -> bool:
    """True for a named entity that owns no figure: a speaker label, an honorific, a quarter code ("Q4")."""
    text = e.text.strip().rstrip(".")
    if text.lower() in _HONORIFICS or _PERIOD_CODE_RE.fullmatch(text):
        return True
    if text.upper() != text:
        return False
    line_start = doc.text.rfind("\n", 0, e.start_char) + 1
    label = _LABEL_RE.match(doc.text, line_start)
    return label is not None and label.end() >= e.end_char


#: Groups that are a figure's owner even without a modifier ("55 corporations ... made $400 billion").
_GROUP_NOUNS = frozenset({"corporations", "companies", "billionaires", "seniors", "workers", "households",
                          "retirees", "veterans", "students", "families", "businesses"})


def _norm(s: str) -> str:
    s = s.lower().replace("’s", "").replace("'s", "").replace(".", "").strip()
    return s[4:] if s.startswith("the ") else s


def host_names(doc: Doc) -> frozenset[str]:
    """The host country's names: the place named most often in the briefing, with its usual variants."""
    groups = [frozenset({"us", "united states", "america", "united states of america", "usa", "american"}),
              frozenset({"china", "prc", "people's republic of china", "chinese"}),
              frozenset({"euro area", "eurozone", "euro zone", "europe", "european"}),
              frozenset({"uk", "united kingdom", "britain", "great britain", "british"})]
    counts: dict[frozenset[str], int] = {}
    for e in doc.ents:
        if e.label_ in ("GPE", "LOC", "NORP"):
            k = _norm(e.text)
            g = next((g for g in groups if k in g), frozenset({k}))
            counts[g] = counts.get(g, 0) + 1
    if not counts:
        return frozenset()
    return max(counts, key=counts.get)
