"""Builds held-out funding round 121 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the study, funders, grant numbers and people do not exist. Written
by a helper from the definition of `funding` alone, without reading the detector's code or the
earlier rounds' cases: a study of eel passes on old mill weirs of the invented river Lunn at
Marrowby: 137 pages in 42 languages (56 shaped like sites outside newsrooms), 72 pages with 74
statements and 65 hard negatives. Statements sit where page markup hides or splits them: closed
accordions and tab panels (aria-expanded="false", hidden panels, <details> without open),
figcaptions and chart source lines, table rows, definition lists, after a <br> or with a footnote
marker, under "Notes" or "Article information" beside other notes, and university news endings after
a media-contact block ("This work was supported in part by ...", "The authors acknowledge ...").
Negatives: crowdfunding reported as news, "Sponsored content" / "Partner content" advertorial labels,
supported-browser lists, a funder's own "About the X Foundation" boilerplate, job ads for funded
positions, and the same verbs about other things.

Convention: a run-in label or heading ("Funding:", <dt>Funder</dt>, a table's first cell) is not part
of the listed statement; footnote markers (<sup>1</sup>) are not either. Where an acknowledgement
mixes thanks and a grant, only the grant sentence is listed.

usage: python benchmarks/funding-round121/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import write_corpus

RTL = {"ar", "he", "fa", "ur"}

# Two sentences of the report in each language: eel passes on the old weirs at Marrowby.
STORY = {
    "en": ["Young eels are climbing past the old mill weirs on the river Lunn again, a three-year count at Marrowby shows.",
           "The researchers fitted brush-lined ramps to six weirs and filmed the eels at night."],
    "de": ["Junge Aale überwinden die alten Mühlenwehre an der Lunn wieder, zeigt eine dreijährige Zählung in Marrowby.",
           "Die Forschenden bauten an sechs Wehren mit Borsten ausgekleidete Rampen ein und filmten die Aale nachts."],
    "fr": ["Les jeunes anguilles franchissent de nouveau les vieux seuils de moulin de la Lunn, selon un comptage de trois ans à Marrowby.",
           "Les chercheurs ont équipé six seuils de rampes à brosses et filmé les anguilles la nuit."],
    "es": ["Las angulas vuelven a superar los viejos azudes de molino del río Lunn, según un recuento de tres años en Marrowby.",
           "Los investigadores instalaron rampas con cepillos en seis azudes y grabaron a las anguilas de noche."],
    "it": ["Le giovani anguille risalgono di nuovo le vecchie traverse dei mulini sul fiume Lunn, mostra un conteggio triennale a Marrowby.",
           "I ricercatori hanno montato rampe a spazzola su sei traverse e filmato le anguille di notte."],
    "pt": ["As enguias jovens voltaram a subir os velhos açudes de moinho do rio Lunn, mostra uma contagem de três anos em Marrowby.",
           "Os investigadores instalaram rampas com escovas em seis açudes e filmaram as enguias à noite."],
    "nl": ["Jonge alen trekken weer langs de oude molenstuwen in de Lunn, blijkt uit een driejarige telling bij Marrowby.",
           "De onderzoekers brachten bij zes stuwen borstelgoten aan en filmden de alen 's nachts."],
    "pl": ["Młode węgorze znów pokonują stare jazy młyńskie na rzece Lunn, wynika z trzyletniego liczenia w Marrowby.",
           "Badacze zamontowali na sześciu jazach rampy wyłożone szczotkami i filmowali węgorze nocą."],
    "sv": ["Unga ålar tar sig åter förbi de gamla kvarndammarna i Lunn, visar en treårig räkning vid Marrowby.",
           "Forskarna byggde borstklädda ramper vid sex dammar och filmade ålarna nattetid."],
    "da": ["Unge ål passerer igen de gamle mølledæmninger i Lunn, viser en treårig optælling ved Marrowby.",
           "Forskerne satte børsteramper op ved seks dæmninger og filmede ålene om natten."],
    "nb": ["Unge ål tar seg igjen forbi de gamle kverndemningene i Lunn, viser en treårig telling ved Marrowby.",
           "Forskerne monterte børsteramper ved seks demninger og filmet ålene om natten."],
    "fi": ["Nuoret ankeriaat nousevat taas Lunnjoen vanhojen myllypatojen ohi, kertoo kolmivuotinen laskenta Marrowbyssä.",
           "Tutkijat asensivat kuuteen patoon harjoilla vuoratut rampit ja kuvasivat ankeriaita öisin."],
    "hu": ["A fiatal angolnák ismét feljutnak a Lunn folyó régi malomgátjain, derül ki egy hároméves marrowbyi számlálásból.",
           "A kutatók hat gátra kefés rámpákat szereltek, és éjszaka filmezték az angolnákat."],
    "cs": ["Mladí úhoři opět překonávají staré mlýnské jezy na řece Lunn, ukazuje tříleté sčítání v Marrowby.",
           "Vědci osadili šest jezů rampami s kartáči a v noci úhoře natáčeli."],
    "sk": ["Mladé úhory opäť prekonávajú staré mlynské hate na rieke Lunn, ukazuje trojročné sčítanie v Marrowby.",
           "Vedci osadili šesť hatí rampami s kefami a v noci úhory natáčali."],
    "ro": ["Țiparii tineri urcă din nou peste vechile praguri de moară de pe râul Lunn, arată o numărătoare de trei ani la Marrowby.",
           "Cercetătorii au montat rampe cu perii la șase praguri și au filmat țiparii noaptea."],
    "el": ["Τα νεαρά χέλια περνούν ξανά τα παλιά φράγματα των μύλων στον ποταμό Λαν, δείχνει τριετής καταμέτρηση στο Μάροουμπι.",
           "Οι ερευνητές τοποθέτησαν ράμπες με βούρτσες σε έξι φράγματα και κατέγραψαν τα χέλια τη νύχτα."],
    "tr": ["Genç yılan balıkları Lunn Nehri'ndeki eski değirmen bentlerini yeniden aşıyor; Marrowby'de üç yıllık bir sayım bunu gösteriyor.",
           "Araştırmacılar altı bende fırçalı rampalar yerleştirip yılan balıklarını geceleri filme aldı."],
    "ru": ["Молодые угри снова преодолевают старые мельничные плотины на реке Ланн, показал трёхлетний учёт в Марроуби.",
           "Исследователи установили на шести плотинах рампы со щётками и снимали угрей ночью."],
    "uk": ["Молоді вугри знову долають старі млинові греблі на річці Ланн, свідчить трирічний облік у Марроубі.",
           "Дослідники встановили на шести греблях рампи зі щітками й знімали вугрів уночі."],
    "bg": ["Младите змиорки отново преминават старите мелнични прагове на река Лън, показва тригодишно преброяване в Мароуби.",
           "Изследователите монтираха рампи с четки на шест прага и снимаха змиорките нощем."],
    "hr": ["Mlade jegulje ponovno svladavaju stare mlinske brane na rijeci Lunn, pokazuje trogodišnje brojanje u Marrowbyju.",
           "Istraživači su na šest brana postavili rampe s četkama i noću snimali jegulje."],
    "sl": ["Mlade jegulje znova premagujejo stare mlinske jezove na reki Lunn, kaže triletno štetje v Marrowbyju.",
           "Raziskovalci so na šest jezov namestili rampe s ščetkami in jegulje ponoči snemali."],
    "lt": ["Jaunieji unguriai vėl įveikia senąsias malūnų užtvankas Lano upėje, rodo trejų metų apskaita Marrowby.",
           "Tyrėjai prie šešių užtvankų įrengė šepetinius latakus ir naktimis filmavo ungurius."],
    "lv": ["Jaunie zuši atkal pārvar vecos dzirnavu aizsprostus Lanas upē, liecina trīs gadu uzskaite Marrovbijā.",
           "Pētnieki pie sešiem aizsprostiem uzstādīja rampas ar sukām un naktīs filmēja zušus."],
    "et": ["Noored angerjad pääsevad taas Lunni jõe vanadest veskipaisudest mööda, näitab kolmeaastane loendus Marrowbys.",
           "Teadlased paigaldasid kuuele paisule harjadega kaldteed ja filmisid angerjaid öösiti."],
    "ca": ["Les angules tornen a superar les velles rescloses de molí del riu Lunn, segons un recompte de tres anys a Marrowby.",
           "Els investigadors van instal·lar rampes amb raspalls en sis rescloses i van filmar les anguiles de nit."],
    "ja": ["ラン川の古い水車堰を若いウナギが再び越えていることが、マロウビーでの3年間の調査でわかった。",
           "研究チームは6か所の堰にブラシ付きの斜路を設け、夜間にウナギを撮影した。"],
    "zh": ["马罗比为期三年的计数显示，幼鳗再次越过伦河上的旧磨坊堰。",
           "研究人员在六座堰上安装了带刷子的坡道，并在夜间拍摄鳗鱼。"],
    "ko": ["런강의 오래된 물레방아 보를 어린 뱀장어들이 다시 넘고 있다는 사실이 매로비에서 3년간 진행된 조사로 확인됐다.",
           "연구진은 보 여섯 곳에 솔이 달린 경사로를 설치하고 밤에 뱀장어를 촬영했다."],
    "ar": ["تعود صغار الأنقليس إلى عبور السدود القديمة للطواحين على نهر لان، بحسب إحصاء استمر ثلاث سنوات في ماروبي.",
           "ركّب الباحثون منحدرات مبطنة بالفرشاة على ستة سدود وصوّروا الأنقليس ليلًا."],
    "he": ["צלופחים צעירים חוצים שוב את סכרי הטחנות הישנים בנהר לאן, כך עולה מספירה בת שלוש שנים במרואבי.",
           "החוקרים התקינו רמפות מרופדות במברשות בשישה סכרים וצילמו את הצלופחים בלילה."],
    "fa": ["مارماهی‌های جوان دوباره از بندهای قدیمی آسیاب‌ها در رود لان می‌گذرند؛ این را شمارشی سه‌ساله در ماروبی نشان می‌دهد.",
           "پژوهشگران روی شش بند سطح شیب‌دار برس‌دار نصب کردند و مارماهی‌ها را شب‌ها فیلم‌برداری کردند."],
    "ur": ["دریائے لن پر پرانے پن چکی بندوں سے نوجوان بام مچھلیاں پھر گزرنے لگی ہیں، ماروبی میں تین سالہ گنتی سے یہ معلوم ہوا۔",
           "محققین نے چھ بندوں پر برش والی ڈھلوانیں لگائیں اور رات کو بام مچھلیوں کی فلم بنائی۔"],
    "hi": ["लन नदी पर पुराने पनचक्की बाँधों को युवा ईल मछलियाँ फिर से पार कर रही हैं, मैरोबी में तीन साल की गिनती से यह पता चला।",
           "शोधकर्ताओं ने छह बाँधों पर ब्रश वाले रैंप लगाए और रात में ईल को फ़िल्माया।"],
    "bn": ["লান নদীর পুরোনো জলকলের বাঁধ আবার পার হচ্ছে তরুণ বান মাছ, ম্যারোবিতে তিন বছরের গণনায় তা দেখা গেছে।",
           "গবেষকেরা ছয়টি বাঁধে ব্রাশযুক্ত ঢাল বসিয়ে রাতে বান মাছের ভিডিও করেন।"],
    "th": ["ปลาไหลวัยอ่อนกลับมาข้ามฝายโรงสีเก่าบนแม่น้ำลันได้อีกครั้ง ตามผลการนับสามปีที่มาร์โรว์บี",
           "นักวิจัยติดตั้งทางลาดบุแปรงที่ฝายหกแห่งและถ่ายวิดีโอปลาไหลในเวลากลางคืน"],
    "ms": ["Belut muda kembali melepasi empang kilang lama di Sungai Lunn, menurut kiraan tiga tahun di Marrowby.",
           "Penyelidik memasang tanjakan berberus pada enam empang dan merakam belut pada waktu malam."],
    "id": ["Sidat muda kembali melewati bendung kincir tua di Sungai Lunn, menurut penghitungan tiga tahun di Marrowby.",
           "Para peneliti memasang lintasan berlapis sikat di enam bendung dan merekam sidat pada malam hari."],
    "vi": ["Lươn non lại vượt qua các đập cối xay cũ trên sông Lunn, theo đợt đếm kéo dài ba năm tại Marrowby.",
           "Các nhà nghiên cứu lắp dốc lót bàn chải tại sáu con đập và quay phim lươn vào ban đêm."],
    "sw": ["Mikunga wachanga wanavuka tena mabwawa ya zamani ya vinu kwenye mto Lunn, kwa mujibu wa hesabu ya miaka mitatu huko Marrowby.",
           "Watafiti waliweka njia zenye brashi kwenye mabwawa sita na kuwarekodi mikunga usiku."],
    "tl": ["Muling nakatatawid ang mga batang igat sa mga lumang dam ng gilingan sa ilog Lunn, ayon sa tatlong taóng bilang sa Marrowby.",
           "Naglagay ang mga mananaliksik ng mga rampang may brotsa sa anim na dam at kinunan ang mga igat sa gabi."],
}

TITLE = {
    "en": "Eels return past Marrowby's old weirs", "de": "Aale kehren an Marrowbys alte Wehre zurück",
    "fr": "Les anguilles reviennent aux vieux seuils de Marrowby", "es": "Las anguilas vuelven a los azudes de Marrowby",
    "it": "Le anguille tornano alle traverse di Marrowby", "pt": "As enguias voltam aos açudes de Marrowby",
    "nl": "Alen terug bij de oude stuwen van Marrowby", "pl": "Węgorze wracają na jazy w Marrowby",
    "sv": "Ålarna tillbaka vid Marrowbys dammar", "da": "Ålene er tilbage ved Marrowbys dæmninger",
    "nb": "Ålen er tilbake ved demningene i Marrowby", "fi": "Ankeriaat palaavat Marrowbyn padoille",
    "hu": "Visszatérnek az angolnák Marrowby gátjaihoz", "cs": "Úhoři se vracejí k jezům v Marrowby",
    "sk": "Úhory sa vracajú k haťom v Marrowby", "ro": "Țiparii revin la pragurile din Marrowby",
    "el": "Τα χέλια επιστρέφουν στα φράγματα του Μάροουμπι", "tr": "Yılan balıkları Marrowby bentlerine dönüyor",
    "ru": "Угри возвращаются к плотинам Марроуби", "uk": "Вугри повертаються до гребель Марроубі",
    "bg": "Змиорките се връщат при праговете на Мароуби", "hr": "Jegulje se vraćaju branama Marrowbyja",
    "sl": "Jegulje se vračajo k jezovom v Marrowbyju", "lt": "Unguriai grįžta prie Marrowby užtvankų",
    "lv": "Zuši atgriežas pie Marrovbijas aizsprostiem", "et": "Angerjad naasevad Marrowby paisude juurde",
    "ca": "Les anguiles tornen a les rescloses de Marrowby", "ja": "マロウビーの古い堰にウナギが戻る",
    "zh": "鳗鱼重回马罗比旧堰", "ko": "매로비 옛 보에 뱀장어가 돌아왔다", "ar": "الأنقليس يعود إلى سدود ماروبي",
    "he": "הצלופחים חוזרים לסכרי מרואבי", "fa": "بازگشت مارماهی‌ها به بندهای ماروبی", "ur": "ماروبی کے بندوں پر بام مچھلیوں کی واپسی",
    "hi": "मैरोबी के बाँधों पर लौटीं ईल", "bn": "ম্যারোবির বাঁধে ফিরল বান মাছ", "th": "ปลาไหลกลับสู่ฝายมาร์โรว์บี",
    "ms": "Belut kembali ke empang Marrowby", "id": "Sidat kembali ke bendung Marrowby", "vi": "Lươn trở lại các đập ở Marrowby",
    "sw": "Mikunga warudi kwenye mabwawa ya Marrowby", "tl": "Bumalik ang mga igat sa mga dam ng Marrowby",
}


def paras(lang: str) -> str:
    return "\n".join(f"<p>{s}</p>" for s in STORY[lang])


def news(lang: str, body: str, *, header: str = "", after: str = "", aside: str = "", site: str = "Lunn Valley Post") -> str:
    """A newsroom page: `body` is the article's inner HTML after its header (use paras(lang) for the
    report), `header` goes under the headline, `aside` inside the article after the body, `after`
    after the article inside <main>."""
    d = ' dir="rtl"' if lang in RTL else ""
    return (f'<!doctype html><html lang="{lang}"{d}><head><meta charset="utf-8"><title>{TITLE[lang]}</title></head>'
            f'<body><nav><a href="/">Home</a> <a href="/nature">Nature</a> <a href="/rivers">Rivers</a></nav><main>'
            f'<article><header><h1>{TITLE[lang]}</h1><p class="byline">Mara Quill, 4.11.2026</p>{header}</header>\n'
            f'{body}\n{aside}</article>\n{after}'
            f'</main><footer><p>© 2026 {site}</p><a href="/privacy">Privacy</a></footer></body></html>')


def site(lang: str, content: str, *, footer: str = "", nav: str = "", title: str = "") -> str:
    """A page outside newsrooms: a project, university, builder or documentation site whose
    `content` fills <main> itself (no article element)."""
    d = ' dir="rtl"' if lang in RTL else ""
    t = title or TITLE[lang]
    nav = nav or '<a href="/">Home</a> <a href="/project">Project</a> <a href="/team">Team</a> <a href="/contact">Contact</a>'
    return (f'<!doctype html><html lang="{lang}"{d}><head><meta charset="utf-8"><title>{t}</title></head>'
            f'<body><header class="site-header"><div class="logo">Lunn Weirs Project</div><nav>{nav}</nav></header>'
            f'<main id="content">{content}</main>'
            f'<footer class="site-footer">{footer}<p>© 2026</p></footer></body></html>')


def builder(lang: str, widgets: list[str], *, footer: str = "") -> str:
    """An Elementor-style page: each item of `widgets` is the inner HTML of one text widget."""
    cols = "".join(f'<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">'
                   f'<div class="elementor-element elementor-widget elementor-widget-text-editor">'
                   f'<div class="elementor-widget-container">{w}</div></div></div></div>' for w in widgets)
    content = (f'<div class="elementor elementor-412"><section class="elementor-section elementor-top-section">'
               f'<div class="elementor-container"><div class="elementor-widget-heading"><h1 class="elementor-heading-title">'
               f'{TITLE[lang]}</h1></div>{cols}</div></section></div>')
    return site(lang, content, footer=footer)


REAL: list[tuple] = []  # (lang, where, kind, html, statements, not_funding, keep, note)
NEG: list[tuple] = []   # (lang, where, kind, html, note)


def real(lang, where, kind, html, statements, note, not_funding=(), keep=()):
    REAL.append((lang, where, kind, html, list(statements), list(not_funding), list(keep), note))


def neg(lang, where, kind, html, note):
    NEG.append((lang, where, kind, html, note))


P = paras

# ---- statements in places markup hides or splits ----
s = "This study was funded by the Corran Rivers Trust (grant CRT-2291)."
real("en", "accordion closed", "news", news("en", P("en") + (
    '<div class="accordion"><h2><button class="accordion-button collapsed" aria-expanded="false" aria-controls="acc-fund">'
    'Funding</button></h2><div id="acc-fund" class="accordion-collapse collapse" role="region">'
    f'<p>{s}</p></div></div>')), [s], "statement in an accordion panel closed by aria-expanded=false and a collapse class")

s = "Die Studie wurde von der Hellmark-Stiftung gefördert (Az. HS 44/17)."
k = "Die Autorinnen erklären, dass keine Interessenkonflikte bestehen."
real("de", "details closed", "news", news("de", P("de") + (
    f'<details class="article-info"><summary>Artikelinformationen</summary><p><b>Förderung:</b> {s}</p>'
    f'<p><b>Interessenkonflikte:</b> {k}</p><p><b>Bildnachweis:</b> Jonas Rieth</p></details>')),
    [s], "statement in a <details> without open, beside a conflict declaration that stays", keep=[k])

s = "Le suivi des anguilles est financé par la Fondation Aubrac-Lumen."
real("fr", "figcaption", "news", news("fr", STORY["fr"][0].join(["<p>", "</p>"]) + (
    '<figure><img src="/img/rampe.jpg" alt="Rampe à brosses sur un seuil"><figcaption>Une rampe à brosses sur le seuil de '
    f'Pellon (photo Inès Varlet). {s}</figcaption></figure>') + f"<p>{STORY['fr'][1]}</p>"),
    [s], "funding sentence in a photo's figcaption after the credit")

s = "Fuente: recuento de anguilas del río Lunn 2024-2026, financiado por la Fundación Orvalle."
real("es", "chart source", "news", news("es", P("es") + (
    '<figure class="chart"><img src="/graf/angulas.png" alt="Gráfico: angulas por noche y azud">'
    f'<figcaption><p class="chart-title">Angulas contadas por noche</p><p class="chart-source">{s}</p></figcaption></figure>')),
    [s], "chart source line naming the survey and its funder")

s = "Fondazione Cerreta, bando 21-407"
real("it", "table row", "site", site("it", (
    '<h1>Progetto Anguille della Lunn</h1><p>Il progetto misura il passaggio delle anguille su sei traverse storiche.</p>'
    '<table class="project-facts"><tr><th>Durata</th><td>2024-2026</td></tr><tr><th>Coordinamento</th><td>Università di Marrowby</td></tr>'
    f'<tr><th>Finanziamento</th><td>{s}</td></tr><tr><th>Partner</th><td>Consorzio di bonifica della Lunn</td></tr></table>')),
    [s], "funding row in a project-facts table (th Finanziamento); the Partner row is not funding",
    not_funding=["Consorzio di bonifica della Lunn"])

s = "Fundação Amarelo-Serra, projeto n.º 2024/118"
real("pt", "definition list", "site", site("pt", (
    '<article class="paper"><h1>Passagem de enguias em açudes de moinho</h1><dl class="meta">'
    '<dt>Autores</dt><dd>Rita Calvão, Nuno Pereira</dd><dt>Recebido</dt><dd>2 de março de 2026</dd>'
    f'<dt>Financiador</dt><dd>{s}</dd><dt>Licença</dt><dd>CC BY 4.0</dd></dl><p>{STORY["pt"][0]}</p></article>')),
    [s], "funder in a <dt>Financiador</dt><dd> pair of a journal page's metadata")

s = "Het onderzoek werd gefinancierd door het Veldhoven-Schrijverfonds."
real("nl", "after br", "news", news("nl", (
    f'<p>{STORY["nl"][0]}</p><p>{STORY["nl"][1]} De telling loopt nog twee jaar door.<br>{s}</p>')),
    [s], "statement after a <br> ending the last story paragraph")

s = "Badanie sfinansowała Fundacja Wierzbowa w ramach grantu FW/2025/07."
real("pl", "footnote target", "news", news("pl", (
    f'<p>{STORY["pl"][0]}<sup><a href="#fn1" id="r1">1</a></sup></p><p>{STORY["pl"][1]}</p>'
    '<section class="footnotes"><ol><li id="fn1">' + s + ' <a href="#r1">↩</a></li>'
    '<li id="fn2">Dane o przepływach: Instytut Hydrologii w Marrowby.</li></ol></section>')),
    [s], "statement as a footnote marker's target in a footnote list", not_funding=["Dane o przepływach: Instytut Hydrologii w Marrowby."])

s = "Studien finansierades av Stiftelsen Ålgrund."
real("sv", "notes heading", "news", news("sv", P("sv") + (
    '<h2>Noter</h2><p>Artikeln uppdaterades den 5 november med rätt antal dammar.</p>'
    f'<p>{s}</p><p>Kartan bygger på uppgifter från länsstyrelsen.</p>')),
    [s], "statement among other notes under a Noter heading",
    not_funding=["Artikeln uppdaterades den 5 november med rätt antal dammar.", "Kartan bygger på uppgifter från länsstyrelsen."])

s = "This work was supported in part by the Lanthorn Science Fund under award LSF-8812."
s2 = "The authors acknowledge financial support from the Brenna Water Board."
real("en", "after media contact", "site", site("en", (
    '<article class="news-item"><h1>Brush ramps help eels past old weirs, Marrowby study finds</h1>'
    f'{P("en")}<p>The findings appear in the Journal of River Passage.</p>'
    '<div class="media-contact"><h3>Media contact</h3><p>Tom Arlen, press office, +44 20 0000 0000</p></div>'
    f'<p>{s}</p><p>{s2}</p></article>'), title="University of Marrowby news"),
    [s, s2], "university news ending, after the media-contact block: 'supported in part by' and 'acknowledge financial support'")

s = "This research was supported in part by the Orrin Family Trust."
t = "The authors acknowledge the Marrowby Angling Club for access to the weirs."
real("en", "after media contact", "site", site("en", (
    '<article class="news-item"><h1>Night cameras reveal eel traffic on the Lunn</h1>'
    f'{P("en")}<div class="contact"><p><strong>Contact:</strong> Priya Fane, pfane@example.org</p></div>'
    f'<p>{s}</p><p>{t}</p></article>'), title="School of Biology news"),
    [s], "'supported in part by' a family trust; the acknowledgement after it thanks a club for access (not funding)",
    not_funding=[t])

s = "本研究はカサギ環境財団の助成（助成番号 KE-3301）を受けた。"
real("ja", "tab panel hidden", "site", site("ja", (
    f'<h1>{TITLE["ja"]}</h1>{P("ja")}<div class="tabs"><div role="tablist">'
    '<button role="tab" aria-selected="true" aria-controls="tab1">概要</button>'
    '<button role="tab" aria-selected="false" aria-controls="tab2">研究資金</button></div>'
    '<div role="tabpanel" id="tab1"><p>調査期間：2024年～2026年</p></div>'
    f'<div role="tabpanel" id="tab2" hidden><p>{s}</p></div></div>')),
    [s], "statement in a tab panel with the hidden attribute")

s = "本研究由青溪河流基金会资助（项目编号 QX-2025-061）。"
real("zh", "accordion closed", "news", news("zh", P("zh") + (
    '<div class="accordion-item"><h3 class="accordion-header"><button aria-expanded="false">基金项目</button></h3>'
    f'<div class="accordion-body is-hidden"><p>{s}</p></div></div>')), [s], "statement in a closed accordion with an is-hidden class")

s = "이 연구는 한빛수생재단의 지원을 받아 수행되었다."
real("ko", "article information", "news", news("ko", P("ko") + (
    f'<section class="article-info"><h2>기사 정보</h2><ul><li>{s}</li><li>사진: 조서윤</li><li>이 기사는 11월 5일 수정되었다.</li></ul></section>')),
    [s], "statement in an 'Article information' list beside a photo credit and a correction",
    not_funding=["사진: 조서윤", "이 기사는 11월 5일 수정되었다."])

s = "مؤسسة الرمال الزرقاء، منحة رقم 7-204"
real("ar", "definition list", "site", site("ar", (
    f'<h1>{TITLE["ar"]}</h1>{P("ar")}<dl class="study-facts"><dt>مدة الدراسة</dt><dd>ثلاث سنوات</dd>'
    f'<dt>الجهة الممولة</dt><dd>{s}</dd></dl>')), [s], "funder in a definition list (right-to-left)")

s = "הסקר מומן על ידי קרן גליל-מים."
real("he", "figcaption", "news", news("he", P("he") + (
    f'<figure><img src="/p/eel.jpg" alt="צלופח על רמפה"><figcaption>צלופח מטפס על הרמפה. צילום: נועה בר. {s}</figcaption></figure>')),
    [s], "funding sentence in a figcaption after the photo credit", not_funding=["צילום: נועה בר."])

s = "این پژوهش با حمایت مالی بنیاد آب‌های روشن انجام شد."
real("fa", "after br", "news", news("fa", f'<p>{STORY["fa"][0]}</p><p>{STORY["fa"][1]}<br>{s}</p>'),
     [s], "Persian statement after a <br> in the last paragraph")

s = "یہ تحقیق دریائی حیات فاؤنڈیشن کی مالی معاونت سے کی گئی۔"
real("ur", "heading", "site", site("ur", f'<h1>{TITLE["ur"]}</h1>{P("ur")}<h3>مالی معاونت</h3><p>{s}</p>'),
     [s], "Urdu statement under its own funding heading")

s = "इस अध्ययन का खर्च नीलधारा न्यास ने उठाया।"
real("hi", "last sentence of paragraph", "news", news("hi", f'<p>{STORY["hi"][0]}</p><p>{STORY["hi"][1]} {s}</p>'),
     [s], "Hindi active-voice statement as the last sentence of a story paragraph")

s = "এই গবেষণায় অর্থায়ন করেছে সবুজধারা ফাউন্ডেশন।"
real("bn", "details closed", "site", site("bn", f'<h1>{TITLE["bn"]}</h1>{P("bn")}<details><summary>অর্থায়ন</summary><p>{s}</p></details>'),
     [s], "Bengali statement in a closed <details>")

s = "มูลนิธิสายน้ำใส ทุนเลขที่ 64-219"
real("th", "table row", "site", site("th", (
    f'<h1>{TITLE["th"]}</h1>{P("th")}<table><tbody><tr><td>หน่วยงานหลัก</td><td>มหาวิทยาลัยมาร์โรว์บี</td></tr>'
    f'<tr><td>ผู้ให้ทุน</td><td>{s}</td></tr></tbody></table>')), [s], "Thai funder in a table row of td cells")

s = "Projek ini dibiayai oleh Yayasan Sungai Lestari."
real("ms", "builder widget", "site", builder("ms", [P("ms"), f"<p>{s}</p>"]),
     [s], "Malay statement in its own Elementor text widget after the text")

s = "Utafiti huu ulifadhiliwa na Mfuko wa Mito Safi kupitia ruzuku namba MMS-0912."
real("sw", "research page", "site", site("sw", (
    f'<article class="research"><h1>{TITLE["sw"]}</h1>{P("sw")}<h2>Shukrani</h2>'
    f'<p>Tunawashukuru wavuvi wa Marrowby kwa msaada wao shambani. {s}</p></article>')),
    [s], "Swahili research page: acknowledgement mixing thanks and a grant",
    not_funding=["Tunawashukuru wavuvi wa Marrowby kwa msaada wao shambani."])

s = "Ang pag-aaral na ito ay pinondohan ng Pundasyong Ilog-Linaw."
real("tl", "research page", "site", site("tl", (
    f'<article class="research"><h1>{TITLE["tl"]}</h1>{P("tl")}<h2>Pondo</h2><p>{s}</p>'
    '<h2>Salungatan ng interes</h2><p>Walang salungatan ng interes ang mga may-akda.</p></article>')),
    [s], "Tagalog research page: funding heading then a conflict line that stays",
    keep=["Walang salungatan ng interes ang mga may-akda."])

s = "Дослідження профінансував Фонд «Чиста вода Полісся»."
real("uk", "accordion closed", "news", news("uk", P("uk") + (
    '<div class="spoiler"><button class="spoiler-toggle" aria-expanded="false">Про дослідження</button>'
    f'<div class="spoiler-content" style="display:none"><p>Облік тривав з 2024 по 2026 рік.</p><p>{s}</p></div></div>')),
    [s], "Ukrainian statement in a spoiler closed by display:none", not_funding=["Облік тривав з 2024 по 2026 рік."])

s = "Исследование выполнено при поддержке Фонда речных экосистем (грант № 24-17-00412)."
real("ru", "last paragraph", "news", news("ru", f'{P("ru")}<p><em>{s}</em></p>'),
     [s], "Russian italic note at the story's end")

s = "Bu çalışma Akarsu Doğa Vakfı tarafından desteklenmiştir (proje no. 124Y390)."
real("tr", "notes heading", "news", news("tr", P("tr") + (
    f'<h3>Notlar</h3><p>Haritadaki bent adları yerel kullanıma göredir.</p><p>{s}</p>')),
    [s], "Turkish statement under Notlar beside another note",
    not_funding=["Haritadaki bent adları yerel kullanıma göredir."])

s = "Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Ποταμών Αλκυών."
real("el", "footnote target", "news", news("el", (
    f'<p>{STORY["el"][0]}<sup>*</sup></p><p>{STORY["el"][1]}</p><p class="footnote"><sup>*</sup> {s}</p>')),
    [s], "Greek statement as an asterisk footnote's target")

s = "Virtavesisäätiö, apuraha 2025-44"
real("fi", "definition list", "news", news("fi", P("fi") + (
    f'<aside class="facts"><h3>Tutkimus</h3><dl><dt>Tekijät</dt><dd>Aino Lehti, Pekka Salo</dd><dt>Rahoittaja</dt><dd>{s}</dd></dl></aside>')),
    [s], "Finnish funder in a definition list inside a facts aside")

s = "A vizsgálatot a Tiszavirág Alapítvány támogatta."
real("hu", "figcaption", "news", news("hu", P("hu") + (
    f'<figure><img src="/k/angolna.jpg" alt=""><figcaption>Angolna a kefés rámpán. Fotó: Kiss Dóra. {s}</figcaption></figure>')),
    [s], "Hungarian funding sentence in a figcaption", not_funding=["Fotó: Kiss Dóra."])

s = "Nadace Proudy, grant č. 25-0815S"
real("cs", "table row", "site", site("cs", (
    f'<h1>{TITLE["cs"]}</h1>{P("cs")}<table class="wp-block-table"><tr><td><strong>Řešitel</strong></td><td>Univerzita Marrowby</td></tr>'
    f'<tr><td><strong>Financování</strong></td><td>{s}</td></tr></table>')), [s], "Czech funding row in a Gutenberg table block")

s = "Výskum financovala Nadácia Modrá rieka."
real("sk", "article information", "news", news("sk", P("sk") + (
    f'<div class="article-notes"><h4>Informácie o článku</h4><p>Článok bol opravený 6. novembra.</p><p>{s}</p></div>')),
    [s], "Slovak statement after an 'Article information' heading beside a correction note",
    not_funding=["Článok bol opravený 6. novembra."])

s = "Cercetarea a fost finanțată de Fundația Apele Vii prin grantul AV-2025-09."
real("ro", "after media contact", "site", site("ro", (
    f'<article><h1>{TITLE["ro"]}</h1>{P("ro")}<p class="contact">Contact presă: Ioana Dima, biroul de presă</p><p>{s}</p></article>')),
    [s], "Romanian university news: statement after the press contact")

s = "Проучването е финансирано от фондация „Чисти реки“."
real("bg", "accordion closed", "site", site("bg", (
    f'<h1>{TITLE["bg"]}</h1>{P("bg")}<div class="panel"><a class="panel-title" aria-expanded="false" href="#p-fin">Финансиране</a>'
    f'<div id="p-fin" class="panel-collapse collapse"><p>{s}</p></div></div>')), [s], "Bulgarian statement in a closed collapse panel")

s = "Istraživanje je financirala Zaklada Bistra rijeka u sklopu projekta BR-77."
real("hr", "last sentence of paragraph", "news", news("hr", f'<p>{STORY["hr"][0]} {s}</p><p>{STORY["hr"][1]}</p>'),
     [s], "Croatian statement ending the first story paragraph")

s = "Raziskavo je financirala Fundacija Modri tok."
real("sl", "builder widget", "site", builder("sl", [P("sl"), "<h4>O projektu</h4><p>Projekt vodi Univerza v Marrowbyju. " + s + "</p>"]),
     [s], "Slovenian statement in an 'About the project' widget", not_funding=["Projekt vodi Univerza v Marrowbyju."])

s = "Tyrimą finansavo Upių gamtos fondas."
real("lt", "last paragraph", "news", news("lt", f'{P("lt")}<p>{s}</p>'), [s], "Lithuanian closing statement")

s = "Pētījumu finansēja Upju dabas fonds (līgums Nr. UDF-2025/3)."
real("lv", "details closed", "site", site("lv", f'<h1>{TITLE["lv"]}</h1>{P("lv")}<details><summary>Finansējums</summary><p>{s}</p></details>'),
     [s], "Latvian statement in a closed <details>")

s = "Uuringut rahastas Jõgede Looduse Sihtasutus."
real("et", "sidebar box", "news", news("et", P("et"), aside=f'<aside class="sidebar-box"><h4>Uuringust</h4><p>Kestus: kolm aastat. {s}</p></aside>'),
     [s], "Estonian statement in an 'About the study' sidebar box", not_funding=["Kestus: kolm aastat."])

s = "Aquest estudi ha estat finançat per la Fundació Riu Net."
real("ca", "figcaption", "news", news("ca", P("ca") + f'<figure><img src="/f/rampa.jpg" alt=""><figcaption>Rampa de raspalls a Pellon. {s}</figcaption></figure>'),
     [s], "Catalan statement in a figcaption")

s = "Penelitian ini didanai oleh Yayasan Sungai Jernih melalui hibah nomor SJ-2025-14."
real("id", "tab panel hidden", "site", site("id", (
    f'<h1>{TITLE["id"]}</h1>{P("id")}<ul class="nav-tabs"><li class="active"><a href="#ringkasan">Ringkasan</a></li><li><a href="#dana">Pendanaan</a></li></ul>'
    f'<div class="tab-content"><div class="tab-pane active" id="ringkasan"><p>Lokasi: Sungai Lunn.</p></div>'
    f'<div class="tab-pane fade" id="dana" aria-hidden="true"><p>{s}</p></div></div>')), [s], "Indonesian statement in an inactive tab pane (aria-hidden)")

s = "Nghiên cứu được tài trợ bởi Quỹ Sông Xanh."
real("vi", "chart source", "news", news("vi", P("vi") + f'<div class="chart"><img src="/c.png" alt="Biểu đồ"><p class="source">Nguồn: số liệu đếm lươn 2024-2026. {s}</p></div>'),
     [s], "Vietnamese statement in a chart's source line", not_funding=["Nguồn: số liệu đếm lươn 2024-2026."])

s = "Undersøgelsen er finansieret af Åfonden."
real("da", "italic note", "news", news("da", f'{P("da")}<p><i>{s}</i></p>'), [s], "Danish italic note at the end")

s = "Prosjektet er finansiert av Elvefondet Nord og Marrowby kommune."
real("nb", "sponsor line header", "news", news("nb", P("nb"), header=f'<p class="sponsor-line">{s}</p>'),
     [s], "Norwegian statement in the article header under the byline")

# ---- more shapes ----
s = "This work was funded by the Pell and Harrow Foundation."
s2 = "Additional support came from the Lunn Catchment Partnership."
real("en", "two sentences", "news", news("en", f'{P("en")}<p>{s} {s2}</p>'),
     [s + " " + s2], "a statement continuing over two sentences, listed as one")

s = "The survey was paid for by the Marrowby Eel Fund (grant MEF-031)."
s2 = "The open evening at the mill is sponsored by Riverside Ales."
real("en", "two statements", "news", news("en", f'{P("en")}<p>{s}</p><p>Visitors can watch the cameras live on 20 November. {s2}</p>'),
     [s, s2], "two statements on one page: the study's funder and the event's sponsor",
     not_funding=["Visitors can watch the cameras live on 20 November."])

s = "This work was supported by:"
items = ["The Corran Rivers Trust, grant CRT-3310", "The Lanthorn Science Fund, award LSF-9021"]
real("en", "lead-in and list", "site", site("en", (
    f'<article><h1>Eel passage at historic weirs: project page</h1>{P("en")}<p>{s}</p><ul>'
    + "".join(f"<li>{i}</li>" for i in items) + '</ul></article>')),
    [s + " " + " ".join(items)], "lead-in followed by a list of funders with grant numbers (the whole statement)")

s = "The eel counts are funded by the Wenlow Foundation."
real("en", "body and footer twice", "news", news("en", f'{P("en")}<p>{s}</p>', after=f'<div class="article-footer"><p>{s}</p></div>'),
     [s], "the same statement in the body and in the article footer: one value")

s = "Development of WeirCount is supported by the Open River Software Fund."
real("en", "documentation", "site", site("en", (
    '<div class="docs"><h1>WeirCount 2.3 documentation</h1><p>WeirCount counts eels in night video from fish passes.</p>'
    '<h2>Requirements</h2><ul><li>Supports Python 3.11 and 3.12</li><li>Runs on Linux and macOS</li></ul>'
    f'<h2>Acknowledgements</h2><p>{s}</p></div>'), title="WeirCount docs"),
    [s], "documentation page: the library's development funder; 'Supports Python 3.11' is not",
    not_funding=["Supports Python 3.11 and 3.12"])

s = "This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101178402."
real("en", "EU footer", "site", site("en", f'<h1>Lunn Weirs Project</h1>{P("en")}',
     footer=f'<div class="eu-notice"><img src="/eu-flag.svg" alt="EU flag"><p>{s}</p></div>'),
     [s], "EU notice under a flag in the project site's footer")

s = "Die Wasserstiftung Lunn hat die Zählung bezahlt."
real("de", "middle paragraph", "news", news("de", f'<p>{STORY["de"][0]}</p><p>{s} Die Kameras liefen jede Nacht von März bis Juni.</p><p>{STORY["de"][1]}</p>'),
     [s], "German active-voice statement in a middle paragraph", not_funding=["Die Kameras liefen jede Nacht von März bis Juni."])

s = "Die Erhebung wurde gefördert durch die Wasserwerk-Stiftung Lunn."
real("de", "table note", "news", news("de", P("de") + (
    '<table><caption>Aale pro Nacht</caption><tr><th>Wehr</th><th>2024</th><th>2026</th></tr><tr><td>Pellon</td><td>12</td><td>41</td></tr></table>'
    f'<p class="table-note">Quelle: Zählung der Universität Marrowby. {s}</p>')), [s], "German statement in a table note",
    not_funding=["Quelle: Zählung der Universität Marrowby."])

s = "Financiación: Este trabajo fue financiado por la Agencia Estatal de Investigación (proyecto PID2025-118840)."
k = "Los autores declaran no tener conflicto de intereses."
real("es", "details closed", "site", site("es", (
    f'<article class="paper"><h1>{TITLE["es"]}</h1>{P("es")}<details><summary>Información del artículo</summary>'
    f'<p>{s}</p><p>Conflicto de intereses: {k}</p></details></article>')),
    ["Este trabajo fue financiado por la Agencia Estatal de Investigación (proyecto PID2025-118840)."],
    "Spanish run-in funding label in a closed article-information details, conflict line stays", keep=[k])

s = "Ce travail a été soutenu en partie par la Région Val-de-Lunn (convention 2025-RVL-88)."
t = "Les auteurs remercient les meuniers de Pellon pour leur accueil."
real("fr", "after media contact", "site", site("fr", (
    f'<article><h1>{TITLE["fr"]}</h1>{P("fr")}<p class="contact">Contact presse : Lucie Armand, service communication</p>'
    f'<p>{t}</p><p>{s}</p></article>')), [s], "French university news: thanks then 'soutenu en partie par' after the press contact",
    not_funding=[t])

s = "Il progetto è realizzato con il contributo della Fondazione Cerreta."
real("it", "builder widget", "site", builder("it", [P("it"), "<p>Per informazioni: info@lunnweirs.example</p>", f"<p>{s}</p>"]),
     [s], "Italian statement in the last Elementor text widget")

s = "本研究はミナト川環境基金の助成を受けて実施された。"
k = "著者らに開示すべき利益相反はない。"
real("ja", "disclosures details", "site", site("ja", (
    f'<h1>{TITLE["ja"]}</h1>{P("ja")}<details><summary>開示事項</summary><p>資金：{s}</p><p>利益相反：{k}</p></details>')),
    [s], "Japanese 'Disclosures' details: funding and a conflict line that stays", keep=[k])

s = "The eel passes were built with in-kind support from Harnley Engineering, which lent the cameras."
real("en", "sidebar box", "news", news("en", P("en"), aside=f'<aside class="sidebar"><h4>About the study</h4><p>Three years, six weirs. {s}</p></aside>'),
     [s], "in-kind support and an equipment loan in an 'About the study' sidebar box", not_funding=["Three years, six weirs."])

s = "Photo: Dan Frew; the monitoring is funded by the Tarrant Rivers Fund."
real("en", "photo credit", "news", news("en", f'<figure><img src="/a.jpg" alt="A ramp"><figcaption><small>{s}</small></figcaption></figure>{P("en")}'),
     [s], "credit line under a photo carrying the project's funder")

s = "Ramps funded by the Orrin Family Trust"
real("en", "alt text and visible", "site", site("en", (
    f'<h1>Lunn Weirs Project</h1>{P("en")}<div class="funders"><img src="/orrin.png" alt="{s}"><p>{s}</p></div>')),
    [s], "a short sponsor line given visibly and again as an image's alt text")

s = "The group's eel work is funded by the Corran Rivers Trust and the Lanthorn Science Fund."
real("en", "logo list", "site", site("en", (
    f'<section class="project"><h1>Lunn Weirs research group</h1>{P("en")}<h3>Funded by</h3><p>{s}</p><ul class="logos">'
    '<li><img src="/l1.png" alt="Corran Rivers Trust"></li><li><img src="/l2.png" alt="Lanthorn Science Fund"></li></ul>'
    '<h3>Partners</h3><ul class="logos"><li><img src="/l3.png" alt="Marrowby Angling Club"></li></ul></section>')),
    [s], "research group page: 'Funded by' heading, a sentence and logos; the Partners logos are not funders")

s = "Prace terenowe wsparł finansowo Wojewódzki Fundusz Ochrony Środowiska."
real("pl", "last sentence of paragraph", "news", news("pl", f'<p>{STORY["pl"][0]}</p><p>{STORY["pl"][1]} {s}</p>'),
     [s], "Polish statement ending the last story paragraph")

s = "The reporting for this story was supported by a grant from the Hollin Journalism Fund."
real("en", "editor's note", "news", news("en", f'{P("en")}<p><em>Editor\'s note: {s}</em></p>'),
     [s], "an italic editor's note: reporting supported by a journalism grant")

s = "Ang proyekto ay pinondohan ng isang donasyon mula sa pamilya Dizon."
real("tl", "news last paragraph", "news", news("tl", f'{P("tl")}<p>{s}</p>'), [s], "Tagalog statement naming a family donor")

s = "The study was funded by the Wenlow Foundation."
t = "About the Wenlow Foundation: the foundation funds research into rivers and wetlands across the region."
real("en", "press release boilerplate", "site", site("en", (
    f'<article class="press-release"><h1>Eels climb again at Marrowby</h1>{P("en")}<p>{s}</p>'
    f'<h3>Notes to editors</h3><p>{t}</p></article>'), title="Press release"),
    [s], "press release: the statement, then the funder's own 'About' boilerplate (describes the funder: not the value)",
    not_funding=[t])

s = "This newsletter is made possible by the Tamsin Reed Trust."
real("en", "newsletter", "site", site("en", f'<div class="newsletter"><h1>River Notes, issue 41</h1>{P("en")}<p class="colophon">{s}</p></div>'),
     [s], "newsletter colophon")

s = "This episode is sponsored by the Lunn Catchment Partnership."
real("en", "podcast", "site", site("en", (
    '<div class="episode"><h1>Episode 12: Eels at the weir</h1><p>We talk to Priya Fane about night filming.</p>'
    '<div class="ad-banner">Ad: Try Brookline waders, 20% off this month.</div>'
    f'<p>{s}</p></div>'), title="River Talk podcast"),
    [s], "podcast episode sponsor statement beside an 'Ad:' banner", not_funding=["Ad: Try Brookline waders, 20% off this month."])

s = "Die Ausstellung wird ermöglicht durch die großzügige Unterstützung der Familie Aldinger."
real("de", "exhibition credit", "site", site("de", (
    '<div class="exhibition"><h1>Aal und Wehr – eine Ausstellung</h1><p>Vom 3. Dezember an im Mühlenmuseum Marrowby.</p>'
    f'<div class="credits"><p>{s}</p><p>Gestaltung: Studio Feld</p></div></div>'), title="Mühlenmuseum"),
    [s], "exhibition credit block naming a family's support", not_funding=["Gestaltung: Studio Feld"])

s = "El festival cuenta con el apoyo de la Fundación Ríos del Norte."
real("es", "festival supported by", "site", site("es", (
    '<div class="festival"><h1>Festival de la Anguila 2026</h1><p>Tres días de charlas y visitas nocturnas a los azudes.</p>'
    f'<h3>Con el apoyo de</h3><p>{s}</p><h3>Socios</h3><p>Club de Pesca de Marrowby</p><h3>Medios colaboradores</h3><p>Radio Lunn</p></div>'), title="Festival"),
    [s], "festival page: 'Con el apoyo de' statement beside Partners and Media partners (not)",
    not_funding=["Club de Pesca de Marrowby", "Radio Lunn"])

s = "Le projet est cofinancé par l'Union européenne (FEDER) et la Région Val-de-Lunn."
real("fr", "co-financed notice", "site", site("fr", f'<h1>{TITLE["fr"]}</h1>{P("fr")}', footer=f'<div class="cofinance"><img src="/ue.png" alt="Drapeau de l\'UE"><p>{s}</p></div>'),
     [s], "French co-financing notice in the site footer")

s = "My work on the Lunn eels is funded by a fellowship from the Ostrander Trust."
real("en", "personal blog", "site", site("en", f'<div class="post"><h1>Notes from the weir, week 30</h1>{P("en")}<p>{s}</p></div>', title="A river blog"),
     [s], "first-person statement on a personal research blog")

s = "A Fundação Tejo Vivo pagou o estudo."
real("pt", "news active voice", "news", news("pt", f'<p>{STORY["pt"][0]}</p><p>{s} A Câmara de Marrowby cedeu o acesso aos açudes.</p><p>{STORY["pt"][1]}</p>'),
     [s], "Portuguese active voice statement mid-story", not_funding=["A Câmara de Marrowby cedeu o acesso aos açudes."])

s = "L'équipe vient de recevoir une subvention de 1,2 million d'euros de la Fondation Aubrac-Lumen pour poursuivre le comptage."
real("fr", "grant to the team", "news", news("fr", f'{P("fr")}<p>{s}</p>'),
     [s], "news of a grant to the very team the story is about: the work's funder")


# ---- hard negatives ----
neg("en", "crowdfunding news", "news", news("en", P("en") + (
    "<p>Separately, a crowdfunding campaign to rebuild the Pellon footbridge has raised £18,000 from 600 backers.</p>"
    "<p>Organisers said the money would be spent on timber and railings.</p>")), "crowdfunding for a footbridge reported as news")
neg("en", "sponsored content label", "news", news("en", (
    '<div class="label">Sponsored content</div><p>Brookline waders keep you dry on the riverbank all winter.</p>'
    '<p>Paid for and presented by Brookline Outdoor.</p>')), "advertorial with a 'Sponsored content' label")
neg("de", "partner content label", "news", news("de", (
    '<p class="kicker">Partner-Inhalt</p><p>Mit dem neuen Flussrad von Velotec erreichen Sie jedes Wehr an der Lunn.</p>'
    '<p>Dieser Beitrag entstand in Zusammenarbeit mit Velotec.</p>')), "advertorial labelled Partner-Inhalt")
neg("en", "supported browsers", "site", site("en", (
    '<h1>Watch the eel cameras live</h1><p>The live stream shows the Pellon ramp every night from dusk.</p>'
    '<h3>Supported browsers</h3><ul><li>Firefox 128 and later</li><li>Chrome 126 and later</li><li>Safari 17</li></ul>'
    '<p>Older devices are not supported.</p>'), title="Live cameras"), "supported-browser list")
neg("en", "funder boilerplate only", "site", site("en", (
    '<article class="press-release"><h1>Wenlow Foundation opens a new office in Marrowby</h1>'
    '<p>The Wenlow Foundation will open an office on Mill Street in January, its chair said.</p>'
    '<p>About the Wenlow Foundation: the foundation funds research into rivers and wetlands across the region.</p></article>'), title="Press release"),
    "a funder's own press release with its 'About' boilerplate: no work's funding")
neg("en", "job ad funded position", "site", site("en", (
    '<div class="job"><h1>Fully funded PhD position: eel migration at historic weirs</h1>'
    '<p>We offer a funded PhD studentship for 3.5 years, covering fees and a stipend.</p>'
    '<p>Applications close on 15 January 2027.</p></div>'), title="Vacancies"), "job advert for a funded PhD position")
neg("es", "apoyar una moción", "news", news("es", (
    "<p>El pleno de Marrowby apoyó por mayoría la moción para limpiar las orillas del Lunn.</p>"
    "<p>La oposición votó en contra y pidió más apoyo para los molineros.</p>")), "Spanish 'apoyar' a motion and asking for support")
neg("fr", "soutenir une équipe", "news", news("fr", (
    "<p>Quelque 2 000 supporters sont venus soutenir l'équipe de Marrowby en finale de la coupe régionale.</p>"
    "<p>Le club est soutenu par ses fidèles depuis quarante ans.</p>")), "French 'soutenir' a team")
neg("de", "fördern Öl und Talente", "news", news("de", (
    "<p>Vor der Küste wird weiter Öl gefördert, obwohl die Menge sinkt.</p>"
    "<p>Der Verein fördert junge Talente und bietet dienstags ein Schwimmtraining an.</p>")), "German 'fördern' as oil extraction and promoting talent")
neg("it", "finanziare bilancio comunale", "news", news("it", (
    "<p>Il Comune di Marrowby finanzierà con 300.000 euro il rifacimento di piazza del Mulino.</p>"
    "<p>Il bilancio prevede anche fondi per l'illuminazione delle strade.</p>")), "Italian city budget financing a square")
neg("en", "city funded a bridge", "news", news("en", P("en") + (
    "<p>The city funded a new footbridge last year and has promised a car park by the weir.</p>")), "the council funding a bridge as news")
neg("en", "political support", "news", news("en", (
    "<p>A plan to remove two weirs was supported by the Green Party and backed by a council vote on Tuesday.</p>"
    "<p>Mill owners said they would appeal.</p>")), "political support and a council vote")
neg("en", "sport sponsorship", "news", news("en", (
    "<p>Marrowby Rowing Club has a new shirt sponsor: Riverside Ales will sponsor the club for three seasons.</p>"
    "<p>The first race is on the Lunn in April.</p>")), "sport sponsorship news")
neg("en", "donation box", "news", news("en", P("en"), after=(
    '<div class="support-box"><h3>Support our journalism</h3><p>Readers like you keep the Lunn Valley Post free. '
    'Donate from £3 a month.</p><a class="button" href="/donate">Donate</a></div>')), "'Support our journalism' donation box")
neg("en", "quoted speech", "news", news("en", (
    f'<p>{STORY["en"][0]}</p><p>“We were funded by nobody for the first year,” said Priya Fane, who filmed on her own time.</p>'
    '<p>She still keeps the first camera on her desk.</p>')), "funding words in quoted speech, no funder named")
neg("ru", "supported devices", "site", site("ru", (
    "<h1>Приложение «Счётчик угрей»</h1><p>Приложение считает угрей по ночной съёмке.</p>"
    "<h3>Поддерживаемые устройства</h3><ul><li>Android 12 и новее</li><li>iOS 17 и новее</li></ul>"), title="Счётчик угрей"),
    "Russian supported devices list")
neg("ja", "ad label", "news", news("ja", P("ja"), after='<div class="ad"><span>広告</span><p>スポンサー：リバーサイド釣具店 冬のセール開催中</p></div>'),
    "Japanese ad box with a sponsor label")
neg("zh", "crowdfunding news", "news", news("zh", "<p>马罗比一家咖啡馆通过众筹筹得12万元，用于翻修老磨坊。</p><p>店主说，支持者将获得一年的免费咖啡。</p>"),
    "Chinese crowdfunding reported as news")
neg("ko", "fan support", "news", news("ko", "<p>매로비 조정팀은 팬들의 뜨거운 응원과 후원 속에 결승에 올랐다.</p><p>경기는 다음 달 런강에서 열린다.</p>"),
    "Korean fans' support for a team")
neg("ar", "government budget", "news", news("ar", "<p>خصصت البلدية في موازنتها الجديدة مليون دينار لتمويل إصلاح الجسور والطرق.</p><p>وقال رئيس البلدية إن الأعمال تبدأ في الربيع.</p>"),
    "Arabic municipal budget story")
neg("he", "donation appeal", "news", news("he", P("he"), after='<div class="donate"><h3>תמכו בעיתונות עצמאית</h3><p>כל תרומה עוזרת לנו להמשיך לדווח.</p></div>'),
    "Hebrew donation appeal")
neg("fa", "technical support", "site", site("fa", "<h1>پشتیبانی فنی</h1><p>برای پشتیبانی فنی دوربین‌ها با ما تماس بگیرید.</p><p>ساعات پشتیبانی: شنبه تا چهارشنبه.</p>", title="پشتیبانی"),
    "Persian technical support page")
neg("ur", "political backing", "news", news("ur", "<p>بند ہٹانے کی تجویز کو بلدیاتی کونسل کی اکثریت کی حمایت حاصل ہوئی۔</p><p>مخالفین نے فیصلے پر تنقید کی۔</p>"),
    "Urdu majority support for a proposal")
neg("hi", "startup funding round", "news", news("hi", "<p>मैरोबी की एक जल-तकनीक कंपनी ने सीरीज़ बी दौर में 20 करोड़ रुपये जुटाए।</p><p>कंपनी नए कार्यालय खोलेगी।</p>"),
    "Hindi start-up funding round")
neg("bn", "gala fundraising", "news", news("bn", "<p>ম্যারোবির দাতব্য নৈশভোজে শিশু হাসপাতালের জন্য চল্লিশ হাজার টাকা উঠেছে।</p><p>আয়োজকেরা সবাইকে ধন্যবাদ জানিয়েছেন।</p>"),
    "Bengali gala raising money for a ward")
neg("th", "sport sponsor", "news", news("th", "<p>ทีมเรือพายมาร์โรว์บีได้ผู้สนับสนุนรายใหม่สำหรับฤดูกาลหน้า</p><p>การแข่งขันนัดแรกจะจัดขึ้นในเดือนเมษายน</p>"),
    "Thai sport sponsor news")
neg("ms", "job ad", "site", site("ms", "<h1>Jawatan PhD bertaja penuh</h1><p>Kami menawarkan biasiswa penuh selama tiga tahun untuk kajian belut.</p><p>Permohonan ditutup pada 15 Januari.</p>", title="Jawatan kosong"),
    "Malay job ad for a funded PhD position")
neg("sw", "crowdfunding news", "news", news("sw", "<p>Wakazi wa Marrowby walichangisha shilingi milioni tano kupitia kampeni ya mtandaoni kujenga daraja jipya.</p><p>Ujenzi utaanza mwezi ujao.</p>"),
    "Swahili crowdfunding news")
neg("tl", "council funds a road", "news", news("tl", "<p>Pinondohan ng konseho ang pagsasaayos ng kalsada sa tabi ng ilog noong nakaraang taon.</p><p>Natapos ang proyekto noong Hunyo.</p>"),
    "Tagalog council funding a road as news")
neg("uk", "petition support", "news", news("uk", "<p>Петицію про збереження старого млина підтримали понад три тисячі мешканців.</p><p>Міська рада розгляне її в грудні.</p>"),
    "Ukrainian petition support")
neg("pl", "technical support", "site", site("pl", "<h1>Wsparcie techniczne</h1><p>Wsparcie techniczne dla kamer jest dostępne od poniedziałku do piątku.</p>", title="Pomoc"),
    "Polish technical support page")
neg("nl", "funding cuts", "news", news("nl", P("nl") + "<p>Intussen bezuinigt de provincie op natuursubsidies, wat volgens critici het rivierherstel vertraagt.</p>"),
    "Dutch funding-cuts reporting beside the story")
neg("sv", "donor wall", "site", site("sv", (
    '<h1>Våra givare</h1><ul class="donor-wall"><li>Anna Berg</li><li>Erik Lund</li><li>Marrowby Fiskeklubb</li><li>Familjen Ek</li></ul>'), title="Givare"),
    "a donor wall with no sentence about what was funded")
neg("fi", "device supports format", "site", site("fi", "<h1>Riistakamera RK-4</h1><p>Kamera tukee MP4- ja MOV-tiedostoja.</p><h3>Tuetut muistikortit</h3><p>microSD enintään 256 Gt</p>", title="Tuote"),
    "Finnish product page: supported formats")
neg("hu", "council awards to others", "site", site("hu", (
    "<h1>Pályázati eredmények 2026</h1><p>A Kutatási Tanács idén 42 projektet támogat, köztük egy balatoni halászati vizsgálatot.</p>"
    "<p>A következő pályázati felhívás márciusban nyílik.</p>"), title="Kutatási Tanács"), "Hungarian research council announcing awards to others")
neg("cs", "footnote citing a report", "news", news("cs", (
    f'<p>{STORY["cs"][0]}<sup>1</sup></p><p>{STORY["cs"][1]}</p>'
    '<ol class="notes"><li>Zpráva o financování ochrany řek 2025, Ministerstvo životního prostředí.</li></ol>')),
    "Czech footnote citing a funding report as a source")
neg("sk", "menu words", "news", news("sk", P("sk")).replace("<nav>", '<nav><a href="/granty">Granty</a> <a href="/sponzor">Sponzorujte nás</a> '),
    "Slovak menu with 'Granty' and 'Sponzorujte nás'")
neg("ro", "related stories", "news", news("ro", P("ro"), after=(
    '<section class="related"><h3>Citește și</h3><ul><li><a href="/a">Fundația Delta finanțează un nou muzeu la Tulcea</a></li>'
    '<li><a href="/b">Primăria a sponsorizat concertul de iarnă</a></li></ul></section>')),
    "Romanian related-stories headlines with funding words")
neg("el", "caption fans support", "news", news("el", P("el") + '<figure><img src="/k.jpg" alt=""><figcaption>Με την υποστήριξη των οπαδών, η ομάδα κέρδισε τον τελικό.</figcaption></figure>'),
    "Greek caption 'with the support of the fans'")
neg("tr", "sidebar advert", "news", news("tr", P("tr"), aside='<aside class="ad"><span>Sponsorlu</span><p>Nehir turları için şimdi rezervasyon yapın.</p></aside>'),
    "Turkish sponsored advert in a sidebar")
neg("bg", "supported by the evidence", "news", news("bg", "<p>Твърдението на кмета не се подкрепя от данните, казват експерти.</p><p>Общината ще публикува нов доклад.</p>"),
    "Bulgarian 'supported by the data' meaning evidence")
neg("hr", "product supported formats", "site", site("hr", "<h1>Podvodna kamera K2</h1><p>Podržani formati: MP4, AVI.</p><p>Cijena: 249 eura.</p>", title="Trgovina"),
    "Croatian product page with supported formats")
neg("sl", "price plan", "site", site("sl", "<h1>Postanite sponzor festivala</h1><ul><li>Sponzorski paket Bron: 500 evrov</li><li>Sponzorski paket Zlato: 2.000 evrov</li></ul>", title="Sponzorstvo"),
    "Slovenian sponsor tiers price list")
neg("lt", "sponsor tiers", "site", site("lt", "<h1>Remkite šį projektą</h1><ul><li>5 dolerių per mėnesį</li><li>25 dolerių per mėnesį</li></ul><a class='btn'>Tapti rėmėju</a>", title="Rėmėjai"),
    "Lithuanian sponsor tier list and button")
neg("lv", "powered by", "site", site("lv", f'<h1>{TITLE["lv"]}</h1>{P("lv")}', footer="<p>Darbina WordPress. Tēma: Riverline.</p>"),
    "Latvian 'powered by' software credit")
neg("et", "funding call", "site", site("et", "<h1>Taotlusvoor 2027</h1><p>Toetame projekte, mis parandavad jõgede seisundit.</p><p>Taotlused tuleb esitada 3. märtsiks.</p>", title="Fond"),
    "Estonian funding call page")
neg("ca", "charity annual report", "site", site("ca", (
    "<h1>Memòria anual 2025</h1><p>La fundació va concedir 14 ajuts a entitats de la comarca.</p>"
    "<table><tr><td>Escola de Pellon</td><td>8.000 euros</td></tr><tr><td>Club de rem</td><td>5.000 euros</td></tr></table>"), title="Memòria"),
    "Catalan charity's annual report listing its grants to others")
neg("id", "majority support", "news", news("id", "<p>Usulan pembongkaran bendung didukung oleh mayoritas anggota dewan.</p><p>Warga diminta memberi masukan hingga akhir bulan.</p>"),
    "Indonesian majority support")
neg("vi", "series b", "news", news("vi", "<p>Một công ty khởi nghiệp về nước ở Marrowby vừa huy động 20 triệu USD trong vòng gọi vốn Series B.</p><p>Công ty sẽ tuyển thêm kỹ sư.</p>"),
    "Vietnamese Series B news")
neg("pt", "football sponsor", "news", news("pt", "<p>O clube de Marrowby é patrocinado por uma cervejaria local desde 2019.</p><p>A equipa joga no domingo.</p>"),
    "Portuguese football sponsorship")
neg("da", "thanks to readers", "news", news("da", P("da") + "<p>Tak til alle læsere, der har sendt os billeder af ål.</p>"),
    "Danish general thanks to readers")
neg("nb", "support us box", "news", news("nb", P("nb"), after='<div class="stott"><h3>Støtt oss</h3><p>Bli abonnent og hjelp lokaljournalistikken.</p></div>'),
    "Norwegian 'Støtt oss' subscription box")
neg("en", "forum thread", "site", site("en", (
    '<div class="thread"><h1>Brush ramps: anyone tried them?</h1><div class="post"><p class="author">weirwatcher</p>'
    '<p>Our angling club on the Dee got a grant from the county last year for two ramps, worked well.</p></div>'
    '<div class="post"><p class="author">lunnlad</p><p>Thanks, will ask the council.</p></div></div>'), title="River forum"),
    "forum poster mentions a grant to another club")
neg("en", "accordion closed faq", "site", site("en", (
    f'<h1>Lunn Weirs Project</h1>{P("en")}<div class="faq"><button aria-expanded="false">Is the ramp supported by the weir wall?</button>'
    '<div class="collapse" hidden><p>Yes, the ramp is supported by steel brackets bolted to the wall.</p></div></div>')),
    "closed FAQ accordion: 'supported' as a physical support")
neg("de", "caption fans Unterstützung", "news", news("de", P("de") + '<figure><img src="/r.jpg" alt=""><figcaption>Mit Unterstützung der Fans gewann der Ruderclub Marrowby das Rennen.</figcaption></figure>'),
    "German caption 'Mit Unterstützung der Fans'")
neg("en", "crowdfunding campaign page", "site", site("en", (
    '<div class="campaign"><h1>Eel cam for the school</h1><p>Thank you to all 212 backers!</p><p>We reached 140% of our goal.</p></div>'), title="Campaign"),
    "crowdfunding page thanking backers without saying what they funded")
neg("en", "sponsor this project button", "site", site("en", (
    '<div class="readme"><h1>weircount</h1><p>Count eels in night video.</p><a class="btn" href="/sponsors">Sponsor this project</a>'
    '<h2>Sponsors</h2><ul class="tiers"><li>$5 a month: name in README</li><li>$50 a month: logo</li></ul></div>'), title="weircount"),
    "repository page with a sponsor button and tier list")
neg("en", "become a sponsor", "site", site("en", (
    '<div class="conf"><h1>Rivers and Passage Workshop 2027</h1><p>Two days of talks in Marrowby.</p>'
    '<h3>Become a sponsor</h3><p>Sponsorship packages start at £500; contact us.</p></div>'), title="Workshop"),
    "conference's 'Become a sponsor' call")
neg("en", "funder spokesperson", "news", news("en", (
    "<p>The Wenlow Foundation has given £2 million to twelve river charities this year, its spokesperson Jo Hart said.</p>"
    "<p>“We want the money to reach small groups,” she added.</p>")), "a funder's spokesperson on money given to others")
neg("fr", "annonce subvention tiers", "news", news("fr", "<p>La Région a accordé une subvention de 50 000 euros au club de canoë de Pellon pour son nouveau hangar.</p><p>Les travaux commencent en mai.</p>"),
    "French grant announced as news about a third party")
neg("es", "ahorro inversión", "news", news("es", "<p>Los inversores financiaron la compra de la vieja fábrica de harinas.</p><p>El nuevo hotel abrirá en 2028.</p>"),
    "Spanish investors financing a takeover")
neg("it", "tifosi pagano", "news", news("it", "<p>I tifosi hanno pagato di tasca propria la trasferta della squadra a Pellon.</p><p>La partita è finita in pareggio.</p>"),
    "Italian fans footing the bill for a trip")
neg("ja", "supported os", "site", site("ja", "<h1>ウナギ計数アプリ</h1><p>対応OS：Android 12以降、iOS 17以降</p><p>サポートへのお問い合わせはこちら。</p>", title="アプリ"),
    "Japanese supported OS list")
neg("ko", "sponsored label", "news", news("ko", '<p class="label">광고</p><p>런강 카약 투어를 지금 예약하세요.</p><p>제공: 리버투어</p>'),
    "Korean advertorial label")
neg("zh", "related headlines", "news", news("zh", P("zh"), after='<section class="related"><h3>相关新闻</h3><ul><li><a href="/x">基金会资助新建博物馆</a></li><li><a href="/y">赞助商退出划船赛</a></li></ul></section>'),
    "Chinese related headlines with funding words")


def main() -> None:
    built: dict[str, tuple[str, dict]] = {}
    for lang, where, kind, html, statements, not_funding, keep, note in REAL:
        built[f"r121-{len(built) + 1:03d}"] = (html, {
            "funding": statements, "where": where, "lang": lang, "must_keep_in_body": keep,
            "not_funding": not_funding, "note": f"{note} ({kind})"})
    for lang, where, kind, html, note in NEG:
        built[f"r121-{len(built) + 1:03d}"] = (html, {
            "funding": [], "where": where, "lang": lang, "must_keep_in_body": [], "note": f"{note} ({kind})"})
    write_corpus(HERE, built)


if __name__ == "__main__":
    main()
