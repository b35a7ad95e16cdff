"""Builds held-out funding round 61 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the lighthouse, the town, the funders, grant numbers and people do
not exist. Written blind by a helper from the definition of `funding` alone, without reading the
detector's code, its tests or the earlier rounds' cases: reports on the restoration of the invented
Skerrow Head lighthouse near the invented town of Kellmouth, in 34 languages. The real statements
sit where news and research pages put them and extractors miss them: as the last sentence of an
ordinary body paragraph, split over a "Funding:" label and a list, in an Acknowledgements paragraph
that mixes thanks with one grant sentence, as a sponsor line in the article header, in a press
release's "About" boilerplate, as an italic note after the body, in a sidebar box, a collapsed
"Article information" section, a table note, a photo caption, a footnote list and a sponsor strip,
and under their own headings on right-to-left and CJK pages. The hard negatives use the same words
and places: grants announced as news about a third party, a company's funding round, technical
"support", "sponsored content" labels on adverts, donation appeals, "with thanks to" photo credits,
fans' support, votes of support, budgets, crowdfunding, footnotes citing a funding report.

Conventions: for run-in labels and headings ("Funding:", <h2>Förderung</h2>) the listed statement
is the text after the label, without it; for a label followed by a list each list item is one
statement; in acknowledgements that mix thanks and a grant only the grant sentence is listed (the
thanks are listed nowhere: they may travel with the section); footnote markers are not part of a
statement. When a statement ends an ordinary story paragraph, the story sentence before it is in
"not_funding".

usage: python benchmarks/funding-round61/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, write_corpus

RTL = {"ar", "he"}

# lang: (title, two story paragraphs)
STORY = {
    "en": ("Skerrow Head lighthouse shines again after three-year restoration", [
        "The lighthouse at Skerrow Head was relit on Saturday after conservators replaced its corroded lantern glazing and repaired the cast-iron gallery.",
        "Volunteers from Kellmouth spent more than four thousand hours cleaning the brass fittings of the original lens."]),
    "de": ("Leuchtturm von Skerrow Head leuchtet nach dreijähriger Restaurierung wieder", [
        "Der Leuchtturm am Skerrow Head wurde am Samstag wieder in Betrieb genommen, nachdem Restauratoren die korrodierte Laternenverglasung ersetzt und die gusseiserne Galerie repariert hatten.",
        "Freiwillige aus Kellmouth reinigten mehr als viertausend Stunden lang die Messingbeschläge der originalen Linse."]),
    "fr": ("Le phare de Skerrow Head brille de nouveau après trois ans de restauration", [
        "Le phare de Skerrow Head a été rallumé samedi après que des restaurateurs ont remplacé le vitrage corrodé de la lanterne et réparé la galerie en fonte.",
        "Des bénévoles de Kellmouth ont consacré plus de quatre mille heures au nettoyage des pièces en laiton de la lentille d'origine."]),
    "es": ("El faro de Skerrow Head vuelve a brillar tras tres años de restauración", [
        "El faro de Skerrow Head volvió a encenderse el sábado después de que los restauradores sustituyeran el acristalamiento corroído de la linterna y repararan la galería de hierro fundido.",
        "Voluntarios de Kellmouth dedicaron más de cuatro mil horas a limpiar los herrajes de latón de la lente original."]),
    "it": ("Il faro di Skerrow Head torna a brillare dopo tre anni di restauro", [
        "Il faro di Skerrow Head è stato riacceso sabato dopo che i restauratori hanno sostituito le vetrate corrose della lanterna e riparato il ballatoio in ghisa.",
        "I volontari di Kellmouth hanno dedicato oltre quattromila ore alla pulizia degli ottoni della lente originale."]),
    "pt": ("Farol de Skerrow Head volta a brilhar após três anos de restauro", [
        "O farol de Skerrow Head foi reaceso no sábado depois de os restauradores substituírem os vidros corroídos da lanterna e repararem a galeria de ferro fundido.",
        "Voluntários de Kellmouth dedicaram mais de quatro mil horas à limpeza das peças de latão da lente original."]),
    "nl": ("Vuurtoren van Skerrow Head brandt weer na drie jaar restauratie", [
        "De vuurtoren op Skerrow Head is zaterdag opnieuw ontstoken nadat restauratoren de gecorrodeerde beglazing van de lantaarn hadden vervangen en de gietijzeren omloop hadden hersteld.",
        "Vrijwilligers uit Kellmouth besteedden meer dan vierduizend uur aan het poetsen van het messing van de oorspronkelijke lens."]),
    "pl": ("Latarnia na Skerrow Head znów świeci po trzech latach renowacji", [
        "Latarnię na przylądku Skerrow Head ponownie zapalono w sobotę, po tym jak konserwatorzy wymienili skorodowane przeszklenie laterny i naprawili żeliwną galerię.",
        "Wolontariusze z Kellmouth poświęcili ponad cztery tysiące godzin na czyszczenie mosiężnych okuć oryginalnej soczewki."]),
    "sv": ("Fyren på Skerrow Head lyser igen efter tre års restaurering", [
        "Fyren på Skerrow Head tändes på lördagen igen sedan konservatorer bytt ut lanterninens korroderade glas och reparerat gjutjärnsbalkongen.",
        "Frivilliga från Kellmouth lade mer än fyratusen timmar på att putsa mässingsdetaljerna i den ursprungliga linsen."]),
    "fi": ("Skerrow Headin majakka loistaa taas kolmen vuoden kunnostuksen jälkeen", [
        "Skerrow Headin majakka sytytettiin lauantaina uudelleen, kun konservaattorit olivat vaihtaneet lyhdyn syöpyneet lasit ja korjanneet valurautaisen parvekkeen.",
        "Kellmouthin vapaaehtoiset käyttivät yli neljätuhatta tuntia alkuperäisen linssin messinkiosien puhdistamiseen."]),
    "cs": ("Maják na Skerrow Head po třech letech obnovy znovu svítí", [
        "Maják na mysu Skerrow Head byl v sobotu znovu rozsvícen poté, co restaurátoři vyměnili zkorodované zasklení lucerny a opravili litinový ochoz.",
        "Dobrovolníci z Kellmouthu strávili přes čtyři tisíce hodin čištěním mosazných částí původní čočky."]),
    "sk": ("Maják na Skerrow Head po troch rokoch obnovy opäť svieti", [
        "Maják na myse Skerrow Head v sobotu opäť rozsvietili po tom, čo reštaurátori vymenili skorodované zasklenie lampy a opravili liatinový ochodz.",
        "Dobrovoľníci z Kellmouthu strávili viac ako štyritisíc hodín čistením mosadzných častí pôvodnej šošovky."]),
    "hu": ("Három év felújítás után újra világít a Skerrow Head-i világítótorony", [
        "A Skerrow Head-i világítótornyot szombaton gyújtották meg újra, miután a restaurátorok kicserélték a lámpaház korrodált üvegezését és megjavították az öntöttvas körerkélyt.",
        "A kellmouthi önkéntesek több mint négyezer órát töltöttek az eredeti lencse sárgaréz szerelvényeinek tisztításával."]),
    "ro": ("Farul de la Skerrow Head luminează din nou după trei ani de restaurare", [
        "Farul de la Skerrow Head a fost reaprins sâmbătă, după ce restauratorii au înlocuit geamurile corodate ale lanternei și au reparat galeria din fontă.",
        "Voluntari din Kellmouth au petrecut peste patru mii de ore curățând piesele de alamă ale lentilei originale."]),
    "el": ("Ο φάρος του Skerrow Head φωτίζει ξανά μετά από τρία χρόνια αποκατάστασης", [
        "Ο φάρος στο ακρωτήριο Skerrow Head άναψε ξανά το Σάββατο, αφού οι συντηρητές αντικατέστησαν τα διαβρωμένα τζάμια του φανού και επισκεύασαν τον μαντεμένιο εξώστη.",
        "Εθελοντές από το Kellmouth αφιέρωσαν περισσότερες από τέσσερις χιλιάδες ώρες στον καθαρισμό των ορειχάλκινων εξαρτημάτων του αρχικού φακού."]),
    "tr": ("Skerrow Head deniz feneri üç yıllık restorasyonun ardından yeniden ışık veriyor", [
        "Skerrow Head'deki deniz feneri, restoratörlerin paslanmış fener camlarını değiştirmesi ve dökme demir balkonu onarmasının ardından cumartesi günü yeniden yakıldı.",
        "Kellmouth'lu gönüllüler orijinal merceğin pirinç parçalarını temizlemek için dört bin saatten fazla çalıştı."]),
    "ru": ("Маяк на мысе Скерроу-Хед снова светит после трёх лет реставрации", [
        "Маяк на мысе Скерроу-Хед снова зажгли в субботу после того, как реставраторы заменили корродированное остекление фонаря и отремонтировали чугунную галерею.",
        "Волонтёры из Келлмута потратили более четырёх тысяч часов на чистку латунных деталей оригинальной линзы."]),
    "uk": ("Маяк на мисі Скерроу-Хед знову світить після трьох років реставрації", [
        "Маяк на мисі Скерроу-Хед знову запалили в суботу після того, як реставратори замінили кородоване скління ліхтаря та відремонтували чавунну галерею.",
        "Волонтери з Келлмута витратили понад чотири тисячі годин на чищення латунних деталей оригінальної лінзи."]),
    "bg": ("Фарът на нос Скероу Хед отново свети след три години реставрация", [
        "Фарът на нос Скероу Хед беше запален отново в събота, след като реставраторите смениха корозиралите стъкла на фенера и ремонтираха чугунената галерия.",
        "Доброволци от Келмът прекараха над четири хиляди часа в почистване на месинговите части на оригиналната леща."]),
    "hr": ("Svjetionik na rtu Skerrow Head ponovno svijetli nakon tri godine obnove", [
        "Svjetionik na rtu Skerrow Head ponovno je upaljen u subotu nakon što su restauratori zamijenili korodirana stakla lanterne i popravili galeriju od lijevanog željeza.",
        "Volonteri iz Kellmoutha proveli su više od četiri tisuće sati čisteći mjedene dijelove izvorne leće."]),
    "lt": ("Skerrow Head švyturys po trejų metų restauracijos vėl šviečia", [
        "Skerrow Head švyturys vėl įžiebtas šeštadienį, kai restauratoriai pakeitė korozijos pažeistus žibinto stiklus ir sutaisė ketaus galeriją.",
        "Savanoriai iš Kellmouth daugiau nei keturis tūkstančius valandų valė originalaus lęšio žalvarines detales."]),
    "et": ("Skerrow Headi tuletorn särab pärast kolmeaastast restaureerimist taas", [
        "Skerrow Headi tuletorn süüdati laupäeval uuesti, kui restauraatorid olid vahetanud laterna korrodeerunud klaasid ja parandanud malmist rõdu.",
        "Kellmouthi vabatahtlikud kulutasid üle nelja tuhande tunni algse läätse messingdetailide puhastamisele."]),
    "ca": ("El far de Skerrow Head torna a brillar després de tres anys de restauració", [
        "El far de Skerrow Head es va tornar a encendre dissabte després que els restauradors substituïssin els vidres corroïts de la llanterna i reparessin la galeria de ferro colat.",
        "Voluntaris de Kellmouth van dedicar més de quatre mil hores a netejar les peces de llautó de la lent original."]),
    "ar": ("منارة سكيرو هيد تضيء من جديد بعد ثلاث سنوات من الترميم", [
        "أعيد إشعال منارة رأس سكيرو هيد يوم السبت بعد أن استبدل المرممون زجاج الفانوس المتآكل وأصلحوا الشرفة المصنوعة من الحديد الزهر.",
        "وأمضى متطوعون من كيلماوث أكثر من أربعة آلاف ساعة في تنظيف القطع النحاسية للعدسة الأصلية."]),
    "he": ("המגדלור בסקרו הד מאיר שוב אחרי שלוש שנות שיקום", [
        "המגדלור בכף סקרו הד הודלק מחדש בשבת, לאחר שהמשמרים החליפו את זגוגיות הפנס שהחלידו ותיקנו את המרפסת מברזל יצוק.",
        "מתנדבים מקלמות' השקיעו יותר מארבעת אלפים שעות בניקוי חלקי הפליז של העדשה המקורית."]),
    "hi": ("तीन साल की मरम्मत के बाद स्केरो हेड का प्रकाशस्तंभ फिर से जगमगाया", [
        "स्केरो हेड का प्रकाशस्तंभ शनिवार को फिर से जलाया गया, जब संरक्षकों ने लालटेन के जंग लगे शीशे बदले और ढलवां लोहे की गैलरी की मरम्मत की।",
        "केलमाउथ के स्वयंसेवकों ने मूल लेंस के पीतल के हिस्सों की सफ़ाई में चार हज़ार से अधिक घंटे लगाए।"]),
    "ja": ("スケロー岬灯台、3年の修復を経て再点灯", [
        "スケロー岬の灯台は、修復士が腐食した灯室のガラスを交換し、鋳鉄製のバルコニーを補修したのち、土曜日に再点灯された。",
        "ケルマスのボランティアは、当初のレンズの真鍮部品の清掃に4000時間以上を費やした。"]),
    "zh": ("斯凯罗角灯塔历时三年修复后重新点亮", [
        "斯凯罗角灯塔于周六重新点亮，此前修复人员更换了灯室被腐蚀的玻璃，并修复了铸铁回廊。",
        "来自凯尔茅斯的志愿者花费四千多小时清洁原有透镜的黄铜部件。"]),
    "ko": ("스케로 곶 등대, 3년간의 복원 끝에 다시 불 밝혀", [
        "스케로 곶 등대는 복원 전문가들이 부식된 등롱 유리를 교체하고 주철 발코니를 수리한 뒤 토요일에 다시 점등되었다.",
        "켈머스의 자원봉사자들은 원래 렌즈의 황동 부품을 닦는 데 4천 시간 이상을 들였다."]),
    "id": ("Mercusuar Skerrow Head kembali menyala setelah tiga tahun restorasi", [
        "Mercusuar di Tanjung Skerrow Head dinyalakan kembali pada hari Sabtu setelah para konservator mengganti kaca lentera yang berkarat dan memperbaiki galeri besi tuang.",
        "Relawan dari Kellmouth menghabiskan lebih dari empat ribu jam untuk membersihkan bagian kuningan lensa aslinya."]),
    "ms": ("Rumah api Skerrow Head bersinar semula selepas tiga tahun pemulihan", [
        "Rumah api di Tanjung Skerrow Head dinyalakan semula pada hari Sabtu selepas pakar pemuliharaan menggantikan kaca tanglung yang berkarat dan membaiki galeri besi tuang.",
        "Sukarelawan dari Kellmouth menghabiskan lebih empat ribu jam membersihkan bahagian loyang kanta asal."]),
    "vi": ("Ngọn hải đăng Skerrow Head sáng trở lại sau ba năm trùng tu", [
        "Ngọn hải đăng trên mũi Skerrow Head được thắp sáng lại vào thứ Bảy sau khi các chuyên gia bảo tồn thay thế kính đèn bị ăn mòn và sửa chữa hành lang bằng gang.",
        "Các tình nguyện viên từ Kellmouth đã dành hơn bốn nghìn giờ để lau chùi các chi tiết bằng đồng thau của thấu kính nguyên bản."]),
    "th": ("ประภาคารสเคอร์โรว์เฮดกลับมาส่องแสงอีกครั้งหลังบูรณะสามปี", [
        "ประภาคารที่แหลมสเคอร์โรว์เฮดถูกจุดไฟอีกครั้งเมื่อวันเสาร์ หลังจากช่างอนุรักษ์เปลี่ยนกระจกโคมที่ผุกร่อนและซ่อมระเบียงเหล็กหล่อ",
        "อาสาสมัครจากเคลมัธใช้เวลากว่าสี่พันชั่วโมงทำความสะอาดชิ้นส่วนทองเหลืองของเลนส์ดั้งเดิม"]),
    "sw": ("Mnara wa taa wa Skerrow Head wawaka tena baada ya miaka mitatu ya ukarabati", [
        "Mnara wa taa katika rasi ya Skerrow Head uliwashwa tena Jumamosi baada ya wahifadhi kubadilisha vioo vilivyoharibika vya taa na kukarabati baraza la chuma cha kutupwa.",
        "Wajitolea kutoka Kellmouth walitumia zaidi ya saa elfu nne kusafisha sehemu za shaba za lenzi ya asili."]),
}


def page(lang: str, place: str, html: str) -> str:
    """A news page in `lang`: its report with `html` set where `place` says: "para" (text ending
    the last story paragraph), "header" (under the headline, above the body), "mid" (after the
    first paragraph), "end" (after the last), or "after" (after the article, inside <main>)."""
    title, story = STORY[lang]
    paragraphs = [f"<p>{p}</p>" for p in story]
    header, after = "", ""
    if place == "para":
        paragraphs[-1] = f"<p>{story[-1]} {html}</p>"
    elif place == "header":
        header = html
    elif place == "mid":
        paragraphs.insert(1, html)
    elif place == "end":
        paragraphs.append(html)
    else:
        after = html
    direction = ' dir="rtl"' if lang in RTL else ""
    body = "\n".join(paragraphs)
    return (f'<!doctype html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><nav><a href="/">Kellmouth Courier</a> <a href="/heritage">Heritage</a> <a href="/sport">Sport</a></nav><main>'
            f'<article><header><h1>{title}</h1>{header}<p class="byline">Kellmouth Courier · 14.03.2026</p></header>\n'
            f'{body}\n</article>\n{after}'
            f'</main><footer><p>© 2026 Kellmouth Courier</p><a href="/contact">Contact</a></footer></body></html>')


def last(lang: str) -> list[str]:
    """The story sentence a "para" statement follows in its paragraph."""
    return [STORY[lang][1][-1]]


# (lang, place, html, statements, not_funding, keep, note)
REAL = [
    # English: the hard places
    ("en", "para", "The restoration was funded by the Ostrand Maritime Heritage Fund under grant OMHF-2024-117.",
     ["The restoration was funded by the Ostrand Maritime Heritage Fund under grant OMHF-2024-117."], last("en"), [],
     "closing sentence of an ordinary story paragraph"),
    ("en", "end", ('<p><strong>Funding:</strong></p>\n<ul><li>Ostrand Maritime Heritage Fund, grant OMHF-2024-118</li>'
     '<li>Kellmouth Borough Council, Coastal Assets Programme award CAP/22/09</li></ul>'),
     ["Ostrand Maritime Heritage Fund, grant OMHF-2024-118", "Kellmouth Borough Council, Coastal Assets Programme award CAP/22/09"],
     [], [], "'Funding:' label followed by a list of funders and grant numbers"),
    ("en", "end", ("<h2>Acknowledgements</h2>\n<p>We thank the keepers' descendants for lending family photographs and Dr Mira Totten for "
     "advice on lens chemistry. The glazing analysis was supported by the Halvern Trust for Industrial Heritage (award HT-5531). "
     "We are also grateful to the harbour staff for access to the tower.</p>"),
     ["The glazing analysis was supported by the Halvern Trust for Industrial Heritage (award HT-5531)."], [], [],
     "acknowledgements paragraph: thanks, one grant sentence, thanks"),
    ("en", "header", '<p class="series-sponsor">Our Coastal Heritage series is supported by the Brindlecombe Coastal Foundation.</p>',
     ["Our Coastal Heritage series is supported by the Brindlecombe Coastal Foundation."], [], [],
     "sponsor line in the article header above the body"),
    ("en", "after", ('<section class="boilerplate"><h3>About the Skerrow Head Lighthouse Trust</h3>\n<p>The Skerrow Head Lighthouse '
     "Trust is a registered charity that cares for the tower and its keepers' cottages. The restoration project was made possible "
     "by a grant of £1.2 million from the Ostrand Heritage Lottery Fund.</p></section>"),
     ["The restoration project was made possible by a grant of £1.2 million from the Ostrand Heritage Lottery Fund."],
     ["The Skerrow Head Lighthouse Trust is a registered charity that cares for the tower and its keepers' cottages."], [],
     "press release 'About' boilerplate after the article"),
    ("en", "end", "<p><em>This article was produced with the financial support of the Marlow Press Foundation's Coastal Reporting Programme.</em></p>",
     ["This article was produced with the financial support of the Marlow Press Foundation's Coastal Reporting Programme."], [], [],
     "italic note after the body"),
    ("en", "end", ("<h2>Funding</h2>\n<p>This study was funded by the Velmar Institute for Glass Conservation (grant VIGC-33-2025).</p>\n"
     "<h2>Competing interests</h2>\n<p>The authors declare no competing interests.</p>"),
     ["This study was funded by the Velmar Institute for Glass Conservation (grant VIGC-33-2025)."], [],
     ["The authors declare no competing interests."], "Funding heading, then a competing-interest declaration the body keeps"),
    ("en", "mid", ('<aside class="infobox"><h4>About this project</h4>\n<p>The lens survey is co-financed by the European Regional '
     "Development Fund under grant agreement No 101188342.</p></aside>"),
     ["The lens survey is co-financed by the European Regional Development Fund under grant agreement No 101188342."], [], [],
     "sidebar box inside the article"),
    ("en", "mid", ('<figure><img src="lens.jpg" alt="The lens"><figcaption>The restored first-order lens (Photo: Ada Quill). '
     "The lens survey is funded by the Corran Science Council.</figcaption></figure>"),
     ["The lens survey is funded by the Corran Science Council."], [], [], "credit line under a photo"),
    ("en", "end", ('<p>Samples of the glass were dated to 1871.<sup><a href="#fn1">1</a></sup></p>\n'
     '<ol class="footnotes"><li id="fn1">Glass dating was carried out with support from the Tamsin Rook Fund for Maritime Science (grant TR-0442).</li></ol>'),
     ["Glass dating was carried out with support from the Tamsin Rook Fund for Maritime Science (grant TR-0442)."], [], [],
     "footnote list"),
    ("en", "end", ("<details><summary>Article information</summary>\n<p>Published 14 March 2026. Corrected 16 March 2026.</p>\n"
     "<p>Funding: The research was supported by the Northwater Research Council (NRC grant 22-0917).</p></details>"),
     ["The research was supported by the Northwater Research Council (NRC grant 22-0917)."], [], [],
     "collapsed 'Article information' section"),
    ("en", "end", ("<table><caption>Cost of works</caption>\n<tr><th>Item</th><th>Cost</th></tr>\n<tr><td>Lantern glazing</td><td>£310,000</td></tr>\n"
     "<tr><td>Gallery repair</td><td>£145,000</td></tr>\n<tfoot><tr><td colspan=\"2\">The costings survey was funded by the Guild of "
     "Coastal Engineers.</td></tr></tfoot></table>"),
     ["The costings survey was funded by the Guild of Coastal Engineers."], [], [], "table note in tfoot"),
    ("en", "end", "<p>The relighting ceremony was sponsored by Harrow and Finch Shipbuilders.</p>",
     ["The relighting ceremony was sponsored by Harrow and Finch Shipbuilders."], [], [], "event sponsor"),
    ("en", "end", "<p>The Pellow Family Foundation funded this work through its Heritage Science scheme (grant PFF-HS-208).</p>",
     ["The Pellow Family Foundation funded this work through its Heritage Science scheme (grant PFF-HS-208)."], [], [],
     "active voice, foundation"),
    ("en", "after", '<div class="sponsor-strip">Supported by the Kellmouth Harbour Commissioners</div>',
     ["Supported by the Kellmouth Harbour Commissioners"], [], [], "short sponsor line of its own with a named body"),
    # German
    ("de", "para", "Das Projekt wurde von der Stiftung Küstenerbe Nordmark mit 480.000 Euro gefördert.",
     ["Das Projekt wurde von der Stiftung Küstenerbe Nordmark mit 480.000 Euro gefördert."], last("de"), [],
     "closing sentence of a story paragraph"),
    ("de", "end", ("<h2>Förderung</h2>\n<p>Die Untersuchung der Linse wurde von der Gesellschaft für Leuchtfeuerkunde gefördert "
     "(Förderkennzeichen GLK-2025-044).</p>\n<h2>Interessenkonflikte</h2>\n<p>Die Autorinnen erklären, dass keine Interessenkonflikte bestehen.</p>"),
     ["Die Untersuchung der Linse wurde von der Gesellschaft für Leuchtfeuerkunde gefördert (Förderkennzeichen GLK-2025-044)."], [],
     ["Die Autorinnen erklären, dass keine Interessenkonflikte bestehen."], "Förderung heading, conflict declaration kept"),
    ("de", "end", ("<p>Finanzierung:</p>\n<ul><li>Stiftung Küstenerbe Nordmark, Förderkennzeichen SKN-118</li>"
     "<li>Landesamt für Denkmalpflege Westmark, Zuwendung 4-2025</li></ul>"),
     ["Stiftung Küstenerbe Nordmark, Förderkennzeichen SKN-118", "Landesamt für Denkmalpflege Westmark, Zuwendung 4-2025"], [], [],
     "label followed by a list"),
    # French
    ("fr", "end", ("<h2>Financement</h2>\n<p>Ces travaux ont bénéficié du soutien financier de la Fondation Armorique des Phares "
     "(convention n° FAP-2025-31).</p>"),
     ["Ces travaux ont bénéficié du soutien financier de la Fondation Armorique des Phares (convention n° FAP-2025-31)."], [], [],
     "Financement heading"),
    ("fr", "end", "<p><em>Cette enquête a été réalisée avec le soutien du Fonds Lumière pour le journalisme maritime.</em></p>",
     ["Cette enquête a été réalisée avec le soutien du Fonds Lumière pour le journalisme maritime."], [], [], "italic note after the body"),
    ("fr", "end", ("<h2>Remerciements</h2>\n<p>Nous remercions les gardiens retraités pour leurs témoignages. Cette étude a été financée "
     "par l'Agence régionale du patrimoine côtier (projet ARPC-22-07).</p>"),
     ["Cette étude a été financée par l'Agence régionale du patrimoine côtier (projet ARPC-22-07)."], [], [],
     "Remerciements: thanks then one grant sentence"),
    # Spanish
    ("es", "para", "La restauración contó con la financiación de la Fundación Faros del Cantábrico Norte.",
     ["La restauración contó con la financiación de la Fundación Faros del Cantábrico Norte."], last("es"), [],
     "closing sentence of a story paragraph"),
    ("es", "end", ("<h2>Financiación</h2>\n<p>Este estudio fue financiado por la Agencia de Patrimonio Marítimo de Costaverde "
     "(proyecto APM-2025-203).</p>"),
     ["Este estudio fue financiado por la Agencia de Patrimonio Marítimo de Costaverde (proyecto APM-2025-203)."], [], [],
     "Financiación heading"),
    ("es", "after", ('<section class="about"><h3>Acerca de la Asociación Amigos del Faro</h3>\n<p>La Asociación Amigos del Faro reúne '
     "a seiscientos socios de la comarca. El proyecto ha sido posible gracias a una subvención del Ministerio de Cultura de Costaverde.</p></section>"),
     ["El proyecto ha sido posible gracias a una subvención del Ministerio de Cultura de Costaverde."],
     ["La Asociación Amigos del Faro reúne a seiscientos socios de la comarca."], [], "press release 'About' boilerplate"),
    # Italian
    ("it", "end", "<h2>Finanziamento</h2>\n<p>La ricerca è stata finanziata dalla Fondazione Mareluce (bando Patrimonio 2025, progetto FM-118).</p>",
     ["La ricerca è stata finanziata dalla Fondazione Mareluce (bando Patrimonio 2025, progetto FM-118)."], [], [], "Finanziamento heading"),
    ("it", "header", '<p class="kicker">Questa rubrica è realizzata con il sostegno della Fondazione Mareluce.</p>',
     ["Questa rubrica è realizzata con il sostegno della Fondazione Mareluce."], [], [], "sponsor line in the header"),
    # Portuguese
    ("pt", "end", "<h2>Financiamento</h2>\n<p>Este trabalho foi financiado pela Fundação para o Património Costeiro (projeto FPC/2025/071).</p>",
     ["Este trabalho foi financiado pela Fundação para o Património Costeiro (projeto FPC/2025/071)."], [], [], "Financiamento heading"),
    ("pt", "end", ("<h2>Agradecimentos</h2>\n<p>Agradecemos aos antigos faroleiros as suas memórias. O estudo contou com o apoio "
     "financeiro da Fundação Atlântida Azul (bolsa FAA-2025-12).</p>"),
     ["O estudo contou com o apoio financeiro da Fundação Atlântida Azul (bolsa FAA-2025-12)."], [], [],
     "Agradecimentos mixing thanks and a grant"),
    # Dutch
    ("nl", "para", "Dit onderzoek werd gefinancierd door het Kustfonds Noordwaarden (subsidie KN-2025-19).",
     ["Dit onderzoek werd gefinancierd door het Kustfonds Noordwaarden (subsidie KN-2025-19)."], last("nl"), [],
     "closing sentence of a story paragraph"),
    # Polish
    ("pl", "end", "<h2>Finansowanie</h2>\n<p>Badania sfinansowano ze środków Fundacji Dziedzictwa Morskiego (grant nr FDM/2025/14).</p>",
     ["Badania sfinansowano ze środków Fundacji Dziedzictwa Morskiego (grant nr FDM/2025/14)."], [], [], "Finansowanie heading"),
    # Swedish
    ("sv", "end", "<p><em>Projektet finansieras av Stiftelsen Kustarv Norrvik.</em></p>",
     ["Projektet finansieras av Stiftelsen Kustarv Norrvik."], [], [], "italic note after the body"),
    # Finnish
    ("fi", "end", "<h2>Rahoitus</h2>\n<p>Tutkimusta rahoitti Rannikkoperinnön säätiö (apuraha RPS-2025-8).</p>",
     ["Tutkimusta rahoitti Rannikkoperinnön säätiö (apuraha RPS-2025-8)."], [], [], "Rahoitus heading"),
    # Czech
    ("cs", "end", ("<details><summary>Informace o článku</summary>\n<p>Publikováno 14. 3. 2026.</p>\n"
     "<p>Financování: Výzkum byl podpořen Nadací pro námořní dědictví (grant NND-25-301).</p></details>"),
     ["Výzkum byl podpořen Nadací pro námořní dědictví (grant NND-25-301)."], [], [], "collapsed article information"),
    # Slovak
    ("sk", "para", "Projekt bol financovaný z grantu Nadácie pobrežného dedičstva č. NPD-2025-12.",
     ["Projekt bol financovaný z grantu Nadácie pobrežného dedičstva č. NPD-2025-12."], last("sk"), [],
     "closing sentence of a story paragraph"),
    # Hungarian
    ("hu", "end", ("<h2>Köszönetnyilvánítás</h2>\n<p>Köszönjük a nyugalmazott toronyőröknek a visszaemlékezéseiket. A kutatást a Tengeri "
     "Örökség Alapítvány támogatta (TÖA-2025-40 számú pályázat).</p>"),
     ["A kutatást a Tengeri Örökség Alapítvány támogatta (TÖA-2025-40 számú pályázat)."], [], [],
     "acknowledgements mixing thanks and a grant"),
    # Romanian
    ("ro", "end", "<h2>Finanțare</h2>\n<p>Această lucrare a fost finanțată de Fundația pentru Patrimoniu Costier, grantul FPC-2025-77.</p>",
     ["Această lucrare a fost finanțată de Fundația pentru Patrimoniu Costier, grantul FPC-2025-77."], [], [], "Finanțare heading"),
    # Greek
    ("el", "end", "<h2>Χρηματοδότηση</h2>\n<p>Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Ναυτικής Κληρονομιάς (επιχορήγηση ΙΝΚ-2025-12).</p>",
     ["Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Ναυτικής Κληρονομιάς (επιχορήγηση ΙΝΚ-2025-12)."], [], [], "Greek funding heading"),
    # Turkish
    ("tr", "end", "<h2>Finansman</h2>\n<p>Bu çalışma Kıyı Mirası Vakfı tarafından desteklenmiştir (proje no. KMV-2025-061).</p>",
     ["Bu çalışma Kıyı Mirası Vakfı tarafından desteklenmiştir (proje no. KMV-2025-061)."], [], [], "Finansman heading"),
    # Russian
    ("ru", "end", "<h2>Финансирование</h2>\n<p>Исследование выполнено при финансовой поддержке Фонда морского наследия (грант № ФМН-25-114).</p>",
     ["Исследование выполнено при финансовой поддержке Фонда морского наследия (грант № ФМН-25-114)."], [], [], "Russian funding heading"),
    # Ukrainian
    ("uk", "end", "<p>Фінансування:</p>\n<ul><li>Фонд морської спадщини, грант № ФМС-2025-07</li><li>Міська рада Келлмута, програма «Берег»</li></ul>",
     ["Фонд морської спадщини, грант № ФМС-2025-07", "Міська рада Келлмута, програма «Берег»"], [], [], "label followed by a list"),
    # Bulgarian
    ("bg", "para", "Проектът е финансиран от Фондация „Морско наследство“ по договор № МН-2025-19.",
     ["Проектът е финансиран от Фондация „Морско наследство“ по договор № МН-2025-19."], last("bg"), [],
     "closing sentence of a story paragraph"),
    # Croatian
    ("hr", "end", "<h2>Financiranje</h2>\n<p>Istraživanje je financirala Zaklada za pomorsku baštinu (projekt ZPB-2025-03).</p>",
     ["Istraživanje je financirala Zaklada za pomorsku baštinu (projekt ZPB-2025-03)."], [], [], "Financiranje heading"),
    # Lithuanian
    ("lt", "end", "<h2>Finansavimas</h2>\n<p>Tyrimą finansavo Jūrų paveldo fondas (sutarties Nr. JPF-2025-22).</p>",
     ["Tyrimą finansavo Jūrų paveldo fondas (sutarties Nr. JPF-2025-22)."], [], [], "Finansavimas heading"),
    # Estonian
    ("et", "end", "<p><em>Projekti rahastas Rannikupärandi Sihtasutus.</em></p>",
     ["Projekti rahastas Rannikupärandi Sihtasutus."], [], [], "italic note after the body"),
    # Catalan
    ("ca", "end", "<h2>Finançament</h2>\n<p>Aquest treball ha estat finançat per la Fundació Fars de Llevant (projecte FFL-2025-09).</p>",
     ["Aquest treball ha estat finançat per la Fundació Fars de Llevant (projecte FFL-2025-09)."], [], [], "Finançament heading"),
    # Arabic (right to left)
    ("ar", "end", "<h2>التمويل</h2>\n<p>موّلت هذا البحث مؤسسة التراث البحري (منحة رقم 2025-14).</p>",
     ["موّلت هذا البحث مؤسسة التراث البحري (منحة رقم 2025-14)."], [], [], "right-to-left page, own heading"),
    ("ar", "para", "وقد تم تمويل أعمال الترميم من قبل صندوق المنارات الساحلية.",
     ["وقد تم تمويل أعمال الترميم من قبل صندوق المنارات الساحلية."], last("ar"), [], "right-to-left, end of a story paragraph"),
    # Hebrew (right to left)
    ("he", "end", ("<h2>מימון</h2>\n<p>המחקר מומן על ידי הקרן למורשת ימית (מענק מס' 2025-318).</p>\n"
     "<h2>ניגוד עניינים</h2>\n<p>המחברים מצהירים כי אין להם ניגוד עניינים.</p>"),
     ["המחקר מומן על ידי הקרן למורשת ימית (מענק מס' 2025-318)."], [], ["המחברים מצהירים כי אין להם ניגוד עניינים."],
     "right-to-left page, own heading, conflict declaration kept"),
    # Hindi
    ("hi", "end", "<h2>वित्त पोषण</h2>\n<p>यह अध्ययन समुद्री विरासत प्रतिष्ठान द्वारा वित्त पोषित था (अनुदान संख्या SVP-2025-11)।</p>",
     ["यह अध्ययन समुद्री विरासत प्रतिष्ठान द्वारा वित्त पोषित था (अनुदान संख्या SVP-2025-11)।"], [], [], "Hindi funding heading"),
    # Japanese
    ("ja", "end", "<h2>謝辞</h2>\n<p>灯台守のご遺族には貴重な資料を提供いただいた。本研究は海洋遺産財団の助成（課題番号 KZ-2025-088）を受けた。</p>",
     ["本研究は海洋遺産財団の助成（課題番号 KZ-2025-088）を受けた。"], [], [], "CJK acknowledgements: thanks then grant"),
    ("ja", "para", "本事業は北浜文化財保護基金の助成を受けて実施された。",
     ["本事業は北浜文化財保護基金の助成を受けて実施された。"], last("ja"), [], "CJK, end of a story paragraph"),
    # Chinese
    ("zh", "end", "<h2>基金项目</h2>\n<p>本研究得到海洋文化遗产基金会资助（项目编号 HY-2025-031）。</p>",
     ["本研究得到海洋文化遗产基金会资助（项目编号 HY-2025-031）。"], [], [], "CJK own heading"),
    ("zh", "end", "<p><em>本报道获得蓝海新闻基金支持。</em></p>",
     ["本报道获得蓝海新闻基金支持。"], [], [], "CJK italic note"),
    # Korean
    ("ko", "end", "<h2>사사</h2>\n<p>이 연구는 해양유산재단의 지원을 받아 수행되었다(과제번호 HY-2025-17).</p>",
     ["이 연구는 해양유산재단의 지원을 받아 수행되었다(과제번호 HY-2025-17)."], [], [], "Korean acknowledgement heading"),
    # Indonesian
    ("id", "end", "<h2>Pendanaan</h2>\n<p>Penelitian ini didanai oleh Yayasan Warisan Bahari melalui hibah YWB-2025-06.</p>",
     ["Penelitian ini didanai oleh Yayasan Warisan Bahari melalui hibah YWB-2025-06."], [], [], "Pendanaan heading"),
    # Malay
    ("ms", "para", "Projek ini dibiayai oleh Yayasan Warisan Maritim di bawah geran YWM-2025-02.",
     ["Projek ini dibiayai oleh Yayasan Warisan Maritim di bawah geran YWM-2025-02."], last("ms"), [],
     "closing sentence of a story paragraph"),
    # Vietnamese
    ("vi", "end", "<h2>Tài trợ</h2>\n<p>Nghiên cứu này được tài trợ bởi Quỹ Di sản Biển (mã số QDB-2025-15).</p>",
     ["Nghiên cứu này được tài trợ bởi Quỹ Di sản Biển (mã số QDB-2025-15)."], [], [], "Tài trợ heading"),
    # Thai
    ("th", "end", "<h2>ทุนสนับสนุน</h2>\n<p>งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิมรดกทางทะเล (ทุนเลขที่ MT-2025-04)</p>",
     ["งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิมรดกทางทะเล (ทุนเลขที่ MT-2025-04)"], [], [], "Thai funding heading"),
    # Swahili
    ("sw", "end", "<h2>Ufadhili</h2>\n<p>Utafiti huu ulifadhiliwa na Mfuko wa Urithi wa Bahari (ruzuku Na. MUB-2025-09).</p>",
     ["Utafiti huu ulifadhiliwa na Mfuko wa Urithi wa Bahari (ruzuku Na. MUB-2025-09)."], [], [], "Ufadhili heading"),
]

# (lang, place, html, note)
NEGATIVE = [
    # English
    ("en", "end", "<p>Separately, the neighbouring town of Dunmere was awarded £2 million by the Ostrand Heritage Lottery Fund to rebuild its pier.</p>",
     "grant announced as news about a third party"),
    ("en", "end", "<p>Lumenhaus, the start-up that supplied the backup LED lamp, raised $14 million last month in a Series A round led by Tidewater Ventures.</p>",
     "a company's funding round"),
    ("en", "end", "<p>The tower's new visitor app is supported on Android 12 and later. If it does not load, contact technical support at the visitor centre.</p>",
     "'support' meaning technical support"),
    ("en", "after", '<aside class="promo"><span class="label">Sponsored content</span>\n<p>Discover coastal cottages with Seabright Holidays and save 20% on spring breaks.</p></aside>',
     "'sponsored content' label on an advert"),
    ("en", "after", '<div class="donate"><h3>Support local journalism</h3>\n<p>Independent reporting in Kellmouth depends on readers like you. Donate today from £3.</p></div>',
     "donation appeal"),
    ("en", "mid", '<figure><img src="tower.jpg" alt="The tower"><figcaption>The tower at dusk. Photo with thanks to the Kellmouth Camera Club.</figcaption></figure>',
     "'with thanks to' photo credit"),
    ("en", "after", ('<aside class="sidebar"><h4>Sport</h4><figure><img src="match.jpg" alt=""><figcaption>Kellmouth Rovers celebrate '
     "a late winner with the support of the fans.</figcaption></figure></aside>"), "caption: with the support of the fans"),
    ("en", "end", ('<p>Lighthouse repairs across the region cost far more than expected last decade.<sup><a href="#n1">1</a></sup></p>\n'
     '<ol class="footnotes"><li id="n1">Ostrand Heritage Lottery Fund, Annual Funding Report 2025, p. 14.</li></ol>'),
     "footnote citing a funding report as a source"),
    ("en", "end", "<p>The council's budget for coastal repairs next year is £3.4 million, up from £2.9 million.</p>", "budget"),
    ("en", "end", "<p>Councillors voted nine to two to support a plan to open the tower to visitors in summer.</p>", "vote of support"),
    ("en", "para", "Their belief that the lens was turned by hand during storms is supported by the evidence of wear on the gears.",
     "'supported by the evidence' ending a story paragraph"),
    ("en", "after", '<aside class="sidebar"><h4>In other news</h4><p>Kellmouth Rovers unveiled a new shirt sponsor, the brewery Old Harbour Ales, ahead of the new season.</p></aside>',
     "sport sponsorship in a sidebar"),
    ("en", "end", "<p>Thank you to all our readers who sent in their memories of the lighthouse.</p>", "general thanks to readers"),
    ("en", "after", '<div class="credits">Map powered by OpenTiles. Site built with Quillpress.</div>', "powered-by software credits"),
    ("en", "end", "<p>A crowdfunding campaign by local artists to paint a mural of the lighthouse has raised £8,400 so far.</p>", "crowdfunding news"),
    ("en", "mid", '<aside class="ad"><p class="ad-label">Advertisement</p><p>Sponsored by Seabright Holidays: coastal breaks from £99.</p></aside>',
     "sidebar advert inside the article"),
    ("en", "end", "<p>A plaque at the foot of the tower lists the names of 312 donors who gave to the original appeal in 1870.</p>", "donor wall as history"),
    ("en", "end", "<h2>Acknowledgements</h2>\n<p>We thank the harbour master and the keepers' families for their help and patience.</p>",
     "acknowledgements heading with thanks only"),
    ("en", "header", '<p class="standfirst">This article is free to read thanks to our subscribers.</p>', "reader-supported line in the header"),
    ("en", "after", ('<section class="boilerplate"><h3>About the Kellmouth Lighthouse Trust</h3>\n<p>The trust is a registered charity founded '
     "in 1998 that cares for three lighthouses on the Ostrand coast.</p></section>"), "'About' boilerplate without a funder"),
    ("en", "end", "<p><em>This article was updated on 16 March to correct the height of the tower.</em></p>", "italic note that is a correction"),
    ("en", "end", "<p>Volunteer groups:</p>\n<ul><li>Kellmouth Sailing Club</li><li>Harbour Primary School, class 6</li></ul>",
     "label followed by a list that names no funder"),
    ("en", "end", "<p>Ellis Varn, a Kellmouth student, has won a scholarship from the Guild of Coastal Engineers to study marine architecture.</p>",
     "scholarship to someone else as news"),
    # German
    ("de", "mid", '<figure><img src="derby.jpg" alt=""><figcaption>Mit Unterstützung der Fans gewann der SV Kellmouth das Derby.</figcaption></figure>',
     "'Unterstützung' of the fans in a caption"),
    ("de", "end", "<p>Technischer Support: Die Besucher-App unterstützt iOS 16 und neuer.</p>", "technical support"),
    ("de", "after", '<aside class="anzeige"><p>Anzeige · Gesponserter Inhalt</p><p>Küstenurlaub mit Seehof Reisen – jetzt buchen.</p></aside>',
     "sponsored-content label on an advert"),
    ("de", "end", "<p>Die Nachbargemeinde Dunmere erhält vom Land 1,5 Millionen Euro Fördermittel für ihre Seebrücke.</p>",
     "grant news about a third party"),
    # French
    ("fr", "after", '<div class="don"><h3>Soutenez notre rédaction</h3><p>Faites un don pour une information locale indépendante.</p></div>',
     "donation appeal"),
    ("fr", "end", "<p>La jeune pousse Phare Connect, qui a fourni les capteurs, a levé 6 millions d'euros auprès d'investisseurs privés.</p>",
     "a company's funding round"),
    ("fr", "mid", '<figure><img src="lentille.jpg" alt=""><figcaption>La lentille restaurée. Avec nos remerciements au club photo de Kellmouth.</figcaption></figure>',
     "'with thanks to' photo credit"),
    # Spanish
    ("es", "end", "<p>El pleno aprobó con el apoyo de todos los grupos la apertura del faro al público en verano.</p>", "vote of support"),
    ("es", "after", '<aside class="publi"><span>Contenido patrocinado</span><p>Escápate a la costa con Viajes Marea Alta.</p></aside>',
     "sponsored content on an advert"),
    ("es", "para", "La hipótesis de que la lente se giraba a mano está respaldada por las marcas de desgaste.",
     "'supported by the evidence' ending a story paragraph"),
    # Italian
    ("it", "after", '<aside class="adv"><span>Contenuto sponsorizzato</span><p>Vacanze al mare con Onda Viaggi: prenota ora.</p></aside>',
     "sponsored content on an advert"),
    ("it", "mid", '<figure><img src="tifosi.jpg" alt=""><figcaption>Con il sostegno dei tifosi, il Kellmouth ha vinto il derby.</figcaption></figure>',
     "caption: with the support of the fans"),
    # Portuguese
    ("pt", "after", '<div class="apoio"><h3>Apoie o jornalismo local</h3><p>Faça uma doação e ajude-nos a continuar.</p></div>', "donation appeal"),
    ("pt", "end", "<p>O orçamento municipal para 2026 prevê dois milhões de euros para obras na orla costeira.</p>", "budget"),
    # Dutch
    ("nl", "mid", '<figure><img src="toren.jpg" alt=""><figcaption>De toren bij zonsondergang. Met dank aan de fotoclub van Kellmouth.</figcaption></figure>',
     "'with thanks to' photo credit"),
    ("nl", "end", "<p>De bezoekersapp wordt ondersteund op iOS 16 en hoger.</p>", "supported versions"),
    # Polish
    ("pl", "end", "<p>Sąsiednia gmina Dunmere otrzymała dotację w wysokości 3 mln zł na remont mola.</p>", "grant news about a third party"),
    # Swedish
    ("sv", "after", '<div class="stod"><p>Stöd vår journalistik – bli prenumerant i dag.</p></div>', "donation/subscription appeal"),
    # Finnish
    ("fi", "end", "<p>Kunnanvaltuusto tuki yksimielisesti esitystä avata majakka yleisölle kesäisin.</p>", "vote of support"),
    # Czech
    ("cs", "after", '<aside class="reklama"><p>Reklama – sponzorovaný obsah</p><p>Dovolená u moře s cestovní kanceláří Vlna.</p></aside>',
     "sponsored content on an advert"),
    # Slovak
    ("sk", "end", "<p>Aplikácia pre návštevníkov podporuje Android 12 a novší.</p>", "supported versions"),
    # Hungarian
    ("hu", "mid", '<figure><img src="meccs.jpg" alt=""><figcaption>A szurkolók támogatásával nyert a Kellmouth SE.</figcaption></figure>',
     "caption: with the support of the fans"),
    # Romanian
    ("ro", "end", "<p>Start-up-ul Far Digital a atras o finanțare de cinci milioane de euro de la investitori privați.</p>", "a company's funding round"),
    # Greek
    ("el", "end", "<p>Ο προϋπολογισμός του δήμου για το 2026 προβλέπει δύο εκατομμύρια ευρώ για έργα στην ακτή.</p>", "budget"),
    # Turkish
    ("tr", "mid", '<figure><img src="mac.jpg" alt=""><figcaption>Taraftarların desteğiyle Kellmouth Spor galibiyeti aldı.</figcaption></figure>',
     "caption: with the support of the fans"),
    # Russian
    ("ru", "end", "<p>Соседний город Данмир получил грант в 50 млн рублей на ремонт пирса.</p>", "grant news about a third party"),
    # Ukrainian
    ("uk", "after", '<div class="donate"><p>Підтримайте нашу редакцію — зробіть внесок.</p></div>', "donation appeal"),
    # Bulgarian
    ("bg", "end", "<p>Приложението за посетители се поддържа на Android 12 и по-нови версии.</p>", "supported versions"),
    # Croatian
    ("hr", "end", "<p>Kampanja skupnog financiranja za mural sa svjetionikom dosad je prikupila 4.000 eura.</p>", "crowdfunding news"),
    # Lithuanian
    ("lt", "after", '<aside class="reklama"><p>Remiamas turinys</p><p>Atostogos pajūryje su „Bangos kelionėmis“.</p></aside>',
     "sponsored content on an advert"),
    # Estonian
    ("et", "end", "<p>Vallavolikogu toetas ühehäälselt ettepanekut avada tuletorn suviti külastajatele.</p>", "vote of support"),
    # Catalan
    ("ca", "mid", "<figure><img src=\"afició.jpg\" alt=\"\"><figcaption>Amb el suport de l'afició, el Kellmouth va guanyar el derbi.</figcaption></figure>",
     "caption: with the support of the fans"),
    # Arabic
    ("ar", "end", "<p>وأعلنت شركة فنار الرقمية الناشئة أنها جمعت تمويلا بقيمة خمسة ملايين دولار من مستثمرين.</p>", "right-to-left: a company's funding round"),
    ("ar", "after", '<div class="donate"><p>ادعم صحافتنا المستقلة وتبرع اليوم.</p></div>', "right-to-left: donation appeal"),
    # Hebrew
    ("he", "mid", '<figure><img src="game.jpg" alt=""><figcaption>בתמיכת האוהדים ניצחה קבוצת קלמות\' בדרבי.</figcaption></figure>',
     "right-to-left: caption, the fans' support"),
    # Hindi
    ("hi", "end", "<p>पड़ोसी शहर डनमियर को घाट की मरम्मत के लिए राज्य सरकार से दो करोड़ रुपये का अनुदान मिला है।</p>", "grant news about a third party"),
    # Japanese
    ("ja", "after", '<aside class="ad"><p>スポンサーコンテンツ</p><p>海辺の宿なら潮風トラベルへ。</p></aside>', "sponsored content on an advert"),
    ("ja", "end", "<p>来館者向けアプリの対応OSはiOS 16以降です。サポート窓口は灯台の受付にあります。</p>", "supported OS, support desk"),
    # Chinese
    ("zh", "end", "<p>为灯塔提供传感器的初创公司灯语科技上月完成了1亿元A轮融资。</p>", "a company's funding round"),
    ("zh", "after", '<aside class="ad"><p>赞助内容</p><p>海边度假，就选潮汐旅行。</p></aside>', "sponsored content on an advert"),
    # Korean
    ("ko", "mid", '<figure><img src="fans.jpg" alt=""><figcaption>팬들의 응원에 힘입어 켈머스 FC가 더비에서 승리했다.</figcaption></figure>',
     "caption: the fans' support"),
    # Indonesian
    ("id", "after", '<aside class="iklan"><p>Konten bersponsor</p><p>Liburan pantai bersama Ombak Travel.</p></aside>', "sponsored content on an advert"),
    # Malay
    ("ms", "after", '<div class="derma"><p>Sokong kewartawanan tempatan kami dengan menderma hari ini.</p></div>', "donation appeal"),
    # Vietnamese
    ("vi", "end", "<p>Các nhà đầu tư đã rót 40 triệu euro vào trang trại điện gió có thể nhìn thấy từ ban công ngọn hải đăng.</p>", "investment news"),
    # Thai
    ("th", "end", "<p>แอปสำหรับผู้เยี่ยมชมรองรับ Android 12 ขึ้นไป หากมีปัญหาโปรดติดต่อฝ่ายสนับสนุนด้านเทคนิค</p>", "technical support"),
    # Swahili
    ("sw", "end", "<p>Mji jirani wa Dunmere umepewa ruzuku ya shilingi milioni 500 na serikali kukarabati gati lake.</p>", "grant news about a third party"),
]


def build() -> dict[str, tuple[str, dict]]:
    built = story_cases("r61-", REAL, NEGATIVE, page)
    for page_id, (html, label) in built.items():
        for text in [*label["funding"], *label["must_keep_in_body"], *label.get("not_funding", [])]:
            assert "<" not in text and text in html, (page_id, text)
    return built


if __name__ == "__main__":
    cases = build()
    write_corpus(HERE, cases)
    languages = {label["lang"] for _, label in cases.values()}
    statements = sum(len(label["funding"]) for _, label in cases.values())
    print(f"{len(cases)} pages, {len(REAL)} with statements ({statements} statements), {len(NEGATIVE)} negatives, {len(languages)} languages")
