"""Builds held-out funding round 46 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the study, towns, funders, grant numbers and people do not exist.
Written by a helper from the definition of `funding` alone, without reading the detector's code or
the earlier rounds' cases: a report on fog nets on the cliffs of one invented coastal town, in 23
languages, with real statements (closing "funded by" sentences in passive and active voice, run-in
labels, headings, acknowledgements that mix thanks and a grant, "grant agreement No", "made possible
by", "with the financial support of", co-financed notices, event sponsors, a journalism grant in an
article footer, footnotes, asides, a <details> widget; seven with a competing-interest declaration
the body must keep) and hard negatives (public money and grants as news about others, "supported"
as a vote or by the evidence, sport sponsorship, supported app versions, ad labels, donation boxes,
general thanks to readers, investment rounds, budgets, a scholarship).

usage: python benchmarks/funding-round46/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import html as htmllib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# fd46: held-out cases for the `funding` field. All names, funders, grant numbers invented.
# Topic in every language: fog nets on the cliffs of the invented coastal town of Dunmarrow.
# Convention: for run-in labels / headings ("Funding", "Förderung:", <h3>Financiación</h3>) the
# statement listed is the sentence after the label, without the label itself; footnote markers are
# likewise not part of the listed statement. In acknowledgement paragraphs that mix thanks and a
# grant, only the grant sentence is listed; the thanks sentence is listed nowhere (it may
# legitimately travel with the section).

STORY = {
    "en": [
        "Mesh nets strung along the cliffs above Dunmarrow collected an average of nine litres of water per square metre on foggy days, a three-year study has found.",
        "The researchers compared twelve net designs and measured wind speed, droplet size and temperature every ten minutes.",
        "Nets with a double layer of fine polyester mesh caught the most water, especially in early summer.",
    ],
    "de": [
        "Netze an den Klippen über Dunmarrow haben an Nebeltagen durchschnittlich neun Liter Wasser pro Quadratmeter gesammelt, wie eine dreijährige Studie zeigt.",
        "Die Forschenden verglichen zwölf Netzformen und maßen alle zehn Minuten Windgeschwindigkeit, Tröpfchengröße und Temperatur.",
        "Doppellagige Netze aus feinem Polyestergewebe fingen das meiste Wasser, vor allem im Frühsommer.",
    ],
    "fr": [
        "Des filets tendus sur les falaises de Dunmarrow ont recueilli en moyenne neuf litres d'eau par mètre carré les jours de brouillard, selon une étude de trois ans.",
        "Les chercheurs ont comparé douze modèles de filets et mesuré toutes les dix minutes la vitesse du vent, la taille des gouttelettes et la température.",
        "Les filets à double couche de maille fine en polyester ont capté le plus d'eau, surtout au début de l'été.",
    ],
    "es": [
        "Las redes tendidas en los acantilados de Dunmarrow recogieron una media de nueve litros de agua por metro cuadrado en los días de niebla, según un estudio de tres años.",
        "Los investigadores compararon doce diseños de red y midieron cada diez minutos la velocidad del viento, el tamaño de las gotas y la temperatura.",
        "Las redes de doble capa de malla fina de poliéster captaron más agua, sobre todo a principios del verano.",
    ],
    "it": [
        "Le reti tese sulle scogliere di Dunmarrow hanno raccolto in media nove litri d'acqua per metro quadrato nei giorni di nebbia, secondo uno studio durato tre anni.",
        "I ricercatori hanno confrontato dodici tipi di rete e misurato ogni dieci minuti la velocità del vento, la dimensione delle goccioline e la temperatura.",
        "Le reti a doppio strato in maglia fine di poliestere hanno catturato più acqua, soprattutto all'inizio dell'estate.",
    ],
    "pt": [
        "Redes esticadas nas falésias de Dunmarrow recolheram em média nove litros de água por metro quadrado nos dias de nevoeiro, segundo um estudo de três anos.",
        "Os investigadores compararam doze modelos de rede e mediram a cada dez minutos a velocidade do vento, o tamanho das gotículas e a temperatura.",
        "As redes de camada dupla em malha fina de poliéster captaram mais água, sobretudo no início do verão.",
    ],
    "nl": [
        "Netten langs de kliffen boven Dunmarrow vingen op mistige dagen gemiddeld negen liter water per vierkante meter op, blijkt uit een driejarig onderzoek.",
        "De onderzoekers vergeleken twaalf soorten netten en maten elke tien minuten de windsnelheid, de druppelgrootte en de temperatuur.",
        "Netten met een dubbele laag fijn polyestergaas vingen het meeste water, vooral in de vroege zomer.",
    ],
    "pl": [
        "Siatki rozpięte na klifach nad Dunmarrow zbierały w mgliste dni średnio dziewięć litrów wody na metr kwadratowy – wynika z trzyletniego badania.",
        "Naukowcy porównali dwanaście rodzajów siatek i co dziesięć minut mierzyli prędkość wiatru, wielkość kropel oraz temperaturę.",
        "Najwięcej wody zatrzymywały siatki z podwójnej warstwy drobnego poliestru, zwłaszcza na początku lata.",
    ],
    "sv": [
        "Nät uppspända på klipporna ovanför Dunmarrow samlade i genomsnitt nio liter vatten per kvadratmeter under dimmiga dagar, visar en treårig studie.",
        "Forskarna jämförde tolv olika nät och mätte vindhastighet, droppstorlek och temperatur var tionde minut.",
        "Nät med dubbla lager av fin polyesterväv fångade mest vatten, särskilt under försommaren.",
    ],
    "ja": [
        "ダンマロー沿岸の崖に張られたネットは、霧の日に1平方メートルあたり平均9リットルの水を集めたことが、3年間の調査で分かった。",
        "研究チームは12種類のネットを比較し、風速、水滴の大きさ、気温を10分ごとに測定した。",
        "細かいポリエステル製の二重メッシュのネットが最も多くの水を集め、特に初夏にその差が大きかった。",
    ],
    "zh": [
        "一项为期三年的研究发现，在邓马罗海边悬崖上张设的集雾网在雾天平均每平方米可收集九升水。",
        "研究人员比较了十二种网的设计，并每十分钟测量一次风速、雾滴大小和气温。",
        "双层细密聚酯网收集的水最多，初夏时节尤为明显。",
    ],
    "ko": [
        "던마로 해안 절벽에 설치한 안개 그물이 안개 낀 날 제곱미터당 평균 9리터의 물을 모은 것으로 3년간의 연구에서 나타났다.",
        "연구진은 12가지 그물 구조를 비교하고 10분마다 풍속, 물방울 크기, 기온을 측정했다.",
        "가는 폴리에스테르 망을 두 겹으로 댄 그물이 가장 많은 물을 모았으며, 특히 초여름에 효과가 컸다.",
    ],
    "tr": [
        "Dunmarrow kıyısındaki kayalıklara gerilen ağlar, sisli günlerde metrekare başına ortalama dokuz litre su topladı; bu sonuç üç yıllık bir çalışmadan çıktı.",
        "Araştırmacılar on iki farklı ağ tasarımını karşılaştırdı ve her on dakikada bir rüzgâr hızını, damla boyutunu ve sıcaklığı ölçtü.",
        "İnce polyester örgüden çift katmanlı ağlar, özellikle yaz başında en çok suyu tuttu.",
    ],
    "ar": [
        "جمعت شباك مثبتة على منحدرات دنمارو الساحلية في المتوسط تسعة لترات من الماء لكل متر مربع في الأيام الضبابية، بحسب دراسة استمرت ثلاث سنوات.",
        "وقارن الباحثون بين اثني عشر تصميمًا للشباك، وقاسوا سرعة الرياح وحجم القطرات ودرجة الحرارة كل عشر دقائق.",
        "وجمعت الشباك ذات الطبقتين من نسيج البوليستر الدقيق أكبر كمية من الماء، لا سيما في مطلع الصيف.",
    ],
    "hi": [
        "तीन साल के एक अध्ययन में पाया गया कि डनमैरो की तटीय चट्टानों पर लगाए गए जाल कोहरे वाले दिनों में प्रति वर्ग मीटर औसतन नौ लीटर पानी इकट्ठा करते हैं।",
        "शोधकर्ताओं ने बारह तरह के जालों की तुलना की और हर दस मिनट पर हवा की गति, बूंदों का आकार और तापमान मापा।",
        "महीन पॉलिएस्टर की दोहरी परत वाले जालों ने सबसे अधिक पानी पकड़ा, खासकर गर्मियों की शुरुआत में।",
    ],
    "id": [
        "Jaring yang dipasang di tebing pantai Dunmarrow mengumpulkan rata-rata sembilan liter air per meter persegi pada hari berkabut, menurut penelitian selama tiga tahun.",
        "Para peneliti membandingkan dua belas desain jaring dan mengukur kecepatan angin, ukuran tetesan, serta suhu setiap sepuluh menit.",
        "Jaring berlapis ganda dari anyaman poliester halus menangkap air paling banyak, terutama pada awal musim panas.",
    ],
    "vi": [
        "Các tấm lưới căng trên vách đá ven biển Dunmarrow thu được trung bình chín lít nước trên mỗi mét vuông vào những ngày có sương mù, theo một nghiên cứu kéo dài ba năm.",
        "Các nhà nghiên cứu đã so sánh mười hai kiểu lưới và đo tốc độ gió, kích thước giọt nước cùng nhiệt độ cứ mười phút một lần.",
        "Lưới hai lớp bằng sợi polyester mịn thu được nhiều nước nhất, đặc biệt vào đầu mùa hè.",
    ],
    "el": [
        "Δίχτυα τεντωμένα στους βράχους πάνω από το Ντάνμαροου συγκέντρωσαν κατά μέσο όρο εννέα λίτρα νερού ανά τετραγωνικό μέτρο τις ημέρες με ομίχλη, σύμφωνα με τριετή μελέτη.",
        "Οι ερευνητές σύγκριναν δώδεκα σχέδια διχτυών και μετρούσαν κάθε δέκα λεπτά την ταχύτητα του ανέμου, το μέγεθος των σταγονιδίων και τη θερμοκρασία.",
        "Τα δίχτυα με διπλή στρώση λεπτού πολυεστερικού πλέγματος συγκράτησαν το περισσότερο νερό, ιδίως στις αρχές του καλοκαιριού.",
    ],
    "he": [
        "רשתות שנמתחו על המצוקים שמעל דנמרו אספו בימים ערפיליים בממוצע תשעה ליטרים של מים למטר רבוע, כך עולה ממחקר שנמשך שלוש שנים.",
        "החוקרים השוו בין שנים־עשר סוגי רשתות ומדדו מדי עשר דקות את מהירות הרוח, את גודל הטיפות ואת הטמפרטורה.",
        "רשתות בעלות שכבה כפולה של אריג פוליאסטר דק לכדו את מרב המים, בייחוד בתחילת הקיץ.",
    ],
    "fi": [
        "Dunmarrow’n rantakallioille pingotetut verkot keräsivät sumuisina päivinä keskimäärin yhdeksän litraa vettä neliömetriä kohden, kertoo kolmivuotinen tutkimus.",
        "Tutkijat vertasivat kahtatoista verkkomallia ja mittasivat tuulen nopeuden, pisarakoon ja lämpötilan kymmenen minuutin välein.",
        "Kaksikerroksiset hienosta polyesteriverkosta tehdyt verkot keräsivät eniten vettä, etenkin alkukesällä.",
    ],
    "hu": [
        "A Dunmarrow feletti sziklákra kifeszített hálók ködös napokon átlagosan kilenc liter vizet gyűjtöttek négyzetméterenként – derül ki egy hároméves kutatásból.",
        "A kutatók tizenkétféle hálót hasonlítottak össze, és tízpercenként mérték a szélsebességet, a cseppméretet és a hőmérsékletet.",
        "A legtöbb vizet a finom poliészterszövetből készült kétrétegű hálók fogták fel, különösen kora nyáron.",
    ],
    "cs": [
        "Sítě napnuté na útesech nad Dunmarrow zachytily za mlhavých dnů v průměru devět litrů vody na metr čtvereční, ukázala tříletá studie.",
        "Výzkumníci porovnali dvanáct typů sítí a každých deset minut měřili rychlost větru, velikost kapek a teplotu.",
        "Nejvíce vody zachytily dvouvrstvé sítě z jemné polyesterové tkaniny, zejména na začátku léta.",
    ],
    "ro": [
        "Plasele întinse pe falezele de deasupra orașului Dunmarrow au colectat în medie nouă litri de apă pe metru pătrat în zilele cu ceață, arată un studiu de trei ani.",
        "Cercetătorii au comparat douăsprezece modele de plase și au măsurat la fiecare zece minute viteza vântului, mărimea picăturilor și temperatura.",
        "Plasele cu strat dublu din țesătură fină de poliester au reținut cea mai multă apă, mai ales la începutul verii.",
    ],
}

TITLE = {
    "en": "Fog nets on Dunmarrow's cliffs gather nine litres a day",
    "de": "Nebelnetze an den Klippen von Dunmarrow sammeln neun Liter am Tag",
    "fr": "À Dunmarrow, des filets à brouillard recueillent neuf litres par jour",
    "es": "Las redes atrapanieblas de Dunmarrow recogen nueve litros al día",
    "it": "A Dunmarrow le reti acchiappanebbia raccolgono nove litri al giorno",
    "pt": "Redes de nevoeiro em Dunmarrow recolhem nove litros por dia",
    "nl": "Mistnetten op de kliffen van Dunmarrow vangen negen liter per dag",
    "pl": "Siatki na mgłę w Dunmarrow zbierają dziewięć litrów dziennie",
    "sv": "Dimnät på klipporna vid Dunmarrow samlar nio liter om dagen",
    "ja": "ダンマローの霧ネット、1日9リットルの水を集める",
    "zh": "邓马罗悬崖集雾网每天可收集九升水",
    "ko": "던마로 절벽의 안개 그물, 하루 9리터의 물 모아",
    "tr": "Dunmarrow kayalıklarındaki sis ağları günde dokuz litre su topluyor",
    "ar": "شباك الضباب على منحدرات دنمارو تجمع تسعة لترات يوميًا",
    "hi": "डनमैरो की चट्टानों पर कोहरा-जाल रोज़ नौ लीटर पानी जुटाते हैं",
    "id": "Jaring kabut di tebing Dunmarrow menampung sembilan liter sehari",
    "vi": "Lưới hứng sương trên vách đá Dunmarrow thu chín lít nước mỗi ngày",
    "el": "Δίχτυα ομίχλης στο Ντάνμαροου μαζεύουν εννέα λίτρα την ημέρα",
    "he": "רשתות ערפל על מצוקי דנמרו אוספות תשעה ליטרים ביום",
    "fi": "Dunmarrow’n sumuverkot keräävät yhdeksän litraa päivässä",
    "hu": "Napi kilenc litert gyűjtenek a dunmarrow-i ködhálók",
    "cs": "Mlžné sítě v Dunmarrow zachytí devět litrů denně",
    "ro": "Plasele de ceață din Dunmarrow adună nouă litri pe zi",
}

SECTION = {
    "en": "Science", "de": "Wissenschaft", "fr": "Sciences", "es": "Ciencia", "it": "Scienza",
    "pt": "Ciência", "nl": "Wetenschap", "pl": "Nauka", "sv": "Vetenskap", "ja": "科学", "zh": "科学",
    "ko": "과학", "tr": "Bilim", "ar": "علوم", "hi": "विज्ञान", "id": "Sains", "vi": "Khoa học",
    "el": "Επιστήμη", "he": "מדע", "fi": "Tiede", "hu": "Tudomány", "cs": "Věda", "ro": "Știință",
}

KEEP_EN = "The authors declare that they have no competing interests."
KEEP_DE = "Die Autorinnen und Autoren erklären, dass keine Interessenkonflikte bestehen."
KEEP_FR = "Les auteurs déclarent n'avoir aucun lien d'intérêts."
KEEP_ES = "Los autores declaran no tener ningún conflicto de intereses."
KEEP_PT = "Os autores declaram não haver conflito de interesses."
KEEP_JA = "開示すべき利益相反はない。"
KEEP_CS = "Autoři prohlašují, že nemají žádný střet zájmů."


def last(lang: str) -> str:
    """The story's closing sentence: the sentence beside an end-placed statement."""
    return STORY[lang][-1]


# (lang, place, html, statements, not_funding, must_keep_in_body, note)
REAL = [
    # --- English ---
    ("en", "end",
     "<p>The study was funded by the Ardent Shore Foundation under grant ASF-2024-118.</p>",
     ["The study was funded by the Ardent Shore Foundation under grant ASF-2024-118."],
     [last("en")], [], "closing passive funded-by sentence with a grant number"),
    ("en", "after",
     '<aside class="note"><h3>Funding</h3><p>Fieldwork on the cliffs was made possible by a grant from the Pellworth Marine Trust.</p></aside>',
     ["Fieldwork on the cliffs was made possible by a grant from the Pellworth Marine Trust."],
     [last("en")], [], "aside after the article under a Funding heading, 'made possible by'"),
    ("en", "end",
     ("<h2>Acknowledgements</h2><p>We thank the harbour master of Dunmarrow for access to the pier and the volunteers who cleaned the nets. "
      "This work received financial support from the Kestrel Bay Research Council under grant agreement No 884213.</p>"),
     ["This work received financial support from the Kestrel Bay Research Council under grant agreement No 884213."],
     [last("en")], [], "acknowledgements mixing thanks and a grant agreement No"),
    ("en", "end",
     ("<h2>Funding</h2><p>The Greywater Institute supported this research through its Coastal Water Programme (award GWI-3307).</p>"
      f"<h2>Competing interests</h2><p>{KEEP_EN}</p>"),
     ["The Greywater Institute supported this research through its Coastal Water Programme (award GWI-3307)."],
     [KEEP_EN], [KEEP_EN], "active voice under a heading, competing-interest section kept"),
    ("en", "own",
     ("<p>More than two hundred visitors watched the first public test of the new fog nets on Saturday.</p>"
      "<p>Children built small collectors from plastic bottles and mesh offcuts, and a local choir sang on the pier.</p>"
      '<p class="sponsor">The open day was sponsored by Orrin Textiles and the Dunmarrow Water Cooperative.</p>'),
     ["The open day was sponsored by Orrin Textiles and the Dunmarrow Water Cooperative."],
     ["Children built small collectors from plastic bottles and mesh offcuts, and a local choir sang on the pier."], [],
     "event sponsor notice closing a report on the event"),
    ("en", "end",
     "<details><summary>Funding</summary><p>This project is supported by the Ministry of Coastal Affairs of Westmarch through programme grant MCA-77-204.</p></details>",
     ["This project is supported by the Ministry of Coastal Affairs of Westmarch through programme grant MCA-77-204."],
     [last("en")], [], "details/summary widget, ministry"),
    ("en", "end",
     ('<p>Water samples from every net were tested for salt and metals.<sup><a href="#fn1">1</a></sup></p>'
      '<hr><ol class="footnotes"><li id="fn1">Laboratory analyses were paid for by the Tidewell Institute (award TW-5531).</li></ol>'),
     ["Laboratory analyses were paid for by the Tidewell Institute (award TW-5531)."],
     ["Water samples from every net were tested for salt and metals."], [], "footnote, 'paid for by'"),
    ("en", "end",
     ('<footer class="article-footer"><p>This reporting is part of a series on water supplies supported by a grant from the Halden Press Fund. '
      "The fund has no say over our editorial content.</p></footer>"),
     ["This reporting is part of a series on water supplies supported by a grant from the Halden Press Fund."],
     [last("en")], [], "journalism grant in the article's footer (the page's own work)"),
    # --- German ---
    ("de", "end",
     "<p><strong>Förderung:</strong> Die Studie wurde von der Hallberg-Stiftung gefördert (Förderkennzeichen HB 4471/2).</p>",
     ["Die Studie wurde von der Hallberg-Stiftung gefördert (Förderkennzeichen HB 4471/2)."],
     [last("de")], [], "run-in label Förderung, Förderkennzeichen"),
    ("de", "end",
     ("<h2>Danksagung</h2><p>Wir danken der Gemeinde Dunmarrow für die Genehmigung der Messstationen. "
      "Das Projekt wurde mit Mitteln des Landesministeriums für Küstenforschung Nordmarsch finanziert.</p>"
      f"<h2>Interessenkonflikte</h2><p>{KEEP_DE}</p>"),
     ["Das Projekt wurde mit Mitteln des Landesministeriums für Küstenforschung Nordmarsch finanziert."],
     [KEEP_DE], [KEEP_DE], "Danksagung mixing thanks and ministry money; Interessenkonflikte kept"),
    ("de", "end",
     "<footer><p>Gefördert durch die Ostermann-Stiftung im Programm „Wasser aus Nebel“.</p></footer>",
     ["Gefördert durch die Ostermann-Stiftung im Programm „Wasser aus Nebel“."],
     [last("de")], [], "verbless 'Gefördert durch' notice in the article footer"),
    # --- French ---
    ("fr", "end",
     "<p><b>Financement :</b> Ces travaux ont bénéficié du soutien financier de la Fondation Varenne (subvention FV-2023-61).</p>",
     ["Ces travaux ont bénéficié du soutien financier de la Fondation Varenne (subvention FV-2023-61)."],
     [last("fr")], [], "run-in label Financement, soutien financier"),
    ("fr", "after",
     "<aside><p>Cette étude a été financée par l'Agence de l'eau de Kerbrune et cofinancée par le Fonds régional pour le littoral.</p></aside>",
     ["Cette étude a été financée par l'Agence de l'eau de Kerbrune et cofinancée par le Fonds régional pour le littoral."],
     [last("fr")], [], "aside after the article, financée et cofinancée"),
    ("fr", "end",
     ("<h2>Remerciements</h2><p>Les auteurs remercient les pêcheurs de Dunmarrow pour leur aide sur le terrain. "
      "Ils remercient également la Région de Kerbrune pour son soutien financier (convention n° 2024-RK-0457).</p>"
      f"<h2>Liens d'intérêts</h2><p>{KEEP_FR}</p>"),
     ["Ils remercient également la Région de Kerbrune pour son soutien financier (convention n° 2024-RK-0457)."],
     [KEEP_FR], [KEEP_FR], "Remerciements with financial support; liens d'intérêts kept"),
    # --- Spanish ---
    ("es", "end",
     "<h3>Financiación</h3><p>Este trabajo ha sido financiado por la Fundación Arenal del Norte mediante la ayuda FAN-2024-09.</p>",
     ["Este trabajo ha sido financiado por la Fundación Arenal del Norte mediante la ayuda FAN-2024-09."],
     [last("es")], [], "heading Financiación"),
    ("es", "end",
     ("<p>La campaña de medición se llevó a cabo con el apoyo económico de la Diputación de Puerto Lenar y de la empresa Mallas Sotomar.</p>"
      f"<h3>Conflicto de intereses</h3><p>{KEEP_ES}</p>"),
     ["La campaña de medición se llevó a cabo con el apoyo económico de la Diputación de Puerto Lenar y de la empresa Mallas Sotomar."],
     [last("es"), KEEP_ES], [KEEP_ES], "closing 'con el apoyo económico de' sentence; conflict section kept"),
    # --- Italian ---
    ("it", "end",
     "<p><strong>Finanziamento.</strong> La ricerca è stata finanziata dalla Fondazione Orsetti nell'ambito del bando «Acque 2023» (progetto FO-338).</p>",
     ["La ricerca è stata finanziata dalla Fondazione Orsetti nell'ambito del bando «Acque 2023» (progetto FO-338)."],
     [last("it")], [], "run-in label ending with a full stop"),
    ("it", "mid",
     '<aside class="box"><p>Il progetto è stato realizzato con il contributo della Fondazione Cassa di Risparmio di Lunaro.</p></aside>',
     ["Il progetto è stato realizzato con il contributo della Fondazione Cassa di Risparmio di Lunaro."],
     [STORY["it"][0]], [], "aside in the middle of the article, 'con il contributo della'"),
    # --- Portuguese ---
    ("pt", "end",
     ("<h2>Financiamento</h2><p>Este estudo contou com o apoio financeiro da Fundação Maré Alta (processo 2024/11873-5).</p>"
      f"<h2>Conflito de interesses</h2><p>{KEEP_PT}</p>"),
     ["Este estudo contou com o apoio financeiro da Fundação Maré Alta (processo 2024/11873-5)."],
     [KEEP_PT], [KEEP_PT], "heading Financiamento; conflict section kept"),
    ("pt", "end",
     "<p>A pesquisa foi financiada pelo Instituto Brisa do Atlântico e pela empresa Redes Costeiras.</p>",
     ["A pesquisa foi financiada pelo Instituto Brisa do Atlântico e pela empresa Redes Costeiras."],
     [last("pt")], [], "closing sentence, an institute and a company"),
    # --- Dutch ---
    ("nl", "end",
     "<p>Dit onderzoek werd gefinancierd door het Veenstra Fonds (subsidienummer VF-2291).</p>",
     ["Dit onderzoek werd gefinancierd door het Veenstra Fonds (subsidienummer VF-2291)."],
     [last("nl")], [], "closing passive sentence"),
    ("nl", "end",
     ("<h2>Dankwoord</h2><p>Wij danken de vrijwilligers van de reddingsbrigade voor hun hulp bij het ophangen van de netten. "
      "Het veldwerk werd mogelijk gemaakt door een bijdrage van de Stichting Kustwater Zeeveld.</p>"),
     ["Het veldwerk werd mogelijk gemaakt door een bijdrage van de Stichting Kustwater Zeeveld."],
     [last("nl")], [], "Dankwoord mixing thanks and a foundation's contribution"),
    # --- Polish ---
    ("pl", "end",
     "<p><strong>Finansowanie:</strong> Badanie sfinansowano ze środków Fundacji Morskiej Wybrzeże (grant nr FMW/2024/17).</p>",
     ["Badanie sfinansowano ze środków Fundacji Morskiej Wybrzeże (grant nr FMW/2024/17)."],
     [last("pl")], [], "run-in label Finansowanie"),
    ("pl", "after",
     "<aside><p>Projekt realizowany przy wsparciu finansowym Województwa Nadmorskiego w ramach programu „Czysta woda”.</p></aside>",
     ["Projekt realizowany przy wsparciu finansowym Województwa Nadmorskiego w ramach programu „Czysta woda”."],
     [last("pl")], [], "co-financing notice in an aside after the article"),
    # --- Swedish ---
    ("sv", "end",
     "<h3>Finansiering</h3><p>Studien finansierades av Strandbergska stiftelsen och Kustvattenrådet.</p>",
     ["Studien finansierades av Strandbergska stiftelsen och Kustvattenrådet."],
     [last("sv")], [], "heading Finansiering"),
    # --- Japanese ---
    ("ja", "end",
     "<p>本研究は海霧研究振興財団の助成（課題番号 KF-22-0413）を受けて実施された。</p>",
     ["本研究は海霧研究振興財団の助成（課題番号 KF-22-0413）を受けて実施された。"],
     [last("ja")], [], "closing sentence with a grant number"),
    ("ja", "end",
     ("<h2>謝辞</h2><p>調査にご協力いただいたダンマロー漁業協同組合の皆様に感謝いたします。本研究の一部は潮見記念財団の研究助成を受けたものです。</p>"
      f"<h2>利益相反</h2><p>{KEEP_JA}</p>"),
     ["本研究の一部は潮見記念財団の研究助成を受けたものです。"],
     [KEEP_JA], [KEEP_JA], "謝辞 mixing thanks and a grant; 利益相反 kept"),
    # --- Chinese ---
    ("zh", "end",
     "<p><strong>基金项目：</strong>本研究由临海雾水研究基金会资助（项目编号 LH-2024-017）。</p>",
     ["本研究由临海雾水研究基金会资助（项目编号 LH-2024-017）。"],
     [last("zh")], [], "run-in label 基金项目"),
    ("zh", "after",
     "<aside><h3>致谢</h3><p>本研究得到了滨海市科学技术局的资助（项目编号 BH-KJ-2023-88）。</p></aside>",
     ["本研究得到了滨海市科学技术局的资助（项目编号 BH-KJ-2023-88）。"],
     [last("zh")], [], "aside under 致谢 after the article"),
    # --- Korean ---
    ("ko", "end",
     "<p>이 연구는 해안안개연구재단의 지원을 받아 수행되었습니다(과제번호 CF-2024-551).</p>",
     ["이 연구는 해안안개연구재단의 지원을 받아 수행되었습니다(과제번호 CF-2024-551)."],
     [last("ko")], [], "closing sentence with a project number"),
    ("ko", "end",
     "<h3>연구비 지원</h3><p>본 연구는 해담해양과학진흥원의 연구비 지원으로 이루어졌다. 현장 장비는 바다그물 주식회사가 후원하였다.</p>",
     ["본 연구는 해담해양과학진흥원의 연구비 지원으로 이루어졌다.", "현장 장비는 바다그물 주식회사가 후원하였다."],
     [last("ko")], [], "heading with two statements: an agency and a company sponsor"),
    # --- Turkish ---
    ("tr", "end",
     "<p>Bu çalışma, Kıyı Sisi Araştırma Vakfı tarafından desteklenmiştir (proje no. KSV-2024-08).</p>",
     ["Bu çalışma, Kıyı Sisi Araştırma Vakfı tarafından desteklenmiştir (proje no. KSV-2024-08)."],
     [last("tr")], [], "closing passive sentence, 'proje no.' abbreviation"),
    ("tr", "end",
     "<h2>Finansman</h2><p>Proje, Liman Kıyı Kalkınma Ajansı'nın mali desteğiyle yürütülmüştür.</p>",
     ["Proje, Liman Kıyı Kalkınma Ajansı'nın mali desteğiyle yürütülmüştür."],
     [last("tr")], [], "heading Finansman, 'mali desteğiyle'"),
    # --- Arabic ---
    ("ar", "end",
     "<p>موّلت هذه الدراسة مؤسسة الساحل للبحوث المائية (منحة رقم SA-2024-31).</p>",
     ["موّلت هذه الدراسة مؤسسة الساحل للبحوث المائية (منحة رقم SA-2024-31)."],
     [last("ar")], [], "closing active sentence with a grant number"),
    ("ar", "end",
     "<h2>شكر وتقدير</h2><p>يشكر الباحثون صيادي دنمارو على مساعدتهم في العمل الميداني. وقد حظي المشروع بدعم مالي من صندوق نور للمياه الساحلية.</p>",
     ["وقد حظي المشروع بدعم مالي من صندوق نور للمياه الساحلية."],
     [last("ar")], [], "acknowledgements mixing thanks and financial support"),
    # --- Hindi ---
    ("hi", "end",
     "<p>यह अध्ययन तटीय जल अनुसंधान न्यास द्वारा वित्तपोषित था (अनुदान संख्या TJ-2024-72)।</p>",
     ["यह अध्ययन तटीय जल अनुसंधान न्यास द्वारा वित्तपोषित था (अनुदान संख्या TJ-2024-72)।"],
     [last("hi")], [], "closing sentence with a grant number"),
    ("hi", "end",
     "<h3>वित्तपोषण</h3><p>इस परियोजना को सागरिका फाउंडेशन से वित्तीय सहायता मिली।</p>",
     ["इस परियोजना को सागरिका फाउंडेशन से वित्तीय सहायता मिली।"],
     [last("hi")], [], "heading वित्तपोषण"),
    # --- Indonesian ---
    ("id", "end",
     "<p>Penelitian ini didanai oleh Yayasan Kabut Pesisir melalui hibah nomor YKP-2024-14.</p>",
     ["Penelitian ini didanai oleh Yayasan Kabut Pesisir melalui hibah nomor YKP-2024-14."],
     [last("id")], [], "closing passive sentence"),
    ("id", "after",
     "<aside><h4>Pendanaan</h4><p>Kegiatan ini terlaksana berkat dukungan dana dari Dinas Kelautan Kabupaten Larantu.</p></aside>",
     ["Kegiatan ini terlaksana berkat dukungan dana dari Dinas Kelautan Kabupaten Larantu."],
     [last("id")], [], "aside under Pendanaan after the article"),
    # --- Vietnamese ---
    ("vi", "end",
     "<p>Nghiên cứu này được tài trợ bởi Quỹ Nghiên cứu Sương mù Duyên hải (mã số QSM-2024-05).</p>",
     ["Nghiên cứu này được tài trợ bởi Quỹ Nghiên cứu Sương mù Duyên hải (mã số QSM-2024-05)."],
     [last("vi")], [], "closing passive sentence"),
    ("vi", "end",
     ("<h2>Lời cảm ơn</h2><p>Nhóm tác giả cảm ơn ngư dân Dunmarrow đã hỗ trợ trong quá trình khảo sát. "
      "Nghiên cứu được thực hiện với sự hỗ trợ kinh phí của Quỹ Phát triển Khoa học Hải Lâm.</p>"),
     ["Nghiên cứu được thực hiện với sự hỗ trợ kinh phí của Quỹ Phát triển Khoa học Hải Lâm."],
     [last("vi")], [], "Lời cảm ơn mixing thanks and funding"),
    # --- Greek ---
    ("el", "end",
     "<p>Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Παράκτιας Έρευνας Μαρίνου (επιχορήγηση ΙΠΕ-2024-12).</p>",
     ["Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Παράκτιας Έρευνας Μαρίνου (επιχορήγηση ΙΠΕ-2024-12)."],
     [last("el")], [], "closing passive sentence"),
    # --- Hebrew ---
    ("he", "end",
     "<p>המחקר מומן על ידי קרן חוף הערפל (מענק מס׳ 2024-118).</p>",
     ["המחקר מומן על ידי קרן חוף הערפל (מענק מס׳ 2024-118)."],
     [last("he")], [], "closing passive sentence"),
    ("he", "mid",
     "<aside><h3>מימון</h3><p>הפרויקט נתמך על ידי המשרד לפיתוח החופים במסגרת תוכנית „מים מן הערפל”.</p></aside>",
     ["הפרויקט נתמך על ידי המשרד לפיתוח החופים במסגרת תוכנית „מים מן הערפל”."],
     [STORY["he"][0]], [], "aside under מימון in the middle of the article"),
    # --- Finnish ---
    ("fi", "end",
     "<p>Tutkimusta rahoitti Rannikkosumun tutkimussäätiö (apuraha RS-2024-09).</p>",
     ["Tutkimusta rahoitti Rannikkosumun tutkimussäätiö (apuraha RS-2024-09)."],
     [last("fi")], [], "closing active sentence"),
    # --- Hungarian ---
    ("hu", "end",
     "<p>A kutatást a Partvidéki Ködkutatási Alapítvány támogatta (pályázati azonosító: PKA-2024-33).</p>",
     ["A kutatást a Partvidéki Ködkutatási Alapítvány támogatta (pályázati azonosító: PKA-2024-33)."],
     [last("hu")], [], "closing active sentence"),
    ("hu", "end",
     ("<h2>Köszönetnyilvánítás</h2><p>Köszönjük a dunmarrow-i halászok segítségét a terepmunkában. "
      "A projekt a Tengerparti Vízügyi Alap támogatásával valósult meg (szerződésszám: TVA-2023-210).</p>"),
     ["A projekt a Tengerparti Vízügyi Alap támogatásával valósult meg (szerződésszám: TVA-2023-210)."],
     [last("hu")], [], "Köszönetnyilvánítás mixing thanks and a fund"),
    # --- Czech ---
    ("cs", "end",
     ("<p>Výzkum byl podpořen Nadací Pobřežní mlha v rámci grantu č. NPM-2024-19.</p>"
      f"<h3>Střet zájmů</h3><p>{KEEP_CS}</p>"),
     ["Výzkum byl podpořen Nadací Pobřežní mlha v rámci grantu č. NPM-2024-19."],
     [last("cs"), KEEP_CS], [KEEP_CS], "closing sentence with 'č.' abbreviation; Střet zájmů kept"),
    ("cs", "end",
     "<p><strong>Financování:</strong> Projekt byl spolufinancován Krajem Přímořským a společností Sítě Malec.</p>",
     ["Projekt byl spolufinancován Krajem Přímořským a společností Sítě Malec."],
     [last("cs")], [], "run-in label Financování, co-financed"),
    # --- Romanian ---
    ("ro", "end",
     "<p>Acest studiu a fost finanțat de Fundația Ceața Litoralului prin grantul nr. FCL-2024-06.</p>",
     ["Acest studiu a fost finanțat de Fundația Ceața Litoralului prin grantul nr. FCL-2024-06."],
     [last("ro")], [], "closing passive sentence with 'nr.'"),
]

# (lang, place, html, note)
NEGATIVE = [
    ("en", "end",
     "<p>Separately, the neighbouring town of Halvey was awarded a £300,000 government grant this week to repair its harbour wall.</p>",
     "grant announced as news about another town"),
    ("en", "after",
     '<aside class="donate"><h3>Support our journalism</h3><p>The Dunmarrow Courier is funded by its readers. Become a supporter from just £3 a month.</p></aside>',
     "donate box, funded by readers"),
    ("en", "mid",
     "<p>Claims that the nets harm seabirds are not supported by the evidence, the authors said, after cameras recorded no collisions in three years.</p>",
     "'not supported by the evidence'"),
    ("en", "end",
     "<p>The FogLog app that volunteers used to log readings is supported on Android 11 and later and on iOS 15 and later.</p>",
     "supported app versions"),
    ("de", "end",
     "<p>Das Land hat unterdessen angekündigt, den Bau einer Entsalzungsanlage in der Nachbarstadt Halvey mit 4,2 Millionen Euro zu fördern.</p>",
     "public money for another town as news ('fördern')"),
    ("de", "after",
     '<div class="anzeige"><span>Anzeige</span><p>Gesponsert: Regenjacken von Brinefeld jetzt 20 Prozent günstiger.</p></div>',
     "ad label 'Gesponsert'"),
    ("fr", "end",
     "<p>Le club d'aviron de Dunmarrow, sponsorisé par la compagnie de ferries Greyline, a remporté samedi la régate régionale.</p>",
     "sport sponsorship"),
    ("fr", "end",
     "<p>La majorité des habitants a soutenu le projet lors d'un référendum local au printemps dernier.</p>",
     "'soutenu' as a vote"),
    ("es", "end",
     "<p>Mistcatch, una empresa emergente que vende redes atrapanieblas, ha cerrado una ronda de financiación de ocho millones de euros liderada por el fondo Harrow Ventures.</p>",
     "investment round"),
    ("es", "after",
     '<aside class="donar"><p>Este periódico se financia gracias a sus lectores. Hazte socio desde 3 euros al mes.</p></aside>',
     "donate box, financed by readers"),
    ("it", "end",
     "<p>Il bilancio comunale per l'acqua nel 2026 ammonta a 14 milioni di euro, il 6 per cento in più rispetto all'anno precedente.</p>",
     "budget"),
    ("it", "end",
     "<p>Grazie per averci letto: ringraziamo tutti i lettori che ci hanno inviato le loro foto della nebbia.</p>",
     "general thanks to readers"),
    ("pt", "end",
     "<p>A estudante Mara Olsen recebeu uma bolsa da Fundação Pellworth para fazer o doutoramento na Noruega.</p>",
     "scholarship as news about someone else"),
    ("pt", "end",
     "<p>A aplicação FogLog funciona em Android 11 ou superior; as versões mais antigas deixaram de ser suportadas.</p>",
     "supported app versions"),
    ("nl", "end",
     "<p>De gemeenteraad stemde dinsdag met ruime meerderheid in met het plan en steunde ook een motie om meer netten te plaatsen.</p>",
     "'steunde' as a vote"),
    ("nl", "after",
     '<div class="advertentie"><span>Advertentie</span><p>Gesponsorde inhoud: ontdek de nieuwe regenjassen van Brinefeld.</p></div>',
     "ad, sponsored content"),
    ("pl", "end",
     "<p>Tymczasem sąsiednie miasto Halvey otrzymało z budżetu państwa dotację w wysokości 1,2 mln zł na remont falochronu.</p>",
     "subsidy for another town as news"),
    ("pl", "end",
     "<p>Klub piłkarski Dunmarrow, którego sponsorem jest firma Greyline, awansował w tym sezonie do wyższej ligi.</p>",
     "sport sponsorship"),
    ("sv", "end",
     "<p>Kommunens vattenbudget för nästa år landar på 14 miljoner kronor, enligt förslaget.</p>",
     "budget"),
    ("sv", "after",
     '<aside class="stod"><p>Stöd oberoende journalistik – swisha en gåva till Dunmarrow-Kuriren.</p></aside>',
     "donate box"),
    ("ja", "end",
     "<p>一方、隣町のハルヴィーは今週、防波堤の補修のために国から3億円の補助金を受けることが決まった。</p>",
     "subsidy for another town as news"),
    ("ja", "end",
     "<p>観測に使われたアプリ「フォグログ」は、iOS 15以降とAndroid 11以降に対応している。</p>",
     "supported app versions"),
    ("zh", "end",
     "<p>另据报道，生产集雾网的初创公司雾捕科技近日完成了五千万元的A轮融资，由海港资本领投。</p>",
     "investment round"),
    ("zh", "end",
     "<p>这一计划得到了大多数当地居民的支持，他们在去年的听证会上投票赞成扩建集雾网。</p>",
     "'支持' as a vote"),
    ("ko", "end",
     "<p>한편 이웃 도시 할비는 방파제 보수를 위해 정부로부터 30억 원의 보조금을 지원받게 됐다.</p>",
     "subsidy for another town as news"),
    ("ko", "after",
     '<aside class="ad"><span>광고</span><p>브라인필드 방수 재킷, 이번 주 20% 할인. 지금 구매하세요.</p></aside>',
     "ad"),
    ("tr", "end",
     "<p>Dunmarrow Kürek Kulübü, sponsoru Greyline Feribotları'nın desteğiyle cumartesi günkü bölgesel yarışı kazandı.</p>",
     "sport sponsorship"),
    ("tr", "mid",
     "<p>Belediye meclisi, ağların sayısını artırma önerisini oy birliğiyle destekledi.</p>",
     "'destekledi' as a vote"),
    ("ar", "end",
     "<p>وفي سياق منفصل، أعلنت الحكومة عن منحة قدرها مليون دينار لترميم ميناء مدينة هالفي المجاورة.</p>",
     "grant for another town as news"),
    ("ar", "after",
     '<aside class="donate"><p>ادعم صحافتنا المستقلة: تبرّع اليوم لصحيفة دنمارو.</p></aside>',
     "donate box"),
    ("hi", "end",
     "<p>नगर परिषद ने अगले साल के लिए जल आपूर्ति का बजट बढ़ाकर 14 करोड़ रुपये कर दिया है।</p>",
     "budget"),
    ("hi", "end",
     "<p>पढ़ने के लिए धन्यवाद। कोहरे की तस्वीरें भेजने वाले सभी पाठकों का हम आभार व्यक्त करते हैं।</p>",
     "general thanks to readers"),
    ("id", "end",
     "<p>Sementara itu, perusahaan rintisan Jaring Embun memperoleh pendanaan seri A senilai Rp50 miliar dari sejumlah investor.</p>",
     "investment round"),
    ("id", "end",
     "<p>Aplikasi FogLog yang dipakai relawan mendukung Android 11 ke atas dan iOS 15 ke atas.</p>",
     "supported app versions ('mendukung')"),
    ("vi", "end",
     "<p>Trong khi đó, thành phố lân cận Halvey vừa được tỉnh cấp 20 tỷ đồng để sửa chữa đê chắn sóng.</p>",
     "public money for another town as news"),
    ("vi", "end",
     "<p>Câu lạc bộ bóng đá Dunmarrow, được hãng phà Greyline tài trợ, đã giành chức vô địch giải khu vực.</p>",
     "sport sponsorship ('tài trợ')"),
    ("el", "mid",
     "<p>Ο ισχυρισμός ότι τα δίχτυα βλάπτουν τα θαλασσοπούλια δεν υποστηρίζεται από τα στοιχεία, σημείωσαν οι ερευνητές.</p>",
     "'not supported by the evidence'"),
    ("el", "end",
     "<p>Ο δήμος ενέκρινε προϋπολογισμό 3 εκατομμυρίων ευρώ για την ύδρευση το 2026.</p>",
     "budget"),
    ("he", "end",
     "<p>במקביל הודיעה הממשלה על מענק של שני מיליון שקלים לשיפוץ הנמל בעיר השכנה הלבי.</p>",
     "grant for another town as news"),
    ("he", "after",
     '<aside class="ad"><span>תוכן ממומן</span><p>מעילי גשם של ברינפילד עכשיו ב־20% הנחה.</p></aside>',
     "sponsored-content ad"),
    ("fi", "mid",
     "<p>Kaupunginvaltuusto tuki verkkojen lisäämistä äänin 41–8.</p>",
     "'tuki' as a vote"),
    ("fi", "end",
     "<p>Sumuverkkoja valmistava Sumusieppo Oy keräsi hiljattain kolmen miljoonan euron rahoituskierroksen.</p>",
     "investment round"),
    ("hu", "end",
     "<p>Eközben a szomszédos Halvey város 500 millió forint állami támogatást kapott a kikötőfal felújítására.</p>",
     "state support for another town as news"),
    ("hu", "after",
     '<aside class="tamogatas"><p>Támogassa a független újságírást! Legyen Ön is a Dunmarrow Hírlap támogatója.</p></aside>',
     "donate box"),
    ("cs", "end",
     "<p>Aplikace FogLog podporuje systém Android 11 a novější, starší verze již podporovány nejsou.</p>",
     "supported app versions"),
    ("cs", "end",
     "<p>Fotbalový klub Dunmarrow, jehož hlavním sponzorem je společnost Greyline, vyhrál o víkendu krajský pohár.</p>",
     "sport sponsorship"),
    ("ro", "end",
     "<p>Consiliul local a aprobat un buget de 12 milioane de lei pentru alimentarea cu apă în 2026.</p>",
     "budget"),
    ("ro", "end",
     "<p>Vă mulțumim că ne citiți și tuturor cititorilor care ne-au trimis fotografii cu ceața.</p>",
     "general thanks to readers"),
]


def page(lang: str, place: str, html: str) -> str:
    return story_page(lang, TITLE[lang], STORY[lang], place, html, section=SECTION[lang], site="Dunmarrow Courier")


def visible(html: str) -> str:
    """The page's text without tags, entities decoded, whitespace folded: where labels must be found."""
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def check(built: dict[str, tuple[str, dict]]) -> None:
    """Every labelled sentence (statement, neighbour, declaration) is on its page as written."""
    for page_id, (html, label) in built.items():
        text = visible(html)
        for sentence in label["funding"] + label.get("not_funding", []) + label["must_keep_in_body"]:
            if sentence not in text:
                raise SystemExit(f"{page_id}: not on the page: {sentence}")


def main() -> None:
    built = story_cases("r46-", REAL, NEGATIVE, page)
    check(built)
    write_corpus(HERE, built)
    langs = {label["lang"] for _, label in built.values()}
    print(f"{len(built)} pages, {sum(len(label['funding']) for _, label in built.values())} statements, "
          f"{len(REAL)} pages with statements, {len(NEGATIVE)} negatives, {len(langs)} languages")


if __name__ == "__main__":
    main()
