"""Pages whose content is not one article: listings, collections and product pages.

Each page is invented and small. A listing's content is each item's title and summary,
even when the page wraps every item in one link (a card); a product page's content is its
description and specifications, spread over sections, while a page that says it is an
article keeps to its article.
"""

from __future__ import annotations

import lxml.html
import pytest

import cleanpage
from cleanpage.metadata import extract_metadata

SENTENCE = ("The committee met on Tuesday to review the harbour plan, and members asked for a "
            "second survey of the eastern quay before any money is spent on new moorings. ")


def page(body: str, title: str = "Courses", head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def card(i: int) -> str:
    """A listing item wrapped whole in one link: its title and a summary paragraph."""
    return (f"<div class='item'><a href='https://example.org/course/{i}' class='card-link'>"
            f"<div class='card-title'>Course number {i} in harbour engineering</div>"
            f"<p>Summary {i}: learn how quays are surveyed, how moorings are laid out and how a "
            "harbour plan is costed, over twelve weeks online.</p></a></div>")


# ---------------------------------------------------------------- listings of cards

# The best-scored block of a listing: a hero with a comma-rich line, apart from the items.
HERO = ("<div class='hero'><div class='inner'><h1>Courses</h1><p>"
        + ", ".join(f"harbour topic {k}" for k in range(25)) + ".</p></div></div>")


def listing(items: str) -> str:
    return page("<nav><a href='/'>Home</a> <a href='/courses'>Courses</a></nav>" + HERO
                + "<div class='catalogue'><h2>All courses</h2>" + items + "</div>"
                "<footer><p>Copyright the harbour school.</p></footer>")


def test_a_listing_of_cards_keeps_each_items_title_and_summary() -> None:
    article = cleanpage.clean(listing("<div class='list'>" + "".join(card(i) for i in range(8)) + "</div>"))
    for i in range(8):
        assert f"Course number {i} in harbour engineering" in article.text
        assert f"Summary {i}: learn how quays are surveyed" in article.text
    assert "Copyright the harbour school" not in article.text


def test_a_list_of_bare_links_beside_the_cards_still_goes() -> None:
    # links with no summary inside them are a link list, on a listing too
    menu = "<div class='more'>" + "".join(f"<a href='/topic/{i}'>Topic {i}</a> " for i in range(12)) + "</div>"
    article = cleanpage.clean(listing(menu + "<div class='list'>" + "".join(card(i) for i in range(8)) + "</div>"))
    assert "Summary 7: learn how quays are surveyed" in article.text
    assert "Topic 3" not in article.text


def test_cards_inside_an_article_are_still_a_link_list() -> None:
    # the card exception holds only where the whole page is read as the content
    related = "<div class='more'>" + "".join(card(i) for i in range(3)) + "</div>"
    html = page("<article><h1>Harbour plan reviewed</h1>" + "".join(f"<p>Part {i}: {SENTENCE * 2}</p>" for i in range(6))
                + related + "</article>", title="Harbour plan reviewed")
    article = cleanpage.clean(html)
    assert article.text.count("Part ") == 6
    assert "Summary 1" not in article.text


# ---------------------------------------------------------------- product pages

def product_page(head: str) -> str:
    """A product page: its description in feature blocks, a specification table, and one
    comma-rich review that scores best on its own (in blocks no class word names: a block
    named "reviews" goes on a product page)."""
    deep = "<div class='row'><div class='col'><div class='inner'><div class='box'>{}</div></div></div></div>"
    features = "".join(deep.format(f"<p><strong>Feature {i}.</strong> The lamp number {i} stays lit through a "
                                   "whole night at sea without a recharge.</p>") for i in range(10))
    specs = "<table class='specs'>" + "".join(f"<tr><th>Property {k}</th><td>Value {k} units</td></tr>"
                                              for k in range(150)) + "</table>"
    review = ("<div class='opinions'><div class='voices'><div class='review'><p>"
              + ", ".join(f"bright point {k}" for k in range(22)) + ".</p></div></div></div>")
    return page("<nav><a href='/'>Home</a></nav><div class='wrap'><div class='product'><h1>Harbour lamp</h1>"
                + features + specs + "</div>" + review + "</div><footer><p>Copyright the lamp shop.</p></footer>",
                title="Harbour lamp", head=head)


JSON_LD = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "%s", "name": "x"}</script>'


def test_a_product_page_gives_its_description_and_specifications() -> None:
    article = cleanpage.clean(product_page(JSON_LD % "Product"))
    assert all(f"Feature {i}." in article.text for i in range(10))
    assert "Property 149" in article.text and "bright point 3" in article.text
    assert "Copyright the lamp shop" not in article.text


def test_a_page_that_says_it_is_an_article_keeps_to_its_best_block() -> None:
    # the same shape on a page that declares an article: the narrower choice stands
    article = cleanpage.clean(product_page(JSON_LD % "NewsArticle"))
    assert "bright point 3" in article.text
    assert "Feature 1." not in article.text


@pytest.mark.parametrize(("head", "kind"), [
    ('<meta property="og:type" content="product">', "product"),
    ('<meta property="og:type" content="og:product">', "product"),
    ('<meta property="og:type" content="article">', "article"),
    (JSON_LD % "BlogPosting", "article"),
    (JSON_LD % "Product" + JSON_LD % "Review", "product"),  # a product with its reviews marked up
    ('<meta property="og:type" content="website">', None),
    ("", None),
])
def test_the_page_kind_is_what_og_type_and_json_ld_say(head: str, kind: str | None) -> None:
    root = lxml.html.fromstring(page("<p>Text.</p>", head=head))
    assert extract_metadata(root).kind == kind


# ---------------------------------------------------------------- collections without a sentence

def test_a_grid_of_products_without_sentences_is_the_content() -> None:
    # no block of the page holds a sentence: the best-scored one (a bar of filters, longer
    # than the fallback's minimum) speaks for nothing, and the grid is the content
    tiles = "".join(f"<div class='tile'><a href='https://example.org/p/{i}'><img src='/{i}.jpg' alt=''></a>"
                    f"<h3>Harbour lamp model {i}</h3><span class='price'>${90 + i}</span></div>" for i in range(40))
    filters = "<div class='filters'><span>" + ", ".join(f"colour {k}, size {k}" for k in range(30)) + "</span></div>"
    html = page("<nav><a href='/'>Home</a> <a href='/lamps'>Lamps</a></nav><main><h1>Lamps</h1>"
                + filters + "<div class='grid'>" + tiles + "</div></main>", title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Harbour lamp model {i}" in article.text for i in range(40))
    assert "$101" in article.text


def test_a_grid_of_linked_product_names_with_prices_keeps_each_tile() -> None:
    # each tile is its picture's link, its name's link and a price: a grid's item, not a link
    # list; the bar of topic links beside it (links only) still goes
    tiles = "".join(f"<div class='tile'><a href='https://example.org/p/{i}'><img src='/{i}.jpg' alt=''></a>"
                    f"<a href='https://example.org/p/{i}'>Harbour lamp model {i}</a>"
                    f"<span class='price'>${90 + i}</span></div>" for i in range(40))
    topics = "".join(f"<div class='topic'><a href='/t/{i}'>Topic {i}</a></div>" for i in range(6))
    filters = "<div class='filters'><span>" + ", ".join(f"colour {k}, size {k}" for k in range(30)) + "</span></div>"
    html = page("<main><h1>Lamps</h1>" + filters + "<div class='topics'>" + topics + "</div>"
                "<div class='grid'>" + tiles + "</div></main>", title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Harbour lamp model {i}" in article.text for i in range(40))
    assert "$129" in article.text
    assert "Topic 2" not in article.text


@pytest.mark.parametrize("button", ["Add to cart", "Shop now", "In den Warenkorb", "Ajouter au panier",
                                    "Load more"])
def test_a_shops_button_labels_go_and_each_tiles_name_and_price_stay(button: str) -> None:
    # every tile ends in a button that reads as a label, not as the product's text; a tile's
    # name that holds the same words in a longer line stays
    tiles = "".join(f"<div class='tile'><a href='https://example.org/p/{i}'>Harbour lamp model {i}</a>"
                    f"<span class='price'>${90 + i}</span><div class='cta'>{button}</div></div>" for i in range(12))
    html = page("<main><h1>Lamps</h1><div class='grid'>" + tiles + "</div>"
                f"<p>{button} for the tide table, a lamp for every quay: {SENTENCE}</p></main>", title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Harbour lamp model {i}" in article.text and f"${90 + i}" in article.text for i in range(12))
    assert article.text.count(button) == 1  # the sentence's, not the buttons'


@pytest.mark.parametrize("field", [
    "<label for='size-{i}'>Size</label><select id='size-{i}'><option>Small</option><option>Large</option></select>",
    "<label class='qty'>Qty: <input type='number' value='1'></label>",
])
def test_a_tiles_form_field_label_goes_with_its_field(field: str) -> None:
    # a tile's drop-down or number box goes as a control, and the label naming it with it
    tiles = "".join(f"<div class='tile'><a href='https://example.org/p/{i}'><img src='/{i}.jpg' alt=''></a>"
                    f"<h3>Harbour lamp model {i}</h3><span class='price'>${90 + i}</span>{field.format(i=i)}</div>"
                    for i in range(12))
    html = page("<main><h1>Lamps</h1><div class='grid'>" + tiles + "</div></main>", title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Harbour lamp model {i}" in article.text and f"${90 + i}" in article.text for i in range(12))
    assert "Size" not in article.text and "Qty" not in article.text


@pytest.mark.parametrize("count", ["40 items", "(40 products)", "Products (40)", "Showing 1–12 of 40 results",
                                   "Loaded 40 results", "40 Ergebnisse", "Affichage de 1–12 sur 40 résultats"])
def test_a_grids_count_of_its_results_goes_and_its_tiles_stay(count: str) -> None:
    # the status bar over a shop's grid counts what it shows: a label, not an item; a sentence
    # that counts items stays
    tiles = "".join(f"<div class='tile'><a href='https://example.org/p/{i}'><img src='/{i}.jpg' alt=''></a>"
                    f"<h3>Harbour lamp model {i}</h3><span class='price'>${90 + i}</span></div>" for i in range(12))
    html = page(f"<main><h1>Lamps</h1><div class='bar'><span class='count'>{count}</span></div>"
                f"<div class='grid'>{tiles}</div><p>We pack 12 items a day.</p></main>", title="Lamps")
    text = cleanpage.clean(html).text
    assert all(f"Harbour lamp model {i}" in text for i in range(12))
    assert count not in text
    assert "We pack 12 items a day." in text


def test_a_check_boxs_label_stays_the_title_of_a_css_accordion() -> None:
    # "<input type=checkbox id=q1><label for=q1>…": the label opens the answer, it is no field's
    questions = "".join(f"<div class='faq'><input type='checkbox' id='q{k}' class='toggle'><label for='q{k}'>"
                        f"Do the lamps of row {k} float?</label><p>{SENTENCE}</p></div>" for k in range(3))
    article = cleanpage.clean(page(f"<main><h1>Lamps</h1>{questions}</main>", title="Lamps"))
    assert all(f"Do the lamps of row {k} float?" in article.text for k in range(3))


def test_a_carousels_slides_of_sentences_are_content_on_a_page_read_whole() -> None:
    # the school's plans, one a slide: several slides of one class, each a paragraph of
    # sentences, are the page's text, not captions; a photo's caption named so still goes
    slides = "".join(f"<div class='carousel-slide'><h3>Mooring plan {i}</h3><p>Plan {i}: the harbour team "
                     "surveys your berth, draws the moorings to scale and costs every chain and buoy.</p></div>"
                     for i in range(4))
    html = listing("<div class='list'>" + "".join(card(i) for i in range(8)) + "</div><h2>Our plans</h2>"
                   "<div class='plans'>" + slides + "</div><figure><img src='/quay.jpg' alt=''>"
                   "<div class='gallery-caption'>The east quay at dawn.</div></figure>")
    article = cleanpage.clean(html)
    assert all(f"Summary {i}: learn how quays are surveyed" in article.text for i in range(8))
    assert all(f"Plan {i}: the harbour team surveys your berth" in article.text for i in range(4))
    assert "The east quay at dawn" not in article.text


def test_a_carousels_slides_of_sentences_stay_in_a_chosen_body_the_shown_one_active_too() -> None:
    # a service page whose body is chosen (not read whole): its offers, one a slide, the slide
    # shown marked "active"; the slides are its text, and a photo's caption still goes
    slides = "".join(f"<div class='carousel-item{' active' if i == 0 else ''}'><h4>Ferry service {i}</h4>"
                     f"<p>Service {i}: our crews book the crossing, load your van at the slipway and "
                     "unload it on the island before noon.</p></div>" for i in range(6))
    html = page("<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><main><h1>Island freight</h1>"
                + f"<p>{SENTENCE}</p>" * 6 + f"<div class='offers'>{slides}</div>"
                "<figure><img src='/slip.jpg' alt=''><div class='gallery-caption'>The slipway at low tide."
                "</div></figure></main>", title="Island freight")
    article = cleanpage.clean(html)
    assert all(f"Service {i}: our crews book the crossing" in article.text for i in range(6))
    assert "The slipway at low tide" not in article.text


def test_a_carousels_slides_of_a_title_and_one_short_sentence_stay_in_a_chosen_body() -> None:
    # the offers of a service page, one a slide: each a heading over a one-line summary, shorter
    # than a paragraph of prose; slides without a heading (a photo strip's lines) still go
    slides = "".join(f"<div class='carousel-item'><h4>Barge route {i}</h4>"
                     f"<div>Route {i} carries grain sacks to the mill by dawn.</div></div>" for i in range(5))
    strip = "".join(f"<div class='carousel-item'><div>Quay {i} seen from the lighthouse at dusk.</div></div>"
                    for i in range(4))
    html = page("<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><main><h1>River freight</h1>"
                + f"<p>{SENTENCE}</p>" * 6 + f"<div class='offers'>{slides}</div>"
                f"<div class='views'>{strip}</div></main>", title="River freight")
    article = cleanpage.clean(html)
    assert all(f"Route {i} carries grain sacks" in article.text for i in range(5))
    assert not any(f"Quay {i} seen from the lighthouse" in article.text for i in range(4))


def test_a_carousel_of_titled_slides_of_text_is_content_its_name_no_caption() -> None:
    # the carousel itself named so ("carousel-track"), its slides each a heading over a line
    # of text: a service's offers; a carousel of untitled one-liners (a strip of quotes) still goes
    slides = "".join(f"<div class='carousel-item'><h3>Ferry timetable {i}</h3>"
                     f"<p>Timetable {i} lists every sailing to the outer islands this spring.</p></div>"
                     for i in range(4))
    quotes = "".join(f"<div class='carousel-item'><p>Sailor {i} found the crossing calm and cheap.</p></div>"
                     for i in range(4))
    html = page("<nav><a href='/'>Home</a> <a href='/about'>About</a></nav><main><h1>Island ferries</h1>"
                + f"<p>{SENTENCE}</p>" * 6 + f"<div class='carousel-track'><div class='carousel-inner'>{slides}"
                f"</div></div><div class='carousel-track'><div class='carousel-inner'>{quotes}</div></div>"
                "</main>", title="Island ferries")
    article = cleanpage.clean(html)
    assert all(f"Timetable {i} lists every sailing" in article.text for i in range(4))
    assert not any(f"Sailor {i} found the crossing" in article.text for i in range(4))


def test_a_tile_alone_in_its_grid_cell_is_still_an_item_but_a_carousel_slide_is_not() -> None:
    # each tile is the only child of its cell (li > div.card): its likes are the cells around it;
    # a menu column (a list of links) in like cells is no tile, nor a carousel's slide
    def tile(i: int) -> str:
        return (f"<div class='card'><a href='https://example.org/p/{i}'><img src='/{i}.jpg' alt=''></a>"
                f"<a href='https://example.org/p/{i}'>Harbour lamp model {i}</a>"
                f"<span class='price'>${90 + i}</span></div>")
    cells = "".join(f"<li class='cell'>{tile(i)}</li>" for i in range(40))
    slides = "".join(f"<div class='pick' aria-roledescription='slide'>{tile(100 + i)}</div>" for i in range(6))
    menus = "".join(f"<div class='column'><ul><li>Menu {i}</li><li><a href='/m/{i}/a'>Lamps {i}</a></li>"
                    f"<li><a href='/m/{i}/b'>Ropes {i}</a></li></ul></div>" for i in range(5))
    # (each beside a sentence, so that the wrapper itself is no link list)
    slides, menus = f"<p>{SENTENCE}</p>{slides}", f"<p>{SENTENCE}</p>{menus}"
    filters = "<div class='filters'><span>" + ", ".join(f"colour {k}, size {k}" for k in range(30)) + "</span></div>"
    html = page("<main><h1>Lamps</h1>" + filters + "<ul class='grid'>" + cells + "</ul>"
                "<div class='picks'>" + slides + "</div><div class='menus'>" + menus + "</div></main>",
                title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Harbour lamp model {i}" in article.text for i in range(40))
    assert "$129" in article.text
    assert "Harbour lamp model 102" not in article.text
    assert "Ropes 2" not in article.text


BADGES = ("Bestseller", "Nouveauté", "Agotado", "-30 % Rabatt", "Ultimi pezzi")


def test_a_badge_over_a_tile_in_its_grid_cell_leaves_it_an_item() -> None:
    # some cells hold a badge over their tile (a word or two, no link, in the shop's language):
    # the cell is still the tile's, and the tile stays with its likes
    def tile(i: int) -> str:
        return (f"<div class='card'><a href='https://example.org/p/{i}'><img src='/{i}.jpg' alt=''></a>"
                f"<a href='https://example.org/p/{i}'>Harbour lamp model {i} in brushed brass</a>"
                f"<span class='price'>${90 + i}</span></div>")
    cells = "".join(f"<li class='cell'>" + (f"<div class='badge'>{BADGES[i // 3 % len(BADGES)]}</div>"
                                            if i % 3 == 0 else "") + tile(i) + "</li>" for i in range(40))
    filters = "<div class='filters'><span>" + ", ".join(f"colour {k}, size {k}" for k in range(30)) + "</span></div>"
    html = page("<main><h1>Lamps</h1>" + filters + "<ul class='grid'>" + cells + "</ul></main>", title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Harbour lamp model {i} in brushed brass" in article.text for i in range(40))
    assert "$129" in article.text and "$93" in article.text


def test_only_short_unlinked_worded_blocks_before_a_tile_are_its_badges() -> None:
    # a bare rank number is the item's; a linked block or a sentence is no badge; a block after
    # the tile (a short post under a poster's line) is not one either
    from cleanpage.content import _badges_before
    def badges(cell: str) -> list[str]:
        li = lxml.html.fragment_fromstring(f"<li>{cell}<div class='tile'><a href='/p/1'>Harbour lamp</a> $90</div>"
                                           "<div class='after'>Ok, thanks</div></li>")
        return sorted(el.get("class") for el in _badges_before(li.find("div[@class='tile']")))
    assert badges("<div class='b1'>Nouveauté</div><div class='b2'>-30 % Rabatt</div>") == ["b1", "b2"]
    assert badges("<div class='rank'>10.</div>") == []
    assert badges("<div class='b'><a href='/sale'>Sale</a></div>") == []
    assert badges("<div class='note'>The lamp was made by hand in our harbour workshop.</div>") == []


def test_a_caption_inside_a_tiles_link_is_its_name_and_price() -> None:
    # a theme calls the name and price under a product's picture its "caption": inside the tile's
    # link, on a page read whole, it is the item, not a picture's caption
    tiles = "".join(f"<div class='tile'><a href='https://example.org/p/{i}'><img src='/{i}.jpg' alt=''>"
                    f"<div class='caption'><span>Harbour lamp model {i}</span> <span>From ${90 + i}</span></div>"
                    "</a><span class='badge'>New</span></div>" for i in range(40))
    filters = "<div class='filters'><span>" + ", ".join(f"colour {k}, size {k}" for k in range(30)) + "</span></div>"
    html = page("<main><h1>Lamps</h1>" + filters + "<div class='grid'>" + tiles + "</div>"
                "<figure><img src='/quay.jpg' alt=''><figcaption>The quay at dawn, seen from the harbour wall"
                "</figcaption></figure></main>", title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Harbour lamp model {i}" in article.text for i in range(40))
    assert "From $101" in article.text
    assert "The quay at dawn" not in article.text  # a picture's own caption still goes


def test_a_grid_of_tiles_that_are_each_a_linked_heading_keeps_every_tile() -> None:
    # each tile is one link around a picture and the product's name in a heading, nothing else
    # (its price drawn later by a script): a grid's item, not a teaser; a bar of plain links
    # beside the grid still goes
    tiles = "".join(f"<div class='cell'><div class='tile'><a href='https://example.org/p/{i}'>"
                    f"<img src='/{i}.jpg' alt=''><h2>Brass harbour lamp number {i}</h2></a></div>"
                    "<div><form><input name='swatch'></form></div></div>" for i in range(40))
    topics = "<div class='topics'>" + "".join(f"<a href='/t/{i}'>Topic {i}</a> " for i in range(6)) + "</div>"
    filters = "<div class='filters'><span>" + ", ".join(f"colour {k}, size {k}" for k in range(30)) + "</span></div>"
    html = page("<main><h1>Lamps</h1>" + filters + topics + "<div class='grid'>" + tiles + "</div></main>",
                title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Brass harbour lamp number {i}" in article.text for i in range(40))
    assert "Topic 2" not in article.text


def shop_tile(i: int, button: str = "") -> str:
    """A shop's tile: its picture's link, its name's link and its price (mostly links)."""
    return (f"<li class='item'><div class='item-info'><a href='https://example.org/p/{i}'><img src='/{i}.jpg' "
            f"alt=''></a><a href='https://example.org/p/{i}'>Brass harbour lamp with a frosted globe, model {i}"
            f"</a> <span class='price'>${90 + i}.00</span>{button}</div></li>")


def test_a_chosen_block_that_is_mostly_a_grid_of_tiles_keeps_each_tile() -> None:
    # the best-scored block is not the whole page: an introduction, the shop's grid and its
    # questions in one block; the tiles hold most of its text, each titled and without a sentence,
    # so the block is a grid and each tile (its name a link) is an item, not a link list; the
    # tiles' button links still go (the page was not read whole)
    tiles = "".join(shop_tile(i, f"<a class='btn' href='/cart/{i}'>Compare lamp</a>") for i in range(24))
    questions = (f"<h2>Questions</h2><h3>Which brass is used?</h3><p>{SENTENCE * 2}</p>"
                 f"<h3>Do the lamps suit a quay?</h3><p>{SENTENCE}</p>")
    html = page(f"<main><h1>Lamps</h1><div class='listing'><p>{SENTENCE}</p><ol class='products'>{tiles}</ol>"
                f"{questions}</div></main><footer><p>Harbour office, east quay. Open weekdays from nine to five, "
                "closed on public holidays.</p></footer>", title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"frosted globe, model {i}" in article.text for i in range(24))
    assert "$113.00" in article.text
    assert "Do the lamps suit a quay?" in article.text
    assert "Compare lamp" not in article.text
    assert "Harbour office" not in article.text


def test_a_few_tiles_beside_the_text_they_do_not_outweigh_are_still_teasers() -> None:
    # the same tiles, fewer, beside more text than they hold: an article's block with a shelf
    # of products, whose linked names still go
    tiles = "".join(shop_tile(i) for i in range(6))
    text = "".join(f"<h3>Question {k}</h3><p>{SENTENCE * 2}</p>" for k in range(4))
    html = page(f"<main><h1>Lamps</h1><div class='listing'><p>{SENTENCE}</p><ol class='products'>{tiles}</ol>"
                f"{text}</div></main>", title="Lamps")
    article = cleanpage.clean(html)
    assert "Question 3" in article.text
    assert "frosted globe, model 2" not in article.text


def test_a_ranked_lists_linked_titles_stay_beside_each_items_details() -> None:
    # each entry of a chart: its rank, its title (a heading inside one link, some wrappers deep),
    # then its details outside links (year, length, score); the title is the item's, not a teaser
    def entry(i: int) -> str:
        return (f"<li class='entry'><div class='body'><div class='wrap'><div class='main'>"
                f"<div class='rank'>#{i}</div><div class='title'><a href='https://example.org/t/{i}'>"
                f"<h3>The tide keeper part {i}</h3></a></div><div class='meta'>{1990 + i} 1h {10 + i}m</div>"
                f"<span class='score'>{i % 9}.{i % 7} ({i}K)</span></div></div></div></li>")
    entries = "<ul class='chart'>" + "".join(entry(i) for i in range(1, 13)) + "</ul>"
    html = page("<main><h1>Most watched</h1>" + entries + f"<p>{SENTENCE}</p></main>", title="Most watched")
    article = cleanpage.clean(html)
    assert all(f"The tide keeper part {i}" in article.text for i in range(1, 13))
    assert "1995 1h 15m" in article.text


def digest_entry(i: int, href: str) -> str:
    """A news digest's entry: a linked headline in its own wrapper, a date line, a summary."""
    return (f"<li class='col'><div><h4><a href='{href}'>Harbour digest headline number {i}</a></h4></div>"
            f"<div class='when'><time>May {i + 1}, 2025</time> | <em><a href='/src/{i}'>Quay Gazette</a></em></div>"
            f"<div><p>Summary {i}: the board voted to dredge the eastern quay before the autumn tides, and "
            "the fishermen asked for a second survey of the moorings.</p></div></li>")


def test_a_digests_linked_headlines_stay_above_their_summaries() -> None:
    # each entry's headline links to its story: the entry's title, beside its summary in sentences;
    # a question that opens its answer in place (a link to "#") is no entry's title
    for href, kept in (("/news/{i}", True), ("#", False)):
        html = page("<main><h1>Harbour digest</h1><ul class='row'>"
                    + "".join(digest_entry(i, href.format(i=i)) for i in range(6)) + "</ul></main>")
        text = cleanpage.clean(html).text
        assert "Summary 4: the board voted" in text
        assert ("Harbour digest headline number 4" in text) is kept

def test_a_linked_titles_brand_and_name_in_touching_spans_read_as_two_words() -> None:
    # each tile's link holds the maker and the model in two spans with nothing between them (a
    # style sets them apart): the words stay apart; code in a link stays as written
    tiles = "".join(f"<li class='tile'><a href='https://example.org/p/{i}'><span class='maker'>Quayside Works</span>"
                    f"<span class='model'>Tidewater Lamp {i}</span></a><span class='price'>${60 + i}</span></li>"
                    for i in range(12))
    html = page("<main><h1>Lamps</h1><ul class='grid'>" + tiles + "</ul>"
                "<p><a href='/story'><span>Brass</span><span>Works</span></a> at the harbour: "
                "call <a href='/api'><code><span>get</span><span>Tide</span></code></a>. "
                f"{SENTENCE}</p></main>", title="Lamps")
    text = cleanpage.clean(html).text
    assert all(f"Quayside Works Tidewater Lamp {i}" in text for i in range(12))
    assert "WorksTidewater" not in text
    assert "Brass Works" in text and "getTide" in text


def test_a_brand_in_capitals_touching_the_name_in_a_link_reads_as_its_own_word() -> None:
    # the maker set in capitals ("QUAYSIDE"), the model after it in the next span: two words, not
    # "QUAYSIDETidewater"; a capital alone before the rest of its word stays the word's first letter
    tiles = "".join(f"<li class='tile'><a href='https://example.org/p/{i}'><span class='maker'>QUAYSIDE</span>"
                    f"<span class='model'>Tidewater Lamp {i}</span></a><span class='price'>${60 + i}</span></li>"
                    for i in range(12))
    html = page("<main><h1>Lamps</h1><ul class='grid'>" + tiles + "</ul>"
                f"<p><a href='/story'><span>H</span><span>Arbour</span></a> lamps. {SENTENCE}</p></main>",
                title="Lamps")
    text = cleanpage.clean(html).text
    assert all(f"QUAYSIDE Tidewater Lamp {i}" in text for i in range(12))
    assert "HArbour" in text


def test_a_tiles_labelled_fields_in_touching_spans_stay_apart() -> None:
    # each tile gives its stock number and its maker's code in two spans with nothing between
    # them: the second opens with its own label, so the two read apart, not "QL-104Code:"
    tiles = "".join(f"<li class='tile'><h3><a href='https://example.org/p/{i}'>Tidewater lamp {i}</a></h3>"
                    f"<div class='codes'><span>Stock: QL-{100 + i}</span><span>Code: HW{i}</span></div>"
                    f"<span class='price'>${60 + i}</span></li>" for i in range(12))
    html = page("<main><h1>Lamps</h1><ul class='grid'>" + tiles + f"</ul><p>{SENTENCE}</p></main>", title="Lamps")
    text = cleanpage.clean(html).text
    assert all(f"Stock: QL-{100 + i} Code: HW{i}" in text for i in range(12))


@pytest.mark.parametrize("row, shown", [
    ("<span class='meta'>2024</span><span class='meta'>2h 10m</span>", "2024 2h 10m"),
    ("<span class='q'>7 nov. 2025</span><span class='dot' aria-hidden='true'>·</span>"
     "<span class='q'>11 min de lecture</span>", "7 nov. 2025 11 min de lecture"),
    ("<span class='feld'>2024</span><span class='feld'>2 Std. 10 Min.</span>", "2024 2 Std. 10 Min."),
])
def test_touching_spans_of_one_class_where_numbers_meet_read_apart(row: str, shown: str) -> None:
    # a listing's rows give their fields (a year and a running time; a date and a reading time,
    # the dot between them hidden from screen readers) in spans of one class with nothing between
    rows = "".join(f"<li class='row'><h3><a href='https://example.org/f/{i}'>Harbour film {i}</a></h3>"
                   f"<div class='fields'>{row}</div></li>" for i in range(6))
    html = page("<main><h1>Films</h1><ul class='list'>" + rows + f"</ul><p>{SENTENCE}</p></main>", title="Films")
    assert shown in cleanpage.clean(html).text


def test_touching_spans_stay_whole_unless_two_numbers_of_one_class_meet() -> None:
    # a word its styling cuts in two, a price's whole and cents in spans of two classes, and a
    # number after a code's letters stay as the page runs them
    html = page("<main><h1>Lamps</h1><p>" + SENTENCE + "<span class='hi'>Harb</span><span class='hi'>our</span> "
                "lamp, <span class='int'>79</span><span class='cents'>00</span> dollars, model "
                "<span class='f'>QK</span><span class='f'>119</span>.</p></main>", title="Lamps")
    text = cleanpage.clean(html).text
    assert "Harbour lamp, 7900 dollars, model QK119." in text


def test_a_sections_anchored_heading_is_no_item_title() -> None:
    # a heading whose one link is an anchor (<a name>), in a bare <div> among the bare <div>s of its
    # section's blocks: no item's title (the lone-link rule's reading, as before)
    sections = "".join(f"<div><h2><div><a name='part-{i}'>Part {i} of the harbour plan</a></div></h2></div>"
                       f"<div><p>{SENTENCE}</p></div><div><h3>Costs</h3><p>{SENTENCE}</p></div>" for i in range(4))
    article = cleanpage.clean(page("<article><h1>Harbour plan</h1>" + sections + "</article>", title="Harbour plan"))
    assert "Part 2 of the harbour plan" not in article.text


# ---------------------------------------------------------------- copies for small and large screens

DESCRIPTION = ("<p>A lamp for the harbour wall, cast in brass and sealed against salt spray, that stays lit "
               "through a whole night at sea.</p><p>Height: 32 cm. Weight: 2.4 kg.</p>")


def test_a_description_copied_for_small_screens_comes_out_once() -> None:
    copy = f"{DESCRIPTION}<p>{SENTENCE}</p>"
    html = page("<main><h1>Harbour lamp</h1><div class='product'>"
                f"<div class='description show-desktop'>{copy}</div><div class='gallery-strip'></div>"
                f"<div class='description show-mobile'>{copy}</div></div></main>", title="Harbour lamp")
    article = cleanpage.clean(html, options=cleanpage.Options(explain=True))
    assert article.text.count("cast in brass") == 1 and article.text.count("Height: 32 cm") == 1
    assert article.text.count("eastern quay") == 1
    assert any(r.rule == "duplicate" and "show-mobile" in r.path for r in article.removals)


def test_paragraphs_repeated_in_one_style_and_quoted_copies_stay() -> None:
    # a refrain repeats on purpose, and a reply quotes what it answers
    refrain = f"<p class='verse'>{SENTENCE}</p>"
    html = page("<article><h1>Harbour song</h1>" + refrain + "<p>Then the tide came in over the old stone "
                "steps, and the boats rose with it one after another.</p>" + refrain
                + f"<blockquote><p class='quoted'>{SENTENCE}</p></blockquote></article>", title="Harbour song")
    article = cleanpage.clean(html)
    assert article.text.count("eastern quay") == 3


def test_a_looping_carousels_second_copy_of_its_slides_goes() -> None:
    # a slider of quotes that writes its slides twice for a seamless loop, with no "cloned"
    # class and nothing hidden: the quotes stay once (a refrain outside one still repeats: above)
    quotes = "".join(f"<div class='quote-card'><blockquote class='quote'>Quote {i}: the harbour team "
                     f"surveyed our quay in a week and their plan saved us a season of repairs.</blockquote>"
                     f"<p class='who'>Client {i}</p></div>" for i in range(4))
    html = page("<main><h1>Harbour surveys</h1><p>" + SENTENCE + "</p>"
                + "<p>We survey quays, moorings and breakwaters for ports of every size, and we cost "
                "the repairs each one needs before any work starts.</p>"
                "<section class='TestimonialCarousel_wrap'><div class='TestimonialCarousel_track'>"
                + quotes + quotes + "</div></section></main>", title="Harbour surveys")
    article = cleanpage.clean(html, options=cleanpage.Options(explain=True))
    assert all(article.text.count(f"Quote {i}: the harbour team") == 1 for i in range(4))
    assert any(r.rule == "duplicate" for r in article.removals)


def test_a_feeds_linked_summaries_stay_beside_their_titles() -> None:
    # each item: its title's link, and its summary linked again to the same page, hidden from
    # screen readers and out of the tab order (a sighted reader sees it); a bare teaser
    # headline below the feed is still a link list
    items = "".join(
        f"<article class='river-item'><h2><a href='https://example.org/news/{i}'>Harbour story {i}</a></h2>"
        f"<p><a href='https://example.org/news/{i}' aria-hidden='true' tabindex='-1'>Summary {i}: "
        f"the quay was surveyed again, and the council asked for a second costing.</a></p>"
        f"<span class='age'>{i + 1} days ago</span></article>" for i in range(8))
    html = page("<main><h1>Harbour news</h1><section class='river'>" + items + "</section>"
                "<p><a href='https://example.org/other'>Another headline elsewhere</a></p></main>",
                title="Harbour news")
    article = cleanpage.clean(html)
    assert all(f"Harbour story {i}" in article.text and f"Summary {i}: the quay" in article.text for i in range(8))
    assert "Another headline elsewhere" not in article.text


def test_a_search_pages_intro_without_a_box_stays_and_its_search_box_goes() -> None:
    # a collection served by the shop's search: its intro and its results (each with its summary)
    # sit in blocks named "search" that hold no box to type in; the search box (a form with its
    # input) still goes
    tiles = "".join(f"<div class='tile'><h3><a href='/lamp/{i}'>Quayside lamp model {i}</a></h3>"
                    f"<p>Model {i} hangs from a bracket on the harbour wall and burns for a whole night "
                    "on one filling of oil.</p></div>" for i in range(8))
    html = page("<header><div class='search-box'><form action='/find'><input name='q'>"
                "<button>Find</button></form><p>SEARCHHINT: type a lamp's name, its model or its finish "
                "to find it among the shop's lamps and lanterns.</p></div></header>"
                "<main><div class='search-hero'><h1>Quayside lamps</h1><p>A quayside lamp is cast in brass "
                "or iron, sealed against salt spray, and wired to burn through a winter of storms.</p></div>"
                f"<div class='search-results'>{tiles}</div></main>", title="Quayside lamps")
    article = cleanpage.clean(html)
    assert "sealed against salt spray" in article.text
    assert "Quayside lamp model 7" in article.text
    assert "SEARCHHINT" not in article.text


# ---------------------------------------------------------------- sections of one class

def sectioned_product(head: str) -> str:
    """A product page whose description, specifications, box contents and questions are four
    sections of one tag and class, each under its heading: the specifications' rows and the box
    contents hold no sentence."""
    rows = "".join(f"<div class='row'><span>Property {i}</span><span>{i * 3} mm</span></div>" for i in range(8))
    return page(
        "<nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav>"
        "<div class='details'><h1>Quayside tide clock</h1>"
        f"<div class='details__section'><h3>Description</h3>{(f'<p>{SENTENCE}</p>') * 6}<p>The clock reads "
        "the tide from a float in the well, and its brass hands are polished, tested and signed by hand.</p></div>"
        f"<div class='details__section'><h3>Specifications</h3>{rows}</div>"
        "<div class='details__section'><h3>In the box</h3><ul><li>One tide clock</li>"
        "<li>Brass float and chain</li></ul></div>"
        f"<div class='details__section'><h3>Questions</h3><p>{SENTENCE}</p><p>{SENTENCE}</p></div></div>"
        "<footer><p>Copyright the quay shop.</p></footer>", title="Quayside tide clock", head=head)


def test_a_products_sections_of_one_class_are_content() -> None:
    # the description scores best; its sibling sections of its tag and class (the
    # specifications' rows, the box contents) hold no sentence, and are the product's too
    article = cleanpage.clean(sectioned_product(JSON_LD % "Product"))
    assert "brass hands are polished" in article.text
    assert "Property 5" in article.text and "Brass float and chain" in article.text
    assert "Copyright the quay shop" not in article.text


# ---------------------------------------------------------------- tab panels

def tabbed_product(panel_attrs: tuple[str, str, str]) -> str:
    """A product page whose description, features and box contents are three panels of one
    tab set, the first one shown; a related-items panel of links after them."""
    shown, features, box = panel_attrs
    return page(
        "<nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav>"
        "<div class='product'><h1>Harbour survey kit</h1>"
        "<ul class='tabs'><li>Description</li><li>Features</li><li>In the box</li></ul>"
        f"<div class='panes'><div {shown}><p>{SENTENCE}</p><p>The kit is packed in a sealed "
        "case, and every gauge is calibrated, tested and signed before it leaves the yard.</p></div>"
        f"<div {features}><ul><li>Depth gauge to forty metres</li><li>Tide table card</li>"
        "<li>Brass sounding line</li></ul></div>"
        f"<div {box}><ul><li>One survey case</li><li>Two-year warranty</li></ul></div></div></div>"
        "<footer><p>Copyright the harbour shop.</p></footer>", title="Harbour survey kit")


@pytest.mark.parametrize("attrs", [
    ("class='pane active' id='pane-1'", "class='pane' id='pane-2'", "class='pane' id='pane-3'"),
    ("role='tabpanel' id='a'", "role='tabpanel' id='b'", "role='tabpanel' id='c'"),
])
def test_every_panel_of_a_products_tab_set_is_content(attrs: tuple[str, str, str]) -> None:
    # the shown panel scores best; its sibling panels (one class apart from "active", or
    # role=tabpanel) hold the features and the box contents, lists with no sentence in them
    article = cleanpage.clean(tabbed_product(attrs))
    assert "every gauge is calibrated" in article.text
    assert "Brass sounding line" in article.text
    assert "Two-year warranty" in article.text
    assert "Copyright the harbour shop" not in article.text


def test_a_panel_of_links_in_the_tab_set_stays_out() -> None:
    # a panel of the set that lists other products by their links is not the product's text
    related = ("<div role='tabpanel' id='d'><ul>" + "".join(
        f"<li><a href='https://example.org/kit/{i}'>Survey kit model {i}</a></li>" for i in range(6))
        + "</ul></div>")
    html = tabbed_product(("role='tabpanel' id='a'", "role='tabpanel' id='b'", "role='tabpanel' id='c'"))
    article = cleanpage.clean(html.replace("</div></div></div>", "</div>" + related + "</div></div>", 1))
    assert "Brass sounding line" in article.text
    assert "Survey kit model 3" not in article.text


def test_hidden_panes_of_a_tab_set_with_one_shown_are_content() -> None:
    # the panes behind the other tabs are hidden by style until clicked: one click away, they
    # are the product's text; a hidden block beside them that is no pane still goes
    html = tabbed_product(("class='tab-pane active'", "class='tab-pane' style='display:none'",
                           "class='tab-pane' style='display: none'"))
    html = html.replace("<footer>", "<div class='promo' style='display:none'><p>Sign up for "
                        "our harbour letter and save on your next order of survey gear.</p></div><footer>")
    article = cleanpage.clean(html)
    assert "every gauge is calibrated" in article.text
    assert "Brass sounding line" in article.text
    assert "Two-year warranty" in article.text
    assert "Sign up for our harbour letter" not in article.text


def test_panes_shown_one_at_a_time_by_their_style_alone_are_content() -> None:
    # no state word marks the shown pane: its style shows it (display:block) and its
    # siblings' style hides them; the specifications behind the second tab are the product's text
    specs = "".join(f"<tr><th>Gauge {k}</th><td>{k * 5} metres</td></tr>" for k in range(1, 9))
    html = page(
        "<nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav>"
        "<div class='product'><h1>Harbour survey kit</h1><div class='buy'><span>$40.00</span>"
        "<button>Add to cart</button></div><div class='details'><div class='tab-navs'>"
        "<div class='tab-nav active'>Overview</div><div class='tab-nav'>Specs</div></div>"
        "<div class='tab-panes'><div class='tab-pane' style='display:block'><div class='overview'>"
        + f"<p>{SENTENCE}</p>" * 4 + "</div></div>"
        f"<div class='tab-pane' style='display:none'><table class='specs'>{specs}</table></div>"
        "</div></div></div><footer><p>Copyright the harbour shop.</p></footer>",
        title="Harbour survey kit", head="<meta property='og:type' content='product'>")
    article = cleanpage.clean(html)
    assert "second survey of the eastern quay" in article.text
    assert "Gauge 7" in article.text and "40 metres" in article.text
    assert "Copyright the harbour shop" not in article.text


def test_hidden_slides_beside_a_shown_one_are_not_tab_panes() -> None:
    # a carousel hides its other slides the same way, but its class words name no tab or pane
    html = tabbed_product(("class='pane active'", "class='pane' id='pane-2'", "class='pane' id='pane-3'"))
    slides = ("<div class='slides'><div class='slide'><p>Free shipping on every order over fifty "
              "pounds, this week only.</p></div>" + "".join(
                  f"<div class='slide' style='display:none'><p>Offer {i}: a discount on gauges, "
                  "ropes and cases for members who sign up today.</p></div>" for i in range(3)) + "</div>")
    article = cleanpage.clean(html.replace("<footer>", slides + "<footer>"))
    assert "Brass sounding line" in article.text
    assert "Offer 1: a discount on gauges" not in article.text


def test_a_best_block_without_sentences_gives_way_to_the_page_that_has_them() -> None:
    # a course's outline (no sentence, most of the text, the best-scored block) beside the
    # sections that describe the course: the whole page is the content
    outline = "".join(f"<div class='chapter'>Chapter {i}. Working with open projects, part {i}, and licences</div>"
                      for i in range(30))
    about = "".join(f"<div class='block'><h2>Part {i}</h2><div class='text'>This course is for developers who "
                    f"want to learn part {i} of the craft and use it at work.</div></div>" for i in range(4))
    html = page(f"<nav><a href='/'>Home</a></nav><h1>Open source course</h1>{about}"
                f"<div class='outline'>{outline}</div>", title="Open source course")
    article = cleanpage.clean(html)
    assert "Chapter 29." in article.text and "want to learn part 3" in article.text


def test_a_grid_shown_again_under_a_second_heading_comes_out_once() -> None:
    # the same tiles in the same style twice (the collection, then a "Shop" row): a copy, while a
    # paragraph that holds a link may repeat on purpose
    def grid() -> str:
        return "<div class='row'>" + "".join(
            f"<div class='tile'><a href='https://example.org/p/{i}'>Harbour lamp model {i}</a>"
            f"<span class='price'>${90 + i}</span></div>" for i in range(40)) + "</div>"
    refrain = ("<p class='note'><a href='https://example.org/quay'>Every lamp is tested on the quay before "
               "it ships</a>: see how.</p>")
    filters = "<div class='filters'><span>" + ", ".join(f"colour {k}, size {k}" for k in range(30)) + "</span></div>"
    html = page("<main><h1>Lamps</h1>" + filters + grid() + refrain + "<section><h2>Shop lamps</h2>" + grid()
                + "</section>" + refrain + "</main>", title="Lamps")
    article = cleanpage.clean(html)
    assert article.text.count("Harbour lamp model 37") == 1
    assert article.text.count("Every lamp is tested") == 2


def test_a_cards_summary_linked_whole_like_its_title_is_the_cards_text() -> None:
    # each item: its title's link and a paragraph that is one link, its summary, and nothing of
    # its own (no date, no price); the summaries are the listing's text, not a list of links,
    # while a footer's one-link blurb alone in its block stays a link
    items = "".join(
        f"<div class='card'><h3><a href='/course/{i}'>Course number {i} in harbour engineering</a></h3>"
        f"<p><a href='/course/{i}'>Summary {i}: learn how quays are surveyed, how moorings are laid "
        "out and how a harbour plan is costed.</a></p></div>" for i in range(8))
    blurb = ("<div class='about'><p><a href='/about'>The harbour school has taught engineers to survey "
             "quays and lay moorings since long before the new plan.</a></p></div>")
    article = cleanpage.clean(listing("<div class='list'>" + items + "</div>" + blurb))
    for i in range(8):
        assert f"Summary {i}: learn how quays are surveyed" in article.text
    assert "The harbour school has taught" not in article.text


# ---------------------------------------------------------------- results grids found last

def results_cell(i: int) -> str:
    """A shop's search result: a link around its picture and its long title, its shop's link, a
    rating and a price; the cell's class numbers its order per screen size."""
    return (f"<li class='cell order-xs-{i % 3} order-lg-{i % 2}'><div class='card'>"
            f"<a href='https://example.org/item/{i}'><img src='/{i}.jpg' alt=''>"
            f"<h2>Harbour lamp model {i}, cast brass lantern for quays and moorings</h2></a>"
            f"<a href='https://example.org/shop/{i}'>Quayside shop {i}</a>"
            f"<span class='rating'>({100 + i})</span><span class='price'>${90 + i}</span></div></li>")


def test_a_results_grid_whose_titles_are_all_links_comes_out_as_its_items() -> None:
    # no sentence, next to no unlinked text: every other pass finds nothing (the titles are
    # link lists to tidying); the repeated cards of one template, each titled, are the content
    filters = "<div class='sort'><button>Relevancy</button></div>"
    pages = "<nav class='pagination'>" + "".join(f"<a href='/p/{k}'>{k}</a>" for k in range(1, 6)) + "</nav>"
    html = page("<header><a href='/'>Home</a> <a href='/lamps'>Lamps</a></header><main><h1>Lamps</h1>"
                + filters + "<ul class='results'>" + "".join(results_cell(i) for i in range(8)) + "</ul>"
                + pages + "</main>", title="Lamps")
    article = cleanpage.clean(html)
    assert all(f"Harbour lamp model {i}, cast brass lantern" in article.text for i in range(8))
    assert "$97" in article.text


def test_a_page_of_menus_has_no_results_grid() -> None:
    # menus of short link texts, and long-titled links in the footer, are no listing
    menus = "".join("<ul class='menu'>" + "".join(f"<li class='entry'><a href='/m/{m}/{i}'>Lamps {m} {i}</a></li>"
                                                 for i in range(6)) + "</ul>" for m in range(4))
    footer = "<footer><ul>" + "".join(f"<li><a href='/news/{i}'>Harbour news story number {i} about the quay</a></li>"
                                      for i in range(6)) + "</ul></footer>"
    with pytest.raises(cleanpage.NoContentError):
        cleanpage.clean(page("<main><h1>Lamps</h1>" + menus + "</main>" + footer, title="Lamps"))


# ---------------------------------------------------------------- one section of a page of sections

# A service page: a hero with the headline, then a comma-rich introduction that outscores each
# of the sections after it, which no sibling rule joins to it (each is one short paragraph);
# after the content, a block of office addresses no rule names.
HERO_H1 = "<div class='hero'><h1>Harbour surveys</h1></div>"
INTRO = ("<section class='intro'><p>We survey quays, moorings, slipways, breakwaters, pontoons, "
         "cranes, bollards, fenders, ladders, lights, buoys, chains, anchors, sluices, gates, walls, "
         "steps, rails, drains, pumps, cables, signs, kiosks, sheds and yards, for owners, councils, "
         "insurers, lenders and buyers.</p></section>")
SERVICES = "".join(
    f"<section class='service'><h2>{name}</h2><p>Our {name.lower()} team visits the harbour, "
    "records what it finds and writes a plain report that owners can act on within the month.</p></section>"
    for name in ("Quay inspections", "Mooring plans", "Costing"))
OFFICES = "<div class='offices'>" + "".join(
    f"<div class='office'><b>Office {i}</b> <span>Quay Road {i}</span> <span>Open 9 to 5</span></div>"
    for i in range(12)) + "</div>"


def service_page(content: str, head: str = "") -> str:
    return page("<nav><a href='/'>Home</a> <a href='/services'>Services</a></nav>" + content + OFFICES
                + "<footer><p>Copyright the harbour surveyors.</p></footer>", "Harbour surveys", head)


@pytest.mark.parametrize("region", ["<main>{}</main>", "<div class='page'>{}</div>"])
def test_every_section_of_the_region_is_content_when_one_section_wins_the_scoring(region: str) -> None:
    # the <main> landmark, or without one the block holding the <h1> and the winning section
    article = cleanpage.clean(service_page(region.format(HERO_H1 + INTRO + SERVICES)))
    assert "We survey quays, moorings" in article.text
    for name in ("quay inspections", "mooring plans", "costing"):
        assert f"Our {name} team visits the harbour" in article.text
    assert "Office 3" not in article.text


def test_a_page_read_whole_drops_the_links_its_class_names_buttons() -> None:
    # each section of the region ends in a button link: an action the page offers, not its text,
    # on a page read whole as on a body chosen from it
    sections = "".join(
        f"<section class='service'><h2>{name}</h2><p>Our {name.lower()} team visits the harbour, records what "
        f"it finds and writes a plain report that owners can act on within the month.</p>"
        f"<a class='btn btn-primary' href='/book/{k}'>Book a visit</a></section>"
        for k, name in enumerate(("Quay inspections", "Mooring plans", "Costing")))
    article = cleanpage.clean(service_page("<main>" + HERO_H1 + INTRO + sections + "</main>"))
    for name in ("quay inspections", "mooring plans", "costing"):
        assert f"Our {name} team visits the harbour" in article.text
    assert "Book a visit" not in article.text


PROVIDERS = ("<section class='providers'><h2>Training providers</h2><table>"
             "<tr><td>Provider</td><td>Services</td><td>Website</td></tr>" + "".join(
                 f"<tr><td>Harbour school {i}</td><td>Crane and slipway training for new crews</td>"
                 f"<td><a href='https://example.org/{i}'>example.org/{i}</a></td></tr>" for i in range(30))
             + "</table></section>")
INTRO_PROSE = ("<section class='intro'>" + "".join(
    f"<p>The harbour board funds training number {i} for people who want to work on the quays, "
    "and it pays the providers listed below for every course they run.</p>" for i in range(3)) + "</section>")


def test_a_table_beside_the_winning_section_is_content_on_a_page_that_is_no_product() -> None:
    # the introduction holds every sentence, the table of providers most of the region's words
    # (its cells are no sentences): the region is the content; a product's description is its own
    article = cleanpage.clean(service_page("<div class='page'>" + HERO_H1 + INTRO_PROSE + PROVIDERS + "</div>"))
    assert "The harbour board funds training number 2" in article.text
    assert "Harbour school 29" in article.text and "Office 3" not in article.text
    head = "<meta property='og:type' content='product'>"
    product = cleanpage.clean(service_page("<div class='page'>" + HERO_H1 + INTRO_PROSE + PROVIDERS + "</div>",
                                           head=head))
    assert "The harbour board funds training number 2" in product.text
    assert "Harbour school 29" not in product.text


def test_a_side_column_in_the_region_is_not_another_section() -> None:
    # the other sentences sit in a column named as chrome, which no rule took (it holds a form)
    column = "<div class='widget-area'><form>" + SERVICES + "</form></div>"
    article = cleanpage.clean(service_page("<div class='page'>" + HERO_H1 + INTRO + column + "</div>"))
    assert "We survey quays, moorings" in article.text
    assert "Our costing team visits the harbour" not in article.text


# A shop's page of kettles: its <main> holds a short introduction and the models; around it, the
# site's own tiles of sentences (one a store) that no rule names as chrome.
TOWNS = ("Amberley", "Brindle", "Corran", "Dunmere", "Eskdale", "Farnholt", "Glenrow", "Harwick")
STORE_TILES = ["<div class='tile'><p>Our " + town + " store stocks the whole range and runs a repair desk "
               "for anything bought from us in the last five years.</p></div>" for town in TOWNS]
KETTLES = ("<h1>Kettles</h1><div class='intro'><p>Every kettle we list is tested in our kitchen, for speed, "
           "for noise, for spills, for scale, for handles, for lids, and for switches, before it goes on "
           "sale.</p></div><ul class='models'>"
           + "".join(f"<li>Kettle model {i}: steel body, {i + 10} minutes to cool</li>" for i in range(8))
           + "</ul>")


@pytest.mark.parametrize("landmark", ["<main>{}</main>", "<div role='main'>{}</div>"])
def test_a_page_read_whole_keeps_to_its_main_landmark(landmark: str) -> None:
    # the choice (the introduction and the models) holds a small part of the page's sentences:
    # the page is read whole, but only what the rules left of its main landmark
    body = "".join(STORE_TILES[:4]) + landmark.format(KETTLES) + "".join(STORE_TILES[4:])
    article = cleanpage.clean(page(body, "Kettles"))
    assert "Every kettle we list is tested in our kitchen" in article.text
    assert "Kettle model 7: steel body" in article.text
    assert "store stocks the whole range" not in article.text
    # without a landmark, the whole page is still the content
    whole = cleanpage.clean(page("".join(STORE_TILES[:4]) + KETTLES + "".join(STORE_TILES[4:]), "Kettles"))
    assert "Kettle model 7: steel body" in whole.text and "Our Amberley store" in whole.text


# A workshop's page that says it is an article: its overview in <main>, then an accordion of
# questions whose answers are folded (each button says aria-expanded="false"), comma-rich.
WORKSHOP_OVERVIEW = (
    "<section class='overview'><h2>What the workshop does</h2>"
    "<p>We mend town bicycles for riders who want them back on the road within the week. A repair "
    "starts with a check of the frame and ends with a test ride around the yard.</p>"
    "<p>Our mechanics have rebuilt old cargo bikes for bakeries since the workshop opened. They know the "
    "gears and the brakes and the spare parts that an older bicycle needs.</p>"
    "<p>Every repair ends with a short note, with the parts and the hours, that the rider keeps.</p>"
    "<p>We work with delivery firms and schools and cycling clubs and we quote each job before we start.</p>"
    "<p>When the bike leaves we check it again after a month at no charge to the rider.</p></section>")


def folded_question(i: int) -> str:
    return (f"<div class='qa'><h3><button type='button' aria-expanded='false' aria-controls='reply{i}'>"
            f"What happens in stage {i} of a repair?</button></h3>"
            f"<div id='reply{i}' class='qa-answer'><p>In stage {i}, our mechanics strip the chain, clean the "
            "hubs, true the wheels, bleed the brakes, oil the cables, and note it all, with prices, "
            "options, parts and a date, for the rider.</p></div></div>")


def test_folded_answers_of_an_accordion_do_not_outscore_the_section_the_page_opens_with() -> None:
    # the answers hold more commas than the overview, but a reader sees them only one by one
    questions = "".join(folded_question(i) for i in range(6))
    html = page("<nav><a href='/'>Home</a> <a href='/prices'>Prices</a></nav>"
                "<main><h1>Bicycle repairs</h1>" + WORKSHOP_OVERVIEW + "</main>"
                "<section class='questions'><h2>Questions</h2><div class='list'>" + questions + "</div></section>"
                "<footer><p>Copyright the bicycle workshop.</p></footer>",
                "Bicycle repairs", "<meta property='og:type' content='article'>")
    article = cleanpage.clean(html)
    assert "We mend town bicycles for riders" in article.text
    assert "we check it again after a month" in article.text



def test_a_fallback_body_sheds_the_menus_and_masthead_its_strip_kept() -> None:
    # a shop's short intro (our pass's body, under the 60 words that end the search) beside a mega
    # menu whose items carry promotional sentences: the fallback pass that keeps the page's
    # header and footer must not win with them
    blurb = ("Find the right pair for every season with our fitting experts, who measure both feet and "
             "watch you run before they suggest a shoe that suits your stride. ")
    items = "".join(f"<li><a href='/c/{j}'>Item {j}</a></li>" for j in range(8))
    menu = "".join(f"<li class='nav-item'><a href='/c/{i}'>Category {i}</a><ul>{items}</ul>"
                   f"<div class='promo'>{blurb}</div></li>" for i in range(5))
    tiles = "".join(f"<div class='widget tile'><a href='/p/{i}'>Trail watch model {i}</a></div>" for i in range(12))
    html = page(f"<header class='site'><nav><ul>{menu}</ul></nav></header>"
                "<div class='main'><h1>GPS Watches</h1><p>Want to know how far you ran? A GPS watch tells you "
                "the distance, time and pace of every run, so that you can plan your training.</p>"
                f"<div class='widget-grid'>{tiles}</div></div>"
                "<footer><ul><li><a href='/about'>About us</a></li><li><a href='/jobs'>Careers</a></li></ul></footer>",
                title="GPS Watches")
    article = cleanpage.clean(html)
    assert "distance, time and pace" in article.text
    assert "fitting experts" not in article.text and "Careers" not in article.text


def test_a_fallback_body_keeps_a_header_with_the_headline_and_an_articles_own_header() -> None:
    from cleanpage import boilerplate
    from cleanpage.model import Options

    body = lxml.html.fromstring(
        "<div><header><h1>Harbour plan</h1><p>The intro.</p></header><nav><a href='/'>Home</a></nav>"
        "<article><header><p>By the desk</p></header><p>The text.</p><footer>Filed under quays</footer>"
        "</article><div role='contentinfo'>Site footer</div><footer>Contact us</footer></div>")
    removals = boilerplate.strip_landmarks(body, Options(explain=True))
    text = body.text_content()
    assert "Harbour plan" in text and "By the desk" in text and "Filed under quays" in text
    assert "Home" not in text and "Site footer" not in text and "Contact us" not in text
    assert sorted(r.rule for r in removals) == ["navigation", "site-footer", "site-footer"]


def test_a_fallback_body_of_nothing_but_landmarks_stays_whole() -> None:
    from cleanpage import boilerplate
    from cleanpage.model import Options

    body = lxml.html.fromstring("<div><nav><a href='/'>Home</a></nav><footer>Contact us at the quay office</footer></div>")
    assert boilerplate.strip_landmarks(body, Options()) == []
    assert "Home" in body.text_content() and "Contact us" in body.text_content()


@pytest.mark.parametrize("count", [12, 6])  # (6 offers: about a third of the FAQ's text)
def test_a_service_pages_faq_far_under_its_headline_gives_way_to_the_whole_page(count: int) -> None:
    # the FAQ holds the sentences and wins the scoring, but the hero and the offers between the
    # headline and it, in no sentence, are the page's text too
    offers = "".join(f"<div class='offer'><h3>Offer {i}</h3><span>Offer {i}: boat lifts and hull checks "
                     f"with {40 + i} berths free</span></div>" for i in range(count))
    faq = "".join(f"<div class='qa'><h3>Question {i}?</h3><p>Answer {i}: {SENTENCE}{SENTENCE}</p></div>"
                  for i in range(4))
    html = page("<nav><a href='/'>Home</a> <a href='/yard'>Yard</a></nav><section class='hero'>"
                "<h1>Winter storage for your boat</h1><span>Hero: a dry berth, a locked yard and a crane on call"
                f"</span></section><section class='offers'><h2>Offers</h2><div>{offers}</div></section>"
                f"<section class='faq'><h2>Questions</h2>{faq}</section>"
                "<footer><p>Copyright the boatyard.</p></footer>", title="Winter storage for your boat")
    article = cleanpage.clean(html)
    assert all(f"Answer {i}:" in article.text for i in range(4))
    assert "Hero: a dry berth" in article.text
    assert all(f"Offer {i}: boat lifts" in article.text for i in range(count))
    assert "Copyright the boatyard" not in article.text


# ---------------------------------------------------------------- a shop's guide below its grid

def guide_section(i: int) -> str:
    return (f"<div class='row'><div class='col'><h3>Question {i}: how long do the soles last?</h3>"
            f"<div class='answer'><p>Answer {i}: our rubber soles are poured in Teslavik from natural "
            "latex, and a pair worn every day in town keeps its grip for three winters, often longer on "
            "soft paths.</p></div><div class='answer'><p>Worn soles can be sent back to the workshop, "
            f"which replaces them in a week for a small fee, and returns the boots cleaned and waxed in "
            f"their box number {i}.</p></div></div></div>")


def shop_with_guide_below(cards: int = 24, indent: int = 40) -> str:
    """A collection of rain boots: a grid of cards in <main>, and the shop's buying guide (headed
    paragraphs of sentences) after <main>'s wrapper, beside it in the body."""
    grid = "".join(f"<li class='product'><div class='card'><a href='/boot/{i}'>Rain boot model {i} in natural rubber</a>"
                   f"<p>Green, black, navy, or red, sizes 36 to 46, lined, {i + 40}.00 EUR</p></div></li>"
                   + "\n" + " " * indent for i in range(cards))  # (a template's indents)
    guide = ("<div class='buying'><div class='inner'><h2>Choosing rain boots</h2><div class='lead'><p>Rain "
             "boots keep feet dry in puddles, on muddy fields and on the deck of a boat, and a good pair "
             "lasts for many seasons.</p></div>" + "".join(guide_section(i) for i in range(4)) + "</div></div>")
    return page("<div class='wrap'><main><div class='inside'><div class='heading'><h1>Rain boots</h1></div>"
                f"<section class='items'><ul class='products'>{grid}</ul></section></div></main></div>{guide}"
                "<footer><p>Copyright the boot shop.</p></footer>", "Rain boots")


def test_a_shops_guide_after_its_main_landmark_joins_the_grid() -> None:
    text = cleanpage.clean(shop_with_guide_below()).text
    assert "Rain boot model 23" in text
    assert "Choosing rain boots" in text and "Answer 3: our rubber soles" in text
    assert "Copyright the boot shop" not in text


# ---------------------------------------------------------------- a shop's mega menu

def mega_menu_shop() -> str:
    """A shop whose header's mega menu holds, in each item's panel, promotions in sentences
    that outweigh the shop's own short description above its grid."""
    promo = ("Our lantern makers in Vellmar pick every wick by hand, and each lamp is tested for a "
             "whole night before it leaves the workshop for your garden. ")
    items = "".join(
        f"<li class='entry'><a href='/c{i}'>Lanterns {i}</a><div class='panel'>"
        f"<div class='col'><a href='/c{i}/a'>Brass lanterns</a> <a href='/c{i}/b'>Glass lanterns</a></div>"
        f"<div class='col'><p>{promo}</p></div></div></li>"
        for i in range(5))
    cards = "".join(f"<li class='product'><a href='/p{i}'>Garden lantern model {i}, brass and smoked glass, "
                    f"with a hook for hanging</a><span class='price'>{i + 20}.00 EUR</span></li>" for i in range(30))
    return page(f"<header><nav><ul>{items}</ul></nav></header>"
                f"<main><h1>Garden lanterns</h1><div class='intro'><p>Lanterns for terraces and paths, in brass, "
                "glass and iron, made to order and shipped within a week.</p><p>Each one takes a candle or a "
                "small oil burner, and spare glass panes can be ordered for every model we list.</p><p>Our iron "
                "frames are painted twice, so that rain and frost leave them as they were, year after year.</p>"
                "<p>Orders placed before noon leave the same day, in boxes lined with recycled paper.</p></div>"
                f"<ul class='products'>{cards}</ul></main>"
                "<footer><p>Contact us</p></footer>", title="Garden lanterns")


def test_a_mega_menus_promotions_do_not_make_the_header_the_pages_prose() -> None:
    text = cleanpage.clean(mega_menu_shop()).text
    assert "Orders placed before noon" in text
    assert "lantern makers in Vellmar" not in text


# ---------------------------------------------------------------- an item's list of authors

def paper(i: int, authors: str) -> str:
    """A listing item: a paper's title, its authors in a box named a byline, its abstract."""
    return (f"<div class='paper'><h3><a href='/paper/{i}'>Tidal silt on the eastern quay, study {i}</a></h3>"
            f"<div class='paper-authors'>{authors}</div>"
            f"<p>Abstract {i}: we sampled the silt along the quay for two winters and compare it "
            "with the dredging records of the harbour board.</p></div>")


@pytest.mark.parametrize("linked", [False, True])
def test_each_items_list_of_authors_stays_in_a_listing(linked: bool) -> None:
    def authors(i: int) -> str:
        names = [f"Marta Quill{'e' * i}", "Oskar van Deel", "Ines Farrow", "Tobiah Reyes"]
        return ", ".join(f"<a href='/author/{k}'>{name}</a>" if linked else name for k, name in enumerate(names))
    article = cleanpage.clean(listing("<div class='papers'>" + "".join(paper(i, authors(i)) for i in range(6))
                                      + "</div>"))
    assert "Abstract 5: we sampled the silt" in article.text
    for i in range(6):
        assert f"Marta Quill{'e' * i}, Oskar van Deel, Ines Farrow, Tobiah Reyes" in article.text


@pytest.mark.parametrize("pair", ["Marta Quill{} and Oskar van Deel", "Marta Quill{} & Oskar van Deel",
                                  "Marta Quill{}, Oskar van Deel"])
def test_two_authors_of_each_item_stay_in_a_listing(pair: str) -> None:
    names = ["e" * (i + 1) for i in range(6)]
    article = cleanpage.clean(listing("<div class='papers'>"
                                      + "".join(paper(i, pair.format(name)) for i, name in enumerate(names)) + "</div>"))
    assert "Abstract 5: we sampled the silt" in article.text
    for name in names:
        assert pair.format(name) in article.text


def captioned_paper(i: int, authors: str) -> str:
    """A listing item whose authors sit in a small-print line named a caption by its class."""
    return (f"<div class='study-card'><p class='lead'>Tidal silt on the eastern quay, study {i}</p>"
            f"<div class='study-card-authors'><p class='caption-small'>{authors}</p></div>"
            f"<p>Abstract {i}: we sampled the silt along the quay for two winters and compare it "
            "with the dredging records of the harbour board.</p></div>")


def test_each_items_list_of_authors_in_a_caption_line_stays_in_a_listing() -> None:
    names = ["e" * (i + 1) for i in range(6)]
    article = cleanpage.clean(listing("<div class='studies'>" + "".join(
        captioned_paper(i, f"Marta Quill{name}, Oskar van Deel, Ines Farrow") for i, name in enumerate(names))
        + "</div>"))
    assert "Abstract 5: we sampled the silt" in article.text
    for name in names:
        assert f"Marta Quill{name}, Oskar van Deel, Ines Farrow" in article.text


def test_a_caption_line_of_one_credit_in_each_item_still_goes() -> None:
    article = cleanpage.clean(listing("<div class='studies'>" + "".join(
        captioned_paper(i, f"Photo by Marta Quill{'e' * (i + 1)}") for i in range(6)) + "</div>"))
    assert "Abstract 5: we sampled the silt" in article.text
    assert "Photo by Marta Quilleee" not in article.text


CHIPS = ("Harbour Surveys", "Tidal Studies", "Dredging Records", "Quay Walls", "Silt and Sand", "River Mouths",
         "Winter Storms")


def tagged_post(i: int, kind: str = "entry") -> str:
    """A blog index's card: a date, a linked title, a summary in a sentence, then a row of linked tags
    (its links outweigh its words)."""
    chips = "".join(f"<a class='chip' href='/topic/{k}'>{chip}</a>" for k, chip in enumerate(CHIPS))
    return (f"<div class='{kind}'><div class='{kind}-body'><div class='{kind}-top'>"
            f"<div class='{kind}-when'>May {i + 1}, 2025</div>"
            f"<a href='/notes/{i}'><h4>Why the eastern quay silts up every spring, note {i}</h4></a>"
            f"<div class='{kind}-summary'>Summary {i}: the river brings more sand down each spring than the "
            f"dredgers of the board can lift.</div></div><div class='{kind}-chips'>{chips}</div></div></div>")


def test_each_items_summary_stays_beside_a_row_of_linked_tags() -> None:
    html = page("<div class='page'><header><a href='/'>Home</a> <a href='/notes'>Notes</a></header><main>"
                "<section class='banner'><h1>Harbour notes</h1><p>Read about the tides and quays of our harbour.</p>"
                f"</section><section class='featured'>{tagged_post(99, 'featured')}</section>"
                "<section class='entries-wrapper'><section class='filters'><button>All topics</button></section>"
                "<section class='entries'>" + "".join(tagged_post(i) for i in range(8)) + "</section></section>"
                "</main><footer><p>Copyright the harbour school.</p></footer></div>", title="Harbour notes")
    text = cleanpage.clean(html).text
    for i in range(8):
        assert f"Summary {i}: the river brings more sand" in text


def test_a_byline_box_of_one_name_or_a_date_in_each_item_still_goes() -> None:
    # one writer (or a date and a time, or a name and a post) per item is the item's byline, not
    # a list of its authors
    for line, marks in (("Marta Quill{}", "eiouy"), ("May {}, 2025, 4:10 pm", "12345"),
                        ("Marta Quill{}, Editor", "eiouy")):
        article = cleanpage.clean(listing("<div class='papers'>"
                                          + "".join(paper(i, line.format(mark)) for i, mark in enumerate(marks))
                                          + "</div>"))
        assert "Abstract 4: we sampled the silt" in article.text
        assert line.format(marks[2]) not in article.text


# ---------------------------------------------------------------- disclaimers and legal notices

def test_a_block_named_a_disclaimer_is_not_the_pages_text() -> None:
    # the numbered small print under a product's description (its class names it a
    # disclaimer) and a form's legal line go; the description stays
    description = "".join(f"<p>The harbour lamp keeps its light for {8 + i} hours on one charge, and its "
                          "brass case stands up to salt spray on the outer quay.</p>" for i in range(10))
    notes = "".join(f"<li>{k}. Battery life measured by the maker with the lamp at half brightness in a test "
                    "room at 20 degrees.</li>" for k in range(1, 3))
    html = page("<nav><a href='/'>Home</a></nav><main><h1>Harbour lamp</h1>" + description
                + f"<div class='product-bottom-disclaimer'><ol>{notes}</ol></div>"
                + "<div class='signup-legal'><p>By signing up you agree to receive messages from the lamp "
                "shop; reply STOP to unsubscribe at any time, message rates may apply.</p></div></main>"
                "<footer><p>Copyright the lamp shop.</p></footer>", title="Harbour lamp")
    article = cleanpage.clean(html)
    assert all(f"for {8 + i} hours on one charge" in article.text for i in range(10))
    assert "Battery life measured by the maker" not in article.text
    assert "By signing up you agree" not in article.text


def test_items_filed_under_a_legal_category_are_kept() -> None:
    # WordPress puts "category-<slug>" on every item: a law blog's "category-legal" names the
    # topic, not a disclaimer
    items = "".join(f"<article class='post type-post category-{('legal', 'housing')[i % 2]} tag-tenancy'>"
                    f"<h2><a href='/p{i}'>Tenancy "
                    f"question {i}</a></h2><p>What a tenant on the north side can ask of a landlord who "
                    f"delays repair number {i} for more than a month.</p></article>" for i in range(8))
    html = page(f"<main><h1>Legal notes</h1>{items}</main>", title="Legal notes")
    article = cleanpage.clean(html)
    assert all(f"delays repair number {i} for more" in article.text for i in range(8))


# ---------------------------------------------------------------- a collection's introduction above its cards

def introduced_collection(status: str = "status-publish", landmark: str = "main") -> str:
    """A blog's category page: its headline and description in a block above the <main> landmark,
    which holds only the cards of its posts, each a linked title whose class words carry the
    post's publishing status; the page says it is an article, as blog engines make it say."""
    intro = ("<div class='category-description'><div class='wrap'><h1>Lighthouse walks</h1>"
             "<p>Walks along the coast from one lighthouse to the next, with the tide tables, the paths "
             "over the cliffs and the cafés that are open in winter.</p><p>Every walk was tried in the rain "
             "by one of us, and the longest ones can be split in two at a village with a bus stop.</p></div></div>")
    cards = "".join(f"<article class='post-{1000 + i} post type-post {status} entry'><header><h2 class='title'>"
                    f"<a href='/walks/{i}'>Walk {i} from the harbour light to the point</a></h2></header>"
                    "<footer class='entry-footer'></footer></article>" for i in range(8))
    opening = "<main class='content'>" if landmark == "main" else "<div class='content' role='main'>"
    closing = "</main>" if landmark == "main" else "</div>"
    return page(f"<header><a href='/'>Coast walks</a></header>{intro}<div class='inner'><div class='wrap'>"
                f"{opening}{cards}{closing}</div></div><footer><p>Copyright the walkers' club.</p></footer>",
                "Lighthouse walks", "<meta property='og:type' content='article'>")


@pytest.mark.parametrize("landmark", ["main", "role"])
def test_a_collections_cards_in_its_main_landmark_follow_its_introduction(landmark: str) -> None:
    # the introduction wins on its sentences; the landmark's cards are the collection's items, and
    # a card's post status ("status-publish") names no byline
    text = cleanpage.clean(introduced_collection(landmark=landmark)).text
    assert "Every walk was tried in the rain" in text
    assert all(f"Walk {i} from the harbour light" in text for i in range(8))
    assert "Copyright the walkers' club" not in text


def test_a_cards_byline_class_still_makes_it_a_byline_in_a_grid() -> None:
    # only the post status is set aside: a card named a date line still goes
    text = cleanpage.clean(introduced_collection(status="status-publish post-date")).text
    assert "Walk 3 from the harbour light" not in text
    assert "Every walk was tried in the rain" in text


def shop_grid_said_article() -> str:
    """A shop's grid of products, each card's class words carrying the post's publishing status,
    on a page that says it is an article (as blog engines make a shop's pages say)."""
    cards = "".join(f"<li class='product type-product post-{2000 + i} status-publish instock'>"
                    f"<a href='/cups/{i}'><h2 class='product-title'>Stoneware travel cup model {i}</h2></a>"
                    f"<div class='size-price'>Size {i} • 350 ml • glazed stoneware, ${i + 20}.00</div></li>"
                    for i in range(8))
    return page(f"<header><a href='/'>The cup shop</a></header><div class='page'><h1>Travel cups</h1>"
                f"<ul class='products columns-4'>{cards}</ul></div><footer><p>Copyright the cup shop.</p></footer>",
                "Travel cups", "<meta property='og:type' content='article'>")


def test_a_grid_without_sentences_on_a_page_said_an_article_keeps_its_status_marked_cards() -> None:
    text = cleanpage.clean(shop_grid_said_article()).text
    assert all(f"Stoneware travel cup model {i}" in text for i in range(8))
    assert "Copyright the cup shop" not in text


def service_with_testimonials(names: str) -> str:
    """A course's page: its description, then the quotes of its former students in a block whose
    class words also name a comment thread or a sidebar's widget."""
    quotes = "".join(f"<div class='quote'><p>The course on tide tables number {i} showed me how to read the "
                     f"harbour charts, and I now plan my own trips along the coast.</p><p>Student {i}</p></div>"
                     for i in range(5))
    return page(f"<header><a href='/'>The sailing school</a></header><main><h1>Reading tide tables</h1>"
                f"<p>{SENTENCE * 3}</p><p>{SENTENCE * 2}</p>"
                f"<section class='{names}'><h2>What students say</h2>{quotes}</section></main>"
                f"<footer><p>Copyright the sailing school.</p></footer>", "Reading tide tables")


@pytest.mark.parametrize("names", ["course-testimonial-comments", "widget student-testimonials",
                                   "sidebar-temoignages"])
def test_a_pages_testimonials_are_its_content_whatever_else_their_class_names(names: str) -> None:
    text = cleanpage.clean(service_with_testimonials(names)).text
    assert all(f"tide tables number {i}" in text for i in range(5))
    assert "committee met on Tuesday" in text and "Copyright the sailing school" not in text


def test_a_comment_thread_still_goes() -> None:
    text = cleanpage.clean(service_with_testimonials("comments")).text
    assert "tide tables number 2" not in text and "committee met on Tuesday" in text


def features_gallery(kind: str) -> str:
    """A page whose features are a grid of cards, each a picture over a caption of sentences (its
    class words name a gallery and captions), after the page's own paragraphs."""
    cards = "".join(f"<li class='photo-grid__item'><img src='/f{i}.jpg' alt=''><div class='feature-caption "
                    f"caption-lines'><p>Feature number {i} of the harbour lamp keeps the beam steady "
                    f"in a gale, and the housing stays dry through the winter storms.</p></div></li>"
                    for i in range(4))
    return page(f"<header><a href='/'>The lamp shop</a></header><main><h1>Harbour lamp</h1>"
                f"<p>{SENTENCE * 3}</p><p>{SENTENCE * 2}</p><ul class='card-set grid'>{cards}</ul></main>"
                f"<footer><p>Copyright the lamp shop.</p></footer>", "Harbour lamp", JSON_LD % kind)


def test_a_gallery_of_feature_cards_with_captions_of_sentences_is_a_products_content() -> None:
    text = cleanpage.clean(features_gallery("Product")).text
    assert all(f"Feature number {i} of the harbour lamp" in text for i in range(4))
    assert "committee met on Tuesday" in text and "Copyright the lamp shop" not in text


def test_a_gallerys_captions_still_go_on_a_page_said_an_article() -> None:
    text = cleanpage.clean(features_gallery("NewsArticle")).text
    assert "Feature number 2 of the harbour lamp" not in text and "committee met on Tuesday" in text


RANKING_INTROS = {
    "en": ("Top ranked harbour cranes",
           ("See how the harbour cranes we tested rank on our lifting score, "
            "measured over a season of work on the eastern quay.")),
    "de": ("Die besten Hafenkräne",
           ("So schneiden die getesteten Hafenkräne in unserer Hebewertung ab, "
            "gemessen über eine ganze Saison am östlichen Kai.")),
    "fr": ("Classement des grues portuaires",
           ("Voici comment les grues portuaires testées se classent selon "
            "notre note de levage, mesurée pendant une saison sur le quai est.")),
    "es": ("Las mejores grúas portuarias",
           ("Así se clasifican las grúas portuarias que probamos según nuestra "
            "puntuación de carga, medida durante una temporada en el muelle este.")),
}


@pytest.mark.parametrize("lang", sorted(RANKING_INTROS))
def test_a_rankings_rows_drawn_with_blocks_keep_each_items_linked_name(lang: str) -> None:
    # a long ranking (forty rows), each row a block: its first cell the rank, the item's logo and its name, both linked to the
    # item's page, then a cell with the score and its count; the name is the item, not a teaser of another page.
    # The site's menu (links to many pages) still goes.
    heading, intro = RANKING_INTROS[lang]
    rows = "".join(f"<div class='flex entry-row'><div class='cell-wide flex'><div class='rank'>{i}.</div>"
                   f"<div class='flex'><div class='logo'><a href='https://example.org/crane/{i}'>"
                   f"<img src='/logo/{i}.png' alt=''></a></div>"
                   f"<div class='truncate'><a href='https://example.org/crane/{i}'>Quaylift {i}</a></div></div></div>"
                   f"<div class='cell-narrow'>{9 - i / 10:.1f} / 10 ({300 - i} ratings)</div></div>"
                   for i in range(1, 41))
    menu = "<div class='menu'>" + "".join(f"<div><a href='/topic/{k}'>Topic {k}</a></div>" for k in range(6)) + "</div>"
    html = page(f"<div class='top'>{menu}</div><main><h1>{heading}</h1><p>{intro}</p>"
                f"<div class='board'>{rows}</div></main>", title=heading, head="<meta charset='utf-8'>")
    article = cleanpage.clean(html)
    assert all(f"Quaylift {i}" in article.text for i in range(1, 41))
    assert "8.5 / 10" in article.text
    assert "Topic 3" not in article.text


COLLECTION_WORDS = {
    "en": ("Bookcases", "Tideline bookcase", "Regular price",
           ("A good bookcase stands straight on an uneven floor, holds its shelves without sagging and "
            "fits the room it lives in, whether a hallway, a study or a child's bedroom. ")),
    "de": ("Bücherregale", "Gezeiten-Regal", "Normalpreis",
           ("Ein gutes Bücherregal steht auch auf unebenem Boden gerade, trägt seine Böden ohne "
            "Durchhängen und passt in den Raum, ob Flur, Arbeitszimmer oder Kinderzimmer. ")),
    "fr": ("Bibliothèques", "Bibliothèque Marée", "Prix normal",
           ("Une bonne bibliothèque reste droite sur un sol inégal, porte ses étagères sans fléchir "
            "et trouve sa place dans la pièce, couloir, bureau ou chambre d'enfant. ")),
}


def collection_page(lang: str, kind: str) -> str:
    """A shop's category page: its introduction, twenty product cards (each a picture's link,
    then one link around the name's heading and the price), a buying guide longer than the cards."""
    heading, name, price, guide = COLLECTION_WORDS[lang]
    cards = "".join(
        f"<div class='product-card'><div class='media'><a href='https://example.org/p/{i}'>"
        f"<img src='/{i}.jpg' alt=''></a></div><div class='price-box'><a href='https://example.org/p/{i}'>"
        f"<h3>{name} {i}, 80x28x202</h3><span class='price'>{price} ${120 + i}.00</span></a></div>"
        f"<span class='facts'>{name[:4]} 2 m</span></div>" for i in range(20))
    guide_text = "".join(f"<h2>{heading} {k}</h2><p>{guide * 2}</p>" for k in range(4))
    return page(f"<main><h1>{heading}</h1><p>{guide}</p><div class='product-list'>{cards}</div>"
                f"{guide_text}</main>", title=heading, head=f"<meta property='og:type' content='{kind}'>")


@pytest.mark.parametrize("lang", sorted(COLLECTION_WORDS))
def test_a_collections_many_cards_between_its_introduction_and_its_guide_are_items(lang: str) -> None:
    # the page says it is a group of products; its twenty cards hold less than half of the
    # text (a long buying guide follows) but are its items: each name's heading, in one link
    # with the price, stays; the guide stays too
    heading, name, price, _guide = COLLECTION_WORDS[lang]
    article = cleanpage.clean(collection_page(lang, "product.group"))
    assert all(f"{name} {i}, 80x28x202" in article.text for i in range(20))
    assert f"{price} $125.00" in article.text
    assert f"{heading} 3" in article.text


def test_a_pages_cards_beside_a_longer_text_stay_a_teaser_list_unless_it_says_it_is_a_collection() -> None:
    # the same page, saying nothing of itself: the cards are less than half of its text, which
    # is no grid's (a site's teasers beside its guide), and they go as before
    article = cleanpage.clean(collection_page("en", "website"))
    assert "Tideline bookcase 5, 80x28x202" not in article.text
    assert "Bookcases 3" in article.text


# ---------------------------------------------------------------- a product's name over its description

NAMED_PRODUCTS = [
    ("Lantern of brass, model seven",
     "The lantern burns for a whole night on one filling, and its brass shell keeps the wind off the wick."),
    ("Messinglaterne Modell sieben",
     "Die Laterne brennt mit einer Füllung eine ganze Nacht, und ihr Gehäuse aus Messing hält den Wind ab."),
    ("Farol de latón, modelo siete",
     "El farol arde toda una noche con una sola carga, y su carcasa de latón protege la mecha del viento."),
]


def named_page(name: str, text: str, kind: str) -> str:
    body = (f"<div class='shop'><div class='item-main'><h1 class='item-title'>{name}</h1>"
            + "".join(f"<p>{text} ({i})</p>" for i in range(4)) + "</div></div>"
            "<footer><p>Copyright the lamp shop.</p></footer>")
    return page(body, title=f"{name} | Lamp shop", head=JSON_LD % kind)


@pytest.mark.parametrize(("name", "text"), NAMED_PRODUCTS)
def test_a_product_pages_heading_that_repeats_the_title_is_the_products_name(name: str, text: str) -> None:
    # the name over a product's description is the page's text; on a story the same heading is
    # the headline, given as the title and left out of the body
    product = cleanpage.clean(named_page(name, text, "Product"))
    assert product.text.startswith(name)
    assert "Copyright the lamp shop" not in product.text
    story = cleanpage.clean(named_page(name, text, "NewsArticle"))
    assert story.title == name and name not in story.text and text[:30] in story.text


@pytest.mark.parametrize("bar", [
    "<div id='cookie-law-bar'><div>Questo sito usa i cookie per ricordare le tue scelte.</div><a>Accetta</a></div>",
    "<div class='consent-strip'>Diese Seite verwendet Cookies. <a>OK</a></div>",
    "<section class='gdpr-box'>Usamos cookies propias y de terceros.</section>",
])
def test_a_fallback_body_sheds_a_cookie_bar_its_class_names(bar: str) -> None:
    from cleanpage import boilerplate
    from cleanpage.model import Options

    body = lxml.html.fromstring(
        f"<div>{bar}<h1>Ferry plan</h1><p>The island council voted on Monday to buy a second ferry before the "
        "summer season, after a long quarrel over its price and its crew.</p></div>")
    removals = boilerplate.strip_landmarks(body, Options(explain=True))
    assert [r.rule for r in removals] == ["cookie-banner"]
    assert "cookie" not in body.text_content().lower() and "second ferry" in body.text_content()


def test_a_fallback_body_keeps_a_block_named_cookie_that_holds_most_of_it() -> None:
    # a baker's page whose text sits in a block its class names after biscuits: most of the body
    from cleanpage import boilerplate
    from cleanpage.model import Options

    body = lxml.html.fromstring(
        "<div><div class='cookie-recipe'><p>Rub the butter into the oats, stir in the honey and the raisins, then "
        "bake the dough in flat rounds for a quarter of an hour.</p></div><p>From the bakery.</p></div>")
    assert boilerplate.strip_landmarks(body, Options()) == []
    assert "Rub the butter" in body.text_content()


def drawn_twice_tile(i: int) -> str:
    """A theme's tile: the name over the picture, again in the caption for a tile without a
    picture and again under it; the price as regular and as sale price, a stylesheet showing one."""
    href = f"https://example.org/p/lamp-{i}"
    return (f"<li class='grid-item'><div class='tile'><div class='tile-media'><a href='{href}'>Brass harbour lamp "
            f"model {i}</a><img src='/{i}.jpg' alt=''></div><div class='tile-inner'><h3 class='tile-name'>"
            f"<a href='{href}'>Brass harbour lamp model {i}</a></h3></div></div>"
            f"<div class='tile-info'><h3 class='tile-name'><a href='{href}'>Brass harbour lamp model {i}</a></h3>"
            f"<div class='price'><div class='price-regular'><span>${90 + i}.00</span></div>"
            f"<div class='price-sale'><span>${90 + i}.00</span></div></div></div></li>")


def test_a_tiles_name_and_price_drawn_twice_stay_once() -> None:
    # each tile of the grid says its name three times and its price twice, word for word in
    # blocks of their own: a reader sees each once
    tiles = "".join(drawn_twice_tile(i) for i in range(12))
    html = page(f"<main><h1>Lamps</h1><ul class='products'>{tiles}</ul></main>", title="Lamps")
    text = cleanpage.clean(html).text
    assert all(text.count(f"Brass harbour lamp model {i}") == 1 for i in range(2, 10))
    assert all(text.count(f"${90 + i}.00") == 1 for i in range(12))


def test_words_a_tile_says_twice_inside_its_lines_stay() -> None:
    # a tile's name said again inside a line of its own words, and two tiles of one name and
    # price (two cards, one product): nothing of a line is taken, nor a card's copy of another card
    tiles = "".join(f"<li class='grid-item'><h3><a href='/p/{i % 6}'>Harbour lamp {i % 6}</a></h3>"
                    f"<p>Colour: <b>Brass</b>, globe <b>Brass</b></p><span class='price'>$9{i % 6}</span></li>"
                    for i in range(12))
    html = page(f"<main><h1>Lamps</h1><ul class='products'>{tiles}</ul></main>", title="Lamps")
    text = cleanpage.clean(html).text
    assert text.count("Harbour lamp 3") == 2 and text.count("$93") == 2
    assert text.count("Colour: Brass, globe Brass") == 12
