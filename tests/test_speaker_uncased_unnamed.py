"""Arabic, Persian and Hebrew attributions read by word order (speakers._uncased_speaker): a body's
name goes on over what it is for, and "a source", a clause's verb or "that" is no name."""

from __future__ import annotations

import speaker_pages


def test_an_arabic_company_name_keeps_the_word_for_what_it_does() -> None:
    found = speaker_pages.speakers("<p>وأكدت شركة الميناء للملاحة في بيان أن «التأخير سببه عاصفة رملية قوية».</p>",
                                   lang="ar")
    assert found == ["شركة الميناء للملاحة"]


def test_an_arabic_source_in_a_body_is_no_name() -> None:
    found = speaker_pages.speakers(
        "<p>في المقابل، قال مصدر في الميناء إن «الأرصفة القديمة لم تعد صالحة منذ سنوات طويلة».</p>", lang="ar")
    assert found in ([None], [])


def test_a_persian_clause_verb_before_the_verb_of_saying_is_no_name() -> None:
    found = speaker_pages.speakers(
        "<p>یک ماهیگیر که نخواست نامش فاش شود گفت: «هر روز قایق‌های کمتری به بندر برمی‌گردند».</p>", lang="fa")
    assert found == [None]


def test_hebrew_said_that_before_a_quote_names_no_one() -> None:
    found = speaker_pages.quotes(
        '<p>הדייגים מכנים את המזח "המזח השבור הישן". גורם בעירייה אמר כי "התוכנית לשיקום המזח עדיין בבדיקה".</p>',
        lang="he")
    assert all(speaker is None for _text, speaker in found)


def test_a_vietnamese_one_opening_the_lead_in_is_no_name() -> None:
    found = speaker_pages.speakers("<p>Một ngư dân nói: “Năm nào chính quyền cũng hứa sửa cảng nhưng chưa làm gì cả.”</p>",
                                   lang="vi")
    assert found == [None]
