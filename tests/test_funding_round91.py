"""Funding forms of round 91: a sponsor no one names ("by a local bank"), a caption's supporters before its colon;
and their statements of the same words naming who paid. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers counted moths under the new lamps every Friday this summer and logged each one on a "
         "shared map.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Moths and lamps", site="Fenwick Post")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The festival is sponsored by a local bank."),
    ("it", "La mostra d'autunno è sponsorizzata quest'anno da una cooperativa del paese."),
    ("it", "Il festival è sponsorizzato da un'azienda del posto."),
    ("es", "El festival de verano está patrocinado por un banco local."),
])
def test_a_sponsor_no_one_names_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("en", "The festival is sponsored by the Orvel Savings Bank."),
    ("it", "La mostra d'autunno è sponsorizzata quest'anno dalla Cooperativa Orvel."),
    ("en", "This survey was funded by a grant from the Orvel Moth Trust."),
])
def test_a_sponsor_named_after_the_same_words_is_a_statement(lang: str, statement: str) -> None:
    assert cleanpage.clean(page(lang, statement)).funding == statement


def test_a_named_funder_beside_an_unnamed_one_keeps_the_statement() -> None:
    statement = "The count was funded by the Orvel Moth Trust. Its lamps were paid for by a local firm."
    assert cleanpage.clean(page("en", statement)).funding is not None


def caption_page(lang: str, caption: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps</h1>{paragraphs}<figure><img src='/f.jpg' alt=''>"
            f"<figcaption>{caption}</figcaption></figure><p>{STORY} (5)</p></article></main></body></html>")


@pytest.mark.parametrize("lang, caption", [
    ("de", "Mit Unterstützung der Nachbarn: das Mottenfest 2024."),
    ("en", "With the support of neighbours: the Moth Night 2024."),
])
def test_a_captions_crowd_before_its_colon_names_no_supporter(lang: str, caption: str) -> None:
    assert cleanpage.clean(caption_page(lang, caption)).funding is None


def test_a_captions_named_supporter_before_its_colon_is_a_notice() -> None:
    caption = "Mit Unterstützung der Sparkasse Orvel: das Mottenfest 2025."
    assert cleanpage.clean(caption_page("de", caption)).funding == caption


def byline_page(lang: str, line: str, cls: str = "byline") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><header><h1>Moths and lamps</h1></header><p class='{cls}'>{line}</p>"
            f"{paragraphs}</article></main></body></html>")


@pytest.mark.parametrize("lang, line, cls, statement", [
    ("en", "By Ann Orvel · <span class='support'>Research supported by the Orvel Moth Trust</span>", "byline",
     "Research supported by the Orvel Moth Trust"),
    ("en", "By Ann Orvel · Research supported by the Orvel Moth Trust", "byline",
     "Research supported by the Orvel Moth Trust"),
    ("es", "Por Ana Orvel | Investigación apoyada por el Instituto Orvel de Polillas", "autor",
     "Investigación apoyada por el Instituto Orvel de Polillas"),
    ("de", "ORVEL, 3. März 2026 – Gefördert von der Orvel-Stiftung für Nachtfalter", "dateline",
     "Gefördert von der Orvel-Stiftung für Nachtfalter"),
])
def test_a_sponsor_after_a_bylines_separator_is_the_pages_notice(lang: str, line: str, cls: str,
                                                                  statement: str) -> None:
    article = cleanpage.clean(byline_page(lang, line, cls))
    assert article.funding == statement
    assert statement in article.text  # the byline leaves the body: the statement is put back


@pytest.mark.parametrize("lang, line, cls", [
    ("en", "By Ann Orvel · Research supported by the Orvel Fund found that moths fell by half", "byline"),
    ("en", "By Ann Orvel · Supported by", "byline"),
    ("es", "Por Ana Orvel | Proyecto apoyado por los vecinos", "autor"),
    ("en", "Moths and lamps · Research supported by the Orvel Moth Trust", "kicker"),
])
def test_a_bylines_other_parts_and_another_lines_parts_are_no_funding(lang: str, line: str, cls: str) -> None:
    assert cleanpage.clean(byline_page(lang, line, cls)).funding is None


@pytest.mark.parametrize("sentence", [
    "Research supported by the Orvel Fund found that moths fell by half in two years.",
])
def test_a_works_support_in_a_storys_sentence_is_no_notice(sentence: str) -> None:
    assert cleanpage.clean(page("en", sentence)).funding is None


@pytest.mark.parametrize("statement", [
    "Diese Arbeit wurde vom Verein der Nachtfalterfreunde Orvel e. V. finanziell unterstützt.",
    "Diese Studie wurde von der Orvel-Gesellschaft e.V. finanziert.",
])
def test_a_run_of_initials_ends_no_sentence(statement: str) -> None:
    assert cleanpage.clean(page("de", statement)).funding == statement


@pytest.mark.parametrize("sentence", [
    "Diese Arbeit wurde vom Verein Orvel e. V. finanziell unterstützt, sagte der Bürgermeister.",
    "Die neue Brücke wurde vom Heimatverein Orvel e. V. finanziert.",
])
def test_initials_in_reported_words_or_of_another_thing_are_no_funding(sentence: str) -> None:
    assert cleanpage.clean(page("de", sentence)).funding is None


def note_page(note: str, cls: str = "table-note") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps</h1>{paragraphs}<table><tr><th>Year</th><th>Moths</th></tr>"
            f"<tr><td>2025</td><td>310</td></tr></table><p class='{cls}'>{note}</p><p>{STORY} (5)</p>"
            f"</article></main></body></html>")


@pytest.mark.parametrize("note, statement", [
    ("Note: Counts in 2024 were made possible by the Ada Orvel bequest.",
     "Counts in 2024 were made possible by the Ada Orvel bequest."),
    ("Note: Trap nights were made possible by the Orvel Moth Fund.",
     "Trap nights were made possible by the Orvel Moth Fund."),
])
def test_a_tables_note_on_what_a_named_gift_made_possible_is_a_statement(note: str, statement: str) -> None:
    assert cleanpage.clean(note_page(note)).funding == statement


@pytest.mark.parametrize("note", [
    "Note: Counts in 2024 were made possible by the Orvel Volunteers.",
    "Note: Counts in 2024 were supported by the Green Party.",
])
def test_a_tables_note_on_help_that_is_no_gift_is_no_funding(note: str) -> None:
    assert cleanpage.clean(note_page(note)).funding is None


def test_what_a_named_gift_made_possible_in_running_text_is_a_storys() -> None:
    assert cleanpage.clean(page("en", "Counts in 2024 were made possible by the Ada Orvel bequest.")).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("cs", "Tento projekt získal finanční prostředky z programu Orvel Sever na základě grantové dohody č. 5512."),
    ("cs", "Tento projekt získal finanční prostředky z programu Orvel."),
    ("sk", "Projekt získal finančné prostriedky z programu Orvel Juh."),
])
def test_czech_and_slovak_financial_means_from_a_named_programme(lang: str, statement: str) -> None:
    assert cleanpage.clean(page(lang, statement)).funding == statement


@pytest.mark.parametrize("lang, sentence", [
    ("cs", "Tento projekt získal finanční prostředky z rozpočtu města."),
    ("cs", "Tento projekt získal finanční prostředky z programu obce."),
    ("cs", "Tento projekt získal finanční prostředky z programu Orvel, uvedl starosta."),
])
def test_czech_financial_means_from_a_town_or_in_reported_words_are_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, sentence)).funding is None


def builder_page(strip: str, *, inside: bool = True) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    content = (f"<div class='builder-section'><div class='builder-column'><h1>Moths and lamps</h1>{paragraphs}</div>"
               f"<div class='builder-column'><p><a href='/contact'>Contact</a></p></div></div>")
    strip = f"<div class='sponsor-strip'><p>{strip}</p></div>"
    page = (f"<div class='site-content'>{content}{strip}</div>" if inside
            else f"<div class='site-content'>{content}</div>{strip}")
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><header class='site-header'><a href='/'>Moth Club</a></header>{page}"
            f"<footer class='site-footer'><p>© 2025 Moth Club</p></footer></body></html>")


def test_a_sponsor_strip_right_after_a_builders_headline_section_is_the_articles() -> None:
    statement = "The moth count was funded by the Orvel Moth Trust."
    article = cleanpage.clean(builder_page(statement))
    assert article.funding == statement
    assert statement in article.text


def test_a_sponsor_strip_right_under_the_body_is_the_sites() -> None:
    statement = "The moth count was funded by the Orvel Moth Trust."
    article = cleanpage.clean(builder_page(statement, inside=False))
    assert article.funding == statement
    assert statement not in article.text


def disclosures_page(heading: str, paragraphs: list[str]) -> str:
    story = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    section = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><main><article><h1>Moths and lamps</h1>{story}<details><summary>{heading}</summary>{section}"
            f"</details></article></main></body></html>")


def test_a_named_givers_support_in_a_disclosures_section_is_a_statement() -> None:
    support = "Orvel Garden Supplies provided in-kind support, including the loan of two light traps."
    article = cleanpage.clean(disclosures_page("Disclosures", [
        support, "The authors have no competing interests to declare."]))
    assert article.funding == support
    assert "The authors have no competing interests to declare." in article.text


@pytest.mark.parametrize("heading, paragraphs", [
    ("Disclosures", ["Ann Orvel received consulting fees from Orvel Lamps.",
                     "The authors have no other competing interests to declare."]),
    ("Moth notes", ["Orvel Garden Supplies provided in-kind support, including the loan of two light traps."]),
])
def test_an_authors_ties_or_the_same_sentence_outside_a_declarations_section_is_no_funding(
        heading: str, paragraphs: list[str]) -> None:
    assert cleanpage.clean(disclosures_page(heading, paragraphs)).funding is None


def test_a_named_givers_support_in_running_text_is_news() -> None:
    sentence = "Orvel Garden Supplies provided in-kind support, including the loan of two light traps."
    assert cleanpage.clean(page("en", sentence)).funding is None
