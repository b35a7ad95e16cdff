"""Speakers a sentence or a paragraph away from their quotation, and the wrong person a nearer name offers:
someone who keeps their name out of the paper, a signature line under a block quote, a surname after a
full name that holds a nickname."""

from __future__ import annotations

import cleanpage

FILLER = "".join(f"<p>Background paragraph {i} on the harbour story, long enough to read as running text of "
                 f"the article body that a reader would keep.</p>" for i in range(4))


def speakers(paragraphs: str, lang: str = "en") -> list[str | None]:
    html = (f"<!doctype html><html lang='{lang}'><head><title>Harbour | Coast Courier</title></head><body><article>"
            f"<h1>Harbour</h1><div class='body'>{FILLER}{paragraphs}</div></article></body></html>")
    return [q.speaker for q in cleanpage.clean(html).quotes]


def test_a_source_who_asked_not_to_be_named_is_nobody_named_before() -> None:
    found = speakers("<p>Harbour master Ann Lindqvist opened the new quay on Monday.</p>"
                     "<p>Not everyone was pleased. One trawler skipper, who asked not to be named because he still "
                     "rents a berth, said the fees had doubled. “We pay twice what we paid in spring,” he said. "
                     "“Nobody from the council ever asked us about it.”</p>")
    assert found == [None, None]


def test_anonymity_in_other_languages_leaves_the_speaker_null() -> None:
    german = speakers("<p>Bürgermeister Jan Holm eröffnete den Kai am Montag.</p>"
                      "<p>Ein Fischer, der seinen Namen nicht in der Zeitung lesen wollte, fasste die Stimmung am "
                      "Hafen so zusammen: „Die Gebühren haben sich verdoppelt, und keiner hat uns gefragt.“</p>", "de")
    spanish = speakers("<p>La alcaldesa Marta Quiroga inauguró el muelle el lunes.</p>"
                       "<p>Un pescador del puerto, que prefirió no dar su nombre, se quejó de las tarifas. "
                       "“Pagamos el doble que en primavera, la verdad”, dijo.</p>", "es")
    french = speakers("<p>La maire Odile Ferrand a inauguré le quai lundi.</p>"
                      "<p>Un pêcheur, qui a requis l’anonymat, n’est pas convaincu. « Nous payons deux fois plus "
                      "qu’au printemps », dit-il.</p>", "fr")
    assert (german, spanish, french) == ([None], [None], [None])


def test_a_role_word_after_an_anonymous_source_is_not_the_one_holding_the_office() -> None:
    found = speakers("<p>The harbour minister, Tom Berge, is said to have read the report in May.</p>"
                     "<p>One senior official, speaking on condition of anonymity, was blunter. ‘Everybody at the "
                     "ministry knows the quay is a gamble,’ the official said.</p>")
    assert found == [None]


def test_a_person_named_after_the_anonymous_source_still_speaks() -> None:
    found = speakers("<p>A deckhand who asked not to be named said the ferry leaks. Ann Lindqvist, the harbour "
                     "master, disagreed. “We inspected the hull in March and it is sound,” she said.</p>"
                     "<p>A fisherman who declined to give his name said the fees were too high. “We lost half the "
                     "nets this winter,” said Tom Berge, the chair of the fishers’ union.</p>")
    assert found == ["Ann Lindqvist", "Tom Berge"]


def test_a_signature_line_under_a_block_quote_names_the_person_not_the_place_after_it() -> None:
    found = speakers("<p>The shop sells blankets woven on the old looms.</p>"
                     "<blockquote>Compré una manta para mi madre y acabé volviendo por tres más. Se nota que "
                     "detrás hay manos.</blockquote><p>— Marta Olivares, clienta de Jerez de la Frontera</p>", "es")
    assert found == ["Marta Olivares"]


def test_a_titled_signature_in_a_block_quote_footer_is_the_person() -> None:
    found = speakers("<p>Die Stadtwerke haben den Ausbau des Netzes gestoppt.</p>"
                     "<blockquote><p>Die Wärmewende wird nicht in der Hauptstadt entschieden, sondern in den Kellern "
                     "der Häuser.</p><footer>— Prof. Dr. Jan Holm, Energieökonom an der Hochschule Nordstadt"
                     "</footer></blockquote>", "de")
    assert found == ["Jan Holm"]


def test_a_surname_stands_for_the_full_name_that_holds_a_nickname() -> None:
    found = speakers("<p>Senator Harold “Hal” Brennan and Representative Yvette Marsh wrote the harbour bill. "
                     "Brennan said on Tuesday he would ask for more money in January.</p>"
                     "<p>“People stepped up exactly the way we hoped they would,” he said.</p>"
                     "<p>“We will see what the winter brings,” Brennan added.</p>")
    assert found == ["Harold “Hal” Brennan", "Harold “Hal” Brennan"]


def test_a_first_name_opening_the_sentence_before_a_dropped_subject_is_the_one_named_in_full() -> None:
    found = speakers("<p>Rosario Gil Carrasco, de 71 años, aprendió el oficio de su madre en el taller del puerto.</p>"
                     "<blockquote>Compré una manta para mi madre y acabé volviendo por tres más. Se nota que detrás "
                     "hay manos.</blockquote><p>— Marta Olivares, clienta de Puerto Real</p>"
                     "<p>El negocio aún no da para vivir con holgura. Rosario no se queja. «A mi edad, lo que quiero "
                     "es que esto no se muera conmigo», dice.</p>", "es")
    assert found == ["Marta Olivares", "Rosario Gil Carrasco"]


def test_a_first_name_two_people_share_gives_no_speaker_to_a_dropped_subject() -> None:
    found = speakers("<p>Rosario Gil y Rosario Mena tejen en el taller del puerto desde hace años.</p>"
                     "<p>Marta Olivares compró tres mantas el verano pasado.</p>"
                     "<p>El negocio aún no da para vivir con holgura. Rosario no se queja. «A mi edad, lo que quiero "
                     "es que esto no se muera conmigo», dice.</p>", "es")
    assert found[-1] != "Marta Olivares"


def test_a_party_in_brackets_after_the_name_leading_in_is_not_the_speaker() -> None:
    found = speakers("<p>Auch im Rat war die Stimmung gereizt. Gemeinderat Jan Holm (Freie Liste) warf der Verwaltung "
                     "vor, Gutachten zu spät vorgelegt zu haben: „Wir haben das Gutachten am Montag bekommen und "
                     "sollen am Donnerstag entscheiden.“</p>", "de")
    assert found == ["Jan Holm"]


def test_a_french_reflexive_perfect_and_an_office_before_the_name_attribute_the_quote() -> None:
    found = speakers("<p>La fréquentation du port a augmenté de 18 % sur un an. « Le cœur du port n’a jamais été "
                     "aussi vivant », s’est félicité le vice-président chargé des transports, Fabien Roussel-Mory, "
                     "lors d’une conférence de presse.</p>", "fr")
    assert found == ["Fabien Roussel-Mory"]


def test_a_polish_degree_written_small_before_the_name_in_the_incise() -> None:
    found = speakers("<p>„Dziesięć lat temu nikt by nam nie uwierzył, że to się da zrobić w porcie”, mówi prezes "
                     "stoczni, inż. Tomasz K. Nowicki. „Wszyscy myśleli, że elektryczne promy to sprawa innych.”</p>",
                     "pl")
    assert found == ["Tomasz K. Nowicki", "Tomasz K. Nowicki"]


def test_a_short_sentence_with_a_fronted_clause_introduces_the_next_paragraphs_quote() -> None:
    english = speakers("<p>Asked about the ferry fares, Ana Ruiz was blunt.</p>"
                       "<p>“Nobody in this town can pay twice what they paid last spring.”</p>")
    french = speakers("<p>Interrogée sur les tarifs, Odile Ferrand a été catégorique.</p>"
                      "<p>« Personne dans cette ville ne peut payer deux fois plus qu’au printemps dernier. »</p>", "fr")
    spanish = speakers("<p>Preguntada por las tarifas, Ana Ruiz fue tajante. «Nadie en este pueblo puede pagar el "
                       "doble que la primavera pasada.»</p>", "es")
    assert (english, french, spanish) == (["Ana Ruiz"], ["Odile Ferrand"], ["Ana Ruiz"])


def test_a_fronted_clause_before_a_sentence_naming_two_people_gives_no_speaker() -> None:
    found = speakers("<p>In the end, Ana Ruiz met Tom Berge at the quay.</p>"
                     "<p>“Nobody in this town can pay twice what they paid last spring.”</p>")
    assert found == [None]


def test_the_sentence_after_a_quotation_in_its_paragraph_says_whose_words_they_were() -> None:
    english = speakers("<p>Mayor Ana Ruiz opened the meeting. Tom Berge spoke after her.</p>"
                       "<p>“Nobody in this town can pay twice what they paid last spring.” That was how Ruiz "
                       "put it.</p>")
    french = speakers("<p>« Personne dans cette ville ne peut payer deux fois plus qu’au printemps dernier. » C’est "
                      "ce qu’a déclaré Odile Ferrand lundi.</p>", "fr")
    assert (english, french) == (["Ana Ruiz"], ["Odile Ferrand"])


def test_the_agent_of_a_passive_lead_in_speaks_not_its_subject() -> None:
    english = speakers("<p>Tom Berge was praised by Ann Lindqvist: “He kept the ferry running through the worst "
                       "winter in forty years.”</p>")
    german = speakers("<p>Tom Berge wurde von Anna Roth gelobt: „Er hat die Fähre durch den schlimmsten Winter seit "
                      "vierzig Jahren gebracht.“</p>", "de")
    spanish = speakers("<p>Tomás Berga fue elogiado por Ana Ruiz: «Mantuvo el ferry en marcha durante el peor invierno "
                       "en cuarenta años.»</p>", "es")
    assert (english, german, spanish) == (["Ann Lindqvist"], ["Anna Roth"], ["Ana Ruiz"])


def test_a_subject_interviewed_or_quoted_by_someone_keeps_the_quote() -> None:
    found = speakers("<p>Tom Berge was interviewed by Ann Lindqvist on Monday: “I kept the ferry running through the "
                     "worst winter in forty years.”</p>")
    assert found == ["Tom Berge"]
