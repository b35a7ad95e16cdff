"""Funding forms of round 61: a sponsor line inside an advertisement's box, and a support line whose
supporter is a crowd before a comma, the story going on after it. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers repainted the harbour's old signal mast and fitted new rope to its pulleys over two long "
         "weekends, working from dawn.")
PARAGRAPH = f"<p>{STORY}</p>"


def boxed_page(box: str) -> str:
    """A story with a box between its paragraphs, inside the article."""
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Signal mast | Harbour News</title>"
            f"</head><body><header class='site-header'><a href='/'>Harbour News</a></header><main><article>"
            f"<h1>Signal mast</h1>{PARAGRAPH * 2}{box}{PARAGRAPH * 3}</article></main>"
            f"<footer class='site-footer'><p>© 2025 Harbour News</p></footer></body></html>")


@pytest.mark.parametrize("box", [
    "<aside><p>Advertisement</p><p>Sponsored by Gullwing Cruises: island hops from £49.</p></aside>",
    "<div class='ad-slot'><p>Sponsored by Gullwing Cruises: island hops from £49.</p></div>",
    "<div><span>Anzeige</span><p>Gefördert von Möwenflug Reisen: Inselhüpfen ab 49 Euro.</p></div>",
    "<aside><p>Publicidad</p><p>Patrocinado por Cruceros Gaviota: escapadas desde 49 euros.</p></aside>",
    "<aside><p>Pubblicità</p><p>Sponsorizzato da Crociere Gabbiano: minicrociere da 49 euro.</p></aside>",
])
def test_a_sponsor_line_in_an_advertisement_is_no_funding(box: str) -> None:
    assert cleanpage.clean(boxed_page(box)).funding is None


@pytest.mark.parametrize("box", [
    "<p>Sponsored by the Gullwing Harbour Trust.</p>",
    "<aside class='sponsor-note'><p>Sponsored by the Gullwing Harbour Trust.</p></aside>",
    "<aside><p>Our partner</p><p>Sponsored by the Gullwing Harbour Trust.</p></aside>",
    # a box its class calls free of advertisements ("ad-free") is no advertisement
    "<div class='note-box ad-free'><div><p>Sponsored by the Gullwing Harbour Trust.</p></div></div>",
])
def test_the_same_sponsor_line_outside_an_advertisement_is_the_field(box: str) -> None:
    funding = cleanpage.clean(boxed_page(box)).funding
    assert funding is not None and "Gullwing Harbour Trust" in funding


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Signal mast", site="Harbour News")


@pytest.mark.parametrize("lang, sentence", [
    ("it", "Con il sostegno dei tifosi, il Kellmouth ha vinto il derby."),
    ("es", "Con el apoyo de los vecinos, el Arenal ganó la final."),
    ("pt", "Com o apoio dos adeptos, o Vitória venceu o dérbi."),
    ("fr", "Avec le soutien des supporters, Brestmoor a gagné le derby."),
    ("en", "With the support of local fans, Kellmouth won the derby."),
])
def test_a_crowd_supporting_before_a_comma_is_no_funding(lang: str, sentence: str) -> None:
    # the capitalised club after the comma is the story's subject, not a supporter the line names
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, line", [
    ("it", "Con il sostegno della Fondazione Marea"),
    ("it", "Con il sostegno della Fondazione Marea, della Regione e del Comune"),
    ("it", "Con il sostegno di Acme e Beta, Kellmouth"),
    ("es", "Con el apoyo de la Fundación Arenal, Cofradía del Puerto y Ayuntamiento de Arenal"),
])
def test_a_support_line_naming_its_supporters_is_the_field(lang: str, line: str) -> None:
    funding = cleanpage.clean(page(lang, line)).funding
    assert funding is not None and line in funding


@pytest.mark.parametrize("lang, statement", [
    ("en", "The Marsh Family Foundation funded this work through its Coastal Heritage scheme (grant MFF-CH-31)."),
    ("en", "The Gullwing Trust supported this study with a two-year fellowship."),
    ("sk", "Projekt bol financovaný z grantu Nadácie morského dedičstva č. NMD-2024-07."),
    ("sk", "Výskum bol podporený Agentúrou na podporu výskumu a vývoja."),
    ("sk", "Výstava vznikla s finančnou podporou Fondu na podporu umenia."),
    ("ar", "وقد تم تمويل أعمال الترميم من قبل صندوق التراث البحري."),
])
def test_a_named_funder_and_the_work_is_the_field(lang: str, statement: str) -> None:
    funding = cleanpage.clean(page(lang, f"{STORY} {statement}")).funding
    assert funding is not None and statement in funding


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The Harbour Trust funded the new slipway last year."),
    ("en", "Critics say the Harbour Trust funded this project to win votes."),
    ("en", "The Harbour Trust funded this project, the mayor said."),
    ("sk", "Projekt bol financovaný z rozpočtu mesta."),
    ("sk", "Most bol financovaný z grantu Nadácie morského dedičstva."),
    ("sk", "Projekt bol financovaný z grantu Nadácie morského dedičstva, uviedol starosta."),
    ("sk", "Starosta povedal, že projekt bol financovaný z grantu Nadácie morského dedičstva."),
    ("ar", "تم تمويل الجسر من قبل البلدية."),
    ("ar", "وقال رئيس البلدية إنه تم تمويل أعمال الترميم من قبل صندوق التراث البحري."),
    ("ar", "تم تمويل أعمال الترميم من قبل صندوق التراث البحري، بحسب رئيس البلدية."),
])
def test_the_same_words_as_news_are_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None
