"""A pronoun or a dropped subject after an unnamed spokesperson who opens the sentence before ("Un porte-parole
des Bacs du Lac a confirmé … « … », a-t-il précisé", "Un portavoce di Funivie Alte ha spiegato … «…», ha
aggiunto") stands for the body spoken for, not for a place the sentence names last. A spokesperson named
after the body ("A spokesperson for Harbour Lines, Ann Lee, said") is the person."""

from __future__ import annotations

import pytest
import speaker_pages


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("fr", ("<p>Un porte-parole des Bacs du Lac Vert a confirmé la fin du service entre Ormel et Saint-Brieux.</p>"
            "<p>« Les bateaux reprendront la traversée au printemps prochain », a-t-il précisé.</p>"),
     "Bacs du Lac Vert"),
    ("it", ("<p>Un portavoce di Funivie Alte Valli ha spiegato che il guasto riguarda la tratta tra Corvo e Pian "
            "Rosso.</p><p>«I tecnici lavorano da stamattina sulla linea», ha aggiunto.</p>"), "Funivie Alte Valli"),
])
def test_the_body_an_unnamed_spokesperson_speaks_for(lang: str, paragraphs: str, expected: str) -> None:
    assert speaker_pages.speakers(paragraphs, lang=lang) == [expected]


def test_a_spokesperson_named_after_the_body_is_the_person() -> None:
    assert speaker_pages.speakers(
        "<p>A spokesperson for Harbour Lines, Orla Brennick, said the ferries would run again.</p><p>“We expect "
        "the first crossing on Friday morning,” she added.</p>") == ["Orla Brennick"]


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("de", "<p>„Der Wagen fuhr ohne Licht in die Kurve“, teilte ein Sprecher der Polizeidirektion Sandau mit.</p>",
     "Polizeidirektion Sandau"),
    ("de", "<p>„Die Betriebe brauchen dringend Nachwuchs“, sagte eine Sprecherin der Handwerkskammer Lindental.</p>",
     "Handwerkskammer Lindental"),
])
def test_a_german_body_named_by_its_compound_head(lang: str, paragraph: str, expected: str) -> None:
    assert speaker_pages.speakers(paragraph, lang=lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("nb", "<p>«Veien er stengt i begge retninger», opplyser operasjonslederen i Sørdal politidistrikt.</p>",
     "Sørdal politidistrikt"),
    ("sv", "<p>”Vi öppnar den nya avdelningen i maj”, säger pressansvarige vid Norrvik universitet.</p>",
     "Norrvik universitet"),
])
def test_a_nordic_body_closed_by_its_lower_case_noun(lang: str, paragraph: str, expected: str) -> None:
    assert speaker_pages.speakers(paragraph, lang=lang) == [expected]
