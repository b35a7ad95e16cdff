"""cleanpage's whole output on every benchmark page: does a change leave it alone?

    python benchmarks/outputs.py benchmarks/results/before.json
    #   ... a change that must not change any output (a speed change) ...
    python benchmarks/outputs.py benchmarks/results/after.json --compare benchmarks/results/before.json

Per page (the sets of accuracy.py), the page cleaned with its URL, once plainly and once
with explain on: each format's rendering (json, markdown, text, html) and the Article's
repr (every field, the removals with --explain), or the error's type, message, removals
and record. --compare lists the pages and outputs that differ; exit status 1 if any do.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

import accuracy

RENDERINGS = ("json", "markdown", "text", "html")


def outputs(html: str, url: str | None, explain: bool) -> dict[str, str]:
    import cleanpage
    from cleanpage.model import Options

    try:
        article = cleanpage.clean(html, url=url, options=Options(explain=explain))
    except Exception as error:  # an error is an output too: its record must not change either
        return {"error": f"{type(error).__name__}: {error}", "removals": repr(getattr(error, "removals", None)),
                "found": repr(getattr(error, "found", None))}
    return {**{fmt: cleanpage.render(article, fmt) for fmt in RENDERINGS}, "repr": repr(article)}


def page_outputs(job: tuple[str, str, str | None]) -> tuple[str, dict]:
    key, html, url = job
    return key, {"plain": outputs(html, url, False), "explain": outputs(html, url, True)}


def differences(before: dict, after: dict) -> list[str]:
    """"set/id mode output" for every output that differs (or a page only one run has)."""
    found = [f"{key} missing from one run" for key in sorted(before.keys() ^ after.keys())]
    for key in sorted(before.keys() & after.keys()):
        for mode in ("plain", "explain"):
            old, new = before[key][mode], after[key][mode]
            found += [f"{key} {mode} {name}" for name in sorted(old.keys() | new.keys()) if old.get(name) != new.get(name)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="JSON file to write every page's outputs to")
    parser.add_argument("--compare", type=Path, help="an earlier run's file: list the outputs that differ")
    parser.add_argument("--sets", default="scrapinghub,readability-dev,wcxb-dev", help="comma-separated sets")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    args = parser.parse_args(argv)
    pages = accuracy.load_default_pages(args.sets.split(","))
    jobs = [(f"{page.dataset}/{page.id}", html, page.url) for page, html in accuracy.page_sources(pages)]
    started = time.perf_counter()
    with multiprocessing.Pool(args.jobs) as pool:
        results = dict(pool.imap_unordered(page_outputs, jobs, chunksize=8))
    print(f"{len(results)} pages in {time.perf_counter() - started:.0f} s -> {args.out}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    if args.compare is None:
        return 0
    found = differences(json.loads(args.compare.read_text(encoding="utf-8")), results)
    for line in found:
        print(line)
    print(f"{len(results)} pages, {len(found)} outputs differ from {args.compare}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
