"""metadata.extract_metadata on small realistic pages: every rule, exact values."""

from __future__ import annotations

import lxml.html
import pytest

import cleanpage
from cleanpage.metadata import Metadata, clean_names, extract_metadata, line_days, normalize_date, normalize_lang
from cleanpage.metadata import byline as byline_module

_PARSER = lxml.html.HTMLParser(remove_comments=True)


def meta_of(html: str, url: str | None = None) -> Metadata:
    return extract_metadata(lxml.html.document_fromstring(html, parser=_PARSER), url)


def page(head: str = "", body: str = "", lang: str = "") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{lang_attr}><head>{head}</head><body>{body}<p>Text.</p></body></html>"


def ld(json_text: str) -> str:
    return f'<script type="application/ld+json">{json_text}</script>'


# --- title -----------------------------------------------------------------


def test_title_from_json_ld_headline_beats_og_and_title():
    html = page(
        "<title>Site title | Daily Planet</title>"
        '<meta property="og:title" content="OG title">'
        + ld('{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline"}')
    )
    assert meta_of(html).title == "LD headline"


@pytest.mark.parametrize("head, expected", [
    ('<title>Home - Harbour Notes</title><meta property="og:title" content="Home">'
     '<meta property="og:site_name" content="Harbour Notes">', "Harbour Notes"),
    ("<title>Startseite | Hafenblatt</title>", "Hafenblatt"),  # the site's name from the <title>
    ('<meta property="og:title" content="Accueil"><meta property="og:site_name" content="Le Quai">', "Le Quai"),
    ("<title>Home</title>", "Home"),  # no site name to give
    ('<title>Home Office Desks | Harbour Notes</title>', "Home Office Desks"),  # more than the label
])
def test_a_bare_home_label_gives_way_to_the_site_name(head: str, expected: str) -> None:
    assert meta_of(page(head, "<p>Latest posts from the harbour.</p>")).title == expected


def test_title_from_json_ld_graph_and_list():
    graph = ld('{"@graph":[{"@type":"WebSite","name":"Daily Planet"},'
               '{"@type":["BlogPosting"],"headline":"In the graph"}]}')
    assert meta_of(page(graph)).title == "In the graph"
    listed = ld('[{"@type":"BreadcrumbList"},[{"@type":"Article","name":"Nested list"}]]')
    assert meta_of(page(listed)).title == "Nested list"


def test_broken_json_ld_is_skipped_and_trailing_junk_tolerated():
    html = page(
        ld('{"@type":"Article", "headline": broken')
        + ld('<![CDATA[{"@type":"Article","headline":"After junk &amp; CDATA"}]]> ;;junk')
    )
    assert meta_of(html).title == "After junk & CDATA"


def test_json_ld_with_a_comma_before_a_closing_bracket_is_read():
    """A template that leaves a comma after the last key or item still gives its values."""
    html = page(ld('{"@type":"NewsArticle","headline":"Quay lights renewed","datePublished":"2024-03-05T08:00:00+01:00",'
                   '"author":[{"@type":"Person","name":"Ines Carrow",},],}'))
    assert meta_of(html).title == "Quay lights renewed"
    assert meta_of(html).date == "2024-03-05T08:00:00+01:00"
    assert meta_of(html).byline == "Ines Carrow"


def test_og_title_with_site_suffix_is_cut_by_site_name():
    html = page('<meta property="og:site_name" content="Daily Planet">'
                '<meta property="og:title" content="Mayor resigns | Daily Planet">')
    assert meta_of(html).title == "Mayor resigns"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Mayor resigns after vote | Daily Planet", "Mayor resigns after vote"),
        ("Mayor resigns after vote - Daily Planet", "Mayor resigns after vote"),
        ("Mayor resigns after vote « Daily Planet", "Mayor resigns after vote"),
        ("Mayor resigns after vote — Daily Planet", "Mayor resigns after vote"),
        ("Mayor resigns after vote · Daily Planet", "Mayor resigns after vote"),
        ("Daily Planet | Mayor resigns after vote", "Mayor resigns after vote"),
    ],
)
def test_title_site_name_removed(title: str, expected: str):
    html = page(f'<title>{title}</title><meta property="og:site_name" content="Daily Planet">')
    assert meta_of(html).title == expected


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ('<meta property="og:type" content="article">', "Mayor resigns after vote"),
        (ld('{"@type":"NewsArticle","headline":"Daily Planet: Mayor resigns after vote"}'), "Mayor resigns after vote"),
        ('<meta property="og:type" content="website">', "Daily Planet: Mayor resigns after vote"),
        ("", "Daily Planet: Mayor resigns after vote"),
    ],
)
def test_site_name_before_a_colon_cut_from_articles_only(kind: str, expected: str):
    """On an article the colon sets the site off its headline; on a home or product page it
    joins a name to what it is ("Example: The Collaborative Design Tool")."""
    html = page(f'<title>Daily Planet: Mayor resigns after vote</title>{kind}'
                '<meta property="og:site_name" content="Daily Planet">')
    assert meta_of(html).title == expected


# Chinese, Japanese and Korean titles: the site set off with no spaces (a full-width bar, a dash
# between two of their characters), the full-width colon only before the site's own name, and
# news software's path back up from the story ("Headline < Section < Article view - Site").
@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("港口新规下月实施｜新海日报", "", "港口新规下月实施"),
        ("港口新规下月实施-新海日报", "", "港口新规下月实施"),
        ("港の新規則が来月施行｜新海新聞", "", "港の新規則が来月施行"),
        ("港の新規則が来月施行：新海新聞", "新海新聞", "港の新規則が来月施行"),
        ("港湾局：新規則が来月施行", "新海新聞", "港湾局：新規則が来月施行"),
        ("港口——新规下月实施", "", "港口——新规下月实施"),
        ("港口新规下月实施——新海日报", "新海日报", "港口新规下月实施"),  # the doubled dash before the site
        ("港口新规--新海日报", "新海日报", "港口新规"),
        ("港口新规——十问十答", "新海日报", "港口新规——十问十答"),  # a dash inside the headline stays
        ("항구 새 규칙 다음 달 시행 < 사회 < 기사본문 - 신해일보", "", "항구 새 규칙 다음 달 시행"),
        ("Ann_Lee on harbour rules", "", "Ann_Lee on harbour rules"),
    ],
)
def test_title_site_name_removed_in_chinese_japanese_and_korean(title: str, site: str, expected: str):
    named = f'<meta property="og:site_name" content="{site}">' if site else ""
    assert meta_of(page(f"<title>{title}</title>{named}")).title == expected


def test_title_suffix_matching_domain_removed():
    assert meta_of(page("<title>Rates rise again - Planetnews</title>"),
                   url="https://www.planetnews.com/a/1").title == "Rates rise again"


def test_title_with_dashes_kept_whole():
    html = page("<title>COVID-19 vaccine trial - what we know so far</title>"
                '<meta property="og:site_name" content="Daily Planet">')
    assert meta_of(html).title == "COVID-19 vaccine trial - what we know so far"
    assert meta_of(page("<title>Spider-Man returns to cinemas</title>")).title == (
        "Spider-Man returns to cinemas"
    )


def test_title_colon_kept_when_not_the_site():
    html = page("<title>The sharing economy is a lie: tech and its myths</title>")
    assert meta_of(html).title == "The sharing economy is a lie: tech and its myths"


def test_short_capitalised_site_tail_cut_without_site_name():
    assert meta_of(page("<title>Lorem ipsum dolor sit amet – My website</title>")).title == (
        "Lorem ipsum dolor sit amet"
    )


def test_h1_matching_title_is_the_headline_and_quotes_kept():
    html = page("<title>„Wir bleiben“, sagt die Ministerin ✩ Tagesblatt Online</title>",
                "<nav><h1>Tagesblatt</h1></nav><article><h1>„Wir bleiben“, sagt die Ministerin</h1></article>")
    assert meta_of(html).title == "„Wir bleiben“, sagt die Ministerin"


def test_promo_h1_never_the_title():
    html = page("<title>Daily Planet</title>"
                '<meta property="og:site_name" content="Daily Planet">',
                "<main><h1>Sign up for our newsletter</h1><h1>Storm hits the coast</h1></main>")
    assert meta_of(html).title == "Storm hits the coast"


_ARTICLE = '<meta property="og:type" content="article">'


def test_article_h1_rewording_the_share_title_is_the_title():
    """An article's og:title rewritten for sharing; the h1, saying most of its words, is the headline."""
    html = page(_ARTICLE + '<meta property="og:title" content="Top 5 garden tools for spring">'
                "<title>Top 5 garden tools for spring | Green Shed</title>",
                "<h1>The 5 best garden tools for spring planting</h1>")
    assert meta_of(html).title == "The 5 best garden tools for spring planting"


def test_article_h1_unlike_the_title_the_head_repeats_keeps_the_structured_title():
    html = page(_ARTICLE + '<meta property="og:title" content="Mayor resigns after vote">'
                "<title>Mayor resigns after vote | Daily Planet</title>",
                "<h1>Council in turmoil</h1>")
    assert meta_of(html).title == "Mayor resigns after vote"


def test_article_h1_when_the_head_title_is_neither():
    html = page(_ARTICLE + '<meta property="og:title" content="Why cities plant trees">'
                "<title>Urban forests explained</title>",
                "<h1>How street trees cool a city block</h1>")
    assert meta_of(html).title == "How street trees cool a city block"


def test_article_h1_rewording_the_head_title_is_the_title_without_a_share_title():
    """No structured title: an article's h1 that says most of the <title>'s words is the headline."""
    html = page(_ARTICLE + "<title>Best camping tents of 2026 | Green Shed</title>",
                "<h1>The best camping tents of 2026, tested</h1>")
    assert meta_of(html).title == "The best camping tents of 2026, tested"


@pytest.mark.parametrize("head, h1", [
    (_ARTICLE, "Council in turmoil"),  # an article's h1 that says little of the <title>
    ("", "The mayor resigns after the vote"),  # not an article: the h1 is as often a slogan
])
def test_h1_keeps_off_the_head_title_without_a_share_title(head: str, h1: str):
    html = page(head + "<title>Mayor resigns after vote | Daily Planet</title>", f"<h1>{h1}</h1>")
    assert meta_of(html).title == "Mayor resigns after vote"


def test_h1_that_drops_the_structured_titles_leading_qualifier_is_the_title():
    """A shop's category h1 ("Camp Chairs") under "Folding Camp Chairs": the page's own name."""
    html = page('<meta property="og:title" content="Folding Camp Chairs | Green Shed">'
                '<meta property="og:site_name" content="Green Shed">',
                "<h1>Camp Chairs</h1>")
    assert meta_of(html).title == "Camp Chairs"


def test_h1_after_a_mark_in_the_structured_title_keeps_it():
    """What a mark sets off before the h1 is a name or a label ("Product - slogan")."""
    html = page('<meta property="og:title" content="Codepad - The open source code editor">',
                "<h1>The open source code editor</h1>")
    assert meta_of(html).title == "Codepad - The open source code editor"


def test_h1_differing_only_in_quote_marks_keeps_the_structured_title():
    html = page(_ARTICLE + """<meta property="og:title" content="Why 'slow' travel wins">""",
                "<h1>Why ‘slow’ travel wins</h1>")
    assert meta_of(html).title == "Why 'slow' travel wins"


def test_h1_behind_a_label_keeps_the_structured_title():
    """A forum or blog shows its category glued before the headline: "News Headline"."""
    html = page(_ARTICLE + '<meta property="og:title" content="News - Lens test results">',
                "<h1>News Lens test results</h1>")
    assert meta_of(html).title == "News - Lens test results"


def test_h1_that_the_json_ld_headline_says_beats_the_name_the_head_title_repeats():
    """JSON-LD gives a name (the <title>'s, written for search) and a headline: the h1 shows the headline."""
    html = page("<title>Best rain jackets 2031: Ferrow, Quillan and more | Harbour Gear</title>"
                + ld('{"@type":"Article","name":"Best rain jackets 2031: Ferrow, Quillan and more",'
                     '"headline":"The best rain jacket: our six picks for wet hills and windy coasts"}'),
                "<article><h1>The best rain jacket: our six picks for wet hills and windy coasts</h1></article>")
    assert meta_of(html).title == "The best rain jacket: our six picks for wet hills and windy coasts"


def test_h1_that_the_json_ld_headline_says_beats_an_unlike_share_title():
    """A share line unlike the h1, which the article's JSON-LD headline (in the body, after a
    complete head) says word for word."""
    html = page(_ARTICLE + '<meta property="og:title" content="Cut your bills with a loft refit">'
                '<meta name="author" content="Ilse Varrow">'
                '<meta property="article:published_time" content="2024-03-04T09:00:00Z">'
                "<title>Cut your bills with a loft refit | Brickwell Homes</title>",
                "<article><h1>What a loft insulation refit costs in Tarnby</h1></article>"
                + ld('{"@type":"BlogPosting","headline":"What a loft insulation refit costs in Tarnby"}'))
    assert meta_of(html).title == "What a loft insulation refit costs in Tarnby"


def test_h1_holding_the_share_title_and_a_pack_size_keeps_the_share_title():
    html = page('<meta property="og:title" content="Plum Drops | Orchard Row">'
                '<meta property="og:site_name" content="Orchard Row">'
                + ld('{"@type":"Product","name":"Plum Drops - (24ct) 150g"}'),
                "<h1>Plum Drops - (24ct) 150g</h1>")
    assert meta_of(html).title == "Plum Drops"


def test_h1_that_the_head_title_repeats_beats_another_share_title():
    html = page('<meta property="og:title" content="Shop our garden range">'
                "<title>Garden Tools | Green Shed</title>"
                '<meta property="og:site_name" content="Green Shed">',
                "<h1>Garden Tools</h1>")
    assert meta_of(html).title == "Garden Tools"


@pytest.mark.parametrize(("head", "h1"), [
    # the <title> cut mid-word for search results
    ("<title>Pruning roses in late winter: shears, gloves and a st | Green Shed</title>",
     "Pruning roses in late winter: shears, gloves and a step-by-step plan"),
    # a clause after a comma
    (('<meta property="og:title" content="Quiet Kettles Compared | Green Shed">'
      "<title>Quiet Kettles Compared | Green Shed</title>"),
     "Quiet Kettles Compared, Tested in a Small Flat"),
    # a closing full stop
    ('<meta property="og:title" content="What I Learned Cycling Across Wales">',
     "What I Learned Cycling Across Wales."),
])
def test_h1_that_goes_on_from_the_title_is_the_title(head: str, h1: str):
    """The h1 says the whole title and carries on in the same sentence: it is the headline
    (on any page: one that does not call itself an article too)."""
    html = page(head + '<meta property="og:site_name" content="Green Shed">',
                f"<article><h1>{h1}</h1></article>")
    assert meta_of(html).title == h1


@pytest.mark.parametrize("h1", [
    "Oat Crunch Bites - Family Pack",  # a tail set off by a dash: a label
    "Oat Crunch BitesHigh-fibre breakfast snack",  # a capital glued on: the next element's text
])
def test_h1_that_adds_a_label_or_glued_text_keeps_the_structured_title(h1: str):
    html = page('<meta property="og:title" content="Oat Crunch Bites">', f"<h1>{h1}</h1>")
    assert meta_of(html).title == "Oat Crunch Bites"


def test_shop_page_h1_slogan_keeps_the_structured_title():
    html = page('<meta property="og:title" content="Garden Tools and Supplies">'
                "<title>Garden Tools and Supplies | Green Shed</title>",
                "<h1>Grow something wonderful this year</h1>")
    assert meta_of(html).title == "Garden Tools and Supplies"


@pytest.mark.parametrize(
    ("structured", "heading", "expected"),
    [
        ("Headlamps for Camping & Hiking", "Headlamps", "Headlamps"),
        ("Garden Tools | Spades, Rakes and More", "Garden Tools", "Garden Tools"),
        ("Rain Jackets + Waterproof Shells", "Rain Jackets", "Rain Jackets"),
        ("Do Rain Barrels Pay Off? Our Short Guide", "Do Rain Barrels Pay Off?", "Do Rain Barrels Pay Off?"),  # a sentence, then a tagline
        ("Welding Safety Certificate", "Welding Safety", "Welding Safety Certificate"),
    ],
)
def test_h1_cutting_a_qualifier_off_the_structured_title(structured: str, heading: str, expected: str):
    """The h1 is the structured title's opening words; a tail set off by a mark or starting
    lower-case qualifies it, a capitalised word goes on its name."""
    html = page(f'<meta property="og:title" content="{structured}">', f"<h1>{heading}</h1>")
    assert meta_of(html).title == expected


@pytest.mark.parametrize(("kind", "heading", "expected"), [
    ("product", "Trail Runner Shoes", "Trail Runner Shoes"),  # the product's name, inside a selling <title>
    ("product", "Run further this season", "Buy Trail Runner Shoes at Green Shed"),  # a slogan: words the <title> lacks
    ("website", "Trail Runner Shoes", "Buy Trail Runner Shoes at Green Shed"),  # not a product page
])
def test_product_h1_whose_words_the_head_title_all_says_is_the_title(kind: str, heading: str, expected: str):
    """With no structured title, a product page's <title> is written for search around the
    product's name ("Buy X at Shop", "Brand X"); its h1 is the name."""
    html = page(f'<meta property="og:type" content="{kind}"><title>Buy Trail Runner Shoes at Green Shed</title>',
                f"<h1>{heading}</h1>")
    assert meta_of(html).title == expected


@pytest.mark.parametrize("head", [
    '<meta property="og:title" content="Where to camp in 2025">',  # a stale share line
    "<title>Where to camp in 2025 | Green Shed</title>",  # a stale <title>, no share line
])
def test_h1_with_an_updated_year_is_the_title(head: str):
    """The page updated the year its h1 shows and left the title it gives elsewhere."""
    html = page(head, "<h1>Where to camp in 2026</h1>")
    assert meta_of(html).title == "Where to camp in 2026"


@pytest.mark.parametrize("head_title", [
    "Pedal Talk • View topic - My bike keeps squeaking",
    "Pedal Talk • Thema anzeigen - My bike keeps squeaking",
])
def test_forum_engine_board_and_view_label_cut_before_the_thread_title(head_title: str):
    html = page(f"<title>{head_title}</title>")
    assert meta_of(html).title == "My bike keeps squeaking"


@pytest.mark.parametrize("head_title", [
    "Riverbend Anglers • View topic - Best bait for autumn pike",
    "Best bait for autumn pike - Riverbend Anglers",
])
def test_forum_board_name_in_the_h1_gives_way_to_the_thread_title_in_an_h2(head_title: str):
    """phpBB puts the board's name in the header's h1 and the thread's title in an h2: the h1
    is the part of the <title> cut off as the site."""
    html = page(f"<title>{head_title}</title>",
                "<div id='page-header'><div class='headerbar'><h1>Riverbend Anglers</h1><p>Talk about fishing</p></div></div>"
                "<h2 class='topic-title'><a href='#'>Best bait for autumn pike</a></h2>"
                "<div class='post'><h3>Best bait for autumn pike</h3><p>Nothing bites this season.</p></div>")
    assert meta_of(html).title == "Best bait for autumn pike"


@pytest.mark.parametrize("head_title", ["", "<title>【青松日报】河边新桥今天正式通车</title>"])
def test_site_in_lenticular_brackets_before_the_h1_headline_cut(head_title: str):
    """ "【Site】Headline" in the share title, where the h1 says the headline."""
    html = page(f'<meta property="og:title" content="【青松日报】河边新桥今天正式通车">{head_title}',
                "<h1>河边新桥今天正式通车</h1><p>本报讯 新桥今天通车。</p>")
    assert meta_of(html).title == "河边新桥今天正式通车"


@pytest.mark.parametrize(("heading", "expected"), [
    ("How rivers carve canyons | Opinion | Daily Planet", "How rivers carve canyons"),  # a <title> template in the h1
    ("News | How rivers carve canyons", "News | How rivers carve canyons"),  # one word before the bar: a label
])
def test_h1_holding_a_title_template_gives_the_headline_before_its_first_bar(heading: str, expected: str):
    html = page("<title>Daily Planet</title>", f"<h1>{heading}</h1>")
    assert meta_of(html).title == expected


def test_h1_copied_with_a_tail_beside_the_plain_h1_gives_way_to_it():
    """ "Headline - Forum name" printed from the <title> template beside the thread's own h1."""
    html = page("<title>My bike keeps squeaking - Pedal Talk Forum - Example</title>",
                "<h1>My bike keeps squeaking - Pedal Talk Forum</h1><h1>My bike keeps squeaking</h1>")
    assert meta_of(html, url="https://www.example.com/t/1").title == "My bike keeps squeaking"


def test_long_tail_after_a_bar_cut():
    """ "Product | Selling line" : the bar sets off a selling line, even a long one."""
    html = page("<title>Widget Payments | Online Invoicing for Small Shops</title>")
    assert meta_of(html).title == "Widget Payments"


def test_only_h1_beats_a_head_title_that_is_the_site_and_its_slogan():
    """ "Site - slogan" is the same on every page of the site: the one h1 says what this page is."""
    html = page("<title>Talkhub - Dive into anything people talk about</title>", "<h1>My bike keeps squeaking</h1>")
    assert meta_of(html, url="https://www.talkhub.com/r/bikes/1").title == "My bike keeps squeaking"
    assert meta_of(html, url="https://other.org/r/bikes/1").title == "Talkhub - Dive into anything people talk about"


def test_short_capitalised_tail_as_long_as_the_head_cut():
    html = page("<title>Old Harbour Ferry Tours - Island Trips & Cruises</title>")
    assert meta_of(html).title == "Old Harbour Ferry Tours"


def test_section_as_long_as_the_head_cut_before_the_site():
    html = page("<title>Data Tools for 2026 | Rust, Go & Zig | Example Docs</title>"
                '<meta property="og:site_name" content="Example Docs">')
    assert meta_of(html).title == "Data Tools for 2026"


def test_title_entities_unescaped_and_whitespace_collapsed():
    html = page('<meta property="og:title" content="Tom &amp;amp; Jerry\n   return">')
    assert meta_of(html).title == "Tom & Jerry return"


# --- byline ----------------------------------------------------------------


def test_byline_json_ld_people_over_organisation():
    html = page(ld('{"@type":"NewsArticle","headline":"H","author":['
                   '{"@type":"Organization","name":"Daily Planet"},'
                   '{"@type":"Person","name":"Dana Whitcomb"},{"@type":"Person","name":"Luis Ortega"}]}'))
    assert meta_of(html).byline == "Dana Whitcomb and Luis Ortega"


def test_byline_json_ld_organisation_when_no_person():
    html = page(ld('{"@type":"Article","author":{"@type":"Organization","name":"Wire Service"}}'))
    assert meta_of(html).byline == "Wire Service"


def test_byline_meta_author_but_not_url():
    html = page('<meta property="article:author" content="https://facebook.com/someone">'
                '<meta name="author" content="By Jane Doe">')
    assert meta_of(html).byline == "Jane Doe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Dana Whitcomb and Luis Ortega", "Dana Whitcomb and Luis Ortega"),
        ("by: Ana Souza, Bo Li and Cy Twombly", "Ana Souza, Bo Li and Cy Twombly"),
        ("Von Anna Schmidt und Jonas Weber", "Anna Schmidt and Jonas Weber"),
        ("Par Claire Dubois", "Claire Dubois"),
        ("Por María García", "María García"),
        ("Door Pieter de Vries", "Pieter de Vries"),
        ("Av Sven Svensson", "Sven Svensson"),
        ("Przez Jan Kowalski", "Jan Kowalski"),
        ("Autor: Jan Novák", "Jan Novák"),
        ("Written by Jane Doe", "Jane Doe"),
        ("Authored by: Jane Doe", "Jane Doe"),
        ("Article by Jane Doe", "Jane Doe"),
        ("Articles by Jane Doe", "Jane Doe"),
        ("Posted by Jane Doe | October 3, 2024", "Jane Doe"),
        ("Jane Doe, Staff Writer", "Jane Doe"),
        ("Jane Doe jane.doe@example.com", "Jane Doe"),
        ("By Ann Lee Monday, February 29, 2016 @ 10:00", "Ann Lee"),
        ("By Jane Doe and Jane Doe", "Jane Doe"),
    ],
)
def test_byline_markup_cleaned(text: str, expected: str):
    html = page(body=f'<article><h1>Headline here</h1><div class="byline">{text}</div></article>')
    assert meta_of(html).byline == expected


@pytest.mark.parametrize("text", ["Staff", "Admin", "Editorial team", "3 octobre 2024", "Updated 12:30"])
def test_byline_boilerplate_and_dates_rejected(text: str):
    html = page(body=f'<article><h1>Headline here</h1><span class="author">{text}</span></article>')
    assert meta_of(html).byline is None


def test_byline_itemprop_name_and_vcard():
    html = page(body='<article><h1>H</h1><div itemprop="author" itemscope>'
                     '<img src="a.jpg"><span itemprop="name">Ines Moreau</span></div></article>')
    assert meta_of(html).byline == "Ines Moreau"
    html = page(body='<article><h1>H</h1><p class="vcard">By <span class="fn">Karl Ove</span></p></article>')
    assert meta_of(html).byline == "Karl Ove"


def test_byline_rel_author_links_joined():
    html = page(body='<article><h1>H</h1><p>By <a rel="author" href="/a">Ann Lee</a> and '
                     '<a rel="author" href="/b">Bob Ray</a></p></article>')
    assert meta_of(html).byline == "Ann Lee and Bob Ray"


def test_no_byline_from_comment_author():
    html = page(body='<article><h1>Headline here</h1><p>Body.</p></article>'
                     '<section id="comments"><div class="comment"><span class="comment-author">'
                     'Troll McTroll</span></div></section>')
    assert meta_of(html).byline is None


def test_no_byline_list_from_related_stories():
    html = page(body='<article><h1>Headline here</h1>'
                     '<div class="author">By Rita Hale</div><p>Body.</p></article>'
                     '<div class="related-stories"><ul>'
                     '<li><span class="byline">Other Person</span></li>'
                     '<li><span class="byline">Third Person</span></li></ul></div>')
    assert meta_of(html).byline == "Rita Hale"
    only_related = ('<article><h1>Headline here</h1><p>Body.</p></article><aside><ul>'
                    '<li><span class="byline">Other Person</span></li></ul></aside>')
    assert meta_of(page(body=only_related)).byline is None


def test_byline_nearest_the_headline_wins():
    html = page(body='<div class="teaser-grid"><span class="author">Teaser Writer</span></div>'
                     '<article><header><h1>Headline here</h1>'
                     '<span class="autor">Von Lena Maier</span></header></article>')
    assert meta_of(html).byline == "Lena Maier"


# --- date ------------------------------------------------------------------


def test_date_published_preferred_over_modified():
    html = page('<meta property="article:modified_time" content="2024-10-05T09:00:00+02:00">'
                '<meta property="article:published_time" content="2024-10-03T14:05:00+02:00">')
    assert meta_of(html).date == "2024-10-03T14:05:00+02:00"
    html = page(ld('{"@type":"Article","dateModified":"2024-10-05","datePublished":"2024-10-03T14:05:00Z"}'))
    assert meta_of(html).date == "2024-10-03T14:05:00+00:00"


def test_earlier_dateline_beats_a_restamped_structured_date():
    """A CMS re-stamps datePublished when an old post is re-saved; the dateline under the
    headline keeps the day the post first appeared."""
    head = ld('{"@type":"Article","datePublished":"2025-06-24","dateModified":"2025-06-24"}')
    html = page(head, body='<article><h1>Headline here</h1><div class="post-date">August 25, 2024</div>'
                           '<p>Text of the post.</p></article>')
    assert meta_of(html).date == "2024-08-25"


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ('<time pubdate datetime="2024-03-09">', "2024-03-09"),  # the page's words and markup name the publication
        ('<time datetime="2024-03-09">', "2024-03-02T08:00:00+00:00"),  # the words alone: a later day is the update
    ],
)
def test_a_time_marked_and_labelled_as_published_under_the_text_beats_a_structured_stamp(time: str, expected: str):
    head = '<meta property="article:published_time" content="2024-03-02T08:00:00+00:00">'
    body = ('<article><h1>Lanterns over the Vellin estuary</h1><p>Fishers of Port Averly hung lanterns along '
            f'the quay for the third winter running.</p><p>Published {time}March 9, 2024</time></p></article>')
    assert meta_of(page(head, body=body)).date == expected


@pytest.mark.parametrize(
    ("headline", "dateline", "modified", "expected"),
    [
        ("<h1>Ferry timetables for the Orrin isles</h1>", '<span class="posted-on">May 4, 2025</span>', "",
         "2025-05-04"),  # re-dated: the page now states it as its publication
        ("<h1>Ferry timetables for the Orrin isles</h1>", '<span class="byline__release-date"><time datetime='
         '"2025-05-04">May 4, 2025</time></span>', "", "2025-05-04"),
        ("<h1>Ferry timetables for the Orrin isles</h1>", '<span class="posted-on">May 4, 2025</span>',
         "2025-05-04T10:00:00+00:00", "2021-02-11T09:00:00+00:00"),  # the modification's day: the update
        ("<h1>Ferry timetables for the Orrin isles</h1>", '<span class="post-date">May 4, 2025</span>', "",
         "2021-02-11T09:00:00+00:00"),  # no class names the publication: a later day is the update
        ("<h1>Ferry timetables for the Orrin isles</h1>", '<time class="entry-date published updated" '
         'datetime="2025-05-04">May 4, 2025</time>', "", "2021-02-11T09:00:00+00:00"),
        ("", '<span class="posted-on">May 4, 2025</span>', "", "2021-02-11T09:00:00+00:00"),  # no headline found
    ],
)
def test_a_later_dateline_marked_as_the_publication_beats_a_re_stamped_structured_date(
        headline: str, dateline: str, modified: str, expected: str):
    head = ('<meta property="article:published_time" content="2021-02-11T09:00:00+00:00">'
            + (f'<meta property="article:modified_time" content="{modified}">' if modified else ""))
    body = (f'<article>{headline}<div class="entry-meta">By Tamsin Oake {dateline}</div>'
            '<p>Boats to the outer isles leave twice a day from the harbour at Kell.</p></article>')
    assert meta_of(page(head, body=body)).date == expected


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2025-06-24T01:00:00+00:00", "July 9, 2025"),  # later: an update, never the publication
        ("2025-06-24T01:00:00+00:00", "June 25, 2025"),  # a day later, beyond every time zone's reach
        ("2025-06-24", "June 23, 2025"),  # a bare day has no instant: another day is another date
    ],
)
def test_structured_date_kept_against_a_dateline_of_another_day(published: str, shown: str):
    head = ld(f'{{"@type":"Article","datePublished":"{published}"}}')
    html = page(head, body=f'<article><h1>Headline here</h1><div class="post-date">{shown}</div></article>')
    assert meta_of(html).date == published


@pytest.mark.parametrize(
    ("published", "shown", "lang", "expected"),
    [
        ("2025-06-24T01:00:00+00:00", "June 23, 2025", "", "2025-06-23"),  # the evening before, west of UTC
        ("2025-06-23T20:00:00+00:00", "24. Juni 2025", "de", "2025-06-24"),  # the next morning, east of UTC
        ("2025-06-23T20:00:00+00:00", "24 June 2025", "en-AU", "2025-06-24"),
        ("2025-06-24T01:00:00", "June 23, 2025", "", "2025-06-23"),  # no offset: its zone is unknown
        ("2025-06-24T22:00:00+00:00", "June 23, 2025", "", "2025-06-23"),  # the day before, in no zone: re-stamped
    ],
)
def test_a_structured_instant_takes_the_day_the_dateline_states(published: str, shown: str, lang: str, expected: str):
    head = ld(f'{{"@type":"Article","datePublished":"{published}"}}')
    html = page(head, body=f'<article><h1>Headline here</h1><div class="post-date">{shown}</div></article>', lang=lang)
    assert meta_of(html).date == expected


@pytest.mark.parametrize("lang", ["", "en", "en-US"])
def test_a_next_day_dateline_on_an_american_page_is_not_a_time_zone(lang: str):
    """In the Americas a UTC instant's local day is never later: a dateline a day after it is
    the next day's release (or an update), and the structured instant stays."""
    head = ld('{"@type":"Article","datePublished":"2025-06-23T20:00:00+00:00"}')
    html = page(head, body='<article><h1>Headline here</h1><div class="post-date">June 24, 2025</div></article>', lang=lang)
    assert meta_of(html).date == "2025-06-23T20:00:00+00:00"


def test_a_shown_instant_at_its_own_offset_gives_its_later_day_whatever_the_language():
    head = ld('{"@type":"Article","datePublished":"2025-06-23T20:00:00+00:00"}')
    body = '<h1>Headline here</h1><time datetime="2025-06-24T01:30:00+05:30">June 24, 2025, 1:30 am</time>'
    assert meta_of(page(head, body=body, lang="en")).date[:10] == "2025-06-24"


def test_a_shown_instant_a_day_off_is_another_moment_not_a_time_zone():
    head = ld('{"@type":"Article","datePublished":"2024-04-11T13:27:08+00:00"}')
    body = '<h1>Headline here</h1><time datetime="2024-04-10T02:16:52+00:00">April 10, 2024 at 2:16 am</time>'
    assert meta_of(page(head, body=body)).date == "2024-04-11T13:27:08+00:00"


def test_a_style_sheet_before_the_dateline_does_not_end_the_scan():
    style = "<style>" + ".c{font-size:19px;line-height:31px}" * 200 + "</style>"
    body = f"<h1>Headline here</h1><div>{style}<span>December 18, 2025 · 3 min read</span></div><p>Text.</p>"
    assert meta_of(page(body=body)).date == "2025-12-18"


def test_a_date_labelled_as_published_far_from_the_headline_outside_any_article():
    intro = "".join(f"<div><p>Paragraph {n} of the introduction.</p></div>" for n in range(80))
    body = (f"<div><h1>Headline here</h1>{intro}</div>"
            "<div class='dateline'><p>Published</p><p class='x'>Feb 2, 2023</p></div>")
    assert meta_of(page(body=body)).date == "2023-02-02"
    teaser = "<div class='related'><p>Published</p><p>Feb 2, 2023</p></div>"
    assert meta_of(page(body=f"<div><h1>Headline here</h1>{intro}</div>{teaser}")).date is None


def test_structured_date_kept_against_dates_of_other_posts():
    """A list of other posts marks up its dates as datePublished too: not this page's dateline."""
    head = ld('{"@type":"Article","datePublished":"2023-05-30"}')
    related = "".join(
        f'<article class="loop-entry"><h3><a href="/p{n}">Post {n}</a></h3>'
        f'<time itemprop="datePublished" datetime="201{n}-12-07">December 7, 201{n}</time></article>'
        for n in range(3)
    )
    body = '<h1>Headline here</h1>' + "<p>Text.</p>" * 200 + f'<div class="entry-related">{related}</div>'
    assert meta_of(page(head, body=body)).date == "2023-05-30"


def test_date_from_published_meta_name():
    html = page('<meta name="published" content="July 17, 2025">')
    assert meta_of(html).date == "2025-07-17"


def test_date_from_time_element_in_article():
    html = page(body='<article><h1>H</h1><time datetime="2023-05-01T08:30">May 1</time></article>')
    assert meta_of(html).date == "2023-05-01T08:30:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3. Oktober 2024", "2024-10-03"),
        ("3 octobre 2024", "2024-10-03"),
        ("October 3, 2024", "2024-10-03"),
        ("03.10.2024", "2024-10-03"),
        ("3 de octubre de 2024", "2024-10-03"),
        ("3 października 2024", "2024-10-03"),
        ("3 October, 2024", "2024-10-03"),
    ],
)
def test_visible_date_in_byline_area(text: str, expected: str):
    html = page(body=f'<article><h1>Headline here</h1><span class="date">{text}</span></article>')
    assert meta_of(html).date == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-04-28 06:01:07", "2019-04-28T06:01:07"),
        ("2015-10-15T02:19:15.607Z", "2015-10-15T02:19:15+00:00"),
        ("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00"),
        ("2024-06-25", "2024-06-25"),
        ("20160729", "2016-07-29"),
        ("2/24/2026", "2026-02-24"),  # month first: 24 is no month
        ("Publicado em 21/11/2025", "2025-11-21"),  # day first
        ("3/4/2024", None),  # March 4 or 3 April: the page does not say
        ("11-29-2024, 09:05 AM", "2024-11-29"),  # dashes, month first
        ("29-11-2024", "2024-11-29"),  # dashes, day first
        ("02-12-2025", None),  # February 12 or 2 December
        ("11/29-2024", None),  # mixed separators: not one date
        ("17-Oct-2022 08:40", "2022-10-17"),  # day, month and year joined by dashes
        ("09-ago-2019 3:02:41", "2019-08-09"),
        ("the 2nd of April 2018", "2018-04-02"),
        ("1.º de abril de 2018", "2018-04-01"),
        ("2 aout 2018", "2018-08-02"),  # typed without the accent
        ("2 Jänner 2018", "2018-01-02"),  # the Austrian January
        ("2018年4月2日 08:15", "2018-04-02"),  # Chinese and Japanese: the units after each number
        ("2018 年 12 月 31 日", "2018-12-31"),
        ("2018년 4월 2일", "2018-04-02"),  # Korean
        ("2018. 4. 2. 오전 8:15", "2018-04-02"),  # a dot and a space after each number
        ("7 апреля 2019 г.", "2019-04-07"),  # month names of further European languages
        ("7. dubna 2019", "2019-04-07"),
        ("7 Απριλίου 2019", "2019-04-07"),
        ("7 ΑΠΡΙΛΙΟΥ 2019", "2019-04-07"),  # capitals drop the accent
        ("7. huhtikuuta 2019", "2019-04-07"),
        ("7 aprilie 2019", "2019-04-07"),
        ("7 Nisan 2019", "2019-04-07"),
        ("7 квітня 2019", "2019-04-07"),
        ("2019. április 7.", "2019-04-07"),  # Hungarian: the year first
        ("7. 4. 2019", "2019-04-07"),  # Czech: a space after each dot
        ("2024-02-30", None),
        ("not a date", None),
    ],
)
def test_normalize_date(value: str, expected: str | None):
    assert normalize_date(value) == expected


# --- site name, lang, description, canonical ----------------------------------


def test_site_name_sources():
    assert meta_of(page('<meta property="og:site_name" content="Daily Planet">')).site_name == "Daily Planet"
    publisher = ld('{"@type":"Article","publisher":{"@type":"Organization","name":"Planet Media"}}')
    assert meta_of(page(publisher)).site_name == "Planet Media"
    assert meta_of(page('<meta name="application-name" content="PlanetApp">')).site_name == "PlanetApp"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en_US", "en-US"), ("EN", "en"), ("pt-br", "pt-br"), ("fr-FR, en", "fr-FR"), ("???", None)],
)
def test_normalize_lang(value: str, expected: str | None):
    assert normalize_lang(value) == expected


def test_lang_sources_in_order():
    assert meta_of(page(lang="de-DE")).lang == "de-DE"
    assert meta_of(page('<meta property="og:locale" content="es_ES">')).lang == "es-ES"
    assert meta_of(page('<meta http-equiv="content-language" content="nl">')).lang == "nl"


def test_description_whitespace_collapsed():
    html = page('<meta name="description" content="  A short\n  summary. ">')
    assert meta_of(html).description == "A short summary."


def test_a_cut_description_gives_way_to_the_whole_one():
    whole = "The harbour board met on Tuesday. It asked for a second survey of the eastern quay."
    html = page(f'<meta name="description" content="The harbour board met on Tuesday. It asked f&hellip;">'
                f'<meta property="og:description" content="{whole}">')
    assert meta_of(html).description == whole
    # a description that is not cut stays first
    html = page('<meta name="description" content="The harbour board met.">'
                f'<meta property="og:description" content="{whole}">')
    assert meta_of(html).description == "The harbour board met."


def test_canonical_made_absolute_and_http_only():
    html = page('<link rel="canonical" href="/news/story-1">')
    assert meta_of(html, url="https://example.org/x?y=1").canonical_url == "https://example.org/news/story-1"
    assert meta_of(page('<meta property="og:url" content="https://example.org/a">')).canonical_url == (
        "https://example.org/a"
    )
    assert meta_of(page('<link rel="canonical" href="javascript:void(0)">'), url="https://e.org/").canonical_url is None
    assert meta_of(html).canonical_url is None  # relative and no base URL


def test_tree_not_modified_and_value_is_plain():
    root = lxml.html.document_fromstring(page("<title>T - Site</title>", "<h1>T</h1>"), parser=_PARSER)
    before = lxml.html.tostring(root)
    result = extract_metadata(root)
    assert lxml.html.tostring(root) == before
    assert all(isinstance(v, (str, type(None))) for v in (getattr(result, f) for f in Metadata.__slots__))


# --- fast fallbacks: the window around the headline, URL dates ------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.org/2019/11/20/council-vote/", "2019-11-20"),
        ("https://news.example.org/politics/2019-11-20-council-vote", "2019-11-20"),
        ("https://news.example.org/20191120/council-vote.html", "2019-11-20"),
        ("https://news.example.org/story/201911201234567/", None),  # an id, not a date
        ("https://news.example.org/n1/2019/1120/c1001-3345.html", "2019-11-20"),  # separators mixed
        ("https://news.example.org/world/2019-11/20/c_1125.htm", "2019-11-20"),
        ("https://news.example.org/201911/20/t20191120_77.shtml", "2019-11-20"),
        ("https://news.example.org/gn/2019/11-20/8995.shtml", "2019-11-20"),
        ("https://news.example.org/local/story-20191120143005.html", "2019-11-20"),  # with its time
        ("https://news.example.org/2019/13/40/bad/", None),
        ("https://news.example.org/hl?a=20191120-00012345-wire-pol", "2019-11-20"),  # an article id in the query
        ("https://news.example.org/story?id=12345&ref=20191120", "2019-11-20"),
        ("https://news.example.org/story?id=201911201234567", None),  # an id, not a date
    ],
)
def test_date_from_url_when_page_has_none(url: str, expected: str | None):
    html = page(body="<article><h1>Council vote</h1><p>No date written here.</p></article>")
    assert meta_of(html, url=url).date == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example.org/world/2019/nov/20/council-vote", "2019-11-20"),
    ("https://news.example.org/2019/Sep/3/council-vote/", "2019-09-03"),
    ("https://news.example.org/2019/new/20/council-vote", None),  # not a month
])
def test_a_url_that_names_its_month_gives_the_day(url: str, expected: str | None) -> None:
    html = page(body="<article><h1>Council vote</h1><p>No date written here.</p></article>")
    assert meta_of(html, url=url).date == expected


def test_an_image_urls_query_is_a_cache_key_not_a_date():
    html = page(head="<meta property='og:image' content='https://cdn.example.org/a.jpg?v=20191120'>",
                body="<article><h1>Council vote</h1><p>No date written here.</p></article>")
    assert meta_of(html, url="https://news.example.org/council-vote").date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin, 3. Oktober 2024. Der Rat hat entschieden.", "2024-10-03"),
        ("Madrid, 3 de octubre de 2024 — El consejo decidió.", "2024-10-03"),
        ("Warszawa, 3 października 2024 r. Rada zdecydowała.", "2024-10-03"),
        ("WASHINGTON (Oct. 3, 2024) — The council decided.", "2024-10-03"),
        ("The council met in 2024 and decided nothing.", None),  # a year alone is no date
    ],
)
def test_date_written_in_text_near_headline(text: str, expected: str | None):
    html = page(body=f"<article><h1>Council vote</h1><p>{text}</p><p>More.</p></article>")
    assert meta_of(html).date == expected


def test_a_dashed_date_after_the_byline_names_gives_the_date():
    """A blog platform prints the day as its locale abbreviates it, joined by dashes, after the
    author's link: "By: <a>Quay Works</a> on 09-ago-2019 3:02:41"."""
    html = page(body="<article><div class='post-top'><div class='who'>By: <a href='/author/qw'>Quay Works</a>"
                     " on 09-ago-2019 3:02:41</div><div class='tools'><a href='#'>Print</a></div></div>"
                     "<h1>Choosing a hose for the garden tap</h1><p>Rubber or vinyl: the old question.</p></article>")
    assert meta_of(html).date == "2019-08-09"


_CJK_TEXT = "<p>" + "码头的灯光将在下周更换，市民夜间出行请注意安全。" * 4 + "</p>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<div class='info'>发布时间：2018年04月02日 08:15 来源：海港晚报 作者：周宁 责任编辑：孙悦</div>", "2018-04-02"),
        ("<div>2018年4月2日 17時30分 | 地域</div>", "2018-04-02"),
        # a sentence that opens with a day is the story's, not the page's
        ("<p>2018-04-02，港务局宣布更换码头的全部灯光。</p>", None),
        # a day labelled as the update is not the publication
        ("<div>更新时间：2018-04-03 10:20</div>", None),
        ("<div>最終更新日：2018/04/03</div>", None),
        ("<div>수정 2018.04.03. 오후 2:40</div>", None),
    ],
)
def test_a_day_written_in_chinese_japanese_or_korean_by_the_headline(line: str, expected: str | None) -> None:
    html = page(body=f"<article><h1>码头灯光更换</h1>{line}{_CJK_TEXT}</article>")
    assert meta_of(html).date == expected


@pytest.mark.parametrize(
    "line",
    [
        "<p>07.04.2019 городской совет утвердил новый бюджет.</p>",  # a sentence in Cyrillic
        "<p>07.04.2019 rada miasta zatwierdziła budżet portu.</p>",  # words with letters beyond Latin-1
        "<div>Обновлено: 07.04.2019</div>",  # the update, labelled in Russian
        "<div>Aktualizováno 07.04.2019</div>",
        "<p>Il-kunsill lokali approva l-baġit il-ġdid tal-port fis-7 ta' Marzu 2019 wara laqgħa twila.</p>",  # Maltese
    ],
)
def test_no_date_from_a_sentence_or_an_update_label_in_further_languages(line: str) -> None:
    html = page(body=f"<article><h1>Budżet portu</h1>{line}<p>Więcej wkrótce.</p></article>")
    assert meta_of(html).date is None


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Published by the harbour board on 5 March 2019, the survey says most of the berths need new fenders."),
    ("fr", "Publié par la capitainerie le 5 mars 2019, le rapport indique que la plupart des quais sont à refaire."),
    ("de", "Der Bericht wurde am 5. März 2019 veröffentlicht und zeigt, dass die meisten Liegeplätze saniert werden müssen."),
    ("es", "Publicado por la autoridad portuaria el 5 de marzo de 2019, el informe dice que casi todos los muelles necesitan obras."),
])
def test_a_publication_label_in_a_sentence_of_the_story_gives_no_date(lang: str, sentence: str) -> None:
    """A label's day is a dateline's: in a sentence of the story (a short paragraph right under
    the headline) the label and its day tell of something else, and the page shows no date."""
    html = page(body=f"<article><h1>Harbour survey</h1><p>{sentence}</p><p>The berths stay open.</p></article>", lang=lang)
    assert meta_of(html).date is None


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Published on 5 March 2019 at 9:12 am by Ann Lee"),
    ("fr", "Publié le 5 mars 2019 à 9h12, mis à jour le 6 mars 2019"),
    ("es", "Publicado el 5 de marzo de 2019 a las 9:12 por Ana Lima"),
    ("it", "Pubblicato il 5 marzo 2019 alle 9:12"),
])
def test_a_labelled_dateline_beside_the_story_still_gives_its_day(lang: str, line: str) -> None:
    html = page(body=f"<article><h1>Harbour survey</h1><p>{line}</p><p>The berths stay open for the season, the board says.</p>"
                     "</article>", lang=lang)
    assert meta_of(html).date == "2019-03-05"


@pytest.mark.parametrize(("lang", "sentence", "dateline"), [
    ("ar", "<p>ناقش مجلس البلدية تجديد الرصيف لأول مرة في 7 أبريل 2019 بعد شكاوى الصيادين.</p>",
     "<div>بقلم سليم ناصر، 7 أبريل 2019</div>"),
    ("he", "<p>מועצת העיר דנה בשיפוץ המזח לראשונה ב-7 באפריל 2019 אחרי תלונות הדייגים.</p>",
     "<div>מאת נועה כהן, 7 באפריל 2019</div>"),
    ("hi", "<p>नगर परिषद ने 7 अप्रैल 2019 को पहली बार घाट की मरम्मत पर बहस की।</p>",
     "<div>सुनील वर्मा, 7 अप्रैल 2019</div>"),
    ("ko", "<p>시의회는 2019년 4월 7일 처음으로 부두 수리 문제를 논의했다.</p>", "<div>박서연 기자 2019년 4월 7일</div>"),
])
def test_a_sentence_in_a_script_without_letter_case_does_not_date_the_page(lang: str, sentence: str,
                                                                           dateline: str) -> None:
    """No word of Arabic, Hebrew, Devanagari or Hangul shows itself lower-case: a sentence there is
    told by its many words and its full stop; a byline's names and day, without one, still date it."""
    def date_of(line: str) -> str | None:
        return meta_of(page(body=f"<article><h1>Pier repairs</h1>{line}<p>…</p></article>", lang=lang)).date

    assert date_of(sentence) is None
    assert date_of(dateline) == "2019-04-07"


@pytest.mark.parametrize(
    "line",
    ["<div class='when'>le 9 avril à 14h05</div>", "<div>Tuesday, Apr. 9th · 3 min read</div>", "<div>4月9日 14:05</div>"],
)
def test_a_day_without_its_year_in_the_month_the_url_files_the_page_under(line: str) -> None:
    def date_of(line: str) -> str | None:
        html = page(body=f"<article><h1>Pier lamps repainted</h1>{line}<p>Work starts soon.</p></article>")
        return meta_of(html, url="https://news.example.org/2019/04/pier-lamps.html").date

    assert date_of(line) == "2019-04-09"
    # another month than the URL's, the update, a sentence: not the page's day
    assert date_of("<div>9 May</div>") is None
    assert date_of("<div>Updated April 11</div>") is None
    assert date_of("<p>On 9 April the crews will repaint the whole eastern pier and its lamps.</p>") is None
    # a month's list of posts, each with its day
    assert date_of("<ul><li><a href='/a'>Buoys</a> 9 April</li><li><a href='/b'>Quay</a> 3 April</li></ul>") is None


@pytest.mark.parametrize("lang", ["fr", "pt-BR", "en-GB"])
def test_a_numeric_day_that_reads_either_way_is_read_as_the_pages_language_writes_it(lang: str) -> None:
    """"02/04/2018" is the 2nd of April in French, Portuguese or British English; in American
    English or an unknown language it may be February 4th: then the page has no date."""
    def date_of(lang: str) -> str | None:
        html = page(body="<article><h1>Les lampes du quai</h1><div class='infos'>Publié le 02/04/2018 à 08h15</div>"
                         "<p>Le port remplace les lampes du quai est.</p></article>", lang=lang)
        return meta_of(html).date

    assert date_of(lang) == "2018-04-02"
    assert date_of("en-US") is None
    assert date_of("") is None


def test_json_ld_sent_in_next_js_flight_data_gives_the_date() -> None:
    """A Next.js page whose client component writes the JSON-LD into the head sends it only in
    its flight data: a JavaScript string in a "self.__next_f.push" script."""
    flight = ('<script>self.__next_f.push([1,"{\\"@context\\":\\"https://schema.org\\",\\"@type\\":\\"BlogPosting\\",'
              '\\"headline\\":\\"Harbour tide tables\\",\\"datePublished\\":\\"2023-08-05T07:40:00.000+00:00\\"}"])</script>')
    html = page(body=f"<article><h1>Harbour tide tables</h1><p>The tables were printed again.</p></article>{flight}")
    assert meta_of(html).date == "2023-08-05T07:40:00+00:00"
    # a flight chunk that breaks the document off, or holds no schema.org document: no date
    assert meta_of(html.replace('\\"}"])', '"])')).date is None
    assert meta_of(html.replace("@context", "@kontext")).date is None


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("cXenseParse:recs:publishtime", "2023-08-05T07:40:00+0200"),
        ("pdate", "20230805"),
        ("publish_date", "2023-08-05"),
        ("article:post_date", "2023-08-05 07:40:00"),
        ("dcterms.date", "2023-08-05"),
        ("published_at", "2023-08-05"),  # a site-search crawler's field (<meta class="swiftype" …>)
    ],
)
def test_further_publication_meta_keys_give_the_date(key: str, value: str) -> None:
    """Publication keys news systems write besides article:published_time."""
    html = page(head=f"<meta name='{key}' content='{value}'>",
                body="<article><h1>Harbour tide tables</h1><p>The tables were printed again.</p></article>")
    assert meta_of(html).date[:10] == "2023-08-05"


@pytest.mark.parametrize(
    ("lang", "line"),
    [("ar", "٥ أغسطس ٢٠٢٣ - ٠٧:٤٠"), ("fa", "۵ اوت ۲۰۲۳"), ("bn", "৫ আগস্ট ২০২৩"), ("hi", "५ अगस्त २०२३")],
)
def test_a_day_written_in_the_digits_of_its_script_by_the_headline(lang: str, line: str) -> None:
    """Arabic, Persian, Bengali and Hindi pages may write the day in their own digits."""
    html = page(body=f"<article><h1>Tidewater ferry timetable</h1><p>{line}</p>"
                     "<p>The ferry keeps its summer hours.</p></article>", lang=lang)
    assert meta_of(html).date == "2023-08-05"


def test_a_labelled_publication_box_beside_the_text_after_a_long_tag_list_gives_the_date() -> None:
    """A post's facts in a column beside its text ("Published" / the day, "Section" / …), past
    a long list of tags: the label names the day the publication, wherever the window meets it."""
    tags = "".join(f"<li><a href='/tag/{n}'><span>tag {n}</span></a></li>" for n in range(25))
    html = page(body="<article><h1>Quarry pond reopens for swimmers</h1>"
                     f"<ul class='tags'>{tags}</ul><div class='post-body'><div class='post-sidebar'>"
                     "<div class='post-facts'><h4>Published</h4><div class='post-date'>May 14, 2023</div></div>"
                     "<div class='post-facts'><h4>Section</h4><div>Leisure</div></div></div>"
                     "<div class='post-text'><p>The pond opens on weekends.</p></div></div></article>")
    assert meta_of(html).date == "2023-05-14"


@pytest.mark.parametrize(
    ("lang", "updated", "published"),
    [
        ("id", "Diperbarui 9 Agustus 2023", "Diterbitkan 5 Agustus 2023"),
        ("hr", "Ažurirano: 9. kolovoza 2023.", "Objavljeno: 5. kolovoza 2023."),
        ("bg", "Актуализирано: 09.08.2023", "Публикувано: 05.08.2023"),
        ("vi", "Cập nhật 9/8/2023 07:40", "Xuất bản 5/8/2023 07:40"),
        ("he", "עודכן 09.08.2023", "פורסם 05.08.2023"),
        ("ar", "آخر تحديث 09/08/2023", "تاريخ النشر 05/08/2023"),
        ("lt", "Atnaujinta 2023-08-09", "Paskelbta 2023-08-05"),
        ("hi", "अपडेटेड: 9 अगस्त 2023", "प्रकाशित: 5 अगस्त 2023"),
        ("bn", "আপডেট: ৯ আগস্ট ২০২৩", "প্রকাশিত: ৫ আগস্ট ২০২৩"),
        ("ta", "புதுப்பிக்கப்பட்டது: 9 ஆகஸ்ட் 2023", "வெளியிடப்பட்டது: 5 ஆகஸ்ட் 2023"),
        ("th", "แก้ไขล่าสุด 9 ส.ค. 2566", "เผยแพร่เมื่อ 5 ส.ค. 2566"),
        ("fa", "بروزرسانی ۱۸ مرداد ۱۴۰۲", "تاریخ انتشار ۱۴ مرداد ۱۴۰۲"),
        ("ka", "განახლდა: 9 აგვისტო 2023", "გამოქვეყნდა: 5 აგვისტო 2023"),
        ("kk", "Жаңартылды: 9 тамыз 2023", "Жарияланды: 5 тамыз 2023"),
        ("az", "Yenilənib: 9 avqust 2023", "Dərc edilib: 5 avqust 2023"),
        ("sw", "Imesasishwa: 9 Agosti 2023", "Imechapishwa: 5 Agosti 2023"),
        ("is", "Uppfært: 9. ágúst 2023", "Birtist: 5. ágúst 2023"),
        ("mk", "Ажурирано: 9 август 2023", "Објавено: 5 август 2023"),
        ("sq", "Përditësuar: 9 gusht 2023", "Publikuar: 5 gusht 2023"),
        ("cy", "Diweddarwyd: 9 Awst 2023", "Cyhoeddwyd: 5 Awst 2023"),
        ("af", "Opgedateer: 9 Augustus 2023", "Gepubliseer: 5 Augustus 2023"),
        ("mt", "Aġġornat: 9 ta' Awwissu 2023", "Ippubblikat: 5 ta' Awwissu 2023"),  # Maltese's month, "ta'" (of)
        ("hy", "Թարմացվել է 09.08.2023", "Հրապարակվել է 05.08.2023"),
        ("am", "የተሻሻለው 09.08.2023", "የታተመው 05.08.2023"),
    ],
)
def test_update_and_publication_labels_in_further_languages(lang: str, updated: str, published: str) -> None:
    """A day labelled as the update is not the publication; beside the publication's label,
    the publication's day is the date, whichever comes first."""
    def date_of(*lines: str) -> str | None:
        meta = "".join(f"<span>{line}</span> " for line in lines)
        html = page(body=f"<article><h1>Tidewater ferry timetable</h1><div class='meta'>{meta}</div>"
                         "<p>The ferry keeps its summer hours.</p></article>", lang=lang)
        return meta_of(html).date

    assert date_of(updated) is None
    assert date_of(updated, published) == "2023-08-05"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("id", "Rabu, 5 Agustus 2023 07:40 WIB"),
        ("id", "Diterbitkan 5 Agu 2023"),
        ("ms", "5 Ogos 2023"),
        ("ca", "Publicat el 5 d'agost de 2023"),
        ("hr", "Objavljeno 5. kolovoza 2023."),
        ("sr", "5. avgust 2023."),
        ("sr", "5. август 2023."),
        ("bg", "5 август 2023, 07:40"),
        ("ar", "نشر في 5 أغسطس 2023"),
        ("ar", "5 آب 2023"),  # the Levant's August, two letters
        ("ar", "السبت 5 آب/أغسطس 2023"),  # the Levant's name and Egypt's
        ("ar", "٥ أغسطس/آب ٢٠٢٣"),
        ("tr", "Yayınlanma: 5 Ağu 2023 07:40"),
        ("uk", "5 серп. 2023, 07:40"),
        ("el", "5 Αυγ 2023, 07:40"),
        ("sq", "Publikuar më 5 gusht 2023"),
        ("hi", "प्रकाशित: 5 अगस्त 2023"),
        ("ur", "5 اگست 2023"),
        ("he", "5 באוגוסט 2023"),
        ("sw", "Jumamosi, 5 Agosti 2023"),
        ("tl", "Agosto 5, 2023"),
        ("ka", "5 აგვისტო 2023"),
        ("hy", "5 օգոստոսի 2023"),
        ("th", "5 สิงหาคม 2023"),
        ("vi", "Thứ bảy, ngày 5 tháng 8 năm 2023"),
        ("vi", "5 tháng 8, 2023 07:40"),
    ],
)
def test_a_month_named_in_further_languages_gives_the_day(lang: str, line: str) -> None:
    """Indonesian, Malay, Catalan, Croatian, Serbian, Bulgarian, Albanian, Arabic, Hindi (its
    vowel signs part of the word), Urdu, Hebrew ("in August"), Swahili, Filipino, Georgian,
    Armenian and Thai name the month, Turkish, Ukrainian and Greek news pages abbreviate it;
    Vietnamese numbers it after its word ("tháng 8")."""
    html = page(body=f"<article><h1>Tidewater ferry timetable</h1><div class='meta'>{line}</div>"
                     "<p>The ferry keeps its summer hours.</p></article>", lang=lang)
    assert meta_of(html).date == "2023-08-05"


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("lt", "Paskelbta 2023 m. rugpjūčio 5 d. 07:40", "2023-08-05"),
        ("lt", "2023 m. kovo 12 d.", "2023-03-12"),
        ("lv", "Publicēts 2023. gada 5. augustā", "2023-08-05"),
        ("lv", "2023. gada 12. martā, 07:40", "2023-03-12"),
        ("et", "Avaldatud 12. märts 2023", "2023-03-12"),
        ("et", "5. detsember 2023 07:40", "2023-12-05"),
    ],
)
def test_a_day_in_the_baltic_languages_gives_the_date(lang: str, line: str, expected: str) -> None:
    """Lithuanian writes the year first with "m." and the month's genitive ("2023 m. kovo 12 d."),
    Latvian the year with "gada" and the month's locative ("2023. gada 12. martā"), Estonian the
    day first ("12. märts 2023")."""
    html = page(body=f"<article><h1>Tidewater ferry timetable</h1><div class='meta'>{line}</div>"
                     "<p>The ferry keeps its summer hours.</p></article>", lang=lang)
    assert meta_of(html).date == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("th", "5 สิงหาคม 2566", "2023-08-05"),  # the Buddhist era: 2566 is 2023
        ("th", "5 ส.ค. 2566 07:40 น.", "2023-08-05"),  # the month abbreviated
        ("th", "วันเสาร์ที่ 5 สิงหาคม พ.ศ. 2566", "2023-08-05"),  # the era named
        ("th", "๕ ส.ค. ๒๕๖๖", "2023-08-05"),  # Thai digits
        ("th", "5 ส.ค. 66", "2023-08-05"),  # a two-digit year after an abbreviated month: 2566
        ("fa", "۱۴ مرداد ۱۴۰۲", "2023-08-05"),  # the Solar Hijri calendar, in Persian digits
        ("fa", "شنبه ۱۴ مرداد ۱۴۰۲ - ۰۷:۴۰", "2023-08-05"),
        ("fa", "۳۰ اسفند ۱۴۰۱", None),  # 1401 is no leap year: no 30 Esfand
        ("fa", "۱۴۰۲/۰۵/۱۴ - ۰۷:۴۰", "2023-08-05"),  # the Solar Hijri day in numbers
        ("ar", "1445/01/18", None),  # a lunar Hijri day: no Gregorian day read from it
    ],
)
def test_a_day_in_the_thai_and_persian_calendars_gives_its_gregorian_day(lang: str, line: str,
                                                                          expected: str | None) -> None:
    """Thai pages count years in the Buddhist era (543 ahead) and abbreviate the month; Persian
    pages write the Solar Hijri day: both are turned into the Gregorian day."""
    html = page(body=f"<article><h1>Tidewater ferry timetable</h1><div class='meta'>{line}</div>"
                     "<p>The ferry keeps its summer hours.</p></article>", lang=lang)
    assert meta_of(html).date == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5 كانون الأول 2023", "2023-12-05"),
        ("الثلاثاء 5 كانون الأول/ديسمبر 2023", "2023-12-05"),
        ("5 تشرين الثاني 2023", "2023-11-05"),
        ("5 تشرين الأول/أكتوبر 2023 - 07:40", "2023-10-05"),
        ("٥ كانون الثاني ٢٠٢٣", "2023-01-05"),
        ("5 آذار/مارس 2023", "2023-03-05"),
    ],
)
def test_a_levantine_month_name_in_two_words_or_beside_the_egyptian_gives_the_day(line: str, expected: str) -> None:
    """Syrian, Lebanese, Jordanian and Iraqi pages name four months in two words ("كانون الأول")
    and often pair the Levant's name with Egypt's ("آذار/مارس")."""
    html = page(body=f"<article><h1>Tidewater ferry timetable</h1><div class='meta'>{line}</div>"
                     "<p>The ferry keeps its summer hours.</p></article>", lang="ar")
    assert meta_of(html).date == expected


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("gl", "Publicado o 5 de xullo de 2023"),
        ("cy", "5 Gorffennaf 2023"),
        ("be", "5 ліпеня 2023, 07:40"),
        ("az", "5 iyul 2023, 07:40"),
        ("kk", "5 шілде 2023"),
        ("ta", "5 ஜூலை 2023"),
        ("mr", "5 जुलै 2023"),
        ("gu", "5 જુલાઈ 2023"),
        ("te", "5 జూలై 2023"),
        ("kn", "5 ಜುಲೈ 2023"),
        ("ml", "5 ജൂലൈ 2023"),
        ("pa", "5 ਜੁਲਾਈ 2023"),
    ],
)
def test_a_month_named_in_regional_languages_gives_the_day(lang: str, line: str) -> None:
    """Galician, Welsh, Belarusian, Azerbaijani, Kazakh and the languages of India beside Hindi
    and Bengali (Tamil, Marathi, Gujarati, Telugu, Kannada, Malayalam, Punjabi) name the month."""
    html = page(body=f"<article><h1>Tidewater ferry timetable</h1><div class='meta'>{line}</div>"
                     "<p>The ferry keeps its summer hours.</p></article>", lang=lang)
    assert meta_of(html).date == "2023-07-05"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("vi", "Thứ tư, 5/4/2023, 07:40 (GMT+7)"),
        ("ar", "05/04/2023 07:40"),
        ("id", "Rabu, 05/04/2023 07:40 WIB"),
        ("he", "05/04/2023, 07:40"),
    ],
)
def test_a_numeric_day_is_read_day_first_in_further_languages_that_write_it_so(lang: str, line: str) -> None:
    """Vietnamese, Arabic, Indonesian and Hebrew pages write "5/4/2023" for the 5th of April."""
    html = page(body=f"<article><h1>Tidewater ferry timetable</h1><div class='meta'>{line}</div>"
                     "<p>The ferry keeps its summer hours.</p></article>", lang=lang)
    assert meta_of(html).date == "2023-04-05"


@pytest.mark.parametrize(
    "line",
    [
        "<div>Dernière mise à jour : 7 mars 2018</div>",
        "<div>Aktualisierung: 7. März 2018</div>",
        "<div>Ultimo aggiornamento: 7 marzo 2018</div>",
        "<div>Aktualizacja: 7 marca 2018</div>",
        "<div>Última actualización: 7 de marzo de 2018</div>",
    ],
)
def test_a_day_labelled_by_the_noun_for_the_update_is_not_the_publication(line: str) -> None:
    def date_of(line: str) -> str | None:
        return meta_of(page(body=f"<article><h1>Quai est</h1>{line}<p>Les lampes changent.</p></article>")).date

    assert date_of(line) is None
    # beside the noun for the publication, the first day is the publication's
    assert date_of("<div>Veröffentlichung: 5. März 2018 · Aktualisierung: 7. März 2018</div>") == "2018-03-05"


def test_structured_date_beats_url_and_text():
    html = page('<meta property="article:published_time" content="2021-05-06">',
                "<article><h1>H</h1><p>Paris, 3 octobre 2024.</p></article>")
    assert meta_of(html, url="https://e.org/2019/11/20/h/").date == "2021-05-06"


def test_byline_in_the_articles_own_footer_but_not_a_comments():
    html = page(body='<article><header><h1>Fixing a hub</h1></header><div><p>Body.</p></div>'
                     '<footer class="entry-footer"><span class="byline">By <a rel="author" href="/a">'
                     'Gwen Morris</a></span></footer></article><section class="comments"><article>'
                     '<footer><span class="comment-author fn">Troll McTroll</span></footer></article></section>')
    assert meta_of(html).byline == "Gwen Morris"
    only_comment = ('<article><h1>Fixing a hub</h1><p>Body.</p></article><section><article><footer>'
                    '<span class="author">Troll McTroll</span></footer></article></section>')
    assert meta_of(page(body=only_comment)).byline is None


def test_h2_that_repeats_the_title_anchors_the_byline():
    html = page("<title>Peanuts early may avoid allergy</title>",
                '<div class="hub"><h1>Allergy Center</h1></div>' + "<div><p>x</p></div>" * 300
                + '<div class="story"><h2>Peanuts early may avoid allergy</h2>'
                '<div class="author_fmt">By <a href="/b">Brenda Goodman</a></div><p>Body.</p></div>')
    result = meta_of(html)
    assert (result.title, result.byline) == ("Peanuts early may avoid allergy", "Brenda Goodman")


def test_byline_far_from_the_headline_is_not_searched():
    far = "<p>Paragraph.</p>" * 2000 + '<div class="byline">By Far Away</div>'
    assert meta_of(page(body=f"<article><h1>Headline here</h1>{far}</article>")).byline is None
    near = '<div class="byline">By Near Byline</div>' + "<p>Paragraph.</p>" * 2000
    assert meta_of(page(body=f"<article><h1>Headline here</h1>{near}</article>")).byline == "Near Byline"


def test_the_sites_name_as_h1_in_its_menu_bar_is_not_the_headline():
    menu = "<div class='menu-bar'><h1 class='menu-title'>Example Handbook</h1></div>"
    html = page("<title>Reading the Map - Example Handbook</title>",
                f"{menu}<div class='content'><h2>Reading the Map</h2><p>Text of the chapter.</p></div>")
    assert meta_of(html).title == "Reading the Map"  # the menu's name is the site's, cut off the <title>
    own = page("<title>Reading the Map - Example Handbook</title>",
               "<div class='story'><h1>Example Handbook</h1><p>Text of the chapter.</p></div>")
    assert meta_of(own).title == "Example Handbook"  # the same h1 outside a menu heads the page
    under = page("<title>Ten ways to waste less - Example Trees</title>",
                 "<div class='under-menu'><h1>Ten ways to waste less</h1></div>"
                 "<div class='meta'>By <a href='/author/ann-lee'>Ann Lee</a></div><p>Text.</p>")
    assert (meta_of(under).title, meta_of(under).byline) == ("Ten ways to waste less", "Ann Lee")  # the <title>'s head


@pytest.mark.parametrize(("kind", "author", "expected"), [
    ("DiscussionForumPosting", "jane_d42", "jane_d42"),  # a forum's user name is the thread's author
    ("DiscussionForumPosting", "admin", None),
    ("NewsArticle", "jane_d42", None),  # in an article a handle reads as a template key
])
def test_a_forum_posts_json_ld_author_may_be_a_user_name(kind: str, author: str, expected: str | None) -> None:
    item = f'{{"@type":"{kind}","headline":"Which bike lock?","author":{{"@type":"Person","name":"{author}"}}}}'
    assert meta_of(page("<title>Which bike lock?</title>", ld(item))).byline == expected


def test_a_title_that_starts_with_the_brand_keeps_it() -> None:
    head = ('<meta property="og:site_name" content="Example"><meta property="og:title" content="Example Arrival'
            ' Shirt - Black"><title>Example Arrival Shirt - Black | Example</title>')
    assert meta_of(page(head, "<p>A shirt.</p>")).title == "Example Arrival Shirt - Black"  # never "Black"
    site_first = '<meta property="og:site_name" content="Example"><title>Example | Arrival Shirt</title>'
    assert meta_of(page(site_first, "<p>A shirt.</p>")).title == "Arrival Shirt"


def test_a_forum_section_between_the_headline_and_the_site_is_cut() -> None:
    head = ('<meta property="og:site_name" content="Example Forums">'
            "<title>Why is the tram always late at night / Transport Talk / Example Forums</title>")
    assert meta_of(page(head, "<p>A post.</p>")).title == "Why is the tram always late at night"
    years = '<meta property="og:site_name" content="Example"><title>Conferences 2026 / 2027 / Example</title>'
    assert meta_of(page(years, "<p>A post.</p>")).title == "Conferences 2026 / 2027"
    unnamed = "<title>Why is the tram always late at night / Transport Talk / Example Forums</title>"  # no site name given
    assert meta_of(page(unnamed, "<p>A post.</p>")).title == "Why is the tram always late at night"
    bars = "<title>The long night train - Chapter 2 | Nachtzug | Night Trains [Story Archive]</title>"  # alternatives
    assert meta_of(page(bars, "<p>A post.</p>")).title == "The long night train - Chapter 2 | Nachtzug"


def test_heading_permalink_mark_ignored_when_matching_title():
    html = page("<title>Retrying failed requests — tidewater 2.4.0 documentation</title>",
                '<div role="main"><h1>Retrying failed requests<a class="headerlink" href="#r">¶</a></h1></div>')
    assert meta_of(html).title == "Retrying failed requests"


def test_json_ld_in_the_body_is_read_when_the_head_leaves_gaps():
    html = page("<title>Storm hits coast</title>",
                ld('{"@type":"NewsArticle","headline":"Storm hits coast",'
                   '"author":{"@type":"Person","name":"Rita Hale"},"datePublished":"2024-01-02"}'))
    body_ld = html.replace("<head>", "<head></head><body>", 1).replace("</head><body>", "", 1)
    assert (meta_of(body_ld).byline, meta_of(body_ld).date) == ("Rita Hale", "2024-01-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("By", []), ("By Jane Doe, MA", ["Jane Doe"]), ("Jane Doe (avec John Roe)", ["Jane Doe", "John Roe"]),
     ("Sponsored by Example Shop", ["Example Shop"]), ("Presented by: Jane Doe", ["Jane Doe"])],
)
def test_clean_names(text: str, expected: list[str]):
    assert clean_names(text) == expected


def test_site_dropped_from_several_authors_but_never_the_only_one():
    html = page('<meta property="og:site_name" content="Business Insider">'
                '<meta name="author" content="Charlie Wood, Business Insider">')
    assert meta_of(html).byline == "Charlie Wood"
    alone = page('<meta property="og:site_name" content="Wire Service">'
                 + ld('{"@type":"Article","author":{"@type":"Organization","name":"Wire Service"}}'))
    assert meta_of(alone).byline == "Wire Service"


def test_modified_time_skipped_for_the_published_one():
    html = page(body='<main><h1>H</h1><time class="updated" datetime="2019-04-10">Apr 10</time>'
                     '<time class="entry-date published updated" datetime="2018-04-18">Apr 18</time></main>')
    assert meta_of(html).date == "2018-04-18"


@pytest.mark.parametrize("field", ["field--name-changed", "date-last-changed", "datum-geaendert",
                                   "data-aggiornata", "data-atualizada", "bijgewerkt-op"])
def test_a_time_in_a_field_box_named_for_the_change_is_not_the_publication(field: str) -> None:
    # the CMS names the field box, not the <time> it prints: the publication day further on wins
    html = page(body=f'<article><h1>Pond life</h1><div class="meta"><div class="{field}"><div class="item">'
                     '<time class="datetime" datetime="2025-06-18T10:12:40-04:00">June 18, 2025</time></div></div>'
                     '<p class="byline">Posted on <span class="when">March 3, 2024</span></p></div></article>')
    assert meta_of(html).date == "2024-03-03"


def test_a_dateline_box_classed_updated_in_the_hatom_way_keeps_its_day() -> None:
    # hAtom asks for an "updated" class: themes put it on the box of the publication day itself
    html = page(body='<article><h1>Pond life</h1><p class="byline">By Ann Lee · <span class="date updated">'
                     'March 3, 2024</span></p><p>Frogs and newts share the garden pond.</p></article>')
    assert meta_of(html).date == "2024-03-03"


@pytest.mark.parametrize("image, day", [
    ("https://cdn.example.org/uploads/2023/02/7.jpg", None),  # the month's seventh picture
    ("https://cdn.example.org/uploads/2023/02/15.webp", None),
    ("https://cdn.example.org/uploads/2023/02/07/pond.jpg", "2023-02-07"),  # a folder of the day
    ("https://cdn.example.org/img/2023-02-07.jpg", "2023-02-07"),  # a file named for its day
])
def test_an_image_file_numbered_in_its_month_folder_is_no_day(image: str, day: str | None) -> None:
    html = page(f'<meta property="og:image" content="{image}"><title>Pond life</title>',
                "<h1>Pond life</h1><p>Frogs and newts share the garden pond all summer long.</p>")
    assert meta_of(html, url="https://example.org/pond-life/").date == day


@pytest.mark.parametrize("age", ["serving members for <time datetime='2011-05-09T08:12:40+00:00'>14 years</time>",
                                 "Mitglied seit <time datetime='2011-05-09'>14 Jahren</time>",
                                 "membre depuis <time datetime='2011-05-09'>14 ans</time>"])
def test_a_time_showing_an_age_is_not_the_page_date(age: str) -> None:
    # its datetime is when a community or a membership began; the post's stamp says "ago"
    html = page(body=f"<div class='head'><h1>Pond keepers</h1><div class='about'><span>{age}</span></div></div>"
                     "<div class='post'><p class='title'>Frogs are back in the garden pond</p>"
                     "<p class='tagline'>submitted <time datetime='2026-03-04T18:58:32+00:00'>17 hours ago</time></p></div>")
    assert meta_of(html).date == "2026-03-04T18:58:32+00:00"


def _board_thread(stamps: list[str]) -> str:
    """A board whose header (its logo h1, menus) runs long before the thread's posts."""
    menu = "".join(f"<li><a href='/f{i}'>Forum {i}</a></li>" for i in range(80))
    posts = "".join(f"<div class='post'><div class='post_head'><span class='post_date'>{stamp}</span></div>"
                    f"<div class='post_body'>Reply {i} about keeping frogs in a small garden pond.</div></div>"
                    for i, stamp in enumerate(stamps))
    return page("<title>Frogs in the pond</title>", f"<div class='header'><h1>Pond Board</h1><ul>{menu}</ul></div>"
                f"<div class='thead'><strong>Frogs in the pond</strong></div><div id='posts'>{posts}</div>")


def test_a_thread_is_dated_by_its_first_post_far_below_the_header() -> None:
    edited = ("2018-07-11, 06:52 PM <span class='post_edit'><span class='edited_post'>(This post was last modified: "
              "2021-03-02, 11:05 AM by Rowan. Edited 2 times in total. The reason given was a spelling fix.)</span></span>")
    assert meta_of(_board_thread([edited, "2018-07-12, 08:00 AM", "2018-07-13, 10:30 AM"])).date == "2018-07-11"
    # a listing runs newest first: its first card's day is not the page's
    assert meta_of(_board_thread(["2018-07-13, 10:30 AM", "2018-07-12, 08:00 AM", "2018-07-11, 06:52 PM"])).date is None


def _dated(published: str) -> str:
    return (f'<html><head><meta property="article:published_time" content="{published}">'
            "<title>A day at the lake</title></head><body><h1>A day at the lake</h1><p>Text.</p></body></html>")


@pytest.mark.parametrize("published, url", [
    # the URL's day is when the story was filed: a UTC timestamp a day later stands
    ("2019-11-19T07:03:25+00:00", "https://news.example/2019/11/18/a-day-at-the-lake"),
    ("2019-11-19T07:03:25-05:00", "https://news.example/2019/11/18/a-day-at-the-lake"),
])
def test_the_url_never_shifts_a_timestamp(published: str, url: str) -> None:
    assert meta_of(_dated(published), url=url).date == published.replace("Z", "+00:00")


@pytest.mark.parametrize("published", ["2019-11-18T15:04:00+00:00", "2019-11-18T23:04:00-05:00"])
def test_a_timestamp_on_the_day_the_page_states_stands_as_stated(published: str) -> None:
    html = (f"<html><head><meta property='article:published_time' content='{published}'>"
            "<meta name='author' content='Ann Lee'><title>A day at the lake</title></head><body><article>"
            "<h1>A day at the lake</h1><time>Nov. 18, 2019 7:04 pm ET</time><p>Text.</p></article></body></html>")
    assert meta_of(html).date == published.replace("Z", "+00:00")


@pytest.mark.parametrize("page_title, site", [
    ("Headline of the story | Daily Planet", "Daily Planet"),
    ("Daily Planet :: Headline of the story", "Daily Planet"),
    ("新能源汽车出口创新高-华夏新闻网", "华夏新闻网"),
    ("Headline of the story", None),
])
def test_site_name_from_what_the_title_adds_to_the_headline(page_title: str, site: str | None) -> None:
    headline = page_title.replace(" | Daily Planet", "").replace("Daily Planet :: ", "").replace("-华夏新闻网", "")
    html = f"<html><head><title>{page_title}</title></head><body><h1>{headline}</h1><p>Text.</p></body></html>"
    assert meta_of(html).site_name == site


def test_byline_named_by_data_testid() -> None:
    html = ('<html><head><title>Water main break</title></head><body><h1 class="css-1m3fd6i">Water main break</h1>'
            '<div class="css-9kq1ab" data-testid="byline"><span>By </span><a href="/staff/a">Carlos Mendez</a>'
            '<span> and </span><a href="/staff/b">Hannah Ostrowski</a></div><p>Text of the story.</p></body></html>')
    assert meta_of(html).byline == "Carlos Mendez and Hannah Ostrowski"


@pytest.mark.parametrize("line, names", [
    ("<p><i>By Eleanor Voss and Thomas Brandt</i><br>Published 3 March 2024</p>", "Eleanor Voss and Thomas Brandt"),
    ('<div class="info"><div>Autor: <strong>Katarzyna Nowak</strong></div><div>Data: 5.11.2024</div></div>',
     "Katarzyna Nowak"),
    ('<p class="from">Por <a href="/autor/joao">João Silva</a>, Jornal do Campo — Campinas</p>', "João Silva"),
    # the label alone in its element, the name in the next one
    ('<div class="meta"><p class="label">Written by</p><p class="value">Edda Lindqvist</p></div>', "Edda Lindqvist"),
    ('<div class="meta"><div>Author:</div><div>Rafael Ortiz</div></div>', "Rafael Ortiz"),
])
def test_byline_written_as_plain_text_under_the_headline(line: str, names: str) -> None:
    html = (f"<html><head><title>Mill ledgers rewrite flood history</title></head><body>"
            f"<h1>Mill ledgers rewrite flood history</h1>{line}<p>The story begins here.</p></body></html>")
    assert meta_of(html).byline == names


@pytest.mark.parametrize("name", ["marta_k", "user20417", "Marta Kowalska"])
def test_byline_from_microdata_author_name_meta(name: str) -> None:
    """Forum software names a post's author in microdata only: a user name counts there."""
    html = ("<html><head><title>Which tent for a windy coast?</title></head><body><h1>Which tent for a windy coast?</h1>"
            f'<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{name}">'
            '<meta itemprop="url" content="/user/x"></div><p>The question begins here.</p></body></html>')
    assert meta_of(html).byline == name


def test_no_byline_from_a_name_meta_outside_an_author() -> None:
    html = ("<html><head><title>Which tent for a windy coast?</title></head><body><h1>Which tent for a windy coast?</h1>"
            '<div itemprop="publisher" itemscope><meta itemprop="name" content="Tents Forum"></div>'
            "<p>The question begins here.</p></body></html>")
    assert meta_of(html).byline is None


@pytest.mark.parametrize("cls, byline", [
    ("post-hero__author", "Ines Albrecht"),
    ("jobboard-post-hero__author", "Ines Albrecht"),  # "job" inside a longer word names no job
    ("author-job", None),  # the author's job title, not the name
    ("author-role", None),
])
def test_byline_class_words_read_whole(cls: str, byline: str | None) -> None:
    html = ("<html><head><title>Nine trends for cleaning firms</title></head><body><h1>Nine trends for cleaning firms</h1>"
            f'<span class="{cls}">Ines Albrecht</span><p>The story begins here.</p></body></html>')
    assert meta_of(html).byline == byline


def test_no_byline_from_a_sidebar_line() -> None:
    html = ("<html><head><title>A post about keyboards</title></head><body><div id='Sidebar'><p>By <strong>Jane"
            " Doe</strong></p></div><h1>A post about keyboards</h1><p>The story begins here.</p></body></html>")
    assert meta_of(html).byline is None


def test_date_labelled_as_published_beats_dates_of_related_boxes() -> None:
    html = ("<html><head><title>Tram line delayed</title></head><body><h1>Tram line delayed</h1>"
            "<div class='info'><div>Data publikacji: 5 listopada 2024, 06:40</div>"
            "<div>Data aktualizacji: 6 listopada 2024</div></div><p>Text of the story.</p>"
            "<div class='box'><a href='/1'>Another story</a><span class='box-meta'>Autor: A B, 4 listopada 2024</span>"
            "</div></body></html>")
    assert meta_of(html).date == "2024-11-05"


@pytest.mark.parametrize("body", [
    "<p>The council approved the new budget on March 3, 2011, after a long debate.</p>",
    "<p>Version 1.2.3 shipped on 2019-01-02 with the new parser and a faster cache.</p>",
])
def test_a_date_in_a_sentence_of_the_body_is_never_the_page_date(body: str) -> None:
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1>{body}")
    assert meta_of(html).date is None


@pytest.mark.parametrize(("line", "lang"), [
    ("Zuletzt geändert: 09.03.2011 · Erstellt: 03.03.2011", "de"),
    ("Modifié le 9 mars 2011 · Créé le 3 mars 2011", "fr"),
    ("Última modificación: 9 de marzo de 2011 · Creado: 3 de marzo de 2011", "es"),
    ("Zmieniono: 09.03.2011 · Dodano: 03.03.2011", "pl"),
    ("Ändrad 9 mars 2011 · Skapad 3 mars 2011", "sv"),
    ("Cập nhật: 09/03/2011 · Ngày đăng: 03/03/2011", "vi"),
])
def test_the_day_a_post_was_created_beside_its_last_change_is_the_publication(line: str, lang: str) -> None:
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1><div class='meta'>{line}</div>", lang=lang)
    assert meta_of(html).date == "2011-03-03"


@pytest.mark.parametrize("line", [
    "Last edited March 9, 2011 · Created March 3, 2011",
    "Created on March 3, 2011 · Last modified March 9, 2011",  # the creation first: its day, not the update's
    "<span>Updated:</span> 9 March 2011 <span>Created:</span> 3 March 2011",
])
def test_an_english_creation_label_beside_an_update_label_gives_the_publication(line: str) -> None:
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1><div class='meta'>{line}</div>", lang="en")
    assert meta_of(html).date == "2011-03-03"


def test_a_creators_credit_beside_an_update_label_gives_no_publication() -> None:
    line = "Created by Ann Lee · Last edited March 9, 2011"  # a creator's credit, then the update
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1><div class='meta'>{line}</div>", lang="en")
    assert meta_of(html).date is None


@pytest.mark.parametrize("line", ["Last edited March 9, 2011", "Zmieniono: 09.03.2011", "Muokattu 9.3.2011",
                                  "Endret 09.03.2011", "Módosítva: 2011. március 9.", "Güncellenme: 09.03.2011"])
def test_a_day_labelled_as_the_last_change_alone_is_not_the_publication(line: str) -> None:
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1><div class='meta'>{line}</div>")
    assert meta_of(html).date is None


@pytest.mark.parametrize("line", [
    "<div class='meta'><span>Updated on</span> <span class='date'>July 9, 2025</span></div>",
    "<div class='meta'><span class='date'>Updated on July 9, 2025</span></div>",
    "<p>By Ann Lee · Updated July 9, 2025</p>",
])
def test_a_date_labelled_as_the_update_is_not_the_publication_date(line: str) -> None:
    published = "<p class='dateline'>Published March 3, 2011</p>"
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1>{line}{published}")
    assert meta_of(html).date == "2011-03-03"
    alone = page("<title>Budget news</title>", f"<h1>Budget news</h1>{line}")
    assert meta_of(alone).date is None  # the page states no publication date


def test_a_sidebar_word_in_the_headlines_own_container_does_not_hide_its_date() -> None:
    # the layout's class names the sidebar beside the story; the story's date is the page's
    story = ("<div class='story-page story-sidebar-mode'><div class='story'><h1>Budget news</h1>"
             "<div class='story-meta'><span class='time-wrapper'>May 31, 2024</span></div>"
             "<p>Text of the story.</p></div></div>")
    assert meta_of(page("<title>Budget news</title>", story)).date == "2024-05-31"
    beside = ("<div class='story'><h1>Budget news</h1><p>Text of the story.</p></div>"
              "<div class='sidebar-posts'><span class='time-wrapper'>May 30, 2024</span></div>")
    assert meta_of(page("<title>Budget news</title>", beside)).date is None


def test_a_date_labelled_as_published_under_a_long_article_gives_the_date() -> None:
    paragraphs = "".join(f"<p>Paragraph {n} of the story, with <a href='/x{n}'>a link</a>.</p>" for n in range(80))
    body = (f"<article><h1>Budget news</h1><div class='text'>{paragraphs}</div>"
            "<div class='meta'><span>Posted on April 13, 2023</span></div>"
            "<div class='comments'><p><span>Posted on May 2, 2023</span> by a reader</p></div></article>")
    assert meta_of(page("<title>Budget news</title>", body)).date == "2023-04-13"
    only_comment = body.replace("<span>Posted on April 13, 2023</span>", "")
    assert meta_of(page("<title>Budget news</title>", only_comment)).date is None  # a comment's date is the comment's


@pytest.mark.parametrize("statement, expected", [
    ("<p>This guide first appeared here, and was originally published on 4 May 2018; we revise it every spring.</p>",
     "2018-05-04"),
    ("<p><em>Erstmals erschienen am 3. März 2016 im Gemeindeblatt.</em></p>", "2016-03-03"),
    ("<p>Artículo publicado originalmente el 12 de junio de 2017.</p>", "2017-06-12"),
    ("<p>Originally posted on <a href='/archive'>our old blog</a> on March 8, 2015.</p>", "2015-03-08"),
    # a later day is no first publication; a comment's statement is the comment's
    ("<p>This guide was originally published on 9 May 2024.</p>", "2022-11-21"),
    ("<div class='comments'><p>Originally posted on 4 May 2018 by a reader.</p></div>", "2022-11-21"),
    # the words in a tail, after a bold note
    ("<p><strong>Editor's note:</strong> this guide was first published on the 2nd of May 2019.</p>", "2019-05-02"),
])
def test_the_day_a_page_states_as_its_first_publication_beats_its_re_dated_dateline(statement: str, expected: str) -> None:
    """A page re-dated on each revision shows the revision's day by its headline and states its
    first day under the text: the first day is the publication."""
    paragraphs = "".join(f"<p>Paragraph {n} of the guide, with <a href='/g{n}'>a link</a>.</p>" for n in range(80))
    body = (f"<article><h1>Pruning fruit trees</h1><p class='post-date'>21 Nov 2022, 10:05am</p>{paragraphs}"
            f"{statement}</article>")
    assert meta_of(page("<title>Pruning fruit trees</title>", body)).date == expected


def test_a_day_the_page_labels_as_posted_keeps_it_against_a_first_publication_line() -> None:
    """"Posted on" by the headline is the page's own label for its publication day."""
    paragraphs = "".join(f"<p>Paragraph {n} of the guide.</p>" for n in range(80))
    body = ("<article><h1>Pruning fruit trees</h1><p>Posted on November 21, 2022</p>"
            f"{paragraphs}<p>This guide was originally published on 4 May 2018.</p></article>")
    assert meta_of(page("<title>Pruning fruit trees</title>", body)).date == "2022-11-21"


def test_a_dateline_near_the_headline_gives_the_date() -> None:
    html = page("<title>Budget news</title>", "<h1>Budget news</h1><p>By Ann Lee · March 3, 2011</p>")
    assert meta_of(html).date == "2011-03-03"


def test_dates_in_a_sidebar_list_of_posts_are_not_the_page_date() -> None:
    sidebar = "<aside><h3>Newest posts</h3><ul><li><span class='post-date'>Sunday, 31.03.2019</span></li></ul></aside>"
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1>{sidebar}")
    assert meta_of(html).date is None


def test_a_published_label_with_the_date_in_the_next_element() -> None:
    html = page("<title>Budget news</title>", "<h1>Budget news</h1><dl><dt>Published:</dt><dd>2017-08-15</dd></dl>")
    assert meta_of(html).date == "2017-08-15"


@pytest.mark.parametrize("author, expected", [
    ("Doe, Jane", "Jane Doe"),  # the citation order in a meta tag is one person
    ("Roe, Jane; Doe, John", "Jane Roe and John Doe"),
    ("Martin Luther King, Jr.", "Martin Luther King, Jr."),
    ("Jane Doe, MS, RDN", "Jane Doe"),
    ("Jane Doe, Ph.D.", "Jane Doe"),
    ("Jane Doe, DVM. Reviewed by John Roe, DVM", "Jane Doe"),
    ("page.head.extra.author", None),  # a template key, not a name
    ("jane.doe", None),  # a user name
])
def test_meta_author_names(author: str, expected: str | None) -> None:
    html = page(f"<meta name='author' content='{author}'><title>Budget news</title>", "<h1>Budget news</h1>")
    assert meta_of(html).byline == expected


@pytest.mark.parametrize("line, expected", [
    ("By Текст: Иван Петров", "Иван Петров"),  # a label after "By"
    ("By Smith, Reuters", "Smith"),  # a wire service after the comma: no name turned round, no co-author
    ("By Kooman, F.", "F. Kooman"),  # ...unless the other side is initials
])
def test_text_byline_names(line: str, expected: str) -> None:
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1><p class='byline'>{line}</p>")
    assert meta_of(html).byline == expected


@pytest.mark.parametrize("line", [
    "JANE DOE",  # the byline again, in capitals
    "By Jane Doe<br>Example Wire",  # and a wire's name after a line break: the whole line repeats the byline
])
def test_a_wire_byline_is_not_repeated_as_a_body_line(line: str) -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the wire story, long enough to be running text in the body "
                         f"of the article that a reader wants to keep.</p>" for i in range(5))
    html = ("<html><head><meta name='author' content='Jane Doe'><title>Port reopens</title></head><body>"
            f"<article><h1>Port reopens</h1><div class='story'><p>{line}</p>{paragraphs}"
            "<p>Jane Doe said the port will reopen.</p></div></article></body></html>")
    article = cleanpage.clean(html)
    assert article.byline == "Jane Doe"
    assert line.split("<br>")[-1] not in article.text
    assert "Jane Doe said the port will reopen." in article.text  # a sentence naming her stays


DATELINE_STORY = "".join(f"<p>Paragraph {i} of the ferry story, long enough to be running text in the body "
                         f"of the article that a reader wants to keep.</p>" for i in range(5))


def dateline_page(line: str, published: str = "2025-12-11") -> str:
    """An article dated `published` by its JSON-LD whose body opens with `line`."""
    return ("<html><head><title>Ferry returns</title><script type='application/ld+json'>"
            f'{{"@type": "NewsArticle", "headline": "Ferry returns", "datePublished": "{published}"}}'
            f"</script></head><body><article><h1>Ferry returns</h1><div class='story'>{line}{DATELINE_STORY}"
            "</div></article></body></html>")


@pytest.mark.parametrize("line", [
    "<p>Dec 11, 2025</p>",
    "<div>11 Dec, 2025</div>",
    "<p>December 11, 2025 - 09:40 GMT</p>",
    "<p>11.12.2025 à 09h40</p>",
])
def test_a_line_that_is_only_the_pages_date_is_no_body_line(line: str) -> None:
    article = cleanpage.clean(dateline_page(line))
    assert article.date == "2025-12-11"
    assert "2025" not in article.text.split("Paragraph 0")[0]
    assert "Paragraph 0 of the ferry story" in article.text


@pytest.mark.parametrize("line", [
    "<p>Jan 5, 2026</p>",  # another day: a timeline's first entry, not the dateline
    "<p>Updated Dec 11, 2025 after the crossing reopened</p>",  # a sentence with the date in it
    "<p>7 min read · Dec 11, 2025</p>",  # a reading time beside it: references keep the line
    "<div><span>7 min read</span> <span>Dec 11, 2025</span></div>",  # the date only a part of its line
])
def test_other_date_lines_stay_in_the_body(line: str) -> None:
    article = cleanpage.clean(dateline_page(line))
    assert lxml.html.fromstring(line).text_content().split()[0] in article.text.split("Paragraph 0")[0]


def test_line_days_reads_only_a_line_that_is_a_date() -> None:
    assert line_days("Dec 11, 2025") == {"2025-12-11"}
    assert line_days("March 4, 2021 - 09:15 GMT") == {"2021-03-04"}
    assert not line_days("Updated Dec 11, 2025")  # a label before it
    assert not line_days("Oct 18, 2019 · 8 min read")
    assert not line_days("The 2025 harbour report, out on Dec 11, 2025")


@pytest.mark.parametrize("url", [
    "https://blog.example.org/articles/2025-12-15+Why+and+how",
    "https://news.example.org/2025/12/15/why-and-how/",
])
def test_the_url_date_is_used_when_the_page_states_none(url: str) -> None:
    html = page("<title>Why and how</title>", "<h1>Why and how</h1>")
    assert meta_of(html, url=url).date == "2025-12-15"


def test_a_wire_dateline_opening_the_first_paragraph() -> None:
    html = page("<title>Harbour news</title>", "<h1>Harbour news</h1><p>Mar. 4, 2016 -- Ferry crossings "
                "to the outer islands have doubled over the last two decades.</p>")
    assert meta_of(html).date == "2016-03-04"
    # the paragraph's first text node ends at a link: short, and still a dateline
    html = page("<title>Harbour news</title>", "<h1>Harbour news</h1><p>Mar. 4, 2016 -- Crossings to "
                "<a href='/islands'>the outer islands</a> are more common than two decades ago.</p>")
    assert meta_of(html).date == "2016-03-04"


def test_a_wrapper_named_like_a_footer_is_not_a_sidebar() -> None:
    html = page("<title>Budget news</title>", "<div class='story-meta-footer'><h1>Budget news</h1>"
                "<time class='dateline'>JULY 29, 2016</time></div>")
    assert meta_of(html).date == "2016-07-29"


# --- the visible headline over a decorated structured title ---------------------------


@pytest.mark.parametrize("structured", [
    "Modern Leather Case - Phone 16 | Black | Leather",
    "Modern Leather Case: Hand-Stitched Covers for Every Phone",
    "Modern Leather Case (2 colours)",
])
def test_the_h1_wins_over_its_structured_title_with_a_tail(structured: str) -> None:
    html = page(f'<meta property="og:title" content="{structured}">',
                "<main><h1>Modern Leather Case</h1><p>A case.</p></main>")
    assert meta_of(html).title == "Modern Leather Case"


@pytest.mark.parametrize("h1", [
    "Modern Leather",  # the structured title continues the sentence: no tail set off
    "Modern Leather Case \u2013 black",  # differs, not a prefix
    "modern leather case",  # the same title but for case: the structured form stays
])
def test_the_structured_title_stays_without_a_separated_tail(h1: str) -> None:
    html = page('<meta property="og:title" content="Modern Leather Case">', f"<main><h1>{h1}</h1></main>")
    assert meta_of(html).title == "Modern Leather Case"


@pytest.mark.parametrize("site", ["", '<meta property="og:site_name" content="Example Forum">'])
def test_a_logo_h1_naming_the_site_is_never_the_headline(site: str) -> None:
    html = page(
        f"<title>Choosing a first fish - Example Forum</title>{site}",
        "<header><h1>Example Forum</h1></header>"
        "<main><h1>Choosing a first fish</h1><p>by <span class='author'>Ann Lee</span></p></main>",
    )
    meta = meta_of(html, "https://forum.example.org/t/1")
    assert (meta.title, meta.byline) == ("Choosing a first fish", "Ann Lee")


def test_a_line_break_in_the_headline_reads_as_a_space() -> None:
    html = page('<meta property="og:title" content="Big Data Analytics: a guide">',
                "<h1>Big<span><br>Data Analytics</span></h1>")
    assert meta_of(html).title == "Big Data Analytics"


def test_a_colon_prefix_that_is_a_sentence_about_the_site_stays() -> None:
    html = page('<meta property="og:site_name" content="Planet">'
                "<title>Planet launches Orbit: a faster way to map</title>")
    assert meta_of(html).title == "Planet launches Orbit: a faster way to map"
    site_first = page('<meta property="og:site_name" content="Planet">'
                      "<title>Planet | State of maps in 2026: trends</title>")
    assert meta_of(site_first).title == "State of maps in 2026: trends"


def test_a_year_after_a_slash_belongs_to_the_headline() -> None:
    assert meta_of(page("<title>Map conferences in Europe 2026 / 2027</title>")).title == (
        "Map conferences in Europe 2026 / 2027"
    )


def test_a_json_ld_title_escaped_twice_is_unescaped() -> None:
    html = page(ld('{"@type":"Article","headline":"And finally&amp;#8230; the end"}'))
    assert meta_of(html).title == "And finally\u2026 the end"


# --- bylines: the publisher filed as the author; names written block by block -------------


def test_the_page_byline_names_the_person_when_the_structured_author_is_the_site() -> None:
    head = ('<meta property="og:site_name" content="Example Times">'
            + ld('{"@type":"NewsArticle","headline":"Rates rise","datePublished":"2025-03-04",'
                 '"author":{"@type":"Organization","name":"Example Times"}}'))
    body = "<article><h1>Rates rise</h1><div class='byline'><span class='author'>Ann Lee</span></div></article>"
    assert meta_of(page(head, body)).byline == "Ann Lee"
    assert meta_of(page(head, "<article><h1>Rates rise</h1></article>")).byline == "Example Times"


def test_a_personal_site_named_after_its_author_keeps_that_author() -> None:
    head = '<meta name="author" content="Ann Lee">'
    body = "<article><h1>Notes</h1><p class='photo-author'>Photo: Bo Chen</p></article>"
    assert meta_of(page(head, body), "https://annlee.example.org/notes").byline == "Ann Lee"


def test_a_byline_written_in_blocks_reads_as_separate_words() -> None:
    body = ("<h1>Rates rise</h1><div class='post-author'><p>Ann Lee</p><small>December 3, 2025</small></div>"
            "<div class='entry-author'><div>Bo Chen</div><div>Last updated: May 2, 2025</div></div>")
    assert meta_of(page("", body)).byline == "Ann Lee"


# --- dates: sentences in date-ish markup, content beside a sidebar ---------------------------


def test_a_sentence_in_date_markup_is_not_the_page_date() -> None:
    body = ("<main><h1>What is the value of it?</h1>"
            "<p class='statement__meta'>Ann Lee on Sunday, October 13th, 2019 in an article in a local paper</p>"
            "<p class='byline'>By Bo Chen <span class='article__meta'>on Monday, November 18th, 2019 at 11:08 a.m."
            "</span></p><p>Text.</p></main>")
    assert meta_of(page("", body)).date == "2019-11-18"


def test_the_content_beside_a_sidebar_is_not_a_sidebar() -> None:
    body = ("<div class='contentWithSidebar'><div class='post'><h1>On recent events</h1>"
            "<p class='topAttributionWithDate'>Tuesday 15 October 2019 by Ann Lee</p><p>Text.</p></div>"
            "<div class='sidebar'><p class='date'>1 May 2020</p></div></div>")
    assert meta_of(page("", body)).date == "2019-10-15"


# --- forum posters --------------------------------------------------------------------------


@pytest.mark.parametrize("poster, expected", [
    ("<a class='username' href='/members/jane_d.1/'>jane_d</a>", "jane_d"),
    ("<a class='bigusername' href='/u/7'>b.walker</a>", "b.walker"),
    ("<span class='username'>Pippin06</span>", "Pippin06"),
    ("<h3 class='PostUser-name'>lathe_fan</h3>", "lathe_fan"),
    ("<span class='user_name'>Pippin06</span>", "Pippin06"),
])
def test_a_forum_threads_first_poster_is_the_byline(poster: str, expected: str) -> None:
    body = (f"<h1>Which lathe for a beginner?</h1><p class='muted'>Discussion started by {poster}</p>"
            "<div class='message'><p>Text.</p></div>")
    assert meta_of(page("<title>Which lathe for a beginner? | Example Forum</title>", body)).byline == expected


# A poster's link with no user-name class: its path names the user its text says. A link under
# the same path that says something else ("Sign up", "Log in") names nobody.
@pytest.mark.parametrize("poster, expected", [
    ("<a class='listing' href='/u/pippin06'><img src='/a.png' alt=''><span>Pippin06</span></a>", "Pippin06"),
    ("<a href='https://talk.example.org/user/lathe_fan42'>lathe_fan42</a>", "lathe_fan42"),
    ("<a href='/users/sign_up'>Sign up</a>", None),
])
def test_a_link_to_the_posters_user_page_names_them(poster: str, expected: str | None) -> None:
    body = (f"<h1>Which lathe for a beginner?</h1><div class='small'>{poster}</div>"
            "<div class='message'><p>Text.</p></div>")
    assert meta_of(page("<title>Which lathe for a beginner? | Example Forum</title>", body)).byline == expected


def test_a_forum_label_or_a_weekday_is_never_a_name() -> None:
    body = ("<h1>Which lathe?</h1><dl><dt><div class='showtopicauthor'>Topic Author</div>"
            "<a class='username' href='/u/1'>changingtimes</a></dt></dl><p>Text.</p>")
    assert meta_of(page("", body)).byline == "changingtimes"
    dated = "<h1>Which lathe?</h1><p class='author'>by <a href='/u/2'>Ann Lee</a> » Wed Mar 13, 2019 9:12 pm</p>"
    assert meta_of(page("", dated)).byline == "Ann Lee"
    assert clean_names("Sat") == []


@pytest.mark.parametrize("author, expected", [
    ("Example Editorial Team", "Example Editorial Team"),
    ("News Desk", "News Desk"),
    ("Redaktion Example", "Redaktion Example"),
    ("Ann Lee, Staff Writer", "Ann Lee"),  # a role after a person stays cut
    ("The Team", None),  # names nobody
    ("Staff", None),
])
def test_a_team_or_desk_named_as_the_only_author(author: str, expected: str | None) -> None:
    assert meta_of(page(f'<meta name="author" content="{author}">')).byline == expected


@pytest.mark.parametrize("href", ["/authors/ann-lee", "https://example.org/author/ann-lee/", "/autor/ann-lee?x=1"])
def test_a_link_to_the_authors_page_is_the_byline(href: str) -> None:
    body = f"<h1>Rates rise</h1><div class='meta'><span><a href='{href}'>Ann Lee</a></span> · 9 min read</div>"
    assert meta_of(page("", body)).byline == "Ann Lee"


def test_a_link_to_a_list_of_authors_is_not_a_byline() -> None:
    body = "<h1>Rates rise</h1><div class='meta'><a href='/authors/'>Our writers</a></div><p>Text.</p>"
    assert meta_of(page("", body)).byline is None


def test_the_author_a_link_preview_labels_when_the_page_shows_no_byline() -> None:
    head = ('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ann Lee">'
            '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="6 minutes">')
    assert meta_of(page(head, "<h1>Rates rise</h1><p>Text.</p>")).byline == "Ann Lee"
    shown = "<h1>Rates rise</h1><p class='byline'>By <span class='author'>Bo Chen</span></p>"
    assert meta_of(page(head, shown)).byline == "Bo Chen"  # the page's own byline first
    reading = '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="6 minutes">'
    assert meta_of(page(reading, "<h1>Rates rise</h1>")).byline is None


def test_a_by_label_in_an_element_of_its_own() -> None:
    body = "<h1>Rates rise</h1><div class='x1'><span>By</span><span>Ann Lee</span><br><span>Photos: Bo Chen</span></div>"
    assert meta_of(page("", body)).byline == "Ann Lee"


def test_a_person_in_the_page_byline_beats_a_team_in_the_meta_author() -> None:
    head = '<meta name="author" content="Valley Ledger Staff">'
    body = "<h1>Rates rise</h1><span class='byline'>By <a href='/author/ann/'>Ann Lee, Staff Writer</a></span>"
    assert meta_of(page(head, body)).byline == "Ann Lee"
    assert meta_of(page(head, "<h1>Rates rise</h1><p>Text.</p>")).byline == "Valley Ledger Staff"


def test_a_utc_instant_takes_the_day_its_time_element_writes_out():
    # the page states the evening before: the UTC day is a conversion, not what it says
    instant = "2019-11-19T07:03:25+00:00"
    head = f'<meta property="article:published_time" content="{instant}">'
    shown = f'<h1>Headline</h1><time datetime="{instant}">November 18, 2019 11:03 PM</time>'
    assert meta_of(page(head, shown)).date == "2019-11-18"
    # the same day written out, or no written day, leaves the instant as it is
    assert meta_of(page(head, f'<h1>Headline</h1><time datetime="{instant}">November 19, 2019</time>')).date == instant
    assert meta_of(page(head, f'<h1>Headline</h1><time datetime="{instant}">2 hours ago</time>')).date == instant


def _posts(days: list[str]) -> str:
    return "".join(f"<li><a href='/p{n}'>Post {n}</a> <time datetime='{day}'>{day}</time></li>"
                   for n, day in enumerate(days))


def test_a_list_of_posts_newest_first_does_not_date_the_page():
    body = f"<main><h1>News</h1><ul>{_posts(['2025-12-09', '2025-11-25', '2025-11-22', '2025-11-19'])}</ul></main>"
    assert meta_of(page(body=body)).date is None


def test_a_thread_oldest_first_takes_its_first_posts_date():
    body = f"<main><h1>A question</h1><ul>{_posts(['2019-08-27', '2019-08-28', '2021-12-11'])}</ul></main>"
    assert meta_of(page(body=body)).date == "2019-08-27"


def _event_cards(href: str) -> str:
    """A calendar of coming events, soonest first, each card a heading that links to `href`."""
    events = (("Atelier de reliure", "April 2, 2024"), ("Repair café", "April 2, 2024"), ("Kite day", "May 9, 2024"))
    return "".join(f"<li><div class='date'>{day}</div><h2><a href='{href.format(n=n)}'>{name}</a></h2>"
                   f"<p>A morning of {name.lower()}.</p></li>" for n, (name, day) in enumerate(events))


def test_a_calendar_of_coming_events_soonest_first_does_not_date_the_page():
    # oldest first as a thread's posts run, but each card leads to another page: a listing
    body = f"<main><h1>Coming up in the valley</h1><p>What is on.</p><ul>{_event_cards('/events/{n}')}</ul></main>"
    assert meta_of(page(body=body)).date is None


def test_a_thread_whose_posts_link_their_own_anchors_keeps_its_first_posts_day():
    # a forum's post headings are permalinks to anchors of the page itself, not cards
    body = f"<main><h1>Coming up in the valley</h1><ul>{_event_cards('./topic?p={n}#p{n}')}</ul></main>"
    assert meta_of(page(body=body)).date == "2024-04-02"


def test_a_list_of_other_posts_before_the_article_leaves_its_own_date():
    days = [f"2025-01-{31 - n:02d}" for n in range(12)]  # a block beyond the window's look back
    posts = f"<div class='menu-news'><ul>{_posts(days)}</ul></div>"
    body = f"{posts}<h1>Headline here</h1><div class='post-date'>March 1, 2017</div><p>Text.</p>"
    assert meta_of(page(body=body)).date == "2017-03-01"


def test_a_post_components_creation_stamp_dates_the_page():
    body = ("<main><post-card created-timestamp='2024-02-14T06:12:37.500000+0000'><div><h1>A question</h1>"
            "<span>2 hr. ago</span></div><p>Text of the post.</p></post-card></main>")
    assert meta_of(page(body=body)).date == "2024-02-14T06:12:37+00:00"
    modified = body.replace("created-timestamp", "modified-timestamp")
    assert meta_of(page(body=modified)).date is None


def test_a_time_labelled_as_the_update_inside_the_article_is_not_the_date():
    text = "<p>Text.</p>" * 150  # beyond the headline's window: the article's <time> elements are read
    body = (f"<main><h1>Getting started</h1>{text}"
            "<p>Last updated: <time datetime='2024-09-03T08:41:29Z'>Sep 3, 2024</time></p></main>")
    assert meta_of(page(body=body)).date is None
    published = body.replace("Last updated:", "Published:")
    assert meta_of(page(body=published)).date == "2024-09-03T08:41:29+00:00"


def _thread(opening: str) -> str:
    post = (f"<div itemscope itemtype='https://schema.org/DiscussionForumPosting'>{opening}"
            "<div itemprop='text'>Which lathe suits a beginner's shed?</div>"
            "<div itemprop='comment' itemscope itemtype='https://schema.org/Comment'>"
            "<span itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>Kestrel</span></span>"
            "<div itemprop='text'>A small one.</div></div></div>")
    crumbs = ("<ol itemscope itemtype='https://schema.org/BreadcrumbList'><li itemprop='itemListElement' itemscope "
              "itemtype='https://schema.org/ListItem'>Forum</li></ol>")
    return page("", crumbs + "<h1>Which lathe?</h1>" + post)


@pytest.mark.parametrize("opening, expected", [
    ("<span itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>hay.p</span></span>",
     "hay.p"),  # a handle that reads as a template key elsewhere, and would give way to a replier
    ("<div itemprop='author' itemscope itemtype='https://schema.org/Person'><meta itemprop='name' content='Noah_B'></div>",
     "Noah_B"),
])
def test_a_threads_opening_post_in_microdata_names_the_author(opening: str, expected: str | None) -> None:
    assert meta_of(_thread(opening)).byline == expected


@pytest.mark.parametrize("container, expected", [
    ("<thread-post author='lathe_fan42' post-type='text'>", "lathe_fan42"),  # a post's web component
    ("<article data-author='Ann Lee'>", "Ann Lee"),
])
def test_a_headlines_container_names_its_author_in_an_attribute(container: str, expected: str) -> None:
    tag = container[1:].split()[0]
    body = f"{container}<h1>Which lathe?</h1><p>Which lathe suits a beginner's shed?</p></{tag}>"
    assert meta_of(page("", body)).byline == expected


def test_a_shown_byline_outranks_the_containers_attribute() -> None:
    body = "<article data-author='ann-lee'><h1>Which lathe?</h1><p class='byline'>By Ann Lee</p><p>Text.</p></article>"
    assert meta_of(page("", body)).byline == "Ann Lee"


@pytest.mark.parametrize("text, expected", [
    ("Ann Lee Writer", ["Ann Lee"]),  # a name, then its role in a line of its own
    ("Ann Lee Senior Staff Writer", ["Ann Lee"]),
    ("Senior Writer Ann Lee", []),  # the role first: no name before it
    ("Example Post News Service", []),  # an outlet's service, not a person
    ("Ann Lee, Example Auto Writer", ["Ann Lee"]),  # after a name, the role's words are no second author
])
def test_a_name_before_its_role_word(text: str, expected: list[str]) -> None:
    assert clean_names(text) == expected


def test_a_byline_box_with_the_name_and_the_role_in_two_lines() -> None:
    body = ("<h1>Which lathe?</h1><div class='author-info'><div class='name'>Ann Lee</div>"
            "<div class='post'>Writer</div></div><p>Text.</p>")
    assert meta_of(page("", body)).byline == "Ann Lee"


def _long_article(after: str) -> str:
    paragraphs = "".join(f"<p>Paragraph {n} on <em>lathes</em>.</p>" for n in range(80))
    return page("", f"<article><h1>Which lathe?</h1>{paragraphs}{after}</article>")


@pytest.mark.parametrize("after, expected", [
    ("<div class='post-author'><span class='author-name'>Ann Lee</span></div>", "Ann Lee"),  # an author box at the end
    ("<dl class='postprofile'><dt><a class='username' href='/u/1'>lathe_fan</a></dt></dl>", "lathe_fan"),  # a first poster
    ("<div class='card'><h3><a href='/other'>Another story</a></h3><span class='author'>Bob Roe</span></div>", None),
    ("<p class='pricing-byline'>billed annually, or more</p>", None),  # a phrase, not a name
])
def test_byline_markup_far_after_the_headline(after: str, expected: str | None) -> None:
    assert meta_of(_long_article(after)).byline == expected


def test_the_wider_window_asks_of_each_element_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The far search walks the narrower window's elements again: each is tested for byline
    markup once a page, with the same answer."""
    asked: list[object] = []
    test = byline_module._is_candidate

    def counted(element: object) -> bool:
        asked.append(element)
        return test(element)

    monkeypatch.setattr(byline_module, "_is_candidate", counted)
    html = _long_article("<div class='post-author'><span class='author-name'>Ann Lee</span></div>")
    assert meta_of(html).byline == "Ann Lee"
    assert asked and len(asked) == len(set(asked))


@pytest.mark.parametrize("wrapper, expected", [
    ("builder-widget builder-widget-author-box", "Ann Lee"),  # a page builder wraps every block so
    ("widget widget_recent_posts", None),  # a sidebar widget names another page's author
])
def test_a_widget_wrapper_is_foreign_only_as_a_sidebar_widget(wrapper: str, expected: str | None) -> None:
    body = (f"<div class='post'><h1>Which lathe?</h1><div class='{wrapper}'><div class='builder-widget-container'>"
            "<h4 class='author-box__name'>Ann Lee</h4></div></div><p>Text.</p></div>")
    assert meta_of(page("", body)).byline == expected


@pytest.mark.parametrize("box, expected", [
    (("<div class='post-author'><h4>Ann Lee</h4><p>Ann writes about workshops and tools for beginners, "
      "and has for twenty years in three countries.</p></div>"), "Ann Lee"),  # the name line before the bio
    (("<div class='author-box'><div class='author-text'><div>Ann Lee</div>"
      "<div class='author-bio'>Ann writes about workshops and tools for beginners, and has for twenty years.</div></div></div>"),
     "Ann Lee"),  # the box holds a bio marked as the author's: its first line still names her
])
def test_an_author_box_far_after_the_headline_gives_its_name_line(box: str, expected: str) -> None:
    assert meta_of(_long_article(box)).byline == expected


@pytest.mark.parametrize("line, expected", [
    ("<p>Written by Ann Lee</p>", "Ann Lee"),  # after the article's text
    ("<h3>Written by <a href='/team/ann'>Ann Lee</a></h3>", "Ann Lee"),
    ("<p>By the end of the day the lathe was done.</p>", None),  # a bare "By" far away starts a sentence
])
def test_a_written_by_line_far_after_the_headline(line: str, expected: str | None) -> None:
    assert meta_of(_long_article(line)).byline == expected


# A closing sentence that credits the writer ("This post was written by …"): the names up to the
# role after them; the role's length does not make the credit a sentence about someone.
@pytest.mark.parametrize("line, expected", [
    ("<div class='post-note'>This post was written by Odile Varga,\nHead of Research and Community "
     "Programmes</div>", "Odile Varga"),
    ("<p>The article is written by Odile Varga and Tomas Brenn</p>", "Odile Varga and Tomas Brenn"),
    ("<p>This post was written by hand over a long winter.</p>", None),
])
def test_a_post_was_written_by_sentence_far_after_the_headline(line: str, expected: str | None) -> None:
    assert meta_of(_long_article(line)).byline == expected


def _longer_article(after: str) -> str:
    """An article whose text runs past the window that byline markup is looked for in (a few
    hundred elements: paragraphs with links, a table of contents), its credit after it."""
    paragraphs = "".join(f"<p>Step {n} on <em>lathes</em> and <a href='/tools/{n}'>chucks</a>.</p>" for n in range(180))
    return page("", f"<article><h1>Which lathe?</h1>{paragraphs}{after}</article><div class='site-footer'>Shop</div>")


@pytest.mark.parametrize("line, expected", [
    ("<p>Written by <a href='/blog/writer/ann-lee-and-bo-roe'>Ann Lee and Bo Roe</a></p><p>April 8, 2024</p>",
     "Ann Lee and Bo Roe"),
    ("<div><p><em>Written by</em> Ann Lee</p></div>", "Ann Lee"),  # the label in an element of its own
    ("<p>Words by Ann Lee</p>", "Ann Lee"),
    ("<p>This guide was <b>written by</b> Ann Lee</p>", "Ann Lee"),  # "by" in the line's second piece
    ("<p>Step 181: by then the chuck is tight, written by hand in the log.</p>", None),  # a sentence
    ("<aside class='related'><p>Written by Bo Roe</p></aside>", None),  # another story's credit
])
def test_a_credit_line_closes_a_long_article(line: str, expected: str | None) -> None:
    assert meta_of(_longer_article(line)).byline == expected


def test_a_day_joined_to_a_word_names_a_version_not_a_publication() -> None:
    version = "<h1>Charges</h1><div><span><span>2024-11-20</span>.<span>basil</span></span></div>"
    assert meta_of(page("<title>Charges</title>", version)).date is None
    plain = "<h1>Charges</h1><div><span><span>2024-11-20</span></span></div>"
    assert meta_of(page("<title>Charges</title>", plain)).date == "2024-11-20"


@pytest.mark.parametrize("label, expected", [
    ("Date Last Reviewed:", None),  # the update, labelled in a box of its own
    ("Date Published:", "2025-04-14"),
])
def test_a_times_label_in_the_box_before_its_own(label: str, expected: str | None) -> None:
    field = (f"<div class='field'><div class='field-label'>{label}</div>"
             "<div class='field-item'><time datetime='2025-04-14T12:00:00Z'>April 2025</time></div></div>")
    text = "".join(f"<p>Paragraph {n} of the page.</p>" for n in range(150))  # the field lies beyond the headline's window
    html = page("<title>Oral health</title>", f"<article><h1>Oral health</h1>{text}{field}</article>")
    assert (meta_of(html).date or "")[:10] == (expected or "")


def _cards(length: int, href: str = "/post-{n}") -> str:
    text = "Words of the entry. " * (length // 20)
    return "".join(f"<li><article class='card'><time datetime='2026-01-0{n}'>Jan {n}, 2026</time>"
                   f"<h3><a href='{href.format(n=n)}'>Another post {n}</a></h3><p>{text}</p></article></li>"
                   for n in (5, 5, 5))


def test_a_time_in_a_card_of_other_posts_is_not_the_page_date() -> None:
    guide = "".join(f"<p>Paragraph {n} of the guide.</p>" for n in range(150))  # the cards lie beyond the headline's window
    body = f"<main><h1>Renovation costs</h1>{guide}<ul>{_cards(40)}</ul></main>"
    assert meta_of(page("<title>Renovation costs</title>", body)).date is None
    # a forum's posts hold their text, their headings link their own anchors
    posts = f"<main><h1>Renovation costs</h1><ul>{_cards(1000, '/topic?p={n}#p{n}')}</ul></main>"
    assert meta_of(page("<title>Renovation costs</title>", posts)).date == "2026-01-05"


def test_the_days_of_a_list_of_date_links_are_not_the_page_date() -> None:
    days = "".join(f"<li><a href='/recent?skip={n}'>{day}, {n} Mar 2026</a></li>"
                   for n, day in ((6, "Fri"), (5, "Thu"), (4, "Wed")))
    html = page("<title>Recent submissions</title>", f"<h1>Recent submissions</h1><ul>{days}</ul>")
    assert meta_of(html).date is None
    dateline = "<ul class='meta'><li>Published March 3, 2011</li><li>Updated March 5, 2011</li></ul>"
    html = page("<title>Budget news</title>", f"<h1>Budget news</h1>{dateline}")
    assert meta_of(html).date == "2011-03-03"


def test_a_list_of_posts_each_labelled_with_its_day_gives_no_date() -> None:
    blurbs = "".join(f"<h2>Story {n}</h2><div><span>Posted Mar {n}, 2026 by ann</span><p>Blurb {n}.</p></div>"
                     for n in (6, 5, 5))
    html = page("<title>Front page</title>", f"<h1>Front page</h1>{blurbs}")
    assert meta_of(html).date is None
    one = "<h2>Story</h2><div><span>Posted Mar 6, 2026 by ann</span><p>Blurb.</p></div>"
    assert meta_of(page("<title>Front page</title>", f"<h1>Front page</h1>{one}")).date == "2026-03-06"


def test_any_entry_of_a_list_of_posts_newest_first_is_not_the_page_date() -> None:
    days = ("2025-10-21", "2025-09-14", "2025-09-02")
    top = f"<div class='top'><time datetime='{days[0]}'>1 month ago</time></div>"
    entries = "".join(f"<div><time datetime='{day}'>months ago</time><p>Entry.</p></div>" for day in days[1:])
    html = page("<title>Headphones</title>", f"<h1>Headphones</h1>{top}<main>{entries}</main>")
    assert meta_of(html).date is None


def test_a_date_elements_unix_time_attribute_gives_the_date() -> None:
    # the text writes a two-digit year ("4/05/19", month or day first); the attribute is exact
    line = "<span class='publish-time' data-publishtime='1554476400417'><a href='/post'>4/05/19 8:00am</a></span>"
    html = page("<title>Stop buying</title>", f"<h1>Stop buying</h1><div>{line}</div>")
    assert meta_of(html).date == "2019-04-05T15:00:00+00:00"
    other = line.replace("data-publishtime", "data-pub-id")  # an id, not a time
    assert meta_of(page("<title>Stop buying</title>", f"<h1>Stop buying</h1><div>{other}</div>")).date is None


def test_a_day_first_date_with_an_ordinal() -> None:
    assert normalize_date("14th May 2023, 09:12") == "2023-05-14"
    assert normalize_date("1st May 2024") == "2024-05-01"


def test_a_day_in_the_title_is_read_last() -> None:
    # a head of many links: beyond the headline's window
    head = "<title>Una solución - 07.12.2017 - El Faro</title>" + "<link rel='stylesheet' href='/s.css'>" * 40
    html = page(head, "<h1>Una solución</h1><p>Texto.</p>")
    assert meta_of(html).date == "2017-12-07"
    dated = "<h1>Una solución</h1><p class='date'>8 de diciembre de 2017</p>"
    assert meta_of(page(head, dated)).date == "2017-12-08"


def test_a_day_among_a_links_words_dates_what_it_links_to() -> None:
    event = "<p><a href='/events/launch'>poetry reading online on 8th May 2021</a></p>"
    assert meta_of(page("<title>Library</title>", f"<h1>Library</h1>{event}")).date is None
    permalink = "<p><a href='/post'>8th May 2021</a></p>"
    assert meta_of(page("<title>Library</title>", f"<h1>Library</h1>{permalink}")).date == "2021-05-08"


def test_a_label_before_a_links_words_and_day_is_not_the_pages() -> None:
    post = "<p>Posted on <a href='https://other.example/forum'>the society's community forum on 2025-07-09</a>:</p>"
    assert meta_of(page("<title>Courses</title>", f"<h1>Courses</h1>{post}")).date is None
    own = "<p>Posted on <a href='/courses'>2025-07-09</a></p>"  # a permalink holding the date alone
    assert meta_of(page("<title>Courses</title>", f"<h1>Courses</h1>{own}")).date == "2025-07-09"


@pytest.mark.parametrize("after", [
    "<div class='carousel testimonials'><div class='item'><p>Great lathes.</p><div class='author'>Ann Lee</div></div></div>",
    "<div role='region' aria-roledescription='carousel'><div><span class='author'>Ann Lee</span></div></div>",
    "<blockquote><p>Great lathes.</p><footer class='author'>Ann Lee</footer></blockquote>",
    ("<section><article><a href='/a'><h3>One</h3></a><span class='author'>Ann Lee</span></article>"
     "<article><a href='/b'><h3>Two</h3></a><span class='author'>Bob Roe</span></article></section>"),
])
def test_far_byline_skips_testimonials_quotes_and_other_posts(after: str) -> None:
    # far from the headline, a name in a slide, a quote or another post's card is not the author's
    assert meta_of(_long_article(after)).byline is None


def _feed_entry(slug: str, day: str) -> str:
    return (f"<div class='story'><div class='story-meta'><a href='/u/ann'>Ann Lee</a> "
            f"<a href='/{slug}'><time datetime='{day}T10:00:00Z'>a day ago</time></a></div>"
            f"<h2><a href='/{slug}'>Notes on {slug}</a></h2></div>")


def test_a_feed_of_div_entries_dates_no_page() -> None:
    # a front page: each <div> entry of the <main> feed links to its post and has its own day, in no order
    days = ("2024-03-07", "2024-03-06", "2024-03-08", "2024-03-05")
    feed = "".join(_feed_entry(f"post-{n}", day) for n, day in enumerate(days))
    assert meta_of(page("", f"<header><h1>Lathe Club</h1></header><main>{feed}</main>")).date is None


def test_an_article_keeps_its_date_over_a_feed_below_it() -> None:
    days = ("2024-03-07", "2024-03-06", "2024-03-08")
    feed = "".join(_feed_entry(f"post-{n}", day) for n, day in enumerate(days))
    body = f"<main><h1>Which lathe?</h1><time datetime='2024-02-01'>1 Feb</time><p>Text.</p>{feed}</main>"
    assert meta_of(page("", body)).date == "2024-02-01"


def test_a_comments_date_under_a_short_post_is_not_the_page_date() -> None:
    # the window reaches the comments under a short post: a comment's <time> and its dated
    # meta line date the comment; the post's own line gives the date
    comment = ("<div id='comments' class='comments-area'><ol><li class='comment'><article class='comment-body'>"
               "<div class='comment-metadata'><a href='#c1'><time datetime='2024-05-09T08:00:00Z'>May 9, 2024"
               "</time></a></div><p>Thanks!</p></article></li></ol></div>")
    body = f"<article><h1>Lathe notes</h1><span>May 2, 2024</span><p>Short post.</p>{comment}</article>"
    assert meta_of(page("", body)).date == "2024-05-02"


def test_a_comments_page_class_on_the_body_does_not_hide_the_posts_date() -> None:
    html = page("", "<article><h1>Lathe notes</h1><time datetime='2024-05-02'>May 2</time><p>Text.</p></article>")
    assert meta_of(html.replace("<body>", "<body class='single comments-open'>")).date == "2024-05-02"


def test_a_comment_word_in_the_posts_own_class_does_not_hide_its_date() -> None:
    # "commented": the post's state, on the <article> that holds the headline
    body = ("<article class='post commented'><h1>Lathe notes</h1><time datetime='2024-05-02T09:00:00Z'>"
            "3 days ago</time><p>Text.</p></article>")
    assert meta_of(page("", body)).date == "2024-05-02T09:00:00+00:00"


@pytest.mark.parametrize(("field", "expected"), [
    ("Founded:", "2019-03-13"),  # a poster's profile field dates the poster, not the page
    ("Joined:", "2019-03-13"),
    ("Date:", "2017-06-03"),  # the page's own date field
])
def test_a_date_in_another_field_is_not_the_page_date(field: str, expected: str) -> None:
    body = ("<h2>Season thread</h2><div class='post'><dl class='profile'><dt><a href='/u/1'>Ann</a></dt>"
            f"<dd><strong>Posts:</strong> 4032</dd><dd><strong>{field}</strong> Jun 3, 2017</dd></dl>"
            "<p class='author'>by <strong><a href='/u/1'>Ann</a></strong> » Wed Mar 13, 2019 9:12 pm</p>"
            "<div class='content'>The season starts.</div></div>")
    assert meta_of(page("", body)).date == expected


def test_an_update_label_split_over_boxes_before_the_date_marks_the_update() -> None:
    body = ("<h1>Best lathes</h1><span class='post-date'><span class='desktop'>Last Updated</span> "
            "<span class='mobile'>on</span> <span class='date'>Mar 14, 2021</span></span><p>Text.</p>")
    assert meta_of(page("", body)).date is None


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("de", "Veröffentlicht am 03.03.24, 14:05 Uhr", "2024-03-03"),
    ("de", "Veröffentlicht am 03.03.24 · Aktualisiert am 09.03.2024", "2024-03-03"),  # the labelled day, not the later one
    ("fr", "Publié le 03/03/24 à 14h05", "2024-03-03"),
    ("ru", "Опубликовано 03.03.24 в 14:05", "2024-03-03"),
    ("en", "Posted 3/13/24", "2024-03-13"),
    ("en", "Posted 3/4/24", None),  # month or day first: either reading is a day
    ("de", "Version 03.03.24", None),  # no label: a version's numbers
])
def test_a_two_digit_year_after_a_publication_label(lang: str, line: str, expected: str | None) -> None:
    body = f"<h1>Budget news</h1><div class='meta'>{line}</div>"
    assert meta_of(page("<title>Budget news</title>", body, lang=lang)).date == expected


@pytest.mark.parametrize(("lang", "update", "day"), [
    ("en", "Updated March 9, 2021", "March 3, 2021"),
    ("de", "Zuletzt aktualisiert: 09.03.2021", "3.3.2021"),
    ("fr", "Mis à jour le 9 mars 2021", "3 mars 2021"),
])
def test_an_update_label_before_its_own_date_does_not_label_the_next_line(lang: str, update: str, day: str) -> None:
    # the label belongs to the day written after it; the line below states the publication
    body = f"<h1>Budget news</h1><div class='meta'>{update}</div><div class='meta'>{day}</div>"
    assert meta_of(page("<title>Budget news</title>", body, lang=lang)).date == "2021-03-03"


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Actualisé le 9 mars 2021 à 10h12"),
    ("de", "Überarbeitet am 09.03.2021"),
    ("ru", "Дата изменения: 09.03.2021"),
    ("uk", "Змінено 9 березня 2021"),
    ("es", "Revisado el 9 de marzo de 2021"),
    ("nl", "Herzien op 9 maart 2021"),
    ("ro", "Ultima actualizare: 9 martie 2021"),
])
def test_a_day_labelled_by_a_revision_word_is_not_the_publication(lang: str, line: str) -> None:
    body = f"<h1>Budget news</h1><div class='meta'>{line}</div>"
    assert meta_of(page("<title>Budget news</title>", body, lang=lang)).date is None


@pytest.mark.parametrize(("lang", "instant", "line", "expected"), [
    ("ko", "2021-03-03T16:30:00Z", "입력 2021.03.04 01:30", "2021-03-04"),  # UTC+9
    ("zh", "2021-03-03T16:30:00Z", "2021-03-04 00:30", "2021-03-04"),  # UTC+8
    ("en", "2021-03-04T02:30:00Z", "2021-03-03 21:30", "2021-03-03"),  # UTC-5
    ("ko", "2021-03-03T16:30:00Z", "2021.03.04 09:10", "2021-03-03"),  # +16:40: no zone's clock
])
def test_a_local_clock_written_without_a_zone_gives_the_day_the_page_states(lang, instant, line, expected) -> None:
    head = f"<title>Budget news</title><meta property='article:published_time' content='{instant}'>"
    body = f"<h1>Budget news</h1><div class='meta'>{line}</div>"
    assert meta_of(page(head, body, lang=lang)).date[:10] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("公開日：令和3年3月3日", "2021-03-03"),
    ("令和元年5月1日", "2019-05-01"),  # the era's first year
    ("平成30年12月3日", "2018-12-03"),
    ("公開日：令和３年３月３日", "2021-03-03"),  # full-width digits
    ("２０２１年３月３日", "2021-03-03"),
    ("更新日：令和3年3月9日", None),  # the update
])
def test_a_japanese_era_year_and_full_width_digits(line: str, expected: str | None) -> None:
    body = f"<h1>予算のニュース</h1><div class='meta'>{line}</div>"
    assert meta_of(page("<title>予算のニュース</title>", body, lang="ja")).date == expected


_INDENT = "\n" + " " * 48  # a template's indentation before the box's first words


@pytest.mark.parametrize("box", [
    f"<div class='date-box'>{_INDENT}<span>Updated on</span> March 14, 2021{_INDENT}</div>",
    f"<div class='datum'>{_INDENT}Aktualisiert am 14. März 2021{_INDENT}</div>",
    f"<div class='date'>{_INDENT}<span>Mis à jour le</span> 14 mars 2021{_INDENT}</div>",
    f"<div class='fecha'>{_INDENT}Actualizado el 14 de marzo de 2021{_INDENT}</div>",
])
def test_an_update_label_after_a_templates_indentation_marks_the_update(box: str) -> None:
    # the label is read in the box's words, not in its first 40 raw characters of white space
    assert meta_of(page("", f"<div><h1>Car care</h1>{box}<p>Text.</p></div>")).date is None
    shown = box.replace("Updated on", "").replace("Aktualisiert am", "").replace("<span>Mis à jour le</span>", "")
    shown = shown.replace("Actualizado el", "")
    assert meta_of(page("", f"<div><h1>Car care</h1>{shown}<p>Text.</p></div>")).date == "2021-03-14"


@pytest.mark.parametrize("time", [
    "<time class='published-date' datetime='2021-03-14T06:00'><span>Updated March 14, 2021</span></time>",
    "<p>Last updated: <time datetime='2021-03-14'>March 14, 2021</time>.</p>",
])
def test_a_time_in_the_window_labelled_as_the_update_is_not_the_date(time: str) -> None:
    # outside any <article>: the window's markup reads it, and its label says update
    assert meta_of(page("", f"<div><h1>Car care</h1><div class='byline'>{time}</div></div>")).date is None


def test_a_table_of_dates_that_read_either_way_dates_no_page() -> None:
    rows = "".join(f"<tr><td>{month}/1/2013</td><td>+13.1%</td></tr>" for month in range(1, 7))
    body = f"<h1>Home prices</h1><table><tr><th>Date</th><th>Change</th></tr>{rows}</table>"
    assert meta_of(page("", body)).date is None


@pytest.mark.parametrize("box", [
    ("<div class='author-box'><div class='name'>Written by <span>Ann Lee</span></div>"
     "<div class='position'>Community Events Coordinator</div></div>"),  # a job title in its own part
    ("<div class='author-box'><div class='pic'><svg><text>AL</text></svg></div>"
     "<h3><a href='/u/ann'>Ann Lee</a></h3></div>"),  # an avatar's initials drawn in SVG
])
def test_a_byline_box_reads_its_name_without_the_parts_beside_it(box: str) -> None:
    assert meta_of(page("", f"<h1>Which lathe?</h1>{box}<p>Text.</p>")).byline == "Ann Lee"


@pytest.mark.parametrize("box, expected", [
    (("<div class='post-author'><h4 class='post-author-heading'>Insights from</h4>"
      "<div class='post-author-box'><span class='author-name'>Ann Lee</span></div></div>"), "Ann Lee"),
    ("<span class='byline'>The Example editors</span>", "The Example editors"),  # a collective, not a phrase
])
def test_a_phrase_in_byline_markup_names_nobody(box: str, expected: str) -> None:
    assert meta_of(page("", f"<h1>Which lathe?</h1>{box}<p>Text.</p>")).byline == expected


@pytest.mark.parametrize("text, expected", [
    ("By Ann Lee and Bo Roe, Example Press", ["Ann Lee", "Bo Roe"]),  # the outlet after the closed list
    ("Ann Lee, Bo Roe and Cy Doe", ["Ann Lee", "Bo Roe", "Cy Doe"]),  # the list's own commas
    ("Ann Lee und Bo Roe, Example Presse", ["Ann Lee", "Bo Roe"]),
])
def test_an_outlet_after_a_list_of_authors_is_no_author(text: str, expected: list[str]) -> None:
    assert clean_names(text) == expected


def test_a_date_left_out_of_a_byline_box_still_ends_its_names() -> None:
    byline = ("<p class='byline'>By <span class='by-author'><a rel='author' href='/u/a'>Ann Lee</a>, </span>"
              "<span class='by-author'><a rel='author' href='/u/b'>Bo Roe</a></span> "
              "<time class='post-date'>3 March 2025</time> <a href='/lathes'>Lathes</a></p>")
    assert meta_of(page("", f"<h1>Which lathe?</h1>{byline}<p>Text.</p>")).byline == "Ann Lee and Bo Roe"


def _dated_cards(date_tag: str, days: tuple[str, ...]) -> str:
    """Cards of a workshop's index, each with its own date element (a <span> with a class, or a
    custom element with a datetime attribute)."""
    topics = ("Bandsaw blades", "Glue-ups", "Sharpening chisels", "Dust hoods")
    return "".join(f"<div class='card'><h3><a href='/notes/{n}'>{topic}</a></h3>{date_tag.format(day=day)}"
                   f"<p>A few lines on {topic.lower()}.</p></div>" for n, (topic, day) in enumerate(zip(topics, days)))


@pytest.mark.parametrize("date_tag", [
    "<span class='card-date'>{day}</span>",
    "<relative-stamp datetime='{day}T09:30:00Z'>a while ago</relative-stamp>",
])
def test_a_listings_first_card_does_not_date_the_page(date_tag: str) -> None:
    # an index of cards, each dating itself (days in no order): the first card's day is not the page's
    days = ("2024-03-04", "2024-03-09", "2024-02-27", "2024-03-01")
    cards = _dated_cards(date_tag, tuple(f"March {int(d[8:])}, 2024" if "span" in date_tag else d for d in days))
    html = page("<title>Workshop journal</title>", f"<header><h1>Workshop journal</h1></header><main>{cards}</main>")
    assert meta_of(html).date is None
    assert meta_of(html, "https://example.org/journal/2024/03/05/index").date == "2024-03-05"  # the URL still may
    # nor is it a day shown by the headline that goes before the page's structured date
    stamped = html.replace("<title>", "<meta property='article:published_time' content='2024-03-11'><title>")
    assert meta_of(stamped).date == "2024-03-11"


@pytest.mark.parametrize("layout", [
    "<main><article>{own}<section class='more'>{related}</section></article></main>",  # related cards further down
    "<main>{own}{related}</main>",  # the article's item is the first of a series, but it holds the headline
])
def test_an_articles_dateline_sharing_its_class_with_related_cards_keeps_the_date(layout: str) -> None:
    # the dateline's class recurs in the related cards, but the item around it is the article
    related = _dated_cards("<span class='card-date'>{day}</span>", ("May 9, 2024", "May 3, 2024", "May 7, 2024"))
    own = "<div class='card'><h1>Planing end grain</h1><span class='card-date'>June 2, 2024</span><p>Text.</p></div>"
    body = layout.format(own=own, related=related)
    assert meta_of(page("<title>Planing end grain</title>", body)).date == "2024-06-02"


def test_a_recent_posts_sidebars_cards_still_date_the_page_they_sit_beside() -> None:
    # no date of its own is read by the headline; a side list's newest entry is the page's post
    recent = "".join(f"<div class='recent-item'><a href='/p/{n}'>Post {n}</a><time datetime='{day}'>{day}</time></div>"
                     for n, day in enumerate(("2025-06-02", "2025-05-11", "2025-04-20")))
    body = (f"<header><h1>Sawdust blog</h1></header><main><article><p>Text of the post.</p></article>"
            f"<aside class='widget'>{recent}</aside></main>")
    assert meta_of(page("<title>Sawdust blog</title>", body)).date == "2025-06-02"


@pytest.mark.parametrize(("name", "expected"), [
    ("Updated Date", None),  # a phrase naming the modification: not the publication date
    ("Last Modified Date", None),
    ("Release Date", "2023-06-14T08:45:00+00:00"),  # a phrase ending in a key still names the date
])
def test_a_meta_name_phrase_naming_the_update_gives_no_date(name: str, expected: str | None) -> None:
    head = f"<meta name='{name}' content='2023-06-14T08:45:00Z'><title>Boat repairs</title>"
    assert meta_of(page(head, "<h1>Boat repairs</h1><p>We repair hulls and sails.</p>")).date == expected


def _credited_cards(credit: str, people: tuple[str, ...], summary: str = "A short note.") -> str:
    """Entries of a pottery guild's index, each crediting its own writers (a line of names
    with a class, or a link to the writer's page with none)."""
    topics = ("Glaze recipes", "Kiln wash", "Throwing lids", "Trimming feet")
    return "".join(f"<div class='entry'><h3><a href='/notes/{n}'>{topic}</a></h3>"
                   f"{credit.format(name=name, slug=name.lower().replace(' ', '-'))}<p>{summary}</p></div>"
                   for n, (topic, name) in enumerate(zip(topics, people)))


_GUILD_WRITERS = ("Orla Brennick", "Tamsin Vayle", "Kofi Arden", "Rhea Solberg")


@pytest.mark.parametrize("credit", [
    "<div class='entry-authors'>{name}, <a href='/find?who={slug}'>Ida Marsh</a></div>",
    "<p><a href='/authors/{slug}'>{name}</a></p>",  # a writer's page link, no class on it
])
def test_a_listings_first_card_does_not_give_the_byline(credit: str) -> None:
    # an index of cards, each naming its own writers: the first card's are not the page's author
    cards = _credited_cards(credit, _GUILD_WRITERS)
    html = page("<title>Guild notes</title>", f"<header><h1>Guild notes</h1></header><main>{cards}</main>")
    assert meta_of(html).byline is None


def test_a_threads_first_poster_still_gives_the_byline() -> None:
    # a thread's posts each name their poster, but hold their text (no cards): the first opened it
    question = "<p>" + "My kiln stalls at cone five and the elements look fine; what else should I check? " * 6 + "</p>"
    posts = "".join(f"<div class='post'><span class='username'>{name}</span>{question}</div>"
                    for name in ("clay_owl", "kilnrat", "glazehound"))
    html = page("<title>Kiln stalls at cone five</title>", f"<h1>Kiln stalls at cone five</h1><div class='thread'>{posts}</div>")
    assert meta_of(html).byline == "clay_owl"


@pytest.mark.parametrize("layout", [
    "<main><article>{own}<section class='more'>{related}</section></article></main>",  # related cards further down
    "<main>{own}{related}</main>",  # the article is the first entry of the series, but it holds the headline
])
def test_an_articles_byline_sharing_its_class_with_related_cards_is_kept(layout: str) -> None:
    related = _credited_cards("<div class='entry-authors'>{name}</div>", _GUILD_WRITERS[1:])
    own = "<div class='entry'><h1>Firing with wood</h1><div class='entry-authors'>Orla Brennick</div><p>Text.</p></div>"
    html = page("<title>Firing with wood</title>", layout.format(own=own, related=related))
    assert meta_of(html).byline == "Orla Brennick"


def test_a_byline_link_among_paragraphs_of_plain_links_is_kept() -> None:
    # each paragraph holds a link with no class, but only the first is a byline: no series of bylines
    links = "".join(f"<p>See <a href='/glossary/{w}'>{w}</a> for more.</p>" for w in ("bisque", "slip", "grog"))
    body = ("<h1>Why pots crack</h1><div class='entry-content'>"
            f"<p><a href='/authors/kofi-arden'>Kofi Arden</a>, Guild of Potters</p>{links}</div>")
    assert meta_of(page("<title>Why pots crack</title>", body)).byline == "Kofi Arden"


@pytest.mark.parametrize(("shown", "expected"), [
    ("", None),  # one word in capitals the page never shows: a system's code for who filed it
    ("<p>Figures from NOAA and two universities.</p>", "NOAA"),  # an agency the page names
])
def test_a_meta_author_in_capitals_the_page_never_shows_is_a_code(shown: str, expected: str | None) -> None:
    code = "NOAA" if expected else "QRTWXNB"
    head = (f"<title>Rain gauges</title><meta name='author' content='{code}'>"
            f"<script>var desk = '{code}';</script>")  # a script's copy is not shown
    body = f"<article><h1>Rain gauges</h1><p>Gauges were read at dawn.</p>{shown}<script>track('{code}')</script></article>"
    assert meta_of(page(head, body)).byline == expected


def test_a_listings_first_cards_by_line_does_not_give_the_byline() -> None:
    # the cards credit their writers in a plain "By …" line, no markup: still each card's own
    cards = _credited_cards("<p>By {name}</p>", _GUILD_WRITERS)
    html = page("<title>Guild notes</title>", f"<header><h1>Guild notes</h1></header><main>{cards}</main>")
    assert meta_of(html).byline is None


def test_a_by_line_in_the_first_of_an_articles_sections_is_kept() -> None:
    # the article's text comes in sibling sections of plain paragraphs: only the first has a "By" line
    sections = "".join(f"<section class='part'><p>Part {n} of the notes on slips.</p></section>" for n in (2, 3, 4))
    body = (f"<header><h1>Notes on slips</h1></header><main><section class='part'><p>By Tamsin Vayle</p>"
            f"<p>Part 1 of the notes on slips.</p></section>{sections}</main>")
    assert meta_of(page("<title>Notes on slips</title>", body)).byline == "Tamsin Vayle"


@pytest.mark.parametrize("text, expected", [
    ("Mar 3, 2021 Ilse Marrow", ["Ilse Marrow"]),  # the day the meta line gives first
    ("2021-03-03 · Ilse Marrow", ["Ilse Marrow"]),
    ("3 March 2021 | By Ilse Marrow", ["Ilse Marrow"]),
    ("Ilse Marrow", ["Ilse Marrow"]),
    ("May 2, 2022 at 7:15 am Updated May 3, 2022 at 9:40 am", []),  # a dateline going on in lower case: no name
])
def test_a_day_before_the_name_is_read_past(text: str, expected: list[str]) -> None:
    assert clean_names(text) == expected


# A site's home page is its front: the days it shows are its teasers', not a publication date of
# its own. The date its own metadata states stands as stated; the same page at an article's address keeps
# its dateline.
@pytest.mark.parametrize(("url", "head", "expected"), [
    ("https://www.quillmoor.example/", "", None),
    ("https://www.quillmoor.example/", '<meta property="article:published_time" content="2019-04-02T08:00:00Z">',
     "2019-04-02T08:00:00+00:00"),
    ("https://www.quillmoor.example/news/ferry-timetables", "", "2011-03-03"),
])
def test_a_home_pages_teaser_days_are_not_its_date(url: str, head: str, expected: str | None) -> None:
    html = page(f"<title>Ferry timetables</title>{head}", "<h1>Ferry timetables</h1><p>By Ann Lee · March 3, 2011</p>")
    assert meta_of(html, url).date == expected


# A shop's product page carries the day its listing was made (article:published_time, a WebPage's
# datePublished): no publication, unless the page shows that day or marks up an article (a review).
_PRODUCT_LD = ld('{"@type": "Product", "name": "Cedar Bird Table"}')
_STAMP = '<meta property="article:published_time" content="2018-06-11T09:00:00Z">'


@pytest.mark.parametrize(("head", "body", "expected"), [
    (_PRODUCT_LD + _STAMP, "", None),
    ('<meta property="og:type" content="product">' + _STAMP, "", None),
    (_PRODUCT_LD + _STAMP, "<p class='date'>June 11, 2018</p>", "2018-06-11T09:00:00+00:00"),
    (_PRODUCT_LD + ld('{"@type": "Review", "datePublished": "2018-06-11"}') + _STAMP, "", "2018-06-11"),
    (_PRODUCT_LD + ld('{"@type": "BlogPosting", "headline": "Cedar Bird Table", "datePublished": "2018-06-11"}'), "",
     "2018-06-11"),
    (_STAMP, "", "2018-06-11T09:00:00+00:00"),
])
def test_a_product_listings_unshown_stamp_is_no_publication_date(head: str, body: str, expected: str | None) -> None:
    html = page(f"<title>Cedar Bird Table</title>{head}", f"<h1>Cedar Bird Table</h1>{body}<p>Hand-made from cedar.</p>")
    assert meta_of(html, "https://shop.quillmoor.example/products/cedar-bird-table").date == expected


# Thai dates count the years of the Buddhist era, 543 ahead of the common era's, the month written
# out or shortened with dots, the year whole or in its last two digits; a Thai month with a
# common-era year is read as it stands.
@pytest.mark.parametrize(("value", "expected"), [
    ("5 มีนาคม 2567", "2024-03-05"),
    ("วันอังคารที่ 5 มีนาคม 2567 10:12 น.", "2024-03-05"),
    ("5 มีนาคม 2024", "2024-03-05"),
    ("5 มี.ค. 2567", "2024-03-05"),
    ("อังคาร 5 มี.ค. 67 10:12 น.", "2024-03-05"),
    ("31 ธ.ค. 66", "2023-12-31"),
])
def test_a_thai_date_in_the_buddhist_era(value: str, expected: str) -> None:
    assert normalize_date(value) == expected


# Persian pages date a story in the solar hijri calendar, in Persian digits or with a Persian
# month's name; a Gregorian date in Persian digits is read as it stands.
@pytest.mark.parametrize(("value", "expected"), [
    ("۱۴۰۲/۱۲/۱۵", "2024-03-05"),
    ("سه‌شنبه ۱۵ اسفند ۱۴۰۲ - ۱۰:۱۲", "2024-03-05"),
    ("۱۴۰۳/۰۷/۰۱", "2024-09-22"),
    ("۱۳۹۹/۱۲/۳۰", "2021-03-20"),
    ("۱۴۰۲/۱۳/۰۱", None),
    ("۵ مارس ۲۰۲۴", "2024-03-05"),
])
def test_a_persian_date_in_the_solar_hijri_calendar(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected


def test_a_lower_heading_that_says_the_title_anchors_the_byline() -> None:
    """No h1 or h2 heads the story, an h4 says its title: the byline below it is read, however
    long the menu before it."""
    menu = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(140))
    html = ("<html><head><title>Harbour market may move inland | Velmora Post</title>"
            '<meta property="og:title" content="Harbour market may move inland"></head><body>'
            f"<nav><ul>{menu}</ul></nav><div class='story'><h4>Harbour market may move inland</h4>"
            "<p><strong>By Corran Vell</strong></p>"
            "<p>The harbour council met on Thursday to weigh a plan that would move the fish market "
            "two streets inland, a change traders have argued about for a decade.</p></div></body></html>")
    assert extract_metadata(lxml.html.fromstring(html)).byline == "Corran Vell"


# A single right-pointing angle quotation mark sets the site off as "»" does; the site's name in
# brackets before or after the headline is cut when the brackets name the site, and a bracket
# that names something else stays.
@pytest.mark.parametrize(("page_title", "expected"), [
    ("Ferry timetable changes › Velmora Post", "Ferry timetable changes"),
    ("[Velmora Post] Ferry timetable changes", "Ferry timetable changes"),
    ("Ferry timetable changes (Velmora Post)", "Ferry timetable changes"),
    ("Ferry timetable changes (Harbour Board)", "Ferry timetable changes (Harbour Board)"),
])
def test_site_names_set_off_by_an_angle_quote_or_brackets(page_title: str, expected: str) -> None:
    html = (f"<html><head><title>{page_title}</title><meta property='og:site_name' content='Velmora Post'>"
            "</head><body><article><p>The harbour council met on Thursday to weigh a plan that would move "
            "the ferry pier two streets east.</p></article></body></html>")
    assert extract_metadata(lxml.html.fromstring(html)).title == expected


# Chinese titles join the headline, its channel and the site with underscores between their
# characters; a name in lenticular brackets before the headline is cut whatever it names, in square
# ones when written in Chinese, Japanese or Korean; on a news story, one word before the only bar
# and a headline of several words after it is the site.
# A snake_case name in a title stays whole.
@pytest.mark.parametrize(("page_title", "expected"), [
    ("港口新规今日出台_新海日报", "港口新规今日出台"),
    ("港口新规今日出台_财经频道_新海网", "港口新规今日出台"),
    ("【新海日报】港口新规今日出台", "港口新规今日出台"),
    ("[新海日报] 港口新规今日出台", "港口新规今日出台"),
    ("［速報］港の新しい規則が決定", "港の新しい規則が決定"),
    ("[Update] Ferry timetable changes from Monday", "[Update] Ferry timetable changes from Monday"),
    ("Velmorapost | Ferry timetable changes from Monday", "Ferry timetable changes from Monday"),
    ("Using the read_config helper in scripts", "Using the read_config helper in scripts"),
])
def test_a_news_title_without_its_site_in_cjk_and_bar_forms(page_title: str, expected: str) -> None:
    html = (f"<html><head><title>{page_title}</title><meta property='og:type' content='article'>"
            "</head><body><p>The harbour council met on Thursday to weigh a plan that would move "
            "the ferry pier two streets east.</p></body></html>")
    assert extract_metadata(lxml.html.fromstring(html)).title == expected


def test_one_word_before_a_bar_stays_off_an_article() -> None:
    """Elsewhere the one word before a bar is as often the page's own name ("Contact | Example")."""
    html = ("<html><head><title>Contact | Velmora Harbour Ferry Company</title></head><body>"
            "<p>Write to the harbour office on weekdays.</p></body></html>")
    assert extract_metadata(lxml.html.fromstring(html)).title == "Contact"


# On a news story, a section's one-word name set off by the same separator as the site before or
# after the headline goes with the site (Chinese words counted two characters each, a run of katakana
# as one); a headline of a few words, or one whose part after the dash opens lower-case, stays whole.
@pytest.mark.parametrize(("page_title", "expected"), [
    ("Politik - Neue Fähre zwischen den Inseln geplant - Velmora Bote", "Neue Fähre zwischen den Inseln geplant"),
    ("Nouvelle liaison entre les deux îles - Société - Velmora Matin", "Nouvelle liaison entre les deux îles"),
    ("Ferry fares rise - and the islands wait - Velmora Post", "Ferry fares rise - and the islands wait"),
    ("Ferries - Islands - Velmora Post", "Ferries - Islands"),
    ("Nuovo traghetto tra le due isole | Cronaca | Velmora Sera", "Nuovo traghetto tra le due isole"),
    ("港口新规今日出台-新闻-新海网", "港口新规今日出台"),
    ("港口新规今日出台|新海网", "港口新规今日出台"),
    ("港の新しい規則が今日決まった | ビジネス | 新海新聞", "港の新しい規則が今日決まった"),  # a katakana word: one
])
def test_a_section_beside_a_news_headline_goes_with_the_site(page_title: str, expected: str) -> None:
    html = (f"<html><head><title>{page_title}</title><meta property='og:type' content='article'>"
            "</head><body><p>The harbour council met on Thursday to weigh a plan that would move "
            "the ferry pier two streets east.</p></body></html>")
    assert extract_metadata(lxml.html.fromstring(html)).title == expected


@pytest.mark.parametrize(("head", "kind"), [
    ('<meta property="og:type" content="product.group">', "collection"),  # a shop's group of products
    ('<meta property="og:type" content="product.item">', "product"),
    ('<meta property="og:type" content="product">', "product"),
    ('<meta property="og:type" content="product.group"><script type="application/ld+json">'
     '{"@type": "ProductGroup", "name": "Trail Runner Shoes"}</script>', "product"),  # one product, its sizes
])
def test_an_open_graph_group_of_products_is_a_collection(head: str, kind: str):
    """Open Graph's "product.group" names a shop's page of products: a collection, whose items
    are its content; its title is still read as a product's (the product h1 test below)."""
    html = page(head + "<title>Buy Trail Runner Shoes at Green Shed</title>", "<h1>Trail Runner Shoes</h1>")
    meta = meta_of(html)
    assert meta.kind == kind
    assert meta.title == "Trail Runner Shoes"


@pytest.mark.parametrize("line, expected", [
    ("Ines Carrow | vrijdag 3 april 2026", "Ines Carrow"),
    ("Tomás de la Vega · 12.03.2025", "Tomás de la Vega"),
    ("Local News | Culture", None),  # no day after the separator: a section's line
    ("ines carrow | 3 April 2026", None),  # lower case: no name
])
def test_an_unlabelled_name_then_the_day_under_the_headline_is_the_byline(line: str, expected: str | None) -> None:
    body = (f"<div id='m'><div class='hl'>The harbour gets a new ferry</div><div class='i'>{line}</div>"
            "<div class='t'>The ferry arrives in May.<br><br>It carries two hundred people and their bicycles "
            "across the bay every hour.</div></div>")
    html = page("<title>The harbour gets a new ferry</title>", body)
    assert meta_of(html).byline == expected


# --- titles a site's template words otherwise -------------------------------------------------


def test_an_h1_saying_the_titles_words_in_another_order_is_the_title():
    html = page("<title>Jobs in Salzburg – Care &amp; Health | Example Jobs</title>",
                "<h1>Jobs in Care &amp; Health in Salzburg</h1>")
    assert meta_of(html).title == "Jobs in Care & Health in Salzburg"


def test_an_h1_with_other_words_than_the_title_does_not_reorder_it():
    html = page("<title>Jobs in Salzburg – Care &amp; Health | Example Jobs</title>", "<h1>Find your next job</h1>")
    assert meta_of(html).title != "Find your next job"


def test_a_blogs_name_in_the_h1_and_the_post_in_an_h2_the_title_is_the_posts():
    html = page("<title>Noodle Notes | Khao soi in a small lane by the temple</title>",
                "<div class='header'><h1 class='blog-name'>Noodle Notes</h1></div>"
                "<h2 class='post-title entry-title'>Khao soi in a small lane by the temple</h2>")
    assert meta_of(html).title == "Khao soi in a small lane by the temple"


def test_a_blogs_name_in_the_h1_with_no_h2_saying_the_rest_stays_the_title():
    html = page("<title>Noodle Notes | Khao soi in a small lane by the temple</title>",
                "<div class='header'><h1 class='blog-name'>Noodle Notes</h1></div><h2>Archive</h2>")
    assert meta_of(html).title == "Noodle Notes"  # (no h2 says the post: the blog's front page)


@pytest.mark.parametrize("share, h1, expected", [
    ("Linen Shirt – Sage Green", "Linen Shirt – Sage Green", "Linen Shirt – Sage Green"),
    ("Wollmantel - Dunkelblau", "Wollmantel - Dunkelblau", "Wollmantel - Dunkelblau"),
    ("Chaise pliante en chêne - Naturel", "Chaise pliante en chêne - Naturel", "Chaise pliante en chêne - Naturel"),
    # a pack size beside the name in the h1: the share line's name alone
    ("Honey Oat Bars - 12 Bars", "Honey Oat Bars - 12 Bars", "Honey Oat Bars"),
    # the tail names the site: cut
    ("Linen Shirt – Harbour Mill", "Linen Shirt – Harbour Mill", "Linen Shirt"),
])
def test_a_tail_the_h1_shows_with_the_share_title_stays(share: str, h1: str, expected: str) -> None:
    """A short capitalised tail after a dash reads like a site's name and is cut from the share
    line; where the page's h1 shows it whole, it is part of the product's name (a colour)."""
    html = page(f"<title>{share} – Harbour Mill</title><meta property='og:title' content='{share}'>"
                "<meta property='og:type' content='product'><meta property='og:site_name' content='Harbour Mill'>",
                f"<h1>{h1}</h1><p>Soft and light, for warm days by the sea.</p>")
    assert meta_of(html).title == expected


@pytest.mark.parametrize("page_title, h1", [
    ("Children's dentistry – Lotus Dental Clinic of the Old Town", "Children's dentistry: gentle check-ups, no tears"),
    ("Kinderzahnheilkunde | Zahnarztpraxis am Alten Markt Nord", "Kinderzahnheilkunde: sanfte Kontrolle ohne Tränen"),
    ("Odontopediatría - Clínica Dental Los Olivos de Sevilla", "Odontopediatría: revisiones suaves y sin lágrimas"),
])
def test_an_h1_that_adds_a_subtitle_to_the_titles_head_is_the_title(page_title: str, h1: str) -> None:
    """The <title> says the service's name and the site's (too long to cut as one); the page's
    h1 says the same name with a subtitle after a colon: the h1 is the title."""
    html = page(f"<title>{page_title}</title>", f"<h1>{h1}</h1><p>We see children from their first tooth.</p>")
    assert meta_of(html).title == h1


def test_an_h1_that_only_shares_the_titles_head_word_for_word_does_not_replace_it() -> None:
    html = page("<title>Children's dentistry – Lotus Dental Clinic of the Old Town</title>",
                "<h1>Children's dentistry for the whole family</h1><p>We see children from their first tooth.</p>")
    assert meta_of(html).title != "Children's dentistry for the whole family"


@pytest.mark.parametrize("site, headline", [
    ("Il Messaggero di Valleverde", "Tram, il cantiere di via Roma slitta all'estate"),
    ("Der Talbote Kurier am Fluss", "Neue Fähre verbindet die beiden Ufer ab Mai"),
    ("The Harbour Evening Post Online", "Ferry to the islands runs again from May"),
])
def test_an_h1_that_the_description_says_beats_a_title_naming_the_site(site: str, headline: str) -> None:
    """The <title> is the paper's name alone; the description and the one h1 say the headline."""
    html = page(f"<title>{site}</title><meta name='description' content=\"{headline}\">",
                f"<h1>{headline}</h1><p>The works on the line go on through the spring.</p>")
    assert meta_of(html).title == headline


@pytest.mark.parametrize("page_title, expected", [
    ("How Does A Tide Clock Keep Time？", "How Does A Tide Clock Keep Time?"),
    ("Wie funktioniert eine Wärmepumpe？", "Wie funktioniert eine Wärmepumpe?"),
    ("Guide（2026）：les meilleurs vélos", "Guide(2026):les meilleurs vélos"),
    ("港口新规出台？十问十答", "港口新规出台？十问十答"),  # a Chinese title keeps its own marks
    ("전세 계약 만기 전에 이사？", "전세 계약 만기 전에 이사？"),
])
def test_full_width_marks_in_a_latin_title_are_the_plain_ones(page_title: str, expected: str) -> None:
    assert meta_of(page(f"<title>{page_title}</title>", "<p>Text.</p>")).title == expected


# A promoted post's card: an <article> of its own, its heading a link, its <time> that post's day.
TEASER_CARD = ("<article class='teaser'><a href='/other-post'><div><h2><span>Sensors that sleep</span></h2>"
               "<div class='field-date'><time datetime='2024-05-14T09:00:00Z'><p>14/05/2024</p></time></div>"
               "</div></a></article>")


def test_a_teaser_card_article_inside_the_pages_article_does_not_date_it():
    """The page's <article> holds its headline and, below its text (beyond the headline's window),
    a promoted post's card (an <article> of its own, its heading a link): the card's <time> dates
    that post, not the page."""
    text = "<p>Text of the topic page.</p>" * 150
    body = (f"<main><article class='topic'><p class='topic-update'>Updated on 02/03/2025</p><h1>Small radios</h1>"
            f"{text}<div class='promoted'>{TEASER_CARD}</div></article></main>")
    assert meta_of(page(body=body)).date is None
    own = body.replace("<h1>Small radios</h1>",
                       "<h1>Small radios</h1><time datetime='2023-11-02T08:00:00Z'>2 Nov 2023</time>")
    assert meta_of(page(body=own)).date == "2023-11-02T08:00:00+00:00"


def test_a_teaser_card_article_by_the_headline_does_not_date_the_page():
    """A short topic page: a promoted post's card (an <article> of its own, its heading a link)
    right under the page's few lines, in the headline's window: its date markup dates that post."""
    body = (f"<main><article class='topic'><h1>Small radios</h1><p>Text of the topic page.</p>"
            f"<div class='promoted'>{TEASER_CARD}</div></article></main>")
    assert meta_of(page(body=body)).date is None
    dated = body.replace("<h1>Small radios</h1>", "<h1>Small radios</h1><div class='post-date'>2 Nov 2023</div>")
    assert meta_of(page(body=dated)).date == "2023-11-02"


# A dateline box that opens with the author's name and role: the update label sits just before
# the date's year, past the box's first words, and still marks the day as the update; the same
# box with a publication label keeps its day.
@pytest.mark.parametrize(("label", "published", "day"), [
    ("Updated on", "Published on", "July 9, 2025"),
    ("Aktualisiert am", "Veröffentlicht am", "9. Juli 2025"),
    ("Mis à jour le", "Publié le", "9 juillet 2025"),
    ("Actualizado el", "Publicado el", "9 de julio de 2025"),
    ("Aggiornato il", "Pubblicato il", "9 luglio 2025"),
])
def test_an_update_label_after_the_authors_line_in_a_dateline_box(label: str, published: str, day: str) -> None:
    def box(word: str) -> str:
        return ("<div class='article-meta'><span>By Ann Lee</span> <span>Ann Lee</span>"
                f"<div>Garden Editor, Velmora Post</div> <a href='/guidelines'>Editorial Guidelines</a> <div>{word} {day}</div></div>")
    story = "<p>The allotment society met on Thursday to plan its autumn show.</p>"
    assert meta_of(page("<title>Garden news</title>", f"<h1>Garden news</h1>{box(label)}{story}")).date is None
    assert meta_of(page("<title>Garden news</title>", f"<h1>Garden news</h1>{box(published)}{story}")).date == "2025-07-09"


# No heading on the page says the title: a template prints it in a paragraph or box of its own,
# the dateline under it. That line anchors the window, however long the menu before it; a
# linked title (a card's or a menu's: the line holds a link) anchors nothing.
@pytest.mark.parametrize(("lang", "title", "dateline", "day"), [
    ("en", "Harbour market may move inland", "<small><b>March 5, 2024</b> - Posted by Corran Vell</small>", "2024-03-05"),
    ("pt", "Mercado do porto pode mudar de lugar", "<small><b>05/03/2024</b> - Publicado por: Corran Vell</small>", "2024-03-05"),
    ("de", "Hafenmarkt zieht ins Landesinnere", "<div><p>Corran Vell</p><p>5. März 2024</p></div>", "2024-03-05"),
    ("es", "El mercado del puerto se traslada", "<div><span>Corran Vell</span> <span>5 de marzo de 2024</span></div>", "2024-03-05"),
])
def test_a_title_line_that_is_no_heading_anchors_the_dateline(lang: str, title: str, dateline: str, day: str) -> None:
    menu = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(140))
    story = ("<p>The harbour council met on Thursday to weigh a plan that would move the fish market "
             "two streets inland, a change traders have argued about for a decade.</p>")
    head = f"<title>{title} | Velmora Post</title>"
    line = f"<div class='post'><p class='titulo'>{title}</p>{dateline}{story}</div>"
    assert meta_of(page(head, f"<nav><ul>{menu}</ul></nav>{line}", lang=lang)).date == day
    linked = f"<div class='post'><p class='titulo'><a href='/elsewhere'>{title}</a></p>{dateline}{story}</div>"
    assert meta_of(page(head, f"<nav><ul>{menu}</ul></nav>{linked}", lang=lang)).date is None


# The author box under a long text: the credit in so many words, the date on a line of its own
# right after it. A bare "By" (a sentence may open so), a credit followed by a sentence, and a
# credit in the comments date nothing.
_LONG_TEXT = "".join(f"<p>Paragraph {n} of the guide to planting an orchard on a windy slope.</p>" for n in range(130))


@pytest.mark.parametrize(("lang", "credit", "day"), [
    ("en", "Written by <a href='/team/ann-lee'>Ann Lee</a>", "April 8, 2024"),
    ("de", "Geschrieben von <a href='/team/ann-lee'>Ann Lee</a>", "8. April 2024"),
    ("fr", "Rédigé par <a href='/team/ann-lee'>Ann Lee</a>", "8 avril 2024"),
    ("es", "Escrito por <a href='/team/ann-lee'>Ann Lee</a>", "8 de abril de 2024"),
    ("it", "Autore: <a href='/team/ann-lee'>Ann Lee</a>", "8 aprile 2024"),
])
def test_a_date_line_after_the_credit_in_the_author_box_under_the_text(lang: str, credit: str, day: str) -> None:
    def article(box: str) -> str:
        return f"<article><h1>Orchard guide</h1>{_LONG_TEXT}{box}</article>"
    boxed = f"<div class='author-box'><p>{credit}</p><p>{day}</p></div>"
    assert meta_of(page("<title>Orchard guide</title>", article(boxed), lang=lang)).date == "2024-04-08"
    bare = f"<div class='author-box'><p>By <a href='/team/ann-lee'>Ann Lee</a></p><p>{day}</p></div>"
    assert meta_of(page("<title>Orchard guide</title>", article(bare), lang=lang)).date is None
    sentence = f"<div class='author-box'><p>{credit}</p><p>The orchard was first planted in {day[-4:]} on the slope.</p></div>"
    assert meta_of(page("<title>Orchard guide</title>", article(sentence), lang=lang)).date is None
    comment = f"<div class='comments'><div class='comment'><p>{credit}</p><p>{day}</p></div></div>"
    assert meta_of(page("<title>Orchard guide</title>", article(comment), lang=lang)).date is None


# A <time> of the UTC instant that writes the reader's day without its year ("Posted Mar 3,
# 9:40 PM"): the day before or after the UTC one is the day the page states; the UTC day written
# so, or a day two away (no time zone's), leaves the instant as it is.
@pytest.mark.parametrize(("lang", "shown", "expected"), [
    ("en", "Posted Mar 3, 9:40 PM", "2021-03-03"),
    ("en", "Posted Mar 4, 2:40 AM", "2021-03-04T02:40:12+00:00"),
    ("en", "Posted Mar 2, 9:40 PM", "2021-03-04T02:40:12+00:00"),
    ("de", "Veröffentlicht um 21:40 Uhr am 3. März", "2021-03-03"),
    ("es", "Publicado a las 21:40 del 3 de marzo", "2021-03-03"),
    ("fr", "Publié le 3 mars à 21 h 40", "2021-03-03"),
])
def test_a_utc_instant_takes_the_day_its_time_element_writes_without_a_year(lang: str, shown: str, expected: str) -> None:
    instant = "2021-03-04T02:40:12Z"
    head = f'<meta property="article:published_time" content="{instant}">'
    body = f'<h1>Headline</h1><div class="dateline"><time datetime="{instant}">{shown}</time></div>'
    assert meta_of(page(head, body, lang=lang)).date == expected


# No <time> holds the published instant, but one holds the update minutes later on the same UTC
# day and writes it on the day before ("Updated 11:47 pm, Thursday, March 4, 2021" for 05:47
# UTC on the 5th): the page's clock is behind UTC by more than the update's hour, so the earlier
# publication fell on the day before as well (and so for a clock ahead of UTC: a later day written
# for an earlier update). A later day written for a later update says nothing of the publication,
# and the UTC day written leaves it.
@pytest.mark.parametrize(("published", "updated", "shown", "expected"), [
    ("2021-03-05T05:08:11Z", "2021-03-05T05:47:30Z", "Updated 11:47 pm, Thursday, March 4, 2021", "2021-03-04"),
    ("2021-03-05T05:08:11Z", "2021-03-05T05:47:30Z", "Aktualisiert: 4. März 2021, 23:47 Uhr", "2021-03-04"),
    ("2021-03-05T20:08:11Z", "2021-03-05T19:47:30Z", "Updated 4:47 am, Saturday, March 6, 2021", "2021-03-06"),
    ("2021-03-05T05:08:11Z", "2021-03-05T19:47:30Z", "Updated 8:47 am, Saturday, March 6, 2021", "2021-03-05T05:08:11+00:00"),
    ("2021-03-05T05:08:11Z", "2021-03-05T05:47:30Z", "Updated 5:47 am, Friday, March 5, 2021", "2021-03-05T05:08:11+00:00"),
])
def test_an_update_time_on_the_page_clock_moves_a_utc_publication_to_the_day_shown(
        published: str, updated: str, shown: str, expected: str) -> None:
    head = f'<meta property="article:published_time" content="{published}">'
    body = f'<h1>Headline</h1><span class="timestamp"><time datetime="{updated}">{shown}</time></span>'
    assert meta_of(page(head, body)).date == expected


# Sinhala, Khmer, Lao, Burmese and Nepali month names, the Khmer, Lao and Burmese digits, and
# Sinhala's order (the year, the month, the day) on the dateline under the headline; a word that
# is no month in that order dates nothing.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("si", "2026 ඔක්තෝබර් 8", "2026-10-08"),
    ("si", "8 ඔක්තෝබර් 2026", "2026-10-08"),
    ("km", "៣០ មិថុនា ២០២៦", "2026-06-30"),
    ("lo", "15 ມິຖຸນາ 2026", "2026-06-15"),
    ("my", "၁၅ ဇွန် ၂၀၂၆", "2026-06-15"),
    ("ne", "१५ नोभेम्बर २०२६", "2026-11-15"),
    ("en", "2026 October 8", "2026-10-08"),
    ("en", "2026 Edition 8", None),
])
def test_south_and_southeast_asian_month_names_and_digits(lang: str, line: str, expected: str | None) -> None:
    body = f"<h1>Harbour news</h1><div class='date-text'><span>{line}</span></div><p>The port opens next month.</p>"
    assert meta_of(page("<title>Harbour news</title>", body, lang=lang)).date == expected


@pytest.mark.parametrize(("lang", "label", "day"), [
    ("en", "Last updated:", "March 14, 2021"),
    ("de", "Zuletzt aktualisiert:", "14. März 2021"),
    ("fr", "Mis à jour le", "14 mars 2021"),
])
def test_an_update_label_in_the_widget_before_a_nested_date_marks_the_update(lang: str, label: str, day: str) -> None:
    # a page builder puts the label in a text widget of its own and the day, a few boxes deep,
    # in the post-info widget after it: the label is the text just before the day
    body = ("<h1>Harbour ferries</h1>"
            f"<div class='widget'><div class='widget-body'><p>{label}</p></div></div>"
            "<div class='widget'><div class='widget-body'><ul class='post-info'>"
            f"<li class='post-info-item'><span class='post-info-text'>{day}</span></li></ul></div></div>"
            "<p>The ferries run every hour from the old quay.</p>")
    assert meta_of(page("<title>Harbour ferries</title>", body, lang=lang)).date is None


def test_a_day_nested_in_the_widget_after_another_text_is_the_publication() -> None:
    # the widget before holds an author's line, no label: the nested day is the page's date
    body = ("<h1>Harbour ferries</h1>"
            "<div class='widget'><div class='widget-body'><p>By Ann Lee</p></div></div>"
            "<div class='widget'><div class='widget-body'><ul class='post-info'>"
            "<li class='post-info-item'><span class='post-info-text'>March 14, 2021</span></li></ul></div></div>"
            "<p>The ferries run every hour from the old quay.</p>")
    assert meta_of(page("<title>Harbour ferries</title>", body, lang="en")).date == "2021-03-14"


# The byline and the dateline the metadata gives, removed from the body's first lines, are shown
# in --explain as every removal is.
def test_a_repeated_byline_and_dateline_are_listed_as_removals() -> None:
    page = ("<html><head><meta property='article:published_time' content='2025-12-11T09:00:00Z'>"
            "<meta name='author' content='Jane Holloway'></head><body><article><h1>Harbour plan</h1>"
            "<p>JANE HOLLOWAY</p><p>Dec 11, 2025</p>"
            "<p>The council met on Tuesday evening to go over the plan for the harbour, which has been "
            "debated for two years.</p><p>The final vote is expected next month, after a second round of "
            "hearings in the town hall.</p></article></body></html>")
    article = cleanpage.clean(page)
    assert "JANE HOLLOWAY" not in article.text and "Dec 11, 2025" not in article.text
    assert [(r.rule, r.text) for r in article.removals if r.rule == "byline-line"] == [
        ("byline-line", "JANE HOLLOWAY"), ("byline-line", "Dec 11, 2025")]


# A post's facts as heading and value beside its text: the "Author" heading's value is the name,
# in the article's own <aside> too, when a field beside it holds the post's day; a heading over a bio,
# or over another work's facts (a book under review), names no one.
@pytest.mark.parametrize("facts, expected", [
    ("<aside class='facts'><h3>Published</h3><p>May 2, 2024</p><h3>Author</h3><p>Ilse M. Varga</p></aside>",
     "Ilse M. Varga"),
    ("<aside><div><h3>Published</h3><p>May 2, 2024</p></div><div><h3>Author</h3><p>Ilse M. Varga</p></div></aside>",
     "Ilse M. Varga"),  # each field in a wrapper of its own
    ("<dl><dt>Published</dt><dd>2 May 2024</dd><dt>Written by</dt><dd>Ilse Varga and Tomas Brenn</dd></dl>",
     "Ilse Varga and Tomas Brenn"),
    # the facts of another work under review: its writer is not the page's
    ("<dl><dt>Author</dt><dd>Ilse Varga</dd><dt>Publisher</dt><dd>Quay Books</dd><dt>Pages</dt><dd>312</dd></dl>", None),
    ("<h3>Author</h3><p>Ilse Varga</p><h3>Publisher</h3><p>Quay Books</p>", None),
    ("<h3>Author</h3><p>she has turned lathes for thirty years in three countries.</p>", None),  # a sentence
    ("<h3>Author</h3><p>Ilse Varga is a turner who writes on lathes.</p>", None),  # a bio
])
def test_an_author_heading_heads_the_name_after_it(facts: str, expected: str | None) -> None:
    assert meta_of(_long_article(facts)).byline == expected


def test_an_author_heading_in_an_aside_outside_the_article_names_no_one() -> None:
    body = ("<article><h1>Which lathe?</h1>" + "".join(f"<p>Paragraph {n} on lathes.</p>" for n in range(20))
            + "</article><aside><h3>Author</h3><p>Ilse Varga</p></aside>")
    assert meta_of(page("", body)).byline is None


# An author box's archive link names the writer by the given name ("Articles by Ilse"): the
# address spells the whole name, which the box writes above it.
@pytest.mark.parametrize("box, expected", [
    ("<div class='writer'><p>Ilse Varga</p><p>Tech Writer</p><a href='/blog/authors/ilse-varga'>Articles by Ilse</a></div>",
     "Ilse Varga"),
    ("<div class='writer'><p>Tech Writer</p><a href='/blog/authors/ilse-varga'>Articles by Ilse</a></div>", "Ilse"),
    ("<div class='writer'><p>Ilse Varga</p><a href='/blog/authors/bo-roe'>Articles by Ilse</a></div>", "Ilse"),
])
def test_an_archive_link_by_a_given_name_gives_the_name_its_address_spells(box: str, expected: str) -> None:
    body = f"<h1>Which lathe?</h1>{box}<p>Text of the story on lathes.</p>"
    assert meta_of(page("", body)).byline == expected
