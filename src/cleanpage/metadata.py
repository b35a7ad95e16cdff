"""Page metadata: title, byline, date, site name, language, description, canonical URL.

`extract_metadata(root, url)` reads the parsed page BEFORE boilerplate removal and
never modifies it. Sources, most trusted first:

1. JSON-LD (`script[type=application/ld+json]`, with `@graph` and nested lists)
2. `<meta>` tags (OpenGraph, Twitter, Dublin Core, Parse.ly, itemprop), collected once
3. the DOM: the article's own `<h1>`, byline markup and dates in a bounded window
   of elements around it, `time[datetime]`
4. `<title>` with the site name cut off; for dates the URL, then written dates in
   the text next to the headline

Speed: the <head> is read first and the body only when the head leaves the title,
byline or date open; the window is walked lazily, nearest level first, and never
grows with the page. Every rule is a named constant below. Word lists cover English, German, French,
Spanish, Italian, Dutch, Polish, Portuguese and Swedish, and are never the only signal.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from collections.abc import Iterator
from itertools import islice
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
from .patterns import lazy


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself; every value is a plain string or None."""

    title: str | None = None
    byline: str | None = None
    date: str | None = None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[+HH:MM]"
    site_name: str | None = None
    lang: str | None = None  # "en", "en-US", "pt-br" (language part lower-cased)
    description: str | None = None
    canonical_url: str | None = None  # absolute http(s) URL


# ---------------------------------------------------------------------------
# Structured sources: XPath and key tables
# ---------------------------------------------------------------------------

# The <head>'s children and one pass over the body, both filtered by tag in C, so only
# the matches become Python objects. Measured on 181 pages: a whole-tree XPath per
# source costs one full traversal each, and XPath attribute predicates (translate,
# contains) cost more than filtering the few matches in Python.
_HEAD_TAGS = ("meta", "title", "script", "link")
# (A canonical <link> belongs in the head; the body's links are stylesheets and icons.)
_BODY_TAGS = ("meta", "title", "script", "h1", "h2", "time", "article", "main")
_MAX_H1 = 10  # a page with more h1s than this uses them as styling, not as headline
_MAX_H2 = 10  # an h2 heads the article only when it repeats the title; it sits near the top
_MAX_TIMES = 20  # time elements beyond these sit in teaser lists, not the article header
_MAX_HEADLINE_DEPTH = 40  # how far up an h1 is checked for an article/main ancestor

# Meta attributes that name a property, in order: the first present one is read, and
# several names may share it (space separated).
_META_KEY_ATTRS = ("property", "name", "itemprop", "http-equiv")

# Meta keys in order of trust, per field (keys are lower-cased).
_TITLE_META_KEYS = (
    "dc:title", "dcterm:title", "dcterms.title", "dc.title", "og:title",
    "twitter:title", "parsely-title", "sailthru.title", "title",
)
_AUTHOR_META_KEYS = (
    "dc:creator", "dcterm:creator", "dcterms.creator", "dc.creator", "author",
    "article:author", "parsely-author", "sailthru.author", "byl", "citation_author",
)
# Publication dates only; modified dates are deliberately absent.
_DATE_META_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dc.date", "dc:date", "date", "pubdate", "publishdate",
    "publish-date", "published_time", "publication_date", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "article.published",
    "datecreated",
)
_SITE_META_KEYS = ("og:site_name", "application-name")
_IMAGE_KEYS = ("og:image", "og:image1", "og:image2", "twitter:image")  # the upload path often holds the day
_LANG_META_KEYS = ("og:locale", "content-language", "dc.language", "dc:language", "inlanguage")
_DESCRIPTION_META_KEYS = ("description", "og:description", "twitter:description", "dc:description")
# Only these keys are kept: a page has dozens of metas we never read.
_WANTED_META_KEYS = frozenset(
    (*_TITLE_META_KEYS, *_AUTHOR_META_KEYS, *_DATE_META_KEYS, *_SITE_META_KEYS,
     *_LANG_META_KEYS, *_DESCRIPTION_META_KEYS, "og:url", *_IMAGE_KEYS)
)

# JSON-LD @type values that describe the article itself (schema.org CreativeWork kinds).
_ARTICLE_TYPE_RE = lazy(r"(?:Article|Posting|Report|Review|Recipe|CreativeWork)$")
# CDATA and HTML comment wrappers some CMSs put around JSON-LD.
# (Closing wrappers need no rule: raw_decode stops at the end of the JSON value.)
_JSON_OPENER_RE = lazy(r"\s*(?://\s*)?(?:<!\[CDATA\[|<!--)")
_JSON_DECODER = json.JSONDecoder(strict=False)  # strict=False: raw newlines in strings
# Keys under which JSON-LD nests further items worth reading.
_JSON_NESTED_KEYS = ("@graph", "mainEntity", "mainEntityOfPage")

# Double-escaped entities left in attribute values ("&amp;#8217;" -> "&#8217;").
_ENTITY_RE = lazy(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);", re.IGNORECASE)
_URL_LIKE_RE = lazy(r"^(?:https?:)?//|^www\.", re.IGNORECASE)


def extract_metadata(root: lxml.html.HtmlElement, url: str | None = None) -> Metadata:
    """Read the page's metadata without touching the tree.

    1. the <head>: meta, link, title, JSON-LD; what they say (title, byline, date...)
    2. only when the head leaves the title, byline or date open: one pass over the body
       (its JSON-LD, itemprop metas, h1/h2, time, article) and the head's answers again
    3. title: structured, else the h1 the <title> repeats, else the <title> cut
    4. byline and date left open: the markup and text in a window around the headline
       (then the URL for dates)
    """
    page = _Page()
    sources = _Sources(page)
    sources.read(_child(root, "head"), _HEAD_TAGS, children_only=True)
    facts = _facts(sources, url)
    if not facts.complete and sources.read(_child(root, "body"), _BODY_TAGS, children_only=False):
        facts = _facts(sources, url)
    meta = sources.meta
    headline, title = _title(page, facts, meta)
    anchor = None  # a complete head needs no window
    if not facts.complete:
        anchor = headline if headline is not None else _fallback_anchor(root, page)
    window = _Window(anchor)
    return Metadata(
        title=title,
        byline=_join_names(_without_site(facts.names or _dom_byline(window), facts.sites)),
        date=_site_day(facts.date, (url, facts.canonical))
        or _dom_date(window, page, (url, facts.canonical, _first_meta(meta, _IMAGE_KEYS))),
        site_name=facts.site_name or _site_from_title(title, facts.page_title),
        lang=_lang(root, meta),
        description=_description(meta, facts.article),
        canonical_url=facts.canonical,
    )


def _child(root: lxml.html.HtmlElement, tag: str) -> lxml.html.HtmlElement | None:
    """The root's <head> or <body> (an iterator matched in C: `find` runs ElementPath)."""
    return next(root.iterchildren(tag), None)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the structured sources (JSON-LD, meta, link, <title>) say."""

    article: dict | None
    canonical: str | None
    site_name: str | None
    sites: set[str]  # comparable forms of the site name and domain
    page_title: str | None  # the <title>, whole
    title: str | None  # JSON-LD or meta title, site name cut
    names: list[str]
    date: str | None

    @property
    def complete(self) -> bool:
        return bool(self.title and self.names and self.date)


def _facts(sources: _Sources, url: str | None) -> _Facts:
    meta, items, page = sources.meta, sources.items, sources.page
    article = _first_article(items)
    canonical = _canonical_url(page.links, meta, url)
    site_name = _site_name(meta, items, article)
    sites = _site_keys(site_name, canonical or url)
    page_title = _clean_text(page.titles[0].text_content()) if page.titles else None
    return _Facts(
        article=article,
        canonical=canonical,
        site_name=site_name,
        sites=sites,
        page_title=page_title,
        title=_structured_title(meta, article, sites, page_title),
        names=_structured_names(meta, article),
        date=_structured_date(meta, article or _first_dated(items)),
    )


# ---------------------------------------------------------------------------
# Collecting meta tags and JSON-LD
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    """The elements of one scan, each list in document order."""

    metas: list = field(default_factory=list)
    links: list = field(default_factory=list)
    scripts: list = field(default_factory=list)  # every script of the body, JSON-LD of the head
    titles: list = field(default_factory=list)  # the head's <title>
    h1s: list = field(default_factory=list)
    h2s: list = field(default_factory=list)
    times: list = field(default_factory=list)
    articles: list = field(default_factory=list)  # <article> and <main>


class _Sources:
    """The page's elements by kind, with the meta values and JSON-LD items read so far."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.meta: dict[str, list[str]] = {}
        self.items: list[dict] = []
        self._lists = {
            "meta": page.metas, "link": page.links, "script": page.scripts, "title": page.titles,
            "h1": page.h1s, "h2": page.h2s, "time": page.times, "article": page.articles,
            "main": page.articles,
        }

    def read(self, container: lxml.html.HtmlElement | None, tags: tuple, children_only: bool) -> bool:
        """File the container's elements of these tags (libxml2 filters by tag in C);
        True when they add to what the structured sources say."""
        if container is None:
            return False
        page = self.page
        before = (len(page.metas), len(page.scripts), len(page.titles))
        found = container.iterchildren(tags) if children_only else container.iter(tags)
        for element in found:
            self._lists[element.tag].append(element)
        values, items = sum(map(len, self.meta.values())), len(self.items)
        _collect_meta(page.metas[before[0]:], self.meta)
        self.items += _json_ld_items(page.scripts[before[1]:])
        return (
            sum(map(len, self.meta.values())) > values or len(self.items) > items
            or (before[2] == 0 and len(page.titles) > 0)
        )


def _collect_meta(elements: list, meta: dict[str, list[str]]) -> None:
    """Add each wanted lower-cased meta key's non-empty values to `meta`, in document order."""
    for element in elements:
        keys = _meta_keys(element)
        value = _clean_text(element.get("content")) if keys else None  # cleaned only when kept
        for key in keys if value else ():
            meta.setdefault(key, []).append(value)


def _meta_keys(element: lxml.html.HtmlElement) -> list[str]:
    """The wanted keys a meta names in its first key attribute (property, name, ...)."""
    for attr in _META_KEY_ATTRS:
        raw = element.get(attr)
        if raw:
            break
    else:
        return []
    key = raw.lower()
    return [key] if key in _WANTED_META_KEYS else _wanted_keys(key)


def _wanted_keys(keys: str) -> list[str]:
    return [key for key in keys.split() if key in _WANTED_META_KEYS] if " " in keys else []


def _first_meta(meta: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        values = meta.get(key)
        if values:
            return values[0]
    return None


def _json_ld_items(scripts: list) -> list[dict]:
    """Every typed JSON-LD object, flattening lists and @graph, in document order."""
    items: list[dict] = []
    for script in scripts:
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        data = _parse_json(script.text or "")
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                if "@type" in node:
                    items.append(node)
                stack.extend(node[k] for k in reversed(_JSON_NESTED_KEYS) if k in node)
    return items


def _parse_json(text: str) -> object:
    """Parse one JSON-LD block; tolerate wrappers and trailing junk, None when invalid."""
    opener = _JSON_OPENER_RE.match(text)
    text = text[opener.end():].strip() if opener else text.strip()
    for form in (str, html.unescape):  # unescaping only when the text as is fails
        try:
            return _JSON_DECODER.raw_decode(form(text))[0]
        except ValueError:  # invalid JSON (JSONDecodeError is a ValueError): try the next form
            continue
    return None


def _types(item: dict) -> list[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k for k in kinds if isinstance(k, str)]


def _first_article(items: list[dict]) -> dict | None:
    """The first JSON-LD object that describes an article (or any creative work)."""
    for item in items:
        if any(_ARTICLE_TYPE_RE.search(kind) for kind in _types(item)):
            return item
    return None


def _first_dated(items: list[dict]) -> dict | None:
    """Without an article item, the first item that has a publication date (a WebPage)."""
    return next((item for item in items if "datePublished" in item), None)


def _json_str(value: object) -> str | None:
    """A JSON-LD text value (plain, {"@value": ...} or first of a list), cleaned."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return _clean_text(value) if isinstance(value, str) else None


def _clean_text(value: str | None) -> str | None:
    """Unescape leftover entities, collapse whitespace; None when empty."""
    if not value:
        return None
    if "&" in value and _ENTITY_RE.search(value):
        value = html.unescape(value)
    value = " ".join(value.split())  # str.split: Unicode whitespace, faster than a regex
    return value or None


# ---------------------------------------------------------------------------
# Site name and title
# ---------------------------------------------------------------------------


def _site_name(meta: dict[str, list[str]], items: list[dict], article: dict | None) -> str | None:
    site = _first_meta(meta, ("og:site_name",))
    if site:
        return site
    publisher = article.get("publisher") if article else None
    if isinstance(publisher, dict) and _json_str(publisher.get("name")):
        return _json_str(publisher.get("name"))
    for item in items:
        if "WebSite" in _types(item) and _json_str(item.get("name")):
            return _json_str(item.get("name"))
    return _first_meta(meta, ("application-name",))


# Spaced separators between a headline and a site name. A dash counts only with spaces
# around it, so "COVID-19" or "Spider-Man" are never cut.
_TITLE_SEPARATOR_RE = lazy(r"\s+(?:[|·•«»/~]|::|[-–—])\s+")
# Separators that almost always split off a site name (unlike dashes, which headlines use).
_STRONG_SEPARATORS = frozenset("|·•«»/~:")
# "Site: Headline": a colon prefix is cut only when it matches the site name.
_COLON_PREFIX_RE = lazy(r"^([^:]{2,60}):\s+(\S.*)$")
# A dash-separated tail without site-name evidence is cut only when it is short, starts
# with a capital (a name, never a lower-case clause) and the head is at least twice as long.
_MAX_UNNAMED_TAIL_WORDS = 4
_HEAD_TO_TAIL_WORDS = 2
# Between an h1 and the rest of the <title> sits a symbol or punctuation mark ("|", "✩").
_TITLE_JOINER_RE = lazy(r"^\s*[^\w\s]")
# Headings that are promotions, never a headline (several languages).
_PROMO_HEADING_RE = lazy(
    r"newsletter|subscribe|sign up|abonn|anmelden|inscri|suscr|iscriviti|"
    r"nieuwsbrief|prenumerera|zapisz|assine|cookie",
    re.IGNORECASE,
)
# Permalink marks that documentation generators append to headings ("Title¶").
_HEADING_ANCHOR_RE = lazy(r"\s*[¶§#🔗]+\s*$")
_SITE_KEY_RE = lazy(r"[\W_]+")
_DOMAIN_NOISE_RE = lazy(r"^(?:www\d?|m|amp)\.|\.[a-z]{2,3}(?:\.[a-z]{2})?$")


def _structured_title(
    meta: dict[str, list[str]], article: dict | None, sites: set[str], page_title: str | None
) -> str | None:
    """The JSON-LD title, else the first meta title, with the site name cut off."""
    candidates = (_first_meta(meta, (key,)) for key in _TITLE_META_KEYS if key != "title")
    for candidate in (_json_ld_title(article, page_title) if article else None, *candidates):
        title = _strip_site(candidate, sites) if candidate else None
        if title and not _names_site(title, sites):  # a "title" that is the site's name
            return title
    return None


def _title(
    page: _Page, facts: _Facts, meta: dict[str, list[str]]
) -> tuple[lxml.html.HtmlElement | None, str | None]:
    """(the headline element when found, the title).

    The structured title first; else the h1 that the <title> repeats; else the
    <title> without its site name; else the meta "title".
    """
    headings = _headings(page.h1s)
    page_title, sites = facts.page_title, facts.sites
    if facts.title:
        return _headline(page, headings, facts.title, page_title)[0], facts.title
    stripped = _strip_site(page_title, sites) if page_title else None
    headline, heading = _headline(page, headings, stripped, page_title)
    if heading and (not stripped or _is_related(heading, page_title) or _site_key(stripped) in sites):
        return headline, heading
    if len(headings) == 1 and stripped and len(stripped.split()) <= _GENERIC_TITLE_WORDS \
            and len(headings[0][1].split()) > _GENERIC_TITLE_WORDS and not _shares_words(headings[0][1], stripped):
        # a generic <title> ("Printer-friendly version") that has nothing of the page's one <h1>
        return headings[0][0], headings[0][1]
    return headline, stripped or _first_meta(meta, ("title",))


def _shares_words(a: str, b: str) -> bool:
    """Do two titles share a word of four letters or more?"""
    words = {w for w in _WORD_RE.findall(a.casefold()) if len(w) >= 4}
    return any(w in words for w in _WORD_RE.findall(b.casefold()) if len(w) >= 4)


_WORD_RE = lazy(r"\w+")
# A <title> this short that shares nothing with the page's one h1 is generic ("Printer-friendly version").
_GENERIC_TITLE_WORDS = 3


def _json_ld_title(article: dict, page_title: str | None) -> str | None:
    """headline, or name; when both differ, the one the <title> repeats."""
    headline = _json_str(article.get("headline"))
    name = _json_str(article.get("name"))
    if headline and name and page_title and _site_key(name) in _site_key(page_title):
        return name if _site_key(headline) not in _site_key(page_title) else headline
    return headline or name


def _headings(h1s: list) -> list[tuple[lxml.html.HtmlElement, str]]:
    """The first h1s with their text (anchor marks cut), promotions left out."""
    headings = []
    for h1 in h1s[:_MAX_H1]:
        text = _clean_text(_HEADING_ANCHOR_RE.sub("", h1.text_content()))
        if text and not _PROMO_HEADING_RE.search(text):
            headings.append((h1, text))
    return headings


def _headline(
    page: _Page, headings: list, title: str | None, page_title: str | None
) -> tuple[lxml.html.HtmlElement | None, str | None]:
    """(headline element, its text): the h1 (else h2) that says the title or that the
    <title> repeats, else the article's h1, else the page's only h1."""
    title_key = _site_key(title) if title else None
    for heading, text in headings:
        if _site_key(text) == title_key or _is_related(text, page_title):
            return heading, text
    for heading, text in _headings(page.h2s[:_MAX_H2]) if title_key else ():
        if _site_key(text) == title_key or _is_related(text, page_title):
            return heading, None  # anchors the byline search; an h2 never overrides the title
    articles = set(page.articles)
    for h1, text in headings:
        if h1.get("itemprop") == "headline" or _inside(h1, articles):
            return h1, text
    return headings[0] if len(headings) == 1 else (None, None)  # a page's only h1 heads it


def _site_from_title(title: str | None, page_title: str | None) -> str | None:
    """The site name that the <title> adds to the headline ("标题-华夏新闻网", "Headline | Site")."""
    if not title or not page_title or len(page_title) <= len(title):
        return None
    fold_title, fold_page = title.casefold(), page_title.casefold()
    if fold_page.startswith(fold_title):
        rest = page_title[len(title):]
    elif fold_page.endswith(fold_title):
        rest = page_title[: -len(title)]
    else:
        return None
    joiner = _SITE_JOINER_RE.fullmatch(rest) if rest else None
    site = (joiner.group(1) or joiner.group(2) or "").strip() if joiner else None
    return site if site and len(site) <= _MAX_SITE_NAME_CHARS else None


# " | Site", "-Site", " — Site", "Site: " around the headline in a <title>.
_SITE_JOINER_RE = lazy(r"\s*[|\-–—_:·•«»/]+\s*(.+?)\s*|\s*(?=\S)(.+?)\s*[|\-–—_:·•«»/]+\s*")
_MAX_SITE_NAME_CHARS = 60


def _inside(element: lxml.html.HtmlElement, containers: set) -> bool:
    ancestors = zip(range(_MAX_HEADLINE_DEPTH), element.iterancestors())
    return bool(containers) and any(ancestor in containers for _, ancestor in ancestors)


def _is_related(heading: str, page_title: str | None) -> bool:
    """True when the <title> is the heading, alone or joined to a site name."""
    if not page_title:
        return False
    fold_heading, fold_title = heading.casefold(), page_title.casefold()
    if fold_heading == fold_title:
        return True
    if fold_title.startswith(fold_heading):
        return bool(_TITLE_JOINER_RE.match(fold_title[len(fold_heading):]))
    if fold_title.endswith(fold_heading):
        rest = fold_title[: -len(fold_heading)].rstrip()
        return bool(rest) and not rest[-1].isalnum()
    return False


def _site_key(text: str) -> str:
    return _SITE_KEY_RE.sub("", text.casefold())


def _site_keys(site_name: str | None, url: str | None) -> set[str]:
    """Comparable forms of the site name and the domain ("www.example.co.uk" -> "example")."""
    keys = {_site_key(site_name)} if site_name else set()
    host = urlsplit(url).hostname if url else None
    if host:
        keys.add(_site_key(_DOMAIN_NOISE_RE.sub("", _DOMAIN_NOISE_RE.sub("", host))))
        keys.add(_site_key(host))
    return {key for key in keys if len(key) >= 2}


def _names_site(part: str, sites: set[str]) -> bool:
    key = _site_key(part)
    return bool(key) and any(key == site or (len(key) >= 3 and (key in site or site in key)) for site in sites)


def _strip_site(title: str, sites: set[str]) -> str:
    """Cut the site name off a title: by name first, then by the shape of the parts."""
    matches = list(_TITLE_SEPARATOR_RE.finditer(title))
    colon = _COLON_PREFIX_RE.match(title)
    if colon and _names_site(colon.group(1), sites):
        return colon.group(2)
    if not matches:
        return title
    first, last = matches[0], matches[-1]
    head, tail = title[: last.start()], title[last.end():]
    if _names_site(tail, sites):
        return head
    if _names_site(title[: first.start()], sites):
        return title[first.end():]
    if last.group().strip() in _STRONG_SEPARATORS:
        return head if len(tail) < len(head) else title
    return head if _looks_like_site_tail(head, tail) else title


def _looks_like_site_tail(head: str, tail: str) -> bool:
    words = tail.split()
    if not words or len(words) > _MAX_UNNAMED_TAIL_WORDS:
        return False
    return len(head.split()) >= _HEAD_TO_TAIL_WORDS * len(words) and not words[0][0].islower()


# ---------------------------------------------------------------------------
# Byline
# ---------------------------------------------------------------------------

# Words that introduce a byline, in the nine languages (stripped from the front).
_BYLINE_PREFIX_RE = lazy(
    r"^(?:(?:written|posted|reported|published|words|text|story|photos?)\s+by|by|von|par|por|"
    r"di|door|av|af|przez|autor(?:in|a)?|auteur|autore|author|escrito\s+por|"
    r"geschrieben\s+von|écrit\s+par|scritto\s+da|geschreven\s+door|skriven\s+av)"
    r"(?:\s*[:：]\s*|\s+|$)",  # a bare "By" names nobody
    re.IGNORECASE,
)
# Lines near the headline read for a byline written as text, and how many of them.
_TEXT_BYLINE_TAGS = frozenset(("p", "div", "span", "i", "em", "strong", "b", "address", "small", "li"))
_MAX_TEXT_BYLINE_ELEMENTS = 40
_BLOCK_CHILD_TAGS = frozenset(("div", "p", "li", "ul", "ol", "section", "table", "h1", "h2", "h3", "h4"))
_MAX_TEXT_BYLINE_CHARS = 150
_NAME_PARTICLES = frozenset(("de", "van", "von", "da", "del", "der", "la", "le", "di", "du", "dos", "das", "ten", "ter"))
_NAME_WORD_RE = lazy(r"[^\W\d_][\w'’.\-]*")
# "Por João Silva, Globo Rural — Campinas": after the first comma, an outlet and a place.
_AFFILIATION_RE = lazy(r",[^,]*[—–|]")
# Separators between several authors ("A, B and C"; "A und B"; "A et B"; "A y B" ...).
_AUTHOR_SPLIT_RE = lazy(
    r"\s*(?:,|;|&|\+|/|\s(?:and|und|et|y|e|i|en|och|oraz|og)\s)\s*", re.IGNORECASE
)
# Role, title or degree words: a part holding one is not a name, and ends the list.
_ROLE_RE = lazy(
    r"\b(?:staff|writer|reporter|editor|editorial|correspondent|contributor|columnist|"
    r"journalist|technologist|analyst|producer|director|senior|chief|president|founder|"
    r"news|team|desk|redakteur\w*|redaktion|korrespondent\w*|autorin|rédact\w*|rédaction|"
    r"journaliste|envoyée?|periodista|redacci[oó]n|corresponsal|redattore|giornalista|"
    r"redazione|redacteur|redactie|verslaggever|dziennikar\w*|redakcja|redaktor|"
    r"jornalista|repórter|reda[cç][aã]o|reporter|skribent|reportrar?|redaktion|"
    r"ma|md|phd|msc|bsc|mph|rn)\b\.?",
    re.IGNORECASE,
)
# Whole bylines that name nobody.
_BOILERPLATE_NAME_RE = lazy(
    r"^(?:staff|admin|administrator|username|user|editor|editors|editorial team|"
    r"redaktion|la rédaction|rédaction|redacción|redazione|redactie|redakcja|redação|"
    r"anonymous|anonym|anonyme|guest|unknown|none|null|n/?a)$",
    re.IGNORECASE,
)
_EMAIL_RE = lazy(r"\S+@\S+\.\w+")
_HANDLE_RE = lazy(r"(?:^|\s)@\w+")
# Co-authors in brackets ("Jane Doe (with John Roe)"), in the nine languages.
_CO_AUTHOR_BRACKET_RE = lazy(
    r"\s*[(\[](?:with|avec|mit|con|com|met|med|z|ze)\s+([^)\]]+)[)\]]", re.IGNORECASE
)
# A bracketed aside after a name ("Jane Doe (Reuters)"): dropped.
_BRACKET_RE = lazy(r"\s*[(\[][^)\]]*[)\]]")
# Where a byline turns into a date, a time or a source: everything after is dropped.
_BYLINE_END_RE = lazy(
    r"\s(?:[|•·–—]\s|-\s)|(?<!\w)\d|\b(?:(?:last\s+)?updated|published|posted|aktualisiert|veröffentlicht|"
    r"mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt|"
    r"gepubliceerd|zaktualizowano|opublikowano|atualizado|uppdaterad|publicerad)\b",
    re.IGNORECASE,
)
# The text between two name links that joins them into one byline.
_NAME_JOINER_RE = lazy(r"^\s*(?:,|;|&|\+|/|and|und|et|y|e|i|en|och|oraz|og)\s*$", re.IGNORECASE)
# A weekday left at the end of a byline once its date is cut ("Ann Lee, Monday").
_WEEKDAYS = frozenset((
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes "
    "sábado domingo lunedì martedì mercoledì giovedì venerdì sabato maandag dinsdag woensdag donderdag vrijdag "
    "zaterdag zondag poniedziałek wtorek środa czwartek piątek sobota niedziela segunda-feira terça-feira "
    "quarta-feira quinta-feira sexta-feira måndag tisdag onsdag torsdag fredag lördag söndag"
).split())


def _without_trailing_weekday(text: str) -> str:
    """"Ann Lee, Monday" -> "Ann Lee" (a set lookup, not a pattern of 60 weekday names)."""
    body = text.rstrip(" ,\t\n")
    head, _, last = body.rpartition(" ")
    if head and last.lower() in _WEEKDAYS:
        return head.rstrip(" ,")
    return text
_MIN_SITE_KEY = 3  # shorter site keys ("ap") would match the start of many names
_MAX_NAME_WORDS = 6  # "Jean-Baptiste Marie de la Fontaine" fits; a sentence does not
_MAX_NAMES = 8  # more names than this is a list of contributors, not a byline
_MAX_BYLINE_CHARS = 200  # longer text in a byline element is a bio or a teaser

# Byline markup: author/byline words in class (several languages), itemprop, rel, the
# hCard "fn" token. Tested on the window's elements only, never on the whole page.
# Tested on lower-cased class values: a case-insensitive regex costs several times more.
_BYLINE_CLASS_RE = lazy(r"author|byline|autor|auteur|fn")
_BYLINE_ITEMPROPS = frozenset({"author", "creator", "name"})
_FN_CLASS_RE = lazy(r"(?:^|\s)fn(?:\s|$)")  # the hCard name class, as a whole token
_BYLINE_WORDS = ("author", "byline", "autor", "auteur", "creator")  # in lower-cased attributes
# Tags that never hold a byline's text.
_NON_TEXT_TAGS = frozenset({"meta", "link", "script", "style", "img", "input", "svg", "noscript"})
# Areas whose bylines belong to someone else: comments, related lists, footers, asides.
_FOREIGN_TAGS = frozenset({"footer", "aside", "nav"})
# ...except the footer of the headline's own <article>: HTML puts "who wrote it" there
# (WordPress themes do); other articles' footers name other authors.
_OWN_FOOTER_PARENT = "article"
_PAGE_TAGS = frozenset({"body", "html"})  # their classes describe the page, not an area
_FOREIGN_CLASS_RE = lazy(r"comment|related|recommend|teaser|promo|widget|sidebar")  # lower-cased
# Own class/id words of byline-like elements that hold no name (avatars, bios, dates...).
_NOT_A_NAME_CLASS_RE = lazy(  # tested on lower-cased class and id
    r"avatar|photo|image|img|thumb|bio|about|authori[sz]|authority|more|title|date|time|desc|"
    r"social|share|follow|widget|role|job|position"
)
_WIDER_BYLINE_LEVELS = 2  # a name link sits directly inside its byline line
_MAX_BYLINE_CANDIDATES = 80  # bylines sit near the top; a window with more lists teasers
_MAX_BYLINE_DESCENDANTS = 30  # a byline line holds a few name links, not a section
_MAX_ANCESTOR_WALK = 60  # how far up a candidate is checked for foreign areas

# The window: the elements around the headline in document order, where the byline
# and the date are written. Bounded in elements, so its cost does not grow with the page.
_WINDOW_AFTER = 120  # the article header and the first paragraphs
_WINDOW_BEFORE = 30  # a kicker, breadcrumbs or an author box above the headline
_WINDOW_LEVELS = 12  # ancestors of the headline whose other children are visited


class _Window:
    """Elements near an anchor (the headline), walked lazily one level at a time.

    Level 0 holds the anchor's descendants; level n the other children of the anchor's
    n-th ancestor (`scopes[n]`): the small subtrees just before the path, whole, then
    the following ones in document order, until the element budget is spent. Callers
    stop at the first level that answers, so the usual byline costs a few dozen elements.
    """

    def __init__(self, anchor: lxml.html.HtmlElement | None) -> None:
        self.scopes: list[lxml.html.HtmlElement] = []  # scopes[n]: the anchor's n-th ancestor
        self._levels: list[list[lxml.html.HtmlElement]] = []
        self._walker = self._walk(anchor) if anchor is not None else iter(())

    def levels(self) -> Iterator[tuple[int, list[lxml.html.HtmlElement]]]:
        """(level, elements) pairs, nearest first; levels walked once are reused."""
        index = 0
        while index < len(self._levels) or self._advance():
            yield index, self._levels[index]
            index += 1

    def elements(self) -> Iterator[lxml.html.HtmlElement]:
        for _, elements in self.levels():
            yield from elements

    def _advance(self) -> bool:
        level = next(self._walker, None)
        if level is not None:
            self._levels.append(level)
        return level is not None

    def _walk(self, node: lxml.html.HtmlElement) -> Iterator[list[lxml.html.HtmlElement]]:
        self.scopes.append(node)
        inside = list(islice(node.iterdescendants(), _WINDOW_AFTER))
        yield inside
        before, after = _WINDOW_BEFORE, _WINDOW_AFTER - len(inside)
        for parent in islice(node.iterancestors(), _WINDOW_LEVELS):
            if before <= 0 and after <= 0:
                return
            preceding, before = _preceding_subtrees(node, before)
            following: list[lxml.html.HtmlElement] = []
            for sibling in node.itersiblings():
                if len(following) >= after:
                    break
                following += islice(sibling.iter(), after - len(following))
            after -= len(following)
            self.scopes.append(parent)
            node = parent
            yield preceding + following


def _preceding_subtrees(node: lxml.html.HtmlElement, budget: int) -> tuple[list, int]:
    """Whole subtrees of the nearest preceding siblings, in document order, within budget."""
    found: list = []
    for sibling in node.itersiblings(preceding=True):
        subtree = list(islice(sibling.iter(), budget + 1))
        if len(subtree) > budget:
            return found, 0  # a large block (a menu, a teaser list) ends the look back
        budget -= len(subtree)
        found[:0] = subtree
    return found, budget


def _fallback_anchor(root: lxml.html.HtmlElement, page: _Page) -> lxml.html.HtmlElement | None:
    """Without a headline, the window starts at the article (or the body)."""
    if page.articles:
        return page.articles[0]
    return _child(root, "body")


def _structured_names(meta: dict[str, list[str]], article: dict | None) -> list[str]:
    """Names from the JSON-LD author, else from the first meta author key that has one."""
    names = _json_ld_authors(article) if article else []
    for key in _AUTHOR_META_KEYS:
        if names:
            break
        names = _meta_authors(meta.get(key, []))
    return names


def _meta_authors(values: list[str]) -> list[str]:
    """Author names from one meta key; several tags mean one author each ("Doe, J.")."""
    values = [value for value in values if not _URL_LIKE_RE.match(value)]
    if len(values) == 1:
        return clean_names(values[0])
    return [name for value in values for name in clean_names(value, split=False)]


def _json_ld_authors(article: dict) -> list[str]:
    """Person names of the article's author(s); organisations only when no person."""
    authors = article.get("author") or article.get("creator")
    authors = authors if isinstance(authors, list) else [authors]
    people: list[str] = []
    organisations: list[str] = []
    for author in authors:
        if isinstance(author, str) and not _URL_LIKE_RE.match(author):
            people.append(author)
        elif isinstance(author, dict) and _json_str(author.get("name")):
            is_org = any("Organization" in kind for kind in _types(author))
            (organisations if is_org else people).append(_json_str(author.get("name")) or "")
    return _names_from_texts(people) or _names_from_texts(organisations)


def _names_from_texts(texts) -> list[str]:
    names: list[str] = []
    for text in texts:
        names.extend(clean_names(text))
    return names


def clean_names(text: str | None, split: bool = True) -> list[str]:
    """The names in one byline text: prefixes, dates, roles, emails and asides removed."""
    text = _clean_text(text)
    if not text or len(text) > _MAX_BYLINE_CHARS:
        return []
    text = _BYLINE_PREFIX_RE.sub("", _EMAIL_RE.sub(" ", text), count=1)
    text = _CO_AUTHOR_BRACKET_RE.sub(r", \1", _HANDLE_RE.sub(" ", text))
    text = _BRACKET_RE.sub("", text)
    text = text[: _byline_end(text)]
    text = _without_trailing_weekday(text)
    names: list[str] = []
    for part in _AUTHOR_SPLIT_RE.split(text) if split else [text]:
        part = _BYLINE_PREFIX_RE.sub("", part.strip(" :-–—|·").lstrip("."), count=1)
        if not part:
            continue
        if _ROLE_RE.search(part):
            break
        if _is_name(part):
            names.append(part)
    return names[:_MAX_NAMES] if len(names) <= _MAX_NAMES else []


def _byline_end(text: str) -> int:
    """Where the names stop: at a separator, a number, "Updated", or a written-out date."""
    ends = [m.start() for m in (_BYLINE_END_RE.search(text), _month_match(_MONTH_FIRST_WORD_RE, text, 1)) if m]
    return min(ends, default=len(text))


def _is_name(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and not _BOILERPLATE_NAME_RE.match(part)
        and any(ch.isalpha() for ch in part)
        and not any(ch.isdigit() for ch in part)
    )


def _without_site(names: list[str], sites: set[str]) -> list[str]:
    """Drop a co-"author" that is the site itself ("Jane Roe, Example Business" on example.com);
    a lone name always stays (an organisation may be the only author)."""
    if len(names) < 2:
        return names
    kept = [name for name in names if not any(
        len(site) >= _MIN_SITE_KEY and _site_key(name).startswith(site) for site in sites)]
    return kept or names


def _join_names(names: list[str]) -> str | None:
    """Dedupe (case-insensitively, keeping order) and join as "A", "A and B", "A, B and C"."""
    unique: dict[str, str] = {}
    for name in names:
        unique.setdefault(name.casefold(), name)
    kept = list(unique.values())
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0]
    return ", ".join(kept[:-1]) + " and " + kept[-1]


def _dom_byline(window: _Window) -> list[str]:
    """Byline markup closest to the headline: the nearest window level, then document order.

    Candidates holding another candidate (the inner one is more precise) and
    candidates inside a foreign area (comments, related lists) are passed over; the
    first that names someone answers, so the usual page stops after a few elements.
    """
    seen = 0
    for level, elements in window.levels():
        for element in elements:
            if not _is_candidate(element):
                continue
            seen += 1
            if seen > _MAX_BYLINE_CANDIDATES:
                return []
            if _holds_candidate(element) or _in_foreign_area(element, level, window.scopes):
                continue
            names = clean_names(element.text_content())
            if names:
                return _wider_byline(element, names + _sibling_names(element))
    return _text_byline(window)


def _text_byline(window: _Window) -> list[str]:
    """A byline with no markup to tell it: a short line near the headline that starts
    "By", "Von", "Par", "Por", "Door", "Autor:"… ("<p><i>By A and B</i><br>3 March 2024</p>")."""
    looked = 0
    for level, elements in window.levels():
        for element in elements:
            if element.tag not in _TEXT_BYLINE_TAGS or any(child.tag in _BLOCK_CHILD_TAGS for child in element):
                continue  # a line, not a box of lines: "Autor: …" and "Data publikacji: …" apart
            looked += 1
            if looked > _MAX_TEXT_BYLINE_ELEMENTS:
                return []
            text = _clean_text(_first_line(element)) or ""
            if len(text) > _MAX_TEXT_BYLINE_CHARS or not _BYLINE_PREFIX_RE.match(text) \
                    or _in_foreign_area(element, level, window.scopes):
                continue  # a blog's "By Jane Doe" in its sidebar names the site's author, not this page's
            names = clean_names(text.split(",")[0] if _AFFILIATION_RE.search(text) else text)
            names = [n for n in (_trim_name(name) for name in names) if n]
            if names:
                return names
    return []


def _first_line(element: lxml.html.HtmlElement) -> str:
    """The element's text up to its first <br> ("By A and B<br>Published 3 March")."""
    if element.find(".//br") is None:
        return element.text_content()
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        if node.tag == "br":
            break
        if event == "start":
            parts.append(node.text or "")
        elif node is not element:
            parts.append(node.tail or "")
    return "".join(parts)


def _trim_name(name: str) -> str | None:
    """A name read from plain text, or None: capitalised words only ("Louis Jacobson on" ->
    "Louis Jacobson"); no agency in capitals ("REUTERS"), no "By clicking 'Submit'"."""
    words = name.split()
    while words and words[-1][:1].islower() and words[-1] not in _NAME_PARTICLES:
        words.pop()
    if not words or any(not (w[:1].isupper() or w in _NAME_PARTICLES) or not _NAME_WORD_RE.fullmatch(w)
                        for w in words):
        return None
    if len(words) == 1 and words[0].isupper():
        return None
    return " ".join(words)


def _holds_candidate(element: lxml.html.HtmlElement) -> bool:
    """True when a descendant is a candidate, or the element is too large to be a byline
    line (so no text_content() of a whole section is ever taken)."""
    descendants = list(islice(element.iterdescendants(), _MAX_BYLINE_DESCENDANTS + 1))
    return len(descendants) > _MAX_BYLINE_DESCENDANTS or any(map(_is_candidate, descendants))


def _is_compact(element: lxml.html.HtmlElement) -> bool:
    descendants = islice(element.iterdescendants(), _MAX_BYLINE_DESCENDANTS + 1)
    return sum(1 for _ in descendants) <= _MAX_BYLINE_DESCENDANTS


def _is_candidate(element: lxml.html.HtmlElement) -> bool:
    """Byline vocabulary in class, rel or itemprop, and not an avatar, bio or date."""
    tag = element.tag
    if not isinstance(tag, str) or tag in _NON_TEXT_TAGS:
        return False
    itemprop = element.get("itemprop")
    if itemprop in _BYLINE_ITEMPROPS:
        return itemprop != "name" or _within_author(element)
    cls = f"{element.get('class', '')} {element.get('data-testid', '')}".strip()  # React apps: data-testid
    if cls and _BYLINE_CLASS_RE.search(cls := cls.lower()):
        own = f"{cls} {element.get('id', '').lower()}"
        if "fn" in own and not _FN_CLASS_RE.search(own) and not _mentions_byline(element):
            return False
        return not _NOT_A_NAME_CLASS_RE.search(own)
    return element.get("rel") == "author"


def _within_author(element: lxml.html.HtmlElement) -> bool:
    """itemprop=name counts only inside an itemprop=author (else it names anything)."""
    return any(a.get("itemprop") == "author" for _, a in zip(range(3), element.iterancestors()))


def _wider_byline(element: lxml.html.HtmlElement, names: list[str]) -> list[str]:
    """The enclosing byline element's names when it adds co-authors ("A (avec B et C)")."""
    for _, ancestor in zip(range(_WIDER_BYLINE_LEVELS), element.iterancestors()):
        if _is_candidate(ancestor) and _is_compact(ancestor):
            wider = clean_names(ancestor.text_content())
            if len(wider) > len(names) and wider[0] == names[0]:
                return wider
    return names


def _mentions_byline(element: lxml.html.HtmlElement) -> bool:
    own = " ".join(element.get(a, "") for a in ("class", "id", "rel", "itemprop")).lower()
    return any(word in own for word in _BYLINE_WORDS)


def _in_foreign_area(candidate: lxml.html.HtmlElement, level: int, scopes: list) -> bool:
    """True inside a comment/related/footer area below the window level's root."""
    for _, ancestor in zip(range(_MAX_ANCESTOR_WALK), candidate.iterancestors()):
        if ancestor is scopes[level]:
            return False
        if ancestor.tag not in _PAGE_TAGS:
            own = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower()
            if _FOREIGN_CLASS_RE.search(own) or _is_foreign_tag(ancestor, scopes):
                return True
    return False


def _is_foreign_tag(element: lxml.html.HtmlElement, scopes: list) -> bool:
    """footer/aside/nav, except the footer of the headline's own <article>."""
    if element.tag != "footer":
        return element.tag in _FOREIGN_TAGS
    parent = element.getparent()
    return parent is None or parent.tag != _OWN_FOOTER_PARENT or parent not in scopes


def _sibling_names(element: lxml.html.HtmlElement) -> list[str]:
    """Further names joined to this one in the text ("By <a>A</a> and <a>B</a>")."""
    names: list[str] = []
    previous = element
    for sibling in element.itersiblings():
        if not _NAME_JOINER_RE.match(previous.tail or ""):
            break
        if sibling.tag == element.tag and sibling.get("class") == element.get("class"):
            names.extend(clean_names(sibling.text_content()))
        previous = sibling
    return names


# ---------------------------------------------------------------------------
# Date
# ---------------------------------------------------------------------------

# ISO 8601 and its common relaxations ("2019-04-28 06:01:07", "2015-10-15T02:19:15.607Z").
_ISO_DATE_RE = lazy(
    r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_COMPACT_DATE_RE = lazy(r"^(\d{4})(\d{2})(\d{2})(?:\d{6})?$")  # "20160729[164234]"
# Day-first numeric dates as written in most of Europe: "03.10.2024".
_DOTTED_DATE_RE = lazy(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
# Month names (full and abbreviated) in the nine languages, lower-case, without dots.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janvier enero gennaio januari styczeń stycznia janeiro janv ene gen sty",
        "february feb februar février febrero febbraio februari luty lutego fevereiro févr fév fevr lut fev",
        "march mar märz mars marzo maart marzec marca março mär mrt",
        "april apr avril abril aprile kwiecień kwietnia avr abr kwi",
        "may mai mayo maggio mei maj maja maio mag",
        "june jun juni juin junio giugno czerwiec czerwca junho giu cze",
        "july jul juli juillet julio luglio lipiec lipca julho juil lug lip",
        "august aug août agosto augusti augustus sierpień sierpnia ago aoû sie",
        "september sep sept septembre septiembre settembre wrzesień września setembro set wrz",
        "october oct oktober octobre octubre ottobre październik października outubro okt ott out paź",
        "november nov novembre noviembre listopad listopada novembro lis",
        "december dec dezember décembre diciembre dicembre grudzień grudnia dezembro déc dez dic gru",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
# "October 3, 2024" / "Oct. 3rd 2024": any word there, kept when it is a month of _MONTHS
# (an alternation of the 150 month names cost milliseconds to compile on every run)
_MONTH_FIRST_WORD_RE = lazy(r"\b([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
# "3. Oktober 2024" / "3 octobre 2024" / "3 de octubre de 2024" / "3 października 2024"
_DAY_FIRST_WORD_RE = lazy(r"\b(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?([^\W\d_]{3,12})\.?\s+(?:de\s+)?(\d{4})\b")


def _month_match(pattern, text: str, month_group: int) -> re.Match | None:
    """The first match of `pattern` whose month word is a month name."""
    for match in pattern.finditer(text):
        if match.group(month_group).lower() in _MONTHS:
            return match
    return None
_MIN_YEAR = 1990  # the web's first articles; older years in markup are noise
_MAX_FUTURE = timedelta(days=2)  # time-zone slack; later dates are typos or events

# Date-ish class words of elements near the headline ("date", "published", "datum"...).
_DATE_CLASS_RE = lazy(r"date|publish|time|datum|fecha|data|byline|meta")  # lower-cased
_MAX_DATE_TEXT_ELEMENTS = 20  # the byline area has a few; more means a list of teasers
_MAX_DATE_TEXT_CHARS = 200  # longer text is a paragraph, not a dateline
_MAX_SCAN_CHARS = 2000  # the text around the headline searched for a written date
# Every written date holds a year: the scan looks only around years, this far each side
# ("3 de septiembre de " before, "-10-03" after).
_YEAR_RE = lazy(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DATE_SPAN = 24
# Dates in URL paths: "/2019/11/20/", "/2019-11-20/", "/20191120/" (a whole path segment
# or its start, so long numeric ids never match).
_URL_DATE_RE = lazy(
    r"[/_-]((?:19|20)\d{2})([/-]?)(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
# A time or date element whose class says "updated" and not "published" holds the
# modification date (WordPress writes "entry-date published updated" for both).
_MODIFIED_CLASS_RE = lazy(r"updated|modified|edited|aktualisiert|mis-a-jour|actualizado")
_PUBLISHED_CLASS_RE = lazy(r"publish|posted|created")


def _structured_date(meta: dict[str, list[str]], article: dict | None) -> str | None:
    """JSON-LD datePublished (or the meta one: the same instant in the site's own
    offset, hence its calendar day), else the first meta publication date."""
    structured = _json_ld_date(article) if article else None
    meta_date = _meta_date(meta)
    if structured and meta_date and _same_instant_local(structured, meta_date):
        return meta_date
    return structured or meta_date


def _dom_date(window: _Window, page: _Page, urls: tuple[str | None, ...]) -> str | None:
    """Publication date from the page itself, most trusted first.

    1. time[datetime] marked as publication or inside an <article>
    2. the window's date markup: itemprop=datePublished, time, date-ish classes
    3. a date in the page URL, the canonical URL or the og:image URL (the upload path)
    4. a date written in the text around the headline
    """
    articles = set(page.articles)
    for element in page.times[:_MAX_TIMES]:
        marked = element.get("pubdate") is not None or element.get("itemprop") == "datePublished"
        if marked or (_inside(element, articles) and not _is_modified(element) and not _in_comments(element)):
            date = normalize_date(element.get("datetime"))
            if date:
                return date
    return _labelled_date(window) or _window_markup_date(window) or _url_date(urls) or _window_text_date(window)


def _labelled_date(window: _Window) -> str | None:
    """A date the page labels as the publication date: "Data publikacji: 5 listopada 2024",
    "Publicado em 21/11/2025", "publié le 3 octobre 2025", "Published March 3, 2024"."""
    looked = 0
    for element in window.elements():
        looked += 1
        if looked > _MAX_LABELLED_DATE_ELEMENTS:
            break
        text = element.text
        if not text or len(text) > _MAX_DATE_TEXT_CHARS:
            continue
        label = _PUBLISHED_LABEL_RE.search(text)
        if label and _is_compact(element):
            date = normalize_date(element.text_content()[label.start():][: _MAX_DATE_TEXT_CHARS])
            if date:
                return date
    return None


_MAX_LABELLED_DATE_ELEMENTS = 60
# Words that label the publication date, in several languages (never "updated").
_PUBLISHED_LABEL_RE = lazy(
    r"(?i)\b(?:published|posted|publicado|publicada|publié|publiée|veröffentlicht|erschienen|pubblicato|"
    r"gepubliceerd|data publikacji|opublikowano|publicerad|publisert)\b"
)


def _json_ld_date(article: dict) -> str | None:
    for key in ("datePublished", "dateCreated"):
        date = normalize_date(_json_str(article.get(key)))
        if date:
            return date
    return None


def _meta_date(meta: dict[str, list[str]]) -> str | None:
    for key in _DATE_META_KEYS:
        for value in meta.get(key, ()):
            date = normalize_date(value)
            if date:
                return date
    return None


def _same_instant_local(utc_date: str, local_date: str) -> bool:
    """True when `utc_date` is in UTC and `local_date` is the same moment at another offset."""
    if not utc_date.endswith("+00:00") or len(local_date) <= len("YYYY-MM-DDTHH:MM:SS"):
        return False
    return datetime.fromisoformat(utc_date) == datetime.fromisoformat(local_date)


def normalize_date(value: str | None) -> str | None:
    """A date string as ISO 8601: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[+HH:MM]"."""
    if not value:
        return None
    value = value.strip()
    match = _ISO_DATE_RE.search(value)
    if match:
        return _iso_from_match(match)
    compact = _COMPACT_DATE_RE.match(value)
    if compact:
        return _valid_day(*map(int, compact.groups()))
    return _textual_date(value)


def _iso_from_match(match: re.Match) -> str | None:
    year, month, day, hour, minute, second, zone = match.groups()
    day_text = _valid_day(int(year), int(month), int(day))
    if not day_text or hour is None or int(hour) > 23 or int(minute) > 59:
        return day_text
    moment = f"{day_text}T{int(hour):02d}:{minute}:{second or '00'}"
    if zone is None:
        return moment
    if zone in ("Z", "UTC", "GMT"):
        return moment + "+00:00"
    digits = zone.replace(":", "")
    return f"{moment}{digits[:3]}:{digits[3:]}"


def _valid_day(year: int, month: int, day: int) -> str | None:
    try:
        moment = datetime(year, month, day, tzinfo=timezone.utc)
    except ValueError:  # month 13, February 30 ...
        return None
    if year < _MIN_YEAR or moment > datetime.now(timezone.utc) + _MAX_FUTURE:
        return None
    return moment.strftime("%Y-%m-%d")


def _textual_date(text: str) -> str | None:
    """Dates written out: "October 3, 2024", "3. Oktober 2024", "3 octobre 2024", "03.10.2024"."""
    match = _month_match(_MONTH_FIRST_WORD_RE, text, 1)
    if match:
        month, day, year = match.groups()
        return _valid_day(int(year), _MONTHS[month.lower()], int(day))
    match = _month_match(_DAY_FIRST_WORD_RE, text, 2)
    if match:
        day, month, year = match.groups()
        return _valid_day(int(year), _MONTHS[month.lower()], int(day))
    match = _DOTTED_DATE_RE.search(text)
    if match:
        day, month, year = match.groups()
        return _valid_day(int(year), int(month), int(day))
    return None


def _window_markup_date(window: _Window) -> str | None:
    """A date in the byline area's markup: datetime/content attributes, then short text.
    Elements marked as the modification date are passed over."""
    checked = 0
    for element in window.elements():
        if not isinstance(element.tag, str) or _is_modified(element):
            continue
        itemprop_date = element.get("content") if element.get("itemprop") == "datePublished" else None
        date = normalize_date(element.get("datetime") or itemprop_date)
        if date:
            return date
        if element.tag == "time" or _DATE_CLASS_RE.search(element.get("class", "").lower()):
            checked += 1
            date = _short_text_date(element)
            if date or checked >= _MAX_DATE_TEXT_ELEMENTS:
                return date
    return None


def _short_text_date(element: lxml.html.HtmlElement) -> str | None:
    """The date written in a small element (never the text of a whole section)."""
    if not _is_compact(element):
        return None
    text = element.text_content()
    return normalize_date(text) if len(text) <= _MAX_DATE_TEXT_CHARS else None


def _is_modified(element: lxml.html.HtmlElement) -> bool:
    own = element.get("class", "").lower()
    return bool(_MODIFIED_CLASS_RE.search(own)) and not _PUBLISHED_CLASS_RE.search(own)


def _site_day(date: str | None, urls: tuple[str | None, ...]) -> str | None:
    """A UTC timestamp a day off the date in the page's own URL is the site's evening
    shown in UTC: "2019-11-19T07:03:25+00:00" at /2019/11/18/ was published on the 18th."""
    if not date or len(date) <= len("2019-11-19") or not date.endswith(("+00:00", "Z")):
        return date
    day = _url_date(urls)
    if day is None or day == date[:10]:
        return date
    try:
        apart = abs((datetime.fromisoformat(date[:10]) - datetime.fromisoformat(day)).days)
    except ValueError:
        return date
    return day if apart == 1 else date


def _in_comments(element: lxml.html.HtmlElement) -> bool:
    """Inside a comment thread (a comment's own <time> dates the comment)?"""
    for _, ancestor in zip(range(_MAX_ANCESTOR_WALK), element.iterancestors()):
        own = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower()
        if _COMMENT_CLASS_RE.search(own):
            return True
    return False


_COMMENT_CLASS_RE = lazy(r"comment|kommentar|commentaire|comentario|commento|reacties|disqus|respond")


def _url_date(urls: tuple[str | None, ...]) -> str | None:
    for url in urls:
        match = _URL_DATE_RE.search(urlsplit(url).path) if url else None
        if match:
            year, _, month, day = match.groups()
            date = _valid_day(int(year), int(month), int(day))
            if date:
                return date
    return None


def _window_text_date(window: _Window) -> str | None:
    """A date written out in the first characters of text around the headline."""
    parts: list[str] = []
    size = 0
    for element in window.elements():
        for text in (element.text, element.tail):
            if text and not text.isspace():
                parts.append(text)
                size += len(text)
        if size >= _MAX_SCAN_CHARS:
            break
    text = " ".join(parts)[:_MAX_SCAN_CHARS]
    for year in _YEAR_RE.finditer(text):  # the month regexes run only around a year
        date = normalize_date(text[max(0, year.start() - _DATE_SPAN): year.end() + _DATE_SPAN])
        if date:
            return date
    return None


# ---------------------------------------------------------------------------
# Language, description, canonical URL
# ---------------------------------------------------------------------------

_LANG_RE = lazy(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))*$")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _lang(root: lxml.html.HtmlElement, meta: dict[str, list[str]]) -> str | None:
    """<html lang>, then og:locale / content-language; "en_US" -> "en-US"."""
    candidates = [root.get("lang"), root.get(_XML_LANG)]
    candidates += [values[0] for key in _LANG_META_KEYS if (values := meta.get(key))]
    for candidate in candidates:
        lang = normalize_lang(candidate)
        if lang:
            return lang
    return None


def normalize_lang(value: str | None) -> str | None:
    """A language tag with "-" separators and a lower-case language part, or None."""
    if not value:
        return None
    tag = value.split(",")[0].strip().replace("_", "-")
    if not _LANG_RE.match(tag):
        return None
    language, _, region = tag.partition("-")
    return f"{language.lower()}-{region}" if region else language.lower()


def _description(meta: dict[str, list[str]], article: dict | None) -> str | None:
    description = _first_meta(meta, _DESCRIPTION_META_KEYS)
    if not description and article:
        description = _json_str(article.get("description"))
    return description


def _canonical_url(links: list, meta: dict[str, list[str]], url: str | None) -> str | None:
    """link rel=canonical, else og:url; absolute against `url`; None unless http(s)."""
    hrefs = [link.get("href") or "" for link in links if "canonical" in (link.get("rel") or "").lower()]
    for href in [*hrefs, *meta.get("og:url", ())]:
        absolute = urljoin(url, href.strip()) if url else href.strip()
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.netloc:
            return absolute
    return None
