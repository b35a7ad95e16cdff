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
