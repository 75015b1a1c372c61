"""Joining neighbouring mentions: ranges ("150-200 hours", "4¼ to 4½ percent", "between 5 and 7 percent"),
ratios ("two to one"), shares ("one in five"), from-to pairs ("from 11 to eight"), units shared along a list
("5, 7, 10 years") or lent by a move ("closed at 16,369.03, up 58.06 points"), and a rate's denominator ("$15 a
day").
"""
from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc

from ..lang.profile import Profile, per_profile
from ..unit_codes import is_currency, is_rate
from .config import UnitConfig
from .lexer import Lexeme, adjacent, is_article, low_at as _low
from .mention import Mention
from .numbers import number_words
from .units import unit_for_words


@per_profile
def _range_join(profile: Profile) -> re.Pattern[str]:
    """The words between the ends of a range: a dash, "to", or both ("18- to 26-year-olds")."""
    words = profile.alternation("range_join_words")
    return re.compile(rf"^\s*(?:-|–|{words}|-\s*(?:{words})\s*-?)\s*$", re.I)


@per_profile
def _or_join(profile: Profile) -> re.Pattern[str]:
    """The words between two alternatives ("eight or nine", "$30- or $40,000")."""
    return re.compile(rf"^-?\s*(?:{profile.alternation('alternative_join_words')})\s*$", re.I)


@per_profile
def _and_join(profile: Profile) -> re.Pattern[str]:
    """The words between the ends of "between 5 and 7" or of a broken-off "50- and 60,000"."""
    return re.compile(rf"^-?\s*(?:{profile.alternation('additive_join_words')})\s*$", re.I)


def _between(lx: list[Lexeme], a: Mention, b: Mention) -> str:
    return " ".join(x.text for x in lx[a.last + 1:b.first])


def combine(lx: list[Lexeme], ms: list[Mention], doc: Doc | None = None, *, profile: Profile,
            config: UnitConfig | None = None) -> list[Mention]:
    """Join neighbouring mentions into ranges, ratios and from-to pairs, and share units (``doc``, the parsed
    document, tells a range "from X to Y" from the two levels of a move), and read each one's rate
    (:func:`denominator`, as far as ``config`` says)."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        pair = _pair(lx, ms, i, doc, profile=profile) if i + 1 < len(ms) else None
        if pair is None:
            out.append(ms[i])
            i += 1
        else:
            out += pair
            i += 2
    out = _baselines_of_levels(lx, out, profile=profile)
    _inherit_list_units(lx, out)
    _inherit_moved_units(lx, out, profile=profile)
    for m in out:
        m.per = m.per or denominator(lx, m, profile=profile, config=config)
    return out


def _pair(lx: list[Lexeme], ms: list[Mention], i: int, doc: Doc | None, *, profile: Profile) -> list[Mention] | None:
    """What mentions ``i`` and ``i + 1`` become when they belong together: one range, ratio or share, or a
    from-to pair; None when they stay apart."""
    a, b = ms[i], ms[i + 1]
    if a.multiple or b.multiple:
        return None
    gap = _between(lx, a, b)
    if _range_join(profile).match(gap):
        return _range_pair(lx, a, b, gap, doc, profile=profile)
    joined = _joined(lx, ms, i, gap, profile=profile)
    return [joined] if joined is not None else None


def _joined(lx: list[Lexeme], ms: list[Mention], i: int, gap: str, *, profile: Profile) -> Mention | None:
    """Mentions ``i`` and ``i + 1`` joined by "or", "and", a share's words or a comma, as one; or None."""
    a, b = ms[i], ms[i + 1]
    if _or_join(profile).match(gap):
        # "eight or nine euros", "$30- or $40,000"
        return _join(a, b) if _alternatives(lx, a, b, profile=profile) else None
    if _and_join(profile).match(gap):
        # "between 5 and 7 percent", "50- and 60,000"
        between = _low(lx, a.first - 1) == "between" or a.truncated and a.unit in (None, b.unit)
        return _join(a, b) if between else None
    if gap.lower() in profile.words("share_joins"):
        return _share(a, b) if _is_share(a, b) else None
    if gap == "," and _comma_range(lx, ms, i):
        return _join(a, b)
    return None


def _alternatives(lx: list[Lexeme], a: Mention, b: Mention, *, profile: Profile) -> bool:
    """ "eight or nine euros", "$30- or $40,000": two numbers of one kind offered as a loose range."""
    return ((a.unit is None or a.truncated and a.unit == b.unit)
            and not is_article(lx[b.num_first].low, profile=profile) and a.spelled == b.spelled)


def _comma_range(lx: list[Lexeme], ms: list[Mention], i: int) -> bool:
    """ "5, 7 percent" said as a range: a bare number, a comma and a larger one with a unit, not inside a list."""
    a, b = ms[i], ms[i + 1]
    in_list = i + 2 < len(ms) and _between(lx, b, ms[i + 2]) in (",", "and", ", and")
    return a.unit is None and b.unit is not None and not in_list and (
        a.value is not None and b.value is not None and a.value < b.value)


def _range_pair(lx: list[Lexeme], a: Mention, b: Mention, gap: str, doc: Doc | None, *,
                profile: Profile) -> list[Mention] | None:
    """Two mentions joined by "-" or "to": a from-to pair, a ratio or a range; None when they stay apart."""
    to = any(w in gap.lower() for w in profile.words("range_join_words"))
    if to and _move_and_level(lx, a, b, profile=profile):
        return None
    if _low(lx, a.first - 1) == "from" and not _from_range(lx, a, b, doc, profile=profile):
        # "from 11 to eight", "cut from 5 to 4.5 percent": two levels, the first borrowing the second's unit.
        for m in (a, b):
            m.from_to = True
        _share_unit(a, b)
        return [a, b]
    if _is_score(lx, a, b, gap) or to and _is_tally(lx, a, b, profile=profile):
        return []
    if _is_ratio(a, b, to):
        return [_join(a, b, ratio=True)]
    if a.unit is not None and b.unit is None and not a.currency_sign:
        return None  # "fell 0.4 per cent to 13,176": a unit on the first end only; a change and a level
    return [_join(a, b)] if _is_range(a, b) else None


def _move_and_level(lx: list[Lexeme], a: Mention, b: Mention, *, profile: Profile) -> bool:
    """ "up 12 cents to $3.87", "crude fell $1.20 to $78.40", "shares jumped 12p to 340p": a change and the
    level it reached, not a range ("down 1 to 2 percent" is one)."""
    before = _low(lx, a.first - 1)
    if before in profile.words("level_moves") and a.unit and b.unit:
        return True
    return bool(before in profile.words("move_verb_forms") and a.unit and a.unit == b.unit
                and not is_rate(a.unit, profile=profile)
                and a.value is not None and b.value is not None and a.value < b.value)


def _is_score(lx: list[Lexeme], a: Mention, b: Mention, gap: str) -> bool:
    """ "won 3-1", "a 24-10 record", "voted 7-2", "a 2-2 draw": two whole numbers in digits glued by a hyphen,
    the first not below the second, are a score or a tally; neither end is a figure of its own (a range
    ascends: "150-200")."""
    if gap != "-" or a.spelled or b.spelled or a.unit is not None or b.unit is not None or a.scaled or b.scaled:
        return False
    glued = adjacent(lx[a.last], lx[a.last + 1]) and adjacent(lx[a.last + 1], lx[b.first])
    return (glued and a.value is not None and b.value is not None and float(a.value).is_integer()
            and float(b.value).is_integer() and a.value >= b.value and not a.negative)


def _is_tally(lx: list[Lexeme], a: Mention, b: Mention, *, profile: Profile) -> bool:
    """ "carried, 4 to 1", "voted five to two", "a 6 to 3 decision": two whole numbers joined by "to", the first
    not below the second, beside a word of voting or winning (vocabulary ``tally_words``), are a tally: neither
    a ratio nor a range."""
    if a.unit is not None or b.unit is not None or a.scaled or b.scaled or a.value is None or b.value is None:
        return False
    if not (float(a.value).is_integer() and float(b.value).is_integer() and a.value >= b.value):
        return False
    k = a.first - 1
    while k >= 0 and lx[k].text in (",", ":"):
        k -= 1
    words = profile.words("tally_words")
    return _low(lx, k) in words or _low(lx, b.last + 1) in words


def _is_ratio(a: Mention, b: Mention, to: bool) -> bool:
    """ "two to one", "3 to 1"; digits joined by a hyphen and falling ("won 3-1", "voted 7-2") are a score or a
    tally: neither a ratio nor a range."""
    if not (to or a.spelled) or a.unit is not None or b.unit is not None:
        return False
    return b.value == 1 and a.value is not None and a.value > 1 or a.value == 1 and b.value == 1 and to


def _is_range(a: Mention, b: Mention) -> bool:
    """A range ascends in one unit ("150-200"; "-1 to -2" is said either way); "05-04" or "three-quarter" are
    something else."""
    return (a.unit is None or a.unit == b.unit or b.unit is None) and (
        a.value is None or b.value is None or a.value < b.value or a.negative and b.negative)


def _from_range(lx: list[Lexeme], a: Mention, b: Mention, doc: Doc | None, *, profile: Profile) -> bool:
    """Whether "from X to Y" is one range, not the two levels of a move ("fell from 6.1 to 5.8 percent", "went
    from 5 to 70 percent"): after a verb of ranging ("ranging from 5 to 7 percent"); else, in the parse, when
    it ascends in one unit and "from" belongs to a noun that names no change ("bolts from 13.5 to 14.0 mm";
    not "an increase from 2 to 4 percent") or to a verb of extent ("pipes measure from 20 to 25 cm", "tickets
    cost from $20 to $35"). Without the parse it is two levels."""
    if _low(lx, a.first - 2) in profile.words("range_verbs"):
        return True
    if doc is None or a.value is None or b.value is None or not a.value < b.value or a.unit not in (None, b.unit):
        return False
    span = doc.char_span(lx[a.first - 1].start, lx[a.first - 1].end)
    if span is None or len(span) != 1:
        return False
    head = span[0].head
    if head.pos_ in ("NOUN", "PROPN"):
        return head.lemma_.lower() not in profile.words("change_nouns")
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in profile.words("extent_verbs")


def _is_share(a: Mention, b: Mention) -> bool:
    """ "two out of three", "one in five": two bare whole numbers, the part below the whole."""
    return (a.unit is None and b.unit is None and not a.scaled and not b.scaled and a.value is not None
            and b.value is not None and a.value == int(a.value) and b.value == int(b.value) and 0 < a.value < b.value)


def _share(a: Mention, b: Mention) -> Mention:
    assert a.value is not None and b.value is not None  # _is_share checked both
    return Mention(a.start, b.end, a.value / b.value, a.first, b.last, a.num_first, b.num_last, unit="1",
                   spelled=a.spelled, share=True)


def _baselines_of_levels(lx: list[Lexeme], ms: list[Mention], *, profile: Profile) -> list[Mention]:
    """ "raised guidance to 2.10 to 2.20 dollars, from 2.00 to 2.15", "cut the fee to $4, from 5": a bare
    baseline said right after a level with a unit ("from", "up from", after a comma or not) is of that level's
    measure and takes its unit (and scale, where that keeps it the same size); the baseline of a range is a
    range, so a bare from-to pair after a range is one range."""
    out: list[Mention] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        out.append(m)
        i += 1
        if not out[:-1] or m.unit is not None or m.multiple or m.share or m.ratio:
            continue
        level = out[-2]
        gap = [t.low for t in lx[level.last + 1:m.first] if t.text != ","]
        if (level.unit is None or level.multiple or level.share or level.ratio or is_rate(level.unit, profile=profile)
                or not gap or gap[-1] != "from" or any(w not in profile.words("level_moves") for w in gap[:-1])):
            continue
        pair = ms[i] if m.from_to and i < len(ms) and ms[i].from_to and ms[i].unit is None else None
        for end in (m, pair):
            if end is not None:
                end.unit, end.unit_source = level.unit, level.unit_source
                if level.scaled and not end.scaled and end.value is not None and (
                        (level.value or level.high or 0) / level.scale / 10 < end.value < (
                            level.value or level.high or 0) / level.scale * 10):
                    end.value *= level.scale
        if pair is not None and level.low is not None and m.value is not None and pair.value is not None and (
                m.value < pair.value):
            m.from_to = pair.from_to = False
            out[-1] = _join(m, pair)
            i += 1
    return out


def _inherit_moved_units(lx: list[Lexeme], ms: list[Mention], *, profile: Profile) -> None:
    """ "closed at 16,369.03, up 58.06 points": a bare level takes the unit of the move written after it.

    Only a unit of the same kind of amount passes (points, money, barrels); a percentage does not ("at
    16,369.03, up 0.4%" says nothing of the index's unit).
    """
    for a, b in itertools.pairwise(ms):
        gap = [t.low for t in lx[a.last + 1:b.first] if t.text != ","]
        if (a.unit is None and b.unit is not None and not is_rate(b.unit, profile=profile) and not b.multiple
                and len(gap) == 1 and gap[0] in profile.words("level_moves") and a.low is None and b.low is None):
            a.unit = b.unit


def denominator(lx: list[Lexeme], m: Mention, *, profile: Profile, config: UnitConfig | None = None) -> str | None:
    """A rate's denominator written after a figure: "day" in "$15 a day", "1,000 deaths a day", "per capita".

    After a bare number the noun it counts may come first, in at most ``config.rate_counted_words`` words ("2
    to 3 million doses per day"); after "a", "an",
    "each" or "every" the denominator must be a unit ("an hour", "a gallon"), after "per" any word.
    """
    k = m.last + 1
    if m.unit is None:
        skipped, most = 0, (config or UnitConfig()).rate_counted_words
        while (k < len(lx) and skipped < most and lx[k].is_word
               and lx[k].low not in profile.words("rate_markers")
               and lx[k].low not in profile.words("function_words")):
            k += 1
            skipped += 1
    marker = _low(lx, k)
    if marker not in profile.words("rate_markers") or k + 1 >= len(lx) or not lx[k + 1].is_word:
        return None
    word = lx[k + 1]
    if word.low in profile.words("function_words") or word.low in number_words(profile):
        return None
    if marker != "per" and unit_for_words((word.low,), profile=profile) is None and not (
            is_currency(m.unit, profile=profile) and is_article(marker, profile=profile)
            and _ends_phrase(lx, k + 2, profile=profile)):
        return None  # "$2 a share", "$10 a head": money per a noun that ends the phrase
    return word.low


def _ends_phrase(lx: list[Lexeme], k: int, *, profile: Profile) -> bool:
    return k >= len(lx) or not lx[k].is_word or lx[k].low in profile.words("function_words")


def _share_unit(a: Mention, b: Mention) -> None:
    """Give the first end of a pair the unit (and scale) written only on the second."""
    if a.unit is None and b.unit is not None:
        a.unit = b.unit
    if not a.scaled and b.scaled and a.value is not None and b.value is not None and 0 < a.value * b.scale <= b.value:
        # "26 to 40 million", "four to five thousand": the bare end counts in the other end's scale when that
        # keeps it below the other end ("from 900 to 1.2 million" stays 900).
        a.value *= b.scale


def _join(a: Mention, b: Mention, ratio: bool = False) -> Mention:
    if ratio:
        return Mention(a.start, b.end, a.value, a.first, b.last, a.num_first, b.num_last, unit="1",
                       spelled=a.spelled, ratio=True)
    _share_unit(a, b)
    if a.value is not None and b.value is not None and 0 < a.value < b.value / 10 and a.truncated:
        # "$4- and $700": the speaker broke off "four hundred"; the end takes the other end's magnitude.
        while a.value < b.value / 10:
            a.value *= 10
    unit = b.unit or a.unit
    low, high = a.value, b.value
    if low is not None and high is not None and low > high:
        low, high = high, low  # "-1 to -2 percent"
    return Mention(a.start, b.end, None, a.first, b.last, a.num_first, b.num_last, unit=unit, spelled=a.spelled,
                   scaled=a.scaled or b.scaled, currency_sign=a.currency_sign or b.currency_sign,
                   unit_source=b.unit_source or a.unit_source, low=low, high=high, negative=a.negative or b.negative)


def _inherit_list_units(lx: list[Lexeme], ms: list[Mention]) -> None:
    """In a list "5, 7, 10 years" the bare items take the unit written on the last one."""
    for k in range(len(ms) - 2, -1, -1):
        a, b = ms[k], ms[k + 1]
        if a.unit is None and b.unit is not None and not b.multiple and _between(lx, a, b) in (
                ",", "or", ", or", "and", ", and") and a.spelled == b.spelled and lx[a.num_first].low not in (
                "a", "an"):
            a.unit = b.unit
