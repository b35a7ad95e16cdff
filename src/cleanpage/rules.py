"""The one table of removal rules, with their limits, and the vocabularies that name chrome.

Every removal cleanpage makes, on the page (boilerplate.strip) or inside the chosen
body (content.tidy), is a row of `RULES`: its name, whether it is hard (the block is
never article text, whatever the page: scripts, hidden elements, dialogs) or soft
(usually chrome, but a page may wrap its article in it), where it applies, and the
largest share of the page's prose its removals may take together (`max_share`).
Soft rules are held back by the main-text guard (boilerplate._Guard).

The words that decide removals live here, one vocabulary per concept, in several
languages, used by every stage that needs them: class/id words (`CLASS_VOCABULARY`,
matched by whole parts of a class token, never as bare substrings), standalone
labels, credit lines, paywall, affiliate and newsletter text, decks, captions,
bylines and comments.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .cjk import cjk_count
from .patterns import WordSearch, alternation, has_required, known_required_words, lazy

@dataclass(frozen=True, slots=True, eq=False)  # never compared: no __eq__ and __hash__ compiled at import
class Rule:
    """One way cleanpage removes a block: a row of the removal table."""

    name: str
    hard: bool  # never article text, whatever the page: the main-text guard does not apply
    where: str  # "page": boilerplate.strip(), before the body is chosen; "body": content.tidy(), inside it
    matches: str  # what it matches: tags, roles, hidden state, class/id words, text
    # The largest share of the page's main text that this rule's removals may take together;
    # past it the guard keeps every block of the rule there that holds a paragraph's worth of text.
    max_share: float = 1.0
    # Its blocks are posts: when the page's main text is one of them, the page is a thread of
    # them (a forum's replies are its content), and the rule is off on the whole page.
    posts: bool = False


# What a soft rule may take of the page's prose, all its removals together: a page builder
# that names every block of its article "widget" or "column" keeps its article.
SOFT_MAX_SHARE = 0.5

# ---------------------------------------------------------------- the table
RULES = {r.name: r for r in (
    Rule("code", True, "page", "<script>, <style>, <template>, <link>, <meta>: code, never prose"),
    Rule("embed", True, "page", "<iframe>, <svg>, <canvas>, <object>, <video>, <audio>: no readable text"),
    Rule("form-control", True, "page", "<button>, <input>, <select>, <textarea>: interface, not text "
                                       "(not an accordion's title button over a panel that is read); a "
                                       "short <label> of a drop-down or a text or number box ('Size', "
                                       "'Qty:'), not a check box's or a radio button's"),
    Rule("hidden", True, "page", "hidden, aria-hidden, display:none / visibility:hidden: the reader never sees it "
                                 "(not a tab panel or an accordion's panel, its folded answers too, nor, on a page "
                                 "that does not say it is an article, a carousel's slide of sentences aria-hidden "
                                 "beside another slide, nor a panel a class word "
                                 "hides beside a shown sibling of its shape, nor a veil: "
                                 "most of the page, or every <h1> with sentences in a block no class word names "
                                 "as chrome; nor a gate's content: over half of the page's text in its <main> or "
                                 "<article>, no dialog or menu; nor "
                                 "a link aria-hidden out of the tab order: a card's second link)"),
    Rule("modal", True, "page", "<dialog>, role=dialog (not with aria-modal=false: a panel of the page), aria-modal; "
                                "modal/popup/overlay/tool-tip/hover-card class words (guarded; not the "
                                "words of a sentence a hover card hangs on: only the card goes; not an "
                                "overlay named after the picture it lies on: 'bg-overlay', 'image-overlay'); a "
                                "short block with a button pinned by a utility class ('fixed', 'fixed-bottom')"),
    Rule("cookie-banner", True, "page", "cookie and consent banners, by class/id words (guarded; from a fallback "
                                        "pass's body too, under half its text); whatever their class, a short "
                                        "box that held a button or a form and says the site uses cookies, in "
                                        "several languages"),
    Rule("noscript", False, "page", "<noscript>: a fallback for readers without JavaScript (kept when it holds "
                                    "the page's text)", SOFT_MAX_SHARE),
    Rule("skip-link", True, "page", "in-page links 'Skip to content', 'Back to top', in several languages "
                                    "(not the block a skip link leads to, named after it: over 80 characters)"),
    Rule("permalink", True, "page", "heading anchors (¶, §, #) that link to their own section; a forum "
                                    "post's number, a link whose whole text is '#12' (not in a sentence), "
                                    "three or more numbers on the page that follow each other"),
    Rule("navigation", False, "page", "<nav>, role=navigation/menu, menu/breadcrumb/pagination words; "
                                     "a list of links ending with the page's title (a trail, TRAIL_TAGS)",
         SOFT_MAX_SHARE),
    Rule("site-header", False, "page", "the page's <header>, role=banner, outside <article>/<main> (not a <header> "
                                       "holding the <h1> in words, no menu and few links: the article's own)",
         SOFT_MAX_SHARE),
    Rule("site-footer", False, "page", "the page's <footer>, role=contentinfo, outside <article>/<main>",
         SOFT_MAX_SHARE),
    Rule("sidebar", False, "page", "<aside>, role=complementary, sidebar/widget words (not, on a page that does "
                                   "not say it is an article, a run of 3+ sibling rows of one template, each in "
                                   "sentences, holding more of them than the main text: a builder's sections; nor an "
                                   "<aside> between two of the article's paragraphs, made of its blocks, not links: "
                                   "a callout)",
         SOFT_MAX_SHARE),
    Rule("share-bar", False, "page", "share/social/follow words, role=toolbar", SOFT_MAX_SHARE),
    Rule("newsletter", False, "both", "newsletter/subscribe words; sign-up pitches and a publication's "
                                      "subscription offers ('6 issues for £9') in the text, and an archived "
                                      "newsletter's 'view this email in your browser' line", SOFT_MAX_SHARE),
    Rule("advertisement", False, "page", "ad slots, sponsored and promo words", SOFT_MAX_SHARE),
    Rule("call-to-action", False, "page", "call-to-action boxes by class words ('cta', 'call-to-action'), on a page "
                                          "that says it is an article only (a service page's offers are its text)",
         SOFT_MAX_SHARE),
    Rule("article-cta", False, "both", "an article's call-to-action box by class words that name both "
                                       "('article-cta', 'post-cta', 'blog-cta'), on any page: the class says the "
                                       "box sits in an article, whatever the page declares; in an article's body, "
                                       "by its shape: a short box of a title and a line or two that ends in a "
                                       "lone short link ('Start your free trial'), or that held a form's "
                                       "button or field instead ('Get quotes from pros near you' over a zip "
                                       "box); a line of its own that ends in its one link, a short button to "
                                       "sign up, join or shop ('…to your door! Shop now', 'Subscribe here.')",
         SOFT_MAX_SHARE),
    Rule("related", False, "both", "related/recommended/most-read, webring/blogroll words (not a block named 'read more' that holds "
                                   "sentences, not links: the text the button unfolds; nor, on an article, one that "
                                   "wraps a block of the text's paragraphs beside its box of links, or is such a "
                                   "block, not one link in it); 'Read also: <link>' lines (a paragraph's, or a heading's: "
                                   "'<h4>Read more: <link></h4>'), and the same "
                                   "pointed at by an arrow before any short lead-in ('>> Check out: <link>', "
                                   "'» Find out more: <link>'); "
                                   "a lead-in that names the list of links after it related ('Related guides:'); "
                                   "a box set among a text's paragraphs whose first line alone is a label ('Lire aussi') "
                                   "over a linked title and its teaser line; on an article, 'Leia também: <a title>' "
                                   "with no link; a box whose first line alone says 'Latest news' over blocks of one "
                                   "template, after a story",
         SOFT_MAX_SHARE),
    Rule("comments", False, "both", "reader comments by class/id words (kept with --comments, and on a "
                                    "thread: when the page's main text is a post); in the body, the comment "
                                    "section's note on its moderation ('Comments are moderated…'), and a "
                                    "section whose first line alone says 'Comments' (or a counted '14 responses', "
                                    "'Postings (3)') over blocks of one template",
         SOFT_MAX_SHARE, posts=True),
    # (no limit on the main text, and guarded only when it holds most of the page or its headline:
    # a product page's reviews often hold more sentences than its description, and win the scoring)
    Rule("reviews", False, "page", "customer reviews by class/id words, on a page that says it is a product "
                                   "(og:type, JSON-LD Product): the product's comments (kept with --comments)"),
    # (an accordion's or a box's item, not a tab's header alone: the label must open a block that holds more)
    Rule("shipping-returns", False, "page", "a product's shipping-and-returns item, on a page that says it is "
                                            "a product: the accordion item or box whose title is only a label "
                                            "such as 'Shipping & Returns' or 'Versand und Rückgabe' (the shop's "
                                            "terms, the same on every product); a line of its own offering free "
                                            "shipping over a sum ('Free shipping on orders over $60', "
                                            "'Kostenloser Versand ab 49 €')", SOFT_MAX_SHARE),
    Rule("shipping-box", False, "page", "on a page that says neither that it is a product nor an article "
                                        "(no og:type, no JSON-LD), a box that class/id words name shipping "
                                        "('shipping-info', 'delivery_terms') and that a shipping-and-returns "
                                        "title as above opens: a shop's terms on a page without its metadata",
         SOFT_MAX_SHARE),
    Rule("grid-banner", False, "page", "a promotion set among a grid's cards: a block of the cards' own first "
                                       "class word with a 'banner'/'promo' word added ('card boutique-banner'), "
                                       "one short line with no link and no heading, beside two or more cards "
                                       "that each hold a link ('20% off coats in the basket!')", SOFT_MAX_SHARE),
    Rule("selling-points", False, "page", "on a product page, the shop's boxes by class words: its bar of "
                                          "selling points ('usp': 'Free returns', 'Chat with an expert') or its "
                                          "guarantee, the same on every product, and a pay-later offer's box ('Starting at "
                                          "$67/mo with Affirm', 'or 4 payments of', by the lenders' names)",
         SOFT_MAX_SHARE),
    Rule("product-cards", False, "page", "on a product page, a carousel (class word 'carousel') of other "
                                         "products' cards: three or more items, two in three of them with a "
                                         "price, each short ('People who viewed this also viewed')",
         SOFT_MAX_SHARE),
    Rule("author-bio", False, "page", "author bio boxes and forum posts' signatures by class/id words "
                                      "(not a documentation's 'member-signature'); in the body, a post author's "
                                      "rank (itemprop=jobTitle, or unmarked of a marked rank's tag and class) "
                                      "and statistics (a <dl> of short values: numbers, dates, a place) in the "
                                      "block itemprop=author marks (or one of its tag and class in another "
                                      "post: the opening post's, unmarked); a box itemprop=author marks "
                                      "that holds the person's itemprop=description (an article's author "
                                      "card, whatever its classes), a box of a link to the author's page and a "
                                      "block after it that opens with the linked name (the name over its bio), "
                                      "every short line under the poster's "
                                      "name in a <dl> named a profile, a short line whose class words name a "
                                      "member's rank or group ('usertitle', 'postgroup'), a poster's badge "
                                      "(<span class=flair>Top 1% Commenter</span>) after the name in a short "
                                      "post header line with a number, off a product page and a grid, and anywhere a line "
                                      "that is only a poster's count of "
                                      "posts or join date ('Join Date: Sep 2014', 'Beiträge: 52')",
         SOFT_MAX_SHARE),
    Rule("legal-notice", False, "page", "a block its class/id words name a disclaimer or a legal notice: a "
                                        "product's footnoted terms, a form's fine print", SOFT_MAX_SHARE),
    Rule("post-meta", False, "page", "tag lists, categories, print/email tools (whole class tokens); in the "
                                     "body, a block of two or more rel=tag links and at most a label besides "
                                     "('Tags:', 'Filed under', 'Etiquetas:'); a short line of two or more of the post's "
                                     "labels, each before a colon ('Publicado por: … - Categoria: … - Tags: …'); "
                                     "a tag label and its items written out, no links ('Schlagwörter: Hafen, Fähre')",
         SOFT_MAX_SHARE),
    Rule("search", False, "page", "role=search, search words (not, by its words, a block with no box to type "
                                  "in that holds a paragraph: a search page's results or their intro)",
         SOFT_MAX_SHARE),
    Rule("feedback", False, "page", "'Is this page useful?' feedback and survey words", SOFT_MAX_SHARE),
    Rule("filters", False, "page", "a listing's or a search page's filter panel by class/id words ('filters', "
                                   "'facets', 'filtros', 'filtres', 'filter-panel'; not 'filter' alone, a "
                                   "style's utility): check boxes of categories and their counts", SOFT_MAX_SHARE),
    Rule("media-player", False, "page", "video/audio player widgets (sticky players, 'Up next')", SOFT_MAX_SHARE),
    Rule("paywall", False, "both", "paywall/regwall words; 'Subscribe to continue reading' text, and the box of "
                                  "plans that such a notice heads", SOFT_MAX_SHARE),
    Rule("affiliate-disclosure", False, "body", "'This post may contain affiliate links' text", SOFT_MAX_SHARE),
    Rule("form", False, "page", "<form> other than a page-wide wrapper (ASP.NET wraps whole pages)", SOFT_MAX_SHARE),
    Rule("repeated-title", True, "body", "a heading that repeats the article's title, alone or "
                                         "before a bar ('Headline | Opinion'); not one right after a "
                                         "paragraph of sentences: a section of the text; nor on a page "
                                         "that says it is a product: the product's name over its "
                                         "description; anywhere, a reply's subject line, the title after 'Re:' ('AW:', 'SV:'…)"),
    Rule("label", True, "body", "standalone labels: 'Advertisement', 'Share this:', 'Read more', '12 comments', "
                                   "'3 Answers' over a question's answers, "
                                   "'Related posts', a shop's 'Add to cart', a grid's count of its results "
                                   "('57 items', 'Showing 1–24 of 212 results', 'Showing 1–6 of 48 posts'), a "
                                   "thread's button to load its other comments ('View 55 more comments', 'Lihat 55 "
                                   "komentar lainnya') and its composer's placeholder ('Write a public comment…'), a "
                                   "rating widget's score and votes ('★★★★★ 4.9 from 52 votes', '4,9 da 52 voti'), "
                                   "an answer's 'Add a comment', a thread's prompt to log in "
                                   "to reply ('Register to answer the boiler question'), a placeholder a "
                                   "script fills ('Loading comments...', 'Kommentare werden geladen…'), a post's "
                                   "reactions ('Like x 2', '1 person likes this'); the bar over a post's code box ('Code: Select all', "
                                   "'Code: Alles auswählen'); a news page's buttons to hear the story read or to "
                                   "make the site a preferred news source; the link under an author's box to the writer's "
                                   "page ('More articles from Ann Lee', 'View all posts by …', 'Alle Beiträge von …'); "
                                   "the site's line in the story asking the reader to "
                                   "follow it on a network or download its app ('Follow us on Telegram', "
                                   "'Síguenos en Google News', 'Descarga nuestra app'); a link of "
                                   "a few words its class names a button ('btn'), or the one box inside it holding its words "
                                   "('price_button'), outside any sentence: 'Get a quote', 'See deal'; "
                                   "a table of contents' title ('Table of Contents', 'Sommaire') once the list it "
                                   "stands over is gone, or over the empty list a script fills, in one box, or right "
                                   "over a heading; on an article, a heading that ends the body once the "
                                   "list of links after it went (link-list, related), or that is all its "
                                   "box holds once they went ('More on the ridge' over one link)"),
    # (no limit on all its blocks together: a body that is mostly link lists is a page of menus
    # and tables of contents around a short text, and the wide candidate a page of them)
    Rule("link-list", False, "body", "blocks that are mostly links: related lists, tag lists, post navigation "
                                     "(not an index's sections of links, each under its heading, nor a list "
                                     "the paragraph before it introduces with a colon, unless that "
                                     "lead-in names it related or further reading; "
                                     "on a page read whole, a card's summary paragraph is text, not link, "
                                     "and a grid's item with words beside its links stays (on any body when "
                                     "a linkless block of it is a summary sentence); so does a "
                                     "paragraph that is one linked summary in sentences, nor one that is "
                                     "a sentence around its links, with 5+ words of its own); "
                                     "a table of contents' list of jumps to the page's own sections "
                                     "('#the-ferry') right under its title, whatever stands over it"),
    Rule("caption", False, "body", "<figure>/<figcaption>, caption/credit/gallery words (kept with --images; "
                                   "in an article, a quotation's figure keeps its short caption, who said it; "
                                   "on a page read whole, a 'caption' inside a link is a card's name and price; "
                                   "a list of names in one of a list's repeated cards is the item's authors; "
                                   "off a page said to be an article, one of a set of captions in sentences is "
                                   "a feature's text; a caption that numbers its figure or table, 'Figure 3-2: …', "
                                   "'Abb. 4', is the document's own)",
         SOFT_MAX_SHARE),
    Rule("byline-line", False, "body", "byline, dateline and timestamp lines (kept as metadata); on a page that "
                                       "says it is an article, a line that is only a byline ('By Ann Lee', "
                                       "'Medically reviewed by Jo Roe, MD') or only the date after its word ('Updated: "
                                       "May 3, 2025', 'Mis à jour le 3 mai 2025') or only the date itemprop="
                                       "datePublished or a <time datetime> marks, when the body holds at most two "
                                       "(not a thread's post date lines: a timestamp to the minute in a <time> or "
                                       "permalink, or after a poster's credit and a mark ('by Ann » <date>'), its "
                                       "tag and class shared by 3+ blocks; nor its posters' links: "
                                       "one word, byline class words shared by 3+ links; nor, on an article, "
                                       "the speaker's name in a quotation's short caption: "
                                       "'<figcaption><strong class=quote-author>Ann Lee,</strong> harbour "
                                       "master</figcaption>'; nor a card named only by its post's status "
                                       "('status-publish') in a grid of items or in a list of 4+ result cards, each a "
                                       "linked heading over a summary, holding half the body's text: a search or "
                                       "archive page's results)",
         SOFT_MAX_SHARE),
    Rule("edit-notice", False, "body", "a post's note that it was edited: 'Last edited by X on <date>', 'Last edited: "
                                       "<date>', 'Edited <date> by X (see edit history)', the same with the editor's reason before the "
                                       "link, 'edited 2 times in total', "
                                       "in several languages", SOFT_MAX_SHARE),
    Rule("empty", True, "body", "blocks with neither text nor image"),
    Rule("placeholder", False, "body", "a template's filler text left in the page: a block that opens with "
                                       "'Lorem ipsum'"),
    Rule("schema-count", True, "body", "a bare number schema.org marks a count (itemprop=upvoteCount, answerCount, "
                                       "commentCount…): a post's votes, a thread's number of answers, never text; "
                                       "and one it marks a place (itemprop=position): a post's number in its thread"),
    Rule("avatar-initials", True, "body", "the letters standing in for a missing picture in a block named an "
                                          "avatar ('F', 'AL'): a poster's initials, never text"),
    Rule("duplicate", True, "body", "in a thread, a block whose words, cut short, are the first words of "
                                    "the block right after it (a folded preview beside the full text a "
                                    "'more' toggle shows); a block "
                                    "that repeats an earlier block's text word for word in a block "
                                    "of other classes (a page's desktop and mobile copies of one description), "
                                    "or of its own class inside a carousel (a looping slider's copy of its "
                                    "slides), or a block of links that repeats one (a grid shown twice); in a thread, "
                                    "a quotation whose words an earlier post holds (a reply's copy of a post above "
                                    "it): the text stays once"),
    Rule("credit-line", False, "body", "'Reporting by…', 'X contributed to this report', 'Write to … at …', "
                                       "'Email Ann Lee at ann@…', '… may be reached at ann@…' lines",
         SOFT_MAX_SHARE),
    Rule("photo-credit", False, "body", "a line that is only a picture credit: 'Photo: …', 'Фото: …', "
                                        "'Credit: Getty Images', a picture agency's 'Getty Images / Ann Lee', "
                                        "'Ann Lee | Getty Images' (kept with --images)", SOFT_MAX_SHARE),
    Rule("machine-id", True, "body", "a <span>/<div> whose whole text is a UUID, in a run of four or "
                                     "more elements each a UUID or one letter: "
                                     "identifiers a page's style hides between letters (a 'Sponsored' "
                                     "label spelt out among random ids), never words"),
    Rule("chart-axis", False, "body", "chart axis labels: blocks, or runs of blocks, of only rising or falling "
                                      "numbers ('0 10 20 30', '0% 25% 50%'), never in a table", SOFT_MAX_SHARE),
    Rule("outside-main", True, "page", "on a page read whole (its best block too narrow a part of it), the blocks "
                                       "outside its <main> landmark (or role=main) that holds that block; in a "
                                       "chosen block holding the one landmark with most of its text, those after it"),
    # The user's own rules (--exclude, --selector, a site rule), applied before all others:
    Rule("exclude", True, "page", "elements a --exclude selector or a site rule's exclude names"),
    Rule("selector", True, "page", "blocks outside the container a --selector or a site rule's content names"),
)}

# A soft rule never removes a block holding more than this share of the
# page's text: some CMSs put the whole article in a "post-meta" or a

# "has-sidebar" container, and losing the article is worse than keeping chrome.
GUARD_SHARE = 0.5
# Below this many characters a block is never guarded (a footer can outweigh a nav).
GUARD_MIN_CHARS = 200
# ...but on a page whose whole text is shorter than this, a builder row's paragraph of sentences holding more
# than GUARD_SHARE of it is guarded however short (a builder's notice of two sentences whose widget
# class says "widget"); a landmark's (a footer's sentence on an error page) is not.
SHORT_PAGE_CHARS = 2 * GUARD_MIN_CHARS
SHORT_PAGE_LANDMARKS = frozenset(("footer", "header", "nav", "aside", "form"))
# An <article>/<main>, or a block whose class says "article", needs only this share.
ARTICLE_GUARD_SHARE = 0.2
# An <aside> between two of the text's own blocks (a paragraph or list before it, a paragraph, list or
# heading after it) is a callout of the article (a note, a figure, a definition), not a sidebar,
# when at most this share of its text is links; a sidebar sits beside the text, not inside its flow.
TEXT_FLOW_BEFORE_TAGS = frozenset(("p", "ul", "ol", "blockquote"))
TEXT_FLOW_AFTER_TAGS = TEXT_FLOW_BEFORE_TAGS | frozenset(("h2", "h3", "h4", "h5", "h6"))
MAX_CALLOUT_LINK_DENSITY = 0.25
# ...made of the text's own blocks only: a quoted post or a link preview ("onebox") has a title bar
# and a quote in wrappers, and is not the article's own note.
CALLOUT_CHILD_TAGS = frozenset(("p", "figure", "ul", "ol", "h2", "h3", "h4", "h5", "h6"))
# ...and one that opens the text (nothing before it in its block) holds a list of points: a story's
# "Key points" box. A notice in a paragraph there ("we may earn a commission") is no part of the text.
OPENING_CALLOUT_LIST_TAGS = frozenset(("ul", "ol"))
# ...its first paragraph may come after the story's lead photo.
OPENING_CALLOUT_SKIPPED_TAGS = frozenset(("figure",))
# The tags that say "the article"; a soft rule matching one (200+ characters) has the page's main
# text found first, which it may not take, whatever share of the page's text it holds.
ARTICLE_TAGS = frozenset(("article", "main"))
# Inside a block the guard keeps because its class/id names article content ("entry-content"),
# a soft rule never removes a block holding more than this share of that block's text: a page
# builder wraps the post's text in one more "widget-container" inside its "post-content" widget.
NAMED_CONTENT_SHARE = 0.5
# A page builder names every row of the page after its template ("widget-span"): where a soft rule
# matched the block holding the page's main text and at least MIN_TEMPLATE_ROWS of its blocks share
# that block's template (the same tag and class words, digits apart, in a wrapper of one shape),
# they are the page's rows, not chrome, when at most this share of their text is links (a row of
# related links in the same template still goes). The page's own regions are never its rows: a
# footer holding the longest text on a shop's page (its legal notice) is still a footer.
TEMPLATE_ROW_MAX_LINK_DENSITY = 0.5
MIN_TEMPLATE_ROWS = 3
# After the last row it keeps, the guard keeps up to this many rows of a kind it kept, each one line
# of at most this many characters that ends a sentence (an article's short closing paragraph).
MAX_CLOSING_ROWS = 3
MAX_CLOSING_ROW_CHARS = 300
PAGE_REGION_RULES = frozenset(("navigation", "site-header", "site-footer"))
# The rules whose class words a page builder gives its rows ("widget"): beside the main text, on a
# page that does not say it is an article, a run of such rows in sentences is the page's sections.
BUILDER_ROW_RULES = frozenset(("sidebar",))
# A builder wraps each row in wrappers that hold only it ("row-wrapper" > "row-fluid" > the row):
# rows are each other's siblings past this many such wrappers. An article split into modules
# keeps the modules between two of its rows the guard keeps (its subheadings, lists, quotes).
ROW_SLOT_LEVELS = 3
# An article's opening module is a row of the builder document that holds the first module the
# guard keeps: that module's wrapper this many levels up (module > column > section > document).
OPENING_ROW_LEVELS = 4
# The page's own root blocks: never a builder document.
PAGE_ROOT_TAGS = frozenset(("body", "html"))
# A block holding more than this share of the text is also checked for the
# page's prose: a wrapper named "overlay" or "widget" may hold the article.
PROSE_CHECK_SHARE = 0.1
# A navigation landmark (<nav>, role=navigation) this much links, with no sentence, is a menu
# however much of the text it holds (a book's table of contents beside a short chapter), when
# the page's sentences stand outside it.
NAV_LINKS_DENSITY = 0.9
# A <nav> with no link nor button is text when one of its first MAX_NAV_TEXT_PARAGRAPHS <p>s, of this
# many characters or more, ends a sentence: a site builder's accordion panel, not a menu.
NAV_TEXT_MIN_CHARS = 40
MAX_NAV_TEXT_PARAGRAPHS = 5
PROSE_TEXT_TAGS = frozenset(("p", "li", "blockquote", "pre", "td", "dd"))
PROSE_TAGS = (*PROSE_TEXT_TAGS, "div")  # a <div> counts by its own text (CMSs that use no <p>)
# A list item whose nested lists hold most of its text (MENU_LIST_SHARE), and those lists are
# links (more than MENU_LIST_LINK_DENSITY of its text), is a branch of a menu, counted by its own
# text: whole, its nested items and their paragraphs would count again, and a mega menu outweigh the
# article. (A product card's list of specifications is no menu; a forum post's author menu is a
# small part of the post's item.)
NESTED_LIST_TAGS = ("ul", "ol")
MENU_LIST_SHARE = 0.5
MENU_LIST_LINK_DENSITY = 0.5
# A site's <header> or <nav> holds the page's prose only by sentences outside its list items: the
# items are its menu's, a mega menu's panels of promotions, however long.
MENU_LANDMARK_TAGS = frozenset(("header", "nav"))
# A block a class word names a menu ("faq_tabs-menu"), no <nav> nor role, is no menu on a page that
# does not say it is an article when it holds MIN_MENU_TEXT_HEADINGS headings or more that ask
# questions ("Is it worth it?") and MIN_MENU_TEXT_PARAGRAPHS paragraphs of sentences (<p>, outside
# its list items), and links hold at most MAX_MENU_TEXT_LINK_DENSITY of its text: a tab set's
# questions with their answers (an FAQ), where a mega menu's panels, however wordy, are links.
# wcxb-dev services tune 0.8443 -> 0.8468, no check half moved.
MIN_MENU_TEXT_HEADINGS = 2
MIN_MENU_TEXT_PARAGRAPHS = 3
MAX_MENU_TEXT_LINK_DENSITY = 0.1
# ...and the blocks inside it that the class words name a menu's again ("faq_tabs-menu-link" around
# each question), this many levels down at most, are its items.
MENU_TEXT_LEVELS = 3
MIN_PROSE_BLOCK = 80
HEADLINE_PROSE_SHARE = 0.25
MIN_PAGE_PROSE = 200
# A page with no sentences still has content when, once its structural chrome is gone, the
# scoring's choice holds this many words outside links, and links hold at most this share of
# its text: a list of items with their details ("Length: 5 miles"), a table of data; a page of
# menus and links has none.
MIN_UNLINKED_WORDS = 100
MAX_UNLINKED_LINK_DENSITY = 0.5
# (and the full stops of Devanagari and Bengali, "।", and of Urdu, "۔", and the Arabic question mark)
SENTENCE_END_RE = lazy(r"[.!?…。！？।۔؟](?:[\s\"”’»)]|$)")
SENTENCE_END_MARKS = ".!?…。！？।۔؟"  # SENTENCE_END_RE's marks


def holds_sentence_end(text: str) -> bool:
    """`SENTENCE_END_RE.search(text) is not None`, sooner: most paragraphs end with their mark
    (then only spaces), which settles it without the pattern scanning the text for one."""
    end = text.rstrip()
    return bool(end) and end[-1] in SENTENCE_END_MARKS or SENTENCE_END_RE.search(text) is not None


# Letters of the scripts whose sentences that mark does not end: Thai and Lao write no mark at a
# sentence's end (a space between sentences), Khmer and Burmese marks of their own. A paragraph
# mostly of them (UNMARKED_SCRIPT_SHARE of its characters) is prose without one (prose_length).
UNMARKED_SCRIPT_RE = lazy(r"[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
UNMARKED_SCRIPT_SHARE = 0.5
# The full stops of scripts SENTENCE_END_MARKS lacks: Burmese '။', Khmer '។', Tibetan '།' (shad),
# Ethiopic '።', Armenian '։'. Only the measure of prose reads them (prose_length): a paragraph that
# ends with one is a paragraph of sentences as one ending with '.' is.
SCRIPT_SENTENCE_ENDS_RE = lazy(r"[\u104b\u17d4\u0f0d\u1362\u0589]")


def prose_length(text: str, weighed: bool = False) -> int:
    """How long a block's text is as prose, 0 when it is none: its characters when they reach
    MIN_PROSE_BLOCK and end a sentence (holds_sentence_end, or its last mark SCRIPT_SENTENCE_ENDS_RE's,
    or, for a text mostly of UNMARKED_SCRIPT_RE's letters, none needed: a Thai paragraph has no full
    stop). `weighed`: a Chinese, Japanese or Korean character counts CJK_LETTERS (one says what ~3
    Latin letters say), where a page is asked whether it holds prose at all (a Chinese story's
    paragraphs of 50 characters are prose there)."""
    size = len(text)
    if text.isascii():
        return size if size >= MIN_PROSE_BLOCK and holds_sentence_end(text) else 0
    if weighed:
        if size * CJK_LETTERS < MIN_PROSE_BLOCK:
            return 0
        size += (CJK_LETTERS - 1) * cjk_count(text)
    if size < MIN_PROSE_BLOCK:
        return 0
    if holds_sentence_end(text) or SCRIPT_SENTENCE_ENDS_RE.search(text.rstrip()[-1:]) is not None:
        return size
    # (its opening's letters settle it: a scan of the whole text cost every page's menus one)
    opening = MIN_PROSE_BLOCK
    if len(UNMARKED_SCRIPT_RE.findall(text, 0, opening)) >= UNMARKED_SCRIPT_SHARE * opening \
            and len(UNMARKED_SCRIPT_RE.findall(text)) >= UNMARKED_SCRIPT_SHARE * len(text):
        return size
    return 0


# A funding/acknowledgement box is a statement, not a page.
MAX_FUNDING_BOX_CHARS = 3000
# The main text is measured (a scoring pass over the page) only when one soft rule's blocks hold
# at least this share of the page's text: below it, no rule is near its max_share of an article.
SHARE_CHECK = 0.25
# Elements of foreign markup: an <svg> or <math> that holds HTML paragraphs swallowed the page
# when an unclosed tag made libxml2 nest everything after it inside.
MARKUP_TAGS = frozenset(("svg", "math"))
# Containers the renderers skip that become plain blocks when the guard keeps them.
UNWRAPPED_WHEN_KEPT = frozenset(("noscript",))
# Cap on the number of guard measurements (each is a C-level text walk of a
# subtree); past it soft rules stop, so nested guarded blocks can't go quadratic.
MAX_GUARD_CHECKS = 3000

# Removed first, before the page's text is measured for the guard: script
# and JSON text would otherwise make every block look small.
CODE_TAGS = ("script", "style", "template")
TAG_RULES = {
    **dict.fromkeys(("script", "style", "template", "link", "meta", "base"), "code"),
    "noscript": "noscript",
    **dict.fromkeys(("iframe", "object", "embed", "svg", "canvas", "map", "frameset", "frame",
                     "audio", "video", "applet", "math"), "embed"),
    **dict.fromkeys(("button", "input", "select", "textarea", "option", "optgroup", "datalist",
                     "dialog", "menu"), "form-control"),
    "nav": "navigation",
    "aside": "sidebar",
    "form": "form",
}
TAG_RULES["dialog"] = "modal"
# A hidden block holding more than this share of the page's text, in sentences, is a veil: the
# page hides itself until its scripts have loaded ("visibility:hidden" on the whole page, or
# aria-hidden on <main> while a dialog is open) and the reader sees it all. Hidden chrome (a
# closed mega menu, a sign-in panel, a cookie dialog's policy text) can hold half a short page.
VEIL_SHARE = 0.8
# A dialog holding the page's headline (every <h1>) and more than this share of its text, in
# sentences, is the article opened over the listing it came from (a teaser grid, its comments
# and footer still around it); a cookie or sign-up dialog holds neither the headline nor half the page.
DIALOG_ARTICLE_SHARE = 0.5
# A block hidden until a script runs, inside the page's <main> or <article>, holding more than
# this share of the page's text and more than the rest of that landmark, is the content a gate
# shows after its check (an access, age or region gate; a loading veil over a shop's grid):
# kept, in sentences or not, unless it is a dialog or a menu or a class word names it as chrome.
# A gate's own notice, a sign-in panel or a mobile menu hold far less of the page.
GATED_SHARE = 0.5
# ...and never these: hidden, they are chrome that waits for a click, not for a script.
GATED_NEVER_TAGS = frozenset(("dialog", "nav", "menu", "template", "aside", "header", "footer", "form"))
GATED_NEVER_ROLES = frozenset(("dialog", "alertdialog", "alert", "menu", "menubar", "navigation", "tooltip",
                               "complementary", "banner", "contentinfo", "search"))
# A collapsed accordion's panel (hidden, opened by a button's aria-expanded/aria-controls) is one
# click away, like a tab panel: it stays, also when the hidden block wraps the panel this many
# levels deep, one child each.
PANEL_WRAPPER_LEVELS = 2
# An accordion without ARIA wiring: a hidden block is an item's folded text when it follows
# the item's shown title (a question, a step's name: at most this many characters), holds text
# rather than links, and the item repeats (a sibling of its tag and class words, state words
# apart, folds a block of the same shape; or its own siblings alternate title and folded block):
# an FAQ's answers, a course's modules. A submenu folds links; a screen-reader label, no title.
MAX_FOLD_TITLE_CHARS = 200
MIN_FOLDED_CHARS = 25
MAX_FOLDED_LINK_DENSITY = 0.5
FOLDED_TAGS = frozenset(("div", "section", "article", "dd", "p", "ul", "ol", "dl"))
# ...whose shapes compare without their state words, open or folded ("answer", "answer hidden").
FOLD_STATE_WORDS = frozenset(("hidden", "hide", "is-hidden", "d-none", "collapsed", "is-collapsed", "closed",
                              "is-closed", "active", "is-active", "show", "shown", "open", "is-open", "in",
                              "visible", "is-visible", "expanded", "is-expanded"))
# Attributes that make a title a control (the flat case: title, block, title, block).
CONTROL_ATTRIBUTES = ("aria-expanded", "aria-controls", "onclick")
# A <button> is an accordion item's title, and its words stay, when a heading holds it or it holds
# one, or when it has this many words and opens (aria-controls, data-target) sentences; in both
# cases only while the block it opens is text, not links, that the reader gets: an FAQ's question.
# A menu's toggle opens links, a tab's label a panel in its place; a carousel's arrows have no words.
MIN_DISCLOSURE_TITLE_WORDS = 2
# ...or when it asks a question, without wiring (an FAQ's item: the question's button, the answer
# after it); a heading is also an element with role=heading (a <p> that holds the button).
QUESTION_END_RE = lazy(r"[?？]\s*$")
# ...looking at this many siblings at most (a page of 10,000 hidden rows stays linear).
MAX_FOLD_SIBLINGS = 64
# A block a class word names as chrome ("filter-menu-tabs") whose tab panels (role=tabpanel) hold
# at least TAB_SET_SHARE of its text, one of them sentences with at most TAB_SET_MAX_LINK_DENSITY
# of its text links, is a tab set of the page's content (a service's offers, one tab each), not a
# menu: the guard keeps it, the rule off inside it (its panels carry the word too). A mega menu's
# panels are links, or sit in the page's <nav>, <header> or <footer>; a wrapper of the whole
# page holds more than its tabs.
TAB_SET_SHARE = 0.5
TAB_SET_MAX_LINK_DENSITY = 0.5
TAB_SET_OUTSIDE_TAGS = ("nav", "header", "footer")
# A hidden block is a tab set's panel when a class word of it names a tab or a pane
# ("tab-pane", "tabs__panel") and a sibling of its tag and class words (state words apart:
# STATE_CLASS_WORDS) is shown: a product's specifications behind the description's tab.
TAB_PANE_WORD_RE = lazy(r"(?:^|[-_])(?:tabs?|tab-?panes?|tabpanel|panes?|panels?|tab-?content)(?:$|[-_])")
# A carousel's slide, by its class or its aria-roledescription ("swiper-slide", "Carousel slide",
# "carousel-item"): hidden from screen readers while another slide shows, read at an arrow's turn.
SLIDE_NAME_RE = lazy(r"slide|carousel")
# A block its class words name a search box is one only while it holds a box to type in or a
# form: without one, and with a paragraph, it is a search page's results or their intro.
# wcxb-dev collections tune +0.0005, listings tune +0.0003 and check +0.0038 (services tune
# -0.0004: one page whose case studies, named after the firm's searches, its reference leaves out).
SEARCH_BOX_TAGS = ("form", "input", "textarea", "select", "button")
# Choice lists (form controls) removed before the page's text is measured: their options are
# words no reader reads as text.
OPTION_TAGS = ("select", "datalist", "optgroup", "option")
# A form field's label ("Size" over a shop card's drop-down, "Qty:" beside its number box,
# "Email" over a sign-up box) names the field: it goes with it, removed before the page's text
# is measured. Its field is the control its for= names or the one it holds. Not a check box's
# or a radio button's label: a CSS-only accordion's title is one ("<input type=checkbox
# id=q1><label for=q1>Can I return it?</label>"), and so is a choice's own wording.
FIELD_TAGS = ("select", "textarea", "input")
TOGGLE_INPUT_TYPES = frozenset(("checkbox", "radio"))
# ...and only a short one: a longer "label" is a page's own text wearing the tag.
MAX_FIELD_LABEL_CHARS = 40

# A machine identifier (a UUID, 8-4-4-4-12 hex digits) as an element's whole text, in the tags a
# page uses to interleave them with the letters of a label its style shows; in a run of such
# elements and single letters (one alone may be a document's example identifier). A letter of the label may lead an id.
MACHINE_ID_RE = lazy(r"\w?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
MACHINE_ID_TAGS = frozenset(("span", "div"))
MACHINE_ID_CHARS = (36, 37)
MIN_MACHINE_ID_RUN = 4

# Rules that apply only on a page that says it is a product (Metadata.kind): customer reviews,
# the shop's shipping-and-returns terms, its selling points and pay-later boxes, carousels of other products.
PRODUCT_ONLY_RULES = frozenset(("reviews", "shipping-returns", "selling-points", "product-cards"))
# ...and the rules off on a page that says it is a product or an article: a shop's shipping box
# there is the product's shipping-and-returns item (above), or an article's own words.
UNMARKED_PAGE_RULES = frozenset(("shipping-box",))
# Rules that apply only on a page that says it is an article: its call-to-action boxes (on a
# service page they are the offer the page is about). wcxb-dev articles tune and check +0.001.
ARTICLE_ONLY_RULES = frozenset(("call-to-action",))

# A carousel of product cards on a product page: other products (viewed, bought, sponsored).
# Its class names a carousel (a whole part of a token: "carousel", "carousel--peek",
# "x-prp-carousel"); its items are the children of its largest list (MIN_CAROUSEL_CARDS or
# more), at least PRICED_CARD_SHARE of them show a price, none is longer than a card. The
# product's own image carousel shows no price; a carousel of reviews or features, none either.
CAROUSEL_CLASS_RE = lazy(r"(?:^|[\s_-])carousel(?:$|[\s_-])")
MIN_CAROUSEL_CARDS = 3
PRICED_CARD_SHARE = 2 / 3
MAX_CARD_CHARS = 1200  # (a card may carry its hidden "Why this ad" notice: ~800 characters)
PRICE_RE = lazy(r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|AUD|CAD|PLN|SEK|NOK|DKK)\b)\s?\d"
                r"|\d[\d.,]*\s?(?:[$€£]|\b(?:USD|EUR|GBP|CHF|zł|kr|Kč)(?!\w))")
# A promotion set among a grid's cards by the grid's template: a card's first class word, then a
# banner's part ("card promo-banner", "item-wrapper boutique-banner"); the cards' own class says
# they are the grid's, the added word that this one sells. A line at most, and beside
# MIN_GRID_BANNER_CARDS cards or more of that first class (among the parent's first
# MAX_GRID_SIBLINGS children), each with a link (a real card links to its item).
GRID_BANNER_PARTS = frozenset(("banner", "promo", "promotion", "campaign", "kampanya"))
# ...substrings of those parts, tested on the class string first (most blocks have none of them);
# _Walker.match and boilerplate._unnamed spell them out as `in` tests, no call per block
# (tests keep them alike)
GRID_BANNER_HINTS = ("banner", "promo", "campaign", "kampanya")
GRID_BANNER_PART_RE = lazy(r"[-_]+")
MAX_GRID_BANNER_CHARS = 160
MIN_GRID_BANNER_CARDS = 2
MAX_GRID_SIBLINGS = 60
# A block pinned over the page by a utility class word (Tailwind's "fixed", Bootstrap's
# "fixed-bottom"/"fixed-top"), of this many characters at most, with a button or a link: an
# overlay (a consent bar, an app's pitch), whatever its words; a layout's "fixed-width" is no word of it.
FIXED_CLASS_WORDS = frozenset(("fixed", "fixed-bottom", "fixed-top"))
MAX_FIXED_BAR_CHARS = 400
# A block its class words name a promotion ("price-promotion-container") is the item's sale price,
# not an advertisement, when they name a price too, in some languages, and its text is one sum:
# digits with a currency's sign or short name (up to 4 letters) before or after them.
PRICE_NAME_RE = lazy(r"price|prc|preis|precio|prix|prezzo|preco|preço|fiyat|cena|harga|prijs|pris|hinta")
PRICE_TEXT_RE = lazy(r"[^\W\d]{0,4}\W{0,2}\s?\d[\d.,' ]*\s?[^\W\d]{0,4}\W{0,2}")
MAX_PRICE_TEXT_CHARS = 40

# The title of a product page's shipping-and-returns item, its whole text once lower-cased, in
# several languages: a shipping word and a returns word joined by "&", "and", "/", ",", in
# either order, with an optional "free" and a closing "policy"/"information"/"& warranty".
# (only the pair: "Shipping" alone titles a product's own shipping facts on some pages)
_SHIP_WORDS = (r"(?:free )?(?:shipping|delivery|postage|versand|lieferung|livraisons?|expédition|envíos?|"
               r"entrega|spedizion[ei]|consegna|verzending|verzenden|levering|bezorging|dostawa|wysyłka|"
               r"envio|frete|frakt|leverans)")
_RETURN_WORDS = (r"(?:free )?(?:returns?|exchanges?|rückgabe|rücksendung|rückversand|retouren?|umtausch|"
                 r"retours?|échanges?|devoluci(?:ones|ón)|cambios|resi|reso|retourneren|ruilen|zwroty?|"
                 r"devoluç(?:ões|ão)|trocas|returer)")
# ...or a shipping word and a payment word: the shop's "Shipping & payment" box says how every
# order is sent and paid, the same on each of its products.
_PAY_WORDS = (r"(?:payments?|paying|zahlung|bezahlung|zahlungsarten|paiements?|pagos?|pagamentos?|"
              r"pagamenti|betaling|betalen|płatnoś(?:ć|ci)|betalning)")
_JOIN = r"\s*(?:&|\+|/|,|and|und|et|y|e|en|i|och)\s*"
# The same pair in Chinese, Japanese and Korean, joined by a middle dot, a slash or a word for
# "and", with an optional "about"/"guide" after it ("配送・お支払いについて", "配送与支付").
_CJK_SHIP_PAY = (r"(?:配送|発送|送料|お届け|配送方法|运费|配送方式|배송)\s*(?:・|･|/|／|、|と|及|和|与|與|및)?\s*"
                 r"(?:お?支払い?(?:方法)?|決済|支付(?:方式)?|付款(?:方式)?|结算|결제)"
                 r"\s*(?:について|のご案内|案内|说明|說明|안내)?")
SHIPPING_RETURNS_LABEL_RE = lazy(
    rf"^(?:{_SHIP_WORDS}{_JOIN}(?:{_RETURN_WORDS}|{_PAY_WORDS})|(?:{_RETURN_WORDS}|{_PAY_WORDS}){_JOIN}"
    rf"{_SHIP_WORDS}|{_CJK_SHIP_PAY})"
    rf"(?:{_JOIN}(?:warranty|garantie|garantía|garanzia|gwarancja))?"
    r"(?:\s+(?:policy|policies|information|info|details|methods|options))?\W*$",
)
# A shop's free-shipping offer with its threshold, a line of its own in the buy box or over the
# page ("Free shipping on orders over $60", "€7 flat rate | Free shipping €120+", "Livraison
# offerte dès 60 €"): the shop's terms, the same on every product. Only with a sum (PRICE_RE):
# "Free delivery and free returns" alone is the product's own promise, and its text keeps it.
# (no leading \b: a pattern that opens with letters lets the engine skip ahead by them, ~7x faster)
FREE_SHIPPING_RE = lazy(
    r"free (?:standard |express |domestic |uk |us |eu )?(?:shipping|delivery|postage)\b|ships? free\b"
    r"|kostenlose[nr]? (?:versand|lieferung)|versandkostenfrei|gratis(?:versand| versand)"
    r"|livraison (?:gratuite|offerte)|frais de port (?:offerts|gratuits)"
    r"|env[ií]os? gratis|env[ií]o gratuito|entrega gratuita|spedizion[ei] gratuit[ae]|consegna gratuita"
    r"|gratis (?:verzending|bezorging|levering|frakt)|darmowa (?:dostawa|wysyłka)|bezpłatna dostawa"
    r"|frete gr[aá]tis|fri frakt|fri fragt"
)
# ...one of these words is in every such offer: a plain substring test turns most texts away
# before the pattern's search, which is slow on a whole page's text.
FREE_SHIPPING_HINTS = ("free", "kostenlos", "versandkostenfrei", "gratis", "grátis", "gratuit", "offert",
                       "darmow", "bezpłatn", "fri fra")
# The most a free-shipping line may hold: a line, not a paragraph of the shop's terms.
MAX_SHIPPING_OFFER_CHARS = 90
# The tags such a line stands in on its own, and those of them that stand inside a line (one of
# these only when it is all its parent holds: never a piece of a sentence).
SHIPPING_OFFER_TAGS = frozenset(("p", "div", "li", "span", "a", "strong", "b", "small", "h2", "h3", "h4", "h5",
                                 "h6"))
SHIPPING_OFFER_INLINE_TAGS = frozenset(("span", "a", "strong", "b", "small"))
# The tags a shipping-and-returns title is written in (its innermost element holding the words).
SHIPPING_TITLE_TAGS = ("h2", "h3", "h4", "h5", "h6", "summary", "button", "dt", "span", "div", "p", "strong",
                       "b", "label", "a")
# How far above its title the item may start (a title inside a button inside a heading), and how
# much text it may hold: the shop's terms are a few paragraphs, never the product's description.
SHIPPING_ITEM_LEVELS = 4
MAX_SHIPPING_ITEM_CHARS = 3000

# <header>/<footer> are chrome at page level but part of an <article>.
PAGE_LEVEL_TAG_RULES = {"header": "site-header", "footer": "site-footer"}
# ...and a <header> outside any <article> is still the article's own when it holds the page's
# headline in words, not a linked logo, and no menu: the headline, its deck and its byline over
# a body in a plain <div>. At most this share of its text in links (a site's header is its menu).
MAX_HEADLINE_HEADER_LINK_DENSITY = 0.3

# The rules a fallback pass's body sheds by tag or ARIA role alone (never class words): the
# structural strip keeps the page's menus, masthead and footer, and a body the scoring grew to
# the whole page carries them (a shop's mega menu outweighing its few lines of text).
LANDMARK_RULES = frozenset(("navigation", "site-header", "site-footer"))
# ...and what a fallback pass's body sheds by class or id words too: a cookie or consent bar, and a
# paywall's offer box under a short free text ("Continue reading with a subscription": the first
# body, under MIN_ARTICLE_WORDS, lost to the whole article with the box).
FALLBACK_NAMED_RULES = frozenset(("cookie-banner", "paywall"))
# ...and by tag or ARIA role, outside <article>/<main>: the page's side column (<aside>,
# role=complementary: a group's "About this group", a "Most read" list), which the structural
# strip keeps beside a short post. These and the named ones go only under half the body's text.
FALLBACK_SIDE_RULES = frozenset(("sidebar",))

ROLE_RULES = {
    "navigation": "navigation", "menu": "navigation", "menubar": "navigation",
    "toolbar": "share-bar", "banner": "site-header", "contentinfo": "site-footer",
    "complementary": "sidebar", "search": "search",
    "dialog": "modal", "alertdialog": "modal", "alert": "modal", "tooltip": "modal",
}

# Rows are judged with their table, never one by one by their class
# (a results table's rows are "player-2020-580", "oddrow"...).
TABLE_PART_TAGS = frozenset(("tr", "tbody", "thead", "tfoot", "col", "colgroup", "caption"))
PULL_QUOTE_WORDS_RE = lazy(r"pull-?quote|pullquote")
# Class rules that name a block more exactly than its ARIA role does.
OVERLAY_RULES = frozenset(("cookie-banner", "modal", "paywall"))
HIDDEN_STYLE_RE = lazy(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Limit of every class-word rule: a phrase element inside a sentence ("a <a class=popup>word</a> in
# it", "<em class=highlight-ad>...") is the sentence's words, whatever its class says.
PHRASE_TAGS = frozenset(("a", "b", "strong", "i", "em", "mark", "cite", "q", "abbr", "dfn"))
WORD_RE = lazy(r"\w")

@dataclass(frozen=True, slots=True, eq=False)  # never compared: no __eq__ and __hash__ compiled at import
class Vocabulary:
    """How a class/id token names a rule: by its parts, part prefixes, part sequences or substrings."""

    parts: frozenset[str] = frozenset()  # a whole part: "ad" in "ad-slot-3", not in "header"
    prefixes: tuple[str, ...] = ()  # a part starting so: "advert" in "advertorial"
    sequences: tuple[tuple[str, ...], ...] = ()  # consecutive parts: ("back", "to", "top")
    substrings: tuple[str, ...] = ()  # anywhere in the token: "cookie" in "cookiebar"
    tokens: frozenset[str] = frozenset()  # the whole token only: "hidden", not "field-label-hidden"


def _v(parts: str = "", prefixes: str = "", sequences: str = "", substrings: str = "", tokens: str = "") -> Vocabulary:
    return Vocabulary(frozenset(parts.split()), tuple(prefixes.split()),
                      tuple(tuple(seq.split("-")) for seq in sequences.split()), tuple(substrings.split()),
                      frozenset(tokens.split()))


# Class/id vocabulary: rule -> words, in priority order (the first rule that a
# token names wins). A token is split into parts at - _ : . / and digits.
# Words in English, German, French, Spanish, Italian, Dutch and Polish: no
# single language's word list may be the only signal.
CLASS_VOCABULARY: dict[str, Vocabulary] = {
    # consent-management platforms name their containers after themselves
    "cookie-banner": _v(parts="cmp cmplz truste osano",
                        sequences="sp-message cc-window cc-banner privacy-banner privacy-notice",
                        substrings="cookie consent gdpr onetrust didomi cookiebot usercentrics iubenda borlabs"),
    "paywall": _v(parts="paywall paywalls regwall metering", sequences="tp-modal tp-backdrop pay-wall reg-wall "
                                                                        "subscription-wall premium-wall"),
    "modal": _v(parts="modal modals popup popover tooltip hovercard rollover lightbox interstitial overlay",
                sequences="pop-up hover-card tool-tip"),
    "skip-link": _v(parts="skiplink skipto backtotop totop scrolltop",
                    sequences="skip-to skip-link skip-nav back-to-top to-top scroll-top jump-to-top"),
    # (and a site builder's (Webflow's) notes beside each form, that it was sent or that it failed:
    # its stylesheet hides both until the form is sent, "Thanks, your note is on its way!"; and
    # what a page shows only on paper: a wiki engine's (MediaWiki's) "Retrieved from <address>"
    # under the text, a framework's print-only blocks, none on the screen)
    "hidden": _v(tokens="hidden visually-hidden visuallyhidden sr-only screen-reader-text screenreader-text "
                        "offscreen d-none is-hidden hide w-form-done w-form-fail printfooter print-only printonly "
                        "print_only only-print visible-print visible-print-block show-for-print"),
    "comments": _v(parts="comment comments commentlist disqus discussion respond replies kommentar kommentare "
                         "commentaire commentaires comentario comentarios commenti komentarz komentarze reacties "
                         "kommentarer komentare yorumlar comentarii hozzaszolas hozzaszolasok kommentek "
                         "binhluan",
                   sequences="comment-list binh-luan"),
    "newsletter": _v(parts="optin", sequences="sign-up mailing-list opt-in email-capture",
                     substrings="newsletter subscribe subscription signup mailinglist abonn inscri suscri iscriviti "
                                "nieuwsbrief nyhetsbrev nyhedsbrev langganan hirlevel feliratkoz abonare bulten "
                                "boletin boletim rundbrief"),
    "share-bar": _v(prefixes="share sharing sharer social addthis sharethis sharedaddy teilen partag compartir "
                             "condividi udostepnij delen compartilh partilh paylas sdilet fenxiang", sequences="follow-us"),
    "advertisement": _v(parts="ad ads adslot adunit dfp gpt outbrain taboola werbung anzeige publicidad publicidade guanggao "
                              "iklan quangcao hirdetes reclama reclame tablighat",
                        prefixes="advert sponsor publicit pubblicit reklam promo",
                        sequences="ad-slot ad-container ad-wrapper ad-unit native-ad banner-ad quang-cao"),
    # (not Spanish/Portuguese "relacionad-": a related box taken before the scoring tipped a near tie
    # between an article's body and its <main>, which then brought the dateline in; see the report)
    # (a webring or a blogroll: other blogs' recent posts, by the tools that make them too; a forum's
    # (Invision's) box of a thread's overview under its opening post: its counts of replies and
    # views, its top posters and its most popular posts, "cTopicOverview")
    "related": _v(parts="popular tambien zobacz correlati ilgili benzer webring blogroll openring",
                  sequences="more-stories more-from also-read read-more see-also most-read most-viewed most-shared "
                            "next-article "
                            "you-may up-next next-up lire-aussi a-lire leggi-anche voir-aussi meme-sujet lesen-sie-auch "
                            "mehr-zum-thema leia-tambem veja-tambem lees-ook",
                  # (and what a thread or a search page suggests: "suggested-topics", "sugerencias")
                  substrings="related recommend suggest sugerenc sugest suggeriment trending mostread readmore "
                             "morestories alsoread seealso youmay "
                             "upnext weitere gerelateerd verwandt aehnliche connexe powiazane relaterad relatert "
                             "relatered topicoverview luetuimmat"),
    # (an author-box plugin names its box after itself, as consent platforms do; forum software
    # names the lines closing each of a member's posts "signature": a whole token or with "post",
    # "message" or "user" before it, never a part, for API documentation names its functions'
    # signatures "member-signature", "sig-name"; a Chinese board (Discuz!) names it "sign", a whole
    # token only: "sign-in", "design", "signup" name no signature)
    "author-bio": _v(parts="authorbio authorbox authorinfo biobox saboxplugin signaturecontainer",
                     tokens="signature sign",
                     sequences="author-bio author-box author-info author-card author-profile author-details "
                               "author-about author-description author-section author-block author-wrap author-wrapper "
                               "author-container author-area about-author about-the-author bio-box bio-card contributor-bio "
                               "post-signature message-signature user-signature"),
    # (a thread's or a paged article's links to its pages, "Pages: 1 2 3", and a thread's links to
    # the topics before and after it: "pagelinks", "nextlinks"; DocBook XSL's bars of links above
    # and below each page of a manual, Prev / Up / Home / Next: "navheader", "navfooter"; a site's strip
    # over its header, "topbar" or "top-bar": its links, its phone number, a notice to every page)
    "navigation": _v(parts="nav navbar navigation menu menubar breadcrumb breadcrumbs pagination pager masthead "
                           "topbar megamenu sitenav postnav prevnext brotkrumen filariane briciole pagelinks nextlinks "
                           "navheader navfooter",
                     sequences="post-nav prev-next mega-menu site-nav page-links next-links top-bar"),
    "site-header": _v(parts="siteheader pageheader", sequences="site-header page-header global-header header-bar"),
    "site-footer": _v(parts="footer colophon sitefooter pagefooter"),
    # not "left-col"/"right-col"/"rail": which column holds the article is the site's choice
    "sidebar": _v(parts="sidebar sidebars seitenleiste sivupalkki zijbalk barralateral", prefixes="widget",
                  sequences="side-bar barra-lateral"),
    # a product page's footnoted terms, an offer's small print, a form's consent line: the shop's
    # and the lawyers' words, not the page's (wcxb-dev's references leave them out). "legal" only
    # as a whole token: WordPress names items and articles "category-legal", and a block editor's
    # font-size preset is "has-legal-font-size". wcxb-dev products tune 0.6785->0.6813; services
    # check 0.8133->0.8146; articles check +0.0006; no check half down
    "legal-notice": _v(parts="disclaimer disclaimers haftungsausschluss", tokens="legal",
                       sequences="fine-print small-print aviso-legal mentions-legales note-legali legal-notice "
                                 "legal-notices legal-text legal-copy legal-disclaimer"),
    # whole tokens only: WordPress puts "tag-<slug> category-<slug>" on the article itself
    "post-meta": _v(tokens="tags tag-list taglist tag-cloud tagcloud tags-list categories post-tags entry-tags "
                           "print email-this toolbar tools"),
    "search": _v(parts="search suche recherche busqueda"),
    "feedback": _v(parts="feedback survey"),
    # (not "filter" alone: Tailwind's and others' style utility, on any block)
    "filters": _v(parts="filters facets facet filtros filtres filtri filtry filtreler filtrer filtrar",
                  sequences="filter-panel filter-bar filter-box filter-sidebar filter-list filter-group "
                            "filter-options product-filter search-filter"),
    # not "player" alone: sports pages name their athletes' rows "player-2020-580"; a podcast's player
    # as its plugins name it ("castos-player", "ssp-player"), its play and download buttons
    "media-player": _v(parts="videoplayer audioplayer jwplayer vjs plyr brightcove",
                       sequences="video-player audio-player media-player sticky-video video-sticky video-dock "
                                 "floating-video jw-player podcast-player episode-player castos-player ssp-player"),
    # on a product page only: the shop's "unique selling points" bar, its guarantee box ("Protected
    # purchase: a new one if it arrives broken", in several languages) and the pay-later widgets the
    # lenders name after themselves, the same on every product of the shop (wcxb-dev's references
    # leave them out); elsewhere a "usp" box is a service page's own offer
    "selling-points": _v(parts="usp usps badge badges afterpay clearpay klarna affirm sezzle laybuy quadpay installment "
                               "installments guarantee garantia garantie garanzia gwarancja",
                         sequences="pay-later paypal-message"),
    # last, and on a product page only: elsewhere reviews are a service's testimonials or a review
    # site's text, and a block named "reviews-sidebar" is a sidebar on every page
    "reviews": _v(parts="reviews bewertungen opiniones recensioni recenzje beoordelingen",
                  sequences="customer-review product-review user-review"),
    # last, and on an article page only: a box that asks the reader to act (book a call, start a
    # trial) beside the article's text; on a service page the offer is the page's text
    # before it, on every page: a box named the call-to-action of an article, a post or an entry
    "article-cta": _v(sequences="article-cta post-cta blog-cta entry-cta story-cta"),
    "call-to-action": _v(parts="cta ctas calltoaction", sequences="call-to-action"),
    # last, and only on a page that says neither that it is a product nor an article, and only
    # when a shipping-and-returns title opens the box (SHIPPING_RETURNS_LABEL_RE): a shop's terms
    # ("shipping-info", "versand-box"); elsewhere "delivery" names a course's or a service's own text
    "shipping-box": _v(parts="shipping delivery postage versand lieferung livraison expedition envio entrega "
                             "spedizione consegna verzending bezorging levering dostawa wysylka frete frakt haisou "
                             "kargo teslimat"),
}
PART_SPLIT_RE = lazy(r"[-_:./\d]+")
# A hexadecimal id among a token's segments ("elementor-element-0243ad1", "block-9f3adc2e"): a
# page builder's generated id, not a word, though splitting it at digits can spell "ad". A UUID
# ("block-ddd261f2-56d7-4daf-ad66-f086977fc075", a block editor's id for each paragraph) is one
# such id, its groups of four hex digits ("ad66") with the rest.
HEX_SEGMENT_RE = lazy(r"(?:(?<=[-_:./])|^)(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"
                      r"(?=[0-9a-f]*\d[a-f])[0-9a-f]{6,})(?=$|[-_:./])")
HEX_SEGMENT_HINT_RE = lazy(r"\d[a-f]")
# A whole token of four or five hexadecimal digits with a letter after a digit ("e1ad", "3fad"): a
# hash a publishing platform gives each paragraph as its id, not a word ("ad728" and "ad12", a
# slot's name and number, have no letter after a digit and still name an ad).
SHORT_HASH_TOKEN_RE = lazy(r"(?=[0-9a-f]*\d[a-f])[0-9a-f]{4,5}")
# Adobe Experience Manager names every component of a page "cmp-<name>" ("cmp-text", "cmp-teaser",
# "cmp-container"): a first part "cmp" is that prefix, not a consent platform (those put theirs
# after their own name: "qc-cmp2-container", "brlbs-cmp"); the name after it still counts.
COMPONENT_PREFIX_RE = lazy(r"cmp[-_]+(?=[a-z])")
# An "overlay" part beside a word of the picture it lies on ("bg-overlay", "image-overlay",
# "imgHover-overlay", "overlay-gradient") names a layer of colour or words drawn over a picture
# or a card, not a pop-up: the part names no modal there (a neighbour starting or ending so).
# Not "backdrop", "dark" or "video": a dialog's dimmed backdrop and a video pop-up are modal.
# wcxb-dev services tune 0.8468 -> 0.8473, every other half unchanged.
LAYER_PART = "overlay"
LAYER_WORDS = ("bg", "background", "image", "img", "photo", "gradient", "color", "colour", "hover")
# An "ad" part negated by its neighbour names a box free of advertisements, not one ("ad-free",
# "ads-off", "no-ads", "sans-pub", "ohne-werbung", "sin-anuncios"): the part names no advertisement.
AD_PARTS = frozenset(("ad", "ads", "pub", "werbung", "anuncios", "publicidad", "reklame", "reklama"))
AD_NEGATED_AFTER = frozenset(("free", "less", "off", "disabled", "removed", "frei", "libre", "libres"))
AD_NEGATED_BEFORE = frozenset(("no", "non", "without", "hide", "sans", "ohne", "keine", "sin", "senza", "bez",
                               "zonder", "uten", "utan"))


def _index_vocabulary() -> tuple[dict, dict, tuple, tuple, dict]:
    """Flatten CLASS_VOCABULARY into lookup tables (the first rule of a word wins)."""
    tokens: dict[str, str] = {}
    parts: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    substrings: list[tuple[str, str]] = []
    sequences: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for rule, vocab in CLASS_VOCABULARY.items():
        for word in vocab.tokens:
            tokens.setdefault(word, rule)
        for word in vocab.parts:
            parts.setdefault(word, rule)
        prefixes.extend((word, rule) for word in vocab.prefixes)
        substrings.extend((word, rule) for word in vocab.substrings)
        for seq in vocab.sequences:
            sequences.setdefault(seq[0], []).append((seq, rule))
    return tokens, parts, tuple(prefixes), tuple(substrings), sequences


_TOKENS, _PARTS, _PREFIXES, _SUBSTRINGS, _SEQUENCES = _index_vocabulary()
_ALL_PREFIXES = tuple(prefix for prefix, _ in _PREFIXES)
_SUBSTRING_HINT_RE = lazy("|".join(re.escape(word) for word, _ in _SUBSTRINGS))


def token_rule(token: str) -> str | None:
    """The rule one lower-cased class/id token names, or None (the highest-priority rule wins)."""
    if HEX_SEGMENT_HINT_RE.search(token):
        if len(token) <= 5 and SHORT_HASH_TOKEN_RE.fullmatch(token):
            return None
        token = HEX_SEGMENT_RE.sub("-", token)
    prefix = COMPONENT_PREFIX_RE.match(token) if token.startswith("cmp") else None
    if prefix:
        token = token[prefix.end():]
    parts = [p for p in PART_SPLIT_RE.split(token) if p]
    if LAYER_PART in parts:
        parts = _without_layer(parts)
    if len(parts) > 1 and not AD_PARTS.isdisjoint(parts):
        parts = without_negated_ad(parts)
    joined = "".join(parts)
    hits = [_TOKENS[token]] if token in _TOKENS else []
    for i, part in enumerate(parts):
        if part in _PARTS:
            hits.append(_PARTS[part])
        if part.startswith(_ALL_PREFIXES):
            hits.extend(rule for prefix, rule in _PREFIXES if part.startswith(prefix))
        for seq, rule in _SEQUENCES.get(part, ()):
            if tuple(parts[i:i + len(seq)]) == seq:
                hits.append(rule)
    if _SUBSTRING_HINT_RE.search(joined):
        hits.extend(rule for word, rule in _SUBSTRINGS if word in joined)
    return min(hits, key=RULE_PRIORITY.__getitem__, default=None)


def without_negated_ad(parts: list[str]) -> list[str]:
    """A token's parts without the advertisement words its neighbours negate ("ad-free", "no-ads")."""
    return [part for i, part in enumerate(parts)
            if part not in AD_PARTS
            or not (i + 1 < len(parts) and parts[i + 1] in AD_NEGATED_AFTER
                    or i and parts[i - 1] in AD_NEGATED_BEFORE)]


def _without_layer(parts: list[str]) -> list[str]:
    """A token's parts without an "overlay" that names a layer over a picture (LAYER_WORDS beside it)."""
    i = parts.index(LAYER_PART)
    if any(p.startswith(LAYER_WORDS) or p.endswith(LAYER_WORDS) for p in parts[max(i - 1, 0):i] + parts[i + 1:i + 2]):
        return parts[:i] + parts[i + 1:]
    return parts


# A page's testimonials (the quotes a shop or a service chose to show: "course-testimonial-comments",
# "widget student-testimonials") are its content, not a comment thread nor a sidebar's widget, in several
# languages ("temoignages", "testimonios", "testimonianze", "testemunhos").
TESTIMONIAL_WORDS = r"testimonial|temoignage|témoignage|testimonio|testimonianz|testemunho"
# Blocks that look like chrome by class but hold article parts (pull quotes in
# <aside>, article bodies whose class mentions "post"...
BODY_CLASS_RE = lazy(
    r"articlebody|article-?body|article__body|article-?content|article-?text|entry-?content|"
    r"post-?content|post-?body|post__content|story-?body|story-?content|body-?text|field-?name-?body|"
    r"field--name-body|rich-?text|c-entry-content|articletext|article__content|article-?main",
)
# Embedded posts (tweets, Instagram...) are block quotations of the article (DESIGN.md).
EMBED_CLASS_RE = lazy(
    r"(?:social|media|tweet|post|twitter|instagram|facebook|tiktok|mastodon|bluesky)-?(?:media-?)?embed|"
    r"embed-?(?:tweet|post|social)|twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed",
)
# Class/id words that say "the article", in several languages (see ARTICLE_GUARD_SHARE).
ARTICLE_CLASS_RE = lazy(
    r"article|story|entry|post|blog|content|artikel|inhalt|contenu|contenido|testo|tresc|bericht",
)
KEEP_RE = lazy(r"pull-?quote|pullquote|blockquote|funding|acknowledg|"
                     + TESTIMONIAL_WORDS + "|"
                     + BODY_CLASS_RE.pattern + "|" + EMBED_CLASS_RE.pattern)

# What links to skip-targets say, in several languages ("Back to top ^").
SKIP_TEXT_RE = lazy(
    r"^\W*(back to top|to top|top of page|skip to (main )?content|skip to navigation|jump to|"
    r"nach oben|zum seitenanfang|haut de (la )?page|retour en haut|volver arriba|torna su|do góry|naar boven|"
    r"zurück nach oben|ir arriba|voltar ao topo|terug naar boven|till toppen|tillbaka till toppen|til toppen|"
    r"tilbage til toppen|nahoru|zpět nahoru|takaisin ylös|sivun alkuun|wróć na górę|powrót na górę|наверх|вгору|başa dön|yukarı çık|ページトップへ|ページの先頭へ|トップへ戻る|"
    r"返回顶部|回到顶部|回到頂部|맨 위로|العودة إلى الأعلى|zum inhalt springen|aller au contenu|ir al contenido|"
    r"vai al contenuto|pular para o conteúdo|naar de inhoud|przejdź do treści|hoppa till innehållet|"
    r"перейти к содержанию|перейти до вмісту|içeriğe geç|kembali ke atas|lewati ke konten|langsung ke konten|"
    r"lên đầu trang|về đầu trang|chuyển đến nội dung|بازگشت به بالا|برو به بالا|پرش به محتوا|înapoi sus|"
    r"salt la conținut|επιστροφή στην κορυφή|μετάβαση στο περιεχόμενο|vissza a tetejére|ugrás a tartalomhoz|"
    r"חזרה למעלה|לראש העמוד|דלג לתוכן|กลับไปด้านบน|กลับสู่ด้านบน|ข้ามไปยังเนื้อหา)\W*$",
    re.I,
)

# A block the related rule names for its "read more" words ("content-toggle-read-more") that holds
# a paragraph of sentences, not links, is the text a "Read more" button unfolds (a product's
# description), not a link to more stories.
READ_MORE_NAME_RE = lazy(r"read-?more|readmore", re.I)
MAX_READ_MORE_LINK_DENSITY = 0.25
# On an article, a block named for related links that holds, as one of its children, a block of
# the text's own paragraphs (this many characters of sentences, no more than this share of them
# links) is a wrapper of that text and of the related box beside it: the box goes by its own name,
# the text stays (and so does a block so named that is such text, without one link). A related
# box's cards hold a linked title each, and an excerpt shorter than this. (Not off articles: a
# service page's carousel of cards has its heading and "View all" link beside its slides.)
MIN_RELATED_WRAPPER_PROSE = 400
MAX_RELATED_WRAPPER_LINK_DENSITY = 0.1
# ...beside a child this much links at least, the box (a box of teaser cards whose excerpts
# are text, with no such child, is one box, and goes).
MIN_RELATED_BOX_LINK_DENSITY = 0.25
# A block the skip-link class words name ("skip-to-products") that holds more text than this is
# where the skip link leads (the page's content), not the link: a link says "Skip to content".
MAX_SKIP_LINK_CHARS = 80

# What a heading's permalink anchor shows.
PERMALINK_TEXTS = frozenset(("¶", "§", "#", "🔗", "⚓", "link", ""))
# A forum post's number, linking to the post itself ("#12" in its header): the whole text of a
# link (or of the one element inside it). A Chinese board numbers its floors after the number
# ("5#", "5楼", Discuz!'s default and its like) and names its first four, as Discuz!'s default
# settings word them (FLOOR_NAMES, simplified and traditional): the opening post, then the first,
# second and third reply. A board may word the number and count the thread's posts after it ("Post
# #2 of 7"): the same number.
POST_NUMBER_RE = lazy(r"\s*(?:(?:post\s*)?#\d{1,6}(?:\s+of\s+\d{1,6})?|\d{1,6}\s*[#楼樓]|楼主|樓主|沙发|沙發|板凳|地板)\s*",
                      re.IGNORECASE)
FLOOR_NAMES = {"楼主": 1, "樓主": 1, "沙发": 2, "沙發": 2, "板凳": 3, "地板": 4}
FLOOR_MARKS = ("#", "楼", "樓")
# The last character of a post's number written other than "#12": a floor's mark, or the last of a
# floor's name (read before POST_NUMBER_RE is asked: most links end otherwise).
POST_NUMBER_ENDS = frozenset("#楼樓主发發凳板")
# Numbers that follow each other on the page (#4, #5, #6): a thread's posts, not a ranking's
# "#1" nor a change log's issue numbers
MIN_POST_NUMBERS = 3

# Literals every FUNDING_HINT_RE match contains.
FUNDING_HINT_WORDS = ("supported", "funded", "financed", "funding", "grant", "acknowledg", "gefördert", "förderung",
                      "financ", "subvencion", "finanziat", "finansowan")
FUNDING_HINT_RE = lazy(
    r"(?:supported|funded|financed) (?:in part )?by|funding|grant|acknowledg|"
    r"gefördert|förderung|financ[ée]|financement|subvencion|financiad|finanziat|finansowan",
    re.I,
)
# The same words, where they must outweigh class words that name a block as chrome (the main-text
# guard: an author bio, a comment, a sidebar): only words a funding statement uses. "grant" as a
# word ("under grant 12"), not inside "immigrant"; the French participle "financé", not the English
# noun "finance" (a bio's "writes about personal finance"); an "Acknowledgements" section or
# acknowledging support or funding, not "acknowledge our privacy policy" or a reader's "the
# developers acknowledged the bug". (A list of links keeps the looser hint: no class word names it.)
FUNDING_STATEMENT_HINT_RE = lazy(
    r"(?:supported|funded|financed) (?:in part )?by|funding|\bgrant|"
    r"acknowledge?ments?\b|acknowledg(?:e|es|ed|ing)\b[^.!?]{0,60}?\b(?:support|funding|grant|assistance)|"
    r"gefördert|förderung|financé|financement|subvencion|financiad|finanziat|finansowan",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def guard_words(names: str) -> tuple[bool, bool]:
    """(class/id says keep, class/id says article) for a lower-cased "class id" string, cached.

    KEEP_RE's alternatives are literals once "-" and "_" are dropped: substring tests
    give the same answer without compiling the pattern on every run."""
    squashed = names.replace("-", "").replace("_", "")
    keep = any(map(squashed.__contains__, KEEP_LITERALS))
    return keep, ARTICLE_CLASS_RE.search(names) is not None


# KEEP_RE's words with "-" and "_" dropped (tests/test_rules.py checks they agree).
KEEP_LITERALS = (
    "pullquote", "blockquote", "funding", "acknowledg", "articlebody", "articlecontent", "articletext",
    "entrycontent", "postcontent", "postbody", "storybody", "storycontent", "bodytext", "fieldnamebody",
    "richtext", "articlemain", "socialembed", "mediaembed", "tweetembed", "postembed", "twitterembed",
    "instagramembed", "facebookembed", "tiktokembed", "mastodonembed", "blueskyembed", "socialmediaembed",
    "embedtweet", "embedpost", "embedsocial", "twittertweet", "instagrammedia", "fbpost",
    "testimonial", "temoignage", "témoignage", "testimonio", "testimonianz", "testemunho",
)


def class_rule(names: str) -> str | None:
    """The rule a class/id string names; cached, since pages repeat their class strings."""
    rule = _CLASS_RULE_CACHE.get(names, "")
    if rule != "":
        return rule
    if len(_CLASS_RULE_CACHE) > MAX_CACHED_CLASSES:
        _CLASS_RULE_CACHE.clear()
    found = [_cached_token_rule(ARBITRARY_VALUE_RE.sub("", t) if "[" in t else t) for t in names.lower().split()
             if not MODIFIER_RE.match(t) and not HASHED_TOKEN_RE.match(t) and not CONTROL_TOKEN_RE.search(t)]
    rule = min((r for r in found if r), key=RULE_PRIORITY.__getitem__, default=None)
    _CLASS_RULE_CACHE[names] = rule
    return rule


# An id made from the element's own words ("how-to-choose-a-social-media-tool" on the heading
# "How to Choose a Social Media Tool", "h-2-3-best-time-to-visit" on a section under its
# heading) names no role: its words are the text's, not a class word ("social", "time", "popular").
# It is such a slug when SLUG_MIN_WORDS or more of its words (its runs of letters: digits and
# punctuation such as quotes part them) run in the text's first SLUG_TEXT_CHARS characters word
# for word, with at most one part before them and one after (a "h-" or "section-" prefix, a
# counter).
SLUG_MIN_WORDS = 4
# A shorter id, of 2 or 3 words, is a slug only when it is the element's whole text.
SHORT_SLUG_MIN_WORDS = 2
SLUG_TEXT_CHARS = 300
SLUG_WORD_RE = lazy(r"[^\W\d_]+")
# Slugs drop a word's apostrophe ("you're" -> "youre") or cut the word there ("you-re"), and write
# "&" as "amp" (the escaped "&amp;"), "and" or nothing: the text is read both ways at its
# apostrophes, and these joiners are left out of both sides (the id still needs SLUG_MIN_WORDS parts).
SLUG_APOSTROPHE_RE = lazy(r"(?<=\w)['’ʼ](?=\w)")
SLUG_JOINERS = frozenset(("amp", "and"))
# A section (a documentation engine's <section id="sorting-old-comments"> or <div
# class="section">) whose id is the slug of the heading that opens it: its id names no role either.
SLUG_SECTION_TAGS = frozenset(("section", "div", "article"))
# ...its heading may come after empty anchors that carry the section's older ids ("<span
# id=interleaved-replies></span><h2>…"), at most this many; and a heading that holds the link to
# its own section ("<a class=headerlink href='#cookies'>¶</a>", to the section's id or to one of
# those anchors') makes the id the heading's, one word ("cookies") or a prefixed one ("s-widgets")
# too: a documentation engine's permalink, where a comment thread's "comments" links nowhere.
MAX_SLUG_ANCHORS = 2
# ...and a design system wraps the heading in boxes ("<section id=…><div><div><h2 id=…>…</h2><a
# href='#…'>"), its permalink the link right after it, to the heading's own id: this many levels down.
SLUG_HEADING_LEVELS = 4


def id_is_slug(ident: str, leading_text: Callable[[int], str]) -> bool:
    """Is this id the slug of the element's own text (see SLUG_MIN_WORDS)? `leading_text(n)`
    gives the element's first n characters (read only when the id has words enough)."""
    parts = SLUG_WORD_RE.findall(ident.lower())
    if len(parts) < SLUG_MIN_WORDS:
        return len(parts) >= SHORT_SLUG_MIN_WORDS and _is_whole_slug(parts, leading_text)
    text = leading_text(SLUG_TEXT_CHARS).lower()
    readings = (text, SLUG_APOSTROPHE_RE.sub("", text)) if SLUG_APOSTROPHE_RE.search(text) else (text,)
    for reading in readings:
        words = [word for word in SLUG_WORD_RE.findall(reading) if word not in SLUG_JOINERS]
        for start in (0, 1):
            for end in (len(parts), len(parts) - 1):
                run = parts[start:end]
                words_of_run = [p for p in run if p not in SLUG_JOINERS]
                if len(run) >= SLUG_MIN_WORDS and words_of_run and _runs_in(words_of_run, words):
                    return True
            if _opens_with(parts[start:], words):
                return True
    return False


def _is_whole_slug(parts: list[str], leading_text: Callable[[int], str]) -> bool:
    """Is a short id (2-3 words) the slug of the element's whole text, word for word, one prefix
    part ("h-") aside? ("h-safety-equipment" on "Safety Equipment", "10-social-media" on
    "10. Social media")"""
    words = SLUG_WORD_RE.findall(leading_text(SLUG_TEXT_CHARS).lower())
    return words == parts or (len(parts) > SHORT_SLUG_MIN_WORDS and words == parts[1:])


def _opens_with(parts: list[str], words: list[str]) -> bool:
    """Do the id's parts and the text open with the same SLUG_MIN_WORDS words (joiners aside)? A
    heading reworded after its slug was made keeps the slug's first words ("...-app-now-with-x"
    on "... app"), and markup in a title leaves its tag's name in the slug's last parts."""
    opening = [p for p in parts if p not in SLUG_JOINERS][:SLUG_MIN_WORDS]
    return len(opening) == SLUG_MIN_WORDS and words[:SLUG_MIN_WORDS] == opening


def _runs_in(run: list[str], words: list[str]) -> bool:
    size = len(run)
    return any(words[i:i + size] == run for i in range(len(words) - size + 1) if words[i] == run[0])


def _cached_token_rule(token: str) -> str | None:
    rule = _TOKEN_RULE_CACHE.get(token, "")
    if rule == "":
        if len(_TOKEN_RULE_CACHE) > MAX_CACHED_CLASSES:
            _TOKEN_RULE_CACHE.clear()
        rule = _TOKEN_RULE_CACHE[token] = token_rule(token)
    return rule


RULE_PRIORITY = {rule: i for i, rule in enumerate(CLASS_VOCABULARY)}
# The words of a class or an id that mark a forum's or a comment thread's post, split at hyphens and underscores
# ("post", "forum-reply", "comment_body", "kommentar", "reactie", "wpis", "ответ"): the comment rule's words and a
# post's, a reply's, a message's and a thread's.
FORUM_POST_WORDS = CLASS_VOCABULARY["comments"].parts | frozenset((
    "post", "posts", "postbody", "reply", "message", "messages", "forum", "thread", "topic", "beitrag", "antwort",
    "commento", "reponse", "réponse", "respuesta", "risposta", "reactie", "bericht", "wpis", "odpowiedz", "комментарий",
    "ответ", "сообщение",
))
_TOKEN_RULE_CACHE: dict[str, str | None] = {}


# Class tokens that describe a state of the element rather than what it is:
# "has-sidebar", "with-comments", "non-ad-column", "no-ads", "is-sticky-nav"; also written as a BEM
# modifier, after its block's name or alone ("hero--with-breadcrumbs", "__with-breadcrumbs" beside
# "hero-banner"): the block holds a trail, it is none.
MODIFIER_RE = lazy(r"(?:[-_]+|[a-z0-9_-]*?--)?(?:has|with|without|no|non|not|show|enable|disable|allow|can|js)[-_]")
# ...and tokens that set a feature of the page on or off ("sidebar-visible--false", "comments-disabled").
FLAG_TOKEN_RE = lazy(r"[-_](?:enabled|disabled|false|true)$")


def role_names(names: str) -> str:
    """A lower-cased class/id string without its state tokens (MODIFIER_RE, FLAG_TOKEN_RE): "content
    no-sidebar" and "main sidebar-visible--false" name no sidebar."""
    if "-" not in names and "_" not in names:
        return names
    return " ".join(t for t in names.split() if not MODIFIER_RE.match(t) and not FLAG_TOKEN_RE.search(t))


# Generated class names of CSS-in-JS libraries ("css-1ntr8ad", "sc-bdVaJa", "e1x2y3z0"):
# their parts are hashes, and a hash can spell "ad".
HASHED_TOKEN_RE = lazy(r"(?:css|sc|jsx|svelte|emotion|tw|chakra)-(?=[a-z0-9]*\d)[a-z0-9]{4,}$|e\d[a-z0-9]{4,}$")
# The control that opens or targets something is not that thing ("profile-hover-card-target",
# "modal-trigger", "menu-toggle" hold a name or a label, not the overlay).
CONTROL_TOKEN_RE = lazy(r"[-_](?:trigger|target|toggle|opener|open)$")
# A utility class's arbitrary value, in brackets ("top-[var(--nav-height)]", "bg-[url(/img/ad.png)]",
# "h-[calc(100vh-var(--header))]"), is a CSS value, not a name: its words name no role.
ARBITRARY_VALUE_RE = lazy(r"\[[^\]]*\]")
MAX_CACHED_CLASSES = 50_000
_CLASS_RULE_CACHE: dict[str, str | None] = {}



# ---------------------------------------------------------------- words inside the body
# Tailwind's utilities: a text size or a palette colour of any part ("text-sm", "md:text-2xl",
# "text-gray-600", "bg-slate-800", "border-zinc-200/80"), no other framework's names. In a class
# list that holds one, every typography utility ("text-sm", "text-center", "text-white") is a size,
# a colour or an alignment, said of a cookie bar, a footer or a card as much as of an article:
# "text" in them names no content (POSITIVE_RE). (A class list without one keeps "text-center":
# older sites' own names, read as they always were.)
_TAILWIND_PALETTE = (r"(?:gray|grey|slate|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|"
                     r"sky|blue|indigo|violet|purple|fuchsia|pink|rose)-\d{2,3}")
TAILWIND_CLASS_RE = lazy(
    rf"(?<![\w-])(?:[\w-]+:)*(?:text-(?:xs|sm|base|lg|\d?xl)|(?:text|bg|border|ring|from|via|to|fill|stroke|"
    rf"divide|outline|decoration|accent|shadow)-{_TAILWIND_PALETTE})(?:/\d+)?(?![\w-])",
)
TAILWIND_TEXT_RE = lazy(
    rf"(?<![\w-])(?:[\w-]+:)*text-(?:xs|sm|base|lg|\d?xl|left|right|center|justify|start|end|white|black|"
    rf"{_TAILWIND_PALETTE})(?:/\d+)?(?![\w-])",
)
# Class/id words that say "article body" or "not article", in several languages.
POSITIVE_RE = lazy(
    r"article|body|content|entry|main|post|story|text|blog|prose|rich-?text|markdown|"
    r"artikel|inhalt|contenu|contenido|testo|tresc|bericht|page-?content",
)
NEGATIVE_RE = lazy(
    r"comment|meta|footer|footnote|sidebar|widget|related|share|social|sponsor|promo|"
    r"banner|nav|menu|masthead|byline|author|dateline|caption|credit|tags|subscribe|newsletter|"
    r"header|extra|citation|bibliograph|licen[cs]e|rights|permission|reprint",
)

URL_TEXT_RE = lazy(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
# The label of an advertisement or of sponsored content, in several languages: a label (LABELS),
# and, first in a short box, the box's name (AD_BOX_TAGS).
AD_LABELS = frozenset((
    "advertisement", "advertising", "advert", "ad", "ads", "sponsored", "sponsored content", "anzeige", "werbung",
    "publicité", "publicite", "publicidad", "pubblicità", "pubblicita", "reklama", "advertentie", "iklan",
    "publicidade", "anúncio", "annons", "annonce", "annonse", "mainos", "kaupallinen yhteistyö", "реклама", "reklam", "広告", "廣告", "광고",
    "gesponsert", "sponsorisé", "contenu sponsorisé", "patrocinado", "contenido patrocinado", "sponsorizzato",
    "gesponsord", "sponsorowane", "artykuł sponsorowany", "sponsrat", "konten bersponsor", "quảng cáo",
    "nội dung được tài trợ", "تبلیغات", "آگهی", "publicitate", "reclamă", "conținut sponsorizat", "διαφήμιση",
    "χορηγούμενο", "hirdetés", "szponzorált", "szponzorált tartalom", "פרסומת", "תוכן ממומן", "โฆษณา",
    "विज्ञापन", "प्रायोजित", "বিজ্ঞাপন", "اشتہار",  # Hindi (and sponsored), Bengali, Urdu
    "广告", "推广", "赞助", "贊助", "إعلان", "publicitat",  # simplified Chinese (and promoted, sponsored), Arabic, Catalan
))
# The label over a box of the site's most read (or viewed, shared, recommended) stories, in several languages:
# a label (LABELS), and the head of a box of teasers on any page (_most_read_box).
MOST_READ_LABELS = frozenset((
    # (not "most popular", nor "sign in" and its like: a listing's heading, a shop's link that a
    # page's text keeps; wcxb-dev listings and products fell with them)
    "most read", "meistgelesen", "meistgelesene artikel", "les plus lus", "lo más leído",
    "más leídas", "i più letti", "più letti", "mais lidas", "as mais lidas", "meest gelezen",
    "najczęściej czytane", "mest lästa", "mest læste", "mest lest", "nejčtenější", "самое читаемое",
    "most viewed", "most shared", "most commented", "meistgesehen", "meistkommentiert", "les plus partagés",
    "les plus commentés", "lo más visto", "más vistos", "lo más compartido", "i più visti", "i più condivisi",
    "mais vistos", "mais vistas", "mais compartilhadas", "meest bekeken", "najczęściej oglądane", "nejsledovanější",
    "самое просматриваемое", "самое обсуждаемое", "en çok izlenenler", "en çok paylaşılanlar",
    "よく読まれている記事", "アクセスランキング", "阅读排行", "点击排行", "热门排行", "많이 본 기사",
    "الأكثر مشاهدة", "الأكثر تداولا", "xem nhiều", "پربحث‌ترین",
    "найчитаніше", "en çok okunanlar", "人気記事", "热门文章", "熱門文章", "많이 본 뉴스",
    "الأكثر قراءة", "paling banyak dibaca", "đọc nhiều nhất", "xem nhiều nhất", "tin đọc nhiều",
    "پربازدیدترین", "پربازدیدترین‌ها", "پربازدیدترین ها", "cele mai citite",
    "πιο διαβασμένα", "πιο διαβασμενα", "legolvasottabb", "legolvasottabb cikkek", "הנקראים ביותר", "הכי נקראים", "ข่าวยอดนิยม",
    "อ่านมากที่สุด", "luetuimmat", "luetuimmat uutiset", "mest leste",
    "सबसे ज़्यादा पढ़ी गई", "सबसे ज्यादा पढ़ी गई", "सबसे अधिक पढ़ी गई", "सबसे ज़्यादा पढ़ी गईं", "सबसे ज्यादा पढ़े गए",
    "সবচেয়ে বেশি পঠিত", "সর্বাধিক পঠিত", "zinazosomwa zaidi",
    # ...and the site's picks ("Recommended"), as a box's head (not Turkish "önerilen": a sort order too)
    "προτεινόμενα", "empfohlen", "empfehlungen", "recommandés", "recomendados", "recomendadas", "consigliati",
    "aanbevolen", "polecane", "rekommenderat", "anbefalt", "suositellut", "рекомендуем", "рекомендуемые",
    "おすすめ記事", "推荐文章", "추천 기사",
))
# The head of a box of the site's latest posts, as blog engines and their widgets word it: a box's
# head only (_box_head), not a label on its own (a blog's front page heads its list so).
RECENT_POSTS_LABELS = frozenset((
    "recent posts", "latest posts", "recent articles", "latest articles", "neueste beiträge", "neueste artikel",
    "articles récents", "derniers articles", "entradas recientes", "artículos recientes", "últimos artículos",
    "post recenti", "articoli recenti", "ultimi articoli", "posts recentes", "artigos recentes", "últimos artigos",
    "recente berichten", "recente artikelen", "najnowsze wpisy", "najnowsze artykuły", "senaste inläggen",
    "seneste indlæg", "siste innlegg", "uusimmat artikkelit", "viimeisimmät artikkelit", "последние записи",
    "последние статьи", "останні записи", "son yazılar", "最近の投稿", "最新文章", "最新記事", "최근 글",
    "أحدث المقالات", "أحدث التدوينات", "πρόσφατες αναρτήσεις", "πρόσφατα άρθρα", "legújabb bejegyzések",
    "articole recente", "פוסטים אחרונים", "bài viết mới nhất", "artikel terbaru", "tulisan terbaru",
    "नवीनतम पोस्ट", "সাম্প্রতিক পোস্ট", "บทความล่าสุด",
))
# ...and the latest news, or the other news, as a news site's side box names them beside a story (on
# a news site's front page or a listing, the same head is over its content: article pages only).
LATEST_NEWS_LABELS = frozenset((
    "latest news", "recent news", "other news", "more news", "neueste nachrichten", "weitere nachrichten",
    "dernières nouvelles", "dernières actualités", "autres actualités", "últimas noticias", "otras noticias",
    "ultime notizie", "altre notizie", "últimas notícias", "outras notícias", "laatste nieuws", "ander nieuws",
    "najnowsze wiadomości", "последние новости", "другие новости", "останні новини", "son haberler",
    "ultimele știri", "berita terbaru", "tin mới nhất", "最新消息", "最新新闻", "最新ニュース", "최신 뉴스",
    "أحدث الأخبار", "ताजा समाचार", "ताज़ा समाचार", "ताजा खबरें", "ताज़ा ख़बरें", "अन्य समाचार", "अन्य खबरें",
    "সর্বশেষ সংবাদ", "ข่าวล่าสุด", "ข่าวอื่น ๆ", "ข่าวอื่นๆ",
))
# What a shop's cart, bag, wish list or recently-viewed box says while it is empty, in several
# languages: the box's state on the page as saved, never a line of a page's text (a label).
EMPTY_STATE_LABELS = frozenset((
    "your cart is empty", "your cart is currently empty", "your shopping cart is empty", "your bag is empty",
    "your shopping bag is empty", "your basket is empty", "your wishlist is empty", "your wish list is empty",
    "no products in the cart", "no products in your cart", "there are no items in your cart",
    "you have no items in your shopping cart", "you have no items in your cart", "you have no recently viewed items",
    "you have no recently viewed products", "you have no recently viewed pages", "no recently viewed items",
    "no recently viewed products", "ihr warenkorb ist leer", "dein warenkorb ist leer", "der warenkorb ist leer",
    "es befinden sich keine produkte im warenkorb", "votre panier est vide", "le panier est vide",
    "aucun produit dans le panier", "tu carrito está vacío", "su carrito está vacío", "el carrito está vacío",
    "no hay productos en el carrito", "il carrello è vuoto", "il tuo carrello è vuoto", "nessun prodotto nel carrello",
    "seu carrinho está vazio", "o carrinho está vazio", "o seu carrinho está vazio", "nenhum produto no carrinho",
    "je winkelwagen is leeg", "uw winkelwagen is leeg", "twój koszyk jest pusty", "koszyk jest pusty",
    "din varukorg är tom", "varukorgen är tom", "din kurv er tom", "handlekurven din er tom", "handlekurven er tom",
    "ostoskorisi on tyhjä", "ostoskori on tyhjä", "váš košík je prázdný", "košík je prázdný", "ваша корзина пуста",
    "корзина пуста", "ваш кошик порожній", "кошик порожній", "sepetiniz boş", "sepetinizde ürün bulunmamaktadır",
    "カートに商品がありません", "カートは空です", "買い物かごに商品がありません", "购物车是空的", "购物车为空",
    "購物車是空的", "購物車內沒有商品", "장바구니가 비어 있습니다", "장바구니에 담긴 상품이 없습니다",
    "최근 본 상품이 없습니다", "سلة التسوق فارغة", "سلتك فارغة", "سبد خرید شما خالی است", "העגלה שלך ריקה",
    "το καλάθι σας είναι άδειο", "a kosár üres", "coșul tău este gol", "coșul de cumpărături este gol",
    "giỏ hàng của bạn đang trống", "keranjang belanja anda kosong", "keranjang anda kosong",
))
# Standalone labels that are never article text, in several languages, after
# lower-casing and trimming punctuation (a set: a pattern of them all compiled
# slower than most pages clean).
LABELS = frozenset((
    *AD_LABELS,
    *EMPTY_STATE_LABELS,
    "share", "share this", "share this article", "share this story", "like this", "tweet", "teilen", "partager",
    "compartir", "condividi", "udostępnij", "related", "related articles", "related stories", "read more",
    "read next", "continue reading", "mehr lesen", "lire la suite", "leer más", "leggi anche",
    "click here to subscribe", "click here to sign up", "subscribe", "subscribe now", "sign up", "follow us",
    "image", "photo", "loading", "please enable javascript", "comment", "comments", "kommentar", "kommentare",
    "commentaire", "commentaires", "comentario", "comentarios", "text size", "view all", "you may also like",
    "you might also like", "you may also enjoy", "you might also enjoy", "more like this", "das könnte ihnen auch gefallen",
    "vous aimerez aussi", "vous aimerez peut-être aussi", "también te puede interesar", "te puede interesar",
    "potrebbe interessarti anche", "ti potrebbe interessare", "misschien ook interessant", "może cię zainteresować",
    "don't miss", "don’t miss", "dont miss", "explore further", "recommended", "recommended for you",
    "is this page useful", "was this page useful", "is this article helpful", "was this article helpful",
    "was this page helpful", "war dieser artikel hilfreich", "cet article vous a-t-il été utile",
    # ...the same question under a documentation page, in more languages
    "war diese seite hilfreich", "cette page vous a-t-elle été utile", "¿te resultó útil esta página",
    "¿fue útil esta página", "¿le resultó útil esta página", "esta página foi útil", "esta página foi útil para você",
    "questa pagina è stata utile", "was deze pagina nuttig", "is deze pagina nuttig", "czy ta strona była pomocna",
    "var den här sidan till hjälp", "var denne side nyttig", "var denne siden nyttig", "oliko tästä sivusta apua",
    "byla tato stránka užitečná", "была ли эта страница полезной", "чи була ця сторінка корисною",
    "bu sayfa yardımcı oldu mu", "bu sayfa faydalı oldu mu", "apakah halaman ini membantu", "trang này có hữu ích không",
    "هل كانت هذه الصفحة مفيدة", "هل كانت هذه المقالة مفيدة", "آیا این صفحه مفید بود", "האם הדף הזה עזר לך",
    "האם העמוד הזה עזר לך", "このページは役に立ちましたか", "このページは参考になりましたか", "这个页面有帮助吗",
    "此页面是否有帮助", "這個頁面有幫助嗎", "이 페이지가 도움이 되었나요", "이 페이지가 도움이 되었습니까",
    "क्या यह पेज मददगार था", "क्या यह पृष्ठ उपयोगी था", "a fost utilă această pagină", "hasznos volt ez az oldal",
    "ήταν χρήσιμη αυτή η σελίδα", "หน้านี้มีประโยชน์หรือไม่",
    # ...and its other form, "did you find what you were looking for?", as public services ask it
    "did you find what you were looking for", "did you find the information you were looking for",
    "did you find what you needed", "haben sie gefunden, wonach sie gesucht haben",
    "hast du gefunden, wonach du gesucht hast", "avez-vous trouvé ce que vous cherchiez",
    "avez-vous trouvé l'information que vous cherchiez", "¿encontraste lo que buscabas",
    "¿encontró lo que buscaba", "encontrou o que procurava", "hai trovato quello che cercavi",
    "vond je wat je zocht", "heeft u gevonden wat u zocht", "hittade du det du sökte",
    "hittade du informationen du letade efter", "fandt du det, du ledte efter", "fant du det du lette etter",
    "löysitkö etsimäsi", "löysitkö etsimäsi tiedon", "löysitkö hakemasi tiedon", "leidsid otsitava",
    "czy znalazłeś to, czego szukałeś", "našli jste, co jste hledali", "нашли ли вы то, что искали",
    # "read also" boxes in several languages and scripts
    "read also", "also read", "see also", "see more", "watch more", "more on this", "more on this story", "related story", "related content", "recommended reading",
    "lee también", "lea también", "ver también", "leia também", "leia mais", "lesen sie auch", "mehr zum thema",
    "zum thema", "das könnte sie auch interessieren", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi",
    "czytaj także", "czytaj też", "zobacz też", "zobacz także", "lees ook", "läs också", "les også",
    "اقرأ أيضا", "اقرأ أيضاً", "إعلان", "الوسوم", "广告", "相关新闻", "相关阅读", "推荐阅读", "関連記事", "スポンサーリンク",
    "advertisement ·", "reklama", "pubblicità", "live", "live updates", "breaking", "breaking news",
    # a shop's buttons, and the buttons that load more of a list: labels, no text
    "shop now", "jetzt kaufen", "jetzt einkaufen", "acheter maintenant", "comprar ahora", "acquista ora",
    "nu kopen", "kup teraz", "add to cart", "add to bag", "add to basket", "in den warenkorb", "ajouter au panier",
    "añadir al carrito", "aggiungi al carrello", "in winkelwagen", "dodaj do koszyka", "show more", "load more",
    "mehr anzeigen", "mehr laden", "voir plus", "afficher plus", "ver más", "mostrar más", "mostra altro",
    "carica altri", "toon meer", "meer laden", "pokaż więcej", "załaduj więcej",
    # a shop's item card: its compare box, its quick-look button and its stock or novelty badge
    # (not "sold out" nor "out of stock": a product page's text says them)
    "compare", "add to compare", "comparer", "vergleichen", "comparar", "confronta", "vergelijken",
    "quick view", "quick shop", "quick add", "schnellansicht", "aperçu rapide", "vista rápida",
    "in stock", "low stock", "auf lager", "en stock", "disponible", "op voorraad", "new arrival",
    # ...its stock line as a shop engine's language packs word "In stock" (Italian, Spanish, Portuguese,
    # Polish, Czech, Nordic, Finnish, Hungarian, Romanian, Turkish, Greek, Russian, Ukrainian, Hebrew,
    # Arabic, Vietnamese, Indonesian, Thai, Japanese, Chinese, Korean)
    "disponibile", "hay existencias", "em estoque", "em stock", "na stanie", "skladem", "i lager", "på lager",
    "varastossa", "készleten", "în stoc", "stokta var", "σε απόθεμα", "διαθέσιμο σε απόθεμα", "в наличии",
    "є в наявності", "в наявності", "במלאי", "متوفر في المخزون", "còn hàng", "stok tersedia", "มีสินค้า",
    "在庫あり", "有货", "有貨", "재고 있음",
    "top rated", "calculate shipping",
    # a question-and-answer thread's controls: under each post, and the box after the answers
    "improve this answer", "improve this question", "add a comment", "ask question", "ask a question",
    "related questions", "explore related questions", "similar questions", "answer this question",
    "kommentar hinzufügen", "frage stellen", "ajouter un commentaire", "poser une question",
    "añadir un comentario", "agregar un comentario", "hacer una pregunta", "aggiungi un commento", "fai una domanda",
    "reactie toevoegen", "stel een vraag", "dodaj komentarz", "zadaj pytanie",
    # ...and the box a Stack Exchange-style thread sets after its answers, each line its own block
    # (the engine's English strings; its localized sites' wording is unverified, so not listed)
    "start asking to get answers", "find the answer to your question by asking",
    "see similar questions with these tags",
    # the box that opens a comment's composer under a social post, its placeholder alone ("Write a
    # public comment…")
    "write a comment", "write a public comment", "write a reply", "tulis komentar", "tulis komentar publik",
    "tulis balasan", "schreibe einen kommentar", "kommentar schreiben", "écrire un commentaire",
    "écrivez un commentaire", "escribe un comentario", "escreva um comentário", "scrivi un commento",
    "schrijf een reactie", "napisz komentarz", "напишите комментарий", "yorum yaz",
    # a comment's or a forum post's buttons
    "reply", "antworten", "répondre", "responder", "rispondi", "odpowiedz", "beantwoorden", "ответить",
    "відповісти", "yanıtla", "返信", "回复", "답글", "balas", "trả lời", "răspunde", "הגב", "ตอบกลับ",
    "reply with quote", "multi-quote", "multiquote", "report post", "mit zitat antworten", "répondre en citant",
    "responder citando", "rispondi citando", "odpowiedz z cytatem",
    # a bulletin board's (SMF's) line under each post, that the post was logged, and its link to report
    # the post, as its language packs word them (not Spanish "en línea": a presence word, "online")
    "logged", "gespeichert", "journalisée", "journalisé", "записан", "zapisane",
    "report to moderator", "moderator informieren", "signaler au modérateur", "reportar al moderador",
    "сообщить модератору", "zgłoś do moderatora",
    # a bulletin board's (vBulletin's) box under the posts of what the reader may do there, a line
    # each, its clock line, and the thread's tools over the posts (vBulletin's, MyBB's), as the
    # engines word them in English
    "you may post new threads", "you may not post new threads", "you may post replies", "you may not post replies",
    "you may post attachments", "you may not post attachments", "you may edit your posts", "you may not edit your posts",
    "bb code is on", "bb code is off", "smilies are on", "smilies are off", "img] code is on", "img] code is off",
    "video] code is on", "video] code is off", "html code is on", "html code is off", "trackbacks are on",
    "trackbacks are off", "pingbacks are on", "pingbacks are off", "refbacks are on", "refbacks are off",
    "posting permissions", "all times are gmt", "all times are utc", "thread tools", "display modes",
    "linear mode", "threaded mode", "hybrid mode", "view a printable version", "show printable version",
    "users browsing this thread", "users who are viewing this thread",
    # ...and the heading of a bulletin board's (phpBB's) box of who is online under the posts, as its
    # language packs word it (English, Russian, German, French, Spanish, whose "¿" the trim keeps;
    # Italian, Dutch, Polish, Brazilian Portuguese, Czech, Turkish, Malay, Indonesian)
    "who is online", "кто сейчас на конференции", "wer ist online", "qui est en ligne", "¿quién está conectado", "quién está conectado",
    "chi c’è in linea", "chi c'è in linea", "wie is er online", "kto jest online", "quem está online", "kdo je online",
    "kimler çevrimiçi", "siapa dalam talian", "siapa yang online",
    # ...and the trigger of its forum jump box under the posts, in its language packs' words (English,
    # German; FluxBB's says the same), vBulletin 3's heading of its box of what the reader may do
    # ("Posting Rules"), and the button that unfolds a long quoted post (Invision's "Expand",
    # XenForo's "Click to expand...")
    "jump to", "gehe zu", "posting rules", "expand", "click to expand",
    # ...and a Chinese board's (Discuz!'s) links by each post, to read one poster's posts, the thread
    # newest first or oldest first, and in its reading mode, as its templates and its mobile language
    # pack word them, simplified and traditional
    "只看该作者", "只看該作者", "只看楼主", "只看樓主", "倒序浏览", "倒序瀏覽", "正序浏览", "正序瀏覽", "阅读模式", "閱讀模式",
    # the label over a block of related links, in several languages
    "related posts", "related topics", "related reading", "related news", "more articles", "more stories",
    "you might like", "you may like", "you'll also like", "you’ll also like", "you'll also love", "you’ll also love",
    "artículos relacionados", "noticias relacionadas", "articles similaires", "articles connexes",
    "ähnliche artikel", "verwandte artikel", "weitere artikel", "articoli correlati", "notizie correlate",
    "powiązane artykuły", "gerelateerde artikelen", "artigos relacionados", "notícias relacionadas",
    # the same concepts in more languages (German, French, Spanish, Italian, Portuguese, Dutch, Polish,
    # Swedish, Danish, Norwegian, Czech, Russian, Ukrainian, Turkish, Japanese, Chinese, Korean, Arabic),
    # as news sites and CMS themes word them; each a whole block's text, never a word of a sentence.
    # share
    "artikel teilen", "beitrag teilen", "partager cet article", "compartir artículo", "condividi articolo",
    "compartilhar", "compartilhe", "partilhar", "delen", "deel dit artikel", "udostępnij artykuł", "dela",
    "dela artikeln", "del artiklen", "del artikkelen", "sdílet", "sdílet článek", "поделиться",
    "поделиться в соцсетях", "поділитися", "paylaş", "bu haberi paylaş", "シェア", "シェアする",
    "この記事をシェアする", "分享", "分享到", "分享至", "分享此文", "공유", "공유하기", "شارك", "مشاركة",
    "شارك المقال", "bagikan", "bagikan artikel ini", "bagikan berita ini", "chia sẻ", "chia sẻ bài viết",
    "اشتراک‌گذاری", "اشتراک گذاری", "به اشتراک بگذارید", "distribuie", "distribuie articolul", "κοινοποίηση",
    "κοινοποιήστε", "μοιραστείτε", "megosztás", "oszd meg", "שתפו", "שיתוף", "שתף", "แชร์", "แชร์บทความนี้",
    # a share bar's button that copies the story's address, and what it says once it has
    "copy link", "copy the link", "copy article link", "link copied", "link copied to clipboard", "link kopieren",
    "link kopiert", "copier le lien", "lien copié", "copiar enlace", "enlace copiado", "copia link", "copia il link",
    "link copiato", "copiar link", "link copiado", "kopiuj link", "skopiuj link", "link skopiowany", "kopieer link",
    "link gekopieerd", "kopiera länk", "kopier link", "kopiér link", "kopírovat odkaz", "копировать ссылку",
    "скопировать ссылку", "ссылка скопирована", "скопіювати посилання", "bağlantıyı kopyala", "linki kopyala",
    "リンクをコピー", "复制链接", "複製連結", "링크 복사", "نسخ الرابط", "salin tautan", "salin link",
    "sao chép liên kết", "کپی لینک", "copiază link-ul", "copiază linkul", "αντιγραφή συνδέσμου", "link másolása",
    "העתק קישור", "העתקת קישור", "คัดลอกลิงก์",
    # related, "read also", "you may also like", "read more"
    "auch interessant", "das könnte dich auch interessieren", "verwandte themen", "weiterlesen",
    "també us pot interessar", "us pot interessar", "llegiu també", "llegeix també", "notícies relacionades",
    "sur le même sujet", "sur le meme sujet", "dans la même rubrique", "à lire également", "a lire également",
    "à lire aussi sur", "à découvrir aussi", "en savoir plus", "lire plus", "te recomendamos", "quizás te interese",
    "puede interesarte", "contenido relacionado", "más noticias", "leggi di più", "continua a leggere",
    "potrebbe interessarti", "leggi anche su", "veja também", "saiba mais", "você também pode gostar",
    "você pode gostar", "continue lendo", "lees meer", "meer nieuws", "verder lezen",
    "dit vind je misschien ook leuk", "przeczytaj także", "przeczytaj też", "czytaj więcej", "polecamy",
    "podobne artykuły", "läs mer", "läs även", "relaterade artiklar", "du kanske också gillar", "læs også",
    "læs mere", "relaterede artikler", "les mer", "relaterte artikler", "čtěte také", "čtěte též",
    "přečtěte si také", "související články", "související", "související zprávy", "mohlo by vás zajímat",
    "súvisiace", "súvisiace články", "čítajte aj", "prečítajte si aj", "читайте также", "читать также",
    "смотрите также", "читать далее", "читать ещё", "читать еще", "похожие статьи", "похожие новости",
    "по теме", "новости по теме", "материалы по теме", "вам может быть интересно", "рекомендуем",
    "читайте також", "дивіться також", "читати далі", "схожі статті", "новини за темою", "за темою",
    "вас може зацікавити", "ilgili haberler", "ilgili yazılar", "benzer haberler", "ayrıca okuyun", "bunu da okuyun", "bunları da okuyun",
    "lue myös", "lue lisää", "katso myös", "aiheesta lisää",
    "bunlar da ilginizi çekebilir", "devamını oku", "ilgili haber", "ilgili içerikler", "関連ニュース", "おすすめ記事", "あわせて読みたい",
    "こちらもおすすめ", "続きを読む", "もっと見る", "相关文章", "延伸阅读", "猜你喜欢", "阅读更多", "查看更多",
    "相關新聞", "相關文章", "延伸閱讀", "推薦閱讀", "相關閱讀", "閱讀更多", "관련기사", "관련 기사",
    "추천 기사", "함께 보면 좋은 기사", "더보기", "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة",
    "ذات صلة", "اقرأ المزيد", "شاهد أيضا", "شاهد أيضاً", "اقرأ أيضًا", "شاهد أيضًا",  # (the tanween before or after the alif)
    # ... and in Indonesian, Vietnamese, Persian (with the zero-width non-joiner its compounds take,
    # and with a space for it), Romanian (comma-below, cedilla and bare letters), Greek, Hungarian,
    # Hebrew and Thai (Greek also as a heading in capitals writes it, without its accents: "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ")
    "baca juga", "lihat juga", "berita terkait", "artikel terkait", "baca selengkapnya", "baca artikel lainnya",
    "xem thêm", "đọc thêm", "tin liên quan", "bài viết liên quan", "tin cùng chuyên mục", "có thể bạn quan tâm",
    "بیشتر بخوانید", "همچنین بخوانید", "بخوانید", "مطالب مرتبط", "اخبار مرتبط", "مطالب پیشنهادی",
    "citește și", "citeşte şi", "citeste si", "vezi și", "vezi şi", "vezi si", "articole similare",
    "articole asemănătoare", "știri similare", "ştiri similare", "te-ar putea interesa", "citește mai mult",
    "διαβάστε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα", "δείτε επίσης", "σχετικά άρθρα", "σχετικές ειδήσεις",
    "σχετικά θέματα", "διαβαστε επισης", "διαβαστε ακομη", "διαβαστε ακομα", "δειτε επισης", "σχετικα αρθρα",
    "σχετικες ειδησεις", "σχετικα θεματα", "ez is érdekelheti", "ezt is olvassa el", "olvasd el ezt is", "olvassa el ezt is", "olvassa el még", "kapcsolódó cikkek",
    "kapcsolódó hírek", "kapcsolódó", "tovább olvasom", "קראו גם", "כתבות נוספות", "כתבות קשורות", "עוד בנושא",
    "המשך קריאה", "อ่านเพิ่มเติม", "อ่านต่อ", "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง",
    # ... and in Hindi, Bengali and Urdu (their nukta letters written with the combining sign, as
    # is_label's NFC key has them: "पढ़ें" whether the page wrote "ढ़" as one code point or two)
    "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "यह भी देखें", "ये भी देखें", "और पढ़ें", "संबंधित खबरें",
    "संबंधित ख़बरें", "संबंधित लेख", "আরও পড়ুন", "আরো পড়ুন", "আরও খবর", "সম্পর্কিত খবর",
    "یہ بھی پڑھیں", "مزید پڑھیں", "متعلقہ خبریں", "ayrica okuyun",
    # the heading over a shop's or a board's block of other items, in several languages (its
    # cards go by their own rules and the heading stays behind: "Similar items", "Recently viewed");
    # not "related products", which a documentation's section names
    "similar items", "similar products", "similar threads", "similar topics", "explore related items",
    "people who viewed this item also viewed", "customers who viewed this item also viewed",
    "customers who bought this item also bought", "customers also viewed", "customers also bought",
    "frequently bought together", "recently viewed", "recently viewed items", "recently viewed products",
    "recommended stories", "related reads", "related publications",
    "ähnliche produkte", "ähnliche themen", "kunden kauften auch", "zuletzt angesehen", "zuletzt angesehene produkte",
    "produits similaires", "sujets similaires", "récemment consultés", "fréquemment achetés ensemble",
    "productos similares", "temas similares", "vistos recientemente", "prodotti simili", "discussioni simili",
    "visti di recente", "vergelijkbare producten", "recent bekeken", "podobne produkty", "podobne tematy",
    "ostatnio oglądane", "produtos semelhantes", "produtos similares", "tópicos semelhantes",
    "최근 본 상품", "最近チェックした商品", "最近浏览", "最近瀏覽", "son görüntülenenler", "xem gần đây",
    *MOST_READ_LABELS,
    # previous / next article
    "previous article", "next article", "previous post", "next post", "vorheriger artikel", "nächster artikel",
    "article précédent", "article suivant", "artículo anterior", "artículo siguiente", "articolo precedente",
    "articolo successivo", "artigo anterior", "próximo artigo", "vorig artikel", "volgend artikel",
    "poprzedni artykuł", "następny artykuł", "föregående artikel", "nästa artikel", "předchozí článek",
    "následující článek", "предыдущая статья", "следующая статья", "попередня стаття", "наступна стаття",
    "önceki haber", "sonraki haber", "前の記事", "次の記事", "上一篇", "下一篇", "이전 글", "다음 글",
    "المقال السابق", "المقال التالي", "artikel sebelumnya", "artikel selanjutnya", "berita sebelumnya",
    "berita selanjutnya", "bài trước", "bài tiếp theo", "bài viết trước", "bài viết tiếp theo", "خبر قبلی", "خبر بعدی",
    "مطلب قبلی", "مطلب بعدی", "articolul anterior", "articolul următor", "articolul urmator", "προηγούμενο άρθρο",
    "επόμενο άρθρο", "előző cikk", "következő cikk", "הכתבה הקודמת", "הכתבה הבאה", "บทความก่อนหน้า", "บทความถัดไป",
    # comments
    "commenti", "commento", "comentários", "comentário", "reacties", "reactie", "komentarze", "komentarz",
    "kommentarer", "komentáře", "комментарии", "комментарий", "коментарі", "yorumlar", "コメント", "评论",
    "評論", "留言", "댓글", "التعليقات", "تعليقات", "komentar", "bình luận", "ý kiến bạn đọc", "نظرات", "دیدگاه‌ها",
    "دیدگاه ها", "comentarii", "σχόλια", "hozzászólások", "kommentek", "תגובות", "ความคิดเห็น",
    # newsletter / subscribe
    "newsletter abonnieren", "jetzt abonnieren", "s'abonner", "abonnez-vous", "suscríbete", "iscriviti",
    "assine", "inscreva-se", "abonneren", "subskrybuj", "prenumerera", "подписаться", "підписатися",
    "abone ol", "購読する", "订阅", "구독하기", "اشترك", "berlangganan", "langganan", "đăng ký", "đăng ký ngay",
    "مشترک شوید", "عضویت در خبرنامه", "abonează-te", "abonare", "εγγραφείτε", "εγγραφή", "feliratkozás", "feliratkozom",
    "הירשמו", "הרשמה", "สมัครสมาชิก", "สมัครรับข่าวสาร",
    # the line that tells the reader the story goes on after an ad ("Story continues below advertisement")
    "story continues below advertisement", "article continues below advertisement", "story continues below",
    "article continues below", "continue reading below", "advertisement - scroll to continue",
    "scroll to continue with content", "article continues after advertisement", "story continues after advertisement",
    "weiterlesen nach der anzeige", "lesen sie nach der anzeige weiter", "artikel wird nach der anzeige fortgesetzt",
    "der artikel wird nach der anzeige fortgesetzt", "la suite après cette publicité", "la suite après la publicité",
    "l'article continue après la publicité", "l’article continue après la publicité",
    "la suite de l'article après cette publicité", "la suite de l’article après cette publicité",
    "el artículo continúa después del anuncio", "continúa después de la publicidad", "sigue leyendo después del anuncio",
    "continua a leggere dopo la pubblicità", "l'articolo continua dopo la pubblicità",
    "l’articolo continua dopo la pubblicità", "continua dopo la pubblicità", "continua após a publicidade",
    "continua depois da publicidade", "continua após o anúncio", "dalsza część artykułu pod reklamą",
    "dalsza część artykułu pod materiałem wideo", "artykuł kontynuowany poniżej",
    "het artikel gaat verder onder de advertentie", "lees verder na de advertentie", "продолжение после рекламы",
    "статья продолжается после рекламы", "продовження після реклами", "reklamdan sonra devam ediyor",
    "haberin devamı reklamdan sonra", "článek pokračuje pod reklamou", "pokračování článku pod reklamou",
    "artikeln fortsätter under annonsen", "articolul continuă după reclamă", "a cikk a hirdetés után folytatódik",
    # tags
    "tags", "schlagwörter", "schlagworte", "étiquettes", "mots-clés", "etiquetas", "etichette", "tagi",
    "taggar", "štítky", "теги", "метки", "теґи", "etiketler", "タグ", "标签", "標籤", "태그", "kata kunci", "từ khóa",
    "thẻ", "برچسب‌ها", "برچسب ها", "کلیدواژه‌ها", "کلیدواژه ها", "کلمات کلیدی", "etichete", "cuvinte cheie", "ετικέτες",
    "λέξεις κλειδιά", "címkék", "תגיות", "แท็ก",
    # a breadcrumb's label ("You are here: <link>")
    "you are here", "sie sind hier", "vous êtes ici", "usted está aquí", "estás aquí", "ti trovi in",
    "você está aqui", "u bent hier", "jesteś tutaj", "jesteś tu", "du är här", "du er her", "nacházíte se",
    "вы здесь", "ви тут", "buradasınız", "現在位置", "当前位置", "當前位置", "현재 위치", "أنت هنا", "anda di sini",
    "anda berada di sini", "bạn đang ở đây", "شما اینجا هستید", "sunteți aici", "vă aflați aici", "βρίσκεστε εδώ",
    "ön itt van", "ön itt jár", "אתם נמצאים כאן", "אתה נמצא כאן", "คุณอยู่ที่นี่",
    # print / e-mail tools
    "print", "drucken", "imprimer", "imprimir", "stampa", "afdrukken", "drukuj", "skriv ut", "печать",
    "друк", "yazdır", "印刷", "打印", "인쇄", "طباعة", "cetak", "in bài viết", "چاپ", "printează", "tipărește",
    "εκτύπωση", "nyomtatás", "הדפסה", "הדפס", "พิมพ์",
))
# Labels with a variable part: "12 comments", "View all (23)", "Popular on Site", "Filed under: X".
# "Comments" in the counts that label a thread ("12 Kommentare", "Comentários (4)", "3件のコメント").
COMMENT_COUNT_WORDS = (r"comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|komentarz[ey]?|"
                       r"kommentarer|komentář[eů]?|комментари[йяев]|коментар(?:і|ів)?|yorum(?:lar)?|コメント|"
                       r"件のコメント|条评论|评论|개의 댓글|댓글|تعليقات?|komentar|bình luận|نظر|comentarii|σχόλια|"
                       r"hozzászólás|komment|תגובות|ความคิดเห็น|टिप्पणियाँ|टिप्पणियां|टिप्पणी|মন্তব্য|maoni|kommentit|kommentteja")
# A post's reactions, as forum software prints them under it: a count after the reaction's name
# ("Like x 2") or how many liked it ("1 person likes this", "3 Personen gefällt das"), in several
# languages; the whole line. (Not "Reactions: <names>": a heading such as "Reactions: acids and
# bases" reads the same.)
REACTION_LINE = (r"(?:likes?|gefällt mir|j'aime|me gusta|mi piace|vind ik leuk|lubię to) [x×] ?\d+|"
                 r"\d+ (?:person likes|people like|members? likes?|users? likes?) this|"
                 r"\d+ (?:person(?:en)?|mitglied(?:ern)?) gefällt das|\d+ personnes? (?:aiment|aime) (?:ça|ceci|cela)")
# A news page's buttons beside the story: to hear it read ("Listen to the story", "… in a short
# version") and to make the site a preferred or trusted source of a search engine's news ("Make us
# your preferred source on Google News", "Add <logo> as a trusted source").
SOURCE_BUTTON_LINE = (r"listen to (?:this |the )?(?:article|story)(?: in [\w ]{1,25})?|"
                      r"(?:add|make|set) (?:us )?(?:as )?(?:a |your )?(?:preferred|reliable|trusted)(?: and trusted)?"
                      r"(?: news)? source(?: on google(?: news)?)?")
# A list's sort control, its chosen order after a colon ("Sort: Best Match", "Sort by: Newest",
# "Trier par : Pertinence"): a few words, never a sentence.
SORT_CONTROL_LINE = (r"(?:sort(?: by)?|sortieren nach|sortierung|trier par|ordenar por|ordina per|sorteer op|"
                     r"sortuj według) ?: ?[\w' -]{1,30}")
# The bar over a code box in a forum post, its word for code and the button that selects the code
# ("Code: Select all", "Code: Alles auswählen", "Code : Tout sélectionner", "Код: Выделить всё"):
# the box's chrome, never a line of the post (phpBB prints it over every code block).
CODE_BOX_LINE = (r"(?:code|código|codice|kod|kód|код|コード|代码|代碼) ?: ?(?:select all|select|alles auswählen|"
                 r"tout sélectionner|seleccionar todo|selecionar (?:tudo|todos)|seleziona tutto|selecteer alles|"
                 r"zaznacz wszystko|markera allt|vybrat vše|tümünü seç|выделить(?: всё| все)?|виділити все|"
                 r"全て選択|すべて選択|全选|全選)(?: expand view collapse view)?")
# An ad slot's label with the note that follows it ("Advertisement - Subscribers read without ads",
# "Advertisement · Scroll to continue", "Anzeige – Weiterlesen unten"): the slot's word, a dash, bar
# or dot, and a few words; no colon ("Advertising: a history" is a heading). So is the slot's word
# before the ad's own line ("Реклама – Зимски попусти до 50 отсто", "Жарнама – ...", Khmer, Armenian,
# Georgian, Sinhala, Amharic...): a few more words, and the vowel signs of the scripts that write them.
AD_NOTE_LINE = (r"(?:advertisement|advertising|advert|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|"
                r"publicidade|reklama|reklamë|reklam|advertentie|advertensie|hysbyseb|tangazo|реклама|рэклама|жарнама|"
                r"գովազդ|რეკლამა|ពាណិជ្ជកម្ម|ការផ្សាយពាណិជ្ជកម្ម|โฆษณา|विज्ञापन|বিজ্ঞাপন|දැන්වීම|ማስታወቂያ) ?[-–—·|•] "
                r"?[\w\u0900-\u0dff\u0e00-\u0eff\u1780-\u17ff'’ %-]{1,60}")
# A share bar's button that names its network ("Share on Facebook", "Auf X teilen", "Partager sur
# LinkedIn", "Поделиться в Telegram"): the verb, its preposition and one or two words of a name.
SHARE_ON_LINE = (r"(?:share (?:on|via|to)|teilen (?:auf|bei|via|per)|partager (?:sur|via|par)|compartir (?:en|por|vía)|"
                 r"condividi (?:su|via)|compartilhar (?:no|na|via)|partilhar (?:no|na)|udostępnij (?:na|przez)|"
                 r"delen (?:op|via)|dela (?:på|via)|del (?:på|via)|sdílet (?:na|přes)|поделиться (?:в|во)|"
                 r"поділитися (?:в|у)|bagikan (?:ke|di|via)|chia sẻ (?:lên|qua)|distribuie pe|κοινοποίηση (?:στο|στη|σε)|"
                 r"megosztás (?:a|az)|שתפו ב|שתף ב) ?[\w.+-]+(?: [\w.+-]+)?|auf [\w.+-]+ teilen")
# A list's count of what it shows ("57 items", "(212 products)", "Products (212)", "Showing 1–24 of
# 212 results", "Loaded 57 results", "40 Ergebnisse", "Affichage de 1–12 sur 40 résultats"): the
# grid's status bar, never an item. (is_label trims the closing bracket.)
RESULT_WORDS = (r"items?|products?|results?|artikel|produkte|ergebnisse|treffer|articles?|produits?|résultats?|"
                r"artículos?|productos?|resultados?|prodotti|risultati|articoli|producten|resultaten|artikelen|"
                r"produkty|produktów|wyniki|wyników|produtos?|itens|"
                # ...and a blog archive's count of its posts ("Showing 1–6 of 48 posts", "12 Beiträge")
                r"posts|beiträge|billets|entradas|publicaciones|berichten|wpisy|wpisów|inlägg")
RESULT_COUNT_LINE = (rf"(?:showing|loaded|affichage(?: de)?|mostrando|anzeige|zeige|visualizzazione|toon|"
                     rf"wyświetlanie|exibindo)? ?\d[\d,. ]*(?:[–-] ?\d[\d,.]*)? ?(?:(?:of|sur|de|von|di|van|z|\/) "
                     rf"\d[\d,.]*)? ?(?:{RESULT_WORDS})|(?:{RESULT_WORDS}) \(\d[\d,.]*\)?")
# A bulletin board's clock line under the posts ("All times are GMT +2. The time now is 10:42 AM.",
# vBulletin; "All times are UTC+01:00", phpBB): the zone's offset, and the time a script may have left out.
CLOCK_LINE = r"all times are (?:gmt|utc) ?(?:[+-] ?\d{1,2}(?::\d\d)?)?(?: hours?)?(?:\.? the time now is[\d: apm.]{0,12})?"
# The link under an author's box to the writer's page ("More articles from Ann Lee", "View all posts by
# Ann Lee", "View author page", "Alle Beiträge von Ann Lee", "Tous les articles de Ann Lee"): a
# button to elsewhere, whatever the name after it.
_AUTHOR_NAME = r"[^\W\d_][\w .'’-]{0,40}"
AUTHOR_PAGE_LINE = (rf"(?:(?:view|see) )?(?:all|more) (?:the )?(?:articles|posts|stories|entries) (?:from|by|of) {_AUTHOR_NAME}|"
                    r"(?:view|see|visit) (?:the )?author(?:'s|’s)? (?:page|profile|archive)|"
                    rf"(?:alle|weitere) (?:beiträge|artikel) von {_AUTHOR_NAME}|"
                    rf"(?:voir )?(?:tous les |plus d'|plus d’)(?:articles|billets) (?:de|par) {_AUTHOR_NAME}|"
                    rf"(?:ver )?(?:todos los artículos|todas las entradas|más artículos) (?:de|por) {_AUTHOR_NAME}|"
                    rf"(?:tutti gli|altri) articoli di {_AUTHOR_NAME}|(?:todos os|mais) artigos de {_AUTHOR_NAME}|"
                    rf"meer (?:artikelen|berichten) van {_AUTHOR_NAME}")
LABEL_STARTS = ("follow", "popular", "more", "listen", "add ", "make us", "set us", "share ", "teilen ", "auf ",
                "see ", "show ", "load ", "read ", "lihat ", "tampilkan ", "muat ", "afficher ", "charger ", "mostrar ",
                "cargar ", "carregar ", "visualizza ", "mostra ", "carica ", "bekijk ", "toon ", "laad ", "★", "☆", "⭐",
                "view ", "see all ", "all ", "alle ", "weitere ", "voir ", "tous ", "plus d", "ver ", "todos ", "todas ",
                "más ", "tutti ", "altri ", "mais ", "meer ",
                "partager ", "compartir ", "condividi ", "compartilhar ", "partilhar ", "udostępnij ", "delen ",
                "dela ", "del ", "sdílet ", "поделиться ", "поділитися ", "bagikan ", "chia sẻ ", "distribuie ",
                "κοινοποίηση ", "megosztás ", "שתפו ", "שתף ", "advert", "sponsored", "anzeige", "werbung", "publici",
                "pubblicità", "reklam", "реклама", "рэклама", "жарнама", "advertensie", "hysbyseb", "tangazo", "գովազդ",
                "რეკლამა", "ពាណិជ្ជកម្ម", "ការផ្សាយពាណិជ្ជកម្ម", "โฆษณา", "विज्ञापन", "বিজ্ঞাপন", "දැන්වීම", "ማስታወቂያ")
# A count as a counter prints it: "12", "2,317", "2.317", "12.5k" (thousands parted, or cut to "k").
COUNT = r"(?:\d{1,3}(?:[,.]\d{3})+|\d+)(?:[.,]\d)?k?"
# A question's or a post's count of its views, as a Q&A site prints it by the question ("Viewed 4,310
# times", "Viewed 4k times"; the same sites in their languages: "Просмотрено 4 310 раз", "Visto 4 mil
# vezes", "Skatīts 4 310 reizes", "Wyświetlono 4 310 razy", "4.310-mal angesehen", "4.310 keer bekeken"),
# the thousands parted by a space too: the page's state, never the text's words (the whole line).
_SPACED_COUNT = rf"(?:\d{{1,3}}(?: \d{{3}})+|{COUNT})(?: ?(?:mil|тыс\.))?"
VIEW_COUNT_LINE = (rf"(?:viewed|visto|vista|vu|visualizzato|просмотрено|переглянуто|skatīts|peržiūrėta|"
                   rf"wyświetlono|zobrazeno|visad|görüntülendi|dilihat) {_SPACED_COUNT} ?(?:times|veces|vezes|volte|"
                   rf"fois|раз(?:а)?|разів|reizes|kartų|kartus|razy|krát|gånger|kez|kali)|"
                   rf"{_SPACED_COUNT}(?:-mal| mal) (?:angesehen|aufgerufen)|{_SPACED_COUNT} keer bekeken")
# The button under a thread's or a social post's first comments that loads the rest ("View 55 more
# comments", "See all replies", "Lihat 55 komentar lainnya", "Weitere 12 Kommentare anzeigen", "Voir les
# 8 autres commentaires", "Ver 3 comentarios más"): the page's control, never a comment's words.
MORE_COMMENTS_LINE = (
    rf"(?:view|see|show|load|read) (?:all )?(?:{COUNT} )?(?:more |previous |other |earlier )?(?:comments|replies)|"
    rf"(?:lihat|tampilkan|muat) (?:semua )?(?:{COUNT} )?(?:komentar|balasan)(?: lainnya| sebelumnya)?|"
    rf"(?:alle |weitere )?(?:{COUNT} )?(?:weitere )?(?:kommentare|antworten) (?:anzeigen|laden|ansehen)|"
    rf"(?:voir|afficher|charger) (?:les |tous les )?(?:{COUNT} )?(?:autres )?(?:commentaires|réponses)|"
    rf"(?:ver|mostrar|cargar) (?:los |todos los |más )?(?:{COUNT} )?(?:comentarios|respuestas)(?: más)?|"
    rf"(?:ver|mostrar|carregar) (?:os |todos os |mais )?(?:{COUNT} )?(?:comentários|respostas)|"
    rf"(?:visualizza|mostra|carica) (?:tutti i |altri )?(?:{COUNT} )?(?:altri )?(?:commenti|risposte)|"
    rf"(?:bekijk|toon|laad) (?:alle )?(?:{COUNT} )?(?:andere |meer )?reacties")
# A rating widget's line: stars, a score and the count of the votes it rests on ("★★★★★ 4.9 from 52
# votes", "4,9 da 52 voti", "4.8 out of 5 (120 reviews)", "★★★★☆ (38 Bewertungen)"): a score and its
# count set apart, never a sentence's ("the motion passed by 30 votes").
RATING_WORDS = (r"votes?|ratings?|reviews?|voti|valutazioni|recensioni|votos|valoraciones|reseñas|avaliações|"
                r"stimmen|bewertungen|avis|notes|stemmen|beoordelingen|recensies|głosów|głosy|ocen|opinii|"
                r"оцен(?:ок|ки|ка)|отзыв(?:ов|а)?|röster|betyg|omdömen")
RATING_LINE = (rf"[★☆⭐]* ?(?:rated )?\d(?:[.,]\d{{1,2}})?(?: ?(?:/ ?5|out of 5|von 5|sur 5|de 5|su 5|van 5|z 5|из 5))? "
               rf"(?:(?:from|da|de|von|sur|van|z|из|·|-|–) )?\(?{COUNT} (?:{RATING_WORDS})\)?|"
               rf"[★☆⭐]+ ?\(?{COUNT} (?:{RATING_WORDS})\)?")
LABEL_RE = lazy(
    rf"^(?:{COUNT} ?(?:{COMMENT_COUNT_WORDS})|{COUNT} (?:likes?|replies|views|antworten|réponses|respuestas|risposte|reacties|"
    rf"odpowiedzi|answers?|respostas?|antwoorden|ответ(?:а|ов)?|відповід(?:ь|і|ей))|(?:{COMMENT_COUNT_WORDS}|view all) \(\d+\)?|follow us on \w+|popular on \w+|more from \w+(?: \w+)?|"
    r"like this (?:story|article)\?.*|filed under:? .*|\[?related(?: coverage)?\b[^.]*:.*|please enable javascript.*|"
    rf"{REACTION_LINE}|{SOURCE_BUTTON_LINE}|{SORT_CONTROL_LINE}|{CODE_BOX_LINE}|{SHARE_ON_LINE}|{AD_NOTE_LINE}|"
    rf"{RESULT_COUNT_LINE}|{CLOCK_LINE}|{AUTHOR_PAGE_LINE}|{VIEW_COUNT_LINE}|{MORE_COMMENTS_LINE}|{RATING_LINE})$",
)
# The characters a line LABEL_RE reads holds one of, unless it opens with LABEL_STARTS (a count,
# a colon, a question, a bracket): one search, not a test per character.
LABEL_RE_CHARS_RE = lazy(r"[(:?0-9]")
# The placeholder a script replaces once the part it stands for has loaded ("Loading comments...",
# "Loading ferry times for your harbour…", "Chargement de la carte…", "Kommentare werden geladen…"): a
# parser that runs no script, like a page saved before its scripts ran, sees only the wait. The
# word of loading opens it and an ellipsis closes it ("Loading and unloading" is a heading).
LOADING_LINE_RE = lazy(
    r"^(?:loading|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|ładowanie|"
    r"загрузка|завантаження|yükleniyor|bezig met laden|(?:[\w-]+ )?(?:wird|werden) geladen)\b[^.…!?]{0,60}(?:\.{2,}|…)$"
)
LOADING_LINE_ENDS = ("..", "…")
# A news page's line inside the story that asks the reader to follow the site on a network or a
# news app ("Follow us on Telegram", "Síguenos en Google News", "Bizi Telegram'da takip edin",
# "Подписывайтесь на наш канал в Telegram") or to download its app ("Descarga la app de … para
# iOS y Android"), in several languages: a short line, that names a network or an app store and
# opens (or, where the verb comes last, closes) with the call. A sentence that mentions a network
# ("The council will post its notices on Telegram") has no call; one that calls has no network.
FOLLOW_NETWORK_WORDS = ("telegram", "whatsapp", "google news", "google notícias", "google noticias",
                        "google actualités", "google notizie", "google nieuws", "google hírek", "google haberler",
                        "google berita", "google tin tức", "instagram", "facebook", "youtube", "tiktok", "twitter",
                        "viber", "line", "kakao", "微信", "微博", "телеграм", "тг-канал", "تلگرام", "تيليجرام",
                        "تيليغرام", "تلغرام", "टेलीग्राम", "টেলিগ্রাম", "ٹیلیگرام", "ig", "android", "iphone",
                        "ios", "app", "aplicaç", "aplicac", "aplicativ", "applica", "aplikac", "aplikas", "приложени",
                        "застосун", "ứng dụng", "uygulama", "تطبيق", "اپلیکیشن", "客户端", "アプリ", "앱")
MAX_FOLLOW_LINE_CHARS = 120
# The words as one pattern, a trie (patterns.alternation): a line is searched once, not once for
# each word (~4x as fast on short lines: most of the words are short, "ig", "app", "line").
FOLLOW_NETWORK_WORDS_RE = lazy(alternation(FOLLOW_NETWORK_WORDS))
_FOLLOW_NETWORK = (r"(?:telegram\w*|whatsapp|google (?:news|notícias|noticias|actualités|notizie|nieuws|hírek|"
                   r"haberler|berita|tin tức)|instagram|facebook|youtube|tiktok|twitter|x|viber|line|"
                   r"телеграм\w*|тг-канал\w*|تلگرام|تيليجرام|تيليغرام|تلغرام|टेलीग्राम|টেলিগ্রাম|ٹیلیگرام)")
_APP = (r"(?:app|apps|aplicativo|aplicación|aplicação|application|applicazione|aplikację|aplikacji|aplikasi|"
        r"приложение|застосунок|ứng dụng|uygulamamızı|uygulamasını|تطبيق\w*|اپلیکیشن|客户端|アプリ|앱)")
FOLLOW_LINE_RE = lazy(
    # the call first: "Follow us on", "Folgen Sie uns auf", "Suivez-nous sur", "Síguenos en", "Siga o … no"
    r"^\W{0,3}(?:follow us|join us|join our|folgen sie uns|folgt uns|folge uns|suivez-nous|rejoignez-nous|"
    r"síguenos|siga-nos|siga o|siga a|sigue a|segue-nos|seguici|segui \S+(?: anche)? su|obserwuj nas|"
    r"obserwuj \S+ w|dołącz do nas|volg ons|volg \S+ op|följ oss|følg os|følg oss|sledujte nás|sledujte \S+ na|"
    r"подписывайтесь|подпишитесь на наш|следите за нами|підписуйтесь|підпишіться на наш|стежте за нами|"
    r"ikuti (?:kami|berita|\S+ di)|gabung(?: ke)? (?:grup|channel|saluran)|theo dõi(?: \S+)? trên|tham gia kênh|"
    r"تابعونا|تابعنا|urmărește-ne|urmăriți-ne|ακολουθήστε μας|kövess(?:en)? minket|עקבו אחרינו|הצטרפו לערוץ|"
    r"ติดตาม|关注我们|关注\S*微信|加入我们)[^.!?。]{0,60}?\b" + _FOLLOW_NETWORK + r"\b[^.!?。]{0,40}$|"
    # the call last: "Bizi Google News'ten takip edin", "ما را در تلگرام دنبال کنید", "हमें … पर फॉलो करें"
    r"^\W{0,3}(?:bizi|ما را|ہمیں|हमें|আমাদের)\s[^.!?。]{0,40}" + _FOLLOW_NETWORK + r"[^.!?。]{0,30}"
    r"(?:takip edin|dinleyin|دنبال کنید|فالو کریں|फॉलो करें|जुड़ें|যুক্ত হোন|ফলো করুন)\W*$|"
    # an app: "Download our app", "Descarga la app de … para iOS y Android", "Laden Sie die …-App herunter";
    # the site's own (a possessive) or a phone's (a platform): a manual's "Download application settings"
    # is neither
    r"^\W{0,3}(?:(?:download|descarga|descargue|baixe|télécharge[zr]?|scarica|pobierz|скачайте|"
    r"завантажте|unduh|tải|حمّل|حمل|دانلود|laden sie)\b|下载)"
    r"(?=[^.!?。]*(?:\b(?:our|unsere\w*|notre|nuestr[ao]|noss[ao]|nostra|naszą|onze|vår|наше|наш|нашу|kami|"
    r"chúng tôi|ios|android|iphone|google play|app store|تطبيقنا)\b|ما|我们|客户端))"
    r"[^.!?。]{0,50}?" + _APP + r"\b[^.!?。]{0,50}$|"
    r"^\W{0,3}(?:laden sie|holen sie sich)\b[^.!?。]{0,40}-?app\b[^.!?。]{0,20}herunter\W*$|"
    r"^[^.!?。]{0,30}" + _APP + r"[^.!?。]{0,20}(?:indirin|をダウンロード|다운로드|را دانلود کنید|ڈاؤن لوڈ کریں)\W*$",
    re.IGNORECASE,
)


def is_follow_line(text: str) -> bool:
    """Is this short block a call to follow the site on a network or to download its app
    (FOLLOW_LINE_RE), not a sentence that mentions one?"""
    low = " ".join(text.lower().split())
    return len(low) <= MAX_FOLLOW_LINE_CHARS and FOLLOW_NETWORK_WORDS_RE.search(low) is not None \
        and FOLLOW_LINE_RE.match(low) is not None


# What str.lower() makes of the Turkish capital "İ": an "i" and a combining dot above.
DOTTED_I = "i\u0307"
LABEL_TRIM = " \t\n\r.,:;!?…»«“”\"'()[]|•·-–—>^*#：；！？。【】「」『』《》［］（）؟،؛"


# The lead-in of a list of links to other pages ("Related articles from our blog:", "You may
# also be interested in these studies:", "Recent posts from the field desk:"): a short
# paragraph that names what follows as related, recent or further reading, in several
# languages. The list it leads in is a related list (link-list), not one the text introduces.
RELATED_INTRO_RE = lazy(
    r"\brelated (?:articles?|posts?|stories|reading|links|content|guides|resources|reports)\b|"
    r"\b(?:you|readers) (?:may|might|will|would|could)(?: also)? (?:like|enjoy|love|be interested)\b|"
    r"\b(?:more|recent|other|popular|latest|similar) (?:articles|posts|stories|guides|reads)\b|"
    r"\bfurther reading\b|\b(?:also read|read also|see also|read next)\b|"
    r"\barticles? (?:similaires|connexes|li[ée]s)\b|\b(?:[àa] )?lire aussi\b|"
    r"\b(?:ähnliche|weitere|verwandte) (?:artikel|beiträge)\b|\blesen sie auch\b|\bdas könnte (?:sie|dich) auch\b|"
    r"\b(?:artículos|art[ií]gos|articoli|notícias|noticias) (?:relacionad[oa]s|correlati)\b|"
    r"\b(?:lee|lea|leia|leggi) (?:también|também|anche)\b|\bgerelateerde artikelen\b|\blees ook\b|"
    r"\bsiehe auch\b|\bmehr dazu\b|\blire également\b|\bvoir aussi\b|\b(?:ver|veja|vedi) (?:también|também|anche)\b|"
    r"\bzie ook\b|\balso see\b|"
    r"\bpowiązane artykuły\b|\b(?:czytaj|zobacz) (?:także|też|również)\b|"
    # Indonesian, Vietnamese, Persian, Romanian, Greek, Hungarian, Hebrew, Thai (no \b: Thai's vowel signs are no \w)
    r"\blue myös\b|\bbunu da okuyun\b|\b(?:baca|lihat) juga\b|\b(?:berita|artikel) terkait\b|\bxem thêm\b|\b(?:tin|bài viết) liên quan\b|"
    r"مطالب مرتبط|بیشتر بخوانید|همچنین بخوانید|\bcite(?:ș|ş|s)te (?:și|şi|si)\b|\barticole similare\b|"
    r"\bδιαβάστε (?:επίσης|ακόμη|ακόμα)\b|\bσχετικά άρθρα\b|\bkapcsolódó (?:cikkek|hírek)\b|\bezt is olvassa el\b|"
    r"קראו גם|כתבות (?:קשורות|נוספות)|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|"
    # Hindi, Bengali, Urdu
    r"(?:यह|ये|इसे) भी (?:पढ़ें|पढें)|संबंधित (?:खबरें|ख़बरें)|আর(?:ও|ো) পড়ুন|یہ بھی پڑھیں|متعلقہ خبریں|"
    # Hebrew "more articles", Turkish "may interest you", Slavic, Nordic, Italian, Spanish, Arabic, CJK
    r"עוד כתבות|\bilginizi çekebilir\b|\b(?:benzer|ilgili) haberler\b|\bчитайте (?:также|також)\b|"
    r"\bпохожие (?:статьи|материалы)\b|\bmohlo by vás zajímat\b|\bsouvisející články\b|"
    r"\b(?:læs|läs|les) (?:også|också)\b|\brelater(?:ade|ede) artikl(?:ar|er)\b|"
    r"\b(?:ti )?potrebbe interessarti\b|\bte puede interesar\b|\b(?:també )?us pot interessar\b|\b(?:llegiu|llegeix) també\b|اقرأ أيضا|مقالات ذات صلة|"
    r"関連記事|あわせて読みたい|相关文章|相關文章|延伸阅读|延伸閱讀|相关阅读|相關閱讀|관련 기사|함께 읽(?:기|으면)|"
    r"你可能(?:还|也|還)(?:会|會)?(?:喜欢|喜歡)|猜你喜欢|推荐阅读|推薦閱讀",
    re.IGNORECASE,
)
MAX_RELATED_INTRO_WORDS = 14
# A box of further reading on an article (or in an <aside>, tangential by its tag on any page):
# a heading that names it so (RELATED_INTRO_RE) over a teaser or a few, each its linked title and
# a summary, in so many characters at most.
# A custom element (a web component, its tag with a hyphen: "<story-card>") is such a box as a
# <div> is: a script draws it, the tag names nothing the text is.
RELATED_BOX_TAGS = frozenset(("div", "section", "aside"))
MAX_RELATED_BOX_CHARS = 600
# A teaser drawn as one link, a card between the text's blocks (<a><span>Related</span><span>its
# title</span></a>): its kicker, a leaf of at most MAX_BOX_HEAD_CHARS, names it further reading
# (RELATED_INTRO_RE, or the word alone: RELATED_KICKERS), and the title after it is another page's.
RELATED_KICKERS = frozenset(("related", "related story", "related article", "related content"))
# Off an article, such a box counts where it stands between two blocks of the text's paragraphs,
# itself or the wrapper it alone fills, up to so many levels up (a builder's block around it).
BETWEEN_PROSE_LEVELS = 3
# The same line pointed at by an arrow before a short lead-in and its colon (">> Check out:",
# "» Learn more:", "→ Lesen Sie auch:", "👉 Voir aussi :"), then one link: a pointer to another
# page, whatever words the lead-in uses (the arrow and the colon say it, in any language).
ARROW_LEAD_IN_RE = lazy(r"\s*(?:>>|»|→|⇒|➡️?|➔|▶️?|►|👉)\s*[^\W\d_](?:[^\W\d_]|['’ -]){0,30}\s?:\s*")


# A link its class names a button ("btn", "button", "booking-button", "ref-btn") that stands apart
# from any sentence is an action the page offers ("Get a quote", "Book now", "View on <shop>"),
# not text, when it is a few words: a longer "button" link wraps a card or a paragraph. So on a
# page read whole too (a service page's "Book a visit" under each offer, a shop's "Add to cart"):
# wcxb-dev every page type up or flat on both halves (services tune 0.8324->0.8338, check
# 0.8112->0.8132; collections 0.6403->0.6433, 0.5602->0.5622; listings check 0.7255->0.7302).
BUTTON_CLASS_RE = lazy(r"(?<![a-z])(?:btn|button)s?(?![a-z])")
MAX_BUTTON_WORDS = 8

# A forum post's link to an attachment its reader is not shown, by the attachment's number ("View
# attachment 52907", XenForo's English wording): the engine's stand-in for a picture, no word of
# the post, the whole link's text.
ATTACHMENT_LINK_RE = lazy(r"(?i)^view\s+attachment\s+\d+$")
# ...and a comment's links that fold its thread, as a comment tree's engine (old Reddit's) prints
# them by the poster's name: the toggle ("[–]", "[+]") and the count of its replies that folds them
# too ("(3 children)", "(1 child)"): the whole link's text, no word of the comment.
THREAD_TOGGLE_LINK_RE = lazy(r"(?i)^(?:\[[–+-]\]|\(\d+ child(?:ren)?\))$")
# ...and, on any page, a link whose whole text is a count of comments ("0 comments", "1,204
# Kommentare"), alone on its line: a post's meta line pointing to its comment section, no word of
# the text (in a sentence, "read the <a>12 comments</a> below" stays).
COMMENT_COUNT_LINK_RE = lazy(rf"(?i)^{COUNT} ?(?:{COMMENT_COUNT_WORDS})$")
# The head of a comment section, its whole line: "Comments", "Kommentarer (2)", "12 comments".
# ...and, with its count ("14 responses", "Postings (3)", "Reacties (2)"), a word that names a
# thread's comments only when counted: alone, "Responses" or "Reactions" heads an article's section.
# (also Persian, with its joiner or a space or neither, Arabic, Russian, Polish, Czech, Turkish, Malay and
# Indonesian words for the replies: "پاسخ‌ها (۲۱)", counted in the script's own digits)
COMMENT_HEAD_COUNTED_WORDS = (r"responses|reactions|reacties|reactie|postings|reaktionen|réactions|reacciones|"
                              r"reazioni|reações|reacções|respuestas|risposte|respostas|antworten|réponses|"
                              r"پاسخ(?:\u200c| )?ها|ردود|ответы|отклики|odpowiedzi|odpovědi|yanıtlar|tanggapan|balasan")
# ...and the invitation that heads a comment section in the words of its form's title: "Join the
# conversation", "Leave a reply", "Rejoignez la discussion", "Lascia un commento", "Diskutieren Sie mit".
COMMENT_INVITATIONS = (r"join the (?:conversation|discussion)|leave a (?:comment|reply)|(?:add|post) a comment|"
                       r"rejoignez la (?:conversation|discussion)|laissez un commentaire|laisser un commentaire|"
                       r"únete a la (?:conversación|discusión)|deja (?:un|tu) comentario|"
                       r"partecipa alla discussione|lascia un commento|diskutieren sie mit|schreiben sie einen kommentar|"
                       r"deixe (?:um|seu) comentário|participe da (?:conversa|discussão)|"
                       r"doe mee aan (?:het gesprek|de discussie)|laat een reactie achter|"
                       r"dołącz do dyskusji|zostaw komentarz|оставьте комментарий|присоединяйтесь к обсуждению")
COMMENT_HEAD_RE = lazy(rf"(?i)(?:{COUNT} ?)?(?:{COMMENT_COUNT_WORDS})(?: ?\(\d+\))?|"
                       rf"{COUNT} ?(?:{COMMENT_HEAD_COUNTED_WORDS})|(?:{COMMENT_HEAD_COUNTED_WORDS}) ?\(\d+\)|"
                       rf"(?:{COMMENT_INVITATIONS})[.!]?")
# A block of comments, or of the most read stories, with no class word to say so (utility
# classes): that head (or a MOST_READ_LABELS label), a heading or a line of text alone, as its first
# child, over one or more blocks of one tag and class, the comments or the teasers; so many
# characters at most in all.
HEADED_BOX_TAGS = frozenset(("div", "section"))
# A box of this many characters at most whose first child, a line alone, is an AD_LABELS label
# ("<span>Anzeige</span><p>Start your training now…</p>") is the advertisement it labels.
AD_BOX_TAGS = frozenset(("div", "li", "section", "aside"))
MAX_AD_BOX_CHARS = 300
MAX_HEADED_BOX_CHARS = 3000
# Two blocks share a template when their class words are one, or when each has at most so many
# words the other lacks among so many they share: a threaded comment's reply differs by its indent.
MAX_ITEM_CLASS_CHANGES = 2
MIN_ITEM_CLASS_SHARED = 4
MAX_BOX_HEAD_CHARS = 40
MAX_COMMENT_COUNT_LINK_CHARS = 40

# An article's sales or sign-up box, whatever its classes (a page builder's, CSS-in-JS hashes):
# a <div>/<section>/<aside> of a few short lines, a title and a pitch, that ends in one link of a
# few words standing alone on its own line, the box's button ("Start your trial", "Create a free
# profile"). A paragraph that ends in a link is no box (its link closes a sentence), nor is a
# box holding a paragraph's worth of text, or more than a title and two lines.
PITCH_BOX_TAGS = frozenset(("div", "section", "aside"))
MAX_PITCH_BOX_CHARS = 400
PITCH_LINE_COUNT = (2, 3)  # the lines before the button: a title and one or two lines
PITCH_LINE_TAGS = ("p", "div", "h2", "h3", "h4", "h5", "h6", "li")
# The box speaks to the reader (a quotation's or a product heading's short lines do not), and
# stands outside a quotation (a quote, then its speaker's linked name).
SECOND_PERSON_RE = lazy(r"\b(?:(?i:you|your|yours|you're|you’ll|you'll|dein|deine|dich|dir|euch|vous|votre|vos|"
                        r"tu|ton|ta|tes|usted|ustedes|tus|tuo|tua|tuoi|vostro|vostra|você|vocês|jouw|uw)|"
                        r"Sie|Ihr|Ihre|Ihren|Ihnen)\b")
QUOTE_BOX_TAGS = ("figure", "blockquote")
# ...and it sits in the article's text: a paragraph of prose beside it, or beside its wrapper up to
# this many levels (a landing page's row of feature cards, each "Get started", has none).
PITCH_PROSE_LEVELS = 3
# ...or, with one link in its lines or none, a box whose action was a form's: it held a <form>, a
# button or a field the form rules removed ("Get quotes from three pros near you", a zip box, "Find
# pros"). A removed action marks its parent HELD_FORM_ATTR; the box's words, one to three lines to
# the reader (the form says it is a pitch: no title needed), stay behind without it. Hidden fields,
# check boxes, radio buttons and a search box are no action of a pitch.
HELD_FORM_ATTR = "data-cleanpage-held-form"
# ...its value when the action asked for an e-mail address (<input type=email>): a box of a line or
# two over such a field, among an article's prose, is a sign-up in any language ("Meld je aan en
# ontvang elke maand tips", no word to the reader that SECOND_PERSON_RE knows).
HELD_EMAIL_FIELD = "email"
# ...or, such a box, headed by the name of a newsletter (its words may speak of what "we" send,
# not to "you": "Club newsletter / Once a month we send the programme"), in several languages (Thai
# heads a sign-up "get the news": รับข่าวสาร).
NEWSLETTER_HEAD_RE = lazy(
    r"newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél|zpravodaj|bülten|boletín|boletim|"
    r"lettre d.information|рассылк|розсилк|ньюслеттер|ニュースレター|メルマガ|电子报|電子報|뉴스레터|"
    r"النشرة البريدية|خبرنامه|ניוזלטר|ενημερωτικό δελτίο|न्यूज़लेटर|จดหมายข่าว|รับข่าวสาร|bản tin|ព្រឹត្តិបត្រ",
    re.IGNORECASE,
)
MAX_NEWSLETTER_HEAD_CHARS = 40
# ...or, in an article's body, a line of its own (a <p> or a bare <div>, at most MAX_PITCH_LINE_CHARS)
# that ends in its one link, a short button of an action word that signs up, joins, buys or starts
# ("…save on shipping! Shop now", "The free weekly letter brings the news. Subscribe here.", "Enroll
# for free"), in several languages: the pitch and its button, not the story. A sentence's link to a
# source ("here", a title) names no such action, and a paragraph's link inside its prose ends no line.
PITCH_LINE_BLOCK_TAGS = frozenset(("p", "div"))
MAX_PITCH_LINE_CHARS = 300
PITCH_BUTTON_RE = lazy(
    r"^(?:subscribe|sign ?up|join (?:now|here|today|us|for free)|register (?:now|here|today|for free)|"
    r"enrol(?:l)? (?:now|here|today|for free)|shop|start shopping|order (?:now|today)|buy (?:now|today)|"
    r"try (?:it |\w+ )?(?:now|today|for free)|download (?:now|today|it|the|our|your|for free)|get started|"
    r"start (?:your|a|my) free|claim (?:your|the)|book (?:now|today|your)|"
    r"abonnieren|jetzt (?:abonnieren|anmelden|kaufen|bestellen|registrieren)|zum shop|"
    r"abonnez-vous|s.abonner|inscrivez-vous|achetez|commandez|"
    r"suscr[ií]bete|suscribirse|reg[ií]strate|compra(?:r)? (?:ahora|ya)|"
    r"iscriviti|abbonati|acquista (?:ora|subito)|assine|inscreva-se|compre (?:agora|já)|"
    r"abonneer|schrijf je in|meld je aan|bestel nu|koop nu)\b",
    re.IGNORECASE,
)
FORM_ACTION_TAGS = frozenset(("form", "button", "input"))
NOT_ACTION_INPUT_TYPES = frozenset(("hidden", "checkbox", "radio", "search"))


# A wiki's link to edit the section it stands in, in brackets after each heading ("[edit]",
# "[edit source]", "[bearbeiten | Quelltext bearbeiten]"): only in its brackets, as a wiki writes
# it (a bare "Edit" link beside a manual's text may be its own word).
SECTION_EDIT_WORDS = frozenset((
    "edit", "edit source", "bearbeiten", "quelltext bearbeiten", "modifier", "modifier le code", "editar",
    "editar código", "modifica", "modifica wikitesto", "bewerken", "brontekst bewerken", "edytuj", "edytuj kod",
    "redigera", "rediger", "upravit", "править", "править код", "редактировать", "редагувати", "düzenle",
    "編集", "编辑", "編輯", "편집", "تعديل",
))
SECTION_EDIT_SEPARATORS_RE = lazy(r"\s*[|·]\s*")


def is_section_edit_link(text: str) -> bool:
    """Is this block a wiki's "[edit]" link set after a section's heading (SECTION_EDIT_WORDS)?"""
    inner = text.strip()
    if len(inner) < 3 or inner[0] != "[" or inner[-1] != "]":
        return False
    words = SECTION_EDIT_SEPARATORS_RE.split(" ".join(inner[1:-1].lower().split()).strip())
    return all(word in SECTION_EDIT_WORDS for word in words)


def label_key(text: str) -> str:
    """A line as LABELS holds it: lower-cased, its white space collapsed, trimmed of punctuation."""
    key = " ".join(text.lower().split()).strip(LABEL_TRIM)
    if DOTTED_I in key:
        key = key.replace(DOTTED_I, "i")  # Turkish "İlgili haberler" lower-cases to a dotted "i̇"
    if not key.isascii() and not unicodedata.is_normalized("NFC", key):
        key = unicodedata.normalize("NFC", key)  # Hindi "पढ़ें" with "ढ़" as one code point (LABELS has two)
    return key


def is_label(text: str) -> bool:
    """Is this short block a chrome label ("Advertisement", "Share this:", "12 comments", a
    wiki's "[edit]")?"""
    key = label_key(text)
    if key in LABELS or is_section_edit_link(text) or (LABEL_RE_CHARS_RE.search(key) is not None or key.startswith(LABEL_STARTS)) \
            and LABEL_RE.match(key) is not None:
        return True
    line = text.strip()
    return line.endswith(LOADING_LINE_ENDS) and LOADING_LINE_RE.match(" ".join(line.lower().split())) is not None
# A thread's line of who is reading it, as forum engines print it over or under the posts: SMF's
# "Ann, Bo and 3 Guests are viewing this topic." in its language packs' words (English, German,
# Spanish, Portuguese, Italian, Polish, Russian, Turkish, Chinese), MyBB's "Users browsing this
# thread: 2 Guest(s)", vBulletin's "There are currently 2 users browsing this thread. (0 members and
# 2 guests)", phpBB's "Users browsing this forum: No registered users and 2 guests" in its packs'
# words (Russian, German, French, Polish, Spanish, Brazilian Portuguese, Malay). The page's state, never a post's words: the engine's own
# wording, a count of guests in SMF's and vBulletin's; the members' names before SMF's count make the
# line longer than a label.
VIEWERS_LINE_RE = lazy(
    r"^(?:.{0,200}? (?:and|und|y|e|i|и|ve|以及) \d+ \S+ (?:are viewing this (?:topic|board)|"
    r"betrachten dieses (?:thema|board)|están viendo este (?:tema|foro)|estão vendo este (?:tópico|fórum)|"
    r"stanno (?:guardando|visualizzando) quest[oa] (?:topic|discussione|board|sezione)|"
    r"przegląda(?:ją)? ten (?:wątek|dział)|просматривают (?:эту тему|этот раздел)|(?:konuyu|bölümü) incelemekte|"
    r"正在阅读本主题|正在閱讀本篇主題)|users browsing this (?:thread|forum): .{1,200}|"
    r"(?:сейчас этот форум просматривают|mitglieder in diesem forum|utilisateurs parcourant ce forum|"
    r"użytkownicy przeglądający to forum|usuarios navegando por este foro|usuários navegando neste fórum|"
    r"pengguna yang melayari forum ini) ?: .{1,200}|"
    r"there (?:are|is) currently \d+ users? browsing this (?:thread|forum)(?:\. ?\(\d+ members? and \d+ guests?\))?)\W?$"
)
MAX_VIEWERS_LINE_CHARS = 300
# SMF's header row over the posts: the thread's title and how often it was read, "Author Topic:
# Oven trips the breaker (Read 412 times)" (its packs: "(Leído 412 veces)", "(Letto 412 volte)",
# "(Przeczytany 412 razy)", "(Прочитано 412 раз)", "(阅读 412 次)", "(412-mal gelesen)"): the title
# repeats the page's, the count is the page's state; a line that ends so, up to a heading's length.
# A Chinese board (Discuz!) heads its posts with the thread's views and replies, "查看: 3187|回复: 24"
# (traditional "回覆"): that line whole.
READ_COUNT_ROW_RE = lazy(
    r"\((?:read|leído|letto|przeczytany|прочитано|阅读|閱讀) ?\d[\d.,]* ?(?:times|veces|volte|razy|раз|次)\)$|"
    r"\(\d[\d.,]*-mal gelesen\)$|\(einmal gelesen\)$|"
    r"^查看: ?\d[\d,]* ?\| ?(?:回[复覆]: ?)?\d[\d,]*$"
)
MAX_READ_COUNT_ROW_CHARS = 300
# A comment's header as Slash (Slashdot's engine) prints it: a reply's subject left at its prefix, or
# a removed comment's note, and the score its readers' moderation gave it ("Re: (Score:2, Insightful)",
# "Comment removed (Score:5, Funny)", the score alone), and the line under it naming the poster, their
# user number, the time and the comment's number ("by ann_lee ( 12345 ) on Friday May 3, 2024 @11:51AM
# (#6415311) Journal"): the engine's lines, never a comment's words.
COMMENT_SCORE_LINE_RE = lazy(
    r"^(?:re ?: ?|comment removed ?)?\(score ?: ?-?\d(?:, ?[a-z]+)?\)$|"
    r"^by \S.{0,60}? \( ?\d+ ?\) on \S.{0,60}? \(#\d+\)(?: (?:homepage|journal))*$"
)
THREAD_STATE_TAGS = frozenset(("p", "div", "span", "h2", "h3", "h4", "h5", "h6", "small"))
# What each of those lines holds, looked for before its pattern (a block's line is tested at
# every level of the body's walk, and the patterns' searches cost ~1.5 us a line each): a viewers
# line holds a number after a space ("and 3 Guests", "currently 2 users") or a colon ("Users
# browsing this thread: …"); a read-count row ends with its bracket ("(Read 412 times)") or opens
# with Discuz!'s word ("查看: 3187|回复: 24").
VIEWERS_LINE_HINT_RE = lazy(r" \d|:")
READ_COUNT_ROW_END = ")"
READ_COUNT_ROW_OPENING = "查看"


# The shortest word of a phrase the gate before VIEWERS_LINE_RE looks for in its place ("stanno"
# for the sixteen Italian phrases, "forum" for five): shorter, a word of the phrase is a word
# of most lines ("e", "this", "ten").
MIN_GATE_WORD_CHARS = 5


@lru_cache(maxsize=1)
def _viewers_line_required() -> tuple[frozenset[str], ...]:
    """The strings every match of VIEWERS_LINE_RE holds (patterns.required_words: its phrases in
    each language), looked for before the pattern, whose opening tries each of up to 200
    characters: a line that holds a colon ("Entry 4 of the log: ...") is most lines. Each set's
    phrases are looked for by a few of their words (gate_words: 14 for 42 phrases)."""
    return tuple(gate_words(words) for words in known_required_words(VIEWERS_LINE_RE.pattern))


def gate_words(phrases: frozenset[str], least: int = MIN_GATE_WORD_CHARS) -> frozenset[str]:
    """A few words of the phrases (each a string their spaces part, `least` characters long at
    least), each phrase holding one: a line that holds a phrase holds one of them. The word most
    phrases hold is taken first (then the longest, then the first in order), until each phrase
    holds one taken; a phrase without a word so long stands for itself."""
    left, taken = set(phrases), set()
    while left:
        counts: dict[str, int] = {}
        for phrase in left:
            for word in set(phrase.split()):
                if len(word) >= least:
                    counts[word] = counts.get(word, 0) + 1
        if not counts:
            taken |= left
            break
        word = min(counts, key=lambda w: (-counts[w], -len(w), w))
        taken.add(word)
        left = {phrase for phrase in left if word not in phrase.split()}
    return frozenset(taken)


def is_thread_state_line(text: str, line: str | None = None) -> bool:
    """Is this block a forum thread's state, who reads it (VIEWERS_LINE_RE), SMF's header row with
    how often it was read (READ_COUNT_ROW_RE) or a comment's score and details line (COMMENT_SCORE_LINE_RE),
    and no word of a post? `line` is the text's words joined by single spaces, when the caller has them."""
    if len(text) > max(MAX_VIEWERS_LINE_CHARS, MAX_READ_COUNT_ROW_CHARS):
        return False
    # (lower-casing makes no space and takes none away: the words of the lower-cased text are the line's)
    line = (" ".join(text.split()) if line is None else line).lower()
    return VIEWERS_LINE_HINT_RE.search(line) is not None and has_required(line, _viewers_line_required()) \
        and VIEWERS_LINE_RE.match(line) is not None \
        or (line.endswith(READ_COUNT_ROW_END) or line.startswith(READ_COUNT_ROW_OPENING)) \
        and READ_COUNT_ROW_RE.search(line) is not None \
        or COMMENT_SCORE_LINE_RE.match(line) is not None


# The title of a table of contents, in several languages, after lower-casing and trimming as
# is_label does, with the word of its open/close toggle after it ("Table of Contents [hide]"):
# it goes when the list it titles is gone (the link-list rule takes a list of in-page links), and
# stays over a list or a section that stays (a manual's contents, "Contents: see SUMMARY.md").
TOC_TITLES = frozenset((
    "table of contents", "contents", "in this article", "on this page", "jump to section", "inhaltsverzeichnis",
    "inhalt", "in diesem artikel", "table des matières", "sommaire", "dans cet article", "tabla de contenidos",
    "índice", "índice de contenidos", "contenido", "en este artículo", "indice", "indice dei contenuti",
    "sommario", "in questo articolo", "índice de conteúdo", "neste artigo", "inhoudsopgave", "inhoud",
    "in dit artikel", "spis treści", "w tym artykule", "innehållsförteckning", "innehåll",
    "indholdsfortegnelse", "innholdsfortegnelse", "obsah", "содержание", "оглавление", "зміст", "içindekiler",
    "目次", "目录", "目錄", "목차", "المحتويات", "جدول المحتويات",
))
TOC_TOGGLE_RE = lazy(r"\s*[\[(]?\s*(?:show|hide|toggle|open|close|anzeigen|ausblenden|afficher|masquer|mostrar|"
                     r"ocultar|mostra|nascondi|tonen|verbergen|pokaż|ukryj)\s*[\])]?$")
MAX_TOC_TITLE_CHARS = 60
# The tags a title is written in, and how many levels above it the list it titles may start
# (a title in a <p> in the box's header, the list after that header).
TOC_TITLE_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "p", "summary", "div", "span", "strong", "b", "button"))
TOC_TITLE_LEVELS = 3
# A block that holds a table of contents' title and, beside it, its list, yet whose whole text is
# the title, holds an empty list: a script fills it as the page loads ("Table of Contents [Show]"
# over an empty <ul>). The title titles nothing the reader of the body gets, and goes with its box.
TOC_LIST_TAGS = ("ul", "ol")


# A heading with nothing after it in the body titles nothing the reader gets: the block it stood
# over went (a list of related links, a comment form) or was never in the body. At most this many
# go, from the end (a section's heading over a box's heading).
TRAILING_HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
MAX_TRAILING_HEADINGS = 3
MAX_TRAILING_HEADING_CHARS = 150  # a heading's words, not a block a page put in an <h2>
# ...when the rule that took the block after it took it as links to elsewhere: the heading titled
# a list of related links ("More stories", "Links"), not an offer or a form a reader acts on.
TRAILING_TITLED_RULES = frozenset(("link-list", "related"))


def is_toc_title(text: str) -> bool:
    """Is this short block the title of a table of contents ("Table of Contents", "Sommaire")?"""
    if len(text) > MAX_TOC_TITLE_CHARS:
        return False
    key = " ".join(text.lower().split()).strip(LABEL_TRIM)
    return key in TOC_TITLES or TOC_TOGGLE_RE.sub("", key).strip(LABEL_TRIM) in TOC_TITLES


# Credit and contact lines that news pages add under the story, in several languages: who reported
# it, and how to reach the writer (an address after "Email … at", "… may be reached at").
CREDIT_RE = lazy(
    r"^\W*(?:additional )?(?:reporting|writing|editing|research|compiled|produced|edited) by\b|"
    r"\bcontributed (?:reporting|to this (?:report|story|article))(?: from [^.]{0,25})?\W*$|"
    r"^\W*write to .{0,80}\bat \S+@|^\W*\S+@\S+\.\w+\W*$|"
    # "Email Ann Lee at ann@example.org or follow her…" (a name: "Email us at" is a service's contact),
    # "Have a tip? Ann Lee may be reached at ann@…"
    r"^\W*(?:have a (?:news )?tip\?\s*)?(?:e-?mail(?:\s+(?-i:[A-Z])[\w'’.\-]*){1,4}\s+at|"
    r"[^.!?]{0,60}\b(?:may|can) be reached at)\s+\S+@\S+\.\w+|"
    r"^\W*(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook)\.com/\S+\W*$|"
    r"^\W*[\w .]{0,40} wire services?\W*$|"
    r"^\W*(?:mit material (?:von|der)|avec (?:l.)?afp|con información de|z agencji)\b|"
    # a news agency's tail in its other languages, in brackets: who reported, who edited ("(Reportagem de
    # Ana Lima; Edição de …)", "(Reportaje de …; Editado en español por …)", "(Reportage Jean Roux, édité
    # par …)", "(Berichterstattung von …, redigiert von …)")
    r"^\W*\(\s*(?:reportagem de|reportaje de|reporte de|berichterstattung(?: von|:)|"
    r"redação de|redacción de|редактирование|редактор)\s[^()]{0,200}\)\W*$|"
    r"^\W*\(\s*reportage\s[^()]{0,80}\bédité par\s[^()]{0,80}\)\W*$",
    re.I,
)
MAX_CREDIT_CHARS = 300
# A picture credit written as a line of text, in several languages and scripts: a credit
# label, a colon and a name ("Photo: Jane Roe/Agency", "Фото: …", "(Foto: dpa)"), or
# "Photo by …"; the whole block is the credit (a caption is dropped by default as well).
_PICTURE_AGENCY = r"(?:getty images|shutterstock|istock(?:photo)?|alamy|unsplash|pexels)"
PHOTO_CREDIT_RE = lazy(
    r"^\W{0,3}(?:(?:photo|image|picture|graphic|video)\s+)?(?:credits?|courtesy)\s*[:：]\s*\S|"
    r"^\W{0,3}(?:photos?|photograph|photography|image|picture|illustration|graphic|"
    r"photo credit|image credit|picture credit|"
    r"fotos?|bild|bilder|bildquelle|fotoquelle|grafik|"
    r"crédits? photos?|crédits?|"
    r"fotografía|imagen|crédito|foto ?crédito|immagine|fotografia|"
    r"fot\.|zdjęcie|zdjęcia|beeld|"
    r"фото|фотография|иллюстрация|фото ?обложки|"
    r"صورة|الصورة|图片来源|图片|图|摄影|写真|画像|사진|"
    r"fotoğraf|görsel|ảnh|عکس|φωτογραφία|φωτ\.|fotó|צילום|ภาพ|ภาพประกอบ|"
    r"(?:फोटो|फ़ोटो|तस्वीर)(?: साभार)?|ছবি|(?:فائل )?(?:تصویر|فوٹو))\s*[:：]\s*\S|"
    r"^\W{0,3}(?:photo|photograph|image|picture|foto|photos) (?:by|courtesy of|von|par|de|di)\s+\S|"
    r"^\W{0,3}fot\.\s*\S|"  # Polish "Fot. Jan Kowalski"
    # a picture agency's credit: "Getty Images / Jane Roe", "Jane Roe | Agency | Getty Images",
    # "Jane Roe via Getty Images"
    rf"^\W{{0,3}}{_PICTURE_AGENCY}\s*(?:/|\||:|via)\s*\S|"
    rf"(?:\||/|\bvia)\s*{_PICTURE_AGENCY}(?:\s*(?:/|\|)\s*[^|/]{{1,40}})?\W*$",
    re.I,
)
# A credit is a line: longer, it is a sentence that starts with a label.
MAX_PHOTO_CREDIT_CHARS = 160
PHOTO_CREDIT_WORDS = ("photo", "credit", "courtesy", "image", "picture", "graphic", "video", "illustration",
                      "foto", "bild", "grafik", "crédit", "imagen", "immagine", "fot.", "zdjęci", "beeld",
                      "фото", "иллюстрац", "صورة", "图", "摄影", "写真", "画像", "사진", "shutterstock", "istock",
                      "alamy", "unsplash", "pexels", "görsel", "ảnh", "عکس", "φωτ", "fotó", "צילום", "ภาพ",
                      "फोटो", "फ़ोटो", "तस्वीर", "ছবি", "تصویر", "فوٹو")
# Chart axis labels that an HTML or SVG chart leaves as text: at least this many numbers
# with the same unit, and nothing else, in even steps, added ("0 10 20 30", "2019 2020 2021")
# or multiplied ("1 10 100 1000"); a price and its discount ("$2,498.00 $2,198 00"), a size
# ("86 x 54 x 6 mm") or a phone number are not.
MIN_AXIS_LABELS = 3
AXIS_UNITS = r"%|‰|°[CF]?|[kKMBT]|bn|mn|mln|mld|px|pt|mm|cm|km|kg|g|m|s|ms|h|[$€£¥₹]"
AXIS_LABEL_RE = lazy(
    r"[-+−]?(?P<currency>[$€£¥₹]?)(?P<number>\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    rf"(?P<unit>{AXIS_UNITS})?"
)
# A unit written apart from its number ("100 km").
AXIS_UNIT_RE = lazy(AXIS_UNITS)
# How far apart two steps of one axis may be (rounding: "0 33 67 100").
AXIS_STEP_TOLERANCE = 0.05
# What may stand between the labels ("|", "–"), besides spaces.
AXIS_SEPARATORS = frozenset(("|", "/", "–", "—", "-", "·", "•"))
AXIS_MULTIPLIERS = {"k": 1e3, "K": 1e3, "M": 1e6, "mn": 1e6, "mln": 1e6, "B": 1e9, "bn": 1e9, "mld": 1e9,
                    "T": 1e12}
# An axis is a line of labels, never a paragraph.
MAX_AXIS_CHARS = 200
# Where axis labels are never looked for: data and code.
AXIS_EXCLUDED_ANCESTORS = ("table", "pre", "code")
# Characters a credit line may run on after the credit itself ("… from Hong Kong.").
MAX_AFTER_CREDIT = 30
# Literals every PROMO_TEXT_RE / CREDIT_RE match contains: substring tests in C
# spare most paragraphs the slower patterns.
PROMO_WORDS = ("newsletter", "inbox", "signing up", "e-mail", "email", "abonnieren", "abonnez", "inscrivez", "suscr", "iscriviti",
               "zapisz", "schrijf", "subscribe", "issues for", "as little as", "berlangganan", "daftar", "đăng ký",
               "خبرنامه", "abonea", "εγγραφείτε", "iratkozz", "hírlevel", "הירשמו", "สมัครรับ", "bülten",
               "assine", "inscreva", "cadastre", "přihlaste", "odebírejte", "подпишитесь", "підпишіться",
               "prenumerera", "tilaa", "melden sie", "registrieren sie", "regístrate", "abone olun", "abonneer",
               "ニュースレター", "メールマガジン", "メルマガ", "订阅", "訂閱", "뉴스레터", "اشترك", "correo", "courriel",
               "ce message")
CREDIT_WORDS = ("reporting by", "writing by", "editing by", "research by", "compiled by", "produced by",
                "edited by", "contributed", "write to", "@", ".com/", "wire service", "material von",
                "material der", "afp", "con información", "z agencji", "reportagem", "reportaje", "reporte de",
                "reportage", "berichterstattung", "redação", "redacción", "редакт")
# Paywall prompts written into the body, in several languages.
PAYWALL_TEXT_RE = lazy(
    r"\b(?:subscribe|sign in|log in|register) to (?:continue|keep) reading|to continue reading,? (?:subscribe|sign in|log in)|"
    r"already (?:a subscriber|have an account)\?|this (?:article|story|content) is (?:for|only available to|exclusive to) "
    r"(?:[\w+]+ ){0,2}?(?:subscribers|members)|to read the rest of this (?:article|story|post),? (?:please )?"
    r"(?:subscribe|sign in|log in)|\bto unlock this (?:article|story|post|piece)\b|jetzt weiterlesen|weiterlesen mit|sie haben bereits ein abo|artikel freischalten|"
    r"réservé aux abonnés|déjà abonné|la suite est réservée|suscríbete para (?:seguir|continuar) leyendo|"
    r"ya soy suscriptor|contenuto riservato agli abbonati|sei già abbonato|artykuł dostępny dla prenumeratorów|"
    # ... and a notice that says the story is for subscribers, or asks whether the reader is one, in more
    # languages (the story, not a service, is what is for subscribers: a sentence on a paper's plans stays)
    r"(?:conteúdo|matéria|reportagem) exclusiv[ao] para assinantes|já é assinante\?|"
    r"dit (?:artikel|verhaal) is (?:alleen|exclusief) voor abonnees|ben je al abonnee\?|"
    r"(?:материал|статья|публикация) доступ\w* только (?:для )?подписчик|"
    r"(?:матеріал|стаття|публікація) доступ\w* (?:лише|тільки) (?:для )?передплатник|"
    r"bu (?:içerik|haber|yazı|makale) abonelere özel|artikel ini khusus (?:untuk )?pelanggan|sudah berlangganan\?|"
    r"redan prenumerant\?|allerede abonnent\?|(?:článek|obsah) je (?:pouze|jen) pro předplatitele|"
    r"この記事は(?:有料)?会員限定|有料会員限定|(?:a cikk|ez a cikk|ez a tartalom) (?:csak|kizárólag) előfizető|"
    r"(?:articol|conținut)\w* (?:(?:este )?disponibil )?(?:doar|exclusiv) pentru abonați|"
    r"(?:άρθρο|περιεχόμενο) (?:είναι )?(?:διαθέσιμο )?μόνο για συνδρομητές|(?:הכתבה|התוכן) (?:זמינה |זמין )?למנויים בלבד|"
    r"(?:المقال|المحتوى) (?:متاح )?للمشتركين فقط|"
    # ... the end of a free article: "subscribe (or log in) to read the rest", and the story for subscribers
    # only, in the web's other large languages; the questions to the reader ("already a subscriber?") only
    # as questions, as prose says a subscriber already has a plan
    r"(?:订阅|訂閱|登录|登錄|登入|付费|付費)(?:后|後|以|即可|后即可|後即可|后可|後可|可)?(?:继续|繼續)?(?:阅读|閱讀)(?:全文|完整|剩余|剩餘)|"
    r"(?:本文|此文|该文|該文)(?:为|為)(?:付费|付費)(?:内容|內容|文章)|"
    r"(?:本文|此文|该文|該文|此内容|此內容|本内容|本內容)(?:为|為)?(?:付费内容|付費內容)?[，,]?\s*"
    r"(?:仅限|僅限|仅供|僅供)(?:付费|付費)?(?:订阅|訂閱|会员|會員|订户|訂戶)|已是(?:订阅|訂閱|付费|付費)?(?:用户|用戶|会员|會員|订户|訂戶)[？?]|"
    r"구독(?:하고|하시면|하면|\s*후)\s*(?:전체\s*|나머지\s*)?(?:기사|본문|내용)(?:를|을)?\s*(?:계속\s*)?(?:읽|보)|"
    r"(?:구독자|유료\s*회원|회원)\s*전용\s*(?:기사|콘텐츠|입니다)|이미\s*(?:구독\s*중이신가요|구독하셨나요|회원이신가요)|"
    r"(?:전체|나머지)\s*(?:기사|본문|내용)(?:를|을)?\s*(?:읽|보)(?:으려면|려면)\s*(?:구독|로그인)|"
    r"(?:đăng ký|đăng nhập)(?: tài khoản)? để (?:đọc|xem) (?:tiếp|toàn bộ|hết|trọn vẹn|đầy đủ)|"
    r"(?:bài viết|nội dung)(?: này)? (?:chỉ )?dành (?:riêng )?cho (?:hội viên|thành viên|người đăng ký|tài khoản trả phí)|"
    r"bạn đã là (?:hội viên|thành viên|người đăng ký)\?|"
    r"برای (?:ادامه|خواندن|مطالعه)[^.؟!]{0,30}?(?:مشترک شوید|اشتراک (?:تهیه کنید|بخرید)|وارد شوید)|"
    r"(?:مطلب|محتوا|مقاله|خبر) (?:ویژه|مخصوص|فقط برای) (?:مشترکان|مشترکین|اعضا)|قبلا?ً? مشترک شده[\u200c ]?اید|"
    r"(?:สมัครสมาชิก|เข้าสู่ระบบ|ล็อกอิน)\s*เพื่อ\s*(?:อ่าน|ดู)|(?:เนื้อหา|บทความ)(?:นี้)?\s*(?:สำหรับ|เฉพาะ)\s*สมาชิก|"
    r"続きを(?:お)?読(?:む|み)(?:には|いただくには|たい方は)|続きは(?:有料)?会員|有料会員(?:になると|登録(?:すると|で))|"
    r"(?:اشترك|سجل الدخول|سجّل الدخول)\s+(?:ل|من أجل )(?:مواصلة|متابعة|إكمال)|"
    # ... Arabic's "continue reading with a subscription" and "already a subscriber?" (a question only)
    r"(?:تابع|واصل|أكمل|اكمل)\s+(?:ال)?قراءة\s+(?:مع|عبر|ب)\s*(?:ال)?اشتراك|(?:هل أنت )?مشترك (?:بالفعل|مسبق(?:ًا|ا)?)[؟?]|"
    r"berlangganan untuk (?:membaca|melanjutkan)|"
    r"(?:devamını|okumaya devam etmek) (?:okumak )?için (?:abone olun|giriş yapın|üye olun)|"
    r"(?:для продолжения чтения|чтобы (?:продолжить чтение|дочитать(?: статью| материал| до конца)?|"
    r"прочитать (?:статью|материал) (?:полностью|целиком))),? "
    r"(?:оформите|купите) подписку|"
    r"(?:щоб (?:продовжити читання|дочитати|прочитати повністю)|для продовження читання),? (?:оформіть |придбайте )?передплат|"
    r"(?:читайте|прочитайте) (?:далі|повністю) з передплатою|"
    r"per continuare a leggere,? (?:abbonati|accedi|registrati)|abbonati per continuare a leggere|"
    r"para continuar lendo,? (?:assine|faça login|entre)|assine para continuar lendo|"
    r"aby (?:przeczytać (?:cały )?(?:artykuł|tekst)|czytać dalej|kontynuować czytanie),? (?:wykup|kup|zamów) "
    r"(?:subskrypcję|prenumeratę|dostęp)|"
    r"um weiterzulesen,? (?:schließen sie ein abo ab|melden sie sich an|registrieren sie sich)|"
    r"lees verder met (?:een )?(?:abonnement|account)|om verder te lezen,? (?:neem een abonnement|log in|word abonnee)|"
    r"pro (?:pokračování ve čtení|dočtení článku|přečtení celého článku) si (?:předplaťte|kupte předplatné|se přihlaste)|"
    r"για να (?:συνεχίσετε την ανάγνωση|διαβάσετε (?:ολόκληρο )?το άρθρο),? (?:γίνετε συνδρομητ|εγγραφείτε|συνδεθείτε)|"
    r"a cikk (?:folytatásához|elolvasásához|teljes elolvasásához),? (?:fizessen elő|fizess elő|jelentkezzen be|lépjen be)|"
    r"pentru a (?:continua (?:lectura|să citești|citirea)|citi (?:tot )?articolul(?: complet)?),? "
    r"(?:abonează-te|abonați-vă|autentifică-te)|"
    r"(?:den här|denna) (?:artikeln?|texten?) är (?:låst|endast|bara) för prenumeranter|"
    r"(?:denne|den her) (?:artikel|artikkel)(?:en)? er (?:kun|låst) for abonnenter|"
    r"läs vidare med (?:ett )?(?:abonnemang|konto)|för att läsa vidare,? (?:logga in|bli prenumerant|teckna)|"
    r"כדי להמשיך (?:לקרוא|בקריאה),? (?:הירשמו|הירשם|התחברו|התחבר)|להמשך (?:ה)?קריאה (?:הירשמו|התחברו)",
    re.I,
)
MAX_PAYWALL_CHARS = 400
# A template's filler text, "Lorem ipsum dolor sit amet…" (or "Lorem ipsum 3" in a list of
# placeholders): looked for in blocks whose own text opens with the prefix, up to this size.
PLACEHOLDER_PREFIX = "lorem"
PLACEHOLDER_PREFIX_CHARS = len(PLACEHOLDER_PREFIX)
PLACEHOLDER_TEXT_RE = lazy(r"\s*lorem ipsum\b", re.I)
MAX_PLACEHOLDER_CHARS = 1000
# ... but not in a body that holds the filler within this many characters of its start: a
# template's demo page (or a reader's test page), whose filler is its text.
PLACEHOLDER_WORDS = "lorem ipsum"
PLACEHOLDER_OPENING_CHARS = 500
# A paywall's offer box: a wrapper whose heading, among its first children, is the notice
# ("This story is exclusive to subscribers"), over the plans and their prices (_paywall_box).
PAYWALL_BOX_TAGS = frozenset(("div", "section", "aside"))
MAX_PAYWALL_BOX_CHARS = 2000
MAX_PAYWALL_HEADING_INDEX = 4
# Phrases, one of which every PAYWALL_TEXT_RE match contains (ordinary prose
# holds "reading" or "above", so the literals must be whole phrases).
PAYWALL_WORDS = ("to continue reading", "to keep reading", "continue reading,", "already a subscriber", "the rest of this",
                 "to unlock this",
                 "already have an account", "for subscribers", "for members", "only available to", "exclusive to",
                 "jetzt weiterlesen", "weiterlesen mit", "ein abo", "freischalten", "réservé aux abonnés",
                 "déjà abonné", "la suite est réservée", "seguir leyendo", "continuar leyendo", "ya soy suscriptor",
                 "riservato agli abbonati", "già abbonato", "dla prenumeratorów", "assinante", "abonnee", "подписчик",
                 "передплатник", "abonelere", "pelanggan", "berlangganan?", "prenumerant", "abonnent", "předplatitel",
                 "会員限定", "előfizető", "abonați", "συνδρομητές", "למנויים", "للمشتركين",
                 "berlangganan untuk", "için", "continuare a leggere", "continuar lendo", "aby ", "weiterzulesen",
                 "lees verder", "verder te lezen", "pro pokračování", "pro dočtení", "pro přečtení", "a cikk", "pentru a",
                 "läs vidare", "läsa vidare")
# ... and those of the notices in other scripts, looked for only in a block that holds a letter of one
# (NON_LATIN_RE): most blocks are spared the longer list.
PAYWALL_SCRIPT_WORDS = ("阅读", "閱讀", "付费", "付費", "仅限", "僅限", "仅供", "僅供", "已是", "구독", "전용", "이미", "để đọc", "để xem",
                        "bài viết", "nội dung", "bạn đã là", "مشترک", "اشتراک", "وارد شوید", "สมาชิก", "เข้าสู่ระบบ", "ล็อกอิน", "続き",
                        "有料会員", "اشترك", "سجل الدخول", "سجّل الدخول", "قراءة", "مشترك", "подписку", "передплат", "για να", "להמשיך",
                        "להמשך")
# A letter of a script other than Latin (Greek, Cyrillic, Hebrew, Arabic, Thai...), or Vietnamese's
# Latin letters with two marks ("ể", "ạ"), or a Chinese, Japanese or Korean character.
NON_LATIN_RE = lazy(r"[\u0370-\u0e7f\u1e00-\u1eff\u3000-\u9fff\uac00-\ud7af]")
# Affiliate disclosures written into the body, in several languages: a phrase that is one
# ("As an Amazon Associate …"), or affiliate links named where the page speaks of itself or to
# its reader (AFFILIATE_NOTICE_RE: "this post contains affiliate links", "we earn a commission").
# A paragraph that only names them ("pay partners through affiliate links and coupon codes", "banners
# or affiliate links fund some blogs") is prose about them. wcxb-dev articles tune +0.00002,
# forums tune +0.0002 (three pages up, none down).
AFFILIATE_RE = lazy(
    r"\bwe may (?:earn|receive) (?:an? )?(?:small |affiliate )?commission|as an amazon associate",
    re.I,
)
AFFILIATE_LINKS_RE = lazy(
    r"\baffiliate links?\b|affiliate-links?|liens? (?:d.)?affiliation|liens affiliés|enlaces de afiliados?|"
    r"link di affiliazione",
    re.IGNORECASE,
)
AFFILIATE_NOTICE_RE = lazy(
    r"\b(?:this|our|my|these)\s+(?:\w+\s+)?(?:posts?|pages?|articles?|site|blog|website|reviews?|guides?|stor(?:y|ies)|"
    r"content|links?)\b|\b(?:contains?|may contain)\b|\bcommissions?\b|\bat no (?:extra |additional )?cost\b|"
    r"\b(?:we|i)\s+(?:\w+\s+){0,3}(?:earn|receive|get|make)\b|\bif you (?:click|buy|purchase|make)\b|"
    r"\b(?:cet|cette|ce|notre|nos)\s+(?:article|page|site|blog|liens?)\b|\bcontient\b|"
    r"\b(?:este|esta|nuestro|nuestra)\s+(?:artículo|página|sitio|blog)\b|\bcontiene\b|\bcomisi[óo]n\b|"
    r"\b(?:questo|questa|nostro)\s+(?:articolo|pagina|sito|blog)\b|\bcommissione\b|"
    r"\b(?:dieser|diese|dieses|unser|unsere)\s+(?:artikel|beitrag|seite|blog)\b|\benthält\b|\bprovision\b",
    re.IGNORECASE,
)


def is_affiliate_notice(text: str) -> bool:
    """Is this block an affiliate disclosure (not prose that names affiliate links)?"""
    return AFFILIATE_RE.search(text) is not None \
        or (AFFILIATE_LINKS_RE.search(text) is not None and AFFILIATE_NOTICE_RE.search(text) is not None)


AFFILIATE_WORDS = ("affiliate", "commission", "amazon associate", "affiliation", "affiliés", "afiliad", "affiliazione")
MAX_AFFILIATE_CHARS = 400
# Newsletter and subscription pitches written as body paragraphs, in several languages.
PROMO_TEXT_RE = lazy(
    r"\b(?:subscribe|sign up|sign-up|register)\b.{0,80}\b(?:newsletters?|inbox|e-?mails?)\b|"
    r"\bnewsletters?\b.{0,60}\b(?:subscribe|sign up)\b|newsletter abonnieren|jetzt abonnieren|"
    r"\bnewsletters?\b.{0,120}\binbox\b|\bby signing up\b|"
    r"abonnez-vous|inscrivez-vous à (?:notre|la) newsletter|suscr[íi]bete|iscriviti alla newsletter|"
    r"zapisz się do newslettera|schrijf je in voor|(?:berlangganan|daftar) (?:newsletter|buletin)|đăng ký nhận (?:bản )?tin|"
    r"عضویت در خبرنامه|aboneaz[ăa]-te la (?:newsletter|buletin)|εγγραφείτε στο newsletter|iratkozz(?:on|ál) fel|"
    r"hírlevelünkre|הירשמו ל(?:ניוזלטר|עדכונים)|สมัครรับ(?:จดหมายข่าว|ข่าวสาร)|bültenimize abone ol|"
    # ... a sign-up verb said to the reader, then what the letter comes by or as, within a sentence
    # ("Inscrivez-vous gratuitement pour recevoir … l'actualité dans votre boîte mail", "Přihlaste se
    # zdarma a každé ráno dostanete zprávy do e-mailu"); prose says who sends a newsletter, not "sign up"
    r"\b(?:inscrivez-vous|assine|inscreva-se|cadastre-se|přihlaste se|odebírejte|подпишитесь|підпишіться|"
    r"prenumerera|tilaa|zapisz się|melden sie sich|registrieren sie sich|regístrate|abone olun|iscriviti|"
    r"schrijf je (?:gratis |nu )?in|abonneer je|đăng ký)\b"
    r"[^.!?]{0,100}?(?:newsletter|e-?mail|courriel|boîte (?:mail|de réception)|caixa de entrada|рассылк|розсилк|"
    r"почт|nyhetsbrev|inkorg|uutiskirje|sähköpost|skrzynk|postfach|bülten|e-posta|kotak masuk|actualité|"
    r"notícias|novinky|zprávy|новост|новин|nachrichten|noticias|wiadomości|haberler|notizie|nieuws|mailbox|"
    r"tin tức|bản tin|hộp thư)|"
    r"(?:ニュースレター|メールマガジン|メルマガ)(?:に|を|の|へ)?(?:ご)?(?:登録|購読)|"
    r"(?:订阅|訂閱)(?:我们的|我們的)?(?:新闻简报|新聞簡報|电子报|電子報|邮件|郵件)|뉴스레터(?:를|을)?\s*(?:무료\s*)?구독|"
    r"اشترك(?: مجانا| مجاناً| الآن)? في (?:نشرتنا|النشرة)|"
    # a publication's subscription offer: "Subscribe to <Title> and…", "6 issues for £9", "Plus for
    # as little as $3 a month"
    r"^\W*subscribe (?:now )?to (?:[\w’'+]+ ){1,3}(?:and|for|from|today)\b|\b\d+ issues for (?:just |only )?\W?\d|"
    r"\bfor as little as\b[^.!?]{0,40}\b(?:a|per|the first|first) (?:month|year)\b|"
    # a newsletter's line over its archived copy: the e-mail may not show well, see it in a browser
    # ("Is this email not showing properly? View this email in your browser", "Diese E-Mail wird nicht
    # richtig angezeigt?", "Si cet e-mail ne s'affiche pas correctement", "¿No puedes ver este correo?")
    r"\bthis e-?mail (?:is |isn.t )?(?:not )?(?:displaying|showing|displayed|shown) (?:correctly|properly)|"
    r"\btrouble (?:viewing|reading|seeing) this e-?mail|\bview this e-?mail (?:in|on) (?:your|a|the) (?:web ?)?browser|"
    r"\be-?mail (?:wird )?nicht (?:richtig|korrekt) (?:angezeigt|dargestellt)|\be-?mail im browser (?:ansehen|öffnen|anzeigen)|"
    r"\b(?:cet|ce) (?:e-?mail|courriel|message) ne s.affiche pas correctement|"
    r"\bno (?:puedes|puede|se puede) ver (?:bien |correctamente )?este (?:e-?mail|correo)|"
    r"\bquesta e-?mail non (?:viene visualizzata|si vede) correttamente|"
    r"\bdeze e-?mail (?:wordt )?niet (?:goed|juist|correct) weergegeven|"
    r"\b(?:ver|visualizar) (?:este|esse) e-?mail (?:corretamente|no (?:seu )?navegador)",
    re.I,
)
MAX_PROMO_CHARS = 300
# The note a comment section puts under the article about its moderation ("Comments are moderated
# and show once a moderator has read them", "Your comment waits for moderation", "Os comentários
# passam por moderação"), in several languages: the comment
# form's small print, not the article's text. A comment word and a moderation word within
# one sentence, in either order, in a short block (not "approved": a minister's comments are).
_COMMENT_WORD = (r"(?:comments?|comentários?|comentarios?|kommentare?|commentaires?|commenti|komentarze?|"
                 r"reacties|kommentarer)")
_MODERATION_WORD = r"(?:moderat\w*|moderad\w*|modér\w*|moderier\w*|freigeschaltet|spam)"
COMMENT_NOTE_RE = lazy(rf"\b{_COMMENT_WORD}\b[^.!?]{{0,100}}\b{_MODERATION_WORD}|"
                       rf"\b{_MODERATION_WORD}[^.!?]{{0,60}}\b{_COMMENT_WORD}\b")
COMMENT_NOTE_WORDS = ("comment", "coment", "kommentar", "komentarz", "reacties")
MAX_COMMENT_NOTE_CHARS = 250
COMMENT_NOTE_TAGS = frozenset(("p", "div", "span", "small", "em", "i", "strong", "b"))
# The prompt a thread or a question shows a visitor in place of the reply box: to log in, sign up
# or register to reply, answer or comment ("Register to comment on the pump thread", "Please
# sign up to answer", "Bitte anmelden, um über Pumpen zu antworten", "Авторизуйтесь, чтобы ответить"),
# in several languages: the whole of a short block, opening with the call (a post that mentions
# signing up to something goes on past it). The call to see or view what a guest may not ("Join to
# see the photo's details", "Log in to view attachments") stands in for it the same way: wcxb-dev
# forums tune +0.0005, collections tune +0.0001, check +0.00005, no check half down.
_PROMPT_LEAD = r"^(?:you (?:must|need to|have to) (?:be )?|please |to reply,? |)"
_PROMPT_TAIL = r"[^.!?。]{0,60}[.!?。]?$"
REPLY_PROMPT_RE = lazy(
    _PROMPT_LEAD + r"(?:log ?in|logged in|sign ?in|signed in|sign ?up|register(?:ed)?|create an account|join|be a member)"
    r"(?: or (?:log ?in|sign ?in|sign ?up|register|create an account))?(?: now| here| first)? (?:to|in order to) "
    r"(?:reply|answer|comment|post|respond|vote|participate|leave a (?:comment|reply)|join the (?:discussion|conversation)|"
    r"add (?:a |your )?(?:comment|reply|answer)|request clarification|see|view)\b" + _PROMPT_TAIL + "|"
    r"^[^.!?]{0,30}\b(?:anmelden|einloggen|registrieren)\b[^.!?]{0,30}\bum\b[^.!?]{0,30}"
    r"\b(?:antworten|kommentieren|kommentar\w*|beitr\w+|schreiben)\b" + _PROMPT_TAIL + "|"
    r"^[^.!?]{0,30}\b(?:connecter|connectez-vous|inscrire|inscrivez-vous|identifier|identifiez-vous)\b[^.!?]{0,30}"
    r"\bpour (?:pouvoir )?(?:répondre|commenter|poster|participer|publier)\b" + _PROMPT_TAIL + "|"
    r"^[^.!?]{0,30}(?:iniciar sesión|inicia sesión|registrarte|regístrate|identificarte|faça login|fazer login|"
    r"cadastre-se|registre-se)[^.!?]{0,30}\bpara (?:poder )?(?:responder|comentar|publicar|participar)\b" + _PROMPT_TAIL + "|"
    r"^[^.!?]{0,30}\b(?:accedi|accedere|registrati|registrarti)\b[^.!?]{0,30}"
    r"\bper (?:poter )?(?:rispondere|commentare|partecipare|pubblicare)\b" + _PROMPT_TAIL + "|"
    r"^[^.!?]{0,30}(?:войти|войдите|зарегистрир\w+|авторизу\w+)[^.!?]{0,30}"
    r"\bчтобы (?:ответить|оставить|комментировать|написать|отвечать)" + _PROMPT_TAIL + "|"
    r"^[^.!?]{0,30}\b(?:inloggen|registreren|zaloguj\w*|zarejestr\w+)\b[^.!?]{0,30}"
    r"\b(?:om|aby)\b[^.!?]{0,30}(?:reageren|antwoorden|odpowiedzieć|skomentować|komentować)" + _PROMPT_TAIL + "|"
    r"^[^。]{0,15}(?:ログイン|登録|登录|登入|登錄|注册|註冊)[^。]{0,15}(?:返信|回答|コメント|回复|回覆|回帖|评论|評論)[^。]{0,15}。?$|"
    r"^[^。]{0,15}(?:返信|回答|コメント|回复|回覆|回帖|评论|評論)[^。]{0,15}(?:ログイン|登録|登录|登入|登錄|注册|註冊)[^。]{0,15}。?$|"
    # Korean: "after logging in" (or "logging in is needed") before writing, a comment, a reply, a
    # question ("문의는 로그인 후 작성하실 수 있습니다": a shop's box of questions, shut to guests)
    r"^[^.!?]{0,30}로그인\s?(?:후|한 후|하신 후|하시면|하셔야|이 필요)[^.!?]{0,30}(?:작성|댓글|답글|답변|글쓰기|글을 쓰)"
    + _PROMPT_TAIL
)
REPLY_PROMPT_WORDS = ("log", "sign", "regist", "account", "member", "join", "anmeld", "einlogg", "connect", "inscri",
                      "identif", "sesión", "login", "cadastr", "accedi", "войд", "войт", "зарегистр", "авториз",
                      "inlog", "zalog", "zarejestr", "ログイン", "登録", "登录", "登入", "登錄", "注册", "註冊", "로그인")
REPLY_PROMPT_TAGS = COMMENT_NOTE_TAGS | frozenset(("h2", "h3", "h4", "h5", "h6"))
MAX_REPLY_PROMPT_CHARS = 160
# An author box inside the body, told by its heading when its classes say nothing ("About the
# author" and the author's bio after it), in several languages; longer, it is a section. The
# heading's last word may run into the bio's first ("About the AuthorJane Doe is..."), not into
# a longer lower-case word ("About the authority of...").
ABOUT_AUTHOR_RE = lazy(
    r"(?i:about the (?:authors?|writer|contributors?)|meet the authors?|über (?:den|die) autor(?:in|en)?|"
    r"à propos de l['’]auteur|sobre (?:el|la|o|a) autora?|sull['’]autore|o autorze|over de auteur|"
    r"om (?:forfatteren|författaren)|o autorovi|об авторе|про автора|yazar hakkında|著者について|"
    r"この記事を書いた人|关于作者|關於作者|عن الكاتب|tentang penulis|về tác giả|درباره نویسنده|despre autor(?:ul)?|"
    r"σχετικά με τον συγγραφέα|a szerzőről|על הכותב|על המחבר|เกี่ยวกับผู้เขียน)(?![a-zà-ÿ])",
)
MAX_AUTHOR_BOX_CHARS = 1500
# ...or by a credit label standing alone as its first line, the name and the bio in the blocks
# after it ("Written by" / "Ann Lee" / "Ann covers ports…"), in several languages: a byline writes
# the name on the label's line ("Written by Ann Lee"), and is read as one. Not the bare word
# "Author": a forum's badge on the thread starter's posts, a book's "Author: …" field.
AUTHOR_BOX_LABEL_RE = lazy(
    r"(?i)^\W{0,2}(?:written by|authored by|meet the writer|"
    r"geschrieben von|verfasst von|écrit par|rédigé par|escrito por|scritto da|geschreven door|"
    r"napisane przez|skrevet af|skrivet av)\W{0,2}$")
MAX_AUTHOR_BOX_LABEL_CHARS = 40
# ...or by a link to the author's page (its address names a page of authors, in several languages,
# a number before the name's slug or not: "/author/ann-lee/", "/autor/123/ann-lee") with a name of
# a few words, followed in the box by a block that opens with that name's first word: the bio
# ("Ann Lee is a reporter…", "Ann has written for…"). A story's own paragraphs do not open with
# the name of the author their byline links.
AUTHOR_PAGE_LINK_RE = lazy(
    r"/(?:authors?|autor(?:en|es|in)?|auteurs?|autori|autore|contributors?|writers?|yazar|penulis|"
    r"tac-gia|avtor|автор)/(?:\d+/)?[^/?#]+/?(?:[?#]|$)", re.IGNORECASE)
MAX_AUTHOR_CARD_NAME_WORDS = 5
AUTHOR_CARD_LEVELS = 8  # ...a box this many levels above the link at most
MAX_AUTHOR_CARD_LINKS = 3  # the name's link opens the card (after a photo's link): a box of many links is no card
MAX_AUTHOR_CARD_NAME_CHARS = 60
MIN_AUTHOR_CARD_BIO_CHARS = 60
AUTHOR_BOX_TAGS = frozenset(("div", "section", "aside"))
# An author box told by its schema.org marks when its classes say nothing: a box itemprop=author
# marks (one of AUTHOR_BOX_TAGS) that also holds the person's itemprop=description, the bio
# ("Ann Lee is a reporter at…"). A byline marks the author too, but names them without a
# description; a forum post's author pane holds a rank and statistics, not a description.
AUTHOR_CARD_ITEMPROP = "author"
AUTHOR_CARD_BIO_ITEMPROP = "description"
# A post author's rank (itemprop=jobTitle) and statistics (label and short value pairs: a number, a
# date, a place) sit this many levels at most inside the block itemprop=author marks, each
# statistic's value at most this long.
AUTHOR_STATS_LEVELS = 3
# A pane without the mark is a post author's when another post (a block of the tag of one of the
# pane's this many nearest ancestors, beside it) holds a marked pane of its tag and class: the
# opening post's pane, unmarked where the thread's own markup names its author.
AUTHOR_PANE_POST_LEVELS = 3
# ...and, without that mark, a line "Label: number or date" of a <dl> named a poster's profile
# (a bulletin board's, SMF's, names it by the post: "msg_412_extra_info").
PROFILE_NAME_RE = lazy(r"(?i)(?:(?:^|[\s_-]|post|user|member|author)profile"
                       r"|(?:user|author|poster|member)[-_]?(?:info|details|stats)|(?:^|[\s_-])extra[-_]info)(?=$|[\s_-])")
PROFILE_STAT_RE = lazy(r"[^:]{1,30}:\s*\S.{0,40}$")
# ...and a list so named, of short items, one a poster's statistic (POSTER_STAT_RE, POSTER_PRESENCE):
# the poster's title, group, count of posts and presence under their name ("Senior Member",
# "Posts: 812"), a line each; the name stands outside the list.
PROFILE_LIST_TAGS = frozenset(("ul", "ol"))
MIN_PROFILE_LIST_ITEMS = 2
# ...and, named so or not, a short block whose every line is a label and a short value
# (PROFILE_STAT_RE), one of them a poster's statistic: "Join Date: Jun 2019" / "Location: Eastmoor"
# / "Posts: 12" in <div>s or between <br>s, or a <dl> of such terms ("Joined" / "Mar 3, 2019").
PROFILE_BLOCK_TAGS = frozenset(("div", "td", "p", "dl", "span", "small"))
PROFILE_LINE_BLOCKS = frozenset(("div", "p", "li", "dl", "dt", "dd", "ul", "ol", "table", "tr"))
MAX_PROFILE_BLOCK_CHARS = 300
# A list whose every item is a whole-line label (is_label): a bulletin board's (vBulletin 4's) box
# of what the reader may do, "You may not post replies" / "BB code is On", an <li> each; the list
# goes whole, and an item so worded in a list of a post's own lines stays.
LABEL_LIST_TAGS = frozenset(("ul", "ol"))
MIN_LABEL_LIST_ITEMS = 2
# ...and a line of such labels between pipes, a Chinese board's (Discuz!'s) links by each post,
# "发表于 2023-5-2 08:15 | 只看该作者 | 倒序浏览 | 阅读模式": the line goes whole when every part is a
# label or the board's stamp of when the post was made ("发表于", traditional "發表於", then a number).
LABEL_ROW_TAGS = frozenset(("div", "p", "span"))
LABEL_ROW_SEPARATOR = "|"
LABEL_ROW_POSTED_RE = lazy(r"(?:发表于|發表於) ?\d[\d\-/: ]*$")
MAX_LABEL_ROW_CHARS = 160
# ...and, anywhere, a line that is only a poster's count of posts or the day they joined, by its
# label in several languages ("Posts: 1,204", "Join Date: Sep 2014", "Registered: 2013-05-11",
# "Beiträge: 52"): a short value holding a number; longer, it is a sentence of a post. The count
# is also written number first, the word after it ("2,317 posts", "1.204 Beiträge", "52 сообщения"),
# and is then the whole line, a separator dot at most after it.
POSTER_STAT_RE = lazy(
    r"(?i)^(?:(?:posts|join date|joined|registered|member since|beiträge|registriert(?: seit)?|mitglied seit|"
    r"inscrit(?: le)?|inscription|mensajes|registrado|miembro desde|messaggi|iscritto(?: dal)?|berichten|"
    r"lid sinds|geregistreerd|posty|postów|dołączył|messages|reaction score|сообщения|регистрация)\s*:\s*(?=[^\n]*\d)[\w.,/ -]{1,25}"
    r"|\d[\d.,\u00a0\u202f ]{0,12}\s*(?:posts?|beitr(?:ag|äge)|messages?|mensajes?|messaggi|berichten|posty|postów|"
    r"сообщени[йяе]|публикаци[йяи])\s*[·•|]?)$"
)
POSTER_STAT_TAGS = frozenset(("div", "dd", "dt", "li", "span", "p", "small"))
# ...and a short line whose class words name a member's rank or group ("usertitle", "user-rank",
# "member_title", "postgroup"): the title forum software prints under each poster's name, never a
# word of the post (a "user-profile" or a "no-profile-rank" term holds the name: not these words).
POSTER_RANK_NAME_RE = lazy(r"(?i)(?<![a-z])(?:(?:user|member|poster)[-_]?(?:title|rank|group)s?|postgroup)(?![a-z])")
POSTER_RANK_TAGS = POSTER_STAT_TAGS | frozenset(("h4", "h5", "h6", "strong", "b"))
MAX_POSTER_STAT_CHARS = 60
# ...and a poster's badge: a <span> whose class word is a badge's or a flair's ("badge", "flair",
# "user-flair"), no element in it, at most MAX_AUTHOR_STAT_CHARS, in a post's header line: the
# poster's name before it (text before the badge), a number in the line (the post's date or age),
# the line MAX_POST_HEADER_LINE_CHARS at most. Off a product page and a grid (a shop's "Sale").
POSTER_BADGE_RE = lazy(r"(?i)(?:^|\s)(?:(?:user|author|member|poster)[-_])?(?:badge|flair)(?:$|\s)")
MAX_POST_HEADER_LINE_CHARS = 100
# ...and a poster's presence, the whole text of its line under or beside each post ("Offline",
# "User is online"): matched as written, with no colon after it ("Online: the shop" is a list's key).
# Not a bare "Online": an event's or a course's place (a listing's check half fell with it).
POSTER_PRESENCE = frozenset((
    "offline", "is offline", "is online", "user is offline", "user is online", "online now",
    "nicht online", "hors ligne", "desconectado", "non in linea", "не в сети", "оффлайн", "离线", "オフライン",
))
# ...and the ranks forum software gives its members by default, printed under each poster's name, as
# its install data words them: MyBB's and vBulletin's post-count titles ("Junior Member", "Senior
# Member", "Posting Freak"), SMF's membergroups ("Jr. Member", "Full Member", "Sr. Member", "Hero
# Member", "Global Moderator"), the "Registered User" and "Super Moderator" groups. Only the
# titles of two words: "Member", "Newbie" or "Moderator" alone may be a post's own line.
POSTER_RANKS = frozenset((
    "junior member", "senior member", "posting freak", "jr. member", "full member", "sr. member", "hero member",
    "global moderator", "super moderator", "registered user",
))
MAX_AUTHOR_STAT_CHARS = 40
# A consent bar no class word names (a builder's numbered block): a short box (MIN_/MAX_CONSENT_BOX_CHARS:
# a sentence at least, not a recipe card's title over its "Print" button) whose button or form a form
# rule removed (HELD_FORM_ATTR), its words naming the site's cookies in one of several languages; a
# sentence about cookies in a story held no button.
COOKIE_WORDS = ("cookie", "куки", "çerez", "eväste", "sütik", "sütit", "piškot", "kolačić", "slapuk",
                "sīkdatn", "küpsis", "ciasteczk", "ملفات تعريف الارتباط", "کوکی", "עוגיות", "कुकी", "কুকি",
                "คุกกี้", "クッキー", "쿠키")
CONSENT_BOX_TAGS = frozenset(("div", "section", "aside", "p"))
MIN_CONSENT_BOX_CHARS = 40
MAX_CONSENT_BOX_CHARS = 300
# The prefilter words of each text rule, tested once against the whole body.
TEXT_FAMILIES = {"affiliate": AFFILIATE_WORDS, "paywall": PAYWALL_WORDS + PAYWALL_SCRIPT_WORDS, "promo": PROMO_WORDS,
                 "credit": CREDIT_WORDS, "photo-credit": PHOTO_CREDIT_WORDS, "consent": COOKIE_WORDS}
# The words a block's own text must hold for each text rule to read it: a family's (the paywall's
# script words only in a text with non-Latin letters), and the comment form's note's and the reply
# prompt's, rules that look for no family in the body.
# (Not the consent bar's: its few words are looked for in a short block that held a button, on a page
# whose body holds one, and would weigh on the search of every block.)
BLOCK_WORDS = {**{name: words for name, words in TEXT_FAMILIES.items() if name != "consent"},
               "paywall": PAYWALL_WORDS, "comment-note": COMMENT_NOTE_WORDS, "reply-prompt": REPLY_PROMPT_WORDS}
# ...as sets: a word the search of all the rules' words found tells at once which rules it serves
BLOCK_WORD_SETS = {name: frozenset(words) for name, words in BLOCK_WORDS.items()}


@lru_cache(maxsize=None)
def block_words_re(rule: str) -> WordSearch:
    """The rule's BLOCK_WORDS as a few patterns (tries: patterns.alternation, by their first letter's
    script: patterns.WordSearch), made on first use: a block's text is searched once, not once for
    each word (~1.6x as fast over a body's blocks). It finds a word wherever one of the words is;
    which one may differ from the first listed."""
    return WordSearch(BLOCK_WORDS[rule])


# The words of all the rules as one search: a text that holds none holds none of any rule's.
ALL_BLOCK_WORDS_RE = WordSearch(word for words in BLOCK_WORDS.values() for word in words)

MAX_FAMILY_CHARS = max(MAX_AFFILIATE_CHARS, MAX_PAYWALL_CHARS, MAX_PROMO_CHARS, MAX_CREDIT_CHARS)
# Deck/standfirst containers just before the body. Not "excerpt": a blog's excerpt is the summary it
# shows for the post in its lists, printed again over the body, which references leave out
# (wcxb-dev tune articles: 6 of 6 excerpt decks out of the reference; +0.0002, nothing else moved);
# nor hAtom's "entry-summary", the same excerpt by the microformat's name (the names are read with
# their separators as spaces).
DECK_RE = lazy(
    r"deck|\bdek\b|standfirst|stand-?first|lede|\blead\b|(?<!\bentry )summary|intro|teaser|subtitle|"
    r"sub-?head|abstract|chapo|chapeau|vorspann|sottotitolo|bajada|entradilla|descr",
)
# A lead image or lead video is not a lead paragraph ("article-lead-image").
DECK_MEDIA_RE = lazy(r"\b(?:image|img|photo|picture|media|video|figure|gallery)\b|\blead\s+art\b")  # not "art" alone: BEM "gso-art" is the article
PART_SEPARATOR_RE = lazy(r"[-_]+")
# Where a deck never is: the headline (h1) and pictures.
NOT_DECK_TAGS = frozenset(("h1", "figure", "picture", "img", "figcaption", "h5", "h6"))
# A deck found by its place under the headline: a paragraph or subheading of a
# sentence or two (shorter lines there are bylines and datelines).
DECK_TAGS = frozenset(("p", "h2", "h3"))
MIN_POSITIONAL_DECK_CHARS = 60
SENTENCE_LIKE_RE = lazy(r"\w+\s+\w+\s+\w+\s+\w+\s+\w+")
# Deck paragraphs are one or two sentences.
MAX_DECK_CHARS = 600
# A run of teaser cards (two to MAX_TEASER_CARDS sibling <article>s of one class, each a linked
# title and a short excerpt) that wins the scoring after the page's headline, with more than this
# many times its text between them, is the article's "read more" box: the best of TEASER_RERANK
# candidates outside it are the article's. Such a box in the article's column is no paragraph of
# it for the guard either. A longer run is a listing's.
TEASER_RUN_TEXT_FACTOR = 1
TEASER_RERANK = 20
MAX_TEASER_CARDS = 6
# A CJK character is near a word (api.count_words counts it as one): where the guard asks whether a
# block holds a paragraph's worth of text (MIN_PROSE_BLOCK letters), it counts this many letters.
CJK_LETTERS = 3
# A page's opening paragraphs that sit with the <h1> in the header, the body below in a
# container of its own (doc engines): a wrapper of paragraphs (a short prev/next bar
# among them) a few blocks under the headline, past folded widgets and scripts.
HEADER_INTRO_TAGS = frozenset(("section", "div"))
HEADER_INTRO_SKIPPED_TAGS = frozenset(("script", "style", "noscript", "template"))
HEADER_INTRO_PASSED_TAGS = frozenset(("details",))  # a folded status widget between headline and intro
HEADER_INTRO_LOOKAHEAD = 3
MAX_HEADER_INTRO_CHARS = 3000
MIN_HEADER_INTRO_PROSE_SHARE = 0.5
# A <div> of one paragraph under the headline is a deck (kept by its class words, see
# DECK_RE): an intro <div> holds two paragraphs or more, a <section> one or more.
MIN_HEADER_INTRO_PARAGRAPHS = {"div": 2}
# A wrapper that opens with a picture is a photo with its caption, not an intro.
HEADER_INTRO_PICTURE_TAGS = ("img", "picture", "figure", "video")
# How far up from the chosen container to look for the deck and funding blocks.
REATTACH_LEVELS = 3
# Class words that say which panel of a tab set (or which item of a set) is the one shown:
# the panels of one set share their class words but these ("content active", "content").
STATE_CLASS_WORDS = frozenset((
    "active", "is-active", "current", "is-current", "selected", "is-selected", "show", "shown",
    "open", "is-open", "in", "visible", "is-visible", "expanded", "is-expanded", "aktiv", "actif",
))
# How far above the chosen container to look for the tab panel that holds it.
PANEL_LEVELS = 2
# A funding/acknowledgement block is a statement, not a page.
MAX_FUNDING_CHARS = 3000
# Captions, credits and galleries: not article prose (kept with --images).
# Matched on whole words of the class/id ("wp-caption", "photo_credit"), never inside one:
# "accreditation-news" and "credit-union-news" name no caption.
# Caption words anywhere in a class token ("resgalleryitem", "wp-caption-text": a caption is
# at most MAX_CAPTION_CHARS, so a long article named "js-lightbox" stays); "credit" only as a
# whole word that ends a token or is followed by "-text", "-line" and the like ("photo-credit",
# "control-bar-credit"), never inside one ("accreditation-news") or before other words
# ("credit-union-news" is news).
CAPTION_RE = lazy(
    r"caption|gallery|slideshow|carousel|lightbox|photo-?info|image-?info|media-?info|"
    r"legende|légende|bildunterschrift|didascalia|pie-?de-?foto|podpis|"
    r"(?<![a-z])credits?(?:[-_]+(?:text|line|wrap|wrapper|container|box|inner|holder|\d+))*(?![-_]*[a-z])",
)
# A block named a caption by its class holds a line or two: longer, it is the article
# (an <article class="... js-lightbox">), whatever the class says.
MAX_CAPTION_CHARS = 600
CAPTION_TAGS = frozenset(("figure", "figcaption", "picture"))
# A block quote's signature after it: a caption element, or a block whose class says so
# ("— Ann Lee, head of research" under the quote). sections.quote_signers reads the name; api's
# gate (_SIGNED_QUOTE_XPATH) loads the quote finder only for a page holding such a caption.
QUOTE_CAPTION_AFTER_TAGS = ("figcaption", "cite", "footer")
QUOTE_CAPTION_CLASS_WORDS = ("caption", "credit", "attribution", "author", "cite", "source", "signature")
# A caption that numbers its figure or table ("Figure 2-3: The queue after a push", "Abb. 3",
# "Tabla 2.", "Рис. 5", "图 1") is one the text refers to by that number: a manual's, a book's or
# a paper's, part of the document, not a news photo's line (wcxb-dev's references keep them).
# The number must follow the word: "Figure skating at dawn" and "Table for two" name nothing.
# wcxb-dev documentation tune +0.0003, articles check +0.0001, no check half down.
FIGURE_NUMBER_RE = lazy(
    r"\s*(?:figure|fig\.|table|abbildung|abb\.|tabelle|figura|tabla|tableau|tabela|tabel|afbeelding|figuur|"
    r"rysunek|rys\.|obrázek|obr\.|kuva|taulukko|рисунок|рис\.|таблица|таблиця|図|图|圖|表)\s*\d+(?:[-.–]\d+)*(?!\d)",
    re.IGNORECASE,
)
# A block its class words name a caption or a gallery that holds sentences, beside another of its
# shape that does (or inside a block beside one, this many levels up at most: a grid's cards, each
# with its caption), is one of a set of texts: on a page not said to be an article, a product's or
# a service's features shown as a gallery.
TEXT_SET_LEVELS = 2
# Byline, dateline and timestamp containers inside the body: metadata, not prose.
BYLINE_RE = lazy(
    r"byline|by-?line|author|dateline|timestamp|posted-?on|pub-?date|publish|updated|"
    r"article-?date|entry-?date|post-?date|\bdate\b|\btime\b|reading-?time|read-?time|autor|auteur",
)
# A post's publishing status among its class words ("status-publish", "status-future"): a blog
# engine's mark on every post and every card of a list of posts, no date line.
POST_STATUS_RE = lazy(r"\bstatus-(?:publish|future|private|draft|pending)\b")
# ...and off a grid too, such a card is an item when it is one of a list of results that is the
# page's content (a search page, an archive): MIN_RESULT_CARDS sibling cards or more of one shape
# (tag and first class word, numbers dropped), each a linked heading over a summary (at least
# MIN_RESULT_SUMMARY_CHARS of text outside its heading and its links), together holding
# RESULT_LIST_SHARE of the body's text. Related posts' cards under an article are fewer, or a
# small part of the body beside its text: their status still reads as a byline line.
MIN_RESULT_CARDS = 4
MIN_RESULT_SUMMARY_CHARS = 40
RESULT_LIST_SHARE = 0.5
MAX_BYLINE_CHARS = 200
# ...but not a post's date line in a thread: a block so named whose whole text is a timestamp
# ("Thu Feb 8, 2024 9:15 pm", "June 3, 2025, 7:42am", "2025-02-14 08:30"), a <time> or one
# <time> or link (the post's permalink) holding it all, of a tag and class MIN_POST_DATE_LINES
# blocks of the body share. Each post's header, beside its author's name, is text of the thread,
# not the one article's date kept as metadata. A timestamp: at most MAX_TIMESTAMP_WORDS words, two
# with a digit at least, a clock's time among them (a post's stamp gives the minute; a listing's
# dates of its items, only the day: with a year instead, collections check -0.0031), and at most
# MAX_TIMESTAMP_NAMES without one (a weekday, a month, "at", "pm"). wcxb-dev forums tune +0.0012,
# check +0.0018.
MIN_POST_DATE_LINES = 3
MAX_TIMESTAMP_WORDS = 8
MAX_TIMESTAMP_NAMES = 3
TIMESTAMP_HOLDER_TAGS = frozenset(("time", "a"))
# ...or, in the line's plain text, the poster's credit of at most MAX_POST_CREDIT_WORDS words, then
# the timestamp after a mark: "by Ann Lee » Mon Oct 6, 2025 4:12 pm" (a bulletin board's header).
POST_HEADER_MARK_RE = lazy(r"\s[»·•|]\s")
MAX_POST_CREDIT_WORDS = 5
# (the body's blocks of the line's tag read to count its twins, at most: a bound on the walk)
MAX_POST_DATE_SCAN = 5000
TIMESTAMP_TOKEN_RE = lazy(r"\w+")
TIMESTAMP_ANCHOR_RE = lazy(r"\b\d{1,2}:\d{2}")
# ...or a day's date alone ("Apr 04, 2009") whose tooltip gives the minute: an element of the line,
# among its first MAX_TITLED_STAMP_NODES, titled with a clock's time ("10:32 PM - Apr 04, 2009",
# "Apr 4, 2009 at 10:32 PM"), as boards show a post's day and keep its time for the hover. A
# listing's card dates carry no such title.
MAX_TITLED_STAMP_NODES = 6
# ...nor a post's author link: a link whose text is one word (a user name, at most
# MAX_POSTER_NAME_CHARS, no child element; a listing's cards credit writers as "Ann Lee": collections
# tune -0.0005 with them), its byline class words ("author") shared by MIN_POST_DATE_LINES links of
# the body (the rest of their classes may differ: a poster's id, a moderator's mark): each post's poster.
MAX_POSTER_NAME_CHARS = 40
# In a thread, a post's author pane that a rule takes whole (a link line "ann_lee 2 years ago #4",
# a box of the poster's name, rank and count of posts) takes the poster's name with it, and a
# thread's every post is content with its author line. So where a block that POSTER_PANE_RULES
# remove opens its post with a link holding a name (MAX_POSTER_NAME_WORDS words and
# MAX_POSTER_NAME_CHARS at most, opening with a letter, no date, no count; no other link of the
# pane, among its first MAX_PANE_LINKS, a name too) and holds more (a button alone is no pane),
# and MIN_POST_DATE_LINES blocks of its tag and class in the body open with MIN_POSTER_NAMES
# different such names (a "Reply" button or a rank is one text in every post) whose links lead
# to pages of one address template (host, path but its last part, query keys: the board's
# profiles; a box's offers lead anywhere), MIN_POSTS_WITH_PROSE of their posts with a paragraph,
# the name stays, a line of its own where the pane stood, unless the post shows it already (its
# header, the pane's copy for phones). A post is the block around the pane, POSTER_PANE_LEVELS up
# at most, that holds no other pane of its kind. Off a grid of cards. wcxb-dev forums tune
# 0.8023 -> 0.8032, check 0.7604 -> 0.7606; no other half moved (on the first draft, without the
# address template and the pane opening its post, a shop's "Try X" buttons and a listing's writer
# credits stayed: articles and listings check down).
POSTER_PANE_RULES = frozenset(("sidebar", "link-list", "byline-line"))
MIN_POSTER_NAMES = 2
MIN_POSTS_WITH_PROSE = 2
MAX_POSTER_NAME_WORDS = 4
MAX_PANE_LINKS = 12
POSTER_PANE_LEVELS = 10
# A list whose items are each one link with nothing but marks beside it ("›", "»", "/", "►"), the
# last item the page's own title (linked or not), is the trail of where the page stands (site ›
# section › board › this thread), named "breadcrumb" or not at all, above the text or under it:
# navigation. MIN_TRAIL_ITEMS to MAX_TRAIL_ITEMS items (two are a "Home / Title" pair; a list of
# related titles ends with another's).
TRAIL_TAGS = frozenset(("ul", "ol"))
MIN_TRAIL_ITEMS = 3
MAX_TRAIL_ITEMS = 8
# ...but in one of a list's repeated cards (a page of papers, a lab's publications), a byline box
# that lists MIN_LISTED_AUTHORS names or more, parted by commas or "and" ("Ann Lee, Bo Chen, Cy Diaz
# and Dee Roe", "Ann Lee and Bo Chen"), is that item's authors: text of the listing, not the page's
# own byline. A name is up to MAX_LISTED_NAME_WORDS words, each capitalised or a particle, with no
# digit (a date's "May 3, 2025, 4:10 pm" is no list of names); of two names, each has
# MIN_PAIRED_NAME_WORDS words at least ("Ann Lee, Editor" is one name and a post). wcxb-dev
# listings: three names or more tune 0.6892->0.6924, check 0.7251->0.7255; two, tune +0.0002,
# check +0.0006.
MIN_LISTED_AUTHORS = 2
MAX_LISTED_NAME_WORDS = 4
MIN_PAIRED_NAME_WORDS = 2
AUTHOR_LIST_SPLIT_RE = lazy(r"\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b|\be\b)\s*")
NAME_PARTICLES = frozenset(("de", "van", "von", "da", "del", "der", "den", "la", "le", "di", "du", "dos", "bin", "al"))
# A block whose whole text is a byline, whatever its class: a credit label ("By", "Written by",
# "Medically reviewed by", "Posted by", "Von", "Par", "Por"…), then a name of one to four
# capitalised words, its credentials after a comma ("MD", "PhD, RD") and a date after "on"/"at"
# (or "am", "le", "el", "il", "op") or a bar: who wrote or checked the article, kept as metadata.
# A bare "By" needs a name of two words ("By Car" heads a travel guide's section), and a sentence
# that starts with it goes on ("By 2013, the landscape…", "By giving your muscles…": no capital
# after it).
_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|de|van|von|da|del|der|la|le|di|du)"
BYLINE_TEXT_RE = lazy(
    r"^\W{0,2}(?:(?i:(?:(?:medically|fact|expert|peer|clinically)[- ]?)?(?:reviewed|checked|fact-checked|"
    r"written|authored|posted|reported|edited|curated)\s+by|geschrieben\s+von|écrit\s+par|escrito\s+por|"
    rf"scritto\s+da|geschreven\s+door)\s+{_NAME_WORD}|(?i:by|von|par|por|door|przez)\s+{_NAME_WORD}\s+{_NAME_WORD})"
    rf"(?:\s+{_NAME_WORD}){{0,3}}"
    r"(?:\s*,\s*[A-Z][A-Za-z.]{1,6}(?:\s*,\s*[A-Z][A-Za-z.]{1,6}){0,2})?"
    r"(?:\s*(?:\bon\b|\bat\b|\bam\b|\ble\b|\bel\b|\bil\b|\bop\b|[|·•–—-])\s*[^.!?]{0,40})?\W?$"
)
# ...and a line that is only the article's date, after the word that says which ("Updated: December
# 31, 2024", "Last updated June 17, 2024", "Last Updated January, 2024", "Published on Feb 3, 2025 Updated on Feb 11, 2025",
# "Aktualisiert am 12. März 2025", "Mis à jour le 3 mai 2025"): metadata, like the byline.
_DATE_WORD = (r"(?:(?:last|page last)\s+)?(?:updated|published|posted|modified|reviewed|aktualisiert|"
              r"veröffentlicht|mis\s+à\s+jour|publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt|"
              r"gepubliceerd|zaktualizowano|opublikowano)(?:\s+(?:on|at|am|le|el|il|op|em))?\s*:?\s*")
_DATE_VALUE = (r"(?:\w{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(?:de\s+)?\w{3,10}\.?,?\s+"
               r"(?:de\s+)?\d{4}|\w{3,10},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
               r"(?:\s*(?:at|@|,|um|à)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?")
DATE_LINE_RE = lazy(rf"(?i)^\W{{0,2}}{_DATE_WORD}{_DATE_VALUE}(?:\s*[|·•,]?\s*{_DATE_WORD}{_DATE_VALUE})?\W?$")
# ...and, on any page but a thread, a grid or a page read whole, a byline line that gives its date
# after "on"/"at" ("Posted by Ann at March 4, 2025 9:40 AM", "By Ann Lee on 3 May 2025", "Écrit
# par Ann Lee le 3 mai 2025"): an old blog's post footer, its page silent on being an article. The
# date: two numbers, a few other characters before and between them ("on 5/3/2025").
# (Its name, its day and its time each in an element of their own: "Posted by <a>Ann</a> on
# <time>May 3, 2025</time> at <time>08:05</time>".)
MAX_DATED_BYLINE_CHILDREN = 4
DATED_CREDIT_RE = lazy(r"(?i)\s(?:on|at|am|le|el|il|op)\s+\D{0,12}\d{1,4}\D{1,12}\d{1,4}")
MAX_BYLINE_TEXT_CHARS = 100
# ...when the body holds at most this many of them (the writer's, a reviewer's): more are the
# credits of a listing's items or a roundup's entries, text of the page.
MAX_BYLINE_TEXT_LINES = 2
BYLINE_TEXT_TAGS = frozenset(("p", "div", "span", "small", "em", "i", "strong", "b", "address"))
# ...and, in any language, a line that is only the date schema.org marks as the article's
# (<span itemprop=datePublished>quinta-feira, 7 de março de 2019</span>), or a <time datetime>,
# alone on its line or the whole text of its block: no words of a sentence around it ("Published
# <time …>May 3</time> by …" keeps it).
DATE_ITEMPROPS = frozenset(("datePublished", "dateModified", "dateCreated"))
# The note forum software adds to a post its author changed ("Last edited by ann on Tue May 3, 2022
# 4:10 pm, edited 2 times in total.", "Last edited: May 3, 2022", "Zuletzt bearbeitet von ann am 03.05.2022"),
# in several languages: who and when, never the post's words. The words, then a colon, or an editor
# of at most four words and "on"/"at"/"("/";" (or the languages' words for them), or "on"/"at" right
# away; the whole block is the note, short and holding a number. A sentence that starts so goes on
# otherwise ("Last edited by my brother in 2019, the manual…"). Not "last modified/updated": a
# page's own date line. Also the note that opens with the date ("Edited May 3, 2022 by ann",
# "Bearbeitet 3. Mai von ann", "(see edit history)" after it): the word, a date of at most five
# words, the editor's name of at most three, and nothing after but a bracketed link.
_EDITED = (r"last edited|zuletzt bearbeitet|dernière édition|(?:última|ultima) (?:edición|modifica)|"
           r"editado por última vez|laatst bewerkt|ostatnio edytowan[ya]")
_EDITED_WHEN = r"(?:on|at|am|le|el|il|op|dnia)"
EDIT_NOTICE_RE = lazy(
    rf"^\W{{0,3}}(?:{_EDITED})(?:\s*:|\s+(?:by|von|par|por|di|da|door|przez)\s+[^\s,;:]+(?:\s+[^\s,;:]+){{0,3}}?"
    rf"\s*(?:{_EDITED_WHEN}\s|\(|;|:|-|–)|\s+{_EDITED_WHEN}\s)|"
    r"\bedited \d+ times? in total\W*$|"
    r"^\W{0,3}(?:edited|bearbeitet|modifié|editado|modificato|bewerkt|edytowan[eya])(?:\s+[^\s;()]+){1,5}?"
    r"\s+(?:by|von|par|por|da|door|przez)(?:\s+[^\s,;:()]+){1,3}\s*(?:\([^()]{1,40}\))?\s*$|"
    r"^\W{0,3}edited(?:\s+[^\s;()]+){1,5}?\s+by\s+[^\s,;:()]+[^()]{0,100}\(see edit history\)\s*$",
    re.IGNORECASE,
)
MAX_EDIT_NOTICE_CHARS = 160
# The header a forum sets over a post quoted in a reply, naming its poster ("ann_lee said:", "Quote
# from ann_lee", "Zitat von ann_lee", "ann_lee a écrit :", "Originally Posted by ann_lee", "ann_lee
# skrev:", "ann_lee написал(а):", "ann_lee posted..."), in several languages: this long at most.
# Read for the quote's speaker (sections), and kept over the quote however much of it is a link to the quoted post
# (XenForo links the whole header). The software's timestamp is part of the header, not of the
# name: in brackets before it ("(2024-03-03, 09:12 PM) ann_lee Wrote:", MyBB), after the colon
# behind the arrow linking the quoted post ("ann_lee wrote: ↑ Sun Mar 03, 2024 9:12 pm", phpBB),
# or after "on" and its like ("Quote from: ann_lee on March 03, 2024, 09:12 PM", SMF). A stamp is
# a date or a time (a year, "9:12", "03.03."), never words of a post ("ann said: I need 2").
POST_HEADER_CHARS = 80
_POSTED = (r"said|wrote|posted|schrieb|hat geschrieben|a écrit|a dit|escribió|dijo|escreveu|ha scritto|scrisse|schreef|"
           r"napisał|napisała|napsal|napsala|skrev|kirjoitti|написал(?:\(а\)|а)?|писал(?:\(а\)|а)?|"
           r"yazdı|írta|a scris|έγραψε|menulis|đã viết|כתב|כתבה|كتب|كتبت|نوشت|ने लिखा")
# The same, set after the user's name with no space in the languages that write none between words
# ("山猫写道：", "ゆきさんの投稿：", "민수님이 작성:").
_POSTED_SUFFIX = r"写道|寫道|さんの投稿|さんが書きました|さんは書きました|님이 작성|님의 글|님이 씀"
_QUOTE_WORD = r"quote|zitat|citation|cita|citazione|cytat|citaat|citat|lainaus|цитата"
# A stamp: a weekday and a month at most, its numbers, a month again, its numbers, "am"/"pm".
_STAMP_WORD = r"[^\W\d_]{1,9}\.?,?\s*"
_STAMP = (rf"(?=[\w ,./:-]*?(?:\d{{4}}|\d{{1,2}}:\d\d|\d{{1,2}}\.\s?\d{{1,2}}\.))(?:{_STAMP_WORD}){{0,2}}\d[\d ,./:-]*"
          rf"(?:(?:{_STAMP_WORD}){{1,3}}\d[\d ,./:-]*){{0,2}}(?:[ap]\.?m\.?)?")
POST_HEADER_RE = lazy(
    rf"(?i)^(?:\(\s*{_STAMP}\s*\)\s*)?(?:(?:(?:(?P<said>\S.{{0,40}}?)\s)?(?:{_POSTED})|"
    rf"(?P<suffixed>\S.{{0,40}}?)\s?(?:{_POSTED_SUFFIX}))\s*(?::|：|\.\.\.|…)(?:\s*↑?\s*{_STAMP})?|"
    rf"(?:{_QUOTE_WORD})\s+(?:from|von|de|di|od|van|från|от)\s*:?\s*(?P<from>\S.{{0,40}}?)"
    rf"(?:\s+(?:on|am|le|el|en|il|op|dnia|em|den)\s+{_STAMP})?|"
    rf"originally posted by\s+(?P<by>\S.{{0,40}}?)|(?:{_QUOTE_WORD})\s*:?)\s*:?\s*$"
)
# The verb of posting or replying that a line of its own over a post's words sets after its poster's handle
# ("<b>ann_lee</b> wrote:", "<b>marta.k</b> antwortete:", "<b>olek_7</b> odpisała:"), the line's whole rest
# but its colon, in several languages: the verbs of POST_HEADER_RE and those of answering and asking.
POSTER_LINE_VERB_RE = lazy(
    rf"(?i)(?:{_POSTED}|replied|answered|responded|asked|commented|wrote back|antwortete|hat geantwortet|fragte|"
    r"kommentierte|a répondu|répond|a demandé|écrit|respondió|contestó|preguntó|comentó|respondeu|perguntou|"
    r"comentou|ha risposto|rispose|ha chiesto|reageerde|antwoordde|vroeg|odpisał|odpisała|odpowiedział|"
    r"odpowiedziała|zapytał|zapytała|pyta|odpověděl|odpověděla|пишет|отвечает|ответил|ответила|спрашивает|"
    r"пише|написав|написала|відповів|відповіла|відповідає|cevapladı|yanıtladı|sordu|a răspuns|a întrebat|"
    r"svarade|frågade|svarte|svarede|spurte|spurgte|vastasi|kysyi|válaszolta|kérdezte|απάντησε|ρώτησε|"
    r"پاسخ داد|جواب داد|پرسید|השיב|השיבה|ענה|ענתה|رد|ردت|membalas|menjawab|trả lời|ने जवाब दिया)\s*[:：]"
)
# ...when it is a quote's first block, or that block's first block, this many levels at most under
# the <blockquote>.
QUOTE_HEADER_LEVELS = 2
# A forum reply's subject line: a reply prefix, in several languages (Re, AW, SV, VS, Rif, Odp, Antw),
# before the thread's title ("Re: Boiler loses pressure"), over each reply, wherever it stands.
REPLY_SUBJECT_RE = lazy(r"(?i)^\W{0,2}(?:re|aw|sv|vs|rif|odp|antw)\s*(?:\[\d+\]|\^\d+)?\s*:\s*")
MAX_REPLY_SUBJECT_CHARS = 300
REPLY_SUBJECT_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b"))
# A block named an avatar (a poster's picture) whose whole text is one or two letters: the initials a
# forum shows where the member set no picture ("F" over "FutureFan"), never a word of the post.
AVATAR_NAME_RE = lazy(r"avatar|userpic")
MAX_AVATAR_INITIALS = 2
# The schema.org properties that mark a count (a question's answers, a post's votes and comments): a
# block so marked whose whole text is a number (COUNT_TEXT_RE), and its parent's whole text too, is a
# figure beside the post, not its text ("Answers <span itemprop=answerCount>3</span>" is a heading's word).
COUNT_ITEMPROPS = frozenset(("upvoteCount", "downvoteCount", "answerCount", "commentCount", "interactionCount",
                             "userInteractionCount", "reviewCount", "ratingCount"))
COUNT_TEXT_RE = lazy(r"^[-+−]?\d[\d,.\s]{0,8}[kKmM]?$")
# A comment's score printed once per vote state of its reader, as old Reddit's templates print it
# ("score dislikes", "score unvoted", "score likes"), its stylesheet showing the one of the reader's
# state: a figure classed "score" and "likes" or "dislikes" beside one classed "unvoted" is another
# state's, hidden from a reader who has not voted ("188 points189 points190 points" read whole).
VOTE_STATE_CLASSES = frozenset(("likes", "dislikes"))
SCORE_CLASS = "score"
UNVOTED_CLASS = "unvoted"
# A block schema.org marks a list item's place (itemprop=position) whose whole text is that number:
# a post's place in its thread beside its poster's name ("ann_lee 3"), never a word of the post.
POSITION_ITEMPROP = "position"
EDIT_NOTICE_TAGS = frozenset(("p", "div", "span", "small", "em", "i", "dd", "section"))
# The whole stripped page is the content when the best-scored container holds less than
# WIDE_MAX_TEXT_SHARE of its text and, on a page that says it is an article (og:type, JSON-LD),
# less than WIDE_MAX_PROSE_SHARE of its sentences with section headings on the page. Fitted on
# the tuning halves: wcxb-dev tune 0.773 -> 0.795, scrapinghub and readability-dev unchanged.
WIDE_MAX_TEXT_SHARE = 0.4
WIDE_MAX_PROSE_SHARE = 0.2
# ...and also when it holds less than WIDE_SECTION_PROSE_SHARE of the sentences but less than
# WIDE_SECTION_TEXT_SHARE of the tidied page's words: one section of a page of sections (a
# service page's hero, one FAQ answer). Fitted on the tuning halves: wcxb-dev service tune
# +0.015, no article or scrapinghub page changed.
WIDE_SECTION_PROSE_SHARE = 0.4
WIDE_SECTION_TEXT_SHARE = 0.3
# ...on other pages (products, listings, services, forums), less than this share of the
# sentences, headings or not. wcxb-dev tune +0.009, check +0.008 (products +0.049/+0.003,
# listings +0.026/+0.014, collections +0.003/+0.020); scrapinghub, readability-dev unchanged.
WIDE_MAX_PROSE_SHARE_UNDECLARED = 0.35
# A shop's description or buying guide placed after its <main> landmark, beside the landmark's
# wrapper (headed sections of paragraphs below the grid): a block there joins a chosen grid of
# items (content._item_grid) when it holds this many section headings, this many characters of
# sentences, and at most this share of its text in links (the site's tiles of sentences around
# <main> hold no headings, one sentence each). wcxb-dev collections tune +0.002, check +0.006
# with the guard's menu rule (boilerplate MENU_LANDMARK_TAGS); no page down.
TRAILING_TEXT_MIN_HEADINGS = 2
TRAILING_TEXT_MIN_PROSE = 1000
TRAILING_TEXT_MAX_LINK_DENSITY = 0.2
TRAILING_TEXT_HEADINGS = ("h2", "h3", "h4")
# A page's content region, on a page that does not say it is an article (an article's <main>
# holds its comments): the <main> landmark around the best-scored container, or, without one,
# the nearest block holding both that container and the page's <h1> (a service page's hero
# and the sections after it). When the container (with its gathered siblings) holds less than
# this share of the region's sentences, one section won over the others: the tidied region is
# the content. Blocks beside it that class words name as chrome (NEGATIVE_RE: a side column no
# rule took) do not count, nor does a thread's posts (the repeats, gathered first). wcxb-dev
# tune/check: services +0.004/+0.006, collections +0.005/+0.012, products +0.002/+0.003,
# listings +0.000/+0.003, articles -0.000/+0.000; scrapinghub, readability-dev unchanged.
REGION_MAX_PROSE_SHARE = 0.5
# ...or when it holds less than this share of the region's words outside links (its sections
# are tables, lists and short cards: a service's introduction above its table of providers),
# on a page that does not say it is a product (a product's description is its content, not the
# shop's sections around it). Fitted on the tuning halves: 0.3 lifted services tune 0.820 ->
# 0.827; 0.35 services +0.003/+0.003 more, collections tune +0.006, products check +0.009; 0.4
# lowered listings check.
REGION_MAX_WORDS_SHARE = 0.35
# On a page read whole (the wide candidate), a link of more than this many characters is a card
# when it wraps paragraphs (a listing's item: title and summary inside one <a>): its paragraphs
# count as text, not link text, for the link-list rule. wcxb-dev listings tune +0.034, check +0.023.
CARD_LINK_CHARS = 80
# Inside the body, a soft rule never takes a block holding more than this share of the
# body's text (the body's own main-text guard), once the body has this many characters.
TIDY_GUARD_SHARE = 0.4
TIDY_GUARD_MIN_CHARS = 500
# What makes a <figure> content rather than a picture with a caption.
FIGURE_CONTENT_TAGS = ("blockquote", "table", "pre", "p")
# ...and what makes its caption part of the data (a table's or a listing's caption).
FIGURE_DATA_TAGS = ("table", "pre")
# A run of the post's tag links: links rel="tag" marks (the microformat WordPress and other CMSs
# write on each tag's link), MIN_TAG_LINKS or more in one block whose words outside them are at
# most a label of MAX_TAG_LABEL_CHARS letters ("Tags", "Filed under", "Schlagwörter:",
# "Etiquetas:", in any language): the post's tags, not its text. Looked for this many levels up
# from each tag link; a sentence around such links ("More on <a rel=tag>ferries</a> and <a
# rel=tag>ports</a> in our archive") has more words of its own, and stays.
MIN_TAG_LINKS = 2
MAX_TAG_LABEL_CHARS = 20
TAG_LIST_LEVELS = 3
TAG_LABEL_NOISE_RE = lazy(r"[\W_]+")  # what the label's letters are counted without
# ...and a short line of the post's particulars, two or more of their labels each before a colon
# ("12/03/2025 - Publicado por: Ana Ruiz - Categoria: Portos - Tags: …", "Kategorie: Häfen |
# Schlagwörter: …", "Filed under: Harbours · Tags: ferries"), in several languages: who posted it
# and where the site files it, not its text.
POST_META_LABEL_RE = lazy(
    r"(?i)(?<![\w])(?:(?:publi[cs]\w*|posted|written|escrito|écrit|geschrieben|scritto|geplaatst)\s+(?:por|par|by|von|"
    r"da|door|in)|filed under|categor(?:y|ies|ia|ias|ía|ías|ie|ies)|catégories?|kategori(?:e|en|a)|rubri(?:k|que|ca)|"
    r"tags?|tagi|etiquetas?|schlagw(?:ö|oe)rter|mots[- ]clés|trefwoorden|parole chiave)\s*:")
MIN_POST_META_LABELS = 2
# ...and a line of the post's tags as plain words, no links ("Schlagwörter: Brücke, Verkehr", "Теги: мост,
# транспорт", "标签：桥梁、交通"): a tag label of the CMSs of many languages, its colon, then two or more
# items of at most three words each, no sentence. The topic words ("Témata", "Ämnen", "Aiheet") only so.
TAG_LINE_ITEM = r"[^\s,，、|·•/;:：.!?。！？]+(?:\s[^\s,，、|·•/;:：.!?。！？]+){0,2}"
TAG_LINE_RE = lazy(
    r"(?i)\s*(?:tags?|tagi|tagit|taggar|etiquetas?|etichette|étiquettes|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|"
    r"mots[- ]clés|trefwoorden|parole chiave|palavras[- ]chave|keywords|słowa kluczowe|štítky|témata|ämnen|"
    r"aiheet|avainsanat|etiketler|anahtar kelimeler|теги|метки|ключевые слова|мітки|ключові слова|"
    r"タグ|キーワード|标签|標籤|关键词|關鍵詞|태그|키워드|từ khóa|thẻ|الوسوم|كلمات مفتاحية|kata kunci)\s*[:：]\s*"
    rf"{TAG_LINE_ITEM}(?:\s*[,，、|·•/;]\s*{TAG_LINE_ITEM})+\s*")
MAX_TAG_LINE_CHARS = 160
MAX_POST_META_LINE_CHARS = 250
POST_META_LINE_TAGS = frozenset(("p", "div", "small", "span", "footer"))
# A block of at least this many characters that repeats an earlier block of the body word for word,
# styled apart (other classes), is a second copy (one for small screens, one for large), not more
# text; shorter ones ("Size: M", "Add to cart") and like-styled ones (a refrain, a repeated
# paragraph) may repeat on purpose, and a quotation repeats on purpose (a pull quote, a reply).
# wcxb-dev tune +0.002, check +0.004 (products +0.022/+0.002, collections +0.004/+0.024, forums
# +0.003/+0.010); scrapinghub and readability-dev unchanged.
MIN_DUPLICATE_CHARS = 80
# A block of links (not a paragraph) of at least this many characters that repeats an earlier one
# word for word is a copy even in the same style: a grid's tiles or a menu shown twice (a featured
# row repeating the products above it); a paragraph that holds a link may repeat on purpose.
# wcxb-dev collections tune +0.001, listings tune +0.001, forums tune +0.001; no check half moved.
MIN_DUPLICATE_LINKS_CHARS = 20
DUPLICATE_TAGS = ("div", "section", "p", "ul", "ol", "dl", "table", "article")
# A block whose words, of at least this many characters, are the first words of the block right
# after it (cut mid-word or at an ellipsis) is the folded preview of that full text, which a "more"
# toggle shows in its place: an answer's or a review's first lines, then the whole of it.
MIN_PREVIEW_CHARS = 150
# ...read whole only when its first characters, this many, are its next sibling's (cheap to test).
PREVIEW_KEY_CHARS = 40
# The ellipsis a cut preview may end with.
PREVIEW_END_RE = lazy(r"\s*(?:…|\.\.\.)$")
# ...or, without one, it is cut mid-sentence: a text that ends so is whole (a post that a reply
# after it quotes whole before its own words).
WHOLE_TEXT_END_RE = lazy(r"[.!?。！？][\"”’»)]*$")
# ...and in a thread (the body gathered as a thread's posts), a quotation (<blockquote>) whose
# text runs of QUOTED_RUN_CHARS or more are, for REPEATED_QUOTE_SHARE of their characters, words
# of an earlier post (an earlier sibling of its shape of a block around it) is a reply's copy of a
# post above it: its "ann said:" header, a run of its own, is the share's rest. The text stays
# once, in the post; a quotation of a post the page does not show stays, and so does an article's
# (a pull quote repeats its text on purpose). MAX_QUOTES_READ quotations are read at most. A post
# is looked for QUOTE_POST_LEVELS up from its quotation: forum markup nests a post's text nine or
# ten blocks deep (cells, content, body). wcxb-dev forums tune +0.010, check +0.017; no other half
# moved (on every page, not only threads: forums check +0.012, and articles' pull quotes went).
QUOTED_RUN_CHARS = 40
REPEATED_QUOTE_SHARE = 0.8
MAX_QUOTES_READ = 60
QUOTE_POST_LEVELS = 14
# ...and a like-styled block that repeats one inside a carousel or a marquee (its class names one,
# LOOP_COPY_LEVELS up at most) is the copy a looping slider makes of its slides, unmarked (no
# "cloned" class, no aria-hidden): a wall of testimonials shown twice, a ticker of offers.
# wcxb-dev services tune +0.0027, check +0.0004, collections check +0.0007; no page down.
LOOP_COPY_RE = lazy(r"carousel|swiper|slider|slick|marquee|ticker")
LOOP_COPY_LEVELS = 6
# Blocks that are removed when empty (never inline elements: a whitespace-only
# <span> is the space between two words).
EMPTY_BLOCK_TAGS = frozenset(("div", "section", "aside", "ul", "ol", "dl", "header", "footer", "figure", "center"))
# Whose insides tidy() never touches: code is verbatim, and a paragraph's or a
# heading's children are its words (strip() already took hidden and chrome ones).
LEAF_BLOCK_TAGS = frozenset(("pre", "code", "kbd", "samp", "math", "p", "h1", "h2", "h3", "h4", "h5", "h6"))
# Latin, CJK, Arabic, Burmese ('၊') and Ethiopic ('፣') commas and Tibetan's shad ('།', its one mark
# between clauses): a paragraph's clauses, as the scoring counts them (clause_marks).
COMMAS = (",", "，", "、", "،", "\u104a", "\u1363", "\u0f0d")


def clause_marks(text: str) -> int:
    """How many clauses a paragraph's marks part (COMMAS); in a text mostly of a script that parts
    them with a space (Thai, Lao, Khmer, Burmese: UNMARKED_SCRIPT_RE), each space after a clause's
    run of letters too (CLAUSE_SPACE_RE: a menu's or a footer's short items part no clauses). A Thai
    paragraph has no comma, and scored as a footer's line did."""
    if text.isascii():  # (one count: the other marks are not ASCII)
        return text.count(",")
    marks = sum(map(text.count, COMMAS))
    # (a text of such a script opens with its letters: a scan of the whole text cost every page one)
    if UNMARKED_SCRIPT_RE.search(text, 0, CLAUSE_OPENING) is None:
        return marks
    if len(UNMARKED_SCRIPT_RE.findall(text)) >= UNMARKED_SCRIPT_SHARE * len(text):
        marks += len(CLAUSE_SPACE_RE.findall(text))
    return marks


# A space after this many characters without one ends a clause in a script that writes no comma
# (clause_marks): its words run 3-8 letters and are not spaced, a menu's items are shorter.
CLAUSE_SPACE_RE = lazy(r"\S{15}\s+(?=\S)")
CLAUSE_OPENING = 40
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
PULL_QUOTE_RE = lazy(r"pull-?quote|pullquote")
# Containers a pull quote comes in (not its inline parts, such as the <cite>).
PULL_QUOTE_CONTAINERS = frozenset(("aside", "div", "section", "figure", "p"))

COMMENTS_RE = lazy(r"(?:^|[\s_-])(?:comments?|comment-?list|disqus|discussion|kommentare?|commentaires?|comentarios?|"
                   r"commenti|komentarze?|kommentarer|komentare|yorumlar|reacties|comentarii|"
                   r"hozzaszolas(?:ok)?|kommentek|binh-?luan)(?=$|[\s_-])")
# With --comments, the comment form and its controls go while the comments stay: the reply
# box's class/id words (WordPress "respond", "comment-form", "comment-reply-title"; Disqus-like
# "reply-form", "comment-editor", the "Reply" link's "comment-reply-link")...
COMMENT_FORM_RE = lazy(
    r"(?:^|[\s_-])(?:respond|commentform|comment-?form\w*|comment-?respond|comment-?reply-?(?:title|link)|"
    r"reply-?(?:title|form|box)|comment-?editor|comment-?notes|logged-in-as|must-log-in|akismet\w*)(?=$|[\s_-])"
)
# ...and what a form's labels, buttons and headings say, in several languages, after
# lower-casing and trimming punctuation ("Your name *", "Leave a Reply", "Post comment").
COMMENT_FORM_LABELS = frozenset((
    "leave a reply", "leave a comment", "post a comment", "add a comment", "write a comment", "join the discussion",
    "join the conversation", "cancel reply", "reply", "post comment", "submit comment", "submit", "your name",
    "name", "your email", "email", "e-mail", "website", "comment", "your comment", "leave this field blank",
    "notify me of follow-up comments by email", "notify me of new posts by email",
    "save my name, email, and website in this browser for the next time i comment",
    "your email address will not be published", "required fields are marked",
    "schreibe einen kommentar", "kommentar verfassen", "kommentar schreiben", "antworten", "antwort abbrechen",
    "laisser un commentaire", "laisser une réponse", "répondre", "annuler la réponse",
    "deja un comentario", "deja una respuesta", "responder", "cancelar respuesta",
    "lascia un commento", "lascia una risposta", "rispondi", "annulla risposta",
    "dodaj komentarz", "odpowiedz", "laat een reactie achter", "reageer", "beantwoorden",
    "deixe um comentário", "deixe uma resposta", "cancelar resposta", "lämna ett svar", "lämna en kommentar",
    "skriv et svar", "efterlad en kommentar", "legg igjen en kommentar", "legg igjen et svar", "napsat komentář",
    "zanechte komentář", "добавить комментарий", "оставьте комментарий", "отменить ответ", "залишити коментар",
    "додати коментар", "bir yanıt yazın", "yorum yap", "yanıtı iptal et", "コメントを残す", "コメントする",
    "发表评论", "发表回复", "取消回复", "댓글 남기기", "답글 남기기", "اترك تعليقاً", "اترك تعليقا",
    "اترك رد", "إلغاء الرد", "tinggalkan balasan", "tinggalkan komentar", "batalkan balasan",
    "để lại một bình luận", "viết bình luận", "hủy trả lời", "دیدگاهتان را بنویسید", "ارسال دیدگاه", "لغو پاسخ",
    "lasă un răspuns", "lasă un comentariu", "anulează răspunsul", "αφήστε μια απάντηση", "αφήστε ένα σχόλιο",
    "ακύρωση απάντησης", "vélemény, hozzászólás", "szólj hozzá", "válasz megszakítása", "כתיבת תגובה",
    "השאירו תגובה", "ביטול תגובה", "ใส่ความเห็น", "แสดงความคิดเห็น", "ยกเลิกการตอบ",
))
COMMENT_LABEL_TRIM = " \t\n\r.,:;!?…*()[]|"


# "According to" in one word, for whose words or view a clause gives (speakers.py reads a speaker after
# it; funding.py a story's source after a comma): Laut Anna Müller „…“, Según Juan Pérez, “…”, Selon
# Marie Dupont, « … »; set after the name in German ("Müller zufolge") and Hungarian ("Kovács Péter
# szerint"). Some are also plain prepositions ("pour", "para", "per"): with no comma after the name,
# they open no clause of whose view follows.
ACCORDING_WORDS = frozenset(("laut", "según", "selon", "secondo", "segundo", "volgens", "zdaniem", "pour", "para",
                             "per", "d’après", "d'après", "według", "enligt", "ifølge", "menurut"))
POSTPOSED_ACCORDING_WORDS = frozenset(("zufolge", "szerint"))
ACCORDING_ALSO_PREPOSITIONS = frozenset(("pour", "para", "per"))
