"""Pages whose content is not one article: listings, collections and product pages.

Each page is invented and small. A listing's content is each item's title and summary,
even when the page wraps every item in one link (a card); a product page's content is its
description and specifications, spread over sections, while a page that says it is an
article keeps to its article.
"""

from __future__ import annotations

import cleanpage

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
