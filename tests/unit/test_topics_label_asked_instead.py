"""Issue 28, labels: a bare name the segment says nothing of gives way to what its question asks, in common words.

The examples are written for these tests: a football club's press conference, a water utility's briefing.
"""
from __future__ import annotations

from extractor.lang.profile import english
from extractor.topics.label_config import LabelConfig
from extractor.topics.label_heading import _asked_instead, heading

UNFIT = LabelConfig().unfit

CLUB = ("Q: The Rovers Supporters Trust wrote to the league about the stadium ban. Will the club appeal the "
        "stadium ban? A: We will appeal the stadium ban this week; the trust has our full support.")


def _rank(phrase: str) -> int:
    """Several words, or a capitalised word, first; a lone common noun last."""
    return 0 if " " in phrase or phrase[:1].isupper() else UNFIT


def _never(name: str) -> str | None:
    return None  # the segment says nothing of the name twice (no phrase tied to it)


def _heading(text: str, asked: list[str], *, own: set[str] | None, asked_about: frozenset[str] = frozenset()) -> str:
    central = {"Rovers Supporters Trust": 3.0, "stadium ban": 2.0, "league": 1.0}
    return heading(["Rovers Supporters Trust", "stadium ban", "league"], text, set(), asked=asked, fit=_rank,
                   centrality=central, about=_never, asked_about=asked_about, own=own, profile=english())


def test_a_bare_name_gives_way_to_the_phrase_its_question_asks_and_the_answer_repeats():
    asked = ["Rovers Supporters Trust", "stadium ban"]
    assert _heading(CLUB, asked, own={"Rovers Supporters Trust", "stadium ban"}) == "Stadium ban"


def test_the_name_stays_where_the_question_asks_about_it():
    # "about the Rovers Supporters Trust": the question names the body as its subject.
    text = CLUB.replace("wrote to the league about the stadium ban", "is in the news: a question about the "
                        "Rovers Supporters Trust")
    asked = ["Rovers Supporters Trust", "stadium ban"]
    assert _heading(text, asked, own={"stadium ban"},
                    asked_about=frozenset({"Rovers Supporters Trust"})) == "Rovers Supporters Trust"


def test_a_phrase_other_segments_also_say_does_not_replace_the_name():
    asked = ["Rovers Supporters Trust", "stadium ban"]
    assert _heading(CLUB, asked, own={"Rovers Supporters Trust"}) == "Rovers Supporters Trust"
    # Without the segment's own phrases (a caller that does not tell them), nothing is replaced.
    assert _heading(CLUB, asked, own=None) == "Rovers Supporters Trust"


def test_a_phrase_said_once_or_a_name_or_a_lone_noun_is_no_replacement():
    water = ("Q: Has Lakeside Water answered the regulator's letter on the leaking mains? "
             "A: Lakeside Water replies on Monday, and the regulator will publish it.")
    lowered = " ".join(water.lower().split())
    # "leaking mains" is said once, in the question: its preface, not what the answer takes up.
    assert _asked_instead("Lakeside Water", ["leaking mains", "regulator"], frozenset(), lowered, _rank,
                          LabelConfig(), profile=english()) is None
    # Another name ("Water Board Ombudsman") or a lone common noun ("regulator") does not replace it either.
    twice = water + " The Water Board Ombudsman agrees with the Water Board Ombudsman's staff."
    assert _asked_instead("Lakeside Water", ["Water Board Ombudsman", "regulator"], frozenset(),
                          " ".join(twice.lower().split()), _rank, LabelConfig(), profile=english()) is None
    # A phrase said twice, in the question and the answer, does.
    again = water + " The leaking mains are being relined."
    assert _asked_instead("Lakeside Water", ["leaking mains", "regulator"], frozenset(),
                          " ".join(again.lower().split()), _rank, LabelConfig(), profile=english()) == "leaking mains"
    # A phrase that ends in a noun for a body that acts ("the regional government") says who, as the name does.
    body = again + " The regional government backs the regional government's relining fund."
    assert _asked_instead("Lakeside Water", ["regional government", "leaking mains"], frozenset(),
                          " ".join(body.lower().split()), _rank, LabelConfig(), profile=english()) == "leaking mains"
    # A heading that is no name is left as it is.
    assert _asked_instead("mains", ["leaking mains"], frozenset(), " ".join(again.lower().split()), _rank,
                          LabelConfig(), profile=english()) is None


def test_a_phrase_ranked_below_the_name_does_not_replace_it():
    # A phrase of the question the answer never takes up ranks below a name (see _fit): it heads nothing here.
    def rank(phrase: str) -> int:
        return 1 if phrase == "stadium ban" else _rank(phrase)

    lowered = " ".join(CLUB.lower().split())
    assert _asked_instead("Rovers Supporters Trust", ["stadium ban"], frozenset(), lowered, rank,
                          LabelConfig(), profile=english()) is None
