"""A paragraph reporting what one person said, with a piece of their words quoted in it, then a paragraph
that is a quotation alone: the same person goes on ("Ann Lee told the council the vote had been “rushed
through”." / "“Nobody asked us.”"). The paragraph ends in that person's voice as it does after "…,” said Ann
Lee." A sentence naming someone else after the piece, or a paragraph between about someone new, ends it."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format
QUOTE = "“We were never asked about the second bridge, not once in three years.”"


def test_english_reported_piece_then_quote_paragraph() -> None:
    page = (P("The council met on Monday to vote on the new bridge.")
            + P("Councillor Ann Pellow told the meeting that the vote had been “rushed through in an hour”.")
            + P(QUOTE))
    assert speaker_pages.speakers(page) == ["Ann Pellow", "Ann Pellow"]


def test_english_short_piece_she_was_then_quote_paragraph() -> None:
    page = (P("The council met on Monday to vote on the new bridge.")
            + P("Councillor Ann Pellow says she was “really surprised” by the vote.")
            + P(QUOTE))
    assert speaker_pages.speakers(page)[-1] == "Ann Pellow"


def test_german_reported_piece_then_quote_paragraph() -> None:
    page = (P("Der Rat hat am Montag über die neue Brücke abgestimmt.")
            + P("Bürgermeisterin Gudrun Weißbach sagte, der Plan sei „in einer einzigen Stunde durchgewinkt“ worden.")
            + P("„Niemand hat uns je nach der zweiten Brücke gefragt, nicht ein einziges Mal.“"))
    assert speaker_pages.speakers(page, "de") == ["Gudrun Weißbach", "Gudrun Weißbach"]


def test_spanish_reported_piece_then_quote_paragraph() -> None:
    page = (P("El pleno votó el lunes el proyecto del puente.")
            + P("La concejala Remedios Galán dijo que el plan se aprobó «en una sola hora y sin debate».")
            + P("«Nunca nos preguntaron por el segundo puente, ni una sola vez en tres años»."))
    assert speaker_pages.speakers(page, "es") == ["Remedios Galán", "Remedios Galán"]


def test_french_reported_piece_then_quote_paragraph() -> None:
    page = (P("Le conseil a voté lundi le projet du pont.")
            + P("L'élue Solène Marchetaux a expliqué que le projet avait été « adopté en une heure à peine ».")
            + P("« Personne ne nous a jamais consultés sur le second pont, pas une fois. »"))
    assert speaker_pages.speakers(page, "fr") == ["Solène Marchetaux", "Solène Marchetaux"]


def test_someone_new_between_or_after_is_no_one() -> None:
    page = (P("The council met on Monday to vote on the new bridge.")
            + P("Councillor Ann Pellow said the vote had been “rushed through in an hour”.")
            + P("A neighbour, who would not give her name, was angrier.")
            + P(QUOTE))
    assert speaker_pages.speakers(page) == ["Ann Pellow", None]
    page = (P("The council met on Monday to vote on the new bridge.")
            + P("Councillor Ann Pellow said the vote had been “rushed through in an hour”. Tom Ealing disagreed.")
            + P(QUOTE))
    assert speaker_pages.speakers(page) == ["Ann Pellow", None]
