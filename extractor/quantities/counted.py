"""The noun a bare number counts ("nearly 700,000 business entities" -> "business entities")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lang.profile import Profile
from .candidates import Mention
from .config import UnitConfig
from .lexer import Lexeme
from .syntax import governing_verb, is_figure_token, phrase, subject_of, token_span
from .units import unit_for_words


def counted_noun(doc: Doc, m: Mention, lx: list[Lexeme], *, profile: Profile,
                 config: UnitConfig | None = None) -> tuple[str | None, Token | None]:
    """Find the noun a bare number counts ("nearly 700,000 business entities" -> "business entities").

    The numeral's syntactic head is used when it is a noun to the right;
    conjoined nouns ("countries and regions") and an "of" phrase ("types of
    devices") are kept, a conjunct with its own number is not.

    Args:
        doc: the parsed document.
        m: the mention (no unit).
        lx: the sentence's lexemes.
        profile: the language profile whose word lists it reads.
        config: how far after the numeral the counted noun and its phrase may run (the ``counted_*`` fields;
            the package's by default).

    Returns:
        (counted text, head token) or (None, None).
    """
    config = config or UnitConfig()
    span = token_span(doc, lx[m.num_first].start, lx[m.num_last].end)
    if span is None or len(span) == 0:
        return None, None
    tok = span[-1]
    # A numeral of several words: climb to its last numeric token.
    while tok.head is not tok and tok.head.i > tok.i and tok.head.like_num:
        tok = tok.head
    head = tok.head
    if (head is tok or head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN")
            or head.i - tok.i > config.counted_head_reach):
        after = _noun_after(doc, span, m, config.counted_noun_after)
        if after is None:
            return None, None
        head = after
    if head.lemma_.lower() in profile.words("generic_count_nouns") or head.ent_type_ in ("DATE", "TIME"):
        return None, None
    bounds = _counted_bounds(doc, span, head, config.counted_phrase_reach, profile=profile)
    if bounds is None:
        return None, None
    first, last = bounds
    text = doc[first:last + 1].text  # a span's text: doc.text would rebuild the whole document
    return text.strip(" ,-\n"), head


def _noun_after(doc: Doc, span, m: Mention, reach: int) -> Token | None:
    """The parser sometimes leaves the numeral unattached: the nouns right after it (their last), skipping
    line breaks and an adverb or adjective or two ("three or four really strong readings") in the ``reach``
    tokens after it."""
    nxt = span.end
    while nxt < min(len(doc), span.end + reach) and doc[nxt].pos_ in ("SPACE", "ADV", "ADJ", "PUNCT") and (
            doc[nxt].text not in (",", ".", ";", ":", "?", "!", "—")):
        nxt += 1
    if not (nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "PROPN") and doc[nxt].idx >= m.end):
        return None
    head = doc[nxt]
    while head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("NOUN",) and doc[head.i + 1].tag_ != "POS":
        head = doc[head.i + 1]
    return head


def _counted_bounds(doc: Doc, span, head: Token, reach: int, *, profile: Profile) -> tuple[int, int] | None:
    """The token range of the counted phrase around ``head``: its conjuncts and "of" phrase without a number
    of their own, bounded by any other figure and ``reach`` tokens after the numeral; None when there is
    none."""
    first = span.end
    last = min(_phrase_end(doc, head, profile=profile), first + reach)
    # Another figure bounds the counted noun: "two out of three adults" counts "adults"; in "50 and more
    # than 70 percent" the noun is the other figure's unit and 50 counts nothing.
    if first > last or head.i > last:
        return None
    lo, hi = head.i, head.i
    while lo > first and not is_figure_token(doc[lo - 1]):
        lo -= 1
    if lo > first and any(unit_for_words(tuple(t.lower_ for t in doc[k:head.i + 1]), profile=profile)
                          for k in (lo, head.i)):
        return None
    while hi < last and not is_figure_token(doc[hi + 1]):
        hi += 1
    return lo, hi


def _phrase_end(doc: Doc, head: Token, *, profile: Profile) -> int:
    """The last token of ``head``'s conjuncts and "of" phrase ("countries and regions", "types of devices"),
    up to a conjunct or phrase with a number of its own."""
    last = head.i
    for child in head.rights:
        if not (child.dep_ in ("conj", "cc") or child.dep_ == "prep" and child.lower_ in profile.words(
                "counted_of_prepositions")):
            continue
        if _own_number(doc, head, child):
            break
        last = max(last, max(t.i for t in child.subtree))
    return last


def _own_number(doc: Doc, head: Token, child: Token) -> bool:
    """Whether a conjunct or phrase of the counted noun has a number of its own (a conjunction: in the two
    words after it)."""
    if child.dep_ != "cc":
        return any(t.like_num and t.i > head.i for t in child.subtree)
    return child.i + 1 < len(doc) and any(t.like_num for t in doc[child.i + 1:child.i + 3])


def subject_counted(doc: Doc, m: Mention, *, profile: Profile,
                    config: UnitConfig | None = None) -> tuple[str | None, Token | None]:
    """The noun a bare figure counts when it is the clause's subject ("the main procedures were cut from 11 to 8"),
    in at most ``config.counted_subject_words`` words.

    Returns:
        (counted text, its head token) or (None, None) when the subject is no noun.
    """
    span = token_span(doc, m.start, m.end)
    if span is None or len(span) == 0:
        return None, None
    verb = governing_verb(span[-1])
    subj = subject_of(verb) if verb is not None else None
    own = set(range(span.start, span.end))
    most = (config or UnitConfig()).counted_subject_words
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i in own:
        return None, None
    of = next((c for c in subj.children if c.lower_ in profile.words("counted_of_prepositions")), None)
    if subj.lemma_.lower() in profile.words("count_heads") and of is not None:
        objs = [c for c in of.children if c.dep_ == "pobj"]
        if objs:
            return phrase(objs[0], own, most), objs[0]
    return phrase(subj, own, most), subj
