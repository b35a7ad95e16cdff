"""Funding forms of round 66: a box about the work that calls it by a gendered pronoun or is a bare <section>,
a count or survey as the funded work in more languages, and their hard negatives (the same words as news).
Every name and sentence is invented."""

from __future__ import annotations

import pytest
from funding_pages import story_page

import cleanpage

STORY = ("Volunteers counted the swifts nesting under the old granary's eaves every evening for six weeks and "
         "marked each nest on a hand-drawn plan.")


def boxed(lang: str, box: str) -> str:
    """A story, then a box after the article inside the page's <main>."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 5))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Granary swifts</title></head>"
            f"<body><main><article><h1>Granary swifts</h1>{paragraphs}</article>{box}</main>"
            "<footer><p>© 2025 Granary Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, heading, before, statement", [
    ("de", "Über das Projekt", "Der Seglerzensus Kornhaus ist ein Bürgerprojekt.",
     "Er wird von der Kornhaus-Stiftung finanziert."),
    ("de", "Über das Projekt", "Die Seglerzählung ist ein Bürgerprojekt.",
     "Sie wird von der Kornhaus-Stiftung gefördert."),
    ("nl", "Over het project", "De gierzwaluwtelling is een burgerproject.",
     "Ze wordt gefinancierd door het Fonds Oude Graanschuur."),
    ("en", "About this project", "The Granary Swift Count is a citizen project.",
     "It is supported by the Eaves Heritage Fund."),
])
def test_a_bare_section_about_the_work_says_who_funds_it(lang: str, heading: str, before: str,
                                                         statement: str) -> None:
    # a <section> (or <aside>) is a box by its tag, no class needed; its work called "er", "sie", "ze" …
    box = f"<section><h3>{heading}</h3><p>{before} {statement}</p></section>"
    article = cleanpage.clean(boxed(lang, box))
    assert article.funding == statement


@pytest.mark.parametrize("lang, box", [
    # the box is about someone, not the work
    ("de", "<section><h3>Der Bürgermeister</h3><p>Er wird von der Heimatpartei unterstützt.</p></section>"),
    # a bare <div> is no box: the same sentences may be a story's
    ("de", "<div><h3>Über das Projekt</h3><p>Er wird von der Kornhaus-Stiftung finanziert.</p></div>"),
    ("en", "<section><h3>About this project</h3><p>The new road is funded by the County Council.</p></section>"),
])
def test_a_bare_section_not_about_the_work_is_no_funding(lang: str, box: str) -> None:
    assert cleanpage.clean(boxed(lang, box)).funding is None


def page(lang: str, end: str) -> str:
    return story_page(lang, end, STORY, headline="Granary swifts", site="Granary Post")


@pytest.mark.parametrize("lang, statement", [
    ("de", "Die Zählung wurde von der Kornhaus-Stiftung gefördert (Projekt KS-2207)."),
    ("de", "Die Seglerzählung wird von der Kornhaus-Stiftung finanziert."),
    ("pl", "Spis został sfinansowany przez Fundację Stary Spichlerz."),
    # a note's form: the work and its participle, no verb
    ("pl", "Spis sfinansowany przez Urząd Gminy Spichlerzowo."),
    ("cs", "Soupis hnízd byl financován Nadací Staré sýpky."),
    ("cs", "Soupis hnízd spolufinancovaný Nadací Staré sýpky."),
    ("sk", "Tento výskum bol podporený Agentúrou pre vtáctvo v rámci projektu AV-21-0455."),
    ("sk", "Súpis hniezd financovaný z grantu Nadácie Stará sýpka."),
    ("en", "The swift census receives funding from the Eaves Heritage Fund (grant EHF-061)."),
    ("hi", "यह सर्वेक्षण अनाज घर पक्षी न्यास द्वारा वित्त पोषित है।"),
])
def test_a_count_or_survey_and_its_named_funder_is_the_field(lang: str, statement: str) -> None:
    funding = cleanpage.clean(page(lang, f"{STORY} {statement}")).funding
    assert funding is not None and statement in funding


@pytest.mark.parametrize("lang, sentence", [
    # the people's census, the votes' count: the state's business as news
    ("de", "Die Volkszählung wird vom Bund finanziert."),
    ("de", "Die Stimmenauszählung wurde vom Land finanziert."),
    ("pl", "Spis powszechny sfinansowany przez Skarb Państwa."),
    ("pl", "Spis ludności został sfinansowany przez Główny Urząd Statystyczny."),
    ("sk", "Sčítanie obyvateľov bolo financované Štatistickým úradom."),
    ("en", "The national census receives funding from the Treasury."),
    ("en", "The census receives funding from the federal government."),
    ("hi", "यह जनगणना भारत सरकार द्वारा वित्त पोषित है।"),
    # no work: a repair, a bridge
    ("pl", "Most sfinansowany przez Urząd Gminy Spichlerzowo."),
    ("sk", "Tento most bol financovaný z grantu Nadácie Stará sýpka."),
    ("hi", "यह पुल नगर निगम द्वारा वित्त पोषित है।"),
    # someone's reported words
    ("pl", "Spis został sfinansowany przez Urząd Gminy, powiedział wójt."),
    ("cs", "Soupis hnízd spolufinancovaný Nadací Staré sýpky, řekl starosta."),
])
def test_the_same_words_as_news_are_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, f"{STORY} {sentence}")).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("ro", "Proiectul a primit finanțare prin programul Păsări în Oraș al Fundației Hambarul Vechi."),
    ("ro", "Acest studiu a beneficiat de finanțare din partea Fundației Hambarul Vechi."),
    ("de", "Das Projekt erhielt eine Förderung der Kornhaus-Stiftung."),
    ("de", "Die Zählung hat Fördermittel der Kornhaus-Stiftung erhalten."),
    ("pl", "Projekt otrzymał dofinansowanie z Fundacji Stary Spichlerz."),
    ("cs", "Projekt obdržel grant Nadace Staré sýpky."),
    ("sk", "Projekt získal finančnú podporu od Nadácie Stará sýpka."),
    ("hu", "A projekt támogatást kapott a Régi Magtár Alapítványtól."),
    ("hu", "A kutatás a Régi Magtár Alapítványtól kapott támogatást."),
    ("tr", "Proje, Eski Ambar Vakfı'ndan destek aldı."),
    ("el", "Το έργο έλαβε χρηματοδότηση από το Ίδρυμα Παλιά Αποθήκη."),
    ("ru", "Исследование получило финансирование от Фонда Старый амбар."),
    ("bg", "Проектът получи финансиране от Фондация Стария хамбар."),
    ("hr", "Projekt je dobio financijsku potporu Zaklade Stari hambar."),
    ("lt", "Projektas gavo finansavimą iš Senojo svirno fondo."),
    ("lv", "Projekts saņēma finansējumu no Vecās klēts fonda."),
    ("et", "Projekt sai rahastust Vana Aida Sihtasutuselt."),
    ("he", "הפרויקט קיבל מימון מקרן האסם הישן."),
    ("ar", "حصل المشروع على تمويل من مؤسسة المخزن القديم."),
])
def test_the_work_received_funding_from_a_named_funder(lang: str, statement: str) -> None:
    funding = cleanpage.clean(page(lang, f"{STORY} {statement}")).funding
    assert funding is not None and statement in funding


@pytest.mark.parametrize("lang, sentence", [
    # public money, the funder unnamed or no foundation
    ("ro", "Proiectul a primit finanțare de la primărie."),
    ("de", "Das Projekt erhielt eine Förderung von 50.000 Euro vom Land."),
    ("pl", "Projekt otrzymał dofinansowanie z budżetu miasta."),
    ("sk", "Projekt získal dotáciu od mesta Spichlerzovo."),
    ("hu", "A projekt támogatást kapott a várostól."),
    ("tr", "Proje, Belediye'den destek aldı."),
    ("el", "Το έργο έλαβε χρηματοδότηση από τον δήμο."),
    ("bg", "Проектът получи финансиране от общината."),
    ("he", "הפרויקט קיבל מימון מהעירייה."),
    ("ar", "حصل المشروع على تمويل من البلدية."),
    # support as a vote, no money
    ("cs", "Projekt získal podporu Rady města."),
    ("ru", "Проект получил поддержку Думы."),
    ("hr", "Projekt je dobio podršku Gradskog vijeća."),
    # not the work: another body's grant as news
    ("ro", "Primăria a primit finanțare de la Fundația Hambarul Vechi."),
    ("de", "Unterdessen erhielt das Nachbarschaftszentrum eine Förderung der Kornhaus-Stiftung."),
    # someone's reported words
    ("ro", "Proiectul a primit finanțare de la Consiliul Județean, a declarat primarul."),
    ("pl", "Projekt otrzymał dofinansowanie z Urzędu Gminy, powiedział wójt."),
])
def test_money_received_as_news_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, f"{STORY} {sentence}")).funding is None


def acknowledged(lang: str, heading: str, paragraph: str) -> str:
    """A story, then an acknowledgements heading and its paragraph at the article's end."""
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(1, 6))
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>Granary swifts</title></head>"
            f"<body><main><article><h1>Granary swifts</h1>{paragraphs}<h2>{heading}</h2><p>{paragraph}</p></article>"
            "</main><footer><p>© 2025 Granary Post</p></footer></body></html>")


@pytest.mark.parametrize("lang, heading, paragraph", [
    ("sk", "Poďakovanie", "Ďakujeme Nadácii Stará sýpka za finančnú podporu."),
    ("cs", "Poděkování", "Děkujeme Nadaci Staré sýpky za finanční podporu."),
    ("hr", "Zahvala", "Zahvaljujemo Zakladi Stari hambar na financijskoj potpori."),
    ("sl", "Zahvala", "Zahvaljujemo se Fundaciji Stari hambar za finančno podporo."),
    ("lt", "Padėka", "Dėkojame Senojo svirno fondui už finansinę paramą."),
    ("lv", "Pateicība", "Pateicamies Vecās klēts fondam par finansiālu atbalstu."),
    ("et", "Tänuavaldused", "Täname Vana Aida Sihtasutust rahalise toetuse eest."),
    ("ro", "Mulțumiri", "Mulțumim Fundației Hambarul Vechi pentru sprijinul financiar."),
    ("ca", "Agraïments", "Agraïm a la Fundació Graner el suport econòmic."),
    ("el", "Ευχαριστίες", "Ευχαριστούμε το Ίδρυμα Παλιά Αποθήκη για την οικονομική υποστήριξη."),
    ("he", "תודות", "אנו מודים לקרן האסם הישן על התמיכה הכספית."),
    ("hi", "आभार", "हम पुराना अनाज घर न्यास को वित्तीय सहायता के लिए धन्यवाद देते हैं।"),
    ("hu", "Köszönetnyilvánítás", "Köszönjük a Régi Magtár Alapítványnak az anyagi támogatást."),
    ("tr", "Teşekkür", "Eski Ambar Vakfı'na mali desteği için teşekkür ederiz."),
    ("fi", "Kiitokset", "Kiitämme Vanhan aitan säätiötä taloudellisesta tuesta."),
    ("sv", "Tack", "Vi tackar Stiftelsen Gamla Ladan för ekonomiskt stöd."),
    ("id", "Ucapan terima kasih", "Kami berterima kasih kepada Yayasan Lumbung Tua atas dukungan dananya."),
])
def test_an_acknowledgement_of_a_funders_support_is_the_field(lang: str, heading: str, paragraph: str) -> None:
    assert cleanpage.clean(acknowledged(lang, heading, paragraph)).funding == paragraph


@pytest.mark.parametrize("lang, heading, paragraph", [
    # thanks to people by their role for their support: help, no funding
    ("sk", "Poďakovanie", "Ďakujeme dobrovoľníkom za ich podporu."),
    ("cs", "Poděkování", "Děkujeme všem dobrovolníkům za podporu."),
    ("hr", "Zahvala", "Zahvaljujemo volonterima na potpori."),
    ("lt", "Padėka", "Dėkojame savanoriams už paramą."),
    ("lv", "Pateicība", "Pateicamies brīvprātīgajiem par atbalstu."),
    ("et", "Tänuavaldused", "Täname vabatahtlikke toetuse eest."),
    ("ro", "Mulțumiri", "Mulțumim voluntarilor pentru sprijin."),
    ("el", "Ευχαριστίες", "Ευχαριστούμε τους εθελοντές για την υποστήριξη."),
    ("he", "תודות", "אנו מודים למתנדבים על התמיכה."),
    ("hi", "आभार", "हम स्वयंसेवकों को उनकी सहायता के लिए धन्यवाद देते हैं।"),
    ("hu", "Köszönetnyilvánítás", "Köszönjük az önkénteseknek a támogatást."),
    ("fi", "Kiitokset", "Kiitämme vapaaehtoisia tuesta."),
    ("sv", "Tack", "Vi tackar alla frivilliga för deras stöd."),
    ("tr", "Teşekkür", "Gönüllülerimize destekleri için teşekkür ederiz."),
    ("id", "Ucapan terima kasih", "Kami berterima kasih kepada para relawan atas dukungannya."),
])
def test_thanks_to_people_for_their_support_is_no_funding(lang: str, heading: str, paragraph: str) -> None:
    assert cleanpage.clean(acknowledged(lang, heading, paragraph)).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("en", "Water sampling was funded by the Riverkeepers Trust (grant RT-2291)."),
    ("en", "The Kestrel Open Data Fund supported the mapping (grant KODF-061)."),
    ("de", "Die Messungen wurden von der Flussstiftung gefördert (Az. FS-22)."),
    ("fr", "Les relevés ont été financés par la Fondation Rivière (subvention FR-22)."),
    ("it", "Il campionamento è stato finanziato dalla Fondazione Fiume (bando FF-22)."),
    ("pt", "A amostragem foi financiada pela Fundação Rio (bolsa FR-22)."),
    ("nl", "De metingen werden gefinancierd door het Rivierfonds (subsidie RF-22)."),
    ("sv", "Provtagningen finansierades av Stiftelsen Älven (bidrag SÄ-22)."),
    ("fi", "Näytteenottoa rahoitti Jokisäätiö (apuraha JS-22)."),
    ("pl", "Pobór próbek sfinansowała Fundacja Rzeka (grant FR-22)."),
    ("cs", "Odběr vzorků financovala Nadace Řeka (grant NŘ-22)."),
    ("hu", "A mintavételt a Folyó Alapítvány finanszírozta (FA-22 számú pályázat)."),
    ("el", "Οι μετρήσεις χρηματοδοτήθηκαν από το Ίδρυμα Ποταμός (επιχορήγηση ΙΠ-22)."),
    ("ru", "Измерения финансировались Фондом Река (грант ФР-22)."),
    ("hi", "नमूना संग्रह नदी न्यास द्वारा वित्त पोषित है (अनुदान संख्या NN-22)।"),
])
def test_a_funder_and_its_grants_code_in_brackets_is_the_field(lang: str, statement: str) -> None:
    # whatever the work is called: the grant's code names the funding as the page's own
    funding = cleanpage.clean(page(lang, f"{STORY} {statement}")).funding
    assert funding is not None and statement in funding


@pytest.mark.parametrize("lang, sentence", [
    # a bracket naming no grant, or a grant word with no code
    ("en", "The council funded the new bridge (photo 3)."),
    ("en", "The stadium was funded by the city in 2019 (see the 2019 report)."),
    ("en", "The new pool was funded by the council (grant pending)."),
    # no funding word before the code
    ("en", "The council awarded the swimming club a grant (grant RT-2291) last week."),
    # someone's reported words
    ("en", "The bridge was funded by the Riverkeepers Trust (grant RT-2291), the mayor said."),
])
def test_a_bracket_without_a_grants_code_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, f"{STORY} {sentence}")).funding is None


@pytest.mark.parametrize("lang, statement", [
    # the data work a page reports: its archive, measurements, recordings, sampling
    ("en", "The oral history archive is supported by the Heritage Lottery Fund."),
    ("en", "The recordings were funded by the Greywater Civic Trust."),
    ("de", "Das Archiv wird von der Heimatstiftung Auental gefördert."),
    ("de", "Die Messungen wurden von der Flussstiftung finanziert."),
    ("fr", "Les relevés ont été financés par la Fondation Rivière."),
    ("es", "El archivo cuenta con el apoyo de la Fundación Noctula."),
    ("it", "L'archivio è sostenuto dalla Fondazione Noctula."),
    ("pt", "O arquivo conta com o apoio da Fundação Noctula."),
    ("nl", "De metingen werden gefinancierd door het Rivierfonds."),
    ("sv", "Arkivet finansieras av Stiftelsen Noctula."),
    ("no", "Målingene er finansiert av Stiftelsen Elva."),
    ("pl", "Archiwum jest finansowane przez Fundację Noctula."),
    # the imperfective passive, a funder named by a capital
    ("cs", "Archiv je podporován Nadací Noctula."),
    ("sk", "Archív je podporovaný Nadáciou Noctula."),
    ("ru", "Архив финансируется Фондом Река."),
])
def test_an_archive_or_measurements_and_a_named_funder_is_the_field(lang: str, statement: str) -> None:
    funding = cleanpage.clean(page(lang, f"{STORY} {statement}")).funding
    assert funding is not None and statement in funding


@pytest.mark.parametrize("lang, sentence", [
    # public money, unnamed
    ("en", "The national archive was funded by the government."),
    ("en", "The archive was funded by taxpayers."),
    ("ru", "Мост финансируется из бюджета города."),
    # a vote of support: the majority of a council
    ("cs", "Projekt je podporován většinou zastupitelů."),
    ("cs", "Projekt byl podpořen většinou zastupitelů."),
    ("sk", "Projekt bol podporený väčšinou poslancov."),
    ("ru", "Проект был поддержан большинством депутатов."),
])
def test_an_archive_or_a_project_supported_as_news_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, f"{STORY} {sentence}")).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("en", "The Noctule Foundation funds this podcast."),
    ("de", "Die Noctula-Stiftung finanziert dieses Projekt."),
    ("de", "Die Noctula-Stiftung hat diese Studie gefördert."),
    ("fr", "La Fondation Noctule finance ce projet."),
    ("es", "La Fundación Noctula financia este proyecto."),
    ("it", "La Fondazione Noctula finanzia questo progetto."),
    ("pt", "A Fundação Noctula financia este projeto."),
    ("nl", "Het Noctulafonds financiert dit project."),
    ("sv", "Stiftelsen Noctula finansierar projektet."),
    ("pl", "Fundacja Noctula sfinansowała ten projekt."),
    ("cs", "Nadace Noctula financovala tento projekt."),
    ("sk", "Nadácia Noctula podporila tento projekt."),
    ("ro", "Fundația Noctula a finanțat acest proiect."),
    ("el", "Το Ίδρυμα Noctula χρηματοδότησε αυτό το έργο."),
    ("ru", "Фонд Ноктула финансировал этот проект."),
    ("uk", "Фонд Ноктула підтримав цей проєкт."),
    ("uk", "Дослідження підтримане Фондом Ноктула."),
])
def test_a_foundation_funding_this_work_is_the_field(lang: str, statement: str) -> None:
    funding = cleanpage.clean(page(lang, f"{STORY} {statement}")).funding
    assert funding is not None and statement in funding


@pytest.mark.parametrize("lang, sentence", [
    # no foundation: a town's money
    ("de", "Die Stadt finanziert dieses Projekt."),
    ("fr", "La mairie finance ce projet."),
    # a work of the story's, not this one
    ("de", "Die Noctula-Stiftung finanzierte das neue Hallenbad."),
    ("es", "La Fundación Noctula financió el nuevo estadio."),
    # someone's reported words
    ("en", "Critics say the Noctule Foundation funds this project to win votes."),
    ("pl", "Fundacja Noctula sfinansowała ten projekt, powiedział wójt."),
    ("sv", "Stiftelsen Noctula finansierar projektet, säger kommunen."),
    ("de", "Die Noctula-Stiftung finanziert dieses Projekt, sagte der Bürgermeister."),
])
def test_a_foundations_money_as_news_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, f"{STORY} {sentence}")).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("en", "This work would not have been possible without the support of the Noctule Foundation."),
    ("en", "The survey could not have been completed without funding from the Noctule Foundation."),
    ("de", "Ohne die Unterstützung der Noctula-Stiftung wäre diese Studie nicht möglich gewesen."),
    ("de", "Diese Studie wäre ohne die Förderung der Noctula-Stiftung nicht möglich gewesen."),
    ("fr", "Ce travail n'aurait pas été possible sans le soutien de la Fondation Noctule."),
    ("es", "Este trabajo no habría sido posible sin el apoyo de la Fundación Noctula."),
    ("it", "Questo lavoro non sarebbe stato possibile senza il sostegno della Fondazione Noctula."),
    ("pt", "Este trabalho não teria sido possível sem o apoio da Fundação Noctula."),
    ("nl", "Dit onderzoek was niet mogelijk geweest zonder de steun van het Noctulafonds."),
    ("pl", "Badania były możliwe dzięki grantowi Fundacji Noctula."),
    ("pl", "Projekt nie byłby możliwy bez wsparcia Fundacji Noctula."),
])
def test_the_work_not_possible_without_a_named_funder_is_the_field(lang: str, statement: str) -> None:
    funding = cleanpage.clean(page(lang, f"{STORY} {statement}")).funding
    assert funding is not None and statement in funding


def test_the_work_not_possible_without_a_funder_opening_its_own_paragraph_is_the_field() -> None:
    statement = "Without the support of the Noctule Foundation, this study would not have been possible."
    assert cleanpage.clean(page("en", statement)).funding == statement


@pytest.mark.parametrize("lang, sentence", [
    # help, not money, and no work of the page's
    ("en", "The rescue would not have been possible without the support of the Coast Guard."),
    ("en", "The new bridge would not have been possible without funding from the European Union."),
    ("en", "The project would not have been possible without the support of the Mayor."),
    ("de", "Ohne die Unterstützung der Feuerwehr wäre die Rettung nicht möglich gewesen."),
    ("fr", "La victoire n'aurait pas été possible sans le soutien des supporters."),
    ("es", "El rescate no habría sido posible sin el apoyo de la Guardia Civil."),
    ("pl", "Remont był możliwy dzięki wsparciu mieszkańców."),
])
def test_help_that_made_something_possible_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, f"{STORY} {sentence}")).funding is None


@pytest.mark.parametrize("lang, statement", [
    ("de", "Die Ausstellung wird ermöglicht durch die Noctula-Stiftung."),
    ("de", "Die Ausstellung wurde durch die Noctula-Stiftung ermöglicht."),
    ("fr", "L'exposition est rendue possible grâce à la Fondation Noctule."),
    ("es", "Esta exposición es posible gracias a la Fundación Noctula."),
    ("it", "La mostra è resa possibile grazie alla Fondazione Noctula."),
    ("it", "La mostra è stata realizzata grazie al sostegno della Fondazione Noctula."),
    ("pt", "A exposição é possível graças à Fundação Noctula."),
    ("pt", "A exposição conta com o patrocínio da Fundação Noctula."),
    ("sv", "Utställningen har möjliggjorts av Stiftelsen Noctula."),
    ("da", "Udstillingen er muliggjort af Noctula-fonden."),
    ("fi", "Näyttely on toteutettu Noctula-säätiön tuella."),
    ("pl", "Wystawa została zrealizowana dzięki wsparciu Fundacji Noctula."),
    ("cs", "Výstava vznikla díky podpoře Nadace Noctula."),
    ("hu", "A kiállítás a Noctula Alapítvány támogatásával jött létre."),
    ("ro", "Expoziția a fost posibilă datorită Fundației Noctula."),
    ("ru", "Выставка стала возможной благодаря Фонду Ноктула."),
    ("ko", "이 전시는 박쥐재단의 후원으로 열렸다."),
    ("ar", "أقيم المعرض بدعم من مؤسسة الخفاش."),
    ("id", "Pameran ini terselenggara berkat dukungan Yayasan Kelelawar."),
])
def test_an_exhibition_made_possible_by_a_foundation_is_the_field(lang: str, statement: str) -> None:
    funding = cleanpage.clean(page(lang, f"{STORY} {statement}")).funding
    assert funding is not None and statement in funding


@pytest.mark.parametrize("lang, sentence", [
    # help, or a town's money: no foundation, no body named
    ("de", "Die Ausstellung wurde durch die Stadt ermöglicht."),
    ("fr", "L'exposition a été possible grâce aux bénévoles."),
    ("es", "La fiesta fue posible gracias a los vecinos."),
    ("it", "La festa è stata resa possibile grazie ai volontari."),
    ("sv", "Utställningen har möjliggjorts av frivilliga."),
    ("pl", "Wystawa została zrealizowana dzięki wsparciu mieszkańców."),
    ("cs", "Výstava vznikla díky podpoře obce."),
    ("ru", "Выставка стала возможной благодаря волонтерам."),
    ("ar", "أقيم المعرض بدعم من البلدية."),
])
def test_an_exhibition_made_possible_by_helpers_is_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, f"{STORY} {sentence}")).funding is None


@pytest.mark.parametrize("sentence", [
    # a sponsor's contract or a year in brackets names no grant: a team's or a player's sponsor as news
    "The team is sponsored by Noctule Motors (contract NM-22).",
    "The striker was sponsored by Noctule Motors (award 2019) before his transfer.",
])
def test_a_sponsors_contract_or_year_in_brackets_is_no_funding(sentence: str) -> None:
    assert cleanpage.clean(page("en", f"{STORY} {sentence}")).funding is None


@pytest.mark.parametrize("lang, sentence", [
    # the votes' count, by its genitive
    ("de", "Die Zählung der Stimmen hat Fördermittel der Noctula-Stiftung erhalten."),
    # the money a work received, in someone's reported words
    ("ru", "Проект получил грант Фонда Ноктула, сообщил мэр."),
    ("hu", "A projekt támogatást kapott a Noctula Alapítványtól, mondta a polgármester."),
    ("tr", "Proje, Noctula Vakfı'ndan destek aldı, dedi belediye başkanı."),
    ("el", "Το έργο έλαβε χρηματοδότηση από το Ίδρυμα Noctula, δήλωσε ο δήμαρχος."),
])
def test_the_votes_count_and_reported_money_are_no_funding(lang: str, sentence: str) -> None:
    assert cleanpage.clean(page(lang, f"{STORY} {sentence}")).funding is None


@pytest.mark.parametrize("lang, heading, paragraph", [
    # thanks to the audience for its support: readers, no funder
    ("en", "Acknowledgements", "We thank our readers for their support."),
    ("es", "Agradecimientos", "Agradecemos a nuestros lectores su apoyo."),
    ("sk", "Poďakovanie", "Ďakujeme našim čitateľom za podporu."),
    ("sv", "Tack", "Vi tackar alla våra läsare för ert stöd."),
    ("hu", "Köszönetnyilvánítás", "Köszönjük olvasóinknak a támogatást."),
    ("tr", "Teşekkür", "Okurlarımıza destekleri için teşekkür ederiz."),
    ("ro", "Mulțumiri", "Mulțumim cititorilor pentru sprijin."),
    ("el", "Ευχαριστίες", "Ευχαριστούμε τους αναγνώστες μας για την υποστήριξη."),
    ("id", "Ucapan terima kasih", "Terima kasih kepada para pembaca atas dukungannya."),
])
def test_thanks_to_readers_for_their_support_is_no_funding(lang: str, heading: str, paragraph: str) -> None:
    assert cleanpage.clean(acknowledged(lang, heading, paragraph)).funding is None


def test_thanks_to_readers_and_a_foundation_is_the_field() -> None:
    paragraph = "We thank our listeners and the Noctule Foundation for their support."
    assert cleanpage.clean(acknowledged("en", "Acknowledgements", paragraph)).funding == paragraph
