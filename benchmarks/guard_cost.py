"""What the attribute guard (cleanpage.attributes) costs on real pages.

    python benchmarks/guard_cost.py              # all 181 scrapinghub pages, best of 5

Per page, in one process: the guard alone, and `clean` + Markdown with the
guard and with it switched off (parse.limit_attributes replaced by the
identity), interleaved so that the machine's load hits both alike, the first
of each pair alternating (the first run of a pair is often the slower one). A
whole-run comparison of two checkouts with speed.py can't resolve a few
percent on a shared machine; this can.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable

import cleanpage
from cleanpage import parse
from cleanpage.attributes import limit_attributes
from speed import DEFAULT_SCRAPINGHUB, load_pages


def best_ms(work: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter_ns()
        work()
        best = min(best, time.perf_counter_ns() - started)
    return best / 1e6


def clean_page(html: str) -> None:
    try:
        cleanpage.render(cleanpage.clean(html), "markdown")
    except cleanpage.CleanpageError:  # a page with no article still costs its time
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=None, help="an evenly spread subset of N pages")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = load_pages(DEFAULT_SCRAPINGHUB, args.pages)
    guard = parse.limit_attributes
    changed = sum(limit_attributes(html.encode()) != html.encode() for html in pages)
    alone, on, off = [], [], []
    clean_page(pages[0])
    for html in pages:
        data = html.encode()
        alone.append(best_ms(lambda: limit_attributes(data), args.repeat))
        for run in range(args.repeat):  # interleaved, the first of each pair alternating: on off, off on...
            for guarded in ((True, False) if run % 2 == 0 else (False, True)):
                parse.limit_attributes = guard if guarded else (lambda data: data)
                (on if guarded else off).append(best_ms(lambda: clean_page(html), 1))
        parse.limit_attributes = guard
        on[-args.repeat:] = [min(on[-args.repeat:])]
        off[-args.repeat:] = [min(off[-args.repeat:])]
    print(f"{len(pages)} pages, best of {args.repeat}; pages the guard changed: {changed}")
    print(f"guard alone      mean {statistics.mean(alone):6.3f} ms  median {statistics.median(alone):6.3f} ms")
    print(f"clean, guard on  mean {statistics.mean(on):6.2f} ms  median {statistics.median(on):6.2f} ms")
    print(f"clean, guard off mean {statistics.mean(off):6.2f} ms  median {statistics.median(off):6.2f} ms")
    print(f"on / off: mean {statistics.mean(on) / statistics.mean(off):.3f}, "
          f"median of per-page ratios {statistics.median(a / b for a, b in zip(on, off)):.3f}")


if __name__ == "__main__":
    main()
