"""A definite noun of who someone is after a quote ("», aseguró la regidora", "», ha spiegato il primo
cittadino") whose holder the page names nowhere stands for the one person the paragraphs before name,
when no one else is named or spoke since: the definite article says the reader knows them."""

from __future__ import annotations

import speaker_pages


def test_a_definite_noun_after_the_verb_is_the_one_person_named_before() -> None:
    assert speaker_pages.speakers(
        "<p>La alcaldesa, Casilda Urquiaga Beltrán, visitó el martes el muelle dañado del puerto.</p>"
        "<p>«Vamos a reconstruirlo antes del invierno», aseguró la regidora ante los pescadores.</p>",
        lang="es") == ["Casilda Urquiaga Beltrán"]


def test_an_adjective_and_a_noun_closing_the_incise() -> None:
    assert speaker_pages.speakers(
        "<p>Il sindaco di Roccaferma, Ermenegildo Scarpazza, ha firmato l’ordinanza sul porto.</p>"
        "<p>«Era una scelta che andava fatta da anni», ha spiegato il primo cittadino.</p>",
        lang="it") == ["Ermenegildo Scarpazza"]


def test_an_indefinite_noun_is_someone_new() -> None:
    assert speaker_pages.speakers(
        "<p>La alcaldesa de Puerto Almendro, Casilda Urquiaga Beltrán, visitó el martes el muelle dañado.</p>"
        "<p>«Llevamos meses esperando», dijo una pescadora ante la prensa.</p>", lang="es") == [None]


def test_two_people_named_before_leave_it_to_no_one() -> None:
    assert speaker_pages.speakers(
        "<p>La alcaldesa, Casilda Urquiaga Beltrán, y el concejal Anselmo Ibarreta Goñi visitaron el muelle.</p>"
        "<p>«Vamos a reconstruirlo antes del invierno», aseguró la regidora ante los pescadores.</p>",
        lang="es") == [None]




def test_a_source_kept_unnamed_is_not_the_one_named_before() -> None:
    assert speaker_pages.speakers(
        "<p>The harbour master, Agatha Penrose, inspected the quay on Tuesday morning.</p>"
        "<p>“She has known about the cracks for months,” said the source.</p>") == [None]


def test_a_noun_with_a_clause_set_off_after_it_brings_someone_in() -> None:
    assert speaker_pages.speakers(
        "<p>The harbour master, Agatha Penrose, inspected the quay on Tuesday morning.</p>"
        "<p>“That is the crack,” cried the foremost one, whom I took for a fisherman.</p>") == [None]
