"""A pronoun that says a quotation inside its own sentence ("She notes that they have “…”") stands for
the person the sentence before opens on by first name alone, where the page names that person in
full once and names the one heard last before nowhere since ("…, Lena Moravec and Otto Brandt." /
"Lena tried a cheap pair. She notes that they have “…”": Lena Moravec, not Otto Brandt); not where a
later sentence names the other again, the opening word is no one's first name, or two people share it."""

from __future__ import annotations

import speaker_pages

PAIR = ("<p>For the guide we asked two sound engineers, Lena Moravec and Otto Brandt, who both record plays "
        "for the local radio.</p>")
SAYS = ("She notes that they have “a flat sound, a closed back, and are comfortable to wear for a whole day "
        "of recording.”</p>")


def test_an_english_pronoun_after_a_first_name_subject() -> None:
    found = speaker_pages.speakers(f"{PAIR}<p>Lena tried a cheap pair of headphones first. {SAYS}")
    assert found == ["Lena Moravec"]


def test_a_spanish_pronoun_after_a_first_name_subject() -> None:
    found = speaker_pages.speakers(
        "<p>Para la guía consultamos a dos técnicos de sonido, Lena Moravec y Otto Brandt, que graban "
        "radioteatro para la emisora local.</p><p>Lena probó primero unos auriculares baratos. Ella explica que "
        "tienen «un sonido plano, la parte trasera cerrada y son cómodos durante todo un día de "
        "grabación».</p>", lang="es")
    assert found == ["Lena Moravec"]


# where it must not fire


def test_the_other_person_named_again_after_the_first_name_sentence() -> None:
    found = speaker_pages.speakers(
        f"{PAIR}<p>Lena tried a cheap pair of headphones first. Then Brandt tried the dearer pair. {SAYS}")
    assert found == ["Otto Brandt"]


def test_a_capitalised_opening_word_that_is_no_first_name() -> None:
    found = speaker_pages.speakers(
        "<p>For the guide we asked a sound engineer, Otto Brandt, who records plays for the local radio.</p>"
        f"<p>Monday was the day of the test. {SAYS}")
    assert found == ["Otto Brandt"]


def test_a_first_name_two_people_share() -> None:
    found = speaker_pages.speakers(
        "<p>For the guide we asked Lena Moravec, Lena Holt and Otto Brandt, who all record plays for the local "
        f"radio.</p><p>Lena tried a cheap pair of headphones first. {SAYS}")
    assert len(found) == 1 and found[0] not in ("Lena Moravec", "Lena Holt")
