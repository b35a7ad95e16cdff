"""The data that flows through cleanpage: `Options` in, `Article` out.

Both are frozen, slotted dataclasses of plain values, so they pickle across
process pools and Dask workers and compare by value. An Article from `clean`
makes the fields it reads from its cleaned body (markdown, text, word_count,
html, quotes) when one is first read: a caller asking for one format pays for
that one (pickling reads them all).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .siterules import SiteRules

FORMATS = ("markdown", "json", "jsonl", "text", "html")
# The attribute `cleanpage explain` numbers a page's elements with, so that a
# Removal can say which element of the original page it took (Removal.node).
NODE_ATTR = "data-cleanpage-node"


@dataclass(frozen=True, slots=True)
class Options:
    """Every knob of cleaning, rendering and fetching, passed whole."""

    # cleaning
    comments: bool = False  # keep reader comments
    links: bool = True  # keep hyperlinks (as Markdown links)
    images: bool = False  # keep images (as Markdown images)
    explain: bool = False  # record every removed block in Article.removals
    fallback: bool = True  # try readability-lxml when our own pass finds too little
    selector: str | None = None  # CSS: the content container, forced (--selector)
    exclude: tuple[str, ...] = ()  # CSS: elements removed before anything else (--exclude)
    site_rules: SiteRules | None = None  # per-site rules (--rules), matched on the page's host
    time_limit: float | None = None  # seconds to clean one page (TimeLimitError past it); None: no limit
    # rendering
    front_matter: bool = False  # YAML metadata block on top of Markdown
    # fetching
    timeout: float = 30.0  # total seconds per URL, connect + headers + body
    retries: int = 2  # retries for connection errors, 429, 502, 503, 504
    user_agent: str | None = None  # None: cleanpage's own honest User-Agent
    max_bytes: int = 10_000_000  # cap on the decoded body
    headers: tuple[tuple[str, str], ...] = ()  # extra request headers (-H), sent on top of ours
    cookies: str | None = None  # path of a Netscape cookies.txt file whose cookies are sent

    def __post_init__(self) -> None:
        """Refuse impossible values at once, with the field named, rather than deep in a fetch."""
        for name in ("comments", "links", "images", "explain", "fallback", "front_matter"):
            _require(isinstance(getattr(self, name), bool), name, "must be True or False")
        timeout = self.timeout
        _require(isinstance(timeout, (int, float)) and not isinstance(timeout, bool)
                 and 0 < timeout < float("inf"), "timeout", "must be a positive, finite number of seconds")
        limit = self.time_limit
        _require(limit is None or (isinstance(limit, (int, float)) and not isinstance(limit, bool)
                                   and 0 < limit < float("inf")),
                 "time_limit", "must be None or a positive, finite number of seconds")
        _require(_is_int(self.retries) and self.retries >= 0, "retries", "must be a whole number >= 0")
        _require(_is_int(self.max_bytes) and self.max_bytes >= 1, "max_bytes", "must be a whole number >= 1")
        _require(self.user_agent is None or (isinstance(self.user_agent, str) and self.user_agent.strip() != ""
                                             and "\n" not in self.user_agent and "\r" not in self.user_agent),
                 "user_agent", "must be None or one non-empty line of text")
        _require(isinstance(self.headers, tuple) and all(
            isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(part, str) and "\n" not in part
                                                               and "\r" not in part for part in pair)
            for pair in self.headers), "headers", "must be a tuple of (name, value) pairs of one line each")
        _require(self.cookies is None or (isinstance(self.cookies, str) and self.cookies != ""),
                 "cookies", "must be None or the path of a cookies file")
        _require(self.selector is None or (isinstance(self.selector, str) and self.selector.strip() != ""),
                 "selector", "must be None or a CSS selector")
        _require(isinstance(self.exclude, tuple) and all(isinstance(css, str) and css.strip() for css in self.exclude),
                 "exclude", "must be a tuple of CSS selectors")
        _require(self.site_rules is None or hasattr(self.site_rules, "for_host"), "site_rules",
                 "must be None or a SiteRules (cleanpage.siterules.load_rules)")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _require(ok: bool, name: str, rule: str) -> None:
    if not ok:
        raise ValueError(f"Options.{name} {rule}")


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted speech or writing: a block quote, a pull quote, an embedded post or inline
    speech, with whole boundaries (never titles, scare quotes or sign texts). `speaker` is
    the person or organisation the page names, as a name, or None."""

    text: str
    speaker: str | None = None
    kind: str = "inline"  # "block" | "pull" | "inline"


@dataclass(frozen=True, slots=True)
class Removal:
    """One block removed while cleaning (or kept by the main-text guard), for --explain."""

    path: str  # short CSS-like path, e.g. "body>div.cookie-banner"
    rule: str  # name of the rule in the removal table (rules.RULES)
    text: str  # first words of the removed text
    words: int = 0  # words the removal took (or would have taken, when kept)
    kept: bool = False  # True: the main-text guard refused this removal
    reason: str = ""  # why the guard refused it ("would remove 82% of the text")
    node: str | None = None  # the element's NODE_ATTR, when the page was numbered (explain report)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. Field order is the JSON key order (DESIGN.md).

    `html` (the cleaned body as HTML), `removals` and `notes` are not part of
    the JSON record: `html` feeds the html format, `removals` feeds --explain
    and the explain report, `notes` (selectors that matched nothing) -v.
    """

    source: str | None = None
    url: str | None = None
    title: str | None = None  # the headline the page shows, without the site's name (README: fields)
    byline: str | None = None  # the authors' names only, "A and B" / "A, B and C"
    date: str | None = None  # publication day as the page states it; never from a body sentence, never the update date
    updated: str | None = None  # the day the page labels as its update, else its structured modification; never before date
    site_name: str | None = None
    lang: str | None = None
    description: str | None = None
    markdown: str = ""
    text: str = ""
    # the page's own statement(s) of who funded, supported or sponsored the work it reports,
    # under a funding heading or as a self-contained statement, wherever it sat; also in the body
    funding: str | None = None
    quotes: tuple[Quote, ...] = ()
    word_count: int = 0
    html: str = field(default="", repr=False, compare=False)
    removals: tuple[Removal, ...] = field(default=(), repr=False, compare=False)
    notes: tuple[str, ...] = field(default=(), repr=False, compare=False)  # e.g. a site rule that matched nothing
    # what makes the FROM_BODY fields not yet read, `make(article, name)`; None once all are
    _from_body: Callable[[Article, str], object] | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def from_body(cls, make: Callable[[Article, str], object], **values: object) -> Article:
        """An Article whose FROM_BODY fields are `make(article, name)`, each made when first read."""
        article = cls(**values)
        for name in FROM_BODY:
            object.__delattr__(article, name)  # an empty slot: reading it calls __getattr__
        object.__setattr__(article, "_from_body", make)
        return article

    def __getattr__(self, name: str) -> object:
        """A FROM_BODY field read for the first time: made, kept (the body is let go after the last)."""
        make = self._from_body
        if make is None or name not in FROM_BODY:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = make(self, name)
        object.__setattr__(self, name, value)
        if all(_is_set(self, other) for other in FROM_BODY):
            object.__setattr__(self, "_from_body", None)
        return value


# The fields an Article from `clean` makes from its cleaned body when first read
# (Article.from_body): its renderings, and the quotations found in it.
FROM_BODY = ("markdown", "text", "quotes", "word_count", "html")
_SLOTS = {name: Article.__dict__[name] for name in FROM_BODY}


def replaced(article: Article, **changes: object) -> Article:
    """`dataclasses.replace(article, **changes)`, leaving the FROM_BODY fields not yet made to be
    made when first read (replace reads every field: a batch sets `source` on every Article)."""
    make = article._from_body
    if make is None or not changes.keys().isdisjoint(FROM_BODY):
        return replace(article, **changes)
    values = {f.name: changes[f.name] if f.name in changes else getattr(article, f.name)
              for f in fields(Article) if f.init and f.name not in FROM_BODY}
    copy = Article.from_body(make, **values)
    for name in FROM_BODY:
        if _is_set(article, name):  # made already: the copy keeps it
            object.__setattr__(copy, name, _SLOTS[name].__get__(article, Article))
    return copy


def _is_set(article: Article, name: str) -> bool:
    try:
        _SLOTS[name].__get__(article, Article)  # the slot itself: never __getattr__
    except AttributeError:
        return False
    return True


JSON_FIELDS = (
    "source", "url", "title", "byline", "date", "updated", "site_name", "lang", "description",
    "markdown", "text", "funding", "quotes", "word_count",
)
