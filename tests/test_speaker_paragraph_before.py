"""Speakers a reader takes from the paragraph before a paragraph that is a quotation alone: the subject
its last sentence ends on, whose voice a run of such paragraphs goes on in; the one person a portrait
paragraph right before opens on, however its words read; and no one where those words speak of that
person as "he" or "she" (the one arrested, not the one speaking)."""

from __future__ import annotations

from speaker_pages import speakers

# a run of quotation paragraphs after the sentence whose subject speaks


def test_a_run_of_quote_paragraphs_goes_on_in_the_voice_of_the_subject_before() -> None:
    found = speakers("<p>Agnes Porthleven, 58, closed her bakery on Quay Lane in June. She had baked there "
                     "since 1990.</p>"
                     "<p>“Most mornings nobody came in before ten. The flour bill never stopped coming.”</p>"
                     "<p>“I am not sorry. I am tired.”</p>")
    assert found == ["Agnes Porthleven", "Agnes Porthleven"]


def test_a_dutch_run_of_quote_paragraphs_goes_on_in_the_same_voice() -> None:
    found = speakers("<p>Femke Hoogland sloot in juni haar bakkerij aan de Kade. Ze bakte er sinds 1990.</p>"
                     "<p>‘De meeste ochtenden kwam er voor tien uur niemand binnen. De rekening voor het meel "
                     "bleef wel komen.’</p>"
                     "<p>‘Ik heb geen spijt. Ik ben moe.’</p>", "nl")
    assert found == ["Femke Hoogland", "Femke Hoogland"]


# a portrait paragraph right before the quotation


def test_a_quote_paragraph_right_after_a_portrait_is_its_subject_s_words() -> None:
    found = speakers("<p>Dr. Ilse Marrow spent nine years mapping the reefs off the north cape before she "
                     "joined the survey office.</p>"
                     "<p>“You learn to read the water before you learn to read the charts.”</p>")
    assert found == ["Ilse Marrow"]


def test_a_german_quote_paragraph_right_after_a_portrait_is_its_subject_s_words() -> None:
    found = speakers("<p>Henrike Obermaier führt seit 1994 die Fähre über den Altrhein bei Kellerau.</p>"
                     "<p>„Der Fluss hat seinen eigenen Kopf. Man lernt ihn nie ganz kennen.“</p>", "de")
    assert found == ["Henrike Obermaier"]


# where it must not fire: the words speak of the one named as "he" or "she"


def test_words_about_the_one_arrested_as_he_are_no_one_s_named() -> None:
    found = speakers("<p>Police arrested Tobin Gale, 41, at a farm near Ashcombe on Friday.</p>"
                     "<p>“He always kept to himself. He waved at the children and nothing more.”</p>")
    assert found == [None]


def test_french_words_about_the_one_arrested_as_elle_are_no_one_s_named() -> None:
    found = speakers("<p>Les gendarmes ont interpellé Odile Marchal mardi à Rochefort.</p>"
                     "<p>« Elle ne parlait à personne. Elle saluait les voisins et repartait. »</p>", "fr")
    assert found == [None]


def test_spanish_words_about_the_one_arrested_as_el_are_no_one_s_named() -> None:
    found = speakers("<p>La policía detuvo el lunes a Ramiro Estévez en su casa de Almenara.</p>"
                     "<p>«Él nunca hablaba con nadie. Saludaba a los vecinos y se marchaba.»</p>", "es")
    assert found == [None]
