"""An author-year citation in a bracket right after a quotation names the source the words are quoted
from: "“…” (Lindqvist and Berge, 2024)" (sections._bracketed_speaker, CITED_AUTHORS_RE)."""

from __future__ import annotations

import speaker_pages

QUOTED = "“the tide tables of the last century tell us about the bay but cannot tell us about one harbour”"


def test_two_authors_and_a_year_after_the_quote_are_its_source() -> None:
    found = speaker_pages.speakers(f"<p>Models are improving. However, {QUOTED} (Lindqvist and Berge, 2024).</p>")
    assert found == ["Lindqvist and Berge"]


def test_one_author_with_et_al_and_a_page_is_its_source() -> None:
    found = speaker_pages.speakers(f"<p>Models are improving. However, {QUOTED} (Marlow et al., 2021, p. 14).</p>")
    assert found == ["Marlow et al."]


def test_a_citation_in_german_joins_its_authors_with_und() -> None:
    found = speaker_pages.speakers(
        "<p>Die Modelle werden besser. Doch „die Gezeitentafeln des letzten Jahrhunderts sagen viel über die "
        "Bucht, aber nichts über einen Hafen“ (Lindqvist und Berge 2024).</p>", lang="de")
    assert found == ["Lindqvist und Berge"]


# where it must not fire


def test_a_month_and_a_year_in_the_bracket_is_a_date_and_no_source() -> None:
    found = speaker_pages.speakers(f"<p>Models are improving. However, {QUOTED} (May 2019).</p>")
    assert not any(found)
