""""The former" and "the latter" and their kin ("le premier", "el segundo", "der Letztere", "de laatste")
opening the quote's own sentence before a verb of saying stand for the first or the second of the two
people the sentence before names in full. Not for three people, nor where the words open an office ("Le
premier ministre"), a person named after them, or a thing ("The former was called …")."""

from __future__ import annotations

import speaker_pages


def test_the_former_is_the_first_of_two() -> None:
    assert speaker_pages.speakers("<p>The council leader, Ann Lowry, and her deputy Tom Berge filed a motion. The "
                                  "former told the paper that the plan was “a postcard of a town, not a town”.</p>") \
        == ["Ann Lowry"]


def test_the_latter_is_the_second_of_two() -> None:
    assert speaker_pages.speakers("<p>The council leader, Ann Lowry, and her deputy Tom Berge filed a motion. The "
                                  "latter told the paper that the plan was “a postcard of a town, not a town”.</p>") \
        == ["Tom Berge"]


def test_le_premier_and_a_name_with_particles() -> None:
    assert speaker_pages.speakers("<p>Le président du groupe, Jean-Marc de La Tour-Vidal, et son collègue Karim "
                                  "Benali ont déposé une motion. Le premier a déclaré au journal que la mairie « confond "
                                  "la ville et une carte postale ».</p>", lang="fr") == ["Jean-Marc de La Tour-Vidal"]


def test_el_segundo() -> None:
    assert speaker_pages.speakers("<p>La alcaldesa, Ana Lozano, y el concejal Tomás Berrocal presentaron una moción. "
                                  "El segundo dijo a la radio que el plan era «una postal del pueblo, no el "
                                  "pueblo».</p>", lang="es") == ["Tomás Berrocal"]


def test_der_letztere_after_german_offices() -> None:
    assert speaker_pages.speakers("<p>Die Bürgermeisterin Anna Lorenz und der Kämmerer Tobias Brandt legten einen "
                                  "Antrag vor. Der Letztere sagte der Zeitung: „Der Plan ist eine Postkarte der Stadt, "
                                  "nicht die Stadt.“</p>", lang="de") == ["Tobias Brandt"]


def test_de_laatste_in_the_paragraph_before() -> None:
    assert speaker_pages.speakers("<p>Wethouder Anna Lorenz en raadslid Tobias Brandt dienden een motie in.</p>"
                                  "<p>De laatste zei tegen de krant dat het plan „een ansichtkaart van de stad is, niet "
                                  "de stad”.</p>", lang="nl") == ["Tobias Brandt"]


# where it must not fire


def test_three_people_named_before() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry, Tom Berge and Eva Lund filed a motion. The former told the paper "
                                  "that the plan was “a postcard of a town, not a town”.</p>") == [None]


def test_le_premier_ministre_is_an_office() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry et Tom Berge ont déposé une motion. Le premier ministre a déclaré que "
                                  "la mairie « confond la ville et une carte postale ».</p>", lang="fr") == [None]


def test_the_former_before_a_named_office_holder() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry and Tom Berge filed a motion. The former mayor, Eva Lund, told the "
                                  "paper that the plan was “a postcard of a town, not a town”.</p>") == ["Eva Lund"]


def test_the_former_of_two_things() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry and Tom Berge filed a motion on the harbour. Two options were studied. "
                                  "The former was called “a postcard of a town, not a town” by the board.</p>") == [None]
