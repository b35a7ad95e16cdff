"""A paragraph that is a quotation alone, naming no one, after paragraphs of prose that name one person
and quote nothing (a feature's portrait, then its subject's words), speaking as "I" or "we": that
person's words, however many paragraphs of background stand between (LastPerson.quoted_alone)."""

from __future__ import annotations

from speaker_pages import speakers


def test_a_quote_paragraph_two_paragraphs_after_the_one_naming_its_speaker_is_theirs() -> None:
    found = speakers("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
                     "<p>The net loft was built in 1911. Its roof was replaced after the storm of 1987.</p>"
                     "<p>“These days the young crews bring me nothing, they buy new nets every spring.”</p>")
    assert found == ["Mara Lindqvist"]


def test_a_quotation_of_several_paragraphs_after_the_paragraph_naming_its_speaker_is_theirs() -> None:
    found = speakers("<p>Die Trainerin der Ruderriege, Henrike Obermaier, wurde nach dem Rennen deutlich.</p>"
                     "<p>„Wir haben uns das selbst zuzuschreiben. Niemand muss sich hinter dem Wetter verstecken.</p>"
                     "<p>„Ich bleibe, solange der Verein mich lässt, und wir fangen morgen wieder an.“</p>", "de")
    assert found == ["Henrike Obermaier", "Henrike Obermaier"]


def test_the_paragraph_naming_the_speaker_may_use_another_language_s_order() -> None:
    found = speakers("<p>Piotr Zawadzki od dwudziestu lat naprawia zegary w zakładzie przy porcie.</p>"
                     "<p>Zakład założył jego dziadek przed wojną. W witrynie wciąż wisi stary szyld.</p>"
                     "<p>„Dziś przynoszą mi głównie zegarki po dziadkach, nowych nikt nie naprawia.”</p>", "pl")
    assert found == ["Piotr Zawadzki"]


def test_a_paragraph_between_that_names_the_speaker_by_surname_alone_keeps_the_lookback() -> None:
    found = speakers("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
                     "<p>The net loft was built in 1911. Since the storm, Lindqvist has worked there alone.</p>"
                     "<p>“These days the young crews bring me nothing, they buy new nets every spring.”</p>")
    assert found == ["Mara Lindqvist"]


def test_a_german_surname_paragraph_between_keeps_the_lookback() -> None:
    found = speakers("<p>Henrike Obermaier führt seit 1994 die Fähre über den Altrhein.</p>"
                     "<p>Im Winter fiel der Motor aus. Seitdem repariert Obermaier ihn jede Woche selbst.</p>"
                     "<p>„Mir hat nie jemand beim Schrauben geholfen, und ich frage auch niemanden.“</p>", "de")
    assert found == ["Henrike Obermaier"]


# where it must not fire


def test_a_surname_paragraph_between_naming_someone_else_too_keeps_the_quote_unnamed() -> None:
    found = speakers("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
                     "<p>Since the storm, Lindqvist and Tom Berge have worked there together.</p>"
                     "<p>“These days the young crews bring me nothing, they buy new nets every spring.”</p>")
    assert found == [None]


def test_quoted_words_that_say_no_i_or_we_and_are_no_sentence_stay_unnamed() -> None:
    found = speakers("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
                     "<p>The net loft was built in 1911. Its roof was replaced after the storm of 1987.</p>"
                     "<p>“Old nets mended while the tide is out, new nets made to order”</p>")
    assert found == [None]


def test_a_paragraph_telling_what_she_did_between_keeps_the_quote_unnamed() -> None:
    found = speakers("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
                     "<p>She walked to the loft and looked at the torn nets for a long time.</p>"
                     "<p>“These days the young crews bring me nothing, they buy new nets every spring.”</p>")
    assert found == [None]


def test_a_quote_paragraph_after_prose_naming_two_people_stays_unnamed() -> None:
    found = speakers("<p>Mara Lindqvist and Tom Berge have mended nets on the north quay for thirty years.</p>"
                     "<p>The net loft was built in 1911. Its roof was replaced after the storm of 1987.</p>"
                     "<p>“These days the young crews bring me nothing, they buy new nets every spring.”</p>")
    assert found == [None]


def test_a_quote_paragraph_after_a_dialogue_stays_with_its_own_reading() -> None:
    found = speakers("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
                     "<p>A visitor once asked her what “a good net” meant, and she laughed at the question.</p>"
                     "<p>“These days the young crews bring me nothing, they buy new nets every spring.”</p>")
    assert found == [None]


def test_a_quote_paragraph_after_a_heading_naming_no_person_stays_unnamed() -> None:
    found = speakers("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
                     "<p>Common objections</p>"
                     "<p>“These days the young crews bring me nothing, they buy new nets every spring.”</p>")
    assert found == [None]


def test_a_name_after_the_quote_in_its_paragraph_is_the_speaker() -> None:
    found = speakers("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
                     "<p>“These days the young crews bring me nothing, they buy new nets every spring.” Tom Berge</p>")
    assert found != ["Mara Lindqvist"]


# An unnamed newcomer brought in between the portrait and the quote may be the one speaking: no one is told.
def test_an_unnamed_newcomer_between_the_portrait_and_the_quote_keeps_it_unnamed() -> None:
    found = speakers("<p>Tom Berge has run the ferry across the sound since 1990.</p>"
                     "<p>A passenger, who gave no name, waved from the quay as the boat came in.</p>"
                     "<p>“It is always late. Every single day.”</p>")
    assert found == [None]
