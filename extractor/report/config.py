"""The HTML report's settings (``write_report(..., config=...)``; ``--unsure-below`` on the command line)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportConfig:
    """What the report marks for a reader to check."""

    #: A context field whose confidence is below this is marked for the reader to check (a "?" on the figure,
    #: a red cell in the table): by the calibration on the gold, such a field is wrong at least three times in
    #: ten. 0 marks nothing, 1 marks every field with a confidence.
    unsure_below: float = 0.7

    def __post_init__(self) -> None:
        if not 0 <= self.unsure_below <= 1:
            raise ValueError(f"unsure_below is a confidence, from 0 to 1; got {self.unsure_below}")
