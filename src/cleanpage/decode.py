"""bytes -> str. PLACEHOLDER: the real module (BOM, HTTP charset, <meta>, detection) replaces this."""

from __future__ import annotations


def decode_html(data: bytes, content_type: str | None = None) -> str:
    return data.decode("utf-8", errors="replace")
