"""Builds held-out funding round 141 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the school, the village, funders, grant numbers and people do not
exist. Written blind by a helper from the definition of `funding` alone, without reading the
detector's code, its tests or the earlier rounds' cases: a solar kiln built by a village school in
the invented village of Ostervale, in 37 languages: 37 news statements, 25 research-shaped pages
(28 statements), 58 negatives. Mixed as round 136 asks: ordinary news and blog pages with the
statement as one sentence of the story (passive, active, "thanks to", "with money from", "backed
by", "paid for", in each language's own word order), research and NGO pages
(headings, back matter, footers, details, tables, definition lists, captions, key-facts boxes,
page-builder widgets), and negatives of every kind (grants to others, budgets, investors, sport
sponsors, political backing, supported formats, donation boxes, quoted speech, job adverts).

usage: python benchmarks/funding-round141/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# lang: (title, [story sentences], news statement, negative sentence using the same words)
LANGS = {
    "en": ("Village school fires its first pots in a solar kiln",
           ["Pupils at Ostervale primary school fired their first clay pots this week in a kiln heated by a ring of mirrors.",
            "The kiln reached 900 degrees on a clear afternoon, the teachers said."],
           "The kiln was paid for by the Harrowgate Craft Trust, which gave the school 18,000 pounds.",
           "The county council funded a new car park at the school last year, a decision still argued over at meetings."),
    "de": ("Dorfschule brennt Ton mit Sonnenlicht",
           ["Die Grundschule in Ostervale hat diese Woche ihre ersten Tonschalen in einem Sonnenofen gebrannt.",
            "Zwanzig Spiegel bündeln das Licht auf eine kleine Brennkammer."],
           "Finanziert wurde der Ofen von der Lindenhof-Stiftung mit 22.000 Euro.",
           "Mit Unterstützung der Fans gewann die Handballmannschaft der Nachbarschule am Samstag das Kreisfinale."),
    "fr": ("Une école de village cuit ses poteries au soleil",
           ["L'école d'Ostervale a cuit cette semaine ses premiers bols dans un four solaire.",
            "Les élèves ont modelé plus de cent pièces depuis la rentrée."],
           "Le four a été financé par la Fondation Aubrac-Lumière, à hauteur de 20 000 euros.",
           "Les habitants ont promis de soutenir l'équipe de football locale lors de la finale régionale."),
    "es": ("Una escuela rural cuece cerámica con el sol",
           ["La escuela de Ostervale ha cocido esta semana sus primeras vasijas en un horno solar.",
            "El horno alcanzó 880 grados en una tarde despejada."],
           "El proyecto cuenta con financiación de la Fundación Sierra Clara, que aportó 19.000 euros.",
           "El pleno municipal votó a favor de apoyar la moción sobre el nuevo polideportivo."),
    "it": ("La scuola del paese cuoce l'argilla con il sole",
           ["La scuola di Ostervale ha cotto questa settimana i primi vasi in un forno solare.",
            "Gli specchi concentrano la luce su una piccola camera di cottura."],
           "Il forno è stato finanziato dalla Fondazione Valcorta con 21.000 euro.",
           "Il comune ha deciso di finanziare il rifacimento della piazza con 400.000 euro del bilancio 2027."),
    "pt": ("Escola de aldeia coze cerâmica com o sol",
           ["A escola de Ostervale cozeu esta semana os primeiros potes num forno solar.",
            "Os alunos moldaram mais de cem peças desde setembro."],
           "O forno foi pago pela Fundação Serra Alta, que doou 17 mil euros à escola.",
           "A startup de energia solar Raiolux anunciou ter levantado 12 milhões de euros numa ronda liderada por investidores estrangeiros."),
    "nl": ("Dorpsschool bakt potten in zonne-oven",
           ["De basisschool in Ostervale heeft deze week de eerste potten gebakken in een zonne-oven.",
            "Twintig spiegels richten het licht op een kleine stookruimte."],
           "De oven is betaald met geld van het Vlietfonds.",
           "De gemeenteraad steunt het plan voor een nieuwe fietsbrug, meldde de wethouder."),
    "pl": ("Wiejska szkoła wypala ceramikę w piecu słonecznym",
           ["Szkoła w Ostervale wypaliła w tym tygodniu pierwsze gliniane miski w piecu słonecznym.",
            "Piec osiągnął 870 stopni w pogodne popołudnie."],
           "Budowę pieca sfinansowała Fundacja Jasny Brzeg.",
           "Miasto przeznaczyło w tym roku 3 mln zł na remont basenu, co wywołało spór w radzie."),
    "sv": ("Byskola bränner lera med solljus",
           ["Skolan i Ostervale brände i veckan sina första lerskålar i en solugn.",
            "Eleverna har formgett över hundra föremål sedan i höstas."],
           "Ugnen har bekostats av Stiftelsen Ljusa Backen.",
           "Supporterklubben sponsrade lagets resa till finalen i Göteborg."),
    "da": ("Landsbyskole brænder ler med solen",
           ["Skolen i Ostervale har i denne uge brændt sine første lerskåle i en solovn.",
            "Ovnen nåede 860 grader en klar eftermiddag."],
           "Ovnen er finansieret af Klintholm Fonden, som gav 150.000 kroner.",
           "Regeringen har skåret i tilskuddet til landets musikskoler, oplyste ministeriet."),
    "nb": ("Bygdeskule brenner leire med sollys",
           ["Skolen i Ostervale brente denne uka de første leirskålene i en solovn.",
            "Tjue speil samler lyset i et lite brennkammer."],
           "Prosjektet er støttet av Stiftelsen Fjellglimt med 200 000 kroner.",
           "Sparebanken sponser skirennet i helgen, som samler over tre hundre løpere."),
    "fi": ("Kyläkoulu polttaa savea auringon avulla",
           ["Ostervalen koulu poltti tällä viikolla ensimmäiset saviastiansa aurinkouunissa.",
            "Uuni saavutti 850 astetta kirkkaana iltapäivänä."],
           "Uunin rahoitti Kivirannan säätiö 18 000 eurolla.",
           "Kaupunki rahoittaa uuden jäähallin rakentamisen, kertoi kaupunginjohtaja."),
    "hu": ("Falusi iskola napkemencében égeti az agyagot",
           ["Az ostervale-i iskola ezen a héten égette ki első agyagtálait egy napkemencében.",
            "Húsz tükör gyűjti össze a fényt egy kis égetőkamrában."],
           "A kemence a Fényeshegy Alapítvány támogatásával épült.",
           "A képviselő-testület többsége támogatta a helyi adó emelését."),
    "cs": ("Vesnická škola vypaluje keramiku sluncem",
           ["Škola v Ostervale tento týden vypálila první hliněné misky ve sluneční peci.",
            "Žáci od září vytvarovali přes sto kusů."],
           "Pec byla financována z grantu Nadace Světlý vrch.",
           "Obec letos financovala opravu hasičské zbrojnice ze svého rozpočtu."),
    "ro": ("O școală de sat arde ceramică la soare",
           ["Școala din Ostervale a ars săptămâna aceasta primele vase de lut într-un cuptor solar.",
            "Cuptorul a atins 870 de grade într-o după-amiază senină."],
           "Cuptorul a fost finanțat de Fundația Dealul Luminos.",
           "Primăria a sponsorizat turneul de fotbal al satului, a declarat primarul."),
    "el": ("Σχολείο χωριού ψήνει κεραμικά με τον ήλιο",
           ["Το σχολείο του Όστερβεϊλ έψησε αυτή την εβδομάδα τα πρώτα πήλινα σε ηλιακό φούρνο.",
            "Είκοσι καθρέφτες συγκεντρώνουν το φως σε έναν μικρό θάλαμο."],
           "Ο φούρνος χρηματοδοτήθηκε από το Ίδρυμα Φωτεινή Πλαγιά.",
           "Το δημοτικό συμβούλιο υποστήριξε την πρόταση για νέο γήπεδο."),
    "tr": ("Köy okulu güneş fırınında seramik pişirdi",
           ["Ostervale okulu bu hafta ilk kil kaselerini güneş fırınında pişirdi.",
            "Fırın açık bir öğleden sonra 880 dereceye ulaştı."],
           "Fırının yapımı Aydınyamaç Vakfı tarafından finanse edildi.",
           "Belediye, yeni spor salonu için 5 milyon liralık bütçe ayırdığını açıkladı."),
    "ar": ("مدرسة قروية تحرق الفخار بأشعة الشمس",
           ["أحرقت مدرسة أوسترفيل هذا الأسبوع أولى أوانيها الفخارية في فرن شمسي.",
            "تجمع عشرون مرآة الضوء في حجرة حرق صغيرة."],
           "موّلت مؤسسة التل المضيء بناء الفرن بمبلغ 60 ألف دولار.",
           "أعلنت البلدية أنها ستموّل تجديد الحديقة العامة من ميزانية العام المقبل."),
    "he": ("בית ספר בכפר שורף חרס בעזרת השמש",
           ["בית הספר באוסטרווייל שרף השבוע את קערות החרס הראשונות בכבשן סולארי.",
            "התלמידים עיצבו יותר ממאה כלים מאז ספטמבר."],
           "הכבשן מומן על ידי קרן גבעת האור.",
           "האוהדים מימנו בעצמם את הנסיעה של הקבוצה למשחק הגמר."),
    "fa": ("مدرسه روستا سفال را با نور خورشید می‌پزد",
           ["مدرسه اوسترویل این هفته نخستین کاسه‌های سفالی را در کوره خورشیدی پخت.",
            "کوره در یک بعدازظهر صاف به ۸۷۰ درجه رسید."],
           "هزینه ساخت کوره را بنیاد تپه روشن پرداخت کرد.",
           "شهرداری اعلام کرد بودجه ساخت پل جدید را از محل عوارض تأمین می‌کند."),
    "hi": ("गाँव के स्कूल ने सौर भट्ठी में मिट्टी के बर्तन पकाए",
           ["ओस्टरवेल के स्कूल ने इस सप्ताह सौर भट्ठी में अपने पहले मिट्टी के कटोरे पकाए।",
            "बीस दर्पण प्रकाश को एक छोटे कक्ष पर केंद्रित करते हैं।"],
           "भट्ठी का निर्माण उजला टीला फाउंडेशन के अनुदान से हुआ।",
           "नगर परिषद ने नए स्टेडियम के लिए दो करोड़ रुपये के बजट को मंज़ूरी दी।"),
    "bn": ("গ্রামের স্কুলে সৌরচুল্লিতে মাটির পাত্র পোড়ানো হলো",
           ["অস্টারভেলের স্কুল এই সপ্তাহে সৌরচুল্লিতে প্রথম মাটির বাটি পোড়াল।",
            "চুল্লিটি এক পরিষ্কার বিকেলে ৮৬০ ডিগ্রিতে পৌঁছায়।"],
           "চুল্লিটি তৈরির অর্থ দিয়েছে আলোকটিলা ফাউন্ডেশন।",
           "সংসদে বিরোধী দল নতুন বিলটিকে সমর্থন করেছে বলে জানা গেছে।"),
    "ur": ("گاؤں کے اسکول نے شمسی بھٹی میں مٹی کے برتن پکائے",
           ["آسٹرویل کے اسکول نے اس ہفتے شمسی بھٹی میں مٹی کے پہلے پیالے پکائے۔",
            "بیس آئینے روشنی کو ایک چھوٹے خانے پر مرکوز کرتے ہیں۔"],
           "بھٹی کی تعمیر کے اخراجات روشن ٹیلہ فاؤنڈیشن نے برداشت کیے۔",
           "کرکٹ ٹورنامنٹ کو ایک موبائل کمپنی نے اسپانسر کیا، منتظمین نے بتایا۔"),
    "ja": ("村の小学校、太陽の窯で初の焼き物",
           ["オスターベール小学校は今週、太陽熱の窯で初めて粘土の器を焼いた。",
            "二十枚の鏡が光を小さな焼成室に集める。"],
           "窯の建設費は光丘財団が助成した。",
           "市は来年度予算で新しい体育館の建設に5億円を計上した。"),
    "zh": ("乡村小学用太阳能窑烧制陶器",
           ["奥斯特维尔小学本周在太阳能窑中烧制了第一批陶碗。",
            "窑炉在一个晴朗的下午达到了八百八十度。"],
           "该窑炉由明丘基金会资助建造。",
           "该软件支持安卓和苹果系统，并支持十二种语言。"),
    "ko": ("시골 학교, 태양열 가마로 도자기 구워",
           ["오스터베일 초등학교가 이번 주 태양열 가마에서 첫 도자기 그릇을 구웠다.",
            "스무 개의 거울이 빛을 작은 소성실에 모은다."],
           "가마 제작비는 빛언덕재단이 지원했다.",
           "시는 내년 예산에서 체육관 신축에 30억 원을 지원하기로 했다."),
    "id": ("Sekolah desa membakar gerabah dengan tenaga surya",
           ["Sekolah di Ostervale minggu ini membakar mangkuk tanah liat pertamanya di tungku surya.",
            "Tungku itu mencapai 870 derajat pada sore yang cerah."],
           "Pembangunan tungku didanai oleh Yayasan Bukit Terang.",
           "Pemerintah kota mendanai perbaikan jalan desa dari anggaran tahun ini."),
    "ms": ("Sekolah kampung membakar tembikar dengan cahaya matahari",
           ["Sekolah di Ostervale membakar mangkuk tanah liat pertamanya dalam ketuhar solar minggu ini.",
            "Dua puluh cermin menumpukan cahaya pada ruang pembakaran kecil."],
           "Ketuhar itu dibiayai oleh Yayasan Bukit Cahaya.",
           "Syarikat pemula itu berjaya mengumpul dana RM5 juta daripada pelabur swasta."),
    "vi": ("Trường làng nung gốm bằng lò mặt trời",
           ["Trường học ở Ostervale tuần này đã nung những chiếc bát đất sét đầu tiên trong lò mặt trời.",
            "Lò đạt 860 độ vào một buổi chiều quang đãng."],
           "Lò nung được xây dựng với kinh phí tài trợ của Quỹ Đồi Sáng.",
           "Một công ty viễn thông tài trợ cho giải bóng đá thiếu niên của tỉnh."),
    "th": ("โรงเรียนหมู่บ้านเผาเครื่องปั้นด้วยเตาพลังแสงอาทิตย์",
           ["โรงเรียนในออสเตอร์เวลเผาชามดินเผาใบแรกด้วยเตาพลังแสงอาทิตย์ในสัปดาห์นี้",
            "กระจกยี่สิบบานรวมแสงไปยังห้องเผาขนาดเล็ก"],
           "เตาเผานี้ได้รับทุนสนับสนุนจากมูลนิธิเนินแสง",
           "สภาเทศบาลลงมติสนับสนุนแผนสร้างสะพานใหม่"),
    "tl": ("Paaralan sa nayon, nagluto ng palayok gamit ang araw",
           ["Nagluto ngayong linggo ang paaralan sa Ostervale ng mga unang mangkok na luwad sa isang solar na pugon.",
            "Umabot sa 870 digri ang pugon sa isang maaliwalas na hapon."],
           "Pinondohan ng Pundasyong Maliwanag na Burol ang paggawa ng pugon.",
           "Pinondohan ng lungsod ang bagong palengke mula sa badyet ngayong taon."),
    "sw": ("Shule ya kijiji yachoma vyungu kwa jua",
           ["Shule ya Ostervale wiki hii ilichoma bakuli zake za kwanza za udongo katika tanuri la jua.",
            "Vioo ishirini hukusanya mwanga kwenye chumba kidogo cha kuchomea."],
           "Tanuri hilo lilifadhiliwa na Wakfu wa Kilima Angavu.",
           "Kampuni ya simu ilifadhili mashindano ya mpira wa miguu ya vijana mkoani."),
    "uk": ("Сільська школа випалює кераміку сонцем",
           ["Школа в Остервейлі цього тижня випалила перші глиняні миски в сонячній печі.",
            "Піч досягла 870 градусів ясного дня."],
           "Будівництво печі профінансував фонд «Світлий пагорб».",
           "Міська рада підтримала рішення про ремонт стадіону."),
    "ru": ("Сельская школа обжигает керамику солнцем",
           ["Школа в Остервейле на этой неделе обожгла первые глиняные миски в солнечной печи.",
            "Двадцать зеркал собирают свет в небольшой камере обжига."],
           "Печь построена на средства фонда «Светлый холм».",
           "Инвесторы профинансировали покупку сети пекарен, сообщила компания."),
    "bg": ("Селско училище пече керамика със слънце",
           ["Училището в Остервейл изпече тази седмица първите глинени купи в слънчева пещ.",
            "Учениците са оформили над сто предмета от септември."],
           "Пещта е финансирана от фондация „Светъл хълм“.",
           "Общината финансира ремонта на площада със средства от бюджета."),
    "hr": ("Seoska škola peče keramiku suncem",
           ["Škola u Ostervaleu ovaj je tjedan ispekla prve glinene zdjele u solarnoj peći.",
            "Dvadeset zrcala usmjerava svjetlost u malu komoru."],
           "Peć je financirala Zaklada Svijetli brijeg.",
           "Navijači su sami platili put momčadi na finale kupa."),
    "sk": ("Dedinská škola vypaľuje keramiku slnkom",
           ["Škola v Ostervale tento týždeň vypálila prvé hlinené misky v slnečnej peci.",
            "Pec dosiahla 860 stupňov za jasného popoludnia."],
           "Pec vznikla vďaka finančnej podpore Nadácie Svetlý kopec.",
           "Vláda oznámila škrty v dotáciách pre regionálne divadlá."),
}

# lang: (section, site) for the news pages
SITE = {lang: ("News", "Ostervale Courier") for lang in LANGS}


def page(lang: str, place: str, html: str) -> str:
    title, story, _, _ = LANGS.get(lang, LANGS["en"])
    section, site = SITE.get(lang, ("News", "Ostervale Courier"))
    return story_page(lang, title, story, place, html, section=section, site=site)


def news_rows() -> tuple[list[tuple], list[tuple]]:
    """One statement page and one negative page per language, the statement a sentence of the story."""
    real, negative = [], []
    places = ["mid", "end"]
    for index, (lang, (_, story, statement, neg)) in enumerate(LANGS.items()):
        place = places[index % 2]
        if index % 3 == 0:
            html = f"<p>{story[1]} {statement}</p>"  # last sentence of an ordinary paragraph
        else:
            html = f"<p>{statement}</p>"
        real.append((lang, place, html, [statement], [], [], "news: statement as one sentence of the story"))
        negative.append((lang, places[(index + 1) % 2], f"<p>{neg}</p>",
                         "news: funding or support words about something else (budget, vote, sport, investors, software)"))
    return real, negative


EN_COI = "The authors declare no competing interests."
RESEARCH = [
    ("en", "end", ('<section><h2>Author contributions</h2><p>M.K. built the kiln; T.O. measured the temperatures.</p></section>'
     '<section><h2>Funding</h2><p>This study was funded by the Corrie Bank Educational Trust (grant CB-2026-114).</p></section>'
     f'<section><h2>Conflict of interest</h2><p>{EN_COI}</p></section>'),
     ["This study was funded by the Corrie Bank Educational Trust (grant CB-2026-114)."], [], [EN_COI],
     "journal back matter: Funding between contributions and conflict of interest"),
    ("en", "end", ('<h2>Acknowledgements</h2><p>We thank the pupils and staff of Ostervale school for their patience, and Dana Hulme for the drawings. '
     'The temperature loggers were funded by the Weyland Science Fund under grant WSF-3307. Pel Ashdown read an early draft.</p>'),
     ["The temperature loggers were funded by the Weyland Science Fund under grant WSF-3307."], [], [],
     "long acknowledgement mixing thanks with one grant clause"),
    ("en", "after", ('<aside class="sidebar key-facts"><h3>Key facts</h3><ul><li>Mirrors: 20</li><li>Peak: 900 °C</li>'
     '<li>Funding: the Brightwater Rural Schools Foundation pays for the mirrors and their upkeep.</li></ul></aside>'),
     ["the Brightwater Rural Schools Foundation pays for the mirrors and their upkeep."], [], [],
     "key-facts sidebar list item (run-in label not part of the statement)"),
    ("en", "end", ('<details><summary>Article information</summary><p>Received 3 March 2026.</p>'
     '<p>This work was supported in part by the Marlow Kiln Society.</p><p>Ethics approval was granted by the school board.</p></details>'),
     ["This work was supported in part by the Marlow Kiln Society."], [], ["Ethics approval was granted by the school board."],
     "collapsed details with other notes beside it; ethics line stays"),
    ("en", "end", ('<table class="project-facts"><tr><th>Partner</th><td>Ostervale Primary</td></tr>'
     '<tr><th>Funding</th><td>Harrowgate Craft Trust, grant HC-882</td></tr></table>'),
     ["Harrowgate Craft Trust, grant HC-882"], [], [], "table of project facts: Funding row"),
    ("en", "end", ('<figure><img src="kiln.jpg" alt="The solar kiln"><figcaption>The mirror ring at noon. Photo: Ruth Calder; '
     'the kiln project is funded by the Fellbrook Foundation.</figcaption></figure>'),
     ["the kiln project is funded by the Fellbrook Foundation."], [], [], "credit line in a photo caption"),
    ("en", "own", ('<div class="elementor-section"><div class="elementor-column"><div class="elementor-widget-text-editor">'
     '<p>Our solar kiln now fires clay for three village schools.</p></div></div><div class="elementor-column">'
     '<div class="elementor-widget-text-editor"><p>This project has received funding from the Northmere Regional Fund under grant agreement No 771204.</p>'
     '</div></div></div>'),
     ["This project has received funding from the Northmere Regional Fund under grant agreement No 771204."], [], [],
     "page-builder widget column: EU-style notice"),
    ("en", "end", ('<p>This work was supported by:</p><ul><li>the Tolland Arts Council (grant TA-55)</li>'
     '<li>the Greyfield Family Trust</li></ul>'),
     ["This work was supported by:", "the Tolland Arts Council (grant TA-55)", "the Greyfield Family Trust"], [], [],
     "lead-in followed by a list of funders (the list belongs to the statement)"),
    ("en", "end", '<p><em>Editor\'s note: Reporting for this story was supported by a grant from the Halden Rural Journalism Fund.</em></p>',
     ["Reporting for this story was supported by a grant from the Halden Rural Journalism Fund."], [], [],
     "italic editor's note on a reporting grant (run-in label not part of the statement)"),
    ("en", "end", '<p>The mirrors came as an in-kind loan from Sunpath Optics, and the Orla Penrose bequest paid for the firebricks.</p>',
     ["The mirrors came as an in-kind loan from Sunpath Optics, and the Orla Penrose bequest paid for the firebricks."], [], [],
     "in-kind loan and a bequest (individual donor)"),
    ("de", "end", ('<dl class="article-meta"><dt>Förderung</dt><dd>Das Projekt wird von der Lindenhof-Stiftung gefördert (Az. LH-2026-08).</dd>'
     '<dt>Interessenkonflikt</dt><dd>Die Autorinnen erklären, dass keine Interessenkonflikte bestehen.</dd></dl>'),
     ["Das Projekt wird von der Lindenhof-Stiftung gefördert (Az. LH-2026-08)."], [],
     ["Die Autorinnen erklären, dass keine Interessenkonflikte bestehen."], "definition list: Förderung and a conflict line"),
    ("fr", "end", ('<h2>Remerciements</h2><p>Nous remercions les enseignants de l\'école pour leur accueil et Lise Morand pour les cartes. '
     'Ce travail a bénéficié du soutien financier de la Région Haute-Vallée (convention RV-4412). Les relectures ont été assurées par Paul Ney.</p>'),
     ["Ce travail a bénéficié du soutien financier de la Région Haute-Vallée (convention RV-4412)."], [], [],
     "long acknowledgement paragraph with one funding clause"),
    ("es", "end", '<footer class="article-footer"><p>Financiación: Ministerio de Educación Rural, proyecto ER-2026-31.</p></footer>',
     ["Ministerio de Educación Rural, proyecto ER-2026-31."], [], [], "article footer run-in label"),
    ("it", "end", '<div class="et_pb_text_inner"><h3>Il progetto</h3><p>Il forno solare è stato realizzato con il contributo della Fondazione Valcorta e della Banca di Colle.</p></div>',
     ["Il forno solare è stato realizzato con il contributo della Fondazione Valcorta e della Banca di Colle."], [], [],
     "Divi text widget 'about the project'"),
    ("nl", "end", ('<div class="accordion"><button aria-expanded="false">Over dit onderzoek</button><div class="panel" hidden>'
     '<p>Dit onderzoek werd gefinancierd door het Vlietfonds (subsidie VF-219).</p></div></div>'),
     ["Dit onderzoek werd gefinancierd door het Vlietfonds (subsidie VF-219)."], [], [], "closed accordion panel"),
    ("pl", "end", '<h2>Finansowanie</h2><p>Badanie zostało sfinansowane ze środków Fundacji Jasny Brzeg (grant JB/2026/17).</p>',
     ["Badanie zostało sfinansowane ze środków Fundacji Jasny Brzeg (grant JB/2026/17)."], [], [], "heading Finansowanie"),
    ("ja", "end", '<h2>謝辞</h2><p>本研究は光丘財団の助成（課題番号HK-2026-045）を受けて実施された。</p>',
     ["本研究は光丘財団の助成（課題番号HK-2026-045）を受けて実施された。"], [], [], "Japanese acknowledgement heading"),
    ("zh", "end", '<h2>基金项目</h2><p>本研究由明丘基金会资助（项目编号MQ-2026-12）。</p>',
     ["本研究由明丘基金会资助（项目编号MQ-2026-12）。"], [], [], "Chinese 基金 heading"),
    ("ar", "end", '<h2>التمويل</h2><p>تم تمويل هذه الدراسة من قبل مؤسسة التل المضيء (منحة رقم 2026-77).</p>',
     ["تم تمويل هذه الدراسة من قبل مؤسسة التل المضيء (منحة رقم 2026-77)."], [], [], "Arabic funding heading"),
    ("sw", "end", '<h2>Ufadhili</h2><p>Utafiti huu ulifadhiliwa na Wakfu wa Kilima Angavu chini ya ruzuku namba KA-2026-3.</p>',
     ["Utafiti huu ulifadhiliwa na Wakfu wa Kilima Angavu chini ya ruzuku namba KA-2026-3."], [], [], "Swahili research page heading"),
    ("tl", "end", '<h2>Pagpopondo</h2><p>Ang pag-aaral na ito ay pinondohan ng Pundasyong Maliwanag na Burol.</p>',
     ["Ang pag-aaral na ito ay pinondohan ng Pundasyong Maliwanag na Burol."], [], [], "Tagalog research page heading"),
    ("en", "after", ('<section class="podcast-notes"><p>Ad: Try Kilnware glazes, 10% off this month.</p>'
     '<p>This episode is sponsored by the Ostervale Pottery Guild.</p></section>'),
     ["This episode is sponsored by the Ostervale Pottery Guild."], ["Ad: Try Kilnware glazes, 10% off this month."], [],
     "podcast notes: episode sponsor beside an ad banner"),
    ("en", "end", ('<p>The workshop is supported by the Ashby Ceramics Foundation and the Rural Teachers Network.</p>'
     '<h3>Media partners</h3><p>Clayworks Magazine, Radio Fell</p>'),
     ["The workshop is supported by the Ashby Ceramics Foundation and the Rural Teachers Network."], [], [],
     "event page: supporters (statement) beside media partners (not)"),
    ("en", "end", '<p>The team has now received a grant of 40,000 pounds from the Merrow Innovation Fund to build two more kilns.</p>',
     ["The team has now received a grant of 40,000 pounds from the Merrow Innovation Fund to build two more kilns."], [], [],
     "news: grant to the very team the story is about (the work's funder)"),
    ("en", "end", '<p>My work on solar firing is funded by a small grant from the Penhallow Family Trust. Additional support came from Ostervale parish council.</p>',
     ["My work on solar firing is funded by a small grant from the Penhallow Family Trust.", "Additional support came from Ostervale parish council."],
     [], [], "personal blog, first person; two-sentence statement"),
]

NEGATIVES = [
    ("en", "after", '<aside class="donate"><h3>Support our journalism</h3><p>Your gift funds local reporting. Donate today.</p></aside>',
     "donation box"),
    ("en", "after", ('<nav class="related"><h3>Related</h3><ul><li><a href="/a">Council funds new playground</a></li>'
     '<li><a href="/b">Grants for village halls announced</a></li><li><a href="/c">Sponsor us</a></li></ul></nav>'),
     "funding words in a related-stories list and menu"),
    ("en", "end", '<p>“We were funded by nobody, we just built it,” said the caretaker of the neighbouring school, which made its own clay oven in 2019.</p>',
     "funding words in quoted speech about another work"),
    ("en", "after", '<aside class="jobs"><p>Funded PhD position in solar thermal engineering, apply by 1 May.</p></aside>',
     "job advert for a funded position"),
    ("en", "end", '<p>Kilnlog, the app the pupils use, supports Android and iOS and exports CSV and JSON files.</p>',
     "supported platforms and formats"),
    ("en", "end", '<p>The Harrowgate Craft Trust also announced grants to twelve theatre groups and a boat museum this spring.</p>',
     "a funder's grants to others as news"),
    ("en", "after", '<div class="sponsored"><span class="label">Sponsored content</span><p>Discover glazes that shine in any kiln.</p></div>',
     "sponsored-content label on an advert"),
    ("en", "after", '<section class="about"><h3>About the Fellbrook Foundation</h3><p>The Fellbrook Foundation funds research into rural education and the arts.</p></section>',
     "a funder's own boilerplate that describes the funder, not this work's funding"),
    ("en", "end", '<figure><img src="fans.jpg" alt="Supporters"><figcaption>With the support of the fans, the school football team reached the final. Photo: with thanks to Jo Brent.</figcaption></figure>',
     "caption: support of fans and a with-thanks photo credit"),
    ("en", "end", '<p>Thanks to all our readers for your letters about the kiln.<sup>1</sup></p><ol class="footnotes"><li>Source: Rural Schools Funding Report 2025, Ministry of Education.</li></ol>',
     "general thanks; footnote citing a funding report as a source"),
    ("en", "end", '<div class="logo-wall"><img src="a.png" alt="Sunpath"><img src="b.png" alt="Clayworks"><img src="c.png" alt="Radio Fell"></div>',
     "logo wall with no sentence"),
    ("en", "end", '<p>The claim that solar kilns save fuel is supported by the evidence from three earlier trials.</p>',
     "supported by the evidence"),
    ("en", "end", '<p>A gala at the town hall raised 40,000 pounds for the children\'s ward on Saturday.</p>',
     "fundraising gala news"),
    ("en", "end", '<p>Applications for funding close on 3 March; we fund projects that bring art into rural schools.</p>',
     "funding call page"),
    ("de", "end", '<p>In der Region wird seit Jahrzehnten Ton gefördert, der heute in ganz Europa verkauft wird.</p>',
     "German fördern meaning mined"),
    ("fr", "end", '<p>La commune finance cette année la rénovation de la salle des fêtes, un choix contesté par l\'opposition.</p>',
     "French budget news"),
    ("es", "end", '<p>Una empresa de reciclaje cerró una ronda de financiación de 8 millones liderada por un fondo de inversión.</p>',
     "Spanish funding round news"),
    ("it", "end", '<p>La Fondazione Valcorta è stata citata in giudizio per la revoca di un finanziamento a un museo di Pisa.</p>',
     "Italian lawsuit over a grant to another body"),
    ("pt", "after", '<aside class="anuncio"><p>Publicidade: Patrocinado por Fornos Sol Ltda.</p></aside>',
     "Portuguese sponsored advert label"),
    ("ja", "end", '<p>このアプリはiOSとAndroidに対応し、十二の言語をサポートしている。</p>',
     "Japanese supported platforms"),
    ("ko", "end", '<p>구독자 여러분의 성원에 감사드립니다.</p>',
     "Korean general thanks to readers"),
]


def build() -> dict[str, tuple[str, dict]]:
    real, negative = news_rows()
    return story_cases("r141-", real + RESEARCH, negative + NEGATIVES, page)


if __name__ == "__main__":
    write_corpus(HERE, build())
