"""Title, byline, date, ... PLACEHOLDER: the real module replaces this."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site_name: str | None = None
    lang: str | None = None
    description: str | None = None
    canonical_url: str | None = None


def extract_metadata(root, url: str | None = None) -> Metadata:
    t = root.findtext(".//title")
    return Metadata(title=t.strip() if t else None, lang=root.get("lang"))
