"""str -> lxml tree: depth-safe, and never silently losing text.

    parse_html(text) -> <html> root of an lxml.html tree, comments and PIs removed

1. make the text XML-safe (drop NUL and other C0 controls, lone surrogates,
   U+FFFE/U+FFFF) and refuse binary data and empty input (InputError)
2. wrap input without any markup into paragraphs
3. parse once with lxml (the normal case: one parse plus a log check)
4. if libxml2 stopped at its nesting limit (it then silently drops the deep part
   AND everything after it), re-parse a flattened copy of the source: a linear
   tokenizer pass that keeps every piece of text in order but drops the tags of
   containers nested deeper than a cap, writing <br> for dropped block tags so
   words of separate blocks stay apart. Caps are tried in FLATTEN_CAPS order.

No step recurses over the tree; every pass over the source is linear.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

from .errors import InputError

# huge_tree lifts libxml2's 10 MB text-node cap (a 10 MB attribute or <script>
# must parse) and raises its nesting limit from 256 to LIBXML_MAX_DEPTH.
# Input is always handed over as UTF-8 bytes (a <meta charset> can't override it).
_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, encoding="utf-8")

# libxml2 2.14 with XML_PARSE_HUGE stops building the tree at this depth.
LIBXML_MAX_DEPTH = 2048
# A tree this deep may have met the limit: libxml2 reports it as a FATAL
# ERR_RESOURCE_LIMIT, but after another fatal error it may stay silent, so a
# tree reaching this depth is checked directly. Margin for html/body/head.
_SUSPECT_DEPTH = LIBXML_MAX_DEPTH - 8
_DEPTH_ERROR_TYPE = "ERR_RESOURCE_LIMIT"

# Nesting caps for the flattened re-parse, loosest first (retries are data):
# 200 keeps all real-world structure (real pages nest < 60 deep); 0 keeps
# text and block boundaries only, which can never exceed any limit.
FLATTEN_CAPS = (200, 24, 0)

# Characters an lxml tree can't hold (XML 1.0 Char production): C0 controls but
# tab/LF/CR, lone surrogates (libxml2 silently truncates the text at one),
# U+FFFE and U+FFFF. Vertical tab and form feed are whitespace in HTML.
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WHITESPACE_CONTROLS = frozenset("\x0b\x0c")
_SURROGATE_MIN, _SURROGATE_MAX = "\ud800", "\udfff"
# The same characters as UTF-8 (surrogates can't be encoded at all), for a
# fast memchr check of the encoded text.
_ILLEGAL_UTF8 = tuple(bytes([c]) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20))) + (
    "\ufffe".encode(), "\uffff".encode(),
)
_REPLACEMENT_UTF8 = "\ufffd".encode()

# Above this share of control characters and U+FFFD (undecodable bytes) the
# input is binary data, not a web page: random bytes decoded as Latin-1 give
# ~11% C0 controls, as UTF-8 over 50% U+FFFD; real pages have ~0%.
BINARY_CHAR_RATIO = 0.05
# ... and at least this many of them, so that a few stray NULs or one bad byte
# in a short page do not make it "binary".
BINARY_MIN_JUNK = 32

# Markup starts with '<' then a letter, '/', '!' or '?'; text without any is
# plain text ("a < b" is not markup).
_MARKUP_RE = re.compile(r"<[A-Za-z/!?]")
# Paragraphs of plain text are separated by blank lines.
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")

# --- the flattening tokenizer -------------------------------------------------

# A start or end tag. Quoted values may hold '>' but not '<', and '*+' is
# possessive, so a failed match stops at the next '<': the scan stays linear
# whatever the input (no quadratic rescans of unterminated quotes).
_TAG_RE = re.compile(r"""<(/?)([A-Za-z][^\s/<>]*)((?:"[^"<]*"|'[^'<]*'|[^<>])*+)>""")
# Elements whose content is raw text: tags inside them are not tags.
_RAW_TEXT_TAGS = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
_RAW_END_RES = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _RAW_TEXT_TAGS}
# Elements that never have content or an end tag: they never deepen the tree.
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link",
    "meta", "param", "source", "track", "wbr",
})
# Block elements: when their tag is dropped a <br> stands in, so the text of
# two blocks never runs together into one word.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html",
    "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
# Elements a second start tag of the same name closes (<li><li>, <p><p>).
_SIBLING_CLOSED_TAGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
# libxml2's end-tag priorities (htmlEndPriority): an end tag never closes an
# open element of higher priority, it is ignored instead (</b> inside <div>).
_END_PRIORITY = {
    "div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180,
    "tfoot": 180, "table": 190, "head": 200, "body": 200, "html": 220,
}
_DEFAULT_END_PRIORITY = 100
_BOUNDARY = "<br>"


def parse_html(text: str) -> lxml.html.HtmlElement:
    """Parse HTML into the <html> root of an lxml tree that holds all its text."""
    text, data, junk = _xml_safe(text)
    if not text or text.isspace():
        raise InputError("the input is empty")
    if junk > max(BINARY_MIN_JUNK, BINARY_CHAR_RATIO * len(text)):
        raise InputError("the input is binary data, not HTML")
    if not _MARKUP_RE.search(text):
        text = _plain_text_to_html(text)
        data = text.encode("utf-8")
    root = _parse(data)
    for cap in FLATTEN_CAPS:
        if not _hit_depth_limit(root):
            break
        root = _parse(flatten(text, cap).encode("utf-8"))
    return root


def _xml_safe(text: str) -> tuple[str, bytes, int]:
    """Drop characters lxml can't hold: (clean text, its UTF-8, junk count).

    Junk is the dropped characters plus U+FFFD (bytes that did not decode).
    The usual case costs one UTF-8 encode (lxml parses bytes as fast as str)
    and a few memchr scans.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: take the slow path below
        data = b""
    if data and not any(sequence in data for sequence in _ILLEGAL_UTF8):
        return text, data, data.count(_REPLACEMENT_UTF8)
    text, removed = _XML_ILLEGAL_RE.subn(_replace_illegal, text)
    return text, text.encode("utf-8"), removed + text.count("\ufffd")


def _replace_illegal(match: re.Match[str]) -> str:
    char = match.group()
    if char in _WHITESPACE_CONTROLS:
        return " "
    if _SURROGATE_MIN <= char <= _SURROGATE_MAX:
        return "\ufffd"
    return ""


def _plain_text_to_html(text: str) -> str:
    """Plain text: each blank-line-separated block becomes a paragraph."""
    blocks = (block.strip() for block in _BLANK_LINE_RE.split(text))
    return "".join(f"<p>{html.escape(block, quote=False)}</p>" for block in blocks if block)


def _parse(data: bytes) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(data, parser=_PARSER)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError) as exc:
        raise InputError(f"the input holds no HTML content ({_one_line(exc)})") from exc


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _hit_depth_limit(root: lxml.html.HtmlElement) -> bool:
    """Did the last parse stop at libxml2's nesting limit (losing text)?"""
    fatal = [entry for entry in _PARSER.error_log if entry.level_name == "FATAL"]
    if not fatal:
        return False
    if any(entry.type_name == _DEPTH_ERROR_TYPE for entry in fatal):
        return True
    return max_depth(root) >= _SUSPECT_DEPTH


def max_depth(root: lxml.etree._Element) -> int:
    """Depth of the deepest element below root (root = 0), without recursion."""
    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest - 1


def flatten(text: str, cap: int) -> str:
    """The source with container tags nested deeper than `cap` dropped.

    Text, void tags, raw-text elements and the order of everything stay;
    a dropped block tag leaves a <br>. One linear pass.
    """
    return "".join(_Flattener(cap).run(text))


class _Flattener:
    """A streaming tag tokenizer with a model of the parser's open-element stack."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.stack: list[str] = []
        self.dropped: dict[str, int] = {}

    def run(self, text: str) -> Iterator[str]:
        pos, end = 0, len(text)
        while pos < end:
            lt = text.find("<", pos)
            if lt < 0:
                yield text[pos:]
                return
            if lt > pos:
                yield text[pos:lt]
            pos = yield from self._markup(text, lt)

    def _markup(self, text: str, lt: int) -> Iterator[str]:
        """Handle the construct at text[lt] == '<'; return where scanning resumes."""
        if text.startswith("<!--", lt):
            close = text.find("-->", lt + 4)
            return len(text) if close < 0 else close + 3
        if text.startswith(("<!", "<?"), lt):
            close = text.find(">", lt)
            return len(text) if close < 0 else close + 1
        match = _TAG_RE.match(text, lt)
        if match is None:
            yield "&lt;"
            return lt + 1
        name = match.group(2).lower()
        if match.group(1):
            yield self._end_tag(name, match.group())
            return match.end()
        if name in _RAW_TEXT_TAGS:
            return (yield from self._raw_element(text, match, name))
        yield self._start_tag(name, match.group())
        return match.end()

    def _raw_element(self, text: str, match: re.Match[str], name: str) -> Iterator[str]:
        """A raw-text element, start to end tag, kept whole: it adds one level at most."""
        close = _RAW_END_RES[name].search(text, match.end())
        stop = len(text) if close is None else close.end()
        yield text[match.start():stop]
        return stop

    def _start_tag(self, name: str, tag: str) -> str:
        if name in _VOID_TAGS:
            return tag
        stack = self.stack
        if stack and stack[-1] == "p" and name in _BLOCK_TAGS:
            stack.pop()
        elif stack and stack[-1] == name and name in _SIBLING_CLOSED_TAGS:
            stack.pop()
        if len(stack) >= self.cap:
            self.dropped[name] = self.dropped.get(name, 0) + 1
            return _BOUNDARY if name in _BLOCK_TAGS else ""
        stack.append(name)
        return tag

    def _end_tag(self, name: str, tag: str) -> str:
        boundary = _BOUNDARY if name in _BLOCK_TAGS or name == "br" else ""
        if self.dropped.get(name):
            self.dropped[name] -= 1
            return boundary
        if name not in self.stack:
            return boundary  # a stray end tag: the parser ignores it
        priority = _END_PRIORITY.get(name, _DEFAULT_END_PRIORITY)
        stack = self.stack
        index = len(stack) - 1 - stack[::-1].index(name)
        if any(_END_PRIORITY.get(open_, _DEFAULT_END_PRIORITY) > priority for open_ in stack[index + 1:]):
            return boundary  # libxml2 refuses to close past a higher-priority element
        del stack[index:]
        return tag
