"""What the rules remove and what the main-text guard refuses, over the benchmark pages.

    python benchmarks/vetoes.py                  # every page of the three sets, 2 processes
    python benchmarks/vetoes.py --sets wcxb-dev --top 15

Per rule of the rule table (rules.RULES): how many removals, on how many pages, and
the words they took; then the guard's refusals (`--explain` prints them as `kept`) by
rule and by reason ("would remove 82% of the text" counts as "would remove N% of the
text"). This is what an issue note means by "what the guard vetoes most".
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool

import accuracy

import cleanpage

PERCENT_RE = re.compile(r"\d+%")
EXPLAIN = cleanpage.Options(explain=True)  # removals are recorded only when asked for


def tally_page(job: tuple[str, str, str | None]) -> tuple[str, list[tuple[str, int, bool, str]]]:
    """(set, [(rule, words, kept, reason)]) of one page's removals."""
    dataset, html, url = job
    try:
        removals = cleanpage.clean(html, url=url, options=EXPLAIN).removals
    except cleanpage.NoContentError as error:
        removals = error.removals
    except cleanpage.CleanpageError:
        removals = ()
    return dataset, [(r.rule, r.words, r.kept, PERCENT_RE.sub("N%", r.reason)) for r in removals]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", default=list(accuracy.SETS), choices=accuracy.SETS)
    parser.add_argument("--top", type=int, default=12, help="rows per table")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)

    pages = accuracy.load_default_pages(args.sets)
    jobs = ((page.dataset, html, page.url) for page, html in accuracy.page_sources(pages))

    removed: dict[str, Counter] = defaultdict(Counter)  # rule -> removals, pages, words
    vetoes: Counter = Counter()  # (rule, reason) -> refusals
    vetoed_pages: Counter = Counter()  # rule -> pages with a refusal
    with Pool(args.jobs) as pool:
        for _dataset, rows in pool.imap_unordered(tally_page, jobs, chunksize=4):
            for rule in {rule for rule, _, kept, _ in rows if not kept}:
                removed[rule]["pages"] += 1
            for rule in {rule for rule, _, kept, _ in rows if kept}:
                vetoed_pages[rule] += 1
            for rule, words, kept, reason in rows:
                if kept:
                    vetoes[rule, reason] += 1
                else:
                    removed[rule]["removals"] += 1
                    removed[rule]["words"] += words

    print(f"{len(pages)} pages ({', '.join(args.sets)})\n")
    print(f"{'removed by rule':<28}{'removals':>10}{'pages':>8}{'words':>10}")
    for rule, counts in sorted(removed.items(), key=lambda item: -item[1]["words"])[:args.top]:
        print(f"{rule:<28}{counts['removals']:>10}{counts['pages']:>8}{counts['words']:>10}")
    print(f"\n{'refused by the guard':<28}{'refusals':>10}{'pages':>8}  reason")
    for (rule, reason), count in vetoes.most_common(args.top):
        print(f"{rule:<28}{count:>10}{vetoed_pages[rule]:>8}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
