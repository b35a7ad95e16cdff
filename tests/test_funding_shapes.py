"""The funding field across the kinds of statements the web writes, in several languages:
research grants, sponsor and partner notices, support of events and projects, commissioned
and paid-for content, headings in many languages; and the near misses that are not funding
(news about money, product support, reader support, affiliate notices, general thanks).

Every example is invented; each is one paragraph of an article (or a heading over one)."""

from __future__ import annotations

import pytest

import cleanpage

PARAGRAPHS = "".join(
    f"<p>Paragraph {i} of the report on the harbour survey, with enough words in it to read as a real "
    f"paragraph of running text that a reader would want to keep in the article.</p>" for i in range(6)
)


def page(inside: str) -> str:
    return ("<!doctype html><html><head><title>Harbour survey | Example Post</title></head><body>"
            "<nav class='main-nav'><a href='/'>Home</a></nav><article><header><h1>Harbour survey</h1></header>"
            f"<div class='article-body'>{PARAGRAPHS}{inside}</div></article></body></html>")


STATEMENTS = [
    # research and public programmes
    "This project has received funding from the European Union's Horizon 2020 research and innovation "
    "programme under grant agreement No 123456.",
    "This project has been funded with support from the European Commission.",
    "Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do "
    "not necessarily reflect those of the European Union or the granting authority. Neither the European Union "
    "nor the granting authority can be held responsible for them.",
    "Co-funded by the Erasmus+ Programme of the European Union.",
    "Research reported in this publication was supported by the National Institute of Examples under award "
    "number R01EX012345.",
    "The authors acknowledge financial support from the Example Science Fund.",
    "The Example Foundation provided funding for the study.",
    "Additional support was provided by the Example Institute for Coastal Research.",
    "Made possible by a grant from the Example Arts Council.",
    "This exhibition is made possible by the generous support of the Example Family Foundation.",
    "This research was funded in whole, or in part, by the Example Trust [grant number 000000].",
    "This material is based upon work supported by the Example Science Agency.",
    "Open access funding provided by Example University Library.",
    "The funders had no role in study design, data collection and analysis, decision to publish, or preparation "
    "of the manuscript.",
    "The author disclosed receipt of the following financial support for the research, authorship, and/or "
    "publication of this article: Example Council.",
    "Supported using public funding by Example Arts Council.",
    "Made possible with Example Heritage Fund.",
    # journalism
    "This story was reported with support from the Example Journalism Fund.",
    "The Example Press climate coverage receives financial support from several private foundations.",
    "Support for Example Radio comes from the Example Foundation.",
    "This article was written with support from the Example Journalism Fund.",
    "Example Radio's coverage of science is supported by the Example Foundation.",
    "This reporting is part of a series made possible with support from the Example Fund.",
    "This story is part of a collaboration with Example News, funded by the Example Trust.",
    "Funding for Example Radio's health coverage comes from the Example Foundation.",
    "This story was produced in partnership with Example News and funded by the Example Trust.",
    # a statement that there was none
    "The authors received no specific funding for this work.",
    "This research did not receive any specific grant from funding agencies.",
    # sponsored, partner, paid-for and commissioned content
    "Produced in partnership with the Example Foundation.",
    "This article was produced in partnership with the Example Health Trust.",
    "This content was paid for by Example Bank and produced by our brand studio.",
    "Paid for by Example Bank.",
    "This report was commissioned by the Example Trust.",
    "Commissioned by the Example Harbour Authority.",
    "Thanks to Example Labs for sponsoring this episode.",
    "This article is part of a paid partnership with Example Airlines.",
    # events
    "Example Corp provided financial support for this event.",
    "Example Labs is the presenting sponsor of this conference.",
    # German
    "Gefördert durch die Stadt Musterstadt.",
    "Gefördert vom Bundesministerium für Wirtschaft und Klimaschutz aufgrund eines Beschlusses des Deutschen "
    "Bundestages.",
    "Mit freundlicher Unterstützung der Beispiel-Stiftung.",
    "Mit Unterstützung von Beispiel Kultur e.V.",
    "Das Festival wird von der Kulturstiftung des Landes gefördert.",
    "Dieser Beitrag entstand mit finanzieller Unterstützung der Beispiel-Stiftung.",
    "Gefördert durch die Deutsche Forschungsgemeinschaft (DFG) – Projektnummer 123456789.",
    "Die Studie wurde gefördert von der Deutschen Forschungsgemeinschaft.",
    "Dieser Artikel entstand in Kooperation mit dem Beispiel-Netzwerk und wurde von der Beispiel-Stiftung gefördert.",
    "Die Recherche entstand in Zusammenarbeit mit dem Beispiel-Magazin.",
    "Finanziert von der Europäischen Union. Die geäußerten Ansichten und Meinungen entsprechen jedoch ausschließlich "
    "denen des Autors bzw. der Autoren und spiegeln nicht zwingend die der Europäischen Union wider.",
    # French
    "Avec le soutien de la Région Exemple.",
    "Avec le soutien financier du ministère de la Culture.",
    "Ce travail a bénéficié d'une aide de l'État gérée par l'Agence nationale de la recherche au titre du "
    "programme Investissements d'avenir.",
    "Ce projet a reçu un financement du programme de recherche et d'innovation Horizon 2020 de l'Union européenne.",
    "Cofinancé par l'Union européenne.",
    "Cette exposition est soutenue par la Fondation Exemple.",
    "Cet article a été réalisé avec le soutien de la Fondation Exemple.",
    "Cet article a été produit en partenariat avec Exemple Média et financé par la Fondation Exemple.",
    # Spanish
    "Con el apoyo de la Fundación Ejemplo.",
    "Con el patrocinio del Ayuntamiento de Ejemplo.",
    "Financiado por la Unión Europea.",
    "Esta investigación contó con el apoyo de la Fundación Ejemplo.",
    "Este proyecto ha recibido financiación del programa de investigación e innovación Horizon 2020 de la "
    "Unión Europea.",
    "El festival cuenta con el patrocinio de Ejemplo S.A.",
    "El presente trabajo ha sido financiado por la Fundación Ejemplo.",
    # Italian
    "Con il sostegno di Fondazione Esempio.",
    "Con il contributo della Regione Esempio.",
    "Progetto finanziato dall'Unione europea.",
    "La ricerca è stata sostenuta da Fondazione Esempio.",
    "L'evento è realizzato con il contributo del Comune di Esempio.",
    # Dutch
    "Met steun van het Voorbeeldfonds.",
    "Mede mogelijk gemaakt door de Voorbeeldstichting.",
    "Dit festival wordt ondersteund door de gemeente Voorbeeld.",
    "Deze productie kwam tot stand met steun van het Voorbeeldfonds.",
    # Swedish, Danish, Norwegian, Finnish, Czech, Turkish, Indonesian, Hungarian
    "Studien finansierades av Vetenskapsrådet.",
    "Projektet er finansieret af Eksempelfonden.",
    "Prosjektet er finansiert av Norges forskningsråd.",
    "Tutkimusta rahoitti Suomen Akatemia.",
    "Juttu on tehty Esimerkkisäätiön tuella.",
    "Výzkum byl financován Grantovou agenturou.",
    "Bu çalışma Örnek Vakfı tarafından desteklenmiştir.",
    "Penelitian ini didanai oleh Yayasan Contoh.",
    "A kutatás a Példa Alap támogatásával valósult meg.",
    # Portuguese
    "Com o apoio da Fundação Exemplo.",
    "Esta pesquisa contou com o apoio financeiro da Fundação Exemplo.",
    "Financiado pela União Europeia.",
    "O presente trabalho foi realizado com apoio da Fundação Exemplo - Código de Financiamento 001.",
    # Polish
    "Projekt współfinansowany przez Unię Europejską.",
    "Dofinansowano ze środków Ministra Kultury i Dziedzictwa Narodowego.",
    "Zadanie publiczne finansowane ze środków Miasta Przykładowo.",
    # Russian, Japanese, Chinese, Korean
    "Работа выполнена при поддержке Российского научного фонда (проект № 20-00-00000).",
    "Исследование выполнено за счет гранта Российского научного фонда.",
    "本研究はJSPS科研費JP12345678の助成を受けたものです。",
    "本研究は科学技術振興機構の支援を受けて実施した。",
    "本イベントは例示財団の協賛により開催されます。",
    "本研究由国家自然科学基金（编号：12345678）资助。",
    "本活动由例示科技有限公司赞助。",
    "本文受到国家社会科学基金项目（12ABC345）资助。",
    "本文系国家社会科学基金项目（12ABC345）的阶段性成果。",
    "이 기사는 한국언론진흥재단의 후원을 받아 작성되었습니다.",
    "この記事は例示株式会社の提供でお送りします。",
    "본 기사는 한국언론진흥재단의 지원을 받아 작성되었습니다.",
    "이 논문은 한국연구재단의 지원을 받아 수행된 연구임.",
    # the funded work as the object of a verb of use, mid-sentence
    "The chapter builds on archival research funded by the Example Coastal Trust, grant 2291.",
    "My essay draws on a survey supported by the Harbour Studies Council.",
    # "carried out with the support of" a named funder, whatever the subject
    "Il restauro degli affreschi è stato realizzato con il sostegno della Fondazione Esempio.",
    "L'inventaire a été réalisé avec le soutien de la Région Exemple.",
    "El catálogo fue realizado con el apoyo del Instituto Ejemplo de Cultura.",
    "O levantamento foi realizado com o apoio da Fundação Exemplo.",
    "Die Karte entstand mit Unterstützung der Beispiel-Stiftung.",
]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_a_statement_of_its_own_is_funding_and_stays_in_the_body(statement: str) -> None:
    article = cleanpage.clean(page(f"<p>{statement}</p>"))
    assert article.funding == statement
    assert statement in article.text


HEADINGS = [
    "Funders", "Our funders", "Funding partners", "Funding acknowledgements", "Research funding",
    "Grant information", "Event sponsors", "Thanks to our sponsors", "Our generous sponsors", "Today's sponsor",
    "Funding/Support", "Role of the funding source", "Sources of support", "Financial support and sponsorship",
    "Funding declaration", "Funding details",
    "Förderer", "Unsere Förderer", "Gefördert durch", "Mit Unterstützung von", "Sponsoren",
    "Finanzielle Unterstützung",
    "Financements", "Partenaires financiers", "Avec le soutien de", "Financeurs", "Mécènes",
    "Patrocinadores", "Con el apoyo de", "Entidades financiadoras",
    "Con il sostegno di", "Fonti di finanziamento",
    "Met steun van", "Mede mogelijk gemaakt door",
    "Financiamento", "Fontes de financiamento", "Apoio financeiro",
    "Źródło finansowania", "Dofinansowanie",
    "Финансирование", "Источники финансирования",
    "研究資金", "資金提供", "助成", "研究助成", "協賛", "スポンサー",
    "基金资助", "项目资助", "赞助", "基金項目", "資助",
    "연구비 지원",
    "Funding and competing interests", "Geldgeber", "Rahoitus", "Financování", "Finansman", "Pendanaan", "Tài trợ",
    "Χρηματοδότηση", "التمويل", "מימון", "資金", "펀딩", "후원",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_section_under_a_funding_heading_is_funding(heading: str) -> None:
    body = "The Example Coastal Science Fund, award 4411."
    article = cleanpage.clean(page(f"<h2>{heading}</h2><p>{body}</p><h2>References</h2><p>Doe 2024.</p>"))
    assert article.funding == body


@pytest.mark.parametrize("heading, body", [
    ("Agradecimentos", "Agradecemos à Fundação Exemplo pelo apoio financeiro (processo 2020/00000-0)."),
    ("Благодарности", "Авторы благодарят Российский научный фонд за финансовую поддержку."),
    ("謝辞", "本研究はJSPS科研費の助成を受けた。"),
    ("致謝", "本研究承蒙國科會補助。"),
    ("감사의 글", "이 연구는 한국연구재단의 지원을 받았다."),
])
def test_an_acknowledgements_section_of_support_is_funding(heading: str, body: str) -> None:
    article = cleanpage.clean(page(f"<h2>{heading}</h2><p>{body}</p><h2>References</h2><p>Doe 2024.</p>"))
    assert article.funding == body


NEAR_MISSES = [
    # funding others had or lacked, in a grants call
    "Priority goes to clubs that have never received grants from any trust.",
    "Schools that had received funding from us in earlier rounds may apply again.",
    # the same verbs without a named funder, or with volunteers
    "Il murale è stato realizzato con il contributo dei volontari del quartiere.",
    "The chapter builds on archival research funded by modest local donations.",
    # money and support reported as news
    "The startup raised $20 million in a funding round led by Example Ventures.",
    "Example Corp secured Series B funding from three investors last week.",
    "The council funded a new bridge over the river last year.",
    "The city will fund the new stadium with a bond issue, the mayor said.",
    "The study found that students who were supported by a tutor did better in the spring exams.",
    "The results are supported by evidence from three earlier trials.",
    "The project was supported by a majority of the council on Tuesday.",
    "Die Stadt fördert den Bau neuer Radwege mit zwei Millionen Euro.",
    "Le gouvernement a financé la construction du nouveau pont.",
    "Le projet de loi a été soutenu par la majorité des députés.",
    "El proyecto de ley fue apoyado por la mayoría del Congreso.",
    "Con el apoyo de sus aliados, el presidente ganó la votación del martes por un amplio margen.",
    "With the support of her family, she finished the race in under four hours.",
    "Paid for by the hour, the workers earned little.",
    "Made possible with the new API, apps can now run offline.",
    "Het project werd door de gemeenteraad ondersteund.",
    "Il governo ha finanziato la costruzione del nuovo ponte.",
    "Rząd sfinansował budowę nowego mostu.",
    "政府は新しい橋の建設を支援した。",
    "公司获得了数百万美元的投资。",
    "本文介绍了政府补助政策。",
    "本研究发现，政府补助能提高企业绩效。",
    "本研究の結果、政府の支援により企業が成長したことが分かった。",
    "この記事では、政府の支援を受けた企業を紹介します。",
    "이 기사는 정부 지원을 받은 기업을 소개합니다.",
    "Исследование показало, что проекты при поддержке государства успешнее.",
    "The firm reports 95% client retention, supported by process discipline and a lean service model.",
    "Hallitus rahoittaa uutta hanketta kahdella miljoonalla eurolla.",
    "Die Stadt plant das Projekt in Zusammenarbeit mit dem Land.",
    "Regeringen finansierar den nya bron över älven.",
    # product features
    "Supported browsers: Chrome, Firefox, Safari and Edge.",
    "Support for Python 3.8 comes from the new release of the parser.",
    "Support for the measure comes from the Example Party and two smaller groups.",
    "Example Drinks is the main sponsor of the festival, the organisers announced.",
    "This feature is supported by all major browsers.",
    "The new mode is supported by most devices released after 2020.",
    "该功能得到所有主流浏览器的支持。",
    # reader support, affiliate notices, advertising
    "Support our journalism: become a member today.",
    "Our reporting is funded by readers like you.",
    "This site is supported by advertising and affiliate links.",
    "This website is supported by advertisers.",
    "This article contains affiliate links, and we may earn a commission on purchases.",
    "Become a sponsor of this newsletter and reach ten thousand readers.",
    # general thanks
    "Thanks to our readers for all their support this year.",
    "We thank all our readers and listeners for their support.",
    "We are grateful to our subscribers for their continued support.",
    "Merci à nos lecteurs pour leur soutien fidèle.",
    "Gracias a todos por vuestro apoyo.",
]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_a_near_miss_is_not_funding(sentence: str) -> None:
    assert cleanpage.clean(page(f"<p>{sentence}</p>")).funding is None


def test_a_role_named_sponsor_is_not_a_sponsor_section() -> None:
    section = ("<h3>Project sponsor</h3><ul><li>Provides financial and organizational support for the project</li>"
               "<li>Makes critical decisions on resources and budget</li></ul>")
    assert cleanpage.clean(page(section)).funding is None


def test_the_sites_eu_notice_in_its_footer_goes_in_the_field_not_the_body() -> None:
    notice = ("Funded by the European Union. Views and opinions expressed are however those of the author(s) only and "
              "do not necessarily reflect those of the European Union or the granting authority.")
    footer = f"<footer class='site-footer'><p>{notice}</p><p><a href='/imprint'>Imprint</a></p></footer>"
    article = cleanpage.clean(page("").replace("</body>", f"{footer}</body>"))
    assert article.funding == notice
    assert "granting authority" not in article.text
