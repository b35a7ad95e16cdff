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



def test_a_remark_of_the_narrator_after_the_last_quote_ends_its_voice() -> None:
    assert speakers("<p>My old teacher, Professor Tom Fry, always put it this way: “We do not save the glaciers, we "
                    "only measure them.” He was right, sadly.</p><p>“A glacier does not die in a day. It dies one summer "
                    "at a time.”</p>")[1] is None
    assert speakers("<p>Il mio maestro, il professor Ugo Neri, me lo diceva sempre: «Noi non salviamo i ghiacciai, "
                    "li misuriamo soltanto». Aveva ragione, purtroppo.</p><p>«Un ghiacciaio non muore in un giorno. "
                    "Muore un’estate alla volta.»</p>", "it")[1] is None


def test_an_attribution_after_the_last_quote_keeps_its_voice_into_the_next_paragraph() -> None:
    assert speakers("<p>“We do not save the glaciers, we only measure them,” said Tom Fry.</p><p>“A glacier does "
                    "not die in a day. It dies one summer at a time.”</p>") == ["Tom Fry", "Tom Fry"]
