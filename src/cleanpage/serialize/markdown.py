"""The article body (an lxml element) as CommonMark + GFM tables.

    body_to_markdown(body, base_url=None, options=None) -> str   (no title line)

1. survey the body once: heading levels, which inline wrappers hold blocks,
   footnote references (notes.py)
2. walk it once (tags.walk: iterative, depth-safe); each element's tag picks a
   method `enter_<tag>` (aliases such as `enter_b = enter_strong`), which may
   return the function to run when the element closes
3. append the footnote definitions

Output streams out as blocks. Inline content (text, emphasis, links, code)
collects as an inline stream (inline.py: raw text with its markup marked out)
in a stack of string lists, one per open inline wrapper, each joined once when
it closes. A block boundary flushes the collected paragraph: its stream is
rendered once (emphasis resolved, text escaped where CommonMark would misread
it), and every line gets the prefixes of the open containers (list items "- ",
quotes "> "), so the cost per line is bounded by the nesting caps, never by
tree depth.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partialmethod
from urllib.parse import urljoin

from lxml import etree

from ..images import image_source
from ..model import Article, Options
from ..patterns import lazy
from . import inline
from .byline import byline_line
from .escape import escape, escape_heading
from .notes import Notes, find_notes
from .tags import (BLOCK_TAGS, HEADING_LEVELS, SKIP, SKIP_TAGS, WHITESPACE_RE, Exit, collapse_spaces, is_blank,
                   one_line, raw_text, tag_name, walk)

DEFAULT_OPTIONS = Options()

# Nesting deeper than this renders at the cap: a 5,000-deep list must not
# indent 5,000 times (quadratic output). Real articles nest lists < 5 deep.
LIST_DEPTH_CAP = 10
QUOTE_DEPTH_CAP = 8

# The title is "#", so the body's highest heading becomes "##".
TOP_BODY_HEADING = 2
MAX_HEADING = 6

# A hard line break in the inline stream (written as backslash + newline:
# trailing spaces would be invisible).
BREAK = inline.BREAK

# Link/image targets that run code or embed/reach local data: keep the text only.
UNSAFE_URL_RE = lazy(r"^(?:javascript|vbscript|data|file):", re.I)
# Browsers drop ASCII tab/newline anywhere in a URL ("java\tscript:" runs);
# other control characters can't sit in a Markdown link destination.
_URL_NOISE = str.maketrans("", "", "".join(map(chr, range(32))) + "\x7f")
# Destinations with these need the <…> form (spaces, parens) or break it.
_DESTINATION_SPECIALS_RE = lazy(r"[\s()<>\\]")
_DESTINATION_ESCAPES = str.maketrans({"<": "\\<", ">": "\\>", "\\": "\\\\"})

# Code language from class="language-python" / "lang-js" (also on the <pre>).
LANGUAGE_CLASS_RE = lazy(r"(?:^|\s)(?:language|lang)-([\w+#.-]+)")
# ... or from a wrapper's class="highlight-python" (Sphinx, Pygments), but not these.
WRAPPER_LANGUAGE_RE = lazy(r"(?:^|\s)(?:highlight|language|lang)-([\w+#.-]+)")
NO_LANGUAGE = frozenset(("default", "none", "text", "plain", "plaintext"))

_SPACE_RUN_RE = lazy(r" {2,}")
_SPACES_AROUND_BREAK_RE = lazy(r" *\n *")
_REPEATED_BREAKS_RE = lazy(r"\n{2,}")


def body_to_markdown(body: etree._Element, *, base_url: str | None = None,
                     options: Options | None = None) -> str:
    """The body as CommonMark + GFM tables, without the title line."""
    survey = _survey(body)
    writer = _MarkdownWriter(survey, base_url, options or DEFAULT_OPTIONS)
    writer.write(body)
    lines = writer.finish()
    for number, target in survey.notes.definitions:
        text = _render_note(target, survey, base_url, options or DEFAULT_OPTIONS)
        lines.extend(("", f"[^{number}]: {text}"))
    return "\n".join(lines).strip("\n")


@dataclass(slots=True, eq=False)  # never compared: no __eq__ compiled at import
class _Survey:
    heading_shift: int = 0  # added to h1..h6 levels
    notes: Notes = field(default_factory=Notes)


# The survey looks at these only.
_SURVEY_TAGS = ("a", *HEADING_LEVELS)


def _survey(body: etree._Element) -> _Survey:
    """One pass: the highest heading level and the in-page links (footnotes)."""
    survey = _Survey()
    top_level = MAX_HEADING + 1
    anchors: list[tuple[etree._Element, str]] = []
    # iterwalk, not iter(): lxml frees an element proxy by walking up to the
    # nearest ancestor that has one, and iterwalk keeps the ancestors' proxies
    # alive, so a 100,000-deep body stays linear. The same holds for the writer
    # (tags.walk keeps its stack of ancestors) and for any set of elements kept
    # past the walk, which is why no such set is kept here.
    for _, el in etree.iterwalk(body, events=("start",), tag=_SURVEY_TAGS):
        tag = el.tag
        if tag in HEADING_LEVELS:
            top_level = min(top_level, HEADING_LEVELS[tag])
        else:
            href = el.get("href")
            if href and href.startswith("#") and len(href) > 1:
                anchors.append((el, href[1:]))
    if top_level <= MAX_HEADING:
        survey.heading_shift = TOP_BODY_HEADING - top_level
    if anchors:
        survey.notes = find_notes(body, anchors)
    return survey


@dataclass(slots=True, eq=False)  # never compared: no __eq__ compiled at import
class _Container:
    """A block container open around the output: a list item or a block quote."""

    first: str  # prefix of its first line: "- ", "12. ", "> "
    rest: str  # prefix of its later lines: "  ", "    ", "> "
    tight: bool = False  # a list item that may follow the previous line directly
    started: bool = False


@dataclass(slots=True, eq=False)  # never compared: no __eq__ compiled at import
class _List:
    ordered: bool
    number: int  # of the next item
    marker: str  # "-" / "*" or "." / ")"
    start: int = 1
    items: int = 0  # items rendered so far


@dataclass(slots=True, eq=False)  # never compared: no __eq__ compiled at import
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    caption: str = ""


class _MarkdownWriter:
    """Streams Markdown lines from enter/exit events of one walk."""

    def __init__(self, survey: _Survey, base_url: str | None, options: Options) -> None:
        self._survey = survey
        self._skip = survey.notes.skip
        self._notes = survey.notes.numbers
        self._base_url = base_url
        self._links = options.links
        self._images = options.images
        self._out: list[str] = []  # finished lines
        self._stack: list[list[str]] = [[]]  # paragraph pieces, then one list per open wrapper
        self._dissolved = 0  # wrappers below this stack index hold a block: no markup
        self._containers: list[_Container] = []
        self._items: list[_Container] = []  # the list-item containers among them
        self._lists: list[_List] = []
        self._tables: list[_Table | None] = []  # None: a layout table
        self._inline_only = 0  # > 0 in headings and table cells: blocks become spaces
        self._marks: set[str] = set()  # emphasis markers open
        self._in_link = False
        self._quote_depth = 0
        self._pending_rule = False
        self._closed_list: tuple[int, int, str] | None = None  # (depth, line count, marker)
        self._handlers: dict[str, Callable[[etree._Element], Exit | None]] = {}
        self._root: etree._Element | None = None

    # -- the walk ---------------------------------------------------------

    def write(self, root: etree._Element) -> None:
        self._root = root
        walk(root, self._enter, self._text)

    def finish(self) -> list[str]:
        self._flush()
        return self._out

    def inline_content(self) -> str:
        """Everything written so far as one line (for footnote definitions)."""
        return inline.render(_one_line("".join(self._stack[0])), "inline")

    def _enter(self, el: etree._Element, tag: str) -> Exit | None:
        if el in self._skip and el is not self._root:
            return SKIP
        handler = self._handlers.get(tag)
        if handler is None:
            handler = self._handlers[tag] = self._resolve(tag)
        return handler(el)

    def _resolve(self, tag: str) -> Callable[[etree._Element], Exit | None]:
        name = tag_name(tag)
        if name in SKIP_TAGS:
            return self.enter_skipped
        method = getattr(self, "enter_" + name, None) if name.isidentifier() else None
        if method is not None:
            return method
        return self.enter_block if name in BLOCK_TAGS else self.enter_inline

    def _text(self, text: str) -> None:
        if text.isspace():  # indentation between tags: the common case
            self._stack[-1].append(" ")
        elif text.isprintable():  # no control character, no space but " ": what inline.text keeps as is
            self._stack[-1].append(text if "  " not in text else collapse_spaces(text))
        else:
            self._stack[-1].append(inline.text(collapse_spaces(text)))

    # -- output -----------------------------------------------------------

    def _flush(self) -> None:
        """Write the collected inline content as a paragraph."""
        if len(self._stack) > 1:
            self._dissolve_wrappers()
        pieces = self._stack[0]
        if not pieces:
            return
        stream = "".join(pieces)
        pieces.clear()
        if stream.isspace():
            return  # the indentation between two blocks: no paragraph
        stream = _tidy_paragraph(stream)
        if not is_blank(stream):
            self._emit(inline.render(stream, "paragraph").split("\n"))

    def _dissolve_wrappers(self) -> None:
        """A block inside an open <a>/<b>/<em> (a card link around a heading and
        a teaser): Markdown markup can't span blocks, so those wrappers keep
        their text and lose their markup."""
        root = self._stack[0]
        for frame in self._stack[1:]:
            root.extend(frame)
            frame.clear()
        self._dissolved = len(self._stack)

    def _close_wrapper(self) -> tuple[str, bool]:
        """Pop the innermost wrapper: (its content, whether it can still be marked up)."""
        index = len(self._stack) - 1
        content = "".join(self._stack.pop())
        if self._dissolved > index:
            self._dissolved = index
            return content, False
        return content, True

    def _emit(self, lines: list[str]) -> None:
        """Write one block; a pending <hr> goes first if anything precedes it."""
        if self._pending_rule:
            self._pending_rule = False
            if self._out:
                self._put(["---"])
        self._put(lines)

    def _put(self, lines: list[str]) -> None:
        out = self._out
        containers = self._containers
        if not containers:
            if out:
                out.append("")
            out.extend(lines)
            return
        if out and not _starts_tight_item(containers):
            out.append("".join(c.rest for c in containers if c.started).rstrip())
        first = "".join(c.rest if c.started else c.first for c in containers)
        rest = "".join(c.rest for c in containers)
        blank = rest.rstrip()
        for container in containers:
            container.started = True
        out.append(first + lines[0])
        out.extend(rest + line if line else blank for line in lines[1:])

    def _space(self) -> None:
        self._stack[-1].append(" ")

    def _begin_inline(self) -> None:
        """Collect a heading/cell: its blocks become spaces until _end_inline."""
        self._stack.append([])
        self._inline_only += 1

    def _end_inline(self) -> str:
        """The collected stream, on one line (to be rendered by the caller)."""
        self._inline_only -= 1
        return _one_line("".join(self._stack.pop()))

    # -- generic families -------------------------------------------------

    def enter_skipped(self, el: etree._Element) -> Exit:
        return SKIP

    def enter_inline(self, el: etree._Element) -> None:
        return None

    def enter_block(self, el: etree._Element) -> Exit:
        if self._inline_only:
            self._space()
            return self._space
        self._flush()
        return self._flush

    # -- headings, paragraphs breaks, rules -------------------------------

    def _enter_heading(self, el: etree._Element, level: int) -> Exit:
        if self._inline_only:
            return self.enter_block(el)
        self._flush()
        self._begin_inline()
        level = min(MAX_HEADING, max(TOP_BODY_HEADING, level + self._survey.heading_shift))

        def close() -> None:
            stream = self._end_inline()
            if not is_blank(stream):
                self._emit(["#" * level + " " + escape_heading(inline.render(stream, "heading"))])
        return close

    enter_h1 = partialmethod(_enter_heading, level=1)
    enter_h2 = partialmethod(_enter_heading, level=2)
    enter_h3 = partialmethod(_enter_heading, level=3)
    enter_h4 = partialmethod(_enter_heading, level=4)
    enter_h5 = partialmethod(_enter_heading, level=5)
    enter_h6 = partialmethod(_enter_heading, level=6)

    def enter_br(self, el: etree._Element) -> Exit:
        self._stack[-1].append(" " if self._inline_only else BREAK)
        return SKIP

    def enter_hr(self, el: etree._Element) -> Exit:
        if self._inline_only:
            self._space()
        else:
            self._flush()
            self._pending_rule = True
        return SKIP

    # -- inline wrappers --------------------------------------------------

    def _enter_emphasis(self, el: etree._Element, mark: str) -> Exit | None:
        if mark in self._marks:
            return None
        self._marks.add(mark)
        self._stack.append([])
        left, right = inline.EMPHASIS[mark]

        def close() -> None:
            self._marks.discard(mark)
            content, whole = self._close_wrapper()
            self._stack[-1].append(inline.wrap(content, left, right) if whole else content)
        return close

    enter_strong = partialmethod(_enter_emphasis, mark="**")
    enter_b = enter_strong
    enter_em = partialmethod(_enter_emphasis, mark="*")
    enter_i = enter_em
    enter_cite = enter_em
    enter_dfn = enter_em
    enter_del = partialmethod(_enter_emphasis, mark="~~")
    enter_s = enter_del
    enter_strike = enter_del

    def enter_code(self, el: etree._Element) -> Exit:
        text = WHITESPACE_RE.sub(" ", raw_text(el))
        self._stack[-1].append(inline.code_span(text))
        return SKIP

    enter_kbd = enter_code
    enter_samp = enter_code
    enter_tt = enter_code

    def enter_a(self, el: etree._Element) -> Exit | None:
        number = self._notes.get(el)
        if number is not None:
            self._stack[-1].append(inline.markup(f"[^{number}]"))
            return SKIP
        if not self._links or self._in_link:
            return None
        url = self._url(el.get("href"))
        if url is None:
            return None
        self._in_link = True
        self._stack.append([])

        def close() -> None:
            self._in_link = False
            content, whole = self._close_wrapper()
            self._stack[-1].append(inline.wrap(content, _LINK_OPEN, inline.markup("](" + url + ")"))
                                   if whole else content)
        return close

    def enter_sup(self, el: etree._Element) -> Exit | None:
        number = self._notes.get(el)
        if number is None:
            return None
        self._stack[-1].append(inline.markup(f"[^{number}]"))
        return SKIP

    def enter_img(self, el: etree._Element) -> Exit:
        if not self._images:
            return SKIP
        url = self._url(image_source(el))
        if url is not None:
            alt = escape(inline.text(one_line(el.get("alt"))), "link")
            self._stack[-1].append(inline.markup(f"![{alt}]({url})"))
        return SKIP

    def _url(self, href: str | None) -> str | None:
        """A safe, absolute Markdown link destination, or None to keep text only."""
        if not href:
            return None
        href = href.strip().translate(_URL_NOISE)
        if not href or href.startswith("#") or UNSAFE_URL_RE.match(href):
            return None
        return _destination(self._base_url, href)

    # -- code blocks ------------------------------------------------------

    def enter_pre(self, el: etree._Element) -> Exit:
        code = raw_text(el)
        if self._inline_only:
            self._stack[-1].append(inline.code_span(WHITESPACE_RE.sub(" ", code)))
            return SKIP
        self._flush()
        code = code.strip("\n").rstrip()
        if code:
            fence = "`" * max(3, inline.longest_backtick_run(code) + 1)
            self._emit([fence + _code_language(el), *code.split("\n"), fence])
        return SKIP

    enter_listing = enter_pre
    enter_xmp = enter_pre
    enter_plaintext = enter_pre

    # -- lists and quotes -------------------------------------------------

    def _enter_list(self, el: etree._Element, ordered: bool) -> Exit:
        if self._inline_only:
            return self.enter_block(el)
        self._flush()
        marker = "." if ordered else "-"
        if self._closed_list == (len(self._containers), len(self._out), marker):
            marker = ")" if ordered else "*"  # a new list, not the previous one continued
        start = _list_start(el) if ordered else 1
        self._lists.append(_List(ordered, start, marker, start))

        def close() -> None:
            self._flush()
            self._lists.pop()
            self._closed_list = (len(self._containers), len(self._out), marker)
        return close

    enter_ul = partialmethod(_enter_list, ordered=False)
    enter_menu = enter_ul
    enter_dir = enter_ul
    enter_ol = partialmethod(_enter_list, ordered=True)

    def enter_li(self, el: etree._Element) -> Exit:
        if self._inline_only:
            return self.enter_block(el)
        self._flush()
        lst = self._lists[-1] if self._lists else _List(False, 1, "-")
        marker = f"{lst.number}{lst.marker} " if lst.ordered else lst.marker + " "
        lst.number += 1
        tight = lst.items > 0 or (len(self._lists) > 1 and (not lst.ordered or lst.start == 1))
        if len(self._items) >= LIST_DEPTH_CAP:  # render at the cap: a sibling of the deepest item
            item = self._items[-1]
            item.first, item.rest, item.tight, item.started = marker, " " * len(marker), tight, False
            return self._close_capped_item(lst, item)
        item = _Container(marker, " " * len(marker), tight)
        self._containers.append(item)
        self._items.append(item)

        def close() -> None:
            self._flush()
            self._containers.pop()
            self._items.pop()
            lst.items += item.started
        return close

    def _close_capped_item(self, lst: _List, item: _Container) -> Exit:
        def close() -> None:
            self._flush()
            lst.items += item.started
        return close

    def enter_blockquote(self, el: etree._Element) -> Exit:
        if self._inline_only or self._quote_depth >= QUOTE_DEPTH_CAP:
            return self.enter_block(el)
        self._flush()
        self._quote_depth += 1
        self._containers.append(_Container("> ", "> "))

        def close() -> None:
            self._flush()
            self._containers.pop()
            self._quote_depth -= 1
        return close

    # -- tables -----------------------------------------------------------

    def enter_table(self, el: etree._Element) -> Exit:
        if self._inline_only:
            return self.enter_block(el)
        self._flush()
        table = _Table() if _is_data_table(el) else None
        self._tables.append(table)

        def close() -> None:
            self._flush()
            self._tables.pop()
            if table is not None:
                self._emit_table(table)
        return close

    def _data_table(self) -> _Table | None:
        """The data table whose rows are being collected, if any."""
        if self._inline_only or not self._tables:
            return None
        return self._tables[-1]

    def enter_tr(self, el: etree._Element) -> Exit | None:
        table = self._data_table()
        if table is None:
            return self.enter_block(el)
        table.rows.append([])
        return None

    def enter_td(self, el: etree._Element) -> Exit:
        table = self._data_table()
        if table is None:
            return self.enter_block(el)
        if not table.rows:
            table.rows.append([])
        row = table.rows[-1]
        span = _colspan(el)
        self._begin_inline()

        def close() -> None:
            row.append(inline.render(self._end_inline(), "cell"))
            row.extend([""] * (span - 1))
        return close

    enter_th = enter_td

    def enter_caption(self, el: etree._Element) -> Exit:
        table = self._data_table()
        if table is None:
            return self.enter_block(el)
        self._begin_inline()

        def close() -> None:
            table.caption = inline.render(self._end_inline(), "paragraph")
        return close

    def _emit_table(self, table: _Table) -> None:
        rows = [row for row in table.rows if row]
        if not rows:
            return
        if not is_blank(table.caption):
            self._emit([table.caption])
        width = max(len(row) for row in rows)
        lines = [_table_row(rows[0], width), "|" + " --- |" * width]
        lines.extend(_table_row(row, width) for row in rows[1:])
        self._emit(lines)


# -- helpers: pure functions of strings and elements ------------------------

_LINK_OPEN = inline.markup("[")


# Already absolute: no urljoin needed (most links on most pages).
_ABSOLUTE_URL_RE = lazy(r"https?://[^/?#\\]", re.I)
# Pages repeat the same links (nav, tags, share buttons); urljoin is slow.
_URL_CACHE_SIZE = 4096


@lru_cache(maxsize=_URL_CACHE_SIZE)
def _destination(base_url: str | None, href: str) -> str:
    """href made absolute against base_url, in a form a Markdown link can hold."""
    if base_url and not _ABSOLUTE_URL_RE.match(href):
        try:
            href = urljoin(base_url, href)
        except ValueError:  # malformed (e.g. a bad IPv6 host): keep as written
            pass
    if _DESTINATION_SPECIALS_RE.search(href):
        return "<" + href.translate(_DESTINATION_ESCAPES) + ">"
    return href


def _starts_tight_item(containers: list[_Container]) -> bool:
    """Does the next block open a list item that may follow without a blank line?"""
    for container in containers:
        if not container.started:
            return container.tight
    return False


def _tidy_paragraph(stream: str) -> str:
    """A paragraph's stream: one space between words, no break at either end or twice."""
    if "  " in stream:
        stream = _SPACE_RUN_RE.sub(" ", stream)
    if BREAK in stream:
        stream = _SPACES_AROUND_BREAK_RE.sub(BREAK, stream)
        stream = _REPEATED_BREAKS_RE.sub(BREAK, stream)
    return stream.strip(" " + BREAK)


def _one_line(stream: str) -> str:
    """A stream flattened to one line (headings, cells, notes)."""
    stream = stream.replace(BREAK, " ")
    return _SPACE_RUN_RE.sub(" ", stream).strip(" ")


def _code_language(pre: etree._Element) -> str:
    for el in (pre, *pre.iterchildren("code")):
        match = LANGUAGE_CLASS_RE.search(el.get("class") or "")
        if match:
            return match.group(1)
    for el in pre.iterancestors():  # Sphinx: <div class="highlight-python"><div class="highlight"><pre>
        match = WRAPPER_LANGUAGE_RE.search(el.get("class") or "")
        if match and match.group(1) not in NO_LANGUAGE:
            return match.group(1)
        if el.tag not in ("div", "figure", "section"):
            break
    return ""


def _list_start(el: etree._Element) -> int:
    """<ol start>, clamped to what CommonMark accepts (0..999,999,999)."""
    try:
        return min(max(int(el.get("start") or 1), 0), 999_999_999)
    except ValueError:
        return 1


# A colspan beyond this is a layout trick, not data (HTML itself caps at 1000).
MAX_COLSPAN = 50


def _colspan(cell: etree._Element) -> int:
    try:
        return min(max(int(cell.get("colspan") or 1), 1), MAX_COLSPAN)
    except ValueError:
        return 1


def _table_row(cells: list[str], width: int) -> str:
    cells = cells + [""] * (width - len(cells))
    return "| " + " | ".join(cells) + " |"


# Blocks inside a cell that make the table a layout grid, not data: a cell
# holding a list, a heading or a quote is a page region. One <p>/<div> is just
# a wrapper; a nested table is flattened into its cell.
PARAGRAPH_WRAPPERS = frozenset({"p", "div", "span"})


def _is_data_table(table: etree._Element) -> bool:
    """At least two columns and cells of inline content only."""
    if table.get("role") in ("presentation", "none"):
        return False
    columns = 0
    for row in _table_rows(table):
        width = 0
        for cell in row:
            if cell.tag not in ("td", "th"):
                continue
            if _holds_blocks(cell):
                return False
            width += _colspan(cell)
        columns = max(columns, width)
    return columns >= 2


def _table_rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (not those of tables nested in its cells)."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(child.iterchildren("tr"))
    return rows


# Does an element hold a block anywhere below it? (C-level, no proxies made.)
_HAS_BLOCK_XPATH = etree.XPath(
    "boolean(descendant::*[" + " or ".join(f"self::{tag}" for tag in sorted(BLOCK_TAGS)) + "])")


def _holds_blocks(cell: etree._Element) -> bool:
    wrappers = 0
    for child in cell:
        tag = child.tag
        if not isinstance(tag, str) or tag == "table" or tag == "br":
            continue
        if tag in PARAGRAPH_WRAPPERS:
            wrappers += 1
            if wrappers > 1 or _HAS_BLOCK_XPATH(child):
                return True
        elif tag in BLOCK_TAGS or _HAS_BLOCK_XPATH(child):
            return True
    return False


def _render_note(target: etree._Element, survey: _Survey, base_url: str | None,
                 options: Options) -> str:
    """A footnote definition's text: the target's content on one line."""
    writer = _MarkdownWriter(survey, base_url, options)
    writer._inline_only = 1
    writer.write(target)
    return writer.inline_content()


# -- a whole Article ----------------------------------------------------------

# Front matter keys, in order; values are JSON scalars, which are valid YAML.
FRONT_MATTER_FIELDS = ("title", "byline", "date", "updated", "url", "site_name", "lang", "description")


def render_markdown(article: Article, options: Options | None = None) -> str:
    """`# title`, the byline/date line, the body; optional YAML front matter first."""
    options = options or DEFAULT_OPTIONS
    blocks: list[str] = []
    if options.front_matter:
        fields = (f"{name}: {json.dumps(getattr(article, name), ensure_ascii=False)}"
                  for name in FRONT_MATTER_FIELDS)
        blocks.append("\n".join(("---", *fields, "---")))
    if article.title:
        blocks.append("# " + escape_heading(escape(inline.text(one_line(article.title)), "heading")))
    credit = byline_line(article)
    if credit:
        blocks.append(escape(inline.text(credit), "paragraph"))
    if article.markdown.strip():
        blocks.append(article.markdown.strip("\n"))
    return "\n\n".join(blocks) + "\n"
