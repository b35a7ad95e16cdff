"""A party's letters in brackets after a name ("Mette Krog (V) er skeptisk.", "Mike Sund (SPD) ist skeptisch.")
are left out of the short sentence read for the subject before a quote (speakers.subject_before, NAME_ASIDE_RE),
so they end no name: the quote after it is that person's. A sentence with no name before the brackets stays no
one's. Names, parties and words invented."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format
OPENING = P("Byrådet holdt møde mandag om det nye torv midt i byen og dets parkering.")


def test_a_danish_party_after_the_name() -> None:
    page = OPENING + P("Byrådsmedlem Mette Krog (V) er skeptisk. ”Det er en dyr drøm i en kommune med tomme kasser.”")
    assert speaker_pages.speakers(page, "da") == ["Mette Krog"]


def test_a_german_party_after_the_name() -> None:
    page = P("Der Stadtrat hat am Montag über den neuen Platz in der Innenstadt beraten.") \
        + P("Mike Sund (SPD) ist skeptisch. „Das ist ein teurer Traum in einer Stadt mit leeren Kassen.“")
    assert speaker_pages.speakers(page, "de") == ["Mike Sund"]


def test_brackets_after_no_name_name_no_one() -> None:
    page = OPENING + P("Oppositionen (V) er skeptisk. ”Det er en dyr drøm i en kommune med tomme kasser.”")
    assert speaker_pages.speakers(page, "da") == [None]
