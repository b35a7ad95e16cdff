"""Where a page type's body words go wrong, in aggregate, on wcxb-dev's tuning half only.

    python benchmarks/body_survey.py --types forum,product
    python benchmarks/body_survey.py --types product --examples 5

For every tuning-half page of the given types, cleanpage's text and the reference are cut into
lines, and each line's four-word shingles are matched against the other text (as metric.py
counts them). A line most of whose shingles the reference lacks is kept in excess; a reference
line most of whose shingles the output lacks is dropped. The dropped lines are put down to the
rule whose removed block held them (the explain report's numbered elements), or to the choice
of the body when no rule took them (outside the chosen block); the lines kept in excess on a
thread after the reference's own last words are counted apart (a reference that holds the
first posts only). Pages, words and the pages with most words, per cause.

The check half is never read: its pages are for judging a change (halves.py), not for shaping one.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import (  # (benchmarks/ is no package)
    DEFAULT_WCXB,
    DEFAULT_WCXB_PAGES,
    half_of,
)
from metric import SHINGLE_SIZE, shingles_in_order, tokenize

from cleanpage.api import page_text
from cleanpage.model import NODE_ATTR, Options
from cleanpage.report import explain, numbered_parse

# A line is in excess (or dropped) when more than this share of its shingles the other text lacks.
MISS_SHARE = 0.5
# The reference's last words looked for in the output, to find where a thread's reference stops.
REFERENCE_END_TOKENS = 8
# The output lines read together when looking for those words (a line break may fall inside them).
END_WINDOW_LINES = 4
# A dropped line is matched to a removed block by its first words.
KEY_TOKENS = 6
# Rules no line is put down to: a script's or a template's copy of the text (a page's state as
# JSON) holds the words of a line the page shows elsewhere, and a block goes as empty only once
# other removals took its words.
UNATTRIBUTED_RULES = frozenset(("code", "empty"))
OUTSIDE = "(no rule: outside the chosen block)"
PAST_END = "(kept after the reference's last words)"
EXCESS = "(kept, the reference lacks it)"


def missed_lines(text: str, other: str) -> list[tuple[str, int]]:
    """The lines of `text` (with their word counts) most of whose shingles `other` lacks."""
    pool = Counter(shingles_in_order(tokenize(other)))
    words = Counter(tokenize(other))
    missed = []
    for line in (line for line in text.split("\n") if line.strip()):
        tokens = tokenize(line)
        if not tokens:
            continue
        if len(tokens) < SHINGLE_SIZE:  # a short line: its words
            share = sum(1 for token in tokens if not words[token]) / len(tokens)
        else:
            found = 0
            for shingle in shingles_in_order(tokens):
                if pool[shingle] > 0:
                    pool[shingle] -= 1
                    found += 1
            share = 1 - found / max(1, len(tokens) - SHINGLE_SIZE + 1)
        missed.append((line, len(tokens), share))
    return [(line, count) for line, count, share in missed if share > MISS_SHARE]


def reference_end(lines: list[str], reference: str) -> int | None:
    """The index of the output line that holds the reference's last words, or None."""
    tail = " ".join(tokenize(reference)[-REFERENCE_END_TOKENS:])
    end = None
    for index in range(len(lines)):
        window = " ".join(tokenize(" ".join(lines[max(0, index - END_WINDOW_LINES + 1):index + 1])))
        if tail and tail in window:
            end = index
    return end


def removed_blocks(source: str, url: str | None) -> tuple[list[tuple[str, str]], str, str | None]:
    """The removed blocks' words with their rules, the body's text, and the error (no body)."""
    text = page_text(source)
    explained = explain(text, url=url, options=Options())
    page = numbered_parse(text)
    nodes = {el.get(NODE_ATTR): el for el in page.iter(etree.Element)}
    blocks = [(" ".join(tokenize(etree.tostring(nodes[r.node], method="text", encoding="unicode",
                                                with_tail=False))), r.rule)
              for r in explained.removals if not r.kept and r.node in nodes and r.rule not in UNATTRIBUTED_RULES]
    body = explained.article.text if explained.article is not None else ""
    return blocks, body, explained.error


def survey_page(source: str, url: str | None, reference: str) -> list[tuple[str, str, int]]:
    """(side, cause, words) for each line of one page kept in excess or dropped."""
    blocks, body, error = removed_blocks(source, url)
    found = []
    out_lines = [line for line in body.split("\n") if line.strip()]
    end = reference_end(out_lines, reference)
    past = set(out_lines[end + 1:]) if end is not None else set()
    for line, words in missed_lines(body, reference):
        found.append(("kept", PAST_END if line in past else EXCESS, words))
    for line, words in missed_lines(reference, body):
        key = " ".join(tokenize(line)[:KEY_TOKENS])
        holders = [(len(block), rule) for block, rule in blocks if key and key in block]
        cause = min(holders)[1] if holders else OUTSIDE
        found.append(("dropped", f"empty output: {cause}" if error else cause, words))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--types", default="forum,product", help="comma-separated wcxb-dev page types")
    parser.add_argument("--examples", type=int, default=4, help="pages listed per cause")
    args = parser.parse_args(argv)
    types = set(args.types.split(","))
    with gzip.open(DEFAULT_WCXB / "ground-truth.json.gz", "rt", encoding="utf-8") as handle:
        truth = json.load(handle)
    table: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for page_id, item in sorted(truth.items()):
        if item.get("page_type") not in types or half_of(page_id) != "tune":
            continue
        source = (DEFAULT_WCXB_PAGES / f"{page_id}.html").read_bytes()
        for side, cause, words in survey_page(source, item.get("url"), item.get("articleBody") or ""):
            table[(item["page_type"], side, cause)][page_id] += words
    for (page_type, side, cause), pages in sorted(table.items(), key=lambda kv: (kv[0][:2], -kv[1].total())):
        top = ", ".join(f"{page}:{words}" for page, words in pages.most_common(args.examples))
        print(f"{page_type:<10} {side:<8} {cause:<44} pages {len(pages):>3}  words {pages.total():>6}  {top}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
