"""Builds held-out funding round 86 (pages.tar.xz and labels.json) from the cases below.

Every text here is invented: the mill, the town, funders, donors, grant numbers and people do not
exist. Written by a helper from the definition of `funding` alone, without reading the detector's
code or the earlier rounds' cases: the restoration of an old tidal mill in the invented town of
Kelmouth, in 42 languages. Over half the pages are shaped like sites outside newsrooms (page-builder
widgets, journal back matter, documentation, forum, blog, product, pricing, job, crowdfunding,
festival, project, thesis and newsletter pages). New shapes: funders who are individual donors or
family trusts, first-person statements on a personal research blog, in-kind support and equipment
loans, a <details> "Disclosures" block beside a conflict-of-interest line the body must keep, a
crowdfunding page that does or does not say the backers funded the work; negatives with a funding
word in quoted speech, a funded PhD advert, sponsor tiers and supported plans on a price page.

usage: python benchmarks/funding-round86/make_pages.py   (rewrites the two files beside it)
"""

from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/: the corpus writer

from probe_corpus import story_cases, story_page, write_corpus

# Convention: for run-in labels / headings ("Funding:", "Finanzierung", <dt>Funded by</dt>) the
# statement listed is the text after the label, without the label; footnote markers are not part of
# it. Where thanks and a grant share a paragraph only the grant sentence is listed. A statement that
# continues over two sentences is listed as two statements.

STORY = {
    "en": ["Volunteers have restored the wheel of the old tidal mill at Kelmouth, which last turned in 1931.",
           "The mill now grinds flour for two hours on each ebb tide and opens to visitors at weekends."],
    "de": ["Freiwillige haben das Rad der alten Gezeitenmühle von Kelmouth restauriert, das sich zuletzt 1931 drehte.",
           "Die Mühle mahlt nun bei jeder Ebbe zwei Stunden lang Mehl und ist am Wochenende für Besucher geöffnet."],
    "fr": ["Des bénévoles ont restauré la roue de l'ancien moulin à marée de Kelmouth, immobile depuis 1931.",
           "Le moulin moud de nouveau de la farine deux heures à chaque marée descendante et ouvre aux visiteurs le week-end."],
    "es": ["Un grupo de voluntarios ha restaurado la rueda del antiguo molino de marea de Kelmouth, que giró por última vez en 1931.",
           "El molino vuelve a moler harina durante dos horas en cada bajamar y abre a los visitantes los fines de semana."],
    "it": ["Un gruppo di volontari ha restaurato la ruota del vecchio mulino a marea di Kelmouth, ferma dal 1931.",
           "Il mulino macina di nuovo farina per due ore a ogni bassa marea e apre ai visitatori nel fine settimana."],
    "pt": ["Voluntários restauraram a roda do antigo moinho de maré de Kelmouth, parada desde 1931.",
           "O moinho volta a moer farinha durante duas horas em cada vazante e abre ao público aos fins de semana."],
    "nl": ["Vrijwilligers hebben het rad van de oude getijdenmolen van Kelmouth hersteld, dat sinds 1931 stilstond.",
           "De molen maalt nu bij elke eb twee uur lang meel en is in het weekend open voor bezoekers."],
    "pl": ["Wolontariusze odnowili koło starego młyna pływowego w Kelmouth, które ostatni raz obracało się w 1931 roku.",
           "Młyn znów miele mąkę przez dwie godziny podczas każdego odpływu i w weekendy jest otwarty dla zwiedzających."],
    "sv": ["Frivilliga har restaurerat hjulet i den gamla tidvattenkvarnen i Kelmouth, som senast snurrade 1931.",
           "Kvarnen mal nu mjöl i två timmar vid varje ebb och är öppen för besökare på helgerna."],
    "da": ["Frivillige har restaureret hjulet i den gamle tidevandsmølle i Kelmouth, som sidst drejede rundt i 1931.",
           "Møllen maler nu mel i to timer ved hver ebbe og har åbent for besøgende i weekenden."],
    "nb": ["Frivillige har restaurert hjulet i den gamle tidevannsmølla i Kelmouth, som sist gikk rundt i 1931.",
           "Mølla maler nå mel i to timer ved hver fjære og er åpen for besøkende i helgene."],
    "fi": ["Vapaaehtoiset ovat kunnostaneet Kelmouthin vanhan vuorovesimyllyn rattaan, joka pyöri viimeksi vuonna 1931.",
           "Mylly jauhaa nyt jauhoja kaksi tuntia jokaisen laskuveden aikana ja on avoinna kävijöille viikonloppuisin."],
    "et": ["Vabatahtlikud on taastanud Kelmouthi vana tõusuveski ratta, mis viimati pöörles 1931. aastal.",
           "Veski jahvatab nüüd igal mõõnal kaks tundi jahu ja on nädalavahetustel külastajatele avatud."],
    "lv": ["Brīvprātīgie ir atjaunojuši Kelmutas veco paisuma dzirnavu ratu, kas pēdējo reizi griezās 1931. gadā.",
           "Dzirnavas tagad katra bēguma laikā divas stundas maļ miltus un nedēļas nogalēs ir atvērtas apmeklētājiem."],
    "lt": ["Savanoriai atkūrė seno Kelmuto potvynių malūno ratą, kuris paskutinį kartą sukosi 1931 metais.",
           "Malūnas dabar per kiekvieną atoslūgį dvi valandas mala miltus ir savaitgaliais atviras lankytojams."],
    "cs": ["Dobrovolníci obnovili kolo starého přílivového mlýna v Kelmouthu, které se naposledy otáčelo v roce 1931.",
           "Mlýn nyní při každém odlivu dvě hodiny mele mouku a o víkendech je otevřen návštěvníkům."],
    "sk": ["Dobrovoľníci obnovili koleso starého prílivového mlyna v Kelmouthe, ktoré sa naposledy točilo v roku 1931.",
           "Mlyn teraz pri každom odlive dve hodiny melie múku a cez víkendy je otvorený pre návštevníkov."],
    "sl": ["Prostovoljci so obnovili kolo starega plimskega mlina v Kelmouthu, ki se je nazadnje vrtelo leta 1931.",
           "Mlin zdaj ob vsaki oseki dve uri melje moko in je ob koncih tedna odprt za obiskovalce."],
    "hr": ["Volonteri su obnovili kolo starog mlina na plimu u Kelmouthu, koje se posljednji put okretalo 1931.",
           "Mlin sada za svake oseke dva sata melje brašno i vikendom je otvoren za posjetitelje."],
    "sr": ["Волонтери су обновили точак старе воденице на плиму у Келмауту, који се последњи пут окретао 1931.",
           "Воденица сада при свакој осеци два сата меље брашно и викендом је отворена за посетиоце."],
    "hu": ["Önkéntesek felújították a kelmouthi régi árapálymalom kerekét, amely utoljára 1931-ben forgott.",
           "A malom most minden apálykor két órán át őröl lisztet, és hétvégén látogatható."],
    "ro": ["Voluntarii au restaurat roata vechii mori de maree din Kelmouth, care s-a învârtit ultima dată în 1931.",
           "Moara macină acum făină timp de două ore la fiecare reflux și este deschisă vizitatorilor în weekend."],
    "bg": ["Доброволци възстановиха колелото на старата приливна мелница в Келмаут, което за последно се е въртяло през 1931 г.",
           "Мелницата отново меле брашно по два часа при всеки отлив и е отворена за посетители през уикенда."],
    "uk": ["Волонтери відновили колесо старого припливного млина в Келмауті, яке востаннє оберталося 1931 року.",
           "Тепер млин під час кожного відпливу дві години меле борошно, а у вихідні відкритий для відвідувачів."],
    "ru": ["Волонтёры восстановили колесо старой приливной мельницы в Келмауте, которое в последний раз вращалось в 1931 году.",
           "Теперь мельница при каждом отливе два часа мелет муку и по выходным открыта для посетителей."],
    "el": ["Εθελοντές αποκατέστησαν τον τροχό του παλιού παλιρροιακού μύλου του Κέλμαουθ, που γύρισε τελευταία φορά το 1931.",
           "Ο μύλος αλέθει ξανά αλεύρι για δύο ώρες σε κάθε άμπωτη και είναι ανοιχτός για επισκέπτες τα Σαββατοκύριακα."],
    "tr": ["Gönüllüler, en son 1931'de dönen Kelmouth'taki eski gelgit değirmeninin çarkını onardı.",
           "Değirmen artık her cezirde iki saat un öğütüyor ve hafta sonları ziyaretçilere açık."],
    "ar": ["رمّم متطوعون عجلة طاحونة المد القديمة في كيلماوث التي دارت آخر مرة عام 1931.",
           "وتطحن الطاحونة الآن الدقيق لمدة ساعتين في كل جزر وتفتح أبوابها للزوار في عطلات نهاية الأسبوع."],
    "he": ["מתנדבים שיקמו את הגלגל של טחנת הגאות הישנה בקלמאות', שהסתובב לאחרונה ב-1931.",
           "הטחנה טוחנת כעת קמח במשך שעתיים בכל שפל ופתוחה למבקרים בסופי שבוע."],
    "fa": ["داوطلبان چرخ آسیاب جزر و مدی قدیمی کلماوث را که آخرین بار در سال ۱۹۳۱ چرخیده بود بازسازی کردند.",
           "این آسیاب اکنون در هر جزر دو ساعت آرد می‌کند و آخر هفته‌ها به روی بازدیدکنندگان باز است."],
    "ur": ["رضاکاروں نے کیلماؤتھ کی پرانی مدوجزر چکی کا پہیہ بحال کر دیا ہے جو آخری بار 1931 میں گھوما تھا۔",
           "چکی اب ہر جزر کے دوران دو گھنٹے آٹا پیستی ہے اور ہفتے کے آخر میں زائرین کے لیے کھلی رہتی ہے۔"],
    "hi": ["स्वयंसेवकों ने केलमाउथ की पुरानी ज्वारीय चक्की का पहिया फिर से ठीक कर दिया है, जो आख़िरी बार 1931 में घूमा था।",
           "चक्की अब हर भाटे के समय दो घंटे आटा पीसती है और सप्ताहांत में आगंतुकों के लिए खुली रहती है।"],
    "bn": ["স্বেচ্ছাসেবকেরা কেলমাউথের পুরোনো জোয়ার-কলের চাকাটি সংস্কার করেছেন, যা শেষবার ১৯৩১ সালে ঘুরেছিল।",
           "কলটি এখন প্রতিটি ভাটায় দুই ঘণ্টা আটা পেষে এবং সপ্তাহান্তে দর্শনার্থীদের জন্য খোলা থাকে।"],
    "th": ["อาสาสมัครได้บูรณะกังหันของโรงสีพลังน้ำขึ้นน้ำลงเก่าแก่ในเคลเมาท์ ซึ่งหมุนครั้งสุดท้ายเมื่อปี 1931",
           "ปัจจุบันโรงสีบดแป้งได้สองชั่วโมงในช่วงน้ำลงแต่ละครั้ง และเปิดให้ผู้เข้าชมในวันหยุดสุดสัปดาห์"],
    "vi": ["Các tình nguyện viên đã phục hồi bánh xe của cối xay thủy triều cũ ở Kelmouth, lần cuối quay vào năm 1931.",
           "Cối xay nay xay bột hai giờ mỗi lần triều rút và mở cửa đón khách vào cuối tuần."],
    "id": ["Para relawan memulihkan roda kincir pasang surut tua di Kelmouth yang terakhir berputar pada 1931.",
           "Kincir itu kini menggiling tepung selama dua jam setiap air surut dan dibuka untuk pengunjung pada akhir pekan."],
    "ms": ["Sukarelawan telah membaik pulih roda kilang pasang surut lama di Kelmouth yang kali terakhir berputar pada tahun 1931.",
           "Kilang itu kini mengisar tepung selama dua jam pada setiap air surut dan dibuka kepada pengunjung pada hujung minggu."],
    "tl": ["Inayos ng mga boluntaryo ang gulong ng lumang gilingang pinapatakbo ng tubig-dagat sa Kelmouth, na huling umikot noong 1931.",
           "Gumigiling na ngayon ng harina ang gilingan nang dalawang oras sa bawat pagkati ng tubig at bukas ito sa mga bisita tuwing Sabado at Linggo."],
    "sw": ["Wajitolea wamekarabati gurudumu la kinu cha zamani cha maji ya bahari huko Kelmouth, ambalo lilizunguka mara ya mwisho mwaka 1931.",
           "Kinu hicho sasa husaga unga kwa saa mbili kila maji yanapokupwa na hufunguliwa kwa wageni mwishoni mwa wiki."],
    "ja": ["ケルマスの古い潮汐水車の羽根車を、ボランティアが修復した。最後に回ったのは1931年だった。",
           "水車は今、引き潮のたびに2時間小麦粉をひき、週末には見学者に公開されている。"],
    "zh": ["志愿者修复了凯尔茅斯旧潮汐磨坊的水轮，它最后一次转动是在1931年。",
           "如今磨坊在每次退潮时磨面两个小时，周末向游客开放。"],
    "ko": ["자원봉사자들이 1931년에 마지막으로 돌았던 켈머스의 옛 조력 방앗간 물레바퀴를 복원했다.",
           "방앗간은 이제 썰물 때마다 두 시간씩 밀가루를 빻고 주말에는 방문객에게 개방된다."],
    "ca": ["Uns voluntaris han restaurat la roda de l'antic molí de marea de Kelmouth, que va girar per última vegada el 1931.",
           "El molí torna a moldre farina dues hores a cada baixamar i obre als visitants els caps de setmana."],
}

TITLE = {
    "en": "The tidal mill turns again", "de": "Die Gezeitenmühle dreht sich wieder", "fr": "Le moulin à marée tourne à nouveau",
    "es": "El molino de marea vuelve a girar", "it": "Il mulino a marea torna a girare", "pt": "O moinho de maré volta a girar",
    "nl": "De getijdenmolen draait weer", "pl": "Młyn pływowy znów się kręci", "sv": "Tidvattenkvarnen snurrar igen",
    "da": "Tidevandsmøllen drejer igen", "nb": "Tidevannsmølla går igjen", "fi": "Vuorovesimylly pyörii taas",
    "et": "Tõusuveski pöörleb jälle", "lv": "Paisuma dzirnavas atkal griežas", "lt": "Potvynių malūnas vėl sukasi",
    "cs": "Přílivový mlýn se opět točí", "sk": "Prílivový mlyn sa opäť točí", "sl": "Plimski mlin se spet vrti",
    "hr": "Mlin na plimu ponovno se okreće", "sr": "Воденица на плиму поново се окреће", "hu": "Újra forog az árapálymalom",
    "ro": "Moara de maree se învârte din nou", "bg": "Приливната мелница отново се върти", "uk": "Припливний млин знову обертається",
    "ru": "Приливная мельница снова вращается", "el": "Ο παλιρροιακός μύλος γυρίζει ξανά", "tr": "Gelgit değirmeni yeniden dönüyor",
    "ar": "طاحونة المد تدور من جديد", "he": "טחנת הגאות מסתובבת שוב", "fa": "آسیاب جزر و مدی دوباره می‌چرخد",
    "ur": "مدوجزر چکی پھر سے چل پڑی", "hi": "ज्वारीय चक्की फिर से चल पड़ी", "bn": "জোয়ার-কল আবার ঘুরছে",
    "th": "โรงสีน้ำขึ้นน้ำลงกลับมาหมุนอีกครั้ง", "vi": "Cối xay thủy triều quay trở lại", "id": "Kincir pasang surut berputar lagi",
    "ms": "Kilang pasang surut berputar semula", "tl": "Umiikot muli ang gilingan", "sw": "Kinu cha maji ya bahari chazunguka tena",
    "ja": "潮汐水車、再び回る", "zh": "潮汐磨坊再次转动", "ko": "조력 방앗간, 다시 돌다", "ca": "El molí de marea torna a girar",
}

SITE_PLACES = {"wp", "journal", "docs", "forum", "blog", "product", "pricing", "jobs", "crowd", "event", "project",
               "thesis", "newsletter", "eu", "museum", "podcast", "ngo", "preprint"}


def page(lang: str, place: str, html: str) -> str:
    """A news page (story_page) for the places "own", "mid", "end", "after"; otherwise a site page
    of that kind whose main holds `html`, with {S} standing for the report's paragraphs."""
    story = STORY[lang]
    if place not in SITE_PLACES:
        return story_page(lang, TITLE[lang], story, place, html, section="Kelmouth", site="Kelmouth Herald")
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story)
    direction = ' dir="rtl"' if lang in {"ar", "he", "fa", "ur"} else ""
    return (f'<!doctype html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{TITLE[lang]}</title></head>'
            f'<body class="{place}-page"><header class="site-header"><a class="site-logo" href="/">Kelmouth Tide Mill</a>'
            f'<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/visit">Visit</a></li>'
            f'<li><a href="/about">About</a></li></ul></nav></header>\n<main id="content">\n'
            + html.replace("{S}", paragraphs).replace("{T}", TITLE[lang])
            + '\n</main><footer class="site-footer"><p>© 2026 Kelmouth Tide Mill</p></footer></body></html>')


def article(inner: str, cls: str = "entry-content") -> str:
    return f'<article class="post"><h1 class="entry-title">{{T}}</h1><div class="{cls}">{{S}}\n{inner}</div></article>'


REAL = [
    # --- English, news and sites ---
    ("en", "end", "<p>The restoration was funded by the Ostrander Family Trust.</p>",
     ["The restoration was funded by the Ostrander Family Trust."], [], [], "family trust, closing sentence"),
    ("en", "blog", article('<p>I spent most of the winter reading the mill\'s tide books. My work on this is funded by a small fellowship from the Pellham Coastal Heritage Fund. Next month I will post the first tide tables.</p>'),
     ["My work on this is funded by a small fellowship from the Pellham Coastal Heritage Fund."],
     ["Next month I will post the first tide tables."], [], "personal research blog, first person, mid paragraph"),
    ("en", "blog", article('<h2>A note on money</h2><p>We are two hobby historians with day jobs. Our research on the mill ledgers is funded by a private donation from Dr Imogen Sayle, who grew up beside the millpond.</p>'),
     ["Our research on the mill ledgers is funded by a private donation from Dr Imogen Sayle, who grew up beside the millpond."],
     ["We are two hobby historians with day jobs."], [], "first person plural, individual donor"),
    ("en", "journal", ('<article class="research-article"><h1>{T}: wheel-load measurements over one tidal year</h1><section class="abstract"><h2>Abstract</h2>{S}</section>'
     '<section id="contrib"><h2>Author contributions</h2><p>R.H. designed the sensors; P.O. analysed the data.</p></section>'
     '<section id="funding"><h2>Funding</h2><p>This study was funded by the Halvering Foundation (grant HF-2291-07).</p></section>'
     '<section id="coi"><h2>Conflict of interest</h2><p>The authors declare no competing interests.</p></section>'
     '<section id="refs"><h2>References</h2><ol><li>Orme, P. Tide mills of the north coast. 1988.</li></ol></section></article>'),
     ["This study was funded by the Halvering Foundation (grant HF-2291-07)."], [],
     ["The authors declare no competing interests."], "journal back matter between contributions and conflict"),
    ("en", "end", ('<details class="disclosures"><summary>Disclosures</summary><p>Funding: The sensor loan and survey work were supported by the Marrowgate Trust (award MT-0458).</p>'
     '<p>Competing interests: A. Rusk is an unpaid trustee of the Kelmouth Mill Society.</p></details>'),
     ["The sensor loan and survey work were supported by the Marrowgate Trust (award MT-0458)."], [],
     ["A. Rusk is an unpaid trustee of the Kelmouth Mill Society."], "details Disclosures with conflict line kept"),
    ("en", "end", "<p>The project received in-kind support from Brenlow Timber, which donated the oak for the new paddles.</p>",
     ["The project received in-kind support from Brenlow Timber, which donated the oak for the new paddles."], [], [], "in-kind support"),
    ("en", "wp", article('<div class="elementor-column elementor-col-33"><div class="elementor-widget-text-editor"><p>The tide gauges used in the survey were loaned free of charge by the Estuary Survey Office.</p></div></div>'),
     ["The tide gauges used in the survey were loaned free of charge by the Estuary Survey Office."], [], [], "equipment loan in a widget column"),
    ("en", "crowd", '<section class="campaign"><h1>{T}</h1>{S}<div class="campaign-update"><h2>We did it!</h2><p>Thank you, all 412 backers. The new sluice gate was funded entirely by the backers of this campaign.</p><p>Rewards will ship in May.</p></div></section>',
     ["The new sluice gate was funded entirely by the backers of this campaign."],
     ["Thank you, all 412 backers.", "Rewards will ship in May."], [], "crowdfunding page saying the backers funded it"),
    ("en", "podcast", '<section class="episode"><h1>Episode 14: {T}</h1>{S}<div class="ad-banner">Ad: Kelmouth Bakery, fresh bread daily</div><p class="episode-sponsor">This episode is sponsored by the Dunmere Millers\' Guild.</p></section>',
     ["This episode is sponsored by the Dunmere Millers' Guild."], ["Ad: Kelmouth Bakery, fresh bread daily"], [], "podcast episode sponsor beside an ad banner"),
    ("en", "eu", article('<div class="eu-notice"><img src="/img/eu-flag.png" alt="Co-funded by the European Union"><p>This project has received funding from the European Union\'s Horizon Europe research and innovation programme under grant agreement No 101190467.</p></div>'),
     ["This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101190467."], [], [], "EU notice under a flag image"),
    ("en", "docs", ('<div class="doc"><h1>tidekit</h1><p>tidekit predicts when a tide mill can run from harbour tide tables.</p><p>tidekit supports Python 3.11 and later.</p>'
     '<h2>Acknowledgements</h2><p>Development of this library is supported by the Tessaly Open Tools Fund.</p></div>'),
     ["Development of this library is supported by the Tessaly Open Tools Fund."], ["tidekit supports Python 3.11 and later."], [], "software documentation"),
    ("en", "event", ('<section class="festival"><h1>Mill Day 2026</h1>{S}<div class="supporters"><h2>Supported by</h2><p>Mill Day is supported by Kelmouth Town Council and the Arden Coast Arts Fund.</p></div>'
     '<div class="partners"><h2>Partners</h2><p>Kelmouth Sailing Club, Estholm University</p><h2>Media partners</h2><p>Radio Kelmouth</p></div></section>'),
     ["Mill Day is supported by Kelmouth Town Council and the Arden Coast Arts Fund."], ["Kelmouth Sailing Club, Estholm University"], [], "festival: supported by vs partners"),
    ("en", "thesis", ('<div class="thesis"><h1>Tide, wheel and grain: the Kelmouth mill, 1790-1931</h1><p>A thesis submitted for the degree of Doctor of Philosophy.</p><h2>Acknowledgements</h2>'
     '<p>I thank my supervisor, Professor Hal Wren, for his patience. This doctoral research was funded by a Corwen Scholarship from the University of Estholm. My family deserve more thanks than I can give.</p></div>'),
     ["This doctoral research was funded by a Corwen Scholarship from the University of Estholm."], ["I thank my supervisor, Professor Hal Wren, for his patience."], [], "thesis acknowledgements naming a scholarship"),
    ("en", "newsletter", '<div class="newsletter"><h1>Millrace Notes, issue 9</h1>{S}<p class="small">This newsletter is made possible by a grant from the Fenwright Family Foundation.</p><p><a href="/unsubscribe">Unsubscribe</a></p></div>',
     ["This newsletter is made possible by a grant from the Fenwright Family Foundation."], [], [], "newsletter made possible by"),
    ("en", "project", '<section class="project"><h1>{T}</h1>{S}<table class="facts"><tr><th>Start</th><td>March 2025</td></tr><tr><th>Funding</th><td>Ostley Heritage Foundation, grant OHF-0771</td></tr><tr><th>Lead</th><td>Kelmouth Mill Society</td></tr></table></section>',
     ["Ostley Heritage Foundation, grant OHF-0771"], ["Kelmouth Mill Society"], [], "table of project facts"),
    ("en", "mid", '<figure><img src="wheel.jpg" alt="The restored wheel at low tide"><figcaption>The restored wheel at low tide. Photo: Lena Marsh. The survey is funded by the Cobbold Estuary Fund.</figcaption></figure>',
     ["The survey is funded by the Cobbold Estuary Fund."], ["Photo: Lena Marsh."], [], "photo credit line with a funding sentence"),
    ("en", "end", '<p class="credit">THIS RESTORATION WAS FUNDED BY THE HARTLEY MILLS TRUST.</p>',
     ["THIS RESTORATION WAS FUNDED BY THE HARTLEY MILLS TRUST."], [], [], "capitals"),
    ("en", "end", "<p>This work was funded by the Quenby Foundation. Additional support came from the Kelmouth Civic Society.</p>",
     ["This work was funded by the Quenby Foundation.", "Additional support came from the Kelmouth Civic Society."], [], [], "statement over two sentences"),
    ("en", "end", "<p>The wheel-load study was funded by the Estholm Research Council (grant ERC-T 4471).</p><p>The opening weekend was sponsored by Corrigan &amp; Vale Engineers.</p>",
     ["The wheel-load study was funded by the Estholm Research Council (grant ERC-T 4471).", "The opening weekend was sponsored by Corrigan & Vale Engineers."], [], [], "two statements: study grant and event sponsor"),
    ("en", "own", ('<p>The wheel was lifted back into its pit in April.<sup><a href="#fn1">1</a></sup> Visitors can watch it turn on Saturday mornings.</p>'
     '<ol class="footnotes"><li id="fn1">The restoration was supported by the Aldwick Foundation under grant AF-2025-19.</li></ol>'),
     ["The restoration was supported by the Aldwick Foundation under grant AF-2025-19."], [], [], "footnote marker's target"),
    ("en", "own", "<p>Volunteers replaced forty paddles and rebuilt the sluice. The work was paid for by a bequest from the late Margaret Tull, whose father was the last miller.</p><p>The mill opens at weekends.</p>",
     ["The work was paid for by a bequest from the late Margaret Tull, whose father was the last miller."], [], [], "individual donor's bequest, last sentence of a paragraph"),
    ("en", "project", '<section class="project"><h1>{T}</h1><p class="sponsor-line">Supported by the Greywell Charitable Trust</p>{S}</section>',
     ["Supported by the Greywell Charitable Trust"], [], [], "sponsor line above the body"),
    ("en", "end", "<p>Funding:</p><ul><li>Ostrander Family Trust, award OFT-12</li><li>Kelmouth Borough Council, grant KBC/26/004</li></ul>",
     ["Ostrander Family Trust, award OFT-12", "Kelmouth Borough Council, grant KBC/26/004"], [], [], "label followed by a list"),
    ("en", "end", "<h3>About the Kelmouth Mill Society</h3><p>The Society is a volunteer charity founded in 1974. Its restoration programme is funded by the Wrenfield Heritage Lottery Fund.</p>",
     ["Its restoration programme is funded by the Wrenfield Heritage Lottery Fund."], ["The Society is a volunteer charity founded in 1974."], [], "press release About boilerplate"),
    ("en", "end", "<p><em>This reporting was supported by a grant from the Ambry Journalism Fund.</em></p>",
     ["This reporting was supported by a grant from the Ambry Journalism Fund."], [], [], "italic note after the body"),
    ("en", "project", '<section class="project"><h1>{T}</h1>{S}<div class="funder"><img src="pardew.png" alt="Funded by the Pardew Foundation"><p>Funded by the Pardew Foundation.</p></div></section>',
     ["Funded by the Pardew Foundation."], [], [], "alt text beside the same visible statement"),
    ("en", "ngo", ('<section><h1>{T}</h1>{S}<h2>Partners and funders</h2><p>The restoration is funded by the Lathom Trust and Kelmouth Borough Council.</p><p>Our partners are Estholm University and the Kelmouth Sailing Club.</p>'
     '<ul class="logos"><li><img alt="Lathom Trust"></li><li><img alt="Estholm University"></li><li><img alt="Kelmouth Sailing Club"></li></ul></section>'),
     ["The restoration is funded by the Lathom Trust and Kelmouth Borough Council."], ["Our partners are Estholm University and the Kelmouth Sailing Club."], [], "partners and funders: only some fund"),
    ("en", "mid", '<aside class="box"><h3>About this project</h3><p>The Kelmouth mill survey records every part of the machinery.</p><p>The survey is sponsored by Corrigan &amp; Vale Engineers.</p></aside>',
     ["The survey is sponsored by Corrigan & Vale Engineers."], [], [], "sidebar box inside the article, company sponsor"),
    ("en", "journal", '<article class="research-article"><h1>{T}</h1>{S}<details><summary>Article information</summary><p>Received 2 March 2026; accepted 30 May 2026.</p><p>Funding: Supported by the Estholm Research Council (grant ERC-T 5102).</p><p>Ethics: No human participants were involved.</p></details></article>',
     ["Supported by the Estholm Research Council (grant ERC-T 5102)."], ["Received 2 March 2026; accepted 30 May 2026."], ["No human participants were involved."], "collapsed Article information"),
    ("en", "project", ('<section class="project"><h1>{T}</h1>{S}<table><tr><th>Year</th><th>Flour (kg)</th></tr><tr><td>2025</td><td>310</td></tr>'
     '<tfoot><tr><td colspan="2">Note: Survey costs were met by the Gorran Fund.</td></tr></tfoot></table></section>'),
     ["Survey costs were met by the Gorran Fund."], [], [], "table note"),
    ("en", "wp", article('<dl class="project-info"><dt>Location</dt><dd>Kelmouth harbour</dd><dt>Funded by</dt><dd>The Riddlesworth Family Trust, through its small heritage grants scheme</dd></dl>'),
     ["The Riddlesworth Family Trust, through its small heritage grants scheme"], ["Kelmouth harbour"], [], "definition list, family trust"),
    ("en", "project", ('<section class="research-group"><h1>Tide Mill Mechanics group</h1>{S}<h2>Funded by</h2><p>This project is funded by the Estholm Research Council and the Marrowgate Trust.</p>'
     '<ul class="logos"><li><img alt="Estholm Research Council"></li><li><img alt="Marrowgate Trust"></li></ul></section>'),
     ["This project is funded by the Estholm Research Council and the Marrowgate Trust."], [], [], "research group page with logos"),
    ("en", "museum", '<section class="exhibition"><h1>Flour and Tide: an exhibition</h1>{S}<div class="credits"><p>The exhibition is made possible by Harriet and Colm Ferris and the Ferris Family Trust.</p></div></section>',
     ["The exhibition is made possible by Harriet and Colm Ferris and the Ferris Family Trust."], [], [], "museum credit block, individual donors"),
    ("en", "preprint", '<section class="preprint"><h1>{T}</h1><div class="abstract">{S}</div><details><summary>Funding information</summary><p>Estholm Research Council, grant ERC-T 4810.</p></details></section>',
     ["Estholm Research Council, grant ERC-T 4810."], [], [], "preprint funding information in details"),
    # --- other languages ---
    ("de", "end", "<h2>Förderung</h2><p>Die Restaurierung wurde von der Familienstiftung Harrenberg gefördert.</p>",
     ["Die Restaurierung wurde von der Familienstiftung Harrenberg gefördert."], [], [], "German heading, family foundation"),
    ("de", "journal", ('<article><h1>{T}</h1>{S}<section><h2>Beiträge der Autoren</h2><p>K.L. hat die Messungen durchgeführt.</p></section><section><h2>Finanzierung</h2><p>Die Studie wurde von der Deutschen Mühlenstiftung Nord unter dem Förderkennzeichen DMN-25-117 finanziert.</p></section>'
     '<section><h2>Interessenkonflikt</h2><p>Die Autoren erklären, dass keine Interessenkonflikte bestehen.</p></section></article>'),
     ["Die Studie wurde von der Deutschen Mühlenstiftung Nord unter dem Förderkennzeichen DMN-25-117 finanziert."], [],
     ["Die Autoren erklären, dass keine Interessenkonflikte bestehen."], "German back matter"),
    ("fr", "wp", article('<div class="wp-block-column"><div class="widget"><h4>Financement</h4><p>Ce projet a bénéficié du soutien financier de la Fondation Marivaux-Delcourt.</p></div></div>'),
     ["Ce projet a bénéficié du soutien financier de la Fondation Marivaux-Delcourt."], [], [], "French widget"),
    ("fr", "end", "<p>Le prêt des capteurs de marée par l'Observatoire côtier de Brévenne a rendu possible cette étude.</p>",
     ["Le prêt des capteurs de marée par l'Observatoire côtier de Brévenne a rendu possible cette étude."], [], [], "French equipment loan"),
    ("es", "end", "<p>La restauración ha sido posible gracias a una donación de Elena Robledo Saiz, nieta del último molinero.</p>",
     ["La restauración ha sido posible gracias a una donación de Elena Robledo Saiz, nieta del último molinero."], [], [], "Spanish individual donor"),
    ("es", "journal", '<article><h1>{T}</h1>{S}<details><summary>Declaraciones</summary><p>Financiación: Este estudio fue financiado por la Fundación Arrieta Lobo (ayuda FAL-2025-031).</p><p>Conflicto de intereses: Los autores declaran no tener conflictos de intereses.</p></details></article>',
     ["Este estudio fue financiado por la Fundación Arrieta Lobo (ayuda FAL-2025-031)."], [],
     ["Los autores declaran no tener conflictos de intereses."], "Spanish details disclosures"),
    ("it", "project", '<section><h1>{T}</h1>{S}<div class="card"><h3>Finanziamento</h3><p>Il progetto è finanziato dalla Fondazione Carlo Bersani.</p></div></section>',
     ["Il progetto è finanziato dalla Fondazione Carlo Bersani."], [], [], "Italian card"),
    ("pt", "end", "<p>Este trabalho foi financiado pela Fundação Teles Amaral (bolsa FTA/2025/118).</p>",
     ["Este trabalho foi financiado pela Fundação Teles Amaral (bolsa FTA/2025/118)."], [], [], "Portuguese"),
    ("nl", "blog", article("<p>Wij meten al twee jaar de waterstanden bij de molen. Ons onderzoek wordt gefinancierd door het Vennema Fonds. De getijdenmeters kregen we in bruikleen van Hydromeet BV.</p>"),
     ["Ons onderzoek wordt gefinancierd door het Vennema Fonds.", "De getijdenmeters kregen we in bruikleen van Hydromeet BV."],
     ["Wij meten al twee jaar de waterstanden bij de molen."], [], "Dutch blog, first person plural and a loan"),
    ("pl", "end", "<h3>Finansowanie</h3><p>Projekt był finansowany przez Fundację Rodziny Wierzbickich.</p>",
     ["Projekt był finansowany przez Fundację Rodziny Wierzbickich."], [], [], "Polish heading, family foundation"),
    ("sv", "end", "<p>Projektet finansieras av Stiftelsen Ekbladh.</p>", ["Projektet finansieras av Stiftelsen Ekbladh."], [], [], "Swedish"),
    ("da", "wp", article('<div class="elementor-widget-container"><p>Restaureringen er støttet af Hvidbjerg Fonden.</p></div>'),
     ["Restaureringen er støttet af Hvidbjerg Fonden."], [], [], "Danish widget"),
    ("nb", "end", "<p>Arbeidet er finansiert av Stiftelsen Løvland-Brekke.</p>", ["Arbeidet er finansiert av Stiftelsen Løvland-Brekke."], [], [], "Norwegian"),
    ("fi", "project", '<section><h1>{T}</h1>{S}<p>Hanketta rahoittaa Aaltosen suvun säätiö.</p></section>',
     ["Hanketta rahoittaa Aaltosen suvun säätiö."], [], [], "Finnish family foundation"),
    ("et", "end", "<p>Projekti rahastas Tamme perekonna fond.</p>", ["Projekti rahastas Tamme perekonna fond."], [], [], "Estonian"),
    ("lv", "project", '<section><h1>{T}</h1>{S}<div class="card"><p>Projektu finansē Ozoliņu ģimenes fonds.</p></div></section>',
     ["Projektu finansē Ozoliņu ģimenes fonds."], [], [], "Latvian card"),
    ("lt", "end", "<p>Projektą finansuoja Kairių šeimos fondas.</p>", ["Projektą finansuoja Kairių šeimos fondas."], [], [], "Lithuanian"),
    ("cs", "journal", '<article><h1>{T}</h1>{S}<section><h2>Poděkování</h2><p>Děkujeme mlynáři Janu Bártovi za pomoc při měření. Výzkum byl podpořen grantem Nadace Hrubých č. NH-2025-12.</p></section></article>',
     ["Výzkum byl podpořen grantem Nadace Hrubých č. NH-2025-12."], ["Děkujeme mlynáři Janu Bártovi za pomoc při měření."], [], "Czech acknowledgements mixing thanks and grant"),
    ("sk", "end", "<p>Projekt finančne podporila Nadácia Kováčovcov.</p>", ["Projekt finančne podporila Nadácia Kováčovcov."], [], [], "Slovak"),
    ("sl", "project", '<section><h1>{T}</h1>{S}<p>Projekt je financirala Fundacija Novak.</p></section>', ["Projekt je financirala Fundacija Novak."], [], [], "Slovenian"),
    ("hr", "end", "<p>Projekt je financirala Zaklada obitelji Horvat.</p>", ["Projekt je financirala Zaklada obitelji Horvat."], [], [], "Croatian"),
    ("sr", "end", "<p>Пројекат је финансирала Фондација породице Јовановић.</p>", ["Пројекат је финансирала Фондација породице Јовановић."], [], [], "Serbian Cyrillic"),
    ("hu", "end", "<p>A kutatást a Kertész Családi Alapítvány támogatta (pályázati azonosító: KCA-2025-044).</p>",
     ["A kutatást a Kertész Családi Alapítvány támogatta (pályázati azonosító: KCA-2025-044)."], [], [], "Hungarian"),
    ("ro", "wp", article('<div class="widget widget_text"><p>Proiectul a fost finanțat de Fundația Familiei Popescu.</p></div>'),
     ["Proiectul a fost finanțat de Fundația Familiei Popescu."], [], [], "Romanian widget"),
    ("bg", "end", "<p>Проектът е финансиран от фондация „Семейство Петрови“.</p>", ["Проектът е финансиран от фондация „Семейство Петрови“."], [], [], "Bulgarian"),
    ("uk", "project", '<section><h1>{T}</h1>{S}<h2>Фінансування</h2><p>Проєкт фінансується Фондом родини Коваленків.</p></section>',
     ["Проєкт фінансується Фондом родини Коваленків."], [], [], "Ukrainian heading"),
    ("ru", "journal", '<article><h1>{T}</h1>{S}<section><h2>Финансирование</h2><p>Работа выполнена при финансовой поддержке фонда «Мельничное наследие» (грант № 25-114).</p></section><section><h2>Конфликт интересов</h2><p>Авторы заявляют об отсутствии конфликта интересов.</p></section></article>',
     ["Работа выполнена при финансовой поддержке фонда «Мельничное наследие» (грант № 25-114)."], [],
     ["Авторы заявляют об отсутствии конфликта интересов."], "Russian back matter"),
    ("el", "end", "<p>Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Οικογένειας Παπαδάκη.</p>", ["Η έρευνα χρηματοδοτήθηκε από το Ίδρυμα Οικογένειας Παπαδάκη."], [], [], "Greek"),
    ("tr", "end", "<p>Bu çalışma Aydınoğlu Aile Vakfı tarafından desteklenmiştir (proje no. AAV-2025-07).</p>",
     ["Bu çalışma Aydınoğlu Aile Vakfı tarafından desteklenmiştir (proje no. AAV-2025-07)."], [], [], "Turkish"),
    ("ar", "project", '<section><h1>{T}</h1>{S}<h2>التمويل</h2><p>موّلت مؤسسة عائلة الحداد أعمال الترميم.</p></section>',
     ["موّلت مؤسسة عائلة الحداد أعمال الترميم."], [], [], "Arabic heading, active voice"),
    ("he", "end", "<h2>מימון</h2><p>המחקר מומן על ידי קרן משפחת לוינסון.</p>", ["המחקר מומן על ידי קרן משפחת לוינסון."], [], [], "Hebrew heading"),
    ("fa", "project", '<section><h1>{T}</h1>{S}<p>این پژوهش با حمایت مالی بنیاد خانوادگی رحیمی انجام شد.</p></section>',
     ["این پژوهش با حمایت مالی بنیاد خانوادگی رحیمی انجام شد."], [], [], "Persian"),
    ("ur", "end", "<p>اس منصوبے کے لیے مالی معاونت قریشی فیملی ٹرسٹ نے فراہم کی۔</p>", ["اس منصوبے کے لیے مالی معاونت قریشی فیملی ٹرسٹ نے فراہم کی۔"], [], [], "Urdu"),
    ("hi", "end", "<p>इस परियोजना को मेहरा फ़ैमिली ट्रस्ट से वित्तीय सहायता मिली।</p>", ["इस परियोजना को मेहरा फ़ैमिली ट्रस्ट से वित्तीय सहायता मिली।"], [], [], "Hindi"),
    ("bn", "thesis", '<div class="thesis"><h1>{T}</h1>{S}<h2>কৃতজ্ঞতা</h2><p>আমার তত্ত্বাবধায়ককে ধন্যবাদ জানাই। এই গবেষণাটি চৌধুরী পারিবারিক ট্রাস্টের বৃত্তির অর্থায়নে পরিচালিত হয়েছে।</p></div>',
     ["এই গবেষণাটি চৌধুরী পারিবারিক ট্রাস্টের বৃত্তির অর্থায়নে পরিচালিত হয়েছে।"], ["আমার তত্ত্বাবধায়ককে ধন্যবাদ জানাই।"], [], "Bengali thesis acknowledgements"),
    ("th", "project", '<section><h1>{T}</h1>{S}<p>โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิตระกูลศรีสวัสดิ์</p></section>',
     ["โครงการนี้ได้รับทุนสนับสนุนจากมูลนิธิตระกูลศรีสวัสดิ์"], [], [], "Thai"),
    ("vi", "end", "<p>Dự án được tài trợ bởi Quỹ Gia đình Nguyễn Hoàng.</p>", ["Dự án được tài trợ bởi Quỹ Gia đình Nguyễn Hoàng."], [], [], "Vietnamese"),
    ("id", "journal", '<article><h1>{T}</h1>{S}<section><h2>Ucapan Terima Kasih</h2><p>Penelitian ini didanai oleh Yayasan Keluarga Wiratama.</p></section></article>',
     ["Penelitian ini didanai oleh Yayasan Keluarga Wiratama."], [], [], "Indonesian"),
    ("ms", "blog", article("<p>Kerja kami tentang kilang ini dibiayai oleh Yayasan Keluarga Rahman.</p>"),
     ["Kerja kami tentang kilang ini dibiayai oleh Yayasan Keluarga Rahman."], [], [], "Malay blog, first person plural"),
    ("tl", "journal", '<article><h1>{T}</h1>{S}<section><h2>Pagpopondo</h2><p>Ang pananaliksik na ito ay pinondohan ng Santos Family Foundation.</p></section></article>',
     ["Ang pananaliksik na ito ay pinondohan ng Santos Family Foundation."], [], [], "Tagalog research page"),
    ("sw", "journal", '<article><h1>{T}</h1>{S}<section><h2>Ufadhili</h2><p>Utafiti huu ulifadhiliwa na Mfuko wa Familia ya Mwangi.</p></section></article>',
     ["Utafiti huu ulifadhiliwa na Mfuko wa Familia ya Mwangi."], [], [], "Swahili research page"),
    ("ja", "journal", '<article><h1>{T}</h1>{S}<section><h2>研究資金</h2><p>本研究は小野寺家記念財団の助成を受けた。</p></section><section><h2>利益相反</h2><p>開示すべき利益相反はない。</p></section></article>',
     ["本研究は小野寺家記念財団の助成を受けた。"], [], ["開示すべき利益相反はない。"], "Japanese back matter"),
    ("zh", "end", "<h3>基金</h3><p>本研究由陈氏家族基金会资助（项目编号CF-2025-31）。</p>", ["本研究由陈氏家族基金会资助（项目编号CF-2025-31）。"], [], [], "Chinese heading"),
    ("ko", "end", "<p>이 연구는 한빛가족재단의 지원을 받아 수행되었다.</p>", ["이 연구는 한빛가족재단의 지원을 받아 수행되었다."], [], [], "Korean"),
    ("ca", "wp", article('<div class="wp-block-group"><p>Aquest projecte ha estat finançat per la Fundació Família Puigvert.</p></div>'),
     ["Aquest projecte ha estat finançat per la Fundació Família Puigvert."], [], [], "Catalan block"),
]

NEGATIVE = [
    # --- English ---
    ("en", "end", "<p>“We were funded by nobody,” said Ada Penrose, who led the volunteers. “Just stubbornness and flour.”</p>", "funding word in quoted speech"),
    ("en", "jobs", '<section class="job"><h1>Fully funded PhD position: tide mill engineering history</h1><p>The University of Estholm offers a fully funded three-year PhD studentship starting in October.</p><p>Funding covers fees and a stipend.</p><a class="button" href="/apply">Apply</a></section>', "funded PhD job advert"),
    ("en", "pricing", '<section class="plans"><h1>Become a Friend of the Mill</h1><div class="plan"><h2>Miller</h2><p>£5 a month</p></div><div class="plan"><h2>Sponsor tier</h2><p>£50 a month: your name on the mill wall.</p></div><p>Supported plans can be paid by card or direct debit.</p></section>', "sponsor tier and supported plans on a price page"),
    ("en", "crowd", '<section class="campaign"><h1>{T}</h1>{S}<div class="campaign-update"><h2>Thank you!</h2><p>A huge thank you to all 412 backers for sharing our page and cheering us on.</p><p>The campaign closes on Friday.</p></div></section>', "crowdfunding thanks without saying it funded the work"),
    ("en", "end", "<p>Separately, the council announced a £2 million grant for the ferry pier at Dunmore.</p>", "grant to a third party as news"),
    ("en", "end", "<p>Millstone Analytics, a Kelmouth start-up that models tides, raised $4 million in a seed round led by Harbourline Ventures.</p>", "company funding round"),
    ("en", "forum", '<div class="thread"><h1>Re: {T}</h1><div class="post"><p class="author">grainwright</p><p>Lovely to see it turning. Our parish got a grant from the Lathom Trust last year for the church roof, maybe the mill people could try them too?</p></div><div class="post"><p class="author">tidewatch</p><p>Went on Saturday, well worth it.</p></div></div>', "forum poster mentions a grant of their own parish"),
    ("en", "product", '<section class="product"><h1>TideLogger Mini</h1><p>A pocket water-level logger for mill ponds and harbours.</p><h2>Supported formats</h2><p>CSV, JSON and NetCDF export are supported.</p><p>Price: £89</p></section>', "product page with supported formats"),
    ("en", "end", '<div class="support-box"><h3>Support our journalism</h3><p>Independent local news costs money. Donate today.</p></div>', "donate box"),
    ("en", "end", "<p>Thank you to all our readers who sent in old photographs of the mill.</p>", "general thanks to readers"),
    ("en", "end", "<p>The claim that the mill was built in 1790 is not supported by the evidence in the harbour records.</p>", "supported by the evidence"),
    ("en", "mid", '<figure><img src="crowd.jpg" alt="Crowd at the harbour"><figcaption>The Kelmouth Rovers won the harbour cup with the support of the fans.</figcaption></figure>', "caption: with the support of the fans"),
    ("en", "own", '<p>The mill\'s income last year was mostly from flour sales.<sup><a href="#n3">3</a></sup></p><ol class="footnotes"><li id="n3">Kelmouth Heritage Funding Report 2025, p. 12.</li></ol>', "footnote citing a funding report as a source"),
    ("en", "after", '<aside class="sidebar"><div class="advert"><span class="label">Advertisement</span><p>Kelmouth Bakery: sourdough from mill flour, open daily.</p></div></aside>', "sidebar advert"),
    ("en", "ngo", '<section><h1>{T}</h1>{S}<div class="donor-wall"><h2>Our donors</h2><ul><li>Ada Penrose</li><li>The Tull family</li><li>Kelmouth Rotary</li></ul></div></section>', "donor wall not said to fund this work"),
    ("en", "wp", article('<div class="elementor-widget"><p>This project is supported.</p></div>') + '<p class="credit">Powered by MillPress</p>', "support line naming no supporter, powered-by credit"),
    ("en", "mid", '<figure><img src="archive.jpg" alt="The mill in 1920"><figcaption>The mill in 1920. Photo: with thanks to the Kelmouth Archive.</figcaption></figure>', "with thanks to photo credit"),
    ("en", "end", "<p>The council's budget for harbour repairs rose to £1.2 million this year.</p>", "budget as news"),
    ("en", "end", "<p>Brenlow Timber is also the shirt sponsor of Kelmouth Rovers.</p>", "sport sponsorship"),
    ("en", "end", "<p>Councillors voted unanimously to support the plan to open the mill on weekdays.</p>", "vote of support"),
    ("en", "after", '<section class="related"><h2>Related stories</h2><ul><li><a href="/a">Council funds new harbour wall</a></li><li><a href="/b">Sponsored walk raises £3,000 for lifeboat</a></li><li><a href="/c">Grant for Dunmore pier approved</a></li></ul></section>', "funding words in related-stories headlines"),
    ("en", "ngo", '<nav class="sub-menu"><ul><li><a href="/grants">Grants</a></li><li><a href="/opportunities">Funding opportunities</a></li><li><a href="/sponsor">Sponsor us</a></li></ul></nav><section><h1>{T}</h1>{S}</section>', "funding words in a navigation menu"),
    ("en", "docs", '<div class="doc"><h1>Support</h1><p>If the logger stops recording, contact our support team through the help desk.</p><p>Support is available on weekdays from 9 to 5.</p></div>', "technical support"),
    ("en", "end", '<div class="promo"><span class="tag">Sponsored content</span><p>Plan your coastal break with Harbour Inns.</p></div>', "sponsored content label on an advert"),
    ("en", "blog", article("<p>People often ask who pays for all this. Honestly, nobody: the mill society runs on cake sales and goodwill.</p>"), "blog: no funder"),
    ("en", "event", '<section class="festival"><h1>Mill Day 2026</h1>{S}<div class="partners"><h2>Partners</h2><p>Kelmouth Sailing Club, Estholm University</p><h2>Media partners</h2><p>Radio Kelmouth</p></div></section>', "festival partners only"),
    # --- funding verbs meaning something else, big languages ---
    ("es", "end", "<p>El pleno apoyó por unanimidad la moción para ampliar el horario del molino.</p>", "apoyar a motion"),
    ("fr", "end", "<p>Des centaines d'habitants sont venus soutenir l'équipe locale de rugby samedi.</p>", "soutenir a team"),
    ("de", "end", "<p>Vor der Küste will ein Konzern künftig Öl fördern, was die Fischer ablehnen.</p>", "fördern oil"),
    ("de", "end", "<p>Der Segelverein fördert seit Jahren junge Talente aus der Region.</p>", "fördern talent as news"),
    ("de", "mid", '<figure><img src="fans.jpg" alt="Fans am Hafen"><figcaption>Mit Unterstützung der Fans gewann die Mannschaft das Hafenturnier.</figcaption></figure>', "Unterstützung der Fans caption"),
    ("it", "end", "<p>Il Comune ha deciso di finanziare con 300 mila euro la nuova pista ciclabile del lungomare.</p>", "finanziare a city budget as news"),
    ("pt", "end", "<p>O governo anunciou um apoio de cinco milhões de euros para os pescadores da região.</p>", "public money as news"),
    ("nl", "end", "<p>De gemeente trekt twee miljoen euro uit voor een nieuwe brug over de haven.</p>", "budget as news"),
    ("pl", "end", "<p>Sąsiednia gmina otrzymała dotację na remont przystani promowej.</p>", "grant to a third party"),
    ("ru", "end", "<p>Депутаты поддержали законопроект о защите старых мельниц.</p>", "vote of support"),
    ("tr", "end", "<p>Taraftarlar takımı maç boyunca destekledi.</p>", "supporting a team"),
    ("ja", "product", '<section class="product"><h1>潮位ロガー</h1><p>小型の水位記録計です。</p><h2>対応ブラウザ</h2><p>最新版のブラウザに対応しています。</p></section>', "supported browsers"),
    ("zh", "product", '<section class="product"><h1>潮位记录仪</h1><p>支持微信支付和银行卡付款。</p></section>', "supported payment"),
    ("ko", "end", "<p>지역 축구팀의 유니폼 후원사는 한 목재 회사다.</p>", "sport sponsorship"),
    ("ar", "docs", '<div class="doc"><h1>تطبيق المد</h1><p>يدعم التطبيق اللغة العربية والإنجليزية.</p></div>', "app supports languages"),
    ("he", "end", '<div class="donate"><h3>תמכו בעיתונות מקומית</h3><p>תרמו לנו עוד היום.</p></div>', "donate box"),
    ("hi", "end", "<p>राज्य सरकार ने मछुआरों के लिए नई सहायता योजना की घोषणा की।</p>", "government scheme as news"),
    ("sv", "end", "<p>Vi stöder kampanjen för längre öppettider, skriver föreningen.</p>", "opinion support"),
    ("fi", "end", "<p>Paikallinen ohjelmistoyhtiö keräsi kolmen miljoonan euron rahoituksen sijoittajilta.</p>", "company funding round"),
    ("cs", "docs", '<div class="doc"><h1>Technická podpora</h1><p>Podpora je k dispozici ve všední dny.</p></div>', "technical support"),
    ("hu", "after", '<aside class="sidebar"><div class="ad"><span>Hirdetés</span><p>Friss kenyér a kikötői pékségből.</p></div></aside>', "sidebar ad"),
    ("el", "end", "<p>«Δεν μας χρηματοδότησε κανείς», είπε η πρόεδρος του συλλόγου.</p>", "quoted speech"),
    ("uk", "jobs", '<section class="job"><h1>Фінансована аспірантура з історії млинів</h1><p>Університет оголошує набір на фінансовану аспірантську програму.</p></section>', "funded PhD advert"),
    ("id", "end", "<p>Klaim bahwa kincir dibangun pada 1790 tidak didukung oleh bukti arsip.</p>", "supported by the evidence"),
    ("vi", "pricing", '<section class="plans"><h1>Gói thành viên</h1><div class="plan"><h2>Gói tài trợ</h2><p>500.000 đồng mỗi tháng.</p></div></section>', "sponsor tier price"),
    ("th", "product", '<section class="product"><h1>เครื่องวัดระดับน้ำ</h1><p>รองรับไฟล์ CSV และ JSON</p></section>', "supported formats"),
    ("sw", "end", "<p>Serikali ya kaunti ilitangaza ruzuku kwa wavuvi wa bandari jirani.</p>", "grant to others as news"),
    ("ms", "end", "<p>Kempen dana awam untuk membaiki jeti feri berjaya mengumpul RM50,000 minggu lalu.</p>", "crowdfunding news"),
    ("tl", "forum", '<div class="thread"><div class="post"><p>Nakakuha ng grant ang aming barangay noong isang taon para sa bagong pantalan.</p></div></div>', "forum mention of a grant"),
    ("ca", "end", "<p>El ple va donar suport a la proposta d'ampliar el port.</p>", "vote of support"),
    ("ro", "end", "<p>Primăria a alocat un buget de două milioane de lei pentru noul pod.</p>", "budget as news"),
    ("bg", "end", "<p>„Никой не ни финансира“, каза председателят на сдружението.</p>", "quoted speech"),
    ("lt", "end", "<p>Gerbėjų palaikymas padėjo komandai laimėti uosto taurę.</p>", "fans' support"),
    ("lv", "pricing", '<section class="plans"><h1>Biedru plāni</h1><p>Atbalstītie maksājumu veidi: karte un pārskaitījums.</p></section>', "supported payment plans"),
    ("et", "end", "<p>Vald eraldas naaberküla sadamale toetuse.</p>", "grant to others"),
    ("sl", "end", "<p>Hvala vsem bralcem za poslane fotografije.</p>", "thanks to readers"),
    ("hr", "end", "<p>Navijači su podržali momčad do posljednje minute.</p>", "supporting a team"),
    ("sr", "end", "<p>Одборници су подржали предлог о продужењу радног времена.</p>", "vote of support"),
    ("sk", "jobs", '<section class="job"><h1>Financované doktorandské miesto</h1><p>Hľadáme doktoranda na plne financovanú pozíciu.</p></section>', "funded PhD advert"),
    ("da", "end", "<p>Kommunen har afsat to millioner kroner til en ny havnebro.</p>", "budget as news"),
    ("nb", "end", "<p>Fotballaget har fått ny draktsponsor.</p>", "sport sponsorship"),
    ("fa", "end", "<p>شهرداری بودجه‌ای برای بازسازی اسکله همسایه تصویب کرد.</p>", "budget as news"),
    ("ur", "end", "<p>حکومت نے ماہی گیروں کے لیے نئی امدادی اسکیم کا اعلان کیا۔</p>", "government aid as news"),
    ("bn", "end", "<p>পাশের গ্রামের স্কুল একটি সরকারি অনুদান পেয়েছে।</p>", "grant to others"),
]


def main() -> None:
    built = story_cases("fd86-", REAL, NEGATIVE, page)
    for page_id, (html, label) in built.items():
        for statement in label["funding"]:
            assert statement.replace("&", "&amp;") in html or statement in html, (page_id, statement)
    write_corpus(HERE, built)
    langs = {label["lang"] for _, label in built.values()}
    sites = sum(label["where"] in SITE_PLACES for _, label in built.values())
    print(f"{len(built)} pages, {len(REAL)} with statements ({sum(len(r[3]) for r in REAL)} statements), "
          f"{len(NEGATIVE)} negatives, {len(langs)} languages, {sites} site-shaped pages")


if __name__ == "__main__":
    main()
