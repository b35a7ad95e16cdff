"""HTTP(S) fetching that survives the real web.

    fetch_html(url, options) -> FetchedPage

1. refuse URLs that are not http or https
2. GET through our own redirect loop (at most MAX_REDIRECTS hops, http/https only,
   checked again at every hop); each hop is retried on connection errors and on
   429/502/503/504 with exponential backoff, jitter and Retry-After
3. refuse HTTP errors and content types that are not HTML before reading the body
4. stream the decompressed body under `options.max_bytes` and the total deadline
   (`options.timeout`); a watchdog shuts the socket at the deadline, so a server
   dripping a byte a second cannot outlast it
5. decode the bytes (decode.decode_html: BOM, HTTP charset, <meta>, detection)

Every failure is a FetchError with a one-line message naming the URL. This is the
only module that knows about requests' and urllib3's exceptions. A new Session is
made per call, so fetch_html is safe to call from many threads at once.
"""

from __future__ import annotations

import email.utils
import http
import http.client
import os
import random
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import requests
import urllib3.exceptions

from . import __version__
from .decode import EMPTY_MESSAGE, decode_html
from .errors import FetchError, InputError, first_line
from .model import Options

HTTP_SCHEMES = frozenset({"http", "https"})

# Browsers stop at 20; 10 is what DESIGN.md promises and is plenty for real sites.
MAX_REDIRECTS = 10

# Transient server answers worth another try; other 4xx/5xx will not change.
RETRY_STATUSES = frozenset({429, 502, 503, 504})

# Backoff before retry n (0-based): BACKOFF_BASE * 2**n, scaled by a random factor in
# [1 - BACKOFF_JITTER, 1] so that many clients do not retry in lockstep.
BACKOFF_BASE = 0.5
BACKOFF_JITTER = 0.5

# A Retry-After longer than this is a "come back later", not a hiccup: give up at once.
RETRY_AFTER_CAP = 30.0

# A TCP/TLS handshake slower than this is a dead host; leave the rest for a retry.
CONNECT_TIMEOUT_MAX = 10.0

# Largest piece read at once (decompressed bytes; urllib3 bounds decompression to it).
CHUNK_BYTES = 64 * 1024

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Types that say nothing (WHATWG MIME sniffing): the body decides.
SNIFFED_TYPES = frozenset({"", "unknown/unknown", "application/unknown", "*/*"})

# A sniffed body is HTML when it opens with markup: a tag, comment, doctype or <?xml.
HTML_START_RE = re.compile(r"\s*<[A-Za-z!?]")

ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"


# A body that arrives slower than this on average, once the grace period has
# passed, is a drip feed: give up before the whole deadline (a real page, even on
# a slow link, comes faster than 512 bytes a second).
SLOW_GRACE_SECONDS = 10.0
MIN_BYTES_PER_SECOND = 512


def _accept_encoding() -> str:
    """gzip and deflate always; br when a brotli module lets urllib3 decode it."""
    try:
        import brotli  # noqa: F401
    except ImportError:
        try:
            import brotlicffi  # noqa: F401
        except ImportError:
            return "gzip, deflate"
    return "gzip, deflate, br"


ACCEPT_ENCODING = _accept_encoding()
DEFAULT_USER_AGENT = f"cleanpage/{__version__} (+https://github.com/cleanpage/cleanpage)"


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched HTML page: final URL after redirects, decoded text, status, type."""

    url: str
    html: str
    status: int = 200
    content_type: str | None = None


class _Transient(FetchError):
    """A failure another attempt may not repeat (connection refused, reset, ...)."""


class _Deadline:
    """The total time budget of one fetch, on the monotonic clock."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self.end - time.monotonic())


def fetch_html(url: str, options: Options) -> FetchedPage:
    """Fetch one URL and return its HTML decoded; raise FetchError on any failure."""
    _require_http(url, url)
    deadline = _Deadline(options.timeout)
    with requests.Session() as session:
        session.headers.update({
            "User-Agent": options.user_agent or DEFAULT_USER_AGENT,
            "Accept": ACCEPT,
            "Accept-Encoding": ACCEPT_ENCODING,
        })
        response = _follow_redirects(session, url, options, deadline)
        with response:
            final_url = response.url
            content_type = response.headers.get("Content-Type")
            _require_success(response, url)
            media_type = _media_type(content_type)
            _require_html_type(media_type, url)
            body = _read_body(response, url, options, deadline)
    html = _decode(body, content_type, url)
    if media_type in SNIFFED_TYPES and not HTML_START_RE.match(html):
        raise FetchError(f"{url}: not HTML (no Content-Type, and the body is not markup)", url=url)
    return FetchedPage(url=final_url, html=html, status=response.status_code,
                       content_type=content_type)


def _require_http(url: str, original: str) -> None:
    """Refuse file:, ftp:, javascript: and every other non-HTTP URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() in HTTP_SCHEMES and parts.netloc:
        return
    if url == original:
        raise FetchError(f"{url}: not an http or https URL", url=url)
    raise FetchError(f"{original}: redirected to a non-HTTP URL ({url})", url=url)


def _follow_redirects(session: requests.Session, url: str, options: Options,
                      deadline: _Deadline) -> requests.Response:
    """GET url, following at most MAX_REDIRECTS redirects to http(s) URLs only."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        response = _get_with_retries(session, current, url, options, deadline)
        location = session.get_redirect_target(response)
        if location is None:
            return response
        response.close()
        current = urljoin(current, location)
        _require_http(current, url)
    raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS})", url=current)


def _get_with_retries(session: requests.Session, url: str, original: str,
                      options: Options, deadline: _Deadline) -> requests.Response:
    """One GET, retried on transient failures while retries and time remain.

    The last transient answer (e.g. a 503) is returned for the caller to report."""
    attempts = max(0, options.retries) + 1
    for attempt in range(attempts):
        last = attempt == attempts - 1
        try:
            response = _get_once(session, url, original, options, deadline)
        except _Transient:
            delay = _backoff(attempt)
            if last or delay >= deadline.remaining():
                raise
        else:
            if response.status_code not in RETRY_STATUSES:
                return response
            delay = _retry_delay(response, attempt)
            if last or delay is None or delay >= deadline.remaining():
                return response
            response.close()
        time.sleep(delay)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _get_once(session: requests.Session, url: str, original: str, options: Options,
              deadline: _Deadline) -> requests.Response:
    """One GET with headers bounded by the deadline, requests' errors translated."""
    remaining = deadline.remaining()
    if remaining <= 0:
        raise _timed_out(original, options, url)
    timeout = (min(remaining, CONNECT_TIMEOUT_MAX), remaining)
    try:
        return session.get(url, stream=True, allow_redirects=False, timeout=timeout)
    except requests.exceptions.ConnectTimeout as exc:
        raise _Transient(f"{original}: could not connect (timed out)", url=url) from exc
    except requests.exceptions.ReadTimeout as exc:
        raise _timed_out(original, options, url) from exc
    except requests.exceptions.SSLError as exc:
        raise FetchError(f"{original}: TLS error ({first_line(exc)})", url=url) from exc
    except requests.exceptions.ConnectionError as exc:
        raise _Transient(f"{original}: {_connection_problem(exc)}", url=url) from exc
    except (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
            requests.exceptions.InvalidSchema, UnicodeError, ValueError) as exc:
        raise FetchError(f"{original}: invalid URL ({first_line(exc)})", url=url) from exc
    except requests.RequestException as exc:
        raise FetchError(f"{original}: request failed ({first_line(exc)})", url=url) from exc


def _connection_problem(exc: requests.exceptions.ConnectionError) -> str:
    """A few words on why a connection failed, from urllib3's wrapped reason."""
    reason = exc.args[0] if exc.args else exc
    reason = getattr(reason, "reason", reason)  # MaxRetryError wraps the real one
    if isinstance(reason, urllib3.exceptions.NameResolutionError):
        return "could not resolve the host name"
    if isinstance(reason, urllib3.exceptions.NewConnectionError):
        if isinstance(reason.__cause__, ConnectionRefusedError):
            return "connection refused"
        return "could not connect"
    if isinstance(reason, urllib3.exceptions.ProtocolError):
        return "the server closed the connection without answering"
    return f"connection failed ({first_line(reason)})"


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter before retry number attempt+1."""
    return BACKOFF_BASE * 2 ** attempt * (1 - BACKOFF_JITTER * random.random())


def _retry_delay(response: requests.Response, attempt: int) -> float | None:
    """Seconds to wait before retrying a 429/5xx: Retry-After if given (None when
    it asks for more than RETRY_AFTER_CAP), else the backoff."""
    header = response.headers.get("Retry-After")
    if header is None:
        return _backoff(attempt)
    seconds = _parse_retry_after(header)
    if seconds is None:
        return _backoff(attempt)
    return seconds if seconds <= RETRY_AFTER_CAP else None


def _parse_retry_after(value: str) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None if unreadable."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _require_success(response: requests.Response, url: str) -> None:
    """Raise FetchError for any status but 2xx (redirects are followed before)."""
    status = response.status_code
    if 200 <= status < 300:
        return
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:
        phrase = (response.reason or "").strip()
    where = "" if response.url == url else f" (at {response.url})"
    raise FetchError(f"{url}: HTTP {status} {phrase}".rstrip() + where,
                     url=response.url, status=status)


def _media_type(content_type: str | None) -> str:
    """'text/html' from 'Text/HTML; charset=utf-8'; '' when missing."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def _require_html_type(media_type: str, url: str) -> None:
    """Refuse PDFs, images, JSON and every other declared non-HTML type."""
    if media_type in HTML_TYPES or media_type in SNIFFED_TYPES:
        return
    raise FetchError(f"{url}: not HTML ({media_type})", url=url)


def _read_body(response: requests.Response, url: str, options: Options,
               deadline: _Deadline) -> bytes:
    """Stream the decompressed body, enforcing max_bytes and the deadline.

    A body cut short (connection closed before Content-Length) is kept if it
    holds anything."""
    _refuse_declared_size(response, url, options)
    body = bytearray()
    started = time.monotonic()
    with _Watchdog(response, deadline.remaining()) as watchdog:
        try:
            for chunk in _chunks(response):
                body += chunk
                if len(body) > options.max_bytes:
                    raise _too_large(url, options)
                if deadline.remaining() <= 0:
                    raise _timed_out(url, options, response.url)
                elapsed = time.monotonic() - started
                if elapsed > SLOW_GRACE_SECONDS and len(body) < MIN_BYTES_PER_SECOND * elapsed:
                    raise FetchError(f"{url}: too slow ({len(body)} bytes in {elapsed:.0f} s)", url=response.url)
        except urllib3.exceptions.ReadTimeoutError as exc:
            raise _timed_out(url, options, response.url) from exc
        except urllib3.exceptions.DecodeError as exc:
            raise FetchError(f"{url}: the compressed body is corrupt ({first_line(exc)})",
                             url=response.url) from exc
        except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as exc:
            if watchdog.fired.is_set():
                raise _timed_out(url, options, response.url) from exc
            if not body:
                raise FetchError(f"{url}: the connection closed before the body arrived",
                                 url=response.url) from exc
    if watchdog.fired.is_set():
        raise _timed_out(url, options, response.url)
    return bytes(body)


def _chunks(response: requests.Response) -> Iterator[bytes]:
    """The decompressed body in pieces of at most CHUNK_BYTES, each as soon as it
    arrives (read1: one socket read per piece, so the deadline is checked between
    the bytes of a slow server and a cut-short body yields what came)."""
    while chunk := response.raw.read1(CHUNK_BYTES, decode_content=True):
        yield chunk


def _refuse_declared_size(response: requests.Response, url: str, options: Options) -> None:
    """An uncompressed body whose Content-Length is over the cap is refused unread."""
    if response.headers.get("Content-Encoding", "identity").strip().lower() != "identity":
        return  # the length on the wire says nothing about the decompressed size
    length = response.headers.get("Content-Length", "").strip()
    if length.isdigit() and int(length) > options.max_bytes:
        raise _too_large(url, options)


class _Watchdog:
    """Shuts the response's socket down at the deadline, waking a blocked read.

    urllib3 reads fill whole buffers, so a server sending a byte a second would
    never trip a per-read timeout; only shutting the socket bounds the total time.
    The watchdog holds a duplicate descriptor: shutdown acts on the socket that
    both share, and closing the duplicate leaves the response's own untouched."""

    def __init__(self, response: requests.Response, delay: float) -> None:
        self._sock = _duplicate_socket(response)
        self.fired = threading.Event()
        self._timer = threading.Timer(delay, self._fire)
        self._timer.daemon = True

    def _fire(self) -> None:
        self.fired.set()
        if self._sock is None:
            return
        try:
            self._sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            return  # already closed: the read it would wake has ended

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._timer.cancel()
        self._timer.join()  # never shut a socket the pool may hand out again
        if self._sock is not None:
            self._sock.close()


def _duplicate_socket(response: requests.Response) -> socket.socket | None:
    """A duplicate of the socket under a streaming response, or None if it is gone."""
    try:
        return socket.socket(fileno=os.dup(response.raw.fileno()))
    except (OSError, ValueError):
        return None  # body already fully read and the connection closed


def _decode(body: bytes, content_type: str | None, url: str) -> str:
    """decode_html, its InputError turned into a FetchError."""
    if not body:
        raise FetchError(f"{url}: empty response", url=url)
    try:
        return decode_html(body, content_type)
    except InputError as exc:
        if exc.message == EMPTY_MESSAGE:
            raise FetchError(f"{url}: empty response", url=url) from exc
        raise FetchError(f"{url}: not HTML (the body is binary data)", url=url) from exc


def _timed_out(url: str, options: Options, current: str | None = None) -> FetchError:
    return FetchError(f"{url}: timed out after {options.timeout:g} s", url=current or url)


def _too_large(url: str, options: Options) -> FetchError:
    return FetchError(f"{url}: larger than {_format_size(options.max_bytes)}", url=url)


def _format_size(size: int) -> str:
    """10000000 -> '10 MB', 1500 -> '1.5 kB', 900 -> '900 bytes' (decimal units)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"
