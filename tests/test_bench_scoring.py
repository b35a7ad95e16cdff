"""The wcxb-dev scoring of benchmarks/accuracy.py and metric.py on tiny invented inputs
(word F1, snippets, titles, authors, dates, halves, the archive loader, --compare)."""

from __future__ import annotations

import gzip
import io
import json
import sys
import tarfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import accuracy  # noqa: E402  (benchmarks/ is a folder of scripts, not a package)
from metric import word_f1  # noqa: E402


def test_word_f1_is_a_lower_cased_bag_of_words():
    # order and case do not count; punctuation is not a word
    assert word_f1("The cat sat.", "sat, the CAT") == 1.0
    # reference 4 words, output 2 of them plus 2 others: P = R = 1/2
    assert word_f1("a b c d", "a b x y") == pytest.approx(0.5)
    # a multiset: "a a" shares one "a" with "a": P = 1, R = 1/2 -> F1 2/3
    assert word_f1("a a", "a") == pytest.approx(2 / 3)


def test_word_f1_of_empty_or_unrelated_output_is_zero():
    assert word_f1("some words here", "") == 0.0
    assert word_f1("some words here", None) == 0.0
    assert word_f1("some words here", "other text") == 0.0
    assert word_f1("", "") == 1.0


def test_snippets_match_case_sensitively_after_collapsing_whitespace():
    text = "First paragraph ends here.\n\nSecond   paragraph\tstarts here."
    snippets = [
        "ends here. Second paragraph",        # spans a paragraph break: found
        "Second\n paragraph  starts",         # whitespace differs on both sides: found
        "second paragraph",                   # case differs: not found
        "Third paragraph",                    # absent
        "   ",                                # blank: not counted at all
    ]
    assert accuracy.snippets_found(snippets, text) == (2, 4)
    assert accuracy.snippets_found([], text) == (0, 0)
    assert accuracy.snippets_found(["anything"], None) == (0, 1)


def test_titles_compare_after_collapsing_whitespace_and_case_folding():
    assert accuracy.same_title("A  Title\nOn Two Lines", "a title on two lines ")
    assert accuracy.same_title("Straße", "STRASSE")  # case-folding, not just lower()
    assert not accuracy.same_title("A Title", "A Title | Example Site")
    assert not accuracy.same_title("A Title", None)
    assert accuracy.same_title("The Gardener's Year – Part 2", "The Gardener’s Year - Part 2")  # typography
    assert not accuracy.same_title("The Gardener's Year", "The Gardeners Year")


@pytest.mark.parametrize("reference, output, same", [
    ("Jane Doe", "By Jane Doe", True),                         # "by" is a connector
    ("Jane Doe and John Roe", "John Roe, Jane Doe", True),     # a set: order and commas ignored
    ("Jane Doe; John Roe", "jane doe & john roe", True),
    ("Anna Schmidt und Karl Braun", "Karl Braun, Anna Schmidt", True),
    ("Jane Doe, PhD", "Jane Doe", False),                      # every word of the reference counts
    ("Jane Doe", "Jane Doe and Ann Lee", False),
    ("Jane Doe", None, False),
])
def test_authors_compare_as_sets_of_words_without_connectors(reference, output, same):
    assert accuracy.same_authors(reference, output) is same


def test_dates_compare_on_their_first_ten_characters():
    assert accuracy.same_day("2025-03-04", "2025-03-04T08:30:00+01:00")
    assert not accuracy.same_day("2025-03-04", "2025-03-05")
    assert not accuracy.same_day("2025-03-04", None)


def test_halves_are_sha1_of_the_page_id_mod_2():
    # sha1("page-1") ends in ...b2 (even), sha1("page-2") in ...49 (odd)
    assert accuracy.half_of("page-1") == "tune"
    assert accuracy.half_of("page-2") == "check"


def wcxb_page(page_id: str, **meta) -> accuracy.Page:
    reference = meta.pop("body", "")
    base = {"title": None, "author": None, "date": None, "with": [], "without": [], "page_type": "article"}
    return accuracy.Page("wcxb-dev", page_id, "", None, reference, base | meta)


def test_a_page_result_scores_body_snippets_and_metadata_with_a_reference_only():
    page = wcxb_page("page-1", body="one two three four five", title="A Title", author="Jane Doe",
                     **{"with": ["two three", "six"], "without": ["Menu"]})
    out = accuracy.Output("one two three four five\nMenu", "a title", "Someone Else", "2025-01-01")
    result = accuracy.score_page_result(page, out)
    assert result.score.fp > 0 and result.score.fn == 0
    assert (result.with_found, result.with_total, result.without_found, result.without_total) == (1, 2, 1, 1)
    assert (result.title_right, result.author_right, result.date_right) == (True, False, None)
    assert not result.empty
    assert accuracy.score_page_result(page, accuracy.Output(error="NoContentError: none")).empty
    assert accuracy.score_page_result(page, accuracy.Output(" \n")).empty


def test_date_misses_list_the_pages_whose_reference_date_is_missed(capsys):
    pages = [wcxb_page("page-1", body="a", date="2025-01-02"), wcxb_page("page-2", body="b", date="2025-01-03"),
             wcxb_page("page-3", body="c", date="2025-01-04"), wcxb_page("page-4", body="d")]
    outputs = {pages[0].key: accuracy.Output("a", date="2025-01-02T10:00:00"), pages[1].key: accuracy.Output("b"),
               pages[2].key: accuracy.Output("c", date="2025-01-05"), pages[3].key: accuracy.Output("d", date="2025-01-01")}
    results = accuracy.score_pages(pages, outputs)
    assert [p.id for p in accuracy.date_misses(pages, results)] == sorted(["page-2", "page-3"],
                                                                          key=lambda i: accuracy.half_of(i) != "tune")
    accuracy.print_date_misses(pages, results, outputs, 10, {pages[2].key: "URL"})
    printed = capsys.readouterr().out
    assert "date misses for cleanpage: 2 " in printed and "1 without a date" in printed
    assert "page-2" in printed and "ours -          reference 2025-01-03\n" in printed
    assert "ours 2025-01-05 reference 2025-01-04  from URL" in printed
    assert "page-1" not in printed and "page-4" not in printed  # right, or no reference date


def test_a_slice_pools_snippets_and_counts_empty_outputs():
    pages = [wcxb_page("page-1", body="a b c d", **{"with": ["a b", "x"]}),
             wcxb_page("page-2", body="e f g h", **{"with": ["e f"]}, page_type="forum")]
    outputs = {pages[0].key: accuracy.Output("a b c d"), pages[1].key: accuracy.Output("")}
    results = accuracy.score_pages(pages, outputs)
    score = accuracy.slice_score(pages, results)
    assert score.with_share == pytest.approx(1 / 3)  # pooled: 1 of 3 snippets, not a mean of pages
    assert score.empty == 1
    assert score.halves["tune"].f1 == 1.0 and score.halves["check"].f1 == 0.0
    assert score.word_f1 == pytest.approx(0.5)
    slices = accuracy.wcxb_slices(pages)
    assert list(slices)[:3] == ["all", "article", "service"]
    assert [p.id for p in slices["forum"]] == ["page-2"]


def test_wcxb_pages_load_from_the_folder_or_straight_from_the_archive(tmp_path):
    truth = {"page-1": {"articleBody": "Body one.", "page_type": "article", "url": "https://example.org/1"},
             "page-2": {"articleBody": "Body two.", "page_type": "forum", "url": "https://example.org/2"}}
    with gzip.open(tmp_path / "ground-truth.json.gz", "wt", encoding="utf-8") as handle:
        json.dump(truth, handle)
    with tarfile.open(tmp_path / accuracy.WCXB_ARCHIVE, "w:xz") as tar:
        for page_id in reversed(sorted(truth)):  # archive order differs from page order
            data = f"<p>{page_id} café</p>".encode()
            info = tarfile.TarInfo(f"./{page_id}.html")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    from_archive = accuracy.load_wcxb(tmp_path, tmp_path / "not-unpacked")
    assert [(p.id, p.page_type, p.reference) for p in from_archive] == [
        ("page-1", "article", "Body one."), ("page-2", "forum", "Body two.")]
    assert {p.id: html for p, html in accuracy.page_sources(from_archive)} == {
        "page-1": "<p>page-1 café</p>", "page-2": "<p>page-2 café</p>"}

    unpacked = tmp_path / "pages"
    unpacked.mkdir()
    for page_id in truth:
        (unpacked / f"{page_id}.html").write_text(f"<p>{page_id} café</p>", encoding="utf-8")
    from_folder = accuracy.load_wcxb(tmp_path, unpacked)
    assert dict((p.id, html) for p, html in accuracy.page_sources(from_folder)) == {
        "page-1": "<p>page-1 café</p>", "page-2": "<p>page-2 café</p>"}
    (unpacked / "page-2.html").unlink()
    with pytest.raises(SystemExit, match="tar xJf"):
        accuracy.load_wcxb(tmp_path, unpacked)


def record(page_id: str, f1_counts: tuple[int, int, int], half: str, page_type: str = "article") -> dict:
    tp, fp, fn = f1_counts
    score = accuracy.PageScore(tp, fp, fn, False)
    return {"tool": "cleanpage", "dataset": "wcxb-dev", "id": page_id, "half": half, "page_type": page_type,
            "tp": tp, "fp": fp, "fn": fn, "exact": False, "f1": score.f1}


def test_compare_prints_every_set_and_half_and_the_pages_that_moved(capsys):
    old = [record("page-1", (4, 0, 4), "tune"), record("page-2", (4, 0, 0), "check")]
    new = [record("page-1", (8, 0, 0), "tune"), record("page-2", (2, 0, 2), "check")]
    accuracy.print_compare(old, new)
    lines = capsys.readouterr().out.splitlines()
    rows = {line[:34].strip(): line[34:].split() for line in lines if "|" in line and "half" not in line}
    assert rows["wcxb-dev | tune"] == ["1", "0.667", "1.000", "+0.333"]
    assert rows["wcxb-dev | check"] == ["1", "1.000", "0.667", "-0.333"]
    assert rows["wcxb-dev article | all"][0] == "2"
    # a page without a page type counts once in its set's rows; sets come in SETS order
    other = [dict(r, dataset="scrapinghub", page_type=None) for r in (old[0], new[0])]
    accuracy.print_compare(old + other[:1], new + other[1:])
    lines = capsys.readouterr().out.splitlines()
    rows = {line[:34].strip(): line[34:].split() for line in lines if "|" in line and "half" not in line}
    assert rows["scrapinghub | all"] == ["1", "0.667", "1.000", "+0.333"]
    assert list(rows)[:3] == ["scrapinghub | tune", "scrapinghub | all", "wcxb-dev | tune"]
    assert any("check halves that fell: wcxb-dev | check" in line for line in lines)
    down = lines.index("pages that moved most down (old -> new page F1):")
    assert "page-2" in lines[down + 1]
    up = lines.index("pages that moved most up (old -> new page F1):")
    assert "page-1" in lines[up + 1]


def test_compare_prints_titles_right_per_half_and_title_changes_where_pages_carry_no_title_score(capsys):
    old = [dict(record("page-1", (4, 0, 0), "tune"), title="Old", title_right=False),
           dict(record("page-2", (4, 0, 0), "check"), title="Kept", title_right=True),
           dict(record("page-3", (4, 0, 0), "check"), dataset="readability-dev", page_type=None,
                title="Before", title_right=None)]
    new = [dict(old[0], title="New", title_right=True), dict(old[1], title="Lost", title_right=False),
           dict(old[2], title="After")]
    accuracy.print_compare(old, new)
    lines = capsys.readouterr().out.splitlines()
    rows = {line[:42].strip(): line[42:].split() for line in lines if line.startswith("titles ")}
    assert rows["titles wcxb-dev | tune"] == ["1", "0", "1", "+1"]
    assert rows["titles wcxb-dev | check"] == ["1", "1", "0", "-1"]
    assert "titles readability-dev | check" not in rows  # its titles are scored only as a whole
    assert any("title check halves that fell: wcxb-dev | check" in line for line in lines)
    assert "titles changed where pages carry no title score: 1" in lines
    assert any("page-3" in line and "'Before' -> 'After'" in line for line in lines)


def test_fields_a_quotation_the_page_repeats_matches_each_of_its_labels():
    import fields  # benchmarks/fields.py, on the path above

    total = fields.Score()
    label = {"quotes": [{"text": "I would rather stay", "speaker": "Ann Lee"},
                        {"text": "I would rather stay", "speaker": "Ann Lee"}]}
    result = fields.Result("set/page", quotes=[("“I would rather stay.”", "Ann Lee", "inline")] * 2)
    fields._score_quotes(total, result, label)
    assert (total.quotes_real, total.quotes_found, total.speakers_right) == (2, 2, 2)


def test_fields_a_quote_either_reading_lists_is_real_and_the_union_is_counted_once():
    import fields  # benchmarks/fields.py, on the path above

    total = fields.Score()
    label = {"quotes": [{"text": "We will open the quay", "speaker": "Ann Lee"}]}
    second = [{"text": "We will open the quay in May", "speaker": "Ann Lee"},  # the same quotation, more words
              {"text": "Nobody asked the fishermen", "speaker": "Bo Berg"}]  # one the first labels left out
    result = fields.Result("set/page", quotes=[("“We will open the quay in May.”", "Ann Lee", "inline"),
                                               ("“Nobody asked the fishermen.”", None, "inline"),
                                               ("“Harbour Days”", None, "inline")])
    fields._score_quotes_twice(total, result, label, second)
    assert (total.twice_listed, total.twice_real_first, total.twice_real_either) == (3, 1, 2)
    assert (total.twice_union, total.twice_found) == (2, 2)
    assert (total.second_speakers_checked, total.second_speakers_right) == (2, 1)
    assert (total.first_labels, total.first_in_second) == (1, 1)
    assert total.misses["quotes (in neither reading)"] == ["set/page: [inline] “Harbour Days”"]


def test_fields_a_page_read_once_counts_its_quotes_by_its_first_labels_beside_the_pages_read_twice():
    import fields  # benchmarks/fields.py, on the path above

    labels = {"set/twice": {"quotes": [{"text": "We will open the quay", "speaker": "Ann Lee"}]},
              "set/once": {"quotes": [{"text": "The nets came back empty", "speaker": "Bo Berg"},
                                      {"text": "We waited all winter", "speaker": "Bo Berg"}]}}
    second = {"set/twice": [{"text": "We will open the quay", "speaker": "Ann Lee"}]}
    results = [fields.Result("set/twice", quotes=[("“We will open the quay.”", "Ann Lee", "inline")]),
               fields.Result("set/once", quotes=[("“The nets came back empty.”", "Bo Berg", "inline"),
                                                 ("“Harbour Days”", None, "inline")])]
    total = fields.score(results, labels, second)
    assert (total.once_listed, total.once_real, total.once_labelled, total.once_found) == (2, 1, 2, 1)
    assert (total.twice_listed, total.twice_real_either) == (1, 1)  # the page read twice is not counted again


def test_fields_a_third_reading_settles_the_speaker_where_the_first_two_disagree():
    import fields  # benchmarks/fields.py, on the path above

    labels = {"set/page": {"quotes": [{"text": "We will open the quay", "speaker": "Ann Lee"},
                                      {"text": "The nets came back empty", "speaker": "Bo Berg"},
                                      {"text": "We waited all winter", "speaker": None}]}}
    second = {"set/page": [{"text": "We will open the quay", "speaker": "Cy Dahl"},
                           {"text": "The nets came back empty", "speaker": None},
                           {"text": "We waited all winter", "speaker": "Bo Berg"}]}
    third = {"set/page": {fields.quote_key("We will open the quay"): "Dahl",  # sides with the second
                          fields.quote_key("The nets came back empty"): "Bo Berg",  # sides with the first
                          fields.quote_key("We waited all winter"): "Eva Falk"}}  # sides with neither
    result = fields.Result("set/page", quotes=[("“We will open the quay.”", "Cy Dahl", "inline"),
                                               ("“The nets came back empty.”", "Bo Berg", "inline"),
                                               ("“We waited all winter.”", "Bo Berg", "inline")])
    total = fields.score([result], labels, second, speakers=third)
    # the first: most readings give Cy Dahl (ours); the second: Bo Berg by two of three (ours);
    # the third: three readings, three speakers, so the first label (none) stands against ours
    assert (total.speakers_checked, total.speakers_right, total.speakers_right_first) == (3, 2, 1)
    assert total.speakers_read_thrice == 3
    assert total.misses["speaker"] == ["set/page: 'Bo Berg' for None: “We waited all winter.”"]


def test_fields_a_speaker_reading_the_reader_was_unsure_of_is_left_out(tmp_path):
    import fields  # benchmarks/fields.py, on the path above

    (tmp_path / "third-S1.json").write_text(json.dumps({"set/page": [
        {"text": "We will open the quay", "speaker": "Cy Dahl", "sure": True, "note": ""},
        {"text": "Not on this page", "speaker": None, "sure": False, "note": "not found"}]}), encoding="utf-8")
    assert fields.load_speaker_readings(tmp_path) == {"set/page": {fields.quote_key("We will open the quay"): "Cy Dahl"}}


def test_fields_a_funding_statement_most_readings_list_judges_the_value():
    import fields  # benchmarks/fields.py, on the path above

    total = fields.Score()
    label = {"funding": ["This survey was paid for by the Harbour Trust.", "Sponsored"]}
    later = [["Disclosure: This survey was paid for by the Harbour Trust under grant 12"],  # same statement
             ["This survey was paid for by the Harbour Trust."]]
    result = fields.Result("set/page", funding="Sponsored", text="This survey was paid for by the Harbour Trust.")
    fields._score_funding_read_again(total, result, label, later)
    # "Sponsored" has one reading of three: the value holding only it is false; the statement
    # all three list is missed by the value, but the body keeps it
    assert (total.funding_given, total.funding_given_right) == (1, 0)
    assert total.funding_right_by_reading == {0: 1, 1: 0, 2: 0}
    assert (total.funding_labelled, total.funding_found) == (1, 0)
    assert (total.statements, total.statements_in_body) == (1, 1)
    assert total.funding_disputed == 0


def test_fields_a_page_whose_readings_disagree_is_counted_apart():
    import fields  # benchmarks/fields.py, on the path above

    total = fields.Score()
    label = {"funding": ["Thanks to our partners for supporting this site"]}
    result = fields.Result("set/page", funding="Thanks to our partners for supporting this site.")
    fields._score_funding_read_again(total, result, label, [[], []])
    assert (total.funding_labelled, total.funding_disputed, total.funding_disputed_found) == (0, 1, 1)
    assert (total.funding_given, total.funding_given_right) == (1, 0)


def test_fields_an_undated_page_the_second_reading_dates_is_counted_apart():
    import fields  # benchmarks/fields.py, on the path above

    labels = {"set/a": {"date": None}, "set/b": {"date": None}, "set/c": {"date": None}, "set/d": {"date": "2024-05-06"}}
    results = [fields.Result("set/a", date="2024-01-02T10:00:00"),  # both readings: none -> false
               fields.Result("set/b", date="2023-03-04"),  # the second reading dates it so: disputed, ours agrees
               fields.Result("set/c"),  # not read again, no date: right
               fields.Result("set/d", date="2024-05-06")]
    total = fields.score(results, labels, dates={"set/a": None, "set/b": "2023-03-04"})
    assert (total.false_dates, total.undated) == (1, 2)
    assert (total.false_dates_first, total.undated_first) == (2, 3)
    assert (total.dates_disputed, total.dates_disputed_ours) == (1, 1)
    assert (total.dates_right, total.dated) == (1, 1)


def test_blockquotes_reads_the_markdown_quote_lines_without_their_marks():
    import blockquotes  # benchmarks/blockquotes.py, on the path above

    markdown = "Intro.\n\n> We will *open* the [quay](https://example.org/q) in May.\n>\n> Next year too.\n\nAfter."
    assert blockquotes.quoted_text(markdown) == "We will open the quay in May.  Next year too."
    assert blockquotes.plain("We will open the [quay] in *May*.") == blockquotes.plain("We will open the quay in May.")


def test_halves_counts_each_check_figure_that_fell(tmp_path, capsys):
    import halves

    def record(page_id, half, f1, date_right=None):
        return {"tool": "cleanpage", "dataset": "wcxb-dev", "id": page_id, "half": half,
                "page_type": "article", "f1": f1, "title_right": None, "author_right": None,
                "date_right": date_right}

    old = [record("a", "tune", 0.5), record("b", "check", 0.9, True), record("c", "check", 0.7)]
    new = [record("a", "tune", 0.8), record("b", "check", 0.8, False), record("c", "check", 0.7)]
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    assert halves.main([str(tmp_path / "old.json"), str(tmp_path / "new.json")]) == 0
    out = capsys.readouterr().out
    # the tuning half rose; the check half fell in mean F1 (set and page type) and in dates right
    assert "wcxb-dev | tune" in out and "+0.3000" in out
    assert out.rstrip().splitlines()[-1].startswith("CHECK HALVES DOWN: 3")
    assert "date_right wcxb-dev | check" in out
    assert "pages whose F1 changed: 2" in out
