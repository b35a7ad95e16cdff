"""A site's strip over its header ("top-bar": opening hours, a phone number, a notice shown on every
page) is the site's navigation, not the page's text, on a page read whole as on one read narrow."""

from __future__ import annotations

import pytest

import cleanpage
from cleanpage.rules import class_rule

SECTIONS = "".join(
    f"<section class='service-block'><h2>Service {n}</h2><p>Our surveyors measure the quay walls, the slipways "
    f"and the moorings of harbour {n}, and write a report the board can act on within a fortnight.</p></section>"
    for n in ("one", "two", "three"))


def service_page(bar: str, body_class: str = "") -> str:
    """A service's page whose parts lie side by side under <body> (no container holds them): read whole."""
    return ("<html><head><title>Harbour surveys | Quaywise</title></head>"
            f"<body class='{body_class}'>{bar}<header class='site-header'><a href='/'>Quaywise</a>"
            "<nav><a href='/a'>About</a><a href='/c'>Contact</a></nav></header>"
            "<section class='hero'><h1>Harbour surveys</h1><p>Independent surveys of quays, slipways and "
            f"moorings for harbour boards, marinas and ferry operators, since 1996.</p></section>{SECTIONS}"
            "<footer class='site-footer'><p>© Quaywise</p></footer></body></html>")


@pytest.mark.parametrize("bar, words", [
    (("<div class='header-top-bar'><div class='header-top-bar-row'><p><strong>Important notice</strong> Beware "
      "of calls from people who pretend to work for Quaywise and ask for payment.</p>"
      "<a class='learn' href='/notice'>Read the notice</a></div></div>"), "Beware of calls"),
    ("<div class='top-bar'><span>Mon to Fri: 8:00 am to 4:30 pm</span> <a href='tel:5550100'>555-0100</a></div>",
     "Mon to Fri"),
])
def test_the_sites_strip_over_its_header_goes(bar: str, words: str) -> None:
    text = cleanpage.clean(service_page(bar)).text
    assert "Independent surveys of quays" in text and "harbour three" in text
    assert words not in text


def test_a_body_that_has_a_top_bar_is_still_read() -> None:
    # "has-top-bar" on <body> says the page has one (a modifier), and names nothing
    text = cleanpage.clean(service_page("", body_class="page has-top-bar")).text
    assert "Independent surveys of quays" in text and "harbour three" in text


def test_a_top_bar_class_on_the_whole_text_takes_none_of_it() -> None:
    # a class word is a weak signal: the main-text guard keeps the block that holds the page's text
    paragraphs = "".join(f"<p>Paragraph {i} of the survey notes tells the reader how the east quay was measured, "
                         "with enough words and commas to read as prose.</p>" for i in range(1, 7))
    text = cleanpage.clean("<html><head><title>Survey notes</title></head><body><article><h1>Survey notes</h1>"
                           f"<div class='top-bar-content'>{paragraphs}</div></article></body></html>").text
    assert "Paragraph 6 of the survey notes" in text


@pytest.mark.parametrize("names", ["desktop-bar", "stop-bar", "top-barrel", "has-top-bar"])
def test_other_words_ending_in_bar_name_no_top_bar(names: str) -> None:
    assert class_rule(names) is None
