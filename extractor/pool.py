"""Worker processes that die with their parent and lose nothing but their own file.

``concurrent.futures.ProcessPoolExecutor`` breaks as a whole when one worker dies
(every pending result is lost to ``BrokenProcessPool``) and leaves its workers
running when the parent is killed. Here each worker has its own pipe and takes one
item at a time, so the parent always knows which item a dead worker held: that item
is tried once more on a fresh worker, then reported through ``on_lost``; every other
result is kept. Workers ask the kernel to kill them when the parent dies (Linux), and
leave when their pipe closes (everywhere), so none outlives the run. A worker that holds
one item longer than ``item_seconds`` (stopped with SIGSTOP, stuck where its own time
limit cannot reach) is killed and its item reported, not tried again.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, cast

from .errors import ExtractorError

#: How many times an item is tried on a fresh worker after the first worker holding it died.
RETRIES = 1


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent exits (Linux); leave now if it already has."""
    if sys.platform.startswith("linux"):
        import ctypes

        # Without prctl the closed pipe still ends the worker between items.
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)


def _worker_main(conn: Connection, parent: int, initializer: Callable[..., Any] | None, initargs: tuple,
                 function: Callable[[Any], Any]) -> None:
    _die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the parent alone reports it and stops the workers. A forked
    # worker would also inherit the parent's SIGTERM handler: it simply ends instead.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        if initializer is not None:
            initializer(*initargs)
    except BaseException as exc:  # noqa: BLE001  reported to the parent, which stops the run with it
        conn.send(("init-error", f"{exc}" if isinstance(exc, ExtractorError) else f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):  # the parent has gone
            return
        if item is None:
            return
        conn.send(("result", function(item)))


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: Connection
    task: tuple[int, Any] | None = None
    ready: bool = False
    #: When the worker took its task (``time.monotonic``).
    since: float = 0.0


def _describe(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class WorkerPool:
    """Run ``function`` on items in ``jobs`` processes, yielding results in the items' order.

    Args:
        jobs: Worker processes.
        function: Called in a worker on each item; must not raise (return an error value instead).
        on_lost: Called in the parent with an item whose workers died ``1 + RETRIES`` times and how the
            last one died; its return value stands in for the item's result.
        initializer: Called once in each worker before any item (e.g. to load a model).
        item_seconds: A worker that holds one item longer is killed and the item given to ``on_lost``
            (None: no limit).
    """

    def __init__(self, jobs: int, function: Callable[[Any], Any], on_lost: Callable[[Any, str], Any], *,
                 initializer: Callable[..., Any] | None = None, initargs: tuple = (),
                 item_seconds: float | None = None) -> None:
        self.jobs = max(1, jobs)
        self.function = function
        self.on_lost = on_lost
        self.initializer = initializer
        self.initargs = initargs
        self.item_seconds = item_seconds
        self._context = multiprocessing.get_context()
        self._startup_deaths = 0

    def _start(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(child_end, os.getpid(), self.initializer, self.initargs, self.function),
            daemon=True,
        )
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def map(self, items: Iterable[Any]) -> Generator[Any, None, None]:
        """The results of ``function`` on each item, in order; lost items give ``on_lost``'s value."""
        pending = deque(enumerate(items))
        total = len(pending)
        if not total:
            return
        workers = [self._start() for _ in range(min(self.jobs, total))]
        tries: dict[int, int] = {}
        done: dict[int, Any] = {}
        emitted = 0
        try:
            while emitted < total:
                self._assign(workers, pending)
                self._collect(workers, pending, tries, done)
                while emitted in done:
                    yield done.pop(emitted)
                    emitted += 1
        finally:
            self._stop(workers)

    @staticmethod
    def _assign(workers: list[_Worker], pending: deque) -> None:
        for w in workers:
            if w.ready and w.task is None and pending:
                w.task = pending.popleft()
                w.since = time.monotonic()
                w.conn.send(w.task[1])

    def _collect(self, workers: list[_Worker], pending: deque, tries: dict[int, int], done: dict[int, Any]) -> None:
        waiting = {w.conn: w for w in workers} | {w.process.sentinel: w for w in workers}
        for ready in wait(list(waiting), timeout=self._time_left(workers)):
            # ``wait`` returns some of the handles it was given: a worker's pipe or its process's sentinel.
            w = waiting[cast("Connection | int", ready)]
            if w not in workers:  # already replaced through its other handle
                continue
            message = None
            try:
                if w.conn.poll():
                    message = w.conn.recv()
            except (EOFError, OSError):
                message = None
            if message is None:
                if w.process.is_alive() and ready is w.conn:
                    continue
                self._lost(w, workers, pending, tries, done)
            elif message[0] == "init-error":
                raise ExtractorError(message[1])
            elif message[0] == "ready":
                w.ready = True
            else:
                assert w.task is not None  # a result answers the item the worker was sent
                index, _ = w.task
                done[index] = message[1]
                w.task = None
        self._stop_overdue(workers, pending, tries, done)

    def _time_left(self, workers: list[_Worker]) -> float | None:
        """Seconds until the first busy worker is overdue (None: no limit, or none is busy)."""
        busy = [w.since for w in workers if w.task is not None]
        if self.item_seconds is None or not busy:
            return None
        return max(0.0, min(busy) + self.item_seconds - time.monotonic())

    def _stop_overdue(self, workers: list[_Worker], pending: deque, tries: dict[int, int],
                      done: dict[int, Any]) -> None:
        """Kill each worker that has held its item too long; its item is reported, not tried again."""
        if self.item_seconds is None:
            return
        now = time.monotonic()
        overdue = [(w, w.task) for w in workers if w.task is not None and now - w.since > self.item_seconds]
        for w, task in overdue:
            w.process.kill()
            tries[task[0]] = RETRIES
            self._lost(w, workers, pending, tries, done,
                       how=f"no answer after {self.item_seconds:g} s, killed")

    def _lost(self, w: _Worker, workers: list[_Worker], pending: deque, tries: dict[int, int],
              done: dict[int, Any], how: str | None = None) -> None:
        """A worker died: retry its item on a fresh worker (once), or give up on the item alone."""
        w.process.join(5)
        retried = how is None
        how = how or _describe(w.process.exitcode)
        w.conn.close()
        workers.remove(w)
        if w.task is None and not w.ready:
            self._startup_deaths += 1
            if self._startup_deaths > 2 * self.jobs:
                raise ExtractorError(f"the worker processes keep dying at start-up ({how})")
        if w.task is not None:
            index, item = w.task
            tries[index] = tries.get(index, 0) + 1
            if tries[index] > RETRIES:
                done[index] = self.on_lost(item, f"{how}, also when tried again" if retried else how)
            else:
                pending.appendleft(w.task)
        if pending:
            workers.append(self._start())

    @staticmethod
    def _stop(workers: list[_Worker]) -> None:
        for w in workers:
            with contextlib.suppress(OSError):
                w.conn.send(None)
        for w in workers:
            w.process.join(2)
            if w.process.is_alive():
                w.process.kill()
                w.process.join(2)
            w.conn.close()
