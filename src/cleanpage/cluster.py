"""Dask: cleaning on a cluster (the `cleanpage[dask]` extra).

    import dask.bag as db
    from cleanpage.cluster import clean_bag
    records = clean_bag(db.from_sequence([{"html": b"<html>...", "url": "https://..."}]))
    records.compute()   # [{"source": ..., "url": ..., "title": ..., ...}, ...]

The records are the very dicts `cleanpage ... -f jsonl` writes (`batch.task_record`),
so a cluster run and a single-process run agree record for record. The CLI's
`--dask ADDRESS` sends the same chunks `batch.ordered_map` sends to a process pool
to a `distributed.Client` instead. Dask is imported only here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from .batch import CHUNK_SIZE, CHUNKS_IN_FLIGHT_PER_WORKER, Outcome, Task, ordered_map, run_clean_task, task_record
from .errors import ClusterError, first_line
from .model import Options

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
    with LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster, Client(cluster) as client:
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
        yield from ordered_map(work, tasks, client, chunk_size=CHUNK_SIZE, window=window)
