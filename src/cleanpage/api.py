"""The pipeline: decode -> parse -> metadata -> strip chrome -> main content -> sections -> render body.

Each stage is a function of plain data in, plain data out. Only `fetch` here
touches the network (through fetch.py).
"""

from __future__ import annotations

import lxml.html

from . import boilerplate, content, sections
from .decode import decode_html
from .errors import NoContentError
from .metadata import extract_metadata
from .model import Article, Options
from .parse import parse_html
from .serialize import body_to_markdown, body_to_text

DEFAULT_OPTIONS = Options()


def clean(html: str | bytes, *, url: str | None = None, options: Options | None = None) -> Article:
    """Clean one document into an Article.

    1. decode bytes (BOM, <meta>, detection) and parse into a depth-safe lxml tree
    2. read metadata from the whole page (JSON-LD, OpenGraph, meta, DOM)
    3. strip chrome by rule (boilerplate.RULES), recording removals for --explain
    4. choose the main content node and re-attach the deck and funding blocks
    5. find the funding statement and the quotations
    6. render the body as Markdown, text and HTML
    """
    options = options or DEFAULT_OPTIONS
    text = html if isinstance(html, str) else decode_html(html)
    root = parse_html(text)
    meta = extract_metadata(root, url)
    removals = boilerplate.strip(root, options)
    body, pulled = content.find_body(root, meta, options, html_text=text)
    if body is None:
        raise NoContentError("no article content found on the page")
    funding = sections.find_funding(body)
    quotes = sections.find_quotes(body, pulled)
    base_url = url or meta.canonical_url
    markdown = body_to_markdown(body, base_url=base_url, options=options)
    plain = body_to_text(body)
    if not plain.strip():
        raise NoContentError("no article content found on the page")
    return Article(
        source=url,
        url=url or meta.canonical_url,
        title=meta.title,
        byline=meta.byline,
        date=meta.date,
        site_name=meta.site_name,
        lang=meta.lang,
        description=meta.description,
        markdown=markdown,
        text=plain,
        funding=funding,
        quotes=tuple(quotes),
        word_count=count_words(plain),
        html=lxml.html.tostring(body, encoding="unicode"),
        removals=tuple(removals),
    )


def fetch(url: str, *, options: Options | None = None) -> Article:
    """Fetch a URL and clean it; the Article's url is the final URL after redirects."""
    from .fetch import fetch_html

    options = options or DEFAULT_OPTIONS
    page = fetch_html(url, options)
    article = clean(page.html, url=page.url, options=options)
    return article


def count_words(text: str) -> int:
    """Words, counting each CJK character as one word (CJK has no spaces)."""
    import re

    return len(_WORD_RE.findall(text))


import re as _re

# A run of word characters that are not CJK, or one CJK ideograph/kana/hangul.
_WORD_RE = _re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
