"""The body a spokesperson speaks for after the verb, read whole where its capitalised words are only part of
it: the lower-case body's noun before the name ("een woordvoerder van de politie Brakveen"), the lower-case
words joined after its head up to the next capitalised word ("un porte-parole de la Régie des eaux de
Lormanne"), and a German body's noun in the plural before its place ("ein Sprecher der Stadtwerke Ostheim").
Not a description with a place after it, a person named after an office, or a noun in the singular."""

from __future__ import annotations

import speaker_pages


def test_dutch_police_written_small_before_its_region() -> None:
    assert speaker_pages.speakers(
        "<p>„Er is niemand gewond geraakt”, zegt een woordvoerder van de politie Brakveen.</p>",
        lang="nl") == ["politie Brakveen"]


def test_french_body_with_lower_case_words_inside_its_name() -> None:
    assert speaker_pages.speakers(
        "<p>« Le réseau sera rétabli lundi », indique un porte-parole de la Régie des eaux de Lormanne.</p>",
        lang="fr") == ["Régie des eaux de Lormanne"]


def test_french_company_with_lower_case_words() -> None:
    assert speaker_pages.speakers(
        "<p>« Aucun bateau ne partira ce soir », précise un porte-parole de la Compagnie des bacs de Vernès.</p>",
        lang="fr") == ["Compagnie des bacs de Vernès"]


def test_german_works_in_the_plural_before_their_town() -> None:
    assert speaker_pages.speakers(
        "<p>„Die Leitung ist repariert“, sagte ein Sprecher der Stadtwerke Ostheim.</p>",
        lang="de") == ["Stadtwerke Ostheim"]


def test_spanish_police_written_small_is_the_body_not_its_town() -> None:
    assert speaker_pages.speakers(
        "<p>«El puente sigue cerrado», dijo un portavoz de la policía de Valmora.</p>", lang="es") == [
        "policía de Valmora"]


def test_italian_prefecture_written_small_is_the_body_not_its_town() -> None:
    assert speaker_pages.speakers(
        "<p>«La strada riaprirà venerdì», ha detto un portavoce della prefettura di Valdorno.</p>", lang="it") == [
        "prefettura di Valdorno"]


# where it must not fire


def test_a_description_then_a_place_is_no_body_name() -> None:
    found = speaker_pages.speakers(
        "<p>“The road will reopen on Friday,” said a spokesman for the local council in Brakwater.</p>")
    assert found != ["local council in Brakwater"] and found != ["council in Brakwater"]


def test_a_person_after_the_spokespersons_office_is_the_speaker() -> None:
    assert speaker_pages.speakers(
        "<p>« Le réseau sera rétabli lundi », indique la porte-parole de la Régie, Maëlle Corvisart.</p>",
        lang="fr") == ["Maëlle Corvisart"]


def test_a_firm_after_its_kind_is_named_without_the_kind() -> None:
    assert speaker_pages.speakers(
        "<p>« Les colis partiront demain », affirme un porte-parole de la société Vellane Transports.</p>",
        lang="fr") == ["Vellane Transports"]


def test_a_german_noun_in_the_singular_names_nobody() -> None:
    assert speaker_pages.speakers(
        "<p>„Die Leitung ist repariert“, sagte ein Teilnehmer der Sitzung.</p>", lang="de") == [None]


def test_a_german_plural_noun_before_a_person_is_not_a_body() -> None:
    assert "Stadtwerke Anna Berg" not in speaker_pages.speakers(
        "<p>„Die Leitung ist repariert“, sagte ein Sprecher der Stadtwerke Anna Berg.</p>", lang="de")
