"""A search page's (or an archive's) result cards carry the blog engine's post status among their
class words ("status-publish"), which reads as a byline's. When the cards, each a linked heading
over a summary, are the page's content, they are its results and stay; a few related posts' cards
of that class under an article's text still go."""

import cleanpage

RESULTS = [
    ("Planting garlic before the frost", "Cloves set in October root before winter and give fat bulbs by July."),
    ("A rain barrel for a small yard", "One barrel under the downpipe holds a week of watering for six pots."),
    ("Mulch that keeps the soil cool", "Straw and bark chips both slow the drying of beds in a hot summer."),
    ("When to lift dahlia tubers", "Wait for the first frost to blacken the leaves, then dig on a dry day."),
]


def result_card(index: int, title: str, summary: str) -> str:
    return (f"<article class='post-{300 + index} post type-post status-publish hentry'><header>"
            f"<h2 class='entry-title'><a href='/p/{index}'>{title}</a></h2></header>"
            f"<div class='entry-summary'><p>{summary}</p></div></article>")


def search_page() -> str:
    cards = "".join(result_card(i, title, summary) for i, (title, summary) in enumerate(RESULTS))
    return ("<!doctype html><html><head><title>Search results for: garden</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/tips'>Tips</a> <a href='/shop'>Shop</a></nav>"
            f"<main><h1>Search results for: garden</h1>{cards}</main>"
            "<footer><a href='/about'>About us</a> <a href='/privacy'>Privacy</a></footer></body></html>")


def test_a_search_pages_result_cards_stay() -> None:
    text = cleanpage.clean(search_page()).text
    for title, summary in RESULTS:
        assert title in text
        assert summary in text


STORY = ("The allotment society met on Thursday to share out the new plots by the railway, after the "
         "council agreed to lease the strip of land for another ten years at the old rent.")


def test_related_posts_cards_under_an_article_still_go() -> None:
    related = "".join(result_card(i, title, summary) for i, (title, summary) in enumerate(RESULTS))
    page = ("<!doctype html><html><head><title>New allotment plots</title>"
            "<meta property='og:type' content='article'></head><body><main><article>"
            f"<h1>New allotment plots</h1><p>{STORY}</p><p>{STORY}</p><p>{STORY}</p><p>{STORY}</p>"
            f"<p>{STORY}</p><p>{STORY}</p><div>{related}</div></article></main></body></html>")
    text = cleanpage.clean(page).text
    assert STORY in text
    for _title, summary in RESULTS:
        assert summary not in text
