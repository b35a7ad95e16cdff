"""Whole-page mechanisms: a key-points box opening an article's text, a sign-up box asking for an e-mail
address between two parts of a split text, a service's 'did you find what you sought?' line, and
bylines and speakers (invented pages)."""

from __future__ import annotations

import pytest

import cleanpage
from cleanpage.rules import is_label

ARTICLE_HEAD = """<html lang="en"><head><title>{title} | Fenwick Gazette</title>
<meta property="og:type" content="article"></head><body>
<header><a href="/">Fenwick Gazette</a><nav><a href="/a">News</a> <a href="/b">Sport</a></nav></header>
<main><article><h1>{title}</h1>"""
ARTICLE_FOOT = """</article></main><footer><p>Fenwick Gazette, Mill Street</p></footer></body></html>"""

FACTBOX_STORY = ARTICLE_HEAD.format(title="Orchard trust buys the old cider farm") + """
<div class="story-body">{box}
<p>The trust signed for the farm on Friday after a year of raising money in the valley.</p>
<p>Its forty acres hold some of the oldest perry pear trees in the county.</p>
<p>Volunteers will start pruning the trees next winter, the trust said.</p>
<p>The farmhouse will become a field centre for schools from the spring.</p></div>""" + ARTICLE_FOOT
KEY_POINTS = ("<aside class='factbox'><h3>Key points</h3><ul><li>Forty acres of old orchard saved</li>"
              "<li>Nine hundred donors gave to the appeal</li></ul></aside>")


def test_a_key_points_box_opening_the_articles_text_is_the_articles() -> None:
    text = cleanpage.clean(FACTBOX_STORY.format(box=KEY_POINTS)).text
    assert "Forty acres of old orchard saved" in text and "Nine hundred donors" in text
    assert "The trust signed for the farm" in text


LEAD_PHOTO = ("<figure><img src='/farm.jpg' alt='The cider farm'><figcaption>The farm from the lane.</figcaption>"
              "</figure>")


def test_a_key_points_box_before_the_lead_photo_is_the_articles() -> None:
    """The story's first paragraph may come after its lead photo: the box still opens the text."""
    text = cleanpage.clean(FACTBOX_STORY.format(box=KEY_POINTS + LEAD_PHOTO)).text
    assert "Forty acres of old orchard saved" in text and "The trust signed for the farm" in text


def test_a_thai_key_points_box_before_the_lead_photo_is_the_articles() -> None:
    box = ("<aside class='factbox'><h3>ประเด็นสำคัญ</h3><ul><li>กองทุนซื้อสวนผลไม้เก่าสี่สิบไร่</li>"
           "<li>ผู้บริจาคเก้าร้อยคนร่วมระดมทุน</li></ul></aside>")
    text = cleanpage.clean(FACTBOX_STORY.format(box=box + LEAD_PHOTO)).text
    assert "กองทุนซื้อสวนผลไม้เก่าสี่สิบไร่" in text and "The trust signed for the farm" in text


def test_a_box_of_links_before_the_lead_photo_still_goes() -> None:
    box = ("<aside class='related'><h3>More from the valley</h3><ul><li><a href='/1'>Cider makers look for "
           "new apples</a></li><li><a href='/2'>Bus to the valley cut back</a></li></ul></aside>")
    text = cleanpage.clean(FACTBOX_STORY.format(box=box + LEAD_PHOTO)).text
    assert "Cider makers look for new apples" not in text and "The trust signed for the farm" in text


def test_a_box_of_links_opening_the_articles_text_still_goes() -> None:
    box = ("<aside class='related'><h3>More from the valley</h3><ul><li><a href='/1'>Cider makers look for "
           "new apples</a></li><li><a href='/2'>Bus to the valley cut back</a></li></ul></aside>")
    text = cleanpage.clean(FACTBOX_STORY.format(box=box)).text
    assert "Cider makers look for new apples" not in text and "The trust signed for the farm" in text


def test_a_notice_in_a_paragraph_opening_the_articles_text_still_goes() -> None:
    """Only a box of points opens the text as its own: an <aside> holding a paragraph of notice
    before the first paragraph is no part of it (it was kept once the key-points box was)."""
    box = ("<aside class='notice'><p>Prices were correct when this story was published and may have "
           "changed since; check with the seller before you travel.</p></aside>")
    text = cleanpage.clean(FACTBOX_STORY.format(box=box)).text
    assert "Prices were correct" not in text and "The trust signed for the farm" in text


@pytest.mark.parametrize("notice", [
    "When you buy through links on our site, we may earn an affiliate commission at no extra cost to you.",
    "We may earn a small commission if you buy through the links on this page.",
])
def test_an_affiliate_disclosure_goes_from_the_text(notice: str) -> None:
    text = cleanpage.clean(FACTBOX_STORY.format(box=f"<p>{notice}</p>")).text
    assert "commission" not in text and "The trust signed for the farm" in text


SPLIT_STORY = ARTICLE_HEAD.format(title="Keeping hens through the winter") + """
<section class="prose"><p>Hens stop laying when the days grow short, and that is nothing to worry about.</p>
<p>A dry coop matters more than a warm one: damp bedding is what makes them ill.</p>
<p>Close the pop hole at dusk, since foxes hunt earlier once the clocks go back.</p></section>
{box}
<section class="prose"><h2>Water</h2><p>Check the drinker every morning, because a frozen one leaves the hens thirsty.</p>
<p>A rubber bowl is easy to knock the ice out of.</p>
<p>Some keepers stand the drinker on a paving slab warmed by a lamp below it.</p></section>""" + ARTICLE_FOOT


def test_a_sign_up_box_asking_for_an_address_between_two_parts_of_the_text_goes() -> None:
    # no word to the reader the pitch rules know: the e-mail field says what it is
    box = ("<div class='rounded-xl border p-6 my-10'><h3>The coop calendar</h3><p>Seasonal jobs for keepers "
           "once a month.</p><form><input type='email' placeholder='E-mail'><button>Go</button></form></div>")
    text = cleanpage.clean(SPLIT_STORY.format(box=box)).text
    assert "Seasonal jobs for keepers" not in text and "The coop calendar" not in text
    assert "Hens stop laying" in text and "Check the drinker every morning" in text


def test_a_box_between_two_parts_of_the_text_without_a_sign_up_stays() -> None:
    box = ("<div class='rounded-xl border p-6 my-10'><h3>Breeds that lay in winter</h3><p>Light breeds rest "
           "longer than heavy ones.</p><form><input type='search'><button>Find</button></form></div>")
    text = cleanpage.clean(SPLIT_STORY.format(box=box)).text
    assert "Light breeds rest longer than heavy ones." in text


SERVICE = """<html lang="en"><head><title>Renew a parking permit | Holmbury Council</title></head><body>
<header><a href="/">Holmbury Council</a></header><main><h1>Renew a parking permit</h1>
<p>Residents' permits run for a year and can be renewed from four weeks before they end.</p>
<p>You need the car's registration number and a card to pay the fee of forty pounds.</p>
<p>The new permit is sent by post within five working days of paying.</p>
{box}</main><footer><p>Holmbury Council, Town Hall</p></footer></body></html>"""


def test_a_services_question_whether_the_reader_found_what_they_sought_is_a_label() -> None:
    box = ("<section class='mt-10 border-t'><p>Did you find what you were looking for?</p>"
           "<div class='flex gap-2'><button>Yes</button><button>No</button></div></section>")
    text = cleanpage.clean(SERVICE.format(box=box)).text
    assert "Did you find what you were looking for?" not in text and "Residents' permits run for a year" in text


@pytest.mark.parametrize(("line", "label"), [
    ("Hast du gefunden, wonach du gesucht hast?", True), ("Vond je wat je zocht?", True),
    ("Löysitkö etsimäsi?", True), ("Hittade du informationen du letade efter?", True),
    ("Did you find the ferry on time?", False), ("Vond je de weg naar de haven?", False),
])
def test_the_found_what_you_sought_question_in_several_languages(line: str, label: bool) -> None:
    assert is_label(line) is label


def test_a_question_in_the_text_or_with_a_link_stays() -> None:
    box = "<section><p>Lost your permit?</p><p><a href='/lost'>Ask for a copy</a></p><button>Print</button></section>"
    text = cleanpage.clean(SERVICE.format(box=box)).text
    assert "Lost your permit?" in text
    box = "<section><p>What if the car is new?</p><p>Send the dealer's papers with the form.</p></section>"
    text = cleanpage.clean(SERVICE.format(box=box)).text
    assert "What if the car is new?" in text


def test_a_sign_up_box_speaking_to_the_reader_between_two_parts_of_the_text_goes() -> None:
    # its form asks for no address; its words speak to the reader, and only the parts around it are prose
    box = ("<div class='rounded-xl border p-6 my-10'><h3>The coop calendar</h3><p>Seasonal jobs, straight to "
           "your phone.</p><form><input type='tel'><button>Go</button></form></div>")
    text = cleanpage.clean(SPLIT_STORY.format(box=box)).text
    assert "Seasonal jobs, straight to your phone." not in text and "Hens stop laying" in text


def test_a_sign_up_box_asking_for_an_address_among_the_articles_paragraphs_goes() -> None:
    html = ARTICLE_HEAD.format(title="Keeping hens through the winter") + (
        "<div class='body'><p>Hens stop laying when the days grow short, and that is nothing to worry about.</p>"
        "<p>A dry coop matters more than a warm one: damp bedding is what makes them ill.</p>"
        "<div class='box'><h3>The coop calendar</h3><p>Seasonal jobs for keepers once a month.</p>"
        "<form><input type='email'><button>Go</button></form></div>"
        "<p>Check the drinker every morning, because a frozen one leaves the hens thirsty all day.</p>"
        "<p>Some keepers stand the drinker on a paving slab warmed by a lamp below it.</p>"
        "<p>Close the pop hole at dusk, since foxes hunt earlier once the clocks go back.</p></div>") + ARTICLE_FOOT
    text = cleanpage.clean(html).text
    assert "Seasonal jobs for keepers" not in text and "Check the drinker every morning" in text


AUTHOR_BOX = """<html><head><title>Harbour wall rebuilt</title><meta property="og:type" content="article"></head><body>
<main><article><h1>Harbour wall rebuilt</h1>
<p>The harbour wall was rebuilt in granite over the winter after the storm of last year had torn it down.</p>
<p>Fishermen say the new wall is higher and the boats sit calmer behind it than they have for years.</p>
<p>The council paid for most of the work, and the rest came from the harbour trust and its members.</p>
</article><div class="author-bio"><p>本文由编辑整理。</p><a href="/authors/1">{link}</a></div></main></body></html>"""


@pytest.mark.parametrize("link", ["查看作者更多文章", "作者的更多文章", "著者の記事一覧", "기자의 다른 기사", "Alle Artikel des Autors"])
def test_an_author_boxs_link_to_more_of_the_writers_work_names_no_one(link: str) -> None:
    assert cleanpage.clean(AUTHOR_BOX.format(link=link)).byline is None


@pytest.mark.parametrize("link", ["王海燕", "김서연", "Anna Roth"])
def test_an_author_boxs_link_holding_a_name_is_the_byline(link: str) -> None:
    assert cleanpage.clean(AUTHOR_BOX.format(link=link)).byline == link


def _speaker_of(paragraphs: list[str], lang: str) -> list[str | None]:
    html = (f"<html lang='{lang}'><head><title>Bericht</title><meta property='og:type' content='article'></head>"
            "<body><article><h1>Bericht</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>")
    return [quote.speaker for quote in cleanpage.clean(html).quotes]


def test_a_chinese_title_after_the_name_is_no_name() -> None:
    # an office, the name, a professor's title after it, the verb: not the verb taken for the name
    assert _speaker_of(["该校今年启动了海岛供水项目，首批设备已经运抵码头。",
                        "项目负责人周明远教授表示：“我们希望明年夏天就能向三个村庄供水。”"], "zh") == ["周明远"]
    assert _speaker_of(["该校今年启动了海岛供水项目，首批设备已经运抵码头。",
                        "副主任周明远表示：“我们希望明年夏天就能向三个村庄供水。”"], "zh") == ["周明远"]


def test_a_german_trade_before_a_full_name_is_no_first_name() -> None:
    paragraphs = ["Es dämmert noch, als Imkerin Marta Kühnel die ersten Kästen am Waldrand öffnet.",
                  "Die Bienen sind nach dem langen Winter träge, aber gesund.",
                  "„Im März entscheidet sich das ganze Jahr“, sagt Kühnel und schließt den Deckel."]
    assert _speaker_of(paragraphs, "de") == ["Marta Kühnel"]
    # a family name that is also a trade stays the name's
    paragraphs[0] = "Es dämmert noch, als Heinz Fischer die ersten Kästen am Waldrand öffnet."
    paragraphs[2] = "„Im März entscheidet sich das ganze Jahr“, sagt Fischer und schließt den Deckel."
    assert _speaker_of(paragraphs, "de") == ["Heinz Fischer"]
