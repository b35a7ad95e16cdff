"""A paragraph that is a quotation after the author's own lead-in ending in a colon ("… the same
awakening I had:", "My answer was simple:"): the author's words, as "I then ask the model, “…”" is
within one paragraph (sections._inline_quotes)."""

from __future__ import annotations

from speaker_pages import FILLER

import cleanpage


def speakers(paragraphs: str) -> list[str | None]:
    html = ("<!doctype html><html lang='en'><head><title>Harbour | Coast Post</title>"
            "<meta name='author' content='Jo Holmqvist'></head><body><article><h1>Harbour</h1>"
            f"<div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


def test_a_quote_paragraph_after_the_author_s_lead_in_saying_i_is_the_author_s() -> None:
    found = speakers("<p>If the tide tables are useful, you will have the same awakening I had:</p>"
                     "<p>“Oh no. I have been reading these wrong for the whole season.”</p>")
    assert found == ["Jo Holmqvist"]


def test_a_quote_paragraph_after_the_author_s_own_words_lead_is_the_author_s() -> None:
    found = speakers("<p>My answer to the harbour board was simple:</p>"
                     "<p>“The pier will not survive another winter like the last one.”</p>")
    assert found == ["Jo Holmqvist"]


# where it must not fire


def test_an_incise_after_the_quote_names_its_speaker_over_the_author_s_lead() -> None:
    found = speakers("<p>If the tide tables are useful, you will have the same awakening I had:</p>"
                     "<p>“Oh no. I have been reading these wrong for the whole season,” said Tom Berge.</p>")
    assert found == ["Tom Berge"]


def test_a_lead_in_that_does_not_say_i_gives_no_author() -> None:
    found = speakers("<p>The old sign above the slipway still says it plainly:</p>"
                     "<p>“No boats to be left on the slipway after dark in the winter months.”</p>")
    assert found == [None]
