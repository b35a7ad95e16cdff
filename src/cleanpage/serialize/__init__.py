"""Rendering. PLACEHOLDER: the real package replaces this."""

from __future__ import annotations

import json

from ..model import JSON_FIELDS, Article, Options


def body_to_markdown(body, *, base_url=None, options: Options | None = None) -> str:
    return "\n\n".join(t.strip() for t in body.itertext() if t.strip())


def body_to_text(body) -> str:
    return "\n\n".join(t.strip() for t in body.itertext() if t.strip())


def render(article: Article, fmt: str = "markdown", *, options: Options | None = None) -> str:
    if fmt == "markdown":
        return f"# {article.title}\n\n{article.markdown}\n"
    if fmt in ("json", "jsonl"):
        d = {k: getattr(article, k) for k in JSON_FIELDS}
        d["quotes"] = [{"text": q.text, "speaker": q.speaker, "kind": q.kind} for q in article.quotes]
        return json.dumps(d, ensure_ascii=False, indent=None if fmt == "jsonl" else 2) + "\n"
    if fmt == "text":
        return article.text + "\n"
    return article.html
