"""A document the quote's own sentence says was signed or written by someone speaks in that person's or
body's words: "The letter, signed by …, says: “…”", "El informe, firmado por el inspector …, afirma que “…”",
"Nella lettera, firmata dal parroco don …, si legge: «…»", "W liście podpisanym przez prezes Annę …
czytamy: „…”" (the Polish accusative read back to the nominative). Not a place after the signers' words."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

P = "<p>{}</p>".format


@pytest.mark.parametrize(("lang", "paragraph", "speaker"), [
    ("en", ("The report, written by the harbour’s chief pilot Morwenna Tregarthen, concludes that “the channel is "
            "too shallow for the new ferries”."), "Morwenna Tregarthen"),
    ("en", "The petition, signed by the Quayside Traders’ Guild, says: “We cannot survive another closed summer.”",
     "Quayside Traders’ Guild"),
    ("es", ("La carta, firmada por la capitana del puerto Remedios Alcañiz, afirma que “el muelle no resistirá otro "
            "invierno”."), "Remedios Alcañiz"),
    ("it", ("Nel documento, firmato dal parroco don Settimio Lanzavecchia, si legge: «Il porto appartiene a tutti i "
            "pescatori»."), "Settimio Lanzavecchia"),
    ("pl", ("W petycji podpisanej przez prezes spółdzielni Jadwigę Porębską czytamy: „Nie zgadzamy się na "
            "sprzedaż przystani”."), "Jadwiga Porębska"),
    ("ro", ("În raportul semnat de inspectorul portului, Horia Vlădescu, se arată că „pescarii nu mai au unde să "
            "descarce peștele”."), "Horia Vlădescu"),
])
def test_the_signer_of_the_document_speaks(lang: str, paragraph: str, speaker: str) -> None:
    assert speakers(P(paragraph), lang) == [speaker]


def test_no_name_after_the_signers_words_is_no_signer() -> None:
    # must not fire: the signers counted in words, then the street they live on, name no one
    found = speakers(P("The petition, signed by more than two hundred residents of Quayside Row, says: “We cannot "
                       "survive another closed summer on the harbour.”"))
    assert found == [None]
