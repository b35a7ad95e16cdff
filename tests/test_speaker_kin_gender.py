"""A kinship noun beside a name gives the person's gender in the other languages as English "daughter" and
"father" do (FEMALE_KIN_WORDS, MALE_KIN_WORDS in the gendered roles): after "Haar vader, Joop Velders, lacht."
a quote whose incise says "zij" is not his but the woman's heard before; a "hij" is still his."""

from __future__ import annotations

import speaker_pages

OPENING = ("<p>‘Mijn vader wilde dat ik de smederij overnam,’ zegt Wendelien Velders (31). ‘Ik wilde naar "
           "Utrecht.’</p><p>Haar vader, Joop Velders, lacht. ‘En nu staat ze om vijf uur naast me.’</p>")


def test_she_after_the_father_speaks_is_the_daughter() -> None:
    assert speaker_pages.speakers(OPENING + "<p>‘Niet elke ochtend,’ zegt zij.</p>", "nl")[-1] \
        == "Wendelien Velders"


def test_he_after_the_father_speaks_is_the_father() -> None:
    assert speaker_pages.speakers(OPENING + "<p>‘Bijna elke ochtend,’ zegt hij.</p>", "nl")[-1] == "Joop Velders"


def test_a_spanish_mother() -> None:
    page = ("<p>«Aquí nadie se jubila», dice Iker Zubeldia, de 24 años.</p>"
            "<p>Su madre, Arantxa Olaizola, se ríe. «Eso dice ahora.»</p>"
            "<p>«Ya veremos dentro de diez años», añade él.</p>")
    assert speaker_pages.speakers(page, "es")[-1] == "Iker Zubeldia"
