"""Builds held-out funding round 91 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the orchard, the studies, funders, grant numbers and people do not
exist. Written by a helper from the definition of `funding` alone, without reading the detector's
code, its tests or the earlier rounds' cases: a survey of old apple varieties in a heritage orchard
in the invented village of Wrenholt, in over 30 languages, about half the pages shaped like sites
outside newsrooms. New shapes this round: the statement as the last sentence of an ordinary story
paragraph, in the byline or dateline, inside a <blockquote> of the paper's own text, in a press
release's "Notes to editors", a university's own donor news; negatives of political support and
votes, sponsored sport and culture news, besides the shapes of the earlier rounds.

usage: python benchmarks/funding-round91/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# Convention: for run-in labels and headings ("Funding:", <h2>Förderung</h2>) the listed statement
# is the sentence after the label; footnote markers are not part of it. In acknowledgements mixing
# thanks and a grant, only the grant sentence is listed. Templates hold {s0}, {s1} (statements),
# {n0}, {n1} (sentences beside, not funding) and {k0} (declarations the body keeps).

STORY = {
    "en": ("Old apple varieties return to the Wrenholt orchard", [
        "Botanists mapped 212 trees in the heritage orchard at Wrenholt and found 37 apple varieties that no nursery sells today.",
        "Many of the trees were planted before 1900, and some had been grafted three or four times over the decades."]),
    "de": ("Alte Apfelsorten kehren in den Obstgarten von Wrenholt zurück", [
        "Botaniker kartierten 212 Bäume im historischen Obstgarten von Wrenholt und fanden 37 Apfelsorten, die keine Baumschule mehr verkauft.",
        "Viele Bäume wurden vor 1900 gepflanzt, manche wurden im Lauf der Jahrzehnte mehrfach veredelt."]),
    "fr": ("Les vieilles variétés de pommes reviennent au verger de Wrenholt", [
        "Des botanistes ont cartographié 212 arbres dans le verger patrimonial de Wrenholt et trouvé 37 variétés de pommes qu'aucune pépinière ne vend plus.",
        "Beaucoup d'arbres ont été plantés avant 1900 et certains ont été greffés plusieurs fois."]),
    "es": ("Las variedades antiguas de manzana vuelven al huerto de Wrenholt", [
        "Un equipo de botánicos cartografió 212 árboles en el huerto histórico de Wrenholt y halló 37 variedades de manzana que ningún vivero vende hoy.",
        "Muchos árboles se plantaron antes de 1900 y algunos fueron injertados varias veces."]),
    "it": ("Le antiche varietà di mele tornano nel frutteto di Wrenholt", [
        "I botanici hanno censito 212 alberi nel frutteto storico di Wrenholt e trovato 37 varietà di mele che nessun vivaio vende più.",
        "Molti alberi furono piantati prima del 1900 e alcuni sono stati innestati più volte."]),
    "pt": ("Variedades antigas de maçã regressam ao pomar de Wrenholt", [
        "Botânicos mapearam 212 árvores no pomar histórico de Wrenholt e encontraram 37 variedades de maçã que nenhum viveiro vende hoje.",
        "Muitas árvores foram plantadas antes de 1900 e algumas foram enxertadas várias vezes."]),
    "nl": ("Oude appelrassen keren terug in de boomgaard van Wrenholt", [
        "Botanici brachten 212 bomen in de historische boomgaard van Wrenholt in kaart en vonden 37 appelrassen die geen kwekerij meer verkoopt.",
        "Veel bomen werden voor 1900 geplant en sommige zijn meermaals geënt."]),
    "pl": ("Stare odmiany jabłoni wracają do sadu w Wrenholt", [
        "Botanicy opisali 212 drzew w zabytkowym sadzie w Wrenholt i znaleźli 37 odmian jabłek, których nie sprzedaje dziś żadna szkółka.",
        "Wiele drzew posadzono przed 1900 rokiem, a niektóre szczepiono kilkakrotnie."]),
    "sv": ("Gamla äppelsorter återvänder till fruktträdgården i Wrenholt", [
        "Botaniker kartlade 212 träd i den historiska fruktträdgården i Wrenholt och hittade 37 äppelsorter som ingen plantskola säljer i dag.",
        "Många träd planterades före 1900 och en del har ympats flera gånger."]),
    "da": ("Gamle æblesorter vender tilbage til frugthaven i Wrenholt", [
        "Botanikere kortlagde 212 træer i den historiske frugthave i Wrenholt og fandt 37 æblesorter, som ingen planteskole sælger i dag.",
        "Mange træer blev plantet før 1900, og nogle er podet flere gange."]),
    "nb": ("Gamle eplesorter vender tilbake til frukthagen i Wrenholt", [
        "Botanikere kartla 212 trær i den historiske frukthagen i Wrenholt og fant 37 eplesorter som ingen planteskole selger i dag.",
        "Mange trær ble plantet før 1900, og noen er podet flere ganger."]),
    "fi": ("Vanhat omenalajikkeet palaavat Wrenholtin hedelmätarhaan", [
        "Kasvitieteilijät kartoittivat Wrenholtin vanhan hedelmätarhan 212 puuta ja löysivät 37 omenalajiketta, joita mikään taimitarha ei enää myy.",
        "Monet puut istutettiin ennen vuotta 1900, ja osaa on vartettu useaan kertaan."]),
    "hu": ("Régi almafajták térnek vissza a wrenholti gyümölcsösbe", [
        "Botanikusok 212 fát térképeztek fel a wrenholti történelmi gyümölcsösben, és 37 olyan almafajtát találtak, amelyet ma egyetlen faiskola sem árul.",
        "Sok fát 1900 előtt ültettek, némelyiket többször is átoltották."]),
    "cs": ("Staré odrůdy jabloní se vracejí do sadu ve Wrenholtu", [
        "Botanici zmapovali 212 stromů v historickém sadu ve Wrenholtu a našli 37 odrůd jablek, které dnes žádná školka neprodává.",
        "Mnoho stromů bylo vysazeno před rokem 1900 a některé byly několikrát přeroubovány."]),
    "sk": ("Staré odrody jabĺk sa vracajú do sadu vo Wrenholte", [
        "Botanici zmapovali 212 stromov v historickom sade vo Wrenholte a našli 37 odrôd jabĺk, ktoré dnes nepredáva žiadna škôlka.",
        "Mnohé stromy boli vysadené pred rokom 1900."]),
    "ro": ("Soiurile vechi de mere revin în livada din Wrenholt", [
        "Botaniștii au cartografiat 212 pomi din livada istorică de la Wrenholt și au găsit 37 de soiuri de mere pe care nicio pepinieră nu le mai vinde.",
        "Mulți pomi au fost plantați înainte de 1900."]),
    "el": ("Παλιές ποικιλίες μήλων επιστρέφουν στον οπωρώνα του Wrenholt", [
        "Βοτανολόγοι χαρτογράφησαν 212 δέντρα στον ιστορικό οπωρώνα του Wrenholt και βρήκαν 37 ποικιλίες μήλων που κανένα φυτώριο δεν πουλά πια.",
        "Πολλά δέντρα φυτεύτηκαν πριν από το 1900."]),
    "he": ("זני תפוחים עתיקים חוזרים למטע של ורנהולט", [
        "בוטנאים מיפו 212 עצים במטע ההיסטורי של ורנהולט ומצאו 37 זני תפוחים שאף משתלה אינה מוכרת היום.",
        "רבים מהעצים ניטעו לפני שנת 1900."]),
    "ar": ("أصناف التفاح القديمة تعود إلى بستان ورنهولت", [
        "رسم علماء نبات خريطة لـ212 شجرة في البستان التاريخي في ورنهولت ووجدوا 37 صنفًا من التفاح لا يبيعه أي مشتل اليوم.",
        "زُرعت أشجار كثيرة قبل عام 1900."]),
    "fa": ("ارقام قدیمی سیب به باغ ورنهولت بازمی‌گردند", [
        "گیاه‌شناسان ۲۱۲ درخت را در باغ تاریخی ورنهولت نقشه‌برداری کردند و ۳۷ رقم سیب یافتند که امروز هیچ نهالستانی نمی‌فروشد.",
        "بسیاری از درختان پیش از سال ۱۹۰۰ کاشته شده‌اند."]),
    "ur": ("ورن ہولٹ کے باغ میں سیب کی پرانی اقسام کی واپسی", [
        "ماہرین نباتات نے ورن ہولٹ کے تاریخی باغ میں 212 درختوں کا نقشہ بنایا اور سیب کی 37 ایسی اقسام پائیں جو آج کوئی نرسری نہیں بیچتی۔",
        "بہت سے درخت 1900 سے پہلے لگائے گئے تھے۔"]),
    "hi": ("रेनहोल्ट के बाग़ में सेब की पुरानी किस्में लौटीं", [
        "वनस्पति वैज्ञानिकों ने रेनहोल्ट के ऐतिहासिक बाग़ में 212 पेड़ों का नक्शा बनाया और सेब की 37 ऐसी किस्में पाईं जिन्हें आज कोई नर्सरी नहीं बेचती।",
        "कई पेड़ 1900 से पहले लगाए गए थे।"]),
    "bn": ("রেনহোল্টের বাগানে আপেলের পুরোনো জাত ফিরে এল", [
        "উদ্ভিদবিদেরা রেনহোল্টের ঐতিহাসিক বাগানে ২১২টি গাছের মানচিত্র তৈরি করে আপেলের ৩৭টি জাত পেয়েছেন, যা আজ কোনো নার্সারি বিক্রি করে না।",
        "অনেক গাছ ১৯০০ সালের আগে লাগানো হয়েছিল।"]),
    "ja": ("レンホルトの果樹園に古いリンゴ品種がよみがえる", [
        "植物学者らはレンホルトの歴史ある果樹園で212本の木を調べ、現在どの苗木店も扱っていない37のリンゴ品種を確認した。",
        "多くの木は1900年以前に植えられたものだという。"]),
    "zh": ("古老苹果品种重回伦霍尔特果园", [
        "植物学家对伦霍尔特历史果园中的212棵树进行了测绘，发现了37个如今已没有苗圃出售的苹果品种。",
        "其中许多树木种植于1900年以前。"]),
    "ko": ("렌홀트 과수원에 옛 사과 품종이 돌아오다", [
        "식물학자들은 렌홀트의 역사적인 과수원에서 나무 212그루를 조사해 오늘날 어느 묘목장도 팔지 않는 사과 품종 37종을 찾아냈다.",
        "상당수 나무는 1900년 이전에 심어졌다."]),
    "tr": ("Eski elma çeşitleri Wrenholt bahçesine dönüyor", [
        "Botanikçiler Wrenholt'taki tarihi meyve bahçesinde 212 ağacı haritalandırdı ve bugün hiçbir fidanlığın satmadığı 37 elma çeşidi buldu.",
        "Ağaçların çoğu 1900'den önce dikilmiş."]),
    "id": ("Varietas apel lama kembali ke kebun Wrenholt", [
        "Para ahli botani memetakan 212 pohon di kebun bersejarah Wrenholt dan menemukan 37 varietas apel yang tidak lagi dijual pembibitan mana pun.",
        "Banyak pohon ditanam sebelum tahun 1900."]),
    "ms": ("Varieti epal lama kembali ke dusun Wrenholt", [
        "Ahli botani memetakan 212 pokok di dusun bersejarah Wrenholt dan menemui 37 varieti epal yang tidak lagi dijual oleh mana-mana tapak semaian.",
        "Banyak pokok ditanam sebelum tahun 1900."]),
    "vi": ("Các giống táo cổ trở lại vườn cây Wrenholt", [
        "Các nhà thực vật học đã lập bản đồ 212 cây trong vườn cây lịch sử ở Wrenholt và tìm thấy 37 giống táo không còn vườn ươm nào bán.",
        "Nhiều cây được trồng trước năm 1900."]),
    "th": ("พันธุ์แอปเปิลเก่ากลับคืนสู่สวนเรนโฮลต์", [
        "นักพฤกษศาสตร์สำรวจต้นไม้ 212 ต้นในสวนผลไม้เก่าแก่ของเรนโฮลต์ และพบแอปเปิล 37 พันธุ์ที่ไม่มีเรือนเพาะชำใดขายแล้ว",
        "ต้นไม้จำนวนมากปลูกก่อนปี 1900"]),
    "tl": ("Bumabalik ang mga lumang uri ng mansanas sa halamanan ng Wrenholt", [
        "Minapa ng mga botanista ang 212 puno sa makasaysayang halamanan ng Wrenholt at nakakita ng 37 uri ng mansanas na wala nang nursery na nagbebenta.",
        "Marami sa mga puno ay itinanim bago ang 1900."]),
    "sw": ("Aina za zamani za tufaha zarudi katika bustani ya Wrenholt", [
        "Wataalamu wa mimea walichora ramani ya miti 212 katika bustani ya kihistoria ya Wrenholt na kupata aina 37 za tufaha ambazo hakuna kitalu kinachouza leo.",
        "Miti mingi ilipandwa kabla ya mwaka 1900."]),
    "uk": ("Старі сорти яблук повертаються до саду у Wrenholt", [
        "Ботаніки нанесли на карту 212 дерев в історичному саду у Wrenholt і знайшли 37 сортів яблук, яких сьогодні не продає жоден розсадник.",
        "Багато дерев посадили ще до 1900 року."]),
    "bg": ("Стари сортове ябълки се връщат в овощната градина в Wrenholt", [
        "Ботаници картографираха 212 дървета в историческата овощна градина в Wrenholt и откриха 37 сорта ябълки, които никой разсадник не продава днес.",
        "Много от дърветата са засадени преди 1900 г."]),
    "hr": ("Stare sorte jabuka vraćaju se u voćnjak u Wrenholtu", [
        "Botaničari su kartirali 212 stabala u povijesnom voćnjaku u Wrenholtu i pronašli 37 sorti jabuka koje danas ne prodaje nijedan rasadnik.",
        "Mnoga su stabla posađena prije 1900."]),
    "sl": ("Stare sorte jabolk se vračajo v sadovnjak v Wrenholtu", [
        "Botaniki so popisali 212 dreves v zgodovinskem sadovnjaku v Wrenholtu in našli 37 sort jabolk, ki jih danes ne prodaja nobena drevesnica.",
        "Mnoga drevesa so bila posajena pred letom 1900."]),
    "lv": ("Vecās ābeļu šķirnes atgriežas Renholtas dārzā", [
        "Botāniķi kartēja 212 kokus Renholtas vēsturiskajā augļu dārzā un atrada 37 ābolu šķirnes, ko šodien nepārdod neviena kokaudzētava.",
        "Daudzi koki iestādīti pirms 1900. gada."]),
    "lt": ("Senos obelų veislės grįžta į Wrenholto sodą", [
        "Botanikai pažymėjo žemėlapyje 212 medžių istoriniame Wrenholto sode ir rado 37 obuolių veisles, kurių šiandien neparduoda nė vienas medelynas.",
        "Daug medžių pasodinta iki 1900 metų."]),
    "et": ("Vanad õunasordid naasevad Wrenholti aeda", [
        "Botaanikud kaardistasid Wrenholti ajaloolises viljapuuaias 212 puud ja leidsid 37 õunasorti, mida ükski puukool täna ei müü.",
        "Paljud puud istutati enne 1900. aastat."]),
    "ca": ("Les varietats antigues de poma tornen a l'hort de Wrenholt", [
        "Un equip de botànics ha cartografiat 212 arbres a l'hort històric de Wrenholt i ha trobat 37 varietats de poma que cap viver ven avui.",
        "Molts arbres es van plantar abans del 1900."]),
}

SITES = {"news": "Wrenholt Gazette", "site": "Orchard Heritage Network"}


def site_page(lang: str, title: str, story: list[str], place: str, html: str) -> str:
    """A page-builder site (not a newsroom): the text in a widget column, `html` set where `place`
    says: "site-end" (after the text in the same widget), "site-aside" (a widget column beside
    it), "site-own" (the whole column) or "site-after" (a section after the columns)."""
    text = "\n".join(f"<p>{p}</p>" for p in story)
    main = {"site-end": f"{text}\n{html}", "site-own": html}.get(place, text)
    aside = html if place == "site-aside" else '<div class="elementor-widget"><p><a href="/contact">Contact</a></p></div>'
    after = html if place == "site-after" else ""
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body class="page-template-default elementor-page"><header class="site-header"><nav>'
            f'<a href="/">Home</a> <a href="/projects">Projects</a> <a href="/about">About</a></nav></header>'
            f'<div class="site-content"><div class="elementor-section elementor-top-section">'
            f'<div class="elementor-column elementor-col-66"><div class="elementor-widget elementor-widget-text-editor">'
            f'<h1 class="entry-title">{title}</h1>\n{main}\n</div></div>'
            f'<div class="elementor-column elementor-col-33">{aside}</div></div>\n{after}</div>'
            f'<footer class="site-footer"><p>© 2026 {SITES["site"]}</p></footer></body></html>')


def page(lang: str, place: str, html: str) -> str:
    title, story = STORY[lang]
    if place.startswith("site-"):
        return site_page(lang, title, story, place, html)
    return story_page(lang, title, story, place, html, section="Science", site=SITES["news"])


def fill(lang: str, template: str, statements: list[str], beside: list[str], keep: list[str]) -> str:
    """The template with its statements, sentences beside and declarations set in, and the story's
    paragraphs as {p0} and {p1} (for templates that are the whole article)."""
    _, story = STORY[lang]
    values = {f"s{i}": s for i, s in enumerate(statements)}
    values |= {f"n{i}": s for i, s in enumerate(beside)}
    values |= {f"k{i}": s for i, s in enumerate(keep)}
    values |= {f"p{i}": f"<p>{s}</p>" for i, s in enumerate(story)}
    return template.format_map(values)


# (lang, place, template, statements, sentences beside that are not funding, declarations kept, note)
REAL = [
    ("en", "own", '{p0}<p>The oldest tree, a gnarled russet, still bears fruit every second year, the team reports. {s0}</p>{p1}',
     ["The study was funded by the Halloway Orchard Foundation."], [], [],
     "last sentence of an ordinary story paragraph, mid-article"),
    ("en", "own", '<p class="byline">By Mara Delling · <span class="support">Research supported by the Penmark Rural Trust</span></p>{p0}{p1}',
     ["Research supported by the Penmark Rural Trust"], [], [], "byline area, under the author"),
    ("en", "end", '<p>In their paper the authors write:</p><blockquote><p>We sampled leaves from every tree in March and April. {s0}</p></blockquote>',
     ["This work was supported by the Northfield Pomology Council under grant NPC-2291."], [], [],
     "funding line inside a blockquote of the paper's own text"),
    ("en", "end", '<section class="notes"><h2>Notes to editors</h2><ol><li>The Wrenholt Orchard Survey is run by the University of Ashcombe.</li><li>{s0}</li><li>Images are available on request.</li></ol></section>',
     ["The survey is funded by the Brackley Heritage Fund (grant BHF-55-0913)."], [], [],
     "press release, Notes to editors list"),
    ("en", "own", '{p0}<p>{s0} The lab will house a gene bank of the orchard\'s rarest varieties.</p>{p1}',
     ["The new fruit genetics lab was funded by a gift from alumna Dr Helena Strick."], [], [],
     "university's own donor news naming the work's funder"),
    ("en", "site-own", '{p0}{p1}<section><h2>Author contributions</h2><p>M.D. and P.O. designed the survey; M.D. wrote the paper.</p></section><section><h2>Funding</h2><p>{s0}</p></section><section><h2>Conflict of interest</h2><p>{k0}</p></section>',
     ["This research was funded by the Calder Fund for Rural Science, grant CF-7741."], [],
     ["The authors declare no conflict of interest."], "journal back matter: funding between contributions and conflict"),
    ("de", "own", '{p0}<p>Die ältesten Bäume tragen noch immer Früchte, berichtet das Team. {s0}</p>{p1}',
     ["Die Studie wurde von der Lindenhof-Stiftung gefördert."], [], [], "last sentence of a story paragraph"),
    ("de", "own", '<p class="dateline">WRENHOLT, 3. März 2026 – {s0}</p>{p0}{p1}',
     ["Gefördert von der Klarbach-Stiftung für Kulturlandschaft"], [], [], "in the dateline"),
    ("fr", "end", '<h3>Notes aux rédactions</h3><ul><li>{s0}</li><li>Contact presse : service communication de l\'université.</li></ul>',
     ["L'inventaire a bénéficié du soutien financier de la Fondation Verrières pour le patrimoine rural."], [], [],
     "press release notes to editors"),
    ("fr", "own", '{p0}<p>Les chercheurs comptent replanter cent greffons cet hiver. {s0}</p>{p1}',
     ["Cette étude a été financée par l'Agence régionale des vergers (subvention ARV-2025-118)."], [], [],
     "last sentence of a story paragraph"),
    ("es", "site-end", '<h2>Agradecimientos</h2><p>{n0} {s0}</p>',
     ["Este trabajo fue financiado por la Fundación Olmedo Rural mediante la ayuda FOR-2024-07."],
     ["Agradecemos a los vecinos de Wrenholt su ayuda en el campo."], [], "acknowledgements mixing thanks and a grant"),
    ("es", "own", '<p class="autor">Por Lucía Ferrán | {s0}</p>{p0}{p1}',
     ["Investigación apoyada por el Instituto Serrano de Fruticultura"], [], [], "byline area"),
    ("it", "own", '{p0}<p>Secondo i ricercatori, alcune varietà resistono meglio alla siccità. {s0}</p>{p1}',
     ["La ricerca è stata finanziata dalla Fondazione Castelmora."], [], [], "last sentence of a story paragraph"),
    ("it", "site-aside", '<div class="elementor-widget elementor-widget-text-editor"><h4>Sostenitori</h4><p>{s0}</p></div>',
     ["Il progetto è realizzato con il contributo della Fondazione Valdarno per il Paesaggio."], [], [],
     "widget column beside the text"),
    ("pt", "end", '<p>No artigo, os autores escrevem:</p><blockquote><p>Recolhemos folhas de todas as árvores. {s0}</p></blockquote>',
     ["Este estudo foi financiado pela Fundação Quintela para a Agricultura (projeto FQA-3310)."], [], [],
     "blockquote of the paper's text"),
    ("nl", "own", '{p0}<p>De onderzoekers willen de rassen opnieuw aanplanten. {s0}</p>{p1}',
     ["Het onderzoek werd gefinancierd door het Fonds Hoogeveld."], [], [], "last sentence of a story paragraph"),
    ("pl", "site-end", '<h2>Finansowanie</h2><p>{s0}</p>',
     ["Projekt sfinansowano ze środków Fundacji Jabłonowskich (umowa nr FJ/2025/44)."], [], [], "heading"),
    ("sv", "own", '{p0}<p>Forskarna hoppas kunna plantera nya träd nästa vår. {s0}</p>{p1}',
     ["Studien finansierades av Ekbacka-stiftelsen."], [], [], "last sentence of a story paragraph"),
    ("da", "site-own", '{p0}{p1}<table class="facts"><tr><th>Projekt</th><td>Gamle æbler i Wrenholt</td></tr><tr><th>Finansiering</th><td>{s0}</td></tr><tr><th>Periode</th><td>2025–2027</td></tr></table>',
     ["Projektet er finansieret af Egeskov Fonden."], [], [], "table of project facts"),
    ("nb", "site-aside", '<div class="card about-project"><h3>Om prosjektet</h3><p>Kartleggingen ledes av frivillige i Wrenholt. {s0}</p></div>',
     ["Prosjektet er støttet av Stiftelsen Fjellhage."], [], [], "About this project card"),
    ("fi", "site-end", '<h2>Rahoitus</h2><p>{s0}</p>', ["Tutkimusta rahoitti Koivula-säätiö."], [], [], "heading"),
    ("hu", "own", '{p0}<p>A kutatók szerint a régi fajták jobban bírják a szárazságot. {s0}</p>{p1}',
     ["A kutatást a Szilvás Alapítvány támogatta."], [], [], "last sentence of a story paragraph"),
    ("cs", "site-after", '<div class="eu-notice"><img src="/img/eu-flag.png" alt="Vlajka EU"><p>{s0}</p></div>',
     ["Tento projekt získal finanční prostředky z programu Horizont Evropa na základě grantové dohody č. 101998877."], [], [],
     "EU-style notice under a flag image"),
    ("sk", "site-end", '<h3>Poďakovanie</h3><p>{n0} {s0}</p>',
     ["Výskum podporila Nadácia Jabloňový sad v rámci grantu NJS-12."],
     ["Ďakujeme záhradníkom z Wrenholtu za pomoc."], [], "acknowledgements mixing thanks and a grant"),
    ("ro", "own", '{p0}<p>Cercetătorii vor să replanteze soiurile rare, arată echipa. {s0}</p>{p1}',
     ["Acest studiu a fost finanțat de Fundația Livada Veche."], [], [], "last sentence of a story paragraph"),
    ("el", "site-end", '<h2>Χρηματοδότηση</h2><p>{s0}</p>', ["Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Μηλέας."], [], [], "heading"),
    ("he", "site-end", '<h2>מימון</h2><p>{s0}</p>', ["המחקר מומן על ידי קרן הגנים העתיקים."], [], [], "right-to-left heading"),
    ("ar", "own", '{p0}<p>ويأمل الباحثون في إعادة زراعة الأصناف النادرة. {s0}</p>{p1}',
     ["موّلت هذه الدراسة مؤسسة البساتين التراثية."], [], [], "last sentence of a story paragraph"),
    ("fa", "site-end", '<h2>حمایت مالی</h2><p>{s0}</p>', ["این پژوهش با حمایت مالی بنیاد باغ‌های کهن انجام شد."], [], [], "heading"),
    ("ur", "end", '<p><em>{s0}</em></p>', ["یہ تحقیق قدیم باغات فاؤنڈیشن کی مالی معاونت سے کی گئی۔"], [], [], "italic note after the body"),
    ("hi", "own", '{p0}<p>शोधकर्ता अब दुर्लभ किस्मों को फिर से लगाना चाहते हैं। {s0}</p>{p1}',
     ["यह अध्ययन पुराने बाग़ संरक्षण न्यास द्वारा वित्तपोषित था।"], [], [], "last sentence of a story paragraph"),
    ("bn", "site-end", '<h2>অর্থায়ন</h2><p>{s0}</p>', ["এই গবেষণায় অর্থায়ন করেছে প্রাচীন বাগান ফাউন্ডেশন।"], [], [], "heading"),
    ("ja", "site-end", '<h2>謝辞</h2><p>{n0}{s0}</p>', ["本研究は果樹遺産財団の助成を受けたものである。"],
     ["調査に協力いただいた地域の皆様に感謝する。"], [], "CJK acknowledgements mixing thanks and a grant"),
    ("zh", "site-end", '<h2>基金项目</h2><p>{s0}</p>', ["本研究由伦霍尔特果树遗产基金会资助（项目编号：GH2025-061）。"], [], [], "CJK heading"),
    ("ko", "own", '{p0}<p>연구팀은 희귀 품종을 다시 심을 계획이라고 밝혔다. {s0}</p>{p1}',
     ["이 연구는 옛과수원재단의 지원을 받았다."], [], [], "last sentence of a story paragraph"),
    ("tr", "site-end", '<p><strong>Destek:</strong> {s0}</p>', ["Bu çalışma Eski Bahçeler Vakfı tarafından desteklenmiştir."], [], [], "run-in label"),
    ("id", "own", '{p0}<p>Para peneliti berencana menanam kembali varietas langka tersebut. {s0}</p>{p1}',
     ["Penelitian ini didanai oleh Yayasan Kebun Lestari."], [], [], "last sentence of a story paragraph"),
    ("ms", "site-aside", '<div class="widget widget_text"><h4>Pembiayaan</h4><p>{s0}</p></div>',
     ["Projek ini dibiayai oleh Yayasan Dusun Warisan."], [], [], "sidebar widget"),
    ("vi", "site-end", '<p>Tài trợ: {s0}</p>', ["Nghiên cứu được tài trợ bởi Quỹ Vườn Cổ."], [], [], "run-in label"),
    ("th", "site-end", '<h2>แหล่งทุน</h2><p>{s0}</p>', ["โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิสวนผลไม้มรดก"], [], [], "heading"),
    ("tl", "site-own", '<h2>Buod</h2>{p0}{p1}<h2>Pagpopondo</h2><p>{s0}</p><h2>Mga Sanggunian</h2><ol><li>Reyes, A. (2024). Mga lumang puno. Maynila.</li></ol>',
     ["Ang pananaliksik na ito ay pinondohan ng Pundasyong Halamanang Pamana."], [], [], "Tagalog research page"),
    ("sw", "site-own", '<h2>Muhtasari</h2>{p0}{p1}<h2>Ufadhili</h2><p>{s0}</p><h2>Marejeo</h2><ol><li>Mwangi, J. (2024). Miti ya zamani. Nairobi.</li></ol>',
     ["Utafiti huu ulifadhiliwa na Wakfu wa Bustani za Urithi."], [], [], "Swahili research page"),
    ("uk", "own", '{p0}<p>Науковці планують знову висадити рідкісні сорти. {s0}</p>{p1}',
     ["Дослідження фінансувала Фундація старих садів."], [], [], "last sentence of a story paragraph"),
    ("bg", "site-after", '<div class="sponsor-strip"><p>{s0}</p></div>', ["Проектът е финансиран от Фондация „Стара градина“."], [], [],
     "sponsor strip under the article"),
    ("hr", "site-end", '<p><strong>Financiranje:</strong> {s0}</p>', ["Istraživanje je financirala Zaklada Stari voćnjak."], [], [], "run-in label"),
    ("sl", "site-end", '<dl><dt>Trajanje</dt><dd>2025–2027</dd><dt>Financiranje</dt><dd>{s0}</dd></dl>',
     ["Raziskavo je financirala Fundacija Stari sadovnjak."], [], [], "definition list"),
    ("lv", "own", '{p0}<p>Pētnieki plāno retās šķirnes iestādīt no jauna. {s0}</p>{p1}',
     ["Pētījumu finansēja Veco dārzu fonds."], [], [], "last sentence of a story paragraph"),
    ("lt", "site-aside", '<div class="elementor-widget elementor-widget-icon-box"><h4>Rėmėjai</h4><p>{s0}</p></div>',
     ["Projektą finansavo Senųjų sodų fondas."], [], [], "widget column"),
    ("et", "site-end", '<h2>Rahastus</h2><p>{s0}</p>', ["Uuringut rahastas Vanade Aedade Sihtasutus."], [], [], "heading"),
    ("ca", "own", '{p0}<p>Els investigadors volen tornar a plantar les varietats rares. {s0}</p>{p1}',
     ["Aquest estudi ha estat finançat per la Fundació Hort Antic."], [], [], "last sentence of a story paragraph"),
    ("en", "site-own", '{p0}{p1}<details class="disclosures"><summary>Disclosures</summary><p>{s0}</p><p>{k0}</p></details>',
     ["Gravesend Nurseries provided in-kind support, including the loan of a cold store for the scion wood."], [],
     ["The authors have no competing interests to declare."], "details Disclosures block, in-kind support and a conflict line"),
    ("en", "site-own", '<p class="post-meta">Posted by Ivo Marsh, orchard notes</p>{p0}<p>I will post the full list of varieties next month. {s0}</p>{p1}',
     ["My work on these trees is funded by a small grant from the Orrin Family Trust."], [], [],
     "first person on a personal research blog, family trust"),
    ("en", "site-end", '<h2>Funding</h2><p>{s0} {s1}</p>',
     ["This work was funded by the Tamsin Rowe Fund.", "Additional support came from the Ashcombe Fruit Growers' Association."], [], [],
     "statement continuing over two sentences, an individual's fund"),
    ("en", "site-own", '<p>Apple Day returns to Wrenholt on 4 October with tastings, grafting demonstrations and a cider press.</p><h2>Supported by</h2><p>{s0}</p><h2>Partners</h2><p>Wrenholt Village Hall · Ashcombe Cider Club</p><h2>Media partners</h2><p>Valley Radio · The Merrow Post</p>',
     ["The Wrenholt Apple Day is supported by the Merrow County Arts Council and the Fenwick Trust."], [], [],
     "festival page: Supported by beside Partners and Media partners"),
    ("en", "site-own", '<p>orchardmap draws maps of heritage orchards from a list of trees.</p><p>{n0}</p><h2>Sponsors</h2><p>{s0}</p>',
     ["Development of this library is supported by the Pomona Open Data Fund."], ["orchardmap supports Python 3.12 and later."], [],
     "documentation page: development supported (statement) beside supports Python (not)"),
    ("en", "site-own", '<p>Issue 14 · The orchard letter</p>{p0}{p1}<p><em>{s0}</em></p><p><a href="/unsubscribe">Unsubscribe</a></p>',
     ["This newsletter is made possible by the Kestrel Valley Foundation."], [], [], "newsletter"),
    ("en", "site-own", '<h2>Abstract</h2>{p0}{p1}<h2>Acknowledgements</h2><p>{n0} {s0}</p>',
     ["My doctoral studies were funded by a Wrenholt Heritage Scholarship."],
     ["I thank my supervisor, Dr Ivo Marsh, for his patience."], [], "thesis acknowledgements naming a scholarship"),
    ("en", "mid", '<figure><img src="/img/russet.jpg" alt="An old russet tree"><figcaption>The oldest russet in the orchard. Photo: P. Osei. {s0}</figcaption></figure>',
     ["The survey is funded by the Linwood Landscape Trust."], [], [], "photo credit line with a funding statement"),
    ("en", "site-end", '<p class="note">{s0}</p>', ["THIS SURVEY WAS FUNDED BY THE HARROWGATE RURAL FUND."], [], [], "statement in capitals"),
    ("en", "site-end", '<p>The team used leaf DNA to tell the varieties apart.<sup><a href="#fn1">1</a></sup></p><ol class="footnotes"><li id="fn1">{s0}</li></ol>',
     ["The DNA work was supported by the Greyfield Genetics Foundation (grant GGF-301)."], [], [], "footnote marker's target"),
    ("de", "site-end", '<p>Förderung:</p><ul><li>{s0}</li><li>{s1}</li></ul>',
     ["Stiftung Obstwiese, Förderkennzeichen SO-2025-17", "Landesamt für Kulturlandschaft, Projekt KL-88"], [], [],
     "label followed by a list of funders and grant numbers"),
    ("fr", "site-own", '<p>Exposition « Pommes oubliées », du 2 mai au 30 septembre.</p>{p0}<div class="credits"><p>{s0}</p></div>',
     ["L'exposition est rendue possible grâce au mécénat de la Fondation Pommeraie."], [], [], "museum exhibition credit block"),
    ("es", "site-own", '<p>Episodio 31: los huertos olvidados.</p>{p0}<div class="ad">{n0}</div><p>{s0}</p>',
     ["Este episodio está patrocinado por la Cooperativa Sidrera del Valle."], ["Anuncio: Sidra Valle, ahora con un 10 % de descuento."], [],
     "podcast episode sponsor beside an ad banner"),
    ("en", "end", '<p>{s0} {s1}</p>', ["The orchard survey was funded by the Corran Trust.", "The open day was sponsored by Ashcombe Cider Works."], [], [],
     "two statements on one page: a study's grant and an event's sponsor"),
    ("en", "site-end", '<div class="funder"><img src="/logos/wexley.png" alt="Funded by the Wexley Foundation"><p>{s0}</p></div>',
     ["This project is funded by the Wexley Foundation."], [], [], "logo alt text beside a visible statement"),
    ("de", "end", '<p><em>{s0}</em></p>', ["Die Recherche wurde durch ein Stipendium der Obstbau-Stiftung Hellmar unterstützt."], [], [],
     "italic note after the body"),
    ("it", "site-own", '{p0}{p1}<h2>Partner e finanziatori</h2><ul class="logos"><li><img src="/l/1.png" alt="Comune di Wrenholt"></li><li><img src="/l/2.png" alt="Fondazione Ripalta"></li><li><img src="/l/3.png" alt="Club del sidro"></li></ul><p>{s0}</p>',
     ["Il censimento è finanziato dalla Fondazione Ripalta."], [], [], "partners-and-funders section, only one a funder"),
    ("pl", "site-own", '<h2>Dziękujemy!</h2>{p0}<p>{s0}</p>',
     ["Szczepienie stu drzew zostało sfinansowane przez 412 darczyńców naszej zbiórki."], [], [],
     "crowdfunding page saying the work was funded by its backers"),
    ("en", "after", '<p class="sponsor">{s0}</p>', ["Sponsored by the Ashcombe Rotary Club"], [], [], "short sponsor line with a named body"),
    ("en", "site-own", '<p class="eyebrow">Research group · Projects</p>{p0}{p1}<h2>Funded by</h2><ul class="logos"><li><img src="/l/a.png" alt="Merrow Research Council"></li><li><img src="/l/b.png" alt="Halden Charitable Trust"></li></ul><p>{s0}</p>',
     ["The project is funded by the Merrow Research Council and the Halden Charitable Trust."], [], [],
     "research group project page, Funded by with logos"),
    ("de", "site-own", '{p0}{p1}<details><summary>Artikelinformationen</summary><p>Eingegangen: 12. Januar 2026</p><p>{s0}</p></details>',
     ["Diese Arbeit wurde von der Deutschen Obstbaugesellschaft Wrenholt e. V. finanziell unterstützt."], [], [],
     "collapsed Article information section"),
    ("en", "mid", '<table><tr><th>Variety</th><th>Trees</th></tr><tr><td>Wrenholt Russet</td><td>41</td></tr></table><p class="table-note">Note: {s0}</p>',
     ["Counts for 2025 were made possible by the Isla Penrose bequest."], [], [], "table note, an individual donor's bequest"),
]


# (lang, place, html, note): pages with no statement of the page's own funding
NEGATIVE = [
    ("en", "end", "<p>The plan to fence the orchard was supported by the Green Party and backed by a council vote of nine to two.</p>",
     "political support and a vote"),
    ("en", "end", "<p>Meanwhile, Wrenholt Rovers unveiled a new shirt sponsor, Ashcombe Cider Works, in a deal worth £40,000 a season.</p>",
     "sponsored sport news"),
    ("en", "end", "<p>Separately, the Merrow Beekeepers' Society was awarded £12,000 by the county council to buy new hives.</p>",
     "grant announced as news about a third party"),
    ("en", "end", "<p>“We were funded by nobody, we just turned up with ladders,” said volunteer Ada Pryce.</p>",
     "funding word in quoted speech"),
    ("en", "after", '<aside class="jobs"><h3>Jobs</h3><p>Funded PhD position in fruit tree genetics at the University of Ashcombe. Apply by 30 April.</p></aside>',
     "job advert"),
    ("en", "site-own", '<p>Orchard Log helps growers record every tree they plant.</p><h2>Plans</h2><table><tr><th>Sponsor tier</th><td>£25 a month</td></tr><tr><th>Supported plans</th><td>Basic, Grower, Estate</td></tr></table>',
     "price and plan page"),
    ("en", "site-own", "<p>Orchard Log exports your tree list in one click.</p><h3>Supported formats</h3><ul><li>CSV</li><li>GeoJSON</li><li>KML</li></ul><p>Supported devices: phones and tablets running the last two system versions.</p>",
     "product page, supported formats"),
    ("en", "after", '<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council funds new cycle path</a></li><li><a href="/b">Cider festival sponsored by local brewery</a></li><li><a href="/c">Grant helps village hall fix its roof</a></li></ul></aside>',
     "funding words in a related-stories list"),
    ("en", "after", '<nav class="menu"><ul><li><a href="/grants">Grants</a></li><li><a href="/funding">Funding opportunities</a></li><li><a href="/sponsor">Sponsor us</a></li></ul></nav>',
     "funding words in a navigation menu"),
    ("en", "after", '<div class="donate"><p>Independent journalism needs your support. Donate today to keep the Gazette free for everyone.</p></div>',
     "donation appeal"),
    ("en", "end", '<p class="note">The Gazette is supported by its readers.</p>', "supported by readers notice"),
    ("en", "end", "<p>Claims that the first trees came from a monastery are not supported by the evidence, local historians say.</p>",
     "supported by the evidence"),
    ("en", "end", "<p>Ashcombe Cider Works, which buys fruit from the orchard, raised £2.1 million in a funding round led by Kettle Ventures last month.</p>",
     "a company's investment round"),
    ("en", "end", "<p>The council's parks budget for next year is £1.4 million, of which £30,000 goes to orchards.</p>", "budget"),
    ("en", "end", "<p>Thanks to all our readers who sent in photos of their old apple trees.</p>", "general thanks to readers"),
    ("en", "mid", '<figure><img src="/img/grafting.jpg" alt="Volunteers grafting"><figcaption>Grafting day. Photo with thanks to the Wrenholt History Group.</figcaption></figure>',
     "with thanks to photo credit"),
    ("en", "site-aside", '<aside class="ad"><span class="label">Sponsored content</span><p>Buy heritage apple trees online at Fruitbarn and get free delivery.</p></aside>',
     "sponsored content label on an advert"),
    ("en", "site-end", "<p>If the orchard map does not load, contact our technical support team at the help desk.</p>", "technical support"),
    ("en", "site-end", '<h3>Sources</h3><ol class="refs"><li>Merrow County Council (2025). Funding for Rural Heritage: Annual Report. Ashcombe.</li></ol>',
     "footnote citing a funding report as a source"),
    ("en", "site-own", '<p class="thread">Thread: replanting old varieties</p><div class="post"><p class="author">graftfan42 wrote:</p><p>My neighbour got a grant from the Fenwick Trust to replant her plum trees, maybe we could apply too?</p></div><div class="post"><p class="author">pipfruit wrote:</p><p>Worth a try, the deadline is in June.</p></div>',
     "forum poster mentioning someone's grant"),
    ("en", "end", "<p>A crowdfunding campaign for a cider press in the next village has raised £8,000 from 300 backers.</p>",
     "crowdfunding news"),
    ("en", "site-own", "<h2>Our donors</h2><ul><li>A. Pryce</li><li>The Merrow family</li><li>J. Osei</li></ul><p>Thank you to everyone who has ever given to the Network.</p>",
     "donor wall that does not say who funded this work"),
    ("en", "site-after", '<p class="credits">Powered by OrchardPress 6.2 · Theme by Leafline</p>', "powered by software credit"),
    ("en", "site-end", "<p>The survey relies on support from people like you.</p>", "support line naming no supporter"),
    ("en", "site-own", "<h2>Thank you, backers!</h2><p>Thank you to all 212 backers who shared our campaign and cheered us on.</p><p>Next stop: the winter pruning weekend.</p>",
     "crowdfunding page thanking backers, not saying they funded it"),
    ("en", "site-own", "<p>Apple Day returns to Wrenholt on 4 October.</p><h2>Partners</h2><p>Wrenholt Village Hall · Ashcombe Cider Club</p><h2>Media partners</h2><p>Valley Radio</p>",
     "festival page with partners only"),
    ("en", "end", "<p>Researchers at the Halden Institute, a rival lab, received a €2 million grant this week to study pear blight.</p>",
     "grant news about another institute"),
    ("de", "end", "<p>Mit Unterstützung der Fans gewann der TSV Wrenholt am Samstag das Derby.</p>", "Unterstützung as a common noun, sport"),
    ("de", "end", "<p>Der Konzern will ab 2027 vor der Küste Öl fördern, und der Turnverein fördert junge Talente.</p>", "fördern as mining and promoting"),
    ("de", "end", "<p>Schülerinnen der Förderschule am Lindenweg halfen beim Pflücken.</p>", "Förderschule"),
    ("de", "mid", '<figure><img src="/img/fest.jpg" alt=""><figcaption>Mit Unterstützung der Fans: das Apfelfest 2025.</figcaption></figure>',
     "caption with Unterstützung der Fans"),
    ("fr", "end", "<p>Des centaines de supporters sont venus soutenir l'équipe de Wrenholt samedi.</p>", "soutenir a team"),
    ("fr", "end", "<p>La motion a été soutenue par le groupe écologiste et adoptée par le conseil municipal.</p>", "political support"),
    ("es", "end", "<p>El pleno apoyó la moción para proteger el huerto con catorce votos a favor.</p>", "apoyar a motion"),
    ("es", "end", "<p>La Sidrería del Valle patrocinará al club ciclista local durante tres temporadas.</p>", "sport sponsorship news"),
    ("it", "end", "<p>Il Comune ha deciso di finanziare con 200.000 euro il rifacimento delle strade del centro.</p>", "finanziare as city budget news"),
    ("it", "end", "<p>Il festival musicale d'estate è sponsorizzato quest'anno da una banca locale.</p>", "sponsored culture news"),
    ("pt", "end", "<p>A startup Pomar Digital captou 3 milhões de euros numa ronda de financiamento.</p>", "investment round"),
    ("nl", "end", "<p>De motie werd gesteund door een meerderheid van de gemeenteraad.</p>", "vote"),
    ("pl", "end", "<p>Radni poparli projekt ogrodzenia sadu w głosowaniu.</p>", "vote"),
    ("sv", "after", '<div class="support-box"><p>Stöd vår journalistik – bli medlem i dag.</p></div>', "donation appeal"),
    ("fi", "end", "<p>Paikallinen jalkapallojoukkue sai uuden pääsponsorin, siideripanimon.</p>", "sport sponsor news"),
    ("hu", "end", "<p>A javaslatot a képviselő-testület többsége támogatta.</p>", "vote"),
    ("cs", "end", "<p>Sousední obec získala dotaci na opravu hasičské zbrojnice.</p>", "grant news about a third party"),
    ("ro", "end", "<p>Echipa de fotbal locală este sponsorizată de o firmă de construcții.</p>", "sport sponsorship"),
    ("el", "end", "<p>Ο δήμος ενέκρινε προϋπολογισμό 2 εκατ. ευρώ για τους δρόμους.</p>", "budget"),
    ("he", "end", "<p>ההצעה זכתה לתמיכת רוב חברי המועצה.</p>", "vote"),
    ("ar", "end", "<p>حظي المقترح بدعم أغلبية أعضاء المجلس البلدي.</p>", "vote"),
    ("ja", "site-end", "<p>このアプリはiOS 17以降に対応しています。</p>", "supported versions"),
    ("zh", "end", "<p>邻近的村庄获得了政府拨款，用于修缮小学。</p>", "grant news about a third party"),
    ("ko", "end", "<p>지역 축구단은 새로운 후원사와 3년 계약을 맺었다.</p>", "sport sponsor"),
    ("tr", "end", "<p>Öneri belediye meclisinde oy çokluğuyla desteklendi.</p>", "vote"),
    ("id", "site-end", "<p>Aplikasi ini mendukung Android 12 ke atas.</p>", "supported versions"),
    ("vi", "end", "<p>Dự án đường mới được hội đồng thành phố ủng hộ.</p>", "political support"),
    ("th", "end", "<p>ทีมฟุตบอลท้องถิ่นได้ผู้สนับสนุนรายใหม่</p>", "sport sponsor"),
    ("sw", "end", "<p>Serikali imetenga bajeti ya shilingi milioni 50 kwa barabara za kijiji.</p>", "budget"),
    ("uk", "end", "<p>Депутати підтримали рішення про ремонт дороги.</p>", "vote"),
    ("ms", "end", "<p>“Kami tidak dibiayai sesiapa,” kata seorang sukarelawan.</p>", "quoted speech"),
    ("ca", "end", "<p>El club de bàsquet ha signat un nou patrocinador per a la temporada.</p>", "sport sponsor"),
    ("hi", "end", "<p>प्रस्ताव को नगर परिषद के अधिकांश सदस्यों का समर्थन मिला।</p>", "vote"),
    ("bg", "end", "<p>Фирмата привлече 5 милиона евро от инвеститори.</p>", "investment round"),
    ("et", "site-end", "<p>Rakendus toetab Windowsi ja macOS-i.</p>", "supported systems"),
    ("fa", "site-after", '<div class="ad"><p>تبلیغ: نهال سیب را آنلاین بخرید.</p></div>', "advert"),
    ("ur", "end", "<p>قرارداد کو کونسل کے اکثر ارکان کی حمایت حاصل ہوئی۔</p>", "vote"),
    ("bn", "end", "<p>স্থানীয় ফুটবল দলের নতুন পৃষ্ঠপোষক একটি নির্মাণ সংস্থা।</p>", "sport sponsor"),
    ("tl", "site-end", "<p>Salamat sa lahat ng mambabasa na nagpadala ng mga larawan.</p>", "general thanks"),
    ("lv", "end", "<p>Dome atbalstīja ceļa remonta projektu.</p>", "vote"),
    ("lt", "end", "<p>Vietos krepšinio komanda pasirašė sutartį su nauju rėmėju.</p>", "sport sponsor"),
    ("sl", "end", "<p>Občinski svet je podprl predlog za novo kolesarsko stezo.</p>", "vote"),
    ("hr", "site-aside", '<div class="widget ad"><p>Oglas: Kupite sadnice jabuka online.</p></div>', "sidebar advert"),
    ("sk", "end", "<p>Susedná obec získala grant na opravu kostola.</p>", "grant news about a third party"),
    ("nb", "end", "<p>Forslaget fikk støtte fra et flertall i kommunestyret.</p>", "vote"),
    ("da", "site-end", "<p>Appen understøtter Android og iOS.</p>", "supported systems"),
]


def main() -> None:
    real = [(lang, place, fill(lang, template, statements, beside, keep), statements, beside, keep, note)
            for lang, place, template, statements, beside, keep, note in REAL]
    negative = [(lang, place, fill(lang, html, [], [], []), note) for lang, place, html, note in NEGATIVE]
    built = story_cases("r91-", real, negative, page)
    for page_id, (html, label) in built.items():
        for text in [*label["funding"], *label["must_keep_in_body"], *(label.get("not_funding") or [])]:
            assert text in html, (page_id, text)
    write_corpus(HERE, built)
    pages, langs = len(built), {label["lang"] for _, label in built.values()}
    statements = sum(len(label["funding"]) for _, label in built.values())
    site = sum(label["where"].startswith("site-") for _, label in built.values())
    print(f"{pages} pages ({len(REAL)} with statements, {len(NEGATIVE)} without), {statements} statements, "
          f"{len(langs)} languages, {site} shaped like sites outside newsrooms")


if __name__ == "__main__":
    main()
