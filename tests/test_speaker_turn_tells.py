"""A transcript's turn whose speaker's label opens words of the turn's own that lead a quotation in with a
colon and say no "I" ("<b>Rosa Ebner:</b> Er sah mich an und sagte: „…“") tells of someone else's words: the
label's person is not the one quoted. A turn whose quotation follows the label at once, or whose words
say "I" said it, is the label's; a colon after a heading that names no one's label changes nothing."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_german_turn_telling_of_another() -> None:
    assert speaker_pages.speakers(P("Wir sprachen mit der Lehrerin Rosa Ebner.")
                                  + P("<strong>Rosa Ebner:</strong> Er sah mich an und sagte: „Für Bücher ist kein "
                                      "Geld da.“ Dann ging er."), lang="de") == [None]


def test_spanish_label_in_capitals_telling_of_another() -> None:
    assert speaker_pages.speakers(P("Hablamos con la maestra del pueblo, Rosa Echeverría.")
                                  + P("<strong>ECHEVERRÍA:</strong> Me miró a los ojos y dijo: «Aquí no hay dinero "
                                      "para libros». Luego se fue."), lang="es") == [None]


def test_words_right_after_the_label_are_the_labels() -> None:
    # must not fire: nothing between the label and the quotation
    assert speaker_pages.speakers(P("We talked to the teacher Rosa Ashby.")
                                  + P("<strong>Rosa Ashby:</strong> “There is no money for books, and there never "
                                      "was.”")) == ["Rosa Ashby"]


def test_i_told_them_is_the_labels() -> None:
    # must not fire: the turn says "I" told it
    assert speaker_pages.speakers(P("We talked to the teacher Rosa Ashby.")
                                  + P("<strong>Rosa Ashby:</strong> I told the council plainly: “There is no money "
                                      "for books, and there never was.”")) == ["Rosa Ashby"]


def test_a_heading_colon_is_no_label() -> None:
    # must not fire: "Harbour news in brief:" names no speaker
    assert speaker_pages.speakers(P("Harbour news in brief: Ann Lowry said on Monday: “The pier will reopen next "
                                    "spring, weather permitting.”")) == ["Ann Lowry"]
