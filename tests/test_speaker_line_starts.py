"""A word opening a line opens a sentence: under a heading with no full stop, the paragraph's first
word is capitalised whatever it is, and a role before a name there ("Student Ann Lee said:") is no
first name of a longer form of the person's name."""

from __future__ import annotations

import speaker_pages


def test_a_role_opening_the_paragraph_under_a_heading_is_not_a_first_name() -> None:
    found = speaker_pages.speakers(
        "<h2>Young researchers</h2><p>Student Ann Lee said: “The mountain teaches patience, and every trip "
        "is worth it.”</p>")
    assert found == ["Ann Lee"]


def test_a_kazakh_role_opening_the_paragraph_under_a_heading_is_not_a_first_name() -> None:
    found = speaker_pages.speakers(
        "<h2>Жас ғалымдар</h2><p>Магистрант Әсел Нұрова былай деді: «Әр экспедиция шыдамдылық мектебі, бәрі де "
        "ұмытылады.»</p>", lang="kk")
    assert found == ["Әсел Нұрова"]


# where it must not fire: the three-word name is the page's own


def test_a_three_word_name_under_a_heading_that_the_page_shortens_later_stays_whole() -> None:
    found = speaker_pages.speakers(
        "<h2>Young researchers</h2><p>Joy Ann Park opened the lab in May. “The mountain teaches patience, and "
        "every trip is worth it,” Ann Park said.</p>")
    assert found == ["Joy Ann Park"]


def test_a_three_word_name_inside_a_sentence_under_a_heading_stays_whole() -> None:
    found = speaker_pages.speakers(
        "<h2>Young researchers</h2><p>At the station, Mary Jo Lund said: “The mountain teaches patience, and "
        "every trip is worth it.”</p>")
    assert found == ["Mary Jo Lund"]


def test_a_three_word_name_inside_an_earlier_paragraph_stays_whole() -> None:
    found = speaker_pages.speakers(
        "<p>The lab opened in May, and Joy Ann Park was there.</p><p>“The mountain teaches patience, and every "
        "trip is worth it,” Ann Park said.</p>")
    assert found == ["Joy Ann Park"]
