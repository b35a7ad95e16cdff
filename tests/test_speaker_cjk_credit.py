"""A testimonial's line under a quotation in Chinese, Japanese or Korean signs it (speakers._cjk_credit): a dash
or a bracket, the town set off by a space or a middle dot, the name, a polite suffix; the town and the suffix
are left. A dash before Han characters alone (a news agency's, a place's name) and a bracketed name with no
suffix name no one."""

from __future__ import annotations

import speaker_pages

ZH = "<p><b>用户评价</b></p><blockquote>“师傅来得很准时，半天就修好了，厨房也收拾得干干净净。”</blockquote>"
JA = "<p><b>お客様の声</b></p><blockquote>「注文の翌日に届きました。箱もきれいで安心しました。」</blockquote>"
KO = "<blockquote>“배송이 빨랐고 포장도 아주 꼼꼼했어요. 또 주문할게요.”</blockquote>"


def test_a_chinese_town_and_name_after_a_dash() -> None:
    assert speaker_pages.speakers(ZH + "<p>——苏州市 刘晓梅</p>", lang="zh") == ["刘晓梅"]


def test_a_japanese_town_initials_and_suffix() -> None:
    assert speaker_pages.speakers(JA + "<p>— 福岡県・M.S.様</p>", lang="ja") == ["M.S."]


def test_a_japanese_name_in_brackets_with_a_suffix() -> None:
    assert speaker_pages.speakers(JA + "<p>（京都府　山本直樹さん）</p>", lang="ja") == ["山本直樹"]


def test_a_korean_town_name_and_suffix() -> None:
    assert speaker_pages.speakers(KO + "<p>— 대구 박민수 씨</p>", lang="ko") == ["박민수"]


def test_a_dash_before_han_characters_alone_names_no_one() -> None:
    assert speaker_pages.speakers(ZH + "<p>——新华社</p>", lang="zh") == [None]


def test_a_bracketed_place_names_no_one() -> None:
    assert speaker_pages.speakers(JA + "<p>（京都府・30代男性）</p>", lang="ja") == [None]
