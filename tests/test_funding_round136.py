"""Funding forms of round 136: a review's sentence of another work funded by a kind of campaign (an indefinite
article before the capital names no funder), and a Baltic fund's lower-case word before its name in quotation marks.
Every name and sentence is invented."""

from __future__ import annotations

import pytest

import cleanpage

STORY = ("The ferry to the two islands now runs twice a day in winter, and the harbour office keeps a list of "
         "waiting cars.")


def page(body: str, lang: str = "en") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Winter ferries</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><main><article><h1>Winter ferries</h1>"
            f"{paragraphs}<p>{body}</p></article></main><footer><p>© 2026 Quay Gazette</p></footer></body></html>")


@pytest.mark.parametrize("sentence, lang", [
    ("Pētījumu finansēja fonds “Klusā piestātne”.", "lv"),
    ("Tyrimą finansavo fondas „Tylioji prieplauka“.", "lt"),
    # a named body's grant after the indefinite article is still a funder
    ("The survey, funded by a Quelby Harbour Trust grant, counted every car on the quay.", "en"),
])
def test_a_funder_named_after_its_word_or_its_grant_is_the_statement(sentence: str, lang: str) -> None:
    article = cleanpage.clean(page(sentence, lang))
    assert article.funding == sentence
    assert sentence in article.text


@pytest.mark.parametrize("sentence, lang", [
    # a review of another work, funded by a kind of campaign named by its brand
    (("The book, funded by a Quickstarter, tells the story of a ferry yard in another country; our reviewer found "
      "it thin."), "en"),
    # a town in quotation marks, not a fund; a fund paying for another thing (a bridge)
    ("Pētījumu finansēja pilsēta “Ostmala”.", "lv"),
    ("Jauno tiltu finansēja fonds “Klusā piestātne”.", "lv"),
    ("Tyrimą finansavo fondas, sakė meras.", "lt"),
])
def test_a_campaign_a_town_or_another_thing_is_no_statement(sentence: str, lang: str) -> None:
    assert cleanpage.clean(page(sentence, lang)).funding is None
