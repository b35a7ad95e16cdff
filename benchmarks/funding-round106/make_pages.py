"""Builds held-out funding round 106 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the study, the port city, funders, grant numbers and people do not
exist. Written by a helper from the definition of `funding` alone, without reading the detector's
code, its tests or the earlier rounds' cases: a study of night-time port noise and sleep in the
invented city of Harrowmere, in 43 languages. About half the pages are ordinary news stories whose
statement is written as newsrooms write it ("The research was funded by ...", "Funding came from
...", "X paid for the study", a grant to the very team the story is about), wherever it sits (the
end of a paragraph, its own paragraph, a parenthesis), beside negatives using the same verbs about
other things (a city funding a bridge, a ministry backing a plan, "paid for by taxpayers", "supported
by a majority", funding cuts); the rest are shaped like sites outside newsrooms (project, journal,
README, dataset, podcast, festival, exhibition, thesis, newsletter, forum, product and price pages).

Conventions: for run-in labels and headings ("Funding:", <h2>Förderung</h2>, <dt>, <th>) the
statement listed is the text after the label, without the label; footnote markers are not part of
it; in acknowledgement paragraphs that mix thanks and a grant only the grant sentence is listed; a
lead-in followed by a list of funders is listed as the lead-in and each item; a statement given
twice on a page is listed once.

usage: python benchmarks/funding-round106/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import write_corpus

# lang: (title, first paragraph, second paragraph, statement, negative with a funding word, heading)
LANGS = {
    "de": ("Nachtlärm am Hafen raubt Anwohnern den Schlaf",
           "Anwohner des Hafens von Harrowmere schlafen im Schnitt 40 Minuten weniger als Menschen in ruhigen Vierteln, zeigt eine neue Studie.",
           "Die Forschenden statteten 310 Freiwillige mit Schlafsensoren aus und maßen zwei Jahre lang den Lärm vor ihren Fenstern.",
           "Die Studie wurde von der Hallbrunn-Stiftung mit 480.000 Euro gefördert.",
           "Die Stadt förderte im vergangenen Jahr den Bau einer neuen Lärmschutzwand mit drei Millionen Euro.",
           "Förderung"),
    "fr": ("Le bruit nocturne du port empêche les riverains de dormir",
           "Les habitants proches du port de Harrowmere dorment en moyenne quarante minutes de moins que ceux des quartiers calmes, selon une nouvelle étude.",
           "Les chercheurs ont équipé 310 volontaires de capteurs de sommeil et mesuré le bruit sous leurs fenêtres pendant deux ans.",
           "L'étude a reçu un financement de la Fondation Verlaine-Aubrac.",
           "Le maire a déclaré soutenir le couvre-feu pour les camions, soutenu par une majorité du conseil.",
           "Financement"),
    "es": ("El ruido nocturno del puerto quita el sueño a los vecinos",
           "Los vecinos del puerto de Harrowmere duermen de media cuarenta minutos menos que los de barrios tranquilos, según un nuevo estudio.",
           "Los investigadores dieron sensores de sueño a 310 voluntarios y midieron el ruido bajo sus ventanas durante dos años.",
           "La investigación fue financiada por la Fundación Olmedo Rivas.",
           "El ministerio apoya el plan de ampliar el puerto, que según la oposición pagarán los contribuyentes.",
           "Financiación"),
    "it": ("Il rumore notturno del porto toglie il sonno ai residenti",
           "Chi abita vicino al porto di Harrowmere dorme in media quaranta minuti in meno di chi vive nei quartieri tranquilli, secondo un nuovo studio.",
           "I ricercatori hanno dotato 310 volontari di sensori del sonno e misurato il rumore sotto le loro finestre per due anni.",
           "Il finanziamento è arrivato dalla Fondazione Castelrosso.",
           "Il comune ha finanziato l'anno scorso nuove finestre insonorizzate per le scuole del quartiere.",
           "Finanziamento"),
    "pt": ("Ruído noturno do porto tira o sono aos moradores",
           "Quem vive perto do porto de Harrowmere dorme em média menos quarenta minutos do que quem mora em bairros calmos, indica um novo estudo.",
           "Os investigadores entregaram sensores de sono a 310 voluntários e mediram o ruído junto às suas janelas durante dois anos.",
           "O estudo recebeu financiamento da Fundação Almeida Serra.",
           "Os cortes de financiamento anunciados pelo governo vão atrasar a renovação do cais.",
           "Financiamento"),
    "nl": ("Nachtelijk havenlawaai kost bewoners slaap",
           "Bewoners rond de haven van Harrowmere slapen gemiddeld veertig minuten korter dan mensen in rustige wijken, blijkt uit nieuw onderzoek.",
           "De onderzoekers gaven 310 vrijwilligers een slaapsensor en maten twee jaar lang het geluid voor hun ramen.",
           "Het onderzoek werd betaald door het Van Oosterwijk Fonds.",
           "De gemeente betaalde vorig jaar voor een nieuwe brug over de haven.",
           "Financiering"),
    "pl": ("Nocny hałas w porcie odbiera mieszkańcom sen",
           "Mieszkańcy okolic portu w Harrowmere śpią średnio o czterdzieści minut krócej niż osoby z cichych dzielnic, wynika z nowego badania.",
           "Naukowcy wyposażyli 310 ochotników w czujniki snu i przez dwa lata mierzyli hałas pod ich oknami.",
           "Badania sfinansowała Fundacja im. Józefa Wierzbickiego.",
           "Wniosek o zakaz nocnych dostaw poparła większość radnych.",
           "Finansowanie"),
    "sv": ("Nattligt hamnbuller stjäl de boendes sömn",
           "De som bor nära hamnen i Harrowmere sover i snitt fyrtio minuter kortare än folk i lugna kvarter, visar en ny studie.",
           "Forskarna gav 310 frivilliga sömnsensorer och mätte bullret utanför deras fönster i två år.",
           "Studien finansierades av Lindqvistska stiftelsen.",
           "Regeringen stöder planen på att bygga ut hamnen.",
           "Finansiering"),
    "da": ("Natlig havnestøj koster beboerne søvn",
           "Beboere tæt på havnen i Harrowmere sover i gennemsnit fyrre minutter mindre end folk i rolige kvarterer, viser en ny undersøgelse.",
           "Forskerne gav 310 frivillige søvnsensorer og målte støjen uden for deres vinduer i to år.",
           "Projektet er støttet af en bevilling fra Fonden Holmegaard.",
           "Kommunen støttede sidste år byggeriet af en ny cykelbro med fire millioner kroner.",
           "Finansiering"),
    "nb": ("Nattestøy fra havna tar søvnen fra naboene",
           "Folk som bor nær havna i Harrowmere sover i snitt førti minutter mindre enn folk i rolige strøk, viser en ny studie.",
           "Forskerne ga 310 frivillige søvnsensorer og målte støyen utenfor vinduene deres i to år.",
           "Forskningen ble finansiert av Stiftelsen Bergvik.",
           "Et flertall i bystyret støtter forslaget om nattforbud for lastebiler.",
           "Finansiering"),
    "fi": ("Sataman yömelu vie asukkailta unet",
           "Harrowmeren sataman lähellä asuvat nukkuvat keskimäärin neljäkymmentä minuuttia vähemmän kuin rauhallisten kaupunginosien asukkaat, kertoo uusi tutkimus.",
           "Tutkijat antoivat 310 vapaaehtoiselle unianturit ja mittasivat melua heidän ikkunoidensa takana kahden vuoden ajan.",
           "Tutkimusta rahoitti Saarisen säätiö.",
           "Kaupunki rahoitti viime vuonna uuden sillan rakentamisen satamaan.",
           "Rahoitus"),
    "cs": ("Noční hluk z přístavu bere obyvatelům spánek",
           "Lidé žijící u přístavu v Harrowmere spí v průměru o čtyřicet minut méně než obyvatelé klidných čtvrtí, ukazuje nová studie.",
           "Vědci dali 310 dobrovolníkům spánkové senzory a dva roky měřili hluk pod jejich okny.",
           "Výzkum financovala Nadace Karla Vrby.",
           "Ministerstvo podporuje plán na rozšíření přístavu.",
           "Financování"),
    "sk": ("Nočný hluk z prístavu berie obyvateľom spánok",
           "Ľudia bývajúci pri prístave v Harrowmere spia v priemere o štyridsať minút menej než obyvatelia tichých štvrtí, ukazuje nová štúdia.",
           "Vedci dali 310 dobrovoľníkom spánkové senzory a dva roky merali hluk pod ich oknami.",
           "Štúdiu finančne podporila Nadácia Mateja Hronca.",
           "Návrh na nočný zákaz nákladnej dopravy podporila väčšina poslancov.",
           "Financovanie"),
    "hu": ("Elveszi a lakók álmát a kikötő éjszakai zaja",
           "A harrowmere-i kikötő közelében élők átlagosan negyven perccel kevesebbet alszanak, mint a csendes negyedek lakói, derül ki egy új tanulmányból.",
           "A kutatók 310 önkéntest láttak el alvásérzékelővel, és két évig mérték a zajt az ablakaik előtt.",
           "A kutatást a Kovácsházi Alapítvány finanszírozta.",
           "A kormány támogatja a kikötő bővítésének tervét.",
           "Támogatás"),
    "ro": ("Zgomotul nocturn din port le fură somnul locuitorilor",
           "Cei care locuiesc lângă portul din Harrowmere dorm în medie cu patruzeci de minute mai puțin decât locuitorii cartierelor liniștite, arată un nou studiu.",
           "Cercetătorii au dat senzori de somn unui număr de 310 voluntari și au măsurat zgomotul de sub ferestrele lor timp de doi ani.",
           "Studiul a fost finanțat de Fundația Vlădescu.",
           "Primăria a finanțat anul trecut un nou pod peste canalul portului.",
           "Finanțare"),
    "el": ("Ο νυχτερινός θόρυβος του λιμανιού κλέβει τον ύπνο των κατοίκων",
           "Όσοι ζουν κοντά στο λιμάνι του Χάροουμιρ κοιμούνται κατά μέσο όρο σαράντα λεπτά λιγότερο από τους κατοίκους ήσυχων γειτονιών, σύμφωνα με νέα μελέτη.",
           "Οι ερευνητές έδωσαν αισθητήρες ύπνου σε 310 εθελοντές και μετρούσαν τον θόρυβο έξω από τα παράθυρά τους επί δύο χρόνια.",
           "Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Καραλή.",
           "Το υπουργείο στηρίζει το σχέδιο επέκτασης του λιμανιού.",
           "Χρηματοδότηση"),
    "tr": ("Limanın gece gürültüsü sakinlerin uykusunu kaçırıyor",
           "Harrowmere limanı yakınında yaşayanlar, sakin mahallelerde oturanlardan ortalama kırk dakika daha az uyuyor, yeni bir araştırmaya göre.",
           "Araştırmacılar 310 gönüllüye uyku sensörü verdi ve iki yıl boyunca pencerelerinin önündeki gürültüyü ölçtü.",
           "Araştırma Demirkaya Vakfı tarafından finanse edildi.",
           "Belediye geçen yıl limana yeni bir köprü yapılmasını finanse etti.",
           "Finansman"),
    "ru": ("Ночной шум порта лишает жителей сна",
           "Жители района у порта Харроумир спят в среднем на сорок минут меньше, чем люди в тихих кварталах, показало новое исследование.",
           "Учёные выдали 310 добровольцам датчики сна и два года измеряли шум под их окнами.",
           "Исследование финансировал фонд «Северная гавань».",
           "Большинство депутатов поддержало запрет на ночную разгрузку судов.",
           "Финансирование"),
    "uk": ("Нічний шум порту позбавляє мешканців сну",
           "Мешканці району біля порту Гарроумір сплять у середньому на сорок хвилин менше, ніж люди в тихих кварталах, свідчить нове дослідження.",
           "Науковці видали 310 добровольцям датчики сну і два роки вимірювали шум під їхніми вікнами.",
           "Дослідження профінансував фонд «Тиха ніч».",
           "Міська рада профінансувала торік новий міст через канал.",
           "Фінансування"),
    "bg": ("Нощният шум от пристанището отнема съня на жителите",
           "Хората, които живеят до пристанището на Хароумиър, спят средно с четиридесет минути по-малко от жителите на тихите квартали, показва ново проучване.",
           "Изследователите дадоха сензори за сън на 310 доброволци и две години измерваха шума под прозорците им.",
           "Проучването е финансирано от фондация „Янков“.",
           "Съкращенията на финансирането ще забавят ремонта на пристанището.",
           "Финансиране"),
    "sr": ("Noćna buka iz luke oduzima san stanovnicima",
           "Ljudi koji žive uz luku u Harrowmereu spavaju u proseku četrdeset minuta manje od stanovnika mirnih kvartova, pokazuje nova studija.",
           "Istraživači su dali senzore za spavanje 310 dobrovoljaca i dve godine merili buku ispod njihovih prozora.",
           "Istraživanje je finansirala Zadužbina Petrović-Lukić.",
           "Ministarstvo podržava plan proširenja luke.",
           "Finansiranje"),
    "hr": ("Noćna buka iz luke stanovnicima oduzima san",
           "Ljudi koji žive uz luku u Harrowmereu spavaju u prosjeku četrdeset minuta manje od stanovnika mirnih četvrti, pokazuje nova studija.",
           "Istraživači su 310 dobrovoljaca opremili senzorima spavanja i dvije godine mjerili buku ispod njihovih prozora.",
           "Istraživanje je financirala Zaklada Horvat-Mlinar.",
           "Gradsko vijeće financiralo je prošle godine novi most preko kanala.",
           "Financiranje"),
    "sl": ("Nočni hrup iz pristanišča jemlje spanec prebivalcem",
           "Ljudje, ki živijo ob pristanišču v Harrowmeru, spijo v povprečju štirideset minut manj kot prebivalci mirnih četrti, kaže nova študija.",
           "Raziskovalci so 310 prostovoljcem dali senzorje spanja in dve leti merili hrup pod njihovimi okni.",
           "Raziskavo je financirala Fundacija Zupančič.",
           "Večina svetnikov je podprla predlog o nočni prepovedi tovornjakov.",
           "Financiranje"),
    "lt": ("Naktinis uosto triukšmas atima gyventojams miegą",
           "Prie Harrowmero uosto gyvenantys žmonės vidutiniškai miega keturiasdešimt minučių trumpiau nei ramių rajonų gyventojai, rodo naujas tyrimas.",
           "Mokslininkai 310 savanorių davė miego jutiklius ir dvejus metus matavo triukšmą po jų langais.",
           "Tyrimą finansavo Jono Petrausko fondas.",
           "Vyriausybė remia uosto plėtros planą.",
           "Finansavimas"),
    "lv": ("Ostas nakts troksnis atņem iedzīvotājiem miegu",
           "Cilvēki, kas dzīvo pie Harrovmīras ostas, vidēji guļ par četrdesmit minūtēm mazāk nekā klusu apkaimju iedzīvotāji, liecina jauns pētījums.",
           "Pētnieki 310 brīvprātīgajiem iedeva miega sensorus un divus gadus mērīja troksni zem viņu logiem.",
           "Pētījumu finansēja Ozoliņa fonds.",
           "Pilsēta pagājušajā gadā finansēja jauna tilta būvi pār kanālu.",
           "Finansējums"),
    "et": ("Sadama öine müra võtab elanikelt une",
           "Harrowmere'i sadama lähedal elavad inimesed magavad keskmiselt nelikümmend minutit vähem kui vaiksete linnaosade elanikud, selgub uuest uuringust.",
           "Teadlased andsid 310 vabatahtlikule unesensorid ja mõõtsid kaks aastat müra nende akende all.",
           "Uuringut rahastas Tammsaare-Kuuse sihtasutus.",
           "Linnavolikogu enamus toetas öise veokeelu ettepanekut.",
           "Rahastus"),
    "ca": ("El soroll nocturn del port treu la son als veïns",
           "Els veïns del port de Harrowmere dormen de mitjana quaranta minuts menys que els dels barris tranquils, segons un nou estudi.",
           "Els investigadors van donar sensors de son a 310 voluntaris i van mesurar el soroll sota les seves finestres durant dos anys.",
           "La recerca va ser finançada per la Fundació Puigvert-Sala.",
           "L'Ajuntament va finançar l'any passat un nou pont sobre el canal del port.",
           "Finançament"),
    "ja": ("港の夜間騒音、住民の睡眠を奪う",
           "ハロウミア港の近くに住む人は、静かな地区の住民に比べて睡眠時間が平均40分短いことが新たな研究で分かった。",
           "研究チームは310人のボランティアに睡眠センサーを配り、2年間にわたって窓の外の騒音を測定した。",
           "この研究は浜風財団の助成を受けて行われた。",
           "市は昨年、港に新しい橋を建設する費用を負担した。",
           "研究資金"),
    "zh": ("港口夜间噪音让居民难以入眠",
           "一项新研究发现，住在哈罗米尔港附近的居民平均每晚比安静街区的居民少睡四十分钟。",
           "研究人员为310名志愿者配备了睡眠传感器，并在两年内测量了他们窗外的噪音。",
           "该研究由海澜基金会资助。",
           "市政府去年出资修建了一座跨港新桥。",
           "基金项目"),
    "ko": ("항구의 밤 소음, 주민들 잠 빼앗아",
           "해로우미어 항구 근처에 사는 주민은 조용한 동네 주민보다 평균 40분 덜 자는 것으로 새 연구에서 나타났다.",
           "연구진은 자원봉사자 310명에게 수면 센서를 나눠 주고 2년 동안 창밖 소음을 측정했다.",
           "이 연구는 하늘바다재단의 지원을 받아 수행됐다.",
           "시의회 다수는 야간 화물차 통행 금지안을 지지했다.",
           "연구비 지원"),
    "ar": ("ضجيج الميناء الليلي يحرم السكان من النوم",
           "ينام سكان المنطقة المجاورة لميناء هارومير في المتوسط أربعين دقيقة أقل من سكان الأحياء الهادئة، بحسب دراسة جديدة.",
           "زوّد الباحثون 310 متطوعين بأجهزة استشعار للنوم وقاسوا الضجيج تحت نوافذهم طوال عامين.",
           "موّلت مؤسسة الرمال الهادئة هذه الدراسة.",
           "تدعم الوزارة خطة توسيع الميناء.",
           "التمويل"),
    "he": ("רעש הלילה בנמל גוזל מהתושבים את השינה",
           "תושבים הגרים ליד נמל הארומיר ישנים בממוצע ארבעים דקות פחות מתושבי שכונות שקטות, כך עולה ממחקר חדש.",
           "החוקרים ציידו 310 מתנדבים בחיישני שינה ומדדו במשך שנתיים את הרעש מתחת לחלונותיהם.",
           "המחקר מומן על ידי קרן שפירא-לוי.",
           "העירייה מימנה בשנה שעברה גשר חדש מעל התעלה.",
           "מימון"),
    "fa": ("سروصدای شبانه بندر خواب را از ساکنان می‌گیرد",
           "ساکنان نزدیک بندر هارومیر به طور میانگین چهل دقیقه کمتر از ساکنان محله‌های آرام می‌خوابند، به گفته یک پژوهش تازه.",
           "پژوهشگران به ۳۱۰ داوطلب حسگر خواب دادند و دو سال صدای زیر پنجره‌هایشان را اندازه گرفتند.",
           "این پژوهش با حمایت مالی بنیاد آرامش شب انجام شد.",
           "وزارتخانه از طرح گسترش بندر حمایت می‌کند.",
           "حمایت مالی"),
    "ur": ("بندرگاہ کا رات کا شور مکینوں کی نیند چھین رہا ہے",
           "ایک نئی تحقیق کے مطابق ہیرومیئر بندرگاہ کے قریب رہنے والے لوگ پرسکون محلوں کے مکینوں سے اوسطاً چالیس منٹ کم سوتے ہیں۔",
           "محققین نے 310 رضاکاروں کو نیند کے سینسر دیے اور دو سال تک ان کی کھڑکیوں کے باہر شور ناپا۔",
           "اس تحقیق کے لیے مالی معاونت خاموش رات فاؤنڈیشن نے فراہم کی۔",
           "حکومت بندرگاہ کی توسیع کے منصوبے کی حمایت کرتی ہے۔",
           "مالی معاونت"),
    "hi": ("बंदरगाह का रात का शोर लोगों की नींद छीन रहा है",
           "एक नए अध्ययन के अनुसार हैरोमियर बंदरगाह के पास रहने वाले लोग शांत मोहल्लों के लोगों से औसतन चालीस मिनट कम सोते हैं।",
           "शोधकर्ताओं ने 310 स्वयंसेवकों को नींद सेंसर दिए और दो साल तक उनकी खिड़कियों के बाहर शोर मापा।",
           "इस अध्ययन को शांत रात्रि फाउंडेशन ने वित्त पोषित किया।",
           "नगर निगम ने पिछले साल बंदरगाह पर नए पुल के निर्माण का खर्च उठाया।",
           "वित्त पोषण"),
    "bn": ("বন্দরের রাতের শব্দ কেড়ে নিচ্ছে বাসিন্দাদের ঘুম",
           "নতুন এক গবেষণায় দেখা গেছে, হ্যারোমিয়ার বন্দরের কাছে যাঁরা থাকেন তাঁরা শান্ত পাড়ার বাসিন্দাদের চেয়ে গড়ে চল্লিশ মিনিট কম ঘুমান।",
           "গবেষকেরা ৩১০ জন স্বেচ্ছাসেবককে ঘুমের সেন্সর দেন এবং দুই বছর ধরে তাঁদের জানালার বাইরের শব্দ মাপেন।",
           "গবেষণাটির অর্থায়ন করেছে নিশি ফাউন্ডেশন।",
           "সিটি কর্পোরেশন গত বছর বন্দরের ওপর নতুন সেতুর খরচ দিয়েছে।",
           "অর্থায়ন"),
    "th": ("เสียงท่าเรือยามค่ำคืนทำให้ชาวบ้านนอนไม่หลับ",
           "งานวิจัยใหม่พบว่าผู้ที่อาศัยใกล้ท่าเรือแฮร์โรเมียร์นอนน้อยกว่าผู้ที่อยู่ในย่านเงียบสงบเฉลี่ยสี่สิบนาที",
           "นักวิจัยแจกเซ็นเซอร์การนอนให้อาสาสมัคร 310 คนและวัดเสียงนอกหน้าต่างของพวกเขาเป็นเวลาสองปี",
           "งานวิจัยนี้ได้รับทุนสนับสนุนจากมูลนิธิราตรีสงบ",
           "สมาชิกสภาเมืองส่วนใหญ่สนับสนุนข้อเสนอห้ามรถบรรทุกวิ่งตอนกลางคืน",
           "แหล่งทุน"),
    "vi": ("Tiếng ồn ban đêm ở cảng lấy đi giấc ngủ của cư dân",
           "Người sống gần cảng Harrowmere ngủ ít hơn trung bình bốn mươi phút so với cư dân ở các khu yên tĩnh, theo một nghiên cứu mới.",
           "Các nhà nghiên cứu phát cảm biến giấc ngủ cho 310 tình nguyện viên và đo tiếng ồn bên ngoài cửa sổ của họ trong hai năm.",
           "Nghiên cứu được tài trợ bởi Quỹ Đêm Yên.",
           "Thành phố đã chi tiền xây một cây cầu mới qua cảng vào năm ngoái.",
           "Tài trợ"),
    "id": ("Kebisingan malam di pelabuhan merampas tidur warga",
           "Warga yang tinggal dekat pelabuhan Harrowmere tidur rata-rata empat puluh menit lebih sedikit daripada warga kawasan tenang, menurut sebuah studi baru.",
           "Para peneliti memberikan sensor tidur kepada 310 relawan dan mengukur kebisingan di luar jendela mereka selama dua tahun.",
           "Penelitian ini didanai oleh Yayasan Malam Tenang.",
           "Pemerintah kota tahun lalu mendanai pembangunan jembatan baru di pelabuhan.",
           "Pendanaan"),
    "ms": ("Bunyi bising malam di pelabuhan menjejaskan tidur penduduk",
           "Penduduk yang tinggal berhampiran pelabuhan Harrowmere tidur purata empat puluh minit kurang daripada penduduk kawasan tenang, menurut satu kajian baharu.",
           "Para penyelidik memberikan penderia tidur kepada 310 sukarelawan dan mengukur bunyi di luar tingkap mereka selama dua tahun.",
           "Kajian ini dibiayai oleh Yayasan Malam Sunyi.",
           "Majlis bandaraya menyokong rancangan membesarkan pelabuhan.",
           "Pembiayaan"),
    "tl": ("Ingay ng daungan sa gabi, umaagaw sa tulog ng mga residente",
           "Ang mga nakatira malapit sa daungan ng Harrowmere ay natutulog nang halos apatnapung minutong mas maikli kaysa sa mga nasa tahimik na lugar, ayon sa isang bagong pag-aaral.",
           "Binigyan ng mga mananaliksik ng sensor sa pagtulog ang 310 boluntaryo at sinukat ang ingay sa labas ng kanilang bintana sa loob ng dalawang taon.",
           "Ang pag-aaral ay pinondohan ng Tahimik na Gabi Foundation.",
           "Pinondohan ng lungsod noong nakaraang taon ang bagong tulay sa daungan.",
           "Pondo"),
    "sw": ("Kelele za bandari usiku zinawanyima wakazi usingizi",
           "Wakazi wanaoishi karibu na bandari ya Harrowmere hulala kwa wastani dakika arobaini pungufu kuliko wakazi wa mitaa tulivu, kwa mujibu wa utafiti mpya.",
           "Watafiti waliwapa watu 310 wa kujitolea vihisi vya usingizi na kupima kelele nje ya madirisha yao kwa miaka miwili.",
           "Utafiti huu ulifadhiliwa na Wakfu wa Usiku Tulivu.",
           "Wizara inaunga mkono mpango wa kupanua bandari.",
           "Ufadhili"),
}

NO_SPACE = {"ja", "zh"}  # scripts that join sentences without a space
RTL = {"ar", "he", "fa", "ur"}


def page(lang: str, title: str, main: str, *, site: str = "Harbour Courier", nav: str = "",
         footer: str = "") -> str:
    """A whole page: a menu, `main` inside <main>, and the site's footer."""
    direction = ' dir="rtl"' if lang in RTL else ""
    menu = nav or '<a href="/">Home</a> <a href="/science">Science</a> <a href="/city">City</a>'
    return (f'<!doctype html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body><header class="site-header"><a class="logo" href="/">{site}</a><nav>{menu}</nav></header>'
            f'<main>{main}</main><footer class="site-footer">{footer}<p>© 2026 {site}</p></footer></body></html>')


def story(lang: str, title: str, paragraphs: list[str], *, byline: str = "By Mara Ellison, science reporter",
          after: str = "", article_footer: str = "", nav: str = "", footer: str = "", site: str = "Harbour Courier") -> str:
    """A news story: headline, byline and date, its paragraphs (HTML), then `after` outside the article."""
    body = "\n".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paragraphs)
    foot = f"<footer>{article_footer}</footer>" if article_footer else ""
    return page(lang, title, f'<article><header><h1>{title}</h1><p class="byline">{byline}</p>'
                f'<time datetime="2026-11-12">12.11.2026</time></header>\n{body}\n{foot}</article>{after}',
                nav=nav, footer=footer, site=site)


def join(lang: str, *sentences: str) -> str:
    return ("" if lang in NO_SPACE else " ").join(sentences)


def language_cases() -> tuple[list, list]:
    """One statement page per language, its shape turning through four news and four site shapes,
    and a negative news page for every other language."""
    real, negative = [], []
    shapes = ["para_end", "project_heading", "own_last", "aside_box", "paren", "article_footer", "middle", "facts_dl"]
    for index, (lang, (title, first, second, statement, other, heading)) in enumerate(LANGS.items()):
        shape = shapes[index % len(shapes)]
        note = f"{shape}: the study's funder; the sentence beside it uses a funding word about something else"
        if shape == "para_end":
            html = story(lang, title, [first, join(lang, second, statement), other])
        elif shape == "own_last":
            html = story(lang, title, [first, second, other, statement])
        elif shape == "paren":
            wrapped = f"（{statement}）" if lang in {"ja", "zh"} else f"({statement})"
            html = story(lang, title, [first, join(lang, second, wrapped), other])
        elif shape == "middle":
            html = story(lang, title, [first, statement, second, other])
        elif shape == "project_heading":
            html = page(lang, title, f'<div class="project"><h1>{title}</h1><p>{first}</p><p>{second}</p>'
                        f'<p>{other}</p><h2>{heading}</h2><p>{statement}</p></div>', site="Harrowmere Sleep Lab")
        elif shape == "aside_box":
            html = story(lang, title, [first, f'<aside class="info-box"><h3>{heading}</h3><p>{statement}</p></aside>',
                                       second, other])
        elif shape == "article_footer":
            html = story(lang, title, [first, second, other],
                         article_footer=f'<p class="note"><strong>{heading}:</strong> {statement}</p>')
        else:  # facts_dl
            html = page(lang, title, f'<div class="elementor-section"><div class="elementor-column"><h1>{title}</h1>'
                        f'<p>{first}</p><p>{second}</p><p>{other}</p></div><div class="elementor-column widget">'
                        f'<dl class="project-facts"><dt>{heading}</dt><dd>{statement}</dd></dl></div></div>',
                        site="Harrowmere Sleep Lab")
        real.append((lang, shape, html, [statement], [other], [], note))
        if index % 2 == 0:
            neg_shape = ["news_para", "news_menu", "news_own", "news_related"][(index // 2) % 4]
            if neg_shape == "news_para":
                html = story(lang, title, [first, join(lang, second, other)])
            elif neg_shape == "news_own":
                html = story(lang, title, [first, other, second])
            elif neg_shape == "news_menu":
                html = story(lang, title, [first, second, other],
                             nav=f'<a href="/">Home</a> <a href="/grants">{heading}</a> <a href="/sponsor">Sponsor us</a>')
            else:
                html = story(lang, title, [first, second], after=f'<section class="related"><h2>Related</h2><ul>'
                             f'<li><a href="/r1">{other}</a></li></ul></section>')
            negative.append((lang, neg_shape, html, f"{neg_shape}: a funding word about something else, no statement"))
    return real, negative


EN_TITLE = "Night-time port noise costs neighbours forty minutes of sleep"
EN1 = "People living near the port of Harrowmere sleep about forty minutes less a night than residents of quiet districts, a new study finds."
EN2 = "Researchers gave 310 volunteers wrist-worn sleep sensors and recorded the noise outside their bedroom windows for two years."
EN3 = "Container cranes and reversing lorries between 1am and 4am caused most of the awakenings, the team reports."
EN4 = "“People told us they had simply stopped noticing the noise, but their sleep data said otherwise,” said lead author Dr Noor Haddad."


def english_news() -> tuple[list, list]:
    """Ordinary news stories with the statements newsrooms write, and the same verbs about other things."""
    real = [
        ("en", "mid_paragraph", story("en", EN_TITLE, [EN1, EN2, "The research was funded by the Marlow Harbour Trust.", EN3,
                                                       "The city funded a new noise barrier along the quay last year, but residents say it made little difference."]),
         ["The research was funded by the Marlow Harbour Trust."],
         ["The city funded a new noise barrier along the quay last year, but residents say it made little difference."], [],
         "news: the statement as its own middle paragraph; a city funding a barrier as news"),
        ("en", "last_paragraph", story("en", EN_TITLE, [EN1, EN2, EN3, EN4,
                                                        "Funding came from the Pemberton Sleep Fund and the Orrin Foundation."]),
         ["Funding came from the Pemberton Sleep Fund and the Orrin Foundation."], [], [],
         "news: 'Funding came from' as the last paragraph"),
        ("en", "parenthesis", story("en", EN_TITLE, [EN1, f"{EN2} (The Calder Institute provided financial support.)", EN3,
                                                     "Funding cuts at the port authority have delayed plans to electrify the cranes until 2029."]),
         ["The Calder Institute provided financial support."],
         ["Funding cuts at the port authority have delayed plans to electrify the cranes until 2029."], [],
         "news: 'provided financial support' in a parenthesis; funding cuts reported as news"),
        ("en", "paragraph_end", story("en", "Who pays for quiet nights? Sleep study reignites row over port hours",
                                      [EN1, f"{EN2} The Ashgrove Family Trust paid for the study.",
                                       "Opposition councillors say the night shifts are effectively paid for by taxpayers, since the port receives a council subsidy.",
                                       "A motion to limit crane work after midnight was supported by a majority of the transport committee on Tuesday."]),
         ["The Ashgrove Family Trust paid for the study."],
         ["Opposition councillors say the night shifts are effectively paid for by taxpayers, since the port receives a council subsidy.",
          "A motion to limit crane work after midnight was supported by a majority of the transport committee on Tuesday."], [],
         "news: 'X paid for the study' ending a paragraph; 'paid for by taxpayers' and a majority vote as news"),
        ("en", "grant_to_team", story("en", "Sleep researchers win grant to extend port noise study", [
            EN1, EN2, "The team has now received a grant of 2 million pounds from the Wexley Foundation to continue the work until 2030.",
            "Next year they plan to fit quieter warning beepers to fifty port vehicles and measure whether sleep improves."]),
         ["The team has now received a grant of 2 million pounds from the Wexley Foundation to continue the work until 2030."], [], [],
         "news: a grant to the very team the story is about, the work's funder"),
        ("en", "paragraph_end", story("en", EN_TITLE, [
            EN1, "The ministry backs the plan to move night deliveries to the eastern terminal, a spokesperson said.",
            f"{EN2} The project is backed by a grant from the Tarrant Coastal Fund.", EN3]),
         ["The project is backed by a grant from the Tarrant Coastal Fund."],
         ["The ministry backs the plan to move night deliveries to the eastern terminal, a spokesperson said."], [],
         "news: 'backed by a grant from' ending a paragraph; a ministry backing a plan"),
        ("en", "mid_paragraph", story("en", EN_TITLE, [
            EN1, f"The study received funding from the Harrowmere Sleep Council (grant HS-2291) and ran from 2023 to 2025. {EN2}", EN3, EN4]),
         ["The study received funding from the Harrowmere Sleep Council (grant HS-2291) and ran from 2023 to 2025."], [], [],
         "news: 'received funding from' opening a paragraph"),
        ("en", "paragraph_middle", story("en", EN_TITLE, [
            EN1, f"{EN2} The recordings were made with money from the Brindle Foundation, and the volunteers were paid nothing. {EN3}",
            "Earlier this year the harbour board paid for double glazing in 120 flats on Wharf Street."]),
         ["The recordings were made with money from the Brindle Foundation, and the volunteers were paid nothing."],
         ["Earlier this year the harbour board paid for double glazing in 120 flats on Wharf Street."], [],
         "news: 'with money from' inside a paragraph; a board paying for glazing as news"),
        ("en", "byline", story("en", EN_TITLE, [EN1, EN2, EN3],
                               byline="By Ruth Anand · Research supported by the Ellery Foundation"),
         ["Research supported by the Ellery Foundation"], [], [], "news: the statement in the byline area"),
        ("en", "editors_note", story("en", "The night shift: living beside a port that never sleeps", [
            EN1, EN2, EN4,
            "<p><em>Editor's note: Reporting for this story was supported by a grant from the Sentinel Local Journalism Fund.</em></p>"]),
         ["Reporting for this story was supported by a grant from the Sentinel Local Journalism Fund."], [], [],
         "news: an italic editor's note on a reporting grant"),
        ("en", "twice", story("en", EN_TITLE, [EN1, EN2, "The study was funded by the Greyfriars Medical Trust.", EN3],
                              article_footer="<p>The study was funded by the Greyfriars Medical Trust.</p>"),
         ["The study was funded by the Greyfriars Medical Trust."], [], [],
         "news: the same statement in the body and the article footer, one value"),
        ("en", "blockquote", story("en", EN_TITLE, [EN1, EN2, "The paper itself closes with the usual declarations:",
                                                   "<blockquote><p>This research was funded by the Haldane-Rowe Trust (grant HR-77). The funder had no role in the study design.</p></blockquote>",
                                                   EN3]),
         ["This research was funded by the Haldane-Rowe Trust (grant HR-77)."], [], [],
         "news: a blockquote of the paper's own funding text"),
        ("en", "university_donor", story("en", "New sleep laboratory opens on harbour campus", [
            "The University of Harrowmere opened a twelve-bed sleep laboratory on Monday, where the port noise study will continue.",
            "The new lab was funded by a gift from alumna Dr Imelda Frost.",
            "Frost, who studied physiology in the 1970s, grew up two streets from the container terminal."], site="University of Harrowmere News"),
         ["The new lab was funded by a gift from alumna Dr Imelda Frost."], [], [],
         "university news: a donor's gift funds the reported work"),
        ("en", "two_sentences", story("en", EN_TITLE, [EN1, EN2, EN3,
                                                      "This work was funded by the Ferrand Foundation. Additional support came from the Harrowmere Port Authority."]),
         ["This work was funded by the Ferrand Foundation.", "Additional support came from the Harrowmere Port Authority."], [], [],
         "news: a statement over two sentences"),
        ("en", "two_statements", story("en", "Residents hear sleep study results at packed town hall", [
            "More than 200 residents came to the Harrowmere town hall on Thursday to hear the results of the port noise study.",
            "The study was funded by the Osgood Trust.", EN3,
            "The results evening was sponsored by Kittering Acoustics Ltd, which also provided free earplugs."]),
         ["The study was funded by the Osgood Trust.",
          "The results evening was sponsored by Kittering Acoustics Ltd, which also provided free earplugs."], [], [],
         "news: the study's funder and the event's sponsor"),
        ("en", "notes_to_editors", page("en", "Press release: Port noise linked to shorter sleep",
                                        f'<article><h1>Press release: Port noise linked to shorter sleep</h1><p>{EN1}</p><p>{EN2}</p>'
                                        '<h2>Notes to editors</h2><ol><li>The paper is published in the Journal of Urban Sleep.</li>'
                                        '<li>The study was funded by the Corran Foundation under grant CF-3310.</li>'
                                        '<li>For interviews contact the press office.</li></ol>'
                                        '<h2>About the University of Harrowmere</h2><p>The University of Harrowmere teaches 14,000 students.</p></article>',
                                        site="University of Harrowmere"),
         ["The study was funded by the Corran Foundation under grant CF-3310."], [], [], "press release: notes to editors"),
    ]
    negative = [
        ("en", "news_verbs", story("en", "Council row over who pays for port's night shifts", [
            "Harrowmere councillors clashed on Tuesday over a subsidy that keeps the port's cranes running through the night.",
            "The city funded a new bridge over the inner harbour last year, and opponents say the port should now pay its share.",
            "The extra night shifts are paid for by taxpayers, said councillor Ilse Baptiste of the Green Party.",
            "A motion to cut the subsidy was supported by a majority of the finance committee and backed by a council vote on Thursday.",
            "Funding cuts at the harbour school were also discussed."]),
         "news: funded, paid for, supported, backed, funding cuts about other things"),
        ("en", "quoted_speech", story("en", "Volunteer noise mappers go it alone", [
            "A group of residents have spent three years mapping night noise along Wharf Street with their own phones.",
            "“We were funded by nobody,” said organiser Carla Mendes. “Every sensor came out of our own pockets.”",
            "Their map now covers 400 addresses."]),
         "news: a funding word in quoted speech"),
        ("en", "third_party_grant", story("en", "Foundation announces harbour arts grants", [
            "The Wexley Foundation said on Monday it had awarded 1.2 million pounds to six arts groups in the harbour district.",
            "“These groups give the waterfront a life after dark,” said foundation spokesperson Ian Creed, adding that the money would pay for rehearsal space.",
            "The Tidewater Players will receive the largest grant, 300,000 pounds."]),
         "news: grants to third parties and a funder's spokesperson"),
        ("en", "series_b", story("en", "Sleep-tracking start-up raises 20 million", [
            "Somnalink, a Harrowmere start-up that makes wrist-worn sleep sensors, has raised 20 million pounds in a Series B round led by Bramble Ventures.",
            "The company says it will use the money to hire 60 engineers.",
            "Its sensors support Android 15 and iOS 19."]),
         "news: a start-up's funding round"),
        ("en", "donation_box", story("en", EN_TITLE, [EN1, EN2, EN3], after=(
            '<aside class="support-box"><h2>Support our journalism</h2><p>The Harbour Courier is funded by readers like you.'
            ' Donate from 3 pounds a month.</p><a href="/donate">Donate</a></aside>')),
         "news with no statement and a donation box 'funded by readers'"),
        ("en", "sponsored_sport", story("en", "Harbour rowers unveil new kit", [
            "The Harrowmere Harbour Rowing Club unveiled its new kit on Saturday, sponsored by Quayside Marine.",
            "<figure><img src=\"crew.jpg\" alt=\"The crew\"><figcaption>With the support of the fans, the eight set a course record. Photo: with thanks to Dev Patel</figcaption></figure>",
            "The club has been sponsored by local firms since 1921."]),
         "sport sponsorship news, a fans' support caption, a 'with thanks to' photo credit"),
        ("en", "evidence", story("en", "Does double glazing help? Experts split", [
            "Residents asked whether new windows would solve their sleep problems.",
            "The claim that glazing halves awakenings is not supported by the evidence, said acoustician Dr Pia Lund.",
            "She supports a ban on night-time reversing beepers instead, a position backed by the national hearing charity."]),
         "news: 'supported by the evidence', personal support for a ban"),
        ("en", "sponsored_ad", story("en", EN_TITLE, [EN1, EN2], after=(
            '<aside class="sidebar"><div class="ad"><span class="label">Sponsored content</span><p>Sleep better with QuietNest earplugs, '
            'sponsored by QuietNest Ltd.</p></div><div class="related"><h3>Related stories</h3><ul>'
            '<li><a href="/a">Port authority funded by record container fees</a></li>'
            '<li><a href="/b">Grant cuts hit harbour youth club</a></li></ul></div></aside>')),
         "news with a sponsored-content advert and funding words in related headlines"),
        ("en", "footnote_source", story("en", "How noisy is the harbour at night?", [
            "Night noise on Wharf Street averages 58 decibels, well above the recommended limit.<sup><a href=\"#n1\">1</a></sup>",
            "Most of it comes from cranes.",
            '<ol class="footnotes"><li id="n1">Harrowmere Council, “Funding noise abatement: annual report 2025”, p. 14.</li></ol>']),
         "a footnote citing a funding report as a source"),
        ("en", "crowdfunding_news", story("en", "Neighbours crowdfund soundproof curtains", [
            "Residents of Kiln Lane have raised 18,000 pounds on a crowdfunding site to buy soundproof curtains for elderly neighbours.",
            "More than 600 people backed the campaign in two weeks.",
            "The curtains will be fitted in December."]),
         "news: crowdfunding by others"),
        ("en", "thanks_readers", story("en", "Your stories of sleepless nights", [
            "Last month we asked readers to tell us how port noise affects them.",
            "Thank you to the 900 readers who wrote in, and to everyone who supported this series by sharing it.",
            "Here is a selection of your letters."]),
         "general thanks to readers"),
        ("en", "tech_support", story("en", "Sleep app update fixes alarm bug", [
            "The Harrowmere council's noise-report app has been updated after users complained that it crashed at night.",
            "The app is supported on phones running Android 12 or later, and users with problems can contact technical support.",
            "Support for older phones ended in June."]),
         "'support' as technical support and supported devices"),
    ]
    return real, negative


def site_pages() -> tuple[list, list]:
    """Pages shaped like sites outside newsrooms."""
    lab = "Harrowmere Sleep Lab"
    lab_nav = '<a href="/">Home</a> <a href="/projects">Projects</a> <a href="/grants">Grants</a> <a href="/funding">Funding opportunities</a> <a href="/sponsor">Sponsor us</a>'
    real = [
        ("en", "journal_back_matter", page("en", "Night-time port noise and objective sleep duration: a two-year cohort study", (
            '<article class="journal-article"><h1>Night-time port noise and objective sleep duration: a two-year cohort study</h1>'
            '<p class="authors">N. Haddad, P. Okafor, L. Brandt</p><section><h2>Abstract</h2><p>' + EN1 + '</p></section>'
            '<section><h2>Results</h2><p>' + EN3 + '</p><figure><img src="fig1.png" alt="Map"><figcaption>Figure 1. Noise levels by street. '
            'Sensors were purchased with grant NR-4471 from the Quillon Trust.</figcaption></figure></section>'
            '<section><h2>Author contributions</h2><p>NH designed the study; PO and LB collected the data.</p></section>'
            '<section><h2>Funding</h2><p>This study was funded by the Nordal Research Council (grant NRC-5521).</p></section>'
            '<section><h2>Conflict of interest</h2><p>The authors declare that they have no conflict of interest.</p></section>'
            '<section><h2>References</h2><ol><li>Lund P. Noise and sleep. 2021.</li></ol></section></article>'), site="Journal of Urban Sleep"),
         ["This study was funded by the Nordal Research Council (grant NRC-5521).",
          "Sensors were purchased with grant NR-4471 from the Quillon Trust."], [],
         ["The authors declare that they have no conflict of interest."],
         "journal: Funding section between contributions and conflicts; a grant in a figure caption"),
        ("en", "capitals", page("en", "Port noise study: summary", (
            f'<article><h1>Port noise study: summary</h1><p>{EN1}</p><p>{EN2}</p>'
            '<p class="small">THIS STUDY WAS FUNDED BY THE HARTWELL FOUNDATION (GRANT 22-907).</p></article>'), site=lab, nav=lab_nav),
         ["THIS STUDY WAS FUNDED BY THE HARTWELL FOUNDATION (GRANT 22-907)."], [], [],
         "project page: a statement in capitals; funding words in the menu"),
        ("en", "footnote_target", page("en", "Sleep and the harbour: project report", (
            f'<article><h1>Sleep and the harbour: project report</h1><p>{EN1}<sup><a href="#fn1">1</a></sup></p><p>{EN3}</p>'
            '<hr><ol class="footnotes"><li id="fn1">This work was supported by the Dunmore Research Fund.</li>'
            '<li id="fn2">Noise levels are A-weighted night averages.</li></ol></article>'), site=lab),
         ["This work was supported by the Dunmore Research Fund."], [], [], "a footnote marker's target"),
        ("en", "facts_table", page("en", "Project: Quiet Nights Harrowmere", (
            '<article><h1>Project: Quiet Nights Harrowmere</h1><p>' + EN2 + '</p><table class="project-facts">'
            '<tr><th>Duration</th><td>2023–2025</td></tr><tr><th>Lead</th><td>Dr Noor Haddad</td></tr>'
            '<tr><th>Funding</th><td>Vellacott Foundation, grant VF-2025-118</td></tr></table></article>'), site=lab),
         ["Vellacott Foundation, grant VF-2025-118"], [], [], "a table of project facts"),
        ("en", "partners_and_funders", page("en", "Quiet Nights: partners and funders", (
            f'<article><h1>Quiet Nights</h1><p>{EN2}</p><section class="partners"><h2>Partners and funders</h2>'
            '<p>The project is funded by the Linwood Trust and the Harrowmere Health Board.</p>'
            '<ul class="logos"><li><img src="l1.png" alt="Linwood Trust"></li><li><img src="l2.png" alt="Harrowmere Health Board"></li>'
            '<li><img src="l3.png" alt="Wharf Street Residents Association"></li><li><img src="l4.png" alt="Harbour Radio"></li></ul></section></article>'), site=lab),
         ["The project is funded by the Linwood Trust and the Harrowmere Health Board."], [], [],
         "partners and funders section: only the sentence names the funders"),
        ("en", "alt_text", page("en", "Night noise map", (
            f'<article><h1>Night noise map</h1><p>{EN3}</p><div class="funder"><img src="stratton.png" alt="Funded by the Stratton Fund">'
            '<p>Funded by the Stratton Fund.</p></div></article>'), site=lab),
         ["Funded by the Stratton Fund."], [], [], "alt text beside the same visible statement"),
        ("en", "donor", page("en", "The sensors", (
            f'<article><h1>The sensors</h1><p>{EN2}</p><p>The 310 sensors were paid for by a gift from retired ship pilot Agnes Morrow, '
            'who lived on Wharf Street for forty years.</p></article>'), site=lab),
         ["The 310 sensors were paid for by a gift from retired ship pilot Agnes Morrow, who lived on Wharf Street for forty years."], [], [],
         "an individual donor"),
        ("en", "personal_blog", page("en", "Why I study sleep next to a port", (
            '<article class="post"><h1>Why I study sleep next to a port</h1><p>I grew up hearing the cranes at night.</p>'
            f'<p>{EN3}</p><p>My work on this is funded by the Brereton Early Career Fellowship, and all views here are mine.</p></article>'),
            site="Noor Haddad's notebook"),
         ["My work on this is funded by the Brereton Early Career Fellowship, and all views here are mine."], [], [],
         "first-person research blog"),
        ("en", "in_kind", page("en", "Methods and thanks", (
            f'<article><h1>Methods and thanks</h1><p>{EN2}</p><h2>Acknowledgements</h2>'
            '<p>We thank the residents of Wharf Street for their patience. Somnalink lent the 310 sleep sensors free of charge as in-kind support. '
            'Dr Pia Lund commented on an early draft.</p></article>'), site=lab),
         ["Somnalink lent the 310 sleep sensors free of charge as in-kind support."], [], [],
         "acknowledgements mixing thanks and an equipment loan"),
        ("en", "details_disclosures", page("en", "Port noise and sleep (preprint)", (
            f'<article><h1>Port noise and sleep</h1><p class="abstract">{EN1} {EN3}</p><details><summary>Disclosures</summary>'
            '<p>Funding: The study was supported by the Calloway Health Foundation (award 7781).</p>'
            '<p>Competing interests: LB has received speaker fees from a hearing-aid maker.</p></details></article>'), site="Harbour Preprints"),
         ["The study was supported by the Calloway Health Foundation (award 7781)."], [],
         ["LB has received speaker fees from a hearing-aid maker."], "details disclosures beside a competing-interest line"),
        ("en", "crowdfunding_page", page("en", "Quiet Nights map: campaign update", (
            '<article><h1>Campaign update: we did it!</h1><p>Thank you to all 1,240 backers.</p>'
            '<p>The night-noise map was funded by 1,240 backers on our crowdfunding campaign, and it goes live next week.</p></article>'),
            site="Quiet Nights"),
         ["The night-noise map was funded by 1,240 backers on our crowdfunding campaign, and it goes live next week."], [], [],
         "crowdfunding page saying the project was funded by its backers"),
        ("en", "lead_in_list", page("en", "Quiet Nights: about the project", (
            f'<article><h1>About the project</h1><p>{EN2}</p><p>This work was supported by:</p><ul>'
            '<li>The Ambrey Foundation (grant AF-2024-19)</li><li>The Harrowmere City Health Fund (grant HCHF-882)</li></ul></article>'), site=lab),
         ["This work was supported by:", "The Ambrey Foundation (grant AF-2024-19)", "The Harrowmere City Health Fund (grant HCHF-882)"], [], [],
         "a lead-in followed by a list of funders"),
        ("en", "exhibition", page("en", "Exhibition: The Sound of the Night Port", (
            '<article><h1>The Sound of the Night Port</h1><p>Recordings from the sleep study become an immersive exhibition at the Harbour Museum.</p>'
            '<p>Open daily 10:00–18:00. Tickets 8 pounds.</p><div class="credits"><p>The exhibition is made possible by the generous support of the Farrow Arts Trust.</p></div></article>'),
            site="Harbour Museum"),
         ["The exhibition is made possible by the generous support of the Farrow Arts Trust."], [], [], "exhibition credit block"),
        ("en", "readme", page("en", "sleepmeter: README", (
            '<article class="markdown-body"><h1>sleepmeter</h1><p>Tools to read and clean wrist-worn sleep sensor exports.</p>'
            '<pre><code>pip install sleepmeter</code></pre><p>sleepmeter supports Python 3.12 and 3.13.</p>'
            '<h2>Acknowledgements</h2><p>This project is funded by the Open Acoustics Fund.</p>'
            '<a class="btn" href="/sponsors/sleepmeter">Sponsor this project</a></article>'), site="CodeHarbour"),
         ["This project is funded by the Open Acoustics Fund."], [], [], "README acknowledgements beside a sponsor button"),
        ("en", "workshop", page("en", "Workshop on Urban Night Noise 2026", (
            '<article><h1>Workshop on Urban Night Noise</h1><p>14–15 May 2026, Harrowmere.</p><p>The workshop is supported by the Harrowmere Acoustics Society.</p>'
            '<h2>Become a sponsor</h2><p>Sponsorship packages start at 500 pounds; contact the organisers.</p></article>'), site="UNN 2026"),
         ["The workshop is supported by the Harrowmere Acoustics Society."], [], [], "workshop page beside a 'Become a sponsor' call"),
        ("en", "podcast", page("en", "Episode 12: The port that never sleeps", (
            '<article><h1>Episode 12: The port that never sleeps</h1><div class="ad-banner">Ad: Try QuietNest earplugs free for 30 days.</div>'
            '<h2>Show notes</h2><p>Dr Noor Haddad explains why cranes wake people up.</p><p>This season is produced with support from the Kettleby Foundation.</p></article>'),
            site="Night Science Podcast"),
         ["This season is produced with support from the Kettleby Foundation."], [], [], "podcast show notes beside an ad banner"),
        ("en", "dataset", page("en", "Dataset: Harrowmere night noise and sleep 2023–2025", (
            '<article><h1>Harrowmere night noise and sleep 2023–2025</h1><dl><dt>Format</dt><dd>CSV, 2.1 GB</dd><dt>Licence</dt><dd>CC BY 4.0</dd></dl>'
            '<p>Data collection was funded by the Harrowmere Health Board (grant HHB-1207).</p></article>'), site="Harbour Data Repository"),
         ["Data collection was funded by the Harrowmere Health Board (grant HHB-1207)."], [], [], "dataset landing page"),
        ("en", "oss_sponsors", page("en", "sleepmeter documentation", (
            '<article><h1>sleepmeter documentation</h1><p>sleepmeter supports CSV and EDF exports.</p><h2>Sponsors</h2>'
            '<p>Development of sleepmeter is sponsored by Quayside Analytics.</p><h3>Sponsor tiers</h3><ul><li>Bronze: 5 dollars a month</li>'
            '<li>Silver: 50 dollars a month</li></ul></article>'), site="sleepmeter"),
         ["Development of sleepmeter is sponsored by Quayside Analytics."], [], [], "documentation: a sponsor sentence beside tiers"),
        ("en", "eu_footer", page("en", "Quiet Ports Network", (
            '<article><h1>Quiet Ports Network</h1><p>Eight port cities compare night-noise rules and their effect on sleep.</p></article>'), site="Quiet Ports",
            footer='<div class="eu"><img src="eu-flag.png" alt="EU emblem"><p>This project has received funding from the European Union’s Horizon Europe '
                   'research and innovation programme under grant agreement No 101187745.</p></div>'),
         ["This project has received funding from the European Union’s Horizon Europe research and innovation programme under grant agreement No 101187745."],
         [], [], "EU notice under a flag in the site footer"),
        ("en", "festival", page("en", "Night Sounds Festival 2026", (
            '<article><h1>Night Sounds Festival</h1><p>Three nights of music and talks about sleep on the harbour front.</p>'
            '<section><h2>Supported by</h2><p>The festival is supported by the Harrowmere Arts Council and the Pellow Trust.</p></section>'
            '<section><h2>Partners</h2><ul><li>Harbour Museum</li><li>Wharf Street Café</li></ul></section>'
            '<section><h2>Media partners</h2><ul><li>Harbour Radio</li><li>Harbour Courier</li></ul></section></article>'), site="Night Sounds"),
         ["The festival is supported by the Harrowmere Arts Council and the Pellow Trust."], [], [], "festival: supporters beside partners"),
        ("en", "thesis", page("en", "Thesis: Noise, sleep and the working port", (
            '<article><h1>Noise, sleep and the working port</h1><p>PhD thesis, University of Harrowmere, 2026.</p><h2>Acknowledgements</h2>'
            '<p>I thank my supervisor, Prof. Lena Brandt, for her patience. This thesis was made possible by a doctoral scholarship from the Ravensworth Foundation. '
            'Finally, thanks to my parents.</p></article>'), site="Harrowmere Research Repository"),
         ["This thesis was made possible by a doctoral scholarship from the Ravensworth Foundation."], [], [], "thesis acknowledgements"),
        ("en", "newsletter", page("en", "Quiet Nights newsletter, November", (
            '<article><h1>Quiet Nights newsletter — November</h1><p>This month: the first results and a date for the town hall meeting.</p>'
            '<p><em>This newsletter is made possible by the Tollard Civic Fund.</em></p></article>'), site="Quiet Nights"),
         ["This newsletter is made possible by the Tollard Civic Fund."], [], [], "newsletter"),
        ("en", "widget_column", page("en", "Quiet Nights – home", (
            '<div class="elementor-section"><div class="elementor-column elementor-col-66"><div class="elementor-widget-text-editor">'
            f'<h1>Quiet Nights</h1><p>{EN1}</p><p>{EN2}</p></div></div><div class="elementor-column elementor-col-33">'
            '<div class="elementor-widget-container"><h4>Our funder</h4><p>Quiet Nights is funded by the Galloway Community Fund.</p></div></div></div>'), site="Quiet Nights"),
         ["Quiet Nights is funded by the Galloway Community Fund."], [], [], "page-builder widget column"),
        ("en", "museum_object", page("en", "Object: ship's bell, 1894", (
            '<article><h1>Ship’s bell, 1894</h1><dl><dt>Material</dt><dd>Bronze</dd><dt>Gallery</dt><dd>Harbour Life, room 3</dd></dl>'
            '<p>The bell rang the night watch on the harbour tug Merrow.</p><p>Conservation of this object was funded by the Ashby Heritage Fund.</p></article>'),
            site="Harbour Museum Collections"),
         ["Conservation of this object was funded by the Ashby Heritage Fund."], [], [], "museum object page"),
        ("en", "lecture_header", page("en", "Lecture series: Sleep in the City", (
            '<article><header><h1>Sleep in the City</h1><p class="sponsor-line">This lecture series is sponsored by Melby Hearing Ltd.</p></header>'
            '<p>Six evening lectures on noise, light and sleep, free to attend.</p></article>'), site="Harrowmere Public Library"),
         ["This lecture series is sponsored by Melby Hearing Ltd."], [], [], "an event sponsor line in the header"),
        ("en", "photo_credit", page("en", "Gallery: the night port", (
            '<article><h1>The night port</h1><figure><img src="cranes.jpg" alt="Cranes at night"><figcaption>Cranes at 2am. '
            'Photo: Sam Okoro; the project is funded by the Merriweather Foundation.</figcaption></figure></article>'), site=lab),
         ["the project is funded by the Merriweather Foundation."], [], [], "a photo credit line carrying the statement"),
        ("de", "about_box", page("de", "Projekt Ruhige Nächte", (
            '<article><h1>Projekt Ruhige Nächte</h1><p>Wir messen Nachtlärm und Schlaf am Hafen von Harrowmere.</p>'
            '<div class="card about-project"><h3>Über das Projekt</h3><p>Das Projekt wird vom Bundesamt für Lärmforschung mit Mitteln aus dem '
            'Programm „Stille Stadt“ gefördert (Förderkennzeichen 03LF2291).</p></div></article>'), site="Schlaflabor Harrowmere"),
         ["Das Projekt wird vom Bundesamt für Lärmforschung mit Mitteln aus dem Programm „Stille Stadt“ gefördert (Förderkennzeichen 03LF2291)."],
         [], [], "German 'About this project' card"),
        ("fr", "co_financed", page("fr", "Projet Nuits calmes", (
            '<article><h1>Projet Nuits calmes</h1><p>Mesurer le bruit nocturne du port et ses effets sur le sommeil.</p>'
            '<p class="mention">Ce projet est cofinancé par l’Union européenne dans le cadre du Fonds européen de développement régional.</p></article>'),
            site="Laboratoire du sommeil"),
         ["Ce projet est cofinancé par l’Union européenne dans le cadre du Fonds européen de développement régional."], [], [], "co-financed notice"),
        ("es", "journal_dl", page("es", "Ruido portuario y sueño", (
            '<article><h1>Ruido portuario y sueño: estudio de cohorte</h1><dl class="meta"><dt>Recibido</dt><dd>3 de marzo de 2026</dd>'
            '<dt>Financiación</dt><dd>Este trabajo fue financiado por la Agencia Estatal de Investigación del Sueño (proyecto PID2025-44810).</dd>'
            '<dt>Conflicto de intereses</dt><dd>Los autores declaran no tener conflicto de intereses.</dd></dl></article>'), site="Revista de Sueño Urbano"),
         ["Este trabajo fue financiado por la Agencia Estatal de Investigación del Sueño (proyecto PID2025-44810)."], [],
         ["Los autores declaran no tener conflicto de intereses."], "journal metadata in a definition list"),
    ]
    negative = [
        ("en", "product_page", page("en", "QuietNest Pro sleep sensor", (
            '<article><h1>QuietNest Pro</h1><p>Track your sleep and the noise around you.</p><h2>Supported formats</h2><p>CSV, EDF, JSON.</p>'
            '<p>Supported on Android 12+ and iOS 17+.</p><p class="price">129 pounds</p></article>'), site="QuietNest Shop"),
         "product page: supported formats"),
        ("en", "forum_thread", page("en", "Forum: anyone else kept awake by the cranes?", (
            '<div class="thread"><h1>Anyone else kept awake by the cranes?</h1><div class="post"><p class="author">wharfdweller</p>'
            '<p>Since March I wake up at 2am every night.</p></div><div class="post reply"><p class="author">kiln_lane_kate</p>'
            '<p>I got a grant from the Pellow Trust for my thesis on this last year, happy to share what I found.</p></div></div>'), site="Harrowmere Forum"),
         "forum thread: a poster's own grant, news about someone"),
        ("en", "price_plans", page("en", "Pricing", (
            '<article><h1>Plans</h1><table><tr><th>Plan</th><th>Price</th></tr><tr><td>Free</td><td>0</td></tr>'
            '<tr><td>Sponsor tier</td><td>12 dollars a month</td></tr></table><p>Supported plans include priority support.</p></article>'), site="sleepmeter cloud"),
         "price page: sponsor tier, supported plans"),
        ("en", "job_advert", page("en", "Funded PhD position: port noise and sleep", (
            '<article><h1>Funded PhD position: port noise and sleep</h1><p>We invite applications for a fully funded PhD position starting in October.</p>'
            '<p>The studentship covers fees and a stipend.</p></article>'), site=lab, nav=lab_nav),
         "job advert"),
        ("en", "funding_call", page("en", "Community noise grants 2027", (
            '<article><h1>Community noise grants 2027</h1><p>We fund projects that reduce night noise in residential streets.</p>'
            '<p>Applications for funding close on 3 March.</p></article>'), site="Tollard Civic Fund"),
         "a funding call page"),
        ("en", "charity_report", page("en", "Annual report 2025", (
            '<article><h1>Annual report 2025</h1><p>In 2025 we awarded 41 grants worth 2.3 million pounds.</p><h2>Grants awarded</h2>'
            '<ul><li>Wharf Street Residents Association: 12,000 pounds</li><li>Harbour Youth Club: 30,000 pounds</li></ul></article>'), site="Tollard Civic Fund"),
         "a charity's own grants to others"),
        ("en", "sponsors_tiers", page("en", "Sponsor sleepmeter", (
            '<article><h1>Sponsor sleepmeter</h1><a class="btn" href="/sponsor">Sponsor this project</a><ul class="tiers">'
            '<li>5 dollars a month: a thank-you in the README</li><li>100 dollars a month: your logo on the site</li></ul>'
            '<h2>Current sponsors</h2><ul class="logos"><li><img alt="Quayside Analytics" src="q.png"></li></ul></article>'), site="CodeHarbour"),
         "sponsor tiers and a logo list with no sentence"),
        ("en", "conference_call", page("en", "UNN 2027: call for sponsors", (
            '<article><h1>Become a sponsor</h1><p>Support the Workshop on Urban Night Noise and reach 300 acousticians.</p>'
            '<p>Gold sponsors get a stand and two passes.</p></article>'), site="UNN 2027"),
         "conference 'become a sponsor' call"),
        ("en", "donor_wall", page("en", "Our supporters", (
            '<article><h1>Our supporters</h1><p>We are grateful to everyone who has stood with Harbour Hearing since 1998.</p>'
            '<ul><li>The Linwood family</li><li>Quayside Marine</li><li>Anonymous</li></ul></article>'), site="Harbour Hearing charity"),
         "a donor wall that does not say they funded this work"),
        ("en", "powered_by", page("en", "Quiet Nights map", (
            '<article><h1>Quiet Nights map</h1><p>Click a street to see its night-noise level.</p></article>'), site="Quiet Nights",
            footer='<p>Powered by OpenMapKit and Leaflet. Hosting supported by the latest TLS versions.</p>'),
         "powered-by software credits"),
        ("en", "partners_only", page("en", "Night Sounds Festival: partners", (
            '<article><h1>Our partners</h1><section><h2>Partners</h2><ul><li>Harbour Museum</li></ul></section>'
            '<section><h2>Media partners</h2><ul><li>Harbour Radio</li></ul></section></article>'), site="Night Sounds"),
         "festival partners and media partners, no funder"),
        ("en", "support_no_name", page("en", "Thank you", (
            '<article><h1>Thank you</h1><p>This project would not exist without your support.</p>'
            '<p>With the support of our community, the map reached 400 streets.</p></article>'), site="Quiet Nights"),
         "support lines that name no supporter"),
    ]
    return real, negative


def other_language_negatives() -> list:
    """News in the big languages where the funding verbs mean something else."""
    rows = [
        ("de", "Hafenfest: Mit Unterstützung der Fans zum Sieg", [
            "Die Ruderinnen des Hafenvereins gewannen am Samstag die Regatta von Harrowmere.",
            "Mit Unterstützung der Fans am Kai holten sie zwei Bootslängen Vorsprung auf.",
            "Der Verein fördert seit Jahren junge Talente aus dem Hafenviertel.",
            "Vor der Küste wird seit 1990 Öl gefördert."]),
        ("fr", "Le club du port soutenu par ses supporters", [
            "Des centaines de supporters sont venus soutenir l’équipe de football du port dimanche.",
            "Le club, soutenu par une majorité des habitants, espère monter en division supérieure.",
            "Le maire a promis de soutenir la rénovation du stade."]),
        ("es", "El pleno apoya la moción sobre el ruido nocturno", [
            "El pleno municipal de Harrowmere apoyó el jueves una moción para limitar el trabajo nocturno de las grúas.",
            "La moción fue apoyada por todos los grupos salvo uno.",
            "La oposición critica que la obra la pagarán los contribuyentes."]),
        ("it", "Il comune finanzia il nuovo molo con il bilancio 2027", [
            "Il consiglio comunale ha approvato il bilancio 2027, che finanzia il nuovo molo con 14 milioni di euro.",
            "Per finanziare l’opera il comune taglierà i fondi per la manutenzione delle strade.",
            "L’opposizione ha votato contro."]),
        ("pt", "Câmara apoia limite ao ruído noturno", [
            "A câmara municipal aprovou por maioria uma proposta que limita o ruído no porto depois da meia-noite.",
            "A proposta foi apoiada pelos moradores de Wharf Street.",
            "Os cortes de financiamento atrasaram as obras no cais."]),
        ("ja", "港湾局、新たな防音壁に予算", [
            "ハロウミア市議会は、港沿いに防音壁を建設する予算を可決した。",
            "費用は市の一般財源から支出される。",
            "多数の議員が計画を支持した。"]),
        ("zh", "港口公司完成B轮融资", [
            "睡眠传感器初创公司静眠科技宣布完成两千万元B轮融资。",
            "本轮融资由海湾资本领投。",
            "公司称产品支持安卓15系统。"]),
        ("ko", "항구 소음 줄이기 예산 삭감", [
            "해로우미어 시는 내년 항구 방음 사업 예산을 30% 삭감한다고 밝혔다.",
            "야당은 시민 세금으로 부두 확장 비용을 대는 것은 부당하다고 주장했다.",
            "시장은 이 계획을 지지한다고 말했다."]),
    ]
    return [(lang, "news_other_meaning", story(lang, title, paragraphs),
             "news: funding verbs with another meaning (support of fans, votes, budgets, oil)") for lang, title, paragraphs in rows]


def cases() -> dict[str, tuple[str, dict]]:
    lang_real, lang_negative = language_cases()
    news_real, news_negative = english_news()
    site_real, site_negative = site_pages()
    real = news_real + site_real + lang_real
    negative = news_negative + site_negative + lang_negative + other_language_negatives()
    out: dict[str, tuple[str, dict]] = {}
    for lang, where, html, statements, not_funding, keep, note in real:
        for text in [*statements, *not_funding, *keep]:
            assert text in html, text
        out[f"r106-{len(out) + 1:03d}"] = (html, {"funding": statements, "where": where, "lang": lang,
                                                   "must_keep_in_body": keep, "not_funding": not_funding, "note": note})
    for lang, where, html, note in negative:
        out[f"r106-{len(out) + 1:03d}"] = (html, {"funding": [], "where": where, "lang": lang,
                                                   "must_keep_in_body": [], "not_funding": [], "note": note})
    return out


if __name__ == "__main__":
    built = cases()
    write_corpus(HERE, built)
    labels = [label for _, label in built.values()]
    print(len(built), "pages,", sum(bool(label["funding"]) for label in labels), "with statements,",
          sum(len(label["funding"]) for label in labels), "statements,", len({label["lang"] for label in labels}), "languages")
