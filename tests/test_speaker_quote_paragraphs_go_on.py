"""Two paragraphs that are each a quotation alone after a paragraph reporting one person's words in its own
("Ann Lee says the year was hard." / "“…”" / "“…”"): the first is hers (reported_speaker) and so is the
second, her voice going on as after "…,” said Ann Lee." A quotation with an incise naming someone else, or
a paragraph between, breaks it."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_english_second_quote_paragraph_goes_on() -> None:
    page = (P("Hester Quarrington has run the ferry kiosk on the north quay for nineteen years. She says the "
              "last twelve months have been the hardest.")
            + P("“People come asking for tickets we simply cannot sell. I have to send them away.”")
            + P("“Last week a family drove forty miles because they had heard we were open. We were not.”"))
    assert speaker_pages.speakers(page) == ["Hester Quarrington", "Hester Quarrington"]


def test_spanish_second_quote_paragraph_goes_on() -> None:
    page = (P("Remedios Olaizola regenta el quiosco del muelle desde hace diecinueve años. Olaizola dice que este año "
              "ha sido el más duro.")
            + P("«La gente viene a pedir billetes que no podemos vender. Tengo que despedirlos.»")
            + P("«La semana pasada una familia condujo cuarenta kilómetros para nada. Estaba cerrado.»"))
    assert speaker_pages.speakers(page, "es") == ["Remedios Olaizola", "Remedios Olaizola"]


def test_german_second_quote_paragraph_goes_on() -> None:
    page = (P("Henrike Obermaier betreibt seit neunzehn Jahren den Kiosk am Nordkai. Sie sagt, das letzte Jahr "
              "sei das schwerste gewesen.")
            + P("„Die Leute fragen nach Fahrkarten, die wir nicht verkaufen können. Ich muss sie wegschicken.“")
            + P("„Letzte Woche ist eine Familie vierzig Kilometer umsonst gefahren. Wir hatten zu.“"))
    assert speaker_pages.speakers(page, "de") == ["Henrike Obermaier", "Henrike Obermaier"]


def test_an_incise_naming_another_or_a_paragraph_between_breaks_it() -> None:
    page = (P("Hester Quarrington has run the ferry kiosk on the north quay for nineteen years. She says the "
              "last twelve months have been the hardest.")
            + P("“People come asking for tickets we simply cannot sell. I have to send them away.”")
            + P("The ferry company blamed a shortage of crew and a broken ramp on the south side.")
            + P("“Last week a family drove forty miles because they had heard we were open. We were not.”"))
    assert speaker_pages.speakers(page)[-1] is None
