"""Speech set off by a dialogue dash whose incise names the speaker by an office alone ("– … – powiedział
burmistrz.", "—… —explicó la alcaldesa—.") is the one the page named with that office before, a place's
name after the office left out; the words after the incise's closing dash go on in that voice
(sections._dash_quotes with role_holder)."""

from __future__ import annotations

from speaker_pages import quotes, speakers


def test_a_polish_dash_incise_with_an_office_is_the_office_holder() -> None:
    found = quotes("<p>Burmistrz Dolnej Woli Tadeusz Kamiński-Lis zapowiedział remont szkoły.</p>"
                   "<p>– Na ten remont czekaliśmy dziesięć lat – powiedział burmistrz. – Teraz już nikt go nie "
                   "zatrzyma.</p>", "pl")
    assert [speaker for _text, speaker in found] == ["Tadeusz Kamiński-Lis", "Tadeusz Kamiński-Lis"]


def test_a_spanish_dash_incise_with_an_office_is_the_office_holder() -> None:
    found = speakers("<p>La alcaldesa, Remedios Olaizola, anunció la reforma del puente viejo.</p>"
                     "<p>—Llevamos diez años esperando este dinero —explicó la alcaldesa—.</p>", "es")
    assert found == ["Remedios Olaizola"]


def test_an_office_no_one_was_named_with_lists_no_dash_speech() -> None:
    found = speakers("<p>Miasteczko czeka na remont szkoły od wielu lat.</p>"
                     "<p>– Na ten remont czekaliśmy dziesięć lat – powiedział burmistrz.</p>", "pl")
    assert found == []
