"""Removing chrome: every rule that removes a block of the page, in one table.

A rule matches by tag, ARIA role, hidden state or class/id vocabulary (in
several languages). Rules are *hard* (the block is never article text:
scripts, hidden elements, dialogs, cookie banners) or *soft* (usually chrome,
but a CMS may put the article inside: a soft rule never removes a block that
holds more than `GUARD_SHARE` of the page's text).

`strip()` walks the tree once, iteratively (pages can be 200,000 levels
deep), removing matches and skipping their subtrees, and returns the
`Removal` records that `--explain` prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice

from lxml import etree

from .cjk import cjk_count
from .images import adopt_noscript_images
from .streamed import place_segments
from .model import NODE_ATTR, Options, Removal
from .rules import (ARTICLE_GUARD_SHARE, SHORT_PAGE_CHARS, SHORT_PAGE_LANDMARKS, MAX_HEADLINE_HEADER_LINK_DENSITY, MAX_CLOSING_ROWS, MAX_CLOSING_ROW_CHARS, FORM_ACTION_TAGS, HELD_FORM_ATTR, HELD_EMAIL_FIELD, NOT_ACTION_INPUT_TYPES, ARTICLE_TAGS, AUTHOR_BOX_TAGS, AUTHOR_CARD_BIO_ITEMPROP, AUTHOR_CARD_ITEMPROP, PHRASE_TAGS, WORD_RE, CODE_TAGS, FUNDING_HINT_WORDS, FUNDING_STATEMENT_HINT_RE, GUARD_MIN_CHARS, LANDMARK_RULES, FALLBACK_NAMED_RULES, FALLBACK_SIDE_RULES,
    GUARD_SHARE, HEADLINE_PROSE_SHARE, HIDDEN_STYLE_RE, MAX_FUNDING_BOX_CHARS, MAX_GUARD_CHECKS,
    MIN_PAGE_PROSE, MIN_PROSE_BLOCK, NAMED_CONTENT_SHARE, NAV_LINKS_DENSITY, NAV_TEXT_MIN_CHARS, MAX_NAV_TEXT_PARAGRAPHS, FIXED_CLASS_WORDS, MAX_FIXED_BAR_CHARS, PRICE_NAME_RE, PRICE_TEXT_RE, MAX_PRICE_TEXT_CHARS, OVERLAY_RULES, PAGE_LEVEL_TAG_RULES, PERMALINK_TEXTS, PROSE_CHECK_SHARE,
    PROSE_TAGS, PROSE_TEXT_TAGS, MARKUP_TAGS, MENU_LANDMARK_TAGS, MENU_LIST_LINK_DENSITY, MENU_LIST_SHARE, NESTED_LIST_TAGS, OPTION_TAGS, SHARE_CHECK, UNWRAPPED_WHEN_KEPT, PULL_QUOTE_WORDS_RE, ROLE_RULES, RULES, SEARCH_BOX_TAGS, SENTENCE_END_RE, prose_length, SKIP_TEXT_RE,
    CONTROL_ATTRIBUTES, QUESTION_END_RE, MAX_SHIPPING_ITEM_CHARS, MIN_POST_NUMBERS, POST_NUMBER_RE, FLOOR_NAMES, FLOOR_MARKS, POST_NUMBER_ENDS, FIELD_TAGS, TOGGLE_INPUT_TYPES, MAX_FIELD_LABEL_CHARS, SHIPPING_ITEM_LEVELS, CAROUSEL_CLASS_RE, GRID_BANNER_PARTS, GRID_BANNER_PART_RE, MAX_GRID_SIBLINGS, MAX_GRID_BANNER_CHARS, MIN_GRID_BANNER_CARDS, MIN_CAROUSEL_CARDS, PRICED_CARD_SHARE, MAX_CARD_CHARS, PRICE_RE, SHIPPING_RETURNS_LABEL_RE, FREE_SHIPPING_RE, MAX_SHIPPING_OFFER_CHARS, FREE_SHIPPING_HINTS, SHIPPING_OFFER_TAGS, SHIPPING_OFFER_INLINE_TAGS, SHIPPING_TITLE_TAGS, FOLD_STATE_WORDS, FOLDED_TAGS, HEADING_TAGS, MAX_DECK_CHARS, MAX_TEASER_CARDS, CJK_LETTERS, SLUG_SECTION_TAGS, MAX_SLUG_ANCHORS, SLUG_HEADING_LEVELS, MIN_MENU_TEXT_HEADINGS, MIN_MENU_TEXT_PARAGRAPHS, MAX_MENU_TEXT_LINK_DENSITY, MENU_TEXT_LEVELS, MIN_DISCLOSURE_TITLE_WORDS, MAX_FOLD_SIBLINGS, MAX_FOLD_TITLE_CHARS, MIN_TEMPLATE_ROWS, PAGE_REGION_RULES, BUILDER_ROW_RULES, ROW_SLOT_LEVELS, OPENING_ROW_LEVELS, PAGE_ROOT_TAGS, TEXT_FLOW_BEFORE_TAGS, TEXT_FLOW_AFTER_TAGS, MAX_CALLOUT_LINK_DENSITY, CALLOUT_CHILD_TAGS, OPENING_CALLOUT_LIST_TAGS, OPENING_CALLOUT_SKIPPED_TAGS, SLIDE_NAME_RE, TEMPLATE_ROW_MAX_LINK_DENSITY, MAX_FOLDED_LINK_DENSITY, MIN_FOLDED_CHARS,
    MAX_READ_MORE_LINK_DENSITY, MIN_RELATED_WRAPPER_PROSE, MAX_RELATED_WRAPPER_LINK_DENSITY, MIN_RELATED_BOX_LINK_DENSITY, MAX_SKIP_LINK_CHARS, PANEL_WRAPPER_LEVELS, READ_MORE_NAME_RE, PRODUCT_ONLY_RULES, UNMARKED_PAGE_RULES, ARTICLE_ONLY_RULES, STATE_CLASS_WORDS, TAB_PANE_WORD_RE, TAB_SET_MAX_LINK_DENSITY, TAB_SET_OUTSIDE_TAGS, TAB_SET_SHARE, TABLE_PART_TAGS, TAG_RULES, VEIL_SHARE, DIALOG_ARTICLE_SHARE, GATED_NEVER_ROLES, GATED_NEVER_TAGS,
    GATED_SHARE, class_rule, guard_words, id_is_slug)
from .tree import (contains, drop, first_words, leading_text, link_density, next_element, own_text, previous_element,
                   short_path, shows_words, word_count)



def strip(root: etree._Element, options: Options,
          main_text: Callable[[etree._Element, BlockTexts | None], etree._Element | None] | None = None,
          structural: bool = False, product: bool = False, article: bool = False) -> list[Removal]:
    """Remove chrome from the tree in place; return what was removed (with --explain).

    1. move streamed segments into place (streamed.py), remove code (scripts, styles), then
       measure the page's text;
    2. walk the body once, collecting the blocks each rule matches, outermost only;
    3. remove the hard matches (hidden, dialogs, embeds: never article text);
    4. ask the guard about the soft ones: a block that holds the page's main text (the
       element `main_text` picks, on the page as a reader sees it) or most of it stays, and
       so does every block of a rule whose blocks together would take more of the main
       text than its `max_share`; kept blocks are walked again for the chrome inside them;
    5. remove the rest;
    6. remove the links the walk found that are a thread's post numbers ("#21", "#22"...),
       once it has seen them all (_thread_numbers).

    With `structural`, only the hard rules apply (a fallback pass that starts again from
    the page as a reader sees it, when the soft rules took the article). The reviews rule
    applies only on a page that says it is a `product`, the call-to-action rule only on one
    that says it is an `article`.
    """
    body = root.find("body")
    if body is None:
        body = root
    walker = _Walker(options, 1)
    walker.product = product
    walker.article = article
    place_segments(root)  # streamed parts move to their placeholders, as the page's script moves them
    if options.images:  # the real <img> of a lazy-loading page sits in <noscript>
        adopt_noscript_images(root)
    for el in [el for el in root.iter(*CODE_TAGS)]:
        walker.remove(el, "code")
    for el in body.iter(*MARKUP_TAGS):
        if next(el.iter("p"), None) is not None:
            el.tag = "div"  # an <svg> or <math> holding paragraphs swallowed the page (an unclosed tag)
            walker.changes += 1
    for el in _field_labels(body):
        walker.remove(el, "form-control")
    # A list's options go before anything is measured: a country <select> of 300 names
    # inside a newsletter box must not make that box look like the page's main text.
    for el in [el for el in body.iter(*OPTION_TAGS) if el.getparent() is not None]:
        if not any(a.tag in OPTION_TAGS for a in el.iterancestors()):
            walker.remove(el, "form-control")
    page_text = body.text_content()
    walker.total = len(page_text) or 1
    walker.body = body
    if product:
        walker.product_blocks = dict.fromkeys(_shipping_items(body), "shipping-returns")
        walker.product_blocks.update(dict.fromkeys(_shipping_offers(body, page_text), "shipping-returns"))
        walker.product_blocks.update(dict.fromkeys(_card_carousels(body), "product-cards"))
    walker.tab_panels = TabPanels(body)
    walker.find_main = main_text
    pending = [(body, (frozenset() if product else PRODUCT_ONLY_RULES) | (frozenset() if article else ARTICLE_ONLY_RULES)
                | (UNMARKED_PAGE_RULES if product or article else frozenset()))]
    while pending:
        scope, disabled = pending.pop()
        soft = []
        for el, rule, hard in walker.collect(scope, disabled):
            if hard:
                walker.remove(el, rule)
            else:
                soft.append((el, rule))
        kept = {el: False for el, _ in soft} if structural else walker.guard(soft, scope)
        for el, rule in soft:
            if structural:  # only the hard rules, and a product's reviews (never its text: see guard())
                if rule in PRODUCT_ONLY_RULES and not walker.holds_the_page(el, len(el.text_content())):
                    walker.remove(el, rule)
                continue
            if el in kept:
                if el.tag in UNWRAPPED_WHEN_KEPT:
                    el.tag = "div"  # a <noscript> that holds the page's text is its content
                    walker.changes += 1
                pending.append((el, disabled | {rule} if kept[el] else disabled))
            else:
                walker.remove(el, rule)
    for el in _thread_numbers([el for el in walker.post_numbers if contains(body, el)]):
        walker.remove(el, "permalink")
    return walker.removals


def _shipping_items(body: etree._Element) -> frozenset[etree._Element]:
    """A product page's shipping-and-returns items: the accordion item or box that a title
    of only such a label ("Delivery & Returns") opens, the block around the title that starts
    with it and holds more. Not a list of such titles (a tab bar, a footer's links: the title's
    block has siblings of its tag and class there), nor a block past MAX_SHIPPING_ITEM_CHARS."""
    items = set()
    for el in body.iter(*SHIPPING_TITLE_TAGS):
        text = el.text
        if not text or len(text) > 60 or len(el) > 2:
            continue
        label = " ".join(el.text_content().split()).lower()
        if not SHIPPING_RETURNS_LABEL_RE.match(label):
            continue
        item = _item_titled(el, len(label))
        if item is not None:
            items.add(item)
    return frozenset(items)


def _shipping_box(el: etree._Element) -> bool:
    """Is `el`, which class words name shipping, the item that a shipping-and-returns title opens
    (_shipping_items: its title inside, nothing before it), and no more (MAX_SHIPPING_ITEM_CHARS)?"""
    return len(el.text_content()) <= MAX_SHIPPING_ITEM_CHARS and el in _shipping_items(el)


def _shipping_offers(body: etree._Element, page_text: str) -> list[etree._Element]:
    """A product page's free-shipping lines with a threshold (FREE_SHIPPING_RE and a sum): from
    each text that names the offer, the outermost block around it whose whole text is the line
    (MAX_SHIPPING_OFFER_CHARS at most), `page_text` the body's. An inline element only when its
    parent holds nothing else."""
    if not _names_free_shipping(page_text):
        return []  # most pages: substring tests, then one search
    found: list[etree._Element] = []
    for node in body.iter():
        if not isinstance(node.tag, str):
            continue
        for piece, holder in ((node.text, node), (node.tail, node.getparent())):
            if not piece or holder is None or not _names_free_shipping(piece):
                continue
            line = _offer_line(holder, body)
            if line is not None and not any(contains(outer, line) for outer in found):
                found = [outer for outer in found if not contains(line, outer)] + [line]
    return found


def _names_free_shipping(text: str) -> bool:
    """Does `text` name a free-shipping offer (FREE_SHIPPING_RE, after FREE_SHIPPING_HINTS)?"""
    lowered = text.lower()
    return any(hint in lowered for hint in FREE_SHIPPING_HINTS) and FREE_SHIPPING_RE.search(lowered) is not None


def _offer_line(holder: etree._Element, body: etree._Element) -> etree._Element | None:
    """The outermost SHIPPING_OFFER_TAGS element from `holder` up whose whole text is a short line
    holding a sum, or None."""
    best, text = None, ""
    node: etree._Element | None = holder
    while node is not None and node is not body:
        here = " ".join(node.text_content().split())
        if len(here) > MAX_SHIPPING_OFFER_CHARS:
            break
        if node.tag in SHIPPING_OFFER_TAGS and PRICE_RE.search(here):
            best, text = node, here
        node = node.getparent()
    if best is None or best.tag not in SHIPPING_OFFER_INLINE_TAGS:
        return best
    parent = best.getparent()
    return best if parent is not None and " ".join(parent.text_content().split()) == text else None


def _card_carousels(body: etree._Element) -> list[etree._Element]:
    """A product page's carousels of other products' cards, outermost (CAROUSEL_CLASS_RE)."""
    found: list[etree._Element] = []
    for el in body.iter():
        names = el.get("class")
        if not names or not CAROUSEL_CLASS_RE.search(names.lower()) or not isinstance(el.tag, str):
            continue
        if any(contains(outer, el) for outer in found):
            continue
        cards = max(([child for child in node if isinstance(child.tag, str)] for node in el.iter()), key=len)
        if len(cards) < MIN_CAROUSEL_CARDS:
            continue
        texts = [" ".join(card.text_content().split()) for card in cards]
        if max(len(text) for text in texts) > MAX_CARD_CHARS:
            continue
        if sum(1 for text in texts if PRICE_RE.search(text)) >= PRICED_CARD_SHARE * len(cards):
            found.append(el)
    return found


def _item_titled(title: etree._Element, label_chars: int) -> etree._Element | None:
    """The block that `title` opens: its nearest ancestor (SHIPPING_ITEM_LEVELS up at most) with
    more text than the title, starting with it, where the title's branch has no sibling of its
    own tag and class (the other items of a list of titles)."""
    node = title
    for _ in range(SHIPPING_ITEM_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "main", "article"):
            return None
        if any(child is not node and child.tag == node.tag and child.get("class") == node.get("class")
               for child in parent):
            return None
        text = " ".join(parent.text_content().split())
        if len(text) > label_chars + 1:
            if len(text) > MAX_SHIPPING_ITEM_CHARS or not SHIPPING_RETURNS_LABEL_RE.match(
                    text[:label_chars].lower()):
                return None
            return parent
        node = parent
    return None


def _thread_numbers(links: list[etree._Element]) -> list[etree._Element]:
    """The links of a thread's posts' numbers ("#1", "#2"...), counted one by one: MIN_POST_NUMBERS
    or more that follow each other (one "#1" link is a ranking's; "#20424", "#20771" are a change
    log's issues, links to other pages); else none."""
    if len(links) < MIN_POST_NUMBERS:
        return []
    numbers = {_post_number_value(link.text_content()) for link in links}
    if sum(1 for number in numbers if number + 1 in numbers) < MIN_POST_NUMBERS - 1:
        return []
    return links


def _post_number_value(text: str) -> int:
    """The number a post's number link says: "#12", "12#", "12楼", "Post #12 of 30" give 12, "沙发" 2
    (FLOOR_NAMES)."""
    text = "".join(text.split()).lower().removeprefix("post").partition("of")[0]  # "Post #12 of 30": 12
    return FLOOR_NAMES.get(text) or int(text.strip("".join(FLOOR_MARKS)))


def _post_number(link: etree._Element) -> bool:
    """Is this link a forum post's number ("#12", "12#", "12楼", a floor's name "沙发", also
    "<a><span>#12</span></a>", "<a><em>12</em>#</a>"): its whole text, outside any sentence?"""
    text = link.text
    if not (text and text.strip()) and len(link):
        text = link[0].text
        if text and text.strip().isdigit():
            text = link.text_content()  # Discuz!'s "<em>5</em>#"
    if not text:
        return False
    # (most links: no regular expression asked, no text gathered, by the last character: a digit
    # after "#", a floor's mark or the last character of a floor's name)
    last = text.rstrip()[-1:]
    if not (last in POST_NUMBER_ENDS or last.isdigit() and "#" in text):
        return False
    return POST_NUMBER_RE.fullmatch(link.text_content()) is not None and not _in_running_text(link)


_AUTHOR_CARD_BIO = etree.XPath(f".//*[@itemprop='{AUTHOR_CARD_BIO_ITEMPROP}']")


def _author_card(el: etree._Element, tag: str, itemprop: str) -> bool:
    """Is this a box schema.org marks as the author that holds their description: an author card
    ("<div itemprop=author>… <p itemprop=description>Ann Lee covers ports…</p></div>")?"""
    return tag in AUTHOR_BOX_TAGS and AUTHOR_CARD_ITEMPROP in itemprop.split() \
        and bool(_AUTHOR_CARD_BIO(el))


def _id_is_heading_slug(el: etree._Element, tag: str, ident: str) -> bool:
    """Is `ident` the slug of the words of `el`, a heading, or of the heading that opens `el`, a
    section (its first child, past empty anchors and inside wrappers: a documentation engine names
    each section after its heading, "sorting-old-comments"), or the id the heading's permalink leads
    to (SLUG_HEADING_LEVELS, MAX_SLUG_ANCHORS)? Such an id names no role. A heading holding its
    own permalink (a documentation engine's "Signature" with its link to "#signature") is named
    by its id whatever the id's length."""
    if tag in HEADING_TAGS and any(link.get("href") == f"#{ident}" for link in el.iter("a")):
        return True
    if tag not in HEADING_TAGS:
        anchors = {ident}
        el = _opening_heading(el, anchors)
        if el is None:
            return False
        anchors.add(el.get("id"))
        after = el.getnext()
        links = [*el.iter("a"), *([after] if after is not None and after.tag == "a" else [])]
        if any(link.get("href", "")[1:] in anchors for link in links if link.get("href", "").startswith("#")):
            return True  # the heading's permalink to its own section
    return id_is_slug(ident, partial(leading_text, el))


def _opening_heading(el: etree._Element, anchors: set[str]) -> etree._Element | None:
    """The heading that opens the section `el`: its first child, or that child's first child in
    wrappers (SLUG_HEADING_LEVELS), past empty anchors (MAX_SLUG_ANCHORS), whose ids it adds to
    `anchors`; None when the section opens with anything else."""
    for _ in range(SLUG_HEADING_LEVELS):
        children = (child for child in el if isinstance(child.tag, str))
        el = next(children, None)
        while el is not None and el.tag not in HEADING_TAGS and len(anchors) <= MAX_SLUG_ANCHORS \
                and "id" in el.attrib and len(el) == 0 and not (el.text or "").strip():
            anchors.add(el.get("id"))  # an empty anchor: an older id of the section
            el = next(children, None)
        if el is None or el.tag in HEADING_TAGS:
            return el
        if el.tag != "div":
            return None
    return None


def _in_running_text(el: etree._Element) -> bool:
    """Does `el` sit inside a sentence: words of its parent on both sides of it?"""
    if not WORD_RE.search(el.tail or ""):
        return False
    before = el.getprevious()
    if before is None:
        parent = el.getparent()
        return parent is not None and WORD_RE.search(parent.text or "") is not None
    return WORD_RE.search(before.tail or "") is not None or before.tag in PHRASE_TAGS


def _hover_card_trigger(el: etree._Element, tag: str) -> bool:
    """Is this inline element, named a tool tip or hover card, the words of a sentence that the
    card hangs on: a <span> in running text that opens with them, or the link that opens it?"""
    if tag == "span":
        return _opens_with_words(el) and _in_running_text(el)
    parent = el.getparent()
    return tag in PHRASE_TAGS and parent is not None and parent.tag == "span" and el.getprevious() is None \
        and not (parent.text or "").strip() and WORD_RE.search(el.text_content()) is not None \
        and _in_running_text(parent)


def _opens_with_words(el: etree._Element) -> bool:
    """Does this inline element open with words of its own or of a phrase element (a link, an
    emphasis) before anything else: the words a hover card or tool tip wrapper is hung on?"""
    if WORD_RE.search(el.text or ""):
        return True
    first = next((child for child in el if isinstance(child.tag, str)), None)
    return first is not None and first.tag in PHRASE_TAGS and WORD_RE.search(first.text_content()) is not None


def _unfolded_text(el: etree._Element) -> bool:
    """Is this block, named for "read more", the text the button unfolds: sentences, not links?"""
    names = f"{el.get('class', '')} {el.get('id', '')}"
    return READ_MORE_NAME_RE.search(names) is not None and prose_chars(el) >= MIN_PROSE_BLOCK \
        and link_density(el) <= MAX_READ_MORE_LINK_DENSITY


def _wraps_text(el: etree._Element) -> bool:
    """Does this block, named for related links, wrap a block of the text's paragraphs beside a
    box of them: a child of MIN_RELATED_WRAPPER_PROSE characters of sentences, nearly no links,
    and another child mostly links (a box of teasers whose excerpts are text is no such pair)?
    Or is it that block: as many characters of sentences, and not one link?"""
    if next(el.iter("a"), None) is None:
        return prose_chars(el) >= MIN_RELATED_WRAPPER_PROSE  # (or is that text itself: no link at all)
    children = [child for child in el if isinstance(child.tag, str)]
    return any(link_density(child) >= MIN_RELATED_BOX_LINK_DENSITY for child in children) \
        and any(prose_chars(child) >= MIN_RELATED_WRAPPER_PROSE
                and link_density(child) <= MAX_RELATED_WRAPPER_LINK_DENSITY for child in children)


# The document's disclosure buttons: aria-controls with aria-expanded. Found from the attribute
# (libxml2 then tests aria-expanded on their few owners only, not on every element): a third
# less time than "//*[@aria-expanded][@aria-controls]", the same elements.
OPENERS_XPATH = etree.XPath("//@aria-controls/parent::*[@aria-expanded]")
# An element's tab panels, itself included (TabPanels).
TAB_PANELS_XPATH = etree.XPath("descendant-or-self::*[@role='tabpanel']")
# Whether a body holds any: asked of the role attributes, which libxml2 reaches without testing a
# predicate on every element (~40% less time than TAB_PANELS_XPATH over a body, the same answer).
PANEL_ROLES_XPATH = etree.XPath("descendant-or-self::*/@role[. = 'tabpanel']")


class TabPanels:
    """Does the body of a strip() pass hold any tab panel (role=tabpanel)? Asked once, on the
    guard's first question: the guard asks of every soft match which panels it holds, and a
    search of each match's subtree cost ~2% of clean(), while most pages have no panel at all.
    strip() removes elements and never gives one a role: a body with no panel keeps none."""

    def __init__(self, body: etree._Element) -> None:
        self.body = body
        self.any: bool | None = None

    def under(self, el: etree._Element) -> list[etree._Element]:
        """The panels in `el` or `el` itself, in document order."""
        if self.any is None:
            self.any = bool(PANEL_ROLES_XPATH(self.body))
        return TAB_PANELS_XPATH(el) if self.any else []


def _holds_tab_panel(el: etree._Element, tab_panels: TabPanels) -> bool:
    """Is `el` a tab set of the page's text: outside its menus, header and footer, tab panels
    (role=tabpanel) hold most of its text, one of them in sentences, not links?"""
    panels = tab_panels.under(el)  # (none on most pages: asked of the page once, then no walk)
    if not panels or next(el.iterancestors(*TAB_SET_OUTSIDE_TAGS), None) is not None:
        return False  # (a mega menu's tabs, in the page's <nav> or <header>)
    if sum(len(panel.text_content()) for panel in panels) < TAB_SET_SHARE * len(el.text_content()):
        return False
    return any(has_prose(panel) and link_density(panel) <= TAB_SET_MAX_LINK_DENSITY for panel in panels)


def _headline_header(el: etree._Element) -> bool:
    """Is this <header> the article's own, outside any <article>: it holds an <h1> in words (not
    a linked logo) and no menu, and links little (MAX_HEADLINE_HEADER_LINK_DENSITY)?"""
    return el.tag == "header" and _holds_headline(el)


def _holds_headline(el: etree._Element) -> bool:
    """Does this block hold the page's <h1> in words (not a linked logo), no menu, and few links
    (MAX_HEADLINE_HEADER_LINK_DENSITY): the title block of the page's own text?"""
    h1 = next(el.iter("h1"), None)
    if h1 is None or not shows_words(h1) or link_density(h1) > MAX_HEADLINE_HEADER_LINK_DENSITY:
        return False
    if next(el.iter("nav"), None) is not None or el.xpath(".//*[@role='navigation' or @role='menubar']"):
        return False
    return link_density(el) <= MAX_HEADLINE_HEADER_LINK_DENSITY


def _in_article(el: etree._Element) -> bool:
    """Is `el` inside an <article>, <main> or role=main (where <header>/<footer> are the article's)?"""
    return _article_around(el) is not None


def _article_around(el: etree._Element) -> etree._Element | None:
    """The nearest <article>, <main> or role=main around `el`, or None."""
    return next((a for a in el.iterancestors() if a.tag in ("article", "main") or a.get("role") == "main"), None)


class _Walker:
    """State of one strip() pass: options, page text size, removals so far."""

    def __init__(self, options: Options, total_text: int) -> None:
        self.options = options
        self.total = total_text
        self.removals: list[Removal] = []
        self.guard_checks = 0
        self.body: etree._Element | None = None
        self.tab_panels: TabPanels | None = None  # the body's tab panels, once asked
        self.page_prose = 0
        self.prose_blocks: dict[etree._Element, int] | None = None
        # the tree's changes so far (removals, tags changed): the texts the prose measure read
        # (block_texts) are the tree's while the count is the one they were read at: whatever changes
        # the tree in the strip (a removal, a tag changed) adds one
        self.changes = 0
        self.block_texts: BlockTexts | None = None
        self.block_texts_at = -1
        self.find_main: Callable[[etree._Element, BlockTexts | None], etree._Element | None] | None = None
        self.main_element: etree._Element | None = None
        self.thread_rules: set[str] = set()  # rules whose blocks are the page's posts (a forum thread)
        self.named: dict[etree._Element, int] = {}  # blocks kept for their article-content names: their size
        self.disclosed: frozenset[str] | None = None  # the ids that buttons open (aria-controls), once asked
        self.headlines: list[etree._Element] | None = None  # the page's <h1>s, once asked
        self.ids: dict[str, etree._Element] | None = None  # the page's elements by id, once asked
        self.product = False  # the page says it is a product (its related products share its template)
        self.article = False  # the page says it is an article (its sidebar's rows, its hidden slides are not its text)
        self.post_numbers: dict[etree._Element, None] = {}  # links that may be posts' numbers ("#12")
        # a product page's blocks its text names: shipping-and-returns items, other products' cards
        self.product_blocks: dict[etree._Element, str] = {}
        self.landmark_holders: frozenset[etree._Element] | None = None  # the ancestors of <main>, once asked
        self.menu_texts: set[etree._Element] = set()  # blocks named menus kept as text under headings

    def collect(self, scope: etree._Element, disabled: frozenset[str]) -> list[tuple[etree._Element, str, bool]]:
        """(element, rule, hard?) for every block below `scope` a rule matches, outermost only."""
        found = []
        walk = etree.iterwalk(scope, events=("start",))
        next(walk)  # the scope itself
        for _, el in walk:  # lxml walks in C; matched subtrees are skipped, not visited
            tag = el.tag
            if not isinstance(tag, str):
                continue
            attrs = el.attrib
            keys = attrs.keys()  # the names, read once: each read of an attribute costs a call into lxml
            if _unnamed(tag, attrs, keys) and not (self.product_blocks and el in self.product_blocks):
                continue  # most blocks: none of match()'s tests to run, its answer known
            matched = self.match(el, tag, attrs, keys, disabled)
            if matched is not None:
                found.append((el, *matched))
                walk.skip_subtree()
        return found

    def match(self, el: etree._Element, tag: str, attrs, keys: list[str],
              disabled: frozenset[str] = frozenset()) -> tuple[str, bool] | None:
        """(rule, hard?) when a rule takes `el`, or None (also when the guard keeps it). `attrs`:
        its attributes, `keys` their names."""
        if "role" in keys and attrs["role"].startswith("doc-"):
            return None  # DPUB roles (doc-endnotes, doc-footnote...) mark article parts, even on an <aside>
        rule = TAG_RULES.get(tag)
        if rule is None and tag in PAGE_LEVEL_TAG_RULES and not _in_article(el) and not _headline_header(el):
            rule = PAGE_LEVEL_TAG_RULES[tag]
        strong = rule is not None
        if rule is None and keys and tag not in TABLE_PART_TAGS:
            rule, strong = _attribute_rule(attrs, keys)
            if rule == "shipping-box" and (rule in disabled or not _shipping_box(el)):
                rule = None  # "delivery" names no box of a shop's terms here: read on as if unnamed
            if rule is not None and not strong and "id" in attrs and (tag in HEADING_TAGS or tag in SLUG_SECTION_TAGS) \
                    and _id_is_heading_slug(el, tag, attrs["id"]):
                rule = class_rule(f"{attrs.get('class', '')} {attrs.get('data-testid', '')}")  # the id is its words
            if rule is not None and not strong and tag in PHRASE_TAGS and _in_running_text(el):
                return None  # "a <a class=popup>word</a> in a sentence" is the sentence's word
            if rule == "modal" and not strong and _hover_card_trigger(el, tag):
                return None  # "… <span class=hovercard><a>Name</a><span class=hovercard-card>…" : the
                # name is the sentence's word; the card inside goes by its own class
            if rule == "site-header" and not strong and _in_article(el) and _holds_headline(el):
                return None  # "<main><header class=page-header><h1>…</h1><p>…": an archive's title and
                # its description, the page's own head inside its <main>, however a theme names it
            if rule == "search" and not strong and next(el.iter(*SEARCH_BOX_TAGS), None) is None and has_prose(el):
                return None  # a search page's results or its intro, with no box to type in
            if rule == "navigation" and not strong and not self.article and tag not in MENU_LANDMARK_TAGS \
                    and self._menu_of_text(el):
                return None  # an FAQ's tab set named a menu: questions over their answers
        if rule is None and "class" in keys:
            names = attrs["class"]  # read once for both tests below; each runs on every classed block
            if "fixed" in names and _fixed_bar(el, names):
                rule = "modal"  # a bar pinned over the page ("fixed bottom-0 z-50"): consent, an app's pitch
            # (GRID_BANNER_HINTS spelled out: no call, no generator for the many blocks with none)
            elif ("banner" in names or "promo" in names or "campaign" in names or "kampanya" in names) \
                    and _grid_banner(el, names):
                rule = "grid-banner"
        if rule is None and "itemprop" in keys and _author_card(el, tag, attrs["itemprop"]):
            rule = "author-bio"
        if (rule is None or rule in disabled) and self.product_blocks and el in self.product_blocks:
            rule = self.product_blocks[el]  # a shop's line its class calls a call-to-action (off articles)
        if rule is None and tag == "a" and _post_number(el):
            self.post_numbers[el] = None  # a thread's post number? Known once the walk has seen them all
            return None
        if not strong and tag == "a" and el.get("href", "").startswith("#"):
            # in-page links only: "Back to top", "Skip to content", "¶", by their words whatever a
            # class word says ("screen-reader-text skip-link"): the words are the stronger signal,
            # and a fallback pass, which keeps what class words name, sheds them too
            text = el.text_content()
            if rule is None and text.strip() in PERMALINK_TEXTS:
                rule = strong = "permalink"
            elif len(text) < 40 and SKIP_TEXT_RE.match(text):
                rule, strong = "skip-link", True
        if rule is None or rule in disabled or rule in self.thread_rules:
            return None
        if rule == "advertisement" and not strong and _price_box(el, attrs):
            return None  # "<div class=price-promotion>1.249,00 TL</div>": the item's (sale) price
        if rule == "navigation" and tag == "nav" and _nav_of_text(el):
            return None  # a site builder's dropdown panel made a <nav>: an FAQ's answer, nowhere to go
        if rule == "skip-link" and len(el.text_content()) > MAX_SKIP_LINK_CHARS:
            return None  # the skip link's target, named after it: the content it skips to
        if rule == "related" and not strong and (_unfolded_text(el) or self.article and _wraps_text(el)):
            return None
        if rule == "sidebar" and tag == "aside" and _text_callout(el):
            return None  # a note between the article's paragraphs
        if rule in ("comments", "reviews") and self.options.comments:
            return None
        # a hidden tab panel or a collapsed accordion's panel is one click away (a code sample's
        # other languages, a product's description), a veil is the page
        if rule == "hidden" and strong and (el.get("role") == "tabpanel" or self._is_panel(el) or _is_tab_pane(el)
                                                 or not self.article and _is_slide_of_text(el) or self._is_veil(el)
                                                 or self._is_gated(el)):
            return None
        if rule == "modal" and strong and (self._is_page_overlay(el) or self._is_dialog_article(el)):
            return None  # an article shown in a dialog over an empty page, or over its listing: the page's text
        if rule == "form-control" and tag == "button" and self._is_disclosure_title(el):
            el.tag = "span" if el.getparent() is not None and el.getparent().tag in HEADING_TAGS else "div"
            self.changes += 1
            return None  # an accordion's title: the question its folded answer answers
        if rule == "hidden" and not strong and _is_hidden_alternative(el):
            return None  # one of a set's panels, hidden by a class word while a sibling of its shape shows
        if rule == "hidden" and _is_folded_text(el):
            return None  # an accordion's folded answer (named "hidden" by a class word or hidden outright)
        return rule, bool(strong) and RULES[rule].hard

    def _menu_of_text(self, el: etree._Element) -> bool:
        """Is this block, named a menu, text under headings (_text_under_headings), or an item of
        one (MENU_TEXT_LEVELS up at most: the tab set's "menu-link" around each question)?"""
        if any(node in self.menu_texts for node in islice(el.iterancestors(), MENU_TEXT_LEVELS)):
            return True
        if not _text_under_headings(el):
            return False
        self.menu_texts.add(el)
        return True

    def _is_panel(self, el: etree._Element) -> bool:
        """Is this hidden block the panel of a disclosure (an accordion's section): the block, or
        its wrapper's only child, that a button with aria-expanded opens (aria-controls)?"""
        if self.disclosed is None:
            self.disclosed = frozenset(ref for opener in OPENERS_XPATH(self.body)
                                       for ref in opener.get("aria-controls").split())
        if not self.disclosed:
            return False
        node = el
        for _ in range(PANEL_WRAPPER_LEVELS + 1):
            if node.get("id") in self.disclosed:
                return True
            children = [child for child in node if isinstance(child.tag, str)]
            if len(children) != 1:
                return False
            node = children[0]
        return False

    def _is_disclosure_title(self, button: etree._Element) -> bool:
        """Is this <button> the title of an accordion's item whose text the reader gets: it names
        a heading (a heading holds it or it holds one), or has words and opens sentences; and the
        block it opens (its aria-controls or data-target, else what follows it or its heading) is
        text, not links, shown or folded the way an accordion folds? A menu's toggle opens links
        or options, a carousel's arrows have no words, and a question whose answer is gone goes
        with it."""
        words = len(button.text_content().split())
        if not words or button.get("role") == "tab":
            return False  # (a tab's label names a panel shown in its place, not a section)
        parent = button.getparent()
        heading = parent if parent is not None and (parent.tag in HEADING_TAGS or parent.get("role") == "heading") \
            else None
        named = heading is not None or next(button.iter(*HEADING_TAGS), None) is not None
        if not named and (words < MIN_DISCLOSURE_TITLE_WORDS
                          or not (_opens_by_id(button) or QUESTION_END_RE.search(button.text_content()))):
            return False  # (a menu's toggle before the header it opens)
        panel = self._opened_block(button, heading)
        if panel is None or len(panel.text_content().strip()) < MIN_FOLDED_CHARS \
                or link_density(panel) > MAX_FOLDED_LINK_DENSITY:
            return False
        # (a button that names no heading opens an answer in sentences, not a menu of options)
        return (named or has_prose(panel)) and self._is_shown(panel)

    def _opened_block(self, button: etree._Element, heading: etree._Element | None) -> etree._Element | None:
        """The block a disclosure's button opens: the element its aria-controls (or data-target)
        names, else the element after it (or after the heading that holds it)."""
        target = _opens_by_id(button)
        if target:
            if self.ids is None:
                self.ids = {node.get("id"): node for node in self.body.iterfind(".//*[@id]")}
            return self.ids.get(target[0].lstrip("#"))
        return next_element(heading if heading is not None else button)

    def _is_shown(self, panel: etree._Element) -> bool:
        """Will the reader get this block: neither it nor its near wrappers are hidden, or the
        hidden one is a panel the hidden rule leaves (a tab's, an accordion's)?"""
        node = panel
        for _ in range(PANEL_WRAPPER_LEVELS + 1):
            if node is None:
                return True
            if _attribute_rule(node.attrib)[0] == "hidden":
                return node.get("role") == "tabpanel" or self._is_panel(node) or _is_tab_pane(node) \
                    or _is_folded_text(node)
            node = node.getparent()
        return True

    def _is_veil(self, el: etree._Element) -> bool:
        """Is this hidden block a veil over the page (hidden until a script has loaded, then
        shown): most of the page's text, in sentences, or the page's headline (every <h1>) with
        sentences under it, in a block no class word names as chrome (a shop hides its product
        until its scripts load, below menus bigger than it)? A reader sees it, so it stays."""
        if len(el.text_content()) > VEIL_SHARE * self.total:
            return self._is_page_overlay(el)
        if self.headlines is None:
            self.headlines = list(self.body.iter("h1"))
        if not self.headlines or not all(contains(el, headline) for headline in self.headlines):
            return False
        names = f"{el.get('class', '')} {el.get('id', '')}".strip()
        return not (names and class_rule(names)) and prose_chars(el) >= MIN_PAGE_PROSE

    def _is_page_overlay(self, el: etree._Element) -> bool:
        """Is this block the page: most of its text (VEIL_SHARE), in sentences? A hidden veil's
        first test (_is_veil), and a dialog's: a site or a builder opens its article in a dialog
        over the listing it came from ("role=dialog" around the post); a cookie or sign-up dialog
        holds a short part of a page beside its text."""
        return len(el.text_content()) > VEIL_SHARE * self.total and prose_chars(el) >= MIN_PAGE_PROSE

    def _is_dialog_article(self, el: etree._Element) -> bool:
        """Is this dialog the article opened over the page it came from: over
        DIALOG_ARTICLE_SHARE of the page's text, in sentences, holding every <h1> of the page?"""
        if len(el.text_content()) <= DIALOG_ARTICLE_SHARE * self.total:
            return False
        if self.headlines is None:
            self.headlines = list(self.body.iter("h1"))
        return bool(self.headlines) and all(contains(el, headline) for headline in self.headlines) \
            and prose_chars(el) >= MIN_PAGE_PROSE

    def _is_gated(self, el: etree._Element) -> bool:
        """Is this hidden block the content a gate shows once its script has run: inside the
        page's <main> or <article>, over GATED_SHARE of the page's text and more than the rest of
        that landmark, not a dialog or a menu, no class word naming it as chrome? Kept, and shown
        by --explain as a refusal of the hidden rule."""
        size = len(el.text_content())
        if size <= GATED_SHARE * self.total or size < GUARD_MIN_CHARS or el.tag in GATED_NEVER_TAGS:
            return False
        if (el.get("role") or "").strip().lower() in GATED_NEVER_ROLES or el.get("aria-modal") == "true":
            return False
        landmark = _article_around(el)
        if landmark is None or size <= len(landmark.text_content()) - size:
            return False
        names = f"{el.get('class', '')} {el.get('id', '')}".strip()
        if names and class_rule(names):
            return False
        self.keep(el, "hidden", f"would remove {size / self.total:.0%} of the text")
        return True

    def guard(self, soft: list[tuple[etree._Element, str]],
              scope: etree._Element | None = None) -> dict[etree._Element, bool]:
        """The soft matches the guard keeps, each with whether its rule is off inside it
        (True when the rule as a whole would take too much of the main text). Inside a `scope`
        kept for its article-content names, a block holding most of its text stays too."""
        kept: dict[etree._Element, bool] = {}
        sizes = {el: len(el.text_content()) for el, _ in soft}
        named_size = self.named.get(scope, 0)
        per_rule: dict[str, int] = {}
        for el, rule in soft:
            per_rule[rule] = per_rule.get(rule, 0) + sizes[el]
        unguarded = []
        # a thread: the main text is found first where a posts rule (comments) matched a block
        # (only a block holding a good part of the page's text can hold its main text)
        posts = any(RULES[rule].posts and sizes[el] >= SHARE_CHECK * self.total for el, rule in soft)
        if posts and self.main() is not None:
            self.thread_rules.update(self._thread_rules(soft, self.main()))
        for el, rule in soft:
            if rule in self.thread_rules:
                kept[el] = True
                self.keep(el, rule, "the page's main text is one of its posts")
                continue
            if rule in PRODUCT_ONLY_RULES:  # a product's reviews: its comments, however much prose they hold
                reason = self.holds_the_page(el, sizes[el])
            else:
                reason = self._guarded(el, el.attrib, sizes[el])
                if not reason and rule in BUILDER_ROW_RULES and sizes[el] < GUARD_MIN_CHARS:
                    reason = self._short_page_text(el, sizes[el])
            if not reason and rule not in PRODUCT_ONLY_RULES and _holds_tab_panel(el, self.tab_panels):
                kept[el] = True  # the rule's word is the tab set's, inside it too ("filter-menu-item")
                self.keep(el, rule, "a tab set of the page's text")
                continue
            if reason == NAMED_REASON:
                self.named[el] = sizes[el]
            elif not reason and named_size and sizes[el] > NAMED_CONTENT_SHARE * named_size:
                reason = "holds most of a block named as article content"
            if reason:
                kept[el] = False
                self.keep(el, rule, reason)
            else:
                unguarded.append((el, rule))
        # the main text is found (a scoring pass) only where a rule's blocks could take half of it
        # and a block is left that the main text's limit would keep, or where a rule takes an
        # <article> or <main> that may be it (a state word such as "promoted" on the article's own tag)
        big = max(per_rule.values(), default=0) >= SHARE_CHECK * self.total
        article = any(el.tag in ARTICLE_TAGS and sizes[el] >= GUARD_MIN_CHARS for el, _ in unguarded)
        main = self.main() if posts or article or (big and any(sizes[el] >= MIN_PROSE_BLOCK for el, _ in unguarded)) \
            else None
        main_size = len(main.text_content()) if main is not None else 0
        by_rule: dict[str, list[etree._Element]] = {}
        for el, rule in unguarded:
            if main_size < GUARD_MIN_CHARS:
                break
            if el.tag in ARTICLE_TAGS and el is not main and contains(el, main):  # the article around the main text
                kept[el] = False
                self.keep(el, rule, "holds the page's main text")
            elif contains(main, el):
                by_rule.setdefault(rule, []).append(el)
        for rule, els in by_rule.items():  # each rule's limit on the main text, all its blocks together
            taken = sum(sizes[el] for el in els) / main_size
            if taken > RULES[rule].max_share:
                for el in els:
                    # (a CJK character counts CJK_LETTERS letters: a Chinese paragraph of 30 is one)
                    if (sizes[el] >= MIN_PROSE_BLOCK
                            or sizes[el] + (CJK_LETTERS - 1) * cjk_count(el.text_content()) >= MIN_PROSE_BLOCK) \
                            and not _teaser_run(el, sizes[el]):
                        kept[el] = True
                        self.keep(el, rule, f"would remove {taken:.0%} of the main text")
        if main_size >= GUARD_MIN_CHARS:
            self._keep_template_rows(soft, kept, main)
            if not self.article:
                self._keep_prose_rows(soft, kept, main)
        self._keep_rows_between(soft, kept)
        return kept

    def _keep_prose_rows(self, soft: list[tuple[etree._Element, str]], kept: dict[etree._Element, bool],
                         main: etree._Element) -> None:
        """Keep a page's sections that a class word named a sidebar, beside its main text: on a page
        that does not say it is an article, MIN_TEMPLATE_ROWS or more sibling blocks of one template
        (a builder's "widget" rows: a course catalogue's areas, a service's offers), each holding
        a paragraph of sentences, text rather than links, and together more sentences than the
        main text. A sidebar's widgets are links, or a short note beside a longer text."""
        rows: dict[tuple[object, ...], list[etree._Element]] = {}
        for el, rule in soft:
            if el not in kept and rule in BUILDER_ROW_RULES and el.tag not in TAG_RULES and not contains(el, main):
                rows.setdefault((el.getparent(), _template(el), rule), []).append(el)
        main_prose = 0
        for (_, _, rule), els in rows.items():
            if len(els) < MIN_TEMPLATE_ROWS or any(link_density(el) > TEMPLATE_ROW_MAX_LINK_DENSITY
                                                   or not has_prose(el) for el in els):
                continue
            main_prose = main_prose or prose_chars(main)
            if sum(prose_chars(el) for el in els) <= main_prose:
                continue
            for el in els:
                kept[el] = True
                self.keep(el, rule, "a section of the page's text, one of its rows")

    def _keep_template_rows(self, soft: list[tuple[etree._Element, str]], kept: dict[etree._Element, bool],
                            main: etree._Element) -> None:
        """Keep the rows of a page builder's template: where a soft rule matched the block holding
        the main text (or a block of it that the guard keeps), and MIN_TEMPLATE_ROWS or more of
        its blocks share that block's template (a class word the builder gives every row:
        "widget"), those that are text, not links. A row the guard kept for its size, the rule still
        on inside it, is a row like the others: the rule goes off inside it too (a thread's reply
        that holds the replies to it, nested: they stay with it)."""
        holders = {(_template(el), rule) for el, rule in soft if rule not in PAGE_REGION_RULES
                   and (contains(el, main) or el in kept and contains(main, el))}
        if not holders:
            return
        rows = [(el, rule) for el, rule in soft if (_template(el), rule) in holders]
        if len(rows) < MIN_TEMPLATE_ROWS:
            return
        for el, rule in rows:
            if (el not in kept or (kept[el] is False and not contains(el, main))) \
                    and link_density(el) <= TEMPLATE_ROW_MAX_LINK_DENSITY:
                kept[el] = True  # (the word is the builder's inside the row too: its module wrappers)
                self.keep(el, rule, "a row of the template that holds the main text")

    def _keep_rows_between(self, soft: list[tuple[etree._Element, str]], kept: dict[etree._Element, bool]) -> None:
        """Keep a builder's row that stands between two rows the guard keeps, under one wrapper and
        named by the same rule: a builder names each module after its kind ("widget-heading",
        "widget-text-editor"), so an article split into modules has its subheadings and short
        paragraphs in rows of another template than its long ones, and a chrome box does not sit
        inside the article's run of rows. Rows mostly links still go. So does the heading module
        right above the page's first kept row (_heads_row): the subheading that opens the text."""
        runs: dict[tuple[object, str, object], list[etree._Element]] = {}
        for el, rule in soft:
            if rule in BUILDER_ROW_RULES:
                runs.setdefault((_row_slot(el), rule, el.tag), []).append(el)
        opening = next((el for el, rule in soft if rule in BUILDER_ROW_RULES and el in kept), None)
        for (_, rule, _), els in runs.items():
            marks = [i for i, el in enumerate(els) if el in kept]
            if marks and marks[0] and els[marks[0]] is opening and els[marks[0] - 1] not in kept \
                    and _heads_row(els[marks[0] - 1], opening):
                kept[els[marks[0] - 1]] = True
                self.keep(els[marks[0] - 1], rule, "the heading row right above the first row of the main text")
            if len(marks) < 2:
                continue
            for el in els[marks[0] + 1:marks[-1]]:
                if el not in kept and shows_words(el) \
                        and link_density(el) <= TEMPLATE_ROW_MAX_LINK_DENSITY:
                    kept[el] = True
                    self.keep(el, rule, "a row between rows of the main text")
            self._keep_closing_rows(els[marks[-1] + 1:], {_module_kind(els[i]) for i in marks}, kept, rule)
        if self.article:
            self._keep_opening_rows(soft, kept)

    def _keep_opening_rows(self, soft: list[tuple[etree._Element, str]], kept: dict[etree._Element, bool]) -> None:
        """Keep, on a page that says it is an article, the text modules before the first row the
        guard kept: a builder puts an article's opening paragraphs (its introduction, its first
        section) in a module of the same kind as the rest ("widget-text-editor"), but in a section
        of its own, so they are no row between two kept rows. Each must stand in the builder document
        of the kept row (its wrapper OPENING_ROW_LEVELS up, below <body>), hold a paragraph of
        sentences and be text, not links (a short one between two that do stays with them); the first
        such module that is links, or outside that document, ends them."""
        matched = [(el, rule) for el, rule in soft if rule in BUILDER_ROW_RULES]
        rows = [el for el, _ in matched]
        first = next((i for i, el in enumerate(rows) if el in kept and el.tag not in ARTICLE_TAGS), None)
        if not first:
            return
        anchor = rows[first]
        kind = _module_kind(anchor)
        wrappers = [node for node in islice(anchor.iterancestors(), OPENING_ROW_LEVELS)
                    if node.tag not in PAGE_ROOT_TAGS]
        if not wrappers:
            return
        document = wrappers[-1]
        outer: list[etree._Element] = []  # the rows before it, not those inside an earlier row
        for el in rows[:first]:
            if not (outer and contains(outer[-1], el)):
                outer.append(el)
        waiting: list[etree._Element] = []  # short rows (a callout's line) kept if a paragraph comes before them
        for el in reversed(outer):
            if el in kept or contains(el, anchor) or _module_kind(el) != kind:
                continue
            if not contains(document, el) or link_density(el) > TEMPLATE_ROW_MAX_LINK_DENSITY:
                return
            waiting.append(el)
            if not has_prose(el):
                continue
            for row in waiting:
                for inner in rows:
                    if inner is row or inner not in kept and contains(row, inner):
                        kept[inner] = True
                self.keep(row, matched[first][1], "the article's opening row, a module of its text's kind")
            waiting = []

    def _keep_closing_rows(self, after: list[etree._Element], kinds: set[str], kept: dict[etree._Element, bool],
                           rule: str) -> None:
        """Keep the rows right after the last row the guard kept that are modules of a kind it kept
        (their class words, ids with digits aside: "widget-text-editor"), each a line of text that
        ends a sentence: an article's closing paragraph, too short for the guard's limit (a
        Chinese sentence of 25 characters), in the same text module as the paragraphs before it.
        The first row of another kind (the tags, the share bar, an author's box) ends them."""
        for el in after[:MAX_CLOSING_ROWS]:
            text = el.text_content().strip()
            if el in kept or _module_kind(el) not in kinds or not text or SENTENCE_END_RE.search(text[-1]) is None \
                    or len(text) > MAX_CLOSING_ROW_CHARS or link_density(el) > TEMPLATE_ROW_MAX_LINK_DENSITY:
                return
            kept[el] = True
            self.keep(el, rule, "the article's closing row, a module of its text's kind")

    def _thread_rules(self, soft: list[tuple[etree._Element, str]], main: etree._Element) -> set[str]:
        """The posts rules whose block holds the main text, with no prose before it on the page
        but in other matched blocks: a forum thread, where the posts are the content (on an
        article page, the article's prose comes before its comments, however long one is)."""
        holding = [(el, rule) for el, rule in soft if RULES[rule].posts and contains(el, main)]
        if not holding:
            return set()
        self._measure_prose()
        skip = {el for el, _ in soft}
        before = 0
        walk = etree.iterwalk(self.body, events=("start",))
        for _, el in walk:
            if el is holding[0][0]:
                break
            if el in skip:
                walk.skip_subtree()
                continue
            before += self.prose_blocks.get(el, 0)
        return {rule for _, rule in holding} if before < MIN_PAGE_PROSE else set()

    def _measure_prose(self) -> None:
        if self.prose_blocks is None:
            texts: BlockTexts = {}
            self.prose_blocks = dict(_prose_blocks(self.body, texts))
            self.page_prose = sum(self.prose_blocks.values())
            self.block_texts, self.block_texts_at = texts, self.changes

    def main(self) -> etree._Element | None:
        """The element holding the page's main text, on the page after the hard removals (cached).
        The scoring reads the texts the prose measure read when the tree has not changed since
        (most pages that need both measure the prose first, in the same guard() call)."""
        if self.main_element is None and self.find_main is not None:
            texts = self.block_texts if self.block_texts_at == self.changes else None
            self.main_element = self.find_main(self.body, texts)
        return self.main_element

    def keep(self, el: etree._Element, rule: str, reason: str) -> None:
        """Record a removal the guard refused."""
        if self.options.explain:
            self.removals.append(Removal(short_path(el), rule, first_words(el), word_count(el), True, reason,
                                         node=el.get(NODE_ATTR)))

    def _guarded(self, el: etree._Element, attrs, size: int) -> str:
        """Why a soft rule must not take this block (it holds the article), or ""."""
        keep, articleish = guard_words(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower())
        if keep:
            return NAMED_REASON
        if size < GUARD_MIN_CHARS:
            return ""  # a block this short holds no article for the guard to protect
        self.guard_checks += 1
        if self.guard_checks > MAX_GUARD_CHECKS:
            return "too many guarded blocks on the page"
        articleish = articleish or el.tag in ARTICLE_TAGS
        share = size / self.total
        if share > PROSE_CHECK_SHARE and self._link_landmark(el, attrs):
            return ""  # a <nav> of links beside the page's sentences: a site's or a book's menu, however long
        if share > (ARTICLE_GUARD_SHARE if articleish else GUARD_SHARE):
            return f"would remove {share:.0%} of the text"
        if share > PROSE_CHECK_SHARE and el in self._landmark_holders():
            return "holds the page's <main>"
        # (a page's <footer> is not checked for prose: its legal fine print can outweigh a short article)
        if share > PROSE_CHECK_SHARE and el.tag != "footer" and self._holds_the_prose(el):
            return "would remove the page's prose"
        # a trailing funding box is article, whatever its class says
        if size >= MAX_FUNDING_BOX_CHARS or el.tag in ("nav", "form"):
            return ""
        text = el.text_content()  # `size` is its length, measured once by guard()
        low = text.lower()
        if any(map(low.__contains__, FUNDING_HINT_WORDS)) and FUNDING_STATEMENT_HINT_RE.search(unlinked_text(el)):
            return "holds a funding statement"
        return ""

    def _short_page_text(self, el: etree._Element, size: int) -> str:
        """Why a builder's row (BUILDER_ROW_RULES: "widget") too short for the guard must still
        stay, or "": on a page whose whole text is short (SHORT_PAGE_CHARS: a builder's notice of
        two sentences), the block holding most of it (GUARD_SHARE) as a paragraph of sentences is
        the page's text. A landmark (a footer's one sentence on an error page) is not."""
        if self.total >= SHORT_PAGE_CHARS or size <= GUARD_SHARE * self.total or el.tag in SHORT_PAGE_LANDMARKS:
            return ""  # a block this short holds no article for the guard to protect
        return "holds the short page's text" if has_prose(el) else ""

    def _link_landmark(self, el: etree._Element, attrs) -> bool:
        """Is `el` a navigation landmark (<nav>, role=navigation) that is links and nothing
        else (NAV_LINKS_DENSITY, no sentence), on a page whose sentences stand outside it?"""
        if el.tag != "nav" and attrs.get("role") != "navigation":
            return False
        if link_density(el) < NAV_LINKS_DENSITY or has_prose(el):
            return False
        self._measure_prose()
        return self.page_prose >= MIN_PAGE_PROSE

    def _landmark_holders(self) -> frozenset[etree._Element]:
        """The blocks around the page's <main> landmark that holds text: a layout wrapper named
        for the sidebar beside it ("content-sidebar-wrap") holds the page. (By tag: a search for
        role=main too costs a walk of every element's attributes, ~1.5% of a page.)"""
        if self.landmark_holders is None:
            mains = [m for m in self.body.iter("main") if len(m.text_content()) >= GUARD_MIN_CHARS]
            self.landmark_holders = frozenset(a for m in mains for a in m.iterancestors())
        return self.landmark_holders

    def holds_the_page(self, el: etree._Element, size: int) -> str:
        """Why a rule that names what is never the page's text (a product's reviews) must still
        not take this block (most of the page's text, or its headline: a misnamed wrapper), or ""."""
        if size / self.total > GUARD_SHARE:
            return f"would remove {size / self.total:.0%} of the text"
        return "holds the page's headline" if next(el.iter("h1"), None) is not None else ""

    def _holds_the_prose(self, el: etree._Element) -> bool:
        """Does `el` hold most of the page's sentences? (Chrome can outweigh an article in words.)"""
        self._measure_prose()
        if self.page_prose < MIN_PAGE_PROSE:
            return False
        blocks = self.prose_blocks
        inside = sum(blocks.get(block, 0) for block in el.iter(PROSE_TAGS)
                     if el.tag not in MENU_LANDMARK_TAGS or not _in_item(block, el))
        if inside > GUARD_SHARE * self.page_prose:
            return True
        # the page's headline with a good part of its prose: the article, whatever its class says
        return inside > HEADLINE_PROSE_SHARE * self.page_prose and next(el.iter("h1"), None) is not None

    def remove(self, el: etree._Element, rule: str) -> None:
        self.changes += 1
        if self.options.explain:
            self.removals.append(Removal(short_path(el), rule, first_words(el), word_count(el), node=el.get(NODE_ATTR)))
        if el.tag in FORM_ACTION_TAGS and rule in ("form", "form-control") and el.getparent() is not None \
                and el.get("type", "").lower() not in NOT_ACTION_INPUT_TYPES:
            parent = el.getparent()  # a pitch box's action, gone (see _pitch_box); a sign-up's asked
            if parent.get(HELD_FORM_ATTR) != HELD_EMAIL_FIELD:  # for an e-mail address
                parent.set(HELD_FORM_ATTR, HELD_EMAIL_FIELD if _email_field(el) else "")
        drop(el)


def _email_field(el: etree._Element) -> bool:
    """Is `el` a field for an e-mail address (<input type=email>), or a form holding one?"""
    return any(field.get("type", "").lower() == "email" for field in el.iter("input"))


def _field_labels(body: etree._Element) -> list[etree._Element]:
    """The <label>s of the page's form fields (a drop-down, a text or number box): the label
    for= names the field, or it holds the field; short ones only, and none a class word names
    (a "visually-hidden" label goes by its own rule). Not a check box's or a radio button's
    label (a CSS accordion's title, a choice's own words)."""
    labels = [label for label in body.iter("label") if len(label.text_content()) <= MAX_FIELD_LABEL_CHARS
              and class_rule(label.get("class", "")) is None]
    if not labels:
        return []
    fields = [el for el in body.iter(*FIELD_TAGS) if _is_field(el)]
    ids = {el.get("id") for el in fields} - {None}
    return [label for label in labels
            if label.get("for") in ids or any(_is_field(el) for el in label.iter(*FIELD_TAGS))]


def _is_field(el: etree._Element) -> bool:
    """A control a reader fills in or picks from: not a check box or a radio button."""
    return el.tag != "input" or el.get("type", "").strip().lower() not in TOGGLE_INPUT_TYPES


def strip_landmarks(body: etree._Element, options: Options) -> list[Removal]:
    """Remove the page's landmarks from a fallback pass's body, by tag or role only: <nav> and
    role=navigation/menu/menubar, <header>/<footer> and role=banner/contentinfo outside <article>/<main>
    (LANDMARK_RULES); a cookie or consent bar or a paywall's box by its class or id words
    (FALLBACK_NAMED_RULES: the structural strip trusts no class word, yet no article is named
    "cookie"), and a side column, <aside> or role=complementary outside <article>/<main>
    (FALLBACK_SIDE_RULES), under half the body's text only. A landmark holding an <h1> stays: the
    page's headline (a hero header over the article), or a site name we leave as the strip left
    it; a body of nothing but landmarks
    stays whole (never an empty body). One walk, outermost matches only.
    (Not guarded by its share of the prose: a mega menu's items of promotional sentences hold
    more of it than a shop's few lines of text.)"""
    walker = _Walker(options, len(body.text_content()) or 1)
    found = []
    walk = etree.iterwalk(body, events=("start",))
    next(walk)  # the body itself
    for _, el in walk:
        rule = _landmark_rule(el)
        if rule is not None:
            found.append((el, rule))
            walk.skip_subtree()
    found = [(el, rule) for el, rule in found if next(el.iter("h1"), None) is None
             and (rule in LANDMARK_RULES or len(el.text_content()) <= GUARD_SHARE * walker.total)]
    if sum(word_count(el) for el, _ in found) >= word_count(body):
        return []  # nothing but landmarks: the body stays as the pass chose it
    for el, rule in found:
        walker.remove(el, rule)
    return walker.removals


def _landmark_rule(el: etree._Element) -> str | None:
    """The landmark rule (LANDMARK_RULES) that `el`'s tag or role names, or None."""
    tag = el.tag
    if not isinstance(tag, str):
        return None
    rule = TAG_RULES.get(tag)
    if rule is None and tag in PAGE_LEVEL_TAG_RULES and not _in_article(el):
        rule = PAGE_LEVEL_TAG_RULES[tag]
    role = el.get("role")
    if rule is None and role:
        rule = ROLE_RULES.get(role.strip().lower())
        if rule in ("site-header", "site-footer") and _in_article(el):
            return None
    if rule is None and ("class" in el.attrib or "id" in el.attrib):
        named = _named_rule(el.attrib)
        return named if named in FALLBACK_NAMED_RULES else None
    if rule in FALLBACK_SIDE_RULES:
        return None if _in_article(el) else rule
    return rule if rule in LANDMARK_RULES else None


def unlinked_text(el: etree._Element) -> str:
    """The text of `el` outside its links: a statement says "supported by" in its own words,
    while a menu's "Grants" or "Funding" is a link's label."""
    return " ".join(el.xpath(".//text()[not(ancestor::a)]"))


NAMED_REASON = "its class/id names article content"


def _text_callout(aside: etree._Element) -> bool:
    """Is this <aside> in the flow of the article's text, between two of its blocks or opening
    them over a paragraph of prose with a list of points (a story's key points:
    OPENING_CALLOUT_LIST_TAGS), made of the text's own blocks, and text rather than links?
    (TEXT_FLOW_BEFORE_TAGS, CALLOUT_CHILD_TAGS)"""
    before, after = previous_element(aside), next_element(aside)
    if after is None or len(aside) == 0:
        return False
    if before is None:  # first in its block: the text follows at once, in a paragraph (a lead photo between)
        parent = aside.getparent()  # (the box a list of points: a notice in a paragraph, "we may earn a commission", goes)
        while after is not None and after.tag in OPENING_CALLOUT_SKIPPED_TAGS:
            after = next_element(after)
        opens = (after is not None and after.tag == "p" and parent is not None and parent.tag not in PAGE_ROOT_TAGS
                 and not (parent.text or "").strip() and shows_words(after)
                 and any(child.tag in OPENING_CALLOUT_LIST_TAGS for child in aside))
    else:
        opens = before.tag in TEXT_FLOW_BEFORE_TAGS and after.tag in TEXT_FLOW_AFTER_TAGS
    return (opens
            and all(child.tag in CALLOUT_CHILD_TAGS for child in aside if isinstance(child.tag, str))
            and link_density(aside) <= MAX_CALLOUT_LINK_DENSITY)


def _is_tab_pane(el: etree._Element) -> bool:
    """Is this hidden block a pane of a tab set: named a tab or a pane, beside a shown sibling of
    its tag and class words (but the state words: "tab-pane active" and "tab-pane")?"""
    words = el.get("class", "").split()
    if not any(TAB_PANE_WORD_RE.search(word) for word in words):
        return False
    key = frozenset(words) - STATE_CLASS_WORDS
    parent = el.getparent()
    return parent is not None and any(
        sib is not el and sib.tag == el.tag and frozenset(sib.get("class", "").split()) - STATE_CLASS_WORDS == key
        and _attribute_rule(sib.attrib)[0] != "hidden" for sib in parent)


def _is_slide_of_text(el: etree._Element) -> bool:
    """Is this block, hidden from screen readers only (aria-hidden), one of a carousel's slides
    of text: named a slide (its class, or aria-roledescription), in sentences, text rather than
    links, beside another slide of its tag? The carousel shows it at the turn of an arrow (a
    product's features, a service's offers, one a slide); a slide the page copies for its loop
    goes as a duplicate."""
    style = el.get("style")
    if el.get("aria-hidden") != "true" or "hidden" in el.attrib or (style and HIDDEN_STYLE_RE.search(style)):
        return False  # (hidden from every reader, not from screen readers only)
    if not _named_slide(el) or not has_prose(el) or link_density(el) > MAX_FOLDED_LINK_DENSITY:
        return False
    parent = el.getparent()
    return parent is not None and any(sib is not el and sib.tag == el.tag and _named_slide(sib)
                                      for sib in islice(parent, MAX_FOLD_SIBLINGS))


def _named_slide(el: etree._Element) -> bool:
    return SLIDE_NAME_RE.search(f"{el.get('class', '')} {el.get('aria-roledescription', '')}".lower()) is not None


def _is_hidden_alternative(el: etree._Element) -> bool:
    """Is this block, hidden by a class word ("recipes-list hidden"), one panel of a set whose
    shown panel is a sibling of its tag and class words, state words apart ("recipes-list"): a
    tab set without the word "tab", its other panels text, not links?"""
    words = frozenset(el.get("class", "").split())
    if not words & FOLD_STATE_WORDS or link_density(el) > MAX_FOLDED_LINK_DENSITY \
            or len(el.text_content().strip()) < MIN_FOLDED_CHARS:
        return False
    key = words - FOLD_STATE_WORDS
    parent = el.getparent()
    return bool(key) and parent is not None and any(
        sib is not el and sib.tag == el.tag and frozenset(sib.get("class", "").split()) - FOLD_STATE_WORDS == key
        and _attribute_rule(sib.attrib)[0] != "hidden" for sib in islice(parent, MAX_FOLD_SIBLINGS))


def _is_folded_text(el: etree._Element) -> bool:
    """Is this hidden block an accordion item's folded text, without ARIA wiring: after the
    item's shown title, text rather than links, in an item the page repeats (an FAQ's answers,
    a course's modules)? The item repeats when a sibling of the item's shape holds a block of
    this one's shape, or when its own siblings alternate title and folded block and the title is
    a control (a plain heading over a hidden paragraph is hidden text, not a folded answer)."""
    if el.tag not in FOLDED_TAGS:
        return False
    title = previous_element(el)
    if title is None or _attribute_rule(title.attrib)[0] == "hidden":
        return False
    if not 0 < len(title.text_content().strip()) <= MAX_FOLD_TITLE_CHARS:
        return False
    if len(el.text_content().strip()) < MIN_FOLDED_CHARS or link_density(el) > MAX_FOLDED_LINK_DENSITY:
        return False
    item = el.getparent()
    shape = _shape_key(el)
    for other in islice(item, MAX_FOLD_SIBLINGS) if _is_control(title) else ():
        if other is not el and _shape_key(other) == shape:
            before = previous_element(other)
            if before is not None and before.tag == title.tag:
                return True
    group = item.getparent()
    if group is None:
        return False
    item_shape = _shape_key(item)
    return any(other is not item and _shape_key(other) == item_shape
               and any(_shape_key(child) == shape for child in islice(other, MAX_FOLD_SIBLINGS))
               for other in islice(group, MAX_FOLD_SIBLINGS))


def _is_control(title: etree._Element) -> bool:
    """Does this title open something: a button, a <summary>, or an element with a button's
    role or attributes (aria-expanded, aria-controls, onclick), itself or inside it?"""
    for node in title.iter():
        if node.tag in ("button", "summary") or node.get("role") == "button" \
                or any(name in node.attrib for name in CONTROL_ATTRIBUTES):
            return True
    return False


def _opens_by_id(button: etree._Element) -> list[str]:
    """The ids a button says it opens (aria-controls, or a script's data-target "#id")."""
    return (button.get("aria-controls") or button.get("data-target") or "").split()


def _template(el: etree._Element) -> tuple[object, str, object, str]:
    """A block's template: its tag and class words, and its wrapper's, digits apart (a page
    builder numbers its rows: "row-number-3")."""
    parent = el.getparent()
    return (el.tag, _class_template(el), parent.tag if parent is not None else None,
            _class_template(parent) if parent is not None else "")


def _heads_row(row: etree._Element, below: etree._Element) -> bool:
    """Is `row` a builder's heading module right above the row `below` (no other block between
    them): a heading and nothing else, no link in it (_wrapped_heading)? The subheading that opens
    an article's first section, in a module of another kind than its text ("widget-heading" over
    "widget-text-editor"), is no row between two rows of the text."""
    node = _row_node(row)
    after = node.getnext()
    while after is not None and (not isinstance(after.tag, str) or not shows_words(after)):
        after = after.getnext()
    return after is _row_node(below) and _wrapped_heading(row)


def _wrapped_heading(el: etree._Element) -> bool:
    """Does `el` hold one heading with text, no link, and no text outside it?"""
    heading = next(el.iter(*HEADING_TAGS), None)
    if heading is None or next(el.iter("a"), None) is not None:
        return False
    words = heading.text_content().split()
    return bool(words) and words == el.text_content().split()


def _row_node(el: etree._Element) -> etree._Element:
    """The block under a row's slot that holds it: the row, or the wrappers that hold only it (_row_slot)."""
    node = el
    for _ in range(ROW_SLOT_LEVELS):
        parent = node.getparent()
        if parent is None or len(parent) != 1:
            break
        node = parent
    return node


def _row_slot(el: etree._Element) -> etree._Element | None:
    """The block a builder's row is one of the rows of: its wrapper, past up to ROW_SLOT_LEVELS
    wrappers that hold only it (a builder wraps each row in "row-wrapper" > "row")."""
    return _row_node(el).getparent()


def _module_kind(el: etree._Element) -> str:
    """A builder's module kind: its class words without the ones holding a digit (each module's
    own id, "elementor-element-2f8ac55")."""
    return " ".join(word for word in el.get("class", "").split() if not any(ch.isdigit() for ch in word))


def _class_template(el: etree._Element) -> str:
    return " ".join(word.strip("0123456789-_") for word in el.get("class", "").split())


def _shape_key(el: etree._Element) -> tuple[object, frozenset[str]]:
    """An element's tag and class words, state words apart ("item open" and "item" alike)."""
    return el.tag, frozenset(el.get("class", "").split()) - FOLD_STATE_WORDS


def _unnamed(tag: str, attrs, keys: list[str]) -> bool:
    """Is this element, with the attributes `attrs` named `keys`, one no rule can take (whatever its
    place, a product block aside): a tag no rule names (TAG_NAMED_TAGS), with no attribute that
    states its state (STATE_ATTRIBUTES) or makes it an author card (itemprop), whose class, id
    and test names name no rule (a table part's name none), nor a fixed bar or a banner?"""
    if tag in TAG_NAMED_TAGS:
        return False
    if not keys:
        return True
    if not STATE_ATTRIBUTES.isdisjoint(keys) or "itemprop" in keys:
        return False
    if "class" in keys:
        names = attrs["class"]
        # (the words _Walker.match looks for in a class, spelled out: no call for most blocks)
        if "fixed" in names or "banner" in names or "promo" in names or "campaign" in names \
                or "kampanya" in names:
            return False
        if len(keys) == 1:  # a class alone (most blocks): its words are all the names
            return tag in TABLE_PART_TAGS or not (names := names.strip()) or class_rule(names) is None
    return tag in TABLE_PART_TAGS or _named_rule(attrs, keys) is None


# The tags a rule can take without any attribute (a tag rule, a page's <header>/<footer>, a link
# by its own words): match() reads any other element's attributes first, and one with none, or
# with a class alone whose words name nothing, is no match.
TAG_NAMED_TAGS = frozenset((*TAG_RULES, *PAGE_LEVEL_TAG_RULES, "a"))
# The attributes that can make a rule strong (or take it away): an element with none of them
# (most elements: a class, an id) is read for its class/id words only.
STATE_ATTRIBUTES = frozenset(("hidden", "aria-hidden", "aria-modal", "style", "role"))
# The attributes whose words name a rule (_named_rule): data-testid (React's test names) and
# data-hook (a site builder's names of its blog's parts: "comments", "recent-posts", "share-buttons").
NAMING_ATTRIBUTES = frozenset(("class", "id", "data-testid", "data-hook"))


def _attribute_rule(attrs, keys: list[str] | None = None) -> tuple[str | None, bool]:
    """The rule that an element's attributes name, and whether the signal is strong.

    Hidden state, aria-modal and roles are strong signals (a hard rule then
    removes without guard); class/id words are always weak: `hidden-xs` or a
    "modal" class on a figure must not take the article with them. `keys`: the
    attributes' names, when the caller has read them.
    """
    keys = attrs.keys() if keys is None else keys
    if STATE_ATTRIBUTES.isdisjoint(keys):
        # (without a naming attribute nothing is named: an <a href>, an <img src> read no further)
        return (None if NAMING_ATTRIBUTES.isdisjoint(keys) else _named_rule(attrs, keys)), False
    if "hidden" in attrs:
        return "hidden", True
    if attrs.get("aria-hidden") == "true":
        # aria-hidden hides from screen readers only: a pull quote repeating the body is
        # marked so, yet shown to every reader (DESIGN.md: listed as kind "pull"), and so is
        # a card's second link to the same place, out of the tab order too (its summary)
        if "href" in attrs and attrs.get("tabindex") == "-1":
            return None, False
        classes = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
        return (None, False) if PULL_QUOTE_WORDS_RE.search(classes) else ("hidden", True)
    if attrs.get("aria-modal") == "true":
        return "modal", True
    style = attrs.get("style")
    if style and HIDDEN_STYLE_RE.search(style):
        return "hidden", True
    named = _named_rule(attrs, keys)
    role = attrs.get("role")
    if role and role.startswith("doc-"):
        return None, False  # DPUB roles (doc-endnotes, doc-footnote, doc-pullquote...) mark article parts
    if role and not (role.strip().lower() == "dialog" and attrs.get("aria-modal") == "false"):
        # (a dialog that says it is not modal is a panel of the page: a product's description sheet)
        rule = ROLE_RULES.get(role.strip().lower())
        if rule:  # a cookie banner with role=banner is named a cookie banner
            return (named if named in OVERLAY_RULES else rule), True
    return named, False


def _named_rule(attrs, keys: list[str] | None = None) -> str | None:
    """The rule that an element's class, id, data-testid or data-hook words name (class_rule).
    `keys`: the attributes' names, when the caller has read them. Only the attributes the element
    has are read, in that order (each read costs a call into lxml; most elements have a class
    alone): class_rule reads the words, whatever spaces join them."""
    keys = attrs.keys() if keys is None else keys
    names = attrs["class"] if "class" in keys else ""
    if "id" in keys:
        names = f"{names} {attrs['id']}"
    if "data-testid" in keys or "data-hook" in keys:
        names = f"{names} {attrs.get('data-testid', '')} {attrs.get('data-hook', '')}"
    names = names.strip()
    return class_rule(names) if names else None



def teaser_card(card: etree._Element) -> bool:
    """A teaser: a short card whose heading is a link (its title), with an excerpt at most."""
    heading = next(card.iter(*HEADING_TAGS), None)
    return heading is not None and next(heading.iter("a"), None) is not None \
        and len(card.text_content()) <= MAX_DECK_CHARS


def _teaser_run(el: etree._Element, size: int) -> bool:
    """Does `el` hold a run of teaser cards (two or more <article>s, each a teaser_card) that
    make most of its text: a "read more" box of the article's site, not a paragraph of it?"""
    cards = list(islice(el.iter("article"), MAX_TEASER_CARDS + 1))
    return 2 <= len(cards) <= MAX_TEASER_CARDS and all(teaser_card(card) for card in cards) \
        and sum(len(card.text_content()) for card in cards) * 2 >= size


def prose_chars(el: etree._Element) -> int:
    """Characters of `el` in paragraphs of prose (80+ characters that end a sentence: prose_length)."""
    return sum(prose_blocks(el).values())


def page_prose(el: etree._Element) -> int:
    """prose_chars, a Chinese, Japanese or Korean character weighed as CJK_LETTERS letters
    (prose_length's `weighed`): whether a pass's body holds sentences at all, in every script."""
    return sum(size for _, size in _prose_blocks(el, weighed=True))


def prose_blocks(el: etree._Element) -> dict[etree._Element, int]:
    """The paragraphs of `el` (80+ characters, ending a sentence) and their lengths (prose_length)."""
    return dict(_prose_blocks(el))


def _fixed_bar(el: etree._Element, names: str) -> bool:
    """Is this block pinned over the page by a utility class (FIXED_CLASS_WORDS: Tailwind's
    "fixed", Bootstrap's "fixed-bottom"), short (MAX_FIXED_BAR_CHARS) and holding a button or a
    link? Whatever its words and language, it floats over the text: a consent bar, an app's or a
    newsletter's pitch, a chat button; no class word names them when a site styles with utilities."""
    if FIXED_CLASS_WORDS.isdisjoint(names.split()) or next(el.iter("button", "a"), None) is None:
        return False
    return len(el.text_content()) <= MAX_FIXED_BAR_CHARS


def _grid_banner(el: etree._Element, names: str) -> bool:
    """Is this block a promotion among a grid's cards: its first class word the cards', a later one
    with a banner's part (GRID_BANNER_PARTS), one short line (MAX_GRID_BANNER_CHARS) with no link
    and no heading, beside MIN_GRID_BANNER_CARDS cards or more of that first word, each linked?"""
    words = names.split()
    if len(words) < 2 or not any(GRID_BANNER_PARTS.intersection(GRID_BANNER_PART_RE.split(word.lower()))
                                 for word in words[1:]):
        return False
    parent = el.getparent()
    if parent is None or next(el.iter("a", *HEADING_TAGS), None) is not None \
            or len(el.text_content()) > MAX_GRID_BANNER_CHARS:
        return False
    cards = 0
    for sibling in islice(parent, MAX_GRID_SIBLINGS):
        if sibling is el or not isinstance(sibling.tag, str):
            continue
        own = (sibling.get("class") or "").split()
        if own and own[0] == words[0] and next(sibling.iter("a"), None) is not None:
            cards += 1
    return cards >= MIN_GRID_BANNER_CARDS


def _price_box(el: etree._Element, attrs) -> bool:
    """Is this block, its class words naming a promotion, a price's box: its class words name a
    price too (PRICE_NAME_RE) and its text is one sum (PRICE_TEXT_RE)? A sale price is a
    product's or a card's own."""
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
    if PRICE_NAME_RE.search(names) is None:
        return False
    text = el.text_content()
    return len(text) <= MAX_PRICE_TEXT_CHARS and "%" not in text \
        and PRICE_TEXT_RE.fullmatch(" ".join(text.split())) is not None  # (a discount is no price)


def _nav_of_text(el: etree._Element) -> bool:
    """Is this <nav> text, not a menu: no link nor button in it, and a paragraph of it ends a
    sentence (NAV_TEXT_MIN_CHARS or more)? Site builders make each accordion's folded panel a
    <nav> ("w-dropdown-list"), its answer a <p>; a menu of script-driven items holds no sentence."""
    if next(el.iter("a", "button"), None) is not None:
        return False
    return any(len(text := p.text_content().strip()) >= NAV_TEXT_MIN_CHARS and SENTENCE_END_RE.search(text[-1])
               for p in islice(el.iter("p"), MAX_NAV_TEXT_PARAGRAPHS))


def has_prose(el: etree._Element) -> bool:
    """Does `el` hold a paragraph (80+ characters, ending a sentence)? Stops at the first."""
    return next(_prose_blocks(el), None) is not None


def _menu_branch(item: etree._Element) -> bool:
    """Do lists of links hold most of a list item's text? Then it is a branch of a menu, not a
    paragraph (a forum post's item may hold its author's small menu)."""
    if next(item.iterdescendants(NESTED_LIST_TAGS), None) is None:
        return False  # most items hold no list: one cheap look
    chars = linked = 0
    walk = etree.iterwalk(item, events=("start",), tag=NESTED_LIST_TAGS)
    for _, nested in walk:  # the outermost nested lists, each measured once
        if nested is not item:
            size = len(nested.text_content())
            chars += size
            linked += link_density(nested) * size
            walk.skip_subtree()
    return chars > MENU_LIST_SHARE * len(item.text_content()) and linked > MENU_LIST_LINK_DENSITY * chars


def _text_under_headings(el: etree._Element) -> bool:
    """Does `el` hold headings that ask questions over paragraphs of sentences outside its list
    items, few links (MIN_MENU_TEXT_HEADINGS, MIN_MENU_TEXT_PARAGRAPHS, MAX_MENU_TEXT_LINK_DENSITY)?"""
    questions = (heading for heading in el.iter(HEADING_TAGS) if QUESTION_END_RE.search(heading.text_content()))
    if len(list(islice(questions, MIN_MENU_TEXT_HEADINGS))) < MIN_MENU_TEXT_HEADINGS:
        return False
    paragraphs = (block for block, _ in _prose_blocks(el) if block.tag == "p" and not _in_item(block, el))
    return len(list(islice(paragraphs, MIN_MENU_TEXT_PARAGRAPHS))) >= MIN_MENU_TEXT_PARAGRAPHS \
        and link_density(el) <= MAX_MENU_TEXT_LINK_DENSITY


def _in_item(block: etree._Element, top: etree._Element) -> bool:
    """Is `block` a list item of `top`, or inside one (a menu's entry and its panel)?"""
    if block.tag == "li":
        return True
    for ancestor in block.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == "li":
            return True
    return False


# Texts read by a walk of the page's blocks, for another walk over the same tree: a <p>'s or a
# <pre>'s whole text (text_content), a <div>'s own text (own_text), as both the prose measure and
# the scoring read them (content._score).
BlockTexts = dict[etree._Element, str]
SHARED_TEXT_TAGS = frozenset(("p", "pre", "div"))


def _prose_blocks(el: etree._Element, texts: BlockTexts | None = None,
                  weighed: bool = False) -> Iterator[tuple[etree._Element, int]]:
    """(block, length) for each paragraph of `el` (prose_length, `weighed` as it says); with
    `texts`, the text of each <p>, <pre> and <div> walked is kept there (SHARED_TEXT_TAGS)."""
    least = MIN_PROSE_BLOCK // CJK_LETTERS if weighed else MIN_PROSE_BLOCK  # (most blocks: no call)
    for block in el.iter(PROSE_TAGS):
        tag = block.tag
        if tag in PROSE_TEXT_TAGS:
            text = block.text_content()
            # a menu's branch counts by its own text, a part of this one: a short item (most of a
            # menu's) is no paragraph either way, and its nested lists need no look
            if tag == "li" and len(text) >= MIN_PROSE_BLOCK and _menu_branch(block):
                text = own_text(block)
        else:
            text = own_text(block)
        if texts is not None and tag in SHARED_TEXT_TAGS:
            texts[block] = text
        if len(text) >= least and (size := prose_length(text, weighed)):
            yield block, size
