"""An incise that calls a body by its kind alone ("– przekazało biuro prasowe spółki", "”, skriver bolaget",
"», skriver kommunen", "”, acrescenta a empresa", "”, a police statement said") stands for the one body the
sentences before named with that kind's noun beside its name ("Spółka Wolnowody Miejskie", "Fiskebolaget
Norrhamn Fisk", "Ravnsted Kommune"), the noun matched in any case, definite form or compound. Never where
the incise names or brings in a person, nor where two bodies fit."""

from __future__ import annotations

import pytest
import speaker_pages


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("pl", ("<p>Spółka Wolnowody Miejskie poinformowała we wtorek o przerwie w dostawach.</p><p>„Naprawa potrwa do "
            "środy” – przekazało biuro prasowe spółki.</p>"), "Wolnowody Miejskie"),
    ("sv", ("<p>Fiskebolaget Norrhamn Fisk stänger fabriken i höst.</p><p>”Vi har inte råd att fortsätta”, skriver "
            "bolaget i ett pressmeddelande.</p>"), "Norrhamn Fisk"),
    ("da", ("<p>Ravnsted Kommune lukker biblioteket i sommer.</p><p>»Bygningen skal renoveres,« skriver kommunen på "
            "sin hjemmeside.</p>"), "Ravnsted Kommune"),
    ("pt", ("<p>Em comunicado, a empresa Luzes do Vale Alto anunciou cortes de energia.</p><p>“Os trabalhos terminam "
            "amanhã”, acrescenta a empresa.</p>"), "Luzes do Vale Alto"),
    ("cs", ("<p>Společnost Teplárny Horní Lhota oznámila odstávku tepla.</p><p>„Teplo poteče opět v pátek,“ uvedla "
            "mluvčí společnosti.</p>"), "Teplárny Horní Lhota"),
    ("fi", ("<p>Vesiyhtiö Kallion Vesi kertoo, että putki on korjattu.</p><p>”Putki on korjattu ja juomavesi on taas puhdasta”, yhtiön "
            "tiedottaja sanoo.</p>"), "Kallion Vesi"),
    ("ro", ("<p>Compania de apă Izvorul Rece a anunțat o avarie.</p><p>„Apa revine în toate cartierele până diseară”, se arată în "
            "comunicatul companiei.</p>"), "Izvorul Rece"),
    ("en", ("<p>Dunhollow Police said two cars collided on the coast road.</p><p>“Both drivers were taken to "
            "hospital,” a police statement said.</p>"), "Dunhollow Police"),
])
def test_a_body_called_by_its_kind_after_its_name(lang: str, paragraphs: str, expected: str) -> None:
    assert speaker_pages.speakers(paragraphs, lang=lang) == [expected]


def test_no_body_for_a_person_the_incise_brings_in() -> None:
    assert speaker_pages.speakers(
        "<p>Fiskebolaget Norrhamn Fisk stänger fabriken i höst.</p><p>”Vi har inte råd att fortsätta”, säger en "
        "fiskare på bolaget.</p>", lang="sv") != ["Norrhamn Fisk"]


def test_no_body_where_two_of_its_kind_are_named() -> None:
    assert speaker_pages.speakers(
        "<p>Spółka Wolnowody Miejskie i spółka Ciepło Grodzkie poinformowały o przerwie.</p><p>„Naprawa potrwa "
        "do środy” – przekazało biuro prasowe spółki.</p>", lang="pl") == [None]


def test_no_body_from_an_owner_before_a_name() -> None:
    assert speaker_pages.speakers(
        "<p>The company’s Orla Brennick spoke to staff on Monday.</p><p>“We will keep every job,” the company "
        "said in a statement.</p>") != ["Orla Brennick"]
