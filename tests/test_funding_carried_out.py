"""Funding forms of round 46: work carried out or paid for with a funder's money ("se llevó a
cabo con el apoyo económico de", "przy wsparciu finansowym", "thực hiện với sự hỗ trợ kinh phí
của"), an open day or fieldwork as the funded work, a footnote naming a funder and its award's
code, a Hindi funding heading and a Vietnamese acknowledgements heading; and the same words used
for help or for money as news, which are not funding. Every name is invented."""

from __future__ import annotations

import pytest

import cleanpage

STORY = "".join(
    f"<p>Paragraph {i} on the new rain gauges along the Harrowmere ridge, long enough to read as running text "
    f"that a reader would want to keep in the article body.</p>" for i in range(5)
)


def page(inside: str, lang: str = "en") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><title>Rain gauges | Ridge Post</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>Rain gauges</h1>{STORY}{inside}</article></body></html>")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The open day was sponsored by Pellow Ropes and the Harrowmere Gauge Society."),
    ("en", "Soil analyses were paid for by the Quenby Institute (award QI-4410)."),
    ("es", "La campaña de muestreo se llevó a cabo con el apoyo económico de la Diputación de Valtierra."),
    ("nl", "Het veldwerk werd mogelijk gemaakt door een bijdrage van de Stichting Regenmeter."),
    ("pl", "Projekt realizowany przy wsparciu finansowym Fundacji Deszczomierz."),
    ("hi", "इस परियोजना को वर्षा फाउंडेशन से वित्तीय सहायता मिली।"),
    ("vi", "Nghiên cứu được thực hiện với sự hỗ trợ kinh phí của Quỹ Khoa học Mưa Núi."),
])
def test_work_carried_out_or_paid_for_with_a_funders_money_is_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(f"<p>{sentence}</p>", lang)).funding == sentence


def test_a_hindi_funding_heading_heads_the_statement() -> None:
    sentence = "वर्षा मापन का खर्च पहाड़ी जल न्यास ने उठाया।"
    article = cleanpage.clean(page(f"<h3>वित्तपोषण</h3><p>{sentence}</p>", "hi"))
    assert article.funding == sentence


def test_a_vietnamese_acknowledgement_naming_funds_is_funding() -> None:
    thanks = "<p>Nhóm tác giả cảm ơn người dân Harrowmere đã giúp đỡ trong quá trình đo đạc.</p>"
    funds = "Kinh phí đo đạc do Quỹ Mưa Núi cấp."
    article = cleanpage.clean(page(f"<h2>Lời cảm ơn</h2>{thanks}<p>{funds}</p>", "vi"))
    assert article.funding == funds
    assert cleanpage.clean(page(f"<h2>Lời cảm ơn</h2>{thanks}", "vi")).funding is None  # thanks only


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Repairs to the harbour wall were paid for by the council after the storm."),
    ("en", "Last year the open day drew two hundred visitors to the ridge."),
    ("es", "El rescate se llevó a cabo con el apoyo de la Guardia Civil y de los vecinos."),
    ("nl", "De verbouwing werd mogelijk gemaakt door het mooie weer."),
    ("pl", "Remont realizowany przy wsparciu mieszkańców potrwa do jesieni."),
    ("hi", "इस परियोजना को गाँव के लोगों से बहुत सहायता मिली।"),
    ("vi", "Nghiên cứu được thực hiện với sự hỗ trợ của ngư dân địa phương."),
])
def test_the_same_words_as_help_or_news_are_not_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(f"<p>{sentence}</p>", lang)).funding is None
