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


def review(header: str, words: str) -> str:
    return f"<div class='review'><div class='review__head'>{header}</div><p>«{words}»</p></div>"


def test_review_card_named_in_its_header_over_the_quotation_in_spanish_and_german() -> None:
    found = speakers("<p>Opiniones de los pasajeros sobre el nuevo horario del ferry.</p>"
                     + review("<strong>Lucía Romero</strong><span>Valencia</span>",
                              "El nuevo horario nos ahorra una hora cada mañana, y el barco siempre sale puntual.")
                     + review("<b>Diego Navarro</b><i>Alicante</i>",
                              "Por fin sabemos a qué hora sale el último barco, y organizamos el día en torno a él."),
                     "es")
    assert found == ["Lucía Romero", "Diego Navarro"]
    found = speakers("<p>Was die Fahrgäste über den neuen Fahrplan der Fähre sagen.</p>"
                     + review("<span>Petra Albers</span><span>Hamburg</span>",
                              "Der neue Fahrplan spart uns jeden Morgen eine Stunde, und die Fähre ist pünktlich."), "de")
    assert found == ["Petra Albers"]


@pytest.mark.parametrize("header", [
    "<strong>Quick Delivery</strong>",  # a review's title: words the page writes in lower case
    "<span>★★★★★</span><span>12 March 2025</span>",  # a rating and a date
    "<strong>Rye Loaf 800g</strong>",  # a product
])
def test_review_header_that_names_no_person_signs_nothing(header: str) -> None:
    page = ("<p>Quick delivery and fresh bread: read what our customers say about each loaf.</p>"
            + review(header, "The loaf arrived warm at seven in the morning, and it kept for four days."))
    assert speakers(page) == [None]


def test_a_name_before_the_card_signs_none_of_its_quotations() -> None:
    page = ("<p><strong>Marta Quist</strong></p><div class='review'><p>«The loaf arrived warm at seven in the "
            "morning, and it kept for four days.»</p></div>")
    assert speakers(page) == [None]


def test_the_place_set_beside_the_name_is_no_part_of_it() -> None:
    found = speakers(card(WORDS[0], "<span>Marta Quist</span><span>Wexley</span>")
                     + card(WORDS[1], "<a>LinkedIn</a><strong>Jon Bell, </strong><span>Captain, Wexley Ferries</span>"))
    assert found == ["Marta Quist", "Jon Bell"]


@pytest.mark.parametrize(("headline", "lang", "line"), [
    ("Wexley Ferries: timetable and tickets", "en", "Wexley Ferries"),
    ("Bäckerei Albers – frisches Brot seit 1984", "de", "Bäckerei Albers"),
    ("Boulangerie Moreau, pains et gâteaux", "fr", "Boulangerie Moreau"),
])
def test_a_card_line_that_is_the_page_s_own_name_signs_nothing(headline: str, lang: str, line: str) -> None:
    assert speakers(card(WORDS[0], line, "<p>12 March 2025</p>"), lang, headline) == [None]


def test_a_customer_the_title_does_not_name_still_signs_their_card() -> None:
    found = speakers(card(WORDS[0], "Jon Bell, Wexley") + card(WORDS[1], "Ann Penrose"), "en",
                     "Wexley Ferries: what passengers say about Marta Quist’s crew")
    assert found == ["Jon Bell", "Ann Penrose"]


@pytest.mark.parametrize("header", [
    "<strong>Marta Quist</strong><span>Wexley</span>",  # the line's parts loose in the card: the span before is a place
    "<span>Wexley</span>",  # a place alone
])
def test_a_loose_inline_part_before_the_quotation_signs_nothing(header: str) -> None:
    page = ("<p>Read what our passengers say about the new ferry timetable.</p>"
            f"<div class='review'>{header}<p>“{WORDS[0]}”</p></div>")
    assert speakers(page) == [None]


def test_a_one_word_header_over_the_quotation_signs_nothing() -> None:
    page = ("<p>Read what our passengers say about the new ferry timetable.</p>"
            + review("<strong>Bestseller</strong>", WORDS[0]))
    assert speakers(page) == [None]
