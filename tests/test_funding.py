"""The funding field: statements found by heading or by shape and place, wherever
they sit on the page; story sentences, product features and reader support are not funding."""

from __future__ import annotations

import pytest

import cleanpage

PARAGRAPHS = "".join(
    f"<p>Paragraph {i} of the report on the storm season, with enough words in it to read as a real "
    f"paragraph of running text that a reader would want to keep in the article.</p>" for i in range(6)
)


def page(inside: str = "", outside: str = "", header: str = "") -> str:
    return ("<!doctype html><html lang='en'><head><title>Storm study | Daily Planet</title></head><body>"
            f"<nav class='main-nav'><a href='/'>Home</a></nav>{outside}<article><header><h1>Storm study</h1>"
            f"{header}</header><div class='article-body'>{PARAGRAPHS}{inside}</div></article></body></html>")


@pytest.mark.parametrize("sentence", [
    "The new watch is supported by the companion app on every phone.",  # a product feature
    "Version 1.2 is supported by most browsers since last spring.",
    "The city council said the bridge was financed with a loan from the regional bank.",  # news
    "Our journalism is supported by readers like you, so please consider a donation.",
    "We acknowledge the creativity of the people who wrote the first hooks library.",  # thanks
    "Das Öl kann später gefördert werden, sagte der Sprecher des Konzerns am Montag.",
    # a commercial item a brand pays to place: the brand sells it, it funds no work
    "This sponsored offer is brought to you by Example Vault.",
    "This sponsored giveaway is brought to you by Example Labs.",
    "This guide is brought to you by our advertising partner, Example Outfitters.",
    # the public as the supporter, a masthead's line on every page
    "This newsletter is made possible by the Example Press Fund and by readers like you.",
    # money a company raised from investors (a round, a valuation, its total to date): news about
    # the company, not who funded the work the page publishes
    "Founded in 2019 with funding from Example Ventures, the company now employs forty people.",
    "The startup has received funding from Example Ventures and Sample Capital, a spokesperson said.",
    "Example Robotics has raised $85 million to date, with funding from Example Capital and Sample Partners.",
    "Example Robotics received funding from Sample Capital at a valuation of $300 million.",
    # a version floor: what a feature works with
    "This feature is supported by Example Database 14 and later.",
    # the people who use or build the work, not a funder
    "This project is supported by the community, and anyone can send a change for review.",
    # a job's terms: a funded post or fellowship advertised
    "This post is funded by the Example Marsh Trust for three years and starts in October.",
    "Applications for this fellowship, funded by the Example Marsh Trust, close on 1 May.",
])
def test_story_sentences_with_funding_words_are_not_funding(sentence: str) -> None:
    article = cleanpage.clean(page(inside=f"<p>{sentence}</p>"))
    assert article.funding is None
    assert sentence in article.text


@pytest.mark.parametrize("statement", [
    "This research was supported by the Ocean Trust under grant number OT-2291.",
    "We gratefully acknowledge support from the Simons Foundation and member institutions.",
    "Funding for this project was provided by the Coastal Science Fund.",
    "Das Projekt wird vom Bundesministerium für Bildung und Forschung gefördert.",
    "Este proyecto ha sido financiado por la Agencia Estatal de Investigación.",
    # a sponsor's or funder's statement of its own: the author's organisation, a commissioned study, a
    # funder's disclaimer, a paid media partner, a sponsored episode or newsletter
    "Tidewater, our small nonprofit lab, is funded by the Example Marsh Trust and two local firms.",
    "My research is supported by the Example Wetlands Council.",
    "The Example Institute commissioned this study to compare flood barriers in three estuaries.",
    "The Harbour Council's support for this site is limited to activities within its charter.",
    "Disclosure: Example Media is a paid media partner for the Tidewater Week conference.",
    "The course was first written by the Estuary Guild with support from the Example Coastal Heritage Fund.",
    "This sponsored episode is brought to you by Example Labs.",
    "Dieser Newsletter wird von der Beispiel GmbH gesponsert.",
    "Cette lettre est sponsorisée par Exemple SA.",
    "Este boletín está patrocinado por Ejemplo S.A.",
    "Questa newsletter è sponsorizzata da Esempio SpA.",
])
def test_self_contained_statement_at_the_body_end(statement: str) -> None:
    article = cleanpage.clean(page(inside=f"<p>{statement}</p>"))
    assert article.funding == statement
    assert statement in article.text


@pytest.mark.parametrize("heading", ["Funding", "Förderung", "Financement", "Finanziamento", "基金"])
def test_section_under_a_funding_heading(heading: str) -> None:
    body = "The Coastal Science Fund, award 4411."
    article = cleanpage.clean(page(inside=f"<h2>{heading}</h2><p>{body}</p><h2>References</h2><p>Doe 2024.</p>"))
    assert article.funding == body


def test_statement_in_a_disclosures_dialog_is_found_and_kept_in_the_body() -> None:
    dialog = ("<div class='modal' role='dialog'><h2>Author, Article and Disclosure Information</h2>"
              "<p><strong>Grant Support:</strong> By the Coastal Science Fund (award 4411).</p></div>")
    article = cleanpage.clean(page(outside=dialog))
    assert article.funding == "Grant Support: By the Coastal Science Fund (award 4411)."
    assert article.funding in article.text  # put back at the body's end
    assert "Disclosure Information" not in article.text  # the dialog itself stays gone


def test_sponsor_notice_in_the_article_header_names_the_sponsor_by_its_logo() -> None:
    notice = "<aside class='sponsor'><p>The Storm Desk is supported by</p><a href='/s'><img alt='Fund'></a></aside>"
    article = cleanpage.clean(page(header=notice))
    assert article.funding == "The Storm Desk is supported by Fund"


def test_competing_interests_section_is_kept_and_is_not_funding() -> None:
    declaration = ("<h2>Competing interests</h2><p>The authors declare no competing interests.</p>"
                   "<h2>Ethics declarations</h2><p>The study was approved by the review board.</p>")
    article = cleanpage.clean(page(inside=declaration))
    assert article.funding is None
    assert "declare no competing interests" in article.text
    assert "approved by the review board" in article.text


@pytest.mark.parametrize("dialog, kept", [
    (("<dl><dt>Funding</dt><dd>Funded by the Coastal Science Fund (award 4411).</dd>"
      "<dt>Conflicts of interest</dt><dd>The authors declare no conflicts of interest.</dd></dl>"),
     "The authors declare no conflicts of interest."),
    (("<p><strong>Financiamento:</strong> Fundo Costeiro de Ciência (processo 4411).</p>"
      "<p><strong>Aprovação ética:</strong> Estudo aprovado pelo comitê de ética da universidade.</p>"),
     "Estudo aprovado pelo comitê de ética da universidade."),
])
def test_labelled_declarations_in_a_hidden_dialog_are_kept_in_the_body(dialog: str, kept: str) -> None:
    """A dialog's "Conflicts of interest" term or "Ethics approval:" line is the article's
    declaration: the body keeps it as its own section while the dialog goes."""
    html = page(outside=f"<div class='modal' role='dialog' hidden><h2>Article information</h2>{dialog}</div>")
    article = cleanpage.clean(html)
    assert kept in article.text
    assert kept not in (article.funding or "")
    assert "Article information" not in article.text


@pytest.mark.parametrize("notice", [
    "This week's podcast is sponsored by the Harbour Trust.",
    "This series is brought to you by Example Labs, the open-source platform.",
    "Note: I wrote this post in collaboration with Example Telecom.",
    # a grant that names money and backer-like words is funding, not a company's investment news
    "This research was supported by a $2 million grant from the Hale Foundation, one of the survey's earliest backers.",
    "The project was supported by a $2 million grant from the Marlow Foundation, which raised the sum from donors.",
    "This study was funded by a $1.5 million award from the Example Venture Fund for early-stage science.",
])
def test_sponsor_notices_and_grants_are_funding(notice: str) -> None:
    assert cleanpage.clean(page(inside=f"<p>{notice}</p>")).funding == notice


def test_a_bare_supported_by_advertisement_label_is_not_funding() -> None:
    ad = "<div class='ad-label'><p>Supported by</p></div>"
    assert cleanpage.clean(page(header=ad)).funding is None


def test_an_article_whose_own_class_says_newsletter_keeps_its_statement() -> None:
    html = page(inside="<p>This series is brought to you by Example Labs.</p>").replace(
        "<article>", "<article class='newsletter-post'>")
    assert cleanpage.clean(html).funding == "This series is brought to you by Example Labs."


def test_sponsored_teasers_in_a_sidebar_are_not_the_pages_sponsor() -> None:
    teasers = "".join(f"<div class='card'><p>Sponsored by Example {n}</p></div>" for n in "ABC")
    assert cleanpage.clean(page(outside=f"<div class='rail'>{teasers}</div>")).funding is None


@pytest.mark.parametrize("sentence", [
    "With the tokio_unstable flag, the following features are supported: timers and sockets.",
    "Show our sponsors some love and save with our discount codes.",
])
def test_support_without_a_funder_is_not_funding(sentence: str) -> None:
    assert cleanpage.clean(page(inside=f"<p>{sentence}</p>")).funding is None


def test_a_publications_own_sponsor_line_in_its_header_is_found() -> None:
    line = "<div class='standfirst-note'><p>An independent publication supported by the Example Foundation.</p></div>"
    article = cleanpage.clean(page(header=line))
    assert article.funding == "An independent publication supported by the Example Foundation."


def test_a_teaser_card_naming_its_sponsor_is_not_the_pages_funding() -> None:
    cards = "".join(f"<div class='item'><a href='/story-{n}'><div class='card'><span>Sponsored by Example {n}</span>"
                    f"<h3>Story {n} about something else entirely</h3></div></a></div>" for n in "AB")
    cards += ("<div class='item'><a href='/podcast-1'><div class='card'><span>podcast</span> "
              "<span>Sponsored by Example C</span><h3>Episode 1: a podcast sponsored by Example C</h3></div></a></div>")
    assert cleanpage.clean(page(header=cards)).funding is None


@pytest.mark.parametrize("heading", [
    "<h2><a href='https://example.org/offer'>Tracing tools that save you a day (Sponsored)</a></h2>",
    "<h3>Tracing tools that save you a day (Sponsor)</h3>",
])
def test_an_ad_headed_sponsored_is_not_funding(heading: str) -> None:
    """An advertising label: the advertiser paid for the ad, not for the work the page publishes."""
    section = f"{heading}<p>Example Labs makes a tracing tool that shows where the time goes in each build.</p>"
    article = cleanpage.clean(page(inside=section))
    assert article.funding is None
    assert "Example Labs makes a tracing tool" in article.text


def test_the_sites_own_sponsor_notice_in_its_footer_goes_in_the_field_not_the_body() -> None:
    footer = ("<footer class='site-footer'><p>Data from the Example Archive · <a href='/about'>About</a></p>"
              "<p>With generous support from <a href='https://example.org'>Example University</a> and our "
              "<a href='/sponsors'>other sponsors</a></p></footer>")
    html = page().replace("</body>", f"{footer}</body>")
    article = cleanpage.clean(html)
    assert article.funding == "With generous support from Example University and our other sponsors"
    assert "Example University" not in article.text  # the site's footer is not the article


def test_a_bare_sponsor_label_over_a_logo_outside_the_article_is_not_funding() -> None:
    aside = ("<aside class='sidebar'><p>Sponsored by</p><a href='https://example.org/ad'><img alt='logo'></a>"
             "<p>Brought to you by</p><a href='https://example.com/ad'><img alt='logo'></a></aside>")
    assert cleanpage.clean(page(outside=aside)).funding is None


def test_a_feed_label_beside_a_linked_headline_is_the_teasers_sponsor() -> None:
    feed = "".join(f"<li><div class='label'>Sponsored <span>by Example {n}</span></div>"
                   f"<h3><a href='/spons/story-{n}'>Story {n} about cloud costs</a></h3></li>" for n in "AB")
    assert cleanpage.clean(page(outside=f"<aside class='sidebar'><ul>{feed}</ul></aside>")).funding is None


def test_our_sponsor_named_in_passing_in_a_running_paragraph_is_not_funding() -> None:
    """A sales plug inside the story's paragraph, not a self-contained statement."""
    paragraph = ("Every chart in this guide can be printed at home at no cost. Need more boat plans? "
                 "Our sponsor, <a href='https://example.org'>Example Tools</a>, sells the full set.")
    article = cleanpage.clean(page(inside=f"<p>{paragraph}</p>"))
    assert article.funding is None
    assert "Our sponsor, Example Tools, sells the full set" in article.text


@pytest.mark.parametrize("notice", [
    "Our sponsor: Example Tools", "Our sponsors, Example Tools and Sample Saws", "Unsere Sponsoren: Beispiel GmbH",
])
def test_our_sponsor_in_a_block_of_its_own_is_a_sponsor_notice(notice: str) -> None:
    assert cleanpage.clean(page(header=f"<p class='kicker'>{notice}</p>")).funding == notice


@pytest.mark.parametrize("sentence", [
    "For other grants, see the department's <a href='/funding'><strong>Funding</strong></a> page.",
    "<strong>Reports (11%):</strong> I gave points for reports that break down income by month to support analysis.",
])
def test_a_linked_bold_word_or_a_purpose_clause_is_not_funding(sentence: str) -> None:
    assert cleanpage.clean(page(inside=f"<p>{sentence}</p>")).funding is None


@pytest.mark.parametrize("statement", [
    "Example Labs donated to the Example Software Foundation to support its development.",
    "The Example Trust gave $2 million to fund the new coastal survey.",
])
def test_a_gift_to_support_the_work_is_funding(statement: str) -> None:
    assert cleanpage.clean(page(inside=f"<p>{statement}</p>")).funding == statement


def test_a_donation_appeal_in_the_sidebar_is_not_funding() -> None:
    """A site's donation widget names a donor to its foundation and asks the reader to give:
    an appeal, not a statement of who funded the work the page publishes."""
    widget = ("<div role='complementary'><div class='appeal-box'><h3>Keep the compiler free</h3><ul><li>"
              "<a href='/give/'>Example Hosting donated to the Example Language Foundation to support its compiler "
              "work. Donate today!</a></li></ul></div></div>")
    assert cleanpage.clean(page(outside=widget)).funding is None


@pytest.mark.parametrize("statement, appeal", [
    ("Example Hosting donated to the Example Language Foundation to support its compiler work.", "Donate now!"),
    ("Die Arbeit der Stiftung wird von Spendern wie der Beispiel GmbH unterstützt.", "Jetzt spenden!"),
    ("Le projet est soutenu par des donateurs comme Exemple SA.", "Faites un don !"),
    ("Este proyecto está apoyado por donantes como Ejemplo S.L.", "¡Haz una donación!"),
    ("Il progetto è sostenuto da donatori come Esempio SpA.", "Dona ora!"),
    ("Dit project wordt gefinancierd door donateurs zoals Voorbeeld BV.", "Doneer nu!"),
])
def test_a_statement_that_ends_in_a_call_to_give_is_an_appeal(statement: str, appeal: str) -> None:
    assert cleanpage.clean(page(inside=f"<p>{statement} {appeal}</p>")).funding is None
    # the call in a paragraph of its own leaves the statement standing
    assert cleanpage.clean(page(inside=f"<p>{statement}</p><p>{appeal}</p>")).funding == statement


def article_page(after: str = "", end: str = "", outside: str = "") -> str:
    """A page whose article ends with `end`, followed inside <main> by `after` (a region the
    body's choice leaves out, as a journal's end matter often is)."""
    return ("<!doctype html><html lang='en'><head><title>Storm study | Daily Planet</title></head><body>"
            f"<nav class='main-nav'><a href='/'>Home</a></nav>{outside}<main><article><h1>Storm study</h1>"
            f"<div class='article-body'>{PARAGRAPHS}</div>{end}</article>{after}</main></body></html>")


FUNDER = "The Coastal Science Fund, award 4411."


@pytest.mark.parametrize("section", [
    f"<p><strong>Funding</strong></p><p>{FUNDER}</p>",  # a bold paragraph as the heading
    f"<div class='section-heading'>Förderung</div><div class='section-text'>{FUNDER}</div>",
    f"<section><div class='sec-title'><h2>Financement</h2></div><div class='sec-body'><p>{FUNDER}</p></div></section>",
    f"<details><summary>Rahoitus</summary><p>{FUNDER}</p></details>",
    f"<p><b>Funding and competing interests</b></p><p>{FUNDER}</p>",
])
@pytest.mark.parametrize("where", ["end", "after"])
def test_a_section_under_any_shape_of_heading_is_funding_and_kept(section: str, where: str) -> None:
    article = cleanpage.clean(article_page(**{where: section}))
    assert article.funding == FUNDER
    assert FUNDER in article.text


def test_a_bold_heading_takes_one_paragraph_not_the_rest_of_the_story() -> None:
    html = page(inside=f"<p><strong>Funding</strong></p><p>{FUNDER}</p>{PARAGRAPHS}")
    assert cleanpage.clean(html).funding == FUNDER


@pytest.mark.parametrize("box", [
    "<div class='post-meta-info'><p>{}</p></div>",  # a plain box after the article
    "<div class='editor-note'><small>{}</small></div>",
    "<aside class='sidebar'><p>{}</p></aside>",
])
@pytest.mark.parametrize("statement", [
    "This project is supported by the Example Foundation.",
    "Die Studie wurde gefördert von der Deutschen Forschungsgemeinschaft.",
    "Ce projet est soutenu par la Fondation Exemple.",
])
def test_a_statement_in_any_region_of_the_page_is_found_and_kept(box: str, statement: str) -> None:
    article = cleanpage.clean(article_page(after=box.format(statement)))
    assert article.funding == statement
    assert statement in article.text


COMPETING = "The authors declare no competing interests."
ETHICS = "The study was approved by the review board of Example University (ref 2024-01)."
GRANT = "This work was supported by the Ocean Trust (grant OT-12)."


@pytest.mark.parametrize("end_matter", [
    f"<h2>Funding</h2><p>{GRANT}</p><h2>Ethics declarations</h2><h3>Competing interests</h3><p>{COMPETING}</p>"
    f"<h3>Ethics approval</h3><p>{ETHICS}</p>",
    f"<section><h2>Funding</h2><p>{GRANT}</p></section><section class='ethics'><h2>Ethics declarations</h2>"
    f"<section><h3>Competing interests</h3><p>{COMPETING}</p></section>"
    f"<section><h3>Ethics approval</h3><p>{ETHICS}</p></section></section>",
    f"<div class='declarations'><h2>Declarations</h2><p><strong>Funding:</strong> {GRANT}</p>"
    f"<p><strong>Conflict of interest:</strong> {COMPETING}</p><p><strong>Ethical approval:</strong> {ETHICS}</p></div>",
    f"<p><b>Competing interests</b></p><p>{COMPETING}</p><p><b>Ethics approval</b></p><p>{ETHICS}</p>"
    f"<p><b>Funding</b></p><p>{GRANT}</p>",
])
@pytest.mark.parametrize("where", ["end", "after"])
def test_declarations_stay_in_the_body_and_are_not_funding(end_matter: str, where: str) -> None:
    article = cleanpage.clean(article_page(**{where: end_matter}))
    text = " ".join(article.text.split())
    assert article.funding is not None and GRANT in article.funding
    assert COMPETING not in article.funding and ETHICS not in article.funding
    assert COMPETING in text
    assert ETHICS in text


@pytest.mark.parametrize("dialog, kept", [
    (("<h2>Disclosures</h2><p>The Tern Trial was funded by the Harbour Heart Fund (grant HH-0415).</p>"
      "<p>Dr Vell reports consulting fees from Oxbright. Dr Amis has no relevant financial relationships.</p>"
      "<button class='close' aria-label='Close'>×</button>"),
     "Dr Vell reports consulting fees from Oxbright."),
    ("<dl><dt>Data availability</dt><dd>The tide gauge records are available from the authors on request.</dd></dl>",
     "The tide gauge records are available from the authors on request."),
    ("<p><strong>Disponibilidad de datos:</strong> Los registros están disponibles a petición.</p>",
     "Los registros están disponibles a petición."),
])
def test_a_dialogs_disclosures_and_data_availability_stay_whole_in_the_body(dialog: str, kept: str) -> None:
    """A "Disclosures" section that opens with the funding keeps its authors' ties too (the
    funding put back alone must not stand for the section), and a data availability statement
    is a declaration; a close button's "×" is no part of either."""
    article = cleanpage.clean(page(outside=f"<div class='modal' role='dialog' hidden>{dialog}</div>"))
    assert kept in article.text
    assert "×" not in article.text
    assert kept not in (article.funding or "")


def test_an_affiliate_disclosure_is_no_declaration_to_put_back() -> None:
    notice = "<p><em><strong>Disclosure:</strong> The shop links on this page are affiliate links: the shops pay us a share.</em></p>"
    article = cleanpage.clean(article_page(after=f"<div class='sidebar'>{notice}</div>"))
    assert "affiliate links" not in article.text


def test_a_lost_declaration_comes_back_under_its_heading() -> None:
    article = cleanpage.clean(article_page(after="<h2>Interessenkonflikt</h2><p>Die Autoren erklären, dass kein "
                                                 "Interessenkonflikt besteht.</p>"))
    assert "## Interessenkonflikt\n\nDie Autoren erklären" in article.markdown


@pytest.mark.parametrize("html", [
    page(inside="<pre><code><span>\"</span><span>funding</span><span>\"</span><span>: \"credit\"</span></code></pre>"),
    page(header="<div class='ad-slot'><p>Supported by</p><a href='#after-ad'>Continue reading the main story</a></div>"),
    page(inside="<ul class='tags'><li><div><a href='/tag/funding'>Funding</a></div></li></ul><p>Other news.</p>"),
])
def test_a_code_token_an_ad_label_or_a_tag_is_no_funding_heading(html: str) -> None:
    assert cleanpage.clean(html).funding is None


def test_a_statement_inside_a_large_block_whose_class_resembles_a_share_bar_is_found() -> None:
    statement = "This work was supported in part by the Example Trust."
    html = page(inside=f"<div class='shared-content'>{PARAGRAPHS * 3}<div class='callout'><p>{statement}</p></div></div>")
    assert cleanpage.clean(html).funding == statement


def test_gate_words_of_several_pieces_are_looked_for_in_the_text_itself() -> None:
    """A word of one piece is looked for among a text's distinct words; one of several ("paid
    for") cannot be, and is read in the text, where its pieces stand together."""
    from cleanpage import funding

    for _, whole, spaced in funding._GATE_GROUPS:
        assert all(word.split() == [word] for word in whole) and all(len(word.split()) > 1 for word in spaced)
    assert "paid for" in {word for _, _, spaced in funding._GATE_GROUPS for word in spaced}
    assert funding._words_in("the meal was paid for by all") == ("paid for",)
    assert funding._words_in("paid in cash for the meal; for paid work") == ()  # its pieces apart
    assert funding._words_in("the refunds for the tickets") == ("fund",)  # a piece inside a longer word


@pytest.mark.parametrize("text", [
    "this study was supported by the example.org foundation (grant 1234).",
    "das projekt wird vom land gefördert und von der stiftung unterstützt.",
    "finansowanie: projekt współfinansowany ze środków unii.",  # a gate word only inside a longer one
    "本研究は科研費jp12345678の助成を受けたものです。",
    "이 연구는 한국연구재단의 지원을 받아 수행된 연구임.",
    "работа выполнена при поддержке фонда.",
    "a “quoted” story about storms — nothing more, thanks to nobody.",  # no gate word, not ASCII
    "avec le soutien du mécène local.",
    "the bill was paid for by the city, and made  possible by a loan.",  # pieces together; apart by two spaces
])
def test_word_gate_finds_what_a_scan_for_every_word_finds(text: str) -> None:
    from cleanpage import funding

    found = funding._words_in(text)
    assert set(found) == {word for word in funding._GATE_WORDS if word in text}
    assert bool(found) == any(word in text for word in funding.FUNDING_WORDS)


def test_blocks_with_block_children_are_read_through_them() -> None:
    from cleanpage import funding
    from cleanpage.parse import parse_html

    root = parse_html("<html><body><div id='outer'><p id='a'>One <span id='s'>two</span></p>"
                      "<section id='sec'><div id='inner'>Three</div></section></div>"
                      "<td id='cell'><small id='note'>Four</small></td></body></html>")
    blocks = funding._leaf_blocks(root, whole_page=True)
    assert [(el.get("id"), text) for el, text in blocks] == [  # in document order
        ("a", "One two"), ("s", "two"), ("inner", "Three"), ("cell", "Four"), ("note", "Four")]


def test_a_bold_line_beside_blocks_is_read_after_the_leaf_blocks() -> None:
    from cleanpage import funding
    from cleanpage.parse import parse_html

    root = parse_html("<html><body><section id='sec'><h2>Werkzeuge</h2><b id='loose'>Gefördert von der Stiftung.</b>"
                      "<p id='p'>Ein Absatz <b id='inline'>fett</b>.</p></section><b id='top'>Am Ende</b></body></html>")
    blocks = funding._leaf_blocks(root, whole_page=True)
    # a bold line whose parent holds a block is read whole; one inside a paragraph is the paragraph's
    assert [(el.get("id"), text) for el, text in blocks] == [
        ("p", "Ein Absatz fett."), ("loose", "Gefördert von der Stiftung."), ("top", "Am Ende")]


def test_a_wrapper_around_an_article_is_read_through_it() -> None:
    """The body's wrapper <div> around the chosen <article>: its text is the whole article,
    not a statement; the field holds the statement's own paragraph."""
    lines = "".join("<p>The pilot talked about the tides and the boats in the bay with us.</p>" for _ in range(4))
    html = (f"<html><body><div><article><h1>A harbour pilot's year</h1>{lines}"
            "<p>This research was supported by the Harbour Trust.</p></article></div></body></html>")
    assert cleanpage.clean(html).funding == "This research was supported by the Harbour Trust."


# Sponsor notices by shape and place (issue 11): the page's own sponsor, named.

@pytest.mark.parametrize("notice", [
    "Gesponsert von Beispiel GmbH", "Sponsorisé par Exemple SA", "Patrocinado por Ejemplo S.A.",
    "Sponsorizzato da Esempio SpA", "Brought to you by Example Labs",
])
def test_a_short_sponsor_notice_in_the_article_header_is_funding(notice: str) -> None:
    assert cleanpage.clean(page(header=f"<p class='kicker'>{notice}</p>")).funding == notice


@pytest.mark.parametrize("label", ["This issue is sponsored by", "Presented by", "In partnership with"])
def test_a_bare_notice_takes_the_sponsor_named_after_it(label: str) -> None:
    """The sponsor is the link's text after the label, even in a header whose classes say
    "newsletter" (a newsletter issue's own header, not a signup box: it holds no form)."""
    header = (f"<div class='newsletter-details'><div class='row'><p>{label}</p>"
              "<a href='https://example.org'><p>Example Labs</p></a></div></div>")
    assert cleanpage.clean(page(header=header)).funding == f"{label} Example Labs"


def test_a_newsletter_signup_box_is_still_not_the_pages_sponsor() -> None:
    box = ("<div class='newsletter-signup'><p>Our weekly letter is sponsored by Example Labs.</p>"
           "<form><input type='email'><button>Subscribe</button></form></div>")
    assert cleanpage.clean(page(inside=box)).funding is None


def test_a_sponsor_label_over_an_empty_ad_slot_is_not_funding() -> None:
    block = "<div class='promo'><p>Sponsored by</p><div class='ad-slot' id='slot-7'></div></div>"
    assert cleanpage.clean(page(header=block)).funding is None


@pytest.mark.parametrize("logo", [
    "<a href='https://example.org'><img src='/a.png'></a>", "<div><img src='/a.png' alt=''></div>",
])
def test_a_label_over_an_unnamed_logo_names_no_one(logo: str) -> None:
    """A notice that names no sponsor states nothing; the tagline or blurb after the logo is
    not its name."""
    block = f"<div class='logos'><p>In partnership with</p>{logo}<div>Payments made simple</div></div>"
    assert cleanpage.clean(page(header=block)).funding is None


def test_a_label_over_a_named_logo_takes_its_name() -> None:
    block = ("<div class='logos'><p>In partnership with</p><a href='https://example.org'>"
             "<img src='/a.png' alt='Example Payments'></a><div>Payments made simple</div></div>")
    assert cleanpage.clean(page(header=block)).funding == "In partnership with Example Payments"


@pytest.mark.parametrize("thanks", [
    "Thank you to our Gold Sponsors for supporting the tide-pool forum",
    "OUR PARTNERS! Many thanks to these generous partners who support our beach clean-ups every spring!",
])
def test_a_sites_thanks_to_its_sponsors_goes_in_the_field_not_the_body(thanks: str) -> None:
    box = (f"<aside class='sidebar'><div class='box'><p>{thanks}</p>"
           "<a href='https://example.org'><img alt='Example'></a></div></aside>")
    article = cleanpage.clean(page(outside=box))
    assert article.funding == thanks
    assert "Many thanks" not in article.text and "Gold Sponsors" not in article.text


def test_a_statement_in_a_box_of_the_sites_supporters_goes_in_the_field_not_the_body() -> None:
    box = ("<footer class='site-footer'><p>© Example Legal Aid</p><div class='block-supporters'><p class='note'>The "
           "Example Bar Fund's support for this website is limited to activities within its rules.</p></div></footer>")
    article = cleanpage.clean(page().replace("</body>", f"{box}</body>"))
    assert article.funding == ("The Example Bar Fund's support for this website is limited to activities "
                               "within its rules.")
    assert "limited to activities" not in article.text


def test_a_bold_line_loose_among_a_sections_blocks_is_read() -> None:
    section = ("<section><h2>Tools of the week</h2><strong><em>This sponsored series is brought to you by Example "
               "Vault.</em></strong><br><br>Example Vault keeps passwords in one place."
               "<ul><li>Get it</li></ul></section>")
    assert cleanpage.clean(page(inside=section)).funding == "This sponsored series is brought to you by Example Vault."


@pytest.mark.parametrize("ad", [
    "<div class='picks'><h3><span>Sponsored by our sister brands</span> <span>More to read</span></h3></div>",
    "<div class='tiles'><a href='/x'><span>Sponsored</span> Ten gadgets for the beach</a></div>",
    "<div class='promo'><p>Sponsored content</p><a href='/y'>Why tides matter to your savings</a></div>",
    "<div class='tag'><span>Paid Post</span></div>",
    "<div class='recs'><p>Sponsored by our partners</p><a href='/z'>See the range</a></div>",
])
def test_advertisement_labels_are_not_funding(ad: str) -> None:
    assert cleanpage.clean(page(header=ad, inside=ad)).funding is None


def test_thanks_to_family_for_encouragement_and_support_is_general_thanks() -> None:
    answer = "<p>A: My thanks go to my parents and my coach for all their encouragement and support along the way.</p>"
    assert cleanpage.clean(page(inside=answer)).funding is None
    grant = "<p>I thank the Example Marsh Trust for financial support.</p>"
    assert cleanpage.clean(page(inside=grant)).funding == "I thank the Example Marsh Trust for financial support."


@pytest.mark.parametrize("thanks", [
    "The authors thank Ann Lee for her help and support.",
    "We thank the harbour crew for their support and advice during the survey.",
    "I am grateful to the reading group for its support and feedback on early drafts.",
])
def test_thanks_for_support_paired_with_help_or_feedback_is_general_thanks(thanks: str) -> None:
    assert cleanpage.clean(page(inside=f"<p>{thanks}</p>")).funding is None


def test_thanks_to_a_funder_for_its_support_is_still_funding() -> None:
    line = "We thank the Example Marsh Trust for its support."
    assert cleanpage.clean(page(inside=f"<p>{line}</p>")).funding == line


@pytest.mark.parametrize("heading, thanks", [
    ("Acknowledgements", "We thank the volunteers of the storm watch and our families for their patience and support."),
    ("Remerciements", "Nous remercions les bénévoles et les relecteurs pour leur soutien."),
    ("Agradecimientos", "Agradecemos a los voluntarios y a nuestras familias su apoyo."),
    ("Dankwoord", "Wij danken de vrijwilligers en onze collega's voor hun steun."),
    ("Ringraziamenti", "Ringraziamo i colleghi e i revisori per il supporto."),
])
def test_acknowledgements_that_only_thank_people_are_not_funding(heading: str, thanks: str) -> None:
    """Thanks to people by their role "for their support" are general thanks, whatever the heading."""
    assert cleanpage.clean(page(inside=f"<h2>{heading}</h2><p>{thanks}</p>")).funding is None


@pytest.mark.parametrize("paragraph", [
    "<p><strong>Acknowledgements:</strong> We thank the reviewers and our families for their support.</p>",
    "<p>Acknowledgements: We thank the reviewers and our families for their support.</p>",
])
def test_an_acknowledgements_label_over_general_thanks_is_not_funding(paragraph: str) -> None:
    assert cleanpage.clean(page(inside=paragraph)).funding is None


def test_only_the_support_paragraph_of_acknowledgements_is_funding() -> None:
    thanks = "We thank the harbour crews for their help and two reviewers for their comments."
    grant = "This work was supported by the Example Gale Trust (grant EGT-118)."
    article = cleanpage.clean(page(inside=f"<h2>Acknowledgements</h2><p>{thanks}</p><p>{grant}</p>"))
    assert article.funding == grant
    assert thanks in article.text


@pytest.mark.parametrize("statement", [
    "This project is supported by the Example Community Foundation.",
    "This post is sponsored by Example Outfitters.",
    "This fellowship is funded by the Example Marsh Trust.",
])
def test_a_funder_named_like_a_community_or_a_post_of_a_blog_stays_funding(statement: str) -> None:
    assert cleanpage.clean(page(inside=f"<p>{statement}</p>")).funding == statement


def test_acknowledgements_thanking_a_team_or_a_funder_for_support_stay_funding() -> None:
    team = "We thank the Example Compiler team for their generous support."
    assert cleanpage.clean(page(inside=f"<h2>Acknowledgements</h2><p>{team}</p>")).funding == team
    funder = "We thank our colleagues and the Example Gale Trust for their support."
    assert cleanpage.clean(page(inside=f"<h2>Acknowledgements</h2><p>{funder}</p>")).funding == funder


SUPPORT_LINE = "We gratefully acknowledge support from the Example Trust, member libraries, and all our contributors."


def test_the_sites_support_line_beside_a_donate_button_is_not_funding() -> None:
    """The site's fundraising line in its masthead, beside a button that asks the reader to
    give, is on every page of the site: it is not about the work the page publishes."""
    masthead = (f"<header class='site-top'><div class='support'><span>{SUPPORT_LINE}</span>"
                "<a class='btn' href='/give'>Donate</a></div></header>")
    article = cleanpage.clean(page(outside=masthead))
    assert article.funding is None
    assert SUPPORT_LINE not in article.text


def test_a_statement_away_from_the_donate_button_stays_funding() -> None:
    masthead = ("<header class='site-top'><a class='btn' href='/give'>Donate</a></header>")
    article = cleanpage.clean(page(outside=masthead, inside=f"<p>{SUPPORT_LINE}</p>"))
    assert article.funding == SUPPORT_LINE
