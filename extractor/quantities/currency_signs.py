"""The currency written before a number: a sign ("$", "€"), a code ("RMB"), a country's letters before or after
the sign ("US$", "HK$", "$US55.9") or a sign written with a full stop ("Rs. 40")."""
from __future__ import annotations

from ..lang.profile import Profile
from .lexer import Lexeme, adjacent
from .units import UnitContext, currency_for_sign


def currency_before(lx: list[Lexeme], i: int, ctx: UnitContext, *, profile: Profile) -> tuple[str, int] | None:
    """The currency written before the number at ``i`` ("$", "€", "RMB", "US$", "A$") and where it starts."""
    if i == 0:
        return None
    if i > 1:
        for reader in (_country_then_sign, _sign_then_country, _abbreviated_sign):
            code = reader(lx, i, ctx, profile=profile)
            if code:
                return code, i - 2
    t = lx[i - 1]
    code = currency_for_sign(t.text, ctx, profile=profile)
    # A capitalised word is a sign only when the table of signs lists it ("Rs 500"; not "Is 5", "As 3").
    if code and (not t.is_word or t.text.isupper() or t.text[0].isupper() and t.low in profile.table(
            "currency_signs")):
        return code, i - 1
    return None


def _country_then_sign(lx: list[Lexeme], i: int, ctx: UnitContext, *, profile: Profile) -> str | None:
    """ "US$", "A$", "HK$": a country's capitals glued before the sign."""
    t, c = lx[i - 1], lx[i - 2]
    if not t.is_word and c.is_word and adjacent(c, t) and c.text.isupper():
        return currency_for_sign(c.text + t.text, ctx, profile=profile)
    return None


def _sign_then_country(lx: list[Lexeme], i: int, ctx: UnitContext, *, profile: Profile) -> str | None:
    """ "$US55.9", "$A82": the country's capitals after the sign, glued to the number."""
    t, s = lx[i - 1], lx[i - 2]
    if t.is_word and t.text.isupper() and not s.is_word and adjacent(s, t) and adjacent(t, lx[i]):
        return currency_for_sign(t.text + s.text, ctx, profile=profile)
    return None


def _abbreviated_sign(lx: list[Lexeme], i: int, ctx: UnitContext, *, profile: Profile) -> str | None:
    """ "Rs. 40": a capitalised sign of the table written with a full stop."""
    t, w = lx[i - 1], lx[i - 2]
    if t.text == "." and w.is_word and adjacent(w, t) and w.text[0].isupper():
        return profile.table("currency_signs").get(w.low)
    return None
