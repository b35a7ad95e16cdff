"""A lawyer or a relative named by whose they are before their name, in scripts with no capitals: the
noun with its owner is no part of the name (Chinese kin nouns among CJK_ROLES, Arabic nouns with a
joined pronoun, _ARABIC_OWNED_ROLES; Hebrew, _HEBREW_OWNED_ROLES)."""

from __future__ import annotations

from speaker_pages import speakers


def test_chinese_father_before_the_name():
    page = "<p>王小川的父亲周建明则表示：“孩子这几周一直吃不下饭。”</p>"
    assert speakers(page, "zh") == ["周建明"]


def test_arabic_her_lawyer_before_the_name():
    page = "<p>«نادية الصباغ لم تخالف أي قانون»، بحسب محاميها كريم العطار.</p>"
    assert speakers(page, "ar") == ["كريم العطار"]


def test_arabic_his_father_before_the_name():
    page = "<p>«ابني لم يفعل شيئاً يستحق السجن»، قال والده منير القباني.</p>"
    assert speakers(page, "ar") == ["منير القباني"]


def test_hebrew_his_lawyer_set_off_by_a_comma():
    page = '<p>"רון גבאי לא הפר שום חוק", אמר עורך דינו, אלון פרידמן.</p>'
    assert speakers(page, "he") == ["אלון פרידמן"]


def test_hebrew_his_wife_before_the_name():
    page = '<p>"הוא לא ישן כבר שבוע שלם", אמרה אשתו מיכל גבאי.</p>'
    assert speakers(page, "he") == ["מיכל גבאי"]


def test_arabic_trade_with_the_article_before_the_name():
    page = "<p>وقال المهندس سامي القباني، مدير مشروع الجسر: «سنفتح الجسر قبل نهاية الصيف».</p>"
    assert speakers(page, "ar") == ["سامي القباني"]
