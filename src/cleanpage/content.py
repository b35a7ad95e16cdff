"""Choosing the main content node, re-attaching what belongs to it, tidying it.

After boilerplate.strip() the tree holds the article and whatever chrome no
rule named. Here:

1. score paragraphs and give their score to their ancestors (Readability's
   idea), weighted by class/id vocabulary and link density;
2. pick the best container, moving up while the parent holds the article
   better (several top candidates under one ancestor, an only child);
3. gather the container's siblings that read as article text, the deck
   before it and a funding/acknowledgement block after it;
4. tidy inside: link lists, "Advertisement" labels, the repeated title,
   byline and dateline lines, empty blocks.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Collection, Iterator
from functools import lru_cache, partial
from itertools import islice, pairwise
from urllib.parse import urlsplit

from lxml import etree

from . import boilerplate
from .boilerplate import has_prose, prose_chars
from .cjk import cjk_count
from .funding import has_statement_shape
from .model import NODE_ATTR, Options, Removal
from .patterns import lazy
from .rules import (
    MAX_CARD_CHARS,
    MAX_PRICE_TEXT_CHARS,
    PRICE_RE,
    PRICE_TEXT_RE,
    EMBED_CLASS_RE,
    ABOUT_AUTHOR_RE,
    ARROW_LEAD_IN_RE,
    ATTACHMENT_LINK_RE,
    THREAD_TOGGLE_LINK_RE,
    SCORE_CLASS,
    UNVOTED_CLASS,
    VOTE_STATE_CLASSES,
    AUTHOR_BOX_LABEL_RE,
    AUTHOR_BOX_TAGS,
    AUTHOR_PAGE_LINK_RE,
    AUTHOR_LIST_SPLIT_RE,
    AUTHOR_PANE_POST_LEVELS,
    AUTHOR_STATS_LEVELS,
    AVATAR_NAME_RE,
    AXIS_EXCLUDED_ANCESTORS,
    AXIS_LABEL_RE,
    AXIS_MULTIPLIERS,
    AXIS_SEPARATORS,
    AXIS_STEP_TOLERANCE,
    AXIS_UNIT_RE,
    ALL_BLOCK_WORDS_RE,
    BLOCK_WORD_SETS,
    block_words_re,
    BODY_CLASS_RE,
    BUTTON_CLASS_RE,
    BYLINE_RE,
    BYLINE_TEXT_RE,
    BYLINE_TEXT_TAGS,
    CAPTION_RE,
    CAPTION_TAGS,
    FIGURE_NUMBER_RE,
    CARD_LINK_CHARS,
    clause_marks,
    AD_BOX_TAGS,
    AD_LABELS,
    COMMENT_FORM_LABELS,
    COMMENT_HEAD_RE,
    MAX_ITEM_CLASS_CHANGES,
    MIN_ITEM_CLASS_SHARED,
    MAX_AD_BOX_CHARS,
    HEADED_BOX_TAGS,
    MAX_BOX_HEAD_CHARS,
    MAX_HEADED_BOX_CHARS,
    MAX_NEWSLETTER_HEAD_CHARS,
    MOST_READ_LABELS,
    RECENT_POSTS_LABELS,
    LATEST_NEWS_LABELS,
    COMMENT_FORM_RE,
    COMMENT_LABEL_TRIM,
    COMMENT_NOTE_RE,
    COMMENT_NOTE_TAGS,
    COMMENTS_RE,
    COUNT_ITEMPROPS,
    COUNT_TEXT_RE,
    CREDIT_RE,
    DATE_ITEMPROPS,
    DATE_LINE_RE,
    DATED_CREDIT_RE,
    COMMENT_COUNT_LINK_RE,
    MAX_COMMENT_COUNT_LINK_CHARS,
    MAX_DATED_BYLINE_CHILDREN,
    DECK_MEDIA_RE,
    DECK_RE,
    DECK_TAGS,
    DUPLICATE_TAGS,
    EDIT_NOTICE_RE,
    EDIT_NOTICE_TAGS,
    EMPTY_BLOCK_TAGS,
    FIGURE_CONTENT_TAGS,
    FIGURE_DATA_TAGS,
    FUNDING_HINT_RE,
    HEADER_INTRO_LOOKAHEAD,
    HEADER_INTRO_PASSED_TAGS,
    HEADER_INTRO_PICTURE_TAGS,
    HEADER_INTRO_SKIPPED_TAGS,
    HEADER_INTRO_TAGS,
    HEADING_TAGS,
    HELD_EMAIL_FIELD,
    HELD_FORM_ATTR,
    HEX_SEGMENT_RE,
    HIDDEN_STYLE_RE,
    LABEL_LIST_TAGS,
    LABEL_ROW_POSTED_RE,
    LABEL_ROW_SEPARATOR,
    LABEL_ROW_TAGS,
    LEAF_BLOCK_TAGS,
    LOOP_COPY_LEVELS,
    LOOP_COPY_RE,
    MACHINE_ID_CHARS,
    MACHINE_ID_RE,
    MACHINE_ID_TAGS,
    MAX_AFFILIATE_CHARS,
    MAX_AFTER_CREDIT,
    MAX_AUTHOR_BOX_CHARS,
    MAX_AUTHOR_BOX_LABEL_CHARS,
    AUTHOR_CARD_LEVELS,
    MAX_AUTHOR_CARD_LINKS,
    MAX_AUTHOR_CARD_NAME_CHARS,
    MAX_AUTHOR_CARD_NAME_WORDS,
    MIN_AUTHOR_CARD_BIO_CHARS,
    MAX_AUTHOR_STAT_CHARS,
    MAX_AVATAR_INITIALS,
    MAX_AXIS_CHARS,
    MAX_BUTTON_WORDS,
    MAX_BYLINE_CHARS,
    MAX_BYLINE_TEXT_CHARS,
    MAX_BYLINE_TEXT_LINES,
    MAX_POST_CREDIT_WORDS,
    MAX_POST_DATE_SCAN,
    MAX_POSTER_NAME_CHARS,
    MAX_PANE_LINKS,
    MAX_TRAIL_ITEMS,
    MAX_POSTER_NAME_WORDS,
    MAX_TIMESTAMP_NAMES,
    MAX_TITLED_STAMP_NODES,
    MAX_TIMESTAMP_WORDS,
    MAX_CAPTION_CHARS,
    MAX_COMMENT_NOTE_CHARS,
    MAX_CREDIT_CHARS,
    MAX_DECK_CHARS,
    TEASER_RERANK,
    MAX_TEASER_CARDS,
    MAX_RELATED_BOX_CHARS,
    BETWEEN_PROSE_LEVELS,
    RELATED_BOX_TAGS,
    RELATED_KICKERS,
    TEASER_RUN_TEXT_FACTOR,
    MAX_EDIT_NOTICE_CHARS,
    MAX_FAMILY_CHARS,
    MAX_FOLLOW_LINE_CHARS,
    MAX_FUNDING_CHARS,
    MAX_HEADER_INTRO_CHARS,
    MAX_LABEL_ROW_CHARS,
    MAX_LISTED_NAME_WORDS,
    MAX_PAYWALL_BOX_CHARS,
    MAX_PAYWALL_CHARS,
    MAX_PAYWALL_HEADING_INDEX,
    MAX_PLACEHOLDER_CHARS,
    MAX_PHOTO_CREDIT_CHARS,
    MAX_PITCH_BOX_CHARS,
    MAX_PITCH_LINE_CHARS,
    MAX_POST_META_LINE_CHARS,
    MAX_POSTER_STAT_CHARS,
    MAX_PROFILE_BLOCK_CHARS,
    MAX_PROMO_CHARS,
    MAX_QUOTES_READ,
    MAX_RELATED_INTRO_WORDS,
    MAX_REPLY_PROMPT_CHARS,
    MAX_REPLY_SUBJECT_CHARS,
    MAX_TAG_LABEL_CHARS,
    MAX_TAG_LINE_CHARS,
    MAX_TRAILING_HEADING_CHARS,
    MAX_TRAILING_HEADINGS,
    MIN_AXIS_LABELS,
    MIN_DUPLICATE_CHARS,
    MIN_DUPLICATE_LINKS_CHARS,
    MIN_HEADER_INTRO_PARAGRAPHS,
    MIN_PREVIEW_CHARS,
    PREVIEW_KEY_CHARS,
    MIN_HEADER_INTRO_PROSE_SHARE,
    MIN_LABEL_LIST_ITEMS,
    MIN_LISTED_AUTHORS,
    MIN_MACHINE_ID_RUN,
    MIN_PAGE_PROSE,
    MIN_PAIRED_NAME_WORDS,
    MIN_POSITIONAL_DECK_CHARS,
    MIN_POST_DATE_LINES,
    MIN_POSTER_NAMES,
    MIN_TRAIL_ITEMS,
    MIN_POSTS_WITH_PROSE,
    MIN_POST_META_LABELS,
    MIN_PROFILE_LIST_ITEMS,
    MIN_PROSE_BLOCK,
    MIN_TAG_LINKS,
    NAME_PARTICLES,
    NEGATIVE_RE,
    NON_LATIN_RE,
    NEWSLETTER_HEAD_RE,
    NOT_DECK_TAGS,
    PANEL_LEVELS,
    PART_SEPARATOR_RE,
    PAYWALL_SCRIPT_WORDS,
    PAYWALL_BOX_TAGS,
    PLACEHOLDER_OPENING_CHARS,
    PLACEHOLDER_PREFIX,
    PLACEHOLDER_PREFIX_CHARS,
    PLACEHOLDER_TEXT_RE,
    PLACEHOLDER_WORDS,
    PAYWALL_TEXT_RE,
    PREVIEW_END_RE,
    WHOLE_TEXT_END_RE,
    PHOTO_CREDIT_RE,
    PITCH_BOX_TAGS,
    CONSENT_BOX_TAGS,
    COOKIE_WORDS,
    MAX_CONSENT_BOX_CHARS,
    MIN_CONSENT_BOX_CHARS,
    PITCH_BUTTON_RE,
    PITCH_LINE_BLOCK_TAGS,
    PITCH_LINE_COUNT,
    PITCH_LINE_TAGS,
    PITCH_PROSE_LEVELS,
    POSITION_ITEMPROP,
    POSITIVE_RE,
    POST_META_LABEL_RE,
    POST_META_LINE_TAGS,
    POST_STATUS_RE,
    POSTER_BADGE_RE,
    MAX_POST_HEADER_LINE_CHARS,
    MIN_RESULT_CARDS,
    MIN_RESULT_SUMMARY_CHARS,
    RESULT_LIST_SHARE,
    POSTER_PRESENCE,
    POSTER_RANKS,
    POSTER_RANK_NAME_RE,
    POSTER_RANK_TAGS,
    POSTER_STAT_RE,
    POSTER_STAT_TAGS,
    PROFILE_BLOCK_TAGS,
    PROFILE_LINE_BLOCKS,
    PROFILE_LIST_TAGS,
    PROFILE_NAME_RE,
    PROFILE_STAT_RE,
    PROMO_TEXT_RE,
    POST_HEADER_MARK_RE,
    PULL_QUOTE_CONTAINERS,
    PULL_QUOTE_RE,
    QUOTE_BOX_TAGS,
    QUOTED_RUN_CHARS,
    QUOTE_POST_LEVELS,
    READ_MORE_NAME_RE,
    REATTACH_LEVELS,
    REGION_MAX_PROSE_SHARE,
    REGION_MAX_WORDS_SHARE,
    RELATED_INTRO_RE,
    REPLY_PROMPT_RE,
    REPLY_PROMPT_TAGS,
    REPLY_SUBJECT_RE,
    REPEATED_QUOTE_SHARE,
    POST_HEADER_CHARS,
    POST_HEADER_RE,
    POSTER_PANE_LEVELS,
    POSTER_PANE_RULES,
    QUOTE_HEADER_LEVELS,
    REPLY_SUBJECT_TAGS,
    RULES,
    SECOND_PERSON_RE,
    QUESTION_END_RE,
    SENTENCE_END_RE,
    prose_length,
    SENTENCE_LIKE_RE,
    STATE_CLASS_WORDS,
    TAB_PANE_WORD_RE,
    TRAIL_TAGS,
    TAG_LABEL_NOISE_RE,
    TAG_LINE_RE,
    TAG_LIST_LEVELS,
    TAILWIND_CLASS_RE,
    TAILWIND_TEXT_RE,
    TEXT_FAMILIES,
    TEXT_SET_LEVELS,
    THREAD_STATE_TAGS,
    TIDY_GUARD_MIN_CHARS,
    TIDY_GUARD_SHARE,
    TIMESTAMP_ANCHOR_RE,
    TIMESTAMP_HOLDER_TAGS,
    TIMESTAMP_TOKEN_RE,
    TOC_LIST_TAGS,
    TOC_TITLE_LEVELS,
    TOC_TITLE_TAGS,
    TRAILING_HEADING_TAGS,
    TRAILING_TEXT_HEADINGS,
    TRAILING_TEXT_MAX_LINK_DENSITY,
    TRAILING_TEXT_MIN_HEADINGS,
    TRAILING_TEXT_MIN_PROSE,
    TRAILING_TITLED_RULES,
    URL_TEXT_RE,
    WIDE_MAX_PROSE_SHARE,
    WIDE_MAX_PROSE_SHARE_UNDECLARED,
    WIDE_MAX_TEXT_SHARE,
    WIDE_SECTION_PROSE_SHARE,
    WIDE_SECTION_TEXT_SHARE,
    WORD_RE,
    id_is_slug,
    is_affiliate_notice,
    is_follow_line,
    is_label,
    label_key,
    is_thread_state_line,
    is_toc_title,
    role_names,
)
from .tree import (
    contains,
    count_up_to,
    detach,
    drop,
    first_words,
    leading_text,
    lined_text,
    link_density,
    next_element,
    own_text,
    previous_element,
    short_path,
    shows_words,
    word_count,
)

# Text blocks whose own text scores their ancestors.
SCORED_TAGS = frozenset(("p", "pre", "td", "blockquote", "li", "dd", "div", "section", "font", "span", "article", "main"))
# Blocks whose whole text is their own (their children are inline).
WHOLE_TEXT_TAGS = frozenset(("p", "pre"))  # (a <li> may hold a whole section: its own text only)
# A paragraph shorter than this says nothing about where the article is.
MIN_PARAGRAPH_CHARS = 25
# Ancestors that receive a paragraph's score, and the share each receives
# (Readability's: the parent all, the grandparent half, then 1/(3*level)):
# far ancestors must not outscore the container that holds the paragraphs.
ANCESTOR_SHARES = (1.0, 0.5, 1 / 6, 1 / 9, 1 / 12)
# A collapsed accordion's answers are one click away, kept (the hidden rule leaves them) but not
# what the page opens on: their paragraphs count this share of their score, so that a service
# page's folded FAQ does not outscore the section it opens with.
FOLDED_SHARE = 0.25
# Base scores by tag, as Readability: containers up, list/heading parts down.
TAG_BASE = {
    "div": 5, "article": 10, "main": 8, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}
CLASS_WEIGHT = 25
# Siblings of the chosen node join it when their score reaches this share of its score.
SIBLING_SHARE = 0.2
# ...and when they are prose rather than a teaser list (links, chrome classes).
SIBLING_MAX_LINK_DENSITY = 0.25
# ...and at least this share of their text is sentences (teaser titles are not).
SIBLING_MIN_PROSE = 0.3
# A sibling (or a chunk wrapper) with this many characters of sentences is article text.
MIN_CHUNK_PROSE = 200
# A story of a feed in plain blocks is known by a title of its headline's class among the first
# MAX_STORY_HEADINGS headings (these tags) of a sibling of its tag and class (_next_story).
# A label-led teaser box counts off an article among this many paragraphs at least (_among_paragraphs).
MIN_BOX_PARAGRAPHS = 2
# A line of further reading with no link (_read_also_line): these tags, so many characters at
# most, a title of so many words, past these leading marks ("📌", "»"), ended by none of these.
READ_ALSO_LINE_TAGS = frozenset(("p", "div"))
MAX_READ_ALSO_LINE_CHARS = 200
READ_ALSO_TITLE_WORDS = 20
READ_ALSO_LEAD_CHARS = " \t\n»>→▶►👉📌🔗•*-–—"
READ_ALSO_ENDS = ".;:,"
STORY_TITLE_TAGS = ("h1", "h2", "h3")
MAX_STORY_HEADINGS = 8
# ...or by a block of that class that is no heading (these tags), among its first elements.
STORY_TITLE_BLOCK_TAGS = ("div", "p", "span", "a", "strong")
MAX_STORY_TITLE_ELEMENTS = 12
# ...and it may stand in wrappers of its own, this many deep at most (_story_like).
NEXT_STORY_WRAPPER_LEVELS = 2
# A sibling that wraps a <blockquote> and nothing else, this many levels deep at most, is read as
# the <blockquote> (_wraps_quotation).
QUOTE_WRAPPER_LEVELS = 3
# ...and one that wraps a heading and nothing else, between two gathered blocks, this many levels
# deep at most, is read as the heading (_wraps_heading).
HEADING_WRAPPER_LEVELS = 3
# How far above the best candidate to look for an article split into chunks.
CHUNK_LEVELS = 3
# How far above the best candidate to look for the block the page repeats (a forum post
# wraps its text in an author pane, a column and a content wrapper).
POST_LEVELS = 8
# ...not counting the wrappers that hold nothing but the block below them, up to this many times
# POST_LEVELS steps in all (a script-built page wraps each post a dozen times over).
BARE_WRAPPER_FACTOR = 3
# The repeats replace the choice when they hold at least this many times its text: less, they
# are the blocks around an article (its citations, its author's bio), not the rest of a thread.
REPEATS_MIN_GAIN = 1.3
# The repeats win over the whole page (when the choice alone was too narrow) when they hold
# nearly all its sentences: a thread's posts are the page; a service page's feature cards a part.
REPEATS_WIDE_SHARE = 0.95
# Tidying the whole page leaves more than this share of its sentences (it takes link lists, labels,
# cards): repeats with less than this part of REPEATS_WIDE_SHARE of the untidied page's sentences
# cannot win, and the page is not tidied to find it out.
TIDIED_PROSE_FLOOR = 0.5
# A thread whose opening post sits apart from its replies (a post block, then a list of replies
# beside it): the replies are the siblings after a block around the choice that hold at least
# this many blocks of the choice's tag and class words (each reply's text), low in links.
MIN_REPLIES_BESIDE = 2
NUMBER_RE = lazy(r"\d{3,}")
DIGITS_RE = lazy(r"\d+")
# ...and one more for a page builder's numbered blocks (section > row > column > module > text).
NUMBERED_CHUNK_LEVELS = 1
# A numbered class token: a stem of 10+ characters and a number ("et_pb_section_3"); shorter
# stems are layout grids ("col-8", "col-lg-4"), whose numbers are widths, not a sequence.
CHUNK_NUMBERED_RE = lazy(r"(.{10,}?)\d+")

# The text between a page's headline and a choice that does not hold it, as a share of the
# choice's text, past which the choice is one section of the page (_far_under_headline). Fitted
# on the tuning halves: 0.5 lifted wcxb-dev services tune 0.8168 -> 0.8288; 0.3 the same on tune;
# 0.2 services +0.0036 more, collections and listings +0.0018; 0.1 lowered articles, forums,
# listings and scrapinghub (an undeclared article's byline, dates and table of contents).
HEADLINE_GAP_SHARE = 0.2

# Marks the page's main landmark in the copy of the whole page (_WideCandidate).
LANDMARK_MARK = "data-cleanpage-landmark"
# A choice whose one <main> landmark holds this share of its text or more is read as that landmark
# and what stands before it: the blocks after it are the site's (_drop_after_main).
AFTER_MAIN_SHARE = 0.6

# When several of the top candidates sit under one ancestor whose score is at
# least this share of the best, that ancestor holds the article.
ALTERNATIVE_SHARE = 0.75
ALTERNATIVES_NEEDED = 2  # the best and one more: articles split into "chunks" in sibling wrappers
# ...within this many levels above the best candidate.
MAX_ALTERNATIVE_LEVELS = 4
# A chosen table or list (or a wrapper whose text is nearly all one: TABLE_LIFT_TEXT_SHARE) gives
# way, on an article, to the nearest of its TABLE_LIFT_LEVELS ancestors whose other children hold
# TABLE_LIFT_MIN_PROSE characters of sentences (_beyond_table).
TABLE_LIFT_TAGS = ("table", "ul", "ol")
TABLE_LIFT_TEXT_SHARE = 0.9
TABLE_LIFT_LEVELS = 3
TABLE_LIFT_MIN_PROSE = 400
# A chosen <figure> gives way the same way, whatever it holds: a figure is a picture or a table
# the text refers to, and holds the text after it only where its markup was left open (the
# paragraphs before it then sit beside it).
FIGURE_LIFT_TAGS = ("figure",)
# A block beside the choice whose headings are mostly links (at least MIN_TEASER_HEADINGS, and
# TEASER_HEADING_SHARE of its headings) is a block of teasers to other stories, not article text,
# however many sentences their summaries hold (_teasers; the first MAX_TEASER_HEADINGS are read).
TEASER_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
MIN_TEASER_HEADINGS = 3
TEASER_HEADING_SHARE = 2 / 3
MAX_TEASER_HEADINGS = 50
# A page with this many <article>s is a feed: the one holding the headline is the article.
FEED_ARTICLES = 3
# Link density above which a block inside the article is a link list (chrome).
MAX_LINK_DENSITY = 0.5
# Blocks shorter than this with links only are link lists whatever their share.
LINK_LIST_CHARS = 300
# Blocks that can be link lists (never inline elements: a linked name is text),
# and the links a list needs: a paragraph that is one link is a sentence.
LINK_LIST_TAGS = frozenset(("ul", "ol", "div", "section", "p", "dl", "nav", "table"))
MIN_LIST_LINKS = 2
# On a page read whole, a block of links is a grid's item (a product tile: its name and its
# price) when this many siblings share its tag and class and it holds this many characters
# outside its links. wcxb-dev collections tune +0.011, check +0.001.
MIN_GRID_ITEMS = 4
MIN_GRID_ITEM_OWN_CHARS = 3
# Off a page read whole, a grid's item whose links outweigh its text (a linked title, a row of
# linked tags) still stays when a block of its own with no child is a summary: this many
# characters or more, ending as a sentence. wcxb-dev listings tune 0.6931->0.6966, check unchanged.
MIN_ITEM_SUMMARY_CHARS = 60
# A tile is often the only child of its grid cell (li > div.card, div.col > div.product): its
# likes are the cell's siblings, this many wrappers up at most, from a block that can be a tile
# (a list of links is a menu column, whatever wraps it). A carousel's slides are not a grid (the
# related products beside a product). wcxb-dev listings tune +0.019, check +0.007, services
# +0.001/+0.002, collections -0.009/+0.001 (one page whose two shingles became twenty).
GRID_CELL_LEVELS = 2
# A tile's cell may hold badges over it (a word or two, no link: "Bestseller", "Sale") and still
# be the tile's alone (a badge no longer makes its tile a link list: wcxb-dev listings tune
# +0.0021, collections tune +0.0021, no check half moved).
MAX_TILE_BADGE_CHARS = 24
MAX_TILE_BADGES = 3
GRID_TILE_TAGS = frozenset(("div", "section", "article"))
# A chosen block (not the whole page) is a grid of item cards when one group of siblings in it
# (GRID_CARD_TAGS of one tag and class, compared whole as _in_grid does) holds MIN_GRID_ITEMS
# cards or more, each titled (_item_title) and without a paragraph of sentences (a product's name
# and price, an entry's title and date), and those cards hold GRID_BODY_SHARE of its text at
# least: a listing's results, not an article with teasers beside its prose. It is then tidied as
# a page read whole is (its tiles' names stay).
# wcxb-dev listings tune +0.0072, collections tune +0.0035, no page of a check half changed
# (0.35: listings check -0.002; 0.65: listings tune +0.002 only). Cards with sentences as well:
# forums and collections check down (a thread's one-line replies kept); cards grouped by _shape
# (digits aside): listings check down.
GRID_BODY_SHARE = 0.5
# ...or GRID_COLLECTION_SHARE of it on a page that says it is a collection (og:type product.group),
# when the group holds GRID_COLLECTION_ITEMS cards or more: a shop's results between its
# introduction and its buying guide. wcxb-dev collections tune +0.0006 (with CARD_HEADING_SHARE),
# no page of a check half moved; on every page (not only a collection's): collections check down.
GRID_COLLECTION_ITEMS = 12
GRID_COLLECTION_SHARE = 0.3
GRID_CARD_TAGS = GRID_TILE_TAGS | {"li"}
CAROUSEL_RE = lazy(r"(?:^|[\s_-])(?:carousel|slider|swiper|slick|slide)(?=$|[\s_-])")
# A block the caption words name for its carousel ("carousel-slide", "swiper-slide") is one of
# the carousel's slides of text, not a caption, when it holds a paragraph of sentences and a
# sibling of its tag and class (state words apart: the slide shown is "active") does too (a
# service's plans, a shop's features, one a slide): wcxb-dev services tune +0.003, check +0.002,
# collections check +0.005, no page down; in a body chosen too, not only on a page read whole:
# services tune +0.0008, check +0.0025, no page down. (Any block so named that holds sentences,
# alone too: products check -0.001, one page.)
SLIDES_RE = lazy(r"slideshow|carousel|swiper|slide")
# ...or a heading over a line of this many characters or more that ends as a sentence: a card of a
# carousel of offers, its title and its one-line summary (wcxb-dev services tune 0.8381 -> 0.8383,
# check level, no page down).
MIN_SLIDE_SENTENCE_CHARS = 40
# A carousel named so (a caption's word) is text when MIN_TEXT_SLIDES or more blocks in it, named
# a slide ("swiper-slide", "carousel-item"), are each a heading over its text (looking at
# MAX_CAROUSEL_NODES elements in it at most).
SLIDE_WORD_RE = lazy(r"slide|carousel[-_]*item")
WORD_CHAR_RE = lazy(r"\w")
MIN_TEXT_SLIDES = 3
MAX_CAROUSEL_NODES = 400
# A block of links is an index's section, not a link list, when this many blocks of its tag and
# class each follow their own heading (a list of languages by letter); looking at this many
# siblings at most.
MIN_INDEX_SECTIONS = 3
MAX_INDEX_SIBLINGS = 200
INDEX_WRAPPER_LEVELS = 2
MAX_INDEX_HEADING_CHARS = 200
# A shop's browse page may wrap each section alone: <div><h2>Shop by genre</h2><ul>links</ul></div>,
# that block inside bare wrappers, and the sections' outer wrappers siblings (_wrapped_index_section).
# The section is the list's parent (its heading before it), climbed this many single-child levels.
SECTION_WRAPPER_LEVELS = 4
MIN_SECTION_LINKS = 3
# A section may lead its links in with a paragraph of its own under the heading (a tutorial's
# index: each topic's heading, a sentence on it, then its lessons). wcxb-dev documentation tune
# +0.0015, check +0.0001, listings check +0.0003, no check half down.
INDEX_LEAD_TAGS = frozenset(("p",))
# An A-to-Z index may open each section with its letter in a plain block, not a heading: a label
# this short ("A", "0-9", "#") then the section's links (_letter_section). wcxb-dev listings
# tune +0.015, check +0.006, no page down in any set.
MAX_INDEX_LETTER_CHARS = 3
# A list of links that a sentence of the text introduces ("Here are some of the courses it
# offers:") is the article's list, not a related list or a menu: the block right before it is a
# paragraph of INTRO_MIN_WORDS words or more, mostly not links, that ends with a colon.
INTRO_LIST_TAGS = frozenset(("ul", "ol", "dl"))
# Two words lead a list in ("Worth reading:", "Handy tools:"); a label does not ("See
# also:", "Related articles:": is_label). wcxb-dev articles tune +0.00016, check +0.00003 with
# two words against three; documentation tune +0.0002.
INTRO_MIN_WORDS = 2
# The paragraph may sit in a wrapper of its own, and the list too (AsciiDoc's "paragraph" and
# "ulist" divs): a <div> that holds one paragraph or one list and nothing else; the list's
# items then stay whole, a paragraph of one link each (_item_paragraph). wcxb-dev articles
# tune +0.0004, check +0.00002; documentation +0.0003 / +0.00003.
INTRO_WRAPPER_TAGS = frozenset(("div",))
INTRO_END_RE = lazy(r"[:：]\s*$")
INTRO_END_MARKS = ":："  # INTRO_END_RE's: the last of a stripped text's characters, when it ends with one
INTRO_SKIPPED_TAGS = frozenset(("figure", "picture", "img", "br"))  # a picture between the two
# The lead-in and its links may share one paragraph: "After reading these two posts: <a>…</a>
# <a>…</a>" (a forum post's sources, pasted as addresses), its own words before the first link
# ending with the colon (_leads_own_links), as a paragraph before a list would; only links that
# show their address (URL_TEXT_RE): "Follow us on: <a>Facebook</a> <a>Instagram</a>" is chrome.
OWN_LEAD_TAGS = frozenset(("p",))
# A list of links nested in an item of the text's list, after that item's own words ("<li>Gauge
# tools<ul><li><a>…</a></li>…</ul></li>", "<li><a>Tide records</a> kept with:<ul>…"), is the
# item's details, not a related list: the item's words, outside any link and any element, name
# it. A menu's item names its sub-menu with a link or in an element of its own (<span>, <button>).
# wcxb-dev documentation tune +0.0005, articles check +0.0001, no page down in any set.
SUB_LIST_ITEM_TAGS = frozenset(("li",))
# A list of this many links or more, each to a place in the page itself ("#the-ferry"), and no word
# outside them, right under a table of contents' title ("Table of Contents", "In this article":
# TOC_TITLES) is the page's table of contents: it goes however its markup's indentation thins its
# links, though a heading stands over it (an index's section of links leads away). Under another
# lead-in ("Here are the tutors we tried:") such a list of jumps is the article's own summary.
MIN_CONTENTS_LINKS = 3
CONTENTS_LIST_TAGS = frozenset(("ul", "ol"))
UNLINKED_TEXT_XPATH = etree.XPath(".//text()[not(ancestor::a)]")  # a block's words outside its links
# A block that is one link and nothing else (beyond punctuation) points elsewhere.
LONE_LINK_DENSITY = 0.9
# ...unless it titles the text right after it in a list's item: a paragraph that is one linked
# name ("<li><p><a><b>The book</b></a></p>") over a paragraph of sentences about it, this long at
# least (longer than a teaser's excerpt), is a roundup's item, its heading written as a paragraph.
# (Not outside a list: a news story's "<p><a><b>Another story</b></a></p>" between its paragraphs.)
TITLED_TEXT_MIN_CHARS = 200
# In an article, a quotation's figure caption this short names who said it (_quotation_caption).
MAX_QUOTATION_CAPTION_WORDS = 12
# ...and a line that reads as a byline inside it, this many levels down at most, is its speaker's
# name ("<figcaption><strong>Ann Lee,</strong> harbour master</figcaption>"), kept with it.
QUOTATION_CAPTION_LEVELS = 3
# ...and a paragraph of links that ends with a colon stays when a quotation or code follows it:
# it says where the quoted words come from ("<a>Older</a> versions of <a>the manual say</a>:").
# wcxb-dev forums check +0.0002, tune +0.00003, nothing else moved.
QUOTED_BLOCK_TAGS = frozenset(("blockquote", "pre"))
# ...but a list of one link stays where a list of several would: after the sentence that
# introduces it (_introduced: "You can back the disk up with this script:"), or as one section of
# an index of sections (_index_section: a changelog post's contributors, each name a heading over
# the changes they made, some of one change). Lists only: a paragraph of one link under a heading
# is a download button or a teaser. wcxb-dev forums tune +0.0009, documentation tune +0.0003,
# listings check +0.0002, no check half down.
# ...unless a heading holds this share of its text at least and it is an item's title
# (_item_heading): a grid's tile that is only its linked name, a chart entry's linked title above
# its details. wcxb-dev listings tune +0.004, check +0.000 (two pages up a little); collections
# +0.008 / +0.000; no page down in any set.
ITEM_HEADING_SHARE = 0.8
# ...or this share, in a body read as cards (a page read whole, a grid of items): a product's
# link wraps its name's heading and its price, whose words weigh as much as a short name
# (alone it moved no page: grids that short names leave as link lists were few).
CARD_HEADING_SHARE = 0.4
# ...and a card's linked title stays above the item's summary in sentences too (a news digest's
# entries, each a linked headline, a date and a paragraph) when it links to the item's page, not
# to "#" (an accordion's question over its answer) or a script. wcxb-dev listings tune +0.0009,
# check +0.0011, documentation check +0.0001, no page down in any set.
IN_PAGE_HREFS = ("#", "javascript:")
# A list item's card may wrap its heading and details this many blocks inside the repeated one
# (wrappers with nothing else in them not counted), and this many levels in all.
ITEM_CARD_LEVELS = 2
# A ranking's row drawn with blocks: its first cell, its linked name (wrapped this many blocks
# deep at most, with a rank number of this many characters outside the link), is the item.
# It is one of MIN_RANKED_ROWS rows at least: a ranking or a table is long; a rail of other
# stories (a linked title, its date) is a few rows.
ROW_CELL_LEVELS = 3
MAX_ROW_CELL_OWN_CHARS = 4
MIN_RANKED_ROWS = 8
MAX_CARD_WRAPPERS = 8
# A paragraph that is a sentence around its links ("For the details, see <a>…</a> and <a>…</a>.",
# "<a>Name</a>, a physician at <a>…</a>, explains …") is text, however much of it is linked:
# it ends as a sentence ends and holds this many words outside its links. A linked headline
# ("Who will win?") holds none, a "Read more: <a>…</a>." line two, a post's meta line
# ("Posted in <a>…</a> by <a>…</a>, <a>date</a>.") four.
LINKED_SENTENCE_MIN_OWN_WORDS = 5
SENTENCE_FINAL_RE = lazy(r"[.!?…。！？][\"”’»)]*$")
# ...and so is a quotation linked to its source as a whole ("<blockquote><p><a href=…>The
# quoted sentence.</a></p></blockquote>"): a paragraph of a <blockquote>, QUOTED_LINK_LEVELS up
# at most, that ends as a sentence ends and holds this many words. A box of related links set in a
# <blockquote> ("Learn more: <a>…</a>") is a title, not a sentence.
QUOTED_LINK_MIN_WORDS = 6
QUOTED_LINK_LEVELS = 2
# ...or nearly all link but for a label ("Read also:"), a few links after it at most (an editor's
# "Related reading: <a>…</a> <a>…</a>" box of two stories inside the text).
LABELLED_LINK_DENSITY = 0.5
MAX_LABELLED_LINKS = 3
# An editor sets that "Read also: <a>…</a>" line as a heading as often as a paragraph (a heading
# of the article's own is its words, not a label before one link).
LABELLED_HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# The blocks whose text no tidy rule reads (but by their class words): links, images, a table's
# parts, figures and quotations. Their text is read only when a rule takes them (its size); a
# table's text can be most of the body's, read again at each of its levels.
UNREAD_TIDY_TAGS = frozenset(("a", "img", "br", "hr", "tr", "td", "th", "figure", "picture", "source", "table",
                              "thead", "tbody", "blockquote"))
# The words at each end of a block's text that group blocks before their whole texts are compared
# (_duplicates): a block that repeats another shares them, a wrapper around more text seldom does.
DUPLICATE_KEY_WORDS = 16  # (their first words alone make most texts MIN_DUPLICATE_CHARS long)
# More one-letter words than this, a space apart, make a line of MAX_BYLINE_TEXT_CHARS or more:
# the words of a longer block need not be split off to know it is no dated byline.
MAX_DATED_BYLINE_WORDS = MAX_BYLINE_TEXT_CHARS // 2


def find_body(root: etree._Element, title: str | None, options: Options,
              removals: list[Removal], article: bool = False, product: bool = False,
              collection: bool = False) -> etree._Element | None:
    """The article body as a fresh <div>, or None when the page holds none.

    `article`: the page says it is an article (og:type, JSON-LD), and only a narrower
    choice than on other pages gives way to the whole page (see _narrow). `product`: it says
    it is a product, whose description is its content, not the shop's sections around it
    (see _section_won). `collection`: it says it is a group of products, whose many cards are
    a grid of items at a smaller share of the text (see _item_grid)."""
    body = root.find("body")
    if body is None:
        body = root
    scores = _score(body)
    top = _choose(body, scores)
    if top is None:
        return None
    if article:
        top = _beyond_table(top)
    chosen = _with_deck_and_funding(_gather(top, scores, product=product, article=article))
    article = article or _headline_of_feed(body, top)
    # the whole stripped page, tidied, as a second candidate (only where the first may be too narrow)
    # (or, on a page that says it is neither an article nor a product, one section far under the
    # page's headline: a service's FAQ that outweighs the hero and the offers between them)
    below = not article and not product and _far_under_headline(chosen, body)
    wide = _WideCandidate(body, top, title, options, product) if below or _narrow(chosen, body, article, final=False) else None
    # the repeats of the block around the choice (a thread's posts), unless they are a small part
    # of a page that reads as a whole (a service page's feature cards)
    unit = _repeated_unit(top)
    thread = False
    replies = _replies_beside(top) if unit is None else None
    if unit is not None or replies is not None:
        repeated = _with_deck_and_funding(replies if unit is None else
                                          _gather(unit[0], scores, repeats=True, whole=unit[1]))
        if _text_len(repeated) >= REPEATS_MIN_GAIN * _text_len(chosen) and (
                wide is None or wide.outweighed_by(sum(prose_chars(el) for el in repeated))):
            chosen, wide, thread = repeated, None, True
    # one section that won over the others of its region (not a thread's posts, gathered above)
    region = None if thread else _region(body, top, article)
    if region is not None and _section_won(chosen, top, region, words=not product):
        whole, tidied = _wide_candidate(region, title, options, product)
        removals.extend(tidied)
        return whole
    after = [] if article or thread else _text_after_landmark(top)
    cards = None if thread else _card_landmark_after(body, top)
    container = body.makeelement("div")  # in the page's document: its fast element classes
    for el in chosen:
        container.append(detach(el))
    if cards is not None:  # a collection's introduction, then the grid of items its landmark holds
        container.append(detach(cards))
    # (on a page that says it is an article, a choice without a sentence that is a list of titled
    # cards is a grid too: a shop's products, which blog engines call articles; wcxb-dev collections
    # tune +0.0017, no page of a check half moved)
    grid = cards is not None or (_item_grid(container, collection) if not article else
                                 not has_prose(container) and _card_list(container))
    if grid:  # a grid of items: a shop's description below it, outside its landmark, is the page's too
        for el in after:
            container.append(detach(el))
    if wide is not None and below:  # the page wins whatever tidying leaves of the choice: it is not tidied
        return wide.landmark_part(removals)
    narrow_removals: list[Removal] = []
    tidy(container, title, options, narrow_removals, grid=grid, article=article, thread=thread, product=product)
    if wide is not None and _narrow([container], wide.tidied()[0], article):
        return wide.landmark_part(removals)
    removals.extend(narrow_removals)
    if not grid:
        _drop_after_main(container, options, removals)
    return container


def _drop_after_main(container: etree._Element, options: Options, removals: list[Removal]) -> None:
    """Take out what tidying left after the page's one <main> landmark (or role=main block) in a
    choice that holds it with most of its text (AFTER_MAIN_SHARE): the site's blocks after its
    landmark that no rule took (an app's banner over the footer) are not its content (rule
    "outside-main"); what stands before it (a headline, a hero) stays."""
    mains = [el for el in container.iter() if el is not container and (el.tag == "main" or el.get("role") == "main")]
    if len(mains) != 1:
        return
    main = mains[0]
    if len(main.text_content()) < AFTER_MAIN_SHARE * len(container.text_content()):
        return
    node = main
    while node is not container:
        for sibling in list(node.itersiblings()):
            if isinstance(sibling.tag, str) and shows_words(sibling):
                if options.explain:
                    removals.append(Removal(short_path(sibling), "outside-main", first_words(sibling),
                                            word_count(sibling), node=sibling.get(NODE_ATTR)))
                drop(sibling)
        node = node.getparent()


def _text_after_landmark(top: etree._Element) -> list[etree._Element]:
    """The blocks after the <main> landmark (or role=main block) that holds `top`, beside it or
    beside its wrappers, that are a text of headed sections (_trailing_text): a shop's
    description and buying guide below its grid, outside the landmark's wrapper."""
    landmark = next((node for node in (top, *top.iterancestors()) if node.tag == "main" or node.get("role") == "main"),
                    None)
    found: list[etree._Element] = []
    node = landmark
    while node is not None and node.tag != "body":
        found.extend(sibling for sibling in node.itersiblings() if _trailing_text(sibling))
        node = node.getparent()
    return found


_FIRST_LANDMARK = etree.XPath("descendant::*[self::main or @role='main'][1]")


def _card_landmark_after(body: etree._Element, top: etree._Element) -> etree._Element | None:
    """The page's <main> landmark (or role=main block) when it comes after `top`, outside it, and
    is a list of titled item cards (_card_list): a collection's introduction, its headline and
    description in a block above the landmark, wins on its sentences; the cards the site marked
    as its main content are the collection's items (on a page that says it is an article too: blog
    engines say so of their category pages). None otherwise. wcxb-dev listings tune +0.0062, no
    page of a check half moved."""
    if any(node.tag == "main" or node.get("role") == "main" for node in (top, *top.iterancestors())):
        return None  # (the choice is in a landmark: the page is not looked through for one)
    landmark = next(iter(_FIRST_LANDMARK(body)), None)
    if landmark is None or contains(top, landmark) \
            or not any(_precedes(top, node) for node in (landmark, *landmark.iterancestors())):
        return None
    return landmark if _card_list(landmark) else None


def _card_list(container: etree._Element) -> bool:
    """Does `container` hold MIN_GRID_ITEMS sibling cards or more of one _shape (a template's
    cards, numbered per item: "post-1043", "post-1187"), each with a title (_item_title), that
    hold GRID_BODY_SHARE of its text or more?"""
    least = GRID_BODY_SHARE * len(container.text_content())
    if not least:
        return False
    for _parent, members in _child_groups(container, MIN_GRID_ITEMS, _card_key,
                                          lambda parent: len(parent.text_content()) >= least):
        cards = [el for el in members if _item_title(el)]
        if len(cards) >= MIN_GRID_ITEMS and sum(len(el.text_content()) for el in cards) >= least:
            return True
    return False


def _card_key(el: etree._Element) -> tuple[str, str] | None:
    """A card's kind: its tag and its first class word, long numbers dropped (_shape)."""
    return _shape(el) if el.tag in GRID_CARD_TAGS and el.get("class") else None


def _trailing_text(el: etree._Element) -> bool:
    """Is `el` a text of headed sections: TRAILING_TEXT_MIN_HEADINGS headings,
    TRAILING_TEXT_MIN_PROSE characters of sentences, few links, no name of chrome?"""
    if not isinstance(el.tag, str) or count_up_to(el.iter(TRAILING_TEXT_HEADINGS), TRAILING_TEXT_MIN_HEADINGS) \
            < TRAILING_TEXT_MIN_HEADINGS:
        return False
    if NEGATIVE_RE.search(f"{el.get('class', '')} {el.get('id', '')}".lower()):
        return False
    return prose_chars(el) >= TRAILING_TEXT_MIN_PROSE and link_density(el) <= TRAILING_TEXT_MAX_LINK_DENSITY


def _item_grid(container: etree._Element, collection: bool = False) -> bool:
    """Is `container` a grid of item cards (GRID_BODY_SHARE; on a collection's page, many cards
    GRID_COLLECTION_SHARE)? One walk; a group is read only under a parent that holds that share
    of the text."""
    total = len(container.text_content())
    least = GRID_BODY_SHARE * total
    fewest = GRID_COLLECTION_SHARE * total if collection else least
    if not least:
        return False
    for _parent, members in _child_groups(container, MIN_GRID_ITEMS, _grid_card_key,
                                          lambda parent: len(parent.text_content()) >= fewest):
        cards = [el for el in members if _item_title(el) and not has_prose(el)]
        if len(cards) < MIN_GRID_ITEMS:
            continue
        held = sum(len(el.text_content()) for el in cards)
        if held >= least or (len(cards) >= GRID_COLLECTION_ITEMS and held >= fewest):
            return True
    return False


def _grid_card_key(el: etree._Element) -> tuple[str, str | None] | None:
    """A grid card's kind: its tag and its class, compared whole (as _in_grid does)."""
    return (el.tag, el.get("class")) if el.tag in GRID_CARD_TAGS else None


def _listing_key(el: etree._Element) -> tuple[str, str] | None:
    """A listing item's kind: its _shape, its class words without their digits."""
    return _shape(el, whole=True) if isinstance(el.tag, str) else None


def _child_groups(top: etree._Element, least: int, key: Callable[[etree._Element], object],
                  wanted: Callable[[etree._Element], bool] | None = None
                  ) -> Iterator[tuple[etree._Element, list[etree._Element]]]:
    """Each group of `least` or more children of one `key` (None: no group) under `top` or any
    element in it whose children are `wanted`, as (parent, members) in document order, in one walk:
    the repeated cards of a grid or a listing."""
    for parent in top.iter():
        if len(parent) < least or (wanted is not None and not wanted(parent)):
            continue
        groups: dict[object, list[etree._Element]] = {}
        for child in parent:
            kind = key(child)
            if kind is not None:
                groups.setdefault(kind, []).append(child)
        for members in groups.values():
            if len(members) >= least:
                yield parent, members


def _region(body: etree._Element, top: etree._Element, article: bool) -> etree._Element | None:
    """The content region around `top` on a page that does not say it is an article (an article's
    <main> holds its comments too), when it is wider than `top`: the <main> landmark
    (`role=main`) that holds it, else the nearest block that holds both `top` and the page's
    <h1> (a service page's hero and its sections). None when there is no such block, or it is
    the whole page."""
    if article:
        return None
    for ancestor in top.iterancestors():
        if ancestor.tag == "main" or ancestor.get("role") == "main":
            return ancestor
    h1 = body.find(".//h1")
    if h1 is None:
        return None
    for block in (top, *top.iterancestors()):
        if contains(block, h1):
            return None if block is body or block is top else block
    return None


def _section_won(chosen: list[etree._Element], top: etree._Element, region: etree._Element,
                 words: bool = True) -> bool:
    """Does the chosen content hold less than REGION_MAX_PROSE_SHARE of the sentences of its
    region, or (`words`) less than REGION_MAX_WORDS_SHARE of its words outside links (a
    service's introduction above its table of providers, whose cells are no sentences)? The
    blocks beside it on the way up count, unless their class or id names them as chrome (a
    side column, "sidebar", that no rule took)."""
    own = sum(prose_chars(el) for el in chosen)
    own_words = sum(_unlinked_words(el) for el in chosen)
    beside = beside_words = 0
    node = top
    while node is not region:
        parent = node.getparent()
        for sibling in parent:
            if sibling is node or sibling in chosen or not isinstance(sibling.tag, str):
                continue
            names = f"{sibling.get('class', '')} {sibling.get('id', '')}".lower()
            if not NEGATIVE_RE.search(names):
                beside += prose_chars(sibling)
                beside_words += _unlinked_words(sibling)
        node = parent
    return own < REGION_MAX_PROSE_SHARE * (own + beside) \
        or (words and own_words < REGION_MAX_WORDS_SHARE * (own_words + beside_words))


def _unlinked_words(el: etree._Element) -> int:
    return len(boilerplate.unlinked_text(el).split())


def _text_len(blocks: list[etree._Element]) -> int:
    return sum(len(el.text_content()) for el in blocks)


def _with_deck_and_funding(members: list[etree._Element]) -> list[etree._Element]:
    """The gathered members, with the deck before them and the funding blocks after them."""
    before = _find_deck(members[0])
    for deck in before:
        for node in deck.iter(*HEADING_TAGS):
            node.tag = "p"  # a sub-headline deck is the article's first paragraph, not a section
    after = _find_funding_blocks(members)
    parent = members[0].getparent()
    if parent is not None:  # funding blocks among the members' siblings keep their place
        beside = [el for el in after if el.getparent() is parent]
        members = sorted(members + beside, key=parent.index)
        after = [el for el in after if el.getparent() is not parent]
    return [*before, *members, *after]


def _narrow(chosen: list[etree._Element], page: etree._Element, article: bool = False, final: bool = True) -> bool:
    """Does the chosen content hold too little of the page for it to be the page's content?

    Service pages, listings, product pages and forum threads spread their content over
    sections and items, little of it prose: when the chosen container holds a small part
    of what the rules left and a smaller part of its sentences, the whole stripped page is
    the content; so it is, on a page that is not an article, when the page has no sentence
    at all (a grid of products). A page that says it is an article must also have section
    headings, and the chosen part must hold less of its sentences (WIDE_* in rules.py,
    fitted on the tuning halves of the benchmark sets). A container with more of the
    sentences is narrow too when it holds a still smaller part of the page's words (one
    section of a page of sections, not the <article> of a feed); that is judged on the
    tidied candidates (`final`). On a page that is not an article, a choice without a
    sentence is narrow, however much of the text it holds, when the page has sentences
    elsewhere (a course's outline beside its description)."""
    chosen_len = sum(len(el.text_content()) for el in chosen)
    if chosen_len >= WIDE_MAX_TEXT_SHARE * len(page.text_content()):
        # ...unless it holds no sentence of a page that has them (a product's list of contents,
        # beside its description)
        return not article and not any(has_prose(el) for el in chosen) and prose_chars(page) >= MIN_PAGE_PROSE
    if article and next(page.iter("h2", "h3"), None) is None:
        return False
    page_prose = prose_chars(page)
    if not article and not page_prose:
        return True  # a grid of products or entries, no sentence on it: no block speaks for the page
    prose = sum(prose_chars(el) for el in chosen) / max(1, page_prose)
    if prose < (WIDE_MAX_PROSE_SHARE if article else WIDE_MAX_PROSE_SHARE_UNDECLARED):
        return True
    if prose >= WIDE_SECTION_PROSE_SHARE or any(_headline_of_feed(page, el) for el in chosen):
        return False
    return not final or _words_len(chosen) < WIDE_SECTION_TEXT_SHARE * _words_len([page])


def _far_under_headline(chosen: list[etree._Element], body: etree._Element) -> bool:
    """Is the choice one section far under the page's headline: the page's one <h1> stands
    outside it, before it, and the text between them holds HEADLINE_GAP_SHARE of the choice's
    text or more (an article's headline has its byline and date between, a service page's its
    hero, its offers and its figures)? One walk from the top of the page to the choice."""
    if any(next(el.iter("h1"), None) is not None for el in chosen):
        return False
    headlines = list(islice(body.iter("h1"), 2))
    if len(headlines) != 1 or not headlines[0].text_content().strip():
        return False
    headline, first = headlines[0], chosen[0]
    least = HEADLINE_GAP_SHARE * _words_len(chosen)  # (runs of whitespace count as one: markup indents)
    gap, after = 0, False
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start" and el is first:
            return after and gap >= least
        if after:
            gap += len(" ".join(((el.text if event == "start" else el.tail) or "").split()))
            if gap >= least:
                return True
        elif event == "end" and el is headline:
            after = True
            gap += len(" ".join((el.tail or "").split()))
    return False


class _WideCandidate:
    """The whole page as a second candidate: copied when made (the choice is then taken out of
    the page), with the copy of the <main> landmark (or role=main block) that is or holds `top`
    marked (LANDMARK_MARK) for _landmark_part; tidied when first read. Tidying the copy is the
    costly part, and a page whose choice then wins its region (_section_won) never reads it."""

    def __init__(self, body: etree._Element, top: etree._Element, title: str | None, options: Options,
                 product: bool = False) -> None:
        landmark = next((node for node in (top, *top.iterancestors())
                         if node.tag == "main" or node.get("role") == "main"), None)
        if landmark is not None:
            landmark.set(LANDMARK_MARK, "")
        try:
            self.page = _page_copy(body)
        finally:
            if landmark is not None:
                del landmark.attrib[LANDMARK_MARK]
        self.title, self.options, self.product = title, options, product
        self.removals: list[Removal] | None = None

    def tidied(self) -> tuple[etree._Element, list[Removal]]:
        """The copy, tidied (once), with what tidying it removed."""
        if self.removals is None:
            self.removals = []
            tidy(self.page, self.title, self.options, self.removals, cards=True, product=self.product)
        return self.page, self.removals

    def outweighed_by(self, prose: int) -> bool:
        """Do `prose` characters of sentences (a thread's posts) make REPEATS_WIDE_SHARE of the
        tidied page's? Tidying only takes sentences away, so the untidied copy settles it when they
        make that share of its sentences, and so it does when they make less than TIDIED_PROSE_FLOOR
        of that share (tidying leaves more of a page's sentences); the copy is tidied in between."""
        if self.removals is None:
            least = REPEATS_WIDE_SHARE * prose_chars(self.page)
            if prose >= least or prose < TIDIED_PROSE_FLOOR * least:
                return prose >= least
        return prose >= REPEATS_WIDE_SHARE * prose_chars(self.tidied()[0])

    def landmark_part(self, removals: list[Removal]) -> etree._Element:
        """The tidied copy's main landmark part (_landmark_part), `removals` extended with what went."""
        page, tidied = self.tidied()
        removals.extend(tidied)
        return _landmark_part(page, self.options, removals)


def _landmark_part(wide: etree._Element, options: Options, removals: list[Removal]) -> etree._Element:
    """What tidying left of the page's main landmark in the whole page's copy `wide` (marked by
    _WideCandidate): the page is judged whole against the choice (what the rules left of
    it, the choice a small part), but the site's blocks around its landmark that no rule took
    (a header, menus, a footer in bare <div>s) are not its content: rule "outside-main". All of
    `wide` when it has no such part with words."""
    part = next(wide.iterfind(f".//*[@{LANDMARK_MARK}]"), None)
    if part is None:
        return wide
    del part.attrib[LANDMARK_MARK]
    if not any(piece.strip() for piece in part.itertext()):
        return wide
    if options.explain:
        for node in (part, *part.iterancestors()):
            if node is wide:
                break
            for sibling in (*reversed(list(node.itersiblings(preceding=True))), *node.itersiblings()):
                if isinstance(sibling.tag, str):
                    removals.append(Removal(short_path(sibling), "outside-main", first_words(sibling),
                                            word_count(sibling), node=sibling.get(NODE_ATTR)))
    part.tag = "div"
    part.attrib.clear()
    return detach(part)


def _words_len(blocks: list[etree._Element]) -> int:
    """Characters of the blocks' text with runs of whitespace counted as one (markup indents)."""
    return sum(len(" ".join(el.text_content().split())) for el in blocks)


def _headline_of_feed(body: etree._Element, top: etree._Element) -> bool:
    """Is `top` the <article> holding the headline in a feed of <article>s? It is then an
    article, whatever the page's metadata says (the others are teasers)."""
    return top.tag == "article" and next(top.iter("h1"), None) is not None \
        and count_up_to(body.iter("article"), FEED_ARTICLES) >= FEED_ARTICLES


def _page_copy(body: etree._Element) -> etree._Element:
    """A copy of the whole stripped page, as a <div> (the body's attributes left behind)."""
    wide = copy.deepcopy(body)
    wide.tag = "div"
    wide.attrib.clear()
    return wide


def _wide_candidate(body: etree._Element, title: str | None,
                    options: Options, product: bool = False) -> tuple[etree._Element, list[Removal]]:
    """A tidied copy of the whole stripped page, with what tidying it removed."""
    wide = _page_copy(body)
    removals: list[Removal] = []
    tidy(wide, title, options, removals, cards=True, product=product)
    return wide, removals


# ---------------------------------------------------------------- scoring
class Scores:
    """Candidate scores: raw paragraph sums, discounted by link density on demand.

    Link density costs a text walk per candidate, and most candidates never
    matter: `ranked()` computes it in order of raw score and stops once no
    raw score can beat the discounted ones (discounting only lowers a score).
    Candidates nest (a paragraph scores five ancestors), so each link's length is
    measured once and kept (`link_chars`), and so is each block's text and link length
    (`measured`): a block around one measured adds its other children to it, and neither
    reads its whole text again nor walks its every link. The tree does not change while the
    scores are read (find_body detaches the chosen blocks only after its last look).
    """

    def __init__(self, raw: dict[etree._Element, float]) -> None:
        self.raw = raw
        self.adjusted: dict[etree._Element, float] = {}
        self.link_chars: dict[etree._Element, int] = {}  # each <a> measured: its text's length
        self.measured: dict[etree._Element, tuple[int, int]] = {}  # each block measured: (text, links' text)

    def __bool__(self) -> bool:
        return bool(self.raw)

    def get(self, node: etree._Element, default: float = 0.0) -> float:
        if node not in self.raw:
            return default
        if node not in self.adjusted:
            raw = self.raw[node]
            self.adjusted[node] = raw * (1 - self._link_density(node)) if raw > 0 else raw
        return self.adjusted[node]

    def _link_density(self, node: etree._Element) -> float:
        """tree.link_density(node), from the lengths of its children once one is measured."""
        measured = self.measured
        children = list(node)
        if any(child in measured for child in children) and all(isinstance(child.tag, str) for child in children):
            # its text is its own, then each child's text and tail (its links: each child's, and itself if one)
            total = len(node.text or "")
            linked = 0
            for child in children:
                chars, links = measured.get(child) or self._measure(child)
                total += chars + len(child.tail or "")
                linked += links
            if node.tag == "a":
                linked += total
            measured[node] = (total, linked)
        else:
            total, linked = self._measure(node)
        if not total:
            return 0.0
        return min(max(linked, 0) / total, 1.0)

    def _measure(self, node: etree._Element) -> tuple[int, int]:
        """`node`'s text length and its links' (each <a> in it, itself too), read whole and kept;
        each link's length read from `link_chars` once measured."""
        known = self.link_chars
        linked = 0
        for a in node.iter("a"):
            chars = known.get(a)
            if chars is None:
                chars = known[a] = len(a.text_content())
            linked += chars
        self.measured[node] = found = (len(node.text_content()), linked)
        return found

    def ranked(self, count: int) -> list[etree._Element]:
        """The `count` best candidates by discounted score, best first."""
        best: list[etree._Element] = []
        for node in sorted(self.raw, key=self.raw.__getitem__, reverse=True):
            if len(best) >= count and self.raw[node] <= self.get(best[-1]):
                break
            self.get(node)
            best = sorted([*best, node], key=self.get, reverse=True)[:count]
        return best


# Containers that take their own text's score (a paragraph gives its score to its parent).
SELF_SCORED_TAGS = frozenset(("div", "section", "article", "main", "td", "font", "span"))


def _score(body: etree._Element, texts: dict[etree._Element, str] | None = None) -> Scores:
    """Give each paragraph's score to its ancestors; return the scored candidates. A paragraph
    in a collapsed disclosure's panel scores FOLDED_SHARE of its value (_folded). `texts`: the
    texts another walk of this tree read, as this one reads them (boilerplate.BlockTexts)."""
    scores: dict[etree._Element, float] = {}
    folded = _folded(body)
    for el in body.iter(*SCORED_TAGS):
        tag = el.tag  # (each read of .tag builds a new str)
        text = texts.get(el) if texts else None
        if text is None:
            if not len(el):  # (most elements: a leaf's text is its .text, read here without a call)
                text = el.text or ""
                if tag not in WHOLE_TEXT_TAGS:
                    text = text.strip()
            else:  # a paragraph's text is all of it (one C call); a <div>'s only what it holds directly
                text = el.text_content() if tag in WHOLE_TEXT_TAGS else own_text(el)
        n = len(text)
        if n < MIN_PARAGRAPH_CHARS:
            continue
        value = 1 + clause_marks(text) + min(n // 100, 3)
        if folded and el in folded:
            value *= FOLDED_SHARE
        node = el if tag in SELF_SCORED_TAGS else el.getparent()
        for share in ANCESTOR_SHARES:
            if node is None:  # (a parent is always an element: a comment holds no children)
                break
            score = scores.get(node)
            if score is None:
                score = _initial_score(node)
            scores[node] = score + value * share
            node = node.getparent()
    return Scores(scores)


def _folded(body: etree._Element) -> frozenset[etree._Element]:
    """The elements inside the panels of the page's collapsed disclosures: the blocks a button
    that says aria-expanded="false" opens (aria-controls), an accordion's folded answers."""
    refs = {ref for opener in boilerplate.OPENERS_XPATH(body) if opener.get("aria-expanded") == "false"
            for ref in opener.get("aria-controls").split()}
    if not refs:
        return frozenset()
    return frozenset(node for panel in body.iterfind(".//*[@id]") if panel.get("id") in refs
                     for node in panel.iter())


def main_candidate(body: etree._Element, texts: dict[etree._Element, str] | None = None) -> etree._Element | None:
    """The element that holds the page's main text, by paragraph scores (for the strip guard);
    `texts`: see _score."""
    return _choose(body, _score(body, texts))


def _initial_score(node: etree._Element) -> float:
    return TAG_BASE.get(node.tag, 0) + class_weight(node)


def class_weight(node: etree._Element) -> float:
    names = f"{node.get('class', '')} {node.get('id', '')}".lower()
    return _names_weight(names, node.get("itemprop") == "articleBody")


@lru_cache(maxsize=65536)
def _names_weight(names: str, body_prop: bool) -> float:
    """Class/id weight of a lower-cased "class id" string (pages repeat them: cached)."""
    if not names.strip() and not body_prop:
        return 0.0
    weight = 0.0
    if "text-" in names and TAILWIND_CLASS_RE.search(names):  # (a plain substring test spares most names)
        names = TAILWIND_TEXT_RE.sub(" ", names)
    if body_prop or BODY_CLASS_RE.search(names):
        weight += 2 * CLASS_WEIGHT
    elif POSITIVE_RE.search(names):
        weight += CLASS_WEIGHT
    if NEGATIVE_RE.search(names):
        weight -= CLASS_WEIGHT
    return weight


@lru_cache(maxsize=65536)
def _names_kind(names: str) -> str | None:
    """"caption", "byline" or None for a lower-cased "class id" string (cached)."""
    if not names.strip():
        return None
    if CAPTION_RE.search(names):
        return "caption"
    if BYLINE_RE.search(names):
        return "byline"
    return None


def _choose(body: etree._Element, scores: Scores) -> etree._Element | None:
    """The best-scored container, moved up where the article spreads wider."""
    if not scores:
        return body if shows_words(body) else None
    ranked = scores.ranked(6)
    run = _teaser_run_after_text(body, ranked[0])
    if run is not None:  # the article's own blocks, each scored apart, lost to the teasers after it
        ranked = [node for node in scores.ranked(TEASER_RERANK) if not contains(run, node) and not contains(node, run)]
        ranked = ranked[:6] or scores.ranked(6)
    top = ranked[0]
    best = scores.get(top)
    close = [n for n in ranked[1:6] if scores.get(n) >= ALTERNATIVE_SHARE * best]
    if len(close) >= ALTERNATIVES_NEEDED - 1:
        common = _common_ancestor(top, close)
        top = top if common is None else common
    quotes = list(top.iterancestors("blockquote"))
    if quotes and quotes[-1].getparent() is not None:
        top = quotes[-1].getparent()  # a quotation is part of what quotes it (a reply quoting a post)
    while True:
        parent = top.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if len(parent) == 1 or scores.get(parent, 0) > scores.get(top, 0) or _fold_around(parent, top):
            top = parent
            continue
        break
    if count_up_to(top.iter("article"), 3) - (top.tag == "article") >= 2:
        article = _headline_article(body)
        return top if article is None else article
    story = _headline_story(top)
    return top if story is None else story


def _headline_story(top: etree._Element) -> etree._Element | None:
    """In a feed of stories in plain blocks, the one that holds the first <h1> and prose: the
    nearest ancestor of that headline inside `top` that has a sibling of the next story's
    (_next_story)."""
    h1 = next(top.iter("h1"), None)
    names = None if h1 is None else h1.get("class")
    if not names:
        return None
    for story in h1.iterancestors():
        if story is top:
            return None
        if story.get("class") and any(sib is not story and _next_story(sib, story, names)
                                      for sib in islice(story.getparent(), MAX_INDEX_SIBLINGS)):
            return story if _prose_chars(story) >= MIN_CHUNK_PROSE else None
    return None


def _beyond_table(top: etree._Element) -> etree._Element:
    """On an article, the block around a chosen table or list of headed sections (or the wrapper
    of one) that holds the article's sentences beside it: the nearest ancestor, TABLE_LIFT_LEVELS
    up at most, whose other children hold TABLE_LIFT_MIN_PROSE characters of sentences, in blocks
    low in links and not named as chrome. A comparison table's cells, or a list of reviewed items,
    outscore the paragraphs that introduce and follow them (each cell's score goes to the table
    whole). So does a chosen <figure>, or a block in one, from the figure up (FIGURE_LIFT_TAGS).
    `top` when none."""
    node = top if top.tag in FIGURE_LIFT_TAGS else next(top.iterancestors(*FIGURE_LIFT_TAGS), None)
    if node is None:
        inner = top if top.tag in TABLE_LIFT_TAGS else next(top.iter(*TABLE_LIFT_TAGS), None)
        if inner is None or len(inner.text_content()) < TABLE_LIFT_TEXT_SHARE * len(top.text_content()) \
                or (inner.tag != "table" and count_up_to(filter(_headed_section, inner), 2) < 2):
            return top
        node = top
    for _ in range(TABLE_LIFT_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        beside = sum(prose_chars(sib) for sib in parent if sib is not node and isinstance(sib.tag, str)
                     and not NEGATIVE_RE.search(f"{sib.get('class', '')} {sib.get('id', '')}".lower())
                     and link_density(sib) < SIBLING_MAX_LINK_DENSITY)
        if beside >= TABLE_LIFT_MIN_PROSE:
            return parent
        node = parent
    return top


def _headed_section(item: etree._Element) -> bool:
    """Is `item` a list item that is a section of text: a heading that is no link (a teaser's
    title links to its story), and a sentence?"""
    if item.tag != "li":
        return False
    heading = next(item.iter(*HEADING_TAGS), None)
    return heading is not None and next(heading.iter("a"), None) is None and has_prose(item)


def _fold_around(parent: etree._Element, top: etree._Element) -> bool:
    """Is `parent` a fold around `top`: a block named a 'read more' that holds, besides `top`, no
    prose (its button, an ad slot)? The text before the fold sits beside it, one level up."""
    names = f"{parent.get('class', '')} {parent.get('id', '')}"
    return READ_MORE_NAME_RE.search(names) is not None and not any(
        _prose_chars(child) for child in parent if child is not top and isinstance(child.tag, str))


def _teaser_run_after_text(body: etree._Element, top: etree._Element) -> etree._Element | None:
    """The block holding a run of teaser cards that `top` is (or is in, or holds), when the page's
    headline comes before it with more text between them than the run holds: an article's "read
    more" box, whose cards' excerpts ("post-excerpt") outscore the article's paragraphs where a
    page builder wraps each paragraph in its own module. None otherwise (a listing's cards follow
    its headline and introduction: they are its content)."""
    run = top if count_up_to(top.iter("article"), 2) >= 2 else \
        next(top.iterancestors("article"), None) if top.tag != "article" else top
    if run is None:
        return None
    if run.tag == "article":
        run = run.getparent()
    cards = [child for child in run if child.tag == "article"] if run is not None else []
    if not 2 <= len(cards) <= MAX_TEASER_CARDS or len({card.get("class") for card in cards}) != 1 \
            or not all(boilerplate.teaser_card(card) for card in cards):
        return None
    h1 = body.find(".//h1")
    if h1 is None or contains(run, h1):
        return None
    between = 0
    started = False
    for node in body.iter():
        if node is h1:
            started = True
        elif node is run:
            break
        elif started and isinstance(node.tag, str):
            between += len(node.text or "") + len(node.tail or "")
    else:
        return None  # (the run comes before the headline)
    return run if started and between > TEASER_RUN_TEXT_FACTOR * len(run.text_content()) else None


def _headline_article(body: etree._Element) -> etree._Element | None:
    """In a feed of several <article>s, the one that holds the page's <h1> and prose."""
    h1 = body.find(".//h1")
    if h1 is None:
        return None
    for ancestor in h1.iterancestors("article"):
        if _prose_chars(ancestor) >= MIN_CHUNK_PROSE:
            return ancestor
    return None


def _common_ancestor(top: etree._Element, others: list[etree._Element]) -> etree._Element | None:
    """The nearest ancestor of `top` that contains all but one of `others`."""
    node = top.getparent()
    others = [o for o in others if not contains(top, o) and not contains(o, top)]
    if not others:
        return None
    for _ in range(MAX_ALTERNATIVE_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return None
        inside = sum(1 for o in others if contains(node, o))
        if inside >= max(len(others) - 1, 1):
            return node
        node = node.getparent()
    return None


# ---------------------------------------------------------------- gathering
def _gather(top: etree._Element, scores: Scores, repeats: bool = False, whole: bool = False,
            product: bool = False, article: bool = False) -> list[etree._Element]:
    """`top` and the siblings that read as article text, in document order.

    Where the article is split into chunks (wrappers of the same tag and class
    as `top` or one of its two nearest ancestors, with prose in them), the
    gathering happens at the level of those chunks. With `repeats`, `top` is a block the
    page repeats (a post of a thread) and every sibling of its shape (`whole`: by all its
    class words) belongs. With `product` (the page says it is a product), so does every sibling
    of `top`'s tag and class that is not a list of links (_product_section). With `article` (the
    page says it is an article), a sibling that is a block of teasers (_teasers) does not, unless
    `top` is one too.
    """
    panels: list[etree._Element] = []
    if not repeats:
        top, panels = _tab_panels(top)
        top = top if panels else _chunk_level(top)
    shape = _shape(top, whole) if repeats else None
    parent = top.getparent()
    if parent is None or parent.tag in ("html",):
        return [top]
    threshold = max(10.0, scores.get(top, 0) * SIBLING_SHARE)
    top_class = top.get("class")
    siblings = [el for el in parent if isinstance(el.tag, str)]
    teasers_apart = article and not _teasers(top)  # (a chosen block of teasers: its like are the page's)
    headline = None if repeats else next(top.iter("h1"), None)
    story_title = None if headline is None else headline.get("class")
    keep = [el is top or not (story_title and _next_story(el, top, story_title)) and (
            (shape is not None and _is_repeat(el, shape, whole=whole))
            or (el in panels and _panel_belongs(el))
            or (product and _product_section(el, top))
            or (_sibling_belongs(el, scores, threshold, top_class, article)
                and not (teasers_apart and _teasers(el))))
            for el in siblings]
    # Headings between two kept blocks are the article's section headings, bare or each in a
    # block editor's wrapper of its own (_wraps_heading); so is the one right above the first kept
    # block, unless it is the page's <h1>, its title (wcxb-dev collections tune 0.6814 -> 0.6824,
    # check 0.5686 -> 0.5697, products check +0.0001, no half down; with the <h1>, articles and
    # services check fell).
    kept_at = [i for i, k in enumerate(keep) if k]
    for i in range(kept_at[0], kept_at[-1]):
        if not keep[i] and (siblings[i].tag in HEADING_TAGS or _wraps_heading(siblings[i])):
            keep[i] = True
    first = kept_at[0] - 1
    while first >= 0 and not siblings[first].text_content().strip():
        first -= 1
    if first >= 0 and (siblings[first].tag in HEADING_TAGS or _wraps_heading(siblings[first])) \
            and next(siblings[first].iter("h1"), None) is None:
        keep[first] = True
    return [el for el, k in zip(siblings, keep) if k]


def _next_story(el: etree._Element, top: etree._Element, title_class: str) -> bool:
    """Is `el`, a sibling of the chosen block of its tag and class, the next story of a feed in
    plain blocks (an infinite scroll appends it below the one read): it holds a title of the class
    of the chosen block's headline (one template sets each story's title) among its first
    MAX_STORY_HEADINGS headings? The chunks of one article are headed, if at all, by headings of
    another class than its title's."""
    story = _story_like(el, top)
    return story is not None and (any(
        heading.get("class") == title_class for heading in islice(story.iter(*STORY_TITLE_TAGS), MAX_STORY_HEADINGS))
        or _styled_story_title(story, title_class))


def _story_like(el: etree._Element, top: etree._Element) -> etree._Element | None:
    """`el` when it is of the chosen block's tag and class, or the one such block it wraps alone,
    NEXT_STORY_WRAPPER_LEVELS deep at most (a feed's script loads the next story into a wrapper
    of its own: "<div class="next-up"><article class="story">"); else None."""
    node: etree._Element | None = el
    for _ in range(NEXT_STORY_WRAPPER_LEVELS + 1):
        if node is None:
            return None
        if node.tag == top.tag and node.get("class") == top.get("class"):
            return node
        node = _sole_child(node)
    return None


def _styled_story_title(story: etree._Element, title_class: str) -> bool:
    """...or its title is a block of that class that is no heading: a feed's template sets only
    the first story's title as the page's <h1>, and each appended one's in a <div> of the same
    class ("<div class="story-title">"), among its first MAX_STORY_TITLE_ELEMENTS elements."""
    return any(node.get("class") == title_class and node.tag not in HEADING_TAGS
               for node in islice(story.iter(*STORY_TITLE_BLOCK_TAGS), MAX_STORY_TITLE_ELEMENTS))


def _product_section(el: etree._Element, top: etree._Element) -> bool:
    """On a page that says it is a product, a sibling of the chosen block's tag and class (the
    whole class) that is not a list of links: a section of the product's details, such as its
    specifications' rows or its box contents beside its description, which have no sentence
    for the scoring to find. wcxb-dev products tune +0.0011, check +0.0005, collections check
    +0.0011, no page down."""
    return el.tag == top.tag and top.get("class") is not None and el.get("class") == top.get("class") \
        and link_density(el) < SIBLING_MAX_LINK_DENSITY


def _tab_panels(top: etree._Element) -> tuple[etree._Element, list[etree._Element]]:
    """The tab panel that holds `top` (or `top` itself) and the other panels of its set: a
    product's description, specifications and what's in the box, one panel shown at a time.
    Panels are siblings with role=tabpanel, or of one tag and one set of class words once the
    state words are dropped ("content active", "content"), one of them carrying a state word."""
    node = top
    for _ in range(PANEL_LEVELS + 1):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        key = _panel_key(node)
        if key is not None:
            same = [sib for sib in parent if sib is not node and _panel_key(sib) == key]
            if same and (any(_is_panel_shown(el) for el in (node, *same)) or _styled_tab_set(node, same)):
                return node, same
        node = parent
    return top, []


def _panel_belongs(el: etree._Element) -> bool:
    """A panel of the chosen one's tab set is content unless it is a list of links or its
    names say chrome (comments, related items)."""
    names = f"{el.get('class', '')} {el.get('id', '')} {el.get('aria-labelledby', '')}".lower()
    return link_density(el) < SIBLING_MAX_LINK_DENSITY and not NEGATIVE_RE.search(names)


def _panel_key(el: etree._Element) -> tuple[str, frozenset[str]] | None:
    if not isinstance(el.tag, str):
        return None
    if el.get("role") == "tabpanel":
        return "tabpanel", frozenset()
    words = frozenset(el.get("class", "").split()) - STATE_CLASS_WORDS
    return (el.tag, words) if words else None


def _is_panel_shown(el: etree._Element) -> bool:
    return el.get("role") == "tabpanel" or not STATE_CLASS_WORDS.isdisjoint(el.get("class", "").split())


def _styled_tab_set(node: etree._Element, same: list[etree._Element]) -> bool:
    """Do the panels show one at a time by their style ("tab-pane" with display:block, its
    siblings display:none)? Their class names a tab or a pane (TAB_PANE_WORD_RE), `node` is
    shown and a sibling hidden: the strip kept the hidden ones as a tab set's panels."""
    if not any(TAB_PANE_WORD_RE.search(word) for word in node.get("class", "").split()):
        return False
    return not HIDDEN_STYLE_RE.search(node.get("style", "")) \
        and any(HIDDEN_STYLE_RE.search(sib.get("style", "")) for sib in same)


def _shape(el: etree._Element, whole: bool = False) -> tuple[str, str]:
    """What a repeated block looks like: its tag and its first class word (else its id), numbers
    dropped ("post-1043" and "post-1187" are one shape; "col-4" and "col-8" are two); or with
    `whole`, all its class words without their digits."""
    names = el.get("class", "").split()
    if whole:  # page builders number each block ("et_pb_text_3"): the template is the rest
        return el.tag, DIGITS_RE.sub("", " ".join(names) if names else el.get("id", ""))
    return el.tag, NUMBER_RE.sub("", names[0] if names else el.get("id", ""))


def _repeated_unit(top: etree._Element) -> tuple[etree._Element, bool] | None:
    """The block around `top` that the page repeats: forum posts, cards of one template.

    Climbing from `top`, the outermost ancestor (or `top`) with a named shape that a sibling of
    it repeats, the sibling holding, along the same path of shapes, a block of `top`'s classes;
    and whether the unit is `top` itself (then matched by all its class words)."""
    path: list[tuple[str, str]] = []  # the shapes from below `node` down to `top`
    node = top
    unit = None
    levels = 0
    for _ in range(POST_LEVELS * BARE_WRAPPER_FACTOR):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if not _bare_wrapper(parent, node):
            levels += 1
            if levels > POST_LEVELS:
                break
        if next(node.iter("h1"), None) is not None:
            break  # a block with the page's headline is the article; its like siblings, other articles
        shape = _shape(node, whole=not path)
        if shape[1] and any(sib is not node and _is_repeat(sib, shape, path, whole=not path) for sib in parent):
            unit = node, not path  # the outermost: a post repeats, and so may the paragraphs inside it
        path.insert(0, shape)
        node = parent
    return unit


def _bare_wrapper(parent: etree._Element, node: etree._Element) -> bool:
    """Does `parent` hold nothing but `node` (its other children and its own text empty)? A
    script-built page nests each post in a dozen such layout wrappers: they add no level."""
    if (parent.text or "").strip():
        return False
    return not any((child.tail or "").strip() or (
        child is not node and isinstance(child.tag, str) and shows_words(child)) for child in parent)


def _replies_beside(top: etree._Element) -> list[etree._Element] | None:
    """The opening post's block and the list of replies after it, where a thread keeps them
    apart (the first post in one wrapper, the replies in a list beside it): climbing from `top`,
    the nearest block with a sibling after it, not of its shape (not one more card of a row),
    that holds MIN_REPLIES_BESIDE blocks or more of `top`'s tag and class words, with text and
    low in links; that block and its siblings up to that list."""
    names = frozenset(top.get("class", "").split())
    if not names:
        return None
    node = top
    for _ in range(POST_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        shape = _shape(node, whole=True)
        after = [sib for sib in node.itersiblings() if isinstance(sib.tag, str)]
        for i, sib in enumerate(after):
            if _shape(sib, whole=True) != shape and count_up_to(
                    (el for el in sib.iter(top.tag) if frozenset(el.get("class", "").split()) == names
                     and el.text_content().strip() and link_density(el) <= MAX_LINK_DENSITY),
                    MIN_REPLIES_BESIDE) >= MIN_REPLIES_BESIDE:
                return [node, *after[:i + 1]]
        node = parent
    return None


def _is_repeat(el: etree._Element, shape: tuple[str, str], path: list[tuple[str, str]] = (),
               whole: bool = False) -> bool:
    """Is `el` of `shape` (by all its class words with `whole`), holding text along `path` (the
    shapes down to the repeated slot, the last one by all its class words)?"""
    if not isinstance(el.tag, str) or _shape(el, whole) != shape or link_density(el) > MAX_LINK_DENSITY:
        return False
    nodes = [el]
    for i, step in enumerate(path):
        whole = i == len(path) - 1
        nodes = [child for node in nodes for child in node
                 if isinstance(child.tag, str) and _shape(child, whole) == step]
    return any(map(shows_words, nodes))


def _chunk_level(top: etree._Element) -> etree._Element:
    """The level at which the article is split into chunks: the nearest of `top` and its
    ancestors with a sibling of the same tag and class (a builder's element ids apart) holding
    prose; or, where a page builder numbers its blocks ("section_2", "section_3"), the farthest
    with a numbered sibling of its kind."""
    node = top
    numbered = None
    for level in range(CHUNK_LEVELS + NUMBERED_CHUNK_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        tag, tokens, stems = _kind(node)
        for sib in parent:
            if sib is node or sib.tag != tag or _prose_chars(sib) < MIN_CHUNK_PROSE:
                continue
            if _chunk_class(sib.get("class")) == _chunk_class(node.get("class")):
                if numbered is None and level < CHUNK_LEVELS:
                    return node
                break
            if stems:
                _, sib_tokens, sib_stems = _kind(sib)
                if tokens & sib_tokens and stems & sib_stems:
                    numbered = node
                    break
        node = parent
    return top if numbered is None else numbered


def _chunk_class(names: str | None) -> list[str] | None:
    """A block's class words, a page builder's generated ids apart ("builder-element-3fa09c1" as
    "builder-element-": HEX_SEGMENT_RE, the rule table's): two chunks of one article differ in it only."""
    if names is None:
        return None
    return [HEX_SEGMENT_RE.sub("", word) for word in names.split()]


def _kind(el: etree._Element) -> tuple[str, frozenset[str], frozenset[str]]:
    """A block's tag, class tokens, and the stems of its numbered class tokens ("et_pb_section_3"
    -> "et_pb_section_"): a page builder numbers the sections of one article in sequence."""
    tokens = frozenset((el.get("class") or "").split())
    stems = frozenset(m[1] for m in map(CHUNK_NUMBERED_RE.fullmatch, tokens) if m)
    return el.tag, tokens, stems


def _teasers(el: etree._Element) -> bool:
    """Is `el` a block of teasers: MIN_TEASER_HEADINGS headings or more whose text is mostly a link
    (each item's title links to its story, a summary under it), TEASER_HEADING_SHARE of its
    headings or more? An article's own section headings link nowhere. Bounded: the first
    MAX_TEASER_HEADINGS headings are read."""
    linked = total = 0
    for heading in islice(el.iter(*TEASER_HEADING_TAGS), MAX_TEASER_HEADINGS):
        total += 1
        text = len(heading.text_content().strip())
        if text and sum(len(a.text_content().strip()) for a in heading.iter("a")) * 2 >= text:
            linked += 1
    return linked >= MIN_TEASER_HEADINGS and linked >= TEASER_HEADING_SHARE * total


# A short sibling block belongs to the body when it ends as a sentence, a quotation or a lead-in ends.
SHORT_BLOCK_END_RE = lazy(r"[.!?…:\"”»]$")


def _sibling_belongs(el: etree._Element, scores, threshold: float, top_class: str | None,
                     article: bool = False) -> bool:
    """Does a sibling of the chosen block read as more of its text? On a page that says it is an
    article, the links of its table of contents do not count against it (_contents_share)."""
    names = role_names(f"{el.get('class', '')} {el.get('id', '')}".lower())
    if el.tag in HEADING_TAGS or (names.strip() and NEGATIVE_RE.search(names)):
        return False
    if count_up_to(el.iter("article"), 3) - (el.tag == "article") >= 2:
        return False  # a feed of other articles
    density = link_density(el)
    if density >= SIBLING_MAX_LINK_DENSITY \
            and not (article and density - _contents_share(el) < SIBLING_MAX_LINK_DENSITY):
        return False
    bonus = 0.2 * threshold if top_class and el.get("class") == top_class else 0
    if scores.get(el, 0) + bonus >= threshold and _prose_share(el) >= SIBLING_MIN_PROSE:
        return True
    prose = _prose_chars(el)
    if prose >= MIN_CHUNK_PROSE and prose >= SIBLING_MIN_PROSE * len(el.text_content()):
        return True
    if el.tag not in ("p", "blockquote", "pre", "ul", "ol", "figure", "table") and not _wraps_quotation(el):
        return False
    text = el.text_content().strip()
    if len(text) > 80:
        return True
    return 0 < len(text) <= 80 and density == 0 and SHORT_BLOCK_END_RE.search(text) is not None


def _contents_share(el: etree._Element) -> float:
    """Share of `el`'s text in links to a place on the page itself ("#section-2"): an article's
    table of contents, which leads into its text, not away to other pages as teasers do (the
    chunk holding an article's introduction often holds its contents box too)."""
    total = len(el.text_content())
    if not total:
        return 0.0
    inner = sum(len(a.text_content()) for a in el.iter("a")
                if len(a.get("href") or "") > 1 and a.get("href")[0] == "#")  # not "#", a script's button
    return inner / total


def _wraps_quotation(el: etree._Element) -> bool:
    """Is `el` a wrapper around a <blockquote> and nothing else (a block editor sets each block in a
    <div> of its own: <div class="block-quote"><blockquote>…), QUOTE_WRAPPER_LEVELS deep at most?
    The quotation is a sibling block of the text, as a bare <blockquote> is."""
    node: etree._Element | None = el
    for _ in range(QUOTE_WRAPPER_LEVELS):
        node = _sole_child(node)
        if node is None:
            return False
        if node.tag == "blockquote":
            return True
    return False


def _wraps_heading(el: etree._Element) -> bool:
    """Is `el` a wrapper around a heading and nothing else, HEADING_WRAPPER_LEVELS deep at most (a
    page builder sets each block in boxes of its own: <div class="section-heading"><h2>…, Elementor's
    heading widget and its container)? Between two blocks of the text it is a section heading, as a
    bare heading is."""
    node: etree._Element | None = el
    for _ in range(HEADING_WRAPPER_LEVELS):
        node = _sole_child(node)
        if node is None:
            return False
        if node.tag in HEADING_TAGS:
            return shows_words(node)
    return False


def _prose_chars(el: etree._Element) -> int:
    """Characters in blocks of 80+ characters that hold a sentence end (prose_length)."""
    prose = 0
    for block in el.iter("p", "div", "li", "blockquote", "section", "span", "td"):
        text = own_text(block)
        if len(text) >= MIN_PROSE_BLOCK:  # (most blocks: no call)
            prose += prose_length(text)
    return prose


def _prose_share(el: etree._Element) -> float:
    """Share of the text in blocks of 80+ characters that hold a sentence end."""
    total = len(el.text_content())
    return min(_prose_chars(el) / total, 1.0) if total else 0.0


def _find_deck(first: etree._Element) -> list[etree._Element]:
    """The deck/standfirst just before the body, if one sits there in its own container."""
    node = first
    for _ in range(REATTACH_LEVELS):
        prev = node.getprevious()
        looked = 0
        while prev is not None and looked < 4:
            looked += 1
            if isinstance(prev.tag, str):
                deck = _deck_in(prev)
                if deck is None:
                    deck = _deck_after_headline(prev)
                if deck is not None:
                    return [deck]
            prev = prev.getprevious()
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return []


def _deck_in(el: etree._Element) -> etree._Element | None:
    """`el` or one of its first descendants when its class/id says deck and it reads like one."""
    for n, node in enumerate(el.iter()):
        if n > 60:
            break
        if not isinstance(node.tag, str) or node.tag in NOT_DECK_TAGS:
            continue
        names, ident = node.get("class"), node.get("id")
        if names is None and ident is None or not _deck_names(f"{names or ''} {ident or ''}") \
                or node.find(".//img") is not None:
            continue  # (most blocks are named neither: no deck word)
        text = node.text_content().strip()
        if 20 <= len(text) <= MAX_DECK_CHARS and link_density(node) < 0.3 and not _in_card_run(node, el):
            return node
    return None


@lru_cache(maxsize=65536)
def _deck_names(names: str) -> bool:
    """Does a "class id" string name a deck (DECK_RE), not its picture (DECK_MEDIA_RE)? (cached: pages repeat them)"""
    names = PART_SEPARATOR_RE.sub(" ", names.lower())  # "content-header__dek" -> "content header dek": word boundaries work
    return DECK_RE.search(names) is not None and DECK_MEDIA_RE.search(names) is None


def _in_card_run(node: etree._Element, top: etree._Element) -> bool:
    """Is `node` inside one of a run of sibling cards, up to `top`: a block holding a link whose
    next or previous element has its tag and class and holds a link too, both short (a feed's
    teasers, each a linked title and its "lead")? A teaser's summary is not the deck of the
    article beside the feed."""
    for block in (node, *node.iterancestors()):
        names = block.get("class")
        if names and next(block.iter("a"), None) is not None:
            for sibling in (block.getprevious(), block.getnext()):
                if sibling is not None and sibling.tag == block.tag and sibling.get("class") == names \
                        and next(sibling.iter("a"), None) is not None \
                        and len(sibling.text_content()) <= MAX_DECK_CHARS:
                    return True
        if block is top:
            break
    return False


def _deck_after_headline(el: etree._Element) -> etree._Element | None:
    """The sentence right under the <h1> in the article's header, whatever its class
    (terse CMS classes such as "a_st" name nothing)."""
    h1 = el if el.tag == "h1" else next(el.iter("h1"), None)
    if h1 is None:
        return None
    node = h1.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext()
    if node is None:
        return None
    if node.tag not in DECK_TAGS:
        return _intro_after_headline(node)
    text = " ".join(node.text_content().split())
    kind = _names_kind(f"{node.get('class', '')} {node.get('id', '')}".lower())
    if kind is not None or not MIN_POSITIONAL_DECK_CHARS <= len(text) <= MAX_DECK_CHARS:
        return None
    return node if link_density(node) < 0.3 and SENTENCE_LIKE_RE.search(text) and not _line_trail(node) else None


def _line_trail(line: etree._Element) -> bool:
    """Is this line a trail of where the page stands, written on one line: links with nothing but
    marks after each ("Blog ❯ Green living ❯ This post's title"), MIN_TRAIL_ITEMS places at least with
    the page's own after the last link? (The list form is _title_trail's.)"""
    links = list(line.iter("a"))
    if len(links) < MIN_TRAIL_ITEMS - 1:
        return False
    for link, following in pairwise(links):
        tail = (link.tail or "").strip()
        if not tail or WORD_CHAR_RE.search(tail) is not None or link.getnext() is not following:
            return False
    return True


def _intro_after_headline(node: etree._Element) -> etree._Element | None:
    """The block of lead paragraphs that follows the <h1> in the page's header, the body
    further down in a container of its own (a doc engine's "layout header": the headline,
    a folded support widget, then the page's opening paragraphs)."""
    for _ in range(HEADER_INTRO_LOOKAHEAD):
        if node is None:
            return None
        if isinstance(node.tag, str) and node.tag not in HEADER_INTRO_SKIPPED_TAGS:
            if node.tag in HEADER_INTRO_TAGS and _reads_as_intro(node):
                return node
            if node.tag not in HEADER_INTRO_PASSED_TAGS:
                return None
        node = node.getnext()
    return None


def _reads_as_intro(block: etree._Element) -> bool:
    """Paragraphs and no headings, words before any picture: the page's opening sentences
    under the headline. A <div> holds two paragraphs or more (one is a deck, which goes by
    its class words; a <section> of one paragraph is a section of the page's text)."""
    names = f"{block.get('class', '')} {block.get('id', '')}".lower()
    if next(block.iter(*HEADING_TAGS), None) is not None or _names_kind(names) is not None \
            or DECK_MEDIA_RE.search(PART_SEPARATOR_RE.sub(" ", names)):
        return False
    text = " ".join(block.text_content().split())
    if not MIN_POSITIONAL_DECK_CHARS <= len(text) <= MAX_HEADER_INTRO_CHARS or link_density(block) >= 0.3:
        return False
    paragraphs = [child for child in block if isinstance(child.tag, str) and child.tag == "p"]
    if not paragraphs or len(paragraphs) < MIN_HEADER_INTRO_PARAGRAPHS.get(block.tag, 1):
        return False
    picture = next(block.iter(*HEADER_INTRO_PICTURE_TAGS), None)
    if picture is not None and _precedes(picture, paragraphs[0]):
        return False  # a photo and its caption
    return SENTENCE_LIKE_RE.search(paragraphs[0].text_content()) is not None \
        and _prose_share(block) >= MIN_HEADER_INTRO_PROSE_SHARE


def _precedes(node: etree._Element, other: etree._Element) -> bool:
    """Does `node` come before `other` in document order (neither holding the other)?"""
    for el in other.itersiblings(preceding=True):
        if el is node or node in el.iterdescendants():
            return True
    return False


def _find_funding_blocks(members: list[etree._Element]) -> list[etree._Element]:
    """Funding/acknowledgement blocks sitting in their own containers after the body."""
    found: list[etree._Element] = []
    node = members[0]
    for _ in range(REATTACH_LEVELS):
        nxt = node.getnext()
        looked = 0
        while nxt is not None and looked < 8:
            if isinstance(nxt.tag, str) and not any(nxt is m for m in members):
                looked += 1
                if _is_funding_block(nxt):
                    found.append(nxt)
            nxt = nxt.getnext()
        if found:
            return found
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return found


def _is_funding_block(el: etree._Element) -> bool:
    text = el.text_content().strip()
    return 0 < len(text) <= MAX_FUNDING_CHARS and has_statement_shape(text) \
        and link_density(el) < 0.5


# Where a photo credit written as text stands (a <figcaption> is a caption already).
PHOTO_CREDIT_TAGS = frozenset(("p", "div", "span", "small", "em", "i", "cite"))
# A form label is a few words ("Your name *"); longer, it is a comment that says them.
MAX_COMMENT_LABEL_CHARS = 80
# What a chart axis's first label starts with (a cheap test before the pattern).
AXIS_FIRST_CHARS = frozenset("0123456789-+−$€£¥₹")
# The blocks an axis comes in: never inline elements (a "<b>1</b> Tuition…" numbers a sentence),
# headings, quotations, code or table parts.
AXIS_TAGS = frozenset(("p", "div", "ul", "ol", "dl", "section"))


# ---------------------------------------------------------------- listings (last resort)
# A listing or collection page's items: at least this many siblings of one template (tag and
# class words, their digits aside: a responsive grid numbers each cell's order per screen), each
# with a title...
MIN_LISTING_ITEMS = 4
# ...of this many words at least, a heading's or a link's: a product's or an entry's name, where
# a menu's items are a word or three.
LISTING_TITLE_WORDS = 4
# A card's title is among its first headings and links: looking no further keeps nested lists
# (each level a group of the next) from walking the tree once per level.
MAX_TITLE_CANDIDATES = 8
# Items in these (or under these roles) are the site's chrome, however titled.
LISTING_CHROME_TAGS = frozenset(("nav", "header", "footer", "aside", "menu"))
LISTING_CHROME_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "menu", "menubar"))


def find_listing(root: etree._Element, title: str | None, options: Options,
                 removals: list[Removal]) -> etree._Element | None:
    """The largest group of repeated, titled item cards (a shop's results grid, a list of
    entries) as a fresh, tidied <div>; None when the page has no such group (a page of menus).

    For the last-resort pass only, on a page where no other pass found anything: one walk
    over the tree, grouping each element's children by tag and class words (_shape)."""
    body = root.find("body")
    best: list[etree._Element] = []
    for parent, members in _child_groups(root if body is None else body, MIN_LISTING_ITEMS, _listing_key):
        if len(members) <= len(best):
            continue
        titled = [el for el in members if _item_title(el)]
        if len(titled) >= MIN_LISTING_ITEMS and len(titled) > len(best) and not _in_chrome(parent):
            best = titled
    if not best:
        return None
    parent = best[0].getparent()
    container = parent.makeelement("div")
    items = container.makeelement(parent.tag if parent.tag in ("ul", "ol") else "div")
    container.append(items)
    template = _shape(best[0], whole=True)[1]
    for el in best:
        item = copy.deepcopy(el)
        if item.get("class"):
            item.set("class", template)  # one template: tidying's grid test compares classes whole
        items.append(item)
    tidy(container, title, options, removals, cards=True)
    return container


def _item_title(el: etree._Element) -> bool:
    """Does the card hold a title of LISTING_TITLE_WORDS words among its first headings and links?"""
    for node in islice(el.iter(*HEADING_TAGS, "a"), MAX_TITLE_CANDIDATES):
        if count_up_to(iter(node.text_content().split()), LISTING_TITLE_WORDS) >= LISTING_TITLE_WORDS:
            return True
    return False


def _in_chrome(el: etree._Element) -> bool:
    """Is `el` in the page's navigation, header, footer or sidebar (by tag or ARIA role)?"""
    for node in el.iterancestors():
        if node.tag in LISTING_CHROME_TAGS or node.get("role") in LISTING_CHROME_ROLES:
            return True
    return el.tag in LISTING_CHROME_TAGS or el.get("role") in LISTING_CHROME_ROLES


# ---------------------------------------------------------------- tidying
def tidy(container: etree._Element, title: str | None, options: Options, removals: list[Removal],
         cards: bool = False, grid: bool = False, article: bool = False, thread: bool = False,
         product: bool = False) -> None:
    """Remove the chrome left inside the chosen content (pre-order, skipping removed subtrees).

    With `cards` (the whole page read as the content: a listing, a product, a service page),
    a link wrapped around a summary paragraph is an item, not a link list (CARD_LINK_CHARS).
    With `grid` (the chosen block is a grid of item cards: _item_grid), its tiles are read so too,
    and a card whose class words name a byline only by its post's status is an item (_status_card).
    On every body, links its class names buttons go (_button_link).
    With `article` (the page says it is an article), lines that are only a byline go (BYLINE_TEXT_RE).
    With `product` (the page says it is a product), a browse page's headed link sections are the
    shop's, not the page's (_wrapped_index_section).
    With `thread` (the body is a thread's posts), a reply's quotation of a post above it goes
    (_repeated_quotes): the quoted words stay once, in their post; and so does a long post's
    folded preview beside its full text (_previews).
    The body's own guard: a soft rule takes no block holding more than TIDY_GUARD_SHARE of the
    body's text, and its blocks together no more than its `max_share` of it (a product's feature
    sections named "gallery" are its description, not captions); past that, its blocks of a
    paragraph's length stay, and it is off inside them."""
    title_key = _key(title) if title else None
    body_low = container.text_content().lower()
    # Text families none of whose words occur in the whole body need no block-by-block test.
    families = _Families(body_low)
    total = len(body_low)
    walk = _TidyWalk(title_key, options, families, cards or grid, total, removals, _AuthorPanes(container),
                     container, bylines=article and not cards, grid=grid, dated=not (cards or grid or thread),
                     posters=None if cards or grid else _PosterNames(container), product=product)
    pending = [(list(container), frozenset())]
    while pending:
        roots, disabled = pending.pop()
        soft = walk.run(roots, disabled)
        taken: dict[str, int] = {}
        for _, rule, size in soft:
            taken[rule] = taken.get(rule, 0) + size
        over = frozenset(rule for rule, size in taken.items()
                         if total >= TIDY_GUARD_MIN_CHARS and size > RULES[rule].max_share * total)
        for victims, rule, size in soft:
            el = victims[0]
            if rule in over and size >= MIN_PROSE_BLOCK:
                if options.explain:
                    removals.append(Removal(short_path(el), rule, first_words(el), word_count(el), True,
                                            f"would remove {taken[rule] / total:.0%} of the text",
                                            node=el.get(NODE_ATTR)))
                if _tidy_inside(el):
                    pending.append((list(el), disabled | over))
                continue
            for victim in victims:
                walk.drop(victim, rule)
    for el, titled in walk.toc_titles:
        # (a title right over a heading stands over no list: the box a script fills is empty)
        if contains(container, el) and (titled is None or not contains(container, titled)
                                        or titled.tag in HEADING_TAGS or not shows_words(titled)):
            walk.drop(el, "label")
    for heading, titled in walk.headings.items() if article and not cards else ():
        if titled is not None and walk.removed_by(titled) in TRAILING_TITLED_RULES and _orphaned(heading, container):
            walk.drop(heading, "label")  # a box's title over its list of links, the list gone: "More on X"
    for _ in range(MAX_TRAILING_HEADINGS if article and not cards else 0):
        heading = _trailing_heading(container)
        titled = walk.headings.get(heading)
        if heading is None or titled is None or walk.removed_by(titled) not in TRAILING_TITLED_RULES:
            break  # a body that ends with text, or with a heading over what the page gave it or a rule kept
        walk.drop(heading, "label")
    if len(walk.bylines) <= MAX_BYLINE_TEXT_LINES:
        for el in walk.bylines:
            if contains(container, el):
                walk.drop(el, "byline-line")
    for el in _tag_lists(container):
        if contains(container, el):
            walk.drop(el, "post-meta")
    for el in _previews(container) if thread else ():  # (a thread folds its long posts; read there only)
        walk.drop(el, "duplicate")
    for el in _duplicates(container):
        walk.drop(el, "duplicate")
    for el in _card_copies(container) if not (article or thread) else ():
        walk.drop(el, "duplicate")
    for el in _repeated_quotes(container) if thread else ():  # (a pull quote repeats an article on purpose)
        walk.drop(el, "duplicate")


def _is_tag_link(a: etree._Element) -> bool:
    rel = a.get("rel")
    return rel is not None and "tag" in rel.lower().split()


def _tag_lists(container: etree._Element) -> list[etree._Element]:
    """The outermost blocks of the body that are a run of the post's tag links and at most a
    label (MIN_TAG_LINKS, MAX_TAG_LABEL_CHARS), looked for up from each tag link."""
    found: dict[etree._Element, None] = {}
    seen: dict[etree._Element, bool] = {}
    for a in container.iter("a"):
        if not _is_tag_link(a):
            continue
        best, node = None, a.getparent()
        for _ in range(TAG_LIST_LEVELS):
            if node is None or node is container:
                break
            if node not in seen:
                links = [x for x in node.iter("a") if _is_tag_link(x)]
                label = node.text_content()
                for link in links:
                    label = label.replace(link.text_content(), " ", 1)
                seen[node] = len(links) >= MIN_TAG_LINKS and len(TAG_LABEL_NOISE_RE.sub("", label)) <= MAX_TAG_LABEL_CHARS
            if seen[node]:
                best = node
            elif best is not None:
                break  # past the run: its block holds more than tags
            node = node.getparent()
        if best is not None:
            found[best] = None
    return [el for el in found if not any(up in found for up in el.iterancestors())]


def _orphaned(heading: etree._Element, container: etree._Element) -> bool:
    """Is `heading` all the text left in the box around it (not the body itself), and still in
    the body: a box of a title and the block it titled, that block gone?"""
    box = heading.getparent()
    words = heading.text_content().strip()
    return box is not None and box is not container and len(words) <= MAX_TRAILING_HEADING_CHARS \
        and contains(container, heading) and box.text_content().strip() == words


def _trailing_heading(container: etree._Element) -> etree._Element | None:
    """The heading that ends the body, nothing after it: the title of a block the rules took
    ("More stories", "Your view") or of one the page never had; None if the body
    ends with text. (Down the last children that hold text: one path, not a walk of the body.)"""
    node = container
    while True:
        last = None
        for child in reversed(node):
            if child.tail and child.tail.strip():
                break  # text after this child, in `node` itself: `node` ends the body
            if isinstance(child.tag, str) and shows_words(child):
                last = child
                break
        if last is None:
            break
        node = last
        if node.tag in TRAILING_HEADING_TAGS:
            return node if len(node.text_content()) <= MAX_TRAILING_HEADING_CHARS else None
    return None


def _byline_text(el: etree._Element, text: str | None = None) -> bool:
    """Is this block's whole text a byline ("By Ann Lee", "Medically reviewed by Jo Roe, MD"),
    outside a quotation? `text` is the block's text when the caller has read it already."""
    text = (el.text_content() if text is None else text).strip()
    if len(text) >= MAX_BYLINE_TEXT_CHARS or next(el.iterancestors("blockquote"), None) is not None:
        return False
    if DIGITS_RE.search(text) and (_marked_date(el) and _alone_on_its_line(el)
                                   or len(el) == 1 and _marked_date(el[0]) and el[0].text_content().strip() == text):
        return True  # the article's date its mark gives, in whatever language it is written
    return BYLINE_TEXT_RE.match(text) is not None or DATE_LINE_RE.match(text) is not None


def _dated_byline(text: str | None) -> bool:
    """Is this line a credit and its date ("Posted by Ann at May 3, 2025 11:15 AM", "By Ann Lee on
    3 May 2025"): the post's byline, whether or not the page says it is an article?"""
    # (a template's line breaks between its parts). A body-sized block's words are not all split
    # off: past MAX_DATED_BYLINE_WORDS words its line is longer than any byline's.
    words = (text or "").split(None, MAX_DATED_BYLINE_WORDS)
    if len(words) > MAX_DATED_BYLINE_WORDS:
        return False
    text = " ".join(words)
    match = BYLINE_TEXT_RE.match(text) if len(text) < MAX_BYLINE_TEXT_CHARS else None
    return match is not None and DATED_CREDIT_RE.search(text) is not None


def _poster_link_key(el: etree._Element) -> tuple[str, str] | None:
    """A link whose whole text is one word of a handle's length (a poster's user name, not a
    writer's "Ann Lee" on a listing's cards) and whose class words name a byline: ("a", those
    words), the key its twins share whatever else their classes say (a poster's id, a moderator's
    mark); None for any other block."""
    name = (el.text or "").strip()
    if el.tag != "a" or len(el) or not 0 < len(name) <= MAX_POSTER_NAME_CHARS or any(map(str.isspace, name)):
        return None
    words = " ".join(sorted(word for word in el.get("class", "").lower().split() if BYLINE_RE.search(word)))
    return ("a", words) if words else None


def _timestamp_line(el: etree._Element) -> bool:
    """Is this block a timestamp its markup gives: a <time>, or one <time> or link (the post's
    permalink) holding its whole text? (A review's "Ann Lee Reviewed 06/08/2024" is a byline.)"""
    text = el.text_content().strip()
    if el.tag != "time" and not (len(el) == 1 and el[0].tag in TIMESTAMP_HOLDER_TAGS
                                 and el[0].text_content().strip() == text):
        return _credited_timestamp(text) or _titled_timestamp(el, text)
    return _timestamp(text) or _titled_timestamp(el, text)


def _titled_timestamp(el: etree._Element, text: str) -> bool:
    """Is this line a day's date ("Apr 04, 2009") whose minute an element of it gives in its
    tooltip (title="10:32 PM - Apr 04, 2009"): a post's stamp, shown by the day?"""
    return _date_words(text) and any(
        TIMESTAMP_ANCHOR_RE.search(node.get("title", "")) is not None
        for node in islice(el.iter(), MAX_TITLED_STAMP_NODES) if isinstance(node.tag, str))


def _credited_timestamp(text: str) -> bool:
    """Is this line a poster's credit, then a timestamp after a mark ("by Ann Lee » Mon Oct 6,
    2025 4:12 pm")?"""
    parts = POST_HEADER_MARK_RE.split(text)
    return len(parts) == 2 and len(parts[0].split()) <= MAX_POST_CREDIT_WORDS and _timestamp(parts[1])


def _timestamp(text: str) -> bool:
    """Is this text only a date and time ("Thu Feb 8, 2024 9:15 pm", "2025-02-14 08:30")?"""
    return _date_words(text) and TIMESTAMP_ANCHOR_RE.search(text) is not None


def _date_words(text: str) -> bool:
    """Are this text's words those of a date: a few, two with a digit at least, and at most
    MAX_TIMESTAMP_NAMES without one (a weekday, a month, "at", "pm")?"""
    words = TIMESTAMP_TOKEN_RE.findall(text)
    if not 2 <= len(words) <= MAX_TIMESTAMP_WORDS:
        return False
    names = sum(1 for word in words if not any(char.isdigit() for char in word))
    return len(words) - names >= 2 and names <= MAX_TIMESTAMP_NAMES


def _marked_date(el: etree._Element) -> bool:
    """A date its markup says is one: itemprop=datePublished (DATE_ITEMPROPS), a <time datetime>."""
    return el.get("itemprop") in DATE_ITEMPROPS or el.tag == "time" and el.get("datetime") is not None


def _opens_with_credit_label(el: etree._Element, text: str) -> bool:
    """Does this box open with a credit label alone in its own element ("Written by"), a name and
    more after it in others: an author box, not a byline line?"""
    holder = next((node for node in el.iter() if isinstance(node.tag, str) and node.text and node.text.strip()), None)
    if holder is None or holder is el:
        return False
    label = holder.text_content().strip()  # the whole text of the element that opens the box
    return len(label) <= MAX_AUTHOR_BOX_LABEL_CHARS and len(text) > len(label) + 1 \
        and AUTHOR_BOX_LABEL_RE.match(label) is not None


def _author_card(el: etree._Element) -> bool:
    """Does this box hold a link to its author's page (AUTHOR_PAGE_LINK_RE, among its first
    MAX_AUTHOR_CARD_LINKS links) named with a few words,
    and after it a block of MIN_AUTHOR_CARD_BIO_CHARS or more whose own text opens with the name's
    first word: the name over its bio, a box whose classes say nothing?"""
    link = next((a for a in islice(el.iter("a"), MAX_AUTHOR_CARD_LINKS) if AUTHOR_PAGE_LINK_RE.search(a.get("href", ""))),
                None)
    if link is None:
        return False
    words = link.text_content().split()
    if not words or len(words) > MAX_AUTHOR_CARD_NAME_WORDS or len(" ".join(words)) > MAX_AUTHOR_CARD_NAME_CHARS \
            or not words[0][0].isupper():
        return False
    first, after = words[0], False
    for node in el.iter(etree.Element):
        if node is link:
            after = True
        elif after and link not in node.iterancestors():
            text = (node.text or "").lstrip()
            if text.startswith(first) and text[len(first):len(first) + 1] in (" ", "'", "’") \
                    and len(node.text_content().strip()) >= MIN_AUTHOR_CARD_BIO_CHARS:
                return True
    return False


def _alone_on_its_line(el: etree._Element) -> bool:
    """No text of its parent's right before or after `el`: not a word of a sentence."""
    before = el.getprevious()
    lead = (before.tail if before is not None else el.getparent().text) if el.getparent() is not None else ""
    return not (lead or "").strip() and not (el.tail or "").strip()


def _previews(container: etree._Element) -> list[etree._Element]:
    """The blocks whose words (MIN_PREVIEW_CHARS or more, less a closing ellipsis), cut short at
    that ellipsis or mid-sentence, are the first words of their next sibling, a longer block: a
    folded preview beside the full text. Only blocks whose first words are their sibling's are
    read whole."""
    found = []
    firsts: dict[etree._Element, str | None] = {}  # each block's first words, read once
    walk = etree.iterwalk(container, events=("start",), tag=DUPLICATE_TAGS)
    for _, el in walk:
        after = el.getnext()
        if el is container or after is None or after.tag not in DUPLICATE_TAGS:
            continue
        first = firsts.pop(el) if el in firsts else _first_words(el)
        if first is None:
            continue
        if after not in firsts:
            firsts[after] = _first_words(after)
        if first != firsts[after]:
            continue
        shown = " ".join(el.text_content().split())
        preview = PREVIEW_END_RE.sub("", shown)
        # (cut short: at an ellipsis or mid-sentence; a whole post ends a sentence, and a reply
        # that quotes it whole before its own words is no full text of a preview)
        if len(preview) >= MIN_PREVIEW_CHARS and (preview != shown or not WHOLE_TEXT_END_RE.search(preview)):
            full = " ".join(after.text_content().split())
            if len(full) > len(shown) and full.startswith(preview):
                found.append(el)
                walk.skip_subtree()
    return found


def _first_words(el: etree._Element) -> str | None:
    """The first characters (PREVIEW_KEY_CHARS) of the first piece of text in `el`, or None."""
    text = el.text
    if text and not text.isspace():  # most blocks open with their own text: no walk
        return text.strip()[:PREVIEW_KEY_CHARS]
    return next((piece.strip()[:PREVIEW_KEY_CHARS] for piece in el.itertext() if piece and not piece.isspace()), None)


def _duplicates(container: etree._Element) -> list[etree._Element]:
    """The blocks that repeat an earlier block's text word for word (MIN_DUPLICATE_CHARS) where
    no earlier block of that text has their tag and class, outermost, none inside a quotation; and
    blocks of links (MIN_DUPLICATE_LINKS_CHARS) that repeat one, whatever their class (a grid's
    tiles shown again under a second heading).

    A long block's text is not split into all its words: blocks are grouped by the first and last
    DUPLICATE_KEY_WORDS words (_DuplicateKey), and read whole only beside one that shares them."""
    seen: dict[tuple[str, str], list[tuple[etree._Element, _DuplicateKey]]] = {}
    found: list[etree._Element] = []
    read: dict[etree._Element, _DuplicateKey] = {}  # each block read: its text's key
    walk = etree.iterwalk(container, events=("start",), tag=DUPLICATE_TAGS)
    for _, el in walk:
        if el is container:
            continue
        text = el.text_content()
        # a wrapper's only content: the parent's text, as long, is this block's (one piece of it)
        parent = read.get(el.getparent())
        key = parent if parent is not None and parent.size == len(text) else _DuplicateKey(text)
        read[el] = key
        if key.shorter_than(MIN_DUPLICATE_LINKS_CHARS):
            walk.skip_subtree()
            continue
        short = key.shorter_than(MIN_DUPLICATE_CHARS)
        if short and not _link_block(el):
            continue  # too short to be a copy; its blocks may be a grid's tiles
        bucket = seen.setdefault(key.ends, [])
        # (a block around this one of its text keeps it: that block's text, often the body's whole, is
        # joined to be compared only once a block elsewhere would make this one a copy)
        earlier = [e for e, other in bucket if not contains(e, el) and (other is key or other.full() == key.full())]
        if earlier and not any(e.tag == el.tag and e.get("class") == el.get("class")
                               and not (short or _link_block(el) or _in_loop(el)) for e in earlier) \
                and not any(contains(e, el) and (other is key or other.full() == key.full()) for e, other in bucket) \
                and next(el.iterancestors("blockquote"), None) is None:
            found.append(el)
            walk.skip_subtree()
            continue
        bucket.append((el, key))
    return found


def _card_copies(container: etree._Element) -> list[etree._Element]:
    """In a grid's cards (MIN_GRID_ITEMS siblings or more of one tag and class, each at most
    MAX_CARD_CHARS), the item's name or price an earlier block of the same card says again, word
    for word: a theme draws a product's name over its picture, again in the caption its style
    shows when the picture is missing and again under it, and its price as regular and as sale
    price, a stylesheet showing one (_card_copy_key)."""
    found: list[etree._Element] = []
    for _parent, members in _child_groups(container, MIN_GRID_ITEMS, _grid_card_key):
        for card in members:
            if len(card.text_content()) <= MAX_CARD_CHARS:
                found.extend(_copies_in_card(card))
    return found


def _copies_in_card(card: etree._Element) -> list[etree._Element]:
    """The blocks of one card that say its name or its price again (_card_copies): each the
    outermost block of its text (a heading and its link are one), alone on its line."""
    seen: set[tuple[str, ...]] = set()
    found: list[etree._Element] = []
    walk = etree.iterwalk(card, events=("start",))
    for _, el in walk:
        if el is card or not isinstance(el.tag, str):
            continue
        text = " ".join(el.text_content().split())
        if not text or not _alone_in_parent(el):
            walk.skip_subtree()  # (no words, or words of a line: no line of its own)
            continue
        parent = el.getparent()
        if parent is not card and " ".join(parent.text_content().split()) == text:
            continue  # the same piece as its wrapper, read there
        key = _card_copy_key(el, text)
        if key is None:
            continue
        if key in seen:
            found.append(el)
            walk.skip_subtree()
        seen.add(key)
    return found


def _card_copy_key(el: etree._Element, text: str) -> tuple[str, ...] | None:
    """What a card's line says, if it is its name or its price: its links' one address and their
    whole text (the name, a link to the item), or a price alone (PRICE_TEXT_RE, PRICE_RE)."""
    links = [el] if el.tag == "a" else list(el.iter("a"))
    hrefs = {(a.get("href") or "").strip() for a in links}
    if links and len(hrefs) == 1 and "" not in hrefs \
            and " ".join(" ".join(a.text_content().split()) for a in links) == text:
        return ("name", hrefs.pop(), text)
    if len(text) <= MAX_PRICE_TEXT_CHARS and PRICE_TEXT_RE.fullmatch(text) and PRICE_RE.search(text):
        return ("price", text)
    return None


def _alone_in_parent(el: etree._Element) -> bool:
    """Are this element's parent's words all inside its children (no word beside them)?"""
    parent = el.getparent()
    return not (parent.text or "").strip() and all(not (child.tail or "").strip() for child in parent)


class _DuplicateKey:
    """A block's text with its spaces collapsed (" ".join(text.split())), read whole only when
    asked: `ends` (its first and last DUPLICATE_KEY_WORDS words) tells most texts apart, and a
    long text's length is known to pass a bound without joining its every word."""

    __slots__ = ("size", "ends", "_text", "_full", "_least")

    def __init__(self, text: str) -> None:
        self.size = len(text)  # the raw text's length (a wrapper of the same length holds the same text)
        head = text.split(None, DUPLICATE_KEY_WORDS)
        if len(head) <= DUPLICATE_KEY_WORDS:  # every word split off: the key itself
            self._text, self._full = None, " ".join(head)
            self.ends, self._least = (self._full, ""), len(self._full)
            return
        tail = text.rsplit(None, DUPLICATE_KEY_WORDS)
        self._text, self._full = text, None
        self.ends = (" ".join(head[:-1]), " ".join(tail[1:]))
        # the first words, a space and the rest's first character at least
        self._least = len(self.ends[0]) + 2

    def full(self) -> str:
        if self._full is None:
            self._full, self._text = " ".join(self._text.split()), None
        return self._full

    def shorter_than(self, chars: int) -> bool:
        return self._least < chars and len(self.full()) < chars


def _repeated_quotes(container: etree._Element) -> list[etree._Element]:
    """The quotations (<blockquote>) whose long text runs (QUOTED_RUN_CHARS) an earlier post of
    the page holds, word for word, for REPEATED_QUOTE_SHARE of their characters: a reply's copy
    of a post above it. A post is a block that earlier siblings of its shape repeat (_shape:
    its tag and first class word), up from the quotation (QUOTE_POST_LEVELS at most, never past
    the body); at every level the earlier siblings of the block's shape are read, for a post's
    cells repeat a shape inside it too (its author pane, its text). The first MAX_QUOTES_READ
    quotations are read."""
    found: list[etree._Element] = []
    words: dict[etree._Element, str] = {}  # each earlier post read: its words
    for quote in islice(container.iter("blockquote"), MAX_QUOTES_READ):
        if any(contains(earlier, quote) for earlier in found):
            continue  # inside a copy already found
        runs = [run for run in (_key(text) for text in quote.xpath(".//text()")) if len(run) >= QUOTED_RUN_CHARS]
        if runs and _held_above(runs, _earlier_posts(quote, container, words)):
            found.append(quote)
    return found


def _earlier_posts(quote: etree._Element, container: etree._Element, words: dict[etree._Element, str]) -> str:
    """The words (_key) of the earlier siblings of their shape of the blocks around `quote`,
    QUOTE_POST_LEVELS up at most, inside the body; `words` keeps each sibling's, read once."""
    texts: list[str] = []
    node = quote.getparent()
    for _ in range(QUOTE_POST_LEVELS):
        if node is None or node is container:
            break
        shape = _shape(node)
        if shape[1]:
            for sib in node.itersiblings(preceding=True):
                if sib.tag == node.tag and _shape(sib) == shape:
                    if sib not in words:
                        words[sib] = _key(sib.text_content())
                    texts.append(words[sib])
        node = node.getparent()
    return " ".join(texts)


def _held_above(runs: list[str], above: str) -> bool:
    """Do a quotation's long text runs (its own and its quotations': not the short "ann said:"
    header) stand in `above`, the words of the posts above it, for REPEATED_QUOTE_SHARE of their
    length?"""
    if not above:
        return False
    padded = f" {above} "
    held = sum(len(run) for run in runs if f" {run} " in padded)
    return held >= REPEATED_QUOTE_SHARE * sum(len(run) for run in runs)


def _in_loop(el: etree._Element) -> bool:
    """Is the block inside a carousel or a marquee (LOOP_COPY_RE, LOOP_COPY_LEVELS up at most), whose
    loop repeats its slides?"""
    return any(LOOP_COPY_RE.search(node.get("class", "").lower()) is not None
               for node in islice(el.iterancestors(), LOOP_COPY_LEVELS))


def _link_block(el: etree._Element) -> bool:
    """A block of links (a tile, a menu), not a paragraph that holds one."""
    return el.tag != "p" and link_density(el) > MAX_LINK_DENSITY


def _titled_block(el: etree._Element, container: etree._Element) -> etree._Element | None:
    """The block a table of contents' title stands over: the next one after it in its parent, or
    after its parent when it ends it (TOC_TITLE_LEVELS up, never past the body); None when no block
    follows it (its list already gone)."""
    node = el
    for _ in range(TOC_TITLE_LEVELS):
        after = _intro_neighbour(node, preceding=False)
        if after is not None:
            return after
        node = node.getparent()
        if node is None or node is container:
            return None
    return None


class _TidyWalk:
    """One walk of tidy() over some blocks: hard matches go at once, soft ones are returned."""

    def __init__(self, title_key: str | None, options: Options, families: _Families, cards: bool,
                 total: int, removals: list[Removal], panes: _AuthorPanes, container: etree._Element,
                 bylines: bool = False, grid: bool = False, posters: _PosterNames | None = None,
                 dated: bool = False, product: bool = False) -> None:
        self.title_key, self.options, self.families, self.cards = title_key, options, families, cards
        self.product = product  # the page is a product's: browse sections of links are the shop's
        self.posters = posters  # in a thread: a post's author pane that goes leaves its poster's name
        self.grid = grid  # the body is a grid of item cards: a card's post status is no byline
        self.total, self.removals, self.panes = total, removals, panes
        self.article_body = bylines  # an article's narrow body: byline-only lines and pitch boxes go
        self.dated_bylines = dated  # any narrow body but a thread's or a grid's: a credit with its date goes
        self.container = container
        self._results: frozenset[etree._Element] | None = None
        # tables of contents' titles and the block each stands over: a title goes once that block is gone
        self.toc_titles: list[tuple[etree._Element, etree._Element | None]] = []
        # the body's headings and the block each stands over: one that ends the body once that block is gone goes
        self.headings: dict[etree._Element, etree._Element | None] = {}
        self.bylines: list[etree._Element] = []  # lines that are only a byline: they go if few (MAX_BYLINE_TEXT_LINES)
        self.dropped: dict[etree._Element, str] = {}  # each block removed, by the rule that removed it

    def results(self) -> frozenset[etree._Element]:
        """The body's result cards (_result_cards), found once."""
        if self._results is None:
            self._results = _result_cards(self.container)
        return self._results

    def run(self, roots: list[etree._Element],
            disabled: frozenset[str]) -> list[tuple[list[etree._Element], str, int]]:
        """Walk `roots` with the rules but `disabled`; return the soft matches (the blocks, the
        rule, their characters), each block's subtree unwalked."""
        soft: list[tuple[list[etree._Element], str, int]] = []
        claimed: set[etree._Element] = set()  # the later blocks of a chart axis found at its first
        stack = list(reversed(roots))
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str) or el in claimed:
                continue
            if el.tag in PULL_QUOTE_CONTAINERS and "pull" in (names := f"{el.get('class', '')} {el.get('id', '')}".lower()) \
                    and PULL_QUOTE_RE.search(names) \
                    and next(el.iter("blockquote"), None) is None:
                el.tag = "blockquote"  # pull quotes in <aside>/<div> render as quotes
            # the block's text, read once for the rules and for the walk's own looks
            text = el.text_content() if el.tag not in UNREAD_TIDY_TAGS else None
            rule = _tidy_rule(el, self.title_key, self.options, self.families, self.cards, self.panes,
                              self.article_body, self.grid, text, self.product, self.results)
            if rule in disabled:
                rule = None
            size = len(el.text_content() if text is None else text) if rule and not RULES[rule].hard else 0
            if size and self.total >= TIDY_GUARD_MIN_CHARS:
                share = size / self.total
                if share > TIDY_GUARD_SHARE:
                    if self.options.explain:
                        self.removals.append(Removal(short_path(el), rule, first_words(el), word_count(el), True,
                                                     f"would remove {share:.0%} of the text", node=el.get(NODE_ATTR)))
                    rule = None
            elif size > TIDY_GUARD_SHARE * self.total and _holds_paragraph_run(el):
                # a short body (a two-paragraph article in a builder's "gallery-wrapper"): the block
                # holding most of it in paragraphs side by side is its text, not the rule's box
                if self.options.explain:
                    self.removals.append(Removal(short_path(el), rule, first_words(el), word_count(el), True,
                                                 "holds a short body's paragraphs", node=el.get(NODE_ATTR)))
                rule = None
            if rule:
                # a chart's axis may be a run of one-number blocks: the run goes with its first block
                victims = _axis_run(el) if rule == "chart-axis" else [el]
                if RULES[rule].hard:
                    for victim in victims:
                        self.drop(victim, rule)
                else:
                    size += sum(len(v.text_content()) for v in victims[1:])
                    soft.append((victims, rule, size))
                    claimed.update(victims)
                continue
            if el.tag in TRAILING_HEADING_TAGS:
                self.headings[el] = _titled_block(el, self.container)
            if el.tag in TOC_TITLE_TAGS and len(el) < 3 and is_toc_title(text.strip()):
                # a box of the title and its list that a script fills: the list is empty, the title titles nothing
                titled = None if next(el.iter(TOC_LIST_TAGS), None) is not None else _titled_block(el, self.container)
                self.toc_titles.append((el, titled))
            elif self.article_body and (el.tag in BYLINE_TEXT_TAGS or _marked_date(el)) \
                    and len(el) < 3 and _byline_text(el, text):
                self.bylines.append(el)
            elif self.dated_bylines and el.tag in BYLINE_TEXT_TAGS and len(el) <= MAX_DATED_BYLINE_CHILDREN \
                    and _dated_byline(text):
                self.bylines.append(el)
            elif _tidy_inside(el):
                stack.extend(reversed(el))
        return soft

    def removed_by(self, el: etree._Element) -> str | None:
        """The rule that removed this block, or the block around it; None while it is in the body."""
        while el.getparent() is not None:
            el = el.getparent()
        return self.dropped.get(el)

    def drop(self, victim: etree._Element, rule: str) -> None:
        self.dropped[victim] = rule
        if self.posters is not None and rule in POSTER_PANE_RULES:
            self.posters.keep_name(victim)
        if self.options.explain:
            self.removals.append(Removal(short_path(victim), rule, first_words(victim), word_count(victim),
                                         node=victim.get(NODE_ATTR)))
        drop(victim)


class _Families:
    """The text families (TEXT_FAMILIES) whose words the body held when tidy began. A family is
    looked for in the body's text only when a block first holds one of its words: most bodies'
    blocks never do, and the body's text need not be scanned for every family's words. The word
    the block holds is looked for first: unless tidying joined it across a removed block, the
    body holds it, and the family's other words are not scanned for. A block's text is a stretch
    of the text of each block around it: once a block's text holds none of a rule's words, the
    blocks inside it (walked next) hold none either, and are not scanned for them. A block's
    text is searched for the words of all the rules at once first: most hold none, and are
    then not searched rule by rule (up to seven searches a block)."""

    def __init__(self, body_low: str) -> None:
        self.body_low = body_low
        self.found: dict[str, bool] = {}
        # a word of a rule's BLOCK_WORDS each block text read holds (None): the blocks that
        # wrap one block (a <div> around its one <p>) have its text, read once
        self.block_words: dict[tuple[str, str], str | None] = {}
        # for each rule, the last block text read that holds none of its words: a text inside it holds none
        self.wordless: dict[str, str] = {}
        self.looked: tuple[str | None, str | None, bool] = (None, None, False)  # the last look: (text, around, inside)
        self.last_text: str | None = None  # the last block text searched for all the words...
        self.last_held: tuple[tuple[str, ...], str] | None = None  # ...the words it held, the stretch they lie in
        # each rule's word in a stretch searched (a rule's search reads its stretch alone: the same
        # words around a word found, "log: the ...", are searched once a page, not once a block)
        self.stretch_words: dict[tuple[str, str], str | None] = {}

    def __contains__(self, name: str) -> bool:
        found = self.found.get(name)
        if found is None:
            found = self.found[name] = self._filler_apart() if name == "placeholder" \
                else any(map(self.body_low.__contains__, TEXT_FAMILIES[name]))
        return found

    def word_in(self, rule: str, low: str) -> str | None:
        """A word of the rule's BLOCK_WORDS that a block's lower-cased text holds, or None (for
        the paywall, its script words too when the text has non-Latin letters)."""
        if low is self.last_text and self.last_held is None and (rule != "paywall" or low.isascii()):
            return None  # the text the last rule searched held no rule's word: a block's next rules ask at once
        key = (rule, low)
        if key in self.block_words:
            return self.block_words[key]
        if self._inside_wordless(rule, low):
            return None  # (nor a paywall's script word: a text inside one without is without)
        word = self._rule_word(rule, low)
        if word is None and rule == "paywall" and not low.isascii() and NON_LATIN_RE.search(low) is not None:
            word = next(filter(low.__contains__, PAYWALL_SCRIPT_WORDS), None)
        self.block_words[key] = word
        if word is None:
            self.wordless[rule] = low
        return word

    def _inside_wordless(self, rule: str, low: str) -> bool:
        """Is `low` inside the last block text read that held none of the rule's words? Looked at
        once a text for all the rules whose last such text is one (most rules hold none of a text's
        words: a block's siblings are each looked for in the one before them, not once a rule)."""
        around = self.wordless.get(rule, "")
        if low is not self.looked[0] or around is not self.looked[1]:
            self.looked = (low, around, low in around)
        return self.looked[2]

    def _rule_word(self, rule: str, low: str) -> str | None:
        """A word of the rule's BLOCK_WORDS that `low` holds, or None. The text is searched for
        the words of all the rules at once, in one pass (the rules ask of the same text one after
        the other): most texts hold none; one that does holds few, and a rule whose word that
        pass found needs no search of its own, another one only over the stretch around the
        words found (a paragraph that holds "log" is not searched whole for each rule's words)."""
        if low is not self.last_text:
            held = ALL_BLOCK_WORDS_RE.words_in(low)
            self.last_text, self.last_held = low, None if held is None else (held[0], low[held[1]:held[2]])
        if self.last_held is None:
            return None
        words, stretch = self.last_held
        rule_words = BLOCK_WORD_SETS[rule]
        for word in words:
            if word in rule_words:
                return word
        key = (rule, stretch)
        if key not in self.stretch_words:
            found = block_words_re(rule).search(stretch)  # (literal words: the stretch alone holds what it holds)
            self.stretch_words[key] = found.group() if found is not None else None
        return self.stretch_words[key]

    def held(self, name: str, low: str) -> bool:
        """Do a block's lower-cased text and the body both hold a word of the family?"""
        word = self.word_in(name, low)
        if word is None:
            return False
        found = self.found.get(name)
        if found is None:
            found = self.found[name] = word in self.body_low or name in self
        return found

    def _filler_apart(self) -> bool:
        """Does the body hold a template's filler text apart from its own? A body that opens with
        it (within PLACEHOLDER_OPENING_CHARS) is a template's demo or a test page: the filler is
        the text there."""
        at = self.body_low.find(PLACEHOLDER_WORDS)
        return at >= PLACEHOLDER_OPENING_CHARS


def _tidy_inside(el: etree._Element) -> bool:
    """Does tidy() walk the children of this block it keeps?"""
    return el.tag not in LEAF_BLOCK_TAGS or (el.tag == "p" and len(el) > 0 and _has_named_child(el))


def _tidy_rule(el: etree._Element, title_key: str | None, options: Options,
               families: _Families,
               cards: bool = False, panes: _AuthorPanes | None = None, article: bool = False,
               grid: bool = False, text: str | None = None, product: bool = False,
               results: Callable[[], frozenset[etree._Element]] | None = None) -> str | None:
    """The rule that takes this block, or None. `text` is its text, when the walk read it;
    `results` gives the body's result cards (_result_cards), read when first needed."""
    tag = el.tag
    if text is None and tag not in UNREAD_TIDY_TAGS:
        text = el.text_content()
    # (on a page that says it is a product, the heading that repeats the title is the product's
    # name over its description: the page's own text, as a story's headline is not its body's)
    # (its words as shown: a <br> parts two of them, "Product<br>Management", that text_content() joins)
    if tag in HEADING_TAGS and title_key is not None and not product and _repeats_title(lined_text(el), title_key) \
            and not _after_prose(el) and not _heads_quotation(el):
        return "repeated-title"
    ident = el.get("id", "")
    if ident and tag in HEADING_TAGS and id_is_slug(ident, partial(leading_text, el)):
        ident = ""  # an id made from the block's own words names no role
    names = el.get("class")
    kind = _names_kind(f"{names or ''} {ident}".lower()) if names or ident else None  # (most blocks are named neither)
    # on a page read whole, a "caption" inside a link is a tile's name and price (wcxb-dev collections
    # tune +0.014, listings check +0.001)
    if not options.images and (tag in CAPTION_TAGS or kind == "caption") and not _holds_content(el) \
            and not (article and _quotation_caption(el)) \
            and (tag in CAPTION_TAGS or len(el.text_content() if text is None else text) <= MAX_CAPTION_CHARS) \
            and not (cards and next(el.iterancestors("a"), None) is not None) \
            and not FIGURE_NUMBER_RE.match(el.text_content() if text is None else text) \
            and not (tag not in CAPTION_TAGS and (_slide_of_text(el) or _card_authors(el) or _carousel_of_text(el)
                                                  or not article and _one_of_texts(el))):
        return "caption"
    if kind == "byline" and len(el.text_content() if text is None else text) < MAX_BYLINE_CHARS \
            and not ((grid or results is not None and el in results())
                     and _status_card(f"{el.get('class', '')} {ident}".lower())):
        # (an item's list of authors is no byline, nor a list of links to their pages, nor a
        # thread's post dates)
        return None if _card_authors(el) or _signs_quotation(el) or (article and _in_quotation_caption(el)) \
            or (panes is not None and (panes.post_date(el) or panes.poster_link(el))) else "byline-line"
    if tag == "a" and (_button_link(el) or (not len(el) and _engine_link_text((el.text or "").strip()))
                       or _comment_count_link(el, text)):
        return "label"
    if article and tag == "a" and len(el) > 1 and _related_link_card(el):
        return "related"  # "<a><span>Related</span><span>another story's title</span></a>" between blocks
    if tag == "li" and _poster_statistic(text.strip()):
        return "author-bio"
    if tag in POSTER_RANK_TAGS and "class" in el.attrib and POSTER_RANK_NAME_RE.search(el.get("class")) \
            and 0 < len(text.strip()) <= MAX_AUTHOR_STAT_CHARS:
        return "author-bio"  # a poster's rank or group, named so by its class ("usertitle", "postgroup")
    if tag == "span" and not (grid or product) and "class" in el.attrib and POSTER_BADGE_RE.search(el.get("class")) \
            and _poster_badge(el, text):
        return "author-bio"
    if (el.text or "").lstrip()[:PLACEHOLDER_PREFIX_CHARS].lower() == PLACEHOLDER_PREFIX and "placeholder" in families \
            and _placeholder(el):
        return "placeholder"
    if tag in AD_BOX_TAGS and len(text) <= MAX_AD_BOX_CHARS and _ad_box(el):
        return "advertisement"  # "<span>Anzeige</span><p>Start your training now…</p>": the ad it labels
    if tag in UNREAD_TIDY_TAGS or tag == "li":
        return None
    stripped = text.strip()
    if not stripped:
        # whitespace-only inline elements carry the spaces between words (the tidy walk asks its
        # blocks of what they hold with iter, not find(".//img"): an ElementPath search costs ~2.5x)
        return "empty" if tag in EMPTY_BLOCK_TAGS and next(el.iter("img"), None) is None else None
    if tag in PITCH_BOX_TAGS and len(stripped) <= MAX_PITCH_BOX_CHARS \
            and (_pitch_box(el, stripped) if article else _form_pitch_box(el, stripped, newsletter=True)):
        return "article-cta"
    if article and tag in PITCH_LINE_BLOCK_TAGS and len(stripped) <= MAX_PITCH_LINE_CHARS \
            and _pitch_line(el, stripped):
        return "article-cta"
    if len(stripped) in MACHINE_ID_CHARS and tag in MACHINE_ID_TAGS and _machine_id_run(el, stripped):
        return "machine-id"
    if title_key is not None and tag in REPLY_SUBJECT_TAGS and _reply_subject(stripped, title_key):
        return "repeated-title"
    if tag in POSTER_STAT_TAGS and _poster_statistic(stripped):
        return "author-bio"
    if len(stripped) < 80 and is_label(stripped):
        return "label"
    # a short block's words joined by single spaces, read once for the rules that read its line
    line = " ".join(stripped.split()) if len(stripped) <= MAX_PROFILE_BLOCK_CHARS \
        and (tag in THREAD_STATE_TAGS or tag in PROFILE_BLOCK_TAGS) else None
    if tag in THREAD_STATE_TAGS and is_thread_state_line(stripped, line):
        return "label"
    if tag in LABEL_LIST_TAGS and _label_list(el):
        return "label"
    if tag in LABEL_ROW_TAGS and LABEL_ROW_SEPARATOR in stripped and len(stripped) < MAX_LABEL_ROW_CHARS \
            and _label_row(stripped):
        return "label"
    if len(stripped) <= MAX_FOLLOW_LINE_CHARS and is_follow_line(stripped):
        return "label"  # "Follow us on Telegram", "Descarga nuestra app": the site's call, not the story
    if el.get("itemprop") in COUNT_ITEMPROPS and COUNT_TEXT_RE.match(stripped) and _stands_alone(el, stripped):
        return "schema-count"
    if tag == "span" and SCORE_CLASS in el.get("class", "") and _other_vote_state(el):
        return "label"  # "<span class='score likes'>190 points</span>": the score once the reader votes
    if el.get("itemprop") == POSITION_ITEMPROP and stripped.isdigit():
        return "schema-count"  # "ann_lee <span itemprop=position>3</span>": the post's place in the thread
    if len(stripped) <= MAX_AVATAR_INITIALS and stripped.isalpha() \
            and AVATAR_NAME_RE.search(f"{el.get('class', '')} {el.get('id', '')}".lower()):
        return "avatar-initials"
    # (each label's match ends at its own colon: a line with fewer colons than labels is not searched)
    if tag in POST_META_LINE_TAGS and len(stripped) < MAX_POST_META_LINE_CHARS \
            and stripped.count(":") >= MIN_POST_META_LABELS \
            and len({m.lower() for m in POST_META_LABEL_RE.findall(stripped)}) >= MIN_POST_META_LABELS:
        return "post-meta"
    if tag in POST_META_LINE_TAGS and len(stripped) <= MAX_TAG_LINE_CHARS and (":" in stripped or "：" in stripped) \
            and TAG_LINE_RE.fullmatch(stripped):
        return "post-meta"  # "Schlagwörter: Brücke, Verkehr": the post's tags written out, no links
    if tag in AUTHOR_BOX_TAGS and len(stripped) < MAX_AUTHOR_BOX_CHARS \
            and (ABOUT_AUTHOR_RE.match(stripped) or _opens_with_credit_label(el, stripped)
                 or (panes is not None and el in panes.author_boxes() and _author_card(el))):
        return "author-bio"
    if tag in EDIT_NOTICE_TAGS and len(stripped) < MAX_EDIT_NOTICE_CHARS and DIGITS_RE.search(stripped) \
            and EDIT_NOTICE_RE.search(stripped):
        return "edit-notice"
    if (tag == "dl" and _author_statistics(el, panes)) or (el.get("itemprop") == "jobTitle" and _in_author_pane(el)) \
            or (panes is not None and "class" in el.attrib and panes.rank(el) and _in_author_pane(el, panes)) \
            or (tag == "dd" and _profile_statistic(el)) or (tag in PROFILE_LIST_TAGS and _profile_list(el)) \
            or (tag in PROFILE_LIST_TAGS and panes is not None and len(stripped) <= MAX_PROFILE_BLOCK_CHARS
                and _poster_field(el, panes)) \
            or (tag in PROFILE_BLOCK_TAGS and len(stripped) <= MAX_PROFILE_BLOCK_CHARS and (":" in stripped or tag == "dl" or next(el.iter("dt"), None) is not None)
                and _profile_block(el, line)):
        return "author-bio"
    # (each family's own test of the block's words comes before its test of the body's: the lazy one)
    low = stripped.lower() if len(stripped) < MAX_FAMILY_CHARS else ""
    if low and tag in ("p", "div", "section", "aside", "em", "small") and len(stripped) < MAX_AFFILIATE_CHARS \
            and families.held("affiliate", low) \
            and is_affiliate_notice(stripped):
        return "affiliate-disclosure"
    if low and tag in ("p", "div", "section", "aside") and len(stripped) < MAX_PAYWALL_CHARS \
            and families.held("paywall", low) \
            and PAYWALL_TEXT_RE.search(stripped) and not _holds_paragraphs(el):
        return "paywall"
    if tag in PAYWALL_BOX_TAGS and len(stripped) < MAX_PAYWALL_BOX_CHARS and _paywall_box(el) \
            and "paywall" in families:  # (the box's first children first: the body's words are a long scan)
        return "paywall"
    if low and tag in COMMENT_NOTE_TAGS and len(stripped) < MAX_COMMENT_NOTE_CHARS \
            and families.word_in("comment-note", low) is not None and COMMENT_NOTE_RE.search(low) \
            and not options.comments:
        return "comments"  # "Comments are moderated and appear once approved": the comment form's note
    if low and tag in REPLY_PROMPT_TAGS and len(stripped) <= MAX_REPLY_PROMPT_CHARS \
            and families.word_in("reply-prompt", low) is not None and REPLY_PROMPT_RE.match(" ".join(low.split())):
        return "label"  # "Please sign in to reply to this topic": the reply box's stand-in
    if low and tag in ("p", "div", "section", "aside") and len(stripped) < MAX_PROMO_CHARS \
            and families.held("promo", low) and PROMO_TEXT_RE.search(stripped) \
            and not _holds_paragraphs(el, PROMO_TEXT_RE):
        return "newsletter"
    if low and tag in CONSENT_BOX_TAGS and MIN_CONSENT_BOX_CHARS <= len(stripped) <= MAX_CONSENT_BOX_CHARS \
            and "consent" in families and any(map(low.__contains__, COOKIE_WORDS)) and _HELD_FORM(el):
        return "cookie-banner"  # "This site uses cookies… [OK]", its button gone, whatever its class
    if low and tag in ("p", "div", "span", "em", "i", "small") and len(stripped) < MAX_CREDIT_CHARS \
            and families.held("credit", low) and _is_credit(stripped) \
            and not _holds_paragraphs(el):
        return "credit-line"
    if low and not options.images and tag in PHOTO_CREDIT_TAGS and len(stripped) < MAX_PHOTO_CREDIT_CHARS \
            and families.held("photo-credit", low) \
            and PHOTO_CREDIT_RE.search(stripped):
        return "photo-credit"
    if len(stripped) <= MAX_AXIS_CHARS and stripped[0] in AXIS_FIRST_CHARS and tag in AXIS_TAGS \
            and len(_axis_run(el)) > 0:
        return "chart-axis"
    if (tag in RELATED_BOX_TAGS or "-" in tag) and len(stripped) <= MAX_RELATED_BOX_CHARS \
            and _set_related_box(el, tag, article):
        return "related"  # "<h3>Read these too</h3>" over a teaser or two: their linked titles, their excerpts
    if tag in HEADED_BOX_TAGS and len(stripped) <= MAX_HEADED_BOX_CHARS and (head := _box_head(el)) is not None:
        if COMMENT_HEAD_RE.fullmatch(head) is not None and not options.comments:
            return "comments"  # "<div>Comments</div>" over blocks of one template: the readers' comments
        if (key := label_key(head)) in MOST_READ_LABELS or key in RECENT_POSTS_LABELS \
                or (key in LATEST_NEWS_LABELS and (article or _story_before(el))):
            return "related"  # "<div>Most read</div>" over the site's teasers, on any page
    if article and tag in READ_ALSO_LINE_TAGS and len(stripped) <= MAX_READ_ALSO_LINE_CHARS \
            and _read_also_line(el, stripped):
        return "related"  # "Leia também: <another story's title>", its link lost to a script or a callout card
    if tag == "p" and stripped[-1] in INTRO_END_MARKS and _leads_related_list(el, stripped):
        return "related"  # "Related articles from our blog:" over the list of links it leads in
    if tag in TRAIL_TAGS and title_key is not None and _title_trail(el, title_key):
        return "navigation"  # "Forum › Board › <the thread's title>": where the page stands
    if tag in CONTENTS_LIST_TAGS and _contents_list(el):
        return "link-list"  # the page's table of contents: "<ul><li><a href='#the-ferry'>The ferry</a></li>…"
    if tag in LINK_LIST_TAGS and len(stripped) < LINK_LIST_CHARS * 3:
        # (a block of these tags without children holds no link: most paragraphs)
        density = link_density(el, CARD_LINK_CHARS if cards else None, len(text)) if len(el) else 0.0
        if density > MAX_LINK_DENSITY and (len(stripped) < LINK_LIST_CHARS or density > 0.8) \
                and not FUNDING_HINT_RE.search(stripped) and not ((cards or _summary_beside_links(el)) and _grid_item(el, density)) \
                and not _linked_sentence(el, stripped) and not _quote_header(el, stripped) \
                and not _in_embedded_post(el) and not _leads_quotation(el, stripped):
            if count_up_to(el.iter("a"), MIN_LIST_LINKS) >= MIN_LIST_LINKS:
                return None if _index_section(el, sections=not product) or _introduced(el) \
                    or _leads_own_links(el) or _letter_section(el) or _sub_list(el) \
                    or (not (article or product) and _row_title_cell(el)) else "link-list"
            if density > LONE_LINK_DENSITY and not _lone_link_is_content(el, stripped, cards, article, product):
                return "link-list"  # a block that is one link is a teaser, unless it shows the address
        if (density > LABELLED_LINK_DENSITY or 0 < density and len(stripped) < LINK_LIST_CHARS
                and density * len(text) > LABELLED_LINK_DENSITY * len(" ".join(stripped.split()))) \
                and _is_labelled_link(el, stripped):
            # "Read also: <a>Another story</a>", in any of the languages of LABELS (the markup's
            # indentation is no text: it outweighs a short line of Chinese links)
            return "related"
    if tag in LABELLED_HEADING_TAGS and len(stripped) < LINK_LIST_CHARS \
            and link_density(el, chars=len(text)) > LABELLED_LINK_DENSITY and _is_labelled_link(el, stripped):
        return "related"  # the same line set as a heading: "<h4>Read more: <a>Another story</a></h4>"
    return None


def _leads_quotation(el: etree._Element, text: str) -> bool:
    """Is this paragraph of links the lead-in of the quotation or code right after it: it ends
    with a colon ("<a>The manual</a> <a>says</a>:") and a QUOTED_BLOCK_TAGS block follows?"""
    if el.tag != "p" or INTRO_END_RE.search(text) is None:
        return False
    after = el.getnext()
    return after is not None and after.tag in QUOTED_BLOCK_TAGS


def _in_embedded_post(el: etree._Element) -> bool:
    """Is `el` inside an embedded post (a tweet's or an Instagram post's <blockquote>, EMBED_CLASS_RE),
    EMBED_POST_LEVELS up at most? Its words are links to the post, but they are the post: a quotation
    the article shows, not a list of links."""
    node = el.getparent()
    for _ in range(EMBED_POST_LEVELS):
        if node is None:
            return False
        names = f"{node.get('class', '')} {node.get('id', '')}"
        if names.strip() and EMBED_CLASS_RE.search(names.lower()) is not None:
            return True
        node = node.getparent()
    return False


EMBED_POST_LEVELS = 4  # <blockquote class="instagram-media"><div><div><p><a>: the post's caption link


def _status_card(names: str) -> bool:
    """Do a card's class words name a byline only by the post's publishing status (POST_STATUS_RE:
    "status-publish", which a blog engine puts on every post and every card of a grid of posts or
    products)? In a grid of item cards, such a card is an item, however short."""
    return BYLINE_RE.search(POST_STATUS_RE.sub(" ", names)) is None


def _poster_badge(el: etree._Element, text: str) -> bool:
    """Is this badge-named <span> (its text `text`) a poster's badge in a post's header line: no
    element in it, MAX_AUTHOR_STAT_CHARS at most, after the poster's name, in a line of
    MAX_POST_HEADER_LINE_CHARS at most that holds a number (the post's date or age)?"""
    if len(el) or not 0 < len(text.strip()) <= MAX_AUTHOR_STAT_CHARS:
        return False
    line = el.getparent()
    if line is None:
        return False
    whole = line.text_content()
    at = whole.find(text)
    return len(whole) <= MAX_POST_HEADER_LINE_CHARS and at > 0 and bool(whole[:at].strip()) \
        and any(char.isdigit() for char in whole.replace(text, " "))


def _result_cards(container: etree._Element) -> frozenset[etree._Element]:
    """The cards of the lists of results `container` is (a search page, an archive): groups of
    MIN_RESULT_CARDS siblings or more of one _shape, each a linked heading over a summary
    (_result_card), holding RESULT_LIST_SHARE of its text together. Related posts beside an
    article are fewer, or a small part of its text."""
    least = RESULT_LIST_SHARE * len(container.text_content())
    found: set[etree._Element] = set()
    if not least:
        return frozenset()
    for _parent, members in _child_groups(container, MIN_RESULT_CARDS, _card_key,
                                          lambda parent: len(parent.text_content()) >= least):
        cards = [el for el in members if _result_card(el)]
        if len(cards) >= MIN_RESULT_CARDS and sum(len(el.text_content()) for el in cards) >= least:
            found.update(cards)
    return frozenset(found)


def _result_card(card: etree._Element) -> bool:
    """Is `card` a linked heading (a heading holding a link, or a link holding a heading) over a
    summary: MIN_RESULT_SUMMARY_CHARS of text outside its headings and links?"""
    heading = next(card.iter(*HEADING_TAGS), None)
    if heading is None or (next(heading.iter("a"), None) is None
                           and next(heading.iterancestors("a"), None) is None):
        return False
    outside = len(card.text_content())
    for node in card.iter(*HEADING_TAGS, "a"):
        if not any(ancestor.tag in HEADING_TAGS or ancestor.tag == "a" for ancestor in node.iterancestors()):
            outside -= len(node.text_content())
    return outside >= MIN_RESULT_SUMMARY_CHARS


def _quote_header(el: etree._Element, stripped: str) -> bool:
    """Is `el` (its text `stripped`) the header over a post quoted in a reply ("ann_lee said:",
    POST_HEADER_RE): a <blockquote>'s first block, or that block's, QUOTE_HEADER_LEVELS at most?"""
    if len(stripped) > POST_HEADER_CHARS:
        return False
    node = el
    for _ in range(QUOTE_HEADER_LEVELS):
        parent = node.getparent()
        if parent is None or next((child for child in parent if isinstance(child.tag, str)), None) is not node:
            return False
        if parent.tag == "blockquote":
            return POST_HEADER_RE.match(" ".join(stripped.split())) is not None
        node = parent
    return False


def _author_list(text: str) -> bool:
    """Is `text` a list of MIN_LISTED_AUTHORS names or more, parted by commas or "and" ("&"):
    each name MAX_LISTED_NAME_WORDS words at most (of two names, MIN_PAIRED_NAME_WORDS at
    least), capitalised (or a particle: "van", "de"), with no digit?"""
    names = [name for name in AUTHOR_LIST_SPLIT_RE.split(text.strip()) if name]
    if len(names) < MIN_LISTED_AUTHORS:
        return False
    least = MIN_PAIRED_NAME_WORDS if len(names) == MIN_LISTED_AUTHORS else 1
    return all(
        least <= len(words := name.split()) <= MAX_LISTED_NAME_WORDS
        and all((word[0].isupper() or word in NAME_PARTICLES) and not any(map(str.isdigit, word)) for word in words)
        for name in names)


def _card_authors(el: etree._Element) -> bool:
    """Is `el` an item's list of authors: a list of names in one of a list's repeated cards
    (a byline or a caption by its class, it is the item's own line)?"""
    return _author_list(el.text_content()) and _repeated_card(el.getparent())


def _signs_quotation(el: etree._Element) -> bool:
    """Is `el` the last line of a block quotation, under its words (a pull quote's box: the words,
    then "Ann Lee, harbour master" in an "author" class)? It signs the quotation, no byline of the page."""
    parent = el.getparent()
    return parent is not None and parent.tag == "blockquote" and el.getnext() is None \
        and el.getprevious() is not None


def _machine_id_run(el: etree._Element, text: str) -> bool:
    """Is `el`'s text a UUID, in a run: its parent holds MIN_MACHINE_ID_RUN or more elements,
    each a UUID or a letter of the label at most (the letters and ids a style interleaves; some
    already gone), and holds no other text?"""
    if not MACHINE_ID_RE.fullmatch(text):
        return False
    parent = el.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    children = [child for child in parent if isinstance(child.tag, str)]
    return len(children) >= MIN_MACHINE_ID_RUN and all(
        len(part := child.text_content().strip()) <= 1 or MACHINE_ID_RE.fullmatch(part) for child in children)


def _button_link(el: etree._Element) -> bool:
    """A link its class names a button, of MAX_BUTTON_WORDS words or fewer, with no words of a
    sentence right before or after it (BUTTON_CLASS_RE). The class may sit on the link's one
    element inside, holding all its words: a shop button drawn by a box in a plain link."""
    if BUTTON_CLASS_RE.search(_button_names(el)) is None:
        return False
    if len(el.text_content().split()) > MAX_BUTTON_WORDS or WORD_RE.search(el.tail or ""):
        return False
    before = el.getprevious()
    parent = el.getparent()
    lead = before.tail if before is not None else parent.text if parent is not None else None
    return WORD_RE.search(lead or "") is None


def _pitch_box(el: etree._Element, stripped: str) -> bool:
    """Is `el` (its text `stripped`, MAX_PITCH_BOX_CHARS or fewer) a sales or sign-up box: words
    to the reader (SECOND_PERSON_RE), outside a quotation, in PITCH_LINE_COUNT lines (blocks of
    PITCH_LINE_TAGS) and, last, its one link, of MAX_BUTTON_WORDS words or fewer, no part of a
    line (bare in the box, or its line's whole text), among the article's prose?"""
    links = [a for a in el.iter("a") if a.text_content().strip()]
    if len(links) <= 1 and _form_pitch_box(el, stripped):
        return True  # its action was a form's (a link in its line, a phone number, is no button)
    if len(links) != 1:
        return False  # one action, the box's button: a box of several links is a list or a card
    link = links[0]
    button = " ".join(link.text_content().split())
    if not button[0].isalnum() or len(button.split()) > MAX_BUTTON_WORDS \
            or not " ".join(stripped.split()).endswith(button):
        return False
    if next(el.iterancestors(*QUOTE_BOX_TAGS), None) is not None:
        return False
    lines = [line for line in el.iterdescendants(*PITCH_LINE_TAGS) if _text_leaf(line)]
    if SECOND_PERSON_RE.search(stripped) is None \
            and not any(PROMO_TEXT_RE.search(line.text_content()) for line in lines):
        return False  # it speaks to the reader, or a line asks to sign up (PROMO_TEXT_RE's languages)
    if lines and contains(lines[-1], link):
        if " ".join(lines[-1].text_content().split()) != button:
            return False  # the link ends a line of words: a sentence's link, no button
        lines.pop()
    return PITCH_LINE_COUNT[0] <= len(lines) <= PITCH_LINE_COUNT[1] and _among_prose(el)


def _pitch_line(el: etree._Element, stripped: str) -> bool:
    """Is `el` (its text `stripped`, MAX_PITCH_LINE_CHARS or fewer) a pitch line: a line of its own
    (no block inside holds text) whose one link, a button of PITCH_BUTTON_RE's action words and
    MAX_BUTTON_WORDS words or fewer, ends it after words of its own, outside a quotation, among the
    article's prose?"""
    if not len(el) and el.tag != "a":
        return False  # (a block without children holds no link: most paragraphs)
    links = [a for a in el.iter("a") if a.text_content().strip()]
    if len(links) != 1:
        return False
    button = " ".join(links[0].text_content().split())
    if PITCH_BUTTON_RE.search(button) is None or len(button.split()) > MAX_BUTTON_WORDS:
        return False
    line = " ".join(stripped.split()).rstrip(".!:…) ")
    if line == button.rstrip(".!:…) ") or not line.endswith(button.rstrip(".!:…) ")):
        return False  # a lone button is another rule's; a link inside a sentence ends no line
    return not any(map(shows_words, el.iterdescendants(*PITCH_LINE_TAGS))) \
        and next(el.iterancestors(*QUOTE_BOX_TAGS), None) is None and _among_prose(el)


def _form_pitch_box(el: etree._Element, stripped: str, newsletter: bool = False) -> bool:
    """Is `el`, a box of one link or none, a sign-up or quote box whose form went (HELD_FORM_ATTR): words
    to the reader, outside a quotation, in one line up to PITCH_LINE_COUNT's most (the form says
    it is a pitch: no title is needed), among the article's prose? So is such a box of two lines or
    more under a newsletter's name (NEWSLETTER_HEAD_RE), whatever its words and wherever it stands
    (a page builder's block of its own); on a page not said to be an article, only that one
    (`newsletter`)."""
    if newsletter and NEWSLETTER_HEAD_RE.search(stripped) is None:
        return False  # (one search of a short text spares most blocks the XPath)
    if not _HELD_FORM(el) or next(el.iterancestors(*QUOTE_BOX_TAGS), None) is not None:
        return False
    lines = [line for line in el.iterdescendants(*PITCH_LINE_TAGS) if _text_leaf(line)]
    if not 1 <= len(lines) <= PITCH_LINE_COUNT[1]:
        return False
    if len(lines) >= 2 and len(head := lines[0].text_content()) <= MAX_NEWSLETTER_HEAD_CHARS \
            and NEWSLETTER_HEAD_RE.search(head) is not None:
        return True
    return not newsletter and (SECOND_PERSON_RE.search(stripped) is not None or _HELD_EMAIL(el)) \
        and _among_prose(el)


_HELD_FORM = etree.XPath(f"boolean(descendant-or-self::*[@{HELD_FORM_ATTR}])")
_HELD_EMAIL = etree.XPath(f"boolean(descendant-or-self::*[@{HELD_FORM_ATTR}='{HELD_EMAIL_FIELD}'])")


def _among_prose(el: etree._Element) -> bool:
    """Does a paragraph of prose (a <p> of MIN_PROSE_BLOCK characters or more) stand beside `el`,
    a child of one of its PITCH_PROSE_LEVELS nearest ancestors: the box sits in an article's
    text, not in a row of a landing page's feature cards? So does a box between two parts of a
    text split into sibling blocks (by the box itself, an ad slot, a card), each holding paragraphs
    of MIN_PROSE_BLOCK characters or more together."""
    if _between_text_parts(el):
        return True
    node = el
    for _ in range(PITCH_PROSE_LEVELS):
        parent = node.getparent()
        if parent is None:
            return False
        if any(child is not node and child.tag == "p" and len(child.text_content().strip()) >= MIN_PROSE_BLOCK
               for child in parent):
            return True
        node = parent
    return False


def _between_text_parts(el: etree._Element) -> bool:
    """Do the blocks just before and after `el` each hold paragraphs (<p> children) of
    MIN_PROSE_BLOCK characters or more together: two parts of one text around it?"""
    for part in (previous_element(el), next_element(el)):
        if part is None or part.tag == "p":
            return False
        chars = 0
        for child in part:
            if child.tag == "p":
                chars += len(child.text_content().strip())
                if chars >= MIN_PROSE_BLOCK:
                    break
        else:
            return False
    return True


def _text_leaf(el: etree._Element) -> bool:
    """Does `el` hold text and no block of PITCH_LINE_TAGS that holds text?"""
    return shows_words(el) and not any(map(shows_words, el.iterdescendants(*PITCH_LINE_TAGS)))


def _button_names(el: etree._Element) -> str:
    """The class of a link, or of its one element inside when that holds all its words."""
    names = el.get("class") or ""
    if len(el) == 1 and isinstance(el[0].tag, str) and not (el.text or "").strip() \
            and not (el[0].tail or "").strip():
        names = f"{names} {el[0].get('class') or ''}"
    return names.lower()


def _poster_statistic(text: str) -> bool:
    """Is this block's (stripped) text only a poster's count of posts or join date ("Posts: 1,204"),
    their presence ("Offline", POSTER_PRESENCE) or their rank by default ("Senior Member", POSTER_RANKS)?"""
    if len(text) > MAX_POSTER_STAT_CHARS:
        return False
    line = " ".join(text.split())
    return POSTER_STAT_RE.match(line) is not None or line.lower() in POSTER_PRESENCE or line.lower() in POSTER_RANKS


def _stands_alone(el: etree._Element, text: str) -> bool:
    """Is `el`'s text (stripped) all its parent's text: not a word of a heading or a sentence?"""
    parent = el.getparent()
    return parent is None or " ".join(parent.text_content().split()) == text


def _slide_of_text(el: etree._Element) -> bool:
    """One of a carousel's slides of text: named a slide (or a carousel), holding a paragraph,
    beside another block of its tag and class that holds one too."""
    names = el.get("class", "")
    if SLIDES_RE.search(f"{names} {el.get('id', '')}".lower()) is None or not _slide_text(el):
        return False
    parent = el.getparent()
    shape = frozenset(names.split()) - STATE_CLASS_WORDS  # (the slide shown is "active")
    return parent is not None and any(sib is not el and sib.tag == el.tag
                                      and frozenset(sib.get("class", "").split()) - STATE_CLASS_WORDS == shape
                                      and _slide_text(sib) for sib in islice(parent, MAX_INDEX_SIBLINGS))


def _one_of_texts(el: etree._Element) -> bool:
    """One of a set of blocks of text its class words name captions or a gallery ("feature-caption
    photo-grid__item"): it holds a paragraph of sentences, and so does another block of its tag and
    class beside it, or beside the block that holds it (TEXT_SET_LEVELS up: each card of a grid
    has its caption). On a page not said to be an article, they are a product's or a service's
    features shown as a gallery, not pictures' captions."""
    if not has_prose(el):
        return False
    node = el
    for _ in range(TEXT_SET_LEVELS):
        parent = node.getparent()
        if parent is None:
            return False
        shape = frozenset(node.get("class", "").split()) - STATE_CLASS_WORDS
        if any(sib is not node and sib.tag == node.tag
               and frozenset(sib.get("class", "").split()) - STATE_CLASS_WORDS == shape
               and has_prose(sib) for sib in islice(parent, MAX_INDEX_SIBLINGS)):
            return True
        node = parent
    return False


def _carousel_of_text(el: etree._Element) -> bool:
    """A carousel that holds MIN_TEXT_SLIDES or more slides (named so), each a heading over its
    text (_slide_text): a service's offers, the carousel's own name no caption's. (Slides of
    quotes without a heading are a wall of testimonials.)"""
    slides = [node for node in islice(el.iterdescendants(), MAX_CAROUSEL_NODES)
              if isinstance(node.tag, str) and SLIDE_WORD_RE.search(node.get("class", "").lower())]
    slides = [node for node in slides if not any(other in slides for other in node.iterancestors())]
    return len(slides) >= MIN_TEXT_SLIDES and all(
        next(node.iter(*HEADING_TAGS), None) is not None and _slide_text(node) for node in slides)


def _slide_text(el: etree._Element) -> bool:
    """Does a slide hold text: a paragraph of sentences, or a heading over a shorter line that ends
    as a sentence (MIN_SLIDE_SENTENCE_CHARS: a card's title and its one-line summary)?"""
    if has_prose(el):
        return True
    if next(el.iter(*HEADING_TAGS), None) is None:
        return False
    return any(len(block) == 0 and len(text := (block.text or "").strip()) >= MIN_SLIDE_SENTENCE_CHARS
               and SENTENCE_END_RE.search(text[-1]) is not None for block in el.iter("p", "div", "span"))


def _item_paragraph(el: etree._Element) -> bool:
    """Is `el` the one paragraph of a list item (<li><p><a>…</a></p></li>)? The item is the
    list's text: the list itself was judged as a whole, and kept."""
    parent = el.getparent()
    return el.tag == "p" and parent is not None and parent.tag == "li" \
        and count_up_to((child for child in parent if isinstance(child.tag, str)), 2) == 1


def _titles_text(el: etree._Element) -> bool:
    """Is `el`, a paragraph that is one link, the title of the paragraph right after it in a list's
    item: one of TITLED_TEXT_MIN_CHARS or more, in sentences, not links (a roundup's item,
    "<li><p><a>The book</a></p><p>Why to read it…</p></li>")? A teaser's excerpt is shorter."""
    parent = el.getparent()
    after = el.getnext() if el.tag == "p" and parent is not None and parent.tag == "li" else None
    if after is None or after.tag != "p":
        return False
    text = after.text_content().strip()
    return len(text) >= TITLED_TEXT_MIN_CHARS and SENTENCE_END_RE.search(text) is not None \
        and link_density(after) <= MAX_LINK_DENSITY


def _linked_sentence(el: etree._Element, text: str) -> bool:
    """A paragraph that is a sentence around its links: it ends as a sentence ends and holds
    LINKED_SENTENCE_MIN_OWN_WORDS words or more outside them."""
    if el.tag != "p" or SENTENCE_FINAL_RE.search(text) is None:
        return False
    linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    return len(text.split()) - linked >= LINKED_SENTENCE_MIN_OWN_WORDS


def _linked_quotation(el: etree._Element, text: str) -> bool:
    """A quoted sentence linked to its source: a paragraph of a <blockquote> (QUOTED_LINK_LEVELS up
    at most) that ends as a sentence ends and holds QUOTED_LINK_MIN_WORDS words or more."""
    if el.tag != "p" or len(text.split()) < QUOTED_LINK_MIN_WORDS or SENTENCE_FINAL_RE.search(text) is None:
        return False
    return any(node.tag == "blockquote" for node in islice(el.iterancestors(), QUOTED_LINK_LEVELS))


class _AuthorPanes:
    """The tag and class of each block itemprop=author marks in the body (a forum post's author
    pane), and of each itemprop=jobTitle marks (a poster's rank), read once, when a block first asks;
    how many timestamp lines of a tag and class the body holds (its posts' date lines); and the
    blocks that may be an article's author card (near a link to an author's page)."""

    def __init__(self, container: etree._Element) -> None:
        self.container = container
        self._marked: frozenset[tuple[str, str]] | None = None
        self._ranks: frozenset[tuple[str, str]] | None = None
        self._dates: dict[tuple[str, str], int] = {}
        self._posters: dict[tuple[str, str], int] = {}  # (its own table: a link's date key may equal a poster key)
        self._author_boxes: frozenset[etree._Element] | None = None

    def author_boxes(self) -> frozenset[etree._Element]:
        """The blocks AUTHOR_CARD_LEVELS or fewer above a link to an author's page in the body: the
        only ones that may be an author card (_author_card). The body's links are read once."""
        if self._author_boxes is None:
            links = [a for a in self.container.iter("a") if AUTHOR_PAGE_LINK_RE.search(a.get("href", ""))]
            self._author_boxes = frozenset(node for a in links
                                           for node in islice(a.iterancestors(), AUTHOR_CARD_LEVELS))
        return self._author_boxes

    def post_date(self, el: etree._Element) -> bool:
        """Is `el` a timestamp line of a tag and class MIN_POST_DATE_LINES such lines of the body
        share: a post's date in a thread?"""
        names = el.get("class")
        if not names or not _timestamp_line(el):
            return False
        key = (el.tag, names)
        if key not in self._dates:
            twins = (node for node in islice(self.container.iter(el.tag), MAX_POST_DATE_SCAN)
                     if node.get("class") == names and _timestamp_line(node))
            self._dates[key] = sum(1 for _ in islice(twins, MIN_POST_DATE_LINES))
        return self._dates[key] >= MIN_POST_DATE_LINES

    def poster_link(self, el: etree._Element) -> bool:
        """Is `el` a link of a poster's name, its byline class words ("author") shared by
        MIN_POST_DATE_LINES such links of the body: each post's author in a thread?"""
        key = _poster_link_key(el)
        if key is None:
            return False
        if key not in self._posters:
            twins = (node for node in islice(self.container.iter("a"), MAX_POST_DATE_SCAN)
                     if _poster_link_key(node) == key)
            self._posters[key] = sum(1 for _ in islice(twins, MIN_POST_DATE_LINES))
        return self._posters[key] >= MIN_POST_DATE_LINES

    def marked(self, node: etree._Element) -> bool:
        """Does the body hold a marked block of `node`'s tag and class?"""
        if self._marked is None:
            self._marked = frozenset((pane.tag, pane.get("class", "")) for pane in _MARKED_PANES(self.container))
        return (node.tag, node.get("class", "")) in self._marked

    def rank(self, el: etree._Element) -> bool:
        """Is `el`, unmarked, of the tag and class of a block itemprop=jobTitle marks in the body?"""
        if self._ranks is None:
            self._ranks = frozenset((rank.tag, rank.get("class", "")) for rank in _MARKED_RANKS(self.container))
        return bool(self._ranks) and (el.tag, el.get("class", "")) in self._ranks


class _PosterNames:
    """In a thread, the names of the posters whose author panes go (POSTER_PANE_RULES): each
    pane's tag and class is read once, when one of them first goes, for the names its panes open
    with and the blocks that hold two of them or more (a post holds one)."""

    def __init__(self, container: etree._Element) -> None:
        self.container = container
        self._kinds: dict[tuple[str, str], frozenset[etree._Element] | None] = {}

    def keep_name(self, pane: etree._Element) -> None:
        """Before `pane` goes, put the name it opens with (a link, _pane_name) in its place, a line
        of its own, where its kind is a thread's author pane and its post does not show the name."""
        names = pane.get("class")
        link = _pane_name(pane) if names else None
        if link is None:
            return
        shared = self._shared((pane.tag, names))
        if shared is None:
            return
        name, own = link.text_content().strip(), pane.text_content()
        post = self._post(pane, shared)
        if own.strip() == name or not contains(pane, next(iter(_FIRST_TEXT(post))).getparent()):
            return  # a button alone, or a line under a card's title: a pane holds more, and opens its post
        if post.text_content().count(name) > own.count(name):
            return  # the post's header or another copy of its pane shows the name
        line = pane.makeelement("p")
        kept = copy.copy(link)
        kept.tail = None
        line.append(kept)
        pane.addprevious(line)

    def _shared(self, kind: tuple[str, str]) -> frozenset[etree._Element] | None:
        """The blocks above two panes of `kind` or more (POSTER_PANE_LEVELS up), or None when the
        body's panes of `kind` are not a thread's author panes: fewer than MIN_POST_DATE_LINES of
        them, or fewer than MIN_POSTER_NAMES names among the ones they open with."""
        if kind not in self._kinds:
            panes = [node for node in islice(self.container.iter(kind[0]), MAX_POST_DATE_SCAN)
                     if node.get("class") == kind[1]]
            links = [link for link in map(_pane_name, panes) if link is not None]
            names = {link.text_content().strip() for link in links}
            pages = {_profile_template(link.get("href", "")) for link in links}
            seen: set[etree._Element] = set()
            shared: set[etree._Element] = set()
            for pane in panes:
                for node in islice(pane.iterancestors(), POSTER_PANE_LEVELS):
                    (shared if node in seen else seen).add(node)
            thread = len(panes) >= MIN_POST_DATE_LINES and len(names) >= MIN_POSTER_NAMES and len(pages) == 1 \
                and count_up_to((pane for pane in panes if has_prose(self._post(pane, shared))),
                                MIN_POSTS_WITH_PROSE) >= MIN_POSTS_WITH_PROSE
            self._kinds[kind] = frozenset(shared) if thread else None
        return self._kinds[kind]

    def _post(self, pane: etree._Element, shared: Collection[etree._Element]) -> etree._Element:
        """The block around `pane`, POSTER_PANE_LEVELS up at most, that holds no other pane of its
        kind (none of `shared`) and is inside the body: its post."""
        post = pane
        for _ in range(POSTER_PANE_LEVELS):
            parent = post.getparent()
            if parent is None or parent is self.container or parent in shared:
                break
            post = parent
        return post


def _pane_name(pane: etree._Element) -> etree._Element | None:
    """The link a pane opens with, when its text is a poster's name (_poster_name): the pane's
    first text is the link's whole text, and no other link of the pane (its first MAX_PANE_LINKS)
    reads as a name (a post's permalink date, a count of posts may follow; a card's categories
    are several names)."""
    first = next(iter(_FIRST_TEXT(pane)), None)
    if first is None or first.is_tail:
        return None
    link = first.getparent()
    for _ in range(POSTER_PANE_LEVELS):
        if link is None or link.tag == "a" or link is pane:
            break
        link = link.getparent()
    if link is None or link.tag != "a":
        return None
    name = link.text_content().strip()
    if name != first.strip() or not _poster_name(name):
        return None
    if any(text != name and _poster_name(text)
           for text in (other.text_content().strip() for other in islice(pane.iter("a"), MAX_PANE_LINKS))):
        return None  # a card's line of links (its categories: "Tools", "Outdoor"), not one poster's pane
    return link


def _profile_template(href: str) -> tuple[str, str, tuple[str, ...]]:
    """A link's address but for what names one of its kind: its host, its path up to its last
    part, its query's keys ("/members/ann.12/" and "/members/bo.7/", "profile.php?u=12" and
    "profile.php?u=7" are one template: the pages of a board's posters; a box's offers are not)."""
    parts = urlsplit(href)
    return parts.netloc, parts.path.rstrip("/").rpartition("/")[0], \
        tuple(sorted(key for key, _, _ in (pair.partition("=") for pair in parts.query.split("&")) if key))


def _poster_name(text: str) -> bool:
    """Can this link text be a poster's name: MAX_POSTER_NAME_WORDS words and MAX_POSTER_NAME_CHARS
    at most, opening with a letter, neither a date nor a poster's statistic?"""
    return 0 < len(text) <= MAX_POSTER_NAME_CHARS and len(text.split()) <= MAX_POSTER_NAME_WORDS \
        and text[0].isalpha() and not _date_words(text) and not _poster_statistic(text)


_FIRST_TEXT = etree.XPath("(.//text()[normalize-space()])[1]")
_MARKED_PANES = etree.XPath(".//*[@itemprop='author'][@class]")
_MARKED_RANKS = etree.XPath(".//*[@itemprop='jobTitle'][@class]")


def _in_author_pane(el: etree._Element, panes: _AuthorPanes | None = None) -> bool:
    """Is `el` in a post's author pane: the block itemprop=author marks, a few levels up, or a block
    of that block's tag and class in another post of the thread (the opening post's pane carries no
    mark where the thread's own markup names its author)?"""
    nodes = list(islice(el.iterancestors(), AUTHOR_STATS_LEVELS))
    return any(node.get("itemprop") == "author" for node in nodes) \
        or (panes is not None and any(_twin_of_author_pane(node, panes) for node in nodes))


def _poster_field(el: etree._Element, panes: _AuthorPanes) -> bool:
    """Is this list, with no link in it, in a thread post's author pane that the thread's other
    posts repeat (a field the poster filled in under their name: a place, a course of study)? The
    poster's name links to their profile; an author box on an article stands alone. wcxb-dev
    forums tune +0.0039, no check half moved."""
    return el.find(".//a") is None \
        and any(_twin_of_author_pane(node, panes) for node in islice(el.iterancestors(), AUTHOR_STATS_LEVELS))


def _twin_of_author_pane(node: etree._Element, panes: _AuthorPanes) -> bool:
    """Does another post (a block of the tag of one of `node`'s few nearest ancestors, beside it)
    hold a block of `node`'s tag and class that itemprop=author marks?"""
    names = node.get("class")
    if not names or not panes.marked(node):
        return False
    for post in islice(node.iterancestors(), AUTHOR_PANE_POST_LEVELS):
        parent = post.getparent()
        if parent is None:
            return False
        for sibling in islice(parent.iterchildren(post.tag), MAX_INDEX_SIBLINGS):
            if sibling is not post and any(pane.tag == node.tag and pane.get("class") == names
                                           for pane in _MARKED_PANES(sibling)):
                return True
    return False


def _profile_statistic(el: etree._Element) -> bool:
    """Is this <dd> a line of a poster's profile beside a post, in a <dl> that class words name a
    profile: a label, a colon and a number or date ("Posts: 2", "Joined: Wed Mar 09, 2022"), or,
    under a term that names the poster, any short line (their rank, "Boat: Gull II", a field
    they filled in)?"""
    parent = el.getparent()
    if parent is None or parent.tag != "dl" or not PROFILE_NAME_RE.search(f"{parent.get('class', '')} {parent.get('id', '')}"):
        return False
    text = " ".join(el.text_content().split())
    if PROFILE_STAT_RE.match(text) is not None and DIGITS_RE.search(text) is not None:
        return True
    terms = [dt.text_content().strip() for dt in parent.iterchildren("dt")]
    return len(text) <= MAX_AUTHOR_STAT_CHARS and len(terms) == 1 and bool(terms[0])


def _profile_list(el: etree._Element) -> bool:
    """Is this list a poster's profile beside a post: its class or id names a poster's profile
    (PROFILE_NAME_RE: "user_info"), each of its items a short line (MAX_POSTER_STAT_CHARS), one
    of them the poster's count of posts, join date or presence (_poster_statistic)? Their rank,
    title and group go with it; the poster's name, outside the list, stays."""
    if not PROFILE_NAME_RE.search(f"{el.get('class', '')} {el.get('id', '')}"):
        return False
    lines = [" ".join(li.text_content().split()) for li in el.iterchildren("li")]
    return len(lines) >= MIN_PROFILE_LIST_ITEMS and all(len(line) <= MAX_POSTER_STAT_CHARS for line in lines) \
        and any(map(_poster_statistic, lines))


def _label_list(el: etree._Element) -> bool:
    """Is this list made only of whole-line labels (is_label), at least MIN_LABEL_LIST_ITEMS of
    them and no other child: a bulletin board's "You may not post replies" / "BB code is On"?"""
    if len(el) < MIN_LABEL_LIST_ITEMS:
        return False
    for li in el:
        if not isinstance(li.tag, str):
            continue  # a comment between the items
        if li.tag != "li":
            return False
        line = li.text_content().strip()
        if not line or len(line) >= 80 or not is_label(line):
            return False
    return True


def _label_row(text: str) -> bool:
    """Is this line only labels between pipes (LABEL_ROW_SEPARATOR), two or more parts, with at most
    the post's stamp among them (LABEL_ROW_POSTED_RE): "发表于 2023-5-2 08:15 | 只看该作者 | 倒序浏览"?"""
    parts = [part.strip() for part in text.split(LABEL_ROW_SEPARATOR) if part.strip()]
    labels = sum(map(is_label, parts))
    stamps = sum(LABEL_ROW_POSTED_RE.match(part) is not None for part in parts)
    return len(parts) >= 2 and labels >= 1 and stamps <= 1 and labels + stamps == len(parts)


def _profile_block(el: etree._Element, line: str | None = None) -> bool:
    """Is this block a poster's profile beside a post, whatever its class: each of its lines a
    label and a short value ("Location: Eastmoor"), one of them a poster's statistic ("Posts: 12",
    "Joined: Mar 2019")? A <dl>'s lines are its terms with their values; another block's are its
    lines between <br>s and its child blocks (a child <dl>'s terms, a line each): one without
    children has one, its words joined by single spaces (`line`, when the walk has it)."""
    if el.tag == "dl":
        lines = _pair_lines(el)
    else:
        lines = ([line] if line else []) if line is not None and not len(el) else _block_lines(el)
    return bool(lines) and all(PROFILE_STAT_RE.match(line) for line in lines) and any(map(_poster_statistic, lines))


def _pair_lines(dl: etree._Element) -> list[str]:
    """A <dl>'s terms, each with its value after a colon ("Joined: Mar 3, 2019")."""
    lines: list[str] = []
    for child in dl.iterchildren("dt", "dd"):
        text = " ".join(child.text_content().split())
        if child.tag == "dt":
            lines.append(f"{text.rstrip(':')}:")
        elif lines:
            lines[-1] = f"{lines[-1]} {text}"
    return lines


def _block_lines(el: etree._Element) -> list[str]:
    """The lines of a block: its text parted at each <br> and around each child block."""
    lines: list[list[str]] = [[el.text or ""]]
    for child in el:
        if not isinstance(child.tag, str) or child.tag == "br":
            lines.append([])
        elif child.tag == "dl":
            lines += [[line] for line in _pair_lines(child)] + [[]]
        elif child.tag in PROFILE_LINE_BLOCKS:
            lines += [[child.text_content()], []]
        else:
            lines[-1].append(child.text_content())
        lines[-1].append(child.tail or "")
    return [line for parts in lines if (line := " ".join("".join(parts).split()))]


def _author_statistics(el: etree._Element, panes: _AuthorPanes | None = None) -> bool:
    """Is this <dl> a post author's statistics: terms with short values ("Joined: Mar 3, 2016",
    "Messages: 11", "Location: Leeds"), in the block that itemprop=author marks (a forum's author
    pane), or two terms or more in a <dl> whose class words name a poster's profile? A product's
    specifications, outside any author pane, are no author's."""
    values = [dd.text_content().strip() for dd in el.iterchildren("dd")]
    if not values or any(len(v) > MAX_AUTHOR_STAT_CHARS for v in values):
        return False
    return _in_author_pane(el, panes) or (
        count_up_to(el.iterchildren("dt"), 2) == 2
        and PROFILE_NAME_RE.search(f"{el.get('class', '')} {el.get('id', '')}") is not None)


def _linked_summary(el: etree._Element, text: str) -> bool:
    """A paragraph whose one link is a summary in sentences (an item's description that links
    to the item, as its title does), not a headline that teases another page."""
    return el.tag == "p" and len(text) >= MIN_PROSE_BLOCK and SENTENCE_END_RE.search(text) is not None


def _grid_item(el: etree._Element, density: float) -> bool:
    """An item of a grid of products or entries: one of MIN_GRID_ITEMS siblings of its tag and
    class (or, a tile, the only child of such a sibling: GRID_CELL_LEVELS), with words of its own
    beside its links (a price, a date); a menu's items are links only."""
    if el.getparent() is None:
        return False
    if density >= 1.0:
        return _linked_card(el)
    own = len(el.text_content()) - sum(len(a.text_content()) for a in el.iter("a"))
    return own >= MIN_GRID_ITEM_OWN_CHARS and _in_grid(el)


def _linked_card(el: etree._Element) -> bool:
    """...or a titled card that is all links (its name and price inside the one link to the item),
    one of MIN_GRID_ITEMS siblings of its tag and class, each titled, of which some show words of
    their own beside their links (a badge, "Best seller"; a swatch count): one shop template's
    cards, those without a badge as much the grid's items. A ranked list's titles have a bare
    number beside them."""
    parent = el.getparent()
    if next(el.iter(*HEADING_TAGS), None) is None:
        return False
    kind = el.get("class")
    same = [sib for sib in parent if sib.tag == el.tag and sib.get("class") == kind
            and next(sib.iter(*HEADING_TAGS), None) is not None]
    return len(same) >= MIN_GRID_ITEMS and any(_unlinked_chars(sib) >= MIN_GRID_ITEM_OWN_CHARS for sib in same)


def _summary_beside_links(el: etree._Element) -> bool:
    """Does `el` hold a summary of its own: a <p> or <div> with no child element (so no link), of
    MIN_ITEM_SUMMARY_CHARS or more, that ends as a sentence (an item's title and tags are links;
    its summary is not)?"""
    for block in el.iter("p", "div"):
        if len(block) == 0 and len(text := (block.text or "").strip()) >= MIN_ITEM_SUMMARY_CHARS \
                and SENTENCE_END_RE.search(text[-1]):
            return True
    return False


def _item_heading(el: etree._Element, text: str, share: float = ITEM_HEADING_SHARE) -> bool:
    """Is `el`, one link, the heading of an item: a heading of its whole text (<a><h3>…</h3></a>,
    <h3><a>…</a></h3>) that is one of a grid's tiles (_in_grid), or that opens a card of a list
    (_repeated_card) with details after it, words outside links (a film's year and rating, a
    product's price, a summary when the title links to the item's page: IN_PAGE_HREFS)? A
    section's linked heading is followed by its text; a teaser's headline comes alone."""
    heading = next(el.iter(*HEADING_TAGS), None)
    if heading is None or len(heading.text_content().strip()) < share * len(text) \
            or el.find(".//a[@href]") is None:
        return False  # (an <a name> anchor in a section's heading links to no item)
    if _in_grid(el, titled=True):
        return True
    details = [after for after in el.itersiblings() if isinstance(after.tag, str)]
    if any(has_prose(after) for after in details) and not _links_away(el):
        return False  # (an accordion's question, a toggle to "#", over its folded answer)
    return any(_unlinked_chars(after) >= MIN_GRID_ITEM_OWN_CHARS for after in details) \
        and _repeated_card(el.getparent())


def _row_title_cell(el: etree._Element) -> bool:
    """Is `el`, an item's image and name linked to its one page, the first cell with words of a
    row that is one of MIN_RANKED_ROWS siblings of its tag and class (a ranking's or a table's rows
    drawn with blocks), with words outside links in a cell after it (the item's score, price,
    date), or inside such a cell (ROW_CELL_LEVELS up at most)? The row's other cells are its
    details; its linked name is the item, not a teaser. (Asked off articles and products: there,
    such rows are the site's other stories, the shop's other products and sizes.)"""
    hrefs = [a.get("href", "") for a in el.iter("a")]
    if not hrefs or not all(href and "#" not in href and not href.lower().startswith(IN_PAGE_HREFS)
                            for href in hrefs):
        return False  # (an accordion's toggle, a table of contents: the page's own parts)
    for cell in (el, *islice(el.iterancestors(), ROW_CELL_LEVELS)):
        row = cell.getparent()
        parent = None if row is None else row.getparent()
        if parent is None or (cell is not el and _unlinked_chars(cell) > MAX_ROW_CELL_OWN_CHARS) \
                or len({a.get("href") for a in cell.iter("a")}) > 1:
            return False  # (an item's image and name link to its one page; a menu's links to many)
        cells = [one for one in row if isinstance(one.tag, str) and shows_words(one)]
        if cells[0] is cell and count_up_to(cell.iter("a"), 2) == 2 \
                and any(_unlinked_chars(one) >= MIN_GRID_ITEM_OWN_CHARS for one in cells[1:]):
            tag, kind = row.tag, row.get("class")
            rows = (sib for sib in islice(parent, MAX_INDEX_SIBLINGS) if sib.tag == tag and sib.get("class") == kind)
            return count_up_to(rows, MIN_RANKED_ROWS) >= MIN_RANKED_ROWS
    return False


def _contents_list(el: etree._Element) -> bool:
    """Is this list a table of contents: MIN_CONTENTS_LINKS links or more, each to a named place in
    the page ("#…"), no letter or digit outside them, right under a table of contents' title?"""
    links = 0
    for a in el.iter("a"):
        href = a.get("href", "").strip()
        if len(href) < 2 or href[0] != "#":
            return False
        links += 1
    if links < MIN_CONTENTS_LINKS or any(char.isalnum() for text in UNLINKED_TEXT_XPATH(el) for char in text):
        return False
    title = previous_element(el)
    return title is not None and is_toc_title(title.text_content().strip())


def _lone_link_is_content(el: etree._Element, text: str, cards: bool, article: bool, product: bool) -> bool:
    """Is `el`, a block that is one link, the page's own content rather than a teaser: it shows the
    address, it is an item's summary, paragraph or heading, a ranking row's name (off articles and
    products), an accordion's question, a linked quotation, a roundup item's title over its text, or
    an index section's entry?"""
    return bool(URL_TEXT_RE.match(text) or _linked_summary(el, text) or _item_paragraph(el)
                or _item_heading(el, text, CARD_HEADING_SHARE if cards else ITEM_HEADING_SHARE)
                or (not (article or product) and _row_title_cell(el)) or _fold_question(el, text)
                or _linked_quotation(el, text) or _titles_text(el)
                or (el.tag in INTRO_LIST_TAGS and (_index_section(el) or _introduced(el))))


def _fold_question(el: etree._Element, text: str) -> bool:
    """Is `el`, one link, an accordion's question: it asks (QUESTION_END_RE), its links have no
    address (a placeholder a script opens) and the block right after it holds a sentence, its
    folded answer? (Page builders make the title a link: "<a class=toggle-title>…?</a>". A toggle
    to "#…" still goes: wcxb-dev services and articles, each a page, fell with it.)"""
    if QUESTION_END_RE.search(text) is None or any(a.get("href") is not None for a in el.iter("a")):
        return False
    answer = next((after for after in el.itersiblings() if isinstance(after.tag, str)), None)
    return answer is not None and SENTENCE_END_RE.search(answer.text_content()) is not None


def _links_away(el: etree._Element) -> bool:
    """Does every link in `el` lead to another page (no "#…" toggle, no script)?"""
    return all(not a.get("href", "").strip().lower().startswith(IN_PAGE_HREFS) for a in el.iter("a"))


def _repeated_card(card: etree._Element | None) -> bool:
    """Is `card`, or one of its ancestors, one of MIN_GRID_ITEMS siblings of its tag and class (a
    list's items)? Climbing through wrappers that hold nothing else with words is free; past
    ITEM_CARD_LEVELS blocks that do, or MAX_CARD_WRAPPERS levels in all, it is not."""
    levels = 0
    for _ in range(MAX_CARD_WRAPPERS):
        parent = None if card is None else card.getparent()
        if parent is None or parent.tag == "body":
            return False
        tag, kind = card.tag, card.get("class")
        siblings = list(islice(parent, MAX_INDEX_SIBLINGS))
        if count_up_to((sib for sib in siblings if sib.tag == tag and sib.get("class") == kind),
                       MIN_GRID_ITEMS) >= MIN_GRID_ITEMS:
            return True
        if count_up_to((sib for sib in siblings if isinstance(sib.tag, str) and shows_words(sib)), 2) > 1:
            levels += 1
            if levels >= ITEM_CARD_LEVELS:
                return False
        card = parent
    return False


def _unlinked_chars(el: etree._Element) -> int:
    return len(el.text_content().strip()) - sum(len(a.text_content().strip()) for a in el.iter("a"))


def _in_grid(el: etree._Element, titled: bool = False) -> bool:
    """Is `el` one of MIN_GRID_ITEMS siblings of its tag and class, or (a tile) the only child with
    words of such a sibling, GRID_CELL_LEVELS up at most? A carousel's slides are no grid. With
    `titled`, the siblings must hold a heading too (tiles, each titled; not a section's
    paragraphs, each in a bare <div>)."""
    item = el
    for _ in range(GRID_CELL_LEVELS + 1 if el.tag in GRID_TILE_TAGS else 1):
        parent = item.getparent()
        if parent is None or (item is not el and _is_slide(item)):
            return False
        tag, kind = item.tag, item.get("class")
        if count_up_to((sib for sib in parent if sib.tag == tag and sib.get("class") == kind
                        and (not titled or next(sib.iter(*HEADING_TAGS), None) is not None)),
                       MIN_GRID_ITEMS) >= MIN_GRID_ITEMS:
            return True
        badges = _badges_before(item)
        if count_up_to((child for child in parent if isinstance(child.tag, str) and shows_words(child)
                        and child not in badges), 2) > 1:
            return False  # (an empty block beside the tile: its swatches' form, gone; a badge over it)
        item = parent
    return False


def _badges_before(item: etree._Element) -> list[etree._Element]:
    """The badges pinned over a tile in its cell ("Bestseller", "Nouveau", "-30 % Rabatt"): blocks
    before it of a word or two, with a letter (a rank's bare number is the item's), and no link. The
    cell is still the tile's; a block of text beside it, or a short post after a poster's
    line, makes it no tile."""
    return [sib for sib in islice(item.itersiblings(preceding=True), MAX_TILE_BADGES)
            if isinstance(sib.tag, str) and sib.find(".//a") is None
            and len(text := sib.text_content().strip()) <= MAX_TILE_BADGE_CHARS
            and any(ch.isalpha() for ch in text)]


def _index_section(el: etree._Element, sections: bool = False) -> bool:
    """A section of an index (a list of languages, of places, of terms by letter), or the only
    child of one (INDEX_WRAPPER_LEVELS up): a block of links right after its own heading, one of
    MIN_INDEX_SECTIONS siblings of its tag and class that each follow a heading. Related links
    and menus come as one block, not as sections. With `sections`, also one of sections each
    wrapped alone with its heading (_wrapped_index_section)."""
    node = el
    for _ in range(INDEX_WRAPPER_LEVELS + 1):
        if _heads_index_section(node):
            return True
        parent = node.getparent()
        if parent is None or count_up_to((c for c in parent if isinstance(c.tag, str)), 2) > 1:
            return sections and _wrapped_index_section(el)
        node = parent
    return sections and _wrapped_index_section(el)


def _wrapped_index_section(el: etree._Element) -> bool:
    """Is `el` the list of a section wrapped alone (its heading right before it, the two in a
    wrapper of their own, that inside SECTION_WRAPPER_LEVELS bare wrappers at most), or one of
    those wrappers, one of MIN_INDEX_SECTIONS sibling wrappers of its tag and class that each hold
    a heading and MIN_SECTION_LINKS links? (One or two links under a heading are a related box, not
    an index.) A browse page's sections ("Shop by brand", "Shop by genre") come so, one component each."""
    section = el.getparent() if _heads_section_list(el) else _wrapped_section(el)
    if section is None:
        return False
    for _ in range(SECTION_WRAPPER_LEVELS):
        parent = section.getparent()
        if parent is None or count_up_to((c for c in parent if isinstance(c.tag, str)), 2) > 1:
            break
        section = parent
    parent = section.getparent()
    if parent is None:
        return False
    kind = section.get("class")
    alike = (sib for sib in islice(parent, MAX_INDEX_SIBLINGS)
             if sib.tag == section.tag and sib.get("class") == kind
             and next(sib.iter(*TEASER_HEADING_TAGS), None) is not None
             and count_up_to(sib.iter("a"), MIN_SECTION_LINKS) >= MIN_SECTION_LINKS)
    return count_up_to(alike, MIN_INDEX_SECTIONS) >= MIN_INDEX_SECTIONS


def _heads_section_list(el: etree._Element) -> bool:
    """Is `el` a section's list: MIN_SECTION_LINKS links or more, right after its heading?"""
    return el.getparent() is not None and count_up_to(el.iter("a"), MIN_SECTION_LINKS) >= MIN_SECTION_LINKS \
        and _after_heading(el)


def _wrapped_section(el: etree._Element) -> etree._Element | None:
    """The section `el` is or wraps alone (SECTION_WRAPPER_LEVELS bare wrappers down at most):
    the block whose last child is its list after its heading (_heads_section_list)."""
    node = el
    for _ in range(SECTION_WRAPPER_LEVELS + 1):
        children = [child for child in islice(node, MAX_INDEX_SIBLINGS) if isinstance(child.tag, str)]
        if len(children) == 1:
            node = children[0]
            continue
        return node if len(children) > 1 and _heads_section_list(children[-1]) else None
    return None


def _letter_section(el: etree._Element) -> bool:
    """A letter's section of an A-to-Z index: a block that opens with its letter ("A", "0-9": a label
    of MAX_INDEX_LETTER_CHARS at most, no link) then its links, or the links right after the
    letter; one of MIN_INDEX_SECTIONS siblings of its tag and first class word that open so (the
    theme may add the letter to the class: "letters A", "letters B")."""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    section = el if first is not None and _is_letter(first) else None
    if section is None:
        before = el.getprevious()
        parent = el.getparent()
        if before is None or parent is None or not _is_letter(before) or before is not parent[0]:
            return False
        section = parent
    parent = section.getparent()
    if parent is None:
        return False
    kind = (section.get("class") or "").split()[:1]
    alike = (sib for sib in islice(parent, MAX_INDEX_SIBLINGS)
             if sib.tag == section.tag and (sib.get("class") or "").split()[:1] == kind
             and len(sib) and isinstance(sib[0].tag, str) and _is_letter(sib[0]))
    return count_up_to(alike, MIN_INDEX_SECTIONS) >= MIN_INDEX_SECTIONS


def _is_letter(el: etree._Element) -> bool:
    text = el.text_content().strip()
    return 0 < len(text) <= MAX_INDEX_LETTER_CHARS and el.find(".//a") is None and el.tag != "a"


def _sub_list(el: etree._Element) -> bool:
    """Is `el` a list nested in an item whose own words, outside any element, come before it
    (SUB_LIST_ITEM_TAGS)?"""
    item = el.getparent()
    if el.tag not in INTRO_LIST_TAGS or item is None or item.tag not in SUB_LIST_ITEM_TAGS:
        return False
    words = [item.text or ""]
    for child in item:
        if child is el:
            return WORD_RE.search("".join(words)) is not None
        words.append(child.tail or "")
    return False


def _introduced(el: etree._Element) -> bool:
    """Is `el` a list that the paragraph right before it introduces ("Here's a selection:")?
    Either may be wrapped alone in a <div> (INTRO_WRAPPER_TAGS). A lead-in that names the
    list related or further reading (RELATED_INTRO_RE) introduces a related list, not text."""
    parent = el.getparent()
    if el.tag in INTRO_LIST_TAGS and parent is not None and _unwrapped(parent, INTRO_LIST_TAGS) is el:
        el = parent  # the list's own wrapper follows the paragraph
    elif _unwrapped(el, INTRO_LIST_TAGS) is None:
        return False
    before = _intro_neighbour(el, preceding=True)
    before = _unwrapped(before, ("p",)) if before is not None else None
    if before is None:
        return False
    text = before.text_content()
    return INTRO_END_RE.search(text) is not None and len(text.split()) >= INTRO_MIN_WORDS \
        and link_density(before) <= MAX_LINK_DENSITY and not is_label(text) \
        and not _names_related(text)  # "You may also like:": related


def _leads_own_links(el: etree._Element) -> bool:
    """Is this paragraph a lead-in and the links it introduces: its text before its first
    child, INTRO_MIN_WORDS words or more, ends with a colon, and is no label nor a related
    list's lead-in ("See also:", "You may also like:"); each link shows its address?"""
    if el.tag not in OWN_LEAD_TAGS or not len(el) or el[0].tag != "a":
        return False
    text = el.text or ""
    return INTRO_END_RE.search(text) is not None and len(text.split()) >= INTRO_MIN_WORDS \
        and not is_label(text) and not _names_related(text) \
        and all(URL_TEXT_RE.match(a.text_content()) for a in el.iter("a"))


def _leads_related_list(el: etree._Element, text: str) -> bool:
    """Is this paragraph (ending with a colon) the lead-in of a related list: a few words that
    name it related or further reading (RELATED_INTRO_RE), right before a list of links?"""
    if not _names_related(text) or link_density(el) > MAX_LINK_DENSITY:
        return False
    after = _intro_neighbour(el, preceding=False)
    listed = _unwrapped(after, INTRO_LIST_TAGS) if after is not None else None
    return listed is not None and count_up_to(listed.iter("a"), MIN_LIST_LINKS) >= MIN_LIST_LINKS \
        and link_density(listed) > MAX_LINK_DENSITY


def _related_box(el: etree._Element, headed: bool = True) -> bool:
    """Is `el` a box of further reading: its first child a heading (or a wrapper of one) that
    names it related (_names_related), the rest teasers, each opening with its linked title (a
    summary under it)? An article's section opens with a heading too, but its text with no link.
    A box set inside the text heads its one teaser with a styled line instead, a <span>, <div>
    or <strong> with no link ("Auch interessant", "Lire aussi", "Te puede interesar:"): a chrome
    label (is_label) there says the same, a line alone with no element inside it; off an article
    (not `headed`), only such a box counts, set among a text's paragraphs (the caller's test)."""
    if not len(el) or (el.text or "").strip():
        return False
    first = el[0]
    if not isinstance(first.tag, str):
        first = next((child for child in el if isinstance(child.tag, str)), None)
        if first is None:
            return False
    leaf = not len(first) and first.tag not in HEADING_TAGS  # (a leaf first: the one look off articles)
    if not (leaf or headed) or (leaf and len(first.text or "") > MAX_BOX_HEAD_CHARS):
        return False
    rest = [child for child in first.itersiblings() if isinstance(child.tag, str)]
    link = next((a for child in rest for a in child.iter("a")), None)
    if link is None:
        return False
    if leaf:
        head = first.text or ""
        if not (_names_related(head) or is_label(head)):
            return False
    else:
        heading = _unwrapped(first, HEADING_TAGS)
        if heading is None or not _names_related(heading.text_content()):
            return False
    text = " ".join(" ".join(child.text_content().split()) for child in rest)
    title = " ".join(link.text_content().split()) if link is not None else ""
    return bool(title) and text.startswith(title)


def _read_also_line(el: etree._Element, text: str) -> bool:
    """Is `el` a line that points to another story by its title alone, with no link (a callout
    card's, or one a script links once loaded): a lead-in that names it further reading
    (RELATED_INTRO_RE: "Read also", "Lesen Sie auch", "Leia também"), its colon, then a title, a
    capital and no more than READ_ALSO_TITLE_WORDS words, with no sentence's full stop at its end?
    "Read also: the council's full report." is a sentence, and stays."""
    if ":" not in text:
        return False  # (the colon after the lead-in: most lines have none)
    line = text.lstrip(READ_ALSO_LEAD_CHARS)
    m = RELATED_INTRO_RE.match(line)
    if m is None or next(el.iter("a"), None) is not None:
        return False
    rest = line[m.end():].lstrip()
    if not rest.startswith(":"):
        return False
    title = rest[1:].strip()
    return bool(title) and title[0].isupper() and title[-1] not in READ_ALSO_ENDS \
        and len(title.split()) <= READ_ALSO_TITLE_WORDS


def _among_paragraphs(el: etree._Element) -> bool:
    """Does `el` stand among a text's paragraphs, its parent holding two <p>s or more among its
    first MAX_INDEX_SIBLINGS children: a box set inside an article's text, whatever the page
    says it is?"""
    parent = el.getparent()
    return parent is not None and sum(
        1 for child in islice(parent, MAX_INDEX_SIBLINGS) if child.tag == "p") >= MIN_BOX_PARAGRAPHS


def _set_related_box(el: etree._Element, tag: str, article: bool) -> bool:
    """Is `el` a box of further reading (_related_box) where it stands: on an article or as an
    <aside>, headed by a heading or a line; off them, set among a text's paragraphs (a line heads
    it), or between two blocks of the text (a builder's box with its heading: _between_prose)?"""
    if not _related_box(el):
        return False
    if article or tag == "aside":
        return True
    return _between_prose(el) or (_related_box(el, headed=False) and _among_paragraphs(el))


def _related_link_card(el: etree._Element) -> bool:
    """Is the link `el` a teaser card set apart between two blocks (no words around it), its first
    child a leaf kicker that names it further reading (RELATED_INTRO_RE, RELATED_KICKERS) and a
    title after it? A link inside a sentence, or led by any other line, is the text's."""
    if (el.text or "").strip() or (el.tail or "").strip():
        return False
    before, after = el.getprevious(), el.getnext()
    if before is None or after is None or (el.getparent().text or "").strip():
        return False
    first = el[0]
    if not isinstance(first.tag, str) or len(first) or len(first.text or "") > MAX_BOX_HEAD_CHARS:
        return False
    head = first.text or ""
    if not (label_key(head) in RELATED_KICKERS or _names_related(head)):
        return False
    return any(" ".join(child.text_content().split()) for child in first.itersiblings())


def _between_prose(el: etree._Element) -> bool:
    """Does `el`, or the layout wrapper it alone fills (up to BETWEEN_PROSE_LEVELS), stand between
    two blocks of a text's paragraphs (a builder's text blocks: the box its editor set among them)?"""
    node = el
    for _ in range(BETWEEN_PROSE_LEVELS):
        before, after = previous_element(node), next_element(node)
        if before is not None or after is not None:
            return before is not None and after is not None and has_prose(before) and has_prose(after)
        parent = node.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        node = parent
    return False


def _ad_box(el: etree._Element) -> bool:
    """Is `el` a short box whose first child, a line alone with no link, is an advertisement's
    label (AD_LABELS: "Anzeige", "Sponsored"), with more after it: the ad, whatever its class?"""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    if first is None or first.getnext() is None or (el.text or "").strip() or next(first.iter("a"), None) is not None:
        return False
    head = first.text_content()
    return len(head) <= MAX_BOX_HEAD_CHARS and label_key(head) in AD_LABELS


def _box_head(el: etree._Element) -> str | None:
    """The head of a box of items whatever its class: its first child, a short line alone
    (MAX_BOX_HEAD_CHARS) with no link in it, over one or more blocks of one tag and class, each
    with text (comments, each its poster and words; teasers, each a title and a line). None when
    `el` is no such box; the caller reads the head's words ("Comments", "Most read")."""
    children = [child for child in islice(el, MAX_INDEX_SIBLINGS) if isinstance(child.tag, str)]
    if len(children) < 2 or (el.text or "").strip() or next(children[0].iter("a"), None) is not None:
        return None
    head = " ".join(children[0].text_content().split()).strip(" :")
    if not head or len(head) > MAX_BOX_HEAD_CHARS:
        return None
    first = children[1]
    if all(_same_item_shape(child, first) and child.text_content().strip() for child in children[1:]):
        return head
    return None


def _same_item_shape(el: etree._Element, other: etree._Element) -> bool:
    """Are `el` and `other` items of one template: one tag, and one class, or class words of which
    each has at most MAX_ITEM_CLASS_CHANGES the other lacks among MIN_ITEM_CLASS_SHARED or more they
    share (a threaded reply's indent in utility classes: "pl-12 before:left-6" for "pl-6 before:hidden")?"""
    if el.tag != other.tag:
        return False
    names, others = el.get("class"), other.get("class")
    if names == others:
        return True
    words, other_words = set((names or "").split()), set((others or "").split())
    return len(words & other_words) >= MIN_ITEM_CLASS_SHARED and len(words - other_words) <= MAX_ITEM_CLASS_CHANGES \
        and len(other_words - words) <= MAX_ITEM_CLASS_CHANGES


def _names_related(text: str) -> bool:
    """A lead-in of a few words that names what follows related or further reading."""
    return len(text.split()) <= MAX_RELATED_INTRO_WORDS and RELATED_INTRO_RE.search(text) is not None


def _intro_neighbour(el: etree._Element, preceding: bool) -> etree._Element | None:
    """The nearest element before (or after) `el` among its siblings, past INTRO_SKIPPED_TAGS."""
    node = el.getprevious() if preceding else el.getnext()
    while node is not None and (not isinstance(node.tag, str) or node.tag in INTRO_SKIPPED_TAGS):
        node = node.getprevious() if preceding else node.getnext()
    return node


def _unwrapped(el: etree._Element, tags: Collection[str]) -> etree._Element | None:
    """`el` when its tag is one of `tags`, or its one child of them when `el` is a wrapper
    (INTRO_WRAPPER_TAGS) holding that child and no other element or text; else None."""
    if el.tag in tags:
        return el
    child = _sole_child(el) if el.tag in INTRO_WRAPPER_TAGS else None
    return child if child is not None and child.tag in tags else None


def _sole_child(el: etree._Element) -> etree._Element | None:
    """`el`'s one child element when `el` holds nothing else (no other element, no text of its
    own or after that child): a layout wrapper around it; else None."""
    if (el.text or "").strip():
        return None
    children = list(islice((child for child in el if isinstance(child.tag, str)), 2))
    if len(children) != 1 or (children[0].tail or "").strip():
        return None
    return children[0]


def _heads_index_section(el: etree._Element) -> bool:
    if not _after_heading(el):
        return False
    parent = el.getparent()
    kind = el.get("class")
    alike = (sib for sib in islice(parent, MAX_INDEX_SIBLINGS)
             if sib.tag == el.tag and sib.get("class") == kind and _after_heading(sib))
    return count_up_to(alike, MIN_INDEX_SECTIONS) >= MIN_INDEX_SECTIONS


def _after_heading(el: etree._Element) -> bool:
    """Does a heading, not a link (or a short wrapper that opens with one: its "edit" link beside
    it), come right before `el`?"""
    before = previous_element(el)
    if before is not None and before.tag in INDEX_LEAD_TAGS and link_density(before) <= MAX_LINK_DENSITY:
        before = previous_element(before)  # the section's lead paragraph, between its heading and its links
    if before is None:
        return False
    if before.tag not in HEADING_TAGS:
        before = next((child for child in before if isinstance(child.tag, str)), None) \
            if len(before.text_content()) <= MAX_INDEX_HEADING_CHARS else None
        if before is None or before.tag not in HEADING_TAGS:
            return False
    return link_density(before) <= MAX_LINK_DENSITY  # (a linked heading titles a menu's column: a sitemap)


def _is_slide(el: etree._Element) -> bool:
    """Is the block a carousel's slide (ARIA's roledescription, or its class words)?"""
    return (el.get("aria-roledescription") or "").lower() == "slide" \
        or CAROUSEL_RE.search((el.get("class") or "").lower()) is not None


# The thousands separator of an axis label's number ("2,498", "10 000"): a mark before three digits.
THOUSANDS_MARK_RE = lazy(r"[.,  ](?=\d{3}(?:\D|$))")


def _axis_values(text: str) -> list[tuple[float, str]] | None:
    """(number, its currency and unit) of each label of a text that is only numbers, units and
    separators, or None."""
    values: list[tuple[float, str]] = []
    after_number = False
    for token in text.split():
        if token in AXIS_SEPARATORS or (after_number and AXIS_UNIT_RE.fullmatch(token)):
            after_number = False
            continue
        m = AXIS_LABEL_RE.fullmatch(token)
        if m is None:
            return None
        after_number = True
        number = THOUSANDS_MARK_RE.sub("", m["number"]).replace(",", ".")
        value = float(number) * AXIS_MULTIPLIERS.get(m["unit"] or "", 1.0)
        unit = m["currency"] + (m["unit"] or "")
        # "$5k" and "$10" are one axis's unit: its multiplier is part of the number
        values.append((-value if token[0] in "-−" else value, unit.rstrip("kKMBT")))
    return values


def _is_axis(labels: list[tuple[float, str]]) -> bool:
    """At least MIN_AXIS_LABELS numbers of one unit (a bare 0 goes with any), in even steps."""
    if len(labels) < MIN_AXIS_LABELS or len({unit for value, unit in labels if value or unit}) > 1:
        return False
    values = [value for value, _ in labels]
    steps = [b - a for a, b in zip(values, values[1:])]
    if all(step > 0 for step in steps) or all(step < 0 for step in steps):
        if max(steps) - min(steps) <= AXIS_STEP_TOLERANCE * max(abs(step) for step in steps):
            return True  # 0 10 20 30
        if all(values):
            ratios = [b / a for a, b in zip(values, values[1:])]
            return max(ratios) - min(ratios) <= AXIS_STEP_TOLERANCE * max(ratios)  # 1 10 100 1000
    return False


def _block_axis_values(el: etree._Element) -> list[tuple[float, str]] | None:
    """The numbers of a block that holds only numbers, reading each text node apart
    (one <span> per tick: "0", "10", "20" join into "01020" in its text_content)."""
    if el.tag not in AXIS_TAGS or (el.tail or "").strip() \
            or next(el.iterancestors(*AXIS_EXCLUDED_ANCESTORS), None) is not None:
        return None  # a number followed by words in its parent numbers them
    return _axis_values(" ".join(el.itertext()))


def _axis_run(el: etree._Element) -> list[etree._Element]:
    """The blocks of a chart axis that starts at `el`: `el` alone when it holds the whole axis,
    else `el` and the one-number blocks after it, when together they read as an axis; or []."""
    values = _block_axis_values(el)
    if not values:
        return []
    if _is_axis(values):
        return [el]
    run = [el]
    sibling = el.getnext()
    while sibling is not None and isinstance(sibling.tag, str):
        more = _block_axis_values(sibling)
        if not more:
            break
        values += more
        run.append(sibling)
        sibling = sibling.getnext()
    return run if len(run) > 1 and _is_axis(values) else []


def _is_labelled_link(el: etree._Element, text: str) -> bool:
    """One link (or a few: MAX_LABELLED_LINKS) and, besides them, only a label ("Lee también",
    "اقرأ أيضاً:")."""
    anchors = list(islice(el.iter("a"), MAX_LABELLED_LINKS + 1))
    links = [a for a in anchors if a.text_content().strip()]
    if not links or len(anchors) > MAX_LABELLED_LINKS:
        return False
    rest = text
    for link in links:
        rest = rest.replace(link.text_content().strip(), " ", 1)
    return bool(rest.strip()) and (is_label(rest) or ARROW_LEAD_IN_RE.fullmatch(rest) is not None)


def _has_named_child(el: etree._Element) -> bool:
    """Has a child with a class or id (a caption or byline <span> inside a <p>)?"""
    return any(child.get("class") or child.get("id") for child in el)


def _quotation_caption(el: etree._Element) -> bool:
    """Is `el` the caption of a figure that holds a quotation, a few words long: who said it, and
    their role (<figure><blockquote>…</blockquote><figcaption>Ann Lee, harbour master</figcaption>,
    the HTML standard's way to attribute a quotation)?"""
    parent = el.getparent()
    return el.tag == "figcaption" and parent is not None and next(parent.iter("blockquote"), None) is not None \
        and len(el.text_content().split()) <= MAX_QUOTATION_CAPTION_WORDS


def _in_quotation_caption(el: etree._Element) -> bool:
    """Is `el` inside a quotation's caption (_quotation_caption), QUOTATION_CAPTION_LEVELS up at
    most: "<figcaption><strong>Ann Lee,</strong> harbour master</figcaption>" under the quoted words
    names who said them, not who wrote the article."""
    node = el.getparent()
    for _ in range(QUOTATION_CAPTION_LEVELS):
        if node is None:
            return False
        if node.tag == "figcaption":
            return _quotation_caption(node)
        node = node.getparent()
    return False


def _holds_content(el: etree._Element) -> bool:
    """A <figure> holding a quote, table or code is content, not a captioned picture (and
    so is its <figcaption>: a table's caption is part of the data); so is a <blockquote>, whatever
    its class says ("gallery__quote": a quotation set between a photo story's paragraphs)."""
    if el.tag == "blockquote":
        return True
    if el.tag == "figcaption":
        parent = el.getparent()
        return parent is not None and next(parent.iter(*FIGURE_DATA_TAGS), None) is not None
    return el.tag == "figure" and next(el.iter(*FIGURE_CONTENT_TAGS), None) is not None


# A block of two or more paragraphs is text, however short (an article in Chinese or Japanese fits in
# 300 characters): a notice at its end goes alone, as its own paragraph, not the block around it. A
# paragraph counts with a sentence's length: a label over the notice ("Exclusive Story") does not.
_PARAGRAPH_TAGS = frozenset(("p", "div"))
_MIN_HELD_PARAGRAPHS = 2
_MIN_HELD_PARAGRAPH_CHARS = 40
# The blocks that hold an article's paragraphs side by side (_holds_paragraph_run).
_RUN_PARENT_TAGS = ("div", "section", "article", "main", "span", "td", "li")


def _placeholder(el: etree._Element) -> bool:
    """Is `el` a template's filler text ("Lorem ipsum dolor sit amet…", "Lorem ipsum 2"): a
    block of at most MAX_PLACEHOLDER_CHARS that opens with it? A theme ships its components
    with it and a site leaves an unused one in the page, hidden or not: it is never the story."""
    text = el.text_content()
    return len(text) <= MAX_PLACEHOLDER_CHARS and PLACEHOLDER_TEXT_RE.match(text) is not None


def _paywall_box(el: etree._Element) -> bool:
    """Is `el` a paywall's offer box: headed by a paywall notice ("This article is exclusive to
    subscribers", one of its first children a heading), its plans and prices below in short
    lines, no paragraphs of the story? The notice alone is too short a part of the box to
    name it; the heading says what the box is."""
    for n, child in enumerate(el):
        if n >= MAX_PAYWALL_HEADING_INDEX:
            return False
        if child.tag in HEADING_TAGS:
            heading = child.text_content().strip()
            return len(heading) < MAX_PAYWALL_CHARS and PAYWALL_TEXT_RE.search(heading) is not None \
                and not _holds_paragraphs(el)
    return False


def _holds_paragraphs(el: etree._Element, own: re.Pattern | None = None) -> bool:
    """Does the block hold two or more paragraphs of a sentence's length (its children)? With `own`,
    only paragraphs the rule's pattern does not match count, a CJK character for two letters (a word
    each): a story's paragraphs around one pitch (a short CJK body under the rule's length cap holds
    the whole story) are not the pitch's own."""
    held = 0
    for child in el:
        if child.tag in _PARAGRAPH_TAGS and (len(text := child.text_content().strip())
                                             + (cjk_count(text) if own is not None else 0)) >= _MIN_HELD_PARAGRAPH_CHARS \
                and (own is None or own.search(text) is None):
            held += 1
            if held >= _MIN_HELD_PARAGRAPHS:
                return True
    return False


def _holds_paragraph_run(el: etree._Element) -> bool:
    """Does the block hold, at any depth, a run of two or more sibling <p>s of a sentence's length?
    A short article in a builder's wrapper named for its lightbox or gallery ("gallery-wrapper") is
    a text; a gallery's captions each sit in their own slide or figure, one to a wrapper. (Asked of
    a short body only, under TIDY_GUARD_MIN_CHARS: the walk is short.)"""
    for node in el.iter(*_RUN_PARENT_TAGS):
        held = 0
        for child in node:
            if child.tag == "p" and len(child.text_content().strip()) >= _MIN_HELD_PARAGRAPH_CHARS:
                held += 1
                if held >= _MIN_HELD_PARAGRAPHS:
                    return True
    return False


def _is_credit(text: str) -> bool:
    """A credit line ends at the credit: '… contributed to this report.', not '… report from the meeting'."""
    m = CREDIT_RE.search(text)
    return m is not None and (m.start() <= 2 or len(text) - m.end() <= MAX_AFTER_CREDIT)


# A run of word characters: the words a text is compared by (_key).
WORD_RUN_RE = lazy(r"\w+")


def _key(text: str) -> str:
    return " ".join(WORD_RUN_RE.findall(text.lower()))


def _title_trail(el: etree._Element, title_key: str) -> bool:
    """Is this list a trail of where the page stands: MIN_TRAIL_ITEMS to MAX_TRAIL_ITEMS items,
    each a link with nothing but marks beside it ("›", "»", "/"), the last one the page's own title
    (a link or not)? Whatever its class says, in whatever language its places are named."""
    items = [child for child in el if isinstance(child.tag, str)]
    if not MIN_TRAIL_ITEMS <= len(items) <= MAX_TRAIL_ITEMS or any(item.tag != "li" for item in items) \
            or not _repeats_title(items[-1].text_content(), title_key):
        return False
    for item in items[:-1]:
        links = [a for a in item.iter("a")]
        if len(links) != 1:
            return False
        own = item.text_content().replace(links[0].text_content(), "", 1)
        if WORD_CHAR_RE.search(own) is not None or not links[0].text_content().strip():
            return False
    return True


def _repeats_title(text: str, title_key: str) -> bool:
    """Does the heading say the title, alone or as the head of a <title> template printed into
    the page ("Headline | Opinion", read as "Headline" for the title too)?"""
    return _key(text) == title_key or _key(text.partition(_TITLE_TEMPLATE_BAR)[0]) == title_key


def _other_vote_state(el: etree._Element) -> bool:
    """Is this score the one shown to a reader who voted (VOTE_STATE_CLASSES), beside the one shown
    to a reader who has not ("unvoted")?"""
    classes = el.get("class", "").lower().split()
    if SCORE_CLASS not in classes or VOTE_STATE_CLASSES.isdisjoint(classes):
        return False
    parent = el.getparent()
    return parent is not None and any(UNVOTED_CLASS in sibling.get("class", "").lower().split()
                                      for sibling in parent if sibling is not el and isinstance(sibling.tag, str))


def _engine_link_text(text: str) -> bool:
    """Is this a link's whole text a forum engine prints, no word of a post: a hidden attachment's
    stand-in (ATTACHMENT_LINK_RE) or a comment's fold toggle or count of replies (THREAD_TOGGLE_LINK_RE)?"""
    return ATTACHMENT_LINK_RE.match(text) is not None or THREAD_TOGGLE_LINK_RE.match(text) is not None


def _comment_count_link(a: etree._Element, text: str | None) -> bool:
    """Is this link's whole text a count of comments ("0 comments"), alone on its line?"""
    words = " ".join((a.text_content() if text is None else text).split())
    return 0 < len(words) <= MAX_COMMENT_COUNT_LINK_CHARS and COMMENT_COUNT_LINK_RE.match(words) is not None \
        and _alone_on_its_line(a)


def _reply_subject(text: str, title_key: str) -> bool:
    """Is this (stripped) text a reply's subject line: a reply prefix ("Re:") before the title?"""
    if len(text) > MAX_REPLY_SUBJECT_CHARS:
        return False
    prefix = REPLY_SUBJECT_RE.match(text)
    return prefix is not None and _key(text[prefix.end():]) == title_key


_TITLE_TEMPLATE_BAR = " | "
# The blocks of text that show a heading after them heads a section of the text (not a table:
# its caption, a credit line, may end as a sentence above a headline). wcxb-dev articles tune
# +0.00005, check +0.00005 (six tune and three check pages up, none down).
TEXT_BEFORE_HEADING_TAGS = frozenset(("p", "div", "ul", "ol", "blockquote"))


def _heads_quotation(el: etree._Element) -> bool:
    """Is this heading set inside a <blockquote> (a summary box or a quoted passage under its own
    heading)? The page's headline never is: the heading is the box's, whatever words it shares."""
    parent = el.getparent()
    return parent is not None and parent.tag == "blockquote"


def _story_before(el: etree._Element) -> bool:
    """Does a story stand before `el` in the page: MIN_CHUNK_PROSE characters of sentences (or of
    paragraphs in a script that marks no sentence's end: prose_length) in the siblings before it and
    before each of its ancestors (STORY_BEFORE_LEVELS up at most)? A box of
    the latest news after a story is the site's; one that opens a listing is the listing."""
    prose, node = 0, el
    for _ in range(STORY_BEFORE_LEVELS):
        for sib in islice(node.itersiblings(preceding=True), MAX_INDEX_SIBLINGS):
            if isinstance(sib.tag, str):
                prose += boilerplate.prose_chars(sib)
                if prose >= MIN_CHUNK_PROSE:
                    return True
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return False
    return False


STORY_BEFORE_LEVELS = 8


def _after_prose(el: etree._Element) -> bool:
    """Does a paragraph of sentences come right before this heading? It then heads a section of
    the text ("…our picks below." then "The best kites of the year"), it is not the headline."""
    before = previous_element(el)
    return before is not None and before.tag in TEXT_BEFORE_HEADING_TAGS and boilerplate.prose_chars(before) > 0


# ---------------------------------------------------------------- comments (--comments)


def collect_comments(root: etree._Element) -> list[etree._Element]:
    """Detach the outermost reader-comment containers, to be appended after the body,
    without their form: the comments and their authors stay, the reply box goes."""
    found: list[etree._Element] = []
    for el in root.iter("div", "section", "ol", "ul", "aside"):
        names = f"{el.get('class', '')} {el.get('id', '')}".lower()
        if COMMENTS_RE.search(names) and el.text_content().strip():
            if not any(contains(f, el) for f in found):
                found.append(el)
    comments = [detach(el) for el in found]
    for el in comments:
        _drop_comment_form(el)
    return [el for el in comments if el.text_content().strip()]


def _drop_comment_form(comments: etree._Element) -> None:
    """Take the form out of a comments container: <form>s, the reply box by its class/id words,
    the hard chrome (inputs, buttons, hidden honeypot fields) and the form's labels."""
    wrapper = comments.makeelement("div")
    wrapper.append(comments)
    for el in [el for el in comments.iter("form", "div", "section", "p", "span", "a", "label", "small",
                                          "h1", "h2", "h3", "h4", "h5", "h6")]:
        if el.tag == "form" or COMMENT_FORM_RE.search(f"{el.get('class', '')} {el.get('id', '')}".lower()):
            drop(el)
    boilerplate.strip(wrapper, Options(), structural=True)
    for el in [el for el in comments.iter("p", "div", "span", "a", "label", "small", "b", "strong",
                                          "h1", "h2", "h3", "h4", "h5", "h6")]:
        text = el.text_content()
        if len(text) < MAX_COMMENT_LABEL_CHARS and _comment_label_key(text) in COMMENT_FORM_LABELS:
            drop(el)
    wrapper.remove(comments)


def _comment_label_key(text: str) -> str:
    return " ".join(text.lower().split()).strip(COMMENT_LABEL_TRIM)


def append_comments(body: etree._Element, comments: list[etree._Element]) -> None:
    """Append the comments under a "Comments" heading at the level of the article's top
    headings, the comments' own headings below it: the article's headings keep the levels
    they have without --comments (the Markdown numbers them from the top level)."""
    if not comments:
        return
    top = _top_heading_level(body) or 2
    heading = etree.SubElement(body, f"h{top}")
    heading.text = "Comments"
    for el in comments:
        own_top = _top_heading_level(el)
        if own_top is not None:
            for h in [h for h in el.iter(*HEADING_TAGS)]:
                h.tag = f"h{min(6, int(h.tag[1]) - own_top + top + 1)}"
        body.append(el)


def _top_heading_level(el: etree._Element) -> int | None:
    return min((int(h.tag[1]) for h in el.iter(*HEADING_TAGS)), default=None)
