"""A surname inside a double-barrelled one ("Lee" in "Penrose-Lee") is no mention of another person of
that surname: a person named once beside the one the story is about ("…, came as the wife of a keeper,
Tom Lee, …") is not whom a later pronoun stands for. A surname written alone, or with a possessive
ending, still counts as a mention."""

from __future__ import annotations

import speaker_pages

OPENING = ("<p>Ann Penrose-Lee has not slept through a storm in forty years.</p><p>“Habit,” she says. Then, after a "
           "while: “And I don't entirely trust the new computer.”</p>")
QUOTE = "<p>“People imagine wild nights and shipwrecks. It was mostly paperwork and paraffin,” she says.</p>"


def test_a_person_named_once_whose_surname_ends_a_double_one() -> None:
    found = speaker_pages.speakers(
        f"{OPENING}<p>Penrose-Lee, who is 79, came to the cape as the wife of a keeper, Tom Lee, and became a keeper "
        f"herself.</p>{QUOTE}")
    assert found == ["Ann Penrose-Lee", "Ann Penrose-Lee"]


def test_a_spanish_person_named_once_whose_surname_ends_a_double_one() -> None:
    found = speaker_pages.speakers(
        "<p>María García-Luna no ha dormido durante una tormenta en cuarenta años.</p><p>«La costumbre», dice ella. "
        "Luego, tras un rato: «Y no me fío del todo del nuevo ordenador.»</p><p>García-Luna, de 79 años, llegó al "
        "cabo como esposa de un farero, Pedro Luna, y se hizo farera ella misma.</p><p>«La gente imagina noches "
        "salvajes y naufragios. Era sobre todo papeleo y parafina», dice ella.</p>", lang="es")
    assert found[-1] == "María García-Luna"


def test_a_double_surname_named_once_beside_a_plain_one() -> None:
    found = speaker_pages.speakers(
        "<p>Tom Lee has not slept through a storm in forty years.</p><p>“Habit,” he says. Then, after a while: "
        "“And I don't entirely trust the new computer.”</p><p>Lee, who is 79, came to the cape with a keeper, "
        "Ann Penrose-Lee, who later left.</p>"
        "<p>“People imagine wild nights and shipwrecks. It was mostly paperwork and paraffin,” he says.</p>")
    assert found == ["Tom Lee", "Tom Lee"]


# where it must not fire: the other person is mentioned again, alone, by a possessive or with an apostrophe


def test_a_person_mentioned_again_by_surname_alone() -> None:
    found = speaker_pages.speakers(
        f"{OPENING}<p>Penrose-Lee came to the cape with a keeper, Tom Lee. Lee kept the log.</p>"
        "<p>“People imagine wild nights and shipwrecks. It was mostly paperwork and paraffin,” he says.</p>")
    assert found == ["Ann Penrose-Lee", "Tom Lee"]


def test_a_person_mentioned_again_by_a_possessive() -> None:
    found = speaker_pages.speakers(
        f"{OPENING}<p>Penrose-Lee came to the cape with a keeper, Tom Lee, on Lee’s own boat.</p>"
        "<p>“People imagine wild nights and shipwrecks. It was mostly paperwork and paraffin,” he says.</p>")
    assert found == ["Ann Penrose-Lee", "Tom Lee"]


def test_a_surname_with_an_apostrophe_mentioned_again_alone() -> None:
    found = speaker_pages.speakers(
        f"{OPENING}<p>Penrose-Lee came to the cape with a keeper, Tom O'Dea. O'Dea kept the log.</p>"
        "<p>“People imagine wild nights and shipwrecks. It was mostly paperwork and paraffin,” he says.</p>")
    assert found == ["Ann Penrose-Lee", "Tom O'Dea"]
