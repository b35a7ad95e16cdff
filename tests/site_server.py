"""A small, well-behaved website on 127.0.0.1 for discovery, robots.txt and cache tests.

    site = SiteServer.start(pages=6, crawl_delay=0.2)
    site.url("/")                 # http://127.0.0.1:PORT/
    site.requests()               # every request received: Request(path, conditional, headers)
    site.stop()

The site (every document carries an ETag and a Last-Modified, and answers 304 to a
matching conditional request):

    /robots.txt                   Disallow: /private/, Crawl-delay, Sitemap: /sitemap_index.xml
                                  (or an error status: SiteServer.start(robots_status=503))
    /sitemap_index.xml            a sitemap index of the two below, with <lastmod>
    /sitemap-news.xml.gz          gzipped urlset: /news/1 .. /news/N, dated one day apart
    /sitemap-pages.xml            urlset: /about and /private/secret (disallowed by robots.txt)
    /feed.xml, /atom.xml          RSS 2.0 and Atom feeds of the news pages
    /blog/                        an HTML page whose <link rel="alternate"> names /feed.xml
    /news/<n>, /about, /private/… article pages
    /bomb.xml.gz                  a "sitemap" whose gzip inflates to 200 MB
    /echo                         an article listing the request headers it received
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import hashlib
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from fault_server import gzip_bomb

# The news pages' dates: page n is dated FIRST_DAY + (n - 1) days.
FIRST_DAY = dt.date(2025, 3, 1)
# Last-Modified of every document: a fixed moment, so that runs agree.
LAST_MODIFIED = email.utils.format_datetime(dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc), usegmt=True)

PROSE = ("The committee met on Tuesday to review the findings of the survey, which covered "
         "four hundred households across the valley and took two years to complete. ")


@dataclass(frozen=True)
class Request:
    path: str
    conditional: bool  # carried If-None-Match or If-Modified-Since
    headers: dict[str, str]
    at: float  # time.monotonic() when it arrived


def news_date(number: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=number - 1)


def article(title: str, paragraphs: list[str], chrome: int = 0) -> bytes:
    """An article page; `chrome` > 0 surrounds it with that many menu links, related
    stories and footer links, and a cookie banner, as a real news site does."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    links = "".join(f"<li><a href='/section/{n}'>Section {n}</a></li>" for n in range(chrome))
    related = "".join(f"<li><a href='/news/{n}'>Another story, number {n}, about the valley</a></li>"
                      for n in range(chrome))
    extra = (f"<div class='cookie-banner'><p>We use cookies to improve your experience.</p></div>"
             f"<header><nav><ul>{links}</ul></nav></header><aside class='related'><ul>{related}</ul></aside>"
             if chrome else "")
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body>{extra}<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Site footer<ul>{links}</ul></footer></body></html>").encode()


class SiteHandler(BaseHTTPRequestHandler):
    server: SiteHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        return

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
        self.server.record(Request(path, conditional, dict(self.headers.items()), time.monotonic()))
        if path == "/robots.txt" and self.server.robots_status != 200:
            self.reply(self.server.robots_status, b"unavailable", "text/plain")
            return
        found = self.server.document(path, self.headers)
        if found is None:
            self.reply(404, b"<p>not found</p>", "text/html")
            return
        body, content_type = found
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        if self.headers.get("If-None-Match") == etag or (
                self.headers.get("If-Modified-Since") == LAST_MODIFIED and not self.headers.get("If-None-Match")):
            self.server.count_not_modified()
            self.reply(304, b"", None, headers)
            return
        self.reply(200, body, content_type, headers)

    def reply(self, status: int, body: bytes, content_type: str | None,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


class SiteHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (the bomb's reader stops at its cap) is no error
        worth a traceback on stderr, where it would land in another test's output."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)

    def __init__(self, pages: int, crawl_delay: float | None, robots_status: int, chrome: int) -> None:
        super().__init__(("127.0.0.1", 0), SiteHandler)
        self.pages = pages
        self.chrome = chrome
        self.crawl_delay = crawl_delay
        self.robots_status = robots_status
        self._log: list[Request] = []
        self.not_modified = 0  # 304 answers given
        self.edition = 1  # raise it to change every news page (new body, new ETag)
        self._lock = threading.Lock()
        self.base = f"http://127.0.0.1:{self.server_address[1]}"

    def record(self, request: Request) -> None:
        with self._lock:
            self._log.append(request)

    def requests(self) -> list[Request]:
        with self._lock:
            return list(self._log)

    def count_not_modified(self) -> None:
        with self._lock:
            self.not_modified += 1

    def forget(self) -> None:
        with self._lock:
            self._log.clear()
            self.not_modified = 0

    # -- the documents -----------------------------------------------------------

    def document(self, path: str, headers) -> tuple[bytes, str] | None:
        if path.startswith("/news/") and path[6:].isdigit() and 1 <= int(path[6:]) <= self.pages:
            number = int(path[6:])
            paragraphs = [f"Item {number}. {PROSE}" * 2, PROSE * 3] * (1 + self.chrome // 10)
            title = f"News {number}" + (f", update {self.edition}" if self.edition > 1 else "")
            return article(title, paragraphs, self.chrome), "text/html; charset=utf-8"
        if path == "/echo":
            lines = [f"{key}: {value}" for key, value in headers.items()]
            return article("Echo", [*lines, PROSE]), "text/html; charset=utf-8"
        documents = {
            "/robots.txt": (self.robots, "text/plain"),
            "/sitemap_index.xml": (self.sitemap_index, "application/xml"),
            "/sitemap-news.xml.gz": (self.news_sitemap, "application/gzip"),
            "/sitemap-pages.xml": (self.pages_sitemap, "application/xml"),
            "/feed.xml": (self.rss, "application/rss+xml"),
            "/atom.xml": (self.atom, "application/atom+xml"),
            "/blog/": (self.blog, "text/html; charset=utf-8"),
            "/about": (lambda: article("About", [PROSE * 2]), "text/html; charset=utf-8"),
            "/private/secret": (lambda: article("Secret", [PROSE * 2]), "text/html; charset=utf-8"),
            "/bomb.xml.gz": (gzip_bomb, "application/gzip"),
        }
        if path not in documents:
            return None
        make, content_type = documents[path]
        return make(), content_type

    def robots(self) -> bytes:
        delay = f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay else ""
        return (f"User-agent: *\nDisallow: /private/\n{delay}\n"
                f"User-agent: otherbot\nDisallow: /\n\n"
                f"Sitemap: {self.base}/sitemap_index.xml\n").encode()

    def sitemap_index(self) -> bytes:
        last = news_date(self.pages).isoformat()
        return ('<?xml version="1.0" encoding="UTF-8"?>'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{self.base}/sitemap-news.xml.gz</loc><lastmod>{last}</lastmod></sitemap>"
                f"<sitemap><loc>/sitemap-pages.xml</loc><lastmod>{FIRST_DAY.isoformat()}</lastmod></sitemap>"
                "</sitemapindex>").encode()

    def news_sitemap(self) -> bytes:
        urls = "".join(f"<url><loc>{self.base}/news/{n}</loc><lastmod>{news_date(n).isoformat()}</lastmod></url>"
                       for n in range(1, self.pages + 1))
        xml = ('<?xml version="1.0" encoding="UTF-8"?>'
               f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()
        return gzip.compress(xml, mtime=0)

    def pages_sitemap(self) -> bytes:
        return ('<?xml version="1.0" encoding="UTF-8"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{self.base}/about</loc></url>"
                f"<url><loc>{self.base}/private/secret</loc></url>"
                "</urlset>").encode()

    def rss(self) -> bytes:
        items = "".join(
            f"<item><title>News {n}</title><link>{self.base}/news/{n}</link>"
            f"<pubDate>{email.utils.format_datetime(dt.datetime.combine(news_date(n), dt.time(9), dt.timezone.utc))}"
            f"</pubDate></item>" for n in range(self.pages, 0, -1))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>'
                f"<link>{self.base}/</link>{items}</channel></rss>").encode()

    def atom(self) -> bytes:
        entries = "".join(
            f'<entry><title>News {n}</title><link rel="alternate" href="/news/{n}"/>'
            f'<link rel="replies" href="/news/{n}/comments"/><id>urn:news:{n}</id>'
            f"<updated>{news_date(n).isoformat()}T09:00:00Z</updated></entry>" for n in range(self.pages, 0, -1))
        return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Site</title>{entries}</feed>").encode()

    def blog(self) -> bytes:
        return ("<!DOCTYPE html><html><head><title>Blog</title>"
                '<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed.xml">'
                "</head><body><p>Blog</p></body></html>").encode()


class SiteServer:
    """The site running in a daemon thread."""

    def __init__(self, httpd: SiteHTTPServer) -> None:
        self.httpd = httpd
        # a short poll: stop() returns at once instead of after serve_forever's 0.5 s default
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @classmethod
    def start(cls, pages: int = 6, crawl_delay: float | None = None, robots_status: int = 200,
              chrome: int = 0) -> SiteServer:
        """`chrome`: menu, related and footer links per news page (0: a bare article)."""
        server = cls(SiteHTTPServer(pages, crawl_delay, robots_status, chrome))
        server._thread.start()
        return server

    def url(self, path: str) -> str:
        return self.httpd.base + path

    def requests(self) -> list[Request]:
        return self.httpd.requests()

    def paths(self) -> list[str]:
        return [request.path for request in self.httpd.requests()]

    def forget(self) -> None:
        self.httpd.forget()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
