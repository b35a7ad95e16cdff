"""Funding forms of round 86: the writers' own work by a first-person possessive ("Ons onderzoek", "Kerja kami"),
as a demonstrative names it; and their hard negatives (the same words as news, a club's sponsor, reported speech).
Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers counted moths under the new lamps every Friday this summer and logged each one on a "
         "shared map.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Moths and lamps", site="Fenwick Post")


@pytest.mark.parametrize("lang, statement", [
    ("nl", "Ons onderzoek wordt gefinancierd door het Brindel Fonds."),
    ("nl", "Onze telling werd gefinancierd door de Stichting Orvel."),
    ("it", "Il nostro progetto è finanziato dalla Fondazione Orvel."),
    ("pt", "O nosso projeto é financiado pela Fundação Orvel."),
    ("da", "Vores projekt er støttet af Orvel Fonden."),
    ("da", "Dette projekt er støttet af Orvel Fonden."),
    ("sv", "Vårt projekt finansieras av Orvelstiftelsen."),
    ("ms", "Kerja kami tentang kilang ini dibiayai oleh Yayasan Keluarga Orvel."),
    ("id", "Penelitian kami didanai oleh Yayasan Orvel."),
    ("da", "Restaureringen er støttet af Orvel Fonden."),
])
def test_our_work_and_its_named_funder_is_a_statement(lang: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, f"Wij tellen al twee jaar. {statement}" if lang == "nl" else statement))
    assert article.funding == statement
    assert statement in article.text


@pytest.mark.parametrize("lang, sentence", [
    ("nl", "Ons dorp wordt gefinancierd door de gemeente."),
    ("nl", "Onze club wordt gesponsord door Bakkerij Veldman."),
    ("it", "Il nostro club è sponsorizzato da Orvel Auto."),
    ("nl", "Ons project wordt gefinancierd door het Orvel Fonds, zegt de voorzitter."),
    ("it", "Il nostro progetto è finanziato dalla Fondazione Orvel, ha detto il sindaco."),
    ("da", "Vores projekt er støttet af Orvel Fonden, siger formanden."),
    ("id", "Proyek kami didanai oleh Yayasan Orvel, kata kepala desa."),
    ("da", "Restaureringen af kirken er støttet af kommunen."),
    ("sv", "Renoveringen av simhallen finansieras av kommunen."),
])
def test_our_things_and_reported_words_are_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


def table_page(foot: str, after: str = "") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps</h1>{paragraphs}<table><tr><th>Year</th><th>Moths</th></tr>"
            f"<tr><td>2025</td><td>310</td></tr>{foot}</table>{after}</article></main></body></html>")


@pytest.mark.parametrize("cell, statement", [
    ("Note: Survey costs were met by the Orvel Fund.", "Survey costs were met by the Orvel Fund."),
    ("<p>Costs were met by the Orvel Fund.</p>", "Costs were met by the Orvel Fund."),
])
def test_a_table_footers_note_of_costs_met_by_a_named_body_is_a_statement(cell: str, statement: str) -> None:
    article = cleanpage.clean(table_page(f"<tfoot><tr><td colspan='2'>{cell}</td></tr></tfoot>"))
    assert article.funding == statement


@pytest.mark.parametrize("html", [
    page("en", "Survey costs were met by the Orvel Fund."),
    table_page("<tfoot><tr><td colspan='2'>Note: Repair costs were met by the insurer.</td></tr></tfoot>"),
    table_page("<tfoot><tr><td colspan='2'>Source: Orvel Fund annual report.</td></tr></tfoot>"),
    table_page("<tfoot><tr><td colspan='2'>Note: The bridge was supported by the Green Party.</td></tr></tfoot>"),
])
def test_costs_in_running_text_or_a_footer_naming_no_funder_are_no_funding(html: str) -> None:
    assert cleanpage.clean(html).funding is None


def acknowledged_page(lang: str, heading: str, paragraph: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps</h1>{paragraphs}<h2>{heading}</h2><p>{paragraph}</p>"
            "</article></main><footer><p>© 2025 Fenwick Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, heading, thanks, statement", [
    # a danda ends a sentence in Bengali and Hindi, as a full stop does
    ("bn", "কৃতজ্ঞতা", "আমার শিক্ষককে ধন্যবাদ জানাই।",
     "এই গবেষণাটি অরভেল ট্রাস্টের বৃত্তির অর্থায়নে পরিচালিত হয়েছে।"),
    ("hi", "आभार", "मैं अपने शिक्षक का धन्यवाद करता हूँ।",
     "यह शोध ओरवेल फाउंडेशन के अनुदान संख्या OF-2024-3 से संभव हुआ।"),
])
def test_personal_thanks_before_a_danda_stay_out_of_the_acknowledged_support(lang: str, heading: str, thanks: str,
                                                                            statement: str) -> None:
    article = cleanpage.clean(acknowledged_page(lang, heading, f"{thanks} {statement}"))
    assert article.funding == statement
    assert thanks in article.text


def test_thanks_alone_under_a_bengali_heading_are_no_funding() -> None:
    assert cleanpage.clean(acknowledged_page("bn", "কৃতজ্ঞতা", "আমার শিক্ষককে ধন্যবাদ জানাই।")).funding is None


def test_a_czech_funder_after_the_verb_in_reported_words_is_no_funding() -> None:
    assert cleanpage.clean(page("cs", "Výzkum podpořila Nadace Orvel, řekl starosta.")).funding is None


@pytest.mark.parametrize("statement", [
    "The project received in-kind support from Orvel Timber, which donated the oak for the new paddles.",
    "The survey received multi-year funding from the Orvel Trust.",
])
def test_a_hyphened_word_before_the_support_the_work_received(statement: str) -> None:
    assert cleanpage.clean(page("en", statement)).funding == statement


@pytest.mark.parametrize("sentence", [
    "The school received in-kind support from parents.",
    "The project received in-kind support from Orvel Timber, the mayor said.",
    "The project received support from Orvel Timber, the mayor said.",
])
def test_support_received_by_another_thing_or_in_reported_words_is_no_funding(sentence: str) -> None:
    assert cleanpage.clean(page("en", sentence)).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("fr", "Le prêt des capteurs par l'Observatoire côtier d'Orvel a rendu possible cette étude."),
    ("fr", "Le soutien de la Fondation Orvel a rendu cette étude possible."),
    ("es", "El préstamo de sensores del Observatorio Orvel hizo posible este estudio."),
    ("it", "Il prestito dei sensori dall'Osservatorio Orvel ha reso possibile questo studio."),
    ("en", "The support of the Orvel Fund made this study possible."),
    ("es", "La restauración ha sido posible gracias a una donación de Elena Orvel, nieta del último molinero."),
])
def test_what_a_named_body_gave_made_this_work_possible(lang: str, statement: str) -> None:
    assert cleanpage.clean(page(lang, statement)).funding == statement


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Les bénévoles ont rendu possible cette fête."),
    ("fr", "La générosité des habitants a rendu possible ce projet."),
    ("fr", "Le prêt de la Banque Orvel a rendu possible cette piscine."),
    ("fr", "Le soutien de Paris a rendu possible ce projet, a déclaré le maire."),
    ("es", "El apoyo del Ayuntamiento hizo posible este proyecto, dijo el alcalde."),
    ("es", "La donación de los vecinos hizo posible este proyecto."),
    ("es", "La restauración ha sido posible gracias a los vecinos."),
    ("es", "La restauración ha sido posible gracias a una donación anónima."),
    ("es", "La restauración del puente ha sido posible gracias a una donación de Juan Orvel, dijo el alcalde."),
    ("en", "Support from the Orvel Fund made this project possible, the mayor said."),
])
def test_unnamed_givers_another_thing_and_reported_words_are_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


def test_urdu_financial_help_provided_for_this_work_by_a_trust() -> None:
    statement = "اس منصوبے کے لیے مالی معاونت اورویل فیملی ٹرسٹ نے فراہم کی۔"
    assert cleanpage.clean(page("ur", statement)).funding == statement


@pytest.mark.parametrize("sentence", [
    "اس پل کے لیے مالی معاونت بلدیہ نے فراہم کی۔",
    "اس منصوبے کے لیے مالی معاونت بلدیہ نے فراہم کی۔",
])
def test_urdu_a_towns_help_for_a_bridge_or_a_project_is_no_funding(sentence: str) -> None:
    assert cleanpage.clean(page("ur", sentence)).funding is None
