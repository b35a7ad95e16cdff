"""Funding forms of round 106 (ordinary news stories): a funder's name with an abbreviation inside it, and the same
words as news. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY_PL = "Wolontariusze co piątek liczyli ćmy pod nowymi latarniami i zapisywali każdą na wspólnej mapie."


def page_pl(end: str) -> str:
    return story_page("pl", end, STORY_PL, headline="Ćmy i latarnie", site="Kurier Orvel")


@pytest.mark.parametrize("statement", [
    # "im." (imienia, "named after") inside the foundation's name ends no sentence
    "Badania sfinansowała Fundacja im. Anny Orvelskiej.",
    "Projekt został sfinansowany przez Fundację im. Jana Kwietnia.",
])
def test_a_funders_name_with_an_abbreviation_inside_is_the_statement_whole(statement: str) -> None:
    article = cleanpage.clean(page_pl(statement))
    assert article.funding == statement
    assert statement in article.text


def test_a_vote_beside_the_same_name_is_no_statement() -> None:
    assert cleanpage.clean(page_pl("Wniosek Fundacji im. Anny Orvelskiej poparła większość radnych.")).funding is None
