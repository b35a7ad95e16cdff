"""Builds held-out funding round 116 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the caves, loggers, funders, grant numbers and people do not exist.
Written blind by a helper from the definition of `funding` alone, without reading the detector's
code, its tests or any other round's cases: a network of temperature loggers in the caves under the
invented plateau of Morrow Fell (STORY below), in 43 languages. New this round: active-voice
statements on news pages ("X paid for the study", "X financed the survey", "X footed the bill",
"X put up the money", "the X Trust, which funds the project, ..."), private donors and families
(a gift from an alumna, a bequest), statements in Tagalog, Hindi, Bengali, Arabic and Persian word
orders, statements in a sidebar "Key facts" box and in a map's or chart's source note; negatives
in the same active voice about other things (a council paying for a roof, investors financing a
takeover, fans footing the bill), beside the shapes of the earlier rounds (page-builder widgets,
details blocks, tables, definition lists, footers, captions, sponsor strips, donation boxes,
funding calls, menus, job adverts, quoted speech).

usage: python benchmarks/funding-round116/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import html as htmllib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# fd116: the invented report every page of round 116 tells: a network of temperature loggers in
# the caves under the invented limestone plateau of Morrow Fell. Two sentences and a title a language.

STORY = {
    "en": ("Cave loggers show slow warming under Morrow Fell", [
        "Ninety small temperature loggers placed in twelve caves under Morrow Fell recorded a rise of almost a tenth of a degree over six winters.",
        "The deepest chambers warmed least, while entrances near farmland changed fastest, the cavers who read the loggers say."]),
    "de": ("Höhlenlogger zeigen langsame Erwärmung unter dem Morrow Fell", [
        "Neunzig kleine Temperaturlogger in zwölf Höhlen unter dem Morrow Fell haben in sechs Wintern einen Anstieg um fast ein Zehntelgrad gemessen.",
        "Die tiefsten Kammern erwärmten sich am wenigsten, Eingänge nahe Ackerland am schnellsten, berichten die Höhlenforscher."]),
    "fr": ("Sous le Morrow Fell, les grottes se réchauffent lentement", [
        "Quatre-vingt-dix petits enregistreurs de température posés dans douze grottes sous le Morrow Fell ont mesuré une hausse de près d'un dixième de degré en six hivers.",
        "Les salles les plus profondes se sont le moins réchauffées, les entrées proches des champs le plus vite, selon les spéléologues."]),
    "es": ("Las cuevas bajo Morrow Fell se calientan despacio", [
        "Noventa pequeños registradores de temperatura instalados en doce cuevas bajo Morrow Fell midieron una subida de casi una décima de grado en seis inviernos.",
        "Las salas más profundas se calentaron menos y las entradas cercanas a los cultivos, más rápido, según los espeleólogos."]),
    "it": ("Le grotte sotto il Morrow Fell si scaldano lentamente", [
        "Novanta piccoli registratori di temperatura posati in dodici grotte sotto il Morrow Fell hanno misurato un aumento di quasi un decimo di grado in sei inverni.",
        "Le sale più profonde si sono scaldate meno, gli ingressi vicini ai campi più in fretta, dicono gli speleologi."]),
    "pt": ("Grutas sob Morrow Fell aquecem devagar", [
        "Noventa pequenos registadores de temperatura colocados em doze grutas sob Morrow Fell mediram uma subida de quase um décimo de grau em seis invernos.",
        "As salas mais profundas aqueceram menos e as entradas junto aos campos, mais depressa, dizem os espeleólogos."]),
    "nl": ("Grotten onder Morrow Fell warmen langzaam op", [
        "Negentig kleine temperatuurloggers in twaalf grotten onder Morrow Fell maten in zes winters een stijging van bijna een tiende graad.",
        "De diepste zalen warmden het minst op, ingangen bij akkers het snelst, zeggen de speleologen."]),
    "pl": ("Jaskinie pod Morrow Fell powoli się ocieplają", [
        "Dziewięćdziesiąt małych rejestratorów temperatury w dwunastu jaskiniach pod Morrow Fell zanotowało w ciągu sześciu zim wzrost o prawie jedną dziesiątą stopnia.",
        "Najgłębsze komory ogrzały się najmniej, a wejścia przy polach najszybciej, mówią speleolodzy."]),
    "sv": ("Grottorna under Morrow Fell blir långsamt varmare", [
        "Nittio små temperaturloggrar i tolv grottor under Morrow Fell mätte en ökning med nästan en tiondels grad under sex vintrar.",
        "De djupaste salarna blev minst varmare och ingångarna nära åkrarna snabbast, säger grottforskarna."]),
    "da": ("Hulerne under Morrow Fell bliver langsomt varmere", [
        "Halvfems små temperaturloggere i tolv huler under Morrow Fell målte en stigning på næsten en tiendedel grad over seks vintre.",
        "De dybeste kamre blev mindst varmere, indgangene ved markerne hurtigst, siger huleforskerne."]),
    "no": ("Grottene under Morrow Fell blir sakte varmere", [
        "Nitti små temperaturloggere i tolv grotter under Morrow Fell målte en økning på nesten en tidels grad over seks vintre.",
        "De dypeste kamrene ble minst varmere, inngangene ved jordene raskest, sier grotteforskerne."]),
    "fi": ("Morrow Fellin luolat lämpenevät hitaasti", [
        "Yhdeksänkymmentä pientä lämpötila-anturia kahdessatoista luolassa Morrow Fellin alla mittasi kuudessa talvessa lähes kymmenesosa-asteen nousun.",
        "Syvimmät salit lämpenivät vähiten ja peltojen lähellä olevat suuaukot nopeimmin, luolatutkijat kertovat."]),
    "cs": ("Jeskyně pod Morrow Fell se pomalu oteplují", [
        "Devadesát malých teplotních záznamníků ve dvanácti jeskyních pod Morrow Fell naměřilo za šest zim nárůst téměř o desetinu stupně.",
        "Nejhlubší dómy se oteplily nejméně, vchody u polí nejrychleji, říkají jeskyňáři."]),
    "sk": ("Jaskyne pod Morrow Fell sa pomaly otepľujú", [
        "Deväťdesiat malých teplotných záznamníkov v dvanástich jaskyniach pod Morrow Fell namerala za šesť zím nárast takmer o desatinu stupňa.",
        "Najhlbšie dómy sa oteplili najmenej, vchody pri poliach najrýchlejšie, hovoria jaskyniari."]),
    "hu": ("Lassan melegszenek a Morrow Fell alatti barlangok", [
        "Kilencven kis hőmérséklet-rögzítő tizenkét barlangban a Morrow Fell alatt hat tél alatt csaknem egytized fokos emelkedést mért.",
        "A legmélyebb termek melegedtek a legkevésbé, a szántók melletti bejáratok a leggyorsabban, mondják a barlangászok."]),
    "ro": ("Peșterile de sub Morrow Fell se încălzesc încet", [
        "Nouăzeci de senzori mici de temperatură din douăsprezece peșteri de sub Morrow Fell au înregistrat în șase ierni o creștere de aproape o zecime de grad.",
        "Sălile cele mai adânci s-au încălzit cel mai puțin, intrările de lângă ogoare cel mai repede, spun speologii."]),
    "el": ("Τα σπήλαια κάτω από το Morrow Fell θερμαίνονται αργά", [
        "Ενενήντα μικροί καταγραφείς θερμοκρασίας σε δώδεκα σπήλαια κάτω από το Morrow Fell κατέγραψαν άνοδο σχεδόν ενός δεκάτου του βαθμού σε έξι χειμώνες.",
        "Οι βαθύτερες αίθουσες θερμάνθηκαν λιγότερο και οι είσοδοι κοντά στα χωράφια ταχύτερα, λένε οι σπηλαιολόγοι."]),
    "tr": ("Morrow Fell altındaki mağaralar yavaşça ısınıyor", [
        "Morrow Fell altındaki on iki mağaraya yerleştirilen doksan küçük sıcaklık kaydedici, altı kışta neredeyse onda bir derecelik artış ölçtü.",
        "Mağaracılara göre en derin salonlar en az, tarlalara yakın girişler en hızlı ısındı."]),
    "ru": ("Пещеры под Морроу-Фелл медленно теплеют", [
        "Девяносто небольших регистраторов температуры в двенадцати пещерах под Морроу-Фелл за шесть зим зафиксировали рост почти на десятую долю градуса.",
        "Глубже всего лежащие залы потеплели меньше всего, входы у полей — быстрее всего, рассказывают спелеологи."]),
    "uk": ("Печери під Морроу-Фелл повільно теплішають", [
        "Дев'яносто невеликих реєстраторів температури у дванадцяти печерах під Морроу-Фелл за шість зим зафіксували зростання майже на десяту частку градуса.",
        "Найглибші зали потеплішали найменше, входи біля полів — найшвидше, кажуть спелеологи."]),
    "bg": ("Пещерите под Мороу Фел бавно се затоплят", [
        "Деветдесет малки температурни регистратора в дванадесет пещери под Мороу Фел отчетоха за шест зими покачване с почти една десета от градуса.",
        "Най-дълбоките зали са се затоплили най-малко, входовете до нивите най-бързо, казват спелеолозите."]),
    "hr": ("Špilje ispod Morrow Fella polako se zagrijavaju", [
        "Devedeset malih mjerača temperature u dvanaest špilja ispod Morrow Fella zabilježilo je u šest zima porast od gotovo desetinke stupnja.",
        "Najdublje dvorane zagrijale su se najmanje, a ulazi uz polja najbrže, kažu speleolozi."]),
    "sl": ("Jame pod Morrow Fellom se počasi segrevajo", [
        "Devetdeset majhnih merilnikov temperature v dvanajstih jamah pod Morrow Fellom je v šestih zimah izmerilo dvig za skoraj desetinko stopinje.",
        "Najgloblje dvorane so se segrele najmanj, vhodi ob njivah najhitreje, pravijo jamarji."]),
    "lt": ("Urvai po Morrow Fell lėtai šyla", [
        "Devyniasdešimt mažų temperatūros registratorių dvylikoje urvų po Morrow Fell per šešias žiemas užfiksavo beveik dešimtadalio laipsnio kilimą.",
        "Giliausios salės sušilo mažiausiai, o įėjimai prie laukų greičiausiai, sako speleologai."]),
    "lv": ("Alas zem Morrow Fell lēnām sasilst", [
        "Deviņdesmit mazi temperatūras reģistratori divpadsmit alās zem Morrow Fell sešās ziemās fiksēja gandrīz desmitdaļas grāda pieaugumu.",
        "Dziļākās zāles sasila vismazāk, ieejas pie laukiem visātrāk, stāsta speleologi."]),
    "et": ("Morrow Felli koopad soojenevad aeglaselt", [
        "Üheksakümmend väikest temperatuurilogerit kaheteistkümnes koopas Morrow Felli all mõõtsid kuue talvega ligi kümnendikkraadise tõusu.",
        "Sügavaimad saalid soojenesid kõige vähem ja põldude lähedased suudmed kõige kiiremini, ütlevad koopauurijad."]),
    "ca": ("Les coves sota el Morrow Fell s'escalfen a poc a poc", [
        "Noranta petits registradors de temperatura instal·lats en dotze coves sota el Morrow Fell han mesurat una pujada de gairebé una dècima de grau en sis hiverns.",
        "Les sales més fondes s'han escalfat menys i les entrades a prop dels camps, més de pressa, diuen els espeleòlegs."]),
    "ja": ("モロウ・フェルの洞窟、ゆっくり温暖化", [
        "モロウ・フェルの地下にある12の洞窟に設置された90個の小型温度ロガーは、6回の冬でおよそ0.1度の上昇を記録した。",
        "最も深い空洞ほど変化が小さく、農地に近い入口ほど速く温まったと洞窟調査員は話す。"]),
    "zh": ("莫罗费尔地下洞穴缓慢变暖", [
        "安装在莫罗费尔地下十二个洞穴中的九十个小型温度记录仪，在六个冬季里记录到将近零点一度的升温。",
        "洞穴调查人员说，最深的洞厅升温最少，靠近农田的洞口升温最快。"]),
    "ko": ("모로 펠 지하 동굴, 서서히 따뜻해져", [
        "모로 펠 아래 열두 개 동굴에 설치된 소형 온도 기록계 아흔 대가 여섯 번의 겨울 동안 약 0.1도의 상승을 기록했다.",
        "동굴 조사원들은 가장 깊은 공간이 가장 적게, 농지 가까운 입구가 가장 빠르게 따뜻해졌다고 말했다."]),
    "ar": ("كهوف مورو فيل ترتفع حرارتها ببطء", [
        "سجّلت تسعون أداة صغيرة لتسجيل الحرارة في اثني عشر كهفًا تحت مورو فيل ارتفاعًا بنحو عُشر درجة خلال ستة فصول شتاء.",
        "ويقول مستكشفو الكهوف إن أعمق القاعات كانت الأقل احترارًا، بينما ارتفعت الحرارة أسرع عند المداخل القريبة من الحقول."]),
    "he": ("המערות מתחת למורו פל מתחממות לאט", [
        "תשעים רשמי טמפרטורה קטנים בשתים־עשרה מערות מתחת למורו פל רשמו בשישה חורפים עלייה של כמעט עשירית מעלה.",
        "האולמות העמוקים ביותר התחממו הכי מעט, והפתחים ליד השדות הכי מהר, אומרים חוקרי המערות."]),
    "fa": ("غارهای زیر مورو فل آرام آرام گرم می‌شوند", [
        "نود دستگاه کوچک ثبت دما در دوازده غار زیر مورو فل در شش زمستان افزایشی نزدیک به یک‌دهم درجه ثبت کردند.",
        "غارنوردان می‌گویند عمیق‌ترین تالارها کمتر از همه و دهانه‌های نزدیک کشتزارها سریع‌تر از همه گرم شدند."]),
    "ur": ("مورو فیل کے نیچے غار آہستہ آہستہ گرم ہو رہے ہیں", [
        "مورو فیل کے نیچے بارہ غاروں میں لگائے گئے نوے چھوٹے درجہ حرارت ریکارڈروں نے چھ سردیوں میں تقریباً ایک دسویں درجے کا اضافہ ریکارڈ کیا۔",
        "غار کے محققین کے مطابق سب سے گہرے ہال سب سے کم اور کھیتوں کے قریب دہانے سب سے تیزی سے گرم ہوئے۔"]),
    "hi": ("मोरो फेल की गुफाएँ धीरे-धीरे गर्म हो रही हैं", [
        "मोरो फेल के नीचे बारह गुफाओं में लगाए गए नब्बे छोटे तापमान लॉगरों ने छह सर्दियों में लगभग दसवें हिस्से डिग्री की बढ़ोतरी दर्ज की।",
        "गुफा शोधकर्ताओं का कहना है कि सबसे गहरे कक्ष सबसे कम और खेतों के पास के मुहाने सबसे तेज़ी से गर्म हुए।"]),
    "bn": ("মোরো ফেলের গুহাগুলো ধীরে ধীরে উষ্ণ হচ্ছে", [
        "মোরো ফেলের নিচে বারোটি গুহায় বসানো নব্বইটি ছোট তাপমাত্রা লগার ছয়টি শীতে প্রায় এক দশমাংশ ডিগ্রি বৃদ্ধি নথিভুক্ত করেছে।",
        "গুহা গবেষকরা বলছেন, সবচেয়ে গভীর কক্ষগুলো সবচেয়ে কম এবং খেতের কাছের মুখগুলো সবচেয়ে দ্রুত উষ্ণ হয়েছে।"]),
    "id": ("Gua di bawah Morrow Fell perlahan menghangat", [
        "Sembilan puluh pencatat suhu kecil di dua belas gua di bawah Morrow Fell mencatat kenaikan hampir sepersepuluh derajat selama enam musim dingin.",
        "Ruang terdalam paling sedikit menghangat, sedangkan mulut gua di dekat ladang paling cepat, kata para penelusur gua."]),
    "ms": ("Gua di bawah Morrow Fell semakin panas secara perlahan", [
        "Sembilan puluh perakam suhu kecil di dua belas gua di bawah Morrow Fell merekodkan kenaikan hampir satu persepuluh darjah dalam enam musim sejuk.",
        "Kebuk paling dalam paling kurang memanas, manakala pintu gua berhampiran ladang paling cepat, kata penyelidik gua."]),
    "vi": ("Hang động dưới Morrow Fell ấm lên chậm", [
        "Chín mươi thiết bị ghi nhiệt độ nhỏ trong mười hai hang động dưới Morrow Fell đã ghi nhận mức tăng gần một phần mười độ sau sáu mùa đông.",
        "Các khoang sâu nhất ấm lên ít nhất, còn cửa hang gần ruộng ấm lên nhanh nhất, các nhà thám hiểm hang cho biết."]),
    "th": ("ถ้ำใต้มอร์โรว์เฟลค่อย ๆ อุ่นขึ้น", [
        "เครื่องบันทึกอุณหภูมิขนาดเล็กเก้าสิบเครื่องในถ้ำสิบสองแห่งใต้มอร์โรว์เฟลบันทึกอุณหภูมิที่เพิ่มขึ้นเกือบหนึ่งในสิบองศาตลอดหกฤดูหนาว",
        "นักสำรวจถ้ำกล่าวว่าโถงที่ลึกที่สุดอุ่นขึ้นน้อยที่สุด ส่วนปากถ้ำใกล้ไร่นาอุ่นขึ้นเร็วที่สุด"]),
    "tl": ("Dahan-dahang umiinit ang mga kuweba sa ilalim ng Morrow Fell", [
        "Nakapagtala ang siyamnapung maliliit na temperature logger sa labindalawang kuweba sa ilalim ng Morrow Fell ng pagtaas na halos ikasampung bahagi ng isang digri sa loob ng anim na taglamig.",
        "Pinakakaunti ang pag-init ng pinakamalalalim na silid, at pinakamabilis sa mga bukana malapit sa bukid, ayon sa mga caver."]),
    "sw": ("Mapango chini ya Morrow Fell yanapata joto polepole", [
        "Vipima joto vidogo tisini katika mapango kumi na mawili chini ya Morrow Fell vilirekodi ongezeko la karibu sehemu ya kumi ya nyuzi katika majira sita ya baridi.",
        "Kumbi za ndani kabisa zilipata joto kidogo zaidi, na milango karibu na mashamba kwa kasi zaidi, wasema wachunguzi wa mapango."]),
}


def paras(lang: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in STORY[lang][1])


def widget(inner: str, kind: str = "elementor") -> str:
    """`inner` in a page builder's nested section/column/widget divs."""
    if kind == "elementor":
        return ('<div class="elementor-section elementor-top-section"><div class="elementor-container">'
                '<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">'
                f'<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">{inner}</div></div>'
                '</div></div></div></div>')
    if kind == "divi":
        return f'<div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">{inner}</div></div></div></div></div>'
    if kind == "wpb":
        return f'<div class="vc_row wpb_row"><div class="wpb_column vc_column_container"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">{inner}</div></div></div></div></div></div>'
    return f'<div class="w-layout-grid"><div class="w-richtext">{inner}</div></div>'


def builder(lang: str, text_widget: str, kind: str = "elementor") -> str:
    """A site page: the story in one builder widget, then `text_widget` in its own."""
    return widget(paras(lang), kind) + "\n" + widget(text_widget, kind)


def page(lang: str, place: str, html: str) -> str:
    title, story = STORY[lang]
    return story_page(lang, title, story, place, html, section="Science", site="Fell Caving Review")


# (lang, place, html, statements, not_funding, keep, note)
REAL = [
    # active voice on news pages
    ("en", "end", "<p>The Harrow Vale Foundation paid for the study, which the cavers ran on weekends.</p>",
     ["The Harrow Vale Foundation paid for the study, which the cavers ran on weekends."], [], [], "active: X paid for the study, own paragraph"),
    ("en", "mid", "<p>The loggers cost about 40 pounds each. The Orrin Lisle Trust, which funds the project, has promised to replace any that flood.</p>",
     ["The Orrin Lisle Trust, which funds the project, has promised to replace any that flood."], ["The loggers cost about 40 pounds each."], [], "active: the X Trust, which funds the project, ... mid-story; price sentence beside"),
    ("en", "end", "<p>Readings will continue until 2030, the team says. The Pellworth Caving Fund footed the bill for the first ninety loggers.</p>",
     ["The Pellworth Caving Fund footed the bill for the first ninety loggers."], ["Readings will continue until 2030, the team says."], [], "active: footed the bill, last sentence of a story paragraph"),
    ("en", "end", "<p>A local quarry company, Denholm Aggregates, put up the money for the survey's boats and ropes.</p>",
     ["A local quarry company, Denholm Aggregates, put up the money for the survey's boats and ropes."], [], [], "active: put up the money"),
    ("en", "end", "<p>The work was made possible by a gift from alumna Marjorie Tallis, who explored the same caves as a student in the 1960s.</p>",
     ["The work was made possible by a gift from alumna Marjorie Tallis, who explored the same caves as a student in the 1960s."], [], [], "private donor: a gift from an alumna"),
    ("en", "end", "<p>The network exists thanks to a bequest from the late geologist Edwin Marsh, who left his estate to cave research.</p>",
     ["The network exists thanks to a bequest from the late geologist Edwin Marsh, who left his estate to cave research."], [], [], "private donor: a bequest"),
    ("de", "end", "<p>Die Stiftung Karstwerk finanzierte die Messreihe mit 85.000 Euro.</p>",
     ["Die Stiftung Karstwerk finanzierte die Messreihe mit 85.000 Euro."], [], [], "German active: X finanzierte die Messreihe"),
    ("de", "mid", "<p>Bezahlt hat die Untersuchung die Familie Ortlieb aus Hollbrunn, die seit Jahren Höhlenforschung fördert.</p>",
     ["Bezahlt hat die Untersuchung die Familie Ortlieb aus Hollbrunn, die seit Jahren Höhlenforschung fördert."], [], [], "German active, verb first: a family paid for the study"),
    ("fr", "end", "<p>La Fondation Rivaux a financé l'étude, ainsi que l'achat des enregistreurs.</p>",
     ["La Fondation Rivaux a financé l'étude, ainsi que l'achat des enregistreurs."], [], [], "French active: X a financé l'étude"),
    ("fr", "end", "<p>Les spéléologues comptent publier les données l'an prochain. C'est la région Causse-Vert qui a payé les quarante premiers capteurs.</p>",
     ["C'est la région Causse-Vert qui a payé les quarante premiers capteurs."], ["Les spéléologues comptent publier les données l'an prochain."], [], "French cleft active, last sentence of a paragraph"),
    ("es", "end", "<p>La Fundación Almagre financió el estudio con una aportación de 60.000 euros.</p>",
     ["La Fundación Almagre financió el estudio con una aportación de 60.000 euros."], [], [], "Spanish active"),
    ("es", "mid", "<p>El proyecto salió adelante gracias al legado de la farmacéutica Rosa Ibarguren, que dejó sus ahorros a la espeleología.</p>",
     ["El proyecto salió adelante gracias al legado de la farmacéutica Rosa Ibarguren, que dejó sus ahorros a la espeleología."], [], [], "Spanish bequest"),
    ("it", "end", "<p>A pagare lo studio è stata la Fondazione Carsolina, che ha coperto anche le spese di viaggio.</p>",
     ["A pagare lo studio è stata la Fondazione Carsolina, che ha coperto anche le spese di viaggio."], [], [], "Italian active, fronted"),
    ("pt", "end", "<p>A Fundação Serra Funda pagou o estudo e emprestou dois barcos insufláveis.</p>",
     ["A Fundação Serra Funda pagou o estudo e emprestou dois barcos insufláveis."], [], [], "Portuguese active"),
    ("nl", "end", "<p>Het Van Leeuwarden Fonds betaalde het onderzoek; de gemeente leverde de kaarten.</p>",
     ["Het Van Leeuwarden Fonds betaalde het onderzoek; de gemeente leverde de kaarten."], [], [], "Dutch active"),
    ("pl", "end", "<p>Badania sfinansowała Fundacja Krasowa im. Jana Wierzby.</p>",
     ["Badania sfinansowała Fundacja Krasowa im. Jana Wierzby."], [], [], "Polish active, object first"),
    ("sv", "end", "<p>Det är Stiftelsen Grottljus som har betalat för mätningarna.</p>",
     ["Det är Stiftelsen Grottljus som har betalat för mätningarna."], [], [], "Swedish cleft active"),
    ("tl", "end", "<p>Pinondohan ng Pundasyong Batong-Apog ang pag-aaral, kasama ang pagbili ng mga logger.</p>",
     ["Pinondohan ng Pundasyong Batong-Apog ang pag-aaral, kasama ang pagbili ng mga logger."], [], [], "Tagalog verb-first: Pinondohan ng X ang pag-aaral"),
    ("tl", "own", builder("tl", "<h3>Pagpopondo</h3><p>Ang proyektong ito ay pinondohan ng Kagawaran ng Agham ng Lalawigan ng Morrow sa ilalim ng gawad blg. KM-2231.</p>", "divi"),
     ["Ang proyektong ito ay pinondohan ng Kagawaran ng Agham ng Lalawigan ng Morrow sa ilalim ng gawad blg. KM-2231."], [], [], "Tagalog heading in a Divi text module"),
    ("hi", "end", "<p>इस अध्ययन का खर्च गुफा विज्ञान न्यास ने उठाया।</p>",
     ["इस अध्ययन का खर्च गुफा विज्ञान न्यास ने उठाया।"], [], [], "Hindi SOV active: the trust bore the cost"),
    ("hi", "own", paras("hi") + '<aside class="key-facts"><h3>मुख्य तथ्य</h3><ul><li>90 लॉगर, 12 गुफाएँ</li><li>यह परियोजना राष्ट्रीय भूविज्ञान कोष द्वारा वित्तपोषित है (अनुदान संख्या NG-7710)।</li></ul></aside>',
     ["यह परियोजना राष्ट्रीय भूविज्ञान कोष द्वारा वित्तपोषित है (अनुदान संख्या NG-7710)।"], [], [], "Hindi passive in a sidebar Key facts box"),
    ("bn", "end", "<p>এই গবেষণার অর্থায়ন করেছে চুনাপাথর গবেষণা ফাউন্ডেশন।</p>",
     ["এই গবেষণার অর্থায়ন করেছে চুনাপাথর গবেষণা ফাউন্ডেশন।"], [], [], "Bengali active, object first"),
    ("bn", "own", paras("bn") + "<h2>কৃতজ্ঞতা</h2><p>আমরা গুহা অভিযাত্রী দলের সকল সদস্যকে ধন্যবাদ জানাই। এই কাজটি জাতীয় বিজ্ঞান পরিষদের অনুদান (নম্বর BS-4410) দ্বারা সমর্থিত।</p>",
     ["এই কাজটি জাতীয় বিজ্ঞান পরিষদের অনুদান (নম্বর BS-4410) দ্বারা সমর্থিত।"], ["আমরা গুহা অভিযাত্রী দলের সকল সদস্যকে ধন্যবাদ জানাই।"], [], "Bengali acknowledgements mixing thanks and a grant"),
    ("ar", "end", "<p>موّلت مؤسسة الكهف الأبيض هذه الدراسة بالكامل.</p>",
     ["موّلت مؤسسة الكهف الأبيض هذه الدراسة بالكامل."], [], [], "Arabic verb-first active"),
    ("ar", "own", paras("ar") + "<section><h2>التمويل</h2><p>حظي هذا البحث بدعم من صندوق البحوث الجيولوجية (منحة رقم GR-9034).</p></section>",
     ["حظي هذا البحث بدعم من صندوق البحوث الجيولوجية (منحة رقم GR-9034)."], [], [], "Arabic heading section"),
    ("fa", "end", "<p>هزینه‌های این پژوهش را بنیاد غارشناسی البرز پرداخت کرده است.</p>",
     ["هزینه‌های این پژوهش را بنیاد غارشناسی البرز پرداخت کرده است."], [], [], "Persian SOV active with را"),
    ("fa", "own", paras("fa") + '<figure><img src="map.png" alt="نقشه"><figcaption>منبع: پیمایش غارهای مورو فل، با حمایت مالی صندوق ملی علوم (طرح شماره ۴۴۱۲).</figcaption></figure>',
     ["منبع: پیمایش غارهای مورو فل، با حمایت مالی صندوق ملی علوم (طرح شماره ۴۴۱۲)."], [], [], "Persian map source note"),
    ("en", "own", paras("en") + '<figure class="chart"><img src="chart.png" alt="Chart of winter temperatures"><figcaption>Chart: mean winter temperature per cave. Source: Morrow Fell logger survey, funded by the Greyfriars Earth Science Trust.</figcaption></figure>',
     ["Source: Morrow Fell logger survey, funded by the Greyfriars Earth Science Trust."], ["Chart: mean winter temperature per cave."], [], "chart source note with its funder"),
    ("en", "own", paras("en") + '<aside class="sidebar key-facts"><h3>Key facts</h3><dl><dt>Loggers</dt><dd>90</dd><dt>Caves</dt><dd>12</dd><dt>Funded by</dt><dd>the Ashcombe Family Trust</dd></dl></aside>',
     ["the Ashcombe Family Trust"], [], [], "Key facts box, funder in a dd beside 'Funded by'"),
    ("de", "own", paras("de") + '<div class="infobox"><h3>Auf einen Blick</h3><p>Messzeitraum: 2020 bis 2026</p><p>Das Projekt wird vom Landesamt für Geologie Ostmark gefördert (Förderkennzeichen LG-2207).</p></div>',
     ["Das Projekt wird vom Landesamt für Geologie Ostmark gefördert (Förderkennzeichen LG-2207)."], ["Messzeitraum: 2020 bis 2026"], [], "German key-facts box"),
    ("ja", "own", paras("ja") + "<h2>謝辞</h2><p>本研究は洞窟環境財団の助成（課題番号 CE-3310）を受けて実施した。</p>",
     ["本研究は洞窟環境財団の助成（課題番号 CE-3310）を受けて実施した。"], [], [], "Japanese acknowledgements heading"),
    ("zh", "end", "<p>本研究由岩溶环境基金会资助（项目编号 KF-2024-118）。</p>",
     ["本研究由岩溶环境基金会资助（项目编号 KF-2024-118）。"], [], [], "Chinese closing statement"),
    ("ko", "own", paras("ko") + "<details><summary>논문 정보</summary><p>이 연구는 한빛동굴재단의 지원을 받아 수행되었다(과제번호 HB-5521).</p><p>저자들은 이해 상충이 없음을 밝힌다.</p></details>",
     ["이 연구는 한빛동굴재단의 지원을 받아 수행되었다(과제번호 HB-5521)."], [], ["저자들은 이해 상충이 없음을 밝힌다."], "Korean details with a conflict line kept"),
    ("tr", "end", "<p>Çalışmayı Karst Araştırmaları Vakfı finanse etti.</p>",
     ["Çalışmayı Karst Araştırmaları Vakfı finanse etti."], [], [], "Turkish active, object first"),
    ("id", "end", "<p>Penelitian ini dibiayai oleh Yayasan Gua Nusantara melalui hibah nomor YG-118.</p>",
     ["Penelitian ini dibiayai oleh Yayasan Gua Nusantara melalui hibah nomor YG-118."], [], [], "Indonesian passive"),
    ("ms", "own", builder("ms", "<p><strong>Pembiayaan:</strong> Kajian ini dibiayai oleh Dana Penyelidikan Batu Kapur Negeri (geran LK-3302).</p>", "wpb"),
     ["Kajian ini dibiayai oleh Dana Penyelidikan Batu Kapur Negeri (geran LK-3302)."], [], [], "Malay run-in label in WPBakery"),
    ("vi", "end", "<p>Quỹ Khoa học Hang động đã tài trợ toàn bộ chi phí cho khảo sát.</p>",
     ["Quỹ Khoa học Hang động đã tài trợ toàn bộ chi phí cho khảo sát."], [], [], "Vietnamese active"),
    ("th", "end", "<p>งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิถ้ำและธรณีวิทยา</p>",
     ["งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิถ้ำและธรณีวิทยา"], [], [], "Thai closing statement without a full stop"),
    ("sw", "own", paras("sw") + "<h2>Ufadhili</h2><p>Utafiti huu ulifadhiliwa na Mfuko wa Sayansi ya Mapango (ruzuku Na. MS-7781).</p>",
     ["Utafiti huu ulifadhiliwa na Mfuko wa Sayansi ya Mapango (ruzuku Na. MS-7781)."], [], [], "Swahili research page heading"),
    ("el", "end", "<p>Τη μελέτη χρηματοδότησε το Ίδρυμα Σπηλαιολογικών Ερευνών Αιγαίου.</p>",
     ["Τη μελέτη χρηματοδότησε το Ίδρυμα Σπηλαιολογικών Ερευνών Αιγαίου."], [], [], "Greek active, object first"),
    ("he", "end", "<p>את המחקר מימנה קרן משפחת לבנון לחקר מערות.</p>",
     ["את המחקר מימנה קרן משפחת לבנון לחקר מערות."], [], [], "Hebrew active, object first, a family fund"),
    ("fi", "end", "<p>Tutkimuksen rahoitti Kalkkikiven tutkimussäätiö.</p>",
     ["Tutkimuksen rahoitti Kalkkikiven tutkimussäätiö."], [], [], "Finnish active, object first"),
    ("hu", "end", "<p>A kutatást a Mészkő Alapítvány finanszírozta.</p>",
     ["A kutatást a Mészkő Alapítvány finanszírozta."], [], [], "Hungarian active"),
    ("cs", "own", paras("cs") + '<table class="facts"><tr><th>Doba měření</th><td>2020–2026</td></tr><tr><th>Financování</th><td>Nadace Krasový svět, grant KS-118</td></tr></table>',
     ["Nadace Krasový svět, grant KS-118"], [], [], "Czech table of project facts"),
    ("ro", "end", "<p>Proiectul este cofinanțat de Fundația Carpatică pentru Speologie prin grantul FCS-2025-07.</p>",
     ["Proiectul este cofinanțat de Fundația Carpatică pentru Speologie prin grantul FCS-2025-07."], [], [], "Romanian co-financed"),
    ("uk", "own", paras("uk") + '<footer class="article-footer"><p>Дослідження фінансує Фонд карстових досліджень (грант № КД-4471).</p></footer>',
     ["Дослідження фінансує Фонд карстових досліджень (грант № КД-4471)."], [], [], "Ukrainian article footer, active"),
    ("ru", "end", "<p>Исследование оплатил фонд «Подземный мир».</p>",
     ["Исследование оплатил фонд «Подземный мир»."], [], [], "Russian active"),
    ("bg", "own", builder("bg", "<p>Проектът се финансира от Фонд „Научни изследвания“ по договор № КП-06-118.</p>"),
     ["Проектът се финансира от Фонд „Научни изследвания“ по договор № КП-06-118."], [], [], "Bulgarian Elementor widget"),
    ("hr", "end", "<p>Istraživanje je financirala Zaklada Krški svijet.</p>",
     ["Istraživanje je financirala Zaklada Krški svijet."], [], [], "Croatian active"),
    ("sl", "own", paras("sl") + "<p><em>Raziskavo je financirala Javna agencija za jamske raziskave (projekt J-2219).</em></p>",
     ["Raziskavo je financirala Javna agencija za jamske raziskave (projekt J-2219)."], [], [], "Slovenian italic note"),
    ("lt", "end", "<p>Tyrimą finansavo Karsto tyrimų fondas (sutarties Nr. KT-303).</p>",
     ["Tyrimą finansavo Karsto tyrimų fondas (sutarties Nr. KT-303)."], [], [], "Lithuanian active"),
    ("lv", "own", paras("lv") + '<div class="sponsor-line"><p>Projektu atbalsta Latvijas Alu pētniecības fonds.</p></div>',
     ["Projektu atbalsta Latvijas Alu pētniecības fonds."], [], [], "Latvian sponsor line"),
    ("et", "end", "<p>Uuringu rahastas Karstiuuringute Sihtasutus.</p>",
     ["Uuringu rahastas Karstiuuringute Sihtasutus."], [], [], "Estonian active"),
    ("ca", "own", paras("ca") + '<ol class="footnotes"><li id="fn1">Les dades provenen de la xarxa de registradors.</li><li id="fn2">Aquest estudi ha estat finançat per la Fundació Avenc (ajut FA-2026-14).</li></ol>',
     ["Aquest estudi ha estat finançat per la Fundació Avenc (ajut FA-2026-14)."], ["Les dades provenen de la xarxa de registradors."], [], "Catalan footnote list"),
    ("da", "end", "<p>Undersøgelsen blev betalt af Familien Holsteds Fond. Det oplyser grotteforeningen.</p>",
     ["Undersøgelsen blev betalt af Familien Holsteds Fond."], ["Det oplyser grotteforeningen."], [], "Danish passive, family fund"),
    ("no", "own", paras("no") + '<figure><img src="logger.jpg" alt="Logger i grotta"><figcaption>Foto: Siri Vang. Prosjektet er finansiert av Stiftelsen Kalkfjell.</figcaption></figure>',
     ["Prosjektet er finansiert av Stiftelsen Kalkfjell."], ["Foto: Siri Vang."], [], "Norwegian photo credit with a funding sentence"),
    ("en", "own", widget(paras("en")) + '<div class="eu-notice"><img src="eu-flag.svg" alt="EU flag"><p>This project has received funding from the European Union\'s Horizon Europe research programme under grant agreement No 101199004.</p></div>',
     ["This project has received funding from the European Union's Horizon Europe research programme under grant agreement No 101199004."], [], [], "EU notice under a flag"),
    ("en", "own", paras("en") + "<section><h2>Author contributions</h2><p>A.R. placed the loggers; T.B. analysed the data.</p></section><section><h2>Funding</h2><p>This work was funded by the Caldermoor Research Council (grant CRC-5520). Additional support came from the Ferris Family Foundation.</p></section><section><h2>Conflict of interest</h2><p>The authors declare no competing interests.</p></section>",
     ["This work was funded by the Caldermoor Research Council (grant CRC-5520). Additional support came from the Ferris Family Foundation."], ["A.R. placed the loggers; T.B. analysed the data."], ["The authors declare no competing interests."], "journal back matter, two-sentence statement, conflict kept"),
    ("en", "end", "<p>The Tarn Hollow Trust has now given the team a further 1.2 million pounds to extend the network to forty caves.</p>",
     ["The Tarn Hollow Trust has now given the team a further 1.2 million pounds to extend the network to forty caves."], [], [], "news: grant to the very team the story is about"),
    ("es", "own", paras("es") + "<p>Esta investigación ha sido posible gracias a:</p><ul><li>Fundación Almagre (ayuda FA-301)</li><li>Consejería de Medio Ambiente de Tierra Alta (proyecto MA-77)</li></ul>",
     ["Esta investigación ha sido posible gracias a: Fundación Almagre (ayuda FA-301) Consejería de Medio Ambiente de Tierra Alta (proyecto MA-77)"], [], [], "Spanish lead-in followed by a list of funders"),
    ("it", "own", paras("it") + '<p>La rete è cresciuta in sei anni.<br>Lo studio è stato finanziato dalla Fondazione Carsolina con il contributo della famiglia Bertoldi.</p>',
     ["Lo studio è stato finanziato dalla Fondazione Carsolina con il contributo della famiglia Bertoldi."], ["La rete è cresciuta in sei anni."], [], "Italian statement after a <br> in the last paragraph"),
    ("en", "own", "<p><strong>Q: What comes next?</strong></p><p>A: More loggers, deeper down. We will read them every spring.</p>" + paras("en") + "<p><em>This interview was edited for length. The cave survey is supported by the Hollins Geoscience Fund.</em></p>",
     ["The cave survey is supported by the Hollins Geoscience Fund."], ["This interview was edited for length."], [], "end of a Q&A interview, italic"),
    ("fr", "own", widget(paras("fr"), "webflow") + '<div class="w-richtext"><h3>À propos de l\'étude</h3><p>Méthode : relevés horaires sur six hivers. Avec le soutien financier de la Fondation Rivaux.</p></div>',
     ["Avec le soutien financier de la Fondation Rivaux."], ["Méthode : relevés horaires sur six hivers."], [], "French About-the-study box in Webflow"),
]

# (lang, place, html, note)
NEGATIVE = [
    ("en", "end", "<p>The council paid for the new roof of the visitor centre last year, after a storm tore off its slates.</p>", "active: council paid for a roof (news)"),
    ("en", "end", "<p>Investors financed the takeover of the show-cave company in March, the firm's filings show.</p>", "active: investors financed a takeover"),
    ("en", "end", "<p>Fans footed the bill for the caving club's trip to the national championships.</p>", "active: fans footed the bill for a trip"),
    ("en", "mid", "<p>A local businessman put up the money for a new car park at the cave entrance, which opened in June.</p>", "active: put up the money for a car park (news)"),
    ("en", "end", "<p>The Harrow Vale Foundation, which funds rural bus routes across the county, announced new grants for village halls this week.</p>", "a foundation funding something else (news)"),
    ("en", "end", "<p>The plan to close the cave to tourists was supported by a majority of the parish council.</p>", "vote of support"),
    ("en", "end", "<p>\u201cWe were funded by nobody, we just bought the loggers ourselves,\u201d said one of the first volunteers, recalling 2019.</p>", "funding word in quoted speech"),
    ("en", "end", "<p>The findings are supported by the evidence from two older caves.</p>", "supported by the evidence"),
    ("en", "own", paras("en") + '<aside class="donate"><h3>Support our journalism</h3><p>Independent science reporting costs money. Give from 3 pounds a month.</p><a href="/donate">Donate</a></aside>', "donation box"),
    ("en", "own", paras("en") + '<aside class="sidebar"><div class="ad"><span>Advertisement</span><p>Headlamps from Lumen Gear: sponsored by the makers of the brightest caving light.</p></div></aside>', "sidebar advert"),
    ("en", "own", paras("en") + '<figure><img src="crowd.jpg" alt="Crowd"><figcaption>With the support of the fans, the club reached the final. Photo: Dan Rees</figcaption></figure>', "caption: with the support of the fans"),
    ("en", "own", paras("en") + '<ol class="footnotes"><li>Source: National Funding Report for Earth Sciences 2025, table 4.</li></ol>', "footnote citing a funding report as a source"),
    ("en", "own", '<nav class="site-menu"><a href="/grants">Grants</a> <a href="/funding">Funding opportunities</a> <a href="/sponsor">Sponsor us</a></nav>' + paras("en"), "navigation menu funding words"),
    ("en", "own", paras("en") + '<section class="related"><h3>Related stories</h3><ul><li><a href="/a">Sponsored walk raises money for mountain rescue</a></li><li><a href="/b">Research funded by a brewery wins award</a></li></ul></section>', "related-stories headlines"),
    ("en", "own", "<h1>LoggerKit 3</h1><p>LoggerKit 3 supports Python 3.12 and later.</p><h2>Supported formats</h2><ul><li>CSV</li><li>NetCDF</li></ul>", "product/software page: supported versions and formats"),
    ("en", "own", "<h1>Pricing</h1><ul><li>Sponsor tier: 50 a year</li><li>Supported plans: Basic, Pro</li></ul><a class=\"btn\" href=\"/sponsor\">Sponsor this project</a>", "price plan page with sponsor tier and button"),
    ("en", "own", "<h1>Funded PhD position in cave climate</h1><p>We offer a fully funded three-year PhD position. Applications close on 3 March.</p>", "job advert"),
    ("en", "own", "<h1>Apply for a small grant</h1><p>We fund projects that study underground climate. Applications for funding close on 3 March.</p>", "funding call page"),
    ("en", "end", "<p>Cavetrack, a start-up that sells logger software, raised 20 million in a Series B led by Norland Ventures.</p>", "funding round news"),
    ("en", "end", "<p>The county's budget for 2027 funds road repairs, two libraries and a new school kitchen.</p>", "government budget story"),
    ("en", "end", "<p>The hospital fundraising gala raised 40,000 pounds for the children's ward.</p>", "fundraising gala"),
    ("en", "own", paras("en") + '<div class="logo-wall"><img src="a.png" alt="Lumen Gear"><img src="b.png" alt="Rope and Co"><img src="c.png" alt="Fell Outdoor"></div>', "sponsor logo wall with no sentence"),
    ("en", "own", paras("en") + "<p>Thanks to all our readers for their letters about the caves.</p>", "general thanks to readers"),
    ("en", "own", paras("en") + '<section><h3>Partners</h3><p>Fell Caving Club, Morrow Fell Visitor Centre</p><h3>Media partners</h3><p>Radio Fell, Caving Monthly</p></section>', "partners and media partners"),
    ("en", "own", paras("en") + '<p class="tech">Need help with your logger? Technical support is available on weekdays from 9 to 5.</p>', "technical support"),
    ("en", "end", "<p>The Greyfriars Trust's spokeswoman said it had given 300,000 pounds to flood defences elsewhere in the valley.</p>", "funder's spokesperson about money given to others"),
    ("de", "end", "<p>Mit Unterstützung der Fans gewann der Höhlensportverein das Finale.</p>", "German 'Unterstützung' of fans"),
    ("de", "end", "<p>Im Nachbartal wird seit Jahrzehnten Öl gefördert, zuletzt 20.000 Barrel im Monat.</p>", "German 'gefördert' of oil"),
    ("de", "end", "<p>Der Stadtrat bezahlte im vergangenen Jahr das neue Dach des Besucherzentrums.</p>", "German active: council paid for a roof"),
    ("fr", "end", "<p>Les supporters ont soutenu leur équipe jusqu'au bout, malgré la défaite.</p>", "French 'soutenir' a team"),
    ("fr", "end", "<p>La commune a financé l'an dernier la rénovation du pont, pour 2 millions d'euros.</p>", "French active: commune financed a bridge"),
    ("es", "end", "<p>El pleno apoyó la moción para cerrar la cueva a los turistas.</p>", "Spanish 'apoyar' a motion"),
    ("es", "end", "<p>Los aficionados pagaron de su bolsillo el viaje del equipo a la final.</p>", "Spanish fans paid for a trip"),
    ("it", "end", "<p>Il Comune finanzierà con il bilancio 2027 la nuova piscina e due asili.</p>", "Italian 'finanziare' city budget"),
    ("pt", "end", "<p>O clube de futebol local é patrocinado por uma cervejaria desde 2019.</p>", "Portuguese sport sponsorship"),
    ("nl", "end", "<p>Beleggers financierden vorig jaar de overname van de grotexploitant.</p>", "Dutch investors financed takeover"),
    ("pl", "end", "<p>Rada gminy poparła wniosek o budowę parkingu przy jaskini.</p>", "Polish vote of support"),
    ("sv", "end", "<p>Kommunen betalade förra året för en ny bro över ån.</p>", "Swedish council paid for a bridge"),
    ("tl", "end", "<p>Sinuportahan ng mayorya ng konseho ang panukalang isara ang kuweba sa mga turista.</p>", "Tagalog vote of support"),
    ("hi", "end", "<p>राज्य सरकार ने पिछले साल नए पुल का पूरा खर्च उठाया।</p>", "Hindi: government bore the cost of a bridge (news)"),
    ("bn", "end", "<p>সমর্থকরা নিজেদের টাকায় দলের ফাইনাল সফরের খরচ মেটালেন।</p>", "Bengali fans paid for a trip"),
    ("ar", "end", "<p>موّل المستثمرون صفقة الاستحواذ على شركة الكهوف السياحية في مارس.</p>", "Arabic investors financed a takeover"),
    ("fa", "end", "<p>شورای شهر سال گذشته هزینه تعمیر سقف مرکز بازدیدکنندگان را پرداخت کرد.</p>", "Persian council paid for a roof"),
    ("ja", "end", "<p>市は昨年、観光洞窟の新しい駐車場の建設費を負担した。</p>", "Japanese city paid for a car park"),
    ("zh", "end", "<p>这家洞穴旅游公司上月完成了由北岭资本领投的两亿元B轮融资。</p>", "Chinese Series B news"),
    ("ko", "end", "<p>시의회는 동굴 관광 제한안을 과반수 찬성으로 지지했다.</p>", "Korean majority support"),
    ("tr", "end", "<p>Taraftarlar takımın final deplasmanının masraflarını kendi ceplerinden karşıladı.</p>", "Turkish fans footed the bill"),
    ("id", "end", "<p>Pemerintah kota membiayai pembangunan jembatan baru tahun lalu.</p>", "Indonesian city financed a bridge"),
    ("vi", "end", "<p>Ứng dụng ghi nhiệt mới hỗ trợ Android 14 và iOS 18.</p>", "Vietnamese supported versions"),
    ("th", "end", "<p>สโมสรฟุตบอลท้องถิ่นได้รับการสนับสนุนจากบริษัทเครื่องดื่มตั้งแต่ปี 2563</p>", "Thai sport sponsorship"),
    ("sw", "end", "<p>Serikali ya kaunti ilifadhili ujenzi wa barabara mpya mwaka jana.</p>", "Swahili county funded a road (news)"),
    ("el", "end", "<p>Οι οπαδοί στήριξαν την ομάδα μέχρι το τέλος του αγώνα.</p>", "Greek fans supported the team"),
    ("he", "end", "<p>המועצה המקומית מימנה בשנה שעברה את שיפוץ גג מרכז המבקרים.</p>", "Hebrew council paid for a roof"),
    ("fi", "end", "<p>Kaupunki rahoitti viime vuonna uuden sillan rakentamisen.</p>", "Finnish city funded a bridge"),
    ("hu", "end", "<p>A befektetők finanszírozták a barlangüzemeltető cég felvásárlását.</p>", "Hungarian investors financed takeover"),
    ("cs", "end", "<p>Zastupitelstvo podpořilo návrh na uzavření jeskyně pro turisty.</p>", "Czech vote of support"),
    ("ro", "end", "<p>Primăria a finanțat anul trecut reparația podului din centru.</p>", "Romanian town hall financed a bridge"),
    ("uk", "end", "<p>Стартап продав свої датчики за кордон і залучив 5 мільйонів доларів інвестицій.</p>", "Ukrainian investment round"),
    ("ru", "end", "<p>Болельщики сами оплатили поездку команды на финал.</p>", "Russian fans paid for a trip"),
    ("ur", "end", "<p>صوبائی حکومت نے گزشتہ سال نئے پل کی تعمیر کے لیے رقم فراہم کی۔</p>", "Urdu government funded a bridge"),
    ("sk", "own", paras("sk") + '<div class="donate-box"><p>Podporte nezávislú vedeckú žurnalistiku. Darujte ešte dnes.</p></div>', "Slovak donation box"),
    ("lt", "own", paras("lt") + '<div class="crowdfunding"><p>Ačiū visiems 312 rėmėjams, kurie prisidėjo prie mūsų kampanijos!</p></div>', "Lithuanian crowdfunding thanks without saying the project was funded"),
    ("et", "end", "<p>Tarkvara põhineb avatud lähtekoodil. Powered by CaveDB.</p>", "powered-by credit"),
    ("ca", "end", "<p>L'ajuntament va pagar l'any passat la teulada nova del centre de visitants.</p>", "Catalan council paid for a roof"),
    ("da", "end", "<p>Foreningen takker alle, der har støttet os gennem årene.</p>", "Danish support line naming no supporter"),
    ("no", "end", "<p>Forskningsrådet delte i går ut 40 millioner kroner til nye prosjekter i Nord-Norge.</p>", "Norwegian research council awards to others"),
    ("hr", "end", "<p>Vlada je najavila smanjenje sredstava za znanost u idućoj godini.</p>", "Croatian funding cuts"),
    ("sl", "end", "<p>Podjetje je sponzor lokalnega nogometnega kluba že deset let.</p>", "Slovenian sport sponsorship"),
    ("lv", "end", "<p>Pašvaldība apmaksāja jaunā tilta būvniecību pagājušajā gadā.</p>", "Latvian municipality paid for a bridge"),
    ("bg", "end", "<p>Мнозинството в общинския съвет подкрепи предложението.</p>", "Bulgarian majority support"),
    ("ms", "end", "<p>Aplikasi baharu menyokong Android 14 dan ke atas.</p>", "Malay supported versions"),
]

ALL_LANGS = sorted({row[0] for row in REAL} | {row[0] for row in NEGATIVE})


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def check(built: dict) -> None:
    for page_id, (html, label) in built.items():
        text = visible(html)
        for sentence in label["funding"] + label.get("must_keep_in_body", []) + label.get("not_funding", []):
            assert sentence in text, (page_id, sentence)


def main() -> None:
    built = story_cases("r116-", REAL, NEGATIVE, page)
    check(built)
    write_corpus(HERE, built)
    real = sum(1 for _, label in built.values() if label["funding"])
    print(f"{len(built)} pages, {real} with statements, {len(built) - real} negatives, {len(ALL_LANGS)} languages")


if __name__ == "__main__":
    main()
