"""A figure's kind (level, change, share, multiple) and direction, per the guidelines' rules on rates.

These rules read the dependency parse, the part-of-speech tags and a few lists of general English words
(verbs of rising and falling, nouns of change and share). Nothing here is specific to one transcript or
institution.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidates import Mention
from .lexer import Lexeme
from .syntax import QUALIFIER_WORDS, governing_verb, subject_of
from .units import TIME_UNITS

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


def _words_before(lx: list[Lexeme], m: Mention) -> list[str]:
    """Lower-cased lexemes before the mention, qualifiers stripped, nearest last."""
    words = [t.low for t in lx[max(0, m.first - 14):m.first] if t.is_word or t.text in ("%", "-")]
    # Prepositions that carry meaning ("up 5%", "share of 5%", "at 3%") stay even though they can be qualifiers.
    while words and words[-1] in QUALIFIER_WORDS and words[-1] not in ("up", "of", "at", "below", "above", "under"):
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
    if m.share:
        return "share", None, True  # "two out of three", "one in five"
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
