"""Funding forms of round 96: a sponsor strip right after the text in a <main> that holds the headline itself, and
the line that names the sponsor kept in the body though the metadata took the sponsor for the byline. Every name and
sentence is invented."""

from __future__ import annotations

import cleanpage

STORY = ("Volunteers counted moths under the new lamps every Friday this summer and logged each one on a "
         "shared map.")


def main_page(strip: str, *, between: str = "") -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title></head>"
            f"<body><header class='masthead'><nav><a href='/'>Home</a> <a href='/events'>Events</a></nav></header>"
            f"<main id='content'><h1>Moths and lamps</h1><div class='entry-content'>{paragraphs}</div>{between}"
            f"<div class='sponsor-strip'><p>{strip}</p></div></main>"
            f"<footer><p>© 2025 Moth Club</p></footer></body></html>")


def test_a_sponsor_strip_right_after_the_text_under_mains_headline_is_the_articles() -> None:
    statement = "Sponsored by Orvel Lamp Works"
    article = cleanpage.clean(main_page(statement))
    assert article.funding == statement
    assert statement in article.text


def test_a_sponsor_strip_after_other_blocks_in_main_stays_the_sites() -> None:
    statement = "Sponsored by Orvel Lamp Works"
    related = "<div class='related'><h2>More walks</h2><ul><li><a href='/a'>Bat night</a></li></ul></div>"
    article = cleanpage.clean(main_page(statement, between=related))
    assert article.funding == statement
    assert statement not in article.text


def test_a_wire_byline_line_under_the_headline_still_goes() -> None:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    html = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title>"
            f"<meta name='author' content='Ann Lee'></head><body><main><article><h1>Moths and lamps</h1>"
            f"<p>By Ann Lee</p>{paragraphs}</article></main></body></html>")
    article = cleanpage.clean(html)
    assert article.byline == "Ann Lee"
    assert "By Ann Lee" not in article.text
