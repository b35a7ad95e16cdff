"""A surname inside a double-barrelled one ("Lee" in "Penrose-Lee") is no mention of another person of
that surname: a person named once beside the one the story is about ("…, runs the mill with her cousin,
Tom Lee, …") is not whom a later pronoun stands for. A surname written alone, with a possessive ending
or with an apostrophe inside it still counts as a mention."""

from __future__ import annotations

import speaker_pages

OPENING = ("<p>Ann Penrose-Lee has ground flour at the river mill since she was twelve.</p><p>“Stubbornness,” she "
           "says. Then, more quietly: “And the wheel still turns better than any motor we tried.”</p>")
QUOTE = "<p>“Visitors expect romance. It is mostly sacks, dust and grease on every hinge,” she says.</p>"


def test_a_person_named_once_whose_surname_ends_a_double_one() -> None:
    found = speaker_pages.speakers(
        f"{OPENING}<p>Penrose-Lee, who is 71, runs the mill with her cousin, Tom Lee, and keeps the books herself.</p>"
        f"{QUOTE}")
    assert found == ["Ann Penrose-Lee", "Ann Penrose-Lee"]


def test_a_spanish_person_named_once_whose_surname_ends_a_double_one() -> None:
    found = speaker_pages.speakers(
        "<p>María García-Luna muele harina en el molino del río desde los doce años.</p><p>«Terquedad», dice ella. "
        "Luego, más bajo: «Y la rueda gira mejor que cualquier motor que probamos.»</p><p>García-Luna, de 71 años, "
        "lleva el molino con su primo, Pedro Luna, y lleva ella misma las cuentas.</p><p>«Los visitantes esperan "
        "romanticismo. Es sobre todo sacos, polvo y grasa en cada bisagra», dice ella.</p>", lang="es")
    assert found[-1] == "María García-Luna"


def test_a_double_surname_named_once_beside_a_plain_one() -> None:
    found = speaker_pages.speakers(
        "<p>Tom Lee has ground flour at the river mill since he was twelve.</p><p>“Stubbornness,” he says. Then, more "
        "quietly: “And the wheel still turns better than any motor we tried.”</p><p>Lee, who is 71, runs the mill "
        "with a cousin, Ann Penrose-Lee, who later moved away.</p>"
        "<p>“Visitors expect romance. It is mostly sacks, dust and grease on every hinge,” he says.</p>")
    assert found == ["Tom Lee", "Tom Lee"]


# where it must not fire: the other person is mentioned again, alone, by a possessive or with an apostrophe


def test_a_person_mentioned_again_by_surname_alone() -> None:
    found = speaker_pages.speakers(
        f"{OPENING}<p>Penrose-Lee runs the mill with her cousin, Tom Lee. Lee keeps the books.</p>"
        "<p>“Visitors expect romance. It is mostly sacks, dust and grease on every hinge,” he says.</p>")
    assert found == ["Ann Penrose-Lee", "Tom Lee"]


def test_a_person_mentioned_again_by_a_possessive() -> None:
    found = speaker_pages.speakers(
        f"{OPENING}<p>Penrose-Lee runs the mill with her cousin, Tom Lee, on Lee’s own land.</p>"
        "<p>“Visitors expect romance. It is mostly sacks, dust and grease on every hinge,” he says.</p>")
    assert found == ["Ann Penrose-Lee", "Tom Lee"]


def test_a_surname_with_an_apostrophe_mentioned_again_alone() -> None:
    found = speaker_pages.speakers(
        f"{OPENING}<p>Penrose-Lee runs the mill with her cousin, Tom O'Hara. O'Hara keeps the books.</p>"
        "<p>“Visitors expect romance. It is mostly sacks, dust and grease on every hinge,” he says.</p>")
    assert found == ["Ann Penrose-Lee", "Tom O'Hara"]
