"""`cleanpage explain`: the page itself, showing what cleaning removed and why.

The report is one self-contained HTML file:

1. the page is parsed with every element numbered (`model.NODE_ATTR`), and
   cleaned from that numbered tree, so each `Removal` names the element it took
   and the body's blocks keep their numbers;
2. a second numbered parse of the same text is the page shown: its scripts,
   frames, external links and every URL that would load something removed
   (`sanitize`), its own inline styles kept;
3. each removed block is outlined in red with a label (rule and words), the
   kept body in green, the funding statement and quotations framed in blue, blocks
   the main-text guard refused to remove (`Removal.kept`) dashed orange;
4. a side panel lists the rules that fired with their counts and removals,
   the guard's vetoes, the notes, and the title, byline and date with where
   each came from (`metadata_sources`);
5. a Content-Security-Policy forbids every request, and allows only the
   report's own small script (by its hash), which scrolls to a rule's blocks.
"""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

import lxml.html
from lxml import etree

from .api import clean_text, count_words, page_text
from .errors import NoContentError
from .model import NODE_ATTR, Article, Options, Removal
from .parse import parse_html
from .patterns import lazy
from .steering import steering

# Outline colours: removed, kept body, funding and quotes, guard vetoes.
REMOVED_COLOUR = "#d0021b"
KEPT_COLOUR = "#1a8f3c"
MARK_COLOUR = "#1f5fd6"
VETO_COLOUR = "#e07b00"
# Rules and elements the page itself never shows: their removals are listed in the panel only.
UNSEEN_RULES = frozenset(("code", "hidden"))
UNSEEN_TAGS = frozenset(("script", "style", "noscript", "template", "link", "meta", "base", "title", "head"))
# Elements dropped from the page shown: they run code, load things or redirect.
DROPPED_TAGS = ("script", "base", "link", "meta")
# Elements that load a document or a plugin: shown as an empty box of their size.
FRAME_TAGS = frozenset(("iframe", "frame", "object", "embed", "applet", "portal", "frameset"))
# Attributes whose value is fetched by the browser (the URL ones; srcdoc is a document).
URL_ATTRS = frozenset(("src", "srcset", "poster", "background", "data", "lowsrc", "dynsrc", "manifest",
                       "codebase", "archive", "longdesc", "xlink:href", "{http://www.w3.org/1999/xlink}href",
                       "imagesrcset", "srcdoc", "ping"))
# Where `href` loads something rather than links somewhere.
LOADING_HREF_TAGS = frozenset(("image", "use", "feimage", "link"))
# CSS that loads: url(...) other than data:, and @import.
CSS_URL_RE = lazy(r"url\(\s*(?!['\"]?data:)[^)]*\)", re.I)
CSS_IMPORT_RE = lazy(r"@import\s[^;]*;?", re.I)
# Where a label cannot go inside its block (void, replaced or table-structure elements).
LABEL_BEFORE_TAGS = frozenset(("img", "input", "br", "hr", "wbr", "area", "col", "colgroup", "source", "track",
                               "select", "option", "optgroup", "datalist", "textarea", "svg", "math", "table",
                               "tbody", "thead", "tfoot", "tr", "iframe", "video", "audio", "canvas", "picture"))
# How much of a quotation or the funding statement locates it in the body.
LOCATE_CHARS = 60
# Characters of text read while locating them, at most (a body's text is read a few times over).
LOCATE_BUDGET = 5_000_000


@dataclass(frozen=True, slots=True)
class Explained:
    """What cleaning one page did: the article (None when none was found) and its removals."""

    article: Article | None
    removals: tuple[Removal, ...]
    error: str | None
    notes: tuple[str, ...]
    steering: tuple[str, ...] = ()  # the user's selectors that applied: "exclude '.promo' (--exclude)"


def numbered_parse(text: str) -> etree._Element:
    """The page's tree with every element numbered in document order (the same on every parse)."""
    root = parse_html(text)
    for number, el in enumerate(root.iter(etree.Element)):
        el.set(NODE_ATTR, str(number))
    return root


def explain(text: str, *, url: str | None, options: Options) -> Explained:
    """Clean the numbered page with --explain on; a page without article still explains."""
    options = replace(options, explain=True)
    try:
        article = clean_text(text, url=url, options=options, parse=numbered_parse)
    except NoContentError as exc:
        return Explained(None, tuple(exc.removals), exc.message, (), _steering_lines(options, url))
    return Explained(article, article.removals, None, article.notes, _steering_lines(options, url or article.url))


def _steering_lines(options: Options, url: str | None) -> tuple[str, ...]:
    """What the user said about this page (--selector, --exclude, its site rule), one line each."""
    steer = steering(options, url)
    lines = [f"content {css!r} ({origin})" for css, origin in ([steer.selector] if steer.selector else [])]
    lines += [f"exclude {css!r} ({origin})" for css, origin in steer.excludes]
    lines += [f"{name} {css!r} ({origin})" for name, css, origin in steer.fields]
    return tuple(lines)


@dataclass(frozen=True, slots=True)
class Report:
    """The report's HTML, the notes of the page's steering, and why no article was found (or None)."""

    text: str
    notes: tuple[str, ...] = ()
    error: str | None = None


def explain_report(html: str | bytes, *, url: str | None = None, options: Options | None = None) -> Report:
    """The explain report of one page: a self-contained HTML document."""
    options = options or Options()
    text = page_text(html)
    result = explain(text, url=url, options=options)
    page = numbered_parse(text)
    sources = metadata_sources(page, result.article, url, options)
    nodes = {el.get(NODE_ATTR): el for el in page.iter(etree.Element)}
    words = {i: r.words or (_words(nodes[r.node]) if r.node in nodes else 0) for i, r in enumerate(result.removals)}
    shown = frozenset(i for i, r in enumerate(result.removals) if r.node in nodes
                      and r.rule not in UNSEEN_RULES and nodes[r.node].tag not in UNSEEN_TAGS)
    marks = _body_marks(result.article)
    sanitize(page)
    nodes = {el.get(NODE_ATTR): el for el in page.iter(etree.Element)}
    _mark_page(nodes, result.removals, words, shown, marks)
    panel = _panel(result, words, shown, marks, sources)
    return Report(_assemble(page, panel), result.notes, result.error)


# ---------------------------------------------------------------- locating the body


@dataclass(frozen=True, slots=True)
class BodyMarks:
    kept: tuple[str, ...] = ()  # numbers of the body's outermost blocks
    funding: str | None = None
    quotes: tuple[tuple[str, str], ...] = ()  # (number, kind)


def _body_marks(article: Article | None) -> BodyMarks:
    """Where the body, its funding statement and its quotations sit in the numbered page."""
    if article is None or not article.html:
        return BodyMarks()
    body = lxml.html.fragment_fromstring(article.html, create_parent="div")
    kept = _outermost_numbered(body)
    numbered = [el for el in body.iter(etree.Element) if el.get(NODE_ATTR)]
    funding = _smallest_holding(numbered, article.funding)
    quotes = []
    for quote in article.quotes:
        node = _smallest_holding(numbered, quote.text)
        if node is not None:
            quotes.append((node, quote.kind))
    return BodyMarks(tuple(kept), funding, tuple(quotes))


def _outermost_numbered(body: etree._Element) -> list[str]:
    found: list[str] = []
    stack = list(reversed(body))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el.get(NODE_ATTR):
            found.append(el.get(NODE_ATTR))
        else:
            stack.extend(reversed(el))
    return found


def _squash(text: str) -> str:
    return " ".join(text.split())


def _smallest_holding(elements: list, text: str | None) -> str | None:
    """The number of the smallest element whose text holds the start of `text` (within a budget
    of characters read, so that thousands of nested blocks cannot make it quadratic)."""
    if not text:
        return None
    key = _squash(text)[:LOCATE_CHARS]
    best = None
    budget = LOCATE_BUDGET
    for el in reversed(elements):  # innermost and last first: the smallest holder is found early
        own = el.text_content()
        budget -= len(own)
        if budget < 0:
            break
        if key in _squash(own) and (best is None or len(own) < best[0]):
            best = (len(own), el.get(NODE_ATTR))
    return best[1] if best else None


def _words(el: etree._Element) -> int:
    """Words of a block as the reader sees them (script and style text left out)."""
    if el.tag in ("script", "style", "noscript", "template"):
        return 0
    texts = el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return count_words(" ".join(texts))


# ---------------------------------------------------------------- metadata sources


def metadata_sources(root: etree._Element, article: Article | None, url: str | None,
                     options: Options) -> dict[str, tuple[str | None, str]]:
    """Title, byline and date with where each came from: site rule, JSON-LD, meta, <time>, <h1>,
    <title>, URL or text (derived by finding the value in each source, most structured first)."""
    if article is None:
        return {}
    steer = steering(options, url or article.url)
    ruled = {name for name, _, _ in steer.fields}
    ld = _json_ld(root)
    metas = [(m.get("property") or m.get("name") or m.get("itemprop") or "", m.get("content") or "")
             for m in root.iter("meta")]
    found = {}
    for name, value in (("title", article.title), ("byline", article.byline), ("date", article.date)):
        if not value:
            found[name] = (None, "not found")
        elif name in ruled:
            found[name] = (value, "site rule")
        else:
            found[name] = (value, _source_of(name, value, root, ld, metas, url or article.url or ""))
    return found


def _source_of(name: str, value: str, root, ld: list[dict], metas: list[tuple[str, str]], url: str) -> str:
    from .metadata import normalize_date

    if name == "date":
        day = value[:10]
        same = lambda text: bool(text) and (normalize_date(text) or "")[:10] == day  # noqa: E731
        ld_values = [str(item.get(key, "")) for item in ld for key in ("datePublished", "dateCreated")]
        if any(same(v) for v in ld_values):
            return "JSON-LD"
        if any(same(content) for key, content in metas if "date" in key.lower() or "time" in key.lower()):
            return "meta"
        if any(same(t.get("datetime") or t.text_content()) for t in root.iter("time")):
            return "<time>"
        if day.replace("-", "/") in url or day in url or day.replace("-", "") in url:
            return "URL"
        return "text"
    probe = _squash(value).casefold() if name == "title" else _squash(value.split(" and ")[0].split(",")[0]).casefold()
    holds = lambda text: probe in _squash(str(text)).casefold()  # noqa: E731
    keys = ("headline", "name") if name == "title" else ("author", "creator")
    if any(holds(_ld_text(item.get(key))) for item in ld for key in keys):
        return "JSON-LD"
    wanted = ("title",) if name == "title" else ("author", "creator", "byl")
    if any(holds(content) for key, content in metas if any(w in key.lower() for w in wanted)):
        return "meta"
    if name == "title":
        if any(holds(h.text_content()) for h in root.iter("h1")):
            return "<h1>"
        if any(holds(t.text_content()) for t in root.iter("title")):
            return "<title>"
    return "text"


def _json_ld(root: etree._Element) -> list[dict]:
    items: list[dict] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack and len(items) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                items.append(item)
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "mainEntityOfPage"))
    return items


def _ld_text(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("name", ""))
    if isinstance(value, list):
        return " ".join(_ld_text(v) for v in value)
    return str(value or "")


# ---------------------------------------------------------------- the page shown


def sanitize(root: etree._Element) -> None:
    """Take out of the page everything that runs code or loads anything; keep its styles."""
    for el in list(root.iter(*DROPPED_TAGS)):
        el.drop_tree() if hasattr(el, "drop_tree") else el.getparent().remove(el)
    for el in root.iter(etree.Element):
        if el.tag in FRAME_TAGS:
            _as_box(el)
        for name in list(el.attrib):
            low = name.lower()
            loading_href = low == "href" and el.tag in LOADING_HREF_TAGS and not el.get(name, "").startswith("#")
            if low.startswith("on") or low in URL_ATTRS or loading_href:
                if not (el.tag == "img" and low == "src" and el.get(name, "").startswith("data:image/")):
                    del el.attrib[name]
            elif low == "href" and el.get(name, "").strip().lower().startswith("javascript:"):
                el.set(name, "#")
        style = el.get("style")
        if style and ("url(" in style.lower() or "@import" in style.lower()):
            el.set("style", _neutral_css(style))
        if el.tag == "style" and el.text:
            el.text = _neutral_css(el.text)


def _neutral_css(css: str) -> str:
    return CSS_URL_RE.sub("none", CSS_IMPORT_RE.sub("", css))


def _as_box(el: etree._Element) -> None:
    """A frame or plugin becomes an empty box of its size (it would load a document)."""
    width, height = el.get("width"), el.get("height")
    for child in list(el):
        el.remove(child)
    el.text = None
    el.tag = "div"
    size = "".join(f"{prop}:{value}px;" for prop, value in (("width", width), ("height", height))
                   if value and value.isdigit())
    el.set("style", f"{size}min-height:2em;background:#eee")
    el.set("data-cp-frame", "")


def _mark_page(nodes: dict, removals: tuple[Removal, ...], words: dict[int, int], shown: frozenset[int],
               marks: BodyMarks) -> None:
    """Outline and label the removed blocks, the kept body, funding, quotes and vetoes."""
    for number in marks.kept:
        if number in nodes:
            nodes[number].set("data-cp-kept", "")
    if marks.funding in nodes:
        _label(nodes[marks.funding], "funding", "funding statement", "data-cp-mark")
    for (number, kind), count in Counter(marks.quotes).items():
        if number in nodes:
            _label(nodes[number], f"quote-{kind}", f"quote ({kind})" + (f" ×{count}" if count > 1 else ""),
                   "data-cp-mark")
    for index, removal in enumerate(removals):
        if index not in shown or removal.node not in nodes:
            continue
        attr = "data-cp-veto" if removal.kept else "data-cp-removed"
        verb = "kept: " if removal.kept else ""
        _label(nodes[removal.node], removal.rule, f"{verb}{removal.rule} · {words[index]} words", attr, index, removal)


def _label(el: etree._Element, rule: str, text: str, attr: str, index: int | None = None,
           removal: Removal | None = None) -> None:
    el.set(attr, rule)
    if el.tag == "audio":
        el.set("controls", "")  # an <audio> without controls has no box to outline
    label = el.makeelement("cp-label", {"data-cp-rule": rule, "data-cp-kind": attr[8:]})
    if index is not None:
        label.set("data-cp-index", str(index))
        label.set("id", f"cp-removal-{index}")
    if removal is not None:
        label.set("data-cp-path", removal.path)
        label.set("title", f"{removal.path}: {removal.text}")
    label.text = text
    if el.tag in LABEL_BEFORE_TAGS or el.getparent() is None:
        el.addprevious(label)
    else:
        label.tail = el.text
        el.text = None
        el.insert(0, label)


# ---------------------------------------------------------------- the panel


def _panel(result: Explained, words: dict[int, int], shown: frozenset[int], marks: BodyMarks, sources: dict) -> str:
    """The side panel: metadata and sources, rules with counts and removals, vetoes, notes."""
    e = htmlmod.escape
    removed = [(i, r) for i, r in enumerate(result.removals) if not r.kept]
    vetoes = [(i, r) for i, r in enumerate(result.removals) if r.kept]
    counts = Counter(r.rule for _, r in removed)
    taken: dict[str, int] = defaultdict(int)
    for i, r in removed:
        taken[r.rule] += words[i]
    parts = ['<aside id="cp-panel" aria-label="cleanpage explain"><h2>cleanpage explain</h2>']
    if result.error:
        parts.append(f'<p class="cp-error">{e(result.error)}</p>')
    article = result.article
    if article is not None:
        parts.append(f'<p><button type="button" data-cp-goto="kept" class="cp-kept">kept body</button> '
                     f'{article.word_count} words, {len(marks.kept)} blocks</p>')
        marked = (["funding"] if marks.funding else []) + sorted({f"quote-{k}" for _, k in marks.quotes})
        if marked:
            parts.append("<p>" + " ".join(f'<button type="button" data-cp-goto="{m}" class="cp-mark">{e(m)}</button>'
                                          for m in marked) + "</p>")
    parts.append('<h3>Metadata</h3><table class="cp-meta">')
    for name, (value, source) in sources.items():
        parts.append(f"<tr><th>{name}</th><td>{e(value or '—')}</td><td class=\"cp-source\">{e(source)}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h3>Rules that fired ({len(removed)} removals)</h3><ul class=\"cp-rules\">")
    by_rule: dict[str, list] = defaultdict(list)
    for i, r in removed:
        by_rule[r.rule].append((i, r))
    for rule, count in counts.most_common():
        parts.append(f'<li><button type="button" data-cp-goto="{e(rule)}">{e(rule)}</button> '
                     f'<span class="cp-count">{count} × · {taken[rule]} words</span><details><summary>removals</summary><ol>')
        parts.extend(_entry(i, r, words, shown) for i, r in by_rule[rule])
        parts.append("</ol></details></li>")
    parts.append("</ul>")
    parts.append(f"<h3>Guard vetoes ({len(vetoes)})</h3>")
    if vetoes:
        parts.append('<ol class="cp-vetoes">' + "".join(_entry(i, r, words, shown) for i, r in vetoes) + "</ol>")
    else:
        parts.append("<p>none: the main-text guard refused no removal</p>")
    if result.steering:
        parts.append("<h3>Your rules</h3><ul class=\"cp-steering\">"
                     + "".join(f"<li>{e(line)}</li>" for line in result.steering) + "</ul>")
    if result.notes:
        parts.append("<h3>Notes</h3><ul>" + "".join(f"<li>{e(n)}</li>" for n in result.notes) + "</ul>")
    parts.append("</aside>")
    return "".join(parts)


def _entry(index: int, removal: Removal, words: dict[int, int], shown: frozenset[int]) -> str:
    """One removal (or veto) in the panel; `data-cp-where` says whether the page shows its block."""
    e = htmlmod.escape
    where = "page" if index in shown else "panel"
    verb = "kept: " if removal.kept else ""
    why = f" · {e(removal.reason)}" if removal.kept and removal.reason else ""
    return (f'<li data-cp-entry="{index}" data-cp-rule="{e(removal.rule)}" data-cp-path="{e(removal.path)}" '
            f'data-cp-where="{where}"><b>{verb}{e(removal.rule)}</b> · {words[index]} words{why} · '
            f'<code>{e(removal.path)}</code> <q>{e(removal.text)}</q>'
            f'{"" if where == "page" else " <i>(not shown on the page)</i>"}</li>')


# ---------------------------------------------------------------- assembling


STYLE = f"""
html{{padding-right:390px!important;box-sizing:border-box}}
[data-cp-removed]{{outline:3px solid {REMOVED_COLOUR}!important;outline-offset:-3px;position:relative!important;
inset:auto!important;transform:none!important;max-height:none!important}}
[data-cp-veto]{{outline:3px dashed {VETO_COLOUR}!important;outline-offset:-3px}}
[data-cp-kept]{{outline:3px solid {KEPT_COLOUR}!important;outline-offset:2px}}
[data-cp-mark]{{box-shadow:inset 0 0 0 2px {MARK_COLOUR}!important}}
cp-label{{all:initial;display:inline-block!important;font:bold 12px/1.4 system-ui,sans-serif!important;
color:#fff!important;background:{REMOVED_COLOUR}!important;padding:1px 6px!important;margin:2px!important;
border-radius:3px;white-space:nowrap;z-index:2147483646;position:relative;visibility:visible!important;opacity:1!important}}
cp-label[data-cp-kind=veto]{{background:{VETO_COLOUR}!important}}
cp-label[data-cp-kind=mark]{{background:{MARK_COLOUR}!important}}
.cp-flash{{box-shadow:0 0 0 6px #ffd400!important}}
#cp-panel{{all:initial;position:fixed;top:0;right:0;bottom:0;width:370px;overflow:auto;z-index:2147483647;
background:#fafafa;border-left:2px solid #333;font:13px/1.45 system-ui,sans-serif;color:#111;padding:10px;
box-sizing:border-box}}
#cp-panel *{{all:revert;font-family:system-ui,sans-serif}}
#cp-panel h2{{font-size:16px;margin:0 0 8px}}
#cp-panel h3{{font-size:14px;margin:12px 0 4px}}
#cp-panel button{{cursor:pointer;font:bold 12px system-ui,sans-serif;color:#fff;background:{REMOVED_COLOUR};
border:0;border-radius:3px;padding:2px 7px}}
#cp-panel button.cp-kept{{background:{KEPT_COLOUR}}}
#cp-panel button.cp-mark{{background:{MARK_COLOUR}}}
#cp-panel ul,#cp-panel ol{{padding-left:18px;margin:4px 0}}
#cp-panel li{{margin:3px 0}}
#cp-panel code{{font:11px monospace;color:#555}}
#cp-panel table{{border-collapse:collapse;width:100%}}
#cp-panel th,#cp-panel td{{text-align:left;vertical-align:top;padding:2px 4px;border-bottom:1px solid #ddd}}
#cp-panel .cp-source{{color:#555;white-space:nowrap}}
#cp-panel .cp-error{{color:{REMOVED_COLOUR};font-weight:bold}}
"""

# Clicking a rule (or "kept body", "funding", a quote kind) scrolls to its next block.
SCRIPT = """
(function () {
  var turn = {};
  function blocks(rule) {
    if (rule === "kept") return document.querySelectorAll("[data-cp-kept]");
    return document.querySelectorAll(
      "[data-cp-removed='" + rule + "'],[data-cp-mark='" + rule + "'],[data-cp-veto='" + rule + "']");
  }
  document.getElementById("cp-panel").addEventListener("click", function (event) {
    var button = event.target.closest("[data-cp-goto]");
    if (!button) return;
    var rule = button.getAttribute("data-cp-goto");
    var found = blocks(rule);
    if (!found.length) { button.setAttribute("data-cp-none", ""); return; }
    var n = (turn[rule] || 0) % found.length;
    turn[rule] = n + 1;
    var el = found[n];
    el.scrollIntoView({block: "center"});
    el.classList.add("cp-flash");
    setTimeout(function () { el.classList.remove("cp-flash"); }, 1200);
    document.documentElement.setAttribute("data-cp-last", rule + " " + (n + 1) + "/" + found.length);
  });
})();
"""


def csp(script: str) -> str:
    """The report's policy: nothing may load; inline styles and this one script may run."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return ("default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'; frame-src 'none'")


def _assemble(page: etree._Element, panel: str) -> str:
    """Head first (charset, policy, no favicon request), the page's own styles, panel and script last."""
    head = page.find("head")
    if head is None:
        head = etree.Element("head")
        page.insert(0, head)
    body = page.find("body")
    if body is None:
        body = etree.SubElement(page, "body")
    first = [
        etree.Element("meta", charset="utf-8"),
        etree.Element("meta", {"http-equiv": "Content-Security-Policy", "content": csp(SCRIPT)}),
        etree.Element("link", rel="icon", href="data:,"),
    ]
    for offset, el in enumerate(first):
        head.insert(offset, el)
    style = etree.SubElement(head, "style")
    style.text = STYLE
    for el in lxml.html.fragments_fromstring(panel):
        body.append(el)
    script = etree.SubElement(body, "script")
    script.text = SCRIPT
    return "<!DOCTYPE html>\n" + lxml.html.tostring(page, encoding="unicode", method="html")
