"""An office the page gave someone as a title before their name stands for them when an incise, or a
sentence's subject, names the speaker by that office alone, whether or not a list of role words holds it:
"Detective Sergeant Ann Lee …" then "“…,” the sergeant said"; "Havnefoged Ann Lee" then "siger
havnefogeden" (the definite form); "Il sindaco di Borgo, Ann Lee" then "Il sindaco ha annunciato … «…», ha
detto." A place set before a colon lead-in is no one who speaks."""

from __future__ import annotations

import pytest
import speaker_pages


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("en", ("<p>Detective Sergeant Maren Holloway said the van had been found burnt out near the quarry.</p>"
            "<p>The quarry’s owner, Colin Tappet, said he had been away all week.</p><p>“Someone must have seen "
            "the fire from the road,” the sergeant said.</p>"), "Maren Holloway"),
    ("es", ("<p>La tesorera de Hacienda, Irene Salcedo Mora, presentó ayer las cuentas del año.</p><p>El presidente, "
            "Tomás Ferrer, no asistió a la reunión.</p><p>“Hemos cerrado el año sin deudas por primera vez”, "
            "aseguró la tesorera.</p>"), "Irene Salcedo Mora"),
    ("da", ("<p>Havnefoged Anders Kjærsgaard er træt af de mange turister på molen.</p><p>Fiskeren Bent Holm "
            "er enig.</p><p>»Vi har sat hegn op, men folk klatrer bare over,« siger havnefogeden.</p>"),
     "Anders Kjærsgaard"),
    ("fi", ("<p>Rehtori Sanna Lehtovaara kertoi tiistaina koulun uudesta liikuntasalista.</p><p>Oppilaskunnan "
            "puheenjohtaja Eetu Koskela oli paikalla.</p><p>”Sali valmistuu ennen joulua ja se on kaikkien "
            "käytössä”, rehtori totesi.</p>"), "Sanna Lehtovaara"),
])
def test_an_incise_naming_the_office_the_page_gave_as_a_title(lang: str, paragraphs: str, expected: str) -> None:
    assert speaker_pages.speakers(paragraphs, lang=lang)[-1] == expected


def test_an_office_no_one_holds_names_no_one() -> None:
    assert speaker_pages.speakers(
        "<p>The quarry has been closed since the spring floods.</p><p>“Someone must have seen the fire from the "
        "road,” the sergeant said.</p>") == [None]


def test_a_dropped_subject_after_a_sentence_opening_on_the_office() -> None:
    assert speaker_pages.speakers(
        "<p>Il sindaco di Borgo Alto, Matteo Ferrandi, ha incontrato i commercianti di piazza Grande.</p>"
        "<p>Tra loro c’era Lucia Bernasconi, che gestisce il forno. «Qui non si ferma più nessuno», ha "
        "raccontato.</p><p>Il sindaco ha annunciato nuovi parcheggi. «Li avremo prima di Natale», ha detto.</p>",
        lang="it") == ["Lucia Bernasconi", "Matteo Ferrandi"]


def test_a_quote_after_a_paragraph_reporting_the_office_with_an_adverb() -> None:
    assert speaker_pages.speakers(
        "<p>La maire de Vaucelles-sur-Orne, Hélène Marquier, a annoncé la fermeture de la piscine.</p>"
        "<p>Les familles du quartier sont inquiètes.</p><p>La maire a ensuite détaillé les travaux.</p>"
        "<p>« Le bassin fuit depuis trois ans, nous devons tout refaire. »</p>", lang="fr")[-1] == "Hélène Marquier"


def test_a_street_before_a_colon_is_no_speaker() -> None:
    assert speaker_pages.speakers(
        "<p>In the old port, Quay Street was empty: “Nobody walks down here after the last boat has left "
        "for the winter.”</p>") == [None]
