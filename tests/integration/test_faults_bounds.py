"""Work per file is bounded (issue 16 item 3): long runs tokenized in pieces with the text kept,
passages and model batches of bounded size, and a time budget that names the file. The figures
(time and memory before and after) are in ``benchmarks/blowups.py``, not in a timed test."""
from __future__ import annotations

import itertools
import mmap

import spacy

from extractor.bounds import MAX_RUN, Deadline, make_doc, run_pipeline, time_budget
from extractor.errors import InputError
from extractor.pipeline.components.focus import (
    FocusLimits,
    _bound_sentences,
    _passages,
    _sentence_pieces,
    _token_batches,
)

LIMITS = FocusLimits()
MAX_PASSAGE_TOKENS = LIMITS.max_passage_tokens
MAX_SENTENCE_TOKENS = LIMITS.max_sentence_tokens
BATCH_TOKENS = LIMITS.batch_tokens


def test_a_long_run_is_tokenized_in_pieces_and_the_text_is_kept():
    nlp = spacy.blank("en")
    text = "MR LEE: see " + ":" * (3 * MAX_RUN + 7) + " and =" + "=" * 1000 + "%\n next 5 percent."
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= MAX_RUN
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)


def test_the_space_after_a_long_run_is_its_whitespace_not_a_token():
    nlp = spacy.blank("en")
    doc = make_doc(nlp, "see " + ":" * (MAX_RUN + 10) + " and more")
    assert not any(t.is_space for t in doc) and doc.text.endswith(" and more")


def test_a_long_number_is_never_cut():
    nlp = spacy.blank("en")
    text = "Debt: " + "7" * (2 * MAX_RUN) + " dollars, " + "ab:" * MAX_RUN
    doc = make_doc(nlp, text)
    assert doc.text == text and "7" * (2 * MAX_RUN) in [t.text for t in doc]


def test_the_pieces_of_a_long_run_start_no_sentence_and_a_long_number_keeps_its_space():
    nlp = spacy.blank("en")
    text = "Debt: " + "7" * (MAX_RUN + 44) + " trillion dollars and " + ":" * (2 * MAX_RUN) + " more"
    doc = make_doc(nlp, text)
    assert doc.text == text and not any(t.is_space for t in doc)
    assert [t.is_sent_start for t in doc] == [True] + [None] * (len(doc) - 1)


def test_ordinary_text_is_tokenized_as_before():
    nlp = spacy.blank("en")
    text = "The mayor said https://example.org/a/b?c=d costs $1.5bn (up 4%)."
    assert [t.text for t in make_doc(nlp, text)] == [t.text for t in nlp.make_doc(text)]


def test_passages_are_cut_at_sentence_boundaries_before_the_bound():
    sentences = [(i * 100, (i + 1) * 100) for i in range(3 * MAX_PASSAGE_TOKENS // 100)]
    passages = _passages(None, sentences, [True] * len(sentences), LIMITS)
    assert all(b - a <= MAX_PASSAGE_TOKENS for a, b in passages)
    assert passages[0][0] == 0 and passages[-1][1] == sentences[-1][1]
    assert all(p[1] == q[0] for p, q in itertools.pairwise(passages))


def test_model_batches_hold_a_bounded_number_of_tokens():
    nlp = spacy.blank("en")
    docs = [nlp.make_doc("word " * n) for n in (3000, 900, 700, 400, 1500, 6000, 10, 20)]
    batches = _token_batches(docs, BATCH_TOKENS)
    assert [d for b in batches for d in b] == docs
    assert all(sum(len(d) for d in b) <= BATCH_TOKENS or len(b) == 1 for b in batches)
    # Short passages share a batch; a long one goes alone.
    assert [len(b) for b in batches] == [1, 3, 1, 1, 2]


def test_the_time_budget_names_the_file():
    import time

    try:
        with time_budget(0.2, "slow.txt"):
            time.sleep(5)
    except InputError as exc:
        assert str(exc).startswith("slow.txt: took more than 0.2 s") and "--max-seconds" in str(exc)
    else:
        raise AssertionError("the budget did not stop the work")


def test_the_deadline_is_checked_between_components():
    nlp = spacy.blank("en")

    @spacy.Language.component("slow_for_test")
    def slow(doc):
        import time

        time.sleep(0.3)
        return doc

    nlp.add_pipe("slow_for_test")
    nlp.add_pipe("slow_for_test", name="second")
    deadline = Deadline(0.1, "memo.txt")
    try:
        run_pipeline(nlp, nlp.make_doc("hello"), deadline)
    except InputError as exc:
        assert "memo.txt" in str(exc)
    else:
        raise AssertionError("the deadline was not checked")


def test_a_long_sentence_is_cut_for_the_parser_and_short_ones_are_not():
    long_end = 30 + 2 * MAX_SENTENCE_TOKENS + 5
    sentences = [(0, 30), (30, long_end), (long_end, long_end + MAX_SENTENCE_TOKENS - 1)]
    total = sentences[-1][1]
    forced = _bound_sentences([False] * total, sentences, LIMITS)
    assert [i for i, f in enumerate(forced) if f] == [30 + MAX_SENTENCE_TOKENS, 30 + 2 * MAX_SENTENCE_TOKENS]


def test_a_line_of_numbers_gives_bounded_sentences(nlp):
    from extractor.api import extract_text

    text = "MR LEE: " + " ".join(str(i) for i in range(1, 1200)) + "\n"
    record = extract_text(text, nlp=nlp)
    assert record.quantities and all(len(q.sentence.text.split()) <= MAX_SENTENCE_TOKENS + 2
                                     for q in record.quantities if q.sentence)


def test_a_sentence_longer_than_a_passage_is_cut_at_the_forced_starts():
    # Lines without a full stop are one splitter "sentence": thousands of tokens went to the models at once.
    length = 3 * MAX_PASSAGE_TOKENS + 17
    passages = _passages(None, [(0, 30), (30, 30 + length)], [True, True], LIMITS)
    assert passages[0][0] == 0 and passages[-1][1] == 30 + length
    assert all(b - a <= MAX_PASSAGE_TOKENS for a, b in passages)
    assert all(p[1] == q[0] for p, q in itertools.pairwise(passages))
    # Each cut falls where the parser's sentences are cut anyway.
    assert all((a - 30) % MAX_SENTENCE_TOKENS == 0 for a, _ in passages[1:])
    assert _sentence_pieces(5, 5 + MAX_PASSAGE_TOKENS, LIMITS) == [(5, 5 + MAX_PASSAGE_TOKENS)]


def _fresh_megabyte() -> mmap.mmap:
    """One megabyte of new resident memory: an anonymous map, written. (A bytes object may reuse memory the
    test process freed earlier, and then the process's resident size does not grow.)"""
    block = mmap.mmap(-1, 2**20)
    block.write(b"y" * 2**20)
    return block


def test_the_memory_budget_names_the_file():
    import time

    hoard = []
    started = time.monotonic()
    try:
        with time_budget(None, "ledger.txt", megabytes=40):
            for _ in range(2000):  # 2 GB if nothing stops it
                hoard.append(_fresh_megabyte())
                time.sleep(0.002)
    except InputError as exc:
        assert str(exc).startswith("ledger.txt: used more than 40 MB of memory") and "--max-memory" in str(exc)
    else:
        raise AssertionError("the budget did not stop the work")
    assert 40 <= len(hoard) < 400 and time.monotonic() - started < 30


def test_the_memory_limit_is_checked_between_components():
    nlp = spacy.blank("en")
    hoard = []

    @spacy.Language.component("hoarder_for_test")
    def hoarder(doc):
        hoard.extend(_fresh_megabyte() for _ in range(60))
        return doc

    nlp.add_pipe("hoarder_for_test")
    deadline = Deadline(None, "ledger.txt", megabytes=30)
    try:
        run_pipeline(nlp, nlp.make_doc("hello"), deadline)
    except InputError as exc:
        assert "ledger.txt: used more than 30 MB" in str(exc)
    else:
        raise AssertionError("the memory limit was not checked")


def test_the_limits_are_settings_of_the_component_and_bind_it():
    limits = FocusLimits(max_passage_tokens=40, max_sentence_tokens=10)
    sentences = [(0, 25), (25, 60), (60, 75)]
    passages = _passages(None, sentences, [True, True, True], limits)
    assert all(b - a <= 40 for a, b in passages) and len(passages) > 1
    assert [i for i, f in enumerate(_bound_sentences([False] * 75, sentences, limits)) if f] == [10, 20, 35, 45, 55, 70]


def test_a_limit_below_one_is_a_clear_error():
    import pytest

    with pytest.raises(ValueError, match=r"limits\.batch_tokens"):
        FocusLimits(batch_tokens=0)

