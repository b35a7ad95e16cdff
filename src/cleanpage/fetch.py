"""HTTP. PLACEHOLDER: the real module replaces this."""
from __future__ import annotations
from dataclasses import dataclass

@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str
    html: str
    status: int = 200
    content_type: str | None = None

def fetch_html(url, options):
    import requests
    r = requests.get(url, timeout=options.timeout)
    return FetchedPage(url=r.url, html=r.text, status=r.status_code)
