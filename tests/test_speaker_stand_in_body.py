"""A word that only ever stands for a body named before ("„…“, heißt es aus dem Ressort", "«…», explicaron desde
el organismo") is the one body the sentence before names: a run of capitalised words holding a body's word, or a
German compound closing on an institution's word ("Im Umweltministerium verweist man …"). No one where that
sentence names none or two, and not where a name follows the word (then it is that name's own)."""

from __future__ import annotations

import speaker_pages


def test_aus_dem_ressort_is_the_ministry_named_before() -> None:
    assert speaker_pages.speakers(
        "<p>Im Umweltministerium verweist man auf Anfrage auf das neue Programm. „Wir haben die Mittel für den "
        "Hochwasserschutz um ein Drittel erhöht“, heißt es aus dem Ressort.</p>", lang="de") == ["Umweltministerium"]


def test_desde_el_organismo_is_the_body_named_before() -> None:
    assert speaker_pages.speakers(
        "<p>La Confederación Hidrográfica del Duero revisó ayer el plan de presas. «Las obras empezarán en otoño "
        "y terminarán antes del invierno», explicaron desde el organismo.</p>", lang="es") \
        == ["Confederación Hidrográfica del Duero"]


# where it must not fire


def test_no_body_named_before_is_no_one_not_the_word() -> None:
    assert speaker_pages.speakers("<p>„Die Mauer am Hafen wird im Winter erneuert“, heißt es aus dem Ressort.</p>",
                                  lang="de") == [None]


def test_two_bodies_named_before_leave_it_open() -> None:
    assert speaker_pages.speakers(
        "<p>Das Umweltministerium und das Verkehrsministerium streiten seit Monaten über den Plan. „Wir haben die "
        "Mittel um ein Drittel erhöht“, heißt es aus dem Ressort.</p>", lang="de") == [None]


def test_a_name_after_the_word_is_no_stand_in() -> None:
    assert "Hafenbehörde Nordmark" not in speaker_pages.speakers(
        "<p>Die Hafenbehörde Nordmark tagte am Montag. „Die Mauer wird im Winter erneuert“, heißt es aus dem Haus "
        "Tannberg.</p>", lang="de")


def test_a_body_two_sentences_back_is_not_read() -> None:
    assert speaker_pages.speakers(
        "<p>La Confederación Hidrográfica del Duero revisó ayer el plan de presas. Los vecinos de la comarca siguen "
        "esperando respuestas. «Las obras empezarán en otoño y terminarán antes del invierno», explicaron desde el "
        "organismo.</p>", lang="es") == [None]
