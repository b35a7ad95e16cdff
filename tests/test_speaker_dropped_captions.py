"""A block quote signed in a caption the chrome rules drop, whole or in the part that held the name (a
<cite> whose class says "author"), is that person's quotation; a caption that names no person (a photo
credit, a work's title) gives no speaker, and a caption left in the body is read as it stands."""

from __future__ import annotations

import speaker_pages

BEFORE = "<p>The orchard trial ran for three summers on the slopes above the village.</p>"
AFTER = "<p>The growers also counted the bees that visited each row of trees.</p>"
SOIL = "<p>“An orchard keeps its own diary in the rings of its trees, if you care to read it.”</p>"


def speakers(block: str, lang: str = "en") -> list[str | None]:
    return [speaker for _text, speaker in speaker_pages.quotes(BEFORE + block + AFTER, lang=lang)]


def test_a_cite_with_an_author_class_signs_the_quote() -> None:
    found = speakers(f"<blockquote>{SOIL}<footer><cite class='quote-author'>Ann Ross, orchard keeper</cite>"
                     "</footer></blockquote>")
    assert found == ["Ann Ross"]


def test_a_german_cite_with_an_author_class_signs_the_quote() -> None:
    found = speakers("<blockquote><p>„Ein Obstgarten führt sein eigenes Tagebuch in den Jahresringen seiner Bäume.“</p>"
                     "<footer><cite class='blockquote__author'>Anna Roth, Obstbäuerin</cite></footer>"
                     "</blockquote>", lang="de")
    assert found == ["Anna Roth"]


# where it must not fire


def test_a_photo_credit_in_the_cite_signs_nothing() -> None:
    found = speakers(f"<blockquote>{SOIL}<footer><cite class='quote-author'>Photo: Hill Orchard, 2024</cite>"
                     "</footer></blockquote>")
    assert found == [None]


def test_a_work_title_in_the_cite_signs_nothing() -> None:
    found = speakers(f"<blockquote>{SOIL}<footer><cite class='quote-author'>The Orchard Diary</cite></footer>"
                     "</blockquote>")
    assert found == [None]


def test_a_caption_left_in_the_body_is_read_as_it_stands() -> None:
    assert speakers(f"<blockquote>{SOIL}<footer>— Ann Ross, orchard keeper</footer></blockquote>") == ["Ann Ross"]
