"""`updated`: the day the page labels as its last update, else its structured modification;
never the publication date's field, never before it, null where the page gives none."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleanpage
from cleanpage.metadata import extract_metadata
from cleanpage.parse import parse_html

BODY = {
    "en": "The old ferry pier reopened on Monday after two months of repairs to its deck and railings. ",
    "fr": "La vieille jetée du bac a rouvert lundi après deux mois de travaux sur son tablier et ses garde-corps. ",
    "de": "Der alte Fähranleger ist nach zwei Monaten Arbeiten an Deck und Geländer am Montag wieder geöffnet worden. ",
    "es": "El viejo muelle del transbordador reabrió el lunes tras dos meses de obras en su tablero y barandillas. ",
    "it": "Il vecchio molo del traghetto ha riaperto lunedì dopo due mesi di lavori sul ponte e sulle ringhiere. ",
    "nl": "De oude veerpier is maandag heropend na twee maanden werk aan het dek en de leuningen. ",
    "pl": "Stare molo promowe otwarto ponownie w poniedziałek po dwóch miesiącach remontu pokładu i barierek. ",
    "ja": "古い桟橋は二か月の補修工事を終えて月曜日に再開した。",
}


def page(header: str, lang: str = "en", head: str = "", footer: str = "") -> str:
    text = BODY[lang] * (30 if lang == "ja" else 8)
    return (f"<!doctype html><html lang='{lang}'><head><title>Pier</title>{head}</head><body>"
            f"<article><h1>The pier reopens</h1>{header}<p>{text}</p><p>{text}</p>{footer}</article></body></html>")


def meta(html: str):
    return extract_metadata(parse_html(html), "https://news.example.org/pier")


@pytest.mark.parametrize(("header", "lang", "updated"), [
    ("<p>By Ann Lee · Published March 3, 2025 · Updated March 5, 2025</p>", "en", "2025-03-05"),
    ("<p><time datetime='2025-03-03'>3 mars 2025</time></p><p>Mis à jour le 5 mars 2025</p>", "fr", "2025-03-05"),
    ("<p>Veröffentlicht am 03.03.2025, aktualisiert am 05.03.2025</p>", "de", "2025-03-05"),
    ("<p>Publicado el 3 de marzo de 2025</p><p><b>Actualizado el</b> 6 de marzo de 2025</p>", "es", "2025-03-06"),
    ("<div>Pubblicato il 3 marzo 2025 - Aggiornato il 7 marzo 2025</div>", "it", "2025-03-07"),
    ("<p>Gepubliceerd op 3 maart 2025</p><p>Bijgewerkt op 8 maart 2025</p>", "nl", "2025-03-08"),
    ("<p>Opublikowano: 3 marca 2025</p><p>Zaktualizowano: 9 marca 2025</p>", "pl", "2025-03-09"),
    # the label after its day (Japanese writes 更新 "updated" after the date), or in brackets
    ("<p>2025年3月1日公開 2025年3月5日更新</p>", "ja", "2025-03-05"),
    ("<p>March 3, 2025 · March 6, 2025 (updated)</p>", "en", "2025-03-06"),
])
def test_a_labelled_update_by_the_headline(header: str, lang: str, updated: str) -> None:
    assert meta(page(header, lang)).updated == updated


def test_the_label_in_a_box_of_its_own_and_the_day_in_the_next() -> None:
    header = ("<dl><dt>Published</dt><dd>March 3, 2025</dd><dt>Last modified:</dt>"
              "<dd><time datetime='2025-03-05T10:12:00+01:00'>March 5, 2025</time></dd></dl>")
    assert meta(page(header)).updated == "2025-03-05T10:12:00+01:00"  # the instant, as the page states it


def test_a_page_that_shows_only_the_update_has_no_date_but_that_update() -> None:
    found = meta(page("<p>Aktualisiert am 5. März 2025</p>", "de"))
    assert found.date is None and found.updated == "2025-03-05"


def test_the_articles_footer_states_the_update() -> None:
    footer = "<footer><p>This page was last modified on 12 May 2025 by the editors.</p></footer>"
    assert meta(page("<p>March 3, 2025</p>", footer=footer)).updated == "2025-05-12"


@pytest.mark.parametrize(("notes", "updated"), [(50, "2025-05-12"), (7000, None)])
def test_the_footer_is_read_as_far_as_the_articles_first_texts(notes: int, updated: str | None) -> None:
    """The headline's <article> is read for its update label up to its first texts
    (date.MAX_ARTICLE_ELEMENTS elements' texts and tails): a label after thousands of
    short notes is not looked for."""
    items = "".join(f"<li>{index}</li>" for index in range(notes))  # (short: within the scan's characters)
    footer = f"<ul>{items}</ul><footer><p>Last updated: 12 May 2025</p></footer>"
    assert meta(page("<p>March 3, 2025</p>", footer=footer)).updated == updated


def test_structured_only() -> None:
    head = ("<meta property='article:published_time' content='2025-03-03T08:00:00+01:00'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"The pier reopens\","
            " \"datePublished\": \"2025-03-03T08:00:00+01:00\", \"dateModified\": \"2025-03-06T09:30:00+01:00\"}</script>")
    assert meta(page("", head=head)).updated == "2025-03-06T09:30:00+01:00"  # never moved to UTC
    og = "<meta property='og:updated_time' content='2025-03-07'>"
    assert meta(page("<p>March 3, 2025</p>", head=og)).updated == "2025-03-07"


def test_the_day_shown_outranks_the_structured_one() -> None:
    head = "<meta property='article:modified_time' content='2025-04-27T00:00:00+00:00'>"
    assert meta(page("<p>Updated on March 9, 2025</p>", head=head)).updated == "2025-03-09"
    same_day = "<meta property='article:modified_time' content='2025-03-09T14:00:00-05:00'>"
    assert meta(page("<p>Updated on March 9, 2025</p>", head=same_day)).updated == "2025-03-09T14:00:00-05:00"


def test_an_update_before_the_publication_is_dropped() -> None:
    head = ("<meta property='article:published_time' content='2025-03-03'>"
            "<meta property='article:modified_time' content='2025-02-01'>")
    found = meta(page("", head=head))
    assert found.date == "2025-03-03" and found.updated is None
    assert meta(page("<p>Published March 3, 2025</p><p>Last updated January 20, 2025</p>")).updated is None


@pytest.mark.parametrize("header", [
    "<p>March 3, 2025</p>",
    "<p>Published March 3, 2025 (updated)</p>",  # the one day is the publication's
    "<p>Stay updated: subscribe to our newsletter</p>",
])
def test_no_update(header: str) -> None:
    assert meta(page(header)).updated is None


def test_never_a_sentence_of_the_story() -> None:
    story = "<p>The harbour office updated the ferry timetable on March 9, 2025 for every boat that calls here.</p>"
    assert meta(page("<p>March 3, 2025</p>", footer=story)).updated is None


def test_never_a_comment_or_another_posts_card() -> None:
    comment = "<div class='comments'><p>Updated March 12, 2025</p></div>"
    card = "<article class='teaser'><h3><a href='/b'>Another pier</a></h3><p>Updated March 13, 2025</p></article>"
    assert meta(page("<p>March 3, 2025</p>", footer=comment + card)).updated is None


def test_the_date_is_the_same_with_or_without_the_update() -> None:
    assert meta(page("<p>Published March 3, 2025 · Updated March 5, 2025</p>")).date == "2025-03-03"


def test_the_article_carries_it_and_json_puts_it_after_the_date(tmp_path: Path) -> None:
    html = page("<p>Published March 3, 2025 · Updated March 5, 2025</p>")
    article = cleanpage.clean(html, url="https://news.example.org/pier")
    assert (article.date, article.updated) == ("2025-03-03", "2025-03-05")
    (tmp_path / "pier.html").write_text(html, encoding="utf-8")
    src = str(Path(cleanpage.__file__).resolve().parents[1])
    result = subprocess.run([sys.executable, "-m", "cleanpage", "clean", "pier.html", "-f", "json"], cwd=tmp_path,
                            capture_output=True, timeout=120, check=True, env={"PYTHONPATH": src})
    record = json.loads(result.stdout)
    keys = list(record)
    assert keys[keys.index("date") + 1] == "updated" and record["updated"] == "2025-03-05"
    front = cleanpage.render(article, "markdown", options=cleanpage.Options(front_matter=True))
    assert 'date: "2025-03-03"\nupdated: "2025-03-05"\n' in front
