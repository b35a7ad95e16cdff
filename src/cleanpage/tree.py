"""Small helpers over lxml trees, shared by the stages that read or change the page.

Every helper is iterative or a single C-level call: pages can be 200,000 levels
deep, and no helper may recurse.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from .cjk import cjk_count
from .patterns import lazy

# Elements that start a new block in the rendered flow. Every tag a writer
# treats as a block must be here: the Markdown writer relies on it to know
# which inline wrappers (a, b, em) hold blocks and must stay transparent.
BLOCK_TAGS = frozenset({
    "html", "body", "article", "main", "section", "div", "p", "header", "footer",
    "aside", "nav", "address", "center", "details", "summary", "dialog", "fieldset",
    "legend", "form", "hgroup", "search", "blockquote", "figure", "figcaption",
    "ul", "ol", "li", "menu", "dir", "dl", "dt", "dd", "pre", "listing", "xmp",
    "plaintext", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
    "colgroup", "col", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "frameset", "frame",
})

# Elements whose text flows inside a paragraph: what makes a <div> of them a paragraph.
INLINE_TAGS = frozenset(("a", "b", "strong", "i", "em", "span", "font", "u", "s", "small", "sup", "sub",
                         "code", "mark", "abbr", "cite", "q", "time", "br", "img", "big", "tt", "var", "kbd",
                         "del", "ins"))


def own_text(el: etree._Element) -> str:
    """The text directly in `el` and its inline children: what makes a <div> a paragraph."""
    children = len(el)
    if not children:  # most elements asked are leaves (a <span>, a <div> of text)
        return (el.text or "").strip()
    if children == 1:  # most others: a block around one child (no list of parts to build)
        child = el[0]
        inner = child.text_content() if child.tag in INLINE_TAGS else ""
        return f"{el.text or ''}{inner}{child.tail or ''}".strip()
    parts = [el.text or ""]
    for child in el:
        if child.tag in INLINE_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts).strip()


def shows_words(el: etree._Element) -> bool:
    """`bool(el.text_content().strip())`, read up to the first piece of text that is not blank:
    asked of a box around the rest of the body, the whole text is not serialized to say yes."""
    text = el.text
    if text and not text.isspace():  # (most elements asked open with their own words)
        return True
    if not len(el):
        return False
    return any(piece and not piece.isspace() for piece in el.itertext())


def lined_text(el: etree._Element, separator: str = " ") -> str:
    """`el`'s text with `separator` where a <br> breaks it: a line break shows as one, and
    text_content() runs the lines together ("supported by<br>the Trust" as "bythe Trust")."""
    if next(el.iter("br"), None) is None:
        return el.text_content()
    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            parts.append(separator if node.tag == "br" else (node.text or "") if isinstance(node.tag, str) else "")
        elif node is not el:
            parts.append(node.tail or "")
    return "".join(parts)


def holding_line_breaks(root: etree._Element) -> set[etree._Element]:
    """The elements under `root` that hold a <br>, found once a page (a page has few line breaks,
    and most blocks none): the ones whose text to read with lined_text."""
    holding: set[etree._Element] = set()
    for br in root.iter("br"):
        for up in br.iterancestors():
            if up in holding:
                break
            holding.add(up)
    return holding


def names(el: etree._Element) -> str:
    """The lower-cased "class id" string that class/id vocabularies read."""
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def drop(el: etree._Element) -> None:
    """Remove an element and its subtree, keeping its tail text in place."""
    if el.getparent() is not None:
        detach(el)


def detach(el: etree._Element) -> etree._Element:
    """Take an element out of its parent, leaving its tail text behind; return it.

    A block that stood between two runs of text leaves one space, so the words on either
    side stay apart ("000<div>1</div>0" never reads "0000"); only then, so that the text
    lengths the rules measure (link density) do not grow with every removal."""
    tail = el.tail
    el.tail = None
    parent = el.getparent()
    if parent is not None:
        prev = el.getprevious()
        parts = el.tag in BLOCK_TAGS and _word_ends_before(parent, prev) and _text_runs_on(el, tail)
        if parts:
            tail = " " + (tail or "")
        elif tail and tail.isspace() and _text_follows(el) and _word_ends_before(parent, prev):
            # an inline element's blank tail parts two words: "<b>12 points</b><i>13 points</i>
            # <time>5 hours ago</time>" without the <i> reads "12 points 5 hours ago", one space
            tail = " "
            parts = True
        if parts or (tail and tail.strip()):
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(el)
    return el


def _ends_in_text(parent: etree._Element, prev: etree._Element | None) -> bool:
    """Does a word end right before the child after `prev` (or the first child)? Siblings that
    show nothing (an empty inline element, a comment) are looked past: "0<b></b><p>…</p>0"."""
    while prev is not None and _shows_nothing(prev):
        prev = prev.getprevious()
    before = _last_text(prev) if prev is not None else parent.text
    return bool(before) and not before[-1].isspace()


def _shows_nothing(el: etree._Element) -> bool:
    """An inline element or a comment with no text in it and none after it."""
    if el.tail or (isinstance(el.tag, str) and el.tag in BLOCK_TAGS):
        return False
    return not isinstance(el.tag, str) or not el.text_content()


def _word_ends_before(parent: etree._Element, prev: etree._Element | None) -> bool:
    """`_ends_in_text`, looking out through the inline elements the child opens: in
    "0<span><div>1</div></span>" the word before the block is the one before the <span>."""
    while prev is None and not parent.text and parent.tag not in BLOCK_TAGS:
        grandparent = parent.getparent()
        if grandparent is None:
            return False
        parent, prev = grandparent, parent.getprevious()
    return _ends_in_text(parent, prev)


def _text_runs_on(el: etree._Element, tail: str | None) -> bool:
    """Would the text after `el` (its `tail`) run on into the text before it: a tail that starts
    a word, or an inline element next, or (neither) what follows the inline elements `el` ends."""
    while True:
        if tail:
            return not tail[0].isspace()
        if _text_follows(el):
            return True
        parent = el.getparent()
        if el.getnext() is not None or parent is None or parent.tag in BLOCK_TAGS:
            return False
        el, tail = parent, parent.tail


def _last_text(el: etree._Element) -> str | None:
    """The text that ends `el` with its tail: its tail, or (none) the end of its own last text,
    "0" in "<span>0</span>" (an inline element's words run on into what follows). A block that
    ends an inline element may be dropped with the element left empty ("0<span><div>…</div></span>"
    before a block and "2": drop_tree joins "0" and "2"): the word before the element may end there."""
    inside = False
    while not el.tail:
        if not isinstance(el.tag, str):
            return None  # a comment shows nothing
        if el.tag in BLOCK_TAGS:
            return _WORD_MAY_END if inside else None  # a block of its own ends its own line
        if not len(el):
            return el.text
        el, inside = el[-1], True
    return el.tail


_WORD_MAY_END = "…"  # what _last_text gives where a word may end: any text not ending in a space


def _text_follows(el: etree._Element) -> bool:
    """Does the next sibling start inline, so that text after `el` would run on?"""
    after = el.getnext()
    return after is not None and isinstance(after.tag, str) and after.tag not in BLOCK_TAGS


def space_block_tails(root: etree._Element) -> None:
    """Part the text on either side of each block with a space, so that code which drops a
    block and joins that text (as lxml's drop_tree does) keeps two words apart:
    "000<div>1</div>0" and "0<div>1</div><b>0</b>" read as a page are three lines, never
    one word. Only where a word ends right before the block: lengths elsewhere stay."""
    for el in root.iter(*BLOCK_TAGS):
        tail = el.tail
        parent = el.getparent()
        if parent is not None and _word_ends_before(parent, _before_blocks(el)) and _text_runs_on(el, tail):
            el.tail = " " + (tail or "")


# Sibling <span>s that touch inside a link ("<a><span>Harbour Co</span><span>Tide Lamp</span></a>")
# are the fields of an item's linked title that a style sets apart (a brand and a name): where the
# words on either side would run into one across a change of case, or from a word in capitals to a
# capital ("<span>HARBOURCO</span><span>Tide Lamp</span>"), a space parts them. Each side
# holds MIN_TOUCHING_FIELD_CHARS or more, so a word styled letter by letter (a drop cap) stays whole;
# code keeps its spans as written. (Touching spans outside links are often alternates of which a
# style shows one, "3 points" beside "4 points", or a byline's label: left as they are, but
# for a span that opens with its own label, FIELD_LABEL_RE.)
MIN_TOUCHING_FIELD_CHARS = 2
# A span that opens with its own label ("<span>SKU: 4471</span><span>Model: QW-2</span>") is a
# field of its own wherever it touches the one before: a capitalised word and a colon, then a space.
FIELD_LABEL_RE = lazy(r"[A-Z][A-Za-z#.]{0,11}:\s")
# Sibling spans of one class that touch are the fields of a row a style sets apart (a film's
# year and running time; a post's date and reading time once the dot between them, hidden from
# screen readers, is gone): where a number meets a number, "2024" and "2h 10m" read apart, not as
# "20242h 10m". (Elsewhere the references read such spans run together as often as apart:
# a code's letters and its number, "QK" + "119"; parting letters from numbers too lowered two
# check halves.)


def part_touching_fields(root: etree._Element) -> None:
    """Put a space between sibling <span>s whose words would run together: in a link, across a
    change of case or from a word in capitals to a capital (MIN_TOUCHING_FIELD_CHARS); anywhere, before a span that opens with its
    label (FIELD_LABEL_RE), or between two of one class where a number meets a number (a row's fields)."""
    for el in root.iter("span"):
        if el.tail:
            continue
        after = el.getnext()
        while after is not None and not isinstance(after.tag, str) and not after.tail:
            after = after.getnext()  # a comment between the two shows nothing
        if after is None or after.tag != "span":
            continue
        left, right = el.text_content(), after.text_content()
        if len(left.strip()) < MIN_TOUCHING_FIELD_CHARS or len(right.strip()) < MIN_TOUCHING_FIELD_CHARS:
            continue
        if (((left[-1].islower() or _ends_in_capitals(left)) and right[0].isupper()
             and next(el.iterancestors("a"), None) is not None)
                or (left[-1].isalnum() and FIELD_LABEL_RE.match(right))
                or (left[-1].isdigit() and right[0].isdigit() and _same_class(el, after))) \
                and next(el.iterancestors("pre", "code"), None) is None:
            el.tail = " "


def _same_class(el: etree._Element, other: etree._Element) -> bool:
    """Do two elements carry the same class words (and some)?"""
    mine = el.get("class")
    return bool(mine) and mine.split() == (other.get("class") or "").split()


def _ends_in_capitals(text: str) -> bool:
    """Does the text end in a word of capitals ("BRANDCO"), a brand set in capitals before the
    item's name? (MIN_TOUCHING_FIELD_CHARS letters or more, so one capital letter stays a word's
    first.)"""
    words = text.split()
    last = words[-1] if words else ""
    return len(last) >= MIN_TOUCHING_FIELD_CHARS and last.isalpha() and last.isupper()


def _before_blocks(el: etree._Element) -> etree._Element | None:
    """The sibling before the run of blocks that `el` ends (blocks with no text after them):
    "0<div>a</div><div>b</div>2" drops both blocks as one gap, so the "0" before the first is
    the word the "2" would run into."""
    prev = el.getprevious()
    while prev is not None and isinstance(prev.tag, str) and prev.tag in BLOCK_TAGS and not prev.tail:
        prev = prev.getprevious()
    return prev


def previous_element(el: etree._Element) -> etree._Element | None:
    """The element before `el` among its siblings, comments and processing instructions skipped."""
    node = el.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious()
    return node


def next_element(el: etree._Element) -> etree._Element | None:
    """The element after `el` among its siblings, comments and processing instructions skipped."""
    node = el.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getnext()
    return node


def contains(ancestor: etree._Element, node: etree._Element | None) -> bool:
    """Is `node` `ancestor` or inside it?"""
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def count_up_to(items: Iterable, limit: int) -> int:
    """How many items, counting no further than `limit`."""
    n = 0
    for _ in items:
        n += 1
        if n >= limit:
            break
    return n


def link_density(node: etree._Element, card_chars: int | None = None, chars: int | None = None) -> float:
    """Share of `node`'s text that sits inside links.

    With `card_chars`, a link holding more than that many characters counts its
    paragraphs as text: a card (a link wrapped around a title and a summary) is an
    item of a listing, and only its title is the link (a CJK character counts for two
    letters: a Korean or Chinese card holds as much in half the characters); so does such a link that is a
    paragraph's whole text beside other links (the card's summary, linked whole like its
    title; alone in its block, a footer's one-link blurb stays a link). `chars` is the length of
    `node`'s text, when the caller has read it."""
    total = len(node.text_content()) if chars is None else chars
    if not total:
        return 0.0
    linked = 0
    links = list(node.iter("a"))
    for a in links:
        text = a.text_content()
        chars = len(text)
        if card_chars is not None and (chars > card_chars
                                       or chars * 2 > card_chars and chars + cjk_count(text) > card_chars):
            parent = a.getparent()
            if len(links) > 1 and parent is not None and parent.tag == "p" and len(parent) == 1 \
                    and not (parent.text or "").strip():
                chars = 0  # a paragraph that is one link, beside the card's title: its summary, linked whole
            else:
                chars -= sum(len(p.text_content()) for p in a.iter("p"))
        linked += chars
    return min(max(linked, 0) / total, 1.0)


def short_path(el: etree._Element, depth: int = 3) -> str:
    """A short CSS-like path such as `body>div.msk-modal`, for --explain."""
    parts = []
    node = el
    while node is not None and len(parts) < depth and isinstance(node.tag, str):
        part = node.tag
        ident = node.get("id")
        cls = (node.get("class") or "").split()
        if ident:
            part += f"#{ident}"
        elif cls:
            part += "." + ".".join(cls[:2])
        parts.append(part)
        if node.tag == "body":
            break
        node = node.getparent()
    return ">".join(reversed(parts))


def leading_text(el: etree._Element, chars: int) -> str:
    """About the first `chars` characters of a block's text, without reading the rest."""
    found: list[str] = []
    size = 0
    for piece in el.itertext():
        found.append(piece)
        size += len(piece)
        if size >= chars:
            break
    return " ".join(found)[:chars]


def first_words(el: etree._Element, words: int = 8) -> str:
    """The first words of a block, for --explain (text of separate elements kept apart)."""
    found: list[str] = []
    for piece in el.itertext():
        found.extend(piece.split())
        if len(found) >= words:
            break
    return " ".join(found[:words]) or f"<{el.tag}>"


def word_count(el: etree._Element) -> int:
    """Whitespace-separated words in `el`'s text."""
    return len(el.text_content().split())
