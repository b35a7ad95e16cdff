"""A surname that opens on particles is read whole after the verb of an incise, the particles in lower case
too where the name ends the clause ("sagt von Rabenstein.", "aseguró De los Ríos.", "ha detto Dalla
Torre."), and stands for the person the page named in full with it ("Greta von Rabenstein", "Inés de los
Ríos Calvo"); Swedish "af" and Italian "Dalla" are particles of a name too ("Karin af Holmstad"). A place
after "von" with the clause going on is no one's name ("sagte von Berlin aus")."""

from __future__ import annotations

import pytest
import speaker_pages


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("de", ("<p>Dr. Greta von Rabenstein, Leiterin der Vogelwarte am Haff, zählt seit Jahren die Kraniche.</p>"
            "<p>„Es werden jedes Jahr weniger Brutpaare am Ufer“, sagt von Rabenstein.</p>"),
     "Greta von Rabenstein"),
    ("es", ("<p>La directora del museo, Inés de los Ríos Calvo, presentó ayer la nueva sala.</p>"
            "<p>«Hemos esperado diez años para abrir esta sala al público», aseguró De los Ríos.</p>"),
     "Inés de los Ríos Calvo"),
    ("it", ("<p>Secondo il geologo Marco Dalla Torre, la frana si muove ancora di qualche centimetro.</p>"
            "<p>«Bisogna chiudere la strada prima dell’inverno», ha detto Dalla Torre.</p>"), "Marco Dalla Torre"),
    ("sv", "<p>”Vi bygger om hela hamnen under nästa år”, säger hamnchefen Karin af Holmstad.</p>",
     "Karin af Holmstad"),
])
def test_a_particled_surname_stands_for_the_full_name(lang: str, paragraphs: str, expected: str) -> None:
    assert speaker_pages.speakers(paragraphs, lang=lang)[-1] == expected


def test_a_place_after_von_is_no_surname() -> None:
    assert speaker_pages.speakers(
        "<p>„Die Züge fahren ab Montag wieder nach dem alten Fahrplan“, hieß es von Berlin aus.</p>",
        lang="de") != ["von Berlin"]



def test_italian_lo_opens_a_surname() -> None:
    paragraphs = ("<p>«Abbiamo chiuso la bottega dopo sessant’anni», racconta Ornella Lo Bianco, ultima titolare.</p>"
                  "<p>«Mio padre l’aveva aperta da solo», aggiunge.</p>")
    assert speaker_pages.speakers(paragraphs, lang="it") == ["Ornella Lo Bianco", "Ornella Lo Bianco"]
