"""A quotation whose own incise gives it to someone brought in unnamed ("“…,” a shopkeeper said.",
"„…“, sagte eine Anwohnerin.") names no one, whatever the colon lead-in before it names. The
must-not-fire cases keep the name: a pronoun, a name after the noun, a spokesperson for a body named
before, a new sentence after the quote."""

from __future__ import annotations

import speaker_pages


def test_an_unnamed_incise_outweighs_a_colon_lead_in() -> None:
    assert speaker_pages.speakers("<p>Orla Brenning was quiet: “Nobody walks the pier after dark these days,” "
                                  "a fisherman said.</p>") == [None]
    assert speaker_pages.speakers("<p>Quay Street was quiet: “Nobody walks the pier after dark these days,” "
                                  "said one old resident.</p>") == [None]
    assert speaker_pages.speakers("<p>Henrike Saalfeld schwieg: „Abends geht hier niemand mehr auf die Mole“, "
                                  "sagte eine Nachbarin.</p>", lang="de") == [None]
    assert speaker_pages.speakers("<p>Odile Marnay se taisait : « Plus personne ne va sur la jetée le soir », "
                                  "a dit un pêcheur.</p>", lang="fr") == [None]
    assert speaker_pages.speakers("<p>Lucía Ferrán callaba: «Ya nadie pasea por el muelle de noche», "
                                  "dijo una vecina.</p>", lang="es") == [None]
    assert speaker_pages.speakers("<p>Bruna Tessari taceva: «La sera sul molo non va più nessuno», "
                                  "ha detto un pescatore.</p>", lang="it") == [None]


def test_a_named_or_known_incise_keeps_the_speaker() -> None:
    # must not fire: a pronoun, the noun then the person's name, a new sentence after the quote
    assert speaker_pages.speakers("<p>Orla Brenning was blunt: “Nobody walks the pier after dark these days,” "
                                  "she said.</p>") == ["Orla Brenning"]
    assert speaker_pages.speakers("<p>The pier was empty: “Nobody walks it after dark these days,” said a "
                                  "fisherman, Orla Brenning.</p>") == ["Orla Brenning"]
    assert speaker_pages.speakers("<p>Orla Brenning was blunt: “Nobody walks the pier after dark these "
                                  "days.” A fisherman nodded.</p>") == ["Orla Brenning"]
    assert speaker_pages.speakers("<p>Orla Brenning schwieg lange: „Abends geht hier niemand mehr auf die "
                                  "Mole“, sagte sie.</p>", lang="de") == ["Orla Brenning"]


def test_portuguese_a_is_the_definite_article() -> None:
    # must not fire: "disse a vizinha" is "said the neighbour", someone the page named before
    assert speaker_pages.speakers("<p>A vizinha Rita Sampaio abanou a cabeça: «Já ninguém vai ao cais à "
                                  "noite», disse a vizinha.</p>", lang="pt") == ["Rita Sampaio"]
