"""Builds held-out funding round 111 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the library, funders, grant numbers and people do not exist. Written
blind by a helper from the definition of `funding` alone, without reading the detector's code or
any other round's cases: a rural mobile library (a book bus) serving the invented valley of
Harrowdale, in over 30 languages. About a third of the pages are built by page builders (Elementor,
Divi, WPBakery, Gutenberg, Webflow, Wix: the article in nested widget divs, the statement in its
own widget or the last text widget); statements continue a last paragraph after <br>, sit in
"Methods" / "About the study" boxes and end Q&A interviews; negatives include a research council's
calls and awards to others, a fundraising gala, a budget story listing what it funds and a sponsor
logo wall with no sentence.

usage: python benchmarks/funding-round111/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# Convention: for run-in labels and headings the statement is the text after the label; in
# acknowledgement paragraphs mixing thanks and a grant only the grant sentence is listed.

STORY = {
    "en": ("The book bus of Harrowdale", ["A converted bus now brings books to eleven hill villages of Harrowdale every fortnight.", "Loans rose by a third in the first year, most of them children's books."]),
    "de": ("Der Bücherbus von Harrowdale", ["Ein umgebauter Bus bringt nun alle zwei Wochen Bücher in elf Bergdörfer von Harrowdale.", "Die Ausleihen stiegen im ersten Jahr um ein Drittel, vor allem Kinderbücher."]),
    "fr": ("Le bibliobus de Harrowdale", ["Un bus aménagé apporte désormais des livres à onze villages de montagne de Harrowdale tous les quinze jours.", "Les prêts ont augmenté d'un tiers la première année, surtout des livres pour enfants."]),
    "es": ("El bibliobús de Harrowdale", ["Un autobús reformado lleva ahora libros a once pueblos de montaña de Harrowdale cada dos semanas.", "Los préstamos subieron un tercio el primer año, sobre todo libros infantiles."]),
    "it": ("Il bibliobus di Harrowdale", ["Un autobus attrezzato porta ora libri a undici paesi di montagna di Harrowdale ogni due settimane.", "I prestiti sono cresciuti di un terzo nel primo anno, soprattutto libri per bambini."]),
    "pt": ("O bibliocarro de Harrowdale", ["Um autocarro adaptado leva agora livros a onze aldeias de montanha de Harrowdale de quinze em quinze dias.", "Os empréstimos subiram um terço no primeiro ano, sobretudo livros infantis."]),
    "nl": ("De bibliobus van Harrowdale", ["Een omgebouwde bus brengt nu om de twee weken boeken naar elf bergdorpen in Harrowdale.", "Het aantal uitleningen steeg het eerste jaar met een derde, vooral kinderboeken."]),
    "pl": ("Biblioteka na kołach w Harrowdale", ["Przebudowany autobus co dwa tygodnie dowozi książki do jedenastu górskich wsi w Harrowdale.", "W pierwszym roku liczba wypożyczeń wzrosła o jedną trzecią, głównie książek dla dzieci."]),
    "cs": ("Bibliobus v Harrowdale", ["Přestavěný autobus nyní každých čtrnáct dní vozí knihy do jedenácti horských vesnic v Harrowdale.", "Výpůjčky v prvním roce vzrostly o třetinu, většinou dětské knihy."]),
    "sk": ("Bibliobus v Harrowdale", ["Prestavaný autobus teraz každé dva týždne vozí knihy do jedenástich horských obcí v Harrowdale.", "Výpožičky za prvý rok stúpli o tretinu, najmä detské knihy."]),
    "ro": ("Bibliobuzul din Harrowdale", ["Un autobuz transformat aduce acum cărți în unsprezece sate de munte din Harrowdale la fiecare două săptămâni.", "Împrumuturile au crescut cu o treime în primul an, mai ales cărți pentru copii."]),
    "hu": ("A harrowdale-i könyvtárbusz", ["Egy átalakított busz kéthetente könyveket visz Harrowdale tizenegy hegyi falujába.", "A kölcsönzések az első évben egyharmadával nőttek, főleg gyerekkönyvek."]),
    "fi": ("Harrowdalen kirjastoauto", ["Muunneltu bussi vie nyt kirjoja Harrowdalen yhteentoista vuoristokylään joka toinen viikko.", "Lainaus kasvoi ensimmäisenä vuonna kolmanneksella, enimmäkseen lastenkirjoja."]),
    "sv": ("Bokbussen i Harrowdale", ["En ombyggd buss kör nu böcker till elva bergsbyar i Harrowdale varannan vecka.", "Utlåningen ökade med en tredjedel första året, mest barnböcker."]),
    "da": ("Bogbussen i Harrowdale", ["En ombygget bus kører nu bøger ud til elleve bjerglandsbyer i Harrowdale hver anden uge.", "Udlånet steg med en tredjedel det første år, mest børnebøger."]),
    "nb": ("Bokbussen i Harrowdale", ["En ombygd buss kjører nå bøker til elleve fjellbygder i Harrowdale annenhver uke.", "Utlånet økte med en tredjedel det første året, mest barnebøker."]),
    "el": ("Το κινητό βιβλιοθήκη του Harrowdale", ["Ένα διασκευασμένο λεωφορείο φέρνει πλέον βιβλία σε έντεκα ορεινά χωριά του Harrowdale κάθε δύο εβδομάδες.", "Οι δανεισμοί αυξήθηκαν κατά ένα τρίτο τον πρώτο χρόνο, κυρίως παιδικά βιβλία."]),
    "tr": ("Harrowdale'in kitap otobüsü", ["Dönüştürülmüş bir otobüs artık iki haftada bir Harrowdale'in on bir dağ köyüne kitap götürüyor.", "Ödünç alma ilk yılda üçte bir arttı, çoğu çocuk kitabı."]),
    "ar": ("حافلة الكتب في هارودايل", ["تنقل حافلة معدّلة الكتب الآن إلى إحدى عشرة قرية جبلية في هارودايل كل أسبوعين.", "ارتفعت الإعارات بمقدار الثلث في السنة الأولى، معظمها كتب للأطفال."]),
    "he": ("אוטובוס הספרים של הרודייל", ["אוטובוס מוסב מביא כעת ספרים לאחד עשר כפרי הרים בהרודייל אחת לשבועיים.", "ההשאלות עלו בשליש בשנה הראשונה, רובן ספרי ילדים."]),
    "fa": ("اتوبوس کتاب هارودیل", ["یک اتوبوس بازسازی‌شده اکنون هر دو هفته کتاب‌ها را به یازده روستای کوهستانی هارودیل می‌برد.", "امانت کتاب در سال اول یک‌سوم افزایش یافت که بیشتر آن کتاب کودک بود."]),
    "ur": ("ہیروڈیل کی کتاب بس", ["ایک تبدیل شدہ بس اب ہر دو ہفتے ہیروڈیل کے گیارہ پہاڑی دیہات میں کتابیں لے جاتی ہے۔", "پہلے سال میں کتابوں کا اجرا ایک تہائی بڑھا، زیادہ تر بچوں کی کتابیں۔"]),
    "hi": ("हैरोडेल की पुस्तक बस", ["एक बदली हुई बस अब हर पखवाड़े हैरोडेल के ग्यारह पहाड़ी गाँवों तक किताबें पहुँचाती है।", "पहले साल में उधार ली गई किताबें एक तिहाई बढ़ीं, ज़्यादातर बच्चों की किताबें।"]),
    "bn": ("হ্যারোডেলের বই-বাস", ["একটি রূপান্তরিত বাস এখন প্রতি দুই সপ্তাহে হ্যারোডেলের এগারোটি পাহাড়ি গ্রামে বই নিয়ে যায়।", "প্রথম বছরে ধার নেওয়া বই এক-তৃতীয়াংশ বেড়েছে, বেশিরভাগই শিশুদের বই।"]),
    "ja": ("ハロウデールの移動図書館", ["改造したバスが、ハロウデールの山あいの11の村に2週間ごとに本を届けている。", "初年度の貸出数は3分の1増え、その多くが児童書だった。"]),
    "zh": ("哈罗谷的流动图书馆", ["一辆改装巴士现在每两周为哈罗谷的十一个山村送去图书。", "第一年借阅量增长了三分之一，大部分是儿童读物。"]),
    "ko": ("해로데일의 이동 도서관", ["개조한 버스가 이제 2주마다 해로데일의 산골 마을 열한 곳에 책을 싣고 간다.", "첫해 대출은 3분의 1 늘었고 대부분 어린이 책이었다."]),
    "th": ("รถห้องสมุดเคลื่อนที่แห่งแฮร์โรว์เดล", ["รถบัสดัดแปลงคันหนึ่งนำหนังสือไปยังหมู่บ้านบนเขาสิบเอ็ดแห่งในแฮร์โรว์เดลทุกสองสัปดาห์", "ยอดการยืมเพิ่มขึ้นหนึ่งในสามในปีแรก ส่วนใหญ่เป็นหนังสือเด็ก"]),
    "vi": ("Xe thư viện lưu động ở Harrowdale", ["Một chiếc xe buýt cải tạo nay chở sách đến mười một làng vùng núi ở Harrowdale mỗi hai tuần.", "Lượt mượn tăng một phần ba trong năm đầu, phần lớn là sách thiếu nhi."]),
    "id": ("Bus buku Harrowdale", ["Sebuah bus yang dimodifikasi kini membawa buku ke sebelas desa pegunungan di Harrowdale setiap dua minggu.", "Peminjaman naik sepertiga pada tahun pertama, sebagian besar buku anak-anak."]),
    "ms": ("Bas buku Harrowdale", ["Sebuah bas yang diubah suai kini membawa buku ke sebelas kampung tanah tinggi di Harrowdale setiap dua minggu.", "Pinjaman meningkat satu pertiga pada tahun pertama, kebanyakannya buku kanak-kanak."]),
    "tl": ("Ang bus-aklatan ng Harrowdale", ["Isang binagong bus ang naghahatid na ngayon ng mga aklat sa labing-isang nayon sa bundok ng Harrowdale tuwing ikalawang linggo.", "Tumaas nang isang-katlo ang mga hiniram sa unang taon, karamihan ay aklat pambata."]),
    "sw": ("Basi la vitabu la Harrowdale", ["Basi lililobadilishwa sasa linapeleka vitabu katika vijiji kumi na moja vya milimani vya Harrowdale kila wiki mbili.", "Ukopaji uliongezeka kwa theluthi moja katika mwaka wa kwanza, hasa vitabu vya watoto."]),
    "uk": ("Бібліобус Гарровдейлу", ["Переобладнаний автобус тепер кожні два тижні привозить книжки в одинадцять гірських сіл Гарровдейлу.", "За перший рік кількість позик зросла на третину, здебільшого дитячі книжки."]),
    "bg": ("Библиобусът на Хароудейл", ["Преустроен автобус вече носи книги в единайсет планински села на Хароудейл на всеки две седмици.", "Заемите нараснаха с една трета през първата година, най-вече детски книги."]),
    "hr": ("Bibliobus u Harrowdaleu", ["Preuređeni autobus sada svaka dva tjedna dovozi knjige u jedanaest planinskih sela Harrowdalea.", "Posudbe su u prvoj godini porasle za trećinu, uglavnom dječje knjige."]),
    "sl": ("Bibliobus v Harrowdalu", ["Predelan avtobus zdaj vsakih štirinajst dni pripelje knjige v enajst gorskih vasi v Harrowdalu.", "Izposoja se je v prvem letu povečala za tretjino, večinoma otroške knjige."]),
    "lv": ("Harrowdeilas grāmatu autobuss", ["Pārbūvēts autobuss tagad ik pēc divām nedēļām ved grāmatas uz vienpadsmit Harrowdeilas kalnu ciemiem.", "Izsniegumu skaits pirmajā gadā pieauga par trešdaļu, galvenokārt bērnu grāmatas."]),
    "lt": ("Harrowdeilo knygų autobusas", ["Perdarytas autobusas dabar kas dvi savaites veža knygas į vienuolika Harrowdeilo kalnų kaimų.", "Pirmaisiais metais išdavimų padaugėjo trečdaliu, daugiausia vaikų knygų."]),
    "et": ("Harrowdale'i raamatubuss", ["Ümberehitatud buss viib nüüd iga kahe nädala tagant raamatuid Harrowdale'i üheteistkümnesse mägikülla.", "Laenutused kasvasid esimesel aastal kolmandiku võrra, peamiselt lasteraamatud."]),
    "ca": ("El bibliobús de Harrowdale", ["Un autobús adaptat porta ara llibres a onze pobles de muntanya de Harrowdale cada dues setmanes.", "Els préstecs van pujar un terç el primer any, sobretot llibres infantils."]),
}

BUILDERS = {
    "elementor": ('<div class="elementor elementor-4121"><section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">',
                  '<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">{}</div></div>',
                  '</div></div></div></section></div>'),
    "divi": ('<div class="et_pb_section et_pb_section_0"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4">',
             '<div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner">{}</div></div>',
             '</div></div></div>'),
    "wpb": ('<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">',
            '<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">{}</div></div>',
            '</div></div></div></div>'),
    "gutenberg": ('<div class="wp-block-group"><div class="wp-block-group__inner-container"><div class="wp-block-columns"><div class="wp-block-column">',
                  '<div class="wp-block-group is-layout-flow">{}</div>',
                  '</div></div></div></div>'),
    "webflow": ('<div class="section-2 w-container"><div class="w-row"><div class="column-7 w-col w-col-12">',
                '<div class="rich-text-block-3 w-richtext">{}</div>',
                '</div></div></div>'),
    "wix": ('<div id="comp-kx81" class="comp-kx81 wixui-section"><div class="wixui-column-strip"><div class="wixui-column-strip__column">',
            '<div data-testid="richTextElement" class="wixui-rich-text font_8">{}</div>',
            '</div></div></div>'),
}


def page(lang: str, place: str, html: str) -> str:
    title, story = STORY[lang]
    kind = place.split(":")[0]
    if kind in BUILDERS:
        head, widget, tail = BUILDERS[kind]
        text = widget.format("".join(f"<p>{p}</p>" for p in story))
        extra = widget.format(html) if place.endswith(":own") else ""
        if place.endswith(":last"):
            text = widget.format("".join(f"<p>{p}</p>" for p in story) + html)
        body = f'<h1 class="elementor-heading-title">{title}</h1>' if kind == "elementor" else f"<h1>{title}</h1>"
        rtl = ' dir="rtl"' if lang in ("ar", "he", "fa", "ur") else ""
        return (f'<!doctype html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{title}</title></head>'
                f'<body><header class="site-header"><a href="/">Harrowdale Books</a></header><main id="content">'
                f'{head}{widget.format(body)}{text}{extra}{tail}'
                f'</main><footer class="site-footer"><p>© 2026 Harrowdale Books</p></footer></body></html>')
    return story_page(lang, title, story, place, html, section="News", site="Harrowdale Courier")


R = []  # (lang, place, html, statements, not_funding, keep, note)
N = []  # (lang, place, html, note)


def real(lang, place, html, statements, note, not_funding=(), keep=()):
    R.append((lang, place, html, list(statements), list(not_funding), list(keep), note))


def neg(lang, place, html, note):
    N.append((lang, place, html, note))


# ---- real statements -------------------------------------------------------------------------
S = "The book bus pilot was funded by the Wendlow Rural Reading Foundation under grant WRRF-2291."
real("en", "elementor:own", f"<h3>Funding</h3><p>{S}</p>", [S], "Elementor: heading and statement in their own text-editor widget")
S = "Das Projekt wird von der Brennerbach-Stiftung für Leseförderung mit 120.000 Euro gefördert."
real("de", "divi:last", f"<p>{S}</p>", [S], "Divi: statement as the last paragraph of the last text module")
S = "Ce projet est financé par la Fondation Marelle pour la lecture rurale (convention n° FM-77-014)."
real("fr", "wpb:own", f"<p><strong>Financement :</strong> {S}</p>", [S], "WPBakery: run-in label in its own text column")
S = "El programa cuenta con la financiación de la Fundación Olmedal y del Ministerio de Cultura Rural (expediente MCR-2025-331)."
real("es", "gutenberg:own", f"<h4>Financiación</h4><p>{S}</p>", [S], "Gutenberg group block with a heading")
S = "Il progetto è stato finanziato dalla Fondazione Castelrovo nell'ambito del bando Leggere Ovunque 2025."
real("it", "webflow:last", f"<p>{S}</p>", [S], "Webflow rich text: last paragraph")
S = "Projekt jest finansowany przez Fundację Borowiec w ramach programu Czytelnia na Kółkach (umowa nr FB/2025/18)."
real("pl", "wix:own", f"<p>Finansowanie: {S}</p>", [S], "Wix rich text element with a run-in label")
S = "The survey of readers was supported by a grant from the Ashcombe Libraries Trust."
real("en", "own", f"<p>{STORY['en'][1][0]}</p><p>{STORY['en'][1][1]} The drivers also lend reading glasses.<br>{S}</p>", [S], "statement continues the last story paragraph after a <br>", ["The drivers also lend reading glasses."])
S = "Die Begleitstudie wurde vom Landesministerium für Kultur und Heimat finanziert (Förderkennzeichen LKH-4410)."
real("de", "own", f"<p>{STORY['de'][1][0]}</p><p>{STORY['de'][1][1]}<br>{S}</p>", [S], "German: statement after <br> in the last paragraph")
S = "L'étude a reçu le soutien financier de la Région des Hautes-Combes."
real("fr", "end", f'<aside class="box methods"><h3>Méthode</h3><p>Les chercheurs ont interrogé 412 lecteurs dans onze villages. {S}</p></aside>', [S], "Methods box: funding as last sentence", ["Les chercheurs ont interrogé 412 lecteurs dans onze villages."])
S = "The evaluation was paid for by the Corrow Valley Community Fund."
real("en", "end", f'<div class="about-study"><h4>About the study</h4><p>Researchers from Fenmoor University interviewed 300 borrowers. {S}</p></div>', [S], "About the study box", ["Researchers from Fenmoor University interviewed 300 borrowers."])
S = "Este estudio recibió financiación de la Fundación Peñalta (ayuda FP-2025-07)."
real("es", "end", f'<div class="recuadro"><h4>Sobre el estudio</h4><p>Se entrevistó a 250 familias de la comarca. {S}</p></div>', [S], "Spanish About the study box")
S = "This interview is part of a series supported by the Hollin Press Fund."
real("en", "own", f"<p><b>Q: How did the bus start?</b></p><p>A: With a borrowed school bus and a lot of volunteers.</p><p><b>Q: What comes next?</b></p><p>A: A second route in winter.</p><p><em>{S}</em></p>", [S], "acknowledgement at the end of a Q&A interview")
S = "Interviewsarjan tekoa on tukenut Aarnion säätiö."
real("fi", "own", f"<p><b>Miten bussi sai alkunsa?</b> Lainasimme vanhan koulubussin.</p><p><b>Entä seuraavaksi?</b> Talvireitti.</p><p><i>{S}</i></p>", [S], "Finnish Q&A: acknowledgement in italics")
S = "Projekt byl podpořen grantem Nadace Lipová č. NL-2025-044."
real("cs", "end", f"<h2>Poděkování</h2><p>Děkujeme všem řidičům a knihovnicím. {S}</p>", [S], "Czech acknowledgements mixing thanks and a grant", ["Děkujeme všem řidičům a knihovnicím."])
S = "Proiectul a fost finanțat de Fundația Valea Ursului prin grantul VU-118."
real("ro", "wix:own", f"<p><strong>Finanțare:</strong> {S}</p>", [S], "Romanian run-in")
S = "A kutatást a Mézeshegy Alapítvány támogatta (MA-2025/12)."
real("hu", "divi:own", f"<h4>Támogatás</h4><p>{S}</p>", [S], "Hungarian in a Divi module")
S = "Το έργο χρηματοδοτείται από το Ίδρυμα Λευκάδιου για την Ανάγνωση."
real("el", "elementor:last", f"<p>{S}</p>", [S], "Greek Elementor last widget")
S = "Bu proje Karaçam Vakfı tarafından desteklenmiştir (hibe no. KV-2025-09)."
real("tr", "elementor:last", f"<p><em>{S}</em></p>", [S], "Turkish italic note")
S = "تم تمويل هذا المشروع من قبل مؤسسة الواحة للقراءة بموجب المنحة رقم 2025-441."
real("ar", "end", f"<h3>التمويل</h3><p>{S}</p>", [S], "Arabic heading")
S = "הפרויקט מומן על ידי קרן אלונים לקריאה."
real("he", "wpb:last", f"<p>{S}</p>", [S], "Hebrew WPBakery last text column")
S = "این پروژه با حمایت مالی بنیاد کتاب سپیدار انجام شده است."
real("fa", "elementor:last", f"<p>{S}</p>", [S], "Persian closing statement")
S = "اس منصوبے کے لیے مالی معاونت شاہین ریڈنگ فاؤنڈیشن نے فراہم کی۔"
real("ur", "end", f"<h3>مالی معاونت</h3><p>{S}</p>", [S], "Urdu heading")
S = "इस परियोजना को नीलगिरि पठन फाउंडेशन से अनुदान प्राप्त हुआ है।"
real("hi", "webflow:own", f"<h4>वित्त पोषण</h4><p>{S}</p>", [S], "Hindi in Webflow rich text")
S = "এই প্রকল্পটি কদম পাঠ ফাউন্ডেশনের অর্থায়নে পরিচালিত।"
real("bn", "divi:own", f"<p>{S}</p>", [S], "Bengali closing")
S = "本事業は山吹読書財団の助成を受けて実施した(助成番号YB-2025-03)。"
real("ja", "end", f"<h2>謝辞</h2><p>{S}</p>", [S], "Japanese acknowledgements heading")
S = "本项目由青枫阅读基金会资助(项目编号QF-2025-17)。"
real("zh", "gutenberg:last", f"<p>{S}</p>", [S], "Chinese Gutenberg last block")
S = "이 사업은 느티나무 독서재단의 지원을 받았다."
real("ko", "wpb:last", f"<p>{S}</p>", [S], "Korean closing")
S = "โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิต้นสักเพื่อการอ่าน"
real("th", "wix:last", f"<p>{S}</p>", [S], "Thai Wix last paragraph")
S = "Dự án được tài trợ bởi Quỹ Đọc sách Cây Gạo."
real("vi", "end", f"<p><strong>Tài trợ:</strong> {S}</p>", [S], "Vietnamese run-in")
S = "Proyek ini didanai oleh Yayasan Baca Cemara melalui hibah YBC-2025-21."
real("id", "elementor:own", f"<p>{S}</p>", [S], "Indonesian Elementor own widget")
S = "Projek ini dibiayai oleh Yayasan Bacaan Meranti."
real("ms", "end", f"<h3>Pembiayaan</h3><p>{S}</p>", [S], "Malay heading")
S = "Ang proyektong ito ay pinondohan ng Pundasyong Narra para sa Pagbasa."
real("tl", "gutenberg:last", f"<p>{S}</p>", [S], "Tagalog closing")
S = "Mradi huu unafadhiliwa na Wakfu wa Usomaji wa Mvule."
real("sw", "divi:last", f"<p>{S}</p>", [S], "Swahili Divi last module")
S = "Проєкт фінансується Фондом читання «Ясен» (грант ФЯ-2025-08)."
real("uk", "end", f"<h3>Фінансування</h3><p>{S}</p>", [S], "Ukrainian heading")
S = "Проектът е финансиран от фондация „Бял бор“."
real("bg", "webflow:own", f"<p>{S}</p>", [S], "Bulgarian closing")
S = "Projekt je financirala Zaklada Javor za čitanje."
real("hr", "wpb:own", f"<p>{S}</p>", [S], "Croatian WPBakery own")
S = "Projekt je podprla Fundacija Lipa za branje."
real("sl", "wix:last", f"<p>{S}</p>", [S], "Slovenian closing")
S = "Projektu finansē Ozolu lasīšanas fonds."
real("lv", "elementor:own", f"<p>{S}</p>", [S], "Latvian closing")
S = "Projektą finansuoja Ąžuolo skaitymo fondas."
real("lt", "webflow:last", f"<p>{S}</p>", [S], "Lithuanian Webflow last")
S = "Projekti rahastab Kuuse Lugemise Sihtasutus."
real("et", "divi:last", f"<p>{S}</p>", [S], "Estonian closing")
S = "El projecte ha estat finançat per la Fundació Roure de Lectura."
real("ca", "wpb:own", f"<p>{S}</p>", [S], "Catalan closing")
S = "Het project wordt gefinancierd door het Elzenfonds voor Lezen."
real("nl", "wix:own", f"<p>{S}</p>", [S], "Dutch Wix own")
S = "O projeto recebeu financiamento da Fundação Sobreiro para a Leitura."
real("pt", "gutenberg:own", f"<p>{S}</p>", [S], "Portuguese closing")
S = "Projektet finansieras av Björkstiftelsen för läsning."
real("sv", "elementor:last", f"<p>{S}</p>", [S], "Swedish Elementor last")
S = "Projektet er støttet af Egefonden for Læsning."
real("da", "webflow:last", f"<p>{S}</p>", [S], "Danish closing")
S = "Prosjektet er finansiert av Lindestiftelsen for lesing."
real("nb", "gutenberg:own", f"<p>{S}</p>", [S], "Norwegian Gutenberg own")
S = "Projekt je financovaný Nadáciou Buk."
real("sk", "end", f'<aside class="sidebar-box"><p>{S}</p></aside>', [S], "Slovak sidebar box")
S1 = "The bus was made possible by a gift from the Tamsin Holloway Family Trust."
S2 = "The launch day was sponsored by Greywell Printers."
real("en", "end", f"<p>{S1}</p><p>{S2}</p>", [S1, S2], "two statements: the work and the event")
S = "Die Buchausstattung wurde von der Verlagsgruppe Hallstein als Sachspende bereitgestellt."
real("de", "end", f"<p><small>{S}</small></p>", [S], "in-kind support")
S = "This work was supported by the Pellow Council for Rural Services (grant PCRS-5521) and the Ashcombe Libraries Trust."
real("en", "end", f'<details><summary>Disclosures</summary><p>Funding: {S}</p><p>Competing interests: The authors declare none.</p></details>', [S], "details Disclosures with a conflict line kept", keep=["Competing interests: The authors declare none."])
S = "La ricerca ha ricevuto un finanziamento dalla Fondazione Pietrabianca (n. FP-2291)."
real("it", "end", f'<section><h2>Contributi degli autori</h2><p>M.R. ha raccolto i dati.</p></section><section><h2>Finanziamento</h2><p>{S}</p></section><section><h2>Conflitto di interessi</h2><p>Gli autori dichiarano di non avere conflitti di interesse.</p></section>', [S], "back matter with conflict kept", keep=["Gli autori dichiarano di non avere conflitti di interesse."])
S = "This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101188420."
real("en", "after", f'<div class="eu-notice"><img src="eu.png" alt="EU flag"><p>{S}</p></div>', [S], "EU notice under flag after article")
S = "Reading survey funded by the Wendlow Rural Reading Foundation"
real("en", "own", f'<p class="byline">By Ada Merrow · {S}</p><p>{STORY["en"][1][0]}</p><p>{STORY["en"][1][1]}</p>', [S], "byline sponsor line")
S = "The team has now received a grant of 400,000 pounds from the Fenwick Trust to run the bus for three more years."
real("en", "end", f"<p>{S}</p>", [S], "news grant to the very team the story is about")
S = "Financiado por la Fundación Olmedal (ayuda FO-2025-12)."
real("es", "end", f'<table class="facts"><tr><th>Duración</th><td>2025–2027</td></tr><tr><th>Financiación</th><td>{S}</td></tr></table>', [S], "funding line in a table cell")
S = "Photo: Lena Brisk; the route is funded by the Ashcombe Libraries Trust."
real("en", "mid", f'<figure><img src="bus.jpg" alt="The bus"><figcaption>{S}</figcaption></figure>', [S], "credit line in caption with funder")
S = "Le bibliobus a été financé par le Département des Hautes-Combes et la Fondation Marelle."
real("fr", "mid", f"<p>{S}</p>", [S], "French middle paragraph")
S = "This project is funded by the Corrow Valley Community Fund and the Pellow Council for Rural Services."
real("en", "own", f'<div class="markdown-body"><h1>bookbus-routes</h1><p>Route planner for a rural mobile library.</p><h2>Installation</h2><pre>pip install bookbus-routes</pre><h2>Acknowledgements</h2><p>{S}</p></div>', [S], "README rendered as HTML")
S = "This season is produced with support from the Hollin Press Fund."
real("en", "end", f'<div class="show-notes"><h3>Show notes</h3><ul><li>00:00 Intro</li><li>12:40 The winter route</li></ul><p>{S}</p><p class="ad">Ad: Try Quillbox audiobooks free for 30 days.</p></div>', [S], "podcast show notes beside an ad", ["Ad: Try Quillbox audiobooks free for 30 days."])
S = "Data collection was funded by the Fenmoor University Social Research Fund (grant FUSR-1180)."
real("en", "own", f'<div class="dataset"><h2>Harrowdale book bus loans 2025</h2><dl><dt>Licence</dt><dd>CC BY 4.0</dd><dt>Records</dt><dd>18,204</dd></dl><p>{S}</p></div>', [S], "dataset landing page")
S = "This newsletter is made possible by the Marlow Civic Fund."
real("en", "end", f"<hr><p><i>{S}</i></p>", [S], "newsletter closing")
S = "Diese Arbeit wurde unterstützt durch:"
items = ["Brennerbach-Stiftung (BS-2025-14)", "Landesministerium für Kultur und Heimat (LKH-4410)"]
real("de", "end", f"<p>{S}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>", [S] + items, "lead-in followed by a list of funders")
S = "Financé par la Fondation Marelle (FM-77-022)."
real("fr", "end", f'<dl class="meta"><dt>Auteurs</dt><dd>C. Armand, J. Pelletier</dd><dt>Financement</dt><dd>{S}</dd></dl>', [S], "definition list metadata")
S = "Editor's note: Reporting for this story was supported by a grant from the Tillbrook Journalism Foundation."
real("en", "end", f"<p><em>{S}</em></p>", [S], "italic editor's note on a reporting grant")
S = "Harrowdale Books is a charity running the valley's mobile library; its book bus is funded by the Wendlow Rural Reading Foundation."
real("en", "end", f"<h3>Notes to editors</h3><ol><li>Images are available on request.</li><li>{S}</li></ol>", [S], "press release notes to editors")
S = "The exhibition is made possible by the generous support of the Dunmere Arts Council."
real("en", "own", f'<div class="exhibition"><p>Sixty years of travelling libraries, told through tickets, maps and the first bus.</p><p>Open daily 10–17.</p><div class="credits"><p>{S}</p></div></div>', [S], "exhibition credit block")
S = "Development of this library is supported by the Pellow Council for Rural Services."
real("en", "own", f'<div class="docs"><h2>bookbus-routes 2.3</h2><p>Supports Python 3.11 and 3.12.</p><p>{S}</p></div>', [S], "docs page: development support vs supported versions", ["Supports Python 3.11 and 3.12."])
S = "My work on the reading survey is funded by a fellowship from the Ashcombe Libraries Trust."
real("en", "end", f"<p>{S}</p>", [S], "first person blog")
S = "Financed by the Corrow Valley Community Fund."
real("en", "end", f'<p>The second route started in March.<sup><a href="#fn1">1</a></sup></p><ol class="footnotes"><li id="fn1">{S}</li></ol>', [S], "footnote target")
S = "THIS PROJECT IS FUNDED BY THE WENDLOW RURAL READING FOUNDATION."
real("en", "after", f'<div class="sponsor-strip"><p>{S}</p></div>', [S], "capitals sponsor strip under the article")
S = "Das Projekt wird durch die Brennerbach-Stiftung gefördert."
real("de", "end", f'<figure><img src="logo.png" alt="{S}"><figcaption>{S}</figcaption></figure>', [S], "alt text beside visible text saying the same")
S = "Esta investigación fue financiada por la Fundación Peñalta."
real("es", "after", f'<footer class="entry-footer"><p>{S}</p></footer>', [S], "statement in article footer")
S = "The study was funded by the Ashcombe Libraries Trust."
real("en", "own", f'<p>{STORY["en"][1][0]}</p><p>Children borrowed more in winter than in summer, the team reports. {S}</p><p>{STORY["en"][1][1]}</p>', [S], "last sentence of an ordinary story paragraph", ["Children borrowed more in winter than in summer, the team reports."])
S = "The Fenwick Trust paid for the study."
real("en", "mid", f"<p>The researchers, whose work is published in the Journal of Rural Libraries, followed 120 families. {S}</p>", [S], "X paid for the study")
S = "Funding came from the Marlow Civic Fund and a regional lottery grant."
real("en", "end", f"<p>{S}</p>", [S], "funding came from")
S = "(Die Studie wurde von der Brennerbach-Stiftung bezahlt.)"
real("de", "end", f"<p>Die Forscher befragten 200 Familien. {S}</p>", ["Die Studie wurde von der Brennerbach-Stiftung bezahlt."], "parenthesis statement in German")
S = "Publicado con el apoyo financiero del Ministerio de Cultura Rural."
real("es", "after", f'<div class="col-md-4 widget"><div class="card"><div class="card-body"><p>{S}</p></div></div></div>', [S], "card widget")
# ---- hard negatives --------------------------------------------------------------------------
neg("en", "own", '<div class="council-news"><h2>Awards announced</h2><p>The Pellow Council for Rural Services has awarded 2.1 million to fourteen projects in its spring round, including a tool library in Dunmere and a river-safety course.</p><p>The next call for proposals opens on 1 April; applications for funding close on 3 June.</p></div>', "research council news: calls and awards to others")
neg("en", "elementor:last", "<p>A fundraising gala at the Harrowdale Hall raised 40,000 pounds for the children's ward of the county hospital.</p>", "fundraising gala news about another cause")
neg("en", "divi:own", "<p>The county budget for next year funds road repairs, two new fire engines and longer opening hours at the swimming pool.</p><p>Councillors approved it by 31 votes to 9.</p>", "government budget listing what it funds")
neg("en", "webflow:own", '<div class="logo-wall"><img src="a.png" alt="Greywell Printers"><img src="b.png" alt="Marlow Civic Fund"><img src="c.png" alt="Fenmoor University"></div>', "sponsor logo wall without a sentence")
neg("de", "divi:last", "<p>Mit Unterstützung der Fans gewann der SV Harrowdale das Pokalspiel 2:1.</p>", "German Unterstützung of fans")
neg("de", "end", "<p>Das Unternehmen will in der Nordsee mehr Öl fördern und junge Talente fördern.</p>", "fördern as mining/promoting")
neg("es", "elementor:last", "<p>El pleno municipal decidió apoyar la moción sobre el transporte escolar.</p>", "apoyar a motion")
neg("fr", "wpb:last", "<p>Des centaines de supporters sont venus soutenir l'équipe de Harrowdale samedi.</p>", "soutenir a team")
neg("it", "gutenberg:last", "<p>Il comune ha deciso di finanziare con 300.000 euro il rifacimento della piazza, secondo il bilancio approvato ieri.</p>", "city budget news")
neg("en", "end", "<p>“We were funded by nobody, we just started,” said driver Ruth Callow.</p>", "funding word inside quoted speech")
neg("en", "after", '<div class="jobs"><h3>Jobs</h3><p>Fully funded PhD position in rural information studies at Fenmoor University.</p></div>', "job advert")
neg("en", "own", '<div class="pricing"><h2>Plans</h2><p>Sponsor tier: $25 a month. Supported plans include Basic and Pro.</p><p>Supported formats: EPUB, PDF, MOBI.</p></div>', "price page")
neg("en", "own", '<div class="product"><h2>Quillbox e-reader</h2><p>Supported formats: EPUB, PDF and TXT. Supports Bluetooth audio.</p></div>', "product page supported formats")
neg("en", "end", "<p>Bookstack, a start-up that rents e-readers to libraries, raised 20 million in a Series B led by Harwick Ventures.</p>", "startup funding round")
neg("en", "after", '<div class="donate"><h3>Support our journalism</h3><p>The Harrowdale Courier relies on readers like you. Donate today.</p></div>', "donation box")
neg("en", "after", '<div class="sidebar ad"><p class="label">Sponsored content</p><p>Greywell Printers: business cards in 24 hours.</p></div>', "sidebar advert")
neg("en", "mid", '<figure><img src="crowd.jpg" alt="Crowd"><figcaption>With the support of the fans, the bus was decorated overnight.</figcaption></figure>', "caption with support of fans, no funder")
neg("en", "end", '<ol class="footnotes"><li>Rural Libraries Funding Report 2024, Pellow Council for Rural Services, p. 12.</li></ol>', "footnote citing a funding report as a source")
neg("en", "end", "<p>Thanks to all our readers for their letters about the bus.</p>", "general thanks")
neg("en", "end", "<p>The council's plan to close two branch libraries is supported by the Green Party and was backed by a council vote on Tuesday.</p>", "political support")
neg("en", "end", "<p>The Harrowdale Rovers' shirts are sponsored by Greywell Printers this season.</p>", "sport sponsorship")
neg("en", "end", "<p>The claim that children read more in winter is supported by the evidence from three earlier surveys.</p>", "supported by the evidence")
neg("en", "after", '<nav class="menu"><a href="/grants">Grants</a> <a href="/funding">Funding opportunities</a> <a href="/sponsor">Sponsor us</a></nav>', "funding words in a menu")
neg("en", "after", '<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ferry museum funded by lottery</a></li><li><a href="/b">Sponsored walk raises 3,000</a></li></ul></aside>', "related stories headlines")
neg("en", "after", '<div class="gh-sponsor"><button>Sponsor this project</button><ul><li>$5 a month: name in README</li><li>$50 a month: logo</li></ul></div>', "sponsor button and tiers")
neg("en", "own", '<div class="conf"><h2>Become a sponsor</h2><p>Sponsorship packages for the Rural Libraries Day 2026 start at 500 pounds.</p></div>', "become a sponsor call")
neg("en", "end", "<p>“We gave 1.2 million to small libraries across the county last year,” said a spokesperson for the Fenwick Trust.</p>", "funder spokesperson about money given to others")
neg("en", "end", "<p>For technical support with the online catalogue, call the help desk on weekdays.</p>", "technical support")
neg("en", "end", "<p>The city funded a new bridge over the Harrow last year; the bus now uses it.</p>", "city funded a bridge as news")
neg("en", "end", "<p>The plan is supported by a majority of residents, a poll found, despite funding cuts to the county's libraries.</p>", "majority support and funding cuts")
neg("en", "end", "<p>Opponents said the new car park was paid for by taxpayers.</p>", "paid for by taxpayers in a row")
neg("en", "own", '<div class="annual-report"><h2>Our grants in 2025</h2><p>The Ashcombe Libraries Trust made 42 grants totalling 1.8 million to libraries, reading groups and school clubs.</p></div>', "charity annual report of its own grants to others")
neg("en", "own", '<div class="crowdfund"><h2>Thank you, backers!</h2><p>412 people have pledged so far. Thank you for spreading the word.</p></div>', "crowdfunding page thanking backers, no funded statement")
neg("en", "own", '<div class="forum"><div class="post"><p>My cousin just got a grant from the Fenwick Trust for her pottery studio, so they do fund small things.</p></div><div class="post"><p>Nice, congrats to her!</p></div></div>', "forum poster mentions a grant to someone else")
neg("en", "own", '<div class="festival"><h3>Partners</h3><p>Harrowdale Courier, Fenmoor University</p><h3>Media partners</h3><p>Radio Dale</p></div>', "partners without funding")
neg("en", "end", "<p>This site is powered by WordPress and hosted by Greenhost.</p>", "powered by software credit")
neg("en", "end", "<p>The project is supported.</p>", "support line naming no supporter")
neg("en", "after", '<div class="donor-wall"><h3>Our donors</h3><ul><li>Ada Merrow</li><li>Tom Fell</li><li>The Greywell family</li></ul></div>', "donor wall with no sentence")
neg("de", "end", "<p>Der Landkreis fördert im nächsten Jahr den Bau von drei Radwegen und einer Sporthalle.</p>", "German district funds unrelated builds as news")
neg("fr", "end", "<p>La start-up Livrago a levé 8 millions d'euros auprès de fonds d'investissement.</p>", "French funding round")
neg("es", "end", "<p>El ayuntamiento aprobó un presupuesto que financia tres polideportivos y el alumbrado.</p>", "Spanish budget")
neg("pl", "end", "<p>Kibice dopingowali drużynę przez cały mecz, a sponsor klubu ufundował nagrody dla zawodników.</p>", "Polish sport sponsor")
neg("nl", "end", "<p>De gemeente steunt het plan voor een nieuwe rotonde, zei de wethouder.</p>", "Dutch supports plan")
neg("pt", "end", "<p>O governo anunciou cortes no financiamento das bibliotecas municipais.</p>", "Portuguese funding cuts")
neg("ja", "webflow:last", "<p>市は来年度予算で新しい体育館の建設に3億円を充てる。</p>", "Japanese budget news")
neg("zh", "wix:last", "<p>该初创公司宣布完成由远山资本领投的B轮融资。</p>", "Chinese series B news")
neg("ko", "end", "<p>구단은 팬들의 응원에 힘입어 결승에 진출했다.</p>", "Korean fans' support")
neg("tr", "elementor:own", "<p>Belediye meclisi öneriyi oy çokluğuyla destekledi.</p>", "Turkish vote of support")
neg("ar", "end", "<p>أعلنت الوزارة عن منح بقيمة مليون دينار لمدارس في مدن أخرى.</p>", "Arabic grants to others as news")
neg("uk", "end", "<p>Уболівальники підтримали команду на виїзному матчі.</p>", "Ukrainian fans support team")
neg("sv", "end", "<p>Appen stöder Android 12 och senare.</p>", "Swedish supported versions")
neg("fi", "divi:own", "<p>Kaupunginvaltuusto tuki esitystä äänin 40–11.</p>", "Finnish council vote")
neg("hu", "wpb:own", "<p>A gálaesten 3 millió forint gyűlt össze a kórház gyermekosztálya javára.</p>", "Hungarian gala")
neg("cs", "gutenberg:own", "<p>Vláda škrtla dotace na regionální kulturu.</p>", "Czech cuts")
neg("ro", "end", "<p>Echipa a câștigat cu sprijinul suporterilor.</p>", "Romanian fans support")
neg("id", "end", "<p>Pemerintah daerah mendanai pembangunan jembatan baru tahun lalu.</p>", "Indonesian regional government funded a bridge")
neg("vi", "end", "<p>Ứng dụng hỗ trợ tiếng Việt và tiếng Anh.</p>", "Vietnamese app supports languages")
neg("hi", "end", "<p>पार्टी ने प्रस्ताव का समर्थन किया।</p>", "Hindi party supported the motion")
neg("el", "end", "<p>Η εταιρεία άντλησε 5 εκατομμύρια ευρώ από επενδυτές.</p>", "Greek investment round")
neg("he", "end", "<p>תודה לכל הקוראים על המכתבים.</p>", "Hebrew general thanks")
neg("th", "end", "<p>แอปนี้รองรับระบบปฏิบัติการ iOS 17 ขึ้นไป</p>", "Thai supported OS")
neg("sw", "end", "<p>Mashabiki waliiunga mkono timu yao hadi mwisho.</p>", "Swahili fans")
neg("de", "elementor:own", "<h3>Unterstützen Sie uns</h3><p>Mit einer Spende helfen Sie, dass der Bücherbus weiterfährt.</p>", "Elementor donation appeal")
neg("en", "divi:own", "<p>Photos with thanks to the Harrowdale Camera Club.</p>", "Divi: with thanks to photo credit")
neg("fr", "wpb:own", '<p class="sponsored">Contenu sponsorisé : découvrez nos liseuses.</p>', "WPBakery sponsored content label")
neg("es", "gutenberg:own", "<p>Los lectores pueden apoyar la iniciativa dejando un libro en la caja del autobús.</p>", "Gutenberg: support by readers leaving books")
neg("it", "webflow:own", "<p>Il sito supporta la lettura ad alta voce e i caratteri grandi.</p>", "Webflow supports features")
neg("pl", "wix:own", "<p>Wesprzyj nas: wpłać dowolną kwotę na konto fundacji.</p>", "Wix donate box Polish")
neg("nl", "elementor:last", "<p>Bedankt aan alle vrijwilligers die de bus elke week schoonmaken.</p>", "Elementor last widget general thanks")
neg("ca", "divi:last", "<p>L'Ajuntament va finançar l'any passat la nova piscina municipal.</p>", "Catalan city funded a pool")
neg("bg", "end", "<p>Партията подкрепи предложението в парламента.</p>", "Bulgarian party supported")
neg("sk", "end", "<p>Hráči ďakovali fanúšikom za podporu počas zápasu.</p>", "Slovak fans support")

CASES = story_cases("r111-", R, N, page)

if __name__ == "__main__":
    write_corpus(HERE, CASES)
    langs = {label["lang"] for _, label in CASES.values()}
    print(len(CASES), "pages;", sum(len(label["funding"]) for _, label in CASES.values()), "statements;",
          sum(1 for _, label in CASES.values() if not label["funding"]), "negatives;", len(langs), "languages")
