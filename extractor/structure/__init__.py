"""Transcript structure: pure functions on plain strings.

``segment`` turns a transcript's text into a ``Structure``: header facts,
speaker turns with roles, question-and-answer exchanges with hand-offs,
opening and closing statements, and page debris. All offsets index the
original text.
"""
from .segment import segment
from .types import Debris, Exchange, Handoff, Header, Participant, Statement, Structure, Turn

__all__ = [
                    "Debris",
                    "Exchange",
                    "Handoff",
                    "Header",
                    "Participant",
                    "Statement",
                    "Structure",
                    "Turn",
                    "segment",
]
