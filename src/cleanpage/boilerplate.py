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

import re
from functools import lru_cache
from dataclasses import dataclass

from lxml import etree

from .model import Options, Removal
from .patterns import lazy


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    hard: bool
    why: str


# ---------------------------------------------------------------- the table
RULES = {r.name: r for r in (
    Rule("code", True, "script/style/template text is never prose"),
    Rule("embed", True, "iframes, SVG, canvas, objects: no readable text of the article"),
    Rule("form-control", True, "buttons and inputs are interface, not text"),
    Rule("hidden", True, "hidden/aria-hidden/display:none: the reader never sees it"),
    Rule("modal", True, "role=dialog / aria-modal / modal and popup containers overlay the page"),
    Rule("cookie-banner", True, "cookie and consent banners"),
    Rule("paywall", False, "paywall and registration-wall prompts over the article"),
    Rule("skip-link", True, "'skip to content' and 'back to top' links are navigation"),
    Rule("navigation", False, "<nav>, role=navigation/menu, menu/breadcrumb/pagination classes"),
    Rule("site-header", False, "the site's <header>/role=banner outside the article"),
    Rule("site-footer", False, "the site's <footer>/role=contentinfo outside the article"),
    Rule("sidebar", False, "<aside>, role=complementary, sidebar/widget/rail classes"),
    Rule("share-bar", False, "share/social/follow buttons, 'Share this:'"),
    Rule("newsletter", False, "newsletter and subscribe boxes"),
    Rule("advertisement", False, "ad slots, sponsored and promo blocks"),
    Rule("related", False, "related / recommended / most-read story lists"),
    Rule("comments", False, "reader comments (kept with --comments)"),
    Rule("author-bio", False, "author bio boxes below the article"),
    Rule("post-meta", False, "tags, categories, post navigation, print/email tools"),
    Rule("search", False, "search boxes, role=search"),
    Rule("feedback", False, "'Is this page useful?' feedback and survey widgets"),
    Rule("media-player", False, "video and audio player widgets (sticky players, 'Up next' playlists)"),
    Rule("affiliate-disclosure", False, "'This post may contain affiliate links' boilerplate"),
    Rule("permalink", True, "heading anchors (¶, §, #) that link to their own section"),
    Rule("form", False, "forms other than a page-wide wrapper (ASP.NET wraps whole pages)"),
    # Rules applied inside the chosen content by content.tidy():
    Rule("repeated-title", True, "the article's own headline repeats the title line"),
    Rule("label", True, "standalone 'Advertisement' / 'Share this:' / 'Read more' labels"),
    Rule("link-list", False, "blocks that are mostly links: related lists, tag lists, post navigation"),
    Rule("caption", False, "figure captions, photo credits, galleries (kept with --images)"),
    Rule("byline-line", False, "byline, dateline and timestamp lines inside the body (kept as metadata)"),
    Rule("teaser", False, "story teasers cut off with '...' that link elsewhere"),
    Rule("empty", True, "blocks with neither text nor image"),
    Rule("credit-line", False, "'Reporting by…', 'X contributed to this report', 'Write to … at …' lines"),
)}

# A soft rule never removes a block holding more than this share of the
# page's text: some CMSs put the whole article in a "post-meta" or a
# "has-sidebar" container, and losing the article is worse than keeping chrome.
GUARD_SHARE = 0.5
# Below this many characters a block is never guarded (a footer can outweigh a nav).
GUARD_MIN_CHARS = 200
# An <article>/<main>, or a block whose class says "article", needs only this share.
ARTICLE_GUARD_SHARE = 0.2
# A block holding more than this share of the text is also checked for the
# page's prose: a wrapper named "overlay" or "widget" may hold the article.
PROSE_CHECK_SHARE = 0.1
PROSE_TEXT_TAGS = frozenset(("p", "li", "blockquote", "pre", "td", "dd"))
PROSE_TAGS = (*PROSE_TEXT_TAGS, "div")  # a <div> counts by its own text (CMSs that use no <p>)
MIN_PROSE_BLOCK = 80
HEADLINE_PROSE_SHARE = 0.25
MIN_PAGE_PROSE = 200
SENTENCE_END_RE = lazy(r"[.!?…。！？](?:[\s\"”’»)]|$)")
# A funding/acknowledgement box is a statement, not a page.
MAX_FUNDING_BOX_CHARS = 3000
# Cap on the number of guard measurements (each is a C-level text walk of a
# subtree); past it soft rules stop, so nested guarded blocks can't go quadratic.
MAX_GUARD_CHECKS = 3000

# Removed first, before the page's text is measured for the guard: script
# and JSON text would otherwise make every block look small.
CODE_TAGS = ("script", "style", "noscript", "template")
TAG_RULES = {
    **dict.fromkeys(("script", "style", "noscript", "template", "link", "meta", "base"), "code"),
    **dict.fromkeys(("iframe", "object", "embed", "svg", "canvas", "map", "frameset", "frame",
                     "audio", "video", "applet", "math"), "embed"),
    **dict.fromkeys(("button", "input", "select", "textarea", "option", "optgroup", "datalist",
                     "dialog", "menu"), "form-control"),
    "nav": "navigation",
    "aside": "sidebar",
    "form": "form",
}
TAG_RULES["dialog"] = "modal"

# <header>/<footer> are chrome at page level but part of an <article>.
PAGE_LEVEL_TAG_RULES = {"header": "site-header", "footer": "site-footer"}

ROLE_RULES = {
    "navigation": "navigation", "menu": "navigation", "menubar": "navigation",
    "toolbar": "share-bar", "banner": "site-header", "contentinfo": "site-footer",
    "complementary": "sidebar", "search": "search",
    "dialog": "modal", "alertdialog": "modal", "alert": "modal", "tooltip": "modal",
}

# Rows are judged with their table, never one by one by their class
# (a results table's rows are "player-2020-580", "oddrow"...).
TABLE_PART_TAGS = frozenset(("tr", "tbody", "thead", "tfoot", "col", "colgroup", "caption"))
PULL_QUOTE_WORDS_RE = lazy(r"pull-?quote|pullquote")
# Class rules that name a block more exactly than its ARIA role does.
OVERLAY_RULES = frozenset(("cookie-banner", "modal", "paywall"))
HIDDEN_STYLE_RE = lazy(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

@dataclass(frozen=True, slots=True)
class Vocabulary:
    """How a class/id token names a rule: by its parts, part prefixes, part sequences or substrings."""

    parts: frozenset[str] = frozenset()  # a whole part: "ad" in "ad-slot-3", not in "header"
    prefixes: tuple[str, ...] = ()  # a part starting so: "advert" in "advertorial"
    sequences: tuple[tuple[str, ...], ...] = ()  # consecutive parts: ("back", "to", "top")
    substrings: tuple[str, ...] = ()  # anywhere in the token: "cookie" in "cookiebar"
    tokens: frozenset[str] = frozenset()  # the whole token only: "hidden", not "field-label-hidden"


def _v(parts: str = "", prefixes: str = "", sequences: str = "", substrings: str = "", tokens: str = "") -> Vocabulary:
    return Vocabulary(frozenset(parts.split()), tuple(prefixes.split()),
                      tuple(tuple(seq.split("-")) for seq in sequences.split()), tuple(substrings.split()),
                      frozenset(tokens.split()))


# Class/id vocabulary: rule -> words, in priority order (the first rule that a
# token names wins). A token is split into parts at - _ : . / and digits.
# Words in English, German, French, Spanish, Italian, Dutch and Polish: no
# single language's word list may be the only signal.
CLASS_VOCABULARY: dict[str, Vocabulary] = {
    # consent-management platforms name their containers after themselves
    "cookie-banner": _v(parts="cmp cmplz truste osano",
                        sequences="sp-message cc-window cc-banner privacy-banner privacy-notice",
                        substrings="cookie consent gdpr onetrust didomi cookiebot usercentrics iubenda borlabs"),
    "paywall": _v(parts="paywall paywalls regwall metering", sequences="tp-modal tp-backdrop pay-wall reg-wall "
                                                                        "subscription-wall premium-wall"),
    "modal": _v(parts="modal modals popup popover tooltip hovercard lightbox interstitial overlay",
                sequences="pop-up hover-card"),
    "skip-link": _v(parts="skiplink skipto backtotop totop scrolltop",
                    sequences="skip-to skip-link skip-nav back-to-top to-top scroll-top jump-to-top"),
    "hidden": _v(tokens="hidden visually-hidden visuallyhidden sr-only screen-reader-text screenreader-text "
                        "offscreen d-none is-hidden hide"),
    "comments": _v(parts="comment comments commentlist disqus discussion respond replies kommentar kommentare "
                         "commentaire commentaires comentario comentarios commenti komentarz komentarze reacties",
                   sequences="comment-list"),
    "newsletter": _v(parts="optin", sequences="sign-up mailing-list opt-in email-capture",
                     substrings="newsletter subscribe subscription signup mailinglist abonn inscri suscri iscriviti"),
    "share-bar": _v(prefixes="share sharing sharer social addthis sharethis sharedaddy teilen partag compartir "
                             "condividi udostepnij delen", sequences="follow-us"),
    "advertisement": _v(parts="ad ads adslot adunit dfp gpt outbrain taboola werbung anzeige publicidad",
                        prefixes="advert sponsor publicit pubblicit reklam promo",
                        sequences="ad-slot ad-container ad-wrapper ad-unit native-ad banner-ad"),
    "related": _v(parts="popular tambien zobacz",
                  sequences="more-stories more-from also-read read-more see-also most-read most-viewed most-shared "
                            "you-may up-next next-up lire-aussi a-lire leggi-anche",
                  substrings="related recommend trending mostread readmore morestories alsoread seealso youmay "
                             "upnext weitere gerelateerd"),
    "author-bio": _v(parts="authorbio authorbox authorinfo biobox",
                     sequences="author-bio author-box author-info author-card author-profile author-details "
                               "about-author about-the-author bio-box contributor-bio"),
    "navigation": _v(parts="nav navbar navigation menu menubar breadcrumb breadcrumbs pagination pager masthead "
                           "topbar megamenu sitenav postnav prevnext",
                     sequences="post-nav prev-next mega-menu site-nav"),
    "site-header": _v(parts="siteheader pageheader", sequences="site-header page-header global-header header-bar"),
    "site-footer": _v(parts="footer colophon sitefooter pagefooter"),
    # not "left-col"/"right-col"/"rail": which column holds the article is the site's choice
    "sidebar": _v(parts="sidebar sidebars", prefixes="widget", sequences="side-bar"),
    # whole tokens only: WordPress puts "tag-<slug> category-<slug>" on the article itself
    "post-meta": _v(tokens="tags tag-list taglist tag-cloud tagcloud tags-list categories post-tags entry-tags "
                           "print email-this toolbar tools"),
    "search": _v(parts="search suche recherche busqueda"),
    "feedback": _v(parts="feedback survey"),
    # not "player" alone: sports pages name their athletes' rows "player-2020-580"
    "media-player": _v(parts="videoplayer audioplayer jwplayer vjs plyr brightcove",
                       sequences="video-player audio-player media-player sticky-video video-sticky video-dock "
                                 "floating-video jw-player"),
}
PART_SPLIT_RE = lazy(r"[-_:./\d]+")


def _index_vocabulary() -> tuple[dict, dict, tuple, tuple, dict]:
    """Flatten CLASS_VOCABULARY into lookup tables (the first rule of a word wins)."""
    tokens: dict[str, str] = {}
    parts: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    substrings: list[tuple[str, str]] = []
    sequences: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for rule, vocab in CLASS_VOCABULARY.items():
        for word in vocab.tokens:
            tokens.setdefault(word, rule)
        for word in vocab.parts:
            parts.setdefault(word, rule)
        prefixes.extend((word, rule) for word in vocab.prefixes)
        substrings.extend((word, rule) for word in vocab.substrings)
        for seq in vocab.sequences:
            sequences.setdefault(seq[0], []).append((seq, rule))
    return tokens, parts, tuple(prefixes), tuple(substrings), sequences


_TOKENS, _PARTS, _PREFIXES, _SUBSTRINGS, _SEQUENCES = _index_vocabulary()
_ALL_PREFIXES = tuple(prefix for prefix, _ in _PREFIXES)
_SUBSTRING_HINT_RE = lazy("|".join(re.escape(word) for word, _ in _SUBSTRINGS))


def token_rule(token: str) -> str | None:
    """The rule one lower-cased class/id token names, or None (the highest-priority rule wins)."""
    parts = [p for p in PART_SPLIT_RE.split(token) if p]
    joined = "".join(parts)
    hits = [_TOKENS[token]] if token in _TOKENS else []
    for i, part in enumerate(parts):
        if part in _PARTS:
            hits.append(_PARTS[part])
        if part.startswith(_ALL_PREFIXES):
            hits.extend(rule for prefix, rule in _PREFIXES if part.startswith(prefix))
        for seq, rule in _SEQUENCES.get(part, ()):
            if tuple(parts[i:i + len(seq)]) == seq:
                hits.append(rule)
    if _SUBSTRING_HINT_RE.search(joined):
        hits.extend(rule for word, rule in _SUBSTRINGS if word in joined)
    return min(hits, key=RULE_PRIORITY.__getitem__, default=None)


# Blocks that look like chrome by class but hold article parts (pull quotes in
# <aside>, article bodies whose class mentions "post"...
BODY_CLASS_RE = lazy(
    r"articlebody|article-?body|article__body|article-?content|article-?text|entry-?content|"
    r"post-?content|post-?body|post__content|story-?body|story-?content|body-?text|field-?name-?body|"
    r"field--name-body|rich-?text|c-entry-content|articletext|article__content|article-?main",
)
# Embedded posts (tweets, Instagram...) are block quotations of the article (DESIGN.md).
EMBED_CLASS_RE = lazy(
    r"(?:social|media|tweet|post|twitter|instagram|facebook|tiktok|mastodon|bluesky)-?(?:media-?)?embed|"
    r"embed-?(?:tweet|post|social)|twitter-tweet|instagram-media|tiktok-embed|fb-post|bluesky-embed",
)
# Class/id words that say "the article", in several languages (see ARTICLE_GUARD_SHARE).
ARTICLE_CLASS_RE = lazy(
    r"article|story|entry|post|blog|content|artikel|inhalt|contenu|contenido|testo|tresc|bericht",
)
KEEP_RE = lazy(r"pull-?quote|pullquote|blockquote|funding|acknowledg|"
                     + BODY_CLASS_RE.pattern + "|" + EMBED_CLASS_RE.pattern)

# What links to skip-targets say, in several languages ("Back to top ^").
SKIP_TEXT_RE = lazy(
    r"^\W*(back to top|to top|top of page|skip to (main )?content|skip to navigation|jump to|"
    r"nach oben|zum seitenanfang|haut de (la )?page|retour en haut|volver arriba|torna su|do góry|naar boven)\W*$",
    re.I,
)

# What a heading's permalink anchor shows.
PERMALINK_TEXTS = frozenset(("¶", "§", "#", "🔗", "⚓", "link", ""))

# Literals every FUNDING_HINT_RE match contains.
FUNDING_HINT_WORDS = ("supported", "funded", "financed", "funding", "grant", "acknowledg", "gefördert", "förderung",
                      "financ", "subvencion", "finanziat", "finansowan")
FUNDING_HINT_RE = lazy(
    r"(?:supported|funded|financed) (?:in part )?by|funding|grant|acknowledg|"
    r"gefördert|förderung|financ[ée]|financement|subvencion|financiad|finanziat|finansowan",
    re.I,
)


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


@lru_cache(maxsize=65536)
def _guard_words(names: str) -> tuple[bool, bool]:
    """(class/id says keep, class/id says article) for a lower-cased "class id" string, cached.

    KEEP_RE's alternatives are literals once "-" and "_" are dropped: substring tests
    give the same answer without compiling the pattern on every run."""
    squashed = names.replace("-", "").replace("_", "")
    keep = any(word in squashed for word in KEEP_LITERALS)
    return keep, ARTICLE_CLASS_RE.search(names) is not None


# KEEP_RE's words with "-" and "_" dropped (tests/test_rules.py checks they agree).
KEEP_LITERALS = (
    "pullquote", "blockquote", "funding", "acknowledg", "articlebody", "articlecontent", "articletext",
    "entrycontent", "postcontent", "postbody", "storybody", "storycontent", "bodytext", "fieldnamebody",
    "richtext", "articlemain", "socialembed", "mediaembed", "tweetembed", "postembed", "twitterembed",
    "instagramembed", "facebookembed", "tiktokembed", "mastodonembed", "blueskyembed", "socialmediaembed",
    "embedtweet", "embedpost", "embedsocial", "twittertweet", "instagrammedia", "fbpost",
)


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
        keep, articleish = _guard_words(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower())
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
    class_rule = _class_rule(names) if names else None
    role = attrs.get("role")
    if role and role.startswith("doc-"):
        return None, False  # DPUB roles (doc-endnotes, doc-footnote, doc-pullquote...) mark article parts
    if role:
        rule = ROLE_RULES.get(role.strip().lower())
        if rule:  # a cookie banner with role=banner is named a cookie banner
            return (class_rule if class_rule in OVERLAY_RULES else rule), True
    return class_rule, False


def _class_rule(names: str) -> str | None:
    """The rule a class/id string names; cached, since pages repeat their class strings."""
    rule = _CLASS_RULE_CACHE.get(names, "")
    if rule != "":
        return rule
    if len(_CLASS_RULE_CACHE) > MAX_CACHED_CLASSES:
        _CLASS_RULE_CACHE.clear()
    found = [_cached_token_rule(t) for t in names.lower().split()
             if not MODIFIER_RE.match(t) and not HASHED_TOKEN_RE.match(t) and not CONTROL_TOKEN_RE.search(t)]
    rule = min((r for r in found if r), key=RULE_PRIORITY.__getitem__, default=None)
    _CLASS_RULE_CACHE[names] = rule
    return rule


def _cached_token_rule(token: str) -> str | None:
    rule = _TOKEN_RULE_CACHE.get(token, "")
    if rule == "":
        if len(_TOKEN_RULE_CACHE) > MAX_CACHED_CLASSES:
            _TOKEN_RULE_CACHE.clear()
        rule = _TOKEN_RULE_CACHE[token] = token_rule(token)
    return rule


RULE_PRIORITY = {rule: i for i, rule in enumerate(CLASS_VOCABULARY)}
_TOKEN_RULE_CACHE: dict[str, str | None] = {}


# Class tokens that describe a state of the element rather than what it is:
# "has-sidebar", "with-comments", "non-ad-column", "no-ads", "is-sticky-nav".
MODIFIER_RE = lazy(r"(?:has|with|without|no|non|not|show|enable|disable|allow|can|js)[-_]")
# Generated class names of CSS-in-JS libraries ("css-1ntr8ad", "sc-bdVaJa", "e1x2y3z0"):
# their parts are hashes, and a hash can spell "ad".
HASHED_TOKEN_RE = lazy(r"(?:css|sc|jsx|svelte|emotion|tw|chakra)-(?=[a-z0-9]*\d)[a-z0-9]{4,}$|e\d[a-z0-9]{4,}$")
# The control that opens or targets something is not that thing ("profile-hover-card-target",
# "modal-trigger", "menu-toggle" hold a name or a label, not the overlay).
CONTROL_TOKEN_RE = lazy(r"[-_](?:trigger|target|toggle|opener|open)$")
MAX_CACHED_CLASSES = 50_000
_CLASS_RULE_CACHE: dict[str, str | None] = {}


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


def own_text(el: etree._Element) -> str:
    """The text directly in `el` and its inline children: what makes a <div> a paragraph."""
    parts = [el.text or ""]
    for child in el:
        if child.tag in INLINE_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts).strip()


INLINE_TAGS = frozenset(("a", "b", "strong", "i", "em", "span", "font", "u", "s", "small", "sup", "sub",
                         "code", "mark", "abbr", "cite", "q", "time", "br", "img", "big", "tt", "var", "kbd", "del", "ins"))


def drop(el: etree._Element) -> None:
    """Remove an element and its subtree, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def short_path(el: etree._Element, depth: int = 3) -> str:
    """A short CSS-like path such as `body>div.msk-modal` for --explain."""
    parts = []
    node = el
    while node is not None and len(parts) < depth and isinstance(node.tag, str):
        part = node.tag
        ident = node.get("id")
        cls = (node.get("class") or "").split()
        if ident:
            part += f"#{ident}"
        elif cls:
            part += "." + ".".join(cls[:2])
        parts.append(part)
        if node.tag == "body":
            break
        node = node.getparent()
    return ">".join(reversed(parts))


def first_words(el: etree._Element, words: int = 8) -> str:
    """The first words of a removed block, for --explain (text of separate elements kept apart)."""
    found: list[str] = []
    for piece in el.itertext():
        found.extend(piece.split())
        if len(found) >= words:
            break
    return " ".join(found[:words]) or f"<{el.tag}>"
