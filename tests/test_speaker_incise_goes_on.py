"""A quotation after the incise of the one before, the incise its whole sentence ("“…,” says the
historian from the … Centre. “…”"), goes on in the voice the incise gave, however long the incise
is; not where the words between name another person, say more than the incise, or the incise gave
no one."""

from __future__ import annotations

import speaker_pages


def test_an_english_role_incise_with_a_workplace_then_the_next_quote() -> None:
    found = speaker_pages.speakers(
        "<p>Harbour historian Ann Lee is not surprised. “The town forgot its harbour for decades,” says the "
        "historian from the Coastal Records Centre in Westport. “Now it has to catch up all at once.”</p>")
    assert found == ["Ann Lee", "Ann Lee"]


def test_a_german_role_incise_with_a_workplace_then_the_next_quote() -> None:
    found = speaker_pages.speakers(
        "<p>Für Hafenforscherin Jana Wolters kommt der Plan spät. „Die Stadt hat den Hafen lange vergessen“, sagt "
        "die Wissenschaftlerin vom Zentrum für Küstenforschung in Bremerhaven. „Jetzt muss sie alles auf einmal "
        "nachholen.“</p>", lang="de")
    assert found == ["Jana Wolters", "Jana Wolters"]


def test_a_french_role_incise_with_a_workplace_then_the_next_quote() -> None:
    found = speaker_pages.speakers(
        "<p>L’historienne Claire Dufour n’est pas surprise. « La ville a oublié son port pendant des décennies », "
        "explique la chercheuse du Centre d’études côtières de Brest. « Maintenant, il faut tout rattraper d’un "
        "coup. »</p>", lang="fr")
    assert found == ["Claire Dufour", "Claire Dufour"]


# where it must not fire


def test_a_second_sentence_between_the_quotes_is_no_incise() -> None:
    found = speaker_pages.speakers(
        "<p>Harbour historian Ann Lee is not surprised. “The town forgot its harbour for decades,” says the "
        "historian from the Coastal Records Centre. Her colleague at the centre sees it another way. “Now it has "
        "to catch up all at once.”</p>")
    assert found == ["Ann Lee", None]


def test_an_incise_naming_another_person_between_the_quotes() -> None:
    found = speaker_pages.speakers(
        "<p>Harbour historian Ann Lee is not surprised. “The town forgot its harbour for decades,” says the "
        "historian, who wrote the survey with Tom Park of the Coastal Records Centre. “Now it has to catch up all "
        "at once.”</p>")
    assert found == ["Ann Lee", None]


def test_an_incise_that_gave_no_one_gives_the_next_quote_no_one() -> None:
    found = speaker_pages.speakers(
        "<p>Harbour historian Ann Lee is not surprised. “The town forgot its harbour for decades,” says a ferry "
        "captain from the island of Holm, who gave no name. “Now it has to catch up all at once.”</p>")
    assert found == [None, None]
