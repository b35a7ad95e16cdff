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


STORY = ("Volunteers counted moths under the new lamps every Friday this summer and logged each one on a "
         "shared map.")


def page(lang: str, end: str, story: str = STORY) -> str:
    return story_page(lang, end, story, headline="Moths and lamps", site="Fenwick Post")


@pytest.mark.parametrize("lang, aside, statement", [
    ("en", "(The Orvel Institute provided financial support.)", "The Orvel Institute provided financial support."),
    ("en", "(The Quelby Family Trust paid for the survey.)", "The Quelby Family Trust paid for the survey."),
    ("sk", "(Štúdiu finančne podporila Nadácia Ivety Orvelovej.)", "Štúdiu finančne podporila Nadácia Ivety Orvelovej."),
])
def test_a_sentence_in_brackets_of_its_own_saying_who_paid_for_the_work_is_the_statement(
        lang: str, aside: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, f"{STORY} {aside}"))
    assert article.funding == statement
    assert aside in article.text


@pytest.mark.parametrize("lang, end", [
    # the same sentences in running text: a story's (but "The Quelby Family Trust paid for the survey.", a funding
    # body's active statement that it paid for the work the page reports, is a statement since round 116)
    ("en", f"{STORY} The Orvel Institute provided financial support."),
    # the story's thing in brackets, a vote, a party, nobody named, a bracket inside a sentence
    ("en", f"{STORY} (The new footbridge was funded by the Fenwick Harbour Council.)"),
    ("en", f"{STORY} (The motion was supported by a majority of the council.)"),
    ("en", f"{STORY} (The Green Party provided financial support.)"),
    ("en", f"{STORY} (Readers provided the funding.)"),
    ("en", f"{STORY} (The city paid for the survey.)"),
    ("en", "Volunteers counted moths (the Orvel Institute provided financial support) every Friday."),
    ("sk", f"{STORY} (Návrh podporila väčšina poslancov.)"),
])
def test_other_brackets_and_the_same_words_in_running_text_are_no_statement(lang: str, end: str) -> None:
    assert cleanpage.clean(page(lang, end)).funding is None


@pytest.mark.parametrize("statement", [
    "Funding came from the Orvel Sleep Fund and the Quelby Foundation.",
    "Additional funding came from the Fenwick Port Authority.",
])
def test_funding_that_came_from_a_named_body_is_a_statement(statement: str) -> None:
    article = cleanpage.clean(page("en", statement))
    assert article.funding == statement
    assert statement in article.text


@pytest.mark.parametrize("end", [
    "Funding for the new bridge came from the Harbour Council.",  # the story's thing
    "Funding came from the Orvel Trust, the mayor said.",  # reported speech
    "“Funding came from the Orvel Trust,” said the mayor.",
    "Support came from the Green Party and most of the council.",  # a vote's support
    "Funding came from taxpayers.",  # nobody named
    "The city said funding came from the Harbour Trust.",  # inside someone's words
    "Funding cuts came from the Ministry of Ports.",
])
def test_other_sources_and_reported_funding_are_no_statement(end: str) -> None:
    assert cleanpage.clean(page("en", end)).funding is None
