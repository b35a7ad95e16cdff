"""The real picture behind a lazy-loaded <img> (kept with --images).

    image_source(img) -> str | None        the URL of the picture an <img> shows
    adopt_noscript_images(root) -> None    <noscript><img></noscript> in place of its placeholder

Lazy-loading pages ship a placeholder in `src` (a data: URI, a 1x1 "blank.gif",
"lazy-placeholder.png") and the real URL in `data-src`, `data-lazy-src`,
`data-srcset`... for a script to swap in, often with the real <img> again in a
<noscript> beside it for readers without scripts. A saved page or a fetch runs
no script, so without this the placeholder is what a reader would get.
"""

from __future__ import annotations

import re

from lxml import etree

from .patterns import lazy
from .tree import detach, drop

# Attributes a lazy-loading script reads the real URL from, in order of trust:
# single URLs first, then candidate lists (srcset syntax), then src itself.
LAZY_SOURCE_ATTRS = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
                     "data-hi-res-src", "data-full-src")
LAZY_SRCSET_ATTRS = ("data-srcset", "data-lazy-srcset")

# A src that is only a stand-in: an inline data: URI (a blurred thumbnail or a
# transparent pixel), or a file whose whole name says placeholder
# ("blank.gif", "lazy-placeholder-16x9.png"; not "gray-whale.jpg"). Words are
# separated by one mark each, so no input makes the pattern backtrack.
PLACEHOLDER_RE = lazy(
    r"^(?:data:|about:blank)|"
    r"(?:^|/)(?=[^/?#]*(?:blank|spacer|placeholder|pixel|transparent|lazy|loader|loading|1x1))"
    r"{word}(?:[-_.]{word})*\.(?:gif|png|svg|jpe?g|webp)(?:$|[?#])".format(
        word=r"(?:blank|spacer|placeholder|pixel|transparent|trans|dummy|clear|lazy(?:load(?:ing)?)?|load|loader|"
             r"loading|empty|grey|gray|white|img|image|\d+x\d+|\d+|[0-9a-f]{6,}|px)"),
    re.IGNORECASE)
# A class a lazy-loading script looks for: its <img> shows a stand-in until the
# script runs (a blurred low-resolution copy, when src is not a placeholder).
LAZY_CLASS_RE = lazy(r"\blazy", re.IGNORECASE)


def image_source(img: etree._Element) -> str | None:
    """The URL of the picture an <img> stands for, placeholders skipped (or None)."""
    for attr in LAZY_SOURCE_ATTRS:
        url = _real(img.get(attr))
        if url:
            return url
    for attr in LAZY_SRCSET_ATTRS:
        url = _real(largest_candidate(img.get(attr)))
        if url:
            return url
    return (_real(img.get("src")) or _real(largest_candidate(img.get("srcset")))
            or _picture_source(img))


def largest_candidate(srcset: str | None) -> str | None:
    """The widest (or densest) URL of a srcset: "a.jpg 320w, b.jpg 1024w" -> b.jpg."""
    if not srcset:
        return None
    best, best_size = None, -1.0
    for candidate in srcset.split(","):
        parts = candidate.split()
        if not parts:
            continue
        size = 1.0
        if len(parts) > 1 and parts[1][-1:] in ("w", "x"):
            try:
                size = float(parts[1][:-1])
            except ValueError:
                pass
        if size > best_size:
            best, best_size = parts[0], size
    return best


def adopt_noscript_images(root: etree._Element) -> None:
    """Move the <img> of each <noscript> out in place of the placeholders beside it.

    The one <img> in the element just before or after it (or that element itself)
    whose source is only a placeholder, the same picture again, or that waits
    for a lazy-loading script (class "lazyload"...) is dropped;
    the <noscript> itself is left for the chrome rules to remove as before."""
    for noscript in list(root.iter("noscript")):
        images = list(noscript.iter("img"))
        if not images or noscript.getparent() is None:
            continue
        stale = {image_source(img) for img in images} | {None}
        for sibling in (noscript.getprevious(), noscript.getnext()):
            if sibling is None or not isinstance(sibling.tag, str):
                continue
            found = [sibling] if sibling.tag == "img" else list(sibling.iter("img"))
            if len(found) != 1:  # a gallery beside it is not its stand-in
                continue
            stand_in = found[0]
            if image_source(stand_in) in stale or LAZY_CLASS_RE.search(stand_in.get("class") or ""):
                drop(stand_in)
        for img in images:
            noscript.addprevious(detach(img))


def _real(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    return None if not url or PLACEHOLDER_RE.search(url) else url


def _picture_source(img: etree._Element) -> str | None:
    """<picture><source srcset=…><img src=placeholder></picture>: the first real <source>.
    (libxml2 does not know <source> is empty and nests the <img> in it.)"""
    picture = next(img.iterancestors("picture"), None)
    if picture is None:
        return None
    for source in picture.iter("source"):
        for attr in ("srcset", *LAZY_SRCSET_ATTRS):
            url = _real(largest_candidate(source.get(attr)))
            if url:
                return url
    return None
