"""Builds held-out funding round 136 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the cooperative, studies, funders, grant numbers and people do not
exist. Written by a helper from the definition of `funding` alone, without reading the detector's
code or the earlier rounds' cases: a fishing-net recycling cooperative in the invented harbour town
of Saltmere, in 42 languages: 131 pages, 72 statements. 51 ordinary news and blog pages with the
statement as one sentence of the story (passive, active, "thanks to", "put up the money", "backed
by", "paid for", in each language's own word order), 21 research and NGO pages (headings,
back matter, footers, sponsor notices, details, tables, definition lists), 59 negatives
(grants to others, budgets, investors, sport sponsors, political backing, supported formats,
donation boxes, quoted speech, job adverts, advertorial labels, logo walls).

usage: python benchmarks/funding-round136/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# Convention: for run-in labels and headings the statement listed is the text after the label; in
# paragraphs mixing thanks and a grant only the funding sentence (or clause-sentence) is listed.

STORY = {
    "en": ["Old fishing nets pulled from the harbour in Saltmere are being turned into chair seats and crates by a small cooperative.", "Members sort the nylon by colour, wash it in rainwater tanks and shred it on a rented machine."],
    "de": ["In Saltmere verwandelt eine kleine Genossenschaft alte Fischernetze aus dem Hafen in Stuhlsitze und Kisten.", "Die Mitglieder sortieren das Nylon nach Farbe, waschen es mit Regenwasser und zerkleinern es."],
    "fr": ["À Saltmere, une petite coopérative transforme les vieux filets de pêche du port en assises de chaises et en caisses.", "Les membres trient le nylon par couleur, le lavent à l'eau de pluie et le broient."],
    "es": ["En Saltmere, una pequeña cooperativa convierte las viejas redes de pesca del puerto en asientos y cajas.", "Los socios separan el nailon por colores, lo lavan con agua de lluvia y lo trituran."],
    "it": ["A Saltmere una piccola cooperativa trasforma le vecchie reti da pesca del porto in sedute e cassette.", "I soci separano il nylon per colore, lo lavano con acqua piovana e lo triturano."],
    "pt": ["Em Saltmere, uma pequena cooperativa transforma redes de pesca velhas do porto em assentos e caixas.", "Os membros separam o náilon por cor, lavam-no com água da chuva e trituram-no."],
    "nl": ["In Saltmere maakt een kleine coöperatie van oude visnetten uit de haven stoelzittingen en kratten.", "De leden sorteren het nylon op kleur, wassen het met regenwater en versnipperen het."],
    "pl": ["W Saltmere niewielka spółdzielnia zamienia stare sieci rybackie z portu w siedziska i skrzynki.", "Członkowie sortują nylon według koloru, myją go deszczówką i rozdrabniają."],
    "cs": ["V Saltmere malé družstvo mění staré rybářské sítě z přístavu na sedáky židlí a přepravky.", "Členové třídí nylon podle barvy, perou ho v dešťové vodě a drtí."],
    "sk": ["V Saltmere malé družstvo premieňa staré rybárske siete z prístavu na sedadlá a prepravky.", "Členovia triedia nylón podľa farby, perú ho v dažďovej vode a drvia."],
    "hu": ["Saltmere-ben egy kis szövetkezet a kikötő régi halászhálóiból székülőkéket és ládákat készít.", "A tagok szín szerint válogatják a nejlont, esővízben mossák és felaprítják."],
    "ro": ["În Saltmere, o mică cooperativă transformă plasele vechi de pescuit din port în șezuturi și lăzi.", "Membrii sortează nailonul după culoare, îl spală cu apă de ploaie și îl mărunțesc."],
    "fi": ["Saltmeressa pieni osuuskunta tekee sataman vanhoista kalaverkoista tuolinistuimia ja laatikoita.", "Jäsenet lajittelevat nailonin värin mukaan, pesevät sen sadevedellä ja silppuavat sen."],
    "sv": ["I Saltmere gör ett litet kooperativ om gamla fiskenät från hamnen till stolsitsar och backar.", "Medlemmarna sorterar nylonet efter färg, tvättar det i regnvatten och strimlar det."],
    "da": ["I Saltmere laver et lille kooperativ gamle fiskenet fra havnen om til stolesæder og kasser.", "Medlemmerne sorterer nylonen efter farve, vasker den i regnvand og neddeler den."],
    "no": ["I Saltmere gjør et lite samvirke gamle fiskegarn fra havna om til stolseter og kasser.", "Medlemmene sorterer nylonet etter farge, vasker det i regnvann og kverner det."],
    "el": ["Στο Σάλτμιρ ένας μικρός συνεταιρισμός μετατρέπει παλιά δίχτυα του λιμανιού σε καθίσματα και κιβώτια.", "Τα μέλη ξεχωρίζουν το νάιλον κατά χρώμα, το πλένουν με βρόχινο νερό και το τεμαχίζουν."],
    "tr": ["Saltmere'de küçük bir kooperatif limandaki eski balık ağlarını sandalye oturaklarına ve kasalara dönüştürüyor.", "Üyeler naylonu renklerine göre ayırıyor, yağmur suyuyla yıkıyor ve parçalıyor."],
    "ru": ["В Солтмире небольшой кооператив превращает старые рыболовные сети из гавани в сиденья для стульев и ящики.", "Участники сортируют нейлон по цвету, моют его дождевой водой и измельчают."],
    "uk": ["У Солтмірі невеликий кооператив перетворює старі рибальські сітки з гавані на сидіння й ящики.", "Учасники сортують нейлон за кольором, миють дощовою водою й подрібнюють."],
    "bg": ["В Солтмир малка кооперация превръща старите рибарски мрежи от пристанището в седалки и щайги.", "Членовете сортират найлона по цвят, мият го с дъждовна вода и го раздробяват."],
    "hr": ["U Saltmereu mala zadruga pretvara stare ribarske mreže iz luke u sjedala i sanduke.", "Članovi razvrstavaju najlon po boji, peru ga kišnicom i usitnjavaju."],
    "sl": ["V Saltmeru majhna zadruga stare ribiške mreže iz pristanišča predeluje v sedeže in zaboje.", "Člani najlon razvrstijo po barvi, ga operejo z deževnico in zdrobijo."],
    "lv": ["Saltmērā neliels kooperatīvs pārvērš vecos zvejas tīklus no ostas par krēslu sēdekļiem un kastēm.", "Biedri šķiro neilonu pēc krāsas, mazgā to lietusūdenī un sasmalcina."],
    "lt": ["Saltmere nedidelis kooperatyvas senus uosto žvejybos tinklus paverčia kėdžių sėdynėmis ir dėžėmis.", "Nariai rūšiuoja nailoną pagal spalvą, plauna lietaus vandeniu ir smulkina."],
    "et": ["Saltmere'is teeb väike ühistu sadama vanadest kalavõrkudest toolide istmeid ja kaste.", "Liikmed sorteerivad nailoni värvi järgi, pesevad vihmaveega ja hakivad."],
    "ca": ["A Saltmere, una petita cooperativa converteix les xarxes de pesca velles del port en seients i caixes.", "Els socis separen el niló per colors, el renten amb aigua de pluja i el trituren."],
    "ja": ["ソルトミアの小さな協同組合が、港の古い漁網を椅子の座面や木箱に作り替えている。", "組合員はナイロンを色ごとに分け、雨水で洗ってから細かく砕く。"],
    "zh": ["在索特米尔，一家小型合作社把港口的旧渔网改造成椅面和周转箱。", "社员按颜色分拣尼龙，用雨水清洗后再粉碎。"],
    "ko": ["솔트미어의 작은 협동조합이 항구의 낡은 어망을 의자 좌판과 상자로 바꾸고 있다.", "조합원들은 나일론을 색깔별로 나누고 빗물로 씻은 뒤 잘게 부순다."],
    "ar": ["في سولتمير، تحوّل تعاونية صغيرة شباك الصيد القديمة من الميناء إلى مقاعد وصناديق.", "يفرز الأعضاء النايلون حسب اللون ويغسلونه بمياه الأمطار ثم يفرمونه."],
    "he": ["בסולטמיר הופך קואופרטיב קטן רשתות דיג ישנות מהנמל למושבים ולארגזים.", "החברים ממיינים את הניילון לפי צבע, שוטפים אותו במי גשם וגורסים אותו."],
    "fa": ["در سالتمیر یک تعاونی کوچک تورهای ماهیگیری کهنهٔ بندر را به نشیمن صندلی و جعبه تبدیل می‌کند.", "اعضا نایلون را بر اساس رنگ جدا می‌کنند، با آب باران می‌شویند و خرد می‌کنند."],
    "ur": ["سالٹ میئر میں ایک چھوٹی کوآپریٹو بندرگاہ کے پرانے مچھلی کے جالوں سے کرسیوں کی نشستیں اور کریٹ بناتی ہے۔", "اراکین نائلون کو رنگ کے لحاظ سے الگ کرتے ہیں، بارش کے پانی سے دھوتے ہیں اور پیستے ہیں۔"],
    "hi": ["सॉल्टमियर में एक छोटी सहकारी संस्था बंदरगाह के पुराने मछली जालों से कुर्सियों की सीटें और क्रेट बना रही है।", "सदस्य नायलॉन को रंग के अनुसार छाँटते हैं, बारिश के पानी से धोते हैं और उसे पीसते हैं।"],
    "bn": ["সল্টমিয়ারে একটি ছোট সমবায় বন্দরের পুরনো মাছ ধরার জাল থেকে চেয়ারের আসন ও ক্রেট তৈরি করছে।", "সদস্যরা নাইলন রং অনুযায়ী বাছাই করেন, বৃষ্টির পানিতে ধুয়ে গুঁড়ো করেন।"],
    "id": ["Di Saltmere, sebuah koperasi kecil mengubah jaring ikan bekas dari pelabuhan menjadi dudukan kursi dan peti.", "Para anggota memilah nilon menurut warna, mencucinya dengan air hujan, lalu mencacahnya."],
    "ms": ["Di Saltmere, sebuah koperasi kecil menukar pukat ikan lama dari pelabuhan menjadi tempat duduk kerusi dan peti.", "Ahli mengasingkan nilon mengikut warna, membasuhnya dengan air hujan dan mencincangnya."],
    "vi": ["Ở Saltmere, một hợp tác xã nhỏ biến lưới đánh cá cũ từ bến cảng thành mặt ghế và thùng.", "Các thành viên phân loại sợi nilon theo màu, rửa bằng nước mưa rồi băm nhỏ."],
    "th": ["ที่ซอลต์เมียร์ สหกรณ์เล็กๆ แห่งหนึ่งเปลี่ยนอวนจับปลาเก่าจากท่าเรือให้เป็นที่นั่งเก้าอี้และลังไม้", "สมาชิกคัดแยกไนลอนตามสี ล้างด้วยน้ำฝน แล้วบดให้ละเอียด"],
    "tl": ["Sa Saltmere, ginagawang upuan at kahon ng isang maliit na kooperatiba ang mga lumang lambat mula sa daungan.", "Pinagbubukod-bukod ng mga kasapi ang naylon ayon sa kulay, hinuhugasan sa tubig-ulan at dinudurog."],
    "sw": ["Huko Saltmere, ushirika mdogo unageuza nyavu kuukuu za uvuvi kutoka bandarini kuwa viti na masanduku.", "Wanachama hupanga nailoni kwa rangi, huiosha kwa maji ya mvua na kuisaga."],
}
TITLE = {lang: story[0].split(",")[0][:70] for lang, story in STORY.items()}


def page(lang: str, place: str, html: str) -> str:
    return story_page(lang, TITLE[lang], STORY[lang], place, html, section="News", site="Saltmere Harbour Post")


def p(*parts: str) -> str:
    return "<p>" + " ".join(parts) + "</p>"


def tail(statement: str, before: str = "") -> str:
    """An ordinary story paragraph ending in the statement (news and blog shape)."""
    return p(before or "The cooperative now processes about two tonnes of net a month.", statement)


REAL = [
    # --- ordinary news and blog pages: one sentence in a story ---
    ("en", "end", tail("The pilot was paid for by the Harwick Coastal Trust.", "Sales of the first chairs covered the rent of the shredder."),
     ["The pilot was paid for by the Harwick Coastal Trust."], [], [], "passive 'paid for by' closing a story paragraph"),
    ("en", "mid", p("The Marlow Fenn Foundation put up the money for the washing tanks, and the town lent a shed."),
     ["The Marlow Fenn Foundation put up the money for the washing tanks, and the town lent a shed."], [], [], "active 'put up the money'"),
    ("en", "end", p("Thanks to a grant of 80,000 pounds from the Ostry Marine Fund, the cooperative hired two more sorters this spring."),
     ["Thanks to a grant of 80,000 pounds from the Ostry Marine Fund, the cooperative hired two more sorters this spring."], [], [], "'thanks to a grant' at story end"),
    ("en", "end", p("The study of the recycled nylon, backed by a grant from the Pellam Materials Council, found it kept 90 percent of its strength. \"We were funded by nobody at first,\" said founder Ada Rooke."),
     ["The study of the recycled nylon, backed by a grant from the Pellam Materials Council, found it kept 90 percent of its strength."], ["\"We were funded by nobody at first,\" said founder Ada Rooke."], [], "'backed by a grant' in a finding sentence beside quoted speech"),
    ("de", "end", p("Bezahlt wurde die Studie von der Lindqvist-Stiftung, die Stadt stellte die Halle."),
     ["Bezahlt wurde die Studie von der Lindqvist-Stiftung, die Stadt stellte die Halle."], [], [], "German fronted participle"),
    ("de", "mid", p("Das Projekt wird von der Meeresstiftung Nordwall mit 120.000 Euro gefördert."),
     ["Das Projekt wird von der Meeresstiftung Nordwall mit 120.000 Euro gefördert."], [], [], "German passive gefördert"),
    ("fr", "end", p("Les membres espèrent doubler la production d'ici l'été. L'étude a été financée par la Fondation Marévie."),
     ["L'étude a été financée par la Fondation Marévie."], [], [], "French passive, last sentence of a paragraph"),
    ("fr", "mid", p("Grâce au soutien financier de la Région Côte-Brune, la coopérative a acheté une seconde broyeuse."),
     ["Grâce au soutien financier de la Région Côte-Brune, la coopérative a acheté une seconde broyeuse."], [], [], "'grâce au soutien financier'"),
    ("es", "end", p("El proyecto cuenta con financiación de la Fundación Albatros Azul (ayuda AB-2291)."),
     ["El proyecto cuenta con financiación de la Fundación Albatros Azul (ayuda AB-2291)."], [], [], "'cuenta con financiación'"),
    ("es", "mid", p("La Fundación Redmar pagó el estudio, que midió la resistencia del nailon reciclado."),
     ["La Fundación Redmar pagó el estudio, que midió la resistencia del nailon reciclado."], [], [], "active 'pagó el estudio'"),
    ("it", "end", p("La ricerca è stata finanziata dalla Fondazione Vela Grigia e dal Comune di Saltmere."),
     ["La ricerca è stata finanziata dalla Fondazione Vela Grigia e dal Comune di Saltmere."], [], [], "Italian passive"),
    ("pt", "end", p("O estudo recebeu financiamento do Instituto Maré Limpa, no âmbito do programa Redes 2030."),
     ["O estudo recebeu financiamento do Instituto Maré Limpa, no âmbito do programa Redes 2030."], [], [], "'recebeu financiamento'"),
    ("nl", "end", p("Het onderzoek werd betaald door het Fonds Zeewering, dat ook de eerste machine financierde."),
     ["Het onderzoek werd betaald door het Fonds Zeewering, dat ook de eerste machine financierde."], [], [], "Dutch passive betaald door"),
    ("pl", "end", p("Badanie sfinansowała Fundacja Czysta Zatoka w ramach grantu nr CZ/2025/14."),
     ["Badanie sfinansowała Fundacja Czysta Zatoka w ramach grantu nr CZ/2025/14."], [], [], "Polish object-first active"),
    ("cs", "end", p("Projekt finančně podpořila Nadace Modrý přístav částkou 900 000 korun."),
     ["Projekt finančně podpořila Nadace Modrý přístav částkou 900 000 korun."], [], [], "Czech active, object first"),
    ("sk", "mid", p("Výskum bol financovaný z grantu Nadácie Tichá zátoka č. 22-118."),
     ["Výskum bol financovaný z grantu Nadácie Tichá zátoka č. 22-118."], [], [], "Slovak passive"),
    ("hu", "end", p("A kutatást a Kék Öböl Alapítvány finanszírozta."),
     ["A kutatást a Kék Öböl Alapítvány finanszírozta."], [], [], "Hungarian SOV"),
    ("ro", "end", p("Studiul a fost finanțat de Fundația Plasa Verde prin grantul PV-4410."),
     ["Studiul a fost finanțat de Fundația Plasa Verde prin grantul PV-4410."], [], [], "Romanian passive"),
    ("fi", "end", p("Tutkimusta rahoitti Merenrannan säätiö."),
     ["Tutkimusta rahoitti Merenrannan säätiö."], [], [], "Finnish partitive object first"),
    ("sv", "mid", p("Försöket finansieras av Stiftelsen Havsbotten med två miljoner kronor."),
     ["Försöket finansieras av Stiftelsen Havsbotten med två miljoner kronor."], [], [], "Swedish s-passive"),
    ("da", "end", p("Undersøgelsen er betalt af Fonden for Rene Havne."),
     ["Undersøgelsen er betalt af Fonden for Rene Havne."], [], [], "Danish passive"),
    ("no", "end", p("Prosjektet har fått støtte fra Stiftelsen Kystgarn på 400 000 kroner."),
     ["Prosjektet har fått støtte fra Stiftelsen Kystgarn på 400 000 kroner."], [], [], "Norwegian 'fått støtte fra'"),
    ("el", "end", p("Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Γαλάζιο Δίχτυ."),
     ["Η μελέτη χρηματοδοτήθηκε από το Ίδρυμα Γαλάζιο Δίχτυ."], [], [], "Greek passive"),
    ("tr", "end", p("Araştırma, Mavi Liman Vakfı tarafından desteklendi."),
     ["Araştırma, Mavi Liman Vakfı tarafından desteklendi."], [], [], "Turkish 'tarafından desteklendi'"),
    ("ru", "end", p("Исследование финансировал фонд «Чистая гавань»."),
     ["Исследование финансировал фонд «Чистая гавань»."], [], [], "Russian object-first active"),
    ("uk", "end", p("Проєкт здійснено за фінансової підтримки фонду «Морська сітка»."),
     ["Проєкт здійснено за фінансової підтримки фонду «Морська сітка»."], [], [], "Ukrainian 'за фінансової підтримки'"),
    ("bg", "end", p("Проучването е финансирано от фондация „Синя мрежа“."),
     ["Проучването е финансирано от фондация „Синя мрежа“."], [], [], "Bulgarian passive"),
    ("hr", "end", p("Istraživanje je financirala Zaklada Plava luka."),
     ["Istraživanje je financirala Zaklada Plava luka."], [], [], "Croatian object-first active"),
    ("ja", "end", p("この調査は青網財団の助成を受けて行われた。"),
     ["この調査は青網財団の助成を受けて行われた。"], [], [], "Japanese 'の助成を受けて'"),
    ("zh", "end", p("该研究由蓝港基金会资助。"),
     ["该研究由蓝港基金会资助。"], [], [], "Chinese 由…资助"),
    ("ko", "end", p("이번 연구는 푸른그물재단의 지원으로 이루어졌다."),
     ["이번 연구는 푸른그물재단의 지원으로 이루어졌다."], [], [], "Korean '의 지원으로'"),
    ("ar", "end", p("موّلت مؤسسة الشبكة الزرقاء هذه الدراسة."),
     ["موّلت مؤسسة الشبكة الزرقاء هذه الدراسة."], [], [], "Arabic VSO active"),
    ("he", "end", p("המחקר מומן על ידי קרן הנמל הכחול."),
     ["המחקר מומן על ידי קרן הנמל הכחול."], [], [], "Hebrew passive"),
    ("fa", "end", p("هزینهٔ این پژوهش را بنیاد تور آبی پرداخت کرد."),
     ["هزینهٔ این پژوهش را بنیاد تور آبی پرداخت کرد."], [], [], "Persian SOV 'paid the cost'"),
    ("hi", "end", p("इस अध्ययन का खर्च नीली लहर फाउंडेशन ने उठाया।"),
     ["इस अध्ययन का खर्च नीली लहर फाउंडेशन ने उठाया।"], [], [], "Hindi 'bore the cost'"),
    ("bn", "end", p("গবেষণাটির অর্থায়ন করেছে নীল বন্দর ফাউন্ডেশন।"),
     ["গবেষণাটির অর্থায়ন করেছে নীল বন্দর ফাউন্ডেশন।"], [], [], "Bengali object-first"),
    ("id", "end", p("Penelitian ini didanai oleh Yayasan Jaring Biru."),
     ["Penelitian ini didanai oleh Yayasan Jaring Biru."], [], [], "Indonesian passive"),
    ("vi", "end", p("Nghiên cứu được tài trợ bởi Quỹ Lưới Xanh."),
     ["Nghiên cứu được tài trợ bởi Quỹ Lưới Xanh."], [], [], "Vietnamese passive"),
    ("tl", "end", p("Ang pag-aaral ay pinondohan ng Pundasyong Asul na Lambat."),
     ["Ang pag-aaral ay pinondohan ng Pundasyong Asul na Lambat."], [], [], "Tagalog ay-inversion passive"),
    ("sw", "end", p("Utafiti huu ulifadhiliwa na Wakfu wa Nyavu za Bluu."),
     ["Utafiti huu ulifadhiliwa na Wakfu wa Nyavu za Bluu."], [], [], "Swahili passive"),
    ("en", "end", "<p>The team has now received a grant of 2 million euros from the Tessaly Ocean Fund to continue the work for three years.</p>",
     ["The team has now received a grant of 2 million euros from the Tessaly Ocean Fund to continue the work for three years."], [], [], "grant to the team the story is about: its funder"),
    ("en", "end", "<p><em>Editor's note: reporting for this story was supported by the Quillon Journalism Grant.</em></p>",
     ["Editor's note: reporting for this story was supported by the Quillon Journalism Grant."], [], [], "italic editor's note; the label is part of the sentence here"),
    ("en", "end", "<p>I spent six weeks with the sorters for this post.<br>My work on this is funded by a fellowship from the Brindle Family Trust.</p>",
     ["My work on this is funded by a fellowship from the Brindle Family Trust."], [], [], "first-person blog, after <br>, family trust"),
    ("ca", "end", p("L'estudi ha estat finançat per la Fundació Xarxa Blava."),
     ["L'estudi ha estat finançat per la Fundació Xarxa Blava."], [], [], "Catalan passive"),
    ("ms", "end", p("Kajian ini dibiayai oleh Yayasan Pukat Biru."),
     ["Kajian ini dibiayai oleh Yayasan Pukat Biru."], [], [], "Malay passive"),
    ("th", "end", p("งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิอวนสีฟ้า"),
     ["งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิอวนสีฟ้า"], [], [], "Thai 'received funding from'"),
    ("ur", "end", p("اس تحقیق کے لیے مالی معاونت نیلا جال فاؤنڈیشن نے فراہم کی۔"),
     ["اس تحقیق کے لیے مالی معاونت نیلا جال فاؤنڈیشن نے فراہم کی۔"], [], [], "Urdu SOV"),
    ("lv", "end", p("Pētījumu finansēja fonds “Zilais tīkls”."),
     ["Pētījumu finansēja fonds “Zilais tīkls”."], [], [], "Latvian object-first"),
    ("lt", "end", p("Tyrimą finansavo fondas „Mėlynas tinklas“."),
     ["Tyrimą finansavo fondas „Mėlynas tinklas“."], [], [], "Lithuanian object-first"),
    ("et", "end", p("Uuringut rahastas Sinise Võrgu Sihtasutus."),
     ["Uuringut rahastas Sinise Võrgu Sihtasutus."], [], [], "Estonian object-first"),
    ("sl", "end", p("Raziskavo je financirala Fundacija Modra mreža."),
     ["Raziskavo je financirala Fundacija Modra mreža."], [], [], "Slovenian object-first"),
    # --- research and NGO sites: headings, back matter, footers, notices ---
    ("en", "own", "<h2>Author contributions</h2><p>A.R. and T.V. designed the tests.</p><h2>Funding</h2><p>This work was funded by the Corran Materials Trust (grant CMT-5521). Additional support came from the Saltmere Harbour Board.</p><h2>Conflict of interest</h2><p>The authors declare no competing interests.</p>",
     ["This work was funded by the Corran Materials Trust (grant CMT-5521). Additional support came from the Saltmere Harbour Board."], [], ["The authors declare no competing interests."], "back matter; two-sentence statement; conflict kept"),
    ("en", "end", "<h2>Acknowledgements</h2><p>We thank Ida Frome and Colm Vesey for sorting samples and the harbour master for access to the quay; the tensile tests were funded by the Pellam Materials Council under grant PMC-30-118; Rhea Oste provided the maps and two reviewers improved the text.</p>",
     ["We thank Ida Frome and Colm Vesey for sorting samples and the harbour master for access to the quay; the tensile tests were funded by the Pellam Materials Council under grant PMC-30-118; Rhea Oste provided the maps and two reviewers improved the text."], [], [], "long acknowledgement mixing thanks with one funding clause: the sentence is listed whole"),
    ("de", "end", "<dl><dt>Förderung</dt><dd>Bundesamt für Meeresressourcen, Förderkennzeichen 03MR2214</dd><dt>Ethik</dt><dd>Keine Ethikprüfung erforderlich.</dd></dl>",
     ["Bundesamt für Meeresressourcen, Förderkennzeichen 03MR2214"], [], [], "definition list"),
    ("fr", "end", "<table><tr><th>Partenaire</th><td>Port de Saltmere</td></tr><tr><th>Financement</th><td>Fondation Écume, subvention 24-077</td></tr></table>",
     ["Fondation Écume, subvention 24-077"], ["Port de Saltmere"], [], "table of project facts"),
    ("en", "after", '<footer class="project-footer"><img src="eu.png" alt="EU emblem"><p>This project has received funding from the European Union\'s Horizon Europe programme under grant agreement No 101177342.</p></footer>',
     ["This project has received funding from the European Union's Horizon Europe programme under grant agreement No 101177342."], [], [], "EU notice in a project footer"),
    ("es", "end", "<details><summary>Información del artículo</summary><p>Recibido: 3 de marzo de 2026.</p><p>Financiación: Ministerio de Transición Marina, proyecto PID2025-4471.</p><p>Conflicto de intereses: ninguno.</p></details>",
     ["Ministerio de Transición Marina, proyecto PID2025-4471."], [], ["Conflicto de intereses: ninguno."], "closed details with other notes; conflict kept"),
    ("it", "end", '<div class="elementor-widget-text-editor"><div class="elementor-widget-container"><p>Il progetto è sostenuto da Fondazione Mare Aperto.</p></div></div>',
     ["Il progetto è sostenuto da Fondazione Mare Aperto."], [], [], "page-builder widget"),
    ("nl", "end", "<p>Dit onderzoek werd ondersteund door:</p><ul><li>Stichting Schone Haven (subsidie SH-2025-09)</li><li>Provincie Zeekant (project 771)</li></ul>",
     ["Dit onderzoek werd ondersteund door: Stichting Schone Haven (subsidie SH-2025-09) Provincie Zeekant (project 771)"], [], [], "lead-in followed by list"),
    ("ja", "end", "<h2>謝辞</h2><p>本研究はJSPS科研費（課題番号25K07731）の助成を受けた。</p>",
     ["本研究はJSPS科研費（課題番号25K07731）の助成を受けた。"], [], [], "Japanese heading"),
    ("zh", "end", "<h2>基金项目</h2><p>国家海洋资源基金（项目编号 32571144）。</p>",
     ["国家海洋资源基金（项目编号 32571144）。"], [], [], "Chinese heading"),
    ("ar", "end", "<h2>التمويل</h2><p>تم تمويل هذا البحث من صندوق البحار النظيفة (منحة رقم 5521).</p>",
     ["تم تمويل هذا البحث من صندوق البحار النظيفة (منحة رقم 5521)."], [], [], "Arabic heading"),
    ("pl", "end", '<figure><img src="net.jpg" alt="Sieci"><figcaption>Fot. Jan Wrona; projekt finansuje Fundusz Morski Zatoka.</figcaption></figure>',
     ["projekt finansuje Fundusz Morski Zatoka."], [], [], "photo credit line; statement after the semicolon"),
    ("en", "end", '<aside class="key-facts"><h3>Key facts</h3><ul><li>Members: 14</li><li>Nets recycled: 31 tonnes</li><li>Funded by the Halloway Foundation</li></ul></aside>',
     ["Funded by the Halloway Foundation"], [], [], "sidebar key facts item"),
    ("tl", "end", "<h2>Pagkilala</h2><p>Ang proyektong ito ay pinondohan ng Kagawaran ng Pangisdaan sa ilalim ng gawad blg. KP-2025-88.</p>",
     ["Ang proyektong ito ay pinondohan ng Kagawaran ng Pangisdaan sa ilalim ng gawad blg. KP-2025-88."], [], [], "Tagalog research page heading"),
    ("sw", "end", "<h2>Ufadhili</h2><p>Mradi huu unafadhiliwa na Shirika la Bahari Safi kupitia ruzuku namba BS-301.</p>",
     ["Mradi huu unafadhiliwa na Shirika la Bahari Safi kupitia ruzuku namba BS-301."], [], [], "Swahili research heading"),
    ("en", "end", "<details><summary>Disclosures</summary><p>The cooperative lent the shredder free of charge as in-kind support.</p><p>T.V. is an unpaid board member of the cooperative.</p></details>",
     ["The cooperative lent the shredder free of charge as in-kind support."], [], ["T.V. is an unpaid board member of the cooperative."], "in-kind loan in disclosures; conflict line kept"),
    ("en", "end", "<p>The exhibition is made possible with the generous support of the Ilsey and Mark Dunmore Bequest.</p>",
     ["The exhibition is made possible with the generous support of the Ilsey and Mark Dunmore Bequest."], [], [], "exhibition credit, private bequest"),
    ("ko", "end", "<h2>사사</h2><p>이 연구는 해양자원진흥원의 연구비 지원(과제번호 2025-3318)을 받아 수행되었다.</p>",
     ["이 연구는 해양자원진흥원의 연구비 지원(과제번호 2025-3318)을 받아 수행되었다."], [], [], "Korean heading"),
    ("pt", "end", "<p>PROJETO APOIADO PELA FUNDAÇÃO MAR CLARO, PROCESSO 2025/1120.</p>",
     ["PROJETO APOIADO PELA FUNDAÇÃO MAR CLARO, PROCESSO 2025/1120."], [], [], "capitals sponsor line"),
    ("tr", "end", '<p>Geri dönüşüm oranı yüzde 72 oldu.<sup><a href="#fn1">1</a></sup></p><ol class="footnotes"><li id="fn1">Bu çalışma Temiz Liman Vakfı tarafından 2025-44 numaralı hibe ile desteklenmiştir.</li></ol>',
     ["Bu çalışma Temiz Liman Vakfı tarafından 2025-44 numaralı hibe ile desteklenmiştir."], [], [], "footnote target"),
    ("uk", "end", '<div class="wp-block-group"><h3>Про проєкт</h3><p>Проєкт фінансує Фонд «Чисте узбережжя».</p></div>',
     ["Проєкт фінансує Фонд «Чисте узбережжя»."], [], [], "About-this-project box"),
]

NEGATIVE = [
    ("en", "end", p("The city funded a new pier last year, and the harbour board backs the plan to extend it."), "city funding other work as news; 'backs the plan'"),
    ("en", "end", p("The motion to ban single-use nets was supported by a majority of the council and by the Green Party."), "political support"),
    ("en", "end", p("Nordhaven Nets, a rival firm, raised 20 million dollars in a Series B led by Calder Ventures."), "start-up funding round"),
    ("en", "end", p("\"We were funded by nobody, and we still are not,\" said the sorter Ida Frome, laughing."), "quoted speech denial"),
    ("en", "after", '<aside class="donate"><h3>Support our journalism</h3><p>Your gift funds reporting like this. Donate from 3 pounds a month.</p></aside>', "donation box"),
    ("en", "after", '<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Harbour fund awards grants to five clubs</a></li><li><a href="/b">Festival sponsored by ferry firm</a></li></ul></aside>', "funding words in related headlines"),
    ("en", "end", p("Investors financed the takeover of the old net factory, and the buyers footed the bill for the demolition."), "active-voice finance of another deal"),
    ("en", "end", p("The app supports iOS 19 and Android 16; supported file formats are CSV and JSON."), "supported versions"),
    ("en", "end", p("Saltmere Rovers, sponsored by Keelwright Paints, won the harbour cup on Saturday."), "sport sponsorship news"),
    ("en", "end", p("A fundraising gala at the Quay Hall raised 40,000 pounds for the children's ward."), "fundraising gala for another cause"),
    ("en", "end", p("The claims are supported by the evidence, the inspector wrote, and the ruling was backed by a council vote."), "supported by the evidence; council vote"),
    ("en", "end", '<p class="label">Sponsored content</p><p>Keelwright Paints: protect your hull this winter.</p>', "advertorial label"),
    ("en", "end", p("Funding cuts at the fisheries office mean that two inspectors will lose their jobs, the union said."), "funding cuts reporting"),
    ("en", "end", p("The Harwick Coastal Trust also gave 50,000 pounds to a rowing club and a lifeboat station this year, a spokesperson said."), "funder's other grants to others"),
    ("en", "after", '<div class="jobs"><h3>Jobs</h3><p>Fully funded PhD position in polymer recycling, closing date 1 May.</p></div>', "job advert"),
    ("en", "after", '<div class="pricing"><h3>Sponsor tiers</h3><ul><li>Bronze: 5 dollars a month</li><li>Gold: 50 dollars a month</li></ul><button>Sponsor this project</button></div>', "sponsor tier list and button"),
    ("en", "end", '<figure><img src="crowd.jpg" alt="Crowd"><figcaption>With thanks to the fans who came to the quay. Photo: Ben Ashe</figcaption></figure>', "with-thanks photo credit"),
    ("en", "end", p("Thank you to all our readers for sticking with us this year."), "general thanks"),
    ("en", "end", p("A crowdfunding campaign for a net-mending school in a neighbouring town passed its target of 12,000 pounds."), "crowdfunding news about another project"),
    ("en", "end", p("Applications for funding close on 3 March; the fund supports projects that reduce plastic in harbours."), "funding call"),
    ("en", "after", '<div class="sponsors"><img src="a.png" alt="Keelwright Paints"><img src="b.png" alt="Calder Ventures"><img src="c.png" alt="Harbour FM"></div>', "logo wall, no sentence"),
    ("en", "end", p("Our support team answers questions about the chair kits on weekdays."), "technical support"),
    ("en", "end", p("The retired skipper Tom Hale, who died on Monday, supported the lifeboat charity for forty years."), "obituary support"),
    ("en", "end", p("The book, funded by a Kickstarter, tells the story of a net factory in another country; our reviewer found it thin."), "review of another crowdfunded work"),
    ("en", "after", '<footer class="site"><p>Powered by Quayside CMS. Supported browsers: Firefox, Chrome, Safari.</p></footer>', "powered-by and supported browsers"),
    ("de", "end", p("Mit Unterstützung der Fans gewann der Hafenklub das Derby."), "German fans support"),
    ("de", "end", p("Vor der Küste wird seit Jahren Öl gefördert, und der Verein fördert junge Talente."), "gefördert as mined, promoted"),
    ("de", "end", p("Die Stadt hat im Haushalt 2026 Geld für Radwege und eine neue Schule eingeplant."), "city budget"),
    ("fr", "end", p("Les supporters ont soutenu leur équipe jusqu'à la dernière minute."), "French soutenir a team"),
    ("fr", "end", p("Le ministère finance depuis 2024 la rénovation de trois phares, selon un communiqué."), "ministry funding other work"),
    ("es", "end", p("El pleno apoyó la moción para prohibir las redes de un solo uso."), "Spanish apoyar a motion"),
    ("es", "end", p("Una campaña de micromecenazgo para un barco escuela en otra ciudad recaudó 30.000 euros."), "crowdfunding news"),
    ("it", "end", p("Il Comune finanzierà con 2 milioni la nuova piscina, secondo il bilancio approvato ieri."), "Italian city budget"),
    ("pt", "end", p("O clube, patrocinado por uma cervejaria, venceu o torneio regional."), "sport sponsor"),
    ("nl", "end", p("De gemeente betaalde vorig jaar het nieuwe dak van het zwembad."), "active council paid other thing"),
    ("pl", "end", p("Rząd przeznaczył w budżecie 3 miliardy złotych na drogi i szpitale."), "government budget"),
    ("cs", "end", p("Aplikace podporuje formáty PDF a PNG."), "supported formats"),
    ("hu", "end", p("A képviselő támogatta a törvényjavaslatot a szavazáson."), "politician backing a bill"),
    ("ro", "end", p("Suporterii și-au plătit singuri drumul la meciul din deplasare."), "fans paid the trip"),
    ("fi", "end", p("Kaupunki rahoittaa uuden uimahallin rakentamisen, kertoi pormestari."), "city funds another building"),
    ("sv", "end", p("Tack till alla läsare som skrivit till oss i år."), "general thanks"),
    ("el", "end", p("Η ομάδα, με χορηγό μια εταιρεία ποτών, κέρδισε το κύπελλο."), "sport sponsor"),
    ("tr", "end", p("Belediye meclisi, yeni köprü projesini oy çokluğuyla destekledi."), "council vote"),
    ("ru", "end", p("Стартап «Сетка» привлёк 300 миллионов рублей инвестиций от венчурного фонда."), "investment round"),
    ("uk", "end", p("Уболівальники підтримували команду до останнього свистка."), "fans support"),
    ("ja", "end", p("このアプリはiOSとAndroidに対応しています。"), "supported platforms"),
    ("zh", "end", p("该基金会今年还资助了另外三所学校的图书馆建设。"), "funder's other projects"),
    ("ko", "end", p("시 의회는 내년 예산에서 도로 보수 비용을 삭감했다."), "budget cut"),
    ("ar", "end", p("أعلن صندوق التنمية عن منح لخمس جمعيات رياضية في المدينة."), "grants to others"),
    ("he", "end", p("חברי הכנסת תמכו בהצעת החוק בקריאה ראשונה."), "political support"),
    ("hi", "end", p("नगर निगम ने पिछले साल नए पुल का खर्च उठाया था।"), "city paid another bridge"),
    ("id", "end", p("Klub sepak bola itu disponsori oleh sebuah perusahaan rokok."), "sport sponsor"),
    ("vi", "end", p("Quỹ này cũng tài trợ cho hai trường học ở tỉnh khác trong năm nay."), "funder's other grants"),
    ("th", "end", p("แอปนี้รองรับไฟล์ PDF และ PNG"), "supported formats"),
    ("sw", "end", p("Mbunge huyo aliunga mkono mswada huo bungeni."), "political support"),
    ("tl", "end", p("Sinuportahan ng mga tagahanga ang koponan hanggang sa huling segundo."), "fans support"),
    ("ms", "end", p("Syarikat permulaan itu berjaya mengumpul dana RM5 juta daripada pelabur."), "startup funding"),
    ("fa", "end", p("شورای شهر بودجهٔ ساخت پل جدید را تصویب کرد."), "city budget"),
    ("bn", "end", p("ক্লাবটির পৃষ্ঠপোষক একটি পানীয় কোম্পানি।"), "sport sponsor"),
]

BUILT = story_cases("f136-", REAL, NEGATIVE, page)

if __name__ == "__main__":
    for page_id, (html, label) in BUILT.items():
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
        for statement in label["funding"]:
            assert " ".join(statement.split()) in text, (page_id, statement)
    write_corpus(HERE, BUILT)
    print(len(BUILT), "pages,", sum(len(label["funding"]) for _, label in BUILT.values()), "statements,",
          sum(not label["funding"] for _, label in BUILT.values()), "negatives,",
          len({label["lang"] for _, label in BUILT.values()}), "languages")
