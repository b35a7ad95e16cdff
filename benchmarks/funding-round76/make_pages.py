"""Builds held-out funding round 76 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the park, the studies, funders, grant numbers and people do not exist.
Written by a helper from the definition of `funding` alone, without reading the detector's code or
the earlier rounds' cases: a dark-sky park project in the invented upland of Corrandale (sky
brightness meters, shielded street lamps, star parties), in many languages. About half the pages are
shaped like sites outside newsrooms (journal articles with back matter, project and society sites,
page-builder widgets, documentation, a product page, a forum thread, a thesis, a newsletter, a
podcast, a festival page); the rest are news reports. Real statements sit in back-matter sections
between "Author contributions" and "Conflict of interest", figure captions, capitals, footnote
targets, pages with two statements, statements continued over two sentences, widgets, details
elements, table notes and header sponsor lines; hard negatives put "funded", "sponsored", "grant"
and "support" in related-story headlines, navigation menus, adverts, captions, news and product text.

Conventions: for run-in labels and headings ("Funding:", "Financiación", <h2>Förderung</h2>) the
statement listed is the sentence after the label, without the label; footnote markers are not part
of a statement; in acknowledgements mixing thanks and a grant only the grant sentence is listed.
A statement continued over two sentences is listed as its two sentences. The note of each label
begins with "site:" or "news:" for the page's shape.

usage: python benchmarks/funding-round76/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import html as htmllib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_page, write_corpus

RTL = {"ar", "he", "fa", "ur"}


def news(lang: str, title: str, paras: list[str], block: str = "", place: str = "end", *,
         site: str = "Corrandale Courier", section: str = "Science") -> str:
    """A news report (probe_corpus.story_page) with `block` set where `place` says."""
    return story_page(lang, title, paras, place, block, section=section, site=site)


def site(lang: str, title: str, body: str, *, nav: tuple[str, ...] = ("Home", "Projects", "About", "Contact"),
         aside: str = "", after: str = "", footer: str = "", name: str = "Corrandale Dark Sky Park",
         header_extra: str = "") -> str:
    """A page of a site outside newsrooms: site header with a menu, the page's main column, an
    optional aside and blocks after it, and a site footer."""
    direction = ' dir="rtl"' if lang in RTL else ""
    menu = "".join(f'<li class="menu-item"><a href="/{i}">{item}</a></li>' for i, item in enumerate(nav))
    return (f'<!doctype html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{title} | {name}</title>'
            f'</head><body><header class="site-header"><a class="site-logo" href="/">{name}</a>'
            f'<nav class="main-navigation"><ul class="menu">{menu}</ul></nav></header>'
            f'<main id="content"><article class="page type-page">{header_extra}<h1 class="entry-title">{title}</h1>'
            f'<div class="entry-content">\n{body}\n</div></article>\n{aside}\n{after}</main>'
            f'<footer class="site-footer">{footer}<p>© 2026 {name}</p></footer></body></html>')


def p(*sentences: str) -> str:
    return "<p>" + " ".join(sentences) + "</p>"


CASES: list[tuple[str, str, str, str, list[str], list[str], list[str], str]] = []


def real(lang: str, shape: str, where: str, page: str, funding: list[str], not_funding: list[str] = (),
         keep: list[str] = (), note: str = "") -> None:
    CASES.append((lang, shape, where, page, list(funding), list(not_funding), list(keep), note))


def neg(lang: str, shape: str, where: str, page: str, note: str) -> None:
    CASES.append((lang, shape, where, page, [], [], [], note))


# ---------------------------------------------------------------- real statements: English

S = "This study was funded by the Halvard Sky Trust (grant HST-2024-118)."
CONTRIB = "M.O. and T.R. designed the meter network; T.R. analysed the data; all authors wrote the paper."
COI = "The authors declare no conflict of interest."
DATA = "The readings are available from the corresponding author on request."
real("en", "site", "back-matter", site("en", "Skyglow over a rural upland: two winters of meter readings", "\n".join([
    '<section class="abstract"><h2>Abstract</h2>' + p("We measured night-sky brightness at twelve stations across the Corrandale upland over two winters.",
                                                        "Shielding street lamps in three villages darkened the zenith sky by 0.4 magnitudes per square arcsecond.") + "</section>",
    '<section><h2>1. Introduction</h2>' + p("Artificial light at night brightens the sky far from its sources.", "Rural parks are often judged by a handful of readings.") + "</section>",
    '<section><h2>2. Methods</h2>' + p("Each station logged a reading every five minutes between dusk and dawn.", "Cloudy nights were removed with an all-sky camera.") + "</section>",
    '<section><h2>3. Results</h2>' + p("The darkest station read 21.8 magnitudes per square arcsecond on moonless nights.") + "</section>",
    ('<section class="references"><h2>References</h2><ol><li>Ainsley, P. (2019) Lamps and the rural sky. Upland Studies 4, 11–29.</li>'
     '<li>Corr, D. and Faye, L. (2022) Meter drift in cold nights. Night Notes 7, 2–9.</li></ol></section>'),
    '<section class="back"><h2>Author contributions</h2>' + p(CONTRIB) + "</section>",
    '<section class="back"><h2>Funding</h2>' + p(S) + "</section>",
    '<section class="back"><h2>Conflict of interest</h2>' + p(COI) + "</section>",
    '<section class="back"><h2>Data availability</h2>' + p(DATA) + "</section>",
]), nav=("Journal", "Current issue", "Archive", "Submit"), name="Upland Night Studies"),
    [S], [CONTRIB, COI], [COI, DATA], "site: journal article; Funding section after Author contributions, before Conflict of interest")

S = "Meter network funded by the Corrandale Upland Council under grant CUC-5573."
CAP = "Figure 2. Zenith sky brightness at the twelve stations, winter 2025."
real("en", "site", "figure-caption", site("en", "Mapping the dark: how bright is the Corrandale sky?", "\n".join([
    p("Twelve small meters now sit on farm gates and church towers across the park.", "Together they read the sky every five minutes from dusk to dawn."),
    f'<figure class="wp-block-image"><img src="/img/map.png" alt="Map of stations"><figcaption>{CAP} {S}</figcaption></figure>',
    p("The western stations are darker because the valley towns lie to the east."),
]), nav=("Home", "Visit", "Science", "Get involved")), [S], [CAP], [], "site: grant acknowledgement inside a figure caption")

S = "THE CORRANDALE NIGHT SKY PROJECT IS FUNDED BY THE MERRITON FOUNDATION."
real("en", "site", "capitals", site("en", "Star parties 2026", "\n".join([
    p("Join our rangers on the first Saturday of every month for a guided look at the winter sky.", "Telescopes are provided; bring warm clothes."),
    p("Booking is free but places are limited to thirty people."),
    f'<p class="funder-line"><strong>{S}</strong></p>',
]), nav=("Home", "Events", "Visit", "Shop")), [S], [], [], "site: statement written entirely in capitals after the text")

S = "The retrofit was funded by the Brannock Energy Fund, grant BEF-0931."
real("en", "news", "footnote-target", news("en", "Village lamps turned down, and the stars came back", [
    "Residents of Ashby Fold say they can see the Milky Way from their doorsteps for the first time in decades.",
    'The lamp retrofit ran for eighteen months and replaced 214 fittings.<sup><a href="#fn1" id="r1">1</a></sup>',
    "Night-time road accidents did not rise during the trial, the council said.",
], f'<aside class="footnotes"><ol><li id="fn1"><a href="#r1">^</a> {S}</li></ol></aside>', "end"),
    [S], [], [], "news: statement is the target of a footnote marker in the body")

S1 = "The survey was supported by a grant from the Ostler Science Foundation (OSF-77-204)."
S2 = "The Corrandale Star Party 2026 is sponsored by Tarnhill Optics."
real("en", "site", "two-statements", site("en", "Counting the stars: results of the 2025 sky survey", "\n".join([
    p("Over three hundred volunteers counted the stars inside the square of Orion from their gardens.", "Half of them saw fewer than ten stars."),
    p("The results will be presented at the Corrandale Star Party in March.", S1),
    '<div class="event-box"><h3>Corrandale Star Party, 14–15 March</h3>' + p("Talks, telescopes and a night walk for all ages.") + p(S2) + "</div>",
]), nav=("Home", "Science", "Events", "Volunteer")), [S1, S2], [], [], "site: two statements, a study's grant and an event's sponsor")

S1 = "This work was funded by the Pellham Research Council under grant PRC/N0042/1."
S2 = "Additional support came from the Wexcombe Astronomical Society."
real("en", "site", "two-sentences", site("en", "Project: lamps, moths and the dark", "\n".join([
    p("We are testing whether amber, shielded lamps reduce the number of moths drawn to village streets."),
    p("Light traps run on twenty nights each summer under old and new lamps."),
    '<h2>Acknowledgements</h2>' + p(S1, S2),
]), nav=("Group", "People", "Projects", "Publications"), name="Night Ecology Group"), [S1, S2], [], [],
    "site: research group project page; a statement continued over two sentences")

S = "Development of skyglow is supported by the Orrin Open Science Fund."
NOT = "skyglow supports Python 3.11 to 3.13 and reads SQM and TESS meter logs."
real("en", "site", "docs", site("en", "skyglow 2.4 documentation", "\n".join([
    p("skyglow turns sky-quality meter logs into nightly brightness curves."),
    '<h2>Installation</h2><pre>pip install skyglow</pre>' + p(NOT),
    '<h2>Acknowledgements</h2>' + p(S),
]), nav=("Docs", "API", "Changelog", "GitHub"), name="skyglow"), [S], [NOT], [], "site: library documentation; 'supports Python' beside it is not")

S = "This newsletter is made possible by the Tamsin Reeve Trust."
real("en", "site", "newsletter", site("en", "Dark Skies Letter, No. 31", "\n".join([
    p("Hello stargazers, this month the Orionids are back and the new moon falls on the 21st."),
    p("Our rangers fitted the last shield on the Moor Road lamps last week."),
    f'<p class="newsletter-footer"><em>{S}</em> You are receiving this because you signed up at a star party.</p>',
]), nav=("Letters", "Archive", "Subscribe"), name="Dark Skies Letter"), [S], [], [], "site: newsletter line at the end")

S = "My doctoral research was funded by a Corrandale Graduate Scholarship from the Upland Research Board."
THANKS = "I thank my supervisor, Dr Ines Marrow, for her patience on many cold nights."
real("en", "site", "thesis", site("en", "Artificial light and the rural night: a thesis", "\n".join([
    '<dl class="thesis-meta"><dt>Author</dt><dd>Tobias Renn</dd><dt>Degree</dt><dd>PhD, 2026</dd></dl>',
    '<h2>Abstract</h2>' + p("This thesis measures how village lighting changes the night sky of an upland park."),
    '<h2>Acknowledgements</h2>' + p(THANKS, S, "My family kept me going."),
]), nav=("Repository", "Browse", "Search"), name="Upland University Repository"), [S], [], [], "site: thesis acknowledgements naming a scholarship")

S = "This project is funded by the Pellham Research Council and the Merriton Foundation."
real("en", "site", "logos", site("en", "DarkVillages: community lighting for rural skies", "\n".join([
    p("DarkVillages works with six parish councils to redesign street lighting so that it lights the road and not the sky."),
    '<h2>Funded by</h2>' + p(S) + '<ul class="logos"><li><img src="/l1.png" alt="Pellham Research Council logo"></li>'
    '<li><img src="/l2.png" alt="Merriton Foundation logo"></li></ul>',
    '<h2>Partners</h2><ul class="logos"><li><img src="/l3.png" alt="Ashby Fold Parish Council"></li><li><img src="/l4.png" alt="Lantern Works Ltd"></li></ul>',
]), nav=("Home", "Project", "Team", "News")), [S], [], [], "site: project page, Funded by with logos; Partners are not funders")

S = "Supported by the Ferrow Trust"
real("en", "news", "header-sponsor", news("en", "The night walkers of the moor", [
    "Every month a small group walks the moor with red torches to count owls and stars.",
    "Their records now go back eleven years.",
], f'<p class="sponsor-line">{S}</p>', "mid", section="Nature"), [S], [], [], "news: short sponsor line with a named body, after the first paragraph")

S = "The measurement campaign was co-financed by the Corrandale Upland Council."
real("en", "news", "footnote", news("en", "Moor darker than expected, readings show", [
    "The darkest readings in the park were taken at Harle Cross, far from any road.†",
    "Rangers plan to move two meters next year.",
], f'<div class="notes"><p class="footnote"><small>† {S}</small></p></div>', "end"), [S], [], [], "news: co-financed notice as a footnote")

S = "The Corrandale sky meters are funded by the Halvard Sky Trust."
CAP = "Photo: Mira Olsen."
real("en", "site", "photo-credit", site("en", "A meter on the church tower", "\n".join([
    p("Since October a small black box has watched the sky from the tower of St Edda's."),
    f'<figure><img src="/tower.jpg" alt="Church tower at dusk"><figcaption><span class="credit">{CAP} {S}</span></figcaption></figure>',
    p("The vicar says the bell ringers have grown fond of it."),
]), nav=("Home", "Blog", "Visit")), [S], [], [], "site: credit line under a photo naming the funder")

S = "This post was supported by the Wexcombe Astronomical Society."
real("en", "site", "blog", site("en", "What I learned from a year of counting stars", "\n".join([
    p("When I started I could barely find Orion.", "A year later I know the winter sky by heart."),
    p("The best nights were the cold, clear ones after rain."),
    f"<p>{S}</p>",
]), nav=("Blog", "About me", "Newsletter"), name="Notes from a dark garden"), [S], [], [], "site: blog post ending in a 'supported by' line")

# ---------------------------------------------------------------- real statements: big European languages

S = "Das Projekt wird von der Lindenau-Stiftung für Himmelsforschung mit 240.000 Euro gefördert (Förderkennzeichen LS-2025-17)."
COI = "Die Autorinnen und Autoren erklären, dass keine Interessenkonflikte bestehen."
real("de", "site", "heading", site("de", "Wie dunkel ist der Nachthimmel über Corrandale?", "\n".join([
    p("Forschende der Hochschule Eschental haben zwei Winter lang die Himmelshelligkeit an zwölf Orten gemessen.",
      "Nach dem Umbau der Straßenlaternen wurde der Himmel messbar dunkler."),
    "<h2>Literatur</h2><ol><li>Brenner, K. (2021): Licht und Landschaft. Eschental.</li></ol>",
    "<h2>Förderung</h2>" + p(S),
    "<h2>Interessenkonflikte</h2>" + p(COI),
]), nav=("Startseite", "Forschung", "Studium", "Presse"), name="Hochschule Eschental"), [S], [COI], [COI], "site: university news with Förderung after the references; conflict stays")

S = "Das Projekt „Nachthimmel Eschental“ wird von der Bärwald-Stiftung und dem Landkreis Eschental gefördert."
real("de", "site", "widget", site("de", "Sternwanderungen im Winter", "\n".join([
    '<div class="elementor-section"><div class="elementor-column elementor-col-66"><div class="elementor-widget-text-editor">'
    + p("Jeden ersten Samstag im Monat führen unsere Rangerinnen durch den Park.", "Treffpunkt ist der Parkplatz am Hohen Moor.") + "</div></div>"
    '<div class="elementor-column elementor-col-33"><div class="elementor-widget-text-editor"><h4>Über das Projekt</h4>'
    + p(S) + "</div></div></div>",
]), nav=("Start", "Termine", "Anfahrt", "Kontakt"), name="Sternenpark Eschental"), [S], [], [], "site: Elementor widget column 'Über das Projekt'")

S = "Ce projet a reçu un financement du programme Ciel Commun de l'Alliance des régions d'altitude au titre de la convention de subvention n° 204417."
real("fr", "site", "eu-notice", site("fr", "NUITNOIRE : un réseau de parcs étoilés", "\n".join([
    p("NUITNOIRE relie six parcs de montagne qui mesurent la qualité de leur ciel nocturne avec les mêmes instruments."),
    p("Les données sont publiées chaque mois sur une carte ouverte."),
]), after=f'<div class="funding-notice"><img src="/flag.png" alt="Drapeau de l\'Alliance des régions d\'altitude"><p>{S}</p></div>',
    nav=("Accueil", "Le projet", "Partenaires", "Actualités"), name="NUITNOIRE"), [S], [], [], "site: EU-style notice under a flag image after the text")

S = "L'étude a été financée par la Fondation Ciel de Valmorin (subvention FCV-2025-12)."
real("fr", "news", "run-in", news("fr", "Le ciel de Corrandale s'assombrit, et c'est une bonne nouvelle", [
    "Des chercheurs ont mesuré pendant deux hivers la luminosité du ciel au-dessus du parc.",
    "Les nouveaux lampadaires, orientés vers le sol, ont fait gagner près d'une demi-magnitude.",
], f"<p><strong>Financement :</strong> {S}</p>", "end"), [S], [], [], "news: run-in label 'Financement :'")

S = "Avec le soutien de la Région Hautes-Collines et de la Fondation Ciel de Valmorin"
real("fr", "site", "festival", site("fr", "Festival Nuits d'Étoiles 2026", "\n".join([
    p("Trois nuits d'observation, de contes et de concerts au cœur du parc étoilé."),
    f'<section class="soutiens"><h2>Soutiens</h2><p>{S}</p></section>',
    '<section class="partenaires"><h2>Partenaires</h2><ul><li>Camping des Crêtes</li><li>Librairie La Comète</li></ul></section>',
    '<section class="medias"><h2>Partenaires médias</h2><ul><li>Radio Vallée</li><li>Le Petit Montagnard</li></ul></section>',
]), nav=("Programme", "Billetterie", "Infos pratiques"), name="Nuits d'Étoiles"), [S], [], [], "site: festival page; Soutiens is a statement, partners and media partners are not")

S = "Esta investigación fue financiada por la Fundación Alcorena para el Cielo Oscuro (proyecto FACO-2025-031)."
COI = "Los autores declaran no tener conflictos de intereses."
real("es", "site", "heading", site("es", "Las farolas ámbar oscurecen el cielo de Corrandale", "\n".join([
    p("Un equipo de la Universidad de Serralta comparó la luz del cielo antes y después de cambiar 600 farolas."),
    "<h2>Referencias</h2><ol><li>Ibarra, L. (2020). Luz y montaña. Serralta.</li></ol>",
    "<h2>Financiación</h2>" + p(S),
    "<h2>Conflicto de intereses</h2>" + p(COI),
]), nav=("Inicio", "Investigación", "Noticias"), name="Universidad de Serralta"), [S], [COI], [COI], "site: university news, Financiación after the references")

S = "La campaña de mediciones se realizó con el apoyo financiero de la Fundación Alcorena."
real("es", "news", "last-sentence", news("es", "Voluntarios miden la oscuridad del cielo en la sierra", [
    "Más de doscientos voluntarios salieron de noche con medidores de bolsillo durante el invierno.",
    f"Los datos se publicarán en primavera. {S}",
]), [S], ["Los datos se publicarán en primavera."], [], "news: statement as the last sentence of a body paragraph")

S = "Il progetto è finanziato dalla Fondazione Cielo Buio Valserena (contributo n. CBV-2025-08)."
real("it", "site", "details", site("it", "Lampioni schermati e cielo stellato: i primi risultati", "\n".join([
    p("Dopo un anno di misure, il cielo sopra i tre borghi del parco è più scuro del venti per cento."),
    f'<details class="article-info"><summary>Informazioni sull\'articolo</summary><p>Pubblicato il 3 febbraio 2026.</p><h3>Finanziamento</h3><p>{S}</p></details>',
]), nav=("Home", "Ricerca", "Eventi"), name="Osservatorio di Valserena"), [S], [], [], "site: collapsed article information with Finanziamento")

S = "Il progetto è sostenuto dalla Fondazione Cielo Buio Valserena."
real("it", "news", "italic-note", news("it", "Una notte al parco delle stelle", [
    "Centinaia di persone hanno seguito le guide tra i prati del parco per osservare Giove e la Luna.",
    "Gli organizzatori ripeteranno la serata in estate.",
], f"<p><em>{S}</em></p>", "end", site="Gazzetta di Valserena"), [S], [], [], "news: italic note after the body")

S = "Este trabalho foi financiado pela Fundação Noite Escura (projeto FNE/2025/044)."
THANKS = "Agradecemos aos voluntários que passaram noites frias junto aos medidores."
real("pt", "site", "acknowledgements", site("pt", "Brilho do céu noturno em Corrandale", "\n".join([
    p("Medimos o brilho do céu em doze estações durante dois invernos."),
    "<h2>Agradecimentos</h2>" + p(THANKS, S),
]), nav=("Início", "Artigos", "Equipa"), name="Grupo Céu Escuro"), [S], [], [], "site: acknowledgements mixing thanks and one grant sentence")

S = "Esta publicação contou com o apoio do Instituto Serra Escura."
real("pt", "site", "blog", site("pt", "Um ano a contar estrelas no quintal", "\n".join([
    p("Comecei sem saber encontrar Órion.", "Hoje conheço o céu de inverno de cor."),
    f"<p>{S}</p>",
]), nav=("Blog", "Sobre", "Contato"), name="Quintal Estrelado"), [S], [], [], "site: blog post ending in a support line")

S = "Deze aflevering wordt gesponsord door Sterrenwacht Oudeveen."
AD = "Advertentie: Nachtkijker Pro 10x50 nu met 20% korting."
real("nl", "site", "podcast", site("nl", "Aflevering 42: Waarom de nacht donker moet blijven", "\n".join([
    '<div class="player"><audio src="/ep42.mp3" controls></audio></div>',
    p("In deze aflevering praten we met boswachter Lotte Kramer over lantaarnpalen, motten en de Melkweg."),
    f'<p class="episode-sponsor">{S}</p>',
]), aside=f'<aside class="ad-banner"><p>{AD}</p></aside>', nav=("Afleveringen", "Over ons", "Steun ons"), name="Donkere Uren Podcast"),
    [S], [AD], [], "site: podcast episode sponsor beside an advert banner")

S = "Badanie sfinansowano ze środków Fundacji Ciemnego Nieba im. Jana Korcza (grant nr FCN/2025/08)."
COI = "Autorzy deklarują brak konfliktu interesów."
real("pl", "site", "back-matter", site("pl", "Jasność nieba nad Corrandale po wymianie latarni", "\n".join([
    "<section><h2>Streszczenie</h2>" + p("Porównaliśmy jasność nieba w dwunastu punktach przed wymianą latarni i po niej.") + "</section>",
    "<section><h2>Wkład autorów</h2>" + p("A.N. zebrała dane; P.W. wykonał analizy.") + "</section>",
    "<section><h2>Finansowanie</h2>" + p(S) + "</section>",
    "<section><h2>Konflikt interesów</h2>" + p(COI) + "</section>",
]), nav=("Czasopismo", "Numery", "Dla autorów"), name="Przegląd Nocnego Nieba"), [S], [COI], [COI], "site: journal back matter, Finansowanie between contributions and conflict")

S = "Stjärnnatten 2026 genomförs med stöd från Norrvalla kommun och Ljusfria Himlars Fond."
real("sv", "site", "festival", site("sv", "Stjärnnatten 2026", "\n".join([
    p("En natt med teleskop, sagor och varm soppa i Corrandales mörkerpark."),
    f"<h2>Med stöd från</h2><p>{S}</p>",
    "<h2>Partner</h2><ul><li>Café Polstjärnan</li><li>Norrvalla Scoutkår</li></ul>",
    "<h2>Mediepartner</h2><ul><li>Radio Norrvalla</li></ul>",
]), nav=("Program", "Biljetter", "Hitta hit"), name="Stjärnnatten"), [S], [], [], "site: festival 'Med stöd från' beside partners and media partners")

S = "Projektet er støttet af Mørkehimmelfonden med 450.000 kr."
real("da", "news", "aside", news("da", "Nye gadelamper giver mørkere nætter", [
    "Tre landsbyer i parken har fået lamper, der kun lyser nedad.",
    "Beboerne kan nu se Mælkevejen fra haven.",
], f'<aside class="faktaboks"><h3>Fakta</h3><p>Lamperne er ravfarvede.</p><p>{S}</p></aside>', "mid"), [S], [], [], "news: sidebar fact box inside the article")

S = "Prosjektet er finansiert av Stjernehimmelfondet (prosjektnummer SH-2025-77)."
real("no", "site", "table-note", site("no", "Målinger av himmellys, vinteren 2025", "\n".join([
    p("Tabellen viser middelverdier for måneløse netter."),
    ('<table><thead><tr><th>Stasjon</th><th>mag/buesek²</th></tr></thead><tbody><tr><td>Harle Cross</td><td>21,8</td></tr>'
     f'<tr><td>Ashby Fold</td><td>20,9</td></tr></tbody><tfoot><tr><td colspan="2">{S}</td></tr></tfoot></table>'),
]), nav=("Hjem", "Data", "Om oss"), name="Mørkeparken"), [S], [], [], "site: statement as a table note")

S = "Исследование выполнено при финансовой поддержке фонда «Тёмное небо Приозерья» (грант № ТН-2025-41)."
real("ru", "site", "footnote-target", site("ru", "Яркость ночного неба над Коррандейлом", "\n".join([
    '<p>Мы измеряли яркость неба на двенадцати станциях в течение двух зим<sup><a href="#n1">*</a></sup>.</p>',
    p("Замена фонарей сделала небо заметно темнее."),
    f'<ol class="footnotes"><li id="n1">{S}</li></ol>',
]), nav=("Главная", "Статьи", "Авторы"), name="Вестник ночного неба"), [S], [], [], "site: footnote marker's target")

S = "Aquest projecte ha rebut el suport de la Fundació Cel Fosc de Serralta."
real("ca", "site", "card", site("ca", "Nits d'estels al parc", "\n".join([
    p("Cada mes organitzem una sortida guiada per observar el cel sense llums."),
    f'<div class="card card-about"><div class="card-body"><h5 class="card-title">Sobre el projecte</h5><p class="card-text">{S}</p></div></div>',
]), nav=("Inici", "Activitats", "Contacte"), name="Cel Fosc"), [S], [], [], "site: 'about this project' card")

# ---------------------------------------------------------------- real statements: other languages

S = "本研究はコランデール天文振興財団の助成（課題番号 KT-2025-031）を受けて実施した。"
COI = "開示すべき利益相反はない。"
real("ja", "site", "heading", site("ja", "街灯の改修による夜空の明るさの変化", "\n".join([
    "<h2>要旨</h2>" + p("二冬にわたり十二地点で夜空の明るさを測定した。", "街灯を遮光型に替えた後、天頂の空は暗くなった。"),
    "<h2>研究資金</h2>" + p(S),
    "<h2>利益相反</h2>" + p(COI),
]), nav=("ホーム", "論文", "投稿案内"), name="夜空研究"), [S], [COI], [COI], "site: journal page with 研究資金 heading, conflict kept")

S = "本研究由科兰代尔暗夜保护基金会资助（项目编号：AN2025-116）。"
real("zh", "site", "run-in", site("zh", "科兰代尔暗夜公园夜空亮度监测", "\n".join([
    p("研究团队在两个冬季里于十二个站点测量了夜空亮度。", "更换路灯后，天顶亮度明显降低。"),
    f"<p><strong>基金项目：</strong>{S}</p>",
]), nav=("首页", "研究", "团队"), name="暗夜研究组"), [S], [], [], "site: run-in 基金项目 label")

S = "이 연구는 코랜데일 밤하늘재단의 지원을 받아 수행되었습니다(과제번호 NS-2025-07)."
real("ko", "news", "end", news("ko", "가로등 바꾸자 별이 돌아왔다", [
    "코랜데일 공원 인근 세 마을이 아래만 비추는 가로등으로 교체했다.",
    "연구진은 두 겨울 동안 하늘 밝기를 측정했다.",
], f"<p>{S}</p>", "end"), [S], [], [], "news: closing statement")

S = "Bu çalışma, Karagöl Bilim Vakfı tarafından 125B044 numaralı proje kapsamında desteklenmiştir."
real("tr", "site", "acknowledgements", site("tr", "Kırsal gökyüzünde ışık kirliliği ölçümleri", "\n".join([
    p("İki kış boyunca on iki istasyonda gökyüzü parlaklığını ölçtük."),
    "<h2>Teşekkür</h2>" + p("Ölçüm gecelerinde yardım eden gönüllülere teşekkür ederiz.", S),
]), nav=("Ana sayfa", "Yayınlar", "Ekip"), name="Gece Gökyüzü Laboratuvarı"), [S], [], [], "site: Teşekkür mixing thanks and grant")

S = "موّلت مؤسسة الأفق المظلم هذه الدراسة بمنحة رقم DH-2291."
real("ar", "site", "heading", site("ar", "سطوع سماء الليل فوق محمية كوراندال", "\n".join([
    p("قسنا سطوع السماء في اثنتي عشرة محطة خلال شتاءين.", "أصبحت السماء أكثر ظلمة بعد تغيير مصابيح الشوارع."),
    "<h2>التمويل</h2>" + p(S),
]), nav=("الرئيسية", "الأبحاث", "اتصل بنا"), name="مختبر السماء المظلمة"), [S], [], [], "site: RTL page with التمويل heading")

S = "यह अध्ययन तारामंडल विज्ञान न्यास द्वारा अनुदान संख्या TVN-448 के तहत वित्तपोषित किया गया।"
real("hi", "news", "end", news("hi", "नई स्ट्रीट लाइटों से लौटा तारों भरा आसमान", [
    "कोरैंडेल पार्क के पास तीन गांवों में नीचे की ओर रोशनी देने वाली लाइटें लगाई गईं।",
    "शोधकर्ताओं ने दो सर्दियों तक आसमान की चमक मापी।",
], f"<p>{S}</p>", "end"), [S], [], [], "news: closing statement")

S = "Penelitian ini didanai oleh Yayasan Langit Gelap Nusantara melalui hibah nomor LGN-2025-12."
real("id", "site", "widget", site("id", "Mengukur gelapnya langit malam", "\n".join([
    '<div class="row"><div class="col-md-8">' + p("Kami memasang dua belas alat ukur di atap rumah warga.", "Data dikirim setiap lima menit.") + "</div>"
    f'<div class="col-md-4 widget"><h4>Pendanaan</h4><p>{S}</p></div></div>',
]), nav=("Beranda", "Proyek", "Kontak"), name="Langit Gelap"), [S], [], [], "site: funding in a side column widget")

S = "Nghiên cứu này được tài trợ bởi Quỹ Bầu Trời Đêm Lạc Sơn theo mã số QBT-2025-09."
real("vi", "news", "end", news("vi", "Đèn đường mới giúp bầu trời tối hơn", [
    "Ba ngôi làng gần công viên đã thay đèn đường chiếu xuống dưới.",
    "Các nhà khoa học đã đo độ sáng bầu trời trong hai mùa đông.",
], f"<p><em>{S}</em></p>", "end"), [S], [], [], "news: italic closing statement")

S = "Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Νυχτερινού Ουρανού Καλλιρόης (επιχορήγηση ΙΝΟ-3317)."
real("el", "site", "back-matter", site("el", "Η φωτεινότητα του νυχτερινού ουρανού στο Κόρανταλ", "\n".join([
    "<section><h2>Περίληψη</h2>" + p("Μετρήσαμε τη φωτεινότητα του ουρανού σε δώδεκα σταθμούς.") + "</section>",
    "<section><h2>Χρηματοδότηση</h2>" + p(S) + "</section>",
]), nav=("Αρχική", "Τεύχη", "Συγγραφείς"), name="Νυχτερινές Μελέτες"), [S], [], [], "site: journal back matter")

S = "המחקר מומן על ידי קרן אורנים לשמיים חשוכים במענק מס' 2025-118."
real("he", "news", "end", news("he", "פנסי רחוב חדשים החזירו את הכוכבים", [
    "שלושה כפרים ליד הפארק החליפו את פנסי הרחוב בפנסים המאירים רק כלפי מטה.",
    "החוקרים מדדו את בהירות השמיים במשך שני חורפים.",
], f"<p>{S}</p>", "end"), [S], [], [], "news: RTL closing statement")

S = "Hanketta rahoittaa Pimeän taivaan säätiö (avustus PTS-2025-4)."
real("fi", "site", "dl", site("fi", "Pimeän taivaan hanke", "\n".join([
    p("Hankkeessa vaihdetaan kolmen kylän katuvalot alaspäin valaiseviksi."),
    f'<dl class="project-facts"><dt>Kesto</dt><dd>2025–2027</dd><dt>Rahoitus</dt><dd>{S}</dd></dl>',
]), nav=("Etusivu", "Hankkeet", "Yhteystiedot"), name="Pimeä taivas ry"), [S], [], [], "site: funding in a definition list")

S = "A kutatást a Csillagos Ég Alapítvány támogatta (támogatási szám: CSE-2025/31)."
real("hu", "news", "end", news("hu", "Sötétebb lett az ég a park felett", [
    "Három falu cserélte le közvilágítását lefelé világító lámpákra.",
    "A kutatók két télen át mérték az égbolt fényességét.",
], f"<p>{S}</p>", "end"), [S], [], [], "news: closing statement")

S = "Projekt byl podpořen Nadací Temné oblohy Vranov v rámci grantu NTO-22-105."
real("cs", "site", "sponsor-strip", site("cs", "Noc pod hvězdami 2026", "\n".join([
    p("Pozorování, přednášky a noční procházka pro celou rodinu."),
]), after=f'<div class="sponsor-strip"><p>{S}</p><img src="/nto.png" alt="Nadace Temné oblohy Vranov"></div>',
    nav=("Úvod", "Program", "Kontakt"), name="Hvězdný park"), [S], [], [], "site: sponsor strip with a named body under the article")

S = "Acest proiect a fost finanțat de Fundația Cer Întunecat Munteana prin grantul nr. CIM-2025-07."
real("ro", "site", "footer", site("ro", "Parcul cerului întunecat: rezultate", "\n".join([
    p("Am măsurat luminozitatea cerului în douăsprezece stații timp de două ierni."),
    f'<footer class="entry-footer"><p>{S}</p></footer>',
]), nav=("Acasă", "Proiect", "Contact"), name="Cer Întunecat"), [S], [], [], "site: article footer")

S = "Дослідження профінансовано Фондом темного неба «Зоряне Полісся» (грант № ЗП-2025-14)."
real("uk", "site", "heading", site("uk", "Яскравість нічного неба над Коррендейлом", "\n".join([
    p("Ми вимірювали яскравість неба на дванадцяти станціях протягом двох зим."),
    "<h2>Фінансування</h2>" + p(S),
]), nav=("Головна", "Дослідження", "Контакти"), name="Лабораторія нічного неба"), [S], [], [], "site: Фінансування heading")

S = "Mradi huu umefadhiliwa na Mfuko wa Anga Giza wa Kilimani kupitia ruzuku namba AGK-2025-03."
real("sw", "news", "end", news("sw", "Taa mpya za barabarani zarudisha nyota", [
    "Vijiji vitatu karibu na hifadhi vimebadilisha taa zao za barabarani.",
    "Watafiti walipima mwangaza wa anga kwa misimu miwili.",
], f"<p>{S}</p>", "end"), [S], [], [], "news: Swahili closing statement")

S = "Projek ini dibiayai oleh Yayasan Langit Malam Banjaran di bawah geran LMB-2025-21."
real("ms", "site", "about-box", site("ms", "Malam bintang di taman langit gelap", "\n".join([
    p("Setiap bulan kami mengadakan lawatan berpandu untuk melihat bintang."),
    f'<div class="about-project"><h3>Mengenai projek ini</h3><p>{S}</p></div>',
]), nav=("Utama", "Aktiviti", "Hubungi"), name="Langit Gelap Banjaran"), [S], [], [], "site: About this project box")

S = "โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิฟ้ามืดดอยสูง (ทุนเลขที่ FMD-2568-04)"
real("th", "site", "heading", site("th", "การวัดความสว่างของท้องฟ้ายามค่ำคืน", "\n".join([
    p("เราวัดความสว่างของท้องฟ้าที่สถานีสิบสองแห่งตลอดสองฤดูหนาว"),
    "<h2>แหล่งทุน</h2>" + p(S),
]), nav=("หน้าแรก", "โครงการ", "ติดต่อ"), name="ฟ้ามืด"), [S], [], [], "site: Thai funding heading")

S = "Ang proyektong ito ay pinondohan ng Pundasyong Madilim na Langit ng Sierra Alta sa ilalim ng grant blg. PML-2025-06."
real("tl", "news", "end", news("tl", "Bumalik ang mga bituin sa tatlong baryo", [
    "Pinalitan ng tatlong baryo ang kanilang mga ilaw sa kalye ng mga ilaw na nakatutok pababa.",
    "Sinukat ng mga mananaliksik ang liwanag ng langit sa loob ng dalawang taglamig.",
], f"<p>{S}</p>", "end"), [S], [], [], "news: Tagalog closing statement")

S = "این پژوهش با حمایت مالی بنیاد آسمان تاریک البرزکوه (کد طرح ۱۴۰۴-۲۲) انجام شد."
real("fa", "site", "acknowledgements", site("fa", "روشنایی آسمان شب در پارک کوراندال", "\n".join([
    p("ما روشنایی آسمان را در دوازده ایستگاه در دو زمستان اندازه گرفتیم."),
    "<h2>سپاسگزاری</h2>" + p("از داوطلبانی که در شب‌های سرد کمک کردند سپاسگزاریم.", S),
]), nav=("خانه", "پژوهش", "تماس"), name="گروه آسمان تاریک"), [S], [], [], "site: Persian acknowledgements with grant")

S = "یہ تحقیق تاریک آسمان فاؤنڈیشن کوہستان کی مالی معاونت سے کی گئی۔"
real("ur", "news", "end", news("ur", "نئی اسٹریٹ لائٹس سے آسمان تاریک ہو گیا", [
    "پارک کے قریب تین دیہات نے نیچے کی طرف روشنی دینے والی لائٹس لگائیں۔",
    "محققین نے دو سردیوں تک آسمان کی چمک ناپی۔",
], f"<p>{S}</p>", "end"), [S], [], [], "news: Urdu closing statement")

S = "এই গবেষণাটি অন্ধকার আকাশ ফাউন্ডেশন চন্দ্রগিরির অনুদানে (অনুদান নং AAF-2025-08) পরিচালিত হয়েছে।"
real("bn", "site", "heading", site("bn", "রাতের আকাশের উজ্জ্বলতা পরিমাপ", "\n".join([
    p("আমরা দুই শীতকাল ধরে বারোটি স্টেশনে আকাশের উজ্জ্বলতা মেপেছি।"),
    "<h2>অর্থায়ন</h2>" + p(S),
]), nav=("হোম", "গবেষণা", "যোগাযোগ"), name="অন্ধকার আকাশ গবেষণা"), [S], [], [], "site: Bengali funding heading")

S = "Projekt je financirala Fundacija Temno nebo Pohorje (pogodba št. TNP-2025-11)."
real("sl", "site", "details", site("sl", "Temno nebo nad parkom", "\n".join([
    p("Dve zimi smo merili svetlost neba na dvanajstih postajah."),
    f"<details><summary>Financiranje</summary><p>{S}</p></details>",
]), nav=("Domov", "Projekt", "Kontakt"), name="Temno nebo"), [S], [], [], "site: details/summary")

S = "Pētījumu finansēja Tumšo debesu fonds “Zvaigžņu Kalns” (granta Nr. TDF-2025-02)."
real("lv", "news", "end", news("lv", "Jaunas ielu laternas atgriež zvaigznes", [
    "Trīs ciemi pie parka nomainīja ielu apgaismojumu pret laternām, kas spīd tikai uz leju.",
], f"<p>{S}</p>", "end"), [S], [], [], "news: Latvian closing statement")

S = "Uuringut rahastas Pimeda Taeva Sihtasutus (grant PTS-2025-9)."
real("et", "site", "run-in", site("et", "Öötaeva heledus Corrandale'i pargis", "\n".join([
    p("Mõõtsime kahel talvel taeva heledust kaheteistkümnes jaamas."),
    f"<p><b>Rahastus:</b> {S}</p>",
]), nav=("Avaleht", "Uuringud", "Kontakt"), name="Pime Taevas"), [S], [], [], "site: run-in label Rahastus")

S = "Projektą finansavo Tamsaus dangaus fondas (sutarties Nr. TDF-25-03)."
real("lt", "news", "aside", news("lt", "Naujos gatvių lempos sugrąžino žvaigždes", [
    "Trys kaimai prie parko pakeitė gatvių apšvietimą.",
    "Mokslininkai dvi žiemas matavo dangaus šviesumą.",
], f'<aside class="info-box"><p>{S}</p></aside>', "mid"), [S], [], [], "news: aside box inside the article")

S = "PROJEKT JE FINANCOVANÝ NADÁCIOU TMAVÁ OBLOHA TATRY."
real("sk", "site", "capitals", site("sk", "Nočné vychádzky za hviezdami", "\n".join([
    p("Každú prvú sobotu v mesiaci vás naši strážcovia prevedú parkom."),
    f"<p><small>{S}</small></p>",
]), nav=("Domov", "Podujatia", "Kontakt"), name="Park tmavej oblohy"), [S], [], [], "site: statement written in capitals")

S = "Проектът се финансира от фондация „Тъмно небе Родопи“ по договор № ТНР-2025-05."
real("bg", "site", "widget", site("bg", "Нощи под звездите", "\n".join([
    '<div class="wp-block-columns"><div class="wp-block-column">' + p("Всеки месец организираме нощни разходки из парка.") + "</div>"
    f'<div class="wp-block-column"><p>{S}</p></div></div>',
]), nav=("Начало", "Събития", "Контакт"), name="Тъмно небе"), [S], [], [], "site: WordPress column")

S = "Istraživanje je financirala Zaklada Tamno nebo Velebit (ugovor br. TNV-2025-03)."
real("hr", "news", "last-sentence", news("hr", "Nova javna rasvjeta vratila je zvijezde", [
    "Tri sela uz park zamijenila su javnu rasvjetu svjetiljkama usmjerenima prema tlu.",
    f"Istraživači su dvije zime mjerili svjetlinu neba. {S}",
]), [S], ["Istraživači su dvije zime mjerili svjetlinu neba."], [], "news: statement ending a body paragraph")

# ---------------------------------------------------------------- hard negatives: English

FUND_NAV = ("Home", "About", "Grants", "Funding opportunities", "Sponsor us", "Contact")


def related(heading: str, headlines: list[str]) -> str:
    items = "".join(f'<li><a href="/story/{i}">{h}</a></li>' for i, h in enumerate(headlines))
    return f'<aside class="related-stories"><h2>{heading}</h2><ul>{items}</ul></aside>'


neg("en", "site", "nav", site("en", "About the Corrandale Astronomical Society", "\n".join([
    p("We are a club of about ninety amateur astronomers who meet on the second Tuesday of each month."),
    p("Members can borrow telescopes and join observing nights on the moor."),
]), nav=FUND_NAV, name="Corrandale Astronomical Society"), "site: 'Grants', 'Funding opportunities', 'Sponsor us' only in the menu")

neg("en", "news", "related", news("en", "Meteor shower lights up the moor", [
    "Hundreds of people gathered on Harle Cross to watch the Geminids on Saturday night.",
    "Rangers counted more than sixty meteors an hour at the peak.",
]).replace("</main>", related("Related stories", [
    "Observatory funded by lottery cash reopens after repairs",
    "Sponsored walk raises £3,000 for mountain rescue",
    "Grant for village hall roof approved by council",
]) + "</main>"), "news: funded/sponsored/grant only in a related-stories list")

neg("en", "news", "news-money", news("en", "Council approves £1.2m for new street lighting", [
    "Corrandale Upland Council has approved £1.2 million to replace 3,000 street lamps over four years.",
    "Councillors said the new lamps would cut energy bills by a third.",
    "The money will come from the council's capital budget.",
], section="Local"), "news: public money reported as news")

neg("en", "site", "product", site("en", "Nightfall SQM-X sky meter", "\n".join([
    p("A pocket meter that reads the brightness of the night sky in magnitudes per square arcsecond."),
    "<h2>Supported formats</h2><ul><li>CSV</li><li>FITS</li><li>JSON</li></ul>",
    p("The companion app supports Android 12 and later and iOS 16 and later."),
    p("Price: £129. Free delivery in the UK."),
]), nav=("Shop", "Meters", "Support", "Basket"), name="Nightfall Instruments"), "site: product page, supported formats and versions")

neg("en", "site", "forum", site("en", "Re: Best meter for a club?", "\n".join([
    '<div class="post"><p class="author">stargazer_jo</p>' + p("Good news from our end: we just got a grant from the Kelso Trust for a new club telescope!",
                                                               "Does anyone know if the SQM-X is worth it?") + "</div>",
    '<div class="post"><p class="author">moorowl</p>' + p("Congratulations! We have used the SQM-X for two years and it is fine.") + "</div>",
]), nav=("Forums", "Members", "Search"), name="Dark Sky Forum"), "site: forum thread, a poster mentions a grant to their club")

neg("en", "news", "caption", news("en", "Rovers win the upland derby", [
    "Corrandale Rovers beat Ashby Fold 2-1 under floodlights on Friday night.",
    "The winning goal came in the final minute.",
], '<figure><img src="/fans.jpg" alt="Fans"><figcaption>With the support of the fans, the Rovers came back from a goal down.</figcaption></figure>',
    "mid", section="Sport"), "news: caption 'With the support of the fans'")

neg("en", "news", "sidebar-ad", news("en", "Clear skies forecast for the weekend", [
    "Forecasters expect two clear nights over the upland on Friday and Saturday.",
    "The moon sets before midnight, leaving dark skies for observers.",
]).replace("</main>", '<aside class="advert"><p class="label">Sponsored</p><p>Nightfall 10x50 binoculars: see more stars tonight. Shop now.</p></aside></main>'),
    "news: sidebar advert labelled Sponsored")

neg("en", "news", "footnote-source", news("en", "How much do dark-sky parks cost?", [
    "Running a dark-sky park costs far less than many councils think, figures suggest.¹",
    "Most of the spending goes on lamp shields and ranger time.",
], '<ol class="footnotes"><li>¹ Upland Research Board, Funding Report 2024 (Corrandale, 2025), p. 14.</li></ol>'),
    "news: footnote citing a funding report as a source")

neg("en", "site", "evidence", site("en", "Do shielded lamps help moths?", "\n".join([
    p("Our three summers of light traps suggest that they do."),
    p("The idea that amber lamps attract fewer moths is supported by the evidence from all twenty sites."),
    p("The effect was strongest on warm, still nights."),
]), nav=("Group", "Projects", "Publications"), name="Night Ecology Group"), "site: 'supported by the evidence'")

neg("en", "news", "donate", news("en", "The last dark valley", [
    "Few places in the country are still dark enough to see the Milky Way.",
    "Harle Cross is one of them.",
]).replace("</main>", '<aside class="donate"><h3>Support our journalism</h3><p>Independent local news needs you. Donate today from £3 a month.</p></aside></main>'),
    "news: donation box")

neg("en", "site", "thanks", site("en", "Your photos of the aurora", "\n".join([
    p("The aurora was seen as far south as the park on Monday night."),
    p("Thank you to everyone who sent us photos; we could not have made this gallery without you."),
]), nav=("Home", "Gallery", "Events"), name="Corrandale Dark Sky Park"), "site: general thanks to readers")

neg("en", "news", "investment", news("en", "Lighting start-up raises $4m", [
    "Lumenlight, which makes amber street lamps, has raised $4 million in seed funding.",
    "The round was led by Ferncastle Ventures with support from existing investors.",
    "The company plans to hire twenty engineers.",
], section="Business"), "news: a company's funding round")

neg("en", "site", "affiliate", site("en", "The best binoculars for stargazing in 2026", "\n".join([
    p("We may earn a commission when you buy through links on this page; this site is supported by its readers."),
    p("Our favourite pair is light, bright and costs less than £150."),
]), nav=("Reviews", "Guides", "Deals"), name="Sky Gear Guide"), "site: affiliate and reader-supported notice")

neg("en", "site", "podcast-ads", site("en", "Episode 12: The owl counters", "\n".join([
    '<audio src="/ep12.mp3" controls></audio>',
    p("We walk the moor at midnight with the volunteers who count owls."),
]), aside='<aside class="ad-banner"><p>Ad: Try Moorland Coffee, roasted in the hills.</p></aside>',
    nav=("Episodes", "About", "Contact"), name="Night Shift Podcast"), "site: podcast page with only an Ad banner")

neg("en", "site", "donor-wall", site("en", "Annual review 2025", "\n".join([
    p("This year we ran forty star parties and welcomed four thousand visitors."),
    "<h2>Our supporters</h2><ul class=\"donor-wall\"><li>Ann Hale</li><li>The Crofts family</li><li>Ashby Fold Bakery</li><li>Moorland Coffee</li></ul>",
]), nav=("Home", "About", "Donate"), name="Friends of the Dark Sky Park"), "site: donor wall that does not say they funded this work")

neg("en", "site", "partners", site("en", "Upland Skies Conference 2026", "\n".join([
    p("Two days of talks on lighting, wildlife and the night sky, 4–5 June."),
    "<h2>Partners</h2><ul><li>Ashby Fold Parish Council</li><li>Lantern Works Ltd</li></ul>",
    "<h2>Media partners</h2><ul><li>Upland Radio</li><li>Night Sky Monthly</li></ul>",
]), nav=("Programme", "Speakers", "Register", "Become a sponsor"), name="Upland Skies"), "site: conference with only partners and media partners")

neg("en", "site", "powered-by", site("en", "Live sky brightness", "\n".join([
    p("Readings from the twelve park stations, updated every five minutes."),
]), footer="<p>Powered by StarCMS and OpenMeter.</p>", nav=("Live", "Map", "About")), "site: 'powered by' software credit")

neg("en", "site", "grants-listing", site("en", "Night Sky Small Grants", "\n".join([
    p("Community groups can apply for up to £2,000 to shield lamps or run star parties."),
    p("Applications are open until 30 May; decisions are made in July."),
]), nav=FUND_NAV, name="Corrandale Dark Sky Park"), "site: a funding-opportunities page, not a statement about this work")

neg("en", "site", "thesis-thanks", site("en", "Stars over the moor: a master's dissertation", "\n".join([
    "<h2>Acknowledgements</h2>" + p("I thank my supervisor, Dr Ines Marrow, and the rangers of the park for their help and their flasks of tea."),
]), nav=("Repository", "Browse"), name="Upland University Repository"), "site: thesis acknowledgements with thanks only")

neg("en", "site", "changelog", site("en", "skyglow changelog", (
    "<h2>2.4.0</h2><ul><li>Added support for Python 3.13.</li><li>Dropped support for TESS firmware 1.x.</li></ul>\n"
    "<h2>2.3.0</h2><ul><li>Support for reading CSV logs with comments.</li></ul>"
), nav=("Docs", "API", "Changelog"), name="skyglow"), "site: 'support' in a changelog")

neg("en", "news", "third-party-grant", news("en", "Neighbouring park wins £300,000 grant", [
    "The Wexmoor National Park has been awarded £300,000 by the Halvard Sky Trust to become a dark-sky reserve.",
    "Corrandale rangers said they were delighted for their neighbours.",
], section="Local"), "news: a grant announced to a third party")

neg("en", "site", "tech-support", site("en", "Help: my meter shows no readings", "\n".join([
    p("First check that the meter is charged and the lens is clean."),
    p("If the problem persists, contact technical support with your serial number."),
]), nav=("Help", "Contact support", "Downloads"), name="Nightfall Instruments"), "site: technical support")

neg("en", "news", "vote", news("en", "Parish backs lights-out plan", [
    "Ashby Fold parish council voted 7-2 to support the plan to switch off lamps after midnight.",
    "The proposal was supported by most residents who replied to a survey.",
], section="Local"), "news: support as a vote")

# ---------------------------------------------------------------- hard negatives: other languages

neg("de", "news", "fans", news("de", "Eschental gewinnt das Derby", [
    "Mit Unterstützung der Fans drehte der FC Eschental das Spiel in der zweiten Halbzeit.",
    "Der Trainer lobte die Stimmung im Stadion.",
], section="Sport"), "news: 'Mit Unterstützung der Fans'")

neg("de", "news", "foerdern-oil", news("de", "Ölfeld Nordheide fördert mehr als geplant", [
    "Das Unternehmen fördert im Feld Nordheide inzwischen täglich 3.000 Barrel Öl.",
    "Umweltverbände kritisieren die Ausweitung.",
], section="Wirtschaft"), "news: fördern meaning extracting oil")

neg("de", "site", "foerdern-talent", site("de", "Astronomie-AG am Gymnasium", "\n".join([
    p("Unsere Schule fördert junge Talente in Astronomie und Physik.", "Die AG trifft sich jeden Donnerstag in der Sternwarte."),
]), nav=("Start", "Förderverein", "Fördermöglichkeiten", "Kontakt"), name="Gymnasium Eschental"), "site: fördern as promoting talent; Förder words in the menu")

neg("fr", "news", "soutenir", news("fr", "Des supporters venus en nombre", [
    "Des centaines de supporters sont venus soutenir l'équipe de Valmorin samedi soir.",
    "Le club remercie son public pour sa fidélité.",
], section="Sport"), "news: soutenir a team")

neg("fr", "site", "photo-thanks", site("fr", "La Voie lactée au-dessus du col", "\n".join([
    '<figure><img src="/vl.jpg" alt="Voie lactée"><figcaption>Photo : avec nos remerciements à Léa Brunet.</figcaption></figure>',
    p("Cette photo a été prise à 2 heures du matin, sans lune."),
]), nav=("Accueil", "Galerie", "Contact"), name="Ciel de Valmorin"), "site: 'with thanks to' photo credit")

neg("es", "news", "apoyar", news("es", "El pleno apoya la moción sobre el alumbrado", [
    "El pleno votó para apoyar la moción de la oposición que pide apagar las farolas a medianoche.",
    "La alcaldesa dijo que estudiará la propuesta.",
], section="Política"), "news: apoyar a motion")

neg("es", "news", "patrocinado", news("es", "Lluvia de estrellas este fin de semana", [
    "Las Gemínidas alcanzarán su máximo el sábado por la noche.",
]).replace("</main>", '<aside class="publicidad"><p>Patrocinado</p><p>Prismáticos Nocturna: ahora con un 30% de descuento.</p></aside></main>'),
    "news: 'Patrocinado' label on a sidebar advert")

neg("it", "news", "finanziare", news("it", "Il Comune finanzia la nuova illuminazione", [
    "Il Comune di Valserena ha deciso di finanziare con 2 milioni di euro il rifacimento dell'illuminazione pubblica.",
    "I lavori inizieranno in primavera.",
], section="Cronaca"), "news: finanziare as a city budget report")

neg("it", "site", "donate", site("it", "Sostieni l'osservatorio", "\n".join([
    p("Con una donazione puoi aiutarci a tenere aperta la cupola anche d'inverno."),
    p("Dona ora: bastano 5 euro."),
]), nav=("Home", "Sostienici", "Contatti"), name="Osservatorio di Valserena"), "site: donation appeal")

neg("pt", "news", "third-party", news("pt", "Universidade vizinha recebe bolsa de 500 mil euros", [
    "A Universidade de Porto Alto recebeu uma bolsa de 500 mil euros para estudar a poluição luminosa.",
    "O projeto começa em setembro.",
]), "news: grant to a third party")

neg("nl", "news", "crowdfunding", news("nl", "Crowdfunding voor telescoop groot succes", [
    "Een crowdfundingactie voor een nieuwe telescoop in Oudeveen haalde in twee weken 12.000 euro op.",
    "De sterrenwacht wil de kijker in het voorjaar plaatsen.",
]), "news: crowdfunding news")

neg("pl", "site", "tech-support", site("pl", "Pomoc techniczna", "\n".join([
    p("Jeśli miernik nie działa, skontaktuj się z naszym wsparciem technicznym."),
    p("Obsługujemy systemy Windows 11 i macOS 14."),
]), nav=("Sklep", "Wsparcie", "Kontakt"), name="NocMetr"), "site: technical support and supported systems")

neg("pl", "news", "sponsor-sport", news("pl", "Nowy sponsor tytularny ligi", [
    "Liga siatkówki ma nowego sponsora tytularnego na kolejne trzy sezony.",
], section="Sport"), "news: sport sponsorship")

neg("ja", "news", "sport-sponsor", news("ja", "地元チームに新スポンサー", [
    "地元サッカーチームの新しいスポンサーが決まった。",
    "契約は三年間。",
], section="スポーツ"), "news: sport sponsor")

neg("zh", "news", "investment", news("zh", "照明初创公司完成A轮融资", [
    "生产琥珀色路灯的初创公司完成了五千万元A轮融资。",
    "本轮融资由山岚资本领投。",
], section="科技"), "news: investment round")

neg("ko", "news", "budget", news("ko", "군, 가로등 교체 예산 20억 원 편성", [
    "군은 내년 가로등 교체 사업에 20억 원을 편성했다고 밝혔다.",
]), "news: budget")

neg("tr", "news", "vote", news("tr", "Meclis ışık önergesine destek verdi", [
    "Belediye meclisi, gece yarısından sonra sokak lambalarının kısılması önergesine destek verdi.",
]), "news: destek as a vote")

neg("ar", "site", "donate", site("ar", "ادعم المحمية", "\n".join([
    p("تبرّع الآن لمساعدتنا في حماية سماء الليل."),
    p("كل تبرع صغير يصنع فرقاً."),
]), nav=("الرئيسية", "تبرّع", "اتصل بنا"), name="محمية السماء المظلمة"), "site: donation appeal")

neg("hi", "news", "third-party", news("hi", "पड़ोसी जिले को मिला अनुदान", [
    "राज्य सरकार ने पड़ोसी जिले को नई स्ट्रीट लाइटों के लिए दो करोड़ रुपये का अनुदान दिया।",
]), "news: grant to a third party")

neg("sv", "news", "sponsored-label", news("sv", "Klar himmel i helgen", [
    "Meteorologerna lovar två klara nätter.",
]).replace("</main>", '<aside class="annons"><p>Sponsrat innehåll</p><p>Köp Nattkikare 8x42 i vår webbutik.</p></aside></main>'),
    "news: 'Sponsrat innehåll' on an advert")

neg("fi", "site", "product", site("fi", "Yötaivasmittari M2", "\n".join([
    p("Tuetut tiedostomuodot: CSV ja JSON."),
    p("Laite tukee Bluetooth 5.0 -yhteyttä."),
]), nav=("Kauppa", "Tuki", "Ostoskori"), name="Tähtimittari Oy"), "site: product page, supported formats")

neg("hu", "site", "thanks", site("hu", "Köszönjük!", "\n".join([
    p("Köszönjük minden olvasónknak a támogatást és a sok szép fényképet."),
]), nav=("Kezdőlap", "Galéria"), name="Csillagos Ég"), "site: general thanks to readers")

neg("cs", "site", "nav", site("cs", "O hvězdárně", "\n".join([
    p("Hvězdárna je otevřena každý pátek od 20 hodin."),
]), nav=("Úvod", "Granty", "Možnosti financování", "Staňte se sponzorem"), name="Hvězdárna Vranov"), "site: funding words only in the menu")

neg("ro", "news", "related", news("ro", "Ploaie de meteori deasupra munților", [
    "Sute de oameni au urcat pe munte pentru a vedea Geminidele.",
]).replace("</main>", related("Articole similare", ["Proiect finanțat de regiune pentru un nou observator", "Concurs sponsorizat de o bancă locală"]) + "</main>"),
    "news: funding words in related stories")

neg("uk", "news", "third-party", news("uk", "Сусідня громада отримала грант", [
    "Сусідня громада отримала грант на заміну вуличного освітлення.",
]), "news: grant to a third party")

neg("ru", "news", "sponsor-sport", news("ru", "У команды новый спонсор", [
    "Хоккейный клуб объявил о новом генеральном спонсоре.",
], section="Спорт"), "news: sport sponsor")

neg("sk", "site", "donor-wall", site("sk", "Naši darcovia",
    "<ul><li>Ján Novák</li><li>Pekáreň U Hviezdy</li><li>Rodina Kováčová</li></ul>", nav=("Domov", "Darujte"), name="Park tmavej oblohy"), "site: donor wall")

neg("bg", "news", "vote", news("bg", "Общинският съвет подкрепи предложението", [
    "Общинският съвет подкрепи предложението уличното осветление да се изключва след полунощ.",
]), "news: подкрепа as a vote")

neg("hr", "news", "fans", news("hr", "Pobjeda uz potporu navijača", [
    "Uz potporu navijača domaća momčad slavila je u posljednjoj minuti.",
], section="Sport"), "news: 'uz potporu navijača'")

neg("sw", "news", "budget", news("sw", "Serikali yatenga fedha za taa", [
    "Serikali imetenga shilingi bilioni mbili kwa ajili ya taa mpya za barabarani.",
]), "news: budget")

neg("ms", "site", "tech-support", site("ms", "Sokongan teknikal", "\n".join([
    p("Hubungi sokongan teknikal kami jika alat pengukur tidak berfungsi."),
]), nav=("Kedai", "Sokongan"), name="Meter Malam"), "site: technical support")

neg("th", "site", "ad", site("th", "ดูดาวคืนนี้", "\n".join([
    p("คืนนี้ท้องฟ้าแจ่มใส เหมาะแก่การดูดาว"),
]), aside='<aside class="ad"><p>โฆษณา: กล้องส่องทางไกลราคาพิเศษ</p></aside>', nav=("หน้าแรก", "ข่าว"), name="ฟ้ามืด"), "site: advert")

neg("id", "site", "evidence", site("id", "Apakah lampu kuning membantu serangga?", "\n".join([
    p("Gagasan ini didukung oleh bukti dari dua puluh lokasi pengamatan."),
]), nav=("Beranda", "Proyek"), name="Langit Gelap"), "site: 'didukung oleh bukti'")

neg("vi", "news", "investment", news("vi", "Công ty khởi nghiệp chiếu sáng gọi vốn thành công", [
    "Một công ty khởi nghiệp sản xuất đèn đường vừa gọi được 2 triệu USD vốn đầu tư.",
], section="Kinh doanh"), "news: funding round")

neg("el", "news", "vote", news("el", "Το δημοτικό συμβούλιο υποστήριξε την πρόταση", [
    "Το δημοτικό συμβούλιο υποστήριξε την πρόταση για σβήσιμο των φώτων μετά τα μεσάνυχτα.",
]), "news: υποστήριξη as a vote")

neg("he", "site", "donate", site("he", "תרמו לשמורה", "\n".join([
    p("תרמו עכשיו כדי לעזור לנו לשמור על שמי הלילה."),
]), nav=("ראשי", "תרומה"), name="שמורת השמיים החשוכים"), "site: donation appeal")

neg("fa", "news", "budget", news("fa", "شهرداری بودجه روشنایی را افزایش داد", [
    "شهرداری بودجه روشنایی معابر را برای سال آینده دو برابر کرد.",
]), "news: budget")

neg("ca", "news", "crowdfunding", news("ca", "Una campanya de micromecenatge per a un telescopi", [
    "Una campanya de micromecenatge ha recaptat 8.000 euros per a un telescopi a l'escola del poble.",
]), "news: crowdfunding news")

neg("lt", "site", "powered-by", site("lt", "Dangaus šviesumas tiesiogiai", "\n".join([
    p("Duomenys atnaujinami kas penkias minutes."),
]), footer="<p>Sukurta su StarCMS. Powered by OpenMeter.</p>", nav=("Pradžia", "Žemėlapis"), name="Tamsus dangus"), "site: powered-by credit")

neg("et", "news", "sport-sponsor", news("et", "Klubil on uus peasponsor", [
    "Korvpalliklubi teatas uuest peasponsorist järgmiseks kolmeks hooajaks.",
], section="Sport"), "news: sport sponsor")

neg("sl", "site", "product", site("sl", "Merilnik nočnega neba", "\n".join([
    p("Podprti formati: CSV in JSON."),
    p("Aplikacija podpira Android 12 in novejše."),
]), nav=("Trgovina", "Podpora"), name="Nočni merilnik"), "site: supported formats")

neg("lv", "news", "third-party", news("lv", "Kaimiņu novads saņem grantu", [
    "Kaimiņu novads saņēmis grantu jaunu ielu laternu uzstādīšanai.",
]), "news: grant to a third party")

neg("da", "site", "nav", site("da", "Om foreningen", "\n".join([
    p("Vi er en forening for amatørastronomer i parken."),
]), nav=("Forside", "Tilskud", "Fondsmuligheder", "Bliv sponsor"), name="Mørkeparkens Venner"), "site: funding words in the menu")

neg("no", "news", "related", news("no", "Nordlys over fjellet", [
    "Nordlyset var synlig langt sør i natt.",
]).replace("</main>", related("Les også", ["Observatorium finansiert av kommunen åpner igjen", "Sponset løp samlet inn 40.000 kroner"]) + "</main>"),
    "news: funding words in related stories")

neg("ur", "site", "thanks", site("ur", "شکریہ", "\n".join([
    p("ہم اپنے تمام قارئین کا ان کی حمایت پر شکریہ ادا کرتے ہیں۔"),
]), nav=("ہوم", "گیلری"), name="تاریک آسمان"), "site: general thanks to readers")

neg("bn", "news", "vote", news("bn", "পরিষদ প্রস্তাবে সমর্থন দিল", [
    "পৌর পরিষদ মধ্যরাতের পর রাস্তার বাতি বন্ধের প্রস্তাবে সমর্থন দিয়েছে।",
]), "news: support as a vote")

neg("tl", "site", "donate", site("tl", "Suportahan ang parke", "\n".join([
    p("Mag-donate ngayon para matulungan kaming protektahan ang madilim na langit."),
]), nav=("Home", "Mag-donate"), name="Madilim na Langit"), "site: donation appeal")


def visible_text(page: str) -> str:
    """The page's text with tags dropped and white space folded, to check labels against."""
    text = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", htmllib.unescape(text))


def build() -> dict[str, tuple[str, dict]]:
    built: dict[str, tuple[str, dict]] = {}
    for number, (lang, shape, where, page, funding, not_funding, keep, note) in enumerate(CASES, 1):
        text = visible_text(page)
        for sentence in [*funding, *not_funding, *keep]:
            assert sentence in text, (number, sentence)
        assert note.startswith(shape + ":"), (number, note)
        built[f"r76-{number:03d}"] = (page, {"funding": funding, "where": where, "lang": lang,
                                             "must_keep_in_body": keep, "not_funding": not_funding, "note": note})
    return built


if __name__ == "__main__":
    pages = build()
    write_corpus(HERE, pages)
    labels = [label for _, label in pages.values()]
    print(f"{len(pages)} pages, {sum(1 for x in labels if x['funding'])} with {sum(len(x['funding']) for x in labels)} statements, "
          f"{sum(1 for x in labels if not x['funding'])} negatives, {len({x['lang'] for x in labels})} languages, "
          f"{sum(1 for x in labels if x['note'].startswith('site:'))} shaped like sites outside newsrooms, "
          f"{sum(len(x['must_keep_in_body']) for x in labels)} declarations to keep")
