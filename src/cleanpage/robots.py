"""robots.txt: may our user agent fetch a URL, how slowly, and which sitemaps the site names.

    book = RobotsBook(get, user_agent)
    book.check(url)             # RobotsDenied when the site's robots.txt refuses the URL
    book.crawl_delay(url)       # seconds between requests the site asks for, or None
    book.sitemaps(url)          # the Sitemap: lines of the site's robots.txt

One robots.txt per origin (scheme, host, port), fetched once through `get` (so it
obeys every cap of a fetch, the host's politeness and the cache) and kept for the
run; threads asking about the same origin wait for that one fetch. Rules are read
by protego (RFC 9309: the longest matching rule wins, `*` and `$` wildcards, the
most specific user-agent group).

What an unreadable robots.txt means follows RFC 9309 §2.3.1: a 4xx answer (no
robots.txt) allows everything; a 5xx (or 429) answer means "crawl nothing" until it
can be read, so the URLs of that site are refused (RobotsDenied) with the reason. A
host that gives no answer at all (connection, proxy, TLS, timeout) is not asked for
the page either: the page fails with that same error, in the fetcher's own words.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from .errors import FetchError, RobotsDenied

if TYPE_CHECKING:
    from .fetching import FetchedPage

# RFC 9309 §2.5: crawlers must parse at least the first 500 KiB; the rest is ignored.
ROBOTS_PARSE_BYTES = 500 * 1024

# The product token robots.txt groups name us by ("User-agent: cleanpage").
PRODUCT_TOKEN = "cleanpage"

IGNORE_HINT = "--ignore-robots fetches it anyway"

# "Too many requests" is the server asking us to wait, not saying it has no robots.txt:
# treated like a 5xx (as Google does), not like the other 4xx.
TOO_MANY_REQUESTS = 429


@dataclass(frozen=True, slots=True)
class _Rules:
    """One origin's robots.txt: parsed rules, or the reason to refuse every URL."""

    parser: object | None  # protego.Protego, or None when robots.txt allows everything
    refusal: str | None = None  # why nothing may be fetched (5xx, 429)
    unreachable: str | None = None  # the host gave no answer: the page would fail the same way


class RobotsBook:
    """The robots.txt of every origin a run touches, fetched once each."""

    def __init__(self, get: Callable[[str], FetchedPage], user_agent: str) -> None:
        self._get = get
        self._agent = user_agent
        self._lock = threading.Lock()
        self._rules: dict[str, _Rules] = {}
        self._pending: dict[str, threading.Lock] = {}

    def check(self, url: str) -> None:
        """Raise RobotsDenied when robots.txt refuses `url` to our user agent."""
        origin = _origin(url)
        if not origin or urlsplit(url).path == "/robots.txt":
            return
        rules = self._rules_of(origin)
        if rules.unreachable is not None:
            raise FetchError(f"{url}: {rules.unreachable}", url=url)
        if rules.refusal is not None:
            raise RobotsDenied(f"{url}: {rules.refusal}; {IGNORE_HINT}", url=url)
        if rules.parser is not None and not rules.parser.can_fetch(url, self._agent):
            raise RobotsDenied(f"{url}: disallowed by {origin}/robots.txt for user agent "
                               f"'{self._agent}'; {IGNORE_HINT}", url=url)

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay (or Request-rate, as seconds per request) robots.txt sets for us."""
        origin = _origin(url)
        rules = self._rules_of(origin) if origin else None
        if rules is None or rules.parser is None:
            return None
        delay = rules.parser.crawl_delay(self._agent)
        rate = rules.parser.request_rate(self._agent)
        if rate is not None and rate.requests > 0:
            delay = max(delay or 0.0, rate.seconds / rate.requests)
        return delay

    def sitemaps(self, url: str) -> list[str]:
        """The sitemap URLs a site's robots.txt names (Sitemap: lines), in order."""
        origin = _origin(url)
        rules = self._rules_of(origin) if origin else None
        if rules is None or rules.parser is None:
            return []
        return list(rules.parser.sitemaps)

    def _rules_of(self, origin: str) -> _Rules:
        """The origin's rules, fetching robots.txt the first time (one fetch per origin)."""
        with self._lock:
            if origin in self._rules:
                return self._rules[origin]
            pending = self._pending.setdefault(origin, threading.Lock())
        with pending:
            with self._lock:
                if origin in self._rules:
                    return self._rules[origin]
            rules = self._read(origin)
            with self._lock:
                self._rules[origin] = rules
                self._pending.pop(origin, None)
        return rules

    def _read(self, origin: str) -> _Rules:
        """Fetch and parse one robots.txt, RFC 9309's way with failures."""
        import protego

        try:
            resource = self._get(f"{origin}/robots.txt")
        except FetchError as exc:
            reason = exc.message.split(": ", 1)[-1]
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != TOO_MANY_REQUESTS:
                return _Rules(parser=None)  # no robots.txt: everything is allowed
            if exc.status is None:  # no answer at all (connection, proxy, TLS, timeout)
                return _Rules(parser=None, unreachable=reason)
            return _Rules(parser=None, refusal=f"{origin}/robots.txt could not be read ({reason}), "
                                               f"so the site may not be crawled (RFC 9309)")
        text = resource.body[:ROBOTS_PARSE_BYTES].decode("utf-8", errors="replace")
        return _Rules(parser=protego.Protego.parse(text))


def agent_token(user_agent: str | None, default_agent: str) -> str:
    """The name robots.txt groups are matched against: our product token for our own
    User-Agent, else the whole header the user chose (protego finds its tokens)."""
    if user_agent is None or user_agent == default_agent:
        return PRODUCT_TOKEN
    return user_agent


def _origin(url: str) -> str | None:
    """'https://example.org:8443' from any URL on that origin; None for non-HTTP URLs."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))
