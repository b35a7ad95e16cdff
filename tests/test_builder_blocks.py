"""Blocks that site builders and shop templates mark up as something they are not.

Each page is invented and small: a Korean shop's cards whose links wrap a name and a
description in few characters, an accordion's answers in <nav> panels or under a title made a
link, a sale price in a box named a promotion, and a news feed that appends the next story
below the one read, all in plain blocks with hashed class names; and section headings that a
content system or a builder sets each in a wrapper (a module) of its own, in several languages.
"""

from __future__ import annotations

import pytest

import cleanpage

SENTENCE = ("The ferry office opened a second ticket window on Monday, and the queue at the pier "
            "was gone before the first boat of the morning left for the islands. ")


def page(body: str, title: str = "Page") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


# ---------------------------------------------------------------- CJK cards

KOREAN_CARDS = [
    ("바다 여행용 접이식 의자, 회색", "가벼운 알루미늄 다리로 해변에서도 흔들리지 않고 편하게 앉을 수 있어요."),
    ("산책용 보온 물병 500ml, 남색", "이중 벽 구조로 뜨거운 차를 여덟 시간 동안 따뜻하게 지켜 줍니다."),
    ("캠핑 랜턴 충전식 밝기 3단계", "한 번 충전하면 스무 시간 동안 켜지고 비가 와도 걱정이 없습니다."),
    ("어린이 우비 세트 노란색 2종", "모자와 바지가 함께 들어 있어 장마철 등굣길에 잘 어울립니다."),
]


def korean_listing() -> str:
    """A category page: an introduction, then cards whose link wraps the item's name, its one
    sentence of description and its price, each under 80 characters (Hangul packs a word in few)."""
    cards = "".join(f"<li class='goods'><a class='goods-link'><dl><dd><div class='name'>{name}</div>"
                    f"<p class='desc'>{desc}</p><div class='price'><strong>{(i + 2) * 10},900</strong>원"
                    f"</div></dd></dl></a></li>" for i, (name, desc) in enumerate(KOREAN_CARDS))
    return page("<div id='top'><nav><a href='/'>홈</a> <a href='/sale'>특가</a></nav></div>"
                "<div id='contents'><div class='body'><div class='result'><h1>여행 용품</h1>"
                "<p>주말 여행을 떠날 때 챙기면 좋은 가볍고 튼튼한 물건들을 한곳에 모았습니다.</p>"
                f"<ul id='goodsList' class='goods-list'>{cards}</ul></div></div></div>"
                "<div id='bottom'><p>(주)가상상점 | 대표 홍길동</p></div>", "여행 용품")


def test_cjk_cards_whose_links_wrap_a_description_are_the_listings_items() -> None:
    text = cleanpage.clean(korean_listing()).text
    assert all(name in text and desc in text for name, desc in KOREAN_CARDS)
    assert "대표 홍길동" not in text


# ---------------------------------------------------------------- accordions

def builder_faq(item: str) -> str:
    """A service page whose FAQ is a builder's accordion, each item made by `item(question, answer)`."""
    faq = "".join(item(q, a) for q, a in (
        ("Can we move on a weekend?", "Yes. Our crews work from Friday noon to Sunday evening, at the weekday rate."),
        ("Is the move insured?", "Every load is insured up to two million, and we send the certificate before the move."),
    ))
    return page("<div class='navbar'><nav role='navigation'><a href='/'>Home</a><a href='/about'>About</a></nav></div>"
                f"<div class='container'><h1>Office moves</h1><p>{SENTENCE * 2}</p><p>{SENTENCE}</p>"
                f"<h2>Questions</h2>{faq}</div>"
                "<div class='footer'><p>Copyright the movers.</p></div>", "Office moves")


def nav_panel(question: str, answer: str) -> str:
    return (f"<div class='faq-dropdown w-dropdown'><div class='faq-toggle'><div>{question}</div></div>"
            f"<nav class='faq-list w-dropdown-list'><p class='faq-a'>{answer}</p></nav></div>")


def toggle_link(question: str, answer: str) -> str:
    return (f"<div class='toggle-item'><div class='tab-title'><a class='toggle-title'>{question}</a></div>"
            f"<div class='tab-content'><p>{answer}</p></div></div>")


def test_an_accordion_panel_made_a_nav_without_links_is_its_answer() -> None:
    text = cleanpage.clean(builder_faq(nav_panel)).text
    assert "Every load is insured up to two million" in text and "Our crews work from Friday" in text
    assert "About" not in text.split("Office moves")[-1]


def test_a_nav_of_links_still_goes() -> None:
    text = cleanpage.clean(builder_faq(lambda q, a: f"<nav class='faq-list'><p>{q} <a href='/x'>{a}</a></p></nav>")).text
    assert "Every load is insured" not in text


def test_an_accordion_question_made_a_link_to_nowhere_stays_over_its_answer() -> None:
    text = cleanpage.clean(builder_faq(toggle_link)).text
    assert "Can we move on a weekend?" in text and "Is the move insured?" in text


def test_a_question_linking_to_another_page_is_still_a_teaser() -> None:
    text = cleanpage.clean(builder_faq(
        lambda q, a: f"<div class='toggle-item'><div class='tab-title'><a href='/faq/{len(q)}'>{q}</a></div>"
                     f"<div class='tab-content'><p>{a}</p></div></div>")).text
    assert "Can we move on a weekend?" not in text


# ---------------------------------------------------------------- prices

def shop_grid(price_box: str) -> str:
    """A shop's category: a title and an introduction, then cards whose link wraps the item's name,
    its summary and its price, in a box `price_box` (a format string of {price})."""
    cards = "".join(f"<div class='p-card-wrap'><div class='p-card card-border'><a href='/p/{i}'><div class='desc'>"
                    f"<h3>Rain jacket model {i} in navy</h3><p class='short'>Knee length, two side pockets and a "
                    f"fabric rated for heavy rain.</p></div>{price_box.format(price=f'{i + 1}.249,00 TL')}</a>"
                    f"<button>Add</button></div></div>" for i in range(4))
    return page("<div id='container'><header><a href='/'>Shop</a></header>"
                "<nav><ul><li><a>Women</a></li><li><a>Men</a></li></ul></nav>"
                "<div class='results'><div class='products'><div class='title-wrap'><h1>Rain jackets</h1>"
                "<div class='intro'>Light, waterproof jackets that fold into a bag: stay dry in town and on the "
                f"trail.</div></div><div class='grid'>{cards}</div></div></div>"
                "<footer><p>Copyright the shop.</p></footer></div>", "Rain jackets - Shop")


def test_a_sale_price_in_a_box_named_a_promotion_is_the_items_price() -> None:
    text = cleanpage.clean(shop_grid("<div class='price-promotion-container'><div>{price}</div></div>")).text
    assert "2.249,00 TL" in text and "Rain jacket model 3 in navy" in text


def test_a_discount_in_a_box_named_a_promotion_is_no_price() -> None:
    text = cleanpage.clean(shop_grid("<div class='price-promotion-container'><div>-20%</div></div>"
                                     "<div class='price'>{price}</div>")).text
    assert "-20%" not in text and "2.249,00 TL" in text


# ---------------------------------------------------------------- appended stories

def story(tag: str, title: str, paragraphs: int, extra: str = "") -> str:
    body = "".join(f"<div class='Para_p__x1'>{SENTENCE}Paragraph {i} of {title}.</div>" for i in range(paragraphs))
    return (f"<div class='Story_root__a9'><{tag} class='Story_title__b8'>{title}</{tag}>"
            f"<div class='Story_body__c7'>{body}</div>{extra}</div>")


def test_the_next_story_a_feed_appends_below_the_one_read_is_not_its_text() -> None:
    html = page("<div id='app'><div class='Feed_stack__d6'>"
                + story("h1", "Ferry line opens", 5) + story("h2", "Olive oil prices rise", 3)
                + "</div></div>", "Ferry line opens")
    text = cleanpage.clean(html).text
    assert "Paragraph 4 of Ferry line opens." in text and "Olive oil prices rise" not in text


def test_the_next_story_titled_in_a_block_of_the_headlines_class_is_not_its_text() -> None:
    # (the feed's template sets only the story read as the page's <h1>; the next one's title is a <div>)
    html = page("<div id='app'><div class='Feed_stack__d6'>"
                + story("h1", "Ferry line opens", 5) + "<div class='Feed_divider__f1'>Next story</div>"
                + story("div", "Olive oil prices rise", 3) + "</div></div>", "Ferry line opens")
    text = cleanpage.clean(html).text
    assert "Paragraph 4 of Ferry line opens." in text and "Olive oil prices rise" not in text


FEED_SENTENCES = {
    "en": ("The ferry office opened a second ticket window on Monday, and the queue at the pier was gone "
           "before the first boat of the morning left. ", "Ferry line opens", "Olive oil prices rise"),
    "hi": ("नगर निगम ने सोमवार को बंदरगाह पर दूसरी टिकट खिड़की खोली और सुबह की पहली नाव से पहले ही लंबी कतार "
           "खत्म हो गई। ", "नौका सेवा शुरू हुई", "जैतून के तेल के दाम बढ़े"),
}


@pytest.mark.parametrize("lang", sorted(FEED_SENTENCES))
@pytest.mark.parametrize("wrapped", [True, False])
def test_the_next_article_of_a_feed_is_not_the_text(lang: str, wrapped: bool) -> None:
    # (two <article>s of one class, the second alone or in the feed's "next" wrapper; the Hindi
    # story's sentences end with the danda, "।", which makes it the feed's story with prose)
    sentence, first, second = FEED_SENTENCES[lang]

    def article(title: str, paragraphs: int) -> str:
        body = "".join(f"<p>{sentence}{i}</p>" for i in range(paragraphs))
        return (f"<article class='story'><h1 class='story-title'>{title}</h1><div class='summary'><p>{sentence}</p>"
                f"</div><div class='story-text'>{body}</div></article>")

    after = f"<div class='next-up'>{article(second, 2)}</div>" if wrapped else article(second, 2)
    html = page(f"<div class='feed'>{article(first, 5)}{after}</div>", first)
    text = cleanpage.clean(html).text
    assert sentence.strip() in text and second not in text


def test_an_articles_chunks_opened_by_a_block_of_another_class_stay_together() -> None:
    chunks = "".join(f"<div class='Story_root__a9'><div class='Section_head__e5'>Part {i}</div>"
                     f"<div class='Story_body__c7'><p>{SENTENCE * 2}Chunk {i}.</p></div></div>" for i in range(1, 3))
    html = page("<div class='Feed_stack__d6'>" + story("h1", "Ferry line opens", 3) + chunks + "</div>",
                "Ferry line opens")
    text = cleanpage.clean(html).text
    assert "Chunk 1." in text and "Chunk 2." in text


def test_an_articles_chunks_headed_by_another_class_stay_together() -> None:
    chunks = "".join(f"<div class='Story_root__a9'><h2 class='Section_head__e5'>Part {i}</h2>"
                     f"<div class='Story_body__c7'><p>{SENTENCE * 2}Chunk {i}.</p></div></div>" for i in range(1, 3))
    html = page("<div class='Feed_stack__d6'>" + story("h1", "Ferry line opens", 3) + chunks + "</div>",
                "Ferry line opens")
    text = cleanpage.clean(html).text
    assert "Chunk 1." in text and "Chunk 2." in text


# ---------------------------------------------------------------- utility classes and builder names

def utility_story(after: str, inside: str = "") -> str:
    """A news story styled with utility classes only (no class word names any part), `inside` its
    text after the third paragraph, then `after`."""
    paragraphs = [f"<div class='mb-4'>{SENTENCE}Paragraph {i}.</div>" for i in range(6)]
    paragraphs.insert(3, inside)
    return page(f"<div id='root'><div class='mx-auto max-w-3xl'><h1 class='text-4xl font-bold'>Ferry line opens</h1>"
                f"<div class='prose mt-6'>{''.join(paragraphs)}</div>{after}</div></div>", "Ferry line opens")


def test_a_bar_pinned_over_the_page_by_a_utility_class_goes() -> None:
    bar = ("<div class='fixed inset-x-0 bottom-0 z-50 bg-white p-4'><p class='text-sm'>We and our partners store "
           "data to tailor what you see.</p><button class='rounded px-4'>Accept all</button></div>")
    text = cleanpage.clean(utility_story("", inside=bar)).text
    assert "tailor what you see" not in text and "Paragraph 5." in text


def test_a_fixed_width_layout_is_no_pinned_bar() -> None:
    box = ("<div class='fixed-width mt-8'><p>The timetable for the winter is posted at the pier, and the office "
           "answers questions by phone.</p><a href='/timetable'>Timetable</a></div>")
    assert "timetable for the winter" in cleanpage.clean(utility_story("", inside=box)).text


def comment_section(head: str) -> str:
    comments = "".join(f"<div class='border-b py-3'><div class='font-semibold'>Reader {i}</div>"
                       f"<div class='text-sm'>Comment number {i}: about time the islands got a winter boat.</div></div>"
                       for i in range(2))
    return f"<div class='mt-10'><div class='mb-4 text-xl font-bold'>{head}</div>{comments}</div>"


def test_a_section_headed_comments_in_plain_blocks_goes_in_several_languages() -> None:
    for head in ("Comments", "Kommentarer", "टिप्पणियाँ", "12 comments", "Kommentare (2)"):
        text = cleanpage.clean(utility_story(comment_section(head))).text
        assert "Comment number 1" not in text and "Paragraph 5." in text, head


@pytest.mark.parametrize("head", ["14 responses", "Postings (3)", "Reacties (2)", "5 réactions", "Reaktionen (4)",
                                  "Respostas (2)", "پاسخ‌ها (۱۲)", "Ответы (7)", "3 odpowiedzi"])
def test_a_section_headed_by_a_counted_word_for_replies_goes(head: str) -> None:
    # ("responses", "Postings", "Reacties": words that name the readers' comments once a count goes with them;
    # inside the story's block, as a template sets the thread under the text)
    text = cleanpage.clean(utility_story("", inside=comment_section(head))).text
    assert "Comment number 1" not in text and "Paragraph 5." in text


@pytest.mark.parametrize("head", ["Responses", "Reactions", "Reaktionen", "پاسخ‌ها", "Ответы"])
def test_a_section_headed_by_such_a_word_alone_stays(head: str) -> None:
    # (uncounted, the word heads a story's own section: how the town and the ministry responded)
    text = cleanpage.clean(utility_story("", inside=comment_section(head))).text
    assert "Comment number 1" in text


def test_a_section_headed_otherwise_stays() -> None:
    # (inside the story's block: after it, its "text-sm" lines are a font size, no part of the story)
    text = cleanpage.clean(utility_story("", inside=comment_section("What the islanders say"))).text
    assert "Comment number 1" in text


def threaded_section(head: str) -> str:
    # (a reply is set in by one utility class, its other class words the comment's own)
    shared = "relative bg-gray-100 py-4 px-5 mb-2 border-l-4"
    comments = "".join(f"<div class='{shared} {'pl-12 ml-6' if i % 2 else 'pl-6 ml-0'}'><div>Reader {i}</div>"
                       f"<div>Comment number {i}: the winter boat should stop at the north pier too.</div></div>"
                       for i in range(4))
    return f"<div class='pt-12'><div class='mb-2 uppercase font-bold'>{head}</div>{comments}</div>"


@pytest.mark.parametrize("head", ["Comments", "Join the Conversation", "Leave a reply", "Rejoignez la discussion",
                                  "Lascia un commento", "Diskutieren Sie mit", "Dołącz do dyskusji"])
def test_a_section_headed_by_an_invitation_to_comment_goes_with_its_threaded_replies(head: str) -> None:
    text = cleanpage.clean(utility_story("", inside=threaded_section(head))).text
    assert "Comment number 1" not in text and "Comment number 2" not in text and "Paragraph 5." in text


def test_a_section_so_headed_over_blocks_of_other_shapes_stays() -> None:
    # (blocks whose class words differ by more than an indent are no one template's items)
    section = threaded_section("Join the conversation").replace("pl-12 ml-6", "grid grid-cols-3 gap-4 text-lg")
    assert "Comment number 1" in cleanpage.clean(utility_story("", inside=section)).text


def test_comments_stay_when_asked_for() -> None:
    options = cleanpage.Options(comments=True)
    html = utility_story("", inside=comment_section("Comments"))
    assert "Comment number 1" not in cleanpage.clean(html).text
    assert "Comment number 1" in cleanpage.clean(html, options=options).text


def test_a_builders_data_hook_names_its_blogs_parts() -> None:
    inside = ("<div data-hook='related-posts'><p>Other stories: the harbour's new crane, and the winter "
              "timetable of the buses to the pier.</p></div>")
    text = cleanpage.clean(utility_story("", inside=inside)).text
    assert "Other stories" not in text and "Paragraph 5." in text


def most_read_box(head: str) -> str:
    teasers = "".join(f"<div class='py-2'><a class='font-semibold'>Teaser title {i}</a><div class='text-sm'>"
                      f"Teaser line {i}: the harbour crane is back in service after the storm.</div></div>"
                      for i in range(2))
    return f"<div class='mt-6 rounded-xl p-5'><div class='mb-3 text-lg font-bold'>{head}</div>{teasers}</div>"


def test_a_box_headed_most_read_in_plain_blocks_goes_in_several_languages() -> None:
    for head in ("Most read", "Mest lest", "Luetuimmat", "सबसे ज़्यादा पढ़ी गई", "Προτεινόμενα", "Empfohlen"):
        text = cleanpage.clean(utility_story("", inside=most_read_box(head))).text
        assert "Teaser line 1" not in text and "Paragraph 5." in text, head


def test_a_box_headed_otherwise_stays() -> None:
    text = cleanpage.clean(utility_story("", inside=most_read_box("Two stops on the line"))).text
    assert "Teaser line 1" in text


def test_a_short_box_led_by_an_ad_label_is_the_ad_in_several_languages() -> None:
    for label in ("Anzeige", "Sponsored", "تبلیغات", "広告"):
        for tag in ("div", "li"):
            box = f"<{tag} class='rounded border p-5'><span class='text-xs'>{label}</span><p>Start your pilot's " \
                  f"training now: up to 600 a month from the county.</p></{tag}>"
            inside = f"<ul class='space-y-4'>{box}</ul>" if tag == "li" else box
            text = cleanpage.clean(utility_story("", inside=inside)).text
            assert "pilot's training" not in text and "Paragraph 5." in text, (label, tag)


def test_a_long_block_after_an_ad_label_stays() -> None:
    inside = (f"<div class='mb-4'><span class='text-xs'>Anzeige</span><p>{SENTENCE * 3}Own words.</p></div>")
    assert "Own words." in cleanpage.clean(utility_story("", inside=inside)).text


@pytest.mark.parametrize("names", ["next-article teaser-card", "luetuimmat", "Bio_card__Vv2Ff",
                                   "et_pb_column sivupalkki", "barra-lateral", "seitenleiste"])
def test_class_words_of_side_boxes_in_several_languages(names: str) -> None:
    inside = (f"<div class='{names}'><div>Box line</div><p>Box text: the lighthouse tour is sold out for the "
              "season, and the next one starts in spring.</p></div>")
    text = cleanpage.clean(utility_story("", inside=inside)).text
    assert "Box text" not in text and "Paragraph 5." in text


@pytest.mark.parametrize("question", ["هل كانت هذه الصفحة مفيدة؟", "¿Te resultó útil esta página?",
                                      "War diese Seite hilfreich?", "このページは役に立ちましたか？", "Bu sayfa yardımcı oldu mu?"])
def test_a_documentation_pages_feedback_question_goes_in_several_languages(question: str) -> None:
    inside = f"<div class='mt-10 flex border-t pt-4'><div class='flex gap-2'><span>{question}</span></div></div>"
    text = cleanpage.clean(utility_story("", inside=inside)).text
    assert question not in text and "Paragraph 5." in text


def test_a_box_headed_recent_posts_goes_and_the_words_alone_stay_a_heading() -> None:
    for head in ("Recent posts", "Πρόσφατες αναρτήσεις", "Neueste Beiträge"):
        text = cleanpage.clean(utility_story("", inside=most_read_box(head))).text
        assert "Teaser line 1" not in text and "Paragraph 5." in text, head
    inside = "<h2>Recent posts</h2><div class='mb-4'>" + SENTENCE + "Own words.</div>"
    assert "Recent posts" in cleanpage.clean(utility_story("", inside=inside)).text


@pytest.mark.parametrize("head", ["Latest news", "Últimas noticias", "ताजा समाचार", "ข่าวอื่น ๆ", "Другие новости"])
def test_a_box_headed_latest_or_other_news_goes_and_the_words_alone_stay_a_heading(head: str) -> None:
    text = cleanpage.clean(utility_story("", inside=most_read_box(head))).text
    assert "Teaser line 1" not in text and "Paragraph 5." in text
    inside = f"<h2>{head}</h2><div class='mb-4'>" + SENTENCE + "Own words.</div>"
    assert head in cleanpage.clean(utility_story("", inside=inside)).text


def test_a_latest_news_box_that_opens_a_listing_stays() -> None:
    # (no story before it: the listing's own items, whatever its head says)
    html = page("<div id='root'><h1 class='text-3xl'>Newsroom</h1><section class='col-main'>"
                + most_read_box("Latest news") + "</section></div>", "Newsroom")
    assert "Teaser line 1" in cleanpage.clean(html).text


# ---------------------------------------------------------------- Tailwind's text utilities

FISHING = ["The catch on the lake has halved in ten years, the fishermen of the floating village say.",
           "Each year there are fewer fish in the nets and the families find it harder to get by.",
           "A fisheries researcher explains that weaker floods shrink the drowned forest where fish spawn.",
           "The fisheries office will close the season for one more month from next year onwards.",
           "Some villagers are unhappy with the decision and worry about how to feed their families."]


def test_tailwind_text_sizes_on_teaser_blurbs_do_not_pull_the_teasers_into_the_story() -> None:
    # "text-sm text-gray-600" on each card's blurb is a font size and a colour: its "text" says no
    # more "article text" than the cookie bar's "text-white"; the three blurbs no longer outscore
    # together the story's own block, and the grid stays out
    cards = "".join(f"<div class='Card_h6'><a href='/r{i}'>Teaser title {i}</a><div class='text-sm text-gray-600'>"
                    f"CARD {i}: tickets for the first night sold out within a single day.</div></div>" for i in range(3))
    html = ("<html><head><meta property='og:type' content='article'></head><body><div id='root'>"
            "<main class='Layout_a1'><div class='Wrap_b2'><h1 class='text-3xl'>Fishermen worry about the catch</h1>"
            "<div class='Body_c3 prose'>" + "".join(f"<p>{p}</p>" for p in FISHING) + "</div></div>"
            f"<div class='Grid_g5 grid'><div class='text-xl'>Read more</div>{cards}</div></main></div></body></html>")
    text = cleanpage.clean(html).text
    assert "CARD" not in text and FISHING[-1] in text


@pytest.mark.parametrize(("names", "positive"), [("text-sm text-gray-600", False), ("md:text-lg text-center", False),
                                                 ("dark:text-slate-300/80 text-white", False),
                                                 ("bg-slate-800 py-6 text-center text-white", False),
                                                 ("text-center", True), ("article-text text-sm", True)])
def test_a_class_list_of_tailwind_text_utilities_names_no_content(names: str, positive: bool) -> None:
    # a Tailwind text size or palette colour (of the text or the background) marks the list as
    # utilities, its alignments with it; a list without one keeps "text-center" as older sites' own
    # name, and a real "article-text" counts
    from cleanpage.content import _names_weight

    assert (_names_weight(names, False) > 0) == positive


# ---------------------------------------------------------------- scripts written without spaces

THAI_STORY = ["ชาวประมงในหมู่บ้านริมทะเลสาบบอกว่าปลาลดลงทุกปี และชีวิตของพวกเขายากลำบากมากขึ้นเรื่อยๆ",
              "นักวิจัยด้านประมงอธิบายว่าน้ำหลากน้อยลงทำให้ป่าน้ำท่วมซึ่งเป็นที่วางไข่ของปลาหดตัวลง",
              "กรมประมงประกาศว่าจะขยายฤดูปิดการจับปลาออกไปอีกหนึ่งเดือนตั้งแต่ปีหน้าเป็นต้นไป",
              "ชาวบ้านบางส่วนไม่พอใจกับการตัดสินใจครั้งนี้ เพราะกังวลเรื่องรายได้ของครอบครัว",
              "เจ้าหน้าที่จังหวัดวางแผนจัดเวทีรับฟังความคิดเห็นร่วมกับชุมชนในเดือนหน้า"]


def test_a_thai_story_is_not_too_short_for_its_few_spaces() -> None:
    # Thai spaces phrases, not words: ~400 letters made a dozen "words", under the floor that
    # lets the fallback passes try, and readability's wider body (with the author's box) won
    # by its count; counted by letters, the story is long enough as it is
    cards = "".join(f"<div class='Card_h6'><a href='/r{i}'>ข่าวที่เกี่ยวข้อง {i}</a><div class='text-sm'>"
                    f"ตั๋วรอบแรกขายหมดภายในวันเดียวตามที่เทศบาลแจ้ง {i}</div></div>" for i in range(3))
    comments = "".join(f"<div class='py-2'><div class='font-bold'>ผู้อ่าน{i}</div><div>รอดูว่าครั้งนี้พวกเขาจะทำตามสัญญาหรือไม่ {i}"
                       "</div></div>" for i in range(3))
    html = ("<html lang='th'><head><meta property='og:type' content='article'></head><body><div id='root'>"
            "<main class='Layout_a1'><div class='Wrap_b2'><h1 class='text-3xl'>ชาวประมงกังวลเรื่องปลาที่ลดลง</h1>"
            "<p class='text-lg'>ปีนี้จับปลาได้ลดลงครึ่งหนึ่งเมื่อเทียบกับสิบปีก่อน</p><div class='Body_c3 prose'>"
            + "".join(f"<p>{p}</p>" for p in THAI_STORY) + "</div></div>"
            "<div class='Box_d4'><div class='font-semibold'>สมชาย ใจดี</div><div>AUTHORBOX นักข่าวที่เขียนเรื่องสิ่งแวดล้อมและ"
            "ชีวิตชนบทมานานกว่าสิบปีแล้ว</div></div>"
            f"<div class='Grid_g5 grid'><div class='text-xl'>อ่านเพิ่มเติม</div>{cards}</div>"
            f"<div class='Stack_e5'><div class='text-xl'>ความคิดเห็น</div>{comments}</div></main></div></body></html>")
    text = cleanpage.clean(html).text
    assert "AUTHORBOX" not in text and THAI_STORY[-1] in text


# ---------------------------------------------------------------- a builder's closing text row

HARBOUR = ["港口的新渡輪碼頭上週正式啟用，第一班船在清晨六點準時出發，船上坐滿了趕早市的居民和背著大包小包的學生，"
           "大家都說等這一天等了很久，連平常不出門的老人也來了，有人帶著孫子，有人提著剛買的菜，碼頭上熱鬧得像過年一樣，"
           "賣茶葉蛋的阿伯一個早上就賣完了兩鍋。",
           "碼頭的設計保留了舊倉庫的紅磚牆，候船室裡擺著附近國小學生畫的海邊風景，牆上也貼著過去五十年來港口的"
           "老照片，讓等船的人可以慢慢看，設計師說，她希望大家在這裡等船的時候，也能想起小時候來港口玩的日子，"
           "所以連長椅都用了舊漁船的木板。",
           "船公司表示，夏天的班次會從每天四班增加到六班，票價維持不變，老人和學生仍然可以半價搭乘，假日也會加開"
           "晚上的班次給觀光客，如果秋天的乘客人數繼續增加，明年還會再買一艘比較大的船，讓颱風季節也能穩定開航，"
           "居民聽了都很高興。",
           "每天清晨，碼頭旁的早餐店總是最早開門，老闆說生意比去年好了一倍，還多請了兩個年輕人幫忙煎蛋餅和"
           "煮豆漿，他笑著說，以前一個早上只賣五十份早餐，現在常常不到八點就賣完了，只好每天提早一個小時起床準備，"
           "雖然很累但是很開心。"]


def widget(kind: str, number: int, inner: str) -> str:
    """An Elementor module: every one named "widget", with its kind and its own id."""
    return (f"<div class='elementor-element elementor-element-{number}a7f{number} elementor-widget "
            f"elementor-widget-{kind}'><div class='elementor-widget-container'>{inner}</div></div>")


def builder_section(number: int, width: int, inner: str) -> str:
    return (f"<section class='elementor-section elementor-top-section elementor-element elementor-element-{number}b2c'>"
            f"<div class='elementor-container elementor-column-gap-default'><div class='elementor-column "
            f"elementor-col-{width} elementor-top-column elementor-element elementor-element-{number}c4d'>"
            f"<div class='elementor-widget-wrap elementor-element-populated'>{inner}</div></div></div></section>")


def test_a_builders_short_closing_text_row_stays_with_the_article() -> None:
    # every module is a "widget"; the guard keeps the text rows long enough to be the main text
    # and the rows between them: the closing line, a Chinese sentence too short for the guard's
    # limit, is a text module like them, right after them, before the tags and the teasers
    teasers = "".join(f"<article class='elementor-post'><h3><a href='/p/{i}'>其他文章標題 {i}</a></h3>"
                      f"<p>一段短短的介紹文字。</p></article>" for i in range(2))
    rows = [widget("breadcrumbs", 1, "<a href='/'>首頁</a> » <a href='/c'>地方</a> » 新碼頭啟用"),
            widget("heading", 2, "<h1>新碼頭啟用</h1>"), widget("text-editor", 3, f"<p>{HARBOUR[0]}</p>"),
            widget("heading", 4, "<h2>新的班次</h2>"), widget("text-editor", 5, f"<p>{HARBOUR[1]}</p>"),
            widget("html", 6, "<div class='ad-inarticle'><span>廣告</span><a href='#'>夏季特價：手工果醬預購開跑</a></div>"),
            widget("text-editor", 7, f"<p>{HARBOUR[2]}</p>"), widget("text-editor", 8, f"<p>{HARBOUR[3]}</p>"),
            widget("text-editor", 9, "<p>CLOSING 船長說，明年希望開一條到小島的新航線。</p>"),
            widget("post-info", 10, "<span>標籤：</span><a href='/t/1'>港口</a>、<a href='/t/2'>渡輪</a>"),
            widget("share-buttons", 11, "<span>分享文章</span><a href='#'>Facebook</a>"),
            widget("posts", 12, f"<h3>延伸閱讀</h3>{teasers}")]
    menu = widget("nav-menu", 0, "<nav><a href='/a'>地方</a> <a href='/b'>人物</a> <a href='/c'>美食</a></nav>")
    html = ("<html lang='zh-Hant'><head><title>新碼頭啟用</title><meta property='article:published_time' "
            "content='2026-05-02T10:30:00+08:00'></head><body class='single-post elementor-page'>"
            + builder_section(1, 33, menu) + builder_section(5, 100, "".join(rows)) + "</body></html>")
    text = cleanpage.clean(html).text
    assert "CLOSING" in text and HARBOUR[3] in text


# ---------------------------------------------------------------- after the main landmark

def test_a_banner_after_the_main_landmark_in_a_chosen_page_goes() -> None:
    # a listing read whole: its <main> holds the items, a bare banner after it (an app's pitch, no
    # class word) stood between the landmark and the footer; the intro before <main> stays
    items = "".join(f"<li><h2>Deckhand for the island ferry, season {i}</h2><p>Crew the morning boats, handle "
                    f"the lines and help passengers aboard; training on board, {i + 20} hours a week.</p>"
                    f"<p>from 2,100 a month</p></li>" for i in range(4))
    html = ("<html><head><title>Harbour jobs</title></head><body><div id='app'>"
            "<p>INTRO Jobs on the water this season, posted by the harbour's own employers.</p>"
            f"<div class='wrap'><main><h1>Harbour jobs</h1><ul>{items}</ul></main></div>"
            "<div class='bar'><p>BANNER Get our app and apply for every job with a single tap.</p></div>"
            "</div></body></html>")
    text = cleanpage.clean(html).text
    assert "BANNER" not in text and "Deckhand for the island ferry, season 3" in text


# ---------------------------------------------------------------- a builder's opening section

# An article's introduction in its own builder container, above the container with the rest of
# the text: the introduction's module is a text module like the ones the guard keeps, and the links
# of the contents box it holds lead into the article, not away from it.
OPENING = {
    "en": ("How harbours choose their ferries",
           "Choosing a ferry is a decision a harbour lives with for thirty years, so the board spends "
           "a long time on it, and the town's families ask about it at every public meeting.",
           "The crew checks the hull every spring, logs the engine hours and reports each fault to the "
           "harbour office, which keeps the records for the next inspection of the boat.",
           ["Contents", "The crossing", "The passengers", "The crew"]),
    "de": ("Wie Häfen ihre Fähren auswählen",
           "Die Wahl einer Fähre begleitet einen Hafen dreißig Jahre lang, deshalb nimmt sich der "
           "Vorstand viel Zeit dafür, und die Familien der Stadt fragen bei jeder Versammlung danach.",
           "Die Mannschaft prüft jeden Frühling den Rumpf, notiert die Motorstunden und meldet jeden "
           "Fehler dem Hafenbüro, das die Unterlagen für die nächste Prüfung des Schiffes aufbewahrt.",
           ["Inhalt", "Die Strecke", "Die Fahrgäste", "Die Mannschaft"]),
    "es": ("Cómo eligen los puertos sus transbordadores",
           "Elegir un transbordador es una decisión con la que un puerto vive treinta años, así que la "
           "junta le dedica mucho tiempo y las familias del pueblo preguntan en cada reunión pública.",
           "La tripulación revisa el casco cada primavera, anota las horas del motor y comunica cada "
           "avería a la oficina del puerto, que guarda los registros para la próxima inspección.",
           ["Índice", "La travesía", "Los pasajeros", "La tripulación"]),
}


def container(number: int, inner: str) -> str:
    """An Elementor flex container: no "widget" word of its own, its modules inside."""
    return (f"<div class='elementor-element elementor-element-{number}d9e e-flex e-con-boxed e-con e-parent'>"
            f"<div class='e-con-inner'>{inner}</div></div>")


def opening_page(lang: str) -> str:
    title, intro, text, (contents, *parts) = OPENING[lang]
    toc = (f"<div class='toc-box'><b>{contents}</b><ul>"
           + "".join(f"<li><a href='#part-{i}'>{i}. {part} – {part} {part}</a></li>" for i, part in enumerate(parts))
           + "</ul></div>")
    opening = widget("text-editor", 3, f"<p>{intro}</p><p>{intro} ({parts[0]})</p>{toc}")
    body = "".join(f"<h2 id='part-{i}'>{part}</h2>" + f"<p>{text} ({part}, {n})</p>" * 3
                   for n, (i, part) in enumerate(enumerate(parts * 3)))
    document = ("<div class='elementor elementor-77'>" + container(1, opening)
                + container(2, widget("text-editor", 20, body)) + "</div>")
    side = widget("posts", 40, "".join(f"<a href='/p/{i}'>{title} {i}</a> " for i in range(5)))
    return (f"<html lang='{lang}'><head><title>{title}</title><meta property='og:type' content='article'>"
            f"</head><body class='single-post'><h1>{title}</h1>{document}"
            f"<div class='sidebar'>{side}</div></body></html>")


@pytest.mark.parametrize("lang", sorted(OPENING))
def test_a_builders_opening_section_stays_with_the_article(lang: str) -> None:
    title, intro, text, (_, *parts) = OPENING[lang]
    out = cleanpage.clean(opening_page(lang)).text
    assert intro in out and f"{text} ({parts[-1]}, 8)" in out and f"{title} 3" not in out


# ---------------------------------------------------------------- section headings in wrappers

# A guide in a content system's "paragraphs": a summary, a contents box, then each section's
# heading in a wrapper of its own beside the wrapper of its text (the first section longer than
# the others, so that the scoring chooses it and gathers the rest), in several languages.
WRAPPED_SECTIONS = {
    "en": ("Night buses this winter",
           "The council voted on Tuesday to keep the night buses running, after drivers and riders filled the hall. ",
           ["Why it matters", "What the drivers say", "What comes next", "What it costs"]),
    "de": ("Nachtbusse im Winter",
           "Der Stadtrat hat am Dienstag beschlossen, die Nachtbusse weiterfahren zu lassen, nachdem Fahrer und "
           "Fahrgäste den Saal gefüllt hatten. ",
           ["Warum es zählt", "Was die Fahrer sagen", "Wie es weitergeht", "Was es kostet"]),
    "fr": ("Les bus de nuit cet hiver",
           "Le conseil a voté mardi le maintien des bus de nuit, après que chauffeurs et usagers ont rempli la salle. ",
           ["Pourquoi c'est important", "Ce que disent les chauffeurs", "La suite", "Ce que cela coûte"]),
    "es": ("Los autobuses nocturnos este invierno",
           "El pleno votó el martes mantener los autobuses nocturnos, después de que conductores y viajeros "
           "llenaran la sala. ",
           ["Por qué importa", "Qué dicen los conductores", "Qué viene ahora", "Cuánto cuesta"]),
    "ja": ("この冬の深夜バス",
           "市議会は火曜日、運転手と利用者が会場を埋めたことを受けて、深夜バスの運行を続けることを決めました。"
           "冬の間も終電後の足が確保されることになり、夜勤の人たちからは安心の声が聞かれました。",
           ["なぜ大切か", "運転手の声", "これから", "費用"]),
    "ru": ("Ночные автобусы этой зимой",
           "Городской совет во вторник решил сохранить ночные автобусы после того, как водители и пассажиры "
           "заполнили зал. ",
           ["Почему это важно", "Что говорят водители", "Что дальше", "Сколько это стоит"]),
}


def wrapped_sections_page(lang: str) -> str:
    title, sentence, heads = WRAPPED_SECTIONS[lang]
    parts = ["<div class='page-summary'>—</div>", "<div class='page-toc'><span>≡</span><ul>"
             + "".join(f"<li><a href='#s{i}'>{head}</a></li>" for i, head in enumerate(heads)) + "</ul></div>"]
    for i, head in enumerate(heads):
        text = f"<p>{sentence * 6}</p><p>{sentence * 3}</p><p>{sentence * 2}</p>" if i == 0 else f"<p>{sentence}</p>"
        parts.append(f"<div class='section-headings type-heading'><h2 id='s{i}'>{head}</h2></div>")
        parts.append(f"<div class='paragraph type-text-section'>{text}</div>")
    return page("<header><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></header>"
                f"<main><article class='basic-page'><h1>{title}</h1><div>{''.join(parts)}</div></article></main>"
                "<footer><p>City hall</p></footer>", title)


@pytest.mark.parametrize("lang", sorted(WRAPPED_SECTIONS))
def test_section_headings_each_in_a_wrapper_of_its_own_stay_between_the_sections(lang: str) -> None:
    _, sentence, heads = WRAPPED_SECTIONS[lang]
    markdown = cleanpage.clean(wrapped_sections_page(lang)).markdown
    assert all(f"## {head}" in markdown for head in heads)  # the first one too, right above the text
    assert markdown.count(sentence.strip()) >= 12


# An Elementor article whose first section opens with a heading module ("widget-heading") right
# above its first text module: the heading row opens the text as the headings between the
# text modules divide it, though the guard keeps no row above it.
BUILDER_HEADINGS = {
    "de": ("Die Fähre im Winter",
           "Die Fähre nach der Insel fährt im Winter nur zweimal am Tag, und wer den letzten Anschluss "
           "verpasst, muss im Hafen übernachten. ",
           ["Fahrplan im Januar", "Was die Pendler sagen", "Wie es weitergeht"]),
    "es": ("El transbordador en invierno",
           "El transbordador a la isla sale solo dos veces al día en invierno, y quien pierde el último "
           "tiene que dormir en el puerto. ",
           ["Horarios de enero", "Qué dicen los vecinos", "Qué viene ahora"]),
    "ja": ("冬のフェリー",
           "島へのフェリーは冬の間は一日二便だけで、最終便に乗り遅れると港で一晩を過ごすことになります。"
           "通勤する人たちの間では増便を求める声が強まっています。",
           ["一月の時刻表", "通勤客の声", "今後の見通し"]),
}


def builder_headings_page(lang: str) -> str:
    title, sentence, heads = BUILDER_HEADINGS[lang]
    rows = "".join(widget("heading", 10 + i, f"<h2 class='elementor-heading-title'>{head}</h2>")
                   + widget("text-editor", 20 + i, f"<p>{sentence * 2}</p><p>{sentence}</p>")
                   for i, head in enumerate(heads))
    return page("<nav><a href='/'>Start</a> <a href='/k'>Kontakt</a></nav>"
                f"<div class='elementor'><div class='e-con'><h1>{title}</h1>{rows}</div></div>"
                "<footer><p>© 2026</p></footer>", title)


@pytest.mark.parametrize("lang", sorted(BUILDER_HEADINGS))
def test_a_builders_heading_module_above_the_first_text_module_opens_the_text(lang: str) -> None:
    _, sentence, heads = BUILDER_HEADINGS[lang]
    text = cleanpage.clean(builder_headings_page(lang)).text
    assert all(head in text for head in heads)
    assert text.index(heads[0]) < text.index(sentence.strip()[:20])


# ---------------------------------------------------------------- a teaser set inside the text

def paragraph_story(inside: str, article: bool = False) -> str:
    """A story in plain <p>s, `inside` between its third and fourth; on a page that says it is an
    article (og:type) when `article`."""
    paragraphs = [f"<p>{SENTENCE}Paragraph {i}.</p>" for i in range(6)]
    paragraphs.insert(3, inside)
    head = "<meta property='og:type' content='article'>" if article else ""
    return (f"<html><head><title>Ferry line opens</title>{head}</head><body><div id='root'>"
            f"<h1>Ferry line opens</h1><div class='mt-6'>{''.join(paragraphs)}</div></div></body></html>")


def inline_teaser(label: str, label_tag: str = "div") -> str:
    return (f"<div class='my-8 rounded p-4'><{label_tag} class='font-bold'>{label}</{label_tag}>"
            "<a href='/other'>Harbour crane back in service after the storm</a>"
            "<p>Teaser line: the repairs took three weeks and cost less than feared.</p></div>")


@pytest.mark.parametrize("label", ["Read more", "Auch interessant", "Lire aussi", "Te puede interesar:",
                                   "Leia também", "Lees ook", "Leggi anche"])
@pytest.mark.parametrize("article", [True, False])
def test_a_teaser_box_between_paragraphs_led_by_a_label_goes(label: str, article: bool) -> None:
    text = cleanpage.clean(paragraph_story(inline_teaser(label, "strong" if label.endswith(":") else "div"),
                                           article)).text
    assert "Teaser line" not in text and "Harbour crane" not in text and "Paragraph 5." in text


def test_a_link_box_led_by_a_label_among_a_recipes_steps_goes() -> None:
    # (no teaser line under the link; set between a list and a heading, in a text of paragraphs)
    inside = ("<div class='not-prose my-6 rounded-xl p-4'><p class='text-sm font-semibold'>你可能还喜欢</p>"
              "<a href='/other'>番茄鸡蛋打卤面的做法</a></div><h2>小贴士</h2>")
    text = cleanpage.clean(paragraph_story(inside)).text
    assert "番茄鸡蛋打卤面" not in text and "Paragraph 5." in text


def test_a_short_box_led_by_a_chinese_ad_label_goes() -> None:
    inside = "<div class='my-8 rounded border p-4'><span class='uppercase'>广告</span><p>限时特惠：铸铁平底锅第二件半价</p></div>"
    text = cleanpage.clean(paragraph_story(inside)).text
    assert "限时特惠" not in text and "Paragraph 5." in text


def test_a_catalan_read_also_line_inside_the_text_goes() -> None:
    inside = ("<div class='news-other'><span>També us pot interessar:</span> "
              "<a href='/other'>Torna la festa del barri amb més activitats</a></div>")
    text = cleanpage.clean(paragraph_story(inside, article=True)).text
    assert "Torna la festa" not in text and "Paragraph 5." in text


@pytest.mark.parametrize("article", [True, False])
def test_a_box_between_paragraphs_led_by_its_own_words_stays(article: bool) -> None:
    # (a fact box: its head is no label, and its link and line are the story's)
    text = cleanpage.clean(paragraph_story(inline_teaser("The figures"), article)).text
    assert "Teaser line" in text


@pytest.mark.parametrize("line", ["Leia também: Autocarros de substituição deixam alunos à espera",
                                  "Lesen Sie auch: Neue Fähre fährt ab März zweimal am Tag",
                                  "📌 Read also: Harbour crane back in service after the storm"])
def test_a_read_also_line_with_no_link_goes_from_an_article(line: str) -> None:
    inside = f"<div class='kg-card'><div class='kg-callout-text'>{line}</div></div>"
    text = cleanpage.clean(paragraph_story(inside, article=True)).text
    assert line.split(": ")[1] not in text and "Paragraph 5." in text


@pytest.mark.parametrize("line", ["Read also: the council published its full report on the ferry this week.",
                                  "Lesen Sie auch: die Antwort der Reederei, unten im Wortlaut."])
def test_a_read_also_sentence_stays(line: str) -> None:
    # (a sentence, lower-case after the colon or ended by a full stop: the story's own words)
    text = cleanpage.clean(paragraph_story(f"<p>{line}</p>", article=True)).text
    assert line.split(": ")[1] in text


THAI_STORY = ["เทศบาลตำบลริมน้ำเปิดสะพานไม้ไผ่แห่งใหม่ให้ชาวบ้านใช้ข้ามคลองไปตลาดเช้า ซึ่งช่วยลดระยะทางจากเดิมเกือบสามกิโลเมตร",
              "ช่างในหมู่บ้านใช้เวลาสร้างสะพานนานสองเดือน โดยใช้ไม้ไผ่จากสวนของสมาชิกชุมชนทั้งหมด และจะตรวจซ่อมทุกปีก่อนฤดูฝน",
              "ผู้ใหญ่บ้านบอกว่าเด็กนักเรียนจะเดินไปโรงเรียนได้ปลอดภัยขึ้น เพราะไม่ต้องเดินริมถนนใหญ่ที่มีรถบรรทุกวิ่งผ่านทั้งวัน"]
THAI_TEASERS = ("<div class='t-card'><div class='t-card__title'>ตลาดน้ำจัดงานลอยกระทงริมคลอง</div><div class='t-card__descr'>"
                "TEASERLINE ชาวบ้านร่วมกันทำกระทงจากใบตองกว่าห้าร้อยใบ</div></div>"
                "<div class='t-card'><div class='t-card__title'>โรงเรียนวัดเปิดห้องสมุดชุมชน</div><div class='t-card__descr'>"
                "หนังสือบริจาคกว่าสองพันเล่มจากศิษย์เก่า</div></div>")


def test_a_latest_news_box_after_a_story_in_a_script_with_no_full_stop_goes() -> None:
    # Thai marks no sentence's end: the story before the box is told by its letters
    blocks = "".join(f"<div class='t-rec'><div class='t-text'>{line}</div></div>" for line in THAI_STORY)
    box = f"<div class='t-rec'><div class='t-container'><div class='t-title'>ข่าวล่าสุด</div>{THAI_TEASERS}</div></div>"
    html = page(f"<div id='allrecords'><div class='t-rec'><h1>สะพานไม้ไผ่ข้ามคลอง</h1></div>{blocks}{box}</div>",
                "สะพานไม้ไผ่ข้ามคลอง")
    text = cleanpage.clean(html).text
    assert "TEASERLINE" not in text and THAI_STORY[2][:30] in text
    # the same box opening a page, no story before it: the listing's own items
    html = page(f"<div id='allrecords'><div class='t-rec'><h1>ข่าวสาร</h1></div>{box}</div>", "ข่าวสาร")
    assert "TEASERLINE" in cleanpage.clean(html).text


@pytest.mark.parametrize("words", ["เว็บไซต์นี้ใช้คุกกี้เพื่อจำภาษาที่คุณเลือก หากใช้งานต่อถือว่าคุณยอมรับ",
                                   "Diese Website verwendet Cookies, damit sie sich Ihre Spracheinstellung merkt.",
                                   "Bu site, dil tercihinizi hatırlamak için çerezleri kullanır."])
def test_a_consent_bar_no_class_names_goes_by_its_words_and_its_button(words: str) -> None:
    bar = f"<div class='mt-2 p-3'><div class='text-sm'>{words}</div><button class='px-4'>OK</button></div>"
    text = cleanpage.clean(utility_story("", inside=bar)).text
    assert words[:20] not in text and "Paragraph 5." in text


def test_cookie_words_with_no_button_or_in_a_short_title_stay() -> None:
    # a story's sentence about cookies (no button), and a recipe card's title over its print button
    line = "The council said the new law on website cookies will take effect next spring in all shops."
    card = "<div class='mt-2 p-3'><div class='text-sm'>Oat cookies, 24 pieces</div><button>Print</button></div>"
    text = cleanpage.clean(utility_story("", inside=f"<div class='mb-4'>{line}</div>{card}")).text
    assert line in text and "Oat cookies" in text


# ---------------------------------------------------------------- a builder's related box among its text blocks

def builder_review(box: str, after_box: bool = True) -> str:
    """A review in a site builder's blocks (no og:type: the page does not say it is an article),
    `box` set as a block of its own between two text blocks (or after the last, `after_box` False)."""
    def text_block(heading: str, n: int) -> str:
        return (f"<div class='sb-block sb-block-html'><div class='sb-block-content'><h2>{heading}</h2>"
                f"<p>{SENTENCE}Section {n}.</p><p>{SENTENCE}More of section {n}.</p></div></div>")
    blocks = [text_block("The rooms", 1), text_block("The sauna", 2), box, text_block("In short", 3)]
    if not after_box:
        blocks.append(blocks.pop(2))
    return page(f"<main><h1>A week at the lake hotel</h1>{''.join(blocks)}</main>", "A week at the lake hotel")


def related_block(head: str) -> str:
    return (f"<div class='sb-block sb-block-summary'><div class='sb-block-content'>"
            f"<div class='summary-header'><h3>{head}</h3></div><div class='summary-list'><div class='summary-item'>"
            f"<a href='/posts/igloo-night'>A night in a glass igloo</a><div class='summary-excerpt'>"
            f"<p>No northern lights, but a night to remember all the same.</p></div></div></div></div></div>")


@pytest.mark.parametrize("head", ["You may also like", "Lue myös nämä", "Lesen Sie auch", "Leia também"])
def test_a_builders_related_box_between_its_text_blocks_goes_off_an_article(head: str) -> None:
    text = cleanpage.clean(builder_review(related_block(head))).text
    assert "northern lights" not in text and "A night in a glass igloo" not in text
    assert "Section 2." in text and "Section 3." in text


def test_a_builders_box_between_its_text_blocks_under_another_heading_stays() -> None:
    text = cleanpage.clean(builder_review(related_block("Where we swam"))).text
    assert "northern lights" in text and "Section 3." in text
