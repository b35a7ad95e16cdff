"""Which of cleanpage's date sources gave a page its date: for the date-misses listing.

    python benchmarks/date_sources.py PAGE.html [URL]

Re-reads the page with the metadata module's own steps, in its order (a structured date,
the day the page shows near its headline, then a first publication the page states (which
goes before a later day the steps below find), the page's own <time>, labels, markup, URL,
text, <title>, the URL's month with a day written without its year, a thread's first post far
below), and names the first that gives the day cleanpage returned.
"""

from __future__ import annotations

import sys

from cleanpage.metadata import _facts, _first_article, extract_metadata
from cleanpage.metadata import date as dates
from cleanpage.metadata.sources import (
    _BODY_TAGS,
    _HEAD_TAGS,
    _IMAGE_KEYS,
    _first_meta,
    _lang,
    _Page,
    _Sources,
)
from cleanpage.metadata.title import _title, _title_line, _titled_heading
from cleanpage.metadata.window import _child, _fallback_anchor, _Window
from cleanpage.parse import parse_html


def date_source(html: str, url: str | None) -> tuple[str | None, str]:
    """(cleanpage's date, the name of the source it came from; "-" when there is none)."""
    root = parse_html(html)
    ours = extract_metadata(root, url).date
    page = _Page()
    sources = _Sources(page)
    sources.read(_child(root, "head"), _HEAD_TAGS, children_only=True)
    facts = _facts(sources, url)
    if sources.read(_child(root, "body"), _BODY_TAGS, children_only=False) and not facts.complete:
        facts = _facts(sources, url)
    headline, title = _title(page, facts, sources.meta, facts.article or _first_article(sources.items))
    if headline is None:
        headline = _titled_heading(_child(root, "body"), title)
    if headline is None:
        headline = _title_line(_child(root, "body"), title)
    window = _Window(headline if headline is not None else _fallback_anchor(root, page))
    if not ours:
        return None, "-"
    day = ours[:10]
    if facts.date:
        if facts.date[:10] == day:
            return ours, "structured"
        stated = dates._stated_publication(page.times)
        if stated and stated[:10] == day:
            return ours, "<time> labelled as published"
        shown = dates._shown_date(window, day_first=dates._writes_day_first(_lang(root, sources.meta)))
        return ours, "shown near headline" if shown and shown[:10] == day else "structured, day as shown"
    urls = (url, facts.canonical, _first_meta(sources.meta, _IMAGE_KEYS))
    day_first = dates._writes_day_first(_lang(root, sources.meta))
    articles = set(page.articles)
    entries = dates._list_entries(page.articles, window)
    times = [t for t in dates._publication_times(page.times, articles, entries) if not dates._in_list_entry(t, window.scopes)]
    candidates = (
        ("first publication stated", dates._first_published(window, articles, day_first=day_first)),
        ("<time> of the article", next(filter(None, (dates.normalize_date(t.get("datetime")) for t in times)), None)),
        ("labelled near headline", dates._labelled_date(window.elements(), dates._MAX_LABELLED_DATE_ELEMENTS, day_first=day_first)),
        ("window markup", dates._window_markup(window, day_first=day_first)[0]),
        ("container stamp", dates._container_stamp(window)),
        ("URL", dates._url_date(urls)),
        ("window text", dates._window_text_date(window, day_first=day_first)),
        ("labelled in article", dates._article_labelled_date(window, articles, day_first=day_first)),
        ("created beside an update", dates._created_beside_update(window, day_first=day_first)),
        ("dated credit line", dates._credited_date(window, articles, day_first=day_first)),
        ("<title>", dates._title_date(page, day_first=day_first)),
        ("URL month, day by the headline", dates._url_month_day(window, urls[:2])),
        ("thread's first post", dates._thread_date(window, day_first=day_first)),
    )
    return ours, next((name for name, date in candidates if date and date[:10] == day), "?")


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8", errors="replace") as handle:
        print(*date_source(handle.read(), sys.argv[2] if len(sys.argv) > 2 else None))
