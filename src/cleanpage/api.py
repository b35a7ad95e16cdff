"""The pipeline: decode -> parse -> metadata -> strip chrome -> main content -> sections -> render body.

Each stage is a function of plain data in, plain data out. Only `fetch` here
touches the network (through fetching.py). `page_text` is the one place where a
document's bytes become text, for clean(), fetch(), batches, WARC and `--raw`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from itertools import islice
from typing import TYPE_CHECKING, Any

import lxml.etree
import lxml.html

from . import boilerplate, content, funding, tree
from .cjk import cjk_count
from .decode import decode_html
from .errors import FetchError, InputError, NoContentError, TimeLimitError
from .metadata import line_days, read_page, repeats_byline
from .metadata.update import not_before
from .model import NODE_ATTR, Article, Options, Removal
from .parse import parse_html
from .patterns import lazy
from .rules import (HELD_FORM_ATTR, MAX_UNLINKED_LINK_DENSITY, MIN_PAGE_PROSE, MIN_PROSE_BLOCK, MIN_UNLINKED_WORDS,
                    QUOTE_CAPTION_AFTER_TAGS, QUOTE_CAPTION_CLASS_WORDS, SENTENCE_END_RE, UNMARKED_SCRIPT_RE)
from .serialize import body_to_markdown, body_to_text, has_text
from .steering import Steering, steering

if TYPE_CHECKING:
    from .fetching import FetchedPage

DEFAULT_OPTIONS = Options()

# The page's elements whose Python objects clean_text holds while its stages run. lxml makes
# an element's object (its proxy) each time a walk reaches it and frees it when the walk moves
# on, unless something holds it; the stages walk the page a dozen times (metadata, funding,
# strip, scoring, tidying), and holding the objects from the start makes each later walk reuse
# them (~1.7% of clean()). Capped: a flood of elements must not double the tree's memory.
MAX_HELD_ELEMENTS = 20_000

# A document with no tag at all in its first characters is not HTML: a CSV file,
# a log, plain text. Any tag, comment or doctype will do (fragments are fine).
MARKUP_RE = lazy(r"<[A-Za-z!?/]")
MARKUP_SAMPLE_CHARS = 65536


def page_text(html: str | bytes, content_type: str | None = None) -> str:
    """A document as text: bytes decoded (BOM, Content-Type charset, <meta>, detection);
    InputError when it is empty, binary, JSON or holds no markup at all."""
    text = html if isinstance(html, str) else decode_html(html, content_type)
    _refuse_data(text)
    return text


def _refuse_data(text: str) -> None:
    start = text.lstrip()[:1]
    if start in ("{", "[") and _is_json(text):
        raise InputError("not an HTML document (JSON data)")
    if MARKUP_RE.search(text, 0, MARKUP_SAMPLE_CHARS) is None:
        raise InputError("not an HTML document (no markup in it)")


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def clean(html: str | bytes, *, url: str | None = None, content_type: str | None = None,
          options: Options | None = None) -> Article:
    """Clean one document into an Article.

    `html` is text, or bytes in any encoding; `content_type` is the HTTP
    Content-Type that came with the bytes (its charset wins over <meta>).

    1. decode bytes (page_text) and parse into a depth-safe lxml tree
    2. read metadata from the whole page (JSON-LD, OpenGraph, meta, DOM)
    3. the user's steering: the site rule of the page's host, --exclude, --selector
    4. strip chrome by rule (rules.RULES), recording removals for --explain
    5. choose the main content node (or take the selector's) and re-attach the deck and funding blocks
    6. the funding statements: those of the body, and those the chrome held (a
       disclosures dialog, an aside, the article header), found in step 2's tree
       before stripping and put back at the body's end (the site's own sponsor line
       outside the article: the field only)
    7. drop a line at the body's top that repeats the byline (a wire byline), and part the
       touching fields of an item (tree.part_touching_fields); the body's
       Markdown, text, HTML and quotations are made when the Article's field is first read

    With `options.time_limit`, the time spent is checked between stages and
    passes: past it, TimeLimitError (a stage already running finishes first). The
    fields step 7 defers are made outside it, when read.
    """
    options = options or DEFAULT_OPTIONS
    budget = Budget(options.time_limit)
    return clean_text(page_text(html, content_type), url=url, options=options, budget=budget)


def clean_text(text: str, *, url: str | None, options: Options, parse: Callable[[str], Any] | None = None,
               budget: Budget | None = None) -> Article:
    """`clean` of decoded text; `parse` makes each tree a pass starts from (the explain report numbers them)."""
    budget = budget or Budget(options.time_limit)
    parse = parse or parse_html  # looked up at call time: a test hook may wrap the module's parse_html
    root = parse(text)
    held = list(islice(root.iter(), MAX_HELD_ELEMENTS))  # noqa: F841  (see MAX_HELD_ELEMENTS)
    budget.check()
    read = read_page(root, url)
    meta = read.metadata
    budget.check()
    steer = steering(options, url or meta.canonical_url)
    meta = steer.override(root, meta)
    site_statements: list[str] = []  # the site's sponsor notices: the field's, not the body's
    declarations: list[tuple[str, list[str]]] = []  # competing interests, ethics: kept in the body
    memo = funding.BlockMemo()  # what the page's funding search learns of its blocks: the body's reads it
    page_statements = funding.find_statements(root, whole_page=True, site=site_statements,  # before the chrome goes
                                              declarations=declarations, memo=memo)
    signers = _quote_signers(root) if read.quoted else {}  # before the chrome goes: a caption may go with it
    try:
        body, removals = _best_body(root, text, meta, options, steer, parse, budget)
    except NoContentError as exc:  # the record keeps what the page said about itself
        raise NoContentError(exc.message, removals=exc.removals, found=_found(url, meta)) from None
    _keep_declarations(body, declarations)  # first: a "Disclosures" section may open with the funding
    statements = _keep_statements(body, page_statements, site_statements, memo)
    removals = list(removals)
    _drop_repeated_byline(body, meta.byline, removals, statements)
    _drop_dateline(body, meta.date, meta.updated, removals)
    tree.part_touching_fields(body)
    budget.check()
    if not has_text(body):
        raise NoContentError("no article content found on the page", removals=tuple(removals),
                             found=_found(url, meta))
    return Article.from_body(
        _FromBody(body, url or meta.canonical_url, meta.byline, options, title=meta.title, signers=signers),
        source=url,
        url=url or meta.canonical_url,
        title=meta.title,
        byline=meta.byline,
        date=meta.date,
        updated=not_before(meta.updated, meta.date),  # (a site rule's date may be later)
        site_name=meta.site_name,
        lang=meta.lang,
        description=meta.description,
        funding=funding.funding_text(statements),
        removals=tuple(removals),
        notes=steer.notes,
    )


class _FromBody:
    """An Article's fields read from the cleaned body, each made when first read (Article.from_body):
    a caller that asks for Markdown pays for neither the text, the HTML nor the quotations.
    The body is not edited after clean() returns: each is what it would have been at once."""

    def __init__(self, body, base_url: str | None, byline: str | None, options: Options,
                 title: str | None = None, signers: dict | None = None) -> None:
        self.body = body
        self.signers = signers  # who signed the page's block quotes in captions (sections.quote_signers)
        self.base_url = base_url
        self.byline = byline
        self.title = title
        self.options = options

    def __call__(self, article: Article, name: str) -> object:
        if name == "markdown":
            return body_to_markdown(self.body, base_url=self.base_url, options=self.options)
        if name == "text":
            return body_to_text(self.body)
        if name == "quotes":
            # Imported here: the quote finder (sections, speakers: large modules, ~2.5 ms to load)
            # runs only for a format that reads the quotes, never for Markdown or text.
            from .sections import find_quotes

            return tuple(find_quotes(self.body, author=self.byline, title=self.title, text=article.text,
                                     signers=self.signers))
        if name == "word_count":
            return count_words(article.text)
        return lxml.html.tostring(self.body, encoding="unicode")  # "html"


# A block quote with something that may sign it: a caption inside or after it, or its figure's.
_LOWER_CLASS = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
# A page with a block quote that a caption may sign, by the same tests sections.quote_signers makes
# (its own <footer>/<cite>, its figure's <figcaption>, a caption element or a block whose class
# names one right after it): only such a page loads the quote finder's modules (~130 ms once).
_SIGNED_QUOTE_XPATH = lxml.etree.XPath(
    "boolean(//blockquote[.//footer or .//cite or parent::figure/figcaption or following-sibling::*[1]["
    + " or ".join([f"self::{tag}" for tag in QUOTE_CAPTION_AFTER_TAGS]
                  + [f"contains({_LOWER_CLASS}, '{word}')" for word in QUOTE_CAPTION_CLASS_WORDS])
    + "]])")


def _quote_signers(root) -> dict:
    """sections.quote_signers on a page with a block quote that something may sign: the quote
    finder's modules are loaded only for such a page (see _FromBody)."""
    if not _SIGNED_QUOTE_XPATH(root):
        return {}
    from .sections import quote_signers

    return quote_signers(root)


def _found(url: str | None, meta) -> dict:
    """What a page without an article still says about itself, as JSON record fields."""
    return {
        "url": url or meta.canonical_url, "title": meta.title, "byline": meta.byline, "date": meta.date,
        "updated": not_before(meta.updated, meta.date), "site_name": meta.site_name, "lang": meta.lang, "description": meta.description,
    }


def _keep_statements(body, page_statements: list[str], site_statements: list[str],
                     memo: funding.BlockMemo) -> list[str]:
    """The body's funding statements, and the page's that the body lost, appended to it;
    then the site's sponsor notices, for the field only (a footer's or sidebar's text is not the article's).
    `memo`: what the page's search learnt of its block texts (find_statements)."""
    statements = funding.find_statements(body, memo=memo)
    if not page_statements and not site_statements:
        return statements
    held = " ".join(body.text_content().split())
    for statement in page_statements:
        if any(statement in s or s in statement for s in statements):
            continue
        if statement not in held:  # the body lost it (or never had it): put back at its end
            for part in statement.split("\n\n"):
                paragraph = lxml.html.Element("p")
                paragraph.text = part
                body.append(paragraph)
        statements.append(statement)  # found by the page's headings where the body lost them
    statements += [s for s in site_statements if not any(s in other or other in s for other in statements)]
    return statements


def _keep_declarations(body, declarations: list[tuple[str, list[str]]]) -> None:
    """Put back at the body's end, each under its heading, the declaration sections the body lost."""
    if not declarations:
        return  # most pages: the body's text is not read for nothing
    held = " ".join(body.text_content().split())
    for heading, parts in declarations:
        if parts[0] in held:
            continue  # the body has it (where its section ends, a page may not mark)
        title = lxml.html.Element("h2")
        title.text = heading
        body.append(title)
        for part in parts:
            if part not in held:
                paragraph = lxml.html.Element("p")
                paragraph.text = part
                body.append(paragraph)


# The byline is repeated, if at all, among the body's first lines.
LEAD_BLOCKS = 4
_LINE_TAGS = ("p", "div", "span", "address", "strong", "b", "em", "i", "h5", "h6")
_BLOCK_CHILD_TAGS = frozenset(("p", "div", "ul", "ol", "table", "blockquote", "figure", "section", "h2", "h3", "h4"))
# The line tags that may be only a part of their parent's line.
_PHRASE_LINE_TAGS = frozenset(("span", "strong", "b", "em", "i"))
# ...but in a thread, the opening post's author line names its writer, not a credit the byline
# repeats: the line, or the block around it, has a twin of its tag and class further down (a reply's
# author line), found among this many of the body's blocks of that tag at most.
MAX_AUTHOR_TWIN_SCAN = 5000


def _drop_repeated_byline(body, byline: str | None, removals: list[Removal], statements: list[str]) -> None:
    """Remove a short line among the body's first blocks that only repeats the byline,
    which the rendered credit line already says (a wire byline, "JANE DOE"), into `removals`.
    A line that is one of the page's funding statements ("Sponsored by X", whose name the metadata
    may have taken for the byline) is the work's sponsor, not a credit: it stays."""
    if byline:
        _drop_lead_line(body, removals, lambda element: tree.lined_text(element, " | "),
                        lambda element, text: text not in statements and repeats_byline(text, byline))


def _drop_dateline(body, date: str | None, updated: str | None, removals: list[Removal]) -> None:
    """Remove a line among the body's first blocks that is only the page's own date, published or
    updated ("Dec 11, 2025", "15 Dec, 2025 · 10:32"; metadata.line_days), which the credit line
    already gives: a dateline over the text, not the text. A line with a label ("Updated May 3,
    2025") is the byline rule's; another day's date (a timeline's first entry) stays."""
    days = {value[:10] for value in (date, updated) if value}

    def dateline(element, text: str) -> bool | None:
        if not line_days(text) & days:
            return False
        parent = element.getparent()
        if element.tag in _PHRASE_LINE_TAGS and parent is not None and parent is not body \
                and " ".join(parent.text_content().split()) != text:
            return None  # a part of its line ("7 min read · <span>Dec 30</span>"), not the line
        return True

    if days:
        _drop_lead_line(body, removals, lambda element: element.text_content(), dateline)


def _drop_lead_line(body, removals: list[Removal], text_of: Callable[[Any], str],
                    says: Callable[[Any, str], bool | None]) -> None:
    """Remove the first of the body's first lines (LEAD_BLOCKS of them, blocks without block children)
    that `says` only what the metadata gives: `says(element, text)` is True for such a line, False for
    another line, None for a part of a line (not counted). A thread's opening post's author line stays."""
    looked = 0
    for element in body.iter(*_LINE_TAGS):
        if element is body or any(child.tag in _BLOCK_CHILD_TAGS for child in element):
            continue
        text = " ".join(text_of(element).split())
        if not text:
            continue
        verdict = says(element, text)
        if verdict:
            if not _post_author_line(body, element):
                _drop_line(element, removals)
            return
        if verdict is None:
            continue
        looked += 1
        if looked >= LEAD_BLOCKS:
            return


def _drop_line(element, removals: list[Removal]) -> None:
    """Remove a byline or dateline the metadata gives (its tail text stays), shown in --explain."""
    removals.append(Removal(tree.short_path(element), "byline-line", tree.first_words(element),
                            tree.word_count(element), node=element.get(NODE_ATTR)))
    element.drop_tree()


def _post_author_line(body, element) -> bool:
    """Is this line a thread's opening post's author line: it, or the block around it, of a tag and
    class a later block of the body shares (the next posts' author lines)?"""
    for node in (element, element.getparent()):
        names = node.get("class") if node is not None and node is not body else None
        if not names:
            continue
        after = False
        for other in islice(body.iter(node.tag), MAX_AUTHOR_TWIN_SCAN):
            if other is node:
                after = True
            elif after and other.get("class") == names:
                return True
    return False


# The elements whose text a browser does not show, not counted among a page's shown words.
UNSHOWN_TAGS = frozenset(("script", "style", "noscript", "template", "head", "title"))
# A page whose body shows fewer words than this (a link or two, a button) where no pass found an
# article is the shell of a script-built page: its error says so.
SHELL_MAX_WORDS = 20
# Fewer words than this from our own pass: try the fallback passes too.
MIN_ARTICLE_WORDS = 60
# Thai, Lao, Khmer and Burmese write spaces between phrases, not words: where the passes' bodies are
# weighed (_pass_words), this many of their letters count as a word (their words run 3-8 letters), so
# that a whole article in them is not "too short" and outweighed by a fallback's body with its chrome.
LETTERS_A_WORD = 5
# Georgian, Amharic or Tamil words run 7-9 letters: a body in them says in 40 words what an English
# one says in 60. MIN_ARTICLE_WORDS is read as LETTERS_A_WORD characters a word too, where they are
# characters outside ASCII, not spaces (OTHER_SCRIPT_INK_RE: a Tamil letter's vowel signs counted;
# under 60 words, a body that holds 300 of them is written mostly in another script than Latin), so
# that our own pass's article is long enough and no fallback's body with the menus outweighs it.
OTHER_SCRIPT_INK_RE = lazy(r"[^\x00-\x7f\s]")


class Budget:
    """The time budget of one page (`Options.time_limit` seconds), checked between stages."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.deadline = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise TimeLimitError.for_budget(self.seconds)


def _best_body(root, text: str, meta, options: Options, steer: Steering, parse: Callable[[str], Any],
               budget: Budget):
    """Run the extraction passes in order, keeping the first good (or the longest) body.

    Each pass returns (body, removals) or raises NoContentError with what it removed; a
    pass marked `last_resort` runs only when every pass before it found nothing at all. A
    fallback pass's body sheds the page's landmarks (menus, masthead, footer) before it is
    measured: the structural strip kept them, and their words must not outweigh the first body.
    A body the user's selector named is final: no other pass second-guesses it."""
    best = None
    removed: tuple = ()
    for extract in PASSES:
        if best is not None and (not options.fallback or getattr(extract, "last_resort", False) or steer.forced):
            break
        try:
            found = extract(root, text, meta, options, steer, parse)
        except NoContentError as failed:
            removed = removed or failed.removals
            budget.check()
            continue
        budget.check()
        if not removed:
            removed = tuple(found[1])  # what the first pass removed: --explain shows it on failure
        if extract is not PASSES[0]:  # a fallback's body sheds the menus and masthead its strip kept
            found[1].extend(boilerplate.strip_landmarks(found[0], options))
        shown = found[0].text_content()
        words = _pass_words(shown)
        if words and (best is None or words > best[2]):
            best = (*found, words)
        if words >= MIN_ARTICLE_WORDS or _long_unlatin(shown):
            break
    if best is None:
        raise NoContentError(_nothing_found(parse(text), meta.description), removals=removed)
    for el in best[0].xpath(f"descendant-or-self::*[@{HELD_FORM_ATTR}]"):
        del el.attrib[HELD_FORM_ATTR]  # the form rules' note to tidy (see _pitch_box), not the page's
    return best[0], best[1]


def _own_pass(root, text: str, meta, options: Options, steer: Steering | None = None,
              parse: Callable[[str], Any] = parse_html):
    """Our own pass: the user's exclusions, strip chrome by rule, score (or take the selector's container), tidy."""
    steer = steer or Steering()
    comments = content.collect_comments(root) if options.comments else None
    removals = steer.exclude(root, options)
    chosen = steer.select(root, options, removals)
    if chosen:
        body = _selected_body(chosen, meta.title, options, removals)
    else:
        removals += boilerplate.strip(root, options, content.main_candidate, product=meta.kind == "product",
                                      article=meta.kind == "article")
        body = content.find_body(root, meta.title, options, removals, article=meta.kind == "article",
                                 product=meta.kind == "product", collection=meta.kind == "collection")
    if body is None:
        raise NoContentError("no content node found", removals=tuple(removals))
    if comments is not None:
        content.append_comments(body, comments)
    return _require_text(body, removals)


def _selected_body(chosen: list, title: str | None, options: Options, removals: list):
    """The selector's elements as the body: chrome stripped inside each, then tidied."""
    container = chosen[0].makeelement("div")
    for element in chosen:
        removals += boilerplate.strip(element, options, content.main_candidate)
        container.append(element)
    content.tidy(container, title, options, removals)
    return container


def _structural_own_pass(root, text: str, meta, options: Options, steer: Steering | None = None,
                         parse: Callable[[str], Any] = parse_html):
    """Our scoring on a fresh tree stripped of structural chrome only (scripts, hidden blocks,
    dialogs: the hard rules), for pages whose builder names every block of the article with a
    chrome word ("widget", "column", "sidebar"): the class-word rules took it, the scoring finds
    it. A body without sentences is no article (a page of menus and links)."""
    body, removals = _structural_body(text, meta, options, steer, parse)
    if body is None or boilerplate.page_prose(body) < MIN_PAGE_PROSE:
        raise NoContentError("no sentences on the page", removals=tuple(removals))
    return _require_text(body, removals)


def _structural_body(text: str, meta, options: Options, steer: Steering | None, parse: Callable[[str], Any]):
    """The scoring's choice on a fresh tree stripped of structural chrome only, and what went."""
    fresh = parse(text)
    removals = (steer or Steering()).exclude(fresh, options)  # the user's exclusions hold in every pass
    removals += boilerplate.strip(fresh, options, content.main_candidate, structural=True,
                                  product=meta.kind == "product")
    return content.find_body(fresh, meta.title, options, removals), removals


def _unlinked_text_pass(root, text: str, meta, options: Options, steer: Steering | None = None,
                        parse: Callable[[str], Any] = parse_html):
    """The structural pass's choice on a page with no sentences, when it holds words that are not
    links (MIN_UNLINKED_WORDS): a list of items with their details, a page builder's cards of
    facts. A page of menus and links still has no content."""
    body, removals = _structural_body(text, meta, options, steer, parse)
    if body is None or tree.link_density(body) > MAX_UNLINKED_LINK_DENSITY \
            or count_words(boilerplate.unlinked_text(body)) < MIN_UNLINKED_WORDS:
        raise NoContentError("no sentences nor unlinked text on the page", removals=tuple(removals))
    return _require_text(body, removals)


def _readability_pass(root, text: str, meta, options: Options, steer: Steering | None = None,
                      parse: Callable[[str], Any] = parse_html, structural: bool = False):
    """readability-lxml, for pages our scoring misreads.

    It runs on a fresh tree stripped of chrome by our rules, so that a cookie notice
    can't become "the article" of a page that has none; the last-resort pass strips
    structural chrome only (scripts, hidden blocks, dialogs: the hard rules), so that an
    article the class-word rules took is there to be found.
    """
    from readability import Document
    from readability.readability import Unparseable

    fresh = parse(text)
    removals = (steer or Steering()).exclude(fresh, options)  # the user's exclusions hold in every pass
    removals += boilerplate.strip(fresh, options, content.main_candidate, structural=structural,
                                  product=meta.kind == "product")
    tree.space_block_tails(fresh)  # readability-lxml joins the text around a block it drops
    try:
        summary = Document(fresh).summary(html_partial=True)
    except (Unparseable, ValueError, TypeError) as exc:
        raise NoContentError(f"readability found no content ({type(exc).__name__})",
                             removals=tuple(removals)) from exc
    body = parse_html(f"<html><body>{summary}</body></html>").find("body")
    content.tidy(body, meta.title, options, removals)
    return _require_text(body, removals)


def _require_text(body, removals: list):
    """A pass's result, or NoContentError when its body holds no words."""
    if not any(piece.strip() for piece in body.itertext()):  # the first words settle it, not the whole text
        raise NoContentError("the chosen content holds no text", removals=tuple(removals))
    return body, removals


def _structural_pass(root, text: str, meta, options: Options, steer: Steering | None = None,
                     parse: Callable[[str], Any] = parse_html):
    """readability-lxml on the page with only structural chrome removed: a page with prose never
    comes out empty (and a page of menus and links, with no sentences, still has no article)."""
    found = _readability_pass(root, text, meta, options, steer, parse, structural=True)
    if boilerplate.page_prose(found[0]) < MIN_PAGE_PROSE:
        raise NoContentError("no sentences on the page", removals=tuple(found[1]))
    return found


def _listing_pass(root, text: str, meta, options: Options, steer: Steering | None = None,
                  parse: Callable[[str], Any] = parse_html):
    """The items of a listing or collection on a page with neither sentences nor unlinked text:
    the largest group of repeated cards of one template, each with a title of several words (a
    shop's results grid, whose titles the link-list tidying took). A page of menus (short link
    texts) still has no content."""
    fresh = parse(text)
    removals = (steer or Steering()).exclude(fresh, options)  # the user's exclusions hold in every pass
    removals += boilerplate.strip(fresh, options, content.main_candidate, structural=True,
                                  product=meta.kind == "product")
    body = content.find_listing(fresh, meta.title, options, removals)
    if body is None:
        raise NoContentError("no sentences, unlinked text nor titled items on the page", removals=tuple(removals))
    return _require_text(body, removals)


def _nothing_found(root, description: str | None) -> str:
    """Why no pass found an article. A page whose body shows (almost) no words while its
    description holds sentences is the empty shell of a script-built page, whose content loads
    when a browser runs its script: the error says so. (The description stays in the record, not
    the body: a teaser cut short is no extracted text.)"""
    body = root.find("body")
    shown = 0 if body is None else _shown_words(body)
    if shown < SHELL_MAX_WORDS and description and len(description) >= MIN_PROSE_BLOCK \
            and SENTENCE_END_RE.search(description):
        return (f"the page shows no text of its own ({shown} words) though its description has sentences: "
                "its content is loaded by script")
    return "no article content found on the page"


def _shown_words(body) -> int:
    """The words of `body` a browser shows: none of a script's, a style's or a template's."""
    pieces = []
    walk = lxml.etree.iterwalk(body, events=("start",))
    for _, el in walk:
        if el is not body:
            pieces.append(el.tail or "")
        if not isinstance(el.tag, str) or el.tag in UNSHOWN_TAGS:
            walk.skip_subtree()
            continue
        pieces.append(el.text or "")
    return count_words(" ".join(pieces))


_structural_pass.last_resort = True
_unlinked_text_pass.last_resort = True
_listing_pass.last_resort = True


# Extraction passes, strict first: data, not flags mutated in a loop.
PASSES = (_own_pass, _structural_own_pass, _readability_pass, _structural_pass, _unlinked_text_pass,
          _listing_pass)


def fetch(url: str, *, options: Options | None = None) -> Article:
    """Fetch a URL and clean it; the Article's url is the final URL after redirects."""
    from .fetching import fetch_html

    options = options or DEFAULT_OPTIONS
    return clean_fetched(fetch_html(url, options), url, options)


def clean_fetched(page: FetchedPage, source: str, options: Options) -> Article:
    """Clean a fetched page; a body that turns out not to be HTML is a FetchError."""
    text = fetched_text(page, source)
    article = clean(text, url=page.url, options=options)
    return article


def fetched_text(page: FetchedPage, source: str) -> str:
    """The text of a fetched page (`--raw` prints it); not HTML after all: a FetchError."""
    try:
        return page_text(page.body, page.content_type)
    except InputError as exc:
        raise FetchError(f"{source}: {exc.message}", url=page.url, status=page.status) from exc


def _pass_words(text: str) -> int:
    """count_words, a run of Thai, Lao, Khmer or Burmese letters counted by its length
    (LETTERS_A_WORD): a pass's body is weighed by what it says, not by its spaces."""
    if text.isascii():
        return len(text.split())
    letters = len(UNMARKED_SCRIPT_RE.findall(text))
    if not letters:
        return count_words(text)
    return count_words(UNMARKED_SCRIPT_RE.sub("", text)) + letters // LETTERS_A_WORD


def _long_unlatin(text: str) -> bool:
    """Does `text` hold MIN_ARTICLE_WORDS words' worth (LETTERS_A_WORD each) of characters of
    scripts other than Latin? (Spaces are none: a menu's few words in a page's white space are short.)"""
    least = MIN_ARTICLE_WORDS * LETTERS_A_WORD
    return len(text) >= least and not text.isascii() and len(OTHER_SCRIPT_INK_RE.findall(text)) >= least


def count_words(text: str) -> int:
    """Words as `wc -w` counts them, each CJK character counting as one (CJK has no spaces)."""
    cjk = cjk_count(text)
    if not cjk:
        return len(text.split())
    return cjk + len(CJK_CHAR_RE.sub(" ", text).split())


# The characters cjk_count counts (compiled on the first CJK text: the class costs ~2 ms).
CJK_CHAR_RE = lazy("[\u3040-\u9fff\uac00-\ud7af]")
