"""Block quotes of the article: kept in the body, and given as `>` in the Markdown.

    python benchmarks/blockquotes.py                 # the three sets, 2 processes
    python benchmarks/blockquotes.py --misses 20     # and the first 20 quotes lost or not given as `>`

A block quote counts when the page's `<blockquote>` holds six words or more and the
set's reference body holds its first eight words: a quotation of the article as the
reference defines it, whoever wrote the page's markup (sidebar quotes, testimonials the
reference leaves out and empty embeds do not count). For each: does cleanpage's body
(`Article.text`) hold those words, and do the Markdown's `>` lines? Printed per set,
per wcxb-dev page type and per half. The article rows are what issue 11 asks of quotes
(kept >= 97%, as `>` >= 95%). On a forum thread a post's own `<blockquote>` is the post
(its body, not a quotation of it): printed for what it is, and rightly not given as `>`.
A `>` line inside a list item ("  > …") counts, as does a list inside a quote ("> - …").
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from multiprocessing import Pool

import accuracy
from fields import norm
from lxml import html as lxml_html

import cleanpage

MIN_WORDS = 6  # shorter block quotes are labels and captions more often than quotations
KEY_WORDS = 8  # a quotation is found by its first words, as the field labels are
TARGET_KEPT = 0.97
TARGET_MARKED = 0.95
LINK_TARGET_RE = re.compile(r"\]\([^)]*\)")
MARKUP_RE = re.compile(r"[*_\\`]|\[|\]")  # emphasis, escapes, code spans, link brackets
FENCE_RE = re.compile(r"(?:```|~~~)")  # a code block's fence line inside a quote holds no words of it
# The marks before a quoted line's words: the indent of a list item that holds the quote, the `>`
# of each quote level, and a list item's marker inside the quote ("  > - item", "> > 1. item").
QUOTE_MARKS_RE = re.compile(r"^[\s>]*(?:(?:[-*+]|\d+[.)])\s+)?")


def quoted_text(markdown: str) -> str:
    """The text of a Markdown document's `>` lines: marks, emphasis and link targets removed."""
    lines = [QUOTE_MARKS_RE.sub("", line).rstrip() for line in markdown.splitlines() if line.lstrip().startswith(">")]
    lines = [line for line in lines if not FENCE_RE.match(line)]
    return MARKUP_RE.sub("", LINK_TARGET_RE.sub("]", " ".join(lines)))


def plain(text: str) -> str:
    """Normalised text with Markdown's marks removed, as quoted_text leaves it."""
    return norm(MARKUP_RE.sub("", text))


def score_page(job: tuple[accuracy.Page, str]) -> tuple[accuracy.Page, list[tuple[str, bool, bool]]]:
    """(page, [(first words, kept in the body, given as `>`)]) for one page's block quotes."""
    page, html = job
    reference = plain(page.reference)
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return page, []
    keys = []
    for quote in root.iter("blockquote"):
        words = quote.text_content().split()
        key = plain(" ".join(words[:KEY_WORDS]))
        if len(words) >= MIN_WORDS and key and key in reference:
            keys.append(key)
    if not keys:
        return page, []
    try:
        article = cleanpage.clean(html, url=page.url)
        body, marked = plain(article.text), plain(quoted_text(article.markdown))
    except cleanpage.CleanpageError:
        body = marked = ""
    return page, [(key, key in body, key in marked) for key in keys]


def kind_of(page: accuracy.Page) -> str:
    return f"wcxb-dev {page.meta.get('page_type')}" if page.dataset == "wcxb-dev" else page.dataset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*", default=list(accuracy.SETS), choices=accuracy.SETS)
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="list N quotes lost or not as `>`")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)

    pages = accuracy.load_default_pages(args.sets)
    counts: Counter = Counter()  # (slice, half, "quotes" | "kept" | "marked") -> n
    misses = []
    with Pool(args.jobs) as pool:
        for page, quotes in pool.imap_unordered(score_page, accuracy.page_sources(pages), chunksize=4):
            for key, kept, marked in quotes:
                for half in (page.half, "all"):
                    for name in (kind_of(page), "all pages"):
                        counts[name, half, "quotes"] += 1
                        counts[name, half, "kept"] += kept
                        counts[name, half, "marked"] += marked
                if not marked:
                    misses.append(f"{page.dataset} {page.id} {page.half}: {'as text' if kept else 'lost'}: {key[:70]}")

    print(f"{'slice':<26} {'half':<6} {'quotes':>6} {'kept':>13} {'as >':>13}")
    for name in sorted({name for name, _, _ in counts}, key=lambda n: (n == "all pages", n)):
        for half in ("tune", "check", "all"):
            n = counts[name, half, "quotes"]
            if n:
                kept, marked = counts[name, half, "kept"], counts[name, half, "marked"]
                print(f"{name:<26} {half:<6} {n:>6} {kept:>5} {kept / n:6.1%} {marked:>5} {marked / n:6.1%}")
    for name in ("scrapinghub", "readability-dev", "wcxb-dev article"):
        n = counts[name, "all", "quotes"]
        if n:
            for what, target in (("kept", TARGET_KEPT), ("marked", TARGET_MARKED)):
                share = counts[name, "all", what] / n
                print(f"  [{'met' if share >= target else 'MISS'}] {name} {what} {share:.1%} >= {target:.0%}")
    for line in sorted(misses)[:args.misses]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
