"""Markdown escaping: a backslash only where CommonMark would misread the text.

    write(segments, context) -> str   text and markup segments as one Markdown string
    escape(text, context) -> str      one run of plain text
    escape_heading(s)                 a closing run of # at the end of an ATX heading

Each special character is judged on the finished line around it, markup
included, so `[it]`, `#hashtag`, `+1`, `a | b` and `2 * 3` stay as written while
`[a](b)`, `# a`, `- a`, `*a*` and `<b>` are escaped. Contexts:

    paragraph   lines of a paragraph, list item or quote: block syntax at each
                line start (# - + * > 1. ``` ~~~ --- === |-|) is escaped too
    heading     the text of an ATX heading (one line)
    cell        a GFM table cell: every | is escaped, in markup too
    inline      text after a prefix on its line (footnote definitions)
    link        the text of a link or image: brackets without a partner are escaped

Curly quotes, dashes and every non-ASCII character pass through untouched.
"""

from __future__ import annotations

import re

from ..patterns import lazy

CONTEXTS = ("paragraph", "heading", "cell", "inline", "link")

# string.punctuation and string.ascii_letters, written out: importing `string` builds its Template
# class, whose pattern re compiles (~2.9M instructions in every process that renders Markdown).
ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

# (is text, string): text is escaped, markup is written as is.
Segment = tuple[bool, str]

# Characters whose meaning depends on their neighbours anywhere in a line.
# Each looked for on its own where a line is only tested: `ch in line` is a memchr, and the eleven of
# them cost a line a fraction of the regex's charset scan (~40 instructions a character) when it holds
# none of them, as most lines do.
_SPECIAL_CHARS = "\\*_`<&[]!|~"
_SPECIAL_RE = lazy("[" + re.escape(_SPECIAL_CHARS) + "]")
_ASCII_PUNCT = frozenset(ASCII_PUNCTUATION)
# "<" opens raw HTML or an autolink only before a letter, "/", "!" or "?".
_TAG_STARTS = frozenset(ASCII_LETTERS + "/!?")
# "&name;", "&#123;" and "&#x1F;" are decoded as character references.
_ENTITY_RE = lazy(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Block syntax at a line start, escaped at its first character.
_BLOCK_START_RE = lazy(r"""(?x)
    \#{1,6}(?:\ |$)               # ATX heading
  | [-+*](?:\ |$)                 # bullet list item
  | >                             # block quote
  | ([-_*])(?:\ *\1){2,}\ *$      # thematic break
  | (?:=+|-+)\ *$                 # setext heading underline
  | (?=[\ |:]*-)[|:-][\ |:-]*$    # GFM table delimiter row (tables interrupt paragraphs)
  | \[[\ xX]\]                    # GFM task list box
""")
# The first characters of everything _BLOCK_START_RE and _ORDERED_MARKER_RE match.
_BLOCK_START_CHARS = frozenset("#-+*>_=|:[0123456789")
# "1." or "1)" then a space or the line end: an ordered list item (at most 9
# digits); escaped at its "." or ")".
_ORDERED_MARKER_RE = lazy(r"[0-9]{1,9}([.)])(?:\ |$)")

# A closing sequence of # at the end of an ATX heading is stripped by parsers.
_CLOSING_HASHES_RE = lazy(r"(^|\s)(#+)$")


def escape(text: str, context: str) -> str:
    """One run of plain text as Markdown in `context`."""
    return write([(True, text)], context)


def write(segments: list[Segment], context: str) -> str:
    """The segments joined, with a backslash before each text character that
    CommonMark (and GFM, for tables, task lists and strikethrough) would misread."""
    line = "".join([value for _, value in segments])
    if not line:
        return line
    special = context == "cell" or any(map(line.__contains__, _SPECIAL_CHARS))
    starts = _line_start_escapes(segments, line) if context == "paragraph" else []
    positions = _inline_escapes(segments, line, context, frozenset(starts)) if special else []
    positions.extend(starts)
    if not positions:
        return line
    out = []
    last = 0
    for i in sorted(set(positions)):
        out.append(line[last:i])
        out.append("\\")
        last = i
    out.append(line[last:])
    return "".join(out)


def escape_heading(text: str) -> str:
    """Keep a trailing run of # in heading text (escape its first #)."""
    return _CLOSING_HASHES_RE.sub(r"\1\\\2", text)


def _inline_escapes(segments: list[Segment], line: str, context: str, escaped: frozenset[int]) -> list[int]:
    """Positions to escape inside lines; `escaped` are escaped already (block syntax at a line
    start), so a bracket there pairs with nothing in link text."""
    positions = []
    link_brackets: list[int] = []  # unescaped brackets of the link text being read
    offset = 0
    in_link = context == "link"
    code_ticks = line.count("`") > 1  # a lone backtick opens no code span
    cell = context == "cell"
    for is_text, value in segments:
        if is_text:
            for match in _SPECIAL_RE.finditer(value):
                i = offset + match.start()
                if _misread(line, i, code_ticks, cell):
                    positions.append(i)
                elif in_link and line[i] in "[]" and i not in escaped:
                    link_brackets.append(i)
        else:
            if value == "[":
                in_link = True
            elif value.startswith("](") and in_link:
                positions.extend(_unpaired(line, link_brackets))
                in_link = False
                link_brackets = []
            if cell and "|" in value:  # GFM splits rows before it parses code spans and links
                positions.extend(offset + j for j, ch in enumerate(value) if ch == "|")
        offset += len(value)
    positions.extend(_unpaired(line, link_brackets))
    return positions


def _unpaired(line: str, brackets: list[int]) -> list[int]:
    """The brackets of a link text without a partner: link text may hold
    brackets only in pairs (`[[1]](#note-1)` is a link to "[1]")."""
    opened: list[int] = []
    lone = []
    for i in brackets:
        if line[i] == "[":
            opened.append(i)
        elif opened:
            opened.pop()
        else:
            lone.append(i)
    return lone + opened


def _misread(line: str, i: int, code_ticks: bool, cell: bool) -> bool:
    """Would CommonMark read the text character line[i] as syntax (brackets
    inside link text aside: see _unpaired)?"""
    ch = line[i]
    before = line[i - 1] if i else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if ch == "\\":  # escapes the next ASCII punctuation (or makes a hard break)
        return not after or after in _ASCII_PUNCT
    if ch == "*":  # emphasis, unless spaces on both sides (`2 * 3`)
        return not (_is_space(before) and _is_space(after))
    if ch == "_":  # emphasis, unless inside a word (`snake_case`) or between spaces
        return not (before.isalnum() and after.isalnum()) and not (_is_space(before) and _is_space(after))
    if ch == "`":
        return code_ticks
    if ch == "<":
        return after in _TAG_STARTS
    if ch == "&":
        return _ENTITY_RE.match(line, i) is not None
    if ch == "[":  # `[^1]` reads as a footnote in GFM
        return after == "^"
    if ch == "]":  # `[a](b)`, `[a][b]`, `[a]: b`
        return after in ("(", "[", ":")
    if ch == "!":
        return after == "["
    if ch == "|":
        return cell
    return not _is_space(before)  # "~": GFM strikethrough closes on a "~" after a non-space


def _is_space(ch: str) -> bool:
    """A line edge ("") or whitespace."""
    return not ch or ch.isspace()


def _line_start_escapes(segments: list[Segment], line: str) -> list[int]:
    """Where a line of a paragraph starts with block syntax written as text."""
    positions = []
    start = 0
    while start < len(line):
        end = line.find("\n", start)
        if end < 0:
            end = len(line)
        if line[start] in _BLOCK_START_CHARS:  # most lines start with a letter
            i = _block_start(line, start, end)
            if i is not None and _is_text_at(segments, i):
                positions.append(i)
        start = end + 1
    return positions


def _is_text_at(segments: list[Segment], index: int) -> bool:
    offset = 0
    for is_text, value in segments:
        offset += len(value)
        if index < offset:
            return is_text
    return False


def _block_start(line: str, start: int, end: int) -> int | None:
    if _BLOCK_START_RE.match(line, start, end):
        return start
    ordered = _ORDERED_MARKER_RE.match(line, start, end)
    return ordered.start(1) if ordered else None
