"""Builds held-out funding round 131 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the school, the dogs, the studies, funders, grant numbers and people do
not exist. Written blind by a helper from the definition of `funding` alone, without reading the
detector's code, its tests or the earlier rounds' cases: a study at an invented mountain-rescue dog
school (Varenthal, above the village of Oberkess), in 42 languages. This round weighs precision:
about half the pages hold no statement of the page's own funding but use its words (grants to
others, budgets, investors, sport sponsors as news, political backing, supported formats, charity
appeals, funding-opportunity lists, an obituary, a book funded by crowdfunding, quoted speech, job
adverts, price plans, logo walls); the other half hold statements in the places and shapes of the
earlier rounds (closing sentences, middle paragraphs, active voice, headings, run-in labels, tables,
definition lists, closed details and tab panels, captions, chart sources, footnotes, bylines, header
sponsor lines, page-builder widgets, journal back matter with a conflict statement the body keeps,
READMEs, podcast notes, dataset pages, EU-style footers, long acknowledgements, a list of funders).

usage: python benchmarks/funding-round131/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# Conventions: for run-in labels and headings ("Funding:", <h2>Finansowanie</h2>, <dt>, <th>) the
# statement listed is the text after the label, without it; footnote markers are not part of a
# statement. In acknowledgements that mix thanks and a grant in separate sentences only the grant
# sentence is listed; where thanks and funding share one long sentence, the whole sentence is listed.
# A lead-in followed by a list of funders is listed as the lead-in and each item.

STORY = {
    "en": ["Search dogs trained at the Varenthal rescue school found buried volunteers faster when handlers let them work upwind, a three-winter study reports.",
           "The school tested forty-one dogs on snow fields above the village of Oberkess."],
    "de": ["Suchhunde der Bergrettungsschule Varenthal fanden verschüttete Freiwillige schneller, wenn ihre Führer sie gegen den Wind arbeiten ließen, berichtet eine Studie über drei Winter.",
           "Die Schule prüfte einundvierzig Hunde auf Schneefeldern oberhalb von Oberkess."],
    "fr": ["Les chiens de recherche de l'école de secours de Varenthal ont retrouvé plus vite des volontaires ensevelis lorsqu'ils travaillaient face au vent, selon une étude menée sur trois hivers.",
           "L'école a testé quarante et un chiens sur les champs de neige au-dessus d'Oberkess."],
    "es": ["Los perros de rescate de la escuela de Varenthal encontraron antes a voluntarios enterrados cuando trabajaban contra el viento, según un estudio de tres inviernos.",
           "La escuela evaluó a cuarenta y un perros en los campos de nieve sobre Oberkess."],
    "it": ["I cani da ricerca della scuola di soccorso di Varenthal hanno trovato più in fretta i volontari sepolti lavorando controvento, secondo uno studio durato tre inverni.",
           "La scuola ha messo alla prova quarantuno cani sui nevai sopra Oberkess."],
    "pt": ["Os cães de busca da escola de resgate de Varenthal encontraram voluntários soterrados mais depressa quando trabalhavam contra o vento, segundo um estudo de três invernos.",
           "A escola testou quarenta e um cães nos campos de neve acima de Oberkess."],
    "nl": ["Zoekhonden van de reddingsschool in Varenthal vonden bedolven vrijwilligers sneller als ze tegen de wind in werkten, blijkt uit een studie over drie winters.",
           "De school testte eenenveertig honden op sneeuwvelden boven Oberkess."],
    "pl": ["Psy poszukiwawcze ze szkoły ratownictwa w Varenthal szybciej odnajdywały zasypanych ochotników, gdy pracowały pod wiatr – wynika z badania prowadzonego przez trzy zimy.",
           "Szkoła sprawdziła czterdzieści jeden psów na polach śnieżnych nad Oberkess."],
    "sv": ["Sökhundar från räddningsskolan i Varenthal hittade begravda frivilliga snabbare när de arbetade mot vinden, visar en studie över tre vintrar.",
           "Skolan testade fyrtioen hundar på snöfälten ovanför Oberkess."],
    "da": ["Søgehunde fra redningsskolen i Varenthal fandt begravede frivillige hurtigere, når de arbejdede mod vinden, viser en undersøgelse over tre vintre.",
           "Skolen testede enogfyrre hunde på snemarkerne over Oberkess."],
    "nb": ["Søkehunder fra redningsskolen i Varenthal fant begravde frivillige raskere når de jobbet mot vinden, viser en studie over tre vintre.",
           "Skolen testet førtien hunder på snøfeltene over Oberkess."],
    "fi": ["Varenthalin pelastuskoulun etsintäkoirat löysivät lumeen haudatut vapaaehtoiset nopeammin vastatuuleen työskennellessään, kertoo kolmen talven tutkimus.",
           "Koulu testasi neljäkymmentäyksi koiraa Oberkessin yläpuolisilla lumikentillä."],
    "cs": ["Pátrací psi z horské záchranářské školy ve Varenthalu nacházeli zasypané dobrovolníky rychleji, když pracovali proti větru, uvádí studie ze tří zim.",
           "Škola otestovala čtyřicet jedna psů na sněhových polích nad Oberkessem."],
    "sk": ["Pátracie psy zo záchranárskej školy vo Varenthale našli zasypaných dobrovoľníkov rýchlejšie, keď pracovali proti vetru, uvádza štúdia z troch zím.",
           "Škola otestovala štyridsaťjeden psov na snehových poliach nad Oberkessom."],
    "hu": ["A varenthali hegyimentő iskola keresőkutyái gyorsabban találták meg a betemetett önkénteseket, amikor széllel szemben dolgoztak – derül ki egy három télen át tartó vizsgálatból.",
           "Az iskola negyvenegy kutyát tesztelt az Oberkess feletti hómezőkön."],
    "ro": ["Câinii de căutare ai școlii de salvare din Varenthal au găsit mai repede voluntarii îngropați atunci când lucrau împotriva vântului, arată un studiu desfășurat pe trei ierni.",
           "Școala a testat patruzeci și unu de câini pe câmpurile de zăpadă de deasupra satului Oberkess."],
    "el": ["Οι σκύλοι έρευνας της σχολής διάσωσης του Βάρενταλ εντόπιζαν πιο γρήγορα θαμμένους εθελοντές όταν δούλευαν κόντρα στον άνεμο, σύμφωνα με μελέτη τριών χειμώνων.",
           "Η σχολή εξέτασε σαράντα έναν σκύλους στα χιονοπεδία πάνω από το Όμπερκες."],
    "tr": ["Varenthal kurtarma okulunda eğitilen arama köpekleri, rüzgâra karşı çalıştıklarında gömülü gönüllüleri daha hızlı buldu; üç kış süren bir çalışma bunu gösteriyor.",
           "Okul, Oberkess köyünün üstündeki kar alanlarında kırk bir köpeği test etti."],
    "ru": ["Поисковые собаки горноспасательной школы в Варентале быстрее находили засыпанных добровольцев, когда работали против ветра, говорится в исследовании, длившемся три зимы.",
           "Школа проверила сорок одну собаку на снежных полях над Оберкессом."],
    "uk": ["Пошукові собаки гірськорятувальної школи у Варенталі швидше знаходили засипаних добровольців, коли працювали проти вітру, йдеться в дослідженні тривалістю три зими.",
           "Школа перевірила сорок одного собаку на снігових полях над Оберкессом."],
    "bg": ["Търсещите кучета от планинската спасителна школа във Варентал откривали по-бързо затрупани доброволци, когато работели срещу вятъра, сочи проучване, продължило три зими.",
           "Школата изпитала четиридесет и едно куче върху снежните полета над Оберкес."],
    "hr": ["Psi tragači iz škole gorskog spašavanja u Varenthalu brže su pronalazili zatrpane dobrovoljce kad su radili protiv vjetra, pokazuje istraživanje provedeno tijekom tri zime.",
           "Škola je ispitala četrdeset i jednog psa na snježnim poljima iznad Oberkessa."],
    "sl": ["Iskalni psi gorske reševalne šole v Varenthalu so zasute prostovoljce našli hitreje, ko so delali proti vetru, kaže raziskava, ki je trajala tri zime.",
           "Šola je preizkusila enainštirideset psov na snežiščih nad Oberkessom."],
    "lt": ["Varentalio gelbėjimo mokyklos paieškos šunys greičiau rasdavo užverstus savanorius, kai dirbdavo prieš vėją, rodo trijų žiemų tyrimas.",
           "Mokykla išbandė keturiasdešimt vieną šunį sniego laukuose virš Oberkeso."],
    "lv": ["Varentāles glābšanas skolas meklēšanas suņi ātrāk atrada apraktos brīvprātīgos, ja strādāja pret vēju, liecina trīs ziemu pētījums.",
           "Skola pārbaudīja četrdesmit vienu suni sniega laukos virs Oberkesas."],
    "et": ["Varentali päästekooli otsingukoerad leidsid lumme maetud vabatahtlikud kiiremini, kui nad töötasid vastutuult, selgub kolme talve uuringust.",
           "Kool katsetas nelikümmend üht koera Oberkessi kohal asuvatel lumeväljadel."],
    "ca": ["Els gossos de recerca de l'escola de rescat de Varenthal van trobar abans els voluntaris colgats quan treballaven contra el vent, segons un estudi de tres hiverns.",
           "L'escola va provar quaranta-un gossos als camps de neu damunt d'Oberkess."],
    "ar": ["عثرت كلاب البحث في مدرسة الإنقاذ الجبلي في فارنتال على المتطوعين المدفونين بسرعة أكبر عندما عملت بعكس اتجاه الريح، وفق دراسة استمرت ثلاثة شتاءات.",
           "واختبرت المدرسة واحدًا وأربعين كلبًا في حقول الثلج فوق قرية أوبركس."],
    "he": ["כלבי החיפוש של בית הספר להצלה בהרים בוורנטל מצאו מתנדבים קבורים מהר יותר כשעבדו נגד הרוח, כך עולה ממחקר שנמשך שלושה חורפים.",
           "בית הספר בחן ארבעים ואחד כלבים בשדות השלג שמעל הכפר אוברקס."],
    "fa": ["سگ‌های جست‌وجوی مدرسهٔ امداد کوهستان در وارنتال وقتی خلاف جهت باد کار می‌کردند، داوطلبان مدفون را سریع‌تر پیدا کردند؛ این را پژوهشی سه‌زمستانه نشان می‌دهد.",
           "مدرسه چهل و یک سگ را در برف‌زارهای بالای روستای اوبرکس آزمود."],
    "ur": ["تین سردیوں پر محیط ایک تحقیق کے مطابق وارنتھال کے پہاڑی ریسکیو اسکول کے کھوجی کتوں نے ہوا کے مخالف رخ کام کرتے ہوئے دبے ہوئے رضاکاروں کو زیادہ تیزی سے ڈھونڈا۔",
           "اسکول نے اوبرکس گاؤں کے اوپر برفانی میدانوں میں اکتالیس کتوں کو آزمایا۔"],
    "hi": ["वारेनथाल के पर्वतीय बचाव स्कूल के खोजी कुत्तों ने हवा के विपरीत काम करते हुए बर्फ़ में दबे स्वयंसेवकों को जल्दी ढूँढ़ा, तीन सर्दियों तक चले एक अध्ययन में यह पाया गया।",
           "स्कूल ने ओबरकेस गाँव के ऊपर बर्फ़ के मैदानों में इकतालीस कुत्तों की जाँच की।"],
    "bn": ["ভারেনথালের পর্বত উদ্ধার স্কুলের অনুসন্ধানী কুকুরেরা বাতাসের বিপরীতে কাজ করলে বরফে চাপা পড়া স্বেচ্ছাসেবকদের দ্রুত খুঁজে পেয়েছে, তিন শীতের এক গবেষণায় এমনটাই দেখা গেছে।",
           "স্কুলটি ওবারকেস গ্রামের উপরের তুষারক্ষেত্রে একচল্লিশটি কুকুর পরীক্ষা করেছে।"],
    "ja": ["ヴァレンタール山岳救助犬学校の捜索犬は、風上に向かって作業させると雪に埋まったボランティアをより早く見つけたことが、三冬にわたる研究で分かった。",
           "学校はオーバーケス村の上の雪原で41頭の犬を試験した。"],
    "zh": ["一项历时三个冬季的研究显示，瓦伦塔尔山地救援学校的搜救犬逆风作业时能更快找到被埋的志愿者。",
           "学校在奥伯克斯村上方的雪原上测试了41只犬。"],
    "ko": ["바렌탈 산악구조견 학교의 수색견은 바람을 안고 작업할 때 눈에 묻힌 자원봉사자를 더 빨리 찾았다고 세 겨울에 걸친 연구가 밝혔다.",
           "학교는 오버케스 마을 위 설원에서 개 41마리를 시험했다."],
    "id": ["Anjing pencari dari sekolah penyelamatan gunung di Varenthal menemukan relawan yang tertimbun lebih cepat saat bekerja melawan arah angin, menurut studi selama tiga musim dingin.",
           "Sekolah itu menguji empat puluh satu anjing di padang salju di atas desa Oberkess."],
    "ms": ["Anjing pencari dari sekolah menyelamat gunung di Varenthal menemui sukarelawan yang tertimbus dengan lebih pantas apabila bekerja menentang angin, menurut kajian selama tiga musim sejuk.",
           "Sekolah itu menguji empat puluh satu ekor anjing di padang salji di atas kampung Oberkess."],
    "vi": ["Chó tìm kiếm của trường cứu hộ núi Varenthal tìm thấy tình nguyện viên bị vùi lấp nhanh hơn khi làm việc ngược chiều gió, theo một nghiên cứu kéo dài ba mùa đông.",
           "Trường đã thử nghiệm bốn mươi mốt con chó trên các cánh đồng tuyết phía trên làng Oberkess."],
    "th": ["สุนัขค้นหาของโรงเรียนกู้ภัยภูเขาวาเรนทาลพบอาสาสมัครที่ถูกหิมะฝังได้เร็วขึ้นเมื่อทำงานทวนลม ตามผลการศึกษาตลอดสามฤดูหนาว",
           "โรงเรียนได้ทดสอบสุนัขสี่สิบเอ็ดตัวบนลานหิมะเหนือหมู่บ้านโอเบอร์เคส"],
    "tl": ["Mas mabilis na natagpuan ng mga asong panghanap ng paaralan ng pagsagip sa bundok sa Varenthal ang mga boluntaryong natabunan kapag nagtatrabaho sila nang salungat sa hangin, ayon sa pag-aaral na tumagal nang tatlong taglamig.",
           "Sinubok ng paaralan ang apatnapu't isang aso sa mga parang ng niyebe sa itaas ng nayon ng Oberkess."],
    "sw": ["Mbwa wa utafutaji wa shule ya uokoaji milimani ya Varenthal waliwapata haraka zaidi wanaojitolea waliozikwa kwenye theluji walipofanya kazi dhidi ya upepo, kwa mujibu wa utafiti wa majira matatu ya baridi.",
           "Shule hiyo iliwapima mbwa arobaini na mmoja kwenye mashamba ya theluji juu ya kijiji cha Oberkess."],
}


def S(lang: str) -> str:
    """The story's paragraphs in `lang`, for fragments that make the whole article."""
    return "\n".join(f"<p>{p}</p>" for p in STORY[lang])


def title(lang: str) -> str:
    first = STORY[lang][0]
    for stop in (",", "،", "、", "，", ";", "؛"):
        first = first.split(stop)[0]
    if len(first) <= 90:
        return first
    cut = first[:90]
    return cut[:cut.rfind(" ")] if " " in cut else cut


STORY_PLACES = ("mid", "end", "after", "own")


def page(lang: str, place: str, html: str) -> str:
    """A page in `lang`. Story places put `html` by the story's paragraphs; "footer" puts it in the
    site's <footer>; "header" in the article's header above the body; any other place names a shape
    whose `html` is the whole article (it holds the story itself where one is wanted)."""
    rtl = ' dir="rtl"' if lang in ("ar", "he", "fa", "ur") else ""
    if place in STORY_PLACES:
        built = story_page(lang, title(lang), STORY[lang], place, html, section="News", site="Kessby Courier")
        return built.replace(f'<html lang="{lang}">', f'<html lang="{lang}"{rtl}>', 1)
    if place == "footer":
        article, footer = S(lang), html
    elif place == "header":
        article, footer = "", ""
    else:
        article, footer = html, ""
    head = f"<header><h1>{title(lang)}</h1>{html if place == 'header' else ''}</header>"
    if place == "header":
        article = S(lang)
    return (f'<!doctype html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{title(lang)}</title></head>'
            f'<body><nav><a href="/">Home</a> <a href="/projects">Projects</a> <a href="/contact">Contact</a></nav>'
            f'<main><article>{head}\n{article}\n</article></main>'
            f'<footer>{footer}<p>© 2026 Varenthal Mountain Rescue Dog School</p></footer></body></html>')


def builder(lang: str, *widgets: str, kind: str = "elementor") -> str:
    """An article made of page-builder widgets: each of `widgets` is a text widget's inner HTML."""
    if kind == "elementor":
        inner = "".join(f'<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">{w}</div></div>' for w in widgets)
        return f'<div class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">{inner}</div></div></div></div>'
    if kind == "divi":
        inner = "".join(f'<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">{w}</div></div>' for w in widgets)
        return f'<div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4">{inner}</div></div></div>'
    if kind == "wpbakery":
        inner = "".join(f'<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">{w}</div></div>' for w in widgets)
        return f'<div class="vc_row wpb_row"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner">{inner}</div></div></div>'
    if kind == "webflow":
        return f'<div class="section"><div class="container w-container"><div class="w-richtext">{"".join(widgets)}</div></div></div>'
    return f'<div class="wp-block-group"><div class="wp-block-group__inner-container">{"".join(widgets)}</div></div>'


# (lang, place, html, statements, not_funding, keep, note)
REAL = [
    ("en", "end",
     "<p>The dogs also tired less on upwind runs, the team reports. The study was funded by the Halvorsen-Reyes Foundation.</p>",
     ["The study was funded by the Halvorsen-Reyes Foundation."], [], [],
     "passive statement as the last sentence of an ordinary story paragraph"),
    ("de", "mid",
     "<p>Bezahlt hat die Studie die Kessler-Arnim-Stiftung in Innerbruck. Die Hunde liefen insgesamt mehr als neunhundert Suchgänge.</p>",
     ["Bezahlt hat die Studie die Kessler-Arnim-Stiftung in Innerbruck."], [], [],
     "active voice ('paid for the study') in a middle paragraph of a news story"),
    ("fr", "end",
     "<p>Les travaux ont bénéficié du soutien financier de la Fondation Aubertin-Lasalle (subvention n° FAL-2025-117).</p>",
     ["Les travaux ont bénéficié du soutien financier de la Fondation Aubertin-Lasalle (subvention n° FAL-2025-117)."], [], [],
     "'with the financial support of' as a closing paragraph"),
    ("es", "builder",
     builder("es", S("es"), "<p><strong>Financiación:</strong> Este proyecto ha sido financiado por la Fundación Montejurra, ayuda MJ-4471.</p>"),
     ["Este proyecto ha sido financiado por la Fundación Montejurra, ayuda MJ-4471."], [], [],
     "Elementor page: run-in label in its own text widget after the story"),
    ("it", "details",
     S("it") + "<details class=\"article-info\"><summary>Informazioni sull'articolo</summary><p>Pubblicato il 3 febbraio 2026.</p>"
     "<p>Lo studio è stato finanziato dalla Fondazione Carlo Vezzani (bando 2025, n. CV-880).</p><p>Foto di Luca Breda.</p></details>",
     ["Lo studio è stato finanziato dalla Fondazione Carlo Vezzani (bando 2025, n. CV-880)."], [], [],
     "closed <details> 'Article information' with other notes beside the statement"),
    ("pt", "table",
     S("pt") + "<table class=\"project-facts\"><caption>Ficha do projeto</caption><tr><th>Duração</th><td>2023–2026</td></tr>"
     "<tr><th>Coordenação</th><td>Escola de Resgate de Varenthal</td></tr><tr><th>Financiamento</th><td>Fundação Serra Alta, bolsa SA-3310</td></tr></table>",
     ["Fundação Serra Alta, bolsa SA-3310"], ["Escola de Resgate de Varenthal"], [],
     "table row of project facts: Financiamento | funder, grant"),
    ("nl", "dl",
     S("nl") + "<dl class=\"meta\"><dt>Looptijd</dt><dd>2023–2026</dd><dt>Financiering</dt><dd>Dit onderzoek werd gefinancierd door het Fonds Van Dijckhuys (projectnummer VD-2024-09).</dd></dl>",
     ["Dit onderzoek werd gefinancierd door het Fonds Van Dijckhuys (projectnummer VD-2024-09)."], [], [],
     "definition list: <dt>Financiering</dt> with the statement in <dd>"),
    ("pl", "journal",
     "<section><h2>Wyniki</h2>" + S("pl") + "</section><section><h2>Bibliografia</h2><ol><li>Nowak A. Węch psów w śniegu. Ratownictwo 2024;12:33–41.</li></ol></section>"
     "<section><h2>Wkład autorów</h2><p>AN i KW zaplanowali badanie; MZ przeprowadził analizę.</p></section>"
     "<section><h2>Finansowanie</h2><p>Badanie sfinansowała Fundacja Biały Żleb w ramach grantu BZ/2024/17.</p></section>"
     "<section><h2>Konflikt interesów</h2><p>Autorzy deklarują brak konfliktu interesów.</p></section>",
     ["Badanie sfinansowała Fundacja Biały Żleb w ramach grantu BZ/2024/17."], [], ["Autorzy deklarują brak konfliktu interesów."],
     "journal back matter: Funding between author contributions and conflict of interest (kept)"),
    ("sv", "caption",
     S("sv") + "<figure><img src=\"/img/hund.jpg\" alt=\"En sökhund gräver i snön\"><figcaption>Foto: Elin Berg. Projektet finansieras av Stiftelsen Norrfjäll.</figcaption></figure>",
     ["Projektet finansieras av Stiftelsen Norrfjäll."], [], [],
     "photo credit caption that carries the funding sentence"),
    ("da", "footnote",
     "<p>Undersøgelsen<sup><a href=\"#fn1\">1</a></sup> omfattede enogfyrre hunde fra redningsskolen i Varenthal.</p><p>" + STORY["da"][0] + "</p>"
     "<ol class=\"footnotes\"><li id=\"fn1\">Undersøgelsen er støttet af Fjeldhøj Fonden med bevilling FF-2025-42.</li></ol>",
     ["Undersøgelsen er støttet af Fjeldhøj Fonden med bevilling FF-2025-42."], [], [],
     "statement as a footnote marker's target"),
    ("nb", "aside",
     S("nb") + "<aside class=\"factbox\"><h3>Fakta</h3><ul><li>41 hunder testet over tre vintre</li><li>Studien er finansiert av Stiftelsen Breivang.</li></ul></aside>",
     ["Studien er finansiert av Stiftelsen Breivang."], [], [],
     "sidebar 'Key facts' box inside the article"),
    ("fi", "acknowledgements",
     S("fi") + "<h2>Kiitokset</h2><p>Kiitämme Aino Lehtoa ja Mikko Saarta koirien kouluttamisesta, Lumiturva ry:tä maastokartoista ja kahta nimetöntä arvioijaa kommenteista; tutkimusta rahoitti Tunturisäätiö (apuraha TS-2291), ja Pelastusopisto lainasi lumitutkat.</p>",
     ["Kiitämme Aino Lehtoa ja Mikko Saarta koirien kouluttamisesta, Lumiturva ry:tä maastokartoista ja kahta nimetöntä arvioijaa kommenteista; tutkimusta rahoitti Tunturisäätiö (apuraha TS-2291), ja Pelastusopisto lainasi lumitutkat."], [], [],
     "long acknowledgement sentence: thanks, a grant clause in the middle and an equipment loan"),
    ("cs", "footer",
     "<div class=\"eu-notice\"><img src=\"/img/eu-flag.svg\" alt=\"Vlajka EU\"><p>Tento projekt získal finanční prostředky z programu Evropské unie Alpské sítě bezpečí na základě grantové dohody č. 101188342.</p></div>",
     ["Tento projekt získal finanční prostředky z programu Evropské unie Alpské sítě bezpečí na základě grantové dohody č. 101188342."], [], [],
     "EU-style notice under a flag image in the project site's <footer>"),
    ("sk", "byline",
     "<p class=\"byline\">Autorka: Jana Kováčová · Výskum podporila Nadácia Tatranský štít</p>" + S("sk"),
     ["Výskum podporila Nadácia Tatranský štít"], [], [],
     "statement in the byline line under the headline"),
    ("hu", "end",
     "<p><em>A riport elkészítését a Havasi Újságírói Alap támogatta.</em></p>",
     ["A riport elkészítését a Havasi Újságírói Alap támogatta."], [], [],
     "italic editor's note at the story's end: the reporting supported by a journalism fund"),
    ("ro", "notes-to-editors",
     "<p class=\"dateline\">OBERKESS, 4 februarie 2026 –</p>" + S("ro") + "<h2>Note pentru editori</h2><ol><li>Studiul a fost finanțat de Fundația Piatra Albă prin grantul PA-2025-08.</li><li>Fotografiile pot fi folosite gratuit cu mențiunea sursei.</li></ol>",
     ["Studiul a fost finanțat de Fundația Piatra Albă prin grantul PA-2025-08."], ["Fotografiile pot fi folosite gratuit cu mențiunea sursei."], [],
     "press release: statement in 'Notes to editors' beside another note"),
    ("el", "blockquote",
     S("el") + "<p>Στο τέλος της δημοσίευσης οι ερευνητές σημειώνουν:</p><blockquote><p>Η εργασία χρηματοδοτήθηκε από το Ίδρυμα Καλλιγά-Ρόδη (επιχορήγηση ΚΡ-772).</p></blockquote>",
     ["Η εργασία χρηματοδοτήθηκε από το Ίδρυμα Καλλιγά-Ρόδη (επιχορήγηση ΚΡ-772)."], [], [],
     "funding line of the paper quoted in a <blockquote>"),
    ("tr", "builder",
     builder("tr", S("tr"), "<p>Proje, Karadağ Vakfı tarafından desteklenmektedir (hibe no. KV-5510).</p>", kind="wpbakery"),
     ["Proje, Karadağ Vakfı tarafından desteklenmektedir (hibe no. KV-5510)."], [], [],
     "WPBakery page: statement alone in the last text widget"),
    ("ru", "mid",
     "<p>Исследование оплатил благотворительный фонд «Снежный перевал», рассказал руководитель школы Павел Лукин.</p>",
     ["Исследование оплатил благотворительный фонд «Снежный перевал», рассказал руководитель школы Павел Лукин."], [], [],
     "active voice ('the fund paid for the study') in a middle paragraph with attribution"),
    ("uk", "tabs",
     S("uk") + "<div class=\"tabs\"><button role=\"tab\" aria-selected=\"true\" aria-controls=\"t1\">Методи</button><button role=\"tab\" aria-selected=\"false\" aria-controls=\"t2\">Фінансування</button>"
     "<div role=\"tabpanel\" id=\"t1\"><p>Собак перевіряли на трьох схилах.</p></div><div role=\"tabpanel\" id=\"t2\" hidden><p>Дослідження фінансував Фонд «Карпатська варта» (грант КВ-2025-31).</p></div></div>",
     ["Дослідження фінансував Фонд «Карпатська варта» (грант КВ-2025-31)."], [], [],
     "statement in a closed (hidden) tab panel"),
    ("bg", "list",
     S("bg") + "<p>Проучването беше подкрепено от:</p><ul><li>Фондация „Бяла стена“, грант БС-118;</li><li>Община Горен Кес, споразумение 44/2025.</li></ul>",
     ["Проучването беше подкрепено от:", "Фондация „Бяла стена“, грант БС-118;", "Община Горен Кес, споразумение 44/2025."], [], [],
     "lead-in followed by a list of funders with grant numbers (the list is part of the statement)"),
    ("hr", "chart-source",
     S("hr") + "<figure class=\"chart\"><img src=\"/img/graf.png\" alt=\"Grafikon vremena pronalaska\"><figcaption>Izvor: anketa vodiča pasa 2025., koju je financirala Zaklada Velebitska straža.</figcaption></figure>",
     ["Izvor: anketa vodiča pasa 2025., koju je financirala Zaklada Velebitska straža."], [], [],
     "chart source note naming the survey's funder"),
    ("sl", "end",
     "<p>Raziskavo je financirala Fundacija Triglavski vrh. Dodatno podporo je prispevala Občina Zgornja Kesa.</p>",
     ["Raziskavo je financirala Fundacija Triglavski vrh.", "Dodatno podporo je prispevala Občina Zgornja Kesa."], [], [],
     "statement continued over two sentences"),
    ("lt", "details",
     S("lt") + "<details><summary>Atskleidimai</summary><p>Tyrimą finansavo Nemuno fondas (dotacija NF-2025-6).</p><p>Interesų konfliktas: autoriai jo neturi.</p></details>",
     ["Tyrimą finansavo Nemuno fondas (dotacija NF-2025-6)."], [], ["Interesų konfliktas: autoriai jo neturi."],
     "closed <details> 'Disclosures' with the conflict line the body must keep"),
    ("lv", "builder",
     builder("lv", S("lv") + "<p>Projektu finansē Gaujas Kalnu fonds.</p>", kind="webflow"),
     ["Projektu finansē Gaujas Kalnu fonds."], [], [],
     "Webflow rich text: statement as the last paragraph"),
    ("et", "builder",
     builder("et", S("et"), "<h4>Projekti toetaja</h4><p>Uuringut toetas Põhjakalda Sihtasutus (toetus PK-2025-77).</p>", kind="divi"),
     ["Uuringut toetas Põhjakalda Sihtasutus (toetus PK-2025-77)."], [], [],
     "Divi page: the supporter's own text module"),
    ("ca", "header",
     "<p class=\"sponsor-line\">Amb el suport de la Fundació Serra Negra</p>",
     ["Amb el suport de la Fundació Serra Negra"], [], [],
     "sponsor line in the article header above the body"),
    ("ar", "heading",
     S("ar") + "<h2>التمويل</h2><p>موّلت هذه الدراسة مؤسسة الجبل الأبيض للأبحاث (منحة رقم ج-2025-14).</p>",
     ["موّلت هذه الدراسة مؤسسة الجبل الأبيض للأبحاث (منحة رقم ج-2025-14)."], [], [],
     "Arabic heading 'Funding', verb-first active sentence"),
    ("he", "end",
     "<p>בשלב הבא יבדקו החוקרים כלבים צעירים יותר. המחקר מומן על ידי קרן אבני-שחר.</p>",
     ["המחקר מומן על ידי קרן אבני-שחר."], [], [],
     "Hebrew passive statement ending a story paragraph"),
    ("fa", "end",
     "<p>هزینهٔ این پژوهش را بنیاد کوه‌نوردان سپید پرداخت کرده است.</p>",
     ["هزینهٔ این پژوهش را بنیاد کوه‌نوردان سپید پرداخت کرده است."], [], [],
     "Persian object-first active statement ('the costs of this research X paid')"),
    ("ur", "heading",
     S("ur") + "<h3>مالی معاونت</h3><p>اس تحقیق کے لیے مالی معاونت برف پوش فاؤنڈیشن نے فراہم کی۔</p>",
     ["اس تحقیق کے لیے مالی معاونت برف پوش فاؤنڈیشن نے فراہم کی۔"], [], [],
     "Urdu heading with a verb-final statement"),
    ("hi", "heading",
     S("hi") + "<h3>वित्तपोषण</h3><p>इस अध्ययन के लिए धन हिमशिखर फ़ाउंडेशन ने दिया।</p>",
     ["इस अध्ययन के लिए धन हिमशिखर फ़ाउंडेशन ने दिया।"], [], [],
     "Hindi heading, SOV active statement"),
    ("bn", "end",
     "<p>এই গবেষণার অর্থায়ন করেছে তুষারচূড়া ফাউন্ডেশন।</p>",
     ["এই গবেষণার অর্থায়ন করেছে তুষারচূড়া ফাউন্ডেশন।"], [], [],
     "Bengali closing statement, object first"),
    ("ja", "acknowledgements",
     S("ja") + "<h2>謝辞</h2><p>訓練に協力いただいた山田花子氏と佐藤健氏に感謝する。本研究は白峰財団の助成（課題番号 SH-2025-031）を受けた。</p>",
     ["本研究は白峰財団の助成（課題番号 SH-2025-031）を受けた。"], [], [],
     "Japanese acknowledgements heading: thanks then one grant sentence"),
    ("zh", "heading",
     S("zh") + "<h2>基金</h2><p>本研究由雪岭公益基金会资助（项目编号 XL-2025-019）。</p>",
     ["本研究由雪岭公益基金会资助（项目编号 XL-2025-019）。"], [], [],
     "Chinese heading 基金"),
    ("ko", "acknowledgements",
     S("ko") + "<h2>사사</h2><p>이 연구는 한빛설원재단의 지원을 받아 수행되었다(과제번호 HS-2025-88).</p>",
     ["이 연구는 한빛설원재단의 지원을 받아 수행되었다(과제번호 HS-2025-88)."], [], [],
     "Korean acknowledgement heading 사사"),
    ("id", "readme",
     ("<div class=\"markdown-body\"><h1>salju-jejak</h1><p>Pustaka kecil untuk membaca log GPS anjing pencari dari latihan di Varenthal.</p><h2>Instalasi</h2><pre><code>pip install salju-jejak</code></pre>"
     "<p>Mendukung berkas GPX dan FIT.</p><h2>Ucapan terima kasih</h2><p>Proyek ini didanai oleh Yayasan Puncak Salju.</p></div>"),
     ["Proyek ini didanai oleh Yayasan Puncak Salju."], ["Mendukung berkas GPX dan FIT."], [],
     "GitHub-like README: statement under Acknowledgements; 'supports GPX' is not"),
    ("ms", "podcast",
     "<div class=\"episode\"><h2>Episod 7: Anjing di salji</h2><p>Kami bercakap dengan jurulatih dari sekolah menyelamat di Varenthal.</p>" + S("ms") +
     "<h3>Nota rancangan</h3><p>Musim ini diterbitkan dengan sokongan Yayasan Puncak Embun.</p><p class=\"ad\">Iklan: Kasut mendaki Terra, diskaun 20%.</p></div>",
     ["Musim ini diterbitkan dengan sokongan Yayasan Puncak Embun."], ["Iklan: Kasut mendaki Terra, diskaun 20%."], [],
     "podcast show notes: season produced with support (statement) beside an ad banner"),
    ("vi", "dataset",
     "<div class=\"dataset\"><h2>Bộ dữ liệu: Thời gian tìm kiếm của chó cứu hộ, 2023–2026</h2><p>Giấy phép: CC BY 4.0</p>" + S("vi") +
     "<p>Việc thu thập dữ liệu được tài trợ bởi Quỹ Tuyết Trắng (mã tài trợ TT-2025-12).</p></div>",
     ["Việc thu thập dữ liệu được tài trợ bởi Quỹ Tuyết Trắng (mã tài trợ TT-2025-12)."], [], [],
     "dataset landing page: data collection funded by"),
    ("th", "end",
     "<p>งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิยอดหิมะ</p>",
     ["งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิยอดหิมะ"], [], [],
     "Thai closing statement without a full stop"),
    ("tl", "research",
     "<section><h2>Buod</h2>" + S("tl") + "</section><section><h2>Pagpopondo</h2><p>Ang pananaliksik na ito ay pinondohan ng Pundasyong Bundok Malinaw.</p></section>",
     ["Ang pananaliksik na ito ay pinondohan ng Pundasyong Bundok Malinaw."], [], [],
     "Tagalog research page with a Funding section"),
    ("sw", "research",
     "<section><h2>Muhtasari</h2>" + S("sw") + "</section><section><h2>Ufadhili</h2><p>Utafiti huu ulifadhiliwa na Wakfu wa Theluji ya Kilele.</p></section>",
     ["Utafiti huu ulifadhiliwa na Wakfu wa Theluji ya Kilele."], [], [],
     "Swahili research page with a Funding section"),
    ("en", "tour",
     ("<div class=\"band-news\"><h2>Winter benefit tour</h2><p>We are playing six shows this February to raise money for the Varenthal rescue dog school's new kennels.</p>"
     "<p>The Oberkess Winter Benefit Tour is presented with support from the Marrowby Arts Council.</p><p>Tickets go on sale on Friday.</p></div>"),
     ["The Oberkess Winter Benefit Tour is presented with support from the Marrowby Arts Council."], ["Tickets go on sale on Friday."], [],
     "band's tour announcement: the tour is the page's own event, so 'with support from' names its funder (statement)"),
    ("en", "blog",
     "<div class=\"post\"><p>I have been following the dogs for three winters now.</p>" + S("en") +
     "<p>My work on the dogs' scent cones is funded by a small bequest from the late Hilda Graveney.</p></div>",
     ["My work on the dogs' scent cones is funded by a small bequest from the late Hilda Graveney."], [], [],
     "first-person research blog; an individual's bequest"),
    ("de", "end",
     "<p>Die Lawinenverschüttetensuchgeräte stellte die Bergluchs GmbH leihweise zur Verfügung.</p>",
     ["Die Lawinenverschüttetensuchgeräte stellte die Bergluchs GmbH leihweise zur Verfügung."], [], [],
     "equipment loan (in-kind support) as a statement"),
    ("en", "university",
     S("en") + "<div class=\"media-contact\"><h3>Media contact</h3><p>Rhona Tillet, press office, +44 1632 960 118</p></div>"
     "<p>This work was supported in part by the Corrie Dunmore Trust (grant CDT-2291).</p><p>The authors acknowledge the Oberkess Guides' Association for the loan of avalanche probes.</p>",
     ["This work was supported in part by the Corrie Dunmore Trust (grant CDT-2291).", "The authors acknowledge the Oberkess Guides' Association for the loan of avalanche probes."], [], [],
     "university news ending after a media-contact block: a grant and an acknowledged equipment loan"),
    ("fr", "exhibition",
     "<div class=\"expo\"><h2>Exposition « Chiens de neige »</h2><p>Du 12 mars au 30 juin 2026, salle 4.</p>" + S("fr") +
     "<div class=\"credits\"><p>L'exposition est rendue possible grâce au généreux soutien de la Fondation Hélène Marvaud.</p><p>Partenaire média : Radio Vallée.</p></div></div>",
     ["L'exposition est rendue possible grâce au généreux soutien de la Fondation Hélène Marvaud."], ["Partenaire média : Radio Vallée."], [],
     "museum exhibition credit block; a media partner beside it is not funding"),
    ("es", "workshop",
     "<div class=\"event\"><h2>Taller: perros de rescate y viento</h2><p>Oberkess, 14–15 de mayo de 2026.</p>" + S("es") +
     "<p>El taller cuenta con el apoyo de la Fundación Picos Blancos.</p><h3>Medios colaboradores</h3><ul><li>Diario de la Sierra</li></ul></div>",
     ["El taller cuenta con el apoyo de la Fundación Picos Blancos."], [], [],
     "workshop page: supported by (statement) beside media partners"),
    ("it", "end",
     "<p>Ora la scuola ha ottenuto dalla Fondazione Monte Cervaro un contributo di 300.000 euro per proseguire lo studio.</p>",
     ["Ora la scuola ha ottenuto dalla Fondazione Monte Cervaro un contributo di 300.000 euro per proseguire lo studio."], [], [],
     "news reports a grant to the very team the story is about: the work's funder"),
    ("en", "alt",
     S("en") + "<div class=\"funder\"><img src=\"/img/elsworth.png\" alt=\"Funded by the Elsworth Mountain Trust\"><p>Funded by the Elsworth Mountain Trust</p></div>",
     ["Funded by the Elsworth Mountain Trust"], [], [],
     "funder logo whose alt text repeats the visible statement"),
    ("en", "end",
     "<p class=\"note\">THIS RESEARCH WAS FUNDED BY THE ASHGROVE ALPINE FUND.</p>",
     ["THIS RESEARCH WAS FUNDED BY THE ASHGROVE ALPINE FUND."], [], [],
     "statement written in capitals"),
    ("nl", "twice",
     S("nl") + "<p>Het onderzoek werd betaald door de Stichting Hoge Venen.</p><footer class=\"article-footer\"><p>Het onderzoek werd betaald door de Stichting Hoge Venen.</p><p>Tekst: Mirte de Bruyn</p></footer>",
     ["Het onderzoek werd betaald door de Stichting Hoge Venen."], [], [],
     "statement given twice (body and article footer): one value expected"),
    ("pt", "two",
     S("pt") + "<p>O estudo foi financiado pela Fundação Vale Nevado.</p><p>O encontro de encerramento, em Oberkess, foi patrocinado pela Cooperativa Alpina do Kess.</p>",
     ["O estudo foi financiado pela Fundação Vale Nevado.", "O encontro de encerramento, em Oberkess, foi patrocinado pela Cooperativa Alpina do Kess."], [], [],
     "two statements on one page: the study's grant and its closing event's sponsor"),
    ("en", "newsletter",
     "<div class=\"newsletter\"><h2>Snowline, issue 14</h2>" + S("en") + "<p><em>This newsletter is made possible by the Penhallow Family Trust.</em></p><p><a href=\"/unsubscribe\">Unsubscribe</a></p></div>",
     ["This newsletter is made possible by the Penhallow Family Trust."], [], [],
     "newsletter made possible by a family trust"),
    ("en", "br",
     "<p>" + STORY["en"][0] + "</p><p>The dogs will be tested again next winter.<br>The trial is backed by a grant from the Quill and Fenner Foundation.</p>",
     ["The trial is backed by a grant from the Quill and Fenner Foundation."], [], [],
     "statement continuing the last paragraph after a <br>"),
    ("de", "builder",
     builder("de", S("de"), "<p class=\"has-small-font-size\">Gefördert durch die Hochalm-Stiftung (Förderkennzeichen HA-2025-14).</p>", kind="gutenberg"),
     ["Gefördert durch die Hochalm-Stiftung (Förderkennzeichen HA-2025-14)."], [], [],
     "Gutenberg group block: short 'funded by' line"),
    ("en", "docs",
     ("<div class=\"docs\"><h1>snowtrace 2.4 documentation</h1><p>snowtrace reads search-dog GPS tracks and draws scent-cone maps.</p><p>snowtrace supports Python 3.12 and 3.13.</p>"
     "<h2>Funding</h2><p>Development of this library is supported by the Brackwater Open Tools Fund.</p></div>"),
     ["Development of this library is supported by the Brackwater Open Tools Fund."], ["snowtrace supports Python 3.12 and 3.13."], [],
     "documentation page: development supported by (statement); 'supports Python' is not"),
    ("sv", "partners",
     S("sv") + "<section class=\"partners\"><h2>Partner och finansiärer</h2><p>Projektet finansieras av Stiftelsen Fjällvakt.</p>"
     "<ul class=\"logos\"><li><img src=\"/l/1.png\" alt=\"Stiftelsen Fjällvakt\"></li><li><img src=\"/l/2.png\" alt=\"Kessby hundklubb\"></li><li><img src=\"/l/3.png\" alt=\"Radio Fjäll\"></li></ul></section>",
     ["Projektet finansieras av Stiftelsen Fjällvakt."], [], [],
     "'Partners and funders' section: only the sentence names the funder, the logos are mixed"),
    ("en", "project",
     "<div class=\"project-page\"><h2>About this project</h2>" + S("en") + "<h3>Funded by</h3><ul class=\"logos\"><li><img src=\"/l/a.png\" alt=\"Garrowby Science Fund\"> <span>Garrowby Science Fund</span></li><li><img src=\"/l/b.png\" alt=\"Oberkess Valley Council\"> <span>Oberkess Valley Council</span></li></ul></div>",
     ["Garrowby Science Fund", "Oberkess Valley Council"], [], [],
     "research group page: 'Funded by' heading over a list of logos, each with its alt text and a visible name"),
    ("en", "mid",
     "<p>The handlers (the study was paid for by the Dunlevy Rescue Fund) also logged wind speed on every run.</p>",
     ["the study was paid for by the Dunlevy Rescue Fund"], [], [],
     "statement in a parenthesis inside a story sentence"),
    ("tr", "end",
     "<p>Karlı Zirve Vakfı, çalışmanın masraflarını üstlendi.</p>",
     ["Karlı Zirve Vakfı, çalışmanın masraflarını üstlendi."], [], [],
     "Turkish active statement ('the foundation bore the study's costs')"),
    ("en", "end",
     "<p>The study was made possible by a gift from alumna Margery Quell to the school's research fund.</p>",
     ["The study was made possible by a gift from alumna Margery Quell to the school's research fund."], [], [],
     "university's own donor: a gift that paid for this study"),
]

# (lang, place, html, note)
NEGATIVE = [
    ("en", "own", "<p>The Halvorsen-Hale Foundation this week awarded 1.2 million to three coastal lifeboat crews, its director announced.</p><p>The crews will use the money for new engines.</p>",
     "news about a grant awarded to others"),
    ("de", "own", "<p>Der Gemeinderat von Oberkess hat einen Haushalt von 4,2 Millionen Euro beschlossen.</p><p>Gefördert werden vor allem Straßen, das Freibad und die Grundschule.</p>",
     "a village budget reported as news"),
    ("fr", "own", "<p>La jeune pousse NeigeTrack a levé 8 millions d'euros lors d'un tour de série A mené par le fonds Cimes Capital.</p><p>Elle vend des balises pour skieurs.</p>",
     "a start-up's investors"),
    ("es", "own", "<p>La carrera de esquí de montaña de Oberkess, patrocinada por la marca Altavista, reunió a 400 corredores el domingo.</p>",
     "sport sponsor reported as news"),
    ("it", "own", "<p>Il Comune finanzierà con 200.000 euro il nuovo parcheggio della stazione, ha annunciato l'assessore.</p><p>I lavori inizieranno in aprile.</p>",
     "Italian 'finanziare' as news about a city budget"),
    ("en", "own", "<div class=\"product\"><h2>TrailTag collar</h2><p>Supported formats: GPX, KML and FIT.</p><p>The collar supports Bluetooth 5.3 and charges in two hours.</p><p>Price: 129 euros.</p></div>",
     "product page: supported formats, no statement"),
    ("en", "own", "<div class=\"appeal\"><h2>Give a puppy a start</h2><p>Your gift funds a puppy's first year of training.</p><p><a href=\"/donate\">Donate today</a></p></div>",
     "charity appeal: 'your gift funds'"),
    ("en", "own", "<h2>Funding opportunities</h2><ul><li>Mountain safety seed grants: applications for funding close on 3 March.</li><li>Travel bursaries for doctoral students.</li></ul><p>We fund projects that improve rescue outcomes in the Alps.</p>",
     "a university's list of funding opportunities"),
    ("en", "own", "<h2>Obituary: Edith Marrable, 1931–2026</h2><p>Edith Marrable, a founder of the Oberkess ski club, has died aged 94.</p><p>She supported the Linwood Foundation for decades and sat on its board until 2019.</p>",
     "obituary naming a foundation the person supported"),
    ("en", "own", "<h2>Review: Faces in the Snow</h2><p>The photobook, funded by a Kickstarter campaign in 2024, collects portraits of rescue dogs and their handlers.</p><p>Its best pictures are the quiet ones.</p>",
     "book review: the book's crowdfunding is news about another work"),
    ("es", "own", "<p>El pleno apoyó por mayoría la moción del grupo vecinal para ampliar el refugio de montaña.</p>",
     "Spanish 'apoyar' a motion"),
    ("fr", "own", "<p>Des centaines de supporters sont venus soutenir l'équipe de hockey d'Oberkess samedi soir.</p>",
     "French 'soutenir' a team"),
    ("de", "own", "<p>Das Unternehmen fördert seit 1998 Erdöl in der Nordsee.</p><p>Der Skiclub fördert junge Talente im Skispringen.</p>",
     "German 'fördern' oil and talent"),
    ("de", "own", "<figure><img src=\"/img/derby.jpg\" alt=\"Jubel\"><figcaption>Mit Unterstützung der Fans gewann der EHC Oberkess das Derby.</figcaption></figure><p>Das Spiel endete 4:2.</p>",
     "'with the support of the fans' caption"),
    ("en", "end", "<p>“We were funded by nobody,” she said, laughing about the school's early years.</p>",
     "funding word inside quoted speech"),
    ("en", "own", "<div class=\"job\"><h2>Funded PhD position in canine olfaction</h2><p>Start: October 2026. The position is fully funded for four years.</p><p>Apply by 30 April.</p></div>",
     "job advert for a funded position"),
    ("en", "own", "<div class=\"pricing\"><h2>Plans</h2><ul><li>Sponsor tier: $5 a month</li><li>Team plan: $40 a month</li></ul><p>Supported plans include phone support on weekdays.</p></div>",
     "price plan page: sponsor tier, supported plans"),
    ("en", "own", "<div class=\"repo\"><h1>dogtrack</h1><p>Tools for search-dog GPS logs.</p><a class=\"btn\" href=\"/sponsors/dogtrack\">Sponsor this project</a><h3>Sponsor tiers</h3><ul><li>$5 a month: a thank-you in the README</li><li>$50 a month: your logo here</li></ul></div>",
     "repository page: sponsor button and tier list, no statement"),
    ("en", "own", "<h2>Become a sponsor</h2><p>The Alpine Rescue Congress 2027 is looking for sponsors. Sponsorship packages start at 2,000 euros.</p>",
     "conference's call for sponsors"),
    ("en", "end", "<p>“We have given three million to hut wardens this year,” said a spokesperson for the Grisedale Trust, which has no link to the school.</p>",
     "spokesperson quoted about money given to others"),
    ("en", "own", "<h2>Council announces mountain safety awards</h2><p>The Research Council today announced 14 awards under its Mountain Safety call, worth 9 million in total.</p><p>The next call opens in June.</p>",
     "research council news: awards to others"),
    ("en", "own", "<p>The hospital's winter gala raised 40,000 for the children's ward, organisers said.</p><p>A rescue dog from Varenthal led the parade.</p>",
     "fundraising gala news"),
    ("en", "own", "<p>The regional budget published on Tuesday funds two new ambulances, a bridge repair and longer opening hours at the library.</p>",
     "government budget listing what it funds"),
    ("en", "after", "<div class=\"sponsor-wall\"><img src=\"/s/1.png\" alt=\"Altavista\"><img src=\"/s/2.png\" alt=\"Kessby Savings Bank\"><img src=\"/s/3.png\" alt=\"Bergluchs\"></div>",
     "sponsor logo wall with no sentence"),
    ("en", "own", "<p>A crowdfunding campaign for a new ambulance in Oberkess passed its 30,000 goal on Monday.</p><p>More than 900 people gave money.</p>",
     "crowdfunding campaign reported as news"),
    ("en", "own", "<p class=\"label\">Sponsored content</p><h2>Five boots for winter hikes</h2><p>Terra boots keep your feet dry in deep snow.</p>",
     "'Sponsored content' label on an advertorial"),
    ("en", "after", "<div class=\"help\"><h3>Supported browsers</h3><ul><li>Firefox 120+</li><li>Chrome 118+</li></ul><p>Contact support if the map does not load.</p></div>",
     "supported browsers and technical support"),
    ("en", "after", "<div class=\"boilerplate\"><h3>About the Linwood Foundation</h3><p>The Linwood Foundation funds research into alpine safety and supports mountain huts across the region.</p></div>",
     "funder's own 'About' boilerplate under a story that names no funding of this work"),
    ("en", "after", "<div class=\"donate-box\"><h3>Support our journalism</h3><p>The Kessby Courier is funded by readers like you. Give from 3 a month.</p></div>",
     "'support our journalism' donation box"),
    ("en", "own", "<p>The plan for a new avalanche shelter is supported by the Green Party and was backed by a council vote on Thursday.</p>",
     "political support and votes"),
    ("en", "own", "<p>The council paid for the new roof of the school's kennels last year.</p><p>Investors financed the takeover of the ski lift company in March, and fans footed the bill for the hockey team's trip.</p>",
     "active voice with funding verbs as news"),
    ("en", "end", "<p>The finding is supported by the evidence from earlier winters, the team said.</p>",
     "'supported by the evidence'"),
    ("en", "end", "<p>Thank you to all our readers for your support this year.</p>",
     "general thanks to readers"),
    ("en", "after", ("<aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/a\">Lottery-funded hut reopens above Oberkess</a></li><li><a href=\"/b\">Sponsored ski race draws record field</a></li><li><a href=\"/c\">Grant cuts hit valley ambulances</a></li></ul></aside>"
     "<nav class=\"site-menu\"><a href=\"/grants\">Grants</a> <a href=\"/funding\">Funding opportunities</a> <a href=\"/sponsor\">Sponsor us</a></nav>"),
     "funding words in related-story headlines and a menu"),
    ("en", "end", "<p>Rescue budgets have fallen for years<sup>1</sup>.</p><ol class=\"footnotes\"><li>Alpine Rescue Funding Report 2025, Kessby Institute.</li></ol>",
     "footnote citing a funding report as a source"),
    ("pl", "own", "<h2>Sprawozdanie roczne 2025</h2><p>W 2025 r. fundacja przyznała dotacje dwunastu schroniskom górskim na łączną kwotę 1,4 mln zł.</p>",
     "charity's annual report listing its own grants to others"),
    ("ja", "own", "<p>雪崩ビーコンを開発する新興企業は、シリーズBで20億円を調達したと発表した。</p>",
     "start-up's Series B"),
    ("zh", "own", "<p>市政府去年资助了奥伯克斯新桥的建设，总投资三千万元。</p>",
     "city funded a bridge as news"),
    ("ko", "own", "<p>팬들의 응원에 힘입어 오버케스 하키팀이 결승에서 승리했다.</p>",
     "support of fans"),
    ("ru", "own", "<p>Депутаты поддержали законопроект о горных спасателях большинством голосов.</p>",
     "supported by a majority (a bill)"),
    ("uk", "own", "<p>Місто профінансувало ремонт мосту через річку минулого року, повідомила мерія.</p>",
     "city funded a bridge repair as news"),
    ("tr", "own", "<p>Oberkess Spor'un yeni forma sponsoru Anadolu Lastik oldu; anlaşma üç yıl sürecek.</p>",
     "sport sponsorship news"),
    ("ar", "own", "<p>أعلنت وزارة الداخلية دعمها للخطة الجديدة لتنظيم رحلات التزلج.</p>",
     "the ministry backs a plan"),
    ("hi", "own", "<p>बजट में कटौती के कारण घाटी के कई बचाव केंद्र बंद हो सकते हैं, अधिकारियों ने कहा।</p>",
     "funding cuts reporting"),
    ("nl", "own", "<p>Het ziekenhuis in Kessdal verloor een rechtszaak over een teruggevorderde subsidie van 2 miljoen euro.</p>",
     "lawsuit over a grant"),
    ("sv", "own", "<p>Stiftelsen Fjällvakt finansierar även ett nytt vandrarhem i Kessåsen, meddelade stiftelsen i ett pressmeddelande om sina övriga projekt.</p>",
     "a funder's other projects as news"),
    ("fi", "own", "<p>Kaupunki rahoitti uuden sillan viime vuonna, ja nyt valtuusto riitelee sen kustannuksista.</p>",
     "a budget fight over a bridge"),
    ("hu", "own", "<p>A tervet a képviselők többsége támogatta a csütörtöki ülésen.</p>",
     "supported by a majority"),
    ("cs", "own", "<p>Firma Lavinka získala investici 50 milionů korun od fondu Tatra Ventures.</p>",
     "investment round news"),
    ("ro", "own", "<p>Guvernul a anunțat tăieri de finanțare pentru spitalele din zonele montane.</p>",
     "funding cuts"),
    ("el", "own", "<p>Οι οπαδοί πλήρωσαν το ταξίδι της ομάδας στη Θεσσαλονίκη.</p>",
     "fans footed the bill"),
    ("pt", "own", "<p>A câmara pagou o telhado novo do mercado no ano passado, recordou o presidente.</p>",
     "council paid for a roof as news"),
    ("id", "own", "<div class=\"app\"><h2>Aplikasi JejakSalju</h2><p>Perangkat yang didukung: Android 12 ke atas dan iOS 16.</p></div>",
     "supported devices"),
    ("vi", "after", "<p class=\"ad-label\">Nội dung được tài trợ</p><div class=\"ad\"><p>Giày leo núi Terra giảm giá 20%.</p></div>",
     "sponsored content label on an advert"),
    ("he", "own", "<p>התורם הוותיק, שתמך בבית החולים האזורי שנים רבות, הלך לעולמו בגיל 88.</p>",
     "obituary: a donor who supported a hospital"),
    ("sw", "own", "<p>Serikali imetenga shilingi bilioni mbili kwa ujenzi wa barabara mpya ya mlimani.</p>",
     "government budget"),
    ("th", "own", "<p>ทีมฟุตบอลของหมู่บ้านได้รับการสนับสนุนจากแฟนบอลอย่างล้นหลาม</p>",
     "fans' support of a team"),
    ("ca", "own", "<p>El club d'hoquei ha rebut el suport de l'afició durant tota la temporada.</p>",
     "support of the fans"),
    ("da", "own", "<div class=\"campaign\"><h2>Tak til alle 312 bagmænd!</h2><p>Kampagnen for en ny hundevogn slutter fredag. Del den gerne med dine venner.</p></div>",
     "crowdfunding page thanking backers without saying they funded the work"),
    ("lt", "own", "<p>Savivaldybė skyrė lėšų naujam stadionui, pranešė meras.</p>",
     "municipality funds a stadium"),
    ("lv", "own", "<p>Pilsēta pagājušajā gadā finansēja jauno tiltu pār upi.</p>",
     "city financed a bridge"),
    ("ms", "own", "<p>Syarikat pemula itu mengumpul dana RM5 juta daripada pelabur dalam pusingan terbaru.</p>",
     "start-up raises money from investors"),
    ("tl", "own", "<p>Sinuportahan ng mayorya ng konseho ang panukalang batas tungkol sa mga asong pang-rescue.</p>",
     "council majority supports a bill"),
    ("fa", "own", "<p>شهرداری هزینهٔ ساخت پل جدید روستا را سال گذشته پرداخت کرد.</p>",
     "municipality paid for a bridge as news"),
    ("bn", "own", "<p>সরকার নতুন সেতুর জন্য দুই কোটি টাকা বরাদ্দ করেছে।</p>",
     "government allocation as news"),
    ("ur", "own", "<p>حکومت نے نئے بجٹ میں پہاڑی ہسپتالوں کے لیے فنڈز میں کٹوتی کا اعلان کیا۔</p>",
     "budget cut news"),
    ("sk", "own", "<div class=\"app\"><h2>Aplikácia SnehStopa</h2><p>Podporujeme formáty GPX a KML.</p></div>",
     "supported formats"),
    ("bg", "after", "<section class=\"partners\"><h3>Партньори</h3><ul><li>Планински клуб „Кес“</li></ul><h3>Медийни партньори</h3><ul><li>Радио Връх</li></ul></section>",
     "partners and media partners with no funding sentence"),
    ("hr", "after", "<p class=\"label\">Sponzorirani sadržaj</p><div class=\"ad\"><p>Zimske jakne Sjever, popust 30 posto.</p></div>",
     "sponsored content label"),
    ("sl", "own", "<p>Navijači so ekipo glasno podprli na domači tekmi v nedeljo.</p>",
     "fans supported the team"),
    ("et", "own", "<p>Vald rahastas eelmisel aastal uue lasteaia ehitust, teatas vallavanem.</p>",
     "municipality funded a kindergarten as news"),
    ("en", "own", "<p>The Halvorsen-Hale Foundation, which also paid for a new hut on the Kessjoch last year, is being sued by a contractor over an unpaid grant instalment.</p>",
     "a funder's other project and a lawsuit over a grant"),
    ("de", "own", "<p>Die Stiftung Bergwacht unterstützt künftig auch Lawinenkurse an Schulen, teilte sie am Montag mit; im Landtag wird unterdessen über Kürzungen der Fördermittel gestritten.</p>",
     "a funder's other work and a budget fight"),
    ("it", "own", "<p>Il consigliere Marco Deltri ha detto di sostenere la proposta di legge sui cani da soccorso.</p>",
     "politician backs a bill"),
]


def check(built: dict[str, tuple[str, dict]]) -> None:
    """Every statement, kept declaration and not_funding sentence appears on its page as labelled."""
    for page_id, (html, label) in built.items():
        for text in label["funding"] + label["must_keep_in_body"] + label.get("not_funding", []):
            assert text in html, (page_id, text)


def main() -> None:
    built = story_cases("fr131-", REAL, NEGATIVE, page)
    check(built)
    write_corpus(HERE, built)
    langs = {label["lang"] for _, label in built.values()}
    real = sum(1 for _, label in built.values() if label["funding"])
    statements = sum(len(label["funding"]) for _, label in built.values())
    print(f"{len(built)} pages, {real} with statements ({statements} statements), {len(built) - real} negatives, {len(langs)} languages")


if __name__ == "__main__":
    main()
