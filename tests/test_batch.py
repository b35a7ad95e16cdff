"""Batch work: input lists, jsonl order and errors, parallel cleaning, polite fetching.

Also holds the helpers the other CLI tests import: `run_cli` (the real
`python -m cleanpage` in a subprocess), `invoke` (the same in-process, faster), `article_page` (a page any extractor
must read as an article) and the `http_server` fixture (a real HTTP server on
127.0.0.1 that counts concurrent requests).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleanpage.batch import ordered_map
from cleanpage.cli import main

# Seconds the server holds a /slow/ request open, so concurrent requests overlap.
SLOW_SECONDS = 0.25

PARAGRAPHS = (
    "Researchers at the institute reported on {day} that the new method measured river temperature "
    "every hour for {n} consecutive months, far longer than any earlier survey of the region.",
    "“We did not expect the night readings to differ so much,” said the lead author, who spent two "
    "winters installing the sensors along the banks with a team of volunteers and students.",
    "The team compared the readings with satellite images and found that shaded stretches stayed "
    "cooler by almost {n} tenths of a degree, which matters for the fish that spawn there.",
    "The study also describes how the sensors were calibrated, how gaps in the record were filled, "
    "and which questions remain open for the next season of field work in the valley.",
)


def article_page(n: int) -> str:
    """A news page with navigation, an article of four paragraphs and a footer."""
    body = "".join(f"<p>{p.format(n=n, day=f'day {n}')}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>River study {n}</title></head>"
        "<body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About</a></nav></header>"
        f"<main><article><h1>River study {n}</h1><p class=\"byline\">By Dana Whitcomb</p>{body}</article></main>"
        "<footer><p>Example Institute. All rights reserved.</p></footer></body></html>"
    )


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    """Run the real command line in a subprocess."""
    return subprocess.run([sys.executable, "-m", "cleanpage", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=timeout, check=False)


def invoke(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the command line in this process (click's runner): fast, for output checks."""
    result = CliRunner().invoke(main, list(args), input=stdin)
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout_bytes, result.stderr_bytes)


def write_pages(directory: Path, count: int) -> list[str]:
    paths = []
    for n in range(count):
        path = directory / f"page-{n:02d}.html"
        path.write_text(article_page(n), encoding="utf-8")
        paths.append(str(path))
    return paths


def jsonl(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


# ----------------------------------------------------------------- the test server


@dataclass
class ServerState:
    active: int = 0
    peak: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class Server:
    base: str
    state: ServerState


def make_handler(state: ServerState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            parts = self.path.strip("/").split("/")
            with state.lock:
                state.active += 1
                state.peak = max(state.peak, state.active)
            try:
                if parts[0] == "slow":
                    time.sleep(SLOW_SECONDS)
            finally:
                # Counted out before the answer is sent: once the client has its
                # answer it may start the next request, possibly before this thread
                # runs again (which read as 3 requests at once on a busy machine).
                with state.lock:
                    state.active -= 1
            self.answer(parts)

        def answer(self, parts: list[str]) -> None:
            if parts[0] not in ("page", "slow"):
                self.send_error(404, "Not Found")
                return
            body = article_page(int(parts[-1])).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    return Handler


@pytest.fixture
def http_server() -> Iterator[Server]:
    """A real HTTP server on 127.0.0.1: /page/N and /slow/N serve articles, the rest is 404."""
    state = ServerState()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{server.server_address[1]}", state)
    finally:
        server.shutdown()
        server.server_close()


# ----------------------------------------------------------------- input lists and jsonl


def test_input_list_from_file_skips_blanks_and_comments(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, 3)
    listing = tmp_path / "list.txt"
    listing.write_text(f"# pages\n{paths[2]}\n\n{paths[0]}\n   \n{paths[1]}\n", encoding="utf-8")
    result = run_cli("clean", "-i", str(listing), "-f", "jsonl", "-j", "1")
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["source"] for r in records] == [paths[2], paths[0], paths[1]]
    assert ["for 2 consecutive months" in r["text"] for r in records] == [True, False, False]


def test_input_list_from_stdin(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, 2)
    result = run_cli("clean", "-i", "-", "-f", "jsonl", stdin="\n".join(paths).encode())
    assert result.returncode == 0, result.stderr
    assert [r["source"] for r in jsonl(result.stdout)] == paths


def test_failed_input_is_a_null_record_with_error_and_exit_5(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, 2)
    missing = str(tmp_path / "missing.html")
    result = run_cli("clean", paths[0], missing, paths[1], "-f", "jsonl")
    assert result.returncode == 5
    records = jsonl(result.stdout)
    assert [r["source"] for r in records] == [paths[0], missing, paths[1]]
    failed = records[1]
    assert failed["error"]
    assert all(value is None for key, value in failed.items() if key not in ("source", "error"))
    assert records[0]["title"] and "error" not in records[0]
    stderr = result.stderr.decode().splitlines()
    assert stderr == [f"cleanpage: error: {missing}: {failed['error']}"]


def test_parallel_output_equals_serial_byte_for_byte(tmp_path: Path) -> None:
    paths = write_pages(tmp_path, 10)  # three chunks of pages over two workers
    serial = run_cli("clean", *paths, "-f", "jsonl", "-j", "1")
    parallel = run_cli("clean", *paths, "-f", "jsonl", "-j", "2")
    assert serial.returncode == parallel.returncode == 0
    assert len(jsonl(serial.stdout)) == 10
    assert parallel.stdout == serial.stdout


# ----------------------------------------------------------------- fetching


def test_fetch_batch_with_two_failures(http_server: Server) -> None:
    urls = [f"{http_server.base}/page/1", f"{http_server.base}/missing/1", f"{http_server.base}/page/2",
            f"{http_server.base}/missing/2", f"{http_server.base}/page/3"]
    result = run_cli("fetch", *urls, "-f", "jsonl", "--retries", "0")
    assert result.returncode == 5
    records = jsonl(result.stdout)
    assert [r["source"] for r in records] == urls
    assert [bool(r.get("error")) for r in records] == [False, True, False, True, False]
    assert records[0]["url"] == urls[0]
    assert len(result.stderr.decode().splitlines()) == 2


def test_at_most_two_requests_at_a_time_to_one_host(http_server: Server) -> None:
    urls = [f"{http_server.base}/slow/{n}" for n in range(6)]
    result = run_cli("fetch", *urls, "-f", "jsonl", "-j", "6")
    assert result.returncode == 0, result.stderr
    assert len(jsonl(result.stdout)) == 6
    assert http_server.state.peak == 2


def test_delay_spaces_requests_to_one_host(http_server: Server) -> None:
    urls = [f"{http_server.base}/page/{n}" for n in range(3)]
    started = time.monotonic()
    result = run_cli("fetch", *urls, "-f", "jsonl", "--delay", "0.3")
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started >= 0.6


# ----------------------------------------------------------------- ordered_map


def test_ordered_map_keeps_order_and_bounds_work_in_flight() -> None:
    consumed = 0
    peak_ahead = 0
    lock = threading.Lock()

    def slow_square(n: int) -> int:
        nonlocal peak_ahead
        time.sleep(0.001 * (n % 3))
        with lock:
            peak_ahead = max(peak_ahead, n - consumed)
        return n * n

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = []
        for value in ordered_map(slow_square, range(200), pool, chunk_size=3, window=4):
            results.append(value)
            consumed += 1
    assert results == [n * n for n in range(200)]
    assert peak_ahead <= 3 * 4 + 3


def test_progress_only_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    import pty

    paths = write_pages(tmp_path, 3)
    piped = run_cli("clean", *paths, "-f", "jsonl", "-j", "1")
    assert piped.returncode == 0 and piped.stderr == b""
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "cleanpage", "clean", *paths, "-f", "jsonl", "-j", "1"],
                              stdout=subprocess.PIPE, stderr=follower, timeout=60, check=False)
        os.close(follower)
        shown = os.read(leader, 4096).decode()
    finally:
        os.close(leader)
    assert done.returncode == 0 and len(jsonl(done.stdout)) == 3
    assert "cleanpage: 3/3" in shown
