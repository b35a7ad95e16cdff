"""Whole-page mechanisms: a fallback body's side column and paywall box, a thread's and a shop's
controls as labels, a listing's filters, an archive's own head in <main>, and the byline and date
of product pages and short threads (invented pages)."""

from __future__ import annotations

import lxml.html
import pytest

import cleanpage
from cleanpage import boilerplate
from cleanpage.model import Options
from cleanpage.rules import is_label

# A short premium story (under the word count that sends the page to the fallback passes) over an
# offer box whose words no paywall pattern knows: only its class names it.
SHORT_PREMIUM = """<html lang="en"><head><title>Why the ferry fares rose | Quay Post</title>
<meta property="og:type" content="article"></head><body>
<header><a href="/">Quay Post</a></header>
<main><article><h1>Why the ferry fares rose</h1>
<div class="story"><p>The island ferry raised its fares by a fifth on Monday, the first rise in six years.</p>
<p>The operator blames fuel and a new crew rota that the harbour board agreed in the spring.</p>
<p>Islanders who cross daily say the season ticket, up by a quarter, hurts them most of all.</p>
<div class="{box}"><h2>Keep going with a Harbour Pass</h2><p>Every story, every morning, for five pounds a month.</p>
<a class="btn">Start my pass</a><p>Got a pass? <a>Sign in</a></p></div></div></article></main>
<footer><p>Quay Post, Pier Road</p></footer></body></html>"""


def test_a_fallback_body_sheds_a_paywall_box_its_class_names() -> None:
    text = cleanpage.clean(SHORT_PREMIUM.format(box="paywall")).text
    assert "Harbour Pass" not in text and "five pounds a month" not in text
    assert "raised its fares by a fifth" in text and "new crew rota" in text


def test_a_fallback_body_keeps_a_block_named_paywall_that_holds_most_of_it() -> None:
    # the gated text itself, as structured data marks it ("cssSelector": ".paywall"): most of the body
    body = lxml.html.fromstring(
        "<div><h1>Ferry fares</h1><div class='paywall'><p>The island ferry raised its fares by a fifth on Monday, "
        "the first rise in six years, and the operator blames fuel and a new crew rota.</p></div></div>")
    assert boilerplate.strip_landmarks(body, Options()) == []
    assert "raised its fares" in body.text_content()


def test_a_fallback_body_sheds_the_side_column_its_role_names() -> None:
    body = lxml.html.fromstring(
        "<div><div role='feed'><div role='article'><p>My tomato leaves curl upwards in the greenhouse every "
        "afternoon, though I water them each morning and the soil stays damp all day long.</p></div></div>"
        "<div role='complementary'><h2>About this group</h2><p>Growers sharing tips.</p></div>"
        "<aside><h2>Suggested groups</h2><p>Balcony Herbs</p></aside></div>")
    removals = boilerplate.strip_landmarks(body, Options(explain=True))
    assert [r.rule for r in removals] == ["sidebar", "sidebar"]
    assert "About this group" not in body.text_content() and "Balcony Herbs" not in body.text_content()
    assert "tomato leaves curl" in body.text_content()


def test_a_fallback_body_keeps_an_aside_inside_its_article_and_a_column_holding_most_of_it() -> None:
    body = lxml.html.fromstring(
        "<div><article><p>The quay wall was rebuilt in granite.</p><aside><p>The old wall stood for ninety "
        "years.</p></aside></article></div>")
    assert boilerplate.strip_landmarks(body, Options()) == []
    body = lxml.html.fromstring(
        "<div><p>Quay notes</p><aside><p>The quay wall was rebuilt in granite last winter, after the storm "
        "had torn away the old stones and the harbour board had argued for a year over the cost.</p></aside></div>")
    assert boilerplate.strip_landmarks(body, Options()) == []


@pytest.mark.parametrize("line", [
    "View 55 more comments", "View more comments", "See all replies", "Lihat 55 komentar lainnya",
    "Weitere 12 Kommentare anzeigen", "Voir les 8 autres commentaires", "Ver 3 comentarios más",
    "Write a public comment…", "Tulis komentar publik…", "★★★★★ 4,9 da 52 voti", "4.9 from 52 votes",
    "4.8 out of 5 (120 reviews)", "★★★★☆ (38 Bewertungen)", "Showing 1–6 of 48 posts", "12 Beiträge",
])
def test_a_threads_and_a_widgets_controls_are_labels(line: str) -> None:
    assert is_label(line)


@pytest.mark.parametrize("line", [
    "The motion passed by 30 votes", "30 votes", "Read more comments below to see what others think",
    "We counted 48 posts on the quay", "She wrote a public comment to the council.",
])
def test_sentences_on_votes_and_comments_are_no_labels(line: str) -> None:
    assert not is_label(line)


RECIPE = """<html lang="it"><head><title>Zuppa di farro | Cucina di Lia</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Zuppa di farro</h1>
<p>Mia nonna cuoceva il farro la sera prima, in una pentola di coccio sul fuoco più basso della stufa.</p>
<div class="recipe-card"><h2>Zuppa di farro</h2><div class="recipe-stars">{rating}</div>
<p>Metti il farro in ammollo per una notte, poi cuocilo con sedano, carota e alloro per un'ora.</p></div>
</article></main></body></html>"""


def test_a_recipe_cards_rating_line_goes() -> None:
    text = cleanpage.clean(RECIPE.format(rating="★★★★★ 4,7 da 31 voti")).text
    assert "31 voti" not in text and "farro in ammollo" in text and "pentola di coccio" in text


SEARCH_PAGE = """<html lang="en"><head><title>Search results: rain gauge | Weather Club</title></head><body>
<header><a href="/">Weather Club</a><nav><a>Guides</a><a>News</a></nav></header>
<main><h1>Search results: rain gauge</h1>
<div class="{filters}"><h2>Narrow your results</h2><label><input type="checkbox"> Guides (11)</label>
<label><input type="checkbox"> News (4)</label><label><input type="checkbox"> Videos (2)</label></div>
<ol class="results">
<li><h3><a>Building a rain gauge from a bottle</a></h3><p>A cut bottle, a ruler and some gravel make a gauge that
reads to the millimetre.</p></li>
<li><h3><a>Where to put your gauge</a></h3><p>Keep it clear of walls and trees, twice as far away from them as they are
tall, and set its rim a foot above the grass so that no splash from the ground finds its way in.</p></li>
<li><h3><a>Reading the gauge at nine</a></h3><p>Observers read their gauges at nine each morning, so the
days agree.</p></li></ol>
<div class="{suggestions}"><h2>Nothing useful?</h2><p>Try: rainfall, snow depth, dew</p></div>
</main><footer>Weather Club</footer></body></html>"""


def test_a_search_pages_filters_and_suggestions_go() -> None:
    text = cleanpage.clean(SEARCH_PAGE.format(filters="filters", suggestions="search-suggestions")).text
    assert "Narrow your results" not in text and "Guides (11)" not in text
    assert "Nothing useful?" not in text and "snow depth" not in text
    assert "cut bottle, a ruler" in text and "read their gauges at nine" in text


def test_a_block_styled_by_a_filter_utility_stays() -> None:
    # "filter" alone is a style's utility class (a drop shadow, a blur), on any block
    page = SEARCH_PAGE.format(filters="filter drop-shadow", suggestions="box").replace(
        "<label><input type=\"checkbox\"> Guides (11)</label>",
        "<p>The club's gauges are read by forty volunteers across the county each morning.</p>")
    assert "forty volunteers across the county" in cleanpage.clean(page).text


ARCHIVE = """<html lang="en"><head><title>Category: Tide Pools | Shore Notes</title></head><body>
<header class="site-header"><a href="/">Shore Notes</a><nav><a>Home</a><a>Tide Pools</a></nav></header>
<main class="content-area"><header class="page-header">{nav}<h1 class="page-title">Category: Tide Pools</h1>
<div class="archive-description"><p>Anemones, crabs and the rocks they live on: every note we have written about
the pools the tide leaves behind.</p></div></header>
<article class="post"><h2><a>Counting anemones at low water</a></h2><p>We counted every anemone in three pools on
the spring tide and found twice as many as last year.</p></article>
<article class="post"><h2><a>A crab that carries a sponge</a></h2><p>The sponge crab wears a live sponge as a
hat, trimmed to fit with its claws.</p></article>
<article class="post"><h2><a>Rock pools after a storm</a></h2><p>After the January storm the pools were full of
kelp torn from the reef below the point.</p></article>
</main><footer>Shore Notes</footer></body></html>"""


def test_an_archives_head_inside_main_stays() -> None:
    text = cleanpage.clean(ARCHIVE.format(nav="")).text
    assert "every note we have written about the pools" in text
    assert "Counting anemones" in text and "sponge crab" in text


def test_a_page_header_with_a_menu_still_goes() -> None:
    text = cleanpage.clean(ARCHIVE.format(nav="<nav><a>Pools</a><a>Crabs</a><a>Kelp</a></nav>")).text
    assert "every note we have written about the pools" not in text
    assert "Counting anemones" in text


PRODUCT = """<html lang="de"><head><title>Teekanne Gusseisen 0,8 l | Teehaus Lind</title>
<meta property="og:type" content="{kind}"></head><body>
<main><div class="product"><h1>Teekanne Gusseisen 0,8 l</h1><p class="price">39,00 €</p>
<div class="description"><p>Die Kanne aus Gusseisen hält den Tee lange warm und hat ein Sieb aus Edelstahl.</p>
<p>Innen ist sie emailliert, damit sie nicht rostet und keinen Geschmack annimmt.</p></div></div>
<div class="review-list"><div class="review-item"><p class="review-item-date">14.03.2026</p>
<p class="review-item-author">Von: Wiebke Hollander</p><p class="review-item-text">Schöne Kanne, der Tee bleibt
lange heiß.</p></div></div></main></body></html>"""


def test_a_shops_review_gives_the_product_no_byline_nor_date() -> None:
    article = cleanpage.clean(PRODUCT.format(kind="product"))
    assert article.byline is None and article.date is None


def test_a_review_on_an_article_page_still_names_its_writer() -> None:
    # a critic's review is the page's text: its author line is the byline
    article = cleanpage.clean(PRODUCT.format(kind="article"))
    assert article.byline == "Wiebke Hollander"


# A thread as a forum engine's crawler view prints it: each post's poster in a "creator" box.
THREAD = """<html lang="en"><head><title>{title} | Kiln Talk</title>
<meta property="og:type" content="article"></head><body>
<div id="main-outlet"><h1>{title}</h1>
<div class="post" id="post_1"><div class="meta"><span class="creator"><a>kiln_wren</a></span> <time>March 3, 2026</time></div>
<p>My glaze crawls off the rim every time I fire to cone six. I wipe the pots with a damp sponge before glazing,
let them dry for a day, and dip them for three seconds in a glaze I mix from a bag. The crawling starts at the
rim and runs down a finger's width, leaving bare clay that feels like sandpaper. It never happens on the
inside of the bowls, only on the outside, and only near the top. Any ideas what I am doing wrong?</p></div>
<div class="post" id="post_2"><div class="meta"><span class="creator"><a>tomas_clay</a></span> <time>March 3, 2026</time></div>
<p>Crawling usually means the glaze went on too thick, or onto dust. A three-second dip in a thick glaze
leaves a heavy coat at the rim, where the pot enters the bucket first and leaves it last. Thin the glaze
with a little water until it pours like cream, blow the dust off the bisque before you dip, and try a
two-second dip. If it still crawls, add a pinch of bentonite so the coat grips the clay as it dries.</p></div>
</div></body></html>"""


def test_a_threads_first_poster_named_a_creator_is_its_byline() -> None:
    assert cleanpage.clean(THREAD.format(title="Glaze crawls off the rim at cone six")).byline == "kiln_wren"


def test_a_creator_box_in_a_listings_cards_names_no_byline() -> None:
    # three short cards, each with a title and its creator: a listing's teasers, each another writer's
    cards = "".join(f'<div class="card"><h2><a>Glaze notes {n}</a></h2><div class="meta"><span class="creator">'
                    f'<a>potter_{n}</a></span> <time>March {n}, 2026</time></div><p>A short note on glazes.</p></div>'
                    for n in (3, 4, 5))
    page = (f'<html lang="en"><head><title>Latest notes | Kiln Talk</title></head><body><div id="main-outlet">'
            f'<h1>Latest notes</h1>{cards}</div></body></html>')
    assert cleanpage.clean(page).byline is None


def test_a_class_word_built_on_creator_names_no_byline() -> None:
    # "creator" counts as the whole class word a forum engine gives its poster's box: a box of a
    # news site's "creator-tools" (a call to sign up) is no writer's name
    body = "".join(f"<p>Paragraph {n} about the harbour and its boats, written in plain sentences.</p>" for n in range(6))
    page = (f'<html lang="en"><head><title>Harbour news</title></head><body><article><h1>Harbour news</h1>'
            f'<div class="creator-tools">Become a creator today</div><p class="meta">By Anna Berg</p>{body}'
            f'</article></body></html>')
    assert cleanpage.clean(page).byline == "Anna Berg"


GROUP_POST = """<html lang="en"><head><title>Lettuce leaves turn yellow | Growers</title>
<meta property="og:type" content="article"></head><body>
<div role="article"><h1>Lettuce leaves turn yellow</h1>
<div class="header"><span class="{kind}">{name}</span><span class="when">25 November 2026</span></div>
<p>My lettuce turns yellow at the tips in its third week in the channel, though the water is fresh each week.</p>
<p>The pH reads 6.8 and the conductivity 1.2. Is it short of food?</p></div></body></html>"""


def test_a_badge_beside_the_day_is_no_byline() -> None:
    # a group's badge for its members, two capitalised words as a name is written ("Anggota Setia")
    assert cleanpage.clean(GROUP_POST.format(kind="badge", name="Anggota Setia")).byline is None


def test_a_name_beside_the_day_is_the_byline() -> None:
    assert cleanpage.clean(GROUP_POST.format(kind="poster", name="Rahel Simmonds")).byline == "Rahel Simmonds"


# An Arabic story over an offer box that no class word names: its heading says what it is.
ARABIC_PREMIUM = """<html lang="ar" dir="rtl"><head><title>لماذا ارتفعت أجرة العبّارة | صحيفة الميناء</title>
<meta property="og:type" content="article"></head><body><main><article><h1>لماذا ارتفعت أجرة العبّارة</h1>
<div class="story"><p>رفعت شركة العبّارة في الجزيرة أجرة الرحلة بمقدار الخمس يوم الاثنين، وهي أول زيادة منذ ست سنوات كاملة.</p>
<p>وتقول الشركة إن السبب هو ارتفاع كلفة الوقود وجدول الطاقم الجديد الذي وافق عليه مجلس الميناء في الربيع الماضي.</p>
<p>ويقول سكان الجزيرة الذين يعبرون كل يوم إن الاشتراك الموسمي، الذي ارتفع بمقدار الربع، هو أكثر ما يثقل عليهم، وإنهم
يفكرون في تقاسم السيارات على الرصيف بدل الركوب كل صباح.</p>
<div class="box"><h2>{heading}</h2><p>كل القصص كل صباح مقابل خمسة دنانير في الشهر.</p><a class="btn">ابدأ الآن</a>
<p>{question} <a>سجّل الدخول</a></p></div></div></article></main></body></html>"""


def test_an_arabic_paywall_box_goes_by_its_heading() -> None:
    text = cleanpage.clean(ARABIC_PREMIUM.format(heading="تابع القراءة مع اشتراك الميناء", question="مشترك بالفعل؟")).text
    assert "خمسة دنانير" not in text and "مشترك بالفعل" not in text
    assert "أول زيادة منذ ست سنوات" in text and "تقاسم السيارات" in text


def test_an_arabic_box_headed_by_another_reading_stays() -> None:
    # "continue reading on the next page" asks for no subscription
    page = ARABIC_PREMIUM.format(heading="تابع القراءة في الصفحة التالية", question="هو مشترك بالفعل في النادي.")
    assert "تابع القراءة في الصفحة التالية" in cleanpage.clean(page).text
