"""Markdown escaping: text that looks like Markdown syntax must stay text.

    escape_text(s)       inline: \\ * _ [ ] ` < | ~ and entity-forming &
    escape_line_start(s) block syntax at a line start: # - + = > and "1." / "1)"
    escape_heading(s)    a closing run of # at the end of an ATX heading

Curly quotes, dashes and every non-ASCII character pass through untouched.
"""

from __future__ import annotations

from ..patterns import lazy

# Characters that open inline syntax anywhere in a line: backslash escapes,
# emphasis (*), links/images ([ ]), code spans (`), raw HTML and autolinks (<),
# GFM table cells (|) and GFM strikethrough (~).
_INLINE_SPECIAL_RE = lazy(r"[\\*\[\]`<|~]")

# "_" only forms emphasis when it is not inside a word (CommonMark's flanking
# rules forbid intraword "_" emphasis), so snake_case stays readable.
_UNDERSCORE_RE = lazy(r"(?<![^\W_])_|_(?![^\W_])")

# "&name;" / "&#123;" would be decoded as an HTML entity.
_ENTITY_RE = lazy(r"&(?=#?[0-9A-Za-z]+;)")

# At a line start: ATX heading (#), bullets and thematic breaks (- +), setext
# underline (=) and block quote (>). Always escaped there: cheaper than
# deciding whether the rest of the line completes the syntax.
_LINE_START_CHARS = frozenset("#-+=>")

# "1." or "1)" then a space or the line end starts an ordered list (CommonMark
# allows at most 9 digits).
_ORDERED_MARKER_RE = lazy(r"^([0-9]{1,9})([.)])(?=\s|$)")

# A closing sequence of # at the end of an ATX heading is stripped by parsers.
_CLOSING_HASHES_RE = lazy(r"(^|\s)(#+)$")


def escape_text(text: str) -> str:
    """Escape inline Markdown syntax in a run of text."""
    if _INLINE_SPECIAL_RE.search(text):  # most runs have nothing to escape
        text = _INLINE_SPECIAL_RE.sub(r"\\\g<0>", text)
    if "_" in text:
        text = _UNDERSCORE_RE.sub(r"\\_", text)
    if "&" in text:
        text = _ENTITY_RE.sub(r"\\&", text)
    return text


def escape_line_start(line: str) -> str:
    """Escape block syntax at the start of one line of a paragraph."""
    if not line:
        return line
    if line[0] in _LINE_START_CHARS:
        return "\\" + line
    if "0" <= line[0] <= "9":
        return _ORDERED_MARKER_RE.sub(r"\1\\\2", line)
    return line


def escape_heading(text: str) -> str:
    """Keep a trailing run of # in heading text (escape its first #)."""
    return _CLOSING_HASHES_RE.sub(r"\1\\\2", text)
