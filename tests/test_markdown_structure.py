"""The Markdown re-parsed as CommonMark + tables: structure matches checks.json `markdown_structure`.

Each case's golden expected.md and the live library output are parsed with
markdown-it-py (`MarkdownIt("commonmark").enable("table")`), and compared with:

    headings            [[level, text], ...] in order, the title first as level 1
    lists               number of top-level lists (bullet or ordered)
    nested_lists        number of lists inside a list item
    ordered_lists       number of ordered lists (any depth)            (optional)
    max_list_depth      deepest list nesting, 1 = flat                  (optional)
    tables              [{"header": [cells], "rows": body row count}, ...] in order
    code_blocks         [{"lang": info string or null, "contains": text}, ...]: the fenced blocks
    blockquotes_contain strings each found inside some block quote     (optional)
    footnotes           number of footnotes: [^n] references == [^n]: definitions (optional)

Always: no raw HTML (html_block / html_inline tokens), and every link target is
absolute (http, https, mailto) or an in-page fragment; never javascript:.
"""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

PARSER = MarkdownIt("commonmark").enable("table")

# Link targets a cleaned article may carry once a base URL is known.
ALLOWED_LINK_RE = re.compile(r"^(https?://|mailto:|#)")

# Markdown footnote references and definitions, e.g. "text[^1]" and "[^1]: note".
FOOTNOTE_REF_RE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
FOOTNOTE_DEF_RE = re.compile(r"^\[\^([^\]\s]+)\]:", re.MULTILINE)

SOURCES = ("golden", "live")


@pytest.fixture(params=SOURCES)
def markdown(request, case, outputs) -> str:
    if request.param == "live":
        return outputs(case, "library").markdown
    assert case.expected_md.exists(), f"{case.expected_md} missing: run pytest --update-goldens"
    return case.expected_md.read_text(encoding="utf-8")


def structure(case) -> dict:
    return case.checks["markdown_structure"]


def inline_text(token: Token) -> str:
    return "".join(child.content for child in token.children or () if child.type in ("text", "code_inline"))


def all_tokens(tokens: list[Token]):
    """Block tokens and their inline children, flat (no recursion: children are one level)."""
    for token in tokens:
        yield token
        yield from token.children or ()


@pytest.mark.needs("markdown_structure")
def test_headings(case, markdown):
    tokens = PARSER.parse(markdown)
    found = [
        [int(tok.tag[1]), inline_text(tokens[i + 1]).strip()]
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]
    assert found == structure(case)["headings"]


@pytest.mark.needs("markdown_structure")
def test_lists(case, markdown):
    expected = structure(case)
    top, nested, ordered, depth, deepest = 0, 0, 0, 0, 0
    for tok in PARSER.parse(markdown):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            top, nested = (top + 1, nested) if depth == 0 else (top, nested + 1)
            ordered += tok.type == "ordered_list_open"
            depth += 1
            deepest = max(deepest, depth)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
    assert (top, nested) == (expected["lists"], expected["nested_lists"])
    if "ordered_lists" in expected:
        assert ordered == expected["ordered_lists"]
    if "max_list_depth" in expected:
        assert deepest == expected["max_list_depth"]


@pytest.mark.needs("markdown_structure")
def test_tables(case, markdown):
    tables, in_head = [], False
    tokens = PARSER.parse(markdown)
    for i, tok in enumerate(tokens):
        if tok.type == "table_open":
            tables.append({"header": [], "rows": 0})
        elif tok.type in ("thead_open", "thead_close"):
            in_head = tok.type == "thead_open"
        elif tok.type == "th_open" and in_head:
            tables[-1]["header"].append(inline_text(tokens[i + 1]).strip())
        elif tok.type == "tr_open" and not in_head:
            tables[-1]["rows"] += 1
    assert tables == structure(case)["tables"]


@pytest.mark.needs("markdown_structure")
def test_code_blocks(case, markdown):
    fences = [tok for tok in PARSER.parse(markdown) if tok.type in ("fence", "code_block")]
    expected = structure(case)["code_blocks"]
    assert all(tok.type == "fence" for tok in fences), "code must be fenced, not indented"
    assert len(fences) == len(expected), [tok.content[:60] for tok in fences]
    for tok, want in zip(fences, expected):
        lang = tok.info.split()[0] if tok.info.strip() else None
        assert lang == want["lang"]
        assert want["contains"] in tok.content, tok.content


@pytest.mark.needs("markdown_structure")
def test_blockquotes(case, markdown):
    wanted = structure(case).get("blockquotes_contain")
    if wanted is None:  # no expectation written: at least no stray, empty block quote
        quoted = _blockquote_texts(markdown)
        assert all(text.strip() for text in quoted), quoted
        return
    quoted = " | ".join(_blockquote_texts(markdown))
    missing = [s for s in wanted if s not in quoted]
    assert not missing, f"not inside a block quote: {missing}"


def _blockquote_texts(markdown: str) -> list[str]:
    texts, depth = [], 0
    for tok in PARSER.parse(markdown):
        if tok.type == "blockquote_open":
            depth += 1
            if depth == 1:
                texts.append("")
        elif tok.type == "blockquote_close":
            depth -= 1
        elif depth and tok.type == "inline":
            texts[-1] += " " + inline_text(tok)
    return texts


@pytest.mark.needs("markdown_structure")
def test_footnotes(case, markdown):
    refs = set(FOOTNOTE_REF_RE.findall(markdown))
    defs = set(FOOTNOTE_DEF_RE.findall(markdown))
    assert refs == defs, f"references {sorted(refs)} vs definitions {sorted(defs)}"
    assert len(defs) == structure(case).get("footnotes", 0)


@pytest.mark.needs("markdown_structure")
def test_no_raw_html(case, markdown):
    raw = [tok.content[:80] for tok in all_tokens(PARSER.parse(markdown)) if tok.type in ("html_block", "html_inline")]
    assert not raw, f"raw HTML in the Markdown: {raw}"


@pytest.mark.needs("markdown_structure")
def test_links_are_absolute(case, markdown):
    hrefs = [tok.attrs.get("href", "") for tok in all_tokens(PARSER.parse(markdown)) if tok.type == "link_open"]
    bad = [href for href in hrefs if not ALLOWED_LINK_RE.match(str(href))]
    assert not bad, f"relative or script links: {bad}"
