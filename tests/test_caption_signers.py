"""A block quotation signed in a caption the chrome rules drop (a page not said to be an article
loses its figure captions; a blockquote's <footer> may read as a site footer): the quotation is
given the caption's person, and the body stays as the rules left it, the caption gone."""

from __future__ import annotations

import pytest

import cleanpage

FILLER = "".join(f"<p>Paragraph {i}: the harbour reopened on Monday after three weeks of repairs to the pier, "
                 f"the crane and the old sea wall.</p>" for i in range(4))


def cleaned(quotation: str) -> cleanpage.Article:
    html = (f"<html><head><title>Harbour</title></head><body><nav><a href='/'>Home</a></nav><main><h1>Harbour</h1>"
            f"{FILLER}{quotation}<p>More boats are expected in the spring as the season opens.</p></main>"
            f"<footer><p>© Harbour Trust</p></footer></body></html>")
    return cleanpage.clean(html)


@pytest.mark.parametrize(("quotation", "speaker"), [
    (("<figure><blockquote><p>“We rebuilt the pier in three weeks, and the boats are back.”</p></blockquote>"
     "<figcaption>— Ann Lee, head of the harbour trust</figcaption></figure>"), "Ann Lee"),
    (("<figure><blockquote><p>“Nous avons reconstruit la jetée en trois semaines, et les bateaux sont revenus.”</p>"
     "</blockquote><figcaption>— Claire Dubois, directrice du port</figcaption></figure>"), "Claire Dubois"),
    (("<blockquote><p>„Wir haben den Steg in drei Wochen neu gebaut, die Boote sind zurück.“</p>"
     "<footer class='footer'>— Anna Roth, Hafenmeisterin</footer></blockquote>"), "Anna Roth"),
    (("<blockquote><p>“Reconstruimos el muelle en tres semanas y los barcos han vuelto.”</p></blockquote>"
     "<p class='caption'>Lucía Romero, jefa del puerto</p>"), "Lucía Romero"),
])
def test_dropped_caption_signs_the_quotation(quotation: str, speaker: str) -> None:
    article = cleaned(quotation)
    assert [q.speaker for q in article.quotes] == [speaker]
    assert speaker.split()[-1] not in article.text  # the caption is still dropped from the body


@pytest.mark.parametrize("caption", [
    "Photo: Ann Lee",
    "Photo by Ann Lee",
    "Source: Harbour Trust annual report",
    "March 3, 2021",
    "The Long Shore",
])
def test_caption_that_names_no_person_signs_nothing(caption: str) -> None:
    article = cleaned("<figure><blockquote><p>“We rebuilt the pier in three weeks, and the boats are back.”</p>"
                      f"</blockquote><figcaption>{caption}</figcaption></figure>")
    assert [q.speaker for q in article.quotes] == [None]


def test_unmarked_block_signed_by_a_person_is_listed() -> None:
    """A caption that signs a block with a person's name says who speaks it, marks or not: the words are
    hers, not the author's set apart (a figure's <blockquote> and <figcaption>, as pages set a quotation)."""
    article = cleaned("<figure><blockquote><p>We rebuilt the pier in three weeks, and the boats are back.</p>"
                      "</blockquote><figcaption>— Ann Lee, head of the harbour trust</figcaption></figure>")
    assert [q.speaker for q in article.quotes] == ["Ann Lee"]


@pytest.mark.parametrize("caption", ["Photo: Ann Lee", "The Long Shore", "March 3, 2021"])
def test_unmarked_block_signed_by_no_person_stays_unlisted(caption: str) -> None:
    """An unmarked block with no lead-in and no person signing it is the author's own words set apart."""
    article = cleaned("<figure><blockquote><p>We rebuilt the pier in three weeks, and the boats are back.</p>"
                      f"</blockquote><figcaption>{caption}</figcaption></figure>")
    assert article.quotes == ()
