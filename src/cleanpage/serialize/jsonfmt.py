"""An Article as JSON: one indented object (json) or one compact line (jsonl).

The keys are model.JSON_FIELDS, in that order (DESIGN.md's JSON contract).
"""

from __future__ import annotations

import json
from typing import Any

from ..model import JSON_FIELDS, Article


def article_record(article: Article) -> dict[str, Any]:
    """The JSON record of an Article: exactly JSON_FIELDS, quotes as objects."""
    record = {name: getattr(article, name) for name in JSON_FIELDS}
    record["quotes"] = [
        {"text": quote.text, "speaker": quote.speaker, "kind": quote.kind}
        for quote in article.quotes
    ]
    return record


def render_json(article: Article) -> str:
    return json.dumps(article_record(article), ensure_ascii=False, indent=2) + "\n"


# Line and paragraph separators are legal raw in JSON but split "lines" for
# tools that use Unicode line breaking (str.splitlines): escape them in jsonl.
_UNICODE_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029"})


def render_jsonl(article: Article) -> str:
    return record_line(article_record(article))


def record_line(record: dict[str, Any]) -> str:
    """One jsonl line: compact, UTF-8 kept, U+2028/U+2029 escaped. The one jsonl
    encoder: article records, the CLI's error records and Dask's all go through it."""
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return line.translate(_UNICODE_LINE_BREAKS) + "\n"
