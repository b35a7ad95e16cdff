"""A lead-in whose subject is an institution's name joined by a connector ("El Ministerio de Pesca
Costera calificó …") gives the whole name, not its last two capitalised words."""

from __future__ import annotations

import speaker_pages


def test_a_ministry_joined_by_de_leading_in_is_named_whole() -> None:
    found = speaker_pages.speakers(
        "<p>El Ministerio de Pesca Costera calificó el informe de «exagerado y poco serio».</p>", lang="es")
    assert found == ["Ministerio de Pesca Costera"]


def test_a_person_leading_in_after_a_ministry_named_later_keeps_the_person() -> None:
    found = speaker_pages.speakers(
        "<p>La pescadora Ana Ruiz Ortega calificó el plan del Ministerio de Pesca Costera de «tardío, escaso y pensado "
        "solo para las grandes flotas del norte».</p>", lang="es")
    assert found == ["Ana Ruiz Ortega"]
