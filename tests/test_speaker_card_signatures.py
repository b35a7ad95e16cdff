"""Speakers a testimonial card or a pull quote's <cite> signs with in ways a name line alone does not
read: the office after a spaced dash ("Ann Lee – Head of Sales at Harbour Mill"), the name in
capitals, an initial before the surname, a long office after the comma. Each card's own line signs its
own quotation; a line that is no person's name (a button, a date, a rating, a sentence) signs nothing."""

from __future__ import annotations

import pytest
from speaker_pages import speakers


def card(words: str, line: str, extra: str = "") -> str:
    return (f"<div class='testimonial-card'><div class='testimonial-card__quote'><p>“{words}”</p></div>"
            f"<div class='testimonial-card__person'><p>{line}</p>{extra}</div></div>")


WORDS = ("The new timetable saved our crew two hours a day, and the harbour office answered every question.",
         "We moved the whole fleet over in a week and nobody on board noticed the change at all.")


@pytest.mark.parametrize(("cite", "lang", "speaker"), [
    ("<strong>Marta Quist</strong> – Head of Operations at Wexley Ferries", "en", "Marta Quist"),
    ("Jonas Weber — Leiter des Fährbetriebs, Hafen Kiel", "de", "Jonas Weber"),
    ("Claire Moreau | Directrice du port de Sète", "fr", "Claire Moreau"),
])
def test_cite_with_an_office_after_a_spaced_dash_or_a_bar_names_the_person(cite: str, lang: str, speaker: str) -> None:
    page = (f"<figure><blockquote><p>{WORDS[0]}</p><cite>{cite}</cite></blockquote></figure>"
            f"<p>The harbour office publishes the timetable each spring.</p>")
    assert speakers(page, lang) == [speaker]


@pytest.mark.parametrize("cite", ["Spring Timetable – updated 12 March 2025", "Page 4 – Harbour report"])
def test_cite_that_names_no_person_before_its_dash_names_no_one(cite: str) -> None:
    page = (f"<figure><blockquote><p>{WORDS[0]}</p><cite>{cite}</cite></blockquote></figure>"
            f"<p>The harbour office publishes the timetable each spring.</p>")
    assert speakers(page) in ([None], [], [cite])  # never a name cut out of the line


def test_card_signed_in_capitals_with_an_initial_or_with_a_long_office() -> None:
    found = speakers(card(WORDS[0], "MARTA QUIST", "<p>Captain, Wexley Ferries</p>")
                     + card(WORDS[1], "L. Babcock, Wexley")
                     + card("Our passengers finally know when the last boat leaves, and they plan around it.",
                            "Ann Penrose, Associate Director and Head of Passenger Services for the Northern Routes, "
                            "Wexley Ferries"))
    assert found == ["Marta Quist", "L. Babcock", "Ann Penrose"]


@pytest.mark.parametrize("line", [
    "READ THE STORY",  # a button in capitals: words the page writes in lower case
    "12 March 2025",  # a date
    "★★★★★ 5/5",  # a rating
    "Meanwhile, the harbour office opened a second ticket desk and hired three more clerks for the night.",
])
def test_card_line_that_is_no_persons_name_signs_nothing(line: str) -> None:
    page = "<p>Read the story of the new ferry timetable below.</p>" + card(WORDS[0], line)
    assert speakers(page) == [None]


def test_each_card_is_signed_by_its_own_line_not_by_the_next_cards() -> None:
    found = speakers(card(WORDS[0], "12 March 2025") + card(WORDS[1], "JON BELL"))
    assert found == [None, "Jon Bell"]
