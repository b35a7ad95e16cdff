"""Funding forms of round 101: a declarations section's paragraph under a funding label of its own; and the same words
in a story or over no named support. Every name and sentence is invented."""

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
