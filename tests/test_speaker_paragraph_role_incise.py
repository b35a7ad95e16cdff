"""A feature brings a new person in at a paragraph's opening and gives their quotation to a definite noun
of who they are ("“…,” the councillor said", "«…», responde la joven"): the one person the paragraph
names before the quotation speaks, whoever the paragraphs before named (LastPerson.lone_named)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_definite_noun_incise_is_the_one_person_its_paragraph_names() -> None:
    found = speaker_pages.speakers(
        P("The harbour master, Ines Calloway, says the pier has been unsafe since the winter. “Nobody "
          "listened to the divers,” she said.")
        + P("Her deputy on the board, Oskar Pemberton, rejects that version. “The repairs were ordered "
            "in January,” the councillor said."))
    assert found == ["Ines Calloway", "Oskar Pemberton"]


def test_a_spanish_definite_noun_incise_is_the_one_person_its_paragraph_names() -> None:
    found = speaker_pages.speakers(
        P("El patrón del puerto, Eulogio Barrenetxea, lleva cuarenta años en el muelle. «Esto ya no es lo "
          "que era», dice.")
        + P("Su sobrina, Itxaso Barrenetxea, estudia oceanografía en Cádiz. «Quiero volver, pero no para "
            "pescar nunca más», responde la joven."), lang="es")
    assert found == ["Eulogio Barrenetxea", "Itxaso Barrenetxea"]
