"""Bylines as sites in many languages write them, read through clean(): invented pages, one
mechanism per group (labels, joiners between names, what follows a comma, addresses, references)."""

from __future__ import annotations

import json

import pytest

import cleanpage

_PARAGRAPHS = (
    "<p>The harbour council met on Thursday to weigh a plan that would move the fish market two streets "
    "inland, a change traders have argued about for a decade.</p>"
    "<p>Supporters say the old hall floods each spring; opponents fear the walk will cost them customers "
    "who come by boat and leave within the hour.</p>"
    "<p>A final vote is expected after the summer, once engineers report on the sea wall.</p>"
)


def byline_of(line: str = "", head: str = "", lang: str = "en") -> str | None:
    title = "Harbour market may move inland"
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title>{head}</head><body>'
            f"<article><h1>{title}</h1>{line}{_PARAGRAPHS}</article></body></html>")
    return cleanpage.clean(html).byline


# Author labels in both genders and the plural, and labels that need their colon.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("pl", "Autorka: Agnieszka Wróbel", "Agnieszka Wróbel"),
    ("pl", "Autorzy: Tomasz Zieliński &amp; Ewa Kaczmarek", "Tomasz Zieliński and Ewa Kaczmarek"),
    ("pl", "Napisał Paweł Górski", "Paweł Górski"),
    ("pl", "Napisała Ewa Kaczmarek", "Ewa Kaczmarek"),
    ("pl", "Tekst: Agnieszka Wróbel", "Agnieszka Wróbel"),
    ("cs", "Autorka: Lenka Procházková", "Lenka Procházková"),
    ("ru", "Автор: Дмитрий Волков", "Дмитрий Волков"),
    ("ru", "Текст: Анна Смирнова", "Анна Смирнова"),
    ("ru", "Авторы: Дмитрий Волков, Ольга Петрова", "Дмитрий Волков and Ольга Петрова"),
    ("uk", "Автор: Олена Коваленко", "Олена Коваленко"),
    ("nl", "Tekst: Sanne Verhoeven", "Sanne Verhoeven"),
    ("sv", "Text: Ingrid Lindgren", "Ingrid Lindgren"),
    ("it", "A cura di Giulia Ferraresi", "Giulia Ferraresi"),
])
def test_author_labels_in_many_languages(lang: str, line: str, expected: str) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected


# More labels: "Text" in Spanish, Portuguese, Italian and French (with its colon), "Ein Beitrag von"
# (and a comment's, an analysis's, a guest piece's), "Rédigé par", "Redactado por", "Articolo di",
# Turkish "Yazar:" and "Haber:"; "Texto"/"Texte" opening a
# sentence name nobody.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("es", "Texto: Lucía Pardo", "Lucía Pardo"),
    ("pt", "Texto: Rui Valadares", "Rui Valadares"),
    ("it", "Testo: Giulia Ferraresi", "Giulia Ferraresi"),
    ("it", "Testo di Giulia Ferraresi", "Giulia Ferraresi"),
    ("it", "Articolo di Giulia Ferraresi", "Giulia Ferraresi"),
    ("fr", "Texte : Océane Lefebvre", "Océane Lefebvre"),
    ("fr", "Rédigé par Océane Lefebvre", "Océane Lefebvre"),
    ("de", "Ein Beitrag von Jonas Albrecht", "Jonas Albrecht"),
    ("de", "Ein Kommentar von Jonas Albrecht", "Jonas Albrecht"),
    ("de", "Eine Analyse von Jonas Albrecht", "Jonas Albrecht"),
    ("de", "Ein Gastbeitrag von Jonas Albrecht", "Jonas Albrecht"),
    ("es", "Redactado por Lucía Pardo", "Lucía Pardo"),
    ("tr", "Yazar: Elif Karaca", "Elif Karaca"),
    ("tr", "Haber: Elif Karaca", "Elif Karaca"),
    ("tr", "Haber merkezi kararı açıkladı", None),  # "the news desk announced...": no colon, a sentence
    ("es", "Texto de la ordenanza municipal", None),
    ("fr", "Texte intégral du rapport", None),
])
def test_more_author_labels(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected


# A name in a script without capitals (Chinese, Japanese, Korean, Arabic) opens as a name does;
# a line that names nobody after its label still gives nothing.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("zh", "作者：林晓峰", "林晓峰"),
    ("zh", "记者：林晓峰", "林晓峰"),
    ("ja", "文：佐藤花子", "佐藤花子"),
    ("ko", "글: 박지윤", "박지윤"),
    ("ar", "بقلم سلمى حداد", "سلمى حداد"),
])
def test_names_in_scripts_without_capitals(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected


# The words that join names: "и", "a" (Czech), "with"/"avec"/"con" before a co-author or an
# agency; a serial comma before "and"; a one-letter joiner is lower case ("John E Smith").
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("ru", "Автор: Дмитрий Волков и Ольга Петрова", "Дмитрий Волков and Ольга Петрова"),
    ("cs", "Autoři: Jiří Dvořák a Lenka Procházková", "Jiří Dvořák and Lenka Procházková"),
    ("en", "By Ann Pryor, Colm Deasy, and Rosa Kim", "Ann Pryor, Colm Deasy and Rosa Kim"),
    ("en", "By John E Smith", "John E Smith"),
    ("pt", "Por Ana E Silva", "Ana E Silva"),
    ("es", "POR ANA RUIZ Y BO ROE", "ANA RUIZ and BO ROE"),  # all in capitals, the joiner too
    ("fr", "Par Jean Dupont avec AFP", "Jean Dupont"),
    ("es", "Por Ana Ruiz con EFE", "Ana Ruiz"),
])
def test_joiners_between_names(lang: str, line: str, expected: str) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected


@pytest.mark.parametrize(("markup", "expected"), [
    ('<div class="author">Дмитрий Волков и Ольга Петрова</div>', "Дмитрий Волков and Ольга Петрова"),
    ('<div class="author">Jiří Dvořák a Lenka Procházková</div>', "Jiří Dvořák and Lenka Procházková"),
])
def test_joiners_in_byline_markup(markup: str, expected: str) -> None:
    assert byline_of(markup) == expected


# Chinese and Japanese list names with the enumeration comma "、" or the full-width comma; a
# Japanese writer's label "執筆者：" and the English credit "Words:" need their colon.
@pytest.mark.parametrize(("lang", "markup", "expected"), [
    ("ja", '<div class="author">中村陽子、小林誠</div>', "中村陽子 and 小林誠"),
    ("zh", '<div class="author">周明远，陈雨桐</div>', "周明远 and 陈雨桐"),
    ("ja", "<p>執筆者：中村陽子</p>", "中村陽子"),
    ("en", "<p>Words: Nell Archer | Pictures: Joss Briar</p>", "Nell Archer"),
])
def test_east_asian_name_lists_and_credit_labels(lang: str, markup: str, expected: str) -> None:
    assert byline_of(markup, lang=lang) == expected


# A Chinese byline names the reporter, then the local correspondent after their role word; a
# full-width bar ends the name before the info line's other fields; "published"/"updated" words
# of more languages end a byline line that runs on into its date; Arabic "إعداد:" (prepared by).
@pytest.mark.parametrize(("lang", "markup", "expected"), [
    ("zh", "<p>记者　周明远　通讯员　陈雨桐</p>", "周明远 and 陈雨桐"),
    ("zh", "<p>記者 周明遠 通訊員 陳雨桐</p>", "周明遠 and 陳雨桐"),
    ("zh", "<p>作者：周明遠　｜　發布時間：2026/03/02 08:10　｜　瀏覽：1,204</p>", "周明遠"),
    ("fi", "<p>Teksti: Kaisa Mäkelä Julkaistu 2.3.2026</p>", "Kaisa Mäkelä"),
    ("ru", "<p>Автор: Ольга Петрова Опубликовано вчера</p>", "Ольга Петрова"),
    ("ro", "<p>Autor: Ioana Marin Actualizat Ieri</p>", "Ioana Marin"),
    ("tr", "<p>Yazar: Elif Demir Güncellendi 2 Mart 2026</p>", "Elif Demir"),
    ("el", "<p>Συντάκτης: Ελένη Παππά Ενημερώθηκε 2 Μαρτίου 2026</p>", "Ελένη Παππά"),
    ("ar", "<p>إعداد: سلمى الخطيب</p>", "سلمى الخطيب"),
])
def test_chinese_role_words_between_names_and_where_a_line_ends(lang: str, markup: str, expected: str) -> None:
    assert byline_of(markup, lang=lang) == expected


# After a comma: a wire service or a compound role word ("Wissenschaftsredakteurin")
# ends the names; "Surname, Given" is one person; a suffix stays with its name; a particle
# left before a date ("le 3 mars") is no name.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("en", "By Ana Ruiz, Reuters", "Ana Ruiz"),
    ("nl", "Door Ana Ruiz, Belga", "Ana Ruiz"),
    ("de", "Von Ana Ruiz, Wissenschaftsredakteurin", "Ana Ruiz"),
    ("en", "By Ann Lee, The Associated Press", "Ann Lee"),
    ("en", "By Smith, Reuters", "Smith"),
    ("en", "By Coleman, Harriet", "Harriet Coleman"),
    ("en", "By Walter Greene, Jr.", "Walter Greene, Jr."),
    ("en", "By Walter Greene, Jr. and Ann Pryor", "Walter Greene, Jr. and Ann Pryor"),
    ("fr", "Par Océane Lefebvre, le 3 mars 2024", "Océane Lefebvre"),
])
def test_what_follows_a_comma_in_a_text_byline(lang: str, line: str, expected: str) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected


@pytest.mark.parametrize(("markup", "expected"), [
    ('<div class="byline">By Ana Ruiz, Reuters</div>', "Ana Ruiz"),
    ('<div class="author">Von Ana Ruiz, dpa</div>', "Ana Ruiz"),
    ('<div class="author"><a href="/autor/ar">Ana Ruiz</a>, Wissenschaftsredakteurin</div>', "Ana Ruiz"),
    ('<div class="byline">Coleman, Harriet</div>', "Harriet Coleman"),
    ('<div class="byline">Coleman, Harriet and Pryor, Ann</div>', "Harriet Coleman and Ann Pryor"),
])
def test_what_follows_a_comma_in_byline_markup(markup: str, expected: str) -> None:
    assert byline_of(markup) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ("harriet.coleman@example.org (Harriet Coleman)", "Harriet Coleman"),  # a feed's form
    ("Harriet Coleman <harriet@example.org>", "Harriet Coleman"),  # a mail header's form
])
def test_meta_author_with_an_address(content: str, expected: str) -> None:
    assert byline_of(head=f'<meta name="author" content="{content.replace("<", "&lt;")}">') == expected


# A degree after a name counts in capitals only: "Ma" and "Md" written as names are a family
# name and the short form of a given name, not a Master of Arts and a doctor.
@pytest.mark.parametrize(("markup", "expected"), [
    ('<p class="byline">By Lin Ma and Tomas Brenn</p>', "Lin Ma and Tomas Brenn"),
    ('<p class="byline">By Md Rafiq Hossain</p>', "Md Rafiq Hossain"),
    ('<p class="byline">By Harriet Coleman, MA</p>', "Harriet Coleman"),
    ('<p class="byline">By Harriet Coleman, MD, Ph.D.</p>', "Harriet Coleman"),
])
def test_a_degree_counts_in_capitals_only(markup: str, expected: str) -> None:
    assert byline_of(markup) == expected


# Name links joined by a comma or "&" in an element of their own, as themes print a list of authors.
def test_name_links_joined_by_elements_of_their_own() -> None:
    markup = ('<div class="names"><a href="/authors/harriet">Harriet Coleman</a><span>, </span>'
              '<a href="/authors/tomas">Tomas Brenn</a><span> &amp; </span><a href="/authors/odile">Odile Varga</a></div>')
    assert byline_of(markup) == "Harriet Coleman, Tomas Brenn and Odile Varga"


# The author meta names the first writer alone; the page's byline lists them and their co-authors
# (a title before the name too): the page's list. Two parts joined by a comma may be a name and
# its role: the meta's name then.
@pytest.mark.parametrize(("line", "expected"), [
    ('<p class="byline">By Dr Harriet Coleman, Tomas Brenn and Odile Varga</p>',
     "Dr Harriet Coleman, Tomas Brenn and Odile Varga"),
    ('<p class="byline">By Harriet Coleman, Garden Expert</p>', "Harriet Coleman"),
    ('<p class="byline">By Tomas Brenn, Odile Varga and Ines Kalt</p>', "Harriet Coleman"),  # another list
])
def test_the_pages_list_of_authors_completes_the_meta_author(line: str, expected: str) -> None:
    assert byline_of(line, head='<meta name="author" content="Harriet Coleman">') == expected


# A team named as the author with "Team" first, as "Redaktion Example" puts its word first: a
# collective author; "Team Lead" before a name is a role and names nobody.
@pytest.mark.parametrize(("markup", "expected"), [
    ('<div class="author-name">Team Quillmoor</div>', "Team Quillmoor"),
    ('<p class="byline">By Team Quillmoor Labs</p>', "Team Quillmoor Labs"),
    ('<p class="byline">By Harriet Coleman, Team Lead</p>', "Harriet Coleman"),
])
def test_a_team_named_first(markup: str, expected: str) -> None:
    assert byline_of(markup) == expected


# A credits line with a role label before each part ("design: …, code: …") lists the makers of
# the site, other work than the text: the authors stop at the first such label.
@pytest.mark.parametrize(("markup", "expected"), [
    ('<p class="byline">By Harriet Coleman, photos: Tomas Brenn</p>', "Harriet Coleman"),
    ('<p class="byline">By Harriet Coleman, Tomas Brenn</p>', "Harriet Coleman and Tomas Brenn"),
])
def test_a_credit_for_other_work_ends_the_authors(markup: str, expected: str) -> None:
    assert byline_of(markup) == expected


def test_json_ld_author_given_as_a_reference_to_a_graph_item() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://example.org/p#page"},
        {"@type": "NewsArticle", "headline": "Harbour market may move inland",
         "author": {"@id": "https://example.org/#/person/1"}},
        {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Ann Pryor"},
    ]}
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert byline_of('<p class="credit">Ann Pryor, Harbour Desk</p>', head=head) == "Ann Pryor"


# An SEO plugin files every post under a site account and writes it as a graph Person the article
# points to; a name the page never shows (nor an author meta) is no byline a reader sees. Shown in any
# case, in any language's page, or given in an author meta, it stays; so does one written into the item.
def _graph_head(name: str, by_reference: bool = True, meta: str = "") -> str:
    person = {"@type": "Person", "@id": "https://example.org/#/person/7", "name": name}
    author = {"@id": person["@id"], "name": name} if by_reference else {"@type": "Person", "name": name}
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": "Harbour market may move inland", "author": author}, person]}
    return f'{meta}<script type="application/ld+json">{json.dumps(graph)}</script>'


def test_several_graph_authors_stay_unshown() -> None:
    """A plugin files one account; a list of people in the graph was written by someone."""
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": "Harbour market may move inland", "author": [{"@id": "#p1"}, {"@id": "#p2"}]},
        {"@type": "Person", "@id": "#p1", "name": "Ilse Varga"}, {"@type": "Person", "@id": "#p2", "name": "Tomo Rell"}]}
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert byline_of(head=head, lang="hu") == "Ilse Varga and Tomo Rell"


@pytest.mark.parametrize("line, head, lang, expected", [
    ("", _graph_head("Olaf Brennerhaus"), "en", None),
    ("", _graph_head("Olaf Brennerhaus"), "de", None),
    ("", _graph_head("Marta Quiñones"), "es", None),
    ("<p>Texte : MARTA QUIÑONES</p>", _graph_head("Marta Quiñones"), "fr", "Marta Quiñones"),
    ('<footer><p>Foto und Text: Olaf Brennerhaus</p></footer>', _graph_head("Olaf Brennerhaus"), "de",
     "Olaf Brennerhaus"),
    ("", _graph_head("Olaf Brennerhaus", meta='<meta name="author" content="Olaf Brennerhaus">'), "en",
     "Olaf Brennerhaus"),
    ("", _graph_head("Olaf Brennerhaus", by_reference=False), "en", "Olaf Brennerhaus"),
])
def test_a_plugins_graph_author_the_page_never_shows_is_no_byline(line: str, head: str, lang: str,
                                                                    expected: str | None) -> None:
    assert byline_of(line, head=head, lang=lang) == expected


# A link preview's "Written by" label names the author: a login shown as the writer counts there.
@pytest.mark.parametrize(("value", "expected"), [
    ("harbour_desk7", "harbour_desk7"),
    ("h.coleman", "h.coleman"),
    ("Harriet Coleman", "Harriet Coleman"),
])
def test_written_by_label_in_link_preview_meta(value: str, expected: str) -> None:
    head = f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{value}">'
    assert byline_of(head=head) == expected


def test_a_user_name_in_an_unlabelled_meta_is_still_refused() -> None:
    assert byline_of(head='<meta name="twitter:data1" content="h.coleman">') is None


def _post_with_footer(footer: str) -> str:
    title = "Harbour market may move inland"
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            f'<div class="post-wrap"><h1>{title}</h1><section>{_PARAGRAPHS}</section>{footer}</div>'
            f'<footer class="site"><div class="author"><a rel="author" href="/people/owner">Site Owner</a></div></footer>'
            "</body></html>")


def test_the_footer_of_the_box_around_the_headline_is_the_posts_own() -> None:
    footer = '<footer class="meta"><div class="author"><a rel="author" href="/people/hc">Harriet Coleman</a></div></footer>'
    assert cleanpage.clean(_post_with_footer(footer)).byline == "Harriet Coleman"


def test_the_pages_footer_names_nobody() -> None:
    assert cleanpage.clean(_post_with_footer("")).byline is None


# A date written first in the byline's line, in a <time> of its own, then the label and the names.
@pytest.mark.parametrize(("line", "expected"), [
    ('<div class="meta"><time datetime="2021-05-04">04/05/2021</time> by Harriet Coleman, Staff Writer</div>',
     "Harriet Coleman"),
    ('<p><time datetime="2021-05-04">4 May 2021</time> Par Océane Lefebvre</p>', "Océane Lefebvre"),
])
def test_a_time_before_the_byline_label(line: str, expected: str) -> None:
    assert byline_of(line) == expected


# Links to an author's page, by the paths sites give them.
@pytest.mark.parametrize("path", ["/authors/harriet-coleman", "/profiles/harriet-coleman-4821"])
def test_author_page_link(path: str) -> None:
    assert byline_of(f'<p><a href="https://news.example.org{path}">Harriet Coleman</a>, Port Institute</p>') \
        == "Harriet Coleman"


# A name that opens with a number is an organisation's, not a date; dates, reading times and
# counts stay out.
@pytest.mark.parametrize(("line", "expected"), [
    ("By 42 Harbour Studio", "42 Harbour Studio"),
    ("By 7x Marine", "7x Marine"),
    ("By 12 March 2024", None),
    ("By Ann Pryor 12 March 2024", "Ann Pryor"),
])
def test_a_name_that_opens_with_a_number(line: str, expected: str | None) -> None:
    assert byline_of(f"<p>{line}</p>") == expected


@pytest.mark.parametrize(("markup", "expected"), [
    ('<span class="author">42 Harbour Studio</span>', "42 Harbour Studio"),
    ('<span class="author-meta">6 Min Read</span>', None),
])
def test_a_numbered_name_in_byline_markup(markup: str, expected: str | None) -> None:
    assert byline_of(markup) == expected


def test_a_numbered_name_in_meta() -> None:
    assert byline_of(head='<meta name="author" content="42 Harbour Studio">') == "42 Harbour Studio"


# A firm named after one family is one author, not one person twice.
@pytest.mark.parametrize(("line", "expected"), [
    ("By Pryor &amp; Pryor", "Pryor & Pryor"),
    ("By Ann Pryor &amp; Colm Deasy", "Ann Pryor and Colm Deasy"),
])
def test_a_family_firm(line: str, expected: str) -> None:
    assert byline_of(f"<p>{line}</p>") == expected


def test_a_family_firm_in_json_ld() -> None:
    item = {"@context": "https://schema.org", "@type": "Article", "headline": "Harbour market may move inland",
            "author": {"@type": "Organization", "name": "Pryor & Pryor"}}
    assert byline_of(head=f'<script type="application/ld+json">{json.dumps(item)}</script>') == "Pryor & Pryor"


# Scholarly metas list every author; a Dublin Core creator may give the first one alone.
def test_citation_metas_give_the_whole_author_list() -> None:
    head = ('<meta name="DC.Creator" content="Ann Pryor">'
            + "".join(f'<meta name="citation_authors" content="{name}">' for name in ("Ann Pryor", "Colm Deasy", "Rosa Kim")))
    assert byline_of(head=head) == "Ann Pryor, Colm Deasy and Rosa Kim"


def test_citation_metas_of_other_authors_leave_the_creator() -> None:
    head = ('<meta name="DC.Creator" content="Ann Pryor">'
            + "".join(f'<meta name="citation_author" content="{name}">' for name in ("Colm Deasy", "Rosa Kim")))
    assert byline_of(head=head) == "Ann Pryor"


# A line that opens with "By" and goes on in lower case is a sentence: its last capitalised
# words after "and" are no name ("By joining you accept our Rules and Guidelines").
@pytest.mark.parametrize("line", [
    "<p>By joining you accept our <a href='/rules'>Rules and Guidelines</a></p>",
    "<p>By signing up below, the club may email you its Newsletter and Events</p>",
])
def test_a_sentence_opening_with_by_names_nobody(line: str) -> None:
    assert byline_of(line) is None


def test_a_forms_author_field_names_nobody() -> None:
    # a review form's "author" field is labelled with a word, not a name
    form = ("<form method='post'><p class='review-form-author'><label for='author'>Nickname</label>"
            "<input id='author' name='author' type='text'></p><button>Send</button></form>")
    assert byline_of(form) is None


def test_a_byline_in_a_form_around_the_whole_page_is_read() -> None:
    # some frameworks wrap the whole page in one <form>: the headline's own box is inside it
    title = "Harbour market may move inland"
    html = (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><form id='page' method='post'>"
            f"<article><h1>{title}</h1><span class='author'>Maeve Gallen</span>{_PARAGRAPHS}</article></form></body></html>")
    assert cleanpage.clean(html).byline == "Maeve Gallen"


# A byline line's parts named for the section the story is filed under ("byline-category") hold
# no name; a class that only opens with the word ("category-card__author") is the author's.
@pytest.mark.parametrize(("line", "expected"), [
    (("<div class='byline'><span class='byline__when'>4 May 2025</span> | "
      "<span class='byline-category'><a href='/topics/tides'>Tides &amp; Currents</a></span></div>"), None),
    ("<div class='category-card__author'>Maeve Gallen</div>", "Maeve Gallen"),
])
def test_a_byline_lines_category_is_no_name(line: str, expected: str | None) -> None:
    assert byline_of(line) == expected


# A box whose class says it has no byline ("no-byline") holds something else in its place: a
# breadcrumb trail's "Home" is no name; a class naming the byline beside it still counts.
@pytest.mark.parametrize(("line", "expected"), [
    ("<div class='meta-strip no-byline'><a href='/'>Home</a> » <a href='/harbour'>Harbour</a></div>", None),
    ("<div class='meta-strip byline no-border'>Maeve Gallen</div>", "Maeve Gallen"),
])
def test_a_box_classed_as_having_no_byline_names_nobody(line: str, expected: str | None) -> None:
    assert byline_of(line) == expected


# A personal site named after its owner: the page's first link leads home and says a name the domain spells.
def personal_page(home_link: str, url: str = "https://www.marenholt.dev/notes/tide-tables", head: str = "") -> str | None:
    title = "Reading tide tables by hand"
    html = (f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>"
            f'<header><nav>{home_link}<a href="/notes/">Notes</a><a href="/about/">About</a></nav></header>'
            f"<article><h1>{title}</h1>{_PARAGRAPHS}</article></body></html>")
    return cleanpage.clean(html, url=url).byline


@pytest.mark.parametrize(("home_link", "url", "expected"), [
    ('<a href="/">Maren Holt</a>', "https://www.marenholt.dev/notes/tide-tables", "Maren Holt"),  # the whole name
    ('<a href="https://strandberg.net/">Ola Strandberg</a>', "https://strandberg.net/notes/tide-tables",
     "Ola Strandberg"),  # the family name
    ('<a href="#main">Skip to content</a><a href="../">Maren Holt</a>', "https://www.marenholt.dev/notes/", "Maren Holt"),
])
def test_a_personal_sites_home_link_names_its_author(home_link: str, url: str, expected: str) -> None:
    assert personal_page(home_link, url) == expected


@pytest.mark.parametrize(("home_link", "url", "head"), [
    ('<a href="/">Holt CRM</a>', "https://www.holtcrm.dev/notes/tide-tables", ""),  # a firm: a word in capitals
    ('<a href="/">Maren Holt</a>', "https://www.marenholt.dev/", ""),  # the home page is no one's article
    ('<a href="/">Maren Holt</a>', "https://www.tidewriters.dev/notes/tide-tables", ""),  # the domain says another name
    ('<a href="/">Maren Holt</a>', "https://www.marenholt.dev/notes/tide-tables",
     '<meta property="og:site_name" content="Maren Holt">'),  # a site that names itself: a publisher
    ('<a href="/notes/">Maren Holt</a>', "https://www.marenholt.dev/notes/tide-tables", ""),  # not the home link
    ('<a href="/">Holt</a>', "https://www.holt.dev/notes/tide-tables", ""),  # one word: a brand
])
def test_other_home_links_name_no_author(home_link: str, url: str, head: str) -> None:
    assert personal_page(home_link, url, head) is None


# A site's home page is its front, no one's article: the author meta names the firm, the byline
# markup the newest teaser's writer. The same page at an article's address keeps its byline.
@pytest.mark.parametrize(("url", "head", "expected"), [
    ("https://www.quillmoor.example/", "", None),
    ("https://www.quillmoor.example", '<meta name="author" content="Quillmoor">', None),
    ("https://www.quillmoor.example/notes/ferry-timetables", "", "Odile Varga"),
])
def test_a_home_page_names_no_author(url: str, head: str, expected: str | None) -> None:
    title = "Ferry timetables, read at a glance"
    html = (f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
            f"<p class='byline'>By Odile Varga</p>{_PARAGRAPHS}</article></body></html>")
    assert cleanpage.clean(html, url=url).byline == expected


# A meta line that gives the day before the name, in one element the byline markup names.
@pytest.mark.parametrize(("line", "expected"), [
    ('<div class="dateAndAuthor"><span>Mar 3, 2021</span><span>Ilse Marrow</span></div>', "Ilse Marrow"),
    ('<div class="post-author">2021-03-03 · Bram Oost</div>', "Bram Oost"),
    ('<p class="byline">4 May 2021 | By Cato Wiel</p>', "Cato Wiel"),
])
def test_a_day_before_the_name(line: str, expected: str) -> None:
    assert byline_of(line) == expected


# A post's meta line under the headline: the day, then a link with the writer's picture and name
# (no byline class, no author address). Without the day the line may be a shop's category tile.
@pytest.mark.parametrize(("line", "expected"), [
    ('<div><span>2021-05-03</span><span>·</span><a href="/" title="Ilse Marrow">'
     '<img src="/me.png" alt="Ilse Marrow"><div>Ilse Marrow</div></a></div>', "Ilse Marrow"),
    ('<div><a href="/tents/"><img src="/t.png" alt="Dome Tent Sets"><div>Dome Tent Sets</div></a></div>', None),
    ('<div><span>2021-05-03</span> <a href="/" title="Quillmoor"><img src="/q.png" alt="Quillmoor">Quillmoor</a></div>',
     None),  # one word by a picture: a logo
])
def test_a_dated_line_with_the_writers_picture_and_name(line: str, expected: str | None) -> None:
    assert byline_of(line) == expected


# Credit words of the web's other large languages, before the names: with or without a colon,
# in a plain line near the headline and in byline markup alike.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("id", "Oleh Budi Santoso", "Budi Santoso"),
    ("id", "Ditulis oleh Budi Santoso", "Budi Santoso"),
    ("id", "Penulis: Budi Santoso", "Budi Santoso"),
    ("id", "Reporter: Budi Santoso", "Budi Santoso"),
    ("vi", "Tác giả: Nguyễn Văn An", "Nguyễn Văn An"),
    ("vi", "Bởi Nguyễn Văn An", "Nguyễn Văn An"),
    ("tr", "Yazan: Elif Karaca", "Elif Karaca"),
    ("hu", "Írta: Kovács Anna", "Kovács Anna"),
    ("hu", "Szerző: Kovács Anna", "Kovács Anna"),
    ("el", "Του Γιώργου Παπαδάκη", "Γιώργου Παπαδάκη"),
    ("el", "Συντάκτης: Γιώργος Παπαδάκης", "Γιώργος Παπαδάκης"),
    ("he", "מאת יואב ברק", "יואב ברק"),
    ("he", "כתב: יואב ברק", "יואב ברק"),
    ("th", "โดย สมชาย ใจดี", "สมชาย ใจดี"),
    ("th", "ผู้เขียน: สมชาย ใจดี", "สมชาย ใจดี"),
    ("fa", "نویسنده: سارا کیانی", "سارا کیانی"),
    ("fa", "به قلم سارا کیانی", "سارا کیانی"),
    ("ja", "著者：佐藤花子", "佐藤花子"),
    ("zh", "文/林晓峰", "林晓峰"),
    ("zh", "记者 林晓峰", "林晓峰"),
    ("id", "Oleh karena itu rapat ditunda", None),  # "because of that": a sentence, no byline
])
def test_credit_words_of_more_languages(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected
    if expected:
        assert byline_of(f'<div class="byline">{line}</div>', lang=lang) == expected


# The word for "and" between two names in these languages is lower case ("Dan" and "Ve" are
# names or words of their own); a role in lower case after a comma, or a reporter's title after a
# Korean, Japanese or Chinese name, is no further author.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("id", "Oleh Budi Santoso dan Siti Rahmawati", "Budi Santoso and Siti Rahmawati"),
    ("tr", "Yazar: Elif Karaca ve Murat Demirel", "Elif Karaca and Murat Demirel"),
    ("vi", "Tác giả: Nguyễn Văn An và Trần Thị Bình", "Nguyễn Văn An and Trần Thị Bình"),
    ("hu", "Írta: Kovács Anna és Szabó Péter", "Kovács Anna and Szabó Péter"),
    ("ro", "Autor: Ana Popescu și Mihai Ionescu", "Ana Popescu and Mihai Ionescu"),
    ("el", "Συντάκτες: Γιώργος Παπαδάκης και Ελένη Μαρκου", "Γιώργος Παπαδάκης and Ελένη Μαρκου"),
    ("fa", "نویسنده: سارا کیانی و علی رضوانی", "سارا کیانی and علی رضوانی"),
    ("ar", "بقلم سلمى حداد و كريم ناصيف", "سلمى حداد and كريم ناصيف"),
    ("en", "By Dan Ortiz", "Dan Ortiz"),
    ("cs", "Autor: Jan Novotný, zpravodaj", "Jan Novotný"),
    ("id", "Oleh: Budi Santoso, wartawan", "Budi Santoso"),
    ("it", "Di Giulia Ferraresi, inviata", "Giulia Ferraresi"),
])
def test_joiners_and_roles_of_more_languages(lang: str, line: str, expected: str) -> None:
    assert byline_of(f'<div class="byline">{line}</div>', lang=lang) == expected


@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("ko", "박지윤 기자", "박지윤"),
    ("ko", "박지윤기자", "박지윤"),
    ("ja", "佐藤花子記者", "佐藤花子"),
    ("zh", "林晓峰 报道", "林晓峰"),
])
def test_a_reporters_title_after_the_name(lang: str, line: str, expected: str) -> None:
    assert byline_of(f'<span class="author">{line}</span>', lang=lang) == expected


# The editorial desk alone names nobody, in any language; the desk with the outlet's name is a
# collective author, as "Redaktion Example" is.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("ru", "Редакция", None), ("uk", "Редакція", None), ("cs", "Redakce", None), ("id", "Redaksi", None),
    ("id", "Tim Redaksi", None), ("ro", "Redacția", None), ("sv", "Redaktionen", None),
    ("hu", "Szerkesztőség", None), ("el", "Σύνταξη", None), ("vi", "Ban biên tập", None),
    ("tr", "Haber Merkezi", None), ("he", "מערכת", None), ("ar", "التحرير", None), ("fa", "تحریریه", None),
    ("th", "กองบรรณาธิการ", None), ("ja", "編集部", None), ("zh", "编辑部", None), ("ko", "편집부", None),
    ("id", "Redaksi Kabar Contoh", "Redaksi Kabar Contoh"),
])
def test_the_editorial_desk_alone_names_nobody(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(f'<div class="byline">{line}</div>', lang=lang) == expected


# The site speaking of its own desk ("Our Editors", "Unsere Redaktion") and an account named for
# its role ("Site Admin") name nobody, in the author meta as in the byline markup; a name that
# holds such a word elsewhere is a name.
@pytest.mark.parametrize(("lang", "author", "expected"), [
    ("en", "Our Editors", None), ("en", "Our Team", None), ("en", "Blog Admin", None),
    ("en", "Site Administrator", None), ("de", "Unsere Redaktion", None), ("fr", "Notre équipe", None),
    ("fr", "Nos rédacteurs", None), ("es", "Nuestra redacción", None), ("it", "La nostra redazione", None),
    ("nl", "Onze redactie", None), ("pt", "Nossa equipe", None), ("pl", "Nasza redakcja", None),
    ("ru", "Наша редакция", None),
    ("en", "Adminah Putri", "Adminah Putri"), ("en", "Example Team", "Example Team"),
])
def test_the_sites_own_desk_or_account_names_nobody(lang: str, author: str, expected: str | None) -> None:
    assert byline_of(f'<div class="byline"><a class="author-link" href="/about">{author}</a></div>',
                     lang=lang) == expected
    assert byline_of(head=f'<meta name="author" content="{author}">', lang=lang) == expected


# Chinese credit words before a bar drawn as the stroke "丨" or the vertical dash "︱" (as before
# a slash); the pictures' credit after it ends the byline.
@pytest.mark.parametrize(("line", "expected"), [
    ("作者丨林晓峰", "林晓峰"), ("作者︱林晓峰", "林晓峰"), ("文丨林晓峰 图丨陈静", "林晓峰"),
    ("撰文︱周雅婷", "周雅婷"),
])
def test_a_chinese_credit_before_a_bar(line: str, expected: str) -> None:
    assert byline_of(f"<p>{line}</p>", lang="zh") == expected


# What follows the name: a role or a place opening in lower case ("zpravodaj v Bruselu", "de
# Lisboa"), a correspondent's title in a script without capitals, a full-width bracket, a further
# Chinese label ("来源：", "责任编辑："); a Chinese line may give the source first; a Korean byline
# names the reporter by the word before "기자", after the outlet.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("cs", "Jan Novotný, zpravodaj v Bruselu", "Jan Novotný"),
    ("pl", "Jan Wiśniak, korespondent z Brukseli", "Jan Wiśniak"),
    ("pt", "Por Rui Valadares, de Lisboa", "Rui Valadares"),
    ("he", "מאת יואב ברק, כתב הנמל", "יואב ברק"),
    ("ja", "文：佐藤花子（新海新聞）", "佐藤花子"),
    ("zh", "作者：林晓峰 来源：新海日报", "林晓峰"),
    ("zh", "作者：林晓峰　责任编辑：王丽", "林晓峰"),
    ("zh", "来源：新海日报 作者：林晓峰", "林晓峰"),
    ("ko", "신해일보 박지윤 기자", "박지윤"),
    ("ko", "(서울=신해일보) 박지윤 기자", "박지윤"),
    ("ko", "박지윤 기자, 김민수 기자", "박지윤 and 김민수"),
    ("ar", "كتب: كريم ناصيف", "كريم ناصيف"),
    ("el", "Γράφει ο Γιώργος Παπαδάκης", "Γιώργος Παπαδάκης"),
])
def test_what_follows_the_name_in_more_languages(lang: str, line: str, expected: str) -> None:
    assert byline_of(f'<div class="byline">{line}</div>', lang=lang) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("박지윤 기자", "박지윤"),
    ("박지윤 선임기자 jiyun@example.kr", "박지윤"),
    ("글 박지윤 기자", "박지윤"),  # "text by" before the reporter
    ("글·사진 박지윤 기자", "박지윤"),  # "text and photos by"
    ("항만공사 관계자는 기자회견에서 이같이 밝혔다", None),
])
def test_a_korean_reporters_line_near_the_headline(line: str, expected: str | None) -> None:
    assert byline_of(f"<p>{line}</p>", lang="ko") == expected


# A Chinese or Japanese line of the reporter's name and "记者"/"記者" after it; the paper's own or
# a contributing reporter without a name names nobody.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("zh", "林晓峰 记者", "林晓峰"),
    ("ja", "佐藤花子記者", "佐藤花子"),
    ("zh", "本报记者", None),
    ("zh", "特约记者", None),
])
def test_a_chinese_or_japanese_reporters_line(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected


# Credit words of further languages: Hindi "लेखक"/"द्वारा" (a name in Devanagari, whose vowel signs
# are marks inside its words), Bengali "লেখক", Urdu "تحریر:", Finnish "Teksti:"/"Kirjoittanut",
# Croatian, Serbian and Bosnian "Piše"/"Пише"/"Napisala", Slovenian "Avtorica", Lithuanian
# "Autorius", Latvian "Autors", Catalan "Escrit per"; a Chinese paper's own reporter ("本报记者").
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("hi", "लेखक: सुरेश नागपाल", "सुरेश नागपाल"),
    ("hi", "द्वारा सुरेश नागपाल", "सुरेश नागपाल"),
    ("bn", "লেখক: তানভীর আলম", "তানভীর আলম"),
    ("ur", "تحریر: فرحان قاسمی", "فرحان قاسمی"),
    ("fi", "Teksti: Veera Lahtinen", "Veera Lahtinen"),
    ("fi", "Kirjoittanut Veera Lahtinen", "Veera Lahtinen"),
    ("hr", "Piše: Luka Barišić", "Luka Barišić"),
    ("sr", "Пише: Милош Радовић", "Милош Радовић"),
    ("bs", "Napisala Amra Hodžić", "Amra Hodžić"),
    ("sl", "Avtorica: Nina Kralj", "Nina Kralj"),
    ("lt", "Autorius: Tomas Jankauskis", "Tomas Jankauskis"),
    ("lv", "Autors: Jānis Ozoliņš", "Jānis Ozoliņš"),
    ("ca", "Escrit per Núria Vilaseca", "Núria Vilaseca"),
    ("zh", "本报记者 林晓峰", "林晓峰"),
    ("hr", "Piše se o tome već godinama", None),  # "it has been written about for years": a sentence
])
def test_credit_words_of_further_languages(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected
    if expected:
        assert byline_of(f'<div class="byline">{line}</div>', lang=lang) == expected


# A Korean wire story names its reporter in the first paragraph, after the place and the agency
# in brackets and before "=" and the text; a bracket with no reporter after it names nobody.
@pytest.mark.parametrize(("paragraph", "expected"), [
    ("(부산=신해일보) 박지윤 기자 = 항구 의회는 목요일 수산시장을 내륙으로 옮기는 계획을 논의했다.", "박지윤"),
    ("[부산=신해일보] 박지윤 선임기자 = 항구 의회는 목요일 수산시장을 내륙으로 옮기는 계획을 논의했다.", "박지윤"),
    ("(부산=신해일보) 항구 의회는 목요일 수산시장을 내륙으로 옮기는 계획을 논의했다고 기자들에게 밝혔다.", None),
])
def test_a_korean_wire_storys_reporter_before_the_text(paragraph: str, expected: str | None) -> None:
    assert byline_of(f"<p>{paragraph}</p>", lang="ko") == expected


def test_a_korean_wire_storys_first_paragraph_stays_in_the_body() -> None:
    # the reporter is read from it, but the sentence after "=" is the story's first: a byline line
    # is dropped from the body only when little but the names is left (few CJK characters)
    title = "Harbour market may move inland"
    lead = "(부산=신해일보) 박지윤 기자 = 항구 의회는 목요일 수산시장을 내륙으로 옮기는 계획을 논의했다고 밝혔다."
    html = (f'<!DOCTYPE html><html lang="ko"><head><title>{title}</title></head><body><article><h1>{title}</h1>'
            f'<div class="byline">박지윤 기자</div><p>{lead}</p>{_PARAGRAPHS}</article></body></html>')
    article = cleanpage.clean(html)
    assert article.byline == "박지윤" and "수산시장을 내륙으로" in article.text


def test_a_blog_post_under_its_blogs_name_finds_the_author_in_the_posts_footer() -> None:
    # the blog's name is the page's one h1 and the <title>'s head ("Blog: Post", og:title the post's
    # title); the post's title in an h3 anchors the byline search, which finds "Posted by" in the post's footer, inside the
    # engine's "widget Blog" column
    post = "Harbour market may move inland"
    html = (f'<!DOCTYPE html><html lang="id"><head><title>Harbour Notes: {post}</title>'
            f'<meta property="og:title" content="{post}"></head><body>'
            f'<header><div class="Header widget"><h1 class="title"><a href="/">Harbour Notes</a></h1></div></header>'
            f'<div class="main"><div class="widget Blog"><div class="post hentry"><h3 class="post-title">{post}</h3>'
            f'<div class="post-body">{_PARAGRAPHS * 3}</div><div class="post-footer"><span class="post-author vcard">'
            f'Diposting oleh <span class="fn" itemprop="author"><span itemprop="name">Rina Wulandari</span></span>'
            f'</span></div></div></div></div></body></html>')
    article = cleanpage.clean(html)
    assert article.title == post and article.byline == "Rina Wulandari"


# A Chinese or Japanese info line labels the day, the source and then the author: the author's
# label, after a space, opens the byline; an editor's label names no author.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("zh", "2024-03-03 10:20 来源：新海日报 作者：林晓峰", "林晓峰"),
    ("zh", "发布时间：2024年3月3日 来源：新海日报 记者：林晓峰", "林晓峰"),
    ("ja", "2024年3月3日 掲載 著者：佐藤花子", "佐藤花子"),
    ("zh", "2024-03-03 来源：新海日报 责任编辑：王丽", None),
])
def test_the_author_label_later_in_an_info_line(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(f'<div class="info">{line}</div>', lang=lang) == expected


# A meta line that gives the day (and the time) before the byline label: the byline after it; a
# sentence after the day ("by clicking …") names nobody. In byline markup the time goes with the day.
@pytest.mark.parametrize(("line", "expected"), [
    ("<p>3 March 2024 | By Corran Vell</p>", "Corran Vell"),
    ("<p>March 3, 2024 at 10:20 am by Corran Vell</p>", "Corran Vell"),
    ("<p>4/17/2016 9:05 AM PST BY CORRAN VELL</p>", "CORRAN VELL"),
    ("<p>4. März 2024 · Von Hilde Marwitz</p>", "Hilde Marwitz"),
    ("<p>March 3, 2024 by clicking the link you accept the terms</p>", None),
    ('<div class="byline">Mar 3, 2024 10:20 AM · Corran Vell</div>', "Corran Vell"),
])
def test_the_day_before_the_byline_label(line: str, expected: str | None) -> None:
    assert byline_of(line) == expected


# "Published by" / "posted by" in the nine languages and Turkish "Muhabir:" (reporter) label a
# byline; a name particle left before the day the line goes on with is no part of the name.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("fr", "Publié par Océane Lefebvre", "Océane Lefebvre"),
    ("de", "Veröffentlicht von Jonas Albrecht", "Jonas Albrecht"),
    ("es", "Publicado por Lucía Pardo", "Lucía Pardo"),
    ("it", "Pubblicato da Giulia Ferraresi", "Giulia Ferraresi"),
    ("nl", "Geplaatst door Sanne Verhoeven", "Sanne Verhoeven"),
    ("pt", "Postado por Rui Valadares", "Rui Valadares"),
    ("pl", "Opublikowała: Ewa Kaczmarek", "Ewa Kaczmarek"),
    ("tr", "Muhabir: Elif Karaca", "Elif Karaca"),
    ("fr", "Par Océane Lefebvre le 03/03/2024 à 10h20", "Océane Lefebvre"),
    ("nl", "Door Sanne van Dijkstra", "Sanne van Dijkstra"),
])
def test_published_by_labels_and_a_particle_before_the_day(lang: str, line: str, expected: str) -> None:
    assert byline_of(f"<p>{line}</p>", lang=lang) == expected


# A label alone on its line, the names on the line after the break: the names, not the
# paragraph after the byline ("The harbour council met..." gave "The").
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("en", "<p>Author:<br>Ann Lee</p>", "Ann Lee"),
    ("en", "<div><strong>Written by</strong><br><strong>Ann Lee</strong></div>", "Ann Lee"),
    ("en", "<p>Written by<br><a href='/team/ann'>Ann Lee</a> and <a href='/team/bo'>Bo Roe</a><br>May 3, 2024</p>",
     "Ann Lee and Bo Roe"),
    ("de", "<p><span>Von</span><br><span>Anna Weber</span></p>", "Anna Weber"),
    ("pl", "<p><b>Autor:</b><br>Jan Nowak</p>", "Jan Nowak"),
    ("fr", "<p><strong>Texte :</strong><br>Marie Dubois</p>", "Marie Dubois"),
    ("es", "<p>Por<br>Lucía Ortega</p>", "Lucía Ortega"),
    ("en", "<p>Author:<br></p>", None),  # an empty line after the label: nobody
])
def test_a_label_on_its_own_line_above_the_names(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(line, lang=lang) == expected


def test_a_photo_credit_under_the_headline_names_no_author() -> None:
    """"Photo by" credits the lead picture; "Photos by" may credit a photo story's maker."""
    assert byline_of("<p>Photo by Tomas Reyes</p>") is None
    assert byline_of("<p>Photos by Tomas Reyes</p>") == "Tomas Reyes"


def test_an_author_label_closing_a_long_page_names_the_author() -> None:
    """A guide whose only credit, "Author:" and the name in elements of their own, closes the page
    after a long text: read like "Written by" there. In a sentence the label credits nobody."""
    steps = "".join(f"<h3>Step {n}</h3><p>Mark the hull, sand it down and paint the keel.</p>"
                    "<ul><li>Brush</li><li>Sandpaper</li><li>Tape</li></ul>" for n in range(90))
    credit = "<div class='credit'><p>Author:</p><div class='author-name'>Nell Archer</div></div>"
    html = (f"<!DOCTYPE html><html lang='en'><head><title>Repaint a dinghy</title></head><body>"
            f"<div class='hero'><h1>Repaint a dinghy</h1></div><main>{_PARAGRAPHS}{steps}</main>{credit}</body></html>")
    assert cleanpage.clean(html).byline == "Nell Archer"
    sentence = "<p>Author: the hull shape matters more than the paint, says every boatyard.</p>"
    assert cleanpage.clean(html.replace(credit, sentence)).byline is None


# The writer credited for the pictures too ("Text and photos:"), a Chinese picture credit after the
# writer's ("文/… 图/…"), and a freelancer's "Special to" credit: the writer alone.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("en", "<p>Text and photos: Nell Archer</p>", "Nell Archer"),
    ("pl", "<p>Tekst i zdjęcia: Agnieszka Wróbel</p>", "Agnieszka Wróbel"),
    ("de", "<p>Text und Fotos: Jonas Albrecht</p>", "Jonas Albrecht"),
    ("pt", "<p>Texto e fotos: Rui Valadares</p>", "Rui Valadares"),
    ("zh", "<p>文/周明远 图/陈雨桐</p>", "周明远"),
    ("en", "<p>By Nell Archer, Special to the Harbour Gazette</p>", "Nell Archer"),
])
def test_credits_for_words_and_pictures(lang: str, line: str, expected: str) -> None:
    assert byline_of(line, lang=lang) == expected


# A credit line naming the photographer first, the writer after a separator: the writer; the
# photographer's credit alone names no author.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("de", "<p>Foto: Lina Hartmann · Text: Jonas Albrecht</p>", "Jonas Albrecht"),
    ("en", "<p>Photos: Joss Briar | Words: Nell Archer</p>", "Nell Archer"),
    ("pl", "<p>Zdjęcia: Piotr Zieliński / Tekst: Agnieszka Wróbel</p>", "Agnieszka Wróbel"),
    ("de", "<p>Foto: Lina Hartmann</p>", None),
])
def test_the_writers_credit_after_the_pictures_credit(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(line, lang=lang) == expected


# A story's line "By A and B" near the headline, and an author box of A after the text: the box is
# one author's of two; both stay. An author box alone still names its author.
@pytest.mark.parametrize(("line", "expected"), [
    ("<div class='Story_meta__k9'><span>di Giulia Marchetti e Paolo Serra</span></div>",
     "Giulia Marchetti and Paolo Serra"),
    ("", "Giulia Marchetti"),
])
def test_an_author_box_of_one_of_the_lines_authors_keeps_them_all(line: str, expected: str) -> None:
    title = "Harbour market may move inland"
    box = ("<div class='Author_card__3h'><div class='Author_name__p0'>Giulia Marchetti</div>"
           "<div class='Author_text__Bn'>Follows the city's council and its harbour since 2015.</div></div>")
    html = (f"<html lang='it'><head><title>{title}</title></head><body><article><h1>{title}</h1>{line}"
            f"{_PARAGRAPHS}{box}</article></body></html>")
    assert cleanpage.clean(html).byline == expected



# A blog's post header: the day it was posted, its label and weekday with it, then the byline
# word and the name. A day with other words after it than the byline is no such header.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("en", "<div class='post-header'>Posted on Saturday, 22 November 2025 by Nell Archer</div>", "Nell Archer"),
    ("de", "<div class='post-header'>Veröffentlicht am 3. April 2026 um 10:20 von Jonas Albrecht</div>",
     "Jonas Albrecht"),
    ("fr", "<div class='post-header'>Publié le 3 avril 2026 par Claire Dumas</div>", "Claire Dumas"),
    ("th", "<div class='post-header'>โพสต์เมื่อ วันเสาร์ที่ 22 พฤศจิกายน พ.ศ. 2568 โดย สมชาย ศรีสุข</div>",
     "สมชาย ศรีสุข"),
    ("en", "<div class='post-header'>Posted on Saturday, 22 November 2025 in Harbour News</div>", None),
])
def test_a_byline_after_the_day_the_post_went_up(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(line, lang=lang) == expected


# A blog engine marks its writer's account in a data attribute: the handle it shows is the byline
# (a handle alone, unmarked, reads as a template key).
@pytest.mark.parametrize(("line", "expected"), [
    ("<span class='author vcard'><span class='fn' data-user-name='tide_walker'>tide_walker</span></span>", "tide_walker"),
    ("<span class='author'><span data-username='mori.k'>mori.k</span></span>", "mori.k"),
    ("<span class='author'><span data-username='someone_else'>tide_walker</span></span>", None),
])
def test_a_handle_marked_as_the_writers_account(line: str, expected: str | None) -> None:
    assert byline_of(line) == expected


# A blog platform's post header names the writer by the nickname they post under, its class says
# so ("nick", "nickname"); a word that holds "nick" ("nickel") is no such class.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("ko", "<div class='post_info'><span class='nick'><a class='link'>바람결서가</a></span>"
           "<span class='date'>2026. 9. 12. 23:48</span></div>", "바람결서가"),
    ("ja", "<div class='entry-meta'><span class='nickname'>山本花子</span></div>", "山本花子"),
    ("en", "<div class='entry-meta'><span class='nickel-badge'>Ann Lee</span></div>", None),
])
def test_a_nickname_class_names_the_writer(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(line, lang=lang) == expected


# A meta line may open with a separator mark before its label: the mark is no part of the label.
@pytest.mark.parametrize("line, lang, expected", [
    ("<p class='meta'><small>- Publicado por: <b>Ana Lima</b> - Categoria: Cidade</small></p>", "pt", "Ana Lima"),
    ("<p class='meta'>· By Orla Penwick · 4 min read</p>", "en", "Orla Penwick"),
    ("<p class='meta'>| Von Hans Weidler</p>", "de", "Hans Weidler"),
    ("<p class='meta'>— Par Claire Duvivier</p>", "fr", "Claire Duvivier"),
])
def test_a_separator_mark_before_the_byline_label(line: str, lang: str, expected: str) -> None:
    assert byline_of(line, lang=lang) == expected


# One capitalised word in round brackets after the given name is part of the name (a birth name,
# a second family name): kept as written, in a list too. After the full name, in lower case, an
# agency's or a number, a bracket is an aside and goes.
@pytest.mark.parametrize(("line", "expected"), [
    ("By Ann (Marsh) Lee", "Ann (Marsh) Lee"),
    ("Por María (Vidal) Ortega", "María (Vidal) Ortega"),
    ("By Bo Roe and Ann (Marsh) Lee", "Bo Roe and Ann (Marsh) Lee"),
    ("By Ann Lee (Harbour Gazette)", "Ann Lee"),
    ("By Ann Lee (Gazette) and Bo Roe", "Ann Lee and Bo Roe"),
    ("By Ann (marsh) Lee", "Ann Lee"),
    ("By Ann (AP) Lee", "Ann Lee"),
    ("By Ann Lee (2024)", "Ann Lee"),
])
def test_a_bracketed_word_inside_a_name_stays(line: str, expected: str) -> None:
    assert byline_of(f"<p class='byline'>{line}</p>") == expected


# A day before the byline's label on one line: a numeric day that reads either way ("05/10/2018"
# is the 5th of October or the 10th of May) is a day all the same, and the label after it names
# the author. A number that is no day leaves the line as it is.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("pt", "<small><b>05/10/2018</b> - Publicado por: Ana Lima - Categoria: Saúde</small>", "Ana Lima"),
    ("pt", "<small><b>25/10/2018</b> - Publicado por: Ana Lima - Categoria: Saúde</small>", "Ana Lima"),
    ("es", "<small>03/04/2021 · Publicado por: Lucía Pardo</small>", "Lucía Pardo"),
    ("pt", "<small>45/61/2018 - Publicado por: Ana Lima</small>", None),
])
def test_a_day_before_the_byline_label(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(line, lang=lang) == expected


# A byline with no label and no markup: the name's own element, and the day in the element after
# it, side by side in one short line under the headline. A place or a single word beside a day,
# or a name beside no day, is no byline.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("fr", '<div class="meta"><span>Odile Varga</span><span>Publié le 26/11/2026 à 17:20</span></div>',
     "Odile Varga"),
    ("el", '<div class="meta"><div>Ελένη Καρρά</div><div>01.12.2025 | 09:15</div></div>', "Ελένη Καρρά"),
    ("hi", '<div class="meta"><span class="x">सुनील वर्मा</span>, <span>22 अप्रैल 2026, 11:05 AM</span></div>',
     "सुनील वर्मा"),
    ("en", '<div class="meta"><div class="w">Tomas Brenn</div><div class="d">Tuesday, 8 July 2025</div></div>',
     "Tomas Brenn"),
    ("en", '<div class="meta"><span>Harbourside</span><span>8 July 2025</span></div>', None),
    ("en", '<div class="meta"><span>Tomas Brenn</span><span>Opinion and analysis</span></div>', None),
    ("en", '<div class="meta"><span>Tomas Brenn</span> wrote on <span>8 July 2025</span></div>', None),
    ("en", '<div class="meta"><span class="location">Port Ellen</span><span>8 July 2025</span></div>', None),
    ("en", '<div class="meta"><a href="/local/"><span>Local Matters</span><span>8 July 2025</span></a></div>', None),
    ("en", '<div class="meta"><span>Local News</span><span>8 July 2025</span></div>', None),
])
def test_a_name_beside_its_day(lang: str, line: str, expected: str | None) -> None:
    assert byline_of(line, lang=lang) == expected


# ...but the site's own name beside the day is the masthead's line, no byline.
def test_the_sites_name_beside_the_day_is_no_byline() -> None:
    head = '<meta property="og:site_name" content="Harbour Gazette">'
    line = '<div class="meta"><span>Harbour Gazette</span><span>8 July 2025</span></div>'
    assert byline_of(line, head=head) is None
    assert byline_of(line.replace("Harbour Gazette", "Tomas Brenn"), head=head) == "Tomas Brenn"


# Labels of an interview's writer ("Propos recueillis par", "Interview by"), of the journalists
# (Norwegian, Danish, Swedish, German "Journalist(in):") and of a question's asker on a Q&A site.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("fr", "<p>Propos recueillis par Odile Varga</p>", "Odile Varga"),
    ("en", "<p>Interview by Tomas Brenn</p>", "Tomas Brenn"),
    ("nb", "<p>Journalister: Sindre Lunde og Ingrid Moen</p>", "Sindre Lunde and Ingrid Moen"),
    ("de", "<p>Journalistin: Katrin Holm</p>", "Katrin Holm"),
    ("zh", "<p>提问者：林晓峰</p>", "林晓峰"),
])
def test_interview_journalist_and_asker_labels(lang: str, line: str, expected: str) -> None:
    assert byline_of(line, lang=lang) == expected


# A labelled day, a separator, then the labelled byline on one line, the day written with a
# full stop after its number as Hungarian, Norwegian or German write it ("24. |", "13.40 ·").
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("hu", "<div class='x'>Közzétéve: 2025. november 24. | Írta: Fekete Anna</div>", "Fekete Anna"),
    ("nb", "<div class='x'>Oppdatert torsdag 4. desember 2025 kl. 13.40 · Journalist: Ingrid Moen</div>",
     "Ingrid Moen"),
])
def test_a_labelled_day_then_a_separator_then_the_byline(lang: str, line: str, expected: str) -> None:
    assert byline_of(line, lang=lang) == expected


# What the page is ("Press Release"), or the office that issued it ("Press Office", "Ufficio
# Stampa …", "Corporate Communications"), names no writer: no byline of its own, and no co-author
# beside a person's name.
@pytest.mark.parametrize(("lang", "line", "head", "expected"), [
    ("en", '<span class="blog-author">Press Release</span>', "", None),
    ("en", '<span class="news-author">Story by Katrin Holm, Press Office</span>', "", "Katrin Holm"),
    ("en", "", '<meta name="author" content="Corporate Communications">', None),
    ("it", "", ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
                '"author": {"@type": "Organization", "name": "Ufficio Stampa Università di Quillmoor"}}</script>'), None),
    ("de", '<p class="byline">Von Katrin Holm, Unternehmenskommunikation</p>', "", "Katrin Holm"),
])
def test_a_release_or_a_press_office_is_no_author(lang: str, line: str, head: str, expected: str | None) -> None:
    assert byline_of(line, head=head, lang=lang) == expected


# The article's author box set as a <footer> beside its header, its class saying so, with the
# author's topics to follow: the byline (another footer, the page's, still names nobody's article).
def test_an_author_footer_beside_the_header_holds_the_byline() -> None:
    title = "Harbour market may move inland"
    topics = "".join(f"<li><a href='/topics/{n}/'>Topic {n}</a></li>" for n in range(20))
    html = (f"<html><head><title>{title}</title></head><body><main><div class='inner'>"
            f"<header><div class='headline'><h1>{title}</h1></div></header>"
            "<footer class='article-author'><div class='byline'><span itemprop='author'>"
            "<span itemprop='name'><a href='/people/katrin-holm/'>Katrin Holm</a></span></span></div>"
            f"<ul class='follow'>{topics}</ul></footer>"
            f"<div class='body'>{_PARAGRAPHS}</div></div></main>"
            "<footer class='site'><p class='byline'>By Tomas Brenn</p></footer></body></html>")
    assert cleanpage.clean(html).byline == "Katrin Holm"


# Byline markup named by the writer's own word in the Nordic languages, Dutch and German.
@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("sv", "<span class='skribent'>Karin Lindqvist</span>", "Karin Lindqvist"),
    ("da", "<div class='article-forfatter'>Mette Holm</div>", "Mette Holm"),
    ("nl", "<span class='schrijver'>Pieter de Vries</span>", "Pieter de Vries"),
    ("de", "<span class='verfasser-name'>Katrin Holm</span>", "Katrin Holm"),
])
def test_the_writers_own_word_in_class(lang: str, line: str, expected: str) -> None:
    assert byline_of(line, lang=lang) == expected


# A site that shows its writers by their accounts: the user name in the author's name element is
# the byline (a placeholder account names nobody).
@pytest.mark.parametrize(("line", "expected"), [
    ("<div class='author-name'>qm_harbour82</div>", "qm_harbour82"),
    ("<div class='authorName'>qm_harbour82</div>", "qm_harbour82"),
    ("<div class='author-name'>admin</div>", None),
])
def test_a_user_name_in_the_authors_name_element(line: str, expected: str | None) -> None:
    assert byline_of(line) == expected


# The post's footer, nested in the headline's <article> below a wrapper, gives its author; a
# footer of another article (a teaser's) does not.
def test_the_footer_of_the_headlines_article_at_any_depth() -> None:
    title = "Harbour market may move inland"
    html = (f"<html><head><title>{title}</title></head><body><main><article class='post'>"
            f"<header><h1>{title}</h1></header><div class='wrap'><div class='body'>{_PARAGRAPHS}</div>"
            "<footer class='entry-footer'><div class='post-author'><div class='author-name'>Katrin Holm</div>"
            "</div></footer></div></article></main></body></html>")
    assert cleanpage.clean(html).byline == "Katrin Holm"


# A share or follow button's word in the author box names no one.
@pytest.mark.parametrize(("lang", "line"), [
    ("en", "<div class='author'><span>Share</span></div>"),
    ("de", "<div class='author'><span>Folgen</span></div>"),
    ("fr", "<div class='auteur'><span>Partager</span></div>"),
])
def test_a_share_or_follow_word_is_no_author(lang: str, line: str) -> None:
    assert byline_of(line, lang=lang) is None


# A wire credit's reporters, not its editors ("Reporting by …; Editing by …"); a broadcaster or a
# news service after the name is where the story came from, no co-author.
@pytest.mark.parametrize(("line", "expected"), [
    ("<p class='byline'>Reporting by Katrin Holm; Editing by Tomas Brenn</p>", "Katrin Holm"),
    ("<p class='byline'>Additional reporting by Katrin Holm</p>", "Katrin Holm"),
    ("<p class='byline'>By Katrin Holm, CNN</p>", "Katrin Holm"),
    ("<p class='byline'>By Katrin Holm and Tomas Brenn, BBC News</p>", "Katrin Holm and Tomas Brenn"),
])
def test_reporters_not_editors_and_no_broadcaster(line: str, expected: str) -> None:
    assert byline_of(line) == expected
