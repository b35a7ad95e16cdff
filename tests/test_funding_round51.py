"""Funding forms of round 51: a survey's count, census or monitoring as the funded work (in a table's
note, a box beside the story, small print), a sum written with a full stop inside ("mit 12.500 Euro"),
a grant as "助成金" or "補助金"; and the same words used as news (a road, a bridge, a count that found
who paid for something else), which are no funding. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers walked the heath each month and wrote down every nest they found, so that the "
         "village can see how the birds fare from year to year.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Heath birds", site="Heath Courier")


def boxed(lang: str, note: str) -> str:
    """The statement in a box beside the story, inside the article."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Heath birds</title></head>"
            f"<body><main><article><h1>Heath birds</h1><p>{STORY}</p><aside class='infobox'><p>{note}</p></aside>"
            f"{paragraphs}</article></main></body></html>")


@pytest.mark.parametrize("lang, statement", [
    ("en", "The counting was funded by the Marlow Heath Wildlife Fund."),
    ("en", "The bird census is supported by the Fenmoor Trust."),
    ("de", "Das Monitoring wird von der Heidestiftung Vellmar mit 12.500 Euro gefördert."),
    ("de", "Das Projekt wird von der Heidestiftung Vellmar mit 12.500 Euro gefördert."),
    ("de", "Die Kartierung wurde vom Naturfonds Lindtal finanziert."),
    ("it", "Il monitoraggio è stato finanziato dalla Fondazione Valverde."),
    ("nl", "De tellingen zijn mogelijk gemaakt door een bijdrage van het Heidefonds."),
    ("sv", "Inventeringen har finansierats av Stiftelsen Ljungmark."),
    ("no", "Tellingen er finansiert av Stiftelsen Lyngheia."),
    ("hu", "A felmérést a Lápvidéki Alapítvány támogatta."),
    ("tr", "Sayım çalışması Ilgaz Vakfı'nın desteğiyle yürütülmektedir."),
    ("ja", "本調査は森川財団の助成金を受けて実施された。"),
])
def test_a_count_or_census_as_the_funded_work_is_the_field(lang: str, statement: str) -> None:
    for html in (page(lang, statement), boxed(lang, statement)):
        article = cleanpage.clean(html)
        assert article.funding is not None and statement in article.funding


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The census found that the new dam was funded by the Regional Council."),
    ("en", "The census is funded by the federal government every ten years."),
    ("en", "The vote count was paid for by the state."),
    ("de", "Die Volkszählung wird vom Bund finanziert."),
    ("de", "Die Brücke wird vom Land mit 48.000 Euro finanziert."),
    ("it", "Secondo il sindaco, il censimento è stato finanziato dalla Regione."),
    ("nl", "Volgens de burgemeester zijn de tellingen mogelijk gemaakt door de provincie."),
    ("sv", "Enligt kommunen har inventeringen finansierats av staten."),
    ("hu", "A felmérést a város támogatta."),
    ("tr", "Yol çalışması, Ulaştırma Bakanlığı tarafından finanse edildi."),
    ("ja", "改修は市の補助金を受けて行われた。"),
])
def test_a_count_or_a_sum_as_news_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, line", [
    # German capitalises every noun: a capital names no one there
    ("de", "Mit Unterstützung der Fans gewann die Mannschaft"),
    ("de", "Mit Unterstützung der Fans"),
    # the supporter before the support word: the line's first capital is the line's, not a name
    ("tr", "Yerel taraftarların desteğiyle"),
    ("fi", "Paikallisten asukkaiden tuella"),
    ("hu", "A helyi szurkolók támogatásával"),
    # the Romance languages' and Dutch support nouns
    ("fr", "Grâce au soutien des habitants, la fête a eu lieu."),
    ("it", "Con il sostegno dei tifosi la squadra ha vinto."),
    ("pt", "Com o apoio dos moradores, a festa aconteceu."),
    ("nl", "Met steun van de buurtbewoners werd het feest een succes."),
])
def test_a_line_of_support_from_a_crowd_is_no_notice(lang: str, line: str) -> None:
    assert cleanpage.clean(page(lang, line)).funding is None


@pytest.mark.parametrize("lang, line", [
    ("de", "Mit Unterstützung der Stadt Lindau"),
    ("de", "Mit Unterstützung von Beispiel Kultur"),
    ("de", "Mit Unterstützung der DKJS"),
    ("tr", "Ilgaz Belediyesi'nin desteğiyle"),
    ("fi", "Tampereen kaupungin tuella"),
    ("fr", "Avec le soutien de la Région Occitanie."),
    ("it", "Con il sostegno della Fondazione Cariplo Valle."),
    ("pt", "Com o apoio da Câmara Municipal de Évora."),
    ("nl", "Met steun van het Prins Bernhard Cultuurfonds."),
])
def test_a_line_of_support_from_a_named_body_is_the_field(lang: str, line: str) -> None:
    article = cleanpage.clean(page(lang, line))
    assert article.funding is not None and line in article.funding


@pytest.mark.parametrize("lang, line", [
    ("id", "Didukung oleh Dinas Perikanan Kabupaten Lembah."),
    ("sv", "Med stöd från Stiftelsen Ljungmark."),
    ("cs", "S podporou Nadace Údolí."),
    ("ro", "Cu sprijinul Fundației Valea Verde."),
    ("vi", "Với sự tài trợ của Quỹ Thung Lũng Xanh."),
])
def test_a_sponsor_line_ending_with_a_full_stop_after_its_name_is_the_field(lang: str, line: str) -> None:
    article = cleanpage.clean(page(lang, line))
    assert article.funding is not None and line in article.funding


@pytest.mark.parametrize("lang, sentence", [
    ("id", "Didukung oleh warga setempat."),
    ("sv", "Med stöd från Region Dalarna byggdes bron."),
    ("cs", "S podporou obce se opravila kaple."),
    ("ro", "Cu sprijinul Primăriei Valea Verde s-a reparat podul."),
])
def test_a_sentence_after_support_with_a_full_stop_is_no_notice(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


def acknowledged(lang: str, heading: str, paragraph: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Heath birds</title></head>"
            f"<body><main><article><h1>Heath birds</h1>{paragraphs}<h2>{heading}</h2><p>{paragraph}</p>"
            f"</article></main></body></html>")


@pytest.mark.parametrize("lang, heading, thanks, support", [
    ("en", "Acknowledgements", "We thank the farmers along the heath for access.",
     "The survey received financial support from the Fenmoor Trust under grant agreement No 551203."),
    ("de", "Danksagung", "Wir danken den Jagdpächtern für ihre Hilfe.",
     "Diese Arbeit wurde von der Heidestiftung Vellmar finanziell unterstützt."),
    ("ja", "謝辞", "調査にご協力いただいた農家の皆様に感謝します。",
     "本研究は森川財団の助成を受けて実施された。"),
])
def test_an_acknowledgement_keeps_its_support_not_the_thanks_beside_it(lang: str, heading: str, thanks: str,
                                                                        support: str) -> None:
    joiner = "" if lang == "ja" else " "
    article = cleanpage.clean(acknowledged(lang, heading, f"{thanks}{joiner}{support}"))
    assert article.funding == support
    assert thanks in article.text and support in article.text


def test_an_acknowledgement_that_thanks_a_funder_keeps_the_thanks() -> None:
    paragraph = "We thank the Fenmoor Trust for funding the survey. It was also supported by the Heath Society."
    assert cleanpage.clean(acknowledged("en", "Acknowledgements", paragraph)).funding == paragraph


@pytest.mark.parametrize("statement", [
    "The Heath Bird Day on 3 May is sponsored by Lindle Garden Supplies.",
    "The Lindle Nature Weekend will be supported by the Fenmoor Trust.",
])
def test_an_announced_event_by_its_name_and_its_named_sponsor_is_the_field(statement: str) -> None:
    article = cleanpage.clean(page("en", statement))
    assert article.funding is not None and statement in article.funding


@pytest.mark.parametrize("sentence", [
    "The Harvest Fair was sponsored by Brightline Bank until the bank closed.",
    "The Harvest Fair is sponsored by local businesses.",
    "Organisers said the Harvest Fair is sponsored by Brightline Bank.",
    "The Market Street bridge is funded by the Transport Fund.",
])
def test_an_event_sponsor_as_news_is_no_funding(sentence: str) -> None:
    assert cleanpage.clean(page("en", sentence)).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("fr", "Le recensement des nids est financé par la Fondation Valmont."),
    ("es", "El censo de nidos ha sido financiado por la Fundación Valle Verde."),
    ("pt", "O monitoramento foi financiado pela Fundação Vale Verde."),
    ("pl", "Monitoring jest finansowany przez Fundację Doliny."),
    ("fi", "Laskenta on tehty Laakson säätiön tuella."),
    ("cs", "Sčítání bylo financováno Nadací Údolí."),
    ("id", "Survei ini didanai oleh Yayasan Lembah Hijau."),
    ("ro", "Recensământul a fost finanțat de Fundația Valea Verde."),
    ("ru", "Мониторинг проводится при поддержке Фонда Долины."),
    ("zh", "本次监测由松林文化基金会资助。"),
    ("ko", "이 조사는 송계재단의 지원을 받아 수행되었다."),
])
def test_a_count_or_monitoring_as_the_funded_work_in_more_languages_is_the_field(lang: str, statement: str) -> None:
    article = cleanpage.clean(boxed(lang, statement))
    assert article.funding is not None and statement in article.funding


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Selon le maire, le recensement est financé par l'État."),
    ("es", "Según el alcalde, el censo fue financiado por el Estado."),
    ("pl", "Monitoring ruchu na moście jest finansowany z kredytu."),
    ("id", "Survei ini menunjukkan bahwa jembatan itu didanai oleh pemerintah."),
    ("id", "Penelitian ini menunjukkan bahwa jembatan itu didanai oleh Bank Dunia."),
    ("ru", "По словам мэра, мониторинг проводится при поддержке области."),
])
def test_a_count_or_monitoring_as_news_in_more_languages_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, line", [
    ("tr", "Akçam Vakfı'nın katkılarıyla."),
    ("hu", "A Völgyi Alapítvány támogatásával."),
    ("tr", "TÜBİTAK desteğiyle."),
])
def test_a_sponsor_line_naming_its_supporter_first_may_end_with_a_full_stop(lang: str, line: str) -> None:
    article = cleanpage.clean(page(lang, line))
    assert article.funding is not None and line in article.funding


@pytest.mark.parametrize("lang, sentence", [
    ("tr", "Yerel taraftarların desteğiyle."),
    ("fi", "Kylä rakensi sillan Laakson säätiön tuella."),
])
def test_a_sentence_ending_with_support_is_no_notice(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("de", "Das Projekt wird u.a. von der Heidestiftung Vellmar gefördert."),
    ("de", "Das Projekt wird im Programm Nr. 4 von der Heidestiftung Vellmar gefördert."),
    ("de", "Die Tagung am 14. Juni wird von der Heidestiftung Vellmar gefördert."),
    ("cs", "Konference 14. června byla podpořena Nadací Údolí."),
])
def test_an_abbreviation_or_a_dates_ordinal_inside_a_statement_ends_no_clause(lang: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, statement))
    assert article.funding is not None and statement in article.funding


@pytest.mark.parametrize("lang, sentences", [
    ("en", "The project was run by Acme Inc. The bridge was funded by the Transport Fund."),
    ("de", "Das Projekt leitet Plan B. Die Brücke wird vom Land finanziert."),
    ("de", "Die Tagung endete am 14. Die Brücke wird vom Land finanziert."),
])
def test_an_abbreviation_ending_a_sentence_still_ends_it(lang: str, sentences: str) -> None:
    assert cleanpage.clean(page(lang, sentences)).funding is None


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Le recensement de la population est financé par l'État."),
    ("es", "El censo de población es financiado por el Gobierno."),
    ("it", "Il censimento della popolazione è finanziato dallo Stato."),
    ("pt", "O censo demográfico é financiado pelo Governo Federal."),
    ("pl", "Liczenie głosów jest finansowane przez Państwową Komisję Wyborczą."),
    ("en", "The national census is funded by the Treasury."),
])
def test_a_census_of_the_people_or_a_count_of_votes_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


def test_a_census_of_animals_keeps_its_funder() -> None:
    statement = "Il censimento delle lontre è stato finanziato dalla Fondazione Valverde."
    article = cleanpage.clean(page("it", statement))
    assert article.funding is not None and statement in article.funding
