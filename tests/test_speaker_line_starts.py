"""A word opening a line opens a sentence: under a heading with no full stop, the paragraph's first
word is capitalised whatever it is, and a role before a name there ("Volunteer Ann Lee said:") is no
first name of a longer form of the person's name."""

from __future__ import annotations

import speaker_pages


def test_a_role_opening_the_paragraph_under_a_heading_is_not_a_first_name() -> None:
    found = speaker_pages.speakers(
        "<h2>Work on the pier</h2><p>Volunteer Ann Lee said: “The piles went in a week early, and the concrete "
        "has set well.”</p>")
    assert found == ["Ann Lee"]


def test_a_kazakh_role_opening_the_paragraph_under_a_heading_is_not_a_first_name() -> None:
    found = speaker_pages.speakers(
        "<h2>Көпір құрылысы</h2><p>Докторант Әсел Нұрова былай деді: «Тіреулер бір апта ерте орнатылды, бетон да "
        "жақсы қатты.»</p>", lang="kk")
    assert found == ["Әсел Нұрова"]


# where it must not fire: the three-word name is the page's own


def test_a_three_word_name_under_a_heading_that_the_page_shortens_later_stays_whole() -> None:
    found = speaker_pages.speakers(
        "<h2>Work on the pier</h2><p>Joy Ann Park signed off the piles in May. “The concrete has set well, and "
        "the deck goes on next,” Ann Park said.</p>")
    assert found == ["Joy Ann Park"]


def test_a_three_word_name_inside_a_sentence_under_a_heading_stays_whole() -> None:
    found = speaker_pages.speakers(
        "<h2>Work on the pier</h2><p>At the site office, Mary Jo Lund said: “The piles went in a week early, and "
        "the concrete has set well.”</p>")
    assert found == ["Mary Jo Lund"]


def test_a_three_word_name_inside_an_earlier_paragraph_stays_whole() -> None:
    found = speaker_pages.speakers(
        "<p>The piles went in during May, and Joy Ann Park signed them off.</p><p>“The concrete has set well, and "
        "the deck goes on next,” Ann Park said.</p>")
    assert found == ["Joy Ann Park"]
