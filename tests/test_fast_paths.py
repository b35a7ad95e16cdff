"""The shortcuts taken for speed give the answers of the slow paths they stand for.

- patterns.required_words: the strings a pattern's every match holds;
  funding.has_statement_shape searches a funding shape only where the text holds them,
  and must answer what FUNDING_STATEMENT_RE.search answers;
- parse.Element.text_content serializes the text instead of evaluating XPath string(), and
  reads .text of an element without children;
- parse._xml_safe counts U+FFFD with str scans;
- cjk.cjk_count rules out a text without CJK by memchr scans of its UTF-8 lead bytes;
- api.count_words spaces out the CJK characters with one regex substitution;
- patterns.has_required answers as all(any(word in text ...));
- funding.find_statements judges each block text's statement kind once a page, and tells which
  block texts hold a gate word in one scan of the page's blocks: the body's search reads what
  the whole page's search wrote (BlockMemo), and asks only of a text it did not read;
- content.tidy looks for a text family's words in the body's text only when a block holds one,
  the block's word first, reads each block text once for a rule's words, and a paywall box's
  heading before the body's words; a text inside one that held none of a rule's words is not
  scanned for them, and a text is searched for a rule's words with one pattern (a trie); the walk
  reads each block's text once for its rules and its own looks;
- rules.is_follow_line searches a line for the network words with one pattern (a trie);
- rules.is_label looks for the characters LABEL_RE needs with one search (LABEL_RE_CHARS_RE);
- rules.is_thread_state_line tries a thread-state pattern only on a line holding what it needs;
- the tidy walk and strip ask a block whether it holds a tag with iter, never with an ElementPath find;
- content.tidy searches a block's text for all the rules' words at once before searching rule by rule;
- speakers.NameIndex counts the words that open a sentence with one regex scan, not a test per word;
- patterns.known_required_words reads required_table.TABLE, written ahead of time: the table
  must be current, and a pattern it does not hold is read as required_words reads it;
- funding._is_short_heading keeps what the short headings joined into one pattern answer for a short text,
  and tells a text opening with two letters no heading opens with (HEADING_STARTS: every pair the
  patterns may open with) without them; find_statements asks it of a short heading or bold label
  before reading its section;
- funding._statement_kind searches the exclusions (NOT_FUNDING_RES) only for a text of a statement's shape;
- patterns.alternation writes a list of words as a trie that matches where the joined words do
  (the published-date labels);
- serialize.has_text answers whether body_to_text would hold anything without rendering it;
- clean()'s Article makes its body's fields (renderings, quotations) when first read, as at once;
- boilerplate.TabPanels searches an element for tab panels only on a page that has one, which
  it asks of the role attributes (PANEL_ROLES_XPATH), first of all a tab set's tests;
- boilerplate._attribute_rule reads class/id words only when no state attribute is there;
- boilerplate._named_rule reads only the naming attributes an element has, and answers what
  class_rule answers for all four joined;
- boilerplate._unnamed rules out a block no rule's test applies to before the walk's tests
  (_Walker.match): match takes no rule for any block it rules out;
- metadata.byline._candidate_test keeps _is_candidate's answers for a page's byline searches;
- boilerplate's guard hands the scoring (content.main_candidate) the texts its prose measure read,
  when the tree has not changed since: the scoring reads them as it reads the tree;
- boilerplate.prose_blocks looks for a menu's branches only in a list item long enough to count;
- boilerplate.OPENERS_XPATH finds the disclosure buttons from their aria-controls attribute;
- funding._gated_shapes tests a shape's smallest required sets first; has_statement_shape tests
  only the shapes whose most telling set the text holds a word of (_shape_index), each word looked
  for only where the text holds its rarest letter or a character of its script's block;
- content.Scores measures each link once for all the candidates that hold it, and a candidate
  around a measured one from its children's lengths;
- content._WideCandidate tidies its copy of the whole page only when find_body reads it, and
  not to weigh a thread's posts against it when the untidied copy settles that; find_body
  does not tidy the choice when the page beats it whatever tidying leaves (_far_under_headline);
- serialize.tags.walk reads each element's tag, text and tail once and hands enter the tag;
- serialize.tags.collapse_spaces returns a printable text without a double space as it is;
- the Markdown writer drops the whitespace between two blocks without tidying it as a paragraph;
- metadata.byline._is_dated_avatar reads a link's text only when it shows a picture;
- metadata.byline.clean_names searches a byline for an address, a handle or a bracketed aside only
  where it holds "@" or the bracket, for a reporter's title only where the part ends with one, and
  for a month's date only where it holds a digit; a line's <br> is looked for with an iterator, not find();
- metadata.date._labelled_dates searches the window's texts lower-cased and joined for a publication
  label (_LOWER_LABEL_RE, case-sensitive), then only the texts from the first match on (each apart,
  as it always did);
- metadata.date._window_markup climbs to a date element's field box for a modified class only
  from an element that holds a date or date markup;
- metadata.date.window_texts walks the window once for both label searches (the publication's
  texts and the update's texts and tails), read as each search read them on its own walk;
- metadata.update.shown_update picks the article's short texts by their lengths in C and looks up
  a text's place among all texts only where a label is found;
- metadata.update._labelled_update and metadata.date._labelled_dates search a piece of each label
  first (patterns.rare_piece: _UPDATE_HINT_RE, _LOWER_LABEL_HINT_RE), the labels only where one is found;
- patterns.lowered runs a case-insensitive pattern case-sensitively on patterns.lower_folded text,
  where it matches wherever the pattern matches the text: funding._is_short_heading and the label
  search try the headings and labels so first;
- metadata.date._first_published tests an article's text pieces for its verbs' stems before their
  holder is looked up; metadata.byline._opens_with_credit_word searches a line for the credit only
  where its opening holds "by" or "author";
- content._dated_byline splits at most MAX_DATED_BYLINE_WORDS words off a block's text, and
  content._byline_text takes the text the tidy walk read; metadata.date._window_text_date looks
  up a tail's holder only for a tail with text;
- content._duplicates groups blocks by their first and last words (_DuplicateKey) and joins a long
  block's every word only beside a block that shares them, a block around it only beside a copy elsewhere;
- content._find_deck reads no class words of a block named by neither class nor id, and the
  words of a "class id" string once a process (_deck_names);
- metadata.byline._is_candidate joins an element's class and data-testid only when it has a test id,
  and searches a class string for byline vocabulary once a process (_byline_class);
- patterns.WordSearch (the tidy rules' block words) searches a text for many words as a few patterns,
  the words split by their first letter, the other scripts' words only in a text that is not ASCII:
  it finds a word wherever the one alternation of them all finds one;
- rules.holds_sentence_end settles a text whose last character but spaces is a sentence's mark
  without SENTENCE_END_RE; the tidy walk tells a paragraph that ends as an introduction does by its
  last character (INTRO_END_MARKS), and a pull quote's class words by "pull" before PULL_QUOTE_RE;
- content._Families searches a rule's words in the stretch around the words a text held once for
  each stretch (the same words around a word found, block after block), looks into the block text
  before it once for all the rules, and for a paywall's script words only in a text that is not ASCII;
- rules.is_thread_state_line looks for a few words of the viewers line's phrases (gate_words), each
  phrase holding one, before VIEWERS_LINE_RE;
- content._tidy_rule reads no class words of a block named by neither class nor id, and measures
  the links of a block only when it has children; the walk asks a paragraph for a named child only
  when it has children;
- the tidy walk joins a short block's words once for is_thread_state_line and _profile_block (a
  block without children: its one line);
- content._pitch_line looks for no link in a block without children, content._read_also_line for
  no lead-in in a line without a colon;
- funding._holds_any looks for up to MAX_CHARS_SCANNED_APART characters one by one (the gate words'
  diacritics), for more with one character class: either way where the class finds one.
- funding._holding_no_other (the gate words) looks for each word once in all of them joined, and
  keeps the words where testing each against every other keeps them;
- patterns.rare_piece takes the first of its word's rarest starts from one list of their rarities;
- patterns.alternation looks for no opening in a group of one word; metadata.date._unaccented
  returns an ASCII word's decomposed form without a test per character;
- funding._GATE_GROUPS keeps a word of ASCII letters and a typographic mark ("ko‘mag") apart from
  the other scripts' words: a curly quote opens only its group;
- serialize.tags.is_blank cuts a text's spaces off in C before reading the rest a character at a time;
- clean() looks for the block quotes a caption may sign only on a page whose metadata scan met a
  <blockquote> (metadata.read_page: PageRead.quoted), or did not see the whole tree;
- metadata.update._labelled_update looks for the update labels from a little before the first
  label piece on (_MAX_PIECE_OFFSET: no label opens further before its piece);

A property test draws as many examples as cover the branches of cleanpage that twice as many
cover (coverage.py's branch arcs, under the "ci" profile): past that, more examples of the same
small alphabets cost time and reach nothing new.
"""

from __future__ import annotations

import functools
import pickle
import re
from dataclasses import FrozenInstanceError, replace

import lxml.etree
import lxml.html
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cleanpage
from cleanpage.api import count_words
from cleanpage.cjk import cjk_count
from cleanpage.funding import (
    FUNDING_STATEMENT_RE, NOT_FUNDING_RE, NOT_FUNDING_RES, STATEMENT_RES, _not_funding, _not_funding_words,
    BlockMemo, _statement_kind, find_statements,
    has_statement_shape,
)
from cleanpage.model import FROM_BODY, JSON_FIELDS, Article, replaced
from cleanpage.parse import _xml_safe, parse_html
from cleanpage.serialize import body_to_text, has_text
from cleanpage.serialize.tags import SKIP, collapse_spaces, walk
from cleanpage.patterns import WordSearch, alternation, has_required, known_required_words, required_words
from cleanpage.required_table import SHAPE_INDEX, SHAPE_INDEX_KEY, TABLE, current_shape_index, current_table, gated_patterns
from cleanpage.rules import BLOCK_WORDS
from cleanpage.speakers import WORD_RE, NameIndex, _opens_sentence


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bfoo(?:bar|baz)\b", [{"foobar", "foobaz"}]),
    (r"a\s+bcd", [{"bcd"}, {"a"}]),
    (r"(?:the )?support", [{"support"}]),
    (r"x[oa]s?yz", [{"xo", "xa"}, {"yz"}]),
    (r"(?:ab|c\d)", [{"ab", "c"}]),
    (r"(?:Grant|Award)s?\s+No", [{"grant", "award"}, {"no"}]),
    (r"\d+", []),
    (r"(?:abc)?\w+", []),  # an optional group requires nothing
    (r"(?:x\d+yy|zz)", [{"yy", "zz"}]),  # each branch's best requirement, together
])
def test_required_words(pattern: str, expected: list[set[str]]) -> None:
    assert sorted(map(sorted, required_words(pattern, re.I))) == sorted(map(sorted, expected))


def test_required_table_is_current() -> None:
    """Fails after a gated pattern was edited: rewrite the table (python -m cleanpage.required_table)."""
    assert TABLE == current_table()
    assert (SHAPE_INDEX_KEY, SHAPE_INDEX) == current_shape_index()


def test_the_shape_index_is_read_from_the_table_and_built_for_edited_shapes(monkeypatch) -> None:
    from cleanpage import funding

    funding._shape_index.cache_clear()
    assert funding._shape_index() is SHAPE_INDEX
    funding._shape_index.cache_clear()
    monkeypatch.setattr(funding, "STATEMENT_RES", (*funding.STATEMENT_RES[:-1], funding.STATEMENT_RES[-1] + "x"))
    assert funding.shapes_key() != SHAPE_INDEX_KEY
    assert funding._shape_index() is not SHAPE_INDEX
    funding._shape_index.cache_clear()


def test_known_required_words_of_gated_patterns() -> None:
    for source, flags in gated_patterns():
        assert known_required_words(source, flags) == required_words(source, flags)


def test_known_required_words_reads_a_pattern_not_in_the_table() -> None:
    pattern = r"(?:Grant|Award)s?\s+No"
    assert known_required_words(pattern, re.IGNORECASE) == required_words(pattern, re.IGNORECASE)
    assert sorted(map(sorted, known_required_words(r"a\s+bcd", re.IGNORECASE))) == [["a"], ["bcd"]]


# Invented statements in the languages of STATEMENT_RES, and sentences that only come near them.
STATEMENTS = [
    "This research was supported by the Example Foundation under grant EF-1234.",
    "The study, published in a journal, was funded in part by the Example Trust.",
    "Funding for this project was provided by the Example Council.",
    "We gratefully acknowledge support from the Example Institute.",
    "The authors thank the Example Fund for financial support.",
    "This work received funding from the Example Programme under Grant Agreement No 101000.",
    "Supported by a grant from the Example Society.",
    "With funding from the Example Agency.",
    "An editorially independent publication supported by the Example Foundation.",
    "I wrote this post in collaboration with Example Co.",
    "This is a sponsored post.",
    "People who support this newsletter make it possible.",
    "She donated half of the prize to support the clinic.",
    "Das Projekt wird vom Bundesministerium für Beispiele gefördert.",
    "Gefördert durch die Deutsche Forschungsgemeinschaft.",
    "Förderkennzeichen 01AB2345",
    "Ce projet a été financé par l'Agence exemple.",
    "Este proyecto ha sido financiado por la Fundación Ejemplo.",
    "Il progetto è stato finanziato dalla Fondazione Esempio.",
    "Projekt został sfinansowany przez Fundację Przykład.",
    "Este estudo foi financiado pela Fundação Exemplo.",
    "Dit onderzoek werd gefinancierd door de Voorbeeldstichting.",
    "本研究得到国家自然科学基金资助。",
    "THIS RESEARCH WAS SUPPORTED BY THE EXAMPLE FOUNDATION.",
]
NEAR_MISSES = [
    "The mayor said the plan had wide support among residents.",
    "Funding cuts hit the city's schools this year.",
    "The grant was announced on Tuesday.",
    "Ten tools for tracing (Sponsored)",
    "We thank our readers.",
    "Das Projekt ist groß.",
    "本研究很重要。",
    "",
]


@pytest.mark.parametrize("text", STATEMENTS + NEAR_MISSES)
def test_shape_prefilter_answers_as_the_full_pattern(text: str) -> None:
    assert has_statement_shape(text) == (FUNDING_STATEMENT_RE.search(text) is not None)


def test_the_invented_statements_are_statements() -> None:
    assert all(has_statement_shape(text) for text in STATEMENTS)
    assert not any(has_statement_shape(text) for text in NEAR_MISSES)


# Texts built of the shapes' own words (in any case) and filler: they reach the
# patterns' deeper branches far more often than random characters would.
_SHAPE_WORDS = sorted({word for shape in STATEMENT_RES for words in required_words(shape, re.I) for word in words})
_FILLER = ["the", "a", "of", "Example", "Foundation", "grant", "no.", "12345", ",", ".", ";", "(", ")", "by",
           "in part", "for", "from", "und", "par", "por", "da", "door", "przez", "资助", "基金", "得到"]
_word = st.sampled_from(_SHAPE_WORDS + _FILLER).flatmap(
    lambda w: st.sampled_from([w, w.upper(), w.title(), w.capitalize()]))
_texts = st.lists(_word, max_size=14).flatmap(
    lambda words: st.sampled_from([" ".join(words), "".join(words), "\n".join(words)]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_shape_prefilter_never_hides_a_match(text: str) -> None:
    assert has_statement_shape(text) == (FUNDING_STATEMENT_RE.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdefgoprstuwy ()#.0123-ÖöéèČ基金资助得"), max_size=40),
       st.sampled_from([r"\bfoo(?:bar|baz)\b", r"gr[ae]nts?\s+no\.?\s*\d", r"(?:the )?support(?:ed)?\s+by",
                        r"(?:ab|c\d)+x", r"\(sponsored\)", r"(?:得到|受到)[^。]{0,4}基金"]))
def test_required_words_are_held_by_every_match(text: str, pattern: str) -> None:
    required = required_words(pattern, re.I)
    if re.search(pattern, text, re.I):
        assert has_required(text.lower(), required)


# Texts built of NOT_FUNDING_RE's own words and of statements: the gate before its search
# (funding._not_funding_words) must never hide a match.
_NOT_FUNDING_WORDS = sorted({word for words in required_words(NOT_FUNDING_RE.pattern, re.I) for word in words})
_not_funding_texts = st.lists(st.sampled_from(_NOT_FUNDING_WORDS + _FILLER + [
    "supported by", "readers", "our", "you", "people like", "the latest", "browsers", "all of", "my", "listeners",
    "evidence", "Supported By", "earns", "a", "commission", "the majority", "Thanks to",
]), max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_not_funding_texts)
def test_not_funding_gate_never_hides_a_match(text: str) -> None:
    if NOT_FUNDING_RE.search(text):
        assert has_required(text.lower(), _not_funding_words())


# ... and the same words for each alternative, searched one by one (funding._not_funding): the
# alternatives, each behind its own gate, find a match exactly where the one pattern does.
_ALTERNATIVE_WORDS = sorted({word for source in NOT_FUNDING_RES for words in required_words(source, re.I)
                             for word in words})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_ALTERNATIVE_WORDS + _NOT_FUNDING_WORDS + _FILLER + [
    "Supported By", "SUPPORTED BY", "the", "all of", "some", "two", "Evidence", "Jetzt", "haz", "a gift"]),
    max_size=12).map(" ".join))
def test_not_funding_alternatives_find_what_the_pattern_finds(text: str) -> None:
    assert _not_funding(text, text.lower()) == (NOT_FUNDING_RE.search(text) is not None)


@pytest.mark.parametrize("text", [
    "This newsletter is supported by readers like you.", "Made possible by donors like you.",
    "We may earn a small commission from links.", "Thanks to all our readers!", "Supported by most browsers.",
])
def test_not_funding_texts_are_not_statements(text: str) -> None:
    assert NOT_FUNDING_RE.search(text) and has_required(text.lower(), _not_funding_words())
    assert _statement_kind(text) is None


def _kind_exclusions_first(text: str) -> str | None:
    """_statement_kind as it was written first: the exclusions searched before the shapes."""
    from cleanpage.funding import FUNDING_WORDS, MAX_STATEMENT_CHARS, _shape_kind

    low = text.lower()
    if len(text) > MAX_STATEMENT_CHARS or not any(word in low for word in FUNDING_WORDS) or _not_funding(text, low):
        return None
    return _shape_kind(text, low)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(STATEMENTS + NEAR_MISSES + _NOT_FUNDING_WORDS[:40] + _FILLER + [
    "Sponsored by", "Example Co.", "In partnership with", "readers like you.", "Funding:", "Acknowledgements:"]),
    max_size=5).map(" ".join))
@example("This newsletter is supported by readers like you.")
@example("This research was supported by the Example Foundation under grant EF-1234.")
def test_statement_kind_searching_the_exclusions_last_answers_as_first(text: str) -> None:
    assert _statement_kind(text) == _kind_exclusions_first(text)


def test_the_exclusions_are_searched_only_for_a_text_of_a_statements_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import funding

    asked: list[str] = []
    real = funding._not_funding
    monkeypatch.setattr(funding, "_not_funding", lambda text, low: asked.append(text) or real(text, low))
    assert _statement_kind("The mayor said the plan had wide support among residents.") is None
    assert asked == []  # no shape: nothing to exclude
    assert _statement_kind("This newsletter is supported by readers like you.") is None
    assert asked == ["This newsletter is supported by readers like you."]


# Texts of headings and of bold labels: find_statements reads a short one (up to MAX_HEADING_CHARS)
# as a heading only where the short-heading memo knows it for one of its headings.
_HEADING_TEXTS = st.lists(st.sampled_from([
    "Funding", "Acknowledgements", "Conflicts of interest", "Sponsors", "Förderung", "基金项目", "Supported by",
    "1.", "§", ":", "and", "Reviews", "Share", "Note", "Tack", "Disclosure", "Ethics approval", "Our", "funders",
]), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_HEADING_TEXTS, st.sampled_from([
    "<h2>{0}</h2><p>This work was supported by the Example Trust under grant EF-12.</p>",
    "<p><strong>{0}</strong> The Example Trust supported this work (grant EF-12).</p>",
    "<dl><dt>{0}</dt><dd>The Example Trust, grant EF-12.</dd></dl>",
]))
def test_a_short_heading_the_memo_does_not_know_opens_nothing(text: str, form: str) -> None:
    from cleanpage import funding

    root = parse_html(f"<html><body><article>{form.format(text)}</article></body></html>")
    heading = next(root.iter(*funding.HEADING_TAGS, *funding.LABEL_TAGS))
    if len(text) <= funding.MAX_HEADING_CHARS and not funding._is_short_heading(text):
        assert funding._declaration(heading, text) is None
        assert funding._heading_section(heading, text) is None


def test_headings_are_read_past_the_short_heading_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import funding

    read: list[str] = []
    real = funding._heading_section
    monkeypatch.setattr(funding, "_heading_section", lambda el, text: read.append(text) or real(el, text))
    statement = "This work was supported by the Example Trust under grant EF-12."
    root = parse_html("<html><body><article><h2>Reviews</h2><p>Four readers wrote in about the bridge.</p>"
                      f"<p><strong>Note</strong> The bridge reopens in May.</p><h2>Funding</h2><p>{statement}</p>"
                      "</article></body></html>")
    assert find_statements(root, whole_page=True) == [statement]
    assert read == ["Funding"]  # "Reviews" and "Note" are settled by the memo


TREES = [
    "<div>one <b>two</b> three<p>four &amp; five</p>six</div>",
    "<p>a<br>b<span> c </span>d</p>tail",
    "<div><script>var x = '<b>';</script><style>p{}</style>text</div>",
    "<ul><li>一</li><li>二 <i>三</i></li></ul>",
    "<div>&nbsp;x&#8217;s&lt;tag&gt;</div>",
    "<table><tr><td>1</td><td>2</td></tr></table>",
    "<div></div>",
    "<p>line&#13;\r\nbreak\ttab</p><span> </span><em></em>",
]


@pytest.mark.parametrize("markup", TREES)
def test_element_text_is_xpath_string(markup: str) -> None:
    xpath_string = lxml.etree.XPath("string()")
    root = parse_html(f"<html><body>{markup}</body></html>")
    for el in root.iter():
        assert el.text_content() == xpath_string(el)  # what lxml.html's own text_content evaluates


def test_childless_element_text_after_edits() -> None:
    """The shortcut for an element without children (its .text) holds after the tree is
    edited: children removed, a comment added (it counts as a child, and has no text)."""
    xpath_string = lxml.etree.XPath("string()")
    root = parse_html("<html><body><p>one <b>two</b> three</p><div>four</div></body></html>")
    paragraph, block = root.iter("p", "div")
    paragraph.remove(paragraph[0])
    block.append(lxml.etree.Comment("hidden"))
    block[0].tail = " five"
    for el in (paragraph, block):
        assert el.text_content() == xpath_string(el)
    assert (paragraph.text_content(), block.text_content()) == ("one ", "four five")


@pytest.mark.parametrize(("text", "junk"), [
    ("<p>plain</p>", 0),
    ("<p>caf\u00e9 \u2019</p>", 0),
    ("<p>bad \ufffd\ufffd bytes</p>", 2),
    ("<p>half\uffc0width</p>", 0),  # a character whose UTF-8 starts like U+FFFD's
    ("<p>non\ufffecharacter\uffff \ufffd</p>", 3),
    ("<p>nul\x00 and \x01</p>", 2),
])
def test_xml_safe_counts_the_junk(text: str, junk: int) -> None:
    safe, data, count = _xml_safe(text)
    assert count == junk
    assert data == safe.encode("utf-8")
    assert "\ufffe" not in safe and "\uffff" not in safe and "\x00" not in safe


@pytest.mark.parametrize("text", [
    "", "plain ASCII", "café – “quoted”", "Ελληνικά и кириллица", "中文文本", "日本語のテキスト", "한국어 텍스트",
    "mixed 中文 and English、。", "\u3000\u303f\ua000\ud7b0\uff0c", "edge \u3040\u9fff\uac00\ud7af", "lone \ud800 surrogate",
])
def test_cjk_count_counts_the_cjk_characters(text: str) -> None:
    expected = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    assert cjk_count(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_cjk_count_on_any_text(text: str) -> None:
    assert cjk_count(text) == sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")


def _is_cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\t.中文日本語한국\u3040\u9fff\uac00\ud7af\ud7b0\u303f\u3000é"), max_size=30))
def test_count_words_counts_each_cjk_character_as_a_word(text: str) -> None:
    spaced = "".join(" " if _is_cjk(ch) else ch for ch in text)
    assert count_words(text) == sum(map(_is_cjk, text)) + len(spaced.split())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcfund rsg"), max_size=20),
       st.lists(st.frozensets(st.sampled_from(["a", "fund", "ra", "sg", "zz", ""]), max_size=3), max_size=3))
def test_has_required_is_all_of_any(text: str, required: list[frozenset[str]]) -> None:
    assert has_required(text, tuple(required)) == all(any(word in text for word in words) for words in required)


def test_statement_kinds_are_judged_once_a_page() -> None:
    statement = "This study was funded by the Example Foundation under grant EF-12."
    root = parse_html("<html><body><nav><a href='/'>Home</a></nav><article><h1>A study</h1>"
                      "<p>The team measured the river over one long wet season, day after day.</p>"
                      f"<p>{statement}</p></article></body></html>")
    memo = BlockMemo()
    assert find_statements(root, whole_page=True, memo=memo) == [statement]
    assert memo.kinds[statement] == "statement"  # judged by the page's search...
    body = root.find("body")
    assert find_statements(body, memo=memo) == find_statements(body) == [statement]
    assert find_statements(body, memo=BlockMemo(kinds={statement: None})) == []  # ...and read by the body's


def test_the_body_search_reads_which_blocks_the_page_search_gated() -> None:
    statement = "This study was funded by the Example Foundation under grant EF-12."
    story = "The team measured the river over one long wet season, day after day."
    root = parse_html(f"<html><body><article><h1>A study</h1><p>{story}</p><p>{statement}</p></article></body></html>")
    memo = BlockMemo()
    assert find_statements(root, whole_page=True, memo=memo) == [statement]
    assert memo.gated == {story: False, statement: True}  # every block of a statement's length, answered at once
    body = root.find("body")
    assert find_statements(body, memo=BlockMemo(gated={statement: False})) == []  # read, not asked again
    assert find_statements(body, memo=BlockMemo(gated={story: True})) == [statement]  # a text not read: asked


def test_the_body_search_scans_the_body_only_to_confirm_a_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the page's search told the body's blocks (BlockMemo.gated), the body's search reads them at
    once and scans the body's text for the funding and heading words only when it found a statement:
    the answer is the one a scan first gives (a body without the words has none)."""
    from cleanpage import funding

    statement = "Dieses Projekt wird von der Beispiel-Stiftung gefördert."
    story = "Die Gruppe zählte die Vögel am See, Woche für Woche, einen ganzen Winter lang."
    root = parse_html(f"<html><body><article><p>{story}</p><p>{statement}</p></article></body></html>")
    body = root.find("body")
    scans = []
    real = funding._lacks_funding_words
    monkeypatch.setattr(funding, "_lacks_funding_words", lambda tree: scans.append(tree) or real(tree))
    memo = BlockMemo()
    assert find_statements(root, whole_page=True, memo=memo) == [statement] and scans == []
    assert find_statements(body, memo=memo) == [statement] and scans == [body]  # found: confirmed
    plain = parse_html(f"<html><body><p>{story}</p><p>{story[::-1]}</p></body></html>").find("body")
    scans.clear()
    assert find_statements(plain, memo=BlockMemo(gated={story: False})) == [] and scans == []  # none: no scan
    # a block the memo calls a statement, in a body whose text lacks every funding word: the scan's answer
    told = BlockMemo(gated={story: True}, kinds={story: "statement"})
    assert find_statements(plain, memo=told) == [] and scans == [plain]
    assert find_statements(plain) == [] and scans == [plain, plain]  # no memo: the scan comes first


@pytest.mark.parametrize("html", [
    "<html><head><title>A</title></head><body><div><p>Words here.</p><body><p>more</p></body></div></body></html>",
    "<div><p>A fragment with no body of its own.</p></div>",
    "<html><body></body></html>",
])
def test_the_page_body_is_the_first_body_an_iteration_finds(html: str) -> None:
    """funding._FIRST_BODY finds, without walking the page after it, the <body> a whole-page search reads."""
    from cleanpage.funding import _FIRST_BODY

    root = parse_html(html)
    for tree in (root, *root.iter("body", "div")):
        assert next(iter(_FIRST_BODY(tree)), tree) is next(tree.iter("body"), tree)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("fundsportgAé基金 \n"), max_size=30))
@example("sponsor")
@example("基金")
@example("soutien")
def test_holding_a_gate_word_answers_as_the_words_found(text: str) -> None:
    from cleanpage.funding import _holds_gate_word, _words_in

    assert _holds_gate_word(text) == bool(_words_in(text))


def test_a_typographic_mark_opens_only_the_gate_words_holding_it() -> None:
    """funding._GATE_GROUPS: a word of ASCII letters and a curly apostrophe ("ko‘mag") is a group of its
    own, so that an English page's curly quotes do not open the other scripts' group; what the gate
    finds is what a scan for every word finds."""
    from cleanpage.funding import _GATE_GROUPS, _GATE_WORDS, _holds_gate_word, _words_in

    marked = [words for chars, words, _ in _GATE_GROUPS if chars is not None and chars("ko‘mag")]
    assert marked == [("ko‘mag",)]
    for text in ("it‘s supported by the trust", "ko‘mag bilan", "‘quoted’ but nothing else", "при поддержке ‘фонда’"):
        assert _words_in(text) == tuple(word for word in _GATE_WORDS if word in text)
        assert _holds_gate_word(text) == any(word in text for word in _GATE_WORDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["fund", "förder", "ko‘mag", "kinh phí", "基金", "stöd", "zoë", "it’s", "paid for",
                                 "co-fund", "tài trợ", "a", "\n"]), max_size=8))
def test_the_other_scripts_groups_are_read_off_the_words_past_ascii(pieces: list[str]) -> None:
    """funding._words_in looks for a group of words with a character past ASCII (its characters, then its
    words of one piece) only among the text's distinct words that have one: it finds what a scan of the
    whole text for every word finds, and its groups' character tests read no word of ASCII alone."""
    from cleanpage import funding

    text = " ".join(pieces)
    read: list[str] = []
    groups = tuple((None if chars is None else lambda low, chars=chars: read.append(low) or chars(low), words, spaced)
                   for chars, words, spaced in funding._GATE_GROUPS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(funding, "_GATE_GROUPS", groups)
        found = funding._words_in(text)
    assert found == tuple(word for word in funding._GATE_WORDS if word in text)
    assert all(not token.isascii() for low in read for token in low.split())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abé ‘", max_size=4), max_size=8))
@example(["finansow", "finans", "fund", "finans", ""])
def test_the_words_holding_no_other_are_those_no_other_word_is_in(words: list[str]) -> None:
    """funding._holding_no_other: each word looked for in all of them joined keeps the words that
    a test of each word against every other keeps (repeated words and the empty word too)."""
    from cleanpage.funding import _holding_no_other

    words = tuple(words)
    assert _holding_no_other(words) == tuple(word for word in words
                                             if not any(other != word and other in word for other in words))


def test_an_alternation_is_written_as_before_its_shortcut() -> None:
    """patterns.alternation writes a group of one word without looking for an opening: the same
    pattern, character for character, so the compiled-pattern cache's keys stay the same."""
    assert alternation(["published", "publicado", "pub", "date", "d.", "", ""]) == \
        r"pub(?:li(?:shed|cado)|)|d(?:ate|\.)||"
    assert alternation(["updated"]) == "updated"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aeéèñÅ\u0301\u0308ıłμάίσ", max_size=8))
@example("octobre")
@example("décembre")
@example("μαρτίου")
def test_a_month_name_unaccented_loses_its_combining_marks(word: str) -> None:
    """metadata.date._unaccented: an ASCII word (after decomposition) is returned as it is; any other
    loses the combining characters of its decomposed form."""
    import unicodedata

    from cleanpage.metadata.date import _unaccented

    decomposed = unicodedata.normalize("NFD", word)
    assert _unaccented(word) == "".join(char for char in decomposed if not unicodedata.combining(char))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="etaxz -é1жκ", max_size=10), st.integers(min_value=1, max_value=6))
@example("updated", 5)
@example("actualización", 5)
def test_a_rare_piece_starts_at_the_first_of_the_rarest_starts(word: str, length: int) -> None:
    """patterns.rare_piece reads each start's rarity once and takes the first of the rarest: the
    piece the largest (rarity, earliest start) names."""
    from cleanpage.patterns import _rarity, rare_piece

    if len(word) <= length:
        assert rare_piece(word, length) == word
        return
    at = max(range(len(word) - length + 1), key=lambda start: (_rarity(word[start]), -start))
    assert rare_piece(word, length) == word[at:at + length]


def test_text_families_are_looked_for_in_the_body_only_when_asked() -> None:
    from cleanpage.content import _Families

    families = _Families("sign up for our weekly newsletter. photo: the river at dawn.")
    assert families.found == {}  # nothing scanned before a block asks
    assert "promo" in families and "photo-credit" in families and "paywall" not in families
    assert families.found == {"promo": True, "photo-credit": True, "paywall": False}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(block=st.text(alphabet=st.sampled_from("abo suciptrewlnhm阅读ت"), max_size=40),
       body=st.text(alphabet=st.sampled_from("abo suciptrewlnhm阅读ت"), max_size=60),
       name=st.sampled_from(("affiliate", "paywall", "promo", "credit", "photo-credit")))
@example(block="subscribe now", body="please subscribe now", name="promo")
@example(block="阅读全文", body="阅读", name="paywall")
@example(block="subscribe", body="sub scribe, newsletter", name="promo")  # a word joined across a removed block
def test_a_block_and_its_body_hold_a_family_word_as_each_scanned_whole(block: str, body: str, name: str) -> None:
    from cleanpage.content import _Families
    from cleanpage.rules import NON_LATIN_RE, PAYWALL_SCRIPT_WORDS, TEXT_FAMILIES

    block_words = {"paywall": [w for w in TEXT_FAMILIES["paywall"] if w not in PAYWALL_SCRIPT_WORDS
                               or NON_LATIN_RE.search(block)]}.get(name, TEXT_FAMILIES[name])
    families = _Families(body)
    expected = any(w in block for w in block_words) and any(w in body for w in TEXT_FAMILIES[name])
    assert families.held(name, block) == expected
    assert families.held(name, block) == expected  # the block's text read once, then remembered


def test_a_block_word_the_body_holds_spares_the_scan_of_the_family() -> None:
    from cleanpage.content import _Families

    class Body(str):
        scanned: list[str] = []

        def __contains__(self, word: object) -> bool:
            Body.scanned.append(word)
            return super().__contains__(word)

    families = _Families(Body("the river at dawn. sign up for our newsletter"))
    assert families.held("promo", "sign up for our newsletter")
    assert Body.scanned == ["newsletter"]  # not every promo word before it


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.text(alphabet=st.sampled_from("abo suciptrewlnhm阅读ت"), min_size=1, max_size=40),
                      max_size=6),
       name=st.sampled_from(("affiliate", "paywall", "promo", "credit", "photo-credit", "comment-note")))
@example(texts=["news of the harbour", "the harbour"], name="promo")
@example(texts=["sign up for our newsletter", "for our newsletter"], name="promo")
@example(texts=["ت the harbour", "the harbour", "阅读全文"], name="paywall")
def test_a_block_word_is_found_where_a_scan_of_the_words_finds_one(texts: list[str], name: str) -> None:
    """Searched with one pattern, and after any texts read before (a text inside one that held
    none is not searched): a word is found where a scan of the words, one by one, finds one."""
    from cleanpage.content import _Families
    from cleanpage.rules import BLOCK_WORDS, NON_LATIN_RE, PAYWALL_SCRIPT_WORDS

    families = _Families(" ".join(texts))
    for text in texts + [t[1:] for t in texts] + [t[:-1] for t in texts]:
        if text:
            words = [*BLOCK_WORDS[name], *(PAYWALL_SCRIPT_WORDS if name == "paywall" and NON_LATIN_RE.search(text) else ())]
            word = families.word_in(name, text)
            assert (word is not None) == any(w in text for w in words)
            assert word is None or (word in text and word in words)


def test_a_text_inside_one_without_a_family_word_is_not_scanned_for_its_words() -> None:
    from cleanpage.content import _Families

    class Text(str):
        looked_for: list[str] = []

        def __contains__(self, word: object) -> bool:
            Text.looked_for.append(word)
            return super().__contains__(word)

    families = _Families("the ferry left at noon. the crew waved from the deck.")
    assert families.word_in("promo", Text("the ferry left at noon. the crew waved from the deck.")) is None
    Text.looked_for.clear()
    assert families.word_in("promo", Text("the crew waved")) is None
    assert Text.looked_for == ["the crew waved"]  # one look into the block around it, no word scanned for


def test_a_text_without_any_rule_word_is_searched_once_for_all_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import content
    from cleanpage.rules import BLOCK_WORDS

    searched: list[str] = []
    real = content.block_words_re
    monkeypatch.setattr(content, "block_words_re", lambda rule: searched.append(rule) or real(rule))
    families = content._Families("the ferry left at noon. the crew waved from the deck.")
    plain = "the ferry left at noon. the crew waved from the deck."
    assert all(families.word_in(rule, plain) is None for rule in BLOCK_WORDS)
    assert searched == []  # one search of all the words, none rule by rule
    text = "the crew waved. sign up for our newsletter at the deck."
    assert families.word_in("promo", text) in BLOCK_WORDS["promo"]
    assert searched == []  # the one search found a promo word: the rule needs no search of its own
    assert families.word_in("credit", text) is None
    assert searched == ["credit"]  # searched, over the stretch around the words found


def test_the_next_rules_of_a_text_without_any_rule_word_are_answered_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """content._Families: once a text held no rule's word, a block's next rules are answered None
    without a look of their own; the paywall's script words are still looked for in a text that is not ASCII."""
    from cleanpage import content
    from cleanpage.rules import BLOCK_WORDS, PAYWALL_SCRIPT_WORDS

    families = content._Families("the ferry left at noon.")
    plain = "the ferry left at noon."
    assert families.word_in("affiliate", plain) is None
    looked: list[str] = []
    monkeypatch.setattr(families, "_inside_wordless", lambda rule, low: looked.append(rule) or False)
    assert all(families.word_in(rule, plain) is None for rule in BLOCK_WORDS)
    assert looked == []
    script = f"渡轮中午开船，{PAYWALL_SCRIPT_WORDS[0]}全文"
    assert families.word_in("affiliate", script) is None
    assert families.word_in("paywall", script) == PAYWALL_SCRIPT_WORDS[0]


def test_a_rule_word_inside_another_rules_match_is_found() -> None:
    """One pass over all the rules' words may match a longer word of one rule over a word of
    another ("already a subscriber" over "subscribe"): the other rule's search still finds it."""
    from cleanpage.content import _Families
    from cleanpage.rules import ALL_BLOCK_WORDS_RE

    text = "log in here: already a subscriber? read on."
    words, _, _ = ALL_BLOCK_WORDS_RE.words_in(text)
    assert "subscribe" not in words  # the pass matched the paywall's phrase over the promo word
    families = _Families(text)
    assert families.word_in("promo", text) == "subscribe"
    assert families.word_in("paywall", text) == "already a subscriber"


ALL_RULE_WORDS = sorted({word for words in BLOCK_WORDS.values() for word in words})


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("abo sucriptewlnhmgyd?阅读ت"), max_size=60),
       pieces=st.lists(st.sampled_from(ALL_RULE_WORDS), max_size=3))
@example(text="", pieces=["already a subscriber", "signing up"])
@example(text="x", pieces=["abonneer", "berlangganan?"])
def test_a_rules_search_over_the_stretch_of_the_words_found_is_its_search_whole(text: str, pieces: list[str]) -> None:
    """WordSearch.words_in's stretch: each rule's search there finds a word where its search of
    the whole text does, and each word the pass found is one the text holds."""
    from cleanpage.rules import ALL_BLOCK_WORDS_RE, block_words_re

    text = " ".join([text, *pieces])
    held = ALL_BLOCK_WORDS_RE.words_in(text)
    assert (held is None) == (ALL_BLOCK_WORDS_RE.search(text) is None)
    for rule in BLOCK_WORDS:
        whole = block_words_re(rule).search(text) is not None
        if held is None:
            assert not whole
            continue
        words, start, end = held
        assert all(word in text for word in words)
        assert (block_words_re(rule).search(text, start, end) is not None or not set(words).isdisjoint(BLOCK_WORDS[rule])) == whole


def test_the_tidy_walk_reads_a_block_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A short <div> (a possible table of contents' title, a link list) has its text read once by
    the walk and its rules, not again for each look."""
    from cleanpage import content, parse
    from cleanpage.model import Options

    body = parse_html("<html><body><div><p>The ferry office opens at eight and closes at six, every day.</p>"
                      "<div id='box'><a href='/a'>Timetable</a> and <a href='/b'>fares</a></div>"
                      "</div></body></html>").find("body")
    box = body.find(".//div[@id='box']")
    reads = []
    real = parse.Element.text_content
    monkeypatch.setattr(parse.Element, "text_content", lambda el: (el is box and reads.append(1)) or real(el))
    walk = content._TidyWalk(None, Options(), content._Families(body.text_content().lower()), False, 100, [],
                             content._AuthorPanes(body), body)
    walk.run([box], frozenset())
    assert reads == [1]


def test_a_box_without_a_paywall_heading_leaves_the_body_unscanned_for_paywall_words() -> None:
    from cleanpage.content import _Families, _tidy_rule

    box = parse_html("<html><body><div><p>Plans from ten euros.</p><p>Cancel at any time.</p></div></body></html>")
    families = _Families("plans from ten euros. cancel at any time.")
    assert _tidy_rule(box.find(".//div"), None, cleanpage.Options(), families) is None
    assert "paywall" not in families.found



def _counts_by_definition(text: str) -> dict[str, int]:
    """Each word's count, less its capitalised occurrences that open a sentence (_opens_sentence)."""
    counts: dict[str, int] = {}
    for m in WORD_RE.finditer(text):
        if not (m.group()[:1].isupper() and _opens_sentence(text, m.start())):
            counts[m.group()] = counts.get(m.group(), 0) + 1
    return counts


@settings(max_examples=250, deadline=None)
@example("Ab")
@example(" Ab")
@example("  Ab")
@example("   Ab")
@example("x   Ab")
@example("x  Ab")
@example("x. Ab")
@example("x.  Ab")
@example("x.   Ab")
@example("“Ab")
@example("x,Ab")
@example("x—\u00a0\u2003Ab")
@given(st.text(alphabet=st.sampled_from("Aab Éé.!?…“”\"«»„‘’:(—–-,;\n\t\u00a0\u20037_"), max_size=40))
def test_sentence_opening_words_are_counted_as_the_definition(text: str) -> None:
    index = NameIndex(text)
    index.common_words_dropped([])
    assert {word: n for word, n in index.counts.items() if n} == _counts_by_definition(text)


STREAMED_PAGES = [
    "<div id='S:0' hidden><p>late</p></div><template id='B:0'></template>",
    "<div id='afph1'>x</div><div id='af1' style='display:none'><p>y</p></div><span id='afph1'></span>",
    "<section id='S:1'><div id='S:2'><div id='af'></div></div></section><div id='s:3'></div><div>no id</div>",
    "<p>none at all</p>",
]


@pytest.mark.parametrize("markup", STREAMED_PAGES)
def test_streamed_parts_are_what_the_xpath_finds(markup: str) -> None:
    from cleanpage.streamed import _streamed

    xpath = lxml.etree.XPath('//div[starts-with(@id, "S:") or starts-with(@id, "af")]')
    root = parse_html(f"<html><body><div id='S:9'>{markup}</div></body></html>")
    for el in root.iter():
        assert _streamed(el) == xpath(el)  # from any element: the whole document's


def test_thread_starter_skips_the_body_own_item_type() -> None:
    from cleanpage.metadata.byline import _thread_starter

    body = parse_html("<html><body itemscope itemtype='https://schema.org/Question'>"
                      "<div itemscope itemtype='https://schema.org/DiscussionForumPosting'>"
                      "<span itemprop='author'><span itemprop='name'>jane_d</span></span></div>"
                      "</body></html>").find("body")
    assert _thread_starter(body) == ["jane_d"]  # the body's own type is not the first post's


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("tackfundingdanksagung remerciements 基金資金 "), max_size=40))
def test_heading_gate_past_the_gate_words_answers_as_the_whole(text: str) -> None:
    from cleanpage import funding

    gate_words, whole, past_gate = funding._GATE_WORDS, funding._heading_words(), funding._heading_words_past_gate()

    low = text.lower()
    if not funding._words_in(low):  # the body's search asks only where the text holds no gate word
        assert has_required(low, past_gate) == has_required(low, whole)
    assert sum(map(len, past_gate)) < sum(map(len, whole))
    assert not any(gate in word for words in past_gate for word in words for gate in gate_words)


def test_duplicates_read_a_wrapper_key_from_its_parent() -> None:
    from cleanpage.content import _duplicates

    story = "The river rose by two metres overnight, and the town's lower streets were under water by dawn."
    root = parse_html(f"<html><body><div id='c'><div><div class='a'><div><p>{story}</p></div></div>"
                      f"<div class='b'><section><p>{story}</p></section></div>"
                      f"<div class='c'>Before it: {story}<section class='d'><p>{story}</p></section></div>"
                      "</div></div></body></html>")
    found = _duplicates(root.get_element_by_id("c"))
    # the second copy's outermost block; in the third, the wrapper holding more text is no copy, its inner block is
    assert [(el.tag, el.get("class")) for el in found] == [("div", "b"), ("section", "d")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("1. )§FundigAckowlemtsSupr/bytakTAK基金致谢Kſ "), max_size=30))
@example("Funding")
@example("2. Acknowledgements")
@example("Supported by")
@example("Share")
@example("Home")
@example("fUNDING")
def test_short_heading_memo_answers_as_the_pattern(text: str) -> None:
    from cleanpage.funding import SHORT_HEADINGS, _is_short_heading

    joined = re.compile("|".join(f"(?:{heading.pattern})" for heading in SHORT_HEADINGS), re.IGNORECASE)
    assert _is_short_heading(text) == (joined.match(text) is not None)
    assert _is_short_heading(text) == (joined.match(text) is not None)  # now from the memo


def _opening_pairs(pattern: re.Pattern[str]) -> set[str]:
    """The two ASCII characters every string `pattern` matches may open with (a string of two
    characters or more), read off its parse: each single-character item is matched against
    every ASCII character under the pattern's flags (its case folding), repeats unrolled up to
    two characters, zero-width items passed over."""
    import re._constants as sre
    import re._parser as parser

    tree = parser.parse(pattern.pattern, pattern.flags)
    chars: dict[str, frozenset[str]] = {}

    def one(op, arg) -> frozenset[str]:
        key = repr((op, arg))
        if key not in chars:
            item = re._compiler.compile(parser.SubPattern(tree.state, [(op, arg)]), tree.state.flags)
            chars[key] = frozenset(c for c in map(chr, range(128)) if item.fullmatch(c))
        return chars[key]

    def sequence(items, room: int) -> tuple[set, set]:  # (prefixes `room` long, shorter whole matches)
        full, short = set(), {()}
        for op, arg in items:
            grown: set = set()
            for head in short:
                more_full, more_short = item(op, arg, room - len(head))
                full |= {head + tail for tail in more_full}
                grown |= {head + tail for tail in more_short}
            short = grown
        return full, short

    def item(op, arg, room: int) -> tuple[set, set]:
        if room == 0:
            return {()}, set()
        if op is sre.AT:
            return set(), {()}
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            return ({(one(op, arg),)}, set()) if room == 1 else (set(), {(one(op, arg),)})
        if op is sre.SUBPATTERN:
            return sequence(arg[-1], room)
        if op is sre.BRANCH:
            found = [sequence(branch, room) for branch in arg[1]]
            return set().union(*(f for f, _ in found)), set().union(*(s for _, s in found))
        assert op in (sre.MAX_REPEAT, sre.MIN_REPEAT), op
        low, high, repeated = arg
        found = [sequence(list(repeated) * times, room) for times in range(low, max(low, min(high, room)) + 1)]
        return set().union(*(f for f, _ in found)), set().union(*(s for _, s in found))

    full, short = sequence(list(tree), 2)
    assert all(not any(head) for head in short if len(head) < 2)  # no ASCII string under two characters matches
    return {first + second for first_chars, second_chars in full for first in first_chars for second in second_chars}


def test_heading_starts_are_every_pair_of_letters_a_short_heading_opens_with() -> None:
    from string import ascii_letters

    from cleanpage.funding import HEADING_STARTS, SHORT_HEADINGS

    opening = set().union(*(_opening_pairs(heading.compiled) for heading in SHORT_HEADINGS))
    pairs = {first + second for first in ascii_letters for second in ascii_letters}
    assert {pair for pair in pairs if pair.lower() in HEADING_STARTS} == opening & pairs


def test_a_text_opening_with_other_letters_is_told_without_the_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import funding

    class Unread:
        def match(self, text: str) -> None:
            raise AssertionError(f"pattern read for {text!r}")

    monkeypatch.setattr(funding, "SHORT_HEADINGS", (Unread(),))
    monkeypatch.setattr(funding, "_LOWER_SHORT_HEADINGS", (Unread(),))  # (their case-sensitive copies, read first)
    for text in ("Home", "Share this", "About us", "Wir"):
        assert funding._is_short_heading.__wrapped__(text) is False
    with pytest.raises(AssertionError):  # an opening a heading has, numbering, another script: read
        funding._is_short_heading.__wrapped__("Funders")


def test_short_headings_are_judged_once_across_searches() -> None:
    from cleanpage.funding import _is_short_heading

    _is_short_heading.cache_clear()
    page = parse_html("<html><body><article><p>Story text that runs on for a while here.</p>"
                      "<div>Funding</div><p>This work was supported by the Example Trust.</p>"
                      "</article><div>Menu</div><div>Menu</div></body></html>")
    statements = find_statements(page, whole_page=True)
    assert statements == ["This work was supported by the Example Trust."]
    info = _is_short_heading.cache_info()
    assert (info.hits, info.misses) == (1, 3)  # "Menu" twice, judged once; "Funding" and the statement once


# Pieces of bodies for has_text: what body_to_text skips (scripts, form controls, <br>'s own
# text), reads raw (<pre>, a script inside it too), and drops as blank (spaces, NBSP, zero-width).
HAS_TEXT_PIECES = ("", " ", "\xa0", "\u200b", "\u00ad", "\n\t", "word", ".", "一")
HAS_TEXT_TAGS = ("div", "p", "span", "script", "style", "pre", "button", "td", "li", "br", "noscript", "b",
                 "template", "svg")


@st.composite
def has_text_bodies(draw) -> lxml.etree._Element:
    """A body of nested blocks whose every text and tail is one of HAS_TEXT_PIECES."""
    pieces = st.sampled_from(HAS_TEXT_PIECES)
    root = lxml.etree.Element(draw(st.sampled_from(("div", "pre", "script", "td"))))
    root.text = draw(pieces)
    parents = [root]
    for _ in range(draw(st.integers(0, 8))):
        parent = draw(st.sampled_from(parents))
        child = lxml.etree.SubElement(parent, draw(st.sampled_from(HAS_TEXT_TAGS)))
        child.text, child.tail = draw(pieces), draw(pieces)
        if draw(st.booleans()):
            comment = lxml.etree.Comment("a comment's text is never read")
            comment.tail = draw(pieces)
            parent.append(comment)
        parents.append(child)
    root.tail = draw(pieces)  # the body's tail is not its text
    return root


@given(has_text_bodies())
@example(lxml.html.fragment_fromstring("<div><script>x</script>\u200b<br> </div>"))
@example(lxml.html.fragment_fromstring("<div><pre><script>x = 1</script></pre></div>"))
@example(lxml.html.fragment_fromstring("<div><button>Go</button>.</div>"))
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_has_text_answers_as_the_rendered_text(body: lxml.etree._Element) -> None:
    """clean()'s test of a body (NoContentError when it has none) without rendering its text."""
    assert has_text(body) == bool(body_to_text(body).strip())


LAZY_PAGE = ("<html><head><title>Gauges</title></head><body><nav><a href='/'>Home</a></nav><article>"
             "<h1>Gauges</h1><p>" + "The river gauges rose all night. " * 12 + "</p>"
             "<p>\u201cWe have never seen the water this high in March,\u201d said Ann Lee, the keeper.</p>"
             "<pre>level = 4.2</pre><p>See <a href='/data'>the data</a>.</p></article></body></html>")


def test_an_article_makes_its_body_fields_when_first_read() -> None:
    """clean()'s Article holds the fields read from its body (renderings, quotations), each
    made on first read; it lets the body go once all are read."""
    article = cleanpage.clean(LAZY_PAGE, url="https://example.org/gauges")
    assert article._from_body is not None  # nothing made yet
    assert article.markdown.startswith("The river gauges")
    assert article._from_body is not None  # the rest is still to come
    made = {name: getattr(article, name) for name in FROM_BODY}
    assert article._from_body is None
    eager = Article(**{name: getattr(article, name) for name in JSON_FIELDS}, html=article.html)
    assert article == eager and repr(article) == repr(eager)
    assert made["word_count"] == count_words(made["text"])
    assert "<pre>level = 4.2</pre>" in made["html"] and "[the data](https://example.org/data)" in made["markdown"]
    assert [(quote.speaker, quote.kind) for quote in made["quotes"]] == [("Ann Lee", "inline")]


def test_body_fields_do_not_depend_on_the_order_they_are_read_in() -> None:
    """Making one field leaves the body as it was: read in any order, the fields are the same."""
    forward, backward = cleanpage.clean(LAZY_PAGE), cleanpage.clean(LAZY_PAGE)
    first = {name: getattr(forward, name) for name in FROM_BODY}
    last = {name: getattr(backward, name) for name in reversed(FROM_BODY)}
    assert first == last and forward == backward


def test_a_pickled_article_is_made_and_plain() -> None:
    """Pickling (process pools, Dask) reads every field: the copy needs no body."""
    copy = pickle.loads(pickle.dumps(cleanpage.clean(LAZY_PAGE)))
    assert copy._from_body is None and copy == cleanpage.clean(LAZY_PAGE)
    assert copy.html == cleanpage.clean(LAZY_PAGE).html and copy.quotes == cleanpage.clean(LAZY_PAGE).quotes
    with pytest.raises(FrozenInstanceError):
        copy.text = "changed"  # type: ignore[misc]


def test_a_replaced_article_still_makes_its_body_fields_when_read() -> None:
    """model.replaced answers as dataclasses.replace, and leaves what was not made yet to be
    made on first read (a batch sets every Article's source: that must not render all formats)."""
    fresh, half_read = cleanpage.clean(LAZY_PAGE), cleanpage.clean(LAZY_PAGE)
    markdown = half_read.markdown
    for article in (fresh, half_read):
        copy = replaced(article, source="page.html", date="2024-03-05")
        assert copy._from_body is not None and copy.source == "page.html" and copy.date == "2024-03-05"
        assert copy == replace(cleanpage.clean(LAZY_PAGE), source="page.html", date="2024-03-05")
        assert copy.markdown == markdown and copy.html == cleanpage.clean(LAZY_PAGE).html
    assert replaced(fresh, text="set") == replace(fresh, text="set")  # a body field given: replace itself


PANEL_PAGES = [
    ("<div class='tabs'><div role='tabpanel' id='p1'><p>first</p></div>"
     "<div role='tabpanel' hidden><div role='tabpanel'><p>nested</p></div></div></div><p>after</p>"),
    "<section><p>no panel here</p><div role='tab'>a tab, no panel</div></section>",
    "<div role='tabpanel'><span>alone</span></div>",
]


@pytest.mark.parametrize("markup", PANEL_PAGES)
def test_tab_panels_under_an_element_are_what_the_xpath_finds(markup: str) -> None:
    from cleanpage.boilerplate import TabPanels

    body = parse_html(f"<html><body>{markup}</body></html>").find("body")
    panels = TabPanels(body)
    xpath = lxml.etree.XPath("descendant-or-self::*[@role='tabpanel']")
    for el in body.iter():
        assert panels.under(el) == xpath(el)  # itself included, in document order
    assert panels.any == bool(xpath(body))  # asked once for the whole body


@pytest.mark.parametrize("markup", PANEL_PAGES)
def test_panel_presence_is_what_the_element_xpath_finds(markup: str) -> None:
    from cleanpage.boilerplate import PANEL_ROLES_XPATH

    body = parse_html(f"<html><body>{markup}</body></html>").find("body")
    xpath = lxml.etree.XPath("descendant-or-self::*[@role='tabpanel']")
    for el in body.iter():
        assert bool(PANEL_ROLES_XPATH(el)) == bool(xpath(el))


def test_a_tab_set_in_a_menu_is_looked_for_after_the_page_is_asked() -> None:
    """The page's panels are asked first (once): a block of a page without any needs no look up
    its ancestors, even in a <nav>."""
    from cleanpage.boilerplate import TabPanels, _holds_tab_panel

    body = parse_html("<html><body><nav><ul class='menu-tabs'><li>Ferries</li></ul></nav>"
                      "<p>The harbour timetable changes on Monday.</p></body></html>").find("body")
    panels = TabPanels(body)
    assert not _holds_tab_panel(body.find(".//ul"), panels)
    assert panels.any is False


ATTRIBUTE_NAMES = ("class", "id", "data-testid", "role", "style", "hidden", "aria-hidden", "aria-modal", "href",
                   "tabindex", "title")
ATTRIBUTE_VALUES = ("cookie-banner", "modal", "sidebar hidden-xs", "pullquote", "dialog", "banner", "doc-endnotes",
                    "navigation", "display:none", "display: block", "true", "false", "-1", "", "story-body",
                    "newsletter signup", "related-links")


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.sampled_from(ATTRIBUTE_NAMES), st.sampled_from(ATTRIBUTE_VALUES), max_size=4))
def test_attribute_rule_without_state_attributes_answers_as_every_test(attributes: dict[str, str]) -> None:
    """An element with no state attribute (hidden, aria-*, style, role) is read for its words only:
    the answer of every test in turn, which a `keys` naming a state attribute makes it take."""
    from cleanpage.boilerplate import _attribute_rule

    el = lxml.html.Element("div", attributes)
    assert _attribute_rule(el.attrib) == _attribute_rule(el.attrib, [*el.attrib.keys(), "role"])
    assert _attribute_rule(el.attrib, el.attrib.keys()) == _attribute_rule(el.attrib)


def test_a_short_list_item_is_not_looked_at_for_menus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only an item long enough to be a paragraph is asked whether it is a menu's branch (its
    own text, a part of its text, counts then); what prose_blocks finds is as before."""
    from cleanpage import boilerplate

    asked = []
    real = boilerplate._menu_branch
    monkeypatch.setattr(boilerplate, "_menu_branch", lambda item: asked.append(item) or real(item))
    links = "".join(f"<li><a href='/{i}'>Quay {i} departures and arrivals</a></li>" for i in range(4))
    body = parse_html(
        "<html><body><ul>"
        f"<li id='short'><a href='/a'>Ferries</a><ul><li><a href='/b'>Times</a></li></ul></li>"
        f"<li id='branch'>Crossings <ul>{links}</ul></li>"
        "<li id='prose'>The last boat leaves the north quay at ten tonight, and the first one is back by six tomorrow.</li>"
        "</ul></body></html>").find("body")
    found = {el.get("id") for el in boilerplate.prose_blocks(body)}
    assert found == {"prose"}  # (the branch counts by its own word, "Crossings")
    assert [el.get("id") for el in asked] == ["branch", "prose"]  # never the short items


@pytest.mark.parametrize("markup", [
    "<button aria-expanded='false' aria-controls='a b'>Q</button><div id='a'>A</div>",
    ("<div aria-controls='x'>no state</div><a aria-expanded='true'>no target</a>"
     "<span aria-expanded='true' aria-controls='y'><i aria-controls='z' aria-expanded='false'>in</i></span>"),
    "<p>none</p>",
])
def test_disclosure_openers_are_what_the_element_xpath_finds(markup: str) -> None:
    from cleanpage.boilerplate import OPENERS_XPATH

    root = parse_html(f"<html><head><meta aria-controls='h' aria-expanded='1'></head><body>{markup}</body></html>")
    assert OPENERS_XPATH(root.find("body")) == root.xpath("//*[@aria-expanded][@aria-controls]")


def test_statement_shapes_test_their_smallest_required_sets_first() -> None:
    from cleanpage.funding import _gated_shapes

    assert len(_gated_shapes()) == len(STATEMENT_RES)
    for (required, shape), source in zip(_gated_shapes(), STATEMENT_RES):
        assert [len(words) for words in required] == sorted(len(words) for words in required)
        assert set(required) == set(known_required_words(source, re.IGNORECASE)) and shape.pattern == source


def test_each_shape_is_indexed_under_words_of_one_of_its_required_sets() -> None:
    """A text that holds no word a shape is filed under lacks a word every match of it holds."""
    from cleanpage.funding import BLOCK_BITS, _gated_shapes, _shape_index
    from cleanpage.patterns import WORD_FIRST_LETTER_ORDER

    by_letter, by_block, shapes_by_word, always = _shape_index()
    assert always == ()  # every shape requires some word
    for at, (required, _) in enumerate(_gated_shapes()):
        filed = {word for word, shapes in shapes_by_word.items() if at in shapes}
        assert filed in [set(words) for words in required]
    for letter, words in by_letter:
        assert all(word.isascii() and letter in word for word in words)
        # each word under its rarest letter (WORD_FIRST_LETTER_ORDER's last, the first such in the word)
        assert all(max(word, key=lambda char: WORD_FIRST_LETTER_ORDER.find(char)) == letter for word in words)
    for block, words in by_block.items():
        assert all(any(ord(char) >> BLOCK_BITS == block for char in word) for word in words)
    listed = [word for _, words in by_letter for word in words] + [word for words in by_block.values() for word in words]
    assert sorted(listed) == sorted(shapes_by_word)


@pytest.mark.parametrize("text", [
    "The survey was commissioned by the city.",  # no rarest letter of many words: "k", "j", "z"
    "Diese Studie wurde von der Stiftung gefördert.",  # accents: the Latin block's words only
    "“This project was funded by the Example Trust.”",  # curly quotes: a block no word is filed under
    "该研究由国家基金资助。",
    "Работа выполнена при поддержке гранта фонда.",
])
def test_shape_index_answers_as_the_full_pattern(text: str) -> None:
    assert has_statement_shape(text) == (FUNDING_STATEMENT_RE.search(text) is not None)


def test_candidate_link_density_is_the_tree_link_density() -> None:
    """Nested candidates share their links: each is measured once, the densities are the tree's."""
    from cleanpage.content import _score
    from cleanpage.tree import link_density

    item = ("<p>The ferry timetable changes on Monday, with two extra crossings at dusk, "
            "<a href='/t'>see the <b>new</b> times</a>, and a later last boat.</p>")
    menu = "<ul>" + "".join(f"<li><a href='/{i}'>Harbour page {i}</a></li>" for i in range(6)) + "</ul>"
    root = parse_html(f"<html><body><div id='w'><div><div class='story'>{item * 4}{menu}</div>"
                      f"<div class='more'>{item * 2}<a href='/x'><span>all</span> news</a></div></div></div>"
                      "</body></html>")
    scores = _score(root.find("body"))
    assert len(scores.raw) >= 4  # the paragraphs' parents and their ancestors
    for node in scores.raw:
        assert scores._link_density(node) == link_density(node)
    assert set(scores.link_chars) == set(root.find("body").iter("a"))  # every link measured, once


def test_scoring_reads_a_leaf_as_its_text_and_own_text_read_it() -> None:
    """content._score reads a leaf's .text itself: a paragraph's whole (its spaces count, as
    text_content gives them), another block's stripped (as own_text gives it)."""
    from cleanpage.content import MIN_PARAGRAPH_CHARS, _score
    from cleanpage.tree import own_text

    words = "x" * (MIN_PARAGRAPH_CHARS - 2)
    root = parse_html(f"<html><body><section id='a'><p>  {words}  </p></section>"
                      f"<section id='b'><div>  {words}  </div></section>"
                      f"<section id='c'><span>  {words}, {words}</span></section></body></html>")
    body = root.find("body")
    assert len(body.find(".//p").text_content()) >= MIN_PARAGRAPH_CHARS > len(own_text(body.find(".//div")))
    raw = _score(body).raw
    assert root.get_element_by_id("a") in raw and root.get_element_by_id("b") not in raw
    assert raw[root.get_element_by_id("c")] > raw[root.get_element_by_id("a")]  # a comma; the inline span, the section's own text


def test_a_candidate_around_one_measured_adds_its_other_children() -> None:
    """content.Scores: a block around a measured one adds its own text, its other children and
    their tails to it (a link among them, itself a link): what reading its whole text gives."""
    from cleanpage.content import Scores
    from cleanpage.tree import link_density

    root = parse_html("<html><body><div id='o'>Lead words <div id='i'><p>The council met late, <a href='/v'>"
                      "the vote</a> passed.</p><p>Nobody spoke.</p></div> tail text <a href='/m'>more "
                      "<b>news</b></a> after <span>the end</span> and <a id='a' href='/z'>one <i>link</i> "
                      "<div id='d'>of <a href='/y'>two</a> parts</div> long</a></div></body></html>")
    inner, outer, link = (root.get_element_by_id(name) for name in ("i", "o", "a"))
    scores = Scores({inner: 10.0, outer: 5.0, link: 1.0, root.get_element_by_id("d"): 1.0})
    for node in (inner, root.get_element_by_id("d"), link, outer):
        assert scores._link_density(node) == link_density(node)
        assert scores.measured[node] == (len(node.text_content()), sum(len(a.text_content()) for a in node.iter("a")))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet="abAB. ſ", min_size=0, max_size=4), max_size=6),
       st.text(alphabet="abAB. ſ\n", max_size=12))
@example(["ab", "a", "abb", ""], "xab")
def test_an_alternation_matches_where_its_words_do(words: list[str], text: str) -> None:
    """patterns.alternation finds a match at every position where the words joined by "|" find one."""
    from cleanpage.patterns import alternation

    for flags in (0, re.IGNORECASE):
        joined = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", flags)
        trie = re.compile(r"\b(?:" + alternation(words) + r")\b", flags)
        for position in range(len(text) + 1):
            found, expected = trie.match(text, position), joined.match(text, position)
            assert (found is None) == (expected is None)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Published", "publicado", "posted", "pub", "Ver", "öffentlicht", "发布", "公開",
                                  " ", ":", "x", "é", "PUBLIÉ", "by"]), max_size=12).map("".join))
def test_the_published_label_trie_finds_the_labels_the_word_list_finds(text: str) -> None:
    from cleanpage.metadata import date
    from cleanpage.patterns import alternation

    words, cjk = date._PUBLISHED_LABEL_WORDS, date._PUBLISHED_LABEL_CJK
    assert alternation(words) in date.PUBLISHED_LABEL_RE.pattern
    joined = re.compile(rf"(?i)(?:\b(?:{'|'.join(words)})\b|{'|'.join(cjk)})")
    found, expected = date.PUBLISHED_LABEL_RE.search(text), joined.search(text)
    assert (found and found.start()) == (expected and expected.start())


def test_the_whole_page_candidate_is_tidied_only_when_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_body's second candidate, the whole page, is copied when made (the choice is taken out
    of the page after) and tidied when first read, once: a page whose choice then wins its region
    never pays for tidying it. The copy's <main> is marked for _landmark_part, the page's is not."""
    from cleanpage import content
    from cleanpage.model import Options

    tidied = []
    real = content.tidy
    monkeypatch.setattr(content, "tidy", lambda el, *args, **kw: tidied.append(el) or real(el, *args, **kw))
    body = parse_html(
        "<html><body><nav><a href='/'>Home</a></nav><main><h1>Harbour hours</h1>"
        "<p id='top'>The ferry office opens at eight and closes at six, every day but Sunday.</p></main>"
        "</body></html>").find("body")
    top = body.find(".//p")
    wide = content._WideCandidate(body, top, "Harbour hours", Options())
    assert tidied == []  # made, not tidied
    assert body.find(".//main").get(content.LANDMARK_MARK) is None
    page, removals = wide.tidied()
    assert page.find(".//main").get(content.LANDMARK_MARK) == ""
    assert wide.tidied() == (page, removals) and tidied == [page]  # tidied once
    assert "ferry office opens" in page.text_content() and page is not body


def test_the_whole_page_is_tidied_to_weigh_a_thread_only_when_its_untidied_copy_leaves_it_open(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Tidying takes sentences away: posts holding REPEATS_WIDE_SHARE of the untidied page's
    sentences hold it of the tidied page's, and posts holding less than TIDIED_PROSE_FLOOR of that
    share cannot; the copy is tidied only for the posts in between, and answers as tidied."""
    from cleanpage import content
    from cleanpage.model import Options

    tidied = []
    real = content.tidy
    monkeypatch.setattr(content, "tidy", lambda el, *args, **kw: tidied.append(el) or real(el, *args, **kw))
    sentence = "The ferry office opens at eight and closes at six, every day of the week but Sunday."
    body = parse_html(f"<html><body><main><h1>Harbour hours</h1><p>{sentence}</p><p>{sentence}</p>"
                      f"<p>{sentence}</p><p>{sentence}</p></main></body></html>").find("body")
    wide = content._WideCandidate(body, body.find(".//p"), "Harbour hours", Options())
    whole = content.prose_chars(body)
    assert wide.outweighed_by(whole) and not wide.outweighed_by(len(sentence)) and tidied == []
    between = int(content.REPEATS_WIDE_SHARE * whole) - 1
    assert wide.outweighed_by(between) is (between >= content.REPEATS_WIDE_SHARE
                                           * content.prose_chars(wide.tidied()[0]))
    assert tidied == [wide.page]


def test_the_choice_is_not_tidied_when_the_page_beats_it_whatever_is_left(monkeypatch: pytest.MonkeyPatch) -> None:
    """A section far under the page's headline gives way to the whole page, however tidying
    leaves it (_far_under_headline): only the whole page's copy is tidied, not the choice."""
    from cleanpage import content
    from cleanpage.model import Options

    tidied = []
    real = content.tidy
    monkeypatch.setattr(content, "tidy", lambda el, *args, **kw: tidied.append(el) or real(el, *args, **kw))
    monkeypatch.setattr(content, "_far_under_headline", lambda chosen, body: True)
    root = parse_html(
        "<html><body><h1>Harbour hours</h1><div><p>Ferries leave from the north pier.</p></div>"
        "<div><h2>Questions</h2><p>When does the office open? The ferry office opens at eight and "
        "closes at six, every day of the week but Sunday, and on holidays it keeps the Sunday hours."
        "</p></div></body></html>")
    body = content.find_body(root, "Harbour hours", Options(), [])
    assert body is not None and "north pier" in body.text_content() and "office opens" in body.text_content()
    assert len(tidied) == 1 and "north pier" in tidied[0].text_content()


@settings(max_examples=300, deadline=None)
@given(line=st.text(alphabet=st.sampled_from("aiglnpeos tfwhkcbyu微信ت"), max_size=40))
@example(line="follow us on telegram")
@example(line="the pipeline is online")
def test_a_network_word_is_found_where_a_scan_of_the_words_finds_one(line: str) -> None:
    from cleanpage.rules import FOLLOW_NETWORK_WORDS, FOLLOW_NETWORK_WORDS_RE

    assert (FOLLOW_NETWORK_WORDS_RE.search(line) is not None) == any(w in line for w in FOLLOW_NETWORK_WORDS)


@settings(max_examples=300, deadline=None)
@given(key=st.text(alphabet=st.sampled_from("ab :?(07٣９ )"), max_size=20))
def test_a_label_character_is_found_where_a_test_per_character_finds_one(key: str) -> None:
    from cleanpage.rules import LABEL_RE_CHARS_RE

    assert (LABEL_RE_CHARS_RE.search(key) is not None) == any(c in key for c in "(:?0123456789")


_STATE_LINES = (
    "ann, bo and 3 guests are viewing this topic.", "users browsing this thread: 2 guest(s)",
    "there are currently 2 users browsing this thread. (0 members and 2 guests)",
    "mitglieder in diesem forum: keine", "oven trips the breaker (read 412 times)", "(412-mal gelesen)",
    "(einmal gelesen)", "查看: 3187|回复: 24", "查看:12|5", "(score:2, insightful)",
    "the ferry and 2 vans are viewing this board", "read 4 times", "viewing this topic: 3",
)


@settings(max_examples=200, deadline=None)
@given(line=st.one_of(st.sampled_from(_STATE_LINES),
                      st.text(alphabet=st.sampled_from("ae ri:()1查看|gstdnvw"), max_size=40)))
def test_a_thread_state_hint_is_held_by_every_line_its_pattern_takes(line: str) -> None:
    from cleanpage.rules import (READ_COUNT_ROW_END, READ_COUNT_ROW_OPENING, READ_COUNT_ROW_RE, VIEWERS_LINE_HINT_RE,
                                 VIEWERS_LINE_RE, is_thread_state_line)

    if VIEWERS_LINE_RE.match(line) is not None:
        assert VIEWERS_LINE_HINT_RE.search(line) is not None
    if READ_COUNT_ROW_RE.search(line) is not None:
        assert line.endswith(READ_COUNT_ROW_END) or line.startswith(READ_COUNT_ROW_OPENING)
    if line in _STATE_LINES[:-3]:
        assert is_thread_state_line(line)


def test_the_viewers_line_pattern_runs_only_on_a_line_that_holds_its_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """is_thread_state_line asks VIEWERS_LINE_RE only of a line that holds a string of each set
    the pattern requires (patterns.required_words, read from the pattern itself); the lines it
    matches still pass."""
    from cleanpage import rules

    viewers = ["Ann and 3 guests are viewing this topic.", "Users browsing this forum: Ann, Bo",
               "Ana y 2 invitados están viendo este tema"]
    assert all(rules.is_thread_state_line(line) for line in viewers)
    asked = []

    class Counting:
        def match(self, line):  # no match: the line is read as no viewers line
            asked.append(line)

    monkeypatch.setattr(rules, "VIEWERS_LINE_RE", Counting())
    assert not rules.is_thread_state_line("Entry 4 of the log: the ferry ran at 6 and 3 more came.")
    assert asked == []
    rules.is_thread_state_line(viewers[0])
    assert asked == [viewers[0].lower()]


def test_the_tidy_walk_asks_what_a_block_holds_without_elementpath(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import content
    from cleanpage.parse import Element

    find = Element.find

    def no_find(self, path, namespaces=None):
        assert not path.startswith(".//"), f"ElementPath find({path!r}) asked of a block"
        return find(self, path, namespaces)

    page = parse_html("<html><body><div class='feature pullquote'><p>The ferry runs at dawn, said the pilot.</p></div>"
                      "<div class='profile'>Ann Lee<dl><dt>Posts</dt><dd>12</dd></dl></div>"
                      "<div> <span> </span> </div><section>\n</section><svg><text>3</text></svg>"
                      "<p>The harbour board met on Tuesday, and agreed the new timetable for the winter months.</p>"
                      "</body></html>")
    monkeypatch.setattr(Element, "find", no_find)
    cleanpage.boilerplate.strip(page, cleanpage.Options())
    body = next(page.iter("body"))
    content.tidy(body, None, cleanpage.Options(), [])
    assert "new timetable" in body.text_content() and "<section>" not in lxml.etree.tostring(body, encoding=str)


class _Events:
    """What tags.walk hands its writer, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str]] = []

    def enter(self, el, tag):
        assert tag == el.tag  # the tag the walk read, handed over (a writer does not read it again)
        self.events.append(("enter", tag))
        if tag in ("script", "pre"):
            return SKIP
        return lambda: self.events.append(("exit", tag))

    def text(self, text: str) -> None:
        self.events.append(("text", text))


def test_walk_hands_the_tag_and_every_text_and_tail_in_order() -> None:
    body = parse_html("<html><body><div>a<p>b<b>c</b>d</p>e<script>x</script>f<pre>g</pre>h"
                      "</div>i</body></html>").find("body")
    note = lxml.etree.Comment("note")
    body[0].insert(0, note)
    note.tail = "z"  # a comment's tail is text; the comment itself is not entered
    seen = _Events()
    walk(body, seen.enter, seen.text)
    assert seen.events == [
        ("enter", "body"), ("enter", "div"), ("text", "a"), ("text", "z"), ("enter", "p"), ("text", "b"),
        ("enter", "b"), ("text", "c"), ("exit", "b"), ("text", "d"), ("exit", "p"), ("text", "e"),
        ("enter", "script"), ("text", "f"), ("enter", "pre"), ("text", "h"), ("exit", "div"), ("text", "i"),
        ("exit", "body")]


def _collapse_by_definition(text: str) -> str:
    """Runs of whitespace -> one space, edges kept: the split/join the shortcut stands for."""
    words = text.split()
    if not words:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + " ".join(words) + (" " if text[-1].isspace() else "")


@given(st.text(alphabet=st.sampled_from(" \t\n\xa0\u2003\u200bab\u00e9\x1c"), max_size=12))
@example("")
@example(" ")
@example(" one two ")
@example("one  two")
def test_collapse_spaces_answers_as_split_and_join(text: str) -> None:
    assert collapse_spaces(text) == _collapse_by_definition(text)


def test_whitespace_between_blocks_is_not_tidied_as_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage.serialize import markdown

    tidied = []
    real = markdown._tidy_paragraph
    monkeypatch.setattr(markdown, "_tidy_paragraph", lambda stream: tidied.append(stream) or real(stream))
    body = parse_html("<html><body><div>\n  <p>First  line</p>\n  <p>Second<br> line</p>\n</div></body></html>")
    assert markdown.body_to_markdown(body.find("body")) == "First line\n\nSecond\\\nline"
    assert tidied == ["First line", "Second\n line"]  # the paragraphs only, not the indentation around them


def test_a_link_without_a_picture_is_no_avatar_and_its_text_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage.metadata.byline import _is_dated_avatar
    from cleanpage.parse import Element

    body = parse_html("<html><body><p><span>3 May 2021</span> <a href='/p/1'>Ann Lee</a> "
                      "<a href='/p/2' title='Ann Lee'><img alt='Ann Lee'> Ann Lee</a></p></body></html>")
    plain, pictured = body.iter("a")
    read = []
    real = Element.text_content
    monkeypatch.setattr(Element, "text_content", lambda el: read.append(el) or real(el))
    assert not _is_dated_avatar(plain) and read == []
    assert _is_dated_avatar(pictured) and read == [pictured]


def _labelled_dates_one_by_one(elements) -> list[str]:
    """What _labelled_dates finds, each element's own text searched apart (its definition)."""
    from cleanpage.metadata import date

    found = []
    for element in elements:
        text = element.text
        if not text or len(text) > date.MAX_DATE_TEXT_CHARS or not isinstance(element.tag, str):
            continue
        label = date.PUBLISHED_LABEL_RE.search(text)
        if label and date._is_compact(element):
            day = date._labelled_day(element.text_content()[label.start():][: date.MAX_DATE_TEXT_CHARS])
            following = element.getnext()
            if not day and following is not None and isinstance(following.tag, str) and date._is_compact(following):
                day = date.normalize_date(following.text_content()[: date.MAX_DATE_TEXT_CHARS])
            if day and not any(date._names_a_link(link, link.text_content()) for link in element.iter("a")):
                found.append(day)
    return found


@pytest.mark.parametrize("markup", [
    "<p>Posted</p><p>on 3 May 2021</p>",  # a label alone, its day in the next line
    "<div><span>Home</span><span>News</span><p>Published: 4 June 2022 by the desk</p><p>Posted 5 June 2022</p></div>",
    "<p>Opublikowano 2 May 2020</p><span>data</span><span>publikacji 7 May 2020</span><p>Veröffentlicht am 03.03.24</p>",
    "<p>unposted 1 May 2020, reposted</p><p>posted 2 May 2020</p><p>公開日：2024年3月5日</p>",  # a text's ends bound a word
    "<p>Posted 3 May 2021</p><p>Posted 4 May 2021</p><p>Posted 5 May 2021</p><p>Posted 6 May 2021</p>",
    "<p>nothing here</p><p>nor here</p>",
])
def test_labelled_dates_answer_as_each_text_searched_apart(markup: str) -> None:
    from cleanpage.metadata import date

    elements = list(parse_html(f"<html><body>{markup}</body></html>").find("body").iter())
    assert list(date._labelled_dates(elements, None, False)) == _labelled_dates_one_by_one(elements)


def test_a_window_without_a_publication_label_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window's texts are searched lower-cased and joined, once where none holds a label, not
    once a text (each call's setup is a quarter of a short text's search)."""
    from cleanpage.metadata import date

    searched: dict[str, list[str]] = {"joined": [], "apart": []}

    class Spy:
        def __init__(self, real, calls: list[str]) -> None:
            self.real, self.calls = real, calls

        def search(self, text, *where):
            self.calls.append(text)
            return self.real.search(text, *where)

    monkeypatch.setattr(date, "_LOWER_LABEL_RE", Spy(date._LOWER_LABEL_RE.compiled, searched["joined"]))
    monkeypatch.setattr(date, "PUBLISHED_LABEL_RE", Spy(date.PUBLISHED_LABEL_RE.compiled, searched["apart"]))
    body = parse_html("<html><body>" + "".join(f"<p>Line {n} of the story</p>" for n in range(40))
                      + "<p>Posted on 3 May 2021</p><p>The end</p></body></html>").find("body")
    assert list(date._labelled_dates(body.iter(), None, False)) == ["2021-05-03"]
    assert len(searched["joined"]) == 2  # the joined texts, then past the labelled line
    assert searched["apart"] == ["Posted on 3 May 2021"]


@pytest.mark.parametrize("word", ["published", "veröffentlicht", "yayınlandı", "δημοσιεύθηκε", "опубликовано",
                                  "xuất bản", "ngày đăng", "发布", "公開", "dərc edilib", "פורסם"])
@pytest.mark.parametrize("written", [str.lower, str.upper, str.title, str.capitalize])
def test_the_lower_cased_label_pattern_matches_where_the_label_pattern_does(word: str, written) -> None:
    from cleanpage.metadata import date

    from cleanpage.patterns import lower_folded

    for text in (written(word), f"Home » {written(word)}: 3 May 2021", f"{written(word)}\n"):
        found = date._LOWER_LABEL_RE.search(lower_folded(text))
        assert (date.PUBLISHED_LABEL_RE.search(text) is None) == (found is None)
    assert set(map(lower_folded, date._PUBLISHED_LABEL_WORDS)) <= set(date._LOWER_LABEL_WORDS)


_WINDOW_TEXTS_PAGE = (
    "<html><body><div><span>Accueil</span> › <a href='/'>Actualités</a></div><article><h1>Un titre</h1>"
    "<p class='meta'>Publié le <b>5 mars 2025</b>, mis à jour le 7 mars 2025</p><script>var x = 1;</script>"
    "<!-- a note --><p>Le récit commence ici.</p><p>Aktualisiert: 9. März 2025</p>"
    "<style>p { color: red }</style> after the style<p>" + "x" * 300 + "</p></article></body></html>"
)


def test_the_window_texts_are_what_each_label_search_read_on_its_own_walk() -> None:
    from cleanpage.metadata import date
    from cleanpage.metadata.window import _Window

    window = _Window(parse_html(_WINDOW_TEXTS_PAGE).find(".//h1"))
    elements = list(window.elements())
    own = [(element, text) for element in elements[:date._MAX_LABELLED_DATE_ELEMENTS]
           if (text := element.text) and len(text) <= date.MAX_DATE_TEXT_CHARS and isinstance(element.tag, str)]
    lines = []
    for element in elements:
        if not isinstance(element.tag, str) or element.tag in date.UNSHOWN_TAGS:
            continue
        if (text := element.text) and len(text) <= date.MAX_DATE_TEXT_CHARS:
            lines.append((text, element))
        if (tail := element.tail) and len(tail) <= date.MAX_DATE_TEXT_CHARS and element.getparent() is not None:
            lines.append((tail, element.getparent()))
    texts = date.window_texts(window)
    assert texts.own == own and list(zip(texts.lines, texts.holders)) == lines
    assert ("var x = 1;" in [text for _, text in texts.own]) and ("var x = 1;" not in texts.lines)
    assert date.window_texts(window) is texts  # walked once, kept on the window


def test_the_window_is_walked_once_for_the_publication_and_the_update(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage.metadata import date, update
    from cleanpage.metadata.sources import _Page
    from cleanpage.metadata.window import _Window

    window = _Window(parse_html(_WINDOW_TEXTS_PAGE).find(".//h1"))
    walks = []
    real = _Window.elements
    monkeypatch.setattr(_Window, "elements", lambda self: walks.append(1) or real(self))
    assert date._window_labelled_run(window, True) == ["2025-03-05"]
    assert update.shown_update(window, _Page(), day_first=True) == "2025-03-07"
    assert len(walks) == 1


def test_a_label_further_down_is_read_from_the_element_of_its_short_text() -> None:
    """Further down, the short texts are picked by their lengths in C and a found label's element
    looked up by the text's place among all of the article's texts (long paragraphs between)."""
    from cleanpage.metadata import update
    from cleanpage.metadata.sources import _Page
    from cleanpage.metadata.window import _Window

    story = "".join(f"<p>{'Ein langer Absatz der Geschichte. ' * 8}<em>kurz</em> danach.</p>" for _ in range(130))
    root = parse_html(f"<html><body><article><h1>Ein Titel</h1>{story}<footer><p>Ein Hinweis</p>"
                      "<p><b>Zuletzt aktualisiert:</b> 9. März 2025</p></footer></article></body></html>")
    page = _Page()
    page.articles.append(root.find(".//article"))
    assert update.shown_update(_Window(root.find(".//h1")), page, day_first=True) == "2025-03-09"
    selected = [False, True, True, False, True]
    assert [update._nth(selected, index) for index in range(3)] == [2, 3, 5]


def test_the_update_labels_piece_is_found_wherever_a_label_is() -> None:
    """_labelled_update searches a piece of each label first (_UPDATE_HINT_RE): every label holds
    its piece, so where no piece is found the label search would find nothing."""
    from cleanpage.metadata import update
    from cleanpage.patterns import rare_piece

    for word in update._UPDATE_WORDS:
        assert word.find(rare_piece(word, update._HINT_CHARS)) >= 0
        for text in (word, f"home › {word}: 5 march 2025", f"x{word}y", f"{word}\n"):
            assert update._UPDATE_HINT_RE.search(text) is not None
    assert rare_piece("actualización", 5) == "zació" and rare_piece("updated", 5) == "pdate"
    for text in ("the council met on tuesday", "le conseil s'est réuni mardi", "der rat tagte am dienstag"):
        assert update._UPDATE_HINT_RE.search(text) is None and update._UPDATE_SCAN_RE.search(text) is None


@pytest.mark.parametrize("word", ["published", "veröffentlicht", "yayınlandı", "δημοσιεύθηκε", "опубликовано",
                                  "xuất bản", "ngày đăng", "发布", "公開", "dərc edilib", "פורסם"])
def test_a_publication_labels_piece_is_found_wherever_the_label_is(word: str) -> None:
    """_labelled_dates searches a piece of each label first (_LOWER_LABEL_HINT_RE)."""
    from cleanpage.metadata import date
    from cleanpage.patterns import lower_folded

    for text in (word, f"Home » {word.upper()}: 3 May 2021", f"{word.title()}\n"):
        low = lower_folded(text)
        assert date._LOWER_LABEL_RE.search(low) is not None and date._LOWER_LABEL_HINT_RE.search(low) is not None
    assert all(date._LOWER_LABEL_HINT_RE.search(label) for label in date._LOWER_LABEL_WORDS + date._LOWER_LABEL_CJK)


@pytest.mark.parametrize("classes", ["nick", "post nick", "xnick", "nicks", "nick-name", "user_nickname", "post-author",
                                     "unick", "nick_", "author-box", "vcard fn", "byline", "entry-meta", "", "nick1"])
def test_the_byline_class_pattern_matches_where_its_plain_form_does(classes: str) -> None:
    """_BYLINE_CLASS_RE opens each branch with a letter (the lone "nick" told after its "n")."""
    from cleanpage.metadata import byline

    plain = re.compile(r"author|byline|autor|auteur|fn|user[-_]?name|nick[-_]?name|(?<![a-z])nick(?![a-z])")
    found, expected = byline._BYLINE_CLASS_RE.search(classes), plain.search(classes)
    assert (found and found.span()) == (expected and expected.span())


def test_a_valid_day_is_written_as_strftime_writes_it() -> None:
    from datetime import datetime

    from cleanpage.metadata import date

    for year, month, day in [(1990, 1, 1), (2024, 2, 29), (2025, 12, 31), (2003, 7, 4)]:
        assert date._valid_day(year, month, day) == datetime(year, month, day).strftime("%Y-%m-%d")
    assert date._valid_day(2023, 2, 29) is None and date._valid_day(1989, 5, 5) is None


def test_the_window_markup_climbs_for_a_modified_field_only_from_a_dated_element(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage.metadata import date
    from cleanpage.metadata.window import _Window

    body = parse_html("<html><body><article><h1>A headline</h1><p>By Ann Lee</p><div class='field-changed'>"
                      "<span class='x'>Edited</span><time datetime='2021-05-03'>3 May</time></div>"
                      "<p>The story.</p></article></body></html>").find("body")
    climbed = []
    real = date._is_modified
    monkeypatch.setattr(date, "_is_modified", lambda element: climbed.append(element.tag) or real(element))
    assert date._window_markup(_Window(body.find(".//h1"))) == (None, None)  # the one date is the modification's
    assert climbed == ["time"]


def _lowered_patterns():
    from cleanpage import funding
    from cleanpage.metadata import date

    return [*zip(funding.SHORT_HEADINGS, funding._LOWER_SHORT_HEADINGS), (date.PUBLISHED_LABEL_RE, date._LOWER_LABEL_RE)]


def test_a_lowered_pattern_has_no_upper_case_literal() -> None:
    """patterns.lowered drops re.I: a literal in upper case would then match nothing of a lower-cased text."""
    for _, lower in _lowered_patterns():
        literals = re.sub(r"\\[A-Za-z]", "", lower.pattern)  # \W, \s, \b, \d: classes, not literals
        assert literals == literals.lower()
        assert not lower._flags & re.IGNORECASE


@pytest.mark.parametrize("text", [
    "Funding", "FUNDING SOURCES", "1. Funding", "Acknowledgements", "Competing Interests", "Declarations",
    "FİNANSMAN", "Fınansman", "TEŞEKKÜR", "ΧΡΗΜΑΤΟΔΟΤΗΣΗ", "ФИНАНСИРОВАНИЕ", "Förderung", "Home", "Sponsors & Partners",
    "DƏRC EDİLİB 3 May 2021", "Posted on 3 May", "YAYINLANDI", "Veröffentlicht am 03.03.24", "Publié le 3 mai",
    "Poſted 3 May", "公開日：2024年3月5日",
])
def test_a_lowered_pattern_matches_the_lower_folded_text_where_the_pattern_matches(text: str) -> None:
    from cleanpage.patterns import lower_folded

    for pattern, lower in _lowered_patterns():
        if pattern.search(text) is not None:
            assert lower.search(lower_folded(text)) is not None, (pattern.pattern[:40], text)


@given(st.text(alphabet="aAiIİıfFuUnNdDgGsSſpPoOtTeEΣσς d.1:", max_size=24))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_a_lowered_pattern_never_hides_a_match(text: str) -> None:
    from cleanpage.patterns import lower_folded

    for pattern, lower in _lowered_patterns():
        if pattern.match(text) is not None:
            assert lower.match(lower_folded(text)) is not None


def test_a_short_text_no_heading_opens_is_turned_away_by_the_lowered_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import funding

    matched: list[str] = []

    class Spy:
        def __init__(self, real) -> None:
            self.real = real

        def match(self, text):
            matched.append(text)
            return self.real.match(text)

    monkeypatch.setattr(funding, "SHORT_HEADINGS", tuple(Spy(heading.compiled) for heading in funding.SHORT_HEADINGS))
    assert not funding._is_short_heading.__wrapped__("Funny cat pictures")
    assert matched == []  # the case-insensitive patterns never ran
    assert funding._is_short_heading.__wrapped__("FUNDING")
    assert matched  # a lowered match: the heading itself decides


def test_the_first_publication_line_is_looked_for_without_a_holder_for_each_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article's thousands of text pieces are tested for the verbs' stems first: a tail without
    one never has its holder looked up (an element proxy made for nothing)."""
    from cleanpage import parse
    from cleanpage.metadata import date
    from cleanpage.metadata.window import _Window

    body = parse_html("<html><body><article><h1>A headline</h1>"
                      + "".join(f"<p>Line <b>{n}</b> of the story, <i>told</i> plainly.</p>" for n in range(30))
                      + "<p><b>Note:</b> this guide was originally published on 4 May 2018.</p>"
                      "</article></body></html>").find("body")
    window = _Window(body.find(".//h1"))
    articles = {body.find("article")}
    asked = []
    real = parse.Element.getparent
    monkeypatch.setattr(parse.Element, "getparent", lambda el: asked.append(el.tag) or real(el))
    assert date._first_published(window, articles) == "2018-05-04"
    assert asked.count("b") == 1 and "i" not in asked  # only the tail that says "published"


@pytest.mark.parametrize(("markup", "credit"), [
    ("<p>Written by Ann Lee</p>", True), ("<p>WRITTEN BY ANN LEE</p>", True), ("<p><em>Written</em> <b>By</b> Ann</p>", True),
    ("<div>Author: Ann Lee</div>", True), ("<p>AUTHOR : Ann</p>", True), ("<p>Standby mode</p>", False),
    ("<p>The authority said so</p>", False), ("<p>Nothing here at all</p>", False),
    ("<p>" + "x" * 118 + " by Ann</p>", False),  # past the opening's 120 characters
])
def test_a_line_without_by_or_author_is_told_without_the_credit_pattern(markup: str, credit: bool,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage.metadata import byline

    element = parse_html(f"<html><body>{markup}</body></html>").find("body")[0]
    assert byline._opens_with_credit_word(element) is credit
    searched = []
    real = byline._CREDIT_WORD_RE.compiled
    monkeypatch.setattr(byline, "_CREDIT_WORD_RE", type("Spy", (), {
        "search": staticmethod(lambda text, *where: searched.append(text) or real.search(text, *where))})())
    byline._opens_with_credit_word(element)
    opening = element.text_content()[:120].lower()
    assert bool(searched) == ("by" in opening or "author" in opening)


def _slow_dated_byline(text: str | None) -> bool:
    """content._dated_byline as it read before the word bound: every word split off."""
    from cleanpage.content import BYLINE_TEXT_RE, DATED_CREDIT_RE, MAX_BYLINE_TEXT_CHARS

    text = " ".join((text or "").split())
    match = BYLINE_TEXT_RE.match(text) if len(text) < MAX_BYLINE_TEXT_CHARS else None
    return match is not None and DATED_CREDIT_RE.search(text) is not None


@pytest.mark.parametrize("text", [
    None, "", "   ", "By Ann Lee on 3 May 2025", "Posted by Ann at May 3, 2025 11:15 AM",
    "By Ann Lee\n\n   on 3 May 2025", "By Ann Lee", "A story of the day, told at length on 3 May 2025.",
    "By A B " + "c " * 40 + "on 3 May 2025", "By A B " + "c " * 50 + "on 3 May 2025",
    " ".join("x" * 49) + " on 3 5", " ".join("x" * 50), " ".join("x" * 51), " ".join("x" * 52),
    "By Ann Lee on 3 May 2025 " + "\n" * 500,
])
def test_a_dated_byline_is_told_without_splitting_a_long_blocks_every_word(text: str | None) -> None:
    """content._dated_byline splits at most MAX_DATED_BYLINE_WORDS words off a block's text: more
    make a line too long for a byline, as the whole text's words joined would."""
    from cleanpage.content import MAX_BYLINE_TEXT_CHARS, MAX_DATED_BYLINE_WORDS, _dated_byline

    assert 2 * (MAX_DATED_BYLINE_WORDS + 1) - 1 >= MAX_BYLINE_TEXT_CHARS  # the bound is safe
    assert _dated_byline(text) is _slow_dated_byline(text)


@given(st.lists(st.sampled_from(["By", "Ann", "Lee", "on", "3", "May", "2025", "a", "\n", "  ", "·"]),
                max_size=80))
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_a_dated_byline_answers_as_the_whole_split_did(words: list[str]) -> None:
    from cleanpage.content import _dated_byline

    text = " ".join(words)
    assert _dated_byline(text) is _slow_dated_byline(text)


def test_the_tidy_walk_hands_a_byline_line_the_text_it_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """content._byline_text takes the block text the tidy walk read for its rules: the same
    answer as reading it again, without reading it again."""
    from cleanpage import content, parse

    body = parse_html("<html><body><div><p>By Ann Lee</p><p>Some words of the story.</p>"
                      "<p><time datetime='2025-05-03'>3 May 2025</time></p></div></body></html>").find("body")
    blocks = list(body.iter("p"))
    answers = [content._byline_text(p) for p in blocks]
    assert answers == [True, False, True]
    read = []
    real = parse.Element.text_content
    monkeypatch.setattr(parse.Element, "text_content", lambda el: read.append(el.tag) or real(el))
    texts = [real(p) for p in blocks]
    assert [content._byline_text(p, text) for p, text in zip(blocks, texts)] == answers
    assert "p" not in read


def test_a_window_date_looks_up_no_holder_for_a_blank_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    """metadata.date._window_text_date looks up a tail's holder (the parent) only for a tail with
    text: a window's elements mostly end without one."""
    from cleanpage import parse
    from cleanpage.metadata import date
    from cleanpage.metadata.window import _Window

    body = parse_html("<html><body><article><h1>A headline</h1>"
                      + "".join(f"<p><b>Part {n}</b></p>" for n in range(10))
                      + "<p><b>Filed</b> 4 May 2018</p><p>The story, told plainly.</p>"
                      "</article></body></html>").find("body")
    window = _Window(body.find(".//h1"))
    asked = []
    real = parse.Element.getparent
    monkeypatch.setattr(parse.Element, "getparent", lambda el: asked.append(el.text) or real(el))
    assert date._window_text_date(window) == "2018-05-04"
    assert asked.count("Filed") >= 1 and not any((text or "").startswith("Part") for text in asked)


@given(st.lists(st.sampled_from(["a", "word", "longerword", "x" * 30, "\n", "  ", "\t", "é"]), max_size=60))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_a_duplicate_key_answers_as_the_whole_text_joined(words: list[str]) -> None:
    """content._DuplicateKey: its length bounds and its ends answer as " ".join(text.split())
    does, whether or not it joined the text's every word."""
    from cleanpage.content import MIN_DUPLICATE_CHARS, MIN_DUPLICATE_LINKS_CHARS, _DuplicateKey

    text = " ".join(words)
    whole = " ".join(text.split())
    for bound in (MIN_DUPLICATE_LINKS_CHARS, MIN_DUPLICATE_CHARS):
        assert _DuplicateKey(text).shorter_than(bound) is (len(whole) < bound)
    key = _DuplicateKey(text)
    assert key.full() == whole
    respaced = _DuplicateKey(f"\n {text.replace(' ', '  ')} \t")
    assert respaced.ends == key.ends and respaced.full() == whole


def test_a_long_block_is_not_joined_whole_beside_no_block_sharing_its_ends() -> None:
    """_duplicates reads a long block's whole text only beside a block with its first and last words."""
    from cleanpage.content import _DuplicateKey

    words = [f"word{n}" for n in range(200)]
    story = _DuplicateKey(" ".join(words))
    assert not story.shorter_than(80)
    assert story._full is None  # its first words alone told its length
    other = _DuplicateKey(" ".join(words[:-1] + ["different"]))
    assert other.ends != story.ends
    wrapped = _DuplicateKey(" ".join(words) + " and more")
    assert wrapped.ends[0] == story.ends[0] and wrapped.ends != story.ends


def test_blocks_sharing_their_ends_but_not_their_middle_are_no_copies() -> None:
    from cleanpage.content import _duplicates

    opening = " ".join(f"first{n}" for n in range(20))
    closing = " ".join(f"last{n}" for n in range(20))
    root = parse_html(f"<html><body><div id='c'><p class='a'>{opening} one middle {closing}</p>"
                      f"<p class='b'>{opening} another middle {closing}</p>"
                      f"<p class='c'>{opening}\n  one   middle {closing}</p></div></body></html>")
    found = _duplicates(root.get_element_by_id("c"))
    assert [el.get("class") for el in found] == ["c"]


def test_a_block_around_a_blocks_text_is_joined_only_beside_a_copy_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """_duplicates: a block of a wrapper's text, its spaces apart, is no copy, and the wrapper's long
    text is not joined to tell it; beside a copy elsewhere it is, and the wrapper still keeps its block."""
    from cleanpage import content

    story = " ".join(f"word{n}" for n in range(40))
    joined: list[int] = []
    full = content._DuplicateKey.full
    monkeypatch.setattr(content._DuplicateKey, "full", lambda key: joined.append(key.size) or full(key))
    wrapper = f"<div class='w'>\n {story} <p class='p'>{story}</p></div>"
    root = parse_html(f"<html><body><div id='c'>{wrapper}</div></body></html>")
    assert content._duplicates(root.get_element_by_id("c")) == []
    assert not joined
    root = parse_html(f"<html><body><div id='c'><p class='x'>{story} {story}</p>{wrapper}</div></body></html>")
    found = content._duplicates(root.get_element_by_id("c"))
    assert [el.get("class") for el in found] == ["w"]
    root = parse_html(f"<html><body><div id='c'><p class='x'>{story}</p>"
                      f"<div class='w'>{story}<p class='p'>{story}</p></div></div></body></html>")
    found = content._duplicates(root.get_element_by_id("c"))
    assert [el.get("class") for el in found] == ["p"]  # a copy of the first block; its wrapper holds more


@pytest.mark.parametrize("names", [
    " ", "article-dek ", "c-deck__image x", "standfirst", "Lead_Art", "summary media", " intro", "lead",
    "misleading", "ARTICLE__SUBTITLE", "sub_head", "x DECK", "teaser-photo", "",
])
def test_deck_names_answer_as_the_search_of_the_joined_names(names: str) -> None:
    """content._deck_names (cached) answers as DECK_RE and DECK_MEDIA_RE over the names separated at - and _."""
    from cleanpage.content import DECK_MEDIA_RE, DECK_RE, PART_SEPARATOR_RE, _deck_names

    spaced = PART_SEPARATOR_RE.sub(" ", names.lower())
    assert _deck_names(names) == (DECK_RE.search(spaced) is not None and DECK_MEDIA_RE.search(spaced) is None)


@pytest.mark.parametrize("attributes", [
    "", "class='byline'", "class=' byline '", "data-testid='byline'", "class='story' data-testid='author-name'",
    "class='' data-testid=''", "class='no-byline'", "data-testid='  '", "class='author-bio'", "class='x' data-testid='y'",
])
def test_a_byline_candidate_reads_its_class_and_test_id_as_one_string_did(attributes: str) -> None:
    """metadata.byline._is_candidate builds the class and data-testid string only when there is a
    test id: its answer is the one the joined string gave."""
    from cleanpage.metadata import byline

    element = parse_html(f"<html><body><span {attributes}>Ann Lee</span></body></html>").find("body")[0]
    joined = f"{element.get('class', '')} {element.get('data-testid', '')}".strip().lower()
    expected = bool(joined) and byline._BYLINE_CLASS_RE.search(joined) is not None \
        and not byline._NOT_A_NAME_CLASS_RE.search(byline._BOTH_LINE_CLASS_RE.sub(" ", f"{joined} "))
    if "no-" in joined:
        expected = False
    assert byline._is_candidate(element) is expected


@functools.cache
def word_searches() -> list[tuple[list[str], WordSearch, re.Pattern[str]]]:
    """(words, WordSearch(words), the one pattern) for the block words of the tidy rules (a dozen
    scripts) and for a list of its own: made once, not for each of the test's 400 examples (~5 ms each)."""
    from cleanpage.rules import BLOCK_WORDS

    lists = [sorted({word for words in BLOCK_WORDS.values() for word in words}), *BLOCK_WORDS.values(),
             ["subscribe", "log in", "фото", "写真", "ảnh", "@", ".com/", "σου"]]
    return [(list(words), WordSearch(words), re.compile(alternation(words))) for words in lists]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["sub", "scribe", "log", "in", "@", ".com/", "foto", "фото", "подпис", "写真", "會員",
                                 "ảnh", "ﬁ", "σ", "ς", " ", "\n", "x", "e", "t", "é", "ü"]), max_size=14).map("".join))
@example("please log in to read on")
@example("фото: агентство")
@example("the crew waved from the deck")
def test_a_word_search_finds_a_word_where_the_one_pattern_does(text: str) -> None:
    """patterns.WordSearch answers as re.compile(alternation(words)).search, a match or None, for the
    block words of the tidy rules (a dozen scripts) and for a list of its own."""
    for words, search, pattern in word_searches():
        found, expected = search.search(text), pattern.search(text)
        assert (found is None) == (expected is None)
        assert found is None or found.group() in words


def test_a_word_search_reads_an_ascii_text_for_latin_words_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The words of the other scripts are looked for only in a text that is not ASCII; the Latin
    words in a few patterns, each of a share of their first letters, not in one of them all."""
    from cleanpage.patterns import WordSearch

    search = WordSearch(["subscribe", "log in", "photo", "фото", "写真", "ảnh"])
    assert len(search._latin) == 2 and all("фото" not in p.pattern for p in search._latin)
    assert "фото" in search._other.pattern and "写真" in search._other.pattern
    monkeypatch.setattr(search, "_other", None)  # (a search of the other scripts would fail now)
    assert search.search("the crew waved from the deck") is None
    assert search.search("a photo of the deck").group() == "photo"


def test_one_structured_author_reads_the_window_for_a_byline_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # with one author in the metadata, the byline markup decides whether the page lists more; the
    # "By" line is read only where the markup names none, never also to weigh it against the box
    import cleanpage.metadata as metadata

    read = []
    real = metadata._text_byline
    monkeypatch.setattr(metadata, "_text_byline", lambda window: read.append(1) or real(window))
    head = ("<title>Ferry fares rise</title><meta name='author' content='Ann Lee'>"
            "<meta property='og:type' content='article'>")
    story = "<p>The ferry company raised its fares for the summer, the first rise in six years.</p>" * 6
    boxed = f"<html><head>{head}</head><body><article><h1>Ferry fares rise</h1>" \
            f"<span class='author'>Ann Lee</span>{story}</article></body></html>"
    assert cleanpage.clean(boxed).byline == "Ann Lee" and read == []
    listed = f"<html><head>{head}</head><body><article><h1>Ferry fares rise</h1>" \
             f"<p>By Ann Lee, Bo Roe and Cy Ode</p>{story}</article></body></html>"
    assert cleanpage.clean(listed).byline == "Ann Lee, Bo Roe and Cy Ode" and len(read) == 1


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", "…", "。", "！", "？", "।", "۔", "؟", " ", "\n", "\t", "\u00a0",
                                 "\u2003", '"', "”", "’", "»", ")", "a", "Ж", "字", "1", ":"]), max_size=10).map("".join))
@example("The ferry left at noon.")
@example("The ferry left at noon.  \n ")
@example("Die Fähre fuhr ab. Sie kam spät")
@example("渡し船は正午に出た。")
@example("La barca partì (alle dodici)")
@example("")
def test_a_sentence_end_is_found_where_the_pattern_finds_one(text: str) -> None:
    """rules.holds_sentence_end answers as SENTENCE_END_RE.search: a mark at the end (spaces after
    it) settles it at once, any other text is searched."""
    from cleanpage.rules import SENTENCE_END_RE, holds_sentence_end

    assert holds_sentence_end(text) is (SENTENCE_END_RE.search(text) is not None)


def test_a_text_ending_with_its_mark_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import rules

    class NoSearch:
        def search(self, text):
            raise AssertionError(f"searched {text!r}")

    monkeypatch.setattr(rules, "SENTENCE_END_RE", NoSearch())
    assert rules.holds_sentence_end("Le bac est parti à midi.\n  ")
    assert rules.holds_sentence_end("船は出た。")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([":", "：", " ", "\n", "\u3000", "a", "ü", "1", "."]), min_size=1, max_size=8)
       .map("".join).map(str.strip).filter(bool))
@example("Related stories from our desk:")
@example("Weitere Artikel：")
def test_an_introduction_ends_where_the_pattern_says(text: str) -> None:
    """The tidy walk reads a stripped paragraph's last character where INTRO_END_RE searched it."""
    from cleanpage.content import INTRO_END_MARKS, INTRO_END_RE

    assert (text[-1] in INTRO_END_MARKS) is (INTRO_END_RE.search(text) is not None)


@pytest.mark.parametrize("names", ["pull-quote", "story-PullQuote", "pullquote wide", "Pull-Quote"])
def test_a_pull_quote_box_is_still_read_as_a_quotation(names: str) -> None:
    """A box its class names a pull quote renders as a quotation, whatever the case of the class."""
    story = "<p>The ferry company raised its fares for the summer, the first rise in six years.</p>" * 5
    page = (f"<html><body><article><h1>Fares rise</h1>{story}<div class='{names}'>Nobody expected the "
            f"old boat to run for another decade, said the harbour master.</div>{story}</article></body></html>")
    body = cleanpage.clean(page).html
    assert "<blockquote" in body and "Nobody expected" in body


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "e", " ", "\n", "é", "ü", "ğ", "ț", "ə", "’", "ж", "ф", "支", "援", "ጋ", "x"]),
                max_size=12).map("".join))
@example("Die Arbeit wurde gefördert")
@example("Proiect finanțat de fundație")
@example("")
def test_a_text_holds_one_of_the_characters_where_their_class_finds_one(text: str) -> None:
    """funding._holds_any answers as a search of the characters' class, for the gate's diacritics
    (looked for one by one), for the other scripts' many characters (one class) and for a few of its own."""
    from cleanpage.funding import _GATE_WORDS, _holds_any

    diacritics = "".join(sorted({c for w in _GATE_WORDS if max(w) < "\u0370" for c in w if not c.isascii()}))
    scripts = "".join(sorted({c for w in _GATE_WORDS if max(w) >= "\u0370" for c in w if not c.isascii()}))
    for chars in (diacritics, scripts, "éü", "жф支"):
        expected = re.search(f"[{re.escape(chars)}]", text) is not None
        assert _holds_any(chars)(text) is expected


def test_the_gate_diacritics_are_looked_for_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The eleven diacritics of the gate words are searched as characters, no pattern compiled."""
    from cleanpage import funding

    monkeypatch.setattr(funding, "lazy", lambda *args: (_ for _ in ()).throw(AssertionError("compiled")))
    holds = funding._holds_any("áèéëöøüğţțə")
    assert holds("projekt gefördert") and not holds("project funded")


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(("Tags", "posted by", "Kategorie", "Filed under", " : ", ":", "：", " ",
                                        "ferries", "Publicado por", "\n", "x")), max_size=10))
@example(pieces=["Posted by", ": Ann", " Tags", ": ferries"])
@example(pieces=["Posted by", ": Ann Tags ferries"])
def test_a_line_with_fewer_colons_than_post_meta_labels_holds_fewer_labels(pieces: list[str]) -> None:
    """tidy's post-meta rule reads a line's labels only where it holds MIN_POST_META_LABELS colons:
    each label's match ends at a colon of its own."""
    from cleanpage.rules import MIN_POST_META_LABELS, POST_META_LABEL_RE

    line = "".join(pieces)
    labels = len({m.lower() for m in POST_META_LABEL_RE.findall(line)})
    assert line.count(":") >= MIN_POST_META_LABELS or labels < MIN_POST_META_LABELS


def test_a_two_label_line_is_still_post_meta() -> None:
    from cleanpage.content import _Families, _tidy_rule

    line = parse_html("<html><body><p>Posted by: Ann Lee · Tags: ferries, ports</p></body></html>").find(".//p")
    assert _tidy_rule(line, None, cleanpage.Options(), _Families("")) == "post-meta"



@pytest.mark.parametrize("attributes", [
    'class="comments-area"', 'id="comments" class="entry"', 'data-testid="share-bar" class="x"',
    'data-hook="recent-posts"', 'class="" id=""', 'class="  "', 'id="sidebar" data-hook="post-body"',
    'data-hook="comments" data-testid="article-body" id="main" class="story"', 'title="sidebar"', "",
    'class="entry content" id="newsletter-signup"', 'class="Menu" data-testid=""',
])
def test_named_rule_reads_the_names_it_has_as_all_four_joined(attributes: str) -> None:
    """_named_rule builds the names of the attributes present, in a fixed order, without reading
    the missing ones: class_rule reads the same words as from the four joined, missing ones empty."""
    from cleanpage.boilerplate import _named_rule
    from cleanpage.rules import class_rule

    el = parse_html(f"<html><body><div {attributes}>Text</div></body></html>").find(".//div")
    joined = f"{el.get('class', '')} {el.get('id', '')} {el.get('data-testid', '')} {el.get('data-hook', '')}".strip()
    assert _named_rule(el.attrib) == (class_rule(joined) if joined else None)
    assert _named_rule(el.attrib, el.attrib.keys()) == _named_rule(el.attrib)


_SCORED_PAGE = (
    "<html><body><div class='menu'><a href='/'>Home</a> <a href='/a'>About</a></div>"
    "<div class='story'><p>The ferry to the outer islands will run twice a day from May, the harbour "
    "office said on Monday, after a winter of single crossings.</p><div>Timetables are posted at the "
    "quay and on the office's board, <b>in three languages</b>, each week before the Sunday crossing.</div>"
    "<pre>dep 07:10  arr 08:05</pre><p>Tickets cost the same as last year.</p></div>"
    "<div class='side'>Other news: a new bench stands by the lighthouse, paid for by the village.</div>"
    "</body></html>"
)


def _walker_over(body: lxml.etree._Element, seen: list) -> object:
    from cleanpage import boilerplate, content

    walker = boilerplate._Walker(cleanpage.Options(), 1)
    walker.body = body
    walker.find_main = lambda found, texts: seen.append(texts) or content.main_candidate(found, texts)
    return walker


def test_the_scoring_reads_the_prose_measures_texts_as_it_reads_the_tree() -> None:
    from cleanpage import content
    from cleanpage.tree import own_text

    body = parse_html(_SCORED_PAGE).find("body")
    seen: list = []
    walker = _walker_over(body, seen)
    walker._measure_prose()
    assert walker.main() is content.main_candidate(body)
    texts = seen[0]
    assert texts is not None and {el.tag for el in texts} == {"p", "pre", "div"}
    assert len(texts) == len(list(body.iter("p", "pre", "div")))
    for el, text in texts.items():
        assert text == (el.text_content() if el.tag in ("p", "pre") else own_text(el))


def test_the_scoring_reads_the_tree_again_once_it_changed() -> None:
    body = parse_html(_SCORED_PAGE).find("body")
    seen: list = []
    walker = _walker_over(body, seen)
    walker._measure_prose()
    walker.remove(body.find(".//div[@class='side']"), "sidebar")
    walker.main()
    assert seen == [None]


def test_a_stretch_around_the_words_found_is_searched_once_a_rule() -> None:
    """Sibling blocks that hold the same words around the word found (a log's entries): each rule's
    search of that stretch runs once, and each block still answers as its own search."""
    from cleanpage import content
    from cleanpage.rules import BLOCK_WORDS

    searched: list[str] = []
    real = content.block_words_re
    families = content._Families("")
    texts = [f"day {n} of the log: the crew waved from the deck at dawn." for n in (7, 8, 19)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(content, "block_words_re", lambda rule: searched.append(rule) or real(rule))
        for text in texts:
            for rule in BLOCK_WORDS:
                word = families.word_in(rule, text)
                assert (word is not None) == any(w in text for w in BLOCK_WORDS[rule])
    assert sorted(searched) == sorted(set(searched)) and "promo" in searched  # once a rule, not once a block
    assert families.word_in("reply-prompt", "log: the crew") == "log"
    assert families.word_in("promo", "the crew. log: sign up for our newsletter here") is not None


def test_an_ascii_text_is_not_searched_for_a_paywalls_script_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import content

    class Refusing:
        def search(self, text):
            raise AssertionError(f"searched {text!r}")

    families = content._Families("")
    monkeypatch.setattr(content, "NON_LATIN_RE", Refusing())
    assert families.word_in("paywall", "the crew waved from the deck") is None
    monkeypatch.undo()
    assert families.word_in("paywall", "请登录后继续阅读全文") is not None  # a script word, not a Latin one


def test_a_text_is_looked_for_once_in_the_block_before_it_for_all_the_rules() -> None:
    """A block text is looked for in the last text that held none of a rule's words once, for all
    the rules that text held none of; a text inside it holds none of them either."""
    from cleanpage.content import _Families
    from cleanpage.rules import BLOCK_WORDS

    looked_for: list[object] = []

    class Text(str):
        def __contains__(self, word: object) -> bool:
            looked_for.append(word)
            return super().__contains__(word)

    families = _Families("")
    around = Text("the ferry left at noon. the crew waved from the deck.")
    assert all(families.word_in(rule, around) is None for rule in BLOCK_WORDS)
    looked_for.clear()
    inside = "the crew waved"
    assert all(families.word_in(rule, inside) is None for rule in BLOCK_WORDS)
    assert looked_for == [inside]
    assert families.word_in("promo", "sign up for our newsletter") is not None  # not inside: searched


@settings(max_examples=200, deadline=None)
@given(phrases=st.lists(st.text(alphabet=st.sampled_from("ab cdé阅"), min_size=1, max_size=16), min_size=1, max_size=8),
       line=st.text(alphabet=st.sampled_from("ab cdé阅"), max_size=40))
@example(phrases=["are viewing this topic", "are viewing this board", "ten dział"], line="x are viewing this boardy")
def test_a_line_that_holds_a_phrase_holds_one_of_its_gate_words(phrases: list[str], line: str) -> None:
    from cleanpage.rules import gate_words

    words = gate_words(frozenset(phrases))
    assert all(any(word in phrase for word in words) for phrase in phrases)
    if any(phrase in line for phrase in phrases):
        assert any(word in line for word in words)


def test_the_viewers_line_gate_is_fewer_words_than_its_phrases() -> None:
    from cleanpage.patterns import known_required_words
    from cleanpage.rules import (
        VIEWERS_LINE_RE,
        _viewers_line_required,
        is_thread_state_line,
    )

    phrases = known_required_words(VIEWERS_LINE_RE.pattern)
    gate = _viewers_line_required()
    assert len(gate) == len(phrases) and sum(map(len, gate)) < sum(map(len, phrases)) / 2
    assert not is_thread_state_line("Entry 4 of the log: the ferry ran at 6, the forum said.")
    assert is_thread_state_line("Ann, Bo e 2 ospiti stanno guardando questa discussione.")


def test_a_block_without_names_or_children_is_not_read_for_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """_tidy_rule reads no class words of a block that has neither class nor id, and measures no
    links in a block without children; a block that has them is still read for them."""
    from cleanpage import content

    def refused(*args, **kwargs):
        raise AssertionError("read")

    page = parse_html("<html><body><p>Day 4 of the log: the ferry left at noon and the crew waved from the deck.</p>"
                      "<p class='wp-caption-text'>The ferry at noon.</p>"
                      "<div><a href='/a'>Timetable</a> <a href='/b'>Fares</a> <a href='/c'>Ports</a></div>"
                      "<p>Ann and the <span class='note'>crew</span></p></body></html>")
    plain, caption, links, named = page.find("body")
    with monkeypatch.context() as patch:
        patch.setattr(content, "_names_kind", refused)
        patch.setattr(content, "link_density", refused)
        patch.setattr(content, "_has_named_child", refused)
        assert content._tidy_rule(plain, None, cleanpage.Options(), content._Families("")) is None
        assert not content._tidy_inside(plain)
    families = content._Families("")
    assert content._tidy_rule(caption, None, cleanpage.Options(), families) == "caption"
    assert content._tidy_rule(links, None, cleanpage.Options(), families) == "link-list"
    assert content._tidy_inside(named)


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(["Posts", "Joined", ":", " ", "\n\t", "12", "Mar 2019", "İ", "Ann", "(score:2)",
                                      "and 3 guests are viewing this topic", "x" * 31]), max_size=40).map("".join))
@example(text="Posts:\n 12")
@example(text="Ann, Bo and 3 Guests are viewing this topic.")
def test_a_line_the_walk_joined_answers_as_the_blocks_own(text: str) -> None:
    """The tidy walk joins a short block's words once for the rules that read its line:
    is_thread_state_line and _profile_block (of a block without children) answer with it as they
    do reading the block themselves."""
    from cleanpage.content import _profile_block
    from cleanpage.rules import is_thread_state_line

    stripped = text.strip()
    line = " ".join(stripped.split())
    assert is_thread_state_line(stripped, line) == is_thread_state_line(stripped)
    for tag in ("div", "span", "dl"):
        el = lxml.html.fragment_fromstring(f"<{tag}></{tag}>")
        el.text = stripped or None
        assert _profile_block(el, line) == _profile_block(el)


def test_a_block_without_children_or_colon_is_no_pitch_or_read_also_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """_pitch_line looks for no link in a block without children, _read_also_line for no lead-in in
    a line without a colon; a line that is one still goes."""
    from cleanpage import content
    from cleanpage.parse import Element

    def refused(*args, **kwargs):
        raise AssertionError("searched")

    page = parse_html("<html><body><p>Day 4 of the log: the ferry left at noon.</p><p>Read also the ferry notes</p>"
                      "<p>Leia também: Autocarros de substituição deixam alunos à espera</p></body></html>")
    plain, uncoloned, read_also = page.find("body")
    with monkeypatch.context() as patch:
        patch.setattr(Element, "iter", refused)
        assert not content._pitch_line(plain, plain.text)
    with monkeypatch.context() as patch:
        patch.setattr(content, "RELATED_INTRO_RE", type("Refusing", (), {"match": refused})())
        assert not content._read_also_line(uncoloned, uncoloned.text)
    assert content._read_also_line(read_also, read_also.text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("fundsportİΣé基金 \n"), min_size=12, max_size=30), max_size=8))
@example(["The project is funded by X.", "Nothing here at all.", "Supported by the fund, twice: fund."])
@example(["İstanbul support group", "ΟΔΟΣ fund text", "plain words only here"])
def test_gating_blocks_answers_as_a_scan_of_each_block(texts: list[str]) -> None:
    """funding._gate_blocks marks the blocks where the page's gate words stand: each block
    holding one, whatever the blocks before it hold, and no other."""
    from cleanpage.funding import _GATE_WORDS, _gate_blocks

    gated: dict[str, bool] = {}
    _gate_blocks([(None, text) for text in texts], gated)
    assert gated == {text: any(word in text.lower() for word in _GATE_WORDS) for text in texts}


_UNNAMED_PAGE = (
    "<html><body><header><a href='/'>Harbour Post</a></header>"
    "<div><div class='story'><p>The ferry will run twice a day from May, the harbour office said.</p>"
    "<p class='lede'>Timetables are posted at the quay.</p><span>each week</span></div>"
    "<div class='sidebar-widget'>Other news</div><div class='fixed bottom-0'>Get our app</div>"
    "<div class='card promo-banner'><a href='/sale'>Sale</a></div><table><tr class='sidebar'><td>1</td>"
    "</tr></table><div class='  '>x</div><div class='ad' id='top'>Ad</div><p hidden>gone</p>"
    "<a>#3</a><a class='link'>#4</a><footer class='foot'>Contact</footer><img src='a.png' alt='A'>"
    "<div id='comments' data-x='1'>3 comments</div><div class='note' data-x='2'>A note</div>"
    "<div class='author' itemprop='author'><p itemprop='description'>Ann covers ports.</p></div>"
    "<div style='display:none'>gone</div><div class='row' role='navigation'><a href='/'>Home</a></div>"
    "<li id='item-2' class='entry'>Second</li></div></body></html>"
)


@pytest.mark.parametrize("article", [False, True])
def test_unnamed_blocks_are_ones_the_walk_takes_no_rule_for(article: bool) -> None:
    """Every block that boilerplate._unnamed rules out (no attribute, or a class alone naming no
    rule...) is one _Walker.match, which reads it whole, takes no rule for; and it rules out the
    plain blocks of the page, none of those that name a rule, a fixed bar or a banner."""
    from cleanpage import boilerplate

    body = parse_html(_UNNAMED_PAGE).find("body")
    walker = boilerplate._Walker(cleanpage.Options(), len(body.text_content()))
    walker.body, walker.article = body, article
    ruled_out = []
    for el in body.iter():
        attrs = el.attrib
        if boilerplate._unnamed(el.tag, attrs, attrs.keys()):
            ruled_out.append(el)
            assert walker.match(el, el.tag, attrs, attrs.keys()) is None
    names = {(el.tag, el.get("class")) for el in ruled_out}
    assert {("div", None), ("div", "story"), ("p", "lede"), ("span", None), ("tr", "sidebar"), ("div", "  "),
            ("img", None), ("div", "note"), ("li", "entry")} <= names
    assert not names & {("div", "sidebar-widget"), ("div", "fixed bottom-0"), ("div", "card promo-banner"),
                        ("a", None), ("a", "link"), ("footer", "foot"), ("header", None), ("div", "author"),
                        ("div", "row")}
    assert not any(el.get("id") == "comments" or el.get("style") for el in ruled_out)


def _slow_is_blank(text: str) -> bool:
    import unicodedata
    return not any(ch.isalnum() or not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")) for ch in text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "\t", "\u00a0", "\u3000", "\u200b", "\u00ad", "\ufeff", "\x00",
                                 "\x85", "a", "7", "-", "é", "\u0301", "字"]), max_size=8).map("".join))
@example("")
@example("\n      ")
@example("\n  \u200b  ")
@example("  \u00ad-")
def test_a_blank_text_is_told_as_a_character_by_character_read_tells_it(text: str) -> None:
    from cleanpage.serialize.tags import is_blank

    assert is_blank(text) == _slow_is_blank(text)


_QUOTED_PAGE = ("<html><head><title>Harbour</title></head><body><main><h1>Harbour</h1>{}"
                "<p>The harbour reopened on Monday after three weeks of repairs to the pier and the crane.</p>"
                "</main></body></html>")


@pytest.mark.parametrize(("html", "quoted"), [
    (_QUOTED_PAGE.format(""), False),
    (_QUOTED_PAGE.format("<blockquote><p>“The boats are back.”</p></blockquote>"), True),
    (_QUOTED_PAGE.format("<div><div><blockquote>Wir sind zurück.</blockquote></div></div>"), True),
])
def test_a_page_scan_says_whether_a_block_quote_is_there(html: str, quoted: bool) -> None:
    from cleanpage.metadata import read_page
    from cleanpage.parse import parse_html

    assert read_page(parse_html(html)).quoted is quoted


def test_a_subtree_or_a_fragment_may_always_hold_a_block_quote() -> None:
    from cleanpage.metadata import read_page

    page = lxml.html.document_fromstring(_QUOTED_PAGE.format(""))
    assert read_page(page).quoted is False
    assert read_page(page.find(".//main")).quoted is True  # the document around it is not seen
    assert read_page(lxml.html.fragment_fromstring("<blockquote><p>Nous sommes revenus.</p></blockquote>")).quoted


def test_signers_are_looked_for_only_on_a_page_with_a_block_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleanpage import api

    asked = []
    real = api._quote_signers
    monkeypatch.setattr(api, "_quote_signers", lambda root: asked.append(1) or real(root))
    assert cleanpage.clean(_QUOTED_PAGE.format("")).quotes == () and asked == []
    signed = ("<figure><blockquote><p>“We rebuilt the pier in three weeks, and the boats are back.”</p></blockquote>"
              "<figcaption>— Ann Lee, head of the harbour trust</figcaption></figure>")
    assert [q.speaker for q in cleanpage.clean(_QUOTED_PAGE.format(signed)).quotes] == ["Ann Lee"] and asked == [1]


def test_a_window_line_is_read_once_for_the_by_line_and_the_dated_name_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # no byline markup nor "By" line: the dated name line's search reads the lines the "By"
    # line's search read, from the window, not from the tree again
    from cleanpage.metadata import byline

    read = []
    real = byline._first_line
    monkeypatch.setattr(byline, "_first_line", lambda element: read.append(element) or real(element))
    story = "".join(f"<p>Die Fähre fuhr am Morgen {n}. Mal ab, später als im Fahrplan stand.</p>" for n in range(5))
    html = (f"<html><head><title>Fähre</title></head><body><article><h1>Fähre fährt wieder</h1>"
            f"<p>Anna Roth | 3. April 2026</p>{story}</article></body></html>")
    assert cleanpage.clean(html).byline == "Anna Roth"
    assert read and len(read) == len(set(read))


_UPDATE_WORD_SAMPLE = ["updated", "reviewed", "mis à jour", "aktualisiert", "更新", "ενημερώθηκε", "last edited",
                       "actualización", "zuletzt bearbeitet"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_UPDATE_WORD_SAMPLE, "the", " ", "\n", "pdat", "view", "e", "d", "re", "up", "date",
                                 "edite", "ά", "é"]), max_size=14).map("".join))
@example("the plan was reviewed\nupdated 5 march")
@example("credited to the reviewers, updated")
def test_update_labels_are_found_from_before_the_first_piece_as_from_the_start(text: str) -> None:
    from cleanpage.metadata import update

    hint = update._UPDATE_HINT_RE.search(text)
    found = [label.span() for label in update._UPDATE_SCAN_RE.finditer(text)]
    if hint is None:
        assert found == []
    else:
        start = max(0, hint.start() - update._MAX_PIECE_OFFSET)
        assert [label.span() for label in update._UPDATE_SCAN_RE.finditer(text, start)] == found


def test_an_update_label_is_found_after_a_piece_far_into_the_article() -> None:
    from cleanpage.metadata import extract_metadata
    from cleanpage.parse import parse_html

    story = "<p>The harbour plan was reviewed by the council last winter.</p>" \
        + "<p>The ferry pier reopened on Monday after two months of repairs.</p>" * 30
    html = (f"<html><head><title>Pier</title></head><body><article><h1>The pier reopens</h1>{story}"
            "<footer><p>Zuletzt aktualisiert am 5. März 2025</p></footer></article></body></html>")
    assert extract_metadata(parse_html(html)).updated == "2025-03-05"


_BYLINE_PIECES = ["By ", "Ann", " Lee", "ann@example.org", "@annlee", " (", ")", "[", "]", "（", "）", "【", "】",
                  " with ", " and ", ", ", "3", " March ", "2024", "٣", " 기자", "記者", " 报道", ": ", " · ", " | ", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BYLINE_PIECES), max_size=12).map("".join))
@example("Ann Lee (with Bo Roe), March 3, 2024")
@example("佐藤花子記者")
def test_byline_patterns_skipped_for_a_text_without_their_characters_find_nothing(text: str) -> None:
    from cleanpage.metadata import byline

    if "@" not in text:
        assert byline._EMAIL_THEN_NAME_RE.search(text) is None and byline._EMAIL_RE.search(text) is None
        assert byline._HANDLE_RE.search(text) is None
    if "(" not in text and "[" not in text:
        assert byline._CO_AUTHOR_BRACKET_RE.search(text) is None
    if not any(opener in text for opener in byline._BRACKET_OPENERS):
        assert byline._BRACKET_RE.search(text) is None
    if byline._DIGIT_RE.search(text) is None:
        assert byline.month_match(byline.MONTH_FIRST_WORD_RES[0], text, 1) is None
    part = " ".join(text.split())
    if not part.endswith(byline._TITLE_AFTER_NAME_WORDS):
        assert byline._TITLE_AFTER_NAME_RE.search(part) is None


@pytest.mark.parametrize(("markup", "first_line", "heading"), [
    ("<p>By Ann Lee<br>3 March 2024</p>", "By Ann Lee", "By Ann Lee 3 March 2024"),
    ("<p><span>By <b>Ann Lee<br></b></span> and Bo Roe</p>", "By Ann Lee", "By Ann Lee  and Bo Roe"),
    ("<p>By Ann Lee and Bo Roe</p>", "By Ann Lee and Bo Roe", "By Ann Lee and Bo Roe"),
    ("<h1><span>Harbour <br>Survey</span></h1>", "Harbour ", "Harbour  Survey"),
])
def test_a_line_break_inside_is_found_by_the_iterator(markup: str, first_line: str, heading: str) -> None:
    from cleanpage.metadata.byline import _first_line_of
    from cleanpage.metadata.title import _heading_text
    from cleanpage.parse import parse_html

    element = parse_html(f"<html><body>{markup}</body></html>").find("body")[0]
    assert _first_line_of(element) == first_line
    assert _heading_text(element) == heading


@pytest.mark.parametrize("names", ["byline", "post-author vcard", "entry-meta", "nickname", "x-nick",
                                   "content-creator", "creator", "fn", "", "verfasser-box", "article__body"])
def test_a_class_string_s_byline_words_are_found_as_the_pattern_finds_them(names: str) -> None:
    from cleanpage.metadata.byline import _BYLINE_CLASS_RE, _byline_class

    assert _byline_class(names) == (_BYLINE_CLASS_RE.search(names) is not None)


def test_a_byline_window_searches_a_repeated_class_string_once() -> None:
    """metadata.byline._is_candidate asks _byline_class of each element's class string: the
    pattern is searched once for all the elements that repeat it (a page's cards, its links)."""
    from cleanpage.metadata.byline import _byline_class, _is_candidate

    root = parse_html("<html><body>" + "".join(f"<p class='harbour-card-note'>Note {i}</p>" for i in range(5))
                      + "<span class='entry-author'>Ann Lee</span></body></html>")
    _byline_class.cache_clear()
    answers = [_is_candidate(element) for element in root.find("body")]
    assert answers == [False] * 5 + [True]
    info = _byline_class.cache_info()
    assert (info.misses, info.hits) == (2, 4)
