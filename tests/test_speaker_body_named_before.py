"""A body's word alone as the speaker ("sagte ein Sprecher der Feuerwehr", "erklärte die Behörde", "police
said", "zegt de politie") stands for the body the sentences before name in full with that word: "Feuerwehr
Talbach", "Amtsgericht Birkenau" for "des Gerichts", "Harwick Police", "politie Zeeoever"; a word for any
public body ("die Behörde") for the one body the last sentence names. Never the kind of body alone where
it stands for a named one, and the bare word stays where two bodies share it or none is named."""

from __future__ import annotations

import speaker_pages


def test_a_german_spokesperson_of_the_fire_brigade_named_before() -> None:
    assert speaker_pages.speakers(
        "<p>Die Feuerwehr Talbach war mit dreißig Kräften im Einsatz.</p><p>„Der Brand war um vier Uhr "
        "gelöscht“, sagte ein Sprecher der Feuerwehr.</p>", lang="de") == ["Feuerwehr Talbach"]


def test_a_court_named_by_its_compound_before() -> None:
    assert speaker_pages.speakers(
        "<p>Das Amtsgericht Birkenau verhandelte den Fall am Dienstag. „Das Urteil fällt im März“, sagte ein "
        "Sprecher des Gerichts.</p>", lang="de") == ["Amtsgericht Birkenau"]


def test_die_behoerde_is_the_office_the_sentence_before_names() -> None:
    assert speaker_pages.speakers(
        "<p>Das Landesamt für Bergwacht warnte am Sonntag vor Steinschlag. „Die Hänge sind nass“, erklärte die "
        "Behörde.</p>", lang="de") == ["Landesamt für Bergwacht"]


def test_police_said_after_the_force_named_in_full() -> None:
    assert speaker_pages.speakers(
        "<p>Harwick Police arrested three men near the docks.</p><p>“All three have been released on bail,” "
        "police said.</p>") == ["Harwick Police"]


def test_dutch_police_written_small_before_its_region() -> None:
    assert speaker_pages.speakers(
        "<p>De politie Zeeoever zette de dijk af.</p><p>„Niemand is gewond geraakt”, zegt de politie.</p>",
        lang="nl") == ["politie Zeeoever"]


# where it must not fire


def test_two_forces_named_the_word_stays() -> None:
    assert speaker_pages.speakers(
        "<p>Harwick Police and Dunmore Police searched the coast together.</p><p>“Both men were found,” police "
        "said.</p>") == ["police"]


def test_a_force_named_inside_someone_elses_quote_is_not_it() -> None:
    found = speaker_pages.speakers(
        "<p>„Die Polizei Talbach kam viel zu spät“, sagte Anna Brenner.</p><p>„Es gab zwei Verletzte“, sagte "
        "ein Sprecher der Polizei.</p>", lang="de")
    assert found[0] == "Anna Brenner" and found[1] != "Polizei Talbach"


def test_die_behoerde_after_a_sentence_naming_no_body_is_nobody() -> None:
    assert speaker_pages.speakers(
        "<p>Anna Brenner wohnt seit Jahren am Hang. „Die Hänge sind nass“, erklärte die Behörde.</p>",
        lang="de") == [None]


def test_die_behoerde_after_two_bodies_is_nobody() -> None:
    assert speaker_pages.speakers(
        "<p>Das Landesamt für Bergwacht und das Landesamt für Forsten warnten. „Die Hänge sind nass“, erklärte "
        "die Behörde.</p>", lang="de") == [None]
