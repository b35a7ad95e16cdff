"""Chinese "Mr", "Ms" and "Miss" written after a name (先生, 女士, 小姐) are no part of it: "林佳慧女士则认为" is
林佳慧's (_cjk_name), and "陈先生说", the surname and the title alone, is the one 陈 the page named in full
with the title before (NameIndex._zh_full_name)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_a_title_after_a_three_character_name_is_cut_off() -> None:
    found = speaker_pages.speakers(P("他的同事宋海燕女士则认为：“渡口的问题不是钱，是没有人愿意接手。”"), lang="zh")
    assert found == ["宋海燕"]


def test_a_surname_and_a_title_is_the_one_named_in_full_before() -> None:
    found = speaker_pages.speakers(
        P("码头边的老船工郑永福先生今年七十岁。“这条船我修了三十年，”郑先生说，“比我儿子的年纪还要大得多。”"), lang="zh")
    assert found == ["郑永福", "郑永福"]


# where it must not fire


def test_a_surname_and_a_title_two_people_share_names_no_one() -> None:
    found = speaker_pages.speakers(
        P("郑永福先生和郑永贵先生是兄弟。“这条船我修了三十年，比我儿子的年纪还大，”郑先生说。"), lang="zh")
    assert found[0] not in ("郑永福", "郑永贵")
