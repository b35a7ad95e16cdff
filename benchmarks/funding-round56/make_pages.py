"""Builds held-out funding round 56 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the village, archive, funders, grant numbers and people do not exist.
Written by a helper from the definition of `funding` alone, without reading the detector's code or
the earlier rounds' cases: a report on the digitised archive of one invented village, Tarrowby, in
36 languages (Ukrainian, Bulgarian, Serbian, Croatian, Slovak, Lithuanian, Estonian, Catalan, Thai,
Malay and Swahili among them). Real statements sit in page-builder shapes (widget, column and card
divs, an "About this project" box, a sponsor strip with a named body under the article, a table
cell, a definition list), in a collapsed "Article information" section, a photo credit line, a
footnote list and closing sentences, run-in labels, headings and acknowledgements that mix thanks
and a grant; four carry a competing-interest or ethics declaration the body must keep. The hard
negatives use the same words and shapes: "support" as a common noun ("Mit Unterstützung der Fans"),
support lines that name no supporter, crowdfunding news, donor walls, "powered by" software credits,
public money and grants as news, votes, sport sponsorship, supported versions, adverts, donate boxes,
thanks to readers, investment rounds, budgets, a footnote citing a funding report as a source.

usage: python benchmarks/funding-round56/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import html as htmllib
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# Convention: for run-in labels / headings ("Funding:", "Financiación:", <h2>Förderung</h2>) the
# statement listed is the sentence after the label, without the label itself; footnote markers and
# a photo credit's "Photo: NAME;" are likewise not part of the listed statement. In acknowledgement
# paragraphs that mix thanks and a grant, only the grant sentence is listed; the thanks sentence is
# listed under not_funding when it sits beside the statement.

TITLE = {
    "en": "Tarrowby's village archive goes online",
    "de": "Das Dorfarchiv von Tarrowby ist jetzt online",
    "fr": "Les archives du village de Tarrowby sont en ligne",
    "es": "El archivo del pueblo de Tarrowby ya está en internet",
    "it": "L'archivio del paese di Tarrowby è online",
    "pt": "O arquivo da aldeia de Tarrowby já está online",
    "nl": "Het dorpsarchief van Tarrowby staat online",
    "pl": "Archiwum wsi Tarrowby trafiło do internetu",
    "sv": "Tarrowbys byarkiv finns nu på nätet",
    "da": "Tarrowbys landsbyarkiv er nu på nettet",
    "fi": "Tarrowbyn kyläarkisto on nyt verkossa",
    "hu": "Online elérhető Tarrowby falusi archívuma",
    "cs": "Archiv obce Tarrowby je nyní online",
    "sk": "Archív obce Tarrowby je teraz online",
    "ro": "Arhiva satului Tarrowby este acum online",
    "el": "Το αρχείο του χωριού Τάροουμπι είναι πλέον online",
    "tr": "Tarrowby köy arşivi artık çevrimiçi",
    "ar": "أرشيف قرية تاروبي متاح الآن على الإنترنت",
    "he": "הארכיון של הכפר טארובי עלה לרשת",
    "hi": "टैरोबी गाँव का अभिलेखागार अब ऑनलाइन",
    "id": "Arsip Desa Tarrowby kini bisa diakses daring",
    "ms": "Arkib Kampung Tarrowby kini dalam talian",
    "vi": "Kho lưu trữ của làng Tarrowby đã lên mạng",
    "th": "หอจดหมายเหตุหมู่บ้านทาร์โรว์บีเปิดให้ค้นออนไลน์แล้ว",
    "ja": "タロウビー村の古文書、オンラインで公開",
    "zh": "塔罗比村档案全面上线",
    "ko": "태로비 마을 기록물, 온라인 공개",
    "ru": "Архив деревни Тарроуби оцифрован",
    "uk": "Архів села Тарроубі оцифровано",
    "bg": "Архивът на село Тароуби вече е дигитален",
    "sr": "Архив села Тароуби доступан на интернету",
    "hr": "Arhiv sela Tarrowby dostupan je na internetu",
    "lt": "Tarrowby kaimo archyvas jau internete",
    "et": "Tarrowby külaarhiiv on nüüd veebis",
    "ca": "L'arxiu del poble de Tarrowby ja és a internet",
    "sw": "Kumbukumbu za kijiji cha Tarrowby sasa ziko mtandaoni",
}

STORY = {
    "en": [
        "Volunteers in Tarrowby have finished scanning the village archive, some 40,000 pages of parish registers, letters and photographs dating back to 1780.",
        "The scans can now be searched on a public website, and the originals have moved to a cool, dry room in the old school.",
        "Older residents helped to name hundreds of faces in photographs that had lain unlabelled for decades.",
    ],
    "de": [
        "Ehrenamtliche in Tarrowby haben das Dorfarchiv vollständig eingescannt: rund 40.000 Seiten Kirchenbücher, Briefe und Fotos, die ältesten von 1780.",
        "Die Scans sind jetzt auf einer öffentlichen Website durchsuchbar, die Originale lagern in einem klimatisierten Raum der alten Schule.",
        "Ältere Bewohner halfen, Hunderte Gesichter auf Fotos zu benennen, die jahrzehntelang unbeschriftet geblieben waren.",
    ],
    "fr": [
        "Des bénévoles de Tarrowby ont achevé la numérisation des archives du village, quelque 40 000 pages de registres paroissiaux, de lettres et de photographies remontant à 1780.",
        "Les documents peuvent désormais être consultés sur un site public, et les originaux ont rejoint une salle climatisée de l'ancienne école.",
        "Des habitants âgés ont aidé à identifier des centaines de visages sur des photos restées sans légende pendant des décennies.",
    ],
    "es": [
        "Un grupo de voluntarios de Tarrowby ha terminado de escanear el archivo del pueblo, unas 40.000 páginas de registros parroquiales, cartas y fotografías desde 1780.",
        "Los documentos ya pueden consultarse en una web pública y los originales se guardan en una sala climatizada de la antigua escuela.",
        "Los vecinos de más edad ayudaron a poner nombre a cientos de rostros en fotografías que llevaban décadas sin identificar.",
    ],
    "it": [
        "I volontari di Tarrowby hanno terminato la scansione dell'archivio del paese, circa 40.000 pagine di registri parrocchiali, lettere e fotografie dal 1780.",
        "I documenti sono ora consultabili su un sito pubblico e gli originali sono stati trasferiti in una stanza climatizzata della vecchia scuola.",
        "Gli abitanti più anziani hanno aiutato a dare un nome a centinaia di volti in fotografie rimaste senza didascalia per decenni.",
    ],
    "pt": [
        "Voluntários de Tarrowby concluíram a digitalização do arquivo da aldeia, cerca de 40 mil páginas de registos paroquiais, cartas e fotografias desde 1780.",
        "Os documentos podem agora ser pesquisados num site público e os originais passaram para uma sala climatizada da antiga escola.",
        "Os moradores mais velhos ajudaram a identificar centenas de rostos em fotografias que estiveram décadas sem legenda.",
    ],
    "nl": [
        "Vrijwilligers in Tarrowby hebben het dorpsarchief volledig gescand: zo'n 40.000 pagina's kerkboeken, brieven en foto's, de oudste uit 1780.",
        "De scans zijn nu doorzoekbaar op een openbare website en de originelen liggen in een geklimatiseerde ruimte in de oude school.",
        "Oudere dorpsbewoners hielpen honderden gezichten te benoemen op foto's die decennialang zonder bijschrift waren gebleven.",
    ],
    "pl": [
        "Wolontariusze z Tarrowby zakończyli skanowanie archiwum wsi: około 40 tysięcy stron ksiąg parafialnych, listów i fotografii od 1780 roku.",
        "Skany można teraz przeszukiwać na publicznej stronie, a oryginały trafiły do klimatyzowanej sali w starej szkole.",
        "Starsi mieszkańcy pomogli rozpoznać setki twarzy na zdjęciach, które przez dziesięciolecia nie miały podpisów.",
    ],
    "sv": [
        "Frivilliga i Tarrowby har skannat hela byarkivet, omkring 40 000 sidor kyrkböcker, brev och fotografier från 1780 och framåt.",
        "Handlingarna går nu att söka på en öppen webbplats, och originalen förvaras i ett klimatstyrt rum i den gamla skolan.",
        "Äldre bybor hjälpte till att namnge hundratals ansikten på bilder som legat omärkta i årtionden.",
    ],
    "da": [
        "Frivillige i Tarrowby har scannet hele landsbyarkivet, omkring 40.000 sider kirkebøger, breve og fotografier tilbage til 1780.",
        "Materialet kan nu søges på en offentlig hjemmeside, og originalerne opbevares i et klimastyret rum i den gamle skole.",
        "Ældre beboere hjalp med at sætte navn på hundredvis af ansigter på billeder, der i årtier havde ligget uden tekst.",
    ],
    "fi": [
        "Tarrowbyn vapaaehtoiset ovat skannanneet koko kyläarkiston, noin 40 000 sivua kirkonkirjoja, kirjeitä ja valokuvia 1780-luvulta alkaen.",
        "Aineistoa voi nyt hakea julkisella verkkosivustolla, ja alkuperäiset asiakirjat säilytetään vanhan koulun ilmastoidussa huoneessa.",
        "Kylän vanhimmat asukkaat auttoivat tunnistamaan satoja kasvoja kuvista, jotka olivat olleet vuosikymmeniä ilman tietoja.",
    ],
    "hu": [
        "Tarrowby önkéntesei befejezték a falusi archívum szkennelését: mintegy 40 ezer oldalnyi anyakönyv, levél és fénykép került digitális formába 1780-tól kezdve.",
        "Az anyag mostantól egy nyilvános honlapon kereshető, az eredeti iratokat pedig a régi iskola klimatizált termében őrzik.",
        "Az idősebb lakók több száz arcot azonosítottak olyan fotókon, amelyek évtizedekig felirat nélkül hevertek.",
    ],
    "cs": [
        "Dobrovolníci v Tarrowby dokončili skenování obecního archivu, zhruba 40 tisíc stran matrik, dopisů a fotografií od roku 1780.",
        "Dokumenty lze nyní prohledávat na veřejném webu a originály jsou uloženy v klimatizované místnosti staré školy.",
        "Starší obyvatelé pomohli pojmenovat stovky tváří na fotografiích, které desítky let ležely bez popisků.",
    ],
    "sk": [
        "Dobrovoľníci v Tarrowby dokončili skenovanie obecného archívu, približne 40-tisíc strán matrík, listov a fotografií od roku 1780.",
        "Dokumenty sa dajú teraz vyhľadávať na verejnej webovej stránke a originály sú uložené v klimatizovanej miestnosti starej školy.",
        "Starší obyvatelia pomohli pomenovať stovky tvárí na fotografiách, ktoré desaťročia ležali bez popisu.",
    ],
    "ro": [
        "Voluntarii din Tarrowby au terminat scanarea arhivei satului, aproximativ 40.000 de pagini de registre parohiale, scrisori și fotografii din 1780 încoace.",
        "Documentele pot fi căutate acum pe un site public, iar originalele au fost mutate într-o sală climatizată a vechii școli.",
        "Localnicii mai în vârstă au ajutat la identificarea a sute de chipuri din fotografii care stătuseră zeci de ani fără descriere.",
    ],
    "el": [
        "Εθελοντές στο Τάροουμπι ολοκλήρωσαν τη σάρωση του αρχείου του χωριού, περίπου 40.000 σελίδες ληξιαρχικών βιβλίων, επιστολών και φωτογραφιών από το 1780.",
        "Τα έγγραφα είναι πλέον αναζητήσιμα σε δημόσιο ιστότοπο, ενώ τα πρωτότυπα μεταφέρθηκαν σε κλιματιζόμενη αίθουσα του παλιού σχολείου.",
        "Οι μεγαλύτεροι κάτοικοι βοήθησαν να αναγνωριστούν εκατοντάδες πρόσωπα σε φωτογραφίες που έμεναν χωρίς λεζάντα για δεκαετίες.",
    ],
    "tr": [
        "Tarrowby'deki gönüllüler, 1780'den bu yana tutulan kilise kayıtları, mektuplar ve fotoğraflardan oluşan yaklaşık 40 bin sayfalık köy arşivinin taramasını tamamladı.",
        "Belgeler artık herkese açık bir internet sitesinde aranabiliyor; asılları ise eski okulun iklimlendirilmiş bir odasına taşındı.",
        "Köyün yaşlıları, onlarca yıldır isimsiz duran fotoğraflardaki yüzlerce kişiyi tanımlamaya yardım etti.",
    ],
    "ar": [
        "أنهى متطوعون في قرية تاروبي مسح أرشيف القرية ضوئيا، وهو نحو 40 ألف صفحة من سجلات الكنيسة والرسائل والصور التي يعود أقدمها إلى عام 1780.",
        "وأصبح بالإمكان البحث في الوثائق عبر موقع إلكتروني عام، فيما نقلت النسخ الأصلية إلى غرفة مكيفة في المدرسة القديمة.",
        "وساعد كبار السن من السكان في التعرف على مئات الوجوه في صور ظلت بلا تعريف لعقود.",
    ],
    "he": [
        "מתנדבים בכפר טארובי סיימו לסרוק את ארכיון הכפר, כ-40 אלף עמודים של פנקסי קהילה, מכתבים ותצלומים מאז 1780.",
        "כעת אפשר לחפש במסמכים באתר ציבורי, והמקור הועבר לחדר ממוזג בבית הספר הישן.",
        "ותיקי הכפר עזרו לזהות מאות פנים בתצלומים שנותרו ללא כיתוב במשך עשרות שנים.",
    ],
    "hi": [
        "टैरोबी गाँव के स्वयंसेवकों ने गाँव के अभिलेखागार की स्कैनिंग पूरी कर ली है, जिसमें 1780 से अब तक के लगभग 40,000 पन्नों के रजिस्टर, पत्र और तस्वीरें शामिल हैं।",
        "अब इन दस्तावेज़ों को एक सार्वजनिक वेबसाइट पर खोजा जा सकता है, और मूल काग़ज़ पुराने स्कूल के एक वातानुकूलित कमरे में रखे गए हैं।",
        "गाँव के बुज़ुर्गों ने उन सैकड़ों चेहरों को पहचानने में मदद की जो दशकों से बिना नाम की तस्वीरों में थे।",
    ],
    "id": [
        "Para relawan di Tarrowby telah selesai memindai arsip desa, sekitar 40.000 halaman buku gereja, surat, dan foto sejak tahun 1780.",
        "Dokumen itu kini dapat dicari di situs web publik, sementara naskah aslinya dipindahkan ke ruangan berpendingin di gedung sekolah lama.",
        "Warga lanjut usia membantu mengenali ratusan wajah dalam foto yang selama puluhan tahun tidak berketerangan.",
    ],
    "ms": [
        "Sukarelawan di Tarrowby telah selesai mengimbas arkib kampung, kira-kira 40,000 halaman daftar gereja, surat dan gambar sejak tahun 1780.",
        "Dokumen itu kini boleh dicari di laman web awam, manakala naskhah asal dipindahkan ke bilik berhawa dingin di bangunan sekolah lama.",
        "Penduduk warga emas membantu mengenal pasti ratusan wajah dalam gambar yang berdekad-dekad tidak berlabel.",
    ],
    "vi": [
        "Các tình nguyện viên ở Tarrowby đã hoàn tất việc quét toàn bộ kho lưu trữ của làng, khoảng 40.000 trang sổ sách giáo xứ, thư từ và ảnh từ năm 1780.",
        "Tài liệu nay có thể được tra cứu trên một trang web công khai, còn bản gốc được chuyển vào một phòng có điều hòa trong ngôi trường cũ.",
        "Những cư dân lớn tuổi đã giúp nhận diện hàng trăm gương mặt trong các bức ảnh không có chú thích suốt nhiều thập kỷ.",
    ],
    "th": [
        "อาสาสมัครในหมู่บ้านทาร์โรว์บีสแกนเอกสารในหอจดหมายเหตุของหมู่บ้านเสร็จสิ้นแล้ว รวมประมาณ 40,000 หน้า ทั้งทะเบียนโบสถ์ จดหมาย และภาพถ่ายตั้งแต่ปี 1780",
        "ขณะนี้ผู้สนใจสามารถค้นหาเอกสารได้บนเว็บไซต์สาธารณะ ส่วนต้นฉบับถูกย้ายไปเก็บในห้องปรับอากาศของอาคารโรงเรียนเก่า",
        "ผู้สูงอายุในหมู่บ้านช่วยระบุชื่อบุคคลหลายร้อยคนในภาพถ่ายที่ไม่มีคำบรรยายมานานหลายสิบปี",
    ],
    "ja": [
        "タロウビー村のボランティアが、1780年以降の教会記録や手紙、写真など約4万ページに及ぶ村の古文書のスキャンを終えた。",
        "資料は公開ウェブサイトで検索できるようになり、原本は旧校舎の空調付きの部屋に移された。",
        "村の高齢者たちは、何十年も名前のわからなかった写真の中の数百人の顔を特定する手助けをした。",
    ],
    "zh": [
        "塔罗比村的志愿者完成了村档案的扫描工作，共约四万页，包括自1780年以来的教区登记簿、信件和照片。",
        "这些资料现在可以在公开网站上检索，原件则被转移到旧校舍一间恒温恒湿的房间保存。",
        "村里的老人帮助辨认了数百张几十年来无人标注的照片中的面孔。",
    ],
    "ko": [
        "태로비 마을의 자원봉사자들이 1780년부터 이어진 교회 기록부와 편지, 사진 등 약 4만 쪽 분량의 마을 기록물 스캔 작업을 마쳤다.",
        "자료는 이제 공개 웹사이트에서 검색할 수 있으며, 원본은 옛 학교 건물의 항온항습실로 옮겨졌다.",
        "마을 어르신들은 수십 년 동안 설명 없이 남아 있던 사진 속 수백 명의 얼굴을 알아보는 데 힘을 보탰다.",
    ],
    "ru": [
        "Волонтёры из деревни Тарроуби закончили сканирование сельского архива: около 40 тысяч страниц церковных книг, писем и фотографий начиная с 1780 года.",
        "Теперь документы можно искать на открытом сайте, а оригиналы перенесли в помещение с климат-контролем в здании старой школы.",
        "Пожилые жители помогли опознать сотни лиц на снимках, которые десятилетиями хранились без подписей.",
    ],
    "uk": [
        "Волонтери із села Тарроубі завершили сканування сільського архіву: близько 40 тисяч сторінок метричних книг, листів і фотографій від 1780 року.",
        "Тепер документи можна шукати на відкритому сайті, а оригінали перенесли до кімнати з клімат-контролем у старій школі.",
        "Старші мешканці допомогли впізнати сотні облич на світлинах, які десятиліттями лежали без підписів.",
    ],
    "bg": [
        "Доброволци от село Тароуби завършиха сканирането на селския архив – около 40 000 страници църковни регистри, писма и снимки от 1780 година насам.",
        "Документите вече могат да се търсят на публичен сайт, а оригиналите са преместени в климатизирана стая в старото училище.",
        "Възрастните жители помогнаха да бъдат разпознати стотици лица на снимки, които с десетилетия стояха без надпис.",
    ],
    "sr": [
        "Волонтери из села Тароуби завршили су скенирање сеоског архива, око 40.000 страна црквених књига, писама и фотографија од 1780. године.",
        "Документи се сада могу претраживати на јавном сајту, а оригинали су пренети у климатизовану просторију старе школе.",
        "Старији мештани помогли су да се препознају стотине лица на фотографијама које су деценијама стајале без потписа.",
    ],
    "hr": [
        "Volonteri iz sela Tarrowby završili su skeniranje seoskog arhiva, oko 40.000 stranica matičnih knjiga, pisama i fotografija od 1780. godine.",
        "Dokumenti se sada mogu pretraživati na javnoj mrežnoj stranici, a izvornici su premješteni u klimatiziranu prostoriju stare škole.",
        "Stariji mještani pomogli su prepoznati stotine lica na fotografijama koje su desetljećima bile bez opisa.",
    ],
    "lt": [
        "Tarrowby kaimo savanoriai baigė skenuoti kaimo archyvą – apie 40 tūkstančių puslapių bažnytinių knygų, laiškų ir nuotraukų nuo 1780 metų.",
        "Dokumentų dabar galima ieškoti viešoje svetainėje, o originalai perkelti į klimatizuotą senosios mokyklos patalpą.",
        "Vyresni gyventojai padėjo atpažinti šimtus veidų nuotraukose, kurios dešimtmečius gulėjo be užrašų.",
    ],
    "et": [
        "Tarrowby vabatahtlikud on lõpetanud külaarhiivi skaneerimise: umbes 40 000 lehekülge kirikuraamatuid, kirju ja fotosid alates 1780. aastast.",
        "Dokumente saab nüüd otsida avalikul veebilehel ning originaalid viidi vana koolimaja kliimaseadmega ruumi.",
        "Vanemad külaelanikud aitasid ära tunda sadu nägusid fotodel, mis olid aastakümneid allkirjata seisnud.",
    ],
    "ca": [
        "Els voluntaris de Tarrowby han acabat d'escanejar l'arxiu del poble, unes 40.000 pàgines de registres parroquials, cartes i fotografies des de 1780.",
        "Els documents ja es poden consultar en un web públic i els originals s'han traslladat a una sala climatitzada de l'antiga escola.",
        "La gent gran del poble ha ajudat a identificar centenars de cares en fotografies que havien estat dècades sense peu.",
    ],
    "sw": [
        "Watu wa kujitolea katika kijiji cha Tarrowby wamemaliza kuchanganua kumbukumbu za kijiji, takriban kurasa 40,000 za rejista za kanisa, barua na picha tangu mwaka 1780.",
        "Nyaraka hizo sasa zinaweza kutafutwa kwenye tovuti ya umma, na nakala halisi zimehamishiwa kwenye chumba chenye kiyoyozi katika shule ya zamani.",
        "Wazee wa kijiji walisaidia kutambua mamia ya nyuso kwenye picha ambazo kwa miongo kadhaa hazikuwa na maelezo.",
    ],
}


def block(classes: str, inner: str, tag: str = "div") -> str:
    return f'<{tag} class="{classes}">{inner}</{tag}>'


# (lang, place, html, statements, not_funding, keep, note)
REAL = [
    ("en", "end", "<p>The digitisation project was funded by the Harwell Heritage Trust under grant HHT-2291.</p>",
     ["The digitisation project was funded by the Harwell Heritage Trust under grant HHT-2291."], [], [],
     "closing sentence, passive, grant number"),
    ("en", "end", block("elementor-widget elementor-widget-text-editor", block(
        "elementor-widget-container", "<p>This project was made possible by a grant from the Morrow Fund for Local History.</p>")),
     ["This project was made possible by a grant from the Morrow Fund for Local History."], [], [],
     "page-builder text widget, 'made possible by a grant'"),
    ("en", "mid", ('<aside class="about-project card"><h3>About this project</h3><p>Tarrowby Archive Online is run by the '
     "Tarrowby Local History Society. It is supported by the Northfold Community Heritage Fund and the Brell Foundation.</p></aside>"),
     ["It is supported by the Northfold Community Heritage Fund and the Brell Foundation."],
     ["Tarrowby Archive Online is run by the Tarrowby Local History Society."], [],
     "'About this project' box mid-article; the sentence before names only the runner"),
    ("en", "after", ('<div class="sponsor-strip"><p>Supported by the Ellery Cultural Fund</p>'
     '<img src="/logos/ellery.png" alt="Ellery Cultural Fund logo"></div>'),
     ["Supported by the Ellery Cultural Fund"], [], [],
     "sponsor strip under the article, short line naming a body"),
    ("en", "end", ('<table class="project-facts"><tr><th>Duration</th><td>2024 to 2026</td></tr>'
     "<tr><th>Funding</th><td>The work is funded by the Kestrel Heritage Fund under grant TL-0457.</td></tr>"
     "<tr><th>Volunteers</th><td>63</td></tr></table>"),
     ["The work is funded by the Kestrel Heritage Fund under grant TL-0457."], [], [],
     "funding line in a table cell of a facts table"),
    ("en", "end", ('<dl class="project-info"><dt>Partners</dt><dd>Tarrowby Parish Council</dd><dt>Funding</dt>'
     "<dd>The scanning equipment was paid for by the Sallow Bank Community Foundation.</dd></dl>"),
     ["The scanning equipment was paid for by the Sallow Bank Community Foundation."], [], [],
     "definition list, dt Funding"),
    ("en", "end", ("<h2>Acknowledgements</h2><p>We thank the many residents who lent family papers for scanning. "
     "This work was supported by the Orrin Trust for Rural Archives under award ORA/24/118.</p>"),
     ["This work was supported by the Orrin Trust for Rural Archives under award ORA/24/118."],
     ["We thank the many residents who lent family papers for scanning."], [],
     "acknowledgements mixing thanks and an award"),
    ("en", "end", ("<h3>Funding</h3><p>The condition survey of the archive was funded by the Pellham Record Office Fund.</p>"
     "<h3>Competing interests</h3><p>The authors declare no competing interests.</p>"),
     ["The condition survey of the archive was funded by the Pellham Record Office Fund."], [],
     ["The authors declare no competing interests."],
     "Funding heading followed by a competing-interest declaration the body keeps"),
    ("en", "mid", ('<figure><img src="/img/register.jpg" alt="A page of a baptism register">'
     '<figcaption>A page from the 1812 baptism register. <span class="credit">Photo: Mara Quint; '
     "the digitisation is funded by the Fenwick Heritage Fund.</span></figcaption></figure>"),
     ["the digitisation is funded by the Fenwick Heritage Fund."], ["A page from the 1812 baptism register."], [],
     "photo credit line that carries the funder"),
    ("en", "end", ('<p>Most letters were written by emigrants to Canada.<sup><a href="#fn1">1</a></sup></p>'
     '<ol class="footnotes"><li id="fn1">Letters box 4, Tarrowby church chest.</li>'
     '<li id="fn2">Transcription of the registers was supported by the Dunmore Society for Family History (grant DS-77).</li></ol>'),
     ["Transcription of the registers was supported by the Dunmore Society for Family History (grant DS-77)."],
     ["Letters box 4, Tarrowby church chest."], [],
     "footnote list, second note names the funder"),
    ("en", "end", ('<details class="article-info"><summary>Article information</summary><p>Published 3 March 2026.</p>'
     "<p>Funding: This reporting received financial support from the Calder Fund for Local Journalism.</p></details>"),
     ["This reporting received financial support from the Calder Fund for Local Journalism."],
     ["Published 3 March 2026."], [],
     "collapsed 'Article information' details, run-in label"),
    ("en", "end", "<p>This project is co-financed by the Northern Shores Interregional Programme under grant agreement No 2025-0417.</p>",
     ["This project is co-financed by the Northern Shores Interregional Programme under grant agreement No 2025-0417."], [], [],
     "co-financed notice, grant agreement No"),
    ("en", "after", block("elementor-column elementor-col-50", block(
        "elementor-widget-wrap", "<h4>Open Archive Day</h4><p>The open archive day on 14 March was sponsored by Harlow &amp; Pike Printers.</p>")),
     ["The open archive day on 14 March was sponsored by Harlow & Pike Printers."], [], [],
     "event sponsor in a page-builder column after the article"),
    ("en", "end", ('<div class="card card-body"><p class="card-text">We gratefully acknowledge the Tilbury Foundation, whose grant '
     "paid for two years of conservation work.</p></div>"),
     ["We gratefully acknowledge the Tilbury Foundation, whose grant paid for two years of conservation work."], [], [],
     "acknowledgement of a grant in a card div, active voice"),
    ("de", "end", "<h2>Förderung</h2><p>Das Digitalisierungsprojekt wird von der Stiftung Heimatgedächtnis Nordwald mit 48.000 Euro gefördert.</p>",
     ["Das Digitalisierungsprojekt wird von der Stiftung Heimatgedächtnis Nordwald mit 48.000 Euro gefördert."], [], [],
     "German heading Förderung"),
    ("de", "end", block("wp-block-columns", block("wp-block-column", "<p><strong>Förderhinweis:</strong> Dieses Projekt wurde vom "
     "Ministerium für Kultur und Heimat des Landes Oberweid gefördert (Förderkennzeichen KH-2025-031).</p>")),
     ["Dieses Projekt wurde vom Ministerium für Kultur und Heimat des Landes Oberweid gefördert (Förderkennzeichen KH-2025-031)."], [], [],
     "German run-in Förderhinweis in a block column, invented ministry"),
    ("de", "after", '<div class="sponsor-leiste"><p>Mit freundlicher Unterstützung der Sparkassenstiftung Auental</p></div>',
     ["Mit freundlicher Unterstützung der Sparkassenstiftung Auental"], [], [],
     "German short sponsor line naming a body, under the article"),
    ("fr", "end", "<p>Ce projet a bénéficié du soutien financier de la Fondation Lavergne pour le patrimoine rural.</p>",
     ["Ce projet a bénéficié du soutien financier de la Fondation Lavergne pour le patrimoine rural."], [], [],
     "French closing sentence, soutien financier"),
    ("fr", "mid", ('<aside class="encadre widget"><h3>Financement</h3><p>La numérisation est financée par la Région '
     "Val-d'Ormeau et la Fondation Sérac (convention n° VO-2025-144).</p></aside>"),
     ["La numérisation est financée par la Région Val-d'Ormeau et la Fondation Sérac (convention n° VO-2025-144)."], [], [],
     "French sidebar widget with heading Financement"),
    ("es", "end", ('<div class="card"><div class="card-body"><p><b>Financiación:</b> Este proyecto ha sido financiado por la '
     "Fundación Olmedo para la Memoria Rural (ayuda FOM-2025-12).</p></div></div>"),
     ["Este proyecto ha sido financiado por la Fundación Olmedo para la Memoria Rural (ayuda FOM-2025-12)."], [], [],
     "Spanish run-in label in a card"),
    ("es", "end", ("<h3>Agradecimientos</h3><p>Agradecemos a las familias del pueblo su paciencia y sus recuerdos. "
     "La digitalización contó con la financiación de la Diputación de Valdeserra.</p><h3>Conflicto de intereses</h3>"
     "<p>Los autores declaran no tener ningún conflicto de intereses.</p>"),
     ["La digitalización contó con la financiación de la Diputación de Valdeserra."],
     ["Agradecemos a las familias del pueblo su paciencia y sus recuerdos."],
     ["Los autores declaran no tener ningún conflicto de intereses."],
     "Spanish acknowledgements mixing thanks and funding, conflict declaration kept"),
    ("it", "after", '<div class="fascia-sponsor"><p>Il progetto è stato realizzato con il contributo della Fondazione Cassa Valleverde.</p></div>',
     ["Il progetto è stato realizzato con il contributo della Fondazione Cassa Valleverde."], [], [],
     "Italian sponsor strip after the article, 'con il contributo di'"),
    ("it", "end", "<h2>Finanziamento</h2><p>Lo studio è finanziato dalla Fondazione Archivi di Montealto, bando \"Memorie locali\" 2025.</p>",
     ["Lo studio è finanziato dalla Fondazione Archivi di Montealto, bando \"Memorie locali\" 2025."], [], [],
     "Italian heading Finanziamento"),
    ("pt", "end", "<p>Este trabalho foi financiado pela Fundação Arruda para o Património (projeto FAP/2025/044).</p>",
     ["Este trabalho foi financiado pela Fundação Arruda para o Património (projeto FAP/2025/044)."], [], [],
     "Portuguese closing sentence"),
    ("nl", "end", ('<div class="widget widget_text"><div class="textwidget"><p>Dit project werd mogelijk gemaakt door het '
     "Fonds Dorpsgeheugen Oosterveld.</p></div></div>"),
     ["Dit project werd mogelijk gemaakt door het Fonds Dorpsgeheugen Oosterveld."], [], [],
     "Dutch text widget, 'mogelijk gemaakt door'"),
    ("pl", "end", ("<h2>Finansowanie</h2><p>Projekt sfinansowano ze środków Fundacji Pamięć Wsi w ramach programu „Archiwa Lokalne” "
     "(umowa nr PW/2025/219).</p>"),
     ["Projekt sfinansowano ze środków Fundacji Pamięć Wsi w ramach programu „Archiwa Lokalne” (umowa nr PW/2025/219)."], [], [],
     "Polish heading Finansowanie"),
    ("sv", "end", "<p><em>Projektet har finansierats av Stiftelsen Bygdearkiv Norrvik.</em></p>",
     ["Projektet har finansierats av Stiftelsen Bygdearkiv Norrvik."], [], [],
     "Swedish italic closing line"),
    ("da", "end", ('<dl class="fakta"><dt>Arrangør</dt><dd>Tarrowby Lokalhistoriske Forening</dd><dt>Støtte</dt>'
     "<dd>Projektet er støttet af Landsbyarkivfonden med 120.000 kroner.</dd></dl>"),
     ["Projektet er støttet af Landsbyarkivfonden med 120.000 kroner."], [], [],
     "Danish definition list"),
    ("fi", "end", "<h3>Rahoitus</h3><p>Hanketta on rahoittanut Kyläperinnesäätiö Lumme.</p>",
     ["Hanketta on rahoittanut Kyläperinnesäätiö Lumme."], [], [],
     "Finnish heading Rahoitus"),
    ("hu", "end", "<p>A projekt a Falusi Emlékezet Alapítvány támogatásával valósult meg.</p>",
     ["A projekt a Falusi Emlékezet Alapítvány támogatásával valósult meg."], [], [],
     "Hungarian closing sentence, támogatásával"),
    ("cs", "end", '<div class="sidebar-box"><h4>O projektu</h4><p>Projekt byl podpořen Nadací Obecní paměť v rámci grantu č. OP-2025-88.</p></div>',
     ["Projekt byl podpořen Nadací Obecní paměť v rámci grantu č. OP-2025-88."], [], [],
     "Czech 'about the project' box"),
    ("sk", "end", ('<table class="info"><tr><td>Realizácia</td><td>2025</td></tr><tr><td>Financovanie</td>'
     "<td>Projekt finančne podporil Fond na podporu miestnej histórie (zmluva č. FMH-112/2025).</td></tr></table>"),
     ["Projekt finančne podporil Fond na podporu miestnej histórie (zmluva č. FMH-112/2025)."], [], [],
     "Slovak table cell"),
    ("ro", "end", "<p><strong>Finanțare:</strong> Proiectul a fost finanțat de Fundația Memoria Satului prin grantul nr. MS-2025-07.</p>",
     ["Proiectul a fost finanțat de Fundația Memoria Satului prin grantul nr. MS-2025-07."], [], [],
     "Romanian run-in label"),
    ("el", "end", "<h3>Χρηματοδότηση</h3><p>Το έργο χρηματοδοτήθηκε από το Ίδρυμα Αγροτικής Μνήμης Καλλιστή.</p>",
     ["Το έργο χρηματοδοτήθηκε από το Ίδρυμα Αγροτικής Μνήμης Καλλιστή."], [], [],
     "Greek heading"),
    ("tr", "end", "<p>Bu proje, Köy Belleği Vakfı tarafından desteklenmiştir (hibe no. KBV-2025-14).</p>",
     ["Bu proje, Köy Belleği Vakfı tarafından desteklenmiştir (hibe no. KBV-2025-14)."], [], [],
     "Turkish closing sentence"),
    ("ar", "end", "<h3>التمويل</h3><p>تم تمويل هذا المشروع من قبل مؤسسة ذاكرة القرية للتراث.</p>",
     ["تم تمويل هذا المشروع من قبل مؤسسة ذاكرة القرية للتراث."], [], [],
     "Arabic heading"),
    ("he", "end", "<p>הפרויקט מומן על ידי קרן זיכרון הכפר.</p>",
     ["הפרויקט מומן על ידי קרן זיכרון הכפר."], [], [],
     "Hebrew closing sentence"),
    ("hi", "end", '<div class="note-box"><p>इस परियोजना को ग्राम स्मृति न्यास द्वारा वित्तीय सहायता प्रदान की गई।</p></div>',
     ["इस परियोजना को ग्राम स्मृति न्यास द्वारा वित्तीय सहायता प्रदान की गई।"], [], [],
     "Hindi note box"),
    ("id", "end", "<p><strong>Pendanaan:</strong> Proyek ini didanai oleh Yayasan Arsip Desa Lestari.</p>",
     ["Proyek ini didanai oleh Yayasan Arsip Desa Lestari."], [], [],
     "Indonesian run-in label"),
    ("ms", "end", '<div class="kotak-projek"><h4>Mengenai projek ini</h4><p>Projek ini dibiayai oleh Yayasan Warisan Kampung Seri Teluk.</p></div>',
     ["Projek ini dibiayai oleh Yayasan Warisan Kampung Seri Teluk."], [], [],
     "Malay 'about this project' box"),
    ("vi", "end", "<p>Dự án được tài trợ bởi Quỹ Di sản Làng quê Hoa Sen.</p>",
     ["Dự án được tài trợ bởi Quỹ Di sản Làng quê Hoa Sen."], [], [],
     "Vietnamese closing sentence"),
    ("th", "end", "<h3>ทุนสนับสนุน</h3><p>โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิมรดกชุมชนบ้านนา</p>",
     ["โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิมรดกชุมชนบ้านนา"], [], [],
     "Thai heading"),
    ("ja", "end", "<h3>謝辞</h3><p>資料を提供してくださった村の皆様に感謝します。本プロジェクトは、里山記録財団の助成を受けて実施されました。</p>",
     ["本プロジェクトは、里山記録財団の助成を受けて実施されました。"], ["資料を提供してくださった村の皆様に感謝します。"], [],
     "Japanese acknowledgements mixing thanks and a grant"),
    ("zh", "end", "<h3>基金项目</h3><p>本项目由乡村记忆基金会资助（项目编号：XJ2025-031）。</p>",
     ["本项目由乡村记忆基金会资助（项目编号：XJ2025-031）。"], [], [],
     "Chinese heading 基金项目"),
    ("ko", "end", '<div class="box-info"><p>이 사업은 마을기록재단의 지원을 받아 수행되었습니다.</p></div>',
     ["이 사업은 마을기록재단의 지원을 받아 수행되었습니다."], [], [],
     "Korean info box"),
    ("ru", "end", "<p>Проект реализован при финансовой поддержке Фонда сельской памяти «Истоки».</p>",
     ["Проект реализован при финансовой поддержке Фонда сельской памяти «Истоки»."], [], [],
     "Russian closing sentence"),
    ("uk", "end", '<div class="widget project-partners"><p>Проєкт здійснено за фінансової підтримки Фонду сільської спадщини «Криниця».</p></div>',
     ["Проєкт здійснено за фінансової підтримки Фонду сільської спадщини «Криниця»."], [], [],
     "Ukrainian widget"),
    ("uk", "end", ("<h3>Фінансування</h3><p>Оцифрування фінансувала Громадська фундація «Пам'ять Полісся» (грант № ПП-2025-09).</p>"
     "<h3>Конфлікт інтересів</h3><p>Автори заявляють про відсутність конфлікту інтересів.</p>"),
     ["Оцифрування фінансувала Громадська фундація «Пам'ять Полісся» (грант № ПП-2025-09)."], [],
     ["Автори заявляють про відсутність конфлікту інтересів."],
     "Ukrainian heading with a conflict declaration kept"),
    ("bg", "end", "<p>Проектът е финансиран от Фондация „Селска памет“ по договор № СП-2025-17.</p>",
     ["Проектът е финансиран от Фондация „Селска памет“ по договор № СП-2025-17."], [], [],
     "Bulgarian closing sentence"),
    ("sr", "end", '<div class="okvir"><h4>О пројекту</h4><p>Пројекат је финансијски подржала Фондација Завичајни архив.</p></div>',
     ["Пројекат је финансијски подржала Фондација Завичајни архив."], [], [],
     "Serbian Cyrillic project box"),
    ("hr", "end", "<p><strong>Financiranje:</strong> Projekt je financiran sredstvima Zaklade Zavičajna baština.</p>",
     ["Projekt je financiran sredstvima Zaklade Zavičajna baština."], [], [],
     "Croatian run-in label"),
    ("lt", "end", "<p>Projektą finansavo Kaimo atminties fondas.</p>",
     ["Projektą finansavo Kaimo atminties fondas."], [], [],
     "Lithuanian closing sentence, active voice"),
    ("et", "end", '<div class="col-md-6 card"><h4>Toetaja</h4><p>Projekti rahastas Külamälu Sihtasutus.</p></div>',
     ["Projekti rahastas Külamälu Sihtasutus."], [], [],
     "Estonian column card"),
    ("ca", "end", "<p>Aquest projecte ha comptat amb el suport de la Fundació Memòria del Poble.</p>",
     ["Aquest projecte ha comptat amb el suport de la Fundació Memòria del Poble."], [], [],
     "Catalan closing sentence"),
    ("sw", "end", "<p>Mradi huu ulifadhiliwa na Mfuko wa Urithi wa Kijiji cha Mbuyuni.</p>",
     ["Mradi huu ulifadhiliwa na Mfuko wa Urithi wa Kijiji cha Mbuyuni."], [], [],
     "Swahili closing sentence"),
    ("en", "end", ("<h3>Ethics</h3><p>Oral histories were recorded with the written consent of every speaker.</p>"
     "<h3>Funding</h3><p>Recording of the oral histories was funded by the Wren Memorial Trust.</p>"),
     ["Recording of the oral histories was funded by the Wren Memorial Trust."], [],
     ["Oral histories were recorded with the written consent of every speaker."],
     "ethics declaration kept before a Funding heading"),
    ("fr", "end", ('<p>Les lettres de la famille Morel y occupent une place à part.<sup>*</sup></p>'
     '<p class="note"><small><sup>*</sup> Leur transcription a été financée par une bourse de la Société d\'histoire locale '
     "du Haut-Brenne.</small></p>"),
     ["Leur transcription a été financée par une bourse de la Société d'histoire locale du Haut-Brenne."], [], [],
     "French footnote below the text"),
    ("de", "end", ('<figure><img src="/bilder/schule.jpg" alt="Die alte Schule"><figcaption>Die alte Schule beherbergt '
     'heute das Archiv. <span class="bildnachweis">Foto: Lena Brück; das Projekt wird von der Kulturstiftung Weidenau gefördert.</span>'
     "</figcaption></figure>"),
     ["das Projekt wird von der Kulturstiftung Weidenau gefördert."], ["Die alte Schule beherbergt heute das Archiv."], [],
     "German photo credit line carrying the funder"),
    ("pl", "end", ('<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><p>Zadanie dofinansowano ze środków '
     "Gminy Starowola w ramach konkursu na projekty kulturalne.</p></div></div>"),
     ["Zadanie dofinansowano ze środków Gminy Starowola w ramach konkursu na projekty kulturalne."], [], [],
     "Polish page-builder text module, 'dofinansowano ze środków'"),
]

# (lang, place, html, note)
NEGATIVE = [
    ("en", "end", "<p>The county council has set aside £2.1 million for repairs to village halls next year.</p>",
     "public budget reported as news"),
    ("en", "end", "<p>The plan to open the archive room on Saturdays was supported by 14 votes to 3 at the parish meeting.</p>",
     "'supported' as a vote"),
    ("en", "mid", ('<figure><img src="/img/cup.jpg" alt="Players lift the cup"><figcaption>With the support of the fans, '
     "Tarrowby Rovers won the county cup in 1961.</figcaption></figure>"),
     "caption: support of the fans"),
    ("en", "after", ('<aside class="sidebar-ad"><span class="ad-label">Advertisement</span><p>Sponsored: store your family '
     "photos with Archivo Cloud, free for 30 days.</p></aside>"),
     "sidebar advert"),
    ("en", "end", ('<p>Councils now spend less on archives than a decade ago.<sup>1</sup></p><ol class="footnotes">'
     "<li>Northfold County Council, Funding for Local Archives: Annual Review 2025, table 4.</li></ol>"),
     "footnote citing a funding report as a source"),
    ("en", "after", '<div class="site-credits"><p>Archive portal powered by OpenLeaf Catalogue 4.2</p></div>',
     "'powered by' software credit"),
    ("en", "end", "<p>The online viewer is supported on current versions of Chrome, Firefox and Safari; older browsers are no longer supported.</p>",
     "supported browsers"),
    ("en", "after", block("elementor-widget elementor-widget-call-to-action", "<h4>Support local news</h4><p>Our reporting "
     "depends on you. Donate today from £3 a month.</p>"),
     "donate box in a page-builder widget"),
    ("en", "after", '<div class="reader-note"><p>The Tarrowby Herald is supported by its readers.</p></div>',
     "supported by readers"),
    ("en", "end", "<p>Thanks to everyone who came along to the open day on Saturday and brought tea and cake.</p>",
     "general thanks"),
    ("en", "end", "<p>The firm behind the scanning software, Lumino Scan, raised $4 million in a seed round led by Crestline Ventures.</p>",
     "investment round as news"),
    ("en", "end", "<p>Last month the neighbouring village of Ashby Wold received a £30,000 grant from the Morrow Fund to restore its church clock.</p>",
     "grant to someone else as news"),
    ("en", "end", "<p>The story that the chapel burned down in 1840 is not supported by the evidence in the registers.</p>",
     "'supported by the evidence'"),
    ("en", "end", "<p>A crowdfunding campaign to buy a second scanner raised £6,400 from 210 backers in three weeks.</p>",
     "crowdfunding news"),
    ("en", "after", ('<div class="donor-wall"><h3>Friends of the Herald</h3><ul><li>J. Pell</li><li>R. Amos</li>'
     "<li>The Carver family</li><li>S. Okafor</li></ul></div>"),
     "donor wall of the newspaper"),
    ("en", "after", '<div class="sponsor-strip"><p>Supported by</p><img src="/logos/1.png" alt=""><img src="/logos/2.png" alt=""></div>',
     "support line that names no supporter"),
    ("en", "end", "<p>Kellan Motors, the shirt sponsor of Tarrowby Rovers, has extended its deal for two more seasons.</p>",
     "sport sponsorship"),
    ("en", "end", ('<table class="project-facts"><tr><th>Budget</th><td>£48,000 over two years</td></tr>'
     "<tr><th>Supported formats</th><td>TIFF, JPEG and PDF</td></tr></table>"),
     "facts table with a budget and supported formats, no funder"),
    ("en", "end", ('<dl class="contact"><dt>Support</dt><dd>Email the volunteer desk, open on Tuesdays.</dd>'
     "<dt>Opening hours</dt><dd>Saturday 10:00 to 13:00</dd></dl>"),
     "definition list: Support as a help desk"),
    ("en", "mid", ('<aside class="about-project card"><h3>About this project</h3><p>Tarrowby Archive Online is run entirely by '
     "volunteers and welcomes new helpers of any age.</p></aside>"),
     "'About this project' box with no funder"),
    ("en", "end", "<p>The volunteers say they could not have finished without the support of their families.</p>",
     "support as a common noun, no funder of the work"),
    ("de", "mid", ('<figure><img src="/bilder/pokal.jpg" alt="Pokal"><figcaption>Mit Unterstützung der Fans gewann der SV Tarrowby '
     "1961 das Pokalfinale.</figcaption></figure>"),
     "German caption: Unterstützung der Fans"),
    ("de", "end", "<p>Der Gemeinderat unterstützte den Antrag auf längere Öffnungszeiten einstimmig.</p>",
     "German vote"),
    ("de", "end", "<p>Die Ehrenamtlichen suchen weiterhin Unterstützung beim Beschriften der Fotos.</p>",
     "German Unterstützung as help sought"),
    ("de", "after", '<div class="spendenbox"><p>Unterstützen Sie unabhängigen Lokaljournalismus – jetzt spenden!</p></div>',
     "German donate box"),
    ("fr", "end", "<p>Le conseil municipal a voté une subvention de 12 000 euros pour l'école de musique.</p>",
     "French subsidy to someone else as news"),
    ("fr", "after", '<div class="merci"><p>Merci à tous nos lecteurs pour leur fidélité.</p></div>',
     "French thanks to readers"),
    ("es", "mid", ('<figure><img src="/img/liga.jpg" alt="Equipo"><figcaption>Con el apoyo de la afición, el equipo local '
     "ganó la liga en 1978.</figcaption></figure>"),
     "Spanish caption: apoyo de la afición"),
    ("es", "end", "<p>El visor es compatible con Android 10 o superior e iOS 16; las versiones anteriores no tienen soporte.</p>",
     "Spanish supported versions"),
    ("it", "after", '<div class="box-abbonati widget"><p>Sostieni il giornalismo locale: abbonati da 1 euro al mese.</p></div>',
     "Italian subscribe box"),
    ("it", "end", "<p>Con il sostegno del pubblico, il coro del paese ha riempito la chiesa per il concerto di presentazione.</p>",
     "Italian sostegno del pubblico"),
    ("pt", "end", "<p>A empresa ArquivoVivo captou 3 milhões de euros numa ronda de investimento liderada pela Atlântica Capital.</p>",
     "Portuguese investment round"),
    ("nl", "end", "<p>De gemeente trekt 250.000 euro uit voor de renovatie van het dorpshuis.</p>",
     "Dutch municipal budget"),
    ("pl", "end", "<p>Radni poparli wniosek o dłuższe godziny otwarcia stosunkiem głosów 11 do 2.</p>",
     "Polish vote"),
    ("pl", "after", '<div class="wesprzyj"><p>Wesprzyj nas – przekaż darowiznę na niezależne dziennikarstwo lokalne.</p></div>',
     "Polish donate box"),
    ("sv", "end", "<p>Regeringen har beviljat 40 miljoner kronor till landets länsmuseer.</p>",
     "Swedish government money as news"),
    ("da", "end", "<p>Byrådet støttede forslaget med 15 stemmer mod 4.</p>",
     "Danish vote"),
    ("fi", "end", "<p>Selainsovellus tukee Android- ja iOS-laitteita.</p>",
     "Finnish supported devices"),
    ("hu", "mid", ('<figure><img src="/kep/kupa.jpg" alt="Kupa"><figcaption>A szurkolók támogatásával a helyi csapat 1961-ben '
     "bajnok lett.</figcaption></figure>"),
     "Hungarian caption: támogatás of fans"),
    ("cs", "end", "<p>Sbírka na nový skener vybrala za tři týdny 180 000 korun od více než dvou set dárců.</p>",
     "Czech crowdfunding news"),
    ("sk", "after", '<div class="footer-credits"><p>Poháňané systémom OpenLeaf</p></div>',
     "Slovak 'powered by'"),
    ("ro", "after", '<div class="multumiri"><p>Mulțumim tuturor cititorilor noștri pentru sprijin.</p></div>',
     "Romanian thanks to readers for support"),
    ("el", "end", "<p>Η κυβέρνηση ανακοίνωσε χρηματοδότηση 5 εκατ. ευρώ για τα δημοτικά αρχεία όλης της χώρας.</p>",
     "Greek public money as news"),
    ("tr", "end", "<p>Görüntüleyici uygulama Windows 10 ve üzeri sürümleri destekler.</p>",
     "Turkish supported versions"),
    ("ar", "after", '<div class="donate-box"><p>ادعم الصحافة المحلية المستقلة: تبرع الآن.</p></div>',
     "Arabic donate box"),
    ("he", "end", "<p>הטענה שהכנסייה נשרפה ב-1840 אינה נתמכת בראיות שבפנקסים.</p>",
     "Hebrew 'not supported by the evidence'"),
    ("hi", "end", "<p>ग्राम पंचायत ने अभिलेखागार को शनिवार को खोलने के प्रस्ताव का समर्थन किया।</p>",
     "Hindi council supports a proposal"),
    ("id", "end", "<p>Klub sepak bola desa mendapat sponsor baru dari sebuah produsen minuman untuk musim depan.</p>",
     "Indonesian sport sponsorship"),
    ("ms", "end", "<p>Kerajaan negeri memperuntukkan RM2 juta untuk membaiki dewan orang ramai di seluruh daerah.</p>",
     "Malay state budget"),
    ("vi", "after", '<div class="cam-on"><p>Cảm ơn bạn đọc đã luôn đồng hành và ủng hộ chúng tôi.</p></div>',
     "Vietnamese thanks to readers"),
    ("th", "end", "<p>แอปพลิเคชันสำหรับดูเอกสารรองรับ iOS 15 ขึ้นไป</p>",
     "Thai supported versions"),
    ("ja", "mid", '<figure><img src="/img/team.jpg" alt="優勝"><figcaption>ファンの声援に支えられ、村のチームが1961年に優勝した。</figcaption></figure>',
     "Japanese caption: supported by fans' cheers"),
    ("zh", "end", "<p>开发扫描软件的初创公司近日完成了5000万元A轮融资。</p>",
     "Chinese investment round"),
    ("ko", "after", '<div class="site-footer-credit"><p>이 웹사이트는 OpenLeaf로 구동됩니다.</p></div>',
     "Korean 'powered by'"),
    ("ru", "end", "<p>Жители собрали через краудфандинг 300 тысяч рублей на второй сканер.</p>",
     "Russian crowdfunding news"),
    ("uk", "end", "<p>Депутати сільради підтримали рішення про продовження годин роботи архіву більшістю голосів.</p>",
     "Ukrainian vote"),
    ("bg", "mid", '<figure><img src="/snimki/kupa.jpg" alt="Купа"><figcaption>С подкрепата на феновете отборът на селото спечели купата през 1961 г.</figcaption></figure>',
     "Bulgarian caption: support of the fans"),
    ("hr", "end", "<p>Aplikacija za pregled dokumenata podržava Android 11 i novije verzije.</p>",
     "Croatian supported versions"),
    ("sr", "end", "<p>Општина је издвојила два милиона динара за обнову дома културе.</p>",
     "Serbian municipal budget"),
    ("lt", "after", '<div class="padeka"><p>Ačiū visiems skaitytojams, kurie remia mūsų laikraštį.</p></div>',
     "Lithuanian thanks to readers who support the paper"),
    ("et", "end", "<p>Kogukonna rahakogumine tõi teise skanneri ostmiseks kokku 8000 eurot.</p>",
     "Estonian crowdfunding news"),
    ("ca", "mid", ('<figure><img src="/img/copa.jpg" alt="Copa"><figcaption>Amb el suport de l\'afició, el club del poble va '
     "guanyar la copa el 1961.</figcaption></figure>"),
     "Catalan caption: suport de l'afició"),
    ("sw", "end", "<p>Serikali imetenga shilingi milioni 50 kwa ukarabati wa maktaba za wilaya.</p>",
     "Swahili government budget"),
    ("sk", "end", "<p>Dobrovoľníci by projekt nedokončili bez podpory svojich rodín.</p>",
     "Slovak support of families, no funder"),
    ("de", "after", '<div class="sponsoren-leiste"><p>Mit freundlicher Unterstützung</p><img src="/logos/a.png" alt=""></div>',
     "German sponsor line naming no supporter"),
]


def page(lang: str, place: str, html: str) -> str:
    return story_page(lang, TITLE[lang], STORY[lang], place, html, section="Local", site="Tarrowby Herald")


def page_text(html: str) -> str:
    """The page's visible words, tags dropped and spaces folded, for checking the labels."""
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def check(built: dict[str, tuple[str, dict]]) -> None:
    """Every labelled sentence must stand on its page exactly as listed."""
    for page_id, (html, label) in built.items():
        text = page_text(html)
        for sentence in label["funding"] + label.get("not_funding", []) + label["must_keep_in_body"]:
            if " ".join(sentence.split()) not in text:
                raise SystemExit(f"{page_id}: not on the page: {sentence}")


if __name__ == "__main__":
    cases = story_cases("r56_", REAL, NEGATIVE, page)
    check(cases)
    write_corpus(HERE, cases)
    langs = {label["lang"] for _, label in cases.values()}
    print(f"{len(cases)} pages, {sum(len(label['funding']) for _, label in cases.values())} statements, "
          f"{len(NEGATIVE)} negatives, {len(langs)} languages")
