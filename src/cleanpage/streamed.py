"""Streamed server rendering: content that arrives hidden and is moved into place by a script.

A page rendered by React's streaming server (Next.js and others) sends the shell first, with
a placeholder where a slow part goes (`<template id="B:0">` for a Suspense boundary, a
loading skeleton after it; `<template id="P:5">` for a segment), and sends the part itself
later, at the end of the body, in `<div hidden id="S:0">`. A small script
(`$RC("B:0","S:0")`, `$RS("S:5","P:5")`) then moves it into its placeholder. The reader sees
the part in its place; a parser that runs no script sees a hidden <div>, which the "hidden"
rule removes: often the whole article.

Marko (eBay's framework) streams the same way: an `<await>` sends a placeholder
`<span id="af{runtime}ph{n}">` with its loader, and later the content in
`<div id="af{runtime}{n}" style="display:none">`, which `$af{runtime}(n)` moves into place.

`place_segments` does what the script does, before any rule runs: each hidden segment's
content replaces its placeholder. Segments whose placeholder is not on the page stay as they
are (hidden).
"""

from __future__ import annotations

from lxml import etree

from .patterns import lazy
from .tree import drop

# The id React gives a streamed segment (numbered in hexadecimal, as its placeholders).
SEGMENT_ID_RE = lazy(r"S:[0-9a-f]+$")
# The calls that move a segment into place, when the page's scripts name the pair:
# $RC("B:0","S:0") completes a boundary, $RS("S:5","P:5") completes a segment.
MOVE_CALL_RE = lazy(r"""\$R[CS]\(\s*["']([BPS]:[0-9a-f]+)["']\s*,\s*["']([BPS]:[0-9a-f]+)["']""")
# Found in C: most pages have none, and a walk in Python over every <div> costs more than the rest.
SEGMENTS_XPATH = etree.XPath('//div[@hidden][starts-with(@id, "S:")]')
TEMPLATES_XPATH = etree.XPath("//template[@id]")
# Marko's late fragments and their placeholders: "af" and the runtime id (letters, empty by
# default), then the fragment's number; the placeholder puts "ph" before the number.
# (both kinds of candidate, React's and Marko's, are found in one walk: _streamed)
STREAMED_ID_PREFIXES = ("S:", "af")
FRAGMENT_ID_RE = lazy(r"(af[A-Za-z_$]*?)(\d+)$")
FRAGMENT_PLACEHOLDERS_XPATH = etree.XPath('//span[starts-with(@id, "af")][contains(@id, "ph")]')
# What a segment's number maps to when no script names the pair: React numbers a
# boundary's template and its segment alike.
PLACEHOLDER_PREFIXES = ("P:", "B:")


def place_segments(root: etree._Element) -> int:
    """Move each hidden streamed segment's content into its placeholder; return how many moved."""
    streamed = _streamed(root)  # one walk finds both kinds; most pages have neither
    if not streamed:
        return 0
    moved = _place_fragments(root, [el for el in streamed if el.get("id").startswith("af")])
    if moved:  # the fragments moved: look again
        streamed = SEGMENTS_XPATH(root)
    segments = [el for el in streamed if el.get("hidden") is not None and el.get("id").startswith("S:")
                and SEGMENT_ID_RE.match(el.get("id"))]
    if not segments:
        return moved
    templates = {el.get("id"): el for el in TEMPLATES_XPATH(root)}
    pairs = _named_pairs(root)
    for segment in segments:
        target = _placeholder(segment.get("id"), templates, pairs)
        if target is None or _inside(target, segment) or target.getparent() is None:
            continue
        _replace(target, segment)
        moved += 1
    return moved


def _streamed(root: etree._Element) -> list[etree._Element]:
    """The document's <div>s whose id starts as a streamed part's, in document order: what
    `//div[starts-with(@id, "S:") or starts-with(@id, "af")]` finds, in a third less time
    (libxml2 filters the <div>s; each one's id is read once, not matched twice in XPath)."""
    return [el for el in root.getroottree().getroot().iter("div")
            if el.get("id", "").startswith(STREAMED_ID_PREFIXES)]


def _place_fragments(root: etree._Element, candidates: list[etree._Element]) -> int:
    """Move each of Marko's hidden late fragments (among the <div>s whose id starts with "af")
    into its placeholder; return how many moved."""
    fragments = [el for el in candidates if "display:none" in el.get("style", "").replace(" ", "")
                 and FRAGMENT_ID_RE.match(el.get("id"))]
    if not fragments:
        return 0
    placeholders = {el.get("id"): el for el in FRAGMENT_PLACEHOLDERS_XPATH(root)}
    moved = 0
    for fragment in fragments:
        runtime, number = FRAGMENT_ID_RE.match(fragment.get("id")).groups()
        target = placeholders.get(f"{runtime}ph{number}")
        if target is None or _inside(target, fragment) or target.getparent() is None:
            continue
        _replace(target, fragment)
        moved += 1
    return moved


def _named_pairs(root: etree._Element) -> dict[str, str]:
    """segment id -> placeholder id, as the page's scripts pair them."""
    pairs: dict[str, str] = {}
    for script in root.iter("script"):
        code = script.text or ""
        if "$R" not in code:
            continue
        for first, second in MOVE_CALL_RE.findall(code):
            segment, placeholder = (first, second) if first.startswith("S:") else (second, first)
            if segment.startswith("S:") and not placeholder.startswith("S:"):
                pairs.setdefault(segment, placeholder)
    return pairs


def _placeholder(segment_id: str, templates: dict[str, etree._Element],
                 pairs: dict[str, str]) -> etree._Element | None:
    if segment_id in pairs:
        return templates.get(pairs[segment_id])
    number = segment_id[2:]
    for prefix in PLACEHOLDER_PREFIXES:
        if prefix + number in templates:
            return templates[prefix + number]
    return None


def _inside(node: etree._Element, ancestor: etree._Element) -> bool:
    return any(a is ancestor for a in node.iterancestors()) or node is ancestor


def _replace(target: etree._Element, segment: etree._Element) -> None:
    """Put the segment's content where the placeholder stands; the empty segment and the
    placeholder go (tails stay where they were)."""
    parent = target.getparent()
    index = parent.index(target)
    tail = target.tail
    if segment.text and segment.text.strip():
        target.tail = None
        holder = segment.makeelement("span")
        holder.text = segment.text
        parent.insert(index, holder)
        index += 1
    for child in list(segment):
        parent.insert(index, child)  # moves the child (its tail with it)
        index += 1
    parent.remove(target)
    if tail:
        previous = parent[index - 1] if index > 0 else None
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    segment.text = None
    drop(segment)
