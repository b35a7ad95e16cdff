"""A real, misbehaving HTTP server on 127.0.0.1 for the fetcher's tests.

    server = FaultServer.start()      # random free port, daemon threads
    server.url("/pdf")                # http://127.0.0.1:PORT/pdf
    server.hits("/flaky/t1")          # how many requests a path received
    server.stop()

Each route is one method `route_<name>` (the first path segment, "-" as "_"), so
the list of faults is the list of methods. Routes that count requests take a
unique suffix per test (`/flaky/<test-id>`), so tests never share a counter.
"""

from __future__ import annotations

import collections
import functools
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# A self-signed certificate for 127.0.0.1 (made once with openssl, valid until 2126).
CERT_DIR = Path(__file__).parent / "certs"
BIG_BODY_BYTES = 60_000_000  # the "60 MB page": generated on the fly, never stored
BOMB_INFLATED_BYTES = 200_000_000  # the gzip bomb inflates to this (~200 KB on the wire)
BOMB_MEMBER_BYTES = 10_000_000
WRITE_BYTES = 64 * 1024
HANG_SECONDS = 30.0  # how long "never answer" waits before giving up (server side)
TRICKLE_SECONDS = 0.2  # pause between the header bytes of /trickle-headers
TRICKLE_HEADER = b"X-Padding: " + b"a" * 150 + b"\r\n"  # ~30 s at one byte per pause



def _page(text: str, encoding: str, meta: str = "") -> bytes:
    """A small HTML page in the given encoding, with an optional <meta> line."""
    return (f"<!DOCTYPE html><html><head>{meta}<title>T</title></head>"
            f"<body><p>{text}</p></body></html>").encode(encoding)


LATIN1_TEXT = "Café déjà vu, naïve façade — “quoted”"
CP1252_TEXT = "He said, “It’s done” – and left…"
SJIS_TEXT = "日本語のテキストです。「引用」①"
GB_TEXT = "中文文本：这是一个测试，“引号”。"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


@functools.cache
def gzip_bomb() -> bytes:
    """gzip data inflating to BOMB_INFLATED_BYTES zeros: one 10 MB member compressed
    once (~10 KB), repeated; gzip readers inflate concatenated members in turn."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container
    member = packer.compress(bytes(BOMB_MEMBER_BYTES)) + packer.flush()
    return member * (BOMB_INFLATED_BYTES // BOMB_MEMBER_BYTES)


class FaultHandler(BaseHTTPRequestHandler):
    """Dispatches GET /<name>/... to route_<name>."""

    server: FaultHTTPServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        return  # keep test output clean

    def do_GET(self) -> None:
        name = self.path.split("?", 1)[0].strip("/").split("/", 1)[0].replace("-", "_")
        self.server.count(self.path)
        route = getattr(self, f"route_{name}", None)
        if route is None:
            self.reply(404, b"<p>no such route</p>")
            return
        try:
            route()
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up, as it should on most of these routes

    # -- helpers -----------------------------------------------------------------

    def reply(self, status: int, body: bytes, content_type: str | None = "text/html",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def open_stream(self, content_type: str = "text/html") -> None:
        """Headers with no Content-Length: the body runs until the connection closes."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Connection", "close")
        self.end_headers()

    def hit(self) -> int:
        return self.server.hits(self.path)

    # -- timing faults -------------------------------------------------------------

    def route_hang(self) -> None:
        """Accept the request, never answer."""
        self.server.stopping.wait(HANG_SECONDS)

    def route_drip(self) -> None:
        """One byte a second, forever (until the client hangs up)."""
        self.open_stream()
        self.wfile.write(b"<html><body><p>")
        while not self.server.stopping.wait(1.0):
            self.wfile.write(b"x")
            self.wfile.flush()

    def route_drip_chunked(self) -> None:
        """Chunked encoding, one 100000-byte chunk sent a byte a second."""
        self.protocol_version = "HTTP/1.1"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.write(b"186a0\r\n<p>")
        while not self.server.stopping.wait(1.0):
            self.wfile.write(b"x")
            self.wfile.flush()

    def route_trickle_headers(self) -> None:
        """The status line, then headers a byte every TRICKLE_SECONDS: each read gets a
        byte well within any per-read timeout, the headers never end."""
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
        for byte in TRICKLE_HEADER:
            if self.server.stopping.wait(TRICKLE_SECONDS):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
        self.close_connection = True

    # -- size faults -----------------------------------------------------------------

    def route_big(self) -> None:
        """A 60 MB page with an honest Content-Length."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(BIG_BODY_BYTES))
        self.end_headers()
        self.write_filler(BIG_BODY_BYTES)

    def route_big_unsized(self) -> None:
        """A 60 MB page with no Content-Length: only counting while reading stops it."""
        self.open_stream()
        self.write_filler(BIG_BODY_BYTES)

    def write_filler(self, total: int) -> None:
        block = (b"<p>" + b"a" * 96 + b"</p>\n") * (WRITE_BYTES // 104)
        sent = 0
        while sent < total:
            piece = block[: total - sent]
            self.wfile.write(piece)
            sent += len(piece)

    def route_gzip_bomb(self) -> None:
        self.reply(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})

    def route_gzip_page(self) -> None:
        """A normal gzip-compressed page (compression must be undone)."""
        packer = zlib.compressobj(6, zlib.DEFLATED, 31)
        body = packer.compress(_page("compressed words " * 50, "utf-8")) + packer.flush()
        self.reply(200, body, "text/html; charset=utf-8", {"Content-Encoding": "gzip"})

    # -- redirects -------------------------------------------------------------------

    def route_loop(self) -> None:
        """Redirects to itself, forever."""
        self.reply(302, b"", headers={"Location": self.path})

    def route_chain(self) -> None:
        """/chain/N/id redirects (relative Location) to /chain/N-1/id; /chain/0 is a page."""
        _, hops, rest = self.path.strip("/").split("/", 2)
        if int(hops) == 0:
            self.reply(200, _page("end of the chain", "utf-8"), "text/html; charset=utf-8")
            return
        self.reply(301, b"", headers={"Location": f"../{int(hops) - 1}/{rest}"})

    def route_to_file(self) -> None:
        self.reply(302, b"", headers={"Location": "file:///etc/passwd"})

    def route_to_file_later(self) -> None:
        """One good redirect first, then the bad one: the check runs at every hop."""
        self.reply(307, b"", headers={"Location": "/to-file"})

    # -- content types ---------------------------------------------------------------

    def route_pdf(self) -> None:
        self.reply(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")

    def route_json(self) -> None:
        self.reply(200, b'{"title": "not a page"}', "application/json")

    def route_image(self) -> None:
        self.reply(200, PNG, "image/png")

    def route_no_type(self) -> None:
        self.reply(200, _page("no content type here", "utf-8"), content_type=None)

    def route_no_type_binary(self) -> None:
        self.reply(200, PNG, content_type=None)

    def route_xhtml(self) -> None:
        body = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
                "<body><p>x</p></body></html>").encode()
        self.reply(200, body, "application/xhtml+xml")

    def route_html_says_png(self) -> None:
        """Content-Type says HTML, the body is a PNG."""
        self.reply(200, PNG, "text/html")

    # -- encodings -------------------------------------------------------------------

    def route_latin1_header(self) -> None:
        self.reply(200, _page(LATIN1_TEXT, "cp1252"), "text/html; charset=ISO-8859-1")

    def route_cp1252_meta(self) -> None:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        self.reply(200, _page(CP1252_TEXT, "cp1252", meta), "text/html")

    def route_shift_jis(self) -> None:
        self.reply(200, _page(SJIS_TEXT, "cp932"), "text/html; charset=Shift_JIS")

    def route_gb2312(self) -> None:
        self.reply(200, _page(GB_TEXT, "gb2312", '<meta charset="gb2312">'), "text/html")

    # -- status and truncation ------------------------------------------------------

    def route_empty(self) -> None:
        self.reply(200, b"")

    def route_truncated(self) -> None:
        """Content-Length says 10000, 200-odd bytes come, then the connection closes."""
        body = _page("the first part arrived", "utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "10000")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def route_truncated_empty(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "10000")
        self.end_headers()
        self.close_connection = True

    def route_missing(self) -> None:
        self.reply(404, b"<p>not found</p>")

    def route_error(self) -> None:
        self.reply(500, b"<p>oops</p>")

    def route_flaky(self) -> None:
        """503 on the first two requests, then a page."""
        if self.hit() <= 2:
            self.reply(503, b"<p>busy</p>")
            return
        self.reply(200, _page("third time lucky", "utf-8"), "text/html; charset=utf-8")

    def route_rate_limited(self) -> None:
        """429 with Retry-After: 1 on the first request, then a page."""
        if self.hit() <= 1:
            self.reply(429, b"<p>slow down</p>", headers={"Retry-After": "1"})
            return
        self.reply(200, _page("thanks for waiting", "utf-8"), "text/html; charset=utf-8")

    def route_come_back_later(self) -> None:
        """503 with a Retry-After of an hour: not worth waiting for."""
        self.reply(503, b"<p>maintenance</p>", headers={"Retry-After": "3600"})

    def route_reset(self) -> None:
        """Accept the request and close the connection without a word."""
        self.close_connection = True

    def route_echo(self) -> None:
        """A page listing the request headers, one <p> each."""
        lines = "".join(f"<p>{key}: {value}</p>" for key, value in self.headers.items())
        self.reply(200, f"<html><body>{lines}</body></html>".encode(), "text/html; charset=utf-8")


class FaultHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, tls: bool = False) -> None:
        super().__init__(("127.0.0.1", 0), FaultHandler)
        if tls:  # a self-signed certificate no client trusts: TLS errors in plain words
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(CERT_DIR / "self-signed.pem", CERT_DIR / "self-signed.key")
            self.socket = context.wrap_socket(self.socket, server_side=True)
        self.stopping = threading.Event()
        self._hits: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()

    def count(self, path: str) -> None:
        with self._lock:
            self._hits[path] += 1

    def hits(self, path: str) -> int:
        with self._lock:
            return self._hits[path]


class FaultServer:
    """The server running in a daemon thread; `url(path)` builds request URLs."""

    def __init__(self, httpd: FaultHTTPServer) -> None:
        self.httpd = httpd
        self.port = httpd.server_address[1]
        self._thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        self.scheme = "http"

    @classmethod
    def start(cls, tls: bool = False) -> FaultServer:
        server = cls(FaultHTTPServer(tls))
        server.scheme = "https" if tls else "http"
        server._thread.start()
        return server

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        return self.httpd.hits(path)

    def stop(self) -> None:
        self.httpd.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


if __name__ == "__main__":  # run by hand: python tests/fault_server.py
    running = FaultServer.start()
    print(f"fault server on {running.url('/')} (Ctrl-C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        running.stop()
