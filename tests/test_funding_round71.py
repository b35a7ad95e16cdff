"""Funding forms of round 71: a "Funded by" heading over a list of funders' logos, a grant's code without brackets
or with no grant word in them, a photo's credit and the caption's note of who funds its subject, the page's
programme or newsletter in Indonesian and Malay, Latvian and Lithuanian in the present; and their hard negatives
(the same words as news or as a site's chrome). Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers planted willow cuttings along the mill stream every Saturday this spring and logged "
         "each one on a shared map.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Willow bank", site="Millstream Post")


def project_page(section: str, lang: str = "en") -> str:
    """A project page: the story, then a section of the article (funders, team)."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Willow bank</title></head><body>"
            "<header class='site-header'><a href='/'>Stream Notes</a></header><main><article class='project'>"
            f"<h1>Willow bank</h1>{paragraphs}{section}<section class='team'><h2>Team</h2><ul><li>Dr. Ona Brisk, "
            "lead</li><li>Pim Quarle, planting</li></ul></section></article></main>"
            "<footer class='site-footer'><p>© 2025 Stream Notes</p></footer></body></html>")


@pytest.mark.parametrize("lang, heading", [
    ("en", "Funded by"), ("en", "Co-funded by"), ("en", "Sponsored by"), ("de", "Finanziert durch"),
    ("fr", "Financé par"), ("es", "Financiado por"), ("it", "Finanziato da"), ("nl", "Gefinancierd door"),
    ("pl", "Finansowane przez"), ("pl", "Współfinansowane przez"), ("sv", "Finansierad av"), ("da", "Finansieret af"),
])
def test_a_funded_by_heading_over_a_list_of_funders_logos(lang: str, heading: str) -> None:
    section = (f"<section class='funders'><h2>{heading}</h2><ul class='logo-grid'><li><img src='/l/a.svg' "
               "alt='Brisk Water Council logo'> Brisk Water Council (grant BWC-3310)</li><li><img src='/l/b.svg' "
               "alt='Quarle Stream Fund logo'> Quarle Stream Fund</li></ul></section>")
    funding = cleanpage.clean(project_page(section, lang)).funding
    assert funding is not None and "Brisk Water Council (grant BWC-3310)" in funding and "Quarle Stream Fund" in funding


@pytest.mark.parametrize("section", [
    # a heading that only opens with the words, over the story's text
    "<section><h2>Funded by whom?</h2><p>Nobody at the mill could say who had paid for the old sluice.</p></section>",
    "<section><h2>Funded by readers like you</h2><p>Join today and read every story.</p></section>",
    "<section><h2>Financé par qui ?</h2><p>Personne au moulin ne savait qui avait payé la vieille vanne.</p></section>",
])
def test_a_heading_that_is_not_a_bare_funded_by_is_no_funding(section: str) -> None:
    assert cleanpage.clean(project_page(section)).funding is None


@pytest.mark.parametrize("statement", [
    "The willow bank is funded by the Orrin Stream Foundation under grant OSF-4471.",
    "Planting costs were covered by a grant from the Quelby Trust (QT-0932).",
])
def test_a_grants_code_without_a_grant_word_in_brackets(statement: str) -> None:
    assert cleanpage.clean(page("en", statement)).funding == statement


@pytest.mark.parametrize("end", [
    "The council granted the Orrin Stream Foundation the lease under grant of title in 2019.",
    "The club received a grant from the Lottery Fund (£20,000) for new nets.",
    "The bridge was funded by the state under grant rules (2019).",
    "A grant from the county (2021) paid for the new footpath, the mayor said.",
])
def test_a_grant_reported_as_news_is_no_funding(end: str) -> None:
    assert cleanpage.clean(page("en", end)).funding is None


def figure_page(caption: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 4))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Willow bank</title></head><body>"
            f"<main><article><h1>Willow bank</h1>{paragraphs}<figure><img src='/i/w.jpg' alt='Willows'>"
            f"<figcaption>{caption}</figcaption></figure><p>{STORY} (4)</p></article></main>"
            "<footer><p>© 2025 Millstream Post</p></footer></body></html>")


def test_a_photo_credit_then_who_funds_the_subject() -> None:
    caption = "Photo: Ona Brisk; the willow nursery is funded by the Quelby Island Trust."
    article = cleanpage.clean(figure_page(caption))
    assert article.funding == caption
    assert caption in article.text


@pytest.mark.parametrize("caption", [
    "Photo: Ona Brisk; the mayor is supported by the Green Party.",
    "Photo: Ona Brisk; the team is sponsored by Quarle Motors.",
    "Photo: Ona Brisk; the new stand is funded by the County Council.",
])
def test_a_photo_credit_then_news_of_money_is_no_funding(caption: str) -> None:
    assert cleanpage.clean(figure_page(caption)).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("id", "Program ini didanai oleh Yayasan Tepi Sungai."),
    ("ms", "Surat berita ini dibiayai oleh Yayasan Tebing Hijau."),
    ("ms", "Buletin ini ditaja oleh Yayasan Tebing Hijau."),
    ("lv", "Projektu finansē Upes dabas fonds."),
    ("lt", "Projektą finansuoja Upės gamtos fondas."),
])
def test_the_pages_programme_newsletter_and_the_present(lang: str, statement: str) -> None:
    assert cleanpage.clean(page(lang, statement)).funding == statement


@pytest.mark.parametrize("lang, end", [
    # a finding, not the page's programme
    ("id", "Survei ini menunjukkan bahwa program itu didanai oleh pemerintah daerah."),
    # a government's programme as news: no demonstrative
    ("id", "Program pemerintah didanai oleh pajak daerah, kata bupati."),
    ("ms", "Surat berita sekolah dibiayai oleh ibu bapa."),
    # the work is no object: the town pays for a bridge
    ("lv", "Tiltu finansē pašvaldība."),
])
def test_programmes_and_the_present_as_news_are_no_funding(lang: str, end: str) -> None:
    assert cleanpage.clean(page(lang, end)).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("bn", "এই গবেষণায় অর্থায়ন করেছে সবুজতীর ফাউন্ডেশন (অনুদান নং SF-2024-07)।"),
    ("fa", "این پژوهش با حمایت مالی بنیاد رود سبز انجام شده است."),
    ("fa", "این پروژه توسط صندوق رود سبز تأمین مالی شده است."),
    ("ur", "یہ منصوبہ سبز کنارہ فاؤنڈیشن کی مالی معاونت سے چلایا جا رہا ہے۔"),
])
def test_this_work_and_its_funder_in_bengali_persian_urdu(lang: str, statement: str) -> None:
    assert cleanpage.clean(page(lang, statement)).funding == statement


@pytest.mark.parametrize("lang, end", [
    # a town's bridge or pool, its money as news
    ("fa", "این پل با حمایت مالی شهرداری ساخته شد."),
    ("ur", "یہ پل بلدیہ کی مالی معاونت سے بنایا گیا۔"),
    ("tl", "Ang tulay ay pinondohan ng Lungsod ng Ilogan."),
    # reported: the mayor says it
    ("fa", "شهردار گفت این پروژه با حمایت مالی بنیاد رود سبز انجام شد."),
    ("ur", "میئر نے کہا کہ یہ منصوبہ سبز کنارہ فاؤنڈیشن کی مالی معاونت سے چل رہا ہے۔"),
    ("tl", "Sinabi ng alkalde na ang proyektong ito ay pinondohan ng Pundasyong Ilog-Berde."),
])
def test_money_as_news_in_persian_urdu_tagalog_is_no_funding(lang: str, end: str) -> None:
    assert cleanpage.clean(page(lang, end)).funding is None


# A third party's grant told as news, in the active voice, with its code: news of another, no statement.
def test_another_bodys_grant_code_told_as_news_is_no_funding() -> None:
    news = ("Last year the Orrin Stream Foundation funded the rival club's academy under grant OSF-2231, "
            "a move the mayor called unfair.")
    assert cleanpage.clean(page("en", news)).funding is None


# A sidebar's "Sponsored by" over its advertisers is the site's, not the work's.
def test_a_sidebars_sponsored_by_list_is_no_funding() -> None:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    html = ("<!doctype html><html lang='en'><head><title>Willow bank</title></head><body><main><article>"
            f"<h1>Willow bank</h1>{paragraphs}</article><aside class='sidebar'><h3>Sponsored by</h3><ul>"
            "<li>Quarle Pizza</li><li>Brisk Cars</li></ul></aside></main></body></html>")
    assert cleanpage.clean(html).funding is None


# A "Funded by" list in the middle of the story: its items, each apart, and not the story that goes on under it.
def test_a_funded_by_list_mid_story_ends_before_the_story_goes_on() -> None:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 3))
    section = "<h3>Funded by</h3><ul><li>Orrin Stream Foundation</li><li>Quelby Trust</li></ul>"
    html = ("<!doctype html><html lang='en'><head><title>Willow bank</title></head><body><article>"
            f"<h1>Willow bank</h1>{paragraphs}{section}{paragraphs}</article></body></html>")
    assert cleanpage.clean(html).funding == "Orrin Stream Foundation\n\nQuelby Trust"
