"""A quote that opens its sentence right after a short sentence whose subject is a surname the page
gives one person in full before ("Lee did not hesitate. “…”") is that person's, and so after a long
clause fronted before the subject, or a word or two set off after it ("Told this, later, Lee rolls her
eyes."). Not a surname two people share, one the page never gives in full, or a sentence that names
someone else."""

from __future__ import annotations

import speaker_pages

CAFE = "<p>Residents were mostly in favour. Ann Lee, who runs a café by the bridge, said her sales had fallen.</p>"
QUOTE = "<p>“Open early and give away coffee to everyone who crosses the bridge.”</p>"


def test_a_surname_subject_of_the_short_sentence_before() -> None:
    assert speaker_pages.speakers(f"{CAFE}<p>Lee did not hesitate.</p>{QUOTE}") == ["Ann Lee"]


def test_a_surname_subject_after_a_long_fronted_clause() -> None:
    found = speaker_pages.speakers(f"{CAFE}<p>Asked what she would do on the day it reopens, Lee did not hesitate.</p>{QUOTE}")
    assert found == ["Ann Lee"]


def test_a_surname_subject_after_a_fronted_clause_and_a_word_set_off() -> None:
    found = speaker_pages.speakers(f"{CAFE}<p>Told this, later, Lee rolls her eyes. “Tom tells that story better "
                                   "every single year.”</p>")
    assert found == ["Ann Lee"]


def test_a_spanish_surname_subject_after_a_fronted_clause() -> None:
    found = speaker_pages.speakers(
        "<p>Los vecinos están a favor. Ana Ruiz, que tiene una cafetería junto al puente, dice que vende menos.</p>"
        "<p>Preguntada por lo que hará el día de la reapertura, Ruiz no duda.</p>"
        "<p>«Abrir temprano y regalar café a todos los que crucen el puente.»</p>", lang="es")
    assert found == ["Ana Ruiz"]


# where it must not fire


def test_a_surname_two_people_share_is_neither() -> None:
    found = speaker_pages.speakers(
        f"<p>Residents were mostly in favour. Ann Lee and her brother Tom Lee run a café by the bridge.</p>"
        f"<p>Lee did not hesitate.</p>{QUOTE}")
    assert found == [None]


def test_a_surname_the_page_never_gives_in_full_is_no_one() -> None:
    found = speaker_pages.speakers(f"<p>Residents were mostly in favour of the plan.</p><p>Lee did not hesitate.</p>{QUOTE}")
    assert found == [None]


def test_a_fronted_clause_then_another_person_named() -> None:
    found = speaker_pages.speakers(f"{CAFE}<p>Told this, later, Lee phoned Tom Park.</p>{QUOTE}")
    assert found == [None]


def test_a_surname_the_page_gives_in_full_only_as_a_heading_is_no_one() -> None:
    found = speaker_pages.speakers(f"<h2>Ann Lee</h2><p>Lee did not hesitate.</p>{QUOTE}")
    assert found == [None]
