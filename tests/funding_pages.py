"""The story page the funding tests put a statement in: a site header, a headline, five paragraphs of
one story sentence that holds no funding word, the paragraph under test at the article's end, a site
footer."""

from __future__ import annotations


def story_page(lang: str, end: str, story: str, *, headline: str, site: str) -> str:
    paragraphs = "".join(f"<p>{story} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline} | {site}</title>"
            f"</head><body><header class='site-header'><a href='/'>{site}</a></header><main><article>"
            f"<h1>{headline}</h1><div class='article-body'>{paragraphs}<p>{end}</p></div></article></main>"
            f"<footer class='site-footer'><p>© 2025 {site}</p></footer></body></html>")
