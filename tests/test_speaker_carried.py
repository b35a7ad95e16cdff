"""Speakers carried across sentences: the voice of a quote too short to list, given by its incise, going on
into the next quote; a transliterated surname standing for the name written in full with its middle dot.
Invented passages; each rule has passages where it must not fire."""

from __future__ import annotations

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the workshop story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))


def speakers(paragraphs: str, lang: str = "es") -> list[str | None]:
    html = (f"<!doctype html><html lang='{lang}'><head><title>Taller | Gaceta</title></head><body><article>"
            f"<h1>Taller</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


NIECE = "<p>Su sobrina, Marisa Toledano, abrió el taller en 2021. Marisa había estudiado diseño en Valencia.</p>"
SOLD = "«Pero los colores que más se venden son los que su madre odiaba.»"


def test_a_short_quote_whose_incise_drops_its_subject_hands_its_voice_on() -> None:
    assert speakers(f"{NIECE}<p>Marisa se ocupa de los tintes. «Peleamos bastante», reconoce. {SOLD}</p>") \
        == ["Marisa Toledano"]
    assert speakers("<p>La figlia, Chiara Benedetti, ha riaperto il forno nel 2020. Chiara aveva lavorato a "
                    "Torino.</p><p>Chiara prepara il lievito ogni notte. «Dormo poco», ammette. «Ma il pane del "
                    "mattino è quello che la gente ricorda.»</p>", "it") == ["Chiara Benedetti"]
    assert speakers("<p>O neto, Rui Fontoura, voltou à aldeia em 2019. Rui tinha estudado agronomia em "
                    "Coimbra.</p><p>Rui trata das vinhas velhas. «Discutimos imenso», admite. «Mas o vinho que "
                    "mais se vende é o que o avô nunca quis fazer.»</p>", "pt") == ["Rui Fontoura"]


def test_a_dropped_subject_is_the_first_name_a_sentence_opens_on_not_a_body_named_before() -> None:
    found = speakers("<p>Su sobrina, Marisa Toledano, abrió el taller en 2021.</p>"
                     "<p>Según un estudio de la Diputación de Teruel, el oficio «sigue vivo en muy pocos pueblos de "
                     "la comarca y de la provincia».</p>"
                     f"<p>Marisa se ocupa de los tintes. Le gusta probar mezclas raras. «Peleamos bastante», "
                     f"reconoce. {SOLD}</p>")
    assert found == ["Diputación de Teruel", "Marisa Toledano"]


def test_the_voice_stops_at_a_sentence_of_the_narrator_between() -> None:
    found = speakers(f"{NIECE}<p>Marisa se ocupa de los tintes. «Peleamos bastante», reconoce. El taller cierra "
                     f"a las seis y los sábados no abre. {SOLD}</p>")
    assert found == [None]


def test_an_incise_naming_someone_else_keeps_its_own_speaker() -> None:
    found = speakers("<p>Su sobrina, Marisa Toledano, abrió el taller en 2021. Su vecina, Rosa Quintanar, vende "
                     f"lana.</p><p>Marisa se ocupa de los tintes. «Peleamos bastante», reconoce Rosa Quintanar. "
                     f"{SOLD}</p>")
    assert found == ["Rosa Quintanar", "Rosa Quintanar"]


def test_a_short_term_with_no_incise_hands_on_no_voice() -> None:
    found = speakers(f"{NIECE}<p>Marisa se ocupa de los tintes, que su tía llama «de ciudad». {SOLD}</p>")
    assert found == [None]


def test_a_first_name_two_share_gives_the_dropped_subject_to_no_one() -> None:
    found = speakers("<p>Las hermanas Marisa Toledano y Marisa Quintanar abrieron el taller.</p>"
                     "<p>Según un estudio de la Diputación de Teruel, el oficio «sigue vivo en muy pocos pueblos de "
                     "la comarca y de la provincia».</p>"
                     f"<p>Marisa se ocupa de los tintes. Le gusta probar mezclas raras. «Peleamos bastante», "
                     f"reconoce. {SOLD}</p>")
    assert found == ["Diputación de Teruel", None]
