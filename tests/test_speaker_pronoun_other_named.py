"""A "he" or "she" of the other gender than the pronoun an earlier quotation showed the last speaker to be of,
no one heard before of the pronoun's gender: the one other person the sentence naming that speaker names
(LastPerson._named_beside). "Ann Lee met Tom Berge. “…,” she said. / “…,” he said": the second is his."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_english_he_after_she_is_the_other_person_of_the_meeting() -> None:
    page = (P("Orla Fenwick met Declan Rusk at the boatyard on Monday to settle the row over the slipway.")
            + P("“We have asked for a proper survey for six years,” she said.")
            + P("He was less sure. “The survey alone would cost more than the slipway,” he said."))
    assert speaker_pages.speakers(page) == ["Orla Fenwick", "Declan Rusk"]


def test_french_il_after_elle() -> None:
    page = (P("Maëlle Kervran a rencontré Gildas Le Floch devant la criée mardi matin.")
            + P("« Nous attendons une réponse depuis des années », a-t-elle dit.")
            + P("« Le port ne peut pas tout payer seul », a-t-il répondu."))
    assert speaker_pages.speakers(page, "fr") == ["Maëlle Kervran", "Gildas Le Floch"]


def test_two_others_named_pick_neither() -> None:
    page = (P("Orla Fenwick met Declan Rusk and Colm Tierney at the boatyard on Monday.")
            + P("“We have asked for a proper survey for six years,” she said.")
            + P("“The survey alone would cost more than the slipway,” he said."))
    assert speaker_pages.speakers(page)[-1] not in ("Orla Fenwick", "Declan Rusk")  # two others: neither chosen


def test_a_pronoun_leading_in_with_a_colon_after_the_other_gender_spoke() -> None:
    page = (P("Orla Fenwick met Declan Rusk at the boatyard on Monday to settle the row.")
            + P("“We have asked for a proper survey for six years,” she said.")
            + P("He, however, defended the plan: “It means two hundred jobs for the valley.”"))
    assert speaker_pages.speakers(page) == ["Orla Fenwick", "Declan Rusk"]


def test_spanish_el_leading_in_after_ella() -> None:
    page = (P("Lucía Berrondo se reunió con Ramiro Etxeberria el jueves para hablar del nuevo muelle.")
            + P("«No vamos a permitir que se rellene la bahía», dijo ella al salir.")
            + P("Él añadió: «El muelle traerá dos mil empleos a la comarca»."))
    assert speaker_pages.speakers(page, "es") == ["Lucía Berrondo", "Ramiro Etxeberria"]


def test_the_same_gender_again_stays_with_the_speaker() -> None:
    page = (P("Orla Fenwick met Declan Rusk at the boatyard on Monday to settle the row.")
            + P("“We have asked for a proper survey for six years,” she said.")
            + P("She added: “We will ask again at the next meeting of the board.”"))
    assert speaker_pages.speakers(page) == ["Orla Fenwick", "Orla Fenwick"]


def test_a_pronoun_after_a_quotation_of_the_same_paragraph_is_left_as_it_was() -> None:
    page = (P("Declan Rusk met Orla Fenwick at the boatyard on Monday to settle the row.")
            + P("“We will pay for the survey ourselves,” he said.")
            + P("Rusk still laughs at the memory. “It would have been easy for Orla Fenwick to walk away,” she said. "
                "“She stayed for the whole winter, and I respect that.”"))
    assert speaker_pages.speakers(page)[-1] == "Declan Rusk"  # the paragraph's subject; not Orla, spoken of
