"""A French incise inside the quotation marks, its verb inverted with "il" or "elle" and its clause
closed by a full stop or a comma (« …, nous a-t-il confié pendant la visite du chantier. Et … »), says
the person named before speaks, however many words of when and where follow the verb; not "être" (the
words of a text), a question's inversion, nor an inversion after no comma."""

from __future__ import annotations

import speaker_pages

NAMED = "<p>Marc Guillou répare des voiliers dans le même hangar depuis trente ans.</p>"


def speakers(quote: str) -> list[str | None]:
    return speaker_pages.speakers(f"{NAMED}<p>{quote}</p>", lang="fr")


def test_an_inverted_auxiliary_and_a_long_clause_inside_the_quote() -> None:
    assert speakers("« Chaque coque raconte les hivers qu’elle a passés dehors, nous a-t-il confié pendant la visite "
                    "du chantier. Et aucune ne ment sur son âge. »") == ["Marc Guillou"]


def test_an_inverted_verb_closed_by_a_full_stop_inside_the_quote() -> None:
    assert speakers("« Chaque coque raconte les hivers qu’elle a passés dehors, sourit-il. Et aucune ne ment sur son "
                    "âge. »") == ["Marc Guillou"]


# where it must not fire


def test_etre_inverted_inside_the_quote_is_a_text() -> None:
    assert speakers("« Le hangar ferme le 3 mai pour refaire la toiture, est-il écrit sur la porte du chantier. »") \
        == [None]


def test_a_question_inverted_inside_the_quote() -> None:
    assert speakers("« Le hangar ferme le 3 mai pour la toiture, a-t-il seulement compris pourquoi ? Personne ne lui "
                    "a rien dit. »") == [None]


def test_an_inversion_after_no_comma() -> None:
    assert speakers("« Ainsi va-t-il des voiliers du port, et rien ne change jamais dans ce hangar. »") == [None]
