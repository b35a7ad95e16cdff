"""A short sentence whose named subject a discourse phrase set off by commas follows ("Lee, however, was
unmoved.", "Ann Lee, for her part, disagrees.") still names who speaks the quote after it
(speakers._set_off_end in _short_sentence_subject); a relative clause there ("Lee, who met Berge, …")
does not."""

from __future__ import annotations

import speaker_pages

PORT = "<p>Ann Lee, the harbour master, has run the port for ten years. Tom Berge runs the ferry.</p>"
QUOTE = "“The pier is closed until further notice, and we will not reopen it before the engineers are done.”"


def test_however_after_the_surname() -> None:
    assert speaker_pages.speakers(PORT + f"<p>Lee, however, was unmoved. {QUOTE}</p>") == ["Ann Lee"]


def test_for_her_part_and_meanwhile() -> None:
    assert speaker_pages.speakers(PORT + f"<p>Lee, for her part, was unmoved. {QUOTE}</p>") == ["Ann Lee"]
    assert speaker_pages.speakers(PORT + f"<p>Berge, meanwhile, was unmoved. {QUOTE}</p>") == ["Tom Berge"]


def test_a_relative_clause_naming_another_is_no_set_off_phrase() -> None:
    assert speaker_pages.speakers(PORT + f"<p>Lee, who met Berge, was unmoved. {QUOTE}</p>") == [None]


def test_a_relative_clause_naming_no_one_after_the_surname() -> None:
    assert speaker_pages.speakers(PORT + f"<p>Lee, who has run the port since 2014, is sceptical. {QUOTE}</p>") \
        == ["Ann Lee"]


def test_a_relative_clause_that_says_something_finds_no_one() -> None:
    assert speaker_pages.speakers(PORT + "<p>Lee, who told the council it was safe, is sceptical. "
                                  f"{QUOTE}</p>") == [None]
