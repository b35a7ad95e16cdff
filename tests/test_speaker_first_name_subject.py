"""A pronoun after a sentence that opens on the first name alone of one of the people named in full
just before stands for that person, not for the person named last in full ("…, Tom Reyes and Ann
Marlow. Tom came first … His advice: “…”"); not where a later sentence names the other again, the
opening word is no one's first name, or two people share it."""

from __future__ import annotations

import speaker_pages

PAIR = "<p>To fix the old boat I asked two neighbours, Tom Reyes and Ann Marlow, who both knew the hull. "
QUOTE = "“Scrape to bare wood, let it dry a week, then paint twice and never once in the rain.”</p>"


def test_an_english_first_name_subject_after_two_full_names() -> None:
    found = speaker_pages.speakers(f"{PAIR}Tom came first and stayed all afternoon. His advice: {QUOTE}")
    assert found == ["Tom Reyes"]


def test_a_german_first_name_subject_after_two_full_names() -> None:
    found = speaker_pages.speakers(
        "<p>Für das alte Boot fragte ich zwei Nachbarn, Tom Reyes und Ann Marlow, die beide den Rumpf kannten. Tom "
        "kam zuerst und blieb den ganzen Nachmittag. „Bis aufs blanke Holz schleifen und eine Woche trocknen "
        "lassen“, sagte er.</p>", lang="de")
    assert found == ["Tom Reyes"]


# where it must not fire


def test_the_other_person_named_again_after_the_first_name_sentence() -> None:
    found = speaker_pages.speakers(f"{PAIR}Tom came first. Then Marlow looked at the keel for an hour. Her advice: "
                                   f"{QUOTE}")
    assert found == ["Ann Marlow"]


def test_the_first_name_sentence_naming_the_other_by_first_name_too() -> None:
    found = speaker_pages.speakers(f"{PAIR}Tom came first, and an hour later Ann. Her advice: {QUOTE}")
    assert found == ["Ann Marlow"]


def test_a_capitalised_opening_word_that_is_no_first_name() -> None:
    found = speaker_pages.speakers(
        "<p>To fix the old boat I asked a neighbour, Ann Marlow, who knew the hull. Saturday was the day she came "
        f"round. Her advice: {QUOTE}")
    assert found == ["Ann Marlow"]


def test_a_first_name_two_people_share() -> None:
    found = speaker_pages.speakers(
        "<p>To fix the old boat I asked Tom Reyes and Tom Marlow, and Ann Lee came too. Tom came first and stayed "
        f"all afternoon. Her advice: {QUOTE}")
    assert found == ["Ann Lee"]
