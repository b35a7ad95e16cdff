"""Funding forms of round 81: an acknowledgement's thanks for patience or good humour beside its support, a grant's
contract number after "br." (broj); and their hard negatives (the same words as news or thanks alone). Every name and
sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers counted moths under the new lamps every Friday this summer and logged each one on a "
         "shared map.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Moths and lamps", site="Fenwick Post")


def acknowledged_page(lang: str, heading: str, paragraph: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps</h1>{paragraphs}<h2>{heading}</h2><p>{paragraph}</p>"
            "</article></main><footer><p>© 2025 Fenwick Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, heading, thanks, statement", [
    ("en", "Acknowledgements", "I thank my tutor, Dr Ines Palk, for her patience and good humour.",
     "This thesis was made possible by a doctoral scholarship from the Brindle Moth Foundation."),
    ("hu", "Köszönetnyilvánítás", "Köszönjük a könyvtárosok türelmét.",
     "A kutatást a Bodnár Lenke Alapítvány támogatta (támogatási szám: BLA-2024-07)."),
    ("de", "Danksagung", "Wir danken Frau Ilse Marr für ihre Geduld.",
     "Die Studie wurde von der Quelby-Stiftung gefördert."),
])
def test_thanks_for_patience_stay_out_of_the_acknowledged_support(lang: str, heading: str, thanks: str,
                                                                  statement: str) -> None:
    article = cleanpage.clean(acknowledged_page(lang, heading, f"{thanks} {statement}"))
    assert article.funding == statement
    assert thanks in article.text


@pytest.mark.parametrize("lang, heading, paragraph", [
    ("en", "Acknowledgements", "I thank my tutor, Dr Ines Palk, for her patience and good humour."),
    ("hu", "Köszönetnyilvánítás", "Köszönjük a könyvtárosok türelmét. Köszönjük a kölcsönzők kedvességét."),
])
def test_thanks_alone_are_no_funding(lang: str, heading: str, paragraph: str) -> None:
    assert cleanpage.clean(acknowledged_page(lang, heading, paragraph)).funding is None


def test_a_contract_number_after_br_does_not_end_the_statement() -> None:
    statement = ("Projekat je finansirala Fondacija Mila Tarić u okviru programa Otvorena zbirka, ugovor br. "
                 "MT-2024-11.")
    funding = cleanpage.clean(page("sr", statement)).funding
    assert funding == statement


def test_br_in_a_story_is_no_funding() -> None:
    assert cleanpage.clean(page("sr", "Autobus br. 12 vozi do biblioteke svakog sata.")).funding is None


def boxed_page(lang: str, heading: str, sentence: str, box: str = "<aside class='box'>") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    close = "</aside>" if box.startswith("<aside") else "</div></div>" if box.count("<div") == 2 else "</div>"
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps</h1>{paragraphs}{box}<h3>{heading}</h3><p>{sentence}</p>"
            f"{close}<p>{STORY}</p></article></main><footer><p>© 2025 Fenwick Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, heading, sentence, box", [
    # the work by its own name under a heading about the project
    ("en", "About the project", "The Night Moth Atlas is financed by the Brindle Foundation.", "<aside class='box'>"),
    ("en", "About this project", "Moth Watch is funded by the Quelby Trust.", "<section>"),
    # Slovak: a card about the project, the funder after the verb
    ("sk", "O projekte", "Projekt finančne podporila Nadácia Ivety Mrázovej.",
     "<div class='card'><div class='card-body'>"),
])
def test_a_box_about_the_work_names_it_or_its_funder_after_the_verb(lang: str, heading: str, sentence: str,
                                                                      box: str) -> None:
    assert cleanpage.clean(boxed_page(lang, heading, sentence, box)).funding == sentence


@pytest.mark.parametrize("lang, heading, sentence", [
    # another thing the box tells of, in lower-case words
    ("en", "About the project", "The new footbridge is financed by the Fenwick County Council."),
    # a heading about no work
    ("sk", "O autorke", "Projekt finančne podporila Nadácia Ivety Mrázovej."),
])
def test_a_box_about_other_things_gives_no_funding(lang: str, heading: str, sentence: str) -> None:
    assert cleanpage.clean(boxed_page(lang, heading, sentence)).funding is None


@pytest.mark.parametrize("lang, end", [
    ("en", "The Night Moth Atlas is financed by the Brindle Foundation."),
    ("sk", "Projekt finančne podporila Nadácia Ivety Mrázovej."),
])
def test_the_same_sentences_in_running_text_are_news(lang: str, end: str) -> None:
    assert cleanpage.clean(page(lang, end)).funding is None


def table_page(lang: str, note: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps</h1>{paragraphs}<table><caption>Moths a night</caption>"
            "<tr><th>Year</th><th>Moths</th></tr><tr><td>2024</td><td>311</td></tr></table>"
            f"<p class='note'>{note}</p><p>{STORY}</p></article></main>"
            "<footer><p>© 2025 Fenwick Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, note, statement", [
    ("en", "Note: The lamp readings were financed by the Quelby Light Fund.",
     "The lamp readings were financed by the Quelby Light Fund."),
    ("cs", "Pozn.: Tisk map byl podpořen Nadací Hany Lesné.", "Tisk map byl podpořen Nadací Hany Lesné."),
    ("sk", "Pozn.: Tlač máp bola podporená Nadáciou Hany Lesnej.", "Tlač máp bola podporená Nadáciou Hany Lesnej."),
])
def test_a_tables_note_says_who_paid_for_its_figures(lang: str, note: str, statement: str) -> None:
    assert cleanpage.clean(table_page(lang, note)).funding == statement


@pytest.mark.parametrize("lang, note", [
    # a vote's support, a person's support, support that is no money
    ("cs", "Pozn.: Tisk map byl podpořen většinou zastupitelů."),
    ("cs", "Pozn.: Tisk map byl podpořen Janem Novákem."),
    ("sk", "Pozn.: Tlač máp bola podporená Jánom Novákom."),
    ("en", "Note: The figures were supported by the Green Party."),
])
def test_a_tables_note_of_other_support_is_no_funding(lang: str, note: str) -> None:
    assert cleanpage.clean(table_page(lang, note)).funding is None


@pytest.mark.parametrize("lang, end", [
    ("en", "The lamp readings were financed by the Quelby Light Fund."),
    ("cs", "Tisk map byl podpořen Nadací Hany Lesné."),
    ("sk", "Tlač máp bola podporená Nadáciou Hany Lesnej."),
])
def test_a_tables_note_in_running_text_is_news(lang: str, end: str) -> None:
    assert cleanpage.clean(page(lang, end)).funding is None


def funder_box_page(lang: str, box_class: str, line: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><div class='entry-content'><h1>Moths and lamps</h1>{paragraphs}"
            f"<div class='{box_class}'><img src='/logo.png' alt='A logo'><p>{line}</p></div></div></main>"
            "<footer><p>© 2025 Fenwick Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, box_class, line", [
    ("en", "funder", "The moth atlas is funded by the Brindle Moth Foundation."),
    ("en", "funding-note", "This atlas was financed by the Quelby Light Fund."),
    ("de", "foerderer", "Der Mottenatlas wird von der Quelby-Stiftung finanziert."),
])
def test_a_funders_box_says_who_paid_for_the_work(lang: str, box_class: str, line: str) -> None:
    assert cleanpage.clean(funder_box_page(lang, box_class, line)).funding == line


@pytest.mark.parametrize("lang, box_class, line", [
    # a sponsor's or a partner's box (an advertisement's slot), support that is no money
    ("en", "sponsor", "The match ball is sponsored by Brisk Cars."),
    ("en", "partner", "The moth atlas is financed by the Brindle Moth Foundation."),
    ("en", "funder", "The moth atlas was supported by the Green Party."),
])
def test_other_boxes_and_lines_are_no_funding(lang: str, box_class: str, line: str) -> None:
    assert cleanpage.clean(funder_box_page(lang, box_class, line)).funding is None


@pytest.mark.parametrize("lang, end", [
    ("en", "The moth atlas is funded by the Brindle Moth Foundation."),
    ("de", "Der Mottenatlas wird von der Quelby-Stiftung finanziert."),
])
def test_a_funders_line_in_running_text_is_news(lang: str, end: str) -> None:
    assert cleanpage.clean(page(lang, end)).funding is None


def test_urdu_the_work_in_the_oblique_and_its_foundation_as_the_doer() -> None:
    statement = "اس تحقیق کی مالی معاونت سبز کنارہ فاؤنڈیشن نے کی۔"
    assert cleanpage.clean(page("ur", statement)).funding == statement


@pytest.mark.parametrize("end", [
    "اس پل کی مالی معاونت بلدیہ نے کی۔",  # a town's bridge
    "میئر نے کہا کہ اس منصوبے کی مالی معاونت سبز کنارہ فاؤنڈیشن نے کی۔",  # the mayor's words
])
def test_urdu_a_towns_bridge_or_reported_words_are_news(end: str) -> None:
    assert cleanpage.clean(page("ur", end)).funding is None


def test_thanks_after_the_support_go_on_with_it() -> None:
    paragraph = ("This study was funded by the Brindle Moth Foundation (grant BM-2023-12). The authors thank the "
                 "moth-trapping clubs who shared their counts.")
    assert cleanpage.clean(acknowledged_page("en", "Acknowledgements", paragraph)).funding == paragraph


@pytest.mark.parametrize("lang, end", [
    ("en", "The moth project was supported by the Green Party in the council vote."),
    ("en", "The lamp scheme was supported by the Liberal Party and passed by four votes."),
    ("fr", "Le projet a été soutenu par le parti écologiste au conseil municipal."),
    ("es", "El proyecto fue apoyado por el partido verde en el pleno."),
    ("de", "Das Projekt wurde unterstützt von der Umweltpartei im Stadtrat."),
])
def test_a_partys_or_a_votes_support_is_politics_not_funding(lang: str, end: str) -> None:
    article = cleanpage.clean(page(lang, end))
    assert article.funding is None
    assert end in article.text
