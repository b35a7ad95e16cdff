"""The window: the elements around the headline where the byline and the date are written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice

import lxml.etree
import lxml.html

from ..patterns import lazy
from .sources import _MAX_HEADLINE_DEPTH, _Page


_MAX_BYLINE_DESCENDANTS = 30  # a byline line holds a few name links, not a section
_MAX_ANCESTOR_WALK = 60  # how far up a candidate is checked for foreign areas

# The window: the elements around the headline in document order, where the byline
# and the date are written. Bounded in elements, so its cost does not grow with the page.
_WINDOW_AFTER = 120  # the article header and the first paragraphs
_WINDOW_BEFORE = 30  # a kicker, breadcrumbs or an author box above the headline
_WINDOW_LEVELS = 12  # ancestors of the headline whose other children are visited


class _Window:
    """Elements near an anchor (the headline), walked lazily one level at a time.

    Level 0 holds the anchor's descendants; level n the other children of the anchor's
    n-th ancestor (`scopes[n]`): the small subtrees just before the path, whole, then
    the following ones in document order, until the element budget is spent. Callers
    stop at the first level that answers, so the usual byline costs a few dozen elements.
    """

    def __init__(self, anchor: lxml.html.HtmlElement | None, after: int = _WINDOW_AFTER,
                 skip: Callable[[lxml.html.HtmlElement], bool] | None = None) -> None:
        self._after = after
        self.skip = skip  # elements the window leaves out (a shop's customer reviews), or None
        self.scopes: list[lxml.html.HtmlElement] = []  # scopes[n]: the anchor's n-th ancestor
        self._levels: list[list[lxml.html.HtmlElement]] = []
        self._walker = self._walk(anchor) if anchor is not None else iter(())
        self.texts = None  # date.WindowTexts: the short texts both label searches read, walked once
        self.lines: dict[lxml.html.HtmlElement, str] = {}  # byline: an element's first line, read once

    def levels(self) -> Iterator[tuple[int, list[lxml.html.HtmlElement]]]:
        """(level, elements) pairs, nearest first; levels walked once are reused."""
        index = 0
        while index < len(self._levels) or self._advance():
            yield index, self._levels[index]
            index += 1

    def elements(self) -> Iterator[lxml.html.HtmlElement]:
        for _, elements in self.levels():
            yield from elements

    def _advance(self) -> bool:
        level = next(self._walker, None)
        if level is not None:
            self._levels.append(level)
        return level is not None

    def _walk(self, node: lxml.html.HtmlElement) -> Iterator[list[lxml.html.HtmlElement]]:
        self.scopes.append(node)
        inside = list(islice(node.iterdescendants(), self._after))
        yield self._kept(inside)
        before, after = _WINDOW_BEFORE, self._after - len(inside)
        for parent in islice(node.iterancestors(), _WINDOW_LEVELS):
            if before <= 0 and after <= 0:
                return
            preceding, before = _preceding_subtrees(node, before)
            following: list[lxml.html.HtmlElement] = []
            for sibling in node.itersiblings():
                if len(following) >= after:
                    break
                following += islice(sibling.iter(), after - len(following))
            after -= len(following)
            self.scopes.append(parent)
            node = parent
            yield self._kept(preceding + following)

    def _kept(self, elements: list[lxml.html.HtmlElement]) -> list[lxml.html.HtmlElement]:
        skip = self.skip
        return elements if skip is None else [element for element in elements if not skip(element)]


# A block of a shop's customer reviews, by its class or id words in several languages ("review-item",
# "product-reviews", "bewertungen", "avis-clients") or its microdata (itemprop=review): on a page that
# says it is a product, the names and days in it are the reviewers' and their reviews', never the
# page's byline or date (lower-cased class and id; "preview", "reviewer" are other words).
_REVIEW_AREA_RE = lazy(r"(?<![a-z])(?:reviews?|bewertung(?:en)?|rezension(?:en)?|avis|opiniones|opiniões|"
                       r"recensioni|recensione|recenzje|recenzja|beoordelingen|reseñas|yorumlar|отзывы|レビュー|"
                       r"口コミ|评价|評價|리뷰)(?![a-z])")


def review_areas() -> Callable[[lxml.html.HtmlElement], bool]:
    """A test of whether an element lies in a block of customer reviews (_REVIEW_AREA_RE, or
    itemprop=review), the answer for each ancestor kept: the window's elements share them."""
    known: dict[lxml.html.HtmlElement, bool] = {}

    def inside(element: lxml.html.HtmlElement) -> bool:
        path = []
        node, found = element, False
        while node is not None and node.tag not in ("body", "html"):
            cached = known.get(node)
            if cached is not None:
                found = cached
                break
            path.append(node)
            if node.get("itemprop") == "review" or _REVIEW_AREA_RE.search(
                    f"{node.get('class', '')} {node.get('id', '')}".lower()):
                found = True
                break
            node = node.getparent()
        for seen in path:
            known[seen] = found
        return found
    return inside


# A series of items (a listing's cards, an index's entries): sibling items of one tag and class
# shape, each holding its own element of one kind (a date, a byline). An element in one item of
# it describes that item, not the page.
_MIN_LIST_ENTRIES = 3  # two articles of a class may be a story and its sequel; three are a list
_SERIES_SAMPLE = 5  # the first few items' elements: enough to tell a series and its order
_MAX_ITEM_LEVELS = 6  # the element sits in its item's meta line, a few levels below the item
_MAX_SERIES_ITEMS = 60  # siblings read for the series (a listing's page of cards)
_MAX_SERIES_ELEMENTS = 3000  # elements of the siblings read for their twins, in all


def _item_series(element: lxml.html.HtmlElement, window: _Window,
                 alike: Callable[[lxml.html.HtmlElement], bool] | None = None) -> tuple[lxml.html.HtmlElement, list] | None:
    """The item of a series that holds this element, and the element's twins in the first few
    items (the element itself among them): the nearest enclosing item, below the headline's own
    containers, with sibling items of its tag and class shape that hold an element of the same
    tag and class (and `alike`, when given: of the same kind, a byline's twin a byline element).
    None when the headline's container comes first (its elements are the page's)."""
    holders = _headline_holders(window)
    budget = [_MAX_SERIES_ELEMENTS]  # elements read in all, whatever the page's size
    for item in islice(element.iterancestors(), _MAX_ITEM_LEVELS):
        parent = item.getparent()
        if item in holders or parent is None:
            return None
        twins = _series_twins(item, parent, element, alike, budget)
        if len(twins) >= _MIN_LIST_ENTRIES:
            return item, twins
    return None


def _headline_holders(window: _Window) -> set:
    """The headline (the window's anchor) and its ancestors, the <body> and <html> at least."""
    next(window.levels(), None)  # the walk's first level files the anchor as scopes[0]
    anchor = window.scopes[0] if window.scopes else None
    return {anchor, *islice(anchor.iterancestors(), _MAX_ANCESTOR_WALK)} if anchor is not None else set()


def _series_twins(item: lxml.html.HtmlElement, parent: lxml.html.HtmlElement, element: lxml.html.HtmlElement,
                  alike: Callable[[lxml.html.HtmlElement], bool] | None, budget: list[int]) -> list:
    """The elements of the element's tag and class in the item and in its siblings of its tag
    and class shape, one an item, the first few."""
    shape, own, found = _class_shape(item), element.get("class", ""), []
    for sibling in islice(parent.iterchildren(item.tag), _MAX_SERIES_ITEMS):
        if sibling is item:
            found.append(element)
        elif _class_shape(sibling) == shape and budget[0] > 0:
            elements = list(islice(sibling.iter(), budget[0]))
            budget[0] -= len(elements)
            twin = next((e for e in elements if e.tag == element.tag and e.get("class", "") == own
                         and (alike is None or alike(e))), None)
            found += [twin] if twin is not None else []
        if len(found) >= _SERIES_SAMPLE:
            break
    return found


def _class_shape(element: lxml.html.HtmlElement) -> frozenset[str]:
    """An element's class words less those with digits ("post-1234", "item-3": each item's own)."""
    return frozenset(word for word in element.get("class", "").split() if not any(map(str.isdigit, word)))


def _is_card(element: lxml.html.HtmlElement) -> bool:
    """Is this item short, a card of a listing (a title, a name, a day, a line of summary), not
    a post that holds its text (a thread's posts)?"""
    return len(" ".join(islice(element.itertext(), _MAX_CARD_TEXTS))) <= _MAX_CARD_CHARS


_MAX_CARD_CHARS = 400  # a card's title, names, day and a line of summary
_MAX_CARD_TEXTS = 60  # text nodes read to tell (a card has a few dozen)


def _preceding_subtrees(node: lxml.html.HtmlElement, budget: int) -> tuple[list, int]:
    """Whole subtrees of the nearest preceding siblings, in document order, within budget."""
    found: list = []
    for sibling in node.itersiblings(preceding=True):
        subtree = list(islice(sibling.iter(), budget + 1))
        if len(subtree) > budget:
            return found, 0  # a large block (a menu, a teaser list) ends the look back
        budget -= len(subtree)
        found[:0] = subtree
    return found, budget


def _fallback_anchor(root: lxml.html.HtmlElement, page: _Page) -> lxml.html.HtmlElement | None:
    """Without a headline, the window starts at the article (or the body)."""
    if page.articles:
        return page.articles[0]
    return _child(root, "body")


def _child(root: lxml.html.HtmlElement, tag: str) -> lxml.html.HtmlElement | None:
    """The root's <head> or <body> (an iterator matched in C: `find` runs ElementPath)."""
    return next(root.iterchildren(tag), None)


def _inside(element: lxml.html.HtmlElement, containers: set) -> bool:
    ancestors = zip(range(_MAX_HEADLINE_DEPTH), element.iterancestors())
    return bool(containers) and any(ancestor in containers for _, ancestor in ancestors)


def _is_compact(element: lxml.html.HtmlElement) -> bool:
    descendants = islice(element.iterdescendants(), _MAX_BYLINE_DESCENDANTS + 1)
    return sum(1 for _ in descendants) <= _MAX_BYLINE_DESCENDANTS
