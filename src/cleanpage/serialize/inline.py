"""Inline Markdown in two steps: collect a stream while walking, render it once.

While the writer walks a paragraph, heading or cell it collects a *stream*: the
text as written (nothing escaped yet) with the Markdown syntax marked out:

    emphasis       one control character to open and one to close (EMPHASIS)
    hard break     "\\n" (text never holds one: whitespace collapses to " ")
    markup         MARKUP_START + literal Markdown + MARKUP_END (link brackets,
                   images, code spans, footnote references)

lxml text can hold control characters, so `text()` drops them first: the
markers stay unambiguous. `render(stream, context)` then

1. resolves emphasis (`_resolve_emphasis`): <b>a</b><b>b</b> becomes one run,
   emphasis that CommonMark would not read as emphasis (it would show a literal
   `*`) or that cuts a word in two keeps its text and loses its markers, and a
   heading drops the bold or italics around all of its text;
2. escapes only the text characters that CommonMark would misread, looking at
   the finished line around each (escape.write);
3. writes the markers: `**`, `*`, `~~`, and a hard break as backslash-newline.
"""

from __future__ import annotations

import unicodedata

from ..patterns import lazy
from .escape import ASCII_PUNCTUATION, write
from .tags import is_blank

BREAK = "\n"
MARKUP_START = "\x0e"
MARKUP_END = "\x0f"

# Marker pairs for <strong>, <em> and <del>: (open, close) control characters.
EMPHASIS = {"**": ("\x01", "\x02"), "*": ("\x03", "\x04"), "~~": ("\x05", "\x06")}
_OPENERS = {o: mark for mark, (o, c) in EMPHASIS.items()}
_CLOSERS = {c: mark for mark, (o, c) in EMPHASIS.items()}
# Passes of dropping emphasis that would not parse: one is the rule, a second
# when a dropped pair was the neighbour of another; more only on crafted input.
MAX_EMPHASIS_PASSES = 8
# Emphasis a heading sheds when it covers the whole heading (headings are bold
# already); a struck-out heading keeps its ~~.
HEADING_PLAIN_MARKS = frozenset(("**", "*"))

# Control characters: markers in the stream, noise in text and attributes.
_CONTROL_RE = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BACKTICK_RUN_RE = lazy(r"`+")
# A marker, a markup run or a break. Each alternative opens with a literal (the emphasis markers one
# by one, not as a group [\x01-\x06]): the engine then skips text to the next opening character in
# one charset scan instead of trying the whole alternation at every position (~4x fewer instructions).
_TOKEN_RE = lazy("\x0e([^\x0f]*)\x0f|" + "|".join(_OPENERS) + "|" + "|".join(_CLOSERS) + "|\n")
# The characters a token opens with.
_TOKEN_OPENINGS = MARKUP_START + "".join(_OPENERS) + "".join(_CLOSERS) + BREAK

_ASCII_PUNCT = frozenset(ASCII_PUNCTUATION)


def text(raw: str) -> str:
    """Text for the stream: control characters dropped (they would read as markers)."""
    if raw.isprintable():  # the common case, in one C pass: control characters are never printable
        return raw
    return _CONTROL_RE.sub("", raw) if _CONTROL_RE.search(raw) else raw


def markup(markdown: str) -> str:
    """Literal Markdown in the stream: written as is, never escaped."""
    return MARKUP_START + text(markdown) + MARKUP_END


def code_span(code: str) -> str:
    """Inline code for the stream: a fence longer than any backtick run inside,
    the code's edge spaces kept outside as text."""
    core = code.strip(" ")
    if is_blank(core):  # nothing to show: its spaces or invisible characters stay text
        return text(code)
    lead = " " if code[0] == " " else ""
    trail = " " if code[-1] == " " else ""
    return f"{lead}{markup(_code_markdown(core))}{trail}"


def _code_markdown(core: str) -> str:
    fence = "`" * (longest_backtick_run(core) + 1)
    if core[0] == "`" or core[-1] == "`":
        core = f" {core} "
    return f"{fence}{core}{fence}"


def _code_of(markdown: str) -> str | None:
    """The code a code span's Markdown holds (None for other markup)."""
    if not markdown.startswith("`"):
        return None
    fence = len(markdown) - len(markdown.lstrip("`"))
    core = markdown[fence:-fence]
    if core.startswith(" ") and core.endswith(" ") and core.strip(" "):
        core = core[1:-1]
    return core


def longest_backtick_run(text: str) -> int:
    if "`" not in text:
        return 0
    return max(len(run) for run in _BACKTICK_RUN_RE.findall(text))


def wrap(content: str, left: str, right: str) -> str:
    """left + content + right, with edge spaces and breaks moved outside; a blank
    content keeps no markers (no `** **`, no `**\\` line)."""
    if is_blank(content):
        return content
    lead = content[:len(content) - len(content.lstrip(" \n"))]
    trail = content[len(content.rstrip(" \n")):]
    core = content[len(lead):len(content) - len(trail)]
    return f"{lead}{left}{core}{right}{trail}"


def render(stream: str, context: str) -> str:
    """A stream as Markdown for one context of escape.CONTEXTS."""
    # plain text, the common case: no character that opens a token, each looked for by a memchr
    # (a fraction of one isprintable pass; a stray MARKUP_START renders as text either way)
    if not any(map(stream.__contains__, _TOKEN_OPENINGS)):
        return write([(True, stream)], context)
    segments = _segments(stream)
    if any(kind in _OPENERS for kind, _ in segments):
        segments = _join_code(_resolve_emphasis(segments, heading=context == "heading"))
    return write([(True, value) if kind == "text" else (False, "\\\n" if kind == BREAK else value)
                  for kind, value in segments], context)


# -- emphasis -----------------------------------------------------------------
# A segment here is (kind, value): kind "text" or "markup" with its string,
# "\n" for a break, or an emphasis marker character (value: its mark).

def _segments(stream: str) -> list[tuple[str, str]]:
    segments: list[tuple[str, str]] = []
    last = 0
    for match in _TOKEN_RE.finditer(stream):
        if match.start() > last:
            segments.append(("text", stream[last:match.start()]))
        literal = match.group(1)
        if literal is not None:
            code = _code_of(literal)
            before = _code_of(segments[-1][1]) if segments and segments[-1][0] == "markup" else None
            if code is not None and before is not None:  # `a``b` would read as one span "a``b"
                segments[-1] = ("markup", _code_markdown(before + code))
            else:
                segments.append(("markup", literal))
        else:
            token = match.group()
            segments.append((BREAK, BREAK) if token == BREAK else (token, _OPENERS.get(token) or _CLOSERS[token]))
        last = match.end()
    if last < len(stream):
        segments.append(("text", stream[last:]))
    return segments


def _join_code(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Code spans left touching once emphasis between them is dropped (`**`a`**`b``) join:
    `a``b` would read as one span "a``b"."""
    out: list[tuple[str, str]] = []
    for kind, value in segments:
        before = _code_of(out[-1][1]) if kind == "markup" and out and out[-1][0] == "markup" else None
        code = _code_of(value) if before is not None else None
        if code is not None:
            out[-1] = ("markup", _code_markdown(before + code))
        else:
            out.append((kind, value))
    return out


def _resolve_emphasis(segments: list[tuple[str, str]], *, heading: bool) -> list[tuple[str, str]]:
    """Join touching runs of one mark, then drop the pairs CommonMark would not
    parse (repeated: dropping one pair changes its neighbours' context; past
    MAX_EMPHASIS_PASSES the paragraph keeps its text and loses its emphasis)."""
    segments = _join_touching(segments)
    for _ in range(MAX_EMPHASIS_PASSES):
        bad = {i for pair in _pairs(segments) if not _parses(segments, *pair) for i in pair[:2]}
        if not bad:
            break
        segments = _join_touching([s for i, s in enumerate(segments) if i not in bad])
    else:
        segments = [s for s in segments if s[0] not in _OPENERS and s[0] not in _CLOSERS]
    if heading:
        segments = _unwrap_heading(segments)
    return segments


def _join_touching(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`**a****b**` -> `**ab**`: a close right before an open of the same mark."""
    out: list[tuple[str, str]] = []
    for kind, value in segments:
        if kind in _OPENERS and out and out[-1][0] == EMPHASIS[value][1]:
            out.pop()
            continue
        out.append((kind, value))
    return out


def _pairs(segments: list[tuple[str, str]]) -> list[tuple[int, int, bool]]:
    """(open index, close index, nested in a pair of the same delimiter character)
    of each emphasis; the walk nests them properly."""
    stack: list[int] = []
    pairs = []
    for i, (kind, _) in enumerate(segments):
        if kind in _OPENERS:
            stack.append(i)
        elif kind in _CLOSERS and stack:
            start = stack.pop()
            char = segments[start][1][0]
            pairs.append((start, i, any(segments[j][1][0] == char for j in stack)))
    return pairs


def _parses(segments: list[tuple[str, str]], start: int, end: int, nested: bool) -> bool:
    """Would CommonMark read this pair as emphasis, without cutting a word?

    The opening run must be left-flanking and the closing one right-flanking.
    A run flanking on both sides is taken only between two punctuation marks
    (`"**"`, not the word-splitting `D**ay`), when the rule of 3 lets it match,
    and for an opener, when no outer pair of the same character could claim it."""
    open_left, open_right, open_len = _flanking(segments, start)
    close_left, close_right, close_len = _flanking(segments, end)
    if not open_left or not close_right:
        return False
    if open_right and (nested or open_right is _BETWEEN_WORDS):
        return False
    if close_left and close_left is _BETWEEN_WORDS:
        return False
    if (open_right or close_left) and (open_len + close_len) % 3 == 0:
        return open_len % 3 == 0 and close_len % 3 == 0
    return True


def _is_punct(ch: str) -> bool:
    """CommonMark's punctuation: ASCII punctuation, Unicode P* and S* categories."""
    if ch in _ASCII_PUNCT:
        return True
    return not (ch.isalnum() or ch == " ") and unicodedata.category(ch)[0] in "PS"


def _flanking(segments: list[tuple[str, str]], index: int) -> tuple[object, object, int]:
    """(left-flanking, right-flanking, length) of the delimiter run holding
    segments[index]; a side is _BETWEEN_WORDS (truthy) when the run flanks
    both ways between two characters that are not punctuation."""
    char = segments[index][1][0]
    start = end = index
    while start > 0 and _same_run(segments[start - 1], char):
        start -= 1
    while end + 1 < len(segments) and _same_run(segments[end + 1], char):
        end += 1
    before = _edge_char(segments[start - 1] if start > 0 else None, last=True)
    after = _edge_char(segments[end + 1] if end + 1 < len(segments) else None, last=False)
    length = sum(len(segments[i][1]) for i in range(start, end + 1))
    before_punct, after_punct = _is_punct(before), _is_punct(after)
    left = not after.isspace() and (not after_punct or before.isspace() or before_punct)
    right = not before.isspace() and (not before_punct or after.isspace() or after_punct)
    if left and right and not (before_punct and after_punct):
        return _BETWEEN_WORDS, _BETWEEN_WORDS, length
    return left, right, length


# A delimiter run with a word character on both sides (`D**ay`).
_BETWEEN_WORDS = object()


def _same_run(segment: tuple[str, str], char: str) -> bool:
    kind, value = segment
    return (kind in _OPENERS or kind in _CLOSERS) and value[0] == char


def _edge_char(segment: tuple[str, str] | None, *, last: bool) -> str:
    """A neighbour's character next to the run; a line edge or break reads as a space."""
    if segment is None or segment[0] == BREAK or not segment[1]:
        return " "
    return segment[1][-1] if last else segment[1][0]


def _is_link_bracket(kind: str, value: str) -> bool:
    return kind == "markup" and (value == "[" or value.startswith("]("))


def _unwrap_heading(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop bold/italics that cover every word of a heading (`## **Title**`)."""
    while True:
        depth = 0
        outer = []
        for i, (kind, value) in enumerate(segments):
            if kind in _OPENERS:
                if depth == 0:
                    outer.append(i)
                depth += 1
            elif kind in _CLOSERS:
                depth -= 1
                if depth == 0:
                    outer.append(i)
            elif depth == 0 and not is_blank(value) and not _is_link_bracket(kind, value):
                return segments  # a word outside any emphasis
        if not outer or any(segments[i][1] not in HEADING_PLAIN_MARKS for i in outer):
            return segments
        drop = set(outer)
        segments = [s for i, s in enumerate(segments) if i not in drop]
