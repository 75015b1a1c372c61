"""The quick test before a mention is read: every lexeme a mention starts at passes it."""
from __future__ import annotations

import pytest

from extractor.lang.profile import english
from extractor.quantities.candidates import _read_mention, read_mentions
from extractor.quantities.lexer import lex
from extractor.quantities.numerals import may_open_mention

SENTENCES = [
    "The water board raised tariffs by 4.5% to $12.40 a month, twice the rise of a year ago.",
    "Ridership on the tram fell a quarter, to two hundred and six thousand trips; half of the buses were late.",
    "The club's revenue grew tenfold in a decade, and wages rose fivefold to 3 million euros.",
    "Attendance at the museum doubled, with forty-two schools visiting and an hour of free entry.",
    "The ministry said the treaty was signed by the envoys without further comment.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_mention_starts_where_the_quick_test_lets_it(sentence):
    profile = english()
    lx = lex(sentence, 0, len(sentence), profile=profile)
    starts = [i for i in range(len(lx)) if _read_mention(lx, i, profile=profile) is not None]
    assert all(may_open_mention(lx[i], profile=profile) for i in starts)
    assert read_mentions(lx, profile=profile) == _all_mentions(lx)


def _all_mentions(lx):
    """``read_mentions`` without the quick test: every lexeme tried."""
    out, i = [], 0
    while i < len(lx):
        m = _read_mention(lx, i, profile=english())
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.last + 1
    return out


def test_the_quick_test_passes_over_plain_words():
    profile = english()
    text = "The ministry said the treaty was signed."
    assert not any(may_open_mention(t, profile=profile) for t in lex(text, 0, len(text), profile=profile))
