"""The update day: the day the page labels as its last update or modification.

`date` never takes a day labelled "Updated" (date.py reads those labels to keep them out); this
module reads the same labels (UPDATED_LABEL_RE, never beside a publication label's day) to give
that day as `updated`. Sources, most trusted first:

1. a day labelled as the update by the headline (the window), before or after its label
   ("Updated March 5, 2025", "Mis à jour le 5 mars 2025", "2025年3月5日更新"), on a line of its
   own or in the element right after a label that ends its line ("<b>Last modified:</b>
   <time datetime=…>")
2. the same further on in the headline's own <article> or <main> (its footer: "Last reviewed …")
3. the structured modification (JSON-LD dateModified, article:modified_time, og:updated_time)

Never a day further on in a sentence of the story (in a sentence only the day right after its
label: "This page was last modified on 5 March 2025"), in a comment, a side area or another post's
card; the calendar day the page states, never moved by a time zone; none before the publication date.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate, compress, count, islice

import lxml.etree
import lxml.html

from ..patterns import (
    alternation,
    each_lower_folded,
    lazy,
    lower_folded,
    rare_piece,
)
from .date import (
    DAY_CHARS,
    LABEL_READ_CHARS,
    MAX_ARTICLE_ELEMENTS,
    MAX_DATE_TEXT_CHARS,
    MAX_PAGE_ELEMENTS,
    PUBLISHED_LABEL_RE,
    UNSHOWN_TAGS,
    UPDATED_LABEL_RE,
    UPDATED_LABEL_SPAN,
    YEAR_RE,
    headline_articles_of,
    in_comments,
    in_other_article,
    in_side_area,
    is_sentence,
    normalize_date,
    short_text_date,
    window_texts,
)
from .sources import _Page
from .window import _MAX_ANCESTOR_WALK, _is_compact, _Window

# date.py's update labels (UPDATED_LABEL_RE, plain words joined by "|") as a trie
# (patterns.alternation): the same matches at the same places, ~2.5x as fast over the texts of a
# whole article, which most often hold none (a lookahead on the first letters, as
# PUBLISHED_LABEL_RE has, was slower here: the labels' first letters are most of the alphabet).
_UPDATE_WORDS = tuple(UPDATED_LABEL_RE.pattern.split("|"))
_UPDATE_SCAN_RE = lazy(alternation(_UPDATE_WORDS))
# Searched first, a piece of each label (patterns.rare_piece): where no piece is found no label
# is, and most positions are passed over in C. Each text of an article searched so costs ~0.8x;
# a page that holds a piece is searched for the labels too.
_HINT_CHARS = 5
_UPDATE_PIECES = {word: rare_piece(word, _HINT_CHARS) for word in _UPDATE_WORDS}  # each found once
_UPDATE_HINT_RE = lazy(alternation(sorted(set(_UPDATE_PIECES.values()))))
# ...and no label opens further than this before its piece: the labels are looked for from there
# on (the first piece often stands far into an article: "reviewed" in its text).
_MAX_PIECE_OFFSET = max(word.index(piece) for word, piece in _UPDATE_PIECES.items())
# How far after its label the update's day is read: the label's few words and the day
# ("Last updated on Wednesday, 18 September 2024 at 10:12").
_UPDATE_DAY_SPAN = 50
# Before its label, the day may end this close to it: "2025年3月5日 更新", "5 March 2025 (updated)",
# "05.03.2025, 10:12 aktualisiert" (from the year's end: "年3月5日 ", a time).
_MAX_GAP_BEFORE_LABEL = 12
# In a sentence, the day's first digit this close after its label: "… last modified on Tuesday,
# 5 March 2025 …"; further on, the day is the story's ("updated the ferry timetable on March 9").
_MAX_SENTENCE_GAP = 20
_DIGIT_RE = lazy(r"\d")
# Inline elements a label sits in inside its line ("<p><b>Updated:</b> 5 March 2025</p>"): the
# line is read from the box that holds them, a level or two up.
_INLINE_TAGS = frozenset(("b", "strong", "em", "i", "span", "small", "label", "abbr", "a", "time", "font"))
_LINE_LEVELS = 2
# What may follow a label that ends its line: a colon before the day in the next element
# ("Last modified:"), the bracket around a label after its day ("5 March 2025 (updated)").
_LABEL_END_RE = lazy(r"^[\s:：.,;|·•–—)\]）】-]*$")


def shown_update(window: _Window, page: _Page, *, day_first: bool = False) -> str | None:
    """The day the page labels as its update by the headline, else in the headline's own
    <article> or <main> (or the page's first texts where none holds it)."""
    near = window_texts(window)
    day = _labelled_update(near.lines, near.holders.__getitem__, window, page, day_first)
    if day:
        return day
    next(window.levels(), None)  # the walk's first level files the anchor as scopes[0]
    if not window.scopes:
        return None
    articles = set(page.articles)
    ancestors = islice(window.scopes[0].iterancestors(), _MAX_ANCESTOR_WALK)
    container = next((up for up in ancestors if up in articles), None)
    top, limit = (container, MAX_ARTICLE_ELEMENTS) if container is not None \
        else (window.scopes[0].getroottree().getroot(), MAX_PAGE_ELEMENTS)
    texts = _TEXTS(top)[:limit * _TEXTS_PER_ELEMENT]
    short = list(map(_MAX_FURTHER_LABEL_CHARS.__ge__, map(len, texts)))  # (in C: no Python loop over the texts)
    return _labelled_update(list(compress(texts, short)), lambda index: _holder(_NTH_TEXT(top, n=_nth(short, index))[0]),
                            window, page, day_first)


# The texts of the headline's <article> or <main>, and without one the page's first texts (its
# header and the text's start), as far as date.py's article scan reads elements: plain strings
# from one XPath call in C, the element of a text looked up only where a label is found (a
# script's text is passed over then). Reading each element's text and tail in Python, XPath's
# strings that know their element, or a test of each text's parent in the XPath, cost 4-7 ms on
# a long article, where most hold no update label; this ~1 ms. The XPath takes all the texts and
# Python keeps the first: a position() predicate, evaluated at each text node, cost more than
# making the texts past it strings (read_page, 181 pages: 2.7% fewer instructions).
_TEXTS_PER_ELEMENT = 2  # its text and its tail
# Further down, a label's own text is shorter than a dateline's: "Last updated on 5 March
# 2025", "This page was last changed on 3 May 2024." (the line is read
# whole from its element); longer texts, the story's paragraphs, are not searched.
_MAX_FURTHER_LABEL_CHARS = 120
# ...and of all the short texts searched so many characters: an article's labels, menus and
# captions hold ~20,000; a page of 100,000 short paragraphs would cost the search a fifth of a second.
_MAX_SCAN_CHARS = 60_000
_TEXTS = lxml.etree.XPath("descendant::text()", smart_strings=False)
_NTH_TEXT = lxml.etree.XPath("descendant::text()[$n]")


def _nth(selected: list[bool], index: int) -> int:
    """The position, counted from 1, of the index-th selected item."""
    return next(islice(compress(count(1), selected), index, None))


def _labelled_update(texts: list[str], holder: Callable[[int], lxml.html.HtmlElement | None], window: _Window,
                     page: _Page, day_first: bool) -> str | None:
    """The first day an update label names among these texts, `holder` giving the element whose
    text each is (by its index). The texts are searched joined and lower-cased, once (as
    date.py's publication labels are): most pages hold no update label."""
    whole = "\n".join(texts)[:_MAX_SCAN_CHARS]
    joined = lower_folded(whole)
    hint = _UPDATE_HINT_RE.search(joined)
    start = max(0, hint.start() - _MAX_PIECE_OFFSET) if hint else 0  # (no label opens before it)
    if hint is None or _UPDATE_SCAN_RE.search(joined, start) is None:
        return None  # most pages: no label at all
    lengths = list(map(len, texts))
    if len(joined) != len(whole):  # a letter whose lower case is longer ("İ"): each text lowered alone
        lowered = each_lower_folded(texts)
        joined, lengths, start = "\n".join(lowered), list(map(len, lowered)), 0
    ends = list(accumulate(length + 1 for length in lengths))
    own = headline_articles_of(window) if page.articles else set()
    read: set = set()
    for label in _UPDATE_SCAN_RE.finditer(joined, start):
        box = _line_box(holder(bisect_right(ends, label.start())))
        if box is None or box in read or box.tag in UNSHOWN_TAGS:
            continue
        read.add(box)
        day = _update_of_line(box, day_first)
        if day and not (in_comments(box, window.scopes) or in_side_area(box, window.scopes)
                        or in_other_article(box, own)):
            return day
    return None


def _holder(found: lxml.etree._ElementUnicodeResult) -> lxml.html.HtmlElement | None:
    """The element whose line an XPath text is: its parent (a tail's: the parent of the element
    it follows)."""
    parent = found.getparent()
    return parent.getparent() if found.is_tail and parent is not None else parent


def _line_box(holder: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The element whose text is the label's line: the holder, or the small box an inline
    holder sits in ("<p><b>Updated:</b> 5 March 2025</p>": the <p>)."""
    for _ in range(_LINE_LEVELS if holder is not None else 0):
        parent = holder.getparent()
        if holder.tag not in _INLINE_TAGS or parent is None or not _is_compact(parent) \
                or len(parent.text_content()) > MAX_DATE_TEXT_CHARS:
            break
        holder = parent
    return holder


def _update_of_line(box: lxml.html.HtmlElement, day_first: bool) -> str | None:
    """The day the box's line labels as the update: after the label ("Updated on 5 March 2025",
    never past a publication label), right before it ("2025年3月5日更新"), or, where the label
    ends the line, in the next element ("<dt>Last modified</dt><dd>5 March 2025</dd>"). In a
    sentence only a day right after its label ("This page was last modified on 5 March 2025 by
    its editors."), never one further on ("The city updated the timetable on 9 March 2025.")."""
    line = " ".join(box.text_content()[:LABEL_READ_CHARS].split())
    low = lower_folded(line)
    if len(line) > MAX_DATE_TEXT_CHARS or len(low) != len(line):
        return None
    sentence = is_sentence(line)
    for label in UPDATED_LABEL_RE.finditer(low):
        after = line[label.end():][:_UPDATE_DAY_SPAN]
        published = PUBLISHED_LABEL_RE.search(after)
        after = after[:published.start()] if published else after
        digit = _DIGIT_RE.search(after)
        if sentence and (digit is None or digit.start() > _MAX_SENTENCE_GAP):
            continue
        day = normalize_date(after, day_first=day_first) if YEAR_RE.search(after) else None
        if day:
            return _as_stated(day, box)
        if not sentence and _LABEL_END_RE.match(line[label.end():]):  # the label ends its line: its day is before it, or next
            day = _day_before_label(line[:label.start()], day_first)
            return _as_stated(day, box) if day else _next_element_day(box, day_first)
    return None


def _day_before_label(before: str, day_first: bool) -> str | None:
    """The day that ends right before a label that ends its line ("2025年3月1日公開 2025年3月5日更新",
    "5 March 2025 (updated)"): its year a few characters before the label; read from past any
    earlier day or publication label (the publication's day: "Published 5 March 2025 (updated)"
    is none)."""
    span = before[-UPDATED_LABEL_SPAN:]
    years = list(YEAR_RE.finditer(span))
    if not years or len(span) - years[-1].end() > _MAX_GAP_BEFORE_LABEL:
        return None
    if len(years) == 1:
        return None if PUBLISHED_LABEL_RE.search(span, 0, years[0].start()) else normalize_date(span, day_first=day_first)
    start = years[-2].end()  # past the earlier day, and past a label between the two (the earlier day's, after it)
    published = list(PUBLISHED_LABEL_RE.finditer(span, start, years[-1].start()))
    return normalize_date(span[published[-1].end() if published else start:], day_first=day_first)


def _next_element_day(box: lxml.html.HtmlElement, day_first: bool) -> str | None:
    """The day of the small element right after a label's box (its datetime, else its text)."""
    following = box.getnext()
    if following is None or not isinstance(following.tag, str) or not _is_compact(following):
        return None
    day = normalize_date(following.get("datetime")) or short_text_date(following, day_first)
    return _as_stated(day, following) if day else None


def _as_stated(day: str, box: lxml.html.HtmlElement) -> str:
    """The day, or the instant a <time> in the line holds for that day (its time as the page
    gives it: the date's format)."""
    for time in islice(box.iter("time"), 2):
        instant = normalize_date(time.get("datetime"))
        if instant and instant[:DAY_CHARS] == day[:DAY_CHARS]:
            return instant
    return day


def page_update(shown: str | None, structured: str | None, date: str | None) -> str | None:
    """The update: the day shown (the structured instant where it falls on that day), else the
    structured modification; None when it is earlier than the publication date."""
    updated = structured if structured and (not shown or structured[:DAY_CHARS] == shown[:DAY_CHARS]) else shown
    return not_before(updated, date)


def not_before(updated: str | None, date: str | None) -> str | None:
    """The update, unless it falls on a day before the publication date (then None)."""
    if updated and date and updated[:DAY_CHARS] < date[:DAY_CHARS]:
        return None
    return updated
