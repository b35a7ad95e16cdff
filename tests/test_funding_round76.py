"""Funding forms of round 76: a footnote's "co-financed by" and its grant's code after a comma, a photo's credit
and, after its full stop, who funds the photo's subject; and their hard negatives (the same words as news or as a
caption's chrome). Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers counted moths under the new lamps every Friday this summer and logged each one on a "
         "shared map.")


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Moths and lamps", site="Fenwick Post")


def footnote_page(note: str) -> str:
    """A story whose paragraph points to a footnote, the note in a list after the story."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title></head><body>"
            "<main><article><h1>Moths and lamps</h1>"
            f"{paragraphs}<p>The lamp survey ran for a year.<sup><a href='#fn1' id='r1'>1</a></sup></p>"
            f"<aside class='footnotes'><ol><li id='fn1'><a href='#r1'>^</a> {note}</li></ol></aside>"
            "</article></main><footer><p>© 2025 Fenwick Post</p></footer></body></html>")


def caption_page(caption: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Moths and lamps</title></head><body>"
            f"<main><article><h1>Moths and lamps</h1>{paragraphs}<figure><img src='/m.jpg' alt='A moth trap'>"
            f"<figcaption><span class='credit'>{caption}</span></figcaption></figure></article></main>"
            "<footer><p>© 2025 Fenwick Post</p></footer></body></html>")


@pytest.mark.parametrize("note, statement", [
    ("The lamp survey was co-financed by the Orrin Moth Society.", "co-financed by the Orrin Moth Society"),
    ("The retrofit was funded by the Quelby Light Fund, grant QLF-0931.", "funded by the Quelby Light Fund, grant"),
    ("The retrofit was supported by the Quelby Light Fund, award QLF-0931.", "award QLF-0931"),
])
def test_a_footnotes_statement(note: str, statement: str) -> None:
    funding = cleanpage.clean(footnote_page(note)).funding
    assert funding is not None and statement in funding


@pytest.mark.parametrize("end", [
    # a story's co-financing of no work of the page's, and a grant word after a comma with no code
    "The new footbridge was co-financed by the Fenwick County Council.",
    "The pool was funded by the town, grant or no grant, the mayor said.",
    "The retrofit was funded by the Quelby Light Fund, grants from the state came later.",
])
def test_the_same_words_as_news_are_no_funding(end: str) -> None:
    assert cleanpage.clean(page("en", end)).funding is None


def test_a_photo_credit_then_who_funds_its_subject_after_a_full_stop() -> None:
    caption = "Photo: Ada Brisk. The moth traps are funded by the Halvard Night Trust."
    funding = cleanpage.clean(caption_page(caption)).funding
    assert funding is not None and "The moth traps are funded by the Halvard Night Trust." in funding


@pytest.mark.parametrize("caption", [
    "Photo: Ada Brisk. The mayor is supported by the Green Party.",  # no funding body
    "Photo: Ada Brisk. The moth traps stand in the churchyard.",
    "The moth traps are funded by the parish. Photo: Ada Brisk.",  # no credit before it, no funding body
])
def test_a_photo_credit_and_no_funded_subject_is_no_funding(caption: str) -> None:
    assert cleanpage.clean(caption_page(caption)).funding is None


def festival_page(lang: str, section: str) -> str:
    """A festival's page: its programme, then a section of the article (its funders), then its partners."""
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moth Night</title></head><body>"
            "<header class='site-header'><a href='/'>Moth Night</a></header><main><article class='page'>"
            f"<h1>Moth Night 2027</h1><div class='entry-content'><p>{STORY}</p>{section}<h2>Partner</h2><ul>"
            "<li>Café Fenwick</li><li>Fenwick Scouts</li></ul></div></article></main>"
            "<footer class='site-footer'><p>© 2027 Moth Night</p></footer></body></html>")


@pytest.mark.parametrize("lang, heading", [
    ("sv", "Med stöd från"), ("sv", "Med ekonomiskt stöd av"), ("da", "Med støtte fra"), ("no", "Med støtte fra"),
    ("pt", "Com o apoio de"), ("ca", "Amb el suport de"), ("pl", "Przy wsparciu"), ("pl", "Dzięki wsparciu"),
    ("cs", "S finanční podporou"), ("sk", "S podporou"), ("ro", "Cu sprijinul"),
])
def test_a_with_support_from_heading_over_a_festivals_funders(lang: str, heading: str) -> None:
    section = f"<h2>{heading}</h2><p>Orrin Moth Fund och Quelby Night Trust.</p>"
    funding = cleanpage.clean(festival_page(lang, section)).funding
    assert funding == "Orrin Moth Fund och Quelby Night Trust."


@pytest.mark.parametrize("lang, heading", [
    ("sv", "Med stöd från grannarna"),  # the heading only opens with the words
    ("sv", "Med stöd från vem?"),
    ("pt", "Com o apoio dos vizinhos, a ponte ficou pronta"),
])
def test_a_heading_that_only_opens_with_support_words_is_no_funding(lang: str, heading: str) -> None:
    section = f"<h2>{heading}</h2><p>Nobody at the park could say who had paid for the old lamps.</p>"
    assert cleanpage.clean(festival_page(lang, section)).funding is None


@pytest.mark.parametrize("lang, end", [
    ("ca", "Aquest projecte ha rebut el suport de la Fundació Orrin."),
    ("bg", "Проектът се финансира от фондация „Орин“ по договор № ОР-2027-05."),
    ("bg", "Изследването се съфинансира от Фонд „Куелби“."),
    ("ur", "یہ تحقیق اورن فاؤنڈیشن کوہستان کی مالی معاونت سے کی گئی۔"),
    ("nl", "Deze aflevering wordt gesponsord door Sterrenwacht Fenwick."),
    ("nl", "Deze uitzending wordt mogelijk gemaakt door het Orrin Fonds."),
])
def test_the_pages_work_and_its_funder_in_more_forms(lang: str, end: str) -> None:
    assert cleanpage.clean(page(lang, end)).funding == end


@pytest.mark.parametrize("lang, end", [
    ("ca", "Aquest projecte ha rebut el suport dels veïns del barri."),  # the neighbours' help, no funder named
    ("bg", "Мостът се финансира от общината."),  # a bridge, news
    ("bg", "Проектът се финансира от общината, заяви кметът."),  # reported speech
    ("ur", "یہ پل بلدیہ کراچی کی مالی معاونت سے بنا۔"),  # a town's bridge
    ("nl", "In de aflevering van vorige week zei Anna dat het dorpshuis wordt gesponsord door de gemeente."),
])
def test_the_same_words_as_news_in_more_forms_are_no_funding(lang: str, end: str) -> None:
    assert cleanpage.clean(page(lang, end)).funding is None


@pytest.mark.parametrize("end", [
    "Ang proyektong ito ay pinondohan ng Pundasyong Orrin.",
    "Ang pananaliksik na ito ay sinuportahan ng Pambansang Konseho ng Agham.",
    "Ang pag-aaral na ito ay pinondohan ng Pundasyong Quelby sa ilalim ng grant blg. PQ-2027-06.",
])
def test_tagalog_this_work_funded_by_a_named_body(end: str) -> None:
    assert cleanpage.clean(page("tl", end)).funding == end


@pytest.mark.parametrize("end", [
    "Ang tulay na ito ay pinondohan ng Lungsod ng Fenwick.",  # a bridge, not the page's work
    "Ang proyektong ito ay pinondohan ng mga residente.",  # no funder named
    "Ayon sa alkalde, ang proyektong ito ay pinondohan ng Lungsod ng Fenwick.",  # reported, inside a clause
])
def test_tagalog_news_of_funding_is_no_funding(end: str) -> None:
    assert cleanpage.clean(page("tl", end)).funding is None


def noted_page(lang: str, note: str, wrapper: str = "<div class='footnotes'><p>{}</p></div>") -> str:
    """A story whose last paragraph carries a note's mark, the note after it in a wrapper."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths</title></head><body><main>"
            f"<article><h1>Moths</h1>{paragraphs}<p>The darkest reading came at Harle Cross.†</p>"
            f"{wrapper.format(note)}</article></main><footer><p>© 2025 Fenwick Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, note, wrapper", [
    ("en", "The retrofit was funded by the Quelby Light Fund.", "<div class='footnotes'><p>{}</p></div>"),
    ("en", "† The lamp count was sponsored by Orrin Optics.", "<div class='notes'><p><small>{}</small></p></div>"),
    ("en", "The moth traps were paid for by the Harle Parish Trust.", "<p role='doc-footnote'>{}</p>"),
    ("de", "¹ Die Umrüstung wurde von der Quelby-Stiftung finanziert.", "<div class='fn'><p>{}</p></div>"),
    ("fr", "† La rénovation a été financée par la Fondation Orrin.", "<div class='notes'><p>{}</p></div>"),
])
def test_a_footnotes_work_paid_for_by_a_named_body(lang: str, note: str, wrapper: str) -> None:
    assert cleanpage.clean(noted_page(lang, note, wrapper)).funding == note.lstrip("†¹ ")


def test_a_footnote_target_that_a_mark_in_the_text_links_to() -> None:
    funding = cleanpage.clean(footnote_page("The retrofit was funded by the Quelby Light Fund.")).funding
    assert funding == "The retrofit was funded by the Quelby Light Fund."


@pytest.mark.parametrize("note, wrapper", [
    ("The retrofit was funded by the Quelby Light Fund.", "<div class='box'><p>{}</p></div>"),  # no footnote
    ("† The mayor was supported by the Green Party.", "<div class='notes'><p>{}</p></div>"),  # support: a vote
    ("† The pool was funded by the Harle County Council, the mayor said.", "<div class='notes'><p>{}</p></div>"),
    ("† Ms Brisk was funded by the Quelby Light Fund for a year.", "<div class='notes'><p>{}</p></div>"),
    ("† The retrofit was funded by the parish.", "<div class='notes'><p>{}</p></div>"),  # no funder named
])
def test_a_footnotes_words_without_a_works_named_funder_are_no_funding(note: str, wrapper: str) -> None:
    assert cleanpage.clean(noted_page("en", note, wrapper)).funding is None


def test_the_footnotes_sentence_in_running_text_is_no_funding() -> None:
    assert cleanpage.clean(page("en", "The retrofit was funded by the Quelby Light Fund.")).funding is None


def facts_page(section: str, lang: str = "en") -> str:
    """A project's page: its story, then a section of the article (a table of facts, its funders), then its team."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths</title></head><body>"
            "<header class='site-header'><a href='/'>Moth Notes</a></header><main><article class='project'>"
            f"<h1>Moths</h1>{paragraphs}{section}<h2>Team</h2><ul><li>Dr. Ona Brisk, lead</li><li>Pim Quarle</li>"
            "</ul></article></main><footer class='site-footer'><p>© 2025 Moth Notes</p></footer></body></html>")


def fact_table(term: str, value: str) -> str:
    return (f"<table class='facts'><tr><th>Duration</th><td>2024–2026</td></tr><tr><th>{term}</th><td>{value}</td>"
            "</tr></table>")


@pytest.mark.parametrize("lang, term, value", [
    ("en", "Funder", "Orrin Moth Foundation"), ("en", "Funded by", "Orrin Moth Foundation"),
    ("en", "Funding body", "Quelby Night Trust (grant QNT-2231)"), ("de", "Förderer", "Orrin-Stiftung"),
    ("de", "Förderung", "Orrin-Stiftung"), ("fr", "Financeur", "Fondation Orrin"),
    ("it", "Ente finanziatore", "Fondazione Orrin"), ("nl", "Financier", "Orrin Fonds"),
    ("sv", "Finansiär", "Orrin-stiftelsen"),
])
def test_a_fact_tables_funder(lang: str, term: str, value: str) -> None:
    assert cleanpage.clean(facts_page(fact_table(term, value), lang)).funding == value


def test_a_definition_lists_funder() -> None:
    section = "<dl><dt>Lead</dt><dd>Dr. Ona Brisk</dd><dt>Funder</dt><dd>Orrin Moth Foundation</dd></dl>"
    assert cleanpage.clean(facts_page(section)).funding == "Orrin Moth Foundation"


@pytest.mark.parametrize("term, value", [
    ("Funding", "€1.2 million"),  # a sum, no funder
    ("Funding", "2024–2027"),  # a year's digits are no funder
    ("Sponsor", "Quarle Motors"),  # a club's sponsor, a firm
    ("Funder", "To be confirmed"),
    ("Partners", "Orrin Moth Foundation"),  # no funding term
])
def test_a_fact_tables_term_without_a_funder_named_is_no_funding(term: str, value: str) -> None:
    assert cleanpage.clean(facts_page(fact_table(term, value))).funding is None


@pytest.mark.parametrize("heading", ["Project funding", "Funding partners", "Funders"])
def test_a_funding_heading_over_its_list_of_funders(heading: str) -> None:
    section = f"<h2>{heading}</h2><ul><li>Orrin Moth Foundation</li><li>Quelby Night Trust</li></ul>"
    assert cleanpage.clean(facts_page(section)).funding == "Orrin Moth Foundation\n\nQuelby Night Trust"


@pytest.mark.parametrize("lang, heading, partners, funders", [
    ("en", "Partners and funders", "The project is run with the University of Elmford and the Kelby Town Museum.",
     "It is funded by the Orrin Moth Foundation under grant OF-2231."),
    ("en", "Funders and partners", "Partners: University of Elmford, Kelby Town Museum.",
     "Funders: Orrin Moth Foundation, Quelby Night Trust."),
    ("de", "Partner und Förderer", "Partner sind die Universität Elmford und das Stadtmuseum Kelby.",
     "Gefördert von der Orrin-Moth-Stiftung."),
    ("fr", "Partenaires et financeurs", "Partenaires : Université d’Elmford, musée de Kelby.",
     "Le projet est financé par la Fondation Orrin Moth."),
    ("es", "Socios y financiadores", "Socios: Universidad de Elmford y Museo de Kelby.",
     "El proyecto está financiado por la Fundación Orrin Moth."),
    ("nl", "Partners en financiers", "Partners zijn de Universiteit van Elmford en het Stadsmuseum Kelby.",
     "Het project wordt gefinancierd door de Orrin Moth Stichting."),
])
def test_a_partners_and_funders_section_gives_its_funders_not_its_partners(
        lang: str, heading: str, partners: str, funders: str) -> None:
    article = cleanpage.clean(facts_page(f"<h2>{heading}</h2><p>{partners}</p><p>{funders}</p>", lang))
    assert article.funding == funders
    assert partners in article.text  # the partners stay in the body


@pytest.mark.parametrize("heading", ["Partners and funders", "Partner und Förderer", "Partenaires et financeurs"])
def test_a_partners_and_funders_heading_over_bare_names_is_no_funding(heading: str) -> None:
    """A list of names under it does not say which are partners and which funded the work."""
    section = f"<h2>{heading}</h2><ul><li>Orrin Moth Foundation</li><li>University of Elmford</li></ul>"
    assert cleanpage.clean(facts_page(section)).funding is None


@pytest.mark.parametrize("heading", ["Partners and friends", "Funders and partners wanted", "Our partners"])
def test_a_partners_heading_without_funders_is_no_funding(heading: str) -> None:
    section = f"<h2>{heading}</h2><ul><li>Orrin Moth Foundation</li><li>Quelby Night Trust</li></ul>"
    assert cleanpage.clean(facts_page(section)).funding is None


@pytest.mark.parametrize("section, funding", [
    ("<h3>Funded by</h3><p><img src='/a.png' alt='Orrin Moth Foundation'> <img src='/b.png' alt='Quelby Night Trust'></p>",
     "Funded by Orrin Moth Foundation, Quelby Night Trust"),
    ("<h3>Funded by</h3><div class='logos'><a href='/o'><img src='/a.png' alt='Orrin Moth Foundation logo'></a></div>",
     "Funded by Orrin Moth Foundation"),
    ("<div class='logos'><p>Supported by</p><img src='/a.png' alt='Orrin Moth Foundation'></div>",
     "Supported by Orrin Moth Foundation"),
    ("<p>Supported by <img src='/a.png' alt='Orrin Moth Foundation'></p>", "Supported by Orrin Moth Foundation"),
])
def test_a_bare_funded_by_heading_over_its_funders_logos(section: str, funding: str) -> None:
    assert cleanpage.clean(facts_page(section)).funding == funding


@pytest.mark.parametrize("section", [
    "<h3>Funded by</h3><p><img src='/a.png' alt='logo'></p>",  # a logo that names no one
    "<h3>Supported by</h3><p><img src='/a.png' alt=''></p>",
])
def test_a_funded_by_heading_over_unnamed_logos_is_no_funding(section: str) -> None:
    assert cleanpage.clean(facts_page(section)).funding is None


def test_a_sidebars_sponsored_by_heading_over_logos_is_not_the_articles() -> None:
    page_html = facts_page("").replace(
        "</article>", "</article><aside class='sidebar'><h3>Supported by</h3><p><img src='/q.png' "
        "alt='Quarle Pizza'></p></aside>")
    assert "Quarle Pizza" not in (cleanpage.clean(page_html).funding or "")


def research_page(lang: str, heading: str, body: str) -> str:
    """A research page: its summary, then a back-matter section, then its references."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Moths</title></head><body><main>"
            f"<article><h1>Moths</h1>{paragraphs}<h2>{heading}</h2><p>{body}</p><h2>References</h2><ol><li>Brisk, O. "
            "(2024). Moths at night. Night Notes 3: 1-9.</li></ol></article></main></body></html>")


@pytest.mark.parametrize("lang, heading, body", [
    ("sw", "Ufadhili", "Mfuko wa Orrin (OR-2027-03)"), ("sw", "Wafadhili", "Mfuko wa Orrin"),
    ("tl", "Pagpopondo", "Pundasyong Orrin"), ("ms", "Pembiayaan", "Yayasan Orrin"), ("th", "แหล่งทุน", "มูลนิธิออร์ริน"),
    ("fa", "حمایت مالی", "بنیاد اورین"), ("ur", "مالی معاونت", "اورن فاؤنڈیشن"), ("bn", "অর্থায়ন", "অরিন ফাউন্ডেশন"),
    # acknowledgements that name support
    ("tl", "Pasasalamat", "Nagpapasalamat kami sa Pundasyong Orrin para sa pondo ng pananaliksik na ito."),
    ("ur", "اظہار تشکر", "ہم اورن فاؤنڈیشن کی مالی معاونت کے شکر گزار ہیں۔"),
])
def test_a_research_pages_funding_section_in_more_languages(lang: str, heading: str, body: str) -> None:
    assert cleanpage.clean(research_page(lang, heading, body)).funding == body


@pytest.mark.parametrize("lang, heading, body", [
    ("tl", "Pasasalamat", "Nagpapasalamat kami sa mga residente ng baryo sa kanilang tulong."),
    ("sw", "Ufadhili wa serikali umepungua", "Wakulima walisema bei ya mbolea imepanda."),  # a story's subheading
])
def test_a_research_pages_thanks_or_a_story_heading_is_no_funding(lang: str, heading: str, body: str) -> None:
    assert cleanpage.clean(research_page(lang, heading, body)).funding is None


def test_made_possible_by_a_named_funding_body() -> None:
    end = "Moth Night is made possible by the Orrin Moth Foundation."
    assert cleanpage.clean(page("en", end)).funding == end


@pytest.mark.parametrize("end", [
    "The orchard is made possible by our volunteers.",
    "Moth Night is made possible by the Harle Town Council.",  # a town's help
    "The new wing is made possible by the Harle Foundation's gift of land.",
    "The new wing is made possible by the Harle Foundation, the director said.",  # reported speech
    "Moth Night was made possible by the Orrin Moth Foundation.",  # the past: a story's
])
def test_made_possible_by_no_named_funding_body_is_no_funding(end: str) -> None:
    assert cleanpage.clean(page("en", end)).funding is None


@pytest.mark.parametrize("quoted", [
    "“This research was funded by the Orrin Moth Foundation,” said the mayor.",
    "“The festival is made possible by the Orrin Moth Foundation,” the director said.",
    "\"The survey was financed by the Quelby Night Trust,\" she added.",
])
def test_a_statement_quoted_from_someone_in_the_story_is_reported_speech(quoted: str) -> None:
    """The comma inside the quotation's closing mark, then the incise: the story's speaker says who paid."""
    article = cleanpage.clean(facts_page(f"<p>{quoted}</p>"))
    assert article.funding is None
    assert quoted in article.text


@pytest.mark.parametrize("logos", [
    "<img src='/a.png' alt='Orrin Moth Foundation'><img src='/b.png' alt='Quelby Night Trust'>",
    "<a href='/a'><img src='/a.png' alt='Orrin Moth Foundation'></a><a href='/b'><img src='/b.png' alt='Quelby Night Trust'></a>",
    "<figure><img src='/a.png' alt='Orrin Moth Foundation'></figure><figure><img src='/b.png' alt='Quelby Night Trust'></figure>",
])
def test_a_funded_by_heading_over_logos_each_in_an_element_of_its_own(logos: str) -> None:
    assert cleanpage.clean(facts_page(f"<h3>Funded by</h3>{logos}")).funding == \
        "Funded by Orrin Moth Foundation, Quelby Night Trust"


def test_a_funded_by_heading_s_logos_end_at_the_next_heading() -> None:
    section = ("<h3>Funded by</h3><img src='/a.png' alt='Orrin Moth Foundation'><h3>Media partners</h3>"
               "<img src='/b.png' alt='Quarle Radio'>")
    assert cleanpage.clean(facts_page(section)).funding == "Funded by Orrin Moth Foundation"
