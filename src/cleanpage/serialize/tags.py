"""Tag tables shared by the Markdown and plain-text writers, and the tree walk.

    walk(root, enter, text)   depth-first, iterative, enter/exit events

Both writers see the body through `walk`: an explicit stack instead of
recursion, because a body can be 100,000 elements deep.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator

from lxml import etree

from ..patterns import lazy
from ..tree import BLOCK_TAGS  # noqa: F401  (one table, kept in tree: the tree helpers read it too)

# Elements whose content is never article text: code, widgets, embeds, form
# controls. Their text (script source, <option> lists, fallback "Your browser
# does not support…") must never reach the output. Not the empty <source> and
# <track>: libxml2 nests what follows them inside them (the <img> of a
# <picture>), and that is the page's.
SKIP_TAGS = frozenset({
    "script", "style", "template", "noscript", "svg", "button", "input", "select",
    "option", "optgroup", "textarea", "iframe", "object", "embed", "canvas", "audio",
    "video", "head", "title", "meta", "link", "base", "map", "area", "param",
    "datalist", "math",
})


HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# Any run of whitespace in inline text becomes one space (HTML's own rule,
# widened to Unicode spaces so NBSP runs collapse too: str.split() agrees).
WHITESPACE_RE = lazy(r"\s+")



def is_blank(text: str) -> bool:
    """Nothing a reader would see: spaces, control characters (the Markdown
    writer's markers among them) and zero-width or other invisible format
    characters (U+200B-U+200D, U+2060, U+FEFF, soft hyphen: category Cf) only."""
    if text[:1].isalnum():  # the common case: a paragraph starts with a word
        return False
    # The markup's indentation between blocks next: its spaces cut off in C (strip() drops what
    # isspace() calls a space, none of it visible), the rest read a character at a time.
    rest = text.strip()
    return not rest or (not rest[:1].isalnum() and not any(_visible(ch) for ch in rest))


def _visible(ch: str) -> bool:
    return ch.isalnum() or not (ch.isspace() or unicodedata.category(ch) in _INVISIBLE_CATEGORIES)


_INVISIBLE_CATEGORIES = frozenset(("Cc", "Cf"))


def one_line(text: str | None) -> str:
    """Text as one line: whitespace runs -> one space, edges trimmed (titles, bylines, alt text)."""
    return " ".join(text.split()) if text else ""


def collapse_spaces(text: str) -> str:
    """Runs of whitespace -> one space, edges kept (split/join: 4x a regex sub)."""
    if text.isprintable() and "  " not in text:
        return text  # the common case, told in two C passes: the only whitespace a printable text holds is " "
    words = text.split()
    if not words:
        return " " if text else ""
    collapsed = " ".join(words)
    if text[0].isspace():
        collapsed = " " + collapsed
    if text[-1].isspace():
        collapsed += " "
    return collapsed


Exit = Callable[[], None]


def _skip() -> None:
    """The exit of an element whose subtree is dropped or was consumed on entry."""


SKIP: Exit = _skip


def tag_name(tag: str) -> str:
    """`{ns}Tag` -> `tag`: handlers are keyed by plain lower-case names."""
    if "}" in tag:
        tag = tag.rpartition("}")[2]
    return tag.lower()


def walk(root: etree._Element, enter: Callable[[etree._Element, str], Exit | None],
         text: Callable[[str], None]) -> None:
    """Visit root depth-first: enter(el, el.tag) on open, text for .text/.tail, its exit on close.

    enter returns None (no exit action), an exit callable, or SKIP (do not descend
    and do not emit the element's own text). Comments and processing
    instructions are skipped but their tails are text. The root's tail is not
    part of it.
    """
    on_exit = enter(root, root.tag)
    if on_exit is SKIP:
        return
    # each .tag, .text and .tail is read once: lxml makes a new string of it at every read
    if own := root.text:
        text(own)
    stack: list[tuple[etree._Element, Iterator[etree._Element], Exit | None]] = [
        (root, iter(root), on_exit)]
    while stack:
        el, children, on_exit = stack[-1]
        # a leaf's siblings in one loop; a child with content breaks out to be descended into
        for child in children:
            tag = child.tag
            if isinstance(tag, str):
                child_exit = enter(child, tag)
                if child_exit is not SKIP:
                    if own := child.text:
                        text(own)
                    stack.append((child, iter(child), child_exit))
                    break
            if tail := child.tail:
                text(tail)
        else:
            stack.pop()
            if on_exit is not None:
                on_exit()
            if stack and (tail := el.tail):
                text(tail)


def raw_text(el: etree._Element) -> str:
    """The text of a subtree as written (for <pre>/<code>), <br> as a newline."""
    if len(el) == 0:  # no children: the common <code>word</code>
        return (el.text or "").replace("\r\n", "\n").replace("\r", "\n")
    if el.find(".//br") is not None:
        el = _copy_with_breaks(el)
    text = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _copy_with_breaks(el: etree._Element) -> etree._Element:
    """A copy of el where every <br> carries a newline (the original stays as is)."""
    from copy import deepcopy

    copy = deepcopy(el)
    copy.tail = None
    for br in copy.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return copy
