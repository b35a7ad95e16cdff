"""Speakers in Chinese, Japanese and Korean where the page writes who a person is before the name (a
resident, a retired teacher, an office worker), the age in brackets after it, an employer between the
name and the office, a surname alone before an office, or how the person spoke before the verb."""

from __future__ import annotations

from speaker_pages import speakers

ZH_LEAD = "<p>南湖区近日开通了三条新的公交线路，覆盖了此前没有公交服务的多个小区，方便了居民出行。</p>"
JA_LEAD = "<p>駅前の商店街では今月から、空き店舗を使った週末市場が始まった。初日から多くの客でにぎわった。</p>"
KO_LEAD = "<p>항구 마을에 이번 달부터 새 여객선이 다니기 시작했다. 섬 주민들의 불편을 줄이기 위한 조치다.</p>"


def test_chinese_word_for_who_the_person_is_before_the_name_is_cut_off() -> None:
    found = speakers(ZH_LEAD + "<p>市民李明表示：“以前上班要换两次车，现在一趟就到了。”</p>"
                     "<p>退休教师王建国说：“这条线路我们等了好多年。”</p>", "zh")
    assert found == ["李明", "王建国"]


def test_chinese_manner_before_the_verb_is_no_part_of_the_name() -> None:
    found = speakers(ZH_LEAD + "<p>大学生陈晓红笑着说：“周末去市区方便多了。”</p>"
                     "<p>“晚上的生意少了一些，不过白天的客人多了。”出租车司机刘强激动地说。</p>", "zh")
    assert found == ["陈晓红", "刘强"]


def test_chinese_word_for_a_resident_alone_names_no_one() -> None:
    found = speakers(ZH_LEAD + "<p>不少市民表示：“希望晚上也能有车，下班太晚就没法坐了。”</p>", "zh")
    assert found == [None]


def test_japanese_age_in_brackets_and_a_space_inside_the_name() -> None:
    found = speakers(JA_LEAD + "<p>主婦の佐藤恵子さん（42）は「野菜が安くて新鮮」と話した。</p>"
                     "<p>高校生の鈴木 健一さんは「友達と毎週来たい」と話していた。</p>", "ja")
    assert found == ["佐藤恵子", "鈴木 健一"]


def test_korean_age_employer_and_the_particle_also() -> None:
    found = speakers(KO_LEAD + "<p>대학생 이수진(22) 씨는 \"이제 육지에 가기가 쉬워졌다\"고 말했다.</p>"
                     "<p>김민수 해양수산부 항만국장은 이날 기자간담회에서 \"배편을 더 늘리겠다\"라고 말했다.</p>"
                     "<p>상인 최영희 씨도 \"손님이 늘었으면 좋겠다\"고 했다.</p>", "ko")
    assert found == ["이수진", "김민수", "최영희"]


def test_korean_surname_before_an_office_is_the_one_full_name_the_page_writes() -> None:
    found = speakers(KO_LEAD + "<p>이 사업은 해양수산부 박지영 과장이 맡았다.</p>"
                     "<p>박 과장은 \"주민 의견을 계속 듣겠다\"라고 말했다.</p>", "ko")
    assert found == ["박지영"]


def test_korean_surname_two_people_share_names_no_one() -> None:
    found = speakers(KO_LEAD + "<p>이 사업은 박지영 과장과 박민호 팀장이 맡았다.</p>"
                     "<p>박 과장은 \"주민 의견을 계속 듣겠다\"라고 말했다.</p>", "ko")
    assert found == [None]


def test_korean_office_of_a_body_with_no_name_is_no_speaker() -> None:
    found = speakers(KO_LEAD + "<p>해양수산부 항만국장은 \"배편을 더 늘리겠다\"라고 말했다.</p>", "ko")
    assert found == [None]


def test_japanese_sentence_leading_in_with_thus_wrote_names_its_topic_for_the_block_quote() -> None:
    found = speakers(JA_LEAD + "<p>市場を企画したのは、作家の故森川佐和子さんの孫だ。森川さんは日記の中で、こう書いている。</p>"
                     "<blockquote class='quote'><p>商店街は町の居間のようなものだ。誰でも座って休める場所でなければならない。</p>"
                     "</blockquote>", "ja")
    assert found == ["森川佐和子"]


def test_japanese_quotation_ending_the_paragraph_after_a_sentence_on_a_person() -> None:
    found = speakers(JA_LEAD + "<p>企画したのは会社員の田中一郎さん（45）だ。</p>"
                     "<p>田中さんは出店者を集めるため、半年かけて近所を回った。「最初は誰も相手にしてくれなかったけれど、今は違います」</p>"
                     "<p>市場は毎週土曜日に開かれ、野菜や雑貨が並ぶ。「最初は誰も来ないと思っていたが、今は毎週満員になる」</p>", "ja")
    assert found == ["田中一郎", None]


def test_japanese_topic_after_the_quote_with_an_age_and_how_it_was_said_before_the_verb() -> None:
    found = speakers(JA_LEAD + "<p>「子どもと一緒に来られる場所が増えてうれしい」と、会社員の田中美紀さん（35）は話す。</p>"
                     "<p>商店会の山口正夫さんは「十年ぶりのにぎわいで、本当にありがたい」と笑顔で話した。</p>"
                     "<p>市商工観光課の山下健太課長は「空き店舗の活用は長年の課題だった」と説明する。</p>", "ja")
    assert found == ["田中美紀", "山口正夫", "山下健太"]


def test_korean_word_for_who_the_person_is_before_the_name_after_the_quote() -> None:
    found = speakers(KO_LEAD + "<p>\"이제 육지에 가기가 쉬워졌다\"고 주민 이수진(52) 씨는 말했다.</p>"
                     "<p>\"배편을 더 늘리겠다\"고 김민수 대표는 말했다.</p>", "ko")
    assert found == ["이수진", "김민수"]


def test_chinese_word_for_a_persons_work_and_compound_verbs_of_saying() -> None:
    found = speakers(ZH_LEAD + "<p>外卖骑手李明说：“以前送货要换两次车，现在一趟就到了，方便多了。”</p>"
                     "<p>“以前上班要换两次车，现在一趟就到了，真的方便多了。”乘客张伟笑称。</p>"
                     "<p>在公交站等车的退休工人赵国庆回忆说：“二十年前这里连一条公路都没有。”</p>"
                     "<p>一位老人感叹：“我们这些老人终于可以自己进城看病了。”</p>", "zh")
    assert found == ["李明", "张伟", "赵国庆", None]


def test_korean_topic_with_an_office_far_before_the_quote_in_its_sentence() -> None:
    found = speakers(KO_LEAD + "<p>김민수 대표는 이날 서울 중구에서 열린 기자간담회에서 \"배편을 더 늘리겠다\"라고 말했다.</p>"
                     "<p>사업이 늦어진 데 대해 박지영 과장은 주민들에게 \"늦어져서 정말 죄송하다\"고 말했다.</p>", "ko")
    assert found == ["김민수", "박지영"]


def test_japanese_topic_far_before_the_quote_in_its_sentence() -> None:
    found = speakers(JA_LEAD + "<p>商店会の山口正夫会長は21日、市内で開いた記者会見で「来月からは毎週末に開きたいと考えている」と述べた。</p>"
                     "<p>会社員の田中美紀さん（35）は、子どもの手を引きながら「毎週来られる場所ができてうれしい」と話した。</p>", "ja")
    assert found == ["山口正夫", "田中美紀"]


def test_japanese_topic_with_another_subject_before_the_quote_is_not_its_speaker() -> None:
    found = speakers(JA_LEAD + "<p>田中美紀さんは、商店会の人たちが「来月からは毎週末に開きたい」と話すのを聞いた。</p>", "ja")
    assert found in ([None], [])


def test_a_chinese_trade_word_ending_in_hu_is_no_part_of_the_name_after_it() -> None:
    found = speakers("<p>“今年的收成比去年好多了，”养殖大户陈国平说，“价格也稳定。”</p>", "zh")
    assert found == ["陈国平"]


def test_a_chinese_mayor_named_before_the_weekday_of_the_announcement() -> None:
    """"市长林海峰周三宣布": the office (市长) before the name and the weekday (周三) after it are no part
    of it; "他说" after the quote is that person."""
    found = speakers("<p>滨海市市长林海峰周三宣布，老码头将改建成一座公园。</p>"
                     "<p>“这座公园要向所有市民免费开放，包括外来的游客。”他在发布会上说。</p>", lang="zh")
    assert found == ["林海峰"]


def test_a_japanese_name_of_five_kanji_with_the_repeat_mark_is_read_whole() -> None:
    """"野々村健一弁護士は": the surname's repeat mark 々 and the kanji before it are part of the name."""
    found = speakers("<p>弁護側の野々村健一弁護士は「被告に逃げるつもりはなかった」と反論した。</p>", lang="ja")
    assert found == ["野々村健一"]
