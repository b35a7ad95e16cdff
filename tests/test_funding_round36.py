"""Funding forms of held-out round 36: statements broken by <br>, acknowledgements listed
one per item, restoration and digitisation as the funded work, a Polish work named before its
funder, and thanks to the audience for its support (not funding)."""

from __future__ import annotations

import pytest

import cleanpage

STORY = "".join(
    f"<p>Paragraph {i} on the mending of the old canal charts, long enough to read as running text that "
    f"a reader would want to keep in the article body.</p>" for i in range(5)
)


def page(inside: str, lang: str = "en") -> str:
    return (f"<!doctype html><html lang='{lang}'><head><title>Canal charts | Town Gazette</title></head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>Canal charts</h1>{STORY}{inside}</article></body></html>")


def test_a_statement_broken_by_br_reads_with_spaces() -> None:
    article = cleanpage.clean(page("<p>This work was supported by<br>the Ashcombe Canal Trust<br>under grant ACT-51.</p>"))
    assert article.funding == "This work was supported by the Ashcombe Canal Trust under grant ACT-51."


def test_listed_acknowledgements_keep_only_the_support_item() -> None:
    article = cleanpage.clean(page(
        "<h2>Acknowledgements</h2><ul><li>We thank the lock keepers for opening the stores.</li>"
        "<li>This work was supported by the Dunmore Heritage Fund (DHF-12).</li></ul>"))
    assert article.funding == "This work was supported by the Dunmore Heritage Fund (DHF-12)."


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The restoration was funded by the Pellow Paper Trust (grant PPT-3)."),
    ("fr", "La numérisation a été financée par la Fondation Canaux Anciens."),
    ("nl", "De restauratie werd gefinancierd door de Stichting Kanaalkaarten."),
    ("pl", "Konserwację sfinansowała Fundacja Starych Kanałów."),
])
def test_the_mending_of_the_work_is_a_funded_work(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(f"<p>{sentence}</p>", lang)).funding == sentence


@pytest.mark.parametrize("sentence", [
    "We thank everyone who came to the open day, and all our readers for their support over the years.",
    "Remont sfinansowało miasto, a prace potrwają do jesieni.",  # a town's money as news, no named funder
])
def test_thanks_to_the_audience_and_unnamed_money_are_not_funding(sentence: str) -> None:
    assert cleanpage.clean(page(f"<p>{sentence}</p>")).funding is None
