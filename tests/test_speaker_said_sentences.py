"""A paragraph that is a quotation alone after a portrait naming one person (LastPerson.quoted_alone) is
theirs when its words are sentences, as speech is set, though they say no "I" or "we": a sentence's end
closes them, or one sentence ends inside them and another follows (sections._said_sentences). A phrase
with no sentence's end (a sign, a slogan) stays unnamed."""

from __future__ import annotations

from speaker_pages import speakers

PORTRAIT = ("<p>Mara Lindqvist has mended fishing nets on the north quay for thirty years.</p>"
            "<p>The net loft was built in 1911. Its roof was replaced after the storm of 1987.</p>")


def test_a_sentence_closed_inside_the_marks_is_the_portrayed_person_s() -> None:
    found = speakers(PORTRAIT + "<p>“A net tells you where the sea has been hungry.”</p>")
    assert found == ["Mara Lindqvist"]


def test_two_sentences_with_the_last_stop_outside_the_marks_are_the_portrayed_person_s() -> None:
    found = speakers("<p>Zdzisława Maciejewska od trzydziestu lat wyplata kosze nad jeziorem.</p>"
                     "<p>Wierzbę tnie sama w marcu. Na ścianie wisi sto koszy różnej wielkości.</p>"
                     "<p>„Wierzba nie czeka. Jak przyjdzie mróz, to już po sezonie”.</p>", "pl")
    assert found == ["Zdzisława Maciejewska"]


def test_a_greek_sentence_after_a_portrait_is_the_portrayed_person_s() -> None:
    found = speakers("<p>Η Ευανθία Καραγιάννη, 79 ετών, πλέκει καλάθια στην όχθη της λίμνης.</p>"
                     "<p>Κόβει την ιτιά τον Μάρτιο. Στον τοίχο κρέμονται εκατό καλάθια.</p>"
                     "<p>«Η ιτιά δεν περιμένει κανέναν να τελειώσει.»</p>", "el")
    assert found == ["Ευανθία Καραγιάννη"]


def test_a_phrase_with_no_sentence_end_stays_unnamed() -> None:
    found = speakers(PORTRAIT + "<p>“Old nets mended while the tide is out, new nets made to order”</p>")
    assert found == [None]


def test_a_waterside_place_in_the_portrait_is_no_second_person() -> None:
    found = speakers("<p>Mara Lindqvist has run the net loft on Gull Quay for thirty years.</p>"
                     "<p>The harbour board voted on Tuesday to close the quay to vehicles from March.</p>"
                     "<p>“Nobody asked the people who work here. I read about it in the paper.”</p>")
    assert found == ["Mara Lindqvist"]
