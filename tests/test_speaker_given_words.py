"""A quote in a sentence that names someone's words by a noun and then the one who gave them, as the
subject of a clause right after it ("the definition Ann Marlow gave in an interview: dredging is “…”"):
that person's words, over an "I" before it (speakers.given_words_speaker)."""

from __future__ import annotations

from speaker_pages import FILLER

import cleanpage


def speakers(paragraphs: str) -> list[str | None]:
    html = ("<!doctype html><html lang='en'><head><title>Harbour | Coast Post</title>"
            "<meta name='author' content='Jo Holmqvist'></head><body><article><h1>Harbour</h1>"
            f"<div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


def test_the_one_who_gave_a_definition_the_writer_likes_speaks_it() -> None:
    found = speakers("<p>People think of dredging as digging. I like the definition Ann Marlow gave in this "
                     "interview: dredging is “the practice of keeping a channel open for the ships that need it "
                     "most.”</p>")
    assert found == ["Ann Marlow"]


def test_a_that_between_the_noun_and_the_one_who_gave_the_words() -> None:
    found = speakers("<p>I still remember the advice that Tom Berge gave me on my first day: “never trust a calm "
                     "sea in the month of November.”</p>")
    assert found == ["Tom Berge"]


# where it must not fire


def test_a_noun_for_words_with_no_one_giving_them_leaves_the_writer_speaking() -> None:
    found = speakers("<p>I like the definition in the Harbour Manual: dredging is “the practice of keeping a "
                     "channel open for the ships that need it most.”</p>")
    assert found == ["Jo Holmqvist"]
