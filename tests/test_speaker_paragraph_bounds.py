"""A name speaks for a quotation only inside the paragraph that holds it: paragraphs a blank line parts
in a block with no <p> (two <br> in a row) are read one after another, as <p>s are."""

from __future__ import annotations

from speaker_pages import quotes, speakers


def test_the_name_opening_the_paragraph_after_a_blank_line_is_not_the_last_quotes_speaker() -> None:
    found = quotes("<div>The bakery on Quay Street has opened a second oven this winter.<br><br>"
                   "Lotte Varga, an apprentice, shapes most of the loaves. “The first week we burnt half of them,” she said. "
                   "“We still keep one on the shelf.”<br><br>Shop owner Tomas Brandt said the queue had doubled. "
                   "“Nobody expected a line on a Tuesday morning.”</div>")
    assert [speaker for _text, speaker in found] == ["Lotte Varga", "Lotte Varga", "Tomas Brandt"]


def test_blank_lines_part_paragraphs_in_german_and_spanish() -> None:
    assert speakers("<div>Die Bäckerei am Kai hat einen zweiten Ofen.<br><br>Lotte Varga formt als Lehrling die meisten "
                    "Brote. „In der ersten Woche ist die Hälfte verbrannt“, sagte sie. „Eins steht noch im Regal.“"
                    "<br><br>Inhaber Tomas Brandt sagte, die Schlange sei doppelt so lang.</div>", "de") \
        == ["Lotte Varga", "Lotte Varga"]
    assert speakers("<div>La panadería del muelle tiene un segundo horno.<br><br>«La primera semana se nos quemó "
                    "la mitad», contó la aprendiz Lotte Varga. «Todavía guardamos uno en la estantería.»<br><br>"
                    "El dueño, Tomas Brandt, dijo que la cola se había duplicado.</div>", "es") \
        == ["Lotte Varga", "Lotte Varga"]


def test_a_single_line_break_still_joins_one_paragraph() -> None:
    assert speakers("<p>Shop owner Tomas Brandt spoke at the counter.<br>"
                    "“Nobody expected a line on a Tuesday morning,” he said.</p>") == ["Tomas Brandt"]



def test_a_narrators_sentence_after_the_quote_does_not_end_the_voice() -> None:
    # the bare quotation next is the last speaker's, whether the name stands before or after her words
    before = speakers("<p>Ann Lee said: “We will rebuild the quay before winter.” The work starts in May.</p>"
                      "<p>“We have the money and we have the workers.”</p>")
    after = speakers("<p>“We will rebuild the quay before winter,” said Ann Lee. The work starts in May.</p>"
                     "<p>“We have the money and we have the workers.”</p>")
    assert before == after == ["Ann Lee", "Ann Lee"]
