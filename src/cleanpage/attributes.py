"""The attribute guard: one linear pass over the source before libxml2 parses it.

    limit_attributes(data) -> data with every start tag holding at most
                              MAX_ATTRIBUTES attributes and MAX_ATTRIBUTE_BYTES of them

libxml2 checks each attribute of an element against every earlier one, so an
element with n attributes costs n² (100,000 attributes: 26 s). Here attributes
past either limit are dropped, in source order; the element, its tag name, its
first attributes and everything after the tag stay.

1. one regex search finds the next *suspect* start tag: one with more than
   SUSPECT_VALUES values, a run of SUSPECT_RUN characters of names between
   two values, or a value over SUSPECT_VALUE_BYTES. A tag that is not suspect
   holds at most (SUSPECT_VALUES + 1) * (SUSPECT_RUN + 1) / 2 attributes (465)
   and (SUSPECT_VALUES + 1) * (SUSPECT_VALUE_BYTES + 3 * SUSPECT_RUN + 3)
   bytes of them (35 KB), both below the limits, so only suspects need
   counting. Normal pages have a few suspects (long URLs, scripts), or none.
2. a suspect inside a raw-text element (script, style...) is not a tag: skip
   to that element's end
3. count the suspect's attributes as the HTML tokenizer reads them (quoted
   values may hold '>' and '<'); past a limit, cut them and close the tag.

Every step moves forward, and no regex here backtracks (possessive and bounded
repeats), so the pass is linear in the input.
"""

from __future__ import annotations

import re

from .patterns import lazy

# Attributes kept per element: real elements carry a few dozen at most (an
# <img> with srcset, sizes and data-* ones); 512 cost libxml2 ~1 ms per element.
MAX_ATTRIBUTES = 512
# Attribute bytes kept per element: above any real data: URI image or srcset.
MAX_ATTRIBUTE_BYTES = 1_000_000

# What makes a start tag a suspect (see the module docstring for the bounds).
SUSPECT_VALUES = 30
SUSPECT_RUN = 30
# Also the longest value that is not read as a tag: shorter than the 513 names
# a cut needs, so a tag inside a value (an <svg> in a data: URI) can't be cut,
# its element is a suspect itself and the search goes on past its end.
SUSPECT_VALUE_BYTES = 1024

# As the HTML tokenizer reads a tag: a quote starts a value only after '=';
# anywhere else it is part of a name.
_NAMES = rb"[^>=]{0,%d}+" % SUSPECT_RUN
_VALUE = rb"""=\s{0,%d}+(?:"[^"]{0,%d}+"|'[^']{0,%d}+'|[^\s>"'][^\s>]{0,%d}+)""" % (
    SUSPECT_RUN, SUSPECT_VALUE_BYTES, SUSPECT_VALUE_BYTES, SUSPECT_RUN)
# A start tag that has not ended ('>') after SUSPECT_VALUES values and short runs of names.
_SUSPECT_RE = lazy(rb"<[A-Za-z](?:%s%s){0,%d}+%s(?!>)" % (_NAMES, _VALUE, SUSPECT_VALUES, _NAMES))
# Elements whose content is raw text: tags in it are text. Only the element's
# own end tag ends it.
RAW_TEXT_TAGS = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")


def _any_case(name: str) -> bytes:
    """`script` -> `[sS][cC][rR][iI][pP][tT]`: unlike re.IGNORECASE, it keeps the
    pattern's literal '<' prefix, which the regex engine skips to fast."""
    return b"".join(b"[%s%s]" % (c.lower().encode(), c.upper().encode()) for c in name)


# The lookahead on the first letter turns most '<' away before the alternatives are tried.
_RAW_START_RE = lazy(rb"<(?=[%s])(%s)(?![A-Za-z0-9-])" % (
    "".join(sorted({c for name in RAW_TEXT_TAGS for c in (name[0], name[0].upper())})).encode(),
    b"|".join(_any_case(name) for name in RAW_TEXT_TAGS)))
_RAW_END_RES = {name.encode(): lazy(rb"</%s(?![A-Za-z0-9-])" % _any_case(name)) for name in RAW_TEXT_TAGS}
_TAG_NAME_RE = lazy(rb"<[A-Za-z][^\s/>]*+")
# One attribute as the HTML tokenizer reads it: separators, a name, an optional value.
_ATTRIBUTE = rb"""[\s/]*+[^\s/>][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
_ATTRIBUTE_RE = lazy(_ATTRIBUTE)
# The rest of a tag up to its '>' (quoted values may hold '>').
_TAG_REST_RE = lazy(rb"(?:%s)*+[\s/]*+" % _ATTRIBUTE)


def limit_attributes(data: bytes) -> bytes:
    """`data` with the attributes of every start tag past the limits dropped."""
    match = _SUSPECT_RE.search(data)
    if match is None:  # the usual page: one search, nothing else
        return data
    parts: list[bytes] = []
    copied = 0  # data[:copied] is in parts
    outside = 0  # data[outside] is known to be outside any raw-text element
    while match is not None:
        start = match.start()
        outside, raw_end = _raw_text_around(data, outside, start)
        if raw_end is not None:  # inside a script, style...: not a tag
            match = _SUSPECT_RE.search(data, raw_end)
            continue
        cut, end = _cut_and_end(data, start)
        if cut is not None:
            parts += (data[copied:cut], b">")
            copied = end
        raw = _RAW_START_RE.match(data, start)  # a raw-text element's own start tag: skip its text
        outside = _raw_end(data, raw, end) if raw else end
        match = _SUSPECT_RE.search(data, outside)
    if not parts:
        return data
    parts.append(data[copied:])
    return b"".join(parts)


def _raw_text_around(data: bytes, outside: int, position: int) -> tuple[int, int | None]:
    """Is `position` inside a raw-text element? (a position known outside, its end or None).

    Walks the raw-text elements between `outside` and `position` once each.
    """
    while (raw := _RAW_START_RE.search(data, outside, position)) is not None:
        end = _raw_end(data, raw, raw.end())
        if end > position:
            return outside, end
        outside = end
    return outside, None


def _raw_end(data: bytes, raw: re.Match[bytes], position: int) -> int:
    """Where the raw-text element started by `raw` ends (its end tag), from `position` on."""
    end = _RAW_END_RES[raw.group(1).lower()].search(data, position)
    return len(data) if end is None else end.end()


def _cut_and_end(data: bytes, start: int) -> tuple[int | None, int]:
    """For the start tag at `start`: (where to cut its attributes or None, where the tag ends).

    The end is past the tag's '>' (or the end of data for a tag never closed,
    which the parser drops whole); the cut is where the first attribute past a
    limit begins.
    """
    position = _TAG_NAME_RE.match(data, start).end()
    first = position
    for count in range(MAX_ATTRIBUTES + 1):
        attribute = _ATTRIBUTE_RE.match(data, position)
        if attribute is None:  # the tag ends here
            break
        if count == MAX_ATTRIBUTES or attribute.end() - first > MAX_ATTRIBUTE_BYTES:
            return position, _tag_end(data, position)
        position = attribute.end()
    return None, _tag_end(data, position)


def _tag_end(data: bytes, position: int) -> int:
    """Just past the '>' that ends the tag holding `position`; the end of data when none does."""
    end = _TAG_REST_RE.match(data, position).end()
    return end + 1 if data[end:end + 1] == b">" else len(data)
