""""According to" before an office and then the name set off by commas ("Selon la directrice de l’école,
Odile Vanderkam, la cantine est « … »", "According to the harbour master, Tom Bale, the tide was “…”"):
the words are that person's. Not where the words before the name describe a document or no office, nor
where no comma closes the name (then the name is the clause's subject, and the view someone else's)."""

from __future__ import annotations

import speaker_pages


def test_an_office_then_the_name_after_according_to() -> None:
    assert speaker_pages.speakers("<p>According to the harbour master, Tom Bale, the tide was “higher than anyone on "
                                  "the quay had ever seen”.</p>") == ["Tom Bale"]


def test_selon_an_office_then_the_name() -> None:
    assert speaker_pages.speakers("<p>Selon la directrice de l’école, Odile Vanderkam, la cantine est « trop petite "
                                  "pour les deux cents élèves ».</p>", lang="fr") == ["Odile Vanderkam"]


def test_segun_an_office_and_its_town_then_the_name() -> None:
    assert speaker_pages.speakers("<p>Según el alcalde de Villaseca, Anselmo Broto, el puente está «en peor estado "
                                  "de lo que decía el informe».</p>", lang="es") == ["Anselmo Broto"]


def test_secondo_an_elided_office_then_the_name() -> None:
    assert speaker_pages.speakers("<p>Secondo l’assessore ai lavori pubblici, Gualtiero Pisanelli, il ponte è «più "
                                  "fragile di quanto sembrasse».</p>", lang="it") == ["Gualtiero Pisanelli"]


# where it must not fire


def test_a_report_then_a_name_is_the_report_speaking_of_them() -> None:
    assert "Tom Bale" not in speaker_pages.speakers(
        "<p>According to the police report, Tom Bale, a driver from Penhallow, was “very drunk and loud all that "
        "night”.</p>")


def test_no_office_before_the_name() -> None:
    assert "Odile Vanderkam" not in speaker_pages.speakers(
        "<p>Selon la vieille tradition du village, Odile Vanderkam, la doyenne, est « la gardienne des clés de la "
        "chapelle ».</p>", lang="fr")


def test_a_name_no_comma_closes_is_the_subject() -> None:
    assert "Odile Vanderkam" not in speaker_pages.speakers(
        "<p>Selon la ministre, Odile Vanderkam a « menti au conseil municipal pendant deux ans ».</p>", lang="fr")
