"""A person named by three words after an office ("Borgmester Jens Peter Dahl") or with a patronymic in
the middle ("Иван Петрович Сидоров", after a place's name) is named by all three: a quotation given to
"he" after them is the full name's, not the last two words' (speakers._person_name)."""

from __future__ import annotations

from speaker_pages import speakers


def test_an_office_then_three_names_names_all_three() -> None:
    found = speakers("<p>Borgmester Niels Henrik Lykkegaard (K) vil bygge en ny bro over åen.</p>"
                     "<p>»Vi har ventet på broen i tyve år, og nu kommer den,« siger han.</p>", "da")
    assert found == ["Niels Henrik Lykkegaard"]


def test_a_patronymic_after_a_place_s_name_keeps_the_first_name() -> None:
    found = speakers("<p>Глава района Старые Липки Валентина Игоревна Мельникова заявила, что мост откроют летом.</p>"
                     "<p>«Мост мы обещали давно и построим его в этом году», — сказала она.</p>", "ru")
    assert found == ["Валентина Игоревна Мельникова"]


def test_an_office_then_two_names_stays_two() -> None:
    found = speakers("<p>Borgmester Niels Lykkegaard (K) vil bygge en ny bro over åen.</p>"
                     "<p>»Vi har ventet på broen i tyve år, og nu kommer den,« siger han.</p>", "da")
    assert found == ["Niels Lykkegaard"]
