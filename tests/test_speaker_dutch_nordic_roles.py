"""A Dutch or Nordic role noun a sentence opens with, capitalised before the holder's name ("Huisarts
Jan Mulder", "Kamerlid Eva Kok", "Sauebonde Ola Lie"), is what the person is, not part of their name
(ROLE_SUFFIXES)."""

from __future__ import annotations

import pytest
from speaker_pages import speakers


@pytest.mark.parametrize(("lang", "paragraphs", "speaker"), [
    ("nl", ("<p>Huisarts Wietske Haverkamp uit Lierdorp maakt zich zorgen over de wachtlijsten.</p>"
           "<p>‘Niemand wil nog zeven dagen per week bereikbaar zijn’, zegt ze.</p>"), "Wietske Haverkamp"),
    ("nl", ("<p>Kamerlid Joost Verbeek stelde de minister woensdag vragen over de haven.</p>"
           "<p>‘De vissers wachten al drie jaar op een antwoord’, zei hij.</p>"), "Joost Verbeek"),
    ("nb", ("<p>Sauebonde Kari Haugland har mistet tretti lam i sommer.</p>"
           "<p>«Det er dyr jeg har tatt imot selv om våren», sier hun.</p>"), "Kari Haugland"),
])
def test_a_role_noun_opening_the_sentence_is_not_part_of_the_name(lang, paragraphs, speaker) -> None:
    assert speakers(paragraphs, lang) == [speaker]


def test_a_name_with_particles_after_an_office_is_read_whole() -> None:
    """"Wethouder Jet van der Linde-Bos wil …" / "‘…’, zei ze": the office before the name does not hide its
    particles; she is Jet van der Linde-Bos, not Jet."""
    found = speakers("<p>Wethouder Jet van der Linde-Bos wil de haven van Lierdorp autovrij maken.</p>"
                     "<p>‘Het is niet de vraag óf het gebeurt, maar wanneer’, zei ze dinsdag in de raad.</p>", "nl")
    assert found == ["Jet van der Linde-Bos"]
