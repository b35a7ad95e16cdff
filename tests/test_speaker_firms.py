"""Bodies and firms named whole as speakers: a council whose name ends on an office's word ("… District
Council said"), a firm whose name ends on its legal form ("… Ltd", "… GmbH", "… SA", "… AB"), the one firm
such a form names standing for a later "the company" / "das Unternehmen", and the verbs a release is given
with in Swedish, Danish and Norwegian. Every name and place here is invented."""

from __future__ import annotations

import pytest
from speaker_pages import speakers

CLOSED = "The ferry ramp stays shut until the engineers have checked every hinge"


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("en", f"<p>“{CLOSED},” Morrowfield District Council said in a statement on Tuesday.</p>",
     "Morrowfield District Council"),
    ("en", f"<p>“{CLOSED},” said Morrowfield Council.</p>", "Morrowfield Council"),
    ("en", f"<p>Morrowfield Borough Council said: “{CLOSED}.”</p>", "Morrowfield Borough Council"),
])
def test_a_council_named_whole(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    # an office's word after the council's name: the person holding it speaks, not the council
    ("en", f"<p>“{CLOSED},” Morrowfield Council Member Ines Tarrow said.</p>", "Ines Tarrow"),
    ("en", f"<p>Morrowfield Council leader Ines Tarrow said: “{CLOSED}.”</p>", "Ines Tarrow"),
    ("en", f"<p>“{CLOSED},” said Ines Tarrow, who sits on the Council.</p>", "Ines Tarrow"),
])
def test_an_office_after_a_council_is_its_holder(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("es", ("<p>Navieras Quintanal SA aseguró en un comunicado: «El servicio se restablecerá el lunes a "
           "primera hora».</p>"), "Navieras Quintanal SA"),
    ("sv", "<p>”Leveranserna till butikerna påverkas inte”, säger Ekbacka Snickeri AB på måndagen.</p>",
     "Ekbacka Snickeri AB"),
    ("en", f"<p>“{CLOSED},” said Quarrendon Hinges Ltd.</p>", "Quarrendon Hinges Ltd"),
])
def test_a_firm_named_with_its_legal_form(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("en", ("<p>Quarrendon Hinges Ltd has recalled two batches of its gate hinges.</p>"
           "<p>“We are reviewing the matter with our suppliers and apologise to customers,” the company said.</p>"),
     "Quarrendon Hinges Ltd"),
    ("de", ("<p>Die Ahlbeck Feinguss GmbH weist die Vorwürfe zurück.</p>"
           "<p>„Wir haben sämtliche Auflagen erfüllt“, erklärte das Unternehmen am Dienstag auf Anfrage.</p>"),
     "Ahlbeck Feinguss GmbH"),
])
def test_the_company_is_the_one_firm_a_legal_form_names(lang: str, paragraphs: str, expected: str) -> None:
    assert speakers(paragraphs, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraphs"), [
    # two firms with a legal form: "the company" could be either
    ("en", ("<p>Quarrendon Hinges Ltd and Pellow Castings Ltd were both named in the report.</p>"
           "<p>“We are reviewing the matter with our suppliers and apologise to customers,” the company said.</p>")),
    # no legal form: a firm's plain name says nothing of being one
    ("en", ("<p>Quarrendon Hinges has recalled two batches of its gate hinges.</p>"
           "<p>“We are reviewing the matter with our suppliers and apologise to customers,” the company said.</p>")),
    # a legal form inside someone's quote is no firm the sentence turns to
    ("de", ("<p>„Die Ahlbeck Feinguss GmbH hat uns nie geantwortet“, sagt Jonas Wendtland.</p>"
           "<p>„Wir haben sämtliche Auflagen erfüllt“, erklärte das Unternehmen am Dienstag auf Anfrage.</p>")),
])
def test_no_firm_for_the_company_where_none_or_two_are_named(lang: str, paragraphs: str) -> None:
    assert speakers(paragraphs, lang)[-1] is None


def test_a_release_verb_with_a_pronoun_gives_no_firm() -> None:
    paragraphs = ("<p>Ekbacka Snickeri AB stänger fabriken.</p>"
                  "<p>”Leveranserna till butikerna påverkas inte”, meddelar hon.</p>")
    assert speakers(paragraphs, "sv")[-1] != "Ekbacka Snickeri AB"


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("de", ("<p>Aus dem Verkehrsministerium hieß es am Montag: „Eine Entscheidung über die Förderung ist noch "
           "nicht gefallen.“</p>"), "Verkehrsministerium"),
    ("de", "<p>„Die Sanierung beginnt im Mai und dauert ein Jahr“, hieß es aus dem Landratsamt Ostmoor.</p>",
     "Landratsamt Ostmoor"),
    ("it", "<p>«La strada resterà chiusa fino a nuovo avviso», fanno sapere dalla Provincia di Lorvena.</p>",
     "Provincia di Lorvena"),
    ("it", "<p>Dalla Provincia fanno sapere che il ponte «era inserito nel piano dei lavori dell’anno prossimo».</p>",
     "Provincia"),
    ("es", "<p>Desde el Ayuntamiento de Olvera señalaron que «la obra terminará en mayo, sin retrasos».</p>",
     "Ayuntamiento de Olvera"),
    ("ru", "<p>«Ремонт моста завершится к концу сентября», — сообщили в администрации Ольховки.</p>",
     "администрации Ольховки"),
    ("ru", "<p>В министерстве культуры сообщили: «Ремонт моста завершится к концу сентября».</p>",
     "министерстве культуры"),
])
def test_a_saying_with_no_subject_from_a_body(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraph", "wrong"), [
    # "from" names a town, not a body
    ("de", "<p>In Ostmoor hieß es am Montag: „Eine Entscheidung über die Förderung ist noch nicht gefallen.“</p>",
     "Ostmoor"),
    ("ru", "<p>«Ремонт моста завершится к концу сентября», — сообщили в Ольховке.</p>", "Ольховке"),
    # the plural verb has its own subject, and no "from" before the body
    ("es", ("<p>Los vecinos del Ayuntamiento viejo señalaron ayer en la asamblea que «la obra terminará en mayo, "
            "sin retrasos y sin cortes de agua para nadie»</p>"), "Ayuntamiento"),
    # the saying and the body stand in a sentence before the one that leads to the quote
    ("it", ("<p>Dalla Provincia fanno sapere poco. Il geometra Ugo Sarti ha detto: «Il ponte era nel piano dei "
            "lavori dell’anno prossimo».</p>"), "Provincia"),
])
def test_no_body_for_a_saying_from_a_place_or_another_sentence(lang: str, paragraph: str, wrong: str) -> None:
    found = speakers(paragraph, lang)
    assert found and wrong not in found


SEATBELT = "The driver was not wearing a seatbelt and died at the scene"


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("pl", "<p>„Kierowca był trzeźwy, ale jechał zdecydowanie za szybko” – poinformowała policja.</p>", "policja"),
    ("nl", "<p>„Er is op geen enkel moment gevaar geweest voor de buurt”, meldt de politie.</p>", "politie"),
    ("en", f"<p>“{SEATBELT},” said police.</p>", "police"),
    ("en", f"<p>“{SEATBELT},” the police said on Monday.</p>", "police"),
])
def test_a_service_named_by_its_common_noun(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraph", "wrong"), [
    # the noun describes a person, or the one told, or goes on into a person's office and name
    ("en", f"<p>“{SEATBELT},” the police officer said.</p>", "police"),
    ("en", f"<p>Ines Tarrow saw the crash. “{SEATBELT},” she told police.</p>", "police"),
    ("en", f"<p>“{SEATBELT},” said police spokeswoman Ines Tarrow.</p>", "police"),
    ("pl", "<p>„Kierowca był trzeźwy, ale jechał za szybko” – powiedział policjant Marek Zawilski.</p>", "policja"),
])
def test_no_service_for_its_officer_or_the_one_told(lang: str, paragraph: str, wrong: str) -> None:
    assert wrong not in speakers(paragraph, lang)


NAPPES = "« Les nappes sont au plus bas depuis 1976 »"


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("fr", (f"<p>L’Agence régionale de l’eau de Morlande a publié ses relevés mardi.</p><p>{NAPPES}, précise "
           "l’agence.</p>"), "Agence régionale de l’eau de Morlande"),
    ("es", ("<p>La Confederación Hidrográfica del Tarvel publicó sus datos el martes.</p><p>«Los embalses están al "
           "nivel más bajo desde 1976», explicó la confederación.</p>"), "Confederación Hidrográfica del Tarvel"),
])
def test_an_incise_names_a_body_by_its_head_word(lang: str, paragraphs: str, expected: str) -> None:
    assert speakers(paragraphs, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraphs", "wrong"), [
    # two bodies open on the word: either may speak
    ("fr", (f"<p>L’Agence régionale de Morlande et l’Agence nationale de Sorel ont publié leurs relevés.</p>"
           f"<p>{NAPPES}, précise l’agence.</p>"), "Agence régionale de Morlande"),
    # an office's word: the person holding it, not "Sheriff Tom Reyes" as a body
    ("en", ("<p>Sheriff Tom Reyes arrived at noon.</p><p>“Nobody was hurt in the fire at the old mill,” said the "
           "sheriff.</p>"), "Sheriff Tom Reyes"),
    # the body opens on the word only inside someone's quotation
    ("fr", (f"<p>« L’Agence régionale de Morlande ne répond plus », dit Yvon Karec.</p><p>{NAPPES}, précise "
           "l’agence.</p>"), "Agence régionale de Morlande"),
])
def test_no_body_for_a_head_word_two_share_an_office_or_a_quote_names(lang: str, paragraphs: str, wrong: str) -> None:
    assert wrong not in speakers(paragraphs, lang)


GEEN_GEVAAR = "„Er is op geen enkel moment gevaar geweest voor de buurt”"


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("nl", f"<p>{GEEN_GEVAAR}, meldt de Veiligheidsregio Zuiderwaard.</p>", "Veiligheidsregio Zuiderwaard"),
    ("nl", f"<p>{GEEN_GEVAAR}, laat de Arbeidsinspectie weten.</p>", "Arbeidsinspectie"),
    ("nl", f"<p>{GEEN_GEVAAR}, zegt het Hoogheemraadschap van Delfzand.</p>", "Hoogheemraadschap van Delfzand"),
])
def test_a_dutch_compound_names_a_body(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraph", "wrong"), [
    # "de" before a person's name is "of": someone of theirs speaks, not the one named
    ("es", "<p>«El incendio está estabilizado desde la noche», dijo el abogado de Ortega.</p>", "Ortega"),
    ("nl", f"<p>{GEEN_GEVAAR}, zegt een vriend van Joost Ravelink.</p>", "Joost Ravelink"),
    ("fr", "<p>« Le feu est fixé depuis la nuit », affirme l’avocat de Maëlle Rouvier.</p>", "Maëlle Rouvier"),
])
def test_a_person_after_of_is_no_speaker(lang: str, paragraph: str, wrong: str) -> None:
    assert wrong not in speakers(paragraph, lang)
