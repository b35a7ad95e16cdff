"""Funding forms of round 111: a byline's part naming the work by a word or two before its noun and its funder;
a participle of making before a sponsor notice's "with the support of", in a card after the article. And the same
words as a story's. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("The ferry to the two islands now runs twice a day in winter, and the harbour office keeps a list of "
         "waiting cars.")


def byline_page(line: str, cls: str = "byline") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Winter ferries</title></head>"
            f"<body><main><article><header><h1>Winter ferries</h1></header><p class='{cls}'>{line}</p>"
            f"{paragraphs}</article></main></body></html>")


@pytest.mark.parametrize("line, statement", [
    ("By Tove Quarn · Ferry survey funded by the Quarn Island Trust", "Ferry survey funded by the Quarn Island Trust"),
    ("By Tove Quarn | Harbour field research supported by the Osmer Coast Foundation",
     "Harbour field research supported by the Osmer Coast Foundation"),
])
def test_a_bylines_work_named_by_words_before_its_noun_and_its_funder_is_a_notice(line: str, statement: str) -> None:
    article = cleanpage.clean(byline_page(line))
    assert article.funding == statement
    assert statement in article.text  # the byline leaves the body: the statement is put back


@pytest.mark.parametrize("line, cls", [
    ("By Tove Quarn · Ferry survey funded by the Quarn Trust found that queues fell by half", "byline"),
    ("By Tove Quarn · Ferry survey funded by local families", "byline"),
    ("By Tove Quarn · Ferry campaign supported by the Harbour Party", "byline"),
    ("Winter ferries · Ferry survey funded by the Quarn Island Trust", "kicker"),
])
def test_a_bylines_other_parts_and_another_lines_parts_stay_no_funding(line: str, cls: str) -> None:
    assert cleanpage.clean(byline_page(line, cls)).funding is None


def test_the_same_words_as_a_storys_subheading_are_no_funding() -> None:
    page = story_page("en", "Ferry survey funded by the Quarn Island Trust", STORY, headline="Winter ferries",
                      site="Quarn Post")
    assert cleanpage.clean(page).funding is None


def card_page(lang: str, card: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 4))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Winter ferries</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><main><article><header><h1>Winter ferries</h1></header>"
            f"{paragraphs}</article><div class='col-md-4 widget'><div class='card'><div class='card-body'>"
            f"<p>{card}</p></div></div></div></main><footer><p>© 2026 Quarn Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, notice", [
    ("es", "Publicado con el apoyo financiero de la Consejería de Puertos de Quarn."),
    ("de", "Veröffentlicht mit freundlicher Unterstützung der Quarn-Stiftung."),
    ("nl", "Gerealiseerd met steun van het Quarn Havenfonds."),
    ("pt", "Publicado com o apoio da Fundação Quarn."),
])
def test_a_participle_of_making_before_a_support_notice_keeps_the_notice(lang: str, notice: str) -> None:
    article = cleanpage.clean(card_page(lang, notice))
    assert article.funding == notice
    assert notice in article.text


@pytest.mark.parametrize("lang, sentence", [
    ("es", "Publicado con el apoyo de la Consejería de Puertos, el horario reúne todas las salidas del invierno."),
    ("es", "Realizado con el apoyo de los vecinos."),
    ("de", "Veröffentlicht mit Unterstützung der Leser."),
    ("es", "Publicado con el apoyo del Partido Costero, el plan de ferris se votó ayer."),
])
def test_a_participle_before_support_in_a_storys_sentence_or_of_a_crowd_is_no_funding(lang: str,
                                                                                      sentence: str) -> None:
    assert cleanpage.clean(card_page(lang, sentence)).funding is None
