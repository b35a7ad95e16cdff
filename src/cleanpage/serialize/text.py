"""The article body (an lxml element) as plain text.

    body_to_text(body) -> str
    has_text(body) -> bool   body_to_text(body) != "", found without rendering it

Blocks (paragraphs, headings, quotes, <pre>, captions, div text runs, dt/dd)
are separated by a blank line; consecutive list items and table rows by one
newline; table cells by a tab. Inline whitespace collapses to one space,
<br> is a newline, <pre> keeps its text as written. Inline elements join
without adding or losing a space, so every word of the body appears exactly
once: this text is what the accuracy benchmark scores.
"""

from __future__ import annotations


from lxml import etree

from ..model import Article
from .byline import byline_line
from .tags import (BLOCK_TAGS, SKIP, SKIP_TAGS, Exit, collapse_spaces, is_blank, one_line, raw_text, tag_name,
                   walk)
from ..patterns import lazy

# Blocks that are items of a list-like run: separated from each other by "\n".
ITEM_TAGS = frozenset({"li", "tr"})
# Containers of items: a blank line separates one run of items from the next.
ITEM_CONTAINER_TAGS = frozenset({"ul", "ol", "menu", "dir", "table"})
CELL_TAGS = frozenset({"td", "th"})
PRE_TAGS = frozenset({"pre", "listing", "xmp", "plaintext"})
CELL_SEPARATOR = "\t"

_SPACE_RUN_RE = lazy(r" {2,}")
_SPACES_AROUND_SEPARATOR_RE = lazy(r" *([\n\t]) *")


def body_to_text(body: etree._Element) -> str:
    """The body as plain text, blocks separated by blank lines."""
    writer = _TextWriter()
    walk(body, writer.enter, writer.text)
    writer.flush()
    return writer.result()


def has_text(body: etree._Element) -> bool:
    """Would `body_to_text(body)` hold anything? The texts its walk hands the writer, read
    until the first one a reader sees (the writer drops blocks that are blank, and only
    blanks are dropped): what clean() asks of every body, without rendering it."""
    pending = [body]
    while pending:
        el = pending.pop()
        tag = tag_name(el.tag)
        if tag in BLOCK_TAGS:  # the writer's `enter`, in its order
            if tag in PRE_TAGS:
                if not is_blank(raw_text(el)):
                    return True
                continue
        elif tag == "br" or tag in SKIP_TAGS:
            continue
        if el.text and not is_blank(el.text):
            return True
        for child in el:
            if child.tail and not is_blank(child.tail):  # a skipped element's tail is read too
                return True
            if isinstance(child.tag, str):  # not a comment or processing instruction
                pending.append(child)
    return False


class _TextWriter:
    """Collects inline text and cuts it into blocks at block boundaries."""

    def __init__(self) -> None:
        self.pieces: list[str] = []  # raw inline text of the block being built
        self._parts: list[str] = []  # blocks and their separators
        self._last_item = False  # the last block was a list item / table row
        self._item_open = False  # the next block is the first of a list item/row
        self._item_depth = 0  # open lists/tables
        self._run_ended = False  # the last list/table closed: next block after a blank line
        self._tags: dict[str, str] = {}

    def enter(self, el: etree._Element, name: str) -> Exit | None:
        tag = self._tags.get(name)
        if tag is None:
            tag = self._tags[name] = tag_name(name)
        if tag in BLOCK_TAGS:
            return self._enter_block(el, tag)
        if tag == "br":
            self.pieces.append("\n")
            return SKIP
        if tag in SKIP_TAGS:
            return SKIP
        return None

    def _enter_block(self, el: etree._Element, tag: str) -> Exit | None:
        if tag in CELL_TAGS:
            if self.pieces:
                self.pieces.append(CELL_SEPARATOR)
            return None
        self.flush()
        if tag in PRE_TAGS:
            self._add(raw_text(el).strip("\n").rstrip(), self._item_open)
            return SKIP
        if tag in ITEM_TAGS:
            self._item_open = True
            return self._close_item
        if tag in ITEM_CONTAINER_TAGS:
            self._item_depth += 1
            return self._close_items
        return self.flush

    def _close_items(self) -> None:
        self.flush()
        self._item_depth -= 1
        if self._item_depth == 0:
            self._run_ended = True

    def _close_item(self) -> None:
        self.flush()
        self._item_open = False

    def text(self, text: str) -> None:
        self.pieces.append(collapse_spaces(text))

    def flush(self) -> None:
        """End the block being built: join its pieces once, tidy the spaces."""
        if not self.pieces:
            return
        text = "".join(self.pieces)
        if "  " in text:
            text = _SPACE_RUN_RE.sub(" ", text)
        self.pieces.clear()
        if "\n" in text or CELL_SEPARATOR in text:
            text = _SPACES_AROUND_SEPARATOR_RE.sub(r"\1", text)
        self._add(text.strip(" \n\t"), self._item_open)

    def _add(self, text: str, is_item: bool) -> None:
        if is_blank(text):  # also a block of zero-width spaces only
            return
        if self._parts:
            tight = is_item and self._last_item and not self._run_ended
            self._parts.append("\n" if tight else "\n\n")
        self._parts.append(text)
        self._last_item = is_item
        self._item_open = self._run_ended = False

    def result(self) -> str:
        return "".join(self._parts)


def render_text(article: Article) -> str:
    """Title line, byline/date line, a blank line, the body; one final newline."""
    head = [line for line in (one_line(article.title), byline_line(article)) if line]
    blocks = ["\n".join(head)] if head else []
    if article.text.strip():
        blocks.append(article.text.strip("\n"))
    return "\n\n".join(blocks) + "\n"
