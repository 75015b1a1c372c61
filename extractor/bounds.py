"""Bounding the work one file can cost: tokenizing long runs in pieces, and a budget of time and memory.

spaCy's tokenizer strips prefixes and suffixes from a whitespace-free stretch one
match at a time, each match scanning the rest of the stretch, so a run of 20,000
colons costs the square of its length. Cutting such a run into pieces before
tokenizing keeps the cost linear and the text exactly as it was (every offset still
indexes it); only where a piece ends is a token boundary forced. The budget (seconds and
megabytes per file) is the backstop for whatever else grows faster than the text.
"""
from __future__ import annotations

import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

try:
    import resource
except ImportError:  # Windows: neither /proc nor getrusage, and no memory bound (``resident_bytes``)
    resource = None  # type: ignore[assignment]

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

#: Megabytes one file may add to its process's resident memory by default (``Options.max_memory``,
#: ``--max-memory``): a 2 MB briefing, the largest read by default, adds well under a gigabyte.
DEFAULT_MAX_MEMORY = 2048.0

#: Seconds between two looks at the process's resident memory while a file is extracted.
MEMORY_PERIOD = 0.05

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
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    # ``from_docs`` starts a sentence at each piece: where a piece ends is a token boundary, not a sentence's
    # (a sentence cut after a 300-digit number lost its "trillion dollars").
    at = 0
    for piece in docs[:-1]:
        at += len(piece)
        if at < len(doc):
            doc[at].is_sent_start = None
    return keep_text(doc, text)


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
            if cut == end:  # the rest is one stretch of letters and digits: it ends the run, with its space
                break
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
def time_budget(seconds: float | None, source: str, megabytes: float | None = None) -> Iterator[Deadline]:
    """A budget for one file's work: ``InputError`` naming the file when it takes longer than ``seconds`` or
    adds more than ``megabytes`` to the process's resident memory.

    In the main thread (the command line, each worker process) a timer signal interrupts the work
    when the time is up, and a thread watching the memory sends the same signal when it is over;
    elsewhere the work is checked between pipeline components (``Deadline.check``). The alarm raises
    at most once, and only while armed, so that however early or late it fires (a limit of a
    microsecond) it ends as that ``InputError``. Work inside one call into compiled code (a model
    over one batch) is stopped when the call returns.
    """
    deadline = Deadline(seconds, source, megabytes)
    use_alarm = (bool(seconds) or deadline.memory is not None) and hasattr(signal, "setitimer") \
        and threading.current_thread() is threading.main_thread()
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
                if seconds:
                    signal.setitimer(signal.ITIMER_REAL, min(seconds, _LONGEST_TIMER))
            if deadline.memory is not None:
                deadline.memory.start(threading.main_thread().ident if use_alarm else None)
            yield deadline
        finally:
            armed[0] = False
            if deadline.memory is not None:
                deadline.memory.stop()
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _Overrun:
        raise deadline.error() from None
    finally:
        if previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def resident_bytes() -> int | None:
    """The process's resident memory now (Linux), else its peak so far; None where neither can be read."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    if resource is None:
        return None
    try:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except OSError:
        return None
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


class MemoryWatch:
    """A thread that looks at the process's resident memory every ``MEMORY_PERIOD`` seconds and marks the
    work over when it has grown by more than ``megabytes`` since the watch began (signalling the thread
    given, the main thread, so that its work stops at once)."""

    def __init__(self, megabytes: float) -> None:
        self.megabytes = megabytes
        self.over = False
        self._base = resident_bytes()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, interrupt: int | None) -> None:
        if self._base is None:  # nothing to measure on this system: no memory bound
            return
        self._thread = threading.Thread(target=self._watch, args=(interrupt,), name="memory-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    def check(self) -> bool:
        """Whether the work is over its memory now (also looked at between pipeline components)."""
        if not self.over and self._base is not None:
            now = resident_bytes()
            self.over = now is not None and now - self._base > self.megabytes * 2**20
        return self.over

    def _watch(self, interrupt: int | None) -> None:
        while not self._done.wait(MEMORY_PERIOD):
            if self.check():
                if interrupt is not None:
                    signal.pthread_kill(interrupt, signal.SIGALRM)
                return


class Deadline:
    """When one file's work must end: its time limit, and its memory limit."""

    def __init__(self, seconds: float | None, source: str, megabytes: float | None = None) -> None:
        self.seconds = seconds
        self.source = source
        self.ends = time.monotonic() + min(seconds, _LONGEST_TIMER) if seconds else None
        self.memory = MemoryWatch(megabytes) if megabytes else None

    def check(self) -> None:
        """Raise ``InputError`` when the time is up or the memory is over its limit."""
        if (self.ends is not None and time.monotonic() > self.ends) or (self.memory and self.memory.check()):
            raise self.error()

    def error(self) -> InputError:
        if self.memory is not None and self.memory.over:
            return InputError(self.source, f"used more than {self.memory.megabytes:,.0f} MB of memory, the limit "
                                           "per file; stopped (raise it with --max-memory)")
        return InputError(self.source, f"took more than {self.seconds:g} s, the time limit per file; stopped "
                                       "(raise it with --max-seconds)")


def run_pipeline(nlp: Language, doc: Doc, deadline: Deadline) -> Doc:
    """``nlp(doc)``, checking the deadline between components."""
    for _, component in nlp.pipeline:
        doc = component(doc)
        deadline.check()
    return doc
