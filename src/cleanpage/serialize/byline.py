"""The one-line credit under the title: "By A and B · 2024-10-03"."""

from __future__ import annotations

from ..model import Article
from .tags import one_line

BYLINE_SEPARATOR = " · "
DAY_CHARS = len("2024-10-03")


def byline_line(article: Article) -> str:
    """"By A and B · 2024-10-03", "By A and B", "2024-10-03" or "" when neither is known."""
    parts = []
    if article.byline and article.byline.strip():
        parts.append("By " + one_line(article.byline))
    if article.date and article.date.strip():
        # the day reads better in a credit line; JSON and front matter keep the full timestamp
        parts.append(article.date.strip()[:DAY_CHARS])
    return BYLINE_SEPARATOR.join(parts)
