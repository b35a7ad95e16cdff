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
