"""Names as the owner rules compare them: a name's normal form, and whether a word names a place."""
from __future__ import annotations

from ..lang.profile import Profile


def is_place_noun(word: str, *, profile: Profile) -> bool:
    """Whether a word (singular or plural) names a place or a grouping ("regions", "economies", "zone")."""
    nouns = profile.words("place_nouns")
    w = word.lower()
    return w in nouns or w.endswith("s") and w[:-1] in nouns or w.endswith("ies") and w[:-3] + "y" in nouns


def norm_name(s: str) -> str:
    # A name wrapped over two lines is the same name.
    s = " ".join(s.lower().replace("’s", "").replace("'s", "").replace(".", "").split())
    return s[4:] if s.startswith("the ") else s
