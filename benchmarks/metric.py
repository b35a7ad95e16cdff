"""The scrapinghub article-extraction benchmark's own metric, as its README specifies.

    tokens    the matches of \\w+ (Unicode, case kept)
    shingles  runs of SHINGLE_SIZE consecutive tokens; a text of 1..3 tokens is one shingle
    page      tp = shingles shared by reference and output (multisets),
              fp = only in the output, fn = only in the reference;
              P = tp / (tp + fp), R = tp / (tp + fn)
    set       P = mean page P over pages with any output,
              R = mean page R over pages with a reference,
              F1 = 2PR / (P + R) of those two means (not a mean of page F1s);
              accuracy = share of pages whose token list equals the reference's

Score the plain-text body (Article.text), not Markdown: Markdown's markup adds no
tokens, but link targets and image alt text would.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# The benchmark tokenises with \w+ (Unicode, case kept): punctuation and
# whitespace never count, so only the words and their order matter.
TOKEN_RE = re.compile(r"\w+")

# Four-token shingles: long enough that common words do not match by chance,
# short enough that one wrong word costs only a few shingles.
SHINGLE_SIZE = 4

Shingle = tuple[str, ...]


def tokenize(text: str | None) -> list[str]:
    """The \\w+ tokens of a text, in order; None and "" have none."""
    return TOKEN_RE.findall(text or "")


def shingles(tokens: Sequence[str]) -> Counter[Shingle]:
    """The multiset of SHINGLE_SIZE-token runs; 1..3 tokens make one shingle, 0 none."""
    return Counter(shingles_in_order(tokens))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Shingle counts of one page, and whether its token lists match exactly."""

    tp: int
    fp: int
    fn: int
    exact: bool

    @property
    def has_output(self) -> bool:
        return self.tp + self.fp > 0

    @property
    def has_reference(self) -> bool:
        return self.tp + self.fn > 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), or None for a page with no output."""
        return self.tp / (self.tp + self.fp) if self.has_output else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or None for a page with no reference."""
        return self.tp / (self.tp + self.fn) if self.has_reference else None

    @property
    def f1(self) -> float:
        """This page's F1 (for ranking pages only; the set F1 is not a mean of these)."""
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Summary:
    """The set-level figures: P, R, F1 and exact-match accuracy over `pages` pages."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def score_page(reference: str | None, output: str | None) -> PageScore:
    """Compare one page's output text with its reference text."""
    ref_tokens, out_tokens = tokenize(reference), tokenize(output)
    ref, out = shingles(ref_tokens), shingles(out_tokens)
    return PageScore(
        tp=sum((ref & out).values()),
        fp=sum((out - ref).values()),
        fn=sum((ref - out).values()),
        exact=ref_tokens == out_tokens,
    )


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summarize(scores: Iterable[PageScore]) -> Summary:
    """Set-level P, R, F1 (of the two means) and accuracy, as the benchmark defines them."""
    scores = list(scores)
    precision = _mean([s.precision for s in scores if s.precision is not None])
    recall = _mean([s.recall for s in scores if s.recall is not None])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = _mean([1.0 if s.exact else 0.0 for s in scores])
    return Summary(precision, recall, f1, accuracy, len(scores))


def first_difference(reference: str | None, output: str | None) -> tuple[str | None, str | None]:
    """The first reference shingle missing from the output and the first output
    shingle not in the reference, each joined by spaces (None when there is none).

    Multiset-aware, in reading order: a shingle repeated three times in the
    output but twice in the reference reports its third occurrence as extra.
    """
    ref_tokens, out_tokens = tokenize(reference), tokenize(output)
    ref, out = shingles(ref_tokens), shingles(out_tokens)
    return _first_surplus(ref_tokens, ref - out), _first_surplus(out_tokens, out - ref)


def _first_surplus(tokens: Sequence[str], surplus: Counter[Shingle]) -> str | None:
    """The first shingle of `tokens` in reading order whose last copies are surplus."""
    if not surplus:
        return None
    remaining = shingles(tokens)
    for shingle in shingles_in_order(tokens):
        if remaining[shingle] <= surplus[shingle]:
            return " ".join(shingle)
        remaining[shingle] -= 1
    return None


def shingles_in_order(tokens: Sequence[str]) -> list[Shingle]:
    """The shingles of `tokens` as a list in reading order (same rule as `shingles`)."""
    if not tokens:
        return []
    last_start = max(1, len(tokens) - SHINGLE_SIZE + 1)
    return [tuple(tokens[i:i + SHINGLE_SIZE]) for i in range(last_start)]


# -- word F1: WCXB's own figure, a bag of words per page ------------------------------

def word_f1(reference: str | None, output: str | None) -> float:
    """Bag-of-words F1 of one page: lower-cased \\w+ tokens compared as multisets.

    WCXB publishes this per-page figure averaged over pages (a mean of page F1s,
    unlike the shingle F1 above). No output, or no shared word, scores 0; two
    empty texts score 1.
    """
    ref = Counter(token.lower() for token in tokenize(reference))
    out = Counter(token.lower() for token in tokenize(output))
    if not ref and not out:
        return 1.0
    shared = sum((ref & out).values())
    if not shared:
        return 0.0
    precision, recall = shared / sum(out.values()), shared / sum(ref.values())
    return 2 * precision * recall / (precision + recall)
