"""Funding forms of round 56: statements in page-builder boxes, cards, definition lists and footnotes, in
languages read weakly before; and the same words used as news, which are no funding. Every name and
sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers sorted the old mill's ledgers by year and wrote a short note on each box, so that the "
         "town can read how the mill fared from season to season.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Mill ledgers", site="Mill Gazette")


@pytest.mark.parametrize("sentence", [
    # the supporter follows the support word; a club's acronym and year after the verb are the story's
    "Mit Unterstützung der Fans gewann der SV Lindau 1961 das Pokalfinale.",
    "Mit Unterstützung der Eltern holte die TSG Auental den Titel",
])
def test_a_german_support_line_names_its_supporter_right_after_the_support(sentence: str) -> None:
    assert cleanpage.clean(page("de", sentence)).funding is None


@pytest.mark.parametrize("line", [
    "Mit freundlicher Unterstützung der Mühlenstiftung Auental",
    "Mit Unterstützung der Stiftung für ländliche Kultur",
    "Mit Unterstützung des BMBF",
])
def test_a_german_support_line_naming_a_body_is_the_field(line: str) -> None:
    article = cleanpage.clean(page("de", line))
    assert article.funding is not None and line in article.funding


@pytest.mark.parametrize("lang, statement", [
    ("bg", "Проектът е финансиран от Фондация „Речна памет“ по договор № РП-17."),
    ("bg", "Изследването е осъществено с финансовата подкрепа на Национален фонд Наука."),
    ("sr", "Пројекат је финансијски подржала Фондација Стари млин."),
    ("sr", "Projekat je finansiran od strane Ministarstva kulture."),
    ("hr", "Projekt je financiran sredstvima Zaklade Mlinska baština."),
    ("hr", "Projekt je realiziran uz financijsku potporu Ministarstva kulture i medija."),
    ("sr", "Пројекат је реализован уз подршку Министарства културе."),
    ("sl", "Projekt je bil izveden s podporo Občine Mlinsko."),
    ("sl", "Raziskavo je financirala Javna agencija za kulturno dediščino."),
    ("lt", "Projektą finansavo Malūno atminties fondas."),
    ("lt", "Projektas finansuojamas Lietuvos kultūros tarybos."),
    ("lv", "Projektu finansēja Valsts kultūrkapitāla fonds."),
    ("lv", "Pētījums tika finansēts no Latvijas Zinātnes padomes līdzekļiem."),
    ("et", "Projekti rahastas Veskimälu Sihtasutus."),
    ("et", "Projekt valmis Eesti Kultuurkapitali toel."),
    ("ca", "Aquest projecte ha comptat amb el suport de la Fundació Molí Vell."),
    ("ca", "L'estudi ha estat finançat per l'Institut d'Estudis Locals."),
    ("vi", "Dự án được tài trợ bởi Quỹ Di sản Cối Xay."),
    ("fr", "Leur transcription a été financée par une bourse de la Société d'histoire du moulin."),
])
def test_the_work_and_its_named_funder_in_more_languages_is_the_field(lang: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, statement))
    assert article.funding is not None and statement in article.funding


@pytest.mark.parametrize("lang, sentence", [
    ("bg", "Според кмета проектът е финансиран от общината."),
    ("bg", "Мостът е финансиран от Община Речица."),
    ("sr", "Projekat je podržala većina odbornika."),
    ("hr", "Projekt je realiziran uz potporu mještana."),
    ("hr", "Most je financiran sredstvima Grada Rijeke."),
    ("lt", "Projektą finansavo savivaldybė."),
    ("lt", "Tiltą finansavo Vilniaus savivaldybė."),
    ("lv", "Tiltu finansēja Rīgas dome."),
    ("et", "Projekti toetas ka vallavolikogu."),
    ("et", "Silda rahastas Tartu linn."),
    ("ca", "El projecte ha comptat amb el suport dels veïns."),
    ("ca", "El pont ha estat finançat per l'Ajuntament."),
    ("vi", "Dự án được tài trợ bởi ngân sách địa phương."),
    ("fr", "Selon le maire, leur projet a été financé par la commune."),
    # a named funder in someone's reported words: the story's news, not the page's statement
    ("bg", "Проектът е финансиран от Европейския съюз, заяви кметът на пресконференция."),
    ("hr", "Projekt je financiran sredstvima Europske unije, rekao je gradonačelnik na konferenciji."),
    ("sr", "Пројекат је финансиран од стране Европске уније, рекао је градоначелник."),
    ("lt", "Projektą finansavo Europos Sąjunga, sakė meras."),
    ("et", "Projekti rahastas Euroopa Liit, ütles vallavanem."),
    ("ca", "El projecte ha estat finançat per la Diputació de Girona, va dir l'alcalde."),
    ("vi", "Dự án được tài trợ bởi Ngân hàng Thế giới, ông chủ tịch tỉnh cho biết."),
])
def test_the_same_words_as_news_in_more_languages_are_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, label, statement", [
    ("hr", "Financiranje:", "Rad na arhivu platila je lokalna zaklada."),
    ("ca", "Finançament:", "Les despeses les va cobrir una fundació local."),
    ("lt", "Finansavimas:", "Darbus apmokėjo vietos fondas."),
])
def test_a_funding_label_in_more_languages_opens_the_statement(lang: str, label: str, statement: str) -> None:
    article = cleanpage.clean(page(lang, f"{label} {statement}"))
    assert article.funding is not None and statement in article.funding


def acknowledged(lang: str, heading: str, paragraph: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Mill ledgers</title></head>"
            f"<body><main><article><h1>Mill ledgers</h1>{paragraphs}<h2>{heading}</h2><p>{paragraph}</p>"
            f"</article></main></body></html>")


@pytest.mark.parametrize("lang, heading, thanks, support", [
    ("en", "Acknowledgements", "We thank the many villagers who opened their attics to us.",
     "This work was supported by the Weir Trust for Rural Records under award WT/24/9."),
    ("es", "Agradecimientos", "Agradecemos a los vecinos del barrio su paciencia y sus historias.",
     "La digitalización contó con la financiación de la Fundación Molino Viejo."),
    ("ja", "謝辞", "写真を貸してくださった町の皆様に感謝します。",
     "本プロジェクトは、水車記録財団の助成を受けて実施されました。"),
])
def test_an_acknowledgement_leaves_out_thanks_to_people_by_their_role(lang: str, heading: str, thanks: str,
                                                                     support: str) -> None:
    joiner = "" if lang == "ja" else " "
    article = cleanpage.clean(acknowledged(lang, heading, f"{thanks}{joiner}{support}"))
    assert article.funding == support
    assert thanks in article.text and support in article.text


def test_thanks_to_residents_for_their_funding_stay_in_the_statement() -> None:
    paragraph = ("We thank the residents' association for funding the scans. "
                 "This work was supported by the Weir Trust for Rural Records.")
    assert cleanpage.clean(acknowledged("en", "Acknowledgements", paragraph)).funding == paragraph


def described(term: str, definition: str) -> str:
    """The article ending with a definition list of the project's facts."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Mill ledgers</title></head>"
            f"<body><main><article><h1>Mill ledgers</h1>{paragraphs}<dl class='facts'><dt>Partners</dt>"
            f"<dd>Weir Parish Council</dd><dt>{term}</dt><dd>{definition}</dd></dl></article></main></body></html>")


def test_a_funding_term_whose_definition_says_who_paid_is_the_field() -> None:
    definition = "The ledger scanner was paid for by the Weir Valley Community Foundation."
    article = cleanpage.clean(described("Funding", definition))
    assert article.funding == definition and definition in article.text


@pytest.mark.parametrize("term, definition", [
    ("Funding", "Still being sought from local donors."),
    ("Status", "The ledger scanner was paid for by the Weir Valley Community Foundation."),
])
def test_a_definition_without_a_funder_or_under_another_term_is_no_field(term: str, definition: str) -> None:
    assert cleanpage.clean(described(term, definition)).funding is None


def test_costs_paid_for_as_news_are_no_funding() -> None:
    assert cleanpage.clean(page("en", "The new roof was paid for by the parish council.")).funding is None


def footnoted(note: str) -> str:
    """The article ending with a list of footnotes, the second holding the note."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Mill ledgers</title></head>"
            f"<body><main><article><h1>Mill ledgers</h1>{paragraphs}<p>Most ledgers were kept by the miller's "
            "wife.<sup><a href='#n1'>1</a></sup></p><ol class='footnotes'><li id='n1'>Ledger box 2, mill office.</li>"
            f"<li id='n2'>{note}</li></ol></article></main></body></html>")


def test_a_footnote_naming_the_work_of_something_its_funder_and_grant_code_is_the_field() -> None:
    note = "Transcription of the ledgers was supported by the Weir Society for Family History (grant WS-41)."
    article = cleanpage.clean(footnoted(note))
    assert article.funding == note and note in article.text


def test_the_work_of_something_paid_for_without_a_grant_code_is_no_field() -> None:
    assert cleanpage.clean(footnoted("Transcription of the tapes was paid for by the defence.")).funding is None


def boxed(lang: str, heading: str, paragraph: str, *, after: bool = False, box: str = "card") -> str:
    """A box of a heading and a paragraph inside the article, between its paragraphs, or after the article."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    card = f"<div class='{box}'><h4>{heading}</h4><p>{paragraph}</p></div>" if box else f"<h4>{heading}</h4><p>{paragraph}</p>"
    inside, outside = ("", card) if after else (card, "")
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Mill ledgers</title></head>"
            f"<body><main><article><h1>Mill ledgers</h1><p>{STORY}</p>{inside}{paragraphs}</article>{outside}</main>"
            "</body></html>")


@pytest.mark.parametrize("lang, heading, before, statement, after", [
    ("en", "About this project", "Mill Ledgers Online is run by the Weir History Society.",
     "It is supported by the Weir Valley Heritage Fund and the Lode Foundation.", False),
    ("en", "Mill Heritage Day", "", "The mill heritage day on 3 May was sponsored by Weir & Sons Printers.", True),
    ("de", "Über das Projekt", "Die Datenbank betreut der Geschichtsverein Weir.",
     "Es wird von der Mühlenstiftung Auental gefördert.", False),
    # a language that drops the pronoun
    ("es", "Sobre el proyecto", "La base de datos la cuida la Sociedad Histórica de Weir.",
     "Está financiado por la Fundación Molino Viejo.", False),
    ("it", "Informazioni sul progetto", "Il database è curato dalla Società storica di Weir.",
     "È finanziato dalla Fondazione Mulino Vecchio.", False),
])
def test_a_box_about_the_work_says_who_funds_it(lang: str, heading: str, before: str, statement: str,
                                               after: bool) -> None:
    article = cleanpage.clean(boxed(lang, heading, f"{before} {statement}".strip(), after=after))
    assert article.funding == statement
    assert statement in article.text


@pytest.mark.parametrize("heading, paragraph, box", [
    # the box's sentence is about something else than its work
    ("About this project", "The new road is funded by the County Council.", "card"),
    ("Harvest Fair", "The mayor was supported by the Green Party at the fair.", "card"),
    # the same sentence under a story's subheading, with no box of its own
    ("About this project", "It is supported by the Heritage Foundation.", ""),
])
def test_a_sentence_of_support_beside_no_box_about_its_work_is_no_funding(heading: str, paragraph: str,
                                                                         box: str) -> None:
    assert cleanpage.clean(boxed("en", heading, paragraph, box=box)).funding is None


def test_a_pronoun_funded_in_a_story_is_no_funding() -> None:
    sentence = "The reform bill reaches the chamber next week. It is supported by the Heritage Foundation."
    assert cleanpage.clean(page("en", sentence)).funding is None


def captioned(lang: str, caption: str, credit: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Mill ledgers</title></head>"
            f"<body><main><article><h1>Mill ledgers</h1>{paragraphs}<figure><img src='/mill.jpg' alt='The mill'>"
            f"<figcaption>{caption} <span class='credit'>{credit}</span></figcaption></figure></article></main>"
            "</body></html>")


def test_a_statement_after_a_semicolon_in_a_photo_credit_is_the_field() -> None:
    statement = "das Projekt wird von der Mühlenstiftung Auental gefördert."
    article = cleanpage.clean(captioned("de", "Die alte Mühle beherbergt heute das Archiv.",
                                        f"Foto: Jana Weir; {statement}"))
    assert article.funding is not None and statement in article.funding and statement in article.text


@pytest.mark.parametrize("sentence", [
    "Laut Bürgermeister wird das Projekt vom Land gefördert.",
    "Der Rat stimmte zu; die Brücke wird vom Land finanziert.",
])
def test_a_german_work_inside_a_clause_or_no_work_after_a_semicolon_is_no_funding(sentence: str) -> None:
    assert cleanpage.clean(page("de", sentence)).funding is None


def stripped(strip: str, *, between: str = "", footer: bool = False) -> str:
    """A sponsor strip right under the article in the page's <main> (or after something else, or in the footer)."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    box = f"<div class='sponsor-strip'><p>{strip}</p></div>"
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Mill ledgers</title></head>"
            f"<body><main><article><h1>Mill ledgers</h1>{paragraphs}</article>{between}{'' if footer else box}</main>"
            f"<footer class='site-footer'>{box if footer else ''}<p>© 2025 Mill Gazette</p></footer></body></html>")


@pytest.mark.parametrize("strip", [
    "Supported by the Weir Valley Cultural Fund",
    "This project was made possible with support from the Weir Valley Cultural Fund.",
])
def test_a_sponsor_strip_right_under_the_article_is_the_articles(strip: str) -> None:
    article = cleanpage.clean(stripped(strip))
    assert article.funding == strip and strip in article.text


@pytest.mark.parametrize("between, footer", [
    ("<aside class='related'><h3>More from the valley</h3><ul><li><a href='/a'>Weir fair</a></li></ul></aside>",
     False),
    ("", True),
])
def test_a_sponsor_strip_elsewhere_is_the_sites_for_the_field_only(between: str, footer: bool) -> None:
    strip = "Supported by the Weir Valley Cultural Fund"
    article = cleanpage.clean(stripped(strip, between=between, footer=footer))
    assert article.funding == strip and strip not in article.text
