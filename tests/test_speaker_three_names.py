"""A person named by three words with a patronymic in the middle ("Иван Петрович Сидоров"), after a
place's name, is named by all three: a quotation given to "she" after them is the full name's, not the
last two words' (speakers._person_name, PATRONYMIC_ENDINGS)."""

from __future__ import annotations

from speaker_pages import speakers


def test_a_patronymic_after_a_place_s_name_keeps_the_first_name() -> None:
    found = speakers("<p>Глава района Старые Липки Валентина Игоревна Мельникова заявила, что мост откроют летом.</p>"
                     "<p>«Мост мы обещали давно и построим его в этом году», — сказала она.</p>", "ru")
    assert found == ["Валентина Игоревна Мельникова"]


def test_a_portfolio_after_an_office_is_no_first_name() -> None:
    found = speakers("<p>Wethouder Verkeer Inge Bosman (D66) wil de binnenstad autoluw maken.</p>"
                     "<p>‘We kiezen voor de mensen die hier nu al wonen en fietsen,’ zegt ze.</p>", "nl")
    assert found == ["Inge Bosman"]
