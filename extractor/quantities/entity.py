"""Whose figure it is: places, organisations and groups named around it, other than the host country."""
from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc, Span

from ..extensions import doc_text

ENTITY_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})
OWNER_NOUNS = frozenset({"region", "regions", "zone", "zones", "area", "areas", "province", "provinces", "city",
                           "cities", "country", "countries", "economy", "economies", "bloc", "port", "ports",
                           "industry", "corporation", "corporations", "company", "companies", "state", "states",
                           "market", "markets", "partner", "partners", "member", "members", "senior", "seniors",
                           "worker", "workers", "billionaire", "billionaires", "household", "households"})


def entity_candidates(sent: Span, host: frozenset[str], ents: Sequence[Span],
                      chunks: Sequence[Span], text: str | None = None) -> list[tuple[int, int, str]]:
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
        text: the document's text (``doc.text`` rebuilds the string from every token on each call,
            so the caller passes it once).

    Returns:
        (start char, end char, text) triples in text order.
    """
    doc = sent.doc
    text = doc_text(doc) if text is None else text
    out: list[tuple[int, int, str]] = []
    for e in ents:
        if e.label_ not in ENTITY_LABELS:
            continue
        start = e.start
        # "Belt and Road", "Central and Eastern Europe": a capitalised word and "and" before the name.
        if start - 2 >= sent.start and doc[start - 1].lower_ == "and" and doc[start - 2].text[:1].isupper() and (
                doc[start - 2].pos_ == "PROPN"):
            start -= 2
        name = doc[start:e.end].text
        if _norm(name) in host or _not_an_owner(text, e):
            continue
        out = [o for o in out if o[1] <= doc[start].idx]
        out.append((doc[start].idx, e.end_char, name))
    for c in chunks:
        if c.root.lower_ not in OWNER_NOUNS or any(a <= c.root.idx < b for a, b, _ in out):
            continue
        mods = [t for t in c if t.i < c.root.i and t.pos_ in ("ADJ", "PROPN", "NOUN") and t.lower_ not in (
            "other", "many", "more", "such", "these", "those", "all", "total", "key", "major", "new", "same",
            "several", "various", "foreign", "trade", "trading", "our", "largest")]
        if any(t.like_num for t in c):
            continue
        if mods:
            name = doc[mods[0].i:c.root.i + 1].text
            if _norm(name) not in host:
                out.append((mods[0].idx, c.end_char, name))
        elif c.root.lower_ in _GROUP_NOUNS:
            out.append((c.root.idx, c.end_char, c.root.text))
    return sorted(out)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen"})
#: A speaker label at the start of a line ("MR. ZIENTS:", "DR. FAUCI:", "Q:").
_LABEL_RE = re.compile(r"[ \t\xa0]*[A-Z][A-Z.\-'’ \t\xa0]*:")
_PERIOD_CODE_RE = re.compile(r"[QH][1-4]|FY\s?\d{2,4}")


def _not_an_owner(text: str, e: Span) -> bool:
    """True for a named entity that owns no figure: a speaker label, an honorific, a quarter code ("Q4")."""
    name = e.text.strip().rstrip(".")
    if name.lower() in _HONORIFICS or _PERIOD_CODE_RE.fullmatch(name):
        return True
    if name.upper() != name:
        return False
    line_start = text.rfind("\n", 0, e.start_char) + 1
    label = _LABEL_RE.match(text, line_start)
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
