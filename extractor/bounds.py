"""Bounding the work one file can cost: tokenizing long runs in pieces, and a time budget.

spaCy's tokenizer strips prefixes and suffixes from a whitespace-free stretch one
match at a time, each match scanning the rest of the stretch, so a run of 20,000
colons costs the square of its length. Cutting such a run into pieces before
tokenizing keeps the cost linear and the text exactly as it was (every offset still
indexes it); only where a piece ends is a token boundary forced. The time budget is
the backstop for whatever else grows faster than the text.
"""
from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError
from .pipeline.parsed import keep_text

#: Whitespace-free stretches longer than this are tokenized in pieces of this length. Longer than
#: any word, number or web address in a briefing, so ordinary text is tokenized exactly as before.
MAX_RUN = 256

#: Seconds one file may take by default (``Options.max_seconds``, ``--max-seconds``): the longest
#: briefing seen takes some 10 s on a slow machine.
DEFAULT_MAX_SECONDS = 300.0

#: Seconds a worker process is given past the time limit per file to stop itself and send its answer,
#: before the parent kills it (``pool.WorkerPool``'s ``item_seconds``): a worker stopped (SIGSTOP) or stuck
#: where its own timer cannot reach would otherwise hold the run forever.
WORKER_GRACE = 10.0

_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, with whitespace-free runs over ``MAX_RUN`` characters tokenized in pieces."""
    if _LONG_RUN.search(text) is None:
        return keep_text(nlp.make_doc(text), text)
    docs = [nlp.make_doc(piece) for piece in _pieces(text) if piece]
    return keep_text(Doc.from_docs(docs, ensure_whitespace=False), text)


def _pieces(text: str) -> Iterator[str]:
    """The text cut before and inside each long run, so that no piece holds a run over ``MAX_RUN``.

    A cut never falls inside a stretch of letters and digits: a long number stays one token (and
    one figure), and the tokenizer takes such a stretch in one step anyway; it is the punctuation
    it strips one character at a time.
    """
    at = 0
    for m in _LONG_RUN.finditer(text):
        yield text[at : m.start()]
        start, end = m.start(), m.end()
        while end - start > MAX_RUN:
            cut = start + MAX_RUN
            while cut < end and text[cut - 1].isalnum() and text[cut].isalnum():
                cut += 1
            yield text[start:cut]
            start = cut
        # The space after the run stays with it, as the tokenizer would have left it (a token's trailing
        # whitespace): a piece that started with it would get a space token of its own.
        at = end + 1 if text[end : end + 1] == " " else end
        yield text[start:at]
    yield text[at:]


class _Overrun(BaseException):
    """Raised by the alarm inside the work; a BaseException so that no ``except Exception`` swallows it."""


#: Longest time a timer is set for: longer limits (``--max-seconds 1e308``) are no limit in practice, and
#: the system's timers overflow on them.
_LONGEST_TIMER = 1e9


@contextmanager
def time_budget(seconds: float | None, source: str) -> Iterator[Deadline]:
    """A deadline for one file's work; ``InputError`` naming the file when it passes.

    In the main thread (the command line, each worker process) a timer signal interrupts the work
    when the time is up; elsewhere the work is checked between pipeline components
    (``Deadline.check``). The alarm raises at most once, and only while armed, so that however
    early or late it fires (a limit of a microsecond) it ends as that ``InputError``.
    """
    deadline = Deadline(seconds, source)
    use_alarm = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    armed = [False]
    previous = None

    def on_alarm(signum, frame):
        if armed[0]:
            armed[0] = False
            raise _Overrun

    try:
        try:
            if use_alarm:
                previous = signal.signal(signal.SIGALRM, on_alarm)
                armed[0] = True
                signal.setitimer(signal.ITIMER_REAL, min(seconds or 0.0, _LONGEST_TIMER))
            yield deadline
        finally:
            armed[0] = False
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _Overrun:
        raise deadline.error() from None
    finally:
        if previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


class Deadline:
    """When one file's work must end."""

    def __init__(self, seconds: float | None, source: str) -> None:
        self.seconds = seconds
        self.source = source
        self.ends = time.monotonic() + min(seconds, _LONGEST_TIMER) if seconds else None

    def check(self) -> None:
        """Raise ``InputError`` when the time is up."""
        if self.ends is not None and time.monotonic() > self.ends:
            raise self.error()

    def error(self) -> InputError:
        return InputError(self.source, f"took more than {self.seconds:g} s, the time limit per file; stopped "
                                       "(raise it with --max-seconds)")


def run_pipeline(nlp: Language, doc: Doc, deadline: Deadline) -> Doc:
    """``nlp(doc)``, checking the deadline between components."""
    for _, component in nlp.pipeline:
        doc = component(doc)
        deadline.check()
    return doc
