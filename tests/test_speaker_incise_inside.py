"""An incise set inside the quote marks, after a comma and a verb of saying, names the speaker before the
words go on (« Nous avons tout essayé, reconnaît le capitaine, Ann Lee, mais … »): incise_inside, and the
name inside the marks is then no one talked about (sections._spoken_of_inside)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_french_incise_inside_the_marks_with_an_office_before_the_name() -> None:
    found = speaker_pages.speakers(
        P("« Nous avons fermé la digue deux fois, reconnaît la responsable du port, Sidonie Marchetaux, mais "
          "la mer montait plus vite que prévu. »"), lang="fr")
    assert found == ["Sidonie Marchetaux"]


def test_a_spanish_incise_inside_the_marks() -> None:
    found = speaker_pages.speakers(
        P("«Lo intentamos todo, admite la patrona Remedios Olaizola Ibarra, pero el viento cambiaba cada "
          "diez minutos.»"), lang="es")
    assert found == ["Remedios Olaizola Ibarra"]


# where it must not fire


def test_a_name_spoken_of_inside_the_marks_is_not_the_speaker() -> None:
    found = speaker_pages.speakers(
        P("« Nous avons fermé la digue deux fois, comme Sidonie Marchetaux le demandait, mais la mer montait "
          "plus vite que prévu. »"), lang="fr")
    assert found != ["Sidonie Marchetaux"]


def test_a_hungarian_dash_incise_inside_the_marks_with_the_subject_dropped() -> None:
    found = speaker_pages.speakers(
        P("A révész, Szalontai Ibolya, harminc éve viszi át az utasokat a folyón.")
        + P("„Minden reggel ugyanazt a kötelet fogom meg – mondja. – A folyó viszont minden nap más.”"),
        lang="hu")
    assert found and set(found) == {"Szalontai Ibolya"}


def test_a_russian_dash_incise_inside_the_marks_with_a_pronoun() -> None:
    found = speaker_pages.speakers(
        P("Паромом на переправе управляет бывший моряк Тимофей Заречный.")
        + P("«Самое трудное — не лёд и не ветер, — говорит он. — Самое трудное — ждать, когда лёд уйдёт»."),
        lang="ru")
    assert found and set(found) == {"Тимофей Заречный"}
