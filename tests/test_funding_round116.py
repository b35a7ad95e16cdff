"""Funding forms of round 116: a funding body's name that opens with a money word is no funding word
before a grant's code; the active voice of news pages, a funding body named by its word and a capital
as the subject, a funding verb, the work the page reports as its object. And the same words as a
story's. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("The ferry to the two islands now runs twice a day in winter, and the harbour office keeps a list of "
         "waiting cars.")


def page(end: str, lang: str = "en") -> str:
    return story_page(lang, end, STORY, headline="Winter ferries", site="Harbour Post")


def test_a_funding_bodys_name_opening_with_a_money_word_is_no_funding_word_before_a_grants_code() -> None:
    # a list of funders under a lead-in: the item alone says who, not that it gave
    end = ("Este trabajo fue posible gracias a:</p><ul><li>Fundación Quarnel (ayuda FQ-118)</li>"
           "<li>Consejo Insular de Osmer (proyecto CI-41)</li></ul><p>Fin.")
    assert cleanpage.clean(page(end, "es")).funding is None


def lead_in(lead: str, items: list[str]) -> str:
    return f"{lead}</p><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul><p>The next ferry leaves at six."


@pytest.mark.parametrize("lead, items, lang", [
    ("Este proyecto ha sido posible gracias a:", ["Fundación Quarnel (ayuda FQ-118)", "Consejo Insular de Osmer (proyecto CI-41)"],
     "es"),
    ("This survey was supported by:", ["The Quarn Island Trust (grant QT-2291)", "The Osmer Coast Foundation"], "en"),
])
def test_a_lead_in_and_the_list_completing_its_sentence_are_the_statement(lead: str, items: list[str],
                                                                          lang: str) -> None:
    article = cleanpage.clean(page(lead_in(lead, items), lang))
    assert article.funding is not None
    assert " ".join(article.funding.split()) == " ".join((lead, *items))
    assert all(item in article.text for item in items)


@pytest.mark.parametrize("lead, items", [
    ("Our thanks go to:", ["Fundación Quarnel (ayuda FQ-118)", "Consejo Insular de Osmer"]),
    ("The new roof was paid for by:", ["the town council", "local families"]),
    ("The takeover was financed by:", ["Orrin Capital", "Quelby Bank"]),
    ("The harbour plan was supported by:", ["the Green Party", "the Harbour Party"]),
])
def test_a_lead_in_whose_list_makes_no_statement_is_no_funding(lead: str, items: list[str]) -> None:
    assert cleanpage.clean(page(lead_in(lead, items))).funding is None


@pytest.mark.parametrize("sentence, lang", [
    ("The Quarn Island Trust paid for the survey, which two ferry crews ran in their spare time.", "en"),
    ("Die Stiftung Fährlicht finanzierte die Studie mit 40.000 Euro.", "de"),
    ("La Fondation Osmerel a financé l'enquête, ainsi que deux bouées.", "fr"),
    ("La Fundación Quarnel financió el estudio con una aportación de 30.000 euros.", "es"),
    ("A Fundação Ilha Osmer pagou o estudo e cedeu um barco.", "pt"),
    ("Het Quarnel Fonds betaalde het onderzoek; de haven leverde de kaarten.", "nl"),
])
def test_a_funding_body_named_as_the_subject_and_the_reported_work_as_its_object_is_the_statement(
        sentence: str, lang: str) -> None:
    article = cleanpage.clean(page(sentence, lang))
    assert article.funding == sentence
    assert sentence in article.text


@pytest.mark.parametrize("sentence, lang", [
    ("The council paid for the new roof last year.", "en"),
    ("Investors financed the takeover.", "en"),
    ("The Quarn Island Trust paid for the study of the new bridge.", "en"),
    ("Critics say the Quarn Island Trust paid for the survey.", "en"),
    ("“The Quarn Island Trust paid for the survey,” the harbour master said.", "en"),
    ("Die Stadt finanzierte die Studie mit 40.000 Euro.", "de"),
    ("Die Stiftung Fährlicht finanzierte den Umbau des Rathauses.", "de"),
    ("La Fondation Osmerel a financé la rénovation du stade.", "fr"),
    ("El ayuntamiento pagó el estudio del puerto.", "es"),
])
def test_a_body_paying_for_another_thing_or_an_unnamed_payer_is_no_funding(sentence: str, lang: str) -> None:
    assert cleanpage.clean(page(sentence, lang)).funding is None


@pytest.mark.parametrize("sentence, lang", [
    ("Τη μελέτη χρηματοδότησε το Ίδρυμα Θαλάσσιων Διαδρομών Οσμέρ.", "el"),
    ("Исследование оплатил фонд «Морские переправы».", "ru"),
    ("את המחקר מימנה קרן משפחת אוסמר לחקר הים.", "he"),
    ("Çalışmayı Osmer Deniz Araştırmaları Vakfı finanse etti.", "tr"),
    ("Pinondohan ng Pundasyong Dagat-Osmer ang pag-aaral, kasama ang dalawang bangka.", "tl"),
    ("موّلت مؤسسة البحر الهادئ هذه الدراسة بالكامل.", "ar"),
    ("Uuringu rahastas Osmeri Mereuuringute Sihtasutus.", "et"),
    ("Projektu atbalsta Osmeras Jūras pētniecības fonds.", "lv"),
])
def test_the_reported_work_as_the_object_before_the_verb_and_its_funder_by_its_word_is_the_statement(
        sentence: str, lang: str) -> None:
    article = cleanpage.clean(page(sentence, lang))
    assert article.funding == sentence
    assert sentence in article.text


@pytest.mark.parametrize("sentence, lang", [
    ("Τη γέφυρα χρηματοδότησε ο δήμος.", "el"),
    ("Ремонт причала оплатил город.", "ru"),
    ("Исследование оплатила мэрия.", "ru"),
    ("את הגשר מימנה העירייה.", "he"),
    ("Köprüyü belediye finanse etti.", "tr"),
    ("Pinondohan ng lungsod ang bagong tulay.", "tl"),
    ("موّلت البلدية هذا الجسر.", "ar"),
    ("Silda rahastas linn.", "et"),
])
def test_a_town_paying_for_another_thing_in_the_same_order_is_no_funding(sentence: str, lang: str) -> None:
    assert cleanpage.clean(page(sentence, lang)).funding is None


def chart_page(caption: str, lang: str = "en") -> str:
    end = (f"</p><figure class='chart'><img src='c.png' alt='Chart'><figcaption>{caption}</figcaption></figure>"
           "<p>The next ferry leaves at six.")
    return page(end, lang)


@pytest.mark.parametrize("caption, statement, lang", [
    ("Chart: cars waiting per crossing. Source: Quarn ferry queue survey, funded by the Osmer Coast Trust.",
     "Source: Quarn ferry queue survey, funded by the Osmer Coast Trust.", "en"),
    ("Quelle: Fährzählung Quarn 2025, gefördert von der Osmer-Stiftung.",
     "Quelle: Fährzählung Quarn 2025, gefördert von der Osmer-Stiftung.", "de"),
    ("منبع: شمارش صف کشتی‌ها، با حمایت مالی صندوق ملی دریا.", "منبع: شمارش صف کشتی‌ها، با حمایت مالی صندوق ملی دریا.",
     "fa"),
])
def test_a_source_notes_work_and_its_funder_after_a_comma_is_the_statement(caption: str, statement: str,
                                                                          lang: str) -> None:
    article = cleanpage.clean(chart_page(caption, lang))
    assert article.funding == statement
    assert statement in article.text


@pytest.mark.parametrize("caption", [
    "Source: harbour records, funded by taxpayers.",
    "Source: the harbour master, who is supported by the Green Party.",
    "Source: harbour office, supported by the Green Party.",
    "Chart: cars waiting per crossing. The survey's boats were lent by the coastguard.",
])
def test_a_source_note_naming_no_funder_or_a_party_is_no_funding(caption: str) -> None:
    assert cleanpage.clean(chart_page(caption)).funding is None


@pytest.mark.parametrize("sentence, lang", [
    ("इस सर्वेक्षण का खर्च समुद्र विज्ञान न्यास ने उठाया।", "hi"),
    ("هزینه‌های این مطالعه را بنیاد دریاشناسی اوسمر پرداخت کرده است.", "fa"),
    ("Quỹ Khoa học Biển Osmer đã tài trợ toàn bộ chi phí cho khảo sát.", "vi"),
    ("Undersøgelsen blev betalt af Osmer Havfond.", "da"),
])
def test_the_works_costs_borne_or_the_work_paid_by_a_named_funding_body_is_the_statement(sentence: str,
                                                                                        lang: str) -> None:
    article = cleanpage.clean(page(sentence, lang))
    assert article.funding == sentence
    assert sentence in article.text


@pytest.mark.parametrize("sentence, lang", [
    ("पुल का खर्च नगर निगम ने उठाया।", "hi"),
    ("هزینه‌های این پل را شهرداری پرداخت کرده است.", "fa"),
    ("Quỹ Nhà ở đã tài trợ toàn bộ chi phí cho cây cầu.", "vi"),
    ("Undersøgelsen blev betalt af kommunen.", "da"),
    ("Broen blev betalt af Vejdirektoratet.", "da"),
])
def test_a_town_bearing_a_bridges_costs_is_no_funding(sentence: str, lang: str) -> None:
    assert cleanpage.clean(page(sentence, lang)).funding is None


@pytest.mark.parametrize("sentence, lang", [
    ("The Osmer Coast Trust, which funds the survey, has promised two more boats.", "en"),
    ("A pagare lo studio è stata la Fondazione Osmer, che ha coperto anche le barche.", "it"),
    ("Det är Stiftelsen Osmerljus som har betalat för studien.", "sv"),
    ("C'est la Fondation Osmerel qui a financé l'enquête.", "fr"),
])
def test_a_funding_body_set_apart_by_its_own_clause_or_a_cleft_and_the_reported_work_is_the_statement(
        sentence: str, lang: str) -> None:
    article = cleanpage.clean(page(sentence, lang))
    assert article.funding == sentence
    assert sentence in article.text


@pytest.mark.parametrize("sentence, lang", [
    ("The Osmer Coast Trust, which funds the harbour, has promised two more boats.", "en"),
    ("The town council, which paid for the survey, has promised two more boats.", "en"),
    ("A pagare il tetto è stato il comune.", "it"),
    ("Det är kommunen som har betalat för studien.", "sv"),
    ("Det är Stiftelsen Osmerljus som har betalat för den nya bron.", "sv"),
    ("C'est la mairie qui a payé le toit.", "fr"),
])
def test_a_town_or_another_thing_in_the_same_clauses_is_no_funding(sentence: str, lang: str) -> None:
    assert cleanpage.clean(page(sentence, lang)).funding is None
