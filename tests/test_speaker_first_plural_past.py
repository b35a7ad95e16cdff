"""A paragraph quoted alone after the one naming a person speaks as "we" by its verb's ending in the past
of Spanish, Portuguese and Italian ("subíamos", "estávamos", "andavamo"), saying no pronoun: the person
named's words (sections._own_voice, FIRST_PLURAL_PAST_ENDINGS). Every name and text here is invented."""

from __future__ import annotations

import pytest
from speaker_pages import speakers


@pytest.mark.parametrize(("paragraphs", "lang", "expected"), [
    (("<p>Eulalio Braña, de 87 años, fue barquero en el río Tormellas.</p>"
      "<p>«Cruzábamos la corriente diez veces al día con la barca llena de sacos.»</p>"), "es", "Eulalio Braña"),
    (("<p>Geraldina Moscatelli, 84 anni, ha lavorato in filanda per trent’anni.</p>"
      "<p>«Entravamo alle sei e uscivamo col buio, d’inverno e d’estate.»</p>"), "it", "Geraldina Moscatelli"),
])
def test_a_we_in_the_verbs_ending_gives_the_paragraph_to_the_person_named(
        paragraphs: str, lang: str, expected: str) -> None:
    assert speakers(paragraphs, lang) == [expected]


def test_a_word_of_that_ending_in_a_sign_does_not_make_it_speech() -> None:
    paragraphs = "<p>Eulalio Braña, de 87 años, fue barquero en el río Tormellas.</p><p>«Prohibido el paso»</p>"
    assert speakers(paragraphs, "es") in ([], [None])
