"""Funding forms of round 131: a credit line in the article's own places for credits (a byline's part, a figure's
source note, a line of the article's header, a credits box) naming a funding body by its word as its support's giver.
And the same words as a story's news in those places or elsewhere. Every name and sentence is invented."""

from __future__ import annotations

import pytest

import cleanpage

STORY = ("The ferry to the two islands now runs twice a day in winter, and the harbour office keeps a list of "
         "waiting cars.")


def page(header: str = "", body: str = "", lang: str = "en") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Winter ferries</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><main><article><header><h1>Winter ferries</h1>{header}</header>"
            f"{paragraphs}{body}</article></main><footer><p>© 2026 Quay Gazette</p></footer></body></html>")


@pytest.mark.parametrize("html, statement, lang", [
    ("<p class='byline'>Autor: Ivo Marn · Prieskum podporila Nadácia Biely prístav</p>",
     "Prieskum podporila Nadácia Biely prístav", "sk"),
    ("<p class='sponsor-line'>Amb el suport de la Fundació Port Vell</p>", "Amb el suport de la Fundació Port Vell",
     "ca"),
])
def test_a_credit_line_in_the_articles_header_names_its_funder(html: str, statement: str, lang: str) -> None:
    article = cleanpage.clean(page(header=html, lang=lang))
    assert article.funding == statement
    assert statement in article.text  # the line leaves the body as chrome: the statement puts it back


@pytest.mark.parametrize("html, statement, lang", [
    (("<figure><img src='/c.png' alt='Chart'><figcaption>Izvor: brojanje trajekata 2025., koje je financirala "
     "Zaklada Tihi mol.</figcaption></figure>"),
     "Izvor: brojanje trajekata 2025., koje je financirala Zaklada Tihi mol.", "hr"),
    (("<div class='credits'><p>L'exposition est rendue possible grâce au généreux soutien de la Fondation Quarnel."
     "</p><p>Partenaire média : Radio Port.</p></div>"),
     "L'exposition est rendue possible grâce au généreux soutien de la Fondation Quarnel.", "fr"),
])
def test_a_source_note_or_a_credits_box_names_its_funder(html: str, statement: str, lang: str) -> None:
    article = cleanpage.clean(page(body=html, lang=lang))
    assert article.funding == statement
    assert statement in article.text


@pytest.mark.parametrize("header, body, lang", [
    # a standfirst in the header: a sentence of the story's news, not a line
    ("<p class='standfirst'>A grant from the Quarn Foundation paid for the new slipway.</p>", "", "en"),
    # a caption with no note's label: the story's picture of another thing
    ("", ("<figure><img src='/s.jpg' alt='Mol'><figcaption>Novi mol, koji je financirala Zaklada Tihi mol, otvoren "
         "je u svibnju.</figcaption></figure>"), "hr"),
    # a source note whose support is a town's, not a funding body's
    ("", ("<figure><img src='/c.png' alt='Chart'><figcaption>Izvor: brojanje trajekata, koje je financirao Grad "
         "Osmer.</figcaption></figure>"), "hr"),
    # a credits box naming a foundation for photos, not support; and a party's support in a header line
    ("<p class='kicker'>Ferry vote supported by the Harbour Party</p>",
     "<div class='credits'><p>Photos: Quarn Foundation archive</p></div>", "en"),
    # a credits box's line going on after the body's name as a clause: news of the support, not its credit
    ("", ("<div class='credits'><p>Support from the Quarn Foundation ended when the ferry company took over the route"
         "</p></div>"), "en"),
    # the byline's other part naming a foundation as the writer's employer
    ("<p class='byline'>By Tove Quarn · Quarn Foundation</p>", "", "en"),
])
def test_the_same_words_as_news_or_other_credits_are_no_funding(header: str, body: str, lang: str) -> None:
    assert cleanpage.clean(page(header=header, body=body, lang=lang)).funding is None


def test_the_same_credit_line_in_running_text_stays_the_storys() -> None:
    end = "<p>Prieskum podporila Nadácia Biely prístav aj minulý rok, keď sa opravoval mólo.</p>"
    assert cleanpage.clean(page(body=end, lang="sk")).funding is None
