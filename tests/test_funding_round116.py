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
