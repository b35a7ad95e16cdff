"""Builds held-out funding round 101 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the study, funders, grant numbers, software and people do not exist.
Written by a helper from the definition of `funding` alone, without reading the detector's code or
the earlier rounds' cases: a school-garden nutrition study in the invented town of Quillhaven, in 43
languages. Over half the pages are shaped like the 2026 web outside newsrooms: a project README
rendered as HTML, workshop and conference pages, a museum object page, podcast show notes, a dataset
landing page, open-source "Sponsors" sections (a sentence saying who funds the project versus plain
tier lists and "Sponsor this project" buttons), EU notices in a project site's <footer>, journal
back matter, <details> disclosures, tables and definition lists of project facts, newsletters,
personal blogs, forums, product and price pages. Real statements end story paragraphs, sit in
bylines, captions, alt text, footnote targets, capitals, sidebars and widget columns, and one is
given twice; negatives are funders' spokespeople on money given to others, funding rounds, calls,
donation boxes, votes, sponsorship news, technical support, supported versions and quoted speech.

Conventions: for run-in labels and headings ("Funding:", <h2>Förderung</h2>, <dt>) the statement
listed is the text after the label, without it; a lead-in followed by a list is listed as the
lead-in and each item; in paragraphs mixing thanks and a grant only the grant sentence is listed.

usage: python benchmarks/funding-round101/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import html as htmllib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_page, write_corpus

STORY = {
    "en": ["Children at schools with a vegetable garden ate a third more vegetables at lunch than their peers, a two-year study in Quillhaven has found.",
           "Researchers weighed leftovers in twelve primary schools and interviewed cooks and teachers."],
    "de": ["Kinder an Schulen mit einem Gemüsegarten aßen mittags ein Drittel mehr Gemüse als ihre Altersgenossen, zeigt eine zweijährige Studie aus Quillhaven.",
           "Die Forschenden wogen in zwölf Grundschulen die Tellerreste und befragten Köchinnen und Lehrkräfte."],
    "fr": ["Les enfants des écoles dotées d'un potager ont mangé un tiers de légumes en plus à la cantine, selon une étude de deux ans menée à Quillhaven.",
           "Les chercheurs ont pesé les restes dans douze écoles primaires et interrogé cuisiniers et enseignants."],
    "es": ["Los niños de escuelas con huerto comieron un tercio más de verdura en el almuerzo que sus compañeros, según un estudio de dos años en Quillhaven.",
           "El equipo pesó las sobras en doce escuelas primarias y entrevistó a cocineros y docentes."],
    "it": ["I bambini delle scuole con un orto hanno mangiato un terzo di verdura in più a pranzo, secondo uno studio biennale condotto a Quillhaven.",
           "I ricercatori hanno pesato gli avanzi in dodici scuole primarie e intervistato cuochi e insegnanti."],
    "pt": ["Crianças de escolas com horta comeram um terço a mais de legumes ao almoço, segundo um estudo de dois anos em Quillhaven.",
           "A equipa pesou as sobras em doze escolas primárias e entrevistou cozinheiros e professores."],
    "nl": ["Kinderen op scholen met een moestuin aten bij de lunch een derde meer groente, blijkt uit een tweejarig onderzoek in Quillhaven.",
           "De onderzoekers wogen de restjes op twaalf basisscholen en spraken met koks en leerkrachten."],
    "pl": ["Dzieci ze szkół z ogródkiem warzywnym jadły na obiad o jedną trzecią więcej warzyw, wynika z dwuletniego badania w Quillhaven.",
           "Badacze ważyli resztki w dwunastu szkołach podstawowych i rozmawiali z kucharzami oraz nauczycielami."],
    "sv": ["Barn på skolor med en köksträdgård åt en tredjedel mer grönsaker till lunch, visar en tvåårig studie i Quillhaven.",
           "Forskarna vägde matresterna på tolv grundskolor och intervjuade kockar och lärare."],
    "da": ["Børn på skoler med en køkkenhave spiste en tredjedel flere grøntsager til frokost, viser et toårigt studie i Quillhaven.",
           "Forskerne vejede madresterne på tolv skoler og interviewede kokke og lærere."],
    "nb": ["Barn på skoler med kjøkkenhage spiste en tredjedel mer grønnsaker til lunsj, viser en toårig studie i Quillhaven.",
           "Forskerne veide matrestene på tolv barneskoler og intervjuet kokker og lærere."],
    "fi": ["Koulupuutarhan kouluissa lapset söivät lounaalla kolmanneksen enemmän kasviksia, kertoo Quillhavenissa tehty kaksivuotinen tutkimus.",
           "Tutkijat punnitsivat ruokajätteen kahdessatoista alakoulussa ja haastattelivat kokkeja ja opettajia."],
    "et": ["Koolipeenraga koolide lapsed sõid lõunaks kolmandiku võrra rohkem köögivilju, selgus Quillhaveni kaheaastasest uuringust.",
           "Teadlased kaalusid toidujäätmeid kaheteistkümnes algkoolis ja küsitlesid kokkasid ning õpetajaid."],
    "lv": ["Bērni skolās ar dārzeņu dārzu pusdienās apēda par trešdaļu vairāk dārzeņu, liecina divus gadus ilgs pētījums Quillhaven pilsētā.",
           "Pētnieki svēra ēdiena atlikumus divpadsmit sākumskolās un aptaujāja pavārus un skolotājus."],
    "lt": ["Vaikai mokyklose su daržu per pietus suvalgė trečdaliu daugiau daržovių, rodo dvejų metų tyrimas Quillhavene.",
           "Tyrėjai svėrė maisto likučius dvylikoje pradinių mokyklų ir kalbino virėjus bei mokytojus."],
    "cs": ["Děti ze škol se zeleninovou zahradou snědly k obědu o třetinu více zeleniny, ukázala dvouletá studie z Quillhavenu.",
           "Výzkumníci vážili zbytky jídla ve dvanácti základních školách a mluvili s kuchaři a učiteli."],
    "sk": ["Deti zo škôl so zeleninovou záhradou zjedli na obed o tretinu viac zeleniny, ukázala dvojročná štúdia z Quillhavenu.",
           "Výskumníci vážili zvyšky jedla v dvanástich základných školách a hovorili s kuchármi a učiteľmi."],
    "sl": ["Otroci na šolah z zelenjavnim vrtom so pri kosilu pojedli tretjino več zelenjave, kaže dveletna študija iz Quillhavna.",
           "Raziskovalci so tehtali ostanke hrane na dvanajstih osnovnih šolah in se pogovarjali s kuharji in učitelji."],
    "hr": ["Djeca u školama s povrtnjakom pojela su za ručak trećinu više povrća, pokazuje dvogodišnje istraživanje u Quillhavenu.",
           "Istraživači su vagali ostatke hrane u dvanaest osnovnih škola i razgovarali s kuharima i učiteljima."],
    "sr": ["Деца у школама са баштом поједу за ручак трећину више поврћа, показује двогодишње истраживање у Квилхејвену.",
           "Истраживачи су мерили остатке хране у дванаест основних школа и разговарали са куварима и наставницима."],
    "bg": ["Децата в училища със зеленчукова градина са изяли с една трета повече зеленчуци на обяд, показва двугодишно проучване в Куилхейвън.",
           "Изследователите са претеглили остатъците в дванадесет основни училища и са разговаряли с готвачи и учители."],
    "uk": ["Діти зі шкіл з городом з'їдали на обід на третину більше овочів, свідчить дворічне дослідження в Квілгейвені.",
           "Дослідники зважували залишки їжі у дванадцяти початкових школах і розпитували кухарів та вчителів."],
    "ru": ["Дети из школ с огородом съедали на обед на треть больше овощей, показало двухлетнее исследование в Квилхейвене.",
           "Исследователи взвешивали остатки еды в двенадцати начальных школах и опрашивали поваров и учителей."],
    "el": ["Τα παιδιά σε σχολεία με λαχανόκηπο έτρωγαν στο μεσημεριανό ένα τρίτο περισσότερα λαχανικά, σύμφωνα με διετή μελέτη στο Κουίλχεϊβεν.",
           "Οι ερευνητές ζύγισαν τα υπολείμματα σε δώδεκα δημοτικά σχολεία και μίλησαν με μάγειρες και δασκάλους."],
    "hu": ["Az iskolakertes iskolák gyerekei ebédnél harmadával több zöldséget ettek egy kétéves quillhaveni vizsgálat szerint.",
           "A kutatók tizenkét általános iskolában mérték le a maradékot, és szakácsokat, tanárokat kérdeztek meg."],
    "ro": ["Copiii din școlile cu grădină de legume au mâncat la prânz cu o treime mai multe legume, arată un studiu de doi ani din Quillhaven.",
           "Cercetătorii au cântărit resturile în douăsprezece școli primare și au discutat cu bucătari și profesori."],
    "tr": ["Sebze bahçesi olan okullardaki çocuklar öğle yemeğinde üçte bir daha fazla sebze yedi; Quillhaven'da iki yıl süren bir çalışma bunu gösterdi.",
           "Araştırmacılar on iki ilkokulda artan yemekleri tarttı ve aşçılar ile öğretmenlerle görüştü."],
    "ar": ["تناول أطفال المدارس التي تضم حديقة خضراوات ثلثًا إضافيًا من الخضار في وجبة الغداء، وفق دراسة استمرت عامين في كويلهيفن.",
           "وزن الباحثون بقايا الطعام في اثنتي عشرة مدرسة ابتدائية وقابلوا الطهاة والمعلمين."],
    "he": ["ילדים בבתי ספר עם גינת ירק אכלו בארוחת הצהריים שליש יותר ירקות, כך עולה ממחקר דו־שנתי בקווילהייבן.",
           "החוקרים שקלו את השאריות בשנים־עשר בתי ספר יסודיים ושוחחו עם טבחים ומורים."],
    "fa": ["کودکان مدرسه‌هایی که باغچهٔ سبزی دارند در ناهار یک‌سوم سبزی بیشتری خوردند؛ این نتیجهٔ پژوهشی دوساله در کوئیل‌هیون است.",
           "پژوهشگران پسماند غذا را در دوازده دبستان وزن کردند و با آشپزها و معلمان گفت‌وگو کردند."],
    "ur": ["سبزیوں کے باغ والے اسکولوں کے بچوں نے دوپہر کے کھانے میں ایک تہائی زیادہ سبزیاں کھائیں، کوئل ہیون میں دو سالہ تحقیق سے پتا چلا۔",
           "محققین نے بارہ پرائمری اسکولوں میں بچا ہوا کھانا تولا اور باورچیوں اور اساتذہ سے بات کی۔"],
    "hi": ["सब्ज़ी बगीचे वाले स्कूलों के बच्चों ने दोपहर के भोजन में एक-तिहाई अधिक सब्ज़ियाँ खाईं, क्विलहेवन में दो साल के अध्ययन में यह पाया गया।",
           "शोधकर्ताओं ने बारह प्राथमिक स्कूलों में बचा हुआ खाना तौला और रसोइयों व शिक्षकों से बात की।"],
    "bn": ["সবজি বাগান থাকা স্কুলের শিশুরা দুপুরের খাবারে এক-তৃতীয়াংশ বেশি সবজি খেয়েছে, কুইলহেভেনের দুই বছরের এক গবেষণায় দেখা গেছে।",
           "গবেষকেরা বারোটি প্রাথমিক বিদ্যালয়ে বেঁচে যাওয়া খাবার ওজন করেছেন এবং রাঁধুনি ও শিক্ষকদের সঙ্গে কথা বলেছেন।"],
    "th": ["เด็กในโรงเรียนที่มีแปลงผักกินผักมื้อกลางวันมากขึ้นหนึ่งในสาม ตามผลการศึกษาสองปีในเมืองควิลเฮเวน",
           "นักวิจัยชั่งอาหารเหลือในโรงเรียนประถมสิบสองแห่งและสัมภาษณ์แม่ครัวและครู"],
    "vi": ["Trẻ em ở các trường có vườn rau ăn nhiều rau hơn một phần ba trong bữa trưa, theo một nghiên cứu kéo dài hai năm tại Quillhaven.",
           "Các nhà nghiên cứu đã cân thức ăn thừa ở mười hai trường tiểu học và phỏng vấn đầu bếp cùng giáo viên."],
    "id": ["Anak-anak di sekolah yang memiliki kebun sayur makan sepertiga lebih banyak sayur saat makan siang, menurut studi dua tahun di Quillhaven.",
           "Para peneliti menimbang sisa makanan di dua belas sekolah dasar dan mewawancarai juru masak serta guru."],
    "ms": ["Kanak-kanak di sekolah yang mempunyai kebun sayur makan sepertiga lebih banyak sayur semasa makan tengah hari, menurut kajian dua tahun di Quillhaven.",
           "Penyelidik menimbang sisa makanan di dua belas sekolah rendah dan menemu bual tukang masak serta guru."],
    "tl": ["Ang mga batang nasa paaralang may gulayan ay kumain ng mas maraming gulay sa tanghalian, ayon sa dalawang-taong pag-aaral sa Quillhaven.",
           "Tinimbang ng mga mananaliksik ang tirang pagkain sa labindalawang paaralang elementarya at kinapanayam ang mga kusinero at guro."],
    "sw": ["Watoto katika shule zenye bustani ya mboga walikula mboga zaidi kwa theluthi moja wakati wa chakula cha mchana, kwa mujibu wa utafiti wa miaka miwili huko Quillhaven.",
           "Watafiti walipima mabaki ya chakula katika shule kumi na mbili za msingi na kuwahoji wapishi na walimu."],
    "ja": ["菜園のある学校の子どもたちは、昼食で野菜を三分の一多く食べていたことが、クイルヘイブンでの2年間の調査でわかった。",
           "研究チームは12の小学校で食べ残しを量り、調理員や教員に聞き取りを行った。"],
    "zh": ["奎尔黑文一项为期两年的研究发现，有菜园的学校的孩子午餐时多吃了三分之一的蔬菜。",
           "研究人员在十二所小学称量了剩饭，并采访了厨师和教师。"],
    "ko": ["텃밭이 있는 학교의 어린이들이 점심에 채소를 3분의 1 더 먹었다는 사실이 퀼헤이븐의 2년간 연구에서 드러났다.",
           "연구진은 12개 초등학교에서 남은 음식을 재고 조리사와 교사를 면담했다."],
    "ca": ["Els infants d'escoles amb hort van menjar un terç més de verdura al dinar, segons un estudi de dos anys a Quillhaven.",
           "Els investigadors van pesar les restes en dotze escoles de primària i van entrevistar cuiners i mestres."],
}

RTL = {"ar", "he", "fa", "ur"}


def title_of(lang: str) -> str:
    first = STORY[lang][0]
    return re.split(r"[,，、;،]", first)[0][:90]


def news(lang: str, place: str, html: str) -> str:
    """A news report in `lang` with `html` set where `place` says (own, mid, end, after)."""
    return story_page(lang, title_of(lang), STORY[lang], place, html, section="Science", site="Quillhaven Courier")


def site(lang: str, title: str, main: str, *, footer: str = "", header: str = "") -> str:
    """A page outside newsrooms: a site header and menu, `main`, and a site footer."""
    direction = ' dir="rtl"' if lang in RTL else ""
    return (f'<!doctype html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><header class="site-header"><a class="logo" href="/">GardenPlate</a>'
            f'<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li>'
            f'<li><a href="/data">Data</a></li></ul></nav>{header}</header>\n'
            f'<main>{main}</main>\n<footer class="site-footer">{footer}<p>© 2026 GardenPlate project</p></footer></body></html>')


def para(lang: str, extra: str = "") -> str:
    return "\n".join(f"<p>{p}</p>" for p in STORY[lang]) + extra


# Real statements: (lang, where, html, statements, not_funding, keep, note)
REAL: list[tuple] = []
# Hard negatives: (lang, where, html, note)
NEGATIVE: list[tuple] = []


def real(lang, where, html, statements, not_funding=(), keep=(), note=""):
    REAL.append((lang, where, html, list(statements), list(not_funding), list(keep), note))


def neg(lang, where, html, note):
    NEGATIVE.append((lang, where, html, note))


# ---- real statements: pages outside newsrooms -------------------------------------------------

s = "This project is funded by the Ellery Open Tools Fund under grant EOT-2291."
real("en", "readme acknowledgements", site("en", "plotbed: README", (
    '<article class="markdown-body entry-content"><h1>plotbed</h1>'
    "<p>plotbed draws planting maps for school gardens from a CSV file of beds and crops.</p>"
    "<h2>Installation</h2><pre><code>pip install plotbed</code></pre>"
    "<h2>Usage</h2><pre><code>plotbed beds.csv --out map.svg</code></pre>"
    f"<h2>Acknowledgements</h2><p>{s}</p><p>Thanks to everyone who filed issues and tested early versions.</p></article>")),
    [s], ["Thanks to everyone who filed issues and tested early versions."], note="README rendered as HTML, statement under Acknowledgements")

s = "The workshop is supported by the Corran Institute for Child Health and the Mabry Foundation."
real("en", "workshop page", site("en", "Workshop: Gardens, Food and Learning 2026", (
    "<h1>Gardens, Food and Learning: a one-day workshop</h1>"
    "<p>Teachers, cooks and researchers meet in Quillhaven on 14 May to share what works in school gardens.</p>"
    "<h2>Programme</h2><ul><li>09:30 Welcome</li><li>10:00 Results of the GardenPlate study</li><li>14:00 Hands-on session in the garden</li></ul>"
    f"<h2>Support</h2><p>{s}</p>"
    '<div class="cta"><p>Interested in sponsoring next year? Become a sponsor.</p><a class="button" href="/sponsor">Become a sponsor</a></div>')),
    [s], ["Interested in sponsoring next year? Become a sponsor."], note="workshop page; 'Become a sponsor' call beside it")

s = "Conservation of this object was funded by the Pellow Heritage Fund."
real("en", "museum object page dl", site("en", "Garden trowel, 1952", (
    '<article class="object"><h1>Garden trowel, 1952</h1><figure><img src="trowel.jpg" alt="A small steel trowel with a wooden handle"></figure>'
    "<p>A child's trowel used in the first school garden at Quillhaven Infants' School. The handle carries the initials of the pupil who kept it.</p>"
    '<dl class="object-facts"><dt>Object number</dt><dd>QM.1952.114</dd><dt>Material</dt><dd>Steel, beech wood</dd>'
    f"<dt>Credit</dt><dd>{s}</dd></dl></article>")),
    [s], note="museum object page, credit in a definition list")

s = "This season is produced with support from the Tamsin Rowe Foundation."
real("en", "podcast show notes", site("en", "Dig In podcast, S2 E4: Who eats the kale?", (
    "<article><h1>S2 E4: Who eats the kale?</h1><audio controls src=\"e4.mp3\"></audio>"
    "<h2>Show notes</h2><p>We visit two Quillhaven schools where pupils grow their own lunch, and ask the cooks what the children actually eat.</p>"
    "<ul><li>00:45 The garden at Mill Lane</li><li>12:10 Weighing the leftovers</li></ul>"
    '<p class="ad">Ad: Try Crumbly Oats today, now with 20% less sugar.</p>'
    f"<p>{s}</p></article>")),
    [s], ["Ad: Try Crumbly Oats today, now with 20% less sugar."], note="podcast show notes; an ad line beside")

s = "Data collection was funded by the National Council for Food Research (grant NCFR-18-0442)."
real("en", "dataset landing page", site("en", "GardenPlate plate-waste records 2024-2026", (
    '<div class="dataset"><h1>GardenPlate plate-waste records 2024-2026</h1>'
    "<p>Weights of food left on 48,000 lunch plates in twelve primary schools, with menus and garden activity logs.</p>"
    '<table class="meta"><tr><th>Licence</th><td>CC BY 4.0</td></tr><tr><th>Version</th><td>2.1</td></tr>'
    "<tr><th>Size</th><td>14 MB</td></tr></table>"
    f"<h2>Provenance</h2><p>Records were entered by trained school staff and checked twice. {s}</p>"
    '<a class="button" href="/download">Download</a></div>')),
    [s], ["Records were entered by trained school staff and checked twice."], note="dataset landing page, statement ends a paragraph")

s = "plotbed is sponsored by Fernhill Analytics, who pay for two days of maintenance a week."
real("en", "open-source sponsors section", site("en", "plotbed documentation", (
    "<article><h1>plotbed</h1><p>Planting maps for school gardens.</p>"
    f'<h2>Sponsors</h2><p>{s}</p>'
    '<div class="sponsor-tiers"><h3>Gold</h3><ul><li><img src="a.png" alt="">Ravel Systems</li></ul><h3>Silver</h3>'
    '<ul><li><img src="b.png" alt="">Kettleby Seeds</li><li><img src="c.png" alt="">Hobart Cloud</li></ul></div></article>')),
    [s], ["Ravel Systems", "Kettleby Seeds"], note="Sponsors section: sentence versus plain tier logos")

s = "This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101177342."
real("en", "project site footer, EU emblem", site("en", "GardenPlate: about the project", (
    "<h1>About GardenPlate</h1><p>GardenPlate studies how growing food at school changes what children eat.</p>"
    "<p>Twelve schools, three universities and two city councils take part.</p>"),
    footer=f'<div class="funder"><img src="eu-flag.svg" alt="Co-funded by the European Union"><p>{s}</p></div>'),
    [s], note="EU emblem and its sentence in the site <footer>")

s = "Development of plotbed is supported by the Hollin Open Source Fund."
real("en", "software docs page", site("en", "plotbed 3.2 documentation", (
    "<h1>plotbed 3.2</h1><p>plotbed supports Python 3.10 to 3.13 and reads CSV and XLSX files.</p>"
    "<h2>Getting started</h2><p>Install the package and run it on a file of beds.</p>"
    f'<div class="admonition note"><p>{s}</p></div>')),
    [s], ["plotbed supports Python 3.10 to 3.13 and reads CSV and XLSX files."], note="docs page: statement versus 'supports Python'")

s1 = "This work was funded by the Ostler Foundation for Child Nutrition (grant OF-2023-201)."
s2 = "Additional support came from the Quillhaven Education Authority."
k = "The authors declare no competing interests."
real("en", "journal back matter", site("en", "School gardens and vegetable intake: a cluster trial", (
    '<article class="journal"><h1>School gardens and vegetable intake in primary schools: a two-year cluster trial</h1>'
    "<section><h2>Abstract</h2><p>We compared vegetable intake at lunch in six schools with gardens and six without.</p></section>"
    "<section><h2>Results</h2><p>Intake rose by 33% in garden schools.</p></section>"
    "<section><h2>Author contributions</h2><p>R.I. designed the study; T.M. weighed the plates; both wrote the paper.</p></section>"
    f'<section id="funding"><h2>Funding</h2><p>{s1} {s2}</p></section>'
    f'<section id="coi"><h2>Conflict of interest</h2><p>{k}</p></section>'
    "<section><h2>References</h2><ol><li>Abel P. Gardens and diet. J Child Food. 2019;4:1-9.</li></ol></section></article>")),
    [s1, s2], ["R.I. designed the study; T.M. weighed the plates; both wrote the paper."], [k], note="back matter: Funding between contributions and conflict of interest; two sentences")

s = "The garden tools were lent by Brightspade Tools as in-kind support."
k = "The authors declare no competing interests."
real("en", "details disclosures", site("en", "Preprint: Gardens and lunch", (
    "<article><h1>Gardens and lunch: a preprint</h1><p>Pupils in garden schools ate more vegetables at lunch.</p>"
    f"<details><summary>Disclosures</summary><p>Funding and support: {s}</p><p>Competing interests: {k}</p></details></article>")),
    [s], keep=[k], note="details Disclosures: in-kind loan; conflict line stays")

real("en", "lead-in then list", site("en", "GardenPlate: final report", (
    "<article><h1>GardenPlate final report</h1><p>The report sets out the results from twelve schools.</p>"
    "<h2>Acknowledgements</h2><p>We thank the pupils and cooks of all twelve schools.</p>"
    "<p>This work was supported by:</p><ul><li>the Marsh Family Trust (grant MFT-09)</li>"
    "<li>the Quillhaven Schools Council (award QSC-2024-3)</li></ul></article>")),
    ["This work was supported by:", "the Marsh Family Trust (grant MFT-09)", "the Quillhaven Schools Council (award QSC-2024-3)"],
    ["We thank the pupils and cooks of all twelve schools."], note="family trust; lead-in followed by a list")

s = "This newsletter is made possible by the Greenleaf Schools Fund."
real("en", "newsletter", site("en", "Garden Notes, issue 12", (
    '<div class="newsletter"><h1>Garden Notes #12</h1><p>Hello gardeners! This month the beans came up at Mill Lane.</p>'
    "<p>Next month: how to keep slugs off lettuce without chemicals.</p>"
    f'<p class="small">{s} You are receiving this because you subscribed on our website.</p></div>')),
    [s], ["You are receiving this because you subscribed on our website."], note="newsletter credit line")

s = "My work on this project is funded by a fellowship from the Iris Calder Trust."
real("en", "personal research blog", site("en", "Notes from the plate: what I learned weighing leftovers", (
    "<article class=\"post\"><h1>What I learned weighing 48,000 lunches</h1>"
    "<p>I spent two years with a kitchen scale and a clipboard. Here is what surprised me.</p>"
    "<p>First, children eat what they grew, even beetroot.</p>"
    f"<p><em>{s}</em></p></article>")),
    [s], note="first-person blog statement, italic")

s = "The new teaching garden was funded by a gift from alumna Margaret Oyelaran."
real("en", "university donor news", site("en", "New teaching garden opens", (
    "<article><h1>New teaching garden opens on campus</h1><p>Student teachers will learn to run a school garden in a new plot beside the Education building.</p>"
    f"<p>{s} The garden has twelve raised beds and a rain store.</p></article>")),
    [s], ["The garden has twelve raised beds and a rain store."], note="university's own donor news: individual donor")

s = "The GardenPlate study is funded by the Selwyn Trust (grant ST/2023/77)."
real("en", "notes to editors", site("en", "Press release: school gardens", (
    "<article><h1>Press release: pupils with gardens eat a third more vegetables</h1><p>Embargoed until 00:01, 3 June 2026.</p>"
    "<p>Children in schools with vegetable gardens ate a third more vegetables at lunch.</p>"
    f"<h3>Notes to editors</h3><ol><li>The paper is published in the Journal of Child Food.</li><li>{s}</li>"
    "<li>Photographs are available on request.</li></ol></article>")),
    [s], ["Photographs are available on request."], note="press release notes to editors")

s = "Research supported by the Daventry Foundation"
real("en", "byline", news("en", "own", (
    f'<p class="byline">By Ruth Ingle · {s}</p>' + para("en"))),
    [s], note="statement in the byline area")

s = "Reporting for this story was supported by a grant from the Calloway Journalism Fund."
real("en", "editor's note", news("en", "end", f"<p><em>Editor's note: {s}</em></p>"),
    [s], note="italic editor's note on a reporting grant")

s = "The study was funded by the Harrowgate Nutrition Trust."
real("en", "end of story paragraph", news("en", "own", para("en") + (
    f"<p>The children also tried more new foods over the two years, the team reports. {s}</p>"
    "<p>The schools plan to keep the gardens open over the summer.</p>")),
    [s], ["The children also tried more new foods over the two years, the team reports."], note="last sentence of an ordinary paragraph")

s = "Photo: Dana Whitlow; the project is funded by the Brookmoor Foundation."
real("en", "photo credit", news("en", "mid", f'<figure><img src="beds.jpg" alt="Pupils watering raised beds"><figcaption>Pupils water the beds before lunch. <span class="credit">{s}</span></figcaption></figure>'),
    [s], ["Pupils water the beds before lunch."], note="credit line under a photo")

s = "Garden beds were built with a grant from the Lyle Community Fund."
real("en", "figure caption", site("en", "Results: vegetables per pupil", (
    "<article><h1>Results</h1><p>Intake rose steadily over the two years.</p>"
    f'<figure><img src="fig2.png" alt="Line chart"><figcaption>Figure 2. Vegetables eaten per pupil per week. {s}</figcaption></figure></article>')),
    [s], ["Figure 2. Vegetables eaten per pupil per week."], note="grant acknowledgement inside a figure caption")

s = "Funded by the Harwick Foundation (grant HF-5521)"
real("en", "project facts table", site("en", "Project: Grow and Eat", (
    "<h1>Grow and Eat</h1><p>A pilot bringing raised beds to four nursery schools.</p>"
    '<table class="facts"><tr><th>Duration</th><td>2025-2027</td></tr><tr><th>Lead</th><td>Quillhaven University</td></tr>'
    f"<tr><th>Funding</th><td>{s}</td></tr><tr><th>Contact</th><td>grow@example.org</td></tr></table>")),
    [s], note="statement in a table of project facts")

s = "THIS STUDY WAS FUNDED BY THE QUILLHAVEN CHILDREN'S HEALTH FUND."
real("en", "capitals", news("en", "end", f'<p class="note">{s}</p>'),
    [s], note="statement in capitals")

s = "Funded by the Norcott Trust, grant NT-2024-66."
real("en", "footnote target", site("en", "Lunch and learning", (
    '<article><h1>Lunch and learning</h1><p>The study followed 1,200 pupils for two school years.<sup><a href="#fn1">1</a></sup></p>'
    "<p>Teachers reported calmer afternoons.<sup><a href=\"#fn2\">2</a></sup></p>"
    f'<ol class="footnotes"><li id="fn1">{s}</li><li id="fn2">Based on 86 teacher interviews.</li></ol></article>')),
    [s], ["Based on 86 teacher interviews."], note="footnote marker's target")

s1 = "The study was funded by the Arden Food Foundation."
s2 = "The open day is sponsored by Quillhaven Building Society."
real("en", "two statements", site("en", "Garden open day", (
    "<article><h1>Come to the garden open day</h1><p>On 20 June the twelve GardenPlate schools open their gardens to families.</p>"
    f"<p>Researchers will present the results of the two-year study. {s1}</p>"
    f'<aside class="event-box"><p>Saturday 20 June, 10:00-15:00. {s2}</p></aside></article>')),
    [s1, s2], ["Saturday 20 June, 10:00-15:00."], note="two statements: a study's grant and an event sponsor")

s = "The conference is supported by the Ostler Foundation and Quillhaven City Council."
real("en", "conference supported-by vs partners", site("en", "Growing Minds 2026", (
    "<h1>Growing Minds 2026</h1><p>A conference on food education, 9-10 October, Quillhaven.</p>"
    f'<section class="supporters"><h2>Supported by</h2><p>{s}</p></section>'
    '<section class="partners"><h2>Partners</h2><ul><li>Greenrow Seeds</li><li>Mossbank University</li></ul></section>'
    '<section class="media"><h2>Media partners</h2><ul><li>Teach Weekly</li><li>Radio Quill</li></ul></section>')),
    [s], ["Greenrow Seeds", "Teach Weekly"], note="Supported by beside Partners and Media partners")

s = "Funded by the Tarrant Trust."
real("en", "alt text beside visible text", site("en", "Seed library", (
    "<h1>The school seed library</h1><p>Pupils save seeds each autumn and swap them with other schools.</p>"
    f'<div class="funder"><img src="tarrant.png" alt="Funded by the Tarrant Trust"><p>{s}</p></div>')),
    [s], note="alt text and visible text say the same")

s = "The pilot is funded by the Wexcombe Foundation; Greenrow Seeds and Mossbank University are delivery partners."
real("en", "partners and funders section", site("en", "Kitchen garden pilot", (
    "<h1>Kitchen garden pilot</h1><p>Eight schools will add a kitchen to their garden.</p>"
    f'<section><h2>Partners and funders</h2><p>{s}</p><div class="logos"><img src="w.png" alt="Wexcombe Foundation">'
    '<img src="g.png" alt="Greenrow Seeds"><img src="m.png" alt="Mossbank University"></div></section>')),
    [s], note="partners and funders section where only one logo is a funder")

s = "The GardenPlate study is funded by the Selwyn Trust."
real("en", "given twice", news("en", "own", para("en", f"<p>{s}</p>") + f'<footer class="article-footer"><p>{s}</p><p>Filed under: Education</p></footer>'),
    [s], ["Filed under: Education"], note="the same statement in the body and the article footer: one value")

s = "Tonight's harvest concert is presented with the generous support of the Fenwick Family Trust."
real("en", "concert page", site("en", "Harvest concert", (
    "<h1>Harvest concert</h1><p>Pupils from the garden schools sing songs about food and weather.</p>"
    f'<div class="credits"><p>{s}</p><p>Tickets: free, booking required.</p></div>')),
    [s], ["Tickets: free, booking required."], note="'with the generous support of' on a concert page")

s = "Die Ausstellung wird ermöglicht durch die großzügige Unterstützung der Hanna-Roth-Stiftung."
real("de", "exhibition credit block", site("de", "Ausstellung: Vom Beet auf den Teller", (
    "<h1>Vom Beet auf den Teller</h1><p>Die Ausstellung zeigt Schulgärten aus hundert Jahren, von der Kriegszeit bis heute.</p>"
    f'<div class="credit-block"><p>{s}</p><p>Kuratiert von Lene Voss.</p></div>')),
    [s], ["Kuratiert von Lene Voss."], note="exhibition 'ermöglicht durch'")

s = "Gefördert durch die Deutsche Schulgarten-Gesellschaft (Projektnummer 511 234)."
real("de", "journal metadata dl", site("de", "Schulgärten und Gemüseverzehr", (
    "<article><h1>Schulgärten und Gemüseverzehr: eine Cluster-Studie</h1><p>Wir verglichen zwölf Grundschulen über zwei Jahre.</p>"
    '<dl class="article-meta"><dt>Eingereicht</dt><dd>3. März 2026</dd><dt>Angenommen</dt><dd>9. Mai 2026</dd>'
    f"<dt>Förderung</dt><dd>{s}</dd><dt>Interessenkonflikt</dt><dd>Die Autorinnen erklären, dass keine Interessenkonflikte bestehen.</dd></dl></article>")),
    [s], keep=["Die Autorinnen erklären, dass keine Interessenkonflikte bestehen."], note="Förderung as a <dt>")

s = "Die Studie wurde von der Karl-Ebner-Stiftung gefördert (Förderkennzeichen KES-2024-117)."
real("de", "heading", news("de", "end", f"<h2>Förderung</h2><p>{s}</p>"), [s], note="heading Förderung")

s = "L'atelier est soutenu par la Fondation Berthier pour l'enfance."
real("fr", "workshop page", site("fr", "Atelier : potagers et cantines", (
    "<h1>Atelier : potagers et cantines</h1><p>Une journée pour les enseignants et les cuisiniers, le 12 mars à Quillhaven.</p>"
    f"<p>Inscription gratuite. {s}</p>")),
    [s], ["Inscription gratuite."], note="workshop 'soutenu par'")

s = "Cette recherche a bénéficié du soutien financier de la Fondation Amélie Vernet."
real("fr", "end", news("fr", "end", f"<p>{s}</p>"), [s], note="'avec le soutien financier'")

s = "Este trabajo fue financiado por la Fundación Ribera Verde (proyecto RV-2023-58)."
real("es", "run-in label", news("es", "end", f"<p><strong>Financiación:</strong> {s}</p>"), [s], note="run-in Financiación")

s = "La recogida de datos fue financiada por la Agencia de Huertos Escolares (ayuda HE-2024-09)."
real("es", "dataset page", site("es", "Datos de restos de comida", (
    "<h1>Registros de restos de comida 2024-2026</h1><p>Pesos de las sobras en doce escuelas primarias.</p>"
    f'<dl><dt>Licencia</dt><dd>CC BY 4.0</dd><dt>Financiación</dt><dd>{s}</dd></dl>')),
    [s], note="dataset page in Spanish")

s = "Lo studio è stato finanziato dalla Fondazione Carlotta Menni."
real("it", "end of story paragraph", news("it", "own", para("it") + f"<p>I bambini hanno anche assaggiato più cibi nuovi, spiegano gli autori. {s}</p>"),
    [s], ["I bambini hanno anche assaggiato più cibi nuovi, spiegano gli autori."], note="last sentence of a paragraph")

s = "Il progetto è sostenuto dalla Fondazione Orti Felici."
real("it", "elementor widget column", site("it", "Orti a scuola", (
    '<div class="elementor-section"><div class="elementor-column elementor-col-66"><div class="elementor-widget-text-editor">'
    "<h1>Orti a scuola</h1><p>Dodici scuole coltivano verdura per la mensa.</p></div></div>"
    '<div class="elementor-column elementor-col-33"><div class="elementor-widget elementor-widget-text-editor">'
    f"<p>{s}</p></div></div></div>")),
    [s], note="statement in a widget column after the text")

s = "O estudo foi financiado pela Fundação Luz do Campo (bolsa LC-7731)."
real("pt", "acknowledgements mixing thanks", news("pt", "end", f"<h3>Agradecimentos</h3><p>Agradecemos às cozinheiras das escolas pela paciência. {s}</p>"),
    [s], ["Agradecemos às cozinheiras das escolas pela paciência."], note="thanks and a grant")

s = "Dit onderzoek werd mogelijk gemaakt door het Fonds Van Dijkhuis."
real("nl", "italic note", news("nl", "end", f"<p><i>{s}</i></p>"), [s], note="italic note")

s = "Het project wordt gefinancierd door de Stichting Schooltuin Noord."
real("nl", "sidebar box", news("nl", "mid", f'<aside class="infobox"><h3>Over dit project</h3><p>{s}</p></aside>'), [s], note="sidebar box inside the article")

s = "Badanie sfinansowało Narodowe Biuro Żywienia Dzieci (grant nr NBZD/2024/19)."
real("pl", "heading", news("pl", "end", f"<h2>Finansowanie</h2><p>{s}</p>"), [s], note="heading Finansowanie")

s = "Badanie zostało sfinansowane przez Fundację Zielona Przerwa."
real("pl", "collapsed article information", news("pl", "after", f"<details><summary>Informacje o artykule</summary><p>Autor: Jan Kos</p><p>{s}</p></details>"),
    [s], ["Autor: Jan Kos"], note="collapsed article information")

real("sv", "end", news("sv", "end", "<p>Studien finansierades av Stiftelsen Ekbacken.</p>"), ["Studien finansierades av Stiftelsen Ekbacken."])
real("da", "end of paragraph", news("da", "own", para("da") + "<p>Resultaterne bliver brugt i hele kommunen. Undersøgelsen er støttet af Fonden for Skolehaver.</p>"),
     ["Undersøgelsen er støttet af Fonden for Skolehaver."], ["Resultaterne bliver brugt i hele kommunen."])
real("nb", "footer of article", news("nb", "end", '<footer class="article-footer"><p>Prosjektet er finansiert av Stiftelsen Grønn Skolegård.</p></footer>'),
     ["Prosjektet er finansiert av Stiftelsen Grønn Skolegård."])
real("fi", "heading Rahoitus", news("fi", "end", "<h3>Rahoitus</h3><p>Tutkimusta rahoitti Aino Lehtisen säätiö.</p>"), ["Tutkimusta rahoitti Aino Lehtisen säätiö."])
real("et", "project page", site("et", "Koolipeenrad", "<h1>Koolipeenrad</h1><p>Kaksteist kooli kasvatavad sööklale köögivilju.</p><p>Uuringut rahastas Kasvuaia Fond.</p>"),
     ["Uuringut rahastas Kasvuaia Fond."])
real("lv", "end", news("lv", "end", "<p>Pētījumu finansēja Zaļās skolas fonds.</p>"), ["Pētījumu finansēja Zaļās skolas fonds."])
real("lt", "card widget", site("lt", "Mokyklų daržai", '<h1>Mokyklų daržai</h1><p>Dvylika mokyklų augina daržoves valgyklai.</p><div class="card"><div class="card-body"><p>Tyrimą finansavo Mokyklų sodų fondas.</p></div></div>'),
     ["Tyrimą finansavo Mokyklų sodų fondas."], note="card widget")
real("cs", "end", news("cs", "end", "<p>Výzkum byl podpořen Nadací Zelená třída (grant č. NZT-22-104).</p>"), ["Výzkum byl podpořen Nadací Zelená třída (grant č. NZT-22-104)."])
real("sk", "about this project box", site("sk", "Školské záhrady", '<h1>Školské záhrady</h1><p>Dvanásť škôl pestuje zeleninu pre jedáleň.</p><div class="about-box"><h3>O projekte</h3><p>Štúdiu financovala Nadácia Školská záhrada.</p></div>'),
     ["Štúdiu financovala Nadácia Školská záhrada."], note="About this project box")
real("sl", "research page", site("sl", "Šolski vrtovi", "<h1>Šolski vrtovi in prehrana</h1><p>Primerjali smo dvanajst osnovnih šol.</p><h2>Financiranje</h2><p>Raziskavo je financirala Fundacija Zeleni vrt.</p>"),
     ["Raziskavo je financirala Fundacija Zeleni vrt."])
real("hr", "end", news("hr", "end", "<p>Istraživanje je financirala Zaklada Zeleni školski vrt.</p>"), ["Istraživanje je financirala Zaklada Zeleni školski vrt."])
real("sr", "end of paragraph", news("sr", "own", para("sr") + "<p>Деца су пробала и нова јела, наводе аутори. Истраживање је финансирала Фондација Зелена учионица.</p>"),
     ["Истраживање је финансирала Фондација Зелена учионица."], ["Деца су пробала и нова јела, наводе аутори."])
real("bg", "heading", news("bg", "end", "<h3>Финансиране</h3><p>Проучването е финансирано от фондация „Зелена класна стая“.</p>"), ["Проучването е финансирано от фондация „Зелена класна стая“."])
real("uk", "research page", site("uk", "Шкільні городи", "<h1>Шкільні городи і харчування</h1><p>Ми порівняли дванадцять шкіл.</p><h2>Фінансування</h2><p>Дослідження фінансував Фонд шкільних садів «Паросток».</p>"),
     ["Дослідження фінансував Фонд шкільних садів «Паросток»."])
real("ru", "end", news("ru", "end", "<p>Исследование выполнено при поддержке Фонда «Зелёная перемена» (грант № ЗП-2024-31).</p>"), ["Исследование выполнено при поддержке Фонда «Зелёная перемена» (грант № ЗП-2024-31)."])
real("el", "end", news("el", "end", "<p>Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Ελένης Μαρκάκη.</p>"), ["Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Ελένης Μαρκάκη."])
real("hu", "heading Támogatás", news("hu", "end", "<h3>Támogatás</h3><p>A kutatást a Zöld Iskolakert Alapítvány támogatta.</p>"), ["A kutatást a Zöld Iskolakert Alapítvány támogatta."])
real("ro", "co-financed notice", site("ro", "Grădini școlare", "<h1>Grădini școlare</h1><p>Douăsprezece școli cultivă legume pentru cantină.</p>",
     footer='<div class="funder"><img src="ue.png" alt="Uniunea Europeană"><p>Proiect cofinanțat de Uniunea Europeană prin Programul Educație Sănătoasă, contract nr. PES-2025-318.</p></div>'),
     ["Proiect cofinanțat de Uniunea Europeană prin Programul Educație Sănătoasă, contract nr. PES-2025-318."], note="co-financed notice in site footer")
real("tr", "end", news("tr", "end", "<p>Bu çalışma Yeşil Bahçe Vakfı tarafından desteklenmiştir (proje no. YBV-2023-12).</p>"), ["Bu çalışma Yeşil Bahçe Vakfı tarafından desteklenmiştir (proje no. YBV-2023-12)."])
real("ar", "heading تمويل", news("ar", "end", "<h3>التمويل</h3><p>مُوّلت هذه الدراسة من مؤسسة الواحة الخضراء للتغذية.</p>"), ["مُوّلت هذه الدراسة من مؤسسة الواحة الخضراء للتغذية."])
real("he", "heading מימון", news("he", "end", "<h3>מימון</h3><p>המחקר מומן על ידי קרן גנים ירוקים.</p>"), ["המחקר מומן על ידי קרן גנים ירוקים."])
real("fa", "end", news("fa", "end", "<p>این پژوهش با حمایت مالی بنیاد باغچهٔ سبز انجام شد.</p>"), ["این پژوهش با حمایت مالی بنیاد باغچهٔ سبز انجام شد."])
real("ur", "end", news("ur", "end", "<p>اس تحقیق کے لیے مالی معاونت سبز باغ فاؤنڈیشن نے فراہم کی۔</p>"), ["اس تحقیق کے لیے مالی معاونت سبز باغ فاؤنڈیشن نے فراہم کی۔"])
real("hi", "end", news("hi", "end", "<p>इस अध्ययन को हरित बगिया फ़ाउंडेशन द्वारा वित्तपोषित किया गया।</p>"), ["इस अध्ययन को हरित बगिया फ़ाउंडेशन द्वारा वित्तपोषित किया गया।"])
real("bn", "research page", site("bn", "স্কুল বাগান", "<h1>স্কুল বাগান ও পুষ্টি</h1><p>আমরা বারোটি বিদ্যালয় তুলনা করেছি।</p><p>এই গবেষণায় অর্থায়ন করেছে সবুজ বাগান ফাউন্ডেশন।</p>"),
     ["এই গবেষণায় অর্থায়ন করেছে সবুজ বাগান ফাউন্ডেশন।"])
real("th", "end", news("th", "end", "<p>งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิสวนผักโรงเรียน</p>"), ["งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิสวนผักโรงเรียน"])
real("vi", "end", news("vi", "end", "<p>Nghiên cứu được tài trợ bởi Quỹ Vườn Xanh Học Đường.</p>"), ["Nghiên cứu được tài trợ bởi Quỹ Vườn Xanh Học Đường."])
real("id", "run-in label", news("id", "end", "<p><b>Pendanaan:</b> Penelitian ini didanai oleh Yayasan Kebun Sekolah Lestari.</p>"), ["Penelitian ini didanai oleh Yayasan Kebun Sekolah Lestari."])
real("ms", "project page", site("ms", "Kebun sekolah", "<h1>Kebun sekolah</h1><p>Dua belas sekolah menanam sayur untuk kantin.</p><p>Kajian ini dibiayai oleh Yayasan Kebun Hijau Sekolah.</p>"),
     ["Kajian ini dibiayai oleh Yayasan Kebun Hijau Sekolah."])
real("tl", "research page", site("tl", "Gulayan sa paaralan", "<h1>Gulayan sa paaralan at nutrisyon</h1><p>Inihambing namin ang labindalawang paaralan.</p><h2>Pondo</h2><p>Ang pag-aaral na ito ay pinondohan ng Pundasyong Luntiang Paaralan.</p>"),
     ["Ang pag-aaral na ito ay pinondohan ng Pundasyong Luntiang Paaralan."], note="Tagalog research page")
real("sw", "research page", site("sw", "Bustani za shule", "<h1>Bustani za shule na lishe</h1><p>Tulilinganisha shule kumi na mbili.</p><h2>Ufadhili</h2><p>Utafiti huu ulifadhiliwa na Wakfu wa Bustani za Shule.</p>"),
     ["Utafiti huu ulifadhiliwa na Wakfu wa Bustani za Shule."], note="Swahili research page")
real("ja", "heading 謝辞", news("ja", "end", "<h3>謝辞</h3><p>調理員の皆様に感謝します。本研究は緑の学び舎財団の助成を受けた（助成番号 MG-2024-08）。</p>"),
     ["本研究は緑の学び舎財団の助成を受けた（助成番号 MG-2024-08）。"], ["調理員の皆様に感謝します。"])
real("zh", "heading 基金", news("zh", "end", "<h3>基金项目</h3><p>本研究由绿色校园营养基金会资助（项目编号 GY2024-117）。</p>"), ["本研究由绿色校园营养基金会资助（项目编号 GY2024-117）。"])
real("ko", "end", news("ko", "end", "<p>이 연구는 푸른텃밭재단의 지원을 받아 수행되었다.</p>"), ["이 연구는 푸른텃밭재단의 지원을 받아 수행되었다."])
real("ca", "sponsor strip", news("ca", "after", '<div class="sponsor-strip"><p>Aquest estudi ha estat finançat per la Fundació Hort Escolar.</p></div>'), ["Aquest estudi ha estat finançat per la Fundació Hort Escolar."])

# ---- hard negatives -----------------------------------------------------------------------------

neg("en", "readme sponsor button", site("en", "plotbed: README", (
    '<article class="markdown-body"><h1>plotbed</h1><p>Planting maps for school gardens.</p>'
    '<a class="btn" href="/sponsors/plotbed">Sponsor this project</a><h2>Licence</h2><p>MIT</p></article>')),
    "'Sponsor this project' button, no statement")
neg("en", "sponsors tier list", site("en", "Sponsor plotbed", (
    "<h1>Sponsor plotbed</h1><ul class=\"tiers\"><li>$5 a month: your name in the README</li>"
    "<li>$25 a month: a small logo on the docs</li><li>$100 a month: priority issue triage</li></ul>")),
    "GitHub Sponsors style tier list")
neg("en", "become a sponsor call", site("en", "Growing Minds 2026: sponsorship", (
    "<h1>Sponsorship opportunities</h1><p>Become a sponsor of Growing Minds 2026 and reach 400 teachers.</p>"
    "<p>Gold sponsorship includes a stand and two tickets.</p>")), "conference 'Become a sponsor' call")
neg("en", "funder's spokesperson on grants to others", news("en", "end", (
    "<p>“We gave two million to coastal schools this year,” said a spokesperson for the Ostler Foundation, which was not involved in the study.</p>")),
    "funder's spokesperson about money given to others")
neg("en", "product page", site("en", "plotbed Pro", (
    "<h1>plotbed Pro</h1><p>Supported formats: CSV, XLSX and GeoJSON.</p><p>Works with Python 3.12 and 3.13.</p><p>Price: £40 a year.</p>")),
    "product page, supported formats")
neg("en", "forum thread", site("en", "Forum: raised beds", (
    '<div class="thread"><div class="post"><p class="user">mrs_hale</p><p>Our school just got a grant from the council for raised beds. Anyone know good suppliers?</p></div>'
    '<div class="post"><p class="user">garden_dad</p><p>Try the timber yard on Dock Road.</p></div></div>')), "forum poster mentions a grant")
neg("en", "job advert", site("en", "Vacancies", (
    "<h1>Fully funded PhD position in child nutrition</h1><p>The studentship is funded for four years and covers fees and a stipend.</p><p>Apply by 1 March.</p>")),
    "funded PhD position advert")
neg("en", "price plans", site("en", "Pricing", (
    "<h1>Plans</h1><table><tr><th>Plan</th><th>Price</th></tr><tr><td>Starter</td><td>Free</td></tr><tr><td>Sponsor tier</td><td>$20 a month</td></tr></table>"
    "<p>Supported plans include priority email help.</p>")), "Sponsor tier and supported plans")
neg("en", "quoted speech", news("en", "end", "<p>“We were funded by nobody, we just dug,” said head teacher Alma Price.</p>"), "funding words in quoted speech")
neg("en", "crowdfunding thanks", site("en", "Campaign: a greenhouse for Mill Lane", (
    "<h1>A greenhouse for Mill Lane School</h1><p>Thank you to our 412 backers!</p><p>We reached 104% of our goal.</p>")),
    "crowdfunding page thanking backers, no statement")
neg("en", "donation box", news("en", "after", '<aside class="donate"><h3>Support our journalism</h3><p>Independent reporting costs money. Give from £3 a month.</p></aside>'),
    "Support our journalism box")
neg("en", "series B news", news("en", "end", "<p>Meanwhile, meal-kit firm Crunchbox raised 20 million in a Series B led by Harlow Ventures.</p>"), "a start-up's funding round")
neg("en", "charity annual report", site("en", "Annual report 2025", (
    "<h1>Annual report 2025</h1><p>This year we awarded grants to 38 school gardens.</p>"
    "<ul><li>Mill Lane School: £4,000 for a greenhouse</li><li>St Anne's: £2,500 for tools</li></ul>")),
    "a charity's own grants to others")
neg("en", "funding call", site("en", "Apply for a garden grant", (
    "<h1>Garden grants 2026</h1><p>We fund projects that help children grow food.</p><p>Applications for funding close on 3 March.</p>")),
    "a funding call page")
neg("en", "menu and related stories", news("en", "after", (
    '<nav class="sub"><a href="/grants">Grants</a> <a href="/funding">Funding opportunities</a> <a href="/sponsor">Sponsor us</a></nav>'
    '<section class="related"><h3>Related stories</h3><ul><li><a href="/a">Council-funded garden scheme faces cuts</a></li>'
    '<li><a href="/b">Sponsored walk raises £900 for school kitchen</a></li></ul></section>')),
    "funding words in a menu and related-story headlines")
neg("en", "supported by evidence", news("en", "end", "<p>The claim that gardens improve diet is now supported by the evidence from twelve schools.</p>"),
    "'supported by the evidence'")
neg("en", "political support", news("en", "end", "<p>A plan to add gardens to every school is supported by the Green Party and was backed by a council vote on Tuesday.</p>"),
    "political support and a council vote")
neg("en", "sport sponsorship news", news("en", "end", "<p>In other news, the town's under-12 football league will be sponsored by Harlow Motors next season.</p>"),
    "sport sponsorship as news")
neg("en", "sponsored content label", news("en", "after", '<div class="ad"><span>Sponsored content</span><p>Meet the lunchboxes kids love.</p></div>'), "sponsored content label")
neg("en", "with thanks photo credit", news("en", "mid", '<figure><img src="old.jpg" alt="Old school garden"><figcaption>The school garden in 1960. Photo: with thanks to Quillhaven Library</figcaption></figure>'),
    "'with thanks to' photo credit")
neg("en", "fans caption", news("en", "mid", '<figure><img src="match.jpg" alt="Match"><figcaption>With the support of the fans, the school team won the cup.</figcaption></figure>'),
    "caption: support of the fans")
neg("en", "footnote citing a funding report", site("en", "Background", (
    '<article><h1>Background</h1><p>School budgets for food fell by 8% in real terms.<sup><a href="#n1">1</a></sup></p>'
    '<ol class="footnotes"><li id="n1">Schools Funding Review 2025, Department for Education, p. 14.</li></ol></article>')),
    "footnote citing a funding report as a source")
neg("en", "sidebar advert", news("en", "mid", '<aside class="advert"><p>Advertisement</p><p>Kettleby Seeds: grow more this spring. Sponsored.</p></aside>'), "sidebar advert")
neg("en", "technical support", site("en", "plotbed help", "<h1>Help</h1><p>Contact support if the app crashes on start.</p><p>Our support team answers within two days.</p>"), "support as technical support")
neg("en", "thanks to readers", news("en", "end", "<p>Thank you to all our readers for your support this year.</p>"), "general thanks to readers")
neg("en", "powered by", site("en", "GardenPlate blog", "<h1>Blog</h1><p>New posts every Friday.</p>", footer="<p>Powered by Inkwell CMS</p>"), "'powered by' software credit")
neg("en", "NGO supporters list", site("en", "Our supporters", (
    "<h1>Our supporters</h1><p>Thousands of people back our campaign for healthier school food.</p><ul><li>Ada Rowe</li><li>Benjamin Tull</li></ul>")),
    "a donor wall that does not say they funded this work")
neg("de", "Unterstützung der Fans", news("de", "end", "<p>Mit Unterstützung der Fans gewann die Schulmannschaft am Samstag das Finale.</p>"), "Unterstützung as common noun")
neg("de", "fördern oil and talent", news("de", "end", "<p>Der Konzern will im Nordfeld mehr Öl fördern. Die Stadt möchte junge Köche gezielt fördern, sagte der Bürgermeister.</p>"),
    "fördern: oil, talent as news")
neg("es", "apoyar a motion", news("es", "end", "<p>El pleno apoyó la moción para ampliar los huertos escolares a todos los barrios.</p>"), "apoyar a motion")
neg("fr", "soutenir a team", news("fr", "end", "<p>Des centaines de parents sont venus soutenir l'équipe de l'école lors du tournoi.</p>"), "soutenir a team")
neg("it", "finanziare city budget", news("it", "end", "<p>Il Comune finanzierà con 300 mila euro la manutenzione dei parchi cittadini, ha annunciato l'assessore.</p>"), "finanziare as budget news")
neg("pt", "budget news", news("pt", "end", "<p>O orçamento municipal prevê dois milhões de euros para as cantinas no próximo ano.</p>"), "budget news")
neg("nl", "investment round", news("nl", "end", "<p>Het bedrijf Groentebox haalde vorige week acht miljoen euro op bij investeerders.</p>"), "investment round news")
neg("pl", "grant news about others", news("pl", "end", "<p>Tymczasem sąsiednia gmina otrzymała grant na budowę nowej stołówki.</p>"), "grant to a third party as news")
neg("ja", "supported OS", site("ja", "アプリ", "<h1>菜園記録アプリ</h1><p>対応OS：iOS 17以降、Android 13以降。</p><p>価格：無料</p>"), "supported versions")
neg("zh", "support a position", news("zh", "end", "<p>多数家长支持延长午餐时间。</p>"), "支持 as supporting a position")
neg("ko", "sport sponsorship", news("ko", "end", "<p>한편 지역 유소년 축구 리그는 내년부터 한빛자동차가 후원한다.</p>"), "sport sponsorship news")
neg("tr", "donation appeal", news("tr", "after", '<aside class="bagis"><h3>Bize destek olun</h3><p>Bağımsız habercilik için bağış yapın.</p></aside>'), "donation appeal")
neg("ar", "ministry budget", news("ar", "end", "<p>وأعلنت الوزارة تخصيص ميزانية جديدة لتجديد المقاصف المدرسية في المحافظة.</p>"), "budget news")
neg("he", "technical support", site("he", "תמיכה", "<h1>תמיכה טכנית</h1><p>לתמיכה טכנית פנו אלינו בדוא״ל.</p>"), "technical support")
neg("ru", "vote support", news("ru", "end", "<p>Депутаты поддержали предложение расширить школьные огороды.</p>"), "поддержали: a vote")
neg("uk", "crowdfunding news", news("uk", "end", "<p>Тим часом сусідня школа зібрала на теплицю кошти через краудфандинг.</p>"), "crowdfunding news about another school")
neg("hi", "political support", news("hi", "end", "<p>विपक्षी दल ने भी इस योजना का समर्थन किया।</p>"), "political support")
neg("sv", "stödde proposal", news("sv", "end", "<p>Kommunfullmäktige stödde förslaget om fler skolträdgårdar.</p>"), "stödde: a vote")
neg("fi", "fans support", news("fi", "end", "<p>Kannattajien tuella koulun joukkue voitti turnauksen.</p>"), "support of fans")
neg("cs", "sport sponsor", news("cs", "end", "<p>Školní turnaj ve florbale letos sponzoruje místní pekárna.</p>"), "sport sponsorship news")
neg("el", "budget", news("el", "end", "<p>Ο δήμος ανακοίνωσε ότι θα διαθέσει 200.000 ευρώ για τα σχολικά κυλικεία.</p>"), "budget news")
neg("hu", "evidence supports", news("hu", "end", "<p>Az adatok alátámasztják, hogy a kert javítja az étkezést.</p>"), "evidence supports a claim")
neg("ro", "donate box", news("ro", "after", '<aside class="donatie"><h3>Susține jurnalismul independent</h3><p>Donează acum.</p></aside>'), "donate box")
neg("vi", "price plan", site("vi", "Bảng giá", "<h1>Bảng giá</h1><p>Gói Nhà tài trợ: 200.000 đồng mỗi tháng.</p><p>Các gói được hỗ trợ: Cơ bản, Nâng cao.</p>"), "price plan")
neg("id", "scholarship job ad", site("id", "Lowongan", "<h1>Lowongan: asisten peneliti gizi anak</h1><p>Posisi ini didanai penuh selama dua tahun.</p><p>Kirim lamaran sebelum 1 Maret.</p>"), "funded position advert")
neg("th", "advert", news("th", "after", '<div class="ad"><p>โฆษณา</p><p>เมล็ดพันธุ์ผักคุณภาพ ลดราคาทุกวันศุกร์</p></div>'), "advert")
neg("sw", "donor quoted about others", news("sw", "end", "<p>“Tumetoa shilingi milioni tano kwa shule za pwani mwaka huu,” alisema msemaji wa Wakfu wa Pwani, ambao haukuhusika na utafiti.</p>"),
    "funder's spokesperson about money to others")
neg("ms", "forum", site("ms", "Forum", '<div class="post"><p>Sekolah kami baru dapat geran daripada majlis untuk batas tanaman. Ada cadangan pembekal?</p></div>'), "forum poster mentions a grant")
neg("tl", "thanks readers", news("tl", "end", "<p>Salamat sa lahat ng aming mambabasa sa inyong suporta.</p>"), "general thanks to readers")
neg("fa", "budget news", news("fa", "end", "<p>شهرداری اعلام کرد بودجهٔ تازه‌ای برای بوفه‌های مدارس در نظر گرفته است.</p>"), "budget news")
neg("bn", "supported devices", site("bn", "অ্যাপ", "<h1>বাগান অ্যাপ</h1><p>সমর্থিত ডিভাইস: অ্যান্ড্রয়েড ১৩ ও তার পরের সংস্করণ।</p>"), "supported devices")
neg("ca", "sponsored festival news", news("ca", "end", "<p>D'altra banda, el festival de música del barri estarà patrocinat per una cadena de supermercats.</p>"), "sponsorship news about a festival")
neg("de", "Sponsor werden", site("de", "Konferenz", "<h1>Schulgartentag 2026</h1><p>Werden Sie Sponsor und erreichen Sie 300 Lehrkräfte.</p><p>Partner: Kettleby Saatgut</p>"), "conference sponsor call, partners")
neg("fr", "funder spokesperson", news("fr", "end", "<p>« Nous avons versé un million aux écoles rurales », a déclaré une porte-parole de la Fondation Lemoine, qui ne participe pas à l'étude.</p>"),
    "funder's spokesperson about money to others")
neg("es", "funding call", site("es", "Convocatoria", "<h1>Convocatoria de ayudas 2026</h1><p>Financiamos proyectos de huertos escolares.</p><p>El plazo cierra el 3 de marzo.</p>"), "funding call")
neg("it", "sponsored sport", news("it", "end", "<p>La squadra giovanile di pallavolo ha un nuovo sponsor, un'azienda di pasta locale.</p>"), "sport sponsorship news")
neg("lt", "crowdfunding backers", site("lt", "Kampanija", "<h1>Šiltnamis mokyklai</h1><p>Ačiū 300 rėmėjų!</p><p>Surinkome 110 % tikslo.</p>"), "crowdfunding thanks, no statement")
neg("sl", "powered by", site("sl", "Blog", "<h1>Blog o vrtovih</h1><p>Nove objave vsak petek.</p>", footer="<p>Poganja Inkwell CMS</p>"), "'powered by' credit")
neg("uk", "grant news to third party", news("uk", "end", "<p>Міська рада виділила грант сусідньому ліцею на ремонт їдальні.</p>"), "grant to a third party as news")


def page_text(html: str) -> str:
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", htmllib.unescape(html))


def build() -> dict[str, tuple[str, dict]]:
    out: dict[str, tuple[str, dict]] = {}
    for lang, where, html, statements, not_funding, keep, note in REAL:
        text = page_text(html)
        for sentence in [*statements, *not_funding, *keep]:
            assert sentence in text, (lang, sentence)
        out[f"r101-{len(out) + 1:03d}"] = (html, {"funding": statements, "where": where, "lang": lang,
                                                  "must_keep_in_body": keep, "not_funding": not_funding, "note": note})
    for lang, where, html, note in NEGATIVE:
        out[f"r101-{len(out) + 1:03d}"] = (html, {"funding": [], "where": where, "lang": lang,
                                                  "must_keep_in_body": [], "not_funding": [], "note": note})
    return out


if __name__ == "__main__":
    built = build()
    write_corpus(HERE, built)
    langs = {label["lang"] for _, label in built.values()}
    n_real = sum(1 for _, label in built.values() if label["funding"])
    print(f"{len(built)} pages, {n_real} with statements, {len(built) - n_real} negatives, {len(langs)} languages")
