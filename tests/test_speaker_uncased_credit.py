"""A testimonial's <footer> in a script without capitals signs it with the words before its comma
(speakers.uncased_credit in sections._signer): the town or the office after the comma is left, and a Korean polite
suffix after the name, a Thai courtesy title before it; a line with a figure or a masked letter (an age, a hidden
name) names no one, and a line of Han characters alone with no comma stays whole, as before. Names, towns and
words invented."""

from __future__ import annotations

import speaker_pages


def card(words: str, footer: str) -> str:
    return f"<p>Reviews</p><blockquote><p>{words}</p><footer>{footer}</footer></blockquote>"


def test_a_hindi_name_and_its_town() -> None:
    page = card("“कक्षाएँ समय पर शुरू होती थीं और हर पाठ के बाद अभ्यास मिलता था।”", "— सुरेश वर्मा, उदयपुर")
    assert speaker_pages.speakers(page, "hi") == ["सुरेश वर्मा"]


def test_a_korean_name_its_suffix_and_its_town() -> None:
    page = card("\"수업 자료가 정리가 잘 되어 있어서 복습하기가 편했어요.\"", "— 윤하린 씨, 광주")
    assert speaker_pages.speakers(page, "ko") == ["윤하린"]


def test_a_hebrew_name_with_an_initial_and_its_town() -> None:
    page = card("\"השירות היה מהיר והמחיר הוגן, נחזור בפעם הבאה.\"", "— מיכל ש., נתניה")
    assert speaker_pages.speakers(page, "he") == ["מיכל ש."]


def test_a_thai_courtesy_title_and_town() -> None:
    page = card("“ช่างซ่อมเสร็จภายในวันเดียว และทำความสะอาดให้ด้วย”", "— คุณมณี, ขอนแก่น")
    assert speaker_pages.speakers(page, "th") == ["มณี"]


def test_an_age_and_a_masked_name_name_no_one() -> None:
    page = card("「スタッフの方が丁寧に説明してくれて、とても助かりました。」", "— 北海道・30代男性")
    assert speaker_pages.speakers(page, "ja") == [None]
    page = card("\"배송이 정말 빨랐고 포장도 꼼꼼해서 만족스러웠어요.\"", "— 대전 최○○ 님")
    assert speaker_pages.speakers(page, "ko") == [None]


def test_a_latin_name_and_its_town_as_before() -> None:
    page = card("“They fixed the gutter in an afternoon and swept the yard after.”", "— Nell Ashgrove, Corbury")
    assert speaker_pages.speakers(page) == ["Nell Ashgrove"]
