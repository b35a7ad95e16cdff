"""Generators of hostile pages for the hostile-input tests.

Each generator returns a `Page`: the bytes to feed cleanpage and the marker
words that must survive into the output. Markers are made-up words that occur
nowhere else, so finding one proves that its paragraph got through. Random
pages take a seed, so every run sees the same bytes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# A sentence long enough that no content rule takes its paragraph for chrome.
SENTENCE = (
    "The survey team walked the northern ridge at dawn and counted every nest they found, "
    "writing each one down with the time, the weather and the height above the valley floor."
)
FIRST = "Zarnowickfirst"
DEEP = "Quellbrinkdeep"
LAST = "Trevanionlast"


@dataclass(frozen=True)
class Page:
    """A crafted input and the words that must come out of it."""

    data: bytes
    markers: tuple[str, ...] = ()


def para(marker: str) -> str:
    return f"<p>{marker} {SENTENCE}</p>"


def document(body: str, *, title: str = "Field notes from the northern ridge", head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _page(body: str, *markers: str) -> Page:
    return Page(document(body).encode("utf-8"), markers)


# --- depth ---------------------------------------------------------------------


def nested_divs(depth: int = 200_000) -> Page:
    body = para(FIRST) + "<div>" * depth + para(DEEP) + "</div>" * depth + para(LAST)
    return _page(body, FIRST, DEEP, LAST)


def nested_lists(depth: int = 5_000) -> Page:
    inner = "".join(f"<ul><li>item {i} " for i in range(depth))
    closing = "</li></ul>" * depth
    body = para(FIRST) + inner + DEEP + closing + para(LAST)
    return _page(body, FIRST, DEEP, LAST)


def nested_blockquotes(depth: int = 3_000) -> Page:
    body = para(FIRST) + "<blockquote>" * depth + para(DEEP) + "</blockquote>" * depth + para(LAST)
    return _page(body, FIRST, DEEP, LAST)


def nested_tables(depth: int = 2_000) -> Page:
    body = para(FIRST) + "<table><tr><td>" * depth + DEEP + "</td></tr></table>" * depth + para(LAST)
    return _page(body, FIRST, DEEP, LAST)


# Each a paragraph pattern whose formatting tag is never closed.
UNCLOSED_FONT_VARIANTS = {
    "p-font": '<p><font face="Georgia" size="3">{marker} {sentence}</p>',
    "font-p": '<font color="#333333"><p>{marker} {sentence}</p>',
    "font-br": '<font size="2">{marker} {sentence}<br><br>',
    "font-b-p": "<font><b><p>{marker} {sentence}",
}


def unclosed_font(variant: str, paragraphs: int = 600) -> Page:
    pattern = UNCLOSED_FONT_VARIANTS[variant]
    markers = [f"Paramark{i:04d}" for i in range(paragraphs)]
    body = "".join(pattern.format(marker=m, sentence=SENTENCE) for m in markers)
    return _page(body, markers[0], markers[paragraphs // 2], markers[-1])


# --- size ----------------------------------------------------------------------


def big_article(target_bytes: int = 20_000_000) -> Page:
    rng = random.Random(20)
    words = SENTENCE.replace(",", "").replace(".", "").split()
    parts = [para(FIRST)]
    size = 0
    while size < target_bytes:
        text = " ".join(rng.choice(words) for _ in range(rng.randint(40, 120)))
        chunk = f"<p>{text}.</p>\n"
        parts.append(chunk)
        size += len(chunk)
    parts.append(para(LAST))
    return _page("".join(parts), FIRST, LAST)


def sibling_paragraphs(count: int = 100_000) -> Page:
    body = para(FIRST) + "".join(f"<p>Entry {i} of the log: {SENTENCE}</p>" for i in range(count)) + para(LAST)
    return _page(body, FIRST, LAST)


def long_word(length: int = 2_000_000) -> Page:
    return _page(para(FIRST) + f"<p>{'x' * length}</p>" + para(LAST), FIRST, LAST)


def huge_attribute(length: int = 10_000_000) -> Page:
    body = para(FIRST) + f'<p data-blob="{"a" * length}">{LAST} {SENTENCE}</p>'
    return _page(body, FIRST, LAST)


SCRIPT_LEAK = "Scriptleakword"


def huge_script(length: int = 10_000_000) -> Page:
    script = f'<script>var {SCRIPT_LEAK} = "{"b" * length}";</script>'
    return _page(para(FIRST) + script + para(LAST), FIRST, LAST)


def many_entities(count: int = 1_000_000, per_paragraph: int = 1_000) -> Page:
    paragraph = f"<p>{'R&amp;D ' * per_paragraph}</p>"
    body = para(FIRST) + paragraph * (count // per_paragraph) + para(LAST)
    return _page(body, FIRST, LAST)


# --- bytes ---------------------------------------------------------------------


def random_binary(seed: int = 7, size: int = 65_536) -> Page:
    return Page(random.Random(seed).randbytes(size))


def nul_in_text() -> Page:
    body = para(FIRST) + f"<p>alpha \x00 beta {DEEP}\x00 gamma {SENTENCE}</p>" + para(LAST)
    return _page(body, FIRST, DEEP, LAST)


def invalid_utf8() -> Page:
    bad = b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc"
    head, tail = document(para(FIRST) + "<p>before SPLIT after " + SENTENCE + "</p>" + para(LAST)).split("SPLIT")
    return Page(head.encode("utf-8") + bad + tail.encode("utf-8"), (FIRST, "before", "after", LAST))


UTF16_WORDS = ("Größenwahn", "naïveté", "Ärztekammer")


def utf16_with_bom() -> Page:
    body = para(FIRST) + f"<p>{' '.join(UTF16_WORDS)} {SENTENCE}</p>" + para(LAST)
    html = document(body).replace('<meta charset="utf-8">', "")
    return Page(html.encode("utf-16"), (FIRST, *UTF16_WORDS, LAST))


# --- soup ----------------------------------------------------------------------


def tag_soup() -> Page:
    body = (
        f"<p>{FIRST} <b>bold <i>both</b> italic</i> {SENTENCE}"
        f"<div><span>{DEEP} <em>unclosed {SENTENCE}<p>next <table><td>cell</div></span>"
        f"</li></ul></td></tr></p></p><p>{LAST} {SENTENCE}"
    )
    return _page(body, FIRST, DEEP, LAST)


def soup_article() -> str:
    """An ordinary article page: the base of truncated and corrupted pages."""
    nav = '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
    paragraphs = "".join(f"<p>Finding {i}: {SENTENCE}</p>" for i in range(30))
    return document(nav + para(FIRST) + paragraphs + para(LAST))


def truncated(fraction: float) -> Page:
    data = soup_article().encode("utf-8")
    return Page(data[: int(len(data) * fraction)], (FIRST,))


def byte_flips(seed: int, flips: int = 200) -> Page:
    rng = random.Random(seed)
    data = bytearray(soup_article().encode("utf-8"))
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return Page(bytes(data))


def spliced_halves(seed: int) -> Page:
    rng = random.Random(seed)
    data = soup_article().encode("utf-8")
    other = document(para(DEEP) * 10).encode("utf-8")
    return Page(data[: rng.randrange(len(data))] + other[rng.randrange(len(other)):])


# --- output safety -------------------------------------------------------------

HIDDEN_LEAKS = ("Scriptleakword", "Styleleakword", "Templateleakword", "Noscriptleakword")


def hidden_text() -> Page:
    body = (
        para(FIRST)
        + f"<script>var x = '{HIDDEN_LEAKS[0]}';</script>"
        + f"<style>.{HIDDEN_LEAKS[1]} {{ color: red }}</style>"
        + f"<template><p>{HIDDEN_LEAKS[2]} {SENTENCE}</p></template>"
        + f"<noscript><p>{HIDDEN_LEAKS[3]} {SENTENCE}</p></noscript>"
        + para(LAST)
    )
    return _page(body, FIRST, LAST)


SCRIPT_URLS = (
    "javascript:alert(1)", "JaVaScRiPt:alert(2)", " javascript:alert(3)", "java&#x09;script:alert(4)",
    "vbscript:msgbox(5)", "data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==",
)
LINK_TEXTS = tuple(f"Linktext{i}" for i in range(len(SCRIPT_URLS)))


def script_links() -> Page:
    links = " ".join(f'<a href="{url}">{text}</a>' for url, text in zip(SCRIPT_URLS, LINK_TEXTS))
    body = para(FIRST) + f"<p>{SENTENCE} {links} and the end.</p>" + para(LAST)
    return _page(body, FIRST, *LINK_TEXTS, LAST)


# Paragraph texts that read as Markdown syntax if written out unescaped.
MARKDOWN_LOOKALIKES = (
    "# not a heading", "## not a heading either", "1. not a list", "- not a list", "+ not a list",
    "* not a list", "> not a quote", "*not emphasis*", "_not emphasis_", "[not a link](https://example.org/)",
    "`not code`", "---", "=====", "| not | a table |",
)
RAW_HTML_TEXTS = ("<img src=x onerror=alert(1)>", "<div>not a div</div>", "<!-- not a comment -->")


def markdown_lookalikes() -> Page:
    from html import escape

    texts = MARKDOWN_LOOKALIKES + RAW_HTML_TEXTS
    body = para(FIRST) + "".join(f"<p>{escape(t)}</p><p>{SENTENCE}</p>" for t in texts) + para(LAST)
    body += '<p>An element: <img src="x" onerror="alert(7)"><svg onload="alert(8)"></svg> done.</p>'
    return _page(body, FIRST, LAST)


# --- attributes ----------------------------------------------------------------

# One attribute of a flood, by how its value is written: plain, quoted values
# holding '>' and '<' (which a naive scan would take for the tag's end), names only.
ATTRIBUTE_FLOOD_STYLES = {
    "plain": "data-a{i}=x",
    "quoted-gt": 'data-a{i}=">"',
    "quoted-lt": "data-a{i}='<b'",
    "names": "a{i}",
    # quotes that open no value (no '=' before them): the tokenizer reads them as
    # part of names, so the words between two quotes are attributes too
    "quoted-names": '"a{i} b{i}"',
}


def attribute_flood(count: int = 300_000, style: str = "plain") -> Page:
    """One paragraph whose start tag carries `count` attributes (libxml2: quadratic)."""
    attributes = " ".join(ATTRIBUTE_FLOOD_STYLES[style].format(i=i) for i in range(count))
    body = para(FIRST) + f"<p {attributes}>{DEEP} {SENTENCE}</p>" + para(LAST)
    return _page(body, FIRST, DEEP, LAST)


# --- many speakers ---------------------------------------------------------------

# A person introduced, then quoted twice, in English, German, French and Spanish: once named with a
# verb of saying, once as "she" ({name}: the person's full name, {surname}: theirs alone).
SAID_PARAGRAPHS = (
    ("<p>{name}, a ferry pilot, crossed the bay at dawn.</p>"
     "<p>\u201cWe counted {i} boats in the harbour,\u201d said {name}.</p>"
     "<p>\u201cThe tide turned early,\u201d she said.</p>"),
    ("<p>{name}, eine Lotsin, fuhr im Morgengrauen \u00fcber die Bucht.</p>"
     "<p>\u201eWir haben {i} Boote im Hafen gez\u00e4hlt\u201c, sagte {name}.</p>"
     "<p>\u201eDie Flut kam fr\u00fch\u201c, sagte sie.</p>"),
    ("<p>{name}, pilote de ferry, a travers\u00e9 la baie \u00e0 l\u2019aube.</p>"
     "<p>\u00ab Nous avons compt\u00e9 {i} bateaux dans le port \u00bb, a d\u00e9clar\u00e9 {name}.</p>"
     "<p>\u00ab La mar\u00e9e a tourn\u00e9 t\u00f4t \u00bb, a-t-elle dit.</p>"),
    ("<p>{name}, piloto de ferry, cruz\u00f3 la bah\u00eda al amanecer.</p>"
     "<p>\u201cContamos {i} barcos en el puerto\u201d, dijo {name}.</p>"
     "<p>\u201cLa marea cambi\u00f3 temprano\u201d, dijo ella.</p>"),
)
QUOTES_PER_PERSON = 2


def invented_name(index: int) -> str:
    """A first name and a surname of their own for each index, no word of any language: "Fomelde
    Cebabask", "Gobilde Debabask"..."""
    def word(n: int, syllables: int) -> str:
        letters = ""
        for _ in range(syllables):
            letters += "bcdfghjklmnprstvz"[n % 17] + "aeiou"[n % 5]
            n //= 17
        return letters.capitalize()
    return f"{word(index * 7 + 3, 2)}lde {word(index, 3)}sk"


def many_speakers(count: int) -> Page:
    """`count` people, each named nowhere else and quoted QUOTES_PER_PERSON times, in turn in English,
    German, French and Spanish; the markers are the speakers of the quotes, in order."""
    names = tuple(invented_name(i) for i in range(count))
    body = "".join(SAID_PARAGRAPHS[i % len(SAID_PARAGRAPHS)].format(i=i, name=name) for i, name in enumerate(names))
    return _page(body, *(name for name in names for _ in range(QUOTES_PER_PERSON)))
