"""Several people speaking in turn in one paragraph of news: the first reported ("X said that “…”"), the
next named in full in a sentence of their own that leads in a quote with a colon ("Y shook her head: “…”").
The colon's quote is the second person's, not the first's: a verb of saying in a sentence that ended
before is not the colon clause's. A lead-in that names no one goes on in the voice before ("Then, after
a while: “…”")."""

from __future__ import annotations

import speaker_pages


def test_ru_second_person_disagrees() -> None:
    assert speaker_pages.speakers("<p>Глава района Пётр Лосев заявил, что «мост откроют в мае». Фермер Ольга "
                                  "Кречетова с этим не согласна: «Мост обещают уже пятый год».</p>", lang="ru") \
        == ["Пётр Лосев", "Ольга Кречетова"]


def test_da_gesture_then_colon() -> None:
    assert speaker_pages.speakers("<p>Borgmester Karen Holt siger, at »skolen skal blive i byen«. Skolelæreren Mads "
                                  "Fenger ryster på hovedet: »Det har vi hørt før.«</p>", lang="da")[-1] == "Mads Fenger"


def test_de_second_speaker_after_dass() -> None:
    assert speaker_pages.speakers("<p>Bürgermeister Jens Kortmann sagte, dass „die Schule bleibt“. Die Lehrerin Maria "
                                  "Feldhaus schüttelt den Kopf: „Das glaubt hier niemand mehr.“</p>", lang="de") \
        == ["Jens Kortmann", "Maria Feldhaus"]


def test_en_second_speaker_unmoved() -> None:
    assert speaker_pages.speakers("<p>Councillor Ann Ridley said the bridge “will stay open all winter”. Ferryman Tom "
                                  "Barrow was unmoved: “We have heard that every autumn.”</p>") == ["Ann Ridley", "Tom Barrow"]


def test_es_second_speaker_doubts() -> None:
    assert speaker_pages.speakers("<p>El alcalde Rufino Garay dijo que «el puerto abrirá en mayo». La pescadora Maite "
                                  "Zubiri no lo ve claro: «Eso mismo dijeron el año pasado».</p>", lang="es") \
        == ["Rufino Garay", "Maite Zubiri"]


def test_fr_spaced_closing_mark_ends_the_sentence() -> None:
    assert speaker_pages.speakers("<p>Le maire Paul Tessier a affirmé que « la gare restera ouverte ». Jeanne Morvan, "
                                  "agricultrice, hausse les épaules : « On nous l’a déjà promis. »</p>", lang="fr") \
        == ["Paul Tessier", "Jeanne Morvan"]


# where it must not fire


def test_lead_in_naming_no_one_goes_on_in_the_voice_before() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry has kept the lighthouse for forty years.</p><p>“Habit,” she says, as "
                                  "if that settles it. Then, after a long pause: “And I don't trust the new "
                                  "lamp.”</p>") == ["Ann Lowry"]


def test_firm_abbreviation_ends_no_sentence() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry of Coastline Ltd. said: “The pier was never closed to us.”</p>") \
        == ["Ann Lowry"]


def test_second_person_who_speaks_in_the_same_sentence_keeps_her_verb() -> None:
    assert speaker_pages.speakers("<p>Ann Lowry said that the pier “was never closed to us”. Tom Berge, the harbour "
                                  "master, agreed, adding: “It was only the gate that was shut.”</p>") \
        == ["Ann Lowry", "Tom Berge"]


def test_title_before_the_name_ends_no_sentence() -> None:
    assert speaker_pages.speakers("<p>The harbour board met on Monday. Sen. Tom Berge told the meeting: “The pier "
                                  "was never closed to us.”</p>") == ["Tom Berge"]


# the voice of a quote goes on to the next only where no sentence between names another person in full


def test_ro_second_person_in_a_sentence_of_her_own() -> None:
    assert speaker_pages.speakers("<p>„Nu închidem școala”, a declarat primarul Victor Pârjol. Directoarea, Ilinca "
                                  "Mărășescu, a spus însă că „de luni nu mai avem profesori de chimie”.</p>", lang="ro") \
        == ["Victor Pârjol", "Ilinca Mărășescu"]


def test_es_second_person_named_gives_no_first_voice() -> None:
    assert speaker_pages.speakers("<p>«No cerraremos la escuela», aseguró el alcalde Víctor Parra. A su lado, la "
                                  "directora Ilona Marín fue más cauta: «Desde el lunes no tenemos profesor de "
                                  "química».</p>", lang="es")[-1] != "Víctor Parra"


def test_it_second_person_named_gives_no_first_voice() -> None:
    assert speaker_pages.speakers("<p>«Non chiudiamo la scuola», ha detto il sindaco Vittorio Parri. La preside, Ilona "
                                  "Marini, ha però ricordato che «da lunedì non abbiamo più un insegnante di "
                                  "chimica».</p>", lang="it")[-1] != "Vittorio Parri"


def test_place_after_the_speaker_keeps_the_voice() -> None:
    assert speaker_pages.speakers("<p>“We lost the whole harvest in one week,” said Corin Ashby, who farms outside "
                                  "Millbrook Fen. “Nothing could be done about it.”</p>") == ["Corin Ashby", "Corin Ashby"]


def test_surname_again_keeps_the_voice() -> None:
    assert speaker_pages.speakers("<p>“We lost the whole harvest in one week,” said Corin Ashby. Ashby has farmed there "
                                  "since 1990. “Nothing could be done about it at all.”</p>") == ["Corin Ashby", "Corin Ashby"]


def test_body_in_the_same_sentence_keeps_the_voice() -> None:
    assert speaker_pages.speakers("<p>“We lost the whole harvest in one week,” said Corin Ashby of the Millbrook Growers "
                                  "Union. “Nothing could be done about it at all.”</p>") == ["Corin Ashby", "Corin Ashby"]


# an office read past a name that ends its sentence: the next sentence's person is not the quote's


def test_en_name_ending_the_incise_is_the_speaker() -> None:
    assert speaker_pages.speakers("<p>“We will not close the school,” said Mayor Victor Parr. The head teacher, Ilona "
                                  "Marsh, said however that “from Monday there is no chemistry teacher left”.</p>") \
        == ["Victor Parr", "Ilona Marsh"]


def test_de_name_ending_the_incise_is_the_speaker() -> None:
    assert speaker_pages.speakers("<p>„Wir schließen die Schule nicht“, sagte Bürgermeister Viktor Pahl. Die Rektorin, "
                                  "Ilona Marks, meinte dagegen, dass „ab Montag kein Chemielehrer mehr da ist“.</p>",
                                  lang="de") == ["Viktor Pahl", "Ilona Marks"]


def test_fr_name_ending_the_incise_is_the_speaker() -> None:
    assert speaker_pages.speakers("<p>« Le quai restera ouvert », a déclaré le maire Paul Tessier. La directrice du "
                                  "port, Anne Roux, a pourtant rappelé que « les grues sont hors service depuis "
                                  "mars ».</p>", lang="fr")[0] == "Paul Tessier"


def test_office_then_comma_then_holder_still_read() -> None:
    assert speaker_pages.speakers("<p>“The quay stays open all winter,” said the Managing Director of Harbour Ports, "
                                  "Ann Lowry.</p>") == ["Ann Lowry"]


def test_title_stop_inside_the_incise_is_no_end() -> None:
    assert speaker_pages.speakers("<p>“The quay stays open all winter,” said Sen. Ann Lowry, who chairs the harbour "
                                  "board.</p>") == ["Ann Lowry"]


# a colon lead-in whose subject comes after an office or a phrase of place set off by a comma


def test_en_office_then_name_set_off() -> None:
    assert speaker_pages.speakers("<p>“We remain at the table,” said Carys Vowden, the union rep. The depot manager, "
                                  "Neil Ashgrove, was more measured: “We hope to reach a deal this week.”</p>") \
        == ["Carys Vowden", "Neil Ashgrove"]


def test_es_place_phrase_then_role_and_name() -> None:
    assert speaker_pages.speakers("<p>«Es una vergüenza», protestó Nicanor Ruiz. A su lado, la directora Ilona Marín "
                                  "fue más cauta: «Hay que esperar al informe del puerto».</p>", lang="es") \
        == ["Nicanor Ruiz", "Ilona Marín"]


def test_it_wife_nods() -> None:
    assert speaker_pages.speakers("<p>«Abbiamo perso metà del raccolto», spiega Settimo Calò. Accanto a lui, la moglie "
                                  "Nives Calò annuisce: «E l’assicurazione non paga niente».</p>", lang="it") \
        == ["Settimo Calò", "Nives Calò"]


def test_cs_one_of_the_residents() -> None:
    assert speaker_pages.speakers("<p>Starosta Pavel Horák poslal občanům zprávu: „Zítra nepoteče voda od rána do "
                                  "večera.“</p><p>Jeden z obyvatel, Kamil Dvořák, mu odepsal: „A kdy konečně opravíte "
                                  "silnici u školy?“</p>", lang="cs") == ["Pavel Horák", "Kamil Dvořák"]


def test_fr_elided_article_before_the_role() -> None:
    assert speaker_pages.speakers("<p>« Nous garderons la gare », a promis le maire Paul Tessier. Dans la salle, "
                                  "l’agricultrice Jeanne Morvan hausse les épaules : « On nous l’a déjà promis deux "
                                  "fois. »</p>", lang="fr") == ["Paul Tessier", "Jeanne Morvan"]


def test_name_before_another_subject_is_no_speaker() -> None:
    assert speaker_pages.speakers("<p>The harbour board met on Monday.</p><p>To the mayor, Ann Lowry, the board sent a "
                                  "short note: “The quay will close for repairs in May.”</p>") == [None]


def test_phrase_naming_someone_else_gives_no_one() -> None:
    assert speaker_pages.speakers("<p>The harbour board met on Monday.</p><p>After the talks with Tom Berge, his deputy "
                                  "Ann Lowry looked at the floor: “The quay will close for repairs in May.”</p>") == [None]


def test_predicate_naming_someone_else_gives_no_one() -> None:
    assert speaker_pages.speakers("<p>The harbour board met on Monday.</p><p>Next to him, his deputy Ann Lowry glanced "
                                  "at Tom Berge: “The quay will close for repairs in May.”</p>") == [None]


def test_body_after_the_comma_is_no_person() -> None:
    assert speaker_pages.speakers("<p>The harbour board met on Monday.</p><p>In the end, the board of Harbour "
                                  "Holdings, Tidewater Ports, settled it: “The quay will close for repairs in "
                                  "May.”</p>") == [None]


# "retorted" as a verb of saying in several languages


def test_es_replico_after_the_quote() -> None:
    assert speaker_pages.speakers("<p>«Eso no se lo cree nadie», replicó la vecina Herminia Sáez.</p>", lang="es") \
        == ["Herminia Sáez"]


def test_pt_retrucou_after_the_quote() -> None:
    assert speaker_pages.speakers("<p>“Isso ninguém acredita”, retrucou a vizinha Hermínia Saraiva.</p>", lang="pt") \
        == ["Hermínia Saraiva"]


def test_fr_retorque_after_the_quote() -> None:
    assert speaker_pages.speakers("<p>« Personne n’y croit », rétorque la voisine Hermine Sarrazin.</p>", lang="fr") \
        == ["Hermine Sarrazin"]


def test_retort_verb_alone_names_no_one_new() -> None:
    assert speaker_pages.speakers("<p>La junta vecinal se reunió el martes.</p><p>«Eso no se lo cree nadie», "
                                  "replicó.</p>", lang="es") == [None]

