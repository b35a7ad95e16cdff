"""Japanese and Korean interviews set the interviewer's turn after a bar ("――開店のきっかけは。", "―다음 작품은.")
that need not end on a question mark, and name the one interviewed with an honorific no capitals mark
("パン職人の山本直樹さんに話を聞いた", "소설가 박민수 씨를 만났다"): a paragraph that is a quotation alone after
such a turn is that person's (sections._interview_question, _honorific_interviewee). A noun with an honorific
in the interviewer's own turn ("常連さん", the regulars) is no one interviewed, and a signature's line after a
dash is no turn."""

from __future__ import annotations

import speaker_pages


def test_a_japanese_interview_after_a_bar() -> None:
    assert speaker_pages.speakers("<p>漁師の山本直樹さんに話を聞いた。</p><p>――漁を始めたきっかけは。</p>"
                                  "<p>「父の船です。朝の海の匂いが好きでした。」</p><p>――これからの目標は。</p>"
                                  "<p>「港に若い人を呼び戻すことですね。」</p>", lang="ja") == ["山本直樹", "山本直樹"]


def test_a_korean_interview_after_a_bar() -> None:
    assert speaker_pages.speakers("<p>화가 박민수 씨를 만났다.</p><p>―요즘 어떤 그림을 그리나.</p>"
                                  "<p>“바다를 그리고 있어요. 아직 마음에 드는 건 없지만요.”</p>", lang="ko") == ["박민수"]


def test_an_honorific_noun_in_the_question_is_no_one_interviewed() -> None:
    assert speaker_pages.speakers("<p>港の食堂は今月で閉店する。</p><p>――常連さんの反応は。</p>"
                                  "<p>「寂しいと言ってくれる人が多いです。ありがたいことです。」</p>", lang="ja") == [None]


def test_a_signature_line_after_a_dash_is_no_turn() -> None:
    assert speaker_pages.speakers("<blockquote>“老师讲得很清楚，三个月我的口语进步很大。”</blockquote>"
                                  "<p>——北京 刘晓梅同学</p><p>“孩子以前不爱写字，现在每天都主动练习。”（杭州 一位家长）</p>",
                                  lang="zh") == ["刘晓梅", None]
