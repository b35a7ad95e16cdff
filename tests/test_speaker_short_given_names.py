"""A two-letter given name that is an article too ("An", a Flemish and Vietnamese given name) opens a
speaker's name inside a sentence, after a lower-case word that is no preposition and before one
surname: "…, said An Marchal, a spokeswoman" is An Marchal's. At a sentence's start, after a
preposition, or before a run of capitalised words (a title's) it stays an article."""

from __future__ import annotations

import speaker_pages

LEAD_EN = "<p>The city set out its new bus plan on Monday after months of complaints from riders about delays.</p>"
LEAD_FR = ("<p>La ville a présenté lundi son nouveau plan pour les bus du centre, après des mois de plaintes des "
           "usagers sur les retards.</p>")


def test_an_after_the_verb_of_saying_in_english() -> None:
    found = speaker_pages.speakers(
        f"{LEAD_EN}<p>“We listened to riders. The buses were late, that is true,” said An Marchal, a spokeswoman "
        "for the operator. “The change comes from new drivers.”</p><p>The plan starts in May.</p>")
    assert found == ["An Marchal", "An Marchal"]


def test_an_after_an_inverted_french_verb() -> None:
    found = speaker_pages.speakers(
        f"{LEAD_FR}<p>« Nous avons écouté les usagers. Les bus étaient en retard, c’est vrai », admet An Marchal, "
        "porte-parole de la régie. « Le changement vient de nouveaux chauffeurs. »</p><p>Le plan entre en vigueur "
        "en mai.</p>", lang="fr")
    assert found == ["An Marchal", "An Marchal"]


def test_an_after_a_dutch_verb_of_saying() -> None:
    found = speaker_pages.speakers(
        "<p>De stad stelde maandag haar nieuwe busplan voor, na maanden van klachten van reizigers over "
        "vertragingen.</p><p>„We hebben naar de reizigers geluisterd”, zegt An Peeters, woordvoerster van de "
        "vervoerder.</p><p>Het plan gaat in mei in.</p>", lang="nl")
    assert found == ["An Peeters"]


# where it must not fire: "An" opening the sentence, after a preposition, or before a title's capitals


def test_an_opening_a_sentence_is_an_article() -> None:
    found = speaker_pages.speakers(
        f"{LEAD_EN}<p>An Operator spokesman gave no name. “The change comes from new drivers,” he said.</p>")
    assert found != ["An Operator"]
    assert "An" not in " ".join(s or "" for s in found).split()


def test_an_after_a_preposition_is_a_title() -> None:
    found = speaker_pages.speakers(
        f"{LEAD_EN}<p>“Every seat was taken,” said the director of An Marchal Story, which opened on Friday.</p>")
    assert not any(s and s.startswith("An ") for s in found)


def test_an_before_a_run_of_capitals_is_a_title() -> None:
    found = speaker_pages.speakers(
        f"{LEAD_EN}<p>“Every seat was taken,” wrote An Ordinary Evening Review in its notice on Friday.</p>")
    assert not any(s and s.startswith("An ") for s in found)
