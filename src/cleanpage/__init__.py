"""cleanpage: turn a web page into the article it holds.

    import cleanpage
    article = cleanpage.clean(html, url="https://example.org/news/1")
    print(cleanpage.render(article, "markdown"))

Heavy modules (requests, readability) are imported only when used, so that
`import cleanpage` and the CLI start fast.
"""

from __future__ import annotations

from .errors import CleanpageError, FetchError, InputError, NoContentError, TimeLimitError
from .model import Article, Options, Quote, Removal
from .version import __version__

__all__ = [
    "Article", "CleanpageError", "FetchError", "InputError", "NoContentError",
    "Options", "Quote", "Removal", "TimeLimitError", "clean", "fetch", "render", "__version__",
]


def clean(html: str | bytes, *, url: str | None = None, content_type: str | None = None,
          options: Options | None = None) -> Article:
    """Clean one HTML document (str, or bytes of any encoding) into an Article.

    `content_type` is the HTTP Content-Type that came with the bytes: its charset
    wins over the page's <meta>."""
    from .api import clean as _clean

    return _clean(html, url=url, content_type=content_type, options=options)


def fetch(url: str, *, options: Options | None = None) -> Article:
    """Fetch a URL over HTTP(S) and clean it into an Article."""
    from .api import fetch as _fetch

    return _fetch(url, options=options)


def render(article: Article, fmt: str = "markdown", *, options: Options | None = None) -> str:
    """Render an Article as "markdown", "json", "jsonl", "text" or "html"."""
    from .serialize import render as _render

    return _render(article, fmt, options=options)
