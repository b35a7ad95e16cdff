"""Property tests: any input gives an Article or a CleanpageError, the Markdown
never invents structure, and the text never invents words.

Sources for the structure and word properties hold only <p>, <div>, <span>
and (escaped) text, so any heading, list, link or emphasis that the Markdown
shows was made up by cleanpage.
"""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import cleanpage
from cleanpage import Article, CleanpageError

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORD_RE = re.compile(r"\w+")
TAG_RE = re.compile(r"</?[A-Za-z][^>]*>|<[!?][^>]*>")  # as in HTML, "<0" is text, not a tag
# A long plain paragraph in every generated document, so that content
# extraction has something to find and the generated parts are judged too.
ANCHOR = (
    "<p>The committee met on the first Monday of the month and read every letter that had "
    "arrived since the last meeting, answering each one before the evening was out.</p>"
)

# Pieces of tag soup: real tags, broken tags, comments, raw-text elements, entities.
SOUP_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<i>", "<ul>", "<li>", "</ul>",
    "<table>", "<tr>", "<td>", "</table>", "<h2>", "</h2>", "<a href='x'>", "</a>", "<blockquote>",
    "<!--", "-->", "<script>", "</script>", "<style>", "<textarea>", "<title>", "<br>", "<img src=x>",
    "</html>", "</body>", "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&lt;", "\x00", "\ufeff", "\r\n", "\u2028",
])
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
SOUP = st.lists(st.one_of(SOUP_PIECES, ANY_TEXT), max_size=60).map("".join)

# Text full of Markdown syntax characters, to be written as escaped HTML text.
MARKDOWN_CHARS = "#*_-+>[]()`!|=~<&\\:.0123456789 \n\t"
TEXT = st.text(alphabet=st.sampled_from(list(MARKDOWN_CHARS) + list("abcxyzAB")), min_size=1, max_size=40)
CONTAINERS = ("p", "div", "span")


@st.composite
def plain_blocks(draw: st.DrawFn) -> str:
    """A document of nested <p>/<div>/<span> holding escaped text."""
    parts = []
    for _ in range(draw(st.integers(1, 12))):
        tags = draw(st.lists(st.sampled_from(CONTAINERS), max_size=3))
        text = html.escape(draw(TEXT), quote=False)
        parts.append("".join(f"<{t}>" for t in tags) + text + "".join(f"</{t}>" for t in reversed(tags)))
    return f"<html><body><article>{ANCHOR}{''.join(parts)}</article></body></html>"


def clean_or_error(source: str | bytes) -> Article | None:
    """cleanpage.clean's result, or None for a CleanpageError; any other exception fails."""
    try:
        article = cleanpage.clean(source)
    except CleanpageError as exc:
        assert str(exc).strip() and "\n" not in str(exc), f"error message not one line: {exc!r}"
        return None
    assert isinstance(article, Article)
    return article


@SETTINGS
@given(SOUP)
def test_tag_soup_gives_article_or_error(source: str) -> None:
    clean_or_error(source)


@SETTINGS
@given(SOUP)
def test_tag_soup_as_bytes_gives_article_or_error(source: str) -> None:
    clean_or_error(source.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(ANY_TEXT)
def test_arbitrary_text_gives_article_or_error(source: str) -> None:
    clean_or_error(source)


# Markdown tokens that text in <p>/<div>/<span> can never legitimately become.
INVENTED_TOKENS = frozenset({
    "heading_open", "lheading_open", "bullet_list_open", "ordered_list_open", "blockquote_open",
    "link_open", "image", "em_open", "strong_open", "code_inline", "code_block", "fence", "hr",
    "table_open", "html_block", "html_inline",
})
MARKDOWN = MarkdownIt("commonmark").enable("table")


@SETTINGS
@given(plain_blocks())
def test_markdown_invents_no_structure(source: str) -> None:
    article = clean_or_error(source)
    if article is None:
        return
    tokens = MARKDOWN.parse(article.markdown)
    types = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    invented = sorted(types & INVENTED_TOKENS)
    assert not invented, f"{invented} in:\n{article.markdown}"


# Control characters show as nothing: cleanpage drops them, so words around one join.
CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f]")


# Comments show as nothing either: "0<!--<p>-->0" reads "00".
COMMENT_RE = re.compile(r"<!--.*?-->", re.S)


def visible_text(source: str, separator: str = "") -> str:
    """The source's text with comments and tags taken out (no separators by default: words may join)."""
    return CONTROL_RE.sub("", html.unescape(TAG_RE.sub(separator, COMMENT_RE.sub("", source))))


@SETTINGS
@given(plain_blocks())
# A block dropped between two runs of bare text must not join them into one word.
@example(f"<html><body><article>{ANCHOR}<div> </div>000<div><p>1</p></div>0</article></body></html>")
@example(f"<html><body><article>{ANCHOR}0<div><p>1</p></div><span>0</span></article></body></html>")
# ...nor an inline element's last word with the text after the block
@example(f"<html><body><article>{ANCHOR}00<span>0</span><div><p>1</p></div>00<p>0</p>0</article></body></html>")
# ...nor the words on either side of an inline element the dropped block filled
@example(f"<html><body><article>{ANCHOR}0<p>0</p>0<span><div><p>1</p></div></span>000</article></body></html>")
# ...nor the words on either side of two blocks in a row, both dropped
@example(f"<html><body><article>{ANCHOR}0<p>0</p>0<div><p>0</p></div><div><p>1</p></div>2</article></body></html>")
# ...nor the word before an inline element whose only block is dropped with the block after it
@example(f"<html><body><article>{ANCHOR}0<p>0</p>0<span><div><p>0</p></div></span><div><p>1</p></div>2</article></body></html>")
def test_text_invents_no_words(source: str) -> None:
    article = clean_or_error(source)
    if article is None:
        return
    text = visible_text(source)
    invented = [w for w in WORD_RE.findall(article.text) if w not in text]
    assert not invented, f"words not in the source: {invented[:10]}"


@SETTINGS
@given(SOUP)
@example("&G")  # the entity's name runs into the next tag's text when the tags are taken out
@example("0<b><p><a href='x'><</p>0")  # the dropped block's words before it sit behind an empty inline element
@example("0<\x1f?")  # a control character dropped after "<" must not make "<?" a comment that eats the next tag
def test_soup_text_invents_no_words(source: str) -> None:
    article = clean_or_error(source + ANCHOR)
    if article is None:
        return
    text = visible_text(source + ANCHOR)
    # (and with a space for each tag: "&G<p>The" joined would read "&GThe", whose "&GT" unescapes to ">")
    apart = visible_text(source + ANCHOR, separator=" ")
    invented = [w for w in WORD_RE.findall(article.text)
                if w not in text and w not in apart and w not in CONTROL_RE.sub("", source)]
    assert not invented, f"words not in the source: {invented[:10]}"


def test_dropping_a_block_keeps_the_words_around_it_apart() -> None:
    """The example above, one level down: the tree helper and the readability pass's
    preparation both leave a space where a block parted two runs of text, and an
    inline element's removal joins nothing that was apart."""
    import lxml.html

    from cleanpage import tree

    page = lxml.html.fromstring("<div>000<div>1</div>0<b>x</b>y<span>z</span>w</div>")
    block, inline = page.find("div"), page.find("span")
    tree.drop(block)
    tree.drop(inline)
    assert page.text_content().split() == ["000", "0xyw"]


def test_dropping_an_inline_element_keeps_the_space_after_it() -> None:
    """An inline element's blank tail is the only space between the words on either side: with
    the element gone, one space stays ("12 points 5 hours ago", never "12 points5 hours ago");
    where a space already ends the text before, none is added."""
    import lxml.html

    from cleanpage import tree

    page = lxml.html.fromstring("<p><span>12 points</span><span class=x>13 points</span> <time>5 hours ago</time></p>")
    tree.drop(page.find_class("x")[0])
    assert page.text_content() == "12 points 5 hours ago"

    page = lxml.html.fromstring("<p>word <b>gone</b> <i>kept</i></p>")
    tree.drop(page.find("b"))
    assert page.text_content() == "word kept"


def test_dropping_a_block_after_an_empty_inline_element_keeps_the_words_apart() -> None:
    import lxml.html

    from cleanpage import tree

    page = lxml.html.fromstring("<div>0<b></b><!-- c --><p>1</p>0<i>x</i><p>2</p>y</div>")
    for block in page.findall("p"):
        tree.drop(block)
    assert page.text_content().split() == ["0", "0x", "y"]

    page = lxml.html.fromstring("<div>000<div>1</div>0<p>2</p> 3</div>")
    tree.space_block_tails(page)
    page.find("div").drop_tree()  # lxml's own removal, as readability-lxml uses it
    page.find("p").drop_tree()
    assert page.text_content().split() == ["000", "0", "3"]

    page = lxml.html.fromstring("<div>0<div>1</div><span>0</span></div>")  # no text after the block
    tree.drop(page.find("div"))
    assert page.text_content().split() == ["0", "0"]


def test_two_blocks_in_a_row_dropped_by_lxml_keep_the_words_around_them_apart() -> None:
    """readability-lxml may drop two neighbouring blocks: the words on either side of the pair
    must not join, whichever it drops first."""
    import lxml.html

    from cleanpage import tree

    for first, second in ((0, 1), (1, 0)):
        page = lxml.html.fromstring("<div>0<div><p>b</p></div><div><p>c</p></div>2</div>")
        tree.space_block_tails(page)
        pair = page.findall("div")
        pair[first].drop_tree()
        pair[second].drop_tree()
        assert page.text_content().split() == ["0", "2"]  # not "02"


# Pieces of attributed speech: quote marks of several languages, names with titles and initials,
# verbs of saying, pronouns, punctuation and a credit sign, in any order: the quote and speaker
# readers look words up around each quote and must never read past a sentence's first or last word.
SPEECH_PIECES = st.sampled_from([
    "“", "”", "„", "“", "«", "»", "‹", "›", "\"", "'", "「", "」", ",", ".", ":", ";", "—", "(", ")", "©",
    "said", "says", "told", "according to", "sagte", "sagt er", "mówi", "dice", "a-t-il", "déclare",
    "explique-t-elle", "desabafa.", "she", "he", "the mayor", "Dr.", "inż.", "Prof.", "Ann", "Lee", "J.",
    "W.", "Nowak", "van der", "Berg", "O’Neil", "The Times", "Ministry", "we will build it", "Nein",
    "it is late", "Oui", "très bien", "no", "words",
])
SPEECH = st.lists(SPEECH_PIECES, min_size=1, max_size=24).flatmap(
    lambda pieces: st.sampled_from([" ", ""]).map(lambda joiner: joiner.join(pieces)))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPEECH, SPEECH)
@example("„Nikt nie wierzył, że zbudujemy to w naszym porcie”, mówi dyrektor zakładu, inż. Jan W. Nowak. "
         "„Wszyscy sądzili, że to zadanie dla innych.”", "")  # the sentence before a quote ends on the name
@example("“we will build it”, ©", "")  # nothing after the quote's comma
def test_quotes_of_any_speech_form_give_quotes_or_none(first: str, second: str) -> None:
    page = (f"<html><body><article><h1>Harbour</h1>{ANCHOR}<p>{html.escape(first, quote=False)}</p>"
            f"<p>{html.escape(second, quote=False)}</p>{ANCHOR}</article></body></html>")
    article = clean_or_error(page)
    assert article is not None  # the anchor paragraphs are an article
    for quote in article.quotes:
        assert quote.text and (quote.speaker is None or quote.speaker.strip())
