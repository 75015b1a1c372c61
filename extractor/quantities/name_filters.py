"""Rejection rules for numbers inside names, codes and addresses: "G20", "COVID-19", "13th", "Article 5", "49
Zorro Ranch Road", "the 737 MAX", "B.1.1.7", "13(3)", "two-plus-two" (see :mod:`filters`, which lists every rule
in its order)."""
from __future__ import annotations

import re

from ..lang.profile import Profile
from .lexer import Lexeme, adjacent
from .numbers import number_words, tens_words, units_words
from .seen import Seen


def code(s: Seen) -> str | None:
    """ "05-04", "007": a number with a leading zero is a code or a date, never an amount."""
    return "name" if s.num.is_digit and re.match(r"0\d", s.num.text) else None


def _word_before(s: Seen) -> str:
    """The letters just before the numeral's hyphen ("sub" in "sub-500")."""
    letters = re.search(r"[^\W\d_]*$", s.text[max(0, s.num.start - 12):s.num.start - 1])
    return letters.group() if letters else ""


def glued_to_letters(s: Seen) -> str | None:
    """ "G20", "COVID-19", "F-16", "P5+1", "`25", "#1", "13th", "3D", "1990s", "24/7": digits inside a name or an
    ordinal."""
    if not s.num.is_digit:
        return None
    if _letters_before(s, profile=s.profile):
        return "name"
    after = _letters_after(s, profile=s.profile)
    if after is not None:
        return after
    return "name" if s.after == "/" or s.before == "/" else None


def _letters_before(s: Seen, *, profile: Profile) -> bool:
    """ "G20", "F-16", "P5+1", "`25", "#1": letters or a mark glued before the digits (not "$US55.9", whose
    letters are the currency's, nor a prefix of number words: "sub-500")."""
    sign_letters = s.m.currency_sign and s.m.first < s.m.num_first
    if s.before.isalpha():
        return not sign_letters
    if s.before == "-" and s.before2.isalpha():
        return _word_before(s).lower() not in profile.words("number_prefixes")
    return s.before == "+" and s.before2.isalnum() or s.before in "`'’‘#"


def _letters_after(s: Seen, *, profile: Profile) -> str | None:
    """ "13th" (an ordinal), "3D", "1990s" (a name): letters glued after the digits that are no unit read
    ("256GB", "5km") and no word glued on in caption text (a lower-case run of five letters or more:
    "350individuals")."""
    if not s.after.isalpha() or s.m.unit is not None and s.m.last > s.m.num_last:
        return None
    letters = re.match(r"[^\W\d_]+", s.text[s.num_end:s.num_end + 6])
    glued = letters.group().lower() if letters else ""
    if glued in profile.words("glued_units") or len(glued) >= s.config.caption_glued_word and glued.islower():
        return None
    return "ordinal" if glued in profile.words("ordinal_suffixes") else "name"


def after_capitalised(s: Seen) -> str | None:
    """ "Type 1", "Article 5", "Section 232": a bare number after a capitalised word inside a sentence."""
    i = s.m.num_first - 1
    if (s.num.is_digit and s.bare and i >= 1 and not s.shouted and _capitalised_word(s.lx[i], profile=s.profile)
            and s.low(i) != "i"):
        return "name"
    return None


def listed_after_code(s: Seen) -> str | None:
    """ "BA.4 or 5", "Q2 and 3", "B117, 1351": a bare number listed right after a name whose letters are glued
    to its digits (vocabulary ``figure_list_joins`` between them) names one more of that series."""
    if not (s.num.is_digit and s.bare and s.m.num_first >= 2):
        return None
    k = s.m.num_first - 1
    if s.lx[k].low not in s.profile.words("figure_list_joins"):
        return None
    before = s.lx[k - 1]
    lead = s.text[max(0, before.start - 8):before.end]
    return "name" if before.is_digit and re.search(r"[^\W\d_][.\-]?\d+$", lead) else None


def street_number(s: Seen) -> str | None:
    """ "49 Zorro Ranch Road", "9 E 71st St", "1600 Pennsylvania Avenue": a house number before a street's
    capitalised name that ends in a street word (``street_words``)."""
    lx, m = s.lx, s.m
    if not (s.num.is_digit and s.bare and m.num_last == m.num_first) or s.shouted:
        return None
    k = m.num_last + 1
    for _ in range(s.config.max_street_words):
        k = _past_possessive(lx, k)  # "King's Road"
        if k >= len(lx) or not _street_name_word(s, k):
            return None
        if k > m.num_last + 1 and lx[k].low.rstrip(".") in s.profile.words("street_words") and lx[k].text[0].isupper():
            return "address"
        k += 1
    return None


def _past_possessive(lx: list[Lexeme], k: int) -> int:
    """The lexeme after a possessive "'s" that starts at ``k`` ("King's"), else ``k``."""
    if k + 1 < len(lx) and lx[k].text in ("'", "\u2019") and lx[k + 1].low == "s" and adjacent(lx[k], lx[k + 1]):
        return k + 2
    return k


def _street_name_word(s: Seen, k: int) -> bool:
    """Whether lexeme ``k`` may be part of a street's name: a capitalised word, an ordinal's suffix glued to its
    digits ("71st"), or digits after the house number."""
    lx, m = s.lx, s.m
    ordinal = lx[k - 1].is_digit and k - 1 > m.num_last and lx[k].is_word and adjacent(lx[k - 1], lx[k])
    return _capitalised_word(lx[k], profile=s.profile) or ordinal or lx[k].is_digit and k > m.num_last + 1


def capitalised_number_word(s: Seen) -> str | None:
    """ "the 14th Five-Year Plan", "Group of Seven", "Air Force One": a capitalised number word inside a name,
    before a capitalised word or, inside a sentence, ending a name of capitalised words (a count stands before
    its noun, and a capital is no count's)."""
    lx, m = s.lx, s.m
    if s.shouted or not (s.num.is_word and s.num.text[0].isupper() and m.num_first > 0):
        return None  # every word of a caption is capitalised: "FIVE NEW CLINICS" names nothing
    if m.num_last + 1 < len(lx) and (
            _capitalised_word(lx[m.num_last + 1], profile=s.profile) or lx[m.num_last + 1].text == "-"
            and m.num_last + 2 < len(lx) and _capitalised_word(lx[m.num_last + 2], profile=s.profile)):
        return "name"
    # The capitalised word before is not the sentence's first, whose capital says nothing ("Today Two ...").
    before = lx[m.num_first - 1]
    if s.bare and m.num_first > 1 and _capitalised_word(before, profile=s.profile) and before.text[0].isupper():
        return "name"
    return None


def model_name(s: Seen) -> str | None:
    """ "the 737 MAX", "orders for the 787 Dreamliner", "the 500 Club": digits right before a capitalised singular
    proper noun that ends the noun phrase name a model or a body; a count stands before a plural ("20 Democrats")
    or before the common noun it counts ("300 Apple engineers"). A number the NER puts inside a PRODUCT with a
    capitalised word is a model's name too."""
    t = s.num_token
    if t is None or not s.num.is_digit or not s.bare or s.shouted:
        return None
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    # The noun right after ends its phrase, attached to nothing after it ("25 Senate staff", "21 Maduro-aligned
    # officials" count); the parser may attach the number itself anywhere ("787 Dreamliner").
    if nxt is not None and nxt.tag_ == "NNP" and nxt.text[0].isupper() and nxt.lower_ not in s.profile.words(
            "months") and nxt.head.i <= nxt.i:
        return "name"
    if t.ent_type_ == "PRODUCT":
        ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
        if ent is not None and any(x.i != t.i and x.text[0].isupper() for x in ent):
            return "name"
    return None


def dotted_code(s: Seen) -> str | None:
    """ "B.1.1.7", "the 10.1.1 rule", "version 2.4.1": digits joined by points into a code or a version."""
    if not s.num.is_digit:
        return None
    text, end, start = s.text, s.num_end, s.num.start
    after = text[end:end + 2]
    if len(after) == 2 and after[0] == "." and after[1].isdigit():
        return "name"
    if start >= 2 and text[start - 1] == "." and text[start - 2].isalnum():
        return "name"
    return None


def bracketed_subsection(s: Seen) -> str | None:
    """ "13(3)", "section 4(b)": a number glued to a bracketed part is a clause of a law or a rule."""
    if not s.num.is_digit:
        return None
    text, end = s.text, s.num_end
    if re.match(r"\(\w{1,3}\)", text[end:end + 5]) or s.before == "(" and re.search(r"\w\($", text[:s.num.start]) \
            and text[end:end + 1] == ")":
        return "name"
    return None


def numeral_chain(s: Seen) -> str | None:
    """ "two-plus-two", "one-on-one": two numbers joined by hyphens to a word between them name a format or a
    ratio's shape, not an amount; a compound number ("sixty-five") is one numeral, so "a sixty-five-acre park"
    and "a twenty-two-room wing" keep their figure."""
    text, a, b = s.text, s.num.start, s.num_end
    while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "-"):
        a -= 1
    while b < len(text) and (text[b].isalnum() or text[b] == "-"):
        b += 1
    parts = _joined_tens(text[a:b].lower().split("-"), profile=s.profile)
    numeral = [p.isdigit() or all(w in number_words(s.profile) for w in p.split("-")) for p in parts]
    # "one-to-one", "one-in-five" are a ratio and a share (GUIDELINES.md); a time word makes a duration.
    for k in range(len(parts) - 2):
        join = parts[k + 1]
        if numeral[k] and not numeral[k + 1] and numeral[k + 2] and not (
                join in s.profile.words("numeral_chain_joins") or join in s.profile.words("time_nouns")):
            return "compound"
        if numeral[k] and numeral[k + 1] and numeral[k + 2]:
            return "compound"  # "3-2-1": three numbers in a row joined by hyphens are a code or a countdown
    return None


def _joined_tens(parts: list[str], *, profile: Profile) -> list[str]:
    """Hyphen-separated words with each tens word and the unit word after it joined into one numeral:
    ["sixty", "five", "acre"] -> ["sixty-five", "acre"] ("sixty-five-acre")."""
    out: list[str] = []
    for p in parts:
        if out and out[-1] in tens_words(profile) and p in units_words(profile) and units_words(profile)[p] < 10:
            out[-1] = f"{out[-1]}-{p}"
        else:
            out.append(p)
    return out


def _capitalised_word(t: Lexeme, *, profile: Profile) -> bool:
    # "Section", "iPhone"
    return t.is_word and any(ch.isupper() for ch in t.text) and t.low not in profile.words("months")
