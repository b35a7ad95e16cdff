"""What a rules file of 1,000 sites costs per page (target: under 1 ms).

    python benchmarks/site_rules.py               # the fixture pages, 5 rounds
    python benchmarks/site_rules.py --rounds 9

The rules file is generated: 1,000 `[[site]]` tables over invented hosts
(exact hosts, `*.` domains and `?`/`[]` globs mixed, each with a content
selector, two excludes and a title selector). Measured:

1. loading it (TOML parse, checks, every selector compiled): once per run;
2. finding a page's rule among the 1,000 (`SiteRules.for_host`), per page;
3. cleaning every fixture page without rules and with the 1,000-site file,
   interleaved page by page (which goes first alternates), median of --rounds
   per page, for a host no rule matches: the added time per page is what the
   file costs a page that has no rule. A page that has a rule pays for its
   selectors, which is work the user asked for.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from cleanpage import NoContentError, Options, clean
from cleanpage.siterules import parse_rules

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
SITES = 1000
TARGET_MS = 1.0


def rules_text(sites: int = SITES) -> str:
    tables = []
    for n in range(sites):
        match = (f"news{n}.example.org", f"*.site{n}.example.net", f"blog-{n}?.example.com",
                 f"[ab]{n}.example.info")[n % 4]
        tables.append(f'[[site]]\nmatch = "{match}"\ncontent = "div.story-{n}"\n'
                      f'exclude = [".promo-{n}", "aside.rail-{n}"]\ntitle = "h1.headline-{n}"\n')
    return "\n".join(tables)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    text = rules_text()
    start = time.perf_counter()
    rules = parse_rules(text, "generated.toml")
    load_ms = (time.perf_counter() - start) * 1000
    assert len(rules.rules) == SITES

    hosts = [f"www.unruled{n}.example.org" for n in range(1000)] + [f"x.site{n}.example.net" for n in range(0, 1000, 4)]
    start = time.perf_counter()
    for _ in range(10):
        for host in hosts:
            rules.for_host(host)
    lookup_us = (time.perf_counter() - start) / (10 * len(hosts)) * 1e6

    pages = [(p.name, (p / "source.html").read_bytes()) for p in sorted(FIXTURES.iterdir())
             if (p / "source.html").is_file()]
    url = "https://unruled.example.org/news/1"
    plain, ruled = Options(), Options(site_rules=rules)
    for _, html in pages:  # warm up: patterns compiled, caches filled
        _time(html, url, plain), _time(html, url, ruled)
    bases, diffs = _added(pages, url, plain, ruled, args.rounds)
    ruled_url = "https://www.site1.example.net/news/1"  # *.site1.example.net: its 4 selectors run, none matches
    _, ruled_diffs = _added(pages, ruled_url, plain, ruled, args.rounds)
    print(f"rules file of {SITES} sites: loaded in {load_ms:.1f} ms (once per run)")
    print(f"finding a page's rule: {lookup_us:.2f} µs per page (mean over {10 * len(hosts)} look-ups)")
    print(f"cleaning {len(pages)} fixture pages, median of {args.rounds} rounds each:")
    print(f"  without rules: mean {statistics.mean(bases):.2f} ms per page")
    print(f"  added by the 1,000-site file, host without a rule: mean {statistics.mean(diffs):+.3f} ms, "
          f"median {statistics.median(diffs):+.3f} ms per page (target < {TARGET_MS} ms)")
    print(f"  added for a host with a rule (content, 2 excludes, title: 4 selectors run): mean "
          f"{statistics.mean(ruled_diffs):+.3f} ms, median {statistics.median(ruled_diffs):+.3f} ms per page")


def _added(pages: list, url: str, plain: Options, ruled: Options, rounds: int) -> tuple[list[float], list[float]]:
    """Per page: the median time without rules, and what the rules file adds to it."""
    bases, diffs = [], []
    for i, (_, html) in enumerate(pages):
        without, with_rules = [], []
        for r in range(rounds):
            order = ((plain, without), (ruled, with_rules)) if (i + r) % 2 else ((ruled, with_rules), (plain, without))
            for options, sink in order:
                sink.append(_time(html, url, options))
        bases.append(statistics.median(without))
        diffs.append(statistics.median(with_rules) - bases[-1])
    return bases, diffs


def _time(html: bytes, url: str, options: Options) -> float:
    start = time.perf_counter()
    try:
        clean(html, url=url, options=options)
    except NoContentError:
        pass  # a page without article costs its time all the same
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    main()
