"""Worker processes with a time budget per item: a worker stuck past it is killed and replaced.

    for result in budget_map(fn, items, workers=4, seconds=60, on_timeout=..., on_crash=...):
        ...   # fn(item) for every item, in input order

concurrent.futures' process pool can't stop one running task, and a page that
holds libxml2 in a loop never returns to Python to notice a deadline. Here each
worker gets a chunk of items at a time (only when idle, so neither side ever
blocks writing to the other) and sends back each result as it finishes, so the
parent knows when each item started: when the result before it arrived. An item
still running `seconds` + GRACE_SECONDS after it started gets its worker killed
(SIGKILL: a C library in a loop ignores anything gentler); its result is
`on_timeout(item)`, the items queued behind it go back in the queue, and a
fresh worker takes the dead one's place. A worker that dies on its own (a
crash, the OOM killer) is replaced the same way, with `on_crash(item)`.

Results come out in input order with at most `window` items between the
oldest unfinished one and the newest sent, so any number of items runs in
bounded memory.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Past its budget, an item gets this long to stop on its own (cleanpage checks
# the budget between stages and then returns a normal error) before its worker
# is killed.
GRACE_SECONDS = 1.0


@dataclass
class _Raised:
    """An exception `fn` raised in a worker, re-raised in the parent."""

    error: BaseException


@dataclass
class _Worker(Generic[T]):
    process: BaseProcess
    conn: Connection
    queue: deque[tuple[int, T]] = field(default_factory=deque)  # sent, unanswered; the head runs
    started: float = 0.0  # when the head item started


def budget_map(fn: Callable[[T], R], items: Iterable[T], *, workers: int, seconds: float | None,
               on_timeout: Callable[[T], R], on_crash: Callable[[T], R],
               chunk_size: int = 1, window: int = 16) -> Iterator[R]:
    """`map(fn, items)` in `workers` processes, in order; no item runs much past `seconds`."""
    pool = _Pool(fn, workers)
    try:
        yield from pool.run(iter(enumerate(items)), seconds, on_timeout, on_crash, chunk_size, max(window, 1))
    finally:  # also on an early stop (an error, ^C, a closed pipe): no worker outlives the map
        pool.close()


def _serve(conn: Connection, fn: Callable[[Any], Any]) -> None:
    """A worker's life: run `fn` on each item of each chunk received, sending each result."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # ^C is the parent's to handle
    while (chunk := conn.recv()) is not None:
        for index, item in chunk:
            try:
                result = fn(item)
            except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
                result = _Raised(exc)
            conn.send((index, result))


class _Pool(Generic[T, R]):
    def __init__(self, fn: Callable[[T], R], workers: int) -> None:
        self.fn = fn
        self.context = multiprocessing.get_context()
        self.workers = [self._start() for _ in range(max(1, workers))]

    def _start(self) -> _Worker[T]:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child, self.fn), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, source: Iterator[tuple[int, T]], seconds: float | None, on_timeout: Callable[[T], R],
            on_crash: Callable[[T], R], chunk_size: int, window: int) -> Iterator[R]:
        retry: deque[tuple[int, T]] = deque()  # items of a killed worker, sent again first
        results: dict[int, R] = {}
        sent = done = 0  # items taken from `source`; items yielded
        exhausted = False
        while True:
            for worker in self.workers:
                if worker.queue:
                    continue
                chunk = [retry.popleft() for _ in range(min(chunk_size, len(retry)))]
                while len(chunk) < chunk_size and not exhausted and sent - done < window:
                    job = next(source, None)
                    exhausted = job is None
                    if job is not None:
                        chunk.append(job)
                        sent += 1
                if chunk:
                    if not worker.process.is_alive():  # died while idle (the OOM killer): a fresh one
                        self._renew(worker)
                    worker.conn.send(chunk)
                    worker.queue.extend(chunk)
                    worker.started = time.monotonic()
            while done in results:
                yield results.pop(done)
                done += 1
            busy = [worker for worker in self.workers if worker.queue]
            if not busy:
                if exhausted and not retry:
                    return
                continue
            self._wait(busy, seconds)
            for worker in busy:
                self._collect(worker, results)
                if worker.queue and not worker.process.is_alive():
                    self._replace(worker, results, retry, on_crash)
                elif worker.queue and _overdue(worker, seconds):
                    worker.process.kill()
                    self._replace(worker, results, retry, on_timeout)

    def _wait(self, busy: list[_Worker[T]], seconds: float | None) -> None:
        """Until a result arrives, a worker dies or the first deadline passes."""
        timeout = None
        if seconds is not None:
            first = min(worker.started for worker in busy) + seconds + GRACE_SECONDS
            timeout = max(0.0, first - time.monotonic())
        wait([worker.conn for worker in busy] + [worker.process.sentinel for worker in busy], timeout)

    def _collect(self, worker: _Worker[T], results: dict[int, R]) -> None:
        """Every result the worker has sent (even one that died or ran late after sending it)."""
        try:
            while worker.queue and worker.conn.poll():
                index, result = worker.conn.recv()
                worker.queue.popleft()
                worker.started = time.monotonic()
                if isinstance(result, _Raised):
                    raise result.error
                results[index] = result
        except (EOFError, OSError):  # it died mid-message: _replace handles it
            return

    def _replace(self, worker: _Worker[T], results: dict[int, R], retry: deque[tuple[int, T]],
                 verdict: Callable[[T], R]) -> None:
        """The worker's head item gets `verdict`, the rest go back in the queue; a fresh worker starts."""
        index, item = worker.queue.popleft()
        results[index] = verdict(item)
        retry.extendleft(reversed(worker.queue))
        self._renew(worker)

    def _renew(self, worker: _Worker[T]) -> None:
        """A fresh process in the place of a dead one."""
        worker.process.join()
        worker.conn.close()
        fresh = self._start()
        worker.process, worker.conn, worker.queue = fresh.process, fresh.conn, deque()

    def close(self) -> None:
        for worker in self.workers:
            if worker.queue:  # still working on an item nobody will read: stop it now
                worker.process.kill()
            else:
                try:
                    worker.conn.send(None)
                except OSError:
                    worker.process.kill()
        for worker in self.workers:
            worker.process.join()
            worker.conn.close()


def _overdue(worker: _Worker[Any], seconds: float | None) -> bool:
    return seconds is not None and time.monotonic() - worker.started > seconds + GRACE_SECONDS
