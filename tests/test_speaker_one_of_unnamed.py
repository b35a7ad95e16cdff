"""Someone unnamed in Hebrew and Persian: "one of the residents" ("אחד התושבים", "אחת האמהות"), "one of"
and "a" in Persian ("یکی از کشاورزان", "یک رهگذر") before the verb of saying are no name
(HEBREW_NOT_NAMES, PERSIAN_NOT_NAMES), so the quote is no one's; a name in the same place still speaks.
Names, places and words invented."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_hebrew_one_of_the_residents_is_no_one() -> None:
    page = P("“המים עלו עד הדלת ואף אחד לא הגיע לעזור”, אמרה אחת התושבות.")
    assert speaker_pages.speakers(page, "he") == [None]


def test_persian_one_of_the_farmers_is_no_one() -> None:
    page = P("یکی از کشاورزان گفت: «ما هنوز منتظر کمک دولت هستیم و خبری نشده.»")
    assert speaker_pages.speakers(page, "fa") == [None]
    page = P("یک رهگذر گفت: «این خیابان هر زمستان همین‌طور آب می‌گیرد.»")
    assert speaker_pages.speakers(page, "fa") == [None]


def test_a_name_in_the_same_place_still_speaks() -> None:
    page = P("“המים עלו עד הדלת ואף אחד לא הגיע לעזור”, אמרה רותם אלמוג.")
    assert speaker_pages.speakers(page, "he") == ["רותם אלמוג"]
    page = P("کاوه نادری گفت: «ما هنوز منتظر کمک دولت هستیم و خبری نشده.»")
    assert speaker_pages.speakers(page, "fa") == ["کاوه نادری"]
