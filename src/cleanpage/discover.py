"""From a site to its article URLs: sitemaps and feeds.

    for found in sitemap_urls(url, client, since=..., limit=...): ...   # Found(url, date) or Found(url, error)
    for found in feed_urls(url, client, since=..., limit=...): ...

Sitemaps (sitemaps.org): a `<urlset>`, a `<sitemapindex>` of sitemaps (walked
breadth first, each sitemap fetched once, at most MAX_SITEMAPS of them), a text
sitemap (one URL a line), an RSS or Atom feed used as a sitemap, any of them
gzipped; a site root ("https://example.org/") stands for the sitemaps its
robots.txt names, else /sitemap.xml. Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom; an
HTML page stands for the first feed its `<link rel="alternate">` names.

Every document is fetched through the run's Client, so discovery obeys robots.txt,
the host's turn, the cache and every cap of a fetch; a gzipped sitemap is inflated
under the same `max_bytes` (a gzip bomb stops there). XML is parsed without
entities, DTDs or network access. A sitemap or feed that fails becomes one
`Found` with its error, and the walk goes on with the others.

`since` keeps entries dated on or after it (sitemap <lastmod>, the feed item's
date); undated entries are kept, since nothing says they are old. An index entry
whose <lastmod> is before `since` is not fetched. `limit` stops after that many
URLs; the walk is lazy, so nothing past the limit is fetched.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import itertools
import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from .errors import CleanpageError, FetchError
from .patterns import lazy

if TYPE_CHECKING:
    from .client import Client
    from .fetching import FetchedPage

# A sitemap index may name 50,000 sitemaps of 50,000 URLs each; one walk reads at
# most this many sitemap files, so a runaway (or hostile) index cannot go on for ever.
MAX_SITEMAPS = 1000

GZIP_MAGIC = b"\x1f\x8b"
# Inflate gzip in pieces of this size, checking the total against max_bytes each time.
INFLATE_CHUNK = 64 * 1024

# The types a <link rel="alternate"> names a feed by.
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/x-rss+xml", "text/xml", "application/xml"})

# An HTML page rather than XML: its media type, or how its body opens.
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
HTML_OPENING_RE = lazy(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)", re.IGNORECASE | re.DOTALL)

HTTP_URL_RE = lazy(r"https?://\S+\Z", re.IGNORECASE)

# One safe XML parser per call: no entities (billion laughs), no DTD, no network, no huge tree.
XML_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          recover=True, remove_comments=True, remove_pis=True)


@dataclass(frozen=True, slots=True)
class Found:
    """One discovered URL with its date (ISO 8601 as the site wrote it), or a failed document."""

    url: str
    date: str | None = None
    error: CleanpageError | None = None


# ----------------------------------------------------------------- walks


def sitemap_urls(url: str, client: Client, *, since: dt.datetime | None = None,
                 limit: int | None = None) -> Iterator[Found]:
    """The page URLs of a sitemap, sitemap index or site root, deduplicated, in order."""
    return _limited(_unique(_walk_sitemaps(url, client, since)), limit)


def feed_urls(url: str, client: Client, *, since: dt.datetime | None = None,
              limit: int | None = None) -> Iterator[Found]:
    """The item URLs of a feed, or of the feed an HTML page names."""
    return _limited(_unique(_read_feed(url, client, since)), limit)


def site_urls(client: Client, *, sitemaps: Iterable[str] = (), feeds: Iterable[str] = (),
              since: dt.datetime | None = None, limit: int | None = None) -> Iterator[Found]:
    """The URLs of several sitemaps, then several feeds: one stream, deduplicated, one limit."""
    walks = [_walk_sitemaps(url, client, since) for url in sitemaps]
    walks += [_read_feed(url, client, since) for url in feeds]
    return _limited(_unique(itertools.chain.from_iterable(walks)), limit)


def _walk_sitemaps(start: str, client: Client, since: dt.datetime | None) -> Iterator[Found]:
    queue = deque(_start_sitemaps(start, client))
    seen: set[str] = set()
    while queue and len(seen) < MAX_SITEMAPS:
        sitemap = queue.popleft()
        if sitemap in seen:
            continue
        seen.add(sitemap)
        try:
            resource = client.get(sitemap)
            kind, entries = parse_sitemap(inflate(resource, client.options.max_bytes), resource.url)
        except CleanpageError as exc:
            yield Found(sitemap, error=exc)
            continue
        for found in entries:
            if not _recent(found.date, since):
                continue
            if kind == "index":
                queue.append(found.url)
            else:
                yield found


def _start_sitemaps(url: str, client: Client) -> list[str]:
    """A site root stands for the sitemaps its robots.txt names, else /sitemap.xml."""
    parts = urlsplit(url)
    if parts.path not in ("", "/") or parts.query:
        return [url]
    return client.robots.sitemaps(url) or [urljoin(url, "/sitemap.xml")]


def _read_feed(url: str, client: Client, since: dt.datetime | None) -> Iterator[Found]:
    try:
        resource = client.get(url)
        body = inflate(resource, client.options.max_bytes)
        if _is_html(resource, body):
            feed = feed_link(body, resource.url)
            if feed is None:
                raise FetchError(f"{url}: an HTML page that names no feed (<link rel=\"alternate\">)", url=url)
            resource = client.get(feed)
            body = inflate(resource, client.options.max_bytes)
        entries = parse_feed(body, resource.url)
    except CleanpageError as exc:
        yield Found(url, error=exc)
        return
    yield from (found for found in entries if _recent(found.date, since))


def _unique(found: Iterable[Found]) -> Iterator[Found]:
    seen: set[str] = set()
    for item in found:
        if item.error is None and item.url in seen:
            continue
        seen.add(item.url)
        yield item


def _limited(found: Iterator[Found], limit: int | None) -> Iterator[Found]:
    count = 0
    for item in found:
        if limit is not None and count >= limit:
            return
        if item.error is None:
            count += 1
        yield item


# ----------------------------------------------------------------- bytes


def inflate(resource: FetchedPage, max_bytes: int) -> bytes:
    """The body, gunzipped when it is gzip data (a .xml.gz sitemap), never past max_bytes.

    Concatenated gzip members are inflated one after another, as gzip does, and every
    piece is counted: a bomb of many small members stops at the cap like one big one."""
    data = resource.body
    if not data.startswith(GZIP_MAGIC):
        return data
    out = bytearray()
    try:
        while data.startswith(GZIP_MAGIC):
            inflater = zlib.decompressobj(wbits=31)  # 16 + 15: one gzip member
            while data and not inflater.eof:
                out += inflater.decompress(data, INFLATE_CHUNK)
                if len(out) > max_bytes:
                    raise FetchError(f"{resource.url}: larger than {max_bytes} bytes once decompressed",
                                     url=resource.url)
                data = inflater.unconsumed_tail
            if not inflater.eof:
                raise zlib.error("the data ends before the gzip stream does")
            data = inflater.unused_data
    except zlib.error as exc:
        raise FetchError(f"{resource.url}: the gzip data is corrupt ({exc})", url=resource.url) from exc
    return bytes(out)


def _is_html(resource: FetchedPage, body: bytes) -> bool:
    media_type = (resource.content_type or "").split(";", 1)[0].strip().lower()
    return media_type in HTML_MEDIA_TYPES or HTML_OPENING_RE.match(body[:4096]) is not None


def _xml_root(body: bytes, url: str) -> lxml.etree._Element:
    try:
        root = lxml.etree.fromstring(body, lxml.etree.XMLParser(**XML_PARSER_OPTIONS))
    except lxml.etree.XMLSyntaxError as exc:
        raise FetchError(f"{url}: not XML ({exc})", url=url) from exc
    if root is None:
        raise FetchError(f"{url}: not XML (empty document)", url=url)
    return root


def _local(element: lxml.etree._Element) -> str:
    """A tag without its namespace: 'urlset' from '{http://www.sitemaps.org/…}urlset'."""
    tag = element.tag
    return lxml.etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(element: lxml.etree._Element, *names: str) -> str | None:
    """The text of the first child with one of these local names (in that order of preference)."""
    for name in names:
        for child in element:
            if _local(child) == name and child.text and child.text.strip():
                return child.text.strip()
    return None


# ----------------------------------------------------------------- sitemaps


def parse_sitemap(body: bytes, url: str) -> tuple[str, list[Found]]:
    """("index", sitemaps) or ("urlset", pages) of one sitemap document, URLs absolute."""
    if not body.lstrip().startswith(b"<"):
        return "urlset", _text_sitemap(body, url)
    root = _xml_root(body, url)
    kind = _local(root)
    if kind in ("rss", "RDF", "feed"):
        return "urlset", parse_feed(body, url)
    if kind not in ("urlset", "sitemapindex"):
        raise FetchError(f"{url}: not a sitemap (<{kind}> document)", url=url)
    child = "sitemap" if kind == "sitemapindex" else "url"
    entries = []
    for element in root:
        if _local(element) != child:
            continue
        loc = _child_text(element, "loc")
        if loc and _is_http(urljoin(url, loc)):
            entries.append(Found(urljoin(url, loc), _child_text(element, "lastmod")))
    return ("index" if kind == "sitemapindex" else "urlset"), entries


def _text_sitemap(body: bytes, url: str) -> list[Found]:
    """A text sitemap: one URL a line; a document with no URL line at all is not a sitemap."""
    lines = body.decode("utf-8", errors="replace").splitlines()
    found = [Found(line.strip()) for line in lines if HTTP_URL_RE.match(line.strip())]
    if not found and body.strip():
        raise FetchError(f"{url}: not a sitemap (neither XML nor one URL a line)", url=url)
    return found


# ----------------------------------------------------------------- feeds


def feed_link(body: bytes, url: str) -> str | None:
    """The first feed an HTML page names with <link rel="alternate" type="…rss/atom…">."""
    try:
        root = lxml.html.fromstring(body)
    except (lxml.etree.ParserError, ValueError):
        return None
    for link in root.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";", 1)[0].strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" in rels and kind in FEED_TYPES and href:
            return urljoin(url, href)
    return None


def parse_feed(body: bytes, url: str) -> list[Found]:
    """The items of an RSS 2.0, RSS 1.0 or Atom feed: link and date, links absolute."""
    root = _xml_root(body, url)
    kind = _local(root)
    if kind not in ("rss", "RDF", "feed"):
        raise FetchError(f"{url}: not an RSS or Atom feed (<{kind}> document)", url=url)
    items = [el for el in root.iter() if _local(el) in ("item", "entry")]
    found = []
    for item in items:
        link = _atom_link(item) if _local(item) == "entry" else _rss_link(item)
        if link and _is_http(urljoin(url, link)):
            date = _child_text(item, "published", "pubDate", "date", "issued", "updated", "modified")
            found.append(Found(urljoin(url, link), _iso_date(date)))
    return found


def _rss_link(item: lxml.etree._Element) -> str | None:
    link = _child_text(item, "link")
    if link:
        return link
    for child in item:  # a guid is the item's URL unless isPermaLink="false"
        if _local(child) == "guid" and (child.get("isPermaLink") or "true").lower() != "false":
            return (child.text or "").strip() or None
    return None


def _atom_link(entry: lxml.etree._Element) -> str | None:
    links = [child for child in entry if _local(child) == "link" and child.get("href")]
    for link in links:
        if (link.get("rel") or "alternate") == "alternate":
            return link.get("href").strip()
    return None


def _is_http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


# ----------------------------------------------------------------- dates


def parse_date(text: str) -> dt.datetime | None:
    """A W3C / ISO 8601 date or an RFC 822 date as an aware datetime (naive = UTC); None if unreadable."""
    text = text.strip()
    when = _rfc822(text) if text[:1].isalpha() or "," in text else _iso8601(text)
    if when is None:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


def _rfc822(text: str) -> dt.datetime | None:
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


# Sitemaps allow 'YYYY' and 'YYYY-MM' as well as full dates and date-times.
PARTIAL_DATE_RE = lazy(r"(\d{4})(?:-(\d{2}))?\Z")


def _iso8601(text: str) -> dt.datetime | None:
    partial = PARTIAL_DATE_RE.match(text)
    if partial:
        return dt.datetime(int(partial.group(1)), int(partial.group(2) or 1), 1)
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None


def _iso_date(text: str | None) -> str | None:
    """A feed's date as ISO 8601 (RSS writes RFC 822 dates); as written when unreadable."""
    if text is None:
        return None
    when = parse_date(text)
    return when.isoformat() if when is not None else text


def _recent(date: str | None, since: dt.datetime | None) -> bool:
    """Whether an entry passes --since: dated on or after it, or undated (or unreadable)."""
    if since is None or date is None:
        return True
    when = parse_date(date)
    return when is None or when >= since
