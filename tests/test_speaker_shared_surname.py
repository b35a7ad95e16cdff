"""Two people of one surname: a sentence that names the second in full before "he said" or "she said"
stands for that person, not for the one of the surname named first (_ends_other_name)."""

from __future__ import annotations

from speaker_pages import speakers


def test_second_bearer_named_in_full_before_he_said():
    page = ("<p>Talia Brennock built the first boat shed on the quay in 1961.</p>"
            "<p>Oskar Brennock painted the sign again this spring. “The salt eats it every winter,” he said.</p>")
    assert speakers(page) == ["Oskar Brennock"]


def test_relative_set_off_by_commas_after_a_possessive_surname():
    page = ("<p>“Talia Brennock could mend any net on the coast,” said her old crewmate, Jon Welby.</p>"
            "<p>Brennock’s grandson, Oskar Brennock, unlocked the shed. “She kept every knot book,” he said.</p>")
    assert speakers(page) == ["Jon Welby", "Oskar Brennock"]


def test_turkish_relative_after_a_genitive_surname():
    page = ("<p>Avukat Derya Aksoylu, müvekkili Kerem Tanrıkut hakkında “Yanlış bir şey yapmadı” dedi.</p>"
            "<p>Tanrıkut'un babası Orhan Tanrıkut ise “Oğlum çok yoruldu” diye konuştu.</p>")
    assert speakers(page, "tr")[-1] == "Orhan Tanrıkut"


def test_surname_alone_still_stands_for_the_one_named_in_full():
    page = ("<p>Talia Brennock built the first boat shed on the quay in 1961.</p>"
            "<p>Brennock still rows out every morning. “The salt eats it every winter,” she said.</p>")
    assert speakers(page) == ["Talia Brennock"]


def test_a_word_read_before_a_surname_that_runs_on_over_a_particle():
    page = ("<p>A professora Ana Luísa Carvalho de Menezes, diretora do centro, e o técnico Rui Pestana "
            "acompanharam as colheitas. Foi Carvalho de Menezes quem quis incluir as hortas pequenas. "
            "«As grandes hortas já tinham sido medidas todas», explica.</p>")
    assert speakers(page, "pt") == ["Ana Luísa Carvalho de Menezes"]
