""""It" or "they" as the subject of a verb of saying before a quote, after sentences in which one
institution reports: that institution (speakers.pronoun_institution_speaker), named by its initials after
an article too ("the HTA projected", _institution_run)."""

from __future__ import annotations

import speaker_pages

QUOTED = ("“Uncontrolled dredging knows no borders. It is carried by the tides across and between "
          "harbours.”")


def test_they_after_a_body_named_by_its_initials_that_reported_is_that_body() -> None:
    found = speaker_pages.speakers(
        "<p>Globally, the HTA projected that harbour traffic would double by 2050. In their 2024 outlook "
        f"report, they stated {QUOTED}</p>")
    assert found == ["HTA"]


def test_it_in_the_next_paragraph_is_the_body_that_reported_in_the_one_before() -> None:
    found = speaker_pages.speakers(
        "<p>The Harbour Authority published its figures on Monday.</p>"
        f"<p>In its report, it said {QUOTED}</p>")
    assert found == ["Harbour Authority"]


def test_an_incise_s_it_after_a_body_named_by_its_initials_is_that_body() -> None:
    found = speaker_pages.speakers(
        "<p>The HTA published its figures on Monday. “Uncontrolled dredging knows no borders. It is carried by "
        "the tides across and between harbours,” it said.</p>")
    assert found == ["HTA"]


# where it must not fire


def test_they_after_people_who_reported_is_no_body() -> None:
    found = speaker_pages.speakers(
        "<p>The fishermen of the east quay met on Monday. In a letter to the council, they stated "
        f"{QUOTED}</p>")
    assert found == [None]


def test_an_incise_s_it_after_a_sentence_opening_on_a_body_whatever_its_verb_is_that_body() -> None:
    found = speaker_pages.speakers(
        "<p>On Monday, the Harbour Authority closed the pier.</p>"
        "<p>“Services will run normally again from the first of the month,” it said.</p>")
    assert found == ["Harbour Authority"]


def test_an_incise_s_it_after_a_sentence_opening_on_a_person_is_no_one() -> None:
    found = speaker_pages.speakers(
        "<p>Tom Berge closed the pier on Monday.</p>"
        "<p>“Services will run normally again from the first of the month,” it said.</p>")
    assert found == [None]
