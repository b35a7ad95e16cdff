"""Two people of one story, a woman and a man, whose quotations alternate by pronoun: the pronoun's gender
recorded for the person a role showed it of (LastPerson.gendered after _titled), a place after "above" or
"below" no one a pronoun stands for (WHERE_WORDS), Italian "Lui" and "Lei" opening a sentence that leads
into a quote (OPENING_PRONOUNS), and "Ella" before a surname a first name (PRONOUN_FIRST_NAMES)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_he_after_a_she_the_husband_showed() -> None:
    page = (P("Morwenna Trask and her husband, Alun Trask, have kept bees on the moor for twenty years.")
            + P("“We lost half the hives in March,” she said. “The cold came back too late.”")
            + P("He is more hopeful. “The queens we bought in spring are doing well.”"))
    assert speaker_pages.speakers(page) == ["Morwenna Trask", "Morwenna Trask", "Alun Trask"]


def test_a_place_above_which_they_farm_is_no_one() -> None:
    page = (P("Morwenna Trask and her husband, Alun Trask, have kept bees above Pen Garreg for twenty years.")
            + P("“We lost half the hives in March,” she said."))
    assert speaker_pages.speakers(page) == ["Morwenna Trask"]


def test_a_person_after_above_in_a_ranking_is_still_named_when_spoken_by_name() -> None:
    page = (P("The jury placed Morwenna Trask above Alun Trask in the final round.")
            + P("“I did not expect it,” Morwenna Trask said."))
    assert speaker_pages.speakers(page) == ["Morwenna Trask"]


def test_a_place_below_which_she_keeps_bees_is_no_one() -> None:
    page = (P("Morwenna Trask has kept bees on the slopes below Carn Dhu for twenty years.")
            + P("“We lost half the hives in March,” she said."))
    assert speaker_pages.speakers(page) == ["Morwenna Trask"]


def test_italian_lui_opening_a_sentence_after_her_quote() -> None:
    page = (P("Graziella Bortolan e il marito, Ettore Bortolan, gestiscono da vent'anni una malga sul Grappa.")
            + P("«Quest'anno l'erba è cresciuta poco», racconta lei.")
            + P("Lui allarga le braccia: «Mio padre non ci avrebbe creduto.»"))
    assert speaker_pages.speakers(page, "it") == ["Graziella Bortolan", "Ettore Bortolan"]


def test_italian_lei_opening_a_sentence_after_his_quote() -> None:
    page = (P("Ettore Bortolan e la moglie, Graziella Bortolan, gestiscono da vent'anni una malga sul Grappa.")
            + P("«Quest'anno l'erba è cresciuta poco», racconta lui.")
            + P("Lei sorride: «Lo dice ogni anno, e ogni anno poi compra altre mucche.»"))
    assert speaker_pages.speakers(page, "it") == ["Ettore Bortolan", "Graziella Bortolan"]


def test_french_lui_inside_a_sentence_is_no_subject() -> None:
    page = (P("Gaëlle Kerhervé a rencontré Yann Le Bihan devant la criée mardi matin.")
            + P("« Nous attendons une réponse depuis des années », a-t-elle dit.")
            + P("Elle lui a répondu : « Le port ne peut pas tout payer seul. »"))
    assert speaker_pages.speakers(page, "fr") == ["Gaëlle Kerhervé", "Gaëlle Kerhervé"]


def test_ella_before_a_surname_is_a_first_name() -> None:
    page = (P("Ella Marchbank met Rufus Tennant on the pier after the last ferry was cancelled.")
            + P("“I had a wedding to get to,” she said.")
            + P("“Best cancelled ferry of my life,” he said."))
    assert speaker_pages.speakers(page) == ["Ella Marchbank", "Rufus Tennant"]


def test_spanish_ella_opening_a_sentence_is_the_pronoun() -> None:
    page = (P("Remedios Olaizola presidió el pleno del martes en el ayuntamiento del valle.")
            + P("Ella respondió: «Nos preguntaron, pero nadie escuchó a los vecinos.»"))
    assert speaker_pages.speakers(page, "es") == ["Remedios Olaizola"]
