"""Removing chrome: every rule that removes a block of the page, in one table.

A rule matches by tag, ARIA role, hidden state or class/id vocabulary (in
several languages). Rules are *hard* (the block is never article text:
scripts, hidden elements, dialogs, cookie banners) or *soft* (usually chrome,
but a CMS may put the article inside: a soft rule never removes a block that
holds more than `GUARD_SHARE` of the page's text).

`strip()` walks the tree once, iteratively (pages can be 200,000 levels
deep), removing matches and skipping their subtrees, and returns the
`Removal` records that `--explain` prints.
"""

from __future__ import annotations

from lxml import etree

from .model import Options, Removal
from .rules import (ARTICLE_GUARD_SHARE, CODE_TAGS, FUNDING_HINT_RE, FUNDING_HINT_WORDS, GUARD_MIN_CHARS,
    GUARD_SHARE, HEADLINE_PROSE_SHARE, HIDDEN_STYLE_RE, MAX_FUNDING_BOX_CHARS, MAX_GUARD_CHECKS,
    MIN_PAGE_PROSE, MIN_PROSE_BLOCK, OVERLAY_RULES, PAGE_LEVEL_TAG_RULES, PERMALINK_TEXTS, PROSE_CHECK_SHARE,
    PROSE_TAGS, PROSE_TEXT_TAGS, PULL_QUOTE_WORDS_RE, ROLE_RULES, RULES, SENTENCE_END_RE, SKIP_TEXT_RE,
    TABLE_PART_TAGS, TAG_RULES, class_rule, guard_words)
from .tree import drop, first_words, own_text, short_path



def strip(root: etree._Element, options: Options) -> list[Removal]:
    """Remove chrome from the tree in place; return what was removed (with --explain)."""
    body = root.find("body")
    if body is None:
        body = root
    walker = _Walker(options, 1)
    code = [el for el in root.iter(*CODE_TAGS)]
    for el in code:
        walker.remove(el, "code")
    walker.total = len(body.text_content()) or 1
    walker.body = body

    doomed: list[tuple[etree._Element, str]] = []
    walk = etree.iterwalk(body, events=("start",))
    next(walk)  # the <body> itself
    for _, el in walk:  # lxml walks in C; matched subtrees are skipped, not visited
        tag = el.tag
        if not isinstance(tag, str):
            continue
        rule = walker.match(el, tag)
        if rule is not None:
            doomed.append((el, rule))
            walk.skip_subtree()
    for el, rule in doomed:
        walker.remove(el, rule)
    return walker.removals



def _in_article(el: etree._Element) -> bool:
    """Is `el` inside an <article>, <main> or role=main (where <header>/<footer> are the article's)?"""
    for ancestor in el.iterancestors():
        if ancestor.tag in ("article", "main") or ancestor.get("role") == "main":
            return True
    return False


class _Walker:
    """State of one strip() pass: options, page text size, removals so far."""

    def __init__(self, options: Options, total_text: int) -> None:
        self.options = options
        self.total = total_text
        self.removals: list[Removal] = []
        self.guard_checks = 0
        self.body: etree._Element | None = None
        self.page_prose = 0
        self.prose_blocks: dict[etree._Element, int] | None = None

    def match(self, el: etree._Element, tag: str) -> str | None:
        if el.get("role", "").startswith("doc-"):
            return None  # DPUB roles (doc-endnotes, doc-footnote...) mark article parts, even on an <aside>
        rule = TAG_RULES.get(tag)
        if rule is None and tag in PAGE_LEVEL_TAG_RULES and not _in_article(el):
            rule = PAGE_LEVEL_TAG_RULES[tag]
        attrs = el.attrib
        strong = rule is not None
        if rule is None and attrs and tag not in TABLE_PART_TAGS:
            rule, strong = _attribute_rule(attrs)
        if rule is None and tag == "a" and el.get("href", "").startswith("#"):
            text = el.text_content()  # in-page links only: "Back to top", "Skip to content", "¶"
            if text.strip() in PERMALINK_TEXTS:
                rule = strong = "permalink"
            elif len(text) < 40 and SKIP_TEXT_RE.match(text):
                rule = "skip-link"
        if rule is None:
            return None
        if rule == "comments" and self.options.comments:
            return None
        if not (strong and RULES[rule].hard) and self._guarded(el, attrs):
            return None
        return rule

    def _guarded(self, el: etree._Element, attrs) -> bool:
        """A soft rule must not take a block that holds the article."""
        keep, articleish = guard_words(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower())
        if keep:
            return True
        self.guard_checks += 1
        if self.guard_checks > MAX_GUARD_CHECKS:
            return True
        text = el.text_content()
        articleish = articleish or el.tag in ("article", "main")
        if len(text) < GUARD_MIN_CHARS:
            return False  # a page this short holds no article for the guard to protect
        if len(text) > (ARTICLE_GUARD_SHARE if articleish else GUARD_SHARE) * self.total:
            return True
        if len(text) > PROSE_CHECK_SHARE * self.total and self._holds_the_prose(el):
            return True
        # a trailing funding box is article, whatever its class says
        if len(text) >= MAX_FUNDING_BOX_CHARS or el.tag in ("nav", "form"):
            return False
        low = text.lower()
        return any(word in low for word in FUNDING_HINT_WORDS) and FUNDING_HINT_RE.search(text) is not None

    def _holds_the_prose(self, el: etree._Element) -> bool:
        """Does `el` hold most of the page's sentences? (Chrome can outweigh an article in words.)"""
        if self.prose_blocks is None:
            self.prose_blocks = prose_blocks(self.body)
            self.page_prose = sum(self.prose_blocks.values())
        if self.page_prose < MIN_PAGE_PROSE:
            return False
        blocks = self.prose_blocks
        inside = sum(blocks.get(block, 0) for block in el.iter(PROSE_TAGS))
        if inside > GUARD_SHARE * self.page_prose:
            return True
        # the page's headline with a good part of its prose: the article, whatever its class says
        return inside > HEADLINE_PROSE_SHARE * self.page_prose and next(el.iter("h1"), None) is not None

    def remove(self, el: etree._Element, rule: str) -> None:
        if self.options.explain:
            self.removals.append(Removal(short_path(el), rule, first_words(el)))
        drop(el)


def _attribute_rule(attrs) -> tuple[str | None, bool]:
    """The rule that an element's attributes name, and whether the signal is strong.

    Hidden state, aria-modal and roles are strong signals (a hard rule then
    removes without guard); class/id words are always weak: `hidden-xs` or a
    "modal" class on a figure must not take the article with them.
    """
    if "hidden" in attrs:
        return "hidden", True
    if attrs.get("aria-hidden") == "true":
        # aria-hidden hides from screen readers only: a pull quote repeating the body is
        # marked so, yet shown to every reader (DESIGN.md: listed as kind "pull")
        classes = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
        return (None, False) if PULL_QUOTE_WORDS_RE.search(classes) else ("hidden", True)
    if attrs.get("aria-modal") == "true":
        return "modal", True
    style = attrs.get("style")
    if style and HIDDEN_STYLE_RE.search(style):
        return "hidden", True
    names = f"{attrs.get('class', '')} {attrs.get('id', '')} {attrs.get('data-testid', '')}".strip()
    named = class_rule(names) if names else None
    role = attrs.get("role")
    if role and role.startswith("doc-"):
        return None, False  # DPUB roles (doc-endnotes, doc-footnote, doc-pullquote...) mark article parts
    if role:
        rule = ROLE_RULES.get(role.strip().lower())
        if rule:  # a cookie banner with role=banner is named a cookie banner
            return (named if named in OVERLAY_RULES else rule), True
    return named, False



def prose_chars(el: etree._Element) -> int:
    """Characters of `el` in paragraphs of 80+ characters that end a sentence."""
    return sum(prose_blocks(el).values())


def prose_blocks(el: etree._Element) -> dict[etree._Element, int]:
    """The paragraphs of `el` (80+ characters, ending a sentence) and their lengths."""
    found = {}
    for block in el.iter(PROSE_TAGS):
        text = block.text_content() if block.tag in PROSE_TEXT_TAGS else own_text(block)
        if len(text) >= MIN_PROSE_BLOCK and SENTENCE_END_RE.search(text):
            found[block] = len(text)
    return found
