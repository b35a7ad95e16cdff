"""Builds held-out funding round 51 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the survey, the river, the town, funders, grant numbers and people do
not exist. Written by a helper from the definition of `funding` alone, without reading the
detector's code or the earlier rounds' cases: a report on a survey of river otters along the
invented river Tamsel near the invented town of Orrinford, in 25 languages, with real statements in
places that are hard for an extractor (a sidebar box inside the article, a collapsed "Article
information" <details>, a note under a table, a photo credit line, a footnote list, a short sponsor
line naming its body, an article footer) beside the usual shapes (closing sentences, run-in labels,
headings, acknowledgements mixing thanks and a grant, grant-agreement and co-financing notices; three
with a competing-interest or ethics declaration the body must keep), and hard negatives of the same
shapes (a caption "with the support of the fans", a sidebar advert, a footnote citing a funding
report, a table note citing one) and of the usual kinds (public money as news, votes of support,
sport sponsorship, supported software, donation boxes, thanks to readers, investment rounds,
budgets, grants announced for someone else, "not supported by the evidence", affiliate notices).

Convention: for run-in labels and headings ("Funding:", "Financement :", <h2>Förderung</h2>) the
statement listed is the sentence after the label, without the label; in paragraphs that mix thanks
(or a caption, a source) with a grant, only the grant sentence is listed and the other sentence is
given as not_funding. A photo credit that carries the funder in one sentence ("Photo: X; the project
is funded by Y.") is listed whole, as it stands.

usage: python benchmarks/funding-round51/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# lang: (title, story paragraphs, section, site)
PAGES = {
    "en": ("Otters return to every stretch of the Tamsel", [
        "Otters now leave signs along every stretch of the river Tamsel, a year-long survey around Orrinford has found.",
        "Volunteers walked sixty kilometres of bank each month and logged spraints, tracks and holts.",
        "The animals were most common below the old mill weir, where fish are plentiful.",
    ], "Nature", "Orrinford Courier"),
    "de": ("Fischotter an der ganzen Tamsel nachgewiesen", [
        "Fischotter hinterlassen inzwischen an allen Abschnitten der Tamsel Spuren, wie eine einjährige Erhebung bei Orrinford zeigt.",
        "Ehrenamtliche liefen jeden Monat sechzig Kilometer Ufer ab und notierten Losung, Trittsiegel und Baue.",
        "Am häufigsten waren die Tiere unterhalb des alten Mühlenwehrs.",
    ], "Natur", "Orrinforder Anzeiger"),
    "fr": ("La loutre est de retour sur toute la Tamsel", [
        "La loutre laisse désormais des traces sur tous les tronçons de la Tamsel, selon un inventaire mené pendant un an autour d'Orrinford.",
        "Des bénévoles ont parcouru chaque mois soixante kilomètres de berges.",
        "Les animaux étaient les plus nombreux en aval de l'ancien moulin.",
    ], "Nature", "Le Courrier d'Orrinford"),
    "es": ("Las nutrias vuelven a todo el río Tamsel", [
        "Las nutrias dejan ya rastros en todos los tramos del río Tamsel, según un censo de un año en torno a Orrinford.",
        "Voluntarios recorrieron cada mes sesenta kilómetros de orilla.",
        "Los animales abundaban sobre todo aguas abajo del viejo molino.",
    ], "Naturaleza", "Diario de Orrinford"),
    "it": ("La lontra torna lungo tutto il Tamsel", [
        "La lontra lascia ormai tracce in ogni tratto del fiume Tamsel, secondo un censimento durato un anno intorno a Orrinford.",
        "I volontari hanno percorso ogni mese sessanta chilometri di sponda.",
        "Gli animali erano più frequenti a valle del vecchio mulino.",
    ], "Natura", "Gazzetta di Orrinford"),
    "pt": ("Lontras regressam a todo o rio Tamsel", [
        "As lontras deixam agora sinais em todos os troços do rio Tamsel, segundo um levantamento de um ano perto de Orrinford.",
        "Voluntários percorreram todos os meses sessenta quilómetros de margem.",
        "Os animais eram mais comuns abaixo do antigo açude do moinho.",
    ], "Natureza", "Jornal de Orrinford"),
    "nl": ("Otters terug langs de hele Tamsel", [
        "Otters laten inmiddels sporen achter langs elk deel van de Tamsel, blijkt uit een telling van een jaar rond Orrinford.",
        "Vrijwilligers liepen elke maand zestig kilometer oever af.",
        "De dieren waren het talrijkst onder de oude molenstuw.",
    ], "Natuur", "Orrinfordse Courant"),
    "pl": ("Wydry wróciły nad całą Tamsel", [
        "Wydry zostawiają już ślady na każdym odcinku rzeki Tamsel, wynika z rocznej inwentaryzacji w okolicach Orrinford.",
        "Wolontariusze co miesiąc przechodzili sześćdziesiąt kilometrów brzegu.",
        "Zwierzęta najczęściej spotykano poniżej starego jazu młyńskiego.",
    ], "Przyroda", "Kurier Orrinfordzki"),
    "sv": ("Uttern är tillbaka längs hela Tamsel", [
        "Uttern lämnar nu spår längs varje sträcka av Tamsel, visar en årslång inventering kring Orrinford.",
        "Frivilliga gick sextio kilometer strand varje månad.",
        "Djuren var vanligast nedanför den gamla kvarndammen.",
    ], "Natur", "Orrinfords Tidning"),
    "da": ("Odderen er tilbage langs hele Tamsel", [
        "Odderen efterlader nu spor langs alle strækninger af Tamsel, viser en årelang optælling omkring Orrinford.",
        "Frivillige gik hver måned tres kilometer bred.",
        "Dyrene var hyppigst neden for det gamle mølleværk.",
    ], "Natur", "Orrinford Avis"),
    "fi": ("Saukko palasi koko Tamsel-joelle", [
        "Saukko jättää nyt jälkiä Tamsel-joen jokaiselle osuudelle, kertoo Orrinfordin ympäristössä tehty vuoden mittainen kartoitus.",
        "Vapaaehtoiset kulkivat joka kuukausi kuusikymmentä kilometriä rantaa.",
        "Eläimiä tavattiin eniten vanhan myllypadon alapuolella.",
    ], "Luonto", "Orrinfordin Sanomat"),
    "hu": ("Visszatért a vidra a Tamsel teljes hosszán", [
        "A vidra már a Tamsel folyó minden szakaszán nyomot hagy egy Orrinford környékén végzett egyéves felmérés szerint.",
        "Önkéntesek havonta hatvan kilométernyi partot jártak be.",
        "Az állatok a régi malomgát alatt voltak a leggyakoribbak.",
    ], "Természet", "Orrinfordi Hírlap"),
    "cs": ("Vydra se vrátila na celou Tamsel", [
        "Vydry už zanechávají stopy na každém úseku řeky Tamsel, ukázalo roční mapování v okolí Orrinfordu.",
        "Dobrovolníci každý měsíc prošli šedesát kilometrů břehu.",
        "Nejčastěji se zvířata vyskytovala pod starým mlýnským jezem.",
    ], "Příroda", "Orrinfordský deník"),
    "ro": ("Vidra s-a întors pe tot cursul râului Tamsel", [
        "Vidrele lasă acum urme pe fiecare tronson al râului Tamsel, arată un inventar de un an în jurul orașului Orrinford.",
        "Voluntarii au parcurs în fiecare lună șaizeci de kilometri de mal.",
        "Animalele erau cel mai des întâlnite sub vechiul stăvilar al morii.",
    ], "Natură", "Gazeta de Orrinford"),
    "el": ("Οι βίδρες επέστρεψαν σε όλο τον Τάμσελ", [
        "Οι βίδρες αφήνουν πλέον ίχνη σε κάθε τμήμα του ποταμού Τάμσελ, σύμφωνα με απογραφή ενός έτους γύρω από το Όρινφορντ.",
        "Εθελοντές περπατούσαν κάθε μήνα εξήντα χιλιόμετρα όχθης.",
        "Τα ζώα ήταν συχνότερα κάτω από το παλιό φράγμα του μύλου.",
    ], "Φύση", "Ο Ταχυδρόμος του Όρινφορντ"),
    "tr": ("Su samurları Tamsel Nehri'nin tamamına döndü", [
        "Orrinford çevresinde bir yıl süren bir sayıma göre su samurları artık Tamsel Nehri'nin her kesiminde iz bırakıyor.",
        "Gönüllüler her ay altmış kilometrelik kıyı boyunca yürüdü.",
        "Hayvanlar en çok eski değirmen bendinin aşağısında görüldü.",
    ], "Doğa", "Orrinford Postası"),
    "ru": ("Выдры вернулись на всю реку Тамсел", [
        "Выдры теперь оставляют следы на каждом участке реки Тамсел, показал годичный учёт в окрестностях Орринфорда.",
        "Добровольцы каждый месяц проходили шестьдесят километров берега.",
        "Чаще всего звери встречались ниже старой мельничной плотины.",
    ], "Природа", "Орринфордский вестник"),
    "ar": ("عودة ثعالب الماء إلى نهر تامسل بأكمله", [
        "تترك ثعالب الماء الآن آثارها على كل مقطع من نهر تامسل، وفق مسح استمر عاما حول مدينة أورينفورد.",
        "سار المتطوعون كل شهر ستين كيلومترا على ضفاف النهر.",
        "وكانت الحيوانات أكثر شيوعا أسفل سد الطاحونة القديم.",
    ], "طبيعة", "بريد أورينفورد"),
    "he": ("הלוטרות חזרו לכל אורך נהר טמסל", [
        "לוטרות משאירות כעת סימנים בכל קטע של נהר טמסל, כך עולה מסקר שנמשך שנה סביב אורינפורד.",
        "מתנדבים הלכו מדי חודש שישים קילומטרים לאורך הגדה.",
        "בעלי החיים נצפו בעיקר מתחת לסכר הטחנה הישן.",
    ], "טבע", "דואר אורינפורד"),
    "hi": ("तामसेल नदी में हर जगह लौटे ऊदबिलाव", [
        "ओरिनफोर्ड के आसपास एक साल चले सर्वेक्षण के अनुसार ऊदबिलाव अब तामसेल नदी के हर हिस्से में निशान छोड़ रहे हैं।",
        "स्वयंसेवक हर महीने साठ किलोमीटर किनारे पर पैदल चले।",
        "ये जानवर सबसे ज़्यादा पुरानी पनचक्की के बांध के नीचे मिले।",
    ], "प्रकृति", "ओरिनफोर्ड समाचार"),
    "id": ("Berang-berang kembali ke seluruh Sungai Tamsel", [
        "Berang-berang kini meninggalkan jejak di setiap ruas Sungai Tamsel, menurut survei selama setahun di sekitar Orrinford.",
        "Para relawan menyusuri enam puluh kilometer tepian sungai setiap bulan.",
        "Hewan itu paling sering dijumpai di bawah bendungan kincir tua.",
    ], "Alam", "Kabar Orrinford"),
    "vi": ("Rái cá trở lại khắp sông Tamsel", [
        "Rái cá nay để lại dấu vết trên mọi đoạn sông Tamsel, theo một cuộc khảo sát kéo dài một năm quanh Orrinford.",
        "Các tình nguyện viên đi bộ sáu mươi cây số bờ sông mỗi tháng.",
        "Loài vật này xuất hiện nhiều nhất ở phía dưới đập cối xay cũ.",
    ], "Thiên nhiên", "Báo Orrinford"),
    "ja": ("タムセル川全域にカワウソが戻る", [
        "オリンフォード周辺で1年間行われた調査で、タムセル川のすべての区間にカワウソの痕跡が確認された。",
        "ボランティアは毎月60キロの川岸を歩き、ふんや足跡、巣穴を記録した。",
        "古い水車堰の下流で最も多く見つかった。",
    ], "自然", "オリンフォード新聞"),
    "zh": ("水獭重现塔姆塞尔河全流域", [
        "一项在奥林福德周边开展了一年的调查显示，水獭如今在塔姆塞尔河的每一段都留下了痕迹。",
        "志愿者每月沿河岸步行六十公里，记录粪便、足迹和洞穴。",
        "在旧磨坊堰下游发现的水獭最多。",
    ], "自然", "奥林福德日报"),
    "ko": ("탐셀강 전 구간에 수달 돌아와", [
        "오린퍼드 일대에서 1년간 진행된 조사 결과 탐셀강의 모든 구간에서 수달의 흔적이 확인됐다.",
        "자원봉사자들은 매달 60킬로미터의 강변을 걸으며 배설물과 발자국을 기록했다.",
        "수달은 옛 물레방아 보 아래쪽에서 가장 많이 발견됐다.",
    ], "자연", "오린퍼드 일보"),
}

FIG = '<figure><img src="/img/otter.jpg" alt=""><figcaption>{}</figcaption></figure>'
TABLE = ('<table><caption>{}</caption><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>41</td></tr>'
         '<tr><td>2</td><td>17</td></tr></table>')

# (lang, place, html, statements, not_funding, must_keep_in_body, note)
REAL = [
    ("en", "end", "<p>This survey was funded by the Harlow Riverside Trust (grant HRT-2291).</p>",
     ["This survey was funded by the Harlow Riverside Trust (grant HRT-2291)."], [], [],
     "closing sentence, passive, grant number"),
    ("en", "mid", ('<aside class="box"><h3>About the survey</h3><p>The otter count ran from March to October.</p>'
     "<p>The survey is supported by the Greyfen Water Foundation under grant GWF-0417.</p></aside>"),
     ["The survey is supported by the Greyfen Water Foundation under grant GWF-0417."],
     ["The otter count ran from March to October."], [], "sidebar box inside the article"),
    ("en", "end", ("<details><summary>Article information</summary><p>Published 4 May 2026.</p>"
     "<p>Funding: The fieldwork was financed by the Northern Rivers Council, award NRC-55-031.</p></details>"),
     ["The fieldwork was financed by the Northern Rivers Council, award NRC-55-031."],
     ["Published 4 May 2026."], [], "collapsed Article information with a run-in label"),
    ("en", "mid", TABLE.format("Otter signs per stretch") +
     '<p class="table-note">Source: field sheets of the Tamsel Otter Group. The counting was funded by the Ellerby Environmental Fund.</p>',
     ["The counting was funded by the Ellerby Environmental Fund."],
     ["Source: field sheets of the Tamsel Otter Group."], [], "note under a table"),
    ("en", "mid", FIG.format("An otter at dawn on the upper Tamsel. Photo: Mira Hallett; the project is funded by the Cobbleway Foundation."),
     ["Photo: Mira Hallett; the project is funded by the Cobbleway Foundation."],
     ["An otter at dawn on the upper Tamsel."], [], "photo credit line carrying the funder"),
    ("en", "end", ("<p>The results will be shared with anglers.<sup>1</sup></p>"
     '<ol class="footnotes"><li id="fn1">Field data collected in 2025. This work was supported by the Marlow Biodiversity Grant, no. MBG-7730.</li></ol>'),
     ["This work was supported by the Marlow Biodiversity Grant, no. MBG-7730."],
     ["Field data collected in 2025."], [], "footnote list"),
    ("en", "end", '<p class="sponsor">Sponsored by the Tamsel Angling Association.</p>',
     ["Sponsored by the Tamsel Angling Association."], [], [], "short sponsor line of its own, named body"),
    ("en", "end", ("<h2>Acknowledgements</h2><p>We thank the landowners along the river for access. "
     "The study received financial support from the Wrenfield Trust under grant agreement No 884213.</p>"),
     ["The study received financial support from the Wrenfield Trust under grant agreement No 884213."],
     ["We thank the landowners along the river for access."], [], "acknowledgements mixing thanks and a grant agreement"),
    ("en", "end", ("<h2>Funding</h2><p>The survey was made possible by a grant from the Pellam Foundation.</p>"
     "<h2>Competing interests</h2><p>The authors declare no competing interests.</p>"),
     ["The survey was made possible by a grant from the Pellam Foundation."], [],
     ["The authors declare no competing interests."], "heading, made possible by; competing interests kept"),
    ("en", "end", "<p>The Tamsel Otter Day on 14 June is sponsored by Brookfell Outdoor Supplies.</p>",
     ["The Tamsel Otter Day on 14 June is sponsored by Brookfell Outdoor Supplies."], [], [],
     "event sponsor of the event the page reports"),
    ("en", "end", '<footer class="article-footer"><p>Reporting for this series was supported by a grant from the Halsey Science Journalism Fund.</p></footer>',
     ["Reporting for this series was supported by a grant from the Halsey Science Journalism Fund."], [], [],
     "article footer inside the article"),
    ("de", "end", "<h2>Förderung</h2><p>Die Zählung wurde von der Lindqvist-Stiftung gefördert (Projekt LS-3310).</p>",
     ["Die Zählung wurde von der Lindqvist-Stiftung gefördert (Projekt LS-3310)."], [], [], "heading Förderung"),
    ("de", "mid", ('<aside class="infobox"><p><strong>Zum Projekt</strong></p>'
     "<p>Das Monitoring wird vom Landesamt für Gewässer Orrinford mit 48.000 Euro finanziert.</p></aside>"),
     ["Das Monitoring wird vom Landesamt für Gewässer Orrinford mit 48.000 Euro finanziert."], [], [],
     "sidebar box, public office"),
    ("de", "end", ("<h2>Danksagung</h2><p>Wir danken den Fischereivereinen für ihre Hilfe. "
     "Diese Arbeit wurde von der Auenstiftung Nord im Rahmen des Vorhabens AN-2025-61 finanziell unterstützt.</p>"),
     ["Diese Arbeit wurde von der Auenstiftung Nord im Rahmen des Vorhabens AN-2025-61 finanziell unterstützt."],
     ["Wir danken den Fischereivereinen für ihre Hilfe."], [], "Danksagung mixing thanks and support"),
    ("de", "mid", FIG.format("Ein Otter am Wehr. Foto: Lena Brüggemann. Das Projekt wird von der Stiftung Flusslandschaft gefördert."),
     ["Das Projekt wird von der Stiftung Flusslandschaft gefördert."],
     ["Ein Otter am Wehr."], [], "photo credit, funder as its own sentence"),
    ("fr", "end", "<p><strong>Financement :</strong> Cette étude a bénéficié du soutien financier de la Fondation Berthelin (subvention FB-2024-118).</p>",
     ["Cette étude a bénéficié du soutien financier de la Fondation Berthelin (subvention FB-2024-118)."], [], [],
     "run-in label Financement"),
    ("fr", "end", ("<details><summary>Informations sur l'article</summary><p>Publié le 12 mars 2026.</p>"
     "<p>Le projet est cofinancé par l'Union européenne dans le cadre du programme Interreg Tamsel, convention de subvention n° 2025-TAM-044.</p></details>"),
     ["Le projet est cofinancé par l'Union européenne dans le cadre du programme Interreg Tamsel, convention de subvention n° 2025-TAM-044."],
     ["Publié le 12 mars 2026."], [], "collapsed article information, co-financed"),
    ("fr", "end", ("<h2>Financement</h2><p>Ce travail a été financé par l'Agence de l'eau Orrin-Tamsel.</p>"
     "<h2>Conflits d'intérêts</h2><p>Les auteurs déclarent n'avoir aucun conflit d'intérêts.</p>"),
     ["Ce travail a été financé par l'Agence de l'eau Orrin-Tamsel."], [],
     ["Les auteurs déclarent n'avoir aucun conflit d'intérêts."], "heading; competing interests kept"),
    ("es", "end", "<h3>Financiación</h3><p>Este trabajo fue financiado por el Ministerio de Ríos y Costas mediante la ayuda PID2025-55120.</p>",
     ["Este trabajo fue financiado por el Ministerio de Ríos y Costas mediante la ayuda PID2025-55120."], [], [],
     "heading Financiación, ministry"),
    ("es", "mid", FIG.format("Una nutria en el tramo alto. Foto: Lucía Terrén. El proyecto está financiado por la Fundación Aguasclaras."),
     ["El proyecto está financiado por la Fundación Aguasclaras."],
     ["Una nutria en el tramo alto."], [], "photo credit"),
    ("es", "end", ("<p>El censo se realizó con la financiación de la Fundación Riberas Vivas.</p>"
     "<p>Declaración ética: El trabajo de campo fue aprobado por el Comité de Bienestar Animal de la Universidad de Orrinia.</p>"),
     ["El censo se realizó con la financiación de la Fundación Riberas Vivas."], [],
     ["El trabajo de campo fue aprobado por el Comité de Bienestar Animal de la Universidad de Orrinia."],
     "closing sentence; ethics declaration kept"),
    ("it", "end", "<p>Finanziamento: La ricerca è stata sostenuta dalla Fondazione Valmarina con il contributo n. FV-2025-09.</p>",
     ["La ricerca è stata sostenuta dalla Fondazione Valmarina con il contributo n. FV-2025-09."], [], [],
     "run-in label Finanziamento"),
    ("it", "end", TABLE.format("Segni di lontra per tratto") +
     "<p><small>Fonte: rilievi dei volontari. Il censimento è stato finanziato dalla Regione Orrinia, bando Biodiversità 2025.</small></p>",
     ["Il censimento è stato finanziato dalla Regione Orrinia, bando Biodiversità 2025."],
     ["Fonte: rilievi dei volontari."], [], "table note"),
    ("pt", "end", "<p>Este levantamento foi realizado com o apoio financeiro da Fundação Rio Vivo, no âmbito do projeto RV-0923.</p>",
     ["Este levantamento foi realizado com o apoio financeiro da Fundação Rio Vivo, no âmbito do projeto RV-0923."], [], [],
     "with the financial support of"),
    ("pt", "end", "<footer><p>Este trabalho contou com o apoio da Fundação Marés do Norte (bolsa MN-2025-31).</p></footer>",
     ["Este trabalho contou com o apoio da Fundação Marés do Norte (bolsa MN-2025-31)."], [], [],
     "article footer"),
    ("nl", "end", "<h2>Financiering</h2><p>Dit onderzoek werd gefinancierd door het Waterschap Tamseldal en het Van Roggen Fonds.</p>",
     ["Dit onderzoek werd gefinancierd door het Waterschap Tamseldal en het Van Roggen Fonds."], [], [],
     "heading, two funders"),
    ("nl", "mid", "<aside><h4>Over dit project</h4><p>De tellingen zijn mogelijk gemaakt door een bijdrage van de Stichting Oeverleven.</p></aside>",
     ["De tellingen zijn mogelijk gemaakt door een bijdrage van de Stichting Oeverleven."], [], [],
     "sidebar box, made possible by"),
    ("pl", "end", "<h2>Finansowanie</h2><p>Badanie zostało sfinansowane przez Narodowe Centrum Ochrony Rzek w ramach grantu NCOR/2025/41/B.</p>",
     ["Badanie zostało sfinansowane przez Narodowe Centrum Ochrony Rzek w ramach grantu NCOR/2025/41/B."], [], [],
     "heading Finansowanie"),
    ("sv", "end", "<p>Inventeringen har finansierats av Stiftelsen Åmynning (bidrag ÅM-2025-17).</p>",
     ["Inventeringen har finansierats av Stiftelsen Åmynning (bidrag ÅM-2025-17)."], [], [], "closing sentence"),
    ("da", "end", "<details><summary>Om artiklen</summary><p>Undersøgelsen er støttet af Odderfonden med 250.000 kr.</p></details>",
     ["Undersøgelsen er støttet af Odderfonden med 250.000 kr."], [], [], "collapsed article information"),
    ("fi", "end", "<p><strong>Rahoitus:</strong> Tutkimusta rahoitti Saukkojoen säätiö (apuraha SJ-8812).</p>",
     ["Tutkimusta rahoitti Saukkojoen säätiö (apuraha SJ-8812)."], [], [], "run-in label Rahoitus, active voice"),
    ("fi", "end", ("<details><summary>Artikkelin tiedot</summary><p>Julkaistu 3.4.2026.</p>"
     "<p>Hanketta tukee Kalajoen ympäristörahasto avustuksella KR-2025-06.</p></details>"),
     ["Hanketta tukee Kalajoen ympäristörahasto avustuksella KR-2025-06."],
     ["Julkaistu 3.4.2026."], [], "collapsed article information, active voice"),
    ("hu", "end", "<h3>Támogatás</h3><p>A felmérést a Vidravédelmi Alapítvány támogatta a VA-2025/12 számú pályázat keretében.</p>",
     ["A felmérést a Vidravédelmi Alapítvány támogatta a VA-2025/12 számú pályázat keretében."], [], [],
     "heading Támogatás"),
    ("cs", "end", ('<ol class="poznamky"><li>Data ze sčítání v roce 2025.</li>'
     "<li>Výzkum byl podpořen Nadací Tamselského údolí v rámci grantu NTU-2025-03.</li></ol>"),
     ["Výzkum byl podpořen Nadací Tamselského údolí v rámci grantu NTU-2025-03."],
     ["Data ze sčítání v roce 2025."], [], "footnote list"),
    ("cs", "mid", FIG.format("Vydra u jezu. Foto: Jana Kovářová; projekt je financován Nadací Říční krajina."),
     ["Foto: Jana Kovářová; projekt je financován Nadací Říční krajina."],
     ["Vydra u jezu."], [], "photo credit carrying the funder"),
    ("ro", "end", "<p>Finanțare: Studiul a fost finanțat de Fundația Râul Viu prin grantul FRV-2025-77.</p>",
     ["Studiul a fost finanțat de Fundația Râul Viu prin grantul FRV-2025-77."], [], [], "run-in label Finanțare"),
    ("el", "end", "<h2>Χρηματοδότηση</h2><p>Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Ποταμών Όρινφορντ (επιχορήγηση ΙΠΟ-2025-14).</p>",
     ["Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Ποταμών Όρινφορντ (επιχορήγηση ΙΠΟ-2025-14)."], [], [], "heading"),
    ("tr", "end", "<p>Bu araştırma, Su Samuru Koruma Vakfı tarafından SSK-2025-08 numaralı hibe ile desteklenmiştir.</p>",
     ["Bu araştırma, Su Samuru Koruma Vakfı tarafından SSK-2025-08 numaralı hibe ile desteklenmiştir."], [], [],
     "closing sentence"),
    ("tr", "mid", '<aside class="kutu"><p>Proje hakkında</p><p>Sayım çalışması Orrin Belediyesi\'nin mali desteğiyle yürütülmektedir.</p></aside>',
     ["Sayım çalışması Orrin Belediyesi'nin mali desteğiyle yürütülmektedir."], [], [], "sidebar box"),
    ("ru", "end", "<p><b>Финансирование.</b> Исследование выполнено при финансовой поддержке Фонда речных экосистем (грант № 25-14-00871).</p>",
     ["Исследование выполнено при финансовой поддержке Фонда речных экосистем (грант № 25-14-00871)."], [], [],
     "run-in label with a full stop"),
    ("ar", "end", "<h3>التمويل</h3><p>موّل هذا المسح صندوق الأنهار الطبيعية بموجب المنحة رقم 2025-311.</p>",
     ["موّل هذا المسح صندوق الأنهار الطبيعية بموجب المنحة رقم 2025-311."], [], [], "heading, active voice"),
    ("he", "end", "<p>המחקר מומן על ידי קרן נהרות הצפון (מענק מס' 4471).</p>",
     ["המחקר מומן על ידי קרן נהרות הצפון (מענק מס' 4471)."], [], [], "closing sentence"),
    ("hi", "end", "<h3>वित्त पोषण</h3><p>इस सर्वेक्षण को नदी संरक्षण न्यास द्वारा अनुदान संख्या NSN-2025-19 के अंतर्गत वित्त पोषित किया गया।</p>",
     ["इस सर्वेक्षण को नदी संरक्षण न्यास द्वारा अनुदान संख्या NSN-2025-19 के अंतर्गत वित्त पोषित किया गया।"], [], [], "heading"),
    ("id", "end", "<p>Penelitian ini didanai oleh Yayasan Sungai Lestari melalui hibah YSL-2025-05.</p>",
     ["Penelitian ini didanai oleh Yayasan Sungai Lestari melalui hibah YSL-2025-05."], [], [], "closing sentence"),
    ("id", "end", '<p class="sponsor">Didukung oleh Dinas Lingkungan Hidup Kabupaten Orrin.</p>',
     ["Didukung oleh Dinas Lingkungan Hidup Kabupaten Orrin."], [], [], "short sponsor line, named body"),
    ("vi", "end", "<p>Nghiên cứu này được tài trợ bởi Quỹ Bảo tồn Sông Tamsel (mã số QBT-2025-22).</p>",
     ["Nghiên cứu này được tài trợ bởi Quỹ Bảo tồn Sông Tamsel (mã số QBT-2025-22)."], [], [], "closing sentence"),
    ("ja", "end", "<h2>謝辞</h2><p>調査にご協力いただいた漁業者の皆様に感謝します。本研究は川辺環境財団の助成（課題番号KB-2025-07）を受けて実施された。</p>",
     ["本研究は川辺環境財団の助成（課題番号KB-2025-07）を受けて実施された。"],
     ["調査にご協力いただいた漁業者の皆様に感謝します。"], [], "acknowledgements mixing thanks and a grant"),
    ("ja", "mid", TABLE.format("区間別の痕跡数") + '<p class="note">注：数値はボランティアによる記録。本調査はオリンフォード市の補助金を受けて行われた。</p>',
     ["本調査はオリンフォード市の補助金を受けて行われた。"],
     ["注：数値はボランティアによる記録。"], [], "table note"),
    ("zh", "end", "<h3>基金项目</h3><p>本研究由河流生态基金会资助（项目编号：HL2025-036）。</p>",
     ["本研究由河流生态基金会资助（项目编号：HL2025-036）。"], [], [], "heading 基金项目"),
    ("zh", "mid", FIG.format("上游河段的一只水獭。摄影：林晓。本项目由清溪自然基金会资助。"),
     ["本项目由清溪自然基金会资助。"], ["上游河段的一只水獭。"], [], "photo credit"),
    ("ko", "end", "<p>이 연구는 하천생태재단의 지원을 받아 수행되었다(과제번호 HS-2025-12).</p>",
     ["이 연구는 하천생태재단의 지원을 받아 수행되었다(과제번호 HS-2025-12)."], [], [], "closing sentence"),
]

# (lang, place, html, note)
NEGATIVE = [
    ("en", "mid", FIG.format("Orrinford United celebrate promotion. With the support of the fans, the club filled its ground all season."),
     "caption: support of the fans"),
    ("en", "mid", '<aside class="ad"><p>Advertisement</p><p>Waterproof binoculars from Kestrel Optics, now 20% off.</p></aside>',
     "sidebar advert"),
    ("en", "end", ("<p>Otter numbers fell sharply in the 1970s.<sup>1</sup></p>"
     '<ol class="footnotes"><li>Northern Otter Trust, Funding for river conservation 2020-2025, report, 2025.</li></ol>'),
     "footnote citing a funding report as a source"),
    ("en", "end", "<p>The county council announced last week that it will spend 2.3 million pounds on new fish passes along the river.</p>",
     "public money as news"),
    ("en", "end", "<p>At a public meeting, a majority of residents voted in support of a ban on night fishing.</p>",
     "vote of support"),
    ("en", "end", "<p>The claim that mink drove the otters away is not supported by the evidence, the volunteers say.</p>",
     "supported by the evidence"),
    ("en", "end", "<p>Thank you to all our readers who sent in otter sightings this year.</p>", "thanks to readers"),
    ("en", "after", '<aside class="donate"><h3>Support our journalism</h3><p>Our reporting is funded by readers like you. Give from 3 pounds a month.</p></aside>',
     "donate box, supported by readers"),
    ("en", "end", "<p>Meanwhile, the river-sensor start-up Sondwise raised 4 million dollars in a seed round led by Halden Ventures.</p>",
     "investment round"),
    ("en", "end", "<p>Separately, the neighbouring town of Kettlewick received a 90,000-pound grant from the Heritage Fund to repair its bridge.</p>",
     "grant as news about someone else"),
    ("en", "end", "<p>The sightings app runs on Android 12 and later; older phones are not supported.</p>", "supported devices"),
    ("en", "end", "<p>The local rowing club has signed a new shirt sponsor, the brewery Hollin and Sons.</p>", "sport sponsorship"),
    ("en", "mid", FIG.format("A spraint on a stone below the weir. Photo: Mira Hallett / Tamsel Otter Group."), "photo credit without a funder"),
    ("en", "end", "<p>We may earn a commission when you buy through links on this page.</p>", "affiliate notice"),
    ("en", "end", ("<details><summary>Article information</summary><p>Published 2 May 2026. Updated 3 May 2026.</p>"
     "<p>Correction: an earlier version of this article misstated the length of the river.</p></details>"),
     "collapsed article information without funding"),
    ("en", "end", "<p>The Pellam Foundation said on Monday that it will award twelve grants to river projects across the region next spring.</p>",
     "grants announced as news"),
    ("en", "mid", TABLE.format("Otter signs per stretch") + '<p class="table-note">Source: Tamsel Otter Group; Regional grants report 2025.</p>',
     "table note citing a grants report"),
    ("de", "mid", '<aside class="anzeige"><p>Anzeige</p><p>Wathosen von Fluss und Ufer, jetzt im Angebot.</p></aside>', "sidebar advert"),
    ("de", "end", "<p>Der Kreistag hat für das kommende Jahr 1,2 Millionen Euro für den Hochwasserschutz bewilligt.</p>", "public money as news"),
    ("de", "end", "<p>Schülerinnen der Förderschule am Mühlbach haben Hinweisschilder für das Ufer gebaut.</p>", "Förderschule"),
    ("de", "end", "<p>Der Sportverein Orrinford hat mit einer Sparkasse einen neuen Sponsorenvertrag unterzeichnet.</p>", "sport sponsorship"),
    ("fr", "mid", FIG.format("Avec le soutien des supporters, l'équipe locale a remporté la coupe."), "caption: support of the fans"),
    ("fr", "end", "<p>Le budget de la commune pour l'entretien des berges s'élève à 300 000 euros cette année.</p>", "budget"),
    ("fr", "end", "<p>Merci à tous nos lecteurs pour leur fidélité.</p>", "thanks to readers"),
    ("es", "end", "<p>La empresa Aquasens cerró una ronda de inversión de 3 millones de euros.</p>", "investment round"),
    ("es", "end", "<p>El pleno municipal apoyó por unanimidad la propuesta de crear una reserva fluvial.</p>", "vote of support"),
    ("it", "end", ("<p>Le lontre erano scomparse negli anni Settanta.<sup>1</sup></p>"
     '<ol class="note"><li>Fondazione Valdarno, Rapporto sui finanziamenti alla biodiversità 2024.</li></ol>'),
     "footnote citing a funding report"),
    ("it", "end", "<p>Il comune ha stanziato 50.000 euro per nuovi cartelli lungo il fiume.</p>", "public money as news"),
    ("pt", "after", "<aside><h3>Apoie o jornalismo local</h3><p>Faça uma doação e ajude-nos a continuar.</p></aside>", "donate box"),
    ("pt", "end", "<p>A aplicação de registo é compatível com iOS 16 ou superior.</p>", "supported versions"),
    ("nl", "end", "<p>De voetbalclub uit Orrinford heeft een nieuwe hoofdsponsor: het energiebedrijf Voltmeer.</p>", "sport sponsorship"),
    ("nl", "end", "<p>Wij danken iedereen die meetelde tijdens de ottertelling.</p>", "general thanks"),
    ("pl", "end", "<p>Sąsiednia gmina otrzymała dotację w wysokości 200 tys. zł na budowę ścieżki rowerowej.</p>", "grant as news about someone else"),
    ("sv", "mid", FIG.format("Med stöd från publiken vann laget finalen."), "caption: support of the crowd"),
    ("da", "end", "<p>Kommunen har afsat 1,5 mio. kr. til nye stier langs åen.</p>", "budget"),
    ("fi", "end", "<p>Kunnanvaltuusto tuki yksimielisesti uuden luonnonsuojelualueen perustamista.</p>", "vote of support"),
    ("hu", "end", "<p>A város idei költségvetése 80 millió forintot irányoz elő a folyópart rendbetételére.</p>", "budget"),
    ("cs", "mid", '<aside class="reklama"><p>Reklama</p><p>Rybářské potřeby Hastrman, sleva 15 procent.</p></aside>', "sidebar advert"),
    ("ro", "end", "<p>Consiliul județean a aprobat un buget de 2 milioane de lei pentru diguri.</p>", "budget"),
    ("el", "end", "<p>Ο ισχυρισμός ότι τα βιζόν έδιωξαν τις βίδρες δεν υποστηρίζεται από τα στοιχεία, λένε οι εθελοντές.</p>",
     "not supported by the evidence"),
    ("tr", "end", "<p>Orrin Spor, yeni sezonda bir enerji şirketiyle sponsorluk anlaşması imzaladı.</p>", "sport sponsorship"),
    ("ru", "end", "<p>Приложение для наблюдений поддерживает Android 11 и новее.</p>", "supported versions"),
    ("ar", "after", "<aside><h3>ادعم صحافتنا</h3><p>تبرع الآن لدعم الصحافة المستقلة.</p></aside>", "donate box"),
    ("he", "end", "<p>תודה לכל הקוראים ששלחו תצפיות.</p>", "thanks to readers"),
    ("hi", "end", "<p>राज्य सरकार ने पड़ोसी जिले में नए पुल के लिए 5 करोड़ रुपये मंजूर किए।</p>", "public money as news"),
    ("id", "end", "<p>Perusahaan rintisan AirPantau memperoleh pendanaan seri A senilai 2 juta dolar.</p>", "investment round"),
    ("vi", "end", "<p>Hội đồng thành phố đã bỏ phiếu ủng hộ kế hoạch nạo vét sông.</p>", "vote of support"),
    ("ja", "mid", TABLE.format("区間別の痕跡数") + '<p class="note">出典：河川保全財団「助成事業報告書2024」。</p>',
     "table note citing a grants report"),
    ("zh", "end", "<p>该观测应用支持安卓10及以上版本。</p>", "supported versions"),
    ("ko", "end", "<p>오린 FC는 새 시즌 유니폼 스폰서로 지역 은행과 계약했다.</p>", "sport sponsorship"),
]


def page(lang: str, place: str, html: str) -> str:
    title, story, section, site = PAGES[lang]
    return story_page(lang, title, story, place, html, section=section, site=site)


def cases() -> dict[str, tuple[str, dict]]:
    """The pages by id with their labels."""
    return story_cases("r51-", REAL, NEGATIVE, page)


def main() -> None:
    write_corpus(HERE, cases())


if __name__ == "__main__":
    main()
