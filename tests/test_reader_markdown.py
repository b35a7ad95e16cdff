"""Markdown a reader won't have to fix: chart axis labels, photo-credit lines and the
comment form are not article text; --comments keeps the article's heading levels.

Each behaviour on an invented page, through the library and once through the CLI,
the Markdown re-parsed with markdown-it-py.
"""

from __future__ import annotations

import subprocess

import pytest
from markdown_it import MarkdownIt

import cleanpage
from cleanpage import Options
from conftest import CLI_TIMEOUT_SECONDS, cleanpage_executable

PROSE = [f"Paragraph {i} of the article tells the reader something new, with enough words, commas, and "
         f"detail to read as prose rather than as a label or a link." for i in range(1, 7)]
TITLE = "Storm study finds more rain"


def page(*inside: str, after: str = "") -> str:
    """An article whose body holds `inside` between its paragraphs, and `after` the article."""
    blocks = [f"<p>{p}</p>" for p in PROSE]
    for i, extra in enumerate(inside):
        blocks.insert(1 + 2 * i, extra)
    return (f"<!doctype html><html lang='en'><head><title>{TITLE} | Daily Planet</title></head><body>"
            f"<article><h1>{TITLE}</h1><div class='article-body'>{''.join(blocks)}</div></article>{after}"
            f"</body></html>")


def markdown_of(html: str, **options) -> str:
    """The whole Markdown document the library renders, title line included."""
    return cleanpage.render(cleanpage.clean(html, options=Options(**options)), "markdown")


def blocks(markdown: str) -> list[tuple[str, str]]:
    """(block type, inline text) of every paragraph, heading and table cell, re-parsed."""
    found, opened = [], None
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        if token.type.endswith("_open"):
            opened = token.tag
        elif token.type == "inline":
            found.append((opened, token.content))
    return found


def body_texts(markdown: str) -> list[str]:
    """The texts of the Markdown that are neither the article's own paragraphs nor its title."""
    return [text for _, text in blocks(markdown) if text not in PROSE and text != TITLE]


def run_cli(html: str, tmp_path, *args: str) -> str:
    source = tmp_path / "page.html"
    source.write_text(html, encoding="utf-8")
    done = subprocess.run([cleanpage_executable(), "clean", str(source), *args], capture_output=True,
                          timeout=CLI_TIMEOUT_SECONDS, check=False, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return done.stdout


# ---------------------------------------------------------------- chart axis labels
AXES = [
    "<div class='chart'><div class='y-axis'><span>0</span><span>10</span><span>20</span><span>30</span>"
    "<span>40</span><span>50</span></div></div>",
    "<p>0% 25% 50% 75% 100%</p>",
    "<p>2019</p><p>2020</p><p>2021</p><p>2022</p>",
    "<div>\n<div>$0</div>\n<div>$5k</div>\n<div>$10k</div>\n<div>$15k</div>\n</div>",
    "<ul class='ticks'><li>100 km</li><li>50 km</li><li>0 km</li></ul>",
    "<p>1.000 | 2.000 | 3.000 | 4.000</p>",
    "<p>1 10 100 1000 10000</p>",  # a logarithmic axis
]


@pytest.mark.parametrize("axis", AXES)
def test_chart_axis_labels_are_not_body_text(axis: str) -> None:
    markdown = markdown_of(page(axis))
    assert body_texts(markdown) == []
    assert [text for _, text in blocks(markdown) if text in PROSE] == PROSE


@pytest.mark.parametrize("figures, kept", [
    ("<table><tr><th>2019</th><th>2020</th><th>2021</th></tr><tr><td>10</td><td>20</td><td>30</td></tr></table>",
     ["2019", "2021", "30"]),
    ("<p>The gauges read 10, 20, 30 and 40 mm.</p>", ["10, 20, 30 and 40"]),
    ("<p>3, 5, 8, 13, 21.</p>", ["3, 5, 8, 13, 21."]),  # a list of figures written as a sentence
    ("<p>+44 20 7946 0958</p>", ["7946"]),  # numbers, but not an axis: they neither rise nor fall
    ("<p>2 – 1</p>", ["2 – 1"]),  # a score: too few to be an axis
    ("<p>$2,498.00 $2,198 00</p>", ["2,498.00"]),  # a price and its discount: not in even steps
    ("<p>86 x 54 x 6 mm</p>", ["86 x 54 x 6 mm"]),  # a size
    ("<p>Credits:</p><p>Jane Roe, editor</p>", ["Credits:", "Jane Roe, editor"]),  # a heading of credits
    ("<h2>2024</h2><p>2025</p><p>2026</p>", ["2024", "2025", "2026"]),
    ("<pre>0 10 20 30 40</pre>", ["0 10 20 30 40"]),
    # notes numbered by a superscript: the numbers rise, but each is followed by its words
    ("".join(f"<p><em><strong><sup>{n}</sup>Fee {n}</strong> – waived for students.</em></p>" for n in (1, 2, 3)),
     ["Fee 1", "Fee 2", "Fee 3"]),
])
def test_figures_that_are_not_an_axis_stay(figures: str, kept: list[str]) -> None:
    markdown = markdown_of(page(figures))
    for text in kept:
        assert text in markdown


def test_an_axis_holding_the_body_is_kept_by_the_guard() -> None:
    # a body that is nothing but a long run of rising numbers: tidy's guard keeps it
    numbers = " ".join(str(n) for n in range(1000, 1400))
    html = (f"<html><head><title>Numbers</title></head><body><article><h1>Numbers</h1><div>"
            f"<p>{numbers}</p><p>{PROSE[0]}</p></div></article></body></html>")
    assert "1000 1001 1002" in markdown_of(html)


# ---------------------------------------------------------------- photo credits
CREDITS = [
    "<p>Фото: Иван Петров / ТАСС</p>",
    "<p>Photo: Jane Roe/Example Agency</p>",
    "<p>(Photo: Jane Roe)</p>",
    "<p>Foto: EFE</p>",
    "<p>Bild: dpa</p>",
    "<p>Crédit photo : Example Presse</p>",
    "<p><em>Image: Example Archive</em></p>",
    "<p><small>Credit: Getty Images</small></p>",
    "<p>صورة: وكالة المثال</p>",
    "<p>图片来源：示例社</p>",
    "<div>Fot. Jan Kowalski</div>",
    "<p>Photo by Jane Roe on Example</p>",
    "<p>Fotoğraf: Ayşe Korkmaz / Örnek Ajansı</p>",
    "<p>Ảnh: Trần Minh Khoa</p>",
    "<p>عکس: خبرگزاری نمونه</p>",
    "<p>Φωτογραφία: Ελένη Μαυρίδου</p>",
    "<p>Fotó: Kovács Eszter</p>",
    "<p>צילום: נועה ברקוביץ</p>",
    "<p>ภาพ: สำนักข่าวตัวอย่าง</p>",
    "<p>फोटो: रमेश वर्मा</p>",
    "<p>फ़ोटो साभार: उदाहरण समाचार</p>",
    "<p>ছবি: সুমন বিশ্বাস</p>",
    "<p>تصویر: مثال نیوز ایجنسی</p>",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_photo_credit_lines_go_unless_images_are_kept(credit: str) -> None:
    html = page(credit)
    assert body_texts(markdown_of(html)) == []
    kept = body_texts(markdown_of(html, images=True))
    assert len(kept) == 1 and kept[0].strip("*()") in credit


@pytest.mark.parametrize("line", [
    "Photo: the old harbour wall, which the council rebuilt twice after the storms of the past decade, seen "
    "from the pier at dawn on Tuesday with all of the gauges in view.",  # a sentence, not a credit line
    "Photography is what Jane Roe took up after the storm, she said.",
    "The credit: a loan from the town's bank paid for the new gauges.",
])
def test_sentences_that_start_like_a_credit_stay(line: str) -> None:
    assert line in body_texts(markdown_of(page(f"<p>{line}</p>")))


def test_axis_and_credit_lines_through_the_cli(tmp_path) -> None:
    html = page(AXES[0], CREDITS[0], AXES[2], CREDITS[1])
    assert body_texts(run_cli(html, tmp_path)) == []
    kept = body_texts(run_cli(html, tmp_path, "--images"))
    assert "Фото: Иван Петров / ТАСС" in kept and "2019" not in " ".join(kept)


# ---------------------------------------------------------------- --comments
COMMENTS = """
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on “Storm study finds more rain”</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author">
<b class="fn">Alice Moreno</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>The gauge near the harbour flooded twice last spring.</p></div>
<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author">
<b class="fn">Bram Okafor</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><h1>Raw data?</h1><p>Will the authors publish the raw readings?</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply
<small><a href="#respond">Cancel reply</a></small></h3>
<form action="/post-comment" method="post" id="commentform">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p><label for="comment">Comment *</label> <textarea id="comment" name="comment"></textarea></p>
<p><label for="author">Your name *</label> <input id="author" name="author"></p>
<p style="display:none"><label>Leave this field blank</label><input name="trap"></p>
<p><button type="submit">Post comment</button></p>
</form></div>
<div class="comment-form-wrap"><h4>Schreibe einen Kommentar</h4><p><label>Name *</label></p></div>
</div>"""
FORM_WORDS = ("Your name", "Leave this field blank", "Post comment", "Leave a Reply", "Cancel reply",
              "Required fields", "Comment *", "Reply", "Schreibe einen Kommentar", "Name *")


def commented_page() -> str:
    return page("<h3>What the gauges showed</h3>", "<h4>Older records</h4>", after=COMMENTS)


def headings(markdown: str) -> list[tuple[str, str]]:
    return [(tag, text) for tag, text in blocks(markdown) if tag in ("h1", "h2", "h3", "h4", "h5", "h6")]


def check_comments(markdown: str, without: str) -> None:
    texts = [text for _, text in blocks(markdown)]
    for kept in ("Alice Moreno", "The gauge near the harbour flooded twice last spring.", "Bram Okafor",
                 "Will the authors publish the raw readings?"):
        assert any(kept in text for text in texts), kept
    for word in FORM_WORDS:
        assert not any(word in text for text in texts), word
    article = headings(without)
    assert article == [("h1", TITLE), ("h2", "What the gauges showed"), ("h3", "Older records")]
    with_comments = headings(markdown)
    assert with_comments[:len(article)] == article  # the article's levels, unchanged
    assert with_comments[len(article)] == ("h2", "Comments")
    assert all(tag > "h2" for tag, _ in with_comments[len(article) + 1:])


def test_comments_keep_their_text_lose_their_form_and_the_article_its_levels() -> None:
    html = commented_page()
    check_comments(markdown_of(html, comments=True), markdown_of(html))


def test_comments_through_the_cli(tmp_path) -> None:
    html = commented_page()
    check_comments(run_cli(html, tmp_path, "--comments"), markdown_of(html))


# A sentence of the story that opens on pictures and their source ("Images from the telescope
# reveal …") is the story, however short: only a credit's own words make a credit line.
def test_a_sentence_about_pictures_from_somewhere_stays() -> None:
    sentences = ["Images from the telescope reveal a cloud of dust twice the size of the core.",
                 "Photos from the scene show water up to the windows of the ground floor.",
                 "Pictures supplied by residents show the river over the old wall."]
    page = ("<html><body><article><h1>Dust</h1><p>The survey covered the whole northern shelf over three "
            "summers, and its authors say the results surprised them.</p>"
            + "".join(f"<p>{s}</p>" for s in sentences)
            + "<p>The team will publish the full data set next spring, with the software it used.</p>"
            "</article></body></html>")
    text = cleanpage.render(cleanpage.clean(page), "text")
    for sentence in sentences:
        assert sentence in text
