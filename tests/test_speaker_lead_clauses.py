"""A relative clause on the person just named leads in their next words: "…, said Ann Lee, who added:
“…”", in Romanian ("care a adăugat:"), Italian ("che ha aggiunto:"), Czech ("který dodal:") and Polish
("który dodał:") as in English; and a verb of saying whose subject is dropped leads in the words of the
one named before, a phrase of how it was said before its colon ("Y añadió entre risas:", "Und fügte mit
einem Lächeln hinzu:" as "Y añadió:")."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

P = "<p>{}</p>".format


@pytest.mark.parametrize(("lang", "paragraph", "speaker"), [
    ("ro", ("„Până la Crăciun, cel târziu”, a răspuns căpitanul Mircea Dobrescu, care a adăugat: „Nu spun însă care "
            "Crăciun anume.”"), "Mircea Dobrescu"),
    ("it", ("«Entro Natale, al più tardi», ha risposto il capitano Ottavio Brambilla, che ha aggiunto: «Non dico "
            "però quale Natale.»"), "Ottavio Brambilla"),
    ("cs", "„Do Vánoc, nejpozději,“ odpověděl kapitán Vilém Doubrava, který dodal: „Neřeknu ale, kterých Vánoc.“",
     "Vilém Doubrava"),
    ("pl", ("„Do Wigilii, najpóźniej”, odpowiedział kapitan Wacław Porębski, który dodał: „Nie powiem jednak, której "
            "Wigilii.”"), "Wacław Porębski"),
])
def test_the_relative_clause_leads_in_the_same_speaker(lang: str, paragraph: str, speaker: str) -> None:
    assert speakers(P(paragraph), lang) == [speaker, speaker]



@pytest.mark.parametrize(("lang", "lead"), [
    ("es", "Y añadió entre risas:"),
    ("it", "E ha aggiunto con un sorriso:"),
    ("pt", "E acrescentou com ironia:"),
])
def test_a_manner_phrase_before_the_colon_keeps_the_dropped_subject(lang: str, lead: str) -> None:
    first = {"es": "“No pararemos hasta que vuelva el tren a la comarca.”",
             "it": "«Non ci fermeremo finché il treno non tornerà in valle.»",
             "pt": "“Não vamos parar até o comboio voltar à vila.”"}[lang]
    said = {"es": "La portavoz de la plataforma, Remedios Alcañiz, insistió:",
            "it": "La portavoce del comitato, Ottavia Brambilla, ha insistito:",
            "pt": "A porta-voz da comissão, Rosália Valadares, insistiu:"}[lang]
    name = said.split(", ")[1]
    later = {"es": "“Aunque tengamos que ir andando a la capital.”",
             "it": "«Anche se dovessimo andare a piedi fino al capoluogo.»",
             "pt": "“Nem que tenhamos de ir a pé até à capital.”"}[lang]
    assert speakers(P(f"{said} {first}") + P(f"{lead} {later}"), lang) == [name, name]
