"""The structured sources of metadata: <meta> tags, JSON-LD, <link>, <html lang>.

Each element kind is filed once (`_Sources.read`), and every value is cleaned here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from ..patterns import lazy


# The <head>'s children and one pass over the body, both filtered by tag in C, so only
# the matches become Python objects. Measured on 181 pages: a whole-tree XPath per
# source costs one full traversal each, and XPath attribute predicates (translate,
# contains) cost more than filtering the few matches in Python.
_HEAD_TAGS = ("meta", "title", "script", "link")
# (A canonical <link> belongs in the head; the body's links are stylesheets and icons.)
# Its block quotes are filed too, for clean(): a page without one skips the quote signers' search.
_BODY_TAGS = ("meta", "title", "script", "h1", "h2", "time", "article", "main", "blockquote")
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
    "article:author", "parsely-author", "sailthru.author", "byl", "citation_author", "citation_authors",
)
# Publication dates only; modified dates are deliberately absent.
_DATE_META_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dc.date", "dc:date", "date", "pubdate", "publishdate",
    "publish-date", "published", "published_time", "publication_date", "sailthru.date",
    "parsely-pub-date", "citation_publication_date", "article.published",
    "datecreated",
    # further publication keys news systems write (htmldate reads them too), read after the above:
    # a content-recommendation tag, a wire or broadcast system's, a CMS's own
    "cxenseparse:recs:publishtime", "publish_date", "date_published", "pdate", "ptime",
    "pubtime", "article:post_date", "article:published", "article_date_original", "originalpublicationdate",
    "dc.date.publication", "dcterms.date", "rnews:datepublished", "bt:pubdate", "dateposted", "displaydate",
    "mediator_published_time", "shareaholic:article_published_time", "twt-published-at",
    "dcsext.articlefirstpublished", "analyticsattributes.articledate", "vr:published_time",
    # a site-search crawler's (Swiftype's: <meta class="swiftype" name="published_at">)
    "published_at",
)
# Modification dates: never the date, only read to tell an update shown by the headline apart.
_MODIFIED_META_KEYS = ("article:modified_time", "og:updated_time", "datemodified")
_SITE_META_KEYS = ("og:site_name", "application-name")
# Labelled values of link previews: twitter:label1 "Written by" with twitter:data1 "Ann Lee".
_LABELLED_META_KEYS = ("twitter:label1", "twitter:data1", "twitter:label2", "twitter:data2")
_IMAGE_KEYS = ("og:image", "og:image1", "og:image2", "twitter:image")  # the upload path often holds the day
_LANG_META_KEYS = ("og:locale", "content-language", "dc.language", "dc:language", "inlanguage")
_DESCRIPTION_META_KEYS = ("description", "og:description", "twitter:description", "dc:description")
# Only these keys are kept: a page has dozens of metas we never read.
_WANTED_META_KEYS = frozenset(
    (*_TITLE_META_KEYS, *_AUTHOR_META_KEYS, *_DATE_META_KEYS, *_MODIFIED_META_KEYS, *_SITE_META_KEYS,
     *_LANG_META_KEYS, *_DESCRIPTION_META_KEYS, "og:url", *_IMAGE_KEYS, *_LABELLED_META_KEYS, "og:type")
)

# JSON-LD @type values that describe the article itself (schema.org CreativeWork kinds).
_ARTICLE_TYPE_RE = lazy(r"(?:Article|Posting|Report|Review|Recipe|CreativeWork)$")
# What a page says it is (Metadata.kind), for the choice of its content: an article (og:type
# "article", a JSON-LD *Article or *Posting) or a product (og:type "product", a JSON-LD Product).
_ARTICLE_KIND_RE = lazy(r"(?:Article|Posting)$")
_PRODUCT_TYPES = frozenset(("Product", "ProductGroup", "IndividualProduct", "ProductModel"))
# Open Graph's "product.group" is a group of products: a shop's category page, a collection, whose
# items are its content, not a product's description (a JSON-LD ProductGroup, one product in several
# sizes, is still a product). Its title and dates are read as a product's (SHOP_KINDS).
SHOP_KINDS = frozenset(("product", "collection"))
_COLLECTION_OG_TYPES = frozenset(("product.group",))
# CDATA and HTML comment wrappers some CMSs put around JSON-LD.
# (Closing wrappers need no rule: raw_decode stops at the end of the JSON value.)
_JSON_OPENER_RE = lazy(r"\s*(?://\s*)?(?:<!\[CDATA\[|<!--)")
_JSON_DECODER = json.JSONDecoder(strict=False)  # strict=False: raw newlines in strings
# Keys under which JSON-LD nests further items worth reading.
_JSON_NESTED_KEYS = ("@graph", "mainEntity", "mainEntityOfPage")

# Double-escaped entities left in attribute values ("&amp;#8217;" -> "&#8217;").
_ENTITY_RE = lazy(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);", re.IGNORECASE)
_URL_LIKE_RE = lazy(r"^(?:https?:)?//|^www\.", re.IGNORECASE)


@dataclass(slots=True, eq=False)  # never compared: no __eq__ compiled at import
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
    quotes: list = field(default_factory=list)  # the body's <blockquote>s


class _Sources:
    """The page's elements by kind, with the meta values and JSON-LD items read so far."""

    def __init__(self, page: _Page) -> None:
        self.page = page
        self.meta: dict[str, list[str]] = {}
        self.items: list[dict] = []
        self._lists = {
            "meta": page.metas, "link": page.links, "script": page.scripts, "title": page.titles,
            "h1": page.h1s, "h2": page.h2s, "time": page.times, "article": page.articles,
            "main": page.articles, "blockquote": page.quotes,
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
    """The wanted keys of a list of keys ("og:title twitter:title"); none from a name that is a
    phrase naming the update ("Updated Date", "Last Modified Date": the modification date)."""
    if " " not in keys:
        return []
    words = keys.split()
    return [] if _UPDATE_KEY_WORDS.intersection(words) else [key for key in words if key in _WANTED_META_KEYS]


# Words of a meta name that make it the update's ("Updated Date"), lower-cased, in the nine languages.
_UPDATE_KEY_WORDS = frozenset((
    "updated", "update", "modified", "last", "revised", "edited", "aktualisiert", "geändert", "modifié",
    "actualizado", "aggiornato", "bijgewerkt", "zaktualizowano", "atualizado", "uppdaterad",
))


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
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind:
            data = _parse_json(script.text or "")
        elif not kind and (script.text or "").startswith(_FLIGHT_PUSH):
            data = _flight_json_ld(script.text)
        else:
            continue
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


def _flight_json_ld(text: str) -> object:
    """The JSON-LD document a Next.js page sends in its flight data, for a client component to
    write into the <head> ("self.__next_f.push([1,"{\"@context\":\"https://schema.org\",…"])"):
    the page as served holds no ld+json script then. The first schema.org document of the
    chunk, None when the chunk holds none or breaks it off (a document split over two chunks)."""
    if _SCHEMA_CONTEXT not in text:
        return None
    try:
        row = _JSON_DECODER.raw_decode(text, len(_FLIGHT_PUSH))[0]
    except ValueError:  # not the plain array a flight push holds
        return None
    chunk = row[1] if isinstance(row, list) and len(row) > 1 and isinstance(row[1], str) else ""
    start = chunk.find(_JSON_LD_START)
    return _parse_json(chunk[start:]) if start >= 0 else None


_FLIGHT_PUSH = "self.__next_f.push("  # a Next.js flight data chunk
_SCHEMA_CONTEXT = '\\"@context\\"'  # as the chunk's JavaScript string escapes it
_JSON_LD_START = '{"@context"'


def _parse_json(text: str) -> object:
    """Parse one JSON-LD block; tolerate wrappers, trailing junk and a comma before a closing
    bracket (hand-written templates leave one after the last key), None when invalid."""
    opener = _JSON_OPENER_RE.match(text)
    text = text[opener.end():].strip() if opener else text.strip()
    for form in (str, _unescaped, _without_trailing_commas):  # each only when the forms before it fail
        try:
            return _JSON_DECODER.raw_decode(form(text))[0]
        except ValueError:  # invalid JSON (JSONDecodeError is a ValueError): try the next form
            continue
    return None


def _without_trailing_commas(text: str) -> str:
    """The JSON text without the commas that close an object or a list ("…": "2024-03-05",}")."""
    return _TRAILING_COMMA_RE.sub(r"\1", text)


_TRAILING_COMMA_RE = lazy(r",\s*([}\]])")


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


def _page_kind(meta: dict[str, list[str]], items: list[dict]) -> str | None:
    """"product", "collection", "article" or None: what the page's og:type and JSON-LD types say
    it is (a product page that also marks up an article, a review, is a product page)."""
    og_type = (_first_meta(meta, ("og:type",)) or "").lower().split(":")[-1]
    og = og_type.split(".")[0]
    kinds = [kind for item in items for kind in _types(item)]
    if any(kind in _PRODUCT_TYPES for kind in kinds):
        return "product"
    if og == "product":
        return "collection" if og_type in _COLLECTION_OG_TYPES else "product"
    if og == "article" or any(_ARTICLE_KIND_RE.search(kind) for kind in kinds):
        return "article"
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
    for _ in range(2):  # twice: a JSON-LD value escaped once more than the page ("&amp;#8230;")
        if "&" not in value or not _ENTITY_RE.search(value):
            break
        value = _unescaped(value)
    value = " ".join(value.split())  # str.split: Unicode whitespace, faster than a regex
    return value or None



def _unescaped(text: str) -> str:
    """html.unescape, its module loaded only for a text that needs it: importing `html` builds its
    table of 2,231 named entities (~7.7M instructions, ~1.5% of a one-page run), and most pages'
    metadata holds no entity left after parsing."""
    from html import unescape

    return unescape(text)


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


# How a description cut short ends ("...the sensor i…"): another meta may hold it whole.
_CUT_MARKS = ("…", "...")


def _description(meta: dict[str, list[str]], article: dict | None) -> str | None:
    """The first description meta, or a longer one it is the cut start of (a <meta name=description>
    cut to 160 characters beside the og:description that holds the whole text)."""
    description = _first_meta(meta, _DESCRIPTION_META_KEYS)
    if not description and article:
        description = _json_str(article.get("description"))
    if description and description.endswith(_CUT_MARKS):
        stem = description.rstrip(".… ")
        for key in _DESCRIPTION_META_KEYS:
            for value in meta.get(key, ()):
                if len(value) > len(description) and value.startswith(stem):
                    return value
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
