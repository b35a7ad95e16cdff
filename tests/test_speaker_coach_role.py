"""A sports report names the coach once and then calls them by the office in the incise ("«…», dijo el
técnico", "disse o técnico"): the one person named before in that office speaks (ROLE_NOUNS)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_spanish_tecnico_incise_is_the_coach_named_before() -> None:
    found = speaker_pages.speakers(
        P("El entrenador del Real Olmedo, Ramiro Castañeda Vidal, no escondió su enfado tras el empate.")
        + P("«Hemos tirado dos puntos en el último minuto», dijo el técnico. «Así no se puede ganar nada.»"),
        lang="es")
    assert found == ["Ramiro Castañeda Vidal", "Ramiro Castañeda Vidal"]


def test_a_portuguese_tecnico_incise_is_the_coach_named_before() -> None:
    found = speaker_pages.speakers(
        P("O treinador do Ribeira FC, Anselmo Barreto, lamentou a derrota em casa.")
        + P("“Faltou atitude no segundo tempo inteiro, do primeiro ao último minuto”, disse o técnico."), lang="pt")
    assert found == ["Anselmo Barreto"]


# where it must not fire


def test_a_name_in_the_incise_wins_over_the_tecnico_before() -> None:
    found = speaker_pages.speakers(
        P("El entrenador del Real Olmedo, Ramiro Castañeda Vidal, habló con el técnico de sonido del estadio.")
        + P("«El marcador se apagó dos veces durante el partido», dijo la encargada Ana Ruiz Gil."), lang="es")
    assert found == ["Ana Ruiz Gil"]
