"""Funding forms of round 56: statements in page-builder boxes, cards, definition lists and footnotes, in
languages read weakly before; and the same words used as news, which are no funding. Every name and
sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers sorted the old mill's ledgers by year and wrote a short note on each box, so that the "
         "town can read how the mill fared from season to season.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Mill ledgers", site="Mill Gazette")


@pytest.mark.parametrize("sentence", [
    # the supporter follows the support word; a club's acronym and year after the verb are the story's
    "Mit Unterstützung der Fans gewann der SV Lindau 1961 das Pokalfinale.",
    "Mit Unterstützung der Eltern holte die TSG Auental den Titel",
])
def test_a_german_support_line_names_its_supporter_right_after_the_support(sentence: str) -> None:
    assert cleanpage.clean(page("de", sentence)).funding is None


@pytest.mark.parametrize("line", [
    "Mit freundlicher Unterstützung der Mühlenstiftung Auental",
    "Mit Unterstützung der Stiftung für ländliche Kultur",
    "Mit Unterstützung des BMBF",
])
def test_a_german_support_line_naming_a_body_is_the_field(line: str) -> None:
    article = cleanpage.clean(page("de", line))
    assert article.funding is not None and line in article.funding
