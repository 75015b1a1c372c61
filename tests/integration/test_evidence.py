"""Every quantity says how each context field was decided and how sure it is (issue 23), on real transcripts.

The golden tests run :func:`check_evidence` on every transcript of the corpus; here it runs on
``../shared/wild``, transcripts of other institutions and formats than the ones the rules were written on.
"""
from __future__ import annotations

import pytest

from extractor.api import extract_path
from extractor.reading.decode import read_text
from extractor.records.models import CONTEXT_FIELDS, mechanisms

from ..conftest import shared_dir


def check_evidence(record, text: str) -> None:
    """Every quantity carries evidence and a confidence in [0, 1] for every context field; every evidence span
    quotes the text at its offsets; every mechanism is listed in ``extractor/quantities/mechanisms.tsv`` for its
    field (or for any field)."""
    listed = {(name, field) for name, field, _ in mechanisms()}
    for q in record.quantities:
        assert q.evidence is not None and q.confidence is not None, f"{q.id} {q.text!r} has no evidence"
        for field in CONTEXT_FIELDS:
            clue, sure = getattr(q.evidence, field), getattr(q.confidence, field)
            assert 0.0 <= sure <= 1.0
            assert (clue.mechanism, field) in listed or (clue.mechanism, "*") in listed, (
                f"{q.id} {q.text!r}: mechanism {clue.mechanism!r} of {field} is not in mechanisms.tsv")
            if clue.start is not None:
                assert text[clue.start:clue.end] == clue.text, (q.id, field, clue)


WILD = sorted(p for p in (shared_dir() / "wild").glob("**/*") if p.is_file() and p.suffix in (".txt", ".html", ".htm", ".md"))


@pytest.mark.skipif(not WILD, reason=f"no transcripts in {shared_dir() / 'wild'}")
def test_every_quantity_of_the_wild_transcripts_carries_its_evidence(nlp):
    checked = 0
    for path in WILD:
        record = extract_path(path, nlp=nlp)
        check_evidence(record, read_text(path).text)
        checked += len(record.quantities)
    assert checked > 100
