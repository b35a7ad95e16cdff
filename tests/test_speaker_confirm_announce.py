""""Confirmed" and "announced", verbs of saying in the English list, are verbs of saying in the other languages
too (SAY_VERBS): a body's report with a piece of its words ("A Guarda Portuária confirmou que o barco «…»",
"Ο Σύνδεσμος ανακοίνωσε ότι …", "Zarząd Portu potwierdził, że …", "Primăria a anunțat că …") lists the piece as
the body's. A thing as the verb's subject ("O horário confirma …") names no one."""

from __future__ import annotations

import speaker_pages


def test_portuguese_confirmed() -> None:
    page = "<p>A Guarda Portuária de Vilamar confirmou que o barco «foi rebocado sem feridos».</p>"
    assert speaker_pages.speakers(page, "pt") == ["Guarda Portuária de Vilamar"]


def test_greek_announced() -> None:
    page = "<p>Ο Λιμενικός Σύνδεσμος Καλαμάκι ανακοίνωσε ότι η προβλήτα «θα ανοίξει ξανά τον Μάιο».</p>"
    assert speaker_pages.speakers(page, "el") == ["Λιμενικός Σύνδεσμος Καλαμάκι"]


def test_polish_and_romanian() -> None:
    polish = "<p>Zarząd Portu w Dębkach potwierdził, że prom „wróci na trasę w maju”.</p>"
    assert speaker_pages.speakers(polish, "pl") == ["Zarząd Portu w Dębkach"]
    romanian = "<p>Primăria Valea Nucilor a anunțat că podul „va fi redeschis în mai”.</p>"
    assert speaker_pages.speakers(romanian, "ro") == ["Primăria Valea Nucilor"]


def test_a_thing_confirming_names_no_one() -> None:
    assert speaker_pages.speakers("<p>O horário confirma a partida às seis, «como sempre foi».</p>", "pt") == []
