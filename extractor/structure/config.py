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
    #: Characters at a turn's end read for its last two sentences, which say whether it ends on a question.
    question_tail: int = 800


@dataclass(frozen=True)
class UnlabelledConfig:
    """How a text without labels is read paragraph by paragraph (:mod:`.unlabelled`)."""

    #: Score from which a paragraph reads as a question put to the speaker (see ``question_score``).
    question_score: int = 2
    #: Words from which a paragraph that ends a sentence is prose, where the header ends.
    header_prose_words: int = 6
    #: Paragraphs at the start of a text without a sentence mark among which a short one that dates the event
    #: ends the header ("APRIL 16 2025").
    header_dated_paragraphs: int = 4
    #: Words from which a paragraph before the first label is speech, not header.
    speech_words: int = 15
    #: Paragraphs of speech before a late first label beyond which the text is read without labels.
    speech_paragraphs: int = 3
    #: Words of a question tag that closes an answer ("Why not?", "Right?").
    tag_words: int = 3
    #: ">>" marks from which a text marks its changes of speaker so, rather than quoting an e-mail once.
    change_marks: int = 3


@dataclass(frozen=True)
class SpeakerLabelConfig:
    """When a document's names alone on their lines, headings, stamped names or caption voices are its speaker
    labels, and how long a label may be (:mod:`.labels`)."""

    #: The fewest such labels from which a document labels its speakers so.
    least_labels: int = 3
    #: The fewest labels of one name among them (a speaker who speaks again).
    least_repeats: int = 2
    #: Words from which a line without a sentence end below a name alone is speech (a date line,
    #: "4 March 2025", is not).
    speech_words: int = 4
    #: The most characters of a speaker's name: a longer phrase before a colon is a sentence.
    longest_name: int = 60


@dataclass(frozen=True)
class HeaderConfig:
    """How the header's lines are read for the title, the place and the participants (:mod:`.header`)."""

    #: How many first lines of the header may hold the title.
    title_lines: int = 3
    #: The fewest words of a title (and of the first part of a web page's title bar, "Remarks by the Mayor on
    #: Housing | Springfield, IL").
    title_words: int = 3
    #: A line whose words besides its dates and times are shorter than this share of it is a dateline.
    dateline_share: float = 0.6
    #: The most words of a place before a dateline's date ("Frankfurt am Main, 12 December 2024").
    place_words: int = 5
    #: Lines between the title and the time stamp of more words than this are no place.
    place_line_words: int = 6
    #: The most words before the comma of an entry of a speakers' list ("Ann Lee, Mayor").
    entry_name_words: int = 5


@dataclass(frozen=True)
class ExchangeConfig:
    """How many words make a reporter's turn a question and an official's turn an answer (:mod:`.exchanges`)."""

    #: Words from which a press turn without a question mark still puts a question (a challenge); asides such
    #: as "Hi, Mr. President" or "(Inaudible.)" are far shorter.
    challenge_words: int = 20
    #: Words within which an official's reply only acknowledges ("Sure.", "Yes, yes.").
    backchannel_words: int = 3
    #: Words from which an official's reply answers a statement put as a challenge (shorter: "I don't think
    #: so."); a shorter turn that repeats a word or two only holds the floor ("Wait, wait, wait.").
    challenge_reply_words: int = 10
    #: Words from which an official's turn is a statement rather than a reply to a greeting.
    statement_words: int = 40
    #: Words within which an official's turn that ends on a question may be asking about the reporter's
    #: question; a longer turn does so only where that question names the question ("... any other part of
    #: your question?").
    ask_back_words: int = 40
    #: Words within which an official's turn that asks for the question again without a question mark ("Say
    #: that one more time.") is a request to repeat it rather than an answer.
    repeat_request_words: int = 12
    #: Letters from which a word of an official's question echoes the reporter's ("Coordination center?").
    echo_letters: int = 4
    #: Characters at the end of an official's turn read for the question it ends on.
    ask_back_reach: int = 400


@dataclass(frozen=True)
class FloorConfig:
    """How the floor is given: by a chair's short turns (:mod:`.chairing`) and by the last words of a turn
    (:mod:`.handoffs`)."""

    #: Words within which a turn only gives the floor ("Okay. We'll take a few. Go ahead, Ann."): an answer,
    #: even a curt one, that would be this short follows a question (checked apart).
    chair_words: int = 40
    #: Characters at the end of an official's turn read for a hand-off to a colleague by office.
    handoff_tail: int = 200
    #: Words within which a turn between two press turns may only acknowledge ("Yeah.", "Yes, yes.").
    backchannel_words: int = 3
    #: The most words of the last sentence with which a speaker gives the floor ("Yeah, go ahead, April.").
    floor_sentence_words: int = 6
    #: The most words of a name said alone to give the floor ("Justin.", "Kelly O.", "Okay. Aurelia —").
    floor_name_words: int = 3
    #: Characters at a turn's end read for its last sentence.
    floor_tail: int = 300
    #: Words, courtesies aside, from which a second official's turn after a colleague's answer adds to it ("If I
    #: may add, arrears are still low, under 1 percent of loans.") rather than chairs; a chair's remark on the
    #: session is shorter ("We'll do a couple more.", "We've got to go.").
    addition_words: int = 10


@dataclass(frozen=True)
class IntroductionConfig:
    """Where a chair's call or a reporter's introduction naming the asker is read (:mod:`.introductions`)."""

    #: Characters before a name searched for the words of a call ("and next we'll turn to").
    call_reach: int = 40
    #: How far into a turn an introduction may come ("Thank you, Chair. Ann Smith, Reuters.").
    introduction_reach: int = 240


@dataclass(frozen=True)
class NoticeConfig:
    """When the structure warns that a transcript was read poorly (:mod:`.notices`)."""

    #: Question marks (or ">>" marks) from which a text without exchanges is taken to hold a question-and-answer
    #: part.
    questions_for_exchanges: int = 3
    #: Questions per exchange above which questions were probably merged (more than half again as many).
    questions_per_exchange: float = 1.5
    #: Numbers whose thousands are cut off by a space after the comma ("91, 000") from which the text is taken
    #: for speech-to-text output.
    split_numbers: int = 2
    #: Letters from which a lower-case word is read for words run together ("yourquestions"); shorter words
    #: ("into", "onto") are too often two words written as one on purpose.
    glued_min_letters: int = 6
    #: Letters each part of a run-together word has at least ("thank|you", not "president|s").
    glued_part_letters: int = 2
    #: Distinct run-together words from which the text is taken for speech-to-text output. Edited transcripts
    #: write a few compounds both ways ("everyday" and "every day", "readout" and "read out"): at most four in
    #: each of the 197 transcripts of the corpus, wild and stress folders.
    glued_words: int = 6
    #: Share of the distinct lower-case words that run together from which the text is caption-like (edited
    #: transcripts stay under 0.4 %).
    glued_share: float = 0.01


@dataclass(frozen=True)
class StructureConfig:
    """The structure stage's settings, a section each: the ``roles``, ``unlabelled``, ``labels``, ``header``,
    ``exchanges``, ``floor``, ``introductions`` and ``notices`` sections of the ``transcript_structure``
    component's config."""

    roles: RoleConfig = field(default_factory=RoleConfig)
    unlabelled: UnlabelledConfig = field(default_factory=UnlabelledConfig)
    labels: SpeakerLabelConfig = field(default_factory=SpeakerLabelConfig)
    header: HeaderConfig = field(default_factory=HeaderConfig)
    exchanges: ExchangeConfig = field(default_factory=ExchangeConfig)
    floor: FloorConfig = field(default_factory=FloorConfig)
    introductions: IntroductionConfig = field(default_factory=IntroductionConfig)
    notices: NoticeConfig = field(default_factory=NoticeConfig)
