"""Dask: cleaning on a cluster (the `cleanpage[dask]` extra).

    import dask.bag as db
    from cleanpage.cluster import clean_bag
    records = clean_bag(db.from_sequence([{"html": b"<html>...", "url": "https://..."}]))
    records.compute()   # [{"source": ..., "url": ..., "title": ..., ...}, ...]

The records are the very dicts `cleanpage ... -f jsonl` writes (`batch.task_record`),
so a cluster run and a single-process run agree record for record. The CLI's
`--dask ADDRESS` sends chunks of tasks to a `distributed.Client` with
`batch.ordered_map`, or, with a time budget per page, with `budgeted_map`: the
workers check the budget between stages, and a chunk still running past its
pages' budgets (plus GRACE_SECONDS) from when the scheduler first showed it
processing gets its worker restarted through the worker's nanny (a thread
stuck in C can't be stopped otherwise). The worker is asked first which page
of the chunk it is on: that page becomes an error record, the others are sent
again. Dask is imported only here.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from .batch import (CHUNK_SIZE, CHUNKS_IN_FLIGHT_PER_WORKER, Outcome, Task, ordered_map, run_clean_task, task_record,
                    timed_out)
from .errors import ClusterError, first_line
from .model import Options
from .workers import GRACE_SECONDS

if TYPE_CHECKING:
    import dask.bag
    import distributed

# `--dask local`: a small cluster on this machine, reachable only from it.
LOCAL_ADDRESS = "local"
LOCAL_WORKERS = 2
# Chunks in flight when the worker count is unknown up front.
MIN_WINDOW = 8
# Seconds to reach a scheduler: a live one answers in milliseconds, and Dask's own
# default (30 s of retries) leaves a mistyped address looking like a hang.
SCHEDULER_CONNECT_SECONDS = 5
# How often a budgeted run asks the scheduler which chunks are running.
POLL_SECONDS = 0.25
# In a Dask worker: the key of each chunk task running -> the index of the page it is on.
_RUNNING: dict[str, int] = {}


def task_from_mapping(item: Mapping[str, Any]) -> Task:
    """A Task from a record dict: "html" or "content" (bytes or str), "url", optional "date"."""
    body = item.get("html", item.get("content"))
    data = body.encode("utf-8") if isinstance(body, str) else body
    url = item.get("url")
    source = item.get("source") or url or ""
    return Task(source=source, data=data, url=url, content_type=item.get("content_type"),
                date=item.get("date"))


def clean_record(item: Mapping[str, Any], options: Options | None = None) -> dict[str, Any]:
    """Clean one record dict into its JSON record (an error record when it fails)."""
    return task_record(task_from_mapping(item), options or Options())


def clean_bag(bag: dask.bag.Bag, options: Options | None = None) -> dask.bag.Bag:
    """Map cleaning over a bag of record dicts; returns a bag of JSON-ready records."""
    return bag.map(clean_record, options=options or Options())


@contextmanager
def connect(address: str) -> Iterator[distributed.Client]:
    """A Client of the scheduler at `address`, or of a local 2-worker cluster for "local"."""
    from distributed import Client, LocalCluster

    if address != LOCAL_ADDRESS:
        with _client(address) as client:
            yield client
        return
    # silence_logs: a worker restarted past a page's budget is expected, not worth a warning
    with LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def _client(address: str) -> distributed.Client:
    """A Client of a remote scheduler; a scheduler that cannot be reached is a ClusterError."""
    from distributed import Client

    try:
        return Client(address, timeout=SCHEDULER_CONNECT_SECONDS)
    except (OSError, ValueError, TypeError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({first_line(exc)})") from exc


def clean_on_cluster(tasks: Iterable[Task], fmt: str, options: Options, address: str) -> Iterator[Outcome]:
    """Clean every task on a Dask cluster, in input order, with a bounded window."""
    work = partial(run_clean_task, fmt=fmt, options=options)
    with connect(address) as client:
        workers = len(client.scheduler_info().get("workers", {}))
        window = max(MIN_WINDOW, workers * CHUNKS_IN_FLIGHT_PER_WORKER)
        if options.time_limit is None:
            yield from ordered_map(work, tasks, client, chunk_size=CHUNK_SIZE, window=window)
        else:
            yield from budgeted_map(client, work, tasks, options.time_limit, window)


def budgeted_map(client: distributed.Client, work: Callable[[Task], Outcome], tasks: Iterable[Task],
                 seconds: float, window: int) -> Iterator[Outcome]:
    """`ordered_map` on the cluster, where a chunk stuck past its budget restarts its worker."""
    pending: deque[tuple[Any, list[Task]]] = deque()
    iterator = iter(tasks)
    while chunk := list(islice(iterator, CHUNK_SIZE)):
        pending.append((client.submit(_clean_chunk, work, chunk), chunk))
        if len(pending) >= window:
            yield from _chunk_outcomes(client, work, *pending.popleft(), seconds)
    while pending:
        yield from _chunk_outcomes(client, work, *pending.popleft(), seconds)


def _clean_chunk(work: Callable[[Task], Outcome], chunk: list[Task]) -> list[Outcome]:
    """map_chunk in a Dask worker, noting which page it is on (for `_page_running`)."""
    from distributed import get_worker

    key = get_worker().get_current_task()
    try:
        outcomes = []
        for index, task in enumerate(chunk):
            _RUNNING[key] = index
            outcomes.append(work(task))
        return outcomes
    finally:
        _RUNNING.pop(key, None)


def _page_running(key: str) -> int | None:
    """Run on a worker (Client.run, on its event loop): the page the chunk task `key` is on."""
    return _RUNNING.get(key)


def _chunk_outcomes(client: distributed.Client, work: Callable[[Task], Outcome], future: Any,
                    chunk: list[Task], seconds: float) -> list[Outcome]:
    """The chunk's outcomes; past its budget, its stuck page is an error and its worker restarts."""
    from distributed import TimeoutError as DaskTimeoutError

    running_since: float | None = None
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except (TimeoutError, DaskTimeoutError):
            pass
        workers = [worker for worker, keys in client.processing().items() if future.key in keys]
        now = time.monotonic()
        running_since = running_since or (now if workers else None)
        if running_since is not None and now - running_since > seconds * len(chunk) + GRACE_SECONDS:
            break
    stuck = next((i for i in client.run(_page_running, future.key, workers=workers).values() if i is not None), 0)
    future.cancel()
    client.restart_workers(workers)
    before, after = chunk[:stuck], chunk[stuck + 1:]
    return [*_resent(client, work, before, seconds), timed_out(chunk[stuck], seconds),
            *_resent(client, work, after, seconds)]


def _resent(client: distributed.Client, work: Callable[[Task], Outcome], chunk: list[Task],
            seconds: float) -> list[Outcome]:
    if not chunk:
        return []
    return _chunk_outcomes(client, work, client.submit(_clean_chunk, work, chunk, pure=False), chunk, seconds)
