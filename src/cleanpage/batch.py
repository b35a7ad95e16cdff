"""Many inputs: one task per input, one outcome per task, in input order.

    Task ──run_clean_task / run_fetch_task──► Outcome (rendered output or one error)

Cleaning runs in worker processes (`workers.budget_map`, which kills and
replaces a worker stuck past the page's time budget), fetching in a thread pool
with at most `PER_HOST_LIMIT` requests at a time to one host (`ordered_map`,
also the Dask path's). Both keep a bounded window of tasks in flight and yield
results in input order, so 100,000 inputs stream through in bounded memory. `article_record` / `error_record` build the JSON records
that the jsonl writer, the WARC path and the Dask path all share.

Heavy imports (process pools, the cleaning pipeline) happen inside functions so
that `import cleanpage.cli` stays fast.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import urlsplit

from .errors import CleanpageError, InputError, NoContentError, TimeLimitError
from .model import JSON_FIELDS, Article, Options, Removal, replaced

if TYPE_CHECKING:
    from .client import Client

T = TypeVar("T")
R = TypeVar("R")

# Tasks sent to a worker process at once: enough to amortise pickling and the
# round trip (~0.1 ms each), few enough that the two workers stay balanced on
# a batch of ~200 pages of very different sizes.
CHUNK_SIZE = 4
# Chunks in flight per worker: keeps every worker busy while the main process
# writes results, and bounds memory (results wait at most this many chunks).
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# Politeness: concurrent requests to one host (RFC 9110 asks for "a few").
PER_HOST_LIMIT = 2


@dataclass(frozen=True, slots=True)
class Task:
    """One input: a file to read, bytes in hand, or a URL; or an error found early."""

    source: str  # as the user gave it: path, "-", URL, or a WARC record's target URI
    path: str | None = None  # file read by the worker (not pickled twice)
    data: bytes | None = None  # payload already in memory (stdin, WARC)
    url: str | None = None  # base URL of the document, or the URL to fetch
    content_type: str | None = None  # HTTP Content-Type of `data`, for decoding
    date: str | None = None  # fallback date when the page has none (WARC-Date)
    error: CleanpageError | None = None  # the input failed before cleaning (e.g. bad WARC)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one task: output to write, or one error line.

    `error_type` is the CleanpageError subclass of a failure, None for a bug
    (an internal error); the CLI turns it into an exit code."""

    source: str
    output: str | None = None
    error: str | None = None
    error_type: type[CleanpageError] | None = None
    removals: tuple[Removal, ...] = ()
    detail: str | None = None  # the traceback of the error, shown with -v
    notes: tuple[str, ...] = ()  # e.g. a site rule that matched nothing, shown with -v
    found: dict[str, Any] | None = None  # a failed page's url, title, byline, date ... (NoContentError)

    @property
    def ok(self) -> bool:
        return self.error is None


class Executor(Protocol):
    """What ordered_map needs: concurrent.futures executors and dask Clients both fit."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any: ...


# ----------------------------------------------------------------- records


def error_record(source: str, message: str, found: dict[str, Any] | None = None) -> dict[str, Any]:
    """The record of a failed input: `source`, what the page said about itself (url, title,
    byline, date ... when it was read but held no article), `error`; every other field null."""
    record: dict[str, Any] = dict.fromkeys(JSON_FIELDS)
    record.update((key, value) for key, value in (found or {}).items() if key in record)
    record["source"] = source
    record["error"] = message
    return record


def outcome_record(outcome: Outcome) -> dict[str, Any]:
    """The error record of a failed outcome."""
    return error_record(outcome.source, outcome.error or "", outcome.found)


def record_line(record: dict[str, Any]) -> str:
    """One jsonl line, by the one jsonl encoder (serialize.jsonfmt)."""
    from .serialize import record_line as encode

    return encode(record)


# ----------------------------------------------------------------- one task


def read_file(path: str) -> bytes:
    """The bytes of a file; any OS error becomes an InputError."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}") from exc


def clean_task(task: Task, options: Options) -> Article:
    """Clean one task into an Article whose source is the task's source."""
    from .api import clean

    data = task.data if task.data is not None else read_file(task.path or task.source)
    try:
        article = clean(data, url=task.url, content_type=task.content_type, options=options)
    except NoContentError as exc:
        if task.date and not exc.found.get("date"):
            exc.found["date"] = task.date
        raise
    return replaced(article, source=task.source, date=article.date or task.date)


def task_record(task: Task, options: Options) -> dict[str, Any]:
    """The JSON record of one task, an error record if it fails (Dask, jsonl)."""
    outcome = run_clean_task(task, fmt="jsonl", options=options)
    return json.loads(outcome.output) if outcome.ok else outcome_record(outcome)


def render_output(article: Article, fmt: str, options: Options) -> str:
    """The text written for one article in format `fmt`."""
    from .serialize import render

    return render(article, fmt, options=options)


def run_clean_task(task: Task, fmt: str, options: Options) -> Outcome:
    """Clean and render one task; every failure becomes an error Outcome."""
    if task.error is not None:
        return Outcome(task.source, error=task.error.message, error_type=type(task.error))
    return guarded(task.source, lambda: clean_task(task, options), fmt, options)


def guarded(source: str, work: Callable[[], Article | str], fmt: str, options: Options) -> Outcome:
    """Run `work`; an Article is rendered, a str (raw HTML) passed through, errors caught."""
    try:
        result = work()
        if isinstance(result, str):
            return Outcome(source, output=result)
        return Outcome(source, output=render_output(result, fmt, options), removals=result.removals,
                       notes=result.notes)
    except CleanpageError as exc:
        import traceback  # here: a page that cleans needs none (traceback loads textwrap and a pattern)

        return Outcome(source, error=exc.message, error_type=type(exc), detail=traceback.format_exc(),
                       removals=tuple(getattr(exc, "removals", ())), found=getattr(exc, "found", None))
    except Exception as exc:  # a bug: one error line, the traceback kept for -v
        import traceback

        message = f"internal error: {type(exc).__name__}: {exc}"
        return Outcome(source, error=message, detail=traceback.format_exc())


# ----------------------------------------------------------------- fetching


class HostGate:
    """At most `limit` requests at a time to one host, and `delay` s between their starts
    (more for a host whose robots.txt asks for it: `at_least`)."""

    def __init__(self, limit: int = PER_HOST_LIMIT, delay: float = 0.0) -> None:
        self._limit = limit
        self._delay = delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}

    def at_least(self, url: str, delay: float) -> None:
        """Space the requests to this URL's host by at least `delay` seconds."""
        host = urlsplit(url).netloc.lower()
        with self._lock:
            before = max(self._delay, self._host_delay.get(host, 0.0))
            self._host_delay[host] = max(delay, self._host_delay.get(host, 0.0))
            if host in self._next_start and delay > before:  # the request already started counts too
                self._next_start[host] += delay - before

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self._limit))
        with semaphore:
            self._wait_turn(host)
            yield

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + max(self._delay, self._host_delay.get(host, 0.0))
        if start > now:
            time.sleep(start - now)


def fetch_task(task: Task, fmt: str, options: Options, client: Client, raw: bool) -> Article | str:
    """Fetch one URL (robots.txt, the host's turn, the cache: client.Client) and clean it,
    or return its HTML when `raw`. A page the cache holds and the server confirmed
    unchanged (304) is not cleaned again: the output made of it last time is returned."""
    from .api import clean_fetched, fetched_text
    from .fetching import require_html

    url = task.url or task.source
    page = client.get(url, html_only=True)
    cache, key = client.cache, output_key(task, fmt, options)
    if cache is not None and page.status == 304 and not (options.explain or raw):
        output = cache.load_output(page, key)
        if output is not None:
            return output  # made of this very body, already checked and cleaned then
    require_html(page, url)
    if raw:
        return fetched_text(page, task.source)
    article = replaced(clean_fetched(page, task.source, options), source=task.source)
    if cache is None or options.explain:
        return article
    output = render_output(article, fmt, options)
    cache.store_output(page, key, output)
    return output


def output_key(task: Task, fmt: str, options: Options) -> str:
    """Everything besides the page that shapes its output: version, format, options, source."""
    from .version import __version__

    return f"{__version__}\n{fmt}\n{options!r}\n{task.source}"


def run_fetch_task(task: Task, fmt: str, options: Options, client: Client, raw: bool) -> Outcome:
    if task.error is not None:  # a sitemap or feed that failed: its own record
        return Outcome(task.source, error=task.error.message, error_type=type(task.error))
    return guarded(task.source, lambda: fetch_task(task, fmt, options, client, raw), fmt, options)


# ----------------------------------------------------------------- ordered maps


def map_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    """Run `fn` over one chunk in a worker (module level, so it pickles)."""
    return [fn(item) for item in chunk]


def ordered_map(fn: Callable[[T], R], items: Iterable[T], executor: Executor, *,
                chunk_size: int, window: int) -> Iterator[R]:
    """`map(fn, items)` on `executor`, in input order, at most `window` chunks in flight."""
    pending: deque[Any] = deque()
    iterator = iter(items)
    while chunk := list(islice(iterator, chunk_size)):
        pending.append(executor.submit(map_chunk, fn, chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def clean_all(tasks: Iterable[Task], fmt: str, options: Options, jobs: int) -> Iterator[Outcome]:
    """Clean every task, in order: in this process when jobs == 1, else in worker processes.

    With a time budget (`options.time_limit`) cleaning always runs in worker
    processes (one at least), so that a page stuck past its budget can be
    stopped: its worker is killed and replaced (workers.budget_map).
    """
    work = partial(run_clean_task, fmt=fmt, options=options)
    if jobs <= 1 and options.time_limit is None:
        yield from map(work, tasks)
        return
    from .workers import budget_map

    warm_up()  # forked workers inherit the loaded pipeline instead of each loading it
    yield from budget_map(work, tasks, workers=jobs, seconds=options.time_limit,
                          on_timeout=partial(timed_out, limit=options.time_limit), on_crash=crashed,
                          chunk_size=CHUNK_SIZE, window=jobs * CHUNKS_IN_FLIGHT_PER_WORKER * CHUNK_SIZE)


def timed_out(task: Task, limit: float | None) -> Outcome:
    """The outcome of a task whose worker was killed past the time budget."""
    error = TimeLimitError.for_budget(limit or 0.0)
    return Outcome(task.source, error=error.message, error_type=TimeLimitError)


def crashed(task: Task) -> Outcome:
    """The outcome of a task whose worker process died (a crash, the OOM killer)."""
    return Outcome(task.source, error="internal error: the worker process cleaning this input died")


def warm_up() -> None:
    """Import the pipeline and compile its common patterns by cleaning a small page.

    Run before a pool forks its workers, so that each worker starts with them
    (on platforms that spawn workers instead, it costs one small page).
    """
    import gc

    from .api import clean
    from .serialize import render

    render(clean(WARM_UP_PAGE), "markdown")
    gc.freeze()  # workers share these objects copy-on-write: keep the collector off them


WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Warm-up</h1>"
    + "<p>“A sentence with a quote, a comma and enough words to be read as prose,” she said.</p>" * 3
    + "<p>Advertisement</p></article><footer>Footer</footer></body></html>"
)


def fetch_all(tasks: Iterable[Task], fmt: str, options: Options, *, jobs: int,
              delay: float = 0.0, raw: bool = False, client: Client | None = None) -> Iterator[Outcome]:
    """Fetch and clean every task in a thread pool, in order, politely per host
    (through `client`; by default one that honours robots.txt and caches nothing)."""
    from concurrent.futures import ThreadPoolExecutor

    from .client import Client

    client = client or Client(options, delay=delay)
    work = partial(run_fetch_task, fmt=fmt, options=options, client=client, raw=raw)
    pool = ThreadPoolExecutor(max_workers=max(1, jobs))
    try:
        yield from ordered_map(work, tasks, pool, chunk_size=1, window=max(1, jobs) * 2)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def default_jobs() -> int:
    """The cores this process may run on (the affinity mask, not the machine's count)."""
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity mask
        return os.cpu_count() or 1
