"""The Nordic release verbs (uppger, meddelar, oplyser, opplyser, meddeler) give the body a statement comes from,
and a Nordic spokesperson in the definite form ("pressechefen for", "talespersonen för", "pressesjefen i") speaks
for the body named after it, as "a spokesperson for the Harbour Board" does. A person named as the source wins
over their body; the bare word is an office before its holder's name, not an unnamed spokesperson."""

from __future__ import annotations

import pytest
import speaker_pages


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("da", "<p>»Vi har skærpet kontrollen med alle byggepladser«, oplyser pressechefen for Vestlund Kommune.</p>",
     "Vestlund Kommune"),
    ("sv", "<p>”Leveranserna till butikerna påverkas inte”, uppger talespersonen för Norrvik Trä AB.</p>",
     "Norrvik Trä AB"),
    ("nb", "<p>«Vi har ingen planer om å stenge ruten», opplyser pressesjefen i Fjordbuss AS.</p>", "Fjordbuss AS"),
    ("sv", "<p>”Leveranserna till butikerna påverkas inte”, uppger Ekbacka Snickeri AB i ett pressmeddelande.</p>",
     "Ekbacka Snickeri AB"),
    ("da", "<p>»Vi har skærpet kontrollen med alle pladser«, oplyser Solmark Kommune i en pressemeddelelse.</p>",
     "Solmark Kommune"),
])
def test_a_release_verb_and_an_unnamed_spokesperson_give_the_body(lang: str, paragraph: str, expected: str) -> None:
    assert speaker_pages.speakers(paragraph, lang=lang) == [expected]


# where it must not fire


def test_the_bare_office_before_a_name_gives_no_body() -> None:
    said = speaker_pages.speakers("<p>»Vi har skærpet kontrollen med alle byggepladser«, oplyser pressechef for "
                                  "Vestlund Kommune Mette Holm.</p>", lang="da")
    assert not {"Vestlund Kommune", "Vestlund Kommune Mette Holm"} & set(said)


def test_the_press_chief_named_wins_over_the_firm() -> None:
    assert speaker_pages.speakers("<p>«Vi har ingen planer om å stenge ruten», opplyser pressesjef Kari Nilsen i "
                                  "Fjordbuss AS.</p>", lang="nb") == ["Kari Nilsen"]


def test_the_press_chief_set_off_by_commas_wins_over_the_body() -> None:
    assert speaker_pages.speakers("<p>Pressechefen for Vestlund Kommune, Mette Holm, siger: »Vi har skærpet "
                                  "kontrollen med alle byggepladser.«</p>", lang="da") == ["Mette Holm"]
