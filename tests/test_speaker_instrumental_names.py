"""A name in the Czech, Slovak or Polish instrumental after "with" ("S Pavlem Novotným hovořili novináři", "Z Anną
Kowalską rozmawiamy"): the nominative the page writes, or the one the instrumental's sure endings give
(WEST_SLAVIC_INSTRUMENTAL, INSTRUMENTAL_PREPOSITIONS in NameIndex._governed); not after an apostrophe's "s" or on
a page of a language that does not decline names."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_czech_man_with_the_page_nominative() -> None:
    page = (P("Trenér Radomír Kratochvíl po zápase řekl, že jeho tým „hrál úplně bez nápadu“.")
            + P("S Radomírem Kratochvílem pak hovořili novináři o budoucnosti. „O své práci nerozhoduji já,“ "
                "poznamenal."))
    assert speaker_pages.speakers(page, "cs")[-1] == "Radomír Kratochvíl"


def test_czech_adjective_surname_and_fleeting_e() -> None:
    page = (P("Trenér Pavel Kolínský po zápase řekl, že jeho tým „hrál úplně bez nápadu“.")
            + P("S Pavlem Kolínským pak hovořili novináři o budoucnosti. „O své práci nerozhoduji já,“ poznamenal."))
    assert speaker_pages.speakers(page, "cs")[-1] == "Pavel Kolínský"


def test_polish_woman_named_only_in_the_instrumental() -> None:
    page = (P("Z Barbarą Wiśniewską-Grot, dyrektorką szkoły muzycznej, rozmawiamy o brakach kadrowych.")
            + P("„Brakuje nam trzech nauczycieli fortepianu. Bez nich nie otworzymy nowej klasy” – mówi dyrektorka."))
    assert speaker_pages.speakers(page, "pl") == ["Barbara Wiśniewska-Grot"]


def test_english_possessive_s_before_a_name_is_no_preposition() -> None:
    page = P("The firm’s Ibrahim Ali said the harbour works were “on time and on budget”.")
    assert speaker_pages.speakers(page) == ["Ibrahim Ali"]
