"""The explain report without a browser: where each metadata value came from, and what the page shown keeps."""

from __future__ import annotations

from lxml import etree

from cleanpage.report import explain_report

PROSE = "<p>" + "The river rose by a metre overnight and the ferry stopped running until the water fell again. " * 3 + "</p>"


def sources_of(html: str, url: str | None = None) -> dict[str, tuple[str, str]]:
    panel = etree.HTML(explain_report(html, url=url).text).find(".//table[@class='cp-meta']")
    return {row[0].text: (row[1].text, row[2].text) for row in panel.iter("tr")}


def test_metadata_sources_meta_time_and_h1() -> None:
    html = ('<html><head><meta property="og:title" content="Ferry stops as the river rises">'
            '<meta name="author" content="Ines Varga"></head><body><article><h1>Ferry stops as the river rises</h1>'
            '<time datetime="2024-05-02">2 May</time>' + PROSE * 3 + "</article></body></html>")
    found = sources_of(html)
    assert found["title"] == ("Ferry stops as the river rises", "meta")
    assert found["byline"] == ("Ines Varga", "meta")
    assert found["date"] == ("2024-05-02", "<time>")


def test_metadata_sources_url_text_and_h1() -> None:
    html = ("<html><body><article><h1>Ferry stops as the river rises</h1><p>By Ines Varga</p>"
            + PROSE * 3 + "</article></body></html>")
    found = sources_of(html, url="https://example.org/2024/05/02/ferry")
    assert found["title"] == ("Ferry stops as the river rises", "<h1>")
    assert found["byline"] == ("Ines Varga", "text")
    assert found["date"] == ("2024-05-02", "URL")


def test_page_shown_loads_nothing_and_keeps_its_styles() -> None:
    html = ('<html><head><link rel="stylesheet" href="/site.css"><style>@import "x.css"; h1 {color: teal;'
            ' background: url(/bg.png)}</style><base href="https://example.org/"></head>'
            '<body onload="track()"><h1 style="background-image:url(https://example.org/a.png)">Ferry stops</h1>'
            '<img src="/photo.jpg" srcset="/photo-2x.jpg 2x"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
            '<iframe src="https://example.org/embed" width="300" height="150"></iframe>'
            '<svg><image href="https://example.org/i.png"/><use href="#icon"/></svg>'
            '<video poster="/p.jpg"><source src="/v.mp4"></video><a href="javascript:go()">go</a>'
            "<article>" + PROSE * 3 + "</article><script>track()</script></body></html>")
    page = etree.HTML(explain_report(html).text)
    assert page.find(".//base") is None and not page.xpath("//link[@rel='stylesheet']")
    assert [s.text for s in page.iter("script")] and all(not s.get("src") for s in page.iter("script"))
    assert len(list(page.iter("script"))) == 1  # the report's own, allowed by its hash
    style = page.find(".//head/style").text
    assert "color: teal" in style and "url(" not in style and "@import" not in style
    assert page.find(".//body").get("onload") is None
    assert "url(" not in page.find(".//h1").get("style")
    images = list(page.iter("img"))
    assert images[0].get("src") is None and images[0].get("srcset") is None
    assert images[1].get("src").startswith("data:image/gif")
    assert page.find(".//iframe") is None and page.xpath("//div[@data-cp-frame]")
    assert page.find(".//video").get("poster") is None and page.find(".//source").get("src") is None
    assert page.find(".//image").get("href") is None and page.find(".//use").get("href") == "#icon"
    assert page.find(".//a").get("href") == "#"
