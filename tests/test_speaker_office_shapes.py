"""An office glued before a name by its shape (a Nordic council's member or chief, a German woman's
office in "-erin", an office of a language without articles, the French lawyer's "Me") is no part of
the name; a first word that is a given name, a particle or a short name in "-erin" stays."""

from __future__ import annotations

import speaker_pages


def test_a_swedish_definite_council_office_is_dropped() -> None:
    found = speaker_pages.speakers(
        "<p>Kommunalrådet Maja Tornberg säger att badhuset ska rustas. ”Vi har skjutit på det i åratal”, "
        "säger Kommunalrådet Maja Tornberg.</p>", lang="sv")
    assert found == ["Maja Tornberg"]


def test_a_danish_council_member_and_a_norwegian_chief_are_dropped() -> None:
    danish = speaker_pages.speakers(
        "<p>»Vi fik aldrig et svar,« siger Byrådsmedlem Lone Vestergård om sagen.</p>", lang="da")
    norwegian = speaker_pages.speakers(
        "<p>«Brua må stenges i to uker», sier Brannsjef Tor Haugland til avisen.</p>", lang="nb")
    assert danish == ["Lone Vestergård"]
    assert norwegian == ["Tor Haugland"]


def test_a_german_feminine_office_in_erin_is_dropped() -> None:
    found = speaker_pages.speakers(
        "<p>„Der Bus kommt jeden Tag zu spät“, sagte Schülervertreterin Carla Wendling am Montag.</p>",
        lang="de")
    assert found == ["Carla Wendling"]


def test_a_polish_office_opening_a_name_is_dropped() -> None:
    found = speaker_pages.speakers(
        "<p>„Most trzeba wyremontować jeszcze w tym roku” – powiedział Radny Marek Zielonka.</p>", lang="pl")
    assert found == ["Marek Zielonka"]


def test_the_french_lawyers_title_before_a_surname_gives_the_full_name() -> None:
    found = speaker_pages.speakers(
        "<p>L’avocat du club, Me Bastien Laforgue, conteste la sanction.</p>"
        "<p>« Cette décision ne tient pas », a déclaré Me Laforgue devant le tribunal.</p>", lang="fr")
    assert found == ["Bastien Laforgue"]


def test_a_double_given_name_stays_whole() -> None:
    found = speaker_pages.speakers(
        "<p>„Wir bleiben hier“, sagte Anna Maria Kellner nach der Sitzung.</p>", lang="de")
    assert found == ["Anna Maria Kellner"]


def test_a_short_given_name_in_erin_stays() -> None:
    found = speaker_pages.speakers(
        "<p>„Das Dach hält nicht mehr lange“, sagte Severin Paul Hofer am Abend.</p>", lang="de")
    assert found == ["Severin Paul Hofer"]


def test_a_hungarian_surname_first_name_keeps_its_surname() -> None:
    found = speaker_pages.speakers(
        "<p>„A híd nem bírja tovább” – mondta Kertész Anna Mária polgármester.</p>", lang="hu")
    assert found and found[0] is not None and found[0].startswith("Kertész")


def test_a_particle_opening_a_sentence_stays_with_the_surname() -> None:
    found = speaker_pages.speakers(
        "<p>Lotte van der Meulen leidt de haven.</p>"
        "<p>„We gaan door”, zei Van der Meulen op de vergadering.</p>", lang="nl")
    assert found == ["Lotte van der Meulen"]


def test_a_police_rank_of_two_words_before_the_name_is_no_part_of_it() -> None:
    found = speaker_pages.speakers("<p>Detective Sergeant Mara Quill said officers had “traced every van in the area.”</p>")
    assert found == ["Mara Quill"]
