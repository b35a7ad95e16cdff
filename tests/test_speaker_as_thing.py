"""A clause "as the notice says" in the Romance languages, whose subject follows the verb: a thing
named by an article and a noun says the words, not the person the page named before. Every name and
text here is invented."""

from __future__ import annotations

import pytest
from speaker_pages import speakers


@pytest.mark.parametrize(("paragraphs", "lang"), [
    (("<p>Margot Ferrand a changé la pompe en mai.</p>"
      "<p>Le tuyau fuit encore. Comme dit la notice, « ne jamais serrer le raccord à la main », et c’est vrai.</p>"),
     "fr"),
    (("<p>Ramiro Escudé cambió la bomba en mayo.</p>"
      "<p>La junta pierde agua. Como dice el manual, «nunca apretar la tuerca a mano», y es verdad.</p>"), "es"),
])
def test_as_a_thing_says_gives_the_quote_to_no_person(paragraphs: str, lang: str) -> None:
    assert speakers(paragraphs, lang) in ([], [None])


def test_as_a_person_says_after_the_verb_still_names_them() -> None:
    paragraphs = ("<p>Le tuyau fuit encore. Comme dit Margot Ferrand, « ne jamais serrer le raccord à la main », "
                  "et c’est vrai.</p>")
    assert speakers(paragraphs, "fr") == ["Margot Ferrand"]
