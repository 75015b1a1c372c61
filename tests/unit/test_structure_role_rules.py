"""The named rules and settings of role assignment (:mod:`extractor.structure.roles`), on labels of our own."""
from dataclasses import replace

import pytest

from extractor.lang.profile import english
from extractor.records.models import Participant
from extractor.structure import roles
from extractor.structure.config import RoleConfig

ROLES = RoleConfig()

HEADER = (Participant(id="ortega", name="Commissioner Lucia Ortega", kind="official"),)

LABEL_CASES = [
    ("listed_in_header", "COMMISSIONER ORTEGA", "official"),
    ("asker_word", "Q", "media"),
    ("answer_word", "Answer", "official"),
    ("support_word", "OPERATOR", "other"),
    ("chair_word", "MODERATOR", "moderator"),
]


def stats(**changes):
    base = roles._LabelStats(turns=4, chars=2000, asks=0.0, answered=0.0, introduces=0, median=500, opens=False,
                             taken_up=0.5, replies=2, answers=2, holds=0.0)
    return replace(base, **changes)


PRESS_CASES = [
    ("introduces_with_an_outlet", stats(introduces=1)),
    ("asks_and_is_answered", stats(asks=0.75, answered=1.0)),
    ("outlet_that_asks", stats(holds=1.0, taken_up=1.0, replies=0, answers=0)),
    # "Lakeside Radio:" asks first of all, before anyone has spoken: an outlet answers for no one.
    ("an_outlet_asks", stats(outlet=True, asks=1.0, answered=1.0, opens=True)),
]


@pytest.mark.parametrize("rule,label,role", LABEL_CASES)
def test_each_label_word_rule_decides_its_case(rule, label, role):
    assert roles._LABEL_WORDS.decide(roles._Label(label, "COMMISSIONER ORTEGA", HEADER, profile=english())) == (rule, role)


def test_a_numbered_speaker_who_opens_is_left_to_behaviour():
    assert roles._LABEL_WORDS.decide(roles._Label("Speaker 1", "Speaker 1", (), profile=english())) is None
    assert roles._LABEL_WORDS.decide(roles._Label("Speaker 4", "Speaker 1", (), profile=english())) == ("asker_word", "media")


@pytest.mark.parametrize("rule,case", PRESS_CASES)
def test_each_press_rule_decides_its_case(rule, case):
    assert roles._PRESS.decide(roles._Behaviour(case, ROLES)) == (rule, True)


def test_an_answering_label_is_not_the_press_and_one_who_opens_never_by_asking():
    assert not roles._is_press(stats(), ROLES)
    assert not roles._is_press(stats(asks=0.75, answered=1.0, opens=True), ROLES)


@pytest.mark.parametrize("rules,cases", [(roles._LABEL_WORDS, LABEL_CASES), (roles._PRESS, PRESS_CASES)])
def test_every_role_rule_has_a_case_and_a_docstring(rules, cases):
    assert sorted(r.name for r in rules) == sorted(c[0] for c in cases)
    assert all(r.doc for r in rules)


def test_the_chair_thresholds_are_settings():
    # A club's press officer: short turns that each hand the floor to a reporter.
    officer = stats(median=280, answers=0)
    calls = {"before_media": 1.0, "after_media": 0.0}
    assert roles._is_chair(officer, calls, ROLES)
    assert not roles._is_chair(officer, calls, replace(ROLES, chair_median_chars=200))
    assert not roles._is_chair(stats(median=280, answers=1), calls, ROLES)
