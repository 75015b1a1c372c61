"""Stage 3, kind: level, change, share or multiple, and a change's direction.

Rules, in order:

1. per figure, the rule set of :mod:`kind` (the first proposal decides);
2. per figure, :func:`signed_change`: a change written with a minus is the fall's size, direction down;
3. per figure, :func:`guess_up`: a change whose words show no direction is taken as up, marked as a guess;
4. per sentence, :func:`share_list_kind`: an item of a list of figures that only its clause decided (not its
   own words: :data:`kind.CLAUSE_RULES`) takes the first item's kind ("rose to 3.4% in May and 3.5% in June");
5. per document, :func:`settle_policy_directions`: a guessed rate move follows the briefing's other moves.
"""
from __future__ import annotations

import itertools
from collections import Counter

from spacy.tokens import Doc

from ..lang.profile import Profile
from .config import KindConfig
from .draft import Draft
from .kind import CLAUSE_RULES, KIND_RULES, Figure, cue


def signed_change(d: Draft) -> None:
    """ "GDP grew -0.5 percent": a change written with a minus is the fall's size, its direction "down".

    A negative level ("a real rate of -1 percent") keeps its sign; a range across zero is left as written.
    """
    m = d.m
    if d.kind != "change" or not m.negative:
        return
    if m.value is not None and m.value < 0:
        m.value = -m.value
    elif m.low is not None and m.high is not None and m.low < 0 and m.high <= 0:
        m.low, m.high = -m.high, -m.low
    else:
        return
    d.direction, d.direction_guessed = "down", False


def guess_up(d: Draft) -> None:
    """A change whose direction nothing shows is taken as up, and marked as guessed."""
    if d.kind == "change" and d.direction is None:
        d.direction, d.direction_guessed = "up", True


def decide_figure(doc: Doc, d: Draft, *, profile: Profile, config: KindConfig) -> None:
    """Rules 1-3 for one figure; ``cued`` says that the figure's own words decided (not its clause).

    The evidence noted is the deciding rule's name (``some_rule`` as ``some-rule``) with the words that cued it
    (:func:`kind.cue`); a direction read from a minus sign is ``minus-sign``, one guessed ``direction-guessed-up``.
    """
    f = Figure(doc, d.m, d.lx, d.anchor, d.unit, profile=profile, config=config)
    decided = KIND_RULES.decide(f)
    rule, (d.kind, d.direction, d.cued) = decided if decided is not None else ("unmarked", ("level", None, False))
    d.cued = d.cued and rule not in CLAUSE_RULES
    start, end = cue(f, rule)
    d.note("kind", rule.replace("_", "-"), start, end)
    written = (d.m.value, d.m.low, d.m.high)
    signed_change(d)
    if (d.m.value, d.m.low, d.m.high) != written:
        d.note("kind", "minus-sign", d.m.start, d.m.end)
    guess_up(d)
    if d.direction_guessed:
        d.note("kind", "direction-guessed-up", start, end)


def in_one_list(a: Draft, b: Draft, *, profile: Profile, config: KindConfig | None = None) -> bool:
    """True when two neighbouring figures of one unit stand in a list: few words between them (``config``'s
    ``list_gap``), and only joining, calendar or numeral words ("0.7 per cent in 2024, 1.1 per cent in 2025")."""
    if a.unit != b.unit:
        return False
    gap = b.lx[a.m.last + 1:b.m.first]
    joins = profile.words("list_gap_words")
    calendar = profile.words("calendar_words") | profile.words("months")
    return len(gap) <= (config or KindConfig()).list_gap and all(t.low in joins or t.low in calendar or t.is_digit
                                                                  for t in gap)


def share_list_kind(ds: list[Draft], *, profile: Profile, config: KindConfig | None = None) -> None:
    """Items of a list whose own words decide nothing take the kind of the list's previous item."""
    for a, b in itertools.pairwise(ds):
        if in_one_list(a, b, profile=profile, config=config) and not b.cued:
            b.kind, b.direction, b.cued = a.kind, a.direction, a.cued
            _, start, end = a.evidence.get("kind", (None, None, None))
            b.note("kind", "first-item-of-list", start, end)


def decide_sentence(doc: Doc, ds: list[Draft], *, profile: Profile, config: KindConfig) -> None:
    """Rules 1-4 for one sentence's figures; ``config`` the windows the kind rules read over."""
    for d in ds:
        decide_figure(doc, d, profile=profile, config=config)
    share_list_kind(ds, profile=profile, config=config)


def settle_policy_directions(ds: list[Draft]) -> None:
    """A rate move whose direction the sentence does not show follows the briefing's other rate moves."""
    votes = Counter(d.direction for d in ds if d.kind == "change" and d.unit in ("bp", "pp")
                    and not d.direction_guessed and d.direction)
    if not votes:
        return
    majority = votes.most_common(1)[0][0]
    for d in ds:
        if d.kind == "change" and d.direction_guessed and d.unit in ("bp", "pp"):
            d.direction = majority
            d.note("kind", "direction-of-briefing-moves")
