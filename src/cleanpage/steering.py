"""The user's steering of one page: --exclude, --selector and the site rule of its host.

`steering(options, url)` gathers what applies to a page (the command line's
selectors first, then its site rule's) into a `Steering`, which the pipeline
asks, in order:

1. `override(root, meta)`: field overrides (title, byline, date) read from the page;
2. `exclude(root, options)`: removes the excluded elements, recording `exclude` removals;
3. `select(root, options, removals)`: the content container's elements, the blocks
   outside them removed as `selector` removals (nothing when no selector applies).

A selector that matches nothing is not an error: the page is cleaned as usual
and a note says so (`Article.notes`, shown with -v).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import etree

from .tree import drop, first_words, short_path, word_count
from .model import NODE_ATTR, Options, Removal

if TYPE_CHECKING:  # siterules (and pathlib) load only where a selector or a site rule applies
    from .siterules import SiteRule

# Elements a selector may not hand over as "the content": they are the page.
WHOLE_PAGE_TAGS = frozenset(("html", "head", "body"))


@dataclass(slots=True, eq=False)  # never compared: no __eq__ compiled at import
class Steering:
    """What the user said about one page; collects notes while it is applied."""

    selector: tuple[str, str] | None = None  # (css, where it comes from)
    excludes: tuple[tuple[str, str], ...] = ()
    fields: tuple[tuple[str, str, str], ...] = ()  # (field, css, where from)
    forced: bool = False  # the selector matched: its elements are the body, no fallback pass
    _notes: list[str] = field(default_factory=list)

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self._notes))  # each pass applies the rules again: once each

    def _unmatched(self, what: str, css: str, origin: str) -> None:
        self._notes.append(f"{origin}: {what} {css!r} matched nothing on this page")

    def override(self, root: etree._Element, meta):
        """`meta` with the fields the site rule names read from the page."""
        if not self.fields:
            return meta  # most pages: no site rule names a field (siterules stays unloaded)
        from .siterules import select

        changes = {}
        for name, css, origin in self.fields:
            found = select(root, css)
            value = field_value(name, found[0]) if found else None
            if value:
                changes[name] = value
            elif found:
                self._notes.append(f"{origin}: {name} {css!r} holds no {name}")
            else:
                self._unmatched(name, css, origin)
        return replace(meta, **changes) if changes else meta

    def exclude(self, root: etree._Element, options: Options) -> list[Removal]:
        """Remove every element an exclude selector matches; the removals with --explain."""
        if not self.excludes:
            return []  # most pages: nothing to exclude (siterules stays unloaded)
        from .siterules import select

        removals: list[Removal] = []
        for css, origin in self.excludes:
            found = [el for el in select(root, css) if el.tag not in WHOLE_PAGE_TAGS]
            if not found:
                self._unmatched("exclude", css, origin)
            for el in found:
                _remove(el, "exclude", options, removals)
        return removals

    def select(self, root: etree._Element, options: Options, removals: list[Removal]) -> list[etree._Element]:
        """The selector's outermost elements, everything outside them removed; [] without a match."""
        if self.selector is None:
            return []
        from .siterules import select

        css, origin = self.selector
        chosen = [el for el in select(root, css) if el.tag not in WHOLE_PAGE_TAGS]
        if not chosen:
            self._unmatched("content", css, origin)
            return []
        for el in _outside(root, chosen):
            _remove(el, "selector", options, removals)
        self.forced = True
        return chosen


def steering(options: Options, url: str | None) -> Steering:
    """What applies to the page at `url`: the command line's selectors, then its site rule's."""
    rule = options.site_rules.for_host(_host(url)) if options.site_rules is not None else None
    origin = _origin(rule, options) if rule else ""
    selector = None
    if options.selector:
        selector = (options.selector, "--selector")
    elif rule is not None and rule.content:
        selector = (rule.content, origin)
    excludes = tuple((css, "--exclude") for css in options.exclude)
    if rule is not None:
        excludes += tuple((css, origin) for css in rule.exclude)
    fields = ()
    if rule is not None:
        from .siterules import FIELD_KEYS

        fields = tuple((name, getattr(rule, name), origin) for name in FIELD_KEYS if getattr(rule, name))
    return Steering(selector, excludes, fields)


def _origin(rule: SiteRule, options: Options) -> str:
    source = options.site_rules.source if options.site_rules is not None else ""
    return f"site rule {rule.match!r} ({source}:{rule.line})" if source else f"site rule {rule.match!r}"


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _remove(el: etree._Element, rule: str, options: Options, removals: list[Removal]) -> None:
    if options.explain:
        removals.append(Removal(short_path(el), rule, first_words(el), word_count(el), node=el.get(NODE_ATTR)))
    drop(el)


def _outside(root: etree._Element, chosen: list[etree._Element]) -> list[etree._Element]:
    """The blocks of the <body> beside the path to each chosen element, in document order."""
    keep = set(chosen)
    path: set[etree._Element] = set()
    for el in chosen:
        for ancestor in el.iterancestors():
            if ancestor.tag in ("html", "head"):
                break
            path.add(ancestor)
    found = [child for node in path for child in node
             if isinstance(child.tag, str) and child not in path and child not in keep]
    order = {el: i for i, el in enumerate(root.iter())}
    return sorted(found, key=order.__getitem__)


def field_value(name: str, el: etree._Element) -> str | None:
    """A field's value read from the element a site rule names."""
    from .metadata import clean_names, normalize_date

    text = " ".join(el.text_content().split())
    if name == "date":
        return normalize_date(el.get("datetime") or el.get("content") or text)
    if name == "byline":
        return join_names(clean_names(text)) or None
    return text or None


def join_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C" (the byline's form)."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"
