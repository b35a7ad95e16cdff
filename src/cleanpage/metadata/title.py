"""The title and the site name: structured titles, the headline element, the <title> with the site cut off."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from ..cjk import cjk_count
from ..patterns import lazy
from ..rules import class_rule
from .sources import (
    SHOP_KINDS,
    _DESCRIPTION_META_KEYS,
    _MAX_H1,
    _MAX_H2,
    _Page,
    _TITLE_META_KEYS,
    _clean_text,
    _first_meta,
    _json_str,
    _types,
)
from .window import _inside

if TYPE_CHECKING:
    from . import _Facts


def _site_name(meta: dict[str, list[str]], items: list[dict], article: dict | None) -> str | None:
    site = _first_meta(meta, ("og:site_name",))
    if site:
        return site
    publisher = article.get("publisher") if article else None
    if isinstance(publisher, dict) and _json_str(publisher.get("name")):
        return _json_str(publisher.get("name"))
    for item in items:
        if "WebSite" in _types(item) and _json_str(item.get("name")):
            return _json_str(item.get("name"))
    return _first_meta(meta, ("application-name",))


# Spaced separators between a headline and a site name. A dash counts only with spaces
# around it, so "COVID-19" or "Spider-Man" are never cut.
# Chinese, Japanese and Korean titles write them without spaces: a full-width bar or a dash
# between two of their characters ("港口新规出台-新海网", "港の新規則｜新海新聞"), and the
# full-width colon, which headlines use too, so that it cuts off only a tail that names the site.
# Chinese sites also join a headline, its channel and the site with underscores between their
# characters ("港口新规出台_财经频道_新海网"): a path like a slash's, cut only between those
# characters; so is an ASCII bar there ("港口新规出台|新海网").
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff60"
_TITLE_SEPARATOR_RE = lazy(
    rf"\s+(?:[|·•«»›/~]|::|[-–—])\s+|\s*｜\s*|(?<=[{_CJK}])(?:：|——|--|[-–—](?![-–—]))(?=[{_CJK}\w])"
    rf"|(?<=[{_CJK}])[_|](?=[{_CJK}])"
)
# Separators that almost always split off a site name (unlike dashes, which headlines use).
_STRONG_SEPARATORS = frozenset("|·•«»›/~:｜_")
# cut only where the tail names the site: the full-width colon, and the doubled dash Chinese
# headlines use as a dash ("新规——十问十答"), which sets a site name off too ("新规——新海网")
_SITE_NAMED_SEPARATORS = frozenset(("：", "——", "--"))
_UNSPACED_SEPARATORS = frozenset("｜_")
# "Site: Headline": a colon prefix is cut only when it matches the site name.
_COLON_PREFIX_RE = lazy(r"^([^:]{2,60}):\s+(\S.*)$")
# A dash-separated tail without site-name evidence is cut only when it is short, starts
# with a capital (a name or a selling line, never a lower-case clause) and the head is at
# least as long ("Old Harbour Ferry Tours - Island Trips & Cruises").
_MAX_UNNAMED_TAIL_WORDS = 4
_HEAD_TO_TAIL_WORDS = 1
# Between an h1 and the rest of the <title> sits a symbol or punctuation mark ("|", "✩").
_TITLE_JOINER_RE = lazy(r"^\s*[^\w\s]")
# Headings that are promotions, never a headline (several languages).
_PROMO_HEADING_RE = lazy(
    r"newsletter|subscribe|sign up|abonn|anmelden|inscri|suscr|iscriviti|"
    r"nieuwsbrief|prenumerera|zapisz|assine|cookie",
    re.IGNORECASE,
)
# Permalink marks that documentation generators append to headings ("Title¶").
_HEADING_ANCHOR_RE = lazy(r"\s*[¶§#🔗]+\s*$")
_SITE_KEY_RE = lazy(r"[\W_]+")
_DOMAIN_NOISE_RE = lazy(r"^(?:www\d?|m|amp)\.|\.[a-z]{2,3}(?:\.[a-z]{2})?$")


def _structured_title(
    meta: dict[str, list[str]], article: dict | None, sites: set[str], page_title: str | None, news: bool
) -> str | None:
    """The JSON-LD title, else the first meta title, with the site name cut off."""
    candidates = (_first_meta(meta, (key,)) for key in _TITLE_META_KEYS if key != "title")
    for candidate in (_json_ld_title(article, page_title) if article else None, *candidates):
        title = _strip_site(candidate, sites, news) if candidate else None
        if title and not _names_site(title, sites):  # a "title" that is the site's name
            return title
    return None


def _title(
    page: _Page, facts: _Facts, meta: dict[str, list[str]], article: dict | None
) -> tuple[lxml.html.HtmlElement | None, str | None]:
    """(the headline element when found, the title).

    The structured title first (or the h1 that betters it: one the JSON-LD `article`, read
    from the head or the body, names); else the h1 that the <title> repeats (or, on a
    product page, the h1 whose words the <title> all says); else the <title> without its
    site name; else the meta "title".
    """
    headings = _headings(page.h1s)
    page_title, sites = facts.page_title, facts.sites
    title_key = _site_key(page_title or "")
    in_menus = [text for heading, text in headings if _in_menu(heading) and not title_key.startswith(_site_key(text))]
    if in_menus:  # the site's name in its menu bar ("Example Handbook" over every chapter), not the <title>'s head
        headings = [(heading, text) for heading, text in headings if text not in in_menus]
        sites = sites | {_site_key(text) for text in in_menus if len(_site_key(text)) >= _MIN_HEADLINE_KEY}
    if facts.title:
        headline, heading = _headline(page, headings, facts.title, page_title, sites)
        if heading and (_decorates(facts.title, heading) or _continues(heading, facts.title)
                        or _prefers_heading(heading, facts.title, page_title, facts.kind == "article")
                        or _seconded(heading, facts.title, article) or _shows_cut_tail(heading, facts.title, meta, sites)):
            return headline, heading  # "Modern Leather Case - iPhone 16 | Black" over the h1 "Modern Leather Case"
        return headline, facts.title
    stripped = _strip_site(page_title, sites, facts.kind == "article") if page_title else None
    post = _post_title(page, headings, stripped, page_title)
    if post is not None:  # "Blog | Post", the blog's name kept: the h1 says the blog, an h2 the post
        sites, stripped = sites | {_site_key(stripped)}, post
    sites = sites | _logo_keys(page, headings, stripped, page_title)
    headline, heading = _headline(page, headings, stripped, page_title, sites)
    if heading and (not stripped or _is_related(heading, page_title) or _continues(heading, stripped) or _site_key(stripped) in sites
                    or (len(headings) == 1 and _leads_with_site(page_title, sites))
                    or (facts.kind == "article" and _rewords(heading, stripped))
                    or (facts.kind in SHOP_KINDS and _names_within(heading, stripped))
                    or _renumbers(heading, stripped) or _reorders(heading, stripped)
                    or _subtitles(heading, page_title) or _described(heading, meta)):
        return headline, heading
    if len(headings) == 1 and stripped and len(stripped.split()) <= _GENERIC_TITLE_WORDS \
            and len(headings[0][1].split()) > _GENERIC_TITLE_WORDS and not _shares_words(headings[0][1], stripped):
        # a generic <title> ("Printer-friendly version") that has nothing of the page's one <h1>
        return headings[0][0], headings[0][1]
    return headline, stripped or _first_meta(meta, ("title",))


def _logo_keys(page: _Page, headings: list, stripped: str | None, page_title: str | None) -> set[str]:
    """The h1s that are the part of the <title> cut off as the site's name, where an h2 says
    the rest: forum software (phpBB) puts the board's name in the header's h1 and the
    thread's title in an h2 ("Board • View topic - Thread", "Thread - Board")."""
    key = _site_key(stripped or "")
    if len(key) < _MIN_HEADLINE_KEY or not any(_site_key(text) == key for _, text in _headings(page.h2s[:_MAX_H2])):
        return set()
    return {_site_key(text) for _, text in headings
            if _is_related(text, page_title) and _site_key(text) not in key and len(_site_key(text)) >= _MIN_HEADLINE_KEY}


def _post_title(page: _Page, headings: list, stripped: str | None, page_title: str | None) -> str | None:
    """The <title>'s part after its one separator, when the part kept before it (`stripped`) is
    the page's one h1 and an h2 says that other part whole: a blog engine (Blogger) puts the
    blog's name in the header's h1 and the post's title in an h2 ("Blog | Post")."""
    separator = _TITLE_SEPARATOR_RE.search(page_title) if page_title and stripped else None
    if separator is None or len(headings) != 1 or _site_key(headings[0][1]) != _site_key(stripped) \
            or _site_key(page_title[: separator.start()]) != _site_key(stripped):
        return None
    rest = page_title[separator.end():].strip()
    key = _site_key(rest)
    if len(key) < _MIN_HEADLINE_KEY or _TITLE_SEPARATOR_RE.search(rest):
        return None
    return rest if any(_site_key(text) == key for _, text in _headings(page.h2s[:_MAX_H2])) else None


def _seconded(heading: str, title: str, article: dict | None) -> bool:
    """Does the JSON-LD article's headline or name say the h1 word for word, where the title
    chosen (the share line, or the other of the two that the <title> repeats) says something
    else? The markup and the page agree on the headline; the share line and the <title> were
    rewritten for search. An h1 that holds the chosen title whole is that title with a label
    or a pack size around it ("Berry Jam - 12 jars"): the title stays. (A twitter:title or
    another meta title that says the h1 is no such sign: pages whose <title> and og:title
    agree are titled by them as often.)"""
    fold_heading, fold_title = _fold_quotes(heading), _fold_quotes(title)
    if not article or fold_title in fold_heading:
        return False
    return any(_fold_quotes(_json_str(article.get(key)) or "") == fold_heading for key in _LD_TITLE_KEYS)


_LD_TITLE_KEYS = ("headline", "name")


def _leads_with_site(page_title: str | None, sites: set[str]) -> bool:
    """Does the <title> open with the site's name ("Example - Where people talk")? Then what
    follows is the site's slogan, the same on every page, and the page's one h1 says what it is."""
    separator = _TITLE_SEPARATOR_RE.search(page_title) if page_title else None
    return bool(separator) and _is_site_heading(page_title[: separator.start()], sites)


def _in_menu(heading: lxml.html.HtmlElement) -> bool:
    """Is the h1 inside a <nav> or a navigation bar by its class ("menu-bar", "navbar")?
    An <article> or <main> on the way up holds the page's own content: never a menu."""
    for _, ancestor in zip(range(_MAX_MENU_WALK), heading.iterancestors()):
        if ancestor.tag in ("article", "main", "body"):
            return False
        if ancestor.tag == "nav":
            return True
        own = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".strip()
        if own and class_rule(own) == "navigation":
            return True
    return False


_MAX_MENU_WALK = 3  # a menu bar wraps its logo heading closely (a layout class further up says "nav" too)


def _decorates(title: str, heading: str) -> bool:
    """Is the structured title the page's headline plus a tail set off by a separator
    ("Using Fetch - Web APIs", "Galaxy S25 | Features & Highlights", "Camping Tents: Large
    Tents for Families")? The tail names a section, a site or a selling line; the headline
    is what the page shows; so it is where a site's name in brackets leads ("【Site】Headline").
    Titles that differ only in quote marks or case keep the structured form."""
    fold_title, fold_heading = " ".join(title.casefold().split()), heading.casefold()
    if len(_site_key(heading)) < _MIN_HEADLINE_KEY:
        return False
    if fold_title.endswith(fold_heading) and _LEAD_BRACKET_RE.fullmatch(fold_title[: -len(fold_heading)]):
        return True  # "【Site】Headline": a name or a label in lenticular brackets before the headline
    return fold_title.startswith(fold_heading) and bool(_TAIL_SEPARATOR_RE.match(fold_title[len(fold_heading):]))


def _prefers_heading(heading: str, title: str, page_title: str | None, article: bool) -> bool:
    """Does the page's headline element say its title better than the structured title?

    1. titles that differ only in quote marks or case: the structured form stays;
    2. the h1 is the structured title cut before a qualifier ("Headlamps" under "Headlamps
       for Camping & Hiking", "What is X?" under "What is X? Our Guide"), its closing
       words after a qualifier ("Garden Chairs" under "Folding Wooden Garden Chairs"), or
       the same words with other numbers (a year the page updated): the h1;
    3. the <title> repeats the h1 and not the structured title: the h1;
    4. on an article, unless the h1 is the structured title behind a label ("News Headline"
       over "Headline"): the h1 when the <title> leaves the structured title alone, or when
       the h1 says most of its words (the same headline, reworded). An article's share line
       (og:title) is often rewritten for search and social media; its h1 is what the page
       shows. Elsewhere (shops, services, listings) the h1 is as often a slogan or a label."""
    if _fold_quotes(heading) == _fold_quotes(title):
        return False
    if _cuts_qualifier(heading, title) or _cuts_lead_qualifier(heading, title) or _renumbers(heading, title):
        return True
    backed = _repeats(title, page_title)  # the <title> agrees with the structured title
    if _repeats(heading, page_title) and not backed:
        return True
    if not article or _site_key(heading).endswith(_site_key(title)):
        return False
    return not backed or _word_share(title, heading) >= _REWORDED_SHARE


def _shows_cut_tail(heading: str, title: str, meta: dict[str, list[str]], sites: set[str]) -> bool:
    """Does the h1 say a meta title whole, where the structured title is that meta title with
    a tail cut off as a site's name that names no site ("Wool Jumper – Navy" in the h1 and the
    share line, cut to "Wool Jumper")? A short capitalised tail reads like a site's name; the
    page shows it as part of its own name (a colour, a finish), so it stays."""
    fold_heading, fold_title = _fold_quotes(heading), _fold_quotes(title)
    if not fold_heading.startswith(fold_title) or len(fold_heading) == len(fold_title):
        return False
    if not any(_fold_quotes(_first_meta(meta, (key,)) or "") == fold_heading for key in _TITLE_META_KEYS if key != "title"):
        return False
    separator = _TITLE_SEPARATOR_RE.match(heading, len(" ".join(title.split())))
    tail = heading[separator.end():] if separator else ""
    return bool(_WORDS_TAIL_RE.fullmatch(tail)) and not _names_site(tail, sites) and not _TITLE_SEPARATOR_RE.search(tail)


# A tail of words alone ("Navy", "Dark Oak"): a pack size or a count ("(30ct) 300mg", "12 jars")
# sits beside a product's name in its h1 as often as its share line drops it.
_WORDS_TAIL_RE = lazy(r"[^\W\d_][^\d()\[\]]*")


def _subtitles(heading: str, page_title: str | None) -> bool:
    """Is the h1 the <title>'s part before its one separator, then a colon and a subtitle
    ("Children's dentistry: gentle check-ups" under "Children's dentistry – Lotus Dental
    Clinic")? The page shows the name with its subtitle; what the <title> adds after the
    separator is the site's name, however long."""
    found = list(_TITLE_SEPARATOR_RE.finditer(page_title)) if page_title else []
    if len(found) != 1:
        return False
    head = _fold_quotes(page_title[: found[0].start()])
    fold_heading = _fold_quotes(heading)
    return len(_site_key(head)) >= _MIN_HEADLINE_KEY and fold_heading.startswith(f"{head}:") \
        and len(_site_key(fold_heading[len(head):])) >= _MIN_HEADLINE_KEY


def _described(heading: str, meta: dict[str, list[str]]) -> bool:
    """Does the page's description say the h1 word for word ("Tram works slip to summer" in both,
    under a <title> that is the paper's name alone)? A news site's template fills the <title> with
    its name and the description with the story's headline: the h1 is the title."""
    fold_heading = _fold_quotes(heading)
    return len(_site_key(heading)) >= _MIN_HEADLINE_KEY and any(
        _fold_quotes(_first_meta(meta, (key,)) or "") == fold_heading for key in _DESCRIPTION_META_KEYS)


def _continues(heading: str, title: str) -> bool:
    """Does the h1 say the whole title and go on in the same sentence: a word the title cut
    off ("...set up your monitor and k" under "...and keyboard"), a clause after a comma, a
    closing stop? The title was shortened for search results; the h1 is the headline. A
    tail set off by a dash or a bar is a label or a pack size instead: the title stays."""
    fold_heading, fold_title = _fold_quotes(heading), _fold_quotes(title)
    if len(_site_key(title)) < _MIN_HEADLINE_KEY or not fold_heading.startswith(fold_title):
        return False
    rest = " ".join(heading.split())[len(" ".join(title.split())):]
    return bool(rest) and (rest[0].islower() or rest[0].isdigit() or rest[0] in _CONTINUING_MARKS)


# After a cut title, the same sentence goes on with the rest of a word (lower case: a capital
# glued on is the next element's text, "EditionComplete"), a comma's clause or a full stop.
_CONTINUING_MARKS = ",.…"


def _rewords(heading: str, title: str) -> bool:
    """Is an article's h1 its <title> reworded, saying most of the title's words ("The Best
    Kayaks of 2024" over "Best Kayaks of 2024")? The page shows the h1; the <title> is often
    rewritten for search. (A label before the title counts as rewording here: no page with
    only a <title> showed a labelled h1, and the guard cost a leading "The".)"""
    return _word_share(title, heading) >= _REWORDED_SHARE


def _renumbers(heading: str, title: str) -> bool:
    """Does the h1 say the title's words with other numbers ("Tax Guide for 2031" over "Tax
    Guide for 2030")? The page updated the year it shows and left its <title> or share line."""
    heading_words, title_words = _WORD_RE.findall(_fold_quotes(heading)), _WORD_RE.findall(_fold_quotes(title))
    return heading_words != title_words and len(heading_words) == len(title_words) and all(
        a == b or (a.isdigit() and b.isdigit()) for a, b in zip(heading_words, title_words))


def _reorders(heading: str, title: str) -> bool:
    """Does the h1 say the <title>'s words and no other, in another order ("Jobs in Care in
    Salzburg" over "Jobs in Salzburg – Care")? The <title> was set for search; the page shows the h1."""
    heading_words, title_words = _WORD_RE.findall(heading.casefold()), _WORD_RE.findall(title.casefold())
    return heading_words != title_words and len(title_words) >= _MIN_REORDERED_WORDS \
        and set(heading_words) == set(title_words)


# A title of two words or fewer is a label more than a sentence: its h1 in another order may be a slogan.
_MIN_REORDERED_WORDS = 3


def _names_within(heading: str, title: str) -> bool:
    """Does the <title> say every word of a shorter h1, and more ("Trail Shoes" in "Buy
    Trail Shoes at Example", "Folding Stool" in "Example Folding Stool")? A product page's
    h1 names the product; a <title> written for search adds a brand or a selling verb
    around it. (With a structured title the h1 is as often a shorter category label.)"""
    return len(heading.split()) < len(title.split()) and _word_share(heading, title) == 1.0


def _word_share(text: str, other: str) -> float:
    """The share of the text's words that the other says too."""
    words = set(_WORD_RE.findall(text.casefold()))
    return len(words & set(_WORD_RE.findall(other.casefold()))) / len(words) if words else 0.0


# An article's h1 that says this share of the structured title's words is the same headline reworded.
_REWORDED_SHARE = 0.6


def _fold_quotes(text: str) -> str:
    return " ".join(text.translate(_QUOTE_FOLD).casefold().split())


# Curly, low and prime quote marks as their straight forms (one character each).
_QUOTE_FOLD = str.maketrans("‘’‚‛“”„‟″′", "\'\'\'\'\"\"\"\"\"\'")


def _repeats(text: str, page_title: str | None) -> bool:
    """Does the <title> say the text, alone, joined to a site name, or as its opening words?"""
    return bool(page_title) and (_is_related(text, page_title) or _fold_quotes(page_title).startswith(_fold_quotes(text)))


def _cuts_qualifier(heading: str, title: str) -> bool:
    """Is the heading the title's opening words, the rest a qualifier: set off by a mark
    ("| Services", "+ More", ": Guide"), after a heading that ends its sentence ("What is X?
    Our Guide"), or starting lower-case or with a digit ("for Men", "13-inch and ...")? A
    capitalised plain word goes on the name ("Garden Design Diploma"), so the
    title stays."""
    heading, title = " ".join(heading.split()), " ".join(title.split())
    if len(_site_key(heading)) < _MIN_HEADLINE_KEY or len(title) <= len(heading):
        return False
    if _fold_quotes(title[: len(heading)]) != _fold_quotes(heading) or title[len(heading)].isalnum():
        return False
    rest = title[len(heading):].strip()
    return bool(rest) and (not rest[0].isupper() or heading[-1] in _SENTENCE_ENDS
                           or bool(_QUALIFIER_MARK_RE.search(rest)))


def _cuts_lead_qualifier(heading: str, title: str) -> bool:
    """Is the heading of two words or more the title's closing words, after words that qualify
    it in the same phrase ("Folding Wooden Garden Chairs" over the h1 "Garden Chairs",
    "Shop Rain Boots" over "Rain Boots")? A mark before the heading sets off
    a name or a label instead ("Example - Notes for everyone", "Guides: Welsh"): the
    title stays."""
    fold_heading, fold_title = _fold_quotes(heading), _fold_quotes(title)
    if len(fold_heading.split()) < _MIN_LEAD_CUT_WORDS or not fold_title.endswith(f" {fold_heading}"):
        return False
    lead = fold_title[: -len(fold_heading)].rstrip()
    return bool(lead) and lead[-1].isalnum()


_MIN_LEAD_CUT_WORDS = 2  # a one-word h1 ("Desks") is as often a section's label


# A heading ending with these is a whole sentence: what the title adds after it is a tagline
# ("What is X? Our Guide"). A full stop is left out: it ends abbreviations ("Inc.", "St.").
_SENTENCE_ENDS = "?!"
# A mark in a title's tail that sets a qualifier off (an apostrophe or a hyphen joins words).
_QUALIFIER_MARK_RE = lazy(r"[^\w\s'’-]")


# What sets a tail off from the headline in a structured title: a dash, bar, colon, bullet,
# slash, bracket or comma (a word straight after the headline continues its sentence).
_TAIL_SEPARATOR_RE = lazy(r"\s*[-–—|:·•/(\[,]")
# Chinese sites set their name or a label off before a headline in lenticular brackets ("【Site】").
_LEAD_BRACKET_RE = lazy(r"\s*【[^】]{1,30}】\s*")
# A Chinese, Japanese or Korean news title opens with its site's name or a label ("速報": breaking)
# in square brackets too, half- or full-width.
_LEAD_CJK_LABEL_RE = lazy(rf"\s*[\[［][{_CJK}\s]{{1,30}}[\]］]\s*")
_MIN_HEADLINE_KEY = 4  # "Go": too short to tell a headline from a word


def _shares_words(a: str, b: str) -> bool:
    """Do two titles share a word of four letters or more?"""
    words = {w for w in _WORD_RE.findall(a.casefold()) if len(w) >= 4}
    return any(w in words for w in _WORD_RE.findall(b.casefold()) if len(w) >= 4)


_WORD_RE = lazy(r"\w+")
# A <title> this short that shares nothing with the page's one h1 is generic ("Printer-friendly version").
_GENERIC_TITLE_WORDS = 3


def _json_ld_title(article: dict, page_title: str | None) -> str | None:
    """headline, or name; when both differ, the one the <title> repeats."""
    headline = _json_str(article.get("headline"))
    name = _json_str(article.get("name"))
    if headline and name and page_title and _site_key(name) in _site_key(page_title):
        return name if _site_key(headline) not in _site_key(page_title) else headline
    return headline or name


def _headings(h1s: list) -> list[tuple[lxml.html.HtmlElement, str]]:
    """The first h1s with their text (anchor marks and a title template's tail cut), promotions
    and template copies of another h1 left out."""
    headings = []
    for h1 in h1s[:_MAX_H1]:
        text = _before_bar(_clean_text(_HEADING_ANCHOR_RE.sub("", _heading_text(h1))))
        if text and not _PROMO_HEADING_RE.search(text):
            headings.append((h1, text))
    texts = [text for _, text in headings]
    return [(h1, text) for h1, text in headings if not any(_extends(text, other) for other in texts)]


def _extends(text: str, other: str) -> bool:
    """Is the heading another h1 plus a tail after a spaced separator ("Headline - Forum Name"
    beside "Headline")? Such a copy is the page's <title> template; the other h1 is the headline."""
    return len(text) > len(other) and text.startswith(other) and bool(_TITLE_SEPARATOR_RE.match(text[len(other):]))


def _before_bar(text: str | None) -> str | None:
    """An h1 that a site fills from its <title> template ("Headline | Opinion", "Headline |
    Section | Site") shows the headline before the first bar; a head of one word is a label
    ("News | Headline") and keeps the whole."""
    head, bar, _ = (text or "").partition(_HEADING_BAR)
    return head if bar and len(head.split()) >= _MIN_BAR_HEAD_WORDS else text


_HEADING_BAR = " | "
_MIN_BAR_HEAD_WORDS = 2


def _heading_text(heading: lxml.html.HtmlElement) -> str:
    """The heading's text, a line break read as a space ("Data Analytics<br>Agency")."""
    if next(heading.iterdescendants("br"), None) is None:  # (an iterator in C: find() runs ElementPath)
        return heading.text_content()
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(heading, events=("start", "end")):
        if event == "start":
            parts.append(" " if node.tag == "br" else node.text or "" if isinstance(node.tag, str) else "")
        elif node is not heading:
            parts.append(node.tail or "")
    return "".join(parts)


def _headline(
    page: _Page, headings: list, title: str | None, page_title: str | None, sites: set[str] = frozenset()
) -> tuple[lxml.html.HtmlElement | None, str | None]:
    """(headline element, its text): the h1 (else h2) that says the title or that the
    <title> repeats, else the article's h1, else the page's only h1. An h1 that names
    the site (the logo) is never the headline."""
    title_key = _site_key(title) if title else None
    headings = [(heading, text) for heading, text in headings if not _is_site_heading(text, sites)]
    for heading, text in headings:  # saying the title beats being part of the <title> (a logo)
        if _site_key(text) == title_key:
            return heading, text
    for heading, text in headings:
        if _is_related(text, page_title):
            if title_key and _site_key(text) not in title_key \
                    and (lower := _titled_heading(heading.getroottree().getroot().find("body"), title)) is not None:
                # the blog's name in the <title> before the post's ("Harbour Notes: Market may move"),
                # in the header's h1; the post's title word for word in a lower heading anchors the
                # byline search instead (its text never overrides the title)
                return lower, None
            return heading, text
    for heading, text in _headings(page.h2s[:_MAX_H2]) if title_key else ():
        if _site_key(text) == title_key or _is_related(text, page_title):
            return heading, None  # anchors the byline search; an h2 never overrides the title
    articles = set(page.articles)
    for h1, text in headings:
        if h1.get("itemprop") == "headline" or _inside(h1, articles):
            return h1, text
    return headings[0] if len(headings) == 1 else (None, None)  # a page's only h1 heads it


def _site_from_title(title: str | None, page_title: str | None) -> str | None:
    """The site name that the <title> adds to the headline ("标题-华夏新闻网", "Headline | Site")."""
    if not title or not page_title or len(page_title) <= len(title):
        return None
    fold_title, fold_page = title.casefold(), page_title.casefold()
    if fold_page.startswith(fold_title):
        rest = page_title[len(title):]
    elif fold_page.endswith(fold_title):
        rest = page_title[: -len(title)]
    else:
        return None
    joiner = _SITE_JOINER_RE.fullmatch(rest) if rest else None
    site = (joiner.group(1) or joiner.group(2) or "").strip() if joiner else None
    return site if site and len(site) <= _MAX_SITE_NAME_CHARS else None


# " | Site", "-Site", " — Site", "Site: " around the headline in a <title>.
_SITE_JOINER_RE = lazy(r"\s*[|\-–—_:·•«»/]+\s*(.+?)\s*|\s*(?=\S)(.+?)\s*[|\-–—_:·•«»/]+\s*")
_MAX_SITE_NAME_CHARS = 60


def _is_related(heading: str, page_title: str | None) -> bool:
    """True when the <title> is the heading, alone or joined to a site name."""
    if not page_title:
        return False
    fold_heading, fold_title = heading.casefold(), page_title.casefold()
    if fold_heading == fold_title:
        return True
    if fold_title.startswith(fold_heading):
        return bool(_TITLE_JOINER_RE.match(fold_title[len(fold_heading):]))
    if fold_title.endswith(fold_heading):
        rest = fold_title[: -len(fold_heading)].rstrip()
        return bool(rest) and not rest[-1].isalnum()
    return False


# Without an h1 or h2 headline, a lower heading that says the title word for word heads the
# article ("<h4>Harbour market may move inland</h4>" under a site's h1 logo): the byline and
# the date sit around it. Read in one pass filtered by tag in C, up to so many headings.
_LOWER_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_MAX_LOWER_HEADINGS = 60


def _titled_heading(body: lxml.html.HtmlElement | None, title: str | None) -> lxml.html.HtmlElement | None:
    """The first lower heading whose text is the title (case, spaces and punctuation aside)."""
    return _first_saying_title(body, title, _LOWER_HEADING_TAGS, _MAX_LOWER_HEADINGS, _heading_says)


def _heading_says(heading: lxml.html.HtmlElement, key: str) -> bool:
    return _site_key(heading.text_content()) == key


def _first_saying_title(body: lxml.html.HtmlElement | None, title: str | None, tags: tuple[str, ...], limit: int,
                        says) -> lxml.html.HtmlElement | None:
    """The first of the body's elements of these tags (up to `limit`, one pass filtered by tag in C)
    that `says(element, key)` the title's key."""
    key = _site_key(title or "")
    if body is None or len(key) < _MIN_HEADLINE_KEY:
        return None
    return next((el for _, el in zip(range(limit), body.iter(tags)) if says(el, key)), None)


# Without any heading that says the title, a short line that does heads the article: a
# template's title paragraph or box ("<p class="title">Harbour market may move inland</p>"),
# the byline and the date under it. Only a line of text alone (no child elements: a card's
# linked title holds its link), read in one pass filtered by tag in C, up to so many lines.
_TITLE_LINE_TAGS = ("p", "div", "span", "strong", "b")
_MAX_TITLE_LINES = 1500


def _title_line(body: lxml.html.HtmlElement | None, title: str | None) -> lxml.html.HtmlElement | None:
    """The first childless line whose text is the title (case, spaces and punctuation aside)."""
    return _first_saying_title(body, title, _TITLE_LINE_TAGS, _MAX_TITLE_LINES, _line_says)


def _line_says(line: lxml.html.HtmlElement, key: str) -> bool:
    text = line.text
    return bool(text) and len(text) >= len(key) and not len(line) and _site_key(text) == key


# A page titled only as the site's home ("Home", "Startseite", "Accueil"...), the menu's label for
# it: the site's name says what the page is. The label in the nine languages and the web's other
# large ones, lower-cased.
_HOME_LABELS = frozenset((
    "home", "homepage", "home page", "startseite", "accueil", "inicio", "início", "página inicial",
    "pagina iniziale", "strona główna", "главная", "главная страница", "головна", "hem", "forside",
    "etusivu", "úvod", "kezdőlap", "ana sayfa", "anasayfa", "beranda", "trang chủ", "首页", "首頁",
    "ホーム", "홈",
))


def _home_label_as_site(title: str | None, site_name: str | None) -> str | None:
    """The site's name for a title that is only the home page's label ("Home" on a blog's front);
    a title in other scripts than Chinese, Japanese or Korean with their full-width marks as the
    plain ones (_latin_marks)."""
    if title and site_name and title.strip().casefold() in _HOME_LABELS and _site_key(site_name):
        return site_name
    return _latin_marks(title)


def _latin_marks(title: str | None) -> str | None:
    """"How does it work？" as "How does it work?": a full-width question mark, colon or bracket
    typed on a Chinese, Japanese or Korean keyboard into a title with none of their characters
    is the plain mark (a title in those scripts keeps its own)."""
    if not title or not _FULL_WIDTH_MARK_RE.search(title) or cjk_count(title):
        return title
    return title.translate(_FULL_WIDTH_MARKS)


# The full-width forms of ASCII's punctuation (U+FF01-FF0F, FF1A-FF20, FF3B-FF40, FF5B-FF5E).
_FULL_WIDTH_MARK_RE = lazy(r"[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]")
_FULL_WIDTH_MARKS = {code: code - 0xFEE0 for code in (*range(0xFF01, 0xFF10), *range(0xFF1A, 0xFF21),
                                                      *range(0xFF3B, 0xFF41), *range(0xFF5B, 0xFF5F))}


def _site_key(text: str) -> str:
    return _SITE_KEY_RE.sub("", text.casefold())


def _domain_key(host: str) -> str:
    """The comparable name in a host, its prefix and ending cut ("www.example.co.uk" -> "example")."""
    return _site_key(_DOMAIN_NOISE_RE.sub("", _DOMAIN_NOISE_RE.sub("", host)))


def _site_keys(site_name: str | None, url: str | None) -> set[str]:
    """Comparable forms of the site name and the domain ("www.example.co.uk" -> "example")."""
    keys = {_site_key(site_name)} if site_name else set()
    host = urlsplit(url).hostname if url else None
    if host:
        keys.add(_domain_key(host))
        keys.add(_site_key(host))
    return {key for key in keys if len(key) >= 2}


def _names_site(part: str, sites: set[str]) -> bool:
    key = _site_key(part)
    return bool(key) and any(key == site or (len(key) >= 3 and (key in site or site in key)) for site in sites)


def _is_site_heading(text: str, sites: set[str]) -> bool:
    """An h1 that is the site's name, give or take a word ("Example", "Example News")."""
    key = _site_key(text)
    return bool(key) and any(site in key and len(key) - len(site) <= _MAX_SITE_HEADING_EXTRA for site in sites)


_MAX_SITE_HEADING_EXTRA = 6  # letters besides the site's name: "news", "blog", "forum"


def _strip_site(title: str, sites: set[str], news: bool = True) -> str:
    """Cut the site name off a title: by name first, then by the shape of the parts.

    A site name before a colon is cut from an article's title only ("Example: Headline");
    elsewhere the colon joins a name to what it is ("Example: The Collaborative Design Tool").
    A forum engine's "Board • View topic - " before a thread's title goes first, and a name
    or a label in lenticular brackets before it ("【Site】Headline"), which no headline opens with,
    or on a news story in square ones, written in Chinese, Japanese or Korean ("[Site] Headline")."""
    title = _BACK_PATH_RE.sub("", _FORUM_VIEW_RE.sub("", title, count=1), count=1)
    lead = _LEAD_BRACKET_RE.match(title) or (_LEAD_CJK_LABEL_RE.match(title) if news else None)
    if lead and len(_site_key(title[lead.end():])) >= _MIN_HEADLINE_KEY:
        title = title[lead.end():]
    matches = list(_TITLE_SEPARATOR_RE.finditer(title))
    colon = _COLON_PREFIX_RE.match(title) if news else None
    if colon and _is_site_heading(colon.group(1), sites):  # "Example: Headline", not "Example launches X: ..."
        return colon.group(2)
    if not matches:
        return _without_bracketed_site(title, sites)
    first, last = matches[0], matches[-1]
    head, tail = title[: last.start()], title[last.end():]
    if _names_site(tail, sites):
        return _strip_section(head, last.group().strip())
    if _is_site_heading(title[: first.start()], sites):  # "Example | Headline", not "Example Shirt - Black"
        return title[first.end():]
    if last.group().strip() in _SITE_NAMED_SEPARATORS:
        return title
    if last.group().strip() in _STRONG_SEPARATORS:
        if _YEAR_TAIL_RE.fullmatch(tail):
            return title
        separator = last.group().strip()  # slashes are a path: "Headline / Section / Example Forums"
        if news and first is last and _leads_with_name(head, tail):
            return tail  # "Example | A headline of many words": one word before the bar names the site
        if separator in _PATH_SEPARATORS:
            return _strip_section(head, separator)
        return _without_news_section(head, separator) if news and len(matches) == 2 else head
    if not _looks_like_site_tail(head, tail):
        return title
    return _without_news_section(head, last.group().strip()) if news and len(matches) == 2 else head


def _without_news_section(head: str, separator: str) -> str:
    """On a news story, a section's one-word name that the same separator as the cut site sets
    off before or after the headline ("Politik - Headline - Site", "Headline | Cronaca | Site",
    "标题-新闻-网站"): a headline of several words stays. A lower-case part goes on the
    headline's sentence."""
    found = _TITLE_SEPARATOR_RE.search(head)
    if not found or found.group().strip() != separator:
        return head
    first, second = head[: found.start()], head[found.end():]
    if first[:1].islower() or second[:1].islower():
        return head
    if _leads_with_name(first, second):
        return second
    return first if _leads_with_name(second, first) else head


# The site's name in brackets after or before the headline ("Headline (Example News)",
# "[Example News] Headline"), cut when the brackets name the site.
_BRACKETED_SITE_RE = lazy(r"(\S.*?)\s*\(([^()]{2,60})\)|\[([^\[\]]{2,60})\]\s*(\S.*)")


def _without_bracketed_site(title: str, sites: set[str]) -> str:
    """A title with no separator, the site's name in brackets cut ("[Example] Headline")."""
    bracketed = _BRACKETED_SITE_RE.fullmatch(title)
    if bracketed and _names_site(bracketed.group(2) or bracketed.group(3), sites):
        return bracketed.group(4) or bracketed.group(1)
    return title


# Forum software (phpBB) titles a thread "Board name • View topic - Thread title": the board and
# the view's label, in the engine's languages, are cut before anything else.
_FORUM_VIEW_RE = lazy(
    r"^[^•|·]{1,80}\s[•|·]\s(?:view topic|thema anzeigen|voir le sujet|ver tema)\s+[-–—]\s+(?=\S)",
    re.IGNORECASE,
)


# News software (common in Korea) titles a story "Headline < Section < Article view - Site": the
# path back up from the story, each step after a "<", cut with the site after it.
_BACK_PATH_RE = lazy(r"(?:\s+<\s+[^\W\d_][^<>|]{0,30}?){1,4}(?=\s+(?:[|·•/~]|[-–—])\s+[^<>]*$|$)")


def _strip_section(head: str, separator: str) -> str:
    """After the site's name, a section it sits in, set off by the same strong separator
    ("Headline / Forum Section / Example Forums"): cut when short beside the headline."""
    if separator not in _STRONG_SEPARATORS:
        return head
    rest, found, section = head.rpartition(separator if separator in _UNSPACED_SEPARATORS else f" {separator} ")
    rest = rest.rstrip()
    words = section.split()
    if not found or not words or _YEAR_TAIL_RE.fullmatch(section) or len(words) > _MAX_UNNAMED_TAIL_WORDS:
        return head
    return rest if len(rest.split()) >= _HEAD_TO_TAIL_WORDS * len(words) else head


# Parts joined by slashes read as a path from the page up to the site (forum software writes
# "Topic / Section / Forums"); bars join alternatives ("Title | Other name | Site"): only a
# site-named tail tells a section before it there.
_PATH_SEPARATORS = frozenset("/_")
# A year or a season after a slash or bar belongs to the headline ("Conferences 2026 / 2027").
_YEAR_TAIL_RE = lazy(r"[\d\W]+")


def _leads_with_name(head: str, tail: str) -> bool:
    """On an article, is the part before the one strong separator a single word and the part
    after it a headline of several words ("Talbote | Neue Brücke über den Fluss eröffnet")? A
    headline is rarely one word; a site's or a section's name often is."""
    return len(head.split()) == 1 and _word_count(head) == 1 and _word_count(tail) >= _MIN_LED_HEADLINE_WORDS


_MIN_LED_HEADLINE_WORDS = 4


def _word_count(text: str) -> int:
    """Words as spaces part them, or for Chinese, Japanese and Korean (written without spaces)
    one for every two of their characters, as long as their words mostly run; a run of katakana
    alone is one loanword ("ニュース", "テクノロジー": a section's name)."""
    if _KATAKANA_WORD_RE.fullmatch(text.strip()):
        return 1
    return max(len(text.split()), cjk_count(text) // _CJK_CHARS_A_WORD)


_CJK_CHARS_A_WORD = 2
_KATAKANA_WORD_RE = lazy(r"[\u30a0-\u30ff]{2,12}")  # katakana and its long-vowel mark "ー"


def _looks_like_site_tail(head: str, tail: str) -> bool:
    words = tail.split()
    if not words or len(words) > _MAX_UNNAMED_TAIL_WORDS:
        return False
    return len(head.split()) >= _HEAD_TO_TAIL_WORDS * len(words) and not words[0][0].islower()


