"""A quote that opens its sentence right after a short sentence whose subject is a surname the page
gives one person in full before ("Lee was blunt. “…”") is that person's, and so after a long clause
fronted before the subject, or a word or two set off after it ("Pressed twice, at last, Lee gave in.").
Not a surname two people share, one the page gives in full nowhere or only on a heading's line, or a
sentence that names someone else."""

from __future__ import annotations

import speaker_pages

FERRY = "<p>Most riders backed the timetable. Ann Lee, who skippers the evening ferry, said the crossings ran late.</p>"
QUOTE = "<p>“Move the last sailing to nine and nobody will miss the train again.”</p>"


def test_a_surname_subject_of_the_short_sentence_before() -> None:
    assert speaker_pages.speakers(f"{FERRY}<p>Lee was blunt.</p>{QUOTE}") == ["Ann Lee"]


def test_a_surname_subject_after_a_long_fronted_clause() -> None:
    found = speaker_pages.speakers(f"{FERRY}<p>Asked how the winter timetable could ever be fixed, Lee was blunt.</p>"
                                   f"{QUOTE}")
    assert found == ["Ann Lee"]


def test_a_surname_subject_after_a_fronted_clause_and_a_word_set_off() -> None:
    found = speaker_pages.speakers(f"{FERRY}<p>Pressed twice, at last, Lee gave in. “Fine, the nine o’clock sailing "
                                   "stays on the board for good.”</p>")
    assert found == ["Ann Lee"]


def test_a_spanish_surname_subject_after_a_fronted_clause() -> None:
    found = speaker_pages.speakers(
        "<p>Casi todos apoyan el horario. Ana Ruiz, que pilota el ferry de la tarde, dice que los cruces van tarde.</p>"
        "<p>Preguntada por cómo arreglar el horario de invierno, Ruiz fue tajante.</p>"
        "<p>«Que el último barco salga a las nueve y nadie volverá a perder el tren.»</p>", lang="es")
    assert found == ["Ana Ruiz"]


# where it must not fire


def test_a_surname_two_people_share_is_neither() -> None:
    found = speaker_pages.speakers(
        "<p>Most riders backed the timetable. Ann Lee and her brother Tom Lee skipper the evening ferry.</p>"
        f"<p>Lee was blunt.</p>{QUOTE}")
    assert found == [None]


def test_a_surname_the_page_never_gives_in_full_is_no_one() -> None:
    found = speaker_pages.speakers(f"<p>Most riders backed the new timetable.</p><p>Lee was blunt.</p>{QUOTE}")
    assert found == [None]


def test_a_fronted_clause_then_another_person_named() -> None:
    found = speaker_pages.speakers(f"{FERRY}<p>Pressed twice, at last, Lee phoned Tom Park.</p>{QUOTE}")
    assert found == [None]


def test_a_surname_the_page_gives_in_full_only_as_a_heading_is_no_one() -> None:
    found = speaker_pages.speakers(f"<h2>Ann Lee</h2><p>Lee was blunt.</p>{QUOTE}")
    assert found == [None]
