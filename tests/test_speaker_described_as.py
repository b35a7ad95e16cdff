"""A quotation that opens on an indefinite article after a verb of naming or describing ("The trust called
it “an overdue repair”", "described the plan as “a gift to the town”": _described_as) is a judgement the
sentence's subject says, listed as theirs however short; a name given to a thing ("“the Needle”") takes no
such article and stays out."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_body_named_in_full_calls_it_a_short_description() -> None:
    page = P("The ferry was meant to be temporary: Hollowmere Harbour Trust called it “an overdue repair” when it "
             "opened.")
    assert speaker_pages.speakers(page) == ["Hollowmere Harbour Trust"]


def test_a_person_named_before_a_description_after_as() -> None:
    page = P("In a note to the board written in 1902, the warden Ebenezer Quayle described the island as "
             "“a rock of more gulls than neighbours”. The board did not reply.")
    assert speaker_pages.speakers(page) == ["Ebenezer Quayle"]


def test_norwegian_and_portuguese_descriptions() -> None:
    norwegian = (P("Fergeselskapet opplyser at ruten blir innstilt «i minst to uker».")
                 + P("Ordføreren i Skarvik, Ingrid Solbakken, kaller det «en katastrofe for bygda»."))
    portuguese = P("A enfermeira-chefe, Filipa Monteverde, qualificou o corte como “uma falta de respeito pelos "
                   "doentes e pelas equipas”.")
    assert speaker_pages.speakers(norwegian)[-1] == "Ingrid Solbakken"
    assert speaker_pages.speakers(portuguese) == ["Filipa Monteverde"]


def test_a_verb_of_describing_in_a_relative_clause() -> None:
    page = P("A presidente da câmara, Benedita Lousada, defendeu na terça-feira a nova taxa, que descreveu como "
             "“uma forma justa de partilhar os custos”.")
    assert speaker_pages.speakers(page) == ["Benedita Lousada"]


def test_a_name_given_to_a_thing_stays_out() -> None:
    page = P("The ferry was meant to be temporary: Hollowmere Harbour Trust called it “the long stopgap” when it "
             "opened.")
    assert speaker_pages.speakers(page) == []


def test_a_description_after_a_verb_that_names_nothing_stays_out() -> None:
    page = P("Councillor Ottoline Braithwaite opened the fair with “a quiet word” to the stallholders.")
    assert speaker_pages.speakers(page) == []
