"""str -> lxml tree: depth-safe, and never silently losing text.

    parse_html(text) -> <html> root of an lxml.html tree, comments and PIs removed

1. make the text XML-safe (drop NUL and other C0 controls, lone surrogates,
   U+FFFE/U+FFFF) and refuse binary data and empty input (InputError)
2. wrap input without any markup into paragraphs
3. reopen a document closed too early: libxml2 drops everything after
   </html>, so when text follows it the </html> and </body> tags go
4. cut the attributes of any start tag past attributes.MAX_ATTRIBUTES or
   MAX_ATTRIBUTE_BYTES (libxml2 takes quadratic time in an element's attributes)
5. parse once with lxml (the normal case: one parse plus a log check); its
   default nesting limit (256) then bounds the depth of every tree we return
6. if libxml2 stopped at a limit (depth, or a text node over 10 MB: it then
   silently drops the rest of the page), re-parse a flattened copy of the
   source with huge_tree: a linear tokenizer pass that keeps every piece of text
   in order but drops the tags of containers nested deeper than a cap, writing
   <br> for dropped block tags so words of separate blocks stay apart. Caps are
   tried in FLATTEN_CAPS order until the tree is whole and shallow.

No step recurses over the tree; every pass over the source is linear. Each
parse has a parser of its own (creating one costs ~6 µs): the error log read
after a parse is the parser's, so threads sharing a parser would read each
other's logs (`fetch -j` cleans in threads).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

from .attributes import limit_attributes
from .errors import InputError, first_line
from .patterns import lazy


class Element(lxml.html.HtmlElement):
    """lxml.html's element, its text read by libxml2's own serializer.

    The stages ask for an element's text several hundred times a page;
    HtmlElement.text_content evaluates an XPath `string()` each time, which
    costs ~1.6x as much as serializing the text (the same string). Half the
    elements of a page have no children: their text is `.text`, read without
    setting up the serializer (a quarter cheaper). The encoding is given as the type
    `str`, not "unicode": lxml then skips lower-casing and comparing the name (~15% of
    the call)."""

    def text_content(self) -> str:
        if not len(self):  # only text nodes under it (comments, PIs and entities count in len)
            return self.text or ""
        return _tostring(self, method="text", encoding=str, with_tail=False)


_tostring = lxml.etree.tostring


# Input is always handed over as UTF-8 bytes (a <meta charset> can't override
# it). The first parse keeps libxml2's default limits: nesting 256 (so no tree
# we return is deeper), text nodes 10 MB. Any limit hit is a FATAL error in the
# parser's log (libxml2 always reports the first fatal error), and sends the
# page to the flattened re-parse with huge_tree (text nodes up to 1 GB).
def _html_parser(**settings) -> lxml.html.HTMLParser:
    """lxml.html's parser, but every element gets the one Element class from C.

    lxml.html picks a class per tag (FormElement, InputElement...) in a Python
    callback run for every element proxy: it made walking the tree ~2.8x slower.
    cleanpage needs none of those classes, only HtmlElement's methods. Nor does it
    look elements up by id (XPath id()): without the table of id attributes
    libxml2 would otherwise fill, a parse costs ~5% less.
    """
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8",
                                  collect_ids=False, **settings)
    parser.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
        element=Element, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


# The settings of the first parse and of the flattened re-parse.
_NORMAL = {}
_HUGE = {"huge_tree": True}
_FATAL = "FATAL"
# The deepest tree parse_html returns (libxml2's default nesting limit is 256).
MAX_TREE_DEPTH = 255

# Nesting caps for the flattened re-parse, loosest first (retries are data):
# 200 keeps all real-world structure (real pages nest < 60 deep); 0 keeps
# text and block boundaries only, which can never exceed any limit.
FLATTEN_CAPS = (200, 24, 0)

# Characters an lxml tree can't hold (XML 1.0 Char production): C0 controls but
# tab/LF/CR, lone surrogates (libxml2 silently truncates the text at one),
# U+FFFE and U+FFFF. Vertical tab and form feed are whitespace in HTML.
_XML_ILLEGAL_RE = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_WHITESPACE_CONTROLS = frozenset("\x0b\x0c")
_SURROGATE_MIN, _SURROGATE_MAX = "\ud800", "\udfff"
# The same characters as UTF-8 (surrogates can't be encoded at all), for a
# fast memchr check of the encoded text.
_ILLEGAL_CONTROL_UTF8 = tuple(bytes([c]) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
# U+FFFE and U+FFFF (dropped) and U+FFFD (counted as junk): looked for in the str.
_NONCHARACTERS = ("\ufffe", "\uffff")
_REPLACEMENT = "\ufffd"

# Above this share of control characters and U+FFFD (undecodable bytes) the
# input is binary data, not a web page: random bytes decoded as Latin-1 give
# ~11% C0 controls, as UTF-8 over 50% U+FFFD; real pages have ~0%.
BINARY_CHAR_RATIO = 0.05
# ... and at least this many of them, so that a few stray NULs or one bad byte
# in a short page do not make it "binary".
BINARY_MIN_JUNK = 32

# Markup starts with '<' then a letter, '/', '!' or '?'; text without any is
# plain text ("a < b" is not markup).
_MARKUP_RE = lazy(r"<[A-Za-z/!?]")
# Paragraphs of plain text are separated by blank lines.
_BLANK_LINE_RE = lazy(r"\n[ \t\r]*\n")

# --- the flattening tokenizer -------------------------------------------------

# A start or end tag. Quoted values may hold '>' but not '<', and '*+' is
# possessive, so a failed match stops at the next '<': the scan stays linear
# whatever the input (no quadratic rescans of unterminated quotes).
_TAG_RE = lazy(r"""<(/?)([A-Za-z][^\s/<>]*)((?:"[^"<]*"|'[^'<]*'|[^<>])*+)>""")
# Elements whose content is raw text: tags inside them are not tags.
_RAW_TEXT_TAGS = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
_RAW_END_RES = {name: lazy(rf"</{name}\s*>", re.IGNORECASE) for name in _RAW_TEXT_TAGS}
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
# The end of the document as written, in any case ("</Html>" too).
_DOC_END_RE = lazy(rb"</(?:html|body)\b[^<>]*>", re.IGNORECASE)
# What may follow the document's end without being lost: space, comments and
# more end tags. Possessive, so a long tail fails in one linear pass.
_DOC_TRAILER_RE = lazy(rb"(?:\s|</(?:html|body)\b[^<>]*>|<!--.*?-->)*+\Z", re.IGNORECASE | re.DOTALL)
# End tags the flattener drops (a boundary stands in): text after them belongs
# to the body, as browsers show it.
_DOC_END_NAMES = frozenset({"html", "body"})


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
    limited = limit_attributes(data)
    if limited is not data:  # the flattened re-parse must not see the cut attributes again
        data, text = limited, limited.decode("utf-8")
    root, hit_limit = _parse(_reopen_document_end(data), _NORMAL)
    if not hit_limit:
        return root
    return _parse_flattened(text)


def _parse_flattened(text: str) -> lxml.html.HtmlElement:
    """Re-parse with container tags capped (FLATTEN_CAPS, loosest first)."""
    for cap in FLATTEN_CAPS:
        root, hit_limit = _parse(flatten(text, cap).encode("utf-8"), _HUGE)
        if not hit_limit and max_depth(root) <= MAX_TREE_DEPTH:
            break
    return root


def _reopen_document_end(data: bytes) -> bytes:
    """Drop </body> and </html> when text follows them (libxml2 would drop the text)."""
    end = _DOC_END_RE.search(data)  # one scan: the pattern's literal "</" prefix is searched fast
    if end is None:
        return data
    first = end.start()
    if _DOC_TRAILER_RE.match(data, first):
        return data
    return data[:first] + _DOC_END_RE.sub(b"", data[first:])


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
    if data and not any(sequence in data for sequence in _ILLEGAL_CONTROL_UTF8):
        # the specials are looked for in the str: one memchr-like scan each (in the
        # UTF-8 bytes a two-byte prefix search cost ~10x more)
        if _NONCHARACTERS[0] not in text and _NONCHARACTERS[1] not in text:
            return text, data, text.count(_REPLACEMENT) if _REPLACEMENT in text else 0
    text, removed = _XML_ILLEGAL_RE.subn(_replace_illegal, text)
    return text, text.encode("utf-8"), removed + text.count("\ufffd")


def _replace_illegal(match: re.Match[str]) -> str:
    char = match.group()
    if char in _WHITESPACE_CONTROLS or match.string[match.start() - 1:match.start()] == "<":
        return " "  # "0<\x1f?<p>": a browser reads that "<" as text; dropped, "<?" would open a comment
    if _SURROGATE_MIN <= char <= _SURROGATE_MAX:
        return "\ufffd"
    return ""


def _plain_text_to_html(text: str) -> str:
    """Plain text: each blank-line-separated block becomes a paragraph."""
    # here: `html` builds its table of named entities at import (a page with markup needs none)
    from html import escape

    blocks = (block.strip() for block in _BLANK_LINE_RE.split(text))
    return "".join(f"<p>{escape(block, quote=False)}</p>" for block in blocks if block)


def _parse(data: bytes, settings: dict) -> tuple[lxml.html.HtmlElement, bool]:
    """(root, whether libxml2 stopped at a limit and so lost the rest), with a parser of its own."""
    parser = _html_parser(**settings)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError) as exc:
        raise InputError(f"the input holds no HTML content ({first_line(exc)})") from exc
    return root, any(entry.level_name == _FATAL for entry in parser.error_log)


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
        self.at_boundary = False  # the last output was a boundary: don't repeat it

    def run(self, text: str) -> Iterator[str]:
        pos, end = 0, len(text)
        while pos < end:
            lt = text.find("<", pos)
            if lt < 0:
                yield text[pos:]
                return
            if lt > pos:
                chunk = text[pos:lt]
                self.at_boundary = self.at_boundary and chunk.isspace()
                yield chunk
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

    def _boundary(self, name: str) -> str:
        """What a dropped tag leaves: one <br> for a run of dropped block tags."""
        if self.at_boundary or not (name in _BLOCK_TAGS or name == "br"):
            return ""
        self.at_boundary = True
        return _BOUNDARY

    def _keep(self, tag: str) -> str:
        self.at_boundary = False
        return tag

    def _start_tag(self, name: str, tag: str) -> str:
        if name in _VOID_TAGS:
            return self._keep(tag)
        stack = self.stack
        if stack and stack[-1] == "p" and name in _BLOCK_TAGS:
            stack.pop()
        elif stack and stack[-1] == name and name in _SIBLING_CLOSED_TAGS:
            stack.pop()
        if len(stack) >= self.cap:
            self.dropped[name] = self.dropped.get(name, 0) + 1
            return self._boundary(name)
        stack.append(name)
        return self._keep(tag)

    def _end_tag(self, name: str, tag: str) -> str:
        if self.dropped.get(name):
            self.dropped[name] -= 1
            return self._boundary(name)
        if name not in self.stack or name in _DOC_END_NAMES:
            return self._boundary(name)  # a stray end tag: the parser ignores it
        priority = _END_PRIORITY.get(name, _DEFAULT_END_PRIORITY)
        stack = self.stack
        index = len(stack) - 1 - stack[::-1].index(name)
        if any(_END_PRIORITY.get(open_, _DEFAULT_END_PRIORITY) > priority for open_ in stack[index + 1:]):
            return self._boundary(name)  # libxml2 won't close past a higher-priority element
        del stack[index:]
        return self._keep(tag)
