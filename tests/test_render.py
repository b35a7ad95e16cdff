"""render(): an Article as markdown / json / jsonl / text / html."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from cleanpage.model import FORMATS, JSON_FIELDS, Article, Options, Quote
from cleanpage.serialize import render

PARSER = MarkdownIt("commonmark").enable("table")

ARTICLE = Article(
    source="page.html",
    url="https://example.org/story",
    title="Cells “remember” — a study #1",
    byline="Dana Whitcomb and Luis Ortega",
    date="2024-10-03",
    updated="2024-11-02",
    site_name="Example News",
    lang="en",
    description='Says "hi": colon',
    markdown="First paragraph.\n\n## Methods\n\nSecond.",
    text="First paragraph.\n\nMethods\n\nSecond.",
    funding="Supported by the Example Fund.",
    quotes=(Quote("“We were surprised,”", "Joan Massagué", "inline"), Quote("Block", None, "block")),
    word_count=5,
    html="<div><p>First paragraph.</p><h2>Methods</h2><p>Second.</p></div>",
)


def test_markdown_has_title_byline_and_body_and_one_final_newline():
    out = render(ARTICLE, "markdown")
    assert out.startswith("# Cells “remember” — a study #1\n\nBy Dana Whitcomb and Luis Ortega · 2024-10-03\n\n"
                          "First paragraph.")
    assert out.endswith("Second.\n") and not out.endswith("\n\n")
    tokens = PARSER.parse(out)
    headings = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == ("h1", "Cells “remember” — a study #1")
    assert tokens[3].type == "paragraph_open" and tokens[4].content.startswith("By Dana")
    assert headings[1][0] == "h2"


def test_markdown_title_with_closing_hashes_survives_reparse():
    tokens = PARSER.parse(render(Article(title="C# ##", markdown="x"), "markdown"))
    assert "".join(c.content for c in tokens[1].children) == "C# ##"


def test_markdown_title_text_survives_reparse():
    tokens = PARSER.parse(render(ARTICLE, "markdown"))
    title = "".join(c.content for c in tokens[1].children)
    assert title == ARTICLE.title


def test_markdown_without_title_or_byline():
    out = render(Article(markdown="Body.", date="2024-10-03"), "markdown")
    assert out == "2024-10-03\n\nBody.\n"
    assert render(Article(markdown="Body.", byline="Ann"), "markdown") == "By Ann\n\nBody.\n"
    assert render(Article(markdown="Body."), "markdown") == "Body.\n"


def test_markdown_front_matter_is_yaml():
    out = render(ARTICLE, "markdown", options=Options(front_matter=True))
    lines = out.split("\n")
    end = lines.index("---", 1)
    assert lines[0] == "---" and end == 9
    fields = dict(line.split(": ", 1) for line in lines[1:end])
    assert list(fields) == ["title", "byline", "date", "updated", "url", "site_name", "lang", "description"]
    assert {k: json.loads(v) for k, v in fields.items()}["description"] == 'Says "hi": colon'
    assert json.loads(fields["title"]) == ARTICLE.title
    assert lines[end + 1] == "" and lines[end + 2].startswith("# Cells")
    bare = render(Article(markdown="x"), "markdown", options=Options(front_matter=True))
    assert "site_name: null" in bare
    assert "---" not in render(ARTICLE, "markdown")


def test_json_keys_in_contract_order():
    out = render(ARTICLE, "json")
    record = json.loads(out)
    assert list(record) == list(JSON_FIELDS)
    assert JSON_FIELDS.index("updated") == JSON_FIELDS.index("date") + 1 and record["updated"] == "2024-11-02"
    assert record["quotes"][0] == {"text": "“We were surprised,”", "speaker": "Joan Massagué", "kind": "inline"}
    assert record["markdown"] == ARTICLE.markdown and record["word_count"] == 5
    assert "“We were surprised,”" in out  # ensure_ascii=False
    assert out.endswith("}\n") and "\n  \"source\"" in out


def test_jsonl_is_one_compact_line():
    out = render(Article(text="a\u2028b\nc", title="T"), "jsonl")
    assert out.endswith("\n") and out.count("\n") == 1
    assert "\u2028" not in out
    record = json.loads(out)
    assert list(record) == list(JSON_FIELDS) and record["text"] == "a\u2028b\nc"
    assert json.loads(render(ARTICLE, "jsonl")) == json.loads(render(ARTICLE, "json"))


def test_text_format():
    out = render(ARTICLE, "text")
    assert out == ("Cells “remember” — a study #1\nBy Dana Whitcomb and Luis Ortega · 2024-10-03\n\n"
                   "First paragraph.\n\nMethods\n\nSecond.\n")
    assert render(Article(text="Only body."), "text") == "Only body.\n"


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        if data.strip():
            self.data.append(data.strip())


def test_html_is_a_standalone_document():
    article = Article(title="A <b> & “c”", byline="Ann", html="<div><p>Body &amp; more.</p></div>", lang="fr")
    out = render(article, "html")
    assert out.startswith("<!DOCTYPE html>\n<html lang=\"fr\">") and '<meta charset="utf-8">' in out
    collector = _Collector()
    collector.feed(out)
    assert collector.tags[:5] == ["html", "head", "meta", "meta", "title"]
    assert {"article", "h1", "p"} <= set(collector.tags)
    assert collector.data[:3] == ["A <b> & “c”", "A <b> & “c”", "By Ann"]
    assert "Body & more." in collector.data
    assert "<title>A &lt;b&gt; &amp; “c”</title>" in out


def test_html_without_body_html_uses_the_text():
    out = render(Article(text="One.\n\nTwo <3."), "html")
    assert "<p>One.</p>\n<p>Two &lt;3.</p>" in out and "<h1>" not in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_ends_with_a_newline(fmt):
    assert render(ARTICLE, fmt).endswith("\n")


def test_unknown_format_is_a_value_error():
    with pytest.raises(ValueError, match="unknown format 'yaml'"):
        render(ARTICLE, "yaml")
