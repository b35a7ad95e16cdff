"""Builds held-out funding round 126 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the survey, funders, grant numbers and people do not exist. Written by a
helper from the definition of `funding` alone, without reading the detector's code or the earlier
rounds' cases: a survey of mosquitoes in the invented wetland of Harrowmere Fen, in over 30
languages, mixing every place and voice of the earlier briefs (headings, closing sentences, active
and passive voice, asides, dialogs, footers, hidden panels, tables, lists, captions, page builders,
news pages); about a third of the statements are long acknowledgement paragraphs that mix thanks to
people, data providers and reviewers with a funding clause, and about a third of the negatives mix
the same funding words with news (a funder's other projects, a budget fight, a lawsuit over a grant).

usage: python benchmarks/funding-round126/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# Convention: for run-in labels and headings ("Funding:", <h2>Förderung</h2>, <dt>Funder</dt>) the
# statement listed is the text after the label, without the label; footnote markers are not part of
# it. A sentence holding thanks and a funding clause joined by semicolons is listed whole; in
# paragraphs of separate sentences only the funding sentences are listed.

STORY = {
    "en": ("Mosquito survey maps Harrowmere Fen", [
        "Volunteers trapped mosquitoes at thirty points across Harrowmere Fen every week from May to September.",
        "The counts peaked after the August floods, when shallow pools stayed warm for days."]),
    "de": ("Mückenzählung im Harrowmere-Moor", [
        "Freiwillige stellten von Mai bis September jede Woche an dreißig Punkten im Harrowmere-Moor Fallen auf.",
        "Nach dem Augusthochwasser stiegen die Zahlen deutlich an."]),
    "fr": ("Un inventaire des moustiques du marais de Harrowmere", [
        "Des bénévoles ont posé des pièges chaque semaine en trente points du marais, de mai à septembre.",
        "Les captures ont culminé après les crues d'août, quand les flaques sont restées chaudes."]),
    "es": ("Un censo de mosquitos en el humedal de Harrowmere", [
        "Voluntarios colocaron trampas cada semana en treinta puntos del humedal entre mayo y septiembre.",
        "Las capturas alcanzaron su máximo tras las crecidas de agosto."]),
    "it": ("Un censimento delle zanzare nella palude di Harrowmere", [
        "I volontari hanno posato trappole ogni settimana in trenta punti della palude da maggio a settembre.",
        "Le catture sono aumentate dopo le piene di agosto."]),
    "pt": ("Levantamento de mosquitos no pântano de Harrowmere", [
        "Voluntários instalaram armadilhas em trinta pontos do pântano todas as semanas, de maio a setembro.",
        "As capturas atingiram o pico depois das cheias de agosto."]),
    "nl": ("Muggentelling in het Harrowmere-veen", [
        "Vrijwilligers zetten van mei tot september elke week vallen op dertig plekken in het veen.",
        "Na de overstromingen van augustus liepen de aantallen sterk op."]),
    "pl": ("Liczenie komarów na mokradłach Harrowmere", [
        "Wolontariusze co tydzień ustawiali pułapki w trzydziestu punktach mokradeł od maja do września.",
        "Najwięcej owadów złapano po sierpniowych powodziach."]),
    "sv": ("Myggräkning i Harrowmere-kärret", [
        "Frivilliga satte ut fällor på trettio platser i kärret varje vecka från maj till september.",
        "Fångsterna toppade efter översvämningarna i augusti."]),
    "da": ("Myggetælling i Harrowmere-mosen", [
        "Frivillige satte hver uge fælder op på tredive steder i mosen fra maj til september.",
        "Fangsterne toppede efter oversvømmelserne i august."]),
    "nb": ("Myggtelling i Harrowmere-myra", [
        "Frivillige satte ut feller på tretti steder i myra hver uke fra mai til september.",
        "Fangstene nådde toppen etter flommen i august."]),
    "fi": ("Hyttyslaskenta Harrowmeren suolla", [
        "Vapaaehtoiset asettivat pyydyksiä kolmeenkymmeneen paikkaan suolla joka viikko toukokuusta syyskuuhun.",
        "Saaliit olivat suurimmillaan elokuun tulvien jälkeen."]),
    "cs": ("Sčítání komárů v mokřadu Harrowmere", [
        "Dobrovolníci od května do září každý týden kladli pasti na třiceti místech mokřadu.",
        "Nejvíce komárů se chytilo po srpnových povodních."]),
    "sk": ("Sčítanie komárov v mokradi Harrowmere", [
        "Dobrovoľníci od mája do septembra každý týždeň kládli pasce na tridsiatich miestach mokrade.",
        "Najviac komárov sa chytilo po augustových povodniach."]),
    "hu": ("Szúnyogfelmérés a Harrowmere-lápon", [
        "Önkéntesek májustól szeptemberig minden héten harminc ponton helyeztek ki csapdákat a lápon.",
        "A fogások az augusztusi árvizek után tetőztek."]),
    "ro": ("Un recensământ al țânțarilor în mlaștina Harrowmere", [
        "Voluntarii au pus capcane în fiecare săptămână în treizeci de puncte ale mlaștinii, din mai până în septembrie.",
        "Capturile au atins maximul după inundațiile din august."]),
    "el": ("Καταγραφή κουνουπιών στον υγρότοπο Χάροουμιρ", [
        "Εθελοντές τοποθετούσαν παγίδες κάθε εβδομάδα σε τριάντα σημεία του υγροτόπου από τον Μάιο ως τον Σεπτέμβριο.",
        "Οι συλλήψεις κορυφώθηκαν μετά τις πλημμύρες του Αυγούστου."]),
    "tr": ("Harrowmere sulak alanında sivrisinek sayımı", [
        "Gönüllüler mayıstan eylüle kadar her hafta sulak alanın otuz noktasına tuzak kurdu.",
        "Yakalanan sivrisinek sayısı ağustos taşkınlarından sonra zirve yaptı."]),
    "ru": ("Учёт комаров на болоте Харроумир", [
        "Волонтёры каждую неделю с мая по сентябрь ставили ловушки в тридцати точках болота.",
        "Больше всего комаров поймали после августовских паводков."]),
    "uk": ("Облік комарів на болоті Гарроумір", [
        "Волонтери щотижня з травня до вересня ставили пастки в тридцяти точках болота.",
        "Найбільше комарів спіймали після серпневих повеней."]),
    "bg": ("Преброяване на комари в блатото Хароумиър", [
        "Доброволци поставяха капани всяка седмица в тридесет точки на блатото от май до септември.",
        "Уловът достигна връх след августовските наводнения."]),
    "hr": ("Popis komaraca u močvari Harrowmere", [
        "Volonteri su od svibnja do rujna svaki tjedan postavljali zamke na trideset mjesta u močvari.",
        "Ulov je bio najveći nakon kolovoških poplava."]),
    "sl": ("Popis komarjev na barju Harrowmere", [
        "Prostovoljci so od maja do septembra vsak teden postavljali pasti na tridesetih mestih barja.",
        "Ulov je bil največji po avgustovskih poplavah."]),
    "lt": ("Uodų apskaita Harrowmere pelkėje", [
        "Savanoriai nuo gegužės iki rugsėjo kas savaitę statė spąstus trisdešimtyje pelkės vietų.",
        "Daugiausia uodų sugauta po rugpjūčio potvynių."]),
    "lv": ("Odu uzskaite Harrowmere purvā", [
        "Brīvprātīgie no maija līdz septembrim katru nedēļu izvietoja slazdus trīsdesmit purva vietās.",
        "Visvairāk odu noķēra pēc augusta plūdiem."]),
    "et": ("Sääseloendus Harrowmere rabas", [
        "Vabatahtlikud panid maist septembrini igal nädalal lõksud üles kolmekümnes raba punktis.",
        "Saak oli suurim pärast augustikuiseid üleujutusi."]),
    "ca": ("Un cens de mosquits a l'aiguamoll de Harrowmere", [
        "Voluntaris van col·locar trampes cada setmana en trenta punts de l'aiguamoll de maig a setembre.",
        "Les captures van arribar al màxim després de les crescudes d'agost."]),
    "ja": ("ハロウミア湿地の蚊の調査", [
        "ボランティアが5月から9月まで毎週、湿地の30地点にわなを設置した。",
        "8月の洪水の後、捕獲数が最も多くなった。"]),
    "zh": ("哈罗米尔湿地蚊虫调查", [
        "志愿者从五月到九月每周在湿地的三十个地点放置诱捕器。",
        "八月洪水过后，捕获数量达到高峰。"]),
    "ko": ("해로미어 습지 모기 조사", [
        "자원봉사자들은 5월부터 9월까지 매주 습지 30곳에 덫을 설치했다.",
        "8월 홍수 이후 포획 수가 가장 많았다."]),
    "ar": ("مسح للبعوض في أراضي هارومير الرطبة", [
        "نصب متطوعون مصائد كل أسبوع في ثلاثين موقعًا من الأراضي الرطبة من مايو إلى سبتمبر.",
        "بلغت أعداد البعوض ذروتها بعد فيضانات أغسطس."]),
    "he": ("סקר יתושים בביצת הארומיר", [
        "מתנדבים הציבו מלכודות מדי שבוע בשלושים נקודות בביצה ממאי עד ספטמבר.",
        "מספר היתושים הגיע לשיא אחרי שיטפונות אוגוסט."]),
    "fa": ("بررسی پشه‌ها در تالاب هارومیر", [
        "داوطلبان از اردیبهشت تا شهریور هر هفته در سی نقطه از تالاب تله گذاشتند.",
        "بیشترین شمار پشه پس از سیلاب‌های مرداد ثبت شد."]),
    "hi": ("हैरोमियर आर्द्रभूमि में मच्छरों का सर्वेक्षण", [
        "स्वयंसेवकों ने मई से सितंबर तक हर सप्ताह आर्द्रभूमि के तीस स्थानों पर जाल लगाए।",
        "अगस्त की बाढ़ के बाद मच्छरों की संख्या सबसे अधिक रही।"]),
    "bn": ("হ্যারোমিয়ার জলাভূমিতে মশা জরিপ", [
        "স্বেচ্ছাসেবকেরা মে থেকে সেপ্টেম্বর পর্যন্ত প্রতি সপ্তাহে জলাভূমির ত্রিশটি স্থানে ফাঁদ পেতেছেন।",
        "আগস্টের বন্যার পরে মশার সংখ্যা সবচেয়ে বেশি ছিল।"]),
    "ur": ("ہیرومیئر دلدل میں مچھروں کا سروے", [
        "رضاکاروں نے مئی سے ستمبر تک ہر ہفتے دلدل کے تیس مقامات پر پھندے لگائے۔",
        "اگست کے سیلاب کے بعد مچھروں کی تعداد سب سے زیادہ رہی۔"]),
    "id": ("Survei nyamuk di lahan basah Harrowmere", [
        "Relawan memasang perangkap setiap minggu di tiga puluh titik lahan basah dari Mei hingga September.",
        "Jumlah tangkapan memuncak setelah banjir Agustus."]),
    "ms": ("Tinjauan nyamuk di tanah bencah Harrowmere", [
        "Sukarelawan memasang perangkap setiap minggu di tiga puluh lokasi tanah bencah dari Mei hingga September.",
        "Jumlah tangkapan memuncak selepas banjir bulan Ogos."]),
    "vi": ("Khảo sát muỗi ở vùng đất ngập nước Harrowmere", [
        "Tình nguyện viên đặt bẫy hằng tuần tại ba mươi điểm trong vùng đất ngập nước từ tháng Năm đến tháng Chín.",
        "Số muỗi bắt được cao nhất sau trận lũ tháng Tám."]),
    "th": ("การสำรวจยุงในพื้นที่ชุ่มน้ำแฮร์โรเมียร์", [
        "อาสาสมัครวางกับดักทุกสัปดาห์ในสามสิบจุดของพื้นที่ชุ่มน้ำตั้งแต่เดือนพฤษภาคมถึงกันยายน",
        "จำนวนยุงที่จับได้สูงสุดหลังน้ำท่วมในเดือนสิงหาคม"]),
    "sw": ("Utafiti wa mbu katika ardhi oevu ya Harrowmere", [
        "Wanaojitolea waliweka mitego kila wiki katika maeneo thelathini ya ardhi oevu kuanzia Mei hadi Septemba.",
        "Idadi ya mbu ilifikia kilele baada ya mafuriko ya Agosti."]),
    "tl": ("Pagsusuri ng lamok sa latian ng Harrowmere", [
        "Naglagay ang mga boluntaryo ng mga bitag linggo-linggo sa tatlumpung lugar sa latian mula Mayo hanggang Setyembre.",
        "Pinakamarami ang nahuling lamok pagkatapos ng baha noong Agosto."]),
}

SITE = "Fenland Observer"


def page(lang: str, place: str, html: str) -> str:
    title, story = STORY[lang]
    return story_page(lang, title, story, place, html, section="Science", site=SITE)


def paras(lang: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in STORY[lang][1])


def builder(lang: str, widgets: list[str], kind: str = "elementor") -> str:
    """The whole article as nested page-builder widgets: the story in one text widget, then each
    of `widgets` in its own."""
    cls = {"elementor": ("elementor-section", "elementor-column", "elementor-widget elementor-widget-text-editor"),
           "divi": ("et_pb_section", "et_pb_column", "et_pb_text et_pb_text_inner"),
           "wpb": ("vc_row wpb_row", "wpb_column vc_column_container", "wpb_text_column wpb_wrapper"),
           "webflow": ("w-container", "w-col w-col-8", "w-richtext")}[kind]
    inner = "".join(f'<div class="{cls[2]}">{w}</div>' for w in [paras(lang), *widgets])
    return f'<div class="{cls[0]}"><div class="{cls[1]}">{inner}</div></div>'


def row(lang, place, tpl, s=(), n=(), k=(), note=""):
    """A real case: `tpl` with {s0}.., {n0}.., {k0}.. set to the statements, the not-funding
    sentences and the declarations to keep, so each appears on the page exactly as labelled."""
    fill = {f"s{i}": x for i, x in enumerate(s)} | {f"n{i}": x for i, x in enumerate(n)} | {f"k{i}": x for i, x in enumerate(k)}
    return (lang, place, tpl.format(**fill), list(s), list(n), list(k), note)


def para_end(lang: str, tail: str) -> str:
    """The story with `tail` closing its last paragraph."""
    first, last = STORY[lang][1]
    return f"<p>{first}</p>\n<p>{last} {tail}</p>"


REAL = [
    row("en", "own", para_end("en", "{s0}"),
        ["The survey was funded by the Corbel Wetlands Trust."], note="last sentence of an ordinary story paragraph"),
    row("de", "end", "<h2>Danksagung</h2><p>{s0}</p>",
        ["Wir danken Jana Ulbrich und Theo Marx für die Bestimmung der Larven; die Erhebung wurde von der Lindqvist-Stiftung gefördert (Förderkennzeichen LS-2291); das Landesamt für Geodaten stellte die Karten bereit."],
        note="long acknowledgement joined by semicolons, funding clause in the middle (listed whole)"),
    row("fr", "end", "<p><strong>Financement :</strong> {s0}</p>",
        ["Cette étude a bénéficié du soutien financier de la Fondation Arvel (subvention FA-7731)."], note="run-in label"),
    row("es", "mid", "<p>{s0} {n0}</p>",
        ["La Fundación Serrano Vidal pagó el estudio."], ["El ayuntamiento financió el año pasado un nuevo puente sobre el canal."],
        note="active voice on a news page beside a news sentence with the same verb"),
    row("it", "after", '<section class="article-info"><details><summary>Informazioni sull\'articolo</summary>'
        "<h3>Finanziamento</h3><p>{s0}</p><h3>Conflitto di interessi</h3><p>{k0}</p></details></section>",
        ["Lo studio è stato finanziato dal Ministero dell'Ambiente (progetto PRZ-20-0418)."], k=["Gli autori dichiarano di non avere conflitti di interesse."],
        note="collapsed article-information section with a conflict line to keep"),
    row("pt", "end", '<table class="project-facts"><tr><th>Local</th><td>Pântano de Harrowmere</td></tr>'
        "<tr><th>Financiamento</th><td>{s0}</td></tr><tr><th>Duração</th><td>2025–2026</td></tr></table>",
        ["Fundação Maré Alta, bolsa 22-517"], note="table row of project facts"),
    row("nl", "end", "<dl class=\"meta\"><dt>Looptijd</dt><dd>2025–2026</dd><dt>Financier</dt><dd>{s0}</dd></dl>",
        ["Stichting Veenwater, subsidie SV-4410"], note="definition list"),
    row("pl", "end", "<h2>Finansowanie</h2><p>Dziękujemy Annie Wróbel i Piotrowi Kani za pomoc w terenie. {s0} Dane meteorologiczne udostępniła stacja w Orłowie.</p>",
        ["Badanie sfinansowało Narodowe Centrum Badań Mokradeł (grant nr 2025/11/B/NZ8/01234)."], note="thanks, grant sentence, data provider"),
    row("sv", "mid", '<figure><img src="/img/fallor.jpg" alt="Fällor i kärret"><figcaption>Foto: Ebba Lund. {s0}</figcaption></figure>',
        ["Undersökningen finansieras av Stiftelsen Våtmark."], note="photo credit line with the funder"),
    row("da", "end", '<div class="accordion"><button aria-expanded="false" aria-controls="om">Om undersøgelsen</button>'
        '<div id="om" class="accordion-panel" hidden><p>{s0}</p></div></div>',
        ["Undersøgelsen blev finansieret af Hegnsfonden med 1,2 millioner kroner."], note="closed accordion panel"),
    row("nb", "end", "<p><em>{s0}</em></p>",
        ["Denne reportasjen er støttet av Stiftelsen Klarvann."], note="italic editor's note on a reporting grant"),
    row("fi", "end", "<h2>Kiitokset</h2><p>Kiitämme Aino Virtasta ja Mikko Laaksoa toukkien määrityksestä sekä kahta nimetöntä arvioijaa hyödyllisistä kommenteista. {s0} Sadetiedot saatiin Harjulan sääasemalta.</p>",
        ["Tutkimusta rahoittivat Suomen Kosteikkosäätiö ja Harjulan kaupunki."], note="long acknowledgement: thanks and reviewers, funding, data provider"),
    row("cs", "after", '<div class="eu-notice"><img src="/img/eu-flag.png" alt="Vlajka EU"><p>{s0}</p></div>',
        ["Tento projekt získal finanční prostředky z programu Evropské unie pro výzkum a inovace na základě grantové dohody č. 101234567."],
        note="EU-style notice under a flag image"),
    row("sk", "end", "<p>Výsledky prieskumu sú verejne dostupné.<sup><a href=\"#fn1\">1</a></sup></p>"
        '<ol class="footnotes"><li id="fn1">{s0}</li></ol>',
        ["Výskum podporila Nadácia pre mokrade v rámci projektu NM-25-0917."], note="footnote marker's target"),
    row("hu", "end", "<h2>Köszönetnyilvánítás</h2><p>{s0}</p>",
        ["Köszönjük Kiss Annának és Szabó Gergelynek a terepi munkát, a bírálóknak pedig a hasznos megjegyzéseket; a felmérést a Nemzeti Vizesélőhely Alap támogatta (NVA-K-142); a térképeket a Lápvidéki Térképtár bocsátotta rendelkezésünkre."],
        note="long acknowledgement joined by semicolons (listed whole)"),
    row("ro", "end", "<h2>Finanțare</h2><p>{s0}</p><h2>Conflict de interese</h2><p>{k0}</p>",
        ["Proiectul a fost finanțat de Fundația Delta Verde prin grantul DV-2025-08."], k=["Autorii declară că nu există conflicte de interese."],
        note="funding heading then a conflict declaration to keep"),
    row("el", "end", "<h2>Ευχαριστίες</h2><p>{s0}</p>",
        ["Ευχαριστούμε τη Μαρία Παππά και τον Νίκο Λάμπρου για τη βοήθεια στο πεδίο· η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Λιμνοθάλασσας Αρβέλη· οι χάρτες παραχωρήθηκαν από την Κτηματική Υπηρεσία."],
        note="long acknowledgement joined by Greek semicolons (listed whole)"),
    row("tr", "end", "<section class=\"back-matter\"><h2>Yazar katkıları</h2><p>A.K. ve M.D. arazi çalışmasını yürüttü.</p>"
        "<h2>Finansman</h2><p>{s0}</p><h2>Çıkar çatışması</h2><p>{k0}</p></section>",
        ["Bu çalışma Sulak Alan Araştırmaları Vakfı tarafından desteklenmiştir (proje no. 124Y388)."],
        k=["Yazarlar herhangi bir çıkar çatışması olmadığını beyan eder."], note="journal back matter between contributions and conflicts"),
    row("ru", "mid", "<p>{s0} {n0}</p>",
        ["Исследование оплатил фонд «Тихая заводь»."], ["Город в прошлом году оплатил ремонт дамбы."],
        note="active voice news sentence beside a city's spending as news"),
    row("uk", "after", '<aside class="key-facts"><h3>Ключові факти</h3><ul><li>30 пасток</li><li>{s0}</li></ul></aside>',
        ["Дослідження фінансує благодійний фонд «Чиста вода»."], note="sidebar key-facts box"),
    row("bg", "end", "<h2>Благодарности</h2><p>Благодарим на Мария Петрова за определянето на видовете и на рецензентите за бележките. {s0} Картите бяха предоставени от общинския кадастър.</p>",
        ["Проучването е финансирано от Фонд „Влажни зони“ по договор ВЗ-17/2025."], note="thanks, grant sentence, data provider"),
    row("hr", "own", builder("hr", ["<p>{s0}</p>"], "webflow"),
        ["Projekt financira Zaklada Močvarni krug."], note="Webflow rich-text widget of its own"),
    row("sl", "end", "<h2>Zahvala</h2><p>{s0}</p>",
        ["Zahvaljujemo se Maji Kranjc in Luki Zupanu za pomoč pri terenskem delu; raziskavo je financirala Agencija za mokrišča (projekt J4-5521); recenzentom se zahvaljujemo za pripombe."],
        note="long acknowledgement joined by semicolons (listed whole)"),
    row("lt", "own", para_end("lt", "{s0}"),
        ["Tyrimą finansavo Pelkių fondas (sutartis Nr. LPF-25-031)."], note="last sentence of a story paragraph"),
    row("lv", "end", "<h2>Pateicības</h2><p>Pateicamies Ilzei Bērziņai par palīdzību lauka darbos un recenzentiem par vērtīgajiem ieteikumiem. {s0} Kartes sagatavoja pašvaldības ģeodēzijas nodaļa.</p>",
        ["Pētījumu finansēja Mitrāju fonds, projekts Nr. LMF-2025/7."], note="long acknowledgement: thanks, funding, map provider"),
    row("et", "end", "<dl><dt>Rahastus</dt><dd>{s0}</dd></dl>",
        ["Uuringut rahastas Soode Sihtasutus (grant SS-250)."], note="definition list sentence"),
    row("ca", "end", "<p>{s0}</p><p>{s1}</p>",
        ["L'estudi va ser finançat per l'Agència de Zones Humides.", "La jornada de presentació dels resultats ha comptat amb el suport de la Fundació Aiguamolls Vius."],
        note="two statements: the study's grant and the event's sponsor"),
    row("ja", "end", "<h2>謝辞</h2><p>現地調査にご協力いただいた田村恵子氏と大野健氏、原稿に助言をくださった査読者に感謝する。{s0}地図データは市役所から提供を受けた。</p>",
        ["本研究は湿地環境財団の助成（課題番号 WF-2025-044）を受けたものである。"], note="CJK acknowledgement: thanks, grant, data provider"),
    row("zh", "end", "<h2>致谢</h2><p>感谢王丽和陈刚在野外采样中的帮助，感谢两位匿名审稿人的宝贵意见。{s0}气象数据由哈罗米尔气象站提供。</p>",
        ["本研究由湿地生态基金会资助（项目编号 WE2025-318）。"], note="CJK acknowledgement: thanks and reviewers, grant, data provider"),
    row("ko", "end", "<h3>감사의 글</h3><p>현장 조사를 도와준 이수진, 박민호 씨와 유익한 의견을 준 심사위원들에게 감사드린다. {s0} 강우 자료는 지역 기상대에서 제공받았다.</p>",
        ["이 연구는 습지보전재단의 지원을 받아 수행되었다(과제번호 WCF-2025-12)."], note="Korean acknowledgement: thanks, grant, data provider"),
    row("ar", "end", "<h2>شكر وتقدير</h2><p>نشكر ليلى حداد وسامر ناصر على المساعدة في العمل الميداني، والمراجعين على ملاحظاتهم القيّمة. {s0} وقدّمت هيئة المساحة الخرائط المستخدمة.</p>",
        ["موّلت هذه الدراسة مؤسسة الأراضي الرطبة للبحوث بموجب المنحة رقم 2025-077."], note="right-to-left acknowledgement: thanks, grant (verb first), map provider"),
    row("he", "end", "<h2>תודות</h2><p>אנו מודים לנועה לוי ולאבי כהן על העזרה בעבודת השדה ולסוקרים האנונימיים על הערותיהם. {s0} נתוני הגשם נמסרו על ידי השירות המטאורולוגי.</p>",
        ["המחקר מומן על ידי קרן הביצות הירוקות (מענק מס' 4471/25)."], note="right-to-left acknowledgement: thanks, grant, data provider"),
    row("fa", "end", "<h2>قدردانی</h2><p>از همکاران ایستگاه هواشناسی برای داده‌های بارش سپاسگزاریم. {s0}</p>",
        ["این پژوهش با حمایت مالی بنیاد تالاب‌های سبز انجام شده است."], note="Persian acknowledgement, verb last"),
    row("hi", "end", "<h3>आभार</h3><p>हम क्षेत्र कार्य में सहायता के लिए सुनीता वर्मा और राहुल सिंह के आभारी हैं। {s0} वर्षा के आँकड़े स्थानीय मौसम केंद्र ने उपलब्ध कराए।</p>",
        ["इस अध्ययन को आर्द्रभूमि अनुसंधान न्यास द्वारा वित्तपोषित किया गया था।"], note="Hindi acknowledgement: thanks, funding, data provider"),
    row("bn", "end", "<h3>অর্থায়ন</h3><p>{s0}</p>",
        ["এই গবেষণার অর্থায়ন করেছে জলাভূমি গবেষণা তহবিল।"], note="Bengali heading, active voice"),
    row("ur", "end", "<p>{s0}</p>",
        ["اس تحقیق کے لیے مالی معاونت دلدلی تحقیقاتی فاؤنڈیشن نے فراہم کی۔"], note="Urdu closing sentence"),
    row("id", "own", builder("id", ["<h4>Tentang proyek ini</h4><p>{s0}</p>"], "elementor"),
        ["Penelitian ini didanai oleh Yayasan Rawa Lestari melalui hibah RL-2025-09."], note="Elementor 'about this project' widget"),
    row("ms", "after", '<aside class="sidebar-box"><p>{s0}</p></aside>',
        ["Kajian ini dibiayai oleh Yayasan Tanah Bencah Hijau di bawah geran TBH-25-114."], note="sidebar box"),
    row("vi", "end", "<h2>Lời cảm ơn</h2><p>Chúng tôi cảm ơn anh Nguyễn Văn Hải và chị Trần Thị Mai đã hỗ trợ thu mẫu, cùng các phản biện đã góp ý. {s0} Số liệu mưa do trạm khí tượng địa phương cung cấp.</p>",
        ["Nghiên cứu được tài trợ bởi Quỹ Đất ngập nước Xanh (mã số ĐN-2025-07)."], note="Vietnamese acknowledgement: thanks, grant, data provider"),
    row("th", "end", "<h3>กิตติกรรมประกาศ</h3><p>ขอขอบคุณคุณสมชาย ใจดี ที่ช่วยเก็บตัวอย่างภาคสนาม และผู้ทบทวนบทความสำหรับคำแนะนำ {s0} ข้อมูลปริมาณฝนได้รับจากสถานีอุตุนิยมวิทยาท้องถิ่น</p>",
        ["งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิพื้นที่ชุ่มน้ำสีเขียว"], note="Thai acknowledgement: thanks, grant, data provider (no sentence stops)"),
    row("sw", "end", "<h2>Shukrani</h2><p>Tunawashukuru Amina Juma na Baraka Mwita kwa msaada wao katika kazi ya shambani, na wakaguzi kwa maoni yao. {s0} Ramani zilitolewa na Idara ya Upimaji ya wilaya.</p>",
        ["Utafiti huu ulifadhiliwa na Mfuko wa Ardhi Oevu wa Harrowmere."], note="Swahili research acknowledgement: thanks, funding, map provider"),
    row("tl", "end", "<h2>Pagkilala</h2><p>Nagpapasalamat kami kay Liza Ramos sa pagtukoy ng mga uod. {s0}</p>",
        ["Ang pananaliksik na ito ay pinondohan ng Pundasyong Latian (gawad blg. PL-2025-03)."], note="Tagalog research acknowledgement"),
    row("en", "after", '<section class="references"><h2>References</h2><ol><li>Marsh, L. (2024). Flood pools and larvae.</li></ol></section>'
        '<p class="media-contact">Media contact: press@orlaby.example, 0100 555 0199</p><p>{s0}</p>',
        ["This work was supported in part by the Pellworth Foundation under award PF-88-21."],
        note="university news: statement after references and a media-contact block"),
    row("en", "end", "<p>{s0}</p><ul><li>{s1}</li><li>{s2}</li></ul>",
        ["This work was supported by:", "the Pellworth Foundation (grant PF-2025-118);", "the Orlaby Water Board (contract OWB-77)."],
        note="lead-in followed by a list of funders (the list is part of the statement)"),
    row("en", "own", "<p>Show notes: in this episode two volunteers describe a night of trapping on the fen.</p>"
        '<div class="ad-banner">{n0}</div><p>{s0}</p>',
        ["This episode is sponsored by the Marsh Lantern Society."], ["Ad: Try Buzzless spray for a quiet garden."],
        note="podcast sponsor of the episode beside an ad banner"),
    row("en", "own", '<div class="markdown-body"><h1>fen-traps</h1><p>Scripts for counting trap catches.</p>'
        '<h2>Acknowledgements</h2><p>{s0}</p><a class="btn" href="/sponsors">{n0}</a></div>',
        ["This project is funded by the Halden Open Data Fund."], ["Sponsor this project"],
        note="README rendered as HTML beside a sponsor button"),
    row("en", "own", "<h2>Harrowmere mosquito counts 2025–2026</h2><p>Weekly trap counts at thirty points, CSV and GeoJSON.</p>"
        "<h3>Provenance</h3><p>{s0}</p>",
        ["Data collection was funded by the Corbel Wetlands Trust (award CWT-19-204)."], note="dataset landing page"),
    row("en", "end", '<div class="tabs"><button role="tab" aria-selected="true">Results</button><button role="tab" aria-selected="false">About the study</button>'
        '<div role="tabpanel">Counts by week.</div><div role="tabpanel" class="tab-panel is-hidden">{s0}</div></div>',
        ["The survey received funding from the Orlaby Health Partnership."], note="closed tab panel"),
    row("en", "after", '<div class="article-footer"><p>{s0}</p></div>',
        ["THIS SURVEY WAS MADE POSSIBLE BY A GRANT FROM THE MERROW FAMILY TRUST."], note="capitals in the article footer, family trust"),
    row("en", "end", "<p>{s0} {s1}</p>",
        ["This work was funded by the Pellworth Foundation.", "Additional support came from the Fen Naturalists' Club."],
        note="statement continuing over two sentences"),
    row("en", "own", "<p><strong>Q: What surprised you?</strong></p><p>A: How fast the pools dried in September.</p>"
        "<p><em>{s0}</em></p>",
        ["The interview series is supported by the Kestle Science Journalism Fund."], note="acknowledgement at the end of a Q&A"),
    row("en", "after", "<h3>Notes to editors</h3><ol><li>{s0}</li><li>{n0}</li></ol>",
        ["The survey is funded by the Orlaby Health Partnership and the Corbel Wetlands Trust."],
        ["About the Corbel Wetlands Trust: the Trust funds research into freshwater habitats across the region."],
        note="press release notes with the funder's own boilerplate beside"),
    row("en", "end", "<h2>Acknowledgements</h2><p>We thank Dr Aisha Rennick and Tom Olawale for identifying the larvae, the Fen Rangers for boat access, and two anonymous reviewers for their comments. {s0} Rainfall records were provided by the Harrowmere weather station.</p>",
        ["The survey was funded by the Pellworth Foundation (grant PF-2025-031) and the Orlaby Water Board."],
        note="long acknowledgement: thanks, funding sentence, data provider"),
    row("de", "own", builder("de", ["<p>{s0}</p>", "<p>{n0}</p>"], "elementor"),
        ["Das Projekt wird von der Stiftung Feuchtland mit 80.000 Euro gefördert."],
        ["Die Stiftung fördert außerdem seit Jahren Nachwuchstalente im Rudersport."],
        note="Elementor widgets: the statement and the funder's other projects as news"),
    row("fr", "mid", "<p>{s0} {n0}</p>",
        ["La Région a financé l'étude à hauteur de 40 000 euros."], ["L'opposition reproche à la Région d'avoir financé un golf l'an dernier."],
        note="active voice beside a budget fight with the same verb"),
    row("es", "end", "<h2>Agradecimientos</h2><p>{s0}</p>",
        ["Agradecemos a Lucía Ferrer y a Tomás Ibarra su ayuda con las trampas; el estudio fue financiado por la Fundación Humedales del Sur (ayuda HS-2025-61); la confederación hidrográfica cedió los datos de caudal."],
        note="long acknowledgement joined by semicolons (listed whole)"),
    row("it", "own", builder("it", ["<p>{s0}</p>"], "divi"),
        ["Il progetto è sostenuto dalla Fondazione Acque Chiare."], note="Divi text module"),
    row("pt", "end", "<p>{s0}</p>",
        ["A Câmara Municipal de Orlaby emprestou os barcos e as armadilhas usados no levantamento."], note="equipment loan (in-kind support)"),
    row("ja", "mid", "<p>{s0}{n0}</p>",
        ["調査費用は湿地環境財団が負担した。"], ["市は昨年、堤防の補修費を負担した。"], note="active voice news, Japanese"),
    row("ko", "end", "<p>{s0}</p>",
        ["이번 조사는 고(故) 김영수 씨가 남긴 유산으로 마련된 기금의 지원을 받았다."], note="a bequest from an individual"),
    row("en", "own", "<p>I spent most of August knee-deep in the fen with a sweep net.</p><p>{s0}</p>",
        ["My work on the fen is funded by a fellowship from the Kestle Trust."], note="first person on a personal research blog"),
    row("en", "mid", '<figure><img src="/img/chart.png" alt="Weekly counts"><figcaption>{s0}</figcaption></figure>',
        ["Source: Harrowmere mosquito survey 2026, funded by the Orlaby Health Partnership."], note="chart source note"),
    row("de", "own", paras("de") + '<p>{s0}</p><footer class="article-footer"><p>{s0}</p></footer>',
        ["Die Studie wurde von der Ellerbrook-Stiftung finanziert."], note="statement given again in the footer (one value expected)"),
    row("nl", "end", "<details><summary>Verklaringen</summary><p>{s0}</p><p>{k0}</p></details>",
        ["Dit onderzoek werd gefinancierd door het Veenfonds (subsidie VF-2025-12)."], k=["De auteurs verklaren geen belangenconflicten te hebben."],
        note="disclosures details block with a conflict line to keep"),
    row("en", "mid", "<p>{s0}</p>",
        ["The team has now received a grant of 2 million pounds from the Corbel Wetlands Trust to continue the survey for three more years."],
        note="news of a grant to the very team the story is about"),
    row("en", "end", "<p>{n0} {s0}</p>",
        ["The Merrow Family Trust footed the bill for the traps and the lab work."],
        ["The council paid for the new boardwalk last year."], note="active voice, 'footed the bill'"),
    row("sv", "own", builder("sv", ["<p>{s0}</p>"], "wpb"),
        ["Projektet har fått stöd av Stiftelsen Våtmark och Orlaby kommun."], note="WPBakery text column"),
    row("cs", "end", '<div class="card project-card"><h4>O projektu</h4><p>{s0}</p></div>',
        ["Průzkum financuje Nadace Mokřady pod grantem NM-2025-33."], note="card 'about the project'"),
    row("ro", "after", '<div class="partners"><h3>Parteneri și finanțatori</h3><p>{s0}</p>'
        '<img src="/l1.png" alt="Fundația Delta Verde"><img src="/l2.png" alt="Radio Orlaby"></div>',
        ["Studiul este finanțat de Fundația Delta Verde."], note="partners-and-funders section, only one funder"),
]

NEGATIVE = [
    ("en", "end", "<p>The city funded a new footbridge over the fen last year, and councillors are now arguing over who should pay for its repairs after the floods.</p>",
     "city spending as news, budget fight"),
    ("en", "end", "<p>The Pellworth Foundation, which has funded flood research in the region for a decade, is being sued by a former grantee over a grant it withdrew in 2024.</p>",
     "a funder's lawsuit over another grant"),
    ("en", "end", "<p>The idea that flood pools breed more mosquitoes is supported by the evidence from earlier summers, the rangers say.</p>",
     "'supported by the evidence'"),
    ("en", "end", "<p>“Back in the nineties we were funded by nobody, so we borrowed nets from the school,” she said of the old naturalists' club.</p>",
     "funding words inside quoted speech about the past"),
    ("en", "after", '<aside class="jobs"><h3>Jobs</h3><p>Funded PhD position in mosquito ecology at Orlaby University: apply by 3 March.</p></aside>',
     "job advert for a funded position"),
    ("en", "after", '<section class="pricing"><h3>Sponsor tier</h3><p>$25 a month: your logo on our supporters page.</p><h3>Supported plans</h3><p>Team and Enterprise.</p></section>',
     "price page: sponsor tier, supported plans"),
    ("en", "after", '<div class="sponsors-tiers"><a class="btn">Sponsor</a><ul><li>$5 a month: a thank-you in the changelog</li><li>$50 a month: your logo in the README</li></ul></div>',
     "sponsor tier list with no funder named"),
    ("en", "after", '<div class="cta"><h3>Become a sponsor</h3><p>Sponsor the Fen Science Day and reach 2,000 visitors.</p></div>',
     "conference 'become a sponsor' call"),
    ("en", "after", '<div class="donate-box"><h3>Support our journalism</h3><p>Your gift keeps our reporting on the fen free for everyone.</p><a>Donate</a></div>',
     "donation box"),
    ("en", "after", '<div class="advert"><span class="label">Sponsored content</span><p>Buzzless spray keeps your garden quiet all summer.</p></div>',
     "sponsored-content label on an advert"),
    ("en", "after", '<div class="notice"><h4>Supported browsers</h4><ul><li>Firefox 120 and later</li><li>Chrome 118 and later</li></ul></div>',
     "supported browsers list"),
    ("en", "end", "<p>Separately, Skeeto Labs, which makes smart traps, raised 20 million dollars in a Series B led by Fenway Capital.</p>",
     "start-up funding round as news"),
    ("en", "own", "<h2>Annual report 2025</h2><p>Last year the Corbel Wetlands Trust awarded grants to 42 groups, among them a canoe club and two village schools.</p><ul><li>Orlaby Canoe Club: 5,000 pounds</li><li>Fenside School: 3,500 pounds</li></ul>",
     "charity annual report listing its own grants to others"),
    ("en", "own", "<h2>New awards announced</h2><p>The Regional Research Council has awarded 3.4 million pounds to eleven teams studying soils and rivers, and its next call opens in June.</p>",
     "research council news announcing awards to others"),
    ("en", "end", "<p>A gala dinner at the town hall raised 40,000 pounds for the children's ward on Saturday.</p>",
     "fundraising gala news"),
    ("en", "after", '<div class="logo-wall"><h3>Our partners</h3><img src="/p1.png" alt="Buzzless logo"><img src="/p2.png" alt="Fen Radio logo"><img src="/p3.png" alt="Orlaby Rowing logo"></div>',
     "sponsor logo wall with no sentence"),
    ("en", "after", '<div class="promo"><span>Partner content</span><p>Explore the fen by e-bike with Reedway Tours.</p></div>',
     "partner-content label on an advertorial"),
    ("en", "end", "<p>A crowdfunding campaign for a new bird hide on the fen has raised 8,000 pounds from 300 backers in two weeks.</p>",
     "crowdfunding for something else reported as news"),
    ("en", "end", "<p>The drainage plan was supported by the Green Party and backed by a council vote on Tuesday.</p>",
     "political support and a vote"),
    ("en", "end", "<p>The ministry backs the plan, but critics say the pumping station will be paid for by taxpayers while the developer keeps the profits.</p>",
     "'backs the plan', 'paid for by taxpayers'"),
    ("en", "end", "<p>Funding cuts announced in March mean the county's own mosquito monitoring will end next year, the health board said.</p>",
     "funding cuts reporting"),
    ("en", "end", "<p>Thank you to all our readers who sent in photos of mosquito swarms this summer.</p>",
     "general thanks to readers"),
    ("en", "after", ('<aside class="related"><h3>Related stories</h3><ul><li><a>Heron study funded by fen trust</a></li><li><a>Village fete sponsored by brewery</a></li></ul></aside>'
                     '<nav class="sub"><a>Grants</a> <a>Funding opportunities</a> <a>Sponsor us</a></nav>'),
     "funding words in a related-stories list and a menu"),
    ("en", "end", '<p>Similar surveys elsewhere cost about twice as much.<sup>1</sup></p><ol class="footnotes"><li>Regional Research Funding Report 2025, Orlaby Council, p. 14.</li></ol>',
     "footnote citing a funding report as a source"),
    ("en", "after", '<div class="help"><p>For technical support with the trap-count app, contact the help desk.</p></div>',
     "technical support"),
    ("en", "after", '<div class="map-credit"><p>Map powered by OpenTiles.</p></div>',
     "'powered by' software credit"),
    ("en", "mid", '<figure><img src="/img/boat.jpg" alt="A boat"><figcaption>With thanks to the Fen Rangers for the boat. Photo: Lena Marsh.</figcaption></figure>',
     "'with thanks to' photo credit"),
    ("en", "after", "<p><strong>About the Pellworth Foundation:</strong> the foundation funds research into water, health and climate across the north of the country.</p>",
     "a funder's own boilerplate under a press release"),
    ("en", "own", "<h2>Apply for a community grant</h2><p>Applications for funding close on 3 March. We fund projects that bring people closer to local wetlands.</p>",
     "funding call page"),
    ("en", "own", "<h2>TrapCount Pro</h2><p>Supported formats: CSV, GeoJSON and XLSX.</p><p>The command-line tool supports Python 3.12 and later.</p>",
     "product page: supported formats and versions"),
    ("de", "end", "<p>Mit Unterstützung der Fans gewann der FC Orlaby am Samstag das Derby. Die Reederei fördert seit 2019 Öl vor der Küste.</p>",
     "'Unterstützung' as a common noun, 'fördern' oil"),
    ("de", "end", "<p>Die Ellerbrook-Stiftung, die bereits Schulgärten und ein Jugendtheater fördert, steht wegen einer zurückgeforderten Förderung vor Gericht.</p>",
     "a funder's other projects and a lawsuit over a grant"),
    ("fr", "end", "<p>Les habitants ont soutenu l'équipe de rugby jusqu'au bout. Le conseil régional a voté un budget qui finance surtout les routes.</p>",
     "'soutenir' a team, a budget as news"),
    ("es", "end", "<p>La oposición apoyó la moción para limpiar los canales, pero el alcalde dice que no hay financiación para hacerlo este año.</p>",
     "'apoyar' a motion, a budget fight"),
    ("it", "end", "<p>Il Comune ha finanziato con 2 milioni di euro il rifacimento della piazza, secondo il bilancio approvato ieri sera.</p>",
     "'finanziare' in a city budget story"),
    ("pt", "after", '<aside class="sport"><p>O clube de remo é patrocinado por uma marca de bebidas desde 2024.</p></aside>',
     "sport sponsorship"),
    ("nl", "end", "<p>De gemeente trekt de subsidie voor het zwembad in, tot woede van de oppositie, die naar de rechter wil stappen.</p>",
     "subsidy withdrawn for something else, a legal threat"),
    ("pl", "end", "<p>Fundacja, która finansuje także szkoły muzyczne w regionie, pozwała byłego grantobiorcę o zwrot 200 tysięcy złotych.</p>",
     "a funder's other projects and a lawsuit"),
    ("sv", "end", "<p>Regeringen skär ned anslagen till naturvården med 300 miljoner kronor nästa år.</p>",
     "funding cuts"),
    ("fi", "end", "<p>Valtuusto tuki esitystä äänin 31–20.</p>",
     "a vote of support"),
    ("cs", "after", '<div class="app-info"><h4>Podporovaná zařízení</h4><p>Android 12 a novější, iOS 16 a novější.</p></div>',
     "supported devices"),
    ("hu", "after", '<div class="donate"><h3>Támogasd a független újságírást!</h3><p>Havi 1000 forinttal is segítesz.</p></div>',
     "donation box"),
    ("ro", "end", "<p>Echipa a fost susținută de suporteri pe tot parcursul meciului.</p>",
     "supporters at a match"),
    ("el", "end", "<p>Το υπουργείο χρηματοδότησε πέρσι νέο δρόμο στο νησί, ενώ η αντιπολίτευση ζητά έλεγχο των δαπανών.</p>",
     "ministry spending and a row"),
    ("tr", "end", "<p>Belediye, köprü için ayrılan bütçeyi iki katına çıkardı.</p>",
     "a budget as news"),
    ("ru", "end", "<p>Инвесторы профинансировали покупку завода по производству сеток.</p>",
     "investors financed a takeover"),
    ("uk", "end", "<p>Уряд скоротив фінансування заповідників на третину, і громадські організації вже оскаржують це рішення в суді.</p>",
     "funding cuts and a lawsuit"),
    ("ja", "mid", '<figure><img src="/img/team.jpg" alt="地元チーム"><figcaption>スポンサー企業の支援で、地元のボートチームは決勝に進んだ。</figcaption></figure>',
     "sport sponsorship in a caption"),
    ("zh", "end", "<p>该基金会还资助了城里另外三个学校项目，但今年的预算被市议会削减了一半。</p>",
     "a funder's other projects, budget cut"),
    ("ko", "after", '<div class="app"><p>지원 기기: iOS 17 이상, 안드로이드 13 이상.</p></div>',
     "supported devices"),
    ("ar", "end", "<p>دعم البرلمان مشروع القانون بأغلبية كبيرة يوم الثلاثاء.</p>",
     "a vote of support"),
    ("he", "end", "<p>העירייה מימנה בשנה שעברה את שיפוץ הנמל, והאופוזיציה דורשת בדיקה של ההוצאות.</p>",
     "city spending and a row"),
    ("hi", "end", "<p>मैच में खिलाड़ियों को प्रशंसकों का भरपूर समर्थन मिला।</p>",
     "fans' support at a match"),
    ("id", "end", "<p>Perusahaan rintisan pembuat perangkap pintar itu meraih pendanaan Seri A senilai 5 juta dolar.</p>",
     "start-up funding round"),
    ("vi", "end", "<p>Quỹ này cũng tài trợ cho ba trường học khác, nhưng đang bị kiện vì đã thu hồi một khoản tài trợ năm ngoái.</p>",
     "a funder's other grants and a lawsuit"),
    ("th", "end", "<p>ขอบคุณผู้อ่านทุกท่านที่ส่งภาพฝูงยุงมาให้เรา</p>",
     "thanks to readers"),
    ("sw", "end", "<p>Wafadhili wa timu ya mpira ya Orlaby walitangaza mkataba mpya wa miaka mitatu.</p>",
     "sport sponsors as news"),
    ("tl", "end", "<p>Sinuportahan ng konseho ang panukala sa botong 9–3.</p>",
     "council vote"),
    ("ca", "end", "<p>El Govern retalla el finançament de les biblioteques i els alcaldes amenacen de recórrer als tribunals.</p>",
     "funding cuts and a legal threat"),
    ("ms", "end", "<p>Penaja acara larian amal itu berjaya mengumpul RM40,000 untuk wad kanak-kanak.</p>",
     "charity run sponsors raising money"),
    ("bg", "end", "<p>Общината финансира ремонта на стадиона, а опозицията поиска проверка на поръчката.</p>",
     "city spending as news"),
    ("hr", "own", builder("hr", ["<p>Hvala svim čitateljima koji su nam poslali fotografije.</p>"], "elementor"),
     "general thanks in a page-builder widget"),
    ("lt", "end", "<p>Savivaldybė skyrė lėšų naujam tiltui, bet opozicija skundžia sprendimą teismui.</p>",
     "municipal funding of a bridge and a lawsuit"),
    ("fa", "end", "<p>مجلس از طرح جدید آب با اکثریت آرا حمایت کرد.</p>",
     "parliamentary support"),
    ("bn", "end", "<p>সমর্থকদের উৎসাহে স্থানীয় দল ফাইনালে উঠেছে।</p>",
     "supporters of a team"),
    ("ur", "end", "<p>حکومت نے اگلے سال کے بجٹ میں سڑکوں کے لیے فنڈز دوگنے کر دیے۔</p>",
     "a government budget"),
    ("sk", "end", "<p>Investori financovali kúpu továrne na siete, uviedla firma.</p>",
     "investors financed a takeover"),
    ("lv", "end", "<p>Līdzjutēji samaksāja par komandas braucienu uz izbraukuma spēli.</p>",
     "fans footed the bill for a trip"),
    ("et", "end", "<p>Vald rahastas mullu uue spordihoone ehitust ja nüüd vaieldakse remondikulude üle.</p>",
     "municipal spending and a row"),
    ("sl", "after", '<aside class="advert"><p>Oglas: Kupite mrežo proti komarjem z 20-odstotnim popustom.</p></aside>',
     "sidebar advert"),
]


def main() -> None:
    write_corpus(HERE, story_cases("fd126-", REAL, NEGATIVE, page))


if __name__ == "__main__":
    main()
