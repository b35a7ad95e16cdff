"""A nun's title (Suor, Sor, Irmã, Sœur, Schwester) before a full name is a title (speakers.TITLES): the
speaker is the name without it. (Indonesian and Malay "Pak" and "Ibu" stay out: a page calls a man "Pak Din"
by the title and one name, which is how he is known.)"""

from __future__ import annotations

import speaker_pages


def test_an_italian_nun_s_title() -> None:
    assert speaker_pages.speakers("<p>«Non chiediamo niente a nessuno, diamo quello che abbiamo», dice Suor Lucia "
                                  "Benvenuti.</p>", lang="it") == ["Lucia Benvenuti"]


def test_a_french_nun_s_title() -> None:
    assert speaker_pages.speakers("<p>« Nous avons toujours ouvert la porte à tout le monde », raconte Sœur Anne "
                                  "Vautrin.</p>", lang="fr") == ["Anne Vautrin"]


def test_a_soldier_s_rank_before_his_name() -> None:
    page = ("<p>The archive holds a bundle of letters sent home in 1917 by a signaller, Private Ned Marwick, to "
            "his brother.</p><p>“The rain has not stopped for nine days,” he wrote. “Keep the dog off my bed.”</p>")
    assert speaker_pages.speakers(page) == ["Ned Marwick", "Ned Marwick"]


def test_private_as_an_adjective_before_a_firm_is_no_rank() -> None:
    page = "<p>“We expect the yard to reopen by June,” said Private Harbour Holdings, which owns the quay.</p>"
    assert speaker_pages.speakers(page) == ["Private Harbour Holdings"]
