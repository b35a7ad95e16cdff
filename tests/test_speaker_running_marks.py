"""A quotation of several paragraphs, each opening with a mark and only the last one closing, in the languages
that open with marks other than “, „ and «: Swedish and Finnish ”…”, Danish »…«, Dutch ‘…’, Japanese 「…」
(PARAGRAPH_OPENERS in sections). The open paragraph is listed and spoken by whoever the last one's incise
names; a paragraph ending in ':' that leads in the first one names its speaker too. The same marks closing
another language's quotation open nothing."""

from __future__ import annotations

import speaker_pages

P = "<p>{}</p>".format


def test_swedish_paragraphs_named_at_the_end() -> None:
    page = (P("”Vi hörde åskan över sjön. Sedan slocknade lamporna i hela byn.")
            + P("”Morgonen efter var bryggan borta”, berättar Greta Holmqvist i Sävsjön."))
    assert speaker_pages.quotes(page, "sv") == [
        ("”Vi hörde åskan över sjön. Sedan slocknade lamporna i hela byn.", "Greta Holmqvist"),
        ("”Morgonen efter var bryggan borta”", "Greta Holmqvist")]


def test_dutch_single_marks_named_at_the_end() -> None:
    page = (P("‘De dijk hield het tot middernacht. Daarna stond het water in de keuken.")
            + P("‘We zijn alles kwijt behalve de kat,’ vertelt Maartje Hoogeveen uit Ooststrand."))
    assert speaker_pages.speakers(page, "nl") == ["Maartje Hoogeveen", "Maartje Hoogeveen"]


def test_danish_guillemets_led_in_by_a_colon() -> None:
    page = (P("Skolens leder Birthe Nørgaard sagde til forældrene:")
            + P("»Vi har ventet på en ny gymnastiksal i mange år.")
            + P("»Nu flytter vi ikke en centimeter.«"))
    assert speaker_pages.speakers(page, "da") == ["Birthe Nørgaard", "Birthe Nørgaard"]


def test_turkish_lead_in_with_the_verb_last() -> None:
    page = (P("Balıkçı Murat Kaya, fırtınanın geldiği geceyi anlatıyor:")
            + P("“Dalgalar iskelenin üstünden geçti. Teknemizi bir daha görmedik.")
            + P("“Üç gün sonra sahilde bulduk, ikiye bölünmüştü.”"))
    assert speaker_pages.speakers(page, "tr") == ["Murat Kaya", "Murat Kaya"]


def test_japanese_corner_brackets_after_a_report() -> None:
    page = (P("漁師の山田浩二さん（68）は、今年の嵐について語った。")
            + P("「若い頃はこんな波は見たことがなかった。")
            + P("「今は港に出るのも怖い日がある。孫には船に乗せたくない」"))
    assert speaker_pages.speakers(page, "ja") == ["山田浩二", "山田浩二"]


def test_a_french_closing_guillemet_opens_nothing() -> None:
    page = P("« Nous partirons demain » raconte Odile Parmentier, qui tient la boulangerie depuis vingt ans.")
    assert speaker_pages.speakers(page, "fr") == ["Odile Parmentier"]


def test_an_english_closing_mark_opening_a_paragraph_with_its_opener_later_is_no_running_quote() -> None:
    page = P("The harbour master, Ann Lee, spoke first. “The pier will close in May,” she said.")
    assert speaker_pages.quotes(page) == [("“The pier will close in May,”", "Ann Lee")]
