"""The main-text guard and the structural fallbacks (issue: no deleted articles).

Each page is invented and small: it holds the shape that made cleanpage delete an
article (page-builder widgets, a swallowing <svg>, a crawler view in <noscript>,
class words that only contain a caption word), and the test asserts the article's
words come out while the chrome beside it still goes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import cleanpage
from cleanpage import Options
from cleanpage.boilerplate import prose_chars
from cleanpage.parse import parse_html

SENTENCE = ("The committee met on Tuesday to review the harbour plan, and members asked for a "
            "second survey of the eastern quay before any money is spent on new moorings. ")


def paragraphs(n: int, tag: str = "p", word: str = "Section") -> str:
    return "".join(f"<{tag}>{word} {i}: {SENTENCE * 2}</{tag}>" for i in range(n))


def page(body: str, title: str = "Harbour plan reviewed") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


BUILDER_PAGE = page(
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About us</a></nav>"
    "<div class='builder-section'><div class='builder-column'>"
    "<h1>Harbour plan reviewed</h1>"
    + "".join(f"<div class='builder-widget widget-text'><div class='widget-container'>{paragraphs(1, word=f'Part{i}')}"
              "</div></div>" for i in range(6))
    + "</div><div class='builder-column'><div class='widget widget-newsletter'>"
      "<p>Sign up for our newsletter to get every story in your inbox.</p></div></div></div>"
    "<footer><p>Copyright the Harbour Gazette. All rights reserved.</p></footer>"
)


def test_an_article_split_over_widget_blocks_is_kept_whole() -> None:
    article = cleanpage.clean(BUILDER_PAGE, options=Options(explain=True))
    for i in range(6):
        assert f"Part{i} 0:" in article.text
    assert "newsletter" not in article.text
    assert "All rights reserved" not in article.text
    kept = [r for r in article.removals if r.kept]
    assert kept and all(r.rule == "sidebar" for r in kept)
    assert all("of the main text" in r.reason for r in kept)


def test_explain_prints_guard_refusals_and_words_and_hides_code_without_verbose(tmp_path) -> None:
    path = tmp_path / "builder.html"
    path.write_text(BUILDER_PAGE.replace("<nav>", "<script>var x = 1;</script><nav>"), encoding="utf-8")
    run = [sys.executable, "-m", "cleanpage", "clean", "--explain", str(path)]
    quiet = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert quiet.returncode == 0, quiet.stderr
    lines = quiet.stderr.splitlines()
    assert any("  kept  sidebar  would remove" in line for line in lines)
    assert any(line.split("  ")[1:3] == ["navigation", "4 words"] for line in lines)
    assert not any("  code  " in line for line in lines)
    verbose = subprocess.run(run + ["-v"], capture_output=True, text=True, timeout=120)
    assert any("  code  " in line for line in verbose.stderr.splitlines())


def test_an_svg_that_swallowed_the_page_does_not_take_the_article() -> None:
    # An unclosed <svg> icon: libxml2 nests everything after it inside the svg.
    html = page("<header><svg class='icon'><use href='#logo'></use>" + "<h1>Harbour plan reviewed</h1>"
                + paragraphs(4) + "</header>")
    article = cleanpage.clean(html)
    assert article.text.count("Section") == 4


def test_a_crawler_view_in_noscript_is_the_content_when_the_page_has_no_other() -> None:
    posts = "".join(f"<div class='post'><span class='author'>user{i}</span><p>{SENTENCE}</p></div>" for i in range(5))
    html = page("<div id='app'></div><noscript><div class='thread'><h1>Quay question</h1>" + posts + "</div></noscript>")
    article = cleanpage.clean(html)
    assert article.text.count("eastern quay") == 5


def test_a_small_noscript_notice_still_goes() -> None:
    html = page("<noscript><p>Please enable JavaScript to view the comments.</p></noscript>"
                "<article><h1>Harbour plan reviewed</h1>" + paragraphs(3) + "</article>")
    article = cleanpage.clean(html)
    assert "enable JavaScript" not in article.text
    assert article.text.count("Section") == 3


def test_caption_words_inside_other_words_name_no_caption() -> None:
    html = page("<article><h1>Harbour plan reviewed</h1><div class='accreditation-news'>" + paragraphs(2) + "</div>"
                "<div class='credit-union-news'><p>Credit union note: " + SENTENCE + "</p></div>"
                "<figure><img src='a.jpg'><figcaption class='wp-caption-text'>The quay at dawn.</figcaption></figure>"
                "</article>")
    article = cleanpage.clean(html)
    assert article.text.count("Section") == 2
    assert "Credit union note" in article.text
    assert "quay at dawn" not in article.text


def test_a_long_block_named_like_a_gallery_is_the_article() -> None:
    html = page("<h1>Harbour plan reviewed</h1><div class='entry-content js-lightbox'>" + paragraphs(5) + "</div>")
    article = cleanpage.clean(html)
    assert article.text.count("Section") == 5


@pytest.mark.parametrize("said_article", [True, False])
def test_sections_that_all_carry_a_caption_word_are_the_content_not_captions(said_article: bool) -> None:
    # each section of a product's description sits in a "gallery" block (a picture beside its text):
    # one at a time they pass for captions, together they are the body, and they stay: on a page said
    # to be an article the guard keeps them; on another, a set of such blocks of sentences is no
    # caption to begin with
    sections = "".join(f"<div class='feature-gallery'><div class='gallery-content'><h3>Feature {i}</h3>"
                       f"<p>Part{i}: {SENTENCE}</p></div></div>" for i in range(5))
    said = "<meta property='og:type' content='article'>" if said_article else ""
    html = page(f"{said}<main><h1>Harbour lamp</h1><p class='lead'>A lamp for the harbour, in brass.</p>"
                + sections + "<figure><img src='a.jpg'><figcaption>The lamp at dusk.</figcaption></figure></main>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert all(f"Part{i}: The committee met" in article.text for i in range(5))
    assert "lamp at dusk" not in article.text  # a caption alone still goes
    kept = [r for r in article.removals if r.kept and r.rule == "caption"]
    if said_article:
        assert kept and "of the text" in kept[0].reason
    else:
        assert not kept


def test_a_short_article_in_a_wrapper_named_like_a_gallery_is_the_article() -> None:
    # a builder's wrapper named for its lightbox holds a two-paragraph article, short enough for a
    # caption: its paragraphs side by side are a text, and the page is not empty; a gallery whose
    # captions each sit in their own slide still goes
    slides = "".join(f"<div class='slide'><img src='q{i}.jpg'><p>The east quay at dawn, seen from the "
                     f"breakwater ({i}).</p></div>" for i in range(2))
    for word in ("lightbox", "gallery"):
        html = page(f"<div class='{word}-wrapper'><div class='{word}-inner'><h1>Harbour plan reviewed</h1>"
                    f"<p>First: {SENTENCE}</p><p>Second: {SENTENCE}</p></div></div>"
                    f"<div class='photo-gallery'>{slides}</div>")
        article = cleanpage.clean(html)
        assert "First: The committee" in article.text and "Second: The committee" in article.text
        assert "seen from the breakwater" not in article.text


def test_a_caption_word_block_among_the_paragraphs_still_goes() -> None:
    html = page("<article><h1>Harbour plan reviewed</h1>" + paragraphs(4)
                + "<div class='photo-gallery'><p>Six pictures of the quay, taken at dawn by the survey team.</p></div>"
                + "</article>")
    article = cleanpage.clean(html)
    assert article.text.count("Section") == 4
    assert "Six pictures of the quay" not in article.text


def test_a_page_of_links_without_sentences_still_has_no_article() -> None:
    html = page("<nav>" + "".join(f"<a href='/{i}'>Link {i}</a> " for i in range(40)) + "</nav>")
    try:
        cleanpage.clean(html)
    except cleanpage.NoContentError:
        return
    raise AssertionError("a page of links came out as an article")


# ---------------------------------------------------------------- pages whose content is the whole page

def test_a_service_page_spread_over_sections_comes_out_whole() -> None:
    # page-builder rows: each section deep in wrappers of its own, each with a sentence or
    # two, feature lists and headings; the best-scored container alone is one section
    deep = "<div class='row'><div class='col'><div class='inner'><div class='box'><div class='cell'>{}</div></div></div></div></div>"
    sections = "".join(deep.format(
        f"<h2>Service {i}</h2><p>Our team {i} sees patients of every age and explains each step of the visit in plain words.</p>"
        f"<ul><li>Same-day visit {i}</li><li>Open late {i}</li><li>Care team {i}</li></ul>") for i in range(6))
    html = page("<nav><a href='/'>Home</a> <a href='/care'>Care</a></nav><main>"
                + deep.format("<h1>Dental care</h1><p>" + ", ".join(f"treatment {n}" for n in range(30)) + "</p>")
                + sections + "</main><footer><p>Copyright the clinic.</p></footer>", title="Dental care")
    article = cleanpage.clean(html)
    for i in range(6):
        assert f"Service {i}" in article.text and f"Open late {i}" in article.text
    assert "Copyright the clinic" not in article.text


def test_an_article_keeps_to_its_body_beside_a_page_of_other_sections() -> None:
    teasers = "".join(f"<section><h2>Other story {i}</h2><p>Short teaser {i}</p></section>" for i in range(3))
    html = page("<article><h1>Harbour plan reviewed</h1>" + paragraphs(6) + "</article>" + teasers)
    article = cleanpage.clean(html)
    assert article.text.count("Section") == 6
    assert "Other story" not in article.text


def test_the_options_of_a_choice_list_do_not_make_a_newsletter_box_the_main_text() -> None:
    countries = "".join(f"<option>Country number {i}</option>" for i in range(250))
    html = page("<article><h1>Harbour plan reviewed</h1>" + paragraphs(3) + "</article>"
                "<div id='newsletter-signup'><h4>Get harbour news</h4><form><select name='country'>" + countries
                + "</select><p>Sign up for our newsletter to get every story in your inbox.</p></form></div>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert article.text.count("Section") == 3
    assert "Get harbour news" not in article.text and "newsletter" not in article.text
    assert not any(r.kept and r.rule == "newsletter" for r in article.removals)


def test_a_word_of_a_sentence_stays_whatever_its_class_says() -> None:
    # a glossary link opening a popup, a highlighted phrase named like an ad: both are words of the sentence
    sentence = ("<p>The clerk, when asked, said he was <a class='popup' href='#g1'>moon-struck</a> and "
                "<em class='ad-highlight'>would prefer not to</em> copy the papers that afternoon.</p>")
    html = page("<article><h1>Harbour plan reviewed</h1>" + paragraphs(2) + sentence + "</article>"
                "<a class='popup' href='#newsletter'>Subscribe</a><div class='popup'><p>Sign up now.</p></div>")
    text = cleanpage.clean(html).text
    assert "he was moon-struck and would prefer not to copy the papers" in text
    assert "Sign up now" not in text and "Subscribe" not in text


STREAMED_PAGE = page(
    "<header><nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav></header>"
    "<main><h1>Harbour plan reviewed</h1><template id='B:0'></template><div class='skeleton'></div>"
    "<aside><template id='B:1'></template></aside></main>"
    "<footer><p>Copyright the Harbour Gazette.</p></footer>"
    f"<div hidden id='S:0'><article>{paragraphs(4, word='Streamed')}<template id='P:a'></template></article></div>"
    "<div hidden id='S:1'><p>Most read: a list of other stories.</p></div>"
    f"<div hidden id='S:a'>{paragraphs(1, word='Segment')}</div>"
    "<div hidden id='S:2'><p>A hidden note with no placeholder on the page.</p></div>"
    "<script>$RC('B:0','S:0');$RC(\"B:1\",\"S:1\");$RS(\"S:a\",\"P:a\")</script>"
)


def test_streamed_segments_are_read_in_their_placeholders() -> None:
    article = cleanpage.clean(STREAMED_PAGE)
    for i in range(4):
        assert f"Streamed {i}:" in article.text
    assert "Segment 0:" in article.text  # a segment inside a segment, numbered in hexadecimal
    assert article.text.index("Streamed 3:") < article.text.index("Segment 0:")
    assert "Most read" not in article.text  # moved into its <aside>, which goes as a sidebar
    assert "no placeholder" not in article.text  # a hidden block without a placeholder stays hidden


# Marko's late fragments (eBay's framework): a placeholder with its loader in the page, the
# content hidden at the end, moved into place by $af{runtime}(n).
FRAGMENT_PAGE = page(
    "<header><nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav></header>"
    f"<main><h1>Harbour plan reviewed</h1>{paragraphs(2, word='Intro')}<span id='afshopph1'><div class='loader'></div></span>"
    "<aside><span id='afshopph2'></span></aside></main>"
    "<footer><p>Copyright the Harbour Gazette.</p></footer>"
    f"<div id='afshop1' style='display:none'>{paragraphs(4, word='Fragment')}</div>"
    "<div id='afshop2' style='display: none'><p>Most read: a list of other stories.</p></div>"
    "<div id='afshop3' style='display:none'><p>A hidden note with no placeholder on the page.</p></div>"
    "<script>$afshop(1);$afshop(2);$afshop(3)</script>"
)


def test_late_fragments_are_read_in_their_placeholders() -> None:
    article = cleanpage.clean(FRAGMENT_PAGE)
    assert all(f"Fragment {i}:" in article.text for i in range(4)) and "Intro 1:" in article.text
    assert article.text.index("Intro 1:") < article.text.index("Fragment 0:")
    assert "Most read" not in article.text  # moved into its <aside>, which goes as a sidebar
    assert "no placeholder" not in article.text  # a hidden block without a placeholder stays hidden


def test_streamed_segments_pair_by_number_when_no_script_names_them() -> None:
    article = cleanpage.clean(STREAMED_PAGE.split("<script>")[0] + "</body></html>")
    assert "Streamed 0:" in article.text and "Segment 0:" in article.text


def test_a_page_veiled_until_its_scripts_load_is_read() -> None:
    veiled = page("<div id='app'><div style='visibility:hidden;min-height:100vh'>"
                  "<div style='display:none'><p>HIDDENTEXT of a closed menu panel.</p></div>"
                  f"<h1>Harbour plan reviewed</h1>{paragraphs(5)}</div></div>")
    article = cleanpage.clean(veiled)
    assert "Section 4:" in article.text
    assert "HIDDENTEXT" not in article.text  # what is hidden inside the veil still goes


# A shop's product hidden until its scripts load (the page's one <h1> and its description),
# below visible menus that hold more text than it: the veil holds the headline, not most of the text.
MENUS = "".join(f"<div class='dropdown-column'><a href='/c{i}'>Category {i}</a> <a href='/d{i}'>Deals {i}</a> "
                f"<span>Aisle {i} tools gardens kitchens lamps rugs shelves</span></div>" for i in range(60))


def test_a_hidden_block_holding_the_headline_and_sentences_is_a_veil() -> None:
    veiled = page(f"<div class='top'>{MENUS}</div><div class='product-wrapper' style='display: none'>"
                  f"<h1>Harbour plan reviewed</h1>{paragraphs(3)}</div>")
    assert "Section 2:" in cleanpage.clean(veiled).text


def test_a_hidden_modal_holding_the_headline_still_goes() -> None:
    modal = page(f"<div class='top'>{MENUS}</div><div>{paragraphs(3, word='Shown')}</div>"
                 f"<div class='republish-modal' style='display: none'><h1>Harbour plan reviewed</h1>"
                 f"{paragraphs(3, word='Copy')}</div>")
    text = cleanpage.clean(modal).text
    assert "Shown 2:" in text and "Copy" not in text


def test_a_hidden_panel_of_more_than_half_the_page_still_goes() -> None:
    doubled = page(f"<h1>Harbour plan reviewed</h1><div>{paragraphs(3)}</div>"
                   f"<div style='display:none'>{paragraphs(5, word='Duplicate')}</div>"
                   f"<div role='dialog' aria-hidden='true'>{paragraphs(5, word='Duplicate')}</div>")
    article = cleanpage.clean(doubled)
    assert "Section 2:" in article.text and "Duplicate" not in article.text



# A shop's grid hidden until a script has checked the visitor (an age or region gate): inside
# <main>, beside the gate's own hidden notice, over half of the page's text but no sentences and
# no <h1>, under a visible menu; the script shows one of them, and the reader sees the grid.
SHOP_MENU = "".join(f"<a href='/aisle/{i}'>Aisle {i} lamps and rugs</a> " for i in range(12))
TILES = "".join(f"<li class='tile'><a href='/item/{i}'>Copper kettle model {i}</a> <span>$24.00</span> "
                f"<span>Stoneware lid, hand glazed</span></li>" for i in range(30))


def gated_shop(hidden: str, grid_names: str = "class='gate-content'", outside_main: bool = False) -> str:
    grid = f"<div {grid_names} {hidden}><ul>{TILES}</ul></div>"
    notice = f"<div class='gate-notice' {hidden}><p>Confirm your age to enter the shop.</p></div>"
    intro = "<p>Kettles for every kitchen, fired in our own kiln and glazed by hand since the spring of 1990.</p>"
    main = f"<main>{intro}{notice}{'' if outside_main else grid}</main>"
    return page(f"<header><div class='top-links'>{SHOP_MENU}</div></header>{main}{grid if outside_main else ''}"
                "<footer><p>Kettle Works, 4 Mill Lane.</p></footer>")


@pytest.mark.parametrize("hidden", ["style='display:none'", "style='visibility: hidden'", "hidden"])
def test_content_a_gate_hides_until_its_script_runs_is_read(hidden: str) -> None:
    article = cleanpage.clean(gated_shop(hidden), options=Options(explain=True))
    assert "Copper kettle model 29" in article.text and "fired in our own kiln" in article.text
    kept = [r for r in article.removals if r.kept and r.rule == "hidden"]
    assert kept and kept[0].reason.startswith("would remove") and kept[0].reason.endswith("% of the text")
    assert "Confirm your age" not in article.text  # the gate's notice, hidden too, still goes


@pytest.mark.parametrize("shop", [
    gated_shop("style='display:none'", grid_names="class='mobile-menu'"),  # a menu, by its class word
    gated_shop("hidden", grid_names="role='dialog'"),  # a dialog's
    gated_shop("style='display:none'", grid_names="class='signin-overlay'"),  # an overlay
    gated_shop("style='display:none'", outside_main=True),  # outside the page's <main>
])
def test_hidden_chrome_holding_most_of_the_page_still_goes(shop: str) -> None:
    text = cleanpage.clean(shop).text
    assert "fired in our own kiln" in text and "Copper kettle" not in text


# A page builder's article: every block a "widget" (a sidebar word), each too short for the guard
# alone, and a short answer box elsewhere that outscores them (commas): the class-word rules take
# the article, and only the pass that starts again from structural chrome finds it.
WIDGET_ARTICLE = page(
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<div class='el-section'><div class='el-column'><div class='el-widget-wrap'>"
    "<div class='el-widget el-widget-heading'><h1>Harbour plan reviewed</h1></div>"
    + "".join(f"<div class='el-widget el-widget-text'><div class='el-widget-container'><p>Part{i}: {SENTENCE}</p>"
              "</div></div>" for i in range(8))
    + "</div></div></div>"
    "<div class='faq'><div class='faq-item'><div class='faq-answer'><p>Yes, no, maybe, often, rarely, always, "
    "never, sometimes, at times, now, then.</p></div></div></div>"
    "<footer><p>Copyright the Harbour Gazette. All rights reserved.</p></footer>"
)


def test_an_article_all_in_widgets_is_found_by_the_structural_pass() -> None:
    article = cleanpage.clean(WIDGET_ARTICLE, options=Options(explain=True))
    for i in range(8):
        assert f"Part{i}:" in article.text
    assert "All rights reserved" not in article.text and "Home" not in article.text
    # --explain shows what the pass that found the body removed: the repeated title, no widget
    assert [r.rule for r in article.removals] == ["repeated-title"]


def test_a_short_article_beside_a_long_legal_footer_is_the_article() -> None:
    disclaimer = ("This material is for general information only and is not advice; consult a qualified "
                  "adviser before acting on it, and read the terms of every policy in full. ") * 4
    menu = "".join(f"<a href='/s{i}'>Insurance services for businesses {i}</a> " for i in range(16))
    short = page(f"<header><nav>{menu}</nav></header>"
                 "<div class='col'><h1>Harbour plan reviewed</h1>"
                 f"<p>{SENTENCE * 2}</p><ul><li>Moorings on the eastern quay</li><li>Surveys of the harbour floor</li></ul></div>"
                 f"<footer><p>{disclaimer}</p><p>Copyright the Harbour Gazette.</p></footer>")
    article = cleanpage.clean(short)
    assert "eastern quay" in article.text
    assert "general information only" not in article.text


def test_hidden_tab_panels_are_content_one_click_away() -> None:
    tabs = page("<h1>Harbour plan reviewed</h1>" + paragraphs(2)
                + "<div role='tablist'><button role='tab'>Python</button><button role='tab'>Ruby</button></div>"
                + "<div role='tabpanel'><pre>print('quay survey')</pre></div>"
                + "<div role='tabpanel' hidden style='display:none'><pre>puts 'quay survey'</pre></div>"
                + "<div hidden><p>HIDDENTEXT of a closed panel.</p></div>")
    article = cleanpage.clean(tabs)
    assert "print('quay survey')" in article.text and "puts 'quay survey'" in article.text
    assert "HIDDENTEXT" not in article.text


def test_a_menu_of_funding_links_is_no_funding_statement_for_the_guard() -> None:
    menu_items = ["Grants and awards", "Funding opportunities", "Finance office", "Research support",
                  "Acknowledgements policy", "Student services", "Alumni relations", "Campus map"]
    menu = "".join(f"<li><a href='/m{i}'>{label} and more pages</a></li>" for i, label in enumerate(menu_items))
    sponsor = ("<p>This reporting series is supported by <a href='https://example.org/fund'>the Example "
               "Harbour Foundation</a>, which has no say over what we cover or how we report it. Our editors alone choose the "
               "stories, and the foundation reads them when our readers do.</p>")
    body = page("<main><h1>Harbour plan reviewed</h1>" + paragraphs(6) + "</main>"
                f"<div class='sidebar'><ul>{menu}</ul></div>"
                f"<div class='sidebar sidebar-support'>{sponsor}</div>")
    article = cleanpage.clean(body, options=Options(explain=True))
    refused = {r.text.split()[0]: r.reason for r in article.removals if r.kept}
    assert refused.get("This") == "holds a funding statement"
    assert "Grants" not in refused  # the menu's labels are links, not a statement
    assert any(r.rule == "sidebar" and r.text.startswith("Grants") for r in article.removals if not r.kept)


# Blocks a class word names as chrome whose words only look like a funding statement's: the guard's
# funding hint kept each of them (the English noun "finance", "acknowledge" a policy or a bug, "grant"
# inside a longer word), and the chrome stayed in the body.
LOOKALIKE_CHROME = [
    pytest.param("author-bio", "Marta Quillon covers personal finance and housing for the Gazette. She studied "
                 "economics and finance in Lisbon and has written about mortgages, rents and savings for "
                 "twelve years, first for a weekly paper and then for the Gazette's money desk.",
                 id="bio-in-finance"),
    pytest.param("comments", "Good piece. The port authority has acknowledged the problems with the old ramp "
                 "for years and nothing changes; I walk past it every morning and the cracks only get wider. "
                 "Thanks for writing about it, and please follow up when the survey comes back.",
                 id="comment-acknowledged"),
    pytest.param("sidebar", "Our harbour guide: where to moor, where to eat and where to park. By using this "
                 "guide you acknowledge our privacy policy and our terms. Immigrant families run most of the "
                 "cafes on the eastern quay, and their fragrant bakeries open before the fishing boats return.",
                 id="sidebar-acknowledge-policy"),
]


@pytest.mark.parametrize(("name", "text"), LOOKALIKE_CHROME)
def test_words_that_only_look_like_funding_do_not_keep_chrome(name: str, text: str) -> None:
    body = page("<main><h1>Harbour plan reviewed</h1>" + paragraphs(6)
                + f"<div class='{name}'><p>{text}</p></div></main>")
    article = cleanpage.clean(body, options=Options(explain=True))
    assert "Section 5:" in article.text
    assert text[:30] not in article.text
    assert not any(r.kept and r.reason == "holds a funding statement" for r in article.removals)


def test_the_text_inside_a_block_named_as_post_content_stays_whatever_its_wrapper_says() -> None:
    # a page builder's "post content" widget wraps the post's text in a "widget-container", and
    # the page's menu outweighs the short post ten times: the container is the post's text
    menu = "".join(f"<li><a href='/topic/{i}'>Topic number {i} of the site's long menu</a></li>" for i in range(300))
    html = page(
        f"<nav><ul>{menu}</ul></nav>"
        "<div class='builder-section'><h1>Harbour plan reviewed</h1>"
        "<div class='builder-widget builder-widget-post-content'><div class='widget-container'>"
        f"{paragraphs(3)}</div></div>"
        "<div class='builder-widget builder-widget-share'><a href='/share'>Share</a></div></div>"
        "<footer><p>Copyright the Harbour Gazette. All rights reserved.</p></footer>"
    )
    article = cleanpage.clean(html, options=Options(explain=True))
    for i in range(3):
        assert f"Section {i}:" in article.text
    assert "Topic number" not in article.text
    assert any(r.kept and r.reason == "holds most of a block named as article content" for r in article.removals)


def test_a_collapsed_accordions_panels_are_content_one_click_away() -> None:
    # each section's panel is closed (display:none around a region its button opens); a closed
    # block that no button opens is still hidden
    sections = "".join(
        f"<div class='accordion-item'><button aria-expanded='false' aria-controls='panel-{i}'>Section {i}</button>"
        f"<div class='collapse' style='display:none'><div role='region' id='panel-{i}'>"
        f"<p>Part{i}: {SENTENCE}</p></div></div></div>" for i in range(3))
    html = page("<main><h1>Harbour lamp</h1><p>A lamp for the harbour wall, cast in brass and sealed "
                "against salt spray.</p><div class='accordion'>" + sections + "</div>"
                "<div style='display:none'><p>HIDDENTEXT of a sign-in panel nobody opened.</p></div></main>",
                title="Harbour lamp")
    article = cleanpage.clean(html)
    assert all(f"Part{i}: The committee met" in article.text for i in range(3))
    assert "HIDDENTEXT" not in article.text


def test_an_accordions_folded_answers_without_aria_are_content() -> None:
    # an FAQ whose items repeat (title, then the answer folded by display:none or a "hidden"
    # class word), with no aria-controls to tie them: the answers are one click away
    items = "".join(
        f"<div class='faq-item'><h3>Question {i}?</h3><div class='answer' style='display:none'>"
        f"<p>Answer{i}: {SENTENCE}</p></div></div>" for i in range(3))
    items += ("<div class='faq-item'><h3>Question 3?</h3><div class='answer hidden'>"
              f"<p>Answer3: {SENTENCE}</p></div></div>")
    html = page("<main><h1>Harbour lamp</h1><p>A lamp for the harbour wall, cast in brass and sealed "
                "against salt spray.</p><div class='faq'>" + items + "</div>"
                "<div style='display:none'><p>HIDDENTEXT of a sign-in panel nobody opened.</p></div></main>",
                title="Harbour lamp")
    article = cleanpage.clean(html)
    assert all(f"Answer{i}: The committee met" in article.text for i in range(4))
    assert "HIDDENTEXT" not in article.text


def test_folded_links_and_hidden_paragraphs_under_plain_headings_stay_hidden() -> None:
    # a submenu folds links, not text; and a plain heading over a hidden paragraph, twice, is
    # hidden text, not an accordion (its titles open nothing); a button's titles do
    menu = "".join(f"<li class='menu-item'><a href='/t/{i}'>Topic {i}</a><ul class='sub' hidden>"
                   + "".join(f"<li><a href='/t/{i}/{j}'>SUBTOPIC {j} of the harbour</a></li>" for j in range(4))
                   + "</ul></li>" for i in range(3))
    plain = "".join(f"<h2>Part {i}</h2><p hidden>PLAINHIDDEN {i}: {SENTENCE}</p>" for i in range(2))
    buttons = "".join(f"<button onclick='open()'>Step {i}</button><div hidden>STEP{i}: {SENTENCE}</div>"
                      for i in range(2))
    html = page(f"<ul class='topics'>{menu}</ul><main><h1>Harbour plan reviewed</h1>{paragraphs(3)}"
                f"{plain}<div class='steps'>{buttons}</div></main>")
    article = cleanpage.clean(html)
    assert "SUBTOPIC" not in article.text and "PLAINHIDDEN" not in article.text
    assert "STEP0: The committee" in article.text and "STEP1: The committee" in article.text


def test_an_accordions_button_titles_stay_with_their_answers() -> None:
    # the questions are buttons (holding a heading, held by one, or opening an answer by id);
    # a menu toggle, a "Submit" and a question whose answer is hidden stay out
    faq = "".join(f"<div class='item'><button type='button'><h5>Held question {i}?</h5></button>"
                  f"<div class='answer hidden'><p>Held{i}: {SENTENCE}</p></div></div>" for i in range(2))
    faq += "".join(f"<h4><button aria-controls='a{i}'>Heading question {i}?</button></h4>"
                   f"<div id='a{i}' class='collapse show'><p>Heading{i}: {SENTENCE}</p></div>" for i in range(2))
    faq += "".join(f"<div><button aria-controls='b{i}'>Wired question {i}?</button>"
                   f"<div id='b{i}'><p>Wired{i}: {SENTENCE}</p></div></div>" for i in range(2))
    faq += ("<div><button aria-controls='gone'>LOSTQUESTION about the quay?</button>"
            "<div id='gone' style='display:none'><p>Nobody reads this.</p></div></div>")
    menu = "".join(f"<a href='/t/{i}'>Topic {i}</a>" for i in range(6))
    html = page(f"<div><button aria-controls='m'>MENUTOGGLE of the site</button><div id='m'>{menu}</div></div>"
                f"<main><h1>Harbour plan reviewed</h1>{paragraphs(2)}{faq}"
                "<form><button type='submit'>SUBMITLABEL now</button></form></main>")
    article = cleanpage.clean(html)
    for i in range(2):
        assert f"Held question {i}?" in article.text and f"Held{i}: The committee" in article.text
        assert f"Heading question {i}?" in article.text and f"Wired question {i}?" in article.text
    assert "LOSTQUESTION" not in article.text and "MENUTOGGLE" not in article.text
    assert "SUBMITLABEL" not in article.text


def test_an_faqs_unwired_question_buttons_and_aria_headings_stay_with_their_answers() -> None:
    # a question's button with no heading and no aria-controls, its answer right after it; and a
    # button held by a <p role=heading>, its answer after that; a "Show more" button before more
    # text and a button that asks a question over a menu stay out
    faq = "".join(f"<div class='faq-entry'><button class='faq-q'><span>Is the pier {i} open at night?</span>"
                  f"</button><div class='faq-a'><p>Pier{i}: {SENTENCE}</p></div></div>" for i in range(2))
    faq += "".join(f"<div class='fold'><p role='heading' aria-level='3'><button class='fold-title'>"
                   f"<span>Stage {i} of the works</span></button></p><div class='fold-body'><p>Stage{i}: {SENTENCE}"
                   f"</p></div></div>" for i in range(2))
    menu = "".join(f"<a href='/t/{i}'>Topic {i}</a> " for i in range(6))
    html = page(f"<main><h1>Harbour plan reviewed</h1>{paragraphs(2)}{faq}"
                f"<button class='more'>SHOWMORE text</button><p>Tail: {SENTENCE}</p>"
                f"<div><button>MENUQUESTION what next?</button><div>{menu}</div></div></main>")
    article = cleanpage.clean(html)
    for i in range(2):
        assert f"Is the pier {i} open at night?" in article.text and f"Pier{i}: The committee" in article.text
        assert f"Stage {i} of the works" in article.text and f"Stage{i}: The committee" in article.text
    assert "SHOWMORE" not in article.text and "MENUQUESTION" not in article.text


def test_a_closed_menu_a_button_opens_still_goes() -> None:
    menu = "".join(f"<a href='/topic/{i}'>Topic {i}</a> " for i in range(12))
    html = page("<header><button aria-expanded='false' aria-controls='menu'>Menu</button></header>"
                f"<div id='menu' hidden><nav>{menu}</nav></div>"
                "<article><h1>Harbour plan reviewed</h1>" + paragraphs(3) + "</article>")
    article = cleanpage.clean(html)
    assert article.text.count("Section") == 3
    assert "Topic 4" not in article.text


def test_a_dialog_that_says_it_is_not_modal_is_part_of_the_page() -> None:
    sheet = (f"<div role='dialog' aria-modal='false' class='sheet'><h2>Description</h2><p>{SENTENCE}</p>"
             "<ul><li>Brass body, sealed against salt spray</li><li>Height 32 cm</li></ul></div>")
    popup = "<div role='dialog' class='sheet'><p>POPUPTEXT: get ten percent off your first order today.</p></div>"
    html = page("<main><h1>Harbour lamp</h1><p>A lamp for the harbour wall.</p>" + sheet + popup + "</main>",
                title="Harbour lamp")
    article = cleanpage.clean(html)
    assert "eastern quay" in article.text and "Height 32 cm" in article.text
    assert "POPUPTEXT" not in article.text


def test_an_article_opened_in_a_dialog_over_the_page_is_the_page() -> None:
    # a site opens its post in a dialog over the page it came from: the dialog holds most of the
    # page's text, in sentences, and is its article; a small dialog beside an article still goes
    post = f"<div role='dialog' class='post-panel'><h1>Harbour plan reviewed</h1>{paragraphs(4)}</div>"
    html = page("<header><a href='/'>Home</a> <a href='/news'>News</a></header>" + post
                + "<div role='dialog' class='sheet'><p>POPUPTEXT: get ten percent off today.</p></div>")
    article = cleanpage.clean(html)
    assert article.text.count("Section") == 4
    assert "POPUPTEXT" not in article.text


def test_an_article_dialog_over_its_listing_holding_the_headline_is_the_page() -> None:
    # the dialog holds the headline and over half the page's text, not 80%: the listing it was
    # opened from (teaser cards with their summaries, readers' notes, a footer) is still around it
    teasers = "".join(f"<div class='card'><h3><a href='/t{i}'>Tide table for week {i}</a></h3>"
                      f"<p>TEASER {i}: the week's high and low water at the quay, with the times of both "
                      f"bridges opening for the barges and the ferry.</p></div>" for i in range(3))
    post = (f"<div class='modal show' role='dialog' aria-modal='true'><h1>Harbour plan reviewed</h1>"
            f"{paragraphs(3)}</div>")
    notes = "<section class='notes'><h3>Readers</h3><p>NOTE: I walked the quay on Sunday and agree.</p></section>"
    html = page("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>" + teasers + post + notes
                + "<div role='dialog' class='sheet'><p>POPUPTEXT: get ten percent off today.</p></div>")
    article = cleanpage.clean(html)
    assert article.text.count("Section") == 3
    assert "POPUPTEXT" not in article.text and "TEASER" not in article.text


def test_a_teaser_lead_in_a_feed_before_the_article_is_not_its_deck() -> None:
    # each card of the feed has a "lead": a teaser's summary, not the article's standfirst
    feed = "".join(f"<div class='feed-card'><a href='/s{i}' class='feed-card__title'>Story {i}</a>"
                   f"<p class='feed-card__lead'>TEASER {i}: what the council said about the ferry.</p></div>"
                   for i in range(2))
    html = page(f"<div class='feed'>{feed}</div><div class='story'><h1>Harbour plan reviewed</h1>"
                f"{paragraphs(4)}</div>")
    article = cleanpage.clean(html)
    assert "Section 3:" in article.text and "TEASER" not in article.text


# A page builder's single-post template: every paragraph its own module ("widget"), each with a
# generated hexadecimal id, and a "posts" module of teaser cards after the text, whose excerpts
# carry the word "post" and would outscore the modules one by one.
def builder_post(paras: list[str], title: str = "Harbour plan reviewed") -> str:
    ids = ["3fa9c1e", "7b2d4e0", "c81e5a3", "0d9f7b2", "a4c3e91", "5e0b8d4", "9c7a2f1", "e2b64d8"]
    modules = "".join(f"<div class='bx-element bx-element-{ids[i % len(ids)]} bx-widget bx-widget-text-editor'>"
                      f"<div class='bx-widget-container'><p>{text}</p></div></div>" for i, text in enumerate(paras))
    cards = "".join(f"<article class='bx-post'><h3 class='bx-post__title'><a href='/p{i}'>Old pier {i}</a></h3>"
                    f"<div class='bx-post__excerpt'><p>TEASER {i}: a walk along the old pier at dusk.</p></div>"
                    f"</article>" for i in range(2))
    column = (f"<div class='bx-widget-wrap'><div class='bx-element bx-widget bx-widget-heading'>"
              f"<div class='bx-widget-container'><h1>{title}</h1></div></div>{modules}"
              f"<div class='bx-element bx-element-77e8a9b bx-widget bx-widget-posts'><div class='bx-widget-container'>"
              f"<h3>More stories</h3>{cards}</div></div></div>")
    return page(f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div class='bx-location-single'>{column}</div>"
                "<footer><a href='/contact'>Contact</a></footer>", title=title)


def test_a_builder_post_of_one_module_a_paragraph_beats_its_teaser_cards() -> None:
    paras = [f"Paragraph {i}: the quay needs new moorings, the council says, and the fishermen agree." for i in range(6)]
    text = cleanpage.clean(builder_post(paras)).text
    assert all(f"Paragraph {i}:" in text for i in range(6))
    assert "TEASER" not in text


def test_short_cjk_paragraphs_in_builder_modules_are_kept_whole() -> None:
    # Chinese paragraphs of 30 to 40 characters after a long one: each a paragraph's worth, though
    # under MIN_PROSE_BLOCK characters (a CJK character is near a word)
    paras = ["碼頭的舊繫泊設施已經使用了四十年，鐵鍊生鏽、木樁鬆動，市議會上週經過三個小時的討論，終於決定在明年春天"
             "把它們全部更換，並且同時整修旁邊的候船亭與公共廁所，讓等船的旅客不必再站在雨中。",
             "漁民協會表示，新的設施會讓小船在颱風季節更安全，也能容納更多來訪的遊艇。",
             "工程預計花費兩千萬元，其中一半由中央政府補助，其餘由市府編列預算支應。",
             "附近的商家也很期待，他們希望碼頭整修後能吸引更多遊客在週末前來散步用餐。",
             "市議員說，如果工程順利，明年夏天大家就能看到新碼頭的樣子。"]
    text = cleanpage.clean(builder_post(paras, title="碼頭整修計畫")).text
    assert all(para in text for para in paras)
    assert "TEASER" not in text


# A page builder's list of items with their details and no sentence at all: every card a
# "widget", each line a fact ("Length: 5 miles"). The text is the page's, not menus.
def fact_cards(count: int) -> str:
    return page("<nav><a href='/'>Home</a> <a href='/trails'>Trails</a></nav><h1>Trails</h1>"
                + "".join(f"<div class='el-widget el-widget-card'><h3>Ridge loop {i}</h3><div class='el-card-body'>"
                          f"Difficulty: beginner to intermediate<br>Length: {i + 3} miles of packed dirt<br>"
                          f"Steward: volunteer crew {i} of the county club<br><a href='/map{i}'>View map</a></div></div>"
                          for i in range(count))
                + "<footer><a href='/contact'>Contact</a></footer>", title="Trails")


def test_a_list_of_facts_without_sentences_is_content() -> None:
    article = cleanpage.clean(fact_cards(8))
    assert "Length: 10 miles" in article.text and "Steward: volunteer crew 7" in article.text


def test_a_few_facts_are_still_no_content() -> None:
    with pytest.raises(cleanpage.NoContentError):  # two cards: under MIN_UNLINKED_WORDS
        cleanpage.clean(fact_cards(2))



MENU_CARD = "Sign up now for our summer walk along the coast path, and help us fund the work of the branch."


def test_a_menu_branch_counts_as_prose_only_by_its_own_paragraph() -> None:
    # a mega menu's branch is an item holding a list of links (and a promoted card); counted
    # whole at every level of the menu, it weighed as "the page's prose", outweighed the article
    # and the guard kept the menu while the article, in a block named "sidebar", went
    branch = ("<li><a href='/b'>Branch</a><ul>" + "<li><a href='/t'>A topic page of the site</a></li>" * 12
              + f"</ul><p>{MENU_CARD}</p></li>")
    menu = parse_html(f"<html><body><nav><ul><li><a href='/m'>Menu</a><ul>{branch * 4}</ul></li></ul></nav></body></html>")
    assert prose_chars(menu) == 4 * len(MENU_CARD)


def test_a_product_card_with_its_list_of_facts_still_counts_whole() -> None:
    # a card's nested list of specifications is no menu, nor is a forum post's small author menu
    card = (f"<li><a href='/p'>Steel bottle</a> <p>{MENU_CARD}</p> <ul><li>Capacity: 1 litre</li>"
            "<li>Cap: screw</li></ul></li>")
    post = (f"<li><ul><li><a href='/u'>View profile</a></li><li><a href='/u/posts'>View posts</a></li></ul>"
            f"<p>{SENTENCE * 2}</p></li>")
    for item, paragraph in ((card, MENU_CARD), (post, SENTENCE * 2)):
        tree = parse_html(f"<html><body><ul>{item}</ul></body></html>")
        assert prose_chars(tree) > len(paragraph.strip()) + 10  # the item counts whole, beside its paragraph


def test_an_article_tag_whose_class_says_promoted_is_kept_when_it_holds_the_main_text() -> None:
    # a CMS marks the article's own <article> with a state word ("node--promoted": shown on the
    # front page); beside long menus and other blurbs it is a small share of the page, yet the
    # scoring finds the main text inside it, so the advertisement rule may not take it
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/t{i}'>A topic page of the site {i}</a></li>"
                                         for i in range(250)) + "</ul>"
    blurbs = "".join(f"<div class='col'><p>Blurb {i}: {SENTENCE}</p></div>" for i in range(2))
    html = page(f"<header>{menu}</header><div class='page'><div class='title'><h1>Harbour plan reviewed</h1></div><div class='content'>"
                f"<article class='node node--promoted'><div class='text'>{paragraphs(3)}</div><p><a href='/tag'>Harbour</a> <a href='/tag2'>Council</a></p></article>"
                f"</div><div class='row'>{blurbs}</div></div><footer>{menu}</footer>")
    article = cleanpage.clean(html)
    assert all(f"Section {i}:" in article.text for i in range(3))
    assert "A topic page of the site 7" not in article.text


# A page builder names every row of a service page after its template ("widget-span"), a sidebar
# word; the rows are numbered. The row holding the main text, and its like rows that are text, are
# the page; a row of the template that is links, and a real side widget, still go.
def _builder_row(i: int, inner: str) -> str:
    return (f"<div class='row-wrapper row-number-{i}'><div class='span12 widget-span widget-type-module'>"
            f"<div class='module-wrapper module-{i}'>{inner}</div></div></div>")


TEMPLATE_ROWS_PAGE = page(
    "<nav><a href='/'>Home</a> <a href='/services'>Services</a></nav>"
    "<div class='body-container'>"
    + _builder_row(0, "<h1>Harbour consulting services</h1><p>We plan harbours.</p>")
    + _builder_row(1, "<h2>Repair clinics</h2>" + paragraphs(4, word="Offer"))
    + "".join(_builder_row(i, f"<h2>Benefit {i}</h2><p>Row{i}: {SENTENCE}</p>") for i in range(2, 6))
    + _builder_row(6, "<h2>Other workshops</h2>" + "".join(
        f"<a href='/s{i}'>Another harbour service of ours {i}</a> " for i in range(8)))
    + "</div><div class='widget widget-newsletter'><p>Sign up for our newsletter to hear from us.</p></div>"
    "<footer><p>Copyright the Harbour Consultants.</p></footer>"
)


def test_the_rows_of_the_template_that_holds_the_main_text_are_kept() -> None:
    article = cleanpage.clean(TEMPLATE_ROWS_PAGE, options=Options(explain=True))
    assert all(f"Offer {i}:" in article.text for i in range(4))
    assert all(f"Row{i}:" in article.text for i in range(2, 6))
    assert "Another harbour service of ours" not in article.text
    assert "newsletter" not in article.text
    assert any(r.kept and "template" in (r.reason or "") for r in article.removals)


# A page builder names each module after its kind ("widget-text", "widget-heading", "widget-image")
# and an article split into modules has its subheadings and lists in rows of another template
# than its paragraphs: a row between two rows the guard keeps is the article's; a box of links
# after the article, in the same builder's words, still goes.
# The same with each module in row wrappers of its own ("row-wrapper" > "row" > the module).
def _module(kind: str, inner: str, wrapped: bool) -> str:
    module = f"<div class='builder-widget builder-widget-{kind}'><div class='widget-container'>{inner}</div></div>"
    return f"<div class='row-wrapper'><div class='row'>{module}</div></div>" if wrapped else module


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_builder_module_between_rows_of_the_main_text_is_kept(wrapped: bool) -> None:
    modules = (_module("text", paragraphs(2), wrapped)
               + _module("heading", "<h2>Moorings on the eastern quay</h2>", wrapped)
               + _module("image", "<img src='/quay.jpg' alt=''>", wrapped)
               + _module("list", "<ul><li>Sixty berths</li><li>A fuel jetty</li></ul>", wrapped)
               + _module("text", paragraphs(2, word="Part"), wrapped)
               + _module("posts", "<h3>Recent posts</h3>" + "".join(
                   f"<a href='/p{i}'>Another harbour story {i}</a> " for i in range(6)), wrapped))
    html = page(f"<h1>Harbour plan reviewed</h1><div class='builder-column'>{modules}</div>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert "Moorings on the eastern quay" in article.text
    assert "Sixty berths" in article.text
    assert all(f"Part {i}:" in article.text for i in range(2))
    assert "Another harbour story" not in article.text
    assert any(r.kept and r.reason == "a row between rows of the main text" for r in article.removals)


# A service page's offers in a tab set whose class and ids say "menu" (a navigation word): the tab
# panels hold sentences, so the set is the page's text; a menu of links beside it still goes, and
# so do a mega menu's tabs of descriptions in the page's <header>.
def _tab_panel(i: int) -> str:
    return (f"<div id='offer-menu-item-{i}' role='tabpanel' class='tabs__panel'><div class='offer-menu-item'>"
            f"<h3>Offer {i}</h3><p>Tab{i}: {SENTENCE}</p></div></div>")


TAB_SET_PAGE = page(
    "<header><ul class='nav-tabs'><li class='nav-tab'><div role='tabpanel'><p>Plans: "
    + SENTENCE + "</p></div></li></ul></header>"
    "<main><h1>Harbour consulting services</h1>" + paragraphs(4)
    + "<div class='offer-menu-tabs'><ol role='tablist'>"
    + "".join(f"<li role='tab'>Offer {i}</li>" for i in range(4)) + "</ol>"
    + "".join(_tab_panel(i) for i in range(4))
    + "</div><div class='menu'>" + "".join(f"<a href='/s{i}'>Another page of ours {i}</a> " for i in range(6))
    + "</div></main>"
)


def test_a_tab_set_of_sentences_named_a_menu_is_kept() -> None:
    article = cleanpage.clean(TAB_SET_PAGE, options=Options(explain=True))
    assert all(f"Tab{i}:" in article.text for i in range(4))
    assert "Another page of ours" not in article.text
    assert "Plans:" not in article.text
    assert any(r.kept and r.reason == "a tab set of the page's text" for r in article.removals)


# A set of panels switched by a script without the word "tab": one list shown, the others carry
# the class word "hidden" beside the same class words. Those are the set's other panels; a lone
# block named "hidden" (no shown sibling of its shape) still goes.
def test_the_hidden_panels_of_a_set_whose_sibling_shows_are_kept() -> None:
    lists = "".join(
        f"<ul class='ideas-list{'' if i == 0 else ' hidden'}'><li><h3>Idea {i}</h3><p>Panel{i}: {SENTENCE}</p></li></ul>"
        for i in range(3))
    html = page("<h1>Harbour plan reviewed</h1>" + paragraphs(3) + f"<div class='ideas'>{lists}</div>"
                + "<div class='note hidden'><p>HIDDENTEXT of a closed note.</p></div>")
    article = cleanpage.clean(html)
    assert all(f"Panel{i}:" in article.text for i in range(3))
    assert "HIDDENTEXT" not in article.text


def test_a_layout_wrapper_named_for_its_sidebar_keeps_the_main_landmark_inside_it() -> None:
    # "content-sidebar-wrap" names the layout (the content beside a sidebar), not a sidebar: the
    # <main> of a listing of cards (titles and dates, no sentences) inside it is the page's text,
    # though a long footer of sentences outweighs it
    cards = "".join(f"<article class='entry'><h2><a href='/trail-{i}'>Ridge trail number {i} reopened</a></h2>"
                    f"<p class='entry-meta'>June {i + 1}, 2026 · Parks desk</p></article>" for i in range(8))
    html = page("<div class='site-inner'><div class='content-sidebar-wrap'>"
                f"<main class='content'><h1>Trail news</h1>{cards}</main>"
                "<aside class='sidebar'><p>Follow the parks desk for updates.</p></aside></div></div>"
                f"<footer class='site-footer'>{paragraphs(6)}</footer>", title="Trail news")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert "Ridge trail number 7 reopened" in article.text
    assert any(r.kept and r.reason == "holds the page's <main>" for r in article.removals)
    assert "Follow the parks desk" not in article.text


def course_catalogue() -> str:
    # a school's page: its intro, then one builder "widget" row per area of study, each a
    # heading and sentences, beside a sidebar of link widgets
    areas = "".join(f"<div class='widget widget-spotlight'><h3>Area {i}</h3>"
                    f"<p>Area {i} courses: {SENTENCE}</p><p>{SENTENCE}</p></div>" for i in range(4))
    links = "".join(f"<div class='widget widget-links'><ul><li><a href='/a/{i}'>Open day {i}</a></li>"
                    f"<li><a href='/b/{i}'>Campus map {i}</a></li></ul></div>" for i in range(3))
    return ("<html><head><title>Harbour courses</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/courses'>Courses</a></nav>"
            f"<div class='content'><h1>Harbour courses</h1><p>Intro: {SENTENCE}</p><p>{SENTENCE}</p></div>"
            f"<section><div class='section'>{areas}</div></section><div class='rail'>{links}</div>"
            "<footer><p>Copyright the Harbour School.</p></footer></body></html>")


def test_a_run_of_widget_rows_in_sentences_beside_the_main_text_is_the_pages_text() -> None:
    article = cleanpage.clean(course_catalogue(), options=Options(explain=True))
    assert "Intro:" in article.text
    assert all(f"Area {i} courses:" in article.text for i in range(4))
    assert "Campus map" not in article.text and "Copyright" not in article.text
    kept = [r for r in article.removals if r.kept and "one of its rows" in r.reason]
    assert len(kept) == 4 and all(r.rule == "sidebar" for r in kept)



def shop_with_slides(head: str = "") -> str:
    # a product's features, one a carousel slide: the page marks all but the one shown aria-hidden
    hidden = ["", *[" aria-hidden='true'"] * 3]
    slides = "".join(f"<li class='feature-slide' aria-roledescription='slide'{hidden[i]}>"
                     f"<h3>Feature {i}</h3><p>Feature {i} text: the lantern's brass hood sheds rain, and its wick "
                     "burns for a whole night on one filling of oil.</p></li>" for i in range(4))
    return (f"<html><head><title>Storm lantern</title>{head}</head><body><main><h1>Storm lantern</h1>"
            + paragraphs(4) + f"<ul class='features'>{slides}</ul>"
            "<div aria-hidden='true'><p>SCREENREADERLESS copy of a heading drawn as letters, with no "
            "sentence meant for any reader of the page at all.</p></div></main></body></html>")


def test_a_carousels_slides_hidden_from_screen_readers_are_read_on_a_page_not_an_article() -> None:
    article = cleanpage.clean(shop_with_slides())
    assert all(f"Feature {i} text:" in article.text for i in range(4))
    assert "SCREENREADERLESS" not in article.text
    story = cleanpage.clean(shop_with_slides("<meta property='og:type' content='article'>"))
    assert "Feature 0 text:" in story.text and "Feature 1 text:" not in story.text


# A page builder splits a post into sections of one template, each named by its element id (a hash:
# "blk-3fa09c1", "blk-8e21b7d"): the sections are chunks of one article, the intro's as much as the
# main text's; a real sidebar beside them still goes.
def _hashed_section(element_id: str, inner: str) -> str:
    return (f"<div class='blk blk-{element_id} flex boxed'><div class='inner'>"
            f"<div class='blk blk-{element_id[::-1]} text-block'>{inner}</div>"
            f"<div class='blk blk-{element_id[1:]}0 heading-block'><h3>Questions</h3></div></div></div>")


HASHED_SECTIONS_PAGE = page(
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<div class='layout'><div class='doc doc-88'>"
    + _hashed_section("3fa09c1", "<p>Intro: the quay survey begins in spring. " + SENTENCE * 2 + "</p>")
    + _hashed_section("8e21b7d", "<h2>What the survey found</h2>" + paragraphs(6, word="Finding"))
    + "</div><aside><p>Follow the harbour board for weekly updates on moorings.</p></aside></div>"
    "<footer><p>Copyright the Harbour Board.</p></footer>"
)


def test_sections_of_one_builder_template_differing_by_element_id_are_one_article() -> None:
    article = cleanpage.clean(HASHED_SECTIONS_PAGE)
    assert "Intro: the quay survey" in article.text
    assert all(f"Finding {i}:" in article.text for i in range(6))
    assert "weekly updates" not in article.text


# An <aside> between two paragraphs of the article is its callout (a note, a definition), not a
# sidebar; the <aside> beside the text, and a quoted post in its wrappers, still go.
CALLOUT_PAGE = page(
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Harbour plan reviewed</h1>" + paragraphs(3, word="Before")
    + "<aside class='note'><p>Callout: a mooring is a fixed anchor that boats are tied to, laid on the "
    "seabed of the quay.</p></aside>"
    + paragraphs(3, word="After")
    + "<aside class='quote'><div class='title'><a href='/t/9'>Marta Linde:</a></div>"
    "<blockquote><p>Quoted: the eastern quay needs a survey first, as the board said.</p></blockquote></aside>"
    + paragraphs(1, word="Closing") + "</article>"
    "<aside><p>Follow the harbour board for weekly updates on moorings and tides.</p></aside>"
    "<footer><p>Copyright the Harbour Board.</p></footer>"
)


def test_an_aside_between_the_articles_paragraphs_is_its_callout() -> None:
    article = cleanpage.clean(CALLOUT_PAGE)
    assert "Callout: a mooring is a fixed anchor" in article.text
    assert all(f"After {i}:" in article.text for i in range(3))
    assert "Quoted: the eastern quay" not in article.text
    assert "weekly updates" not in article.text


@pytest.mark.parametrize("caption, photo_line", [
    ("Figure 3-2: The buffer after the second write, its pointer moved past the old data.",
     "The harbour master on the quay at dawn."),
    ("Abb. 4: Der Puffer nach dem zweiten Schreiben, der Zeiger hinter den alten Daten.",
     "Der Hafenmeister am Kai im Morgengrauen."),
    ("Tabla 2. Tiempos de lectura del búfer en los tres discos probados.",
     "El capitán del puerto en el muelle al amanecer."),
    ("Рис. 5. Буфер после второй записи: указатель стоит за старыми данными.",
     "Начальник порта на причале на рассвете."),
])
def test_a_numbered_figure_caption_is_the_documents_own(caption: str, photo_line: str) -> None:
    # a caption that numbers its figure is one the text points to ("as figure 3-2 shows"): a manual's
    # or a book's, kept; a photo's line with no number still goes
    html = page("<article><h1>Harbour plan reviewed</h1>" + paragraphs(2)
                + f"<figure><img src='a.png'><figcaption>{caption}</figcaption></figure>"
                + paragraphs(2, word="Part")
                + f"<p><span class='caption'>{caption}</span></p>"
                + f"<figure><img src='b.jpg'><figcaption>{photo_line}</figcaption></figure></article>")
    article = cleanpage.clean(html)
    assert article.text.count(caption) == 2
    assert photo_line not in article.text


SHORT_NOTICE = ("From the first of March the shop opens at seven every weekday and closes at six. "
                "On Saturdays we stay open until two, and on Sundays the door stays shut.")


def short_builder_page(side: str = "") -> str:
    return page(
        "<header><nav><a href='/'>Home</a> <a href='/about'>About</a> <a href='/contact'>Contact</a></nav></header>"
        "<div class='builder-column'><div class='builder-widget-wrap'>"
        "<div class='builder-widget widget-heading'><h1>New opening hours</h1></div>"
        f"<div class='builder-widget widget-text'><p>{SHORT_NOTICE}</p></div>{side}</div></div>"
        "<footer><p>© 2026 The Corner Shop</p></footer>", title="New opening hours")


def test_a_short_page_builder_notice_is_its_text_not_an_empty_page() -> None:
    """A page whose whole text is a builder's notice of two sentences: its text widget, under the
    guard's size, still holds the page (it came out empty: no pass found 200 letters of prose)."""
    article = cleanpage.clean(short_builder_page())
    assert SHORT_NOTICE in article.text
    assert "Contact" not in article.text and "Corner Shop" not in article.text


def test_a_short_pages_side_widget_and_footer_sentence_still_go() -> None:
    side = "<div class='builder-widget widget-promo'><p>Follow us for news.</p></div>"
    article = cleanpage.clean(short_builder_page(side))
    assert SHORT_NOTICE in article.text and "Follow us" not in article.text
    # a page with no text but a footer's sentence has no article: the footer is no builder row
    with pytest.raises(cleanpage.NoContentError):
        cleanpage.clean(page("<nav><a href='/'>Home</a></nav><footer class='widget'><p>This page has moved "
                             "somewhere else, and the old address will stop working in a month.</p></footer>"))
