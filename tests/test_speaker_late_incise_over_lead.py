"""A quotation led in by a colon whose sentence runs on past it and ends on an incise naming a person in
full ("The Harbour Gazette reports: “…” across the county, said Ann Lowry."): the words are the person's
the sentence ends on, the one leading in only passes them on. Not where the incise gives a pronoun or a
role word alone, nor where the quotation ends a sentence of its own before the name."""

from __future__ import annotations

import speaker_pages


def test_an_outlet_leads_in_and_a_person_ends_the_sentence() -> None:
    assert speaker_pages.speakers("<p>The Harbour Gazette reports: “Fishing crews are struggling to find buyers for "
                                  "the winter catch” across the county, said Ann Lowry.</p>") == ["Ann Lowry"]


def test_french_outlet_then_a_declaring_person() -> None:
    assert speaker_pages.speakers("<p>Le Courrier du Port rapporte : « les équipages peinent à vendre la pêche "
                                  "d’hiver » dans tout le département, a déclaré Odile Vanderkam.</p>", lang="fr") \
        == ["Odile Vanderkam"]


def test_spanish_outlet_then_a_person() -> None:
    assert speaker_pages.speakers("<p>El Diario del Puerto informa: «los pescadores no encuentran compradores para la "
                                  "captura» en toda la comarca, dijo Ana Lozano.</p>", lang="es") == ["Ana Lozano"]


def test_italian_outlet_then_a_person() -> None:
    assert speaker_pages.speakers("<p>Il Corriere del Porto scrive: «i pescatori non trovano compratori per il pescato "
                                  "invernale» in tutta la provincia, ha detto Anna Lorenzi.</p>", lang="it") \
        == ["Anna Lorenzi"]


# where it must not fire


def test_a_pronoun_ending_the_sentence_is_the_one_leading_in() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry put it plainly: “we are done with the old quay and its broken "
                                  "cranes” this winter, she said.</p>") == ["Ann Lowry"]


def test_a_role_word_ending_the_sentence_names_no_one_new() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry put it plainly: “we are done with the old quay and its broken "
                                  "cranes” this winter, said the mayor.</p>") == ["Ann Lowry"]


def test_a_quote_ending_its_own_sentence_keeps_its_lead() -> None:
    assert speaker_pages.speakers("<p>Tom Berge was blunt: “The crews cannot sell the winter catch any more.” The "
                                  "cooperative, said Ann Lowry, will meet on Monday.</p>") == ["Tom Berge"]
