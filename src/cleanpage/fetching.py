"""HTTP(S) fetching that survives the real web.

    fetch_html(url, options) -> FetchedPage     the body as bytes, with its Content-Type
    fetch_resource(url, options, headers=...)    any type (robots.txt, sitemaps, feeds);
                                                 conditional requests, 304s passed back

1. refuse URLs that are not http or https; start the deadline's watchdog, which
   shuts down every socket of this fetch at the deadline (`options.timeout`),
   whatever phase it is in: connect, TLS handshake, headers or body
2. GET through our own redirect loop (at most MAX_REDIRECTS hops, http/https only,
   checked again at every hop); each hop is retried on connection errors and on
   429/502/503/504 with exponential backoff, jitter and Retry-After
3. refuse HTTP errors and content types that are not HTML before reading the body
4. stream the decompressed body under `options.max_bytes` and the deadline, so a
   server dripping its headers or body a byte a second cannot outlast it

The bytes are not decoded here: `api.page_text` decodes every document, fetched
or not, in one place (with the Content-Type's charset).

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
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import requests.adapters
import urllib3
import urllib3.connection
import urllib3.exceptions

from .errors import FetchError, first_line
from .model import Options
from .patterns import lazy
from .version import __version__

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
HTML_START_RE = lazy(rb"\s*<[A-Za-z!?]")
# How much of a sniffed body is looked at, and the byte order marks skipped first.
SNIFF_BYTES = 1024
SNIFF_BOMS = ((b"\xef\xbb\xbf", None), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))

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
    """A fetched document: final URL after redirects, the body's bytes, status, type,
    and the validators a cache revalidates it with."""

    url: str
    body: bytes
    status: int = 200
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None


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
    """Fetch one URL and return its body undecoded; raise FetchError on any failure."""
    return require_html(fetch_resource(url, options, html_only=True), url)


def fetch_resource(url: str, options: Options, *, headers: dict[str, str] | None = None,
                   html_only: bool = False) -> FetchedPage:
    """GET one URL of any type under every cap (scheme, redirects, retries, deadline,
    max_bytes); `html_only` refuses other content types before reading the body.

    `headers` are sent on top of the session's (conditional requests: a 304 comes
    back as it is, with an empty body, for the caller's cache to fill)."""
    _require_http(url, url)
    deadline = _Deadline(options.timeout)
    with _session(options) as session, _Watchdog(deadline) as watchdog:
        if headers:
            session.headers.update(headers)
        response = _follow_redirects(session, url, options, deadline, watchdog)
        with response:
            if response.status_code == http.HTTPStatus.NOT_MODIFIED and headers:
                return _page(response, b"")
            _require_success(response, url)
            if html_only:
                _require_html_type(_media_type(response.headers.get("Content-Type")), url)
            body = _read_body(response, url, options, watchdog)
    return _page(response, body)


def _page(response: requests.Response, body: bytes) -> FetchedPage:
    return FetchedPage(url=response.url, body=body, status=response.status_code,
                       content_type=response.headers.get("Content-Type"),
                       etag=response.headers.get("ETag"),
                       last_modified=response.headers.get("Last-Modified"))


def require_html(page: FetchedPage, url: str) -> FetchedPage:
    """The page if it is HTML; a FetchError when it is empty or of another type."""
    media_type = _media_type(page.content_type)
    _require_html_type(media_type, url)
    if not page.body or page.body.isspace():
        raise FetchError(f"{url}: empty response", url=url)
    if media_type in SNIFFED_TYPES and not _opens_with_markup(page.body):
        raise FetchError(f"{url}: not HTML (no Content-Type, and the body is not markup)", url=url)
    return page


def _session(options: Options) -> requests.Session:
    """A fresh Session (nothing shared between threads) whose sockets the watchdog sees,
    with our headers, then the user's (Options.headers), and the cookies of Options.cookies."""
    session = requests.Session()
    session.headers.update({
        "User-Agent": options.user_agent or DEFAULT_USER_AGENT,
        "Accept": ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
    })
    session.headers.update(dict(options.headers))
    if options.cookies:
        from .cookies import load_cookies

        session.cookies.update(load_cookies(options.cookies))
    adapter = _WatchedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _opens_with_markup(body: bytes) -> bool:
    """Whether a body without a Content-Type starts like HTML (after a byte order mark)."""
    head = body[:SNIFF_BYTES]
    for bom, codec in SNIFF_BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            if codec is not None:
                head = head.decode(codec, "ignore").encode("utf-8")
            break
    return HTML_START_RE.match(head) is not None


def _require_http(url: str, original: str) -> None:
    """Refuse file:, ftp:, javascript: and every other non-HTTP URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() in HTTP_SCHEMES and parts.netloc:
        return
    if url == original:
        raise FetchError(f"{url}: not an http or https URL", url=url)
    raise FetchError(f"{original}: redirected to a non-HTTP URL ({url})", url=url)


def _follow_redirects(session: requests.Session, url: str, options: Options,
                      deadline: _Deadline, watchdog: _Watchdog) -> requests.Response:
    """GET url, following at most MAX_REDIRECTS redirects to http(s) URLs only."""
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        response = _get_with_retries(session, current, url, options, deadline, watchdog)
        location = session.get_redirect_target(response)
        if location is None:
            return response
        response.close()
        current = urljoin(current, location)
        _require_http(current, url)
    raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS})", url=current)


def _get_with_retries(session: requests.Session, url: str, original: str,
                      options: Options, deadline: _Deadline, watchdog: _Watchdog) -> requests.Response:
    """One GET, retried on transient failures while retries and time remain.

    The last transient answer (e.g. a 503) is returned for the caller to report."""
    attempts = max(0, options.retries) + 1
    for attempt in range(attempts):
        last = attempt == attempts - 1
        try:
            response = _get_once(session, url, original, options, deadline, watchdog)
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
              deadline: _Deadline, watchdog: _Watchdog) -> requests.Response:
    """One GET up to its headers, bounded by the deadline, requests' errors translated.

    The timeout given to requests bounds each socket read; the watchdog bounds the
    whole: a server sending its headers a byte at a time is cut off at the deadline."""
    remaining = deadline.remaining()
    if remaining <= 0:
        raise _timed_out(original, options, url)
    timeout = (min(remaining, CONNECT_TIMEOUT_MAX), remaining)
    try:
        return session.get(url, stream=True, allow_redirects=False, timeout=timeout)
    except requests.RequestException as exc:
        if watchdog.fired.is_set() or isinstance(exc, requests.exceptions.ReadTimeout):
            raise _timed_out(original, options, url) from exc
        raise _translate(exc, original, url) from exc
    except (UnicodeError, ValueError) as exc:
        raise FetchError(f"{original}: invalid URL ({first_line(exc)})", url=url) from exc


def _translate(exc: requests.RequestException, original: str, url: str) -> FetchError:
    """requests' exception as a FetchError in plain words (_Transient when worth a retry)."""
    errors = requests.exceptions
    if isinstance(exc, errors.ConnectTimeout):
        return _Transient(f"{original}: could not connect (timed out)", url=url)
    if isinstance(exc, errors.ProxyError):
        return _Transient(f"{original}: {_proxy_problem(exc)}", url=url)
    if isinstance(exc, errors.SSLError):
        return FetchError(f"{original}: {_tls_problem(exc)}", url=url)
    if isinstance(exc, errors.ConnectionError):
        return _Transient(f"{original}: {_connection_problem(exc)}", url=url)
    if isinstance(exc, (errors.InvalidURL, errors.MissingSchema, errors.InvalidSchema)):
        return FetchError(f"{original}: invalid URL ({first_line(exc)})", url=url)
    return FetchError(f"{original}: request failed ({first_line(exc)})", url=url)


# TLS failures in plain words, by what OpenSSL's message says (first match wins).
TLS_PROBLEMS = (
    ("CERTIFICATE_VERIFY_FAILED", "the server's TLS certificate is not trusted"),
    ("WRONG_VERSION_NUMBER", "TLS handshake failed: the server does not speak TLS on this port"),
    ("RECORD_LAYER_FAILURE", "TLS handshake failed: the server does not speak TLS on this port"),
    ("hostname mismatch", "the server's TLS certificate is for another host name"),
    ("doesn't match", "the server's TLS certificate is for another host name"),
)
# The reason OpenSSL gives after "certificate verify failed: " (self-signed, expired, ...).
TLS_REASON_RE = lazy(r"certificate verify failed: ([^(')]+)")


def _tls_problem(exc: requests.exceptions.SSLError) -> str:
    message = str(exc)
    for marker, words in TLS_PROBLEMS:
        if marker in message:
            reason = TLS_REASON_RE.search(message)
            return f"{words} ({reason.group(1).strip()})" if reason else words
    return "TLS handshake failed"


def _proxy_problem(exc: requests.exceptions.ProxyError) -> str:
    """The proxy named, and why it failed: the proxy comes from HTTP(S)_PROXY."""
    reason = exc.args[0] if exc.args else exc
    reason = getattr(reason, "reason", reason)
    cause = getattr(reason, "original_error", None) or getattr(reason, "__cause__", None) or reason
    refused = isinstance(cause, ConnectionRefusedError) or "Connection refused" in str(cause)
    why = "connection refused" if refused else first_line(cause)
    return f"the proxy failed ({why}); check the HTTP_PROXY / HTTPS_PROXY environment variables"


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
               watchdog: _Watchdog) -> bytes:
    """Stream the decompressed body, enforcing max_bytes and the deadline.

    A body cut short (connection closed before Content-Length) is kept if it
    holds anything."""
    _refuse_declared_size(response, url, options)
    body = bytearray()
    started = time.monotonic()
    try:
        for chunk in _chunks(response):
            body += chunk
            if len(body) > options.max_bytes:
                raise _too_large(url, options)
            if watchdog.fired.is_set():
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
    """Shuts down every socket of one fetch at its deadline, waking whatever blocks.

    Per-read timeouts never trip on a server that sends a byte a second, in its
    headers or its body; only shutting the socket bounds the total time. Each
    socket is registered as it connects (_WatchedConnection), before the TLS
    handshake, through the thread the fetch runs in. The watchdog holds duplicate
    descriptors: shutdown acts on the socket both share, and closing a duplicate
    leaves urllib3's own untouched."""

    def __init__(self, deadline: _Deadline) -> None:
        self.fired = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(deadline.remaining(), self._fire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket) -> None:
        duplicate = socket.socket(fileno=os.dup(sock.fileno()))
        with self._lock:
            self._sockets.append(duplicate)
            late = self.fired.is_set()
        if late:
            _shut(duplicate)

    def _fire(self) -> None:
        with self._lock:
            self.fired.set()
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def __enter__(self) -> _Watchdog:
        _CURRENT.watchdog = self
        self._timer.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        _CURRENT.watchdog = None
        self._timer.cancel()
        self._timer.join()  # never shut a socket after the fetch has let it go
        with self._lock:
            for sock in self._sockets:
                sock.close()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        return  # already closed: the read it would wake has ended


# The watchdog of the fetch running in this thread (fetch_html runs in one thread).
_CURRENT = threading.local()


def _register(sock: socket.socket) -> socket.socket:
    watchdog = getattr(_CURRENT, "watchdog", None)
    if watchdog is not None:
        watchdog.watch(sock)
    return sock


class _WatchedHTTPConnection(urllib3.connection.HTTPConnection):
    def _new_conn(self) -> socket.socket:
        return _register(super()._new_conn())


class _WatchedHTTPSConnection(urllib3.connection.HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        return _register(super()._new_conn())


class _WatchedHTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter, its connections (direct or through a proxy) watched."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _WATCHED_POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if isinstance(manager, urllib3.PoolManager):
            manager.pool_classes_by_scheme = _WATCHED_POOLS
        return manager


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
