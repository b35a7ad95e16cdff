"""A colon clause whose sentence opens on three capitalised words, then its verb of saying, is read as the
colon reader reads it: the first capital is the sentence's or a noun's (an office, a trade: "Rektor",
"Revierförster") as often as a first name's, and the speaker is the last two ("Rektor Terje Lie sier det
slik:" / «…»: Terje Lie). Not a firm's name with its legal form, nor a run inside the sentence."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

P = "<p>{}</p>".format


@pytest.mark.parametrize(("lang", "lead", "words", "speaker"), [
    ("nb", "Havnesjef Ingrid Solbakkmo sier det slik:", "«Kaia må bygges ut før neste sommer kommer.»",
     "Ingrid Solbakkmo"),
    ("de", "Schleusenwärter Ulrich Brennecke sagt dazu:", "„Der Kanal braucht jetzt vor allem eine neue Schleuse.“",
     "Ulrich Brennecke"),
])
def test_an_opening_run_of_three_is_an_office_and_a_name(lang: str, lead: str, words: str, speaker: str) -> None:
    assert speakers(P(lead) + P(words), lang) == [speaker]


def test_a_firm_with_its_legal_form_stays_whole() -> None:
    # must not fire: the run ends on a legal form, a firm's whole name
    found = speakers(P("Transportes Fuentealba SA explica en un comunicado:")
                     + P("«El servicio se retomará el lunes a primera hora.»"), "es")
    assert found == ["Transportes Fuentealba SA"]
