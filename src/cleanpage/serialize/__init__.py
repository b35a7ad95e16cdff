"""Rendering: the body as Markdown or text, an Article in every output format.

    body_to_markdown(body, base_url=None, options=None) -> str   markdown.py
    body_to_text(body) -> str                                    text.py
    has_text(body) -> bool                                       body_to_text(body) != ""
    render(article, fmt="markdown", options=None) -> str         markdown | json | jsonl | text | html
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import FORMATS, Article, Options
from .html import render_html
from .jsonfmt import article_record, record_line, render_json, render_jsonl
from .markdown import body_to_markdown, render_markdown
from .text import body_to_text, has_text, render_text

__all__ = ["article_record", "body_to_markdown", "body_to_text", "has_text", "record_line", "render"]

_RENDERERS: dict[str, Callable[[Article, Options | None], str]] = {
    "markdown": render_markdown,
    "json": lambda article, options: render_json(article),
    "jsonl": lambda article, options: render_jsonl(article),
    "text": lambda article, options: render_text(article),
    "html": lambda article, options: render_html(article),
}
assert tuple(_RENDERERS) == FORMATS, "every format in model.FORMATS has a renderer"


def render(article: Article, fmt: str = "markdown", *, options: Options | None = None) -> str:
    """Render an Article in one of model.FORMATS; ValueError for any other name."""
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return renderer(article, options)
