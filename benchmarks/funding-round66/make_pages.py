"""Builds held-out funding round 66 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the census, funders, grant numbers and people do not exist. Written
by a helper from the definition of `funding` alone, without reading the detector's code or the
earlier rounds' cases: an urban tree census in one invented city, in 26 languages, with real
statements shaped like real sites (a university news page's "Funding" section after the references,
a blog post's closing "This post was supported by ...", a podcast episode's sponsor line beside ad
banners, a museum exhibition's "made possible by" credit block, an NGO page's supporters who funded
the work, a preprint's "Funding information" in <details>, statements ending story paragraphs,
label-and-list statements, header sponsor lines, "About" boilerplate, italic notes, right-to-left
and CJK headings) and hard negatives (grants to third parties as news, funding rounds, technical
support, "sponsored content" adverts, donation appeals, "with thanks to" photo credits, donor lists
that fund nothing named, ad banners, readers' support).

usage: python benchmarks/funding-round66/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# Topic in every language: a census of street trees in the invented city of Hollinsgate.
# Convention: for labels and headings the statement listed is the sentence after the label; in
# paragraphs mixing thanks and a grant only the grant sentence is listed.

STORY = {
    "en": ["Volunteers mapped more than eighteen thousand street trees in Hollinsgate over one summer.", "Plane trees and limes made up almost half of the count, while young oaks were rare."],
    "de": ["Freiwillige haben in Hollinsgate in einem Sommer mehr als achtzehntausend Straßenbäume kartiert.", "Platanen und Linden machten fast die Hälfte des Bestands aus."],
    "fr": ["Des bénévoles ont recensé plus de dix-huit mille arbres d'alignement à Hollinsgate en un été.", "Platanes et tilleuls représentent près de la moitié du total."],
    "es": ["Voluntarios cartografiaron más de dieciocho mil árboles urbanos en Hollinsgate durante un verano.", "Plátanos y tilos suman casi la mitad del censo."],
    "it": ["Volontari hanno censito oltre diciottomila alberi stradali a Hollinsgate in una sola estate.", "Platani e tigli sono quasi la metà del totale."],
    "pt": ["Voluntários mapearam mais de dezoito mil árvores de rua em Hollinsgate num único verão.", "Plátanos e tílias representam quase metade do total."],
    "nl": ["Vrijwilligers brachten in één zomer meer dan achttienduizend straatbomen in Hollinsgate in kaart.", "Platanen en linden vormen bijna de helft van de telling."],
    "pl": ["Wolontariusze w ciągu jednego lata zmapowali ponad osiemnaście tysięcy drzew ulicznych w Hollinsgate.", "Platany i lipy stanowią prawie połowę spisu."],
    "sv": ["Frivilliga kartlade över artontusen gatuträd i Hollinsgate under en sommar.", "Plataner och lindar utgör nästan hälften av inventeringen."],
    "da": ["Frivillige kortlagde over atten tusind gadetræer i Hollinsgate på en sommer.", "Platan og lind udgør næsten halvdelen af optællingen."],
    "ja": ["ボランティアがひと夏でホリンズゲートの街路樹一万八千本以上を記録した。", "プラタナスとシナノキが全体のほぼ半分を占めた。"],
    "zh": ["志愿者在一个夏天里记录了霍林斯盖特一万八千多棵行道树。", "悬铃木和椴树几乎占总数的一半。"],
    "ko": ["자원봉사자들이 한 여름 동안 홀린스게이트의 가로수 1만8천여 그루를 조사했다.", "플라타너스와 피나무가 전체의 거의 절반을 차지했다."],
    "tr": ["Gönüllüler bir yaz boyunca Hollinsgate'te on sekiz binden fazla sokak ağacını haritaladı.", "Çınarlar ve ıhlamurlar sayımın neredeyse yarısını oluşturdu."],
    "ar": ["رسم متطوعون خريطة لأكثر من ثمانية عشر ألف شجرة في شوارع هولينزغيت خلال صيف واحد.", "تشكل أشجار الدلب والزيزفون نحو نصف العدد."],
    "he": ["מתנדבים מיפו יותר משמונה עשר אלף עצי רחוב בהולינסגייט במהלך קיץ אחד.", "דולבים ותרזות הם כמעט מחצית מהספירה."],
    "hi": ["स्वयंसेवकों ने एक गर्मी में हॉलिंसगेट के अठारह हज़ार से अधिक सड़क पेड़ों का नक्शा बनाया।", "चिनार और लिंडेन कुल का लगभग आधा हिस्सा हैं।"],
    "id": ["Relawan memetakan lebih dari delapan belas ribu pohon jalan di Hollinsgate selama satu musim panas.", "Pohon plane dan linden mencakup hampir separuh sensus."],
    "vi": ["Các tình nguyện viên đã lập bản đồ hơn mười tám nghìn cây đường phố ở Hollinsgate trong một mùa hè.", "Cây tiêu huyền và đoạn chiếm gần một nửa tổng số."],
    "el": ["Εθελοντές χαρτογράφησαν πάνω από δεκαοκτώ χιλιάδες δέντρα δρόμων στο Χόλινσγκεϊτ μέσα σε ένα καλοκαίρι.", "Πλάτανοι και φιλύρες αποτελούν σχεδόν το μισό της απογραφής."],
    "fi": ["Vapaaehtoiset kartoittivat yhden kesän aikana yli kahdeksantoistatuhatta katupuuta Hollinsgatessa.", "Plataanit ja lehmukset muodostavat lähes puolet laskennasta."],
    "hu": ["Önkéntesek egyetlen nyár alatt több mint tizennyolcezer utcai fát térképeztek fel Hollinsgate-ben.", "A platánok és hársak adják a számlálás csaknem felét."],
    "cs": ["Dobrovolníci během jednoho léta zmapovali přes osmnáct tisíc uličních stromů v Hollinsgate.", "Platany a lípy tvoří téměř polovinu sčítání."],
    "ro": ["Voluntarii au cartografiat peste optsprezece mii de arbori stradali din Hollinsgate într-o singură vară.", "Platanii și teii reprezintă aproape jumătate din recensământ."],
    "uk": ["Волонтери за одне літо нанесли на мапу понад вісімнадцять тисяч вуличних дерев у Голлінсгейті.", "Платани та липи становлять майже половину переліку."],
    "sk": ["Dobrovoľníci počas jedného leta zmapovali viac ako osemnásťtisíc uličných stromov v Hollinsgate.", "Platany a lipy tvoria takmer polovicu súpisu."],
}

TITLE = {"en": "Hollinsgate counts its street trees", "de": "Hollinsgate zählt seine Straßenbäume",
         "fr": "Hollinsgate recense ses arbres", "es": "Hollinsgate cuenta sus árboles", "it": "Hollinsgate censisce i suoi alberi",
         "pt": "Hollinsgate conta as suas árvores", "nl": "Hollinsgate telt zijn straatbomen", "pl": "Hollinsgate liczy swoje drzewa",
         "sv": "Hollinsgate räknar sina gatuträd", "da": "Hollinsgate tæller sine gadetræer", "ja": "ホリンズゲートの街路樹調査",
         "zh": "霍林斯盖特行道树普查", "ko": "홀린스게이트 가로수 조사", "tr": "Hollinsgate sokak ağaçlarını sayıyor",
         "ar": "هولينزغيت تحصي أشجارها", "he": "הולינסגייט סופרת את עציה", "hi": "हॉलिंसगेट के पेड़ों की गिनती",
         "id": "Sensus pohon Hollinsgate", "vi": "Điều tra cây xanh ở Hollinsgate", "el": "Απογραφή δέντρων στο Χόλινσγκεϊτ",
         "fi": "Hollinsgaten katupuut laskettiin", "hu": "Fatérkép Hollinsgate-ben", "cs": "Sčítání stromů v Hollinsgate",
         "ro": "Recensământul arborilor din Hollinsgate", "uk": "Перепис дерев у Голлінсгейті", "sk": "Súpis stromov v Hollinsgate"}
SECTION = {"ar": "علوم", "he": "מדע"}


def page(lang: str, place: str, html: str) -> str:
    return story_page(lang, TITLE[lang], STORY[lang], place, html, section=SECTION.get(lang, "Science"), site="Hollinsgate Tree Desk")


def header_page(lang: str, line: str) -> str:
    """A page whose sponsor line sits in the article header above the body."""
    body = "\n".join(f"<p>{p}</p>" for p in STORY[lang])
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE[lang]}</title></head>'
            f'<body><nav><a href="/">Home</a></nav><main><article><header><h1>{TITLE[lang]}</h1>'
            f'<p class="sponsor-line">{line}</p><p class="byline">Ada Penhallow</p></header>\n{body}\n</article>'
            f'</main><footer><p>© 2026 Hollinsgate Tree Desk</p></footer></body></html>')


def p_end(lang: str, stmt: str) -> str:
    """The statement as the last sentence of an ordinary body paragraph."""
    return f"<p>{STORY[lang][1]} {stmt}</p>"


REAL = [
    # closing sentences and paragraph ends
    ("en", "end", "<p>The census was funded by the Greywater Civic Trust under grant GCT-2291.</p>", ["The census was funded by the Greywater Civic Trust under grant GCT-2291."], [], [], "closing sentence"),
    ("de", "own", p_end("de", "Die Zählung wurde von der Lindenhain-Stiftung gefördert (Projekt LH-4410)."), ["Die Zählung wurde von der Lindenhain-Stiftung gefördert (Projekt LH-4410)."], [STORY["de"][1]], [], "last sentence of a story paragraph"),
    ("fr", "own", p_end("fr", "Le recensement a bénéficié du soutien financier de la Fondation Brisaille."), ["Le recensement a bénéficié du soutien financier de la Fondation Brisaille."], [STORY["fr"][1]], [], "last sentence of a story paragraph"),
    ("es", "end", "<p>Este trabajo fue posible gracias a la financiación de la Fundación Ramalto (ayuda RF-2025-118).</p>", ["Este trabajo fue posible gracias a la financiación de la Fundación Ramalto (ayuda RF-2025-118)."], [], [], "made possible by"),
    ("it", "own", p_end("it", "Il censimento è stato finanziato dal Ministero dell'Ambiente di Varestria, bando VA-77."), ["Il censimento è stato finanziato dal Ministero dell'Ambiente di Varestria, bando VA-77."], [STORY["it"][1]], [], "ministry, paragraph end"),
    ("pt", "end", "<p><em>Este levantamento contou com o apoio financeiro da Fundação Casterra.</em></p>", ["Este levantamento contou com o apoio financeiro da Fundação Casterra."], [], [], "italic note after body"),
    ("nl", "end", "<p><i>Dit onderzoek werd gefinancierd door het Fonds Groene Straten (subsidie FGS-803).</i></p>", ["Dit onderzoek werd gefinancierd door het Fonds Groene Straten (subsidie FGS-803)."], [], [], "italic note"),
    # headings and labels
    ("en", "after", "<section><h2>References</h2><ol><li>Penhallow A. Street trees of Hollinsgate. Urban Canopy Notes 4 (2024).</li><li>Quarry B. Counting limes. Treeline 9 (2023).</li></ol></section><section><h2>Funding</h2><p>This study was supported by the Northfield Research Council (grant NRC-55-1093) and the Alder Bequest.</p></section>", ["This study was supported by the Northfield Research Council (grant NRC-55-1093) and the Alder Bequest."], [], [], "university news: Funding after references"),
    ("de", "end", "<h2>Förderung</h2><p>Das Projekt wird vom Bundesamt für Stadtgrün Varestria unter dem Förderkennzeichen SG-0193 gefördert.</p>", ["Das Projekt wird vom Bundesamt für Stadtgrün Varestria unter dem Förderkennzeichen SG-0193 gefördert."], [], [], "heading"),
    ("fr", "end", "<h3>Financement</h3><p>Ce travail a été financé par l'Agence régionale des forêts urbaines (contrat ARFU-19-004).</p>", ["Ce travail a été financé par l'Agence régionale des forêts urbaines (contrat ARFU-19-004)."], [], [], "heading"),
    ("es", "end", "<p><strong>Financiación:</strong> Proyecto financiado por el Ministerio de Ciudades Verdes de Ostralia, referencia MCV-2024-3310.</p>", ["Proyecto financiado por el Ministerio de Ciudades Verdes de Ostralia, referencia MCV-2024-3310."], [], [], "run-in label"),
    ("pl", "end", "<h2>Finansowanie</h2><p>Badanie sfinansowano ze środków Fundacji Zielony Bruk (grant ZB/2025/07).</p>", ["Badanie sfinansowano ze środków Fundacji Zielony Bruk (grant ZB/2025/07)."], [], [], "heading"),
    ("en", "end", "<p><strong>Funding:</strong></p><ul><li>Greywater Civic Trust, grant GCT-3310</li><li>Hollinsgate City Council Canopy Fund, award CF-88</li></ul>", ["Greywater Civic Trust, grant GCT-3310", "Hollinsgate City Council Canopy Fund, award CF-88"], [], [], "label then list"),
    ("de", "end", "<p>Förderung:</p><ul><li>Lindenhain-Stiftung, Az. LH-5521</li><li>Landesamt für Umwelt Nordmark, Projekt NU-204</li></ul>", ["Lindenhain-Stiftung, Az. LH-5521", "Landesamt für Umwelt Nordmark, Projekt NU-204"], [], [], "label then list"),
    ("sv", "end", "<h2>Finansiering</h2><p>Inventeringen finansierades av Stiftelsen Gröna Gator (bidrag SGG-2025-12).</p>", ["Inventeringen finansierades av Stiftelsen Gröna Gator (bidrag SGG-2025-12)."], [], [], "heading"),
    ("da", "end", "<p><b>Finansiering:</b> Projektet er støttet af Fonden for Bytræer med 400.000 kr.</p>", ["Projektet er støttet af Fonden for Bytræer med 400.000 kr."], [], [], "run-in label"),
    # acknowledgements mixing thanks and a grant
    ("en", "end", "<h2>Acknowledgements</h2><p>We thank the residents of Tanner Row for letting us measure their trees, and Mira Oduya for the maps. The work was funded by the Alder Bequest (award AB-17).</p>", ["The work was funded by the Alder Bequest (award AB-17)."], ["We thank the residents of Tanner Row for letting us measure their trees, and Mira Oduya for the maps."], [], "acknowledgements mixing thanks and a grant"),
    ("it", "end", "<h2>Ringraziamenti</h2><p>Ringraziamo i volontari del quartiere Borgo Tevi per il loro aiuto. Lo studio è stato sostenuto dalla Fondazione Verdeluce con il contributo FV-2025-61.</p>", ["Lo studio è stato sostenuto dalla Fondazione Verdeluce con il contributo FV-2025-61."], ["Ringraziamo i volontari del quartiere Borgo Tevi per il loro aiuto."], [], "acknowledgements mixing thanks and a grant"),
    ("nl", "end", "<h2>Dankwoord</h2><p>Wij danken de bewoners van de Kadewijk voor hun hulp. Dit werk werd ondersteund door NWO-Varestria onder subsidienummer 730.225.</p>", ["Dit werk werd ondersteund door NWO-Varestria onder subsidienummer 730.225."], ["Wij danken de bewoners van de Kadewijk voor hun hulp."], [], "acknowledgements mixing thanks and a grant"),
    # EU-style and co-financed
    ("ro", "end", "<p>Proiectul a primit finanțare prin programul Orașe Verzi al Uniunii Ostrale, în baza acordului de finanțare nr. 884120.</p>", ["Proiectul a primit finanțare prin programul Orașe Verzi al Uniunii Ostrale, în baza acordului de finanțare nr. 884120."], [], [], "grant agreement No"),
    ("cs", "end", "<p>Projekt je spolufinancován Evropskou unií Ostralie z Fondu městské zeleně, reg. č. FMZ/0027.</p>", ["Projekt je spolufinancován Evropskou unií Ostralie z Fondu městské zeleně, reg. č. FMZ/0027."], [], [], "co-financed notice"),
    ("sk", "end", "<h2>Poďakovanie</h2><p>Tento výskum bol podporený Agentúrou pre mestskú zeleň v rámci projektu APMZ-21-0455.</p>", ["Tento výskum bol podporený Agentúrou pre mestskú zeleň v rámci projektu APMZ-21-0455."], [], [], "heading"),
    # blog, podcast, museum, NGO, preprint
    ("en", "end", "<p>That's all for this week's canopy notes. This post was supported by the Kestrel Open Data Fund.</p>", ["This post was supported by the Kestrel Open Data Fund."], ["That's all for this week's canopy notes."], [], "blog post closing line"),
    ("en", "own", "<p>In this episode we walk Tanner Row with two census volunteers.</p><aside class=\"ad-banner\">Ad: Try Leafline gardening gloves, 20% off this month.</aside><p class=\"episode-sponsor\">This episode is sponsored by the Hollinsgate Botanic Society.</p>", ["This episode is sponsored by the Hollinsgate Botanic Society."], ["Ad: Try Leafline gardening gloves, 20% off this month."], [], "podcast episode sponsor beside ad banner"),
    ("de", "own", "<p>In dieser Folge sprechen wir mit der Baumzählerin Jana Wölk.</p><div class=\"ad\">Anzeige: Gartenscheren von Schnittwerk – jetzt im Angebot.</div><p>Diese Folge wird unterstützt von der Stiftung Stadtnatur Nordmark.</p>", ["Diese Folge wird unterstützt von der Stiftung Stadtnatur Nordmark."], ["Anzeige: Gartenscheren von Schnittwerk – jetzt im Angebot."], [], "podcast sponsor, German"),
    ("en", "after", "<section class=\"credits\"><h3>Credits</h3><p>Curated by Owen Tregarth. Design: Studio Pell.</p><p>The exhibition is made possible by the Marlow Arts Foundation and the Hollinsgate Heritage Lottery Fund.</p></section>", ["The exhibition is made possible by the Marlow Arts Foundation and the Hollinsgate Heritage Lottery Fund."], ["Curated by Owen Tregarth. Design: Studio Pell."], [], "museum exhibition credit block"),
    ("fr", "after", "<section class=\"credits\"><p>Commissariat : Léa Vantour.</p><p>L'exposition est réalisée avec le soutien de la Fondation Arbres et Cités.</p></section>", ["L'exposition est réalisée avec le soutien de la Fondation Arbres et Cités."], ["Commissariat : Léa Vantour."], [], "exhibition credit block, French"),
    ("en", "after", "<section><h2>Our supporters</h2><p>The 2026 tree census was funded by the Penrose Family Foundation, the Greywater Civic Trust and the Hollinsgate Rotary Club.</p></section>", ["The 2026 tree census was funded by the Penrose Family Foundation, the Greywater Civic Trust and the Hollinsgate Rotary Club."], [], [], "NGO supporters who funded this work"),
    ("en", "end", "<details><summary>Funding information</summary><p>This preprint reports work funded by the Northfield Research Council under grant NRC-24-0712.</p></details>", ["This preprint reports work funded by the Northfield Research Council under grant NRC-24-0712."], [], [], "preprint details element"),
    ("es", "end", "<details><summary>Información sobre financiación</summary><p>Este trabajo ha sido financiado por la Agencia Ostral de Investigación (proyecto AOI-2025-0991).</p></details>", ["Este trabajo ha sido financiado por la Agencia Ostral de Investigación (proyecto AOI-2025-0991)."], [], [], "details, Spanish"),
    # header sponsor lines
    ("en", "header", "Supported by the Penrose Family Foundation", ["Supported by the Penrose Family Foundation"], [], [], "sponsor line in article header"),
    ("fr", "header", "Avec le soutien de la Fondation Brisaille", ["Avec le soutien de la Fondation Brisaille"], [], [], "sponsor line in article header"),
    # press release About boilerplate
    ("en", "after", "<section class=\"boilerplate\"><h3>About the Hollinsgate Tree Census</h3><p>The Hollinsgate Tree Census is a volunteer survey of the city's street trees run by the Canopy Collective. The census is funded by the Greywater Civic Trust and the Hollinsgate City Council.</p></section>", ["The census is funded by the Greywater Civic Trust and the Hollinsgate City Council."], ["The Hollinsgate Tree Census is a volunteer survey of the city's street trees run by the Canopy Collective."], [], "press release About boilerplate"),
    ("de", "after", "<section><h3>Über das Projekt</h3><p>Der Baumzensus Hollinsgate ist ein Bürgerwissenschaftsprojekt. Er wird von der Lindenhain-Stiftung finanziert.</p></section>", ["Er wird von der Lindenhain-Stiftung finanziert."], ["Der Baumzensus Hollinsgate ist ein Bürgerwissenschaftsprojekt."], [], "About boilerplate, German"),
    # asides, footnotes, captions, tables
    ("it", "mid", "<aside class=\"box\"><h4>Il progetto</h4><p>Il censimento è finanziato dalla Regione Varestria con il bando Alberi in Città 2025.</p></aside>", ["Il censimento è finanziato dalla Regione Varestria con il bando Alberi in Città 2025."], [], [], "sidebar box"),
    ("en", "mid", "<figure><img src=\"tree.jpg\" alt=\"\"><figcaption>Photo: Mira Oduya. The census is funded by the Alder Bequest.</figcaption></figure>", ["The census is funded by the Alder Bequest."], ["Photo: Mira Oduya."], [], "photo credit line with funder"),
    ("pt", "end", "<hr><ol class=\"footnotes\"><li id=\"fn1\">Dados de 2025.</li><li id=\"fn2\">Este estudo foi financiado pela Fundação para a Ciência de Ostrália (bolsa FCO-2025-338).</li></ol>", ["Este estudo foi financiado pela Fundação para a Ciência de Ostrália (bolsa FCO-2025-338)."], ["Dados de 2025."], [], "footnote list"),
    ("pl", "end", "<table><thead><tr><th>Gatunek</th><th>Liczba</th></tr></thead><tbody><tr><td>Lipa</td><td>4210</td></tr></tbody><tfoot><tr><td colspan=\"2\">Spis sfinansowany przez Urząd Miasta Hollinsgate.</td></tr></tfoot></table>", ["Spis sfinansowany przez Urząd Miasta Hollinsgate."], [], [], "table note"),
    ("en", "end", "<div class=\"widget card\"><h4>About this project</h4><p>The tree census receives funding from the Kestrel Open Data Fund (grant KODF-061).</p></div>", ["The tree census receives funding from the Kestrel Open Data Fund (grant KODF-061)."], [], [], "page-builder card"),
    # competing interests kept
    ("en", "end", "<h2>Funding</h2><p>This research was funded by the Northfield Research Council (grant NRC-25-2207).</p><h2>Competing interests</h2><p>The authors declare no competing interests.</p>", ["This research was funded by the Northfield Research Council (grant NRC-25-2207)."], [], ["The authors declare no competing interests."], "funding with competing interests kept"),
    ("de", "end", "<h2>Finanzierung</h2><p>Die Studie wurde durch die Lindenhain-Stiftung finanziert.</p><h2>Interessenkonflikte</h2><p>Die Autorinnen erklären, dass keine Interessenkonflikte bestehen.</p>", ["Die Studie wurde durch die Lindenhain-Stiftung finanziert."], [], ["Die Autorinnen erklären, dass keine Interessenkonflikte bestehen."], "funding with conflicts kept"),
    # other languages
    ("ja", "end", "<h2>謝辞</h2><p>本調査はホリンズゲート緑化財団の助成（課題番号 HG-2025-014）を受けて実施された。</p>", ["本調査はホリンズゲート緑化財団の助成（課題番号 HG-2025-014）を受けて実施された。"], [], [], "Japanese heading"),
    ("zh", "end", "<h2>基金项目</h2><p>本研究由霍林斯盖特城市绿化基金资助（项目编号：HGF-2025-33）。</p>", ["本研究由霍林斯盖特城市绿化基金资助（项目编号：HGF-2025-33）。"], [], [], "Chinese heading"),
    ("ko", "end", "<h2>연구비 지원</h2><p>이 연구는 홀린스게이트 녹지재단의 지원을 받아 수행되었다(과제번호 HG-25-118).</p>", ["이 연구는 홀린스게이트 녹지재단의 지원을 받아 수행되었다(과제번호 HG-25-118)."], [], [], "Korean heading"),
    ("tr", "end", "<p>Bu çalışma Ostralya Bilim Kurumu tarafından 124Y077 numaralı proje kapsamında desteklenmiştir.</p>", ["Bu çalışma Ostralya Bilim Kurumu tarafından 124Y077 numaralı proje kapsamında desteklenmiştir."], [], [], "Turkish closing"),
    ("ar", "end", "<h2>التمويل</h2><p>موّلت هذا المشروعَ مؤسسةُ هولينزغيت للمساحات الخضراء بموجب المنحة رقم HGF-771.</p>", ["موّلت هذا المشروعَ مؤسسةُ هولينزغيت للمساحات الخضراء بموجب المنحة رقم HGF-771."], [], [], "Arabic heading, RTL"),
    ("he", "end", "<h2>מימון</h2><p>המחקר מומן על ידי הקרן לירוק עירוני, מענק מספר 2291/25.</p>", ["המחקר מומן על ידי הקרן לירוק עירוני, מענק מספר 2291/25."], [], [], "Hebrew heading, RTL"),
    ("hi", "end", "<p>यह सर्वेक्षण हॉलिंसगेट हरित न्यास द्वारा वित्त पोषित है (अनुदान संख्या HHN-2025-09)।</p>", ["यह सर्वेक्षण हॉलिंसगेट हरित न्यास द्वारा वित्त पोषित है (अनुदान संख्या HHN-2025-09)।"], [], [], "Hindi closing"),
    ("id", "end", "<p><strong>Pendanaan:</strong> Penelitian ini didanai oleh Yayasan Kota Hijau melalui hibah YKH-2025-041.</p>", ["Penelitian ini didanai oleh Yayasan Kota Hijau melalui hibah YKH-2025-041."], [], [], "Indonesian label"),
    ("vi", "end", "<p>Nghiên cứu này được tài trợ bởi Quỹ Cây Xanh Đô Thị trong khuôn khổ đề tài QCX-2025-17.</p>", ["Nghiên cứu này được tài trợ bởi Quỹ Cây Xanh Đô Thị trong khuôn khổ đề tài QCX-2025-17."], [], [], "Vietnamese closing"),
    ("el", "end", "<h2>Χρηματοδότηση</h2><p>Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Αστικού Πρασίνου (επιχορήγηση ΙΑΠ-2025-08).</p>", ["Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Αστικού Πρασίνου (επιχορήγηση ΙΑΠ-2025-08)."], [], [], "Greek heading"),
    ("fi", "end", "<p>Tutkimusta rahoitti Kaupunkivihreän säätiö (apuraha KVS-2025-19).</p>", ["Tutkimusta rahoitti Kaupunkivihreän säätiö (apuraha KVS-2025-19)."], [], [], "Finnish closing, active voice"),
    ("hu", "end", "<h2>Támogatás</h2><p>A kutatást a Városi Fák Alapítvány támogatta (VFA-2025-27 számú pályázat).</p>", ["A kutatást a Városi Fák Alapítvány támogatta (VFA-2025-27 számú pályázat)."], [], [], "Hungarian heading"),
    ("uk", "end", "<p>Дослідження фінансувалося Фондом міської зелені Остралії (грант ФМЗ-2025-12).</p>", ["Дослідження фінансувалося Фондом міської зелені Остралії (грант ФМЗ-2025-12)."], [], [], "Ukrainian closing"),
]

NEGATIVE = [
    ("en", "end", "<p>Separately, the council awarded a £2 million grant to the Riverside Cycling Club to rebuild its velodrome.</p>", "grant to a third party as news"),
    ("de", "end", "<p>Unterdessen erhielt das Nachbarschaftszentrum Ostviertel eine Förderung von 50.000 Euro vom Land.</p>", "grant to others as news"),
    ("fr", "end", "<p>La région a par ailleurs accordé une subvention de 300 000 euros au club de rugby local.</p>", "grant to others as news"),
    ("en", "end", "<p>Leafline, the startup behind the census app, raised $12 million in a Series A round led by Harrow Ventures.</p>", "company funding round"),
    ("es", "end", "<p>La empresa Raíz Digital cerró una ronda de inversión de cinco millones de euros.</p>", "investment round"),
    ("en", "after", "<aside><h3>Need help?</h3><p>Technical support for the census app is available Monday to Friday by email.</p></aside>", "technical support"),
    ("de", "after", "<aside><p>Support: Die App unterstützt Android ab Version 11 und iOS ab Version 15.</p></aside>", "supported versions"),
    ("en", "after", "<div class=\"ad\"><span>Sponsored content</span><p>Discover the new Arbora garden range.</p></div>", "sponsored content label on an advert"),
    ("fr", "after", "<div class=\"promo\"><span>Contenu sponsorisé</span><p>Découvrez les nouvelles tondeuses Verdal.</p></div>", "sponsored content, French"),
    ("en", "after", "<div class=\"donate\"><h3>Support our journalism</h3><p>Donate today to keep local news free for everyone.</p></div>", "donation appeal"),
    ("de", "after", "<div class=\"donate\"><p>Unterstützen Sie unabhängigen Lokaljournalismus – jetzt spenden!</p></div>", "donation appeal, German"),
    ("en", "mid", "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>Volunteers on Tanner Row. Photo with thanks to Mira Oduya.</figcaption></figure>", "with thanks to photo credit"),
    ("en", "mid", "<figure><img src=\"b.jpg\" alt=\"\"><figcaption>With the support of the fans, the team finished the count a week early.</figcaption></figure>", "support of the fans caption"),
    ("de", "mid", "<figure><img src=\"c.jpg\" alt=\"\"><figcaption>Mit Unterstützung der Nachbarn wurden alle Bäume vermessen.</figcaption></figure>", "support as common noun"),
    ("en", "end", "<p>Thank you for reading and for supporting local reporting.</p>", "general thanks to readers"),
    ("en", "end", "<p>The council's parks budget for next year rises to £4.1 million, of which £600,000 is set aside for new planting.</p>", "budget as news"),
    ("en", "end", "<p>The finding that young oaks are rare is supported by the evidence from earlier surveys.</p>", "supported by the evidence"),
    ("en", "end", "<p>A motion to protect mature trees was supported by 31 of 40 councillors.</p>", "vote of support"),
    ("it", "end", "<p>La proposta è stata sostenuta da tutti i gruppi consiliari.</p>", "vote of support, Italian"),
    ("en", "end", "<p>Hollinsgate Rovers' new shirt sponsor is the brewery Old Quarry.</p>", "sport sponsorship"),
    ("es", "end", "<p>El equipo de baloncesto local presentó a su nuevo patrocinador, una cadena de supermercados.</p>", "sport sponsorship, Spanish"),
    ("en", "after", "<section><h2>Our supporters</h2><ul><li>Penrose Family Foundation</li><li>Alder Bequest</li><li>Tanner Row Residents' Association</li></ul></section>", "donor list naming no funded work"),
    ("en", "after", "<section><h2>Donor wall</h2><p>Thank you to our 2025 members and friends.</p></section>", "donor wall"),
    ("en", "end", "<ol class=\"footnotes\"><li>Greywater Civic Trust, Annual Funding Report 2024, p. 12.</li></ol>", "footnote citing a funding report as source"),
    ("en", "after", "<aside class=\"sidebar-ad\"><p>Advertisement</p><p>Treecare Pro: professional pruning, free quotes.</p></aside>", "sidebar advert"),
    ("en", "after", "<footer class=\"site-credits\"><p>Powered by Quillpress. Maps by OpenLeaf.</p></footer>", "powered by software credit"),
    ("en", "end", "<p>A crowdfunding campaign by the Allotment Society raised £18,000 for a new shed last month.</p>", "crowdfunding news about others"),
    ("pt", "end", "<p>A câmara anunciou um financiamento de dois milhões para requalificar o mercado municipal.</p>", "public money as news"),
    ("nl", "end", "<p>De gemeente trekt drie miljoen euro uit voor nieuwe fietspaden.</p>", "budget as news, Dutch"),
    ("pl", "end", "<p>Miasto przyznało dotację w wysokości 200 tys. zł miejscowemu klubowi piłkarskiemu.</p>", "grant to others, Polish"),
    ("sv", "end", "<p>Kommunen har beviljat föreningen Stadsodling ett bidrag på 150 000 kronor.</p>", "grant to others, Swedish"),
    ("ja", "end", "<p>市は別の事業として、商店街の改修に三億円の補助金を交付すると発表した。</p>", "Japanese: subsidy to others as news"),
    ("zh", "end", "<p>另据报道，一家园艺科技公司完成了数千万元的A轮融资。</p>", "Chinese: funding round"),
    ("ko", "end", "<p>앱은 안드로이드 11 이상과 iOS 15 이상을 지원한다.</p>", "Korean: supported versions"),
    ("tr", "end", "<p>Belediye, yerel futbol kulübüne 2 milyon liralık destek verdiğini açıkladı.</p>", "Turkish: support to others as news"),
    ("ar", "end", "<p>أعلنت البلدية عن منحة بقيمة مليون دينار لنادي كرة القدم المحلي.</p>", "Arabic: grant to others"),
    ("he", "end", "<p>העירייה הודיעה על תקציב של שני מיליון שקל לשיפוץ השוק.</p>", "Hebrew: budget as news"),
    ("hi", "end", "<p>नगर निगम ने स्थानीय क्रिकेट क्लब को पाँच लाख रुपये का अनुदान दिया।</p>", "Hindi: grant to others"),
    ("id", "end", "<p>Terima kasih telah membaca dan mendukung jurnalisme lokal.</p>", "Indonesian: thanks to readers"),
    ("vi", "end", "<p>Một công ty khởi nghiệp công nghệ xanh vừa gọi vốn thành công 5 triệu USD.</p>", "Vietnamese: funding round"),
    ("el", "end", "<p>Η πρόταση υποστηρίχθηκε από την πλειοψηφία του δημοτικού συμβουλίου.</p>", "Greek: vote of support"),
    ("fi", "end", "<p>Kaupunki myönsi paikalliselle jalkapalloseuralle 80 000 euron avustuksen.</p>", "Finnish: grant to others"),
    ("hu", "end", "<p>Az önkormányzat 20 millió forintos támogatást adott a helyi sportegyesületnek.</p>", "Hungarian: grant to others"),
    ("cs", "end", "<p>Aplikace podporuje systémy Android 11 a novější.</p>", "Czech: supported versions"),
    ("ro", "end", "<p>Primăria a anunțat o finanțare de un milion de lei pentru reabilitarea pieței.</p>", "Romanian: public money as news"),
    ("uk", "end", "<p>Дякуємо, що читаєте нас і підтримуєте незалежну журналістику.</p>", "Ukrainian: thanks to readers"),
    ("sk", "end", "<p>Mesto schválilo rozpočet na budúci rok vo výške 40 miliónov eur.</p>", "Slovak: budget as news"),
    ("da", "end", "<p>Forslaget blev støttet af et flertal i byrådet.</p>", "Danish: vote of support"),
    ("en", "own", "<p>In this episode we talk street trees with the census team.</p><aside class=\"ad-banner\">Ad: Leafline gloves, 20% off.</aside><aside class=\"ad-banner\">Ad: Treecare Pro pruning, book now.</aside>", "podcast ad banners only"),
    ("fr", "end", "<p>Merci à tous nos lecteurs pour leur fidélité et leur soutien.</p>", "French: thanks to readers"),
    ("en", "end", "<p>Last year the Penrose Family Foundation funded a study of street lighting in the neighbouring town of Cresswold.</p>", "funding of another study reported as news"),
]


def build() -> dict[str, tuple[str, dict]]:
    def make(lang: str, place: str, html: str) -> str:
        return header_page(lang, html) if place == "header" else page(lang, place, html)
    return story_cases("fd66-", REAL, NEGATIVE, make)


def main() -> None:
    built = build()
    for page_id, (html, label) in built.items():
        for statement in label["funding"] + label["must_keep_in_body"]:
            assert statement in html, (page_id, statement)
    write_corpus(HERE, built)
    langs = {label["lang"] for _, label in built.values()}
    print(f"{len(built)} pages, {sum(len(label['funding']) for _, label in built.values())} statements, "
          f"{sum(1 for _, label in built.values() if not label['funding'])} negatives, {len(langs)} languages")


if __name__ == "__main__":
    main()
