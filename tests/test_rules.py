"""The removal rules, the content choice and the sections, each on a small page.

Fixture pages (test_fixtures.py) check whole CMS shapes; these check one rule
at a time, so a failure names the rule that broke.
"""

from __future__ import annotations

import pytest

import cleanpage
from cleanpage import NoContentError, Options
from cleanpage.rules import HELD_FORM_ATTR, RULES, class_rule as _class_rule

PARAGRAPHS = "".join(
    f"<p>Paragraph {i} of the article tells the reader something new, with enough words, commas, "
    f"and detail to read as prose rather than as a label or a link.</p>"
    for i in range(1, 7)
)


def page(body: str, head: str = "<title>Storm study finds more rain | Daily Planet</title>") -> str:
    return f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def article_with(extra_inside: str = "", extra_outside: str = "") -> str:
    return page(f"{extra_outside}<article><h1>Storm study finds more rain</h1>"
                f"<div class='article-body'>{PARAGRAPHS}{extra_inside}</div></article>")


def text_of(html: str, **options) -> str:
    return cleanpage.clean(html, options=Options(**options)).text


# ---------------------------------------------------------------- class vocabulary
@pytest.mark.parametrize("names, rule", [
    ("cookie-notice", "cookie-banner"),
    ("qc-cmp2-container", "cookie-banner"),
    ("brlbs-cmp", "cookie-banner"),
    ("cmp-share-bar", "share-bar"),  # a component's prefix apart, its name still counts
    ("sp_message_container_1234", "cookie-banner"),
    ("tp-modal", "paywall"),
    ("newsletter-signup", "newsletter"),
    ("share-buttons", "share-bar"),
    ("teilen-leiste", "share-bar"),
    ("ad-slot-3", "advertisement"),
    ("ad728", "advertisement"),
    ("ad12", "advertisement"),  # a slot's name and number: no letter after a digit, no hash
    ("publicite", "advertisement"),
    ("related-posts", "related"),
    ("leggi-anche", "related"),
    ("webring", "related"),  # other blogs' recent posts
    ("sidebar-blogroll", "related"),
    ("post-cta", "article-cta"),  # a box named an article's call to action: on any page
    ("main-nav", "navigation"),
    ("navheader", "navigation"),  # DocBook XSL's chapter bars: Prev / Up / Home / Next, above and below
    ("navfooter", "navigation"),
    ("site-footer", "site-footer"),
    ("back-to-top", "skip-link"),
    ("author-bio", "author-bio"),
    ("single-post-author__about", "author-bio"),
    ("saboxplugin-wrap", "author-bio"),
    ("author-section", "author-bio"),  # a theme's box about the post's writer, by other names
    ("post-author-block", "author-bio"),
    ("author-wrapper", "author-bio"),
    ("signature", "author-bio"),  # a forum post's signature
    ("message-signature", "author-bio"),
    ("gem-c-feedback", "feedback"),
    ("hidden", "hidden"),
    ("tool-tip__content", "modal"),  # a tooltip, its name hyphenated: the hover text over a term
])
def test_class_words_name_their_rule(names: str, rule: str) -> None:
    assert _class_rule(names) == rule
    assert rule in RULES


@pytest.mark.parametrize("names", [
    "field field-label-hidden",  # Drupal: the *label* is hidden, not the field
    "content has-sidebar",  # a state of the page, not a sidebar
    "non-ad-column-l",
    "story-section ad-free",  # a box free of advertisements, in several languages
    "ads-free-zone",
    "layout ads-off",
    "sans-pub",
    "block ohne-werbung",
    "post-1806 type-post tag-wework category-business",  # WordPress article classes
    "pg-rail-tall__wrapper",  # a layout with a rail, holding the article
    "article-header",
    "header",
    "c-article-body",
    "builder-element builder-element-0243ad1",  # a generated hexadecimal id spells "ad" between digits
    "block-9f3adc2e",
    "block-3c1e07b2-91d4-4c2a-ad5e-7f20b9c4d6e1",  # a UUID: its group "ad5e" is no ad
    "s-07e2c9a1-48ad-4f3b-b1c6-2d9e5a7f0c34",
    "c9ad",  # a publishing platform's hash id on each paragraph: four or five hex digits
    "ad3f",
    "cmp-text global-base",  # Adobe Experience Manager's component prefix, not a consent platform
    "cmp-teaser__content",
    "member-signature",  # API documentation: a function's signature is its text
    "sig sig-object py",
    # a utility class's arbitrary value is CSS, not a name ("nav", "ad", "footer" inside it)
    "w-full sticky top-[var(--nav-height)] h-[var(--content-height)]",
    "bg-[url(/img/ad-strip.png)] mb-[calc(var(--footer-gap)*2)]",
])
def test_class_words_that_are_not_chrome(names: str) -> None:
    assert _class_rule(names) is None


def test_a_name_before_a_uuid_still_names_the_block() -> None:
    assert _class_rule("ad-slot-3c1e07b2-91d4-4c2a-bd5e-7f20b9c4d6e1") == "advertisement"
    assert _class_rule("sidebar-3c1e07b2-91d4-4c2a-ad5e-7f20b9c4d6e1") == "sidebar"


def test_an_ad_word_its_neighbour_does_not_negate_still_names_an_ad() -> None:
    assert _class_rule("ad-free-trial ad") == "advertisement"
    assert _class_rule("free-ad-slot") == "advertisement"
    assert _class_rule("ads-sidebar") == "advertisement"


def test_a_section_free_of_advertisements_stays() -> None:
    # its share of the text is below the guard's: only the class words decide
    html = page("<article><h1>Storm study finds more rain</h1>" + PARAGRAPHS +
                "<div class='story-section ad-free'><p>In general, the gauges on the hills recorded more "
                "of the change than the gauges in the valleys did.</p></div></article>")
    assert "gauges on the hills" in cleanpage.clean(html).text


def test_a_paragraph_whose_uuid_id_spells_ad_stays() -> None:
    # a block editor's id on each paragraph: a UUID whose group of four "ad5e" spells "ad"
    html = page("<article><h1>Storm study finds more rain</h1>" + PARAGRAPHS +
                "<p id='block-3c1e07b2-91d4-4c2a-ad5e-7f20b9c4d6e1'>In general, the gauges on the hills "
                "recorded more of the change than the gauges in the valleys did.</p></article>")
    assert "gauges on the hills" in cleanpage.clean(html).text


def test_a_utility_classs_name_before_its_arbitrary_value_still_names_the_block() -> None:
    assert _class_rule("sidebar-[18rem] px-4") == "sidebar"


def test_a_section_whose_utility_class_sets_a_css_value_named_after_the_menu_stays() -> None:
    # the section sits under the sticky menu by a value that names the menu's height
    features = ("<div class='w-full sticky top-[var(--nav-height)]'><h2>Built for the quay</h2>"
                "<p>Every gauge in the harbour survey kit is calibrated, tested and signed before it "
                "leaves the yard, and the case floats if it goes over the side.</p></div>")
    html = page(f"<nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav><main><h1>Survey kit</h1>"
                f"{PARAGRAPHS}{features}</main>")
    assert "the case floats if it goes over the side" in cleanpage.clean(html).text


# ---------------------------------------------------------------- strip: hard rules
@pytest.mark.parametrize("chrome", [
    "<div hidden>HIDDENTEXT in a hidden block</div>",
    "<div aria-hidden='true'>HIDDENTEXT behind aria-hidden</div>",
    "<div style='display: none'>HIDDENTEXT with display none</div>",
    "<div role='dialog'><p>HIDDENTEXT Ready to plan your care? Call us.</p><button>×</button></div>",
    "<div aria-modal='true'>HIDDENTEXT in a modal</div>",
    "<div id='onetrust-banner-sdk'><p>HIDDENTEXT We use cookies to improve your experience.</p></div>",
    "<script>var HIDDENTEXT = 1;</script><style>.HIDDENTEXT{}</style><template>HIDDENTEXT</template>",
])
def test_hard_rules_remove_chrome(chrome: str) -> None:
    html = article_with(extra_outside=chrome)
    assert "HIDDENTEXT" not in cleanpage.render(cleanpage.clean(html), "markdown")


def test_explain_names_the_rule_and_the_first_words() -> None:
    html = article_with(extra_outside="<div class='cookie-banner'><p>We use cookies on this site.</p></div>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert any(r.rule == "cookie-banner" and r.text.startswith("We use cookies") and "cookie-banner" in r.path
               for r in article.removals)
    assert all(r.rule in RULES for r in article.removals), "every removal rule is in the one table"


def test_soft_rule_never_takes_the_article() -> None:
    html = page("<nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
                f"<div class='main-content sidebar-layout widget-area'><h1>Storm study</h1>{PARAGRAPHS}</div>")
    assert "Paragraph 6 of the article" in text_of(html)


def test_a_books_long_table_of_contents_beside_a_short_chapter_goes() -> None:
    # an online book's summary: a <nav> of chapter links that outweighs the short chapter beside it
    chapters = "".join(f"<li class='chapter'><a href='/c{i}.html'><b>{i}</b> Keeping bees in the valley, "
                       f"part {i}</a><ul><li><a href='/c{i}-1.html'>{i}.1 Hives and frames in spring</a></li>"
                       f"<li><a href='/c{i}-2.html'>{i}.2 Swarms and how to catch them</a></li></ul></li>"
                       for i in range(1, 16))
    html = page(f"<div class='book'><div class='book-summary'><nav role='navigation'><ul class='summary'>{chapters}"
                "</ul></nav></div><div class='book-body'><section><h1>Who this book is for</h1>"
                "<p>This book is for anyone who keeps a hive or two in a garden, and wants to understand what the "
                "bees are doing through the year, without a background in biology.</p><p>Each chapter ends with a "
                "short list of tasks for the season, so that a reader can plan the work in the apiary ahead.</p>"
                "</section></div></div>", head="<title>Who this book is for | Valley bees</title>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert "anyone who keeps a hive" in article.text and "Swarms and how to catch them" not in article.text
    summary = [r for r in article.removals if r.path.endswith("div.book-summary>nav")]
    assert [(r.rule, r.kept) for r in summary] == [("navigation", False)], "the guard lets the menu go"


def test_header_and_footer_inside_the_article_are_kept() -> None:
    html = page("<header class='site'><a href='/'>Daily Planet</a></header><article><header>"
                "<h1>Storm study finds more rain</h1><p class='deck'>Rainfall rose a tenth in a decade, a study finds.</p>"
                f"</header><div class='body'>{PARAGRAPHS}</div><footer><p>This work was supported by the National "
                "Science Foundation under grant AGS-1234567.</p></footer></article>")
    article = cleanpage.clean(html)
    assert "Rainfall rose a tenth" in article.text
    assert article.funding and article.funding.startswith("This work was supported")


@pytest.mark.parametrize(("names", "kept"), [("standfirst", True), ("entry-subtitle", True),
                                             ("post-excerpt", False), ("wp-block-post-excerpt", False),
                                             ("entry-summary", False), ("article-summary", True)])
def test_a_posts_excerpt_over_its_body_is_no_deck(names: str, kept: bool) -> None:
    # a standfirst is the article's own opening; an excerpt is the summary the blog shows for the
    # post in its lists, printed again over the body
    html = page("<article><header><h1>Storm study finds more rain</h1>"
                f"<div class='{names}'><p>Rainfall rose a tenth in a decade, a study of rain gauges finds.</p></div>"
                f"</header><div class='body'>{PARAGRAPHS}</div></article>")
    article = cleanpage.clean(html)
    assert "Paragraph 1 of the article" in article.text
    assert ("Rainfall rose a tenth" in article.text) is kept


DOC_BODY = "".join(
    f"<section class='content-section'><h2>Step {i}</h2><p>Step {i} of the kiln guide says how long to wait, "
    f"how hot the chamber runs, and which shelf takes the glazed pieces before the door is sealed.</p></section>"
    for i in range(1, 9))


@pytest.mark.parametrize("between", ["", "<details class='support-badge'><summary>Works everywhere</summary>"
                                         "<p>Every kiln model runs it.</p></details><script>track()</script>"])
def test_a_doc_pages_opening_paragraphs_in_the_header_are_kept(between: str) -> None:
    # a doc engine's layout header: the headline, then the opening paragraphs in a <section>
    # of their own (a prev/next bar among them), the body in a sibling container
    html = page("<main><div class='layout-header'><h1>Firing a kiln</h1>" + between +
                "<section class='content-section'><ul class='prev-next'><li><a href='/a'>Previous</a></li>"
                "<li><a href='/b'>Next</a></li></ul><p>A kiln firing turns dry clay into stoneware over a "
                "long and even heat, and this guide walks through one firing from loading to unloading.</p>"
                "<p>Read the safety page before your first firing.</p></section></div>"
                f"<aside class='toc'><a href='#s1'>Step 1</a></aside><div class='layout-body'>{DOC_BODY}</div></main>",
                head="<title>Firing a kiln | Kiln guide</title>")
    text = text_of(html)
    assert "A kiln firing turns dry clay into stoneware" in text
    assert "Read the safety page" in text and "Step 8 of the kiln guide" in text and "Previous" not in text


def test_a_photo_caption_under_the_headline_is_not_an_intro() -> None:
    html = page("<div class='story'><h1>Storm study finds more rain</h1><div class='lead-box'>"
                "<img src='storm.jpg'><p>Clouds gather over the bay in this file photo, taken from the pier at "
                "dawn by a staff photographer, on a wet morning last spring.</p><p>Photo by the picture desk.</p></div>"
                f"<div class='share'><a href='/s'>Share</a></div><div class='story-text'>{PARAGRAPHS}</div></div>")
    assert "Clouds gather over the bay" not in text_of(html)


def test_the_block_a_skip_link_leads_to_is_content() -> None:
    tiles = "".join(f"<div class='tile'><a href='/p/{i}'>Trail shoe {i}</a><div>Men's road running shoes</div>"
                    f"<div>{i + 3} colours, ${100 + i}</div></div>" for i in range(8))
    menu = "".join(f"<li><a href='/c/{i}'>Category number {i} of the shop</a></li>" for i in range(30))
    html = page(f"<a class='skip-to-content' href='#skip-to-products'>Jump to the list</a><nav><ul>{menu}</ul></nav>"
                "<h1>Running shoes</h1><main><section>"
                f"<div id='skip-to-products' class='product-grid'>{tiles}</div></section></main>"
                f"<footer><ul>{menu}</ul></footer>")
    text = text_of(html)
    assert "Trail shoe 7" in text and "Jump to the list" not in text


REVIEWS = "".join(f"<div class='review-card'><p>Reviewer {i}: I love the combination of the oak shelf with the "
                  f"baskets, and it was easy to put together, sturdy and bright in the room.</p></div>"
                  for i in range(3))


def shop_page(head: str) -> str:
    return page("<h1>Oak shelf unit</h1><div class='product-description'>"
                "<p>Its plain frame of pale oak suits a hallway, a study or a small bedroom, upright or on its side.</p>"
                "<p>Set it upright as a bookcase or lay it down as a low bench, and keep the things you like best on "
                "its open shelves, or fit boxes for closed storage.</p>"
                "<p>Made of solid oak with a water-based lacquer and steel dowels. Care: dust it with a dry "
                "cloth, and keep it away from radiators and direct sun.</p></div>"
                f"<div class='customer-reviews'>{REVIEWS}</div>", head=head)


PRODUCT_HEAD = "<title>Oak shelf unit</title><meta property='og:type' content='product'>"


def test_customer_reviews_go_on_a_product_page() -> None:
    text = text_of(shop_page(PRODUCT_HEAD))
    assert "plain frame" in text and "Reviewer" not in text
    assert "Reviewer 2" in text_of(shop_page(PRODUCT_HEAD), comments=True)


def test_reviews_go_when_they_hold_more_sentences_than_the_description() -> None:
    # (more of the page's sentences than the guard lets a soft rule take, and the scoring's choice)
    reviews = "".join(f"<div class='review-card'><p>Reviewer {i}: I love the combination of the oak shelf with "
                      f"the baskets, and it was easy, quick, and fun to put together, sturdy, bright, and warm in "
                      f"the room, and, yes, I would buy it again.</p></div>" for i in range(8))
    links = "".join(f"<li><a href='/c/{i}'>Storage and organisation, aisle {i}</a></li>" for i in range(80))
    html = page("<h1>Oak shelf unit</h1><div class='product-description'>"
                "<p>Its plain frame of pale oak suits a hallway, a study or a small bedroom, upright or on its side.</p>"
                "<p>Set it upright as a bookcase or lay it down as a low bench, and keep the things you like best on "
                "its open shelves.</p></div>"
                f"<div class='product-reviews'>{reviews}</div><footer><ul>{links}</ul></footer>", head=PRODUCT_HEAD)
    text = text_of(html)
    assert "plain frame" in text and "Reviewer" not in text


def test_the_hover_text_of_a_specifications_table_goes_and_the_table_stays() -> None:
    # each term of a shop's specification table carries a tooltip explaining it (a custom element
    # named "tool-tip" by its class): the text a hover shows over the term, not the product's
    tip = ("<tool-tip class='tool-tip'><span class='tool-tip__label'>Details</span>"
           "<div class='tool-tip__content'><p>TIPTEXT A shelf's load is the weight it holds before it "
           "bends, measured evenly spread over its whole length.</p></div></tool-tip>")
    rows = "".join(f"<tr><td class='spec-term'>{term} {tip}</td><td>{value}</td></tr>"
                   for term, value in (("Maximum load", "25 kg"), ("Depth", "30 cm"), ("Finish", "Oiled oak")))
    html = page("<h1>Oak shelf unit</h1><div class='product-description'>"
                "<p>Its plain frame of pale oak suits a hallway, a study or a small bedroom, upright or on its side.</p>"
                "<p>Set it upright as a bookcase or lay it down as a low bench, and keep the things you like best on "
                f"its open shelves.</p>{PARAGRAPHS}<table class='spec-table'>{rows}</table>"
                "</div>", head=PRODUCT_HEAD)
    text = text_of(html)
    assert "plain frame" in text and "Maximum load" in text and "Oiled oak" in text
    assert "TIPTEXT" not in text


LAMP_HEAD = "<title>Brass desk lamp</title><meta property='og:type' content='product'>"


def lamp_page(terms: str, head: str = LAMP_HEAD) -> str:
    """A product page whose description and care notes are accordion items, beside `terms`."""
    def item(title: str, body: str) -> str:
        return (f"<div class='fold-item'><h3><button aria-expanded='true'>{title}</button></h3>"
                f"<div class='fold-panel'>{body}</div></div>")
    return page("<h1>Brass desk lamp</h1><div class='price'>EUR 89</div><section class='folds'>"
                + item("About this lamp", "<p>A brass arm on a weighted marble foot holds the shade where you "
                       "turn it, over a desk, a reading chair or a drawing board.</p><p>The linen shade softens "
                       "the light of a warm bulb, and a switch on the cord keeps it within reach.</p>")
                + item("Care", "<p>Wipe the brass with a soft dry cloth; polish dulls its patina, which "
                       "darkens slowly over the years and is part of its look.</p>")
                + terms + "</section>", head=head)


@pytest.mark.parametrize("title", ["Delivery &amp; Returns", "Delivery, returns &amp; warranty",
                                   "Versand und Rückgabe", "Livraison et retours", "Shipping &amp; payment",
                                   "Versand und Zahlung", "Envío y pago", "配送・お支払いについて", "配送与支付",
                                   "배송 및 결제 안내"])
def test_a_products_shipping_and_returns_item_goes(title: str) -> None:
    terms = (f"<div class='fold-item'><h3><button aria-expanded='true'>{title}</button></h3>"
             "<div class='fold-panel'><p>TERMS Parcels leave our warehouse within two working days, and "
             "orders over EUR 60 travel free of charge.</p><p>Changed your mind? Send it back unused within "
             "thirty days for a full refund.</p></div></div>")
    text = text_of(lamp_page(terms))
    assert "brass arm" in text and "polish dulls" in text
    assert "TERMS" not in text and "thirty days" not in text


@pytest.mark.parametrize("offer", ["Free shipping on orders over $60", "<strong>Free delivery</strong> from EUR 50",
                                   "Kostenloser Versand ab 49 €", "Livraison offerte dès 60 €",
                                   "Envío gratis a partir de 40 €"])
def test_a_products_free_shipping_line_with_a_threshold_goes(offer: str) -> None:
    # the shop's offer, a line of its own beside the product's text (the same on every product)
    terms = f"<div class='fold-item'><div class='offer'>{offer}</div></div>"
    text = text_of(lamp_page(terms))
    assert "brass arm" in text and "polish dulls" in text
    assert "50" not in text and "€" not in text and "$75" not in text


def test_a_free_shipping_line_its_class_calls_a_call_to_action_goes_from_the_description() -> None:
    # inside the description's panel, named a call-to-action: that rule is off on a product page,
    # and the line goes by its words all the same
    def item(title: str, body: str) -> str:
        return (f"<div class='fold-item'><h3><button aria-expanded='true'>{title}</button></h3>"
                f"<div class='fold-panel'>{body}</div></div>")
    html = page("<h1>Brass desk lamp</h1><section class='folds'>"
                + item("About this lamp", "<p>A brass arm on a weighted marble foot holds the shade where you "
                       "turn it, over a desk, a reading chair or a drawing board.</p><div class='threshold-cta'>"
                       "Free shipping on orders over $60</div><p>The linen shade softens the light of a warm "
                       "bulb, and a switch on the cord keeps it within reach.</p>")
                + item("Care", "<p>Wipe the brass with a soft dry cloth; polish dulls its patina, which "
                       "darkens slowly over the years and is part of its look.</p>") + "</section>", head=LAMP_HEAD)
    text = text_of(html)
    assert "brass arm" in text and "linen shade" in text and "$75" not in text


def test_a_free_shipping_promise_without_a_sum_or_inside_a_sentence_stays() -> None:
    terms = ("<p>Every lamp travels to you with free delivery, however far away you live.</p><p>The lamp comes boxed, and as a thank-you "
             "for early orders we add <span>free shipping on orders over EUR 50</span> this spring.</p>")
    text = text_of(lamp_page(terms))
    assert "with free delivery" in text and "free shipping on orders over EUR 50" in text


def test_shipping_terms_stay_on_a_page_that_is_not_a_product() -> None:
    terms = ("<div class='fold-item'><h3><button aria-expanded='true'>Shipping &amp; Returns</button></h3>"
             "<div class='fold-panel'><p>TERMS Parcels leave our warehouse within two working days, and "
             "orders over EUR 60 travel free of charge.</p></div></div>")
    assert "TERMS" in text_of(lamp_page(terms, head="<title>Brass desk lamp</title>"))


def test_a_shipping_and_returns_title_in_a_bar_of_titles_titles_no_item() -> None:
    # a bar of tab titles (or a footer's links), the first of them the shipping label: the bar
    # starts with the label and holds more, but it is a list of titles, not the item one opens
    from lxml import html as lxml_html

    from cleanpage.boilerplate import _shipping_items
    tabs = ("<div class='tab-titles'><div class='tab-title'>Shipping &amp; Returns</div>"
            "<div class='tab-title'>Materials and finish</div><div class='tab-title'>Dimensions</div></div>")
    assert not _shipping_items(lxml_html.fromstring(lamp_page(tabs)).find("body"))
    item = ("<div class='fold-item'><h3>Shipping &amp; Returns</h3><p>Parcels leave within two days.</p></div>")
    found = _shipping_items(lxml_html.fromstring(lamp_page(item)).find("body"))
    assert [el.get("class") for el in found] == ["fold-item"]


def stool_page(box: str, head: str = "<title>Oak stool</title><meta property='og:type' content='product'>") -> str:
    """A product page whose description holds `box` between its paragraphs."""
    return page("<h1>Oak stool</h1><div class='product-info'><div class='price'>EUR 89</div>"
                "<p>A low stool turned from one piece of oak, oiled by hand and sturdy enough to stand on "
                "when you reach for the top shelf of the pantry.</p>" + box
                + "<p>Each stool is signed under its seat and ships flat in a recycled box, with a small tin "
                "of oil for later care.</p></div>", head=head)


@pytest.mark.parametrize("box", [
    "<div class='product-usp'><span>Free returns for ninety days</span><span>Talk to a woodworker</span></div>",
    "<ul class='usps'><li>Ships within a day</li><li>Two-year cover</li></ul>",
    "<p class='affirm-as-low-as'>Starting at $9/mo with a lender. See if you qualify</p>",
    "<div class='afterpay-container'>or 4 payments of EUR 22.25</div>",
    "<div class='klarna-placement'>Pay in 3 interest-free instalments</div>",
    "<div class='badges'><span>30-day money-back promise</span><span>Three years of cover</span></div>",
    "<div class='caja-garantia'><p>Compra segura: si llega roto te mandamos otro.</p></div>",
    "<div class='shop-guarantee'><p>Broken on arrival? We send another, free of charge.</p></div>",
])
def test_a_products_selling_points_and_pay_later_boxes_go(box: str) -> None:
    # the shop's own boxes beside every product: its selling points and a lender's widget
    text = text_of(stool_page(box))
    assert "turned from one piece" in text and "signed under its seat" in text
    for gone in ("ninety days", "woodworker", "within a day", "$9/mo", "payments of", "instalments", "promise",
                 "Compra segura", "Broken on arrival"):
        assert gone not in text


def test_selling_points_stay_on_a_page_that_is_not_a_product() -> None:
    # elsewhere a "usp" box is a service page's own offer
    box = "<div class='product-usp'><span>Free returns for ninety days</span><span>Talk to a woodworker</span></div>"
    assert "ninety days" in text_of(stool_page(box, head="<title>Oak stool</title>"))


def kettle_page(head: str, cards: str) -> str:
    return page("<main><h1>Enamel kettle</h1>"
                "<p>A stovetop kettle of enamelled steel that whistles when the water boils, with a wooden "
                "handle that stays cool and a lid that lifts off for filling.</p>"
                "<p>It holds two litres, works on gas, electric and induction hobs, and comes in four colours "
                "fired into the enamel, so they do not chip or fade.</p>"
                "<p>Rinse it after use and let it dry with the lid off; a spoon of vinegar in warm water "
                "lifts the scale that hard water leaves inside, and the enamel wipes clean with a soft cloth.</p>"
                f"<h2>Shoppers also looked at</h2><div class='carousel'><ul>{cards}</ul></div></main>",
                head=head)


PRICED_CARDS = "".join(f"<li><a href='/p/{i}'>CARD Copper kettle model {i} with a folding handle</a>"
                       f"<span>€{30 + i}.99</span><span>Free delivery</span></li>" for i in range(5))


def test_a_carousel_of_priced_cards_goes_on_a_product_page() -> None:
    head = "<title>Enamel kettle</title><meta property='og:type' content='product'>"
    text = text_of(kettle_page(head, PRICED_CARDS))
    assert "whistles when the water boils" in text and "CARD" not in text


def test_only_a_carousel_of_priced_cards_is_other_products() -> None:
    # the product's own slides of features show no price; a carousel of too few cards is no shelf
    from lxml import html as lxml_html

    from cleanpage.boilerplate import _card_carousels
    head = "<title>Enamel kettle</title><meta property='og:type' content='product'>"
    slides = "".join(f"<li><p>SLIDE {word} and sturdy, the enamel takes the heat of any hob.</p></li>"
                     for word in ("Bright", "Smooth", "Glossy", "Heavy"))
    two = "".join(f"<li><a href='/p/{i}'>Copper kettle {i}</a><span>€{30 + i}.99</span></li>" for i in range(2))

    def found(cards: str) -> int:
        return len(_card_carousels(lxml_html.fromstring(kettle_page(head, cards)).find("body")))
    assert (found(PRICED_CARDS), found(slides), found(two)) == (1, 0, 0)


def test_a_carousel_of_priced_cards_stays_on_a_page_that_is_not_a_product() -> None:
    assert "CARD Copper kettle model 1" in text_of(kettle_page("<title>Enamel kettle</title>", PRICED_CARDS))


def test_a_run_of_identifiers_between_a_labels_letters_goes() -> None:
    # a label spelt letter by letter, each letter beside a random identifier its style hides
    ids = ["3f1c2a9e-7b4d-4e21-9c3a-0d5e6f7a8b9c", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d",
           "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f"]
    spans = "".join(f"<span>{letter}</span><span>{ident}</span>" for letter, ident in zip("Plug", ids))
    text = text_of(article_with(extra_inside=f"<div><div>{spans}</div></div>"))
    assert "Paragraph 6" in text and not any(ident in text for ident in ids)


def test_an_identifier_shown_alone_stays() -> None:
    # a document's example identifier, in its own block: no run of letters and ids
    ident = "3f1c2a9e-7b4d-4e21-9c3a-0d5e6f7a8b9c"
    inside = f"<p>The request carried this key, which the server logged twice:</p><div><span>{ident}</span></div>"
    assert ident in text_of(article_with(extra_inside=inside))


def test_reviews_stay_on_a_page_that_is_not_a_product() -> None:
    assert "Reviewer 2" in text_of(shop_page("<title>Oak shelf unit</title>"))


def test_the_text_a_read_more_button_unfolds_is_content() -> None:
    folded = ("<div class='toggle'><div id='details-read-more' class='toggle__body'><p>Stoneware mug with a handle, "
              "thrown by hand and glazed in a folk-art style; it holds 350 ml, and the glaze is food-safe.</p>"
              "<p>Dishwasher safe, though washing by hand keeps the glaze bright for longer.</p></div>"
              "<button>Read more</button></div>")
    teasers = ("<div class='read-more'><a href='/a'>Other story one about the harbour</a> "
               "<a href='/b'>Other story two about the quay</a></div>")
    html = page(f"<h1>Stoneware mug</h1><div class='price'>USD 99</div>{folded}{teasers}",
                head="<title>Stoneware mug</title><meta property='og:type' content='product'>")
    text = text_of(html)
    assert "thrown by hand" in text and "washing by hand" in text and "Other story" not in text


# ---------------------------------------------------------------- tidy rules inside the body
@pytest.mark.parametrize("chrome", [
    "<p>Advertisement</p>",
    "<div>Anzeige</div>",
    "<p>Share this:</p>",
    "<p>Reporting by Jane Roe; Editing by John Doe</p>",
    "<p>Associated Press writer Sam Poe contributed to this report.</p>",
    "<p>Sign up for our newsletter to get the latest stories in your inbox.</p>",
    "<p>Subscribe to continue reading this story.</p>",
    "<p>Déjà abonné ? Connectez-vous.</p>",
    "<ul><li><a href='/a'>Another story</a></li><li><a href='/b'>One more story</a></li></ul>",
    "<p><a href='/c'>CLICK HERE TO GET THE APP</a></p>",
    "<p><a href='#top'>Back to top</a> ^</p>",
])
def test_tidy_removes_chrome_inside_the_body(chrome: str) -> None:
    html = article_with(extra_inside=chrome)
    text = text_of(html)
    assert "Paragraph 6 of the article" in text
    for word in ("Advertisement", "Anzeige", "Share this", "Editing by", "contributed to this report", "newsletter",
                 "continue reading", "abonné", "Another story", "GET THE APP", "Back to top"):
        assert word not in text


@pytest.mark.parametrize("notice", [
    "<p>PAYWALLED This story is exclusive to Harbour+ subscribers.</p>",
    "<div>PAYWALLED To read the rest of this story, subscribe to the Tide Gazette.</div>",
    "<p>PAYWALLED Become a member of the Tide Gazette to unlock this piece.</p>",
])
def test_a_paywall_notice_naming_the_plan_goes(notice: str) -> None:
    # the notice names the site's plan ("Harbour+ subscribers") or asks to unlock "this piece"
    text = text_of(article_with(extra_inside=notice))
    assert "Paragraph 6 of the article" in text
    assert "PAYWALLED" not in text


FILLER_BOX = ("<div class='tiles'><h3>Tile heading</h3><p>Lorem ipsum dolor sit amet, consectetur "
              "adipiscing elit, sed do eiusmod tempor.</p><ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul></div>")


def test_a_templates_filler_text_left_in_the_body_goes() -> None:
    # an unused component of the theme, still holding its "Lorem ipsum" filler, after the story
    text = text_of(article_with(extra_inside=FILLER_BOX))
    assert "Paragraph 6 of the article" in text
    assert "Lorem" not in text and "dolor sit" not in text


def test_a_body_that_opens_with_filler_text_keeps_it() -> None:
    # a template's demo page (or a reader's test page): the filler is its text
    filler = "".join(f"<p>Lorem ipsum dolor sit amet, paragraph {i}, consectetur adipiscing elit, sed do eiusmod "
                     f"tempor incididunt ut labore et dolore magna aliqua.</p>" for i in range(1, 7))
    html = page(f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{filler}</div></article>")
    assert "paragraph 6" in text_of(html)


PAYWALL_PLANS = (("Monthly", "$12", "Billed every month, cancel whenever you like"),
                 ("Quarterly", "$30", "Three months of analysis, briefings and the archive"),
                 ("Yearly", "$99", "Save a third on the monthly plan, with two guest passes"),
                 ("Team", "$450", "Five seats for a newsroom, a school or an office"))
# Longer than a notice alone (MAX_PAYWALL_CHARS): its plans make the box.
PAYWALL_BOX = (
    "<div class='offer-wrap'><h2>This article is exclusive to Harbour+ subscribers</h2>"
    "<h3>Unlock it, with our weekly analysis and briefings.</h3><div class='plans'>"
    + "".join(f"<div class='plan'><p>{name}</p><p>PLANPRICE {price}</p><p>{note}</p>"
              f"<a href='/join'>Get started</a></div>" for name, price, note in PAYWALL_PLANS)
    + "</div></div>"
)


def test_a_paywall_box_headed_by_its_notice_goes_with_its_plans() -> None:
    # the notice is the box's heading: the plans and prices under it go with it, not the notice alone
    text = text_of(article_with(extra_inside=PAYWALL_BOX))
    assert "Paragraph 6 of the article" in text
    assert "exclusive to" not in text and "PLANPRICE" not in text


def test_a_section_headed_by_a_sentence_on_subscribers_stays() -> None:
    # a heading about subscribers that is no notice to the reader keeps its section
    section = ("<section><h2>Why members matter to the paper</h2>"
               "<p>Readers who pay for the paper fund PLANPRICE its reporting, the editor wrote this spring.</p></section>")
    assert "PLANPRICE" in text_of(article_with(extra_inside=section))


@pytest.mark.parametrize("ident, heading", [
    ("sorting-old-comments", "Sorting old comments"),
    ("auf-die-kommentare-der-gutachter-antworten", "Auf die Kommentare der Gutachter antworten"),
    ("repondre-aux-commentaires-des-relecteurs", "Répondre aux commentaires des relecteurs"),
    ("section-responder-a-los-comentarios-de-revision", "Responder a los comentarios de revisión"),
])
def test_a_section_whose_id_is_the_slug_of_its_heading_is_no_chrome(ident: str, heading: str) -> None:
    # a documentation engine names each section after its heading: a chrome word in it names no role
    section = (f"<section id='{ident}'><h2>{heading}</h2><p>SECTIONTEXT Reviewers answer within a week, "
               "and each of their remarks deserves a reply in the thread, quoted and trimmed.</p></section>")
    assert "SECTIONTEXT" in text_of(article_with(extra_inside=section))


def test_a_section_whose_id_is_not_its_headings_slug_still_goes_by_it() -> None:
    section = ("<section id='comments'><h2>Respond to review comments</h2><p>SECTIONTEXT Reviewers answer "
               "within a week, and each of their remarks deserves a reply in the thread.</p></section>")
    assert "SECTIONTEXT" not in text_of(article_with(extra_inside=section))


@pytest.mark.parametrize("section", [
    # one word, the heading's permalink leading to it
    "<section id='cookies'><h3>Cookies<a class='headerlink' href='#cookies'>¶</a></h3>"
    "<p>SECTIONTEXT To read a cookie, ask the request for it; to set one, the response takes it.</p></section>",
    # a prefixed id, the permalink to the empty anchor that carries the bare one
    "<section id='s-widgets'><span id='widgets'></span><h4>Widgets<a href='#widgets'>¶</a></h4>"
    "<p>SECTIONTEXT Each field draws itself with a widget, which a form may swap for another.</p></section>",
    # the heading's words in the id, after an empty anchor with an older id
    "<section id='antworten-sie-auf-die-kommentare-im-thread'><span id='kommentare'></span>"
    "<h2>Antworten Sie auf die Kommentare im Thread</h2>"
    "<p>SECTIONTEXT Jede Anmerkung der Gutachter verdient eine Antwort, zitiert und gekürzt.</p></section>",
    "<div id='commentaires'><a id='avis'></a><h2>Commentaires<a href='#avis'>#</a></h2>"
    "<p>SECTIONTEXT Chaque remarque des relecteurs mérite une réponse dans le fil, citée et abrégée.</p></div>",
    # the heading in a design system's boxes, its permalink the link after it, to the heading's id
    "<section id='sign-up-for-the-harbour-feed-section'><div class='box'><div class='box'>"
    "<h2 id='sign-up-for-the-harbour-feed'>Sign up for the harbour feed</h2>"
    "<a href='#sign-up-for-the-harbour-feed'><span>anchor</span></a></div>"
    "<p>SECTIONTEXT Create an account first, then copy the key the console shows you.</p></div></section>",
])
def test_a_section_whose_heading_links_to_it_is_named_by_its_heading(section: str) -> None:
    # a documentation engine's section: its heading's permalink (to the section's id or to an
    # empty anchor before the heading) says the id is the heading's, not a chrome word
    assert "SECTIONTEXT" in text_of(article_with(extra_inside=section))


def test_a_section_named_comments_whose_heading_links_elsewhere_still_goes() -> None:
    section = ("<section id='comments'><h2>Comments<a href='#top'>Back</a></h2><p>SECTIONTEXT Reviewers "
               "answer within a week, and each of their remarks deserves a reply in the thread.</p></section>")
    assert "SECTIONTEXT" not in text_of(article_with(extra_inside=section))


FAQ_TABS = {
    "en": [("Is the plan worth it?", "The plan costs less than one repair, and most owners need one within two years."),
           ("What does the cover include?", "It includes parts, labour and a loan device while yours is in the shop."),
           ("How do I cancel?", "Write to the office before the month ends, and the cover stops on its last day.")],
    "de": [("Lohnt sich der Tarif?", "Der Tarif kostet weniger als eine Reparatur, und die meisten brauchen eine."),
           ("Was ist abgedeckt?", "Abgedeckt sind Teile, Arbeit und ein Leihgerät, solange Ihres repariert wird."),
           ("Wie kündige ich?", "Schreiben Sie dem Büro vor Monatsende, dann endet der Schutz am letzten Tag.")],
    "es": [("¿Merece la pena el plan?", "El plan cuesta menos que una sola reparación, y casi todos los clientes necesitan una."),
           ("¿Qué incluye la cobertura?", "Incluye piezas, mano de obra y un equipo de préstamo durante la reparación."),
           ("¿Cómo cancelo?", "Escriba a la oficina antes de fin de mes y la cobertura termina el último día.")],
}


def service_page_with(inside: str) -> str:
    offer = "".join(f"<h2>{title}</h2><p>Our cover repairs {what} within three days, anywhere in the country, at "
                    "no cost beyond the monthly fee, and a courier collects the device from your door.</p>"
                    f"<p>Every {what} repair uses the maker's own parts, and our workshops test each device for a "
                    "full day before it goes back to you, with a year of warranty on the work.</p>"
                    for title, what in (("Phones", "phone"), ("Laptops", "laptop"), ("Tablets", "tablet"),
                                        ("Watches", "watch")))
    return page(f"<main><h1>Device cover for every home</h1>{offer}{inside}</main>")


@pytest.mark.parametrize("lang", sorted(FAQ_TABS))
def test_an_faq_tab_set_named_a_menu_is_the_pages_text(lang: str) -> None:
    # a site builder's tab set: the questions and their answers all in its "menu", each in a "menu-link"
    items = "".join(f"<div class='faq_tabs-menu-link'><h3>{q}</h3><div><p>{a} FAQANSWER</p></div></div>"
                    for q, a in FAQ_TABS[lang])
    text = text_of(service_page_with(f"<div class='faq_tabs'><div class='faq_tabs-menu'>{items}</div></div>"))
    assert text.count("FAQANSWER") == 3 and FAQ_TABS[lang][0][0] in text


def test_a_menu_of_headings_over_sentences_that_ask_nothing_still_goes() -> None:
    panels = "".join(f"<div class='menu-panel'><h3>{name}</h3><p>MENUPROMO {name} gives your team the tools to "
                     "plan, build and ship, all in one place, with support every day.</p></div>"
                     for name in ("Planner", "Builder", "Shipper"))
    text = text_of(service_page_with(f"<div class='site-menu'>{panels}</div>"))
    assert "MENUPROMO" not in text and "Device cover" in text


@pytest.mark.parametrize("message", [
    "Thanks, your note is on its way!", "Merci ! Votre message a bien été envoyé.",
    "Vielen Dank! Ihre Nachricht wurde gesendet.",
])
def test_a_site_builders_form_notes_hidden_until_sent_go(message: str) -> None:
    form = ("<div class='contact-form w-form'><form><input name='email'><input type='submit' value='Send'></form>"
            f"<div class='w-form-done'><div>{message}</div></div>"
            "<div class='w-form-fail'><div>Sorry, the note could not be sent just now.</div></div></div>")
    text = text_of(article_with(extra_inside=form))
    assert "Paragraph 6 of the article" in text
    assert message not in text and "Oops" not in text


WIKI_TEXT = "".join(
    f"<p>The tide table for week {i} lists high and low water at the north quay, the east slip and the "
    "ferry steps, with the heights the harbour gauge measured and the times rounded to five minutes.</p>"
    for i in range(1, 6))


def wiki_page(footer: str) -> str:
    """A wiki engine's page: the text, then what the engine prints under it."""
    return page("<div id='content' class='mw-body'><h1 id='firstHeading'>Tide tables</h1>"
                f"<div id='bodyContent'><div id='mw-content-text'>{WIKI_TEXT}{footer}</div></div></div>",
                head="<title>Tide tables - Quayside Wiki</title>")


@pytest.mark.parametrize("footer", [
    ("<div class='printfooter'>Retrieved from \"<a dir='ltr' href='https://wiki.example.org/index.php?"
     "title=Tide_tables&amp;oldid=4821'>https://wiki.example.org/index.php?title=Tide_tables&amp;oldid=4821</a>\""
     "</div>"),
    "<div class='print-only'>Printed from the Quayside Wiki; the tables online are updated every Monday.</div>",
    "<p class='visible-print-block'>Printed copy: check the online tables before sailing.</p>",
])
def test_what_a_page_shows_only_on_paper_goes(footer: str) -> None:
    # a wiki's "Retrieved from <address>" and a print-only block: the stylesheet hides them on the screen
    text = text_of(wiki_page(footer))
    assert "The tide table for week 5" in text
    assert "Retrieved from" not in text and "Printed" not in text


def test_a_block_hidden_only_on_paper_stays() -> None:
    # "noprint" hides a block from the printed page, not from the screen; a class about printing
    # names no print-only block
    text = text_of(article_with(extra_inside=(
        "<div class='noprint'><p>Corrections to these figures are welcome by letter, with the gauge's "
        "reading and the time you took it.</p></div>"
        "<div class='print-guide'><p>To print the tables, choose landscape, since the columns of the rain "
        "gauges are wide.</p></div>")))
    assert "Corrections to these figures are welcome" in text
    assert "To print the tables, choose landscape" in text


def test_a_print_only_class_on_the_whole_text_takes_no_text() -> None:
    # the class word is a weak signal: the guard keeps the block that holds the page's text
    text = text_of(page("<article><h1>Storm study finds more rain</h1>"
                        f"<div class='article-body print-only'>{PARAGRAPHS}</div></article>"))
    assert "Paragraph 6 of the article" in text


@pytest.mark.parametrize("names", ["hero-banner __with-breadcrumbs", "intro intro--with-breadcrumbs",
                                   "cabecera cabecera--has-menu", "kopf _with-nav"])
def test_a_bem_modifier_that_a_block_holds_a_trail_names_no_trail(names: str) -> None:
    assert _class_rule(names) is None


@pytest.mark.parametrize("box", [
    "<section><h3>About the Author</h3><p>Jane Roe is a contributing writer who covers weather.</p></section>",
    "<div><span>About the author</span>Jane Roe is a contributing writer who covers weather.</div>",
    "<aside><h4>Über die Autorin</h4><p>Jane Roe schreibt über das Wetter.</p></aside>",
])
def test_an_author_box_told_by_its_heading_goes(box: str) -> None:
    text = text_of(article_with(extra_inside=box))
    assert "Paragraph 6 of the article" in text
    assert "Jane Roe" not in text


def test_a_section_about_the_authority_is_kept() -> None:
    section = ("<section><h3>About the authority of the storm office</h3><p>The storm office, set up in 1990, "
               "decides when the warnings go out, and its forecasts are read by every county.</p></section>")
    assert "The storm office, set up in 1990" in text_of(article_with(extra_inside=section))


@pytest.mark.parametrize("offer", [
    ("<div class='offer'><span>Storm cover from $12 a month</span> <a class='btn btn-primary' href='/q'>Request "
     "your estimate</a></div>"),
    ("<div class='plan'><p>The storm plan covers flooded cellars and fallen trees for homes on the coast.</p>"
     "<a class='plan__compare-button' href='/c'><span>Request your estimate</span></a></div>"),
    # a shop button drawn by a box inside a plain link: the box's class names it a button
    ("<div class='pick'><p>The storm plan covers flooded cellars and fallen trees for homes on the coast.</p>"
     "<a href='/c' rel='sponsored'><div class='price_button'><span>Request your estimate</span></div></a></div>"),
])
def test_a_button_link_beside_the_text_goes_but_not_one_inside_a_sentence(offer: str) -> None:
    sentence = ("<p>Read <a class='btn-link' href='/r'>the storm office's full report</a> before the council "
                "meets on the new levees.</p>")
    text = text_of(article_with(extra_inside=offer + sentence))
    assert "Paragraph 6 of the article" in text
    assert "Request your estimate" not in text
    assert "Storm cover from $12 a month" in text or "flooded cellars" in text
    assert "the storm office's full report before the council" in text


@pytest.mark.parametrize("content", [
    "<p>Staff writer Mei Tanaka contributed to this report from the board meeting on Tuesday night.</p>",
    "<p>The full report: <a href='https://example.org/report.pdf'>https://example.org/report.pdf</a></p>",
    "<p>The mayor, <span class='name'>Ana <span> </span>Ruiz</span>, said <a href='/ruiz'>Ruiz</a> would run.</p>",
])
def test_tidy_keeps_text_that_looks_like_chrome(content: str) -> None:
    html = article_with(extra_inside=content)
    text = text_of(html)
    words = [w for w in content.replace("<", " <").split() if not w.startswith("<") and "=" not in w]
    assert "Ana Ruiz" in text if "Ana" in content else all(w.strip(">") in text for w in words[:3])


def test_code_is_never_tidied() -> None:
    html = article_with(extra_inside="<pre><span>$ </span>LOG=debug<span> </span>python<span> </span>run.py</pre>")
    assert "$ LOG=debug python run.py" in text_of(html)


def test_captions_go_unless_images_are_kept() -> None:
    figure = "<figure><img src='/a.jpg' alt='A storm'><figcaption>CAPTION: clouds over the bay</figcaption></figure>"
    html = article_with(extra_inside=figure)
    assert "CAPTION" not in text_of(html)
    assert "CAPTION" in text_of(html, images=True)


def test_a_quotation_a_gallery_class_names_is_no_caption() -> None:
    quote = "<blockquote class='gallery__quote'>QUOTED: iron listens, if you give it time.</blockquote>"
    figure = "<figure><img src='/a.jpg' alt='A forge'><figcaption class='gallery__caption'>CAPTION: the forge</figcaption></figure>"
    text = text_of(article_with(extra_inside=quote + figure))
    assert "QUOTED" in text and "CAPTION" not in text


@pytest.mark.parametrize("heading", ["You may also like", "Lue myös nämä", "Baca juga"])
def test_a_related_heading_over_teasers_goes_on_an_article(heading: str) -> None:
    # a site builder's summary box: its header, then teasers that each open with their linked title
    box = (f"<div class='box-z'><div class='box-z-head'><h3>{heading}</h3></div><div class='box-z-list'>"
           "<div class='box-z-item'><a href='/s1'>TEASER ONE a winter night</a><div><p>SUMMARY: no lights were seen."
           "</p></div></div></div></div>")
    section = "<div><h3>Further reading at the library</h3><p>KEPT: the reading room opens at nine.</p></div>"
    html = article_with(extra_inside=box + section).replace("<head>", "<head><meta property='og:type' content='article'>")
    text = text_of(html)
    assert "TEASER" not in text and "SUMMARY" not in text and "KEPT" in text


@pytest.mark.parametrize("heading", ["עוד כתבות", "Bunlar da ilginizi çekebilir", "Читайте также", "Läs också", "関連記事"])
def test_a_related_heading_over_teasers_in_an_aside_goes_on_any_page(heading: str) -> None:
    # no og:type, a builder's rows (each "widget", which the guard keeps as rows of the text): the
    # <aside> says the box is beside the text, its heading names it further reading
    def row(inner: str) -> str:
        return f"<section class='q-section'><div class='q-widget-wrap'><div class='q-widget'>{inner}</div></div></section>"
    box = (f"<aside class='posts-q'><h3>{heading}</h3><ul><li><a href='/t1'><strong>TEASER ONE the ferry runs late"
           "</strong></a><p>SUMMARY: the harbour office changed the winter timetable for all the island boats.</p></li>"
           "<li><a href='/t2'><strong>TEASER TWO a new bakery</strong></a><p>SUMMARY: bread before dawn on the "
           "square, and a queue that reaches the old fountain.</p></li></ul></aside>")
    paragraphs = "".join(f"<div class='q-widget'><p>KEPT {i} of the harbour story, where the ferry crews talk about "
                         "the long winter nights.</p></div>" for i in range(6))
    html = page(f"<div class='q-post'><section class='q-section'><div class='q-widget-wrap'><div class='q-widget'>"
                f"<h1>Storm study finds more rain</h1></div>{paragraphs}</div></section>{row('<p>Share f x</p>')}"
                f"{row(box)}</div>")
    text = text_of(html)
    assert "TEASER" not in text and "SUMMARY" not in text and "KEPT 5" in text


def test_only_navigation_is_no_content() -> None:
    html = page("<nav><a href='/'>Home</a><a href='/a'>About</a></nav><footer>© 2024 Daily Planet</footer>")
    with pytest.raises(NoContentError):
        cleanpage.clean(html)


# ---------------------------------------------------------------- choosing the content
def test_feed_of_articles_gives_the_one_with_the_headline() -> None:
    others = "".join(f"<article class='teaser'><h2>Other story {i}</h2>{PARAGRAPHS.replace('Paragraph', f'Other{i}')}"
                     f"</article>" for i in range(3))
    html = page(f"<main><article class='post'><h1>Storm study finds more rain</h1>{PARAGRAPHS}</article>"
                f"<div class='more'>{others}</div></main>")
    text = text_of(html)
    assert "Paragraph 6" in text and "Other1" not in text


def test_article_split_into_chunks_is_gathered() -> None:
    chunk = "<div class='grid'><div class='grid-item body'>{}</div></div>"
    html = page("<main>" + chunk.format(PARAGRAPHS) + "<div class='ad'>Ad</div>"
                + chunk.format(PARAGRAPHS.replace("Paragraph", "Second part")) + "</main>")
    text = text_of(html)
    assert "Paragraph 1" in text and "Second part 6" in text


# An article's introduction, its list of reviewed items (each a headed section of sentences)
# and its buying guide, each in a section of its own: the list outscores the sections beside it.
REVIEW_WORDS = {
    "en": ("Choosing a kettle is easier than it looks, once you know which features matter and which "
           "ones only raise the price, so we tested them side by side.",
           "The steel body keeps the water hot for longer, and the lid opens wide enough to clean it, "
           "although the handle warms up after a few minutes of boiling.",
           "Buy a kettle with a filter you can remove, because scale builds up quickly in hard water, "
           "and check that the base turns freely on its stand."),
    "de": ("Einen Wasserkocher zu wählen ist leichter, als es scheint, wenn man weiß, welche Funktionen "
           "zählen und welche nur den Preis erhöhen, deshalb haben wir sie verglichen.",
           "Das Gehäuse aus Stahl hält das Wasser länger heiß, und der Deckel öffnet sich weit genug zum "
           "Reinigen, obwohl der Griff nach einigen Minuten warm wird.",
           "Kaufen Sie ein Gerät mit herausnehmbarem Filter, denn Kalk setzt sich in hartem Wasser schnell "
           "ab, und prüfen Sie, ob sich der Sockel frei dreht."),
    "es": ("Elegir un hervidor es más fácil de lo que parece, cuando se sabe qué funciones importan y "
           "cuáles solo suben el precio, así que los probamos uno junto a otro.",
           "El cuerpo de acero mantiene el agua caliente durante más tiempo, y la tapa se abre lo bastante "
           "para limpiarla, aunque el asa se calienta tras unos minutos.",
           "Compre un hervidor con un filtro extraíble, porque la cal se acumula rápido con agua dura, y "
           "compruebe que la base gira libremente sobre su soporte."),
}


@pytest.mark.parametrize("lang", sorted(REVIEW_WORDS))
def test_an_articles_sections_around_its_list_of_reviewed_items_are_gathered(lang: str) -> None:
    intro, review, guide = REVIEW_WORDS[lang]
    items = "".join(f"<li class='item'><h3>{n}. Model {n}</h3><p>{review} ({n})</p><p>{review} [{n}]</p>"
                    f"<div class='specs'><span>1.{n} l</span><span>2{n}00 W</span></div></li>"
                    for n in range(1, 9))
    html = page("<main><div class='column'>"
                f"<section class='part opening'><div class='inner'><p>{intro}</p><p>{intro} (2)</p></div></section>"
                f"<section class='part picks'><div class='inner'><h2>Picks</h2><ul class='picks-list'>{items}"
                "</ul></div></section>"
                f"<section class='part closing'><div class='inner'><h2>Guide</h2><p>{guide}</p></div></section>"
                "</div></main>", head="<title>Kettles</title><meta property='og:type' content='article'>")
    text = text_of(html)
    assert intro in text and guide in text and "Model 8" in text


# Teasers after the story: a block whose headings link to other stories, a summary sentence
# under each (a columnist's other columns, a desk's other stories), in several languages.
TEASERS = {
    "en": ("Other columns", "Why the harbour plan needs a second look",
           "THE council has spent two years arguing about the quay, and the money is still not there for it. "
           "Its members now want a second survey of the eastern moorings before any contract is signed."),
    "fr": ("Autres chroniques", "Pourquoi le plan du port mérite un second regard",
           "LE conseil débat du quai depuis deux ans, et l'argent n'est toujours pas là pour le construire. "
           "Ses membres veulent une seconde étude des amarrages de l'est avant de signer un contrat."),
    "pt": ("Outras colunas", "Por que o plano do porto merece um segundo olhar",
           "A câmara discute o cais há dois anos, e o dinheiro ainda não chegou para a obra começar. "
           "Os vereadores querem agora um segundo estudo das amarrações a leste antes de qualquer contrato."),
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_block_of_teasers_beside_an_articles_body_is_not_gathered(lang: str) -> None:
    label, title, summary = TEASERS[lang]
    teasers = "".join(f"<div class='item'><h4><b>Opinion</b> <a href='/story/{n}'>{title} ({n})</a></h4>"
                      f"<p>({n}) {summary}</p></div>" for n in range(4))
    html = page("<div id='story'><div class='story-header'><h1>Storm study finds more rain</h1></div>"
                f"<div class='story-body'>{PARAGRAPHS}</div>"
                f"<div class='group'><div class='group-header'><h2>{label}</h2></div>{teasers}</div></div>",
                head="<title>Storm study</title><meta property='og:type' content='article'>")
    text = text_of(html)
    assert "Paragraph 6" in text and title not in text and summary not in text


def test_a_section_beside_an_articles_body_whose_headings_link_nowhere_is_gathered() -> None:
    sections = "".join(f"<div class='item'><h4>Finding {n}</h4><p>({n}) {TEASERS['en'][2]}</p></div>"
                       for n in range(4))
    html = page("<div id='story'><div class='story-header'><h1>Storm study finds more rain</h1></div>"
                f"<div class='story-body'>{PARAGRAPHS}</div><div class='group'>{sections}</div></div>",
                head="<title>Storm study</title><meta property='og:type' content='article'>")
    assert "Finding 3" in text_of(html)


def builder_section(n: int, word: str, count: int) -> str:
    """A page builder's numbered section > row > column > modules, holding `count` paragraphs."""
    paragraphs = PARAGRAPHS.replace("Paragraph", word)[: len(PARAGRAPHS) * count // 6]
    return (f"<div class='pb_section pb_section_{n}'><div class='pb_row pb_row_{n}'><div class='pb_column'>"
            f"<div class='pb_module pb_image'><img src='/{n}.jpg' alt=''></div>"
            f"<div class='pb_module pb_text pb_text_{n}'><div class='pb_text_inner'>{paragraphs}</div></div>"
            "</div></div></div>")


def test_article_in_a_page_builders_numbered_sections_is_gathered() -> None:
    html = page("<div class='builder'>" + builder_section(0, "Opening", 3) + builder_section(1, "Middle", 6)
                + builder_section(2, "Closing", 3) + "</div><div class='col-4'><p>Sidebar box.</p></div>")
    text = text_of(html)
    assert "Opening 1" in text and "Middle 6" in text and "Closing 2" in text
    assert "Sidebar box" not in text


# ---------------------------------------------------------------- sections
@pytest.mark.parametrize("statement", [
    "This research was supported by the National Institutes of Health under award number CA94060.",
    "The authors acknowledge funding from the European Research Council (grant 101000123).",
    "Die Studie wurde von der Deutschen Forschungsgemeinschaft gefördert.",
    "Ce travail a été financé par l’Agence nationale de la recherche.",
])
def test_funding_statement_is_found_whole(statement: str) -> None:
    html = article_with(extra_inside=f"<p>{statement}</p>")
    article = cleanpage.clean(html)
    assert article.funding == statement
    assert statement in article.text  # also left in the body


def test_funding_heading_section() -> None:
    html = article_with(extra_inside="<h3>Acknowledgements</h3><p>We thank the Ocean Trust for its support.</p>"
                                     "<h3>References</h3><p>Doe, J. (2024).</p>")
    assert cleanpage.clean(html).funding == "We thank the Ocean Trust for its support."


def test_acknowledgements_of_general_thanks_are_not_funding() -> None:
    html = article_with(extra_inside="<h3>Acknowledgements</h3><p>We thank the crews of the research vessel.</p>")
    article = cleanpage.clean(html)
    assert article.funding is None
    assert "We thank the crews" in article.text


def test_no_funding_on_an_ordinary_article() -> None:
    assert cleanpage.clean(article_with()).funding is None


SPEECH = (
    "<p>Rainfall rose by a tenth, according to hydrologist Ellen Vogt of the state survey.</p>"
    "<p>“We have never seen the bay this full in August,” Vogt said. “Nobody has.”</p>"  # too short to list
    "<p>“It is the wettest decade on record by a long way,” says marine biologist Amara Okafor.</p>"
    "<p>Okafor has studied the bay since 1998. “The fish noticed first,” she said.</p>"
    "<p>« Nous n’avions jamais vu ça depuis vingt ans, raconte Mehdi Benali, pêcheur. »</p>"
    "<blockquote><p>The sea does not negotiate with anyone.</p><cite>Joan Didion</cite></blockquote>"
)


def test_quotes_with_their_speakers_in_reading_order() -> None:
    quotes = cleanpage.clean(article_with(extra_inside=SPEECH)).quotes
    found = [(q.kind, q.speaker, q.text[:12]) for q in quotes]
    assert found == [
        ("inline", "Ellen Vogt", "“We have nev"),
        ("inline", "Amara Okafor", "“It is the w"),
        ("inline", "Amara Okafor", "“The fish no"),
        ("inline", "Mehdi Benali", "« Nous n’avi"),
        ("block", "Joan Didion", "The sea does"),
    ]


def test_quotes_are_verbatim() -> None:
    quotes = cleanpage.clean(article_with(extra_inside=SPEECH)).quotes
    assert quotes[0].text == "“We have never seen the bay this full in August,”"


def test_pull_quote_repeating_the_body_is_marked_pull() -> None:
    pull = ("<aside class='pullquote'><blockquote><p>We have never seen the bay this full in August.</p>"
            "</blockquote></aside>")
    quotes = cleanpage.clean(article_with(extra_inside=SPEECH + pull)).quotes
    pulls = [q for q in quotes if q.kind == "pull"]
    assert len(pulls) == 1 and pulls[0].speaker == "Ellen Vogt"
    markdown = cleanpage.render(cleanpage.clean(article_with(extra_inside=SPEECH + pull)), "markdown")
    assert "> We have never seen the bay this full in August." in markdown


@pytest.mark.parametrize("names", [
    "msk-pull-quote", "c-article-body", "article__body", "entry-content", "field field-name-body", "rich-text",
    "social-media-embed", "twitter-tweet", "instagram-media", "c-article-acknowledgements", "post__content",
    "site-footer", "related-posts", "share-bar", "col-md-8", "article-header", "student-testimonials",
    "section-temoignages",
])
def test_keep_literals_agree_with_keep_pattern(names: str) -> None:
    from cleanpage.rules import KEEP_RE, guard_words as _guard_words

    assert _guard_words(names)[0] == (KEEP_RE.search(names) is not None)


def test_an_indexs_sections_of_links_under_their_headings_are_content() -> None:
    # a list of terms by letter: each letter's heading, then a block of links of one class;
    # the related-links block after the article is still a link list
    letters = "".join(
        f"<h2>{letter}</h2><div class='cols'><ul>"
        + "".join(f"<li><a href='/w/{letter}{i}'>{letter}-term number {i}</a></li>" for i in range(6))
        + "</ul></div>" for letter in "ABC")
    related = "<div class='more'><ul>" + "".join(
        f"<li><a href='/r/{i}'>RELATEDLINK {i}</a></li>" for i in range(4)) + "</ul></div>"
    html = page(f"<main><h1>Index of harbour terms</h1>{PARAGRAPHS}{letters}<h2>See also</h2>{related}</main>")
    text = text_of(html)
    assert all(f"{letter}-term number 5" in text for letter in "ABC")
    assert "RELATEDLINK" not in text


def test_a_tutorials_sections_of_links_after_their_lead_paragraphs_are_content() -> None:
    # a tutorial's index: each topic's heading, a sentence on the topic, then its lessons' links;
    # the related-links block after the article, in a wrapper of its own, is still a link list
    topics = "".join(
        f"<h2>{topic}</h2><p>How the harbour board handles {topic.lower()}, in short lessons.</p><ul>"
        + "".join(f"<li><a href='/l/{topic}{i}'>{topic} lesson number {i}</a></li>" for i in range(4))
        + "</ul>" for topic in ("Tides", "Moorings", "Dredging"))
    related = "<div class='more'><ul>" + "".join(
        f"<li><a href='/r/{i}'>RELATEDLINK {i}</a></li>" for i in range(4)) + "</ul></div>"
    html = page(f"<main><h1>Harbour lessons</h1>{PARAGRAPHS}{topics}<h2>Elsewhere</h2>"
                f"<p>Other reading from our desk.</p>{related}</main>")
    text = text_of(html)
    assert all(f"{topic} lesson number 3" in text for topic in ("Tides", "Moorings", "Dredging"))
    assert "RELATEDLINK" not in text

def test_an_indexs_sections_that_open_with_their_letter_are_content() -> None:
    # an A-to-Z index whose sections open with their letter in a plain block, not a heading, the
    # letter in each section's class too ("letters A"): each section's links are content (whether
    # the section holds its links bare or in a wrapper); a block of links whose first line is a
    # longer label is still a link list
    def section(letter: str, wrapped: bool) -> str:
        links = "".join(f"<a href='/w/{letter}{i}'>{letter}-term number {i}</a> " for i in range(10))
        return (f"<div class='letters {letter}'><div class='letter'>{letter}</div>"
                + (f"<div class='links'>{links}</div>" if wrapped else links) + "</div>")
    letters = "".join(section(letter, wrapped=letter != "D") for letter in "ABCDEF")
    related = "<div class='more'><div>Read more</div>" + "".join(
        f"<a href='/r/{i}'>RELATEDLINK {i}</a> " for i in range(4)) + "</div>"
    html = page(f"<main><h1>Index of harbour terms</h1>{PARAGRAPHS}<div class='index'>{letters}</div>"
                f"{related}</main>")
    text = text_of(html)
    assert all(f"{letter}-term number 9" in text for letter in "ABCDEF")
    assert "RELATEDLINK" not in text


def article_text(inner: str) -> str:
    """The text cleanpage keeps of an article: a headline, PARAGRAPHS, then `inner`."""
    return text_of(page(f"<article><h1>Storm study finds more rain</h1>{PARAGRAPHS}{inner}</article>"))


def link_list(word: str, label: str, count: int) -> str:
    """A <ul> of `count` links, each reading `word` and `label` with its number ("{i}")."""
    return "<ul>" + "".join(f"<li><a href='/l/{word}{i}'>{word} {label.format(i=i)}</a></li>"
                            for i in range(count)) + "</ul>"


def test_a_list_of_links_the_text_introduces_is_content() -> None:
    # "Here are some of its courses:" then a list of links: the article's list; the same list
    # without the sentence that introduces it, and a list after a short label, are link lists
    def links(word: str) -> str:
        return link_list(word, "course number {i}", 5)

    text = article_text(f"<p>The harbour school offers free courses; here are some of them:</p>{links('KEPT')}"
                        f"{PARAGRAPHS}<p>More:</p>{links('LABELLED')}{links('BARE')}"
                        f"<p><strong>You might also like:</strong></p>{links('ALSO')}"
                        f"<p>Vous aimerez peut-être aussi :</p>{links('AUSSI')}")
    assert "KEPT course number 4" in text
    assert "LABELLED" not in text and "BARE" not in text
    assert "ALSO" not in text and "AUSSI" not in text  # a related list's label, four words and a colon


def test_a_list_the_text_introduces_keeps_its_items_when_both_are_wrapped() -> None:
    # AsciiDoc-like markup: the paragraph and the list each sit alone in a <div>, the items are
    # paragraphs of one link each, and the lead-in is three words; all of it is the article's
    # list. A label ("See also:") still leads a link list.
    def wrapped(word: str) -> str:
        return "<div class='ulist'><ul>" + "".join(
            f"<li><p><a href='/patch/{word}{i}'>{word} patch number {i} for the tide tables</a></p></li>"
            for i in range(5)) + "</ul></div>"

    text = article_text(f"<div class='paragraph'><p>Here's the shortlist:</p></div>{wrapped('WRAPPED')}"
                        f"{PARAGRAPHS}<div class='paragraph'><p>See also:</p></div>{wrapped('FURTHER')}")
    assert "WRAPPED patch number 0 for the tide tables" in text
    assert "WRAPPED patch number 4 for the tide tables" in text
    assert "FURTHER" not in text


def test_a_list_of_one_link_stays_when_introduced_or_one_of_an_index_of_sections() -> None:
    # a post's list of one link its sentence introduces, and one section's one link among the
    # sections of a contributors' index (a name, then the changes they made), are the post's
    # own; a bare list of one link, and a paragraph of one link under a heading, still go
    def section(name: str, count: int) -> str:
        return f"<h2>{name}</h2>" + link_list(name.upper(), "fixed the tide gauge driver {i}", count)

    text = article_text(f"<p>You can copy the whole disk with the script in this answer:</p>"
                        f"{link_list('INTRODUCED', 'script to copy a disk {i}', 1)}"
                        f"{section('Ann', 3)}{section('Bea', 1)}{section('Cid', 2)}"
                        f"{PARAGRAPHS}{link_list('BARE', 'another story {i}', 1)}"
                        f"<h2>Checklist</h2><p><a href='/pdf'>DOWNLOAD THE CHECKLIST</a></p>")
    assert "INTRODUCED script to copy a disk 0" in text
    assert "BEA fixed the tide gauge driver 0" in text and "ANN fixed the tide gauge driver 2" in text
    assert "BARE" not in text and "DOWNLOAD" not in text


def test_a_line_of_links_that_leads_a_quotation_in_stays() -> None:
    # "<a>Older</a> notes of <a>the manual say</a>:" over the quoted words says where they come
    # from; the same line over a paragraph, and one that does not end with a colon, still go
    def lead(word: str, end: str) -> str:
        return f"<p><a href='/a/{word}'>{word} older</a> notes of <a href='/b/{word}'>the gauge manual say</a>{end}</p>"

    quoted = "<blockquote><p>Wipe the rain gauge funnel each week, before the first reading.</p></blockquote>"
    text = article_text(f"{lead('QUOTING', ':')}{quoted}{lead('PLAIN', ':')}{PARAGRAPHS}"
                        f"{lead('UNENDED', '')}{quoted}")
    assert "QUOTING older notes of the gauge manual say:" in text
    assert "PLAIN" not in text and "UNENDED" not in text


def test_a_two_word_lead_in_introduces_a_list_a_label_does_not() -> None:
    # "Worth reading:" (two words and a colon) leads the article's list in; "See also:" is a label
    def links(word: str) -> str:
        return link_list(word, "guide number {i} to rain gauges", 4)

    text = article_text(f"<p>Worth reading:</p>"
                        f"{links('LEDIN')}{PARAGRAPHS}<p>See also:</p>{links('LABELLED')}")
    assert "LEDIN guide number 3 to rain gauges" in text
    assert "LABELLED" not in text


def test_a_list_of_links_nested_in_an_item_after_its_own_words_is_the_items() -> None:
    # "<li>Gauge tools<ul>links</ul></li>": the nested links are the item's details; an item
    # that is itself a link, or names its links in an element of its own, is a menu's
    def nested(lead: str, word: str) -> str:
        return (f"<ul><li>The harbour board publishes three kinds of tide record, each read twice a day at "
                f"the quay gauge and kept for a century in the board's archive.</li><li>{lead}"
                f"{link_list(word, 'tool {i}', 3)}</li></ul>")

    text = article_text(f"{nested('Gauge tools', 'PLAIN')}{nested('<a href=/t>Records</a> kept with:', 'TAILED')}"
                        f"{PARAGRAPHS}{nested('<a href=/m>Menu</a>', 'LINKED')}"
                        f"{nested('<span>Menu</span>', 'SPANNED')}")
    assert "PLAIN tool 2" in text and "TAILED tool 2" in text
    assert "LINKED" not in text and "SPANNED" not in text

def test_a_lead_in_that_names_the_list_related_leads_a_link_list() -> None:
    # "Related guides from the gardening desk:" or "Readers may also be interested in these
    # reports:" end with a colon like a sentence of the text, but name what follows as related
    # reading: the list goes, and so does its lead-in; a lead-in of the text keeps its list
    def links(word: str) -> str:
        return link_list(word, "essay number {i} on hedge pruning", 4)

    text = article_text(f"<p>The survey team measured these hedges:</p>{links('MEASURED')}{PARAGRAPHS}"
                        f"<p><strong>Related guides from the gardening desk:</strong></p>{links('RELATED')}"
                        f"<p>Readers may also be interested in these reports:</p>{links('REPORTS')}"
                        f"<p>Weitere Artikel aus unserer Gartenredaktion:</p>{links('WEITERE')}")
    assert "MEASURED essay number 3 on hedge pruning" in text
    assert "RELATED" not in text and "REPORTS" not in text and "WEITERE" not in text
    assert "gardening desk" not in text and "interested in these reports" not in text
    assert "Gartenredaktion" not in text


@pytest.mark.parametrize("names", [("rollover-person", "rollover-person-card"), ("hovercard", "hovercard-body"),
                                   ("tooltip", "tooltip-content")])
def test_a_hover_card_goes_and_the_name_it_hangs_on_stays(names: tuple[str, str]) -> None:
    # a name in a sentence wrapped with the card that pops up over it (a photo, the person's
    # latest headlines): the card goes, the name and the sentence around it stay
    wrapper, card = names
    sentence = (f"<p>The lighthouse keeper told <span class='{wrapper}'><a class='{wrapper}-link' href='/p/mara'>"
                f"Mara Ellison</a><span class='{card}'><a href='/s/1'>CARDTEXT Ferry timetable changes "
                f"again</a> <a href='/s/2'>CARDTEXT Gulls nest on the pier</a></span></span> (harbour "
                f"council) that the lamp would be replaced next spring.</p>")
    text = text_of(article_with(extra_inside=sentence))
    assert "The lighthouse keeper told Mara Ellison (harbour council) that the lamp" in text
    assert "CARDTEXT" not in text


def test_a_call_to_action_box_goes_on_an_article_and_stays_on_a_service_page() -> None:
    # a box named a call to action ("inline-cta") inside the text: on a page that says it is an
    # article (og:type) it is an offer beside the text; on a page that does not, the offer may be
    # what the page is about, and it stays
    box = ("<div class='inline-cta'><h3>Planning a garden pond?</h3><p>OFFERBOX Book a free call with "
           "our pond builders and get a quote within two days.</p><a href='/book'>Book a call</a></div>")
    body = (f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{PARAGRAPHS}"
            f"{box}{PARAGRAPHS}</div></article>")
    head = "<title>Storm study finds more rain | Daily Planet</title>"
    article = text_of(page(body, head + "<meta property='og:type' content='article'>"))
    other = text_of(page(body, head))
    assert "OFFERBOX" not in article and "Planning a garden pond" not in article
    assert "OFFERBOX Book a free call" in other


def test_a_block_whose_class_turns_a_feature_off_joins_the_article() -> None:
    # the article in two blocks of one template whose class sets a theme option off
    # ("sidebar-visible--false"): the short summary block before the long one is the text's, not
    # a sidebar, and is gathered with it
    summary = "".join(f"<p>SUMMARY point {i}: the harbour survey counted more gulls nesting on the old pier "
                      f"this spring than in any year since the counts began, and the wardens expect more.</p>"
                      for i in range(3))
    blocks = (f"<div class='post-part content sidebar-visible--false'>{summary}</div>"
              f"<div class='post-part content sidebar-visible--false'>{PARAGRAPHS}{PARAGRAPHS}</div>")
    text = text_of(page(f"<main><h1>Storm study finds more rain</h1><div class='wrap'>{blocks}</div>"
                        f"<div class='blog-side'><p>Donate today</p></div></main>"))
    assert "SUMMARY point 0" in text and "Paragraph 6 of the article" in text


def test_prose_that_names_affiliate_links_is_not_a_disclosure() -> None:
    # a paragraph about affiliate links as a topic is the article's text; a notice that the page
    # holds them (it speaks of itself or to its reader) still goes, in English and in German
    topic = ("<p>Shops that sell kites can track each partner's sales with affiliate links, coupon "
             "codes and tagged addresses, then compare the totals at the end of the season.</p>")
    notices = ("<p>DISCLOSURE-EN: this guide contains affiliate links to kite shops.</p>"
               "<p>DISCLOSURE-DE: Dieser Beitrag enthält Affiliate-Links.</p>")
    text = text_of(article_with(extra_inside=topic + PARAGRAPHS + notices))
    assert "track each partner's sales with affiliate links" in text
    assert "DISCLOSURE-EN" not in text and "DISCLOSURE-DE" not in text


def test_a_sentence_around_its_links_is_content() -> None:
    # a paragraph most of whose words are links is still text when it is a sentence with words of
    # its own; a linked headline, a "Read more:" line and a bare row of links still go
    sentences = (
        "<p><a href='/p/okafor'>Dr. Ngozi Okafor</a>, a hydrologist at <a href='/u/tarn'>Tarnwick "
        "Polytechnic</a>, explains the <a href='/g/gauges'>rain gauge network</a>.</p>"
        "<p>For the details, see <a href='/g/flood-maps'>Flood maps for river towns</a> and "
        "<a href='/g/sandbags'>How to stack sandbags properly</a>.</p>"
    )
    chrome = (
        "<p><a href='/t/1'>TEASERHEADLINE: will the harbour wall hold this winter?</a></p>"
        "<p>Read more: <a href='/t/2'>READMORELINK the county budget for drains.</a></p>"
        "<p>Posted in <a href='/c/w'>POSTMETA Weather</a> by <a href='/u/k'>Kim</a>, <a href='/d'>May 2, 2024</a>.</p>"
        "<p><a href='/t/3'>ROWLINK one</a> <a href='/t/4'>ROWLINK two</a> <a href='/t/5'>ROWLINK three</a></p>"
    )
    text = text_of(article_with(extra_inside=sentences + PARAGRAPHS + chrome))
    assert "Dr. Ngozi Okafor, a hydrologist at Tarnwick Polytechnic, explains the rain gauge network." in text
    assert "For the details, see Flood maps for river towns and How to stack sandbags properly." in text
    assert "TEASERHEADLINE" not in text and "READMORELINK" not in text and "ROWLINK" not in text
    assert "POSTMETA" not in text


@pytest.mark.parametrize("title, about", [
    ("Rivers of the Lowlands by Anna Brink",
     "This is the first book to read. The author walks you through a year of floods, gauge by gauge, "
     "and shows how each town along the banks learned to live with the water, year after year, "
     "with sandbags, new walls and old habits. Start here."),
    ("Das Buch der Deiche von Karl Moor",
     "Dieses Buch erklärt, wie ein Deich gebaut wird, warum er bricht und was die Dörfer dahinter "
     "tun, wenn das Wasser steigt. Jedes Kapitel endet mit einer Übung für den eigenen Garten, "
     "mit Skizzen und einer Liste der Werkzeuge."),
    ("El libro de la lluvia de Marta Gil",
     "Este libro cuenta cómo se mide la lluvia en cada pueblo del valle, quién anota los datos cada "
     "mañana y por qué esas libretas salvaron cosechas enteras durante la gran sequía del norte, "
     "hace ya muchos años."),
])
def test_a_roundups_linked_item_title_over_its_text_stays(title: str, about: str) -> None:
    # a list's item whose title is a paragraph of one link, over a paragraph of sentences about
    # it, is a roundup's item: the title is its heading; a story's linked headline between its
    # paragraphs, outside a list, still goes
    items = "".join(f"<li><p><a href='/shop/{i}'><strong>{i}. {title}</strong></a></p><p>{about}</p></li>"
                    for i in (1, 2, 3))
    teaser = "<p><a href='/t/9'><strong>TEASERHEADLINE: the harbour wall in winter</strong></a></p>"
    text = text_of(article_with(extra_inside=f"<ol>{items}</ol>{teaser}{PARAGRAPHS}"))
    assert f"2. {title}" in text and about.split(".")[0] in text
    assert "TEASERHEADLINE" not in text


@pytest.mark.parametrize("label", ["Related posts", "You’ll also love…", "Artículos relacionados",
                                   "Ähnliche Artikel", "Articoli correlati:"])
def test_the_label_over_related_links_goes(label: str) -> None:
    # the label stays behind when the links under it go; alone it is no text either
    related = "<ul>" + "".join(f"<li><a href='/r/{i}'>RELATEDLINK {i}</a></li>" for i in range(3)) + "</ul>"
    text = text_of(article_with(extra_inside=f"<h2>{label}</h2>{related}"))
    assert "Paragraph 6 of the article" in text
    assert label.rstrip(":…") not in text and "RELATEDLINK" not in text


SLUGGED_HEADINGS = [
    # a CMS gives each heading an id made from its words; a class word among them ("social",
    # "subscription", "time", "related") names no role; an id that is not the heading's words still does
    pytest.param([
        ("how-to-share-social-posts-safely", "How to share social posts safely"),
        ("h-which-subscription-plan-fits-a-family", "Which subscription plan fits a family?"),
        ("3-best-time-to-plant-tulip-bulbs", "3. Best time to plant tulip bulbs"),
        ("the-related-costs-of-a-new-roof", "The related costs of a new roof"),
    ], "related-stories-box", "MOREREADING", id="made-of-its-own-words"),
    # slugifiers drop an apostrophe ("we've" -> "weve") or cut there ("we-ve"), and write "&" as
    # "amp" (the escaped "&amp;"), "and" or nothing; a class word in such an id ("time",
    # "updated", "share") still names no role
    pytest.param([
        ("2-1-rules-weve-learned-for-your-first-time-sailing", "2.1 Rules we’ve learned for your first time sailing"),
        ("h-what-s-new-in-this-year-s-updated-harbour-fees", "What’s new in this year’s updated harbour fees"),
        ("ropes-amp-knots-updated-guide-for-beginners", "Ropes &amp; knots: updated guide for beginners"),
        ("crew-and-share-rotation-on-long-passages", "Crew &amp; share rotation on long passages"),
    ], "updated-time-stamp-line", "STAMPLINE", id="without-apostrophes-or-ampersands"),
    # a heading reworded after its slug was made keeps the slug's first words, and a title's
    # markup leaves its tag's name in the slug ("spanevery"); a class word there ("time",
    # "related") names no role
    pytest.param([
        ("h-best-time-to-sail-the-coast-with-small-children", "Best time to sail the coast"),
        ("keep-your-crew-on-time-spanevery-tripspan", "Keep your crew on time, every trip"),
        ("related-costs-of-a-mooring-permit-in-2019", "Related costs of a mooring in winter"),
    ], "related-posts-time-line", "OTHERLINKS", id="opens-with-the-slugs-first-words"),
    # a 2-3 word id that is the heading's whole text (a counter or "h-" prefix aside) names no
    # role, and punctuation in an id ("“slack”") does not hide its words; an id that is not the
    # heading's text still names one
    pytest.param([
        ("h-navigation-lights", "Navigation lights"),
        ("7-social-dinners-aboard", "7. Social dinners aboard"),
        ("what-“slack”-water-means-for-search-and-rescue", "What “slack” water means for search and rescue"),
    ], "social-links", "FOLLOWUS", id="short-id-is-its-whole-text"),
]


@pytest.mark.parametrize(("headings", "chrome_id", "chrome"), SLUGGED_HEADINGS)
def test_a_heading_whose_id_is_its_own_words_is_kept(headings: list[tuple[str, str]], chrome_id: str,
                                                     chrome: str) -> None:
    # the article's <h2>s carry ids made of their words; the last <h3>'s id names a role and goes
    sections = "".join(f"<h2 id='{ident}'>{text}</h2>{PARAGRAPHS}" for ident, text in headings)
    text = text_of(page(f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{sections}"
                        f"<h3 id='{chrome_id}'>{chrome} for you</h3></div></article>"))
    assert all(heading.replace("&amp;", "&") in text for _, heading in headings)
    assert chrome not in text


def test_a_heading_holding_the_title_template_is_the_repeated_title() -> None:
    """ "Headline | Opinion" in the page's h1: the title is its head, and the heading repeats it."""
    html = page(f"<article><div class='article-body'><h1>Storm study finds more rain | Opinion</h1>{PARAGRAPHS}"
                "</div></article>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert article.title == "Storm study finds more rain"
    assert "Opinion" not in article.text and "repeated-title" in [r.rule for r in article.removals]


def test_a_heading_that_breaks_the_title_over_two_lines_repeats_it() -> None:
    # "Storm study<br>finds more rain": the line break parts two words, as a reader sees them
    # (text_content() runs them together, "studyfinds"); the heading says the title and goes
    html = page("<article><div class='article-body'><h2>Storm study<br>finds more rain</h2>"
                f"{PARAGRAPHS}</div></article>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert article.title == "Storm study finds more rain"
    assert "finds more rain" not in article.text and "repeated-title" in [r.rule for r in article.removals]


@pytest.mark.parametrize("mark", ["❯", "›", "»", "/"])
def test_a_trail_written_on_one_line_under_the_headline_is_no_deck(mark: str) -> None:
    # links with nothing but a mark after each, the post's own title after the last: where the
    # page stands, not the sentence under the headline that the deck reattachment brings in
    trail = (f"<p class='meta-line'><a href='/blog/'>Blog home</a> {mark} <a href='/blog/weather/'>Weather "
             f"and climate</a> {mark} Storm study finds more rain over the north slope this winter</p>")
    html = page(f"<article><div class='post-head'><h1>Storm study finds more rain</h1>{trail}</div>"
                f"<div class='article-body'>{PARAGRAPHS}</div></article>")
    text = text_of(html)
    assert "Blog home" not in text and "Weather and climate" not in text
    assert text.startswith("Paragraph 1 of the article")


def test_a_sentence_under_the_headline_with_links_in_it_is_still_the_deck() -> None:
    deck = ("<p>A three-winter survey of <a href='/gauges/'>rain gauges</a> on the north slope finds "
            "<a href='/data/'>twice the rainfall</a> of the valley below.</p>")
    html = page(f"<article><div class='post-head'><h1>Storm study finds more rain</h1>{deck}</div>"
                f"<div class='article-body'>{PARAGRAPHS}</div></article>")
    assert text_of(html).startswith("A three-winter survey of rain gauges")


def test_a_heading_that_repeats_the_title_after_the_text_heads_a_section() -> None:
    # the headline at the top of the body repeats the title and goes; the same words as a
    # heading after a paragraph of the text head its list of picks, and stay (with the list)
    html = page("<article><div class='article-body'><h1>Storm study finds more rain</h1>"
                f"{PARAGRAPHS}<h2>Storm study finds more rain</h2>"
                "<p>SECTIONTEXT: the gauges on the north slope filled twice as fast as those in the "
                "valley, and the team measured it over three winters.</p></div></article>")
    article = cleanpage.clean(html, options=Options(explain=True))
    assert article.text.count("Storm study finds more rain") == 1
    assert "Paragraph 6 of the article" in article.text.split("Storm study finds more rain")[0]
    assert "SECTIONTEXT" in article.text
    assert "repeated-title" in [r.rule for r in article.removals]


@pytest.mark.parametrize("title", ["Table of Contents", "Sommaire", "Table of contents [hide]", "Inhaltsverzeichnis"])
def test_a_table_of_contents_title_goes_with_its_list(title: str) -> None:
    # a box's title over the in-page links to the article's sections: the links go (link-list),
    # and the title, left over nothing, goes with them
    toc = "<ol>" + "".join(f"<li><a href='#s{i}'>Section number {i} of the study</a></li>" for i in range(4)) + "</ol>"
    for box in (f"<h2>{title}</h2>{toc}", f"<div class='box-head'><p><strong>{title}</strong></p></div>{toc}"):
        text = article_text(f"{box}<h2 id='s0'>Gauges on the north slope</h2>{PARAGRAPHS}")
        assert "Section number" not in text and title not in text
        assert "Gauges on the north slope" in text


@pytest.mark.parametrize("box", [
    "<div class='toc-box'><strong>Table of contents</strong><ul></ul></div>",
    "<section class='toc'><div class='toc-head'><span>Table of Contents</span></div><ol class='toc-list'></ol></section>",
    "<div class='contents'><p>Table of Contents <a id='toggle'>Show</a></p><span><ul></ul></span></div>",
])
def test_a_table_of_contents_title_goes_over_the_empty_list_a_script_fills(box: str) -> None:
    # the box holds the title and its list, which a script fills as the page loads: empty here,
    # the title titles nothing; the section after the box stays
    text = article_text(f"{box}<h2 id='s0'>Gauges on the north slope</h2>{PARAGRAPHS}")
    assert "Table of" not in text and "Show" not in text
    assert "Gauges on the north slope" in text


@pytest.mark.parametrize("box", ["<div class='index-cover'><p>Table of Contents</p></div>", "<p><b>In this article:</b></p>"])
def test_a_table_of_contents_title_right_over_a_heading_goes(box: str) -> None:
    # no list under the title at all (a script fills the box): the article's first section follows it
    text = article_text(f"{box}<h2 id='s0'>Gauges on the north slope</h2>{PARAGRAPHS}")
    assert "Table of Contents" not in text and "In this article" not in text
    assert "Gauges on the north slope" in text


def test_a_table_of_contents_title_stays_over_what_stays() -> None:
    # the same words over a section of text, or over a contents list the text keeps, head it
    text = article_text("<h2>Contents</h2><p>TOCTEXT: the study's data sit in three files, one a winter, each "
                        "holding the gauges' daily readings from the north slope and from the valley.</p>")
    assert "Contents" in text and "TOCTEXT" in text


def test_a_line_that_is_only_a_byline_goes_on_an_article() -> None:
    # "By Ann Lee" and "Medically reviewed by Jo Tarrant, MD" in the body of a page that says it
    # is an article: who wrote and checked it (metadata), not its text; a sentence that starts
    # with "By" and a section titled "By Car" stay
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    body = (f"<article><h1>Storm study finds more rain</h1><div class='article-body'><p>By Mirela Otsvan</p>"
            f"<p>Medically reviewed by Jo Tarrant, MD</p>{PARAGRAPHS}<p><strong>By Car</strong></p>"
            "<p>By 2019, the gauges on the north slope had filled twice as fast as those in the valley below.</p>"
            "</div></article>")
    text = text_of(page(body, head))
    assert "Mirela Otsvan" not in text and "Jo Tarrant" not in text
    assert "By Car" in text and "By 2019, the gauges" in text


@pytest.mark.parametrize("line", ["Updated: March 4, 2025", "Last updated 12 Jul 2024",
                                  "Published on Feb 3, 2025 Updated on Feb 11, 2025", "Aktualisiert am 12. März 2025",
                                  "Last Updated January, 2024", "Actualizado marzo, 2025"])
def test_a_line_that_is_only_the_articles_date_goes(line: str) -> None:
    # the date after the word that says which, alone on its line in an article's body: metadata, like the
    # byline; a sentence that opens with the same words stays
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    body = (f"<article><h1>Storm study finds more rain</h1><div class='article-body'><p>{line}</p>{PARAGRAPHS}"
            "<p>Updated March 4, 2025 figures from the north slope show twice the rain of the valley.</p>"
            "</div></article>")
    text = text_of(page(body, head))
    assert line not in text
    assert "Updated March 4, 2025 figures from the north slope" in text


@pytest.mark.parametrize("mark", ["<span class='data' itemprop='datePublished'>quarta-feira, 9 de abril de 2025 às 7:40</span>",
                                  "<time itemprop='dateModified' datetime='2025-04-09'>9/4/2025 à 07h40</time>"])
def test_the_date_schema_org_marks_alone_on_its_line_goes_in_any_language(mark: str) -> None:
    # the article's date, marked itemprop=datePublished (or dateModified), alone on its line in an
    # article's body: metadata, whatever the language; the same mark inside a sentence stays
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    inline = mark.replace("2025", "2024")
    body = (f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{mark}{PARAGRAPHS}"
            f"<p>The first gauges were read on {inline} and again a week later on the north slope.</p>"
            "</div></article>")
    text = text_of(page(body, head))
    assert "2025" not in text
    assert "2024" in text and "and again a week later on the north slope" in text


@pytest.mark.parametrize("line", ["<p><time datetime='2025-04-09'>9 de abril de 2025</time></p>",
                                  "<time datetime='2025-04-09T07:40'>09.04.2025, 07:40 Uhr</time>"])
def test_a_line_that_is_only_a_time_element_goes_in_any_language(line: str) -> None:
    # a <time datetime> alone on its line (or the whole text of its paragraph) in an article's body:
    # the article's date, whatever words it is written in; in a sentence it stays
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    body = (f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{line}{PARAGRAPHS}"
            "<p>The gauges were first read on <time datetime='2024-03-02'>2 March 2024</time> by the "
            "rangers of the north slope.</p></div></article>")
    text = text_of(page(body, head))
    assert "2025" not in text and "2 March 2024 by the rangers" in text


def test_many_bylines_are_a_listings_credits() -> None:
    # the same lines over each of a page's entries, on a page that does not say it is an article:
    # each entry's credit, text of the page
    entries = "".join(f"<h2>Essay number {i} on the harbour</h2><p>By Corvin Aldmoor</p>{PARAGRAPHS}"
                      for i in range(3))
    text = text_of(page(f"<main><h1>Essays on the harbour</h1>{entries}</main>"))
    assert text.count("By Corvin Aldmoor") >= 2


@pytest.mark.parametrize("line", ["<span class='footnote'>Posted by Tamsin at March 4, 2025 9:40 AM<br></span>",
                                  "<p>Written by Oskar Vell on 3 May 2025</p>",
                                  "<p><em>Écrit par Lena Brandt le 12 mars 2025</em></p>",
                                  "<p>Posted by <a href='/u/ines'>Ines Varga</a>\n on\n   <time datetime='2025-03-10'>"
                                  "March 10, 2025</time>at\n   <time datetime='08:05'>08:05</time></p>"])
def test_a_credit_with_its_date_goes_on_a_page_that_declares_nothing(line: str) -> None:
    # an old blog's post footer, "Posted by X at <date>", under the post on a page that never says it
    # is an article: the post's byline, metadata; a credit without its date there stays (one of a
    # listing's entries, perhaps), and so does a sentence that opens with "By"
    body = (f"<div id='container'><h1>Storm study finds more rain</h1><div class='blogbody'>{PARAGRAPHS}"
            f"{line}<p>By Corvin Aldmoor</p><p>By 2019, the gauges on the north slope had filled twice as fast "
            "as those in the valley below.</p></div></div>")
    text = text_of(page(body))
    assert "2025" not in text and "Paragraph 6 of the article" in text
    assert "By Corvin Aldmoor" in text and "By 2019, the gauges" in text


@pytest.mark.parametrize("count", ["0 comments", "1,204 Kommentare", "12 commentaires"])
def test_a_link_that_is_only_a_count_of_comments_goes(count: str) -> None:
    # the post's meta line links to its comment section by their count, beside its other parts
    # (the box is no label as a whole), no words around the link: chrome; the same link inside a
    # sentence is the sentence's words
    inline = ("<p>The rangers answered most of the <a href='#comments'>12 comments</a> below within a day, "
              "with the gauges' readings attached for anyone who asked about the north slope.</p>")
    text = text_of(article_with(extra_outside="", extra_inside=inline).replace(
        "<div class='article-body'>", f"<div class='article-body'><div><span>Filed in Weather</span><a href='#comments'>{count}</a></div>"))
    assert count not in text and "Paragraph 6 of the article" in text
    assert "most of the 12 comments below" in text


def test_an_articles_call_to_action_box_goes_on_any_page() -> None:
    # a box its class names the call-to-action of an article ("post-cta", "article--cta") goes on a
    # page that declares nothing; a plain "cta" box there may be a service's offer, and stays
    box = ("<div class='{name}'><h3>CTATITLE Ready to plan your walk?</h3><p>CTATEXT Book a call with our "
           "route planners, and we post a map of the ridge to you within two days of your call.</p>"
           "<a class='button' href='/book'>Book now</a></div>")
    for name in ("post-cta", "article--cta text-center"):
        text = text_of(article_with(extra_inside=box.format(name=name)))
        assert "Paragraph 6 of the article" in text and "CTATITLE" not in text and "CTATEXT" not in text
    assert "CTATEXT" in text_of(article_with(extra_inside=box.format(name="cta-box")))


def test_a_heading_left_at_the_end_over_its_removed_links_goes() -> None:
    # on an article, the heading over a list of links to elsewhere ends the body once the list goes
    # (link-list): it titles nothing; the same heading over a paragraph stays, and so does one over
    # a block no links rule took
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    links = link_list("ELSEWHERE", "walk number {i} over the moor", 4)

    def body(after: str) -> str:
        return text_of(page(f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{PARAGRAPHS}"
                            f"<h2>Elsewhere on the ridge</h2>{after}</div></article>", head))

    text = body(links)
    assert "ELSEWHERE" not in text and "Elsewhere on the ridge" not in text and "Paragraph 6" in text
    assert "Elsewhere on the ridge" in body("<p>RIDGETEXT: the northern path climbs past two tarns, and the "
                                            "second one freezes over first every winter.</p>")


def test_a_boxs_heading_left_alone_over_its_removed_links_goes_between_paragraphs() -> None:
    # a box of a heading and a list of a link to elsewhere, in the middle of an article ("More on the
    # ridge"): once the list goes (link-list) the heading titles nothing; the same box with a paragraph
    # under its heading stays, and so does a section's heading in the body itself
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    links = "<ul><li><a href='/walks/7'>ELSEWHERE Walking the northern ridge in winter</a></li></ul>"

    def body(box: str) -> str:
        return text_of(page(f"<article><h1>Storm study finds more rain</h1><div class='article-body'>"
                            f"{PARAGRAPHS}<div class='hub-links'><h4>More on the ridge</h4>{box}</div>"
                            f"{PARAGRAPHS}</div></article>", head))

    text = body(links)
    assert "ELSEWHERE" not in text and "More on the ridge" not in text and "Paragraph 6" in text
    assert "More on the ridge" in body("<p>RIDGETEXT: the northern path climbs past two tarns, and the "
                                       "second one freezes over first every winter.</p>")


@pytest.mark.parametrize("line", [
    "<p>Email Orla Penhallow at orla@tidegazette.example or follow her @orlap. Follow us on Twitter.</p>",
    "<p><em>Have a tip? Orla Penhallow may be reached at orla@tidegazette.example.</em></p>",
])
def test_how_to_reach_the_writer_goes(line: str) -> None:
    # the writer's address under the story: a credit line, not text; the site's own "Email us at"
    # on its contact section stays
    text = text_of(article_with(extra_inside=line))
    assert "Paragraph 6 of the article" in text and "orla@" not in text
    assert "desk@" in text_of(article_with(extra_inside="<p>Email us at desk@tidegazette.example</p>"))


# Lines the body's tidy step takes as chrome, a whole block each, beside a sentence of the text
# that starts or speaks the same way and stays: a comment form's note on its moderation, a
# publication's subscription offer, a picture agency's credit, a news page's buttons to hear the
# story or to make the site a preferred source.
@pytest.mark.parametrize(("line", "gone", "kept"), [
    ("<p>Note: we are moderating all comments for now, to deal with a wave of spam.</p>", "spam", "MOD"),
    ("<p>ATENÇÃO: Comentários ofensivos não serão publicados pelo moderador.</p>", "moderador", "MOD"),
    ("<p>Subscribe to Tide Monthly and read every one of our harbour columnists.</p>", "Tide", "SUB"),
    ("<p><em>The Tide Monthly at your door: 6 issues for £9. Order below.</em></p>", "Tide", "SUB"),
    ("<p>Get Tide Plus for as little as £5 a month, with every archive story.</p>", "Tide", "SUB"),
    ("<p>Getty Images / Tamsin Orvell</p>", "Tamsin Orvell", "CREDIT"),
    ("<p><small>Tamsin Orvell | Harbour Press | Getty Images</small></p>", "Tamsin Orvell", "CREDIT"),
    ("<div>Tamsin Orvell via Shutterstock</div>", "Tamsin Orvell", "CREDIT"),
    ("<div>Listen to this article</div>", "Listen to this", "BUTTON"),
    ("<p>Make us your preferred source on Google News</p>", "source", "BUTTON"),
    ("<div class='banner'><span>Add <img src='logo.png' alt='Tide'> as a trusted source</span></div>", "source",
     "BUTTON"),
])
def test_a_chrome_line_goes_and_a_sentence_in_its_words_stays(line: str, gone: str, kept: str) -> None:
    sentence = _KEPT_SENTENCES[kept]
    text = text_of(article_with(extra_inside=f"{line}<p>KEPTLINE {sentence}</p>"))
    assert "Paragraph 6 of the article" in text and "KEPTLINE" in text
    assert gone not in text.replace(sentence, "")


_KEPT_SENTENCES = {
    "MOD": "The harbour board's comments on the plan were approved by the council on Tuesday.",
    "SUB": "Fishermen can subscribe to the harbour's alerts for storm warnings, and the board printed 6 issues "
           "for its first run.",
    "CREDIT": "The harbour board sells its old photographs through Getty Images and two local shops.",
    "BUTTON": "Listen to the harbour master before you sail past the breakwater in a westerly.",
}


def test_a_skip_link_goes_by_its_words_whatever_its_class_in_every_pass() -> None:
    # "Skip to content" in a link to the page's own anchor, named by a class word too: its words
    # are the strong signal, and a fallback pass (which keeps what class words name) sheds it
    from cleanpage import boilerplate, content
    from cleanpage.parse import parse_html

    for name in ("screen-reader-text skip-link", "plain"):
        root = parse_html(page(f"<a class='{name}' href='#main'>Skip to content</a>"
                               f"<article id='main'><h1>Storm study finds more rain</h1>{PARAGRAPHS}</article>"))
        boilerplate.strip(root, Options(), content.main_candidate, structural=True)
        text = root.text_content()
        assert "Skip to content" not in text and "Paragraph 6 of the article" in text


def test_a_webring_of_other_blogs_posts_goes() -> None:
    # a blog's ring of other blogs' recent posts under the article: titles, summaries and
    # "via <blog>" lines, named by its class
    ring = ("<section class='webring'><h3>Posts from friends' blogs:</h3>" + "".join(
        f"<article><h4><a href='https://blog{i}.example/p'>RINGPOST {i} on the moor</a></h4><p>RINGSUMMARY {i}: a "
        f"walk over the moor in the rain, and what the walker found at the top of the hill.</p>"
        f"<small>via Blog {i}</small></article>" for i in range(3)) + "</section>")
    text = text_of(page(f"<div id='wrapper'><h1>Storm study finds more rain</h1>{PARAGRAPHS}{ring}</div>"))
    assert "Paragraph 6 of the article" in text and "RINGPOST" not in text and "RINGSUMMARY" not in text


@pytest.mark.parametrize("tags", [
    # inline, right in the text's block, beside its paragraphs: no block of links of their own
    "<strong>Etiquetas<br><a rel='tag' href='/tag/puerto'>TAGONE puerto</a>, "
    "<a rel='tag' href='/tag/grua'>TAGTWO grúas</a></strong>",
    "<span>Schlagwörter: <a rel='tag' href='/t/a'>TAGONE Häfen</a>, <a rel='tag' href='/t/b'>TAGTWO Fähren</a></span>",
])
def test_a_run_of_the_posts_tag_links_goes_whatever_its_label(tags: str) -> None:
    # links rel="tag" marks, and at most a label beside them in any language: the post's tags; the
    # same links in a sentence of the text stay
    sentence = ("<p>The council published more on <a rel='tag' href='/t/a'>harbours</a> and on <a rel='tag' "
                "href='/t/b'>ferries</a> in its yearly report on the coast and its towns.</p>")
    text = text_of(article_with(extra_inside=sentence + tags))
    assert "TAGONE" not in text and "TAGTWO" not in text
    assert "more on harbours and on ferries in its yearly report" in text


@pytest.mark.parametrize("line", [
    "<small>12/03/2025 - Publicado por: Ana Ruiz - Categoria: <a href='/c/7'>Portos</a> - Tags: "
    "<a href='/t/a'>guindastes</a> <a href='/t/b'>cais</a></small>",
    "<div class='x4'>Kategorie: <a href='/k/1'>Häfen</a> | Schlagwörter: <a href='/s/1'>Kräne</a>, <a href='/s/2'>Kai</a></div>",
])
def test_a_line_of_the_posts_particulars_goes_in_several_languages(line: str) -> None:
    # two or more of a post's labels, each before a colon (who posted it, its category, its tags),
    # on one short line: metadata; one such label in a line of the text stays
    kept = "<p>Category: the council files the new cranes under harbour works, not under roads.</p>"
    text = text_of(article_with(extra_inside=line + kept))
    assert "Ana Ruiz" not in text and "guindastes" not in text and "Kräne" not in text
    assert "Category: the council files the new cranes" in text


def test_paywall_words_of_other_scripts_are_gated_by_one_of_their_letters() -> None:
    """The longer list of a paywall's words in other scripts is read only in a block that holds a
    letter NON_LATIN_RE finds: each of its words must hold one, or a notice in it would be missed."""
    from cleanpage.rules import NON_LATIN_RE, PAYWALL_SCRIPT_WORDS, PAYWALL_WORDS, TEXT_FAMILIES
    assert all(NON_LATIN_RE.search(word) for word in PAYWALL_SCRIPT_WORDS)
    assert set(TEXT_FAMILIES["paywall"]) == set(PAYWALL_WORDS) | set(PAYWALL_SCRIPT_WORDS)


def storm_story(box: str, article: bool = True) -> str:
    """The storm story with `box` between its paragraphs, declared an article (og:type) or not."""
    body = (f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{PARAGRAPHS}"
            f"{box}{PARAGRAPHS}</div></article>")
    return page(body, ARTICLE_HEAD) if article else page(body)


ARTICLE_HEAD = "<title>Storm study finds more rain | Daily Planet</title><meta property='og:type' content='article'>"


@pytest.mark.parametrize("box", [
    # a CSS-in-JS box: a title, a line of pitch and a lone link, every class a hash
    ("<div class='css-k2v9qa'><div class='css-p1x7'>Weather alerts made simple</div>"
     "<div class='css-z8r3'>PITCHLINE Start your free month of Stormwatch Pro today.</div>"
     "<a class='css-7yy0' href='/trial'>Free Month</a></div>"),
    # a plain box, a heading, a paragraph and a bare link, in German
    ("<div><h5>Jeden Morgen die Wetterlage</h5><p>PITCHLINE Legen Sie Ihr kostenloses Profil an und "
     "erhalten Sie Warnungen für Ihren Ort.</p><a href='/profil'>Profil anlegen</a></div>"),
])
def test_an_articles_pitch_box_goes_by_its_shape(box: str) -> None:
    # a box of a title, a line or two that speak to the reader and one lone short link, between an
    # article's paragraphs (og:type article): a sales or sign-up box, whatever its class
    text = text_of(storm_story(box))
    assert "PITCHLINE" not in text
    assert "Paragraph 6 of the article" in text


@pytest.mark.parametrize("box", [
    # a quotation: the quote, then its speaker's linked name
    ("<blockquote><div><div>FACTLINE If you watch the sky long enough, you learn to read it.</div>"
     "<div>Storm chaser since 1998</div><a href='/people/ines-varga'>Ines Varga</a></div></blockquote>"),
    # a fact box that does not speak to the reader
    ("<div class='css-k2v9qa'><div>Rain gauge network</div><div>FACTLINE Forty gauges on the ridge report "
     "every ten minutes.</div><a href='/gauges'>Gauge map</a></div>"),
    # a box whose link ends its line of words
    ("<div><h5>Weather alerts made simple</h5><p>FACTLINE You can read how the gauges were placed in "
     "<a href='/method'>the method notes</a></p></div>"),
    # a box of two links: a card or a list, not one action
    ("<div><h5>Weather alerts made simple</h5><p>FACTLINE Your town's rain totals, <a href='/t'>by town</a>."
     "</p><a href='/trial'>Free Month</a></div>"),
])
def test_a_box_of_the_articles_own_text_is_no_pitch_box(box: str) -> None:
    assert "FACTLINE" in text_of(storm_story(box))


@pytest.mark.parametrize("line", [
    # a pitch and its button on one line between the article's paragraphs
    "<p>PITCHLINE Rain boots for every valley, shipped to your door! <a href='/shop'>Shop now</a></p>",
    "<div>PITCHLINE The weekly storm letter brings the forecasts first. <b><a href='/letter'>Subscribe here</a></b>.</div>",
    # in German, French and Spanish
    "<p>PITCHLINE Die Wetterkarte jeden Morgen im Postfach. <a href='/abo'>Jetzt abonnieren</a></p>",
    "<p>PITCHLINE Toute la météo de la vallée chaque semaine. <a href='/abo'>Abonnez-vous</a> !</p>",
    "<p>PITCHLINE Aprende a leer las nubes con nuestro curso. <a href='/curso'>Regístrate gratis</a></p>",
    # a guide to download, a trial to start
    "<p>PITCHLINE Everything a cellar needs before the rain. <a href='/guide'>Download the free guide</a></p>",
    "<div>PITCHLINE Plan your harvest around the forecast with our app. <a href='/app'>Get started</a></div>",
])
def test_an_articles_pitch_line_ending_in_its_button_goes(line: str) -> None:
    # a line of its own whose one link, a short sign-up or shop action, ends it: the pitch, not the story
    text = text_of(storm_story(line))
    assert "PITCHLINE" not in text
    assert "Paragraph 6 of the article" in text


@pytest.mark.parametrize("line", [
    # a sentence's link to a source ends the line: no action word
    "<p>FACTLINE The gauge readings are in <a href='/data'>the open data set</a>.</p>",
    # the action link inside a sentence, not at its end
    "<p>FACTLINE Readers who <a href='/letter'>subscribe</a> to the letter got the warning a day early.</p>",
    # two links: a list or a card, not one button
    "<p>FACTLINE Gauges by <a href='/a'>town</a> and by valley: <a href='/shop'>Shop now</a></p>",
])
def test_a_line_of_the_articles_own_text_is_no_pitch_line(line: str) -> None:
    assert "FACTLINE" in text_of(storm_story(line))


def test_a_pitch_line_stays_on_a_page_not_said_an_article() -> None:
    # a service page's offer is its text
    line = "<p>PITCHLINE Rain boots for every valley, shipped to your door! <a href='/shop'>Shop now</a></p>"
    assert "PITCHLINE" in text_of(storm_story(line, article=False))


@pytest.mark.parametrize("box", [
    # a quote box: a title, a line to the reader, then a zip field and its button in a <form>
    ("<div class='css-q81z'><div><div class='css-t1'>Get prices from three roofers</div>"
     "<div class='css-t2'>PITCHLINE Type in your postcode and we match you with roofers near you.</div></div>"
     "<form action='/match'><input type='text' name='zip' placeholder='Zip'>"
     "<button type='submit'>Find roofers</button></form></div>"),
    # a sign-up box whose form a script fills: the heading, a line and the submit button only
    ("<section><h4>Storm warnings by e-mail</h4><p>PITCHLINE We send you one short note when rain is on "
     "its way to your valley.</p><button class='x9'>Sign up</button></section>"),
    # one line to the reader over the form: the form says it is a pitch
    ("<div><p>PITCHLINE Leave your e-mail and we send you the storm checklist as a PDF.</p>"
     "<form><input type='email'><button>Send it</button></form></div>"),
    # a contact box: its line links a phone number, the form takes an e-mail address
    ("<section><h4>Cellar checks before the storm</h4><p>PITCHLINE Call us at <a href='tel:5550100'>555-0100</a> "
     "or leave your e-mail and we call you back.</p><form><input type='email'><button>Send</button></form></section>"),
])
def test_an_articles_pitch_box_that_held_a_form_goes(box: str) -> None:
    # the form's field and button go by the form rules; the title and the line to the reader they
    # leave behind are the same box's, not the article's
    text = text_of(storm_story(box))
    assert "PITCHLINE" not in text
    assert "Paragraph 6 of the article" in text


@pytest.mark.parametrize("box", [
    # a note to the reader that held no form
    ("<div><div>Rain gauge network</div><div>FACTLINE You can see forty gauges on the ridge, each "
     "reporting every ten minutes.</div></div>"),
    # a box beside a form that does not speak to the reader (a chart's filter)
    ("<div><div>Rainfall by month</div><div>FACTLINE The ridge gauges report the wettest March since "
     "1961.</div><form><select name='m'><option>March</option></select><button>Show</button></form></div>"),
    # a check box is no action of a pitch
    ("<div><div>Rain gauge network</div><div>FACTLINE You can see forty gauges on the ridge, each "
     "reporting every ten minutes.</div><input type='checkbox' name='show'></div>"),
])
def test_a_box_beside_a_form_of_the_articles_own_text_stays(box: str) -> None:
    assert "FACTLINE" in text_of(storm_story(box))


def test_the_form_rules_note_to_tidy_stays_out_of_the_html() -> None:
    # a box that held a form and stays (no words to the reader) leaves no mark in the output
    box = ("<div><div>Rainfall by month</div><div>FACTLINE The ridge gauges report the wettest March since "
           "1961.</div><form><button>Show</button></form></div>")
    article = cleanpage.clean(storm_story(box))
    assert "FACTLINE" in article.text and HELD_FORM_ATTR not in article.html


@pytest.mark.parametrize("head", ["Club newsletter", "Рассылка клуба", "Nieuwsbrief van de club", "Uutiskirje",
                                  "รับข่าวสารจากสโมสร"])
@pytest.mark.parametrize("article", [True, False])
def test_a_box_that_held_a_form_under_a_newsletters_name_goes_on_any_page(head: str, article: bool) -> None:
    # a page builder's block of its own, far from the prose: the newsletter's name, what "we" send
    # (no words to the reader), and the form the form rules took
    box = (f"<div class='rec'><div class='t-row'><div class='t-container'><div class='t-col'><div class='t-title'>"
           f"{head}</div><div class='t-descr'>PITCHLINE Once a month we send the programme and what the donations "
           "paid for.</div><form><input type='email'><button>OK</button></form></div></div></div></div>")
    text = text_of(storm_story(box, article=article))
    assert "PITCHLINE" not in text and "Paragraph 6 of the article" in text


def test_a_newsletters_name_without_a_form_stays() -> None:
    # the archive of a club's newsletter, its issues' text (no form): the page's words
    box = ("<div><div>Club newsletter, spring issue</div><div>FACTLINE The roof was mended in March and the "
           "choir sang at the fair.</div></div>")
    assert "FACTLINE" in text_of(storm_story(box, article=False))


def test_a_pitch_box_stays_on_a_page_that_is_no_article() -> None:
    # a service page's offer is its text (the same box, no og:type article)
    box = ("<div><h5>Weather alerts made simple</h5><p>PITCHLINE Start your free month of Stormwatch Pro "
           "today.</p><a href='/trial'>Free Month</a></div>")
    assert "PITCHLINE" in text_of(storm_story(box, article=False))



def test_the_text_before_a_read_more_fold_belongs_to_the_article() -> None:
    # a news story shows its opening paragraphs, then a "read more" box: its button, an ad slot's
    # wrapper and the rest of the story; once the button and the slot are gone, the box holds
    # nothing but the rest, and the opening beside it is the story's, not left out
    head = "<title>Harbour board votes</title><meta property='og:type' content='article'>"
    opening = "".join(f"<p>OPENING {i}: the harbour board met on Tuesday and voted, after a long and "
                      f"heated debate, to rebuild the old stone pier before the winter storms.</p>"
                      for i in range(1, 4))
    rest = "".join(f"<p>Paragraph {i} of the rest tells the reader something new, with enough words, commas, "
                   f"and detail to read as prose rather than as a label or a link.</p>" for i in range(1, 15))
    html = page(f"<div class='story-body'>{opening}<div id='read-more'><div id='read-more-link'>"
                f"<a href=''>Read more</a></div><div id='mid-box'><div class='ad-slot'></div></div>"
                f"<div id='read-more-content'>{rest}</div></div></div><div class='sidebar'><p>Other news from the "
                f"coast.</p></div>", head)
    text = text_of(html)
    assert "OPENING 1" in text and "OPENING 3" in text and "Paragraph 14 of the rest" in text


# A shop's browse page: each section ("Shop by brand") one component, its heading in a wrapper of
# its own, then its list of links; the components siblings under bare wrappers (a block of links
# too short to outgrow a link list, LINK_LIST_CHARS * 3, still goes whole).
BROWSE_SECTIONS = {
    "en": ("Shop by brand", "Shop by colour", "Shop by size"),
    "de": ("Nach Marke einkaufen", "Nach Farbe einkaufen", "Nach Größe einkaufen"),
    "es": ("Comprar por marca", "Comprar por color", "Comprar por talla"),
}


def _browse_page(headings: tuple[str, ...], og_type: str) -> str:
    sections = "".join(
        f"<div><div class='browse-wrap'><div class='browse'><div class='browse-head'><h2>{heading}</h2></div>"
        "<ul class='browse-row'>" + "".join(
            f"<li><a href='/c/{n}-{i}'><span>ENTRY{n}x{i} stovetop and electric kettles</span></a></li>"
            for i in range(8))
        + "</ul></div></div></div>" for n, heading in enumerate(headings))
    intro = ("<p>Our kettles are tested in the harbour workshop before they ship, and every one comes with "
             "a two-year guarantee, free repairs and a spare lid for the first winter.</p>")
    return page(f"<main><h1>Kettles</h1>{intro}<div>{sections}</div></main>",
                head=f"<title>Kettles | Harbour Kitchen</title><meta property='og:type' content='{og_type}'>")


@pytest.mark.parametrize("lang", sorted(BROWSE_SECTIONS))
def test_a_browse_pages_sections_each_wrapped_with_its_heading_are_content(lang: str) -> None:
    # each section's links stay on a page of products (og "product.group": a collection) as on any
    # page that is not a product's; on a product's page they are the shop's menus
    text = text_of(_browse_page(BROWSE_SECTIONS[lang], "product.group"))
    assert all(f"ENTRY{n}x7 stovetop" in text for n in range(3))
    assert "ENTRY0x0" not in text_of(_browse_page(BROWSE_SECTIONS[lang], "product"))


def test_two_links_under_each_heading_are_no_browse_section() -> None:
    # three wrapped boxes of two links each under their heading: related boxes, still link lists
    boxes = "".join(
        f"<div class='box'><div class='box-head'><h3>More on topic {n}</h3></div><ul>"
        + "".join(f"<li><a href='/r/{n}{i}'>RELATEDLINK {n}{i}</a></li>" for i in range(2))
        + "</ul></div>" for n in range(3))
    assert "RELATEDLINK" not in text_of(article_with(extra_inside=boxes))


@pytest.mark.parametrize("label", ["相关阅读：", "Read also:", "Lees ook:"])
@pytest.mark.parametrize("indent", ["\n" + " " * 12, ""])
def test_a_label_before_two_links_inside_the_text_is_further_reading(label: str, indent: str) -> None:
    # an editor's box of two other stories inside the text, its markup indented or not (the spaces are no text)
    box = (f"{indent}<div class='xg-box'>{indent}<span class='xg-t'>{label}</span>{indent}"
           f"<a href='/s1'>渡轮时刻表调整</a>{indent}<a href='/s2'>港口新建面包房</a>{indent}</div>{indent}")
    text = text_of(article_with(extra_inside=box))
    assert "渡轮" not in text and "面包房" not in text and "Paragraph" in text


@pytest.mark.parametrize("names, rule", [
    ("card-bg-overlay", None), ("hero__image-overlay", None), ("tileHover-overlay", None),
    ("overlay-gradient", None), ("background-overlay", None),
    ("overlay", "modal"), ("search-overlay", "modal"), ("menu-overlay", "modal"), ("video-overlay", "modal"),
])
def test_an_overlay_over_a_picture_is_no_pop_up(names: str, rule: str | None) -> None:
    # "overlay" beside the picture it lies on names a layer of colour or words, not a dialog
    assert _class_rule(names) == rule


def test_words_set_on_a_picture_layer_stay_and_a_pop_up_still_goes() -> None:
    cards = "".join(
        f"<div class='card'><img src='{i}.jpg'><div class='card-bg-overlay'><h3>{title}</h3>"
        f"<p>{line}</p></div></div>"
        for i, (title, line) in enumerate((
            ("Garden design", "We plan beds, paths and ponds for small town gardens, from the first sketch on."),
            ("Gartenpflege", "Wir schneiden Hecken, mähen den Rasen und pflegen die Beete das ganze Jahr über."),
            ("Entretien", "Nous taillons les haies et tondons la pelouse de votre jardin toute l'année."),
        )))
    html = ("<html><head><title>Garden services</title></head><body><main><h1>Garden services</h1>"
            "<p>Our team of six gardeners has looked after the gardens of the valley for twenty years, "
            "in every season and in every weather.</p>" + cards
            + "<div class='newsletter-overlay'><p>Get our spring planting calendar in your inbox.</p></div>"
            "</main></body></html>")
    text = cleanpage.clean(html).text
    assert "ponds for small town gardens" in text and "Hecken" in text and "tondons la pelouse" in text
    assert "spring planting calendar" not in text


@pytest.mark.parametrize("intro, rest", [
    ("Before buying a kettle, I boiled water in nine of them for a month, timing each one and "
     "measuring how hot the water stayed an hour later.",
     "The steel kettles kept their heat best, and the glass ones were the slowest to boil."),
    ("Avant d'acheter une bouilloire, j'ai fait bouillir de l'eau dans neuf modèles pendant un mois, "
     "en chronométrant chacun et en mesurant la chaleur de l'eau une heure plus tard.",
     "Les bouilloires en acier gardaient le mieux la chaleur, et celles en verre chauffaient le plus lentement."),
    ("Przed zakupem czajnika gotowałem wodę w dziewięciu modelach przez miesiąc, mierząc czas każdego "
     "i temperaturę wody godzinę później.",
     "Stalowe czajniki najlepiej trzymały ciepło, a szklane najwolniej zagotowały wodę."),
])
def test_an_article_whose_text_runs_on_inside_a_figure_keeps_the_text_before_it(intro: str, rest: str) -> None:
    # a figure whose markup was left open holds the table and every paragraph after it: the
    # block chosen inside it gives way to the body around it, and the paragraphs before it stay
    before = "".join(f"<p>INTRO{i} {intro}</p>" for i in range(1, 4))
    after = "".join(f"<p>REST{i} {rest} {intro}</p>" for i in range(1, 17))
    html = page("<main><article><h1>Nine kettles tested</h1><div class='story'>"
                f"{before}<figure class='block-table'><div class='table-wrapper'>"
                "<table><tr><th>Kettle</th><th>Minutes</th></tr><tr><td>Steel</td><td>4</td></tr></table>"
                f"{after}</div><figcaption>Minutes to boil</figcaption></figure></div></article></main>",
                head="<title>Nine kettles tested</title><meta property='og:type' content='article'>")
    text = text_of(html)
    assert "INTRO1" in text and "INTRO3" in text and "REST16" in text


@pytest.mark.parametrize("quote, caption", [
    ("The tide gauges told us more in one winter than the old charts did in ten years.",
     "Ann Lee, harbour master, Port Tarn"),
    ("Die Pegel haben uns in einem Winter mehr verraten als die alten Karten in zehn Jahren.",
     "Karl Moor, Hafenmeister"),
    ("Les marégraphes nous en ont appris plus en un hiver que les vieilles cartes en dix ans.",
     "Claire Dubois, capitaine du port"),
])
def test_the_caption_naming_who_said_an_articles_quotation_stays(quote: str, caption: str) -> None:
    # in an article, a figure of a quotation and its caption (who said it, their role) is the text's
    # quotation and its speaker; a photo's caption still goes
    figure = (f"<figure class='quote-block'><blockquote><p>{quote}</p></blockquote>"
              f"<figcaption>{caption}</figcaption></figure>")
    photo = "<figure><img src='/gauge.jpg' alt=''><figcaption>PHOTOCAPTION A gauge at dawn</figcaption></figure>"
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    body = (f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{PARAGRAPHS}"
            f"{figure}{photo}{PARAGRAPHS}</div></article>")
    text = text_of(page(body, head))
    assert quote in text and caption in text
    assert "PHOTOCAPTION" not in text


@pytest.mark.parametrize("names", ["more-related-articles", "verwandte-artikel", "articles-connexes"])
def test_a_wrapper_named_related_keeps_the_articles_text_beside_its_links(names: str) -> None:
    # a template names the block that holds a box of related links and the article's next paragraphs
    # after it: the box goes, the paragraphs (not one link among them) stay; a related box of
    # teasers whose excerpts are sentences still goes
    parts = ["".join(f"<p>Part {k}.{n} of the report tells the reader something new about the rain, with "
                     f"enough words, commas, and detail to read as prose.</p>" for n in range(12)) for k in range(3)]
    text_block = "".join(f"<p>WRAPPED{i} The gauges along the north slope were read each morning, and the "
                         f"figures went to the county office by noon, where two clerks checked them by hand.</p>"
                         for i in range(1, 5))
    box = ("<div class='rel-box'><div class='label'>More on floods</div>"
           + "".join(f"<div><a href='/s/{i}'>RELLINK Flood story number {i} for the county</a></div>" for i in range(4))
           + "</div>")
    teasers = ("<div class='related-posts'>" + "".join(
        f"<div><a href='/t/{i}'>TEASER{i} headline</a><p>TEASEREXCERPT A short summary of another story, in a "
        f"sentence or two, that the reader may like next.</p></div>" for i in range(3)) + "</div>")
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    body = ("<article><h1>Storm study finds more rain</h1><div class='article-body'>"
            f"<section class='part'>{parts[0]}</section><div class='media'>{parts[1]}</div>"
            f"<section class='part'>{parts[2]}</section>"
            f"<div id='{names}'>{box}<div class='text-container'>{text_block}</div></div>{teasers}"
            "<section class='part'><p>The county will publish the next figures in May, after the spring "
            "floods.</p></section></div></article>")
    text = text_of(page(body, head))
    assert "WRAPPED1" in text and "WRAPPED4" in text and "Part 2.11" in text
    assert "RELLINK" not in text and "TEASER" not in text


def teapot_page(box: str, head: str = "<title>Cast iron teapot</title>") -> str:
    """A shop's item page with no og:type and no JSON-LD: its description, `box` at its end."""
    return page("<h1>Cast iron teapot</h1><div class='item-price'>EUR 64</div><div class='item-text'>"
                "<p>Small raised dots cover the whole pot, pressed one by one into the mould, so no two "
                "pots look quite the same.</p><p>Its inside is enamelled, so green or black tea keeps its "
                f"taste, and rinsing it in warm water is all the care it needs.</p>{PARAGRAPHS}" + box + "</div>",
                head=head)


@pytest.mark.parametrize(("box_class", "title"), [
    ("shipping-info", "配送・お支払いについて"), ("delivery_terms", "Delivery &amp; Returns"),
    ("versand-box", "Versand und Zahlung"), ("bloc livraison", "Livraison et retours")])
def test_a_shipping_box_its_class_names_goes_from_a_page_without_metadata(box_class: str, title: str) -> None:
    box = (f"<div class='{box_class}'><p class='title'>{title}</p><p>TERMS Parcels leave within three working "
           "days of the order; islands pay a surcharge.</p><p>Gift wrapping is free: say so in the note.</p></div>")
    text = text_of(teapot_page(box))
    assert "raised dots" in text and "enamelled" in text
    assert "TERMS" not in text and "Gift wrapping" not in text


@pytest.mark.parametrize(("box_class", "head"), [
    ("fold-item", "<title>Cast iron teapot</title>"),  # no class word names shipping: the shop's own facts?
    ("relationship-notes", "<title>Cast iron teapot</title>"),  # "ship" inside another word
    ("shipping-info", "<title>Cast iron teapot</title><meta property='og:type' content='article'>")])
def test_a_shipping_box_stays_without_its_class_word_or_on_an_article(box_class: str, head: str) -> None:
    box = (f"<div class='{box_class}'><p class='title'>Shipping &amp; Returns</p><p>TERMS Parcels leave within "
           "three working days of the order; islands pay a surcharge.</p></div>")
    assert "TERMS" in text_of(teapot_page(box, head=head))


def coat_grid(insert: str, insert_at: int = 2) -> str:
    """A listing page: an intro, then a grid of four linked product cards with `insert` among them."""
    cards = [f"<div class='tile tile-bordered'><a href='/p/{i}'><h3>{name}</h3></a><p>{line}</p>"
             f"<div class='tile-price'>{price}</div></div>"
             for i, (name, line, price) in enumerate((
                 ("Packable rain jacket", "Folds into its own pocket and weighs under 250 grams.", "EUR 59"),
                 ("Long wax coat", "Waxed cotton to the knee, with two deep side pockets.", "EUR 189"),
                 ("Clear rain poncho", "For festivals: a light poncho of recycled film.", "EUR 19"),
                 ("Lined trench coat", "Its fleece lining comes out for the spring.", "EUR 229")))]
    cards.insert(insert_at, insert)
    return page("<main><h1>Rain jackets and coats</h1><p>Jackets, ponchos and coats that keep the rain out, "
                "from light packable shells to lined coats for the whole winter, each tested in the shop's "
                "own shower cabin before it goes on sale.</p><div class='grid'>" + "".join(cards) + "</div></main>",
                head="<title>Rain jackets and coats</title>")


@pytest.mark.parametrize("insert", [
    "<div class='tile boutique-banner'><div class='inner'>PROMO Season favourites: 20% off coats in the basket!</div></div>",
    "<div class='tile tile--promo'>PROMO Sezonun favorileri: kabanlarda sepette %20 indirim!</div>",
    "<div class='tile kampagnen-banner'><p>PROMO Nur diese Woche: 20 % auf alle Mäntel</p></div>"])
def test_a_promotion_set_among_a_grids_cards_goes(insert: str) -> None:
    text = text_of(coat_grid(insert))
    assert "Packable rain jacket" in text and "Lined trench coat" in text and "shower cabin" in text
    assert "PROMO" not in text


@pytest.mark.parametrize("insert", [
    # a card on sale: it links to its item
    "<div class='tile sale-banner'><a href='/p/9'>PROMO Wool duffle coat</a>, now 20% off.</div>",
    # a section's heading over the grid's next row, not a line that sells
    "<div class='tile tile-banner'><h2>PROMO Coats for the cold months</h2></div>",
    # a banner of another template: the cards' first class word is not its own
    "<div class='notice banner'>PROMO Our shop closes at noon on Saturday.</div>"])
def test_a_grids_linked_card_heading_or_other_block_named_banner_stays(insert: str) -> None:
    assert "PROMO" in text_of(coat_grid(insert))


def test_the_walkers_grid_banner_hints_are_the_rule_tables() -> None:
    """The walk tests a class string for GRID_BANNER_HINTS inline (no call per block), both where
    it reads a class for its rule and where it rules a block out by its class alone (_unnamed):
    every hint the rule table lists is one of those tests, none left out when the list grows."""
    import inspect

    from cleanpage.boilerplate import _unnamed, _Walker
    from cleanpage.rules import GRID_BANNER_HINTS

    for reader in (_Walker.match, _unnamed):
        source = inspect.getsource(reader)
        assert all(f'"{hint}" in names' in source for hint in GRID_BANNER_HINTS)


def test_a_quotations_speaker_in_its_caption_stays_on_an_article() -> None:
    # a pull quote's figure: the words, then the caption naming who said them in a class that
    # reads "author"; the name is the quotation's, no byline of the article
    quote = ("<figure class='pull-quote'><div class='quote-body'><blockquote><p>The gauges never lie, "
             "only the people who read them.</p></blockquote><figcaption class='quote-caption'>"
             "<strong class='quote-author'>Mirela Otsvan, </strong><span>chief hydrologist</span>"
             "</figcaption></div></figure>")
    head = "<title>Storm study finds more rain</title><meta property='og:type' content='article'>"
    html = page(f"<article><h1>Storm study finds more rain</h1><div class='article-body'>{PARAGRAPHS}{quote}"
                "<p>The team went back to the slope in March.</p></div></article>", head)
    text = cleanpage.clean(html).text
    assert "Mirela Otsvan" in text and "chief hydrologist" in text


# Sentences of a story about comments, their policy or a promise about addresses are the story:
# only a comment form's small print (its moderation notice) goes as the form's note.
def test_a_story_s_sentences_about_comments_stay() -> None:
    sentences = ["Members must approve all comments before they are added to the public record of the meeting.",
                 "Residents who wrote in were told their email address will not be published alongside their comments.",
                 "The comment policy of the ministry was criticised by several speakers."]
    page = ("<html><body><article><h1>Harbour</h1><p>The council met on Tuesday evening to go over the plan "
            "for the harbour, which has been debated for two years.</p>"
            + "".join(f"<p>{s}</p>" for s in sentences)
            + "<p>The final vote is expected next month, after a second round of hearings.</p>"
            "</article></body></html>")
    text = cleanpage.render(cleanpage.clean(page), "text")
    for sentence in sentences:
        assert sentence in text
