"""What a figure measures, read from the parse around it (GUIDELINES.md, field ``concept``)."""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span, Token

from .candidates import Mention
from .syntax import QUALIFIER_WORDS, governing_verb, is_figure_token, phrase, subject_of, token_span

def concept_phrase(doc: Doc, m: Mention, anchor: Token | None, counted: Token | None,
                   chunks: Sequence[Span] | None = None) -> str | None:
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
        chunks: the noun chunks of the figure's sentence (``Span.noun_chunks`` checks the whole
            document's annotation on every call, so the caller slices ``doc.noun_chunks`` once).

    Returns:
        The concept phrase (pieces joined by "; "), or None when the parse gives nothing.
    """
    if anchor is None:
        return None
    span = token_span(doc, m.start, m.end)
    own = set(range(span.start, span.end)) if span is not None else {anchor.i}
    # Its qualifier ("more than", "nearly") is no part of what is measured either.
    own |= {c.i for i in list(own) for c in doc[i].children
            if c.i < min(own) and (c.dep_ in ("quantmod", "advmod") or c.lower_ in QUALIFIER_WORDS)}
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
        sent = anchor.sent
        in_sentence = chunks if chunks is not None else sent.noun_chunks
        before = [c for c in in_sentence if sent.start <= c.start and c.end <= start and c.root.pos_ != "PRON"
                  and not any(is_figure_token(t) for t in c)]
        if before:
            add(before[-1].root, own, 10)
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
