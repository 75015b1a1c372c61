"""Thresholds of the topic segmenter's readings of markers and questions, as named and documented settings
(the ``markers`` and ``questions`` sections of the ``transcript_topics`` component's config; the segmenter's
own are the fields of :class:`~extractor.topics.segment.SegmenterConfig`)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MarkerConfig:
    """Where discourse markers are sought and how strongly each kind announces a new subject (:mod:`.markers`)."""

    #: How many characters of a sentence's opening are kept to read its discourse markers
    #: (:func:`~extractor.topics.features.sentence_units`).
    head_chars: int = 160
    #: How many characters of a sentence's opening a signpost is sought in.
    signpost_chars: int = 120
    #: How many characters of a question's opening its cues (a follow-up, a change of subject) are sought in.
    cue_chars: int = 400
    #: The strength (see :func:`~extractor.topics.markers.marker_strength`) of a signpost of a further question
    #: or of moving on ("On your second question", "Turning to"); an answer is cut at one this strong.
    strong_signpost: float = 1.0
    #: The strength of a signpost that often, not always, opens a new subject ("In terms of"); an answer is cut
    #: at one this strong only where the vocabulary changes clearly.
    medium_signpost: float = 0.5
    #: The strength of an enumeration's step ("First,", "Second,").
    enumeration_step: float = 0.15


@dataclass(frozen=True)
class QuestionConfig:
    """How long a question turn's parts are, read by their form (:mod:`.questions`), and when an askers' label
    is shared by the reporters (:func:`~extractor.topics.passages.generic_askers`)."""

    #: The most words an official's interjection into a question has ("So —", "He wants me to stop.").
    interjection_words: int = 12
    #: The most words banter has ("Thank you.", "Me?"): past this a turn says something.
    banter_words: int = 15
    #: The most words of the sentence an official hands over the floor with ("Go ahead, April.").
    handoff_words: int = 6
    #: The most words of a name said alone to hand over the floor ("Justin.", "Mary Lou.").
    called_name_words: int = 3
    #: The fewest exchanges a label asks before it may be shared by the reporters ("Q", "REPORTER").
    shared_label_least: int = 3
    #: A label that asks more than one in this many exchanges is shared by the reporters.
    shared_label_share: int = 3
