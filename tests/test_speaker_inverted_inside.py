"""A French incise inside the quotation marks, its verb inverted with "il" or "elle" and its clause
closed by a full stop or a comma (« …, nous a-t-elle raconté lors de sa visite. Et … »), says the
person named before speaks, however many words of when and where follow the verb; not "être" (the
words of a text), a question's inversion, nor an inversion after no comma."""

from __future__ import annotations

import speaker_pages

NAMED = "<p>Claire Dufour a grandi dans une famille de marins du port de Douarnenez.</p>"


def speakers(quote: str) -> list[str | None]:
    return speaker_pages.speakers(f"{NAMED}<p>{quote}</p>", lang="fr")


def test_an_inverted_auxiliary_and_a_long_clause_inside_the_quote() -> None:
    assert speakers("« Mon grand-père est parti en mer pendant quarante ans, nous a-t-elle raconté lors de sa venue "
                    "au festival. Et pendant quarante ans, ma grand-mère a attendu. »") == ["Claire Dufour"]


def test_an_inverted_verb_closed_by_a_full_stop_inside_the_quote() -> None:
    assert speakers("« Mon grand-père est parti en mer pendant quarante ans, raconte-t-elle. Et pendant quarante ans, "
                    "ma grand-mère a attendu. »") == ["Claire Dufour"]


# where it must not fire


def test_etre_inverted_inside_the_quote_is_a_text() -> None:
    assert speakers("« Le port ferme le 3 mai pour des travaux sur la digue, est-il écrit dans la lettre envoyée aux "
                    "marins. »") == [None]


def test_a_question_inverted_inside_the_quote() -> None:
    assert speakers("« Le port ferme le 3 mai pour des travaux, a-t-il seulement compris pourquoi ? Personne ne lui "
                    "a rien dit. »") == [None]


def test_an_inversion_after_no_comma() -> None:
    assert speakers("« Ainsi va-t-il de la vie des marins du port, et rien ne change jamais ici. »") == [None]
