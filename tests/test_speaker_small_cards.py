"""A paragraph of one quotation in a small block of short lines, whatever the block's class (a review or
a customer's word in any language), is signed by the line that names a person right under it or right
over it: "Ann Lee uit Delft", "<b>Ana Ruiz</b> – Valencia", "Ann Lee, Leeds" beside a date or stars.
Not where a line over it and a line under it name two people, nor in a block of running text."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

WORDS = "“De veerboot vertrok elke ochtend op tijd en de bemanning hielp ons met de fietsen.”"
BLOCK = "<div class='{}'>{}</div>"


@pytest.mark.parametrize(("cls", "lines", "lang", "speaker"), [
    ("klantverhaal", f"<p>{WORDS}</p><p><em>Marijke Oosterbroek uit Harlingen</em></p><p>★★★★★</p>", "nl",
     "Marijke Oosterbroek"),
    ("valutazione", ("<span class='voto'>5/5</span><p><strong>Ottavia Brambillasca</strong> – Chioggia</p>"
                     "<p>«Traghetto puntuale e personale gentile con i ciclisti.»</p>"), "it", "Ottavia Brambillasca"),
    ("mening", ("<p>”Färjan gick i tid varje morgon och besättningen hjälpte oss med cyklarna.”</p>"
                "<p>Gunvor Lindqvist, Strömstad</p>"), "sv", "Gunvor Lindqvist"),
])
def test_a_small_block_signs_its_one_quotation(cls: str, lines: str, lang: str, speaker: str) -> None:
    assert speakers(BLOCK.format(cls, lines), lang) == [speaker]


def test_two_names_around_the_quotation_sign_nothing() -> None:
    # must not fire: a line over it and a line under it name two people, either may have said it
    lines = f"<p>Marijke Oosterbroek</p><p>{WORDS}</p><p>Pieter Hoekstra</p>"
    assert speakers(BLOCK.format("veer", lines), "nl") == [None]


def test_running_text_beside_the_quotation_is_no_card() -> None:
    # must not fire: a paragraph of running text in the block, no short line of a card
    lines = (f"<p>{WORDS}</p><p>Marijke Oosterbroek</p><p>De veerdienst tussen de eilanden draait al veertig jaar, "
             "en de rederij wil de dienstregeling volgend jaar opnieuw uitbreiden met een avondboot.</p>")
    assert speakers(BLOCK.format("veer", lines), "nl") == [None]
