"""A quotation is not given to a person its own words speak of by surname, or call by first name, when the
paragraph names that person nowhere outside quote marks: people talk about and to others by name."""

from __future__ import annotations

import pytest
from speaker_pages import speakers


def test_a_pronoun_does_not_stand_for_the_one_the_quote_talks_about() -> None:
    found = speakers("<p>Mira Okafor bought a boat in Quayhaven last spring.</p>"
                     "<p>Her son still laughs at the memory. “It would have been easy for Mira Okafor to pay someone "
                     "to sail it for her, but she learned every knot herself,” she said.</p>")
    assert found == [None]


def test_a_voice_going_on_does_not_reach_a_quote_that_calls_its_speaker_by_name() -> None:
    found = speakers("<p>“The harbour has never been this full in October,” said Tomas Brandt.</p>"
                     "<p>“Thank you for coming down to see it, Tomas.”</p>")
    assert found[0] == "Tomas Brandt" and found[1:] in ([], [None])


def test_a_name_beside_the_quote_or_an_institution_naming_itself_still_speaks() -> None:
    assert speakers("<p>“Nobody thought Tomas Brandt would sell the bakery,” Tomas Brandt said with a grin.</p>") \
        == ["Tomas Brandt"]
    assert speakers("<p>The Harbour Board published its plan on Monday.</p><p>“The Harbour Board will reopen the north quay in "
                    "May,” it said in a statement.</p>") == ["Harbour Board"]
    assert speakers("<p>Mira Okafor bought a boat last spring. “It would have been easy for Okafor, or for anyone, "
                    "to pay someone,” she said of herself.</p>") == ["Mira Okafor"]


@pytest.mark.parametrize(("page", "lang"), [
    (("<p>Mira Okafor met us at the pier at dawn.</p><p>“My name is Mira Okafor and I have run this ferry for "
      "thirty years,” she said.</p>"), "en"),
    (("<p>Mira Okafor nous attend sur le quai.</p><p>« Je m’appelle Mira Okafor et je conduis ce bac depuis "
      "trente ans », dit-elle.</p>"), "fr"),
    (("<p>Mira Okafor wartet am Anleger.</p><p>„Ich heiße Mira Okafor und fahre diese Fähre seit dreißig Jahren“, "
      "sagt sie.</p>"), "de"),
    (("<p>Mira Okafor nos espera en el muelle.</p><p>«Me llamo Mira Okafor y llevo treinta años al frente de este "
      "ferri», dice.</p>"), "es"),
])
def test_a_speaker_who_introduces_herself_by_name_still_speaks(page: str, lang: str) -> None:
    assert speakers(page, lang) == ["Mira Okafor"]


def test_an_incise_inside_the_marks_still_names_the_one_speaking() -> None:
    assert speakers("<p>« Nous avons assez attendu, a déclaré Solène Varin. Maintenant, il faut rouvrir le quai nord "
                    "avant l’hiver. »</p>", "fr") == ["Solène Varin"]


def test_the_paragraph_after_a_lone_quotation_names_its_speaker_with_an_office_before_the_name() -> None:
    lone = "<p>The council voted on Tuesday.</p><p>“The reserve was built for exactly this kind of shock.”</p>"
    assert speakers(lone + "<p>That was Mayor Ellen Okafor, speaking to reporters after the vote.</p>") \
        == ["Ellen Okafor"]
    assert speakers(lone + "<p>That was Quay Street Market, packed on a Sunday.</p>") == [None]
