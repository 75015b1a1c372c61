"""Reading the parse around a figure: its tokens, its clause's verb and subject, a phrase that names a thing.

Shared by the rules for the counted noun (:mod:`counted`), kind and direction (:mod:`kind`) and concept
(:mod:`concept`).
"""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from .candidates import Mention
from .config import EntityConfig

#: The parse-walk guards and phrase length the readers here use when a caller passes none (the defaults of
#: :class:`.config.EntityConfig`, frozen: no caller can change them for another).
_WALK = EntityConfig()


def word_before(doc: Doc, i: int) -> int:
    """The index of the nearest token before token ``i`` that is not white space (a line break of a transcript
    wrapped at a fixed width is a token of its own), or -1 when there is none."""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k


def word_after(doc: Doc, i: int) -> int:
    """The index of the nearest token after token ``i`` that is not white space (see :func:`word_before`), or
    the document's length when there is none."""
    k = i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens that cover characters ``start``..``end`` (expanded to token edges)."""
    return doc.char_span(start, end, alignment_mode="expand")


def anchor_token(doc: Doc, m: Mention, counted_head: Token | None) -> Token | None:
    """The token that stands for the whole quantity in the parse (its unit word or counted noun)."""
    if counted_head is not None:
        return counted_head
    span = token_span(doc, m.start, m.end)
    if span is None or len(span) == 0:
        return None
    # The syntactic head of the span is the token whose head lies outside it.
    for t in span:
        if not (span.start <= t.head.i < span.end) or t.head.i == t.i:
            return t
    return span[-1]


def governing_verb(tok: Token, *, depth: int = _WALK.head_depth) -> Token | None:
    """The nearest verb above a token (the token's clause), at most ``depth`` heads up."""
    t = tok
    for _ in range(depth):
        if t.pos_ in ("VERB", "AUX") and t is not tok:
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def subject_of(verb: Token, *, climb: int = _WALK.subject_climb) -> Token | None:
    """The subject of a verb, looking up through conjoined and subordinate clauses (at most ``climb``)."""
    v = verb
    for _ in range(climb):
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            # The nearest before the verb: a parse that leaves a stray subject at the sentence's start (a page
            # header cutting "the economy, and ... job gains have averaged") gives the clause two.
            before = [c for c in subjects if c.i < v.i]
            return before[-1] if before else subjects[0]
        if v.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl", "ccomp", "pcomp") and v.head.i != v.i:
            if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN"):
                return v.head
            v = v.head
            continue
        break
    return None


def phrase(tok: Token, skip: Collection[int] = (), limit: int = _WALK.phrase_words) -> str:
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
        toks = [t for t in toks if t.i <= tok.i][-limit // 2:] + [t for t in toks if t.i > tok.i][:limit // 2]
    doc = tok.doc
    first, last = toks[0].i, toks[-1].i
    lo, hi = tok.i, tok.i
    while lo > first and _free(doc, lo - 1, skip):
        lo -= 1
    while hi < last and _free(doc, hi + 1, skip):
        hi += 1
    pieces = [trimmed(doc, lo, hi), _piece_after(doc, hi + 1, last, skip)]
    return "; ".join(p for p in pieces if p)


def _free(doc: Doc, i: int, skip: Collection[int]) -> bool:
    """Whether token ``i`` may be part of a phrase: not the quantity's own, not another figure."""
    return i not in skip and not is_figure_token(doc[i])


def _piece_after(doc: Doc, k: int, last: int, skip: Collection[int]) -> str:
    """The quantity's own words split the phrase ("a proposal that would cut [a trillion dollars] off the
    baseline"): what follows them from token ``k`` (up to ``last``) is a piece of its own, when it holds a
    noun; "" when the phrase is not split there."""
    if not (k <= last and k in skip):
        return ""
    while k <= last and k in skip:
        k += 1
    end = k
    while end < last and _free(doc, end + 1, skip):
        end += 1
    if k <= last and _free(doc, k, skip) and any(doc[i].pos_ in ("NOUN", "PROPN") for i in range(k, end + 1)):
        return trimmed(doc, k, end)
    return ""


def trimmed(doc: Doc, lo: int, hi: int) -> str:
    """The text of tokens ``lo..hi`` without function words and punctuation dangling at either end."""
    return trimmed_span(doc, lo, hi)[0]


def trimmed_span(doc: Doc, lo: int, hi: int) -> tuple[str, int, int]:
    """:func:`trimmed`'s text with the character offsets, in the original text, of the stretch it was read
    from (line breaks inside it read as spaces in the text, so the text may differ from the stretch there)."""
    while hi > lo and doc[hi].pos_ in _DANGLING:
        hi -= 1
    while lo < hi and doc[lo].pos_ in _DANGLING and doc[lo].pos_ != "DET":
        lo += 1
    raw = doc[lo:hi + 1].text
    left = len(raw) - len(raw.lstrip(_END_MARKS))
    right = len(raw.rstrip(_END_MARKS))
    if right <= left:
        return "", doc[lo].idx, doc[lo].idx
    return raw[left:right].replace("\n", " ").replace("\r", ""), doc[lo].idx + left, doc[lo].idx + right


#: Marks (and line breaks) stripped from the ends of a phrase.
_END_MARKS = " ,;:—-?!.\n\r"


#: Parts of speech that do not end (or, but for an article, begin) a noun phrase: "moderated to", "and".
_DANGLING = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE"})
_CURRENCY_SIGNS = frozenset("$€£¥%")


def is_figure_token(t: Token) -> bool:
    """True for a token of a figure ("1.2", "trillion", "$", "%", "seven"), not of a date or a name."""
    if t.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return False
    return t.text in _CURRENCY_SIGNS or t.pos_ == "NUM" or t.like_num and any(ch.isdigit() for ch in t.text)
