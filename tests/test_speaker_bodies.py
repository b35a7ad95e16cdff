"""Quotations from institutions named by an acronym, by a name under an elided article, by a name
written in lower case after "according to", by a German compound joined to its field ("Bundesamt für
…"), and from a statement a later clause reads out of, owned by the one institution the sentence
before names reporting. Every name and acronym here is invented."""

from __future__ import annotations

import pytest
from speaker_pages import speakers


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    ("en", "<p>According to the HSQ, “masks cut the spread of the virus in crowded harbour sheds”.</p>", "HSQ"),
    ("en", "<p>“Masks cut the spread of the virus in crowded harbour sheds,” according to the HSQ.</p>", "HSQ"),
    ("fr", "<p>« Les effets varient fortement selon le type de commerce du quartier », résume la CCRV.</p>",
     "CCRV"),
    ("it", "<p>Secondo l’Arvenet, «la produzione di pesce nella laguna è calata del dieci per cento».</p>",
     "Arvenet"),
    ("it", "<p>«La produzione di pesce nella laguna è calata del dieci per cento», ha dichiarato l’Arvenet.</p>",
     "Arvenet"),
    ("fr", "<p>Selon le ministère de la Mer, « la pêche côtière reste le premier employeur du port ».</p>",
     "Ministère de la Mer"),
])
def test_a_body_named_by_its_acronym_or_after_an_article(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


@pytest.mark.parametrize(("lang", "paragraph", "wrong"), [
    # an office's acronym is a role, not a body; a longer name under the elided article is read whole or not at all
    ("fr", "<p>« Les effets varient fortement selon le type de commerce du quartier », résume le PDG.</p>", "PDG"),
    ("it", ("<p>«La produzione di pesce nella laguna è calata del dieci per cento», ha dichiarato l’Istituto "
            "lagunare di ricerca.</p>"), "Istituto"),
])
def test_no_body_from_a_role_or_a_cut_name(lang: str, paragraph: str, wrong: str) -> None:
    assert speakers(paragraph, lang) != [wrong]


@pytest.mark.parametrize("paragraph", [
    "<p>„Die Lage an der Mole bleibt angespannt“, teilte das Bundesamt für Küstenschutz am Montag mit.</p>",
    "<p>Das Bundesamt für Küstenschutz teilte mit: „Die Lage an der Mole bleibt angespannt.“</p>",
    "<p>„Die Lage an der Mole bleibt angespannt“, sagte ein Sprecher des Bundesamts für Küstenschutz.</p>",
])
def test_a_german_compound_joined_to_its_field(paragraph: str) -> None:
    assert speakers(paragraph, "de") == ["Bundesamt für Küstenschutz"]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("de", ("<p>Der Ausbau liegt auf Eis. Wie die Stadtwerke Ostermoor am Montag mitteilten, hat sich ein Investor "
            "zurückgezogen.</p><p>„Wir bedauern diese Entwicklung sehr“, heißt es in einer Mitteilung des "
            "Unternehmens. Gespräche laufen.</p>"), "Stadtwerke Ostermoor"),
    ("ru", ("<p>Министерство культуры Северной области сообщило, что дом признан памятником.</p>"
            "<p>«Реставрация выполнена по всем правилам», — говорится в сообщении ведомства.</p>"),
     "Министерство культуры Северной области"),
    ("ru", ("<p>Работы стоили сорок миллионов рублей. Министерство культуры Северной области сообщило, что дом "
            "признан памятником.</p><p>«Реставрация выполнена по всем правилам», — говорится в сообщении "
            "ведомства.</p>"), "Министерство культуры Северной области"),
    ("ru", ("<p>Министерство культуры в понедельник подтвердило, что дом признан памятником.</p>"
            "<p>«Реставрация выполнена по всем правилам», — говорится в сообщении ведомства.</p>"),
     "Министерство культуры"),
])
def test_a_statement_of_the_body_named_reporting_before(lang: str, paragraphs: str, expected: str) -> None:
    assert speakers(paragraphs, lang) == [expected]


@pytest.mark.parametrize("paragraphs", [
    # two bodies report together, or a person does: the company's statement is no one's the page names
    ("<p>Die Stadtwerke Ostermoor und die Nordnetz AG teilten am Montag mit, dass ein Investor abgesprungen sei.</p>"
     "<p>„Wir bedauern diese Entwicklung sehr“, heißt es in einer Mitteilung des Unternehmens.</p>"),
    ("<p>Anna Keller sagte am Montag, dass ein Investor abgesprungen sei.</p>"
     "<p>„Wir bedauern diese Entwicklung sehr“, heißt es in einer Mitteilung des Unternehmens.</p>"),
])
def test_no_owner_for_a_statement_of_two_or_of_a_person(paragraphs: str) -> None:
    assert speakers(paragraphs, "de") == [None]


def test_an_italian_body_named_by_its_capitalised_word() -> None:
    paragraph = "<p>La Regione, interpellata, fa sapere che «segue con attenzione la vicenda del pronto soccorso».</p>"
    assert speakers(paragraph, "it") == ["Regione"]


def test_an_italian_body_named_in_full_before() -> None:
    paragraphs = ("<p>La Regione Valmarina ha stanziato nuovi fondi per gli ospedali di montagna.</p>"
                  "<p>La Regione, interpellata, fa sapere che «segue con attenzione la vicenda del pronto soccorso».</p>")
    assert speakers(paragraphs, "it") == ["Regione Valmarina"]


def test_an_english_institution_word_alone_names_nobody() -> None:
    paragraph = "<p>The Institute, asked about the closure, said it “is following the matter closely”.</p>"
    assert speakers(paragraph, "en") != ["Institute"]


@pytest.mark.parametrize(("lang", "paragraph", "expected"), [
    # an acronym before the verb is the subject, not a phrase fronted before it ("on" is no pronoun here)
    ("en", "<p>The HSQ said on Friday: “The outbreak is now under control in every harbour district.”</p>", "HSQ"),
    # where and how the body said it, after its name
    ("fr", "<p>« Le chômage a reculé de deux points dans la vallée », a indiqué l’Ostat dans un communiqué.</p>",
     "Ostat"),
    ("it", "<p>«Le pensioni saranno pagate il primo del mese», ha spiegato l’Arvenet in una nota.</p>", "Arvenet"),
    # a French institution in lower case after the verb, named whole with its place
    ("fr", "<p>« La route du port restera fermée jusqu’à lundi », précise la préfecture de la Marelle.</p>",
     "Préfecture de la Marelle"),
    # a Polish verb in the neuter, an institution's
    ("pl", "<p>„Szczepionka jest bezpieczna dla dzieci w każdym wieku”, poinformowało Ministerstwo Portów.</p>",
     "Ministerstwo Portów"),
])
def test_a_body_as_the_subject_or_after_the_verb(lang: str, paragraph: str, expected: str) -> None:
    assert speakers(paragraph, lang) == [expected]


def test_a_german_owner_out_of_the_genitive() -> None:
    paragraph = ("<p>„Die Lage an der Küste bleibt angespannt und die Deiche werden verstärkt“, heißt es in einer "
                 "Mitteilung des Bundesamts für Küstenschutz.</p>")
    assert speakers(paragraph, "de") == ["Bundesamt für Küstenschutz"]


def test_it_after_a_quote_is_the_body_named_publishing_before() -> None:
    paragraphs = ("<p>The Harbour Board published its figures on Monday.</p>"
                  "<p>“Traffic at the old quay has doubled in two years,” it said.</p>")
    assert speakers(paragraphs, "en") == ["Harbour Board"]


@pytest.mark.parametrize("paragraphs", [
    # the body is where a person works, or no body reports: "it" stands for no one the page names
    ("<p>Ann Lee of the Harbour Board published the figures on Monday.</p>"
     "<p>“Traffic at the old quay has doubled in two years,” it said.</p>"),
    ("<p>The ferry left the quay late on Monday.</p>"
     "<p>“Traffic at the old quay has doubled in two years,” it said.</p>"),
])
def test_it_after_a_quote_with_no_body_reporting(paragraphs: str) -> None:
    assert speakers(paragraphs, "en") in ([None], [])


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("<p>“The levee held, but only just,” the U.S. Department of Harbours said in a statement.</p>",
     "U.S. Department of Harbours"),
    ("<p>“The levee held, but only just,” the Army Corps of Harbour Engineers said.</p>",
     "Army Corps of Harbour Engineers"),
    # a member of the body is the one named after it
    ("<p>“The levee held, but only just,” said T. J. Harbour Board member Ann Tolland.</p>", None),
])
def test_a_body_named_with_a_country_s_initials(paragraph: str, expected: str | None) -> None:
    assert speakers(paragraph, "en") == [expected]


@pytest.mark.parametrize(("lang", "paragraphs", "expected"), [
    ("en", ("<p>Norvik Lines said on Monday it would cut two routes. “Demand has fallen by a third since spring,” "
            "the company said.</p>"), "Norvik Lines"),
    # the body did something, said nothing: the company's words are no one's the page names
    ("en", ("<p>Norvik Lines cut two routes on Monday. “Demand has fallen by a third since spring,” the company "
            "said.</p>"), None),
    ("en", "<p>“Demand has fallen by a third since spring,” the company said.</p>", None),
])
def test_the_company_is_the_body_named_reporting_before(lang: str, paragraphs: str, expected: str | None) -> None:
    assert speakers(paragraphs, lang) == [expected]
