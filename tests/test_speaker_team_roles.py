"""Sports and market reports name a person once with the office or the trade before the name, then call
them by it ("Kapitän Ole Sand …", "„…“, meinte der Verteidiger", "Marktkoopman Ger de Haan"): the office
is no part of the name, and the player's place in the team stands for the one named before (ROLE_SUFFIXES,
ROLE_NOUNS)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_german_captain_before_the_name_and_the_defender_in_the_incise() -> None:
    found = speaker_pages.speakers(
        P("Kapitän Lasse Brockmann-Öz stellte sich vor die Mannschaft. „Wir hatten vier Ausfälle, das darf "
          "man nicht vergessen“, meinte der Verteidiger."), lang="de")
    assert found == ["Lasse Brockmann-Öz"]


def test_a_dutch_trade_compound_before_the_name() -> None:
    found = speaker_pages.speakers(
        P("Marktkoopman Joop de Wit vindt het een slecht idee: „Daar komt geen mens met een volle tas.”"),
        lang="nl")
    assert found == ["Joop de Wit"]


def test_an_italian_attaccante_incise_is_the_player_named_before() -> None:
    found = speaker_pages.speakers(
        P("Il capitano del Valdora, Nicolò Ferrante, ha segnato due gol nel secondo tempo.")
        + P("«Li dedico a mio padre, che non ha mai perso una partita in casa», ha detto l’attaccante."),
        lang="it")
    assert found == ["Nicolò Ferrante"]
