"""Asking quantulum3's parser about a unit the own tables cannot decide.

The own reader knows every unit of quantulum3's tables (see :mod:`lexicon`),
but some words name several units: "5 pounds" is money in one sentence and a
weight in another. For such a word, and only then, quantulum3's parser (with
its classifier, which reads the words around the number) is asked about the
one sentence; its answer is mapped to the guidelines' codes with the same
rule that builds the tables. The parser is fast on one sentence and slow on a
document (and loading it takes seconds), so it is never given more than the
sentence, and never loaded for a document that does not need it.
"""
from __future__ import annotations

import logging
from functools import cache

from ..lang.profile import Profile
from .lexer import Lexeme
from .lexicon import unit_code
from .units import CONTEXT_CURRENCY, DEFAULT_CONTEXT, UnitContext, UnitSpec

_log = logging.getLogger(__name__)


def sentence_text(lx: list[Lexeme]) -> str:
    """The sentence the lexemes come from, rebuilt with each lexeme at its offset from the first."""
    if not lx:
        return ""
    base = lx[0].start
    chars = [" "] * (lx[-1].end - base)
    for t in lx:
        chars[t.start - base:t.end - base] = t.text
    return "".join(chars)


@cache
def _parser():
    from quantulum3 import parser

    return parser


@cache
def _units_by_name():
    from quantulum3 import load

    return load.units("en_US").names


def _mapped(unit, *, profile: Profile) -> tuple[str, float] | None:
    """The code of quantulum3's unit; for a compound it made up ("pound sterling ampere-turn") its first part."""
    got = unit_code(unit, profile=profile)
    if got is not None:
        return got
    dims = getattr(unit, "dimensions", None) or []
    if len(dims) > 1 and dims[0].get("power") == 1:
        base = _units_by_name().get(dims[0].get("base"))
        return unit_code(base, profile=profile) if base is not None else None
    return None


def quantulum_unit(lx: list[Lexeme], num_first: int, num_last: int,
                   ctx: UnitContext = DEFAULT_CONTEXT, *, profile: Profile) -> tuple[UnitSpec, int] | None:
    """quantulum3's unit for the numeral ``lx[num_first..num_last]``, and the lexeme where that unit ends.

    Returns:
        (unit, index of the unit's last lexeme), or None when quantulum3 finds no unit there that maps to
        a code.
    """
    text = sentence_text(lx)
    base = lx[0].start
    start = lx[num_first].start - base
    try:
        quantities = _parser().parse(text)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:  # odd input: the own reading stands
        _log.debug("quantulum3 could not parse %r: %s", text, exc)
        return None
    for q in quantities:
        q_start, q_end = q.span
        if not (q_start <= start < q_end):
            continue
        got = _mapped(q.unit, profile=profile)
        if got is None:
            return None
        code, factor = got
        spec = UnitSpec(ctx.minor if code == CONTEXT_CURRENCY else code, factor)
        # quantulum3's span may run past the unit ("5 pounds at"): end at the first word after the number.
        last = next((k for k in range(num_last + 1, len(lx)) if lx[k].is_word), None)
        if last is None or lx[last].start - base >= q_end:
            return None
        return spec, last
    return None
