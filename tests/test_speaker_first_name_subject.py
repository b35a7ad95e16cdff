"""A pronoun after a sentence that opens on the first name alone of one of the people named in full
just before stands for that person, not for the person named last in full ("…, Tom Reyes and Ann
Marlow. Tom was the one who … His words: “…”"); not where a later sentence names the other again, the
opening word is no one's first name, or two people share it."""

from __future__ import annotations

import speaker_pages

PAIR = "<p>For the sole, I followed two members here, Tom Reyes and Ann Marlow, who both replied to my thread. "
QUOTE = "“Flat enough is flat at the toe and the heel. Everything else is vanity.”</p>"


def test_an_english_first_name_subject_after_two_full_names() -> None:
    found = speaker_pages.speakers(f"{PAIR}Tom was the one who talked me out of the sander. His words: {QUOTE}")
    assert found == ["Tom Reyes"]


def test_a_german_first_name_subject_after_two_full_names() -> None:
    found = speaker_pages.speakers(
        "<p>Zwei Nachbarn, Tom Reyes und Ann Marlow, kamen zur Versammlung am Hafen. Tom war derjenige, der "
        "zuerst sprach. „Wir warten seit elf Jahren auf diese Brücke“, sagte er.</p>", lang="de")
    assert found == ["Tom Reyes"]


# where it must not fire


def test_the_other_person_named_again_after_the_first_name_sentence() -> None:
    found = speaker_pages.speakers(f"{PAIR}Tom was first to answer. Then Marlow wrote at length. Her words: {QUOTE}")
    assert found == ["Ann Marlow"]


def test_a_capitalised_opening_word_that_is_no_first_name() -> None:
    found = speaker_pages.speakers(
        "<p>For the sole, I followed a member here, Ann Marlow, who replied to my thread. Tuesday was the day "
        f"she talked me out of the sander. Her words: {QUOTE}")
    assert found == ["Ann Marlow"]


def test_a_first_name_two_people_share() -> None:
    found = speaker_pages.speakers(
        "<p>Two members, Tom Reyes and Tom Marlow, replied, and so did Ann Lee. Tom was the one who talked me "
        f"out of the sander. Her words: {QUOTE}")
    assert found == ["Ann Lee"]
