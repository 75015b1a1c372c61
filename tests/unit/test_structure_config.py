"""The structure stage's thresholds are settings of the ``transcript_structure`` component's config."""
from __future__ import annotations

import pytest
import spacy

from extractor.pipeline.build import PipelineConfig, build_pipeline
from extractor.structure.config import (
    ExchangeConfig,
    FloorConfig,
    HeaderConfig,
    IntroductionConfig,
    NoticeConfig,
    RoleConfig,
    SpeakerLabelConfig,
    UnlabelledConfig,
)


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


LINE_LABELS = ("Harbour Board Briefing\n\nHelen Marsh\nThe ferry terminal reopens on Monday after the repairs.\n\n"
               "Tom Berg\nWhen will the night sailings return to the timetable?\n\n"
               "Helen Marsh\nIn the spring, once the new crews are hired and trained.\n")


def test_how_many_names_alone_on_their_lines_make_labels_is_a_labels_setting():
    assert SpeakerLabelConfig().least_labels <= 3
    assert [t.speaker for t in _structure(LINE_LABELS).turns] == ["Helen Marsh", "Tom Berg", "Helen Marsh"]
    assert _structure(LINE_LABELS, {"labels": {"least_labels": 4}}).unlabelled


CHALLENGE = ("MAYOR ALVES: The budget is balanced this year and the reserves are growing.\n\n"
             "Q: Mayor, the reserves only grow because the library hours were cut in every branch of the city, "
             "and the readers have noticed it.\n\n"
             "MAYOR ALVES: I do not accept that at all: the figures show the reserves growing for the third year "
             "in a row, before any change to the hours.\n")


def test_the_words_of_a_challenge_put_without_a_question_mark_are_an_exchanges_setting():
    assert ExchangeConfig().challenge_words <= 24
    assert len(_structure(CHALLENGE).exchanges) == 1
    assert _structure(CHALLENGE, {"exchanges": {"challenge_words": 50}}).exchanges == ()


CHAIRED = ("MAYOR ALVES: The budget is balanced this year and the reserves are growing for the third year in a row.\n\n"
           "Q: When will the library hours return?\n\n"
           "DEPUTY MAYOR KIM: In the spring, once the new staff are hired and trained for all the branches of the "
           "city.\n\n"
           "MAYOR ALVES: Thank you. Next question, please.\n\n"
           "Q: And the ferry fares?\n\n"
           "MAYOR ALVES: They stay as they are for the whole of next year, and the seniors' pass stays free.\n")


def test_how_short_a_turn_that_only_chairs_is_is_a_floor_setting():
    assert FloorConfig().chair_words > 5
    assert [t.role for t in _structure(CHAIRED).turns][3] == "moderator"
    assert [t.role for t in _structure(CHAIRED, {"floor": {"chair_words": 3}}).turns][3] == "official"


INTRODUCED = ("MAYOR ALVES: The budget is balanced this year.\n\n"
              "Q: Thank you, Mayor. I'm Dana Roe with the Harbour Gazette. When will the library hours return?\n\n"
              "MAYOR ALVES: In the spring.\n")


def test_how_far_into_a_turn_an_introduction_comes_is_an_introductions_setting():
    assert IntroductionConfig().introduction_reach > INTRODUCED.index("Harbour") - INTRODUCED.index("Thank")
    assert [e.outlet for e in _structure(INTRODUCED).exchanges] == ["Harbour Gazette"]
    assert [e.outlet for e in _structure(INTRODUCED, {"introductions": {"introduction_reach": 10}}).exchanges] == [None]


SPLIT = ("MAYOR ALVES: We funded 91, 000 hours of care and 12, 500 nurses this year.\n\n"
         "Q: Will it last?\n\nMAYOR ALVES: Yes.\n")


def test_how_many_split_numbers_make_a_warning_is_a_notices_setting():
    assert NoticeConfig().split_numbers <= 2
    assert any("thousands comma" in w for w in _structure(SPLIT).warnings)
    assert _structure(SPLIT, {"notices": {"split_numbers": 3}}).warnings == ()


MARKED = (">> Good morning, the council met today about the budget.\n>> Will the library hours return?\n"
          ">> In the spring, once the staff are hired.\n")


def test_how_many_change_marks_open_turns_is_an_unlabelled_setting():
    assert UnlabelledConfig().change_marks <= 3
    assert [t.role for t in _structure(MARKED).turns] == ["official", "media", "official"]
    assert len(_structure(MARKED, {"unlabelled": {"change_marks": 4}}).turns) == 1


def test_build_pipeline_hands_each_component_its_settings():
    # Without quantities and topics the model's tokenizer alone is loaded.
    nlp = build_pipeline(PipelineConfig(quantities=False, topics=False),
                         settings={"transcript_structure": {"exchanges": {"challenge_words": 50}}})
    assert nlp.get_pipe("transcript_structure").config.exchanges.challenge_words == 50
    assert nlp(CHALLENGE)._.structure.exchanges == ()


TITLED = ("Ferry Timetable Briefing\n\nHARBOUR MASTER OKONKWO: The terminal reopens on Monday.\n\n"
          "Q: When will the night sailings return?\n\nHARBOUR MASTER OKONKWO: In the spring.\n")


def test_the_fewest_words_of_a_title_are_a_header_setting():
    assert HeaderConfig().title_words <= 3
    assert _structure(TITLED).header.title == "Ferry Timetable Briefing"
    assert _structure(TITLED, {"header": {"title_words": 4}}).header.title is None
