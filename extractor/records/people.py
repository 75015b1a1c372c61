"""People named as the transcript names them, from a record's ids.

An exchange's ``answered_by`` holds participant ids (stable keys, such as
``powell``); headings and tables show the speaker label the transcript itself
used for that person (``CHAIR POWELL``), so a reader sees one name per person.
"""
from __future__ import annotations

from .models import Exchange, TranscriptRecord


def participant_labels(record: TranscriptRecord) -> dict[str, str]:
    """Each participant id -> the first speaker label that resolves to it, else its name."""
    labels: dict[str, str] = {}
    for turn in sorted(record.turns, key=lambda t: t.start):
        if turn.participant and turn.speaker:
            labels.setdefault(turn.participant, turn.speaker)
    for p in record.participants:
        labels.setdefault(p.id, p.name)
    return labels


def answerer_names(exchange: Exchange, labels: dict[str, str]) -> list[str]:
    """Who answered the exchange, as written in the transcript (ids no label resolves to are kept)."""
    return [labels.get(pid, pid) for pid in exchange.answered_by]
