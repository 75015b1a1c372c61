"""Properties that hold for any text (issue 25): no transcript is lost, every offset indexes the text.

Two generators: text built from the classes that once lost whole transcripts (digits joined by
punctuation, brackets, zero-width and combining marks, unusual separators), and random slices
of the real transcripts in ``../shared/corpus``. Every record of every result must hold
``text[start:end]`` equal to what it quotes, and the JSON output must read back as the record.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extractor.api import extract_text
from extractor.output.writers import render
from extractor.records.models import FactsDocument, Generator

DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=4)
JOINERS = st.sampled_from(list(".,:;%/-^()[]{}<>'\"$€£*+=#&"))
MARKS = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u0301", "\u0308", "\u20dd", "\u00ad"])
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2028", "\u2029", "\u0085",
                              "\u3000", "\u202f"])
WORDS = st.sampled_from(["the", "ministry", "spent", "percent", "million", "dollars", "rule", "options", "t",
                         "programs", "up", "from", "to", "Q", "MR. ABARA:", "MS. LIND:", "billion", "euros"])


@st.composite
def figure_soup(draw) -> str:
    """A short transcript of speaker lines whose words are mixed with digits joined every odd way."""
    pieces = [draw(st.sampled_from(["MR. ABARA: ", "MS. LIND: ", "Q: ", ""]))]
    for _ in range(draw(st.integers(1, 24))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            pieces.append(draw(WORDS))
        elif kind == 1:  # digits joined by punctuation: "13(3)", "10.1.1", "1%1%1%", "8,9"
            pieces.append(draw(DIGITS) + "".join(draw(JOINERS) + draw(DIGITS)
                                                  for _ in range(draw(st.integers(0, 3)))))
        elif kind == 2:
            pieces.append(draw(JOINERS))
        elif kind == 3:
            pieces.append(draw(MARKS))
        elif kind == 4:
            pieces.append(draw(DIGITS) + draw(MARKS) + draw(DIGITS))
        else:
            pieces.append(draw(SEPARATORS))
        pieces.append(draw(st.sampled_from(["", " ", " ", draw(SEPARATORS)])))
    return "".join(pieces)


def _spans(value, path="record"):
    """Every (path, dict) in a dumped record that has ``start`` and ``end``."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield path, value
        for key, item in value.items():
            yield from _spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _spans(item, f"{path}[{i}]")


def check_offsets(text: str, record) -> None:
    """Each span indexes ``text``; each that quotes a surface (``text``) quotes exactly that slice; the JSON
    output reads back as the record."""
    data = record.model_dump(mode="json")
    for path, span in _spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(text), (path, span["start"], span["end"])
        if isinstance(span.get("text"), str):
            assert text[span["start"]:span["end"]] == span["text"], path
    document = FactsDocument(generator=Generator(name="t", version="0"), transcripts=[record])
    assert json.loads(render(document, "json"))["transcripts"][0] == data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=figure_soup())
def test_figures_joined_every_odd_way_lose_no_transcript(nlp, text):
    if not text.strip():
        return
    record = extract_text(text, nlp=nlp)  # raises (the transcript lost) on any internal error
    check_offsets(text, record)


def _corpus_texts(shared: Path) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted((shared / "corpus").rglob("*.txt"))]


@pytest.fixture(scope="module")
def corpus_texts(shared):
    texts = _corpus_texts(shared)
    if not texts:
        pytest.skip("no transcripts in the shared corpus")
    return texts


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_slices_of_real_transcripts_lose_nothing(nlp, corpus_texts, data):
    whole = data.draw(st.sampled_from(corpus_texts))
    start = data.draw(st.integers(0, max(0, len(whole) - 1)))
    text = whole[start:start + data.draw(st.integers(1, 3000))]
    if not text.strip():
        return
    record = extract_text(text, nlp=nlp)
    check_offsets(text, record)
