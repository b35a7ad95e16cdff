"""Builds held-out funding round 36 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the studies, funders, museums, podcasts, grant numbers and people do
not exist. Written from the definition of `funding` before the detector's code was read, in shapes
the older probes lack: a support line in a figure caption or a table note, "Disclosure:" boxes,
grant numbers alone, press-release "The study was funded by", a podcast's "this episode is
sponsored by", an exhibition's "made possible by", acknowledgements as a list, statements inside
<details> or a dialog, and a statement split by <br>. Half are hard negatives: news about grants and
budgets, "funded" in other senses, crowdfunding reports, supported devices, job ads, donation
appeals, "sponsored" ad labels, general thanks, software versions "supported by".

usage: python benchmarks/funding-round36/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# A short report per language (old maps of a river restored), that the cases' HTML is put into.
STORY = {
    "en": ["Conservators have restored a set of hand-drawn river maps that had been rolled up in a cellar for more than a century.",
           "The maps show the old course of the river before it was straightened, with mills, fords and ferry landings marked in ink.",
           "Visitors will be able to compare them with satellite images on touch screens placed beside each sheet."],
    "de": ["Restauratorinnen haben eine Reihe handgezeichneter Flusskarten wiederhergestellt, die über hundert Jahre aufgerollt in einem Keller lagen.",
           "Die Karten zeigen den alten Lauf des Flusses vor seiner Begradigung, mit Mühlen, Furten und Fähranlegern in Tinte.",
           "Besucher können sie an Bildschirmen neben jedem Blatt mit Satellitenbildern vergleichen."],
    "fr": ["Des restaurateurs ont remis en état une série de cartes fluviales dessinées à la main, restées roulées dans une cave pendant plus d'un siècle.",
           "Les cartes montrent l'ancien cours de la rivière avant sa rectification, avec les moulins, les gués et les bacs tracés à l'encre.",
           "Les visiteurs pourront les comparer à des images satellite sur des écrans tactiles placés à côté de chaque feuille."],
    "es": ["Un equipo de restauradores ha recuperado una serie de mapas fluviales dibujados a mano que pasaron más de un siglo enrollados en un sótano.",
           "Los mapas muestran el antiguo cauce del río antes de su canalización, con molinos, vados y embarcaderos trazados en tinta.",
           "Los visitantes podrán compararlos con imágenes de satélite en pantallas táctiles situadas junto a cada hoja."],
    "it": ["Un gruppo di restauratori ha recuperato una serie di mappe fluviali disegnate a mano rimaste arrotolate in una cantina per oltre un secolo.",
           "Le mappe mostrano il vecchio corso del fiume prima della rettifica, con mulini, guadi e approdi dei traghetti segnati a inchiostro.",
           "I visitatori potranno confrontarle con immagini satellitari su schermi tattili accanto a ogni foglio."],
    "pt": ["Uma equipa de restauradores recuperou um conjunto de mapas fluviais desenhados à mão que passaram mais de um século enrolados numa cave.",
           "Os mapas mostram o antigo curso do rio antes da retificação, com moinhos, vaus e cais de barcas marcados a tinta.",
           "Os visitantes poderão compará-los com imagens de satélite em ecrãs táteis colocados junto de cada folha."],
    "nl": ["Restauratoren hebben een reeks handgetekende rivierkaarten hersteld die meer dan een eeuw opgerold in een kelder lagen.",
           "De kaarten tonen de oude loop van de rivier voor de kanalisatie, met molens, voorden en veerstoepen in inkt.",
           "Bezoekers kunnen ze op aanraakschermen naast elk blad vergelijken met satellietbeelden."],
    "pl": ["Konserwatorzy odnowili zbiór ręcznie rysowanych map rzeki, które przez ponad sto lat leżały zwinięte w piwnicy.",
           "Mapy pokazują dawny bieg rzeki przed jej wyprostowaniem, z młynami, brodami i przystaniami promów zaznaczonymi atramentem.",
           "Zwiedzający będą mogli porównać je ze zdjęciami satelitarnymi na ekranach dotykowych obok każdego arkusza."],
    "sv": ["Konservatorer har restaurerat en serie handritade flodkartor som legat ihoprullade i en källare i över hundra år.",
           "Kartorna visar flodens gamla lopp innan den rätades ut, med kvarnar, vadställen och färjelägen utritade med bläck.",
           "Besökare kan jämföra dem med satellitbilder på pekskärmar bredvid varje blad."],
    "ru": ["Реставраторы восстановили серию рисованных от руки карт реки, которые больше века пролежали свёрнутыми в подвале.",
           "На картах показано старое русло реки до спрямления, с мельницами, бродами и паромными переправами, нанесёнными чернилами.",
           "Посетители смогут сравнить их со спутниковыми снимками на сенсорных экранах рядом с каждым листом."],
    "ja": ["修復家たちは、百年以上地下室で巻かれたままになっていた手描きの河川地図一式を修復した。",
           "地図には直線化される前の川の旧流路が描かれ、水車小屋や浅瀬、渡し場がインクで記されている。",
           "来館者は各図の横に置かれたタッチスクリーンで衛星画像と見比べることができる。"],
    "zh": ["修复人员修复了一套手绘河流地图，这些地图在地下室里卷放了一百多年。",
           "地图展示了河道截弯取直之前的旧河道，用墨水标出了磨坊、浅滩和渡口。",
           "参观者可以在每张地图旁的触摸屏上将其与卫星图像进行对比。"],
    "tr": ["Restoratörler, bir bodrumda yüz yıldan fazla rulo hâlinde duran elle çizilmiş nehir haritalarını onardı.",
           "Haritalar, nehrin düzeltilmeden önceki eski yatağını, değirmenleri, sığ geçitleri ve iskeleleri mürekkeple gösteriyor.",
           "Ziyaretçiler haritaları her sayfanın yanındaki dokunmatik ekranlarda uydu görüntüleriyle karşılaştırabilecek."],
}

TITLES = {
    "en": "Old river maps restored", "de": "Alte Flusskarten restauriert", "fr": "De vieilles cartes fluviales restaurées",
    "es": "Restaurados unos antiguos mapas del río", "it": "Restaurate le antiche mappe del fiume",
    "pt": "Antigos mapas do rio restaurados", "nl": "Oude rivierkaarten hersteld", "pl": "Odnowiono stare mapy rzeki",
    "sv": "Gamla flodkartor restaurerade", "ru": "Старые карты реки восстановлены", "ja": "古い河川地図を修復",
    "zh": "旧河流地图修复完成", "tr": "Eski nehir haritaları onarıldı",
}


def section(heading: str, *paragraphs: str) -> str:
    return f"<h2>{heading}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)


def figure(caption: str) -> str:
    return f'<figure><img src="/img/sheet-4.jpg" alt=""><figcaption>{caption}</figcaption></figure>'


# Where a case's HTML goes: "mid" between the story's first and second paragraphs, "end" after
# the story inside the article, "after" after the article element (inside <main>), "own" in place
# of the story (the case's HTML is the whole article body).
#
# Real cases: (lang, place, html, funding statements, not_funding, must_keep_in_body, note)
REAL = [
    ("en", "mid", figure("Sheet 4 of the river survey after cleaning. The restoration was funded by the Harrowgate Paper Trust (grant HPT-2207)."),
     ["The restoration was funded by the Harrowgate Paper Trust (grant HPT-2207)."], [], [], "figure caption"),
    ("de", "end", "<table><tr><th>Blatt</th><th>Jahr</th></tr><tr><td>1</td><td>1841</td></tr><tr><td>2</td><td>1843</td></tr></table>"
                  "<p><small>Anmerkung: Die Digitalisierung wurde von der Stiftung Papierkunst Nord gefördert (Förderkennzeichen SPN-0381).</small></p>",
     ["Die Digitalisierung wurde von der Stiftung Papierkunst Nord gefördert (Förderkennzeichen SPN-0381)."], [], [], "table note"),
    ("en", "end", '<div class="disclosure"><p><strong>Disclosure:</strong> This project received financial support from the Orrin Heritage Fund.</p></div>',
     ["This project received financial support from the Orrin Heritage Fund."], [], [], "Disclosure box"),
    ("en", "end", section("Funding", "Grant No. RMC-4410-B"),
     ["Grant No. RMC-4410-B"], [], [], "grant number alone under a heading"),
    ("en", "end", "<p><em>The study was funded by the Caldmoor Institute for Archives and the Lewin Foundation.</em></p>"
                  "<p><strong>About the Caldmoor Institute</strong><br>The institute looks after regional archives.</p>",
     ["The study was funded by the Caldmoor Institute for Archives and the Lewin Foundation."], [], [], "press release boilerplate"),
    ("en", "own", "<p>In this episode we talk to a map conservator about ink, damp and patience.</p>"
                  "<p>She explains why rolled maps crack and how they are slowly relaxed in a humid chamber.</p>"
                  "<p>This episode is sponsored by the Tessel Society for Cartography.</p>",
     ["This episode is sponsored by the Tessel Society for Cartography."], [], [], "podcast episode sponsor"),
    ("en", "own", "<p>The exhibition gathers forty river maps drawn between 1790 and 1880.</p>"
                  "<p>Each sheet is shown beside a modern satellite image of the same stretch of water.</p>"
                  "<p>The exhibition is made possible by the Wendel Family Foundation and the Friends of the Map Room.</p>",
     ["The exhibition is made possible by the Wendel Family Foundation and the Friends of the Map Room."], [], [], "exhibition made possible by"),
    ("en", "end", "<h2>Acknowledgements</h2><ul><li>We thank the cellar owners for letting us in.</li>"
                  "<li>This work was supported by the Pennick Archive Grant (PAG-77).</li><li>We thank J. Ross for photographs.</li></ul>",
     ["This work was supported by the Pennick Archive Grant (PAG-77)."], ["We thank the cellar owners"], [], "acknowledgements as a list"),
    ("en", "end", "<details><summary>Funding</summary><p>This research was supported by the Marlow Council for the Humanities (award MCH-519).</p></details>",
     ["This research was supported by the Marlow Council for the Humanities (award MCH-519)."], [], [], "details"),
    ("en", "end", "<p>This work was supported by<br>the Fenwick Trust for Rivers<br>under grant FTR-88.</p>",
     ["This work was supported by the Fenwick Trust for Rivers under grant FTR-88."], [], [], "split by br"),
    ("fr", "mid", figure("Feuille 4 après nettoyage. La restauration a été financée par la Fondation Cartes et Patrimoine (convention FCP-1120)."),
     ["La restauration a été financée par la Fondation Cartes et Patrimoine (convention FCP-1120)."], [], [], "figure caption"),
    ("fr", "end", section("Financement", "Subvention n° ANR-PAP-2231"),
     ["Subvention n° ANR-PAP-2231"], [], [], "grant number alone"),
    ("es", "end", "<p><strong>Declaración:</strong> Este proyecto recibió financiación de la Fundación Agua y Memoria (ayuda AYM-334).</p>",
     ["Este proyecto recibió financiación de la Fundación Agua y Memoria (ayuda AYM-334)."], [], [], "disclosure label"),
    ("es", "own", "<p>En este episodio hablamos con una restauradora sobre tintas, humedad y paciencia.</p>"
                  "<p>Nos cuenta por qué se agrietan los mapas enrollados y cómo se relajan en una cámara húmeda.</p>"
                  "<p>Este episodio está patrocinado por la Sociedad Cartográfica del Sur.</p>",
     ["Este episodio está patrocinado por la Sociedad Cartográfica del Sur."], [], [], "podcast sponsor"),
    ("it", "end", "<h2>Ringraziamenti</h2><ul><li>Ringraziamo i proprietari della cantina.</li>"
                  "<li>Il lavoro è stato finanziato dalla Fondazione Carte Antiche (progetto FCA-904).</li></ul>",
     ["Il lavoro è stato finanziato dalla Fondazione Carte Antiche (progetto FCA-904)."], ["Ringraziamo i proprietari"], [], "acknowledgements list"),
    ("it", "own", "<p>La mostra riunisce quaranta mappe fluviali disegnate tra il 1790 e il 1880.</p>"
                  "<p>Ogni foglio è esposto accanto a un'immagine satellitare dello stesso tratto di fiume.</p>"
                  "<p>La mostra è resa possibile grazie al sostegno della Fondazione Riva Alta.</p>",
     ["La mostra è resa possibile grazie al sostegno della Fondazione Riva Alta."], [], [], "exhibition made possible"),
    ("pt", "end", "<details><summary>Financiamento</summary><p>Este trabalho foi financiado pela Fundação Rio e Papel (projeto FRP-612).</p></details>",
     ["Este trabalho foi financiado pela Fundação Rio e Papel (projeto FRP-612)."], [], [], "details"),
    ("pt", "end", "<p><em>O estudo foi financiado pelo Instituto de Arquivos do Norte.</em></p>",
     ["O estudo foi financiado pelo Instituto de Arquivos do Norte."], [], [], "press line"),
    ("nl", "end", "<p>Dit project werd mogelijk gemaakt door<br>het Fonds Oude Kaarten<br>(subsidie FOK-219).</p>",
     ["Dit project werd mogelijk gemaakt door het Fonds Oude Kaarten (subsidie FOK-219)."], [], [], "split by br"),
    ("nl", "end", "<table><tr><th>Blad</th><th>Jaar</th></tr><tr><td>1</td><td>1841</td></tr></table>"
                  "<p><small>De restauratie werd gefinancierd door de Stichting Rivierarchief.</small></p>",
     ["De restauratie werd gefinancierd door de Stichting Rivierarchief."], [], [], "table note"),
    ("pl", "end", section("Finansowanie", "Projekt sfinansowano ze środków Fundacji Dawnych Map (grant FDM-515)."),
     ["Projekt sfinansowano ze środków Fundacji Dawnych Map (grant FDM-515)."], [], [], "heading"),
    ("pl", "mid", figure("Arkusz 4 po oczyszczeniu. Konserwację sfinansowała Fundacja Papier i Rzeka."),
     ["Konserwację sfinansowała Fundacja Papier i Rzeka."], [], [], "caption"),
    ("sv", "end", section("Finansiering", "Projektet finansierades av Stiftelsen Gamla Kartor (bidrag SGK-301)."),
     ["Projektet finansierades av Stiftelsen Gamla Kartor (bidrag SGK-301)."], [], [], "heading"),
    ("sv", "own", "<p>Utställningen visar fyrtio flodkartor ritade mellan 1790 och 1880.</p>"
                  "<p>Varje blad visas bredvid en satellitbild av samma sträcka.</p>"
                  "<p>Utställningen har möjliggjorts med stöd från Stiftelsen Älvarkivet.</p>",
     ["Utställningen har möjliggjorts med stöd från Stiftelsen Älvarkivet."], [], [], "exhibition"),
    ("ru", "end", section("Финансирование", "Работа выполнена при поддержке Фонда старых карт (грант № ФСК-2231)."),
     ["Работа выполнена при поддержке Фонда старых карт (грант № ФСК-2231)."], [], [], "heading"),
    ("ru", "end", section("Благодарности", "Авторы благодарят владельцев подвала за помощь.",
                          "Исследование финансировалось Фондом речных архивов."),
     ["Исследование финансировалось Фондом речных архивов."], ["Авторы благодарят владельцев подвала"], [], "thanks + funding"),
    ("ja", "end", section("謝辞", "本研究はJSPS科研費 JP21K00123 の助成を受けたものです。"),
     ["本研究はJSPS科研費 JP21K00123 の助成を受けたものです。"], [], [], "kakenhi"),
    ("ja", "mid", figure("清掃後の第4図。修復は河川文化財団の助成を受けて行われた。"),
     ["修復は河川文化財団の助成を受けて行われた。"], [], [], "caption"),
    ("zh", "end", section("基金项目", "国家社会科学基金项目（项目编号：21BZS045）"),
     ["国家社会科学基金项目（项目编号：21BZS045）"], [], [], "grant number heading"),
    ("zh", "end", "<p>本项目得到河流档案基金会的资助。</p>",
     ["本项目得到河流档案基金会的资助。"], [], [], "closing line"),
    ("tr", "end", section("Finansman", "Bu çalışma Eski Haritalar Vakfı tarafından desteklenmiştir (proje no. EHV-118)."),
     ["Bu çalışma Eski Haritalar Vakfı tarafından desteklenmiştir (proje no. EHV-118)."], [], [], "heading"),
    ("tr", "end", section("Teşekkür", "Bodrum sahiplerine yardımları için teşekkür ederiz.",
                          "Bu proje TÜBİTAK tarafından 121K456 numaralı proje kapsamında desteklenmiştir."),
     ["Bu proje TÜBİTAK tarafından 121K456 numaralı proje kapsamında desteklenmiştir."], ["Bodrum sahiplerine"], [], "thanks + grant"),
    ("de", "end", '<dialog open><p>Dieses Projekt wurde gefördert durch die Kulturstiftung Flussland.</p></dialog>',
     ["Dieses Projekt wurde gefördert durch die Kulturstiftung Flussland."], [], [], "dialog"),
    ("de", "own", "<p>In dieser Folge sprechen wir mit einer Restauratorin über Tinte, Feuchtigkeit und Geduld.</p>"
                  "<p>Sie erklärt, warum gerollte Karten brechen und wie man sie langsam glättet.</p>"
                  "<p>Diese Folge wird unterstützt von der Gesellschaft für Kartengeschichte.</p>",
     ["Diese Folge wird unterstützt von der Gesellschaft für Kartengeschichte."], [], [], "podcast support"),
]

# Hard negatives: (lang, place, html, note)
NEGATIVE = [
    ("en", "mid", "<p>The city council approved a grant of 40,000 pounds for the county archive last year, the mayor said.</p>", "news about a grant"),
    ("en", "mid", "<p>The ministry's budget for museums was cut by four percent, and several archives are now funded by ticket sales alone.</p>", "budget news"),
    ("en", "mid", "<p>A crowdfunding campaign by local residents raised 12,000 euros in three weeks to buy the first sheet back from a dealer.</p>", "crowdfunding report"),
    ("en", "end", "<h2>Supported devices</h2><ul><li>iPad (9th generation) and later</li><li>Android tablets with Android 12</li></ul>", "supported devices"),
    ("en", "after", "<h2>Jobs</h2><p>We are hiring a paper conservator for a fully funded two-year position. Apply by 1 May.</p>", "job ad"),
    ("en", "after", '<div class="donate"><p>Our work depends on you. Your donation supports the care of old maps. Donate today.</p></div>', "donation appeal"),
    ("en", "after", '<div class="ad"><span>Sponsored</span><p>Frame your favourite map with Glassline frames. 20% off.</p></div>', "sponsored ad label"),
    ("en", "end", "<p>We thank everyone who visited the cellar, and all our readers for their support over the years.</p>", "general thanks"),
    ("en", "end", "<h2>Requirements</h2><p>The viewer is supported by Firefox 115 and Chrome 120 or later.</p>", "software versions"),
    ("en", "mid", "<p>The mill owners who funded the straightening in 1850 hoped to win faster water for their wheels.</p>", "funded in a historical story"),
    ("de", "mid", "<p>Der Stadtrat hat im vergangenen Jahr 40.000 Euro Fördermittel für das Kreisarchiv bewilligt.</p>", "news about Fördermittel"),
    ("de", "after", '<div class="anzeige"><span>Anzeige</span><p>Rahmen Sie Ihre Lieblingskarte mit Glasrahmen. 20 % Rabatt.</p></div>', "Anzeige label"),
    ("de", "end", "<h2>Systemvoraussetzungen</h2><p>Die App wird von iOS 16 und Android 13 unterstützt.</p>", "supported versions"),
    ("fr", "mid", "<p>La région a accordé une subvention de 50 000 euros aux archives départementales, a indiqué le président.</p>", "news about a subvention"),
    ("fr", "after", "<div><p>Faites un don : votre soutien finance la conservation des cartes anciennes.</p></div>", "donation appeal"),
    ("es", "mid", "<p>Una campaña de micromecenazgo de los vecinos recaudó 12.000 euros para recomprar la primera hoja.</p>", "crowdfunding"),
    ("es", "after", "<h2>Empleo</h2><p>Buscamos restaurador de papel para un puesto financiado durante dos años.</p>", "job ad"),
    ("it", "mid", "<p>Il comune ha stanziato 40.000 euro per l'archivio provinciale, ha detto il sindaco.</p>", "budget news"),
    ("it", "end", "<p>Grazie a tutti i lettori per il sostegno e a chi ha visitato la cantina.</p>", "general thanks"),
    ("pt", "mid", "<p>O orçamento do ministério para museus foi cortado e vários arquivos são agora financiados apenas pela bilheteira.</p>", "budget news"),
    ("pt", "end", "<h2>Dispositivos compatíveis</h2><p>A aplicação é suportada pelo Android 12 ou superior.</p>", "supported devices"),
    ("nl", "mid", "<p>De gemeente kende vorig jaar een subsidie van 40.000 euro toe aan het streekarchief.</p>", "subsidie news"),
    ("nl", "after", '<div class="ad"><span>Gesponsord</span><p>Lijst uw kaart in met Glaslijn. 20% korting.</p></div>', "gesponsord label"),
    ("pl", "mid", "<p>Rada miasta przyznała w zeszłym roku 40 tys. zł dotacji na archiwum powiatowe.</p>", "dotacja news"),
    ("pl", "after", "<h2>Praca</h2><p>Zatrudnimy konserwatora papieru na stanowisko finansowane przez dwa lata.</p>", "job ad"),
    ("sv", "mid", "<p>En insamling bland invånarna samlade in 120 000 kronor för att köpa tillbaka det första bladet.</p>", "crowdfunding"),
    ("sv", "end", "<p>Tack till alla läsare för ert stöd genom åren.</p>", "general thanks"),
    ("ru", "mid", "<p>Городской совет выделил в прошлом году 4 млн рублей на областной архив, сообщил мэр.</p>", "budget news"),
    ("ru", "after", '<div class="ad"><span>Реклама</span><p>Оформите карту в рамку со скидкой 20%.</p></div>', "ad label"),
    ("ja", "mid", "<p>市議会は昨年、県立文書館に400万円の補助金を交付すると決めた。</p>", "grant news"),
    ("ja", "end", "<h2>対応機種</h2><p>本アプリはiOS 16以降に対応しています。</p>", "supported devices"),
    ("zh", "mid", "<p>市政府去年拨款40万元用于修缮县档案馆，市长表示。</p>", "budget news"),
    ("zh", "after", '<div class="ad"><span>广告</span><p>为您的地图配上玻璃画框，八折优惠。</p></div>', "ad label"),
    ("tr", "mid", "<p>Belediye meclisi geçen yıl il arşivine 400 bin lira hibe verdi.</p>", "grant news"),
    ("tr", "after", "<div><p>Bağış yapın: desteğiniz eski haritaların korunmasını sağlıyor.</p></div>", "donation appeal"),
]


def page(lang: str, place: str, html: str) -> str:
    return story_page(lang, TITLES[lang], STORY[lang], place, html, section="Culture", site="Example Courier")


def cases() -> dict[str, tuple[str, dict]]:
    """The pages by id with their labels."""
    return story_cases("r", REAL, NEGATIVE, page)


def main() -> None:
    write_corpus(HERE, cases())


if __name__ == "__main__":
    main()
