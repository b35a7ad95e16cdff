"""Funding forms of round 101: a declarations section's paragraph under a funding label of its own, and a work without
an article of the page's own thing by its demonstrative ("Conservation of this object was funded by X"); and the same
words as news or as a site's notice. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers counted moths under the new lamps every Friday this summer and logged each one on a "
         "shared map.")
LABELLED = "Funding and support: The light traps were lent by Orvel Instruments as in-kind support."
CONFLICTS = "Competing interests: The authors declare no competing interests."


def disclosures_page(parts: list[str], heading: str = "Disclosures") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    held = "".join(f"<p>{part}</p>" for part in parts)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps: a preprint</h1>{paragraphs}"
            f"<details><summary>{heading}</summary>{held}</details></article></main>"
            f"<footer><p>© 2026 Moth Club</p></footer></body></html>")


def test_a_declarations_paragraph_under_a_funding_label_is_the_statement() -> None:
    article = cleanpage.clean(disclosures_page([LABELLED, CONFLICTS]))
    assert article.funding == LABELLED
    assert LABELLED in article.text and CONFLICTS in article.text


@pytest.mark.parametrize("parts", [
    ["Sponsorship: This post is not sponsored.", CONFLICTS],  # no giver named
    ["Funding and support: none.", CONFLICTS],
    ["Funding and support: The Green Party supported the motion in the council vote.", CONFLICTS],  # politics
])
def test_a_declarations_label_over_no_named_support_is_no_statement(parts: list[str]) -> None:
    article = cleanpage.clean(disclosures_page(parts))
    assert article.funding is None
    assert CONFLICTS in article.text


def test_the_labelled_paragraph_outside_a_declarations_section_is_a_storys() -> None:
    page = story_page("en", LABELLED, STORY, headline="Moths and lamps", site="Fenwick Post")
    assert cleanpage.clean(page).funding is None


def test_the_labelled_paragraph_under_another_heading_is_a_storys() -> None:
    assert cleanpage.clean(disclosures_page([LABELLED], heading="What we found")).funding is None


def page(end: str) -> str:
    return story_page("en", end, STORY, headline="Moths and lamps", site="Fenwick Post")


@pytest.mark.parametrize("statement", [
    "Conservation of this lamp was funded by the Orvel Heritage Fund.",
    "Digitisation of these logbooks was supported by the Orvel Moth Trust.",
    "Development of this mapping tool is sponsored by Orvel Instruments.",
])
def test_a_work_of_the_pages_own_thing_by_its_demonstrative_is_a_statement(statement: str) -> None:
    article = cleanpage.clean(page(statement))
    assert article.funding == statement
    assert statement in article.text


@pytest.mark.parametrize("sentence", [
    "Restoration of the old chapel was funded by the Orvel Heritage Fund.",  # the story's thing: news
    "Development of the harbour is supported by the Orvel Port Fund.",
    "Conservation of this lamp was funded by the Orvel Heritage Fund, the curator said.",  # reported speech
    "Development of this estate was funded by a local bank.",  # no one named
    "Restoration of this kind is usually funded by the Orvel Heritage Fund.",  # any such work, not the page's
])
def test_the_same_words_as_news_are_no_statement(sentence: str) -> None:
    assert cleanpage.clean(page(sentence)).funding is None


def museum_page(facts: str) -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moth lamp, 1931</title></head>"
            f"<body><main><article class='object'><h1>Moth lamp, 1931</h1><p>{STORY}</p><p>{STORY} (2)</p>"
            f"<dl class='object-facts'><dt>Object number</dt><dd>OV.1931.07</dd>{facts}</dl></article></main>"
            f"<footer><p>© 2026 Orvel Museum</p></footer></body></html>")


def test_an_object_pages_credit_in_its_facts_is_the_statement() -> None:
    credit = "Conservation of this lamp was funded by the Orvel Heritage Fund."
    article = cleanpage.clean(museum_page(f"<dt>Credit</dt><dd>{credit}</dd>"))
    assert article.funding == credit
    assert credit in article.text


@pytest.mark.parametrize("statement", [
    "This story is part of Orvel Local, a reporting initiative funded by the Quelby Foundation.",
    "This report was produced by Orvel Desk, a partnership supported by the Quelby Trust.",
])
def test_the_pages_work_part_of_something_a_named_body_funds_is_a_statement(statement: str) -> None:
    article = cleanpage.clean(page(statement))
    assert article.funding == statement
    assert statement in article.text


@pytest.mark.parametrize("sentence", [
    "This story is about Orvel Farm, a dairy supported by the Quelby Trust.",  # the story's subject
    "This story is part of a series on Orvel Farm, a dairy supported by the Quelby Trust.",
    "The housing project, a scheme funded by the Orvel Council, opened on Monday.",
    "This story is part of Orvel Local, a reporting initiative funded by the Quelby Foundation, the editor said.",
])
def test_a_funded_subject_of_the_story_is_no_statement(sentence: str) -> None:
    assert cleanpage.clean(page(sentence)).funding is None
