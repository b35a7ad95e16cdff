"""An 'according to' phrase names the person by their office right before their name, no comma between
("Secondo il procuratore Elio Mancuso, l’inchiesta «…»", "According to the prosecutor Ann Lee, …"): the
person holds the view, however short the quotation (_office_before_name in _view_holder)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_an_italian_office_before_the_name_after_secondo() -> None:
    found = speaker_pages.quotes(
        P("Secondo il procuratore Ottavio Benincasa, l’indagine sul porto «è appena cominciata»."), lang="it")
    assert found == [("«è appena cominciata»", "Ottavio Benincasa")]


def test_an_english_office_before_the_name_after_according_to() -> None:
    found = speaker_pages.speakers(
        P("According to the prosecutor Hester Quayle, the harbour inquiry “has only just begun, and it will "
          "take a year”."))
    assert found == ["Hester Quayle"]


def test_a_spanish_office_before_the_name_after_segun() -> None:
    found = speaker_pages.speakers(P("Según la jueza Ana Ruiz Beltrán, el caso del puerto «no está cerrado»."),
                                   lang="es")
    assert found == ["Ana Ruiz Beltrán"]


# where it must not fire


def test_a_lower_case_word_that_is_no_office_gives_no_name() -> None:
    found = speaker_pages.speakers(
        P("According to the ferry Hester Quayle, the harbour inquiry “has only just begun, and it will "
          "take a year”."))
    assert found != ["Hester Quayle"]
