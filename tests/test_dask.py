"""Dask: `cleanpage warc --dask local` and `cluster.clean_bag` give the single-process records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dask.bag as db
import pytest
from distributed import Client, LocalCluster

from cleanpage.batch import Task, task_record
from cleanpage.cluster import clean_bag
from cleanpage.model import Options
from test_batch import article_page, jsonl, run_cli
from test_warc import build_warc

NAV_ONLY = "<html><body><nav><a href=/>Home</a><a href=/a>About</a></nav></body></html>"


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A LocalCluster of 2 worker processes on 127.0.0.1, shared by this module's tests."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as dask_client:
        yield dask_client


@pytest.mark.slow
def test_warc_dask_local_equals_single_process(tmp_path: Path) -> None:
    archive = build_warc(tmp_path / "crawl.warc.gz", gzip=True)
    single = run_cli("warc", str(archive), "-f", "jsonl", "-j", "1")
    on_dask = run_cli("warc", str(archive), "-f", "jsonl", "--dask", "local", timeout=120)
    assert on_dask.returncode == 0, on_dask.stderr
    assert len(jsonl(on_dask.stdout)) == 3
    assert on_dask.stdout == single.stdout


@pytest.mark.slow
def test_clean_bag_on_two_workers_matches_local_records(client: Client) -> None:
    items = [{"html": article_page(n).encode("utf-8"), "url": f"https://example.org/news/{n}",
              "date": "2024-03-05"} for n in range(8)]
    items.append({"content": NAV_ONLY, "url": "https://example.org/nav"})
    items.append({"html": b"", "url": "https://example.org/empty"})
    options = Options(links=False)
    records = clean_bag(db.from_sequence(items, npartitions=4), options).compute()
    expected = [task_record(Task(source=item["url"], data=_bytes(item), url=item["url"], date=item.get("date")),
                            options) for item in items]
    assert records == expected
    assert [r["source"] for r in records] == [item["url"] for item in items]
    assert all(r["title"] == f"River study {n}" for n, r in enumerate(records[:8]))
    assert records[-1]["error"] and records[-1]["title"] is None
    assert len(client.scheduler_info()["workers"]) == 2


def _bytes(item: dict) -> bytes:
    body = item.get("html", item.get("content"))
    return body.encode("utf-8") if isinstance(body, str) else body
