"""The structure stage's thresholds are settings of the ``transcript_structure`` component's config."""
from __future__ import annotations

import pytest
import spacy

from extractor.structure.config import RoleConfig, UnlabelledConfig


def _structure(text: str, config: dict | None = None):
    nlp = spacy.blank("en")
    nlp.add_pipe("transcript_structure", config=config or {})
    return nlp(text)._.structure


PORT = ("HARBOUR MASTER OKONKWO: The ferry terminal reopens on Monday.\n\n"
        "Q: When will the night sailings return?\n\n"
        "HARBOUR MASTER OKONKO: In the spring, once the crews are hired.\n\n"
        "Q: And the fares?\n\n"
        "HARBOUR MASTER OKONKWO: They stay as they are.\n")


def test_the_letters_from_which_a_name_may_be_misspelt_are_a_roles_setting():
    assert RoleConfig().misspelling_letters < len("OKONKO")
    default = _structure(PORT)
    assert [p.aliases for p in default.participants] == [("HARBOUR MASTER OKONKWO", "HARBOUR MASTER OKONKO")]
    strict = _structure(PORT, {"roles": {"misspelling_letters": 12}})
    assert [p.name for p in strict.participants] == ["Harbour Master Okonkwo", "Harbour Master Okonko"]


LATE_LABEL = ("The library board met this morning to settle the budget for the new year and its branches.\n\n"
              "We agreed to keep every branch open on Saturdays, which readers asked for in the survey.\n\n"
              "The mobile library will visit the four villages that lost their branch last spring.\n\n"
              "CHAIR LINDQVIST: Thank you all for coming.\n")


def test_the_paragraphs_of_speech_before_a_late_label_are_an_unlabelled_setting():
    assert UnlabelledConfig().speech_paragraphs >= 3
    assert not _structure(LATE_LABEL).unlabelled
    assert _structure(LATE_LABEL, {"unlabelled": {"speech_paragraphs": 1}}).unlabelled


def test_a_setting_the_section_does_not_have_is_named():
    with pytest.raises(ValueError, match="roles section is not RoleConfig's"):
        _structure(PORT, {"roles": {"misspeling_letters": 12}})
