"""Thresholds of the structure stage, as named and documented settings."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RoleConfig:
    """How much of a label's behaviour makes it the press, the chair or an official (:mod:`.roles`)."""

    #: Share of a label's turns that end on a question from which it is read as the press (with
    #: ``press_answered``), where it does not open the transcript.
    press_asks: float = 0.5
    #: Share of those questions that another label takes up next, from which the asker is the press.
    press_answered: float = 0.5
    #: Median characters of a label's turns below which it may be the chair, whose turns hand the floor.
    chair_median_chars: int = 300
    #: Share of a label's turns followed by the press from which it may be the chair (it gives the floor).
    chair_before_press: float = 0.5
    #: Share of a label's turns that follow the press below which it may be the chair (it answers little).
    chair_after_press: float = 0.5
    #: Words from which a turn after someone else's question answers it rather than giving the floor.
    answer_words: int = 40
    #: Letters from which two words of two labels may be one name misspelt ("Navaro", "Navarro").
    misspelling_letters: int = 5
    #: Letters of a shared stem from which two words of two labels are one ("administrative", "administration").
    shared_stem_letters: int = 8


@dataclass(frozen=True)
class UnlabelledConfig:
    """How a text without labels is read paragraph by paragraph (:mod:`.unlabelled`)."""

    #: Score from which a paragraph reads as a question put to the speaker (see ``question_score``).
    question_score: int = 2
    #: Words from which a paragraph that ends a sentence is prose, where the header ends.
    header_prose_words: int = 6
    #: Words from which a paragraph before the first label is speech, not header.
    speech_words: int = 15
    #: Paragraphs of speech before a late first label beyond which the text is read without labels.
    speech_paragraphs: int = 3


@dataclass(frozen=True)
class StructureConfig:
    """The structure stage's settings, a section each: the ``roles`` and ``unlabelled`` sections of the
    ``transcript_structure`` component's config."""

    roles: RoleConfig = field(default_factory=RoleConfig)
    unlabelled: UnlabelledConfig = field(default_factory=UnlabelledConfig)
