"""A Ukrainian woman's name in the genitive after "за словами", "на думку" ("Олени Петренко", "Оксани
Коваль", "Марії Шевчук") is given in the nominative: Ukrainian ends the genitive of a first name in "-а"
with "-и" after any letter and of one in "-ія" with "-ії", where Russian writes "-ы" and "-и" only after
some letters. Read so on a page that writes a letter of Ukrainian alone (і, ї, є, ґ); a Russian page's
"Тани" is Таня's, and stays as it was."""

from __future__ import annotations

import speaker_pages

VILLAGE_UK = "Село біля річки чекає на новий міст уже третій рік. "


def test_a_woman_after_za_slovamy() -> None:
    assert speaker_pages.speakers(f"<p>{VILLAGE_UK}За словами Галини Мельничук, «ніхто не питав людей».</p>",
                                  lang="uk") == ["Галина Мельничук"]


def test_a_woman_after_na_dumku() -> None:
    assert speaker_pages.speakers(f"<p>{VILLAGE_UK}На думку Світлани Ткачук, «міст потрібен вже зараз».</p>",
                                  lang="uk") == ["Світлана Ткачук"]


def test_a_name_in_iia() -> None:
    assert speaker_pages.speakers(f"<p>{VILLAGE_UK}За словами Марії Гнатюк, «ніхто не питав людей».</p>",
                                  lang="uk") == ["Марія Гнатюк"]


# where it must not fire


def test_a_man_in_the_genitive_keeps_his_reading() -> None:
    assert speaker_pages.speakers(f"<p>{VILLAGE_UK}За словами Тараса Мельничука, «ніхто не питав людей».</p>",
                                  lang="uk") == ["Тарас Мельничук"]


def test_a_name_in_the_nominative_stays() -> None:
    assert speaker_pages.speakers(f"<p>{VILLAGE_UK}«Ніхто не питав людей», — сказала Галина Мельничук.</p>",
                                  lang="uk") == ["Галина Мельничук"]


def test_a_russian_page_is_not_read_as_ukrainian() -> None:
    assert speaker_pages.speakers("<p>Село у реки ждёт моста уже третий год. По словам Гали Мельничук, «никто "
                                  "не спрашивал людей».</p>", lang="ru") != ["Гала Мельничук"]
