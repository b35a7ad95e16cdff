"""An Article as a small standalone UTF-8 HTML5 document.

The body is Article.html, the already-cleaned body HTML; title and byline are
escaped here. Without body HTML the plain text becomes paragraphs.
"""

from __future__ import annotations

from ..model import Article
from .byline import byline_line

_DOCUMENT = """<!DOCTYPE html>
<html{lang}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body>
<article>
{header}{body}
</article>
</body>
</html>
"""


def render_html(article: Article) -> str:
    """<title>, then <article> with <h1>title</h1>, a byline <p> and the body."""
    # here: `html` builds its table of named entities at import; the other formats need none
    from html import escape

    title = escape(article.title or "")
    header = f"<h1>{title}</h1>\n" if article.title else ""
    credit = byline_line(article)
    if credit:
        header += f'<p class="byline">{escape(credit)}</p>\n'
    return _DOCUMENT.format(
        lang=f' lang="{escape(article.lang)}"' if article.lang else "",
        title=title,
        header=header,
        body=article.html.strip() or _paragraphs(article.text),
    )


def _paragraphs(text: str) -> str:
    from html import escape

    blocks = (block.strip() for block in text.split("\n\n"))
    return "\n".join(f"<p>{escape(block)}</p>" for block in blocks if block)
