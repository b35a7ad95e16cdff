"""Page metadata: title, byline, date, site name, language, description, canonical URL.

`extract_metadata(root, url)` reads the parsed page BEFORE boilerplate removal and
never modifies it. Sources, most trusted first:

1. JSON-LD (`script[type=application/ld+json]`, with `@graph` and nested lists)
2. `<meta>` tags (OpenGraph, Twitter, Dublin Core, Parse.ly, itemprop), collected once
3. the DOM: the article's own `<h1>`, byline markup and dates in a bounded window
   of elements around it, `time[datetime]`
4. `<title>` with the site name cut off; for dates the URL, then written dates in
   the text next to the headline

Speed: the <head> is read first, then the body in one pass filtered by tag in C (its
structured sources count only when the head leaves the title, byline or date open);
the window is walked lazily, nearest level first, and never grows with the page. Every rule is a named constant in its module:
`sources` (meta, JSON-LD, links, language), `title`, `byline`, `date`, and
`window` (the elements around the headline that byline and date read). Word
lists cover English, German, French, Spanish, Italian, Dutch, Polish,
Portuguese and Swedish (dates also Czech, Slovak, Danish, Norwegian, Finnish,
Greek, Hungarian, Romanian, Russian, Turkish, Ukrainian, Chinese, Japanese and
Korean; byline labels and joiners also Czech, Danish, Norwegian, Russian and
Ukrainian), and are never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from .byline import clean_names, repeats_byline, _candidate_test, _container_author, _dated_name_line, _dom_byline, _far_text_byline, _markup_byline, _text_byline, _thread_starter, _join_names, _labelled_meta_author, _only_site, _shown_names, _site_owner, _structured_names, _HOME_PATHS, _without_codes, _without_site
from .date import line_days, normalize_date, _writes_day_first, _day_as_shown, _dom_date, _original_date, _shown, _structured_date, _structured_modified, _may_live_east_of_utc
from .sources import (
    SHOP_KINDS,
    _BODY_TAGS,
    _HEAD_TAGS,
    _IMAGE_KEYS,
    _Page,
    _Sources,
    _canonical_url,
    _clean_text,
    _description,
    _first_article,
    _first_dated,
    _first_meta,
    _lang,
    _page_kind,
    normalize_lang,
)
from .title import _home_label_as_site, _site_from_title, _site_key, _site_keys, _site_name, _structured_title, _title, _title_line, _titled_heading
from .update import page_update, shown_update
from .window import _Window, _child, _fallback_anchor, review_areas

__all__ = ["Metadata", "PageRead", "clean_names", "extract_metadata", "line_days", "normalize_date", "normalize_lang",
           "read_page", "repeats_byline"]


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself; every value is a plain string or None."""

    title: str | None = None
    byline: str | None = None
    date: str | None = None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[+HH:MM]"
    updated: str | None = None  # the day the page labels as its update (or its structured modification), as `date`
    site_name: str | None = None
    lang: str | None = None  # "en", "en-US", "pt-br" (language part lower-cased)
    description: str | None = None
    canonical_url: str | None = None  # absolute http(s) URL
    kind: str | None = None  # what the page says it is (og:type, JSON-LD): "article", "product", "collection" or None


def extract_metadata(root: lxml.html.HtmlElement, url: str | None = None) -> Metadata:
    """Read the page's metadata without touching the tree (read_page's Metadata)."""
    return read_page(root, url).metadata


@dataclass(frozen=True, slots=True)
class PageRead:
    """The page's metadata, and what the scan behind it saw that clean() asks again."""

    metadata: Metadata
    # May the page hold a <blockquote>? False only where the scan saw the whole tree and met
    # none: clean() then skips the quote signers' search of the page (a walk of every element).
    quoted: bool


def read_page(root: lxml.html.HtmlElement, url: str | None = None) -> PageRead:
    """Read the page's metadata without touching the tree.

    1. the <head>: meta, link, title, JSON-LD; what they say (title, byline, date...)
    2. one pass over the body (its JSON-LD, itemprop metas, h1/h2, time, article); when the
       head leaves the title, byline or date open, the structured answers again
    3. title: structured, else the h1 the <title> repeats, else the <title> cut; a bare home
       label ("Home", "Startseite") gives way to the site's name
    4. byline and date left open: the markup and text in a window around the headline (on a
       product's page, its customer reviews left out: review_areas), then the URL for dates; a
       structured date gives way to an earlier day the page shows, to a later one its
       dateline's markup names the publication (a re-dated post), or to
       another day a <time> marked and labelled as the publication holds; a site's home page
       names no author, and no date but the one its metadata gives (the days it shows are its
       teasers')
    5. the update: a day labelled "Updated" by the headline or in the headline's <article>, else
       the structured modification; none before the date (a home page: the structured one only)
    """
    page = _Page()
    sources = _Sources(page)
    sources.read(_child(root, "head"), _HEAD_TAGS, children_only=True)
    facts = _facts(sources, url)
    found_more = sources.read(_child(root, "body"), _BODY_TAGS, children_only=False)  # the headline's elements
    if not facts.complete and found_more:  # a complete head outranks what the body's scripts say
        facts = _facts(sources, url)
    meta = sources.meta
    headline, title = _title(page, facts, meta, facts.article or _first_article(sources.items))
    if headline is None:
        headline = _titled_heading(_child(root, "body"), title)
    if headline is None:
        headline = _title_line(_child(root, "body"), title)
    anchor = headline if headline is not None else _fallback_anchor(root, page)
    window = _Window(anchor, skip=review_areas() if facts.kind == "product" else None)
    lang = _lang(root, meta)
    home = _is_home_page(url, facts.canonical)
    site_name = facts.site_name or _site_from_title(title, facts.page_title)
    date = facts.date if home else _page_date(facts, window, page, (url, facts.canonical, _first_meta(meta, _IMAGE_KEYS)),
                                              lang, anchored=headline is not None)
    shown = None if home else shown_update(window, page, day_first=_writes_day_first(lang))
    metadata = Metadata(
        title=_home_label_as_site(title, site_name),
        byline=None if home else _join_names(_without_site(
            _byline_names(facts, window, root, headline, anchor, meta) or _labelled_meta_author(meta)
            or _owner(facts, root, url), facts.sites)),
        date=date,
        updated=page_update(shown, facts.updated, date),
        site_name=site_name,
        lang=lang,
        description=_description(meta, facts.article),
        canonical_url=facts.canonical,
        kind=facts.kind,
    )
    return PageRead(metadata, quoted=bool(page.quotes) or not _scanned_whole(root))


def _scanned_whole(root: lxml.html.HtmlElement) -> bool:
    """Did the scan (the <head>'s children, the first <body>'s elements) see every element where
    a block quote may sit? The tree's root, and its other children (a second <body>, a stray
    element) hold none; the <head> is read whole here (a few dozen elements)."""
    if root.getparent() is not None or root.tag != "html":
        return False  # a subtree (the document around it is not seen), or a fragment's own element
    body = _child(root, "body")
    return not any(next(child.iter("blockquote"), None) is not None for child in root if child is not body)


@dataclass(frozen=True, slots=True, eq=False)  # never compared: no __eq__ and __hash__ compiled at import
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
    modified: frozenset[str]  # the days given as the modification: a later day shown on one is the update
    updated: str | None  # the structured modification, as stated (JSON-LD dateModified first)
    kind: str | None  # what the page says it is: "article", "product", "collection" or None

    @property
    def complete(self) -> bool:
        return bool(self.title and self.names and self.date) and not _only_site(self.names, self.site_name)


def _page_date(facts: _Facts, window: _Window, page: _Page, urls: tuple[str | None, ...], lang: str | None, *,
               anchored: bool) -> str | None:
    """The publication day as the page states it (never shifted by a time zone): the structured
    date weighed against the day the page shows (_original_date), else the day its markup, text
    or address gives (_dom_date). On a product page that marks up no article (a review marks one
    up), a structured date the page shows nowhere is the day its listing was made, no publication."""
    day_first = _writes_day_first(lang)  # how the page's language writes "05/03/2024"
    if not facts.date:
        return _day_as_shown(_dom_date(window, page, urls, day_first=day_first), page.times)
    shown = _shown(window, page, anchored=anchored, day_first=day_first)
    if facts.kind in SHOP_KINDS and facts.article is None and not (shown.day or shown.stated):
        return None
    return _day_as_shown(_original_date(facts.date, shown, modified=facts.modified,
                                        east_of_utc=_may_live_east_of_utc(lang)), page.times)


# With no byline in the window, byline markup is looked for this far after the headline: a
# forum's first poster after a long header, an author box at the article's end.
_WIDER_WINDOW_AFTER = 400
# ...and a credit in so many words ("Written by Ann Lee") this far: it closes a long article's
# text, after a table of contents, pictures and share buttons, and names no one else there.
_CREDIT_WINDOW_AFTER = 800


def _byline_names(facts: _Facts, window: _Window, root: lxml.html.HtmlElement,
                  headline: lxml.html.HtmlElement | None, anchor: lxml.html.HtmlElement | None,
                  meta: dict[str, list[str]]) -> list[str]:
    """The structured authors less a plugin's account the page never shows (one of them completed
    by the page's longer list of authors), unless none is left or they only name the site itself
    (a publisher filed as the author): then a thread's
    first poster in microdata, else the person the page's byline names, when it names one,
    else the author the headline's container gives as data."""
    body = _child(root, "body")
    structured = _without_codes(facts.names, body)
    only_site = _only_site(structured, facts.site_name)
    if structured and not only_site:
        structured = _shown_names(structured, facts.article, body, meta)
        if structured:
            return _fuller_shown_list(structured, window)
    is_candidate = _candidate_test()  # (both windows' searches meet the narrower window's elements)
    names = _thread_starter(body) or _dom_byline(window, is_candidate)
    if not names:
        wider = _Window(anchor, after=_WIDER_WINDOW_AFTER, skip=window.skip)
        names = _markup_byline(wider, far=True, is_candidate=is_candidate) \
            or _far_text_byline(_Window(anchor, after=_CREDIT_WINDOW_AFTER, skip=window.skip)) \
            or _container_author(headline) or _dated_name_line(window, facts.sites)
    site = _site_key(facts.site_name or "")
    if structured and site and any(site in _site_key(name) for name in names):
        return structured  # the page's byline says the site too ("Example News Sponsored")
    return names or structured


# Names a page's byline must list beside the one structured author to replace it: two parts
# joined by a comma may be a name and its role ("Ann Lee, Garden Expert"), three are a list.
_MIN_SHOWN_LIST = 3


def _fuller_shown_list(structured: list[str], window: _Window) -> list[str]:
    """The page's byline when it lists the one structured author and co-authors ("Ann Lee" in
    the author meta, "By Ann Lee, Bo Roe and Cy Ode" over the text: a plugin files the first
    writer alone; a title before the name counts, "Dr Ann Lee"); the structured author otherwise."""
    if len(structured) != 1:
        return structured
    # The markup first, else the "By" line: weighing the line against a one-name author box, as
    # _dom_byline does where no author is structured, would search the window twice on most pages,
    # and no benchmark or whole page changes with it.
    shown = _markup_byline(window) or _text_byline(window)
    name = structured[0].casefold()
    if len(shown) >= _MIN_SHOWN_LIST and any(n.casefold() == name or n.casefold().endswith(f" {name}") for n in shown):
        return shown
    return structured


def _is_home_page(url: str | None, canonical: str | None) -> bool:
    """Is the page a site's home page (its address, and its canonical one when it gives one, a
    bare host)? A home page is the site's front, no one's article: its author meta names the
    firm, its byline markup the author of the newest teaser."""
    addresses = [address for address in (url, canonical) if address]
    return bool(addresses) and all(urlsplit(address).path in _HOME_PATHS for address in addresses)


def _owner(facts: _Facts, root: lxml.html.HtmlElement, url: str | None) -> list[str]:
    """A personal site's owner as the author, on a site that names no publisher."""
    return [] if facts.site_name else _site_owner(_child(root, "body"), facts.canonical or url)


def _facts(sources: _Sources, url: str | None) -> _Facts:
    meta, items, page = sources.meta, sources.items, sources.page
    article = _first_article(items)
    canonical = _canonical_url(page.links, meta, url)
    site_name = _site_name(meta, items, article)
    sites = _site_keys(site_name, canonical or url)
    page_title = _clean_text(page.titles[0].text_content()) if page.titles else None
    kind = _page_kind(meta, items)
    dated = article or _first_dated(items)
    modified, updated = _structured_modified(meta, dated)
    return _Facts(
        article=article,
        canonical=canonical,
        site_name=site_name,
        sites=sites,
        page_title=page_title,
        title=_structured_title(meta, article, sites, page_title, kind == "article"),
        names=_structured_names(meta, article, items),
        date=_structured_date(meta, dated),
        modified=modified,
        updated=updated,
        kind=kind,
    )

