"""An incise set off by two dashes inside the quote marks („… – mondja. – …”, «… — говорит он. — …») gives
the quotation a pronoun's or a dropped subject's speaker, the one named before (incise_inside)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


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
