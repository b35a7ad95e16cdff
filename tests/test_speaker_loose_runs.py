"""A run of words a <div> sets of its own between its <p>s (a CMS writing a paragraph as bare text
after a <p>) is read right after the <p> before it, as a paragraph of its own, not with the <div>
ahead of its blocks: "he" in it stands for the one that <p> names (sections._reading_order)."""

from __future__ import annotations

import speaker_pages


def test_a_bare_run_after_a_paragraph_reads_its_pronoun_as_the_one_named_there() -> None:
    found = speaker_pages.speakers(
        "<div class='story'><p>Traders on the quay expect a quiet season.</p>"
        "<p>Tarun Devkota, head of research at Corvane Securities, pointed out that the harbour is quiet.</p>"
        "“It is a quiet harbour, so we are not expecting a broad rally this summer,” he said."
        "<p>The valuation of the harbour is also a point that traders raise.</p></div>")
    assert found == ["Tarun Devkota"]


def test_a_bare_run_is_read_before_the_paragraphs_after_it() -> None:
    found = speaker_pages.speakers(
        "<div class='story'><p>Tarun Devkota, head of research at Corvane Securities, spoke on Monday.</p>"
        "“It is a quiet harbour, so we are not expecting a broad rally this summer,” he said."
        "<p>Mara Lindqvist, who runs the ferry, disagreed.</p>"
        "<p>“The ferries are full every day of the week,” she said.</p></div>")
    assert found == ["Tarun Devkota", "Mara Lindqvist"]


# where it must not change anything


def test_the_words_a_div_sets_before_its_first_paragraph_are_read_with_it() -> None:
    found = speaker_pages.speakers(
        "<div class='story'>“The ferries are full every day of the week,” said Mara Lindqvist."
        "<p>Tarun Devkota, head of research at Corvane Securities, disagreed.</p></div>")
    assert found == ["Mara Lindqvist"]
