"""Speakers a reader takes from the paragraph before a paragraph that is a quotation alone: the subject
its last sentence ends on, whose voice a run of such paragraphs goes on in; the one the paragraph before
says was asked, not the one asking; and no one where the words speak of the person named before as "he"
or "she" (the one arrested, not the one speaking)."""

from __future__ import annotations

from speaker_pages import speakers

# a run of quotation paragraphs after the sentence whose subject speaks


def test_a_run_of_quote_paragraphs_goes_on_in_the_voice_of_the_subject_before() -> None:
    found = speakers("<p>Agnes Porthleven, 58, closed her bakery on Quay Lane in June. She had baked there "
                     "since 1990.</p>"
                     "<p>“Most mornings nobody came in before ten. The flour bill never stopped coming.”</p>"
                     "<p>“I am not sorry. I am tired.”</p>")
    assert found == ["Agnes Porthleven", "Agnes Porthleven"]


def test_words_about_the_one_arrested_as_he_are_no_one_s_named() -> None:
    found = speakers("<p>Police arrested Tobin Gale, 41, at a farm near Ashcombe on Friday.</p>"
                     "<p>“He always kept to himself. He waved at the children and nothing more.”</p>")
    assert found == [None]


def test_french_words_about_the_one_arrested_as_elle_are_no_one_s_named() -> None:
    found = speakers("<p>Les gendarmes ont interpellé Odile Marchal mardi à Rochefort.</p>"
                     "<p>« Elle ne parlait à personne. Elle saluait les voisins et repartait. »</p>", "fr")
    assert found == [None]


def test_spanish_words_about_the_one_arrested_as_el_are_no_one_s_named() -> None:
    found = speakers("<p>La policía detuvo el lunes a Ramiro Estévez en su casa de Almenara.</p>"
                     "<p>«Él nunca hablaba con nadie. Saludaba a los vecinos y se marchaba.»</p>", "es")
    assert found == [None]


# the one the paragraph before says was asked answers


def test_the_one_asked_in_the_sentence_before_answers_in_a_quotation_alone() -> None:
    found = speakers("<p>Skipper Tamsin Greave lost two nets to the seals off the point in May.</p>"
                     "<p>Afterwards Greave was asked about the compensation scheme.</p>"
                     "<p>“It was nothing. The form takes longer than the mending.”</p>")
    assert found == ["Tamsin Greave"]


def test_the_one_asked_in_a_dutch_passive_answers() -> None:
    found = speakers("<p>Trainer Joost Verhaar wisselde zijn keeper Daan Kuipers na een uur.</p>"
                     "<p>Na afloop werd Kuipers ernaar gevraagd.</p>"
                     "<p>‘Niks bijzonders. Hij wilde iets nieuws proberen.’</p>", "nl")
    assert found == ["Daan Kuipers"]


def test_two_people_asked_leave_the_answer_unnamed() -> None:
    found = speakers("<p>The harbour board met on Tuesday to discuss the new moorings.</p>"
                     "<p>Afterwards Tamsin Greave and Owen Petrock were asked about the fees.</p>"
                     "<p>“It was nothing. The form takes longer than the mending.”</p>")
    assert found == [None]


# the one asked answers, not the one asking


def test_a_quotation_alone_after_a_question_put_to_an_unnamed_witness_is_no_one_s_named() -> None:
    found = speakers("<p>Prosecutor Wilma Trask asked the witness whether he had seen the van on the quay "
                     "that night.</p>"
                     "<p>“I saw lights. I could not tell you whose they were.”</p>"
                     "<p>Trask pressed him on the time.</p>"
                     "<p>“Before midnight. Maybe a little after.”</p>")
    assert found == [None, None]


def test_a_german_quotation_alone_after_a_question_to_the_accused_is_not_the_judge_s() -> None:
    found = speakers("<p>Richterin Tamara Vogt fragte den Angeklagten, warum er in jener Nacht am Hafen war.</p>"
                     "<p>„Ich wollte mein Boot holen. Mehr nicht.“</p>", "de")
    assert found == [None]


def test_a_request_put_to_a_body_leaves_the_words_after_to_the_one_asking() -> None:
    found = speakers("<p>Councillor Wilma Trask asked the harbour board to delay the vote on the moorings.</p>"
                     "<p>“We have waited three years for this report. We can wait another month.”</p>")
    assert found == ["Wilma Trask"]
