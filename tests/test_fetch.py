"""fetch_html against a real misbehaving HTTP server on 127.0.0.1 (tests/fault_server.py).

Each test asserts the result or the FetchError (message and status). Where time is
the behaviour (a deadline), the test uses a 1 s deadline and allows 5x for the
machine's load; elsewhere behaviour is checked by what the server saw (its hits).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # fault_server, with or without tests/__init__.py
from fault_server import CP1252_TEXT, GB_TEXT, LATIN1_TEXT, SJIS_TEXT, FaultServer  # noqa: E402

import cleanpage  # noqa: E402
from cleanpage import __version__  # noqa: E402
from cleanpage.errors import FetchError  # noqa: E402
from cleanpage.fetching import SLOW_GRACE_SECONDS, FetchedPage, fetch_html  # noqa: E402
from cleanpage.api import page_text  # noqa: E402
from cleanpage.model import Options  # noqa: E402

FAST = Options(timeout=3.0, retries=2)
# The deadline of the timing tests, and how far past it a busy machine may run.
DEADLINE = 1.0
SLACK = 5
SHORT = Options(timeout=DEADLINE, retries=2)
MEMORY_LIMIT_MB = 400


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    running = FaultServer.start()
    yield running
    running.stop()


def text_of(page: FetchedPage) -> str:
    """A fetched page's text, decoded as clean() and --raw decode it."""
    return page_text(page.body, page.content_type)


def fetch_timed(url: str, options: Options = FAST) -> tuple[FetchedPage, float]:
    start = time.monotonic()
    page = fetch_html(url, options)
    return page, time.monotonic() - start


def fetch_error(url: str, options: Options = FAST) -> tuple[FetchError, float]:
    start = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch_html(url, options)
    error = caught.value
    assert "\n" not in error.message and error.message.startswith(url)
    return error, time.monotonic() - start


# -- timing --------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/hang", "/drip", "/drip-chunked", "/trickle-headers"])
def test_no_server_outlasts_the_deadline(server: FaultServer, path: str) -> None:
    """Headers that never come, a body or headers dripped a byte at a time: all end at the deadline."""
    error, elapsed = fetch_error(server.url(path), SHORT)
    assert error.message.endswith(": timed out after 1 s")
    assert DEADLINE * 0.9 <= elapsed < DEADLINE * SLACK


def test_cli_deadline_covers_headers_sent_a_byte_at_a_time(server: FaultServer) -> None:
    """`fetch --timeout 1` against headers trickled a byte every 0.2 s (each read well inside
    any per-read timeout) ends at the deadline, not when the server is done."""
    url = server.url("/trickle-headers/cli")
    start = time.monotonic()
    result = subprocess.run([*CLI, "fetch", "--timeout", "1", url], capture_output=True, text=True, timeout=60)
    elapsed = time.monotonic() - start
    assert result.returncode == 4, result.stderr
    assert result.stderr == f"cleanpage: error: {url}: timed out after 1 s\n"
    assert elapsed < 10  # ~1.5 s with start-up; the server would trickle for half an hour


def test_drip_feed_gives_up_before_the_deadline(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A body slower than MIN_BYTES_PER_SECOND is given up after the grace period, well
    before the default 30 s deadline (grace shortened to 1 s here; 10 s in use)."""
    import cleanpage.fetching

    assert SLOW_GRACE_SECONDS < Options().timeout
    monkeypatch.setattr(cleanpage.fetching, "SLOW_GRACE_SECONDS", 1.0)
    with pytest.raises(FetchError) as caught:
        fetch_html(server.url("/drip"), Options(retries=0))
    assert caught.value.message.startswith(f"{server.url('/drip')}: too slow (")


# -- size ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/big", "/big-unsized", "/gzip-bomb"])
def test_bodies_over_the_cap_are_refused(server: FaultServer, path: str) -> None:
    error, _ = fetch_error(server.url(path))
    assert error.message.endswith(": larger than 10 MB")


def test_cap_is_on_the_decompressed_size(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/gzip-page"), Options(timeout=3, max_bytes=500))
    assert error.message.endswith(": larger than 500 bytes")
    page, _ = fetch_timed(server.url("/gzip-page"))
    assert text_of(page).count("compressed words") == 50


MEMORY_PROBE = """
import json, sys, tracemalloc
def peak_rss():  # this process's own high-water mark (VmHWM): getrusage's ru_maxrss starts from
    # the parent's when a large process (a pytest worker late in a suite) starts this one
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
from cleanpage.errors import FetchError
from cleanpage.fetching import fetch_html
from cleanpage.model import Options
base = peak_rss()
tracemalloc.start()
try:
    fetch_html(sys.argv[1], Options(timeout=60))  # memory is under test, not time: a busy machine stays inside it
except FetchError as error:
    message = error.message
traced = tracemalloc.get_traced_memory()[1]
peak = peak_rss()
print(json.dumps({"base_mb": base / 1024, "peak_mb": peak / 1024, "traced_mb": traced / 2**20,
                  "message": message}))
"""


@pytest.mark.parametrize("path", ["/gzip-bomb", "/big-unsized"])
def test_memory_stays_bounded(server: FaultServer, path: str) -> None:
    result = subprocess.run([sys.executable, "-c", MEMORY_PROBE, server.url(path)],
                            capture_output=True, text=True, timeout=300, check=True)
    figures = json.loads(result.stdout)
    print(f"{path}: max RSS {figures['peak_mb']:.0f} MB (after imports {figures['base_mb']:.0f} MB),"
          f" peak Python allocations during the fetch {figures['traced_mb']:.1f} MB")
    assert figures["message"].endswith("larger than 10 MB")
    assert figures["peak_mb"] < MEMORY_LIMIT_MB
    assert figures["traced_mb"] < 40  # the 10 MB cap plus a few buffers, never the 60-200 MB body


# -- redirects -----------------------------------------------------------------------


def test_redirect_loop_stops_after_ten(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/loop"))
    assert error.message.endswith(": too many redirects (more than 10)")
    assert server.hits("/loop") == 11  # the first request and ten redirects, then no more


def test_ten_relative_redirects_are_followed(server: FaultServer) -> None:
    page, _ = fetch_timed(server.url("/chain/10/ten"))
    assert page.url == server.url("/chain/0/ten")
    assert "end of the chain" in text_of(page)
    error, _ = fetch_error(server.url("/chain/11/eleven"))
    assert "too many redirects" in error.message


@pytest.mark.parametrize("path", ["/to-file", "/to-file-later"])
def test_redirect_to_file_url_refused(server: FaultServer, path: str) -> None:
    error, _ = fetch_error(server.url(path))
    assert error.message.endswith(": redirected to a non-HTTP URL (file:///etc/passwd)")
    assert error.url == "file:///etc/passwd"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "http://"])
def test_non_http_urls_refused_up_front(url: str) -> None:
    error, _ = fetch_error(url)
    assert error.message == f"{url}: not an http or https URL"
    assert error.exit_code == 4


# -- content types -------------------------------------------------------------------


@pytest.mark.parametrize(("path", "media_type"),
                         [("/pdf", "application/pdf"), ("/json", "application/json"), ("/image", "image/png")])
def test_non_html_types_refused(server: FaultServer, path: str, media_type: str) -> None:
    error, _ = fetch_error(server.url(path))
    assert error.message.endswith(f": not HTML ({media_type})")


def test_missing_content_type_is_sniffed(server: FaultServer) -> None:
    page, _ = fetch_timed(server.url("/no-type"))
    assert page.content_type is None and "no content type here" in text_of(page)
    error, _ = fetch_error(server.url("/no-type-binary"))
    assert error.message.endswith(": not HTML (no Content-Type, and the body is not markup)")


def test_xhtml_accepted(server: FaultServer) -> None:
    page, _ = fetch_timed(server.url("/xhtml"))
    assert page.content_type == "application/xhtml+xml" and "<p>x</p>" in text_of(page)


def test_binary_body_labelled_html_refused(server: FaultServer) -> None:
    url = server.url("/html-says-png")
    with pytest.raises(FetchError) as caught:
        cleanpage.fetch(url, options=FAST)
    assert caught.value.message == f"{url}: not an HTML document (looks like binary data)"
    assert caught.value.exit_code == 4


# -- encodings -----------------------------------------------------------------------


@pytest.mark.parametrize(("path", "text"), [
    ("/latin1-header", LATIN1_TEXT), ("/cp1252-meta", CP1252_TEXT),
    ("/shift-jis", SJIS_TEXT), ("/gb2312", GB_TEXT),
])
def test_encodings_decode(server: FaultServer, path: str, text: str) -> None:
    page, _ = fetch_timed(server.url(path))
    assert f"<p>{text}</p>" in text_of(page)


# -- status, emptiness, truncation --------------------------------------------------------


def test_404_is_an_error_with_status(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/missing"))
    assert error.message.endswith(": HTTP 404 Not Found")
    assert error.status == 404 and error.exit_code == 4
    assert server.hits("/missing") == 1  # a 4xx is never retried


def test_500_is_not_retried(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/error"))
    assert error.message.endswith(": HTTP 500 Internal Server Error") and error.status == 500
    assert server.hits("/error") == 1


def test_empty_200_is_an_error(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/empty"))
    assert error.message.endswith(": empty response")


def test_truncated_body_keeps_what_arrived(server: FaultServer) -> None:
    page, _ = fetch_timed(server.url("/truncated"))
    assert "the first part arrived" in text_of(page)


def test_truncated_to_nothing_is_an_error(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/truncated-empty"))
    assert error.message.endswith(": the connection closed before the body arrived")


# -- retries -------------------------------------------------------------------------


def test_503_twice_then_200(server: FaultServer) -> None:
    page, elapsed = fetch_timed(server.url("/flaky/twice"))
    assert "third time lucky" in text_of(page) and page.status == 200
    assert server.hits("/flaky/twice") == 3
    assert elapsed >= 0.25  # two backoffs happened: 0.25-0.5 s, then 0.5-1 s


def test_503_with_no_retries_left(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/flaky/no-retries"), Options(timeout=3, retries=0))
    assert error.message.endswith(": HTTP 503 Service Unavailable") and error.status == 503
    assert server.hits("/flaky/no-retries") == 1


def test_429_honours_retry_after(server: FaultServer) -> None:
    page, elapsed = fetch_timed(server.url("/rate-limited/one"))
    assert "thanks for waiting" in text_of(page)
    assert server.hits("/rate-limited/one") == 2
    assert elapsed >= 1.0  # waited the Retry-After of 1 s


def test_retry_after_past_the_cap_gives_up_at_once(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/come-back-later"))
    assert error.status == 503
    assert server.hits("/come-back-later") == 1  # no retry, and no hour-long wait before giving up


def test_connection_refused_is_retried_then_reported(server: FaultServer) -> None:
    error, elapsed = fetch_error("http://127.0.0.1:9/", Options(timeout=3, retries=1))
    assert error.message == "http://127.0.0.1:9/: connection refused"
    assert elapsed >= 0.25  # the retry waited its backoff


def test_connection_closed_without_answer(server: FaultServer) -> None:
    error, _ = fetch_error(server.url("/reset/x"), Options(timeout=3, retries=1))
    assert error.message.endswith(": the server closed the connection without answering")
    assert server.hits("/reset/x") == 2


# -- identity ------------------------------------------------------------------------


def test_default_identity_headers(server: FaultServer) -> None:
    page, _ = fetch_timed(server.url("/echo"))
    assert f"<p>User-Agent: cleanpage/{__version__} (+https://github.com/cleanpage/cleanpage)</p>" in text_of(page)
    assert "<p>Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.1</p>" in text_of(page)
    assert "<p>Accept-Encoding: gzip, deflate" in text_of(page)


def test_user_agent_override(server: FaultServer) -> None:
    page, _ = fetch_timed(server.url("/echo"), Options(timeout=3, user_agent="TestBot/1.0"))
    assert "<p>User-Agent: TestBot/1.0</p>" in text_of(page)


def test_threads_share_nothing(server: FaultServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    paths = ["/latin1-header", "/shift-jis", "/gb2312", "/cp1252-meta"] * 4
    with ThreadPoolExecutor(8) as pool:
        pages = list(pool.map(lambda p: fetch_html(server.url(p), FAST), paths))
    assert [page.url for page in pages] == [server.url(p) for p in paths]
    assert all(SJIS_TEXT in text_of(page) for page in pages[1::4])


# -- through the CLI -----------------------------------------------------------------

CLI = [sys.executable, "-c", "from cleanpage.cli import main; main()"]


@pytest.mark.parametrize(("path", "words"), [
    ("/missing", "HTTP 404 Not Found"), ("/to-file", "redirected to a non-HTTP URL (file:///etc/passwd)"),
])
def test_cli_fetch_errors_are_one_line_exit_4(server: FaultServer, path: str, words: str) -> None:
    result = subprocess.run([*CLI, "fetch", server.url(path)], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "NO_COLOR": "1"})
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 4, result.stderr
    assert len(lines) == 1 and lines[0].startswith("cleanpage: error:") and words in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_cli_refuses_file_url() -> None:
    result = subprocess.run([*CLI, "fetch", "file:///etc/passwd"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 4
    assert result.stderr.startswith("cleanpage: error:") and result.stderr.count("\n") == 1


# -- TLS and proxies, in plain words -------------------------------------------------


@pytest.fixture(scope="module")
def tls_server() -> Iterator[FaultServer]:
    running = FaultServer.start(tls=True)
    yield running
    running.stop()


def test_untrusted_certificate_in_plain_words(tls_server: FaultServer) -> None:
    url = tls_server.url("/latin1-header")
    error, _ = fetch_error(url)
    assert error.message == f"{url}: the server's TLS certificate is not trusted (self-signed certificate)"


def test_https_to_a_plain_http_port_in_plain_words(server: FaultServer) -> None:
    url = server.url("/latin1-header").replace("http://", "https://")
    error, _ = fetch_error(url)
    assert error.message == f"{url}: TLS handshake failed: the server does not speak TLS on this port"


def test_unreachable_proxy_in_plain_words(server: FaultServer) -> None:
    """The proxy comes from the environment: the message says so, in one line, exit 4."""
    env = {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}
    url = server.url("/latin1-header")
    result = subprocess.run([*CLI, "fetch", "--retries", "0", url], capture_output=True, text=True, timeout=60,
                            env={**env, "HTTP_PROXY": "http://127.0.0.1:9"})
    assert result.returncode == 4
    assert result.stderr == (f"cleanpage: error: {url}: the proxy failed (connection refused); "
                             "check the HTTP_PROXY / HTTPS_PROXY environment variables\n")
