"""Discover and clean a whole local site, then again with the cache.

    python benchmarks/crawl.py                  # 2,000 pages
    python benchmarks/crawl.py --pages 500

Serves a site of N article pages on 127.0.0.1 (tests/site_server.py: robots.txt
naming a sitemap index, a gzipped sitemap of the pages, ETag and Last-Modified on
every document) and runs the real command twice:

    cleanpage fetch --sitemap http://127.0.0.1:PORT/ -f jsonl -o OUT --cache DIR

Reports each run's wall time and the requests the server received (how many were
conditional, how many it answered 304), and checks that the two runs wrote the
same records, that the second run's requests were all conditional and that it
took at least TARGET times less time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from site_server import SiteServer  # noqa: E402

TARGET = 5.0
# Menu, related-story and footer links per page: with them a page weighs ~40 kB and
# takes its parse and cleaning time, as a real news page does (a bare test page
# would measure little more than the requests).
CHROME = 150


def crawl(site: SiteServer, out: Path, cache: Path) -> tuple[float, int]:
    command = [sys.executable, "-m", "cleanpage", "fetch", "--sitemap", site.url("/"), "-f", "jsonl",
               "-o", str(out), "--cache", str(cache)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 5:  # one page of the site is refused by its robots.txt
        sys.exit(f"unexpected exit {done.returncode}: {done.stderr[-2000:]}")
    return elapsed, len(out.read_text(encoding="utf-8").splitlines())


def site_page(chrome: int) -> bytes:
    probe = SiteServer.start(pages=1, chrome=chrome)
    try:
        body, _ = probe.httpd.document("/news/1", {})
    finally:
        probe.stop()
    return body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--chrome", type=int, default=CHROME, help="menu and related links per page")
    args = parser.parse_args()
    site = SiteServer.start(pages=args.pages, chrome=args.chrome)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            rows = []
            for name in ("first", "second"):
                site.forget()
                out = root / f"{name}.jsonl"
                elapsed, records = crawl(site, out, root / "cache")
                requests = site.requests()
                conditional = sum(request.conditional for request in requests)
                rows.append((name, elapsed, records, len(requests), conditional, site.httpd.not_modified))
            same = (root / "first.jsonl").read_bytes() == (root / "second.jsonl").read_bytes()
    finally:
        site.stop()
    page_kb = len(site_page(args.chrome)) / 1000
    print(f"site: {args.pages} article pages of {page_kb:.0f} kB, sitemap index + gzipped sitemap, robots.txt")
    print("| run | seconds | records | requests | conditional | answered 304 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, elapsed, records, requests, conditional, not_modified in rows:
        print(f"| {name} | {elapsed:.2f} | {records} | {requests} | {conditional} | {not_modified} |")
    (_, first, *_), (_, second, _, requests, conditional, _) = rows
    ratio = first / second
    print(f"second run {ratio:.1f}x faster (target >= {TARGET:g}x); records identical: {same}; "
          f"all second-run requests conditional: {requests == conditional}")
    if not (same and requests == conditional and ratio >= TARGET):
        sys.exit(1)


if __name__ == "__main__":
    main()
