"""Funding forms of round 126: a sentence beside the statement that tells of money naming no one is the story's
news, not part of the value; a sponsor notice's support of a crowd is read in its own sentence, not with a story's
next one. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("The night ferry to the outer islands now stops at the old quay, and the harbour office keeps a list of "
         "waiting cars.")


def story(end: str, lang: str) -> str:
    return story_page(lang, end, STORY, headline="Night ferries", site="Quay Gazette")


# The statement and, in the same paragraph, the story's news of money a town spent on another thing, naming no one:
# the value is the statement alone; the paragraph stays in the body.
@pytest.mark.parametrize("statement, news, lang", [
    ("La Fundación Quarnel pagó el estudio.", "El ayuntamiento financió el año pasado un nuevo muelle.", "es"),
    ("Исследование оплатил фонд «Тихий причал».", "Город в прошлом году оплатил ремонт пирса.", "ru"),
    ("The survey was funded by the Osmer Harbour Trust.", "The council paid for a new slipway in the spring.", "en"),
])
def test_money_naming_no_one_beside_the_statement_is_the_storys_news(statement: str, news: str, lang: str) -> None:
    article = cleanpage.clean(story(f"{statement} {news}", lang))
    assert article.funding == statement
    assert news in article.text


# Beside the statement, sentences that name their funder, a grant, or go on with it stay in the value.
@pytest.mark.parametrize("beside", [
    "Additional support came from the Quarnel Rowing Club.",
    "It was also funded by the county.",
    "Grant number 44021 covered the boat hire.",
])
def test_a_sentence_naming_its_funder_or_going_on_stays_in_the_value(beside: str) -> None:
    statement = "The survey was funded by the Osmer Harbour Trust."
    article = cleanpage.clean(story(f"{statement} {beside}", "en"))
    assert article.funding == f"{statement} {beside}"


# A notice's support of a crowd ("with the support of the fans") is a story's sentence though the next sentence of its
# paragraph says 'fördert' of another thing; a named supporter's notice is still one.
def test_support_of_a_crowd_is_read_in_its_own_sentence() -> None:
    end = "Mit Unterstützung der Fans gewann der SV Quarnel am Sonntag das Pokalspiel. Die Werft fördert seit Jahren Gas im Hafen."
    assert cleanpage.clean(story(end, "de")).funding is None


def test_a_named_supporters_notice_is_still_the_statement() -> None:
    end = "Mit Unterstützung der Osmer-Stiftung."
    assert cleanpage.clean(story(end, "de")).funding == end
