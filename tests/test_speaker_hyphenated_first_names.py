"""A first name of two capitalised parts joined by a hyphen ("Pieter-Jan", "Anne-Marie", "Per-Olof") opens a
name as a plain one does: each part is a capital and lower-case letters (speakers._first_name_like), so a
surname with particles after it is read whole ("Wethouder Pieter-Jan van der Wal"); a place's compound with
a lower-case word joined inside it ("Vassieux-le-Haut") is no such surname."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_dutch_hyphenated_first_name_before_particles_after_an_office() -> None:
    found = speaker_pages.speakers(
        P("Wethouder Anne-Fleur van der Kolk (GL) wil de haven autovrij maken.")
        + P("„De kade staat het hele jaar vol met auto’s”, zegt ze. „Dat kan echt anders.”"), lang="nl")
    assert found == ["Anne-Fleur van der Kolk", "Anne-Fleur van der Kolk"]


# where it must not fire


def test_a_school_named_after_a_person_and_a_place_is_no_speaker() -> None:
    found = speaker_pages.speakers(
        P("Odile Marchand, directrice de l’école Paul-Henri de Sarville-le-Bas, a reçu les parents jeudi.")
        + P("« Nous n’avons pas assez de salles pour tout le monde », a-t-elle expliqué."), lang="fr")
    assert found == ["Odile Marchand"]
