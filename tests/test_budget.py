"""The per-page time budget: Options(time_limit=...) and --page-timeout.

A page is made slow on purpose by tests/slowhook/sitecustomize.py: with that
folder on PYTHONPATH and CLEANPAGE_TEST_SLOW_MARKER set, parsing a page whose
text holds the marker sleeps for an hour in every process that cleans it (the
CLI, its workers, Dask workers), like a page stuck in a C library that never
returns to check a deadline. Only killing its worker ends it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleanpage
from cleanpage import Options, TimeLimitError
from test_batch import article_page

SLOW_HOOK = Path(__file__).parent / "slowhook"
SLOW_MARKER = "Sluggardmarker"
BUDGET = 1.0
DASK_BUDGET = 3.0  # per page in the Dask run, whose workers import cleanpage on their first page
# A stuck page ends about BUDGET + workers.GRACE_SECONDS (1 s) after it starts,
# plus start-up; a run gets 5x that (the hook sleeps an hour: a worker not
# killed would never finish).
RUN_BOUND_SECONDS = 5 * (BUDGET + 1.0 + 2.0)
PAGES = 10
SLOW_INDEX = 4


def slow_page(n: int) -> str:
    return article_page(n).replace("</h1>", f"</h1><p>{SLOW_MARKER}</p>")


def write_batch(directory: Path) -> list[Path]:
    paths = []
    for n in range(PAGES):
        path = directory / f"page-{n:02d}.html"
        path.write_text(slow_page(n) if n == SLOW_INDEX else article_page(n), encoding="utf-8")
        paths.append(path)
    return paths


def run_slow_cli(*args: str, slow_seconds: float = 3600, bound_seconds: float = RUN_BOUND_SECONDS,
                 **hook: str) -> tuple[subprocess.CompletedProcess[str], float]:
    """The real CLI with the slow-page hook on (`hook`: more of its variables); (the run, its seconds).
    The run is stopped at 4x `bound_seconds`, what the test asserts: a slow run fails on its assertion."""
    env = dict(os.environ, CLEANPAGE_TEST_SLOW_MARKER=SLOW_MARKER, CLEANPAGE_TEST_SLOW_SECONDS=str(slow_seconds),
               **hook, PYTHONPATH=os.pathsep.join(filter(None, [str(SLOW_HOOK), os.environ.get("PYTHONPATH")])))
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "cleanpage", *args], capture_output=True, text=True, env=env,
                         timeout=bound_seconds * 4, check=False)
    return run, time.monotonic() - started


def error_lines(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.strip()]


# --- library -----------------------------------------------------------------------


def test_library_page_past_its_budget_raises() -> None:
    html = article_page(1)
    with pytest.raises(TimeLimitError) as caught:
        cleanpage.clean(html, options=Options(time_limit=1e-9))
    assert caught.value.exit_code == 6
    assert "time budget of 1e-09 s per page" in caught.value.message


def test_library_budget_that_suffices_changes_nothing() -> None:
    html = article_page(2)
    assert cleanpage.clean(html, options=Options(time_limit=60)) == cleanpage.clean(html)


@pytest.mark.parametrize("limit", [0, -1, float("inf"), True, "5"])
def test_options_refuse_an_impossible_time_limit(limit: object) -> None:
    with pytest.raises(ValueError, match="time_limit"):
        Options(time_limit=limit)


# --- CLI ---------------------------------------------------------------------------


def test_single_slow_page_hits_its_budget(tmp_path: Path) -> None:
    path = tmp_path / "slow.html"
    path.write_text(slow_page(1), encoding="utf-8")
    run, seconds = run_slow_cli("clean", str(path), "--page-timeout", str(BUDGET))
    assert seconds < RUN_BOUND_SECONDS, seconds
    assert run.returncode == 6, run.stderr
    assert error_lines(run) == [f"cleanpage: error: {path}: cleaning took longer than the time budget of 1 s per page"]
    assert run.stdout == ""
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_with_one_slow_page_goes_on(jobs: str, tmp_path: Path) -> None:
    paths = write_batch(tmp_path)
    run, seconds = run_slow_cli("clean", *map(str, paths), "-f", "jsonl", "-j", jobs,
                                "--page-timeout", str(BUDGET))
    assert seconds < RUN_BOUND_SECONDS, seconds
    assert run.returncode == 5, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(p) for p in paths]
    errors = [r for r in records if r.get("error")]
    assert [r["source"] for r in errors] == [str(paths[SLOW_INDEX])]
    assert "time budget of 1 s per page" in errors[0]["error"] and errors[0]["title"] is None
    good = [r for r in records if not r.get("error")]
    assert [r["title"] for r in good] == [f"River study {n}" for n in range(PAGES) if n != SLOW_INDEX]
    assert len(error_lines(run)) == 1 and str(paths[SLOW_INDEX]) in run.stderr


def test_page_timeout_zero_means_no_budget(tmp_path: Path) -> None:
    paths = write_batch(tmp_path)[SLOW_INDEX - 1:SLOW_INDEX + 1]
    run, seconds = run_slow_cli("clean", *map(str, paths), "-f", "jsonl", "--page-timeout", "0", slow_seconds=1.5)
    assert run.returncode == 0, run.stderr
    assert seconds >= 1.5
    assert [json.loads(line)["title"] for line in run.stdout.splitlines()] == ["River study 3", "River study 4"]


def test_a_worker_that_dies_is_replaced(tmp_path: Path) -> None:
    paths = write_batch(tmp_path)
    crash_marker = "River study 7<"  # in page 7's title and headline only
    run, seconds = run_slow_cli("clean", *map(str, paths[5:]), "-f", "jsonl", "-j", "2",
                                CLEANPAGE_TEST_CRASH_MARKER=crash_marker)
    assert seconds < RUN_BOUND_SECONDS, seconds
    assert run.returncode == 5, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["title"] for r in records] == ["River study 5", "River study 6", None, "River study 8", "River study 9"]
    assert records[2]["error"] == "internal error: the worker process cleaning this input died"
    assert len(error_lines(run)) == 1


# --- Dask ----------------------------------------------------------------------------


def test_dask_batch_with_one_slow_page_restarts_its_worker(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    from test_warc import response

    # 7 pages: chunks of 4 and 3, the slow page in the middle of the second, so that the
    # pages before it and after it in its chunk are both sent again after the restart
    pages, slow_index = 7, 5
    archive = tmp_path / "crawl.warc"
    uris = [f"https://example.org/news/{n}" for n in range(pages)]
    with open(archive, "wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for n, uri in enumerate(uris):
            html = slow_page(n) if n == slow_index else article_page(n)
            response(writer, uri, html.encode("utf-8"), "text/html; charset=utf-8")
    # A fresh Dask worker imports cleanpage on its first page, inside the page's budget: on a busy
    # machine that alone can pass 1 s, so this run gives each page DASK_BUDGET (5x a cold first page).
    # Cluster start-up, the slow page's chunk (3 pages' budgets), a worker restart (its nanny waits
    # 4 s): ~25 s.
    bound = 5 * (16 + 3 * DASK_BUDGET)
    run, seconds = run_slow_cli("warc", str(archive), "--dask", "local", "-f", "jsonl",
                                "--page-timeout", str(DASK_BUDGET), bound_seconds=bound)
    assert seconds < bound, seconds
    assert run.returncode == 5, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["source"] for r in records] == uris
    assert [bool(r.get("error")) for r in records] == [n == slow_index for n in range(pages)]
    assert f"time budget of {DASK_BUDGET:g} s per page" in records[slow_index]["error"]
    assert [r["title"] for r in records if not r.get("error")] == [
        f"River study {n}" for n in range(pages) if n != slow_index]
    assert f"cleanpage: error: {uris[slow_index]}: cleaning took longer" in run.stderr
