"""Every request of a fetch run, polite and cached: robots.txt, the host's turn, the cache.

    client = Client(options, delay=1.0, robots=True, cache=HttpCache("cache/"))
    page = client.page(url)        # an HTML page (FetchedPage: bytes and Content-Type)
    resource = client.get(url)     # any document: sitemaps, feeds, robots.txt

1. robots: unless told to ignore it, the site's robots.txt (fetched once per origin,
   through steps 2-3 like any request) may refuse the URL (RobotsDenied); its
   Crawl-delay becomes the least delay between requests to that host
2. the host's turn (batch.HostGate): at most PER_HOST_LIMIT requests at a time to
   one host, and the delay between their starts
3. the fetch itself, through the cache when there is one (httpcache.fetch_cached),
   under every cap of fetching.py: scheme, redirects, retries, deadline, size

A Client is shared by the threads of one run.
"""

from __future__ import annotations

from .batch import PER_HOST_LIMIT, HostGate
from .fetching import DEFAULT_USER_AGENT, FetchedPage, require_html
from .httpcache import HttpCache, fetch_cached
from .model import Options
from .robots import RobotsBook, agent_token


class Client:
    """The requests of one run: robots.txt honoured, hosts spared, responses cached."""

    def __init__(self, options: Options, *, delay: float = 0.0, robots: bool = True,
                 cache: HttpCache | None = None) -> None:
        self.options = options
        self.cache = cache
        self.gate = HostGate(PER_HOST_LIMIT, delay)
        self.honour_robots = robots
        self.robots = RobotsBook(self._fetch, agent_token(user_agent(options), DEFAULT_USER_AGENT))

    def get(self, url: str, *, html_only: bool = False) -> FetchedPage:
        """One document, after robots.txt allowed it; FetchError (or RobotsDenied) on failure."""
        if self.honour_robots:
            self.robots.check(url)
            crawl_delay = self.robots.crawl_delay(url)
            if crawl_delay:
                self.gate.at_least(url, crawl_delay)
        return self._fetch(url, html_only=html_only)

    def page(self, url: str) -> FetchedPage:
        """One HTML page (undecoded: api.clean_fetched decodes it)."""
        return require_html(self.get(url, html_only=True), url)

    def _fetch(self, url: str, *, html_only: bool = False) -> FetchedPage:
        with self.gate.slot(url):
            return fetch_cached(url, self.options, self.cache, html_only=html_only)


def user_agent(options: Options) -> str:
    """The User-Agent the requests carry: -H's, else --user-agent's, else ours."""
    for name, value in options.headers:
        if name.lower() == "user-agent":
            return value
    return options.user_agent or DEFAULT_USER_AGENT
