"""Builds held-out funding round 96 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the trial, the bog, funders, grant numbers and people do not exist.
Written by a helper from the definition of `funding` alone, without reading the detector's code or
any earlier round's cases: a peatland restoration trial (ditches blocked, moss replanted) on the
invented bog of Harrowmoss: 154 pages in 42 languages, 87 with statements (97 strings) and 67 hard
negatives, 87 of the pages shaped like sites outside newsrooms (page-builder widgets, journal pages with metadata lists and tables, exhibition, festival
and concert credits, documentation, product, forum, funding-call and annual-report pages). New this
round: a lead-in sentence followed by a list of funders, journal metadata in a <dl> or <table>,
"made possible by" / "with the generous support of" credits, an italic editor's note on a reporting
grant, a statement given twice (body and article footer: one value expected); negatives: funding
calls, Series B news, "Support our journalism" boxes, a charity's report of its own grants.

Conventions: for run-in labels, headings, <dt>/<th> cells ("Funding:", "Förderung") the statement is
the text after the label, without it; for a lead-in followed by a list, the lead-in sentence and each
list item are listed as separate strings (together, the whole statement); footnote markers are not
part of a statement; in paragraphs mixing thanks and a grant only the grant sentence is listed.

usage: python benchmarks/funding-round96/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import html as htmllib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import write_corpus

# Two sentences of the report in each language: the Harrowmoss rewetting trial.
STORY = {
    "en": ["Blocking old drainage ditches raised the water table across most of the Harrowmoss bog within two winters, the trial's first results show.",
           "Volunteers replanted sphagnum moss on eleven bare plots, and nine of them are now green again."],
    "de": ["Das Verschließen alter Entwässerungsgräben hat den Wasserstand im Moor Harrowmoss innerhalb von zwei Wintern deutlich angehoben.",
           "Freiwillige pflanzten auf elf kahlen Flächen Torfmoos, neun davon sind inzwischen wieder grün."],
    "fr": ["Le comblement d'anciens fossés de drainage a fait remonter la nappe dans presque toute la tourbière de Harrowmoss en deux hivers.",
           "Des bénévoles ont replanté de la sphaigne sur onze parcelles nues, dont neuf ont reverdi."],
    "es": ["El cierre de antiguas zanjas de drenaje elevó el nivel freático en casi toda la turbera de Harrowmoss en dos inviernos.",
           "Voluntarios replantaron musgo esfagno en once parcelas desnudas y nueve ya vuelven a estar verdes."],
    "it": ["La chiusura dei vecchi fossi di drenaggio ha fatto risalire la falda in quasi tutta la torbiera di Harrowmoss in due inverni.",
           "I volontari hanno ripiantato sfagno su undici parcelle spoglie e nove sono tornate verdi."],
    "pt": ["O bloqueio de antigas valas de drenagem elevou o lençol freático em quase toda a turfeira de Harrowmoss em dois invernos.",
           "Voluntários replantaram musgo esfagno em onze parcelas nuas, e nove já estão verdes de novo."],
    "nl": ["Het dichten van oude afwateringssloten heeft het waterpeil in bijna het hele veen van Harrowmoss binnen twee winters verhoogd.",
           "Vrijwilligers plantten veenmos op elf kale proefvlakken; negen daarvan zijn weer groen."],
    "pl": ["Zasypanie starych rowów melioracyjnych podniosło poziom wody w niemal całym torfowisku Harrowmoss w ciągu dwóch zim.",
           "Wolontariusze posadzili torfowce na jedenastu gołych poletkach, a dziewięć z nich znów jest zielonych."],
    "sv": ["Igenläggningen av gamla diken har höjt grundvattnet i nästan hela mossen Harrowmoss på två vintrar.",
           "Frivilliga planterade vitmossa på elva kala rutor, och nio av dem är gröna igen."],
    "da": ["Lukningen af gamle drængrøfter har hævet vandstanden i næsten hele mosen Harrowmoss på to vintre.",
           "Frivillige genplantede tørvemos på elleve bare felter, og ni af dem er grønne igen."],
    "nb": ["Tettingen av gamle grøfter har hevet vannstanden i nesten hele myra Harrowmoss på to vintre.",
           "Frivillige plantet torvmose på elleve bare ruter, og ni av dem er grønne igjen."],
    "fi": ["Vanhojen ojien tukkiminen nosti pohjaveden pintaa lähes koko Harrowmossin suolla kahdessa talvessa.",
           "Vapaaehtoiset istuttivat rahkasammalta yhdelletoista paljaalle koealalle, ja yhdeksän niistä on jälleen vihreitä."],
    "hu": ["A régi vízelvezető árkok elzárása két tél alatt megemelte a talajvizet szinte az egész harrowmossi lápon.",
           "Önkéntesek tőzegmohát ültettek tizenegy csupasz parcellára, ezek közül kilenc ismét zöld."],
    "cs": ["Zahrazení starých odvodňovacích příkopů zvedlo během dvou zim hladinu vody téměř v celém rašeliništi Harrowmoss.",
           "Dobrovolníci znovu vysadili rašeliník na jedenácti holých plochách a devět z nich je opět zelených."],
    "sk": ["Zahradenie starých odvodňovacích kanálov zvýšilo počas dvoch zím hladinu vody takmer v celom rašelinisku Harrowmoss.",
           "Dobrovoľníci vysadili rašelinník na jedenástich holých plochách a deväť z nich je opäť zelených."],
    "ro": ["Blocarea vechilor canale de drenaj a ridicat nivelul apei în aproape toată turbăria Harrowmoss în două ierni.",
           "Voluntarii au replantat mușchi de turbă pe unsprezece parcele golașe, iar nouă dintre ele sunt din nou verzi."],
    "el": ["Το κλείσιμο παλιών αποστραγγιστικών τάφρων ανέβασε τη στάθμη του νερού σε σχεδόν όλο τον τυρφώνα του Harrowmoss μέσα σε δύο χειμώνες.",
           "Εθελοντές φύτεψαν ξανά σφάγνο σε έντεκα γυμνά αγροτεμάχια και τα εννέα είναι πάλι πράσινα."],
    "tr": ["Eski drenaj kanallarının kapatılması, iki kış içinde Harrowmoss turbalığının neredeyse tamamında su seviyesini yükseltti.",
           "Gönüllüler on bir çıplak parsele turba yosunu dikti; bunlardan dokuzu yeniden yeşerdi."],
    "ru": ["Перекрытие старых осушительных канав за две зимы подняло уровень воды почти на всём болоте Харроумосс.",
           "Волонтёры заново посадили сфагнум на одиннадцати голых участках, девять из них снова зелёные."],
    "uk": ["Перекриття старих осушувальних канав за дві зими підняло рівень води майже на всьому болоті Гарроумосс.",
           "Волонтери знову висадили сфагнум на одинадцяти голих ділянках, дев'ять із них знову зелені."],
    "bg": ["Затварянето на стари отводнителни канали повиши нивото на водата в почти цялото торфище Хароумос за две зими.",
           "Доброволци засадиха отново сфагнум на единадесет голи парцела, девет от тях отново са зелени."],
    "hr": ["Zatvaranje starih odvodnih kanala podiglo je razinu vode u gotovo cijelom tresetištu Harrowmoss tijekom dviju zima.",
           "Volonteri su ponovno zasadili tresetni mah na jedanaest golih ploha, a devet ih je opet zeleno."],
    "sl": ["Zapiranje starih odvodnih jarkov je v dveh zimah dvignilo gladino vode skoraj na celotnem barju Harrowmoss.",
           "Prostovoljci so na enajst golih ploskev znova posadili šotni mah, devet jih je spet zelenih."],
    "lt": ["Senų melioracijos griovių užtvėrimas per dvi žiemas pakėlė vandens lygį beveik visoje Harrowmoss pelkėje.",
           "Savanoriai vienuolikoje plikų bandomųjų plotų vėl pasodino kiminų, devyni jau žaliuoja."],
    "lv": ["Veco meliorācijas grāvju aizsprostošana divu ziemu laikā paaugstināja ūdens līmeni gandrīz visā Harrowmoss purvā.",
           "Brīvprātīgie atkal iestādīja sfagnus vienpadsmit kailos laukumos, un deviņi no tiem atkal ir zaļi."],
    "et": ["Vanade kuivenduskraavide sulgemine tõstis kahe talvega veetaset peaaegu kogu Harrowmossi rabas.",
           "Vabatahtlikud istutasid turbasammalt üheteistkümnele paljale proovialale, neist üheksa on taas rohelised."],
    "ca": ["El tancament de velles rases de drenatge va fer pujar el nivell freàtic a gairebé tota la torbera de Harrowmoss en dos hiverns.",
           "Voluntaris van replantar molsa esfagne en onze parcel·les nues, i nou ja tornen a ser verdes."],
    "ja": ["古い排水溝をふさいだ結果、ハロウモス湿原のほぼ全域で二冬のうちに地下水位が上がった。",
           "ボランティアが裸地の区画11か所にミズゴケを植え直し、そのうち9か所が再び緑に戻った。"],
    "zh": ["封堵旧排水沟后，哈罗莫斯泥炭地几乎全境的地下水位在两个冬天内明显回升。",
           "志愿者在十一块裸露样地上重新种植泥炭藓，其中九块已重新变绿。"],
    "ko": ["오래된 배수로를 막은 뒤 두 번의 겨울 만에 해로모스 이탄습지 거의 전역에서 지하수위가 올라갔다.",
           "자원봉사자들이 맨땅 구획 열한 곳에 물이끼를 다시 심었고, 그중 아홉 곳이 다시 초록빛을 되찾았다."],
    "ar": ["أدى سد قنوات التصريف القديمة إلى رفع منسوب المياه في معظم مستنقع هارومس الخثي خلال شتاءين.",
           "أعاد متطوعون زراعة طحلب الخث في إحدى عشرة قطعة عارية، وعادت تسع منها خضراء."],
    "he": ["חסימת תעלות ניקוז ישנות העלתה את מפלס המים כמעט בכל ביצת הכבול הרומוס בתוך שני חורפים.",
           "מתנדבים שתלו מחדש טחב כבול באחת עשרה חלקות חשופות, ותשע מהן שבו להוריק."],
    "fa": ["بستن کانال‌های زهکشی قدیمی در دو زمستان سطح آب را تقریباً در سراسر تورب‌زار هارومس بالا برد.",
           "داوطلبان در یازده قطعهٔ لخت دوباره خزهٔ اسفاگنوم کاشتند و نُه قطعه دوباره سبز شده است."],
    "ur": ["پرانی نکاسی نالیوں کو بند کرنے سے دو سردیوں میں ہیرومس دلدل کے تقریباً پورے علاقے میں پانی کی سطح بلند ہو گئی۔",
           "رضاکاروں نے گیارہ خالی قطعات پر اسفیگنم کائی دوبارہ لگائی، جن میں سے نو پھر سے ہرے ہو گئے ہیں۔"],
    "hi": ["पुरानी जल-निकासी नालियों को बंद करने से दो सर्दियों में हैरोमॉस दलदल के लगभग पूरे हिस्से में जल-स्तर ऊपर आ गया।",
           "स्वयंसेवकों ने ग्यारह खाली भूखंडों पर स्फैग्नम काई फिर से लगाई, जिनमें से नौ फिर हरे हो गए हैं।"],
    "bn": ["পুরনো নিষ্কাশন নালা বন্ধ করায় দুই শীতে হ্যারোমস জলাভূমির প্রায় পুরো অংশে পানির স্তর বেড়েছে।",
           "স্বেচ্ছাসেবকেরা এগারোটি খালি প্লটে আবার স্ফ্যাগনাম শ্যাওলা লাগিয়েছেন, তার নয়টি আবার সবুজ হয়েছে।"],
    "id": ["Penutupan parit drainase lama menaikkan muka air di hampir seluruh lahan gambut Harrowmoss dalam dua musim dingin.",
           "Para relawan menanam kembali lumut sphagnum di sebelas petak gundul, dan sembilan di antaranya kini hijau lagi."],
    "ms": ["Penutupan parit saliran lama menaikkan paras air di hampir seluruh tanah gambut Harrowmoss dalam dua musim sejuk.",
           "Sukarelawan menanam semula lumut sfagnum di sebelas petak gondol, dan sembilan daripadanya kini hijau semula."],
    "vi": ["Việc lấp các mương thoát nước cũ đã nâng mực nước ở gần như toàn bộ đầm lầy than bùn Harrowmoss chỉ sau hai mùa đông.",
           "Tình nguyện viên trồng lại rêu than bùn trên mười một ô đất trống, và chín ô đã xanh trở lại."],
    "th": ["การปิดคูระบายน้ำเก่าทำให้ระดับน้ำในพรุแฮร์โรว์มอสสูงขึ้นเกือบทั้งพื้นที่ภายในสองฤดูหนาว",
           "อาสาสมัครปลูกมอสสแฟกนัมใหม่บนแปลงโล่งสิบเอ็ดแปลง และเก้าแปลงกลับมาเขียวอีกครั้ง"],
    "tl": ["Ang pagsasara ng mga lumang kanal ay nagpataas ng tubig sa halos buong lusak ng Harrowmoss sa loob ng dalawang taglamig.",
           "Muling nagtanim ng lumot na sphagnum ang mga boluntaryo sa labing-isang hubad na lote, at siyam na ang muling lumuntian."],
    "sw": ["Kuziba mitaro ya zamani ya kutoa maji kumeinua kiwango cha maji karibu katika kinamasi chote cha Harrowmoss ndani ya majira mawili ya baridi.",
           "Wajitolea walipanda upya moss ya sphagnum katika vipande kumi na moja vilivyokuwa wazi, na tisa sasa ni kijani tena."],
}

DIR = {"ar", "he", "fa", "ur"}


def shell(lang: str, title: str, inner: str, after: str = "", shape: str = "news") -> str:
    """One page in `lang`: `inner` is the article's content (below its h1), `after` what follows the
    article inside the page's main column; `shape` picks the site's skeleton."""
    d = ' dir="rtl"' if lang in DIR else ""
    head = (f'<!doctype html><html lang="{lang}"{d}><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:title" content="{title}"></head>')
    if shape == "news":
        return (f'{head}<body><header class="site-header"><a href="/">Moorland Courier</a><nav><a href="/news">News</a> '
                f'<a href="/science">Science</a> <a href="/environment">Environment</a></nav></header><main>'
                f'<article><header><h1>{title}</h1><p class="byline">By Tamsin Ockley · 4 March 2026</p></header>\n{inner}\n'
                f'</article>\n{after}</main><footer class="site-footer"><p>© 2026 Moorland Courier</p>'
                f'<a href="/privacy">Privacy</a></footer></body></html>')
    if shape == "wp":
        return (f'{head}<body class="page-template elementor-page"><header class="elementor-location-header">'
                f'<nav class="menu"><a href="/">Home</a> <a href="/project">Project</a> <a href="/contact">Contact</a></nav></header>'
                f'<div class="elementor elementor-1207"><section class="elementor-section"><div class="elementor-container">'
                f'<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">'
                f'<div class="elementor-widget elementor-widget-heading"><h1 class="elementor-heading-title">{title}</h1></div>'
                f'<div class="elementor-widget elementor-widget-text-editor">\n{inner}\n</div></div></div>'
                f'<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">\n{after}\n</div></div>'
                f'</div></section></div><footer class="elementor-location-footer"><p>© 2026</p></footer></body></html>')
    if shape == "journal":
        return (f'{head}<body><header><a href="/">Journal of Mire Ecology</a><nav><a href="/issues">Issues</a> '
                f'<a href="/submit">Submit</a></nav></header><main><article class="article">'
                f'<h1 class="article-title">{title}</h1><p class="authors">R. Vantongeren, L. Ashdale, M. Korhonen</p>\n{inner}\n'
                f'</article>\n{after}</main><footer><p>© 2026 Journal of Mire Ecology</p></footer></body></html>')
    if shape == "org":
        return (f'{head}<body><header class="masthead"><nav><a href="/">Home</a> <a href="/about">About</a> '
                f'<a href="/events">Events</a> <a href="/visit">Visit</a></nav></header><main id="content">'
                f'<h1>{title}</h1>\n<div class="entry-content">\n{inner}\n</div>\n{after}</main>'
                f'<footer><p>© 2026</p><a href="/imprint">Imprint</a></footer></body></html>')
    if shape == "docs":
        return (f'{head}<body><nav class="sidebar"><a href="/docs/install">Install</a> <a href="/docs/api">API</a> '
                f'<a href="/docs/changelog">Changelog</a></nav><div class="document"><div class="body" role="main">'
                f'<h1>{title}</h1>\n{inner}\n</div>\n{after}</div><footer>Built with a static site generator.</footer></body></html>')
    if shape == "forum":
        return (f'{head}<body><header><a href="/">Peat &amp; Mire Forum</a></header><main><h1>{title}</h1>\n{inner}\n'
                f'{after}</main><footer><p>Forum rules</p></footer></body></html>')
    raise ValueError(shape)


def paras(lang: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in STORY[lang])


def text_of(page: str) -> str:
    body = re.sub(r"<head>.*?</head>", " ", page, flags=re.DOTALL)
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", body)).split())


# Real statements: (lang, where, shape, title, inner, after, statements, not_funding, keep, note).
REAL: list[tuple] = []
# Hard negatives: (lang, where, shape, title, inner, after, note).
NEG: list[tuple] = []


def real(lang, where, shape, title, inner, after, statements, note, not_funding=(), keep=()):
    REAL.append((lang, where, shape, title, inner, after, list(statements), list(not_funding), list(keep), note))


def neg(lang, where, shape, title, inner, after, note):
    NEG.append((lang, where, shape, title, inner, after, note))


# ---- real statements -------------------------------------------------------------------------
S = "This work was supported by:"
real("en", "lead-in and list", "journal", "Ditch blocking and water-table recovery on a raised bog",
     paras("en") + f'<section class="back-matter"><h2>Acknowledgements</h2><p>{S}</p><ul>'
     "<li>the Ellery Moor Trust (grant EMT-2291);</li><li>the Northern Uplands Research Council (award NURC/24/0815);</li>"
     "<li>the Quillon Family Fund.</li></ul></section>", "",
     [S, "the Ellery Moor Trust (grant EMT-2291);", "the Northern Uplands Research Council (award NURC/24/0815);", "the Quillon Family Fund."],
     "lead-in sentence followed by a list of funders with grant numbers")

S = "Diese Arbeit wurde unterstützt von:"
real("de", "lead-in and list after body", "news", "Im Moor Harrowmoss steigt das Wasser wieder",
     paras("de") + f"<p>{S}</p><ul><li>Hollmann-Stiftung für Landschaft (Förderkennzeichen HS-77-031)</li>"
     "<li>Landesamt für Moorschutz (Projekt LM 4410)</li></ul>", "",
     [S, "Hollmann-Stiftung für Landschaft (Förderkennzeichen HS-77-031)", "Landesamt für Moorschutz (Projekt LM 4410)"],
     "German lead-in and list")

real("de", "journal dl Förderung", "journal", "Wiedervernässung eines Hochmoors: Ergebnisse nach zwei Wintern",
     paras("de") + '<dl class="article-meta"><dt>Eingegangen</dt><dd>12. Januar 2026</dd><dt>Förderung</dt>'
     "<dd>Die Studie wurde von der Deutschen Moorgesellschaft gefördert (Projektnummer DMG-5520).</dd>"
     "<dt>Interessenkonflikt</dt><dd>Die Autorinnen erklären, dass keine Interessenkonflikte bestehen.</dd></dl>", "",
     ["Die Studie wurde von der Deutschen Moorgesellschaft gefördert (Projektnummer DMG-5520)."],
     "Förderung as a <dt> in an article metadata list; conflict line kept",
     keep=["Die Autorinnen erklären, dass keine Interessenkonflikte bestehen."])

real("en", "journal table Funding", "journal", "Sphagnum transplant survival on a rewetted bog",
     paras("en") + '<table class="article-info"><tr><th>Received</th><td>3 February 2026</td></tr>'
     "<tr><th>Funding</th><td>Funded by the Harlan Peat Foundation under award HPF-19-204.</td></tr>"
     "<tr><th>Competing interests</th><td>The authors declare no competing interests.</td></tr></table>", "",
     ["Funded by the Harlan Peat Foundation under award HPF-19-204."],
     "Funding as a <th> beside the statement; competing interests kept",
     keep=["The authors declare no competing interests."])

real("fr", "journal table Financement", "journal", "Remise en eau d'une tourbière haute : deux hivers de suivi",
     paras("fr") + '<table class="meta"><tr><th>Financement</th><td>Ce travail a été financé par la Fondation Lavergne-Oudin '
     "(convention n° FLO-2025-118).</td></tr><tr><th>Conflits d'intérêts</th><td>Aucun.</td></tr></table>", "",
     ["Ce travail a été financé par la Fondation Lavergne-Oudin (convention n° FLO-2025-118)."],
     "French Financement as <th>")

real("en", "exhibition made possible", "org", "Bog Bodies of Water: an exhibition on peat",
     "<p>The exhibition follows the Harrowmoss trial from the first blocked ditch to the return of the moss, with cores, sound recordings and drawings.</p>"
     '<div class="credits"><p>The exhibition is made possible by the Ashcombe Arts Endowment and the Friends of Wendlow Museum.</p></div>',
     '<aside class="visit"><h2>Visit</h2><p>Open Tuesday to Sunday, 10:00 to 17:00.</p></aside>',
     ["The exhibition is made possible by the Ashcombe Arts Endowment and the Friends of Wendlow Museum."],
     "exhibition credit, made possible by")

real("en", "concert generous support", "org", "Songs from the Moss: a concert for the bog",
     "<p>Four composers wrote new pieces after walking the Harrowmoss boardwalk with the trial's ecologists.</p>"
     "<p><em>Tonight's concert is presented with the generous support of the Pellerin Music Trust.</em></p>", "",
     ["Tonight's concert is presented with the generous support of the Pellerin Music Trust."],
     "concert page, with the generous support of")

real("es", "festival generous support", "wp", "Festival de la Turbera 2026",
     "<p>Tres días de paseos guiados, charlas y música junto a la turbera de Harrowmoss, con los equipos que cierran las zanjas.</p>",
     '<div class="elementor-widget elementor-widget-text-editor"><h3>Apoyos</h3><p>El festival se celebra con el generoso apoyo de la Fundación Arenzana y del Ayuntamiento de Valdeloma.</p></div>'
     '<div class="elementor-widget"><h3>Colaboradores de medios</h3><p>Radio Sierra, Revista Paisaje</p></div>',
     ["El festival se celebra con el generoso apoyo de la Fundación Arenzana y del Ayuntamiento de Valdeloma."],
     "festival widget column, media partners beside it are not funders",
     not_funding=["Radio Sierra, Revista Paisaje"])

real("it", "concerto reso possibile", "org", "Concerto per la torbiera",
     "<p>Un coro di sessanta voci canterà brani ispirati al ritorno dell'acqua nella torbiera di Harrowmoss.</p>"
     "<p>Il concerto è reso possibile dalla Fondazione Brenzoni Ferraris.</p>", "",
     ["Il concerto è reso possibile dalla Fondazione Brenzoni Ferraris."], "Italian concert made possible")

real("nl", "tentoonstelling", "org", "Tentoonstelling: Het veen komt terug",
     "<p>Foto's, boorkernen en geluidsopnamen tonen hoe het veen van Harrowmoss weer nat wordt.</p>"
     '<div class="colophon"><p>Deze tentoonstelling werd mogelijk gemaakt door het Van Heeswijk Fonds en de Provincie Oostermark.</p></div>', "",
     ["Deze tentoonstelling werd mogelijk gemaakt door het Van Heeswijk Fonds en de Provincie Oostermark."], "Dutch exhibition colophon")

real("en", "editor's note italic", "news", "On the bog where the water came back",
     paras("en") + "<p><em>Editor's note: Reporting for this story was supported by a grant from the Fenwright Journalism Fund.</em></p>", "",
     ["Reporting for this story was supported by a grant from the Fenwright Journalism Fund."],
     "italic editor's note at the end: reporting grant")

real("de", "Redaktionshinweis", "news", "Das Moor atmet wieder",
     paras("de") + "<p><i>Hinweis der Redaktion: Die Recherche zu diesem Beitrag wurde von der Stiftung Lokaljournalismus Nord gefördert.</i></p>", "",
     ["Die Recherche zu diesem Beitrag wurde von der Stiftung Lokaljournalismus Nord gefördert."], "German italic editor's note")

S = "The trial is funded by the Ridgeway Climate Foundation."
real("en", "twice: body and footer", "news", "Rewetting trial passes its second winter",
     paras("en").replace("</p>\n<p>Volunteers", f" {S}</p>\n<p>Volunteers", 1),
     f'<div class="article-footer"><p>{S}</p></div>',
     [S], "the same statement in the body's paragraph and the article footer: one value")

S = "Cette étude a été financée par l'Agence des tourbières de l'Est."
real("fr", "twice: body and footer", "news", "À Harrowmoss, la tourbière reprend vie",
     paras("fr") + f"<p>Les résultats seront publiés cet été. {S}</p>", f'<footer class="article-footer"><p>{S}</p></footer>',
     [S], "French statement twice")

real("en", "last sentence of story paragraph", "news", "Blocked ditches bring back the bog",
     "<p>" + STORY["en"][0] + " The study was funded by the Calloway Wetlands Foundation.</p><p>" + STORY["en"][1] + "</p>"
     "<p>The team will add six more plots next year.</p>", "",
     ["The study was funded by the Calloway Wetlands Foundation."], "last sentence of an ordinary paragraph")

real("en", "EU flag notice", "wp", "HARROW-PEAT project",
     "<p>HARROW-PEAT tests low-cost ways to rewet drained peat and measure the carbon it keeps.</p>",
     '<div class="elementor-widget elementor-widget-image"><img src="/eu-flag.png" alt="Flag of the European Union"></div>'
     '<div class="elementor-widget elementor-widget-text-editor"><p>This project has received funding from the European Union\'s Horizon Europe research and innovation programme under grant agreement No 101187733.</p></div>',
     ["This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101187733."],
     "EU notice under a flag image in a widget column")

real("en", "funded by logos", "org", "Peatland Hydrology Group: projects",
     "<h2>Harrowmoss rewetting trial</h2><p>We monitor 120 dipwells across the bog to follow the water table hour by hour.</p>"
     '<div class="funders"><h3>Funded by</h3><ul class="logos"><li><img src="/l1.png" alt="Ellery Moor Trust logo"><span>Ellery Moor Trust</span></li>'
     '<li><img src="/l2.png" alt="Northern Uplands Research Council logo"><span>Northern Uplands Research Council</span></li></ul></div>', "",
     ["Ellery Moor Trust", "Northern Uplands Research Council"], "Funded by heading and a list of logos with their names")

real("en", "docs development supported", "docs", "peatlog: a logger for dipwell data",
     "<p>peatlog reads dipwell loggers and writes tidy CSV files. It supports Python 3.11 and 3.12.</p>"
     "<h2>Acknowledgements</h2><p>Development of this library is supported by the Open Field Software Fund.</p>", "",
     ["Development of this library is supported by the Open Field Software Fund."],
     "documentation page; 'supports Python' is not a statement",
     not_funding=["It supports Python 3.11 and 3.12."])

real("en", "newsletter made possible", "org", "Bog Notes, issue 14",
     "<p>This month: the dipwells after the storm, a new moss nursery, and a walk for families.</p>"
     "<p>This newsletter is made possible by the Tarrant Community Foundation.</p>", "",
     ["This newsletter is made possible by the Tarrant Community Foundation."], "newsletter")

real("en", "thesis scholarship", "org", "Thesis: Carbon fluxes after rewetting at Harrowmoss",
     "<h2>Abstract</h2><p>This thesis measures methane and carbon dioxide on rewetted and drained plots.</p>"
     "<h2>Acknowledgements</h2><p>I thank my supervisors for their patience and my family for everything. "
     "This doctoral research was funded by a Grantley Scholarship from the University of Wendlow.</p>", "",
     ["This doctoral research was funded by a Grantley Scholarship from the University of Wendlow."],
     "thesis acknowledgements mixing thanks and a scholarship")

real("en", "personal blog first person", "org", "Field diary: week 9 at the bog",
     "<p>Rain all week, which is exactly what the bog needs. The dipwells read higher than ever.</p>"
     "<p>My work on this is funded by a small grant from the Hobbes Naturalists' Society.</p>", "",
     ["My work on this is funded by a small grant from the Hobbes Naturalists' Society."], "first person blog")

real("en", "in-kind equipment loan", "news", "Bog sensors go live",
     paras("en") + "<p>The water-level sensors were loaned by Trevail Instruments as in-kind support for the trial.</p>", "",
     ["The water-level sensors were loaned by Trevail Instruments as in-kind support for the trial."], "in-kind equipment loan")

real("en", "details disclosures", "journal", "Methane after rewetting: a two-year record",
     paras("en") + "<details><summary>Disclosures</summary><p>Funding: This research was supported by the Marram Trust (MT-0442).</p>"
     "<p>Conflict of interest: L. Ashdale advises a peat-free compost company.</p></details>", "",
     ["This research was supported by the Marram Trust (MT-0442)."], "details Disclosures with a conflict line kept",
     keep=["L. Ashdale advises a peat-free compost company."])

real("en", "two statements", "org", "Harrowmoss Open Day and study results",
     "<p>The open day shows visitors the dams, the moss plots and the first results of the water-table study.</p>"
     "<p>The water-table study was funded by the Oldcastle Research Trust. The open day is sponsored by Fennick Outdoor Ltd.</p>", "",
     ["The water-table study was funded by the Oldcastle Research Trust.", "The open day is sponsored by Fennick Outdoor Ltd."],
     "two statements: a study's funder and an event's sponsor")

real("en", "two sentences", "news", "Moss returns to bare peat",
     paras("en") + "<p>This work was funded by the Ellery Moor Trust. Additional support came from the Wendlow Rotary Club.</p>", "",
     ["This work was funded by the Ellery Moor Trust.", "Additional support came from the Wendlow Rotary Club."],
     "statement continuing over two sentences")

real("en", "capitals", "org", "HARROWMOSS BOARDWALK",
     "<p>The new boardwalk lets visitors cross the wettest part of the bog without trampling the moss.</p>"
     "<p>THE BOARDWALK WAS FUNDED BY THE HEATHERLEA LANDSCAPE FUND.</p>", "",
     ["THE BOARDWALK WAS FUNDED BY THE HEATHERLEA LANDSCAPE FUND."], "statement in capitals")

real("en", "footnote target", "news", "What the dipwells say",
     "<p>" + STORY["en"][0] + '<sup><a href="#fn1" id="r1">1</a></sup></p><p>' + STORY["en"][1] + "</p>"
     '<ol class="footnotes"><li id="fn1">The monitoring was funded by the Stannard Environment Fund (grant SEF-3307).</li></ol>', "",
     ["The monitoring was funded by the Stannard Environment Fund (grant SEF-3307)."], "footnote marker's target")

real("en", "figure caption", "journal", "Water-table depth on rewetted plots",
     paras("en") + '<figure><img src="/fig2.png" alt="Chart of water-table depth"><figcaption>Figure 2. Mean water-table depth per plot. '
     "Dipwell installation was funded by the Corrin Hydrology Award.</figcaption></figure>", "",
     ["Dipwell installation was funded by the Corrin Hydrology Award."], "grant acknowledgement in a figure caption")

real("en", "photo credit line", "news", "A winter on the bog",
     paras("en") + '<figure><img src="/bog.jpg" alt="Flooded ditch"><figcaption>Photo: Aled Minchin; the trial is funded by the Bryher Conservation Trust.</figcaption></figure>', "",
     ["the trial is funded by the Bryher Conservation Trust."], "credit line under a photo")

real("en", "sidebar box in article", "news", "Volunteers dam the last ditch",
     paras("en") + '<aside class="factbox"><h3>About the trial</h3><p>Started: 2024</p><p>Area: 38 hectares</p>'
     "<p>The trial is financed by the Welland Rivers Partnership.</p></aside>", "",
     ["The trial is financed by the Welland Rivers Partnership."], "sidebar fact box inside the article")

real("en", "collapsed article information", "journal", "Peat depth and ditch spacing",
     paras("en") + '<details class="article-information"><summary>Article information</summary><p>Published 2 March 2026.</p>'
     "<p>Funding information: supported by the Coldharbour Science Foundation, grant CSF-88-12.</p></details>", "",
     ["supported by the Coldharbour Science Foundation, grant CSF-88-12."], "collapsed Article information with run-in label")

real("en", "table note", "journal", "Table 1: plot water levels",
     paras("en") + "<table><caption>Water levels by plot</caption><tr><th>Plot</th><th>Depth (cm)</th></tr><tr><td>A</td><td>-4</td></tr>"
     '<tfoot><tr><td colspan="2">Note: data collection was supported by the Pengarth Fund (PF-61).</td></tr></tfoot></table>', "",
     ["data collection was supported by the Pengarth Fund (PF-61)."], "table note")

real("en", "sponsor strip", "org", "Harrowmoss Family Bog Walk",
     "<p>A two-hour guided walk for families, with pond-dipping and a moss hunt.</p>",
     '<div class="sponsor-strip"><p>Sponsored by Wendlow Building Society</p></div>',
     ["Sponsored by Wendlow Building Society"], "short sponsor line under the article with a named body")

real("en", "byline research supported", "news", "Ditch dams hold through the storms",
     "<p class=\"dateline\">Research supported by the Linacre Peat Fund</p>" + paras("en"), "",
     ["Research supported by the Linacre Peat Fund"], "statement in the byline area")

real("en", "notes to editors", "org", "Press release: bog rewetting trial reports first results",
     paras("en") + "<h2>Notes to editors</h2><ol><li>The trial runs until 2028.</li>"
     "<li>The trial is funded by the National Peat Partnership and the Ellery Moor Trust.</li></ol>", "",
     ["The trial is funded by the National Peat Partnership and the Ellery Moor Trust."], "press release notes to editors")

real("en", "about boilerplate", "org", "Press release: moss nursery opens",
     "<p>A nursery that will grow a million sphagnum plugs a year opened beside the bog on Monday.</p>"
     "<h3>About Harrowmoss Restoration</h3><p>Harrowmoss Restoration is a partnership of landowners and scientists. "
     "It is funded by the Kestle Foundation and the Mire Heritage Lottery Scheme.</p>", "",
     ["It is funded by the Kestle Foundation and the Mire Heritage Lottery Scheme."], "About boilerplate at the end")

real("en", "university donor news", "news", "New peat laboratory opens",
     "<p>The university's new peat laboratory opened on Friday with cold rooms for storing cores.</p>"
     "<p>The new lab was funded by a gift from alumna Imogen Sarratt.</p>", "",
     ["The new lab was funded by a gift from alumna Imogen Sarratt."], "university donor news: the work's funder")

real("en", "family trust donor", "org", "The moss nursery",
     "<p>Our nursery grows sphagnum from fragments collected on the bog.</p>"
     "<p>The nursery was funded by the Abernethy-Lowe Family Trust.</p>", "",
     ["The nursery was funded by the Abernethy-Lowe Family Trust."], "family trust funder")

real("en", "blockquote of paper", "news", "Paper: bog rewetting cuts carbon loss",
     paras("en") + "<blockquote><p>We thank the landowners for access. This study was funded by the Ormsby Earth Fund (OEF-204).</p></blockquote>", "",
     ["This study was funded by the Ormsby Earth Fund (OEF-204)."], "funding line in a blockquote of the paper's text")

real("en", "widget card", "wp", "Rewetting Harrowmoss",
     "<p>We block ditches with peat dams and plant moss to bring the bog back to life.</p>",
     '<div class="elementor-widget elementor-widget-icon-box card"><h4>Our funders</h4><p>This project is supported by the Garside Environmental Trust.</p></div>',
     ["This project is supported by the Garside Environmental Trust."], "card widget in the side column")

real("en", "partners and funders", "org", "Partners and funders",
     "<p>The Harrowmoss trial brings together landowners, volunteers and two universities.</p>"
     "<h2>Partners and funders</h2><p>The trial is funded by the Ellery Moor Trust and the Drayford Council. "
     "Our partners are the University of Wendlow and the Harrowmoss Graziers' Association.</p>", "",
     ["The trial is funded by the Ellery Moor Trust and the Drayford Council."],
     "partners and funders: only the funders are funding",
     not_funding=["Our partners are the University of Wendlow and the Harrowmoss Graziers' Association."])

real("en", "alt text beside visible", "org", "Moss plot signage",
     "<p>New signs explain the moss plots to walkers.</p>"
     '<p><img src="/fund.png" alt="Funded by the Selwood Heritage Fund"> Funded by the Selwood Heritage Fund.</p>', "",
     ["Funded by the Selwood Heritage Fund."], "alt text saying the same as the visible text")

real("en", "podcast episode sponsor", "org", "Mire Talk, episode 31: the dams",
     "<p>We walk the dams with the trial's hydrologist and hear what two winters did to the bog.</p>"
     "<p>This episode is sponsored by Pellow Field Gear.</p>", '<div class="ad-banner"><p>Ad: Save 20% on waders this week</p></div>',
     ["This episode is sponsored by Pellow Field Gear."], "podcast episode sponsor beside an ad banner",
     not_funding=["Ad: Save 20% on waders this week"])

real("en", "university news funding section after references", "news", "Rewetting halves peat loss",
     paras("en") + "<h2>References</h2><ol><li>Ashdale L. (2025) Mire hydrology. J Mire Ecol 12: 4-19.</li></ol>"
     "<h2>Funding</h2><p>The research was funded by the Northern Uplands Research Council (NURC/23/1170).</p>", "",
     ["The research was funded by the Northern Uplands Research Council (NURC/23/1170)."], "Funding section after references")

real("en", "back matter journal", "journal", "Ditch dams and peat subsidence",
     paras("en") + "<section><h2>Author contributions</h2><p>RV designed the study; LA analysed the data.</p></section>"
     "<section><h2>Funding</h2><p>This work was supported by the Brightwell Peat Programme (BPP-2025-07).</p></section>"
     "<section><h2>Conflict of interest</h2><p>The authors declare that they have no conflict of interest.</p></section>", "",
     ["This work was supported by the Brightwell Peat Programme (BPP-2025-07)."], "journal back matter; conflict kept",
     keep=["The authors declare that they have no conflict of interest."])

# other languages
real("es", "financiación heading", "journal", "Rehumectación de una turbera: resultados",
     paras("es") + "<h2>Financiación</h2><p>Este trabajo fue financiado por la Fundación Arenzana (proyecto FA-2025-31).</p>", "",
     ["Este trabajo fue financiado por la Fundación Arenzana (proyecto FA-2025-31)."], "Spanish heading")
real("it", "finanziamento heading", "journal", "Riumidificazione di una torbiera",
     paras("it") + "<h3>Finanziamento</h3><p>Lo studio è stato finanziato dalla Fondazione Brenzoni Ferraris (bando 2025, n. 77).</p>", "",
     ["Lo studio è stato finanziato dalla Fondazione Brenzoni Ferraris (bando 2025, n. 77)."], "Italian heading")
real("pt", "financiamento closing", "news", "Turfeira de Harrowmoss volta a encharcar",
     paras("pt") + "<p>O estudo foi financiado pela Fundação Correia Vidal.</p>", "",
     ["O estudo foi financiado pela Fundação Correia Vidal."], "Portuguese closing sentence")
real("pl", "finansowanie", "journal", "Ponowne nawodnienie torfowiska",
     paras("pl") + "<p><strong>Finansowanie:</strong> Badania sfinansowano ze środków Fundacji Torfowisk Północnych (grant FTP/2025/14).</p>", "",
     ["Badania sfinansowano ze środków Fundacji Torfowisk Północnych (grant FTP/2025/14)."], "Polish run-in label")
real("sv", "finansiering", "wp", "Mossen blir blöt igen",
     paras("sv") + "<p>Projektet finansieras av Stiftelsen Myrmark.</p>", "", ["Projektet finansieras av Stiftelsen Myrmark."], "Swedish closing")
real("da", "støtte", "org", "Genopretning af Harrowmoss",
     paras("da") + "<p>Projektet er støttet af Fonden for Højmoser.</p>", "", ["Projektet er støttet af Fonden for Højmoser."], "Danish")
real("nb", "finansiert", "org", "Myra får vannet tilbake",
     paras("nb") + "<p>Forsøket er finansiert av Stiftelsen Norsk Myrvern.</p>", "", ["Forsøket er finansiert av Stiftelsen Norsk Myrvern."], "Norwegian")
real("fi", "rahoitus", "journal", "Suon ennallistaminen",
     paras("fi") + "<h2>Rahoitus</h2><p>Tutkimusta rahoitti Suoluonnon säätiö (hanke SLS-2025-09).</p>", "",
     ["Tutkimusta rahoitti Suoluonnon säätiö (hanke SLS-2025-09)."], "Finnish heading")
real("hu", "támogatás", "news", "Visszatér a víz a lápba",
     paras("hu") + "<p>A kutatást a Láp Alapítvány támogatta (támogatási szám: LA-2025-3).</p>", "",
     ["A kutatást a Láp Alapítvány támogatta (támogatási szám: LA-2025-3)."], "Hungarian")
real("cs", "podpora", "journal", "Obnova rašeliniště",
     paras("cs") + "<p><b>Poděkování:</b> Děkujeme majitelům pozemků. Výzkum byl podpořen Nadací Rašeliniště (projekt NR-22-118).</p>", "",
     ["Výzkum byl podpořen Nadací Rašeliniště (projekt NR-22-118)."], "Czech acknowledgement mixing thanks and grant")
real("sk", "podpora", "wp", "Rašelinisko opäť ožíva",
     paras("sk") + "<p>Projekt finančne podporila Nadácia Krajina (grant NK-2025-40).</p>", "",
     ["Projekt finančne podporila Nadácia Krajina (grant NK-2025-40)."], "Slovak")
real("ro", "finanțare", "journal", "Reumectarea unei turbării",
     paras("ro") + "<h2>Finanțare</h2><p>Această cercetare a fost finanțată de Fundația Mlaștina Vie, contract nr. FMV-17/2025.</p>", "",
     ["Această cercetare a fost finanțată de Fundația Mlaștina Vie, contract nr. FMV-17/2025."], "Romanian heading")
real("el", "χρηματοδότηση", "journal", "Επαναδιαβροχή τυρφώνα",
     paras("el") + "<h2>Χρηματοδότηση</h2><p>Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Λιμνοτόπων Καλλέργη (ΙΛΚ-2025-12).</p>", "",
     ["Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Λιμνοτόπων Καλλέργη (ΙΛΚ-2025-12)."], "Greek heading")
real("tr", "destek", "news", "Turbalığa su geri döndü",
     paras("tr") + "<p>Bu çalışma Sulak Alan Vakfı tarafından desteklenmiştir (proje no. SAV-2025-88).</p>", "",
     ["Bu çalışma Sulak Alan Vakfı tarafından desteklenmiştir (proje no. SAV-2025-88)."], "Turkish passive")
real("ru", "финансирование", "journal", "Обводнение верхового болота",
     paras("ru") + "<p><b>Финансирование.</b> Работа выполнена при финансовой поддержке Фонда северных болот (грант ФСБ-25-0317).</p>", "",
     ["Работа выполнена при финансовой поддержке Фонда северных болот (грант ФСБ-25-0317)."], "Russian with the financial support of")
real("uk", "фінансування", "news", "Болото знову мокре",
     paras("uk") + "<p>Дослідження фінансує Фонд відновлення боліт «Мохова Долина».</p>", "",
     ["Дослідження фінансує Фонд відновлення боліт «Мохова Долина»."], "Ukrainian")
real("bg", "финансиране", "org", "Възстановяване на торфището",
     paras("bg") + "<p>Проектът се финансира от Фондация „Влажни земи“ по договор № ВЗ-2025-06.</p>", "",
     ["Проектът се финансира от Фондация „Влажни земи“ по договор № ВЗ-2025-06."], "Bulgarian")
real("hr", "financiranje", "journal", "Ponovno vlaženje tresetišta",
     paras("hr") + "<h2>Financiranje</h2><p>Istraživanje je financirala Zaklada Močvara (projekt ZM-2025-21).</p>", "",
     ["Istraživanje je financirala Zaklada Močvara (projekt ZM-2025-21)."], "Croatian heading")
real("sl", "financiranje", "org", "Barje spet zadržuje vodo",
     paras("sl") + "<p>Raziskavo je financirala Fundacija Barjanska pokrajina.</p>", "",
     ["Raziskavo je financirala Fundacija Barjanska pokrajina."], "Slovenian")
real("lt", "finansavimas", "org", "Pelkės atkūrimas",
     paras("lt") + "<p>Projektą finansuoja Pelkių fondas (sutarties Nr. PF-2025-5).</p>", "",
     ["Projektą finansuoja Pelkių fondas (sutarties Nr. PF-2025-5)."], "Lithuanian")
real("lv", "finansējums", "wp", "Purvs atkal mitrs",
     paras("lv") + "<p>Pētījumu finansēja Purvu aizsardzības fonds.</p>", "", ["Pētījumu finansēja Purvu aizsardzības fonds."], "Latvian")
real("et", "rahastus", "journal", "Raba taastamine",
     paras("et") + "<dl><dt>Rahastus</dt><dd>Uuringut rahastas Soode Sihtasutus (grant SS-2025-14).</dd></dl>", "",
     ["Uuringut rahastas Soode Sihtasutus (grant SS-2025-14)."], "Estonian dt")
real("ca", "finançament", "org", "La torbera torna a estar xopa",
     paras("ca") + "<p>L'estudi ha estat finançat per la Fundació Aiguamolls Vius.</p>", "",
     ["L'estudi ha estat finançat per la Fundació Aiguamolls Vius."], "Catalan")
real("ja", "研究費", "journal", "ハロウモス湿原の再湿潤化",
     paras("ja") + "<h2>謝辞</h2><p>本研究は湿原保全財団の助成（課題番号 WS-2025-031）を受けたものです。</p>", "",
     ["本研究は湿原保全財団の助成（課題番号 WS-2025-031）を受けたものです。"], "Japanese acknowledgements heading")
real("zh", "基金", "journal", "哈罗莫斯泥炭地复湿试验",
     paras("zh") + "<h2>基金项目</h2><p>本研究由北方湿地保护基金会资助（项目编号 NWF-2025-019）。</p>", "",
     ["本研究由北方湿地保护基金会资助（项目编号 NWF-2025-019）。"], "Chinese fund heading")
real("ko", "연구비", "news", "이탄습지에 물이 돌아왔다",
     paras("ko") + "<p>이 연구는 습지보전재단의 지원을 받아 수행되었다.</p>", "",
     ["이 연구는 습지보전재단의 지원을 받아 수행되었다."], "Korean")
real("ar", "تمويل", "journal", "إعادة ترطيب مستنقع خثي",
     paras("ar") + "<h2>التمويل</h2><p>موّلت هذه الدراسة مؤسسة الأراضي الرطبة للبحث العلمي (منحة رقم ARW-2025-44).</p>", "",
     ["موّلت هذه الدراسة مؤسسة الأراضي الرطبة للبحث العلمي (منحة رقم ARW-2025-44)."], "Arabic heading")
real("he", "מימון", "news", "המים חזרו לביצה",
     paras("he") + "<p>המחקר מומן על ידי קרן אדמות הכבול.</p>", "", ["המחקר מומן על ידי קרן אדמות הכבול."], "Hebrew")
real("fa", "حمایت مالی", "journal", "بازتر کردن تورب‌زار",
     paras("fa") + "<p>این پژوهش با حمایت مالی بنیاد تالاب‌های شمال (طرح شمارهٔ BTS-1404-12) انجام شد.</p>", "",
     ["این پژوهش با حمایت مالی بنیاد تالاب‌های شمال (طرح شمارهٔ BTS-1404-12) انجام شد."], "Persian")
real("ur", "مالی معاونت", "news", "دلدل میں پانی لوٹ آیا",
     paras("ur") + "<p>یہ تحقیق ویٹ لینڈ ٹرسٹ کی مالی معاونت سے کی گئی۔</p>", "",
     ["یہ تحقیق ویٹ لینڈ ٹرسٹ کی مالی معاونت سے کی گئی۔"], "Urdu")
real("hi", "वित्तपोषण", "journal", "दलदल का पुनः आर्द्रीकरण",
     paras("hi") + "<h2>वित्तपोषण</h2><p>यह अध्ययन आर्द्रभूमि संरक्षण न्यास द्वारा वित्तपोषित था (अनुदान संख्या AS-2025-08)।</p>", "",
     ["यह अध्ययन आर्द्रभूमि संरक्षण न्यास द्वारा वित्तपोषित था (अनुदान संख्या AS-2025-08)।"], "Hindi heading")
real("bn", "অর্থায়ন", "news", "জলাভূমিতে ফিরল পানি",
     paras("bn") + "<p>এই গবেষণায় অর্থায়ন করেছে জলাভূমি সংরক্ষণ ফাউন্ডেশন।</p>", "",
     ["এই গবেষণায় অর্থায়ন করেছে জলাভূমি সংরক্ষণ ফাউন্ডেশন।"], "Bengali")
real("id", "pendanaan", "journal", "Pembasahan kembali lahan gambut",
     paras("id") + "<p><strong>Pendanaan:</strong> Penelitian ini didanai oleh Yayasan Gambut Lestari (hibah YGL-2025-16).</p>", "",
     ["Penelitian ini didanai oleh Yayasan Gambut Lestari (hibah YGL-2025-16)."], "Indonesian run-in")
real("ms", "pembiayaan", "wp", "Tanah gambut kembali basah",
     paras("ms") + "<p>Kajian ini dibiayai oleh Yayasan Tanah Lembap Nusantara.</p>", "",
     ["Kajian ini dibiayai oleh Yayasan Tanah Lembap Nusantara."], "Malay")
real("vi", "tài trợ", "journal", "Tái ngập nước đầm lầy than bùn",
     paras("vi") + "<h2>Tài trợ</h2><p>Nghiên cứu này được tài trợ bởi Quỹ Đất ngập nước Phương Bắc (mã số QDN-2025-07).</p>", "",
     ["Nghiên cứu này được tài trợ bởi Quỹ Đất ngập nước Phương Bắc (mã số QDN-2025-07)."], "Vietnamese heading")
real("th", "ทุน", "org", "น้ำกลับสู่พรุ",
     paras("th") + "<p>งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิพื้นที่ชุ่มน้ำภาคเหนือ</p>", "",
     ["งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิพื้นที่ชุ่มน้ำภาคเหนือ"], "Thai")
real("tl", "pondo", "journal", "Muling pagbasa ng lusak",
     paras("tl") + "<h2>Pagpopondo</h2><p>Ang pag-aaral na ito ay pinondohan ng Pundasyong Latian ng Hilaga (gawad PLH-2025-03).</p>", "",
     ["Ang pag-aaral na ito ay pinondohan ng Pundasyong Latian ng Hilaga (gawad PLH-2025-03)."], "Tagalog research page")
real("sw", "ufadhili", "journal", "Kurudisha maji katika kinamasi",
     paras("sw") + "<h2>Ufadhili</h2><p>Utafiti huu ulifadhiliwa na Mfuko wa Ardhioevu wa Kaskazini (ruzuku MAK-2025-02).</p>", "",
     ["Utafiti huu ulifadhiliwa na Mfuko wa Ardhioevu wa Kaskazini (ruzuku MAK-2025-02)."], "Swahili research page")
real("pt", "lista de financiadores", "journal", "Reumedecimento de turfeira",
     paras("pt") + "<p>Este trabalho contou com o apoio de:</p><ul><li>Fundação Correia Vidal (bolsa FCV-2025-10)</li>"
     "<li>Câmara Municipal de Vale Escuro</li></ul>", "",
     ["Este trabalho contou com o apoio de:", "Fundação Correia Vidal (bolsa FCV-2025-10)", "Câmara Municipal de Vale Escuro"],
     "Portuguese lead-in and list")
real("fr", "exposition grâce au soutien", "org", "Exposition « Tourbe vivante »",
     "<p>L'exposition raconte deux hivers de travaux sur la tourbière de Harrowmoss.</p>"
     "<p>Cette exposition a été rendue possible grâce au généreux soutien de la Fondation Mercadier.</p>", "",
     ["Cette exposition a été rendue possible grâce au généreux soutien de la Fondation Mercadier."], "French exhibition credit")
real("es", "nota del editor", "news", "La turbera que volvió a mojarse",
     paras("es") + "<p><em>Nota de la redacción: este reportaje contó con el apoyo de una beca del Fondo Periodismo Rural.</em></p>", "",
     ["este reportaje contó con el apoyo de una beca del Fondo Periodismo Rural."], "Spanish italic editor's note")
real("de", "Kofinanzierung", "org", "Moorprojekt Harrowmoss",
     paras("de") + '<div class="cofinanced"><img src="/eu.png" alt="EU-Emblem"><p>Kofinanziert von der Europäischen Union (Projekt Nr. 101190452).</p></div>', "",
     ["Kofinanziert von der Europäischen Union (Projekt Nr. 101190452)."], "co-financed notice under an emblem")

# ---- hard negatives --------------------------------------------------------------------------
neg("en", "funding call page", "org", "Peatland Grants 2026: call for applications",
    "<p>Applications for funding close on 3 March. We fund projects that restore drained bogs, block ditches or grow moss.</p>"
    "<p>Awards range from 5,000 to 40,000 pounds. Read the guidance before you apply.</p>", "",
    "a funding call page: the page's own offer to fund others")
neg("de", "Förderaufruf", "org", "Förderprogramm Moorschutz",
    "<p>Anträge auf Förderung können bis zum 3. März eingereicht werden. Wir fördern Projekte, die entwässerte Moore wiedervernässen.</p>", "",
    "German funding call")
neg("en", "series B news", "news", "Peat-sensor start-up raises 20 million",
    "<p>Bogwise, which sells water-level sensors to land managers, raised 20 million in a Series B led by Harrowgate Ventures.</p>"
    "<p>The company says it will hire forty engineers and open an office in Wendlow.</p>", "",
    "start-up funding round news")
neg("fr", "levée de fonds", "news", "Une jeune pousse de capteurs lève 12 millions",
    "<p>La société Tourbix a levé 12 millions d'euros lors d'un tour de table mené par le fonds Aubrac Capital.</p>", "",
    "French funding round news")
neg("en", "support our journalism", "news", "Ditch dams hold after the floods",
    paras("en"), '<aside class="donate-box"><h3>Support our journalism</h3><p>Independent reporting on the environment depends on readers like you. '
    "Become a supporter from 3 pounds a month.</p></aside>", "donation box after the article")
neg("de", "Spendenbox", "news", "Moordämme halten",
    paras("de"), '<div class="support-box"><p>Unterstützen Sie unabhängigen Journalismus: Jetzt Abo abschließen oder spenden.</p></div>',
    "German support-our-journalism box")
neg("en", "charity annual report grants to others", "org", "Annual report 2025: our grants",
    "<p>In 2025 the Foundation awarded 41 grants worth 1.2 million pounds.</p>"
    "<ul><li>Harrowmoss Restoration: 60,000 pounds for ditch blocking</li><li>Wendlow Moss Nursery: 18,000 pounds</li>"
    "<li>Upland Schools Outdoors: 9,500 pounds</li></ul><p>We funded projects in eleven counties.</p>", "",
    "a charity's annual report listing its own grants to others")
neg("en", "grant to third party news", "news", "Neighbouring bog wins restoration grant",
    "<p>The Corriemore bog, forty miles north, has been awarded 300,000 pounds by the Upland Peat Fund to block its ditches.</p>"
    "<p>Its managers visited Harrowmoss last year to learn from the trial.</p>", "", "grant announced as news about someone else")
neg("en", "votes of support", "news", "Council backs bog boardwalk",
    "<p>The plan was supported by the Green Party and backed by a council vote of 31 to 4.</p>"
    "<p>Work on the boardwalk is expected to start in May.</p>", "", "political support and a vote")
neg("es", "apoyar moción", "news", "El pleno apoya la protección de la turbera",
    "<p>Todos los grupos apoyaron la moción para declarar la turbera espacio protegido.</p>", "", "Spanish apoyar a motion")
neg("fr", "soutenir équipe", "news", "Les supporters soutiennent leur équipe sous la pluie",
    "<p>Malgré la pluie, deux mille supporters sont venus soutenir l'équipe locale, sponsorisée depuis dix ans par une coopérative laitière.</p>", "",
    "French sport support and sponsorship")
neg("de", "fördern Talent", "news", "Junge Forscherinnen fördern",
    "<p>Die Schule will Talente früh fördern und bietet eine Moor-AG an. In der Region wurde früher Torf gefördert.</p>", "",
    "German fördern as promote / extract")
neg("it", "finanziare bilancio comunale", "news", "Il Comune approva il bilancio",
    "<p>Il Comune finanzierà la nuova piscina con 2 milioni di euro del bilancio 2026, ha annunciato l'assessore.</p>", "",
    "Italian city budget as news")
neg("en", "sport sponsorship", "news", "Wendlow Rovers sign new shirt sponsor",
    "<p>Wendlow Rovers will wear the logo of Fennick Outdoor after a three-year sponsorship deal.</p>", "", "sport sponsorship news")
neg("en", "supported devices", "docs", "peatlog installation",
    "<p>peatlog supports Python 3.12 and runs on Linux, macOS and Windows.</p><h2>Supported loggers</h2><ul><li>DW-100</li><li>DW-200</li></ul>", "",
    "software support, no funder")
neg("en", "product page formats", "org", "DW-200 dipwell logger",
    "<p>Battery life of up to five years. Supported formats: CSV, JSON and NetCDF.</p><p>Price: 249 pounds.</p>", "", "product page")
neg("en", "sidebar advert", "news", "Walkers asked to keep to the boardwalk",
    paras("en"), '<aside class="ad"><p>Sponsored content</p><p>Waterproof boots for every bog: shop the spring range.</p></aside>',
    "sidebar advert with a sponsored content label")
neg("en", "caption fans", "news", "Rovers win in the rain",
    '<p>Rovers won 2-1 on a soaked pitch.</p><figure><img src="/fans.jpg" alt="Fans"><figcaption>With the support of the fans, the team came back from a goal down.</figcaption></figure>', "",
    "caption: support of the fans")
neg("de", "Unterstützung der Fans", "news", "Sieg im Regen",
    "<p>Mit Unterstützung der Fans drehte die Mannschaft das Spiel in der zweiten Halbzeit.</p>", "", "German support of the fans")
neg("en", "footnote citing funding report", "news", "How much does bog restoration cost?",
    "<p>Restoring a hectare of drained bog costs between 1,000 and 4,000 pounds.<sup>1</sup></p>"
    '<ol class="footnotes"><li id="fn1">Upland Peat Fund, Funding Peat Restoration: Costs and Outcomes, 2024.</li></ol>', "",
    "footnote citing a funding report as a source")
neg("en", "general thanks to readers", "news", "Thank you, readers",
    "<p>Thank you to everyone who sent us photographs of the bog this winter. We couldn't do this without you.</p>", "", "general thanks")
neg("en", "supported by the evidence", "journal", "Does rewetting cut emissions?",
    "<p>The claim that rewetting cuts carbon loss is supported by the evidence from twelve sites.</p>", "", "supported by the evidence")
neg("en", "nav menu", "org", "Harrowmoss volunteers",
    '<p>Join a work party on the first Saturday of each month.</p>',
    '<nav class="menu"><a href="/grants">Grants</a> <a href="/funding-opportunities">Funding opportunities</a> <a href="/sponsor">Sponsor us</a></nav>',
    "funding words in a navigation menu")
neg("en", "related stories", "news", "Moss plots turn green",
    paras("en"), '<section class="related"><h2>Related</h2><ul><li><a href="/a">Bog project funded by lottery in 2019</a></li>'
    '<li><a href="/b">Sponsored walk raises 3,000 pounds</a></li><li><a href="/c">New grant scheme for farmers</a></li></ul></section>',
    "funding words in related-story headlines")
neg("en", "quoted speech", "news", "The woman who dammed a bog",
    "<p>“We were funded by nobody,” she said. “We just borrowed spades and started.”</p>", "", "funding words in quoted speech")
neg("en", "job advert", "org", "Funded PhD position: peat hydrology",
    "<p>A fully funded PhD position is available to study water movement in rewetted bogs. Closing date 30 April.</p>", "", "job advert")
neg("en", "price plan page", "org", "Membership plans",
    "<p>Sponsor tier: 10 pounds a month. Supported plans include monthly and yearly billing.</p>", "", "price plan page")
neg("en", "crowdfunding thanks backers", "org", "Boardwalk crowdfunder: thank you!",
    "<p>Thank you to all 412 backers! Your pledges have been amazing and we'll post updates here.</p>", "",
    "crowdfunding page thanking backers without saying they funded the project")
neg("en", "crowdfunding news", "news", "Villagers launch crowdfunder for bog hide",
    "<p>Residents have started an online campaign to raise 8,000 pounds for a bird hide on the bog.</p>", "", "crowdfunding news")
neg("en", "donor wall", "org", "Our donors",
    "<p>A. Brill, C. Dunmore, the Pettigrew family, R. Quartermaine, S. Yelland.</p>", "", "donor wall with no statement")
neg("en", "powered by", "org", "Dipwell data portal",
    "<p>Browse hourly water levels from every dipwell.</p>", '<div class="credit"><p>Powered by OpenMapKit</p></div>', "powered-by software credit")
neg("en", "technical support", "docs", "Getting help",
    "<p>For technical support, email the help desk. Support is available on weekdays.</p>", "", "support meaning technical support")
neg("en", "support with no supporter", "org", "Volunteer days",
    "<p>With your support, we can block another ten ditches next winter.</p>", "", "support line naming no supporter")
neg("en", "photo thanks credit", "news", "Bog in the snow",
    paras("en") + '<figure><img src="/snow.jpg" alt="Snow"><figcaption>Photo: with thanks to Gwen Tallis</figcaption></figure>', "",
    "with thanks to photo credit")
neg("en", "forum grant mention", "forum", "Anyone measured methane after rewetting?",
    '<div class="post"><p>We got a grant from the Upland Peat Fund last year for our own bog, but the chamber results are odd. Any tips?</p></div>'
    '<div class="post"><p>Check the chamber seals first.</p></div>', "", "forum poster mentioning a grant")
neg("en", "budget news", "news", "County sets environment budget",
    "<p>The county will spend 4 million pounds on footpaths and 1.5 million on peat restoration next year.</p>", "", "budget news")
neg("es", "zona de donaciones", "news", "La turbera resiste",
    paras("es"), '<aside class="donar"><p>Apoya el periodismo independiente: hazte socio desde 5 euros al mes.</p></aside>', "Spanish donation box")
neg("it", "sponsor sportivo", "news", "La squadra trova un nuovo sponsor",
    "<p>La squadra di pallavolo giocherà con il marchio di un caseificio locale, nuovo sponsor per tre stagioni.</p>", "", "Italian sport sponsor")
neg("pt", "investimento", "news", "Startup de sensores recebe investimento",
    "<p>A startup Turfasense recebeu 5 milhões de euros numa ronda de investimento liderada pela Atlântico Capital.</p>", "", "Portuguese funding round")
neg("nl", "subsidie aan derden", "news", "Ander veen krijgt subsidie",
    "<p>Het Grootveen in de provincie krijgt 200.000 euro subsidie van het rijk voor herstel.</p>", "", "Dutch grant to third party as news")
neg("pl", "poparcie", "news", "Radni poparli projekt",
    "<p>Projekt kładki nad torfowiskiem poparła większość radnych.</p>", "", "Polish vote of support")
neg("sv", "sponsrad löpning", "news", "Löpare sprang för mossen",
    "<p>Loppet sponsrades av en lokal bank och lockade 300 deltagare.</p>", "", "Swedish sponsored sport")
neg("fi", "tuki äänestys", "news", "Valtuusto tuki pitkospuita",
    "<p>Kaupunginvaltuusto tuki pitkospuiden rakentamista äänin 40–3.</p>", "", "Finnish vote")
neg("cs", "grant jinému", "news", "Sousední obec získala dotaci",
    "<p>Sousední obec získala dotaci dva miliony korun na opravu návsi.</p>", "", "Czech grant to someone else")
neg("ru", "поддержка болельщиков", "news", "Победа при поддержке болельщиков",
    "<p>При поддержке болельщиков команда отыграла два мяча.</p>", "", "Russian support of fans")
neg("uk", "збір коштів", "news", "Волонтери збирають кошти",
    "<p>Мешканці оголосили збір коштів на будівництво оглядової вежі біля болота.</p>", "", "Ukrainian crowdfunding news")
neg("tr", "sponsorluk", "news", "Takıma yeni sponsor",
    "<p>Yerel basketbol takımı, bir süt şirketiyle üç yıllık sponsorluk anlaşması imzaladı.</p>", "", "Turkish sport sponsorship")
neg("ja", "資金調達", "news", "センサー新興企業が20億円調達",
    "<p>湿地センサーを手がける新興企業が、シリーズBで20億円を調達したと発表した。</p>", "", "Japanese funding round")
neg("zh", "支持者", "news", "球迷的支持",
    "<p>在球迷的支持下，主队在下半场扳平比分。</p>", "", "Chinese fans' support")
neg("ko", "기술 지원", "docs", "설치 안내",
    "<p>이 프로그램은 Windows와 macOS를 지원합니다. 기술 지원은 평일에만 가능합니다.</p>", "", "Korean supported platforms")
neg("ar", "تبرع", "news", "ادعم صحافتنا",
    paras("ar"), '<aside class="donate"><p>ادعم الصحافة المستقلة: تبرع الآن.</p></aside>', "Arabic donation box")
neg("he", "תמיכה בהצבעה", "news", "המועצה תמכה בהצעה",
    "<p>חברי המועצה תמכו בהצעה להכריז על הביצה כשמורה.</p>", "", "Hebrew vote of support")
neg("hi", "बजट", "news", "नगर का बजट पारित",
    "<p>नगर परिषद ने नए पार्क के लिए दो करोड़ रुपये का बजट मंज़ूर किया।</p>", "", "Hindi budget news")
neg("id", "dukungan suporter", "news", "Suporter dukung tim",
    "<p>Ribuan suporter datang untuk mendukung tim kesayangan mereka meski hujan deras.</p>", "", "Indonesian fans' support")
neg("vi", "gọi vốn", "news", "Công ty khởi nghiệp gọi vốn",
    "<p>Một công ty khởi nghiệp cảm biến vừa gọi vốn thành công 5 triệu USD trong vòng Series A.</p>", "", "Vietnamese funding round")
neg("el", "χορηγός ομάδας", "news", "Νέος χορηγός για την ομάδα",
    "<p>Η τοπική ομάδα μπάσκετ υπέγραψε συμφωνία με νέο χορηγό για τρία χρόνια.</p>", "", "Greek sport sponsor")
neg("hu", "támogató szavazás", "news", "A képviselők támogatták a javaslatot",
    "<p>A képviselő-testület egyhangúlag támogatta a tanösvény tervét.</p>", "", "Hungarian vote")
neg("ro", "apel finanțare", "org", "Apel de proiecte 2026",
    "<p>Cererile de finanțare se depun până la 3 martie. Finanțăm proiecte care refac zonele umede.</p>", "", "Romanian funding call")
neg("ca", "patrocini esportiu", "news", "L'equip estrena patrocinador",
    "<p>L'equip de futbol local lluirà la marca d'una cooperativa, el seu nou patrocinador.</p>", "", "Catalan sport sponsor")
neg("th", "สปอนเซอร์", "news", "ทีมได้สปอนเซอร์ใหม่",
    "<p>สโมสรฟุตบอลท้องถิ่นเซ็นสัญญากับสปอนเซอร์รายใหม่เป็นเวลาสามปี</p>", "", "Thai sport sponsor")

neg("en", "partners widget", "wp", "Harrowmoss Bog Festival",
    "<p>Guided walks, a moss workshop and an evening of folk music beside the bog.</p>",
    '<div class="elementor-widget elementor-widget-text-editor"><h3>Partners</h3><p>Wendlow Walking Club, Harrowmoss Graziers\' Association</p></div>'
    '<div class="elementor-widget"><h3>Media partners</h3><p>Moorland Courier, Radio Wendlow</p></div>',
    "festival page with partners and media partners only")
neg("en", "donate widget", "wp", "Help us block the last ditch",
    "<p>Each peat dam costs about 150 pounds in timber and labour.</p>",
    '<div class="elementor-widget elementor-widget-button card"><h3>Donate</h3><p>Give today and help the bog hold its water.</p></div>',
    "donation widget")
neg("de", "Partner-Widget", "wp", "Moorfest 2026",
    "<p>Führungen, Vorträge und Musik am Moor Harrowmoss.</p>",
    '<div class="elementor-widget"><h3>Medienpartner</h3><p>Moorbote, Radio Nordheide</p></div>', "German media partners widget")
neg("fr", "soutien technique", "docs", "Assistance",
    "<p>Le logiciel est compatible avec Windows et Linux. Pour toute demande de soutien technique, écrivez-nous.</p>", "",
    "French technical support")
neg("es", "convocatoria", "org", "Convocatoria de ayudas 2026",
    "<p>Las solicitudes de financiación se cierran el 3 de marzo. Financiamos proyectos de restauración de humedales.</p>", "",
    "Spanish funding call")
neg("en", "EU funding opportunities widget", "wp", "Funding opportunities for land managers",
    "<p>Several schemes pay land managers to rewet peat. This page lists the ones open in 2026 and their deadlines.</p>",
    '<div class="elementor-widget card"><h3>Horizon Europe calls</h3><p>Next deadline: 16 September 2026.</p></div>',
    "a guide to funding schemes for others")
neg("en", "sponsored walk news", "org", "Sponsored walk raises 3,000 pounds",
    "<p>Forty walkers crossed the bog on Sunday in a sponsored walk for the village hall roof.</p>", "",
    "sponsored walk news for a third party")


def build() -> dict[str, tuple[str, dict]]:
    out: dict[str, tuple[str, dict]] = {}
    for lang, where, shape, title, inner, after, statements, not_funding, keep, note in REAL:
        out[f"r96-{len(out) + 1:03d}"] = (shell(lang, title, inner, after, shape), {
            "funding": statements, "where": where, "lang": lang, "must_keep_in_body": keep,
            "not_funding": not_funding, "note": note})
    for lang, where, shape, title, inner, after, note in NEG:
        out[f"r96-{len(out) + 1:03d}"] = (shell(lang, title, inner, after, shape), {
            "funding": [], "where": where, "lang": lang, "must_keep_in_body": [], "not_funding": [], "note": note})
    for page_id, (page, label) in out.items():
        text = text_of(page)
        for sentence in [*label["funding"], *label["must_keep_in_body"], *label["not_funding"]]:
            assert " ".join(sentence.split()) in text, (page_id, sentence)
    return out


if __name__ == "__main__":
    built = build()
    write_corpus(HERE, built)
    print(len(built), "pages,", sum(bool(lab["funding"]) for _, lab in built.values()), "with statements,",
          len({lab["lang"] for _, lab in built.values()}), "languages")
