"""The benchmark metric (benchmarks/metric.py) on tiny texts with hand-computed values."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import metric  # noqa: E402  (benchmarks/ is a folder of scripts, not a package)
from metric import PageScore, first_difference, score_page, shingles, summarize, tokenize  # noqa: E402


def test_tokens_are_unicode_words_with_case_kept():
    assert tokenize("Joan Massagué's “lab”, 2024—now!") == ["Joan", "Massagué", "s", "lab", "2024", "now"]
    assert tokenize(None) == []
    assert tokenize(" ... ") == []


@pytest.mark.parametrize("text, expected", [
    ("one", [("one",)]),
    ("one two", [("one", "two")]),
    ("one two three", [("one", "two", "three")]),
    ("a b c d", [("a", "b", "c", "d")]),
    ("a b c d e", [("a", "b", "c", "d"), ("b", "c", "d", "e")]),
])
def test_short_texts_are_one_shingle_longer_ones_slide(text, expected):
    assert sorted(shingles(tokenize(text)).elements()) == sorted(expected)


def test_no_tokens_no_shingles():
    assert shingles([]) == {}


def test_identical_texts_score_one_and_match_exactly():
    page = score_page("The cat sat on the mat.", "the cat sat, on the mat")
    # case is kept: "The" != "the", so the first shingle differs
    assert (page.tp, page.fp, page.fn) == (2, 1, 1)
    assert not page.exact
    same = score_page("The cat sat on the mat.", "The cat -- sat on the mat!")
    assert (same.tp, same.fp, same.fn, same.exact) == (3, 0, 0, True)
    assert same.precision == same.recall == same.f1 == 1.0


def test_extra_and_missing_tokens_counted_by_shingle():
    # reference: a b c d e f -> abcd bcde cdef ; output: a b c d e -> abcd bcde
    page = score_page("a b c d e f", "a b c d e")
    assert (page.tp, page.fp, page.fn) == (2, 0, 1)
    assert page.precision == 1.0
    assert page.recall == pytest.approx(2 / 3)
    # output adds a prefix: x a b c d -> xabc abcd ; reference a b c d -> abcd
    page = score_page("a b c d", "x a b c d")
    assert (page.tp, page.fp, page.fn) == (1, 1, 0)
    assert page.precision == 0.5


def test_shingles_are_a_multiset():
    # reference holds "a b c d" once; output repeats it: a b c d a b c d ->
    # abcd bcda cdab dabc abcd = 5 shingles, abcd twice
    page = score_page("a b c d", "a b c d a b c d")
    assert (page.tp, page.fp, page.fn) == (1, 4, 0)
    # and the other way round: the missed copy is a false negative
    page = score_page("a b c d a b c d", "a b c d")
    assert (page.tp, page.fp, page.fn) == (1, 0, 4)


def test_short_reference_against_short_output():
    assert (score_page("Hello", "Hello").tp, score_page("Hello", "Hello").exact) == (1, True)
    page = score_page("Hello world", "Hello")
    assert (page.tp, page.fp, page.fn) == (0, 1, 1)


def test_empty_output_has_no_precision_and_zero_recall():
    page = score_page("a b c d e", "")
    assert (page.tp, page.fp, page.fn) == (0, 0, 2)
    assert page.precision is None
    assert page.recall == 0.0
    assert not page.has_output and page.has_reference
    assert page.f1 == 0.0


def test_precision_is_averaged_over_pages_with_output_only():
    good = score_page("a b c d e", "a b c d e")           # P 1, R 1
    half = score_page("a b c d", "x a b c d")              # P 1/2, R 1
    empty = score_page("a b c d e f", None)                # P None, R 0
    summary = summarize([good, half, empty])
    assert summary.precision == pytest.approx(0.75)        # (1 + 0.5) / 2, empty page left out
    assert summary.recall == pytest.approx(2 / 3)          # (1 + 1 + 0) / 3
    expected_f1 = 2 * 0.75 * (2 / 3) / (0.75 + 2 / 3)
    assert summary.f1 == pytest.approx(expected_f1)
    assert summary.pages == 3


def test_f1_is_of_the_means_not_a_mean_of_page_f1s():
    # page 1: P 1, R 1/3 (F1 0.5); page 2: P 1/2, R 1 (F1 2/3)
    one = score_page("a b c d e f", "a b c d")             # ref abcd bcde cdef; out abcd
    two = score_page("a b c d", "x a b c d")
    assert (one.precision, one.recall) == (1.0, pytest.approx(1 / 3))
    summary = summarize([one, two])
    p, r = 0.75, (1 / 3 + 1) / 2
    assert summary.f1 == pytest.approx(2 * p * r / (p + r))
    assert summary.f1 != pytest.approx((one.f1 + two.f1) / 2)


def test_accuracy_is_the_share_of_exact_token_matches():
    pages = [
        score_page("Hello, world.", "Hello world"),         # same tokens: exact
        score_page("a b c d e", "a b c d e f"),              # one extra token: not exact
        score_page("a b c d e", ""),                         # empty: not exact
        score_page("x y", "x  y\n"),                         # exact
    ]
    assert summarize(pages).accuracy == 0.5


def test_summary_of_no_pages_is_zero():
    summary = summarize([])
    assert (summary.precision, summary.recall, summary.f1, summary.accuracy) == (0.0, 0.0, 0.0, 0.0)


def test_page_score_properties_from_counts():
    page = PageScore(tp=3, fp=1, fn=3, exact=False)
    assert page.precision == 0.75 and page.recall == 0.5
    assert page.f1 == pytest.approx(0.6)


def test_first_difference_names_first_missing_and_extra_shingles():
    missing, extra = first_difference("a b c d e f", "x a b c d e")
    assert missing == "c d e f"
    assert extra == "x a b c"
    assert first_difference("a b c d", "a b c d") == (None, None)


def test_first_difference_reports_the_surplus_copy_of_a_repeat():
    # output: p a b c d q a b c d -> the second "a b c d" is the surplus one; the
    # earlier extras come first in reading order
    missing, extra = first_difference("a b c d", "a b c d q a b c d")
    assert missing is None
    assert extra == "b c d q"
    assert metric.shingles_in_order(tokenize("a b c d q")) == [("a", "b", "c", "d"), ("b", "c", "d", "q")]


# -- the helpers accuracy.py scores with ---------------------------------------------

import accuracy  # noqa: E402


def test_html_to_text_separates_blocks_and_cells_so_words_never_glue():
    html = "<div><p>one<b>two</b></p><p>three</p><table><tr><td>a</td><td>b</td></tr></table>x<br>y</div>"
    assert accuracy.html_to_text(html) == "onetwo\nthree\na b\nx\ny"


def test_html_to_text_skips_scripts_and_comments_but_keeps_their_tails():
    html = "<p>before<script>var x = 1;</script> after<!-- note --> end</p>"
    assert accuracy.html_to_text(html) == "before after end"
    assert accuracy.html_to_text("  ") == ""


def test_html_to_text_is_iterative_on_a_deep_tree():
    depth = 1500  # past Python's recursion limit (1000), within libxml2's huge_tree depth (2048)
    html = "<div>" * depth + "deep words" + "</div>" * depth
    assert metric.tokenize(accuracy.html_to_text(html)) == ["deep", "words"]


@pytest.mark.parametrize("raw, expected", [
    ("By\n\t\t\tScott  Cunningham", "scott cunningham"),
    ("  Ana SANDOIU ", "ana sandoiu"),
    ("Byron Kay", "byron kay"),
    (None, ""),
])
def test_names_compare_after_whitespace_case_and_by_prefix(raw, expected):
    assert accuracy.normalize_name(raw) == expected


def test_dates_compare_at_day_precision():
    assert accuracy.iso_day("2019-04-28 06:01:07") == "2019-04-28"
    assert accuracy.iso_day("2018-04-05T06:00") == accuracy.iso_day("2018-04-05")
    assert accuracy.iso_day("April 28, 2019") is None
    assert accuracy.iso_day(None) is None


def test_halves_are_stable_and_both_used_in_every_set():
    pages = [accuracy.Page("scrapinghub", f"{i:04x}", "", None, "", {}) for i in range(40)]
    halves = [page.half for page in pages]
    assert set(halves) == {"tune", "check"}
    assert halves == [page.half for page in pages]
    # the half depends on the page id only, whatever the set
    for dataset in accuracy.SETS:
        assert [accuracy.Page(dataset, p.id, "", None, "", {}).half for p in pages] == halves
