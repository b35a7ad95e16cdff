"""Block quotations stay in the body and come out as Markdown `>` quotes with their words: the forms
article pages set them in (nested quotes, signed quotes, quotes holding lists, quotes inside list
items, epigraphs, embedded posts, quotes linked to their source, quotes a block editor wraps), in
several languages. The Markdown is read back with markdown-it-py, as a reader's renderer would."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from markdown_it import MarkdownIt

import cleanpage
from cleanpage.content import _wraps_quotation

PARSER = MarkdownIt("commonmark")

FILLER = {
    "en": "Paragraph {i} of the ferry story, long enough to read as the running text of the article body.",
    "de": "Absatz {i} der Fährgeschichte, lang genug, um als fortlaufender Text des Artikels gelesen zu werden.",
    "fr": "Paragraphe {i} de l'histoire du bac, assez long pour être lu comme le texte suivi de l'article.",
    "es": "Párrafo {i} de la historia del transbordador, lo bastante largo para leerse como texto del artículo.",
}


def page(blocks: str, lang: str = "en", after: str = "") -> str:
    filler = "".join(f"<p>{FILLER[lang].format(i=i)}</p>" for i in range(5))
    return (f"<!doctype html><html lang='{lang}'><head><title>Ferry | Coast Weekly</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>Ferry</h1><div class='story'>{filler}{blocks}{filler}{after}</div></article>"
            f"<footer><p>© Coast Weekly</p></footer></body></html>")


def quoted_texts(markdown: str) -> str:
    """The words of every inline run and code block inside a block quote of the Markdown, as a
    reader sees them (no link targets, no emphasis marks), joined by spaces."""
    depth, parts = 0, []
    for token in PARSER.parse(markdown):
        if token.type == "blockquote_open":
            depth += 1
        elif token.type == "blockquote_close":
            depth -= 1
        elif depth and token.type == "inline":
            parts.extend(child.content if child.type in ("text", "code_inline") else " "
                         for child in token.children or ())
        elif depth and token.type in ("fence", "code_block"):
            parts.append(token.content)
    return " ".join(" ".join(parts).split())


def quote_depths(markdown: str) -> int:
    """The deepest block quote nesting of the Markdown."""
    depth = deepest = 0
    for token in PARSER.parse(markdown):
        depth += token.type == "blockquote_open"
        depth -= token.type == "blockquote_close"
        deepest = max(deepest, depth)
    return deepest


# -- what this change keeps -----------------------------------------------------------------------

@pytest.mark.parametrize("lang,words", [
    ("en", "This is the harbour clause. But with three boats per family instead of two."),
    ("de", "Das ist die Hafenklausel. Aber mit drei Booten pro Familie statt zwei."),
    ("fr", "C'est la clause du port. Mais avec trois bateaux par famille au lieu de deux."),
])
def test_a_quotation_that_is_one_link_to_its_source_is_kept_as_a_quote(lang: str, words: str) -> None:
    html = page(f"<blockquote><p><a href='https://source.example/spec#clause'>{words}</a></p></blockquote>", lang)
    article = cleanpage.clean(html)
    assert words in quoted_texts(article.markdown), article.markdown


def test_a_box_of_one_related_link_in_a_blockquote_is_still_a_link() -> None:
    """The lone link stays a teaser where it is no sentence: a title, under six words."""
    html = page("<blockquote><p><a href='/news/other'>More ferry stories</a></p></blockquote>")
    assert "More ferry stories" not in cleanpage.clean(html).text


@pytest.mark.parametrize("lang,words", [
    ("en", "“I bought the old boat at an auction, and the engine started on the first try,” she told us."),
    ("de", "„Ich habe das alte Boot auf einer Auktion gekauft, und der Motor sprang sofort an“, sagte sie."),
    ("es", "«Compré el barco viejo en una subasta y el motor arrancó al primer intento», nos contó ella."),
])
def test_a_quotation_a_block_editor_wraps_in_a_div_of_its_own_is_kept(lang: str, words: str) -> None:
    """Each block of the story in a <div> of its own, the longest text in a columns block: the body
    is gathered from the blocks beside the columns, and the quote's <div> around a <blockquote> is
    one of them, as a bare <blockquote> would be."""
    def text(i: int) -> str:
        return " ".join(FILLER[lang].format(i=i + k) for k in range(3))

    def paragraph(i: int) -> str:
        return f"<div class='blk-paragraph'><p>{text(i)}</p></div>"

    def columns(i: int, n: int) -> str:
        return ("<div class='blk-columns'><div class='blk-column'>" + "".join(f"<p>{text(i * 10 + j)}</p>" for j in range(n))
                + "</div><div class='blk-column'><p>A short note.</p></div></div>")

    quote = f"<div class='blk-quote'><blockquote><div class='blk-paragraph'> <p>{words}</p> </div></blockquote></div>"
    html = (f"<!doctype html><html lang='{lang}'><head><title>Ferry | Coast Weekly</title></head><body>"
            f"<div class='page'><h1>Ferry</h1><section class='wrap'>{paragraph(1)}{paragraph(2)}{quote}{paragraph(3)}"
            f"{columns(1, 8)}{columns(2, 2)}</section></div></body></html>")
    article = cleanpage.clean(html)
    assert words in quoted_texts(article.markdown), article.markdown


def test_a_wrapper_of_a_quotation_and_more_is_not_read_as_the_quotation() -> None:
    assert _wraps_quotation(lxml_html.fromstring("<div> <div><blockquote><p>Words.</p></blockquote></div> </div>"))
    assert not _wraps_quotation(lxml_html.fromstring("<div><blockquote><p>Words.</p></blockquote><p>More.</p></div>"))
    assert not _wraps_quotation(lxml_html.fromstring("<div>Label: <blockquote><p>Words.</p></blockquote></div>"))


# -- twenty-eight forms of block quotation, each as `>` with its words -----------------------------------

FORMS = {
    "plain paragraph": (
        "<p>The report ends on a warning:</p><blockquote><p>Ferries older than forty years must be replaced "
        "before the next winter season begins.</p></blockquote>",
        ["Ferries older than forty years must be replaced before the next winter season begins."]),
    "two paragraphs": (
        "<blockquote><p>We sailed at dawn and reached the island by noon.</p><p>Nobody on board had seen the "
        "harbour so calm in years.</p></blockquote>",
        ["We sailed at dawn and reached the island by noon.", "Nobody on board had seen the harbour so calm in years."]),
    "bare text": (
        "<blockquote>The crossing took four hours, twice as long as the timetable promised.</blockquote>",
        ["The crossing took four hours, twice as long as the timetable promised."]),
    "nested quote": (
        "<blockquote><p>The captain wrote back:</p><blockquote><p>We will not sail while the wind is above "
        "force eight, whatever the timetable says.</p></blockquote><p>He kept his word all winter.</p></blockquote>",
        ["The captain wrote back:", "We will not sail while the wind is above force eight", "He kept his word all winter."]),
    "footer and cite": (
        "<blockquote><p>A harbour without a ferry is a town without a door.</p><footer>— <cite>Marta Quill, "
        "harbour master</cite></footer></blockquote>",
        ["A harbour without a ferry is a town without a door.", "Marta Quill, harbour master"]),
    "cite after the words": (
        "<blockquote><p>The sea decides when we leave, not the office in the capital.</p><cite>Old ferryman's "
        "saying</cite></blockquote>",
        ["The sea decides when we leave, not the office in the capital."]),
    "quote with a list": (
        "<p>The notice to passengers read:</p><blockquote><p>Before boarding, please check that you have:</p><ul>"
        "<li>a valid ticket for the crossing</li><li>an identity card or passport</li><li>no more than two bags"
        "</li></ul></blockquote>",
        ["Before boarding, please check that you have:", "a valid ticket for the crossing", "no more than two bags"]),
    "quote with a numbered list": (
        "<blockquote><p>The council agreed on three steps:</p><ol><li>Repair the north pier this year.</li>"
        "<li>Buy a second boat by spring.</li><li>Publish the timetable a month ahead.</li></ol></blockquote>",
        ["The council agreed on three steps:", "Repair the north pier this year.", "Publish the timetable a month ahead."]),
    "quote inside a list item": (
        "<ul><li>The mayor's view, given at the meeting:<blockquote><p>We will keep the morning boat running "
        "even if it loses money.</p></blockquote></li><li>The operator's view: the boat costs too much.</li></ul>",
        ["We will keep the morning boat running even if it loses money."]),
    "epigraph": (
        "<blockquote class='epigraph'><p>Whoever has crossed the strait in November knows what patience is.</p>"
        "<p>— A fisherman's proverb</p></blockquote>",
        ["Whoever has crossed the strait in November knows what patience is."]),
    "quote with emphasis and a link": (
        "<blockquote><p>The ferry is <em>not</em> a luxury; it is, as the <a href='/report'>2019 report</a> "
        "put it, the island's only road.</p></blockquote>",
        ["is, as the 2019 report put it, the island's only road."]),
    "quote with a heading": (
        "<blockquote><h3>A letter from a reader</h3><p>I have taken the evening boat every day for thirty years "
        "and never once arrived on time.</p></blockquote>",
        ["I have taken the evening boat every day for thirty years and never once arrived on time."]),
    "quote with a line break": (
        "<blockquote><p>The tide comes in, the tide goes out,<br>and the ferry waits for neither one.</p></blockquote>",
        ["The tide comes in, the tide goes out,", "and the ferry waits for neither one."]),
    "tweet embed": (
        "<blockquote class='twitter-tweet'><p lang='en' dir='ltr'>The morning ferry is cancelled again because of "
        "the storm, third time this week.</p>— Island Travel (@islandtravel) <a href='https://social.example/"
        "islandtravel/status/1'>March 3, 2024</a></blockquote>",
        ["The morning ferry is cancelled again because of the storm, third time this week."]),
    "instagram-style embed": (
        "<blockquote class='instagram-media'><div><p>Sunset on the last crossing of the season, with the whole "
        "crew on deck.</p></div></blockquote>",
        ["Sunset on the last crossing of the season, with the whole crew on deck."]),
    "quote in a wrapper div": (
        "<div class='quote-block'><blockquote><p>Every village on the coast depends on this boat for its "
        "bread and its post.</p></blockquote></div>",
        ["Every village on the coast depends on this boat for its bread and its post."]),
    "german quote": (
        "<p>Der Bürgermeister sagte dazu:</p><blockquote><p>„Ohne die Fähre ist die Insel im Winter von der "
        "Welt abgeschnitten.“</p></blockquote>",
        ["„Ohne die Fähre ist die Insel im Winter von der Welt abgeschnitten.“"]),
    "french quote": (
        "<p>La capitaine a répondu :</p><blockquote><p>« Nous partirons dès que le vent tombera, pas avant. »</p>"
        "<footer>Claire Vasseur</footer></blockquote>",
        ["« Nous partirons dès que le vent tombera, pas avant. »"]),
    "spanish quote": (
        "<blockquote><p>«El transbordador es la única carretera que tenemos para llegar al hospital.»</p>"
        "</blockquote>",
        ["«El transbordador es la única carretera que tenemos para llegar al hospital.»"]),
    "quote with code": (
        "<p>The ticket machine's log showed:</p><blockquote><p>The machine printed this line before it stopped "
        "working for good:</p><pre><code>ERROR 42: paper roll empty</code></pre></blockquote>",
        ["The machine printed this line before it stopped working for good:", "ERROR 42: paper roll empty"]),
    "quote in a figure with a caption": (
        "<figure class='quote'><blockquote><p>The harbour is the heart of the town, and the ferry is its pulse.</p>"
        "</blockquote><figcaption>— Ana Ruiz, mayor</figcaption></figure>",
        ["The harbour is the heart of the town, and the ferry is its pulse."]),
    "quote in a table cell": (
        "<table><tr><td><blockquote><p>We have carried passengers across this strait for ninety years.</p>"
        "</blockquote></td><td>Company motto</td></tr></table>",
        ["We have carried passengers across this strait for ninety years."]),
    "bluesky-style embed": (
        "<blockquote class='bluesky-embed'><p lang='en'>The new ferry timetable starts on Monday, with two extra "
        "crossings each day.</p>&mdash; Island Council (<a href='https://social.example/profile/council'>@council</a>) "
        "<a href='https://social.example/post/1'>March 1, 2025</a></blockquote>",
        ["The new ferry timetable starts on Monday, with two extra crossings each day."]),
    "mastodon-style embed": (
        "<blockquote class='mastodon-embed'><p>Morning crossing was smooth today, dolphins alongside the bow for "
        "ten minutes.</p><a href='https://social.example/@skipper/1'>Post by @skipper</a></blockquote>",
        ["Morning crossing was smooth today, dolphins alongside the bow for ten minutes."]),
    "video-post embed": (
        "<blockquote class='tiktok-embed'><section><a href='https://video.example/@family'>@family</a><p>Ferry day "
        "with the whole family, from the pier to the island and back.</p></section></blockquote>",
        ["Ferry day with the whole family, from the pier to the island and back."]),
    "quote of a paragraph in a div": (
        "<div><blockquote><div><p>Nobody expected the old boat to run for another decade, yet it did.</p></div>"
        "</blockquote></div>",
        ["Nobody expected the old boat to run for another decade, yet it did."]),
    "pull quote aside": (
        "<aside class='pullquote'><blockquote><p>Nobody expected the old boat to run for another decade.</p>"
        "</blockquote></aside>",
        ["Nobody expected the old boat to run for another decade."]),
    "quote in a numbered list item of paragraphs": (
        "<ol><li><p>First, the council's statement:</p><blockquote><p>Repairs to the north pier will finish before "
        "the summer season opens.</p></blockquote></li><li><p>Second, the operator's answer.</p></li></ol>",
        ["Repairs to the north pier will finish before the summer season opens."]),
}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_form_of_block_quotation_comes_out_as_a_quote_with_its_words(name: str) -> None:
    blocks, expected = FORMS[name]
    markdown = cleanpage.clean(page(blocks)).markdown
    quoted = quoted_texts(markdown)
    for words in expected:
        assert " ".join(words.split()) in quoted, f"{name}: {words!r} not quoted in\n{markdown}"


def test_a_nested_quote_stays_nested() -> None:
    markdown = cleanpage.clean(page(FORMS["nested quote"][0])).markdown
    assert quote_depths(markdown) == 2, markdown


@pytest.mark.parametrize("lang,heading,items", [
    ("en", "The best ferries of the year", ["Best overall - the Northern Star", "Best value - the Gull"]),
    ("de", "Die besten Fähren des Jahres", ["Beste insgesamt - die Nordstern", "Bester Preis - die Möwe"]),
])
def test_a_heading_inside_a_quotation_stays_though_it_repeats_the_title(lang: str, heading: str,
                                                                         items: list[str]) -> None:
    """A summary box set in a <blockquote> under the story's own title words: the box's heading, not
    the page's headline repeated."""
    filler = "".join(f"<p>{FILLER[lang].format(i=i)}</p>" for i in range(5))
    box = f"<blockquote><h2>{heading}</h2><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul></blockquote>"
    html = (f"<!doctype html><html lang='{lang}'><head><title>{heading} | Coast Weekly</title></head><body>"
            f"<article><h1>{heading}</h1><div class='story'>{box}{filler}</div></article></body></html>")
    article = cleanpage.clean(html)
    quoted = quoted_texts(article.markdown)
    assert heading in quoted and all(item in quoted for item in items), article.markdown
