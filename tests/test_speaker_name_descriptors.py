"""Words before a name that say what or who the person is, not part of the name: an age compound
("Seventeen-year-old", "17-jährige": _age_word), a peer's title before two names (PEERAGE_TITLES), Finnish agent
nouns and Nordic owners (ROLE_SUFFIXES), the Finnish guide (ROLE_WORDS), Chinese "代表" (a representative:
CJK_PEOPLE_NOUNS); and a testimonial's <footer> signed with a town and a polite suffix in Japanese or Chinese
(_cjk_credit in sections._signer), the customer kept as written (SignedName)."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_an_age_compound_opening_the_sentence() -> None:
    page = (P("Fifteen-year-old Marisol Quenby-Hart won the county chess title on Saturday.")
            + P("Quenby-Hart said she had nearly stayed at home. “I thought I had no chance at all.”"))
    assert speaker_pages.speakers(page) == ["Marisol Quenby-Hart"]


def test_a_peer_title_before_two_names() -> None:
    page = (P("The chair of the trust, Lady Philippa Ormerod, opened the new wing on Friday.")
            + P("“This building belongs to the town, not to us,” Ormerod said."))
    assert speaker_pages.speakers(page) == ["Philippa Ormerod"]


def test_a_title_word_that_is_the_whole_name_stays() -> None:
    page = P("“We will play the harbour stage in June,” said Lady Marmalade, the band's singer.")
    assert speaker_pages.speakers(page) == ["Lady Marmalade"]


def test_finnish_agent_noun_and_guide() -> None:
    page = (P("Sairaanhoitaja Pirkko Lähteenmäki on eri mieltä. ”Yöllä täällä on vain kaksi hoitajaa.”")
            + P("Opas Tuomas Ylikorpi on näyttänyt luolaa kymmenen vuotta. ”Täällä alhaalla on aina kylmä, kesälläkin vain kuusi astetta.”"))
    assert speaker_pages.speakers(page, "fi") == ["Pirkko Lähteenmäki", "Tuomas Ylikorpi"]


def test_swedish_owner_in_the_definite_form() -> None:
    page = P("Kaféägaren Margit Sjöberg är trött. ”Det är fjärde gången i år som någon bryter sig in.”")
    assert speaker_pages.speakers(page, "sv") == ["Margit Sjöberg"]


def test_chinese_representative_before_the_name() -> None:
    page = P("村民代表周立新则认为，镇里应该先修路。“路不修，谁愿意把货运进山里？”")
    assert speaker_pages.speakers(page, "zh") == ["周立新"]


def test_japanese_footer_signed_with_the_prefecture_and_sama() -> None:
    page = (P("ご宿泊いただいたお客様の声をご紹介します。")
            + "<blockquote>「朝食がとてもおいしくて、また泊まりたいと思いました。」<footer>— 京都府・R.N.様</footer></blockquote>"
            + "<blockquote>「露天風呂から見える山がきれいでした。」<footer>— 長野県・小林様</footer></blockquote>")
    assert speaker_pages.speakers(page, "ja") == ["R.N.", "小林"]


def test_chinese_footer_with_the_town_and_ms() -> None:
    page = (P("以下是部分顾客的评价。")
            + "<blockquote><p>“送货很快，师傅也很耐心。”</p><footer>— 苏州 王女士</footer></blockquote>")
    assert speaker_pages.speakers(page, "zh") == ["王女士"]


def test_a_news_agency_after_a_dash_is_no_customer() -> None:
    page = (P("港口管理局周二发布了新的航运规定。")
            + "<blockquote><p>“新规定将从下月起实施，所有船只都必须遵守。”</p><footer>——新华社</footer></blockquote>")
    assert speaker_pages.speakers(page, "zh") != ["新华"]


def test_dutch_farmer_before_three_names() -> None:
    page = (P("Boer Hendrik Jan Oosterwold en zijn dochter Femke Oosterwold melken samen negentig koeien.")
            + P("‘Mijn vader wilde eigenlijk dat ik notaris werd,’ zegt Femke.")
            + P("Hij lacht. ‘Dat wilde ik helemaal niet. Dat zei haar moeder altijd.’"))
    assert speaker_pages.speakers(page, "nl") == ["Femke Oosterwold", "Hendrik Jan Oosterwold"]


def test_dutch_surname_de_boer_stays() -> None:
    page = P("‘We melken al veertig jaar op deze plek,’ zegt Klaas de Boer, die het bedrijf van zijn vader overnam.")
    assert speaker_pages.speakers(page, "nl") == ["Klaas de Boer"]


def test_a_german_surname_ending_like_a_nordic_owner_is_a_name() -> None:
    page = (P("Der Landwirt Korbinian Obermeier zeigt auf den überfluteten Acker.")
            + P("„Das Wasser stand hier zwei Wochen lang“, sagt Obermeier."))
    assert speaker_pages.speakers(page, "de") == ["Korbinian Obermeier"]
