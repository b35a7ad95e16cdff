"""Check cleanpage.metadata against the readability-dev expected metadata.

Usage: /work/venv/bin/python benchmarks/metadata_check.py [BENCH_DIR]

Values are compared after collapsing whitespace, lower-casing and removing a
leading "By "; several authors compare equal whether joined by ", " or " and "
(DESIGN.md joins them as "A, B and C"). Dates compare at day precision.
Prints the figures, then every miss.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from pathlib import Path

from cleanpage.decode import decode_html
from cleanpage import metadata
from cleanpage.metadata import extract_metadata
from cleanpage.parse import parse_html

DEFAULT_BENCH = Path("/work/shared/bench/readability-dev")
_BY_RE = re.compile(r"^by\s+", re.IGNORECASE)
_JOIN_RE = re.compile(r",\s+|\s+and\s+")


def _norm(value: str | None) -> str:
    text = re.sub(r"\s+", " ", value or "").strip().lower()
    return _JOIN_RE.sub(", ", _BY_RE.sub("", text))


def _day(value: str | None) -> str:
    return (value or "")[:10]


def main(bench: Path) -> None:
    rows = []
    for case in sorted(p for p in bench.iterdir() if (p / "expected-metadata.json").exists()):
        expected = json.loads((case / "expected-metadata.json").read_text())
        root = parse_html(decode_html(gzip.open(case / "source.html.gz").read()))
        start = time.perf_counter()
        got = extract_metadata(root)
        rows.append((case.name, expected, got, time.perf_counter() - start))
    report(rows)
    print(f"time per page without the htmldate fallback: median {_median_ms_structured(bench):.2f} ms")


def _median_ms_structured(bench: Path) -> float:
    """Our own cost: the same pages with the lazy htmldate fallback switched off."""
    pass  # (no htmldate fallback any more)
    times = []
    for case in sorted(p for p in bench.iterdir() if (p / "source.html.gz").exists()):
        root = parse_html(decode_html(gzip.open(case / "source.html.gz").read()))
        start = time.perf_counter()
        extract_metadata(root)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2] * 1000


def report(rows: list) -> None:
    misses: list[str] = []
    title_ok = sum(_check(misses, n, "title", e.get("title"), g.title) for n, e, g, _ in rows)
    with_byline = [r for r in rows if r[1].get("byline")]
    byline_ok = sum(_check(misses, n, "byline", e["byline"], g.byline) for n, e, g, _ in with_byline)
    false_bylines = [(n, g.byline) for n, e, g, _ in rows if not e.get("byline") and g.byline]
    with_date = [r for r in rows if r[1].get("publishedTime")]
    date_ok = sum(
        _check(misses, n, "date", _day(e["publishedTime"]), _day(g.date)) for n, e, g, _ in with_date
    )
    extra_dates = [(n, g.date) for n, e, g, _ in rows if not e.get("publishedTime") and g.date]
    times = sorted(t for *_, t in rows)
    print(f"pages: {len(rows)}")
    print(f"title exact:  {title_ok}/{len(rows)} = {title_ok / len(rows):.1%}")
    print(f"byline:       {byline_ok}/{len(with_byline)} = {byline_ok / len(with_byline):.1%}")
    print(f"false bylines (expected none): {len(false_bylines)} {false_bylines}")
    print(f"date (day):   {date_ok}/{len(with_date)} = {date_ok / len(with_date):.1%}")
    print(f"dates where none expected: {len(extra_dates)}")
    print(f"time per page: median {times[len(times) // 2] * 1000:.2f} ms, max {times[-1] * 1000:.1f} ms")
    print("\nmisses:")
    print("\n".join(misses))


def _check(misses: list[str], name: str, field: str, expected: str | None, got: str | None) -> bool:
    ok = _norm(expected) == _norm(got)
    if not ok:
        misses.append(f"  {name:38} {field:6} expected {expected!r}\n{'':46}got      {got!r}")
    return ok


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_BENCH)
