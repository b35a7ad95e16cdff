"""A German office compound on "-chef" ("Fraktionschef", "Stationschef"), the masculine of "-chefin" which
ROLE_SUFFIXES held already, is an office before the name, no part of it: "antwortete Fraktionschef Timo
Reckenbeil:" names Timo Reckenbeil. A first name of that ending is too short to be read so."""

from __future__ import annotations

import speaker_pages


def test_an_office_on_chef_before_the_name() -> None:
    page = ("<p>Auf die Frage, ob die Partei die Koalition verlasse, antwortete Fraktionschef Gerwin Stallbaum: "
            "„Das entscheiden wir nicht in einer Talkshow.“</p>")
    assert speaker_pages.speakers(page, "de") == ["Gerwin Stallbaum"]


def test_the_feminine_as_before() -> None:
    page = "<p>„Das entscheiden wir nicht in einer Talkshow“, sagte Stationschefin Almuth Kerschensteiner.</p>"
    assert speaker_pages.speakers(page, "de") == ["Almuth Kerschensteiner"]
