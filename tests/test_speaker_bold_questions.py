"""An interview whose questions are paragraphs set wholly in bold, with no label, and whose answers open
on the interviewee's name, surname or initials and a colon ("<b>Why now?</b>" / "Ann Lowry: …" / "AL: …"):
each answer is the interviewee's, though the page names them only in the labels
(sections._bold_question, sections._interview_answer)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_answers_after_bold_questions_by_name_then_surname() -> None:
    found = speaker_pages.quotes(P("<b>You closed the bakery after thirty years. Why this spring?</b>")
                                 + P("Ann Lowry: Because the oven gave up before I did, and nobody makes parts now.")
                                 + P("<b>Will you bake at home?</b>")
                                 + P("Lowry: Only bread for the neighbours, and only on Sundays."))
    assert [speaker for _text, speaker in found] == ["Ann Lowry", "Ann Lowry"]


def test_answers_by_initials_after_bold_questions() -> None:
    found = speaker_pages.quotes(P("<strong>Miksi lopetit kalastuksen?</strong>")
                                 + P("Ilkka Runola: Koska verkot olivat tyhjiä kolme kesää peräkkäin.")
                                 + P("<strong>Mitä teet nyt?</strong>")
                                 + P("IR: Korjaan naapurien veneitä ja juon kahvia rannassa."), lang="fi")
    assert [speaker for _text, speaker in found] == ["Ilkka Runola", "Ilkka Runola"]


def test_spaced_initials_with_a_space_before_the_colon() -> None:
    found = speaker_pages.quotes(P("<b>Vous avez quitté le port il y a dix ans. Pourquoi ?</b>")
                                 + P("Odile Marchand : Parce que les bateaux partaient sans moi depuis longtemps.")
                                 + P("<b>Et maintenant ?</b>")
                                 + P("O. M. : Je peins les bateaux des autres, ce qui est plus reposant."), lang="fr")
    assert [speaker for _text, speaker in found] == ["Odile Marchand", "Odile Marchand"]


# where it must not fire


def test_a_bold_line_that_asks_nothing_is_no_question() -> None:
    found = speaker_pages.quotes(P("<b>Opening hours this winter.</b>")
                                 + P("Ann Lowry: Because the oven gave up before I did, and nobody makes parts now."))
    assert found == []


def test_a_bold_question_inside_running_text_is_no_turn() -> None:
    found = speaker_pages.quotes(P("The question was <b>why now?</b>")
                                 + P("Ann Lowry: Because the oven gave up before I did, and nobody makes parts now."))
    assert found == []
